"""Claims: speech items + sentences → checkable quantities and claims.

Every speech item is a claim of its speaker; every sentence in the
journalist's own voice with a checkable quantity is a claim of the article.
Invariants:

- a quantity counts people, things or events, or measures money, shares or
  sizes; dates, years, clock times, durations, ages, ordinals and numbers inside
  names are never quantities (docs/annotation.md);
- every pattern is bounded, so scanning is linear in the text;
- a quantity's span runs from its qualifier to its unit, and indexes the original.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator

import regex

from quoteminer.lang import LanguageData
from quoteminer.model import Qualifier, Quantity

__all__ = ["find_quantities", "parse_number"]

_SP = r"[ \u00a0\u202f\u2009]"


@functools.cache
def _pattern(lang: LanguageData) -> regex.Pattern[str]:
    data = lang.numbers
    words = "|".join(sorted((w for w in data.WORDS if w not in ("un", "une")), key=len, reverse=True))
    approx = "|".join(sorted(data.APPROXIMATE, key=len, reverse=True))
    plural = "|".join(sorted(data.PLURAL_APPROXIMATE, key=len, reverse=True))
    quals = "|".join(regex.escape(q).replace(r"\ ", _SP) for q in sorted(data.QUALIFIERS, key=len, reverse=True))
    scales = "|".join(sorted((s for s in data.SCALES if len(s) > 2), key=len, reverse=True))
    digits = rf"\d{{1,3}}(?:{_SP}\d{{3}}){{1,4}}(?:,\d{{1,4}})?|\d{{1,12}}(?:[,.]\d{{1,4}})?"
    word_number = rf"(?:{words})(?:[- ](?:et[- ])?(?:{words})){{0,4}}"
    number = (
        rf"(?P<approx>une{_SP}(?:{approx}))"
        rf"|(?P<plural>(?:des|plusieurs|quelques){_SP}(?:{plural}))"
        rf"|(?P<digits>{digits})"
        rf"|(?P<words>{word_number})"
    )
    number = rf"(?:{number})(?!\w)"
    return regex.compile(
        rf"(?<![\w\-/.,])(?:(?P<qual>{quals}){_SP}{{1,2}})?{number}"
        rf"(?:{_SP}(?P<scale>{scales}))?"
        rf"(?P<unitpart>{_SP}?%|{_SP}(?:\(\w{{1,20}}(?:{_SP}\w{{1,20}}){{0,2}}\){_SP})?(?:de{_SP}|d['’])?(?P<unit>[\w\-]{{1,30}}))?",
        regex.IGNORECASE,
    )


def parse_number(text: str, lang: LanguageData) -> float | None:
    """Value of a French number: ``2 500`` → 2500, ``2,5`` → 2.5, ``trente-deux`` → 32."""
    raw = regex.sub(_SP, "", text.strip().lower())
    if regex.fullmatch(r"\d+(?:[,.]\d+)?", raw):
        return float(raw.replace(",", "."))
    parts = regex.split(r"[- ]+", text.strip().lower())
    total = 0
    current = 0
    for part in parts:
        if part == "et":
            continue
        if part not in lang.numbers.WORDS:
            return None
        value = lang.numbers.WORDS[part]
        if value == 100:
            current = (current or 1) * 100
        elif value == 1000:
            total += (current or 1) * 1000
            current = 0
        elif part == "vingt" and current in (4,):
            current *= 20  # quatre-vingt(s)
        else:
            current += value
    return float(total + current)


def _qualifier(phrase: str | None, lang: LanguageData) -> Qualifier:
    if not phrase:
        return Qualifier.EXACT
    key = regex.sub(_SP + "+", " ", phrase.lower()).replace("’", "'")
    return Qualifier(lang.numbers.QUALIFIERS.get(key, "exact"))


def find_quantities(text: str, start: int, end: int, lang: LanguageData) -> Iterator[Quantity]:
    """Checkable quantities in ``text[start:end]``, in order."""
    data = lang.numbers
    for m in _pattern(lang).finditer(text, start, end):
        unit = m.group("unit")
        unit_low = unit.lower() if unit else None
        value: float | None
        qualifier = _qualifier(m.group("qual"), lang)
        if m.group("approx"):
            noun = m.group("approx").split()[-1].lower()
            value = float(data.APPROXIMATE[regex.split(_SP, m.group("approx"))[-1].lower()]) if noun else None
            if qualifier is Qualifier.EXACT:
                qualifier = Qualifier.APPROXIMATELY
        elif m.group("plural"):
            value = float(data.PLURAL_APPROXIMATE[regex.split(_SP, m.group("plural"))[-1].lower()])
            if qualifier is Qualifier.EXACT:
                qualifier = Qualifier.AT_LEAST
        elif m.group("digits"):
            value = parse_number(m.group("digits"), lang)
        else:
            value = parse_number(m.group("words"), lang)
            before = text[max(0, m.start() - 5) : m.start()].lower()
            if regex.search(r"\b(?:les|des|ces|ses|leurs|aux)\s$", before):
                continue  # "les deux hommes": a reference, not a count
        if value is None:
            continue
        if m.group("scale"):
            value *= data.SCALES[m.group("scale").lower()]
        is_percent = m.group("unitpart") is not None and m.group("unitpart").strip() == "%"
        if is_percent:
            unit_out: str | None = "%"
        elif (
            unit_low is None
            or unit_low in data.TIME_UNITS
            or unit_low.rstrip("s") in data.TIME_UNITS
            or regex.fullmatch(r"(?:e|er|ère|ème|eme|è)", unit_low)
            or regex.fullmatch(r"\d+", unit_low)
        ):
            continue
        else:
            unit_out = unit
        digits = m.group("digits")
        if (
            digits
            and len(regex.sub(r"\D", "", digits)) == 4
            and digits[:2] in ("19", "20")
            and not is_percent
            and unit_low in (None, "à", "et", "au", "en")
        ):
            continue  # a year
        if not unit_out or not (is_percent or unit_out[0].isalpha()):
            continue
        if not is_percent and unit_low in (
            "à",
            "et",
            "au",
            "en",
            "de",
            "du",
            "des",
            "le",
            "la",
            "les",
            "sur",
            "pour",
            "par",
            "ou",
        ):
            continue
        q_end = m.end()
        yield Quantity(
            text=text[m.start() : q_end], start=m.start(), end=q_end, value=value, unit=unit_out, qualifier=qualifier
        )
