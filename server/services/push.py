"""Push: a device's outbox, applied in order and exactly once.

Each mutation is applied and its result stored in ONE transaction, keyed by (device,
client_id): a mutation sent again (the answer was lost, the app restarted) gets the stored
result back with ``duplicate`` set and is not applied twice. A mutation that can never succeed
is rejected with a code and a message and does not stop the ones after it. An unexpected error
stops the batch (the transaction rolls back, the client retries later).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from typing import Any

from pydantic import ValidationError
from sqlalchemy import Connection, Engine, bindparam, insert, select, update

from protocol.base import Request
from protocol.errors import ErrorCode
from protocol.models import (
    MUTATION_MODELS,
    Kind,
    MarkReadData,
    Mutation,
    MutationKind,
    MutationResult,
    MutationStatus,
    PushResponse,
    ReadReceiptData,
)
from server.db import group_commit
from server.db import tables as t
from server.db.prepared import Prepared
from server.services import (
    actions,
    announcements,
    ballots,
    changelog,
    channel_state,
    channels,
    directory,
    doc_comments,
    ideas,
    messages,
    proxies,
    results,
)
from server.services.annotations import delete_annotation, save_annotation
from server.services.changelog import Audience
from server.services.errors import NotFound, ServiceError, ValidationFailed
from server.services.records import Device, Member

#: Applies one mutation; may return what the client needs back (``MutationResult.result``).
Handler = Callable[[Connection, Member, Request], dict[str, Any] | None]
#: Sequence numbers are stored as signed 64-bit integers.
MAX_SEQ = 2**63 - 1

# Built once (building a statement costs more than running it). ``_STATE``: the device's last
# sequence number and, when this mutation came before, its stored outcome, in one query.
_dm = t.device_mutations.c
_STATE = Prepared(
    select(
        t.devices.c.last_mutation_seq,
        _dm.client_id,
        _dm.seq,
        _dm.status,
        _dm.code,
        _dm.message,
        _dm.result,
    )
    .select_from(
        t.devices.outerjoin(
            t.device_mutations,
            (_dm.device_id == t.devices.c.id) & (_dm.client_id == bindparam("b_client")),
        )
    )
    .where(t.devices.c.id == bindparam("b_device"))
)
_ADVANCE = Prepared(
    update(t.devices)
    .where(t.devices.c.id == bindparam("b_device"))
    .values(last_mutation_seq=bindparam("b_seq"))
)
_STORE = Prepared(t.device_mutations.insert(), [c.name for c in t.device_mutations.columns])


def push(
    engine: Engine, member: Member, device: Device, mutations: Sequence[Mutation]
) -> PushResponse:
    outcomes = [_push_one(engine, member, device, m) for m in sorted(mutations, key=_by_seq)]
    return PushResponse(results=outcomes, server_time=t.utcnow())


def _by_seq(mutation: Mutation) -> int:
    return mutation.seq


def _push_one(engine: Engine, member: Member, device: Device, mutation: Mutation) -> MutationResult:
    if mutation.seq > MAX_SEQ:  # cannot be stored, so cannot be remembered either
        return _rejected(mutation, ErrorCode.VALIDATION_ERROR, "The sequence number is too large.")

    def job(conn: Connection) -> MutationResult:
        return _apply_once(conn, member, device, mutation)

    return group_commit.run(engine, job)  # answered once committed


def _apply_once(
    conn: Connection, member: Member, device: Device, mutation: Mutation
) -> MutationResult:
    """Inside a write transaction: the stored outcome of a mutation seen before, or the
    outcome of applying it now, stored with it. A refused mutation leaves nothing half-done:
    the job's writes are rolled back (``Instead``) and only its refusal is stored."""
    results.close_due(conn)  # a ballot after a deadline meets a closed motion
    state = _STATE.first(conn, {"b_device": device.id, "b_client": mutation.client_id})
    assert state is not None  # the device signed in
    last_seq, client_id, seq, status, code, message, answer = state
    if client_id is not None:  # this mutation came before: its stored outcome
        return MutationResult(
            client_id=client_id,
            seq=seq,
            status=MutationStatus(status),
            code=code,
            message=message,
            duplicate=True,
            result=None if answer is None else json.loads(answer),
        )
    if mutation.seq <= last_seq:
        result = _rejected(
            mutation,
            ErrorCode.CONFLICT,
            f"Sequence number {mutation.seq} is not above {last_seq}, "
            "the last one this device sent.",
        )
        _store(conn, device, mutation, result)
        return result
    try:
        result = _apply(conn, member, mutation)
    except ServiceError as exc:
        refusal = _rejected(mutation, exc.wire_code, exc.message)

        def refuse(again: Connection) -> MutationResult:
            results.close_due(again)  # rolled back with the rest: due again
            return _advance_and_store(again, device, mutation, refusal)

        raise group_commit.Instead(refuse) from None
    return _advance_and_store(conn, device, mutation, result)


def _advance_and_store(
    conn: Connection, device: Device, mutation: Mutation, result: MutationResult
) -> MutationResult:
    _ADVANCE.execute(conn, {"b_device": device.id, "b_seq": mutation.seq})
    _store(conn, device, mutation, result)
    return result


def _store(conn: Connection, device: Device, mutation: Mutation, result: MutationResult) -> None:
    outcome = {
        "device_id": device.id,
        "client_id": mutation.client_id,
        "seq": mutation.seq,
        "kind": mutation.kind[:64],
        "status": result.status.value,
        "code": result.code,
        "message": result.message,
        "created_at": t.utcnow(),
        # Never a ballot's choices: only what the handler chose to answer.
        "result": None if result.result is None else json.dumps(result.result),
    }
    _STORE.execute(conn, outcome)


def _rejected(mutation: Mutation, code: str, message: str) -> MutationResult:
    return MutationResult(
        client_id=mutation.client_id,
        seq=mutation.seq,
        status=MutationStatus.REJECTED,
        code=str(code),
        message=message,
    )


def _apply(conn: Connection, member: Member, mutation: Mutation) -> MutationResult:
    try:
        kind = MutationKind(mutation.kind)
    except ValueError:
        return _rejected(mutation, ErrorCode.VALIDATION_ERROR, "Unknown kind of change.")
    try:
        data = MUTATION_MODELS[kind].model_validate(mutation.data)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(part) for part in first["loc"]) or "data"
        return _rejected(mutation, ErrorCode.VALIDATION_ERROR, f"{where}: {first['msg']}")
    answer = HANDLERS[kind](conn, member, data)  # a refusal: ServiceError
    return MutationResult(
        client_id=mutation.client_id,
        seq=mutation.seq,
        status=MutationStatus.APPLIED,
        result=answer,
    )


def _mark_read(conn: Connection, member: Member, request: Request) -> dict[str, Any] | None:
    assert isinstance(request, MarkReadData)
    try:
        doc = directory.document(conn, request.document_id)
    except NotFound:
        raise NotFound("No such document.") from None
    if not directory.can_see_document(conn, member.id, doc):
        raise NotFound("No such document.")  # the same answer: never reveal it exists
    version = min(request.version or doc.version, doc.version)
    record_read(conn, member.id, doc.id, request.read_at, version)
    return None


def record_read(
    conn: Connection,
    member_id: str,
    document_id: str,
    read_at: datetime,
    version: int | None = None,
) -> bool:
    """Store that a member read a document (``version``: which one); True the first time.
    The first reading time is kept, and the newest version read; the reader gets their receipt
    again (for them alone) the first time and whenever they read a newer version."""
    if read_at.tzinfo is None:
        read_at = read_at.replace(tzinfo=UTC)
    try:
        read_at = read_at.astimezone(UTC)
    except OverflowError:
        raise ValidationFailed("read_at is out of range.") from None
    read_at = min(read_at, t.utcnow())  # the server's clock has the last word
    c = t.read_receipts.c
    where = (c.member_id == member_id) & (c.document_id == document_id)
    row = conn.execute(select(t.read_receipts).where(where)).first()
    if row is None:
        first_read, last_read, last_version = read_at, read_at, version
        conn.execute(
            insert(t.read_receipts).values(
                member_id=member_id,
                document_id=document_id,
                first_read_at=first_read,
                last_read_at=last_read,
                last_version=last_version,
            )
        )
    else:
        newer = version is not None and (row.last_version is None or version > row.last_version)
        first_read, last_read = row.first_read_at, max(read_at, row.last_read_at)
        last_version = version if newer else row.last_version
        if last_read != row.last_read_at or newer:
            conn.execute(
                update(t.read_receipts)
                .where(where)
                .values(last_read_at=last_read, last_version=last_version)
            )
        if not newer:
            return False
    receipt = ReadReceiptData(
        id=document_id,
        document_id=document_id,
        read_at=first_read,
        version=last_version,
        last_read_at=last_read,
    )
    changelog.upsert(conn, Kind.READ_RECEIPT, receipt, Audience.member(member_id))
    return row is None


HANDLERS: dict[MutationKind, Handler] = {
    MutationKind.MARK_READ: _mark_read,
    MutationKind.CAST_BALLOT: ballots.cast,
    MutationKind.GRANT_PROXY: proxies.grant,
    MutationKind.REVOKE_PROXY: proxies.revoke,
    MutationKind.POST_MESSAGE: messages.post,
    MutationKind.EDIT_MESSAGE: messages.edit,
    MutationKind.DELETE_MESSAGE: messages.delete_message,
    MutationKind.PIN_MESSAGE: messages.pin,
    MutationKind.READ_CHANNEL: channel_state.read,
    MutationKind.MUTE_CHANNEL: channel_state.mute,
    MutationKind.START_CONVERSATION: channels.start_conversation,
    MutationKind.SET_PREFERENCES: channel_state.set_preferences,
    MutationKind.SUBMIT_IDEA: ideas.submit,
    MutationKind.SUPPORT_IDEA: ideas.support,
    MutationKind.COMMENT_IDEA: ideas.comment,
    MutationKind.SET_IDEA_STATUS: ideas.set_status,
    MutationKind.POST_ANNOUNCEMENT: announcements.post,
    MutationKind.ACK_ANNOUNCEMENT: announcements.ack,
    MutationKind.REMIND_ANNOUNCEMENT: announcements.remind,
    MutationKind.CREATE_ACTION: actions.create,
    MutationKind.UPDATE_ACTION: actions.update_status,
    MutationKind.COMMENT_ACTION: actions.comment,
    MutationKind.SAVE_ANNOTATION: save_annotation,
    MutationKind.DELETE_ANNOTATION: delete_annotation,
    MutationKind.COMMENT_DOCUMENT: doc_comments.post,
}
