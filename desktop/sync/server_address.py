"""Which servers the app may talk to, and which certificates it trusts (docs/SECURITY.md).

The rule: a server address must be ``https://``, unless its host is ``localhost``,
``127.0.0.1`` or ``::1``, or the member allowed that very address for a test server. An
organisation may pin its own certificate authority (a PEM file): then only that CA is trusted
for the server, not the system's.

The member's choices (``ServerTrust``, from the profile settings) are set for the whole process
with ``set_trust`` by the composition root, and every client built by
``desktop.sync.api.build_http_client`` (the app's, the event stream's, the downloads') checks
them at each request through ``TrustTransport``: a change applies at once, and no request ever
leaves for a refused address. Refusals reach the caller as the ``SyncError`` subclasses below
(``ApiClient`` turns the transport's exceptions into them with ``trust_error``).
"""

from __future__ import annotations

import ssl
import threading
from collections.abc import Iterable
from dataclasses import dataclass, field

import httpx

from desktop.sync.errors import SyncError

#: Hosts always allowed over plain http: this computer.
LOCAL_HOSTS = frozenset({"localhost", "127.0.0.1", "::1"})


class InsecureServerAddress(SyncError):
    """A plain-http (or not web) address for a server that is not this computer."""

    code = "insecure_server_address"

    def __init__(self, address: str) -> None:
        super().__init__(f"{address} is not an https address.")
        self.address = address


class UntrustedCertificate(SyncError):
    """The server's certificate is not signed by a trusted authority (or not for its name)."""

    code = "untrusted_certificate"

    def __init__(self, address: str) -> None:
        super().__init__(f"The certificate of {address} is not trusted.")
        self.address = address


class CaFileUnusable(SyncError):
    """The organisation's certificate authority file is missing or is not a PEM certificate."""

    code = "ca_file_unusable"

    def __init__(self, path: str) -> None:
        super().__init__(f"{path} is not a usable certificate file.")
        self.path = path


@dataclass(frozen=True)
class ServerTrust:
    """The member's choices: plain-http test servers allowed, and the pinned CA ("" none)."""

    ca_file: str = ""
    insecure_servers: frozenset[str] = field(default_factory=frozenset)

    @classmethod
    def of(cls, ca_file: str = "", insecure_servers: Iterable[str] = ()) -> ServerTrust:
        allowed = frozenset(origin(url) for url in insecure_servers if url.strip())
        return cls(ca_file.strip(), allowed)


def _parse(url: str) -> httpx.URL:
    """``url`` parsed for the rule's sake (lower case: schemes and hosts ignore case)."""
    return httpx.URL(url.strip().lower())


def origin(url: str) -> str:
    """``scheme://host[:port]`` in lower case: what "the same address" means for the rule."""
    try:
        parsed = _parse(url)
    except httpx.InvalidURL:
        return url.strip().lower()
    host = parsed.host.lower()
    if ":" in host:
        host = f"[{host}]"
    port = f":{parsed.port}" if parsed.port is not None else ""
    return f"{parsed.scheme.lower()}://{host}{port}"


def is_local(url: str) -> bool:
    try:
        return _parse(url).host.lower() in LOCAL_HOSTS
    except httpx.InvalidURL:
        return False


def needs_permission(url: str) -> bool:
    """True for a plain-http address that only a member's permission (a test server) allows."""
    try:
        parsed = _parse(url)
    except httpx.InvalidURL:
        return False
    return parsed.scheme == "http" and bool(parsed.host) and not is_local(url)


def is_refused(url: str, insecure_servers: Iterable[str] = ()) -> bool:
    """True for a plain-http address of another computer the member did not allow."""
    return needs_permission(url) and origin(url) not in {origin(u) for u in insecure_servers}


def check_server_address(url: str, insecure_servers: Iterable[str] = ()) -> str:
    """``url`` when the rule allows it; ``InsecureServerAddress`` otherwise."""
    try:
        parsed = _parse(url)
    except httpx.InvalidURL:
        raise InsecureServerAddress(url) from None
    if not parsed.host or parsed.scheme not in ("http", "https"):
        raise InsecureServerAddress(url)
    if parsed.scheme == "https" or is_local(url):
        return url
    if origin(url) in {origin(allowed) for allowed in insecure_servers}:
        return url
    raise InsecureServerAddress(url)


def ssl_context(ca_file: str) -> ssl.SSLContext:
    """Verification trusting only ``ca_file`` (the system's authorities are not loaded)."""
    try:
        return ssl.create_default_context(cafile=ca_file)
    except (OSError, ssl.SSLError, ValueError):
        raise CaFileUnusable(ca_file) from None


_trust_lock = threading.Lock()
_trust = ServerTrust()


def set_trust(trust: ServerTrust) -> None:
    """The member's choices for every connection of this process from now on."""
    global _trust
    with _trust_lock:
        _trust = trust


def current_trust() -> ServerTrust:
    with _trust_lock:
        return _trust


class RefusedAddress(httpx.ConnectError):
    """Raised by ``TrustTransport`` instead of connecting to a refused address."""


class UnusableCaFile(httpx.ConnectError):
    """Raised by ``TrustTransport`` when the pinned CA file cannot be loaded."""

    def __init__(self, path: str, request: httpx.Request) -> None:
        super().__init__(f"unusable CA file {path}", request=request)
        self.path = path


class TrustTransport(httpx.BaseTransport):
    """Checks the rule at each request, then sends it over ``inner`` (tests) or over an
    ``httpx.HTTPTransport`` verifying with the pinned CA (``ca_file``, else the process's
    ``ServerTrust``), rebuilt when that choice changes."""

    def __init__(
        self, inner: httpx.BaseTransport | None = None, ca_file: str | None = None
    ) -> None:
        self._inner = inner
        self._ca_file = ca_file
        self._lock = threading.Lock()
        self._built: tuple[str, httpx.HTTPTransport] | None = None

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        trust = current_trust()
        url = str(request.url)
        if needs_permission(url) and origin(url) not in trust.insecure_servers:
            raise RefusedAddress(f"refused address {origin(url)}", request=request)
        if self._inner is not None:
            return self._inner.handle_request(request)
        ca_file = trust.ca_file if self._ca_file is None else self._ca_file
        return self._transport(ca_file, request).handle_request(request)

    def _transport(self, ca_file: str, request: httpx.Request) -> httpx.HTTPTransport:
        with self._lock:
            if self._built is not None and self._built[0] == ca_file:
                return self._built[1]
            try:
                verify: ssl.SSLContext | bool = ssl_context(ca_file) if ca_file else True
            except CaFileUnusable:
                raise UnusableCaFile(ca_file, request) from None
            old, self._built = self._built, (ca_file, httpx.HTTPTransport(verify=verify))
        if old is not None:
            old[1].close()
        return self._built[1]

    def close(self) -> None:
        with self._lock:
            built, self._built = self._built, None
        if built is not None:
            built[1].close()
        if self._inner is not None:
            self._inner.close()


def trust_error(exc: httpx.TransportError, address: str) -> SyncError | None:
    """The refusal ``exc`` stands for (a refused address, an untrusted certificate, an
    unusable CA file), or None for a plain network failure."""
    if isinstance(exc, RefusedAddress):
        return InsecureServerAddress(address)
    if isinstance(exc, UnusableCaFile):
        return CaFileUnusable(exc.path)
    seen: BaseException | None = exc
    while seen is not None:
        if isinstance(seen, ssl.SSLCertVerificationError):
            return UntrustedCertificate(address)
        seen = seen.__cause__ or seen.__context__
    return None
