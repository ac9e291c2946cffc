"""Content signals of each speech act, as data.

Each entry is a regular expression over the lower-cased content of a speech
item, with a stable rule id and a weight: the content votes, the cue verb gives
the prior (``cues.VERBS``). Patterns are anchored on word boundaries and
bounded (no unbounded repetition), so they stay linear on any input.
Collected from ANNOTATION.md §3 and the seed and development articles.
"""

from __future__ import annotations

#: (rule id, act, weight, pattern). Order is irrelevant: all matching rules vote.
CONTENT_RULES: tuple[tuple[str, str, float, str], ...] = (
    # demand: calls, requirements, imperatives of the first person plural
    (
        "act.demand.appeler",
        "demand",
        2.0,
        r"\b(?:appel(?:ons|le|lent|ait|é|er)|appelle)\s+(?:\w+\s+){0,4}?(?:à|au|aux)\b",
    ),
    ("act.demand.il_faut", "demand", 1.5, r"\bil\s+(?:faut|faudrait|faudra)\b"),
    (
        "act.demand.devoir",
        "demand",
        1.0,
        r"\b(?:doivent|devraient|doit|devrait|devons|devez)\s+(?:\w+\s+)?(?:cesser|arrêter|prendre|revenir|respecter|mettre|agir|retirer|libérer)\b",
    ),
    (
        "act.demand.exiger",
        "demand",
        2.0,
        r"\b(?:nous|je|j')\s+(?:\w+\s+){0,2}?(?:exige|réclam|demand|exhort|press|implor|suppli)\w*|\b(?:exigeons|réclamons|demandons|exhortons|pressons)\b|\bà presser\b",
    ),
    (
        "act.demand.imperative",
        "demand",
        1.5,
        r"^(?:arrêtez|cessez|venez|votez|laissez|libérez|respectez|agissez|faites|prenez|écoutez|imaginez)\b",
    ),
    ("act.demand.cesser", "demand", 1.0, r"\b(?:cesser|arrêt immédiat|cessez-le-feu immédiat|s'abstenir)\b"),
    ("act.demand.il_est_temps", "demand", 1.5, r"\bil est temps\b"),
    # denial
    ("act.denial.ni_ne", "denial", 2.5, r"\bn['’]\w+,?\s+ni\s+ne\b|\bni\s+ne\s+\w+"),
    ("act.denial.navons_pas", "denial", 2.0, r"\bn['’](?:avons|avait|avaient|a|ai)\s+(?:pas|jamais|aucun(?:e)?)\b"),
    ("act.denial.pas_eu", "denial", 2.0, r"\bpas eu de\b"),
    (
        "act.denial.faux",
        "denial",
        2.0,
        r"\b(?:c'est faux|sans fondement|infondée?s?|mensonge|calomnie|démen(?:s|t|tons))\b",
    ),
    ("act.denial.jamais", "denial", 1.0, r"\bjamais\b"),
    ("act.denial.aucun", "denial", 0.8, r"\baucun(?:e)?\b"),
    ("act.denial.ne_pas", "denial", 0.5, r"\bne\s+\w+\s+pas\b|\bn['’]\w+\s+pas\b"),
    # assurance
    ("act.assurance.continuer", "assurance", 1.5, r"\bcontinuer(?:a|ons|ont|ait)\s+(?:à|de)\b|\bcontinuera\b"),
    ("act.assurance.rester", "assurance", 1.0, r"\bresterons?\b|\brestera\b|\bdemeurera\b"),
    ("act.assurance.allons", "assurance", 1.0, r"\bnous allons\b|\bje vais\b|\bnous ferons\b|\bje ferai\b"),
    ("act.assurance.precaution", "assurance", 2.0, r"\bmesure de précaution\b|\bsimple précaution\b"),
    (
        "act.assurance.normal",
        "assurance",
        2.0,
        r"\bnormalement\b|\bfonctionne(?:nt)? normalement\b|\bsous contrôle\b|\baucun danger\b|\baucun risque\b",
    ),
    (
        "act.assurance.promettre",
        "assurance",
        2.0,
        r"\b(?:je promets|nous promettons|je m'engage|nous nous engageons|je garantis|nous garantissons)\b",
    ),
    ("act.assurance.poursuivra", "assurance", 1.0, r"\bse poursuivra\b|\bpoursuivrons\b"),
    ("act.assurance.examinera", "assurance", 1.0, r"\bexaminera(?:it)?\b|\bsuivre l'évolution\b"),
    (
        "act.assurance.commitment",
        "assurance",
        2.0,
        r"\b(?:tout|tous) en œuvre\b|\bdéterminée?s? à\b|\ben sécurité\b|\breste à venir\b|\btourne(?:nt)? une page\b",
    ),
    # warning
    (
        "act.warning.danger",
        "warning",
        2.0,
        r"\ben danger\b|\bmet(?:tent)? en danger\b|\bmenace\b|\brisque(?:nt)? de\b|\bdangere(?:ux|use)\b",
    ),
    (
        "act.warning.catastrophe",
        "warning",
        1.5,
        r"\b(?:catastroph\w+|désastre\w*|chaos|s'effondrer|effondrement|alerte|grave(?:s)?)\b",
    ),
    ("act.warning.sape", "warning", 1.0, r"\bsape(?:nt)?\b|\bcompromet(?:tent)?\b"),
    ("act.warning.sinon", "warning", 1.0, r"\bsinon\b|\bfaute de quoi\b|\bdes conséquences\b"),
    # accusation
    ("act.accusation.coup", "accusation", 2.0, r"\btentative de coup d['’]état\b|\bcoup d['’]état\b"),
    (
        "act.accusation.blame",
        "accusation",
        1.5,
        r"\b(?:responsables? de|coupables? de|crimes?|scandal\w+|honte\w*|honteu\w+|trahi\w*|mensong\w+|complicité|manipul\w+|irresponsab\w+|inadmissible|inacceptable)\b",
    ),
    ("act.accusation.faute", "accusation", 1.0, r"\b(?:la faute|fautes?|échec|incompétence|laxisme|dérive)\b"),
    (
        "act.accusation.intolerable",
        "accusation",
        2.0,
        r"\b(?:inadmissibles?|inacceptables?|insupportables?|intolérables?|scandaleu(?:x|se|ses)|odieu(?:x|se|ses)|indignes?)\b",
    ),
    (
        "act.accusation.blame_words",
        "accusation",
        1.5,
        r"\b(?:acharnement|racket|incurie|mépris|trahison|complices?|manœuvres?|mensonges?|propagande|machine à \w+)\b",
    ),
    (
        "act.accusation.in_cause",
        "accusation",
        1.5,
        r"\bc'est vous\b|\ben cause\b|\b(?:aurai(?:en)?t|auriez) dû\b|\bvictimes? d[e']",
    ),
    ("act.accusation.legacy", "accusation", 1.0, r"\bardoise\b|\baffaiblie?s?\b|\bhéritage\b|\bont laissé\b"),
)

#: Below this total weight the content does not overrule the cue verb's prior.
OVERRULE = 1.5

#: Weight of the cue verb's prior in the vote.
PRIOR_WEIGHT = 1.8

#: Acts a strong verb keeps even against the content (ANNOTATION.md: "assurant que …").
STRONG_PRIORS = frozenset({"assurance", "denial", "accusation", "warning", "demand"})
