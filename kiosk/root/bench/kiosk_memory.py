"""The kiosk process's memory over many visits, in a process of its own (nothing else measured in it).

    python -m kiosk.root.bench.kiosk_memory HUB_URL TOKEN 100 5000

walks visits by taps through the real screens (Start, the answers, the ticket with its QR code,
Done) on the hub at HUB_URL, and prints one line `visits rss_mb` at each count given.
"""

from __future__ import annotations

import gc
import os
import sys

from kiosk.root.bench import procstat


def main(hub_url: str, token: str, counts: list[int]) -> int:
    from PySide6.QtWidgets import QApplication

    from kiosk.client.hub_client import HubClient
    from kiosk.root.bench.kiosk_walk import Kiosk, cycle, steps
    from screens.common.collector import GuiThreadCollector
    from screens.visitor.flow import VisitFlow
    from screens.visitor.screen import Screen

    app = QApplication(sys.argv)
    GuiThreadCollector(app)  # as the kiosk runs: Python's cycle collector in the GUI thread
    client = HubClient(hub_url, token)
    kiosk = Kiosk(VisitFlow(client, tap_guard_ms=0))
    client.fetch_routing()
    kiosk.wait_screen(Screen.WELCOME)
    walk = cycle(steps(kiosk.flow.routing, to_question=False))
    done = 0
    for count in sorted(counts):
        while done < count:
            kiosk.visit(next(walk))
            done += 1
        gc.collect()
        kiosk.waiter.settle()
        print(done, procstat.rss_mb(os.getpid()), flush=True)
    client.stop()
    return 0


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if len(sys.argv) < 4:
        print(__doc__.split("\n\n")[1], file=sys.stderr)
        raise SystemExit(2)
    raise SystemExit(main(sys.argv[1], sys.argv[2], [int(n) for n in sys.argv[3:]]))
