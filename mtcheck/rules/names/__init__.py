"""Rules of the names family."""
