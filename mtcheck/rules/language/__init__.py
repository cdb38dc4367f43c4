"""Rules of the language family."""
