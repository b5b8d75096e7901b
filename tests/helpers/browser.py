"""Helpers for the browser tests (their fixtures are in tests/browser/conftest.py)."""

from __future__ import annotations

import os
from pathlib import Path


def screenshot(page, name: str) -> None:
    """Save a full-page screenshot when NCIIGUARD_SCREENSHOTS names a directory (for looking at)."""
    where = os.environ.get("NCIIGUARD_SCREENSHOTS")
    if where:
        Path(where).mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(Path(where) / f"{name}.png"), full_page=True)
