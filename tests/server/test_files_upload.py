"""``POST /v1/files``: the secretariat uploads a PDF (raw body); the server checks it opens,
counts its pages, extracts its text and stores the bytes once."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfWriter
from sqlalchemy import func, select

from server.api import errors as api_errors
from server.db import tables as t
from server.services import pdf_text
from tests.server.helpers import assert_error
from tests.server.pdfs import make_blank_pdf, make_encrypted_pdf, make_pdf
from tests.serverkit import ServerKit, SmallOrg, TestClient

PDF = {"Content-Type": "application/pdf"}


def upload(client: TestClient, kit: ServerKit, org: SmallOrg, data: bytes) -> object:
    return client.post("/v1/files", content=data, headers={**kit.headers(org.sara), **PDF})


def stored_files(kit: ServerKit) -> int:
    with kit.engine.connect() as conn:
        return int(conn.execute(select(func.count()).select_from(t.files)).scalar_one())


def test_the_secretary_uploads_a_pdf_and_learns_its_pages_and_text(
    client: TestClient, kit: ServerKit, org: SmallOrg
) -> None:
    data = make_pdf(["Ordre du jour du conseil", "Budget prévisionnel 2025"])
    response = client.post("/v1/files", content=data, headers={**kit.headers(org.sara), **PDF})
    assert response.status_code == 201, response.text
    body = response.json()
    assert body["file"]["size"] == len(data)
    assert body["file"]["pages"] == 2
    assert body["file"]["media_type"] == "application/pdf"
    assert body["text_chars"] > len("Ordre du jour du conseil")
    with kit.engine.connect() as conn:
        text = conn.execute(select(t.files.c.text)).scalar_one()
    assert text.split(pdf_text.PAGE_SEPARATOR) == [
        "Ordre du jour du conseil",
        "Budget prévisionnel 2025",
    ]


def test_the_same_bytes_uploaded_twice_are_stored_once(
    client: TestClient, kit: ServerKit, org: SmallOrg
) -> None:
    data = make_pdf(["Rapport de l'actuaire"])
    first = client.post("/v1/files", content=data, headers={**kit.headers(org.sara), **PDF})
    second = client.post("/v1/files", content=data, headers={**kit.headers(org.sara), **PDF})
    assert first.status_code == second.status_code == 201
    assert first.json() == second.json()
    assert stored_files(kit) == 1


def test_a_scanned_pdf_without_text_is_accepted_with_no_text(
    client: TestClient, kit: ServerKit, org: SmallOrg
) -> None:
    response = client.post(
        "/v1/files", content=make_blank_pdf(3), headers={**kit.headers(org.sara), **PDF}
    )
    assert response.status_code == 201
    assert response.json()["text_chars"] == 0
    assert response.json()["file"]["pages"] == 3


def _no_pages() -> bytes:
    out = io.BytesIO()
    PdfWriter().write(out)
    return out.getvalue()


@pytest.mark.parametrize(
    ("case", "words"),
    [
        ("damaged", "damaged"),
        ("renamed text", "not a PDF"),
        ("encrypted", "password"),
        ("empty", "empty"),
        ("no pages", "no pages"),
    ],
)
def test_a_file_that_is_not_a_usable_pdf_is_refused_saying_why(
    client: TestClient, kit: ServerKit, org: SmallOrg, case: str, words: str
) -> None:
    good = make_pdf(["Compte rendu"])
    data = {
        "damaged": good[: len(good) // 3] + b"\x00garbage" * 50,
        "renamed text": "Compte rendu de la séance, en texte brut.\n".encode() * 20,
        "encrypted": make_encrypted_pdf(["Confidentiel"]),
        "empty": b"",
        "no pages": _no_pages(),
    }[case]
    response = client.post("/v1/files", content=data, headers={**kit.headers(org.sara), **PDF})
    assert_error(response, 422, "file_invalid")
    assert words in response.json()["message"]
    assert stored_files(kit) == 0


def test_a_member_outside_the_secretariat_may_not_upload(
    client: TestClient, kit: ServerKit, org: SmallOrg
) -> None:
    response = client.post(
        "/v1/files", content=make_pdf(["x"]), headers={**kit.headers(org.alice), **PDF}
    )
    assert_error(response, 403, "forbidden")
    assert stored_files(kit) == 0


def test_an_upload_is_let_through_beyond_the_limit_of_other_requests(
    client: TestClient, kit: ServerKit, org: SmallOrg
) -> None:
    big = b"%PDF-1.7\n" + b"0" * (api_errors.MAX_BODY_BYTES + 10)
    response = client.post("/v1/files", content=big, headers={**kit.headers(org.sara), **PDF})
    assert_error(response, 422, "file_invalid")  # read whole, then found damaged
    other = client.post(
        "/v1/documents",
        content=big,
        headers={**kit.headers(org.sara), "Content-Type": "application/json"},
    )
    assert_error(other, 413, "payload_too_large")


def test_a_file_over_the_limit_is_refused_as_too_large(
    client: TestClient, kit: ServerKit, org: SmallOrg, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(api_errors, "MAX_FILE_BYTES", 2_000)
    data = make_pdf(["Un très long rapport. " * 400] * 3)
    assert len(data) > 2_000
    response = client.post("/v1/files", content=data, headers={**kit.headers(org.sara), **PDF})
    assert_error(response, 413, "file_too_large")

    def chunks() -> object:  # no Content-Length: the guard counts as the body arrives
        for start in range(0, len(data), 1000):
            yield data[start : start + 1000]

    streamed = client.post("/v1/files", content=chunks(), headers={**kit.headers(org.sara), **PDF})
    assert_error(streamed, 413, "file_too_large")
    assert stored_files(kit) == 0


def test_the_service_refuses_a_file_over_the_limit_itself(kit: ServerKit) -> None:
    from protocol.documents import MAX_FILE_BYTES
    from server.services import publishing
    from server.services.errors import DocumentRefused

    with pytest.raises(DocumentRefused) as refused:
        publishing.store_file(kit.engine, b"%PDF-" + b"0" * MAX_FILE_BYTES, None)
    assert refused.value.wire_code == "file_too_large"
    assert refused.value.http_status == 413
