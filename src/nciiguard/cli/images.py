"""``nciiguard screen-image``, ``screen-images`` and ``screen-request``: the image guard from the shell.

Records follow the prompt guard's shape (:mod:`nciiguard.cli._records`); reasons carry image
boxes. An image that cannot be read (missing, corrupt, truncated, a decompression bomb) gives an
error record for its id, the run goes on, and the exit code is 1. Images are read, screened
and dropped: nothing is written except the records.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

from ..errors import InputError
from . import EXIT_ITEM_ERRORS, EXIT_OK, load_config
from .shadow import add_shadow_argument, finish as finish_shadow
from ._records import Progress, decision_record, error_record, human_summary, summarise, write_jsonl

#: File names screen-images picks up in a directory (case-insensitive). Other files are skipped
#: rather than reported, so a README next to the images does not turn into an error.
IMAGE_SUFFIXES = frozenset({
    ".jpg", ".jpeg", ".jpe", ".jfif", ".png", ".webp", ".gif", ".bmp", ".tif", ".tiff",
    ".avif", ".heic", ".heif", ".ppm", ".pgm", ".pbm", ".tga", ".ico",
})


def register(sub) -> None:
    p = sub.add_parser("screen-image", help="screen generated or uploaded images and print the decisions")
    p.add_argument("files", nargs="+", metavar="FILE", help="image file(s) to screen, each on its own")
    p.add_argument("--input-image", action="append", default=[], metavar="F",
                   help="input image of the edit request that produced FILE (repeatable)")
    p.add_argument("--prompt", default=None, help="the prompt that produced FILE")
    p.add_argument("--negative", default=None, help="the negative prompt (never counts as a request)")
    _common(p)
    p.set_defaults(func=_screen_image)

    p = sub.add_parser("screen-images", help="screen every image in a directory into a JSONL file")
    p.add_argument("directory", metavar="DIR", help="directory of images")
    p.add_argument("--output", "-o", required=True, help="JSONL file of decisions; - for stdout")
    p.add_argument("--recursive", "-r", action="store_true", help="descend into sub-directories")
    p.add_argument("--policy", default=None, help="profile name or YAML path (default: ncii)")
    p.add_argument("--progress", action="store_true", default=None, help="force the progress bar on")
    add_shadow_argument(p)
    p.set_defaults(func=_screen_images)

    p = sub.add_parser("screen-request", help="screen a generation/edit request before any image is made")
    p.add_argument("--prompt", default=None, help="the prompt")
    p.add_argument("--negative", default=None, help="the negative prompt (never counts as a request)")
    p.add_argument("--instruction", default=None, help="the edit instruction, when separate from the prompt")
    p.add_argument("--input-image", action="append", default=[], metavar="F",
                   help="input image of the request (repeatable)")
    _common(p)
    p.set_defaults(func=_screen_request)


def _common(p) -> None:
    p.add_argument("--policy", default=None, help="profile name or YAML path (default: ncii)")
    p.add_argument("--json", action="store_true", help="print one JSON record per line")
    p.add_argument("--explain", action="store_true", help="with --json: include every signal's raw result")


def _guard(args):
    from ..guard import Guard

    # Load every model before the first image: a signal's time budget counts from its first
    # call, and loading dlib and onnxruntime models on a busy machine can exceed it, which
    # would turn the first items into timeouts (fail closed, but needlessly).
    guard = Guard(args.policy, config=load_config(args), preload=True, shadow=getattr(args, "shadow", None))
    guard.shadow_surface = "cli"
    return guard


def bad_input_error(decision) -> str | None:
    """The reason an image could not be screened, if a signal said it is unreadable.

    Signals decode the image (once per scan); when it is corrupt they report ``bad input: ...``
    and the policy fails closed (review). For a command-line run that is an item error, not a
    verdict, so it becomes an error record instead.
    """
    for result in decision.results:
        if not result.ok and result.error and result.error.startswith("bad input:"):
            return result.error[len("bad input:"):].strip()
    return None


def _emit(args, item_id: str, decision) -> bool:
    """Print one decision (human or JSON); return False when the item was unreadable."""
    problem = bad_input_error(decision)
    if problem is not None:
        if args.json:
            write_jsonl(args.stdout, error_record(item_id, "bad_input", problem))
        print(f"nciiguard: bad input: {item_id}: {problem}", file=args.stderr)
        return False
    if args.json:
        record = decision_record(item_id, decision)
        if args.explain:
            record["signals"] = [r.to_dict() for r in decision.results]
        write_jsonl(args.stdout, record)
    else:
        print(f"{item_id}: {human_summary(decision)}", file=args.stdout)
    return True


def _screen_image(args) -> int:
    guard = _guard(args)
    inputs = _input_images(guard, args.input_image)
    failures = 0
    with guard:
        for name in args.files:
            try:
                decision = guard.screen_image(_existing(name, "FILE"), prompt=args.prompt,
                                              input_images=inputs, negative_prompt=args.negative)
            except InputError as exc:
                if args.json:
                    write_jsonl(args.stdout, error_record(name, "bad_input", str(exc)))
                print(f"nciiguard: bad input: {name}: {exc}", file=args.stderr)
                failures += 1
                continue
            failures += not _emit(args, name, decision)
    return EXIT_ITEM_ERRORS if failures else EXIT_OK


def _screen_request(args) -> int:
    if args.prompt is None and args.instruction is None and not args.input_image:
        raise InputError("nothing to screen: give --prompt, --instruction and/or --input-image")
    guard = _guard(args)
    inputs = _input_images(guard, args.input_image)
    fields = {"instruction": args.instruction} if args.instruction is not None else {}
    with guard:
        decision = guard.screen_request(args.prompt, args.negative, inputs, **fields)
        ok = _emit(args, "request", decision)
    return EXIT_OK if ok else EXIT_ITEM_ERRORS


def _screen_images(args) -> int:
    root = Path(args.directory)
    if not root.exists():
        raise InputError(f"directory not found: {root}")
    if not root.is_dir():
        raise InputError(f"not a directory: {root}")
    files = list_images(root, recursive=args.recursive)
    guard = _guard(args)
    out_stream = args.stdout if args.output == "-" else open(args.output, "w", encoding="utf-8")
    counts = {"allow": 0, "review": 0, "block": 0, "error": 0}
    progress = Progress(len(files), "screening images", args.stderr, args.progress)
    start = time.perf_counter()
    try:
        with guard:
            for path in files:
                item_id = path.relative_to(root).as_posix()
                try:
                    decision = guard.screen_image(path)
                    problem = bad_input_error(decision)
                except InputError as exc:
                    problem = str(exc)
                if problem is not None:
                    write_jsonl(out_stream, error_record(item_id, "bad_input", problem))
                    counts["error"] += 1
                else:
                    write_jsonl(out_stream, decision_record(item_id, decision))
                    counts[decision.action.value] += 1
                out_stream.flush()
                progress.update()
    finally:
        progress.close()
        if out_stream is not args.stdout:
            out_stream.close()
    summarise(counts, args.stderr, time.perf_counter() - start, "images")
    finish_shadow(guard, args)
    return EXIT_ITEM_ERRORS if counts["error"] else EXIT_OK


def list_images(root: Path, *, recursive: bool) -> list[Path]:
    """Image files under ``root`` in a stable order; hidden entries skipped, symlinked
    directories not followed (no loops)."""
    found: list[Path] = []
    if recursive:
        for dirpath, dirnames, filenames in os.walk(root, followlinks=False):
            dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
            found.extend(Path(dirpath) / f for f in filenames if _is_image_name(f))
    else:
        found = [p for p in root.iterdir() if _is_image_name(p.name) and p.is_file()]
    return sorted(found, key=lambda p: p.relative_to(root).as_posix())


def _is_image_name(name: str) -> bool:
    return not name.startswith(".") and Path(name).suffix.lower() in IMAGE_SUFFIXES


def _existing(name: str, what: str) -> str:
    """Refuse a missing path up front with a clear message (the decoder would too, later)."""
    path = Path(name)
    if not path.exists():
        raise InputError(f"{what} not found: {name}")
    if not path.is_file():
        raise InputError(f"{what} is not a regular file: {name}")
    return str(path)


def _input_images(guard, names: list[str]) -> list[str]:
    """Check the request's input images once, so a bad one is named instead of making every
    screened FILE look unreadable. (Signals decode them again during the scan.)"""
    from ..imaging import decode_image

    for name in names:
        _existing(name, "--input-image")
        try:
            decode_image(name, limits=guard.limits)
        except InputError as exc:
            raise InputError(f"--input-image {name}: {exc}") from None
    return list(names)

