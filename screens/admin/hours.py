"""WeeklyTable: weekly blocks (weekday, start, end, and slot minutes for a visiting worker) as rows
to add, change and remove: the centre's opening hours and a service's visiting times."""

from __future__ import annotations

import copy

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.core.routing import Hours, ScheduleBlock
from kiosk.core.routing.model import WEEKDAYS
from screens.admin.words import AdminWords


def weekday_names(words: AdminWords) -> list[str]:
    translate = words.translate
    return [
        translate("AdminWeek", "Monday"),
        translate("AdminWeek", "Tuesday"),
        translate("AdminWeek", "Wednesday"),
        translate("AdminWeek", "Thursday"),
        translate("AdminWeek", "Friday"),
        translate("AdminWeek", "Saturday"),
        translate("AdminWeek", "Sunday"),
    ]


class WeeklyTable(QWidget):
    changed = Signal(list)
    """The blocks as edited: `Hours` (or `ScheduleBlock` with slots)."""

    def __init__(self, words: AdminWords, *, slots: bool, parent=None):
        super().__init__(parent)
        self.words = words
        self.slots = slots
        self.table = QTableWidget(0, 4 if slots else 3)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(0, 170)
        if slots:
            header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().setDefaultSectionSize(40)
        self.add = QPushButton()
        self.remove = QPushButton()
        self.add.clicked.connect(self._add)
        self.remove.clicked.connect(self._remove)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add)
        buttons.addWidget(self.remove)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self._blocks: list = []
        words.languageChanged.connect(self.translateUI)
        self.translateUI()

    def translateUI(self, _lang: str = "") -> None:
        translate = self.words.translate
        headers = [
            translate("AdminServices", "Day"),
            translate("AdminServices", "Starts"),
            translate("AdminServices", "Ends"),
        ]
        if self.slots:
            headers.append(translate("AdminServices", "Minutes per visit"))
        self.table.setHorizontalHeaderLabels(headers)
        self.add.setText(translate("AdminServices", "Add a row"))
        self.remove.setText(translate("AdminServices", "Remove the row"))
        self.set_blocks(self._blocks)

    def set_blocks(self, blocks: list) -> None:
        self._blocks = [ScheduleBlock(**vars(b)) if self.slots else Hours(**vars(b)) for b in blocks]
        self.table.setRowCount(len(self._blocks))
        names = weekday_names(self.words)
        for row, block in enumerate(self._blocks):
            day = QComboBox()
            for code, name in zip(WEEKDAYS, names, strict=True):
                day.addItem(name, code)
            day.setCurrentIndex(day.findData(block.weekday))
            day.activated.connect(lambda _i, row=row, day=day: self._set(row, "weekday", day.currentData()))
            self.table.setCellWidget(row, 0, day)
            for column, name in ((1, "start"), (2, "end")):
                field = QLineEdit(getattr(block, name), placeholderText="09:00", maxLength=5)
                field.textEdited.connect(lambda text, row=row, name=name: self._set(row, name, text.strip()))
                self.table.setCellWidget(row, column, field)
            if self.slots:
                minutes = QSpinBox(minimum=5, maximum=240, singleStep=5, value=block.slot_minutes)
                minutes.valueChanged.connect(lambda v, row=row: self._set(row, "slot_minutes", v))
                self.table.setCellWidget(row, 3, minutes)
        self.table.setFixedHeight(32 + 40 * max(1, len(self._blocks)) + 4)
        self.remove.setEnabled(bool(self._blocks))

    def blocks(self) -> list:
        """Copies: the draft never shares a block with this table (an undo step must not change)."""
        return [copy.copy(b) for b in self._blocks]

    def _set(self, row: int, name: str, value) -> None:
        if 0 <= row < len(self._blocks):
            setattr(self._blocks[row], name, value)
            self.changed.emit(self.blocks())

    def _add(self) -> None:
        last = self._blocks[-1] if self._blocks else None
        weekday = (
            WEEKDAYS[(WEEKDAYS.index(last.weekday) + 1) % 7] if last and last.weekday in WEEKDAYS else "mon"
        )
        start, end = (last.start, last.end) if last else ("09:00", "15:00")
        block = (
            ScheduleBlock(weekday, start, end, last.slot_minutes if last else 30)
            if self.slots
            else Hours(weekday, start, end)
        )
        self.set_blocks([*self._blocks, block])
        self.changed.emit(self.blocks())

    def _remove(self) -> None:
        row = self.table.currentRow()
        row = row if 0 <= row < len(self._blocks) else len(self._blocks) - 1
        if row >= 0:
            del self._blocks[row]
            self.set_blocks(self._blocks)
            self.changed.emit(self.blocks())
