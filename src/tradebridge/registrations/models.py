"""Registration for events and programme items: attendees, consent, capacity, waiting lists."""

from __future__ import annotations
