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

# --- Interview layouts (``layout.interview_answers``) ---------------------------------------
#: A rubric that says the text is an interview, on a line of its own at the head of the text
#: (before its first question): ``Entretien.`` or ``Interview exclusive`` as a line or the last
#: sentence of the standfirst, a heading line ``Entretien avec la ministre X`` / ``Interview
#: exclusive de X`` (the line holds only that phrase and a capitalised name, with a role: nothing
#: after a colon, so not the headline ``Entretien avec le préfet : les agriculteurs …`` nor the
#: title ``Entretien avec un vampire``), a standfirst ``X répond à nos questions``. A regular expression searched in
#: a line, read without regard to case. Not ``un entretien avec le préfet`` in narration, not
#: ``lors de notre entretien.`` in a caption, not a headline ``Entretien des haies``.
INTERVIEW_RUBRIC = (
    r"(?:^|[.!?…]\s+)(?:entretien|interview|entrevue)(?:\s+exclusif|\s+exclusive)?\s*[.:]?$"
    r"|^(?:entretien|interview|entrevue)(?:\s+exclusi(?:f|ve))?\s+(?:avec\s+|de\s+|d['’])[^:?!\n]*?(?-i:\p{Lu})[^:?!\n]*$"
    r"|\b(?:répond(?:ent)?|a\s+répondu|ont\s+répondu)\s+à\s+nos\s+questions\b"
)
#: A credit line, a line of its own at the head or the end, that names the journalist who put the
#: questions, never an answer: ``Propos recueillis par Léa Martin`` (a regular expression that
#: the whole line matches). Not ``les questions, recueillies par notre rédaction, …`` in a sentence.
INTERVIEW_CREDIT = r"(?:propos\s+recueillis|entretien\s+réalisé|interview\s+réalisée)\s+par\s+[^.!?\n]{1,60}\.?"

#: Labels that put a turn's role in place of a name: the interviewer's question (``Q :``)
#: and the interviewee's answer (``R :``), compared without regard to case.
QUESTION_LABELS = frozenset({"q", "question"})
ANSWER_LABELS = frozenset({"r", "réponse", "rép"})

#: Dashes that open a turn of dialogue in place of a label (``— Vous attendiez-vous à … ?``), and
#: that follow the period of a name label (``Fabrice LOHER. – Oui, …``).
TURN_DASHES = frozenset("—–")

#: Words of the first person singular that an interviewee's answer speaks in (a FAQ's answers
#: do not); the journalist's ``notre journal``, ``nos lecteurs`` are left out, and so is the
#: title ``Me`` (an abbreviation, as written).
FIRST_PERSON = frozenset({"je", "j'", "j’", "me", "m'", "m’", "moi", "mon", "ma", "mes"})
#: ``nous`` opening a clause, the subject of its verb (``Oui, nous investissons``), read without
#: regard to case (not ``Le journal nous a écrit``).
FIRST_PERSON_SUBJECT = r"(?:^|[,;:.!?—–]\s*)nous\s+(?!autres\b)\w"
#: Articles that open an outlet's name as a turn label (``Le Progrès :``, ``L'Est Républicain :``,
#: ``La Presse :``), compared without regard to case: a label so opened asks for the outlet, not
#: as a character of a play (``LUCIE :``) or a councillor (``Mme Lemoine :``).
OUTLET_ARTICLES = ("le ", "la ", "les ", "l'", "l’")
