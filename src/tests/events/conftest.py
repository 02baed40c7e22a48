"""Events: the fixtures of the match-making tests (an event in Los Angeles with a session)."""

from tests.matchmaking.conftest import event, session  # noqa: F401
