"""Registration for events and programme items: attendees, consent, capacity, waiting lists."""
