"""Placeholder: filled in by its owner."""


def register(sub) -> None:
    pass
