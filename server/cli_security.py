"""``quorum-server unlock EMAIL``: the secretariat lifts the lock that failed sign-ins put on an
account (and forgets its failures). Logged in the audit log, without an actor (the command
line). Also the security policy (``policy show|set``), devices (``revoke-device``,
``approve-device``) and members (``deactivate``, ``reactivate``): docs/SECURITY.md."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from typing import Any

from sqlalchemy import Engine

from protocol.security import (
    MAX_LOCK_MINUTES,
    MAX_OFFLINE_DAYS,
    MIN_LOCK_MINUTES,
    PolicyUpdate,
    SecurityPolicy,
)
from server.services import auth, devices, directory, policy, totp
from server.services.tx import read


def cmd_unlock(args: argparse.Namespace, engine: Engine) -> None:
    had = auth.unlock(engine, args.email)
    state = "unlocked" if had else "was not locked; nothing to undo"
    sys.stdout.write(f"{args.email.strip()} {state}.\n")


def add_commands(
    commands: Any,
    common: argparse.ArgumentParser,
    engine_of: Callable[[argparse.Namespace], Engine],
) -> None:
    """Add ``unlock`` to ``quorum-server``."""
    about = "unlock an account locked by failed sign-ins"
    parser = commands.add_parser("unlock", parents=[common], help=about, description=about)
    parser.set_defaults(run=lambda args: cmd_unlock(args, engine_of(args)))
    parser.add_argument("email")
    add_totp_reset(commands, common, engine_of)
    add_device_commands(commands, common, engine_of)


def cmd_totp_reset(args: argparse.Namespace, engine: Engine) -> None:
    had = totp.reset_email(engine, args.email)
    state = "two-factor sign-in turned off" if had else "had no two-factor sign-in; nothing to undo"
    sys.stdout.write(f"{args.email.strip()}: {state}.\n")


def add_totp_reset(
    commands: Any,
    common: argparse.ArgumentParser,
    engine_of: Callable[[argparse.Namespace], Engine],
) -> None:
    """``totp-reset EMAIL``: turn off a member's two-factor sign-in (a lost phone); audited
    ``totp.reset`` without an actor."""
    about = "turn off a member's two-factor sign-in (a lost phone)"
    parser = commands.add_parser("totp-reset", parents=[common], help=about, description=about)
    parser.set_defaults(run=lambda args: cmd_totp_reset(args, engine_of(args)))
    parser.add_argument("email")


# --- the policy, devices and members (docs/SECURITY.md) ---------------------------------------


def _on_off(value: str) -> bool:
    if value not in ("on", "off"):
        raise argparse.ArgumentTypeError("on or off")
    return value == "on"


def _bounded(low: int, high: int, *, off: bool = False) -> Callable[[str], int | None]:
    def parse(value: str) -> int | None:
        if off and value == "off":
            return None
        if not value.isdigit() or not low <= int(value) <= high:
            raise argparse.ArgumentTypeError(
                f"a number from {low} to {high}" + (", or off" if off else "")
            )
        return int(value)

    return parse


def _print_policy(current: SecurityPolicy) -> None:
    days = current.max_offline_days
    lines = [
        f"max offline days: {days if days is not None else 'off'}",
        f"device approval:  {'on' if current.device_approval else 'off'}",
        f"lock minutes:     {current.lock_minutes}",
        f"totp required:    {'on' if current.totp_required else 'off'}",
    ]
    sys.stdout.write("".join(line + "\n" for line in lines))


def cmd_policy_show(args: argparse.Namespace, engine: Engine) -> None:
    _print_policy(policy.get_policy(engine))


def cmd_policy_set(args: argparse.Namespace, engine: Engine) -> None:
    """Options left out keep their value."""
    fields = policy.get_policy(engine).model_dump()
    for name in ("max_offline_days", "device_approval", "lock_minutes", "totp_required"):
        value = getattr(args, name)
        if value is not _KEEP:
            fields[name] = value
    _print_policy(policy.set_policy(engine, PolicyUpdate.model_validate(fields)))


def cmd_revoke_device(args: argparse.Namespace, engine: Engine) -> None:
    device = devices.revoke(engine, args.device_id, wipe=not args.no_wipe)
    what = "its data will be deleted when it next connects" if device.wipe_requested_at else ""
    sys.stdout.write(
        f"Device {device.id} ({device.name}) is revoked{'; ' + what if what else ''}.\n"
    )


def cmd_approve_device(args: argparse.Namespace, engine: Engine) -> None:
    device = devices.approve(engine, args.device_id)
    sys.stdout.write(f"Device {device.id} ({device.name}) of {device.member_name} is approved.\n")


def _set_active(engine: Engine, email: str, active: bool) -> None:
    with read(engine) as conn:
        member = directory.member_by_email(conn, email)
    done = devices.set_member_active(engine, member.id, active)
    if active:
        sys.stdout.write(f"{member.name} <{member.email}> may sign in again.\n")
    else:
        sys.stdout.write(
            f"{member.name} <{member.email}> is deactivated; {done.devices_revoked} device(s)"
            " revoked, their data deleted when they next connect.\n"
        )


#: An option left out of ``policy set``.
_KEEP: Any = object()


def add_device_commands(
    commands: Any,
    common: argparse.ArgumentParser,
    engine_of: Callable[[argparse.Namespace], Engine],
) -> None:
    """``policy show|set``, ``revoke-device ID [--no-wipe]``, ``approve-device ID``,
    ``deactivate EMAIL``, ``reactivate EMAIL``: audited without an actor."""

    def add(name: str, about: str, run: Callable[[argparse.Namespace, Engine], None]) -> Any:
        parser = commands.add_parser(name, parents=[common], help=about, description=about)
        parser.set_defaults(run=lambda args: run(args, engine_of(args)))
        return parser

    about = "show or set the organisation's security policy"
    parser = commands.add_parser("policy", help=about, description=about)
    actions = parser.add_subparsers(dest="policy_command", required=True, metavar="ACTION")
    show = actions.add_parser("show", parents=[common], help="show the policy")
    show.set_defaults(run=lambda args: cmd_policy_show(args, engine_of(args)))
    change = actions.add_parser("set", parents=[common], help="change it (others unchanged)")
    change.set_defaults(run=lambda args: cmd_policy_set(args, engine_of(args)))
    change.add_argument(
        "--max-offline-days",
        type=_bounded(1, MAX_OFFLINE_DAYS, off=True),
        default=_KEEP,
        metavar="N|off",
    )
    change.add_argument("--device-approval", type=_on_off, default=_KEEP, metavar="on|off")
    change.add_argument(
        "--lock-minutes",
        type=_bounded(MIN_LOCK_MINUTES, MAX_LOCK_MINUTES),
        default=_KEEP,
        metavar="N",
    )
    change.add_argument("--totp-required", type=_on_off, default=_KEEP, metavar="on|off")
    revoke = add("revoke-device", "revoke a device; it deletes its data", cmd_revoke_device)
    revoke.add_argument("device_id")
    revoke.add_argument("--no-wipe", action="store_true", help="only sign it out")
    add("approve-device", "let a new device in", cmd_approve_device).add_argument("device_id")
    add(
        "deactivate",
        "stop a member signing in; their devices delete their data",
        lambda args, engine: _set_active(engine, args.email, False),
    ).add_argument("email")
    add(
        "reactivate",
        "let a deactivated member sign in again",
        lambda args, engine: _set_active(engine, args.email, True),
    ).add_argument("email")
