"""VersionsTab: every published routing (when, who, note, which is active), the difference between two
in plain words, and making an earlier one active again; below them, the region's routing templates the
hub pulled (docs/region.md), one of which "Adopt" makes the draft, and a quiet line while the region is
not reached."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kiosk.client.admin_client import AdminClient
from kiosk.core.routing import RoutingError, loads
from screens.admin import change_words
from screens.admin.days_off import day_words
from screens.admin.problem_words import what
from screens.admin.words import AdminWords
from screens.common.wrapping import WrappingLabel

KEY = Qt.ItemDataRole.UserRole


def when_words(iso: str) -> str:
    try:
        moment = datetime.fromisoformat(iso)
    except (TypeError, ValueError):
        return str(iso or "")
    return f"{moment.day}.{moment.month}.{moment.year} {moment.hour}.{moment.minute:02d}"


def _day(iso: str, words: AdminWords) -> str:
    try:
        return day_words(date.fromisoformat(iso), words)
    except ValueError:
        return iso


def _say(line: QLabel, text: str, kind: str) -> None:
    """A status line's words and their kind ("ok", "problem"), which the style colours."""
    line.setText(text)
    line.setProperty("kind", kind)
    line.style().polish(line)


class VersionsTab(QWidget):
    activated = Signal(int)
    """An earlier version was made active again (its new version id)."""
    adopted = Signal(object, str)
    """A region template, read and checked as any import, is to become the draft: (Routing, its name)."""

    def __init__(self, words: AdminWords, client: AdminClient | None = None, parent=None):
        super().__init__(parent)
        self.words = words
        self.client = client
        self.versions: list[dict] = []
        self.changes: list[dict] = []
        self.table = QTableWidget(0, 4, objectName="VersionTable")
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.MultiSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.hint = WrappingLabel()
        self.hint.setProperty("role", "muted")
        self.diff_title = WrappingLabel()
        self.diff_title.setProperty("role", "heading")
        self.diff = QListWidget(objectName="ChangeList")
        self.diff.setWordWrap(True)
        self.note = QLineEdit(objectName="ActivateNote", maxLength=200)
        self.activate = QPushButton(objectName="Activate")
        self.activate.setProperty("role", "primary")
        self.activate.clicked.connect(self._activate)
        self.status = WrappingLabel()
        self.reload_button = QPushButton(objectName="ReloadVersions")
        self.reload_button.clicked.connect(self.reload)
        # The region's templates: shown only once the hub has joined a region.
        self.region_box = QWidget(objectName="RegionBox")
        self.region_box.hide()
        self.region_title = WrappingLabel()
        self.region_title.setProperty("role", "heading")
        self.region_note = WrappingLabel(objectName="RegionNote")
        self.region_note.setProperty("role", "muted")
        self.templates = QListWidget(objectName="RegionTemplates")
        self.templates.setMaximumHeight(110)
        self.templates.itemSelectionChanged.connect(self._update_adopt)
        self.adopt = QPushButton(objectName="AdoptTemplate")
        self.adopt.clicked.connect(self._adopt)
        self.region_status = WrappingLabel(objectName="RegionStatus")
        self.region_link: dict = {}
        region = QVBoxLayout(self.region_box)
        region.setContentsMargins(0, 8, 0, 0)
        region.addWidget(self.region_title)
        region.addWidget(self.region_note)
        adopt_row = QHBoxLayout()
        adopt_row.addWidget(self.templates, 1)
        adopt_row.addWidget(self.adopt, 0, Qt.AlignmentFlag.AlignTop)
        region.addLayout(adopt_row)
        region.addWidget(self.region_status)
        left = QVBoxLayout()
        left.addWidget(self.table, 1)
        left.addWidget(self.hint)
        row = QHBoxLayout()
        row.addWidget(self.note, 1)
        row.addWidget(self.activate)
        left.addLayout(row)
        left.addWidget(self.status)
        left.addWidget(self.region_box)
        right = QVBoxLayout()
        top = QHBoxLayout()
        top.addWidget(self.diff_title, 1)
        top.addWidget(self.reload_button)
        right.addLayout(top)
        right.addWidget(self.diff, 1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(left, 5)
        layout.addLayout(right, 4)
        words.languageChanged.connect(self.translateUI)
        self.translateUI()

    def translateUI(self, _lang: str = "") -> None:
        translate = self.words.translate
        self.table.setHorizontalHeaderLabels(
            [
                translate("AdminVersions", "When"),
                translate("AdminVersions", "Who"),
                translate("AdminVersions", "Note"),
                translate("AdminVersions", "In use"),
            ]
        )
        self.hint.setText(translate("AdminVersions", "Choose two versions to see what changed between them."))
        self.note.setPlaceholderText(
            translate("AdminVersions", "Why? One line, e.g. 'Back to the spring questions'")
        )
        self.activate.setText(translate("AdminVersions", "Make this version active again"))
        self.reload_button.setText(translate("AdminVersions", "Refresh"))
        self.region_title.setText(translate("AdminVersions", "Routing templates from the region"))
        self.adopt.setText(translate("AdminVersions", "Adopt as my draft"))
        self.show_versions(self.versions)
        self._show_changes()
        self.show_region(self.region_link)

    # -- the list -----------------------------------------------------------------------------------

    def reload(self) -> None:
        if self.client is not None:
            self.client.versions(self._listed)
            self.client.region(self._region_read)

    def _listed(self, status: int, body: dict | None, _error: str) -> None:
        if status == 200 and body:
            self.show_versions(body.get("versions") or [])
        else:
            self._say_failed(status, body)

    def show_versions(self, versions: list[dict]) -> None:
        """Newest first."""
        chosen = self.chosen_ids()
        self.versions = sorted(versions, key=lambda v: int(v.get("id", 0)), reverse=True)
        translate = self.words.translate
        self.table.blockSignals(True)
        self.table.clearSelection()
        self.table.setRowCount(len(self.versions))
        for row, version in enumerate(self.versions):
            cells = [
                when_words(version.get("created_at", "")),
                str(version.get("by") or "–"),
                str(version.get("note") or ""),
                translate("AdminVersions", "✔ in use") if version.get("active") else "",
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(KEY, int(version.get("id", 0)))
                item.setToolTip(text)
                self.table.setItem(row, column, item)
            if int(version.get("id", 0)) in chosen:
                self.table.selectRow(row)
        self.table.blockSignals(False)
        self._update_buttons()

    def chosen_ids(self) -> list[int]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [int(self.table.item(row, 0).data(KEY)) for row in rows if self.table.item(row, 0)]

    def choose(self, *ids: int) -> None:
        """Select these versions (as clicking their rows does)."""
        self.table.clearSelection()
        for row, version in enumerate(self.versions):
            if int(version.get("id", 0)) in ids:
                self.table.selectRow(row)

    def _selection_changed(self) -> None:
        chosen = self.chosen_ids()
        if len(chosen) > 2:
            # Keep the newest choice and the one before it: two are compared.
            self.table.blockSignals(True)
            current = self.table.currentRow()
            self.table.clearSelection()
            self.table.selectRow(current)
            self.table.blockSignals(False)
            chosen = self.chosen_ids()
        self._update_buttons()
        if len(chosen) == 2 and self.client is not None:
            older, newer = sorted(chosen)
            self.client.diff(older, newer, self._diffed)
        elif len(chosen) != 2:
            self.show_changes([], None)

    def _update_buttons(self) -> None:
        chosen = self.chosen_ids()
        version = next((v for v in self.versions if chosen and int(v.get("id", 0)) == chosen[0]), None)
        can = (
            len(chosen) == 1 and version is not None and not version.get("active") and self.client is not None
        )
        self.activate.setEnabled(can)
        self.note.setEnabled(can)

    # -- the difference -------------------------------------------------------------------------------

    def _diffed(self, status: int, body: dict | None, _error: str) -> None:
        if status == 200 and body:
            self.show_changes(body.get("changes") or [], tuple(sorted(self.chosen_ids())))
        else:
            self._say_failed(status, body)

    def show_changes(self, changes: list[dict], pair: tuple | None) -> None:
        self.changes = list(changes)
        self._pair = pair
        self._show_changes()

    def _show_changes(self) -> None:
        translate = self.words.translate
        pair = getattr(self, "_pair", None)
        self.diff.clear()
        if not pair:
            self.diff_title.setText(translate("AdminVersions", "What changed"))
            return
        older, newer = pair
        title = (
            translate("AdminVersions", "From version %1 to version %2")
            .replace("%1", str(older))
            .replace("%2", str(newer))
        )
        self.diff_title.setText(title)
        if not self.changes:
            self.diff.addItem(translate("AdminVersions", "No differences."))
        for change in self.changes:
            self.diff.addItem(change_words.describe(change, self.words))

    def change_lines(self) -> list[str]:
        return [self.diff.item(i).text() for i in range(self.diff.count())]

    # -- the region's templates -------------------------------------------------------------------------

    def _region_read(self, status: int, body: dict | None, _error: str) -> None:
        # Not joined, or a hub without a region: the box stays hidden (nothing to say).
        self.show_region(body if status == 200 and body else {})

    def show_region(self, link: dict) -> None:
        """The link as GET /api/region gives it: the templates' names and notes, a quiet line while
        the region is not reached, and one naming the days whose figures it refused."""
        chosen = self.chosen_template()
        self.region_link = dict(link)
        self.region_box.setVisible(bool(link.get("joined")))
        lines = []
        since = link.get("not_reached_since")
        if since:
            lines.append(
                self.words.translate("AdminVersions", "Region not reached since %1").replace(
                    "%1", when_words(since)
                )
            )
        refused = [day for day in link.get("days_refused") or [] if isinstance(day, dict)]
        if refused:
            # The newest refusal and its reason, as the region gave it; the hub's log has every one.
            last = refused[-1]
            words = self.words.translate(
                "AdminVersions", "The region refused the figures of %1 (%2 days in all): %3"
            )
            lines.append(
                words.replace("%1", _day(str(last.get("day", "")), self.words))
                .replace("%2", str(len(refused)))
                .replace("%3", str(last.get("reason") or ""))
            )
        self.region_note.setVisible(bool(lines))
        self.region_note.setText("\n".join(lines))
        self.templates.clear()
        for template in link.get("templates") or []:
            name, note = str(template.get("name", "")), str(template.get("note") or "")
            item = QListWidgetItem(f"{name} – {note}" if note else name)
            item.setData(KEY, name)
            item.setToolTip(item.text())
            self.templates.addItem(item)
            if name == chosen:
                item.setSelected(True)
        self._update_adopt()

    def chosen_template(self) -> str:
        items = self.templates.selectedItems()
        return str(items[0].data(KEY)) if items else ""

    def choose_template(self, name: str) -> None:
        for i in range(self.templates.count()):
            item = self.templates.item(i)
            item.setSelected(item.data(KEY) == name)

    def _update_adopt(self) -> None:
        self.adopt.setEnabled(bool(self.chosen_template()) and self.client is not None)

    def _adopt(self) -> None:
        name = self.chosen_template()
        if name and self.client is not None:
            self.adopt.setEnabled(False)
            self.client.region_template(name, self._template_read)

    def _template_read(self, status: int, body: dict | None, _error: str) -> None:
        self._update_adopt()
        if status != 200 or not body:
            _say(self.region_status, self._failed_words(status, body), "problem")
            return
        name = str(body.get("name", ""))
        try:
            # Checked as any import: a template this hub's kiosk cannot use changes nothing.
            routing = loads(str(body.get("yaml", "")))
        except RoutingError as error:
            first = what(error.problems[0], self.words) if error.problems else ""
            text = self.words.translate("AdminVersions", "This template cannot be your draft: %1")
            _say(self.region_status, text.replace("%1", first), "problem")
            return
        _say(self.region_status, "", "ok")
        self.adopted.emit(routing, name)

    # -- going back ---------------------------------------------------------------------------------

    def _activate(self) -> None:
        chosen = self.chosen_ids()
        if len(chosen) != 1 or self.client is None:
            return
        note = self.note.text().strip() or self.words.translate(
            "AdminVersions", "Back to version %1"
        ).replace("%1", str(chosen[0]))
        self.activate.setEnabled(False)
        self.client.activate(chosen[0], note, self._activated)

    def _activated(self, status: int, body: dict | None, _error: str) -> None:
        translate = self.words.translate
        if status in (200, 201) and body:
            new = int(body.get("version") or 0)
            self.note.clear()
            done = translate("AdminVersions", "Done: the kiosk now uses it (version %1).")
            _say(self.status, done.replace("%1", str(new)), "ok")
            self.reload()
            self.activated.emit(new)
        else:
            self._say_failed(status, body)
            self._update_buttons()

    def _failed_words(self, status: int, body: dict | None) -> str:
        translate = self.words.translate
        if status == 0:
            return translate("AdminVersions", "The hub does not answer.")
        return translate("AdminVersions", "The hub refused: %1").replace(
            "%1", str((body or {}).get("message") or status)
        )

    def _say_failed(self, status: int, body: dict | None) -> None:
        _say(self.status, self._failed_words(status, body), "problem")
