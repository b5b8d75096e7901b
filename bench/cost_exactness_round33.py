"""Round 33 (cost): the two behaviour-neutral cuts give the readings of the code they replace, on every row.

    NCIIGUARD_DATA=../shared/data PYTHONPATH=src .venv/bin/python bench/cost_exactness_round33.py

Over every row of the development sets v11 onwards, the numbers-only sets v1-v10 (ids and counts only) and the
benign prompt sources of ``--check-benign`` (never-seen sets are refused, as in bench/decision_identity.py):

- ``persons.private.private_person_spans`` of the row's folded text against the per-row reading it replaced
  (each row's own gate, ``_Gated.finditer``/``search``; every row of the table in table order);
- every ``hit(table)`` the phrase decoder asks of ``cipher_math._any_listed`` while the row is normalised
  (``normalize`` runs ``decode_phrases``), the one-call set lookup against the probe scan
  ``any(p.translate(table) in known for p in ps)``.

Writes bench/results/cost_exactness_round33.md: per source, rows, checks made and checks differing, and the ids
of differing rows (at most 20 per source). Never a prompt's text.
"""

from __future__ import annotations

import _common  # noqa: F401  (first: pins thread pools)

import sys
from collections import Counter

from decision_identity import DEV_SETS, NUMBERS_ONLY_SETS, benign_rows, dev_rows


def _per_row_spans(P, text: str) -> list[tuple[str, float, int, int]]:
    """The reading before round 33: every row asked through its own gate (test_prefilter's reference)."""
    out = []
    for name, score, pat in P.PRIVATE_PERSON_PATTERNS:
        if name in P._HEAD_CHECKED:
            out.extend((name, score, a, b) for a, b in P._checked_matches(pat, text, P._HEAD_CHECKED[name]))
        else:
            out.extend((name, score, m.start(), m.end()) for m in pat.finditer(text))
    return out


def main() -> int:
    from nciiguard.text import cipher_math, phrase_decode
    from nciiguard.text.normalize import normalize
    from nciiguard.text.persons import private as P

    checks, differ = Counter(), Counter()
    state = {"source": None, "bad": False}
    fast = cipher_math._any_listed

    def checked_any_listed(ps, known):
        hit = fast(ps, known)

        def both(table):
            got = hit(table)
            want = any(p.translate(table) in known for p in ps)
            checks[(state["source"], "any_listed")] += 1
            if got != want:
                differ[(state["source"], "any_listed")] += 1
                state["bad"] = True
            return want  # the reading of the replaced code, so what follows is that code's

        return both

    phrase_decode._any_listed = checked_any_listed
    rows = dev_rows(list(NUMBERS_ONLY_SETS + DEV_SETS), None, numbers_only=True) + benign_rows(None)
    total, where = Counter(), {}
    for source, rid, text in rows:
        state["source"], state["bad"] = source, False
        total[source] += 1
        folded = normalize(text).folded.text
        checks[(source, "private_spans")] += 1
        if P.private_person_spans(folded) != _per_row_spans(P, folded):
            differ[(source, "private_spans")] += 1
            state["bad"] = True
        if state["bad"]:
            where.setdefault(source, []).append(rid)
    table = _common.markdown_table(
        ["source", "rows", "private_person_spans checks", "differing", "_any_listed checks", "differing"],
        [(s, total[s], checks[(s, "private_spans")], differ[(s, "private_spans")], checks[(s, "any_listed")],
          differ[(s, "any_listed")]) for s in total]
        + [("all", sum(total.values()), sum(v for (s, k), v in checks.items() if k == "private_spans"),
            sum(v for (s, k), v in differ.items() if k == "private_spans"),
            sum(v for (s, k), v in checks.items() if k == "any_listed"),
            sum(v for (s, k), v in differ.items() if k == "any_listed"))], 0)
    lines = [f"- {s}: {', '.join(v[:20])}{' ...' if len(v) > 20 else ''}" for s, v in where.items()]
    path = _common.write_results(
        "cost_exactness_round33", "Round 33 cost cuts: new readings against the replaced ones, every row",
        [("Checks", table), ("Differing rows (ids only; at most 20 per source)", "\n".join(lines) or "none")],
        command="python bench/cost_exactness_round33.py",
        notes=[f"Sets {NUMBERS_ONLY_SETS[0]}-{DEV_SETS[-1]} (bench/heldout.py; never-seen sets refused; "
               f"{NUMBERS_ONLY_SETS[0]}-{NUMBERS_ONLY_SETS[-1]} ids and counts only) and the benign prompt "
               "sources of build_sexual_lexicon.py --check-benign.",
               "private_person_spans: of the row's folded text (normalize(text).folded.text), against every "
               "row of the table asked through its own gate.",
               "_any_listed: every hit(table) the phrase decoder asked while normalising the row."])
    print(path)
    print(table)
    return 1 if sum(differ.values()) else 0


if __name__ == "__main__":
    sys.exit(main())
