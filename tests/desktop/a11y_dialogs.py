"""Every dialog of ``desktop/ui``, built as the app builds it over the demo app of
``tests.desktop.a11y_catalogue``: ``dialogs(app)`` lists ``(name, factory)``; each factory
builds the dialog (not shown) with the real use cases and the demo's data."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QAbstractItemView, QWidget

from desktop.cache.records import Document
from desktop.core.device_trust import Devices
from desktop.core.diagnostics import Diagnostics
from desktop.core.sending import MESSAGE_POST, RefusedItem
from desktop.core.votes_views import MotionView, VoteRefused
from desktop.signing_in import invitation_calls
from desktop.sync.errors import ServerUnreachable
from desktop.ui.about_dialog import AboutDialog, qt_version
from desktop.ui.action_dialog import NewActionDialog
from desktop.ui.announcement_dialog import ConfirmRemind, NewAnnouncementDialog
from desktop.ui.approval_view import ApprovalView
from desktop.ui.conv_dialogs import ConfirmDelete, EditDialog, HistoryDialog, PinnedDialog
from desktop.ui.conv_pickers import PickerDialog
from desktop.ui.conversation_dialog import NewConversationDialog
from desktop.ui.devices_dialog import DevicesDialog
from desktop.ui.doc_comments_dialog import MyDocCommentsDialog
from desktop.ui.doc_readers_dialog import ReadersDialog
from desktop.ui.errors import build_error_box
from desktop.ui.idea_dialog import NewIdeaDialog, StatusDialog
from desktop.ui.invitation_dialog import InvitationDialog
from desktop.ui.invite_dialog import InviteDialog
from desktop.ui.lock_settings import LockSettingsDialog
from desktop.ui.motion_editor import MotionEditor
from desktop.ui.passphrase_dialog import PassphraseDialog, ResetCacheDialog
from desktop.ui.proxy_dialog import ConfirmRevoke, GrantProxyDialog
from desktop.ui.reader import LinkConfirmation
from desktop.ui.refused_dialog import ConfirmGiveUp, RefusedDialog
from desktop.ui.results_view import ResultsDialog
from desktop.ui.sign_in_dialog import SignInDialog
from desktop.ui.two_factor_dialog import TwoFactorDialog
from desktop.ui.two_factor_wiring import account_label
from desktop.ui.vote_dialog import ConfirmVote, VoteDialog
from desktop.ui.votes_errors import build_vote_error_box, vote_error_text
from desktop.ui.votes_manage import ScheduleDialog
from desktop.ui.wipe_notice import WipeNotice, WipeReason
from protocol.errors import VoteErrorCode

if TYPE_CHECKING:
    from tests.desktop.a11y_catalogue import DemoApp

Factory = Callable[[], QWidget]


def dialogs(app: DemoApp) -> list[tuple[str, Factory]]:
    from tests.desktop.a11y_installed import installed_dialogs

    return [
        *_account_dialogs(app),
        *_vote_dialogs(app),
        *_network_dialogs(app),
        *_board(app),
        *installed_dialogs(app),
    ]


def _account_dialogs(app: DemoApp) -> list[tuple[str, Factory]]:
    window, session, runner = app.window, app.session, app.window.runner
    devices = Devices(session._api_and_token)

    def about() -> QWidget:
        facts = Diagnostics(
            qt=qt_version(),
            profile_folder=str(app.profile.path),
            log_file=str(app.profile.log_file),
            server_url=session.server_url,
            sync_state=session.status().state.value,
        )
        return AboutDialog(facts, window)

    def sign_in() -> QWidget:
        return SignInDialog(
            lambda url, mail, password, otp=None: session.sign_in(url, mail, password, "t", otp),
            runner,
            server_url=app.url,
            email="",
            invitation=invitation_calls(session),
        )

    def approval() -> QWidget:
        view = ApprovalView(devices, runner, "Ordinateur du bureau", window)
        view.timer.stop() if hasattr(view, "timer") else None
        return view

    committees = session.library.committees
    return [
        ("passphrase: creating", lambda: PassphraseDialog(creating=True)),
        ("passphrase: opening, wrong before", lambda: PassphraseDialog(False, wrong_before=True)),
        ("reset the cache", lambda: ResetCacheDialog()),
        ("sign in", sign_in),
        ("invitation (accepting)", lambda: InvitationDialog(invitation_calls(session), runner)),
        ("invite a member", lambda: InviteDialog(session.invite, runner, committees(), window)),
        ("two-step verification", lambda: _two_factor(app)),
        ("my devices", lambda: DevicesDialog(devices, runner, parent=window)),
        ("members' devices", lambda: DevicesDialog(devices, runner, everyone=True, parent=window)),
        ("waiting for approval", approval),
        ("wiped: remote", lambda: WipeNotice(WipeReason.REMOTE, parent=window)),
        (
            "wiped: offline too long",
            lambda: WipeNotice(WipeReason.OFFLINE_LIMIT, max_offline_days=30, parent=window),
        ),
        ("lock delay", lambda: LockSettingsDialog(30, 10, window)),
        ("refused items", lambda: RefusedDialog(window.network.network.sending, runner, window)),
        ("give up a refused item", lambda: ConfirmGiveUp(_refused(), window)),
        ("open a link outside Quorum", lambda: LinkConfirmation(QUrl("https://www.example.org"))),
        ("about", about),
        ("an error", lambda: build_error_box(window, ServerUnreachable("no answer"))),
        ("offline storage", window.offline.storage),
    ]


def _refusal() -> tuple[str, str]:
    words = vote_error_text(VoteRefused(VoteErrorCode.MOTION_CLOSED, "This vote is closed."))
    assert words is not None
    return words


def _refused() -> RefusedItem:
    written = datetime.now().astimezone() - timedelta(hours=2)
    return RefusedItem(1, MESSAGE_POST, MESSAGE_POST, written, "forbidden", None, "Bonjour")


def _two_factor(app: DemoApp) -> QWidget:
    session = app.session
    return TwoFactorDialog(
        session.two_factor, app.window.runner, account_label(session), app.window
    )


def _vote_dialogs(app: DemoApp) -> list[tuple[str, Factory]]:
    window = app.window
    votes_view = window.votes_view
    votes, runner = window.session.votes, window.runner

    def chosen(list_view: QAbstractItemView) -> MotionView:
        """The first vote of a list of the Votes view, chosen there."""
        window.votes_action.trigger()
        model = list_view.model()
        assert model.rowCount() > 0, "the demo has no such vote"
        list_view.setCurrentIndex(model.index(0, 0))
        shown = votes_view.detail.view
        assert shown is not None
        return shown

    def vote() -> VoteDialog:
        chosen(votes_view.open_view)
        return votes_view.make_vote_dialog("")

    def cast() -> QWidget:
        """The vote dialog once the ballot is cast (queued, as the dialog does): its outcome."""
        dialog = vote()
        motion = dialog.motion
        ballot = votes.cast(motion.id, [motion.options[0].id])
        labels = {o.id: votes.option_label(motion, o.id) for o in motion.options}
        dialog.outcome.show_ballot(ballot, labels)
        dialog.pages.setCurrentWidget(dialog.outcome)
        return dialog

    def results() -> QWidget:
        view = chosen(votes_view.closed_view)
        motion = view.motion
        labels = {o.id: votes.option_label(motion, o.id) for o in motion.options}
        dialog = ResultsDialog(votes_view)
        dialog.view.show_result(motion, view.result, labels, votes.check_receipt(motion.id))
        return dialog

    def proxy(for_motion: bool) -> QWidget:
        chosen(votes_view.open_view)
        motion = votes_view.detail.view if for_motion else None
        return GrantProxyDialog(votes, runner, motion, None, votes_view)

    def revoke() -> QWidget:
        """A proxy the member gave (queued in the cache, as the dialog leaves it), to withdraw."""
        holder_id, _name = votes.possible_holders(None)[0]
        return ConfirmRevoke(votes.grant_proxy(holder_id), votes_view)

    def editor() -> QWidget:
        committees = [(c.id, c.name) for c in window.session.library.committees()]
        return MotionEditor(votes, runner, [(None, "Toute l'organisation"), *committees])

    def confirm() -> QWidget:
        sentence = "Vous votez « Pour » la résolution « Approbation des comptes »."
        return ConfirmVote(sentence, "Oui, voter « Pour »", votes_view)

    later = datetime.now().astimezone() + timedelta(days=3)
    return [
        ("vote", vote),
        ("confirm the vote", confirm),
        ("a vote refused", lambda: build_vote_error_box(votes_view, *_refusal())),
        ("results", results),
        ("give a proxy for every vote", lambda: proxy(False)),
        ("give a proxy for this vote", lambda: proxy(True)),
        ("vote: cast, what became of it", cast),
        ("withdraw a proxy", revoke),  # after the vote: the proxy given stands for all votes
        ("new motion (secretariat)", editor),
        ("schedule a vote", lambda: ScheduleDialog("Programmer", "Programmer", later, window)),
    ]


def _network_dialogs(app: DemoApp) -> list[tuple[str, Factory]]:
    wiring = app.window.network
    network = wiring.network
    conversations = wiring.conversations_view
    ideas_view = wiring.ideas_view
    channel = next(
        c for c in network.conversations.channels() if network.conversations.messages(c.id)
    )
    message = network.conversations.messages(channel.id)[-1]
    idea = next(iter(network.idea_box.ideas()))
    library = app.session.library
    scopes = [(None, library.organisation_name()), *((c.id, c.name) for c in library.committees())]
    return [
        ("new conversation", lambda: NewConversationDialog(network.conversations.people())),
        (
            "edit my message",
            lambda: EditDialog(
                message, conversations.mention_choices, conversations.link_choices, conversations
            ),
        ),
        ("earlier versions of a message", lambda: HistoryDialog(message, conversations)),
        (
            "pinned messages",
            lambda: PinnedDialog(channel.title, network.conversations.messages(channel.id)),
        ),
        ("delete a message", lambda: ConfirmDelete(message, conversations)),
        (
            "mention someone",
            lambda: PickerDialog(
                "Mention someone", "Person:", conversations.mention_choices(), conversations
            ),
        ),
        (
            "link to a document or a vote",
            lambda: PickerDialog(
                "Link", "Document or vote:", conversations.link_choices(), conversations
            ),
        ),
        ("new idea", lambda: NewIdeaDialog(network.idea_box, ideas_view.scopes(), ideas_view)),
        ("idea status and answer", lambda: StatusDialog(network.idea_box, idea, ideas_view)),
        (
            "new announcement",
            lambda: NewAnnouncementDialog(network.announcements, scopes, app.window),
        ),
        ("remind the readers", lambda: ConfirmRemind("Assemblée générale", 4, app.window)),
    ]


def _board(app: DemoApp) -> list[tuple[str, Factory]]:
    window = app.window
    board = window.board
    actions_view = board.actions_view
    extras = board.board.extras
    assert extras is not None
    document = _pdf_document(app)

    def readers() -> QWidget:
        receipts = app.session.doc_receipts
        return ReadersDialog(receipts, window.runner, document.id, document.title, None, window)

    return [
        (
            "new action",
            lambda: NewActionDialog(
                board.board.actions, actions_view.creatable_scopes(), board.people, actions_view
            ),
        ),
        ("my comments on drafts", lambda: MyDocCommentsDialog(extras, None, window)),
        ("who has read a document", readers),
    ]


def _pdf_document(app: DemoApp) -> Document:
    from tests.desktop.a11y_catalogue import pdf_document_id

    found = app.session.library.document(pdf_document_id(app))
    assert found is not None
    return found


__all__ = ["Factory", "dialogs"]
