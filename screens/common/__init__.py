"""Parts shared by every screen: theme, translations, big buttons, QR view, countdown, language bar."""
