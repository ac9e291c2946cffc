"""How a line of French news text ends and how the next one starts, as data.

The layout stage reads these to tell a line wrapped inside a sentence from the end of
a paragraph or a headline. Sources: French typography (Imprimerie nationale, *Lexique
des règles typographiques*: final punctuation, closing marks after it, dashes of an
incise, list items), and what wire copy, e-mail and PDF text look like.
"""

from __future__ import annotations

#: Punctuation that ends a sentence.
SENTENCE_FINAL = frozenset(".!?…")

#: Closing marks and brackets that may follow a sentence's final punctuation: « … ».
CLOSERS = frozenset('»”"’)]›')

#: Line ends that leave a sentence unfinished: a paragraph or a headline never ends so.
UNFINISHED = frozenset(",;(«“„‹—–-/")

#: Marks that open a quotation and marks that close one (straight double quotes do
#: both, by turns).
OPENING = frozenset("«‹“„")
CLOSING = frozenset("»›”")
TOGGLING = frozenset('"')

#: The start of a list item: a bullet or a dash, or a number or letter with ``.`` or
#: ``)``, then a space (a regular expression).
LIST_ITEM = r"(?:[-–—•*·▪►‣◦]|\d{1,2}[.)]|[a-z][)])[ \t\u00a0]"

#: Words whose period ends no sentence (``M.\nSamaras``), besides a capital initial
#: (``Thomas D.\nWaldhauser``): compared as written, period left off.
ABBREVIATIONS = frozenset(
    """
    Dr Me Mgr Mlle Mlles MM Mme Mmes Mr Pr St Ste
    art av cf env hab p
    """.split()
)

# --- Interview layouts (``layout.interview_turns``) ----------------------------------------
#: Words that say a text is an interview: an introduction (``Entretien avec la ministre``,
#: ``X répond à nos questions``), a credit line (``Propos recueillis par Y``), a rubric
#: (``Interview.``). A regular expression, read without regard to case.
INTERVIEW_MARKERS = (
    r"(?:^|[.!?»]\s+)(?:entretien|interview|entrevue)\b(?!\s+(?:accordée?|donnée?|publiée?)\b)"
    r"|\b(?:entretien|interview|entrevue)\s+(?:avec|exclusi(?:f|ve))\b"
    r"|\b(?:entretien|interview|entrevue)\s*[.:]?[ \t]*$"
    r"|\bpropos\s+recueillis|\brecueillie?s?\s+par\b|\brépond(?:ent)?\s+à\s+nos\s+questions"
    r"|\ba\s+répondu\s+à\s+nos\s+questions|\bquestions\s+à\b"
)
#: (``dans un entretien au Progrès``, ``interview accordée à France Inter``: a channel an article
#: quotes from, not a rubric: the text itself is then no interview.)

#: A credit line that names the journalist who put the questions, never an answer:
#: ``Propos recueillis par Léa Martin`` (a regular expression matched at a line's start).
INTERVIEW_CREDIT = r"(?:propos\s+)?recueillie?s?\s+par\b|entretien\s+réalisé\s+par\b|interview\s+réalisée\s+par\b"

#: Labels that put a turn's role in place of a name: the interviewer's question (``Q :``)
#: and the interviewee's answer (``R :``), compared without regard to case.
QUESTION_LABELS = frozenset({"q", "question"})
ANSWER_LABELS = frozenset({"r", "réponse", "rép"})

#: Dashes that open a turn of dialogue in place of a label (``— Vous attendiez-vous … ?``).
TURN_DASHES = frozenset("—–")

#: Words of the first person: an interview's answers speak in it, a FAQ's answers do not.
FIRST_PERSON = frozenset({"je", "j'", "j’", "me", "m'", "m’", "moi", "mon", "ma", "mes", "nous", "notre", "nos"})
