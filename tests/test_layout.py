"""Text as it arrives: hard-wrapped lines, paragraphs one line each, CRLF, invisible starts.

A line break inside a sentence changes nothing (ANNOTATION.md §1): the items, speakers
and acts are those of the unwrapped text, with offsets into the text as given.

In the phenomenon table a ``|`` marks where a line was wrapped: the text as given has a
line break there, the unwrapped reference a space, so both have the same offsets. A
``\\n`` is a paragraph or headline break in both.
"""

from __future__ import annotations

import random
import re
import textwrap
import time
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

import attrs
import pytest
import spacy

import quoteminer
from quoteminer import Extraction, extract_many
from quoteminer.lang import get_language
from quoteminer.layout import Layout, lay_out

FR = get_language("fr")
FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
ALL_FIXTURES = sorted(FIXTURES.glob("*/*.txt"))


@attrs.frozen
class Row:
    id: str
    text: str  # "|" where a line was wrapped, "\n" where a paragraph or headline ends


def given(row: Row, newline: str = "\n") -> str:
    """The text as it arrives: wrapped at each ``|``."""
    return row.text.replace("\n", newline).replace("|", newline)


def unwrapped(row: Row, newline: str = "\n") -> str:
    """The reference: each ``|`` a space (as many as the line break has characters)."""
    return row.text.replace("\n", newline).replace("|", " " * len(newline))


def items(result: Extraction) -> list[tuple[str, int, int, str | None, str | None]]:
    return [
        (q.kind.value, q.start, q.end, q.speaker.name if q.speaker else None, q.act.value if q.act else None)
        for q in result.quotes
    ]


def wrap(*lines: str) -> str:
    """Lines of a wrapped paragraph, joined by ``|``."""
    return "|".join(lines)


A_60 = wrap(
    "« Nous ne laisserons pas fermer cette usine sans nous battre",
    "», a prévenu lundi Sophie Marchand, déléguée syndicale du",
    "site, devant les salariés réunis sur le parking. « Pour ma",
    "part, a-t-elle ajouté, je resterai ici tant qu'il le faudra.",
    "» La direction a de son côté affirmé que le plan de reprise",
    "restait « la seule option crédible » pour sauver une partie",
    "des emplois.",
)
A_65 = wrap(
    "« Nous ne laisserons pas fermer cette usine sans nous battre », a",
    "prévenu lundi Sophie Marchand, déléguée syndicale du site, devant",
    "les salariés réunis sur le parking. « Pour ma part, a-t-elle",
    "ajouté, je resterai ici tant qu'il le faudra. » La direction a de",
    "son côté affirmé que le plan de reprise restait « la seule option",
    "crédible » pour sauver une partie des emplois.",
)
A_70 = wrap(  # wrapped a little narrower than the others: its lines end well before 72
    "« Nous ne laisserons pas fermer cette usine sans nous battre », a",
    "prévenu lundi Sophie Marchand, déléguée syndicale du site, devant les",
    "salariés réunis sur le parking. « Pour ma part, a-t-elle ajouté, je",
    "resterai ici tant qu'il le faudra. » La direction a de son côté",
    "affirmé que le plan de reprise restait « la seule option crédible »",
    "pour sauver une partie des emplois.",
)
A_72 = wrap(
    "« Nous ne laisserons pas fermer cette usine sans nous battre », a",
    "prévenu lundi Sophie Marchand, déléguée syndicale du site, devant les",
    "salariés réunis sur le parking. « Pour ma part, a-t-elle ajouté, je",
    "resterai ici tant qu'il le faudra. » La direction a de son côté affirmé",
    "que le plan de reprise restait « la seule option crédible » pour sauver",
    "une partie des emplois.",
)
B_55 = wrap(
    "Le maire de Villeneuve, Thierry Roux, a annoncé",
    "mercredi la fermeture de la piscine municipale pour des",
    "raisons de sécurité. « Les analyses ont montré des",
    "fissures dans le bassin principal, et nous ne pouvons",
    "pas prendre le moindre risque avec les enfants »,",
    "a-t-il déclaré lors du conseil municipal. Les travaux",
    "devraient durer au moins six mois, selon les services",
    "techniques de la ville.",
)
B_72 = wrap(
    "Le maire de Villeneuve, Thierry Roux, a annoncé mercredi la fermeture de",
    "la piscine municipale pour des raisons de sécurité. « Les analyses ont",
    "montré des fissures dans le bassin principal, et nous ne pouvons pas",
    "prendre le moindre risque avec les enfants », a-t-il déclaré lors du",
    "conseil municipal. Les travaux devraient durer au moins six mois, selon",
    "les services techniques de la ville.",
)
C_63 = wrap(
    "Interrogée sur les chiffres du chômage, la ministre du Travail,",
    "Hélène Garnier, a estimé que la hausse restait « contenue » et",
    "qu'elle serait « effacée d'ici à la fin de l'année ». L'opposition",
    "a aussitôt dénoncé « un aveu d'impuissance ». « Le gouvernement",
    "se contente de commenter la dégradation au lieu d'agir », a réagi",
    "le député Marc Lebrun.",
)
C_72 = wrap(
    "Interrogée sur les chiffres du chômage, la ministre du Travail, Hélène",
    "Garnier, a estimé que la hausse restait « contenue » et qu'elle serait «",
    "effacée d'ici à la fin de l'année ». L'opposition a aussitôt dénoncé «",
    "un aveu d'impuissance ». « Le gouvernement se contente de commenter la",
    "dégradation au lieu d'agir », a réagi le député Marc Lebrun.",
)

RAGGED = (
    wrap(  # as a PDF in a proportional font comes out: no two full lines of one length
        "Le maire de Villeneuve, Thierry Roux, a annoncé mercredi la",
        "fermeture de la piscine municipale pour des raisons de sécurité.",
        "« Les analyses ont montré des fissures dans le bassin principal,",
        "et nous ne pouvons pas prendre le moindre risque avec les",
        "enfants », a-t-il déclaré lors du conseil municipal. Les",
        "travaux devraient durer au moins six mois, selon les services",
        "techniques de la ville.",
    )
    + "\n\n"
    + wrap(
        "Interrogée sur les chiffres du chômage, la ministre du Travail,",
        "Hélène Garnier, a estimé que la hausse restait « contenue » et",
        "qu'elle serait « effacée d'ici à la fin de l'année ».",
        "L'opposition a aussitôt dénoncé « un aveu d'impuissance",
        "». « Le gouvernement se contente de commenter la dégradation au",
        "lieu d'agir », a réagi le député Marc Lebrun.",
    )
)


def one_line(paragraph: str) -> str:
    return paragraph.replace("|", " ")


HEADLINE = "Villeneuve : la piscine municipale fermée pour six mois"

PHENOMENA = [
    Row("wrap-inside-quote-before-closing-mark", A_60),
    Row("wrap-before-postposed-cue-and-inside-incise", A_65),
    Row("wrap-inside-quote-and-before-inverted-cue", B_55),
    Row("wrap-inside-a-name-and-after-a-sentence", C_63),
    Row("line-ends-with-an-opening-mark", C_72),
    Row("headline-then-wrapped-lead", HEADLINE + "\n" + B_72),
    Row("headline-blank-line-then-wrapped-lead", HEADLINE + "\n\n" + B_72 + "\n\n" + C_72),
    Row("short-last-lines-single-newlines", A_72 + "\n" + B_72 + "\n" + C_72),
    Row("ragged-margin", RAGGED),
    Row("a-paragraph-wrapped-narrower", A_70 + "\n" + B_72 + "\n" + C_72),
    Row("one-line-paragraphs-single-newlines", "\n".join([HEADLINE, one_line(B_72), one_line(A_72), one_line(C_63)])),
    Row(
        "even-one-line-items",
        "Marseille - Lyon : 2-1, but de Payet à la 80e minute\n"
        "Paris - Lens : 0-0 au terme d'un match sans grand relief\n"
        "Nantes - Rennes : 1-3, triplé de l'attaquant breton\n"
        "Lille - Monaco : 2-2, les Monégasques égalisent au bout\n"
        "« Nous avons manqué de lucidité », a regretté l'entraîneur lillois Paulo Fonseca.",
    ),
    Row(
        "a-column-of-headlines",
        "Grève à la SNCF : le trafic perturbé jusqu'à mercredi\n"
        "Budget : le gouvernement prêt à utiliser le 49.3\n"
        "Inondations dans le Gard : trois communes en alerte\n"
        "Football : Marseille s'impose face à Lyon au Vélodrome\n"
        "« La situation reste tendue », a reconnu jeudi le préfet du Gard, Jérôme Bonet.",
    ),
    Row(
        "one-line-news-in-brief",
        "Le conseil municipal a voté le budget primitif mardi soir.\n"
        "La piscine rouvrira ses portes le 3 septembre après travaux.\n"
        "Le marché de Noël se tiendra place de la mairie cette année.\n"
        "« Nous attendons plus de visiteurs que l'an passé », a indiqué le maire, Paul Girard.",
    ),
    Row("one-line-paragraphs-blank-lines", "\n\n".join([HEADLINE, one_line(B_72), one_line(A_72), one_line(C_63)])),
    Row("comma-then-lowercase", "« Nous ne reculerons pas,|ni cette semaine ni la suivante », a lancé Paul Girard."),
    Row("lowercase-continuation", "Le ministre de l'Intérieur a assuré mardi|que les renforts resteraient sur place."),
    Row("open-quote-continuation", "Le préfet a évoqué « une situation|tendue mais maîtrisée » dans la soirée."),
    Row(
        "list-after-a-colon",
        "Les syndicats réclament trois mesures :\n- une hausse des salaires de 5 % ;\n"
        "- le maintien de tous les effectifs ;\n- l'ouverture immédiate de négociations.\n"
        "« Sans réponse d'ici vendredi, nous durcirons le mouvement », a averti Karim Benali.",
    ),
    Row(
        "numbered-list-between-paragraphs",
        "Le rapport, publié jeudi, formule deux recommandations.\n1. Réduire les délais d'attente.\n"
        "2. Recruter 300 infirmiers.\n« Ce sont des mesures de bon sens », a estimé la ministre Hélène Garnier.",
    ),
    Row(
        "dash-of-an-incise-starts-a-wrapped-line",
        wrap(
            "Le texte adopté mardi par les députés prévoit, pour la première fois,",
            "— et c'est une victoire pour les associations de locataires — un",
            "plafonnement des loyers dans les grandes villes. « C'est une avancée",
            "historique », a salué Nadia Ferhat, présidente de l'association.",
        ),
    ),
    Row(
        "multi-paragraph-quote-one-line-each",
        "Claire Martin a déclaré : « Nous partons demain matin.\n« Et nous reviendrons. »",
    ),
]


@pytest.mark.parametrize("row", PHENOMENA, ids=lambda r: r.id)
def test_the_layout_finds_the_wraps(row: Row) -> None:
    text = given(row)
    laid = lay_out(text, FR)
    assert [b.start for b in laid.soft] == [m.start() for m in re.finditer(r"\|", row.text)]
    assert len(laid.text) == len(text)


@pytest.mark.parametrize("row", PHENOMENA, ids=lambda r: r.id)
def test_a_wrapped_line_changes_nothing(row: Row) -> None:
    text = given(row)
    result = quoteminer.extract(text)
    assert items(result) == items(quoteminer.extract(unwrapped(row)))
    assert result.quotes
    for quote in result.quotes:
        assert text[quote.start : quote.end] == quote.text
        for mention in quote.speaker.mentions if quote.speaker else ():
            assert text[mention.start : mention.end] == mention.text
    for claim in result.claims:
        assert text[claim.start : claim.end] == claim.text
        assert all(text[q.start : q.end] == q.text for q in claim.quantities)


@pytest.mark.parametrize("row", PHENOMENA, ids=lambda r: r.id)
def test_crlf_line_ends_change_nothing(row: Row) -> None:
    text = given(row, "\r\n")
    result = quoteminer.extract(text)
    assert items(result) == items(quoteminer.extract(unwrapped(row, "\r\n")))
    assert all(text[q.start : q.end] == q.text for q in result.quotes)


ROWS = {row.id: row for row in PHENOMENA}
DOORS = [
    given(ROWS["wrap-before-postposed-cue-and-inside-incise"]),
    given(ROWS["headline-blank-line-then-wrapped-lead"], "\r\n"),
    "\ufeff" + given(ROWS["comma-then-lowercase"]),
]


def test_every_door_reads_the_layout_alike() -> None:
    """extract, extract_many, a Doc and the spaCy component: one decision, the same results."""
    expected = [quoteminer.extract(text) for text in DOORS]
    assert list(extract_many(DOORS, batch_size=2)) == expected
    host = spacy.load("fr_core_news_md")
    host.add_pipe("quoteminer_paragraphs", before="parser")
    host.add_pipe("quoteminer")
    for text, result in zip(DOORS, expected, strict=True):
        doc = host(text)
        assert doc._.quoteminer == result
        assert quoteminer.extract(doc) == result


def test_the_evidence_names_the_wrap() -> None:
    text = given(Row("", "« Nous ne reculerons pas,|ni cette semaine », a lancé Paul Girard."))
    (quote,) = quoteminer.extract(text).quotes
    assert quote.text == "Nous ne reculerons pas,\nni cette semaine"
    assert "layout.wrap.lowercase" in quote.evidence


# -- a byte-order mark, invisible characters at the start of the text or of a line ----------

START = "« Nous ne céderons pas », a ajouté Jean Lefèvre, le porte-parole des grévistes."
INVISIBLE_STARTS = [
    pytest.param("\ufeff", id="byte-order-mark"),
    pytest.param("\u200b", id="zero-width-space"),
    pytest.param("\u200e\u2066", id="bidi-marks"),
    pytest.param("\u2060\ufeff", id="word-joiner-and-bom"),
]


def shifted(result: Extraction, by: int) -> list[tuple[str, int, int, str | None, str | None]]:
    return [(k, s + by, e + by, who, act) for k, s, e, who, act in items(result)]


@pytest.mark.parametrize("junk", INVISIBLE_STARTS)
def test_invisible_characters_at_the_start_of_the_text_change_nothing(junk: str) -> None:
    clean = quoteminer.extract(START)
    assert [q.kind.value for q in clean.quotes] == ["direct"]
    result = quoteminer.extract(junk + START)
    assert items(result) == shifted(clean, len(junk))
    assert [q.text for q in result.quotes] == [q.text for q in clean.quotes]


@pytest.mark.parametrize("junk", INVISIBLE_STARTS)
def test_invisible_characters_at_the_start_of_a_line_change_nothing(junk: str) -> None:
    head = HEADLINE + "\n"
    clean = quoteminer.extract(head + START)
    result = quoteminer.extract(head + junk + START)
    assert items(result) == [
        (k, s + len(junk) * (s >= len(head)), e + len(junk), who, act) for k, s, e, who, act in items(clean)
    ]


def test_the_layout_text_has_spaces_for_invisible_starts() -> None:
    laid = lay_out("\ufeffTitre\n\u200b« Oui », a dit Paul.", FR)
    assert laid.text == " Titre\n « Oui », a dit Paul."
    assert laid.soft == ()


def test_a_text_with_nothing_to_unwrap_comes_back_as_it_is() -> None:
    text = "Titre\n\n« Oui », a dit Paul Durand.\nIl pleut."
    assert lay_out(text, FR) == Layout(text, text)
    assert lay_out(text, FR).text is text


# -- the fixtures, re-wrapped ------------------------------------------------------------------


def speech(result: Extraction) -> Counter[tuple[str, str, str | None, str | None]]:
    """Speech items as (kind, text up to white space, speaker name, act)."""
    return Counter(
        (q.kind.value, " ".join(q.text.split()), q.speaker.name if q.speaker else None, q.act.value if q.act else None)
        for q in result.quotes
        if q.kind.is_speech
    )


def unchanged(references: Iterable[Extraction], wrapped: Iterable[Extraction]) -> tuple[int, int]:
    """Speech items found alike, and the larger of the two counts, summed over documents."""
    same = total = 0
    for reference, result in zip(references, wrapped, strict=True):
        a, b = speech(reference), speech(result)
        same += sum((a & b).values())
        total += max(sum(a.values()), sum(b.values()))
    return same, total


def wrapped_fixtures(texts: list[str], width: int) -> list[str]:
    """Each line of each text wrapped at ``width`` by ``textwrap``, its line breaks kept as they are."""
    return [
        "".join(
            part
            if not part or part.startswith("\n")
            else textwrap.fill(part, width, break_long_words=False, break_on_hyphens=False)
            for part in re.split(r"(\n+)", text)
        )
        for text in texts
    ]


SAMPLE = ["seeds/000_c5fb2d05e4110d7c", "seeds/003_4375ea2097648a51", "dev/45643"]


def test_a_sample_of_wrapped_fixtures_gives_the_same_speech(
    articles: dict[str, str], extracted: dict[str, Extraction]
) -> None:
    texts = [articles[name] for name in SAMPLE]
    same, total = unchanged([extracted[name] for name in SAMPLE], extract_many(wrapped_fixtures(texts, 72)))
    assert total > 20 and same >= 0.98 * total


@pytest.mark.slow
@pytest.mark.parametrize("width", [60, 72, 80])
def test_every_wrapped_fixture_gives_the_same_speech(
    width: int, articles: dict[str, str], extracted: dict[str, Extraction]
) -> None:
    names = sorted(articles)
    wrapped = wrapped_fixtures([articles[name] for name in names], width)
    same, total = unchanged([extracted[name] for name in names], extract_many(wrapped))
    assert same >= 0.98 * total, f"{same}/{total} speech items unchanged at width {width}"


def ragged(text: str, narrowest: int, widest: int, seed: int) -> str:
    """Each line of ``text`` wrapped at a width drawn anew for every line (a ragged margin)."""
    draw = random.Random(seed)
    out = []
    for part in re.split(r"(\n+)", text):
        if not part or part.startswith("\n"):
            out.append(part)
            continue
        lines = [""]
        width = draw.randint(narrowest, widest)
        for word in part.split(" "):
            if lines[-1] and len(lines[-1]) + 1 + len(word) > width:
                lines.append(word)
                width = draw.randint(narrowest, widest)
            else:
                lines[-1] = f"{lines[-1]} {word}" if lines[-1] else word
        out.append("\n".join(lines))
    return "".join(out)


@pytest.mark.slow
def test_fixtures_with_a_ragged_margin_give_the_same_speech(
    articles: dict[str, str], extracted: dict[str, Extraction]
) -> None:
    names = sorted(articles)
    wrapped = [ragged(articles[name], 60, 75, seed) for seed, name in enumerate(names)]
    same, total = unchanged([extracted[name] for name in names], extract_many(wrapped))
    # a ragged margin leaves less evidence than a fixed width (the 98% is for widths 60/72/80)
    assert same >= 0.97 * total, f"{same}/{total} speech items unchanged with lines of 60 to 75 characters"


# -- texts whose paragraphs are one line each ---------------------------------------------------


def single_newlines(text: str) -> str:
    return re.sub(r"\n\s*\n", "\n", text)


@pytest.mark.parametrize("path", ALL_FIXTURES, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_one_line_paragraphs_are_left_as_they_are(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    for variant in (text, single_newlines(text), text.replace("\n", "\r\n")):
        laid = lay_out(variant, FR)
        assert laid.soft == () and laid.text == variant


@pytest.mark.slow
def test_one_line_paragraphs_give_what_they_gave_without_the_layout(
    articles: dict[str, str], extracted: dict[str, Extraction], monkeypatch: pytest.MonkeyPatch
) -> None:
    names = sorted(articles)
    single = [single_newlines(articles[name]) for name in names]
    with_layout = list(extract_many(single))
    monkeypatch.setattr("quoteminer.layout.lay_out", lambda text, _lang: Layout(text, text))
    assert [quoteminer.extract(articles[name]) for name in names] == [extracted[name] for name in names]
    assert list(extract_many(single)) == with_layout


# -- cost ----------------------------------------------------------------------------------------

#: Lines that make the layout work hardest, each repeated; 20× the input must cost about 20× the
#: time (a quadratic pass would cost about 400×; the bound leaves room for a loaded machine).
LINES = {
    "short-lines": "a\n",
    "blank-crlf": "\r\n",
    "open-quotes": "« mot\n",
    "list-items": "- item ;\n",
    "invisible-starts": "\ufeff\u200bmot\n",
    "wrapped": "mot " * 17 + "mot\n",
    "straight-quotes": '"a\n',
}


def _layout_time(text: str) -> float:
    best = float("inf")
    for _ in range(3):
        start = time.process_time()
        lay_out(text, FR)
        best = min(best, time.process_time() - start)
    return best


@pytest.mark.parametrize("unit", list(LINES.values()), ids=list(LINES))
def test_the_layout_takes_linear_time(unit: str) -> None:
    small, large = _layout_time(unit * 1000), _layout_time(unit * 20_000)
    assert large / max(small, 1e-6) < 80


def test_verbatim_words_keep_their_line_breaks() -> None:
    text = (
        "Le porte-parole du ministère de l'Intérieur a indiqué mardi que les policiers n'avaient « reçu\n"
        "aucune consigne particulière » avant la manifestation qui a réuni plusieurs milliers de\n"
        "personnes dans le centre de la ville, selon les chiffres communiqués par la préfecture."
    )
    (item,) = [q for q in quoteminer.extract(text).quotes if q.verbatim]
    for span in item.verbatim:
        assert text[span.start : span.end] == span.text
    assert "\n" in item.verbatim[0].text


# --- interview layouts: the answers' speaker ------------------------------------------------

#: Initials label the answers: the person of the introduction with those initials speaks, not the
#: other person it names first.
INTERVIEW = (
    "L'économiste Omar Lahlou et sa collègue Nadia Cherkaoui publient un rapport. Entretien avec"
    " la seconde.\nLe360 : La croissance va-t-elle ralentir ?\nN. C. : Oui, je le crains.\n"
    "Le360 : Pourquoi ?\nN. C. : Nous importons trop d'énergie."
)


def test_interview_answers_are_spoken_by_the_interviewee() -> None:
    got = [(q.kind.value, q.text, q.speaker.name if q.speaker else None) for q in quoteminer.extract(INTERVIEW).quotes]
    assert got == [
        ("direct", "Oui, je le crains.", "Nadia Cherkaoui"),
        ("direct", "Nous importons trop d'énergie.", "Nadia Cherkaoui"),
    ]


#: A credit line names the journalist who put the questions: never the interviewee.
CREDITED = (
    "Entretien réalisé par Paul Girard\n\n— Le club va-t-il descendre ?\n— Je refuse d'y penser.\n"
    "— Et votre avenir ?\n— Je reste à Auxerre."
)


def test_the_journalist_a_credit_line_names_speaks_no_answer() -> None:
    got = [(q.kind.value, q.text, q.speaker.name if q.speaker else None) for q in quoteminer.extract(CREDITED).quotes]
    assert got == [("direct", "Je refuse d'y penser.", None), ("direct", "Je reste à Auxerre.", None)]
