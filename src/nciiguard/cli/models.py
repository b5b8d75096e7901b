"""``nciiguard scan-model``: model files and model pages from the shell.

Each model file (a file, or every model file under a directory) is hashed, its safetensors
header read without loading tensors, and its training metadata and page texts screened with the
``models`` profile; the hashes are matched against the banks of known nudify models in the
database of the configuration. A file whose header is hostile or broken gets an error record
and the run goes on.
"""

from __future__ import annotations

from pathlib import Path

from ..errors import InputError
from ..records import decision_record, error_record
from ._config import load_config
from ._exit import EXIT_ITEM_ERRORS, EXIT_OK
from ._records import human_summary, write_jsonl

#: Largest model card / description read (the Content limit for one text field).
MAX_CARD_BYTES = 64 * 1024


def register(sub) -> None:
    p = sub.add_parser(
        "scan-model",
        help="screen model files (safetensors metadata, hashes) and model pages for likeness and nudify models",
    )
    p.add_argument("paths", nargs="*", metavar="FILE|DIR",
                   help="model file(s) or directories of model files (.safetensors, .ckpt, .pt, .bin, .gguf ...)")
    p.add_argument("--card", default=None, metavar="FILE",
                   help="the model card / page text (default for a DIR: its README.md, if any)")
    p.add_argument("--description", default=None, metavar="TEXT", help="a model description or bounty text")
    p.add_argument("--policy", default="models", help="profile name or YAML path (default: models)")
    p.add_argument("--json", action="store_true", help="print one JSON record per line")
    p.add_argument("--explain", action="store_true", help="with --json: include every signal's raw result")
    p.add_argument("--fail-on", choices=("review", "block"), default=None,
                   help="exit 1 when any decision is at least this severe (for CI / upload hooks)")
    p.set_defaults(func=_scan_model)


def _read_card(path: str) -> str:
    p = Path(path)
    if not p.is_file():
        raise InputError(f"model card not found: {path}")
    with open(p, "rb") as fh:  # only what can be screened: a huge card costs no more than that
        data = fh.read(MAX_CARD_BYTES + 1)
    if len(data) > MAX_CARD_BYTES:
        data = data[:MAX_CARD_BYTES]  # screened as far as the Content limit allows
    return data.decode("utf-8", errors="replace")


def _guard(args):
    from ..guard import Guard

    # The Guard's default resources open the banks (and the likeness registry) of the configured
    # database: the nudify-model bank match reads them.
    return Guard(args.policy, config=load_config(args))


def _scan_model(args) -> int:
    from ..findings import Action
    from ..modelscan import inspect_model_file, model_content, model_files

    if not args.paths and args.card is None and args.description is None:
        raise InputError("give a model FILE or DIR, --card FILE or --description TEXT")
    pages: dict[str, str] = {}
    if args.card is not None:
        pages["model_card"] = _read_card(args.card)
    if args.description is not None:
        pages["description"] = args.description

    # Resolve files first so a missing path is reported before any work is done.
    jobs: list[tuple[Path, dict[str, str]]] = []
    for root in args.paths:
        root_p = Path(root)
        if not root_p.exists():
            raise InputError(f"not found: {root}")
        page = dict(pages)
        readme = root_p / "README.md"
        if root_p.is_dir() and "model_card" not in page and readme.is_file():
            page["model_card"] = _read_card(str(readme))
        files = model_files(root_p)
        if not files:
            print(f"nciiguard: no model files under {root}", file=args.stderr)
        jobs.extend((f, page) for f in files)

    guard = _guard(args)
    worst = Action.ALLOW
    errors = 0
    with guard:
        if not jobs:
            decision = guard.screen(model_content(None, pages))
            _emit(args, "page", decision, None)
            worst = decision.action
        for path, page in jobs:
            try:
                model = inspect_model_file(path)
                decision = guard.screen(model_content(model, page))
            except InputError as exc:
                errors += 1
                _emit_error(args, str(path), exc)
                continue
            _emit(args, str(path), decision, model)
            worst = Action.most_severe([worst, decision.action])
    if errors:
        return EXIT_ITEM_ERRORS
    if args.fail_on and worst.severity >= Action(args.fail_on).severity:
        return EXIT_ITEM_ERRORS
    return EXIT_OK


def _emit(args, item_id: str, decision, model) -> None:
    if args.json:
        record = decision_record(item_id, decision, explain=args.explain)
        if model is not None:
            record["model"] = model.to_dict()
        write_jsonl(args.stdout, record)
        return
    head = item_id if model is None else f"{item_id}  sha256={model.sha256}"
    print(head, file=args.stdout)
    if model is not None and model.training is not None and model.training.problems:
        for problem in model.training.problems:
            print(f"  note: {problem}", file=args.stdout)
    print("  " + human_summary(decision).replace("\n", "\n  "), file=args.stdout)


def _emit_error(args, item_id: str, exc: Exception) -> None:
    from ..modelscan import HeaderError

    code = "bad_header" if isinstance(exc, HeaderError) else "bad_input"
    if args.json:
        write_jsonl(args.stdout, error_record(item_id, code, str(exc)))
    else:
        print(f"{item_id}\n  ERROR ({code}): {exc}", file=args.stdout)
    print(f"nciiguard: {exc}", file=args.stderr)
