"""``GET``/``HEAD /v1/files/{sha256}``: who may fetch a file, ETag, one Range, If-Range, 416,
never gzipped, never cached."""

from __future__ import annotations

import gzip

import httpx
import pytest

from protocol.documents import DocumentPublishRequest, DocumentRevisionRequest
from protocol.models import DocumentData
from server.api.routes import files as files_route
from server.services import publishing
from tests.server.pdfs import make_pdf
from tests.serverkit import ServerKit, SmallOrg, TestClient

PAGES = [f"Page {n} du dossier du conseil : budget, solvabilité, cotisations." for n in range(8)]


def publish_pdf(
    kit: ServerKit, committee_id: str | None, pages: list[str] = PAGES
) -> tuple[DocumentData, bytes]:
    data = make_pdf(pages)
    uploaded = publishing.store_file(kit.engine, data, None)
    request = DocumentPublishRequest(
        title="Dossier du conseil",
        committee_id=committee_id,
        file_sha256=uploaded.file.sha256,
        file_name="dossier.pdf",
    )
    return publishing.publish(kit.engine, None, request), data


@pytest.fixture
def pdf(kit: ServerKit, org: SmallOrg) -> tuple[DocumentData, bytes]:
    return publish_pdf(kit, org.committee_a.id)


def url(doc: DocumentData) -> str:
    assert doc.file is not None
    return f"/v1/files/{doc.file.sha256}"


def test_a_member_fetches_the_whole_file_with_its_etag_and_no_caching(
    client: TestClient, kit: ServerKit, org: SmallOrg, pdf: tuple[DocumentData, bytes]
) -> None:
    doc, data = pdf
    assert doc.file is not None
    response = client.get(url(doc), headers=kit.headers(org.alice))
    assert response.status_code == 200
    assert response.content == data
    assert response.headers["etag"] == f'"{doc.file.sha256}"'
    assert response.headers["accept-ranges"] == "bytes"
    assert response.headers["content-type"] == "application/pdf"
    assert response.headers["content-length"] == str(len(data))
    assert response.headers["cache-control"] == "private, no-store"
    assert "content-range" not in response.headers


@pytest.mark.parametrize(
    ("header", "first", "last"),
    [("bytes=0-99", 0, 99), ("bytes=100-", 100, None), ("bytes=-50", -50, None)],
)
def test_a_single_range_answers_206_with_exactly_those_bytes(
    client: TestClient,
    kit: ServerKit,
    org: SmallOrg,
    pdf: tuple[DocumentData, bytes],
    header: str,
    first: int,
    last: int | None,
) -> None:
    doc, data = pdf
    expected = data[first : None if last is None else last + 1]
    start = first if first >= 0 else len(data) + first
    response = client.get(url(doc), headers={**kit.headers(org.alice), "Range": header})
    assert response.status_code == 206
    assert response.content == expected
    assert response.headers["content-length"] == str(len(expected))
    end = start + len(expected) - 1
    assert response.headers["content-range"] == f"bytes {start}-{end}/{len(data)}"


def test_a_range_past_the_end_is_cut_at_the_last_byte(
    client: TestClient, kit: ServerKit, org: SmallOrg, pdf: tuple[DocumentData, bytes]
) -> None:
    doc, data = pdf
    headers = {**kit.headers(org.alice), "Range": f"bytes=10-{len(data) * 2}"}
    response = client.get(url(doc), headers=headers)
    assert response.status_code == 206
    assert response.content == data[10:]
    assert response.headers["content-range"] == f"bytes 10-{len(data) - 1}/{len(data)}"


def test_a_long_range_is_streamed_in_chunks_that_add_up_to_the_right_bytes(
    client: TestClient,
    kit: ServerKit,
    org: SmallOrg,
    pdf: tuple[DocumentData, bytes],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(files_route, "CHUNK_BYTES", 97)
    doc, data = pdf
    headers = {**kit.headers(org.alice), "Range": "bytes=33-1500"}
    assert client.get(url(doc), headers=headers).content == data[33:1501]
    assert client.get(url(doc), headers=kit.headers(org.alice)).content == data


def test_if_range_with_the_etag_resumes_and_with_another_restarts_whole(
    client: TestClient, kit: ServerKit, org: SmallOrg, pdf: tuple[DocumentData, bytes]
) -> None:
    doc, data = pdf
    headers = {**kit.headers(org.alice), "Range": "bytes=500-"}
    same = client.get(url(doc), headers={**headers, "If-Range": response_etag(doc)})
    assert (same.status_code, same.content) == (206, data[500:])
    other = client.get(url(doc), headers={**headers, "If-Range": f'"{"0" * 64}"'})
    assert (other.status_code, other.content) == (200, data)
    assert "content-range" not in other.headers
    weak = client.get(url(doc), headers={**headers, "If-Range": "W/" + response_etag(doc)})
    assert weak.status_code == 200


def response_etag(doc: DocumentData) -> str:
    assert doc.file is not None
    return f'"{doc.file.sha256}"'


@pytest.mark.parametrize("header", ["bytes={size}-", "bytes={size}-{more}", "bytes=-0"])
def test_an_unsatisfiable_range_answers_416_with_the_size(
    client: TestClient,
    kit: ServerKit,
    org: SmallOrg,
    pdf: tuple[DocumentData, bytes],
    header: str,
) -> None:
    doc, data = pdf
    wanted = header.format(size=len(data), more=len(data) + 10)
    response = client.get(url(doc), headers={**kit.headers(org.alice), "Range": wanted})
    assert response.status_code == 416
    assert response.headers["content-range"] == f"bytes */{len(data)}"
    assert response.json()["code"] == "range_not_satisfiable"


@pytest.mark.parametrize("header", ["bytes=0-10,20-30", "items=0-10", "bytes=50-10", "bytes=x-"])
def test_a_range_the_server_does_not_serve_answers_the_whole_file(
    client: TestClient,
    kit: ServerKit,
    org: SmallOrg,
    pdf: tuple[DocumentData, bytes],
    header: str,
) -> None:
    doc, data = pdf
    response = client.get(url(doc), headers={**kit.headers(org.alice), "Range": header})
    assert (response.status_code, response.content) == (200, data)


def test_head_answers_the_headers_without_the_bytes(
    client: TestClient, kit: ServerKit, org: SmallOrg, pdf: tuple[DocumentData, bytes]
) -> None:
    doc, data = pdf
    whole = client.head(url(doc), headers=kit.headers(org.alice))
    assert whole.status_code == 200
    assert whole.content == b""
    assert whole.headers["content-length"] == str(len(data))
    assert whole.headers["etag"] == response_etag(doc)
    assert whole.headers["accept-ranges"] == "bytes"
    part = client.head(url(doc), headers={**kit.headers(org.alice), "Range": "bytes=0-9"})
    assert part.status_code == 206
    assert part.headers["content-range"] == f"bytes 0-9/{len(data)}"
    assert part.headers["content-length"] == "10"


def test_a_file_is_never_gzipped_even_when_the_client_accepts_it(
    client: TestClient, kit: ServerKit, org: SmallOrg
) -> None:
    doc, data = publish_pdf(kit, org.committee_a.id, ["Le conseil examine le budget. " * 60] * 4)
    headers = {**kit.headers(org.alice), "Accept-Encoding": "gzip"}
    response = client.get(url(doc), headers=headers)
    assert "content-encoding" not in response.headers
    assert response.content == data
    assert len(gzip.compress(data)) < len(data)  # it could have shrunk: we chose not to
    ranged = client.get(url(doc), headers={**headers, "Range": "bytes=0-2047"})
    assert "content-encoding" not in ranged.headers
    assert ranged.content == data[:2048]


def test_a_member_of_another_committee_gets_not_found_like_an_unknown_file(
    client: TestClient, kit: ServerKit, org: SmallOrg, pdf: tuple[DocumentData, bytes]
) -> None:
    doc, _ = pdf
    hidden = client.get(url(doc), headers=kit.headers(org.bob))
    unknown = client.get(f"/v1/files/{'a' * 64}", headers=kit.headers(org.bob))
    assert hidden.status_code == unknown.status_code == 404
    assert hidden.json() == unknown.json()
    assert hidden.json()["code"] == "not_found"
    assert client.head(url(doc), headers=kit.headers(org.bob)).status_code == 404
    assert client.get(url(doc), headers=kit.headers(org.sara)).status_code == 200


def test_a_malformed_sha256_is_not_found_and_no_token_is_unauthenticated(
    client: TestClient, kit: ServerKit, org: SmallOrg, pdf: tuple[DocumentData, bytes]
) -> None:
    doc, _ = pdf
    assert client.get("/v1/files/NOT-A-SHA", headers=kit.headers(org.alice)).status_code == 404
    upper = url(doc).upper().replace("/V1/FILES/", "/v1/files/")
    assert client.get(upper, headers=kit.headers(org.alice)).status_code == 404
    assert client.get(url(doc)).status_code == 401


def test_an_uploaded_file_no_document_names_is_not_served(
    client: TestClient, kit: ServerKit, org: SmallOrg
) -> None:
    uploaded = publishing.store_file(kit.engine, make_pdf(["Brouillon"]), None)
    path = f"/v1/files/{uploaded.file.sha256}"
    assert client.get(path, headers=kit.headers(org.sara)).status_code == 404


def test_an_organisation_wide_file_is_served_to_every_member(
    client: TestClient, kit: ServerKit, org: SmallOrg
) -> None:
    doc, data = publish_pdf(kit, None)
    for account in (org.alice, org.bob, org.sara):
        assert client.get(url(doc), headers=kit.headers(account)).content == data


def test_the_file_of_an_older_version_stays_available_to_its_readers(
    client: TestClient, kit: ServerKit, org: SmallOrg, pdf: tuple[DocumentData, bytes]
) -> None:
    doc, data = pdf
    newer = publishing.store_file(kit.engine, make_pdf(["Version corrigée"]), None)
    request = DocumentRevisionRequest(file_sha256=newer.file.sha256, change_note="Coquille")
    revised = publishing.revise(kit.engine, None, doc.id, request)
    assert revised.file is not None and revised.file.sha256 != response_etag(doc).strip('"')
    assert client.get(url(doc), headers=kit.headers(org.alice)).content == data
    assert client.get(url(doc), headers=kit.headers(org.bob)).status_code == 404


def test_over_a_real_connection_head_and_a_resumed_range_arrive_intact(
    kit: ServerKit, org: SmallOrg, pdf: tuple[DocumentData, bytes]
) -> None:
    doc, data = pdf
    headers = {**kit.headers(org.alice), "Accept-Encoding": "gzip"}
    with kit.live() as server, httpx.Client(base_url=server.url, headers=headers) as http:
        head = http.head(url(doc))
        assert (head.status_code, head.headers["content-length"]) == (200, str(len(data)))
        part = http.get(url(doc), headers={"Range": "bytes=100-", "If-Range": head.headers["etag"]})
        assert (part.status_code, part.content) == (206, data[100:])
        assert "content-encoding" not in part.headers
