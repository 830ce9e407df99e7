"""Build translations/kiosk_<lang>.qm from the .ts sources (and, with --update, refresh the .ts from code)."""

from __future__ import annotations

import argparse
import shutil
import sys
from pathlib import Path

from kiosk.core import languages

REPO = Path(__file__).resolve().parents[2]
TRANSLATIONS = REPO / "translations"
SCREENS = REPO / "screens"
EXTRA_SOURCES = [
    REPO / "kiosk" / "server" / "hub" / "phone_words.py",
    REPO / "kiosk" / "core" / "languages.py",
]
"""Words outside screens/ that live in the .ts files too: the phone page's (read by the hub without Qt)."""


def found_languages(folder: Path | None = None) -> list[str]:
    """Every language with a translations/kiosk_<code>.ts: the registry's first, in its order, then others."""
    folder = folder or TRANSLATIONS
    present = {p.stem.removeprefix("kiosk_") for p in folder.glob("kiosk_*.ts")}
    return [c for c in languages.codes() if c in present] + sorted(present - set(languages.codes()))


def tool(name: str) -> str:
    """The PySide6 wrapper for a Qt tool, next to this Python first, then on PATH."""
    beside = Path(sys.executable).parent / f"pyside6-{name}"
    if beside.exists():
        return str(beside)
    found = shutil.which(f"pyside6-{name}")
    if not found:
        raise FileNotFoundError(f"pyside6-{name} not found; install PySide6")
    return found


def ts_path(lang: str) -> Path:
    return TRANSLATIONS / f"kiosk_{lang}.ts"


def qm_path(lang: str) -> Path:
    return TRANSLATIONS / f"kiosk_{lang}.qm"


def update() -> None:
    """Add new source strings from screens/ to every .ts (existing translations are kept)."""
    sources = sorted(str(p.relative_to(REPO)) for p in [*SCREENS.rglob("*.py"), *EXTRA_SOURCES])
    # Every registry language gets its .ts (a new one starts with every message untranslated).
    for lang in dict.fromkeys([*languages.codes(), *found_languages()]):
        args = [tool("lupdate"), *sources, "-no-obsolete", "-locations", "none"]
        args += [
            "-source-language",
            "en",
            "-target-language",
            lang,
            "-ts",
            str(ts_path(lang).relative_to(REPO)),
        ]
        import subprocess  # here, not at the top: the kiosk imports this module at start, to read .qm files

        subprocess.run(args, cwd=REPO, check=True)


def build(lang: str) -> Path:
    """Compile one language's .ts into its .qm."""
    return compile_qm(ts_path(lang), qm_path(lang))


def compile_qm(ts: Path, qm: Path) -> Path:
    """Compile `ts` into `qm`, replacing it whole: written beside it under another name, then renamed.

    A running kiosk, display or console maps its .qm files into memory (QTranslator). Rewritten in
    place, the file would change under them: they would read the new file's bytes at the old one's
    offsets (wrong words, or a crash: a kiosk in a soak ended with SIGSEGV when its .qm files were
    rebuilt beside it). Renamed over, the old file lives on for whoever still has it open.
    """
    import os
    import subprocess
    import tempfile

    handle, temporary = tempfile.mkstemp(prefix=f".{qm.stem}-", suffix=".qm", dir=qm.parent)
    os.close(handle)
    try:
        subprocess.run([tool("lrelease"), "-silent", str(ts), "-qm", temporary], check=True)
        # mkstemp makes it private: readable as the file it replaces, or as the project's other files
        os.chmod(temporary, qm.stat().st_mode & 0o777 if qm.exists() else 0o644)
        os.replace(temporary, qm)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return qm


def ensure_built(lang: str) -> Path | None:
    """The .qm for `lang`, rebuilt when missing or older than its .ts; None when there is no .ts."""
    ts, qm = ts_path(lang), qm_path(lang)
    if not ts.exists():
        return None
    if not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
        build(lang)
    return qm


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--update", action="store_true", help="refresh the .ts files from the code first")
    args = parser.parse_args(argv)
    if args.update:
        update()
    for lang in found_languages():
        print(build(lang).relative_to(REPO))
    return 0


if __name__ == "__main__":
    sys.exit(main())
