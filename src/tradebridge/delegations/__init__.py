"""Delegations: national and provincial delegations, delegates, rosters, invitation letters."""
