"""Threads: quoteminer shares one loaded model between threads safely (``parse.model_lock``)."""

from __future__ import annotations

import threading
import time
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor

import pytest
import spacy
from spacy.language import Language

import quoteminer
from quoteminer import Extraction, extract_many, parse


def test_extract_from_four_threads(articles: dict[str, str], extracted: dict[str, Extraction]) -> None:
    texts = list(articles.values()) * 2
    with ThreadPoolExecutor(max_workers=4) as pool:
        results = list(pool.map(quoteminer.extract, texts))
    assert results == list(extracted.values()) * 2


def test_streams_in_two_threads(articles: dict[str, str], extracted: dict[str, Extraction]) -> None:
    texts = list(articles.values())
    with ThreadPoolExecutor(max_workers=2) as pool:
        streams = list(pool.map(lambda size: list(extract_many(texts, batch_size=size)), [3, 8]))
    assert streams == [list(extracted.values())] * 2


def test_extract_waits_while_another_thread_runs_the_model() -> None:
    model = parse.load("fr_core_news_md")
    results: list[Extraction] = []
    worker = threading.Thread(target=lambda: results.append(quoteminer.extract("« Oui », a dit Paul Durand.")))
    with parse.model_lock(model):
        worker.start()
        worker.join(timeout=0.5)
        assert worker.is_alive() and not results
    worker.join()
    assert [q.speaker.name for q in results[0].quotes if q.speaker] == ["Paul Durand"]


def test_one_reentrant_lock_per_model() -> None:
    model = parse.load("fr_core_news_md")
    assert parse.model_lock(model) is parse.model_lock(model)
    assert parse.model_lock(spacy.blank("fr")) is not parse.model_lock(model)
    with parse.model_lock(model), parse.model_lock(model):
        assert quoteminer.extract("« Non », a répondu Claire Martin.").quotes


def test_threads_loading_at_once_get_one_model(monkeypatch: pytest.MonkeyPatch) -> None:
    loaded: list[Language] = []

    def slow_load(name: str, exclude: Sequence[str] = ()) -> Language:
        time.sleep(0.2)
        loaded.append(spacy.blank("fr"))
        return loaded[-1]

    monkeypatch.setattr(spacy, "load", slow_load)
    with ThreadPoolExecutor(max_workers=4) as pool:
        models = list(pool.map(parse.load, ["a_model_loaded_from_threads"] * 4))
    assert len(loaded) == 1
    assert all(m is loaded[0] for m in models)
