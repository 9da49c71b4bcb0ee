"""What the documents UI test world publishes (``tests.desktop.docapp``): real PDFs made with
fpdf2, two meetings of committee A with their agenda and minutes, a Markdown note, two PDFs, an
open motion and three actions, through the server's own services as the secretariat would."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any, Protocol

from protocol.documents import (
    AgendaItemData,
    DocumentPublishRequest,
    MeetingData,
    MeetingRequest,
    MeetingStatus,
)
from protocol.models import DocumentData, MutationResult
from protocol.motions import MotionData
from tests.serverkit import Account, ServerKit, SmallOrg


class Secretariat(Protocol):
    """What the content needs of the world: actions and mutations pushed as a member."""

    def create_action(
        self,
        by: Account,
        title: str,
        assignees: list[Account],
        due_on: date | None,
        meeting_id: str | None = None,
    ) -> str: ...

    def send(self, account: Account, kind: str, data: dict[str, Any]) -> MutationResult: ...


def make_pdf(title: str, pages: list[str]) -> bytes:
    """A real PDF (fpdf2) with one page per text; Latin-1 text only (the core fonts)."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_title(title)
    for number, text in enumerate(pages, start=1):
        pdf.add_page()
        pdf.set_font("Helvetica", "B", 18)
        pdf.cell(0, 12, title, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Helvetica", size=12)
        pdf.multi_cell(0, 8, f"Page {number}. {text}")
    return bytes(pdf.output())


BUDGET_PAGES = [
    "Le budget 2026 prévoit des cotisations en hausse de 2,8 %.",
    "Les prestations santé progressent de 4,1 % sur l'exercice.",
    "La réserve de solvabilité atteint 182 % du capital requis.",
]
ACTUARY_PAGES = [
    "L'actuaire examine les provisions techniques de l'exercice 2025.",
    "Il recommande une politique de placement plus prudente.",
]


@dataclass(frozen=True)
class DocContent:
    """What the world published, as the server answered it."""

    upcoming: MeetingData
    past: MeetingData
    note: DocumentData  # Markdown, agenda item 2 of the upcoming meeting
    pdf: DocumentData  # PDF (3 pages), agenda item 2
    report: DocumentData  # PDF (2 pages), agenda item 3
    minutes: DocumentData  # Markdown, the past meeting's minutes
    motion: MotionData  # open, agenda item 2
    action_due: str  # alice, due in 7 days, open
    action_late: str  # alice, due 5 days ago, open
    action_sara: str  # sara, in progress


def _meeting(kit: ServerKit, request: MeetingRequest, meeting_id: str = "") -> MeetingData:
    """Create (or replace) a meeting as the administration command line does."""
    from server.services import meetings

    if meeting_id:
        return meetings.replace(kit.engine, None, meeting_id, request)
    return meetings.create(kit.engine, None, request)


def _publish(
    kit: ServerKit, author: Account, request: DocumentPublishRequest, pdf: bytes | None = None
) -> DocumentData:
    """Publish a document (a PDF uploaded first) as the command line does, by ``author``."""
    from server.services import publishing

    if pdf is not None:
        uploaded = publishing.store_file(kit.engine, pdf, author.id)
        request = request.model_copy(update={"file_sha256": uploaded.file.sha256})
    return publishing.publish(kit.engine, None, request, author_id=author.id)


def publish_content(kit: ServerKit, org: SmallOrg, world: Secretariat) -> DocContent:
    """The meetings, documents, motion and actions described in the module's docstring."""
    committee = org.committee_a.id
    now = datetime.now(UTC).replace(second=0, microsecond=0)
    starts = (now + timedelta(days=10)).replace(hour=14, minute=0)
    motion = kit.motion("Approbation du budget 2026", committee, open_for=timedelta(days=12))
    agenda = [
        AgendaItemData(
            id="item-pv", position=1, title="Approbation du procès-verbal", presenter="Sara"
        ),
        AgendaItemData(
            id="item-budget",
            position=2,
            title="Budget 2026",
            presenter="Claire Petit",
            notes="La présidente présente le budget ; **vote** à l'issue du débat.",
            motion_ids=[motion.id],
        ),
        AgendaItemData(id="item-actuaire", position=3, title="Rapport de l'actuaire"),
    ]
    upcoming = _meeting(
        kit,
        MeetingRequest(
            committee_id=committee,
            title="Commission finances : séance de rentrée",
            starts_at=starts,
            ends_at=starts + timedelta(hours=2),
            place="Siège, salle du conseil, Clermont-Ferrand",
            video_url="https://visio.exemple.fr/commission-finances",
            agenda=agenda,
        ),
    )
    note = _publish(
        kit,
        org.sara,
        DocumentPublishRequest(
            title="Note de présentation du budget 2026",
            meeting_id=upcoming.id,
            agenda_item_id="item-budget",
            body="# Note de présentation\n\nLe budget 2026 reste prudent.\n",
        ),
    )
    pdf = _publish(
        kit,
        org.sara,
        DocumentPublishRequest(
            title="Budget 2026 : tableaux",
            meeting_id=upcoming.id,
            agenda_item_id="item-budget",
            file_name="budget-2026.pdf",
        ),
        make_pdf("Budget 2026", BUDGET_PAGES),
    )
    report = _publish(
        kit,
        org.sara,
        DocumentPublishRequest(
            title="Rapport de l'actuaire 2025",
            meeting_id=upcoming.id,
            agenda_item_id="item-actuaire",
            file_name="rapport-actuaire.pdf",
        ),
        make_pdf("Rapport de l'actuaire", ACTUARY_PAGES),
    )
    held = (now - timedelta(days=30)).replace(hour=9, minute=30)
    past_request = MeetingRequest(
        committee_id=committee,
        title="Commission finances : séance de printemps",
        starts_at=held,
        place="Siège, salle du conseil, Clermont-Ferrand",
        status=MeetingStatus.HELD,
        agenda=[AgendaItemData(id="item-placements", position=1, title="Placements")],
    )
    past = _meeting(kit, past_request)
    minutes = _publish(
        kit,
        org.sara,
        DocumentPublishRequest(
            title="Procès-verbal de la séance de printemps",
            meeting_id=past.id,
            body="# Procès-verbal\n\nLa commission a examiné les placements.\n",
        ),
    )
    past = _meeting(
        kit,
        past_request.model_copy(update={"minutes_document_id": minutes.id}),
        past.id,
    )
    today = date.today()
    due = world.create_action(
        org.sara,
        "Préparer le tableau des placements",
        [org.alice],
        today + timedelta(days=7),
        past.id,
    )
    late = world.create_action(
        org.sara, "Relancer l'actuaire", [org.alice], today - timedelta(days=5), past.id
    )
    mine = world.create_action(
        org.sara, "Envoyer la convocation", [org.sara], today + timedelta(days=3)
    )
    world.send(org.sara, "action.update", {"action_id": mine, "status": "in_progress"})
    return DocContent(upcoming, past, note, pdf, report, minutes, motion, due, late, mine)
