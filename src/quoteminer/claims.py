"""Claims: speech items + sentences → checkable quantities and claims.

Every speech item is a claim of its speaker; every sentence in the
journalist's own voice with a checkable quantity is a claim of the article.
Invariants:

- a quantity counts people, things or events, or measures money, shares or
  sizes; dates, years, clock times, durations, ages, ordinals, numbers inside
  names and model numbers are never quantities (docs/annotation.md);
- a number without a unit is a quantity only when its noun is elided and
  recoverable (``de 1 000 à 4 000 emplois``, ``2 000 des 3 550 soldats``,
  ``200 voix contre 50``, ``à 75 000 le nombre d'emplois``), or when it counts by
  itself (``plusieurs centaines``, ``300 millions``); it then takes the unit of the
  quantity it leans on, if any;
- every pattern is bounded, so scanning is linear in the text;
- a quantity's span runs from its qualifier to its unit, and indexes the original;
- with a part-of-speech lookup (``tags``), the unit must be a noun or a symbol and
  a number right after a proper noun is part of a name (``France 24``).
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, Iterator, Mapping

import attrs
import regex

from quoteminer.lang import LanguageData
from quoteminer.model import Qualifier, Quantity
from quoteminer.scanning import Starts

# Compiled once: the regex module's own cache costs more than the match on short strings.
_NUMERAL = regex.compile(r"\d+(?:[,.]\d+)?")
_WORD_SEPARATORS = regex.compile(r"[- ]+")

__all__ = ["Tagger", "find_quantities", "parse_number"]

#: The coarse part of speech of the word that starts at an offset, if known.
Tagger = Callable[[int], str | None]

_SP = r"[ \u00a0\u202f\u2009]"
_ONE_SPACE = regex.compile(_SP)
_NOT_NOUNS = frozenset({"VERB", "AUX", "ADP", "ADV", "DET", "PRON", "CCONJ", "SCONJ", "PUNCT", "NUM", "PART"})
# Small patterns of the post-processing, compiled once.
_SPACES = regex.compile(_SP + "+")
# read backwards from the end ((?r)): the same match as a forward search, which would try a word at every place
_WORD_BEFORE = regex.compile(rf"(?r)([\w'’\-]{{1,30}}){_SP}{{1,2}}$")
_YEAR = regex.compile(r"1[89]\d\d|20\d\d")
_DIGITS_ONLY = regex.compile(r"\d+")
_NOUN = r"(?P<w>[\w\-]{3,30})"


def _alternation(words: Iterable[str]) -> str:
    return "|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True))


def _phrase(phrase: str) -> str:
    """A pattern for a phrase: any space kind between words, either apostrophe."""
    return _SP.join(regex.escape(w) for w in phrase.split()).replace("'", "['’]")


def _choice(forms: Iterable[str]) -> str:
    """The phrases ``forms`` as alternatives, in the order given."""
    return "|".join(_phrase(f) for f in forms)


def _then_word(forms: Iterable[str]) -> str:
    """The phrases ``forms`` before a word: a space after each, but an elided form glues to it."""
    return "|".join(_phrase(f) + ("" if f.endswith("'") else _SP) for f in forms)


@attrs.frozen
class _Grammar:
    """The small patterns around a number, built once per language from its data."""

    word: regex.Pattern[str]  # the next word, after an optional partitive
    one_alone: regex.Pattern[str]  # "une seule"
    list_gap: regex.Pattern[str]  # ", et "
    range_start: regex.Pattern[str]  # "entre " before the lower bound
    range_gap: regex.Pattern[str]  # " à " between the bounds
    part_gap: regex.Pattern[str]  # " des " between a part and its whole
    part_noun: regex.Pattern[str]  # " des localités"
    count_noun: regex.Pattern[str]  # " le nombre d'emplois"
    compared_before: regex.Pattern[str]  # "contre " before the number
    compared_after: regex.Pattern[str]  # " de plus" after it
    told: regex.Pattern[str]  # "le nombre d'emplois menacés est de "


@functools.cache
def _grammar(lang: LanguageData) -> _Grammar:
    data = lang.numbers
    counted = rf"{_phrase(data.COUNT_NOUN)}{_SP}(?:{_then_word(data.COUNTED_PREPOSITIONS)}){_NOUN}"
    return _Grammar(
        word=regex.compile(rf"{_SP}{{1,2}}(?:{_then_word(data.PARTITIVE)})?(?P<w>[\w\-]{{1,30}})"),
        one_alone=regex.compile(
            rf"(?:{_choice(sorted(data.INDEFINITE_ARTICLES, key=len, reverse=True))}){_SP}"
            rf"(?:{_alternation(data.ALONE_FORMS)})\b",
            regex.IGNORECASE,
        ),
        list_gap=regex.compile(rf",?{_SP}{{0,2}}(?:{_choice(data.LIST_CONJUNCTIONS)})?{_SP}{{0,2}}"),
        range_start=regex.compile(rf"\b(?:{_choice(data.RANGE_OPENERS)}){_SP}$"),
        range_gap=regex.compile(rf"{_SP}(?:{_choice(data.RANGE_JOINERS)}){_SP}"),
        part_gap=regex.compile(rf"{_SP}(?:{_choice(data.PART_JOINERS)}){_SP}"),
        part_noun=regex.compile(rf"{_SP}{_phrase(data.PART_DETERMINER)}{_SP}{_NOUN}"),
        count_noun=regex.compile(rf"{_SP}{_phrase(data.COUNT_NOUN_DETERMINER)}{_SP}{counted}"),
        compared_before=regex.compile(rf"\b(?:{_choice(data.COMPARISON_BEFORE)}){_SP}$"),
        compared_after=regex.compile(rf"{_SP}(?:{_choice(data.COMPARISON_AFTER)})\b"),
        told=regex.compile(
            rf"\b{counted}[^.;]{{0,40}}?\b(?:{_choice(data.COUNT_VERBS)}){_SP}"
            rf"(?:{_choice(data.COUNT_VERB_PREPOSITIONS)}){_SP}$"
        ),
    )


# Where a quantity may begin. Its pattern never ends inside the word it begins in (a qualifier's
# word is followed by a space or ends in an apostrophe, a number by no word character), so it is
# tried only where a word it may begin with starts (``scanning.Starts``).
_BEFORE = r"(?<![\w\-/.,])"


@functools.cache
def _starts(lang: LanguageData) -> Starts:
    return Starts([_pattern(lang)], _BEFORE)


@functools.cache
def _pattern(lang: LanguageData) -> regex.Pattern[str]:
    data = lang.numbers
    words = _alternation(w for w in data.WORDS if w not in data.INDEFINITE_ARTICLES)
    quals = "|".join(_phrase(q) for q in sorted(data.QUALIFIERS, key=len, reverse=True))
    post = "|".join(_phrase(q) for q in sorted(data.POSTPOSED_QUALIFIERS, key=len, reverse=True))
    scales = _alternation(s for s in data.SCALES if len(s) > 2)
    digits = rf"\d{{1,3}}(?:{_SP}\d{{3}}){{1,4}}(?:,\d{{1,4}})?|\d{{1,12}}(?:[,.]\d{{1,4}})?"
    articles = sorted(data.INDEFINITE_ARTICLES, key=lambda w: (len(w), w))
    joiners = _choice(sorted(data.NUMBER_JOINERS))
    word_number = rf"(?:{words})(?:[- ](?:(?:{joiners})[- ](?:{_choice(articles)}|{words})|{words})){{0,4}}"
    number = (
        rf"(?P<approx>(?:{_choice(data.APPROXIMATE_DETERMINERS)}){_SP}(?:{_alternation(data.APPROXIMATE)}))"
        rf"|(?P<plural>(?:(?:{_choice(data.PLURAL_DETERMINERS)}){_SP})?(?:{_alternation(data.PLURAL_APPROXIMATE)}))"
        rf"|(?P<digits>{digits})"
        rf"|(?P<one>{_choice(reversed(articles))})"
        rf"|(?P<words>{word_number})"
    )
    return regex.compile(
        rf"{_BEFORE}(?:(?P<qual>{quals})(?:{_SP}{{1,2}}|(?<=['’])))?"
        rf"(?:{number})(?:(?P<glued>(?:{_alternation(data.GLUED_UNITS)})(?:/\w{{1,5}})?)(?!\w)|(?!\w))"
        rf"(?:{_SP}(?P<scale>{scales})(?!\w))?"
        rf"(?P<unitpart>{_SP}?(?P<sym>%|{_alternation(data.CURRENCY_SYMBOLS)})(?:{_SP}(?:{_choice(data.SHARE_BASES)})\b)?"
        rf"|{_SP}(?:\(\w{{1,20}}(?:{_SP}\w{{1,20}}){{0,2}}\){_SP})?(?:{_then_word(data.PARTITIVE)})?"
        rf"(?P<unit>[\w\-]{{1,30}}(?:/\w{{1,5}})?))?"
        # looked at, not consumed: the words after may begin the next quantity
        rf"(?=(?P<rate>{_SP}{_phrase(data.RATE_PREPOSITION)}{_SP}[\w\-]{{1,20}}))?"
        rf"(?=(?P<post>{_SP}(?:{post})\b(?![ \u00a0\u202f\u2009]{{1,2}}\d)))?",
        regex.IGNORECASE,
    )


def parse_number(text: str, lang: LanguageData) -> float | None:
    """Value of a French number: ``2 500`` → 2500, ``2,5`` → 2.5, ``trente-deux`` → 32."""
    raw = _ONE_SPACE.sub("", text.strip().lower())
    if _NUMERAL.fullmatch(raw):
        return float(raw.replace(",", "."))
    parts = _WORD_SEPARATORS.split(text.strip().lower())
    total = 0
    current = 0
    for part in parts:
        if part in lang.numbers.NUMBER_JOINERS:
            continue
        if part not in lang.numbers.WORDS:
            return None
        value = lang.numbers.WORDS[part]
        if value == 100:
            current = (current or 1) * 100
        elif value == 1000:
            total += (current or 1) * 1000
            current = 0
        elif part in lang.numbers.TWENTY_FORMS and current == lang.numbers.TWENTY_MULTIPLICAND:
            current *= 20  # quatre-vingt(s)
        else:
            current += value
    return float(total + current)


def _qualifier(phrase: str | None, table: Mapping[str, str]) -> Qualifier:
    if not phrase:
        return Qualifier.EXACT
    key = _SPACES.sub(" ", phrase.lower()).replace("’", "'").strip(" ,")
    return Qualifier(table.get(key, "exact"))


@attrs.define
class _Candidate:
    start: int
    end: int
    value: float
    unit: str | None
    qualifier: Qualifier
    counts_alone: bool  # an approximate noun or a scale: a count even without a unit
    one: bool  # "un"/"une" without a qualifier or a scale


def _word_before(text: str, start: int, lo: int) -> tuple[str, int]:
    """The word right before ``start`` (separated by spaces only) and where it starts."""
    m = _WORD_BEFORE.search(text, max(lo, start - 40), start)  # (nothing before the window read)
    return (m.group(1), m.start(1)) if m else ("", -1)


def _year(text: str, m: regex.Match[str], lo: int, unit: str | None, lang: LanguageData) -> bool:
    """A four-digit number from 1800 to 2099 written without a space is a year after ``en``, a
    month…, or when no plural noun follows it (a count above one takes a plural: ``2000
    personnes`` but ``les primaires de 2008 face à …``)."""
    digits = m.group("digits")
    if not digits or not _YEAR.fullmatch(digits) or m.group("sym") or m.group("qual"):
        return False
    word = _word_before(text, m.start(), lo)[0].lower().replace("’", "'")
    data = lang.numbers
    if word in data.YEAR_CONTEXT or word in data.TIME_UNITS or word.split("'")[-1] in data.YEAR_NOUNS:
        return True
    return unit is None or not unit.lower().endswith(("s", "x", "z"))


def _in_name(text: str, m: regex.Match[str], lo: int, tags: Tagger | None, lang: LanguageData) -> bool:
    """``France 24``, ``Falcon 9``, ``une 2 CV``, ``billets de 5 euros``, ``version 12.10``: not an amount."""
    if m.group("qual"):
        return False
    word, at = _word_before(text, m.start(), lo)
    if word.lower() in lang.numbers.INDEFINITE_ARTICLES and (m.group("digits") or m.group("words")):
        return True  # an indefinite article before a number names a model: "une 2 CV"
    if (
        word.lower() == lang.numbers.DENOMINATION_PREPOSITION
        and _word_before(text, at, lo)[0].lower() in lang.numbers.DENOMINATION_NOUNS
    ):
        return True
    if word.lower() in lang.numbers.IDENTIFIER_NOUNS:
        return True  # "la version 12.10", "l'article 49": a number that names, not one that counts
    if not word or not word[0].isupper():
        return False
    if tags is not None:
        return tags(at) == "PROPN"
    before = text[max(lo, at - 4) : at].rstrip()
    return bool(before) and before[-1] not in ".!?…"  # a capitalised word inside a sentence


def _number_end(m: regex.Match[str]) -> int:
    if m.group("scale"):
        return m.end("scale")
    return max(m.end(g) for g in ("approx", "plural", "digits", "one", "words") if m.group(g))


def _unit(text: str, m: regex.Match[str], tags: Tagger | None, lang: LanguageData) -> tuple[str | None, int, bool]:
    """The counted noun after the number, where the quantity's span ends, and whether the noun is elided."""
    data = lang.numbers
    if m.group("sym"):
        return m.group("sym"), m.end("unitpart"), False
    if m.group("glued"):
        return m.group("glued"), m.end("glued"), False
    unit = m.group("unit")
    if unit is None:
        return None, _number_end(m), False
    low = unit.lower()
    tag = tags(m.start("unit")) if tags is not None else None
    if low in data.PRENOMINAL_ADJECTIVES or tag == "ADJ":
        # "deux nouveaux épisodes": the noun comes after the adjective
        nxt = _grammar(lang).word.match(text, m.end("unit"))
        noun = nxt.group("w") if nxt is not None else ""
        if (
            nxt is not None
            and noun.lower() not in data.NOT_UNITS
            and not noun[0].isdigit()
            and (tags(nxt.start("w")) if tags is not None else None) in (None, "NOUN", "PROPN")
        ):
            return noun, nxt.end("w"), False
        if low in data.PRENOMINAL_ADJECTIVES:
            return None, m.end("unit"), True  # "les 12 dernières", "deux autres": the noun is elided
        return None, _number_end(m), False
    if low in data.NOT_UNITS or (tag is not None and tag in _NOT_NOUNS) or _DIGITS_ONLY.fullmatch(low):
        return None, _number_end(m), False
    return unit, m.end("unit"), False


def _candidates(
    text: str, start: int, end: int, lang: LanguageData, tags: Tagger | None
) -> Iterator[tuple[_Candidate, bool]]:
    """Every number of the range with its unit and qualifier, and whether its noun is elided."""
    data = lang.numbers
    for m in _starts(lang).matches(text, start, end)[0]:
        qualifier = _qualifier(m.group("qual"), data.QUALIFIERS)
        value: float | None
        if m.group("approx"):
            value = float(data.APPROXIMATE[_ONE_SPACE.split(m.group("approx"))[-1].lower()])
            qualifier = Qualifier.APPROXIMATELY if qualifier is Qualifier.EXACT else qualifier
        elif m.group("plural"):
            value = float(data.PLURAL_APPROXIMATE[_ONE_SPACE.split(m.group("plural"))[-1].lower()])
            qualifier = Qualifier.AT_LEAST if qualifier is Qualifier.EXACT else qualifier
        elif m.group("digits"):
            value = parse_number(m.group("digits"), lang)
        elif m.group("one"):
            value = 1.0
        else:
            value = parse_number(m.group("words"), lang)
            reference = _word_before(text, m.start(), start)[0].lower() in data.REFERENCE_WORDS
            if value == 2 and reference and not m.group("qual"):
                continue  # "les deux hommes", "tous deux": a reference, not a count
        if value is None or _in_name(text, m, start, tags, lang):
            continue
        if m.group("scale"):
            value *= data.SCALES[m.group("scale").lower()]
        unit, q_end, elided = _unit(text, m, tags, lang)
        if _year(text, m, start, unit, lang):
            continue
        if unit is not None and (unit.lower() in data.TIME_UNITS or unit.lower().rstrip("s") in data.TIME_UNITS):
            continue  # a duration or a date: "trois ans", "le 11 septembre"
        if unit is not None and m.group("rate") and unit.lower() in data.RATE_UNITS and q_end == m.start("rate"):
            unit, q_end = unit + _SPACES.sub(" ", m.group("rate")), m.end("rate")
        if unit is not None and m.group("post") and q_end == m.start("post") and qualifier is Qualifier.EXACT:
            qualifier, q_end = _qualifier(m.group("post"), data.POSTPOSED_QUALIFIERS), m.end("post")
        one = bool(m.group("one")) and not (m.group("qual") or m.group("scale"))
        counts_alone = bool(m.group("approx") or m.group("plural") or m.group("scale"))
        yield _Candidate(m.start(), q_end, value, unit, qualifier, counts_alone, one), elided


def find_quantities(
    text: str, start: int, end: int, lang: LanguageData, tags: Tagger | None = None
) -> Iterator[Quantity]:
    """Checkable quantities in ``text[start:end]``, in order; ``tags`` gives parts of speech if known."""
    found = list(_candidates(text, start, end, lang, tags))
    grammar = _grammar(lang)
    kept: list[_Candidate] = []
    for i, (cand, elided) in enumerate(found):
        if cand.one and not _one_counts(text, cand, kept, grammar):
            continue
        if cand.unit is None and not cand.counts_alone:
            nxt = found[i + 1][0] if i + 1 < len(found) else None
            lean = _elided(text, cand, nxt, kept, elided, lang)
            if lean is None:
                continue
            cand = lean
        kept.append(cand)
    for cand in kept:
        yield Quantity(
            text=text[cand.start : cand.end],
            start=cand.start,
            end=cand.end,
            value=cand.value,
            unit=cand.unit,
            qualifier=cand.qualifier,
        )


def _one_counts(text: str, cand: _Candidate, kept: list[_Candidate], grammar: _Grammar) -> bool:
    """``un``/``une`` count only as ``une seule X`` or after another count: ``trois enfants et un père``."""
    if cand.unit is None:
        return False
    if grammar.one_alone.match(text, cand.start, cand.start + 12):
        return True
    if not kept:
        return False
    return bool(grammar.list_gap.fullmatch(text, kept[-1].end, cand.start)) if kept[-1].end <= cand.start else False


def _elided(
    text: str, cand: _Candidate, nxt: _Candidate | None, kept: list[_Candidate], elided: bool, lang: LanguageData
) -> _Candidate | None:
    """A bare number whose noun is elided, with the unit of the quantity it leans on; else None."""
    grammar = _grammar(lang)
    after = text[cand.end : cand.end + 40]
    before = text[max(0, cand.start - 12) : cand.start].lower()
    gap = text[cand.end : nxt.start] if nxt is not None and nxt.unit is not None else None
    # "de 1 000 à 4 000 emplois", "entre 100 et 150 mm": the lower bound of a range
    bound = grammar.range_start.search(before)
    if nxt is not None and gap is not None and grammar.range_gap.fullmatch(gap) and bound:
        if nxt.qualifier is Qualifier.EXACT:
            nxt.qualifier = Qualifier.AT_MOST
        qualifier = Qualifier.AT_LEAST if cand.qualifier is Qualifier.EXACT else cand.qualifier
        return attrs.evolve(cand, unit=nxt.unit, qualifier=qualifier)
    # "2 000 des 3 550 soldats", "556 postes sur 9 800": a part of a counted whole
    if nxt is not None and gap is not None and grammar.part_gap.fullmatch(gap):
        return attrs.evolve(cand, unit=nxt.unit)
    # "7 des localités"
    part = grammar.part_noun.match(after)
    if part is not None and not part.group("w")[0].isdigit() and part.group("w").lower() not in lang.numbers.NOT_UNITS:
        return attrs.evolve(cand, end=cand.end + part.end("w"), unit=part.group("w"))
    # "estime à 75 000 le nombre d'emplois"
    count = grammar.count_noun.match(after)
    if count is not None:
        return attrs.evolve(cand, unit=count.group("w"))
    # "200 voix contre 50", "… emplois menacés, contre 45 000 au mois de mai", "soit 33 de plus"
    compared = grammar.compared_before.search(before) or grammar.compared_after.match(after)
    if kept and kept[-1].unit is not None and compared:
        return attrs.evolve(cand, unit=kept[-1].unit)
    # "le nombre d'emplois menacés est de 75 000"
    told = grammar.told.search(text, max(0, cand.start - 100), cand.start)
    if told is not None:
        return attrs.evolve(cand, unit=told.group("w"))
    # "les 12 dernières", "deux autres": the noun is elided and not named here
    return cand if elided else None
