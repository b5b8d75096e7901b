"""Helpers that test modules import: one uniquely named package, never ``from conftest import``.

Why not conftest: every test folder has its own ``conftest.py`` and pytest (default "prepend"
import mode, see ``[tool.pytest.ini_options]`` in pyproject.toml) imports each of them as the
top-level module ``conftest``; ``from conftest import x`` then got whichever one was loaded last,
so one pytest command mixing tests/unit and tests/service failed to import. Fixtures stay in the
conftest files; plain functions, constants and classes live here.

How it is found: tests/ has no ``__init__.py``, so pytest puts tests/ on ``sys.path`` when it
loads tests/conftest.py (before any test module), and ``helpers`` resolves to this package.
tests/conftest.py registers it for pytest's assertion rewriting.

Modules: ``profiles`` (small policy profiles), ``service`` (the app with a real database),
``images`` (synthetic images and image encodings), ``net`` (free ports, uvicorn in a thread),
``threads`` (run a function on several threads and collect what they raise), ``faces``.
"""
