"""Bad input: wrong types fail at once, blank text gives nothing, messy text never raises
and never loses a quote, in time linear in its length; long documents parse in pieces.

One table per phenomenon. Messy rows are the clean article ``ARTICLE`` with something
slipped in; each must give the same items (kind, words, speaker) as the clean article.
"""

from __future__ import annotations

import time
from collections.abc import Iterator

import attrs
import pytest
import regex
import spacy

import quoteminer
from quoteminer import Extraction, QuoteKind
from quoteminer.lang import get_language
from quoteminer.parse import PIECE, load, make_view, parse
from quoteminer.pipeline import extract_parsed, prepare

FR = get_language("fr")

# -- wrong types ---------------------------------------------------------------------


@attrs.frozen
class Wrong:
    id: str
    kwargs: dict[str, object]
    says: str  # what the message must tell the caller


WRONG_TEXT = [
    Wrong("none", {"text": None}, "takes a str"),
    Wrong("bytes", {"text": b"texte"}, "decode bytes first"),
    Wrong("bytearray", {"text": bytearray(b"texte")}, "decode bytes first"),
    Wrong("memoryview", {"text": memoryview(b"texte")}, "decode bytes first"),
    Wrong("int", {"text": 3}, "not int"),
    Wrong("float", {"text": 2.5}, "not float"),
    Wrong("bool", {"text": True}, "not bool"),
    Wrong("list", {"text": ["un", "deux"]}, "extract_many"),
    Wrong("tuple", {"text": ("un",)}, "extract_many"),
    Wrong("generator", {"text": (t for t in ["un"])}, "extract_many"),
    Wrong("dict", {"text": {"text": "un"}}, "not dict"),
    Wrong("object", {"text": object()}, "not object"),
]

WRONG_OPTIONS = [
    Wrong("lang-none", {"text": "texte", "lang": None}, "language code must be a str"),
    Wrong("lang-int", {"text": "texte", "lang": 1}, "language code must be a str"),
    Wrong("nlp-name", {"text": "texte", "nlp": "fr_core_news_md"}, "spacy.load"),
    Wrong("nlp-int", {"text": "texte", "nlp": 3}, "nlp must be a spaCy Language"),
]


@pytest.mark.parametrize(
    "row",
    [*WRONG_TEXT, *WRONG_OPTIONS],
    ids=[f"text/{r.id}" for r in WRONG_TEXT] + [f"options/{r.id}" for r in WRONG_OPTIONS],
)
def test_wrong_types_raise_at_once_saying_what_was_expected(row: Wrong) -> None:
    with pytest.raises(TypeError) as info:
        quoteminer.extract(**row.kwargs)  # type: ignore[arg-type]
    assert row.says in str(info.value)


# -- blank text ----------------------------------------------------------------------

BLANK = {
    "empty": "",
    "space": " ",
    "newlines": "\n\n\n",
    "crlf-tab": "\r\n\t\r\n",
    "no-break-spaces": "\u00a0\u202f\u2009",
    "unicode-breaks": "\u2028\u2029\x85",
    "form-feed-vt": "\x0b\x0c",
    "zero-width-only": "\u200b\ufeff\u200d",
    "controls-only": "\x00\x01\x7f",
    "soft-hyphens-only": "\u00ad\u00ad",
}


@pytest.mark.parametrize("text", list(BLANK.values()), ids=list(BLANK))
def test_blank_text_gives_an_empty_result(text: str) -> None:
    assert quoteminer.extract(text) == Extraction()


# -- messy text ----------------------------------------------------------------------

ARTICLE = (
    "Arnaud Montebourg est arrivé mardi à Paris avec la ministre Claire Martin.\n\n"
    "« Nous restons prudents », a-t-il déclaré devant la presse. "
    "Selon Claire Martin, la décision sera prise jeudi.\n\n"
    "« Le premier paragraphe du discours.\n\n« Le second le termine », a ajouté Arnaud Montebourg."
)


@attrs.frozen
class Messy:
    id: str
    text: str
    junk: str = ""  # characters slipped into the article, left out when comparing words


def _id(row: object) -> str:
    """The id of a table row, bare or wrapped in ``pytest.param``."""
    inner = row.values[0] if hasattr(row, "values") else row
    return str(inner.id)


def slip(junk: str, *words: str) -> str:
    """The article with ``junk`` inside each of ``words`` (after its second character)."""
    text = ARTICLE
    for word in words:
        text = text.replace(word, word[:2] + junk + word[2:])
    return text


# Everywhere a stray character can hurt: a name, the cue verb, the quote, a source preposition.
SPOTS = ("Arnaud", "Montebourg", "déclaré", "prudents", "Selon", "Claire")

SURROGATES = [
    Messy("high-in-words", slip("\ud800", *SPOTS), "\ud800"),
    Messy("low-in-words", slip("\udfff", *SPOTS), "\udfff"),
    Messy("next-to-marks", ARTICLE.replace("« ", "«\udc00 ").replace(" »", "\ud83d »"), "\udc00\ud83d"),
]

CONTROLS = [
    Messy("nul-in-words", slip("\x00", *SPOTS), "\x00"),
    Messy("nul-next-to-marks", ARTICLE.replace("« ", "«\x00 "), "\x00"),
    Messy("escape", slip("\x1b", *SPOTS), "\x1b"),
    Messy("delete", slip("\x7f", *SPOTS), "\x7f"),
    Messy("c1", slip("\x80\x9f", *SPOTS), "\x80\x9f"),
    Messy("separators-in-quote", ARTICLE.replace("restons", "res\x1c\x1d\x1etons"), "\x1c\x1d\x1e"),
]

INVISIBLE = [
    Messy("zero-width-space", slip("\u200b", *SPOTS), "\u200b"),
    Messy("zero-width-joiners", slip("\u200c\u200d", *SPOTS), "\u200c\u200d"),
    Messy("direction-marks", slip("\u200e\u200f", *SPOTS), "\u200e\u200f"),
    # a bidi mark at the start of a paragraph: the layout reads it as white space
    Messy("bidi-around-marks", ARTICLE.replace("« ", "\u202e« ").replace(" »", " »\u202c"), "\u202e\u202c"),
    Messy("bidi-isolates", ARTICLE.replace("Claire Martin", "\u2068Claire Martin\u2069"), "\u2068\u2069"),
    Messy("word-joiner", slip("\u2060", *SPOTS), "\u2060"),
    Messy("byte-order-mark", "\ufeff" + ARTICLE, "\ufeff"),
    Messy("variation-selector", slip("\ufe0f", *SPOTS), "\ufe0f"),
    Messy("grapheme-joiner", slip("\u034f", *SPOTS), "\u034f"),
]

SOFT_HYPHENS = [
    Messy("in-first-name", ARTICLE.replace("Arnaud", "Ar\u00adnaud"), "\u00ad"),
    Messy("in-surname", ARTICLE.replace("Montebourg", "Monte\u00adbourg"), "\u00ad"),
    Messy("in-cue-verb", ARTICLE.replace("déclaré", "dé\u00adcla\u00adré"), "\u00ad"),
    Messy("in-quote", ARTICLE.replace("prudents", "pru\u00addents"), "\u00ad"),
    Messy("everywhere", slip("\u00ad", *SPOTS), "\u00ad"),
]

EMOJI = [
    Messy("in-quote", ARTICLE.replace("prudents »", "prudents 😀 »"), "😀"),
    Messy("between-sentences", ARTICLE.replace("presse. ", "presse. 👏🏽 ")),
    Messy("flag-after-name", ARTICLE.replace("Martin.", "Martin 🇫🇷.")),
    Messy("zwj-family", ARTICLE.replace("Paris", "Paris 👩‍👩‍👧"), "\u200d"),
    Messy("astral-letters", ARTICLE.replace("jeudi", "jeudi 𝒜𝓃"), "𝒜𝓃"),
]

LINE_ENDINGS = [
    Messy("crlf", ARTICLE.replace("\n", "\r\n")),
    Messy("cr", ARTICLE.replace("\n", "\r")),
    Messy("line-separator", ARTICLE.replace("\n\n", "\u2028")),
    Messy("paragraph-separator", ARTICLE.replace("\n\n", "\u2029")),
    Messy("next-line", ARTICLE.replace("\n\n", "\x85")),
    Messy("form-feed", ARTICLE.replace("\n\n", "\x0c")),
    Messy("mixed", ARTICLE.replace("\n\n", "\r\n", 1).replace("\n\n", "\u2028", 1).replace("\n\n", "\r")),
    Messy("blank-lines-with-spaces", ARTICLE.replace("\n\n", " \n \t\n\u00a0")),
]

MESSY = {
    "surrogates": SURROGATES,
    "controls": CONTROLS,
    "invisible": INVISIBLE,
    "soft-hyphens": SOFT_HYPHENS,
    "emoji": EMOJI,
    "line-endings": LINE_ENDINGS,
}


def items(text: str, junk: str = "") -> list[tuple[str, str, str | None]]:
    """(kind, words, speaker) of every item, after checking every offset against ``text``."""
    result = quoteminer.extract(text)
    for quote in result.quotes:
        assert text[quote.start : quote.end] == quote.text
        assert quote.open_offset is None or text[quote.open_offset] == quote.open_mark
        assert quote.close_offset is None or text[quote.close_offset] == quote.close_mark
        for mention in quote.speaker.mentions if quote.speaker else ():
            assert text[mention.start : mention.end] == mention.text
    for claim in result.claims:
        assert text[claim.start : claim.end] == claim.text
    for diagnostic in result.diagnostics:
        assert 0 <= diagnostic.start <= diagnostic.end <= len(text)
    strip = regex.compile(f"[{regex.escape(junk)}]") if junk else None
    out = []
    for q in result.quotes:
        words = strip.sub("", q.text) if strip else q.text
        out.append((q.kind.value, " ".join(words.split()), q.speaker.name if q.speaker else None))
    return out


@pytest.fixture(scope="module")
def clean() -> list[tuple[str, str, str | None]]:
    found = items(ARTICLE)
    assert ("direct", "Nous restons prudents", "Arnaud Montebourg") in found
    assert ("indirect", "la décision sera prise jeudi", "Claire Martin") in found
    return found


@pytest.mark.parametrize(
    "row",
    [row for rows in MESSY.values() for row in rows],
    ids=[f"{name}/{_id(row)}" for name, rows in MESSY.items() for row in rows],
)
def test_messy_text_keeps_every_quote(row: Messy, clean: list[tuple[str, str, str | None]]) -> None:
    assert items(row.text, row.junk) == clean


def test_a_soft_hyphen_inside_a_name_keeps_the_speaker() -> None:
    text = "« Nous restons prudents », a déclaré Ar\u00adnaud Monte\u00adbourg."
    (quote,) = quoteminer.extract(text).quotes
    assert quote.speaker is not None and quote.speaker.name == "Arnaud Montebourg"
    assert [m.text for m in quote.speaker.mentions][-1] == "Ar\u00adnaud Monte\u00adbourg"


# -- pathological marks, in linear time ------------------------------------------------

SPEECH = "« Nous restons prudents », a déclaré Arnaud Montebourg.\n\n"
#: Largest time ratio accepted for a 20× input: linear runs measure 17-23 (the fixed cost
#: of a call weighs on the small input), the quadratic scan of content measures 60 and up.
# 20× the input: linear costs ~20×, quadratic ~400×. The bound leaves room for a shared,
# loaded machine (a CI run measured 41× once, with one sample of the large input).
LINEAR = 80


@attrs.frozen
class Run:
    id: str
    unit: str  # repeated before the speech paragraph
    small: int = 250  # the large input is 20 times longer
    then: str = "\n\n"  # between the run and the speech paragraph


RUNS = [
    Run("opening-guillemets", "«", small=1000),  # 20 000 « before the speech
    Run("opening-guillemets-spaced", "« "),
    Run("closing-guillemets", "»"),
    Run("straight-quotes", '"'),
    Run("curly-quotes", "“"),
    Run("mixed-marks", "«“‘„‹"),
    # a quote still open at a paragraph break runs on into a paragraph opening with «
    Run("unclosed-with-words", "« mot ", then="\n\nLa suite.\n\n"),
    Run("emoji", "😀"),
    Run("elisions", "l'"),
    Run("one-long-url", "http://a.b/"),
    Run("many-paragraphs", "Texte.\n\n"),
    Run("many-pairs-in-one-paragraph", "«a» ", small=100),
]


def _nested(n: int) -> str:
    return "«" * n + "x" + "»" * n


def _timed(text: str) -> tuple[float, Extraction]:
    # CPU time of this process: other work on a shared machine does not count against it
    t0 = time.process_time()
    result = quoteminer.extract(text)
    return time.process_time() - t0, result


def _speech_found(result: Extraction) -> bool:
    return any(
        q.text == "Nous restons prudents" and q.speaker is not None and q.speaker.name == "Arnaud Montebourg"
        for q in result.quotes
    )


def _ratio(small: str, large: str) -> float:
    """Time of ``large`` over time of ``small``, best of a few runs, after a warm-up."""
    _timed(small)
    t_small = min(_timed(small)[0] for _ in range(3))
    timings = [_timed(large) for _ in range(2)]
    assert all(_speech_found(result) for _, result in timings)
    return min(t for t, _ in timings) / max(t_small, 1e-6)


@pytest.mark.parametrize("row", RUNS, ids=[_id(r) for r in RUNS])
def test_pathological_runs_cost_linear_time_and_lose_nothing(row: Run) -> None:
    """20× the input costs about 20× the time (quadratic would be about 400×)."""
    small = row.unit * row.small + row.then + SPEECH
    large = row.unit * (20 * row.small) + row.then + SPEECH
    assert _speech_found(quoteminer.extract(small))
    assert _ratio(small, large) < LINEAR


def test_deep_nesting_costs_linear_time_and_loses_nothing() -> None:
    small = _nested(250) + "\n\n" + SPEECH
    large = _nested(5000) + "\n\n" + SPEECH
    assert _ratio(small, large) < LINEAR
    assert "nesting-too-deep" in {d.code for d in quoteminer.extract(small).diagnostics}


# -- long documents ------------------------------------------------------------------

LONG = (
    "Arnaud Montebourg est arrivé mardi à Paris pour une réunion du gouvernement. "
    "Il a retrouvé la ministre Claire Martin au ministère.\n\n"
    "« Nous restons prudents », a-t-il déclaré devant la presse.\n\n"
    "« Le premier paragraphe du discours est long.\n\n"
    "« Le second paragraphe le termine », a ajouté Arnaud Montebourg.\n\n"
    "La ministre a répondu ensuite aux questions des journalistes. « Rien n'est joué », a-t-elle dit."
)


def _summary(result: Extraction) -> list[tuple[str, int, int, str | None]]:
    return [(q.kind.value, q.start, q.end, q.speaker.name if q.speaker else None) for q in result.quotes]


@pytest.fixture
def max_length() -> Iterator[list[int]]:
    """Set the shared model's ``max_length`` for one test (``max_length[0] = n``), then restore it."""
    nlp = load(FR.model)
    old = nlp.max_length
    box = [old]
    try:
        yield box
    finally:
        nlp.max_length = old


@pytest.mark.parametrize("limit", [70, 90, 130, 250], ids=lambda n: f"max_length={n}")
def test_long_documents_in_pieces_give_the_whole_result(limit: int, max_length: list[int]) -> None:
    """Pieces cut at paragraph breaks or sentence ends: quotes running over a cut, and
    pronouns whose antecedent lies in an earlier piece, come out as from one parse."""
    whole = quoteminer.extract(LONG)
    assert len(parse(make_view(LONG), load(FR.model), limit)) > 1
    load(FR.model).max_length = limit
    pieced = quoteminer.extract(LONG)
    assert _summary(pieced) == _summary(whole)
    speakers = {q.text: q.speaker.name if q.speaker else None for q in pieced.quotes}
    assert speakers["Nous restons prudents"] == "Arnaud Montebourg"  # « Il » in an earlier piece
    assert speakers["Rien n'est joué"] == "Claire Martin"
    running = [q for q in pieced.quotes if q.text.startswith("Le premier")]
    assert len(running) == 1 and running[0].text.endswith("le termine")


def test_piece_offsets_index_the_whole_text() -> None:
    laid, view = prepare(LONG, FR)
    pieces = parse(view, load(FR.model), 60)
    assert len(pieces) > 4
    result = extract_parsed(laid, view, pieces, FR)
    for quote in result.quotes:
        assert LONG[quote.start : quote.end] == quote.text
    assert {q.kind for q in result.quotes} >= {QuoteKind.DIRECT}


def test_a_long_text_goes_in_pieces_of_at_most_piece_characters_cut_at_paragraphs() -> None:
    """quoteminer's model reads at most PIECE characters at a time; the cuts fall where a
    paragraph starts, and the pieces put back together are the whole view."""
    assert load(FR.model).max_length <= PIECE
    paragraph = "Le conseil s'est réuni mardi. Il a voté le budget de la ville à une large majorité.\n\n"
    view = make_view(paragraph * (3 * PIECE // len(paragraph)))
    pieces = parse(view, spacy.blank("fr"), PIECE)  # the tokenizer only: the cuts are what is tested
    assert len(pieces) >= 3
    assert "".join(p.doc.text for p in pieces) == view.text
    assert all(len(p.doc.text) <= PIECE for p in pieces)
    assert all(p.base in view.breaks for p in pieces[1:])
