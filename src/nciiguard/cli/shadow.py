"""``nciiguard shadow report``, and ``--shadow PROFILE`` for the batch commands.

``screen-prompts --shadow sfw`` screens with the enforcing profile (``--policy``, default ncii)
and decides each item with ``sfw`` too: the output file holds the enforcing decisions only, the
counts go to the database (table shadow_counts, surface ``cli``) and a one-line summary to stderr.
``nciiguard shadow report`` then shows what the candidate would change. See docs/shadow.md.
"""

from __future__ import annotations

import json

from . import EXIT_OK, EXIT_USAGE, load_config


def register(sub) -> None:
    p = sub.add_parser("shadow", help="shadow policies: what a candidate profile would change")
    ssub = p.add_subparsers(dest="shadow_command", metavar="SUBCOMMAND")
    ssub.required = True
    r = ssub.add_parser("report", help="agreements and disagreements recorded in the database")
    r.add_argument("--days", type=int, default=7, help="the last N days (UTC, default 7)")
    r.add_argument("--enforcing", default=None, help="only this enforcing profile (name, or name@version)")
    r.add_argument("--candidate", default=None, help="only this candidate profile")
    r.add_argument("--top", type=int, default=20, help="how many kinds of disagreement to list (default 20)")
    r.add_argument("--json", action="store_true", help="print the report as JSON")
    r.set_defaults(func=_report)


def add_shadow_argument(p) -> None:
    """``--shadow PROFILE`` on a batch command."""
    p.add_argument("--shadow", default=None, metavar="PROFILE",
                   help="also decide with this candidate profile and record where it disagrees (never enforced)")


def finish(guard, args) -> None:
    """After a batch: write the shadow counts to the database and summarise them on stderr."""
    if getattr(guard, "shadow_tally", None) is None:
        return
    from ..shadow import ShadowStore
    from ..store import open_database

    tally = guard.shadow_tally
    db = open_database(load_config(args).url)
    try:
        tally.flush_to(ShadowStore(db))
    finally:
        db.dispose()
    print(f"shadow {guard.shadow.label}: {tally.disagreements} of {tally.seen} decisions would change"
          + (f", {tally.errors} candidate errors" if tally.errors else "")
          + " (recorded; see `nciiguard shadow report`)", file=args.stderr)


def _report(args) -> int:
    from ..shadow import ShadowStore
    from ..store import open_database

    if args.days < 1 or args.top < 1:
        print("nciiguard shadow report: --days and --top must be at least 1", file=args.stderr)
        return EXIT_USAGE
    db = open_database(load_config(args).url)
    try:
        reports = ShadowStore(db).report(days=args.days, enforcing=args.enforcing, candidate=args.candidate,
                                         top=args.top)
    finally:
        db.dispose()
    if args.json:
        print(json.dumps([r.to_dict() for r in reports], indent=2), file=args.stdout)
        return EXIT_OK
    if not reports:
        print(f"no shadow decisions recorded in the last {args.days} day(s)", file=args.stdout)
        return EXIT_OK
    for rep in reports:
        d = rep.to_dict()
        print(f"{rep.enforcing} (enforcing) vs {rep.candidate} (candidate), since {rep.since}:", file=args.stdout)
        print(f"  {rep.screened} decisions, {rep.disagreements} would change ({100 * d['rate']:.1f}%)"
              + (f", {rep.errors} candidate errors" if rep.errors else ""), file=args.stdout)
        for ch in d["changes"]:
            print(f"  {ch['enforced']:>6} -> {ch['candidate']:<6} {ch['count']}", file=args.stdout)
        if rep.top:
            print("  most frequent:", file=args.stdout)
        for t in rep.top:
            rules = ",".join(t["candidate_rules"]) or "-"
            print(f"  {t['count']:>8}  {t['enforced']} -> {t['candidate']}  candidate rules: {rules}  "
                  f"codes: {','.join(t['reason_codes']) or '-'}", file=args.stdout)
    return EXIT_OK
