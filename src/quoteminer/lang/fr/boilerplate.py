"""Boilerplate of scraped French news pages, as data.

Consent banners, follow-us lines, read-also links, comment forms and archive
notices carry quotation marks that are not speech. Entries come from the seed
pages (RT en français, HuffPost Québec, a news blog) and the consent texts of
the common consent-management platforms in French.
"""

from __future__ import annotations

#: Phrases that mark a paragraph as boilerplate wherever they occur.
PARAGRAPH_PHRASES = frozenset(
    {
        "en cliquant sur",
        "vous consentez",
        "cookies/traceurs",
        "dépôt des cookies",
        "dépôt de cookies",
        "utilise des cookies",
        "utilisons des cookies",
        "politique de confidentialité",
        "paramétrer vos choix",
        "gérer mes choix",
        "gérer les cookies",
        "vos données personnelles",
        "votre adresse e-mail ne sera pas publiée",
        "votre adresse de messagerie ne sera pas publiée",
        "les champs obligatoires sont indiqués",
        "archives en ligne",
        "abonnez-vous à notre newsletter",
        "inscrivez-vous à notre newsletter",
        "tous droits réservés",
    }
)

#: Openings of short lines that are page furniture, not article text.
LINE_PREFIXES = (
    "lire aussi",
    "à lire aussi",
    "voir aussi",
    "suivez",
    "suivez-nous",
    "laisser un commentaire",
    "publicité",
    "partager",
    "close",
    "ok",
)

#: A line starting with one of LINE_PREFIXES is furniture only when this short.
SHORT_LINE = 160

#: Labels of consent buttons and menus: quoted, they are mentions wherever they occur.
BUTTON_LABELS = frozenset(
    {
        "tout accepter",
        "tout refuser",
        "accepter",
        "refuser",
        "paramétrer vos choix",
        "personnaliser",
        "continuer sans accepter",
        "politique de confidentialité",
        "réseaux sociaux",
        "j'accepte",
        "ok",
    }
)
