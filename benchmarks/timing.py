"""This folder's helper for timing: the least CPU time of a few runs."""

from __future__ import annotations

import time
from collections.abc import Callable


def best_of(n: int, work: Callable[[], object]) -> float:
    """Least CPU time (``time.process_time``) of ``n`` runs of ``work``."""
    times = []
    for _ in range(n):
        start = time.process_time()
        work()
        times.append(time.process_time() - start)
    return min(times)
