"""Bilingual news articles and their RSS and Atom feeds."""
