#!/usr/bin/env python
"""Django's command-line utility (the ``tradebridge`` command does the same)."""

import sys

from tradebridge.cli import main

if __name__ == "__main__":
    sys.exit(main())
