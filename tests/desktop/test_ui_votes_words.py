"""What the voting screens say, in English and in French: every refusal code has its own
words, deadlines count down in words, and the confirmation restates the choice."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtWidgets import QApplication

from desktop.sync.errors import ApiError, ServerUnreachable
from desktop.ui.i18n import install_translations
from desktop.ui.votes_errors import vote_error_text
from desktop.ui.votes_words import countdown, how_many_text, refusal_text, status_text
from protocol.errors import VoteErrorCode
from protocol.motions import BallotKind

NOW = datetime(2025, 3, 14, 9, 30, tzinfo=UTC)


@pytest.fixture
def english(qapp: QApplication) -> Iterator[None]:
    install_translations(qapp, "en")
    yield


@pytest.fixture
def french(qapp: QApplication) -> Iterator[None]:
    install_translations(qapp, "fr")
    yield
    install_translations(qapp, "en")


def test_every_refusal_code_has_its_own_words_in_both_languages(
    qapp: QApplication, english: None
) -> None:
    generic = refusal_text("no_such_code")
    english_words = {code: refusal_text(code) for code in VoteErrorCode}
    assert generic not in english_words.values()
    assert len(set(english_words.values())) == len(VoteErrorCode)
    install_translations(qapp, "fr")
    try:
        french_words = {code: refusal_text(code) for code in VoteErrorCode}
    finally:
        install_translations(qapp, "en")
    assert all(french_words[c] != english_words[c] for c in VoteErrorCode)
    assert french_words[VoteErrorCode.MOTION_CLOSED] == (
        "le vote était clos avant que votre bulletin n'arrive au serveur."
    )


def test_a_refusal_from_the_server_and_being_offline_are_told_plainly(english: None) -> None:
    refused = vote_error_text(ApiError("proxy_cap_reached", "cap", 409))
    assert refused is not None
    assert refused[0] == (
        "This was not done: this person already holds as many proxies as the rules allow."
    )
    offline = vote_error_text(ServerUnreachable())
    assert offline is not None and "you are offline" in offline[0]
    assert vote_error_text(ValueError("other")) is None  # the app's one error path takes it


def test_the_countdown_is_said_in_words(english: None) -> None:
    assert countdown(NOW + timedelta(days=2, hours=3), NOW) == "closes in 2 days"
    assert countdown(NOW + timedelta(hours=47), NOW) == "closes in 2 days"
    assert countdown(NOW + timedelta(hours=3, minutes=5), NOW) == "closes in 3 hours"
    assert countdown(NOW + timedelta(hours=1, minutes=5), NOW) == "closes in 1 hour"
    assert countdown(NOW + timedelta(minutes=12), NOW) == "closes in 12 minutes"
    assert countdown(NOW + timedelta(seconds=20), NOW) == "closes in less than a minute"
    assert countdown(NOW - timedelta(seconds=1), NOW) == "voting is closed"


def test_french_members_read_natural_french(french: None) -> None:
    assert countdown(NOW + timedelta(days=2, hours=1), NOW) == "se termine dans 2 jours"
    assert countdown(NOW + timedelta(hours=3), NOW) == "se termine dans 3 heures"
    assert how_many_text(BallotKind.ELECTION, 0, 3) == "Choisissez jusqu'à 3 personnes."
    assert status_text("to_vote", None) == "À voter : vous n'avez pas encore voté."
    waiting = status_text("waiting", NOW)
    assert waiting.startswith("En attente d'envoi. Il doit parvenir au serveur avant ")
    assert " h " in waiting and "mars 2025" in waiting
