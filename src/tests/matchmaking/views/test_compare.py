"""The compare page says exactly who publishing will notify and who it cannot reach, and
calls an interpreter change by its name: the same people that publishing then notifies."""

from __future__ import annotations

from django.core import mail
from django.urls import reverse

from tradebridge.accounts.models import User
from tradebridge.matchmaking import scheduling, services
from tradebridge.matchmaking.models import Placement

from .conftest import start_run


def test_compare_names_the_people_publishing_then_notifies(staff_client, session, booked):
    cns, _uss = booked
    # One Chinese participant's only representative has left: nobody to tell there.
    User.objects.filter(representations__organization=cns[1].organization).update(is_active=False)
    run = start_run(staff_client, session)
    compare = staff_client.get(reverse("matchmaking:manage-run-compare", args=[run.pk]))
    audience = compare.context["audience"]
    assert [p.pk for p in audience.unreachable] == [cns[1].pk]
    html = compare.content.decode()
    assert "Publishing notifies 3 people" in html and "Zhejiang Blue Sea Wind" in html
    response = staff_client.post(reverse("matchmaking:manage-run-publish", args=[run.pk]))
    notified = {u.pk for u in response.context["notified"]}
    assert notified == {u.pk for u in audience.people}
    assert len(notified) == len(mail.outbox) == 3


def test_an_interpreter_change_is_not_called_a_table_move(staff, session, booked):
    first = scheduling.run_start(actor=staff, session=session, time_limit=5)
    first.refresh_from_db()
    scheduling.run_publish(actor=staff, run=first)
    interpreter = services.interpreter_add(actor=staff, session=session, name="Wang Fang")
    second = scheduling.run_start(actor=staff, session=session, time_limit=5, reschedule=True)
    second.refresh_from_db()
    placement = Placement.objects.filter(run=second).first()
    Placement.objects.filter(pk=placement.pk).update(interpreter=interpreter)
    kinds = [c.kind for c in scheduling.run_compare(first, second)]
    assert kinds == ["interpreter"]
