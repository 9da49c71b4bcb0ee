"""A small live world for the document side panel and its dialogs: a real server on loopback
with the small organisation (alice and sara in committee A, sara the secretary) and three
Markdown documents of committee A published by sara through the server's publishing service:

- ``draft``: open for comments until a date to come;
- ``closed``: was open for comments, the date has passed;
- ``rules``: version 1, then (``revise``) a version 2 with a change note;
- ``pack``: a PDF of three pages.

``kit.member(account)`` gives that member's real encrypted cache, signed in and synced, with
the real ``DocumentExtras`` the composition builds over it; ``kit.sync(member)`` pushes and
pulls. The other UI tests of this part import the ``doc_kit`` fixture from here.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

from desktop.app import make_session
from desktop.core.documents_api import DocumentExtrasApi
from desktop.core.session import Session
from desktop.profile import Profile
from desktop.services import Services, build_services
from desktop.ui.i18n import install_translations
from protocol.documents import DocumentPublishRequest, DocumentRevisionRequest
from protocol.models import DocumentData
from tests.serverkit import Account, ServerKit, SmallOrg, make_server

PASSPHRASE = "phrase secrète de test"
RULES_V1 = "# Règlement\n\nArticle 1. La commission se réunit quatre fois par an.\n\nFin.\n"
RULES_V2 = "# Règlement\n\nArticle 1. La commission se réunit six fois par an.\n\nFin.\n"


@dataclass
class Member:
    account: Account
    services: Services
    session: Session
    extras: DocumentExtrasApi


@dataclass
class DocKit:
    kit: ServerKit
    org: SmallOrg
    url: str
    tmp_path: Path
    draft: DocumentData
    closed: DocumentData
    rules: DocumentData
    pack: DocumentData
    opened: list[Services] = field(default_factory=list)

    def member(self, account: Account) -> Member:
        services = build_services(
            Profile(self.tmp_path / f"profile-{account.key}"), self.url, passphrase=PASSPHRASE
        )
        self.opened.append(services)
        session = make_session(services)
        session.sign_in(self.url, account.email, account.password, "tests")
        session.sync()
        return Member(account, services, session, services.document_extras)

    def sync(self, member: Member) -> None:
        member.session.sync()

    def revise_rules(self, note: str = "Six réunions au lieu de quatre") -> DocumentData:
        from server.services import publishing

        request = DocumentRevisionRequest(body=RULES_V2, change_note=note)
        return publishing.revise(self.kit.engine, None, self.rules.id, request)

    def close(self) -> None:
        for services in self.opened:
            services.close()


def make_pdf(pages: list[str]) -> bytes:
    from fpdf import FPDF

    pdf = FPDF()
    for text in pages:
        pdf.add_page()
        pdf.set_font("Helvetica", size=14)
        pdf.multi_cell(0, 8, text)
    return bytes(pdf.output())


def _publish(
    kit: ServerKit, org: SmallOrg, title: str, body: str = "", pdf: bytes = b"", **extra: Any
) -> DocumentData:
    from server.services import publishing

    if pdf:
        extra["file_sha256"] = publishing.store_file(kit.engine, pdf, None).file.sha256
    request = DocumentPublishRequest(
        title=title, committee_id=org.committee_a.id, body=body, **extra
    )
    return publishing.publish(kit.engine, None, request, author_id=org.sara.id)


@pytest.fixture
def doc_kit(tmp_path: Path, qapp: QApplication) -> Iterator[DocKit]:
    install_translations(qapp, "en")
    kit = make_server(tmp_path)
    org = kit.seed_small_org()
    now = datetime.now(UTC)
    draft = _publish(
        kit,
        org,
        "Projet de charte des élus",
        "# Charte\n\nLes élus s'engagent à lire les documents.\n",
        comments_open=True,
        comments_close_at=now + timedelta(days=20),
    )
    closed = _publish(
        kit,
        org,
        "Projet de calendrier",
        "# Calendrier\n\nQuatre séances.\n",
        comments_open=True,
        comments_close_at=now - timedelta(days=1),
    )
    rules = _publish(kit, org, "Règlement intérieur", RULES_V1)
    pages = ["Budget 2026, page 1.", "Cotisations, page 2.", "Prestations, page 3."]
    pack = _publish(kit, org, "Budget 2026 : tableaux", pdf=make_pdf(pages))
    with kit.live() as server:
        built = DocKit(kit, org, server.url, tmp_path, draft, closed, rules, pack)
        try:
            yield built
        finally:
            built.close()
    kit.close()


def test_the_kit_gives_a_member_the_documents_with_their_comment_state(doc_kit: DocKit) -> None:
    alice = doc_kit.member(doc_kit.org.alice)
    draft = alice.extras.detail(doc_kit.draft.id)
    closed = alice.extras.detail(doc_kit.closed.id)
    assert draft is not None and draft.comments_open
    assert closed is not None and not closed.comments_open
