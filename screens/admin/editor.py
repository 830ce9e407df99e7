"""RoutingEditor: the questions as a tree (question -> answers -> where each leads), and the selected
item's texts side by side in every language, its icon and where it leads, with its problems beside it."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kiosk.core.routing import Answer, Question
from screens.admin import edits
from screens.admin.draft import Draft
from screens.admin.edits import field_of, item_of
from screens.admin.icons import IconPicker, icon
from screens.admin.leads_to import LeadsTo, text_in
from screens.admin.problem_words import what
from screens.admin.texts import LangTexts
from screens.admin.words import AdminWords
from screens.common.wrapping import WrappingLabel

KEY = Qt.ItemDataRole.UserRole
PROBLEM_COLOUR = QColor("#8A1020")
_ID = re.compile(r"^[a-z0-9][a-z0-9_-]*$")


def _answer_key(qid: str, aid: str) -> str:
    return f"questions.{qid}.answers.{aid}"


class ItemProblems(WrappingLabel):
    """The problems of one item (or one of its fields), in plain words; hidden when there are none."""

    def __init__(self, parent=None):
        super().__init__(parent=parent)
        self.setObjectName("ItemProblems")
        self.hide()

    def show_problems(self, lines: list[str]) -> None:
        self.setText("\n".join(f"⚠ {line}" for line in lines))
        self.setVisible(bool(lines))


class QuestionPanel(QWidget):
    def __init__(self, words: AdminWords, parent=None):
        super().__init__(parent)
        self.heading = WrappingLabel()
        self.heading.setProperty("role", "heading")
        self.problems = ItemProblems()
        self.id = QLineEdit(objectName="QuestionId")
        self.id_note = WrappingLabel()
        self.id_note.setProperty("role", "muted")
        self.first = QCheckBox(objectName="FirstQuestion")
        self.text = LangTexts(words)
        self.text_problems = ItemProblems()
        self.help = LangTexts(words, optional=True)
        self.text_label, self.help_label, self.id_label = QLabel(), QLabel(), QLabel()
        for label in (self.text_label, self.help_label):
            label.setProperty("role", "lang")
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.problems)
        layout.addWidget(self.text_label)
        layout.addWidget(self.text)
        layout.addWidget(self.text_problems)
        layout.addWidget(self.help_label)
        layout.addWidget(self.help)
        form = QFormLayout()
        form.addRow(self.id_label, self.id)
        form.addRow("", self.id_note)
        form.addRow("", self.first)
        layout.addLayout(form)
        layout.addStretch(1)


class AnswerPanel(QWidget):
    def __init__(self, words: AdminWords, parent=None):
        super().__init__(parent)
        self.heading = WrappingLabel()
        self.heading.setProperty("role", "heading")
        self.problems = ItemProblems()
        self.label_label, self.help_label = QLabel(), QLabel()
        for label in (self.label_label, self.help_label):
            label.setProperty("role", "lang")
        self.label = LangTexts(words)
        self.label_problems = ItemProblems()
        self.help = LangTexts(words, optional=True)
        self.icon_view = QLabel(objectName="IconView")
        self.icon_name = QLabel()
        self.choose_icon = QPushButton(objectName="ChooseIcon")
        self.leads_box = QGroupBox()
        self.leads = LeadsTo(words)
        self.leads_problems = ItemProblems()
        box = QVBoxLayout(self.leads_box)
        box.addWidget(self.leads_problems)
        box.addWidget(self.leads)
        self.id_label = QLabel()
        self.id = QLineEdit(objectName="AnswerId")
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.problems)
        layout.addWidget(self.label_label)
        layout.addWidget(self.label)
        layout.addWidget(self.label_problems)
        layout.addWidget(self.help_label)
        layout.addWidget(self.help)
        icon_row = QHBoxLayout()
        icon_row.addWidget(self.icon_view)
        icon_row.addWidget(self.icon_name)
        icon_row.addWidget(self.choose_icon)
        icon_row.addStretch(1)
        icon_row.addWidget(self.id_label)
        icon_row.addWidget(self.id)
        layout.addLayout(icon_row)
        layout.addWidget(self.leads_box)
        layout.addStretch(1)


class RoutingEditor(QWidget):
    """Edits `draft`'s questions; `selected(item key)` tells the window (the preview) what is chosen."""

    selected = Signal(str)
    message = Signal(str)
    """Something to tell the manager in the status line (an edit refused, and why)."""

    def __init__(self, draft: Draft, words: AdminWords, parent=None):
        super().__init__(parent)
        self.draft = draft
        self.words = words
        self.current = ""
        self._filling = False
        self.tree = QTreeWidget(objectName="QuestionTree")
        self.tree.setHeaderHidden(True)
        self.tree.setMinimumWidth(300)
        self.tree.currentItemChanged.connect(self._tree_selected)
        self.add_question = QPushButton(objectName="AddQuestion")
        self.add_answer = QPushButton(objectName="AddAnswer")
        self.move_up = QPushButton("↑", objectName="MoveUp")
        self.move_down = QPushButton("↓", objectName="MoveDown")
        self.remove = QPushButton(objectName="Remove")
        self.add_question.clicked.connect(self._add_question)
        self.add_answer.clicked.connect(self._add_answer)
        self.move_up.clicked.connect(lambda: self._move(-1))
        self.move_down.clicked.connect(lambda: self._move(1))
        self.remove.clicked.connect(self._remove)
        left = QVBoxLayout()
        left.addWidget(self.tree, 1)
        row1 = QHBoxLayout()
        row1.addWidget(self.add_question)
        row1.addWidget(self.add_answer)
        row2 = QHBoxLayout()
        row2.addWidget(self.move_up)
        row2.addWidget(self.move_down)
        row2.addWidget(self.remove, 1)
        left.addLayout(row1)
        left.addLayout(row2)

        self.empty = WrappingLabel(alignment=Qt.AlignmentFlag.AlignCenter)
        self.question_panel = QuestionPanel(words)
        self.answer_panel = AnswerPanel(words)
        self.pages = QStackedWidget()
        for page in (self.empty, self.question_panel, self.answer_panel):
            self.pages.addWidget(page)
        scroll = QScrollArea(widgetResizable=True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self.pages)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(left, 0)
        layout.addWidget(scroll, 1)

        q, a = self.question_panel, self.answer_panel
        q.text.edited.connect(lambda lang, value: self._set_text("text", lang, value))
        q.help.edited.connect(lambda lang, value: self._set_text("help", lang, value))
        q.id.editingFinished.connect(self._rename_question)
        q.first.clicked.connect(self._set_first)
        a.label.edited.connect(lambda lang, value: self._set_text("label", lang, value))
        a.help.edited.connect(lambda lang, value: self._set_text("help", lang, value))
        a.id.editingFinished.connect(self._rename_answer)
        a.choose_icon.clicked.connect(self._choose_icon)
        a.leads.nextChosen.connect(self._set_next)
        a.leads.routeChanged.connect(self._set_route)
        a.leads.priorityChanged.connect(self._set_priority)

        draft.changed.connect(self._draft_changed)
        draft.problemsChanged.connect(self._show_problems)
        words.languageChanged.connect(self.translateUI)
        self.translateUI()
        self._rebuild()

    # -- words ----------------------------------------------------------------------------------------

    def translateUI(self, _lang: str = "") -> None:
        translate = self.words.translate
        self.add_question.setText(translate("AdminEditor", "Add question"))
        self.add_answer.setText(translate("AdminEditor", "Add answer"))
        self.move_up.setToolTip(translate("AdminEditor", "Move up"))
        self.move_down.setToolTip(translate("AdminEditor", "Move down"))
        self.remove.setText(translate("AdminEditor", "Remove"))
        self.empty.setText(translate("AdminEditor", "Choose a question or an answer on the left."))
        q, a = self.question_panel, self.answer_panel
        q.text_label.setText(translate("AdminEditor", "Question"))
        q.help_label.setText(translate("AdminEditor", "Help text under the question (optional)"))
        q.id_label.setText(translate("AdminEditor", "Id:"))
        q.id_note.setText(translate("AdminEditor", "A short name for the computer: a–z, 0–9, - and _."))
        q.first.setText(translate("AdminEditor", "This is the first question"))
        a.label_label.setText(translate("AdminEditor", "Answer button"))
        a.help_label.setText(translate("AdminEditor", "Help text on the button (optional)"))
        a.choose_icon.setText(translate("AdminEditor", "Choose icon…"))
        a.id_label.setText(translate("AdminEditor", "Id:"))
        a.leads_box.setTitle(translate("AdminEditor", "Leads to"))
        self._rebuild()
        self._show_item()

    # -- the tree -------------------------------------------------------------------------------------

    def _question_title(self, index: int, question: Question) -> str:
        return f"{index}. {text_in(question.text, self.words.lang) or '…'}"

    def _answer_title(self, answer: Answer) -> str:
        lang = self.words.lang
        routing = self.draft.routing
        if answer.next is not None:
            target = routing.question(answer.next)
            leads = f"→ {text_in(target.text, lang) if target else answer.next}"
        elif answer.route:
            names = []
            for sid in answer.route:
                service = routing.service(sid)
                names.append(text_in(service.name, lang) if service else sid)
            leads = "→ " + ", ".join(names)
        else:
            leads = "→ ?"
        return f"{text_in(answer.label, lang) or '…'}  {leads}"

    def _keys(self) -> list[str]:
        keys = []
        for q in self.draft.routing.questions:
            keys.append(f"questions.{q.id}")
            keys += [_answer_key(q.id, a.id) for a in q.answers]
        return keys

    def _tree_keys(self) -> list[str]:
        keys = []
        for i in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(i)
            keys.append(top.data(0, KEY))
            keys += [top.child(j).data(0, KEY) for j in range(top.childCount())]
        return keys

    def _rebuild(self) -> None:
        """The tree from the draft: in place when only words changed, else built again."""
        self._filling = True
        if self._tree_keys() != self._keys():
            self.tree.clear()
            for q in self.draft.routing.questions:
                top = QTreeWidgetItem([""])
                top.setData(0, KEY, f"questions.{q.id}")
                self.tree.addTopLevelItem(top)
                for a in q.answers:
                    child = QTreeWidgetItem([""])
                    child.setData(0, KEY, _answer_key(q.id, a.id))
                    top.addChild(child)
            self.tree.expandAll()
        for i, q in enumerate(self.draft.routing.questions):
            top = self.tree.topLevelItem(i)
            top.setText(0, self._question_title(i + 1, q))
            top.setIcon(0, icon("help" if q.id != self.draft.routing.start else "home"))
            for j, a in enumerate(q.answers):
                child = top.child(j)
                child.setText(0, self._answer_title(a))
                child.setIcon(0, icon(a.icon))
        item = self._find(self.current)
        if item is not None:
            self.tree.setCurrentItem(item)
        self._filling = False
        self._show_problems()

    def _find(self, key: str) -> QTreeWidgetItem | None:
        for i in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(i)
            if top.data(0, KEY) == key:
                return top
            for j in range(top.childCount()):
                if top.child(j).data(0, KEY) == key:
                    return top.child(j)
        return None

    def select(self, key: str) -> None:
        """Show an item (a problem clicked in the list, a test)."""
        self.current = key
        item = self._find(key)
        if item is not None:
            self._filling = True
            self.tree.setCurrentItem(item)
            self._filling = False
        self._show_item()
        self.selected.emit(key)

    def _tree_selected(self, item: QTreeWidgetItem | None, _previous) -> None:
        if self._filling or item is None:
            return
        self.select(item.data(0, KEY))

    # -- the selected item ------------------------------------------------------------------------

    def _selected_parts(self) -> tuple[Question | None, Answer | None]:
        parts = self.current.split(".")
        routing = self.draft.routing
        if len(parts) >= 2 and parts[0] == "questions":
            question = routing.question(parts[1])
            if question is not None and len(parts) == 4:
                return question, question.answer(parts[3])
            return question, None
        return None, None

    def _show_item(self) -> None:
        question, answer = self._selected_parts()
        routing = self.draft.routing
        translate = self.words.translate
        if answer is not None:
            a = self.answer_panel
            a.heading.setText(
                translate("AdminEditor", "Answer in question '%1'").replace(
                    "%1", text_in(question.text, self.words.lang)
                )
            )
            a.label.set_languages(routing.languages)
            a.label.set_texts(answer.label)
            a.help.set_languages(routing.languages)
            a.help.set_texts(answer.help)
            a.id.setText(answer.id)
            pixmap = icon(answer.icon).pixmap(40, 40)
            a.icon_view.setPixmap(pixmap)
            a.icon_name.setText(answer.icon or translate("AdminEditor", "No icon"))
            a.leads.show_answer(routing, answer)
            self.pages.setCurrentWidget(a)
        elif question is not None:
            q = self.question_panel
            q.heading.setText(translate("AdminEditor", "Question '%1'").replace("%1", question.id))
            q.text.set_languages(routing.languages)
            q.text.set_texts(question.text)
            q.help.set_languages(routing.languages)
            q.help.set_texts(question.help)
            q.id.setText(question.id)
            q.first.setChecked(routing.start == question.id)
            q.first.setEnabled(routing.start != question.id)
            self.pages.setCurrentWidget(q)
        else:
            self.pages.setCurrentWidget(self.empty)
        self._update_buttons()
        self._show_problems()

    def _update_buttons(self) -> None:
        question, _answer = self._selected_parts()
        self.add_answer.setEnabled(question is not None)
        self.remove.setEnabled(question is not None)
        self.move_up.setEnabled(question is not None)
        self.move_down.setEnabled(question is not None)

    def _show_problems(self, _problems: object = None) -> None:
        """Mark each tree item that has problems (a sign and words, not colour alone), and list the
        selected item's beside its fields."""
        routing = self.draft.routing
        by_item: dict[str, list] = {}
        for problem in self.draft.problems:
            by_item.setdefault(item_of(problem.where, routing), []).append(problem)
        for i in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(i)
            items = [top] + [top.child(j) for j in range(top.childCount())]
            for item in items:
                problems = by_item.get(item.data(0, KEY), [])
                text = item.text(0).removeprefix("⚠ ")
                item.setText(0, ("⚠ " if problems else "") + text)
                item.setForeground(0, QBrush(PROBLEM_COLOUR) if problems else QBrush())
                item.setToolTip(0, "\n".join(what(p, self.words) for p in problems))
        mine = by_item.get(self.current, [])

        def lines(fields: tuple[str, ...], *, other: bool = False) -> list[str]:
            out = []
            for p in mine:
                field = field_of(p.where, self.current)
                if (field in fields) != other:
                    out.append(what(p, self.words))
            return out

        _question, answer = self._selected_parts()
        if answer is not None:
            a = self.answer_panel
            a.label_problems.show_problems(lines(("label", "help")))
            a.leads_problems.show_problems(lines(("next", "route", "priority")))
            a.problems.show_problems(lines(("label", "help", "next", "route", "priority"), other=True))
        else:
            q = self.question_panel
            q.text_problems.show_problems(lines(("text", "help")))
            q.problems.show_problems(lines(("text", "help"), other=True))

    def _draft_changed(self, key: str) -> None:
        if key == "" or not key.startswith(self.current) or self.current == "":
            self._rebuild()
            if key == "":
                if self._find(self.current) is None:
                    self.current = ""
                self._show_item()
        else:
            self._rebuild()

    # -- edits ----------------------------------------------------------------------------------------

    def _set_text(self, field: str, lang: str, value: str) -> None:
        question, answer = self._selected_parts()
        target = answer if answer is not None else question
        if target is None:
            return

        def change(_routing) -> None:
            text = getattr(target, field)
            if text is None:
                text = {}
                setattr(target, field, text)
            text[lang] = value
            if field == "help" and not any(v.strip() for v in text.values()):
                setattr(target, field, None)

        self.draft.edit(f"{self.current}.{field}.{lang}", change, merge=True)

    def _rename_question(self) -> None:
        question, _ = self._selected_parts()
        new = self.question_panel.id.text().strip()
        if question is None or new == question.id:
            return
        if not self._good_id(new, {q.id for q in self.draft.routing.questions}):
            self.question_panel.id.setText(question.id)
            return
        old = question.id
        self.current = f"questions.{new}"
        self.draft.edit(self.current, lambda r: edits.rename_question(r, old, new))
        self._show_item()

    def _rename_answer(self) -> None:
        question, answer = self._selected_parts()
        new = self.answer_panel.id.text().strip()
        if answer is None or new == answer.id:
            return
        if not self._good_id(new, {a.id for a in question.answers}):
            self.answer_panel.id.setText(answer.id)
            return
        old = answer.id
        self.current = _answer_key(question.id, new)
        self.draft.edit(self.current, lambda r: edits.rename_answer(r, question.id, old, new))
        self._show_item()

    def _good_id(self, new: str, taken: set[str]) -> bool:
        translate = self.words.translate
        if not _ID.match(new):
            message = translate("AdminEditor", "Not changed: an id may have only a–z, 0–9, - and _.")
        elif new in taken:
            message = translate("AdminEditor", "Not changed: that id is already used here.")
        else:
            return True
        self.message.emit(message)
        return False

    def _set_first(self) -> None:
        question, _ = self._selected_parts()
        if question is not None:
            self.draft.edit("start", lambda r: setattr(r, "start", question.id))
            self._show_item()

    def _choose_icon(self) -> None:
        _, answer = self._selected_parts()
        if answer is None:
            return
        picker = IconPicker(self.words, answer.icon, self)
        if picker.exec():
            chosen = picker.chosen or None
            self.draft.edit(f"{self.current}.icon", lambda _r: setattr(answer, "icon", chosen))
            self._show_item()

    def _set_next(self, qid: str) -> None:
        _, answer = self._selected_parts()
        if answer is not None and qid:

            def change(_r) -> None:
                answer.next, answer.route = qid, None

            self.draft.edit(f"{self.current}.next", change)

    def _set_route(self, route: list) -> None:
        _, answer = self._selected_parts()
        if answer is not None:

            def change(_r) -> None:
                answer.next, answer.route = None, list(route)

            self.draft.edit(f"{self.current}.route", change)

    def _set_priority(self, value: int) -> None:
        _, answer = self._selected_parts()
        if answer is not None and answer.priority != value:
            self.draft.edit(
                f"{self.current}.priority", lambda _r: setattr(answer, "priority", value), merge=True
            )

    def _add_question(self) -> None:
        question, _ = self._selected_parts()
        after = question.id if question else None
        new = self.draft.edit("questions", lambda r: edits.add_question(r, after))
        self.select(f"questions.{new.id}")

    def _add_answer(self) -> None:
        question, answer = self._selected_parts()
        if question is None:
            return
        after = answer.id if answer else None
        new = self.draft.edit(f"questions.{question.id}", lambda r: edits.add_answer(r, question.id, after))
        if new is not None:
            self.select(_answer_key(question.id, new.id))

    def _move(self, delta: int) -> None:
        question, answer = self._selected_parts()
        if question is None:
            return
        if answer is not None:
            index = question.answers.index(answer)
            self.draft.edit(f"questions.{question.id}", lambda _r: edits.move(question.answers, index, delta))
        else:
            index = self.draft.routing.questions.index(question)
            self.draft.edit("questions", lambda r: edits.move(r.questions, index, delta))
        self.select(self.current)

    def _remove(self) -> None:
        question, answer = self._selected_parts()
        if answer is not None:
            self.draft.edit(
                f"questions.{question.id}", lambda r: edits.remove_answer(r, question.id, answer.id)
            )
            self.select(f"questions.{question.id}")
        elif question is not None:
            self.draft.edit("questions", lambda r: edits.remove_question(r, question.id))
            self.select("")
