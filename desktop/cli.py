"""``quorum``: the desktop app, and a headless sync for scripts and servers without a screen.

    quorum [--profile DIR] [--server URL] [--user EMAIL]      launch the app (also ``quorum app``)
    quorum sync --server URL --user EMAIL [--profile DIR]     sign in if needed, sync, print counts
    quorum reset-cache [--profile DIR] [--yes]                delete the cache and its key
    quorum search TERM… [--profile DIR] [--kind K] [--limit N] search the cache, offline
    quorum --self-test                                        check what the app needs works
    quorum quorum://invite?server=URL&code=CODE               accept an invitation in the app

``--ca-file PATH`` (before the command, or on ``sync``) pins the organisation's certificate
authority in the profile; server addresses must be ``https://`` except this computer's and
test servers allowed in the app (docs/SECURITY.md, docs/DEPLOYMENT.md).

A member never sees a traceback: every failure is one line on stderr and a non-zero exit; the
details of an unexpected one go to the profile's log file, which holds no content.
"""

from __future__ import annotations

import argparse
import getpass
import logging
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

import httpx

from desktop.cache import DB_FILENAME
from desktop.cache.errors import CacheError, PassphraseRequired
from desktop.cli_words import error_line, wipe_headless
from desktop.profile import Profile, default_profile_dir
from desktop.sync.errors import (
    OtpNeeded,
    SyncError,
    WipeRequired,
)
from desktop.sync.server_address import (
    CaFileUnusable,
    InsecureServerAddress,
    check_server_address,
    ssl_context,
)
from protocol.errors import ErrorCode
from protocol.invitations import LINK_SCHEME, parse_invitation_link

if TYPE_CHECKING:
    from desktop.services import OpenCache, Services

log = logging.getLogger("desktop.cli")

PASSWORD_ENV = "QUORUM_PASSWORD"
#: The two-step sign-in code (or a recovery code) for a headless sign-in.
OTP_ENV = "QUORUM_OTP"
PASSPHRASE_ENV = "QUORUM_CACHE_PASSPHRASE"
DEVICE_NAME = "Quorum command line"

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_INTERRUPTED = 130
SEARCH_KINDS = ("document", "motion", "message", "idea")  # desktop.core.search_api.KINDS
CA_FILE_HELP = (
    "your organisation's certificate authority (a PEM file), the only one trusted for the "
    "server from now on; an empty PATH trusts this computer's authorities again"
)

T = TypeVar("T")


class CliError(Exception):
    """A failure already worded for the member: printed as one line, exit non-zero."""


def build_parser() -> argparse.ArgumentParser:
    # Options repeated on a subcommand default to SUPPRESS so they never undo the global ones.
    parser = argparse.ArgumentParser(
        prog="quorum", description="Quorum: board packs and votes, offline and encrypted."
    )
    parser.add_argument("--profile", type=Path, default=None, metavar="DIR", help="profile folder")
    parser.add_argument("--server", default=None, metavar="URL", help="server address")
    parser.add_argument("--user", default=None, metavar="EMAIL", help="your email address")
    parser.add_argument("--ca-file", default=None, metavar="PATH", help=CA_FILE_HELP)
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="check that the encrypted cache, PDF viewer, translations and keychain work",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    def with_profile(p: argparse.ArgumentParser) -> argparse.ArgumentParser:
        p.add_argument(
            "--profile", type=Path, default=argparse.SUPPRESS, metavar="DIR", help="profile folder"
        )
        return p

    with_profile(sub.add_parser("app", help="open the desktop app (the default)"))
    sync = with_profile(sub.add_parser("sync", help="sync the cache with the server, headless"))
    sync.add_argument("--server", default=argparse.SUPPRESS, metavar="URL", help="server address")
    sync.add_argument(
        "--user", default=argparse.SUPPRESS, metavar="EMAIL", help="your email address"
    )
    sync.add_argument("--ca-file", default=argparse.SUPPRESS, metavar="PATH", help=CA_FILE_HELP)
    reset = with_profile(sub.add_parser("reset-cache", help="delete the cache and its key"))
    reset.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    search = with_profile(sub.add_parser("search", help="search the offline cache, headless"))
    search.add_argument("term", nargs="+", metavar="TERM", help="the words to look for")
    search.add_argument(
        "--kind", choices=SEARCH_KINDS, action="append", help="only this kind (repeatable)"
    )
    search.add_argument("--limit", type=int, default=20, metavar="N", help="at most N results")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    # The desktop entry opens invitation links as `quorum quorum://invite?...` (docs/INSTALLED.md)
    links = [a for a in argv if a.startswith(f"{LINK_SCHEME}:")]
    argv = [a for a in argv if a not in links]
    invitation = parse_invitation_link(links[0]) if links else None
    if links and invitation is None:
        return _fail(f"{links[0][:80]} is not a Quorum invitation link.")
    args = build_parser().parse_args(argv)
    if args.self_test:
        from desktop.self_test import run_self_test

        return run_self_test()
    profile = Profile(args.profile or default_profile_dir())
    try:
        _setup_logging(profile)
        if args.ca_file is not None:
            remember_ca_file(profile, args.ca_file)
        if args.command == "sync":
            return run_sync(profile, args.server, args.user)
        if args.command == "reset-cache":
            return reset_cache(profile, assume_yes=args.yes)
        if args.command == "search":
            return run_search(profile, " ".join(args.term), args.kind, args.limit)
        return launch_app(profile, args.server, args.user, invitation)
    except CliError as exc:
        return _fail(str(exc))
    except KeyboardInterrupt:
        print(file=sys.stderr)
        return EXIT_INTERRUPTED
    except Exception as exc:  # a member never sees a traceback
        log.exception("quorum %s failed", args.command or "app")
        return _fail(
            f"Quorum failed unexpectedly ({type(exc).__name__}). Details are in {profile.log_file}."
        )


def run_sync(profile: Profile, server_url: str | None, email: str | None) -> int:
    """Sign in when needed, sync once, print what the cache holds as ``kind: count`` lines."""
    settings = profile.load_settings()
    server_url = server_url or settings.server_url
    email = email or settings.email
    if not server_url:
        raise CliError("Say which server to sync with: --server URL.")
    if not is_server_address(server_url):
        raise CliError(f"{server_url} is not a server address (http://… or https://…).")
    try:
        check_server_address(server_url, settings.insecure_servers)
    except InsecureServerAddress as exc:
        raise CliError(error_line(exc, server_url)) from exc
    if not email:
        raise CliError("Say who you are: --user EMAIL.")
    services = _open_services(profile, server_url)
    try:
        engine = services.engine
        if engine.needs_sign_in(email):
            password = ask_secret(f"Password for {email}: ", PASSWORD_ENV)
            try:
                engine.sign_in(email, password, DEVICE_NAME)
            except OtpNeeded as exc:  # two-step sign-in: the authenticator app's code
                if exc.code != ErrorCode.OTP_REQUIRED:
                    raise
                code = ask_secret("Code of your authenticator app: ", OTP_ENV)
                engine.sign_in(email, password, DEVICE_NAME, otp=code)
            settings.server_url, settings.email = server_url, email
            profile.save_settings(settings)
        report = engine.sync()
        counts = services.store.counts()
    except WipeRequired as exc:
        raise CliError(wipe_headless(services, server_url)) from exc
    except (SyncError, CacheError) as exc:
        raise CliError(error_line(exc, server_url)) from exc
    finally:
        services.close()
    for kind, count in counts.items():
        print(f"{kind}: {count}")
    if report.rejected:
        print(
            f"quorum: the server refused {report.rejected} of your changes; "
            "the app shows which and why.",
            file=sys.stderr,
        )
    return EXIT_OK


def is_server_address(url: str) -> bool:
    """An absolute http(s) address with a host: anything else fails later, less clearly."""
    try:
        parsed = httpx.URL(url.strip())
    except httpx.InvalidURL:
        return False
    return parsed.scheme in ("http", "https") and bool(parsed.host)


def remember_ca_file(profile: Profile, path: str) -> None:
    """Keep ``path`` as the profile's pinned CA (checked first); "" forgets it."""
    ca_file = str(Path(path).expanduser().resolve()) if path.strip() else ""
    if ca_file:
        try:
            ssl_context(ca_file)
        except CaFileUnusable as exc:
            raise CliError(error_line(exc)) from exc
    settings = profile.load_settings()
    settings.ca_file = ca_file
    profile.save_settings(settings)


def run_search(profile: Profile, text: str, kinds: list[str] | None, limit: int) -> int:
    """Search the cache offline (no server): one result per line, or "No result.", exit 0."""
    from desktop.cli_search import cli_language, no_result, refusal, result_line
    from desktop.core.search import Search

    if limit < 1:
        raise CliError("--limit takes a number of results, 1 or more.")
    if not (profile.path / DB_FILENAME).exists():
        raise CliError(f"There is no offline cache in {profile.path} yet: run `quorum sync` first.")
    language = cli_language(profile.load_settings().language)
    cache = _open_cache(profile)
    try:
        refused = refusal(cache, language)  # past the offline limit (wiped), or locked
        if refused is not None:
            raise CliError(refused)
        hits = Search(cache.store).search(
            text, kinds=None if not kinds else frozenset(kinds), limit=limit
        )
    except CacheError as exc:
        raise CliError(error_line(exc)) from exc
    finally:
        cache.close()
    for hit in hits:
        print(result_line(hit, language))
    if not hits:
        print(no_result(language))
    return EXIT_OK


def _open_services(profile: Profile, server_url: str) -> Services:
    from desktop.services import build_services

    return _with_passphrase(
        profile, lambda passphrase: build_services(profile, server_url, passphrase=passphrase)
    )


def _open_cache(profile: Profile) -> OpenCache:
    from desktop.services import open_cache_only

    return _with_passphrase(profile, lambda passphrase: open_cache_only(profile, passphrase))


def _with_passphrase(profile: Profile, opener: Callable[[str | None], T]) -> T:
    """``opener(None)``; without a keychain, ask for the passphrase at a terminal and retry."""
    try:
        return opener(None)
    except PassphraseRequired as exc:
        if not sys.stdin.isatty():
            raise CliError(error_line(exc)) from exc
    except CacheError as exc:
        raise CliError(error_line(exc)) from exc
    new_cache = not (profile.path / DB_FILENAME).exists()
    passphrase = ask_secret("Cache passphrase: ", PASSPHRASE_ENV, confirm=new_cache)
    try:
        return opener(passphrase)
    except CacheError as exc:
        raise CliError(error_line(exc)) from exc


def launch_app(
    profile: Profile,
    server_url: str | None,
    email: str | None,
    invitation: tuple[str, str] | None = None,
) -> int:
    try:
        from desktop.app import run_app
    except ImportError as exc:
        log.error("the desktop app cannot be loaded: %s", exc)
        raise CliError(
            "The desktop app cannot start in this installation; `quorum sync` still works."
        ) from exc
    result: int = run_app(profile, server_url=server_url, email=email, invitation=invitation)
    return result


def reset_cache(profile: Profile, *, assume_yes: bool) -> int:
    from desktop.services import reset_cache as delete_cache

    if not assume_yes:
        if not sys.stdin.isatty():
            raise CliError("Add --yes to delete the cache without being asked.")
        answer = input(
            f"Delete the cache in {profile.path} and its key? Changes not yet sent will be lost; "
            "everything else downloads again at the next sync. [y/N] "
        )
        if answer.strip().lower() not in ("y", "yes", "o", "oui"):
            print("Nothing deleted.")
            return EXIT_OK
    delete_cache(profile)
    log.info("cache reset")
    print(f"The cache in {profile.path} and its key are deleted.")
    return EXIT_OK


def ask_secret(prompt: str, env_name: str, *, confirm: bool = False) -> str:
    """A secret from the environment, else typed at a terminal; never from a pipe."""
    value = os.environ.get(env_name)
    if value:
        return value
    if not sys.stdin.isatty():
        raise CliError(f"Set {env_name}, or run in a terminal to be asked for it.")
    value = getpass.getpass(prompt)
    if not value:
        raise CliError("Nothing typed; nothing done.")
    if confirm and getpass.getpass("Again: ") != value:
        raise CliError("The two entries differ; nothing done.")
    return value


def _setup_logging(profile: Profile) -> None:
    from desktop.services import setup_logging

    try:
        setup_logging(profile)
    except OSError as exc:  # an unwritable profile folder shows up when opening the cache
        raise CliError(f"The profile folder {profile.path} is not usable ({exc}).") from exc


def _fail(line: str) -> int:
    print(f"quorum: {line}", file=sys.stderr)
    return EXIT_FAILED
