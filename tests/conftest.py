"""Shared fixtures: the annotated articles and what ``extract`` finds in them (computed once)."""

from __future__ import annotations

from pathlib import Path

import pytest

import quoteminer
from quoteminer import Extraction

ROOT = Path(__file__).resolve().parent.parent
#: Every annotated article, seeds then dev, by name.
ARTICLES = sorted((ROOT / "fixtures" / "seeds").glob("*.txt")) + sorted((ROOT / "fixtures" / "dev").glob("*.txt"))
SEED_ARTICLES = ARTICLES[:5]


@pytest.fixture(scope="session")
def articles() -> dict[str, str]:
    """The text of every annotated article, by ``set/name``."""
    return {f"{p.parent.name}/{p.stem}": p.read_text(encoding="utf-8") for p in ARTICLES}


@pytest.fixture(scope="session")
def extracted(articles: dict[str, str]) -> dict[str, Extraction]:
    """``extract(text)`` of every annotated article: the reference the other doors must match."""
    return {name: quoteminer.extract(text) for name, text in articles.items()}
