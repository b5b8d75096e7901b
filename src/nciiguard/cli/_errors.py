"""One line and an exit code for every error a command can end with.

:func:`describe` turns an exception into ``(exit code, message)``; :func:`nciiguard.cli.main` prints
``nciiguard: <message>`` and returns the code. The rules, in order:

- nciiguard's own errors carry messages written for the user (InputError, ConfigError,
  MissingExtraError: exit 2; other NciiguardError: exit 1, "not found" and the like).
- File-system errors (OSError) name the path the operator gave and the system's reason.
- Database errors name the database with its password hidden and say only the driver's first line
  for connection problems. Other database errors say only their type: their text can hold SQL
  parameters (hash values) or row data.
- Anything else is a bug: its type only (its text could hold a prompt or a hash), and the caller
  adds the hint to rerun with ``--debug``.
"""

from __future__ import annotations

import errno
import re

from ._exit import EXIT_INTERNAL, EXIT_ITEM_ERRORS, EXIT_USAGE

#: Reasons for OSError numbers, in the words of this tool (strerror is used for the others).
_OS_REASONS = {
    errno.ENOENT: "no such file or directory",
    errno.EACCES: "permission denied",
    errno.EPERM: "operation not permitted",
    errno.EISDIR: "is a directory",
    errno.ENOTDIR: "a part of the path is not a directory",
    errno.EROFS: "read-only file system",
    errno.ENOSPC: "no space left on the device",
    errno.EEXIST: "exists and is not a directory",
}


def describe(exc: BaseException, args=None) -> tuple[int, str]:
    """``(exit code, one-line message)`` for ``exc`` raised by a command run with ``args``."""
    from ..errors import ConfigError, InputError, MissingExtraError, NciiguardError

    if isinstance(exc, MissingExtraError):
        return EXIT_USAGE, _line(str(exc))
    if isinstance(exc, ConfigError):
        return EXIT_USAGE, "configuration error: " + _line(str(exc))
    if isinstance(exc, InputError):
        return EXIT_USAGE, "bad input: " + _line(str(exc))
    if isinstance(exc, NciiguardError):
        return EXIT_ITEM_ERRORS, _line(str(exc))
    if isinstance(exc, MemoryError):
        return EXIT_INTERNAL, "out of memory"
    if isinstance(exc, OSError):
        return EXIT_USAGE, _store_problem(args, about=exc.filename) or os_error_message(exc)
    database = _database_error(exc, args)
    if database is not None:
        return database
    return EXIT_INTERNAL, f"internal error ({type(exc).__name__})"


def os_reason(exc: OSError) -> str:
    """The system's reason for a file-system error, in lower case (``permission denied``)."""
    return _OS_REASONS.get(exc.errno) or (exc.strerror or type(exc).__name__).lower()


def os_error_message(exc: OSError, what: str = "cannot use") -> str:
    """``cannot use PATH: reason`` for a file-system error (the path is one the operator gave)."""
    reason = os_reason(exc)
    if exc.filename is None:
        return f"{what} a file: {reason}"
    where = str(exc.filename)
    if exc.filename2 is not None:
        where += f" -> {exc.filename2}"
    return f"{what} {where}: {reason}"


def _database_error(exc: BaseException, args) -> tuple[int, str] | None:
    try:
        from sqlalchemy import exc as sa_exc
    except ImportError:  # pragma: no cover - a core dependency
        return None
    try:
        from alembic.util.exc import CommandError
    except ImportError:  # pragma: no cover - a core dependency
        CommandError = ()  # noqa: N806
    url = _database_name(args)
    if CommandError and isinstance(exc, CommandError):
        # Revision bookkeeping (e.g. a database written by a newer nciiguard): no row data here.
        return EXIT_USAGE, f"database {url}: cannot migrate: {_first_line(str(exc))}; run nciiguard db status"
    if isinstance(exc, sa_exc.TimeoutError):
        return EXIT_USAGE, f"database {url} is unavailable: no connection free in time"
    if not isinstance(exc, sa_exc.DBAPIError):
        if isinstance(exc, sa_exc.SQLAlchemyError):
            return EXIT_INTERNAL, f"database {url}: internal error ({type(exc).__name__})"
        return None
    reason = _first_line(str(exc.orig)) if exc.orig is not None else ""
    reason = _hide_secrets(reason, args)
    low = reason.lower()
    problem = _store_problem(args) if url.startswith("sqlite") else None
    if problem is not None:
        return EXIT_USAGE, problem
    if "file is not a database" in low or "file is encrypted" in low:
        return EXIT_USAGE, (f"database {url} is not an SQLite database (another file has its name; "
                            "move it aside or choose another --data-dir)")
    if "unable to open database file" in low:
        return EXIT_USAGE, (f"cannot open database {url}: its folder is missing, not a folder or not "
                            "writable (check --data-dir)")
    if "readonly database" in low or "read-only" in low:
        return EXIT_USAGE, f"database {url} is read-only: nciiguard needs to write to it (check --data-dir)"
    if isinstance(exc, (sa_exc.OperationalError, sa_exc.InterfaceError)):
        return EXIT_USAGE, f"database {url} is unavailable: {reason or type(exc.orig).__name__}"
    # IntegrityError, DataError, ProgrammingError...: their text can quote values; say the type only.
    return EXIT_INTERNAL, f"database {url} refused the command ({type(exc).__name__})"


def _store_problem(args, about=None) -> str | None:
    """What is wrong with the SQLite file and its data directory, if something plainly is.

    Asked only after an error, so a command that never touches the store is never stopped by it;
    for a file-system error only when its path (``about``) is the data directory's or under it.
    """
    import os
    from pathlib import Path

    try:
        from sqlalchemy.engine import make_url

        from ._config import load_config

        url = make_url(load_config(args).url)
    except Exception:  # noqa: BLE001 - only for the message
        return None
    if url.get_backend_name() != "sqlite" or not url.database or url.database == ":memory:":
        return None
    path = Path(url.database).expanduser()
    folder = path.parent
    if about is not None:
        where = Path(os.fsdecode(about)).absolute()
        home = folder.absolute()
        if not (where == home or where in home.parents or home in where.parents):
            return None
    for up in (folder, *folder.parents):  # the first part of the path that exists must be a folder
        if up.exists() or up.is_symlink():
            if not up.is_dir():
                return f"data directory {folder} cannot be made: {up} is a file, not a directory"
            break
    if path.is_dir():
        return f"database {path} is a directory, not a file (check --data-dir)"
    if path.is_file():
        try:
            with open(path, "rb") as f:
                head = f.read(16)
        except OSError as exc:
            return f"cannot read database {path}: {os_reason(exc)}"
        if head and head != b"SQLite format 3\x00":
            return (f"{path} is not an SQLite database (another file has its name; move it aside or "
                    "choose another --data-dir)")
        if not os.access(path, os.W_OK):
            return f"database {path} is read-only: nciiguard needs to write to it"
    if folder.is_dir() and not os.access(folder, os.W_OK | os.X_OK):
        return f"data directory {folder} is not writable (choose another --data-dir or fix its permissions)"
    return None


def _database_name(args) -> str:
    """The database the command used, password hidden; ``(unknown)`` if the config cannot say."""
    try:
        from sqlalchemy.engine import make_url

        from ._config import load_config

        return make_url(load_config(args).url).render_as_string(hide_password=True)
    except Exception:  # noqa: BLE001 - only for the message
        return "(the configured database)"


def _hide_secrets(text: str, args) -> str:
    """Drivers do not print passwords, but a URL in a message might: hide ``user:password@``."""
    text = re.sub(r"(://[^:/@\s]*):[^@\s]*@", r"\1:***@", text)
    try:
        from sqlalchemy.engine import make_url

        from ._config import load_config

        password = make_url(load_config(args).url).password
    except Exception:  # noqa: BLE001
        password = None
    if password:
        text = text.replace(str(password), "***")
    return text


def _line(text: str) -> str:
    """nciiguard's own message on one line (its lines joined with "; ")."""
    return "; ".join(line.strip() for line in str(text).splitlines() if line.strip())


def _first_line(text: str) -> str:
    """A driver's message: its first line only (later lines can quote SQL and values)."""
    for line in str(text).splitlines():
        if line.strip():
            return line.strip()
    return ""
