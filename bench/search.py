"""How fast offline search is in the encrypted cache, against the same index in clear.

``python -m bench.search [--messages 100000] [--documents 5000] [--queries 200] [--seed 7]``
fills a fresh encrypted cache (real SQLCipher, real schema) with that many messages and
documents of French-like text, written into the cache's own tables in bulk so that its triggers
build the real FTS5 index; then the same rows into a plain (unencrypted) SQLite file with the
same schema. It runs the same queries of one to three words (``desktop.cache.search_index``,
the app's own query: every word, the last also a prefix, title hits first, 50 results with
their snippets) on both, alternating, after one warm-up pass, and reports p50 and p95 latency
and the ratio of encrypted to plain. Targets: p95 under 20 ms, ratio under 1.5.

The text: words of the demo organisation's documents (real French) followed by rarer made-up
words, drawn with a Zipf law, in sentences and paragraphs; messages of 5 to 60 words, documents
of 2 to 9 KB with headings and lists.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sqlite3
import statistics
import sys
import tempfile
import time
import unicodedata
from collections import Counter
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from itertools import accumulate
from pathlib import Path
from typing import Any

import sqlcipher3

from desktop.cache import CacheKey, CacheStore
from desktop.cache import search_index as _index
from desktop.cache import search_queue as _queue
from desktop.cache.codec import to_text
from desktop.cache.database import Connection, split_statements
from desktop.cache.migrations import MIGRATIONS, SCHEMA_VERSION

ROOT = Path(__file__).resolve().parents[1]
P95_TARGET_MS = 20.0
RATIO_TARGET = 1.5
COMMITTEES = 20
_WORD = re.compile(r"[^\W\d_]{2,}")
_SYLLABLES = (
    "ba be bi bo bu ca ce ci co cu da de di do du fa fe fi fo ga ge gi go la le li lo lu ma me "
    "mi mo mu na ne ni no nu pa pe pi po pu ra re ri ro ru sa se si so su ta te ti to tu va ve "
    "vi vo tra tre pro pré dé ré con com man men ment tion sion eau oir ier ière age ance ence "
    "ette elle isse ois ain ein ure ude ité"
).split()
_START = datetime(2024, 1, 1, 8, 0, tzinfo=UTC)


# --- French-like text ---------------------------------------------------------------------------


def vocabulary(rng: random.Random, made_up: int) -> list[str]:
    """The demo documents' words, most frequent first, then ``made_up`` rarer invented ones."""
    counts: Counter[str] = Counter()
    for path in sorted((ROOT / "resources" / "demo" / "documents").glob("*.md")):
        counts.update(w.lower() for w in _WORD.findall(path.read_text(encoding="utf-8")))
    if not counts:
        raise SystemExit("no demo documents found under resources/demo/documents")
    words = [w for w, _ in sorted(counts.items(), key=lambda item: (-item[1], item[0]))]
    seen = set(words)
    while len(words) < len(counts) + made_up:
        word = "".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(2, 4)))
        if word not in seen:
            seen.add(word)
            words.append(word)
    return words


class Writer:
    """Sentences drawn from the vocabulary with a Zipf law (exponent 1.05)."""

    def __init__(self, words: list[str], rng: random.Random) -> None:
        self.words, self.rng = words, rng
        self.cumulative = list(accumulate(1.0 / (rank**1.05) for rank in range(1, len(words) + 1)))

    def sentence(self, count: int) -> str:
        drawn = self.rng.choices(self.words, cum_weights=self.cumulative, k=count)
        text = " ".join(drawn)
        return text[:1].upper() + text[1:] + self.rng.choice((".", ".", ".", " ?", " !"))

    def message(self) -> str:
        size = self.rng.randint(5, 60)
        parts, left = [], size
        while left > 0:
            n = min(left, self.rng.randint(4, 18))
            parts.append(self.sentence(n))
            left -= n
        return " ".join(parts)

    def document(self) -> tuple[str, str]:
        title = self.sentence(self.rng.randint(2, 6)).rstrip(".?! ")
        target = self.rng.randint(2_000, 9_000)
        blocks = [f"# {title}"]
        length = 0
        while length < target:
            roll = self.rng.random()
            if roll < 0.12:
                block = f"## {self.sentence(self.rng.randint(2, 5)).rstrip('.?! ')}"
            elif roll < 0.25:
                block = "\n".join(
                    f"- {self.sentence(self.rng.randint(3, 10))}"
                    for _ in range(self.rng.randint(2, 5))
                )
            else:
                block = " ".join(
                    self.sentence(self.rng.randint(6, 22)) for _ in range(self.rng.randint(2, 6))
                )
            blocks.append(block)
            length += len(block)
        return title, "\n\n".join(blocks)


def queries(words: list[str], count: int, rng: random.Random) -> list[str]:
    """One to three words a member would look for (not the commonest, not the rarest); half
    typed without their accents."""
    pool = [w for w in words[30:6000] if len(w) >= 4]
    found = []
    for _ in range(count):
        chosen = rng.sample(pool, k=rng.choice((1, 1, 2, 2, 3)))
        text = " ".join(chosen)
        if rng.random() < 0.5:
            text = "".join(
                c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c)
            )
        found.append(text)
    return found


# --- filling both databases ---------------------------------------------------------------------


def rows(
    messages: int, documents: int, writer: Writer, rng: random.Random
) -> tuple[list[tuple[Any, ...]], list[tuple[Any, ...]]]:
    """The ``messages`` and ``document`` rows, as the cache stores them."""
    names = [f"Membre {i:03d}" for i in range(60)]
    message_rows = []
    numbers: Counter[str] = Counter()
    for i in range(messages):
        channel = "org" if i % 7 == 0 else f"committee:c-{rng.randrange(COMMITTEES):02d}"
        numbers[channel] += 1
        author = rng.randrange(len(names))
        posted = to_text(_START + timedelta(minutes=7 * i))
        data = {
            "id": f"msg-{i:06d}",
            "channel_id": channel,
            "number": numbers[channel],
            "author_id": f"m-{author:03d}",
            "author_name": names[author],
            "body": writer.message(),
            "thread_root_id": None,
            "posted_at": posted,
        }
        message_rows.append(
            (data["id"], channel, numbers[channel], None, data["author_id"], posted, 0, 0, "")
            + (json.dumps(data, ensure_ascii=False),)
        )
    document_rows = []
    for i in range(documents):
        title, body = writer.document()
        committee = None if i % 10 == 0 else f"c-{rng.randrange(COMMITTEES):02d}"
        published = to_text(_START + timedelta(hours=3 * i))
        document_rows.append(
            (f"doc-{i:05d}", committee, title, body, None, "Secrétariat", published, published)
        )
    return message_rows, document_rows


def fill(
    conn: Connection, message_rows: list[tuple[Any, ...]], docs: list[tuple[Any, ...]]
) -> None:
    """One transaction, through the cache's own tables: their triggers note every row, and the
    cache's own indexer (``desktop.cache.search_queue``) brings them all into the index."""
    conn.execute("BEGIN IMMEDIATE")
    conn.execute("INSERT INTO organisation VALUES ('org', 'Mutuelle de référence', 'MDR')")
    conn.executemany(
        "INSERT INTO committee VALUES (?, ?, '', 'committee')",
        [(f"c-{i:02d}", f"Commission {i + 1:02d}") for i in range(COMMITTEES)],
    )
    conn.executemany(
        "INSERT INTO messages (id, channel_id, number, thread_root_id, author_id, posted_at, "
        "deleted, pinned, mentions, data) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        message_rows,
    )
    conn.executemany(
        "INSERT INTO document (id, committee_id, title, body, author_id, author_name, "
        "published_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        docs,
    )
    while _queue.index_batch(conn, batch=20_000):
        pass
    conn.execute("COMMIT")


def plain_database(path: Path, engine: str = "sqlite3") -> Connection:
    """The same schema in an unencrypted SQLite file, with the cache's pragmas: through
    Python's ``sqlite3`` or through ``sqlcipher3`` without a key (the same SQLite build as the
    cache, so only the encryption differs)."""
    module: Any = sqlcipher3 if engine == "sqlcipher3" else sqlite3
    conn = module.connect(str(path), isolation_level=None, check_same_thread=False)
    for pragma in ("temp_store = MEMORY", "secure_delete = ON", "synchronous = FULL"):
        conn.execute(f"PRAGMA {pragma}")
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("BEGIN IMMEDIATE")
    for _number, _name, sql in MIGRATIONS:
        for statement in split_statements(sql):
            conn.execute(statement)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
    conn.execute("COMMIT")
    return conn


# --- timing -------------------------------------------------------------------------------------


def timed(run: Callable[[], object]) -> tuple[float, object]:
    started = time.perf_counter()
    result = run()
    return (time.perf_counter() - started) * 1000, result


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(fraction * (len(ordered) - 1))))
    return ordered[index]


def measure(
    store: CacheStore, plain: Connection, texts: list[str]
) -> tuple[list[float], list[float], list[int]]:
    encrypted_ms: list[float] = []
    plain_ms: list[float] = []
    hits: list[int] = []
    for text in texts[: max(1, len(texts) // 10)]:  # warm-up: the pages a search touches
        store.search(text)
        _index.search(plain, text)
    for i, text in enumerate(texts):
        runs: list[tuple[str, Callable[[], object]]] = [
            ("encrypted", lambda text=text: store.search(text)),  # type: ignore[misc]
            ("plain", lambda text=text: _index.search(plain, text)),  # type: ignore[misc]
        ]
        if i % 2:
            runs.reverse()
        for name, run in runs:
            ms, found = timed(run)
            (encrypted_ms if name == "encrypted" else plain_ms).append(ms)
            if name == "encrypted":
                assert isinstance(found, list)
                hits.append(len(found))
    return encrypted_ms, plain_ms, hits


def file_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.parent.glob(path.name + "*"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.search", description=__doc__)
    parser.add_argument("--messages", type=int, default=100_000)
    parser.add_argument("--documents", type=int, default=5_000)
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--vocabulary", type=int, default=30_000, help="made-up rarer words")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument(
        "--plain-engine",
        choices=("sqlite3", "sqlcipher3"),
        default="sqlite3",
        help="the plain copy through Python's sqlite3, or SQLCipher's SQLite without a key",
    )
    args = parser.parse_args(argv)
    rng = random.Random(args.seed)

    started = time.perf_counter()
    words = vocabulary(rng, args.vocabulary)
    writer = Writer(words, rng)
    message_rows, document_rows = rows(args.messages, args.documents, writer, rng)
    texts = queries(words, args.queries, rng)
    generated_s = time.perf_counter() - started
    text_mb = (sum(len(r[-1]) for r in message_rows) + sum(len(r[3]) for r in document_rows)) / 1e6
    print(f"Generated {args.messages} messages and {args.documents} documents ", end="")
    print(f"({text_mb:.0f} MB of text, {len(words)} words) in {generated_s:.1f} s")

    with tempfile.TemporaryDirectory(prefix="quorum-bench-search-") as tmp:
        folder = Path(tmp)
        (folder / "cache").mkdir(mode=0o700)
        store = CacheStore.open(folder / "cache", CacheKey.generate())
        plain = plain_database(folder / "plain.db", args.plain_engine)
        try:
            encrypted_fill_s, _ = timed(lambda: fill(store._db(), message_rows, document_rows))
            plain_fill_s, _ = timed(lambda: fill(plain, message_rows, document_rows))
            store.checkpoint()
            plain.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            print(f"Indexed in the encrypted cache in {encrypted_fill_s / 1000:.1f} s", end="")
            print(f" ({file_size(folder / 'cache' / 'cache.db') / 1e6:.0f} MB), ", end="")
            print(f"in the plain copy in {plain_fill_s / 1000:.1f} s", end="")
            print(f" ({file_size(folder / 'plain.db') / 1e6:.0f} MB)")
            encrypted_ms, plain_ms, hits = measure(store, plain, texts)
        finally:
            store.close()
            plain.close()

    figures = figures_of(args, encrypted_ms, plain_ms, hits, encrypted_fill_s, plain_fill_s)
    report(figures)
    print(json.dumps(figures))
    return 0


def figures_of(
    args: argparse.Namespace,
    encrypted_ms: list[float],
    plain_ms: list[float],
    hits: list[int],
    encrypted_fill_ms: float,
    plain_fill_ms: float,
) -> dict[str, Any]:
    p50, p95 = percentile(encrypted_ms, 0.5), percentile(encrypted_ms, 0.95)
    plain_p50, plain_p95 = percentile(plain_ms, 0.5), percentile(plain_ms, 0.95)
    ratio = sum(encrypted_ms) / sum(plain_ms)
    return {
        "benchmark": "search",
        "messages": args.messages,
        "documents": args.documents,
        "plain_engine": args.plain_engine,
        "queries": len(encrypted_ms),
        "p50_ms": round(p50, 2),
        "p95_ms": round(p95, 2),
        "max_ms": round(max(encrypted_ms), 2),
        "plain_p50_ms": round(plain_p50, 2),
        "plain_p95_ms": round(plain_p95, 2),
        "ratio": round(ratio, 3),
        "ratio_p50": round(p50 / plain_p50, 3),
        "ratio_p95": round(p95 / plain_p95, 3),
        "median_hits": statistics.median(hits),
        "index_seconds": round(encrypted_fill_ms / 1000, 1),
        "plain_index_seconds": round(plain_fill_ms / 1000, 1),
        "p95_target_ms": P95_TARGET_MS,
        "ratio_target": RATIO_TARGET,
        "ok": p95 < P95_TARGET_MS and ratio < RATIO_TARGET,
    }


def report(figures: dict[str, Any]) -> None:
    print()
    print(f"{figures['queries']} queries of one to three words (50 results with snippets)")
    print(f"  encrypted cache   p50 {figures['p50_ms']:.2f} ms   p95 {figures['p95_ms']:.2f} ms")
    print(
        f"  plain SQLite      p50 {figures['plain_p50_ms']:.2f} ms   "
        f"p95 {figures['plain_p95_ms']:.2f} ms"
    )
    print(f"  encrypted / plain {figures['ratio']}× (total time; plain: {figures['plain_engine']})")
    print(f"  median results    {figures['median_hits']}")
    verdict = "met" if figures["ok"] else "MISSED"
    print(f"  targets           p95 < {P95_TARGET_MS:.0f} ms, ratio < {RATIO_TARGET}: {verdict}")


if __name__ == "__main__":
    sys.exit(main())
