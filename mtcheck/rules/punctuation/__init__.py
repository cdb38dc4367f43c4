"""Rules of the punctuation family."""
