"""The hub's own words (the phone page) from translations/kiosk_<lang>.ts, read as XML without Qt.

The same files the screens use: a translator translates a language in one place. A message marked
unfinished or left empty falls back to its English source, as `lrelease` does for the screens.
"""

from __future__ import annotations

import logging
import xml.etree.ElementTree as ET
from functools import lru_cache
from pathlib import Path

from kiosk.core.paths import TRANSLATIONS

log = logging.getLogger(__name__)


def ts_file(lang: str, folder: Path | None = None) -> Path:
    return (folder or TRANSLATIONS) / f"kiosk_{lang}.ts"


@lru_cache(maxsize=64)
def _read(path: Path, _mtime: float) -> dict[tuple[str, str], str]:
    table: dict[tuple[str, str], str] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            if translation.text:
                table[(name, message.findtext("source", ""))] = translation.text
    return table


def translations(lang: str, folder: Path | None = None) -> dict[tuple[str, str], str] | None:
    """(context, source) -> text in `lang`; None (logged) when the language has no readable .ts."""
    path = ts_file(lang, folder)
    try:
        return _read(path, path.stat().st_mtime)
    except FileNotFoundError:
        return None
    except (OSError, ET.ParseError) as error:
        log.warning("Cannot read %s (%s): its words are in English", path, error)
        return None


def has_context(lang: str, context: str, folder: Path | None = None) -> bool:
    """Whether `lang` has any word of `context` translated (English, the source, always has)."""
    if lang == "en":
        return True
    table = translations(lang, folder)
    return table is not None and any(ctx == context for ctx, _ in table)


def words(lang: str, context: str, sources: dict[str, str], folder: Path | None = None) -> dict[str, str]:
    """`sources` (key -> English source) in `lang`; a word without a translation stays in English."""
    table = translations(lang, folder) or {}
    if not table and lang != "en":
        log.warning("No translations for '%s' (%s): its words are in English", lang, ts_file(lang, folder))
    return {key: table.get((context, source), source) for key, source in sources.items()}
