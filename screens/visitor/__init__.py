"""The visitor's kiosk: welcome, questions, ticket, scheduled specialist, offline."""
