"""Events: summits, sessions and their match-making."""
