"""Reads on match-making, one module per audience: what the organizer and what a
participant sees."""
