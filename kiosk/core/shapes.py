"""JSON shapes both sides of the network share: what the hub sends and the screens read."""

from __future__ import annotations

from kiosk.core.routing import Service


def service_fields(service: Service) -> dict:
    """What every client is told about a service, in SERVICE and in a service's queue state alike."""
    return {
        "id": service.id,
        "name": dict(service.name),
        "kind": service.kind,
        "prefix": service.prefix,
        "location": dict(service.location),
        "discreet": service.discreet,
    }


def service_json(service: Service) -> dict:
    """SERVICE: the service as plain data, every key present."""
    return {**service_fields(service), "schedule": [vars(block).copy() for block in service.schedule]}
