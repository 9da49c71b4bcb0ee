"""How fast a member's first full sync is, against a plain download of the same bytes.

``python -m bench.initial_sync [--members 300] [--committees 20] [--documents 3000]
[--repeat 3]`` builds an organisation of that size on a fresh SQLite server, serves it with
uvicorn on loopback, and times a member's first full sync (sign-in excluded) into a fresh
encrypted cache, ``--repeat`` times. It then downloads the same number of bytes as one plain
response from the same server, as many times, and reports the medians and their ratio.
The member measured sits on every committee, so the sync carries every document.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
from fastapi import FastAPI, Response
from sqlalchemy import Engine

from desktop.profile import Profile
from desktop.services import build_services
from server.api import create_app
from server.db.engine import make_engine
from server.db.migrate import migrate
from server.embedded import LiveServer
from server.services import organisation
from server.services.passwords import passwords_for
from server.settings import Settings

ROOT = Path(__file__).resolve().parents[1]
PASSWORD = "bench-password-1"


@dataclass
class ByteCounter:
    """Bytes that crossed the loopback: request bodies and (undecoded) response bodies."""

    sent: int = 0
    received: int = 0
    requests: int = 0

    @property
    def total(self) -> int:
        return self.sent + self.received


class CountingTransport(httpx.HTTPTransport):
    def __init__(self, counter: ByteCounter) -> None:
        super().__init__()
        self.counter = counter

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = super().handle_request(request)
        stream = response.stream
        assert isinstance(stream, httpx.SyncByteStream)
        raw = b"".join(stream)
        stream.close()
        self.counter.sent += len(request.content)
        self.counter.received += len(raw)
        self.counter.requests += 1
        return httpx.Response(
            response.status_code,
            headers=response.headers,
            content=raw,
            extensions=response.extensions,
        )


def paragraphs() -> list[str]:
    """Real-looking French paragraphs, taken from the demo organisation's documents."""
    found: list[str] = []
    for path in sorted((ROOT / "resources" / "demo" / "documents").glob("*.md")):
        found.extend(p for p in path.read_text(encoding="utf-8").split("\n\n") if len(p) > 80)
    if not found:
        raise SystemExit("no demo documents found under resources/demo/documents")
    return found


def document_bodies(count: int, rng: random.Random) -> Iterator[str]:
    """Bodies of 2 to 9 KB: the length of an agenda, a note or a set of minutes."""
    source = paragraphs()
    for _ in range(count):
        target = rng.randint(2_000, 9_000)
        parts: list[str] = []
        while sum(map(len, parts)) < target:
            parts.append(rng.choice(source))
        yield "\n\n".join(parts)


@dataclass
class Organisation:
    email: str
    documents: int
    body_bytes: int
    build_seconds: float
    committee_ids: list[str] = field(default_factory=list)


def build_organisation(
    engine: Engine, members: int, committees: int, documents: int, seed: int = 7
) -> Organisation:
    started = time.perf_counter()
    rng = random.Random(seed)
    passwords = passwords_for("CHEAPEST")  # the benchmark measures sync, not hashing
    organisation.create_organisation(engine, "Mutuelle de référence", "MDR")
    committee_ids = [
        organisation.add_committee(engine, f"Commission {i + 1:02d}", "Travaux.").id
        for i in range(committees)
    ]
    member_ids: list[str] = []
    for i in range(members):
        roles = ("secretary",) if i == 0 else ("member",)
        member = organisation.add_member(
            engine,
            f"membre{i:04d}@bench.example",
            f"Membre {i:04d}",
            PASSWORD,
            roles,
            "",
            passwords=passwords,
        )
        member_ids.append(member.id)
        chosen = committee_ids if i == 0 else rng.sample(committee_ids, k=rng.randint(1, 3))
        for committee_id in chosen:
            organisation.add_to_committee(engine, member.id, committee_id)
    start = datetime(2024, 1, 1, 8, 0, tzinfo=UTC)
    body_bytes = 0
    for i, body in enumerate(document_bodies(documents, rng)):
        committee: str | None = rng.choice(committee_ids) if i % 10 else None
        organisation.publish_document(
            engine,
            f"Document {i + 1:05d}",
            body,
            committee,
            rng.choice(member_ids),
            start + timedelta(hours=i),
        )
        body_bytes += len(body.encode("utf-8"))
    return Organisation(
        email="membre0000@bench.example",
        documents=documents,
        body_bytes=body_bytes,
        build_seconds=time.perf_counter() - started,
        committee_ids=committee_ids,
    )


def add_blob_route(app: FastAPI) -> None:
    """A plain download of N incompressible bytes, for the comparison (benchmark app only)."""

    def blob(size: int) -> Response:
        return Response(os.urandom(size), media_type="application/octet-stream")

    app.add_api_route("/bench/blob", blob, methods=["GET"])


def time_first_sync(
    url: str, email: str, work: Path, run: int
) -> tuple[float, ByteCounter, dict[str, int]]:
    counter = ByteCounter()
    profile = Profile(work / f"profile-{run}").ensure()
    services = build_services(
        profile, url, passphrase="bench-passphrase", transport=CountingTransport(counter)
    )
    try:
        services.engine.sign_in(email, PASSWORD, "bench")
        counter.sent = counter.received = counter.requests = 0
        started = time.perf_counter()
        services.engine.sync()
        elapsed = time.perf_counter() - started
        counts = services.store.counts()
    finally:
        services.close()
    return elapsed, counter, counts


def time_download(url: str, size: int) -> float:
    with httpx.Client(base_url=url, timeout=120) as client:
        started = time.perf_counter()
        response = client.get("/bench/blob", params={"size": size})
        response.raise_for_status()
        elapsed = time.perf_counter() - started
        assert len(response.content) == size
    return elapsed


def median(values: Iterable[float]) -> float:
    return statistics.median(list(values))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.initial_sync", description=__doc__)
    parser.add_argument("--members", type=int, default=300)
    parser.add_argument("--committees", type=int, default=20)
    parser.add_argument("--documents", type=int, default=3000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory(prefix="quorum-bench-") as tmp:
        work = Path(tmp)
        settings = Settings(
            database_url=f"sqlite:///{work / 'server.db'}", password_profile="CHEAPEST"
        )
        engine = make_engine(settings.database_url)
        migrate(engine)
        print(
            f"Building an organisation: {args.members} members, {args.committees} committees, "
            f"{args.documents} documents…",
            flush=True,
        )
        org = build_organisation(engine, args.members, args.committees, args.documents)
        print(f"  built in {org.build_seconds:.1f} s ({org.body_bytes / 1e6:.1f} MB of Markdown)")
        app = create_app(settings, engine=engine)
        add_blob_route(app)
        syncs: list[float] = []
        downloads: list[float] = []
        with LiveServer(app) as server:
            for run in range(args.repeat):
                elapsed, counter, counts = time_first_sync(server.url, org.email, work, run)
                syncs.append(elapsed)
                downloads.append(time_download(server.url, counter.received))
                print(
                    f"  run {run + 1}: sync {elapsed:.2f} s, {counter.requests} requests, "
                    f"{counter.total / 1e6:.2f} MB; plain download {downloads[-1]:.2f} s"
                )
        engine.dispose()

    if counts.get("document") != args.documents:
        print(f"warning: the cache holds {counts.get('document')} documents", file=sys.stderr)
    sync_s = median(syncs)
    download_s = median(downloads)
    figures = {
        "members": args.members,
        "committees": args.committees,
        "documents": args.documents,
        "documents_synced": counts.get("document", 0),
        "runs": args.repeat,
        "sync_seconds_median": round(sync_s, 3),
        "documents_per_second": round(counts.get("document", 0) / sync_s, 1),
        "bytes_on_wire": counter.total,
        "requests": counter.requests,
        "markdown_bytes": org.body_bytes,
        "download_seconds_median": round(download_s, 3),
        "sync_to_download_ratio": round(sync_s / download_s, 2),
    }
    print()
    print("First full sync of one member (median of the runs)")
    print(f"  documents synced      {figures['documents_synced']}")
    print(f"  sync time             {sync_s:.2f} s")
    print(f"  documents per second  {figures['documents_per_second']}")
    print(f"  bytes on the wire     {counter.total / 1e6:.2f} MB in {counter.requests} requests")
    print(f"  plain download        {download_s:.3f} s for the same bytes")
    print(f"  sync / download       {figures['sync_to_download_ratio']}×")
    print(json.dumps(figures))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
