"""The match-making engine: scheduling and recommendation, plain Python with no Django import.

Dataclasses in, dataclasses out. The Django app converts models to these and back, and the
``tradebridge schedule`` / ``tradebridge recommend`` commands run them on files.
"""
