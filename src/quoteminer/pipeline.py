"""The pipeline: text → Extraction, calling each stage in order. No rules here.

text → quote marks → sentences & parse → cues → content → speakers →
coreference → act & hedging → claims → Quote objects.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.language import Language
from spacy.tokens import Doc

from quoteminer import acts, content, coreference, cues, marks, parse, speakers
from quoteminer.assemble import assemble
from quoteminer.choice import Chooser, FirstMatch, Overrule, Ranker
from quoteminer.lang import LanguageData, get_language
from quoteminer.model import Extraction

__all__ = [
    "ITEM_CHOOSERS",
    "SPEAKER_CHOOSERS",
    "check_model",
    "check_text",
    "extract",
    "extract_parsed",
    "item_chooser",
    "reusable",
    "speaker_chooser",
]

#: The ways to choose a speaker among the candidates, by name (``extract(speakers=…)``).
SPEAKER_CHOOSERS = ("ranker", "first-match")
#: The ways to decide what is speech, by name (``extract(items=…)``).
ITEM_CHOOSERS = ("classifier", "rules")


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


def item_chooser(items: str | Chooser = "classifier") -> Chooser:
    """The chooser named ``items``: ``"classifier"`` (the trained kind classifier, the
    default: it overrules the ordered rules where it is sure) or ``"rules"`` (the ordered
    rules alone, the untrained baseline)."""
    if items == "classifier":
        from quoteminer.learn import load_model

        return Overrule(load_model("kind"))
    if items == "rules":
        return FirstMatch()
    if isinstance(items, str):
        raise ValueError(f"items must be one of {', '.join(ITEM_CHOOSERS)}, not {items!r}")
    if not callable(getattr(items, "choose", None)):
        raise TypeError(f"items must be a chooser name such as 'classifier', not {type(items).__name__}")
    return items


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
    chooser: Chooser | None = None,
    items: Chooser | None = None,
) -> Extraction:
    """Run every stage after parsing (speakers chosen by ``chooser``, default: the ranker;
    what is speech by ``items``, default: the kind classifier)."""
    spans, diagnostics = marks.scan(text, lang)
    found = cues.find_cues(pieces, lang)
    speakers.attach_speakers(found, lang)
    index = content.TokenIndex(view, pieces)  # built once, shared by the stages that map offsets
    decided = content.build_items(
        text, view, pieces, spans, found, lang, index, items if items is not None else item_chooser()
    )
    chooser = chooser if chooser is not None else speaker_chooser()
    who, unresolved, confidence = coreference.resolve_speakers(decided, pieces, index, lang, chooser)
    judged = acts.judge_all(decided, text, lang, index)
    return assemble(text, decided, who, confidence, unresolved, judged, diagnostics, pieces, index, lang)


def extract(
    text: str | Doc,
    *,
    lang: str = "fr",
    nlp: Language | None = None,
    speakers: str | Chooser = "ranker",
    items: str | Chooser = "classifier",
) -> Extraction:
    """Find every quotation, reported statement and mention in ``text``.

    ``speakers`` chooses each quote's speaker among its candidates: ``"ranker"`` (the
    trained ranker, with ``speaker_confidence``) or ``"first-match"`` (the ordered rules
    alone, the untrained baseline). ``items`` decides what is speech: ``"classifier"`` (the
    trained kind classifier chooses among each quotation's readings and each cue's
    proposals) or ``"rules"`` (the ordered rules alone, the untrained baseline).

    A spaCy ``Doc`` is analysed with its own parse when it has one over text that
    needs no cleaning (see ``parse.make_view``); otherwise its text is parsed again,
    like a ``str``, with ``nlp`` or quoteminer's model.

    >>> from quoteminer import extract
    >>> result = extract("« Nous restons prudents », a déclaré Marie Dupont.")
    >>> [(q.kind.value, q.text) for q in result.quotes]
    [('direct', 'Nous restons prudents')]
    """
    data = get_language(lang)
    nlp = check_model(nlp)
    chooser = speaker_chooser(speakers)
    decider = item_chooser(items)
    if isinstance(text, Doc):
        doc, text = text, text.text
        view = parse.make_view(text)
        if reusable(doc, view):
            return extract_parsed(text, view, [parse.Piece(doc, 0)], data, chooser, decider)
    text = check_text(text)
    if not text.strip():
        return Extraction()
    model = nlp if nlp is not None else parse.load(data.model)
    view = parse.make_view(text)
    pieces = parse.parse(view, model)
    return extract_parsed(text, view, pieces, data, chooser, decider)
