"""The shapes the hub answers with, for the OpenAPI page: TICKET, a service's state, the queue."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field


class Ticket(BaseModel):
    """TICKET: what every client sees of a ticket; times are Helsinki ISO 8601 with offset."""

    model_config = ConfigDict(extra="allow")

    code: str = Field(description="unguessable; the key of every call and event about the ticket")
    number: str = Field(description="what the visitor reads, e.g. A012; restarts daily per prefix")
    service: str = Field(description="the service it waits for or is served by now")
    journey: list[str] = Field(description="every service of the visit, in order")
    journey_index: int = Field(description="which step of `journey` `service` is (from 0)")
    status: str = Field(description="waiting | called | done | no_show")
    position: int = Field(description="1 is the next to be called; 0 when not waiting")
    estimated_wait_minutes: int
    priority: int
    lang: str
    created_at: str = Field(description="arrival")
    queued_at: str | None = Field(description="its place in the queue: arrival, or the moment of a transfer")
    called_at: str | None = Field(description="the last call, while called")
    called_by: str | None = Field(description="anonymous id of the desk (token) that called it")
    status_url: str = Field(description="the visitor's phone page")


class ServiceState(BaseModel):
    """A service as the queue shows it: waiting count, the wait of a visitor arriving now, present or away."""

    id: str
    name: dict[str, str]
    kind: str
    prefix: str
    location: dict[str, str]
    discreet: bool
    available: bool = Field(description="false while marked away; the kiosk then sends its visitors on")
    waiting: int
    called: int = Field(description="tickets being served now (each counts whole in a wait)")
    minutes_each: float = Field(description="minutes per visit divided by desks: wait = ahead x this")
    estimated_wait_minutes: int


class QueueSnapshot(BaseModel):
    """Today's waiting tickets (per service, in call order), then the called ones; every service."""

    seq: int = Field(description="the last event included: open the event feed with since=seq")
    tickets: list[Ticket]
    services: list[ServiceState]


class ShownTicket(BaseModel):
    """A ticket as a screen (display or kiosk token) sees it: what the waiting-room display shows."""

    code: str = Field(description="a one-way alias of the ticket's code: stable, but opens nothing")
    number: str
    service: str | None = Field(description="null for a discreet service")
    status: str = Field(description="waiting | called")
    position: int
    estimated_wait_minutes: int
    queued_at: str | None
    called_at: str | None
    location: dict[str, str] | None = Field(
        None, description="a called ticket of a discreet service: the room it is called to, by language"
    )


class ShownQueue(BaseModel):
    """`GET /api/queue` for a display or kiosk token: no discreet service is listed, and of its tickets
    only the called ones, without the service."""

    seq: int
    tickets: list[ShownTicket]
    services: list[ServiceState]


class Slot(BaseModel):
    """A bookable time; Helsinki ISO 8601 with offset."""

    start: str
    end: str


class SlotList(BaseModel):
    """A scheduled service's free slots from `from` to `to` (days, inclusive), earliest first."""

    model_config = ConfigDict(populate_by_name=True)

    service: str
    from_: str = Field(alias="from", serialization_alias="from")
    to: str
    slots: list[Slot]


class BookedTicket(BaseModel):
    """The ticket a checked-in booking became."""

    code: str
    number: str
    status: str
    status_url: str


class Booking(BaseModel):
    """BOOKING: anonymous: a slot of a service, a short code and the visitor's language."""

    model_config = ConfigDict(extra="allow")

    id: int
    code: str = Field(description="6 signs of 23456789ACDEFGHJKMNPRTUVWXY, typed at check-in")
    service: str
    start: str
    end: str
    status: str = Field(description="booked | checked_in | cancelled | no_show")
    lang: str
    created_at: str
    changed_at: str | None = Field(description="the last change of status")
    ticket: BookedTicket | None = Field(description="once checked in: the ticket it became")


class CheckIn(BaseModel):
    """A checked-in booking: its ticket, in the queue of the booking's service."""

    outcome: str = Field(description="queued")
    ticket: Ticket
    booking: Booking
