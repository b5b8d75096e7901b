"""The dependency rule of docs/design.md, enforced on the source tree.

Units are nciiguard's top-level packages and the core modules directly in ``nciiguard/``. A unit may
import only itself and the units listed before it in ``ORDER`` (low to high). Imports inside
functions count: a lazy import is still a dependency, it only moves the failure to run time. Imports
under ``if TYPE_CHECKING:`` do not count (they never run). No two modules may import each other,
directly or through others, and no source file may grow past ``MAX_LINES``.

``store/migrations`` is left out: Alembic runs those files as scripts and they must see the whole
schema. The checker is plain ``ast`` work so that it needs nothing installed and reads code that
would fail to import.
"""

from __future__ import annotations

import ast
import collections
import sys
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[2] / "src"

# Keep in step with docs/design.md ("The dependency rule").
ORDER = [
    # foundation: errors, optional-extra loading, named limits, configuration, the decision types
    "errors", "_optional", "_data", "limits", "blas_threads", "config", "findings", "records",
    # primitives: pixels, faces, text reading, the request model, hashes
    "imaging", "faces", "text", "hashing", "content",
    # storage and the stores built on it
    "store", "audit", "access", "banks", "registry", "modelscan",
    # detection and decision: the library
    "signals", "policy", "shadow", "resources", "guard", "(root)", "readiness",
    # workflows on top of the library
    "exchange", "actions", "casework", "tables",
    # interfaces: they translate only
    "batch", "integrations", "service", "cli",
]
MAX_LINES = 800


def _modules(src: Path) -> dict[str, tuple[Path, bool]]:
    root = src / "nciiguard"
    out: dict[str, tuple[Path, bool]] = {}
    for path in sorted(root.rglob("*.py")):
        rel = path.relative_to(src).with_suffix("")
        if "migrations" in rel.parts:
            continue
        parts = list(rel.parts)
        is_pkg = parts[-1] == "__init__"
        if is_pkg:
            parts = parts[:-1]
        out[".".join(parts)] = (path, is_pkg)
    return out


def _type_checking_only(tree: ast.AST) -> set[int]:
    skip: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If):
            test = node.test
            name = test.id if isinstance(test, ast.Name) else getattr(test, "attr", None)
            if name == "TYPE_CHECKING":
                for stmt in node.body:
                    skip.update(id(n) for n in ast.walk(stmt))
    return skip


def _imports(mods: dict[str, tuple[Path, bool]]) -> dict[str, set[tuple[str, int]]]:
    """module -> {(imported module, line)}, resolved to the longest known module name."""

    def resolve(name: str) -> str:
        while name and name not in mods:
            name = name.rpartition(".")[0]
        return name

    out: dict[str, set[tuple[str, int]]] = collections.defaultdict(set)
    for mod, (path, is_pkg) in mods.items():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        skip = _type_checking_only(tree)
        package = mod if is_pkg else mod.rpartition(".")[0]
        for node in ast.walk(tree):
            if id(node) in skip:
                continue
            if isinstance(node, ast.Import):
                for alias in node.names:
                    if alias.name.split(".")[0] == "nciiguard":
                        out[mod].add((resolve(alias.name), node.lineno))
            elif isinstance(node, ast.ImportFrom):
                if node.level:
                    base = package.split(".")
                    if node.level > 1:
                        base = base[: -(node.level - 1)]
                    target = ".".join(base) + ("." + node.module if node.module else "")
                else:
                    target = node.module or ""
                if target.split(".")[0] != "nciiguard":
                    continue
                for alias in node.names:
                    full = f"{target}.{alias.name}"
                    out[mod].add((resolve(full) if full in mods else resolve(target), node.lineno))
    return out


def _unit(mod: str) -> str:
    parts = mod.split(".")
    return parts[1] if len(parts) > 1 else "(root)"


def _cycles(graph: dict[str, set[str]], nodes) -> list[list[str]]:
    """Strongly connected components with more than one module (iterative Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    counter = 0
    for start in nodes:
        if start in index:
            continue
        work = [(start, iter(sorted(graph.get(start, ()))))]
        index[start] = low[start] = counter
        counter += 1
        stack.append(start)
        on_stack.add(start)
        while work:
            v, it = work[-1]
            for w in it:
                if w not in index:
                    index[w] = low[w] = counter
                    counter += 1
                    stack.append(w)
                    on_stack.add(w)
                    work.append((w, iter(sorted(graph.get(w, ())))))
                    break
                if w in on_stack:
                    low[v] = min(low[v], index[w])
            else:
                work.pop()
                if work:
                    low[work[-1][0]] = min(low[work[-1][0]], low[v])
                if low[v] == index[v]:
                    comp = []
                    while True:
                        w = stack.pop()
                        on_stack.discard(w)
                        comp.append(w)
                        if w == v:
                            break
                    if len(comp) > 1:
                        found.append(sorted(comp))
    return found


def check(src: Path) -> list[str]:
    mods = _modules(src)
    imports = _imports(mods)
    rank = {unit: i for i, unit in enumerate(ORDER)}
    problems = []
    for mod in mods:
        if _unit(mod) not in rank:
            problems.append(f"{mod}: unit {_unit(mod)!r} is not in the documented order")
    for mod, targets in sorted(imports.items()):
        for target, line in sorted(targets):
            a, b = _unit(mod), _unit(target)
            if a != b and a in rank and b in rank and rank[b] > rank[a]:
                problems.append(f"{mod}:{line} imports {target} ({b} is above {a})")
    graph = {mod: {t for t, _ in targets if t != mod} for mod, targets in imports.items()}
    for comp in _cycles(graph, sorted(mods)):
        problems.append("import cycle: " + " <-> ".join(comp))
    for mod, (path, _) in sorted(mods.items()):
        with path.open(encoding="utf-8") as fh:
            lines = sum(1 for _ in fh)
        if lines > MAX_LINES:
            problems.append(f"{path.relative_to(src)}: {lines} lines (limit {MAX_LINES})")
    return problems


def test_the_source_tree_keeps_the_dependency_rule():
    problems = check(SRC)
    assert not problems, "\n".join(problems)


def test_the_documented_order_is_the_tested_order():
    text = (SRC.parent / "docs" / "design.md").read_text(encoding="utf-8")
    section = text.split("## The dependency rule", 1)[1]
    listed = [u for u in ORDER if u != "(root)"]
    positions = [section.find(f"`{u}`") for u in listed]
    assert all(p >= 0 for p in positions), [u for u, p in zip(listed, positions) if p < 0]
    assert positions == sorted(positions), "docs/design.md lists the units in another order"


# The checker itself must be able to fail: small trees with each kind of breach.

def _tree(tmp_path: Path, files: dict[str, str]) -> Path:
    for name, body in files.items():
        path = tmp_path / "nciiguard" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(body, encoding="utf-8")
    for d in [p for p in (tmp_path / "nciiguard").rglob("*") if p.is_dir()] + [tmp_path / "nciiguard"]:
        (d / "__init__.py").touch()
    return tmp_path


def test_an_upward_import_inside_a_function_is_caught(tmp_path):
    src = _tree(tmp_path, {
        "store/base.py": "def f():\n    from ..service.app import x\n",
        "service/app.py": "x = 1\n",
    })
    assert any("service is above store" in p for p in check(src))


def test_type_checking_imports_do_not_count(tmp_path):
    src = _tree(tmp_path, {
        "store/base.py": "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from nciiguard.service import app\n",
        "service/app.py": "x = 1\n",
    })
    assert check(src) == []


def test_a_cycle_inside_one_package_is_caught(tmp_path):
    src = _tree(tmp_path, {
        "banks/a.py": "from .b import y\nx = 1\n",
        "banks/b.py": "def g():\n    from .a import x\ny = 2\n",
    })
    assert any(p.startswith("import cycle:") and "banks.a" in p for p in check(src))


def test_a_package_init_importing_its_submodule_that_imports_the_init_is_a_cycle(tmp_path):
    src = _tree(tmp_path, {
        "cli/__init__.py": "from ._errors import e\nCODE = 1\n",
        "cli/_errors.py": "from . import CODE\ne = 2\n",
    })
    assert any("nciiguard.cli <-> nciiguard.cli._errors" in p for p in check(src))


def test_an_unknown_unit_and_a_long_file_are_caught(tmp_path):
    src = _tree(tmp_path, {"newthing/x.py": "a = 1\n" * (MAX_LINES + 1)})
    problems = check(src)
    assert any("'newthing' is not in the documented order" in p for p in problems)
    assert any("lines (limit" in p for p in problems)


if __name__ == "__main__":  # pragma: no cover - a quick report while refactoring
    print("\n".join(check(Path(sys.argv[1]) if len(sys.argv) > 1 else SRC)) or "ok")
