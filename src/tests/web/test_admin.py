"""The admin site speaks the reader's language: its title, every app's and model's name."""

from __future__ import annotations

import re

import pytest

from tests.factories import UserFactory

CJK = re.compile(r"[\u4e00-\u9fff]")


@pytest.fixture
def admin_client(client, db):
    client.force_login(UserFactory(is_staff=True, is_superuser=True, email="root@example.org"))
    return client


def _names(response):
    apps = response.context["app_list"]
    return [app["name"] for app in apps] + [m["name"] for app in apps for m in app["models"]]


def test_the_admin_index_is_in_chinese_on_the_chinese_site(admin_client):
    response = admin_client.get("/zh-hans/admin/")
    html = response.content.decode()
    assert response.status_code == 200
    assert "Django" not in html
    assert "Tradebridge 管理后台" in html
    names = _names(response)
    assert "后台任务" in names and "通知" in names
    untranslated = [name for name in names if not CJK.search(str(name))]
    assert untranslated == []


def test_the_admin_index_is_in_english_on_the_english_site(admin_client):
    response = admin_client.get("/en/admin/")
    html = response.content.decode()
    assert "Django" not in html and "Tradebridge administration" in html
    names = _names(response)
    assert "Background tasks" in names and "Notifications" in names
    assert not any(CJK.search(str(name)) for name in names)


def test_the_task_list_has_chinese_columns(admin_client):
    response = admin_client.get("/zh-hans/admin/django_tasks_database/dbtaskresult/")
    html = response.content.decode()
    assert response.status_code == 200
    assert "Task Result" not in html and "enqueued at" not in html.lower()
