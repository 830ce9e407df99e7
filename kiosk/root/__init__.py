"""The composition root: the `kiosk` command (`cli`), the embedded hub's launcher and pairing. The one
place that imports every room and the screens, to put a process together."""
