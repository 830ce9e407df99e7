"""ServicesEditor: the centre (name, languages, opening hours, front desk service, holidays) and each service
(names, kind, ticket letter, room, discreet, visiting times; today's presence and days off)."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from kiosk.client.admin_client import AdminClient
from kiosk.core import languages as registry
from kiosk.core.routing import ScheduleBlock, Service, advice
from screens.admin import edits
from screens.admin.ask import ask
from screens.admin.change_words import weekday_word
from screens.admin.days_off import DaysOffBox, PresenceBox
from screens.admin.draft import Draft
from screens.admin.editor import PROBLEM_COLOUR, ItemProblems
from screens.admin.edits import field_of, item_of
from screens.admin.hours import WeeklyTable
from screens.admin.icons import icon
from screens.admin.leads_to import text_in
from screens.admin.problem_words import language_name, what
from screens.admin.style import ITEM_PADDING_PX
from screens.admin.texts import LangTexts
from screens.admin.words import AdminWords
from screens.common.wrapping import WrappingLabel

KEY = Qt.ItemDataRole.UserRole
_ID = re.compile(r"^[a-z0-9][a-z0-9_-]*$")


class WrappedItems(QStyledItemDelegate):
    """A list item sized for the width its words are painted in. The style sheet's padding around them
    is left out of Qt's own measure, so a name that just fitted one line was painted in less and cut
    short with an ellipsis instead of wrapping."""

    def sizeHint(self, option: QStyleOptionViewItem, index):
        narrower = QStyleOptionViewItem(option)
        narrower.rect = option.rect.adjusted(0, 0, -2 * ITEM_PADDING_PX, 0)
        return super().sizeHint(narrower, index)


class CentrePage(QWidget):
    def __init__(self, words: AdminWords, client: AdminClient | None, parent=None):
        super().__init__(parent)
        self.heading = QLabel()
        self.heading.setProperty("role", "heading")
        self.problems = ItemProblems()
        self.name_label = QLabel()
        self.name_label.setProperty("role", "lang")
        self.name = LangTexts(words)
        self.hours_box = QGroupBox()
        self.hours_help = WrappingLabel()
        self.hours_help.setProperty("role", "muted")
        self.hours = WeeklyTable(words, slots=False)
        box = QVBoxLayout(self.hours_box)
        box.addWidget(self.hours_help)
        box.addWidget(self.hours)
        self.fallback_label = QLabel()
        self.fallback = QComboBox(objectName="Fallback")
        self.fallback_help = WrappingLabel()
        self.fallback_help.setProperty("role", "muted")
        # The languages the kiosk offers: one box for each the product has, in the registry's order, two
        # to a row ("Українська (Ukrainian)" four to a row made the page wider than the tab).
        self.languages_box = QGroupBox()
        self.languages_help = WrappingLabel()
        self.languages_help.setProperty("role", "muted")
        self.language_boxes: dict[str, QCheckBox] = {}
        languages_grid = QGridLayout()
        for index, lang in enumerate(registry.codes()):
            box = self.language_boxes[lang] = QCheckBox(objectName=f"offer-{lang}")
            languages_grid.addWidget(box, index // 2, index % 2)
        # Each box as wide as its words: a click beside them is not on the box.
        languages_grid.setColumnStretch(2, 1)
        languages_layout = QVBoxLayout(self.languages_box)
        languages_layout.addWidget(self.languages_help)
        languages_layout.addLayout(languages_grid)
        self.holidays = DaysOffBox(words, client)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.problems)
        layout.addWidget(self.name_label)
        layout.addWidget(self.name)
        layout.addWidget(self.languages_box)
        row = QHBoxLayout()
        row.addWidget(self.fallback_label)
        row.addWidget(self.fallback, 1)
        layout.addLayout(row)
        layout.addWidget(self.fallback_help)
        layout.addWidget(self.hours_box)
        layout.addWidget(self.holidays)
        layout.addStretch(1)


class PageStack(QStackedWidget):
    """A stack sized by the page it shows, not by its widest: the centre's page (its hours table) made
    a service's page wider than the scroll area, and its right edge (its left, in Arabic) was cut off."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.currentChanged.connect(lambda _index: self.updateGeometry())

    def sizeHint(self):
        page = self.currentWidget()
        return page.sizeHint() if page is not None else super().sizeHint()

    def minimumSizeHint(self):
        page = self.currentWidget()
        return page.minimumSizeHint() if page is not None else super().minimumSizeHint()


class ServicePage(QWidget):
    def __init__(self, words: AdminWords, client: AdminClient | None, parent=None):
        super().__init__(parent)
        self.heading = QLabel()
        self.heading.setProperty("role", "heading")
        self.problems = ItemProblems()
        self.name_label, self.room_label = QLabel(), QLabel()
        for label in (self.name_label, self.room_label):
            label.setProperty("role", "lang")
        self.name = LangTexts(words)
        self.room = LangTexts(words)
        self.kind = QComboBox(objectName="Kind")
        # As narrow as a dozen letters, not as wide as its longest kind (Estonian's made the page too wide).
        self.kind.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.kind.setMinimumContentsLength(12)
        self.prefix = QLineEdit(objectName="Prefix", maxLength=2)
        self.prefix.setFixedWidth(70)
        self.id = QLineEdit(objectName="ServiceId")
        self.discreet = QCheckBox(objectName="Discreet")
        self.discreet_help = WrappingLabel()
        self.discreet_help.setProperty("role", "muted")
        self.discreet_note = WrappingLabel(objectName="DiscreetNote")
        """Shown when this discreet service is alone in its room on some days (routing advice)."""
        self.discreet_note.hide()
        self.kind_label, self.prefix_label, self.id_label = QLabel(), QLabel(), QLabel()
        self.schedule_box = QGroupBox()
        self.schedule = WeeklyTable(words, slots=True)
        QVBoxLayout(self.schedule_box).addWidget(self.schedule)
        self.presence = PresenceBox(words, client)
        self.days_off = DaysOffBox(words, client)
        self.used_by = WrappingLabel()
        self.used_by.setProperty("role", "muted")
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.problems)
        layout.addWidget(self.discreet_note)  # at the top, as the problems: seen without scrolling
        layout.addWidget(self.name_label)
        layout.addWidget(self.name)
        layout.addWidget(self.room_label)
        layout.addWidget(self.room)
        form = QFormLayout()
        kind_row = QHBoxLayout()
        kind_row.addWidget(self.kind, 1)
        kind_row.addWidget(self.prefix_label)
        kind_row.addWidget(self.prefix)
        form.addRow(self.kind_label, kind_row)
        form.addRow(self.id_label, self.id)
        form.addRow("", self.discreet)
        form.addRow("", self.discreet_help)
        layout.addLayout(form)
        layout.addWidget(self.used_by)
        layout.addWidget(self.schedule_box)
        layout.addWidget(self.presence)
        layout.addWidget(self.days_off)
        layout.addStretch(1)


class ServicesEditor(QWidget):
    message = Signal(str)

    def __init__(self, draft: Draft, words: AdminWords, client: AdminClient | None = None, parent=None):
        super().__init__(parent)
        self.draft = draft
        self.words = words
        self.current = "centre"
        self.list = QListWidget(objectName="ServiceList")
        self.list.setMinimumWidth(320)
        # A long name wraps onto a second line (Somali's are long), never behind a sideways scroll bar.
        self.list.setWordWrap(True)
        self.list.setItemDelegate(WrappedItems(self.list))
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.currentItemChanged.connect(self._chosen)
        self.add_walk_in = QPushButton(objectName="AddWalkIn")
        self.add_visiting = QPushButton(objectName="AddVisiting")
        self.remove = QPushButton(objectName="RemoveService")
        self.add_walk_in.clicked.connect(lambda: self._add("onsite"))
        self.add_visiting.clicked.connect(lambda: self._add("scheduled"))
        self.remove.clicked.connect(self._remove)
        left = QVBoxLayout()
        left.addWidget(self.list, 1)
        left.addWidget(self.add_walk_in)
        left.addWidget(self.add_visiting)
        left.addWidget(self.remove)
        self.centre_page = CentrePage(words, client)
        self.service_page = ServicePage(words, client)
        self.pages = PageStack()
        self.pages.addWidget(self.centre_page)
        self.pages.addWidget(self.service_page)
        scroll = QScrollArea(widgetResizable=True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self.pages)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(left, 0)
        layout.addWidget(scroll, 1)
        self._filling = False
        self._holidays_shown = False

        c, s = self.centre_page, self.service_page
        c.name.edited.connect(
            lambda lang, v: self._edit("centre.name", lambda r: r.centre.name.__setitem__(lang, v), True)
        )
        c.hours.changed.connect(
            lambda blocks: self._edit("centre.hours", lambda r: setattr(r.centre, "hours", blocks), True)
        )
        for lang, box in c.language_boxes.items():
            box.clicked.connect(lambda on, lang=lang: self._offer(lang, bool(on)))
        c.fallback.activated.connect(
            lambda _i: self._edit("fallback", lambda r: setattr(r, "fallback", c.fallback.currentData()))
        )
        s.name.edited.connect(
            lambda lang, v: self._edit_service("name", lambda x: x.name.__setitem__(lang, v), True)
        )
        s.room.edited.connect(
            lambda lang, v: self._edit_service("location", lambda x: x.location.__setitem__(lang, v), True)
        )
        s.kind.activated.connect(lambda _i: self._set_kind(s.kind.currentData()))
        s.prefix.textEdited.connect(
            lambda v: self._edit_service("prefix", lambda x: setattr(x, "prefix", v.strip().upper()), True)
        )
        s.discreet.clicked.connect(
            lambda on: self._edit_service("discreet", lambda x: setattr(x, "discreet", bool(on)))
        )
        s.schedule.changed.connect(
            lambda blocks: self._edit_service("schedule", lambda x: setattr(x, "schedule", blocks), True)
        )
        s.id.editingFinished.connect(self._rename)

        draft.changed.connect(self._draft_changed)
        draft.problemsChanged.connect(self._show_problems)
        words.languageChanged.connect(self.translateUI)
        self.translateUI()

    def translateUI(self, _lang: str = "") -> None:
        translate = self.words.translate
        self.add_walk_in.setText(translate("AdminServices", "Add a walk-in service"))
        self.add_visiting.setText(translate("AdminServices", "Add a visiting worker"))
        self.remove.setText(translate("AdminServices", "Remove the service"))
        c, s = self.centre_page, self.service_page
        c.heading.setText(translate("AdminServices", "The centre"))
        c.name_label.setText(translate("AdminServices", "Name of the centre"))
        c.hours_box.setTitle(translate("AdminServices", "Opening hours"))
        c.hours_help.setText(translate("AdminServices", "Walk-in visitors get a number only at these times."))
        c.languages_box.setTitle(translate("AdminServices", "Languages at the kiosk"))
        c.languages_help.setText(
            translate(
                "AdminServices",
                "The kiosk offers these, the first as its own. A language you add needs its texts"
                " everywhere before you can publish; one you take away takes its texts with it.",
            )
        )
        for lang, box in c.language_boxes.items():
            # Each in its own words, and in the admin's where they differ: "Eesti (viro)", "Eesti".
            own, name = registry.autonym(lang), language_name(self.words, lang)
            box.setText(own if name.casefold() == own.casefold() else f"{own} ({name})")
        c.fallback_label.setText(translate("AdminServices", "Front desk service:"))
        c.fallback_help.setText(
            translate(
                "AdminServices",
                "Visitors go here when they want to talk to someone, or when a service is away.",
            )
        )
        s.name_label.setText(translate("AdminServices", "Name"))
        s.room_label.setText(translate("AdminServices", "Room"))
        s.kind_label.setText(translate("AdminServices", "Kind:"))
        s.prefix_label.setText(translate("AdminServices", "Ticket letter:"))
        s.id_label.setText(translate("AdminServices", "Id:"))
        s.kind.clear()
        s.kind.addItem(translate("AdminServices", "Walk-in: a queue number now"), "onsite")
        s.kind.addItem(translate("AdminServices", "Visiting worker: book a time"), "scheduled")
        s.discreet.setText(translate("AdminServices", "Discreet"))
        s.discreet_help.setText(
            translate(
                "AdminServices",
                "The waiting-room screen shows only the number and the room, never the service."
                " Its numbers start with the front desk's letter, so nobody can tell who came for it.",
            )
        )
        s.schedule_box.setTitle(translate("AdminServices", "Visiting times"))
        self._fill()

    # -- the list ----------------------------------------------------------------------------------

    def _fill(self) -> None:
        self._filling = True
        routing = self.draft.routing
        keys = ["centre"] + [f"services.{s.id}" for s in routing.services]
        current_keys = [self.list.item(i).data(KEY) for i in range(self.list.count())]
        if keys != current_keys:
            self.list.clear()
            for key in keys:
                item = QListWidgetItem()
                item.setData(KEY, key)
                self.list.addItem(item)
        lang = self.words.lang
        translate = self.words.translate
        the_centre = translate("AdminServices", "the centre")
        self.list.item(0).setText(f"{text_in(routing.centre.name, lang)} – {the_centre}")
        visiting = translate("AdminServices", "visiting")
        for i, service in enumerate(routing.services, start=1):
            kind = f" · {visiting}" if service.scheduled else ""
            item = self.list.item(i)
            letter = routing.ticket_prefix(service) or "?"
            item.setText(f"{text_in(service.name, lang) or '…'} ({letter}){kind}")
            item.setIcon(icon(service.icon))
        for i in range(self.list.count()):
            if self.list.item(i).data(KEY) == self.current:
                self.list.setCurrentRow(i)
        if self.list.currentRow() < 0:
            self.current = "centre"
            self.list.setCurrentRow(0)
        self._filling = False
        self._show_problems()

    def select(self, key: str) -> None:
        self.current = key if key.startswith("services.") else "centre"
        self._fill()
        self._show_item()

    def _chosen(self, item, _previous) -> None:
        if not self._filling and item is not None:
            self.current = item.data(KEY)
            self._show_item()

    def _service(self) -> Service | None:
        if self.current.startswith("services."):
            return self.draft.routing.service(self.current.split(".", 1)[1])
        return None

    def _show_item(self) -> None:
        routing = self.draft.routing
        service = self._service()
        lang = self.words.lang
        translate = self.words.translate
        if service is None:
            c = self.centre_page
            c.name.set_languages(routing.languages)
            c.name.set_texts(routing.centre.name)
            for code, box in c.language_boxes.items():
                box.setChecked(code in routing.languages)
                # The last one offered stays: a kiosk speaks at least one language.
                box.setEnabled(routing.languages != [code])
            c.hours.set_blocks(routing.centre.hours)
            c.fallback.clear()
            for s in routing.services:
                if not s.scheduled:
                    c.fallback.addItem(text_in(s.name, lang) or s.id, s.id)
            c.fallback.setCurrentIndex(c.fallback.findData(routing.fallback))
            if not self._holidays_shown:
                self._holidays_shown = True
                c.holidays.show_for(None)
            self.pages.setCurrentWidget(c)
            self.remove.setEnabled(False)
        else:
            s = self.service_page
            s.heading.setText(text_in(service.name, lang) or service.id)
            s.name.set_languages(routing.languages)
            s.name.set_texts(service.name)
            s.room.set_languages(routing.languages)
            s.room.set_texts(service.location)
            s.kind.setCurrentIndex(s.kind.findData(service.kind))
            s.prefix.setText(routing.ticket_prefix(service))
            s.prefix.setEnabled(not service.discreet)
            s.id.setText(service.id)
            s.discreet.setChecked(service.discreet)
            s.schedule_box.setVisible(service.scheduled)
            s.schedule.set_blocks(service.schedule)
            s.presence.setVisible(not service.scheduled)
            s.days_off.setVisible(service.scheduled)
            if service.scheduled:
                s.days_off.show_for(service.id)
            else:
                s.presence.show_for(service.id)
            users = edits.users_of_service(routing, service.id)
            if users:
                s.used_by.setText(
                    translate("AdminServices", "Answers that lead here: %1").replace(
                        "%1", ", ".join(self._answer_name(q, a) for q, a in users)
                    )
                )
            else:
                s.used_by.setText(
                    translate("AdminServices", "No answer leads here yet (choose it under Questions).")
                )
            self.pages.setCurrentWidget(s)
            self.remove.setEnabled(True)
        self._show_problems()

    def _answer_name(self, qid: str, aid: str) -> str:
        lang = self.words.lang
        question = self.draft.routing.question(qid)
        answer = question.answer(aid) if question else None
        return f"'{text_in(answer.label, lang) if answer else aid}' ({qid})"

    def _show_problems(self, _problems: object = None) -> None:
        routing = self.draft.routing
        by_item: dict[str, list] = {}
        for p in self.draft.problems:
            item = item_of(p.where, routing)
            by_item.setdefault("centre" if item == "fallback" else item, []).append(p)
        for i in range(self.list.count()):
            entry = self.list.item(i)
            problems = by_item.get(entry.data(KEY), [])
            text = entry.text().removeprefix("⚠ ")
            entry.setText(("⚠ " if problems else "") + text)
            entry.setForeground(QBrush(PROBLEM_COLOUR) if problems else QBrush())
            entry.setToolTip("\n".join(what(p, self.words) for p in problems))
        mine = by_item.get(self.current, [])
        lines = []
        for p in mine:
            field = field_of(p.where, self.current)
            label = {
                "name": self.words.translate("AdminServices", "Name"),
                "location": self.words.translate("AdminServices", "Room"),
                "schedule": self.words.translate("AdminServices", "Visiting times"),
                "hours": self.words.translate("AdminServices", "Opening hours"),
            }.get(field)
            lines.append(f"{label}: {what(p, self.words)}" if label else what(p, self.words))
        page = self.centre_page if self.current == "centre" else self.service_page
        page.problems.show_problems(lines)
        self._show_discretion_note()

    def _show_discretion_note(self) -> None:
        """A discreet service alone in its room on some weekdays: the open routing tells anyone so, and a
        number called there then names it (kiosk/core/routing/advice.py). Advice, not a problem."""
        note = self.service_page.discreet_note
        service = self._service()
        alone = advice.alone_days(self.draft.routing, service.id) if service is not None else []
        note.setVisible(bool(alone))
        if service is not None and alone:
            room = text_in(service.location, self.words.lang)
            days = ", ".join(weekday_word(day, self.words) for day in alone)
            words = self.words.translate(
                "AdminServices",
                "Only this service is in %1 on %2. Anyone can read that, so a number called to %1 then"
                " tells the waiting room who came for it. Share the room on those days if you can.",
            )
            note.setText(words.replace("%1", room).replace("%2", days))

    # -- edits -------------------------------------------------------------------------------------

    def _edit(self, key: str, change, merge: bool = False) -> None:
        self.draft.edit(key, change, merge=merge)

    def _edit_service(self, field: str, change, merge: bool = False) -> None:
        service = self._service()
        if service is not None:
            self.draft.edit(f"{self.current}.{field}", lambda _r: change(service), merge=merge)

    def _offer(self, lang: str, offered: bool) -> None:
        # Every text of the routing gains (or loses) that language: the key "" has every editor
        # show its item again, as after an undo.
        self._edit("", lambda r: edits.offer_language(r, lang, offered))

    def _set_kind(self, kind: str) -> None:
        service = self._service()
        if service is None or service.kind == kind:
            return

        def change(_r) -> None:
            service.kind = kind
            if kind == "scheduled" and not service.schedule:
                service.schedule = [ScheduleBlock("mon", "09:00", "12:00", 30)]
            if kind == "onsite":
                service.schedule = []

        self.draft.edit(f"{self.current}.kind", change)
        self._show_item()

    def _rename(self) -> None:
        service = self._service()
        new = self.service_page.id.text().strip()
        if service is None or new == service.id:
            return
        translate = self.words.translate
        if not _ID.match(new) or self.draft.routing.service(new) is not None:
            self.service_page.id.setText(service.id)
            self.message.emit(
                translate("AdminServices", "Not changed: the id must be new and use only a–z, 0–9, - and _.")
            )
            return
        old = service.id
        self.current = f"services.{new}"
        self.draft.edit(self.current, lambda r: edits.rename_service(r, old, new))

    def _add(self, kind: str) -> None:
        service = self.draft.edit("services", lambda r: edits.add_service(r, kind))
        self.select(f"services.{service.id}")

    def _remove(self) -> None:
        service = self._service()
        if service is None:
            return
        translate = self.words.translate
        users = edits.users_of_service(self.draft.routing, service.id)
        text = translate("AdminServices", "Remove '%1'?").replace(
            "%1", text_in(service.name, self.words.lang) or service.id
        )
        if users:
            text += " " + translate(
                "AdminServices", "%1 answers lead to it: they will show a problem until you change them."
            ).replace("%1", str(len(users)))
        if ask(
            self,
            translate("AdminServices", "Remove the service"),
            text,
            translate("AdminServices", "Remove"),
            translate("AdminServices", "Keep it"),
        ):
            self.draft.edit("services", lambda r: edits.remove_service(r, service.id))
            self.select("centre")

    def _draft_changed(self, key: str) -> None:
        self._fill()
        if key == "" or key in ("services",):
            self._show_item()
