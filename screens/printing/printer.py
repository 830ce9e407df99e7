"""SlipPrinter: prints each slip the visitor flow hands it, on its own thread, and says when printing failed.

`kiosk run --printer NAME` prints on that Qt printer (CUPS on Debian); `--printer pdf:PATH` writes the
same slip to PATH as a PDF, replacing the previous slip (written beside it, then renamed, so PATH is
never half a file): a kiosk that runs for months must not fill its disk with slips.

The slip a flow emits is a plain dict: {"kind": "ticket" | "booking", "lang", "number" (ticket) or
"code" (booking), "service" (its name in lang; "" for a discreet service), "room", "start" (ISO with
offset; booking) or None, "position", "estimated_wait_minutes" (ticket) or None, "qr" (the QR's text)}.

Printing never runs on the GUI thread: a driver or CUPS that hangs must not freeze the kiosk. A
failure (no such printer any more, the printer reports an error such as no paper, the file cannot be
written) comes back as `failed(message)`: a short English line for staff and the log, with nothing
personal and no booking code in it.
"""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QObject, QThread, Signal, Slot
from PySide6.QtGui import QPainter
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

from kiosk.core import clock
from screens.printing.layout import PRINTABLE_MM, Slip, SlipError, compose, paint_slip, set_page
from screens.printing.words import CONTEXT

log = logging.getLogger(__name__)

PDF_PREFIX = "pdf:"
KIND_WORDS = {"ticket": "a ticket slip", "booking": "a booking slip"}


@dataclass(frozen=True)
class Target:
    """Where slips go: a Qt printer by name, or a PDF file."""

    printer: str = ""
    pdf: Path | None = None

    def describe(self) -> str:
        return f"PDF {self.pdf}" if self.pdf is not None else f"printer {self.printer!r}"


def printer_names() -> list[str]:
    return list(QPrinterInfo.availablePrinterNames())


def parse_target(spec: str) -> tuple[Target | None, str]:
    """(Target, "") for `--printer SPEC`, or (None, a one-line reason) when it cannot print there."""
    if spec.startswith(PDF_PREFIX):
        path = Path(spec[len(PDF_PREFIX) :]).expanduser()
        if not spec[len(PDF_PREFIX) :].strip():
            return None, "--printer pdf:PATH needs a file name after pdf:"
        if not path.parent.is_dir():
            return None, f"--printer {spec}: the folder {path.parent} does not exist"
        return Target(pdf=path.resolve()), ""
    names = printer_names()
    if spec not in names:
        seen = ", ".join(repr(name) for name in names) if names else "none"
        return None, f"--printer {spec!r}: no such printer; printers Qt sees: {seen} (or pdf:PATH)"
    return Target(printer=spec), ""


def print_slip(slip: Slip, target: Target, width_mm: float = PRINTABLE_MM) -> None:
    """Print one slip now, on the calling thread; raises PrintError with a reason for staff."""
    if target.pdf is not None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        part = target.pdf.with_name(target.pdf.name + ".part")
        printer.setOutputFileName(str(part))
    else:
        info = QPrinterInfo.printerInfo(target.printer)
        if info.isNull():
            raise PrintError(f"printer {target.printer!r} is not there any more")
        if info.state() == QPrinter.PrinterState.Error:
            raise PrintError(f"printer {target.printer!r} reports a problem (no paper, cover open or off?)")
        printer = QPrinter(info, QPrinter.PrinterMode.HighResolution)
        if not printer.isValid():
            raise PrintError(f"printer {target.printer!r} cannot be used")
    printer.setDocName("Kokoomo slip")
    if not set_page(printer, slip, width_mm):
        log.info("%s keeps its own paper size; the slip is drawn at its top", target.describe())
    painter = QPainter()
    if not painter.begin(printer):
        raise PrintError(f"{target.describe()} could not be opened for {KIND_WORDS[slip.kind]}")
    try:
        paint_slip(painter, slip, width_mm)
    finally:
        ended = painter.end()
    if not ended or printer.printerState() in (QPrinter.PrinterState.Error, QPrinter.PrinterState.Aborted):
        raise PrintError(f"{target.describe()} failed to print {KIND_WORDS[slip.kind]}")
    if target.pdf is not None:
        try:
            os.replace(part, target.pdf)
        except OSError as error:
            raise PrintError(f"the slip PDF could not be saved: {error.strerror}") from None


class PrintError(RuntimeError):
    """The slip did not come out; the message is for staff (no personal data)."""


class _Worker(QObject):
    """Lives on the printing thread: one slip at a time, in order."""

    finished = Signal(str, str, float)
    """(kind, error message or "", milliseconds)"""

    def __init__(self, target: Target, width_mm: float):
        super().__init__()
        self.target = target
        self.width_mm = width_mm

    @Slot(object)
    def run(self, slip: Slip) -> None:
        started = time.perf_counter()
        try:
            print_slip(slip, self.target, self.width_mm)
            error = ""
        except PrintError as problem:
            error = str(problem)
        except Exception as problem:  # a driver's surprise must not end the printing thread
            log.exception("printing %s failed", slip.kind)
            error = f"{self.target.describe()}: printing failed ({type(problem).__name__})"
        self.finished.emit(slip.kind, error, (time.perf_counter() - started) * 1000)


class SlipPrinter(QObject):
    """Turns a flow's slip dict into a printed slip; `printed(kind)` or `failed(message)` on the GUI thread.

    `words(lang, source)` gives a "Slip" word in `lang` (`Translations.text_in` bound to the context).
    """

    printed = Signal(str)
    failed = Signal(str)
    _job = Signal(object)

    def __init__(
        self,
        target: Target,
        words: Callable[[str, str], str],
        parent: QObject | None = None,
        *,
        width_mm: float = PRINTABLE_MM,
        now: Callable[[], datetime] = clock.now,
    ):
        super().__init__(parent)
        self.target = target
        self.width_mm = width_mm
        self._words = words
        self._now = now
        self.last_ms = 0.0
        self._thread = QThread(self)
        self._thread.setObjectName("slip printer")
        self._worker = _Worker(target, width_mm)
        self._worker.moveToThread(self._thread)
        self._job.connect(self._worker.run)
        self._worker.finished.connect(self._on_finished)
        self._thread.finished.connect(self._worker.deleteLater)
        # A QThread destroyed while it runs aborts the process: end it with its owner, however that ends.
        thread = self._thread
        self.destroyed.connect(lambda *_: (thread.quit(), thread.wait(5000)))
        self._thread.start()

    def print_slip(self, slip: dict, centre: str) -> None:
        """Queue one slip (a flow's dict); never raises: a slip that cannot be laid out is `failed`."""
        try:
            lang = str(slip.get("lang") or "")
            composed = compose(slip, centre, lambda source: self._words(lang, source), self._now())
        except (SlipError, TypeError, ValueError, AttributeError) as problem:
            log.error(
                "slip not printed: %s (%r)", problem, slip.get("kind") if isinstance(slip, dict) else slip
            )
            self.failed.emit(f"a slip could not be laid out: {problem}"[:200])
            return
        self._job.emit(composed)

    def stop(self, timeout_ms: int = 5000) -> None:
        """Let the slip being printed finish, then end the thread."""
        self._thread.quit()
        self._thread.wait(timeout_ms)

    def _on_finished(self, kind: str, error: str, ms: float) -> None:
        self.last_ms = ms
        if error:
            log.warning("slip not printed: %s", error)
            self.failed.emit(error[:200])
        else:
            log.info("%s printed on %s in %.0f ms", kind, self.target.describe(), ms)
            self.printed.emit(kind)


def slip_words(translations) -> Callable[[str, str], str]:
    """`words(lang, source)` over a `screens.common.i18n.Translations`."""
    return lambda lang, source: translations.text_in(lang, CONTEXT, source)
