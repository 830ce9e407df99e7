"""Access: Read aloud, speech mode and keypad operation of the visitor window (EN 301 549, 5.1).

A kiosk is closed functionality: the visitor cannot bring a screen reader, so the kiosk is one.
Everything said comes from the screens' `reading_order()`, the same widgets and words they show.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractButton, QApplication, QMenu, QWidget

from screens.common.scroll import ScrollPanel
from screens.visitor.base import can_focus, spoken_text
from screens.visitor.screen import Screen


class Move(Enum):
    NEXT = "next"
    PREVIOUS = "previous"
    CHOOSE = "choose"
    BACK = "back"
    REPEAT = "repeat"


K = Qt.Key
# A USB numeric keypad sends digits with NumLock on and arrows (5: Clear) with it off; both work.
# 8/4 and 2/6 are up/left and down/right: the focus moves in reading order, one step either way.
KEYS = {
    **dict.fromkeys((K.Key_Down, K.Key_Right, K.Key_2, K.Key_6, K.Key_Tab), Move.NEXT),
    **dict.fromkeys((K.Key_Up, K.Key_Left, K.Key_8, K.Key_4, K.Key_Backtab), Move.PREVIOUS),
    **dict.fromkeys((K.Key_Return, K.Key_Enter, K.Key_5, K.Key_Clear, K.Key_Space), Move.CHOOSE),
    **dict.fromkeys((K.Key_Backspace, K.Key_Minus, K.Key_0, K.Key_Insert), Move.BACK),
    **dict.fromkeys((K.Key_Plus, K.Key_Asterisk, K.Key_Period, K.Key_Delete), Move.REPEAT),
}


def _scroll_into_view(widget: QWidget) -> None:
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, ScrollPanel):
        parent = parent.parentWidget()
    if parent is not None:
        parent.ensure_visible(widget)


def speech_help() -> str:
    return QCoreApplication.translate(
        "Access",
        "Speech is on. Arrow keys move. Enter chooses. Minus goes back. Plus says it again.",
    )


class Access(QObject):
    """Wires a VisitorWindow, its flow, a Speaker and a Chime; holds no visit state of its own."""

    def __init__(self, window, flow, speaker, chime, parent: QObject | None = None):
        super().__init__(parent or window)
        self.window = window
        self.flow = flow
        self.speaker = speaker
        self.chime = chime
        window.topbar.readAloudPressed.connect(self.read_aloud)
        flow.screenChanged.connect(self._announce_screen)
        flow.languageChanged.connect(self._language_changed)
        flow.idleWarning.connect(self._idle_warning)
        flow.idleCancelled.connect(self._announce_screen)
        flow.speechModeChanged.connect(self._speech_mode_changed)
        flow.codeChanged.connect(self._code_changed)
        speaker.ready.connect(self._show_voice)
        self._show_voice()

    # -- what the window reports ------------------------------------------------------------------

    def read_aloud(self) -> None:
        """The Read aloud button: the whole screen, top to bottom."""
        self.speaker.say(self.window.spoken_items(), self.flow.lang)

    def touched(self) -> None:
        """A tap stops speech at once: the visitor has moved on."""
        self.speaker.stop()

    def key_pressed(self, event: QKeyEvent) -> bool:
        """Handle a key; True when it was ours (it then goes no further)."""
        move = KEYS.get(Qt.Key(event.key()))
        menu = self._open_menu()
        if menu is not None:
            return self._menu_key(menu, move)
        if not self.flow.speech_mode:
            # The first key of any kind switches speech on and says how to go on: someone who
            # cannot see the screen has no button to find first.
            self.flow.set_speech_mode(True)
            first = self._first()
            self._focus(first)
            self.speaker.say([speech_help(), *self._screen_words(first)], self.flow.lang)
            return True
        if self.window.countdown.isVisible():
            self.window.countdown.more.click()
            return True
        if move is Move.NEXT or move is Move.PREVIOUS:
            self._step(1 if move is Move.NEXT else -1)
        elif move is Move.CHOOSE:
            focused = QApplication.focusWidget()
            if isinstance(focused, QAbstractButton) and focused in self._order():
                focused.click()
                menu = self._open_menu()
                if menu is not None:  # the bar's language list opened: say where it starts
                    here = next((a for a in menu.actions() if a.data() == self.flow.lang), None)
                    self._say_language(menu, here or menu.actions()[0])
        elif move is Move.BACK:
            self._back()
        elif move is Move.REPEAT:
            self.speaker.say(self._screen_words(), self.flow.lang)
        return move is not None

    # -- inner workings ----------------------------------------------------------------------------

    def _open_menu(self) -> QMenu | None:
        menu = self.window.topbar.menu
        return menu if menu is not None and menu.isVisible() and menu.actions() else None

    def _menu_key(self, menu: QMenu, move: Move | None) -> bool:
        """The bar's language list, open: the keypad moves through it (each language said in its
        own voice, or not at all where there is none), Enter chooses, minus closes it."""
        self.flow.set_speech_mode(True)
        actions = menu.actions()
        active = menu.activeAction()
        if move is Move.NEXT or move is Move.PREVIOUS:
            at = actions.index(active) if active in actions else -1
            self._say_language(menu, actions[(at + (1 if move is Move.NEXT else -1)) % len(actions)])
        elif move is Move.CHOOSE:
            menu.close()
            if active is not None:
                active.trigger()
        elif move is Move.BACK:
            menu.close()
            button = self.window.topbar.language_menu
            self._focus(button)
            self.speaker.say(spoken_text(button), self.flow.lang)
        elif move is Move.REPEAT and active is not None:
            self._say_language(menu, active)
        return move is not None

    def _say_language(self, menu: QMenu, action) -> None:
        menu.setActiveAction(action)
        self.speaker.say(action.text(), action.data())

    def _order(self) -> list[QWidget]:
        """Where the keypad goes: the countdown's button alone, or the screen's controls then the bar's."""
        if self.window.countdown.isVisible():
            return [self.window.countdown.more]
        own = self.window.current.focus_order()
        return [w for w in (*own, *self.window.topbar.focus_order()) if can_focus(w)]

    def _first(self) -> QWidget | None:
        order = self._order()
        return order[0] if order else None

    def _step(self, by: int) -> None:
        order = self._order()
        if not order:
            return
        focused = QApplication.focusWidget()
        at = order.index(focused) if focused in order else (-1 if by > 0 else 0)
        target = order[(at + by) % len(order)]
        self._focus(target)
        # Each move says the one item reached, and only that (a screen reader's "next item"); a
        # language's button says its name in its own voice, never in the current language's.
        bars = (self.window.topbar.languages, self.window.welcome.languages)
        own = (code for bar in bars for code, button in bar.buttons.items() if button is target)
        lang = next(own, self.flow.lang)
        self.speaker.say(spoken_text(target), lang)

    def _back(self) -> None:
        """Minus or 0: what the screen's own Back button does (nothing on a screen without one)."""
        flow = self.flow
        if flow.screen == Screen.CHECKIN and flow.check_in_error is not None:
            flow.try_code_again()
            return
        back = {
            Screen.QUESTION: flow.back,
            Screen.SCHEDULED: flow.start_over,
            Screen.SLOTS: flow.back_from_slots,
            Screen.CONFIRM: flow.other_time,
            Screen.SERVICES: flow.back_to_closed,
            Screen.CHECKIN: flow.back_to_start,
            Screen.CLOSED: flow.back_to_start,
        }.get(flow.screen)
        if back is not None:
            back()

    def _code_changed(self, _code: str) -> None:
        """On the code keypad, each key typed says the code so far: nobody has to see it."""
        if self.flow.speech_mode and self.flow.screen == Screen.CHECKIN:
            self.speaker.say(self.window.checkin.code_spoken(), self.flow.lang)

    def _focus(self, widget: QWidget | None) -> None:
        """Move the focus (and the view, if it scrolls); the caller says what is to be said."""
        if widget is None:
            return
        if not self.window.isActiveWindow():
            # Disabling the focused button while a ticket is asked for can leave no active window;
            # the kiosk is the only window there is, so it takes the keyboard back.
            self.window.activateWindow()
        widget.setFocus(Qt.FocusReason.TabFocusReason)
        _scroll_into_view(widget)

    def _screen_words(self, focused: QWidget | None = None) -> list[str]:
        """The screen's words that are not controls, then the control in focus."""
        if self.window.countdown.isVisible():
            return self.window.countdown.spoken_items()
        order = self.window.current.reading_order()
        words = [spoken_text(w) for w in order if not w.isHidden() and not can_focus(w)]
        focused = focused or QApplication.focusWidget()
        if focused is not None and focused in self._order():
            words.append(spoken_text(focused))
        return [w for w in words if w] or self.window.spoken_items()

    def _announce_screen(self, *_args) -> None:
        """A new screen (or the same one after the countdown): stop, and in speech mode put the
        focus on its first control and read it with that control."""
        self.speaker.stop()
        if self.flow.speech_mode:
            first = self._first()
            self._focus(first)
            self.speaker.say(self._screen_words(first), self.flow.lang)

    def _show_voice(self) -> None:
        """Read aloud says visibly when the visit's language has no voice here (it is then silent)."""
        self.window.topbar.set_voice(self.speaker.has_voice(self.flow.lang))

    def _language_changed(self, _lang: str) -> None:
        self._show_voice()
        if self.flow.speech_mode:
            self.speaker.say(self._screen_words(), self.flow.lang)

    def _idle_warning(self, _seconds: int) -> None:
        # More than one sense (WCAG 2.2.1, EN 301 549 5.1.3): seen, heard as a chime, and spoken.
        self.chime.play()
        self.speaker.say(self.window.countdown.spoken_items(), self.flow.lang)

    def _speech_mode_changed(self, on: bool) -> None:
        self.window.set_keyboard_mode(on)
