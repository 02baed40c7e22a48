"""Logging filters for requests (installed by ``settings.LOGGING``)."""

from __future__ import annotations

import logging


class ForbiddenWithoutTraceback(logging.Filter):
    """A refused request (403) is an expected outcome, not a fault: keep its one line
    ("Forbidden (Permission denied): /path") and drop the traceback Django attaches."""

    def filter(self, record: logging.LogRecord) -> bool:
        if getattr(record, "status_code", None) == 403:
            record.exc_info = None
            record.exc_text = None
        return True
