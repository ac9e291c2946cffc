"""``python -m quoteminer``."""

from quoteminer.cli import main

raise SystemExit(main())
