"""The pipeline: text → Extraction, calling each stage in order. No rules here.

text → layout → quote marks → sentences & parse → cues → content → speakers →
coreference → when (dates) → act & hedging → claims → Quote objects (cut from the text as given).
"""

from __future__ import annotations

import datetime
from collections.abc import Sequence

from spacy.language import Language
from spacy.tokens import Doc

from quoteminer import acts as acts_stage  # ``acts`` is extract()'s argument
from quoteminer import content, coreference, cues, dates, layout, marks, parse, speakers, triage
from quoteminer.acts import ActDecider, Classifier, Rules
from quoteminer.assemble import assemble
from quoteminer.choice import Chooser, FirstMatch, Overrule, Ranker
from quoteminer.lang import LanguageData, get_language
from quoteminer.model import Extraction, SpeechAct

__all__ = [
    "ACT_DECIDERS",
    "DEFAULT_ACTS",
    "ITEM_CHOOSERS",
    "MODES",
    "SPEAKER_CHOOSERS",
    "act_decider",
    "check_model",
    "check_text",
    "extract",
    "extract_parsed",
    "item_chooser",
    "judge_statement",
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


#: The ways to decide what is speech, by name (``extract(items=…)``).
ITEM_CHOOSERS = ("classifier", "rules")


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


#: The ways to decide a speech item's act, by name (``extract(acts=…)``).
ACT_DECIDERS = ("classifier", "rules")
#: The act decider used unless one is asked for. The trained classifier does not yet beat the
#: rules on the test articles (docs/accuracy.md, "Speech acts": act accuracy −0.026, macro-F1
#: −0.040, both at the edge of their intervals; far better on the debate statements and
#: better calibrated), and the test figures may only rise: the rules stay the default until a
#: retrained classifier measures better there.
DEFAULT_ACTS = "rules"


def act_decider(acts: str | ActDecider = DEFAULT_ACTS) -> ActDecider:
    """The act decider named ``acts``: ``"classifier"`` (the trained act classifier, whose
    ``act_confidence`` is a calibrated probability) or ``"rules"`` (the reporting verb's prior
    against the weighted content rules, the untrained baseline and the default)."""
    if acts == "classifier":
        from quoteminer.learn import load_model

        return Classifier(load_model("act"))
    if acts == "rules":
        return Rules()
    if isinstance(acts, str):
        raise ValueError(f"acts must be one of {', '.join(ACT_DECIDERS)}, not {acts!r}")
    if not callable(getattr(acts, "judge", None)):
        raise TypeError(f"acts must be a decider name such as 'classifier', not {type(acts).__name__}")
    return acts


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
    published: datetime.date | None = None,
    decider: ActDecider | None = None,
    items: Chooser | None = None,
) -> Extraction:
    """Run every stage after parsing, on the layout text (what is speech decided by ``items``,
    default: the kind classifier; speakers chosen by ``chooser``, default: the ranker; relative
    dates read against ``published``; acts decided by ``decider``, default: ``DEFAULT_ACTS``);
    cut the results from the original."""
    text = laid.text
    spans, diagnostics = marks.scan(text, lang)
    found = cues.find_cues(pieces, lang)
    speakers.attach_speakers(found, lang)
    index = content.TokenIndex(view, pieces)  # built once, shared by the stages that map offsets
    decided = content.build_items(
        text, view, pieces, spans, found, lang, index, items if items is not None else item_chooser()
    )
    chooser = chooser if chooser is not None else speaker_chooser()
    who, unresolved, confidence = coreference.resolve_speakers(decided, pieces, index, lang, chooser)
    when = dates.date_items(text, decided, who, index, published, lang)
    decider = decider if decider is not None else act_decider()
    judged = acts_stage.judge_all(decided, text, lang, index, decider)
    result = assemble(text, decided, who, confidence, unresolved, judged, diagnostics, pieces, index, lang, when)
    return layout.restore(result, laid)


#: How much work ``extract`` does: the whole pipeline, or a triage without the parser.
MODES = ("full", "fast")


def extract(
    text: str | Doc,
    *,
    lang: str = "fr",
    nlp: Language | None = None,
    speakers: str | Chooser = "ranker",
    acts: str | ActDecider = DEFAULT_ACTS,
    mode: str = "full",
    published: datetime.date | str | None = None,
    items: str | Chooser = "classifier",
) -> Extraction:
    """Find every quotation, reported statement and mention in ``text``.

    ``mode="fast"`` is a triage for very large collections (``triage.py``): no parser,
    quotations and reported statements from surface patterns, speakers only where a
    pattern names them, every item marked ``fast.mode`` in its evidence.

    ``items`` decides what is speech: ``"classifier"`` (the trained kind classifier chooses
    among each quotation's readings and each cue's proposals where it is sure, the default)
    or ``"rules"`` (the ordered rules alone, the untrained baseline). ``speakers`` chooses
    each quote's speaker among its candidates: ``"ranker"`` (the trained ranker, with
    ``speaker_confidence``) or ``"first-match"`` (the ordered rules alone, the untrained
    baseline). ``acts`` decides each speech item's act: ``"rules"``
    (the reporting verb's prior against the content rules, the default) or ``"classifier"``
    (the trained act classifier; ``act_confidence`` is its calibrated probability).

    A spaCy ``Doc`` is analysed with its own parse when it has one over text that
    needs no cleaning or unwrapping (see ``prepare``); otherwise its text is parsed
    again, like a ``str``, with ``nlp`` or quoteminer's model. ``published`` (a ``date``,
    a ``datetime`` or an ISO string) is the article's publication date, against which
    ``hier`` or ``mardi dernier`` are resolved into each quote's ``said_on`` (the fast mode
    reads no date).

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
    chooser = speaker_chooser(speakers)
    day = dates.as_date(published)
    decider = act_decider(acts)
    deciding = item_chooser(items)
    if mode not in MODES:
        raise ValueError(f"mode must be one of {', '.join(MODES)}, not {mode!r}")
    if mode == "fast":
        return triage.extract_fast(check_text(text.text if isinstance(text, Doc) else text), data)
    if isinstance(text, Doc):
        doc, text = text, text.text
        laid, view = prepare(text, data)
        if reusable(doc, view):
            return extract_parsed(laid, view, [parse.Piece(doc, 0)], data, chooser, day, decider, deciding)
    text = check_text(text)
    if not text.strip():
        return Extraction()
    model = nlp if nlp is not None else parse.load(data.model)
    laid, view = prepare(text, data)
    pieces = parse.parse(view, model)
    return extract_parsed(laid, view, pieces, data, chooser, day, decider, deciding)


def judge_statement(
    text: str,
    start: int = 0,
    end: int | None = None,
    *,
    lang: str = "fr",
    nlp: Language | None = None,
    acts: str | ActDecider = DEFAULT_ACTS,
) -> tuple[SpeechAct, float, tuple[str, ...]]:
    """The act of a statement whose speaker you already know (a transcript, a debate): the
    span ``text[start:end]``, read in ``text`` as a direct quotation with no reporting verb.

    Returns the act, its confidence and the evidence. The act-only fixtures
    (``fixtures/assemblee-acts``) are scored through it.

    >>> act, confidence, _ = judge_statement("Retirez ce texte !", acts="classifier")
    >>> act.value
    'demand'
    """
    text = check_text(text)
    end = len(text) if end is None else end
    if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(text)):
        raise ValueError(f"the statement must be a non-empty span of the text, not [{start}:{end}] of {len(text)}")
    data = get_language(lang)
    decider = act_decider(acts)
    model = check_model(nlp) or parse.load(data.model)
    _, view = prepare(text, data)  # the layout text has the length of the text: offsets hold
    pieces = parse.parse(view, model)
    act, confidence, evidence = acts_stage.judge_span(start, end, view, pieces, data, decider)
    return act, confidence, tuple(evidence)
