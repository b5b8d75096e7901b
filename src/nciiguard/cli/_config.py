"""The Config of a CLI run, in a module of its own so the error translator can name the database
a failed command used without importing the CLI package."""

from __future__ import annotations


def load_config(args):
    """The Config for a CLI run: file, environment, then command-line overrides."""
    from ..config import Config

    return Config.load(args.config, data_dir=args.data_dir, database_url=args.database_url)
