"""The pipeline: text → Extraction, calling each stage in order. No rules here.

text → layout → quote marks → sentences & parse → cues → content → speakers →
coreference → act & hedging → claims → Quote objects (cut from the text as given).
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.language import Language
from spacy.tokens import Doc

from quoteminer import acts, content, coreference, cues, layout, marks, parse, speakers, triage
from quoteminer.assemble import assemble
from quoteminer.choice import Chooser, FirstMatch, Ranker
from quoteminer.lang import LanguageData, get_language
from quoteminer.model import Extraction

__all__ = [
    "MODES",
    "SPEAKER_CHOOSERS",
    "check_model",
    "check_text",
    "extract",
    "extract_parsed",
    "prepare",
    "reusable",
    "speaker_chooser",
]

#: The ways to choose a speaker among the candidates, by name (``extract(speakers=…)``).
SPEAKER_CHOOSERS = ("ranker", "first-match")


def speaker_chooser(speakers: str | Chooser = "ranker") -> Chooser:
    """The chooser named ``speakers``: ``"ranker"`` (the trained speaker ranker, the
    default) or ``"first-match"`` (the ordered rules alone, the untrained baseline)."""
    if speakers == "ranker":
        from quoteminer.learn import load_model

        return Ranker(load_model("speaker"))
    if speakers == "first-match":
        return FirstMatch()
    if isinstance(speakers, str):
        raise ValueError(f"speakers must be one of {', '.join(SPEAKER_CHOOSERS)}, not {speakers!r}")
    if not callable(getattr(speakers, "choose", None)):
        raise TypeError(f"speakers must be a chooser name such as 'ranker', not {type(speakers).__name__}")
    return speakers


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


def prepare(text: str, lang: LanguageData) -> tuple[layout.Layout, parse.View]:
    """The layout of ``text`` (which line breaks are wraps) and the view spaCy parses."""
    laid = layout.lay_out(text, lang)
    return laid, parse.make_view(laid.text)


def reusable(doc: Doc, view: parse.View) -> bool:
    """Whether ``doc``'s own parse can stand for a parse of ``view``.

    It can when the text is not blank (blank text is never parsed) and the doc has a
    parse over exactly the view's text (nothing had to be cleaned or unwrapped).
    """
    return bool(view.text.strip()) and doc.text == view.text and doc.has_annotation("DEP")


def extract_parsed(
    laid: layout.Layout,
    view: parse.View,
    pieces: Sequence[parse.Piece],
    lang: LanguageData,
    chooser: Chooser | None = None,
) -> Extraction:
    """Run every stage after parsing, on the layout text (speakers chosen by ``chooser``,
    default: the ranker); cut the results from the original."""
    text = laid.text
    spans, diagnostics = marks.scan(text, lang)
    found = cues.find_cues(pieces, lang)
    speakers.attach_speakers(found, lang)
    index = content.TokenIndex(view, pieces)  # built once, shared by the stages that map offsets
    items = content.build_items(text, view, pieces, spans, found, lang, index)
    chooser = chooser if chooser is not None else speaker_chooser()
    who, unresolved, confidence = coreference.resolve_speakers(items, pieces, index, lang, chooser)
    judged = acts.judge_all(items, text, lang, index)
    result = assemble(text, items, who, confidence, unresolved, judged, diagnostics, pieces, index, lang)
    return layout.restore(result, laid)


#: How much work ``extract`` does: the whole pipeline, or a triage without the parser.
MODES = ("full", "fast")


def extract(
    text: str | Doc,
    *,
    lang: str = "fr",
    nlp: Language | None = None,
    speakers: str | Chooser = "ranker",
    mode: str = "full",
) -> Extraction:
    """Find every quotation, reported statement and mention in ``text``.

    ``mode="fast"`` is a triage for very large collections (``triage.py``): no parser,
    quotations and reported statements from surface patterns, speakers only where a
    pattern names them, every item marked ``fast.mode`` in its evidence.

    ``speakers`` chooses each quote's speaker among its candidates: ``"ranker"`` (the
    trained ranker, with ``speaker_confidence``) or ``"first-match"`` (the ordered rules
    alone, the untrained baseline).

    A spaCy ``Doc`` is analysed with its own parse when it has one over text that
    needs no cleaning or unwrapping (see ``prepare``); otherwise its text is parsed
    again, like a ``str``, with ``nlp`` or quoteminer's model.

    >>> from quoteminer import extract
    >>> result = extract("« Nous restons prudents », a déclaré Marie Dupont.")
    >>> [(q.kind.value, q.text) for q in result.quotes]
    [('direct', 'Nous restons prudents')]
    """
    data = get_language(lang)
    nlp = check_model(nlp)
    chooser = speaker_chooser(speakers)
    if mode not in MODES:
        raise ValueError(f"mode must be one of {', '.join(MODES)}, not {mode!r}")
    if mode == "fast":
        return triage.extract_fast(check_text(text.text if isinstance(text, Doc) else text), data)
    if isinstance(text, Doc):
        doc, text = text, text.text
        laid, view = prepare(text, data)
        if reusable(doc, view):
            return extract_parsed(laid, view, [parse.Piece(doc, 0)], data, chooser)
    text = check_text(text)
    if not text.strip():
        return Extraction()
    model = nlp if nlp is not None else parse.load(data.model)
    laid, view = prepare(text, data)
    pieces = parse.parse(view, model)
    return extract_parsed(laid, view, pieces, data, chooser)
