"""Names analysis shared by the names rules: the gazetteer and its foreign forms."""
