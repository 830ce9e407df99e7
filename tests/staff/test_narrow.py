"""The console at half a screen: every visible button whole at 900x520 in every language, in each
tab; and `kiosk demo` puts both consoles whole on a 1920x1080 screen."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, QSettings
from PySide6.QtWidgets import QWidget

from kiosk.core.paths import DEFAULT_ROUTING
from kiosk.core.routing import loads
from screens.staff.appointments import Appointments
from screens.staff.desk import Desk
from screens.staff.sample import (
    APPOINTMENT_SERVICES,
    SAMPLE_NOTICE,
    SAMPLE_NOW,
    SAMPLE_TOKEN,
    SampleQueue,
    sample_appointments,
    sample_snapshot,
)
from screens.staff.settings import StaffSettings
from screens.staff.window import StaffWindow


@pytest.fixture
def sample_window(qtbot, tmp_path):
    """A console on sample data with a called visitor, walk-ins and appointments, and a notice."""

    def make(size=(900, 520), services=APPOINTMENT_SERVICES) -> StaffWindow:
        settings = StaffSettings(QSettings(str(tmp_path / "staff.ini"), QSettings.Format.IniFormat))
        routing = loads(DEFAULT_ROUTING.read_text(encoding="utf-8"))
        desk = Desk(SampleQueue(sample_snapshot(routing)), SAMPLE_TOKEN, list(services))
        appointments = Appointments(desk, None, now=lambda: SAMPLE_NOW)
        window = StaffWindow(
            desk, settings, now=lambda: SAMPLE_NOW, ask_services=False, appointments=appointments
        )
        appointments.show(*sample_appointments())
        qtbot.addWidget(window)
        window.resize(*size)
        window.show()
        qtbot.waitExposed(window)
        return window

    return make


def settle(qtbot, window) -> None:
    qtbot.wait(20)  # My services may move into a tab on the next turn of the event loop
    qtbot.waitUntil(lambda: window._right_needs() <= window.right_box.height() or window.short)


def cut_buttons(window) -> list[str]:
    return [
        f"{b.text()!r} {b.sizeHint().width()}>{b.width()}"
        for b in window.visible_buttons()
        if b.sizeHint().width() > b.width()
    ]


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_at_900x520_no_visible_button_is_cut_in_any_tab(sample_window, qtbot, lang):
    window = sample_window()
    window.choose_language(lang)
    window.desk.notice = dict(SAMPLE_NOTICE)
    window.desk.noticeChanged.emit()
    settle(qtbot, window)
    assert window.size().toTuple() == (900, 520)
    assert window.narrow and window.short
    assert not window.language_row.isVisible()  # the languages are in Settings instead
    assert [a.text() for a in window.language_actions.values()] == [
        "Suomi", "Svenska", "English", "Українська", "العربية", "Soomaali", "Русский", "Eesti"
    ]  # fmt: skip
    assert window.tabs.indexOf(window.services_box) == 2  # too short for My services on the right
    for tab in range(window.tabs.count()):
        window.tabs.setCurrentIndex(tab)
        qtbot.wait(10)
        visible = window.visible_buttons()
        assert window.call_next_button in visible and window.notice.dismiss_button in visible
        assert not cut_buttons(window), f"tab {tab}: {cut_buttons(window)}"
        listed = window.appointments_panel.content  # scrolls: its buttons may be further down
        for button in visible:  # and each lies inside the window
            if listed.isAncestorOf(button):
                continue
            top_left = button.mapTo(window, button.rect().topLeft())
            assert window.rect().contains(QRect(top_left, button.size())), button.text()
    # The visitor with me is whole: the card is not scrolled or cut.
    card = window.called.cards[0]
    viewport = window.called_scroll.viewport()
    assert card.height() >= card.minimumSizeHint().height()
    bottom = card.mapTo(viewport, card.rect().bottomLeft()).y()
    assert bottom <= viewport.height(), (bottom, viewport.height())
    # Tabs are not cut either.
    bar = window.tabs.tabBar()
    for tab in range(bar.count()):
        assert bar.tabRect(tab).right() <= bar.width(), bar.tabText(tab)


@pytest.mark.parametrize("size", [(960, 540), (1366, 768), (1920, 1080)])
def test_larger_windows_keep_their_buttons_whole_and_my_services_on_the_right(sample_window, qtbot, size):
    window = sample_window(size, services=["coordinator", "workshop"])
    window.choose_language("fi")
    settle(qtbot, window)
    assert window.size().toTuple() == size
    assert not cut_buttons(window)
    on_right = window.tabs.indexOf(window.services_box) < 0
    assert on_right == (size[1] >= 768)
    # Narrow (960), or eight languages beside the title would cut it (1366, 1920): in Settings.
    assert not window.language_row.isVisible()


@pytest.mark.parametrize("height", [1080, 1040])
def test_the_demo_puts_both_consoles_whole_on_a_1080p_screen(sample_window, qtbot, height):
    from screens.demo.app import DemoWindows, tile

    consoles = [sample_window((1366, 768)), sample_window((1366, 768))]
    kiosk, display = QWidget(), QWidget()
    for widget in (kiosk, display):
        qtbot.addWidget(widget)
    area = QRect(0, 0, 1920, height)  # a screen with (1040) and without (1080) a task bar
    tile(DemoWindows(kiosk, display, consoles, [], {}), area)
    title = 32
    for console in consoles:
        geometry = console.geometry()
        assert area.contains(geometry.adjusted(0, -title, 0, 0)), geometry  # its title bar too
        assert geometry.width() >= 900 and geometry.height() >= 500
        assert console.size() == geometry.size()  # the console took that size: nothing is squeezed
        assert not geometry.intersects(display.geometry().adjusted(0, 0, 0, title))
    assert consoles[1].x() - consoles[0].x() >= 32  # a strip of the first one stays in reach
    assert not kiosk.geometry().intersects(consoles[0].geometry())


@pytest.mark.parametrize("lang", ["fi", "ru"])
def test_the_language_buttons_stand_beside_the_title_only_where_it_stays_whole(sample_window, qtbot, lang):
    """Eight languages beside "Kokoomo – staff console" cut the title at 1366 and 1920 px: there the
    languages are in Settings only; a 2560 px console has room for both."""
    window = sample_window((1366, 768))
    window.choose_language(lang)
    qtbot.waitUntil(lambda: not window.language_row.isVisible())
    assert window.title.width() >= window.title.sizeHint().width(), "the title is whole"
    assert list(window.language_actions) == list(window.language_buttons)  # each is in Settings
    window.resize(2560, 1440)
    qtbot.waitUntil(window.language_row.isVisible)
    assert window.title.width() >= window.title.sizeHint().width()
    qtbot.waitUntil(lambda: all(b.width() >= b.sizeHint().width() for b in window.language_buttons.values()))


def test_a_called_number_is_named_for_a_screen_reader_in_the_consoles_language(sample_window, qtbot):
    # Russian voices say a Latin letter in English: the number is named by the letter's Russian name,
    # and named again when the console's language changes (the card itself is not made again).
    from kiosk.core.spoken import spoken_number
    from screens.common.i18n import Translations
    from screens.common.letters import said_number_in
    from screens.staff.called import CalledCard

    window = sample_window((1366, 768))
    window.choose_language("ru")
    card = window.findChild(CalledCard)
    number = card.ticket["number"]
    russian = said_number_in(Translations(), "ru", number)
    assert russian != spoken_number(number) and not russian.startswith(number[0]), russian
    assert card.number.accessibleName() == russian
    window.choose_language("fi")
    assert window.findChild(CalledCard) is card
    assert card.number.accessibleName() == spoken_number(number)
