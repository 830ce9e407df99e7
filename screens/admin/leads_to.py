"""LeadsTo: where an answer leads, another question or an ordered list of services, plus priority."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from kiosk.core.languages import in_lang
from kiosk.core.routing import Answer, Routing
from screens.admin.words import AdminWords
from screens.common.wrapping import WrappingLabel


def text_in(text: dict | None, lang: str) -> str:
    """A routing text in `lang`, else in any language it has (the core's `in_lang`)."""
    return in_lang(text, lang)


class LeadsTo(QWidget):
    nextChosen = Signal(str)
    routeChanged = Signal(list)
    priorityChanged = Signal(int)

    def __init__(self, words: AdminWords, parent=None):
        super().__init__(parent)
        self.words = words
        self.routing: Routing | None = None
        self.route: list[str] = []
        self.to_question = QRadioButton(objectName="LeadsToQuestion")
        self.to_services = QRadioButton(objectName="LeadsToServices")
        group = QButtonGroup(self)
        group.addButton(self.to_question)
        group.addButton(self.to_services)
        self.question = QComboBox(objectName="NextQuestion")
        self.services = QListWidget(objectName="RouteList")
        self.services.setMaximumHeight(100)
        self.add_choice = QComboBox(objectName="AddServiceChoice")
        self.add = QPushButton(objectName="AddService")
        self.up = QPushButton("↑", objectName="ServiceUp")
        self.down = QPushButton("↓", objectName="ServiceDown")
        self.remove = QPushButton(objectName="RemoveService")
        for combo in (self.question, self.add_choice):
            # Long question texts must not widen the panel: the list opens wide enough to read them.
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(14)
        self.priority = QSpinBox(objectName="Priority", minimum=0, maximum=99)
        self.priority_label = QLabel()
        self.priority_help = WrappingLabel()
        self.priority_help.setProperty("role", "muted")
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.to_question, 0, 0)
        grid.addWidget(self.question, 0, 1, 1, 2)
        grid.addWidget(self.to_services, 1, 0, 1, 3)
        grid.addWidget(self.services, 2, 0, 1, 2)
        side = QVBoxLayout()
        side.addWidget(self.up)
        side.addWidget(self.down)
        side.addWidget(self.remove)
        side.addStretch(1)
        grid.addLayout(side, 2, 2)
        grid.addWidget(self.add_choice, 3, 0, 1, 2)
        grid.addWidget(self.add, 3, 2)
        grid.addWidget(self.priority_label, 4, 0)
        prio = QHBoxLayout()
        prio.addWidget(self.priority)
        prio.addWidget(self.priority_help, 1)
        grid.addLayout(prio, 4, 1, 1, 2)
        grid.setColumnStretch(1, 1)
        self.to_question.clicked.connect(self._chose_question_mode)
        self.to_services.clicked.connect(self._chose_services_mode)
        self.question.activated.connect(lambda _i: self.nextChosen.emit(self.question.currentData() or ""))
        self.add.clicked.connect(self._add)
        self.up.clicked.connect(lambda: self._move(-1))
        self.down.clicked.connect(lambda: self._move(1))
        self.remove.clicked.connect(self._remove)
        self.priority.valueChanged.connect(self._priority_changed)
        self.services.currentRowChanged.connect(lambda _row: self._update_buttons())
        self._setting = False
        words.languageChanged.connect(self.translateUI)
        self.translateUI()

    def translateUI(self, _lang: str = "") -> None:
        translate = self.words.translate
        self.to_question.setText(translate("AdminEditor", "Another question:"))
        self.to_services.setText(translate("AdminEditor", "Services, in this order:"))
        self.add.setText(translate("AdminEditor", "Add service"))
        self.remove.setText(translate("AdminEditor", "Remove"))
        self.up.setToolTip(translate("AdminEditor", "Move up"))
        self.down.setToolTip(translate("AdminEditor", "Move down"))
        self.priority_label.setText(translate("AdminEditor", "Priority:"))
        self.priority_help.setText(translate("AdminEditor", "0 is normal. A higher number is called first."))
        if self.routing is not None:
            self._fill_choices()

    def show_answer(self, routing: Routing, answer: Answer) -> None:
        self._setting = True
        self.routing = routing
        self.route = list(answer.route or [])
        self._fill_choices()
        index = self.question.findData(answer.next or "")
        self.question.setCurrentIndex(max(index, 0) if answer.next else -1)
        self.to_question.setChecked(answer.next is not None)
        self.to_services.setChecked(answer.route is not None)
        self.priority.setValue(answer.priority)
        self._fill_route()
        self._setting = False

    def _fill_choices(self) -> None:
        lang = self.words.lang
        routing = self.routing
        assert routing is not None
        current = self.question.currentData()
        self.question.clear()
        for q in routing.questions:
            self.question.addItem(f"{text_in(q.text, lang) or '…'} ({q.id})", q.id)
        if current:
            self.question.setCurrentIndex(self.question.findData(current))
        self.add_choice.clear()
        for s in routing.services:
            self.add_choice.addItem(f"{text_in(s.name, lang) or '…'} ({s.id})", s.id)

    def _fill_route(self) -> None:
        lang = self.words.lang
        row = self.services.currentRow()
        self.services.clear()
        for i, sid in enumerate(self.route, start=1):
            service = self.routing.service(sid) if self.routing else None
            name = text_in(service.name, lang) if service else "?"
            item = QListWidgetItem(f"{i}. {name} ({sid})")
            item.setData(Qt.ItemDataRole.UserRole, sid)
            self.services.addItem(item)
        self.services.setCurrentRow(min(row, len(self.route) - 1))
        self._update_buttons()

    def _update_buttons(self) -> None:
        on = self.to_services.isChecked()
        row = self.services.currentRow()
        for widget in (self.services, self.add_choice, self.add):
            widget.setEnabled(on)
        self.question.setEnabled(self.to_question.isChecked())
        self.up.setEnabled(on and row > 0)
        self.down.setEnabled(on and 0 <= row < len(self.route) - 1)
        self.remove.setEnabled(on and row >= 0)

    def _chose_question_mode(self) -> None:
        self._update_buttons()
        if self.question.currentIndex() < 0 and self.question.count():
            self.question.setCurrentIndex(0)
        self.nextChosen.emit(self.question.currentData() or "")

    def _chose_services_mode(self) -> None:
        self._update_buttons()
        self.routeChanged.emit(list(self.route))

    def _add(self) -> None:
        sid = self.add_choice.currentData()
        if sid and sid not in self.route:
            self.route.append(sid)
            self._fill_route()
            self.services.setCurrentRow(len(self.route) - 1)
            self.routeChanged.emit(list(self.route))

    def _move(self, delta: int) -> None:
        row = self.services.currentRow()
        target = row + delta
        if 0 <= row < len(self.route) and 0 <= target < len(self.route):
            self.route[row], self.route[target] = self.route[target], self.route[row]
            self._fill_route()
            self.services.setCurrentRow(target)
            self.routeChanged.emit(list(self.route))

    def _remove(self) -> None:
        row = self.services.currentRow()
        if 0 <= row < len(self.route):
            del self.route[row]
            self._fill_route()
            self.routeChanged.emit(list(self.route))

    def _priority_changed(self, value: int) -> None:
        if not self._setting:
            self.priorityChanged.emit(value)
