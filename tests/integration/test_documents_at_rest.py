"""No PDF byte nor extracted sentence reaches the disk in clear: after a real sync against the
live server, the download of the PDF and reading it back, while the cache and its files database
are open (their WALs included) and after they are closed."""

from __future__ import annotations

import io
import random
from pathlib import Path

from fpdf import FPDF
from pypdf import PdfReader, PdfWriter

from desktop.cache.files import FileStore
from desktop.core.board_files import BoardFiles
from desktop.profile import Profile
from desktop.services import build_services
from desktop.sync.files import FileDownloader
from protocol.documents import DocumentPublishRequest
from server.services import publishing
from tests.serverkit import make_server

SENTENCE = "Le conseil cedera la clinique de Vichy au groupe Horizon pour 4 millions"
#: A run of the PDF's raw bytes (from its attached annex): random, so found only if stored.
ANNEX = random.Random(5).randbytes(400_000)
RAW = ANNEX[200_000:200_064]


def uncompressed_pdf() -> bytes:
    """A PDF whose content stream holds the sentence as plain bytes, plus a random annex."""
    pdf = FPDF(format="A4")
    pdf.set_compression(False)
    pdf.set_font("Helvetica", size=11)
    for page in range(3):
        pdf.add_page()
        pdf.set_xy(20, 20)
        pdf.multi_cell(170, 7, f"Page {page + 1}. {SENTENCE}.")
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(bytes(pdf.output()))))
    writer.add_attachment("annexe.bin", ANNEX)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def clear_in(folder: Path, needles: list[bytes]) -> list[tuple[str, int]]:
    """Every (file, needle index) where a needle appears in a file of the folder."""
    return [
        (path.name, index)
        for path in sorted(p for p in folder.rglob("*") if p.is_file())
        for index, needle in enumerate(needles)
        if needle in path.read_bytes()
    ]


def test_no_pdf_byte_nor_extracted_sentence_is_in_clear_in_the_profile_folder(
    tmp_path: Path,
) -> None:
    data = uncompressed_pdf()
    needles = [
        SENTENCE.encode("utf-8"),
        SENTENCE.encode("utf-16-le"),
        SENTENCE.encode("utf-16-be"),
        RAW,
        data[:200],  # the PDF's header and first objects
    ]
    # The detector would find them had they been stored as they are.
    assert all(needle in data for needle in (needles[0], RAW, data[:200]))
    assert SENTENCE in PdfReader(io.BytesIO(data)).pages[0].extract_text().replace("\n", " ")

    with make_server(tmp_path / "server") as kit:
        org = kit.seed_small_org()
        uploaded = publishing.store_file(kit.engine, data, None)
        assert uploaded.text_chars > 0
        request = DocumentPublishRequest(
            title="Cession", committee_id=org.committee_a.id, file_sha256=uploaded.file.sha256
        )
        document = publishing.publish(kit.engine, None, request)
        with kit.live() as server:
            profile = Profile(tmp_path / "profile").ensure()
            services = build_services(profile, server.url, passphrase="phrase de passe longue")
            try:
                services.engine.sign_in(org.alice.email, org.alice.password, "tests")
                services.engine.sync()
                files = FileStore(services.store)
                board = BoardFiles(
                    files, FileDownloader(services.http, files, services.store.token)
                )
                assert board.missing() == [uploaded.file.sha256]
                (state,) = board.download(board.missing())
                assert state.ready
                assert board.read(uploaded.file.sha256) == data
                # The extracted text is in the cache, searchable.
                hits = services.store.search("clinique Vichy")
                assert [hit.item_id for hit in hits] == [document.id]

                for wal in (profile.path / "cache.db-wal", profile.path / "files.db-wal"):
                    assert wal.exists() and wal.stat().st_size > 0  # pages not yet checkpointed
                assert clear_in(profile.path, needles) == []
            finally:
                services.close()

    assert clear_in(profile.path, needles) == []
    assert clear_in(tmp_path / "profile", [data[1000:1064]]) == []
