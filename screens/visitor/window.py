"""VisitorWindow: the stack of visitor screens and the countdown, wired to a VisitFlow."""

from __future__ import annotations

from collections.abc import Callable
from importlib import import_module

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QLayout, QStackedWidget, QVBoxLayout, QWidget

from screens.common.buttons import BigButton
from screens.common.countdown import Countdown
from screens.common.i18n import Translations
from screens.common.language import layout_direction
from screens.common.sound import Chime
from screens.common.speech import Speaker
from screens.common.theme import LARGER_TEXT, scale_for, stylesheet
from screens.common.window_events import follow, watch
from screens.visitor.access import Access
from screens.visitor.flow import VisitFlow
from screens.visitor.offline import OfflineView
from screens.visitor.screen import Screen
from screens.visitor.topbar import TopBar
from screens.visitor.welcome import WelcomeScreen

CHOOSE_LANGUAGE = "Choose your language"
"""The welcome screen's prompt (translated there, in `Visitor`), also shown in the other languages."""

_PRESS, _TOUCH, _KEY = QEvent.Type.MouseButtonPress, QEvent.Type.TouchBegin, QEvent.Type.KeyPress
NOTE_MS = 60_000
"""How often the welcome screen's closed note is worded again (it names the next opening)."""
FIRST_FRAME_MS = 300
"""After the first frame: the question and ticket screens are built and the chime is loaded then (and
the kiosk's app opens the speech then)."""

SCREENS: dict[Screen, tuple[str, str]] = {
    Screen.WELCOME: ("screens.visitor.welcome", "WelcomeScreen"),
    Screen.OFFLINE: ("screens.visitor.offline", "OfflineView"),
    Screen.QUESTION: ("screens.visitor.question", "QuestionScreen"),
    Screen.TICKET: ("screens.visitor.ticket", "TicketScreen"),
    Screen.SCHEDULED: ("screens.visitor.scheduled", "ScheduledScreen"),
    Screen.CLOSED: ("screens.visitor.closed", "ClosedScreen"),
    Screen.SERVICES: ("screens.visitor.services", "ServicesScreen"),
    Screen.SLOTS: ("screens.visitor.slots", "SlotsScreen"),
    Screen.CONFIRM: ("screens.visitor.confirm", "ConfirmScreen"),
    Screen.BOOKING: ("screens.visitor.booking", "BookingScreen"),
    Screen.CHECKIN: ("screens.visitor.checkin", "CheckInScreen"),
}
"""Each screen's module and class. Only the welcome and offline screens are built with the window;
the question and ticket screens just after its first frame; the rest (booking, check-in, closed, ...)
the first time they are shown or asked for (`VisitorWindow.screen`), so a start does not wait for them."""

PRESSES: dict[Screen, dict[str, str]] = {
    Screen.WELCOME: {
        "startPressed": "start",
        "languageChosen": "choose_language",
        "bookedPressed": "open_check_in",
    },
    Screen.QUESTION: {
        "answered": "answer",
        "backPressed": "back",
        "startOverPressed": "start_over",
        "talkPressed": "talk",
    },
    Screen.TICKET: {"donePressed": "done"},
    Screen.SCHEDULED: {"deskPressed": "desk_ticket", "startOverPressed": "start_over"},
    Screen.CLOSED: {"bookPressed": "book_later", "startPressed": "back_to_start"},
    Screen.SERVICES: {"chosen": "choose_service", "backPressed": "back_to_closed"},
    Screen.SLOTS: {
        "slotChosen": "choose_slot",
        "laterPressed": "later_times",
        "earlierPressed": "earlier_times",
        "deskPressed": "desk_ticket",
        "backPressed": "back_from_slots",
    },
    Screen.CONFIRM: {"bookPressed": "confirm_booking", "otherPressed": "other_time"},
    Screen.BOOKING: {"donePressed": "done"},
    Screen.CHECKIN: {
        "signPressed": "type_sign",
        "deletePressed": "delete_sign",
        "clearPressed": "clear_code",
        "checkInPressed": "check_in",
        "backPressed": "back_to_start",
        "deskPressed": "desk_ticket",
        "againPressed": "try_code_again",
    },
}
"""What each screen's signals ask of the flow (signal name: VisitFlow method)."""
BUSY_AGAIN = (Screen.QUESTION, Screen.CLOSED, Screen.SERVICES, Screen.SLOTS, Screen.CONFIRM, Screen.CHECKIN)
"""The screens told again on every change of screen whether the hub is being asked (those built)."""


class _Built:
    """`window.checkin` and the like: the screen, built the first time it is asked for."""

    def __init__(self, name: Screen):
        self.name = name

    def __get__(self, window: VisitorWindow | None, _owner=None):
        return self if window is None else window.screen(self.name)


class VisitorWindow(QWidget):
    """Shows the flow's screen; any touch or key tells the flow the visitor is still here.

    `speaker` and `chime` default to the machine's own (silent where it has none). `size`, the size
    it will be shown at, styles it for that size from the start: every widget styled once, not again
    when the window is first shown.
    """

    welcome: WelcomeScreen = _Built(Screen.WELCOME)
    offline: OfflineView = _Built(Screen.OFFLINE)
    question = _Built(Screen.QUESTION)
    ticket = _Built(Screen.TICKET)
    scheduled = _Built(Screen.SCHEDULED)
    closed = _Built(Screen.CLOSED)
    services = _Built(Screen.SERVICES)
    slots = _Built(Screen.SLOTS)
    confirm = _Built(Screen.CONFIRM)
    booking = _Built(Screen.BOOKING)
    checkin = _Built(Screen.CHECKIN)

    def __init__(
        self,
        flow: VisitFlow,
        parent: QWidget | None = None,
        *,
        countdown_tick_ms: int = 1000,
        size: tuple[int, int] | None = None,
        speaker: Speaker | None = None,
        chime: Chime | None = None,
    ):
        super().__init__(parent)
        self.setObjectName("VisitorWindow")
        self.setProperty("keyboard", "false")
        self.flow = flow
        self.translations = Translations(self)
        self.topbar = TopBar()
        self.screens: dict[Screen, QWidget] = {}
        """The screens built so far (see SCREENS); `screen(name)` builds one."""
        # What fills each screen from the flow before it shows; the closed and booking screens take
        # words the flow makes (`_refresh_words`), the offline one whether the hub knows the kiosk.
        self._fills: dict[Screen, Callable[[], None]] = {
            Screen.WELCOME: self._fill_welcome,
            Screen.QUESTION: self._fill_question,
            Screen.TICKET: self._fill_ticket,
            Screen.SCHEDULED: self._fill_scheduled,
            Screen.SERVICES: self._fill_services,
            Screen.SLOTS: self._fill_slots,
            Screen.CONFIRM: self._fill_confirm,
            Screen.CHECKIN: self._fill_checkin,
            Screen.CLOSED: self._refresh_words,
            Screen.BOOKING: self._refresh_words,
            Screen.OFFLINE: self._fill_offline,
        }
        self.stack = QStackedWidget()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        # The window is the screen: screens must fit it (a test checks), never push it larger.
        layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        layout.setSpacing(0)
        layout.addWidget(self.topbar)
        layout.addWidget(self.stack, 1)
        self.countdown = Countdown(self, tick_ms=countdown_tick_ms)
        self._theme: tuple = ()
        if size is not None:
            self.resize(*size)  # styled for that size at once, not restyled when first shown
        self.apply_theme()
        self.screen(Screen.OFFLINE)
        self.screen(Screen.WELCOME)

        self.topbar.languageChosen.connect(flow.choose_language)
        self.topbar.largerTextToggled.connect(flow.set_larger_text)
        self.countdown.moreTime.connect(flow.touched)
        self.countdown.expired.connect(flow.idle_expired)

        flow.screenChanged.connect(self.show_screen)
        flow.languageChanged.connect(self.set_language)
        flow.codeChanged.connect(self._code_changed)
        flow.idleWarning.connect(self.countdown.start)
        flow.idleCancelled.connect(self.countdown.stop)
        flow.largerTextChanged.connect(self.set_larger_text)
        self.chime = chime or Chime(parent=self)
        self.access = Access(self, flow, speaker or Speaker(parent=self), self.chime)

        self._note_timer = QTimer(self, interval=NOTE_MS)
        self._note_timer.timeout.connect(self._refresh_note)
        self._note_timer.start()

        watch(self, self)  # touches and keys anywhere in this window (see eventFilter)
        self.set_language(flow.lang)
        self.show_screen(flow.screen)
        self._first_frame = False

    def screen(self, name: Screen) -> QWidget:
        """The screen `name`, built (and wired to the flow) the first time it is asked for."""
        built = self.screens.get(name)
        if built is not None:
            return built
        module, cls = SCREENS[name]
        widget = getattr(import_module(module), cls)()
        flow = self.flow
        for signal, move in PRESSES.get(name, {}).items():
            getattr(widget, signal).connect(getattr(flow, move))
        if hasattr(widget, "set_busy"):
            flow.busyChanged.connect(widget.set_busy)
            widget.set_busy(flow.busy)
        widget.lang = flow.lang
        widget.set_orientation(bool(self.topbar.portrait))  # None until the first resize: landscape
        if flow.larger_text:
            widget.set_larger_text(True)
        self.screens[name] = widget
        self.stack.addWidget(widget)
        return widget

    def _after_first_frame(self) -> None:
        """What a visitor may soon need, ready before the first tap: the question and ticket screens,
        and the chime's audio output."""
        self.screen(Screen.QUESTION)
        self.screen(Screen.TICKET)
        self.chime.load()

    @property
    def current(self) -> QWidget:
        return self.stack.currentWidget()

    def apply_theme(self, force: bool = False) -> None:
        """Fill the theme for this window's size and text size; sizes shrink on small screens, touch
        targets do not."""
        sized = self.isVisible() or self.testAttribute(Qt.WidgetAttribute.WA_Resized)
        scale = scale_for(max(self.width(), 1), max(self.height(), 1)) if sized else 1.0
        text = LARGER_TEXT if self.flow.larger_text else 1.0
        wanted = (round(scale, 1), text)
        if force or wanted != self._theme:
            self._theme = wanted
            self.setStyleSheet(stylesheet(scale, text))
            self.topbar.fit()  # the buttons' sizes changed: the languages may need a row of their own

    def set_larger_text(self, on: bool) -> None:
        self.topbar.set_larger_text(on)
        for screen in self.screens.values():
            screen.set_larger_text(on)
        self.apply_theme()

    def set_keyboard_mode(self, on: bool) -> None:
        """Show the keypad's focus ring (only once a key is used: touch visitors never see it)."""
        self.setProperty("keyboard", "true" if on else "false")
        # Only the buttons' borders depend on it: polish them again, not the whole window.
        for button in self.findChildren(BigButton):
            button.style().unpolish(button)
            button.style().polish(button)

    def _other_prompts(self, lang: str) -> list[str]:
        """The welcome screen's "Choose your language" in every language but `lang`."""
        languages = self.flow.routing.languages if self.flow.routing is not None else []
        return [
            self.translations.text_in(other, "Visitor", CHOOSE_LANGUAGE)
            for other in languages
            if other != lang
        ]

    def set_language(self, lang: str) -> None:
        # Arabic lays every screen out right to left (the registry says which languages do); the
        # screens keep numbers, codes, times and QR codes left to right themselves.
        self.setLayoutDirection(layout_direction(lang))
        self.welcome.other_prompts = self._other_prompts(lang)
        for screen in self.screens.values():
            screen.lang = lang
        self.topbar.set_current_language(lang)
        self.translations.switch(lang)
        self._refresh_note()
        self._refresh_words()

    def _refresh_note(self) -> None:
        self.welcome.set_note(self.flow.welcome_note())

    def _refresh_words(self) -> None:
        """Words the flow makes rather than the screens' translateUI: the closed screen's opening,
        the booking's calendar event (its description is in the visitor's language)."""
        flow = self.flow
        if flow.screen == Screen.CLOSED and flow.closed:
            self.closed.show_closed(flow.closed, flow.clock(), flow.can_book(), flow.lang)
        elif flow.screen == Screen.BOOKING and flow.booking and flow.booking_service:
            self.booking.show_booking(flow.booking, flow.booking_service, flow.booking_qr(), flow.lang)

    def _code_changed(self, code: str) -> None:
        self.checkin.show_code(code, self.flow.code_complete())

    def show_screen(self, name: Screen | str) -> None:
        flow = self.flow
        routing = flow.routing
        name = Screen(name)
        fill = self._fills.get(name)
        if fill is not None:
            fill()
        # The welcome screen asks for the language itself, in large; elsewhere the bar offers it (told
        # first: the bar makes its buttons only when it shows them, and a start does not wait for them).
        self.topbar.show_languages(name != Screen.WELCOME)
        if routing is not None:
            self.topbar.set_current_language(flow.lang)
            self.topbar.set_languages(routing.languages)
        for screen in BUSY_AGAIN:
            if screen in self.screens:
                self.screens[screen].set_busy(flow.busy)
        shown = self.screen(name)
        self.stack.setCurrentWidget(shown)
        own = shown.focus_order()
        self.topbar.chain_focus(own[-1] if own else None)

    # -- filling each screen from the flow before it shows ------------------------------------------

    def _fill_offline(self) -> None:
        self.offline.show_unpaired(not self.flow.token_known)

    def _fill_welcome(self) -> None:
        flow = self.flow
        if flow.routing is not None:
            self.welcome.other_prompts = self._other_prompts(flow.lang)
            self.welcome.show_centre(flow.routing.centre.name, flow.routing.languages, flow.lang)
            self._refresh_note()

    def _fill_question(self) -> None:
        flow = self.flow
        if flow.routing is not None and flow.question is not None:
            self.question.show_question(flow.question, flow.lang)

    def _fill_ticket(self) -> None:
        flow = self.flow
        if flow.result:
            ticket = flow.result["ticket"]
            self.ticket.show_ticket(
                ticket, flow.service(ticket.get("service", "")), flow.status_link(ticket), flow.lang
            )

    def _fill_scheduled(self) -> None:
        if self.flow.result:
            self.scheduled.show_service(self.flow.result["service"], self.flow.lang)

    def _fill_services(self) -> None:
        self.services.show_services(self.flow.scheduled_services(), self.flow.lang)

    def _fill_slots(self) -> None:
        flow = self.flow
        if flow.booking_service is not None:
            self.slots.show_slots(
                flow.booking_service,
                flow.page_slots(),
                flow.lang,
                notice=flow.notice,
                earlier=flow.page > 0,
                later=flow.page + 1 < flow.page_count(),
            )

    def _fill_confirm(self) -> None:
        flow = self.flow
        if flow.booking_service is not None and flow.chosen is not None:
            self.confirm.show_choice(flow.booking_service, flow.chosen, flow.lang)

    def _fill_checkin(self) -> None:
        flow = self.flow
        self.checkin.show_state(flow.code, flow.check_in_error, flow.lang, flow.code_complete())

    def spoken_items(self) -> list[str]:
        """What the visitor would hear now: the countdown when it shows, else the current screen."""
        if self.countdown.isVisible():
            return self.countdown.spoken_items()
        return self.current.spoken_items()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.apply_theme()
        if not self._first_frame:
            self._first_frame = True
            QTimer.singleShot(FIRST_FRAME_MS, self, self._after_first_frame)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.apply_theme()
        portrait = self.height() > self.width()
        self.topbar.set_orientation(portrait)
        for screen in self.screens.values():
            screen.set_orientation(portrait)

    def _ours(self, watched: QObject) -> bool:
        """A widget of this window, or of the bar's language list: a popup is a window of its own, and
        its keys are the visit's too."""
        window = watched.window()
        if window is self:
            return True
        menu = self.topbar.menu
        return menu is not None and window is menu

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Every event of every widget of this window passes here (about a hundred a tap): look at its
        # type first, by identity, and at nothing else unless it is a touch or a key.
        kind = event.type()
        if kind is _PRESS or kind is _TOUCH:
            if self._ours(watched):
                self.access.touched()
                self.flow.touched()
        elif kind is _KEY:
            if self._ours(watched):
                self.flow.touched()
                return self.access.key_pressed(event)
        else:
            follow(kind, event, self)
        return False
