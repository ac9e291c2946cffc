"""extract_many(): streaming over nlp.pipe, in order, equal to extract."""

from __future__ import annotations

import itertools
import tracemalloc
from collections.abc import Iterator

import pytest

import quoteminer
from quoteminer import Extraction, extract_many
from quoteminer.parse import load

SHORT = [
    "« Nous restons prudents », a déclaré la ministre Claire Martin.",
    "Le porte-parole a démenti que l'armée ait reculé.",
    "Selon Paul Durand, « rien n'est joué ».",
    "Il pleut.",
]


def test_same_results_in_the_same_order(articles: dict[str, str], extracted: dict[str, Extraction]) -> None:
    texts = [*articles.values(), "", "  \n", "\u00ad"]
    results = list(extract_many(texts, batch_size=4))
    assert results[: len(articles)] == list(extracted.values())
    assert results[len(articles) :] == [Extraction(), Extraction(), Extraction()]


def test_docs_mixed_with_texts() -> None:
    model = load("fr_core_news_md")
    clean = model(SHORT[0])
    # A soft hyphen: spaCy must not see this text as it is, so its Doc is parsed again.
    dirty = model("« Nous restons pru\u00addents », a déclaré Paul Durand.")
    items: list[str | object] = [SHORT[1], clean, SHORT[2], dirty, model.make_doc(SHORT[3])]
    expected = [quoteminer.extract(x) for x in items]  # type: ignore[arg-type]
    assert list(extract_many(items, batch_size=2)) == expected  # type: ignore[arg-type]
    assert expected[3] == quoteminer.extract(dirty.text)


def test_two_processes() -> None:
    texts = SHORT * 2
    assert list(extract_many(texts, n_process=2, batch_size=2)) == [quoteminer.extract(t) for t in texts]


@pytest.mark.parametrize("n_process", [1, 2])
def test_the_deciders_and_the_mode_as_extract_takes_them(n_process: int) -> None:
    texts = [*SHORT, ("r1", SHORT[2])]
    plain = [t if isinstance(t, str) else t[1] for t in texts]
    options = {"speakers": "first-match", "items": "rules", "acts": "classifier"}
    found = list(extract_many(texts, n_process=n_process, batch_size=2, **options))
    expected = [quoteminer.extract(t, **options) for t in plain]
    assert [r.extraction if isinstance(r, quoteminer.Document) else r for r in found] == expected
    assert all(q.act_confidence is not None for r in expected for q in r.quotes)  # the classifier's
    fast = list(extract_many(texts, n_process=n_process, batch_size=2, mode="fast"))
    assert [r.extraction if isinstance(r, quoteminer.Document) else r for r in fast] == [
        quoteminer.extract(t, mode="fast") for t in plain
    ]
    assert all("fast.mode" in q.evidence for r in fast[:-1] for q in r.quotes)  # type: ignore[union-attr]
    assert isinstance(fast[-1], quoteminer.Document) and fast[-1].id == "r1"


def test_the_fast_mode_loads_no_model(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(_: str) -> None:
        raise AssertionError("the fast mode parses nothing")

    monkeypatch.setattr(quoteminer.parse, "load", refuse)
    found = list(extract_many([SHORT[0], "", SHORT[2]], mode="fast"))
    assert [len(r.quotes) for r in found] == [1, 0, 1]


def test_a_text_longer_than_the_models_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    model = load("fr_core_news_md")
    long = "\n".join(SHORT * 6)
    monkeypatch.setattr(model, "max_length", 200)
    results = list(extract_many([SHORT[0], long, SHORT[2]]))
    assert results == [quoteminer.extract(SHORT[0]), quoteminer.extract(long, nlp=model), quoteminer.extract(SHORT[2])]
    assert results[1].quotes[-1].start > 4 * 200  # found in the fifth piece


def test_results_stream_from_an_endless_input() -> None:
    taken = 0

    def endless() -> Iterator[str]:
        nonlocal taken
        for text in itertools.cycle(SHORT):
            taken += 1
            yield text

    first = list(itertools.islice(extract_many(endless(), batch_size=2), 3))
    assert first == [quoteminer.extract(t) for t in SHORT[:3]]
    assert taken <= 3 + 4 * 2  # a few batches ahead at most


@pytest.mark.parametrize("n_process", [1, 2])
def test_reads_at_most_a_few_batches_ahead(n_process: int) -> None:
    read = 0

    def counted() -> Iterator[str]:
        nonlocal read
        for text in itertools.islice(itertools.cycle(SHORT), 60):
            read += 1
            yield text

    ahead = [read - done for done, _ in enumerate(extract_many(counted(), batch_size=4, n_process=n_process), 1)]
    assert len(ahead) == 60
    # spaCy sends two rounds of one batch a process before the first comes back
    assert max(ahead) < 2 * n_process * 4


def test_memory_does_not_grow_with_the_number_of_documents() -> None:
    texts = ["\n\n".join(order) for order in itertools.permutations(SHORT)]  # 24 texts, 4 paragraphs each

    def peak(n: int) -> int:
        tracemalloc.start()
        try:
            base, _ = tracemalloc.get_traced_memory()
            tracemalloc.reset_peak()
            for result in extract_many(itertools.islice(itertools.cycle(texts), n), batch_size=8):
                assert result.quotes
            return tracemalloc.get_traced_memory()[1] - base
        finally:
            tracemalloc.stop()

    list(extract_many(texts))  # the vocabulary and the caches learn these texts first
    few, many = peak(50), peak(200)
    # Keeping each parsed Doc would cost some 23 KiB a document, keeping each Extraction 3
    # KiB; the peaks of the two streams differ by less than 0.05 MiB.
    assert many - few < 150 * 2 * 1024, (few, many)


def test_wrong_arguments_fail_at_once() -> None:
    with pytest.raises(ValueError, match="batch_size"):
        extract_many(SHORT, batch_size=0)
    with pytest.raises(TypeError, match="n_process"):
        extract_many(SHORT, n_process="2")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="for a single text, call extract"):
        extract_many(SHORT[0])
    with pytest.raises(ValueError, match="unsupported language"):
        extract_many(SHORT, lang="xx")
    with pytest.raises(TypeError, match="decode"):
        list(extract_many([SHORT[0], b"bytes"]))  # type: ignore[list-item]
    with pytest.raises(ValueError, match="mode must be one of full, fast"):
        extract_many(SHORT, mode="slow")
    with pytest.raises(ValueError, match="speakers must be one of"):
        extract_many(SHORT, speakers="oracle")
    with pytest.raises(ValueError, match="items must be one of"):
        extract_many(SHORT, items="oracle")
    with pytest.raises(ValueError, match="acts"):
        extract_many(SHORT, acts="oracle")
    with pytest.raises(TypeError, match="decode"):
        list(extract_many([SHORT[0], b"bytes"], mode="fast"))  # type: ignore[list-item]
