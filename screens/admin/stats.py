"""StatsTab: anonymous counts for a chosen period as charts (QtCharts) and big figures, and the same
figures saved as CSV."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QDate, QMargins, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from kiosk.client.admin_client import AdminClient
from screens.admin import stats_data
from screens.admin.words import AdminWords
from screens.common.theme import COLOURS
from screens.common.wrapping import WrappingLabel

BAR = QColor(COLOURS["primary"])
BAR_2 = QColor("#B35900")


class Figure(QFrame):
    """One big number with its words under it."""

    def __init__(self, name: str, parent=None):
        super().__init__(parent)
        self.setObjectName(name)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.value = QLabel("–")
        self.value.setProperty("role", "figure")
        self.caption = WrappingLabel()
        self.caption.setProperty("role", "muted")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 4, 10, 4)
        layout.addWidget(self.value)
        layout.addWidget(self.caption)


def _chart(title: str) -> QChart:
    chart = QChart()
    chart.setTitle(title)
    font = QFont()
    font.setPointSize(11)
    font.setBold(True)
    chart.setTitleFont(font)
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.setBackgroundRoundness(4)
    chart.legend().hide()
    return chart


class StatsTab(QWidget):
    statsShown = Signal()
    """The charts were drawn from new figures."""

    def __init__(
        self,
        words: AdminWords,
        client: AdminClient | None = None,
        parent=None,
        *,
        today: Callable[[], date] = date.today,
        names: Callable[[], dict[str, str]] = dict,
    ):
        super().__init__(parent)
        self.words = words
        self.client = client
        self.today = today
        self.names = names
        self.stats: dict | None = None
        self._asked = 0
        self.period = QComboBox(objectName="Period")
        self.first = QDateEdit(objectName="From", calendarPopup=True)
        self.last = QDateEdit(objectName="To", calendarPopup=True)
        for edit in (self.first, self.last):
            edit.setDisplayFormat("d.M.yyyy")
        self.show_button = QPushButton(objectName="ShowStats")
        self.save = QPushButton(objectName="SaveCsv")
        self.status = WrappingLabel()
        self.status.setProperty("role", "muted")
        self.period.activated.connect(lambda _i: self._period_chosen())
        self.show_button.clicked.connect(self.reload)
        self.save.clicked.connect(self._save)
        self.dash = QLabel("–")
        controls = QHBoxLayout()
        self.period_label = QLabel()
        controls.addWidget(self.period_label)
        controls.addWidget(self.period)
        controls.addWidget(self.first)
        controls.addWidget(self.dash)
        controls.addWidget(self.last)
        controls.addWidget(self.show_button)
        controls.addWidget(self.status, 1)
        controls.addWidget(self.save)
        self.visitors = Figure("FigureVisitors")
        self.no_show = Figure("FigureNoShow")
        self.kept = Figure("FigureKept")
        self.wait = Figure("FigureWait")
        figures = QHBoxLayout()
        for figure in (self.visitors, self.no_show, self.kept, self.wait):
            figures.addWidget(figure)
        self.views: dict[str, QChartView] = {}
        grid = QGridLayout()
        for name, row, column, span in (
            ("per_day", 0, 0, 2), ("per_hour", 0, 2, 1),
            ("per_service", 1, 0, 1), ("per_answer", 1, 1, 1), ("waits", 1, 2, 1),
        ):  # fmt: skip
            view = QChartView(_chart(""))
            view.setObjectName(f"Chart_{name}")
            view.setRenderHint(QPainter.RenderHint.Antialiasing)
            view.setMinimumHeight(200)
            self.views[name] = view
            grid.addWidget(view, row, column, 1, span)
        # Retention: how long the hub keeps each visit before only its counts stay.
        self.keep_label = QLabel()
        self.keep_days = QSpinBox(objectName="RetentionDays", minimum=7, maximum=365)
        self.keep_save = QPushButton(objectName="RetentionSave")
        self.keep_status = QLabel()
        self.keep_status.setProperty("role", "muted")
        self.keep_save.clicked.connect(self._save_retention)
        self.keep_days.setValue(30)  # the hub's default, until it says
        self.keep_days.setEnabled(client is not None)
        self.keep_save.setEnabled(client is not None)
        keep = QHBoxLayout()
        keep.addWidget(self.keep_label)
        keep.addWidget(self.keep_days)
        keep.addWidget(self.keep_save)
        keep.addWidget(self.keep_status, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(controls)
        layout.addLayout(figures)
        layout.addLayout(grid, 1)
        layout.addLayout(keep)
        words.languageChanged.connect(self.translateUI)
        self.translateUI()
        self.period.setCurrentIndex(0)
        self._period_chosen(load=False)

    def translateUI(self, _lang: str = "") -> None:
        translate = self.words.translate
        index = max(self.period.currentIndex(), 0)
        self.period.clear()
        self.period.addItem(translate("AdminStats", "This week"), "week")
        self.period.addItem(translate("AdminStats", "Last 30 days"), "30days")
        self.period.addItem(translate("AdminStats", "Dates I choose"), "custom")
        self.period.setCurrentIndex(index)
        self.period_label.setText(translate("AdminStats", "Period:"))
        self.show_button.setText(translate("AdminStats", "Show"))
        self.save.setText(translate("AdminStats", "Save as CSV…"))
        self.visitors.caption.setText(translate("AdminStats", "visitors"))
        self.no_show.caption.setText(translate("AdminStats", "did not come when called"))
        self.kept.caption.setText(translate("AdminStats", "booked times kept"))
        self.wait.caption.setText(translate("AdminStats", "median wait"))
        self.keep_label.setText(translate("AdminStats", "Keep the details of each visit for (days):"))
        self.keep_save.setText(translate("AdminStats", "Save"))
        self.keep_days.setToolTip(
            translate("AdminStats", "After that only the counts stay: the figures do not change.")
        )
        if self.stats is not None:
            self.show_stats(self.stats)
        elif self.client is None:
            self.status.setText(translate("AdminStats", "Needs the hub: not connected."))

    def _period_chosen(self, load: bool = True) -> None:
        name = self.period.currentData() or "week"
        custom = name == "custom"
        self.first.setEnabled(custom)
        self.last.setEnabled(custom)
        if not custom:
            first, last = stats_data.period(name, self.today())
            self.first.setDate(QDate(first.year, first.month, first.day))
            self.last.setDate(QDate(last.year, last.month, last.day))
        if load and not custom:
            self.reload()

    def reload(self) -> None:
        if self.client is None:
            return
        self.load_retention()
        first, last = self.first.date().toPython(), self.last.date().toPython()
        if last < first:
            self.status.setText(self.words.translate("AdminStats", "The end date is before the start date."))
            return
        self.status.setText(self.words.translate("AdminStats", "Asking the hub…"))
        self._asked += 1
        asked = self._asked
        self.client.stats(first, last, lambda *reply: self._answered(*reply, asked=asked))

    def load_retention(self) -> None:
        if self.client is not None:
            self.client.retention(self._retention_read)

    def _retention_read(self, status: int, body: dict | None, _error: str) -> None:
        if status == 200 and body and isinstance(body.get("days"), int):
            self.keep_days.setValue(body["days"])

    def _save_retention(self) -> None:
        if self.client is not None:
            self.client.set_retention(self.keep_days.value(), self._retention_saved)

    def _retention_saved(self, status: int, body: dict | None, _error: str) -> None:
        translate = self.words.translate
        if status == 200 and body:
            self.keep_days.setValue(int(body.get("days") or self.keep_days.value()))
            self.keep_status.setText(translate("AdminStats", "Saved."))
        elif status == 0:
            self.keep_status.setText(translate("AdminStats", "The hub does not answer."))
        else:
            message = (body or {}).get("message") or f"HTTP {status}"
            self.keep_status.setText(translate("AdminStats", "Not saved: %1").replace("%1", str(message)))

    def _answered(self, status: int, body: dict | None, _error: str, *, asked: int = 0) -> None:
        if asked != self._asked:
            return  # an earlier period's figures, come after the manager asked for another
        translate = self.words.translate
        if status == 200 and body:
            self.status.setText("")
            self.show_stats(body)
        elif status == 0:
            self.status.setText(translate("AdminStats", "The hub does not answer."))
        else:
            message = (body or {}).get("message") or f"HTTP {status}"
            self.status.setText(translate("AdminStats", "No figures: %1").replace("%1", str(message)))

    # -- drawing ----------------------------------------------------------------------------------------

    def show_stats(self, stats: dict) -> None:
        self.stats = stats
        translate = self.words.translate
        names = self.names()
        self.visitors.value.setText(str(stats.get("visitors", stats_data.total_visitors(stats))))
        rate = stats.get("no_show_rate")
        self.no_show.value.setText(f"{round(float(rate) * 100)} %" if rate is not None else "–")
        bookings = stats.get("bookings") or {}
        share = stats_data.kept_share(stats)
        self.kept.value.setText(
            translate("AdminStats", "%1 of %2")
            .replace("%1", str(bookings.get("kept", 0)))
            .replace("%2", str(int(bookings.get("kept") or 0) + int(bookings.get("no_show") or 0)))
            if share is not None
            else "–"
        )
        every = (stats.get("waits") or {}).get("all") or {}
        median = every.get("median_minutes")
        self.wait.value.setText(
            translate("AdminStats", "%1 min").replace("%1", str(round(median))) if median is not None else "–"
        )
        days = stats.get("visitors_per_day", [])
        self._bars(
            "per_day", translate("AdminStats", "Visitors per day"),
            [self._day(str(r.get("date", ""))) for r in days], [[r.get("count", 0) for r in days]],
        )  # fmt: skip
        hours = stats.get("per_hour", [])
        busy = [r for r in hours if r.get("count")]
        if busy:
            # The hub sends all 24 hours: show from the first to the last hour anyone came.
            first_hour, last_hour = busy[0].get("hour"), busy[-1].get("hour")
            hours = [r for r in hours if first_hour <= r.get("hour") <= last_hour]
        self._bars(
            "per_hour", translate("AdminStats", "Visitors by hour of the day"),
            [str(r.get("hour")) for r in hours], [[r.get("count", 0) for r in hours]],
        )  # fmt: skip

        talk = translate("AdminStats", "wanted to talk")

        def name(key) -> str:
            return self._cut(talk if key in (None, "None") else names.get(key, key))

        services = sorted(stats.get("per_service", []), key=lambda r: -int(r.get("count") or 0))
        names_, counts = self._top_first(
            [name(str(r.get("service"))) for r in services], [[r.get("count", 0) for r in services]]
        )
        self._bars(
            "per_service", translate("AdminStats", "Visitors per service"), names_, counts, horizontal=True
        )
        answers = sorted(stats.get("per_first_answer", []), key=lambda r: -int(r.get("count") or 0))
        names_, counts = self._top_first(
            [name(r.get("answer")) for r in answers], [[r.get("count", 0) for r in answers]]
        )
        self._bars(
            "per_answer", translate("AdminStats", "First answer chosen"), names_, counts, horizontal=True
        )
        waits = (stats.get("waits") or {}).get("per_service", [])
        names_, minutes = self._top_first(
            [name(str(r.get("service"))) for r in waits],
            [[r.get("median_minutes") or 0 for r in waits], [r.get("p90_minutes") or 0 for r in waits]],
        )
        legend = [translate("AdminStats", "half waited less"), translate("AdminStats", "9 in 10 waited less")]
        self._bars(
            "waits",
            translate("AdminStats", "Waits in minutes"),
            names_,
            minutes,
            horizontal=True,
            set_names=legend,
        )
        self.statsShown.emit()

    @staticmethod
    def _top_first(names: list[str], columns: list[list]) -> tuple[list[str], list[list]]:
        """A horizontal chart draws its first bar at the bottom: reverse, so the list reads from the top."""
        return list(reversed(names)), [list(reversed(c)) for c in columns]

    @staticmethod
    def _cut(name: str, most: int = 22) -> str:
        return name if len(name) <= most else name[: most - 1] + "…"

    def _day(self, iso: str) -> str:
        try:
            day = date.fromisoformat(iso)
        except ValueError:
            return iso
        return f"{day.day}.{day.month}."

    def _bars(
        self,
        name: str,
        title: str,
        categories: list[str],
        values: list[list],
        *,
        horizontal: bool = False,
        set_names: list[str] | None = None,
    ) -> None:
        chart = _chart(title)
        series = QHorizontalBarSeries() if horizontal else QBarSeries()
        for i, column in enumerate(values):
            bar_set = QBarSet((set_names or [""])[i] if set_names else "")
            bar_set.setColor(BAR if i == 0 else BAR_2)
            for value in column:
                bar_set.append(float(value or 0))
            series.append(bar_set)
        series.setLabelsVisible(len(categories) <= 12 and len(values) == 1)
        chart.addSeries(series)
        axis = QBarCategoryAxis()
        axis.append(categories or [""])
        if horizontal and len(categories) > 7:
            # Many rows: smaller names, or Qt cuts every one of them to "...".
            font = QFont()
            font.setPointSize(7)
            axis.setLabelsFont(font)
        if len(categories) > 14:
            # A month of days: small upright dates, every one readable.
            axis.setLabelsAngle(-90)
            font = QFont()
            font.setPointSize(7)
            axis.setLabelsFont(font)
        numbers = QValueAxis()
        top = max((max(c, default=0) for c in values), default=0) or 1
        numbers.setRange(0, top * 1.1)
        numbers.setLabelFormat("%d")
        numbers.setTickCount(5)
        numbers.applyNiceNumbers()
        category_side = Qt.AlignmentFlag.AlignLeft if horizontal else Qt.AlignmentFlag.AlignBottom
        value_side = Qt.AlignmentFlag.AlignBottom if horizontal else Qt.AlignmentFlag.AlignLeft
        chart.addAxis(axis, category_side)
        chart.addAxis(numbers, value_side)
        series.attachAxis(axis)
        series.attachAxis(numbers)
        if set_names:
            chart.legend().show()
            chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        old = self.views[name].chart()
        self.views[name].setChart(chart)
        old.deleteLater()

    def chart_categories(self, name: str) -> list[str]:
        """The category labels of one chart (what a test or a screen reader can read back)."""
        chart = self.views[name].chart()
        for axis in chart.axes():
            if isinstance(axis, QBarCategoryAxis):
                return list(axis.categories())
        return []

    def chart_values(self, name: str) -> list[list[float]]:
        chart = self.views[name].chart()
        out = []
        for series in chart.series():
            for bar_set in series.barSets():
                out.append([bar_set.at(i) for i in range(bar_set.count())])
        return out

    def _save(self) -> None:
        if self.stats is None:
            self.status.setText(self.words.translate("AdminStats", "Show the figures first."))
            return
        translate = self.words.translate
        suggested = f"kiosk-stats-{self.stats.get('from', '')}-{self.stats.get('to', '')}.csv"
        path, _ = QFileDialog.getSaveFileName(
            self, translate("AdminStats", "Save as CSV"), suggested, "CSV (*.csv)"
        )
        if path:
            self.save_csv(path)

    def save_csv(self, path: str) -> None:
        assert self.stats is not None
        translate = self.words.translate
        with open(path, "w", encoding="utf-8", newline="") as out:
            out.write(stats_data.csv_text(self.stats))
        self.status.setText(translate("AdminStats", "Saved: %1").replace("%1", path))
