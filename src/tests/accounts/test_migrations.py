"""Accounts that existed before e-mail confirmation count as confirmed."""

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from tradebridge.accounts.models import User

BEFORE = [("accounts", "0001_initial")]


@pytest.mark.django_db(transaction=True)
def test_existing_accounts_are_migrated_as_confirmed():
    executor = MigrationExecutor(connection)
    executor.migrate(BEFORE)
    old_user = executor.loader.project_state(BEFORE).apps.get_model("accounts", "User")
    old_user.objects.create(email="before@example.org", password="!")
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(executor.loader.graph.leaf_nodes())
    assert User.objects.get(email="before@example.org").email_verified is True
