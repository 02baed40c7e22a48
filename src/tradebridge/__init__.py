"""Tradebridge: a bilingual platform for bilateral trade and investment cooperation."""

__version__ = "0.1.0"
