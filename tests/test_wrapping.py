"""WrappingLabel (screens/common/wrapping.py): wrapped words, every line reaching the edge in Arabic too."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QImage
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from screens.common.buttons import BigButton
from screens.common.wrapping import WrappingLabel

WORD = "تجربة"
"""One Arabic word, twice on two lines: both lines are the same ink, so they must stand at the same place."""


def _ink_across(image: QImage, top: int, bottom: int) -> tuple[int, int]:
    """The leftmost and rightmost dark pixel between rows `top` and `bottom`."""
    xs = [
        x
        for y in range(top, bottom)
        for x in range(image.width())
        if image.pixelColor(x, y).lightness() < 128
    ]
    assert xs, "no words painted"
    return min(xs), max(xs)


def _two_lines(qtbot, make: type[QLabel], direction: Qt.LayoutDirection, align: Qt.AlignmentFlag):
    """The ink of the first and of the second line of WORD WORD, wrapped so that one word fits a line."""
    frame = QWidget()
    qtbot.addWidget(frame)
    frame.setLayoutDirection(direction)
    frame.setStyleSheet("background: white; color: black")
    label = make()
    label.setWordWrap(True)
    label.setAlignment(align | Qt.AlignmentFlag.AlignTop)
    font = QFont()
    font.setPixelSize(40)
    label.setFont(font)
    label.setText(f"{WORD} {WORD}")
    QVBoxLayout(frame).addWidget(label)
    width = label.fontMetrics().horizontalAdvance(WORD) * 3 // 2  # one word and a half: one a line
    label.setFixedWidth(width)
    label.setFixedHeight(label.heightForWidth(width))
    frame.show()
    qtbot.waitExposed(frame)
    image = label.grab().toImage()
    half = image.height() // 2
    return _ink_across(image, 0, half), _ink_across(image, half, image.height())


@pytest.mark.parametrize(
    "align", [Qt.AlignmentFlag.AlignLeft, Qt.AlignmentFlag.AlignHCenter], ids=["start", "centre"]
)
def test_both_lines_of_wrapped_arabic_stand_at_the_same_place(qtbot, align):
    first, second = _two_lines(qtbot, WrappingLabel, Qt.LayoutDirection.RightToLeft, align)
    assert abs(first[1] - second[1]) <= 1 and abs(first[0] - second[0]) <= 1, (first, second)


def test_a_plain_qlabel_sets_the_first_line_a_space_short_of_the_edge(qtbot):
    """What WrappingLabel is for: should Qt mend its own wrapping, WrappingLabel can go."""
    first, second = _two_lines(qtbot, QLabel, Qt.LayoutDirection.RightToLeft, Qt.AlignmentFlag.AlignLeft)
    assert second[1] - first[1] >= 4, (first, second)


def test_the_words_are_given_back_as_set_and_shown_as_they_are(qtbot):
    frame = QWidget()
    qtbot.addWidget(frame)
    label = WrappingLabel("A < B & C\nD")
    QVBoxLayout(frame).addWidget(label)
    assert label.textFormat() == Qt.TextFormat.PlainText
    frame.setLayoutDirection(Qt.LayoutDirection.RightToLeft)  # rich text now: escaped, and still given back
    assert label.textFormat() == Qt.TextFormat.RichText
    assert label.text() == "A < B & C\nD"
    assert QLabel.text(label) == "A &lt; B &amp; C<br>D"
    frame.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    assert (label.textFormat(), QLabel.text(label)) == (Qt.TextFormat.PlainText, "A < B & C\nD")
    label.clear()
    assert label.text() == "" == QLabel.text(label)


def test_a_big_buttons_words_wrap_so(qtbot):
    button = BigButton("Työ", icon="work", help_text="Haluan töitä tai työkokeilun.")
    qtbot.addWidget(button)
    assert isinstance(button.words_label, WrappingLabel) and isinstance(button.help_label, WrappingLabel)


def test_no_screen_wraps_a_plain_qlabel():
    """Every label whose words wrap is a WrappingLabel, so a new one cannot bring the indent back. The
    welcome screen's prompt line breaks itself between its prompts (screens/visitor/welcome.py), and a
    list's items are not labels."""
    from pathlib import Path

    import screens

    allowed = {"common/wrapping.py", "visitor/welcome.py"}
    lists = ("self.diff.setWordWrap(True)", "self.list.setWordWrap(True)")  # the admin's item views
    root = Path(screens.__file__).parent
    wrapping = [
        f"{path.relative_to(root)}:{number}"
        for path in sorted(root.rglob("*.py"))
        if str(path.relative_to(root)) not in allowed
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if ("setWordWrap(True)" in line or "wordWrap=True" in line) and line.strip() not in lists
    ]
    assert wrapping == []
