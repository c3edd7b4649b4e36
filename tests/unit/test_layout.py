"""The layout holds: every module imports alone, dependencies point down and never in a circle,
views reach the store only through ClaimService, each word list and enumeration is written once."""

from __future__ import annotations

import ast
import os
import re
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
import yaml

from service.domain import models
from service.extraction import lexicon

ROOT = Path(__file__).resolve().parents[2]
PACKAGES = ("service", "schemas")


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


SOURCES = {
    _module_name(path): path
    for package in PACKAGES
    for path in sorted((ROOT / package).rglob("*.py"))
    if "__pycache__" not in path.parts
}


def _imports(name: str) -> set[str]:
    """The modules of ours that ``name`` imports, anywhere in it (lazy imports included)."""
    path = SOURCES[name]
    tree = ast.parse(path.read_text(encoding="utf-8"))
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.rsplit(".", node.level - 1)[0] if node.level > 1 else package
                base = f"{anchor}.{base}" if base else anchor
            # "from service import metrics" imports the module service.metrics.
            targets = [
                f"{base}.{alias.name}" if f"{base}.{alias.name}" in SOURCES else base
                for alias in node.names
            ]
        else:
            continue
        found |= {t for t in targets if t in SOURCES and t != name}
    return found


GRAPH = {name: _imports(name) for name in SOURCES}


def _within(name: str, *prefixes: str) -> bool:
    return any(name == p or name.startswith(p + ".") for p in prefixes)


# What each part may import of ours, besides itself: every arrow points down.
ALLOWED = {
    "service.domain": (),
    "service.store": ("service.domain",),
    "service.extraction": ("service.domain",),
    "service.inference": ("service.domain",),
    "service.judging": ("service.domain", "service.extraction", "service.inference"),
    "service.disputes": ("service.domain",),
    "schemas": ("service.domain",),
    "service.cli": (),
}


@pytest.mark.parametrize("part", sorted(ALLOWED))
def test_each_part_imports_only_what_lies_below_it(part: str) -> None:
    upward = {
        (name, target)
        for name, targets in GRAPH.items()
        if _within(name, part)
        for target in targets
        if not _within(target, part, *ALLOWED[part])
    }
    assert not upward, f"{part} imports upward: {sorted(upward)}"


def test_the_module_graph_has_no_cycle() -> None:
    state: dict[str, int] = {}  # 1 on the current path, 2 done

    def visit(name: str, path: list[str]) -> None:
        state[name] = 1
        for target in sorted(GRAPH[name]):
            if state.get(target) == 1:
                cycle = path[path.index(target) :] + [target]
                pytest.fail("import cycle: " + " -> ".join(cycle))
            if target not in state:
                visit(target, [*path, target])
        state[name] = 2

    for name in sorted(GRAPH):
        if name not in state:
            visit(name, [name])


def test_nothing_below_the_api_reads_http_or_schemas() -> None:
    below = ("service.domain", "service.store", "service.extraction", "service.inference",
             "service.judging", "service.claim_service")  # fmt: skip
    for name, path in SOURCES.items():
        if not _within(name, *below):
            continue
        text = path.read_text(encoding="utf-8")
        assert not re.search(r"^\s*(from|import) (flask|marshmallow|werkzeug)\b", text, re.M), name
        assert not any(_within(t, "service.api", "schemas") for t in GRAPH[name]), name


def test_views_reach_the_store_only_through_the_claim_service() -> None:
    for name, path in SOURCES.items():
        if not _within(name, "service.api"):
            continue
        assert not any(_within(t, "service.store") for t in GRAPH[name]), name
        tree = ast.parse(path.read_text(encoding="utf-8"))
        touched = [
            n.lineno for n in ast.walk(tree) if isinstance(n, ast.Attribute) and n.attr == "store"
        ]
        assert not touched, f"{name} reaches .store at lines {touched}"


# Every module, each in a fresh interpreter: an import cycle shows only there. (Running a
# package's __main__ would start the command-line client instead.)
ALONE = sorted(name for name in SOURCES if not name.endswith("__main__"))


def test_every_module_imports_on_its_own_in_a_fresh_interpreter(tmp_path: Path) -> None:
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        # service.wsgi builds the app: keep its database out of the working tree.
        "CLAIMS_DATABASE_URL": f"sqlite:///{tmp_path / 'layout.sqlite3'}",
        "CLAIMS_LOG_LEVEL": "error",
    }

    def load(name: str) -> tuple[str, int, str]:
        done = subprocess.run(
            [sys.executable, "-c", f"import {name}"],
            cwd=tmp_path, env=env, capture_output=True, text=True, timeout=300,
        )  # fmt: skip
        return name, done.returncode, done.stderr[-600:]

    with ThreadPoolExecutor(max_workers=2) as pool:
        failed = [(n, err) for n, code, err in pool.map(load, ALONE) if code != 0]
    assert not failed, "\n\n".join(f"{n}:\n{err}" for n, err in failed)
    assert "service.domain.models" in ALONE and "service.store.sqlite" in ALONE


# The lists that were once written out in several places; a literal holding this many of a
# list's words elsewhere is a second copy of it.
WORD_LISTS = {
    "WEEKDAYS": lexicon.WEEKDAYS,
    "MONTHS": lexicon.MONTHS,
    "REPORTING_VERBS": lexicon.REPORTING_VERBS,
    "CONNECTIVES": lexicon.CONNECTIVES,
    "DETERMINERS": lexicon.DETERMINERS,
    "SPEAKER_NOUNS": lexicon.SPEAKER_NOUNS,
    "TITLES": lexicon.TITLES,
    "CALLS_TO_ACTION": lexicon.CALLS_TO_ACTION,
    "NEGATIONS": tuple(lexicon.NEGATIONS),
    "HEDGES": tuple(lexicon.HEDGES),
    "CALLS": tuple(lexicon.CALLS),
    "SAYING_LEMMAS": tuple(lexicon.SAYING_LEMMAS),
    "DOCUMENTS": tuple(lexicon.DOCUMENTS),
}
COPY = 4


def _literals(tree: ast.AST) -> list[set[str]]:
    """The word lists written in a module: regular-expression alternations ("monday|tuesday"),
    strings split into words ("a an the".split()), and collections of strings."""
    found: list[set[str]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and "|" in node.value:
            found.append(set(re.findall(r"[a-z]+(?:-[a-z]+)?", node.value.lower())))
        elif (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr == "split"
            and isinstance(node.func.value, ast.Constant)
            and isinstance(node.func.value.value, str)
        ):
            found.append(set(node.func.value.value.lower().split()))
        elif isinstance(node, ast.Set | ast.List | ast.Tuple | ast.Dict):
            elements = node.keys if isinstance(node, ast.Dict) else node.elts
            found.append(
                {
                    e.value.lower()
                    for e in elements
                    if isinstance(e, ast.Constant) and isinstance(e.value, str)
                }
            )
    return found


@pytest.mark.parametrize("list_name", sorted(WORD_LISTS))
def test_each_word_list_is_written_once(list_name: str) -> None:
    words = {w.lower() for w in WORD_LISTS[list_name]}
    copies = []
    for name, path in SOURCES.items():
        if name == "service.extraction.lexicon":
            continue
        for literal in _literals(ast.parse(path.read_text(encoding="utf-8"))):
            if len(literal & words) >= COPY:
                copies.append((name, sorted(literal & words)))
    assert not copies, f"{list_name} written again outside lexicon.py: {copies}"


def _bound_twice(source: str) -> list[str]:
    """The module-level names a module's source assigns more than once."""
    names = [
        target.id
        for node in ast.parse(source).body
        if isinstance(node, (ast.Assign, ast.AnnAssign))
        for target in (node.targets if isinstance(node, ast.Assign) else [node.target])
        if isinstance(target, ast.Name)
    ]
    return sorted({n for n in names if names.count(n) > 1})


def test_no_word_list_is_bound_twice() -> None:
    # A second list under a name already taken would silently replace the first for every
    # module that imports it.
    assert _bound_twice(SOURCES["service.extraction.lexicon"].read_text(encoding="utf-8")) == []
    assert _bound_twice("WORDS = ('a', 'b')\nOTHER = ('c',)\nWORDS = ('d',)\n") == ["WORDS"]


def test_the_word_list_check_finds_a_copy() -> None:
    for copy in (
        'DAYS = re.compile(r"\\b(monday|tuesday|wednesday|thursday)\\b")',
        'DAYS = "monday tuesday wednesday thursday".split()',
        'DAYS = {"Monday", "Tuesday", "Wednesday", "Thursday"}',
    ):
        literals = _literals(ast.parse(copy))
        assert any(len(lit & set(lexicon.WEEKDAYS)) >= COPY for lit in literals), copy


def _enums(spec: object) -> dict[str, list[str]]:
    """Every enum in the spec, by the name of the schema or property that holds it."""
    found: dict[str, list[str]] = {}

    def walk(node: object, name: str) -> None:
        if isinstance(node, dict):
            if "enum" in node:
                found.setdefault(name, []).append(node["enum"])
            for key, value in node.items():
                walk(value, key if isinstance(value, dict) else name)
        elif isinstance(node, list):
            for value in node:
                walk(value, name)

    walk(spec, "")
    return found  # type: ignore[return-value]


def test_the_contract_states_the_domain_enumerations() -> None:
    spec = yaml.safe_load((ROOT / "openapi.yaml").read_text(encoding="utf-8"))
    schemas = spec["components"]["schemas"]
    assert schemas["ContradictionKind"]["enum"] == list(models.KINDS)
    assert schemas["Quantity"]["properties"]["kind"]["enum"] == list(models.QUANTITY_KINDS)
    assert schemas["DateMention"]["properties"]["precision"]["enum"] == list(models.PRECISIONS)
    assert schemas["Comparison"]["properties"]["relation"]["enum"] == list(models.RELATIONS)
    assert schemas["Entity"]["properties"]["kind"]["enum"] == list(models.ENTITY_KINDS)
    # Nowhere else does the spec spell out one of these lists on its own.
    spelled = [
        values
        for lists in _enums(spec).values()
        for values in lists
        if set(values)
        & set(models.KINDS + models.QUANTITY_KINDS + models.PRECISIONS + models.ENTITY_KINDS)
    ]
    assert len(spelled) == 4, spelled


def test_the_schemas_validate_with_the_domain_enumerations() -> None:
    from schemas.check import ComparisonSchema
    from schemas.claim import DateMentionSchema, EntitySchema, QuantitySchema
    from schemas.contradiction import ContradictionSchema

    def choices(schema: object, field: str) -> tuple[str, ...]:
        validators = schema._declared_fields[field].validators  # type: ignore[attr-defined]
        return tuple(validators[0].choices)

    assert choices(ContradictionSchema, "kind") == models.KINDS
    assert choices(ComparisonSchema, "relation") == models.RELATIONS
    assert choices(QuantitySchema, "kind") == models.QUANTITY_KINDS
    assert choices(DateMentionSchema, "precision") == models.PRECISIONS
    assert choices(EntitySchema, "kind") == models.ENTITY_KINDS
