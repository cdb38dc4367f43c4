"""Rules of the locale family."""
