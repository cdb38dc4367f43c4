"""Rules of the phrasing family."""
