"""Insights: the platform's results as charts, and official statistics series."""
