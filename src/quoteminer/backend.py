"""The parser's linear algebra: thinc's blis kernels or numpy's BLAS, chosen by a probe.

spaCy's models multiply matrices through thinc, by default with the blis kernels it
ships. Which kernels are faster depends on the CPU and on how blis and numpy's BLAS were
built: on some machines blis falls back to a portable kernel three times slower than the
machine's OpenBLAS on one thread; on others blis wins. quoteminer decides per machine,
when it loads a model: it parses a fixed probe text with each backend, keeps numpy's
only if its annotations are identical, and takes the faster. Invariants:

- only quoteminer's own copy of a model is switched (its layers' ``ops``); a pipeline of
  the user's and the process's default ops are left alone;
- numpy's BLAS runs on one thread inside quoteminer's model calls (``one_thread``), so that
  several processes never oversubscribe the cores; the user's own numpy code is untouched;
- ``QUOTEMINER_BACKEND=blis`` or ``=numpy`` forces a backend (``auto``, the default, probes);
  a forced numpy backend is still refused when its annotations differ from blis's.
"""

from __future__ import annotations

import contextlib
import logging
import os
import threading
import time
from collections.abc import Iterator
from typing import Any

from spacy.language import Language

__all__ = ["BACKENDS", "ENV", "backend_of", "choose", "one_thread"]

log = logging.getLogger(__name__)

#: The backends a model can run on.
BACKENDS = ("blis", "numpy")
#: The environment variable that forces one (``auto`` probes).
ENV = "QUOTEMINER_BACKEND"
#: The text parsed to time the backends: ordinary news sentences, some 700 characters.
PROBE = (
    "« Nous ne céderons pas sur les salaires », a déclaré mardi Jean Lefèvre, secrétaire général du "
    "syndicat, devant les salariés réunis à l'entrée de l'usine. Selon la direction, 120 emplois sont "
    "menacés d'ici à la fin de l'année. La ministre du Travail, Claire Martin, a appelé les deux parties "
    "à reprendre le dialogue, assurant que l'État resterait « attentif à chaque situation ». Le maire de "
    "la ville a pour sa part dénoncé un plan « brutal » et demandé au préfet de réunir une table ronde "
    "avant la fin du mois. Les salariés, eux, ont voté la grève reconductible à une large majorité. "
    "« Personne ne nous a prévenus », raconte une ouvrière de l'atelier de peinture."
)
#: Parses of the probe per backend (the least time counts).
ROUNDS = 3

_CHOSEN: dict[int, str] = {}
_CONTROLLER: Any = None
_CONTROLLER_GUARD = threading.Lock()


def _controller() -> Any:
    """threadpoolctl's controller of the process's BLAS libraries, made once."""
    global _CONTROLLER
    with _CONTROLLER_GUARD:
        if _CONTROLLER is None:
            from threadpoolctl import ThreadpoolController

            _CONTROLLER = ThreadpoolController()
        return _CONTROLLER


@contextlib.contextmanager
def one_thread() -> Iterator[None]:
    """numpy's BLAS on one thread for the duration (a few microseconds to enter)."""
    with _controller().limit(limits=1, user_api="blas"):
        yield


def _set_ops(nlp: Language, ops: Any) -> None:
    for _, component in nlp.pipeline:
        model = getattr(component, "model", None)
        if model is not None and hasattr(model, "walk"):
            for node in model.walk():
                node.ops = ops


def _annotations(nlp: Language) -> tuple[list[tuple[Any, ...]], float]:
    best = float("inf")
    seen: list[tuple[Any, ...]] = []
    for _ in range(ROUNDS):
        start = time.process_time()
        with one_thread():
            doc = nlp(PROBE)
        best = min(best, time.process_time() - start)
        seen = [(t.tag_, t.pos_, t.dep_, t.head.i, t.lemma_, t.ent_iob_, t.ent_type_, str(t.morph)) for t in doc]
    return seen, best


def choose(nlp: Language, forced: str | None = None) -> str:
    """Put ``nlp`` on the faster backend whose annotations match blis's; return its name.

    ``forced`` (else ``$QUOTEMINER_BACKEND``, else ``auto``) may name a backend.
    """
    from thinc.api import NumpyOps

    wanted = (forced or os.environ.get(ENV) or "auto").strip().lower()
    if wanted not in (*BACKENDS, "auto"):
        raise ValueError(f"{ENV} must be one of auto, {', '.join(BACKENDS)}, not {wanted!r}")
    blis_ops = NumpyOps(use_blis=True)
    _set_ops(nlp, blis_ops)
    if wanted == "blis":
        _CHOSEN[id(nlp)] = "blis"
        return "blis"
    reference, blis_time = _annotations(nlp)
    _set_ops(nlp, NumpyOps(use_blis=False))
    found, numpy_time = _annotations(nlp)
    same = found == reference
    pick = "numpy" if same and (wanted == "numpy" or numpy_time < blis_time) else "blis"
    if pick == "blis":
        _set_ops(nlp, blis_ops)
    if not same:
        log.warning("numpy's BLAS annotates the probe differently from blis: quoteminer keeps blis")
    log.info("backend %s (probe: blis %.3f s, numpy %.3f s, identical %s)", pick, blis_time, numpy_time, same)
    _CHOSEN[id(nlp)] = pick
    return pick


def backend_of(nlp: Language) -> str | None:
    """The backend :func:`choose` put ``nlp`` on, or None for a pipeline it never probed."""
    return _CHOSEN.get(id(nlp))
