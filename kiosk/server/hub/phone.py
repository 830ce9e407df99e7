"""`GET /t/{code}`: the small page a visitor's phone opens from the ticket's QR code.

Rendered on the hub, so it is readable with JavaScript off (a `<noscript>` refresh keeps it current);
with JavaScript on, an inline script follows `GET /t/{code}/events` (kiosk/server/hub/phone_events.py) and
re-renders the same elements the moment the ticket moves. No external assets: a phone on a centre's
Wi-Fi may have nothing else.
"""

from __future__ import annotations

import json
from html import escape

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from kiosk.core import languages
from kiosk.core.languages import in_lang
from kiosk.server import queue, ts_words
from kiosk.server.hub import phone_words


def words(lang: str) -> dict[str, str]:
    """The page's words in `lang`, from translations/kiosk_<lang>.ts (context "Phone"); else English."""
    return ts_words.words(lang, phone_words.CONTEXT, phone_words.WORDS)


def has_words(lang: str) -> bool:
    """Whether the page can be shown in `lang`: its .ts translates the phone's words (English always)."""
    return ts_words.has_context(lang, phone_words.CONTEXT)


REFRESH_SECONDS = 20
"""Without JavaScript the page reloads this often; with it, it follows the event stream instead."""
ALIVE_SECONDS = 5.0
"""The event stream sends something at least this often (kiosk/server/hub/phone_events.py)."""
SILENT_SECONDS = 3 * ALIVE_SECONDS
"""A stream silent this long is taken for dead and opened again: a hub that lost its power (or a
network that dropped it on the way) never closes the phone's connection, which would wait forever.
A stream not yet open after ALIVE_SECONDS is opened again too (it may have been sent down a kept-alive
connection that died the same way)."""

# Which part of the page shows is decided by the status alone, in CSS, so the server and the script
# render the same way: the script only changes `data-status` and the texts.
_STYLE = """
*{box-sizing:border-box}
body{font-family:system-ui,sans-serif;margin:0;padding:1.25rem 1rem 2rem;background:#FBF8F3;color:#14181B;
text-align:center;line-height:1.35;overflow-wrap:break-word}
main{max-width:28rem;margin:0 auto}
h1{font-size:1.35rem;font-weight:600;margin:.25rem 0 0;color:#3B4349}
.number{font-size:min(6rem,calc((100vw - 2.5rem) / (.8 * var(--chars,4))));font-weight:800;margin:0 0 .25rem;
letter-spacing:.04em;line-height:1.1;white-space:nowrap}
.service{font-size:1.3rem;margin:0 0 1.25rem;overflow-wrap:anywhere;hyphens:auto}
.status{font-size:1.6rem;font-weight:700;margin:1rem 0;color:#0A4F5C}
.facts{font-size:1.3rem;margin:0;padding:1rem 1.25rem;background:#fff;border:2px solid #5A646B;
border-radius:1rem;text-align:start}
.facts div{display:flex;flex-wrap:wrap;justify-content:space-between;align-items:baseline;gap:0 1rem;
padding:.4rem 0}
.facts div+div{border-top:1px solid #E2DED6}
dt{color:#3B4349}
dd{margin:0;margin-inline-start:auto;font-weight:800;font-size:1.6rem}
.called{display:none;background:#0A4F5C;color:#fff;border-radius:1rem;padding:1.5rem 1rem;margin:.5rem 0 0}
.turn{font-size:2.2rem;font-weight:800;margin:0 0 .75rem}
.come{font-size:1.4rem;margin:0}
.room{font-size:3.2rem;font-weight:800;margin:.25rem 0 0;overflow-wrap:anywhere}
.ended{display:none;font-size:1.6rem;font-weight:700;margin:1.5rem 0}
.note{color:#3B4349;font-size:1rem;margin-top:2rem}
[data-status=called] .called,[data-status=done] .ended,[data-status=no_show] .ended{display:block}
[data-status=called] .waiting,[data-status=done] .waiting,[data-status=no_show] .waiting{display:none}
[data-status=done] .number,[data-status=no_show] .number{color:#5A646B}
[data-status=done] .note{display:none}
.missing h1{font-size:1.8rem;color:#14181B;margin:2rem 0 1rem}
.missing p{font-size:1.3rem}
"""

# Renders a state exactly as `_ticket_body` does; connects to "<code>/events" (relative, so it also works
# behind a proxy's prefix) and falls back to reloading when the stream is refused for good.
_SCRIPT = """
(function(){
var W=JSON.parse(document.getElementById("words").textContent);
var root=document.body,last=null;
function $(id){return document.getElementById(id)}
function wait(n){return n>0?W.minutes.replace("{n}",n):W.soon}
function show(s){
 root.setAttribute("data-status",s.status);
 $("number").textContent=s.number;
 $("service").textContent=s.service;
 $("status").textContent=s.position==1?W.next:W.waiting;
 $("position").textContent=s.position;
 $("wait").textContent=wait(s.wait);
 $("place").textContent=s.place;
 $("room").textContent=s.place;
 $("ended").textContent=s.status=="no_show"?W.no_show:W.done;
 document.title=s.number+" \\u2013 "+(s.status=="called"?W.your_turn:W.title);
 if(last&&s.status=="called"&&(last.status!="called"||last.called_at!=s.called_at)&&navigator.vibrate){
  try{navigator.vibrate([300,150,300])}catch(e){}
 }
 last=s;
}
if(!window.EventSource)return;
var es,heard;
function offline(){$("note").textContent=W.offline;root.setAttribute("data-following","no")}
function follow(){
 heard=Date.now();
 es=new EventSource(root.getAttribute("data-code")+"/events?lang="+document.documentElement.lang);
 es.onmessage=function(m){heard=Date.now();show(JSON.parse(m.data));$("note").textContent=W.refresh;
  root.setAttribute("data-following","yes");if(last.status=="done")es.close();};
 es.onopen=function(){heard=Date.now()};
 es.addEventListener("alive",function(){heard=Date.now()});
 es.onerror=function(){offline();
  if(es.readyState==2)setTimeout(function(){location.reload()},RELOAD_MS);};
}
follow();
setInterval(function(){
 if(es.readyState!=2&&Date.now()-heard>(es.readyState==1?SILENT_MS:CONNECT_MS)){es.close();offline();follow()}
},1000);
})();
"""
_TIMES = {"RELOAD_MS": REFRESH_SECONDS, "SILENT_MS": SILENT_SECONDS, "CONNECT_MS": ALIVE_SECONDS}
for _name, _seconds in _TIMES.items():
    _SCRIPT = _SCRIPT.replace(_name, str(int(_seconds * 1000)))

router = APIRouter(tags=["phone"])


def choose_language(header: str | None, offered: list[str], default: str) -> str:
    """The first language in Accept-Language (by q) that the routing offers and this page has words for."""
    usable = [lang for lang in offered if has_words(lang)]
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


def phone_state(ticket: dict, routing, lang: str) -> dict:
    """What the phone shows of its ticket, in `lang`; also what the event stream sends. Only this ticket."""
    service = routing.service(ticket["service"])
    return {
        "number": ticket["number"],
        "status": ticket["status"],
        "position": ticket["position"],
        "wait": ticket["estimated_wait_minutes"],
        "service": in_lang(service.name, lang) if service else "",
        "place": in_lang(service.location, lang) if service else "",
        "called_at": ticket["called_at"],
    }


def _read(hub, code: str, accept_language: str | None) -> tuple[str, dict | None, dict | None]:
    """(language, TICKET or None, phone state or None), read beside the hub's write lock: one indexed
    count for the place, whatever the length of the queue."""

    def read(db):
        _, routing = hub.routing(db)
        lang = choose_language(accept_language, routing.languages, routing.default_language)
        ticket = queue.current_ticket(db, code)
        return lang, ticket, (phone_state(ticket, routing, lang) if ticket else None)

    return hub.look(read)


def read_state(hub, code: str, accept_language: str | None) -> tuple[str, dict | None]:
    """(the page's language, the ticket's phone state or None when the hub does not know `code`)."""
    lang, _, state = _read(hub, code, accept_language)
    return lang, state


def read_live(hub, code: str, accept_language: str | None) -> tuple[dict | None, str | None]:
    """(the ticket's phone state, the id of the service it is at) for the event stream, which
    watches that service's events; (None, None) when the hub does not know `code`."""
    _, ticket, state = _read(hub, code, accept_language)
    return state, (ticket["service"] if ticket else None)


def _json_for_script(value) -> str:
    """JSON that cannot close the <script> element it sits in."""
    return json.dumps(value, ensure_ascii=False).replace("<", "\\u003c")


def _page(lang: str, title: str, body: str, *, status: str = "", code: str = "", live: bool = False) -> str:
    attrs = f' data-status="{escape(status)}" data-code="{escape(code)}"' if live else ""
    script = (
        f'<script type="application/json" id="words">{_json_for_script(words(lang))}</script>'
        f"<script>{_SCRIPT}</script>"
        if live
        else ""
    )
    direction = languages.language(lang).direction
    return (
        f'<!doctype html><html lang="{escape(lang)}" dir="{direction}"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f'<noscript><meta http-equiv="refresh" content="{REFRESH_SECONDS}"></noscript>'
        f"<title>{escape(title)}</title><style>{_STYLE}</style></head>"
        f"<body{attrs}><main>{body}</main>{script}</body></html>"
    )


def _ticket_body(state: dict, words: dict) -> str:
    wait = words["minutes"].format(n=state["wait"]) if state["wait"] > 0 else words["soon"]
    status_line = words["next"] if state["position"] == 1 else words["waiting"]
    ended = words["no_show"] if state["status"] == "no_show" else words["done"]
    place = escape(state["place"])
    return (
        f"<h1>{escape(words['title'])}</h1>"
        # As large as the screen's width allows for its length (a bold glyph is about .8 em wide):
        # A001 and AB1000 fit a 320-pixel phone alike.
        f'<p class="number" id="number" dir="ltr" style="--chars:{len(state["number"])}">'
        f"{escape(state['number'])}</p>"
        f'<p class="service" id="service">{escape(state["service"])}</p>'
        f'<div class="waiting"><p class="status" id="status">{escape(status_line)}</p>'
        '<dl class="facts">'
        f'<div><dt>{escape(words["position"])}</dt><dd id="position">{state["position"]}</dd></div>'
        f'<div><dt>{escape(words["wait"])}</dt><dd id="wait">{escape(wait)}</dd></div>'
        f'<div><dt>{escape(words["where"])}</dt><dd id="place">{place}</dd></div>'
        "</dl></div>"
        f'<div class="called" role="alert"><p class="turn">{escape(words["your_turn"])}</p>'
        f'<p class="come">{escape(words["come_to"])}</p><p class="room" id="room">{place}</p></div>'
        f'<p class="ended" id="ended">{escape(ended)}</p>'
        f'<p class="note" id="note" aria-live="polite">{escape(words["refresh"])}</p>'
    )


@router.get(
    "/t/{code}",
    response_class=HTMLResponse,
    responses={
        404: {"description": "no ticket with that code: a page that says so", "content": {"text/html": {}}}
    },
)
def ticket_page(code: str, request: Request) -> HTMLResponse:
    lang, state = read_state(request.app.state.hub, code, request.headers.get("accept-language"))
    page_words = words(lang)
    if state is None:
        body = (
            f'<div class="missing"><h1>{escape(page_words["missing_title"])}</h1>'
            f"<p>{escape(page_words['missing'])}</p></div>"
        )
        return HTMLResponse(_page(lang, page_words["missing_title"], body), status_code=404)
    called = page_words["your_turn"] if state["status"] == "called" else page_words["title"]
    title = f"{state['number']} – {called}"
    page = _page(lang, title, _ticket_body(state, page_words), status=state["status"], code=code, live=True)
    return HTMLResponse(page, headers={"Cache-Control": "no-store"})
