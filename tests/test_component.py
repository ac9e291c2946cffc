"""The spaCy component: registered by entry point, thin adapter, exactly extract's results."""

from __future__ import annotations

import json
import subprocess
import sys
import tomllib
from collections.abc import Iterator
from pathlib import Path

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc, DocBin

import quoteminer
from quoteminer import Extraction, component
from quoteminer.parse import load as load_model
from quoteminer.parse import make_view, paragraph_boundaries
from tests.conftest import ROOT

SHORT = "« Nous restons prudents », a déclaré la ministre Claire Martin. Selon elle, la crise durera."


@pytest.fixture(scope="module")
def host() -> Language:
    """fr_core_news_md as a user loads it, with quoteminer's sentence boundaries and the component."""
    nlp = spacy.load("fr_core_news_md")
    nlp.add_pipe("quoteminer_paragraphs", before="parser")
    nlp.add_pipe("quoteminer")
    return nlp


@pytest.fixture
def reparses(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The texts the component parsed again with quoteminer's own model."""
    seen: list[str] = []
    real = component.extract

    def spy(text: str, *, lang: str = "fr") -> Extraction:
        seen.append(text)
        return real(text, lang=lang)

    monkeypatch.setattr(component, "extract", spy)
    return seen


def test_entry_points_name_the_factories() -> None:
    declared = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["entry-points"]
    assert declared["spacy_factories"] == {
        "quoteminer": "quoteminer.component:make_quoteminer",
        "quoteminer_paragraphs": "quoteminer.parse:paragraph_boundaries",
    }
    assert component.make_quoteminer.__module__ == "quoteminer.component"
    assert paragraph_boundaries.__module__ == "quoteminer.parse"


def test_add_pipe_needs_no_import(tmp_path: Path) -> None:
    """In a fresh interpreter that never imports quoteminer, spaCy finds the component by entry point."""
    declared = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["entry-points"]
    # The package's metadata as an install would write it, from pyproject.toml.
    info = tmp_path / "quoteminer_entry_points-0.dist-info"
    info.mkdir()
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: quoteminer-entry-points\nVersion: 0\n")
    lines = [f"{name} = {target}" for name, target in declared["spacy_factories"].items()]
    (info / "entry_points.txt").write_text("[spacy_factories]\n" + "\n".join(lines) + "\n")
    script = (
        "import json, spacy\n"
        "nlp = spacy.blank('fr')\n"
        "nlp.add_pipe('quoteminer_paragraphs')\n"
        "nlp.add_pipe('quoteminer')\n"
        f"doc = nlp({SHORT!r})\n"
        "print(json.dumps([nlp.pipe_names, [q.text for q in doc._.quotes], [s.name for s in doc._.speakers]]))\n"
    )
    path = f"{ROOT / 'src'}:{tmp_path}"
    env = {"PATH": "/usr/bin:/bin", "PYTHONPATH": path, "HOME": str(tmp_path)}
    proc = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=300, check=False
    )
    assert proc.returncode == 0, proc.stderr
    names, quotes, speakers = json.loads(proc.stdout)
    assert names == ["quoteminer_paragraphs", "quoteminer"]
    assert quotes == [q.text for q in quoteminer.extract(SHORT).quotes]
    assert speakers == ["Claire Martin"]


def test_same_results_as_extract_reusing_the_parse(
    host: Language, articles: dict[str, str], extracted: dict[str, Extraction], reparses: list[str]
) -> None:
    """A pipeline identical to quoteminer's own: its parse is used, and the results are extract's."""
    for name, text in articles.items():
        doc = host(text)
        assert doc._.quoteminer == extracted[name], name
        assert doc._.quotes == extracted[name].quotes
        assert doc._.claims == extracted[name].claims
        assert doc._.speakers == extracted[name].speakers
    # Only the texts spaCy must not see as they are (paragraph breaks, soft hyphens, invisible
    # marks) are parsed again: a one-paragraph clean text keeps the host's parse.
    assert reparses == [t for t in articles.values() if make_view(t).text != t]
    clean = "« Nous partons », a déclaré Claire Martin."
    before = len(reparses)
    assert host(clean)._.quoteminer == quoteminer.extract(clean)
    assert len(reparses) == before


def test_a_hyphenated_role_noun_the_hosts_tokenizer_splits_is_parsed_again(host: Language, reparses: list[str]) -> None:
    """quoteminer's own tokenizer keeps ``sage-femme`` whole, the user's splits it: a text holding
    one is parsed again (the results are extract's), a text without one keeps the host's parse."""
    text = "« Le bébé va bien », assure la sage-femme de la maternité."
    assert host(text)._.quoteminer == quoteminer.extract(text)
    assert reparses == [text]
    plain = "« Le bébé va bien », assure l'infirmière de la maternité."
    assert host(plain)._.quoteminer == quoteminer.extract(plain)
    assert reparses == [text]


def test_same_results_as_extract_in_another_pipeline(
    host: Language, articles: dict[str, str], extracted: dict[str, Extraction], reparses: list[str]
) -> None:
    """Without quoteminer's sentence boundaries the parse differs: the component parses again."""
    with host.select_pipes(disable=["quoteminer_paragraphs"]):
        for name, text in articles.items():
            assert host(text)._.quoteminer == extracted[name], name
    assert len(reparses) == len(articles)


def test_same_results_as_extract_in_a_blank_pipeline(
    articles: dict[str, str], extracted: dict[str, Extraction]
) -> None:
    nlp = spacy.blank("fr")
    nlp.add_pipe("quoteminer")
    for name in list(articles)[:5]:
        assert nlp(articles[name])._.quoteminer == extracted[name], name


def test_parse_own_always_parses_again(host: Language, reparses: list[str]) -> None:
    nlp = spacy.blank("fr")
    nlp.add_pipe("quoteminer", config={"parse": "own", "annotate": False})
    assert nlp(SHORT)._.quoteminer == quoteminer.extract(SHORT)
    assert reparses == [SHORT]


def test_parse_doc_reads_the_pipelines_parse(host: Language, reparses: list[str]) -> None:
    text = "La ministre a parlé. « Nous restons prudents », a-t-elle déclaré. Le porte-parole a démenti."
    qm = host.get_pipe("quoteminer")
    with host.select_pipes(disable=["quoteminer_paragraphs"]):
        try:
            qm.parse = "doc"
            doc = host(text)
        finally:
            qm.parse = "auto"
    assert reparses == []
    assert doc._.quoteminer == quoteminer.extract(doc)


def test_blank_and_unprocessed_docs(host: Language) -> None:
    assert host("")._.quoteminer == Extraction()
    assert host(" \n ")._.quotes == ()
    plain = host.make_doc(SHORT)
    assert plain._.quoteminer is None
    assert (plain._.quotes, plain._.claims, plain._.speakers) == ((), (), ())


def test_results_survive_serialisation(host: Language) -> None:
    doc = host(SHORT)
    again = Doc(host.vocab).from_bytes(doc.to_bytes())
    assert again._.quoteminer == doc._.quoteminer == quoteminer.extract(SHORT)
    docs = DocBin(store_user_data=True, docs=[doc])
    (back,) = DocBin().from_bytes(docs.to_bytes()).get_docs(host.vocab)
    assert back._.quotes == doc._.quotes


def test_pipe_over_two_processes(host: Language) -> None:
    texts = [SHORT, "« Oui », a dit Paul Durand.", "Rien à signaler."]
    docs = list(host.pipe(texts, n_process=2, batch_size=1))
    assert [d._.quoteminer for d in docs] == [quoteminer.extract(t) for t in texts]


def test_pipeline_saves_and_loads(tmp_path: Path) -> None:
    nlp = spacy.blank("fr")
    nlp.add_pipe("quoteminer", config={"parse": "own"})
    nlp.to_disk(tmp_path / "pipeline")
    loaded = spacy.load(tmp_path / "pipeline")
    assert loaded.pipe_names == ["quoteminer"]
    assert loaded.get_pipe("quoteminer").parse == "own"
    assert loaded(SHORT)._.quotes == quoteminer.extract(SHORT).quotes


@pytest.mark.parametrize(
    ("config", "message"),
    [({"parse": "sometimes"}, "parse"), ({"lang": "xx"}, "unsupported language"), ({"lang": ["fr"]}, "lang")],
    ids=["parse", "unknown-lang", "lang-type"],
)
def test_bad_config_fails_at_once(config: dict[str, object], message: str) -> None:
    nlp = spacy.blank("fr")
    with pytest.raises(ValueError, match=message):  # spaCy's ConfigValidationError is a ValueError
        nlp.add_pipe("quoteminer", config=config)
    assert "quoteminer" not in nlp.pipe_names


def test_another_language_is_refused() -> None:
    with pytest.raises(ValueError, match="pipeline's language is 'en'"):
        spacy.blank("en").add_pipe("quoteminer")


@pytest.fixture
def foreign_quotes() -> Iterator[None]:
    """Someone else's ``Doc._.quotes`` for the length of a test; quoteminer's back afterwards."""
    if Doc.has_extension("quotes"):
        Doc.remove_extension("quotes")
    Doc.set_extension("quotes", default=None)
    yield
    Doc.remove_extension("quotes")
    component.register_extensions()


def test_a_foreign_extension_is_never_overwritten(foreign_quotes: None) -> None:
    nlp = spacy.blank("fr")
    with pytest.raises(ValueError, match=r"Doc\._\.quotes is already registered by other code"):
        nlp.add_pipe("quoteminer")
    assert Doc.get_extension("quotes") == (None, None, None, None)


def test_two_pipelines_share_the_extensions(host: Language) -> None:
    other = spacy.blank("fr")
    other.add_pipe("quoteminer")
    assert other(SHORT)._.quotes == host(SHORT)._.quotes


# -- spaCy habits: doc.spans, displacy, DocBin, one parse in the recommended pipeline ---------

WITH_BREAKS = (
    "Grève à Donges\n\n"
    "« Nous resterons mobilisés », a expliqué mardi Karim Benali, secrétaire du syndicat.\n"
    "Le ministère a indiqué que les États-Unis n'avaient « pas eu de contacts » avec lui. "
    "Le film « Les Misérables » sort mercredi."
)


@pytest.fixture(scope="module")
def recommended() -> Language:
    """The recommended pipeline: a blank French pipeline and the component, which parses once."""
    nlp = spacy.blank("fr")
    nlp.add_pipe("quoteminer")
    return nlp


def test_items_are_spans_with_their_kind_and_quote(recommended: Language) -> None:
    doc = recommended(WITH_BREAKS)
    result = quoteminer.extract(WITH_BREAKS)
    group = doc.spans[component.SPANS_KEY]
    assert [s.label_ for s in group] == [q.kind.value for q in result.quotes] == ["direct", "indirect", "mention"]
    assert [s._.quote for s in group] == list(result.quotes)
    assert [s.kb_id_ for s in group] == [q.speaker.name if q.speaker else "" for q in result.quotes]
    assert [s.id_ for s in group] == ["q1", "q2", "q3"]
    for span, quote in zip(group, result.quotes, strict=True):
        assert span.start_char <= quote.start and quote.end <= span.end_char  # the tokens its characters touch
        assert span.text.strip("«» ").startswith(quote.text[:5])
    speech = group[1]._.quote
    assert speech.act is not None and speech.speaker is not None and speech.speaker_confidence is not None
    assert [v.text for v in speech.verbatim] == ["pas eu de contacts"]
    assert doc[:3]._.quote is None  # any other span


def test_displacy_shows_the_items(recommended: Language) -> None:
    from spacy import displacy

    page = displacy.render(recommended(WITH_BREAKS), style="span", options={"spans_key": component.SPANS_KEY})
    for word in ("direct", "indirect", "mention", "Karim Benali", "ministère"):
        assert word in page


def test_a_default_docbin_keeps_the_spans_and_the_extensions(recommended: Language, host: Language) -> None:
    for nlp in (recommended, host):
        doc = nlp(WITH_BREAKS)
        (back,) = DocBin().from_bytes(DocBin(docs=[doc]).to_bytes()).get_docs(nlp.vocab)
        assert back.user_data == {}  # a default DocBin drops user_data...
        assert back._.quoteminer == doc._.quoteminer == quoteminer.extract(WITH_BREAKS)  # ...not the results
        assert [s._.quote for s in back.spans[component.SPANS_KEY]] == list(doc._.quotes)
        assert [(s.label_, s.kb_id_) for s in back.spans[component.SPANS_KEY]] == [
            (s.label_, s.kb_id_) for s in doc.spans[component.SPANS_KEY]
        ]


def test_the_recommended_pipeline_parses_once(
    recommended: Language, articles: dict[str, str], extracted: dict[str, Extraction], reparses: list[str]
) -> None:
    """A blank pipeline gets quoteminer's parse copied onto its tokens: one parse, full annotations."""
    own = load_model("fr_core_news_md")
    calls = 0
    real = own.pipe

    def counting(*args: object, **kwargs: object) -> object:
        nonlocal calls
        calls += 1
        return real(*args, **kwargs)  # type: ignore[arg-type]

    own.pipe = counting  # type: ignore[method-assign]
    try:
        texts = [t for t in list(articles.values())[:8] if "\n" in t]
        docs = list(recommended.pipe(texts, batch_size=4))
    finally:
        del own.pipe
    assert texts and calls == 2  # two batches of four texts, each parsed once, all together
    assert reparses == []
    names = [n for n, t in articles.items() if t in texts]
    for name, doc in zip(names, docs, strict=True):
        assert doc._.quoteminer == extracted[name]
        assert doc.has_annotation("DEP") and doc.has_annotation("ENT_IOB") and doc.has_annotation("LEMMA")
        assert all(t.pos_ == "SPACE" for t in doc if t.is_space)
        assert doc.ents and {e.label_ for e in doc.ents} <= {"PER", "LOC", "ORG", "MISC"}
        assert len(list(doc.sents)) > 1
    # one at a time (nlp(text)) too
    single = recommended(texts[0])
    assert single._.quoteminer == docs[0]._.quoteminer
    assert [t.pos_ for t in single] == [t.pos_ for t in docs[0]]


def test_annotate_never_overwrites_a_parse(host: Language) -> None:
    doc = host(WITH_BREAKS)  # the host's own parse (with its newline tokens), then quoteminer's results
    plain = spacy.load("fr_core_news_md")
    plain.add_pipe("quoteminer_paragraphs", before="parser")
    assert [t.dep_ for t in doc] == [t.dep_ for t in plain(WITH_BREAKS)]
    assert doc._.quoteminer == quoteminer.extract(WITH_BREAKS)


def test_a_foreign_span_extension_is_never_overwritten() -> None:
    from spacy.tokens import Span

    Span.remove_extension("quote")
    Span.set_extension("quote", default="theirs")
    try:
        with pytest.raises(ValueError, match=r"Span\._\.quote is already registered by other code"):
            spacy.blank("fr").add_pipe("quoteminer")
    finally:
        Span.remove_extension("quote")
        component.register_extensions()
