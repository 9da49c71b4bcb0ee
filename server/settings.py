"""Server settings: where the database lives and how hard passwords are to guess.

One server database holds one organisation. The environment may override the defaults:
``QUORUM_DATABASE_URL`` (an SQLAlchemy URL), ``QUORUM_PASSWORD_PROFILE`` (an argon2-cffi
profile name; only tests and demos should lower it) and ``QUORUM_WORKER_THREADS`` (how many
threads run the blocking work of requests).
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field

from platformdirs import user_data_path

DATABASE_ENV = "QUORUM_DATABASE_URL"
PASSWORD_PROFILE_ENV = "QUORUM_PASSWORD_PROFILE"
WORKER_THREADS_ENV = "QUORUM_WORKER_THREADS"
#: Threads that run requests' blocking work (anyio's default is 40). Every write waits for the
#: one writer and the threads share one interpreter lock: more only fight over it. Measured
#: with bench.vote_burst on 2 cores: 40 threads 109-173 ballots/s, 8 to 16 about 195.
DEFAULT_WORKER_THREADS = 8
#: argon2-cffi profile used for new password hashes (see ``argon2.profiles``).
DEFAULT_PASSWORD_PROFILE = "RFC_9106_LOW_MEMORY"


def default_database_url(env: Mapping[str, str] | None = None) -> str:
    """``QUORUM_DATABASE_URL`` when set, else an SQLite file in the user data folder."""
    env = os.environ if env is None else env
    url = env.get(DATABASE_ENV, "").strip()
    if url:
        return url
    path = user_data_path("quorum-server", appauthor=False) / "quorum.db"
    return f"sqlite:///{path}"


def default_password_profile(env: Mapping[str, str] | None = None) -> str:
    env = os.environ if env is None else env
    return env.get(PASSWORD_PROFILE_ENV, "").strip() or DEFAULT_PASSWORD_PROFILE


def default_worker_threads(env: Mapping[str, str] | None = None) -> int:
    env = os.environ if env is None else env
    text = env.get(WORKER_THREADS_ENV, "").strip()
    return max(1, int(text)) if text.isdigit() else DEFAULT_WORKER_THREADS


#: The oldest app version this server accepts (``$QUORUM_MIN_APP_VERSION``), and where members
#: get a newer one (``$QUORUM_UPDATE_URL``): docs/INSTALLED.md, "Version policy".
MIN_APP_VERSION_ENV = "QUORUM_MIN_APP_VERSION"
UPDATE_URL_ENV = "QUORUM_UPDATE_URL"
DEFAULT_MIN_APP_VERSION = "0.1.0"


def default_min_app_version(env: Mapping[str, str] | None = None) -> str:
    env = os.environ if env is None else env
    return env.get(MIN_APP_VERSION_ENV, "").strip() or DEFAULT_MIN_APP_VERSION


def default_update_url(env: Mapping[str, str] | None = None) -> str:
    env = os.environ if env is None else env
    return env.get(UPDATE_URL_ENV, "").strip()


@dataclass(frozen=True)
class Settings:
    """What a server process needs to know; built once and passed in."""

    database_url: str = field(default_factory=default_database_url)
    password_profile: str = field(default_factory=default_password_profile)
    worker_threads: int = field(default_factory=default_worker_threads)
    min_app_version: str = field(default_factory=default_min_app_version)
    update_url: str = field(default_factory=default_update_url)
