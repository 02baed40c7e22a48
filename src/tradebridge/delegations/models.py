"""Delegations: national and provincial delegations, delegates, rosters, invitation letters."""

from __future__ import annotations
