"""VisitorWindow: the stack of visitor screens and the countdown, wired to a VisitFlow."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QLayout, QStackedWidget, QVBoxLayout, QWidget

from screens.common.buttons import BigButton
from screens.common.countdown import Countdown
from screens.common.i18n import Translations
from screens.common.sound import Chime
from screens.common.speech import Speaker
from screens.common.theme import LARGER_TEXT, scale_for, stylesheet
from screens.visitor.access import Access
from screens.visitor.flow import VisitFlow
from screens.visitor.offline import OfflineView
from screens.visitor.question import QuestionScreen
from screens.visitor.scheduled import ScheduledScreen
from screens.visitor.ticket import TicketScreen
from screens.visitor.topbar import TopBar
from screens.visitor.welcome import WelcomeScreen

CHOOSE_LANGUAGE = "Choose your language"
"""The welcome screen's prompt (translated there, in `Visitor`), also shown in the other languages."""

_TOUCHES = {QEvent.Type.MouseButtonPress, QEvent.Type.TouchBegin}


class VisitorWindow(QWidget):
    """Shows the flow's screen; any touch or key tells the flow the visitor is still here.

    `speaker` and `chime` default to the machine's own (silent where it has none).
    """

    def __init__(
        self,
        flow: VisitFlow,
        parent: QWidget | None = None,
        *,
        countdown_tick_ms: int = 1000,
        speaker: Speaker | None = None,
        chime: Chime | None = None,
    ):
        super().__init__(parent)
        self.setObjectName("VisitorWindow")
        self.setProperty("keyboard", "false")
        self.flow = flow
        self.translations = Translations(self)
        self.topbar = TopBar()
        self.welcome = WelcomeScreen()
        self.question = QuestionScreen()
        self.ticket = TicketScreen()
        self.scheduled = ScheduledScreen()
        self.offline = OfflineView()
        self.screens = {
            "welcome": self.welcome,
            "question": self.question,
            "ticket": self.ticket,
            "scheduled": self.scheduled,
            "offline": self.offline,
        }
        self.stack = QStackedWidget()
        for screen in self.screens.values():
            self.stack.addWidget(screen)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        # The window is the screen: screens must fit it (a test checks), never push it larger.
        layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        layout.setSpacing(0)
        layout.addWidget(self.topbar)
        layout.addWidget(self.stack, 1)
        self.countdown = Countdown(self, tick_ms=countdown_tick_ms)
        self._theme: tuple = ()
        self.apply_theme()

        self.welcome.startPressed.connect(flow.start)
        self.welcome.languageChosen.connect(flow.choose_language)
        self.topbar.languageChosen.connect(flow.choose_language)
        self.topbar.largerTextToggled.connect(flow.set_larger_text)
        self.question.answered.connect(flow.answer)
        self.question.backPressed.connect(flow.back)
        self.question.startOverPressed.connect(flow.start_over)
        self.question.talkPressed.connect(flow.talk)
        self.ticket.donePressed.connect(flow.done)
        self.scheduled.deskPressed.connect(flow.desk_ticket)
        self.scheduled.startOverPressed.connect(flow.start_over)
        self.countdown.moreTime.connect(flow.touched)
        self.countdown.expired.connect(flow.idle_expired)

        flow.screenChanged.connect(self.show_screen)
        flow.languageChanged.connect(self.set_language)
        flow.busyChanged.connect(self.question.set_busy)
        flow.busyChanged.connect(self.scheduled.set_busy)
        flow.idleWarning.connect(self.countdown.start)
        flow.idleCancelled.connect(self.countdown.stop)
        flow.largerTextChanged.connect(self.set_larger_text)
        self.access = Access(self, flow, speaker or Speaker(parent=self), chime or Chime(parent=self))

        QApplication.instance().installEventFilter(self)
        self.set_language(flow.lang)
        self.show_screen(flow.screen)

    @property
    def current(self) -> QWidget:
        return self.stack.currentWidget()

    def apply_theme(self, force: bool = False) -> None:
        """Fill the theme for this window's size and text size; sizes shrink on small screens, touch
        targets do not."""
        scale = scale_for(max(self.width(), 1), max(self.height(), 1)) if self.isVisible() else 1.0
        text = LARGER_TEXT if self.flow.larger_text else 1.0
        wanted = (round(scale, 1), text)
        if force or wanted != self._theme:
            self._theme = wanted
            self.setStyleSheet(stylesheet(scale, text))

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
        self.welcome.other_prompts = self._other_prompts(lang)
        for screen in self.screens.values():
            screen.lang = lang
        self.topbar.languages.set_current(lang)
        self.translations.switch(lang)

    def show_screen(self, name: str) -> None:
        flow = self.flow
        routing = flow.routing
        if name == "welcome" and routing is not None:
            self.welcome.other_prompts = self._other_prompts(flow.lang)
            self.welcome.show_centre(routing.centre.name, routing.languages, flow.lang)
        elif name == "question" and routing is not None and flow.question is not None:
            self.question.show_question(flow.question, flow.lang)
        elif name == "ticket" and flow.result:
            ticket = flow.result["ticket"]
            self.ticket.show_ticket(
                ticket, flow.service(ticket.get("service", "")), flow.status_link(ticket), flow.lang
            )
        elif name == "scheduled" and flow.result:
            self.scheduled.show_service(flow.result["service"], flow.lang)
        if routing is not None:
            self.topbar.languages.set_languages(routing.languages)
            self.topbar.languages.set_current(flow.lang)
        # The welcome screen asks for the language itself, in large; elsewhere the bar offers it.
        self.topbar.languages.setVisible(name != "welcome")
        self.question.set_busy(flow.busy)
        self.stack.setCurrentWidget(self.screens[name])
        own = self.screens[name].focus_order()
        self.topbar.chain_focus(own[-1] if own else None)

    def spoken_items(self) -> list[str]:
        """What the visitor would hear now: the countdown when it shows, else the current screen."""
        if self.countdown.isVisible():
            return self.countdown.spoken_items()
        return self.current.spoken_items()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.apply_theme()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.apply_theme()
        portrait = self.height() > self.width()
        self.topbar.set_orientation(portrait)
        for screen in self.screens.values():
            screen.set_orientation(portrait)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not isinstance(watched, QWidget) or watched.window() is not self:
            return False
        if event.type() in _TOUCHES:
            self.access.touched()
            self.flow.touched()
        elif event.type() == QEvent.Type.KeyPress:
            self.flow.touched()
            return self.access.key_pressed(event)
        return False
