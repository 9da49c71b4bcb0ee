"""Offline search in the encrypted cache: pages applied to a real SQLCipher cache, then searched
through ``desktop.core.search.Search`` (FTS5 index kept by triggers, migration 4)."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from desktop.cache import (
    SCHEMA_VERSION,
    CacheKey,
    CacheStore,
    open_database,
    search_index,
    search_text,
)
from desktop.cache.database import immediate
from desktop.cache.migrations import MIGRATIONS
from desktop.cache.store import DB_FILENAME
from desktop.core.search import Search
from desktop.core.search_api import DOCUMENT, IDEA, MESSAGE, MOTION, SearchHit
from tests.desktop.cache_v3 import fill_version_3
from tests.desktop.conftest import NOW, account, delete, document, page, upsert
from tests.desktop.motion_builders import motion
from tests.desktop.network_builders import BOB, ME, conversation, idea, message, world

RESERVE = "Le conseil affecte 2 millions d'euros au fonds de réserve de solvabilité."


@pytest.fixture
def cache(signed_in: CacheStore) -> CacheStore:
    signed_in.apply_page(world())
    return signed_in


@pytest.fixture
def search(cache: CacheStore) -> Search:
    return Search(cache)


def _ids(hits: list[SearchHit]) -> list[str]:
    return [hit.id for hit in hits]


def _marked(hit: SearchHit) -> list[str]:
    return [hit.snippet[start:end] for start, end in hit.highlights]


def test_unaccented_words_find_accented_ones_and_the_other_way_round(
    cache: CacheStore, search: Search
) -> None:
    cache.apply_page(
        page(
            document("d-1", "c-board", "Fonds propres", 2, body=RESERVE),
            document("d-2", None, "Réserve de capitalisation", 3, body="Voir l'annexe."),
            document("d-3", "c-audit", "Placements", 4, body="La RESERVE légale est dotée."),
            cursor="c2",
        )
    )

    assert sorted(_ids(search.search("reserve"))) == ["d-1", "d-2", "d-3"]
    assert sorted(_ids(search.search("RÉSERVE"))) == ["d-1", "d-2", "d-3"]
    assert sorted(_ids(search.search("légale"))) == ["d-3"]
    assert sorted(_ids(search.search("legale dotee"))) == ["d-3"]


def test_a_title_hit_ranks_before_body_only_hits(cache: CacheStore, search: Search) -> None:
    wordy = "Le budget, encore le budget : budget de fonctionnement et budget social. " * 5
    cache.apply_page(
        page(
            document("d-body", "c-board", "Rapport annuel", 1, body=wordy),
            document("d-title", "c-board", "Budget 2025", 30, body="Voir les tableaux."),
            message("msg-1", body="Le budget est prêt"),
            cursor="c2",
        )
    )

    hits = search.search("budget")

    assert _ids(hits)[0] == "d-title"
    assert hits[0].title_match and not hits[1].title_match
    assert set(_ids(hits)) == {"d-title", "d-body", "msg-1"}
    assert hits[0].title_highlights == ((0, 6),)


def test_the_last_word_is_also_a_prefix_and_every_word_must_be_there(
    cache: CacheStore, search: Search
) -> None:
    cache.apply_page(page(document("d-1", "c-board", "Fonds propres", 2, body=RESERVE)))

    assert _ids(search.search("solva")) == ["d-1"]
    assert _ids(search.search("fonds solvab")) == ["d-1"]
    assert search.search("fonds introuvable") == []
    assert search.search("solva fonds") == []  # only the last word is a prefix


def test_motions_ideas_and_messages_are_found_with_their_place_and_link(
    cache: CacheStore, search: Search
) -> None:
    cache.apply_page(
        page(
            motion("mo-1", title="Affecter le résultat à la réserve"),
            idea("id-1", None, title="Une réserve pour les aidants"),
            message("msg-1", body="Qui vote pour la **réserve** ?"),
            conversation("cv-1", BOB, ME),
            message("msg-d", "direct:cv-1", 1, body="La réserve, on en parle ?"),
            cursor="c2",
        )
    )

    hits = {hit.id: hit for hit in search.search("reserve")}

    assert set(hits) == {"mo-1", "id-1", "msg-1", "msg-d"}
    assert (hits["mo-1"].kind, hits["mo-1"].scope_name) == (MOTION, "Conseil d'administration")
    assert hits["mo-1"].target == "quorum://motion/mo-1"
    assert hits["mo-1"].when == NOW - timedelta(days=1)  # opened
    assert (hits["id-1"].kind, hits["id-1"].scope_name) == (IDEA, "Mutuelle des Tilleuls")
    assert hits["id-1"].committee_id is None
    board = hits["msg-1"]
    assert (board.kind, board.title, board.committee_id) == (MESSAGE, "Bob Durand", "c-board")
    assert board.target == "quorum://message/msg-1"
    assert board.snippet == "Qui vote pour la réserve ?"
    assert (hits["msg-d"].scope_name, hits["msg-d"].committee_id) == ("Bob Durand", None)
    assert search.search("for against", kinds=frozenset({MOTION}))[0].id == "mo-1"  # options


def test_filters_by_kind_committee_and_date(cache: CacheStore, search: Search) -> None:
    cache.apply_page(
        page(
            document("d-board", "c-board", "Réserve du conseil", 10),
            document("d-audit", "c-audit", "Réserve de l'audit", 40),
            document("d-org", None, "Réserve de l'organisation", 100),
            message("msg-1", body="La réserve", posted_at=NOW - timedelta(days=5)),
            cursor="c2",
        )
    )

    def found(**filters: object) -> set[str]:
        return set(_ids(search.search("réserve", **filters)))  # type: ignore[arg-type]

    assert found() == {"d-board", "d-audit", "d-org", "msg-1"}
    assert found(kinds=frozenset({DOCUMENT})) == {"d-board", "d-audit", "d-org"}
    assert found(kinds=frozenset({MESSAGE, IDEA})) == {"msg-1"}
    assert found(kinds=frozenset()) == set()
    assert found(committee_id="c-board") == {"d-board", "msg-1"}
    assert found(committee_id="c-audit") == {"d-audit"}
    assert found(committee_id=None) == {"d-org"}
    assert found(since=NOW - timedelta(days=30)) == {"d-board", "msg-1"}
    assert found(until=NOW - timedelta(days=30)) == {"d-audit", "d-org"}
    assert found(since=NOW - timedelta(days=50), until=NOW - timedelta(days=7)) == {
        "d-board",
        "d-audit",
    }
    assert len(search.search("réserve", limit=2)) == 2


def test_a_deleted_message_leaves_the_index_whether_tombstoned_or_deleted(
    cache: CacheStore, search: Search
) -> None:
    cache.apply_page(
        page(
            message("msg-1", number=1, body="Le verger de Saint-Cirq"),
            message("msg-2", number=2, body="Le verger encore"),
            cursor="c2",
        )
    )
    assert set(_ids(search.search("verger"))) == {"msg-1", "msg-2"}

    cache.apply_page(page(message("msg-1", number=1, deleted=True), cursor="c3"))
    assert _ids(search.search("verger")) == ["msg-2"]
    assert search.search("Cirq") == []

    cache.apply_page(page(delete("message", "msg-2"), cursor="c4"))
    assert search.search("verger") == []


def test_an_edited_document_is_found_by_its_new_words_only(
    cache: CacheStore, search: Search
) -> None:
    cache.apply_page(page(document("d-1", "c-board", "Note", 1, body="Le verger"), cursor="c2"))
    cache.apply_page(page(document("d-1", "c-board", "Note", 1, body="La vigne"), cursor="c3"))

    assert search.search("verger") == []
    assert _ids(search.search("vigne")) == ["d-1"]


def test_leaving_a_committee_a_reset_page_or_another_member_leaves_no_hit(
    cache: CacheStore, search: Search
) -> None:
    cache.apply_page(
        page(
            document("d-audit", "c-audit", "Verger", 1),
            message("msg-a", "committee:c-audit", body="Le verger de l'audit"),
            idea("id-a", "c-audit", title="Un verger partagé"),
            motion("mo-a", committee_id="c-audit", title="Vendre le verger"),
            document("d-board", "c-board", "Verger du conseil", 1),
            cursor="c2",
        )
    )
    assert len(search.search("verger")) == 5

    cache.apply_page(page(delete("committee", "c-audit"), cursor="c3"))
    # Documents, messages and ideas go with the committee; a motion goes by its own change.
    assert set(_ids(search.search("verger"))) == {"d-board", "mo-a"}

    cache.apply_page(page(*world().changes, reset=True, cursor="c4"))
    assert search.search("verger") == []

    cache.apply_page(page(document("d-2", None, "Verger", 1), cursor="c5"))
    cache.save_sign_in(account("m-other"), "token-2")
    assert search.search("verger") == []
    counts = cache._db().execute(
        "SELECT (SELECT count(*) FROM search_index), (SELECT count(*) FROM search_item)"
    )
    assert counts.fetchone() == (0, 0)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        '"',
        '"réserve',
        'réserve"',
        "*",
        "réserve*",
        "*réserve",
        "AND",
        "réserve AND",
        "réserve OR fonds",
        "NOT réserve",
        "NEAR(réserve fonds)",
        "NEAR(réserve",
        "(",
        ")",
        "réserve)",
        "title: réserve",
        "{title}: réserve",
        "^réserve",
        "réserve + fonds - dette",
        "-",
        "_",
        "l'",
        "a",
        "'; DROP TABLE document; --",
        "\x00",
        "é" * 500,
        "réserve " * 100,
        "\ue000réserve\ue001",
    ],
)
def test_odd_input_never_raises(cache: CacheStore, search: Search, text: str) -> None:
    cache.apply_page(page(document("d-1", "c-board", "Fonds propres", 2, body=RESERVE)))

    hits = search.search(text)

    assert all(hit.id == "d-1" for hit in hits)
    if text.strip() in ("", "*", "(", ")", "-", "_", '"', "\x00"):
        assert hits == []


def test_typed_operators_are_words_not_syntax(cache: CacheStore, search: Search) -> None:
    cache.apply_page(page(document("d-1", "c-board", "Fonds propres", 2, body=RESERVE)))

    assert _ids(search.search('"fonds" AND réserve*')) == ["d-1"]
    assert _ids(search.search("NEAR(fonds, réserve)")) == ["d-1"]
    assert search.search("fonds OR vigne") == []  # every word is needed, OR is not an operator


def test_snippets_are_plain_text_and_highlight_the_words_found(
    cache: CacheStore, search: Search
) -> None:
    body = (
        "# Fonds propres\n\n- Réserves légales : ok\n\nLe conseil **affecte** au _fonds de "
        "réserve_, voir [l'annexe de la réserve](quorum://document/d-annex). Et la suite."
    )
    cache.apply_page(page(document("d-1", "c-board", "Note", 2, body=body)))

    [hit] = search.search("reserve")

    assert "*" not in hit.snippet and "#" not in hit.snippet and "](" not in hit.snippet
    assert "\n" not in hit.snippet and "\ue000" not in hit.snippet
    assert "fonds de réserve, voir l'annexe de la réserve" in hit.snippet
    assert _marked(hit) == ["Réserves", "réserve", "réserve"]
    assert hit.title_highlights == ()
    [fonds] = search.search("fonds reserve")
    assert set(_marked(fonds)) == {"Fonds", "fonds", "réserve", "Réserves"}


def test_a_long_body_gives_a_short_snippet_around_the_match(
    cache: CacheStore, search: Search
) -> None:
    body = "Préambule sans intérêt. " * 200 + RESERVE + " Suite sans intérêt." * 200
    cache.apply_page(page(document("d-1", "c-board", "Long", 2, body=body)))

    [hit] = search.search("solvabilité")

    assert len(hit.snippet) < 200 and hit.snippet.startswith("…") and hit.snippet.endswith("…")
    assert _marked(hit) == ["solvabilité"]


def test_a_cache_filled_before_the_search_index_is_searchable_after_migrating(
    profile_dir: Path, raw_key: CacheKey
) -> None:
    old = open_database(profile_dir / DB_FILENAME, raw_key, migrations=MIGRATIONS[:3])
    with immediate(old) as conn:
        fill_version_3(conn, RESERVE)
    assert old.execute("PRAGMA user_version").fetchone()[0] == 3
    old.close()

    store = CacheStore.open(profile_dir, raw_key)
    try:
        assert store._db().execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert sorted(_ids(Search(store).search("reserve"))) == ["d-1", "id-1", "mo-1", "msg-1"]
        found = store.document("d-1")
        assert found is not None and found.format == "markdown" and found.version == 1
        store.apply_page(page(delete("document", "d-1"), cursor="c3"))
        assert sorted(_ids(Search(store).search("reserve"))) == ["id-1", "mo-1", "msg-1"]
    finally:
        store.close()


def test_the_text_of_a_pdf_is_found_accents_or_not(cache: CacheStore, search: Search) -> None:
    pdf = {"sha256": "a" * 64, "size": 1000, "name": "bilan.pdf", "pages": 40}
    data = {
        **document("d-pdf", "c-board", "Rapport annuel", 2).data,  # type: ignore[dict-item]
        "body": "",
        "format": "pdf",
        "file": pdf,
        "text": "Page 12 : la provision pour égalisation est portée à 3 M€. Les ELUS valident.",
    }
    cache.apply_page(page(upsert("document", data), cursor="c2"))

    assert _ids(search.search("egalisation")) == ["d-pdf"]
    assert _ids(search.search("élus valident")) == ["d-pdf"]
    assert _ids(search.search("PROVISION Égalisation")) == ["d-pdf"]
    [hit] = search.search("egalisation")
    assert _marked(hit) == ["égalisation"]

    cache.apply_page(page(upsert("document", {**data, "text": "Autre chose"}), cursor="c3"))
    assert search.search("egalisation") == []


@pytest.mark.parametrize(
    ("typed", "text", "marked"),
    [
        ("elus", "Les ÉLUS, les élus, les élusifs", ["ÉLUS", "élus", "élusifs"]),
        ("élus", "les Elus", ["Elus"]),
        ("reserve solva", "réserves de solvabilité", ["solvabilité"]),  # "reserve": whole word
        ("fonds", "_fonds_ et fonds-propres, pas tréfonds", ["fonds", "fonds"]),
        ("strasse", "Straße et STRASSE", ["STRASSE"]),
        ("2025", "Budget 2025 ou 20256", ["2025", "20256"]),  # the last word is a prefix
    ],
)
def test_the_words_are_highlighted_as_the_index_matches_them(
    typed: str, text: str, marked: list[str]
) -> None:
    found = search_index.words(typed)
    pattern = search_text.matcher(tuple(found), len(found[-1]) >= 2)

    line, spans = search_text.highlight(text, pattern)

    assert [line[start:end] for start, end in spans] == marked
