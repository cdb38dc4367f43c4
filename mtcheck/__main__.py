"""Run the command line: python -m mtcheck."""
from mtcheck.cli import main

main()
