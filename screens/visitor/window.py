"""VisitorWindow: the stack of visitor screens and the countdown, wired to a VisitFlow."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QLayout, QStackedWidget, QVBoxLayout, QWidget

from screens.common.countdown import Countdown
from screens.common.i18n import Translations
from screens.common.offline import OfflineView
from screens.common.theme import scale_for, stylesheet
from screens.visitor.flow import VisitFlow
from screens.visitor.question import QuestionScreen
from screens.visitor.scheduled import ScheduledScreen
from screens.visitor.ticket import TicketScreen
from screens.visitor.welcome import WelcomeScreen

_TOUCHES = {QEvent.Type.MouseButtonPress, QEvent.Type.TouchBegin, QEvent.Type.KeyPress}


class VisitorWindow(QWidget):
    """Shows the flow's screen; any touch tells the flow the visitor is still here."""

    def __init__(self, flow: VisitFlow, parent: QWidget | None = None, *, countdown_tick_ms: int = 1000):
        super().__init__(parent)
        self.setObjectName("VisitorWindow")
        self.flow = flow
        self.translations = Translations(self)
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
        layout.addWidget(self.stack)
        self.countdown = Countdown(self, tick_ms=countdown_tick_ms)
        self._scale = 0.0
        self.apply_theme()

        self.welcome.startPressed.connect(flow.start)
        self.welcome.languageChosen.connect(flow.choose_language)
        self.question.languageChosen.connect(flow.choose_language)
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

        QApplication.instance().installEventFilter(self)
        self.set_language(flow.lang)
        self.show_screen(flow.screen)

    @property
    def current(self) -> QWidget:
        return self.stack.currentWidget()

    def apply_theme(self) -> None:
        """Fill the theme for this window's size; sizes shrink on small screens, touch targets do not."""
        scale = scale_for(max(self.width(), 1), max(self.height(), 1)) if self.isVisible() else 1.0
        if abs(scale - self._scale) > 0.05:
            self._scale = scale
            self.setStyleSheet(stylesheet(scale))

    def set_language(self, lang: str) -> None:
        for screen in self.screens.values():
            screen.lang = lang
        self.translations.switch(lang)

    def show_screen(self, name: str) -> None:
        flow = self.flow
        routing = flow.routing
        if name == "welcome" and routing is not None:
            self.welcome.show_centre(routing.centre.name, routing.languages, flow.lang)
        elif name == "question" and routing is not None and flow.question is not None:
            self.question.show_question(flow.question, routing.languages, flow.lang)
        elif name == "ticket" and flow.result:
            ticket = flow.result["ticket"]
            self.ticket.show_ticket(
                ticket, flow.service(ticket.get("service", "")), flow.status_link(ticket), flow.lang
            )
        elif name == "scheduled" and flow.result:
            self.scheduled.show_service(flow.result["service"], flow.lang)
        self.question.set_busy(flow.busy)
        self.stack.setCurrentWidget(self.screens[name])

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
        for screen in self.screens.values():
            if hasattr(screen, "set_orientation"):
                screen.set_orientation(portrait)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _TOUCHES and isinstance(watched, QWidget) and watched.window() is self:
            self.flow.touched()
        return False
