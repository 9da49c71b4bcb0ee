"""No message, idea, announcement or notification text reaches the disk in clear: not the
synced ones, not those waiting in the outbox, not the notifications made from them."""

from __future__ import annotations

from pathlib import Path

from desktop.cache import CacheKey, CacheStore
from protocol.models import MutationKind
from tests.desktop.conftest import account, page
from tests.desktop.network_builders import (
    ME,
    announcement,
    comment,
    conversation,
    idea,
    message,
    world,
)
from tests.desktop.test_cache_at_rest import _clear_text_in

SENTENCES = [
    "La fusion avec la Mutuelle Horizon reprend mardi, ne le dites à personne",
    "Le délégué de Cahors aurait signé trois procurations en blanc",
    "Proposition : fermer l'agence de Figeac avant l'été",
    "Rappel confidentiel : audit surprise de la caisse le 3 juin",
    "Brouillon écrit hors ligne : je démissionne du bureau",
]


def test_no_file_of_the_profile_holds_network_text_while_open_nor_after_close(
    profile_dir: Path, raw_key: CacheKey
) -> None:
    store = CacheStore.open(profile_dir, raw_key)
    store.save_sign_in(account(), "token-1")
    store.apply_page(world())
    store.apply_page(
        page(
            conversation("cv-1", "m-bob", ME),
            message("msg-1", "direct:cv-1", 1, body=SENTENCES[0]),
            message("msg-2", "org", 1, mentions=(ME,), body=SENTENCES[1]),
            idea("id-1", title=SENTENCES[2]),
            comment("co-1", "id-1", body=SENTENCES[2]),
            announcement("an-1", body=SENTENCES[3]),
            cursor="c1",
        )
    )
    store.queue(
        MutationKind.POST_MESSAGE,
        {"message_id": "mine-00001", "channel_id": "org", "body": SENTENCES[4]},
    )
    assert len(store.notifications()) == 3  # they hold the excerpts too
    assert [m.body for m in store.channel_messages("org")] == [SENTENCES[1], SENTENCES[4]]

    wal = profile_dir / "cache.db-wal"
    assert wal.exists() and wal.stat().st_size > 0, "the pages must still be in the WAL"
    assert _clear_text_in(profile_dir, SENTENCES) == []

    store.close()

    assert _clear_text_in(profile_dir, SENTENCES) == []
    reopened = CacheStore.open(profile_dir, raw_key)
    try:
        assert reopened.channel_messages("direct:cv-1")[0].body == SENTENCES[0]
        assert SENTENCES[3] in reopened.notifications()[0].text
    finally:
        reopened.close()
