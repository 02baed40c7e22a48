"""Forms of the match-making pages, one module per audience (organizer, participant)."""
