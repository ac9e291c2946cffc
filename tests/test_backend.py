"""The linear-algebra backend: a probe picks blis or numpy's BLAS, only with identical output."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
import spacy

import quoteminer
from quoteminer import backend, parse
from quoteminer.export import to_dict
from tests.conftest import SEED_ARTICLES


def test_the_loaded_model_runs_on_a_probed_backend() -> None:
    assert backend.backend_of(parse.load("fr_core_news_md")) in backend.BACKENDS


def test_a_pipeline_it_never_probed_has_no_backend() -> None:
    assert backend.backend_of(spacy.blank("fr")) is None


def test_a_forced_backend_is_taken_and_a_bad_one_refused() -> None:
    nlp = spacy.load("fr_core_news_md")
    assert backend.choose(nlp, "blis") == "blis"
    assert backend.choose(nlp, "numpy") in backend.BACKENDS  # numpy unless its output differed
    with pytest.raises(ValueError, match="QUOTEMINER_BACKEND"):
        backend.choose(nlp, "gpu")


def test_one_thread_limits_blas_inside_only() -> None:
    from threadpoolctl import threadpool_info

    with backend.one_thread():
        assert all(lib["num_threads"] == 1 for lib in threadpool_info() if lib["user_api"] == "blas")


@pytest.mark.slow
def test_both_backends_give_the_same_results() -> None:
    """The seeds extracted in two processes, one forced on each backend, come out identical."""
    code = (
        "import json, sys, quoteminer\n"
        "from quoteminer.export import to_dict\n"
        "texts = [open(p, encoding='utf-8').read() for p in sys.argv[1:]]\n"
        "print(json.dumps([to_dict(quoteminer.extract(t)) for t in texts], ensure_ascii=False))\n"
    )
    outputs = []
    for name in backend.BACKENDS:
        env = {**os.environ, backend.ENV: name}
        proc = subprocess.run(
            [sys.executable, "-c", code, *map(str, SEED_ARTICLES)], capture_output=True, text=True, env=env
        )
        assert proc.returncode == 0, proc.stderr
        outputs.append(proc.stdout)
    assert outputs[0] == outputs[1]
    assert outputs[0].startswith("[") and to_dict(quoteminer.extract(SEED_ARTICLES[0].read_text("utf-8")))
