"""SlotsScreen: a visiting worker's next free times as big buttons under each day, and the desk now."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QVBoxLayout, QWidget

from kiosk.core.languages import in_lang
from screens.common.buttons import BigButton, IconView
from screens.common.scroll import ScrollPanel
from screens.common.theme import SIZES
from screens.visitor import when
from screens.visitor.base import Screen, label

COLUMNS = 4
"""Times side by side under a day heading ("10.00  10.30  11.00  11.30")."""
LARGER_COLUMNS = 3
"""With larger text four times do not fit side by side in landscape's times column."""


class TimeButton(BigButton):
    """A time under its day's heading; said with its day ("Tuesday 3 Mar at 10.30"), as a keypad
    user moving from time to time does not see which heading it is under."""

    def __init__(self, start: str):
        super().__init__(role="answer")
        self.start = start
        self.when = ""
        self.words_label.setAlignment(Qt.AlignmentFlag.AlignCenter)

    def spoken(self) -> str:
        return self.when or super().spoken()


class SlotsScreen(Screen):
    """Emits `slotChosen(start)` with the slot's start as the hub sent it."""

    slotChosen = Signal(str)
    laterPressed = Signal()
    earlierPressed = Signal()
    deskPressed = Signal()
    backPressed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.service: dict = {}
        self.days: list[when.SlotDay] = []
        self.notice_kind = ""
        self.has_earlier = self.has_later = False
        self.day_labels: list = []
        self.time_buttons: list[TimeButton] = []
        self._reading: list[QWidget] = []
        self.portrait: bool | None = None
        self.larger = False
        self.rows: list = []
        spacing = SIZES["spacing"]

        # Who, where, and what happened to the time tapped; scrolls only with larger text.
        info_content = QWidget()
        info = QVBoxLayout(info_content)
        info.setContentsMargins(0, 0, 0, 0)
        info.setSpacing(spacing)
        head = QHBoxLayout()
        self.icon = IconView("calendar")
        self.icon.setMinimumSize(SIZES["icon_size"], SIZES["icon_size"])
        self.name = label("service")
        head.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        head.addWidget(self.name, 1)
        info.addLayout(head)
        self.room = label("body")
        self.notice = label("strong")
        info.addWidget(self.room)
        info.addWidget(self.notice)
        info.addStretch(1)
        self.info = ScrollPanel(info_content)

        # The times scroll only with larger text on a small screen; at the normal size a page fits.
        self.times = QWidget()
        self.times_column = QVBoxLayout(self.times)
        self.times_column.setContentsMargins(0, 0, 0, 0)
        self.times_column.setSpacing(spacing // 2)
        self.times_panel = ScrollPanel(self.times)
        self.earlier = BigButton(icon="back", role="nav")
        self.earlier.clicked.connect(self.earlierPressed)
        self.later = BigButton(icon="more_time", role="nav")
        self.later.clicked.connect(self.laterPressed)
        self.pager = QHBoxLayout()
        self.pager.setSpacing(spacing)
        self.pager.addWidget(self.earlier, 1)
        self.pager.addWidget(self.later, 1)
        self.prompt = label("greeting")
        self.times_box = QWidget()
        times_box = QVBoxLayout(self.times_box)
        times_box.setContentsMargins(0, 0, 0, 0)
        times_box.setSpacing(spacing)
        times_box.addWidget(self.prompt)
        times_box.addWidget(self.times_panel, 1)
        times_box.addLayout(self.pager)

        self.actions = QWidget()
        actions = QVBoxLayout(self.actions)
        actions.setContentsMargins(0, 0, 0, 0)
        actions.setSpacing(spacing)
        self.desk = BigButton(icon="talk", role="talk")
        self.desk.clicked.connect(self.deskPressed)
        self.back = BigButton(icon="back", role="nav")
        self.back.clicked.connect(self.backPressed)
        actions.addWidget(self.desk)
        actions.addWidget(self.back)

        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(*(SIZES["margin"],) * 4)
        self.grid.setSpacing(spacing * 2)
        self.set_orientation(False)
        self.translateUI()

    def show_slots(
        self,
        service: dict,
        days: list[when.SlotDay],
        lang: str,
        *,
        notice: str = "",
        earlier: bool = False,
        later: bool = False,
    ) -> None:
        """Show one page of times; old buttons go at once, so a late tap on them cannot count."""
        self.service = service
        self.days = days
        self.lang = lang
        self.notice_kind = notice
        self.has_earlier, self.has_later = earlier, later
        while self.times_column.count():
            item = self.times_column.takeAt(0)
            if item.widget() is not None:
                item.widget().hide()
                item.widget().deleteLater()
        self.day_labels, self.time_buttons, self._reading, self.rows = [], [], [], []
        for day in days:
            heading = label("strong")
            self.times_column.addWidget(heading)
            self.day_labels.append(heading)
            self._reading.append(heading)
            row = QWidget()
            grid = QGridLayout(row)
            grid.setContentsMargins(0, 0, 0, 0)
            grid.setSpacing(SIZES["spacing"])
            buttons = []
            for slot in day.slots:
                button = TimeButton(slot["start"])
                button.clicked.connect(lambda _=False, start=slot["start"]: self.slotChosen.emit(start))
                buttons.append(button)
                self.time_buttons.append(button)
                self._reading.append(button)
            self.rows.append((grid, buttons))
            self.times_column.addWidget(row)
            row.show()
        self.times_column.addStretch(1)
        self._place_times()
        self.earlier.setVisible(earlier)
        self.later.setVisible(later)
        self.translateUI()
        self.times_panel.verticalScrollBar().setValue(0)

    def _place_times(self) -> None:
        columns = LARGER_COLUMNS if self.larger and not self.portrait else COLUMNS
        for grid, buttons in self.rows:
            for button in buttons:
                grid.removeWidget(button)
            for c in range(COLUMNS):
                grid.setColumnStretch(c, 1 if c < columns else 0)
            for i, button in enumerate(buttons):
                grid.addWidget(button, i // columns, i % columns)

    def set_larger_text(self, on: bool) -> None:
        # Long Finnish and Swedish words in larger text need the icon's width, and the times room.
        self.larger = on
        self.icon.setVisible(not on)
        self._place_times()

    def set_busy(self, busy: bool) -> None:
        for button in (*self.time_buttons, self.earlier, self.later, self.desk, self.back):
            button.setEnabled(not busy)

    def set_orientation(self, portrait: bool) -> None:
        """Landscape: who and what to do on the left, the times on the right; portrait: one column."""
        if portrait == self.portrait:
            return
        self.portrait = portrait
        self._place_times()
        for widget in (self.info, self.times_box, self.actions):
            self.grid.removeWidget(widget)
        for i in range(3):
            self.grid.setColumnStretch(i, 0)
            self.grid.setRowStretch(i, 0)
        if portrait:
            self.grid.addWidget(self.info, 0, 0)
            self.grid.addWidget(self.times_box, 1, 0)
            self.grid.addWidget(self.actions, 2, 0)
            # The panels share what is left; either scrolls only if even its share is too little.
            self.grid.setRowStretch(0, 1)
            self.grid.setRowStretch(1, 3)
        else:
            self.grid.addWidget(self.info, 0, 0)
            self.grid.addWidget(self.actions, 1, 0)
            self.grid.addWidget(self.times_box, 0, 1, 2, 1)
            self.grid.setColumnStretch(0, 2)
            self.grid.setColumnStretch(1, 3)
            self.grid.setRowStretch(0, 1)

    def translateUI(self) -> None:
        s = self.service
        self.name.setText(in_lang(s.get("name"), self.lang))
        room = in_lang(s.get("location"), self.lang)
        self.room.setText(
            QCoreApplication.translate("Visitor", "Place: %1").replace("%1", room) if room else ""
        )
        self.room.setVisible(bool(room))
        self.prompt.setText(QCoreApplication.translate("Visitor", "Choose a time that suits you."))
        notices = {
            "slot_taken": QCoreApplication.translate(
                "Visitor", "Somebody just took that time. Please choose another."
            ),
            "slot_gone": QCoreApplication.translate(
                "Visitor", "That time cannot be booked any more. Please choose another."
            ),
        }
        self.notice.setText(notices.get(self.notice_kind, ""))
        self.notice.setVisible(bool(self.notice.text()))
        for heading, day in zip(self.day_labels, self.days, strict=True):
            heading.setText(when.day_heading(day.day, self.lang))
        for button in self.time_buttons:
            button.set_words(when.clock_time(button.start, self.lang))
            button.when = when.slot_when(button.start, self.lang)
            button.set_description(
                QCoreApplication.translate("Access", "Chooses this time. You confirm it next.")
            )
        self.earlier.set_words(QCoreApplication.translate("Visitor", "Earlier times"))
        self.later.set_words(QCoreApplication.translate("Visitor", "Later times"))
        self.earlier.set_description(QCoreApplication.translate("Access", "Shows the earlier free times."))
        self.later.set_description(QCoreApplication.translate("Access", "Shows the next free times."))
        self.desk.set_words(QCoreApplication.translate("Visitor", "Take a number for the desk"))
        self.desk.set_description(
            QCoreApplication.translate("Access", "Gives you a queue number for the front desk.")
        )
        self.back.set_words(QCoreApplication.translate("Visitor", "Back"))
        self.back.set_description(QCoreApplication.translate("Access", "Goes to the previous screen."))

    def reading_order(self) -> list[QWidget]:
        # A discreet service is not said aloud: others in the room would hear why this visitor came.
        named = [] if self.service.get("discreet") else [self.name]
        return [
            *named, self.room, self.notice, self.prompt, *self._reading,
            self.earlier, self.later, self.desk, self.back,
        ]  # fmt: skip
