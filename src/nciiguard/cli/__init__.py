"""``nciiguard``: the command line, a thin layer over the library.

Each command group lives in its own module with ``register(subparsers)``; this module only
lists them. ``main(argv, stdout, stderr)`` takes its streams as parameters so tests run it
in-process.

Every failure a user can cause ends the same way: one line on stderr, ``nciiguard: <what>``, and a
documented exit code (:data:`EXIT_CODES_HELP`, docs/cli.md). The messages are built in
:mod:`nciiguard.cli._errors`; they name paths the operator gave and never echo prompt text, hashes
or file contents. Anything unexpected is one line too, with a hint to rerun with ``--debug`` for
the traceback.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import sys
from typing import Sequence, TextIO

# Exit codes and config loading live in their own modules (the error translator reads them
# without importing this package); re-exported here for the commands and embedders.
from ._config import load_config  # noqa: F401
from ._exit import (EXIT_CODES_HELP, EXIT_INTERNAL, EXIT_INTERRUPTED, EXIT_ITEM_ERRORS,  # noqa: F401
                    EXIT_OK, EXIT_USAGE)

#: Command modules, one line each.
COMMAND_MODULES = [
    "nciiguard.cli.prompts",
    "nciiguard.cli.images",
    "nciiguard.cli.info",
    "nciiguard.cli.registry",
    "nciiguard.cli.hashes",
    "nciiguard.cli.audit",
    "nciiguard.cli.models",
    "nciiguard.cli.service",
    "nciiguard.cli.dataset",
    "nciiguard.cli.selfcheck",
    "nciiguard.cli.db",
    "nciiguard.cli.shadow",
    "nciiguard.cli.webhooks",
    "nciiguard.cli.exchange",
]

#: Help for a ``--json`` flag registered without one: it means the same in every command.
JSON_FLAG_HELP = "print JSON instead of text"


class _Parser(argparse.ArgumentParser):
    def error(self, message: str):  # argparse exits 2 on usage errors; keep the code, print cleanly
        raise _UsageError(self, message)


class _UsageError(Exception):
    def __init__(self, parser: argparse.ArgumentParser, message: str):
        super().__init__(message)
        self.parser = parser
        self.message = message


def build_parser() -> argparse.ArgumentParser:
    from .. import __version__

    parser = _Parser(prog="nciiguard", description="Stop AI-generated non-consensual intimate imagery.",
                     epilog=EXIT_CODES_HELP, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--version", action="version", version=f"nciiguard {__version__}")
    parser.add_argument("--config", help="YAML configuration file (default: $NCIIGUARD_CONFIG)")
    parser.add_argument("--data-dir", help="state directory (database, index); default: the user data dir")
    parser.add_argument("--database-url", help="SQLAlchemy URL (default: SQLite in the data dir)")
    parser.add_argument("--debug", action="store_true", help="on an error, print the full traceback")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    sub.required = True
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub)
    _finish(parser)
    return parser


def _finish(parser: argparse.ArgumentParser) -> None:
    """Walk every sub-command: remember which parser to blame for a usage error, accept ``--debug``
    after the sub-command too, and give a bare ``--json`` its one meaning."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for sp in action.choices.values():
                # The deepest parser's default wins (sub-parsers set theirs after their parent's).
                sp.set_defaults(_usage_parser=sp)
                if "--debug" not in sp._option_string_actions:
                    sp.add_argument("--debug", action="store_true", default=argparse.SUPPRESS,
                                    help="on an error, print the full traceback")
                _finish(sp)
        elif action.option_strings == ["--json"] and not action.help:
            action.help = JSON_FLAG_HELP


def main(argv: Sequence[str] | None = None, stdout: TextIO | None = None, stderr: TextIO | None = None) -> int:
    from ._errors import describe

    stdout = stdout or sys.stdout
    stderr = stderr or sys.stderr
    parser = build_parser()
    argv = list(argv) if argv is not None else sys.argv[1:]
    try:
        with contextlib.redirect_stdout(stdout):  # --help and --version print to the given stream
            args, extra = parser.parse_known_args(argv)
        if extra:  # blamed on the sub-command that was given them, not on the top level
            getattr(args, "_usage_parser", parser).error(f"unrecognized arguments: {' '.join(extra)}")
    except _UsageError as exc:
        stderr.write(exc.parser.format_usage())
        print(f"{exc.parser.prog}: error: {exc.message}", file=stderr)
        return EXIT_USAGE
    except SystemExit as exc:  # --help / --version
        return int(exc.code or 0)
    args.stdout, args.stderr = stdout, stderr
    try:
        return int(args.func(args) or 0)
    except KeyboardInterrupt:
        print("nciiguard: interrupted", file=stderr)
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        return EXIT_OK
    except Exception as exc:  # noqa: BLE001 - every error ends as one line and a documented code
        code, message = describe(exc, args)
        if getattr(args, "debug", False):
            import traceback

            traceback.print_exception(exc, file=stderr)
        elif code == EXIT_INTERNAL:
            message += "; rerun with --debug for the traceback"
        print(f"nciiguard: {message}", file=stderr)
        return code


def run() -> None:  # console-script entry point
    from ..blas_threads import limit_blas_threads

    try:
        limit_blas_threads()  # small matrix products: a BLAS pool per core only spins (nciiguard.blas_threads)
    except ValueError as exc:  # a malformed NCIIGUARD_BLAS_THREADS: one line, the usage exit code
        print(f"nciiguard: {exc}", file=sys.stderr)
        sys.exit(EXIT_USAGE)
    sys.exit(main())
