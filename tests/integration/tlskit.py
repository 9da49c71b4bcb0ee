"""A real server over TLS on loopback, certified by a throw-away authority (trustme)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import trustme
import uvicorn
from fastapi import FastAPI

from server.embedded import LiveServer


@dataclass(frozen=True)
class Authority:
    """A certificate authority and its certificate as a PEM file (what an organisation hands
    its members to pin)."""

    ca: trustme.CA
    pem: Path


def authority(folder: Path, name: str) -> Authority:
    ca = trustme.CA(organization_name=name)
    pem = folder / f"{name}.pem"
    ca.cert_pem.write_to_path(str(pem))
    return Authority(ca, pem)


class TlsLiveServer(LiveServer):
    """``LiveServer`` speaking https with a certificate for 127.0.0.1 and localhost issued by
    ``issuer``; ``url`` is ``https://127.0.0.1:PORT``."""

    def __init__(self, app: FastAPI, issuer: Authority, folder: Path) -> None:
        super().__init__(app)
        chain = folder / "server-chain.pem"
        issuer.ca.issue_cert("127.0.0.1", "localhost").private_key_and_cert_chain_pem.write_to_path(
            str(chain)
        )
        self._server = uvicorn.Server(
            uvicorn.Config(
                app,
                log_level="critical",  # refused handshakes are the point of these tests
                access_log=False,
                lifespan="on",
                ws="none",
                ssl_certfile=str(chain),
                ssl_keyfile=str(chain),
                timeout_graceful_shutdown=self.GRACEFUL_SHUTDOWN_TIMEOUT,
            )
        )

    def start(self) -> TlsLiveServer:
        super().start()
        self.url = self.url.replace("http://", "https://", 1)
        return self
