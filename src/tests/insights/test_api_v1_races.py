"""The API's new write path on insights, appending points: two appends of the same period at
once add it once, and the other is refused whole. Concurrent transactions need PostgreSQL."""

from __future__ import annotations

import datetime as dt

import pytest
from django.db import connection

from tests.matchmaking.test_races import race
from tradebridge.insights import services
from tradebridge.insights.models import Point, Series

from .test_api_v1 import make_series

ROUNDS = 6

on_postgresql = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="concurrent transactions need PostgreSQL"
)


@on_postgresql
@pytest.mark.django_db(transaction=True)
def test_two_appends_of_the_same_period_add_it_once(staff):
    series = make_series(staff)
    for n in range(ROUNDS):
        year = str(2020 + n)

        def append(value: str, extra: str, year: str = year) -> object:
            return lambda: services.series_points_append(
                actor=staff,
                series=Series.objects.get(pk=series.pk),
                rows=[(extra, "1"), (year, value)],
            )

        outcome = race({"a": append("1.5", f"19{50 + n}"), "b": append("2.5", f"18{50 + n}")})
        assert not outcome.crashed
        assert len(outcome.done) == 1 and len(outcome.refused) == 1
        point = Point.objects.get(series=series, period=dt.date(int(year), 1, 1))
        assert str(point.value.normalize()) == ("1.5" if outcome.done == ["a"] else "2.5")
        # The refused append added nothing, not even its other row.
        loser_extra = f"18{50 + n}" if outcome.done == ["a"] else f"19{50 + n}"
        assert not Point.objects.filter(
            series=series, period=dt.date(int(loser_extra), 1, 1)
        ).exists()
