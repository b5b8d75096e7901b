"""Every registered signal has a docs page, and every docs page belongs to a registered signal."""

from pathlib import Path

from nciiguard.signals.registry import SIGNALS

DOCS = Path(__file__).resolve().parents[2] / "docs" / "signals"


def test_every_signal_is_documented():
    missing = [name for name in SIGNALS if not (DOCS / f"{name}.md").is_file()]
    assert not missing, f"signals without docs/signals/<name>.md: {missing}"


def test_no_orphan_signal_pages():
    pages = {p.stem for p in DOCS.glob("*.md")} - {"index", "README"}
    assert pages <= set(SIGNALS), f"pages for unregistered signals: {sorted(pages - set(SIGNALS))}"
