"""The pipeline: text → Extraction, calling each stage in order. No rules here.

text → quote marks → sentences & parse → cues → content → speakers →
coreference → when (dates) → act & hedging → claims → Quote objects.
"""

from __future__ import annotations

import datetime
from collections.abc import Sequence

from spacy.language import Language
from spacy.tokens import Doc

from quoteminer import acts, content, coreference, cues, dates, marks, parse, speakers
from quoteminer.assemble import assemble
from quoteminer.lang import LanguageData, get_language
from quoteminer.model import Extraction

__all__ = ["check_model", "check_text", "extract", "extract_parsed", "reusable"]


def check_text(text: object) -> str:
    """Fail at once, clearly, on anything but a ``str``."""
    if isinstance(text, str):
        return text
    if isinstance(text, (bytes, bytearray, memoryview)):
        raise TypeError("extract() takes a str; decode bytes first, e.g. data.decode('utf-8')")
    if isinstance(text, (list, tuple, set, frozenset)) or hasattr(text, "__next__"):
        raise TypeError(f"extract() takes one text (a str), not a {type(text).__name__}: for many, use extract_many()")
    raise TypeError(f"extract() takes a str (or a spaCy Doc), not {type(text).__name__}")


def check_model(nlp: object) -> Language | None:
    """Fail at once, clearly, on an ``nlp`` that is not a loaded spaCy pipeline."""
    if nlp is None or isinstance(nlp, Language):
        return nlp
    hint = " (load it first: spacy.load(name))" if isinstance(nlp, str) else ""
    raise TypeError(f"nlp must be a spaCy Language{hint}, not {type(nlp).__name__}")


def reusable(doc: Doc, view: parse.View) -> bool:
    """Whether ``doc``'s own parse can stand for a parse of ``view``.

    It can when the text is not blank (blank text is never parsed) and the doc has a
    parse over exactly the view's text (nothing had to be cleaned).
    """
    return bool(view.text.strip()) and doc.text == view.text and doc.has_annotation("DEP")


def extract_parsed(
    text: str,
    view: parse.View,
    pieces: Sequence[parse.Piece],
    lang: LanguageData,
    published: datetime.date | None = None,
) -> Extraction:
    """Run every stage after parsing."""
    spans, diagnostics = marks.scan(text, lang)
    found = cues.find_cues(pieces, lang)
    speakers.attach_speakers(found, lang)
    index = content.TokenIndex(view, pieces)  # built once, shared by the stages that map offsets
    items = content.build_items(text, view, pieces, spans, found, lang, index)
    who, unresolved = coreference.resolve_speakers(items, pieces, index, lang)
    when = dates.date_items(text, items, who, index, published, lang)
    judged = acts.judge_all(items, text, lang, index)
    return assemble(text, items, who, unresolved, judged, diagnostics, pieces, index, lang, when)


def extract(
    text: str | Doc,
    *,
    lang: str = "fr",
    nlp: Language | None = None,
    published: datetime.date | str | None = None,
) -> Extraction:
    """Find every quotation, reported statement and mention in ``text``.

    A spaCy ``Doc`` is analysed with its own parse when it has one over text that
    needs no cleaning (see ``parse.make_view``); otherwise its text is parsed again,
    like a ``str``, with ``nlp`` or quoteminer's model. ``published`` (a ``date``, a
    ``datetime`` or an ISO string) is the article's publication date, against which
    ``hier`` or ``mardi dernier`` are resolved into each quote's ``said_on``.

    >>> from quoteminer import extract
    >>> result = extract("« Nous restons prudents », a déclaré Marie Dupont.")
    >>> [(q.kind.value, q.text) for q in result.quotes]
    [('direct', 'Nous restons prudents')]
    >>> result = extract("Marie Dupont a déclaré hier que l'usine fermerait.", published="2019-04-08")
    >>> [(q.said_on.isoformat(), q.said_on_text.text) for q in result.quotes]
    [('2019-04-07', 'hier')]
    """
    data = get_language(lang)
    nlp = check_model(nlp)
    day = dates.as_date(published)
    if isinstance(text, Doc):
        doc, text = text, text.text
        view = parse.make_view(text)
        if reusable(doc, view):
            return extract_parsed(text, view, [parse.Piece(doc, 0)], data, day)
    text = check_text(text)
    if not text.strip():
        return Extraction()
    model = nlp if nlp is not None else parse.load(data.model)
    view = parse.make_view(text)
    pieces = parse.parse(view, model)
    return extract_parsed(text, view, pieces, data, day)
