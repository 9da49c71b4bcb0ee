"""The server a benchmark talks to, in its own process (so the load generator does not share
its interpreter): the real app plus a bare endpoint that inserts one row per request.

``python -m bench._server --database URL --port N``
"""

from __future__ import annotations

import argparse
import uuid

import uvicorn
from fastapi import FastAPI
from sqlalchemy import Column, Engine, MetaData, String, Table, insert

from server.api import create_app
from server.db.engine import make_engine, writing
from server.settings import Settings

bench_metadata = MetaData()
bench_rows = Table("bench_rows", bench_metadata, Column("id", String(32), primary_key=True))


def add_bare_insert_route(app: FastAPI, engine: Engine) -> None:
    """``POST /bench/insert``: one row per request through the same single writer, no auth."""
    bench_metadata.create_all(engine)

    def bare_insert() -> dict[str, bool]:
        with writing(engine) as conn:
            conn.execute(insert(bench_rows).values(id=uuid.uuid4().hex))
        return {"ok": True}

    app.add_api_route("/bench/insert", bare_insert, methods=["POST"])


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--database", required=True)
    parser.add_argument("--port", type=int, required=True)
    args = parser.parse_args()
    settings = Settings(database_url=args.database, password_profile="CHEAPEST")
    engine = make_engine(settings.database_url)
    app = create_app(settings, engine=engine)
    add_bare_insert_route(app, engine)
    uvicorn.run(app, host="127.0.0.1", port=args.port, log_level="warning", access_log=False)


if __name__ == "__main__":
    main()
