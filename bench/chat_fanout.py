"""Chat fan-out: one member posts in a committee of N, and every member's app has the message.

``python -m bench.chat_fanout [--clients 200,500] [--messages 10] [--rate 2] [--processes 4]``

The defaults keep the whole run near two minutes on a 2-core machine (setting up 500 apps, each
with its first full sync, takes most of it); ``--messages 100 --rate 5`` is the longer burst.

For each N of ``--clients``: N headless apps, each with its own encrypted cache (SQLCipher, a
raw key, in a temporary folder), its own sync engine and event listener (the app's real
classes: ``SyncEngine``, ``EventListener``, ``SyncOnPoke``), all members of one committee,
spread over ``--processes`` client processes so that they do not share one interpreter lock.
Once they are all connected to the event stream, another member posts ``--messages`` messages
to the committee's channel through ``POST /v1/sync/push``, one every ``1 / --rate`` seconds
(open loop). A message's latency runs from the moment its push is sent to the moment the last
of the N apps, having pulled after a poke, finds it in its cache. Nothing polls: an app syncs
only when its stream pokes it.

The server runs in its own process (uvicorn, the real app, SQLite), as ``bench.vote_burst``'s.
Its resident memory is read from /proc with every client connected, and at its peak.
The last line printed is one JSON object of the figures.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import statistics
import sys
import tempfile
import threading
import time
import uuid
from dataclasses import dataclass
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

import httpx

from bench._fanout_apps import PASSWORD, client_process, more_files
from bench.vote_burst import free_port, percentile
from protocol.network import committee_channel
from server.db.engine import make_engine
from server.db.migrate import migrate
from server.services import auth, organisation
from server.services.passwords import passwords_for

TARGET_P95_MS = 250.0
#: Seconds the apps may take to receive everything after the last post.
DRAIN_SECONDS = 30.0


@dataclass(frozen=True)
class Org:
    committee_id: str
    emails: list[str]  # the receiving members
    poster_token: str


def build(database_url: str, members: int) -> Org:
    """An organisation with one committee of ``members`` + 1 (the poster)."""
    engine = make_engine(database_url)
    migrate(engine)
    passwords = passwords_for("CHEAPEST")  # the benchmark measures the fan-out, not hashing
    organisation.create_organisation(engine, "Mutuelle de référence", "MDR")
    committee = organisation.add_committee(engine, "Conseil d'administration")
    emails: list[str] = []
    poster_token = ""
    for i in range(members + 1):
        email = f"elu{i:04d}@bench.example"
        member = organisation.add_member(
            engine, email, f"Élu {i:04d}", PASSWORD, ("member",), passwords=passwords
        )
        organisation.add_to_committee(engine, member.id, committee.id)
        if i == 0:
            poster_token = auth.sign_in(engine, email, PASSWORD, "bench", passwords=passwords).token
        else:
            emails.append(email)
    engine.dispose()
    return Org(committee.id, emails, poster_token)


# --- the server process ----------------------------------------------------------------------


def serve(database_url: str, port: int) -> None:
    import uvicorn

    from server.api import create_app
    from server.settings import Settings

    more_files()
    settings = Settings(database_url=database_url, password_profile="CHEAPEST")
    uvicorn.run(
        create_app(settings),
        host="127.0.0.1",
        port=port,
        log_level="warning",
        access_log=False,
        backlog=4096,
        timeout_graceful_shutdown=2,
    )


def start_server(database_url: str) -> tuple[multiprocessing.process.BaseProcess, str]:
    port = free_port()
    process = multiprocessing.get_context("spawn").Process(
        target=serve, args=(database_url, port), name="quorum-bench-server"
    )
    process.start()
    url = f"http://127.0.0.1:{port}"
    for _ in range(400):
        try:
            if httpx.get(f"{url}/v1/health", timeout=1).status_code == 200:
                return process, url
        except httpx.HTTPError:
            time.sleep(0.05)
    process.kill()
    raise SystemExit("the benchmark server did not start")


def rss_mb(pid: int) -> float:
    with open(f"/proc/{pid}/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def cpu_seconds(pid: int) -> float:
    with open(f"/proc/{pid}/stat", encoding="ascii") as stat:
        fields = stat.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


# --- the runs --------------------------------------------------------------------------------


class Fleet:
    """The client processes and the apps they run, growing from one run to the next."""

    def __init__(self, url: str, folder: str, processes: int, live_pages: bool = True) -> None:
        spawn = multiprocessing.get_context("spawn")
        self.pipes: list[Connection] = []
        self.workers: list[multiprocessing.process.BaseProcess] = []
        for p in range(processes):
            mine, theirs = spawn.Pipe()
            worker = spawn.Process(
                target=client_process, args=(url, f"{folder}/p{p}", theirs, live_pages)
            )
            worker.start()
            self.pipes.append(mine)
            self.workers.append(worker)
        self.size = 0

    def grow(self, emails: list[str]) -> int:
        """Add apps for ``emails``, spread over the processes; how many are connected."""
        for p, pipe in enumerate(self.pipes):
            pipe.send(("grow", emails[p :: len(self.pipes)]))
        self.size += len(emails)
        return sum(int(pipe.recv()[1]) for pipe in self.pipes)

    def expect(self, ids: list[str], channel_id: str) -> None:
        for pipe in self.pipes:
            pipe.send(("expect", ids, channel_id))
        for pipe in self.pipes:
            pipe.recv()

    def collect(self, deadline: float) -> list[tuple[Any, ...]]:
        for pipe in self.pipes:
            pipe.send(("collect", deadline))
        return [pipe.recv() for pipe in self.pipes]

    def close(self) -> None:
        for pipe in self.pipes:
            pipe.send(("quit",))
        for worker in self.workers:
            worker.join(timeout=30)
            if worker.is_alive():
                worker.kill()


def run(
    url: str,
    server_pid: int,
    org: Org,
    fleet: Fleet,
    clients: int,
    first_seq: int,
    rate: float,
    messages: int,
) -> dict[str, Any]:
    """Grow the fleet to ``clients`` apps, then post ``messages`` and time their fan-out."""
    setup_started = time.monotonic()
    connected = fleet.grow(org.emails[fleet.size : clients])
    setup_seconds = time.monotonic() - setup_started
    ids = [uuid.uuid4().hex for _ in range(messages)]
    fleet.expect(ids, committee_channel(org.committee_id))
    rss_connected = rss_mb(server_pid)
    peak = [rss_connected]
    sampling = threading.Event()

    def sample() -> None:
        while not sampling.wait(0.1):
            peak[0] = max(peak[0], rss_mb(server_pid))

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    server_cpu = cpu_seconds(server_pid)
    posted, push_ms = post_all(url, org, ids, rate, first_seq)
    answers = fleet.collect(time.monotonic() + DRAIN_SECONDS)
    server_cpu = cpu_seconds(server_pid) - server_cpu
    sampling.set()
    sampler.join()
    latencies: list[float] = []
    for i, sent in enumerate(posted):
        lasts = [answer[1][i] for answer in answers]
        if None not in lasts:
            latencies.append((max(t for t in lasts if t is not None) - sent) * 1000)
    syncs = [s * 1000 for answer in answers for s in answer[2]]
    pages = [s * 1000 for answer in answers for s in answer[4]]
    span = max(posted[-1] - posted[0], 1e-9) + (max(latencies) / 1000 if latencies else 0)
    return {
        "clients": clients,
        "connected": connected,
        "client_processes": len(fleet.pipes),
        "setup_s": round(setup_seconds, 1),
        "messages": len(ids),
        "delivered_to_all": len(latencies),
        "latency_p50_ms": round(statistics.median(latencies), 1) if latencies else None,
        "latency_p95_ms": round(percentile(latencies, 0.95), 1) if latencies else None,
        "latency_max_ms": round(max(latencies), 1) if latencies else None,
        "push_p50_ms": round(statistics.median(push_ms), 1),
        "pulls": len(syncs),
        "pulls_per_client_per_message": round(len(syncs) / clients / len(ids), 2),
        "pull_p50_ms": round(statistics.median(syncs), 1) if syncs else None,
        "pages_applied": len(pages),
        "page_apply_p50_ms": round(statistics.median(pages), 1) if pages else None,
        "server_cpu_share": round(server_cpu / span, 2),
        "client_cpu_share": round(sum(answer[3] for answer in answers) / span, 2),
        "server_rss_connected_mb": round(rss_connected, 1),
        "server_rss_peak_mb": round(peak[0], 1),
    }


def post_all(
    url: str, org: Org, ids: list[str], rate: float, first_seq: int
) -> tuple[list[float], list[float]]:
    """Push message i at ``start + i / rate`` (device seq ``first_seq + i``); the moment each
    push was sent, and how long its answer took."""
    channel = committee_channel(org.committee_id)
    sent: list[float] = []
    push_ms: list[float] = []
    headers = {"Authorization": f"Bearer {org.poster_token}"}
    with httpx.Client(base_url=url, timeout=60) as client:
        start = time.monotonic() + 0.2
        for i, message_id in enumerate(ids):
            delay = start + i / rate - time.monotonic()
            if delay > 0:
                time.sleep(delay)
            body = f"Message {i + 1} : la séance de jeudi est confirmée."
            mutation = {
                "client_id": uuid.uuid4().hex,
                "seq": first_seq + i,
                "kind": "message.post",
                "data": {"message_id": message_id, "channel_id": channel, "body": body},
            }
            sent.append(time.monotonic())
            response = client.post("/v1/sync/push", json={"mutations": [mutation]}, headers=headers)
            push_ms.append((time.monotonic() - sent[-1]) * 1000)
            response.raise_for_status()
            if response.json()["results"][0]["status"] != "applied":
                raise SystemExit(f"the post was refused: {response.text}")
    return sent, push_ms


def main(argv: list[str] | None = None) -> int:
    sys.stdout.reconfigure(line_buffering=True)  # type: ignore[union-attr]
    parser = argparse.ArgumentParser(prog="python -m bench.chat_fanout", description=__doc__)
    parser.add_argument("--clients", default="200,500", help="apps per run, comma-separated")
    parser.add_argument("--messages", type=int, default=10)
    parser.add_argument("--rate", type=float, default=2.0, help="messages per second")
    parser.add_argument(
        "--processes",
        type=int,
        default=8,
        help="client processes (the apps stand for separate computers: fewer per process, less"
        " waiting on one Python interpreter lock)",
    )
    parser.add_argument(
        "--pull-only",
        action="store_true",
        help="apps ignore the pages pokes carry and always pull (the design before)",
    )
    args = parser.parse_args(argv)
    runs = sorted(int(n) for n in args.clients.split(",") if n.strip())  # the fleet only grows

    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="quorum-bench-") as tmp:
        database_url = f"sqlite:///{Path(tmp) / 'server.db'}"
        print(f"Building a committee of {max(runs) + 1} members…", flush=True)
        org = build(database_url, max(runs))
        server, url = start_server(database_url)
        assert server.pid is not None
        results = []
        try:
            fleet = Fleet(url, tmp, args.processes, live_pages=not args.pull_only)
            try:
                for n, clients in enumerate(runs):
                    print(f"Run: {clients} apps, {args.messages} messages at {args.rate:g}/s…")
                    first_seq = 1 + n * args.messages  # the poster's device goes on counting
                    figures = run(
                        url, server.pid, org, fleet, clients, first_seq, args.rate, args.messages
                    )
                    results.append(figures)
                    report(figures)
            finally:
                fleet.close()
        finally:
            server.terminate()
            server.join(timeout=15)
            if server.is_alive():
                server.kill()
    figures = {
        "runs": results,
        "rate": args.rate,
        "live_pages": not args.pull_only,
        "target_p95_ms": TARGET_P95_MS,
        "cpu_count": os.cpu_count(),
        "total_s": round(time.monotonic() - started, 1),
    }
    print(json.dumps(figures))
    return 0


def report(figures: dict[str, Any]) -> None:
    print(f"  connected apps        {figures['connected']} of {figures['clients']}")
    print(
        f"  set-up                {figures['setup_s']} s ({figures['client_processes']} processes)"
    )
    print(f"  delivered to all      {figures['delivered_to_all']} of {figures['messages']}")
    print(
        f"  post → every cache    p50 {figures['latency_p50_ms']} ms, "
        f"p95 {figures['latency_p95_ms']} ms, max {figures['latency_max_ms']} ms"
        f" (target p95 < {TARGET_P95_MS:.0f} ms)"
    )
    print(f"  push answered         p50 {figures['push_p50_ms']} ms")
    print(
        f"  pulls                 {figures['pulls']} "
        f"({figures['pulls_per_client_per_message']} per app per message), "
        f"p50 {figures['pull_p50_ms']} ms each"
    )
    print(
        f"  pages from pokes      {figures['pages_applied']} applied without a pull, "
        f"p50 {figures['page_apply_p50_ms']} ms each"
    )
    print(
        f"  CPU (cores busy)      server {figures['server_cpu_share']}, "
        f"apps {figures['client_cpu_share']}"
    )
    print(
        f"  server memory         {figures['server_rss_connected_mb']} MB connected, "
        f"peak {figures['server_rss_peak_mb']} MB"
    )


if __name__ == "__main__":
    sys.exit(main())
