"""Which webhook URLs are acceptable: http(s) only, and the operator's allow-list.

The service POSTs to whatever URL an admin configures, from inside the operator's network, so a
webhook is a server-side request (SSRF) an admin can aim at internal services (a cloud metadata
address, a database's HTTP port). Only ``keys`` admins can add one; an operator who wants more
sets an allow-list (``NCIIGUARD_SERVICE_WEBHOOK_ALLOW_HOSTS``): host names (``hooks.example.com``),
suffixes (``*.example.com``) and IP networks (``203.0.113.0/24``). Network entries are checked
against the addresses the host resolves to, when the webhook is added and again before every
attempt (a name that later resolves elsewhere is refused then). Redirects are never followed.
"""

from __future__ import annotations

import ipaddress
import socket
from urllib.parse import urlsplit

from ..errors import InputError

MAX_URL = 2000


class AllowList:
    def __init__(self, spec: str | None = None):
        self.hosts: set[str] = set()
        self.suffixes: list[str] = []
        self.networks: list = []
        for item in (spec or "").split(","):
            item = item.strip().lower()
            if not item:
                continue
            if item.startswith("*."):
                self.suffixes.append(item[1:])
                continue
            try:
                self.networks.append(ipaddress.ip_network(item, strict=False))
                continue
            except ValueError:
                pass
            if not all(c.isalnum() or c in ".-" for c in item):
                raise InputError(f"webhook allow-list entry {item[:60]!r} is not a host, *.suffix or IP network")
            self.hosts.add(item.rstrip("."))

    @property
    def empty(self) -> bool:
        return not (self.hosts or self.suffixes or self.networks)

    def allows(self, host: str) -> bool:
        """True when ``host`` may be called: a listed name or suffix, or an address inside a listed
        network; a name that is not listed passes only if every address it resolves to (now) is."""
        if self.empty:
            return True
        host = host.lower().rstrip(".")
        if host in self.hosts or any(host.endswith(s) for s in self.suffixes):
            return True
        if not self.networks:
            return False
        try:
            addrs = [ipaddress.ip_address(host)]
        except ValueError:
            try:
                addrs = [ipaddress.ip_address(a[4][0].split("%")[0]) for a in socket.getaddrinfo(host, None)]
            except (OSError, ValueError):
                return False
        return bool(addrs) and all(any(a in n for n in self.networks) for a in addrs)


def check_url(url: str, allow: AllowList | None = None) -> str:
    """The URL if it is an acceptable webhook target, else an InputError naming what is wrong."""
    if not isinstance(url, str) or not url or len(url) > MAX_URL:
        raise InputError(f"webhook URL must be 1 to {MAX_URL} characters")
    if any(c.isspace() or ord(c) < 32 or ord(c) == 127 for c in url):
        raise InputError("webhook URL must not contain spaces or control characters")
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 - raises on a bad port
    except ValueError:
        raise InputError("webhook URL is not a valid URL") from None
    if parts.scheme.lower() not in ("http", "https"):
        raise InputError("webhook URL must start with http:// or https://")
    if not parts.hostname:
        raise InputError("webhook URL must name a host")
    if parts.username is not None or parts.password is not None:
        raise InputError("webhook URL must not carry a user name or password (the body is signed instead)")
    if parts.fragment:
        raise InputError("webhook URL must not have a #fragment")
    if allow is not None and not allow.allows(parts.hostname):
        raise InputError(f"webhook host {parts.hostname[:100]!r} is not on the allow-list "
                         "(NCIIGUARD_SERVICE_WEBHOOK_ALLOW_HOSTS)")
    return url
