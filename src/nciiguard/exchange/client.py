"""Pull a shared bank from another instance over HTTP (httpx, in the ``service`` extra).

Everything the upstream sends is untrusted: a response larger than ``max_bytes`` is cut off
unread, and a page is checked whole (types, sizes, the bank's signal type, every hash value,
duplicate ids or values) before anything is applied. One clear :class:`ExchangeError` names the
first problem, and nothing of that page (for a snapshot: of any page) is applied.
"""

from __future__ import annotations

import json
import re
import time
from typing import Any
from urllib.parse import quote, urlsplit

from ..hashing.signal_types import normalize_signal_type, validate_signal_value
from .errors import ExchangeError
from .mirror import MirrorStore, PullReport, Upsert, snapshot_cursor
from .share import MAX_PAGE, parse_cursor

#: Largest response body read from an upstream (a full page of PDQ entries with variants is ~0.5 MB).
MAX_BYTES = 4 * 1024 * 1024
#: Most entries a snapshot may hold (a bigger upstream bank is refused rather than filling memory).
MAX_SNAPSHOT = 5_000_000
_MAX_ID = 2 ** 63 - 1
_VARIANT_KEY = re.compile(r"^[A-Za-z0-9_-]{1,32}$")


def _httpx():
    try:
        import httpx
    except ImportError:  # pragma: no cover - the service extra is installed in tests
        from ..errors import MissingExtraError

        raise MissingExtraError("exchange pull needs httpx: pip install 'nciiguard[service]'") from None
    return httpx


class _Bad(ExchangeError):
    pass


def _check_url(url: str) -> str:
    if len(url or "") > 400:
        raise ExchangeError("the upstream URL is longer than 400 characters")
    parts = urlsplit(url or "")
    if parts.scheme not in ("http", "https") or not parts.netloc or parts.query or parts.fragment:
        raise ExchangeError("the upstream URL must be http(s)://host[:port][/prefix] without query")
    if parts.username or parts.password:
        raise ExchangeError("put the partner key in --key-file, not in the URL")
    return url.rstrip("/")


class Upstream:
    """GET pages from one upstream bank; responses bounded and decoded, errors in one line."""

    def __init__(self, url: str, bank: str, key: str, *, timeout: float = 30.0, max_bytes: int = MAX_BYTES,
                 transport=None):
        httpx = _httpx()
        self.url = _check_url(url)
        self.bank = bank
        self.max_bytes = max_bytes
        self.timeout = float(timeout)
        self._client = httpx.Client(base_url=self.url, timeout=timeout, transport=transport,
                                    headers={"X-API-Key": key.strip(), "Accept": "application/json"},
                                    follow_redirects=False)

    def close(self) -> None:
        self._client.close()

    def get(self, kind: str, params: dict[str, Any]) -> tuple[int, Any]:
        httpx = _httpx()
        path = f"/v1/exchange/banks/{quote(self.bank, safe='')}/{kind}"
        # The read timeout applies per chunk: an upstream trickling bytes also meets this deadline.
        deadline = time.monotonic() + 2 * self.timeout
        try:
            with self._client.stream("GET", path, params=params) as resp:
                body = bytearray()
                for chunk in resp.iter_bytes():
                    body += chunk
                    if len(body) > self.max_bytes:
                        raise _Bad(f"upstream {self.url} sent more than {self.max_bytes} bytes for one page: refused")
                    if time.monotonic() > deadline:
                        raise _Bad(f"upstream {self.url} took longer than {2 * self.timeout:.0f} s for one page")
                status = resp.status_code
        except httpx.HTTPError as exc:
            raise ExchangeError(f"cannot reach upstream {self.url}: {type(exc).__name__}") from None
        try:
            data = json.loads(bytes(body))
        except (ValueError, RecursionError):  # RecursionError: "[[[[..." nested past the parser's depth
            raise _Bad(f"upstream {self.url} answered {status} with a body that is not JSON") from None
        return status, data


def _error_code(data: Any) -> str:
    if isinstance(data, dict) and isinstance(data.get("error"), dict):
        return str(data["error"].get("code", ""))[:64]
    return ""


def _int(v: Any, what: str, lo: int = 0) -> int:
    if isinstance(v, bool) or not isinstance(v, int) or not lo <= v <= _MAX_ID:
        raise _Bad(f"{what} is not a whole number in range")
    return v


def _bank_info(data: dict, bank: str) -> tuple[str, str]:
    info = data.get("bank")
    if not isinstance(info, dict) or info.get("name") != bank:
        raise _Bad("the page does not name the bank asked for")
    try:
        st = normalize_signal_type(str(info.get("signal_type")))
    except Exception:
        raise _Bad("the bank's signal type is unknown") from None
    purpose = info.get("purpose")
    if purpose not in ("survivor", "confirmed", "allow", "nudify_model"):
        raise _Bad("the bank's purpose is unknown")
    return st, purpose


def _upsert(item: Any, st: str, where: str) -> Upsert:
    if not isinstance(item, dict):
        raise _Bad(f"{where} is not an object")
    rid = _int(item.get("id"), f"{where}.id", 1)
    value = item.get("value")
    if not isinstance(value, str) or len(value) > 512:
        raise _Bad(f"{where}.value is not a hash string")
    try:
        value = validate_signal_value(st, value)
    except Exception:
        raise _Bad(f"{where}.value is not a valid {st} hash") from None
    variants = item.get("variants")
    if variants is not None:
        if st != "pdq" or not isinstance(variants, dict) or len(variants) > 16:
            raise _Bad(f"{where}.variants must be an object of at most 16 PDQ hashes (pdq banks only)")
        try:
            variants = {k: validate_signal_value("pdq", v) for k, v in variants.items()
                        if isinstance(k, str) and _VARIANT_KEY.match(k) and isinstance(v, str)}
        except Exception:
            raise _Bad(f"{where}.variants holds a value that is not a PDQ hash") from None
        if len(variants) != len(item["variants"]):
            raise _Bad(f"{where}.variants has a bad name or value")
    return Upsert(rid, value, variants or None)


def parse_changes(data: Any, bank: str, st: str, purpose: str, limit: int, cursor: str
                  ) -> tuple[list[Upsert | int], str, int, bool]:
    """Validate a changes page: (changes, next cursor, upstream revision, more)."""
    if not isinstance(data, dict):
        raise _Bad("the page is not a JSON object")
    if _bank_info(data, bank) != (st, purpose):
        raise _Bad("the bank's signal type or purpose changed upstream")
    items = data.get("changes")
    if not isinstance(items, list):
        raise _Bad("changes is not a list")
    if len(items) > limit:
        raise _Bad(f"the page holds {len(items)} changes, more than the {limit} asked for")
    nxt = data.get("cursor")
    if not isinstance(nxt, str):
        raise _Bad("cursor is not a string")
    try:
        if parse_cursor(nxt) < parse_cursor(cursor):
            raise _Bad("the next cursor is before the one asked with")
    except ExchangeError:
        raise
    except Exception:
        raise _Bad("cursor is not '<revision>:<change id>'") from None
    rev = _int(data.get("revision"), "revision")
    more = data.get("more")
    if not isinstance(more, bool):
        raise _Bad("more is not true or false")
    if more and nxt == cursor:
        raise _Bad("more is true but the cursor did not move")
    out: list[Upsert | int] = []
    values: dict[str, int] = {}
    for n, item in enumerate(items):
        where = f"changes[{n}]"
        op = item.get("op") if isinstance(item, dict) else None
        if op == "remove":
            out.append(_int(item.get("id"), f"{where}.id", 1))
        elif op == "upsert":
            u = _upsert(item, st, where)
            if values.setdefault(u.value, u.remote_id) != u.remote_id:
                raise _Bad(f"{where} repeats the value of another entry")
            out.append(u)
        else:
            raise _Bad(f"{where}.op is not 'upsert' or 'remove'")
    return out, nxt, rev, more


def parse_snapshot(data: Any, bank: str, limit: int, after: int) -> tuple[str, str, list[Upsert], int, int | None, bool]:
    """Validate a snapshot page: (signal type, purpose, entries, revision, next after, more)."""
    if not isinstance(data, dict):
        raise _Bad("the page is not a JSON object")
    st, purpose = _bank_info(data, bank)
    items = data.get("entries")
    if not isinstance(items, list):
        raise _Bad("entries is not a list")
    if len(items) > limit:
        raise _Bad(f"the page holds {len(items)} entries, more than the {limit} asked for")
    rev = _int(data.get("revision"), "revision")
    more = data.get("more")
    if not isinstance(more, bool):
        raise _Bad("more is not true or false")
    entries = [_upsert(item, st, f"entries[{n}]") for n, item in enumerate(items)]
    ids = [e.remote_id for e in entries]
    if ids != sorted(set(ids)) or (ids and ids[0] <= after):
        raise _Bad("entry ids are not increasing after the one asked for")
    nxt = data.get("after")
    if more and (nxt != (ids[-1] if ids else None) or not ids):
        raise _Bad("after does not name the last entry of a page with more to come")
    return st, purpose, entries, rev, (ids[-1] if ids else None), more


def pull(db, url: str, bank: str, key: str, into: str, *, limit: int = 500, max_pages: int = 10_000,
         transport=None, max_bytes: int = MAX_BYTES, timeout: float = 30.0) -> PullReport:
    """Pull ``bank`` from the instance at ``url`` into the local mirror bank ``into`` until caught
    up (or ``max_pages`` pages). Creates the mirror on first use. Raises ExchangeError (recorded
    on the mirror and in the audit log) on anything the upstream gets wrong."""
    if isinstance(limit, bool) or not isinstance(limit, int) or not 1 <= limit <= MAX_PAGE:
        raise ExchangeError(f"--limit must be 1-{MAX_PAGE}")
    url = _check_url(url)
    store = MirrorStore(db)
    up = Upstream(url, bank, key, timeout=timeout, max_bytes=max_bytes, transport=transport)
    report = PullReport(into, f"{url}#{bank}")
    mirror_id: int | None = None
    row = store.find(into)
    if row is not None:
        mirror_id = store.ensure(into, url, bank, *_local_kind(store, into))
    try:
        cursor = row.cursor if row is not None else None
        for _ in range(max_pages):
            if cursor is None:
                mirror_id, cursor = _snapshot(store, up, bank, into, url, limit, report, mirror_id)
                continue
            status, data = up.get("changes", {"cursor": cursor, "limit": limit})
            code = _error_code(data)
            if status == 410 and code == "resync_required":
                cursor = None
                continue
            _raise_for(status, code, up, store, mirror_id, report)
            st, purpose = _local_kind(store, into)
            changes, nxt, rev, more = parse_changes(data, bank, st, purpose, limit, cursor)
            store.apply_changes(mirror_id, changes, nxt, rev, report)
            report.pages += 1
            cursor = nxt
            if not more:
                report.caught_up = True
                break
    except ExchangeError as exc:
        if mirror_id is not None:
            store.finish(mirror_id, report, str(exc))
        raise
    finally:
        up.close()
    if mirror_id is not None:
        store.finish(mirror_id, report)
    return report


def _local_kind(store: MirrorStore, local: str) -> tuple[str, str]:
    b = store.banks.get_bank(local)
    return b.signal_type, b.purpose


def _raise_for(status: int, code: str, up: Upstream, store: MirrorStore, mirror_id: int | None,
               report: PullReport) -> None:
    if status == 200:
        return
    if status == 410 and code == "share_revoked":
        if mirror_id is not None:
            store.drop_all(mirror_id, report)
        raise ExchangeError(f"upstream {up.url} no longer shares bank {up.bank!r} with this key; "
                            f"the mirror's entries were released")
    if status == 404:
        raise ExchangeError(f"upstream {up.url} has no bank {up.bank!r} shared with this key")
    if status in (401, 403):
        raise ExchangeError(f"upstream {up.url} refused the partner key ({status})")
    raise ExchangeError(f"upstream {up.url} answered {status}{' ' + code if code else ''}")


def _snapshot(store: MirrorStore, up: Upstream, bank: str, into: str, url: str, limit: int, report: PullReport,
              mirror_id: int | None) -> tuple[int, str]:
    """Read every snapshot page (validated), then apply them together."""
    after, entries, first_rev, kind = 0, [], None, None
    seen_values: set[str] = set()
    while True:
        status, data = up.get("snapshot", {"after": after, "limit": limit})
        _raise_for(status, _error_code(data), up, store, mirror_id, report)
        st, purpose, page, rev, nxt, more = parse_snapshot(data, bank, limit, after)
        if kind is None:
            kind, first_rev = (st, purpose), rev
        elif kind != (st, purpose):
            raise _Bad("the bank's signal type or purpose changed during the snapshot")
        for e in page:
            if e.value in seen_values:
                raise _Bad("the snapshot holds a value twice")
            seen_values.add(e.value)
        entries.extend(page)
        if len(entries) > MAX_SNAPSHOT:
            raise _Bad(f"the snapshot holds more than {MAX_SNAPSHOT} entries: refused")
        report.pages += 1
        if not more:
            break
        after = nxt
    if mirror_id is None:
        mirror_id = store.ensure(into, url, bank, *kind)
    elif _local_kind(store, into) != kind:
        raise _Bad("the bank's signal type or purpose changed upstream")
    store.apply_snapshot(mirror_id, entries, first_rev, report)
    return mirror_id, snapshot_cursor(first_rev)


def pull_every(db, url: str, bank: str, key: str, into: str, seconds: float, stop, *, on_report=None,
               on_error=None, **kwargs) -> None:
    """Pull, then wait ``seconds``, until ``stop`` (a threading.Event) is set. Errors are reported
    through ``on_error`` and the loop goes on (an upstream that is down comes back)."""
    while not stop.is_set():
        t0 = time.monotonic()
        try:
            rep = pull(db, url, bank, key, into, **kwargs)
            if on_report is not None:
                on_report(rep)
        except ExchangeError as exc:
            if on_error is not None:
                on_error(exc)
        stop.wait(max(0.0, seconds - (time.monotonic() - t0)))
