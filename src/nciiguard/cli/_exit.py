"""The command line's exit codes, in a module of their own: the error translator
(:mod:`nciiguard.cli._errors`) and every command read them without importing the CLI package."""

from __future__ import annotations

EXIT_OK, EXIT_ITEM_ERRORS, EXIT_USAGE, EXIT_INTERNAL, EXIT_INTERRUPTED = 0, 1, 2, 3, 130

#: The exit codes, as ``nciiguard --help`` prints them (docs/cli.md says the same at more length).
EXIT_CODES_HELP = """\
exit codes:
  0    done
  1    the command ran, but some items failed, or the answer is "yes" where that is the
       question asked (match: something matched; screen-*: a decision reached --fail-on)
  2    nothing was done: bad arguments or input, a missing or unreadable file, an output
       folder that does not exist, bad configuration, a missing extra, an unusable data
       directory or a database that cannot be reached
  3    internal error (a bug): rerun with --debug for the traceback
  130  interrupted

Errors are one line on stderr starting with "nciiguard:". Add --debug for a traceback."""
