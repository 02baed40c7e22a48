"""Staff see which workers are alive in the admin; nobody edits what the workers write."""

from __future__ import annotations

from tests.conftest import client_for
from tradebridge.accounts.models import User
from tradebridge.background.services import worker_beat


def test_the_admin_lists_workers_read_only(db):
    worker_beat(worker_id="w-admin", hostname="host-a", pid=4242)
    root = User.objects.create_superuser("root@example.org", "a-long-password-1")
    client = client_for(root)
    page = client.get("/en/admin/background/worker/")
    assert page.status_code == 200 and "host-a" in page.content.decode()
    assert client.get("/en/admin/background/worker/add/").status_code == 403
