"""Committees, documents and read receipts, as the signed-in member may see them; publishing a
document and a new version of one (secretariat roles)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path

from protocol.documents import DocumentPublishRequest, DocumentRevisionRequest
from protocol.models import CommitteeData, DocumentData, DocumentReceipts
from server.api.deps import EngineDep, PrincipalDep
from server.api.errors import ERROR_RESPONSES
from server.services import documents, publishing

router = APIRouter(prefix="/v1", responses=ERROR_RESPONSES, tags=["documents"])
IdPath = Annotated[str, Path(min_length=1, max_length=64)]


@router.get("/committees", response_model=list[CommitteeData])
def committees(principal: PrincipalDep, engine: EngineDep) -> list[CommitteeData]:
    return documents.list_committees(engine, principal.member)


@router.get("/committees/{committee_id}/documents", response_model=list[DocumentData])
def committee_documents(
    committee_id: IdPath, principal: PrincipalDep, engine: EngineDep
) -> list[DocumentData]:
    return documents.list_documents(engine, principal.member, committee_id)


@router.get("/documents/{document_id}", response_model=DocumentData)
def document(document_id: IdPath, principal: PrincipalDep, engine: EngineDep) -> DocumentData:
    return documents.get_document(engine, principal.member, document_id)


@router.get("/documents/{document_id}/receipts", response_model=DocumentReceipts)
def receipts(document_id: IdPath, principal: PrincipalDep, engine: EngineDep) -> DocumentReceipts:
    return documents.receipts(engine, principal.member, document_id)


@router.post("/documents", response_model=DocumentData, status_code=201)
def publish(
    request: DocumentPublishRequest, principal: PrincipalDep, engine: EngineDep
) -> DocumentData:
    return publishing.publish(engine, principal.member, request)


@router.post("/documents/{document_id}/versions", response_model=DocumentData, status_code=201)
def revise(
    document_id: IdPath,
    request: DocumentRevisionRequest,
    principal: PrincipalDep,
    engine: EngineDep,
) -> DocumentData:
    return publishing.revise(engine, principal.member, document_id, request)
