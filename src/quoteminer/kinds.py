"""Kinds: what each quotation is (direct, partial, mention), by the ordered rules.

The rules read a quotation in order: page furniture and button labels are mentions; a
quotation listed after a mention is one too; inside another quotation it is speech when a
cue inside covers it; one that opens a sentence in upper case (or after a colon) is a
direct quotation; titles and names (``l'émission « … »``) are mentions; one that a cue
introduces is partial, unless it is a scare quote (``les « vraies » couleurs``); a judged
fragment (``une réalité jugée « … »``) and a quoted clause built into the sentence are
partial; anything else is a mention. Invariants:

- every quotation gets exactly one kind and the rule ids that decided it;
- a speech item's cue is one of the document's cues, or None.
"""

from __future__ import annotations

import functools
from collections import Counter
from collections.abc import Iterable, Sequence

import attrs
import regex
from spacy.tokens import Token

from quoteminer.choice import Candidate
from quoteminer.cues import SOURCE_RULES, Cue, forms, inverted_suffix, is_incise, source_noun
from quoteminer.items import WORD, Cover, Item, TokenIndex, finite, inside
from quoteminer.lang import LanguageData
from quoteminer.linking import Links
from quoteminer.marks import QuoteSpan
from quoteminer.model import QuoteKind
from quoteminer.parse import Piece

# Compiled once: the regex module's own cache costs more than the match on short strings.
_FIRST_LINE = regex.compile(r"\S[^\n\r\u2028\u2029]*")
_QUE_END = regex.compile(r"\bqu(?:e|['’])\s*$")
_RESUMED = regex.compile(r"[»”\"]\s*,\s*[^«»“”\".!?:;]{2,60},\s*$")
_SHORT_CODE = regex.compile(r"[\w-]{1,6}")
_SENTENCE_INSIDE = regex.compile(r"[.!?…]\s+\p{Lu}")
_SENTENCE_STOPS = frozenset(".!?…")

__all__ = ["Quotations", "Reading", "report_readings"]


_LINE = regex.compile(r"[^\n\r\u2028\u2029]*")
#: Names of the punctuation around a quotation, as features.
_PUNCT_NAMES = {
    ":": "colon",
    ",": "comma",
    ".": "period",
    ";": "semicolon",
    "(": "paren",
    ")": "paren",
    "?": "question",
    "!": "exclamation",
    "—": "dash",
    "–": "dash",
    "-": "dash",
    "»": "mark",
    "”": "mark",
    '"': "mark",
    "": "start",
}


@attrs.frozen
class Reading:
    """One reading of a span as speech: its kind, where it is, the cue it hangs on, and, for
    reported speech without marks, its form (``que``, ``np``, …) and how it was found."""

    kind: QuoteKind
    start: int
    end: int
    cue: Cue | None = attrs.field(default=None, eq=False)
    form: str = ""
    how: str = ""


@attrs.frozen
class _Signals:
    """What each of the rules says about a quotation, asked one by one."""

    words: int
    initial: bool
    upper: bool
    before: str  # the last character before the opening mark
    que_before: bool
    post: Cue | None
    pre: Cue | None
    complement: Cue | None
    covering: Cue | None
    sentence: Cue | None
    inner: Cue | None
    resumed: bool
    whole: bool
    direct_cue: Cue | None
    partial_cue: Cue | None
    named: bool
    scare: bool
    clause: bool
    judged: bool
    listed: bool
    listed_speech: bool
    subject: bool
    apposed_subject: bool
    capitalised: bool
    presented: bool
    recurring: bool
    labelled: bool


@attrs.frozen
class _Patterns:
    """Patterns of a language's small words, compiled once per language."""

    examples: regex.Pattern[str]  # "telles que" right before the marks: examples named
    listed_gap: regex.Pattern[str]  # between two listed quotations: "», ou «"
    que_end: regex.Pattern[str]  # a complementizer right before the marks, in any case


@functools.cache
def _patterns(lang: LanguageData) -> _Patterns:
    def words(forms: Iterable[str]) -> str:
        return "|".join(regex.escape(f) for f in sorted(forms, key=len, reverse=True))

    examples = "|".join(r"\s+".join(map(regex.escape, p.split())) for p in lang.mentions.EXAMPLE_INTRODUCERS)
    return _Patterns(
        examples=regex.compile(rf"\b(?:{examples})\s*$", regex.IGNORECASE),
        listed_gap=regex.compile(rf"[\s»”\"›]*(?:,|\b(?:{words(lang.syntax.LIST_COORDINATORS)})\b)\s*"),
        que_end=regex.compile(rf"\b(?:{words(lang.syntax.QUE)})\s*$", regex.IGNORECASE),
    )


@functools.cache
def _listed_speech(lang: LanguageData) -> regex.Pattern[str]:
    """Between two listed quotations: the closing mark, a comma or a coordinator, and at most
    one short word repeated before the next (à, de, d'). Compiled once per language."""
    coordinators = "|".join(sorted(lang.syntax.LIST_COORDINATORS))
    return regex.compile(
        rf"[\s»”\"›]*(?:,\s*(?:(?:{coordinators})\s+)?|\s(?:{coordinators})\s+)(?:\p{{Ll}}{{1,3}}\s+|\p{{Ll}}['’]\s*)?"
    )


def _key(content: str) -> str:
    return content.strip(" \t\n\u00a0\u202f.,;:!?…").casefold()


def _bucket(words: int) -> str:
    """A length class: 1, 2, 3-4, 5-9, 10-19, 20+ words."""
    for top, name in ((1, "1"), (2, "2"), (4, "3-4"), (9, "5-9"), (19, "10-19")):
        if words <= top:
            return name
    return "20+"


def _cue_features(cue: Cue, lang: LanguageData) -> dict[str, float]:
    """The cue's class: the rule that found it, its verb's act, weak or not, who its subject is."""
    f = {f"cue:{cue.rule}": 1.0, f"cue_act:{cue.act}": 1.0}
    if cue.weak:
        f["cue_weak"] = 1.0
    subject = cue.speaker_token
    if subject is None:
        f["subject:none"] = 1.0
    else:
        f[f"subject:{subject.pos_}"] = 1.0
        if subject.ent_type_:
            f[f"subject_ent:{subject.ent_type_}"] = 1.0
        if source_noun(subject, lang):
            f["subject:source_noun"] = 1.0
    return f


class Quotations:
    """The ordered rules that tell what each quotation of a document is, and the readings
    of each quotation with their features (for a chooser)."""

    def __init__(
        self,
        text: str,
        lang: LanguageData,
        index: TokenIndex,
        links: Links,
        boiler: Sequence[tuple[int, int]],
        spans: Sequence[QuoteSpan] = (),
    ) -> None:
        self.text = text
        self.lang = lang
        self.index = index
        self.links = links
        self.boiler = boiler
        self.done: list[Item] = []  # items classified so far, in text order
        self.quoted = Counter(_key(text[s.start : s.end]) for s in spans)
        self.spans = tuple(spans)
        self.folded = text.casefold()
        first_line = _FIRST_LINE.search(text)
        self.headline_end = first_line.end() if first_line else 0
        self.listed_speech = _listed_speech(lang)

    def _scare_quote(self, span: QuoteSpan) -> bool:
        """les « vraies » couleurs, deux grands « alliés »: a word or two held at a distance."""
        words = WORD.findall(self.text[span.start : span.end])
        if len(words) > 2:
            return False
        at = span.open_offset if span.open_offset is not None else span.start
        prev = self.index.before(at)
        close = span.close_offset if span.close_offset is not None else span.end
        nxt = self.index.at(close + 1)
        prev_pos = prev[1].pos_ if prev else ""
        next_pos = nxt[1].pos_ if nxt and self.index.start(*nxt) > close else ""
        if prev_pos == "ADJ" or (prev_pos in ("DET", "NUM") and next_pos in ("NOUN", "ADJ")):
            return True
        inner = self.index.within(span.start, span.end)
        participle = bool(inner) and (
            "VerbForm=Part" in str(inner[0].morph) or inner[0].lower_.endswith(self.lang.syntax.PARTICIPLE_ENDINGS)
        )
        verb = bool(inner) and (
            # a tense auxiliary or a compound passive, not être alone ("le club est « endetté »" is a
            # state somebody describes)
            (prev is not None and prev_pos == "AUX" and participle and self._compound_tense(prev[1]))
            or (prev_pos in ("NOUN", "PROPN") and finite(inner[0]))
        )
        if len(words) == 1 and verb:
            # "le club a « recruté »", "ils seront « auditionnés »", "ses frères « tâtaient » de la
            # batterie": one verb of the journalist's own clause held at a distance
            return True
        # "les papillons mutés « naturellement »": an adverb held at a distance by what it qualifies
        adjectival = prev is not None and prev[1].dep_ in ("acl", "amod") and "VerbForm=Part" in str(prev[1].morph)
        return len(words) == 1 and bool(inner) and inner[0].pos_ == "ADV" and (prev_pos == "NOUN" or adjectival)

    def _compound_tense(self, aux: Token) -> bool:
        """``a``, ``aura été``: a tense auxiliary, or être after another auxiliary (not être alone,
        which may be a copula before an adjective)."""
        if aux.lemma_.lower() != self.lang.syntax.COPULA:
            return True
        return aux.i > 0 and aux.doc[aux.i - 1].pos_ == "AUX"

    def _clause(self, span: QuoteSpan, words: Sequence[str], first_alpha: str, before: str) -> bool:
        """« seule l'intervention d'un passager a pu mettre un terme aux violences »: a quoted
        clause built into the journalist's sentence is somebody's words, not a name or a term.

        It has a finite verb or a first-person word and at least three words, and opens in
        lower case (a title opens in upper case) unless a ``que`` introduces it.
        """
        if len(words) < 3 or (first_alpha.isupper() and not _QUE_END.search(before)):
            return False
        if span.open_offset is not None:
            prev = self.index.before(span.open_offset)
            if prev is not None and prev[1].pos_ == "DET":
                return False  # "La « règle d'or » budgétaire": the noun of a noun phrase ("règle" read as a verb)
        tokens = self.index.within(span.start, span.end)
        if span.open_offset is not None and tokens and self._names_noun_before(span.open_offset, tokens[0]):
            return False  # "un atelier « on bouge ensemble »": a clause with a subject of its own names the noun
        if span.open_offset is not None and self._governed_phrase(span.open_offset, tokens):
            return False  # "dans le cadre de « mon village propre »": a verbless phrase a preposition governs
        return any(
            (t.pos_ in ("VERB", "AUX") and "VerbForm=Fin" in str(t.morph)) or t.lower_ in self.lang.cues.FIRST_PERSON
            for t in tokens
        )

    def _names_noun_before(self, open_offset: int, first: Token) -> bool:
        """Whether the quotation right after a noun opens on a subject pronoun of its own (``une
        matinée « on refait le monde »``, ``un atelier « je cuisine local »``): its clause cannot
        say anything of the noun (it has its own subject), so it is that noun's name."""
        prev = self.index.before(open_offset)
        if prev is None or prev[1].pos_ != "NOUN" or prev[1].lemma_.lower() in self.lang.cues.UTTERANCE_NOUNS:
            return False  # (not "un message « je vous ai entendus »": a noun of what is said, the words said)
        return first.pos_ == "PRON" and first.dep_ in ("nsubj", "nsubj:pass") and first.head.i > first.i

    def _predicate(self, span: QuoteSpan) -> bool:
        """Whether the quotation opens on a finite verb (after its clitics: ``« n'a plus un sou »``,
        ``« se dit prêt »``): the predicate of the noun before it, not that noun's name."""
        tokens = [t for t in self.index.within(span.start, span.end) if not t.is_space]
        k = 0
        while k < len(tokens) - 1 and tokens[k].lower_ in self.lang.syntax.BEFORE_VERB:
            k += 1
        if not tokens or tokens[k].pos_ not in ("VERB", "AUX"):
            return False
        verb = tokens[k]
        # a verb after its clitics, or one the parse gives the noun before as subject, is a verb of a
        # clause even when the tagger gives it no finite form ("ne signera" read as a participle)
        subject = any(c.dep_.startswith("nsubj") and c.i < tokens[0].i for c in verb.children)
        return finite(verb) or k > 0 or subject

    def _named_elsewhere(self, span: QuoteSpan) -> bool:
        """Whether the same words are quoted elsewhere in the text as the subject of a verb
        (``« Mais qui a tué le maire ? » sera rejouée en avril``): a name there, so the name of
        the same thing here, whatever verb governs them."""
        if self.quoted[_key(self.text[span.start : span.end])] < 2:
            return False
        key = _key(self.text[span.start : span.end])
        return any(
            other.start != span.start
            and _key(self.text[other.start : other.end]) == key
            and self.links.sentence_initial(other)
            and self.links.postposed_cue(other) is None
            and (self._subject(other) or self._apposed_subject(other))
            for other in self.spans
        )

    def _governed_phrase(self, open_offset: int, tokens: Sequence[Token]) -> bool:
        """Whether the quotation is a verbless phrase right after a preposition (``dans le cadre
        de « mon village propre »``): the complement of the journalist's own sentence, whatever
        first-person word it holds, not a clause somebody said."""
        prev = self.index.before(open_offset)
        return prev is not None and prev[1].pos_ == "ADP" and not any(t.pos_ in ("VERB", "AUX") for t in tokens)

    def _resumed(self, span: QuoteSpan) -> Item | None:
        """The direct quote this one resumes after an incise: « A », a-t-il dit, « B »."""
        if span.open_offset is None:
            return None
        before = self.text[max(0, span.open_offset - 80) : span.open_offset]
        m = _RESUMED.search(before)
        if m is None:
            return None
        close_at = span.open_offset - len(before) + m.start()
        for item in reversed(self.done):
            if item.span is not None and item.span.close_offset == close_at:
                return item if item.kind is QuoteKind.DIRECT and item.cue is not None else None
        return None

    def _subject(self, span: QuoteSpan) -> bool:
        """« Sauvons la maternité » réclame un moratoire: a quotation right before a finite verb
        that has no subject of its own (none before it, none inverted after it) is that verb's
        subject: a name or a slogan used as one, not somebody's sentence."""
        if span.close_offset is None:
            return False
        hit = self.index.at(span.close_offset + 1)
        if hit is None:
            return False
        piece, tok = hit
        if self.text[span.close_offset + 1 : self.index.start(piece, tok)].strip():
            return False  # a comma or a word first: an incise, a new clause
        doc = tok.doc
        j = tok.i
        while j < len(doc) - 1 and doc[j].lower_ in self.lang.syntax.BEFORE_VERB:
            j += 1
        verb = doc[j]
        if not finite(verb) or inverted_suffix(self.lang).search(verb.text):
            return False
        main = verb.head if verb.dep_.startswith("aux") else verb
        at = span.open_offset if span.open_offset is not None else span.start
        for c in main.children:
            if c.dep_ in ("nsubj", "nsubj:pass", "expl:subj") and (c.i > verb.i or self.index.start(piece, c) < at):
                return False  # « … » a dit Paul / Paul, « … », a dit: a subject of its own
        return True

    def _apposed_subject(self, span: QuoteSpan) -> bool:
        """« Les Misérables », sorti en 2012, reste le film … / « X », la chanson fétiche du
        chanteur, a été reprise … / « X », qui avait battu tous les records, sera rediffusé …: a
        quotation set off by an apposition between commas (a participle, a relative clause, a
        noun phrase) and followed by a finite verb with no subject of its own is that verb's
        subject: a title or a name, not somebody's sentence (a sentence's incise is a verb)."""
        if span.close_offset is None:
            return False
        hit = self.index.at(span.close_offset + 1)
        tokens = self.index.within(span.start, span.end)
        if hit is None or hit[1].text != "," or not tokens:
            return False
        doc, k = hit[1].doc, hit[1].i
        m = next((j for j in range(k + 2, min(len(doc), k + 18)) if doc[j].text == ","), None)
        if m is None or any(t.text in ".;:!?«»" for t in doc[k + 1 : m]):
            return False
        first = k + 1
        while first < m and doc[first].pos_ in ("DET", "ADJ", "NUM"):
            first += 1
        lead = doc[first]
        j = m + 1
        while j < len(doc) - 1 and doc[j].lower_ in self.lang.syntax.BEFORE_VERB:
            j += 1
        verb = doc[j]
        if inverted_suffix(self.lang).search(verb.text) or verb.pos_ not in ("VERB", "AUX"):
            return False
        if not finite(verb) and (verb.pos_ != "VERB" or "VerbForm" in verb.morph.to_dict()):
            return False  # (a verb the tagger gives no form is taken as finite: "repasse")
        main = verb.head if verb.dep_.startswith("aux") else verb
        inside = {t.i for t in tokens}
        # the parse itself makes the quotation the verb's subject
        parsed = any(t.head.i == main.i and t.dep_ in ("nsubj", "nsubj:pass") for t in tokens)
        for c in main.children:
            # a subject of its own (one after it, if the parse agrees, is its attribute misread)
            own = c.dep_ in ("nsubj", "nsubj:pass", "expl:subj") and c.i not in inside
            if own and (c.i < k or m < c.i < main.i or not parsed):
                return False
        participle = lead.pos_ in ("VERB", "ADJ") and "VerbForm=Part" in str(lead.morph)
        relative = lead.pos_ == "PRON" and "PronType=Rel" in str(lead.morph)
        naming = lead.pos_ == "NOUN" and (parsed or lead.lemma_.lower() in self.lang.mentions.NAMING_NOUNS)
        return participle or relative or naming

    def _capitalised(
        self, span: QuoteSpan, words: Sequence[str], first_alpha: str, before: str, post: Cue | None
    ) -> bool:
        """a présenté « Les Fourberies de Scapin », une tribune parue dans « Le Monde »: a short
        noun phrase in marks opening in upper case inside a sentence (not after a stop, a colon
        or ``que``), with no verb, no first person and no final stop, is a title or a name;
        quoted words built into a sentence open in lower case."""
        if not first_alpha.isupper() or not 1 <= len(words) <= 6 or self.links.sentence_initial(span):
            return False
        if post is not None:
            # a cue right after it reports the quotation, unless a preposition governs the quotation
            # ("Interrogé par « Le Républicain lorrain », le maire a démenti …": the agent, a name)
            prev = self.index.before(span.open_offset if span.open_offset is not None else span.start)
            if prev is not None and prev[1].text in self.lang.marks.ALL_MARKS and prev[1].i > 0:
                prev = (prev[0], prev[1].doc[prev[1].i - 1])
            if prev is None or prev[1].pos_ != "ADP":
                return False
        if _patterns(self.lang).que_end.search(before) or _exclaimed(self.text[span.start : span.end]):
            return False
        tokens = self.index.within(span.start, span.end)
        return (
            bool(tokens)
            and tokens[0].pos_ in ("DET", "PROPN")  # a name or a noun phrase ("Fermé pour travaux" is said)
            and not any(t.pos_ in ("VERB", "AUX") or t.lower_ in self.lang.cues.FIRST_PERSON for t in tokens)
        )

    def _presented(self, span: QuoteSpan, words: Sequence[str]) -> bool:
        """a lancé un « plan climat », a présenté son « pacte de confiance »: a verbless noun
        phrase quoted as the object of a verb that presents or launches a thing names that
        thing; the subject's words would have a verb, a first person, a final stop, or the
        noun of an act (``a lancé un « appel au calme »``)."""
        cue = self.links.complement_cue(span)
        if cue is None or cue.lemma not in self.lang.cues.PRESENTING_VERBS or not 1 <= len(words) <= 8:
            return False
        hit = self.links.word_before(span)
        if hit is None or hit[1].i != cue.token.i or _exclaimed(self.text[span.start : span.end]):
            return False
        tokens = self.index.within(span.start, span.end)
        data = self.lang.cues
        head = next((t for t in tokens if t.pos_ == "NOUN"), None)
        if head is not None and (
            head.lemma_.lower() in data.ACT_NOUN_CONTENT
            or any(head.lemma_.lower() in nouns for nouns in data.SUPPORT_PHRASES.values())
        ):
            return False  # a lancé un « appel au calme »: the noun of an act reports speech
        return bool(tokens) and not any(t.pos_ in ("VERB", "AUX") or t.lower_ in data.FIRST_PERSON for t in tokens)

    def _named_after(self, span: QuoteSpan) -> bool:
        """Whether a comment clause right after the quotation names it (``cette « révolution de
        velours », comme l'appellent ses partisans, …``): ``comme``, an object pronoun and a verb of
        naming, which call the thing so; a name, not what the namers said (``appeler`` there calls
        nothing to anything)."""
        if span.close_offset is None:
            return False
        words = [t for t in self.index.within(span.close_offset + 1, span.close_offset + 40) if not t.is_space]
        if len(words) < 4 or words[0].text != "," or (words[1].lower_,) not in self.lang.cues.COMMENT_CONJUNCTIONS:
            return False
        syntax, naming = self.lang.syntax, self.lang.mentions.OBJECT_NAMING_VERBS
        rest = words[2:6]
        if rest[0].lower_ not in syntax.BEFORE_VERB:
            return False
        # "comme l'appellent", "comme l'ont baptisée" (a subject pronoun before the clitic is not read)
        return any(t.lemma_.lower() in naming and t.pos_ in ("VERB", "AUX") for t in rest[1:3])

    def _uttered(self, span: QuoteSpan) -> bool:
        """Whether the quotation is the bare object of the verb of saying right before it (``ont
        scandé « Touche pas à mon école »``, ``criaient « Voleurs ! »``): words said, whatever their
        capitals, not a name (a weak verb launches or presents one: ``a lancé « Cap 2030 »``)."""
        hit = self.links.word_before(span, skip=frozenset())  # right before: no article (``a dénoncé la « … »``)
        cue = self.links.complement_cue(span)
        return (
            hit is not None
            and cue is not None
            and cue.token.doc is hit[1].doc
            and cue.token.i == hit[1].i
            and not cue.weak
            and cue.lemma not in self.lang.mentions.NAMING_VERBS
        )

    def _named(self, span: QuoteSpan) -> bool:
        """A title or a name: ``l'émission « … »``, ``la loi dite « … »``, a code like ``Baa3``,
        ``un rapport de l'INSEE sur « Les revenus … »``."""
        content = self.text[span.start : span.end]
        if not any(c.islower() for c in content) or (
            _SHORT_CODE.fullmatch(content) and any(c.isdigit() for c in content)
        ):
            return True
        hit = self.index.before(span.open_offset if span.open_offset is not None else span.start)
        if hit is not None and hit[1].text in self.lang.marks.ALL_MARKS and hit[1].i > 0:
            hit = (hit[0], hit[1].doc[hit[1].i - 1])  # the word right before the opening mark
        if hit is not None and content[:1].isupper():
            doc, at = hit[1].doc, hit[1].i
            titled = doc[at].lower_ in self.lang.syntax.TITLE_INTRODUCERS
            if titled and any(t.lemma_.lower() in self.lang.cues.DOCUMENT_NOUNS for t in doc[max(0, at - 6) : at]):
                return True
        before = self.text[max(0, span.start - 20) : span.open_offset if span.open_offset is not None else span.start]
        if _patterns(self.lang).examples.search(before):
            return True  # "des pages telles que « suicide »": examples named, not words said
        if content[:1].isupper() and (self._titled_after(span) or self._titled_by_author(hit)):
            return True
        long_words = [w for w in WORD.findall(content) if len(w) > 3 and w.isalpha()]
        title_case = bool(long_words) and len(WORD.findall(content)) <= 5 and all(w[0].isupper() for w in long_words)
        if title_case and not self.links.sentence_initial(span) and not self._uttered(span):
            return True  # "la tenue du « Grand Prix »", "la salle « Jean Moulin »": a name in title case
        if self._named_after(span):
            return True  # "cette « révolution de velours », comme l'appellent ses partisans, …"
        hit = self.links.word_before(span)
        if hit is None:
            return False
        tok = hit[1]
        data = self.lang.mentions
        mark = self.index.before(span.open_offset if span.open_offset is not None else span.start)
        # "qualifié le projet de « pharaonique »": a noun that names stands right before its name;
        # one with a preposition between is the object of what the verb calls it
        governed = mark is not None and any(t.pos_ == "ADP" for t in tok.doc[tok.i + 1 : mark[1].i + 1])
        for _ in range(4):
            lemma = tok.lemma_.lower()
            if tok.pos_ == "ADJ" and lemma not in data.NAMING_VERBS and tok.i > 0:
                tok = tok.doc[tok.i - 1]  # "la sculpture monumentale « … »": look past adjectives
                continue
            doc = tok.doc
            k = tok.i - 1
            while k > 0 and doc[k].pos_ == "DET":
                k -= 1
            if (
                tok.pos_ in ("NOUN", "PROPN")
                and k > 0
                and doc[k].pos_ == "ADP"
                and doc[k].lower_ in self.lang.syntax.SHORT_ADJUNCT_PREPOSITIONS
            ):
                tok = doc[k - 1]  # "baptisée en Iran « nid d'espions »": look past a short place or agent
                continue
            # "la loi dite « … »", "un groupe se disant « … »"; not "un message disant « … »" (a
            # present participle says something, unless it names its own subject)
            reflexive = tok.i > 0 and tok.doc[tok.i - 1].lower_ in self.lang.syntax.REFLEXIVE
            # "s'est dit « très préoccupé »": a participle with its auxiliary is a verb that
            # tells, not one that names
            compound = any(c.dep_ in ("aux", "aux:tense") for c in tok.children)
            # "un dossier « hors norme »", "un projet « pharaonique »": after an indefinite noun, quoted
            # words in lower case judge the thing rather than name it ("le plan « grand froid »" names)
            judged = content[:1].islower() and (
                any(c.dep_ == "det" and "Definite=Ind" in str(c.morph) for c in tok.children) or self._attributed(tok)
            )
            if tok.pos_ == "VERB" and lemma in data.OBJECT_NAMING_VERBS and self._names_object(tok, span):
                return True  # "ce qu'il appelle « la méthode douce »": the name of its object
            verb = tok.head
            if (
                tok.pos_ == "NOUN"
                and not governed  # "appelle les salariés à « se mobiliser »": what it calls them to
                and tok.dep_ in ("obj", "obl:mod")
                and verb.pos_ == "VERB"
                and verb.i < tok.i
                and verb.lemma_.lower() in data.OBJECT_NAMING_VERBS
                and self._names_object(verb, span)
            ):
                return True  # "les anciens appellent ce chemin « la route des Suédois »": its object's name
            told = self._predicate(span)  # "le syndicat « ne signera pas »": what is told of the noun
            # "a regretté sur les réseaux sociaux « un recul … »": the noun is the channel a verb before it
            # speaks through, and the words in lower case after it that verb's object, not the channel's name
            channel = content[:1].islower() and self._channel_of_verb(tok) and not self._apposed(span)
            named = lemma in data.NAMING_NOUNS and not governed and not judged and not told and not channel
            return (tok.pos_ == "NOUN" and named) or (
                tok.pos_ in ("VERB", "ADJ")
                and lemma in data.NAMING_VERBS
                and "VerbForm=Part" in str(tok.morph)
                and ("Tense=Pres" not in str(tok.morph) or reflexive)
                and not compound
            )
        return False

    def _channel_of_verb(self, noun: Token) -> bool:
        """Whether ``noun`` heads a channel phrase (``sur les réseaux sociaux``, ``dans son blog``) that
        hangs on a reporting verb before it (not ``a créé sur …``; not a programme, ``dans l'émission
        « … »``, whose name it gives, nor one singular definite channel, ``sur le site « … »``, which the
        quotation names)."""
        verb = noun.head
        named = any(
            c.dep_ == "det" and {"Definite=Def", "Number=Sing", "PronType=Art"} <= set(str(c.morph).split("|"))
            for c in noun.children
        )
        return (
            noun.lemma_.lower() in self.lang.dates.CHANNEL_NOUNS
            and not named
            and noun.dep_.startswith("obl")
            and verb.pos_ == "VERB"
            and verb.i < noun.i
            and verb.lemma_.lower() in self.lang.cues.VERBS  # "a dénoncé sur …", not "a créé sur …"
            and verb.lemma_.lower() not in self.lang.cues.WEAK
            and any(c.dep_ == "case" and c.lower_ in self.lang.dates.CHANNEL_PREPOSITIONS for c in noun.children)
        )

    def _apposed(self, span: QuoteSpan) -> bool:
        """Whether a noun phrase in apposition after the quotation says what it is (``« touche pas à mon
        école », un groupe qui …``, ``« la nuit des étoiles », une soirée …``): a name, not words said."""
        close = span.close_offset if span.close_offset is not None else span.end
        after = self.index.within(close + 1, min(len(self.text), close + 60))
        return (
            len(after) >= 3
            and after[0].text == ","
            and after[1].pos_ == "DET"
            and after[2].pos_ == "NOUN"
            and after[2].dep_ in ("appos", "nmod", "obj", "conj", "dislocated", "parataxis")
        )

    def _labelled(self, span: QuoteSpan, words: Sequence[str], before: str) -> bool:
        """une immense banderole : « Allez les Rouges », un slogan : « Pas de village sans école »:
        a short quotation after a colon that closes on a sign, a banner, a motto or a slogan, with
        no verb of saying before or after it (the colon alone), is what the sign reads, not
        somebody's sentence."""
        if not before.rstrip().endswith(":") or not 1 <= len(words) <= 8 or span.open_offset is None:
            return False
        hit = self.index.before(span.open_offset)
        if hit is None:
            return False
        doc, k = hit[1].doc, hit[1].i
        while k > 0 and (doc[k].text in self.lang.marks.ALL_MARKS or doc[k].pos_ in ("PUNCT", "ADJ")):
            k -= 1
        return (doc[k].pos_ == "NOUN" and doc[k].lemma_.lower() in self.lang.mentions.SIGN_NOUNS) or self._written_on(
            doc[k]
        )

    def _written_on(self, last: Token) -> bool:
        """Sur la banderole, on pouvait lire : « … » / Sur les affiches, un message : « … »: the
        sentence before the colon opens on the sign the words are written on, and nobody but an
        impersonal ``on`` is its subject: what the sign reads."""
        doc = last.doc
        start = last.sent.start
        before = doc[start : last.i + 1]
        if len(before) < 2 or before[0].lower_ not in self.lang.mentions.WRITTEN_ON:
            return False
        sign = next((t for t in before[1:5] if t.pos_ == "NOUN"), None)
        if sign is None or sign.lemma_.lower() not in self.lang.mentions.SIGN_NOUNS:
            return False
        return not any(
            t.dep_.startswith("nsubj") and t.lower_ != self.lang.syntax.IMPERSONAL_ON for t in before[sign.i - start :]
        )

    def _names_object(self, verb: Token, span: QuoteSpan) -> bool:
        """ce qu'il appelle « la méthode douce », les anciens appellent ce chemin « … »: a verb
        that names, with an object of its own outside the quotation (a relative or clitic
        pronoun, a noun phrase before the marks), gives that object the quoted words as its
        name; ``appelle « la population à rester chez elle »`` has its object inside the marks
        (and a quoted clause or a quotation opening on a preposition is what is called for)."""
        tokens = self.index.within(span.start, span.end)
        if not tokens or tokens[0].pos_ == "ADP":
            return False
        if any(t.pos_ in ("VERB", "AUX") and "VerbForm=Fin" in str(t.morph) for t in tokens):
            return False
        inside = {t.i for t in tokens}
        return any(
            c.i < tokens[0].i
            and c.i not in inside
            and (
                c.dep_ == "obj"
                or c.lower_ in self.lang.syntax.QUE
                # "appellent leur stade « le chaudron »": the parse may read the object as an oblique
                or (c.dep_ == "obl:mod" and c.pos_ == "NOUN" and not any(g.dep_ == "case" for g in c.children))
            )
            for c in verb.children
        )

    def _attributed(self, noun: Token) -> bool:
        """Whether ``noun`` is the object of a verb that gives it an attribute (``juge ce
        programme``, ``trouve cette décision``): the quoted words after it judge it."""
        doc = noun.doc
        k = noun.i - 1
        while k > 0 and doc[k].pos_ in ("DET", "ADJ"):
            k -= 1
        verb = doc[k]
        infinitive = forms(self.lang).get(verb.lower_.replace("’", "'"), verb.lemma_.lower())
        return k < noun.i and infinitive in self.lang.cues.ATTRIBUTING_VERBS

    def _titled_after(self, span: QuoteSpan) -> bool:
        """« Les Jours heureux », son dernier album: an apposition after the comma names what
        the quoted words are the title of (``« … », c'est le titre de …``: also after a
        demonstrative and the copula that identify it)."""
        if span.close_offset is None:
            return False
        hit = self.index.at(span.close_offset + 1)
        if hit is None or hit[1].text != ",":
            return False
        doc = hit[1].doc
        start = hit[1].i + 1
        if start < len(doc):
            start += self._identifying_copula(doc[start])
        for t in doc[start : min(len(doc), start + 4)]:
            if t.pos_ in ("DET", "ADJ", "NUM"):
                continue
            return t.pos_ == "NOUN" and t.lemma_.lower() in self.lang.mentions.NAMING_NOUNS
        return False

    def _identifying_copula(self, first: Token) -> int:
        """How many tokens from ``first`` on are a demonstrative and the copula (``c'est``, ``ce
        sera``) that identify what comes before with what comes after: 0 when there are none."""
        doc, at = first.doc, first.i
        if at + 1 >= len(doc) or doc[at].lower_ not in self.lang.mentions.IDENTIFYING_PRONOUNS:
            return 0
        copula = doc[at + 1]
        return 2 if copula.pos_ == "AUX" and copula.lemma_.lower() == self.lang.syntax.COPULA else 0

    def _titled_by_author(self, hit: tuple[Piece, Token] | None) -> bool:
        """une comédie de Francis Veber, « Le dîner de cons »: a work named after its author."""
        if hit is None:
            return False
        doc, k = hit[1].doc, hit[1].i
        if doc[k].text == ",":
            k -= 1
        names = 0
        while k > 0 and doc[k].pos_ == "PROPN":
            k, names = k - 1, names + 1
        if not names or doc[k].lower_ not in self.lang.syntax.DE:
            return False
        noun = next((t for t in reversed(list(doc[max(0, k - 3) : k])) if t.pos_ == "NOUN"), None)
        return noun is not None and noun.lemma_.lower() in self.lang.mentions.NAMING_NOUNS

    def _listed_after_speech(self, span: QuoteSpan, previous: Item | None) -> bool:
        """A quotation in lower case listed right after a partial quotation (a comma, ``et`` or
        ``ou``, and at most one short word such as a repeated preposition) continues it."""
        if previous is None or previous.kind is not QuoteKind.PARTIAL or span.open_offset is None:
            return False
        first_alpha = next((ch for ch in self.text[span.start : span.end] if ch.isalpha()), "")
        if not first_alpha.islower():
            return False
        between = self.text[previous.end : span.open_offset]
        return bool(self.listed_speech.fullmatch(between))

    def _label(self, span: QuoteSpan) -> bool:
        content = self.text[span.start : span.end].strip().casefold().replace("’", "'")
        return content in self.lang.boilerplate.BUTTON_LABELS

    def classify(self, span: QuoteSpan, parent: Item | None) -> Item:
        item = Item(span.start, span.end, QuoteKind.MENTION, span=span)
        if inside(self.boiler, span.start, span.end) or self._label(span):
            item.evidence.append("kind.boilerplate")
            return item
        content = self.text[span.start : span.end]
        words = WORD.findall(content)
        previous = self.done[-1] if self.done else None
        if (
            previous is not None
            and previous.kind is QuoteKind.MENTION
            and span.open_offset is not None
            and _patterns(self.lang).listed_gap.fullmatch(self.text[previous.end : span.open_offset])
        ):
            item.evidence.append("kind.mention.listed")  # « suicide » ou « permanganate de potassium »
            return item
        if parent is not None:
            lo, hi = parent.start, parent.end
            cue = self.links.covering_cue(span.start, span.end, lo, hi)
            if cue is not None:
                item.kind, item.cue = QuoteKind.PARTIAL, cue
                item.evidence.append("kind.nested_speech")
            else:
                item.evidence.append("kind.nested_mention")
            return item
        if self._listed_after_speech(span, previous):
            # elle « ne facilite pas … », « dilue … » et « fait le lit … »: the same words go on
            assert previous is not None
            item.kind, item.cue = QuoteKind.PARTIAL, previous.cue
            item.evidence.append("kind.partial.listed")
            return item
        initial = self.links.sentence_initial(span)
        before = self.links.before(span)
        post = self.links.postposed_cue(span)
        pre = self.links.preposed_cue(span)
        first_alpha = next((ch for ch in content if ch.isalpha()), "")
        whole = (
            initial
            and (len(words) >= 2 or post is not None or _exclaimed(content))
            and (first_alpha.isupper() or before.endswith(":"))
        )
        resumed = self._resumed(span)
        if resumed is not None:
            # « A », a-t-il dit, « B »: the second part of the same utterance
            item.kind, item.cue = QuoteKind.DIRECT, resumed.cue
            item.evidence.append("kind.direct.resumed")
            return item
        if (
            len(words) <= 6
            and first_alpha.isupper()
            and self.quoted[_key(content)] >= 2
            and post is None
            and pre is None
            and self.links.complement_cue(span) is None
        ):
            # a name quoted again and again ("le collectif « Sauvons la maternité »"), with no cue of its own
            item.evidence.append("kind.mention.recurring")
            return item
        if len(words) <= 8 and first_alpha.isupper() and post is None and self._named_elsewhere(span):
            # "a présenté « Mais qui a tué le maire ? » … « Mais qui a tué le maire ? » sera rejouée"
            item.evidence.append("kind.mention.named_elsewhere")
            return item
        if post is None and (pre is None or pre.rule.startswith("cue.colon")) and self._labelled(span, words, before):
            item.evidence.append("kind.mention.labelled")  # une banderole : « Allez les Rouges »
            return item
        if initial and post is None and self._subject(span):
            item.evidence.append("kind.mention.subject")  # « Sauvons la maternité » réclame un moratoire
            return item
        if initial and post is None and first_alpha.isupper() and self._titled_after(span):
            item.evidence.append("kind.mention.name")  # « Les Jours heureux », c'est le titre de son album
            return item
        if initial and post is None and self._apposed_subject(span):
            item.evidence.append("kind.mention.apposed_subject")  # « Les Misérables », sorti en 2012, reste …
            return item
        if not whole and pre is not None and before.endswith(",") and len(words) >= 4 and pre.rule in SOURCE_RULES:
            whole = True  # Selon X, « Nous … » / D'après lui, « il y a bien … »: the source's whole sentence
        if whole:
            item.kind = QuoteKind.DIRECT
            item.cue = post or pre or self.links.inner_incise(span)
            item.evidence.append("kind.direct.sentence")
            if item.cue is None:
                item.evidence.append("cue.none")
            return item
        para = self.links.paragraph_start(span.start)
        if self._named(span):
            item.evidence.append("kind.mention.name")
            return item
        if self._capitalised(span, words, first_alpha, before, post):
            item.evidence.append("kind.mention.capitalised")  # a présenté « Les Fourberies de Scapin »
            return item
        if post is None and self._presented(span, words):
            item.evidence.append("kind.mention.presented")  # a lancé un « appel à projets »
            return item
        cue = (
            post
            or self.links.complement_cue(span)
            or self.links.covering_cue(span.start, span.end, para, span.start + 2000)
        )
        if cue is None and len(words) >= 3:
            cue = self.links.sentence_cue(span)
        if cue is not None and not (self._scare_quote(span) and cue is not post):
            item.kind = QuoteKind.PARTIAL
            item.cue = cue
            item.evidence.append("kind.partial.cue")
            return item
        if cue is None and self.links.judged(span):
            item.kind = QuoteKind.PARTIAL
            item.evidence.append("kind.partial.judged")
            return item
        if initial and len(words) >= 3 and first_alpha.isupper():
            item.kind = QuoteKind.DIRECT
            item.evidence.append("kind.direct.sentence")
            return item
        if cue is None and self._clause(span, words, first_alpha, before):
            item.kind = QuoteKind.PARTIAL
            item.evidence.append("kind.partial.clause")
            return item
        item.evidence.append("kind.mention.no_cue" if cue is None else "kind.mention.scare_quote")
        return item

    # -- candidates ------------------------------------------------------------------
    def readings(self, span: QuoteSpan, parent: Item | None, ruled: Item) -> list[Candidate[Reading]]:
        """The readings of a quotation: direct, partial (each hung on the cue it would have) and
        mention (``None``), the rules' own answer marked, each with its features. Page furniture
        and button labels have no reading but the mention: an empty list (nothing to choose)."""
        if "kind.boilerplate" in ruled.evidence:
            return []
        signals = self._signals(span, parent)
        shared = self._features(span, parent, ruled, signals)
        out: list[Candidate[Reading]] = []
        kinds: list[tuple[QuoteKind | None, Cue | None, list[str]]] = []
        if parent is None:
            direct_cue = ruled.cue if ruled.kind is QuoteKind.DIRECT else signals.direct_cue
            kinds.append((QuoteKind.DIRECT, direct_cue, ["kind.direct.sentence"] if signals.whole else []))
        partial_cue = ruled.cue if ruled.kind is QuoteKind.PARTIAL else signals.partial_cue
        partial_rules = ["kind.partial.cue"] if partial_cue is not None else []
        partial_rules += [
            r
            for r, on in (
                ("kind.partial.clause", signals.clause),
                ("kind.partial.judged", signals.judged),
                ("kind.partial.listed", signals.listed_speech),
            )
            if on
        ]
        kinds.append((QuoteKind.PARTIAL, partial_cue, partial_rules))
        mention_rules = [
            r
            for r, on in (
                ("kind.mention.name", signals.named),
                ("kind.mention.scare_quote", signals.scare),
                ("kind.mention.listed", signals.listed),
                ("kind.mention.subject", signals.subject),
                ("kind.mention.apposed_subject", signals.apposed_subject),
                ("kind.mention.capitalised", signals.capitalised),
                ("kind.mention.presented", signals.presented),
                ("kind.mention.recurring", signals.recurring),
                ("kind.mention.labelled", signals.labelled),
            )
            if on
        ]
        kinds.append((None, None, mention_rules or ["kind.mention.no_cue"]))
        for kind, cue, rules in kinds:
            label = kind.value if kind is not None else "mention"
            features = {f"{label}|{name}": value for name, value in shared.items()}
            features[f"{label}|bias"] = 1.0
            if kind is not None and cue is not None:
                features.update({f"{label}|{name}": value for name, value in _cue_features(cue, self.lang).items()})
            elif kind is not None:
                features[f"{label}|cue:none"] = 1.0
            first = (kind is None and ruled.kind is QuoteKind.MENTION) or kind is ruled.kind
            if first:
                features["first_match"] = 1.0
            reading = Reading(kind, span.start, span.end, cue) if kind is not None else None
            out.append(Candidate(reading, rules, features, first_match=first))
        return out

    def _signals(self, span: QuoteSpan, parent: Item | None) -> _Signals:
        """Every rule's verdict on a quotation, each asked on its own (not in the rules' order)."""
        links = self.links
        content = self.text[span.start : span.end]
        words = WORD.findall(content)
        before = links.before(span)
        first_alpha = next((ch for ch in content if ch.isalpha()), "")
        post = links.postposed_cue(span)
        pre = links.preposed_cue(span)
        initial = links.sentence_initial(span)
        complement = links.complement_cue(span)
        if parent is not None:
            covering = links.covering_cue(span.start, span.end, parent.start, parent.end)
        else:
            covering = links.covering_cue(span.start, span.end, links.paragraph_start(span.start), span.start + 2000)
        sentence = links.sentence_cue(span) if len(words) >= 3 else None
        inner = links.inner_incise(span)
        resumed = self._resumed(span)
        whole = (
            initial
            and (len(words) >= 2 or post is not None or _exclaimed(content))
            and (first_alpha.isupper() or before.endswith(":"))
        )
        source_whole = pre is not None and before.endswith(",") and len(words) >= 4 and pre.rule in SOURCE_RULES
        previous = self.done[-1] if self.done else None
        listed = bool(
            previous is not None
            and previous.kind is QuoteKind.MENTION
            and span.open_offset is not None
            and _patterns(self.lang).listed_gap.fullmatch(self.text[previous.end : span.open_offset])
        )
        listed_speech = parent is None and self._listed_after_speech(span, previous)
        return _Signals(
            words=len(words),
            initial=initial,
            upper=first_alpha.isupper(),
            before=before[-1:] if before else "",
            que_before=bool(_patterns(self.lang).que_end.search(before)),
            post=post,
            pre=pre,
            complement=complement,
            covering=covering,
            sentence=sentence,
            inner=inner,
            resumed=resumed is not None,
            whole=whole or source_whole or resumed is not None,
            direct_cue=(resumed.cue if resumed is not None else None) or post or pre or inner,
            partial_cue=post or complement or covering or sentence,
            named=self._named(span),
            scare=self._scare_quote(span),
            clause=self._clause(span, words, first_alpha, before),
            judged=links.judged(span),
            listed=listed,
            listed_speech=listed_speech,
            subject=initial and post is None and self._subject(span),
            apposed_subject=initial and post is None and self._apposed_subject(span),
            capitalised=self._capitalised(span, words, first_alpha, before, post),
            presented=post is None and self._presented(span, words),
            recurring=(
                len(words) <= 6
                and first_alpha.isupper()
                and self.quoted[_key(content)] >= 2
                and post is None
                and pre is None
                and complement is None
            )
            or (len(words) <= 8 and first_alpha.isupper() and post is None and self._named_elsewhere(span)),
            labelled=post is None
            and (pre is None or pre.rule.startswith("cue.colon"))
            and self._labelled(span, words, before),
        )

    def _features(self, span: QuoteSpan, parent: Item | None, ruled: Item, s: _Signals) -> dict[str, float]:
        """What a reader sees around a quotation: the rules that fire, its shape, its
        neighbours, where it stands, how often its words come back."""
        text = self.text
        content = text[span.start : span.end]
        f: dict[str, float] = {f"rule:{rule}": 1.0 for rule in ruled.evidence}
        for name, on in (
            ("initial", s.initial),
            ("upper", s.upper),
            ("que_before", s.que_before),
            ("post_cue", s.post is not None),
            ("pre_cue", s.pre is not None),
            ("pre_source", s.pre is not None and s.pre.rule in SOURCE_RULES),
            ("complement_cue", s.complement is not None),
            ("covering_cue", s.covering is not None),
            ("sentence_cue", s.sentence is not None),
            ("inner_incise", s.inner is not None),
            ("resumed", s.resumed),
            ("whole", s.whole),
            ("named", s.named),
            ("scare", s.scare),
            ("clause", s.clause),
            ("judged", s.judged),
            ("listed", s.listed),
            ("listed_speech", s.listed_speech),
            ("subject", s.subject),
            ("apposed_subject", s.apposed_subject),
            ("capitalised", s.capitalised),
            ("presented", s.presented),
            ("recurring", s.recurring),
            ("labelled", s.labelled),
            ("nested", parent is not None),
            ("parent_speech", parent is not None and parent.kind.is_speech),
            ("multi_paragraph", span.paragraphs > 1),
            ("unclosed", span.close_offset is None),
        ):
            if on:
                f[name] = 1.0
        f[f"before:{_PUNCT_NAMES.get(s.before, 'word')}"] = 1.0
        f[f"words:{_bucket(s.words)}"] = 1.0
        stripped = content.rstrip(' \u00a0\u202f»”"')
        if stripped[-1:] in ".!?…":
            f["ends_sentence"] = 1.0
        if _SENTENCE_INSIDE.search(content):
            f["inner_sentence"] = 1.0
        if any(ch.isdigit() for ch in content):
            f["digit"] = 1.0
        tokens = self.index.within(span.start, span.end)
        if any(t.pos_ in ("VERB", "AUX") and "VerbForm=Fin" in str(t.morph) for t in tokens):
            f["finite_verb"] = 1.0
        if any(t.lower_ in self.lang.cues.FIRST_PERSON for t in tokens):
            f["first_person"] = 1.0
        if tokens and tokens[0].pos_:
            f[f"first_pos:{tokens[0].pos_}"] = 1.0
        at = span.open_offset if span.open_offset is not None else span.start
        prev = self.index.before(at)
        if prev is not None and prev[1].text in self.lang.marks.ALL_MARKS and prev[1].i > 0:
            prev = (prev[0], prev[1].doc[prev[1].i - 1])
        if prev is not None:
            f[f"prev_pos:{prev[1].pos_}"] = 1.0
        close = span.close_offset if span.close_offset is not None else span.end
        nxt = self.index.at(close + 1)
        if nxt is not None and self.index.start(*nxt) > close:
            token = nxt[1]
            f[f"next:{_PUNCT_NAMES.get(token.text, token.pos_)}"] = 1.0
        f[f"recur_quoted:{min(self.quoted.get(_key(content), 1) - 1, 2)}"] = 1.0
        f[f"recur_text:{min(self._recurrences(span), 2)}"] = 1.0
        para = self.links.paragraph_start(at)
        if not text[para:at].strip(" \t\u00a0-—–•"):
            f["paragraph_start"] = 1.0
            line = _LINE.match(text, close + 1)
            if line is not None and not line.group().strip(" \t\u00a0.,;:!?…"):
                f["alone_on_line"] = 1.0
        if at < self.headline_end:
            f["headline"] = 1.0
        return f

    def _recurrences(self, span: QuoteSpan) -> int:
        """How often the quotation's words come back nearby (within 20 000 characters), out of
        marks or in them: labels and names recur, speech rarely does."""
        key = _key(self.text[span.start : span.end])
        if len(key) < 3:
            return 0
        lo, hi = max(0, span.start - 20_000), min(len(self.folded), span.end + 20_000)
        return max(0, self.folded.count(key, lo, hi) - 1)


def _exclaimed(content: str) -> bool:
    """A one-word sentence with its own final stop inside the marks (« Jamais ! », « Non. »)."""
    return content.rstrip()[-1:] in _SENTENCE_STOPS


def report_readings(
    cue: Cue,
    proposals: Sequence[tuple[int, int, str, str, tuple[str, ...]]],
    ruled: int | None,
    flags: Sequence[str],
    index: TokenIndex,
    lang: LanguageData,
    quoted: Cover,
) -> list[Candidate[Reading]]:
    """The readings of what a cue reports: each proposal ``(start, end, form, how, flags)`` as
    an indirect item, and nothing (``None``); ``ruled`` is the index of the proposal the rules
    keep (None: the rules keep nothing); ``flags`` (the cue's) and each proposal's flags say
    what the rules hold against them."""
    text = index.view.original
    shared = {f"r.{name}": value for name, value in _cue_features(cue, lang).items()}
    shared.update({f"r.flag:{flag}": 1.0 for flag in flags})
    tok = cue.token
    morph = tok.morph
    for key in ("Mood", "VerbForm"):
        for value in morph.get(key, []):
            shared[f"r.{key.lower()}:{value}"] = 1.0
    data = lang.cues
    for name, on in (
        ("np_verb", cue.lemma in data.NP_CONTENT),
        ("infinitive_verb", cue.lemma in data.INFINITIVE_CONTENT),
        ("incise", is_incise(tok, lang)),
    ):
        if on:
            shared[f"r.{name}"] = 1.0
    cue_at = index.start(cue.piece, tok)
    out: list[Candidate[Reading]] = []
    for i, (start, end, form, how, own) in enumerate(proposals):
        f = dict(shared)
        f["r.bias"] = 1.0
        f[f"r.form:{form}"] = 1.0
        f[f"r.how:{how}"] = 1.0
        f.update({f"r.p:{flag}": 1.0 for flag in own})
        tokens = index.within(start, end)
        words = WORD.findall(text[start:end])
        f[f"r.words:{_bucket(len(words))}"] = 1.0
        if any(t.pos_ in ("VERB", "AUX") and "VerbForm=Fin" in str(t.morph) for t in tokens):
            f["r.finite_verb"] = 1.0
        if tokens:
            f[f"r.first_pos:{tokens[0].pos_}"] = 1.0
            last = next((t for t in reversed(tokens) if not t.is_punct), tokens[-1])
            f[f"r.last_pos:{last.pos_}"] = 1.0
        if start > cue_at:
            f[f"r.gap:{_bucket(len(WORD.findall(text[cue_at:start])) - 1)}"] = 1.0
        if quoted.overlaps(start, end):
            f["r.holds_quotation"] = 1.0
        f["r.before_cue" if end <= cue_at else "r.after_cue"] = 1.0
        rest = text[end : end + 3].lstrip(' \u00a0»”"')
        if not rest or rest[0] in ".!?…\n":
            f["r.sentence_end"] = 1.0
        elif rest[0] in ",;:":
            f[f"r.stops_at:{_PUNCT_NAMES.get(rest[0], 'word')}"] = 1.0
        if ruled == i:
            f["first_match"] = 1.0
        reading = Reading(QuoteKind.INDIRECT, start, end, cue, form, how)
        out.append(Candidate(reading, [f"kind.indirect.{form}"], f, first_match=ruled == i))
    nothing = {"r.none": 1.0, "first_match": 1.0} if ruled is None else {"r.none": 1.0}
    out.append(Candidate(None, [], nothing, first_match=ruled is None))
    return out
