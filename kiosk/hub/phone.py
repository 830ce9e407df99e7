"""`GET /t/{code}`: the small page a visitor's phone opens from the ticket's QR code."""

from __future__ import annotations

from html import escape

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from kiosk import queue

# The only visitor words in code (DESIGN.md allows this one page); everything else is in the routing or Qt.
WORDS = {
    "fi": {
        "title": "Vuoronumerosi",
        "position": "Sijasi jonossa",
        "wait": "Arvioitu odotus",
        "minutes": "{n} min",
        "waiting": "Odota vuoroasi",
        "called": "Sinun vuorosi! Tule paikkaan",
        "done": "Käynti on päättynyt",
        "no_show": "Vuorosi meni ohi. Kysy neuvonnasta.",
        "refresh": "Sivu päivittyy itsestään.",
        "missing_title": "Vuoronumeroa ei löytynyt",
        "missing": "Tarkista osoite tai kysy neuvonnasta.",
    },
    "sv": {
        "title": "Ditt könummer",
        "position": "Din plats i kön",
        "wait": "Beräknad väntetid",
        "minutes": "{n} min",
        "waiting": "Vänta på din tur",
        "called": "Det är din tur! Kom till",
        "done": "Besöket är klart",
        "no_show": "Din tur gick förbi. Fråga i infodisken.",
        "refresh": "Sidan uppdateras av sig själv.",
        "missing_title": "Könumret hittades inte",
        "missing": "Kontrollera adressen eller fråga i infodisken.",
    },
    "en": {
        "title": "Your number",
        "position": "Your place in the queue",
        "wait": "Estimated wait",
        "minutes": "{n} min",
        "waiting": "Please wait for your turn",
        "called": "It is your turn! Please come to",
        "done": "Your visit is finished",
        "no_show": "Your turn has passed. Please ask at the info desk.",
        "refresh": "This page updates itself.",
        "missing_title": "Number not found",
        "missing": "Check the address or ask at the info desk.",
    },
}

REFRESH_SECONDS = 20

_STYLE = """
body{font-family:system-ui,sans-serif;margin:0;padding:1.5rem;background:#f6f4ef;color:#1d1d1b;text-align:center}
main{max-width:28rem;margin:0 auto}
.number{font-size:5rem;font-weight:800;margin:.5rem 0;letter-spacing:.05em}
.status{font-size:1.5rem;font-weight:600;margin:1rem 0}
.service{font-size:1.25rem}
dl{font-size:1.25rem;display:grid;grid-template-columns:1fr auto;gap:.5rem 1rem;text-align:left}
dd{margin:0;font-weight:700}
.note{color:#555;font-size:.9rem;margin-top:2rem}
"""

router = APIRouter(tags=["phone"])


def choose_language(header: str | None, offered: list[str], default: str) -> str:
    """The first language in Accept-Language (by q) that the routing offers and this page has words for."""
    usable = [lang for lang in offered if lang in WORDS]
    fallback = default if default in usable else (usable[0] if usable else "en")
    ranked: list[tuple[float, int, str]] = []
    for i, part in enumerate((header or "").split(",")):
        tag, _, params = part.strip().partition(";")
        q = 1.0
        if params.strip().startswith("q="):
            try:
                q = float(params.strip()[2:])
            except ValueError:
                q = 0.0
        primary = tag.strip().split("-")[0].lower()
        if primary and q > 0:
            ranked.append((-q, i, primary))
    for _, _, lang in sorted(ranked):
        if lang in usable:
            return lang
    return fallback


def _page(lang: str, title: str, body: str) -> str:
    return (
        f'<!doctype html><html lang="{lang}"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f'<meta http-equiv="refresh" content="{REFRESH_SECONDS}">'
        f"<title>{escape(title)}</title><style>{_STYLE}</style></head>"
        f"<body><main>{body}</main></body></html>"
    )


@router.get("/t/{code}", response_class=HTMLResponse)
def ticket_page(code: str, request: Request) -> HTMLResponse:
    hub = request.app.state.hub

    def read(db):
        _, routing = hub.routing(db)
        return routing, queue.current_ticket(db, code)

    routing, ticket = hub.read(read)
    wanted = request.headers.get("accept-language")
    lang = choose_language(wanted, routing.languages, routing.default_language)
    words = WORDS[lang]
    if ticket is None:
        body = f"<h1>{escape(words['missing_title'])}</h1><p>{escape(words['missing'])}</p>"
        return HTMLResponse(_page(lang, words["missing_title"], body), status_code=404)
    service = routing.service(ticket["service"])
    name = service.name.get(lang, "") if service else ""
    place = service.location.get(lang, "") if service else ""
    status = ticket["status"]
    parts = [
        f"<h1>{escape(words['title'])}</h1>",
        f'<p class="number">{escape(ticket["number"])}</p>',
        f'<p class="service">{escape(name)}</p>',
    ]
    if status == "called":
        parts.append(f'<p class="status">{escape(words["called"])} {escape(place)}</p>')
    else:
        parts.append(f'<p class="status">{escape(words[status])}</p>')
    if status == "waiting":
        wait = words["minutes"].format(n=ticket["estimated_wait_minutes"])
        parts.append(
            f"<dl><dt>{escape(words['position'])}</dt><dd>{ticket['position']}</dd>"
            f"<dt>{escape(words['wait'])}</dt><dd>{escape(wait)}</dd></dl>"
        )
    parts.append(f'<p class="note">{escape(words["refresh"])}</p>')
    return HTMLResponse(_page(lang, f"{words['title']} {ticket['number']}", "".join(parts)))
