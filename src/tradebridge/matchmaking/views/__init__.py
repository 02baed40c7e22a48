"""The match-making pages, one module per audience: the organizer (secretariat staff) and
the participant (an enterprise representative)."""
