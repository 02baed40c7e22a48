"""How a delivery goes out: the body, its signature, and one HTTP POST to an address that was
checked (no redirect followed, a short timeout, and no private or loopback address unless the
settings allow it: the host is resolved, every address checked, and the connection made to
the address that was checked, so a second DNS answer cannot point it elsewhere)."""

from __future__ import annotations

import hashlib
import hmac
import http.client
import ipaddress
import json
import socket
import ssl
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from urllib.parse import urlsplit

from django.conf import settings
from django.utils.translation import gettext as _

from .models import RESPONSE_BODY_LIMIT

USER_AGENT = "Tradebridge-Webhooks/1"
LOCAL_HOSTS = frozenset({"127.0.0.1", "localhost", "::1"})


class Refused(Exception):
    """The address may not be sent to (its scheme, or a private or loopback address)."""


def body_bytes(*, event_id: str, event_type: str, created_at: datetime, data: Any) -> bytes:
    """The request body: the same bytes on every attempt of a delivery."""
    document = {
        "id": event_id,
        "type": event_type,
        "created_at": created_at.isoformat(),
        "data": data,
    }
    return json.dumps(document, ensure_ascii=False, separators=(",", ":")).encode()


def signature(secret: str, timestamp: int, body: bytes) -> str:
    """``v1=`` and the hex HMAC-SHA256 of ``"<timestamp>.<body>"`` keyed with the secret."""
    message = str(timestamp).encode() + b"." + body
    return "v1=" + hmac.new(secret.encode(), message, hashlib.sha256).hexdigest()


def headers(*, secret: str, event_id: str, timestamp: int, body: bytes) -> dict[str, str]:
    return {
        "Content-Type": "application/json",
        "User-Agent": USER_AGENT,
        "Webhook-Id": event_id,
        "Webhook-Timestamp": str(timestamp),
        "Webhook-Signature": signature(secret, timestamp, body),
    }


def http_allowed() -> bool:
    return bool(settings.DEBUG or getattr(settings, "WEBHOOKS_ALLOW_HTTP", False))


def url_problem(url: str) -> str | None:
    """Why ``url`` cannot be an endpoint's address (in the reader's language), or None."""
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 (raises on a port out of range)
    except ValueError:
        return _("This is not a valid address.")
    if parts.username or parts.password:
        return _("The address may not contain a user name or password.")
    if not parts.hostname:
        return _("This is not a valid address.")
    if parts.scheme == "https":
        return None
    if parts.scheme == "http" and parts.hostname in LOCAL_HOSTS and http_allowed():
        return None
    return _("The address must start with https://.")


def _allowed_address(address: str) -> bool:
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return ip.is_global and not ip.is_multicast


def resolve(host: str, port: int) -> str:
    """The address to connect to for ``host``: every address it resolves to must be public
    (unless WEBHOOKS_ALLOW_PRIVATE), else ``Refused``."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except OSError as error:
        raise Refused(f"cannot resolve {host}: {error}") from error
    addresses = [str(info[4][0]) for info in infos]
    if not addresses:
        raise Refused(f"cannot resolve {host}")
    if not getattr(settings, "WEBHOOKS_ALLOW_PRIVATE", False):
        blocked = [a for a in addresses if not _allowed_address(a)]
        if blocked:
            raise Refused(
                f"{host} resolves to a private, loopback or reserved address "
                f"({', '.join(sorted(set(blocked)))}): not sent"
            )
    return addresses[0]


class _PinnedHTTPConnection(http.client.HTTPConnection):
    def __init__(self, host: str, port: int, address: str, timeout: float) -> None:
        super().__init__(host, port, timeout=timeout)
        self._address = address

    def connect(self) -> None:
        self.sock = socket.create_connection((self._address, self.port), self.timeout)


class _PinnedHTTPSConnection(http.client.HTTPSConnection):
    def __init__(self, host: str, port: int, address: str, timeout: float) -> None:
        self._tls = ssl.create_default_context()
        super().__init__(host, port, timeout=timeout, context=self._tls)
        self._address = address

    def connect(self) -> None:
        sock = socket.create_connection((self._address, self.port), self.timeout)
        self.sock = self._tls.wrap_socket(sock, server_hostname=self.host)


@dataclass(frozen=True)
class Response:
    """What one attempt got: an HTTP status and the start of the body, or an error."""

    status: int | None = None
    body: str = ""
    error: str = ""

    @property
    def ok(self) -> bool:
        return self.status is not None and 200 <= self.status < 300


def post(url: str, body: bytes, request_headers: dict[str, str]) -> Response:
    """POST ``body`` to ``url`` once. Never raises for the network: a refused address, a
    timeout or a broken connection is a ``Response`` with its ``error``."""
    problem = url_problem(url)
    if problem:
        return Response(error=f"refused: {url} is not an allowed address")
    parts = urlsplit(url)
    host = parts.hostname or ""
    https = parts.scheme == "https"
    port = parts.port or (443 if https else 80)
    path = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
    timeout = float(getattr(settings, "WEBHOOKS_TIMEOUT_SECONDS", 10))
    try:
        address = resolve(host, port)
    except Refused as error:
        return Response(error=f"refused: {error}")
    connection_class = _PinnedHTTPSConnection if https else _PinnedHTTPConnection
    connection = connection_class(host, port, address, timeout)
    try:
        connection.request("POST", path, body=body, headers=request_headers)
        response = connection.getresponse()
        # Only the start of the body is kept: reading the rest would let an endpoint hold the
        # worker with an endless answer.
        start = response.read(RESPONSE_BODY_LIMIT)
        return Response(status=response.status, body=start.decode("utf-8", errors="replace"))
    except (OSError, http.client.HTTPException) as error:
        return Response(error=f"{type(error).__name__}: {error}"[:500])
    finally:
        connection.close()
