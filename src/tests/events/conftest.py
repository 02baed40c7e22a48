"""Events: the fixtures of the match-making tests (an event in Los Angeles with a session)."""

from tests.events.programme_fixtures import (  # noqa: F401
    consul,
    dst_event,
    dst_items,
    hall,
    moderator,
)
from tests.matchmaking.conftest import event, session  # noqa: F401
