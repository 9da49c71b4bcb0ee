"""The wire contract: what both sides rely on."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic import ValidationError

from protocol.errors import ErrorCode
from protocol.models import (
    KIND_MODELS,
    Change,
    DocumentData,
    Kind,
    Mutation,
    PushRequest,
    SignInRequest,
    SyncPage,
)
from protocol.rules import normalise_email


def test_requests_refuse_unknown_fields_so_typos_are_caught() -> None:
    with pytest.raises(ValidationError):
        SignInRequest.model_validate({"email": "a@b.fr", "password": "x", "pasword": "y"})


def test_entity_payloads_accept_new_fields_so_older_apps_keep_working() -> None:
    doc = DocumentData.model_validate(
        {
            "id": "d1",
            "committee_id": None,
            "title": "Ordre du jour",
            "body": "# Séance",
            "published_at": "2026-09-01T08:00:00Z",
            "updated_at": "2026-09-01T08:00:00Z",
            "a_field_from_the_future": 1,
        }
    )
    assert doc.title == "Ordre du jour"


def test_every_kind_has_a_payload_model() -> None:
    assert set(KIND_MODELS) == set(Kind)


def test_a_sync_page_round_trips_through_json() -> None:
    page = SyncPage(
        changes=[Change(seq=3, kind="document", id="d1", op="delete")],
        next_cursor="abc",
        has_more=False,
        server_time=datetime(2026, 11, 27, 10, 0, tzinfo=UTC),
    )
    assert SyncPage.model_validate_json(page.model_dump_json()) == page


def test_a_push_batch_is_bounded_and_sequence_numbers_start_at_one() -> None:
    with pytest.raises(ValidationError):
        Mutation(client_id="c" * 16, seq=0, kind="document.read", data={})
    too_many = [
        Mutation(client_id=f"{i:016d}", seq=i + 1, kind="document.read", data={})
        for i in range(201)
    ]
    with pytest.raises(ValidationError):
        PushRequest(mutations=too_many)


def test_error_codes_are_stable_strings() -> None:
    assert ErrorCode.INVALID_CREDENTIALS == "invalid_credentials"
    assert len({c.value for c in ErrorCode}) == len(ErrorCode)


@given(st.emails())
def test_email_normalisation_is_idempotent(email: str) -> None:
    once = normalise_email(email)
    assert normalise_email(once) == once
    assert normalise_email(email.upper()) == normalise_email(email.lower())
