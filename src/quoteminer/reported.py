"""Reports: cues → what each cue could report (indirect speech without marks).

For every cue, the spans it could report: the que-clause, the infinitive or noun
complement, the clause governed by ``selon X``, the sentence before a postposed cue, the
clause around an incise, a figure (``estime à N le nombre de …``), a stance. Each
proposal carries its form and the id of the rule that found it; the first proposal is
the one the ordered rules report (``Reports.content_range``). Invariants:

- a proposal's span is the reported clause: ``que`` and the final punctuation excluded;
- proposals are computed once per cue and cached;
- the rules' own answer is always the first proposal, so the untrained baseline stays
  what it was.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, Iterator
from types import ModuleType

import attrs
import regex
from spacy.attrs import DEP, LOWER
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

from quoteminer.cues import (
    SOURCE_RULES,
    Cue,
    auxiliary_before,
    can_be_source,
    closing_incise,
    comment_clause,
    forms,
    is_incise,
    own_auxiliaries,
    phrase_start,
    relative_antecedent,
    reporting_lemma,
    shared_auxiliary_governor,
    source_noun,
    stance_before_colon,
    support_noun,
)
from quoteminer.items import WORD, TokenIndex, finite, trim
from quoteminer.lang import LanguageData
from quoteminer.parse import Piece, children, column, doc_text, morph, sentence_end, string_ids
from quoteminer.persons import person_noun

__all__ = [
    "Proposal",
    "Reports",
    "acts_on_something",
    "animate",
    "content_lemma",
    "negated",
    "nested_source",
    "provision",
    "refusal",
]

_SENTENCE_STOP = regex.compile(r"[.;!?…](?=\s|$)")
# a closing mark followed by more words of the same clause: « son bon ami » Al-Sarraj pourrait …
_CLAUSE_GOES_ON = regex.compile(r"\s*[»”›\"]\s*(?=\w)")
# What may follow the verb of a relative whose object is "que" (its gap): adverbials only.
_GAP_DEPS = frozenset({"obl:mod", "advmod", "punct"})
_NP_STOPS = frozenset({",", ";", ":", ".", "!", "?", "—", "–"})
#: The dependents that make a clause: on both sides of a source incise, it cuts the clause in two.
_CORE_DEPS = frozenset({"nsubj", "nsubj:pass", "expl:subj", "obj", "iobj", "xcomp", "ccomp", "obl:arg", "cop"})
_COMPLEMENT_DEPS = frozenset({"xcomp", "obl:arg", "obl", "obj", "iobj", "obl:mod"})
_CLAUSE_BREAK = regex.compile(r"(?<=\w[\s\u00a0\u202f]?)[:;]\s")
# a sentence stop glued to the next sentence: "continuerait .Les", "en juin.Les" (not "M.Dupont")
_GLUED_STOP = regex.compile(r"(?<=[\p{Ll}\d\s»”)])[.!?…](?=\p{Lu}\p{Ll})")


@attrs.frozen
class Proposal:
    """A span a cue could report: its offsets, its form (``que``, ``infinitive``, ``np``,
    ``source``, ``postposed``, ``figure``) and how it was found (the rule's name)."""

    start: int
    end: int
    form: str
    how: str


class Reports:
    """What each cue of a document could report."""

    def __init__(self, text: str, lang: LanguageData, index: TokenIndex) -> None:
        self.text = text
        self.lang = lang
        self.index = index
        self._first: dict[int, Proposal | None] = {}
        self._all: dict[int, tuple[Proposal, ...]] = {}
        self._comments: dict[int, Token | None] = {}
        self._tried: dict[int, list[Proposal | None]] = {}

    def proposals(self, cue: Cue) -> tuple[Proposal, ...]:
        """Every span ``cue`` could report, the rules' own answer first (none empty, no two alike)."""
        key = id(cue)
        found = self._all.get(key)
        if found is None:
            seen: set[tuple[int, int]] = set()
            out = []
            first = self._ruled(cue)
            at = self.index.start(cue.piece, cue.token)
            others = (self._bounded(p, cue, at) for p in self._alternatives(cue))
            for proposal in ([first] if first is not None else []) + list(others):
                if proposal.end > proposal.start and (proposal.start, proposal.end) not in seen:
                    seen.add((proposal.start, proposal.end))
                    out.append(proposal)
            found = self._all[key] = tuple(out)
        return found

    def content_range(self, cue: Cue) -> tuple[int, int, str] | None:
        """The reported content of a cue as the ordered rules find it: (start, end, form), or None."""
        first = self._ruled(cue)
        return (first.start, first.end, first.form) if first is not None else None

    def _ruled(self, cue: Cue) -> Proposal | None:
        """The rules' answer, computed once per cue (most cues need only this one)."""
        key = id(cue)
        if key not in self._first:
            found = self._rules_range(cue)
            at = self.index.start(cue.piece, cue.token)
            self._first[key] = self._bounded(found, cue, at) if found is not None else None
        return self._first[key]

    def _bounded(self, proposal: Proposal, cue: Cue, at: int) -> Proposal:
        """A proposal kept inside its sentence and before the main clause (see the two steps)."""
        return self._main_clause_resumed(self._before_main_clause(self._within_sentence(proposal, at), cue, at), cue)

    def _comment(self, cue: Cue) -> Token | None:
        key = id(cue)
        if key not in self._comments:
            self._comments[key] = comment_clause(cue.token, self.lang)
        return self._comments[key]

    def _subtree_range(self, piece: Piece, token: Token, skip: Iterable[Token] = ()) -> tuple[int, int]:
        skipped = {t.i for t in skip}
        doc = token.doc
        for child in token.subtree:
            # "… une désescalade, insistant sur …": an adjunct after a comma is not the content
            if (
                child.dep_ in ("acl", "advcl", "parataxis")
                and child.i > token.i
                and doc[child.left_edge.i - 1].text == ","
                and child.left_edge.lower_ not in self.lang.syntax.SUBJECT_RELATIVES
            ):
                # (not a relative the parse hung on the verb, "présenterait un budget, qui prévoit
                # des économies, d'ici à juin": the clause goes on through it, as through any relative)
                skipped.update(t.i for t in child.subtree)
        toks = sorted((t for t in token.subtree if t.i not in skipped), key=lambda t: t.i)
        while len(toks) > 1 and toks[0].i < token.i and toks[0].lower_ in self.lang.syntax.TIME_WORDS:
            toks.pop(0)  # "a dénoncé vendredi « un plan … »": the parse may hang the day on the noun
        lo = toks[0]
        hi = max(toks, key=lambda t: t.i)
        return self.index.start(piece, lo), self.index.end(piece, hi)

    def _after_colon(self, cue: Cue, colon: Token | None = None) -> Proposal | None:
        """``Le maire est catégorique : la piscine ne fermera pas``: the clause after the colon
        (the cue's own token, unless ``colon`` is given)."""
        doc, piece, sent = cue.token.doc, cue.piece, cue.sent
        start = self.index.start(piece, doc[(colon or cue.token).i + 1])
        start, end = trim(self.text, start, self.index.end(piece, sent[-1]))
        return Proposal(start, end, "colon", "after_colon") if len(WORD.findall(self.text[start:end])) >= 3 else None

    def _within_sentence(self, proposal: Proposal, cue_at: int) -> Proposal:
        """A span cut where a sentence ends with no space after its stop (``continuerait .Les
        négociations``, ``en juin.Les salariés``): the parse often runs the two together. Content
        after the cue stops there; content before it starts after the last such stop."""
        stops = [m.start() for m in _GLUED_STOP.finditer(self.text, proposal.start, proposal.end)]
        if not stops:
            return proposal
        if proposal.end <= cue_at:
            start, end = trim(self.text, stops[-1] + 1, proposal.end)
        else:
            start, end = trim(self.text, proposal.start, stops[0])
        return attrs.evolve(proposal, start=start, end=max(start, end))

    def _before_main_clause(self, proposal: Proposal, cue: Cue, cue_at: int) -> Proposal:
        """Content after a cue that sits in a clause before the main one (``En lui demandant
        s'il …, l'enfant a écrit``) stops at the comma before the main clause's subject."""
        if proposal.end <= cue_at:
            return proposal
        root = cue.sent.root
        if root.i == cue.token.i or not finite_or_compound(root):
            return proposal
        subjects = [c for c in root.children if c.dep_ in ("nsubj", "nsubj:pass") and c.i < root.i]
        if not subjects or subjects[0].i < cue.token.i:
            return proposal
        first = subjects[0].left_edge
        comma = first.i - 1
        doc = root.doc
        if comma <= cue.token.i or doc[comma].text != ",":
            return proposal
        cut = self.index.start(cue.piece, doc[comma])
        if not proposal.start < cut < proposal.end:
            return proposal
        start, end = trim(self.text, proposal.start, cut)
        return attrs.evolve(proposal, start=start, end=max(start, end))

    def _main_clause_resumed(self, proposal: Proposal, cue: Cue) -> Proposal:
        """A reported clause stops where the sentence goes back to the main clause the parse
        hung on it: a gerund after a comma (``…, tout en reconnaissant des difficultés``), an
        adjunct of the reporting verb after a comma (``…, avant de rencontrer les élus``), or a
        verb coordinated to the cue in the cue's own tense (``a estimé que … et a relaxé …``)."""
        if proposal.form not in ("que", "infinitive"):
            return proposal
        tok = cue.token
        doc = tok.doc
        syntax = self.lang.syntax
        own = [c for c in tok.children if c.dep_.startswith("aux")]
        own_form = own[0].lower_ if own else None  # the cue's auxiliary: "a estimé … et a relaxé"
        tokens = [t for t in self.index.within(proposal.start, proposal.end) if t.doc is doc and t.i > tok.i]
        parenthetical = self._parenthetical_relative(cue)
        for n, t in enumerate(tokens[1:], 1):
            nxt = doc[t.i + 1] if t.i + 1 < len(doc) else None
            # "L'opposition, qui estime que la loi viole la Constitution, a saisi le Conseil": a cue
            # in a relative set off after the sentence's subject; a finite verb right after a comma
            # is the main clause's, which the subject still waits for
            resumed = (
                parenthetical
                and t.text == ","
                and nxt is not None
                and nxt.pos_ in ("AUX", "VERB")
                and "VerbForm=Fin" in str(nxt.morph)
            )
            adjunct = (
                t.text == ","
                and nxt is not None
                and (
                    _gerund(doc, t.i + 1, syntax)
                    or (
                        nxt.lower_ in syntax.MAIN_VERB_ADJUNCTS
                        and t.i + 3 < len(doc)
                        and doc[t.i + 2].lower_ in syntax.DE
                        and "VerbForm=Inf" in str(doc[t.i + 3].morph)
                    )
                )
            )
            coordinated = (
                own_form is not None
                # not when the clause's own verb has that form: "que la commune a vendu … et a acheté …"
                and not any(u.lower_ == own_form and u.pos_ in ("AUX", "VERB") for u in tokens[:n])
                and t.lower_ == syntax.VERB_COORDINATOR
                and nxt is not None
                and nxt.lower_ == own_form
                and nxt.pos_ in ("AUX", "VERB")
                and nxt.i + 1 < len(doc)
                and "VerbForm=Part" in str(doc[nxt.i + 1].morph)
            )
            # "accuse Téhéran de chercher à se doter de l'arme, ce que l'Iran dément": a comment
            resumptive = (
                t.text == ","
                and nxt is not None
                and t.i + 2 < len(doc)
                and (nxt.lower_, doc[t.i + 2].lower_) in syntax.RESUMPTIVE_RELATIVES
            )
            # "a indiqué que …, lors de la réunion publique": where and to whom it was said
            scene = t.text == "," and self._scene_adjunct(tokens[n + 1 :])
            if adjunct or coordinated or resumed or resumptive or scene:
                cut = self.index.start(cue.piece, t)
                start, end = trim(self.text, proposal.start, cut)
                return attrs.evolve(proposal, start=start, end=max(start, end)) if end > start else proposal
        return proposal

    def _scene_adjunct(self, rest: list[Token]) -> bool:
        """Whether the tokens after a comma, to the end of a reported clause, are an adjunct of the
        act of saying: a preposition of ``syntax.SCENE_ADJUNCT`` whose noun is an occasion or a
        channel of speaking (``…, lors de la réunion publique``, ``…, dans un communiqué``), or one
        naming the audience (``…, en présence de ses parents``), with no finite verb before it."""
        if not rest:
            return False
        syntax = self.lang.syntax
        doc = rest[0].doc
        phrase = doc_text(doc)[rest[0].idx : rest[-1].idx + len(rest[-1].text)]
        opener = regex.match(syntax.SCENE_ADJUNCT, phrase, regex.IGNORECASE)
        if opener is None:
            return False
        start = rest[0].idx + opener.end()
        noun = next((t for t in rest if t.pos_ == "NOUN" and t.idx >= start), None)
        if any(
            t.pos_ in ("AUX", "VERB") and "VerbForm=Fin" in str(t.morph)
            for t in rest
            if t.idx >= start and (noun is None or t.i < noun.i)
        ):
            return False
        if noun is None:
            return bool(regex.match(syntax.SCENE_AUDIENCE, phrase, regex.IGNORECASE))
        if any(t.i > noun.right_edge.i and not (t.is_punct or t.is_space) for t in rest):
            return False  # the clause goes on after it ("…, devant le conseil municipal, sur ce projet")
        if any(t.like_num and len(t.text) == 4 for t in noun.subtree):
            return False  # "…, lors d'une cérémonie en 1945": a dated event of what is told
        return bool(
            regex.match(syntax.SCENE_AUDIENCE, phrase, regex.IGNORECASE)
            or noun.lemma_.lower() in syntax.SCENE_NOUNS
            or noun.lower_ in syntax.SCENE_NOUNS
        )

    def _parenthetical_relative(self, cue: Cue) -> bool:
        """Whether the cue's subject is a relative pronoun set off by a comma before any finite
        verb of its sentence (``Le ministre, qui a affirmé que …, a quitté``): the relative sits
        between the sentence's subject and its verb."""
        tok = cue.token
        doc = tok.doc
        pronoun = next(
            (c for c in tok.children if c.dep_ == "nsubj" and c.lower_ == self.lang.syntax.RELATIVE_SUBJECT), None
        )
        if pronoun is None or pronoun.i == 0 or doc[pronoun.i - 1].text != ",":
            return False
        return not any(
            t.pos_ in ("AUX", "VERB") and "VerbForm=Fin" in str(t.morph) for t in doc[cue.sent.start : pronoun.i - 1]
        )

    def _blocked(self, cue: Cue) -> bool:
        """A cue that reports nothing, whatever follows it: a colon label, a hypothetical
        (``lorsque l'administration déclare que …``), a restriction (``ne rapporteront que``)."""
        tok = cue.token
        if cue.rule in ("cue.colon_label", "cue.colon_clause"):
            return True
        deps, lowers = column(tok.doc, DEP), column(tok.doc, LOWER)  # its dependents from the Doc's arrays
        hypothetical = string_ids(self.lang.syntax.HYPOTHETICAL_CONJUNCTIONS)
        if any(deps[j] == _MARK and lowers[j] in hypothetical for j in children(tok.doc, tok.i)):
            return True  # "lorsque l'administration déclare que …": nobody said it
        data = self.lang.cues
        if cue.lemma in data.REFUSING_VERBS and any(
            c.dep_ == "xcomp" and c.i > tok.i and _infinitive(c) and _cue_word(c, self.lang) for c in tok.children
        ):
            return True  # "a refusé de commenter ces informations": a refusal to speak, nothing said
        if (
            tok.dep_ == "xcomp"
            and _infinitive(tok)
            and tok.head.i < tok.i
            and tok.head.lemma_.lower() in data.REFUSING_VERBS
            and not negated_head(tok.head, self.lang)
        ):
            return True  # "a refusé de confirmer le nombre de victimes": the same refusal, seen from the infinitive
        after = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
        return bool(
            self._comment(cue) is None
            and after is not None
            and after.lower_ in self.lang.syntax.QUE
            and any(c.lower_ in self.lang.syntax.NEGATION_CLITICS for c in tok.children)
        )  # "ne rapporteront que 3 milliards": a restriction, not a clause

    def _rules_range(self, cue: Cue) -> Proposal | None:
        """What the ordered rules say the cue reports: the first strategy that finds something."""
        if cue.rule in SOURCE_RULES:
            return next(iter(self._source_sides(cue)), None)
        if cue.rule == "cue.colon_clause" and stance_before_colon(cue.token, self.lang):
            return self._after_colon(cue)
        if self._blocked(cue):
            return None
        comme = self._comment(cue)
        if comme is not None:
            return self._before_comme(cue, comme) or self._after_comme(cue, comme)
        return next((found for found in self._tried_strategies(cue) if found is not None), None)

    def _alternatives(self, cue: Cue) -> Iterator[Proposal]:
        """Every span each strategy finds for the cue, not only the first strategy's."""
        if cue.rule in SOURCE_RULES:
            yield from self._source_sides(cue)
            return
        if cue.rule == "cue.colon_clause":
            return
        if self._blocked(cue):
            return
        comme = self._comment(cue)
        if comme is not None:
            return
        for found in self._tried_strategies(cue):
            if found is not None:
                yield found
                longer = self._to_sentence_end(cue, found)
                if longer is not None:
                    yield longer
                shorter = self._to_comma(cue, found)
                if shorter is not None:
                    yield shorter

    def _to_comma(self, cue: Cue, found: Proposal) -> Proposal | None:
        """A complement stopped at its first comma (``démentir avoir tenu ces propos, au bout de deux
        jours``): the parse often hangs the sentence's adjuncts on it."""
        if found.form not in ("infinitive", "np", "que"):
            return None
        comma = self.text.find(",", found.start, found.end)
        if comma < 0:
            return None
        start, end = trim(self.text, found.start, comma)
        return (
            Proposal(start, end, found.form, f"{found.how}_to_comma")
            if len(WORD.findall(self.text[start:end])) >= 2
            else None
        )

    def _to_sentence_end(self, cue: Cue, found: Proposal) -> Proposal | None:
        """A clause or complement after the cue, run on to the end of its sentence when no
        other cue or source phrase stands in the rest (the parse often stops a clause short)."""
        if found.form not in ("que", "np", "infinitive") or found.start < self.index.start(cue.piece, cue.token):
            return None
        piece, sent = cue.piece, cue.sent
        sent_end = self.index.end(piece, sent[-1])
        rest = [t for t in self.index.within(found.end, sent_end) if t.doc is sent.doc]
        stop = sent_end
        tok = cue.token
        # "Le directeur, qui a précisé que …, a quitté la réunion": a cue in a relative or participle
        # clause set off by commas; a finite verb after the closing comma is the main clause's
        embedded = (
            tok.dep_ in ("acl:relcl", "acl")
            or any(c.dep_ == "nsubj" and c.lower_ in self.lang.syntax.SUBJECT_RELATIVES for c in tok.children)
            or ("VerbForm=Part" in str(tok.morph) and "Tense=Pres" in str(tok.morph))
        )
        for n, t in enumerate(rest):
            nxt = rest[n + 1] if n + 1 < len(rest) else None
            opens = t.lower_ in self.lang.cues.CLAUSE_CONJUNCTIONS or (
                t.lower_ == self.lang.syntax.VERB_COORDINATOR
                and nxt is not None
                and (finite(nxt) or nxt.dep_.startswith("aux"))
            )  # "… mais a voté contre", ", tandis que le porte-parole …", "et a voté": another clause
            participle = nxt is not None and "VerbForm=Part" in str(nxt.morph) and "Tense=Pres" in str(nxt.morph)
            # "…, sans donner plus de détails": the reporter's adjunct, not the content
            adjunct = (
                nxt is not None
                and nxt.lower_ in self.lang.syntax.INFINITIVE_ADJUNCTS
                and n + 2 < len(rest)
                and "VerbForm=Inf" in str(rest[n + 2].morph)
            )
            resumed = embedded and nxt is not None and (finite(nxt) or nxt.dep_.startswith("aux"))
            if opens or (
                t.text == ","
                and nxt is not None
                and (nxt.lower_ in self.lang.cues.CLAUSE_CONJUNCTIONS or participle or resumed or adjunct)
            ):
                stop = self.index.start(piece, t)
                break
            if _cue_word(t, self.lang) or t.text in (";", ":"):
                return None
        if not rest:
            return None
        start, end = trim(self.text, found.start, stop)
        return Proposal(start, end, found.form, f"{found.how}_to_clause_end") if end > found.end else None

    def _tried_strategies(self, cue: Cue) -> Iterator[Proposal | None]:
        """Each strategy's answer for the cue, in order, each computed once per cue: the rules stop
        at the first answer, the alternatives then ask every strategy (``a affirmé que …`` asks
        ``_que_clause`` once, not once for the rules and again for the alternatives)."""
        done = self._tried.setdefault(id(cue), [])
        for n, strategy in enumerate(self._strategies(self._heads(cue))):
            if n == len(done):
                done.append(strategy(cue))
            yield done[n]

    def _strategies(self, heads: list[Token]) -> tuple[Callable[[Cue], Proposal | None], ...]:
        """The ways a verb reports content, in the rules' order of precedence."""
        return (
            functools.partial(self._que_clause, heads=heads),
            self._que_after,
            self._relative_object,
            self._estimate,
            self._stance,
            self._colon_after_verb,
            functools.partial(self._infinitive_complement, heads=heads),
            functools.partial(self._wished, heads=heads),
            self._attributed_judgement,
            functools.partial(self._np_complement, heads=heads),
            functools.partial(self._expression_de, heads=heads),
            self._postposed,
        )

    def _heads(self, cue: Cue) -> list[Token]:
        """The words a complement may hang on: the verb, the words of its expression."""
        tok = cue.token
        heads = [tok]
        if " " in cue.lemma and cue.rule.startswith("cue.verb"):
            # "a laissé entendre qu'…", "a mis en garde contre …": the clause may hang on the expression's words
            expression = set(cue.lemma.split()[1:])
            heads += [t for t in tok.doc[tok.i + 1 : min(cue.sent.end, tok.i + 4)] if t.lower_ in expression]
        if cue.rule.startswith("cue.expr"):
            # the expression's own word second ("état" of "font état de trois blessés", which the parse
            # may hang on the verb beside it), then what the parse hung on the verb
            own = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
            if own is not None:
                heads.append(own)  # "fait savoir que …": the clause may hang on "savoir"
            heads += [c for c in tok.children if c.dep_ in ("obj", "obl:arg") and c.i > tok.i and c is not own]
        return heads

    def _que_clause(self, cue: Cue, heads: list[Token]) -> Proposal | None:
        """``a affirmé que …``: the que-clause the parse hangs on the verb (or an indirect question)."""
        tok, piece = cue.token, cue.piece
        if cue.rule.startswith("cue.verb") and cue.lemma in self.lang.cues.QUOTATION_ONLY_VERBS:
            return None  # "il ne fait aucun doute que …": "faire" reports quotations ("fait-il"), no clause
        pleading = content_lemma(cue, self.lang) in self.lang.cues.FOR_VERBS
        # "a raconté en pleurant qu'il avait vu …": the parse may hang the clause on a bare gerund of
        # manner right after the verb
        parents = [*heads, *(g for head in heads for g in _manner_gerunds(tok, head, self.lang))]
        for head in parents:
            for child in head.children:
                if child.dep_ in ("ccomp", "csubj", "advcl") and child.i > tok.i:
                    marks = [
                        c for c in child.children if c.dep_ == "mark" and c.lower_ in self.lang.syntax.SUBORDINATORS
                    ]
                    before = tok.doc[marks[0].i - 1].lower_ if marks else ""
                    # "insiste pour que les élections aient lieu": what it pleads for (the parse may
                    # read "pour que" as a clause of purpose)
                    pleads = pleading and before == self.lang.cues.FOR
                    if child.dep_ == "advcl" and not pleads:
                        continue
                    if marks and before in self.lang.cues.CONJUNCTIONS_WITH_QUE and not pleads:
                        continue  # "dès qu'il a aperçu", "parce que": a conjunction (not "insiste pour que …")
                    if marks and _condition_after_complement(cue, head, marks[0], self.lang):
                        continue  # "a mis en garde contre une famine si …": the complement's condition
                    between = tok.doc[tok.i + 1 : marks[0].i] if marks else tok.doc[tok.i : tok.i]
                    if (
                        marks
                        and tok.doc[marks[0].i - 1].text == ","
                        and any(t.pos_ == "VERB" and _infinitive(t) for t in between)
                    ):
                        continue  # "s'est engagé à renégocier le plan, qu'il juge trop sévère": a relative
                    if _gapped(cue, child):
                        continue  # "a donné la garantie que les banques réclamaient": a relative
                    if marks and _attribute_relative(marks[0], self.lang):
                        continue  # "a exclu tout recul sur la hausse, qu'elle juge nécessaire": a relative
                    lead = tok.doc[child.left_edge.i]
                    # "a demandé pourquoi l'ambassade n'avait pas été protégée": an indirect question
                    # right after the verb (or its addressee), its interrogative word in the content
                    question = (
                        cue.lemma in self.lang.cues.ASKING_VERBS and lead.lower_ in self.lang.syntax.QUESTION_WORDS
                    ) and not any(t.pos_ in ("VERB", "AUX") or t.text in _NP_STOPS for t in tok.doc[tok.i + 1 : lead.i])
                    if (
                        not marks
                        and not question
                        and lead.lower_ not in self.lang.syntax.SUBORDINATORS
                        and not tok.doc[tok.i + 1 : child.i].text.strip().startswith(self.lang.syntax.QUE_WORD)
                    ):
                        continue  # no "que": a quotation or a parse error, not a que-clause
                    # "a averti que le chemin restait long et appelé le gouvernement à …": a participle
                    # sharing the reporting verb's auxiliary reports on its own
                    shared = [c for c in child.children if getattr(shared_auxiliary_governor(c), "i", -1) == tok.i]
                    own = [t for c in shared for t in (*c.subtree, *(g for g in c.children if g.dep_ == "cc"))]
                    start, end = self._subtree_range(piece, child, [*marks, *own])
                    if marks:
                        start = self.index.end(piece, marks[0])
                    stray = _stray_que(self.lang).match(self.text[start:end])
                    if stray:
                        start += stray.end()  # a "que" the parser hung elsewhere
                    resumed = _main_clause_conjunct(tok, child)
                    if resumed is not None:
                        end = min(end, self.index.start(piece, resumed))
                    report = _reporting_conjunct(child, self.lang)
                    if report is not None:
                        end = min(end, self.index.start(piece, report))
                    condition = _condition_of_clause(head, child, self.lang)
                    if condition is not None and resumed is None:
                        end = max(end, self.index.end(piece, condition))
                    end = self._before_source_tail(start, self._past_quotation(cue, end, start))
                    return Proposal(*trim(self.text, start, end), "que", "que")
        return None

    def _before_source_tail(self, start: int, end: int) -> int:
        """Where a clause ends before a closing source phrase (``a affirmé que la frontière
        resterait fermée, selon l'AFP``): the phrase is about the whole report, not part of what
        was said; one with a verb after it (``que la frontière, selon lui, resterait …``) stays."""
        found = _source_tail(self.lang).search(self.text, start, end)
        if found is None or any(finite(t) for t in self.index.within(found.end(), end)):
            return end
        return found.start()

    def _complements(self, cue: Cue, heads: list[Token]) -> list[Token]:
        tok = cue.token
        own = {heads[1].i} if cue.rule.startswith("cue.expr") and len(heads) > 1 else set()  # "état" of "faire état"
        complements = [
            c for head in heads for c in head.children if c.i > tok.i and c.dep_ in _COMPLEMENT_DEPS and c.i not in own
        ]
        if tok.dep_ == "conj" and tok.head.i < tok.i:
            # "a dénoncé … et réclamé un plan social": the parse hangs the second verb's object on the first
            complements += [c for c in tok.head.children if c.i > tok.i and c.dep_ in _COMPLEMENT_DEPS]
        if not any(c.dep_ == "obj" for c in complements):
            complements += _stray_objects(cue, self.lang)
        data = self.lang.cues
        lemma = content_lemma(cue, self.lang)
        addressed = lemma in data.OBJECT_ADDRESSEE_VERBS or lemma in data.ADDRESSEE_VERBS
        if lemma in data.INFINITIVE_CONTENT and (addressed or lemma in data.PREPOSITIONAL_CONTENT):
            # "appelant toutes les parties à trouver une issue", "a demandé aux habitants de limiter …":
            # the infinitive hangs on the object or on the addressee (not "indiquent leur peu
            # d'intérêt à participer": the object is the content)
            # (the parse may read the object as an attribute, "accusé le pouvoir d'…" with "pouvoir" an
            # xcomp, and a misread compound infinitive as its adjective, "d'avoir truqué" an amod)
            complements = complements + [
                g
                for c in complements
                if c.dep_ in ("obj", "obl:arg", "iobj") or (c.dep_ == "xcomp" and c.pos_ in ("NOUN", "PROPN"))
                for g in c.children
                if g.i > c.i and (g.dep_ in ("acl", "xcomp") or (g.dep_ == "amod" and _misread_compound_infinitive(g)))
            ]
        return complements

    def _object_after_date(self, complements: list[Token], de_content: bool = False) -> list[Token]:
        """The object the parse hung on a bare word of time right after the verb (``ont annoncé
        mercredi la découverte d'une particule``: ``découverte`` read as a modifier of
        ``mercredi``): a day takes no noun after it without a preposition, so it is the verb's. For a
        verb whose content comes with its own ``de`` (``s'est inquiété vendredi de l'afflux de
        civils``), so is the ``de`` phrase the parse hung on the day."""
        de = self.lang.syntax.DE
        return [
            g
            for c in complements
            if c.lower_ in self.lang.syntax.TIME_WORDS and not any(g.dep_ == "case" for g in c.children)
            for g in c.children
            if g.left_edge.i == c.i + 1
            and g.dep_ == "nmod"
            and g.pos_ == "NOUN"
            and all(de_content and d.lower_ in de and d.i == c.i + 1 for d in g.children if d.dep_ == "case")
            and any(d.dep_ == "det" for d in g.children)
        ] + [
            # "salue au contraire un « premier pas »": a noun phrase the parse hangs (as a modifier,
            # an apposition, an adjective) on the noun of an adverb made of a preposition and a noun
            g
            for c in complements
            if c.lower_ in self.lang.syntax.CONNECTIVE_PHRASE_NOUNS
            and any(g.dep_ == "case" and g.i == c.i - 1 for g in c.children)
            and not any(g.dep_ == "det" for g in c.children)
            for g in c.children
            if g.left_edge.i == c.i + 1
            and g.dep_ in ("nmod", "appos", "amod")
            and g.pos_ == "NOUN"
            and not any(d.dep_ == "case" for d in g.children)
            and any(d.dep_ == "det" for d in g.children)
        ]

    def _infinitive_complement(self, cue: Cue, heads: list[Token]) -> Proposal | None:
        """``a appelé les parties à cesser les combats``: the infinitive (without ``à``/``de``); any
        verb of saying reports its bare infinitive, its subject's own (``a confié avoir reçu des
        menaces``, ``a répété ne pas vouloir``)."""
        data = self.lang.cues
        lemma = content_lemma(cue, self.lang)
        listed = lemma in data.INFINITIVE_CONTENT or cue.rule == "cue.verb.litotes"
        saying = lemma in data.VERBS and lemma not in data.NOT_BARE_INFINITIVE_CONTENT
        if not listed and not saying:
            return None
        if lemma in data.PURPOSE_CONTENT:
            purpose = self._purpose(cue)
            if purpose is not None:
                return purpose
        complements = self._complements(cue, heads)
        tok_i = cue.token.i
        own = lemma.split()[1:]  # "a laissé entendre avoir …": the infinitive of the expression itself
        complements = [g for c in complements for g in ([c, *c.children] if c.lemma_ in own else [c])]
        for child in complements:  # an infinitive first: "appelle cet après-midi à voter"
            if child.lemma_ in own:
                continue
            if child.ent_type_ == "PER" and child.text[:1].isupper():
                continue  # "a accusé Sharon d'avoir …": a name the tagger read as a verb
            if (
                (child.pos_ == "VERB" and _infinitive(child))
                or _pronominal_infinitive(child)
                or _misread_compound_infinitive(child)
            ):
                # the mark may hang on an auxiliary of a compound infinitive: "d'avoir fait échouer"
                preps = [
                    c
                    for c in child.subtree
                    if c.dep_ in ("mark", "case")
                    and c.lower_ in self.lang.syntax.COMPLEMENT_PREPOSITIONS
                    and c.i == child.left_edge.i
                ] or [
                    c
                    for c in child.children
                    if c.dep_ in ("mark", "case") and c.lower_ in self.lang.syntax.COMPLEMENT_PREPOSITIONS
                ]
                if not listed and (preps or child.dep_ != "xcomp"):
                    continue  # only the bare infinitive of a verb of saying
                start, end = self._subtree_range(cue.piece, child, preps)
                doc = child.doc
                negation = next(
                    (
                        doc[i]
                        for i in range(tok_i + 1, child.left_edge.i)
                        if doc[i].lower_ in self.lang.syntax.NEGATION_CLITICS
                    ),
                    None,
                )
                if negation is not None and not preps:
                    # "a confié ne plus se sentir en sécurité": the parse hangs "plus" on the verb of
                    # saying, the negation is the infinitive's
                    start = min(start, self.index.start(cue.piece, negation))
                # "menace de bloquer l'usine si …": the parse hangs the condition of what is threatened
                # on the verb; right after the infinitive (no comma between) it is the infinitive's own
                condition = _condition_of_clause(cue.token, child, self.lang)
                if condition is not None:
                    end = max(end, self.index.end(cue.piece, condition))
                return Proposal(*trim(self.text, start, end), "infinitive", "infinitive")
        doc = cue.token.doc
        at = cue.token.i + 2
        if (
            cue.rule == "cue.verb.mistagged"
            and at < cue.sent.end
            and doc[at - 1].lower_ in self.lang.syntax.COMPLEMENT_PREPOSITIONS
        ):
            verb = doc[at]
            if verb.pos_ == "VERB" and _infinitive(verb):
                # "Le syndicat menace de bloquer les raffineries": with the verb read as a noun, the
                # parse hangs the infinitive elsewhere
                start, end = self._subtree_range(cue.piece, verb, [doc[at - 1]])
                return Proposal(*trim(self.text, start, end), "infinitive", "infinitive")
        return None

    def _purpose(self, cue: Cue) -> Proposal | None:
        """``a sollicité Pékin afin d'obtenir la libération des otages``: the infinitive after a
        purpose marker in the verb's own clause (before any comma or other verb), without the marker."""
        doc, tok = cue.token.doc, cue.token
        for t in doc[tok.i + 1 : cue.sent.end]:
            if t.text in (",", ";", ":") or finite(t) or t.pos_ == "VERB":
                return None
            if t.lower_ not in self.lang.syntax.PURPOSE_MARKERS:
                continue
            after = [w for w in doc[t.i + 1 : min(cue.sent.end, t.i + 4)] if w.lower_ not in self.lang.syntax.DE]
            verb = next((w for w in after if w.pos_ in ("VERB", "AUX")), None)
            if verb is None or not _infinitive(verb):
                return None
            if any(w.pos_ not in ("PRON", "ADV") for w in after[: after.index(verb)]):
                return None  # "pour les habitants": no infinitive opens there
            first = doc[min(w.i for w in after)]
            _, end = self._subtree_range(cue.piece, verb)
            return Proposal(*trim(self.text, self.index.start(cue.piece, first), end), "infinitive", "infinitive")
        return None

    def _wished(self, cue: Cue, heads: list[Token]) -> Proposal | None:
        """``a exprimé le vœu de s'attaquer au problème``, ``a réaffirmé sa volonté de négocier``:
        the infinitive after a noun of wish or intent the verb governs."""
        tok = cue.token
        data = self.lang.cues
        support = cue.rule == "cue.expr.support"  # "a donné l'ordre d'évacuer", "a émis des doutes sur"
        for noun in tok.children:
            # "a fait part de son intention de briguer …": the noun after the expression's "de"
            expressed = cue.rule == "cue.expr.faire" and noun.dep_.startswith("obl") and noun.i > tok.i + 1
            if (noun.dep_ != "obj" and not expressed) or noun.i < tok.i:
                continue
            lemma = noun.lemma_.lower()
            if expressed and lemma not in data.WISH_NOUNS:
                continue
            if support:
                lemma = support_noun(noun, data.ACT_NOUN_CONTENT) or lemma
            if lemma in data.WISH_NOUNS or (support and lemma not in data.ACT_NOUN_CONTENT):
                # "a réitéré l'engagement pris par le président de ramener …": the parse may hang the
                # infinitive on a participle that qualifies the noun, or on a noun of its complement
                # ("pris par le président de la République de ramener", "pris pendant la campagne de …")
                qualifying = [
                    g
                    for c in noun.children
                    if c.dep_ == "acl" and c.i > noun.i and _past_participle(c)
                    for g in c.subtree
                    if g.i > c.i
                ]
                # (with a support verb the parse may hang the infinitive on the verb: "a donné la
                # consigne de ne pas consommer")
                adjacent = [c for c in tok.children if support and c.left_edge.i == noun.right_edge.i + 1]
                for child in [*noun.children, *qualifying, *adjacent]:
                    preps = [
                        c
                        for c in child.children
                        if c.dep_ in ("mark", "case") and c.lower_ in self.lang.syntax.COMPLEMENT_PREPOSITIONS
                    ]
                    if child.i > noun.i and child.pos_ == "VERB" and _infinitive(child) and preps:
                        start, end = self._subtree_range(cue.piece, child, preps)
                        return Proposal(*trim(self.text, start, end), "infinitive", "wish")
            if lemma in data.ACT_NOUN_CONTENT and (support or cue.lemma in data.ACT_UTTERING_VERBS):
                # "a lancé un appel à la paix": what the act is about, hung on the noun or, by the
                # parse, on the verb right after the noun ("a réitéré son appel à la retenue")
                allowed = data.ACT_NOUN_CONTENT[lemma]
                hung = [c for c in noun.children if c.i > noun.i] + [
                    c
                    for c in tok.children
                    if c.left_edge.i == noun.right_edge.i + 1 and (c.dep_.startswith("obl") or c.dep_ == "xcomp")
                ]  # (an infinitive too: "a lancé un appel à voter")
                # "a adressé un avertissement à Rome sur son déficit", "a lancé un appel aux habitants
                # pour économiser l'eau": past the addressee, which the parse may make the content's head
                for t in tok.doc[noun.i + 1 : cue.sent.end]:
                    if t not in hung and t.head.i in (tok.i, noun.i, *(h.i for h in hung)) and t.dep_ != "punct":
                        hung.append(t)
                found: list[tuple[Token, list[Token]]] = []
                for child in hung:
                    preps = [c for c in child.children if c.dep_ in ("mark", "case") and c.lower_ in allowed]
                    if child.ent_type_ in ("PER", "ORG") or child.lower_ in self.lang.roles.GROUP_NOUNS:
                        continue  # "un appel aux bénévoles": the ones called, not what they are called to
                    if preps and preps[0].i == child.left_edge.i and child.pos_ in ("NOUN", "PROPN", "VERB"):
                        found.append((child, preps))
                # an infinitive first: "un appel aux riverains pour limiter …" calls the riverains to act
                found.sort(key=lambda f: not (f[0].pos_ == "VERB" and _infinitive(f[0])))
                if found:
                    child, preps = found[0]
                    start, _ = self._subtree_range(cue.piece, child, preps)
                    form = "infinitive" if child.pos_ == "VERB" and _infinitive(child) else "np"
                    end = self._clause_end(cue, child)
                    dative = self.lang.syntax.DATIVE
                    if form == "np" and preps[0].lower_ in dative:
                        # "un appel à la prudence aux automobilistes": a second à-phrase is the addressee
                        # (hung on the content or on the verb: "un appel au civisme aux propriétaires")
                        addressee = next(
                            (
                                t.head
                                for t in tok.doc[child.i + 1 : cue.sent.end]
                                if t.dep_ == "case"
                                and t.lower_ in dative
                                and t.head.i != child.i
                                and t.head.head.i in (child.i, tok.i)
                                and t.head.ent_type_ != "LOC"  # "un appel à la paix au Proche-Orient": a place
                            ),
                            None,
                        )
                        if addressee is not None:
                            end = min(end, self.index.start(cue.piece, addressee.left_edge))
                    return Proposal(*trim(self.text, start, end), form, "wish")
        return None

    def _attributed_judgement(self, cue: Cue) -> Proposal | None:
        """``a jugé ce blocage irresponsable``, ``a qualifié la décision d'inacceptable``: a verb that
        gives its object an attribute reports the object with the attribute, the source's judgement of
        it (the object alone is no content: ``a jugé l'affaire mercredi``)."""
        tok, piece = cue.token, cue.piece
        if content_lemma(cue, self.lang) not in self.lang.cues.JUDGING_VERBS:
            return None
        obj = next((c for c in tok.children if c.dep_ == "obj" and c.i > tok.i and c.pos_ in ("NOUN", "PROPN")), None)
        if obj is None:
            return None
        # an adjective the parse makes the object's own is its attribute only on a definite or demonstrative
        # object that is no person ("ce blocage irresponsable"); on another it describes whom a court tried
        # ("a jugé un homme violent", "trois militants écologistes", "les militants écologistes")
        definite = any(
            c.dep_ == "det" and ("Def" in morph(c, "Definite") or "Dem" in morph(c, "PronType")) for c in obj.children
        ) and not person_noun(obj, self.lang)  # (people an adjective classes: "a jugé les militants écologistes")
        doc, end_of_clause = tok.doc, cue.sent.end
        for t in doc[obj.i + 1 : cue.sent.end]:
            if t.is_punct or (t.pos_ in ("CCONJ", "SCONJ", "VERB", "AUX") and not _bare_participle(t)):
                end_of_clause = t.i
                break
        # the attribute: an adjective the parse hangs on the object or on the verb, after the object's
        # own words, with no noun of the object's after it ("le projet de la commune trop coûteux"); the
        # last one (the tagger may read a noun after "de" as an adjective: "ce projet d'éoliennes démesuré")
        attribute = next(
            (
                t
                for t in reversed(doc[obj.i + 1 : end_of_clause])
                if (t.pos_ == "ADJ" or _bare_participle(t))
                # (an adjective after "de" is the attribute wherever the parse hangs it: "qualifié le
                # rejet de boues d'inadmissible")
                and (t.head.i in (obj.i, tok.i) or doc[t.i - 1].lower_ in self.lang.syntax.DE)
                and t.dep_ in ("amod", "nmod", "xcomp", "obj", "acl")
                and (definite or t.dep_ != "amod" or t.head.i != obj.i)
                and not any(
                    u.pos_ in ("NOUN", "PROPN") and u.head.i != t.i and u.head.head.i != t.i
                    for u in doc[t.i + 1 : end_of_clause]
                )
            ),
            None,
        )
        if attribute is None:
            return None
        last = max(u.i for u in attribute.subtree if u.i < end_of_clause)
        start, end = trim(self.text, self.index.start(piece, obj.left_edge), self.index.end(piece, doc[last]))
        return Proposal(start, end, "np", "attributed")

    def _np_complement(self, cue: Cue, heads: list[Token]) -> Proposal | None:
        """``a annoncé le retrait des troupes``: the noun phrase a verb of content governs."""
        if cue.rule == "cue.expr.support" and cue.lemma.split()[-1] in self.lang.cues.ASSESSMENT_NOUNS:
            return None  # "a dressé un bilan de la saison": what is assessed, not what is said
        tok, piece = cue.token, cue.piece
        data = self.lang.cues
        lemma = content_lemma(cue, self.lang)
        litotes = cue.rule == "cue.verb.litotes"  # "n'a pas exclu une hausse": what it does not rule out
        takes_infinitive = lemma in data.INFINITIVE_CONTENT or litotes
        takes_np = lemma in data.NP_CONTENT or litotes
        # "a exclu toute hausse", "a écarté toute idée de grève": what a verb of denial dismisses
        # (not a refusal to act, "a refusé toute interview", nor a negated one, "n'a exclu aucune piste")
        dismissing = (
            data.VERBS.get(lemma) == "denial" and lemma not in data.REFUSING_VERBS and not negated(cue, self.lang)
        )
        bare_participle = "VerbForm=Part" in str(tok.morph) and "Tense=Past" in str(tok.morph) and heads == [tok]
        if (
            bare_participle
            and not any(c.dep_.startswith("aux") for c in tok.children)
            and not auxiliary_before(tok, self.lang)
            # "a dénoncé … et réclamé un plan social": the auxiliary of the verb it is coordinated to
            and not (tok.dep_ == "conj" and any(c.dep_.startswith("aux") for c in tok.head.children))
        ):
            takes_np = False  # "Camfranglais évoqué au Forum …": a passive participle has no object
        complements, objects = self._past_incidentals(self._complements(cue, heads))
        if lemma in data.GREETING_VERBS and self._greeted(cue, complements):
            return None  # "a souhaité la bienvenue aux nouveaux habitants": a courtesy to someone, no content
        dated = (
            []
            if any(c.dep_ == "obj" for c in complements)
            else self._object_after_date(complements, lemma in data.DE_CONTENT_VERBS)
        )
        complements += dated
        verbless = _verbless_objects(cue)
        if verbless and (takes_np or dismissing):
            # the parse hangs nothing on the verb, and may hang the subject on its object: the object
            # runs from its determiner to its clause's end
            start = self.index.start(piece, tok.doc[verbless[0].i - 1])
            return Proposal(*trim(self.text, start, self._clause_end(cue, verbless[0])), "np", "np")
        incise = is_incise(tok, self.lang)
        # "plaide pour une réforme", "s'est prononcé pour le maintien": "pour" governs the content
        content_preps = (
            self.lang.syntax.COMPLEMENT_PREPOSITIONS | {data.FOR}
            if lemma in data.FOR_VERBS
            else self.lang.syntax.COMPLEMENT_PREPOSITIONS
        )
        prepositional = [
            c for c in complements if any(g.dep_ in ("mark", "case") and g.lower_ in content_preps for g in c.children)
        ]
        bare = [
            c
            for c in complements
            if c.dep_ in ("obj", "obl:mod")
            and c.pos_ in ("NOUN", "PROPN")
            and not any(g.dep_ == "case" for g in c.children)
        ]
        named = bare + [a for c in bare for a in c.children if a.dep_ == "appos" and a.pos_ in ("NOUN", "PROPN")]
        if cue.lemma in self.lang.mentions.OBJECT_NAMING_VERBS and not prepositional and len(named) > 1:
            # "appellent ce chemin « la route des Suédois »" (the parse may hang the name on the object
            # as an apposition): an object and its name, no content
            return None
        # the direct object first: "a dénoncé à l'Assemblée une campagne …" reports the campaign
        for child in sorted(
            complements,
            key=lambda c: ((c.dep_ != "obj" and c not in dated) or lemma in data.OBJECT_ADDRESSEE_VERBS, c.i),
        ):
            # (an object's "de" the tagger reads as a determiner is its indefinite article before an
            # adjective, part of the content: "redoute de nouvelles inondations")
            # (so is a "de" read as a preposition before the adjective of the object of a verb that
            # governs no "de": "craignent de fortes gelées", not "fait état de nouvelles violences"; or
            # a determiner "de" of an object the parse reads as an oblique: "réclament de meilleurs prix")
            article = (
                child.dep_ in ("obj", "obl:arg")
                and lemma in data.NP_CONTENT
                and lemma not in data.DE_CONTENT_VERBS
                and any(
                    c.dep_ in ("case", "det")
                    and c.lower_ in self.lang.syntax.DE
                    and c.i + 1 < child.i
                    and c.doc[c.i + 1].pos_ == "ADJ"
                    and c.doc[c.i + 1].head == child
                    for c in child.children
                )
            )
            preps = [
                c
                for c in child.children
                if c.dep_ in ("mark", "case")
                and c.lower_ in content_preps
                and not (child.dep_ == "obj" and c.pos_ == "DET")
                and not (article and c.lower_ in self.lang.syntax.DE)
            ]
            if child.dep_ == "obj" and cue.lemma in data.OBJECT_ADDRESSEE_VERBS and prepositional:
                continue  # "appelle les parties à la retenue": the addressee, not the content
            if child.dep_ == "obj" and cue.lemma in data.OBJECT_ADDRESSEE_VERBS:
                # "accuse la direction de mépris", "appelle les Français à la vigilance": the parse hangs
                # the content on the one addressed
                hung = next(
                    (
                        g
                        for g in child.children
                        if g.dep_ == "nmod"
                        and g.i > child.i
                        and g.pos_ == "NOUN"
                        and any(
                            c.dep_ == "case" and (c.lower_ in self.lang.syntax.DE or c.lower_ in self.lang.syntax.A)
                            for c in g.children
                        )
                    ),
                    None,
                )
                if hung is not None:
                    skip = [c for c in hung.children if c.dep_ == "case"]
                    start, _ = self._subtree_range(piece, hung, skip)
                    return Proposal(*trim(self.text, start, self._clause_end(cue, hung)), "np", "np_after_object")
                continue  # "a appelé les pompiers pour éteindre le feu": the one addressed (a call), no content
            against = any(p.lower_ == self.lang.syntax.AGAINST for p in preps) or child.lower_ in data.TARGET_NOUNS
            if against and cue.lemma not in data.AGAINST_VERBS:
                # "a requis dix ans de prison contre l'accusé", "à l'encontre du prévenu": the target, not the
                # content; the parse may hang the object on it ("a requis contre les gérants une amende")
                stray = next(
                    (
                        g
                        for g in child.subtree
                        if g.i > child.i
                        and g.dep_ == "nmod"
                        and g.pos_ == "NOUN"
                        and not any(c.dep_ == "case" for c in g.children)
                        and any(c.dep_ == "det" for c in g.children)
                    ),
                    None,
                )
                if stray is not None and takes_np:
                    start, _ = self._subtree_range(piece, stray)
                    return Proposal(*trim(self.text, start, self._clause_end(cue, stray)), "np", "np_after_addressee")
                continue
            # "a de son côté rejeté toute hausse": the parse may read the dismissed object as an oblique
            dismissed = dismissing and not preps and _totality(child, data.TOTALITY_DETERMINERS)
            if child.pos_ not in ("NOUN", "PROPN", "NUM") or not (
                takes_np or (takes_infinitive and preps and lemma in data.PREPOSITIONAL_CONTENT) or dismissed
            ):
                continue
            if child.lower_ in self.lang.syntax.TIME_WORDS and not preps:
                continue  # "a dénoncé jeudi « … »": the parse may take the day for the object
            if child.lemma_.lower() in data.ADVERBIAL_NOUNS and any(p.lower_ in self.lang.syntax.A for p in preps):
                continue  # "à la rescousse", "à l'unanimité": an adverbial phrase, no content
            if cue.speaker_token is not None and cue.speaker_token in child.subtree:
                continue  # "…, a annoncé Mario Draghi": the subject, not the content
            if incise and (child.pos_ == "PROPN" or child.ent_type_ or source_noun(child, self.lang)):
                continue  # "…, a indiqué jeudi la directrice des services, Anne Leroy": the subject too
            counted = any(c.dep_ == "nummod" for c in child.children) and any(
                c.dep_ == "nmod" and c.i > child.i for c in child.children
            )  # "a requis cinq ans de prison": a count of something, not "pour l'instant"
            if child.ent_type_ in ("PER",) or (child.lemma_.lower() in data.NOT_SOURCES and not counted):
                continue
            if child.lemma_.lower() in data.FEELING_NOUNS or child.lower_ in data.FEELING_NOUNS:
                continue  # "a fait part de sa colère", "a exprimé sa tristesse": a feeling, no content
            if lemma in data.OFFER_VERBS and child.lemma_.lower() in data.OFFERED_NOUNS:
                continue  # "l'association propose une soirée théâtre": an offer, not a proposal
            if cue.lemma in data.ADDRESSEE_VERBS and any(p.lower_ in self.lang.syntax.DATIVE for p in preps):
                # "demande au gouvernement des mesures": the addressee, not the content; the parse may
                # hang the object on it ("a annoncé aux habitants la fermeture du pont")
                stray = next(
                    (
                        g
                        for g in child.children
                        if g.dep_ == "nmod"
                        and g.pos_ == "NOUN"
                        and g.i > child.i
                        and (
                            (not any(c.dep_ == "case" for c in g.children) and any(c.dep_ == "det" for c in g.children))
                            or (not any(c.dep_ == "obj" for c in complements) and _partitive_after(child, g, self.lang))
                        )
                    ),
                    None,
                )
                if stray is not None:
                    start, _ = self._subtree_range(piece, stray)
                    return Proposal(*trim(self.text, start, self._clause_end(cue, stray)), "np", "np_after_addressee")
                continue
            if child.dep_ == "obj" or preps or child in objects or child in dated or dismissed or article:
                start, _ = self._subtree_range(piece, child, preps)
                how = "np" if takes_np or preps else "dismissed"
                end = self._clause_end(cue, child)
                if child.dep_ == "obj" and cue.lemma in data.ADDRESSEE_VERBS:
                    # "a promis une « rentrée sereine » aux parents": the addressee after the object is the
                    # verb's, not the content's
                    addressee = next(
                        (
                            t.head
                            for t in tok.doc[child.i + 1 : cue.sent.end]
                            if t.dep_ == "case"
                            and t.lower_ in self.lang.syntax.DATIVE
                            and t.head.head.i == tok.i
                            and t.head.dep_.startswith("obl")
                            and t.head.ent_type_ != "LOC"
                        ),
                        None,
                    )
                    if addressee is not None:
                        end = min(end, self.index.start(piece, addressee.left_edge))
                return Proposal(*trim(self.text, start, end), "np", how)
        return None

    def _greeted(self, cue: Cue, complements: list[Token]) -> bool:
        """Whether a verb of wishing has someone it wishes a thing to: a dative clitic (``leur``), a
        complement with ``à`` on the verb, or one the parse hangs on the object (``la bienvenue aux
        habitants``)."""
        dative = self.lang.syntax.DATIVE
        if any(c.dep_ == "iobj" and c.lower_ in self.lang.syntax.DATIVE_CLITICS for c in cue.token.children):
            return True
        for child in complements:
            # the one greeted, on the verb or hung on the object as its first complement: a person,
            # a group, a name ("bonne chance aux joueurs"; not "un retour au calme")
            hung = next((g for g in child.children if g.dep_ == "nmod" and g.i > child.i), None)
            for noun in (child, hung):
                if noun is None or (noun is child and child.dep_ == "obj"):
                    continue
                to = any(c.dep_ == "case" and c.lower_ in dative for c in noun.children)
                person = source_noun(noun, self.lang) or person_noun(noun, self.lang)
                if to and (noun.pos_ == "PROPN" or noun.ent_type_ == "PER" or person):
                    return True
        return False

    def _past_incidentals(self, complements: list[Token]) -> tuple[list[Token], list[Token]]:
        """The complements without the incidental phrases (``pour leur part``, ``de son côté``),
        and the objects the parse misread because of them: the noun it hung on the incidental
        noun (``de leur côté la fermeture du site``), or a bare noun phrase it took for an
        oblique (``pour leur part la gratuité …``)."""
        nouns = self.lang.syntax.INCIDENTAL_NOUNS

        def hung(c: Token) -> list[Token]:
            # the bare noun phrases the parse hung on an adverbial noun: "a promis jeudi une réforme"
            return [
                g
                for g in c.children
                if g.dep_ in ("nmod", "obj", "conj", "acl")  # (a noun as "acl": "quant à elles la gratuité")
                and g.i > c.i
                and g.pos_ == "NOUN"
                and not any(x.dep_ == "case" for x in g.children)
            ]

        incidental = [
            c
            for c in complements
            if (
                c.pos_ == "NOUN"
                and (
                    (
                        c.lemma_.lower() in nouns
                        and any(d.dep_ == "det" and "Poss=Yes" in str(d.morph) for d in c.children)
                    )
                    or (
                        c.dep_ == "obl:mod"
                        and not any(x.dep_ == "case" for x in c.children)
                        and any(g.dep_ == "obj" for g in hung(c))
                    )
                )
            )
            # "quant à eux": a topic pronoun between the verb and its object
            or (c.pos_ == "PRON" and any(x.lower_ in self.lang.cues.TOPIC_MARKERS for x in c.children))
        ]
        if not incidental:
            return complements, []
        kept = [c for c in complements if c not in incidental]
        objects = [g for c in incidental for g in hung(c)]
        objects += [
            c
            for c in kept
            if c.dep_ in ("obl:arg", "obl")
            and c.pos_ == "NOUN"
            and not any(x.dep_ in ("case", "mark") for x in c.children)
        ]
        return kept + [g for g in objects if g not in kept], objects

    def _expression_de(self, cue: Cue, heads: list[Token]) -> Proposal | None:
        """``a fait état dans la soirée du 6 avril de 14 morts``: the parser hung ``de`` elsewhere."""
        if not (cue.rule.startswith("cue.expr") and len(heads) > 1):
            return None
        if cue.rule == "cue.expr.support" and cue.lemma.split()[-1] in self.lang.cues.ASSESSMENT_NOUNS:
            return None  # "a dressé un bilan de la saison": what is assessed, not what is said
        tok, piece = cue.token, cue.piece
        doc = tok.doc
        for j in range(heads[1].i + 1, min(cue.sent.end - 1, heads[1].i + 12)):
            if doc[j].lower_ in self.lang.syntax.DE and doc[j + 1].pos_ in ("NUM", "NOUN", "DET", "PROPN", "ADJ"):
                noun = next((t for t in doc[j + 1 : min(cue.sent.end, j + 5)] if t.pos_ == "NOUN"), None)
                if noun is not None and noun.lemma_.lower() in self.lang.cues.FEELING_NOUNS:
                    return None  # "a fait part de sa colère": a feeling, no content
                start, end = trim(self.text, self.index.start(piece, doc[j + 1]), self._clause_end(cue, doc[j + 1]))
                return Proposal(start, end, "np", "expression_de")
            if doc[j].text in _NP_STOPS:
                break
        return None

    def _postposed(self, cue: Cue) -> Proposal | None:
        """A postposed cue without complement: ``Le bilan s'alourdit, a annoncé X.``"""
        tok, piece, sent = cue.token, cue.piece, cue.sent
        first = min([tok, *own_auxiliaries(tok)], key=lambda t: t.i)
        subject = cue.speaker_token
        # a subject after the verb that can be a source (not an object the parse took for one:
        # "« Front de libération » a revendiqué l'attaque")
        inverted = subject is not None and subject.i >= first.i and can_be_source(subject, self.lang)
        if subject is not None and not inverted and cue.speaker_rule == "speaker.postposed_subject":
            inverted = _after_speechless_clause(tok, subject, self.lang)
        if cue.rule == "cue.verb.mistagged" and not inverted:
            # "…, note l'Institut national": the tagger's noun has its subject after it
            inverted = closing_incise(tok, self.lang)
        if first.i > sent.start and is_incise(tok, self.lang) and inverted and cue.rule != "cue.verb.participle":
            head = _true_start(sent)
            start = self.index.start(piece, head)
            end = self.index.start(piece, tok.doc[first.i - 1])
            opening = tok.doc[head.i : first.i]
            reporting = next(
                (
                    t
                    for t in reversed(opening[:-1])
                    if t.pos_ == "VERB"
                    and t.lower_ in forms(self.lang)
                    and finite_or_compound(t)
                    and t.doc[t.i + 1].lower_ in self.lang.syntax.QUE
                ),
                None,
            )
            # "« On nous a oubliés », confie une habitante, encore sous le choc": a quotation before the
            # incise is the item; what follows the incise is about the speaker
            rest = None if any(_is_mark(t, self.lang) for t in opening) else self._after_incise(cue)
            if reporting is not None and rest is not None:
                # "Le président a déclaré que son pays enverrait des policiers, une mission qui doit, a-t-il
                # précisé, être approuvée": the incise stands in the clause another verb reports, which
                # goes on after it, and the item is that clause, not the verb that reports it (an incise
                # that ends the sentence reports the whole: "Le ministre a assuré que …, a indiqué la préfecture")
                start = self.index.end(piece, tok.doc[reporting.i + 1])
            start, end = trim(self.text, start, end)
            if rest is not None:
                # "Par ailleurs, poursuit l'ex-Président, une langue …": the clause goes on after the incise;
                # "Il est, disent-ils, la langue de …": it runs through it
                words = [t for t in opening if not (t.is_punct or t.is_space)]
                adverbial = all(t.pos_ in ("ADV", "CCONJ") for t in words) or (
                    bool(words) and words[0].pos_ == "ADP" and not any(t.pos_ in ("VERB", "AUX", "PRON") for t in words)
                )  # "Par ailleurs", "Cependant", "Dans ce cas"; not a subject ("Le gouvernement, poursuit-il, …")
                if adverbial and len(WORD.findall(self.text[start:end])) <= 3:
                    return Proposal(*rest, "postposed", "after_incise")
                return Proposal(start, rest[1], "postposed", "around_incise")
            if (
                opening
                and not _is_mark(opening[0], self.lang)
                and not any(finite(t) for t in opening)
                and any(_is_mark(t, self.lang) or _apposed_participle(t) for t in opening)
            ):
                # "Le nouveau parti du maire, baptisé « Renouveau », compte trois élus": a noun phrase
                # with its apposition is the subject of the verb after it, no clause it reports; a
                # verbless statement stays one ("Pas question de reculer, a martelé le ministre")
                return None
            if len(WORD.findall(self.text[start:end])) >= 3:
                return Proposal(start, end, "postposed", "postposed")
        return None

    def _pour_qui_range(self, cue: Cue) -> Proposal | None:
        """``Marie Dupont, pour qui la réforme est injuste, a manifesté``: the relative clause,
        from after ``qui`` (and a nested ``selon X,``) to the comma after its verb."""
        doc, sent, piece = cue.token.doc, cue.sent, cue.piece
        first = cue.token.i + 2
        if first >= sent.end:
            return None
        start = self.index.start(piece, doc[first])
        nested = _nested_source_phrase(self.lang).match(self.text, start)
        if nested:
            start = nested.end()
        verb = next(
            (t for t in doc[first : sent.end] if t.pos_ in ("VERB", "AUX") and "VerbForm=Fin" in str(t.morph)), None
        )
        if verb is None:
            return None
        last = next((t.i - 1 for t in doc[verb.i : sent.end] if t.text in (",", ";", ":")), sent.end - 1)
        start, end = trim(self.text, start, self.index.end(piece, doc[last]))
        return Proposal(start, end, "source", "pour_qui") if len(WORD.findall(self.text[start:end])) >= 3 else None

    def _before_comme(self, cue: Cue, comme: Token) -> Proposal | None:
        """``l'armée ne va pas retirer ses forces comme le précise l'ambassadeur``: the clause the
        comment clause (``comme``, ``ainsi que``) is about, from its subject to the conjunction."""
        tok, piece = cue.token, cue.piece
        head = tok.head
        while head.dep_ == "xcomp" and head.head.i < head.i:
            head = head.head  # "ne va pas retirer": the subject is the finite verb's
        if head.i >= comme.i:
            return None
        subjects = [c for c in head.children if c.dep_ in ("nsubj", "nsubj:pass") and c.i < head.i]
        first = subjects[0].left_edge if subjects else head
        if first.i < cue.sent.start:
            return None
        start, end = trim(self.text, self.index.start(piece, first), self.index.start(piece, comme))
        if len(WORD.findall(self.text[start:end])) < 3:
            return None
        return Proposal(start, end, "postposed", "comment_clause")

    def _after_comme(self, cue: Cue, comme: Token) -> Proposal | None:
        """``Comme l'a indiqué le ministre, les écoles resteront fermées``: a comment clause that
        opens the sentence is about the clause after its comma (read by position: the parse often
        makes the comment clause the main one)."""
        tok, sent, piece = cue.token, cue.sent, cue.piece
        doc = tok.doc
        if comme.i != _true_start(sent).i:
            return None
        close = next((j for j in range(tok.i + 1, min(sent.end, tok.i + 12)) if doc[j].text == ","), None)
        if close is None or close + 1 >= sent.end:
            return None
        subject = doc[tok.i + 1 : close]
        if any(_is_mark(t, self.lang) or finite(t) for t in subject):
            return None  # not a plain subject between the verb and the comma
        if not any(t.pos_ in ("NOUN", "PROPN") and can_be_source(t, self.lang) for t in subject):
            return None  # "Comme prévu, …": nobody said it
        tail = doc[close + 1 : sent.end]
        if any(_is_mark(t, self.lang) for t in tail):
            return None  # "Comme le dit le maire, « … »": the quotation is the item
        last = next((t.i - 1 for t in tail if t.text in (";", ":")), sent.end - 1)
        if last <= close:
            return None
        start, end = trim(self.text, self.index.start(piece, tail[0]), self.index.end(piece, doc[last]))
        return (
            Proposal(start, end, "source", "comment_clause_before")
            if len(WORD.findall(self.text[start:end])) >= 3
            else None
        )

    def _relative_object(self, cue: Cue) -> Proposal | None:
        """``Des allégations que Moscou avait toujours niées``: the noun phrase a relative ``que``
        makes the object of a verb that reports its object."""
        tok = cue.token
        if cue.lemma not in self.lang.cues.NP_CONTENT or tok.dep_ not in ("acl:relcl", "acl"):
            return None
        relative = next(
            (c for c in tok.children if c.lower_ in self.lang.syntax.SUBORDINATORS and c.i < tok.i and c.dep_ == "obj"),
            None,
        )
        noun = tok.head
        if relative is None or noun.pos_ not in ("NOUN", "PROPN") or noun.i >= relative.i:
            return None
        left = [c for c in noun.children if c.i < noun.i and c.dep_ in ("det", "amod", "nummod", "flat:name")]
        first = min([noun, *(t for c in left for t in c.subtree)], key=lambda t: t.i)  # not "Ce sont"
        if first.i < cue.sent.start:
            return None
        start = self.index.start(cue.piece, first)
        end = self.index.end(cue.piece, tok.doc[relative.i - 1])
        return Proposal(*trim(self.text, start, end), "np", "relative_object")

    def _stance(self, cue: Cue) -> Proposal | None:
        """``s'est dit favorable à un référendum``, ``s'est déclaré prêt à négocier``: the stance
        with what it is about (not a bare feeling: ``s'est dit préoccupé``)."""
        tok = cue.token
        if cue.lemma.removeprefix(self.lang.syntax.REFLEXIVE_FULL) not in self.lang.cues.STANCE_VERBS:
            return None
        doc = tok.doc
        if not any(t.lower_ in self.lang.syntax.REFLEXIVE for t in doc[max(cue.sent.start, tok.i - 3) : tok.i]):
            return None
        adjective = next(
            (
                c
                for c in tok.children
                if c.pos_ == "ADJ"
                and c.i > tok.i
                and (c.dep_ in ("xcomp", "acl") or (c.dep_ == "advmod" and c.i == tok.i + 1))
            ),
            None,
        )  # (the parse may read the attribute right after the verb as its adverb: "s'est dite favorable à")
        if adjective is None:
            # "s'est dit convaincu que …": a participle the tagger reads as a verb
            adjective = next(
                (
                    c
                    for c in tok.children
                    if c.pos_ == "VERB"
                    and c.dep_ == "xcomp"
                    and c.i == tok.i + 1
                    and (
                        # only with its que-clause ("s'est dit déterminé « à … »" stays the quotation's)
                        (
                            "VerbForm=Part" in str(c.morph)
                            and any(
                                g.dep_ == "ccomp"
                                and any(m.lower_ in self.lang.syntax.SUBORDINATORS for m in g.children)
                                for g in c.children
                            )
                        )
                        # not a past participle nor an infinitive: an adjective the tagger read as a
                        # present participle or a finite verb ("s'est dit confiant dans", "s'est dite
                        # confiante en")
                        or not {"Tense=Past", "VerbForm=Inf"} & set(str(c.morph).split("|"))
                        # a past participle as attribute with what the stance is about right after it,
                        # out of quotation marks ("s'est dite ouverte au dialogue", "s'est dit
                        # déterminé à poursuivre"; "s'est dit déterminé « à … »" stays the quotation's)
                        or ("VerbForm=Part" in str(c.morph) and self._stance_participle(c))
                    )
                ),
                None,
            )
        about = [
            c
            for c in (adjective.children if adjective is not None else ())
            if c.dep_ in ("obl:arg", "xcomp", "ccomp", "obl", "obl:mod")
            and any(m.dep_ in ("case", "mark") and m.lower_ in self.lang.cues.STANCE_ABOUT for m in c.children)
        ]
        if adjective is not None and adjective.lemma_.lower() in self.lang.cues.FEELING_ADJECTIVES:
            # "se disent inquiets de la fermeture": the feeling's cause (a noun), no stance
            about = [c for c in about if c.pos_ not in ("NOUN", "PROPN", "PRON")]
        if adjective is None or not about:
            return None  # "s'est dit préoccupé", "… préoccupé par la situation": a feeling, no stance
        clause = next((c for c in about if c.dep_ == "ccomp"), None)
        marks = (
            [m for m in clause.children if m.dep_ == "mark" and m.lower_ in self.lang.syntax.SUBORDINATORS]
            if clause is not None
            else []
        )
        if clause is not None and marks and about[0] is clause:
            # "s'est dit convaincu que la crise serait surmontée": the clause is the claim
            start, end = self._subtree_range(cue.piece, clause, marks)
            start = self.index.end(cue.piece, marks[0])
            return Proposal(*trim(self.text, start, self._past_quotation(cue, end, start)), "que", "stance_que")
        start = self.index.start(cue.piece, adjective)
        return Proposal(*trim(self.text, start, self._clause_end(cue, adjective)), "np", "stance")

    def _stance_participle(self, participle: Token) -> bool:
        """The participle's next word introduces a complement of the stance (``à``, ``au``, ``de``…),
        not a quotation mark, an agent (``touché par``) nor a feeling's cause."""
        doc = participle.doc
        if participle.i + 1 >= len(doc):
            return False
        nxt = doc[participle.i + 1]
        if nxt.lower_ not in self.lang.cues.STANCE_ABOUT or nxt.head.head != participle:
            return False
        # a feeling's cause is no content ("s'est dite passionnée de musique"), an infinitive still is
        return participle.lower_ not in self.lang.cues.FEELING_FORMS or nxt.head.pos_ == "VERB"

    def _estimate(self, cue: Cue) -> Proposal | None:
        """``La CGT estime à 75 000 le nombre d'emplois menacés``: the figure and what it counts."""
        if cue.lemma not in self.lang.cues.ESTIMATE_VERBS:
            return None
        doc, tok = cue.token.doc, cue.token
        j = tok.i + 1
        while j < cue.sent.end and doc[j].pos_ == "ADV":
            j += 1
        if j + 1 >= cue.sent.end or doc[j].lower_ != self.lang.syntax.A_WORD:
            return None
        k = j + 1
        for words in self.lang.cues.APPROXIMATORS:  # "à près de 2 milliards", "à plus de 75 000"
            if [t.lower_ for t in doc[k : k + len(words)]] == list(words):
                k += len(words)
                break
        if k >= cue.sent.end:
            return None
        figure = doc[k]
        if figure.pos_ != "NUM" and not figure.like_num:
            return None
        start = self.index.start(cue.piece, doc[j + 1])  # with its approximator: "près de 2 milliards"
        return Proposal(*trim(self.text, start, self._clause_end(cue, figure)), "figure", "estimate")

    def _after_incise(self, cue: Cue) -> tuple[int, int] | None:
        """The clause after an incise set off by commas (``…, poursuit X, …``), if it goes on
        for at least three words and holds no quotation mark (a quotation is its own item)."""
        tok, sent, piece = cue.token, cue.sent, cue.piece
        speaker = cue.speaker_token
        first = min([tok, *own_auxiliaries(tok)], key=lambda t: t.i)
        if speaker is None or first.i == 0 or tok.doc[first.i - 1].text != ",":
            return None  # (", a assuré le maire, …": the comma before the auxiliary)
        doc = tok.doc
        last = max(speaker.i, tok.i)
        close = next((j for j in range(last + 1, min(sent.end, last + 10)) if doc[j].text == ","), None)
        if close is None or close + 1 >= sent.end:
            return None
        if any(_is_mark(t, self.lang) or t.pos_ in ("VERB", "AUX") for t in doc[tok.i + 1 : close]):
            return None  # "…, a déclaré X en visite à …, …": not a plain incise
        tail = doc[close + 1 : sent.end]
        if any(_is_mark(t, self.lang) for t in tail):
            return None
        lead = str(tail[0].morph)
        if "PronType=Rel" in lead or ("VerbForm=Part" in lead and "Tense=Pres" in lead):
            # "…, indique le maire, qui redoute …", "…, a rapporté la télévision, précisant que …": a
            # relative or a participle clause after the incise is about the speaker
            return None
        if (
            tail[0].lower_ in self.lang.syntax.INFINITIVE_ADJUNCTS
            and len(tail) > 1
            and _infinitive(tail[1])
            and not any(finite(t) for t in tail)
        ):
            # "…, a-t-il ajouté, sans donner plus de détails.": the reporter's adjunct of the saying (not
            # "Les travaux, a-t-il ajouté, sans citer de date, seront achevés …": the clause goes on)
            return None
        if speaker.pos_ in ("NOUN", "PROPN") and not any(finite(t) for t in tail):
            # "…, a annoncé Mario Draghi, le président de la BCE": the speaker's apposition (not "Il
            # est, disent-ils, la langue de …": after a clitic, the clause goes on)
            return None
        start, end = trim(self.text, self.index.start(piece, tail[0]), self.index.end(piece, tail[-1]))
        # two words may end a clause the incise cut ("Les tarifs, précise la mairie, resteront inchangés")
        return (start, end) if len(WORD.findall(self.text[start:end])) >= 2 else None

    def _clause_end(self, cue: Cue, child: Token) -> int:
        """Where a noun complement ends: before the next comma, coordinator or new clause,
        unless what follows the comma goes on with it (``notamment …``, the rest of an
        enumeration ``d'une école, d'un gymnase et d'une crèche``).

        The parse's subtree is not trusted here: it often swallows the next clause
        ("accusé de « … » mais le général affirme …") or leaves out a coordinated part.
        """
        doc = child.doc
        syntax = self.lang.syntax
        last = child
        j = child.i + 1
        while j < cue.sent.end:
            t = doc[j]
            if t.text == "," and self._goes_on(cue, j, child):
                j += 1
                continue
            if t.text in _NP_STOPS or t.lower_ in syntax.NP_STOP_WORDS:
                break
            if _gerund(doc, j, syntax):
                break  # "a rejeté le terme, tout en partageant …": another clause
            if (
                t.pos_ == "CCONJ"
                and j + 1 < cue.sent.end
                and (_shared_auxiliary(doc[j + 1], cue.token) or _second_participle(doc[j + 1], cue.token, self.lang))
            ):
                break  # "a dénoncé un gouvernement « … » et promis une opposition …": the cue's second verb
            if (
                t.pos_ == "CCONJ"
                and j + 1 < cue.sent.end
                and doc[j + 1].dep_ == "conj"
                and doc[j + 1].head.i == cue.token.i
                and doc[j + 1].pos_ in ("NOUN", "ADJ")
                and not any(c.dep_ in ("det", "case") for c in doc[j + 1].children)
            ):
                break  # "a dénoncé une décision hâtive et menace de …": a verb read as a noun, coordinated to the cue
            restrictive = t.lower_ in syntax.RESTRICTIVE_RELATIVES and doc[j - 1].text != ","
            # "la rumeur selon laquelle …", "le projet sur lequel …": a relative after a preposition
            oblique = t.lower_ in syntax.OBLIQUE_RELATIVES and doc[j - 1].pos_ == "ADP"
            relative = t.head if restrictive or oblique else None
            if relative is not None and relative.dep_ in ("acl:relcl", "acl") and relative.i > j:
                # "au bal qui sera animé par Frédéric Bush": a restrictive relative belongs to the noun
                last = doc[min(max(x.i for x in relative.subtree), cue.sent.end - 1)]
                j = last.i + 1
                continue
            if t.lower_ in syntax.IF and t.dep_ == "mark" and t.head.i > j and doc[j - 1].text != ",":
                # "a mis en garde contre une famine si la sécheresse dure": the condition of what is warned of
                last = doc[min(max(x.i for x in t.head.subtree if x.i >= j), cue.sent.end - 1)]
                j = last.i + 1
                continue
            if (
                t.pos_ in ("VERB", "AUX")
                and t.dep_ not in ("acl", "amod", "acl:relcl")
                and "VerbForm=Fin" in str(t.morph)
            ):
                break
            last = t
            j += 1
        while last.i > child.i and (
            # (a percent sign is punctuation to the tokenizer but the unit of the figure before it)
            (last.is_punct and last.text not in ("»", "”", '"', ")", "]", "%", "‰"))
            or last.pos_ == "CCONJ"
            # "se rejettent la responsabilité et s'accusent …": the next verb's clitics
            or (
                last.lower_ in syntax.BEFORE_VERB
                and last.pos_ in ("PRON", "ADV")
                and last.i + 1 < len(doc)
                and doc[last.i + 1].pos_ in ("VERB", "AUX")
            )
        ):
            last = doc[last.i - 1]  # "a reconnu des erreurs et promet …": not the "et"
        # "a annoncé sa démission lundi (soir)": a bare word of time at the end dates the act, not the content
        k = last.i
        while k > child.i and doc[k].lower_ in syntax.TIME_WORDS:
            k -= 1
        # ("prêt à recevoir les syndicats la semaine prochaine": a future time is the content's)
        future = any(t.lower_ in syntax.FUTURE_TIME_WORDS for t in doc[k + 1 : last.i + 1])
        if (
            k < last.i
            and doc[k].pos_ not in ("ADP", "DET")
            and doc[k + 1].lower_ not in self.lang.syntax.LAST_ADJECTIVES
            and not future
        ):
            last = doc[k]
        # "a reconnu sa défaite dans la nuit": a time phrase at the end dates the act too, unless a
        # participle or a verb of the content governs it ("les violences commises dans la nuit")
        tail = _trailing_time(self.lang).search(doc_text(doc), child.idx, last.idx + len(last.text))
        if tail is not None:
            before = [t for t in doc[child.i : last.i + 1] if t.idx < tail.start()]
            if before and not any(t.pos_ in ("VERB", "AUX") for t in before[1:]):
                last = before[-1]
        return self.index.end(cue.piece, last)

    def _goes_on(self, cue: Cue, comma: int, child: Token) -> bool:
        """Whether a noun complement (from ``child``) goes on after the comma at ``comma``: a
        word that extends it (``notamment``, ``dont``, ``y compris``), or the rest of an
        enumeration (it opens with a preposition or determiner of the complement and is closed
        by ``et``/``ou`` before the sentence ends, with no verb of its own)."""
        doc = cue.token.doc
        end = cue.sent.end
        if comma + 1 >= end:
            return False
        nxt = doc[comma + 1]
        words = self.lang.cues.NP_CONTINUATIONS
        if nxt.lower_ in words or f"{nxt.lower_} {doc[comma + 2].lower_ if comma + 2 < end else ''}" in words:
            return True
        if nxt.pos_ not in ("ADP", "DET"):
            return False
        if nxt.lower_ not in {t.lower_ for t in doc[child.i : comma] if t.pos_ in ("ADP", "DET")}:
            return False  # "…, à la suite de l'accord": not one more item of the list
        closed = False
        for t in doc[comma + 1 : end]:
            if t.text in (";", ":", ".", "!", "?", "—", "–") or t.lower_ in self.lang.syntax.CLAUSE_OPENERS:
                break
            if t.pos_ in ("VERB", "AUX") and t.dep_ not in ("acl", "amod") and "VerbForm=Fin" in str(t.morph):
                return False
            if t.pos_ == "PRON" and t.dep_.startswith("nsubj"):
                return False
            if t.lower_ in self.lang.syntax.LIST_COORDINATORS:
                closed = True
        return closed

    def _past_quotation(self, cue: Cue, end: int, start: int | None = None) -> int:
        """``que « son bon ami » Al-Sarraj pourrait …``: a clause that opens with a quotation goes
        on after its closing mark; the parse often stops the clause there. A clause the parse
        left without a verb (``craignent que cet amendement, comme …, empêche …``) runs to the
        end of the sentence."""
        short = start is not None and len(WORD.findall(self.text[start:end])) <= 3
        inside = self.index.within(start or 0, end) if start is not None else []
        if (short and not any(t.pos_ in ("VERB", "AUX") for t in inside)) or (
            inside and not any(finite(t) for t in inside) and self._verb_left_out(end)
        ):
            sent_end = self.index.end(cue.piece, cue.sent[-1])
            stop = _SENTENCE_STOP.search(self.text, end, sent_end)
            return stop.start() if stop else sent_end
        at = end
        while at > 0 and self.text[at - 1] in ' \u00a0\u202f»”›"':
            at -= 1  # the parse's clause may end on the closing mark itself
        after = _CLAUSE_GOES_ON.match(self.text, at)
        if after is None:
            return end
        sent_end = self.index.end(cue.piece, cue.sent[-1])
        stop = _SENTENCE_STOP.search(self.text, after.end(), sent_end)
        return stop.start() if stop else sent_end

    def _verb_left_out(self, end: int) -> bool:
        """Whether a finite verb or copula stands right after a clause the parse left without one
        (``estime que le brevet sur les coins arrondis est « absurde »``, the parse hung the
        adjective elsewhere and the clause stopped before ``est``), or after the negation and
        object clitics that stand before it (``qu'une rencontre au sommet n'était pas exclue``)."""
        after = self.index.within(end, end + 40)
        first = next((t for t in after if t.lower_ not in self.lang.syntax.BEFORE_VERB), None)
        return first is not None and finite(first)

    def _colon_after_verb(self, cue: Cue) -> Proposal | None:
        """``Le préfet a averti les maires : aucune dérogation ne sera accordée``: a verb of saying,
        with at most its addressee after it, then a colon and a clause without quotation marks
        (a quotation after the colon is a direct item of its own)."""
        tok, sent = cue.token, cue.sent
        doc = tok.doc
        if cue.rule in SOURCE_RULES or ("VerbForm=Part" in str(tok.morph) and not auxiliary_before(tok, self.lang)):
            return None  # not a participle describing a noun ("les mesures annoncées : …")
        colon = next((k for k in range(tok.i + 1, min(sent.end, tok.i + 8)) if doc[k].text == ":"), None)
        if colon is None or colon + 1 >= sent.end or _is_mark(doc[colon + 1], self.lang):
            return None
        between = doc[tok.i + 1 : colon]
        # only the addressee may stand between: "a averti les maires :", "a tenu à rassurer les parents :"
        if any(t.pos_ in ("VERB", "AUX") or _is_mark(t, self.lang) for t in between):
            return None
        # "a dressé un constat sévère :", "a lancé un message :": a noun of what is said, the verb's object,
        # whose content the colon gives
        said = {cue.lemma.split()[-1]} if cue.rule == "cue.expr.support" else set()
        uttered = [
            t
            for t in between
            if t.pos_ == "NOUN"
            and (t.lemma_.lower() in said or t.lemma_.lower() in self.lang.cues.UTTERANCE_NOUNS)
            and t.dep_ == "obj"
        ]
        nouns = [t for t in between if t.pos_ in ("NOUN", "PROPN") and t not in uttered]
        if nouns and not all(person_noun(t, self.lang) or t.pos_ == "PROPN" or t.ent_type_ == "PER" for t in nouns):
            return None  # "a annoncé trois mesures : …": the colon lists what the object holds
        rest = doc[colon + 1 : sent.end]
        if not any(finite(t) for t in rest if not _is_mark(t, self.lang)):
            return None
        return self._after_colon(cue, doc[colon])

    def _que_after(self, cue: Cue) -> Proposal | None:
        """``a déclaré dans un communiqué qu'au moins 21 …``: a que-clause the parser hung elsewhere."""
        tok = cue.token
        doc = tok.doc
        piece = cue.piece
        restrictive = any(c.lower_ in self.lang.syntax.NEGATION_CLITICS for c in tok.children)
        if (
            cue.rule == "cue.verb.mistagged"
            and tok.i + 2 < cue.sent.end
            and doc[tok.i + 1].lower_ in self.lang.syntax.SUBORDINATORS
        ):
            # "Le maire doute que …": with the verb read as a noun, "que" reads as a relative pronoun
            clause = next((t for t in doc[tok.i + 2 : cue.sent.end] if finite(t)), None)
            if clause is not None and clause.dep_.startswith(("aux", "cop")):
                clause = clause.head  # "que le texte serait voté": the verb the auxiliary serves
            if clause is not None:
                start = self.index.end(piece, doc[tok.i + 1])
                end = self.index.end(piece, max(clause.subtree, key=lambda x: x.i))
                return Proposal(*trim(self.text, start, self._past_quotation(cue, end, start)), "que", "que_after")
        for j in range(tok.i + 1, min(tok.i + 9 + self._incidental_length(cue), cue.sent.end)):
            t = doc[j]
            if t.lower_ in self.lang.syntax.SUBORDINATORS and restrictive:
                return None  # "ne rapporteront que 3 milliards": restriction, not a clause
            if self._complementizer_read_as_relative(cue, t):
                # "a averti Washington qu'il frapperait les sites": after the verb's object, the parse
                # reads the complementizer as the object of its clause, which has an object of its own
                clause = t.head
                start = self.index.end(piece, t)
                end = self.index.end(piece, max(clause.subtree, key=lambda x: x.i))
                return Proposal(*trim(self.text, start, self._past_quotation(cue, end, start)), "que", "que_after")
            if t.lower_ in self.lang.syntax.SUBORDINATORS and t.dep_ in ("mark", "fixed") and t.head.i > j:
                if t.dep_ == "fixed" or (j > 0 and doc[j - 1].lower_ in self.lang.cues.CONJUNCTIONS_WITH_QUE):
                    return None
                clause = t.head
                if _gapped(cue, clause) or _attribute_relative(t, self.lang):
                    return None  # "a donné l'ordre que ses hommes attendaient": a relative
                if _condition_after_complement(cue, tok, t, self.lang):
                    return None  # "a mis en garde contre une famine si …": the complement's condition
                start = self.index.end(piece, t)
                end = self.index.end(piece, max(clause.subtree, key=lambda x: x.i))
                return Proposal(*trim(self.text, start, self._past_quotation(cue, end, start)), "que", "que_after")
            if (
                t.lower_ in self.lang.syntax.SUBORDINATORS
                and t.dep_ == "obj"
                and t.head.dep_ == "acl:relcl"
                and self._addressed(cue, t.head.head)
            ):
                # "a déclaré à la télévision d'État qu'il allait bien": after the addressee or the
                # channel, the parse reads the complementizer as a relative pronoun
                clause = t.head
                start = self.index.end(piece, t)
                end = self.index.end(piece, max(clause.subtree, key=lambda x: x.i))
                return Proposal(*trim(self.text, start, self._past_quotation(cue, end, start)), "que", "que_after")
            if (t.pos_ == "VERB" and t.dep_ != "amod") or t.text in '.;:«»"“”':
                return None  # (not "les Nations unies", a participle read as the noun's adjective)
        return None

    def _incidental_length(self, cue: Cue) -> int:
        """How many words an incidental set off by two commas after the verb holds (``a affirmé
        jeudi, par la voix de son porte-parole Jay Carney, que …``, the parse hung the clause on
        ``voix``), so that the look for ``que`` reaches past it; 0 when there is none or it holds
        a verb of its own."""
        doc, tok = cue.token.doc, cue.token
        end = min(tok.i + 9, cue.sent.end)
        comma = next((j for j in range(tok.i + 1, end) if doc[j].text == ","), None)
        if comma is None:
            return 0
        close = next((j for j in range(comma + 1, min(comma + 16, cue.sent.end)) if doc[j].text == ","), None)
        if close is None or close + 1 >= cue.sent.end or doc[close + 1].lower_ not in self.lang.syntax.SUBORDINATORS:
            return 0
        if any(t.pos_ in ("VERB", "AUX") for t in doc[comma + 1 : close]):
            return 0
        return close - comma

    def _complementizer_read_as_relative(self, cue: Cue, t: Token) -> bool:
        """Whether ``t``, a ``que`` after the verb's complement, is the complementizer of a
        clause the parse took for a relative: ``que`` read as the clause's object while the
        clause has a subject and an object (or a predicate) of its own."""
        doc = t.doc
        if t.lower_ not in self.lang.syntax.QUE or t.dep_ != "obj" or t.head.i <= t.i or cue.weak:
            return False
        if doc[t.i - 1].lower_ in self.lang.cues.CONJUNCTIONS_WITH_QUE or doc[t.i - 1].text == ",":
            return False
        clause = t.head
        if not finite_or_compound(clause):
            return False
        others = [c for c in clause.children if c.i != t.i]
        return any(c.dep_ == "nsubj" for c in others) and any(c.dep_ in ("obj", "cop", "ccomp") for c in others)

    def _addressed(self, cue: Cue, noun: Token) -> bool:
        """Whether ``noun`` heads (or ends) the cue's complement introduced by ``à`` (``à la presse``,
        ``à la télévision d'État``, ``aux journalistes``): the addressee or the channel of the verb."""
        tok = cue.token
        if cue.weak:
            return False  # "a parlé à la femme qu'il avait rencontrée": a verb with no que-clause of its own
        while noun.dep_ == "nmod" and noun.head.i > tok.i and noun.head.i < noun.i:
            noun = noun.head  # "la télévision d'État": the phrase's head
        to = any(c.dep_ == "case" and c.lower_ in self.lang.syntax.DATIVE for c in noun.children)
        return to and noun.head.i == tok.i and noun.dep_ in ("obl:arg", "obl", "obl:mod", "iobj")

    def _source_sides(self, cue: Cue) -> tuple[Proposal, ...]:
        """The clause a source phrase governs, the rules' choice first: after the phrase when it
        opens the sentence (``Selon X, …``), before it when it closes it (``…, selon X.``); for
        an incise (``…, selon X, …``) the side with a finite verb of its own, then the other."""
        tok = cue.token
        piece = cue.piece
        sent = cue.sent
        doc = tok.doc
        if cue.rule == "cue.source_relative":
            found = self._source_relative(cue)
            return (found,) if found is not None else ()
        if tok.i + 1 < sent.end and doc[tok.i + 1].lower_ == self.lang.syntax.RELATIVE_SUBJECT:
            # "Marie Dupont, pour qui …", "Le député, selon qui …": the relative clause
            found = self._pour_qui_range(cue)
            return (found,) if found is not None else ()
        # the source phrase: from the preposition to the end of its noun's subtree
        noun = tok.head if tok.head.i > tok.i else None
        if noun is None:
            for j in range(tok.i + 1, min(tok.i + 4, sent.end)):
                if doc[j].pos_ in ("NOUN", "PROPN", "PRON") or (doc[j].pos_ == "X" and doc[j].ent_type_):
                    noun = doc[j]
                    break
        if noun is None:
            return ()
        phrase_end = max([noun.i] + [t.i for t in noun.subtree if t.dep_ not in ("acl:relcl",) and t.i < sent.end])
        first = phrase_start(cue, self.lang).i
        opening = all(t.pos_ in ("CCONJ", "ADV", "PUNCT", "SPACE") for t in doc[sent.start : first])
        if opening:
            # "Selon un bilan diffusé … par le ministère …, les combats …": the phrase runs to the comma
            comma = next((t.i for t in doc[tok.i : min(sent.end, tok.i + 40)] if t.text == ","), None)
            relative = (
                comma is not None
                and comma + 1 < sent.end
                and doc[comma + 1].lower_ in self.lang.syntax.RELATIVE_PRONOUNS
            )
            if comma is not None and relative:
                # "Selon le quotidien Le Parisien, qui cite des sources policières, le suspect …"
                comma = next((t.i for t in doc[comma + 1 : min(sent.end, comma + 25)] if t.text == ","), comma)
            if comma is not None:
                phrase_end = comma - 1  # the parse may hang the whole clause on the source noun
                window = min(sent.end, comma + _ROLE_APPOSITION + 1)
                second = next((t.i for t in doc[comma + 1 : window] if t.text == ","), None)
                between = doc[comma + 1 : second] if second is not None else doc[comma:comma]
                # a role noun opens an apposition that may run longer: "Pour Alde Harmand, chef de file
                # de la liste d'opposition, …"
                role = second is not None and any(
                    person_noun(t, self.lang) or (t.dep_ == "appos" and t.head.i < comma) for t in between[:2]
                )
                named = (
                    second is not None
                    and second - comma <= (_ROLE_APPOSITION if role else 6)
                    # "Selon la police, le suspect, qui a reconnu les faits, sera jugé": a relative
                    # after it makes the noun phrase the claim's subject, not the source's name
                    and not (second + 1 < sent.end and doc[second + 1].lower_ in self.lang.syntax.RELATIVE_PRONOUNS)
                    and (
                        all(t.pos_ in ("PROPN", "DET", "NOUN", "ADJ", "ADP") or t.text[:1].isupper() for t in between)
                        or (role and not any(finite(t) for t in between))  # "directrice adjointe" read as a verb
                    )
                )
                # "Selon le maire, interrogé mercredi, …", "D'après la police, contactée hier soir, …",
                # "Selon l'agence Interfax, citant un responsable, …"
                participle = (
                    second is not None
                    and "VerbForm=Part" in str(doc[comma + 1].morph)
                    and not any(finite(t) for t in between)
                )
                if second is not None and (named or participle):
                    phrase_end = second - 1  # "D'après le ministre du budget, Jérôme Cahuzac, …"
        sent_start = self.index.start(piece, sent[0])
        sent_end = self.index.end(piece, sent[-1])
        p_start = self.index.start(piece, doc[first])
        p_end = self.index.end(piece, doc[phrase_end])
        left = trim(self.text, sent_start, p_start)
        right = trim(self.text, p_end, sent_end)
        nested = _nested_source_phrase(self.lang).match(self.text, right[0], right[1])
        if nested:
            right = (nested.end(), right[1])  # "pour qui, selon ses propres sources, …": one claim, the outer source's
        else:
            # "Selon la police, 20 000 personnes ont défilé, mais selon les syndicats, …", "…, alors
            # que les organisateurs affirment …": the claim stops at the comma before another source's
            comma = self._other_statement(cue, phrase_end + 1, sent.end)
            if comma is not None:
                right = trim(self.text, p_end, self.index.start(piece, doc[comma]))
        scoped = self._last_clause(*left)
        before = Proposal(*scoped, "source", "source_before" if scoped == left else "source_before_clause")
        whole = (Proposal(*left, "source", "source_before"),) if scoped != left else ()
        after = Proposal(*right, "source", "source_after")
        pronoun = doc[first - 2] if first - 2 >= sent.start and doc[first - 1].text == "," else None
        if (
            pronoun is not None
            and pronoun.lower_ in self.lang.syntax.RELATIVE_PRONOUNS
            and pronoun.head.dep_ == "acl:relcl"
            and pronoun.head.i > phrase_end
            and pronoun.head.head.pos_ in ("NOUN", "PROPN")
            and pronoun.head.head.i < pronoun.i
        ):
            # "un vote qui, selon lui, ouvre la voie à …": the claim is the noun and its pronoun
            # clause, not the sentence the noun sits in
            noun_start = self.index.start(piece, pronoun.head.head.left_edge)
            return (Proposal(*trim(self.text, noun_start, right[1]), "source", "source_around"),)
        if left[1] - left[0] < 3:
            return (after,)
        if right[1] - right[0] < 3:
            return (before, *whole)
        # an incise ", selon X, …": the side that holds a finite verb of its own; a clause it cuts in
        # two (its verb's subject, object or attribute on both sides: "La réforme est, selon le
        # ministre, indispensable", "Le projet, selon la mairie, sera achevé") is reported whole,
        # the incise inside
        rest = doc[phrase_end + 1 : sent.end]
        right_finite = any(finite(t) for t in rest)
        governor = noun.head
        core = [c for c in governor.children if c.dep_ in _CORE_DEPS] + [governor]
        cut = any(t.i < first for t in core) and any(t.i > phrase_end for t in core)
        if cut and governor.i != noun.i:
            around = Proposal(scoped[0], right[1], "source", "source_around")
            return (around, after, before, *whole) if right_finite else (around, before, after, *whole)
        if right_finite:
            return (after, before, *whole)
        return (before, after, *whole)

    def _other_statement(self, cue: Cue, lo: int, hi: int) -> int | None:
        """The comma between tokens ``lo`` and ``hi`` that sets off another statement: a
        conjunction of contrast after it (``mais``, ``alors que``, ``tandis que``), then another
        source phrase (``selon``, ``d'après``) or a finite reporting verb with a subject of its own."""
        doc = cue.token.doc
        for k in range(lo, hi):
            t = doc[k]
            other = t.i != cue.token.i and (
                t.lower_.replace("’", "'") in self.lang.cues.SOURCE_PREPOSITIONS
                or (
                    t.pos_ == "VERB"
                    and t.lower_ in forms(self.lang)
                    and finite_or_compound(t)
                    and any(
                        c.dep_ == "nsubj" and c.lower_ not in self.lang.syntax.RELATIVE_PRONOUNS for c in t.children
                    )
                )
            )
            if not other:
                continue
            comma = next((j for j in range(k - 1, lo, -1) if doc[j].text in (",", ";")), None)
            if comma is not None and comma + 1 < hi and doc[comma + 1].lower_ in self.lang.cues.CLAUSE_CONJUNCTIONS:
                return comma  # ", mais selon …", ", alors que les organisateurs affirment …"
        return None

    def _source_relative(self, cue: Cue) -> Proposal | None:
        """``Un rapport selon lequel l'usine polluait la rivière a été publié``: the relative clause,
        from after the pronoun to the sentence's end, or to the main verb when the antecedent's
        noun phrase is its subject (read by position: the parse often ends the relative short)."""
        tok, sent, piece = cue.token, cue.sent, cue.piece
        doc = tok.doc
        first = tok.i + 2
        if first >= sent.end:
            return None
        last = sent.end - 1
        root = sent.root
        antecedent = relative_antecedent(tok, self.lang)
        if antecedent is not None and root.i > first and finite_or_compound(root):
            subjects = [c for c in root.children if c.dep_ in ("nsubj", "nsubj:pass") and c.i < tok.i]
            if subjects:
                group = min([root, *(c for c in root.children if c.dep_.startswith("aux"))], key=lambda t: t.i)
                last = group.i - 1
        # a second finite verb with nothing to join it to the first is the main clause's (the parse
        # may hang it inside the relative: "Des rumeurs selon lesquelles le président serait malade
        # circulent")
        seen = False
        for t in doc[first : last + 1]:
            if t.pos_ == "AUX" or not finite(t):
                continue
            group = t
            while group.i > first and doc[group.i - 1].pos_ == "AUX":
                group = doc[group.i - 1]
            joined = (
                doc[group.i - 1].lower_
                in self.lang.syntax.LIST_COORDINATORS
                | self.lang.syntax.SUBORDINATORS
                | self.lang.syntax.RELATIVE_PRONOUNS
            )
            if seen and not joined and doc[group.i - 1].text != ",":
                last = group.i - 1
                break
            seen = True
        stop = next((t.i - 1 for t in doc[first : last + 1] if t.text in (";", ":")), last)
        start, end = trim(self.text, self.index.start(piece, doc[first]), self.index.end(piece, doc[stop]))
        if len(WORD.findall(self.text[start:end])) < 3:
            return None
        return Proposal(start, end, "source", "source_relative")

    def _last_clause(self, start: int, end: int) -> tuple[int, int]:
        """The clause a source phrase closing a sentence is about: after the last colon or
        semicolon (``Les élections s'annoncent serrées : aucun parti …, selon les sondages``),
        or after a causal conjunction (``… puisque 70 % d'entre eux …, selon une enquête``),
        or in a relative clause after a comma (``… en Syrie, où les combats ont fait 200 morts,
        selon l'ONG``), when three words or more stay."""
        for pattern in (_CLAUSE_BREAK, _causal(self.lang), _relative_clause(self.lang)):
            found = [m.end() for m in pattern.finditer(self.text, start, end)]
            if found and len(WORD.findall(self.text[found[-1] : end])) >= 3:
                start = trim(self.text, found[-1], end)[0]
        return start, end


@functools.cache
def _source_tail(lang: LanguageData) -> regex.Pattern[str]:
    """A comma then a source preposition (``, selon``, ``, d'après``)."""
    words = "|".join(regex.escape(w).replace("'", "['’]") for w in lang.cues.SOURCE_PREPOSITIONS)
    return regex.compile(rf"\s*,\s*(?:{words})\b", regex.IGNORECASE)


@functools.cache
def _nested_source_phrase(lang: LanguageData) -> regex.Pattern[str]:
    """A source phrase nested right after another one: ``, selon ses propres sources, …``."""
    words = "|".join("['’]".join(regex.escape(part) for part in w.split("'")) for w in lang.cues.SOURCE_PREPOSITIONS)
    return regex.compile(rf"[\s,]*(?:{words})\b[^,.;:«»]{{1,60}},\s*", regex.IGNORECASE)


@functools.cache
def _stray_que(lang: LanguageData) -> regex.Pattern[str]:
    """A conjunction ``que`` with its spaces, left at a content's start (compiled once a language)."""
    forms = "|".join(regex.escape(w).replace("'", "['’]") for w in sorted(lang.syntax.QUE, key=len, reverse=True))
    return regex.compile(rf"\s*(?:{forms})\s*", regex.IGNORECASE)


def finite_or_compound(verb: Token) -> bool:
    """A finite verb, or a participle with a finite auxiliary (``a écrit``)."""
    if "VerbForm=Fin" in str(verb.morph):
        return True
    return any(c.dep_.startswith("aux") and "VerbForm=Fin" in str(c.morph) for c in verb.children)


def _cue_word(token: Token, lang: LanguageData) -> bool:
    """A form of a reporting verb or a source preposition: another statement may start there."""
    low = token.lower_.replace("’", "'")
    return low in forms(lang) or low in lang.cues.SOURCE_PREPOSITIONS or low in lang.syntax.SOURCE_STARTS


def _shared_auxiliary(word: Token, verb: Token) -> bool:
    """Whether ``word`` is a past participle coordinated to ``verb`` that shares its auxiliary
    (``a dénoncé … et promis …``)."""
    morph = str(word.morph)
    return (
        word.pos_ == "VERB"
        and "VerbForm=Part" in morph
        and "Tense=Past" in morph
        and word.dep_ == "conj"
        and word.head.i == verb.i
        and not any(c.dep_.startswith("aux") for c in word.children)
    )


def _second_participle(word: Token, verb: Token, lang: LanguageData) -> bool:
    """Whether ``word``, a past participle the parse hung on a noun of the content, is the cue's
    second verb sharing its ``avoir``: it does not agree with that noun, as an adjective would
    (``ont dénoncé une « mise à mort » des services publics et appelé à la grève``: ``appelé`` is
    masculine singular, ``mise`` feminine)."""
    if word.pos_ != "VERB" or "VerbForm=Part" not in str(word.morph) or "Tense=Past" not in str(word.morph):
        return False
    if any(c.dep_.startswith("aux") for c in word.children) or word.head.pos_ != "NOUN":
        return False
    tense = lang.syntax.AUXILIARIES - lang.syntax.PASSIVE_AUXILIARY  # "avoir"
    if not any(a.lemma_ in tense for a in own_auxiliaries(verb)) or word.head.i <= verb.i:
        return False
    if morph(word, "Gender") == ["Fem"] or morph(word, "Number") == ["Plur"]:
        return False
    return morph(word.head, "Gender") == ["Fem"] or morph(word.head, "Number") == ["Plur"]


def _manner_gerunds(tok: Token, head: Token, lang: LanguageData) -> list[Token]:
    """``a raconté en pleurant qu'il avait vu …``: a gerund right after the verb (``en`` or ``tout
    en`` before it), itself no reporting verb (not ``a conclu en affirmant que``) and with no
    complement before its clause, which the parse makes the head of the verb's que-clause."""
    doc = tok.doc
    j = tok.i + 1
    if j >= len(doc) or not _gerund(doc, j, lang.syntax):
        return []
    at = j + 2 if doc[j].lower_ == lang.syntax.GERUND_ADVERB else j + 1
    return [
        g
        for g in head.children
        if g.i == at
        and g.pos_ == "VERB"
        and reporting_lemma(g, lang) is None
        and not any(c.dep_ in ("obj", "iobj", "obl:arg", "xcomp") for c in g.children)
    ]


def _gerund(doc: Doc, j: int, syntax: ModuleType) -> bool:
    """``en partageant``, ``tout en partageant``: a gerund opens a clause of its own at ``j``."""
    k = j + 1 if doc[j].lower_ == syntax.GERUND_ADVERB else j
    return (
        k < len(doc)
        and doc[k].lower_ == syntax.GERUND
        and k + 1 < len(doc)
        and "VerbForm=Part" in str(doc[k + 1].morph)
        and "Tense=Pres" in str(doc[k + 1].morph)
    )


_OBJ = next(iter(string_ids(["obj"])))


def _stray_objects(cue: Cue, lang: LanguageData) -> list[Token]:
    """Objects the parse hung on an adjectival participle after the verb (``a manifesté dans une
    lettre ouverte son désaccord``: ``désaccord`` as the object of ``ouverte``): a participle
    used as an adjective takes no object, so they are the verb's. So are those it hung on the
    verb's auxiliary read as a verb (``Moscou a de son côté rejeté toute intervention``)."""
    tok = cue.token
    doc = tok.doc
    deps = column(doc, DEP)
    out = []
    for i in range(tok.i + 1, cue.sent.end):
        if deps[i] != _OBJ:
            continue  # read from the Doc's arrays: most words are no object
        t = doc[i]
        head = t.head
        if (
            t.dep_ == "obj"
            and tok.i < head.i < t.i
            and head.dep_ in ("acl", "amod")
            and "VerbForm=Part" in str(head.morph)
            and "Tense=Past" in str(head.morph)
            and not any(c.dep_.startswith("aux") for c in head.children)
        ) or (
            head.i < tok.i
            and head.pos_ in ("VERB", "AUX")
            and head.lemma_ in lang.syntax.AUXILIARIES
            and "VerbForm=Part" in str(tok.morph)
            and tok.i - head.i <= 5
        ):
            out.append(t)
    return out


def _past_participle(word: Token) -> bool:
    morph = str(word.morph)
    return word.pos_ == "VERB" and "VerbForm=Part" in morph and "Tense=Past" in morph


def _verbless_objects(cue: Cue) -> list[Token]:
    """The object of a verb the tagger read as a noun in a sentence it left with no finite verb
    (``Moscou dément toute livraison d'armes``, ``Le syndicat critique la suppression de postes``):
    the parse hangs nothing on the verb, so the object is the first noun after it with a
    determiner of its own and no preposition."""
    tok = cue.token
    doc = tok.doc
    if cue.rule != "cue.verb.mistagged" or any(finite(t) for t in cue.sent):
        return []
    for t in doc[tok.i + 1 : min(cue.sent.end, tok.i + 8)]:
        if t.text in _NP_STOPS:
            break
        determiner = doc[t.i - 1].pos_ == "DET" or doc[t.i - 1].dep_ == "det"
        if t.pos_ in ("NOUN", "PROPN") and t.i >= 2 and determiner and doc[t.i - 2].pos_ != "ADP":
            return [t]
    return []


def provision(cue: Cue, lang: LanguageData) -> bool:
    """``Le texte prévoit que …``, ``le décret stipule que …``: what a legal text provides, not
    what anyone said (its subject is a law, a decree, an article; ``projet de loi`` too)."""
    subject = cue.speaker_token
    data = lang.cues
    if subject is None or cue.lemma not in data.PROVISION_VERBS:
        return False
    lemma = subject.lemma_.lower()
    if lemma in data.LEGAL_TEXT_NOUNS:
        return True
    syntax = lang.syntax
    return lemma in syntax.BILL_HEADS and any(c.lemma_.lower() == syntax.BILL for c in subject.children)


def _gapped(cue: Cue, clause: Token) -> bool:
    """After a support verb's act noun, a que-clause whose verb has nothing after it but
    adverbials reads as a relative whose object is ``que`` (``a donné la garantie que les
    banques réclamaient depuis des mois``), not as the act's content."""
    return (
        cue.rule == "cue.expr.support"
        and clause.pos_ == "VERB"
        and not any(c.i > clause.i and c.dep_ not in _GAP_DEPS for c in clause.children)
        # a passive has no object to miss: "la garantie que le réseau serait rétabli avant lundi"
        and not any(c.dep_ in ("aux:pass", "cop") for c in clause.children)
    )


def _partitive_after(addressee: Token, noun: Token, lang: LanguageData) -> bool:
    """``demande à la mairie des indemnisations``: ``noun`` follows the addressee's noun (past its
    adjectives) with nothing before it but a one-word partitive article, which the parse reads as
    ``de`` + ``les`` and so hangs the object on the addressee."""
    between = addressee.doc[addressee.i + 1 : noun.i - 1]
    if not all(t.dep_ == "amod" and t.head.i == addressee.i for t in between):
        return False
    before = [c.lower_ for c in noun.children if c.i < noun.i]
    return len(before) == 1 and before[0] in lang.syntax.PARTITIVE_ARTICLES


def _infinitive_next(prep: Token) -> bool:
    """Whether an infinitive follows the preposition (``de rénover``, ``d'y aller``)."""
    doc = prep.doc
    for t in doc[prep.i + 1 : min(sentence_end(prep), prep.i + 4)]:
        if t.pos_ in ("VERB", "AUX"):
            return _infinitive(t)
        if t.pos_ not in ("PRON", "ADV"):
            return False
    return False


def _attribute_relative(que: Token, lang: LanguageData) -> bool:
    """Whether ``que`` opens a relative whose object it is, with the object's attribute after a
    verb of judgment (``la hausse, qu'elle juge nécessaire``, ``un projet que le maire estime trop
    coûteux``): such a verb takes an object before its attribute, and a completive clause has none
    (the tagger may read the verb as a noun: look at its forms)."""
    doc = que.doc
    verbs = lang.cues.ATTRIBUTE_VERBS
    table = forms(lang)
    for j in range(que.i + 2, min(sentence_end(que) - 1, que.i + 5)):
        tok = doc[j]
        if tok.lemma_ in verbs or table.get(tok.lower_) in verbs:
            k = j + 1
            while k < sentence_end(que) - 1 and doc[k].pos_ == "ADV" and k < j + 3:
                k += 1  # "qu'il juge trop sévère", "que la préfecture juge pourtant trop coûteux"
            subject = doc[que.i + 1 : j]
            if doc[k].pos_ != "ADJ" or not all(t.pos_ in ("PRON", "PROPN", "DET", "NOUN") for t in subject):
                return False
            after = doc[k + 1] if k + 1 < sentence_end(que) else None
            # the object may follow its attribute: "juge utile une étude", "juge nécessaire de
            # rénover l'école", "juge normal que …": then the clause is a completive
            return after is None or not (
                after.pos_ == "DET"
                or after.lower_ in lang.syntax.SUBORDINATORS
                or (after.lower_ in lang.syntax.COMPLEMENT_PREPOSITIONS and _infinitive_next(after))
            )
        if tok.pos_ not in ("PROPN", "DET", "NOUN"):
            return False
    return False


def _bare_participle(t: Token) -> bool:
    """``a jugé cette décision précipitée``: a past participle the parse reads as a verb after the
    object, with nothing of its own but adverbs (not ``la décision prise par le préfet``)."""
    return (
        t.pos_ == "VERB"
        and t.dep_ == "acl"
        and "VerbForm=Part" in str(t.morph)
        and "Tense=Past" in str(t.morph)
        and all(c.dep_ == "advmod" for c in t.children)
    )


def _condition_of_clause(head: Token, clause: Token, lang: LanguageData) -> Token | None:
    """``a averti que les routes seraient coupées si la neige tombait``: the parse hangs the
    condition of the reported clause on the reporting verb; the ``si`` clause right after the
    que-clause (no comma between) is the clause's own condition. Its last word, or None."""
    doc = clause.doc
    last = max(x.i for x in clause.subtree)
    for c in head.children:
        if c.dep_ != "advcl" or c.i <= last:
            continue
        marks = [m for m in c.children if m.dep_ == "mark" and m.lower_ in lang.syntax.IF]
        if marks and marks[0].i == last + 1 and doc[last].text != ",":
            return doc[max(x.i for x in c.subtree)]
    return None


def _condition_after_complement(cue: Cue, head: Token, mark: Token, lang: LanguageData) -> bool:
    """``a mis en garde contre une famine si …``, ``menace de bloquer l'usine si …``: a ``si`` after
    the verb's own complement opens the condition of what is warned of or threatened, not an
    indirect question (``a demandé au maire si …`` asks one: a verb of asking)."""
    if mark.lower_ not in lang.syntax.IF or cue.lemma in lang.cues.ASKING_VERBS:
        return False
    return any(
        c.dep_ in ("obj", "obl:arg", "xcomp") and c.pos_ in ("NOUN", "PROPN", "VERB") and cue.token.i < c.i < mark.i
        for c in head.children
    )


def content_lemma(cue: Cue, lang: LanguageData) -> str:
    """The entry whose complements the cue reports: its reflexive form when the verb is used
    reflexively and that form is listed (``s'est félicité de`` → ``se féliciter``), else its lemma."""
    tok = cue.token
    syntax = lang.syntax
    lowers, reflexive = column(tok.doc, LOWER), string_ids(syntax.REFLEXIVE)  # the Doc's arrays: no Token per word
    if " " in cue.lemma or not any(lowers[j] in reflexive for j in range(max(cue.sent.start, tok.i - 3), tok.i)):
        return cue.lemma
    elided = cue.lemma[:1] in syntax.ELIDING_INITIALS
    reflexive = (syntax.REFLEXIVE_ELIDED if elided else syntax.REFLEXIVE_FULL) + cue.lemma
    data = lang.cues
    return reflexive if reflexive in data.NP_CONTENT or reflexive in data.INFINITIVE_CONTENT else cue.lemma


@functools.cache
def _causal(lang: LanguageData) -> regex.Pattern[str]:
    """A conjunction of cause that opens the clause a final source phrase is about."""
    words = "|".join(regex.escape(w).replace("'", "['’]") for w in lang.cues.CAUSAL_CONJUNCTIONS)
    determiners = "|".join(lang.syntax.NOUN_DETERMINERS)  # not the noun: "le car scolaire"
    return regex.compile(rf"(?<!\b(?:{determiners})\s)\b(?:{words})(?:\s+|(?<=['’]))", regex.IGNORECASE)


@functools.cache
def _relative_clause(lang: LanguageData) -> regex.Pattern[str]:
    """A relative pronoun after a comma, opening the clause a final source phrase is about."""
    words = "|".join(regex.escape(w) for w in sorted(lang.syntax.CLAUSE_RELATIVES))
    return regex.compile(rf",\s+(?:{words})\s+", regex.IGNORECASE)


def _is_mark(token: Token, lang: LanguageData) -> bool:
    return token.text in lang.marks.ALL_MARKS and token.text not in lang.marks.APOSTROPHES


@functools.cache
def _trailing_time(lang: LanguageData) -> regex.Pattern[str]:
    """A time phrase that ends the text searched (``… dans la nuit``), after a space."""
    return regex.compile(rf"(?<=\s){lang.syntax.TRAILING_TIME_PHRASE}$", regex.IGNORECASE)


@functools.cache
def refusal(lang: LanguageData) -> regex.Pattern[str]:
    return regex.compile("|".join(lang.cues.REFUSALS), regex.IGNORECASE)


def acts_on_something(cue: Cue, lang: LanguageData) -> bool:
    """``a menacé d'envahir l'ambassade`` (a threat), not ``menace de basculer dans la guerre``
    (a risk): a weak verb's infinitive reports an intent when it acts on an object, or when a
    person is the subject."""
    if cue.speaker_token is not None and cue.speaker_token.ent_type_ == "PER":
        return True
    tok = cue.token
    subject = next((c for c in tok.children if c.dep_ == "nsubj" and c.i < tok.i), None)
    if subject is not None and subject.pos_ == "NOUN" and person_noun(subject, lang):
        return True  # "Les grévistes menacent de s'en prendre aux locaux": people intend
    infinitives = [c for c in tok.children if c.pos_ == "VERB" and _infinitive(c) and c.i > tok.i]
    if (
        not infinitives
        and tok.i + 2 < sentence_end(tok)
        and tok.doc[tok.i + 1].lower_ in lang.syntax.COMPLEMENT_PREPOSITIONS
    ):
        after = tok.doc[tok.i + 2]  # "Le syndicat menace de bloquer …": the parse hung it elsewhere
        infinitives = [after] if after.pos_ == "VERB" and _infinitive(after) else []
    # "a menacé de saisir la justice", "estime avoir fait tout ce qui était possible" (not a clitic: "de le faire");
    # an argument the verb governs through "à" acts on it too ("menace de procéder à un nouvel essai", "de
    # recourir à la force"), not a state reached or a thing enjoyed ("basculer dans la guerre", "profiter de")
    return any(
        (g.dep_ == "obj" and (g.pos_ in ("NOUN", "PROPN") or (g.pos_ == "PRON" and g.i > inf.i)))
        or (g.dep_ == "obl:arg" and g.pos_ in ("NOUN", "PROPN") and _dative(g, lang))
        for inf in infinitives
        for g in inf.children
    )


def _dative(noun: Token, lang: LanguageData) -> bool:
    """Whether ``noun`` is introduced by "à" (``procéder à un essai``, ``recourir à la force``)."""
    return any(c.dep_ == "case" and c.lower_ in lang.syntax.DATIVE for c in noun.children)


def nested_source(outer: Cue, inner: Cue, lang: LanguageData) -> bool:
    """A source phrase right after another one (``pour qui, selon ses proches, …``)."""
    if outer.rule not in SOURCE_RULES or inner.rule not in SOURCE_RULES or outer.sent != inner.sent:
        return False
    between = inner.token.doc[outer.token.i + 1 : inner.token.i]
    return len(between) <= 3 and all(t.is_punct or t.lower_ == lang.syntax.RELATIVE_SUBJECT for t in between)


def _after_speechless_clause(verb: Token, subject: Token, lang: LanguageData) -> bool:
    """``Le typhon a fait 200 morts, a annoncé la protection civile.``: the verb of saying
    the parse coordinated to the clause before it, whose subject cannot speak; the noun
    phrase ending the sentence after it is the incise's subject, not its object."""
    clauses = [c for c in verb.children if c.dep_ in _CLAUSE_BEFORE and c.i < verb.i and c.pos_ in ("VERB", "AUX")]
    if verb.dep_ in _CLAUSE_BEFORE and verb.head.i < verb.i:
        clauses.append(verb.head)  # the parse made either clause the other's head
    if not clauses or subject.pos_ != "NOUN":
        return False
    doc, end = verb.doc, sentence_end(verb)
    relatives = lang.syntax.SUBJECT_RELATIVES
    # "…, a annoncé la protection civile, qui redoute …": the relative clause is about the source
    commas = (j for j in range(subject.i + 1, end - 1) if doc[j].text == ",")
    rest = next((j for j in commas if doc[j + 1].lower_ in relatives), end)
    if any(t.pos_ in ("VERB", "AUX") for t in doc[subject.i + 1 : rest]):
        return False
    own = [c for before in clauses for c in before.children if c.dep_ in ("nsubj", "nsubj:pass") and c.i < before.i]
    # a common noun speaks only as a source noun, whatever entity the tagger made of its phrase
    # ("Le typhon Bopha"); a name or a pronoun may always speak
    return bool(own) and not any(source_noun(c, lang) if c.pos_ == "NOUN" else can_be_source(c, lang) for c in own)


#: How many words a role apposition after a source phrase's noun may hold (``Selon X, chef de
#: file de la liste d'opposition, …``), against six for any other noun phrase.
_ROLE_APPOSITION = 12

#: Relations by which the parse ties a postposed incise's verb to the clause it reports.
_CLAUSE_BEFORE = frozenset({"conj", "parataxis", "advcl", "ccomp"})


def _apposed_participle(token: Token) -> bool:
    """A participle set off by a comma before it (``…, baptisé « … »``)."""
    return "Part" in morph(token, "VerbForm") and token.i > 0 and token.doc[token.i - 1].text == ","


def _true_start(sent: Span) -> Token:
    """The first token of a sentence, across cuts the parser made inside it: a "sentence"
    that opens in lower case or on punctuation continues the one before (``… » qui peut …``)."""
    doc = sent.doc
    start = sent.start
    while start > 0:
        first = next((t for t in doc[start : sent.end] if not t.is_space), doc[start])
        cut = (first.is_punct and first.text not in '«“„‹"([—–-') or (first.is_alpha and first.text[:1].islower())
        if not cut:
            break
        start = doc[start - 1].sent.start
    return doc[start]


def animate(cue: Cue, lang: LanguageData) -> bool:
    """Whether a cue's subject can be a source: a person, an organisation, a group, a document.

    Only a plain common noun that is none of these (``la libération``, ``des pages web``)
    is refused; no subject, a pronoun or a name gives the benefit of the doubt, and so does a
    noun that names its source in a complement (``la guérilla des FARC``, ``la moyenne du site
    RealClearPolitics``)."""
    tok = cue.speaker_token
    if tok is None or tok.pos_ != "NOUN" or bool(tok.ent_type_) or source_noun(tok, lang):
        return True
    if tok.lemma_.lower() in lang.roles.DESCRIPTIVE_ORGANIZATION_NOUNS and any(
        c.dep_ == "amod" and c.i > tok.i for c in tok.children
    ):
        return True  # "le mouvement chiite", "la guérilla marxiste": a group its adjective describes
    for child in tok.children:
        if child.dep_ not in ("nmod", "appos", "flat:name") or child.i < tok.i:
            continue
        if child.dep_ == "nmod" and not any(c.dep_ == "case" and c.lemma_ in lang.syntax.DE for c in child.children):
            continue  # "les élections … en Allemagne": a place, not whose they are
        if child.pos_ == "PROPN" or child.ent_type_ or child.lemma_.lower() in lang.roles.ORGANIZATION_NOUNS:
            return True  # a name or an organisation, not people ("la libération des prisonniers")
        if tok.lemma_.lower() in lang.cues.COUNTING_NOUNS and source_noun(child, lang):
            return True  # "une centaine de médecins", "la majorité des élus": the people counted
        if any(g.dep_ in ("nmod", "appos", "flat:name") and (g.pos_ == "PROPN" or g.ent_type_) for g in child.children):
            return True
    return False


def _totality(noun: Token, determiners: frozenset[str]) -> bool:
    """Whether ``noun`` is determined by ``tout``/``aucun`` (``toute hausse``, ``aucune piste``)."""
    return any(d.dep_ == "det" and d.lemma_.lower() in determiners for d in noun.children)


def _infinitive(verb: Token) -> bool:
    """An infinitive, simple or compound (``avoir été agressée``)."""
    if "VerbForm=Inf" in str(verb.morph):
        return True
    return any(c.dep_.startswith("aux") and "VerbForm=Inf" in str(c.morph) for c in verb.children)


def _verb_form(verb: Token) -> tuple[str, ...]:
    """How a verb is conjugated: its first auxiliary's form, or its own mood, tense and person."""
    auxiliaries = [c for c in verb.children if c.dep_.startswith("aux") and c.i < verb.i]
    if auxiliaries:
        return ("aux", auxiliaries[0].lower_, "part" if "VerbForm=Part" in str(verb.morph) else "")
    return ("own", *(",".join(morph(verb, f)) for f in ("Mood", "Tense", "Person", "VerbForm")))


def _main_clause_conjunct(cue: Token, clause: Token) -> Token | None:
    """``a revu ses prévisions en affirmant que la croissance serait faible, mais a réitéré son
    engagement``: after a gerund's que-clause, a conjunct without a subject of its own, set off by a
    comma and conjugated as the verb the gerund hangs on, goes on with that verb's clause, not with
    what was said. The comma before it, where the clause ends; or None."""
    if "VerbForm=Part" not in str(cue.morph) or "Tense=Pres" not in str(cue.morph) or cue.head.i >= cue.i:
        return None
    main = cue.head
    if not finite_or_compound(main) and "VerbForm=Fin" not in str(main.morph):
        return None
    doc = cue.doc
    for conj in clause.children:
        if conj.dep_ != "conj" or conj.i < clause.i or conj.pos_ != "VERB":
            continue
        if any(c.dep_.startswith("nsubj") for c in conj.children):
            continue
        if _verb_form(conj) != _verb_form(main):
            continue
        first = conj.left_edge
        if first.dep_ == "cc" and first.i > 0 and doc[first.i - 1].text == ",":
            return doc[first.i - 1]
    return None


def _reporting_conjunct(clause: Token, lang: LanguageData) -> Token | None:
    """``a reconnu que la situation restait « préoccupante », mais il a assuré que …``: a conjunct the
    parse hung on the que-clause that has a subject of its own, is a verb of saying and has a
    que-clause of its own reports anew, in the journalist's words; it is not part of what was said
    (a coordinated ``et que …`` is). Where the clause ends (the comma or conjunction before it); or
    None."""
    doc = clause.doc
    for conj in clause.children:
        if conj.dep_ != "conj" or conj.i < clause.i or conj.pos_ != "VERB":
            continue
        if conj.lemma_.lower() not in lang.cues.VERBS:
            continue
        if not any(c.dep_.startswith("nsubj") for c in conj.children):
            continue
        if any(c.dep_ == "mark" for c in conj.children):
            continue  # "et que le maire a promis que …": a second clause of what was said
        if not any(
            c.dep_ == "ccomp" and any(g.dep_ == "mark" and g.lower_ in lang.syntax.QUE for g in c.children)
            for c in conj.children
        ):
            continue
        first = conj.left_edge
        if first.i > 0 and doc[first.i - 1].text == ",":
            return doc[first.i - 1]
        return first
    return None


def _misread_compound_infinitive(word: Token) -> bool:
    """A compound infinitive the tagger read as an adjective (``accuse le pouvoir d'avoir truqué le
    scrutin``: "truqué" an adjective with the auxiliary "avoir" hung on it), or whose auxiliary the
    parse made the head, the participle hung on it (``d'avoir truqué les élections``: "truqué" the
    object of "avoir")."""
    if word.pos_ == "ADJ":
        return any(
            c.i == word.i - 1 and c.dep_ == "aux:tense" and "VerbForm=Inf" in str(c.morph) for c in word.children
        )
    return (
        word.pos_ == "AUX"
        and "VerbForm=Inf" in str(word.morph)
        and word.dep_ in ("acl", "xcomp")
        and any(
            c.i == word.i + 1 and (c.pos_ == "ADJ" or "VerbForm=Part" in str(c.morph)) and c.dep_ != "aux"
            for c in word.children
        )
    )


def _pronominal_infinitive(word: Token) -> bool:
    """The compound infinitive of a pronominal verb that the tagger reads as an adjective after
    a copula (``s'être dopé``, ``s'être trompés``): a reflexive clitic and an infinitive ``être``
    before it (not a copula alone, ``être responsable``)."""
    children = list(word.children)
    return (
        word.pos_ == "ADJ"
        and any(c.dep_ in ("cop", "aux", "aux:tense") and "VerbForm=Inf" in str(c.morph) for c in children)
        and any(c.pos_ == "PRON" and "Reflex=Yes" in str(c.morph) and c.i < word.i for c in children)
    )


_ADVMOD = get_string_id("advmod")
_MARK = get_string_id("mark")


def negated_head(verb: Token, lang: LanguageData) -> bool:
    """Whether a verb is negated by ``pas``, ``jamais`` or ``guère`` (``n'a pas refusé de …``)."""
    doc = verb.doc  # its dependents read from the Doc's arrays: no Token per child
    deps, lowers, unsaid = column(doc, DEP), column(doc, LOWER), string_ids(lang.syntax.UNSAID_ADVERBS)
    return any(deps[j] == _ADVMOD and lowers[j] in unsaid for j in children(doc, verb.i))


def negated(cue: Cue, lang: LanguageData) -> bool:
    """Whether the cue is negated, so that nobody said what it reports (not a litotes,
    ``n'a pas exclu de …``, which asserts it)."""
    if cue.rule == "cue.verb.litotes":
        return False
    tok = cue.token
    doc = tok.doc
    syntax = lang.syntax
    if negated_head(tok, lang):
        return True
    if tok.i > 0 and doc[tok.i - 1].lower_ == syntax.WITHOUT:
        return True
    head = tok.head
    return bool(
        tok.dep_ == "xcomp"
        and head.lemma_ in syntax.WILL_VERBS
        and any(c.lower_ in syntax.UNSAID_GOVERNOR_ADVERBS for c in head.children)
    )
