"""Collection: many documents' Extractions → speakers across documents and clusters of the same quotation.

``Collection.add(doc_id, extraction, published=None, **metadata)`` keeps each document's
result; ``speakers()`` gives one speaker per person or organisation across the documents
(``Ahmed``/``Ahmad al-Mesmari``, ``M. Pompeo``/``Mike Pompeo`` merged), each with the
documents and quotes it appears in; ``clusters()`` gives the quotations that several
documents report (wire copy, a communiqué quoted by several outlets), matched on their
words, with the earliest report and the members whose wording differs from the others.

Invariants:

- near-linear in the number of quotes: exact duplicates (the same name, the same words)
  are grouped before any pairwise step, and pairs are only compared inside blocks keyed
  on rare keys — a person's surname and its one-letter deletions (``al-mesmari`` and
  ``al-msmari`` meet), an organisation's name, initials and head word; a quotation's
  winnowed word shingles (Schleimer, Wilkerson & Aiken, SIGMOD 2003), of which those shared
  by more than ``MAX_BLOCK`` groups are dropped as common phrases — so no block grows
  with the collection;
- two person names are one speaker when ``coreference.names_match`` says so (same
  surname, compatible first names); a name of one word joins a fuller one only when a
  single fuller name of its block matches it (``Pompeo`` is Mike Pompeo unless the
  collection also knows Mark Pompeo);
- two quotations are one when, with editorial brackets left out and case and accents
  folded, their common words (in order) are at least ``MIN_SHARED`` and at least
  ``MIN_CONTAINMENT`` of the shorter one: a cut, a bracket or a changed word still
  matches; a cluster holds reports from at least two documents;
- the results are immutable values of ``quoteminer.model``; they do not depend on the order
  the documents were added in (between equally full and frequent spellings, the earliest
  report's wins, then the alphabet's first);
- ``add`` does the per-document work (name keys, word tokens, fingerprints), so
  Collections built in several processes combine (``Collection.combine``) without
  redoing it: the Dask path of docs/scale.md.
"""

from __future__ import annotations

import contextlib
import datetime
import difflib
import gc
import hashlib
import zlib
from array import array
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from typing import IO, TYPE_CHECKING, Any

import attrs
import numpy
import regex

from quoteminer.coreference import initials, names_match, org_variant
from quoteminer.dates import as_date
from quoteminer.lang import LanguageData, get_language
from quoteminer.model import (
    ClusterMember,
    CollectionSpeaker,
    Extraction,
    Quote,
    QuoteCluster,
    QuoteRef,
    Speaker,
    SpeakerKind,
)
from quoteminer.parse import fold

if TYPE_CHECKING:
    import pandas

__all__ = ["MAX_BLOCK", "MIN_CONTAINMENT", "MIN_SHARED", "Collection", "canonical_names", "collect_partition"]

#: Words of a shingle, and shingles of a winnowing window (a common run of SHINGLE + WINDOW - 1
#: words is sure to share a fingerprint).
SHINGLE = 3
WINDOW = 4
#: A fingerprint shared by more groups of words than this is a common phrase, not evidence.
MAX_BLOCK = 50
#: Two quotations are one when they share this many words in order…
MIN_SHARED = 5
#: … making up at least this part of the shorter one.
MIN_CONTAINMENT = 0.6
#: Quotations shorter than this (in words) are not clustered: too little to tell a report from a phrase.
MIN_WORDS = 5

# Editorial material inside a quotation: [de l'ONU], […], (...), [it] of examinera[it], and a short
# gloss in parentheses, (Africom), which quoting outlets add or leave out.
_EDITORIAL = regex.compile(r"\[[^\]]{0,80}\]|\([^()]{1,40}\)|…")
_WORD = regex.compile(r"\w+")


# -- per document -------------------------------------------------------------------------


@attrs.frozen
class _Words:
    """A quotation's words: as written (for the reader) and folded (for matching)."""

    written: tuple[str, ...]
    folded: tuple[str, ...]
    offsets: tuple[int, ...]  # start of each word in the quote's text


def _words(text: str) -> _Words:
    """The words of a quotation, editorial brackets left out, with their offsets."""
    cut = [(m.start(), m.end()) for m in _EDITORIAL.finditer(text)]
    written, folded, offsets = [], [], []
    i = 0
    for m in _WORD.finditer(text):
        while i < len(cut) and cut[i][1] <= m.start():
            i += 1
        if i < len(cut) and cut[i][0] <= m.start() < cut[i][1]:
            continue  # inside brackets: the editor's words, not the speaker's
        written.append(m.group())
        folded.append(fold(m.group()))
        offsets.append(m.start())
    return _Words(tuple(written), tuple(folded), tuple(offsets))


def _folded(text: str) -> list[str]:
    """The folded words of a quotation, editorial brackets left out (``_words(text).folded``,
    faster: one fold for the whole text)."""
    return _WORD.findall(fold(_EDITORIAL.sub(" ", text)))


def _key(folded: Sequence[str]) -> int:
    """A 64-bit key of a quotation's folded words: the same words, the same key."""
    return int.from_bytes(hashlib.blake2b(" ".join(folded).encode(), digest_size=8).digest(), "little")


def _fingerprints(folded: Sequence[str]) -> bytes:
    """Winnowed shingle hashes (the least hash of every window of WINDOW shingles), packed
    as 32-bit integers."""
    if len(folded) < SHINGLE:
        return b""
    hashes = [zlib.crc32(" ".join(folded[i : i + SHINGLE]).encode()) for i in range(len(folded) - SHINGLE + 1)]
    if len(hashes) <= WINDOW:
        chosen = {min(hashes)}
    else:
        chosen = {min(hashes[i : i + WINDOW]) for i in range(len(hashes) - WINDOW + 1)}
    return array("I", sorted(chosen)).tobytes()


def _name_keys(kind: SpeakerKind, name: str, lang: LanguageData) -> tuple[str, ...]:
    """The blocking keys of a speaker's name: rare keys only (never a first name alone)."""
    words = fold(name).replace("-", " ").split()
    if not words:
        return ()
    if kind is SpeakerKind.PERSON:
        surname = words[-1]
        if len(surname) < 3:
            return (surname,)
        # a one-letter deletion neighbourhood: names one edit apart share a key
        return (surname, *sorted({surname[:i] + surname[i + 1 :] for i in range(len(surname))}))
    if kind is SpeakerKind.ORGANIZATION:
        bare = _strip_article(fold(name), lang)
        keys = {bare, initials(bare, lang)}
        head = bare.split()[0]
        if len(head) >= 4 and head not in lang.roles.COMMON_ORGANIZATION_HEADS:
            keys.add(head)  # "Samsung" / "Samsung Electronics"
        return tuple(sorted(k for k in keys if k))
    return (fold(name),)


def _strip_article(name: str, lang: LanguageData) -> str:
    for article in lang.syntax.DEFINITE_ARTICLE_PREFIXES:
        if name.startswith(article):
            return name[len(article) :]
    return name


@attrs.define
class _Document:
    doc_id: str
    extraction: Extraction
    published: datetime.date | None
    metadata: dict[str, Any]


@attrs.define
class _Name:
    """One (kind, name) as written, with every quote that carries it."""

    kind: SpeakerKind
    name: str
    keys: tuple[str, ...]
    refs: list[tuple[str, int]] = attrs.Factory(list)
    titles: Counter[str] = attrs.Factory(Counter)


@attrs.define(slots=True)
class _Group:
    """Quotations with exactly the same folded words (kept as the first one's reference: the
    words are read again from its quote when a comparison needs them)."""

    size: int  # number of folded words
    fingerprints: bytes
    refs: list[tuple[str, int]] = attrs.Factory(list)


@contextlib.contextmanager
def _bulk() -> Iterator[None]:
    """Pause the cyclic garbage collector while a step builds many objects and no cycle: its
    passes over a large heap would otherwise make the step's cost grow faster than its work."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


class _UnionFind:
    def __init__(self) -> None:
        self.parent: dict[Any, Any] = {}

    def find(self, x: Any) -> Any:
        parent = self.parent
        parent.setdefault(x, x)
        root = x
        while parent[root] != root:
            root = parent[root]
        while parent[x] != root:
            parent[x], x = root, parent[x]
        return root

    def union(self, a: Any, b: Any) -> None:
        """Join the sets of ``a`` and ``b`` (the smaller root stays the root)."""
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


# -- speakers ----------------------------------------------------------------------------------


def _same(kind: SpeakerKind, a: str, b: str, lang: LanguageData) -> bool:
    if kind is SpeakerKind.PERSON:
        return names_match(a, b)
    if kind is SpeakerKind.ORGANIZATION:
        return org_variant(fold(a), fold(b), lang)
    return fold(a) == fold(b)


def _speaker_clusters(names: Sequence[_Name], lang: LanguageData) -> list[list[int]]:
    """Indices of ``names`` grouped into one speaker each, comparing only inside blocks."""
    blocks: dict[tuple[SpeakerKind, str], list[int]] = defaultdict(list)
    for i, n in enumerate(names):
        for key in n.keys:
            blocks[(n.kind, key)].append(i)
    union = _UnionFind()
    single: list[int] = []
    for i, n in enumerate(names):
        union.find(i)
        if n.kind is SpeakerKind.PERSON and len(fold(n.name).split()) == 1:
            single.append(i)
    singles = set(single)
    seen: set[tuple[int, int]] = set()
    for members in blocks.values():
        full = [i for i in members if i not in singles]
        for x, i in enumerate(full):
            for j in full[x + 1 :]:
                pair = (i, j) if i < j else (j, i)
                if pair in seen:
                    continue
                seen.add(pair)
                if _same(names[i].kind, names[i].name, names[j].name, lang):
                    union.union(i, j)
    # a one-word name joins the one fuller speaker of its block that it matches, if there is only one
    for i in single:
        candidates = {
            union.find(j)
            for key in names[i].keys[:1]
            for j in blocks[(names[i].kind, key)]
            if j not in singles and names_match(names[i].name, names[j].name)
        }
        if len(candidates) == 1:
            union.union(i, candidates.pop())
        else:
            for key in names[i].keys[:1]:  # "Pompeo" and "pompeo": the same one word
                for j in blocks[(names[i].kind, key)]:
                    if j in singles and fold(names[j].name) == fold(names[i].name):
                        union.union(i, j)
    clusters: dict[int, list[int]] = defaultdict(list)
    for i in range(len(names)):
        clusters[union.find(i)].append(i)
    return list(clusters.values())


def _fullness(kind: SpeakerKind, name: str) -> tuple[int, int]:
    """How full a name is, as a document's canonical name is chosen (``coreference.Entity``):
    the most words, then the fewest initials; for an organisation, the longest."""
    if kind is not SpeakerKind.PERSON:
        return (len(name), 0)
    words = name.split()
    return (len(words), sum(not w.endswith(".") for w in words))


def _canonical(names: Sequence[_Name], first: Callable[[_Name], Any] | None = None) -> str:
    """The canonical name of one speaker: the fullest form, then the most used, then the one of
    the earliest report (``first``), then the first in alphabetical order: it does not depend
    on the order the documents were added in."""

    def rank(n: _Name) -> tuple[Any, ...]:
        return (
            tuple(-x for x in _fullness(n.kind, n.name)),
            -len(n.refs),
            first(n) if first is not None else 0,
            fold(n.name),
            n.name,
        )

    return min(names, key=rank).name


def canonical_names(speakers: Iterable[Speaker], *, lang: str = "fr") -> dict[tuple[SpeakerKind, str], str]:
    """(kind, name) → the one canonical name of that source across all ``speakers``.

    The fullest form wins, then the most frequent spelling; names are compared inside
    blocks only (see the module's invariants), so this is near-linear in the number of
    distinct names. ``lang`` is the language the names are written in (its articles and the small
    words of its acronyms).
    """
    language = get_language(lang)
    counts: dict[tuple[SpeakerKind, str], _Name] = {}
    for speaker in speakers:
        key = (speaker.kind, speaker.name)
        if key not in counts:
            counts[key] = _Name(speaker.kind, speaker.name, _name_keys(speaker.kind, speaker.name, language))
        counts[key].refs.append(("", 0))
    names = list(counts.values())
    out: dict[tuple[SpeakerKind, str], str] = {}
    for cluster in _speaker_clusters(names, language):
        members = [names[i] for i in cluster]
        canonical = _canonical(members)
        for n in members:
            out[(n.kind, n.name)] = canonical
    return out


# -- quotations --------------------------------------------------------------------------------


def _similar(a: Sequence[str], b: Sequence[str]) -> bool:
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    shared = sum(block.size for block in matcher.get_matching_blocks())
    return shared >= MIN_SHARED and shared >= MIN_CONTAINMENT * min(len(a), len(b))


def _group_clusters(groups: Sequence[_Group], folded: Callable[[_Group], Sequence[str]]) -> list[list[int]]:
    """Indices of ``groups`` that report the same quotation, compared inside shingle blocks
    (``folded`` reads a group's words)."""
    # every (fingerprint, group) pair, sorted by fingerprint: the runs are the blocks (numpy keeps
    # this to a few bytes a pair, where a dict of lists would take a hundred)
    sizes = numpy.fromiter((len(g.fingerprints) // 4 for g in groups), dtype=numpy.int64, count=len(groups))
    prints = numpy.frombuffer(b"".join(g.fingerprints for g in groups), dtype=numpy.uint32)
    owners = numpy.repeat(numpy.arange(len(groups), dtype=numpy.int64), sizes)
    order = numpy.argsort(prints, kind="stable")
    prints, owners = prints[order], owners[order]
    cuts = numpy.flatnonzero(numpy.diff(prints)) + 1
    starts = numpy.concatenate(([0], cuts)).astype(numpy.int64)
    ends = numpy.concatenate((cuts, [len(prints)])).astype(numpy.int64)
    blocks = (ends - starts >= 2) & (ends - starts <= MAX_BLOCK)  # a fingerprint more common is a phrase
    # candidates: pairs that share fingerprints; two, unless one of them has fewer (a short
    # quotation), so that one common phrase met by chance is not worth a comparison
    shared: Counter[tuple[int, int]] = Counter()
    for start, end in zip(starts[blocks].tolist(), ends[blocks].tolist(), strict=True):
        members = sorted(owners[start:end].tolist())
        shared.update((i, j) for x, i in enumerate(members) for j in members[x + 1 :])
    del prints, owners, order
    union = _UnionFind()
    words: dict[int, Sequence[str]] = {}

    def read(i: int) -> Sequence[str]:
        if i not in words:
            words[i] = folded(groups[i])
        return words[i]

    for (i, j), count in shared.items():
        if count < min(2, sizes[i], sizes[j]) or union.find(i) == union.find(j):
            continue
        if _similar(read(i), read(j)):
            union.union(i, j)
    clusters: dict[int, list[int]] = defaultdict(list)
    for i in list(union.parent):  # the groups joined to another
        clusters[union.find(i)].append(i)
    joined = [sorted(c) for c in clusters.values() if len(c) > 1]
    inside = {i for c in joined for i in c}
    alone = [[i] for i, g in enumerate(groups) if len(g.refs) > 1 and i not in inside]  # the same words twice
    return joined + alone


def _differences(words: _Words, reference: _Words) -> tuple[str, ...]:
    """This wording's words that differ from the reference's where both report the same words
    (a cut at either end is no difference)."""
    matcher = difflib.SequenceMatcher(None, reference.folded, words.folded, autojunk=False)
    blocks = [b for b in matcher.get_matching_blocks() if b.size]
    if not blocks:
        return ()
    lo, hi = blocks[0].b, blocks[-1].b + blocks[-1].size
    ref_lo, ref_hi = blocks[0].a, blocks[-1].a + blocks[-1].size
    out: list[str] = []
    for op, a1, a2, b1, b2 in matcher.get_opcodes():
        if op == "equal":
            continue
        if op in ("replace", "insert") and lo <= b1 and b2 <= hi:
            out.extend(words.written[b1:b2])
        if op in ("replace", "delete") and ref_lo <= a1 and a2 <= ref_hi and op == "delete":
            out.extend(f"-{w}" for w in reference.written[a1:a2])  # a word of the others left out
    return tuple(out)


def _quoted_words(quote: Quote, words: _Words) -> set[int]:
    """Indices of the words that are the speaker's own: the whole of a quotation, the verbatim
    spans of reported speech."""
    if quote.open_mark is not None or quote.close_mark is not None:
        return set(range(len(words.written)))
    spans = [(v.start - quote.start, v.end - quote.start) for v in quote.verbatim]
    return {i for i, at in enumerate(words.offsets) if any(s <= at < e for s, e in spans)}


def _misquote(quote: Quote, words: _Words, differing: Sequence[str]) -> bool:
    if not differing:
        return False
    own = _quoted_words(quote, words)
    mine = {w for w in differing if not w.startswith("-")}
    removed = any(w.startswith("-") for w in differing)
    return any(words.written[i] in mine for i in own) or (removed and bool(own))


class Collection:
    """Many documents' results, for the questions asked across them: who is who, who said what
    first, and was it quoted right.

    >>> import datetime, quoteminer
    >>> collection = quoteminer.Collection()
    >>> text = "« Nous retirons une partie de nos forces de Libye », a annoncé Ahmed al-Mesmari."
    >>> collection.add("a", quoteminer.extract(text), published=datetime.date(2019, 4, 8))
    >>> other = "« Nous retirons une partie de nos forces de la Libye », a déclaré Ahmad al-Mesmari."
    >>> collection.add("b", quoteminer.extract(other), published="2019-04-07")
    >>> [(s.name, s.documents) for s in collection.speakers()]
    [('Ahmad al-Mesmari', ('b', 'a'))]
    >>> (cluster,) = collection.clusters()
    >>> cluster.earliest.doc_id, [(m.doc_id, m.differing) for m in cluster.members]
    ('b', [('b', ()), ('a', ('-la',))])
    """

    def __init__(self, *, lang: str = "fr") -> None:
        self.lang = lang  #: the language of the documents' names (see ``quoteminer.lang``)
        self._language = get_language(lang)
        self._documents: dict[str, _Document] = {}
        self._names: dict[tuple[SpeakerKind, str], _Name] = {}
        self._groups: dict[int, _Group] = {}
        self._speakers: tuple[CollectionSpeaker, ...] | None = None
        self._clusters: tuple[QuoteCluster, ...] | None = None

    def add(
        self, doc_id: str, extraction: Extraction, published: datetime.date | str | None = None, **metadata: Any
    ) -> None:
        """Add one document's Extraction (``published``: a ``date``, ``datetime`` or ISO string;
        ``metadata``: anything JSON can hold, given back with the document)."""
        if not isinstance(doc_id, str) or not doc_id:
            raise TypeError(f"doc_id must be a non-empty str, not {doc_id!r}")
        if not isinstance(extraction, Extraction):
            raise TypeError(f"Collection.add() takes an Extraction, not {type(extraction).__name__}")
        if doc_id in self._documents:
            raise ValueError(f"document {doc_id!r} is already in the collection")
        day = as_date(published)
        self._documents[doc_id] = _Document(doc_id, extraction, day, dict(metadata))
        self._speakers = self._clusters = None
        for index, quote in enumerate(extraction.quotes):
            if not quote.kind.is_speech:
                continue
            speaker = quote.speaker
            if speaker is not None:
                key = (speaker.kind, speaker.name)
                name = self._names.get(key)
                if name is None:
                    name = self._names[key] = _Name(speaker.kind, speaker.name, _name_keys(*key, self._language))
                name.refs.append((doc_id, index))
                if speaker.title:
                    name.titles[speaker.title] += 1
            folded = _folded(quote.text)
            if len(folded) < MIN_WORDS:
                continue
            words_key = _key(folded)
            group = self._groups.get(words_key)
            if group is None:
                group = self._groups[words_key] = _Group(len(folded), _fingerprints(folded))
            group.refs.append((doc_id, index))

    def add_many(self, records: Iterable[tuple[str, Extraction]], published: Mapping[str, Any] | None = None) -> None:
        """Add ``(doc_id, extraction)`` pairs, with their dates from ``published`` when given."""
        dates = published or {}
        with _bulk():
            for doc_id, extraction in records:
                self.add(doc_id, extraction, dates.get(doc_id))

    @classmethod
    def combine(cls, collections: Iterable[Collection]) -> Collection:
        """One Collection holding the documents of several (built in parallel, for instance):
        their per-document work is kept, not redone. Document ids must not repeat."""
        parts = list(collections)
        for part in parts:
            if not isinstance(part, Collection):
                raise TypeError(f"Collection.combine() takes Collections, not {type(part).__name__}")
        languages = sorted({part.lang for part in parts})
        if len(languages) > 1:
            raise ValueError(f"Collection.combine() takes collections of one language, not {', '.join(languages)}")
        out = cls(lang=languages[0]) if languages else cls()
        for part in parts:
            for doc_id, doc in part._documents.items():
                if doc_id in out._documents:
                    raise ValueError(f"document {doc_id!r} is in two of the collections")
                out._documents[doc_id] = doc
            for name_key, name in part._names.items():
                mine = out._names.get(name_key)
                if mine is None:
                    out._names[name_key] = _Name(name.kind, name.name, name.keys, list(name.refs), Counter(name.titles))
                else:
                    mine.refs.extend(name.refs)
                    mine.titles.update(name.titles)
            for words_key, group in part._groups.items():
                ours = out._groups.get(words_key)
                if ours is None:
                    out._groups[words_key] = _Group(group.size, group.fingerprints, list(group.refs))
                else:
                    ours.refs.extend(group.refs)
        return out

    def __len__(self) -> int:
        return len(self._documents)

    def __contains__(self, doc_id: object) -> bool:
        return doc_id in self._documents

    @property
    def documents(self) -> tuple[str, ...]:
        """The document ids, in the order they were added."""
        return tuple(self._documents)

    def published(self, doc_id: str) -> datetime.date | None:
        """The publication date a document was added with."""
        return self._documents[doc_id].published

    def metadata(self, doc_id: str) -> dict[str, Any]:
        """The metadata a document was added with (a copy)."""
        return dict(self._documents[doc_id].metadata)

    def extraction(self, doc_id: str) -> Extraction:
        """A document's Extraction."""
        return self._documents[doc_id].extraction

    def _ref(self, doc_id: str, index: int) -> QuoteRef:
        doc = self._documents[doc_id]
        return QuoteRef(doc_id=doc_id, index=index, quote=doc.extraction.quotes[index], published=doc.published)

    def _order(self, doc_id: str) -> tuple[bool, datetime.date, str]:
        day = self._documents[doc_id].published
        return (day is None, day or datetime.date.max, doc_id)

    def speakers(self) -> tuple[CollectionSpeaker, ...]:
        """One speaker per person, organisation or group across the documents, most quoted first."""
        if self._speakers is None:
            with _bulk():
                self._speakers = self._find_speakers()
        return self._speakers

    def _find_speakers(self) -> tuple[CollectionSpeaker, ...]:
        names = list(self._names.values())
        out = []
        for cluster in _speaker_clusters(names, self._language):
            members = [names[i] for i in cluster]
            refs = sorted({r for n in members for r in n.refs}, key=lambda r: (self._order(r[0]), r[1]))
            titles: Counter[str] = Counter()
            for n in members:
                titles.update(n.titles)
            variants = sorted(
                {n.name for n in members}, key=lambda v: (-sum(len(n.refs) for n in members if n.name == v), v)
            )
            out.append(
                CollectionSpeaker(
                    name=_canonical(members, lambda n: min(self._order(doc) for doc, _ in n.refs)),
                    kind=members[0].kind,
                    variants=tuple(variants),
                    titles=tuple(t for t, _ in titles.most_common()),
                    documents=tuple(dict.fromkeys(doc for doc, _ in refs)),
                    quotes=tuple(self._ref(doc, i) for doc, i in refs),
                )
            )
        out.sort(key=lambda s: (-len(s.quotes), s.name, s.kind.value))
        return tuple(out)

    def _speaker_of(self) -> dict[tuple[SpeakerKind, str], str]:
        return {(s.kind, variant): s.name for s in self.speakers() for variant in s.variants}

    def clusters(self) -> tuple[QuoteCluster, ...]:
        """The quotations reported by at least two documents, most reported first."""
        if self._clusters is None:
            with _bulk():
                self._clusters = self._find_clusters()
        return self._clusters

    def _find_clusters(self) -> tuple[QuoteCluster, ...]:
        groups = list(self._groups.values())
        canonical = self._speaker_of()
        out = []

        def folded(group: _Group) -> list[str]:
            return _folded(self._ref(*group.refs[0]).quote.text)

        for cluster in _group_clusters(groups, folded):
            members = [groups[i] for i in cluster]
            docs = {doc for g in members for doc, _ in g.refs}
            if len(docs) < 2:
                continue
            # the reference wording: the one most reports give, then the earliest, then the longest
            reference = min(members, key=lambda g: (-len(g.refs), min(self._order(d) for d, _ in g.refs), -g.size))
            written = {id(g): _words(self._ref(*g.refs[0]).quote.text) for g in members}
            entries = []
            for g in members:
                words = written[id(g)]
                differing = () if g is reference else _differences(words, written[id(reference)])
                for doc_id, index in g.refs:
                    ref = self._ref(doc_id, index)
                    speaker = ref.quote.speaker
                    name = canonical.get((speaker.kind, speaker.name)) if speaker is not None else None
                    entries.append(
                        ClusterMember(
                            doc_id=doc_id,
                            index=index,
                            quote=ref.quote,
                            published=ref.published,
                            speaker=name,
                            differing=differing,
                            possible_misquote=_misquote(ref.quote, words, differing),
                        )
                    )
            entries.sort(key=lambda m: (self._order(m.doc_id), m.index))
            earliest = entries[0] if entries[0].published is not None else None
            text = self._ref(*min(reference.refs, key=lambda r: (self._order(r[0]), r[1]))).quote.text
            out.append(QuoteCluster(text=text, members=tuple(entries), earliest=earliest))
        out.sort(key=lambda c: (-len(c.documents), self._order(c.members[0].doc_id), c.text))
        return tuple(out)

    # -- out ---------------------------------------------------------------------------------

    def records(self) -> Iterator[dict[str, Any]]:
        """Everything as JSON-safe records: documents, then speakers, then clusters (see
        ``quoteminer.export.collection_records``)."""
        from quoteminer.export import collection_records

        return collection_records(self)

    def write_jsonl(self, stream: IO[str]) -> int:
        """Write :meth:`records` as JSON Lines; return the number of lines."""
        from quoteminer.export import write_collection_jsonl

        return write_collection_jsonl(self, stream)

    def to_dataframe(self, what: str = "clusters") -> pandas.DataFrame:
        """A DataFrame view: ``"speakers"`` (one row per speaker and quote) or ``"clusters"``
        (one row per member of a cluster). Needs pandas."""
        from quoteminer.export import collection_dataframe

        return collection_dataframe(self, what)


def collect_partition(records: Iterable[Mapping[str, Any]], *, lang: str = "fr", batch_size: int = 32) -> Collection:
    """The Collection of one partition of records: each a mapping with ``id``, ``text`` and
    optionally ``date`` (its publication date); its other fields are kept as metadata.

    Made for ``dask.bag.Bag.reduction(collect_partition, Collection.combine)`` (docs/scale.md):
    a module-level function that pickles by name; the parse and the collection's
    per-document work (name keys, words, fingerprints) are done where it runs, and the
    partial collections combine without redoing it.

    >>> part = collect_partition([{"id": "a", "text": "« Oui », a dit Paul Durand.", "date": "2019-04-08"}])
    >>> part.documents, part.published("a").isoformat()
    (('a',), '2019-04-08')
    """
    from quoteminer.batch import extract_partition

    rows = list(records)
    for row in rows:
        if not isinstance(row, Mapping) or "id" not in row or "text" not in row:
            raise ValueError("collect_partition() takes records with an 'id' and a 'text'")
    results = extract_partition(
        [{"text": row["text"], "date": row.get("date")} for row in rows], lang=lang, batch_size=batch_size
    )
    out = Collection(lang=lang)
    for row, document in zip(rows, results, strict=True):  # records come back as Documents
        metadata = {k: v for k, v in row.items() if k not in ("id", "text", "date")}
        out.add(str(row["id"]), document.extraction, row.get("date"), **metadata)
    return out
