"""Root pytest configuration: keep the module that runs the CLI out of doctest collection."""

collect_ignore = ["src/quoteminer/__main__.py"]
