"""Words and colours: every translation complete, every theme pair readable (7:1)."""

from __future__ import annotations

import ast
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from screens.common import theme
from screens.common.build_translations import SCREENS, found_languages, ts_path

LANGUAGES = found_languages()


def translate_calls() -> set[tuple[str, str]]:
    """Every (context, source) passed literally to QCoreApplication.translate in screens/."""
    found = set()
    for path in SCREENS.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr == "translate"
                and len(node.args) >= 2
                and all(isinstance(a, ast.Constant) and isinstance(a.value, str) for a in node.args[:2])
            ):
                found.add((node.args[0].value, node.args[1].value))
    return found


def messages(lang: str) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(ts_path(lang)).getroot()
    out = {}
    for context in root.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            out[(name, message.findtext("source"))] = message.find("translation")
    return out


def test_the_code_uses_translations():
    assert len(translate_calls()) > 20


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_string_is_translated(lang):
    found = messages(lang)
    missing = translate_calls() - set(found)
    assert not missing, f"run build_translations --update and translate: {sorted(missing)}"
    unfinished = [src for src, tr in found.items() if tr.get("type") == "unfinished" or not (tr.text or "")]
    assert unfinished == []
    for (_context, source), translation in found.items():
        assert ("%1" in source) == ("%1" in translation.text), source


def test_every_ts_has_the_same_strings():
    keys = [set(messages(lang)) for lang in LANGUAGES]
    assert all(k == keys[0] for k in keys)


@pytest.mark.parametrize(("text", "background"), theme.PAIRS)
def test_theme_pairs_reach_7_to_1(text, background):
    ratio = theme.contrast(theme.COLOURS[text], theme.COLOURS[background])
    assert ratio >= 7, f"{text} on {background}: {ratio:.2f}"


def test_contrast_is_computed_as_wcag_says():
    assert theme.contrast("#000000", "#FFFFFF") == pytest.approx(21)
    assert theme.contrast("#777777", "#FFFFFF") == pytest.approx(4.48, abs=0.01)


@pytest.mark.parametrize("scale", [0.7, 1.0])
def test_the_stylesheet_fills_every_name(scale):
    qss = theme.stylesheet(scale)
    assert "{{" not in qss
    assert theme.sizes(scale)["button_min_height"] >= 80


def test_text_is_big_enough_at_1080p():
    sizes = theme.sizes(1.0)
    assert sizes["font_question"] >= 40
    assert sizes["font_answer"] >= 30
    assert sizes["font_ticket_number"] >= 200


def test_the_screenshots_command_refuses_a_language_the_routing_does_not_have(tmp_path: Path, capsys):
    from kiosk.root.cli import main

    assert main(["screenshots", str(tmp_path / "out"), "--lang", "fi", "--lang", "xx"]) == 2
    said = capsys.readouterr().err
    assert "no language 'xx'" in said and "fi, sv, en" in said
    assert not (tmp_path / "out").exists(), "nothing written"
