"""``nciiguard``: the command line, a thin layer over the library.

Each command group lives in its own module with ``register(subparsers)``; this module only
lists them. ``main(argv, stdout, stderr)`` takes its streams as parameters so tests run it
in-process. Exit codes: 0 success, 1 the command ran but some items failed or were blocked
where that is the question asked, 2 usage or configuration error.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from typing import Sequence, TextIO

from ..errors import ConfigError, InputError, MissingExtraError, NciiguardError

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
]

EXIT_OK, EXIT_ITEM_ERRORS, EXIT_USAGE = 0, 1, 2


class _Parser(argparse.ArgumentParser):
    def error(self, message: str):  # argparse exits 2 on usage errors; keep that, but print cleanly
        self.print_usage(sys.stderr)
        raise _UsageError(f"{self.prog}: error: {message}")


class _UsageError(Exception):
    pass


def build_parser() -> argparse.ArgumentParser:
    from .. import __version__

    parser = _Parser(prog="nciiguard", description="Stop AI-generated non-consensual intimate imagery.")
    parser.add_argument("--version", action="version", version=f"nciiguard {__version__}")
    parser.add_argument("--config", help="YAML configuration file (default: $NCIIGUARD_CONFIG)")
    parser.add_argument("--data-dir", help="state directory (database, index); default: the user data dir")
    parser.add_argument("--database-url", help="SQLAlchemy URL (default: SQLite in the data dir)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    sub.required = True
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub)
    return parser


def main(argv: Sequence[str] | None = None, stdout: TextIO | None = None, stderr: TextIO | None = None) -> int:
    stdout = stdout or sys.stdout
    stderr = stderr or sys.stderr
    parser = build_parser()
    try:
        args = parser.parse_args(list(argv) if argv is not None else None)
    except _UsageError as exc:
        print(str(exc), file=stderr)
        return EXIT_USAGE
    except SystemExit as exc:  # --help / --version
        return int(exc.code or 0)
    args.stdout, args.stderr = stdout, stderr
    try:
        return int(args.func(args) or 0)
    except MissingExtraError as exc:
        print(f"nciiguard: {exc}", file=stderr)
        return EXIT_USAGE
    except ConfigError as exc:
        print(f"nciiguard: configuration error: {exc}", file=stderr)
        return EXIT_USAGE
    except InputError as exc:
        print(f"nciiguard: bad input: {exc}", file=stderr)
        return EXIT_USAGE
    except NciiguardError as exc:
        print(f"nciiguard: {exc}", file=stderr)
        return EXIT_ITEM_ERRORS
    except KeyboardInterrupt:
        print("nciiguard: interrupted", file=stderr)
        return 130
    except BrokenPipeError:
        return EXIT_OK


def load_config(args):
    """The Config for a CLI run: file, environment, then command-line overrides."""
    from ..config import Config

    return Config.load(args.config, data_dir=args.data_dir, database_url=args.database_url)


def run() -> None:  # console-script entry point
    sys.exit(main())
