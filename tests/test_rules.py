"""The registry of rule ids (``quoteminer.rules``): every id the pipeline emits or names in its
source is registered, no registered rule is dead, every rule is documented with an example
that shows it, and docs/design.md's rule table is the one the registry generates."""

from __future__ import annotations

import ast
import importlib
import importlib.util
import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from types import ModuleType

import pytest
import regex

import quoteminer
from quoteminer import rules
from quoteminer.cues import SOURCE_RULES
from quoteminer.lang import get_language
from quoteminer.rules import FAMILIES, PLACEHOLDERS, RULES, STAGES, Rule, find
from tests.conftest import FIXTURES, ROOT, SETS, extract_once

FR = get_language("fr")
SRC = ROOT / "src" / "quoteminer"
#: A string literal that looks like a rule id.
ID_LIKE = regex.compile(rf"(?:{'|'.join(FAMILIES)})(?:\.[a-z_]+)+")
#: The start of a rule id (of a prefix or an f-string that builds one).
FAMILY = regex.compile(rf"(?:{'|'.join(FAMILIES)})\.")

#: Rules whose example does not show them (yet), with the reason: known failures.
EXAMPLE_FAILS = {
    "speaker.coordinated_subject": "the parser attaches the subject after the conjunction, so the fallback never runs",
    "speaker.first_match": "never in a quote's evidence, only among the ranker's features",
    "layout.wrap.unfinished": "the next line of the example is a full line of the text, which weighs more",
    "layout.wrap.no_stop": "the capitalised word after the break outweighs the line ending on a word",
    "layout.wrap.open_quote": "a line ending with final punctuation outweighs the open quotation",
    "when.sentence": "the parse hangs the opening date on the verb: when.verb decides first",
    "when.same_statement": "the cue's date reaches both quotes of the statement directly (when.verb)",
    "date.now": "read, then left out: never a statement's date, so never in a quote's evidence",
    "act.path.exchange": "only judge_statement reads a turn of an exchange (tests/test_acts.py EXCHANGE)",
    "act.path.exchange.neutral": "only judge_statement reads a turn of an exchange (tests/test_acts.py EXCHANGE)",
}


def _learned(rule: Rule) -> bool:
    """Ids a trained model leaves (the speaker ranker's picks, the act classifier's path and
    heaviest features, the kind classifier's overrules): whether an example shows them depends
    on the shipped weights, which training changes, and the act classifier is not the default
    decider; tests/test_ranker.py, tests/test_act_classifier.py and tests/test_items_classifier.py
    test them."""
    return (
        rule.id == "speaker.ranked"
        or rule.id.startswith(("speaker.candidate.", "act.feature.", "act.path.classifier."))
        or (rule.id.startswith("kind.") and rule.id.endswith(".classified"))  # the kind classifier's overrules
    )


def _full_mode_only(rule: Rule) -> bool:
    """Whether the dead-rule check, which runs the fixtures and tables in the full mode, can see the rule."""
    return not _learned(rule) and rule.stage != "triage"


def _tables() -> Iterator[tuple[str, str, str | None]]:
    """(where, text, published) of every row of the phenomenon tables: the module-level lists of
    rows with a ``text`` (and a ``published`` date, if the row gives one) in tests/test_*.py, and
    the (id, text, word) rows of test_attribution_rules.NOT_SPEECH."""
    for path in sorted((ROOT / "tests").glob("test_*.py")):
        module: ModuleType = importlib.import_module(f"tests.{path.stem}")
        for name, value in sorted(vars(module).items()):
            if name.isupper() and isinstance(value, list):
                for i, row in enumerate(value):
                    text = getattr(row, "text", None)
                    published = getattr(row, "published", None)
                    if isinstance(text, str):
                        yield f"{path.stem}.{name}[{i}]", text, published if isinstance(published, str) else None
    from tests.test_attribution_rules import NOT_SPEECH

    for row_id, text, _ in NOT_SPEECH:
        yield f"test_attribution_rules.NOT_SPEECH[{row_id}]", text, None


def _fixtures() -> Iterator[tuple[str, str, str | None]]:
    """(where, text, published) of every fixture article of the four sets."""
    for name in SETS:
        for path in sorted((FIXTURES / name).glob("*.txt")):
            data = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
            yield f"{name}/{path.stem}", path.read_text(encoding="utf-8"), data.get("published")


def _evidence(texts: Iterable[tuple[str, str, str | None]]) -> dict[str, str]:
    """Every evidence string emitted over ``texts`` (each read against its publication date)
    → where it was first seen."""
    seen: dict[str, str] = {}
    for where, text, published in texts:
        for quote in extract_once(text, published).quotes:
            for evidence in quote.evidence:
                seen.setdefault(evidence, where)
    return seen


@pytest.fixture(scope="module")
def fixture_evidence() -> dict[str, str]:
    return _evidence(_fixtures())


@pytest.fixture(scope="module")
def table_evidence() -> dict[str, str]:
    return _evidence(_tables())


def _matching(evidence: str) -> list[Rule]:
    """Every rule an evidence string matches: its fixed id, or the patterns of the families."""
    fixed = [RULES[evidence]] if evidence in RULES else []
    return fixed + [rule for pattern, rule in rules._PATTERNS if pattern.fullmatch(evidence)]


# --- the registry itself -------------------------------------------------------------------


@pytest.mark.parametrize("rule", RULES.values(), ids=lambda r: r.id)
def test_every_rule_is_documented(rule: Rule) -> None:
    assert rule.description.strip() and "\n" not in rule.description
    assert rule.description[0].isupper() or rule.description[0] == "`"
    assert rule.description.endswith(".")
    # line breaks only where they are what the rule reads: the layout's, a paragraph's
    assert rule.example.strip() and ("\n" not in rule.example or rule.stage == "layout" or "paragraph" in rule.id)
    assert rule.rare is None or rule.rare.strip()
    importlib.import_module(f"quoteminer.{rule.stage}")


def test_stages_are_modules_and_every_family_is_used() -> None:
    for stage in STAGES:
        assert (SRC / f"{stage}.py").is_file()
    assert {rule.id.split(".")[0] for rule in RULES.values()} == set(FAMILIES)


def test_placeholders_are_known_and_ids_match_one_rule() -> None:
    for rule in RULES.values():
        assert set(regex.findall(r"<([a-z]+)>", rule.id)) <= set(PLACEHOLDERS)
        if "<" not in rule.id:
            assert _matching(rule.id) == [rule], f"{rule.id} is also matched by a family"


@pytest.mark.parametrize(
    ("evidence", "rule_id"),
    [
        ("cue.selon", "cue.selon"),
        ("kind.indirect.que", "kind.indirect.que"),
        ("speaker.dires_de", "speaker.dires_de"),
        ("act.path.verb.agreed", "act.path.verb.agreed"),
        ("act.prior.demand:appeler", "act.prior.<act>:<verb>"),
        ("act.prior.statement:de l'avis de", "act.prior.<act>:<verb>"),
        ("act.prior.statement::", "act.prior.<act>:<verb>"),
        ("act.prior.governor.demand:appeler:appelé", "act.prior.governor.<act>:<verb>:<word>"),
        ("act.prior.incomplete:se défendre:défend", "act.prior.incomplete:<verb>:<word>"),
        ("act.denial.ni_ne:ni ne", "act.<act>.<rule>:<words>"),
        ("act.demand.il_faut:il faut", "act.<act>.<rule>:<words>"),
    ],
)
def test_find_gives_the_rule_or_its_family(evidence: str, rule_id: str) -> None:
    found = find(evidence)
    assert found is not None and found.id == rule_id
    assert _matching(evidence) == [found]


@pytest.mark.parametrize(
    "evidence",
    [
        "",
        "cue",
        "cue.verbe",
        "cue.verb.",
        "kind.indirect.",
        "kind.indirect.clause",
        "act.path.unknown",
        "act.prior.demande:appeler",
        "act.prior.demand",
        "act.prior.demand:",
        "act.demand.il_faut",
        "act.prior.governor.demand:appeler",
        "act.demande.il_faut:il faut",
        "act.demand.il_faut:" + "x" * 41,
        "speaker.selon.x",
        "claim.quantity",
    ],
)
def test_find_rejects_what_is_not_registered(evidence: str) -> None:
    assert find(evidence) is None


def test_docs_rule_table_is_generated_from_the_registry() -> None:
    spec = importlib.util.spec_from_file_location("update_design", ROOT / "tools" / "update_design.py")
    assert spec is not None and spec.loader is not None
    tool = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tool)
    text = (ROOT / "docs" / "design.md").read_text(encoding="utf-8")
    assert tool.update(text) == text, "docs/design.md's rule table is stale: run python tools/update_design.py"
    for rule_id in RULES:
        assert f"`{rule_id}`" in text


# --- the registry against the source and the language data --------------------------------


def _source_strings() -> Iterator[tuple[str, str, str]]:
    """(kind, string, where) of every string in src/quoteminer that looks like a rule id: ``id``
    for a literal, ``prefix`` for a literal tested with ``startswith``, ``template`` for an
    f-string (each ``{…}`` as ``<>``)."""
    for path in sorted(SRC.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        in_fstring = {id(part) for node in ast.walk(tree) if isinstance(node, ast.JoinedStr) for part in node.values}
        prefixes: set[int] = set()
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "startswith":
                for arg in node.args:  # "cue.verb" or ("cue.verb", "cue.expr")
                    prefixes.update(id(c) for c in (arg.elts if isinstance(arg, ast.Tuple) else [arg]))
        for node in ast.walk(tree):
            where = f"{path.relative_to(ROOT)}:{getattr(node, 'lineno', '?')}"
            if isinstance(node, ast.JoinedStr):
                template = "".join(str(p.value) if isinstance(p, ast.Constant) else "<>" for p in node.values)
                if FAMILY.match(template):
                    yield "template", template, where
            elif isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in in_fstring:
                if id(node) in prefixes and FAMILY.match(node.value):
                    yield "prefix", node.value, where
                elif ID_LIKE.fullmatch(node.value):
                    yield "id", node.value, where


def test_the_source_scan_finds_ids_prefixes_and_templates() -> None:
    kinds = {kind for kind, _, _ in _source_strings()}
    assert kinds == {"id", "prefix", "template"}
    strings = {string for _, string, _ in _source_strings()}
    assert {"cue.verb.mistagged", "speaker.inherited", "kind.indirect.<>", "act.prior.<>:<>", "cue.expr"} <= strings


def test_every_id_named_in_the_source_is_registered() -> None:
    """A literal is an id (content rule ids get ``:<words>`` appended when they vote), a prefix
    of registered ids, or an f-string template some registered id fits."""
    missing = []
    for kind, string, where in _source_strings():
        if kind == "id":
            ok = find(string) is not None or find(f"{string}:…") is not None
        elif kind == "prefix":
            ok = any(rule_id.startswith(string) for rule_id in RULES)
        else:
            pattern = regex.compile(".+".join(regex.escape(part) for part in string.split("<>")))
            ok = any(pattern.fullmatch(rule_id) for rule_id in RULES)
        if not ok:
            missing.append(f"{where}: {kind} {string!r}")
    assert not missing, "not registered in quoteminer.rules:\n" + "\n".join(missing)


def test_every_source_phrase_has_its_cue_and_speaker_rule() -> None:
    rule_ids = set(SOURCE_RULES) | set(FR.cues.SOURCE_PREPOSITIONS.values()) | set(FR.cues.VIEW_PREPOSITIONS.values())
    for cue_rule in rule_ids:
        assert cue_rule in RULES
        # speakers.source_token: the source noun of cue.X is found by speaker.X
        assert f"speaker.{cue_rule.split('.', 1)[1]}" in RULES


def test_act_paths_are_the_decision_paths_of_the_act_stage() -> None:
    registered = {rule_id.removeprefix("act.path.") for rule_id in RULES if rule_id.startswith("act.path.")}
    assert registered == {*FR.acts.CONFIDENCE, "classifier.agrees", "classifier.overrules"}


@pytest.mark.parametrize("content_rule", FR.acts.CONTENT_RULES, ids=lambda r: r[0])
def test_every_content_rule_is_named_for_its_act(content_rule: tuple[str, str, float, str]) -> None:
    rule_id, act, _, _ = content_rule
    family, named_act, name = rule_id.split(".")
    assert (family, named_act) == ("act", act), f"{rule_id} votes for {act}"
    found = find(f"{rule_id}:les mots")
    assert found is not None and found.id == "act.<act>.<rule>:<words>"
    assert regex.fullmatch(PLACEHOLDERS["rule"], name)


# --- the registry against what the pipeline emits ------------------------------------------


@pytest.mark.parametrize(
    "rule",
    [
        pytest.param(rule, id=rule.id, marks=[pytest.mark.xfail(strict=True, reason=EXAMPLE_FAILS[rule.id])])
        if rule.id in EXAMPLE_FAILS
        else pytest.param(rule, id=rule.id)
        for rule in RULES.values()
        if not _learned(rule)
    ],
)
def test_every_example_shows_its_rule(rule: Rule) -> None:
    quotes = quoteminer.extract(rule.example, mode="fast").quotes if rule.stage == "triage" else None
    evidence = [e for quote in (quotes or extract_once(rule.example, rule.published).quotes) for e in quote.evidence]
    assert any(find(e) is rule for e in evidence), f"{rule.example!r} gives {evidence}"
    assert all(find(e) is not None for e in evidence), evidence


def _unregistered(seen: dict[str, str]) -> list[str]:
    return [f"{e!r} ({where})" for e, where in sorted(seen.items()) if len(_matching(e)) != 1]


@pytest.mark.slow
def test_every_evidence_over_the_fixtures_is_registered(fixture_evidence: dict[str, str]) -> None:
    assert len(fixture_evidence) > 200
    bad = _unregistered(fixture_evidence)
    assert not bad, "evidence not registered (or matching several rules):\n" + "\n".join(bad)


@pytest.mark.slow
def test_every_evidence_over_the_phenomenon_tables_is_registered(table_evidence: dict[str, str]) -> None:
    assert len(table_evidence) > 100
    bad = _unregistered(table_evidence)
    assert not bad, "evidence not registered (or matching several rules):\n" + "\n".join(bad)


@pytest.mark.slow
def test_no_rule_is_dead(fixture_evidence: dict[str, str], table_evidence: dict[str, str]) -> None:
    """Every rule fires on the fixtures or the phenomenon tables, or is marked rare with the reason;
    a rule marked rare that fires there has a stale mark (like a strict xfail). The ids the trained
    speaker ranker leaves when it overrides the rules depend on its weights: they are left out."""
    seen = {**table_evidence, **fixture_evidence}
    fired: dict[str, str] = {}
    for evidence, where in seen.items():
        for rule in _matching(evidence):
            fired.setdefault(rule.id, where)
    dead = [rule.id for rule in RULES.values() if rule.id not in fired and rule.rare is None and _full_mode_only(rule)]
    assert not dead, f"registered but never emitted (delete them, or mark them rare with the reason): {dead}"
    stale = [
        f"{rule.id} ({fired[rule.id]})"
        for rule in RULES.values()
        if rule.rare is not None and rule.id in fired and _full_mode_only(rule)
    ]
    assert not stale, f"marked rare but emitted: drop the mark: {stale}"


def test_examples_are_not_fixture_sentences() -> None:
    """The examples are written for the registry, not copied from the annotated articles."""
    articles = [text for _, text, _ in _fixtures()]
    copied = [rule.id for rule in RULES.values() if any(rule.example in text for text in articles)]
    assert not copied


# French function words a stage might be tempted to spell out inline; they belong in
# ``quoteminer.lang.fr`` as named data. ("a", "aux" and "que" are left out: HTML's tag, the
# dependency label of auxiliaries, and the name of the clause form of a reported item, as in the
# rule id ``kind.indirect.que``.)
_FRENCH_WORDS = frozenset(
    "le la les l' l’ un une des du de d' d’ et mais car donc qu' qu’ qui quoi dont lequel laquelle "
    "lesquels lesquelles se s' s’ ne n' n’ pas jamais guère rien aucun aucune personne il elle ils elles "
    "on lui eux leur me m' te t' nous vous en à au par pour sur sans avec contre dans selon après avant "
    "est sont ont avait avaient aurait être avoir faire pouvoir vouloir devoir dire lire entendre refuser "
    "an année dernier dernière vingt vingts lorsque quand alors tandis ben bin al el van von intitulé".split()
)
# Functions where the words remain, each with the reason it has not moved yet.
_FRENCH_WORDS_LEFT: set[tuple[str, str]] = set()


def _french_literals(paths: Iterable[Path]) -> Iterator[tuple[str, str, str]]:
    for path in sorted(paths):
        if path.name in ("rules.py", "testing.py"):
            continue  # rule examples and test helpers are sentences by design
        tree = ast.parse(path.read_text(encoding="utf-8"))
        in_fstring = {id(part) for node in ast.walk(tree) if isinstance(node, ast.JoinedStr) for part in node.values}
        owners: dict[int, str] = {}
        for node in tree.body:  # a module's constant is owned by its name
            if isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Name):
                owners.update((id(inner), node.targets[0].id) for inner in ast.walk(node))
        for node in ast.walk(tree):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                for inner in ast.walk(node):
                    owners.setdefault(id(inner), node.name)
        for node in ast.walk(tree):
            literal = isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in in_fstring
            if literal and node.value.strip() in _FRENCH_WORDS:
                yield path.name, owners.get(id(node), "<module>"), f"{node.value!r} line {node.lineno}"


def test_stage_code_spells_no_french_function_word() -> None:
    """French knowledge is data in ``lang/fr``: a stage names it (``lang.syntax.QUE``), never
    spells it (``"que"``), so that the words can be read, listed and changed in one place."""
    found = [hit for hit in _french_literals(SRC.glob("*.py")) if hit[:2] not in _FRENCH_WORDS_LEFT]
    assert not found, found


# Inside a pattern: the text between regex syntax (escapes, group names, flags) is read as words.
_PATTERN_SYNTAX = regex.compile(r"\(\?|\\[bsw]|\||\[")
_NOT_WORDS = regex.compile(r"\\[pPN]\{[^}]*\}|\\[a-zA-Z]|\(\?P<\w+>|\(\?P=\w+\)|\(\?[a-zA-Z]+\)")
# Patterns where the words remain, each with the reason it has not moved yet.
_FRENCH_PATTERNS_LEFT: set[tuple[str, str]] = set()


def _french_in_patterns(paths: Iterable[Path]) -> Iterator[tuple[str, str, str]]:
    for path in sorted(paths):
        if path.name in ("rules.py", "testing.py"):
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        docstrings = {id(n.value) for n in ast.walk(tree) if isinstance(n, ast.Expr)}
        owners: dict[int, str] = {}
        for node in tree.body:
            if isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Name):
                owners.update((id(inner), node.targets[0].id) for inner in ast.walk(node))
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Constant) and isinstance(node.value, str)) or id(node) in docstrings:
                continue
            if _PATTERN_SYNTAX.search(node.value):
                words = set(regex.findall(r"\w+", _NOT_WORDS.sub(" ", node.value))) & _FRENCH_WORDS
                if words:
                    yield path.name, owners.get(id(node), "<function>"), f"{sorted(words)} line {node.lineno}"


def test_stage_patterns_spell_no_french_function_word() -> None:
    """The same for the words inside regular expressions: a pattern is built from the language's
    data (``lang.syntax.QUE``), not written with the words in it (``r"\\bqu(?:e|')"``)."""
    found = [hit for hit in _french_in_patterns(SRC.glob("*.py")) if hit[:2] not in _FRENCH_PATTERNS_LEFT]
    assert not found, found


def test_the_pattern_scan_finds_a_word_inside_a_pattern(tmp_path: Path) -> None:
    stage = tmp_path / "stage.py"
    stage.write_text(
        "import regex\n"
        'GAP = regex.compile(r"[\\s»]*(?:,|\\bet\\b)\\s*")\n'
        'CLEAN = regex.compile(r"(?P<pronoun>\\w+)\\p{Lu}")\n'
        "def f():\n"
        '    """Reads ``(?:de|à)`` in a docstring: not a pattern."""\n',
        encoding="utf-8",
    )
    assert [(name, words.split("]")[0] + "]") for _, name, words in _french_in_patterns([stage])] == [("GAP", "['et']")]


def test_the_french_word_scan_finds_an_inline_word(tmp_path: Path) -> None:
    stage = tmp_path / "stage.py"
    stage.write_text(
        'NEGATION = ("ne", "pas")\n'
        "def negated(tok):\n"
        '    return tok.lower_ == "jamais" or tok.dep_ == "aux" or tok.pos_ == "AUX"\n'
        "def rule(tok):\n"
        '    return f"de {tok}"\n',
        encoding="utf-8",
    )
    hits = [(name, words.split()[0]) for _, name, words in _french_literals([stage])]
    assert hits == [("NEGATION", "'ne'"), ("NEGATION", "'pas'"), ("negated", "'jamais'")]
