"""``nciiguard screen-prompt`` and ``nciiguard screen-prompts``: the prompt guard from the shell."""

from __future__ import annotations

import json
import time

from ..content import MAX_TEXT_BYTES
from ..errors import InputError
from ..records import decision_record, error_record
from ._config import load_config
from ._exit import EXIT_ITEM_ERRORS, EXIT_OK
from ._records import (Progress, add_fail_on, check_output, human_summary, open_input, open_output, reached,
                       summarise, write_jsonl)
from .shadow import add_shadow_argument, finish as finish_shadow

#: A JSONL line longer than this is refused before parsing (64 KiB prompt + JSON overhead).
MAX_LINE_BYTES = 4 * MAX_TEXT_BYTES


def register(sub) -> None:
    p = sub.add_parser("screen-prompt", help="screen one prompt and print the decision")
    p.add_argument("prompt", help="the prompt text")
    p.add_argument("--negative", default=None, help="the negative prompt (never counts as a request)")
    p.add_argument("--policy", default=None, help="profile name or YAML path (default: ncii)")
    p.add_argument("--json", action="store_true", help="print the decision as JSON")
    p.add_argument("--explain", action="store_true", help="with --json: include every signal's raw result")
    add_fail_on(p)
    p.set_defaults(func=_screen_prompt)

    p = sub.add_parser("screen-prompts", help="screen a JSONL file of prompts")
    p.add_argument("input", help='JSONL file, one {"id", "prompt", "negative_prompt"?} per line; - for stdin')
    p.add_argument("--output", "-o", required=True, help="JSONL file of decisions; - for stdout")
    p.add_argument("--policy", default=None, help="profile name or YAML path (default: ncii)")
    p.add_argument("--progress", action="store_true", default=None, help="force the progress bar on")
    add_fail_on(p)
    add_shadow_argument(p)
    p.set_defaults(func=_screen_prompts)


def _guard(args):
    from ..guard import Guard

    config = load_config(args)
    guard = Guard(args.policy, config=config, shadow=getattr(args, "shadow", None))
    guard.shadow_surface = "cli"
    return guard


def _screen_prompt(args) -> int:
    guard = _guard(args)
    decision = guard.screen_prompt(args.prompt, args.negative)
    if args.json:
        out = decision.to_dict(include_results=args.explain)
        print(json.dumps(out, ensure_ascii=False, indent=2), file=args.stdout)
    else:
        print(human_summary(decision), file=args.stdout)
    return EXIT_ITEM_ERRORS if reached(args.fail_on, decision.action) else EXIT_OK


def _prompt_fields(obj: dict):
    """Return (prompt, negative) of a line's object or raise InputError naming what is wrong."""
    prompt = obj.get("prompt")
    if prompt is None:
        raise InputError('missing "prompt"')
    if not isinstance(prompt, str):
        raise InputError('"prompt" must be a string')
    negative = obj.get("negative_prompt")
    if negative is not None and not isinstance(negative, str):
        raise InputError('"negative_prompt" must be a string or null')
    return prompt, negative


def _screen_prompts(args) -> int:
    import sys
    from pathlib import Path

    from ..batch.sources import JsonlSource

    # Input and output are checked before the guard loads: a typo costs a second, not a minute.
    in_stream = sys.stdin.buffer if args.input == "-" else open_input(args.input)
    source = JsonlSource(Path(args.input), in_stream, max_line_bytes=MAX_LINE_BYTES)
    try:
        check_output(args.output)
        guard = _guard(args)
        total = source.count()
        out_stream = args.stdout if args.output == "-" else open_output(args.output)
    except BaseException:
        if in_stream is not sys.stdin.buffer:
            in_stream.close()
        raise
    counts = {"allow": 0, "review": 0, "block": 0, "error": 0}
    failed_on = False
    progress = Progress(total, "screening prompts", args.stderr, args.progress)
    start = time.perf_counter()
    try:
        for item in source.items():
            problem = item.error[1] if item.error is not None else None  # "line N: ..." already
            if problem is None:
                try:
                    decision = guard.screen_prompt(*_prompt_fields(item.extra["record"]))
                except InputError as exc:
                    problem = f"line {item.extra['line']}: {exc}"
            if problem is not None:
                write_jsonl(out_stream, error_record(item.id, "bad_input", problem))
                counts["error"] += 1
            else:
                write_jsonl(out_stream, decision_record(item.id, decision))
                counts[decision.action.value] += 1
                failed_on = failed_on or reached(args.fail_on, decision.action)
            progress.update()
    finally:
        progress.close()
        if out_stream is not args.stdout:
            out_stream.close()
        if in_stream is not sys.stdin.buffer:
            in_stream.close()
    summarise(counts, args.stderr, time.perf_counter() - start, "prompts")
    finish_shadow(guard, args)
    return EXIT_ITEM_ERRORS if counts["error"] or failed_on else EXIT_OK
