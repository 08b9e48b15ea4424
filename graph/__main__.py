"""`python -m graph`: see `graph/cli.py`."""
import os
import sys

from graph.cli import main

try:
    sys.exit(main())
except BrokenPipeError:  # the output was piped to `head` and closed: nothing is wrong
    os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    sys.exit(0)
