"""The visitor's printed slip: a narrow receipt (ticket or booking) drawn with QPainter, and the printer."""
