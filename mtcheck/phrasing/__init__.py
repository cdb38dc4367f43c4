"""The phrasing lexicons and their pattern language (data/<src>-<tgt>/phrasing.tsv, PHRASING.md)."""
