"""``nciiguard screen-image``, ``screen-images`` and ``screen-request``: the image guard from the shell.

Records are the decision record (:mod:`nciiguard.records`); reasons carry image boxes. An image
that cannot be read gives one error record for its id (``missing_file``, ``unreadable_image`` when
the system refuses to read it, ``bad_input`` when it is not a usable image), the run goes on, and
the exit code is 1. Each file is opened once: its bytes are read here and every signal works on
them, so an unreadable file is one error, not one failure per signal held for review. A sub-folder that cannot be listed is an ``unreadable_folder`` record,
never skipped in silence. A directory is listed by the dataset scanner's folder source
(:class:`nciiguard.batch.sources.FolderSource`: the same image names, hidden entries and links
rules). Images are read, screened and dropped: nothing is written except the records.
"""

from __future__ import annotations

import time
from pathlib import Path

from ..errors import InputError
from ..records import decision_record, error_record
from ._config import load_config
from ._errors import os_error_message, os_reason
from ._exit import EXIT_ITEM_ERRORS, EXIT_OK
from ._records import (Progress, add_fail_on, check_output, human_summary, open_output, reached, summarise,
                       write_jsonl)
from .shadow import add_shadow_argument, finish as finish_shadow

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
    add_fail_on(p)
    add_shadow_argument(p)
    p.set_defaults(func=_screen_images)

    p = sub.add_parser("screen-request", help="screen a generation/edit request before any image is made")
    p.add_argument("prompt", nargs="?", default=None, help="the prompt (or give --prompt)")
    p.add_argument("--prompt", dest="prompt_option", default=None, metavar="PROMPT",
                   help="the prompt, as an option (same as the positional PROMPT)")
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
    add_fail_on(p)


class _Unreadable(Exception):
    """An item that cannot be screened: an error record with ``code`` and a one-line message."""

    def __init__(self, code: str, message: str):
        super().__init__(message)
        self.code = code


def read_image_file(name: str | Path, limits) -> bytes:
    """The file's bytes, read once with the size limit, or _Unreadable naming the problem."""
    path = Path(name)
    try:
        if path.is_dir():
            raise _Unreadable("bad_input", "is a directory, not an image file")
        size = path.stat().st_size
        if size > limits.max_file_bytes:
            raise _Unreadable("bad_input", f"image file is {size} bytes, larger than the limit of "
                                           f"{limits.max_file_bytes}")
        with open(path, "rb") as f:
            data = f.read(limits.max_file_bytes + 1)
    except FileNotFoundError:
        raise _Unreadable("missing_file", "file not found") from None
    except OSError as exc:
        raise _Unreadable("unreadable_image", f"cannot read the file: {os_reason(exc)}") from None
    if not data:
        raise _Unreadable("bad_input", "image is empty (0 bytes)")
    if len(data) > limits.max_file_bytes:
        raise _Unreadable("bad_input", f"image is larger than the limit of {limits.max_file_bytes} bytes")
    return data


def _guard(args):
    from ..guard import Guard

    # Load every model before the first image: a signal's time budget counts from its first
    # call, and loading dlib and onnxruntime models on a busy machine can exceed it, which
    # would turn the first items into timeouts (fail closed, but needlessly).
    guard = Guard(args.policy, config=load_config(args), preload=True, shadow=getattr(args, "shadow", None))
    guard.shadow_surface = "cli"
    return guard


def _emit(args, item_id: str, decision) -> bool:
    """Print one decision (human or JSON); return False when the item was unreadable.

    Signals decode the image (once per scan); when it is corrupt the decision carries
    ``input_error`` and the policy fails closed (review). For a command-line run that is an item
    error, not a verdict, so it becomes an error record instead.
    """
    problem = decision.input_error
    if problem is not None:
        _emit_error(args, item_id, problem.code, problem.message)
        return False
    if args.json:
        write_jsonl(args.stdout, decision_record(item_id, decision, explain=args.explain))
    else:
        print(f"{item_id}: {human_summary(decision)}", file=args.stdout)
    return True


def _emit_error(args, item_id: str, code: str, message: str) -> None:
    if args.json:
        write_jsonl(args.stdout, error_record(item_id, code, message))
    print(f"nciiguard: {code.replace('_', ' ')}: {item_id}: {message}", file=args.stderr)


def _screen_image(args) -> int:
    guard = _guard(args)
    inputs = _input_images(guard, args.input_image)
    failures = 0
    failed_on = False
    with guard:
        for name in args.files:
            try:
                data = read_image_file(name, guard.limits)
            except _Unreadable as exc:
                _emit_error(args, name, exc.code, str(exc))
                failures += 1
                continue
            decision = guard.screen_image(data, prompt=args.prompt, input_images=inputs,
                                          negative_prompt=args.negative)
            if _emit(args, name, decision):
                failed_on = failed_on or reached(args.fail_on, decision.action)
            else:
                failures += 1
    return EXIT_ITEM_ERRORS if failures or failed_on else EXIT_OK


def _screen_request(args) -> int:
    if args.prompt is not None and args.prompt_option is not None:
        raise InputError("give the prompt once: as PROMPT or as --prompt, not both")
    prompt = args.prompt if args.prompt is not None else args.prompt_option
    if prompt is None and args.instruction is None and not args.input_image:
        raise InputError("nothing to screen: give PROMPT, --instruction and/or --input-image")
    guard = _guard(args)
    inputs = _input_images(guard, args.input_image)
    fields = {"instruction": args.instruction} if args.instruction is not None else {}
    with guard:
        decision = guard.screen_request(prompt, args.negative, inputs, **fields)
        ok = _emit(args, "request", decision)
    return EXIT_OK if ok and not reached(args.fail_on, decision.action) else EXIT_ITEM_ERRORS


def _screen_images(args) -> int:
    root = Path(args.directory)
    if not root.exists():
        raise InputError(f"directory not found: {root}")
    if not root.is_dir():
        raise InputError(f"not a directory: {root}")
    check_output(args.output)
    from ..batch.sources import FolderSource, Unlisted

    try:
        entries = FolderSource(root, recursive=args.recursive).entries()
    except OSError as exc:
        raise InputError(os_error_message(exc, "cannot list directory")) from None
    guard = _guard(args)
    out_stream = args.stdout if args.output == "-" else open_output(args.output)
    counts = {"allow": 0, "review": 0, "block": 0, "error": 0}
    failed_on = False
    progress = Progress(len(entries), "screening images", args.stderr, args.progress)
    start = time.perf_counter()
    try:
        with guard:
            for entry in entries:
                if isinstance(entry, Unlisted):
                    message = os_error_message(entry.error, "cannot list folder")
                    write_jsonl(out_stream, error_record(entry.id, "unreadable_folder", message))
                    counts["error"] += 1
                    progress.update()
                    continue
                item_id = entry.relative_to(root).as_posix()
                code, problem = "bad_input", None
                try:
                    decision = guard.screen_image(read_image_file(entry, guard.limits))
                    if decision.input_error is not None:
                        code, problem = decision.input_error.code, decision.input_error.message
                except _Unreadable as exc:
                    code, problem = exc.code, str(exc)
                except InputError as exc:
                    problem = str(exc)
                if problem is not None:
                    write_jsonl(out_stream, error_record(item_id, code, problem))
                    counts["error"] += 1
                else:
                    write_jsonl(out_stream, decision_record(item_id, decision))
                    counts[decision.action.value] += 1
                    failed_on = failed_on or reached(args.fail_on, decision.action)
                out_stream.flush()
                progress.update()
    finally:
        progress.close()
        if out_stream is not args.stdout:
            out_stream.close()
    summarise(counts, args.stderr, time.perf_counter() - start, "images")
    finish_shadow(guard, args)
    return EXIT_ITEM_ERRORS if counts["error"] or failed_on else EXIT_OK


def _input_images(guard, names: list[str]) -> list[bytes]:
    """Read and check the request's input images once, so a bad one is named instead of making
    every screened FILE look unreadable; the signals then work on these bytes."""
    from ..imaging import decode_image

    images = []
    for name in names:
        try:
            data = read_image_file(name, guard.limits)
            decode_image(data, limits=guard.limits)
        except _Unreadable as exc:
            raise InputError(f"--input-image {name}: {exc}") from None
        except InputError as exc:
            raise InputError(f"--input-image {name}: {exc}") from None
        images.append(data)
    return images
