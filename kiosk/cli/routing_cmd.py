"""`kiosk routing check|import|export`: validate a routing file, or move one in or out of a hub database."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from kiosk.routing import check_text


def register(sub: argparse._SubParsersAction) -> None:
    routing = sub.add_parser("routing", help="check, import or export a routing file")
    verbs = routing.add_subparsers(dest="verb", metavar="VERB", required=True)

    check = verbs.add_parser("check", help="print every problem in a routing file; exit 1 if any")
    check.add_argument("file", type=Path)
    check.set_defaults(func=run_check)


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


def run_check(args: argparse.Namespace) -> int:
    text = read_file(args.file)
    if text is None:
        return 1
    problems = check_text(text)
    for problem in problems:
        print(f"{args.file}: {problem}")
    if problems:
        print(f"{len(problems)} problem(s) in {args.file}", file=sys.stderr)
        return 1
    print(f"{args.file}: ok")
    return 0
