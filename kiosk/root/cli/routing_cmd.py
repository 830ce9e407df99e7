"""`kiosk routing check|import|export`: validate a routing file, or move one in or out of a hub database."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from kiosk.core import clock
from kiosk.core.routing import advice, check_text, dump, loads
from kiosk.root.cli.hub_cmd import add_db_argument, database, db_path
from kiosk.server.store import active_routing, publish_routing


def register(sub: argparse._SubParsersAction) -> None:
    routing = sub.add_parser("routing", help="check, import or export a routing file")
    verbs = routing.add_subparsers(dest="verb", metavar="VERB", required=True)

    check = verbs.add_parser("check", help="print every problem in a routing file; exit 1 if any")
    check.add_argument("file", type=Path)
    check.set_defaults(func=run_check)

    imp = verbs.add_parser("import", help="check a routing file and make it a hub database's active routing")
    imp.add_argument("file", type=Path)
    add_db_argument(imp)
    imp.add_argument("--note", default="", help="a few words on what changed")
    imp.set_defaults(func=run_import)

    exp = verbs.add_parser("export", help="write the active routing of a hub database as YAML")
    add_db_argument(exp)
    exp.add_argument("--out", type=Path, default=None, metavar="FILE", help="write here instead of stdout")
    exp.set_defaults(func=run_export)


def read_file(path: Path) -> str | None:
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        print(f"{path}: no such file", file=sys.stderr)
    except IsADirectoryError:
        print(f"{path}: is a folder, not a routing file", file=sys.stderr)
    except UnicodeDecodeError:
        print(f"{path}: not UTF-8 text", file=sys.stderr)
    except OSError as error:
        print(f"{path}: cannot read: {error.strerror}", file=sys.stderr)
    return None


def _read_checked(path: Path, refusal: str = "") -> str | None:
    """The file's text when it is a valid routing; else None, with every problem printed."""
    text = read_file(path)
    if text is None:
        return None
    problems = check_text(text)
    for problem in problems:
        print(f"{path}: {problem}")
    if problems:
        print(f"{len(problems)} problem(s) in {path}{refusal}", file=sys.stderr)
        return None
    return text


def run_check(args: argparse.Namespace) -> int:
    text = _read_checked(args.file)
    if text is None:
        return 1
    _advise(args.file, text)
    print(f"{args.file}: ok")
    return 0


def _advise(path: Path, text: str) -> None:
    """What the valid routing may still give away (kiosk/core/routing/advice.py): notes, not refusals."""
    for note in advice.discretion(loads(text)):
        print(f"{path}: note: {note}")


def run_import(args: argparse.Namespace) -> int:
    text = _read_checked(args.file, "; the active routing is unchanged")
    if text is None:
        return 1
    with database(db_path(args)) as db:
        version = publish_routing(db, text, note=args.note, now=clock.now())
    print(f"{args.file}: imported as routing version {version}")
    _advise(args.file, text)
    return 0


def run_export(args: argparse.Namespace) -> int:
    path = db_path(args)
    with database(path, must_exist=True) as db:
        active = active_routing(db)
    if active is None:
        print(
            f"{path}: has no routing yet; start the hub once or use 'kiosk routing import'", file=sys.stderr
        )
        return 1
    text = dump(loads(active[1]))
    if args.out is None:
        sys.stdout.write(text)
        return 0
    try:
        args.out.write_text(text, encoding="utf-8")
    except OSError as error:
        print(f"{args.out}: cannot write: {error.strerror}", file=sys.stderr)
        return 1
    return 0
