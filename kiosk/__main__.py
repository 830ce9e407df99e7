"""`python -m kiosk` is the `kiosk` command."""

from kiosk.root.cli import main

raise SystemExit(main())
