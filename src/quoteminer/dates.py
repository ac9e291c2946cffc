"""When: text + speech items + the publication date → the date each statement was made.

Three steps (ANNOTATION.md §5, docs/annotation.md "When"):

1. ``find``: one pass of the language's time grammar (``lang.dates.GRAMMAR``) over the
   text gives every time expression, its span and the id of the rule that read it;
2. ``resolve``: each is normalised against the publication date into a ``TimeValue``
   (a TIMEX3 value and the first and last day it covers); relative expressions
   (``hier``, ``mardi dernier``, ``le 7 avril``) need the publication date, absolute ones
   (``le 7 avril 2019``) do not;
3. ``date_items``: an expression dates a speech item when it attaches to its reporting
   verb or to the clause around it (``a déclaré dimanche``, ``Hier, le maire a annoncé
   que …``, ``dans un communiqué publié le 7 avril``), never when it lies inside the
   reported content (``a déclaré que l'offensive avait commencé le 4 avril``) or is a
   bound (``jusqu'au 30 juin``); a date then holds for the quotes of the same statement,
   for a quote continuing the same speaker in the same paragraph, and for what an article
   reports from an occasion it has dated (``L'audience s'est tenue hier matin``).

Invariants: offsets index the caller's string; nothing is ever dated by default (no
expression, no date: never the publication date); every date given carries the rule ids
that gave it (``when.*`` for the attachment, ``date.*`` for the reading); the grammar is
data, this module holds no word of any language.
"""

from __future__ import annotations

import bisect
import calendar
import datetime
import functools
import sys
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, Literal

import attrs
import regex
from spacy.attrs import LOWER
from spacy.tokens import Token

from quoteminer.content import Item, TokenIndex
from quoteminer.cues import past_participle_form, reporting_lemma
from quoteminer.items import Cover, finite
from quoteminer.lang import LanguageData
from quoteminer.model import Resolution, Speaker
from quoteminer.parse import column, fold, lower_lemmas, morph, string_ids
from quoteminer.persons import person_noun
from quoteminer.scanning import Starts

__all__ = [
    "Direction",
    "Expression",
    "TimeValue",
    "When",
    "as_date",
    "date_items",
    "direction_of",
    "find",
    "normalise",
]

#: Which way an expression that does not say points from the publication date: ``past``
#: (the latest such day on or before it), ``future`` (the earliest on or after), or
#: ``None`` (the nearest).
Direction = Literal["past", "future"] | None


def as_date(value: object, name: str = "published") -> datetime.date | None:
    """``value`` as a date: a ``date``, a ``datetime`` (its date), an ISO string, or None.

    Anything else, or a string that is not an ISO date, raises at once.
    """
    if value is None:
        return None
    if isinstance(value, datetime.datetime):
        return value.date()
    if isinstance(value, datetime.date):
        return value
    if isinstance(value, str):
        text = value.strip()
        try:
            return (
                datetime.date.fromisoformat(text[:10])
                if len(text) > 10 and text[10] in "T "
                else (datetime.date.fromisoformat(text))
            )
        except ValueError:
            raise ValueError(f"{name} must be an ISO date such as '2019-04-07', got {value!r}") from None
    raise TypeError(f"{name} must be a datetime.date, a datetime or an ISO date string, not {type(value).__name__}")


@attrs.frozen
class TimeValue:
    """What a time expression means: its TIMEX3 value and the days it covers.

    ``first``/``last`` are None for what no calendar day can stand for (``l'été`` in
    general: ``XXXX-SU``).
    """

    timex: str
    first: datetime.date | None = None
    last: datetime.date | None = None


@attrs.frozen
class Expression:
    """One time expression of the text: ``text == input[start:end]``."""

    text: str
    start: int
    end: int
    rule: str
    value: TimeValue | None  # None: it needs a publication date it does not have


@attrs.frozen
class When:
    """The date of one speech item and where it comes from."""

    value: TimeValue
    expression: Expression
    evidence: tuple[str, ...]


# -- the grammar --------------------------------------------------------------------


def _alternation(words: Iterable[str]) -> str:
    forms: set[str] = set()
    for word in words:
        for form in (word, fold(word)):
            forms.add(form)
    escaped = (
        regex.escape(w, special_only=True, literal_spaces=False).replace("'", "['’]").replace(r"\ ", " ")
        for w in sorted(forms, key=lambda w: (-len(w), w))
    )
    return "|".join(e.replace(" ", r"\s+") for e in escaped)


@functools.cache
def _grammar(lang: LanguageData) -> tuple[tuple[str, regex.Pattern[str]], ...]:
    data = lang.dates
    number_words = _alternation(lang.numbers.WORDS)
    fills = {
        "RELDAY": rf"(?P<relday>{_alternation(data.RELATIVE_DAYS)})",
        "DAYPHRASE": rf"(?P<dayphrase>{_alternation(data.DAY_PHRASES)})",
        "ANAPHORIC": rf"(?P<anaphoric>{_alternation(data.ANAPHORIC_DAYS)})",
        "WEEKDAY": rf"(?P<weekday>{_alternation(data.WEEKDAYS)})",
        "MONTH": rf"(?P<month>{_alternation(data.MONTHS)})(?!\w)",
        "DAYPART": rf"(?:{_alternation(data.DAY_PARTS)})",
        "MOD": rf"(?P<mod>{_alternation(data.PAST | data.NEXT)})",
        "THIS": rf"(?P<this>{_alternation(data.THIS)})",
        "UNIT": rf"(?P<unit>{_alternation(data.UNITS)})",
        "PART": rf"(?P<part>{_alternation(data.MONTH_PARTS)})",
        "SEASON": rf"(?P<season>{_alternation(data.SEASONS)})",
        "COUNT": rf"(?P<count>\d{{1,3}}|{number_words})",
        "AGOUNIT": rf"(?P<agounit>{_alternation(data.AGO_UNITS)})",
        "RECENT": rf"(?P<recent>{_alternation(data.RECENT)})",
        "NOW": rf"(?P<now>{_alternation(data.NOW)})",
        "YEARPART": rf"(?P<yearpart>{_alternation(data.YEAR_PARTS)})",
        "DAY": r"(?P<day>1er|0?[1-9]|[12]\d|3[01])(?!\d)",
        "YEAR": r"(?P<year>1[5-9]\d\d|20\d\d|'?\d\d)(?![\d.,]?\d)",
        "YEAR4": r"(?P<year>1[5-9]\d\d|20\d\d)(?![\d.,]?\d)",
        "DECADE": r"(?P<decade>(?:1[5-9]|20)?\d0)(?!\d)",
        "CENTURY": r"(?P<century>[IVX]{1,5})",
    }
    out = []
    for rule, template in data.GRAMMAR:
        body = regex.sub(r"\{([A-Z0-9]+)\}", lambda m: fills[m.group(1)], template.replace("'", "['’]"))
        out.append((rule, regex.compile(rf"{_BEFORE}(?:{body})(?![\w-])", regex.IGNORECASE)))
    return tuple(out)


# Every pattern of the grammar begins after _BEFORE and ends before no word character: each is
# tried only where a word it may begin with starts (``scanning.Starts``).
_BEFORE = r"(?<![\w'’-])"


@functools.cache
def _starts(lang: LanguageData) -> Starts:
    return Starts([pattern for _, pattern in _grammar(lang)], _BEFORE)


@attrs.frozen
class _Tables:
    """The word lists of the grammar, keyed by folded form, with what each word means."""

    relday: Mapping[str, int]
    anaphoric: Mapping[str, int]
    dayphrase: Mapping[str, int]
    weekday: Mapping[str, int]
    month: Mapping[str, int]
    mod: Mapping[str, str]  # "past" or "next"
    unit: Mapping[str, str]
    part: Mapping[str, tuple[int, int]]
    season: Mapping[str, str]
    agounit: Mapping[str, str]
    recent: Mapping[str, int]
    count: Mapping[str, int]


@functools.cache
def _tables(lang: LanguageData) -> _Tables:
    data = lang.dates

    def folded(table: Mapping[str, Any]) -> dict[str, Any]:
        return {fold(k): v for k, v in table.items()}

    mods = {**dict.fromkeys(data.PAST, "past"), **dict.fromkeys(data.NEXT, "next")}
    return _Tables(
        relday=folded(data.RELATIVE_DAYS),
        anaphoric=folded(data.ANAPHORIC_DAYS),
        dayphrase=folded(data.DAY_PHRASES),
        weekday=folded(data.WEEKDAYS),
        month=folded(data.MONTHS),
        mod=folded(mods),
        unit=folded(data.UNITS),
        part=folded(data.MONTH_PARTS),
        season=folded(data.SEASONS),
        agounit=folded(data.AGO_UNITS),
        recent=folded(data.RECENT),
        count=folded(lang.numbers.WORDS),
    )


@functools.cache
def _bounds(lang: LanguageData) -> regex.Pattern[str]:
    return regex.compile(rf"(?<![\w'’-])(?:{_alternation(lang.dates.BOUNDS)})\s*$", regex.IGNORECASE)


# -- reading one expression -----------------------------------------------------------

_SEASON_DAYS = {
    "SP": ((3, 21), (6, 20)),
    "SU": ((6, 21), (9, 22)),
    "FA": ((9, 23), (12, 20)),
    "WI": ((12, 21), (3, 20)),  # into the next year
}
_ROMAN = {"I": 1, "V": 5, "X": 10}


def _roman(text: str) -> int:
    total = 0
    values = [_ROMAN[c] for c in text.upper()]
    for i, v in enumerate(values):
        total += -v if i + 1 < len(values) and values[i + 1] > v else v
    return total


def _year(text: str, anchor: datetime.date | None) -> int:
    digits = text.lstrip("'’")
    if len(digits) == 4:
        return int(digits)
    n = int(digits)
    if anchor is None:
        return 2000 + n if n < 30 else 1900 + n
    # the century that puts the year nearest the publication date, a decade ahead at most
    candidates = [c + n for c in (1900, 2000, 2100)]
    return min((y for y in candidates if y <= anchor.year + 10), key=lambda y: abs(anchor.year - y))


def _last_day(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


def _day(d: datetime.date) -> TimeValue:
    return TimeValue(d.isoformat(), d, d)


def _month(year: int, month: int, lo: int = 1, hi: int = 31) -> TimeValue:
    last = _last_day(year, month)
    first = datetime.date(year, month, min(lo, last))
    return TimeValue(f"{year:04d}-{month:02d}", first, datetime.date(year, month, min(hi, last)))


def _whole_year(year: int) -> TimeValue:
    return TimeValue(f"{year:04d}", datetime.date(year, 1, 1), datetime.date(year, 12, 31))


def _choose(
    candidates: Sequence[datetime.date],
    anchor: datetime.date,
    mod: object,
    direction: Direction,
    last_of: dict[datetime.date, datetime.date] | None = None,
) -> datetime.date:
    """Among candidate starts, the one a modifier or the direction asks for."""
    ordered = sorted(candidates)
    end = (lambda c: last_of[c]) if last_of is not None else (lambda c: c)
    if mod == "past":
        before = [c for c in ordered if end(c) < anchor]
        return before[-1] if before else ordered[0]
    if mod == "next":
        after = [c for c in ordered if c > anchor]
        return after[0] if after else ordered[-1]
    if direction == "past":
        before = [c for c in ordered if c <= anchor]
        return before[-1] if before else ordered[0]
    if direction == "future":
        after = [c for c in ordered if end(c) >= anchor]
        return after[0] if after else ordered[-1]
    return min(ordered, key=lambda c: (abs((c - anchor).days), c))


def _resolve(
    match: regex.Match[str], anchor: datetime.date | None, direction: Direction, lang: LanguageData
) -> TimeValue | None:
    """The value of one match, read from the named groups it matched."""
    found = {k: v for k, v in match.groupdict().items() if v is not None}
    tables = _tables(lang)

    def key(name: str) -> str:
        return fold(" ".join(found[name].split()))

    mod = tables.mod.get(key("mod")) if "mod" in found else None
    if "now" in found:
        return _day(anchor) if anchor is not None else None
    if "day" in found and ("month" in found or "monthnum" in found):
        month = int(found["monthnum"]) if "monthnum" in found else tables.month[key("month")]
        day = 1 if found["day"].lower() == "1er" else int(found["day"])
        if "year" in found:
            year = _year(found["year"], anchor)
            return _day(datetime.date(year, month, day)) if day <= _last_day(year, month) else None
        if anchor is None:
            return None
        dates = [
            datetime.date(y, month, day)
            for y in (anchor.year - 1, anchor.year, anchor.year + 1)
            if day <= _last_day(y, month)
        ]
        if "weekday" in found:  # "dimanche 5 janvier": the year in which the 5th is a Sunday
            weekday = tables.weekday[key("weekday")]
            dates = [d for d in dates if d.weekday() == weekday] or dates
        return _day(_choose(dates, anchor, mod, direction)) if dates else None
    if "relday" in found or "dayphrase" in found:
        offset = tables.relday[key("relday")] if "relday" in found else tables.dayphrase[key("dayphrase")]
        return _day(anchor + datetime.timedelta(days=offset)) if anchor is not None else None
    if "weekday" in found and "day" in found:
        if anchor is None:
            return None
        # "samedi 12": the nearest 12th of a month that is a Saturday, on the side the verb says
        weekday, day = tables.weekday[key("weekday")], 1 if found["day"].lower() == "1er" else int(found["day"])
        index = anchor.year * 12 + anchor.month - 1
        dates = [
            datetime.date(i // 12, i % 12 + 1, day)
            for i in range(index - 1, index + 2)  # a day named by its weekday is near
            if day <= _last_day(i // 12, i % 12 + 1) and datetime.date(i // 12, i % 12 + 1, day).weekday() == weekday
        ]
        return _day(_choose(dates, anchor, mod, direction)) if dates else None
    if "weekday" in found:
        if anchor is None:
            return None
        shift = (anchor.weekday() - tables.weekday[key("weekday")]) % 7
        days = [anchor - datetime.timedelta(days=shift + 7 * k) for k in (-2, -1, 0, 1)]
        # a weekday with a verb in the present is one to come ("le conseil se réunit mardi")
        return _day(_choose(days, anchor, mod, direction or "future"))
    if "unit" in found:
        return _unit(tables.unit[key("unit")], mod, anchor, direction) if anchor is not None else None
    if "month" in found:
        month = tables.month[key("month")]
        lo, hi = tables.part[key("part")] if "part" in found else (1, 31)
        if "year" in found:
            return _month(_year(found["year"], anchor), month, lo, hi)
        if anchor is None:
            return None
        ends = {
            datetime.date(y, month, 1): datetime.date(y, month, _last_day(y, month))
            for y in (anchor.year - 1, anchor.year, anchor.year + 1)
        }
        if mod is None and direction is None and anchor.month == month:
            return _month(anchor.year, month, lo, hi)
        chosen = _choose(list(ends), anchor.replace(day=1) if mod else anchor, mod, direction, ends)
        return _month(chosen.year, month, lo, hi)
    if "yearpart" in found:
        if anchor is None:
            return None
        return _whole_year(anchor.year + (-1 if mod == "past" else 1 if mod == "next" else 0))
    if "season" in found:
        return _season(tables.season[key("season")], found, match, mod, anchor, direction)
    if "count" in found and "agounit" in found:
        if anchor is None:
            return None
        count = int(found["count"]) if found["count"].isdigit() else tables.count[key("count")]
        return _ago(anchor, count, tables.agounit[key("agounit")])
    if "recent" in found:
        if anchor is None:
            return None
        span = tables.recent[key("recent")]
        return TimeValue("PAST_REF", anchor - datetime.timedelta(days=span), anchor - datetime.timedelta(days=1))
    if "decade" in found:
        digits = found["decade"]
        start = int(digits) if len(digits) == 4 else _year(digits, anchor)
        return TimeValue(f"{start // 10:03d}X", datetime.date(start, 1, 1), datetime.date(start + 9, 12, 31))
    if "century" in found:
        hundreds = _roman(found["century"]) - 1
        if not 0 < hundreds < 30:
            return None
        first, last = datetime.date(hundreds * 100, 1, 1), datetime.date(hundreds * 100 + 99, 12, 31)
        return TimeValue(f"{hundreds:02d}XX", first, last)
    if "year" in found:
        return _whole_year(_year(found["year"], anchor))
    return None


def _unit(unit: str, mod: object, anchor: datetime.date, direction: Direction) -> TimeValue:
    step = -1 if mod == "past" else 1 if mod == "next" else 0
    if unit == "weekend" and mod is None and direction == "past" and anchor.weekday() < 5:
        step = -1  # "ce week-end" told of in the past, on a weekday: the one just gone
    if unit in ("week", "weekend"):
        monday = anchor - datetime.timedelta(days=anchor.weekday()) + datetime.timedelta(weeks=step)
        year, week, _ = monday.isocalendar()
        if unit == "weekend":
            saturday = monday + datetime.timedelta(days=5)
            return TimeValue(f"{year:04d}-W{week:02d}-WE", saturday, saturday + datetime.timedelta(days=1))
        return TimeValue(f"{year:04d}-W{week:02d}", monday, monday + datetime.timedelta(days=6))
    if unit == "month":
        index = anchor.year * 12 + anchor.month - 1 + step
        return _month(index // 12, index % 12 + 1)
    return _whole_year(anchor.year + step)


def _season(
    code: str,
    found: Mapping[str, str],
    match: regex.Match[str],
    mod: object,
    anchor: datetime.date | None,
    direction: Direction,
) -> TimeValue | None:
    (m1, d1), (m2, d2) = _SEASON_DAYS[code]

    def bounds(year: int) -> tuple[datetime.date, datetime.date]:
        return datetime.date(year, m1, d1), datetime.date(year + (m2 < m1), m2, d2)

    if "year" in found:
        year = _year(found["year"], anchor)
    elif (match.start("season") == match.start() and mod is None) or anchor is None:
        return TimeValue(f"XXXX-{code}")  # the season in general: no day stands for it
    else:
        starts = {bounds(y)[0]: bounds(y)[1] for y in (anchor.year - 1, anchor.year, anchor.year + 1)}
        if mod is None and direction is None:
            direction = "future"  # « à l'automne »: the one under way or to come
        year = _choose(list(starts), anchor, mod, direction, starts).year
    first, last = bounds(year)
    return TimeValue(f"{year:04d}-{code}", first, last)


def _ago(anchor: datetime.date, count: int, unit: str) -> TimeValue:
    if unit == "day":
        return _day(anchor - datetime.timedelta(days=count))
    if unit == "week":
        return _day(anchor - datetime.timedelta(weeks=count))
    if unit == "month":
        index = anchor.year * 12 + anchor.month - 1 - count
        return _month(index // 12, index % 12 + 1)
    return _whole_year(anchor.year - count)


# -- finding expressions ----------------------------------------------------------------


def _matches(text: str, lang: LanguageData) -> list[tuple[int, int, int, str, regex.Match[str]]]:
    """Every match of every rule, leftmost-longest first, overlaps removed."""
    found = [
        (m.start(), m.end(), order, rule, m)
        for order, ((rule, _), matches) in enumerate(zip(_grammar(lang), _starts(lang).matches(text), strict=True))
        for m in matches
    ]
    found.sort(key=lambda f: (f[0], -(f[1] - f[0]), f[2]))
    kept: list[tuple[int, int, int, str, regex.Match[str]]] = []
    for item in found:
        if not kept or item[0] >= kept[-1][1]:
            kept.append(item)
    return kept


def find(
    text: str, published: datetime.date | None, lang: LanguageData, direction: Direction = "past"
) -> list[Expression]:
    """Every time expression of ``text``, in order, read against ``published``; a day named
    from the day the text last dated (``le lendemain``) is read against that day."""
    out: list[Expression] = []
    last: datetime.date | None = None  # the day the text last dated
    for s, e, _, rule, m in _matches(text, lang):
        anaphoric = m.group("anaphoric") if "anaphoric" in m.re.groupindex else None
        if anaphoric is not None:
            offset = _tables(lang).anaphoric[fold(" ".join(anaphoric.split()))]
            value = _day(last + datetime.timedelta(days=offset)) if last is not None else None
        else:
            value = _resolve(m, published, direction, lang)
        if value is not None and value.first is not None and value.first == value.last:
            last = value.first
        out.append(Expression(text[s:e], s, e, rule, value))
    return out


def normalise(
    expression: str, published: datetime.date | None, lang: LanguageData, direction: Direction = "past"
) -> TimeValue | None:
    """The value of one whole time expression (``"mardi dernier"``), or None if it is not one.

    The expression must be read whole by one rule of the grammar (surrounding spaces and
    punctuation aside); ``direction`` says which way a weekday or a date without a year
    points when the expression does not say (``mardi`` with a past verb: the latest
    Tuesday on or before ``published``).
    """
    stripped = expression.strip(" \t\n,;.:")
    best: TimeValue | None = None
    for _rule, pattern in _grammar(lang):
        m = pattern.fullmatch(stripped)
        if m is not None:
            best = _resolve(m, published, direction, lang)
            if best is not None:
                return best
    return best


# -- tense --------------------------------------------------------------------------------

_VERBAL = frozenset({"VERB", "AUX"})


def direction_of(token: Token) -> Direction:
    """Which way the verb governing ``token`` points in time: a future or conditional verb
    (``fera``, ``devrait``), ``future``; a past one (``a déclaré``, ``annonçait``), ``past``;
    a present one, None. Read from the Universal Dependencies features of the parse."""
    verb: Token | None = token
    for _ in range(8):
        if verb is None or verb.pos_ in _VERBAL:
            break
        copula = next((c for c in verb.children if c.dep_ == "cop"), None)
        if copula is not None:
            verb = copula  # "Jean Glavany était samedi à Epinal": the parse makes the date the predicate
            break
        verb = verb.head if verb.head is not verb else None
    if verb is None or verb.pos_ not in _VERBAL:
        return None
    for _ in range(3):
        auxiliaries = [c for c in verb.children if c.dep_.startswith("aux")]
        if (
            verb.dep_ == "advcl"
            and verb.head is not verb
            and verb.head.pos_ in _VERBAL
            and not auxiliaries
            and not any(c.dep_.startswith("nsubj") or c.dep_ == "mark" for c in verb.children)
        ):
            # a reduced adjunct with no subject, no auxiliary, no conjunction ("Présent hier à la
            # cérémonie, le député a défendu …", the adjective tagged a verb): its governor's time
            verb = verb.head
            continue
        for word in (*auxiliaries, verb):
            if "Fut" in morph(word, "Tense") or "Cnd" in morph(word, "Mood"):
                return "future"
        tenses = [a for a in auxiliaries if a.dep_ != "aux:pass"]
        if tenses:
            return "past"  # a compound past: a déclaré, s'est dit, a été reçu
        passive = [a for a in auxiliaries if a.dep_ == "aux:pass" and a.pos_ == "AUX"]  # not a stray "-"
        tense = morph(passive[0], "Tense") if passive else morph(verb, "Tense")
        if "Past" in tense or "Imp" in tense:
            return "past"
        if "Pres" in tense:
            return None
        if verb.head is verb or verb.head.pos_ not in _VERBAL:
            return None
        verb = verb.head  # an infinitive or a participle: its governor's tense
    return None


# -- attaching dates to speech items ------------------------------------------------------

#: Dependencies that open a clause of its own: a time expression below one dates that clause.
_CLAUSES = frozenset({"acl", "acl:relcl", "advcl", "ccomp", "xcomp", "csubj", "parataxis", "conj"})
#: Dependencies by which a clause reports content of the verb above it.
_REPORTED = frozenset({"ccomp", "parataxis", "xcomp", "obj", "csubj"})


@attrs.define
class _Found:
    expression: Expression
    head: Token
    tokens: list[Token]
    piece: int  # id of the piece's doc, so that tokens of different pieces never meet
    direction: Direction  # of the verb it hangs on


def _head(tokens: Sequence[Token]) -> Token | None:
    inside = {t.i for t in tokens}
    for t in tokens:
        if t.head.i not in inside or t.head is t:
            return t
    return tokens[0] if tokens else None


def _reaches(start: Token, targets: Sequence[Token], lang: LanguageData) -> str | None:
    """Whether ``start`` hangs on one of ``targets`` without crossing into a clause of its own:
    ``when.verb``; or through the participle of a document (``un communiqué publié le 7``):
    ``when.channel``."""
    ids = {t.i for t in targets}
    # a date on a noun is that noun's: it dates the saying only on an occasion or a document
    # ("En marge du conseil municipal d'hier soir, …", "Le rapport de lundi affirme …"), not on
    # what the statement is about, its subject ("Les orages de dimanche ont rappelé au maire que …")
    if (
        start.dep_ == "nmod"
        and start.head.pos_ in ("NOUN", "PROPN")
        and start.head.dep_.startswith("nsubj")  # (a weekday the parse hangs on an object is the verb's)
        # joined to it by "de" ("Le ministre, lundi soir, a assuré …": a bare weekday is the verb's)
        and any(c.dep_ == "case" and c.lower_ in lang.syntax.DE for c in start.children)
        and start.head.i not in ids
        and start.head.lemma_.lower() not in _dating_nouns(lang)
    ):
        return None
    token = start
    rule = "when.verb"
    for _ in range(12):
        if token.i in ids:
            return rule
        if token.head is token:
            return None
        if token.dep_ in _CLAUSES:
            if (
                token.dep_ == "acl"
                and token.pos_ in _VERBAL
                and token.head.lemma_.lower() in lang.cues.DOCUMENT_NOUNS | lang.cues.FIGURE_NOUNS
            ):
                rule = "when.channel"
            elif token.dep_ == "acl:relcl" and _speaking_subject(token, ids, lang):
                rule = "when.speaking_relative"
            elif token.dep_ in ("acl", "advcl") and _reached_subject(token, ids, lang):
                rule = "when.reached"  # "Le sous-préfet, contacté hier, a assuré que …"
            elif token.dep_ in ("acl", "acl:relcl") and token.head.lemma_.lower() in lang.dates.OCCASION_NOUNS:
                rule = "when.occasion_clause"  # "lors de l'assemblée qui s'est tenue samedi"
            elif not (token.dep_ == "conj" and token.head.i in ids):
                return None  # "a confirmé hier … et a ajouté" shares its adverbial; other clauses do not
        token = token.head
    return None


@functools.cache
def _dating_nouns(lang: LanguageData) -> frozenset[str]:
    """Nouns a date on which dates what is said there: occasions of speech, documents, figures."""
    return frozenset(lang.dates.OCCASION_NOUNS | lang.cues.DOCUMENT_NOUNS | lang.cues.FIGURE_NOUNS)


def _speaking_subject(relative: Token, ids: set[int], lang: LanguageData) -> bool:
    """A relative clause of speaking on the reporting verb's subject: ``Le député, qui s'exprimait
    hier devant la presse, a assuré que …`` (the time of speaking is the statement's)."""
    subject = relative.head
    return (
        subject.dep_.startswith("nsubj")
        and subject.head.i in ids
        and relative.pos_ in _VERBAL
        and reporting_lemma(relative, lang) is not None
    )


def _reached_subject(participle: Token, ids: set[int], lang: LanguageData) -> bool:
    """A participle of being reached by the paper on the reporting verb's subject: ``Le
    sous-préfet, contacté hier, a assuré que …`` (the day the paper reached the speaker is the
    statement's). The parse hangs the participle on the subject or on the verb."""
    if participle.lower_ not in lang.dates.INTERVIEW_PARTICIPLES:
        return False
    head = participle.head
    return head.i in ids if participle.dep_ == "advcl" else head.dep_.startswith("nsubj") and head.head.i in ids


def _linear(found: _Found, cue_token: Token, sent_start: Token, lang: LanguageData) -> str | None:
    """Attachment by position when the parse hangs the expression elsewhere: right after the
    reporting verb (``a déclaré mercredi``, ``a-t-on annoncé hier``), or opening the sentence
    before a comma (``Hier soir, un conseiller a indiqué que …``)."""
    tokens = found.tokens
    first, last = tokens[0], tokens[-1]
    doc = cue_token.doc
    gap = doc[cue_token.i + 1 : first.i]
    if first.i > cue_token.i and len(gap) <= 2 and all(t.pos_ in ("PRON", "ADV") for t in gap):
        return "when.verb"
    if cue_token.i > last.i and _fronted(found, sent_start, cue_token.i, lang):
        return "when.sentence"
    return None


def _fronted(found: _Found, sent_start: Token, before: int, lang: LanguageData) -> bool:
    """The expression stands in the phrase that opens the sentence, set off by a comma before
    ``before``, with no verb of its own (``Hier soir, …``, ``Invité hier sur TF1, …``, ``Lors de
    la réunion de mardi, …``)."""
    tokens = found.tokens
    doc = tokens[0].doc
    opening = doc[sent_start.i : tokens[0].i]
    if any(t.text == "," for t in opening):
        return False
    comma = next((t for t in doc[tokens[-1].i + 1 : before] if t.text == ","), None)
    if comma is None:
        return False
    # a past participle the tagger read as a finite verb opening the sentence ("Invité dimanche
    # du Grand Jury RTL, …" tagged an imperative) is the phrase's participle, not a clause's verb
    return not any(finite(t) and not past_participle_form(t, lang) for t in doc[sent_start.i : comma.i])


def _governors(token: Token, cue_tokens: set[int]) -> list[Token]:
    """The reporting verbs above ``token`` whose content holds it (``les autorités espèrent que
    …, a indiqué jeudi la secrétaire``): their date is the date of what they report."""
    out = []
    current = token
    for _ in range(6):
        if current.head is current or current.dep_ not in _REPORTED | {"conj"}:
            break
        current = current.head
        if current.i in cue_tokens:
            out.append(current)
    return out


def _occasion(found: _Found, lang: LanguageData) -> bool:
    """Whether the expression dates an occasion of speech in the journalist's voice: its clause
    (or the phrase it modifies) holds an occasion noun (``a effectué une rentrée politique, hier``,
    ``L'audience s'est tenue hier``, ``lors de la réunion de mardi``)."""
    nouns = lang.dates.OCCASION_NOUNS
    inside = {t.i for t in found.tokens}
    # a noun the parse hung on the expression itself ("a présenté vendredi soir ses vœux")
    near = [c for t in found.tokens for c in t.children if c.dep_ == "nmod" and c.i not in inside]
    token = found.head
    for _ in range(6):
        if token.lemma_.lower() in nouns and token.i not in inside:  # "dans la soirée": no occasion of its own
            return True
        if token.pos_ in _VERBAL or any(c.dep_ == "cop" for c in token.children):
            # its subject, object or obliques, or the noun of an adverbial phrase ("lors de l'assemblée")
            near += [c for c in token.children if c.dep_ in _OCCASION_DEPS]
            near += [g for c in token.children if c.dep_ == "advmod" for g in c.children if g.dep_ in _OCCASION_DEPS]
            # the noun of a compound preposition ("au cours d'une conférence de presse", "à l'issue du match")
            near += [g for c in token.children if c.dep_ in _OCCASION_DEPS for g in c.children if g.dep_ == "nmod"]
            verbs = lang.dates.OCCASION_VERBS
            if _acting_people(token, lang):  # "les salariés ont débrayé", not "le compte a été bloqué"
                verbs = verbs | lang.dates.COLLECTIVE_ACTION_VERBS
            # or the clause's purpose ("était samedi à Epinal pour rencontrer les éleveurs")
            purpose = any(c.dep_ in ("advcl", "xcomp") and c.lemma_.lower() in verbs for c in token.children)
            return (
                token.lemma_.lower() in verbs
                or purpose
                or any(c.lemma_.lower() in nouns and c.i not in inside for c in near)
            )
        if token.head is token:
            return False
        token = token.head
    return False


def _acting_people(verb: Token, lang: LanguageData) -> bool:
    """Whether the verb has an active subject (``nsubj``, not ``nsubj:pass``) that names people or
    a group: a pronoun, a name, a person noun, an organisation or a group (``une centaine de
    salariés``: the people counted). A verb coordinated to another shares its subject."""
    for _ in range(3):
        if any(c.dep_.startswith("nsubj") for c in verb.children) or verb.dep_ != "conj":
            break
        verb = verb.head  # "ont débrayé puis occupé l'atelier"
    roles = lang.roles
    for subject in (c for c in verb.children if c.dep_ == "nsubj"):
        counted = subject.lemma_.lower() in lang.cues.COUNTING_NOUNS
        nouns = [subject, *(n for n in subject.children if n.dep_ == "nmod" and counted)]
        if any(
            n.pos_ in ("PRON", "PROPN")
            or n.ent_type_ in ("PER", "ORG")
            or (
                n.pos_ == "NOUN"
                and (
                    person_noun(n, lang)
                    or n.lemma_.lower() in roles.ORGANIZATION_NOUNS
                    or n.lower_ in roles.GROUP_NOUNS
                )
            )
            for n in nouns
        ):
            return True
    return False


def _moment(expression: Expression) -> bool:
    """Whether the expression names a moment an occasion can take: a day, or a few days (a
    weekend, ``du 3 au 5 avril``, a week: ``la semaine dernière``), not a month or a year
    (``le championnat 2003``)."""
    value = expression.value
    if value is None or value.first is None or value.last is None:
        return False
    return (value.last - value.first).days <= _OCCASION_DAYS


#: The longest an occasion of speech lasts, in days after its first (a congress, a festival; the
#: week a text gives for one, ``La semaine dernière, les viticulteurs ont manifesté``).
_OCCASION_DAYS = 6

_OCCASION_DEPS = frozenset({"nsubj", "nsubj:pass", "obj", "obl", "obl:mod", "obl:arg"})


def date_items(
    text: str,
    items: Sequence[Item],
    speakers: Mapping[int, Speaker],
    index: TokenIndex,
    published: datetime.date | None,
    lang: LanguageData,
) -> dict[int, When]:
    """The date of each speech item that the text dates (by ``id(item)``)."""
    if not any(i.kind.is_speech for i in items):
        return {}  # no speech item to date: the grammar need not read the text
    expressions = [
        e
        for e in find(text, published, lang)
        if e.value is not None
        and e.value.first is not None
        and (published is None or e.value.first <= published)  # nothing is said after it is printed
    ]
    if not expressions:
        return {}
    bounds = _bounds(lang)
    parts = _parts_of_the_day(lang)
    found: list[_Found] = []
    for e in expressions:
        if e.rule == "date.now" or bounds.search(text, max(0, e.start - 30), e.start):
            continue  # "désormais", "jusqu'au 30 juin", "depuis mardi": no moment of speech
        located = index.at(e.start)
        tokens = [t for t in index.within(e.start, e.end) if not t.is_space]
        head = _head(tokens)
        if head is None or located is None:
            continue
        way = direction_of(head)
        if way == "future":
            continue  # "y reviendra le 7 novembre": what is to come dates no statement
        piece = id(located[0].doc)
        if fold(" ".join(e.text.split())) in parts:
            # "dans la soirée": of the day of an event of the story in this sentence or the one before
            # (none: "Le pont, inauguré le 3 mars 1962, … dans la soirée", a statement of no known day)
            e = attrs.evolve(e, value=_story_day(found, head, piece))
        found.append(_Found(e, head, tokens, piece, way))
    if not found:
        return {}
    speech = [i for i in items if i.kind.is_speech]
    # the quotations with their marks, asked whether one holds an offset (a lookup, not a walk
    # over every quotation of the document for each expression near each item)
    quoted = Cover(
        [
            (i.span.open_offset if i.span.open_offset is not None else i.start, i.span.close_offset or i.end)
            for i in items
            if i.span is not None
        ]
    )
    cue_tokens: dict[int, set[int]] = {}
    for item in speech:
        if item.cue is not None:
            cue_tokens.setdefault(id(item.cue.piece.doc), set()).add(item.cue.token.i)
    starts = [f.expression.start for f in found]
    out: dict[int, When] = {}
    undated: set[int] = set()  # the items dated by a part of the day of no known day
    stated: list[_Found] = []  # the expressions that dated a statement of their own sentence
    for item in speech:
        cue = item.cue
        if cue is None:
            continue
        doc_key = id(cue.piece.doc)
        sent = cue.sent
        lo, hi = index.start(cue.piece, sent[0]), index.end(cue.piece, sent[-1])
        targets = [cue.token, *_governors(cue.token, cue_tokens.get(doc_key, set()))]
        verb = cue.token  # the last word of the cue: "savoir" of "a fait savoir hier soir"
        if cue.rule == "cue.expr.faire" and verb.i + 1 < sent.end:
            verb = verb.doc[verb.i + 1]
            targets.append(verb)
        if cue.token.dep_ == "case":
            targets.append(cue.token.head)  # "selon les chiffres publiés hier": the source phrase
        elif cue.token.pos_ == "PUNCT":
            targets.append(sent.root)  # "Hier, le maire a dressé le bilan : « … »": the clause before the colon
        best: tuple[int, _Found, str] | None = None
        for f in found[bisect.bisect_left(starts, lo) : bisect.bisect_left(starts, hi)]:
            e = f.expression
            if f.piece != doc_key or item.start <= e.start < item.end:
                continue  # inside the reported content: the events', not the statement's date
            if quoted.holds(e.start, e.start + 1):
                continue  # inside a quotation ("s <= e.start < t" for one of them)
            rule = _reaches(f.head, targets, lang) or _linear(f, verb, sent[0], lang)
            if rule is None:
                continue
            distance = abs(f.head.i - cue.token.i)
            if best is None or distance < best[0]:
                best = (distance, f, rule)
        if best is not None and best[1].expression.value is None:
            undated.add(id(item))  # said at a part of a day the text does not date
        elif best is not None:
            _, f, rule = best
            assert f.expression.value is not None
            out[id(item)] = When(f.expression.value, f.expression, (rule, f.expression.rule))
            stated.append(f)
    dated = [f for f in found if f.expression.value is not None]
    scenes = _Scenes(_scene(dated, speech, stated, lang), dated, published, index)
    _carry(speech, speakers, index, out, undated, scenes, lang)
    return out


@functools.cache
def _parts_of_the_day(lang: LanguageData) -> frozenset[str]:
    return frozenset(fold(p) for p in lang.dates.PARTS_OF_THE_DAY)


def _story_day(found: Sequence[_Found], head: Token, piece: int) -> TimeValue | None:
    """The day a part of the day standing alone (``dans la soirée``) is of: the last day dated
    before it, in its sentence or the one before, by an event of the story, not by a clause
    of the background that describes a noun or opens the sentence as a bare participle (``Le
    pont, inauguré le 3 mars 1962, …``, ``Inauguré le 3 mars 1962, le pont …``)."""
    sent = head.sent
    for f in reversed(found):
        other = f.head.sent
        if f.piece != piece or (other.start != sent.start and other.end != sent.start):
            return None  # found is in the order of the text: every earlier one is further back
        value = f.expression.value
        if value is not None and value.first is not None and value.first == value.last and not _background(f.head):
            return value
    return None


def _background(token: Token) -> bool:
    """Whether a time expression stands in a clause of the background: a clause describing a noun
    (a participle, a relative: ``le pont, inauguré le 3 mars 1962``, ``l'usine, qui a fermé le 2
    mai``), or a bare participle opening the sentence (``Inauguré le 3 mars 1962, le pont …``)."""
    for _ in range(8):
        if token.pos_ in _VERBAL or token.head is token:
            break
        token = token.head
    if token.dep_ in ("acl", "acl:relcl"):
        return True
    bare = not any(c.dep_.startswith("aux") for c in token.children)
    return token.dep_ == "advcl" and bare and "Part" in morph(token, "VerbForm")


def _scene(
    found: Sequence[_Found], speech: Sequence[Item], stated: Sequence[_Found], lang: LanguageData
) -> list[tuple[int, int, _Found]]:
    """Where a dated occasion holds, as (start, end, expression): from a dated event in the
    journalist's voice that is an occasion of speech (``Pierre Moscovici a effectué une rentrée
    politique, hier``, ``Le conseil municipal s'est réuni mardi``) up to the next dated occasion
    on another day (a change of scene), or the next statement the text dates to a later day
    (``Le tribunal a annulé le 3 octobre le permis. Vendredi, le promoteur a annoncé …``).
    A date of the background in between (``Fondé en 1962, le club …``, ``Le 12 janvier, il
    avait percuté …``) tells of other events, not of another scene."""
    spoken = Cover([(i.start, i.end) for i in speech])  # a lookup per expression, not a walk: linear overall
    events = [
        f
        for f in found
        if f.direction == "past"  # what has taken place, in the journalist's voice
        and not spoken.holds(f.expression.start, f.expression.start + 1)
    ]
    occasions = [f for f in events if _moment(f.expression) and _occasion(f, lang)]
    out = []
    for k, f in enumerate(occasions):
        value = f.expression.value
        assert value is not None and value.last is not None
        end = next((e.expression.start for e in occasions[k + 1 :] if e.expression.value != value), sys.maxsize)
        later = (
            e.expression.start
            for e in stated
            if f.expression.start < e.expression.start < end
            and e.expression.value is not None
            and e.expression.value.first is not None
            and e.expression.value.first > value.last
        )
        out.append((f.expression.start, min(later, default=end), f))
    return out


@attrs.define
class _Scenes:
    """The dated occasions of a text, and what tells a quote inside one's span from the
    occasion: another date of its own sentence, the time of its verb."""

    spans: Sequence[tuple[int, int, _Found]]  # in order of their start
    found: Sequence[_Found]  # in order of their expression's start
    published: datetime.date | None
    index: TokenIndex
    span_starts: list[int] = attrs.field(init=False)
    found_starts: list[int] = attrs.field(init=False)

    def __attrs_post_init__(self) -> None:
        self.span_starts = [lo for lo, _, _ in self.spans]
        self.found_starts = [f.expression.start for f in self.found]

    def at(self, item: Item) -> _Found | None:
        """The occasion a quote was said at, if the text places it at one."""
        # the latest scene to open before the quote holds it if any does: a scene ends where
        # another opens on another day
        k = bisect.bisect_right(self.span_starts, item.start) - 1
        scene = self.spans[k][2] if k >= 0 and item.start < self.spans[k][1] else None
        cue = item.cue
        if scene is None or cue is None:
            return scene
        value = scene.expression.value
        assert value is not None and value.first is not None
        sent = cue.sent
        lo, hi = self.index.start(cue.piece, sent[0]), self.index.end(cue.piece, sent[-1])
        here = self.found[bisect.bisect_left(self.found_starts, lo) : bisect.bisect_left(self.found_starts, hi)]
        if any(f.direction == "past" and f.expression.value != value for f in here):
            return None  # "Mais déjà en mai 1999, … qui lui avait rétorqué : « … »": a sentence dated otherwise
        recent = self.published is not None and (self.published - value.first).days <= _RECENT_DAYS
        if direction_of(cue.token) is None and not recent:
            return None  # "X se souvient : « … »" long after the occasion: said now, not then
        if _pluperfect(cue.token) and not _pluperfect(_clause_verb(scene.head)):
            return None  # "« … », avait affirmé l'architecte" after a scene told in the past: said before it
        return scene


def _clause_verb(token: Token) -> Token:
    """The verb of the clause ``token`` stands in (itself if it is one)."""
    for _ in range(6):
        if token.pos_ in _VERBAL or token.head is token:
            return token
        token = token.head
    return token


def _pluperfect(verb: Token) -> bool:
    """Whether the verb is in a compound tense whose auxiliary is in the imperfect (``avait
    affirmé``, ``s'était dit``): a time before the one the text tells."""
    return any(c.dep_ in ("aux", "aux:tense") and "Imp" in morph(c, "Tense") for c in verb.children)


#: How long before publication a dated occasion still holds for a quote in the present
#: (``explique le président`` the day after the meeting), in days.
_RECENT_DAYS = 7


def _carry(
    speech: Sequence[Item],
    speakers: Mapping[int, Speaker],
    index: TokenIndex,
    out: dict[int, When],
    undated: set[int],
    scenes: _Scenes,
    lang: LanguageData,
) -> None:
    """A date given once holds for the quotes of the same statement (``when.same_statement``),
    a quote continuing the same speaker in the same paragraph (``when.same_speaker``), a later
    statement of a document dated earlier (``when.same_document``: ``Ce même sondage révèle
    …``) and what the article goes on reporting from a dated occasion (``when.occasion``); not
    to an item in ``undated`` (said at a part of a day of no known day)."""
    by_cue: dict[int, When] = {}
    for item in speech:
        if item.cue is not None and id(item) in out:
            by_cue.setdefault(id(item.cue), out[id(item)])
    documents = lang.cues.DOCUMENT_NOUNS
    previous: tuple[int, str | None, When | None, int] | None = None  # (paragraph, speaker, date, end) of the last item
    document: When | None = None  # the last document dated through its publication
    for item in speech:
        key = id(item)
        paragraph = index.paragraph_start(item.start)
        speaker = speakers.get(key)
        name = speaker.name if speaker is not None else None
        cue = item.cue
        source = cue.speaker_token if cue is not None else None
        if key not in out and key not in undated:
            same = by_cue.get(id(cue)) if cue is not None else None
            scene = scenes.at(item)
            occasion = _at_occasion(scene) if scene is not None else None
            if same is not None:
                out[key] = _carried(same, "when.same_statement")
            elif _reached(item, lang):
                pass  # said to the paper: neither the occasion's date nor the previous quote's
            elif (
                occasion is not None
                and previous is not None
                and previous[2] is not None
                and occasion.expression.start >= previous[3]
                and occasion.value != previous[2].value
            ):
                out[key] = occasion  # an occasion dated between the previous quote and this one: a change of scene
            elif document is not None and source is not None and source.lemma_.lower() in documents:
                out[key] = _carried(document, "when.same_document")  # the more telling: the same document
            elif (
                previous is not None
                and previous[2] is not None
                and previous[0] == paragraph
                and (name == previous[1] or cue is None or (speaker is not None and speaker.resolution in _TAKEN_UP))
            ):
                out[key] = _carried(previous[2], "when.same_speaker")
            elif (
                previous is not None
                and previous[2] is not None
                and speaker is not None
                and speaker.resolution is Resolution.PRONOUN
                and name == previous[1]
                and not index.view.original[previous[3] : paragraph].strip("\n\r\u2028\u2029 ").count("\n")
                and "\n" in index.view.original[previous[3] : paragraph]
            ):
                # the next paragraph goes on with the same speaker, taken up by a pronoun
                out[key] = _carried(previous[2], "when.next_paragraph")
            elif occasion is not None:
                out[key] = occasion
        when = out.get(key)
        if when is not None and "when.channel" in when.evidence:
            document = when
        previous = (paragraph, name, when, item.end)


def _at_occasion(scene: _Found) -> When:
    """The date of a quote said at a dated occasion: the occasion's (``when.occasion``)."""
    assert scene.expression.value is not None
    return When(scene.expression.value, scene.expression, ("when.occasion", scene.expression.rule))


def _reached(item: Item, lang: LanguageData) -> bool:
    """Whether the cue's sentence says the item came otherwise than at the occasion: to the paper
    (``Celui-ci, joint par téléphone, assure que …``) or through a channel of its own (``Dans un
    communiqué, l'association estime …``, ``sur son blog``)."""
    cue = item.cue
    if cue is None:
        return False
    data = lang.dates
    sent = cue.sent
    doc = sent.doc
    # each token's word and lemma read from the Doc's arrays, a Token built only for a channel noun
    lowers, participles = column(doc, LOWER), _participles(lang)
    return any(
        lowers[i] in participles
        or (
            lemma in data.CHANNEL_NOUNS
            and any(c.dep_ == "case" and c.lower_ in data.CHANNEL_PREPOSITIONS for c in doc[i].children)
        )
        for i, lemma in enumerate(lower_lemmas(doc, sent.start, sent.end), sent.start)
    )


@functools.cache
def _participles(lang: LanguageData) -> frozenset[int]:
    return string_ids(lang.dates.INTERVIEW_PARTICIPLES)


#: Speakers found by taking up an earlier mention: in the same paragraph, most often the
#: previous speaker, whatever name the resolution gave.
_TAKEN_UP = frozenset({Resolution.PRONOUN, Resolution.INHERITED})


def _carried(when: When, rule: str) -> When:
    return When(when.value, when.expression, (rule, *when.evidence))
