"""`python -m ingest`: see `ingest/cli.py`."""
import os
import sys

from ingest.cli import main

try:
    sys.exit(main())
except BrokenPipeError:  # the output was piped to `head` and closed: nothing is wrong
    os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    sys.exit(0)
