"""Match-making sessions: the Django app (models, services, views) and, in ``engine``, the
pure-Python scheduling and recommendation library. Keep this file free of Django imports so
that ``tradebridge.matchmaking.engine`` can be imported without Django configured."""
