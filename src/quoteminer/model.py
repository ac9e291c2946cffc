"""The public values quoteminer returns: immutable, validated, picklable.

Stage: end of the pipeline (plain values) → export. Invariants:

- no spaCy object is ever stored here; every value compares, hashes, pickles;
- every span has ``0 <= start <= end`` and, where a text is stored with it,
  ``end - start == len(text)``: callers check ``input[start:end] == text``;
- collections are tuples, closed sets are enums.
"""

from __future__ import annotations

import datetime
import enum
from collections.abc import Iterable
from typing import Any

import attrs
from attrs import validators as v

__all__ = [
    "Claim",
    "ClusterMember",
    "CollectionSpeaker",
    "Diagnostic",
    "Extraction",
    "Mention",
    "Qualifier",
    "Quantity",
    "Quote",
    "QuoteCluster",
    "QuoteKind",
    "QuoteRef",
    "Resolution",
    "Severity",
    "Span",
    "Speaker",
    "SpeakerKind",
    "SpeechAct",
]


class QuoteKind(enum.Enum):
    """What a quoted or reported span is (ANNOTATION.md §1)."""

    DIRECT = "direct"
    PARTIAL = "partial"
    INDIRECT = "indirect"
    MENTION = "mention"

    @property
    def is_speech(self) -> bool:
        """True for the kinds that carry a speaker and an act."""
        return self is not QuoteKind.MENTION


class SpeechAct(enum.Enum):
    """What the speaker was doing (ANNOTATION.md §3)."""

    DEMAND = "demand"
    DENIAL = "denial"
    ASSURANCE = "assurance"
    WARNING = "warning"
    ACCUSATION = "accusation"
    STATEMENT = "statement"


class SpeakerKind(enum.Enum):
    """The sort of source a speaker is."""

    PERSON = "person"
    ORGANIZATION = "organization"
    GROUP = "group"


class Resolution(enum.Enum):
    """How the speaker of a quote was found in the text."""

    EXPLICIT = "explicit"
    PRONOUN = "pronoun"
    ROLE = "role"
    APPOSITION = "apposition"
    INHERITED = "inherited"


class Qualifier(enum.Enum):
    """How a quantity's value is meant: exactly, as a bound, or roughly."""

    EXACT = "exact"
    AT_LEAST = "at_least"
    AT_MOST = "at_most"
    APPROXIMATELY = "approximately"
    MORE_THAN = "more_than"
    LESS_THAN = "less_than"


class Severity(enum.Enum):
    """How much a diagnostic matters to a reader of the result."""

    INFO = "info"
    WARNING = "warning"


def _span_ok(instance: Any, attribute: attrs.Attribute[Any], value: int) -> None:
    if value < 0:
        raise ValueError(f"{type(instance).__name__}.{attribute.name} must be >= 0, got {value}")


def _check_span(obj: Any) -> None:
    if obj.end < obj.start:
        raise ValueError(f"{type(obj).__name__}: end ({obj.end}) < start ({obj.start})")
    text = getattr(obj, "text", None)
    if text is not None and len(text) != obj.end - obj.start:
        raise ValueError(
            f"{type(obj).__name__}: text has {len(text)} characters but the span "
            f"[{obj.start}, {obj.end}) has {obj.end - obj.start}"
        )


_int = v.and_(v.instance_of(int), _span_ok)
_name = v.and_(v.instance_of(str), v.min_len(1))


# One converter per element type: mypy's attrs plugin cannot check a generic
# converter (``converter=tuple`` or a TypeVar function) against the field's type.
def _mentions(value: Iterable[Mention]) -> tuple[Mention, ...]:
    return tuple(value)


def _quantities(value: Iterable[Quantity]) -> tuple[Quantity, ...]:
    return tuple(value)


def _strings(value: Iterable[str]) -> tuple[str, ...]:
    return tuple(value)


def _spans(value: Iterable[Span]) -> tuple[Span, ...]:
    return tuple(value)


def _quote_tuple(value: Iterable[Quote]) -> tuple[Quote, ...]:
    return tuple(value)


def _claims(value: Iterable[Claim]) -> tuple[Claim, ...]:
    return tuple(value)


def _diagnostics(value: Iterable[Diagnostic]) -> tuple[Diagnostic, ...]:
    return tuple(value)


_str_tuple = v.deep_iterable(v.instance_of(str), v.instance_of(tuple))


def _calendar_day(instance: Any, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is not None and (type(value) is not datetime.date):
        raise TypeError(
            f"{type(instance).__name__}.{attribute.name} must be a datetime.date or None, not {type(value).__name__}"
        )


@attrs.frozen
class Mention:
    """One place where the text names or refers to a speaker."""

    text: str = attrs.field(validator=v.instance_of(str))
    start: int = attrs.field(validator=_int)
    end: int = attrs.field(validator=_int)

    def __attrs_post_init__(self) -> None:
        _check_span(self)


@attrs.frozen
class Span:
    """A stretch of the caller's text: ``input[start:end] == text``."""

    text: str = attrs.field(validator=v.instance_of(str))
    start: int = attrs.field(validator=_int)
    end: int = attrs.field(validator=_int)

    def __attrs_post_init__(self) -> None:
        _check_span(self)


@attrs.frozen
class Speaker:
    """The source of a speech item, under one canonical name per document."""

    name: str = attrs.field(validator=_name)
    kind: SpeakerKind = attrs.field(default=SpeakerKind.PERSON, validator=v.instance_of(SpeakerKind))
    title: str | None = attrs.field(default=None, validator=v.optional(v.instance_of(str)))
    gender: str | None = attrs.field(default=None, validator=v.optional(v.in_(("masc", "fem"))))
    mentions: tuple[Mention, ...] = attrs.field(
        default=(), converter=_mentions, validator=v.deep_iterable(v.instance_of(Mention))
    )
    resolution: Resolution = attrs.field(default=Resolution.EXPLICIT, validator=v.instance_of(Resolution))


@attrs.frozen
class Quantity:
    """A number a fact-checker would verify, with its unit and qualifier."""

    text: str = attrs.field(validator=v.instance_of(str))
    start: int = attrs.field(validator=_int)
    end: int = attrs.field(validator=_int)
    value: float = attrs.field(validator=v.instance_of((int, float)))
    unit: str | None = attrs.field(default=None, validator=v.optional(v.instance_of(str)))
    qualifier: Qualifier = attrs.field(default=Qualifier.EXACT, validator=v.instance_of(Qualifier))

    def __attrs_post_init__(self) -> None:
        _check_span(self)


@attrs.frozen
class Quote:
    """One quotation, reported statement or mention, with exact offsets.

    ``start``/``end`` delimit the content: the quotation marks and the padding
    spaces next to them are outside it, so ``input[start:end] == text``. One statement
    is one item (ANNOTATION.md §1): the speaker's own quoted words inside an indirect
    item are its ``verbatim`` spans, not items of their own.

    ``said_on`` is the day the statement was made (ANNOTATION.md §5), ``None`` when the
    text does not say; ``said_on_end`` the last day when the text gives a span (``la
    semaine dernière``); ``said_on_text`` the time expression it was read from (which may
    lie in an earlier sentence that dates the same statement or occasion).
    """

    text: str = attrs.field(validator=v.instance_of(str))
    start: int = attrs.field(validator=_int)
    end: int = attrs.field(validator=_int)
    kind: QuoteKind = attrs.field(validator=v.instance_of(QuoteKind))
    open_mark: str | None = attrs.field(default=None, validator=v.optional(v.instance_of(str)))
    open_offset: int | None = attrs.field(default=None, validator=v.optional(_int))
    close_mark: str | None = attrs.field(default=None, validator=v.optional(v.instance_of(str)))
    close_offset: int | None = attrs.field(default=None, validator=v.optional(_int))
    speaker: Speaker | None = attrs.field(default=None, validator=v.optional(v.instance_of(Speaker)))
    speaker_confidence: float | None = attrs.field(
        default=None, validator=v.optional(v.and_(v.instance_of(float), v.ge(0.0), v.le(1.0)))
    )
    cue: str | None = attrs.field(default=None, validator=v.optional(v.instance_of(str)))
    act: SpeechAct | None = attrs.field(default=None, validator=v.optional(v.instance_of(SpeechAct)))
    act_confidence: float | None = attrs.field(
        default=None, validator=v.optional(v.and_(v.instance_of(float), v.ge(0.0), v.le(1.0)))
    )
    hedged: bool = attrs.field(default=False, validator=v.instance_of(bool))
    quantities: tuple[Quantity, ...] = attrs.field(
        default=(), converter=_quantities, validator=v.deep_iterable(v.instance_of(Quantity))
    )
    evidence: tuple[str, ...] = attrs.field(default=(), converter=_strings, validator=_str_tuple)
    verbatim: tuple[Span, ...] = attrs.field(
        default=(), converter=_spans, validator=v.deep_iterable(v.instance_of(Span))
    )
    said_on: datetime.date | None = attrs.field(default=None, validator=_calendar_day)
    said_on_end: datetime.date | None = attrs.field(default=None, validator=_calendar_day)
    said_on_text: Span | None = attrs.field(default=None, validator=v.optional(v.instance_of(Span)))

    def __attrs_post_init__(self) -> None:
        _check_span(self)
        if self.said_on is None and (self.said_on_end is not None or self.said_on_text is not None):
            raise ValueError("said_on_end and said_on_text need said_on")
        if self.said_on is not None and self.said_on_end is not None and self.said_on_end <= self.said_on:
            raise ValueError(f"said_on_end ({self.said_on_end}) must come after said_on ({self.said_on})")
        if self.verbatim and self.kind is not QuoteKind.INDIRECT:
            raise ValueError("only an indirect item has verbatim spans (a quotation is verbatim whole)")
        for span in self.verbatim:
            if not (self.start <= span.start and span.end <= self.end):
                raise ValueError(f"verbatim span [{span.start}, {span.end}) lies outside its item")
        if self.kind is QuoteKind.INDIRECT and (self.open_mark or self.close_mark):
            raise ValueError("an indirect item has no quotation marks")
        if (self.open_mark is None) != (self.open_offset is None):
            raise ValueError("open_mark and open_offset go together")
        if (self.close_mark is None) != (self.close_offset is None):
            raise ValueError("close_mark and close_offset go together")
        if self.open_offset is not None and self.open_offset > self.start:
            raise ValueError("the opening mark must come before the content")
        if self.close_offset is not None and self.close_offset < self.end:
            raise ValueError("the closing mark must come after the content")
        if self.kind is QuoteKind.MENTION and (self.speaker is not None or self.act is not None):
            raise ValueError("a mention has no speaker and no act")
        if self.kind is QuoteKind.MENTION and self.said_on is not None:
            raise ValueError("a mention has no said_on: nobody said it")
        if self.speaker is None and self.speaker_confidence is not None:
            raise ValueError("speaker_confidence goes with a speaker")


@attrs.frozen
class Claim:
    """A checkable proposition: a speech item, or a journalist's sentence with a quantity."""

    text: str = attrs.field(validator=v.instance_of(str))
    start: int = attrs.field(validator=_int)
    end: int = attrs.field(validator=_int)
    source: Speaker | None = attrs.field(default=None, validator=v.optional(v.instance_of(Speaker)))
    quote: Quote | None = attrs.field(default=None, validator=v.optional(v.instance_of(Quote)))
    quantities: tuple[Quantity, ...] = attrs.field(
        default=(), converter=_quantities, validator=v.deep_iterable(v.instance_of(Quantity))
    )
    hedged: bool = attrs.field(default=False, validator=v.instance_of(bool))

    def __attrs_post_init__(self) -> None:
        _check_span(self)


@attrs.frozen
class Diagnostic:
    """Something the extractor noticed but could not resolve (never an exception)."""

    code: str = attrs.field(validator=_name)
    message: str = attrs.field(validator=v.instance_of(str))
    start: int = attrs.field(validator=_int)
    end: int = attrs.field(validator=_int)
    severity: Severity = attrs.field(default=Severity.WARNING, validator=v.instance_of(Severity))

    def __attrs_post_init__(self) -> None:
        _check_span(self)


@attrs.frozen
class Extraction:
    """Everything quoteminer found in one document."""

    quotes: tuple[Quote, ...] = attrs.field(
        default=(), converter=_quote_tuple, validator=v.deep_iterable(v.instance_of(Quote))
    )
    claims: tuple[Claim, ...] = attrs.field(
        default=(), converter=_claims, validator=v.deep_iterable(v.instance_of(Claim))
    )
    diagnostics: tuple[Diagnostic, ...] = attrs.field(
        default=(), converter=_diagnostics, validator=v.deep_iterable(v.instance_of(Diagnostic))
    )

    @property
    def speakers(self) -> tuple[Speaker, ...]:
        """The distinct speakers of the document's speech items, in order of first quote."""
        seen: dict[str, Speaker] = {}
        for quote in self.quotes:
            if quote.speaker is not None and quote.speaker.name not in seen:
                seen[quote.speaker.name] = quote.speaker
        return tuple(seen.values())

    def by_speaker(self) -> dict[str | None, tuple[Quote, ...]]:
        """Who said what: speech items grouped by canonical speaker name (None: unknown)."""
        groups: dict[str | None, list[Quote]] = {}
        for quote in self.quotes:
            if quote.kind.is_speech:
                key = quote.speaker.name if quote.speaker else None
                groups.setdefault(key, []).append(quote)
        return {name: tuple(items) for name, items in groups.items()}


# -- across a collection of documents (quoteminer.Collection) --------------------------------


def _refs(value: Iterable[QuoteRef]) -> tuple[QuoteRef, ...]:
    return tuple(value)


def _members(value: Iterable[ClusterMember]) -> tuple[ClusterMember, ...]:
    return tuple(value)


_doc_id = v.and_(v.instance_of(str), v.min_len(1))


@attrs.frozen
class QuoteRef:
    """One quote of one document of a collection: ``quote`` is ``extraction.quotes[index]``."""

    doc_id: str = attrs.field(validator=_doc_id)
    index: int = attrs.field(validator=_int)
    quote: Quote = attrs.field(validator=v.instance_of(Quote))
    published: datetime.date | None = attrs.field(default=None, validator=_calendar_day)


@attrs.frozen
class CollectionSpeaker:
    """One source across the documents of a collection, under one canonical name.

    ``variants`` are the names the documents gave it (most used first), ``titles`` the
    titles they gave it, ``documents`` the ids of the documents it speaks in (earliest
    first) and ``quotes`` its speech items there.
    """

    name: str = attrs.field(validator=_name)
    kind: SpeakerKind = attrs.field(validator=v.instance_of(SpeakerKind))
    variants: tuple[str, ...] = attrs.field(converter=_strings, validator=_str_tuple)
    titles: tuple[str, ...] = attrs.field(default=(), converter=_strings, validator=_str_tuple)
    documents: tuple[str, ...] = attrs.field(default=(), converter=_strings, validator=_str_tuple)
    quotes: tuple[QuoteRef, ...] = attrs.field(
        default=(), converter=_refs, validator=v.deep_iterable(v.instance_of(QuoteRef))
    )


@attrs.frozen
class ClusterMember:
    """One document's report of a quotation that several documents report.

    ``speaker`` is the canonical name across the collection (``None``: unknown);
    ``differing`` the words of this report that differ from the cluster's reference wording
    where both give the same passage (a word the others have and this one leaves out is
    written ``-word``; a cut at either end is no difference); ``possible_misquote`` is true
    when such a difference falls in the speaker's own quoted words.
    """

    doc_id: str = attrs.field(validator=_doc_id)
    index: int = attrs.field(validator=_int)
    quote: Quote = attrs.field(validator=v.instance_of(Quote))
    published: datetime.date | None = attrs.field(default=None, validator=_calendar_day)
    speaker: str | None = attrs.field(default=None, validator=v.optional(v.instance_of(str)))
    differing: tuple[str, ...] = attrs.field(default=(), converter=_strings, validator=_str_tuple)
    possible_misquote: bool = attrs.field(default=False, validator=v.instance_of(bool))


@attrs.frozen
class QuoteCluster:
    """The same quotation reported by several documents.

    ``text`` is the reference wording (the one most reports give); ``members`` are the
    reports, earliest publication first (undated last); ``earliest`` is the first dated
    report, ``None`` when no report is dated.
    """

    text: str = attrs.field(validator=v.instance_of(str))
    members: tuple[ClusterMember, ...] = attrs.field(
        converter=_members, validator=v.deep_iterable(v.instance_of(ClusterMember))
    )
    earliest: ClusterMember | None = attrs.field(default=None, validator=v.optional(v.instance_of(ClusterMember)))

    def __attrs_post_init__(self) -> None:
        if self.earliest is not None and self.earliest not in self.members:
            raise ValueError("the earliest report must be one of the members")

    @property
    def documents(self) -> tuple[str, ...]:
        """The ids of the documents that report it, earliest first."""
        return tuple(dict.fromkeys(m.doc_id for m in self.members))

    @property
    def misquoted(self) -> tuple[ClusterMember, ...]:
        """The reports flagged as possible misquotes."""
        return tuple(m for m in self.members if m.possible_misquote)
