"""Content: quoted spans + cues → speech items (direct, partial, indirect, mention).

Decides what each pair of quotation marks is, links each speech item to the
cue that introduces it, and finds the content of cues that report speech
without marks (indirect speech). The work is split by question: ``reported.py``
(what a cue could report), ``linking.py`` (which cue a quotation hangs on), ``kinds.py``
(what a quotation is); this module runs them over a document. Invariants:

- every quoted span becomes exactly one item (speech or mention) or one verbatim span
  of the indirect item whose statement it quotes: none is lost;
- an item's span is the content (marks and padding excluded); an indirect
  item's span is the reported clause (``que`` and final punctuation excluded);
- boilerplate paragraphs (consent banners, page furniture) yield no speech;
- each decision appends a rule id to the item's evidence.
"""

from __future__ import annotations

import bisect
import functools
from collections.abc import Sequence

import regex
from spacy.tokens import Token

from quoteminer.choice import Chooser, FirstMatch, Overrule, Recorder
from quoteminer.cues import SOURCE_RULES, Cue, comment_clause, is_incise
from quoteminer.items import WORD, Cover, Item, TokenIndex, boilerplate_ranges, finite, inside, trim, within
from quoteminer.kinds import Quotations, report_readings
from quoteminer.lang import LanguageData
from quoteminer.layout import Answer, interview_answers
from quoteminer.linking import Links
from quoteminer.marks import QuoteSpan
from quoteminer.model import QuoteKind
from quoteminer.parse import Piece, View, morph
from quoteminer.reported import Reports, acts_on_something, animate, negated, nested_source, provision, refusal

__all__ = ["Item", "TokenIndex", "boilerplate_ranges", "build_items"]


def build_items(
    text: str,
    view: View,
    pieces: Sequence[Piece],
    spans: Sequence[QuoteSpan],
    cues: Sequence[Cue],
    lang: LanguageData,
    index: TokenIndex | None = None,
    chooser: Chooser | None = None,
) -> list[Item]:
    """Every speech item and mention of the document, in text order.

    Each quotation's readings (direct, partial, mention) and each cue's proposals (the spans
    it could report, or nothing) go to ``chooser`` (default: the ordered rules, first match).
    """
    chooser = chooser if chooser is not None else FirstMatch()
    index = index if index is not None else TokenIndex(view, pieces)
    reports = Reports(text, lang, index)
    links = Links(text, lang, index, cues, reports)
    boiler = boilerplate_ranges(text, lang)
    builder = Quotations(text, lang, index, links, boiler, spans)
    items: list[Item] = []
    stack: list[Item] = []
    for span in spans:  # sorted by start, outer before inner
        while stack and stack[-1].end <= span.start:
            stack.pop()
        parent = stack[-1] if stack else None
        item = _decide_quotation(builder, span, parent, chooser)
        items.append(item)
        builder.done.append(item)
        stack.append(item)
    answers = interview_answers(text, lang)
    items.extend(_interview_answers(answers, text, index, spans))
    asked = Cover(sorted({a.question for a in answers}))  # the interviewer's questions
    quoted = [(i.start, i.end) for i in items]
    looked_up = _Quoted(quoted)
    within_quotes = Cover(quoted)
    direct_cues: dict[int, list[int]] = {}  # cue → where the direct quotations it introduces open
    for i in items:
        if i.kind is QuoteKind.DIRECT and i.cue is not None and i.span is not None:
            direct_cues.setdefault(id(i.cue), []).append(
                i.span.open_offset if i.span.open_offset is not None else i.start
            )
    silenced: list[tuple[int, int]] = []  # content of negated cues: nobody said it
    negated_starts = [s for c, s in zip(links.cues, links.cue_starts, strict=True) if negated(c, lang)]
    for cue in links.cues:
        if negated(cue, lang):
            rng = reports.content_range(cue)
            if rng:
                silenced.append((rng[0], rng[1]))
    holding: set[tuple[int, int]] = set()  # quotations that hold a cue's whole content
    indirect: dict[tuple[int, int], Item] = {}  # by span: one item per reported clause, looked up, not searched
    previous: Cue | None = None
    for cue, cue_start in zip(links.cues, links.cue_starts, strict=False):
        outer, previous = previous, cue
        if (
            inside(boiler, cue_start, cue_start + 1)
            or negated(cue, lang)
            or any(s <= cue_start < e for s, e in silenced)
        ):
            continue  # page furniture; nobody said it
        if provision(cue, lang):
            continue  # "Le texte prévoit que …": what a law provides, not what anyone said
        if asked.holds(cue_start, cue_start + 1) and _bare_infinitive(cue.token):
            continue  # "Q : Pourquoi appeler à la grève ?": the interviewer asks, nobody is reported
        flags = []  # what the rules hold against the cue
        if outer is not None and nested_source(outer, cue, lang):
            flags.append("nested_source")  # "pour qui, selon ses proches, …": one claim, the outer source's
        # a cue can report a quotation after it and, in "X comme le précise Y : « … »", the clause before it;
        # in "a précisé que … : « … »" a clause of its own before the colon, then the quotation
        rng0 = reports.content_range(cue)
        openings = direct_cues.get(id(cue), ())
        beside = bool(openings) and comment_clause(cue.token, lang) is None
        if beside and not all(_clause_before_colon(text, index, cue_start, rng0, at) for at in openings):
            flags.append("used_by_direct")
        if (
            cue.rule in SOURCE_RULES
            and rng0 is not None
            and (any(rng0[0] <= n < rng0[1] for n in negated_starts) or refusal(lang).search(text, rng0[0], rng0[1]))
        ):
            flags.append("refusal")  # "Mme Psaki n'a pas voulu dire si …, aux yeux de Washington": nothing was said
        # speech reported inside a quotation is the quoted speaker's, not an item of its own
        if within_quotes.strictly_inside(cue_start):
            flags.append("inside_quotation")
        proposals = _proposals(cue, reports, index, rng0, looked_up, text, lang, holding)
        if not proposals:
            continue
        ruled = next((k for k, p in enumerate(proposals) if p[4] == ("rules_span",)), None)
        candidates = report_readings(cue, proposals, None if flags else ruled, flags, index, lang, within_quotes)
        if isinstance(chooser, Recorder | Overrule):
            chooser.key = ("report", cue_start)
        choice = chooser.choose(candidates)
        picked = candidates[choice.index]
        reading = picked.subject
        if reading is None:
            continue
        start, end = reading.start, reading.end
        same = indirect.get((start, end))
        # two cues report one clause ("pour qui, selon ses sources, …"): keep the one that names its source
        if same is not None and (same.cue is None or same.cue.speaker_token is not None or cue.speaker_token is None):
            continue
        evidence = [f"kind.indirect.{reading.form}"]
        if beside and "used_by_direct" not in flags:
            evidence.append("kind.indirect.before_colon")
        if not picked.first_match:
            evidence.append("kind.indirect.classified")
        indirect[(start, end)] = Item(
            start, end, QuoteKind.INDIRECT, cue=cue, evidence=evidence, confidence=choice.confidence
        )
    for i in items:  # "a lancé un « appel au calme »": the quotation is the item, not "calme" inside it
        if (i.start, i.end) in holding and i.kind is QuoteKind.PARTIAL:
            i.evidence.append("kind.partial.holds_content")
    items.extend(_one_source(_outermost(list(indirect.values()), index, within_quotes, lang), index, lang))
    items.sort(key=lambda i: (i.start, -i.end))
    # "8 h 40 : « … », confie Nadia": what is left of a clause cut at the colon is a live blog's time
    # label, no words said
    return [i for i in _one_statement(items, text, index, lang) if i.kind is not QuoteKind.INDIRECT or _worded(text, i)]


def _worded(text: str, item: Item) -> bool:
    """Whether the item's text holds a word (two letters or more), not only numbers and a unit."""
    return any(len(w) > 1 and w.isalpha() for w in WORD.findall(text, item.start, item.end))


def _interviewee(
    answer: Answer, text: str, index: TokenIndex, people: Sequence[Sequence[tuple[Piece, Token]]]
) -> tuple[Piece, Token] | None:
    """The token that names an answer's speaker: the last word of its name label, else the
    person the text introduces before its first question (``people``, read once per text: whose
    initials are the label's, when initials label the answer)."""
    if answer.label is not None and answer.label_kind == "name":
        # "Fabrice LOHER. –": the person the introduction names so, as it writes the name
        written = text[answer.label[0] : answer.label[1]].casefold().split()
        for person in people:
            if [t.text.casefold() for _, t in person][-len(written) :] == written:
                return person[-1]
        found = index.before(answer.label[1])
        return found if found is not None and found[1].is_alpha else None
    initials = None
    if answer.label is not None:
        initials = [c for c in text[answer.label[0] : answer.label[1]] if c.isupper()]
    for person in people:
        if initials is None or [t.text[0] for _, t in person if t.text[:1].isupper()] == initials:
            return person[-1]
    return None


def _people_before(
    offset: int, index: TokenIndex, skipped: Sequence[tuple[int, int]] = ()
) -> list[list[tuple[Piece, Token]]]:
    """The people the text names before ``offset``, each as its run of name tokens, none in the
    ``skipped`` ranges (credit lines: ``Propos recueillis par Julie Tremblay`` names the journalist)."""
    people: list[list[tuple[Piece, Token]]] = []
    for piece, token in index.tokens:
        at = index.start(piece, token)
        if at >= offset:
            break
        if token.ent_type_ != "PER" or any(a <= at < b for a, b in skipped):
            continue
        if token.ent_iob_ == "B" or not people or people[-1][-1][1].i + 1 != token.i:
            people.append([])
        people[-1].append((piece, token))
    return people


def _interview_answers(
    answers: Sequence[Answer], text: str, index: TokenIndex, spans: Sequence[QuoteSpan]
) -> list[Item]:
    """A direct item for each answer paragraph of an interview (``layout.interview_answers``),
    spoken by the interviewee, unless quotation marks already hold the answer."""
    items: list[Item] = []
    if not answers:
        return items
    # every answer of a text shares its first question and its credit lines
    people = _people_before(answers[0].questions_start, index, answers[0].credits)
    for answer in answers:
        if any(s.start <= answer.start + 2 and s.end >= answer.end - 2 for s in spans):
            continue
        found = _interviewee(answer, text, index, people)
        cue = None
        if found is not None:
            piece, token = found
            cue = Cue(piece, token.sent, token, ":", "statement", "cue.interview_turn")
            cue.speaker_token, cue.speaker_rule = token, "speaker.interviewee"
        evidence = ["kind.direct.interview_answer"]
        items.append(Item(answer.start, answer.end, QuoteKind.DIRECT, cue=cue, evidence=evidence))
    return items


def _bare_infinitive(verb: Token) -> bool:
    """A verb in the infinitive with no subject of its own: the question's own words, not a report."""
    return "Inf" in morph(verb, "VerbForm") and not any(c.dep_.startswith("nsubj") for c in verb.children)


def _outermost(reports: list[Item], index: TokenIndex, quoted: Cover, lang: LanguageData) -> list[Item]:
    """One statement, one item: an indirect item inside the clause or complement another verb
    reports is part of its statement (``a indiqué que l'Autorité allait demander une réunion``:
    one item, the outer; a ``selon X`` claim may hold someone's act and keeps both, unless X is
    a news agency relaying it or the phrase sits inside that act's que-clause); but when
    the outer one is only a verb's infinitive that reports in turn (``a dit espérer que …``),
    the inner clause is the statement. The kept item says so (``kind.indirect.holds_report``)."""
    reports.sort(key=lambda i: (i.start, -i.end))
    dropped: set[int] = set()
    for n, outer in enumerate(reports):
        for inner in reports[n + 1 :]:
            if inner.start >= outer.end:
                break
            if id(inner) in dropped or id(outer) in dropped or inner.end > outer.end:
                continue
            source = outer.cue
            relayed = source is not None and source.rule == "cue.relay" and _names_speaker(inner, outer, index)
            # "a affirmé que la grève, selon lui, prendrait fin": a source phrase inside another cue's
            # clause is part of that statement, not a claim around it
            within = (
                source is not None
                and source.rule in SOURCE_RULES
                and "kind.indirect.que" in inner.evidence
                and inner.start <= index.start(source.piece, source.token) < inner.end
            )
            if relayed or within:
                # "Selon l'AFP, le ministre a affirmé que …": the agency relays the minister's statement,
                # which is the one item (ANNOTATION.md §2: the agency is not the speaker)
                dropped.add(id(outer))
                _holds_report(inner)
                continue
            if _restated(outer, inner, index, lang):
                # "Le ministère a assuré que la surveillance serait maintenue, a-t-il précisé": the incise
                # only restates the subject's own report, whose clause is the statement
                dropped.add(id(outer))
                if "kind.indirect.restated" not in inner.evidence:
                    inner.evidence.append("kind.indirect.restated")
                continue
            if not _one_statement_around(outer, quoted):
                continue  # "…, selon les observateurs": the source's claim may hold someone's act
            cue = inner.cue
            verb_first = cue is not None and index.start(cue.piece, cue.token) <= outer.start
            # (not a call's infinitive, what the addressed are called to do: "invite les riverains à
            # signaler tout incident" is the call, not a report of the speaker's own)
            calling = outer.cue is not None and outer.cue.lemma in lang.cues.OBJECT_ADDRESSEE_VERBS
            framing = "kind.indirect.infinitive" in outer.evidence and verb_first and not calling
            keep, drop = (inner, outer) if framing else (outer, inner)
            dropped.add(id(drop))
            _holds_report(keep)
    return [r for r in reports if id(r) not in dropped]


def _restated(outer: Item, inner: Item, index: TokenIndex, lang: LanguageData) -> bool:
    """Whether a postposed incise with a personal pronoun for subject (``…, a-t-il précisé``)
    closes a clause whose own reporting verb has a subject the pronoun can take up (same number,
    same gender where both say): the incise restates that report, not a statement around it
    (unlike ``La France n'exclut pas de …, a déclaré le ministre``, someone else's words about it)."""
    if "kind.indirect.postposed" not in outer.evidence or outer.cue is None or inner.cue is None:
        return False
    pronoun, subject = outer.cue.speaker_token, inner.cue.speaker_token
    if pronoun is None or subject is None or pronoun.pos_ != "PRON":
        return False
    if pronoun.lower_.split("-")[-1] not in lang.syntax.PERSONAL_SUBJECTS:
        return False
    at = index.start(inner.cue.piece, subject)
    return outer.start <= at < index.start(inner.cue.piece, inner.cue.token) and all(
        not (a and b and a != b) for a, b in ((morph(pronoun, f), _agreement(subject, f)) for f in ("Number", "Gender"))
    )


def _agreement(noun: Token, feature: str) -> list[str]:
    """A noun's number or gender, its determiner's first where it shows one: the tagger guesses
    a noun of both genders as it comes (``La ministre`` tagged masculine)."""
    shown = next((morph(c, feature) for c in noun.children if c.dep_ == "det" and morph(c, feature)), [])
    return shown or morph(noun, feature)


def _one_statement_around(outer: Item, quoted: Cover) -> bool:
    """Whether what ``outer`` reports is one statement with any report inside it: a que-clause,
    an infinitive or a noun phrase, or the clause before a postposed incise (``La France
    n'exclut pas de …, a déclaré le ministre``) unless that clause holds a quotation, which the
    incise reports instead."""
    if any(f"kind.indirect.{form}" in outer.evidence for form in ("que", "infinitive", "np")):
        return True
    return "kind.indirect.postposed" in outer.evidence and not quoted.overlaps(outer.start, outer.end)


def _holds_report(item: Item) -> None:
    """Say that ``item`` is kept as the one statement around another report."""
    if "kind.indirect.holds_report" not in item.evidence:
        item.evidence.append("kind.indirect.holds_report")


def _names_speaker(inner: Item, outer: Item, index: TokenIndex) -> bool:
    """Whether ``inner``'s cue lies inside ``outer`` with a subject of its own there: the outer
    claim is that someone said something."""
    cue = inner.cue
    if cue is None or cue.speaker_token is None:
        return False
    return outer.start <= index.start(cue.piece, cue.speaker_token) < outer.end


def _one_source(reports: list[Item], index: TokenIndex, lang: LanguageData) -> list[Item]:
    """One statement, one item: a claim opened by a source phrase and closed by a reporting
    incise (``Pour la Russie, il est trop tôt, a estimé son ambassadeur``) is read by both cues,
    the incise's item holding the phrase and the phrase's item running through the incise. One
    item is kept, from after the source phrase to the incise: the incise's if it names its
    subject, the source phrase's if the incise only has a pronoun (``…, a-t-il affirmé``)."""
    dropped: set[int] = set()
    for closing in reports:
        cue = closing.cue
        if cue is None or cue.rule in SOURCE_RULES or not is_incise(cue.token, lang):
            continue
        if index.start(cue.piece, cue.token) < closing.end:
            continue
        for opening in reports:
            source = opening.cue
            if opening is closing or source is None or source.rule not in SOURCE_RULES:
                continue
            if not (
                closing.start <= index.start(source.piece, source.token) < opening.start < closing.end <= opening.end
            ):
                continue
            named = cue.speaker_token is not None and cue.speaker_token.pos_ in ("NOUN", "PROPN")
            keep, drop = (closing, opening) if named else (opening, closing)
            keep.start, keep.end = opening.start, closing.end
            dropped.add(id(drop))
            break
    return [r for r in reports if id(r) not in dropped]


def _clause_before_colon(
    text: str, index: TokenIndex, cue_start: int, content: tuple[int, int, str] | None, opening: int
) -> bool:
    """``a précisé que les travaux dureraient deux ans : « … »``, ``a accusé X d'avoir fait échouer
    la négociation : « … »``: the cue reports a clause or a complement (three words or more; a
    clause with its finite verb) between itself and the colon before the quotation it introduces."""
    if content is None or content[2] not in ("que", "source", "infinitive", "np"):
        return False
    if not cue_start < content[0] < opening:
        return False
    before = text[content[0] : opening].rstrip()
    if not before.endswith(":") or len(WORD.findall(before)) < 3:
        return False
    return content[2] in ("infinitive", "np") or any(finite(t) for t in index.within(content[0], opening))


def _document(token: Token | None, lang: LanguageData) -> bool:
    """A subject that is a document, a study or a figure (``l'enquête``, ``les chiffres``)."""
    if token is None:
        return False
    lemma = token.lemma_.lower()
    return lemma in lang.cues.DOCUMENT_NOUNS or lemma in lang.cues.FIGURE_NOUNS


def _decide_quotation(builder: Quotations, span: QuoteSpan, parent: Item | None, chooser: Chooser) -> Item:
    """The item a quotation is: the rules' reading, or the one the chooser prefers."""
    ruled = builder.classify(span, parent)
    candidates = builder.readings(span, parent, ruled)
    if not candidates:
        return ruled
    if isinstance(chooser, Recorder | Overrule):
        chooser.key = ("quotation", span.start, span.end)
    choice = chooser.choose(candidates)
    picked = candidates[choice.index]
    if picked.first_match:
        ruled.confidence = choice.confidence
        return ruled
    reading = picked.subject
    if reading is None:
        return Item(span.start, span.end, QuoteKind.MENTION, span=span, evidence=["kind.mention.classified"])
    evidence = [f"kind.{reading.kind.value}.classified", *picked.rules]
    if reading.cue is None and reading.kind is QuoteKind.DIRECT:
        evidence.append("cue.none")
    return Item(
        span.start, span.end, reading.kind, span=span, cue=reading.cue, evidence=evidence, confidence=choice.confidence
    )


_Proposal = tuple[int, int, str, str, tuple[str, ...]]

# How far from a proposal's ends a quotation may start and still be read as all of its content:
# ``within``'s slack and the white space it allows.
_NEAR = 10


class _Quoted:
    """The quoted spans of a document, in the order ``build_items`` lists them, looked up by
    position (bisection) instead of read whole for each proposal of each cue."""

    def __init__(self, spans: Sequence[tuple[int, int]]) -> None:
        self.spans = spans
        self._order = sorted(range(len(spans)), key=lambda k: spans[k])  # by (start, end)
        self._starts = [spans[k][0] for k in self._order]
        self._ordered = all(s <= e for s, e in spans)
        self._reach: list[int] = []  # the furthest end among the first spans of that order
        for k in self._order:
            self._reach.append(max(spans[k][1], self._reach[-1]) if self._reach else spans[k][1])

    def holding(self, at: int) -> list[tuple[int, int]]:
        """The spans with ``start <= at < end``, in list order."""
        j = bisect.bisect_right(self._starts, at) - 1
        found: list[int] = []
        while j >= 0 and self._reach[j] > at:
            if self.spans[self._order[j]][1] > at:
                found.append(self._order[j])
            j -= 1
        return [self.spans[k] for k in sorted(found)]

    def starting(self, lo: int, hi: int) -> list[tuple[int, int]]:
        """The spans that start in ``[lo, hi)`` (every span from ``lo`` on, if one ends before it starts)."""
        a, b = bisect.bisect_left(self._starts, lo), bisect.bisect_left(self._starts, hi)
        return [self.spans[k] for k in self._order[a : b if self._ordered else len(self._order)]]


def _proposals(
    cue: Cue,
    reports: Reports,
    index: TokenIndex,
    ruled: tuple[int, int, str] | None,
    quoted: _Quoted,
    text: str,
    lang: LanguageData,
    holding: set[tuple[int, int]],
) -> list[_Proposal]:
    """The spans a cue could report as indirect items, each ``(start, end, form, how, flags)``:
    the flags say what the rules hold against the span (``rules_span`` alone: the rules keep it).
    A quotation that holds a whole proposal goes to ``holding``: it is the cue's content."""
    out: list[_Proposal] = []
    for proposal in reports.proposals(cue):
        start, end, form = proposal.start, proposal.end, proposal.form
        if form in ("infinitive", "np"):
            for s, e in quoted.holding(start):
                if s <= start < e < end:
                    end = e  # a complement that opens inside a quotation ends with it
        if end - start < 3:
            continue
        # one word is too little, unless it is a noun whose article the preposition before it holds
        # ("a appelé au calme", "appelle au boycott") or drops after the verb's own "de" ("accusant le
        # gouvernement de fraude")
        if len(WORD.findall(text[start:end])) < 2 and not (form == "np" and _after_contracted(text, start, cue, lang)):
            if ruled is not None and (proposal.start, proposal.end, proposal.form) == ruled:
                # "a appelé les habitants à rester « chez eux »": the parse stops the rules' span at the
                # opening mark; the longer reading from the same word is the rules' span
                ruled = next(
                    ((p.start, p.end, p.form) for p in reports.proposals(cue) if p.start == start and p.end > end),
                    ruled,
                )
            continue
        # content that is only a quotation ("a promis un « nouveau départ »"), or that lies inside one
        # ("a lancé un « appel au calme »": "calme" is the complement of a quoted noun): the quotation is the item
        holder = next(((s, e) for s, e in quoted.holding(start) if s <= start and end <= e), None)
        if holder is not None:
            holding.add(holder)
            continue
        outside = text[start:end]
        # (only a quotation that starts near the content's start and ends near its end can be all of it)
        cut = []
        for s, e in sorted(quoted.starting(start - _NEAR, end + _NEAR + 1), reverse=True):
            if within(text, s, start) and within(text, end, e):
                outside = outside[: max(0, s - start)] + " " + outside[max(0, e - start) :]
                cut.append((s, e))
        if all(w.lower() in lang.cues.QUOTATION_GLUE for w in WORD.findall(outside)):
            holding.update(cut)
            continue
        flags = []
        if ruled is not None and (proposal.start, proposal.end, proposal.form) == ruled:
            flags.append("rules_span")
        else:
            flags.append("alternative")
        # "…, estime le maire", and in a compound tense with the subject inverted ("…, a-t-il estimé",
        # "…, a-t-on appris auprès des pompiers"), where the comma stands before the auxiliary
        incise = (
            form == "postposed"
            and (cue.token.doc[cue.token.i - 1].text == "," or is_incise(cue.token, lang))
            and animate(cue, lang)
        )
        # "Le Royaume-Uni avait menacé d'envahir …", "les syndicats craignent la suppression de …": a
        # weak verb reports a complement when a named source or a role is its subject; with a pronoun
        # ("Il a menacé de saisir la justice"), when its infinitive acts on something
        subject = cue.speaker_token
        acts = form == "infinitive" and acts_on_something(cue, lang)
        # "Il souhaite l'installation d'un feu", "Elle redoute la fermeture du service": a verb of stance
        # reports its noun phrase after a personal pronoun too (not a relative's "qui craint …")
        stance = (
            form == "np"
            and cue.lemma in lang.cues.STANCE_OBJECT_VERBS
            and subject is not None
            and "PronType=Rel" not in str(subject.morph)
        )
        agent = subject is not None and animate(cue, lang) and (subject.pos_ != "PRON" or acts or stance)
        complement = (form == "np" or acts) and agent
        # "a exprimé le vœu de …", "a exclu toute hausse": the noun says what the source wants or dismisses
        wish = proposal.how in ("wish", "dismissed")
        if cue.weak and form not in ("que", "source", "figure", "colon") and not incise and not complement and not wish:
            flags.append("weak_bare")
        if form in ("np", "infinitive", "figure") and not animate(cue, lang):
            flags.append("inanimate")  # "La libération des prisonniers annonçait la tendance": events announce nothing
        if cue.rule == "cue.pour" and not _predicated(index.within(start, end)):
            flags.append("verbless")  # "Pour l'Espagne, Loyola de Palacio.": a list, not a view
        # "une étude de l'Insee montre que …": the speaker is the document's author, the subject a document
        documented = _document(subject, lang) or cue.speaker_rule == "speaker.document_author"
        if cue.lemma in lang.cues.DOCUMENT_ONLY_VERBS and not documented:
            flags.append("not_a_document")  # "le maire a montré le chemin"; "l'enquête montre une hausse" reports
        out.append((start, end, form, proposal.how, tuple(flags)))
    return out


def _predicated(tokens: Sequence[Token]) -> bool:
    """Whether ``tokens`` hold a clause: a finite verb, or a word with its nominal subject among them
    (``ce budget « manque d'ambition »``, where the tagger reads the quoted verb as an adjective or an
    infinitive); a bare noun phrase (``Loyola de Palacio``) has neither."""
    ids = {t.i for t in tokens}
    return (
        any(finite(t) for t in tokens)
        or any(c.dep_ == "nsubj" and c.i in ids and t.i in ids for t in tokens for c in t.children)
        or any(_verb_read_as_adjective(t) for t in tokens if t.i + 1 in ids)
    )


def _verb_read_as_adjective(token: Token) -> bool:
    """A verb the tagger read as an adjective after its subject noun (``cette décision complique
    les négociations``): an adjective between a noun and an article that opens the next noun
    phrase is the clause's verb, since a French adjective takes no bare noun phrase."""
    if token.pos_ != "ADJ" or "VerbForm" in str(token.morph) or token.i == 0:
        return False
    doc = token.doc
    before = next((t for t in reversed(doc[: token.i]) if not t.is_punct), None)
    after = doc[token.i + 1]
    return (
        before is not None
        and before.pos_ in ("NOUN", "PROPN")
        and after.pos_ == "DET"
        and "PronType=Art" in str(after.morph)
    )


@functools.cache
def _after_contracted(text: str, start: int, cue: Cue, lang: LanguageData) -> bool:
    """Whether the word before ``start`` is a preposition holding an article (``au``, ``du``), or
    the ``de`` of a verb whose content is its prepositional complement (``accuser de fraude``),
    after which French drops the article."""
    before = WORD.findall(text[max(0, start - 12) : start])
    if not before:
        return False
    word = before[-1].lower()
    if word in lang.syntax.CONTRACTED_ARTICLES:
        return True
    tok = cue.token
    passive = "Tense=Past" in str(tok.morph) and not any(c.dep_.startswith("aux") for c in tok.children)
    # (not a participle without its auxiliary: "accusé de séparatisme, a été condamné" is a charge)
    return (
        word in {w.rstrip("'’") for w in lang.syntax.DE}
        and cue.lemma in lang.cues.PREPOSITIONAL_CONTENT
        and not passive
    )


def _adjacent(lang: LanguageData) -> regex.Pattern[str]:
    """Between an indirect item's end and a quotation that goes on with its clause: spaces, a
    comma, or a word the clause goes on with (``une réunion de l'ONU pour « dénoncer … »``)."""
    links = "|".join(regex.escape(w).replace("'", "['’]") for w in lang.syntax.CLAUSE_LINKS)
    return regex.compile(rf"[\s,]*(?:(?:{links})\s*)?", regex.IGNORECASE)


def _names_other_source(cue: Cue, item: Item, index: TokenIndex) -> bool:
    """A cue inside an item whose subject is named (not a pronoun): another source's speech."""
    named = cue.speaker_token is not None and cue.speaker_token.pos_ != "PRON"
    return named and item.start <= index.start(cue.piece, cue.token) < item.end


def _one_statement(items: list[Item], text: str, index: TokenIndex, lang: LanguageData) -> list[Item]:
    """One statement, one item (ANNOTATION.md §1): a quotation inside an indirect item
    is the speaker's own words in that statement, kept as one of its ``verbatim`` spans,
    not as an item of its own. A quotation the clause runs into (``a dit que les prix « ont
    doublé depuis mai »``) extends the item to its closing mark. A quotation after a colon
    is a statement of its own: the indirect item stops before the colon. Speech of
    another source reported inside (a quotation whose own cue inside the item names its
    subject) stays separate."""
    named = [i.span for i in items if i.span is not None and i.kind is QuoteKind.MENTION]
    for item in items:
        if item.kind is not QuoteKind.INDIRECT:
            continue
        for name in named:
            # "a annoncé que le lycée participerait au concours « Non au harcèlement »": a clause the
            # parse ends inside a name in marks runs to the name's closing mark
            opening, closing = name.open_offset, name.close_offset
            if opening is not None and closing is not None and item.start <= opening < item.end <= closing:
                item.end = closing + len(name.close_mark or "")
                item.evidence.append("kind.indirect.through_mention")
    quoted = [i for i in items if i.span is not None and i.kind in (QuoteKind.PARTIAL, QuoteKind.DIRECT)]
    starts = [q.start for q in quoted]
    absorbed: set[int] = set()
    for item in items:
        if item.kind is not QuoteKind.INDIRECT:
            continue
        for quote in quoted[bisect.bisect_left(starts, item.start) : bisect.bisect_right(starts, item.end + 8)]:
            span = quote.span
            if span is None or id(quote) in absorbed:
                continue
            opening = span.open_offset if span.open_offset is not None else quote.start
            inner_cue = quote.cue is not None and item.start <= index.start(quote.cue.piece, quote.cue.token) < item.end
            if opening >= item.end and not (
                quote.kind is QuoteKind.PARTIAL
                and (quote.cue in (None, item.cue) or inner_cue)
                and _adjacent(lang).fullmatch(text, item.end, opening)
            ):
                continue  # after the item: only a partial that goes on with the same clause joins it
            if text[item.start : opening].rstrip().endswith(":"):
                item.start, item.end = trim(text, item.start, opening)
                if "kind.indirect.before_colon" not in item.evidence:
                    item.evidence.append("kind.indirect.before_colon")
                break
            cue = quote.cue
            if cue is not None and cue is not item.cue and _names_other_source(cue, item, index):
                continue  # "… a dit que le maire a lancé « … »": the mayor's words, not the item's speaker's
            # a clause the parse ends inside the quotation runs to its closing mark (``a dénoncé une
            # décision « prise à la va-vite » et …``), as a clause that ran into it
            closing = quote.end if span.close_offset is None else span.close_offset + len(span.close_mark or "")
            item.end = max(item.end, closing)
            item.verbatim.append((quote.start, quote.end))
            absorbed.add(id(quote))
        if item.verbatim:
            item.evidence.append("kind.indirect.verbatim")
    return [i for i in items if id(i) not in absorbed and i.end > i.start]
