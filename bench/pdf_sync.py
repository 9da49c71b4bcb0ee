"""How fast a board pack of PDFs reaches the encrypted cache, against a plain download of the
same bytes.

``python -m bench.pdf_sync [--files 100] [--min-mb 0.5] [--max-mb 5] [--repeat 3]`` publishes
that many real PDFs (a few pages of text and an attached annex of random bytes, so sizes vary
and nothing compresses) on a fresh SQLite server, serves it with uvicorn in its own process on
loopback, and times a member's download of them all into a fresh encrypted cache
(``BoardFiles.download``: streamed, written in chunks inside SQLCipher, each file's sha256
checked; sign-in and the sync of the documents excluded). It then downloads the same files
with plain httpx into memory from the same route, and reports the medians and their ratio
(target: under 2).
"""

from __future__ import annotations

import argparse
import io
import json
import random
import shutil
import statistics
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import httpx
from fpdf import FPDF
from pypdf import PdfReader, PdfWriter

from bench.vote_burst import start_server
from desktop.cache.files import FileStore
from desktop.core.board_files import BoardFiles
from desktop.profile import Profile
from desktop.services import build_services
from desktop.sync.files import FileDownloader
from protocol.documents import DocumentPublishRequest
from server.db.engine import make_engine
from server.db.migrate import migrate
from server.services import organisation, publishing
from server.services.passwords import passwords_for

EMAIL = "tresoriere@bench.example"
PASSWORD = "bench-password-1"
TARGET_RATIO = 2.0


def make_pdf(number: int, size: int, rng: random.Random) -> bytes:
    """A real PDF of about ``size`` bytes: three pages of text and a random annex."""
    pdf = FPDF(format="A4")
    pdf.set_font("Helvetica", size=11)
    for page in range(3):
        pdf.add_page()
        pdf.multi_cell(170, 7, f"Dossier {number}, page {page + 1}. Rapport au conseil. " * 8)
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(bytes(pdf.output()))))
    writer.add_attachment("annexe.bin", rng.randbytes(max(0, size - 4_000)))
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


@dataclass
class Pack:
    shas: list[str]
    total_bytes: int
    build_seconds: float


def build(database_url: str, files: int, min_bytes: int, max_bytes: int, seed: int = 11) -> Pack:
    started = time.perf_counter()
    rng = random.Random(seed)
    engine = make_engine(database_url)
    migrate(engine)
    organisation.create_organisation(engine, "Mutuelle de référence", "MDR")
    committee = organisation.add_committee(engine, "Conseil d'administration", "Le conseil.")
    member = organisation.add_member(
        engine,
        EMAIL,
        "Trésorière",
        PASSWORD,
        ("member",),
        "",
        passwords=passwords_for("CHEAPEST"),
    )
    organisation.add_to_committee(engine, member.id, committee.id)
    shas: list[str] = []
    total = 0
    for number in range(files):
        data = make_pdf(number + 1, rng.randint(min_bytes, max_bytes), rng)
        uploaded = publishing.store_file(engine, data, None)
        request = DocumentPublishRequest(
            title=f"Dossier {number + 1:03d}",
            committee_id=committee.id,
            file_sha256=uploaded.file.sha256,
        )
        publishing.publish(engine, None, request)
        shas.append(uploaded.file.sha256)
        total += len(data)
    engine.dispose()
    return Pack(shas, total, time.perf_counter() - started)


def time_cache_download(url: str, pack: Pack, work: Path, run: int) -> float:
    profile = Profile(work / f"profile-{run}").ensure()
    services = build_services(profile, url, passphrase="bench-passphrase")
    try:
        services.engine.sign_in(EMAIL, PASSWORD, "bench")
        services.engine.sync()
        files = FileStore(services.store)
        board = BoardFiles(files, FileDownloader(services.http, files, services.store.token))
        wanted = board.missing()
        if sorted(wanted) != sorted(pack.shas):
            raise SystemExit(f"the cache names {len(wanted)} files, not {len(pack.shas)}")
        started = time.perf_counter()
        states = board.download(wanted)
        elapsed = time.perf_counter() - started
        if not all(state.ready for state in states) or board.usage()[0] != pack.total_bytes:
            raise SystemExit("some files did not reach the cache whole")
    finally:
        services.close()
        shutil.rmtree(profile.path, ignore_errors=True)
    return elapsed


def time_plain_download(url: str, pack: Pack) -> float:
    with httpx.Client(base_url=url, timeout=120) as client:
        token = client.post(
            "/v1/auth/sign-in",
            json={"email": EMAIL, "password": PASSWORD, "device_name": "bench-plain"},
        ).json()["token"]
        headers = {"Authorization": f"Bearer {token}"}
        received = 0
        started = time.perf_counter()
        for sha in pack.shas:
            response = client.get(f"/v1/files/{sha}", headers=headers)
            response.raise_for_status()
            received += len(response.content)
        elapsed = time.perf_counter() - started
    if received != pack.total_bytes:
        raise SystemExit("the plain download did not get every byte")
    return elapsed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.pdf_sync", description=__doc__)
    parser.add_argument("--files", type=int, default=100)
    parser.add_argument("--min-mb", type=float, default=0.5)
    parser.add_argument("--max-mb", type=float, default=5.0)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory(prefix="quorum-bench-") as tmp:
        work = Path(tmp)
        database_url = f"sqlite:///{work / 'server.db'}"
        print(f"Publishing {args.files} PDFs of {args.min_mb} to {args.max_mb} MB…", flush=True)
        pack = build(database_url, args.files, int(args.min_mb * 1e6), int(args.max_mb * 1e6))
        print(f"  published in {pack.build_seconds:.1f} s ({pack.total_bytes / 1e6:.1f} MB)")
        process, url = start_server(database_url)
        caches: list[float] = []
        plains: list[float] = []
        try:
            for run in range(args.repeat):
                caches.append(time_cache_download(url, pack, work, run))
                plains.append(time_plain_download(url, pack))
                print(
                    f"  run {run + 1}: into the cache {caches[-1]:.2f} s; "
                    f"plain download {plains[-1]:.2f} s",
                    flush=True,
                )
        finally:
            process.terminate()
            process.wait(timeout=10)

    cache_s = statistics.median(caches)
    plain_s = statistics.median(plains)
    figures = {
        "files": args.files,
        "bytes": pack.total_bytes,
        "runs": args.repeat,
        "cache_seconds_median": round(cache_s, 3),
        "cache_mb_per_second": round(pack.total_bytes / 1e6 / cache_s, 1),
        "plain_seconds_median": round(plain_s, 3),
        "plain_mb_per_second": round(pack.total_bytes / 1e6 / plain_s, 1),
        "cache_to_plain_ratio": round(cache_s / plain_s, 2),
        "target_ratio": TARGET_RATIO,
    }
    print()
    print(f"{args.files} PDFs, {pack.total_bytes / 1e6:.1f} MB, over loopback (median of the runs)")
    print(
        f"  into the encrypted cache  {cache_s:.2f} s ({figures['cache_mb_per_second']} MB/s), "
        "hashes checked"
    )
    print(f"  plain download to memory  {plain_s:.2f} s ({figures['plain_mb_per_second']} MB/s)")
    print(
        f"  cache / plain             {figures['cache_to_plain_ratio']}× "
        f"(target < {TARGET_RATIO:.0f})"
    )
    print(json.dumps(figures))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
