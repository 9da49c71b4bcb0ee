"""Files: ``GET``/``HEAD /v1/files/{sha256}`` (with ``ETag`` and one ``Range``) for the members
who may see a document naming the file, and ``POST /v1/files`` (raw PDF body) for the
secretariat.

A ``Range`` the server cannot read (not ``bytes=``, several ranges, ``a-b`` with ``b < a``) is
ignored, as HTTP allows: the whole file, ``200``. An ``If-Range`` that is not the file's ETag
also answers the whole file, so a download resumed against other bytes restarts cleanly. A
range beyond the end answers ``416`` with ``Content-Range: bytes */size``. The answer is never
gzipped (``server.api.app``) and never cached.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Annotated, Any

from fastapi import APIRouter, Header, Path, Request, Response
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import StreamingResponse

from protocol.documents import FileUploaded
from protocol.errors import DocumentErrorCode
from server.api.deps import EngineDep, PrincipalDep
from server.api.errors import ERROR_RESPONSES, error_response
from server.services import files, publishing
from server.services.errors import Forbidden, NotFound
from server.services.files import StoredFile

router = APIRouter(prefix="/v1/files", responses=ERROR_RESPONSES, tags=["files"])
#: Bytes read from the database and sent at a time.
CHUNK_BYTES = 1024 * 1024
CACHE_CONTROL = "private, no-store"
_SHA256 = re.compile(r"^[0-9a-f]{64}$")
_RANGE = re.compile(r"^bytes=(\d*)-(\d*)$")
Sha256Path = Annotated[str, Path(min_length=1, max_length=128)]


class Unsatisfiable(Exception):
    pass


def parse_range(header: str | None, size: int) -> tuple[int, int] | None:
    """The inclusive ``(first, last)`` bytes one ``Range`` asks for; None for the whole file
    (no header, or one we ignore); ``Unsatisfiable`` when nothing of the file is in it."""
    if header is None:
        return None
    match = _RANGE.match(header.strip().replace(" ", ""))
    if match is None:
        return None
    first_text, last_text = match.groups()
    if len(first_text) > 18 or len(last_text) > 18:
        return None
    if not first_text:  # "-n": the last n bytes
        if not last_text:
            return None
        suffix = int(last_text)
        if suffix == 0 or size == 0:
            raise Unsatisfiable()
        return max(0, size - suffix), size - 1
    first = int(first_text)
    if last_text and int(last_text) < first:
        return None  # not a range at all
    if first >= size:
        raise Unsatisfiable()
    last = int(last_text) if last_text else size - 1
    return first, min(last, size - 1)


def _headers(stored: StoredFile, length: int) -> dict[str, str]:
    return {
        "ETag": stored.etag,
        "Accept-Ranges": "bytes",
        "Cache-Control": CACHE_CONTROL,
        "Content-Length": str(length),
        "X-Content-Type-Options": "nosniff",
    }


def _chunks(engine: EngineDep, sha256: str, first: int, last: int) -> Iterator[bytes]:
    position = first
    while position <= last:
        length = min(CHUNK_BYTES, last + 1 - position)
        chunk = files.read_range(engine, sha256, position, length)
        if not chunk:
            return
        yield chunk
        position += len(chunk)


_FILE_RESPONSES: dict[int | str, dict[str, Any]] = {
    206: {"description": "Part of the file"},
    416: {"description": "The range is beyond the end of the file"},
}


@router.get("/{sha256}", response_class=Response, responses=_FILE_RESPONSES)
@router.head("/{sha256}", response_class=Response, responses=_FILE_RESPONSES)
def get_file(
    sha256: Sha256Path,
    request: Request,
    principal: PrincipalDep,
    engine: EngineDep,
    range_header: Annotated[str | None, Header(alias="Range")] = None,
    if_range: Annotated[str | None, Header(alias="If-Range")] = None,
) -> Response:
    if not _SHA256.match(sha256):
        raise NotFound(files.NOT_FOUND)
    stored = files.visible_file(engine, principal.member, sha256)
    if if_range is not None and if_range.strip() != stored.etag:
        range_header = None  # another version of the bytes: the whole file
    try:
        wanted = parse_range(range_header, stored.size)
    except Unsatisfiable:
        response = error_response(
            416,
            DocumentErrorCode.RANGE_NOT_SATISFIABLE,
            "The requested range is beyond the end of the file.",
            headers={
                "Content-Range": f"bytes */{stored.size}",
                "ETag": stored.etag,
                "Accept-Ranges": "bytes",
                "Cache-Control": CACHE_CONTROL,
            },
        )
        return response
    first, last = wanted if wanted is not None else (0, stored.size - 1)
    headers = _headers(stored, last + 1 - first)
    status = 200
    if wanted is not None:
        status = 206
        headers["Content-Range"] = f"bytes {first}-{last}/{stored.size}"
    if request.method == "HEAD":
        return Response(status_code=status, headers=headers, media_type=stored.media_type)
    return StreamingResponse(
        _chunks(engine, sha256, first, last),
        status_code=status,
        headers=headers,
        media_type=stored.media_type,
    )


@router.post("", response_model=FileUploaded, status_code=201)
async def upload(request: Request, principal: PrincipalDep, engine: EngineDep) -> FileUploaded:
    """Store a PDF (the raw body) for the secretariat to publish. The body guard
    (``server.api.errors``) lets this route alone through up to ``MAX_FILE_BYTES``."""
    if not principal.member.is_secretariat:
        raise Forbidden("Only the secretariat may upload files.")
    data = await request.body()
    return await run_in_threadpool(publishing.store_file, engine, data, principal.member.id)
