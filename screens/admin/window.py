"""AdminWindow: the centre manager's desk: questions, services, versions and statistics in tabs, the
live preview beside them, and the problems and Publish at the bottom."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.client.admin_client import AdminClient
from kiosk.core import clock as kiosk_clock
from kiosk.core import languages
from kiosk.core.routing import Problem, read, to_data
from screens.admin.ask import ask
from screens.admin.draft import Draft
from screens.admin.editor import RoutingEditor
from screens.admin.edits import item_of
from screens.admin.leads_to import text_in
from screens.admin.preview import PreviewPanel
from screens.admin.problem_words import describe
from screens.admin.services import ServicesEditor
from screens.admin.stats import StatsTab
from screens.admin.style import stylesheet
from screens.admin.versions import VersionsTab
from screens.admin.words import AdminWords, admin_languages
from screens.common.language import autonym, layout_direction
from screens.common.locales import qt_locale
from screens.common.theme import COLOURS
from screens.common.wrapping import WrappingLabel

WINDOW_SIZE = (1366, 768)
EDITING_TABS = (0, 1)


class AdminWindow(QWidget):
    closing = Signal()
    """The manager closed the window or logged out: the session ends."""

    def __init__(
        self,
        draft: Draft,
        words: AdminWords,
        client: AdminClient | None = None,
        *,
        name: str = "",
        clock: Callable[[], datetime] = kiosk_clock.now,
        today: Callable[[], date] = date.today,
    ):
        super().__init__()
        self.setObjectName("AdminWindow")
        self.draft = draft
        self.words = words
        self.client = client
        self.name = name
        self.hub_problems: list[Problem] = []
        self.publishing = False
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, QColor(COLOURS["background"]))
        self.setPalette(palette)
        self.setAutoFillBackground(True)

        # Header: who, which language, log out.
        self.header = QFrame(objectName="AdminHeader")
        self.title = QLabel()
        self.title.setProperty("role", "heading")
        self.who = QLabel()
        self.who.setProperty("role", "muted")
        self.language_buttons: dict[str, QPushButton] = {}
        head = QHBoxLayout(self.header)
        head.setContentsMargins(10, 6, 10, 0)
        head.addWidget(self.title)
        head.addWidget(self.who, 1)
        for lang in admin_languages():
            button = QPushButton(autonym(lang), objectName=f"Lang_{lang}")
            button.setProperty("role", "lang")
            button.clicked.connect(lambda _c=False, lang=lang: words.switch(lang))
            head.addWidget(button)
            self.language_buttons[lang] = button
        self.log_out = QPushButton(objectName="LogOut")
        self.log_out.setVisible(client is not None)
        self.log_out.clicked.connect(self.close)
        head.addWidget(self.log_out)

        # Tabs and the preview.
        self.editor = RoutingEditor(draft, words)
        self.services = ServicesEditor(draft, words, client)
        self.versions = VersionsTab(words, client)
        self.stats = StatsTab(words, client, today=today, names=self.names)
        self.tabs = QTabWidget(objectName="AdminTabs")
        for tab in (self.editor, self.services, self.versions, self.stats):
            self.tabs.addTab(tab, "")
        self.tabs.currentChanged.connect(self._tab_changed)
        self.preview = PreviewPanel(words, clock=clock)
        # The kiosk scaled to a third of its size is enough to read; the rest is for editing.
        self.preview.setMaximumWidth(470)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.tabs)
        self.splitter.addWidget(self.preview)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([900, 460])

        # Problems and Publish.
        self.bar = QFrame(objectName="PublishBar")
        self.review_note = WrappingLabel(objectName="ReviewNote")
        self.review_note.setProperty("role", "lang")
        self.problems_title = QLabel()
        self.problems_title.setProperty("role", "lang")
        self.problem_list = QListWidget(objectName="ProblemList")
        self.problem_list.setMaximumHeight(66)
        self.problem_list.itemActivated.connect(self._problem_clicked)
        self.problem_list.itemClicked.connect(self._problem_clicked)
        self.reason = WrappingLabel(objectName="PublishReason")
        self.note = QLineEdit(objectName="PublishNote", maxLength=200)
        self.note.textChanged.connect(lambda _t: self._update_publish())
        self.note.returnPressed.connect(self.publish)
        self.undo = QPushButton(objectName="Undo")
        self.undo.clicked.connect(draft.undo)
        self.discard = QPushButton(objectName="Discard")
        self.discard.clicked.connect(self._discard)
        self.publish_button = QPushButton(objectName="Publish")
        self.publish_button.setProperty("role", "primary")
        self.publish_button.clicked.connect(self.publish)
        bar = QVBoxLayout(self.bar)
        bar.setContentsMargins(10, 4, 10, 6)
        bar.setSpacing(3)
        bar.addWidget(self.review_note)
        bar.addWidget(self.problems_title)
        bar.addWidget(self.problem_list)
        row = QHBoxLayout()
        self.note_label = QLabel()
        row.addWidget(self.note_label)
        row.addWidget(self.note, 2)
        row.addWidget(self.undo)
        row.addWidget(self.discard)
        row.addWidget(self.publish_button)
        bar.addLayout(row)
        bar.addWidget(self.reason)
        self.status = WrappingLabel(objectName="AdminStatus")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.header)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.bar)
        sheet = stylesheet()
        for widget in (self.header, self.tabs, self.bar, self.preview.controls):
            widget.setStyleSheet(sheet)
        self.setMinimumSize(1024, 640)

        draft.changed.connect(self._draft_changed)
        draft.problemsChanged.connect(self._problems_changed)
        self.editor.message.connect(self.say)
        self.services.message.connect(self.say)
        self.versions.activated.connect(lambda _v: self.load_from_hub())
        self.versions.adopted.connect(self.adopt)
        words.languageChanged.connect(self.translateUI)
        self.translateUI()
        self.preview.show_routing(draft.routing)
        self._problems_changed()

    # -- words ------------------------------------------------------------------------------------------

    def translateUI(self, _lang: str = "") -> None:
        translate = self.words.translate
        # Arabic lays the admin out right to left; the preview keeps the kiosk's own direction.
        self.setLayoutDirection(layout_direction(self.words.lang))
        self.setWindowTitle(translate("Admin", "Kokoomo – admin"))
        self.title.setText(translate("Admin", "Kiosk admin"))
        self.who.setText(translate("Admin", "Logged in: %1").replace("%1", self.name) if self.name else "")
        for lang, button in self.language_buttons.items():
            button.setProperty("current", "true" if lang == self.words.lang else "false")
            button.style().unpolish(button)
            button.style().polish(button)
        self.log_out.setText(translate("Admin", "Log out"))
        self.tabs.setTabText(0, translate("Admin", "Questions"))
        self.tabs.setTabText(1, translate("Admin", "Services and hours"))
        self.tabs.setTabText(2, translate("Admin", "Versions"))
        self.tabs.setTabText(3, translate("Admin", "Statistics"))
        self.problems_title.setText(translate("Admin", "Problems to fix before publishing"))
        self.note_label.setText(translate("Admin", "What did you change?"))
        self.note.setPlaceholderText(translate("Admin", "One line, e.g. 'New Swedish text for Work'"))
        self.undo.setText(translate("Admin", "Undo"))
        self.discard.setText(translate("Admin", "Discard my changes"))
        self.publish_button.setText(translate("Admin", "Publish"))
        self._show_review_note()
        self._problems_changed()

    def unreviewed(self) -> list[str]:
        """The routing's languages whose texts await a native speaker's review: those the routing marks
        (`unreviewed_languages`) and those whose kiosk words are not reviewed (the registry)."""
        routing = self.draft.routing
        marked = set(routing.unreviewed_languages)
        return [lang for lang in routing.languages if lang in marked or not languages.reviewed(lang)]

    def _show_review_note(self) -> None:
        waiting = self.unreviewed()
        self.review_note.setVisible(bool(waiting))
        self.review_note.setText(
            self.words.translate("Admin", "Texts in %1 await a native speaker's review.").replace(
                # Each name kept whole in its own script, listed as the admin's language lists.
                "%1",
                qt_locale(self.words.lang).createSeparatedList(
                    [languages.isolated(autonym(lang)) for lang in waiting]
                ),
            )
        )

    def say(self, message: str) -> None:
        self.reason.setText(message)

    def names(self) -> dict[str, str]:
        """Services' and first answers' names in the admin's language (statistics show names, not ids)."""
        routing = self.draft.routing
        lang = self.words.lang
        out = {s.id: text_in(s.name, lang) or s.id for s in routing.services}
        first = routing.question(routing.start)
        for answer in first.answers if first else []:
            out.setdefault(answer.id, text_in(answer.label, lang) or answer.id)
        return out

    # -- problems and publishing ------------------------------------------------------------------------

    def _draft_changed(self, _key: str) -> None:
        self.hub_problems = []
        self._show_review_note()
        self._update_publish()

    def _problems_changed(self, _problems: object = None) -> None:
        problems = [*self.draft.problems, *self.hub_problems]
        self.problem_list.clear()
        routing = self.draft.routing
        for problem in problems:
            item = QListWidgetItem(f"⚠ {describe(problem, routing, self.words)}")
            item.setData(Qt.ItemDataRole.UserRole, problem.where)
            self.problem_list.addItem(item)
        if not problems:
            self.problem_list.addItem(self.words.translate("Admin", "✔ No problems."))
        self.preview.show_routing(routing)
        self._update_publish()

    def publish_refusal(self) -> str:
        """Why Publish is off now ("" when it is on)."""
        translate = self.words.translate
        count = len(self.draft.problems) + len(self.hub_problems)
        if self.publishing:
            return translate("Admin", "Publishing…")
        if self.draft.checking:
            return translate("Admin", "Checking…")
        if count:
            return translate("Admin", "Publish is off: fix the problems listed above first (%1).").replace(
                "%1", str(count)
            )
        if self.client is None:
            return translate("Admin", "Publish is off: no connection to the hub.")
        if not self.draft.dirty:
            return translate("Admin", "Nothing to publish: no changes yet.")
        if not self.note.text().strip():
            return translate("Admin", "Write in one line what you changed, then publish.")
        return ""

    def _update_publish(self) -> None:
        reason = self.publish_refusal()
        self.publish_button.setEnabled(not reason)
        self.undo.setEnabled(self.draft.can_undo)
        self.discard.setEnabled(self.draft.dirty and self.client is not None)
        if reason:
            self.reason.setText(reason)
        elif not self.reason.text() or self.reason.property("kind") != "ok":
            self.reason.setText(
                self.words.translate("Admin", "Ready to publish. The kiosk uses it from the next visitor.")
            )

    def publish(self) -> None:
        if self.publish_refusal() or self.client is None:
            return
        self.publishing = True
        self._update_publish()
        self.client.publish(to_data(self.draft.routing), self.note.text().strip(), self._published)

    def _published(self, status: int, body: dict | None, _error: str) -> None:
        translate = self.words.translate
        self.publishing = False
        body = body or {}
        if status == 201:
            version = int(body.get("version") or 0)
            self.draft.version = version
            self.draft.dirty = False
            self.note.clear()
            self._update_publish()
            self.reason.setText(
                translate(
                    "Admin", "Published as version %1. The kiosk uses it from the next visitor."
                ).replace("%1", str(version))
            )
            self.versions.reload()
            return
        if status == 422 and body.get("problems"):
            self.hub_problems = [
                Problem(str(p.get("where", "")), str(p.get("message", ""))) for p in body["problems"]
            ]
            self._problems_changed()
            return
        self._update_publish()
        if status == 0:
            self.reason.setText(
                translate("Admin", "Not published: the hub does not answer. Your changes are kept here.")
            )
        elif status in (401, 403):
            self.reason.setText(translate("Admin", "Not published: your session has ended. Log in again."))
        else:
            message = body.get("message") or f"HTTP {status}"
            self.reason.setText(translate("Admin", "Not published: %1").replace("%1", str(message)))

    def _problem_clicked(self, item: QListWidgetItem) -> None:
        where = item.data(Qt.ItemDataRole.UserRole)
        if where is None:
            return
        self.show_item(item_of(where, self.draft.routing))

    def show_item(self, item: str) -> None:
        """Go to the tab and item a problem concerns."""
        if item.startswith("questions"):
            self.tabs.setCurrentWidget(self.editor)
            self.editor.select(item)
        elif item.startswith("services") or item in ("centre", "fallback"):
            self.tabs.setCurrentWidget(self.services)
            self.services.select(item)

    # -- the hub ------------------------------------------------------------------------------------------

    def load_from_hub(self) -> None:
        if self.client is None:
            return
        self.client.routing(self._loaded)

    def _loaded(self, status: int, body: dict | None, _error: str) -> None:
        if status == 200 and body and isinstance(body.get("routing"), dict):
            routing, _problems = read(body["routing"])
            self.draft.load(routing, int(body.get("version") or 0))
            self._update_publish()
        else:
            self.reason.setText(
                self.words.translate("Admin", "The hub does not answer: could not read the routing.")
            )

    def adopt(self, routing, name: str) -> None:
        """A region template becomes the draft (Undo brings the last one back), checked and shown as any
        edit; the publish note names the template."""
        self.draft.adopt(routing)
        self.note.setText(self.words.translate("Admin", "The region's template %1").replace("%1", name))
        self.tabs.setCurrentWidget(self.editor)

    def _discard(self) -> None:
        translate = self.words.translate
        if ask(
            self,
            translate("Admin", "Discard my changes"),
            translate("Admin", "Forget every change since the last publish?"),
            translate("Admin", "Discard"),
            translate("Admin", "Keep editing"),
        ):
            self.load_from_hub()

    def closeEvent(self, event) -> None:
        translate = self.words.translate
        if self.draft.dirty and not ask(
            self,
            translate("Admin", "Close the admin"),
            translate("Admin", "Your changes are not published. Close and forget them?"),
            translate("Admin", "Close and forget"),
            translate("Admin", "Keep editing"),
        ):
            event.ignore()
            return
        self.closing.emit()
        super().closeEvent(event)

    def _tab_changed(self, index: int) -> None:
        editing = index in EDITING_TABS
        self.bar.setVisible(editing)
        self.preview.setVisible(editing)
        if index == 2:
            self.versions.reload()
        elif index == 3 and self.stats.stats is None:
            self.stats.reload()
