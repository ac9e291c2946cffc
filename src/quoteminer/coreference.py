"""Coreference: source tokens → one canonical speaker per person or organisation.

A document-level registry of entities (people, organisations, groups) with all
their mentions: full names, surnames, honorific + surname, title + name, role
nouns, pronouns. Invariants:

- pronouns agree in gender and number with what they resolve to (``a-t-elle``
  is never a man), and resolve only within a short window; otherwise ``None``;
- role nouns resolve to the entity that bore the role earlier, else stay roles;
- spelling variants (``Khalifa``/``Khalifar Haftar``) are one entity, but two
  people who share a surname with different first names are not merged;
- the canonical name is the fullest form, the most frequent spelling winning ties.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import math
from collections import Counter
from collections.abc import Callable, Iterable, Sequence

import attrs
import regex
from spacy.attrs import DEP, ENT_TYPE, LOWER, ORTH, POS
from spacy.strings import get_string_id
from spacy.symbols import ADJ, AUX, CCONJ, DET, NOUN, PRON, PROPN, PUNCT, VERB
from spacy.tokens import Span, Token
from spacy.vocab import Vocab

from quoteminer import antecedents
from quoteminer.choice import Candidate, Chooser, FirstMatch, Recorder
from quoteminer.content import Item, TokenIndex
from quoteminer.cues import SOURCE_RULES, Cue, inverted_suffix, role_of_periphrasis, source_noun, verb_of_verbless
from quoteminer.lang import LanguageData
from quoteminer.model import Extraction, Mention, Resolution, Speaker, SpeakerKind
from quoteminer.parse import (
    Piece,
    children,
    column,
    entities,
    entity_at,
    fold,
    lower_lemmas,
    morph,
    per_token,
    sentence_bounds,
    sentence_end,
    sentence_start,
    string_ids,
)
from quoteminer.persons import listed_person, person_noun
from quoteminer.reported import negated_head
from quoteminer.speakers import demonstrative

# Compiled once: the regex module's own cache costs more than the match on short strings.
_INVERSION_LINK = regex.compile(r"^-(?:t-)?")
_LINE_BREAK = regex.compile(r"[\n\r\u2028\u2029]")

__all__ = [
    "Entity",
    "Registry",
    "fold",
    "initials",
    "merge_speakers",
    "names_match",
    "org_variant",
    "resolve_speakers",
]

#: How far back (in characters) a pronoun or role noun looks for its antecedent.
WINDOW = 1500
#: The longest first line read as a headline.
HEADLINE = 250


def _edit_distance_at_most_one(a: str, b: str) -> bool:
    if a == b:
        return True
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = j = diff = 0
    while i < len(a) and j < len(b):
        if a[i] != b[j]:
            diff += 1
            if diff > 1:
                return False
            if len(a) == len(b):
                i += 1
            j += 1
        else:
            i += 1
            j += 1
    return diff + (len(b) - j) + (len(a) - i) <= 1


def _token_close(a: str, b: str) -> bool:
    """Two name tokens are variants: equal, an initial of each other, or one edit apart."""
    if a == b:
        return True
    if (a.endswith(".") and b.startswith(a[:-1])) or (b.endswith(".") and a.startswith(b[:-1])):
        return True
    parts_a, parts_b = a.split("-"), b.split("-")
    if len(parts_a) == len(parts_b) > 1 and all(map(_token_close, parts_a, parts_b)):
        return True  # "J.-P." is "Jean-Pierre", part by part
    return min(len(a), len(b)) >= 5 and _edit_distance_at_most_one(a, b)


def names_match(a: str, b: str) -> bool:
    """Whether two person names can denote the same person.

    ``Pompeo`` matches ``Mike Pompeo``; ``Ahmed al-Mesmari`` matches ``Ahmad
    al-Mesmari``; ``Marine Le Pen`` does not match ``Jean-Marie Le Pen``.
    """
    ta, tb = fold(a).split(), fold(b).split()
    if not ta or not tb:
        return False
    if len(ta) == 1 or len(tb) == 1:
        single, other = (ta[0], tb) if len(ta) == 1 else (tb[0], ta)
        # "Pompeo" is Mike Pompeo; "Mitt" is Mitt Romney; an initial alone is nobody
        return len(single) >= 3 and (_token_close(single, other[-1]) or single == other[0])
    if not _token_close(ta[-1], tb[-1]):
        return False
    # every other token of the shorter name must find a close token in the longer one
    short, long_ = (ta, tb) if len(ta) <= len(tb) else (tb, ta)
    return all(any(_token_close(s, l_) for l_ in long_[:-1]) for s in short[:-1])


@attrs.define(eq=False)
class Entity:
    """One source of the document and everything known about it."""

    kind: SpeakerKind
    variants: Counter[str] = attrs.Factory(Counter)
    gender: str | None = None
    titles: list[str] = attrs.Factory(list)
    mentions: list[tuple[int, int, str]] = attrs.Factory(list)
    role_only: bool = False  # known only by a role ("le porte-parole"): may meet its name later
    place: bool = False  # a country or city standing for its government ("la Birmanie a aboli …")
    known: dict[str, int] = attrs.Factory(dict)  # variant → how many of its words the model's vocabulary knows
    places: list[tuple[int, int]] = attrs.Factory(list)  # sorted spans of the text counted as mentions
    described: list[str] = attrs.Factory(list)  # titles a description of the person gave, not its naming
    concerned: bool = False  # "contre un commerçant accusé d'escroquerie": whom the affair concerns
    age: int | None = None  # the age the text states ("Georges Hanriot, 67 ans", "un homme de 52 ans")
    inferred: list[str] = attrs.Factory(list)  # titles the text implies but never writes ("à la tête du comité")

    @property
    def named_titles(self) -> list[str]:
        """The titles the text named the person with, not the descriptions that took them up."""
        return [t for t in self.titles if t not in self.described]

    def new_place(self, start: int, end: int) -> bool:
        """Record the span ``[start, end)``; False if it overlaps a span already recorded."""
        i = bisect.bisect_left(self.places, (start, end))
        if (i > 0 and self.places[i - 1][1] > start) or (i < len(self.places) and self.places[i][0] < end):
            return False
        self.places.insert(i, (start, end))
        return True

    @property
    def name(self) -> str:
        def fullness(name: str) -> tuple[int, int]:
            if self.kind is not SpeakerKind.PERSON:
                return (len(name), 0)
            words = name.split()
            return (len(words), sum(not w.endswith(".") for w in words))  # "Barack Obama" over "B. Obama"

        best = max(fullness(n) for n in self.variants)
        fullest = [(n, c) for n, c in self.variants.items() if fullness(n) == best]
        # among the fullest forms, the spelling the model's vocabulary knows ("Erdogan", not the
        # typo "Ergogan"), then the most frequent, then the first seen
        return max(fullest, key=lambda nc: (self.known.get(nc[0], 0), nc[1]))[0]

    def speaker(self, resolution: Resolution) -> Speaker:
        title = next((t for t in self.titles if t not in self.inferred), None)  # a title the text wrote
        mentions = tuple(Mention(text=t, start=s, end=e) for s, e, t in sorted(set(self.mentions)))
        return Speaker(
            name=self.name, kind=self.kind, title=title, gender=self.gender, mentions=mentions, resolution=resolution
        )


@functools.lru_cache(maxsize=1 << 16)
def _has_vector(vocab: Vocab, word: str) -> bool:
    """``vocab.has_vector(word)``, which builds the word's lexeme at each call."""
    return bool(vocab.has_vector(word))


def _named_inside(name: str, role: str) -> bool:
    """Whether a capitalised ``name`` is written as it stands inside a role's description (the
    "SNCF" of "porte-parole de la SNCF"): a proper name of the role's complement, not the role's
    own word written with a capital ("Le Préfet" for "préfet du Jura")."""
    if name[:1].islower() or name not in role:
        return False
    return regex.search(rf"(?<!\w){regex.escape(name)}(?!\w)", role) is not None


class Registry:
    """Entities of one document, looked up by name with variant matching."""

    def __init__(
        self,
        original: str,
        paragraph_start: Callable[[int], int],
        vocab: Vocab | None = None,
        complements: frozenset[str] = frozenset(),
        elisions: frozenset[str] = frozenset(),
        *,
        lang: LanguageData,
    ) -> None:
        self.original = original
        self.lang = lang
        self.complements = complements  # words opening a title's complement ("du" in "avocat du prévenu")
        self.elisions = elisions  # elided articles glued to a title's word ("l'adjudant-chef")
        self.paragraph_start = paragraph_start
        self.vocab = vocab
        self.entities: list[Entity] = []
        self.timeline: list[tuple[int, Entity, bool]] = []  # (offset, entity, is_subject)
        self.documents: dict[str, Entity] = {}  # "communiqué" → who issued the one first introduced
        self.taken_up: dict[int, Entity] = {}  # id(a description's own entity) → the one it took up
        self._order: list[tuple[int, int, bool]] = []  # the timeline sorted by offset (see _sorted)
        self._offsets: list[int] = []
        self._position: dict[int, int] = {}  # id(entity) → its index in entities
        self._keys: dict[tuple[SpeakerKind, str], set[int]] = {}  # blocking key → entity indices (find)
        self._mentioned: list[list[int]] = []  # each entity (by index): the offsets of its mentions, sorted
        self._title_words: dict[str, tuple[frozenset[str], frozenset[str]]] = {}  # a title → (head, all) words

    def find(self, name: str, kind: SpeakerKind) -> Entity | None:
        """The first entity (in order of creation) of ``kind`` one of whose variants ``name`` is.

        Looked up through blocking keys (``_name_keys``), so that the cost does not grow with
        the number of entities of a long document; the keys never miss a variant that matches.
        """
        keys = _name_keys(name, kind, True, self.lang)
        if keys is None:  # a name the keys cannot block: look at every entity
            candidates: Iterable[int] = range(len(self.entities))
        else:
            candidates = sorted({n for k in keys for n in self._keys.get((kind, k), ())})
        key = fold(name)
        full = kind is SpeakerKind.PERSON and len(key.split()) > 1
        for n in candidates:
            entity = self.entities[n]
            if entity.kind is not kind:
                continue
            if full and any(len(fold(v).split()) > 1 and not names_match(v, name) for v in entity.variants):
                # "Jeanne Martin … Son mari, René Martin": a full name another full name of the
                # entity contradicts is someone else, though both match the bare "Martin"
                continue
            for variant in entity.variants:
                if kind is SpeakerKind.PERSON:
                    if entity.role_only and variant[:1].islower() and _named_inside(name, variant):
                        continue  # "SNCF" is no surname of "porte-parole de la SNCF": a role is no name
                    if names_match(variant, name):
                        return entity
                elif fold(variant) == key or org_variant(fold(variant), key, self.lang):
                    return entity
        return None

    def _index(self, entity: Entity, variant: str) -> None:
        n = self._position[id(entity)]
        keys = _name_keys(variant, entity.kind, False, self.lang)
        for k in keys or ():
            self._keys.setdefault((entity.kind, k), set()).add(n)

    def add(
        self,
        name: str,
        kind: SpeakerKind,
        start: int,
        end: int,
        gender: str | None = None,
        title: str | None = None,
        subject: bool = False,
    ) -> Entity:
        entity = self.find(name, kind)
        if entity is None:
            entity = Entity(kind=kind)
            self._position[id(entity)] = len(self.entities)
            self.entities.append(entity)
            self._mentioned.append([])
        if self.vocab is not None and name not in entity.known:
            entity.known[name] = sum(_has_vector(self.vocab, w) for w in name.replace("-", " ").split())
        if name not in entity.variants:
            self._index(entity, name)
        if entity.new_place(start, end):
            entity.variants[name] += 1  # one vote per place in the text, however often it is looked up
        else:
            entity.variants.setdefault(name, 0)  # a spelling met again at a place already counted
        if gender and not entity.gender:
            entity.gender = gender
        if title and title not in entity.titles:
            entity.titles.append(title)
        entity.mentions.append((start, end, self.original[start:end]))
        self.timeline.append((start, entity, subject))
        at = bisect.bisect_right(self._offsets, start)  # kept sorted as it grows: no re-sort per item
        self._order.insert(at, (start, self._position[id(entity)], subject))
        self._offsets.insert(at, start)
        bisect.insort(self._mentioned[self._position[id(entity)]], start)
        return entity

    def _sorted(self) -> list[tuple[int, int, bool]]:
        """The timeline by offset as (offset, index of the entity, subject)."""
        return self._order

    def recent(self, before: int, limit: int) -> list[Entity]:
        """The ``limit`` last distinct entities mentioned before ``before``, within the window."""
        order = self._sorted()
        out: list[Entity] = []
        i = bisect.bisect_left(self._offsets, before) - 1
        while i >= 0 and len(out) < limit and before - order[i][0] <= WINDOW:
            entity = self.entities[order[i][1]]
            if entity not in out:
                out.append(entity)
            i -= 1
        return out

    def last_mention(self, entity: Entity, before: int) -> tuple[int, bool] | None:
        """Offset of ``entity``'s last mention before ``before`` and whether it was a subject."""
        order = self._sorted()
        target = self._position[id(entity)]
        i = bisect.bisect_left(self._offsets, before) - 1
        while i >= 0 and before - order[i][0] <= 4 * WINDOW:
            if order[i][1] == target:
                return order[i][0], order[i][2]
            i -= 1
        return None

    def first_mention(self, entity: Entity) -> int | None:
        """Offset of ``entity``'s first mention, if any."""
        offsets = self._mentioned[self._position[id(entity)]]
        return offsets[0] if offsets else None

    def mentioned_in(self, start: int, end: int, entity: Entity | None = None) -> list[Entity]:
        """The entities (or only ``entity``) mentioned in ``[start, end)``."""
        order = self._sorted()
        lo, hi = bisect.bisect_left(self._offsets, start), bisect.bisect_left(self._offsets, end)
        out: list[Entity] = []
        for _, n, _ in order[lo:hi]:
            found = self.entities[n]
            if (entity is None or found is entity) and found not in out:
                out.append(found)
        return out

    def _last_of(self, before: int, wanted: Callable[[int], bool], lower: int | None = None) -> Entity | None:
        """The entity mentioned last before ``before`` (not before ``lower``) whose index passes
        ``wanted``; among mentions at the same offset, the one recorded first."""
        order = self._order
        i = bisect.bisect_left(self._offsets, before) - 1
        found: int | None = None
        while i >= 0 and (lower is None or order[i][0] >= lower):
            if found is not None and order[i][0] != order[found][0]:
                break
            if wanted(order[i][1]):
                found = i
            i -= 1
        return self.entities[order[found][1]] if found is not None else None

    def _last_among(self, before: int, wanted: set[int]) -> Entity | None:
        """``_last_of(before, wanted.__contains__)``, read from each wanted entity's own mentions
        rather than by walking back through every mention of the document (a long document's
        mentions are many, the entities with a title few)."""
        last: int | None = None  # the latest offset of a wanted entity's mention before ``before``
        for n in wanted:
            offsets = self._mentioned[n]
            k = bisect.bisect_left(offsets, before)
            if k and (last is None or offsets[k - 1] > last):
                last = offsets[k - 1]
        if last is None:
            return None
        order = self._order
        i = bisect.bisect_left(self._offsets, last)  # the first mention at that offset, as _last_of
        while order[i][1] not in wanted:
            i += 1
        return self.entities[order[i][1]]

    def latest(self, kind: SpeakerKind, before: int) -> Entity | None:
        """The entity of ``kind`` mentioned last before ``before``, within the window."""

        def wanted(n: int) -> bool:
            ent = self.entities[n]
            return ent.kind is kind and not ent.role_only and not ent.place

        return self._last_of(before, wanted, before - WINDOW)

    def by_head(self, noun: str, before: int) -> Entity | None:
        """The latest organisation whose name starts with ``noun`` (``ministère`` → ``ministère de l'Intérieur``)."""
        key = fold(noun) + " "
        heads = {
            self._position[id(ent)]
            for ent in self.entities
            if ent.kind is SpeakerKind.ORGANIZATION
            and any(fold(_strip_det(v, self.lang)).startswith(key) for v in ent.variants)
        }
        return self._last_among(before, heads) if heads else None

    def antecedent(
        self,
        before: int,
        gender: str | None,
        plural: bool,
        prefer: Entity | None = None,
        nearest: bool = False,
        first: bool = False,
    ) -> Entity | None:
        """The latest compatible entity before ``before`` (subjects first, unless ``nearest``: a
        demonstrative takes up the entity named last; ``first``: the person subject named first,
        whom ``l'intéressé`` takes up)."""
        lo, hi = bisect.bisect_left(self._offsets, before - WINDOW), bisect.bisect_left(self._offsets, before)
        candidates = [
            (off, ent, subj)
            for off, n, subj in self._order[lo:hi]
            for ent in (self.entities[n],)
            if _agrees(ent, gender, plural)
        ]
        if not candidates:
            return None
        subjects = [c for c in candidates if c[2]] if not nearest else []
        if first:
            concerned = [c for c in candidates if c[1].concerned]
            if concerned:
                return min(concerned, key=lambda c: c[0])[1]  # the person the affair concerns
            people = [c for c in subjects or candidates if c[1].kind is SpeakerKind.PERSON]
            return min(people or subjects or candidates, key=lambda c: c[0])[1]
        latest = max(subjects or candidates, key=lambda c: c[0])
        if prefer is not None and any(ent is prefer for _, ent, _ in candidates):
            # the speaker in play, unless a new paragraph has put another subject on stage
            paragraph = self.paragraph_start(before)
            named = max(off for off, ent, _ in candidates if ent is prefer)
            # nor when a person, subject of a clause since, is what a personal pronoun takes up
            # rather than the organisation in play ("Le club indique … Le président, Alain Vautrin,
            # a remercié … « … », estime-t-il")
            person = (
                not plural
                and prefer.kind is not SpeakerKind.PERSON
                and latest[2]
                and latest[1].kind is SpeakerKind.PERSON
                and not latest[1].role_only
                and latest[0] > named
            )
            if not (latest[2] and latest[1] is not prefer and latest[0] >= paragraph > named) and not person:
                return prefer
        return latest[1]

    def subject_in(self, entity: Entity, start: int, end: int) -> bool:
        """Whether ``entity`` is mentioned as a subject in ``[start, end)``."""
        lo, hi = bisect.bisect_left(self._offsets, start), bisect.bisect_left(self._offsets, end)
        target = self._position[id(entity)]
        return any(n == target and subject for _, n, subject in self._order[lo:hi])

    def last_person(
        self,
        before: int,
        lower: int,
        gender: str | None,
        role_only: bool = False,
        ages: tuple[int, int] | None = None,
    ) -> tuple[Entity, bool] | None:
        """The named person of ``gender`` (of any gender if None) mentioned last in ``[lower,
        before)`` and whether that mention is a subject; None if a person of that gender is known
        only by a role there (unless ``role_only``: then that person). With ``ages`` (an age
        noun's range), the person whose stated age agrees comes first, and a person whose stated
        age disagrees is passed over."""
        order = self._order
        first = bisect.bisect_left(self._offsets, before) - 1
        if ages is not None:
            i = first
            while i >= 0 and order[i][0] >= lower:
                entity = self.entities[order[i][1]]
                if (
                    entity.kind is SpeakerKind.PERSON
                    and (gender is None or entity.gender == gender)
                    and entity.age is not None
                    and ages[0] <= entity.age <= ages[1]
                    and (role_only or not entity.role_only)
                ):
                    return entity, order[i][2]
                i -= 1
        i = first
        while i >= 0 and order[i][0] >= lower:
            entity = self.entities[order[i][1]]
            aged = ages is None or entity.age is None or ages[0] <= entity.age <= ages[1]
            if entity.kind is SpeakerKind.PERSON and (gender is None or entity.gender == gender) and aged:
                if entity.role_only:
                    # "Le maire, Jean Roux, … Le premier magistrat a répliqué … a ajouté le
                    # sexagénaire": a role whose very mention a named person took up is that person
                    bearer = self.named_at(order[i][0], entity)
                    if bearer is not None:
                        return bearer, order[i][2]
                return None if entity.role_only and not role_only else (entity, order[i][2])
            i -= 1
        return None

    def named_at(self, start: int, role: Entity) -> Entity | None:
        """The named person (not ``role``, gender agreeing) one of whose mentions starts at
        ``start``: the bearer a role's mention was resolved to, or None."""
        for entity in self.entities:
            if (
                entity is not role
                and entity.kind is SpeakerKind.PERSON
                and not entity.role_only
                and (role.gender is None or entity.gender in (None, role.gender))
                and any(m[0] == start for m in entity.mentions)
            ):
                return entity
        return None

    def by_title(
        self, role: str, before: int, gender: str | None = None, kind: SpeakerKind = SpeakerKind.PERSON
    ) -> Entity | None:
        """The latest entity of ``kind`` whose title contains the role noun(s), gender agreeing; the
        first role noun in the title's head, not its complement (``le prévenu`` is not ``l'avocat
        du prévenu``, ``le maire`` not ``l'adjointe au maire``)."""
        key = fold(role).split()[:2]
        if not key:
            return None
        titled = {
            self._position[id(ent)]
            for ent in self.entities
            if ent.kind is kind
            and not (gender and ent.gender and ent.gender != gender)
            and any(
                key[0] in self._words_of(title)[0] and all(k in self._words_of(title)[1] for k in key[1:])
                for title in ent.titles
            )
        }
        return self._last_among(before, titled) if titled else None

    def _words_of(self, title: str) -> tuple[frozenset[str], frozenset[str]]:
        words = self._title_words.get(title)
        if words is None:
            every: list[str] = []
            head: list[str] = []
            for part in fold(title).split(","):  # "commandant de la brigade, l'adjudant-chef": two titles
                found = part.split()
                if found:
                    lead = next((e for e in self.elisions if found[0].startswith(e) and found[0] != e), "")
                    found[0] = found[0][len(lead) :]
                every += found
                head += itertools.takewhile(lambda w: w not in self.complements, found)
            words = self._title_words[title] = frozenset(head), frozenset(every)
        return words


def initials(name: str, lang: LanguageData) -> str:
    """An organisation's initials, its small words left out (``confederation generale du travail`` → ``cgt``)."""
    words = name.replace("'", "' ").replace("-", " ").split()
    return "".join(w[0] for w in words if w not in lang.syntax.ACRONYM_SKIPPED)


def org_variant(a: str, b: str, lang: LanguageData) -> bool:
    """Whether two folded organisation names name one organisation: ``l'Africom``/``Africom``,
    ``département d'Etat``/``département d'État``, ``CGT``/its full name."""
    for s in lang.syntax.DEFINITE_ARTICLE_PREFIXES:
        a = a[len(s) :] if a.startswith(s) else a
        b = b[len(s) :] if b.startswith(s) else b
    if a == b:
        return True
    for short, long_ in ((a, b), (b, a)):
        if " " not in short and 2 <= len(short) <= 6 and " " in long_ and initials(long_, lang) == short:
            return True
        if len(short) >= 4 and long_.startswith(short + " ") and short not in lang.roles.COMMON_ORGANIZATION_HEADS:
            return True  # "Samsung" / "Samsung Electronics"
    return False


def _deletions(token: str) -> set[str]:
    """``token`` and every string one character shorter: two tokens within one edit of each
    other share one of these (symmetric deletion)."""
    return {token} | {token[:i] + token[i + 1 :] for i in range(len(token))}


def _name_keys(name: str, kind: SpeakerKind, query: bool, lang: LanguageData) -> set[str] | None:
    """Blocking keys of a name for ``Registry.find``: a variant and a name that match
    (``names_match`` for people, ``org_variant`` for the others) share one. None when the
    name cannot be blocked (a last word that is an initial): look at every entity then."""
    if kind is SpeakerKind.PERSON:
        tokens = fold(name).split()
        if not tokens:
            return set()
        if tokens[-1].endswith("."):
            return None if query else {"initial:" + tokens[-1][:1]}
        keys = {"last:" + d for d in _deletions(tokens[-1])}
        if query:
            # a one-word name matches the first word of a longer one, and the reverse
            keys.add(("first:" if len(tokens) == 1 else "single:") + tokens[0])
            keys.add("initial:" + tokens[-1][:1])
        else:
            keys.add("first:" + tokens[0])
            if len(tokens) == 1:
                keys.add("single:" + tokens[0])
        return keys
    stripped = fold(name)
    for det in lang.syntax.DEFINITE_ARTICLE_PREFIXES:
        if stripped.startswith(det):
            stripped = stripped[len(det) :]
    if not stripped:
        return set()
    keys = {"exact:" + stripped, "word:" + stripped.split()[0]}
    if " " in stripped:
        keys.add(("exact:" if query else "initials:") + initials(stripped, lang))
    elif query:
        keys.add("initials:" + stripped)
    return keys


def _agrees(entity: Entity, gender: str | None, plural: bool) -> bool:
    if plural:
        if entity.kind is SpeakerKind.GROUP and None not in (gender, entity.gender):
            return entity.gender == gender  # "la maire X et son adjointe Y": "elles", not "ils"
        return entity.kind is SpeakerKind.GROUP or entity.kind is SpeakerKind.ORGANIZATION
    if entity.kind is SpeakerKind.GROUP:
        return False
    if gender is None or entity.gender is None:
        return entity.kind is SpeakerKind.PERSON or gender is None
    return entity.gender == gender


def _article_gender(tok: Token) -> str | None:
    """The gender the article of a noun phrase shows (``la SNCF``, ``la compagnie``: an
    organisation ``elle`` can take up; ``l'Unesco`` shows none)."""
    dets = [c for c in tok.children if c.dep_ == "det" and c.i < tok.i]
    if not dets and tok.i > 0 and tok.doc[tok.i - 1].pos_ == "DET":
        dets = [tok.doc[tok.i - 1]]
    gender = morph(dets[0], "Gender") if dets else []
    return {"Fem": "fem", "Masc": "masc"}.get(gender[0]) if len(gender) == 1 else None


# -- reading noun phrases ---------------------------------------------------------

_NP_DEPS = frozenset(
    {"det", "amod", "nmod", "case", "flat:name", "flat", "fixed", "compound", "nummod", "appos", "flat:foreign"}
)


_ADJ_COMPLEMENTS = frozenset({"obl:arg", "obl", "obl:mod"})


def _verb_before_clause(tok: Token) -> bool:
    """``le président de l'association juge que …``: a word the tagger read as a noun or an
    adjective, right before the conjunction of a clause, is the phrase's verb, not part of it."""
    doc = tok.doc
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    return tok.pos_ in ("NOUN", "ADJ") and nxt is not None and nxt.pos_ == "SCONJ" and nxt.dep_ == "mark"


def _np_tokens(head: Token, lang: LanguageData) -> list[Token]:
    """The noun phrase of ``head``: determiners, adjectives, ``de`` complements, names; not a
    phrase the parse hung on it that tells where or how (``un joueur sous couvert d'anonymat``,
    ``le maire au terme de la rencontre``)."""
    out = [head]
    todo = [head]
    determiner = next((c.i for c in head.children if c.dep_ == "det"), None)
    while todo and len(out) < 14:
        tok = todo.pop()
        for child in tok.children:
            # an adjective's own complement too: "une source proche du dossier", "l'élu chargé des finances"
            belongs = child.dep_ in _NP_DEPS or (tok.pos_ == "ADJ" and child.dep_ in _ADJ_COMPLEMENTS)
            if belongs and abs(child.i - head.i) <= 10 and child.dep_ != "punct":
                if child.pos_ == "VERB" or _verb_before_clause(child):
                    continue  # "le Premier ministre de préciser": the narrative infinitive is no part of it
                if child.i > head.i and child.pos_ == "NOUN" and verb_of_verbless(child, lang):
                    continue  # "Le ministre juge la grève « … »": the verb read as a noun, and what follows it
                if determiner is not None and child.i < determiner and child.pos_ in ("ADJ", "NOUN"):
                    continue  # "« … », complète la présidente": a verb read as an adjective, before the article
                if (
                    child.dep_ == "nmod"
                    and child.pos_ == "NOUN"
                    and child.i > tok.i
                    and not any(g.dep_ in ("case", "det") for g in child.children)
                ):
                    continue  # "a annoncé le maire mardi soir": a bare noun after the phrase is a time, not a part
                if tok is head and child.dep_ == "nmod" and child.i > head.i and _adverbial_phrase(child, lang):
                    continue
                out.append(child)
                todo.append(child)
    out.sort(key=lambda t: t.i)
    # keep a contiguous run around the head
    idx = [t.i for t in out]
    pos = idx.index(head.i)
    lo = hi = pos
    while lo > 0 and idx[lo - 1] == idx[lo] - 1:
        lo -= 1
    while hi + 1 < len(idx) and idx[hi + 1] == idx[hi] + 1:
        hi += 1
    return out[lo : hi + 1]


def _adverbial_phrase(noun: Token, lang: LanguageData) -> bool:
    """A prepositional phrase that tells where, when or how, not whose role: its preposition is
    none of those that link a role to its institution, or its noun makes an adverbial phrase."""
    cases = [c.lower_ for c in noun.children if c.dep_ == "case"]
    if not cases:
        return False
    return cases[0] not in lang.syntax.ROLE_PREPOSITIONS or noun.lemma_.lower() in lang.cues.ADVERBIAL_NOUNS


def _phrase_tokens(head: Token) -> list[Token]:
    """The whole subject phrase: appositions and coordinated names, not relative clauses."""
    limit = head.head.i if head.head.i > head.i else head.i + 20
    out = []
    todo = [head]
    while todo:
        tok = todo.pop()
        out.append(tok)
        for child in tok.children:
            if child.dep_ in ("acl:relcl", "acl", "advcl", "ccomp") or child.i >= limit:
                continue
            todo.append(child)
    out.sort(key=lambda t: t.i)
    return out


def _name_text(tokens: Sequence[Token], head: Token, lang: LanguageData) -> str:
    """The proper name around ``head`` as written: ``Ahmad al-Mesmari``, ``Thomas D. Waldhauser``."""
    doc = head.doc
    idx = {t.i for t in tokens}

    def namelike(t: Token) -> bool:
        return t.i in idx and (
            t.pos_ == "PROPN"
            or t.dep_ in ("flat:name", "flat")
            or t.text[:1].isupper()
            or (t.text in lang.syntax.NAME_PARTICLES)
        )

    def glued(a: Token, b: Token) -> bool:
        # "Royaume-Uni", "Jean-Yves": hyphenated parts are one name, however the parser split them
        return not a.whitespace_ and (b.text == "-" or a.text == "-") and (b.text[:1].isupper() or b.text == "-")

    lo = hi = head.i
    while lo - 1 >= 0 and (namelike(doc[lo - 1]) or glued(doc[lo - 1], doc[lo])):
        lo -= 1
    while hi + 1 < len(doc) and (namelike(doc[hi + 1]) or glued(doc[hi], doc[hi + 1])):
        hi += 1
    while lo < hi and not doc[lo].text[:1].isupper():
        lo += 1
    while hi > lo and not doc[hi].text[:1].isupper():
        hi -= 1
    return doc[lo : hi + 1].text


def _proper_run(phrase: Sequence[Token], head: Token) -> Span | None:
    """``le chef du GNA (GNA) Fayez al-Sarraj``: a run of proper nouns after a role noun,
    outside parentheses and organisation names (the NER may have missed the person)."""
    doc = head.doc
    depth = 0
    run: list[Token] = []
    best: list[Token] = []
    for t in phrase:
        if t.text == "(":
            depth += 1
        elif t.text == ")":
            depth -= 1
        ok = (
            t.i > head.i
            and depth == 0
            and t.ent_type_ not in ("ORG",)
            and (t.pos_ == "PROPN" or (run and t.text == "-"))
        )
        if ok:
            run.append(t)
        else:
            if len(run) > len(best):
                best = run
            run = []
    if len(run) > len(best):
        best = run
    if not best or not best[0].text[:1].isupper() or (len(best) == 1 and best[0].ent_type_ in ("LOC", "MISC")):
        return None  # "le président Obama" is a name; "le président Français" is not a run
    before = best[0].i - 1
    while before > 0 and doc[before].pos_ == "DET":
        before -= 1  # "le président de la Ligue": the article after the preposition
    if before >= 0 and doc[before].pos_ == "ADP":
        return None  # "la fille d'Ingrid Betancourt", "l'avocat de Marc Durand": someone else, of theirs
    return doc[best[0].i : best[-1].i + 1]


def _place_before_name(tok: Token, name: str) -> Span | None:
    """``le bailleur Meurthe-et-Moselle Habitat``: a place the NER found, written with no
    comma or preposition just before a capitalised name that is no person's, and hung by the
    parse on the common noun before it as its modifier: the first words of an organisation's
    name ("Paris Habitat"), not the place of the noun ("le maire de Nancy", "à Metz")."""
    doc = tok.doc
    words = name.split()
    lo = tok.i
    while lo > 0 and doc[lo - 1].text in words and doc[lo - 1].text[:1].isupper():
        lo -= 1  # the first word of the name as written
    if lo < 2 or not name.startswith(doc[lo].text):
        return None
    place = entity_at(doc[lo - 1], ("LOC",))
    if place is None or place.end != lo or not doc[lo - 1].whitespace_:
        return None
    governor = place.root.head
    if not place[0].text[:1].isupper() or place.root.dep_ not in ("amod", "nmod"):
        return None
    if governor.pos_ != "NOUN" or not governor.text[:1].islower() or governor.i != place.start - 1:
        return None  # only right after the common noun it describes ("le bailleur Paris …")
    if any(c.dep_ == "case" for c in place.root.children):
        return None  # "l'office de Moselle Habitat": a complement, the place of the noun
    return place


def _person_entity(tokens: Sequence[Token], lang: LanguageData) -> Span | None:
    doc = tokens[0].doc
    lo, hi = tokens[0].i, tokens[-1].i + 1
    for ent in entities(doc, lo, hi, ("PER",)):
        if ent.label_ != "PER" or (
            ent[0].text[:1].islower()
            and not any(t.text[:1].isupper() and not any(c.dep_ == "case" for c in t.children) for t in ent)
        ):
            continue  # "le président de la République" tagged as a person: a role and its complement, no name
        return _unglued(_extend_name(ent), lang)
    return None


def _in_subject(token: Token) -> bool:
    """Whether ``token`` is a complement inside a subject's noun phrase (``des Bâtiments de
    France`` in ``L'architecte des Bâtiments de France``), a few complements deep."""
    for _ in range(4):
        if token.dep_ != "nmod" or token.head is token:
            return False
        token = token.head
        if token.dep_ in ("nsubj", "nsubj:pass"):
            return True
    return False


def _titles_agree(role: str, titles: Sequence[str]) -> bool:
    """Whether a role phrase can be one of ``titles``: unless each says what the other does not
    (``Premier ministre`` against ``ministre de l'Intérieur``, ``président du club`` against
    ``président de l'association``), the more specific one contains the less. Words of four
    letters or more are compared (function words are shorter), the role's head aside."""

    def marks(phrase: str) -> set[str]:
        return {w for w in fold(phrase).replace("'", " ").split() if len(w) >= 4}

    own = marks(role)
    if not titles or len(own) <= 1:
        return True
    for title in titles:
        theirs = marks(title)
        if len(theirs) <= 1 or own <= theirs or theirs <= own:
            return True
    return False


def _day_name(ent: Span, lang: LanguageData) -> bool:
    """A weekday the NER took for a person's name (``Lundi, le ministre a jugé …`` opening a
    sentence): a day is nobody."""
    return len(ent) == 1 and ent[0].lower_ in lang.dates.WEEKDAYS


def _names_a_thing(ent: Span, tok: Token, lang: LanguageData) -> bool:
    """A person's name that names a place or an institution after them: joined by hyphens
    (``Jules-Ferry``, ``Georges-Pompidou``, the French way of writing such names) right after a
    common noun that is not the source and not a person (``l'école``, ``l'hôpital``), or a lone
    surname right after a noun of an institution (``le lycée Poincaré``, ``l'hôpital Bichat``)."""
    doc = ent.doc
    before = doc[ent.start - 1] if ent.start > 0 else None
    return (
        before is not None
        and before.i != tok.i
        and before.pos_ == "NOUN"
        and " " not in ent.text
        and ("-" in ent.text or (len(ent) == 1 and before.lower_ in lang.roles.ORGANIZATION_NOUNS))
        and not person_noun(before, lang)
    )


def _named_organisation(tok: Token, name: Span, upto: int | None = None) -> _Source:
    """An organisation named after the common noun that describes it: the name, the words
    from the noun to the name (or to ``upto``, where the describing phrase ends) its title."""
    title = tok.doc[tok.i : name.start if upto is None else upto].text.strip(" ,") or None
    return _Source(_proper_org(name) or "", SpeakerKind.ORGANIZATION, None, title, Resolution.APPOSITION)


def _organisation_set_off(tok: Token) -> tuple[Span, int] | None:
    """``La compagnie des eaux, Véolia, a annoncé``, ``le syndicat des pilotes, le SNPL,``: the
    name of an organisation set off by commas right after the common noun phrase describing it,
    closed by a comma or the sentence's end (not ``le syndicat, la CGT et FO``: a list), and
    where that phrase ends. The NER must read an organisation, or the name be an acronym: a
    place or an event set off so is no name of it (``La préfecture, Paris,``, ``la fédération,
    l'Euro,``)."""
    if any(c.dep_ == "case" for c in tok.children):
        return None  # "Selon le syndicat, la SNCF, …": the comma closes the source, the name opens the clause
    doc = tok.doc
    end = min(tok.sent.end, tok.i + 8)
    j = tok.i + 1
    while j < end and doc[j].text != "," and doc[j].pos_ not in ("VERB", "AUX", "PUNCT", "PRON", "SCONJ", "CCONJ"):
        j += 1
    if j >= end or doc[j].text != ",":
        return None
    k = j + 1
    if k < len(doc) and doc[k].pos_ == "DET" and doc[k].text[:1].islower():
        k += 1
    name = next((e for e in entities(doc, k, min(len(doc), k + 8)) if e.start == k), None)
    if name is None or _proper_org(name) is None:
        return None
    if name.label_ != "ORG" and not (len(name) == 1 and name.text.isupper() and len(name.text) > 1):
        return None
    after = doc[name.end] if name.end < len(doc) else None
    return (name, j) if after is None or after.text in (",", ".", ";") else None


def _described_organisation(tok: Token, lang: LanguageData) -> Span | None:
    """The organisation a common noun describes when its name follows it, with at most
    adjectives between (``le constructeur automobile Renault``, ``le quotidien Le Monde``):
    the NER's organisation, unless a role or a first name shows it to be a person."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() in lang.roles.ROLE_NOUNS or tok.lower_ in lang.roles.ROLE_NOUNS:
        return None  # "le délégué CGT", "le secrétaire FO": a person of the organisation, not it
    doc = tok.doc
    for ent in entities(doc, tok.i + 1, min(len(doc), tok.i + 12)):
        between = doc[tok.i + 1 : ent.start]
        if (
            ent.label_ == "ORG"
            and ent.start - tok.i <= 3
            and all(t.pos_ == "ADJ" for t in between)
            and _proper_org(ent) is not None
            and not _looks_like_person(ent, lang)
        ):
            return ent
        break  # only the first name after the noun
    return None


def _extend_name(ent: Span) -> Span:
    """``Mitt`` + ``Romney``: the NER sometimes stops inside a name the parser holds together."""
    doc = ent.doc
    end = ent.end

    def glued(k: int) -> bool:
        # "Anne-Marie Lévy-Dubois" split at its hyphens, the NER stopping at one of them
        before = doc[k - 1]
        return not before.whitespace_ and (
            (doc[k].text == "-" and before.text[:1].isupper()) or (before.text == "-" and doc[k].text[:1].isupper())
        )

    while (
        end < len(doc)
        and end - ent.start < 8
        and ((doc[end].dep_ in ("flat:name", "flat") and doc[end].text[:1].isupper()) or glued(end))
    ):
        end += 1
    return doc[ent.start : end]


def _unglued(ent: Span, lang: LanguageData) -> Span:
    """``le directeur du site de Jababeka David Quentin``: the NER ran the place or firm a
    ``de`` governs into the person's name after it; the name starts at the first name."""
    doc = ent.doc
    after_of = ent.start > 0 and doc[ent.start - 1].lower_ in lang.syntax.OF_FORMS
    genders = lang.roles.FIRST_NAME_GENDERS
    if (
        after_of
        and len(ent) >= 3
        and ent[0].text not in genders
        and ent[1].text in genders
        and ent[1].pos_ == "PROPN"
        and ent[0].whitespace_
    ):
        return doc[ent.start + 1 : ent.end]
    return ent


@functools.cache
def _glued_honorific(lang: LanguageData) -> regex.Pattern[str]:
    """An abbreviated honorific glued to the name by its full stop (``M.Dupont``)."""
    short = sorted({h[:-1].capitalize() for h in lang.roles.HONORIFICS if h.endswith(".")}, key=len, reverse=True)
    return regex.compile(rf"^(?:{'|'.join(map(regex.escape, short))})\.(?=\w)")


def _clean_name(text: str, lang: LanguageData) -> str:
    text = _glued_honorific(lang).sub("", _FOOTNOTE.sub("", text.strip()))
    words = text.replace("’", "'").split()
    role = False
    while len(words) > 1 and (
        words[0].casefold() in lang.roles.HONORIFICS
        or fold(words[0]) in _folded_roles(lang)
        or words[0].casefold() in lang.syntax.DEFINITE_ARTICLE_WORDS
    ):
        role = role or fold(words[0]) in _folded_roles(lang)
        words.pop(0)  # "M. Pompeo", "le General Haftar": the title is not the name
    if role and _complement(words, lang):
        return ""  # "président de la Ligue" read as a person: a role and whose it is, no name
    return " ".join(words).strip(" ,;:")


def _complement(words: Sequence[str], lang: LanguageData) -> bool:
    """Whether ``words`` open with an article's ``de`` (``de la Ligue``, ``du Sénat``, ``de
    l'Etat``), not a name's particle (``de Gaulle``, ``de Villiers``)."""
    if len(words) < 2:
        return False
    first, second = words[0].casefold(), words[1].casefold()
    if first in lang.syntax.CONTRACTED_ARTICLES and first in lang.syntax.OF_FORMS:
        return True
    return first in lang.syntax.OF_FORMS and (
        second in lang.pronouns.DEFINITE or any(second.startswith(a) for a in lang.pronouns.DEFINITE if "'" in a)
    )


def _gender_of(tokens: Sequence[Token], lang: LanguageData, name: Sequence[Token] = ()) -> str | None:
    """The gender the tokens of a phrase reveal: an honorific or a feminine role, then a first
    name (the person's own ``name`` first: in ``le maire de Nancy, Mathieu Klein`` the place is
    not his first name), then a role noun's determiner or morphology."""
    for tok in tokens:
        low = tok.lower_
        if lang.roles.HONORIFICS.get(low):
            return str(lang.roles.HONORIFICS[low])
        if low in lang.roles.FEMININE_ROLES:
            return "fem"
    for tok in (*name, *tokens):
        if tok.text in lang.roles.FIRST_NAME_GENDERS:
            return str(lang.roles.FIRST_NAME_GENDERS[tok.text])
    for tok in tokens:
        described = tok.pos_ == "ADJ" and any(c.dep_ == "det" for c in tok.children)  # "le quinquagénaire"
        if (tok.pos_ == "NOUN" or described) and person_noun(tok, lang):
            endings = lang.roles.FEMININE_ENDINGS
            if tok.lower_.endswith(endings) and not tok.lemma_.lower().endswith(endings):
                return "fem"  # "l'agricultrice" (lemma "agriculteur"), tagged masculine by the model
            g = morph(tok, "Gender")
            det = [c for c in tok.children if c.dep_ == "det"]
            dg = morph(det[0], "Gender") if det else []
            if not dg:
                # "l'ancienne ministre": an elided article shows no gender, and a noun of both
                # genders is tagged as it comes; an adjective agreeing with it tells
                dg = next(
                    (morph(a, "Gender") for a in tok.children if a.dep_ == "amod" and morph(a, "Gender")),
                    [],
                )
            if g == ["Fem"] and not dg and det and _epicene_form(tok, lang):
                continue  # "l'artiste", "l'élève": an elided article and a noun of both genders say nothing
            if "Fem" in dg or (g == ["Fem"] and not dg):
                return "fem"
            if "Masc" in dg or g == ["Masc"]:
                return "masc"
    return None


def _epicene_form(tok: Token, lang: LanguageData) -> bool:
    """Whether a person noun has the same form in both genders (``artiste``, ``élève``): it is
    its own lemma and ends as the language's nouns of both genders do."""
    return tok.lower_ == tok.lemma_.lower() and tok.lower_.endswith(lang.roles.EPICENE_ENDINGS)


def _title_words(tokens: Sequence[Token], name: Span | None, lang: LanguageData) -> str | None:
    """Role words of a noun phrase: ``le secrétaire d'État américain Mike Pompeo`` → title."""
    words = [t for t in tokens if name is None or not (name.start <= t.i < name.end)]
    while words and (words[0].pos_ in ("DET", "ADP", "PUNCT") or words[0].lower_ in lang.roles.HONORIFICS):
        words.pop(0)
    while words and words[-1].pos_ in ("DET", "ADP", "PUNCT", "CCONJ"):
        words.pop()
    if not words or not (
        any(t.pos_ == "NOUN" and person_noun(t, lang) for t in words)
        or _role_participle(words[0], lang)
        # "Marie Lefort, ouvrière chez Solvay,": a listed role noun the tagger read as an adjective
        or (words[0].pos_ == "ADJ" and listed_person(words[0].lower_, lang))
    ):
        return None
    doc, first = words[0].doc, words[0].i
    while (
        first >= 2 and doc[first - 1].text == "-" and not doc[first - 1].whitespace_ and not doc[first - 2].whitespace_
    ):
        first -= 2  # a compound the tokenizer split: "l'adjudant-chef" is an "adjudant-chef", not a "chef"
    return doc[first : words[-1].i + 1].text


def _joined_offices(title: str | None, lang: LanguageData) -> list[str]:
    """The offices a hyphenated title joins when each part is a role of its own (``député-maire``
    → ``député``, ``maire``; not ``vice-président``, whose ``vice`` is no role)."""
    if not title:
        return []
    out = []
    for word in title.split():
        parts = word.split("-")
        if len(parts) > 1 and all(listed_person(p.lower(), lang) for p in parts):
            out.extend(parts)
    return out


def _passive_predicate_title(name: Token, lang: LanguageData) -> str | None:
    """The title a passive verb gives its subject (``Georges Hanriot a été réélu président du
    comité des fêtes``, ``Marie Durand a été nommée directrice de l'hôpital``): the role noun
    phrase the parse made the verb's predicative complement."""
    if name.dep_ != "nsubj:pass":
        return None
    for role in name.head.children:
        if role.dep_ == "xcomp" and role.pos_ == "NOUN" and role.i > name.head.i:
            doc = role.doc
            end = role.right_edge.i + 1
            stop = next((t.i for t in doc[role.i : end] if t.is_punct), end)
            return _title_words(list(doc[role.i : stop]), None, lang)
    return None


def _trial_titles(name: Token, gender: str | None, lang: LanguageData) -> list[str]:
    """The titles of a person named as whom a trial is of (``le procès de Didier Lemoine``):
    ``accusé``, ``prévenu``, in the person's gender (both when it is unknown)."""
    noun = name.head
    if name.dep_ != "nmod" or noun.i > name.i or fold(noun.lemma_.lower()) not in lang.roles.TRIAL_NOUNS:
        return []
    if not any(c.dep_ == "case" and c.lower_ in lang.syntax.OF_FORMS for c in name.children):
        return []
    forms = lang.roles.DEFENDANT_TITLES
    return list(forms[gender]) if gender in forms else [t for f in forms.values() for t in f]


def _headship_titles(name: Token, gender: str | None, lang: LanguageData) -> list[str]:
    """The titles of a person named as the subject of a clause that puts them at the head of
    something (``Georges Hanriot a été réélu à la tête du comité des fêtes``, ``a pris la tête de
    l'association``): ``président du comité des fêtes``, ``directeur …``, in the person's gender."""
    if name.dep_ not in ("nsubj", "nsubj:pass"):
        return []
    verb = name.head
    for lead in verb.children:
        if lead.pos_ != "NOUN" or fold(lead.lemma_.lower()) not in lang.roles.HEADSHIP_NOUNS:
            continue
        nxt = lead.i + 1
        doc = lead.doc
        if nxt >= len(doc) or doc[nxt].pos_ != "ADP":
            continue  # "à la tête du", "la tête de": the complement follows at once
        complement = next(
            (c for c in (*lead.children, *verb.children) if c.i > nxt and c.left_edge.i == nxt and c.pos_ != "PUNCT"),
            None,
        )
        if complement is None:
            continue
        end = complement.right_edge.i + 1
        stop = next((t.i for t in doc[nxt:end] if t.is_punct), end)
        words = doc[nxt:stop].text
        forms = lang.roles.HEADSHIP_TITLES
        heads = forms[gender] if gender in forms else tuple(dict.fromkeys(h for f in forms.values() for h in f))
        return [f"{h} {words}" for h in heads]
    return []


def _role_participle(tok: Token, lang: LanguageData) -> bool:
    """A role noun that is also a past participle, which the tagger read as the verb (``Patrick
    Dumas, délégué CGT``: ``délégué`` tagged a participle after the name's comma)."""
    return tok.pos_ == "VERB" and "Part" in morph(tok, "VerbForm") and listed_person(tok.lower_, lang)


@attrs.frozen
class _Source:
    name: str | None
    kind: SpeakerKind
    gender: str | None
    title: str | None
    resolution: Resolution
    pronoun: bool = False
    plural: bool = False
    role: str | None = None
    demonstrative: bool = False  # "ce dernier", "celle-ci": the entity named last
    protagonist: bool = False  # "l'intéressé": the person the story is about, named first
    anchor: int | None = None  # the token a mention of the source sits on, when not the source token


def _partitive_group(tok: Token, lang: LanguageData) -> Token | None:
    """The group a partitive source is one of: ``manifestants`` in ``l'un des manifestants``,
    ``eux`` in ``l'un d'eux``; None if ``tok`` heads no partitive."""
    if tok.lower_ not in lang.pronouns.PARTITIVE or tok.pos_ not in ("PRON", "NUM", "DET"):
        return None
    for child in tok.children:
        if (
            child.dep_ == "nmod"
            and child.i > tok.i
            and child.pos_ in ("NOUN", "PROPN", "PRON")
            and any(c.dep_ == "case" for c in child.children)
        ):
            return child
    return None


def _coordinated_people(tok: Token, lang: LanguageData) -> str | None:
    """``Franck Williams et Ron Dennis estiment``: people named together as one source, a
    group named ``A et B`` (ANNOTATION.md §2)."""
    if tok.pos_ != "PROPN" or tok.ent_type_ != "PER":
        return None
    others = [c for c in tok.children if c.dep_ == "conj" and c.ent_type_ == "PER" and c.pos_ == "PROPN"]
    if not others or not any(c.dep_ == "cc" for o in others for c in o.children):
        return None
    names = []
    for person in (tok, *others):
        ent = entity_at(person, ("PER",))
        names.append(_clean_name(_extend_name(ent).text if ent is not None else person.text, lang))
    return (
        f" {lang.syntax.AND} ".join([", ".join(names[:-1]), names[-1]])
        if len(names) > 2
        else f" {lang.syntax.AND} ".join(names)
    )


def _titled_people(tok: Token, lang: LanguageData) -> tuple[str, list[int]] | None:
    """``le chancelier Olaf Scholz et le président Emmanuel Macron ont salué``: two people each
    named after their title, coordinated before the verb, are one group as ``A et B`` are
    (ANNOTATION.md §2), whatever the parse hangs the second name on. Each side is a determiner,
    lower-case title words and a person's name and nothing else: no complement (``l'avocat de …``),
    no side without a name (``le maire Paul Roy et son adjoint``). The names, and the first
    name's token of each side (the group's mention sits on the first: the parse may head the phrase on a
    title word)."""
    doc = tok.doc
    pos = column(doc, POS)  # the phrase is swept on the Doc's arrays: a Token only where one is used
    if pos[tok.i] not in (NOUN, PROPN, ADJ):  # the parse may head the title on its adjective
        return None
    start = tok.left_edge.i
    end = start
    sent_end = sentence_bounds(doc, tok.i)[1]
    orths, lowers = column(doc, ORTH), column(doc, LOWER)
    stops = string_ids((",", ";", ":"))
    while end < sent_end and pos[end] not in (AUX, VERB) and orths[end] not in stops:
        end += 1
    if end >= sent_end or not start <= tok.i < end:
        return None
    and_id = get_string_id(lang.syntax.AND)
    ands = [i for i in range(start, end) if lowers[i] == and_id and pos[i] == CCONJ]
    if len(ands) != 1:
        return None
    names: list[str] = []
    anchors: list[int] = []
    titled = False
    strings = doc.vocab.strings
    of_forms = string_ids(lang.syntax.OF_FORMS)
    ent_types, person = column(doc, ENT_TYPE), get_string_id("PER")
    for a, b in ((start, ands[0]), (ands[0] + 1, end)):
        j = a
        if j < b and pos[j] == DET:
            j += 1
        k = j
        while k < b and pos[k] in (NOUN, ADJ) and strings[orths[k]][:1].islower() and lowers[k] not in of_forms:
            k += 1
        if k == b or any(ent_types[m] != person or pos[m] != PROPN for m in range(k, b)):
            return None
        if (j > a) != (k > j):
            return None  # a determiner with no title ("le Paul"), or a title with no determiner
        titled = titled or k > j
        ent = entity_at(doc[k], ("PER",))
        anchors.append(k)
        names.append(_clean_name(_extend_name(ent).text if ent is not None else doc[k:b].text, lang))
    if not titled:
        return None  # plain "A et B": ``_coordinated_people`` reads them
    return f" {lang.syntax.AND} ".join(names), anchors


def _descriptive_organisation(tok: Token, lang: LanguageData) -> _Source | None:
    """``la guérilla marxiste des FARC`` → FARC, ``les écuries de F1 Williams et McLaren`` →
    Williams et McLaren: a noun that describes a kind of body (``lang.roles``), its adjectives
    and complement, then the proper names it describes, which are the source's name; the words
    before them its title. Not a person's body (``le mouvement de Jean Martin``) nor a place's
    (``la guérilla de Colombie``)."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in lang.roles.DESCRIPTIVE_ORGANIZATION_NOUNS:
        return None
    doc = tok.doc
    end = min(sentence_end(tok), tok.i + 9)
    j = tok.i + 1
    of = False
    while j < end and (
        (doc[j].pos_ == "ADJ" and doc[j].text[:1].islower())
        or doc[j].lower_ in lang.syntax.OF_FORMS
        or (doc[j].pos_ == "DET" and doc[j].text[:1].islower())
        or (of and _digits(doc[j]) and j + 1 < end and doc[j + 1].text[:1].isupper())  # "de F1 Williams"
    ):
        of = of or doc[j].lower_ in lang.syntax.OF_FORMS
        j += 1
    runs: list[Span] = []
    while j < end and doc[j].text[:1].isupper() and doc[j].pos_ in ("PROPN", "NOUN", "X", "DET", "NUM"):
        if doc[j].pos_ == "DET" and not (j + 1 < end and doc[j + 1].text[:1].isupper()):
            break  # "Le Monde", "Les Echos": the article is part of a title
        k = j
        while k + 1 < end and (doc[k + 1].text[:1].isupper() or doc[k + 1].text == "-") and doc[k + 1].pos_ != "VERB":
            k += 1
        runs.append(doc[j : k + 1])
        if k + 2 < end and doc[k + 1].lower_ == lang.syntax.AND and doc[k + 2].text[:1].isupper():
            j = k + 2
            continue
        break
    if not runs:
        return None
    for run in runs:
        labels = {t.ent_type_ for t in run}
        if of and labels & {"PER", "LOC"} and "ORG" not in labels:
            return None  # "le mouvement de Jean Martin", "la guérilla de Colombie"
        if any(t.lower_ in lang.roles.HONORIFICS or t.text in lang.roles.FIRST_NAMES for t in run):
            return None  # a person named after the noun
    title = doc[tok.i : runs[0].start].text.strip(" ,")
    if len(runs) > 1:
        name = f" {lang.syntax.AND} ".join(r.text for r in runs)
        return _Source(name, SpeakerKind.GROUP, None, title, Resolution.EXPLICIT, plural=True)
    return _Source(_FOOTNOTE.sub("", runs[0].text), SpeakerKind.ORGANIZATION, None, title, Resolution.EXPLICIT)


def _digits(tok: Token) -> bool:
    return any(ch.isdigit() for ch in tok.text)


def _described_by(tok: Token, lang: LanguageData) -> _Source | None:
    """The descriptive organisation (``_descriptive_organisation``) whose names hold ``tok``:
    the parser may make the last of coordinated names the subject (``les écuries … Williams et
    McLaren ont dénoncé``)."""
    if tok.pos_ not in ("PROPN", "NOUN", "X") or not tok.text[:1].isupper():
        return None
    doc = tok.doc
    for j in range(tok.i - 1, max(sentence_start(tok), tok.i - 8) - 1, -1):
        t = doc[j]
        if t.pos_ == "NOUN" and t.lemma_.lower() in lang.roles.DESCRIPTIVE_ORGANIZATION_NOUNS:
            found = _descriptive_organisation(t, lang)
            names = found.name.split(f" {lang.syntax.AND} ") if found is not None and found.name else []
            return found if tok.text in " ".join(names).split() else None
        if not (
            t.text[:1].isupper()
            or t.lower_ in lang.syntax.OF_FORMS
            or t.lower_ == lang.syntax.AND
            or t.pos_ in ("ADJ", "DET")
            or _digits(t)
        ):
            return None
    return None


def _pronoun_source(gender: str | None, number: str, demonstrative: bool = False, protagonist: bool = False) -> _Source:
    """A person a pronoun (or a word read as one) stands for, of the lexicon's gender and number."""
    return _Source(
        None,
        SpeakerKind.PERSON,
        gender,
        None,
        Resolution.PRONOUN,
        pronoun=True,
        plural=number == "plur",
        demonstrative=demonstrative,
        protagonist=protagonist,
    )


@per_token  # the registry reads every subject, the speaker stage the same tokens again per item
def _read_source(tok: Token, lang: LanguageData) -> _Source:
    """What the source token says about the source, before looking back."""
    roles = lang.roles
    low = tok.lower_.replace("’", "'")
    glued = inverted_suffix(lang).search(low)
    if glued:
        low = glued.group("pronoun")
    low = _INVERSION_LINK.sub("", low)
    shown = demonstrative(tok, lang)
    if shown is not None:
        gender, number = lang.pronouns.SUBJECT[shown]
        return _pronoun_source(gender, number, demonstrative=True)
    if low in lang.pronouns.SUBJECT:
        gender, number = lang.pronouns.SUBJECT[low]
        return _pronoun_source(gender, number)
    if low in lang.pronouns.ANAPHORIC_NOUNS and any(
        c.dep_ == "det" and c.lower_.replace("’", "'") in lang.pronouns.DEFINITE for c in tok.children
    ):
        # "a confié l'intéressé": the person the story is about, named first, not the one quoted last
        gender, number = lang.pronouns.ANAPHORIC_NOUNS[low]
        return _pronoun_source(gender, number, protagonist=True)
    if low in lang.pronouns.POSSESSIVE and tok.pos_ == "DET":
        # "selon ses sources": the possessor, of either gender
        plural = lang.pronouns.POSSESSIVE[low] == "plur"
        return _Source(None, SpeakerKind.PERSON, None, None, Resolution.PRONOUN, pronoun=True, plural=plural)
    group = _partitive_group(tok, lang)
    if group is not None and group.lower_ in lang.pronouns.SUBJECT:
        # "l'un d'eux": one of the group the plural pronoun stands for, which is the source
        gender, _ = lang.pronouns.SUBJECT[group.lower_]
        return _Source(None, SpeakerKind.PERSON, gender, None, Resolution.PRONOUN, pronoun=True, plural=True)
    if group is not None:
        # "l'un des manifestants": a person known as one of a group, the phrase as the name
        name = tok.doc[tok.i : group.right_edge.i + 1].text
        return _Source(name, SpeakerKind.PERSON, lang.pronouns.PARTITIVE[tok.lower_], None, Resolution.ROLE)
    doc = tok.doc
    while (
        tok.pos_ == "NOUN"
        and not tok.whitespace_
        and tok.i + 2 < len(doc)
        and doc[tok.i + 1].text == "-"
        and not doc[tok.i + 1].whitespace_
        and doc[tok.i + 2].pos_ == "NOUN"
        and doc[tok.i + 2].text[:1].islower()
        and any(c.pos_ == "PROPN" for c in doc[tok.i + 2].children)
    ):
        # "le lieutenant-colonel Bruno Fiorini", "l'adjudant-chef": the tokenizer split the
        # compound title, and the parse hangs the name on its last part
        tok = doc[tok.i + 2]
    edge = tok.left_edge.i
    described = tok.doc[edge - 2] if edge >= 2 else None
    if (
        tok.pos_ == "NOUN"
        and described is not None
        and tok.doc[edge - 1].text == ","
        and described.pos_ == "PROPN"
        and described.ent_type_ == "PER"
        and not _agent(_name_root(described), lang)
    ):
        # "Bernard Bonnet, le successeur de …, qui …": the person it describes (not the complement
        # of a fronted participle: "Joint par Radio-Canada, le maire …" is the mayor)
        tok = described
    described_org = _descriptive_organisation(tok, lang) or _described_by(tok, lang)
    if described_org is not None:
        return described_org  # "la guérilla marxiste des FARC", "les écuries de F1 Williams et McLaren"
    together = _coordinated_people(tok, lang)
    if together is not None:
        return _Source(together, SpeakerKind.GROUP, None, None, Resolution.EXPLICIT, plural=True)
    titled = _titled_people(tok, lang)
    if titled is not None:
        name, anchors = titled
        # the group's gender, for the pronouns that take it up: masculine if one of them is,
        # feminine if all are ("la maire X et son adjointe Y … Elles", not "Ils")
        genders = [antecedents.mention_gender(tok.doc[k], lang) for k in anchors]
        gender = "masc" if "masc" in genders else "fem" if all(g == "fem" for g in genders) else None
        return _Source(name, SpeakerKind.GROUP, gender, None, Resolution.EXPLICIT, plural=True, anchor=anchors[0])
    own = entity_at(tok, ("PER",))
    honorific = low in roles.HONORIFICS
    if own is not None and (tok.pos_ not in ("NOUN",) or honorific):
        # the source token is part of a person's name the NER found: the name, whatever the parse
        # ("a promis M. Van den Berg", "Me Durand, avocat de …": the parse may head it on the honorific)
        around = _np_tokens(tok, lang)
        return _Source(
            _clean_name(_unglued(_extend_name(own), lang).text, lang),
            SpeakerKind.PERSON,
            _gender_of([*around, *own], lang, list(own)),
            _title_words(around, own, lang),
            Resolution.EXPLICIT,
        )
    tokens = _np_tokens(tok, lang)
    phrase = _phrase_tokens(tok)
    named = _person_entity(phrase, lang) if tok.pos_ == "NOUN" else None
    if named is not None and any(c.dep_ == "case" for c in named.root.children):
        named = None  # "les services de Manuel Valls": an organisation of his, not him
    if named is None and tok.pos_ == "NOUN" and person_noun(tok, lang):
        named = _proper_run(phrase, tok)
    if named is not None and _names_a_thing(named, tok, lang):
        named = None  # "les parents d'élèves de l'école Jules-Ferry": a school, not a person
    if named is not None and not (named.start <= tok.i < named.end):
        # "La porte-parole du département d'Etat, Jennifer Psaki," / "Son chef, le général T. D. Waldhauser,"
        inner = [t for t in phrase if named.start <= t.i < named.end]
        title = _title_words([t for t in phrase if t.i < named.start], None, lang)
        return _Source(
            _clean_name(named.text, lang),
            SpeakerKind.PERSON,
            _gender_of(phrase, lang, inner) or _gender_of(inner, lang),
            title,
            Resolution.APPOSITION,
        )
    # apposition with a name: "son chef, le général Thomas D. Waldhauser"
    for child in tok.children:
        if child.dep_ == "appos" and child.ent_type_ not in ("ORG", "LOC", "MISC"):
            inner = _np_tokens(child, lang)
            ent = _person_entity(inner, lang)
            if ent is not None or (child.pos_ == "PROPN" and not child.is_lower):
                # (not "Navi Pillay, haute-commissaire des Nations unies": a lower-case word is no name)
                title = _title_words(inner, ent, lang) or _title_words(tokens, None, lang)
                name = ent.text if ent is not None else _name_text(inner, child, lang)
                return _Source(
                    _clean_name(name, lang), SpeakerKind.PERSON, _gender_of(inner, lang), title, Resolution.APPOSITION
                )
    ent = _person_entity(tokens, lang)
    if ent is not None and _names_a_thing(ent, tok, lang):
        ent = None
    if (
        ent is not None
        and tok.pos_ == "NOUN"
        and person_noun(tok, lang)
        and any(c.dep_ == "case" for c in ent.root.children)
    ):
        ent = None  # "l'avocat de Marc Durand": his lawyer speaks, not him (but "l'avis de X" is X's)
    honored = _glued_honorific(lang).match(tok.text) or (tok.i > 0 and tok.doc[tok.i - 1].lower_ in roles.HONORIFICS)
    if ent is None and honored and tok.pos_ in ("PROPN", "NOUN"):
        name = _name_text(tokens, tok, lang)
        return _Source(_clean_name(name, lang), SpeakerKind.PERSON, _gender_of(tokens, lang), None, Resolution.EXPLICIT)
    if ent is not None:
        return _Source(
            _clean_name(ent.text, lang),
            SpeakerKind.PERSON,
            _gender_of(tokens, lang),
            _title_words(tokens, ent, lang),
            Resolution.EXPLICIT,
        )
    head_low = tok.lemma_.lower()
    propns = [t for t in tokens if t.pos_ == "PROPN"]
    if tok.text in roles.METONYMS or any(f"{t.text}" in roles.METONYMS for t in propns if t.i == tok.i):
        return _Source(tok.text, SpeakerKind.ORGANIZATION, None, None, Resolution.EXPLICIT)
    org_ent = entity_at(tok, ("ORG", "LOC", "MISC"))
    if org_ent is not None and tok.pos_ == "PROPN" and _looks_like_person(org_ent, lang):
        return _Source(
            _clean_name(org_ent.text, lang),
            SpeakerKind.PERSON,
            _gender_of(list(org_ent), lang),
            None,
            Resolution.EXPLICIT,
        )
    if (
        org_ent is not None
        and tok.pos_ == "NOUN"
        and tok.text[:1].islower()  # not "Reporters sans frontières"
        and person_noun(tok, lang)
    ):
        org_ent = None  # "le Premier ministre de préciser", tagged as an organisation: a person's role
    publication = org_ent is not None and org_ent.label_ == "MISC" and tok.pos_ in ("PROPN", "X")
    if org_ent is not None and (org_ent.label_ == "ORG" or publication) and _proper_org(org_ent) is not None:
        # "D'après The Hollywood Reporter": the NER's MISC is the title of a publication here
        return _Source(_proper_org(org_ent) or "", SpeakerKind.ORGANIZATION, None, None, Resolution.EXPLICIT)
    if org_ent is not None and org_ent.label_ == "LOC" and tok.pos_ == "PROPN" and _proper_org(org_ent) is not None:
        # "Le Royaume-Uni avait menacé …": a state speaking through its government, named as a whole
        return _Source(_proper_org(org_ent) or "", SpeakerKind.ORGANIZATION, None, None, Resolution.EXPLICIT)
    named_org = _described_organisation(tok, lang) if org_ent is None else None
    if named_org is not None:
        return _named_organisation(tok, named_org)  # "le constructeur automobile Renault"
    if head_low in roles.ORGANIZATION_NOUNS or tok.lower_ in roles.ORGANIZATION_NOUNS or org_ent is not None:
        lo, hi = tokens[0].i, tokens[-1].i + 1
        names = [
            e
            for e in entities(tok.doc, lo, hi, ("ORG", "MISC", "LOC"))
            if e.label_ in ("ORG", "MISC", "LOC") and e.start >= tok.i and _proper_org(e) is not None
        ]
        if (
            tok.pos_ == "NOUN"
            and names
            and 0 < names[0].start - tok.i <= 3
            and not any(t.pos_ == "ADP" for t in tok.doc[tok.i + 1 : names[0].start])
        ):
            return _named_organisation(tok, names[0])  # "le quotidien français Le Figaro", "la chaine BFM TV"
        set_off = _organisation_set_off(tok) if tok.pos_ == "NOUN" else None
        if set_off is not None:
            return _named_organisation(tok, *set_off)  # "La compagnie des eaux, Véolia, a annoncé"
        name = _org_name(tokens, tok, lang)
        bare = len(name.split()) == 1 and tok.pos_ == "NOUN"
        if bare and "Plur" in morph(tok, "Number"):
            # "les syndicats": a group named by its kind, not one organisation met before
            return _Source(name, SpeakerKind.GROUP, None, None, Resolution.EXPLICIT, plural=True)
        return _Source(name, SpeakerKind.ORGANIZATION, None, None, Resolution.EXPLICIT, role=name if bare else None)
    if tok.lower_ in roles.GROUP_NOUNS or (tok.pos_ == "NOUN" and "Plur" in morph(tok, "Number")):
        return _Source(_org_name(tokens, tok, lang), SpeakerKind.GROUP, None, None, Resolution.EXPLICIT, plural=True)
    mistagged = _mistagged_role(tok, lang)
    if tok.pos_ == "PROPN" and tok.is_lower and tok.is_alpha and not mistagged:
        # "Le patronat a critiqué": a lower-case word is no name whatever its tag (the name read
        # around it would be "Le"): a collective source named by its noun phrase
        return _Source(_org_name(tokens, tok, lang), SpeakerKind.ORGANIZATION, None, None, Resolution.EXPLICIT)
    if tok.pos_ == "PROPN" and not mistagged:
        name = _name_text(tokens, tok, lang)
        place = _place_before_name(tok, name)
        if place is not None:
            # "le bailleur Meurthe-et-Moselle Habitat a indiqué": the parse hung the place on the
            # noun before it; the place and the name are one organisation's name
            return _Source(
                f"{place.text} {_clean_name(name, lang)}", SpeakerKind.ORGANIZATION, None, None, Resolution.EXPLICIT
            )
        return _Source(
            _clean_name(name or tok.text, lang),
            SpeakerKind.PERSON,
            _gender_of(tokens, lang),
            _title_words(tokens, None, lang),
            Resolution.EXPLICIT,
        )
    if person_noun(tok, lang) or mistagged:
        role = _org_name(tokens, tok, lang)
        after = _name_after(tokens)
        if after is not None:
            return _Source(
                _clean_name(after.text, lang),
                SpeakerKind.PERSON,
                _gender_of(tokens, lang, list(after)),
                role,
                Resolution.APPOSITION,
            )
        return _Source(None, SpeakerKind.PERSON, _gender_of(tokens, lang), role, Resolution.ROLE, role=role)
    if tok.pos_ == "NOUN":
        return _Source(_org_name(tokens, tok, lang), SpeakerKind.ORGANIZATION, None, None, Resolution.EXPLICIT)
    return _Source(None, SpeakerKind.PERSON, None, None, Resolution.EXPLICIT)


def _agent(tok: Token, lang: LanguageData) -> bool:
    """Whether ``tok`` is an agent, after ``par`` (``Joint par Radio-Canada``), or the name in
    apposition to one (``Interrogé par la journaliste Anne Roy``)."""
    if tok.dep_ == "appos" and tok.head.i < tok.i and _agent(tok.head, lang):
        return True
    return any(c.dep_ == "case" and c.lower_ == lang.syntax.AGENT_PREPOSITION for c in tok.children)


def _name_root(tok: Token) -> Token:
    """The first word of the name ``tok`` ends (``Marc Roux`` → ``Marc``), which the parse hangs
    the name's relations on."""
    while tok.dep_ in ("flat:name", "flat") and tok.head.i < tok.i:
        tok = tok.head
    return tok


def _mistagged_role(tok: Token, lang: LanguageData) -> bool:
    """``regrette l'élue`` with ``élue`` tagged as a proper noun: a lower-case word the role
    lexicons list is a role noun, whatever its tag (a name is written with a capital)."""
    return (
        tok.pos_ == "PROPN"
        and tok.is_lower
        and (listed_person(tok.lower_, lang) or listed_person(tok.lemma_.lower(), lang))
    )


_CLOSING = frozenset({",", ".", ";", "!", "?", "…"})


def _name_after(tokens: Sequence[Token]) -> Span | None:
    """``« … », tonne le président du club, Marc Dupuis.``: a person's name right after a role
    noun phrase and a comma, set off by a comma or ending the sentence, is its apposition,
    wherever the parse hung it (not ``selon le maire, Jean Dupont a menti``: a verb follows)."""
    doc = tokens[-1].doc
    comma = tokens[-1].i + 1
    if comma + 1 >= len(doc) or doc[comma].text != "," or doc[comma].sent.start != tokens[-1].sent.start:
        return None
    ent = entity_at(doc[comma + 1], ("PER",))
    if ent is None or ent.start != comma + 1:
        return None
    ent = _extend_name(ent)
    sent_end = doc[comma].sent.end
    if ent.end < sent_end and doc[ent.end].text not in _CLOSING:
        return None
    return ent


@functools.cache
def _folded_roles(lang: LanguageData) -> frozenset[str]:
    return frozenset(fold(r) for r in lang.roles.ROLE_NOUNS)


def _looks_like_person(ent: Span, lang: LanguageData) -> bool:
    """A name the NER took for a place or an organisation, but which a role or a first name
    shows to be a person: ``Joechen Zaumseil, le vice-président``, ``Fayez al-Sarraj``."""
    if len(ent) >= 2 and (ent[0].text in lang.roles.FIRST_NAMES or fold(ent[0].text) in _folded_roles(lang)):
        return True  # "Fayez al-Sarraj", "General Haftar" (a title before a name)
    doc = ent.doc
    for t in doc[ent.end : min(len(doc), ent.end + 3)]:
        if t.text == "," or t.pos_ == "DET":
            continue
        return t.pos_ == "NOUN" and person_noun(t, lang)
    return False


def _proper_org(ent: Span) -> str | None:
    """The proper name in an ORG entity: ``chaine BFM TV`` → ``BFM TV``; None for ``ministère de …``."""
    words = list(ent)
    while words and words[0].pos_ == "DET":
        words.pop(0)
    if len(words) > 1 and words[0].text[:1].islower() and words[1].text[:1].isupper():
        words.pop(0)  # "chaine BFM TV": a common noun before the name
    while len(words) > 1 and (words[-1].pos_ in ("PRON", "DET", "ADP", "PUNCT") or words[-1].is_space):
        words.pop()  # "le Pentagone lui, a assuré": the emphatic pronoun is not part of the name
    if not words or not words[0].text[:1].isupper():
        return None
    end = words[-1].i + 1
    doc = ent.doc
    while len(words) == 1 and words[0].pos_ == "NOUN" and end < len(doc) and doc[end].pos_ == "ADJ":
        if doc[end].dep_ != "amod" or doc[end].head.i != words[0].i:
            break
        end += 1  # "le Conseil constitutionnel": the NER stops at the capitalised noun of the name
    if end < len(doc) and words[-1].text.endswith(("'", "’")) and not words[-1].whitespace_ and doc[end].lower_ == "s":
        end += 1  # "Moody's", "McDonald's": the tokenizer reads the English possessive as an elision
    return _FOOTNOTE.sub("", doc[words[0].i : end].text)


_FOOTNOTE = regex.compile(r"\s*\[[^\]]{0,12}\]?$")


def _strip_det(text: str, lang: LanguageData) -> str:
    text = _FOOTNOTE.sub("", text)  # "Parti populaire espagnol[1]": a footnote mark of the source page
    for det in lang.syntax.CASED_ARTICLE_PREFIXES:
        if text.startswith(det) and len(text) > len(det) + 1 and not text[len(det)].isupper():
            return text[len(det) :]
    return text


def _org_name(tokens: Sequence[Token], head: Token, lang: LanguageData) -> str:
    """Name of an organisation or role: the head, its adjectives and first ``de`` complement."""
    keep = [t for t in tokens if (t.i >= head.i or t.dep_ == "amod" or t.pos_ == "PROPN") and t.pos_ != "PRON"]
    # stop after the first nominal complement ("ministère de la Santé du gouvernement …")
    out: list[Token] = []
    nominal_seen = 0
    first: Token | None = None
    role = person_noun(head, lang)

    def institution(t: Token) -> bool:
        # a role's institution with its own capitalised complement: "responsable du ministère de la
        # Défense" (but the ministry itself stops at its first: "ministère de la Santé du Gouvernement …")
        # an organisation's place: "le club de football de Saint-Dié"
        if first is None or t.head.i != first.i or not t.text[:1].isupper():
            return False
        return role or t.ent_type_ == "LOC"

    for t in keep:
        if t.i > head.i and t.pos_ == "NOUN" and t.dep_ in ("nmod",):
            nominal_seen += 1
            first = first or t
            if nominal_seen > 1 and not (nominal_seen == 2 and institution(t)):
                break
        if (
            t.i > head.i
            and t.pos_ == "ADP"
            and nominal_seen >= 1
            and t.head.dep_ == "nmod"
            and t.head.head.i != head.i
            and not institution(t.head)
        ):
            break
        out.append(t)
    while out and (out[0].pos_ in ("DET", "ADP") or out[0].lower_ in lang.pronouns.NEW_REFERENT):
        out.pop(0)  # "d'autres témoignages" → "témoignages"
    while out and out[-1].pos_ in ("DET", "ADP", "PUNCT", "CCONJ"):
        out.pop()
    if not out:
        return head.text
    return head.doc[out[0].i : out[-1].i + 1].text


def _may_speak(tok: Token, lang: LanguageData) -> bool:
    """Whether a subject can be what a later pronoun takes up as a source: a name, a role,
    an organisation or a group; not "cette loi" ("Cette loi est, disent-ils, …"); people named after
    titles the lexicon lacks (``la navigatrice X et le skipper Y``)."""
    return (
        tok.pos_ == "PROPN"
        or bool(tok.ent_type_)
        or "Plur" in morph(tok, "Number")
        or source_noun(tok, lang)
        or _titled_people(tok, lang) is not None
    )


def _org_title(ent: Span, lang: LanguageData) -> str | None:
    """The kind of organisation named right before it: ``agence`` in ``l'agence de notation Moody's``,
    so that a later ``l'agence`` takes it up."""
    doc = ent.doc
    if ent.start == 0 or doc[ent.start - 1].pos_ == "ADP" or any(c.dep_ == "case" for c in ent.root.children):
        return None  # "le parti de Marine Le Pen": the organisation is hers, not her
    for j in range(ent.start - 1, max(ent.sent.start, ent.start - 6) - 1, -1):
        t = doc[j]
        if t.pos_ not in ("NOUN", "ADJ", "ADP", "DET"):
            return None
        if t.pos_ == "NOUN" and t.lemma_.lower() in lang.roles.ORGANIZATION_NOUNS:
            return None if _complement_of_person(t, lang) else t.lemma_.lower()
    return None


def _complement_of_person(noun: Token, lang: LanguageData) -> bool:
    """``le chef de la diplomatie russe Sergueï Lavrov``, ``la porte-parole du gouvernement …``:
    the organisation noun is the complement of a person's role noun before it, so the name
    after it is that person's, not the organisation's."""
    doc = noun.doc
    k = noun.i - 1
    while k > sentence_start(noun) and doc[k].pos_ == "DET":
        k -= 1
    if k <= sentence_start(noun) or doc[k].pos_ != "ADP":
        return False
    role = doc[k - 1]
    return role.pos_ in ("NOUN", "ADJ") and person_noun(role, lang)


_SUBJECTS = string_ids(("nsubj", "nsubj:pass"))
_PHRASE_STOPS = frozenset((VERB, AUX, PUNCT, PRON))  # the tags that end a noun phrase read leftwards
_COMMA = get_string_id(",")


def _seed_registry(registry: Registry, pieces: Sequence[Piece], index: TokenIndex, lang: LanguageData) -> None:
    """Register every person the NER finds, with titles from its noun phrase, and every
    organisation or group that is the subject of a clause (antecedents for ``ils``, ``elle``)."""
    markers = string_ids(lang.cues.TOPIC_MARKERS)
    for piece in pieces:
        doc = piece.doc
        lowers = column(doc, LOWER)
        # the words a topic marker hangs on ("Quant au maire, il …"), from the Doc's arrays
        topics: set[int] = set()
        if not markers.isdisjoint(lowers):
            topics = {doc[j].head.i for j, w in enumerate(lowers) if w in markers and doc[j].head.i != j}
        deps = column(doc, DEP)
        resumed: list[tuple[Token, _Source]] = []  # "cet ouvrier de Lunéville": linked after the names
        descriptions: list[tuple[Token, _Source]] = []  # unnamed roles, subjects of a clause
        for i, tag in enumerate(column(doc, POS)):
            if tag != NOUN and tag != PROPN:
                continue
            # a subject, or a topic: "Quant au maire, il …" (the relation read from the Doc's arrays)
            if deps[i] not in _SUBJECTS and i not in topics:
                kids = children(doc, i)  # (read from the Doc's arrays: _concerned wants words on both sides)
                if tag == NOUN and kids and kids[0] < i < kids[-1] and _concerned(doc[i], lang):
                    src = _read_source(doc[i], lang)
                    if src.kind is SpeakerKind.PERSON and src.name is None and src.role:
                        at = index.start(piece, doc[i]), index.end(piece, doc[i])
                        entity = registry.add(src.role, SpeakerKind.PERSON, *at, gender=src.gender, title=src.role)
                        entity.role_only = entity.concerned = True
                continue
            tok = doc[i]
            if _may_speak(tok, lang):
                src = _read_source(tok, lang)
                if src.name and src.kind is not SpeakerKind.PERSON and src.role is None:
                    on = doc[src.anchor] if src.anchor is not None else tok
                    at = index.start(piece, on), index.end(piece, on)
                    # a group's gender when its words show it (people named after their titles)
                    gender = src.gender if src.kind is SpeakerKind.GROUP else None
                    entity = registry.add(src.name, src.kind, *at, gender=gender, subject=True)
                    entity.place = entity.place or tok.ent_type_ == "LOC"
                elif src.kind is SpeakerKind.PERSON and src.name is None and src.role and _resumes(tok, lang):
                    resumed.append((tok, src))
                elif (
                    src.kind is SpeakerKind.PERSON
                    and src.name is None
                    and src.role
                    and registry.by_title(src.role.split()[0], index.start(piece, tok) + 1, src.gender) is None
                ):
                    at = index.start(piece, tok), index.end(piece, tok)
                    if _describes_a_person(tok, src, lang):
                        descriptions.append((tok, src))  # read once the piece's named people are known
                        continue
                    _add_role_only(registry, src, at, lang)
        for ent in entities(doc, labels=("ORG",)):
            if ent.label_ == "ORG" and _proper_org(ent):
                registry.add(
                    _proper_org(ent) or "",
                    SpeakerKind.ORGANIZATION,
                    index.start(piece, ent[0]),
                    index.end(piece, ent[-1]),
                    title=_org_title(ent, lang),
                    subject=ent.root.dep_.startswith("nsubj"),
                )
        for found in entities(doc, labels=("PER",)):
            if found.label_ != "PER":
                continue
            ent = _unglued(_extend_name(found), lang)  # "du site de Jababeka David Quentin": David Quentin
            name = _clean_name(ent.text, lang)
            if not name or len(name) < 2 or _names_a_thing(ent, ent[0], lang) or _day_name(ent, lang):
                continue  # (a school or a street named after someone is nobody who speaks)
            kind_noun = _org_title(ent, lang)
            if kind_noun is not None:
                # "L'agence de notation Fitch": an organisation the NER took for a person
                at = index.start(piece, ent[0]), index.end(piece, ent[-1])
                registry.add(name, SpeakerKind.ORGANIZATION, *at, title=kind_noun, subject=ent.root.dep_ == "nsubj")
                continue
            head = ent.root
            tokens = (
                _np_tokens(head.head, lang)
                if head.head.pos_ == "NOUN"
                and (
                    head.dep_ in ("appos", "flat:name")
                    # "le président Obama", not "la fille d'Ingrid Betancourt" (a complement)
                    or (head.dep_ == "nmod" and not any(c.dep_ == "case" for c in head.children))
                )
                else _np_tokens(head, lang)
            )
            # the words before and after the name, read from the Doc's arrays (no Token per word)
            sent_start, sent_end = sentence_bounds(doc, ent.start)
            tags, orths = column(doc, POS), column(doc, ORTH)
            lo = ent.start
            while lo > max(sent_start, ent.start - 7) and tags[lo - 1] not in _PHRASE_STOPS:
                lo -= 1
            window = doc[lo : ent.start]  # the noun phrase right before the name: "le général", "M."
            if len(window) and window[-1].pos_ == "ADP":
                window = doc[ent.start : ent.start]  # "la fille d'Ingrid Betancourt": the role is not hers
            if not len(window) and ent.start >= 2 and orths[ent.start - 1] == _COMMA:
                # "Le maire de New York, Michael Bloomberg, …": the role before the comma
                lo = ent.start - 1
                while lo > max(sent_start, ent.start - 9) and tags[lo - 1] not in _PHRASE_STOPS:
                    lo -= 1
                window = doc[lo : ent.start - 1]
                if len(window) and window[0].pos_ == "ADP" and lo >= 2 and orths[lo - 1] == _COMMA:
                    # "La directrice de la maison de retraite, à Épinal, Monique Thouvenin": a place
                    # set off by commas between the role and the name
                    end = lo - 1
                    lo = end
                    while lo > max(sent_start, end - 9) and tags[lo - 1] not in _PHRASE_STOPS:
                        lo -= 1
                    window = doc[lo:end]
                if len(window) and window[0].pos_ == "ADP":
                    window = doc[ent.start : ent.start]  # "En visite jeudi à Metz, Jacques Chirac": a where and when
            title = _title_words(tokens, ent, lang) or _title_words(list(window), None, lang)
            # "Jennifer Psaki, porte-parole du département": apposition after the name (a second
            # title when the name has one before it: "le lieutenant Yves Perrin, chef de centre,")
            after = doc[ent.end : min(sent_end, ent.end + 8)]
            office = None
            if len(after) > 1 and after[0].text == ",":
                # up to the next comma or verb: "Marie, 23 ans, a porté plainte" has no title
                # (a role participle the tagger read as the verb opens it: "Patrick Dumas, délégué CGT")
                opening = [after[1]] if _role_participle(after[1], lang) else []
                rest = after[1 + len(opening) :]
                described = opening + list(
                    itertools.takewhile(lambda t: t.text not in ",;" and t.pos_ not in ("VERB", "AUX"), rest)
                )
                stop = rest[len(described) - len(opening)] if len(described) - len(opening) < len(rest) else None
                # "Joint par Radio-Canada, le maire … a affirmé": a phrase a finite verb of its own
                # clause closes is that verb's subject, no apposition to the name (not a participle or
                # a relative inside the apposition: "le maire de Toul élu en 2020,", "… qui l'avait invité,")
                governed = _agent(head, lang)
                clause = (
                    governed
                    and stop is not None
                    and stop.pos_ in ("VERB", "AUX")
                    and "Fin" in morph(stop, "VerbForm")
                    and not any("Rel" in morph(t, "PronType") for t in described)
                )
                office = None if clause else _title_words(described, None, lang)
                if clause:  # (nor is it a title the parse hung on the name)
                    own = [t for t in tokens if t.i < ent.end]
                    title = _title_words(own, ent, lang) or _title_words(list(window), None, lang)
                title = title or office
            gender = _gender_of(list(window[-2:]) + list(ent), lang, list(ent))
            if gender is None and title:
                gender = _gender_of([t for t in window if t.pos_ == "DET" or person_noun(t, lang)][-2:], lang)
            subject = (
                any(t.dep_ in ("nsubj", "nsubj:pass") for t in ent)
                or head.dep_ in ("nsubj", "nsubj:pass")
                or (head.head.dep_ in ("nsubj", "nsubj:pass") and head.dep_ in ("appos", "flat:name", "nmod"))
                # "L'architecte des Bâtiments de France, Pierre-Yves Caillault, a supervisé …": the
                # parse hangs the apposed name on the subject's complement
                or (head.dep_ == "appos" and head.i > 0 and doc[head.i - 1].text == "," and _in_subject(head.head))
                # "L'adjointe aux finances, Odile Perrot, a présenté …": the parse coordinates the
                # name set off by commas with the subject it stands in apposition to
                or (
                    head.dep_ == "conj"
                    and head.i > 0
                    and doc[head.i - 1].text == ","
                    and head.head.dep_ in ("nsubj", "nsubj:pass")
                    and not any(c.dep_ == "cc" for c in head.children)
                )
                # "L'opposition, menée par Gérard Thiébaut, a voté contre": who leads the subject
                or (
                    head.dep_ == "obl:agent"
                    and head.head.dep_ == "acl"
                    and head.head.head.dep_ in ("nsubj", "nsubj:pass")
                )
            )
            start = index.start(piece, ent[0])
            end = index.end(piece, ent[-1])
            entity = registry.add(name, SpeakerKind.PERSON, start, end, gender=gender, title=title, subject=subject)
            if (
                len(after) > 3
                and after[0].text == ","
                and after[1].like_num
                and after[1].text.isdigit()
                and after[2].lower_ in lang.roles.AGE_UNITS
            ):
                entity.age = entity.age or int(after[1].text)  # "Georges Hanriot, 67 ans, a été réélu"
            if office and office not in entity.titles:
                entity.titles.append(office)
            for joined in _joined_offices(title, lang):
                if joined not in entity.titles:
                    entity.titles.append(joined)  # "le député-maire": the mayor too
            predicate = _passive_predicate_title(head, lang)
            if predicate and predicate not in entity.titles:
                entity.titles.append(predicate)  # "Georges Hanriot a été réélu président du comité"
            for led in _headship_titles(head, entity.gender, lang) + _trial_titles(head, entity.gender, lang):
                if led not in entity.titles:
                    entity.titles.append(led)  # "réélu à la tête du comité": the comité's président
                    entity.described.append(led)
                    entity.inferred.append(led)
        for tok, src in descriptions:
            at = index.start(piece, tok), index.end(piece, tok)
            person = _described_person(registry, tok, src, at[0], lang)
            if person is not None:
                # "Georges Hanriot, 67 ans, … Le sexagénaire a présenté …": the person just
                # introduced is the subject, whom a pronoun after it takes up
                registry.add(person.name, SpeakerKind.PERSON, *at, subject=True)
                continue
            _add_role_only(registry, src, at, lang)
        for tok, src in resumed:
            _link_resumed(registry, tok, src, (index.start(piece, tok), index.end(piece, tok)), lang)


def _concerned(tok: Token, lang: LanguageData) -> bool:
    """``requis trois ans contre un commerçant accusé d'escroquerie``: an unnamed person brought in
    by an indefinite article and described by a participle, whom the affair concerns and whom
    ``l'intéressé`` takes up, though no clause has them as its subject. The cheap tests come
    first: most nouns have no participle after them or no determiner before them, which answers
    before the person-noun model is asked."""
    if not tok.n_lefts or not tok.n_rights:
        return False
    det = next((c for c in tok.lefts if c.dep_ == "det"), None)  # the first determiner before the noun
    return (
        det is not None
        and any(c.dep_ == "acl" and "Part" in morph(c, "VerbForm") for c in tok.rights)
        and "Ind" in morph(det, "Definite")
        and "Plur" not in morph(tok, "Number")
        and person_noun(tok, lang)
    )


def _resumes(tok: Token, lang: LanguageData) -> bool:
    """``cet ouvrier de Lunéville``, ``cette mère de famille``: a singular role noun opened by a
    demonstrative determiner takes up a person already named, whatever complement it has."""
    if "Plur" in morph(tok, "Number"):
        return False
    dets = [c for c in tok.children if c.dep_ == "det" and c.i < tok.i]
    return bool(dets) and dets[0].lower_ in lang.pronouns.DEMONSTRATIVE


def _link_resumed(registry: Registry, tok: Token, src: _Source, at: tuple[int, int], lang: LanguageData) -> None:
    """Give a demonstrative role noun phrase to the person of its gender named last before it,
    as one more mention and title; with nobody named, it stays a role of its own."""
    found = registry.last_person(at[0], at[0] - TOPIC_WINDOW, src.gender)
    if found is None:
        _add_role_only(registry, src, at, lang)
        return
    entity = found[0]
    if src.role and src.role not in entity.titles:
        entity.titles.append(src.role)
    entity.mentions.append((*at, registry.original[at[0] : at[1]]))


@attrs.define
class _State:
    """What the speaker stage knows when it reaches an item: who spoke, and where."""

    last: tuple[int, Entity, str, int] | None = None  # (paragraph, entity, resolution, offset)
    spoke: Counter[int] = attrs.Factory(Counter)  # id(entity) → speech items so far
    headline_end: int = 0
    survey: bool = False  # the last speaker spoke through a poll, a study or a report
    leaders: list[int] = attrs.Factory(list)  # the keys of spoke.most_common(2), kept as it grows
    first: dict[int, int] = attrs.Factory(dict)  # id(entity) → rank of its first speech item

    def spoken(self, entity: Entity) -> None:
        """One more speech item for ``entity``, and ``leaders`` kept as ``spoke.most_common(2)``
        gives them (most items first, the first to have spoken first among equals) without
        sorting every speaker at each item of a long document: counts only grow, so the new
        leaders are among the old ones and the one who just spoke."""
        key = id(entity)
        self.spoke[key] += 1
        self.first.setdefault(key, len(self.first))
        pool = [k for k in self.leaders if k != key] + [key]
        self.leaders = sorted(pool, key=lambda k: (-self.spoke[k], self.first[k]))[:2]


@attrs.frozen
class _FirstMatch:
    """The ordered rules' answer for one item, and what choosing it leaves behind."""

    entity: Entity | None
    resolution: Resolution
    evidence: tuple[str, ...]
    reason: str | None  # why no speaker, when entity is None


def _first_match(item: Item, registry: Registry, index: TokenIndex, lang: LanguageData, state: _State) -> _FirstMatch:
    cue = item.cue
    last = state.last
    if cue is not None and cue.speaker_token is not None and _share(cue.speaker_token):
        # "… selon un sondage … Ce sondage révèle que 87 % ont confiance": a share of the people
        # asked reports the poll's finding; the poll in play is the source, else nobody is
        if last is not None and state.survey and item.start - last[3] < WINDOW:
            return _FirstMatch(last[1], Resolution.ROLE, (SURVEY_RULE,), None)
        return _FirstMatch(None, Resolution.EXPLICIT, ("speaker.not_a_source",), "a share of people is not a source")
    if cue is not None and cue.speaker_token is not None:
        at = index.start(cue.piece, cue.speaker_token)
        entity, resolution, reason = _resolve_cue(
            cue, registry, index, lang, last, lambda gender: _focus(registry, state, at, gender), opening=item.start
        )
        rule: tuple[str, ...] = (cue.speaker_rule,) if cue.speaker_rule else ()
        if reason in (
            FOCUS_RULE,
            DESCRIPTION_RULE,
            TOPIC_RULE,
            HYPERNYM_RULE,
            DESCRIBED_RULE,
            NEWCOMER_RULE,
            TOPIC_PHRASE_RULE,
        ):
            rule += (reason,)
        return _FirstMatch(entity, resolution, rule if entity is not None else (), reason if entity is None else None)
    if cue is None:
        named = _named_after(item, registry, index, lang)
        if named is not None:
            return _FirstMatch(named, Resolution.EXPLICIT, (NAMED_AFTER_RULE,), None)
        para = _paragraph_of(index, item.start)
        judged = "kind.partial.judged" in item.evidence
        if last is not None and (last[0] == para or (judged and item.start - last[3] < WINDOW)):
            return _FirstMatch(last[1], Resolution.INHERITED, ("speaker.inherited",), None)
        opens = para > 0 and _opens(item, para, registry.original, lang)
        if (
            last is not None
            and opens
            and (last[0] == _paragraph_of(index, para - 1) or _nobody_since(registry, last, item))
        ):
            # « A », sourit Brigitte Lallemand.¶« B. »: a paragraph that is a quotation goes on with
            # the speaker of the paragraph just before, or of one further up when no one has been
            # named since (a paragraph of narration between: « A », dit X.¶Le site …¶« B. »)
            return _FirstMatch(last[1], Resolution.INHERITED, (NEXT_PARAGRAPH_RULE,), None)
        person = _paragraph_person(registry, para, item.start, index, lang)
        if person is not None:
            return _FirstMatch(person, Resolution.INHERITED, (PARAGRAPH_RULE,), None)
        return _FirstMatch(None, Resolution.EXPLICIT, (), "no cue introduces this quotation")
    because = (cue.speaker_rule,) if cue.speaker_rule else ()  # "speaker.not_a_source", "speaker.indefinite", …
    return _FirstMatch(None, Resolution.EXPLICIT, because, "the cue has no recoverable source")


def resolve_speakers(
    items: Sequence[Item],
    pieces: Sequence[Piece],
    index: TokenIndex,
    lang: LanguageData,
    chooser: Chooser | None = None,
) -> tuple[dict[int, Speaker], list[tuple[Item, str]], dict[int, float]]:
    """Speakers of the speech items (by ``id(item)``), the items left unresolved with the
    reason, and the chooser's confidence in each speaker it gave (by ``id(item)``).

    Each item's candidates are the ordered rules' answer (first match), the previous
    speaker, the entities mentioned just before, the article's main speakers and the
    people of its headline, and nobody; ``chooser`` (default: first match) picks one.
    """
    chooser = chooser if chooser is not None else FirstMatch()
    if not isinstance(chooser, Recorder) and not any(item.kind.is_speech for item in items):
        return {}, [], {}  # nobody speaks: no speaker to find, no registry to build
    registry = Registry(
        index.view.original,
        index.paragraph_start,
        pieces[0].doc.vocab if pieces else None,
        frozenset(fold(w) for w in lang.syntax.OF_FORMS | lang.syntax.CONTRACTED_ARTICLES),
        frozenset(fold(a) for a in lang.pronouns.DEFINITE if a.endswith(("'", "’"))),
        lang=lang,
    )
    _seed_registry(registry, pieces, index, lang)
    resolved: dict[int, tuple[str, Resolution]] = {}  # each item: its speaker's name then, and how found
    confidence: dict[int, float] = {}
    unresolved: list[tuple[Item, str]] = []
    text = index.view.original
    first_line = _LINE_BREAK.search(text)
    # a headline is a short first line above the article (none in a text of one paragraph)
    headline = first_line is not None and first_line.start() <= HEADLINE
    state = _State(headline_end=first_line.start() if first_line is not None and headline else 0)
    for item in items:
        if not item.kind.is_speech:
            continue
        first = _first_match(item, registry, index, lang, state)
        candidates = _candidates(item, first, registry, index, lang, state)
        if isinstance(chooser, Recorder):
            chooser.key = (item.start, item.end)
        choice = chooser.choose(candidates)
        picked = candidates[choice.index]
        if picked.first_match:
            entity, resolution = first.entity, first.resolution
            item.evidence.extend(first.evidence)
            if entity is None:
                unresolved.append((item, first.reason or "no speaker"))
        else:
            entity, resolution = picked.subject, _resolution_of(item, picked, lang)
            item.evidence.append("speaker.ranked")
            item.evidence.extend(picked.rules)
            if entity is None:
                unresolved.append((item, "no candidate reaches the speaker ranker's threshold"))
        if entity is not None:
            resolved[id(item)] = (entity.name, resolution)
            if choice.confidence is not None:
                confidence[id(item)] = round(choice.confidence, 3)  # no false precision
            if item.cue is not None:
                _note_documents(registry, item.cue, entity, lang)
                if not picked.first_match and item.cue.speaker_token is not None:
                    tok = item.cue.speaker_token
                    start, end = index.start(item.cue.piece, tok), index.end(item.cue.piece, tok)
                    entity.mentions.append((start, end, registry.original[start:end]))
            state.last = (_paragraph_of(index, item.start), entity, resolution.value, item.end)
            state.survey = _surveyed(item.cue, lang) or (state.survey and SURVEY_RULE in item.evidence)
            state.spoken(entity)
    _share_incises(items, resolved, confidence, unresolved, text, lang)
    # Canonical names can change as later mentions arrive: rebuild from the final registry.
    bearers = _role_bearers(registry)
    if isinstance(chooser, Recorder):
        chooser.aliases = {id(role): bearer for role, bearer in bearers.items()}
    holder: dict[str, Entity] = {}  # each name, the first entity that bears it (names are never taken back)
    for entity in registry.entities:
        for variant in entity.variants:
            holder.setdefault(variant, entity)
    final: dict[int, Speaker] = {}
    made: dict[tuple[int, Resolution], Speaker] = {}  # an entity's speaker, built once per resolution
    for key, (name, resolution) in resolved.items():
        bearer = holder[name]
        bearer = bearers.get(bearer, bearer)  # "le maire de New York" (headline) → Michael Bloomberg (body)
        if (id(bearer), resolution) not in made:
            made[(id(bearer), resolution)] = bearer.speaker(resolution)
        final[key] = made[(id(bearer), resolution)]
    return final, unresolved, confidence


def _source_type(item: Item, lang: LanguageData) -> tuple[str, _Source | None]:
    """How the item names its source: ``nocue``, ``nosrc``, ``pron``, ``role``, ``org``, ``name``."""
    cue = item.cue
    if cue is None:
        return "nocue", None
    if cue.speaker_token is None:
        return "nosrc", None
    low = cue.speaker_token.lower_
    glued = inverted_suffix(lang).search(low)
    if _INVERSION_LINK.sub("", glued.group("pronoun") if glued else low) in lang.pronouns.INDEFINITE:
        return "indef", None  # "a-t-on appris": an inverted "on" names nobody, and takes nobody up
    src = _read_source(cue.speaker_token, lang)
    if src.pronoun:
        return "pron", src
    if src.kind is not SpeakerKind.PERSON:
        return "org", src
    if src.name is None:
        return "role", src
    return "name", src


def _resolution_of(item: Item, picked: Candidate[Entity], lang: LanguageData) -> Resolution:
    kind, _ = _source_type(item, lang)
    return {
        "pron": Resolution.PRONOUN,
        "role": Resolution.ROLE,
        "org": Resolution.ROLE,
        "name": Resolution.EXPLICIT,
    }.get(kind, Resolution.INHERITED)


_DISTANCES = (150, 500, WINDOW)


def _candidates(
    item: Item, first: _FirstMatch, registry: Registry, index: TokenIndex, lang: LanguageData, state: _State
) -> list[Candidate[Entity]]:
    """Every entity that could have said ``item``, with the rules that nominate it and its features."""
    out: dict[int, Candidate[Entity]] = {}

    def nominate(entity: Entity | None, rule: str, first_match: bool = False) -> None:
        key = id(entity) if entity is not None else 0
        found = out.setdefault(key, Candidate(entity))
        if rule not in found.rules:
            found.rules.append(rule)
        found.first_match = found.first_match or first_match

    nominate(first.entity, first.evidence[0] if first.evidence else "speaker.first_match", first_match=True)
    nominate(None, "speaker.candidate.nobody")
    kind, src = _source_type(item, lang)
    if item.cue is not None and item.cue.rule == "cue.relay" and first.entity is None:
        # "D'après l'agence de presse officielle, …" with no source cited: the agency relays someone
        # it does not name, not the minister quoted the sentence before (ANNOTATION.md §2)
        for candidate in out.values():
            candidate.features = _features(item, candidate, first, kind, src, registry, index, state)
        return list(out.values())
    if state.last is not None:
        nominate(state.last[1], "speaker.candidate.previous")
    if item.cue is not None and item.cue.speaker_token is not None and kind != "indef":
        # a pronoun or a role may take up anyone named just before; a quotation with no cue
        # only someone who spoke (a guess from the nearest name would be worse than none), an
        # indefinite "on" nobody
        for entity in registry.recent(item.start, 4):
            nominate(entity, "speaker.candidate.recent")
    # who spoke most, looked up by position (a table of every entity per item grew with the document)
    position = registry._position
    main = [registry.entities[position[key]] for key in state.leaders if key in position]
    for entity in main:
        nominate(entity, "speaker.candidate.main")
    for entity in registry.mentioned_in(0, state.headline_end):
        nominate(entity, "speaker.candidate.headline")
    if kind == "role" and src is not None:
        # "explique l'ingénieur", "l'ancien ministre estime": a role noun taking up a person named
        # before, who spoke last or most, of the same gender
        speakers = [state.last[1]] if state.last is not None else []
        speakers += main
        for entity in speakers:
            named = entity.kind is SpeakerKind.PERSON and not entity.role_only
            if named and not (src.gender and entity.gender and src.gender != entity.gender):
                nominate(entity, "speaker.candidate.role_bearer")
    for candidate in out.values():
        candidate.features = _features(item, candidate, first, kind, src, registry, index, state)
        candidate.features.update(_antecedent_features(item, candidate, kind, registry, index, lang))
    return list(out.values())


#: The rule that gives a quotation with no cue the speaker of the quotation right after it.
SHARED_RULE = "speaker.shared_incise"


def _share_incises(
    items: Sequence[Item],
    resolved: dict[int, tuple[str, Resolution]],
    confidence: dict[int, float],
    unresolved: list[tuple[Item, str]],
    text: str,
    lang: LanguageData,
) -> None:
    """``« A. » « B », a poursuivi X``: quotations in a row with nothing but their marks between
    them share the attribution of the last one; a quotation with no cue and no speaker before such
    a quotation takes its speaker."""
    speech = [item for item in items if item.kind.is_speech]
    for n in reversed(range(len(speech) - 1)):
        item, after = speech[n], speech[n + 1]
        if item.cue is not None or id(item) in resolved or id(after) not in resolved:
            continue
        marks = set(text[item.end : after.start]) - lang.marks.PADDING
        if not marks or not marks <= _mark_characters(lang):
            continue  # only the marks closing one quotation and opening the next
        resolved[id(item)] = (resolved[id(after)][0], Resolution.INHERITED)
        if id(after) in confidence:
            confidence[id(item)] = confidence[id(after)]
        item.evidence.append(SHARED_RULE)
        unresolved[:] = [(u, why) for u, why in unresolved if u is not item]


@functools.cache
def _mark_characters(lang: LanguageData) -> frozenset[str]:
    """Every quotation mark of the language, opening or closing."""
    return frozenset(lang.marks.PAIRS).union(*lang.marks.PAIRS.values())


#: The rule that gives a quotation with no cue the speaker the sentence right after it names.
NAMED_AFTER_RULE = "speaker.named_after"


def _named_after(item: Item, registry: Registry, index: TokenIndex, lang: LanguageData) -> Entity | None:
    """The source the sentence right after ``item`` names when it takes the quotation up: a noun
    of what was said as subject, then the source as agent or as complement of the copula
    (``« … » Ces propos ont été tenus par X``, ``La phrase est de X``), or ``ce`` before a
    relative clause whose reporting verb has the source for subject (``C'est ce qu'a affirmé X``)."""
    found = index.at(item.end)
    if found is None:
        return None
    piece, tok = found
    while tok.is_punct or tok.is_space:  # the closing marks (the next piece may hold the sentence)
        found = index.at(index.end(piece, tok))
        if found is None or found[1] is tok:
            return None
        piece, tok = found
    start = index.start(piece, tok)
    if start < item.end or "\n" in registry.original[item.end : start]:
        return None  # the next sentence, in the same paragraph
    sent = tok.sent
    if tok.i != next(t.i for t in sent if not (t.is_punct or t.is_space)):
        return None
    source = _utterance_source(sent, lang)
    if source is None:
        return None
    span = list(source.subtree)
    lo, hi = min(t.i for t in span), max(t.i for t in span)
    named = [
        e
        for e in registry.mentioned_in(index.start(piece, tok.doc[lo]), index.end(piece, tok.doc[hi]))
        if not e.place and e.kind is not SpeakerKind.GROUP
    ]
    ranked = sorted(
        named, key=lambda e: (e.kind is not SpeakerKind.PERSON or e.role_only, e.kind is not SpeakerKind.PERSON)
    )
    if not ranked and source.pos_ == "NOUN" and person_noun(source, lang) and not _definite(source):
        # "« … » C'est ce qu'a confié une lycéenne de 16 ans": an unnamed person the sentence brings
        # in (the parse reads the inverted subject as an object, so the registry has none): its role
        src = _read_source(source, lang)
        if src.kind is SpeakerKind.PERSON and src.name is None and src.role:
            _add_role_only(registry, src, (index.start(piece, source), index.end(piece, source)), lang)
            ranked = list(registry.mentioned_in(index.start(piece, source), index.end(piece, source)))
    return ranked[0] if ranked else None


def _definite(noun: Token) -> bool:
    """Whether a noun's determiner is a definite article (``la victime``, ``l'artisan``): a description
    that takes up someone named before, not one the sentence brings in (``une lycéenne``, ``sa fille``)."""
    return any(
        c.dep_ == "det" and "Def" in morph(c, "Definite") and "Yes" not in morph(c, "Poss") for c in noun.children
    )


def _someone(tok: Token, lang: LanguageData) -> bool:
    """Whether the complement of ``être de`` names who said it (``La phrase est de Victor Hugo``, ``…
    du ministre``), not what the words are like (``Ces propos sont d'une rare violence``)."""
    return tok.pos_ == "PROPN" or tok.ent_type_ in ("PER", "ORG") or person_noun(tok, lang)


def _utterance_source(sent: Span, lang: LanguageData) -> Token | None:
    """The token naming the source in a sentence that takes a quotation up (see ``_named_after``)."""
    if any(t.text == "?" for t in sent):
        return None  # "Ces propos ont-ils été dictés par X ?" names nobody
    words = [t for t in sent if not (t.is_punct or t.is_space)][:4]
    for t in words:
        if t.lemma_.lower() in lang.cues.TAKE_UP_NOUNS and t.dep_.startswith("nsubj"):
            root = t.head
            if any(c.dep_ == "advmod" and c.lower_ in lang.syntax.NEGATION_ADVERBS for c in root.children):
                return None  # "Ces mots n'ont pas été prononcés par X"
            if any(c.dep_ == "cop" for c in root.children):  # "Ces mots sont de X": X heads the clause
                cases = {g.lower_ for g in root.children if g.dep_ == "case"}
                return root if cases & lang.syntax.OF_FORMS and _someone(root, lang) else None
            for c in root.children:
                cases = {g.lower_ for g in c.children if g.dep_ == "case"}
                if c.dep_ == "obl:agent" and lang.syntax.AGENT_PREPOSITION in cases:
                    return c if root.lemma_.lower() in lang.cues.TAKE_UP_VERBS else None
                if root.lemma_ == lang.syntax.COPULA and c.dep_.startswith("obl") and cases & lang.syntax.OF_FORMS:
                    return c if _someone(c, lang) else None
            return None
        if t.lower_ in lang.cues.TAKE_UP_PRONOUNS:
            for verb in t.children:
                if verb.dep_ != "acl:relcl" or verb.lemma_.lower() not in lang.cues.TAKE_UP_VERBS:
                    continue
                after = [
                    c
                    for c in verb.children
                    if c.i > verb.i and c.pos_ in ("NOUN", "PROPN") and c.dep_ in ("nsubj", "obj")
                ]
                if after:
                    return after[0]  # the subject after its verb (read as an object at times)
            return None
    return None


#: The rule that gives a quotation opening a paragraph the speaker of the paragraph before.
NEXT_PARAGRAPH_RULE = "speaker.inherited_next_paragraph"


def _nobody_since(registry: Registry, last: tuple[int, Entity, str, int], item: Item) -> bool:
    """Whether no person or organisation but the last speaker is named between the last
    speaker's item and ``item``, which is near it."""
    if item.start - last[3] > WINDOW:
        return False
    named = registry.mentioned_in(last[3], item.start)
    return not any(e.kind is not SpeakerKind.GROUP and e is not last[1] for e in named)


def _opens(item: Item, para: int, text: str, lang: LanguageData) -> bool:
    """Whether ``item`` is the first thing of the paragraph starting at ``para``: nothing but
    quotation marks and spaces before it."""
    before = set(text[para : item.start]) - lang.marks.PADDING
    return para <= item.start and before <= _mark_characters(lang) | {"\n", " "}


#: The rule that gives a quotation with no cue the one person its paragraph is about.
PARAGRAPH_RULE = "speaker.paragraph_person"


def _paragraph_person(
    registry: Registry, para: int, before: int, index: TokenIndex, lang: LanguageData
) -> Entity | None:
    """The one person the paragraph names before ``before``, when that person is a subject there
    (or the sentence just before has for subject a pronoun of theirs) and nobody else is named
    (``Miguel Nerva a conçu ce code … Le but de ce langage est qu'il « doit être compréhensible
    par tous »``): whom a quotation with no cue, in a paragraph where nobody has spoken yet,
    reports."""
    named = [e for e in registry.mentioned_in(para, before) if e.kind is SpeakerKind.PERSON and not e.place]
    if len(named) != 1 or named[0].role_only:
        return None
    if not registry.subject_in(named[0], para, before) and not _pronoun_subject_before(named[0], before, index, lang):
        return None
    return named[0]


def _pronoun_subject_before(entity: Entity, before: int, index: TokenIndex, lang: LanguageData) -> bool:
    """Whether the sentence right before ``before`` has for subject a singular personal pronoun of
    ``entity``'s gender, of either when it is unknown (``Le docteur Alain Ferry … Il n'a pas
    trouvé de successeur. « … »``)."""
    found = index.before(before)
    if found is None:
        return False
    _, tok = found
    while tok.i > 0 and (tok.is_punct or tok.is_space) and sentence_start(tok) == tok.i:
        tok = tok.doc[tok.i - 1]  # the opening mark may start the quotation's own sentence
    for t in tok.sent:
        form = lang.pronouns.SUBJECT.get(t.lower_) if t.dep_ == "nsubj" else None
        if form is not None and form[1] == "sing" and entity.gender in (None, form[0]):
            return True
    return False


def _named_first_here(entity: Entity | None, start: int) -> bool:
    """Whether ``entity`` (a description's own entity, if the registry holds one) is first named
    at ``start``: the description is not a name the text already gave."""
    return entity is None or not entity.places or entity.places[0][0] >= start


def _definite_description(tok: Token, lang: LanguageData) -> bool:
    """A common noun opened by a definite or demonstrative determiner, with no word setting it
    apart (``d'autres``) and no complement or apposition naming whom it is (``le maire de
    Metz``, ``les salariés de Renault``)."""
    if tok.pos_ != "NOUN" or tok.ent_type_:
        return False
    dets = [c for c in tok.children if c.dep_ == "det" and c.i < tok.i]
    if not dets or dets[0].lower_ not in lang.pronouns.DEFINITE | lang.pronouns.DEMONSTRATIVE:
        return False
    if any(c.lower_ in lang.pronouns.NEW_REFERENT for c in tok.children):
        return False
    return not any(
        c.dep_ in ("nmod", "appos", "flat:name")
        and c.i > tok.i
        and (c.pos_ == "PROPN" or c.ent_type_ or c.lemma_.lower() in lang.roles.ORGANIZATION_NOUNS)
        for c in tok.children
    )


def _antecedent_features(
    item: Item, candidate: Candidate[Entity], kind: str, registry: Registry, index: TokenIndex, lang: LanguageData
) -> dict[str, float]:
    """The antecedent model's view of a candidate when the item's source is a pronoun (the
    probability that the pronoun takes the candidate up: antecedents.py); nothing otherwise."""
    if kind != "pron" or item.cue is None or item.cue.speaker_token is None:
        return {}
    pronoun = (item.cue.piece, item.cue.speaker_token)
    return antecedents.speaker_features(pronoun, candidate.subject, registry.entities, index, lang)


def _features(
    item: Item,
    candidate: Candidate[Entity],
    first: _FirstMatch,
    kind: str,
    src: _Source | None,
    registry: Registry,
    index: TokenIndex,
    state: _State,
) -> dict[str, float]:
    """The ranker's view of one candidate: which rules nominate it, how it relates to the
    item (recency, who spoke, agreement with a pronoun or role), crossed with how the item
    names its source."""
    f: dict[str, float] = {}

    def put(name: str, value: float = 1.0) -> None:
        f[name] = value
        f[f"{kind}&{name}"] = value

    for rule in candidate.rules:
        put(f"by:{rule}")
    entity = candidate.subject
    if entity is None:
        put("nobody")
        put(f"nobody&item:{item.kind.value}")
        if first.entity is None:
            put("nobody&first_none")
        return f
    if candidate.first_match:
        put("first")
        put(f"first:{first.resolution.value}")
    put(f"kind:{entity.kind.value}")
    if entity.kind is SpeakerKind.PERSON and not entity.role_only:
        put("named_person")
    if entity.kind is not SpeakerKind.PERSON and entity.name[:1].islower():
        put("common_noun")  # "les syndicats", "le rêve": a group or thing named by a common noun
    if entity.role_only:
        put("role_only")
        if registry.last_mention(entity, item.start) is None:
            put("role_only&new")
    if entity.place:
        put("place")
    para = _paragraph_of(index, item.start)
    last = state.last
    if last is not None and last[1] is entity:
        put("previous")
        if last[0] == para:
            put("previous&same_paragraph")
    spoken = state.spoke[id(entity)]
    if spoken:
        put("spoke")
        put("spoke_log", math.log1p(spoken))
        if state.leaders[0] == id(entity):
            put("main_speaker")
    seen = registry.last_mention(entity, item.start)
    if seen is None:
        put("not_mentioned_before")
    else:
        offset, subject = seen
        distance = item.start - offset
        put(f"distance:{next((i for i, d in enumerate(_DISTANCES) if distance < d), len(_DISTANCES))}")
        if offset >= para:
            put("mentioned_in_paragraph")
        if subject:
            put("mentioned_as_subject")
    if registry.mentioned_in(0, state.headline_end, entity):
        put("headline")
    if src is not None:
        if src.gender and entity.gender:
            put("gender_agrees" if src.gender == entity.gender else "gender_clashes")
        plural_entity = entity.kind is not SpeakerKind.PERSON
        if src.pronoun and src.plural != plural_entity and entity.kind is not SpeakerKind.ORGANIZATION:
            put("number_clashes")
        if src.role and any(fold(src.role).split()[:1] == fold(t).split()[:1] for t in entity.titles):
            put("title_matches")
    return f


def _note_documents(registry: Registry, cue: Cue, entity: Entity, lang: LanguageData) -> None:
    """``a indiqué l'Africom, dans un communiqué``: the communiqué is Africom's from now on."""
    sent = cue.sent
    # each token's lemma read from the Doc's arrays, a Token built only for a document noun
    for i, lemma in enumerate(lower_lemmas(sent.doc, sent.start, sent.end), sent.start):
        if lemma in lang.cues.DOCUMENT_NOUNS and any(
            c.dep_ == "det" and c.lower_ in lang.syntax.INDEFINITE_ARTICLES for c in sent.doc[i].children
        ):
            registry.documents.setdefault(lemma, entity)


def _role_bearers(registry: Registry) -> dict[Entity, Entity]:
    """Role-only entities whose role exactly one named person of the document bears (the role's
    complement agreeing: the ``président de la région`` is not the ``président du club``)."""
    out: dict[Entity, Entity] = {}
    named = [e for e in registry.entities if e.kind is SpeakerKind.PERSON and not e.role_only]
    for entity in registry.entities:
        if not entity.role_only:
            continue
        head = fold(entity.name).split()[:1]  # the role noun: "président", "maire"
        bearers = [
            n
            for n in named
            if any(fold(t).split()[: len(head)] == head and _titles_agree(entity.name, [t]) for t in n.titles)
            and _agrees(n, entity.gender, False)
        ]
        if len(bearers) == 1:
            out[entity] = bearers[0]
    return out


def _paragraph_of(index: TokenIndex, offset: int) -> int:
    return index.paragraph_start(offset)


def _resolve_cue(
    cue: Cue,
    registry: Registry,
    index: TokenIndex,
    lang: LanguageData,
    last: tuple[int, Entity, str, int] | None,
    focus: Callable[[str], Entity | None] | None = None,
    opening: int | None = None,
) -> tuple[Entity | None, Resolution, str]:
    """The entity the cue's source token names (``opening``: where the item starts), how it was
    found, and the rule that found it or why none was."""
    tok = cue.speaker_token
    assert tok is not None
    src = _read_source(tok, lang)
    at = tok.doc[src.anchor] if src.anchor is not None else tok
    start = index.start(cue.piece, at)
    end = index.end(cue.piece, at)
    periphrasis = role_of_periphrasis(tok, lang)
    if periphrasis is not None:
        # "le pensionnaire de la Maison Blanche": the bearer of the role it stands for
        entity = registry.by_title(periphrasis, start)
        if entity is not None:
            entity.mentions.append((start, end, registry.original[start:end]))
            return entity, Resolution.ROLE, ""
    if src.pronoun and not src.plural and not src.demonstrative and not src.protagonist:
        topical = _topic_phrase(tok, cue, registry, index, lang, src.gender)
        if topical is not None:
            # "Quant à Karine Dupuis, elle affirme …": the person the clause's topic phrase names
            topical.mentions.append((start, end, registry.original[start:end]))
            return topical, Resolution.PRONOUN, TOPIC_PHRASE_RULE
    if src.pronoun:
        prefer = last[1] if last is not None and not (src.demonstrative or src.protagonist) else None
        entity = registry.antecedent(
            start, src.gender, src.plural, prefer=prefer, nearest=src.demonstrative, first=src.protagonist
        )
        if entity is None:
            return None, Resolution.PRONOUN, f"no antecedent agrees with the pronoun {tok.text!r}"
        newcomer = (
            _newcomer(
                registry, cue, index, min(start, opening if opening is not None else start), src.gender, prefer, lang
            )
            if prefer is not None and entity is prefer and entity.kind is SpeakerKind.PERSON and not src.plural
            else None
        )
        if newcomer is not None:
            newcomer.mentions.append((start, end, registry.original[start:end]))
            return newcomer, Resolution.PRONOUN, NEWCOMER_RULE
        entity.mentions.append((start, end, registry.original[start:end]))
        return entity, Resolution.PRONOUN, ""
    document = tok.lemma_.lower()
    # "selon d'autres témoignages", "selon un rapport": a new source, not a document named before
    # (but "peut-on lire dans un communiqué" after a statement: the channel of the one who spoke)
    indefinite = cue.rule == "cue.selon" and any(
        c.dep_ == "det" and "Ind" in morph(c, "Definite") for c in tok.children
    )
    # "…, a indiqué une source diplomatique": an informant brought in by an indefinite article is
    # someone new, not the one quoted just before
    informant = document in lang.cues.INFORMANT_NOUNS and any(
        c.dep_ == "det" and c.lower_ in lang.syntax.INDEFINITE_ARTICLES for c in tok.children
    )
    other = indefinite or informant or any(c.lower_ in lang.pronouns.NEW_REFERENT for c in tok.children)
    if document in lang.cues.DOCUMENT_NOUNS and not other:
        # "selon le communiqué": the issuer of the communiqué introduced earlier ("dans un
        # communiqué"), else the source quoted just before; not "selon d'autres témoignages",
        # a new source
        issuer = registry.documents.get(document)
        if issuer is None and last is not None and start - last[3] < WINDOW:
            issuer = last[1]
        if issuer is not None:
            issuer.mentions.append((start, end, registry.original[start:end]))
            return issuer, Resolution.ROLE, ""
    if src.role is not None and src.kind is SpeakerKind.ORGANIZATION:
        # "le quotidien", "le ministère": the organisation named so earlier, if any
        entity = registry.by_title(src.role, start, kind=SpeakerKind.ORGANIZATION) or registry.by_head(src.role, start)
        if entity is None:
            # "L'agence de notation Fitch …" with Fitch read as a person by the NER
            entity = registry.by_title(src.role, start, kind=SpeakerKind.PERSON)
        if entity is None and fold(src.role) in lang.roles.GENERIC_ORGANIZATION_NOUNS:
            entity = registry.latest(SpeakerKind.ORGANIZATION, start)  # "l'organisation": the last one named
        if entity is not None:
            entity.gender = entity.gender or _article_gender(tok)  # "la compagnie": SNCF is an "elle"
            entity.mentions.append((start, end, registry.original[start:end]))
            return entity, Resolution.ROLE, ""
    if src.role is not None and src.name is None:
        # the lemma, then the form: "l'agricultrice" has the lemma "agriculteur", her title
        # "agricultrice bio à Darney" the feminine form
        entity = registry.by_title(tok.lemma_, start, src.gender) or registry.by_title(tok.lower_, start, src.gender)
        if entity is not None and not _titles_agree(src.role, entity.titles):
            entity = None  # "le Premier ministre" is not the "ministre de l'Intérieur" named before
        anaphoric = _anaphoric_description(tok, lang)
        hypernyms = lang.roles.ROLE_HYPERNYMS
        covered = (
            hypernyms.get(fold(tok.lower_))
            or hypernyms.get(fold(tok.lemma_))
            or hypernyms.get(fold(src.role), ())  # a class named in several words: "le chef d'établissement"
        )
        if entity is None and (anaphoric or _placed_description(tok, lang)) and covered:
            # "Le maire de Toul, Alain Perrin, … a déclaré l'élu": a class of offices takes up the
            # latest person whose title it covers
            bearers = [e for e in (registry.by_title(w, start, src.gender) for w in covered) if e is not None]
            # "Le dirigeant allemand" after "le chancelier allemand, X" and "le président, Y": an
            # adjective of the class that a bearer's title shares says which bearer
            marks = {fold(c.lower_) for c in tok.children if c.dep_ == "amod" and c.i > tok.i}
            shared = [e for e in bearers if marks & {w for t in e.titles for w in fold(t).split()}]
            bearers = shared or bearers
            seen = [(registry.last_mention(e, start), e) for e in bearers]
            latest = max(((m[0], id(e)), e) for m, e in seen if m is not None) if seen else None
            if latest is not None:
                entity = _untitled_since(registry, start, latest[0][0], src.gender) or latest[1]
                entity.mentions.append((start, end, registry.original[start:end]))
                return entity, Resolution.ROLE, HYPERNYM_RULE
        epicene = _epicene(tok, src, lang)
        if entity is None and anaphoric and (src.gender or epicene) and _person_description(tok, src, lang):
            gender = None if epicene else src.gender
            described = registry.last_person(
                start, start - TOPIC_WINDOW, gender, role_only=True, ages=_ages(tok, src, lang)
            )
            if described is not None:
                # "Un chauffeur de bus a été agressé … raconte le quinquagénaire": an age or a stage
                # of life takes up the person of that gender just introduced, title or none
                entity = described[0]
                entity.mentions.append((start, end, registry.original[start:end]))
                return entity, Resolution.ROLE, DESCRIBED_RULE
        about = focus(src.gender) if focus is not None and src.gender and anaphoric else None
        if entity is None and about is not None and not registry.mentioned_in(start, end, about):
            # "Pierre Moscovici … l'ancien haut-fonctionnaire … continuera": a definite description
            # of the person the article is about, of the same gender, who has no title yet
            entity = about
            entity.titles.append(src.role)
            entity.described.append(src.role)
            entity.mentions.append((start, end, registry.original[start:end]))
            return entity, Resolution.ROLE, FOCUS_RULE
        if (
            entity is None
            and last is not None
            and last[1].kind is SpeakerKind.PERSON
            and not last[1].role_only
            and _agrees(last[1], src.gender, False)
            and not last[1].named_titles
            and (start - last[3] < 400 or (_description(tok, lang) and start - last[3] < 600))
        ):
            # "Pour Jérémie Zimmermann, « … » Le porte-parole du collectif …": the role of the
            # person just quoted, who had none yet; "« … », explique l'ingénieur": a definite
            # description of the person just quoted, the press's way of not repeating a name.
            # Not a person who already bears a role: "Le président, Jean Colin, … Le maire a
            # salué …" names someone else, as the focus and topic rules above hold too
            entity = last[1]
            entity.titles.append(src.role)
            entity.described.append(src.role)
        if entity is None and src.gender and anaphoric:
            topic = registry.last_person(start, start - TOPIC_WINDOW, src.gender)
            if (
                topic is not None
                and topic[1]
                and (not topic[0].named_titles or covered or _epithet(tok, src, lang, topic[0]))
            ):
                # "Pierre Moscovici a effectué sa rentrée. L'ancien ministre socialiste estime que …":
                # a definite description of the person of that gender the sentence before was
                # about (its subject), who has no title yet; a class of offices whose titles no one
                # bears ("le syndicaliste" after "Paul Garnier, président de la Confédération
                # paysanne"), whatever title that person has; an epithet that is no office ("la
                # commerçante" after "La gérante du magasin, Martine Roth, est arrivée"), likewise
                entity = topic[0]
                entity.titles.append(src.role)
                entity.described.append(src.role)
                entity.mentions.append((start, end, registry.original[start:end]))
                return entity, Resolution.ROLE, TOPIC_RULE
        if entity is None:
            # a role with no name keeps the role as its name
            entity = registry.add(
                src.role, SpeakerKind.PERSON, start, end, gender=src.gender, title=src.role, subject=True
            )
            entity.role_only = True
            return entity, Resolution.ROLE, ""
        entity.mentions.append((start, end, registry.original[start:end]))
        return entity, Resolution.ROLE, ""
    if src.name is None:
        return None, Resolution.EXPLICIT, f"cannot read a source from {tok.text!r}"
    if (
        src.kind is SpeakerKind.GROUP
        and src.name[:1].islower()
        and last is not None
        and last[1].kind in (SpeakerKind.ORGANIZATION, SpeakerKind.GROUP)
        and not last[1].name[:1].islower()
        and start - last[3] < 400
        and cue.rule not in SOURCE_RULES  # "selon les observateurs": a source phrase brings new sources in
        and cue.token.dep_ != "acl:relcl"  # "chez PSA, où les syndicats craignent": a new scene
        and _definite_description(tok, lang)
        # plural only: "L'opposition réclame …" after "La Commission a proposé …" is a side of its own
        and "Plur" in tok.morph.get("Number", [])
        # "Pyongyang menace … Les deux dirigeants sont convenus …": a count of several is no one organisation
        and not (last[1].kind is SpeakerKind.ORGANIZATION and any(c.dep_ == "nummod" for c in tok.children))
        and _may_describe(tok, last[1], lang)
    ):
        own = registry.find(src.name, src.kind)
        if _named_first_here(own, start) or (own is not None and registry.taken_up.get(id(own)) is last[1]):
            # "Les écuries de F1 Williams et McLaren ont menacé … Les deux écuries britanniques
            # estiment que … Les deux écuries …": a definite plural description, subject of a main
            # clause, of the organisation or group just quoted, not a new one (nor, said again, a
            # description's first use)
            if own is not None:
                registry.taken_up[id(own)] = last[1]
            last[1].mentions.append((start, end, registry.original[start:end]))
            return last[1], Resolution.ROLE, DESCRIPTION_RULE
    if src.kind is not SpeakerKind.PERSON and len(src.name.split()) == 1 and src.name[:1].isupper():
        # "… son entraîneur, Rémi Garde … Garde a reconnu": a surname the entity recogniser reads as
        # a place or an organisation is the person named with it before
        person = registry.find(src.name, SpeakerKind.PERSON)
        if person is not None and len(fold(person.name).split()) > 1:
            return registry.add(src.name, SpeakerKind.PERSON, start, end, subject=True), src.resolution, ""
    entity = registry.add(src.name, src.kind, start, end, gender=src.gender, title=src.title, subject=True)
    if src.kind is SpeakerKind.ORGANIZATION and src.title:
        entity.titles.append(src.title.split()[0])
    return entity, src.resolution, ""


NEWCOMER_RULE = "speaker.newcomer"
TOPIC_PHRASE_RULE = "speaker.topic_phrase"


def _topic_phrase(
    tok: Token, cue: Cue, registry: Registry, index: TokenIndex, lang: LanguageData, gender: str | None
) -> Entity | None:
    """The person a topic phrase at the head of the pronoun's clause names (``Quant à Karine
    Dupuis, elle …``, ``quant au maire, il …``), gender agreeing; None if there is none."""
    head = tok.head
    for child in head.children:
        if child.i >= tok.i or child.dep_ in ("nsubj", "nsubj:pass", "expl:subj"):
            continue
        if not any(c.dep_ == "case" and c.lower_ in lang.cues.TOPIC_MARKERS for c in child.children):
            continue
        left, right = index.start(cue.piece, child), index.end(cue.piece, child)
        for entity in registry.mentioned_in(left, right):
            if entity.kind is SpeakerKind.PERSON and _agrees(entity, gender, False):
                return entity
    return None


def _newcomer(
    registry: Registry,
    cue: Cue,
    index: TokenIndex,
    before: int,
    gender: str | None,
    speaker: Entity,
    lang: LanguageData,
) -> Entity | None:
    """The person first named, as the subject of its main clause, in the sentence right before
    ``before`` (the item's or the pronoun's start, whichever comes first): ``« … », déplore-t-elle.
    Sa collègue Laure Petit confirme. « … », dit-elle``. A newcomer on stage is whom a personal
    pronoun of its gender takes up, not the speaker quoted before; None if there is none (a
    person named in a subordinate clause, ``comme le souhaite Arnaud Montebourg``, is not one)."""
    piece = cue.piece
    hit = index.before(before)
    if hit is None or hit[0] is not piece:
        return None
    doc = piece.doc
    previous: Span | None = hit[1].sent
    # the last sentence that ends before it (from the token before it, a step back at most a few
    # times: not a walk over the document per pronoun), skipping an opening mark the parser split off
    while previous is not None and (index.end(piece, previous[-1]) > before or not any(t.is_alpha for t in previous)):
        previous = doc[previous.start - 1].sent if previous.start > 0 else None
    if previous is None:
        return None
    root = previous.root
    if negated_head(root, lang) or root.lemma_.lower() in lang.cues.REFUSING_VERBS:
        return None  # "Le maire n'a pas souhaité réagir", "a refusé de commenter": nobody on stage speaks
    lo, hi = index.start(piece, previous[0]), index.end(piece, previous[-1])
    # an active subject only: one the sentence tells something of ("Sa fille a été hospitalisée") is no speaker
    subjects = [c for c in root.children if c.dep_ == "nsubj"]
    for subject in subjects:
        left, right = index.start(piece, subject.left_edge), index.end(piece, subject.right_edge)
        for entity in registry.mentioned_in(left, right):
            first = registry.first_mention(entity)
            if (
                entity.kind is SpeakerKind.PERSON
                and entity is not speaker
                and not entity.role_only
                and _agrees(entity, gender, False)
                and first is not None
                and lo <= first < hi
            ):
                return entity
    return None


SURVEY_RULE = "speaker.survey_share"


def _share(tok: Token) -> bool:
    """``63 %``, ``87 pourcent``: a share of people, which is never a source by itself."""
    return tok.text == "%" or tok.pos_ == "NUM" or tok.lower_ in ("pourcent", "pour-cent")


def _surveyed(cue: Cue | None, lang: LanguageData) -> bool:
    """Whether the cue names its source through a survey noun (``selon un sondage paru dans …``,
    ``cette enquête montre``), between the cue and its source or at the source."""
    if cue is None or cue.speaker_token is None:
        return False
    tok = cue.speaker_token
    if tok.doc is not cue.token.doc:
        return False
    lo, hi = sorted((tok.i, cue.token.i))
    return any(t.lemma_.lower() in lang.cues.SURVEY_NOUNS for t in tok.doc[lo : hi + 1])


#: The rule that takes a definite plural description up as the group or organisation just quoted.
DESCRIPTION_RULE = "speaker.group_description"


def _may_describe(tok: Token, organisation: Entity, lang: LanguageData) -> bool:
    """Whether a plural description may take up the organisation: a noun of members or of a side
    may (``les militants`` for Greenpeace, ``les rebelles``); a noun naming a kind of institution
    only an institution of that kind (``les deux écuries`` for the teams named ``écuries``, not
    ``les autorités`` for a geological institute)."""
    nouns = lang.roles.ORGANIZATION_NOUNS
    if tok.lower_ not in nouns and tok.lemma_.lower() not in nouns:
        return True
    kind = fold(tok.lemma_.lower())
    return any(kind in fold(words) for words in (organisation.name, *organisation.titles) if words)


#: How far back (characters) a definite description looks for the person the text is about, and
#: the rule that takes that person up.
TOPIC_WINDOW = 300
TOPIC_RULE = "speaker.topic_description"

#: The rules that take up a person named with a title by a class of offices (``l'élu``), and the
#: person just introduced by an age or a stage of life (``le quinquagénaire``).
HYPERNYM_RULE = "speaker.role_hypernym"
DESCRIBED_RULE = "speaker.person_description"


def _untitled_since(registry: Registry, start: int, bearer: int, gender: str | None) -> Entity | None:
    """``Jean-Pierre Mathieu, maire … L'opposition, menée par Gérard Thiébaut, … a regretté l'élu
    socialiste``: a person of the class's gender named as a subject (or the agent of a participle
    describing the subject) with no title in the cue's paragraph, after
    the last mention of the latest bearer of a covered title, is the one the class describes."""
    floor = max(bearer, registry.paragraph_start(start))
    found: tuple[int, Entity] | None = None
    for entity in registry.entities:
        if entity.kind is not SpeakerKind.PERSON or entity.role_only or entity.titles:
            continue
        if gender and entity.gender and entity.gender != gender:
            continue
        seen = registry.last_mention(entity, start)
        if seen is not None and seen[1] and seen[0] > floor and (found is None or seen[0] > found[0]):
            found = seen[0], entity
    return found[1] if found is not None else None


def _epithet(tok: Token, src: _Source, lang: LanguageData, person: Entity) -> bool:
    """Whether a gendered definite description may name ``person`` by a party, a calling or a
    trade rather than by an office (``le centriste``, ``l'urgentiste``): a person noun the role
    lexicons do not list (the model of person nouns knows it) or list as a trade, and no class of offices covers
    nor is, so that it cannot put a new office-holder on stage the way ``le préfet`` or ``le
    maire`` does after ``Le président, Jean Colin, …``, and takes up the person the sentence
    before was about, whatever title that person bears; not a word the person's own title names
    as a complement, someone else (``le plaignant`` after ``L'avocat du plaignant, Me Paul
    Ravel, …``)."""
    if not src.gender or not _anaphoric_description(tok, lang):
        return False
    trades = lang.roles.TRADE_NOUNS
    trade = tok.lower_ in trades or tok.lemma_.lower() in trades
    if not trade and (listed_person(tok.lower_, lang) or listed_person(tok.lemma_.lower(), lang)):
        return False  # (a listed trade is a calling: "l'artisan", "la fromagère")
    words = {fold(tok.lemma_), fold(tok.lower_)}
    titled = {w for title in person.titles for w in fold(title).replace("'", " ").split()}
    if trade and any(
        fold(head) in _offices(lang)
        for head in (title.lower().replace("'", " ").split()[0] for title in person.titles if title.strip())
    ):
        return False  # "La députée Anne Colin a visité la boulangerie. « … », assure la boulangère": not her
    return not words & _offices(lang) and not words & titled


@functools.cache
def _offices(lang: LanguageData) -> frozenset[str]:
    """Every office the classes of offices name or cover, folded (``maire``, ``procureur``, ``élu``)."""
    hypernyms = lang.roles.ROLE_HYPERNYMS
    return frozenset(fold(w) for w in hypernyms) | frozenset(fold(w) for ws in hypernyms.values() for w in ws)


def _person_description(tok: Token, src: _Source, lang: LanguageData) -> bool:
    """Whether the role noun phrase describes a person by age, stage of life or circumstance
    (``le retraité``, ``la jeune femme``), not by an office; a stated age describes whatever the
    noun (``le chanteur de 52 ans``, even ``le maire de 45 ans``)."""
    words = {fold(tok.lemma_), fold(tok.lower_)}
    if src.role:
        words.add(fold(src.role))
    if _stated_age(src.role, lang) is not None:
        return True  # "la jeune femme de 29 ans", "le chanteur de 52 ans": an age, whatever the noun
    return bool(
        words & (lang.roles.PERSON_DESCRIPTIONS | lang.roles.EPICENE_DESCRIPTIONS | lang.roles.DISTINCTION_NOUNS)
    )


def _stated_age(role: str | None, lang: LanguageData) -> int | None:
    """The age a role noun phrase states in its complement (``l'homme de 45 ans``: 45), or None."""
    for number, unit in itertools.pairwise((role or "").split()):
        if number.isdigit() and unit in lang.roles.AGE_UNITS:
            return int(number)
    return None


def _add_role_only(registry: Registry, src: _Source, at: tuple[int, int], lang: LanguageData) -> None:
    """An unnamed role can be what "il" takes up ("Le ministre est arrivé. … a-t-il dit")."""
    entity = registry.add(src.role or "", SpeakerKind.PERSON, *at, gender=src.gender, title=src.role, subject=True)
    entity.role_only = True
    words = (src.role or "").split()
    for number, unit in itertools.pairwise(words):
        if number.isdigit() and unit in lang.roles.AGE_UNITS:
            entity.age = entity.age or int(number)  # "un homme de 52 ans"


def _describes_a_person(tok: Token, src: _Source, lang: LanguageData) -> bool:
    """A definite description by age, stage of life or circumstance (``le sexagénaire``)."""
    return bool(src.gender or _epicene(tok, src, lang)) and (
        _anaphoric_description(tok, lang) and _person_description(tok, src, lang)
    )


def _described_person(registry: Registry, tok: Token, src: _Source, start: int, lang: LanguageData) -> Entity | None:
    """The named person a definite description by age or stage of life takes up (``Georges
    Hanriot, 67 ans, … le sexagénaire``): the person of its gender (of either, for ``la
    victime``) named last within ``TOPIC_WINDOW``, as ``DESCRIBED_RULE`` resolves it."""
    gender = None if _epicene(tok, src, lang) else src.gender
    found = registry.last_person(start, start - TOPIC_WINDOW, gender, ages=_ages(tok, src, lang))
    return found[0] if found is not None else None


def _ages(tok: Token, src: _Source, lang: LanguageData) -> tuple[int, int] | None:
    """The range of ages an age noun says (``le quinquagénaire``: 50 to 59) or a complement states
    (``la jeune femme de 29 ans``: 29), or None."""
    stated = _stated_age(src.role, lang)
    if stated is not None:
        return stated, stated
    for word in (fold(tok.lemma_), fold(tok.lower_), *([fold(src.role)] if src.role else [])):
        if word in lang.roles.AGE_NOUNS:
            low, high = lang.roles.AGE_NOUNS[word]
            return int(low), int(high)
    return None


def _epicene(tok: Token, src: _Source, lang: LanguageData) -> bool:
    """Whether the description's grammatical gender says nothing of the person's (``la victime``)."""
    words = {fold(tok.lemma_), fold(tok.lower_), *([fold(src.role)] if src.role else [])}
    return bool(words & lang.roles.EPICENE_DESCRIPTIONS)


#: How far back the person in focus was last named (characters), and the rule that names them.
FOCUS_WINDOW = 3 * WINDOW
FOCUS_RULE = "speaker.focus"


def _focus(registry: Registry, state: _State, before: int, gender: str) -> Entity | None:
    """The person the article is about at ``before``: among the named people of ``gender``
    who have spoken so far, named within ``FOCUS_WINDOW`` and known by no title yet (a title
    would say which roles are theirs: ``by_title`` takes those up), the one the document
    names most often, then the one who spoke most."""
    best: tuple[int, int, int] | None = None
    found: Entity | None = None
    for entity in registry.entities:
        if entity.kind is not SpeakerKind.PERSON or entity.role_only or entity.named_titles or entity.gender != gender:
            continue
        seen = registry.last_mention(entity, before)
        if seen is None or before - seen[0] > FOCUS_WINDOW:
            continue
        spoken = state.spoke[id(entity)]
        rank = (sum(entity.variants.values()), spoken, seen[0])
        if spoken and (best is None or rank > best):
            best, found = rank, entity
    return found


def _anaphoric_description(tok: Token, lang: LanguageData) -> bool:
    """``l'ancien haut-fonctionnaire``, ``l'auteur du programme de L. Jospin``: a definite,
    singular role noun phrase that does not itself name whom or what the role is of (not
    ``le porte-parole du ministère``, ``l'avocat de Marc Durand``, ``le maire de Metz``)."""
    if (tok.pos_ not in ("NOUN", "ADJ") and not _mistagged_role(tok, lang)) or "Plur" in morph(tok, "Number"):
        return False  # (an adjective here is a person noun misread: "le quinquagénaire")
    dets = [c for c in tok.children if c.dep_ == "det"]
    if not dets or dets[0].lower_ not in lang.pronouns.DEFINITE:
        return False
    if any(c.lower_ in lang.pronouns.NEW_REFERENT for c in tok.children):
        return False
    if {fold(tok.lemma_.lower()), fold(tok.lower_)} & lang.roles.DISTINCTION_NOUNS:
        return True  # "la lauréate du prix Nobel": the complement names the prize, not whose role it is
    return not any(
        c.dep_ in ("nmod", "appos")
        and c.i > tok.i
        and (c.pos_ == "PROPN" or c.ent_type_ or c.lemma_.lower() in lang.roles.ORGANIZATION_NOUNS)
        for c in tok.children
    )


def _placed_description(tok: Token, lang: LanguageData) -> bool:
    """``l'élu de Pont-à-Mousson``, ``le magistrat nancéien``: a definite singular role noun whose
    only named complement is a place, which a class of offices may still take up (the place says
    where the office is, not whose it is)."""
    if tok.pos_ != "NOUN" or "Plur" in morph(tok, "Number"):
        return False
    dets = [c for c in tok.children if c.dep_ == "det"]
    if not dets or dets[0].lower_ not in lang.pronouns.DEFINITE:
        return False
    named = [c for c in tok.children if c.dep_ in ("nmod", "appos") and c.i > tok.i and c.pos_ == "PROPN"]
    return bool(named) and all(c.ent_type_ == "LOC" for c in named)


def _description(tok: Token, lang: LanguageData) -> bool:
    """``l'ingénieur``, ``l'ancien ministre socialiste``: a definite role noun phrase with no
    complement naming an institution or a place (not ``le porte-parole du ministère``)."""
    definite = any(c.dep_ == "det" and c.lower_ in lang.pronouns.DEFINITE for c in tok.children)
    complement = any(c.dep_ == "nmod" and any(g.dep_ == "case" for g in c.children) for c in tok.children)
    return tok.pos_ == "NOUN" and definite and not complement


def merge_speakers(extractions: Iterable[Extraction], *, lang: str = "fr") -> tuple[Extraction, ...]:
    """The same extractions with one canonical name per source across the whole collection.

    ``Ahmed al-Mesmari`` in one article and ``Ahmad al-Mesmari`` in another become one
    speaker, named by the fullest and, among equals, the most frequent spelling. Names
    that only share a surname (``Marine Le Pen`` / ``Jean-Marie Le Pen``) stay apart.
    The names are compared inside blocks (``quoteminer.collection.canonical_names``), so
    the cost grows with the number of names, not with its square.
    """
    from quoteminer.collection import canonical_names

    docs = tuple(extractions)
    canonical = canonical_names((q.speaker for x in docs for q in x.quotes if q.speaker is not None), lang=lang)

    def rename(speaker: Speaker | None) -> Speaker | None:
        if speaker is None:
            return None
        return attrs.evolve(speaker, name=canonical.get((speaker.kind, speaker.name), speaker.name))

    out = []
    for extraction in docs:
        quotes = {q: attrs.evolve(q, speaker=rename(q.speaker)) for q in extraction.quotes}
        claims = tuple(
            attrs.evolve(c, source=rename(c.source), quote=quotes.get(c.quote) if c.quote is not None else None)
            for c in extraction.claims
        )
        out.append(attrs.evolve(extraction, quotes=tuple(quotes.values()), claims=claims))
    return tuple(out)
