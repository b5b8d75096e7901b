"""Which package files a start-up cache depends on (round 24).

A leaf module (it imports nothing of nciiguard) so that both start-up caches, the built lexicons
(:mod:`nciiguard.text.lexicon_built`) and the term forms (:mod:`nciiguard.text.term_forms`), can
fingerprint their inputs without importing each other.
"""

from __future__ import annotations

from typing import Iterable

__all__ = ["dependencies"]


def dependencies(roots: Iterable[str] = ("text/lexicon.py",)) -> list[str]:
    """The package files whose content can change what the modules ``roots`` compute: the modules their
    code imports (read with :mod:`ast`, function-level imports included), followed name by name, and the
    data files they name (``"text/data/..."`` literals).

    ``from .a.b import c`` depends on ``a/b/c.py`` when ``c`` is a module, else on ``a/b.py`` or
    ``a/b/__init__.py`` (where ``c`` is defined); the parents' ``__init__.py`` are not followed (Python
    runs them, but the names come from the module itself; see :mod:`nciiguard.text.lexicon_built`'s docstring
    for why that is safe).
    """
    import ast
    import re
    from importlib import resources

    pkg = resources.files("nciiguard")

    def is_file(rel: str) -> bool:
        return pkg.joinpath(*rel.split("/")).is_file()

    def module(parts: list[str]) -> str | None:
        for cand in ("/".join(parts) + ".py", "/".join(parts) + "/__init__.py"):
            if is_file(cand):
                return cand
        return None

    seen: set[str] = set()
    data: set[str] = set()
    todo: list[str | None] = list(roots)
    while todo:
        rel = todo.pop()
        if rel is None or rel in seen or not is_file(rel):
            continue
        seen.add(rel)
        code = pkg.joinpath(*rel.split("/")).read_text(encoding="utf-8")
        data.update(m for m in re.findall(r"text/data/[\w.\-]+", code) if is_file(m))
        here = rel.split("/")[:-1]
        try:
            tree = ast.parse(code)
        except SyntaxError:
            continue  # hashed all the same; importing it fails anyway
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom):
                if node.level:
                    base = here[: len(here) - (node.level - 1)] if node.level > 1 else list(here)
                    mod = base + (node.module.split(".") if node.module else [])
                elif (node.module or "").startswith("nciiguard."):
                    mod = node.module.split(".")[1:]
                else:
                    continue
                for alias in node.names:
                    # a submodule by that name, else the module that defines the name
                    todo.append(module(mod + [alias.name]) or module(mod))
            elif isinstance(node, ast.Import):
                todo += [module(a.name.split(".")[1:]) for a in node.names if a.name.startswith("nciiguard.")]
    return sorted(seen | data)
