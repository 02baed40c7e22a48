"""Backup and restore (issue 13): `tradebridge export` then `tradebridge import-backup` into an
empty database gives back every row of every table (ids kept) and every media file; a non-empty
database, another migration state or a damaged archive is refused and leaves nothing behind."""

from __future__ import annotations

import io
import json
import tarfile
from pathlib import Path

import pytest
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import CommandError, call_command
from django.db import connection
from django.utils import translation
from PIL import Image

from tests.factories import OrganizationFactory, UserFactory
from tests.matchmaking.conftest import cn, event, session, us  # noqa: F401  (fixtures)
from tests.matchmaking.views.conftest import booked  # noqa: F401  (fixtures)
from tradebridge.accounts.models import User
from tradebridge.directory.models import Organization
from tradebridge.directory.services import taxonomy_seed
from tradebridge.matchmaking import scheduling, services
from tradebridge.matchmaking.models import Meeting, MeetingRequest, Session
from tradebridge.notifications.models import Notification
from tradebridge.web.backup import backed_up_models, media_files

pytestmark = pytest.mark.django_db(transaction=True)


def _png() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (40, 20), "red").save(buffer, "PNG")
    return buffer.getvalue()


def table_rows() -> dict[str, list[tuple]]:
    """Every row of every table, read with SQL (not through the models being restored)."""
    rows = {}
    with connection.cursor() as cursor:
        for model in backed_up_models():
            table = connection.ops.quote_name(model._meta.db_table)
            pk = connection.ops.quote_name(model._meta.pk.column)
            cursor.execute(f"SELECT * FROM {table} ORDER BY {pk}")
            rows[model._meta.label_lower] = cursor.fetchall()
    return rows


def stored_files() -> dict[str, bytes]:
    files = {}
    for name in media_files(default_storage):
        with default_storage.open(name, "rb") as f:
            files[name] = f.read()
    return files


def empty_the_platform() -> None:
    """A freshly migrated database (content types, permissions, seed taxonomy) and no media."""
    call_command("flush", "--noinput", verbosity=0)
    taxonomy_seed()
    for name in list(media_files(default_storage)):
        default_storage.delete(name)


def rewrite(archive: Path, target: Path, name: str, change) -> Path:
    """A copy of ``archive`` whose member ``name`` is ``change(bytes)``."""
    with tarfile.open(archive, "r:gz") as source, tarfile.open(target, "w:gz") as out:
        for member in source.getmembers():
            content = source.extractfile(member).read()
            if member.name == name:
                content = change(content)
                member.size = len(content)
            out.addfile(member, io.BytesIO(content))
    return target


@pytest.fixture
def platform(staff, session, booked, cn, us, owner_client, organization):  # noqa: F811
    """Demo-like data: organizations with a logo, a session with requests and meetings, a
    published scheduler run (and the notifications it sent), a file in the embedding store."""
    response = owner_client.post(
        f"/en/directory/o/{organization.slug}/edit/",
        {
            "name_en": "Bright Solar",
            "kind": "enterprise",
            "logo": SimpleUploadedFile("l.png", _png()),
        },
    )
    assert response.status_code == 302
    services.request_create(actor=staff, requester=cn[0], recipient=us[0], message="你好")
    run = scheduling.run_start(actor=staff, session=session, time_limit=5)
    run.refresh_from_db()
    scheduling.run_publish(actor=staff, run=run)
    with translation.override("zh-hans"):  # its `name` column holds the Chinese name
        OrganizationFactory(name_en="Alpha Wind", name_zh_hans="阿尔法风电", name="阿尔法风电")
    default_storage.save("cache/embeddings-test.bin", ContentFile(b"\x00\x01vectors"))
    assert Organization.objects.exclude(logo="").count() == 1
    assert MeetingRequest.objects.exists() and Meeting.objects.count() >= 4
    assert Session.objects.filter(published_run__isnull=False).exists()
    assert Notification.objects.exists()


def test_export_then_import_into_an_empty_database_gives_back_every_row_and_file(
    platform, tmp_path
):
    before_rows, before_files = table_rows(), stored_files()
    archive = tmp_path / "backup.tar.gz"
    call_command("export", "-o", str(archive), verbosity=0)

    with pytest.raises(CommandError, match="nothing restored: the database is not empty"):
        call_command("import_backup", str(archive))

    empty_the_platform()
    assert not User.objects.exists() and stored_files() == {}
    call_command("import_backup", str(archive), verbosity=0)

    after_rows = table_rows()
    assert after_rows.keys() == before_rows.keys()
    for label, rows in before_rows.items():
        assert after_rows[label] == rows, label
    assert sum(len(rows) for rows in after_rows.values()) > 100
    assert stored_files() == before_files
    assert any(name.startswith("logos/") for name in before_files)
    # The id sequences moved past the restored rows: a new row takes a new id.
    newcomer = UserFactory(email="after-restore@example.org")
    assert newcomer.pk > max(row[0] for row in before_rows["accounts.user"])


def test_an_archive_of_another_migration_state_is_refused(platform, tmp_path):
    archive = tmp_path / "backup.tar.gz"
    call_command("export", "-o", str(archive), verbosity=0)

    def older(content: bytes) -> bytes:
        manifest = json.loads(content)
        manifest["migrations"]["directory"] = manifest["migrations"]["directory"][:-1]
        manifest["migrations"]["future"] = ["0001_initial"]
        return json.dumps(manifest).encode()

    other = rewrite(archive, tmp_path / "other.tar.gz", "manifest.json", older)
    empty_the_platform()
    with pytest.raises(CommandError) as refused:
        call_command("import_backup", str(other))
    message = str(refused.value)
    assert "different migration state" in message
    assert "applied in the archive only: future.0001_initial" in message
    assert "applied in this database only: directory." in message
    assert not User.objects.exists()


def test_a_damaged_archive_restores_nothing_not_even_its_files(platform, tmp_path):
    archive = tmp_path / "backup.tar.gz"
    call_command("export", "-o", str(archive), verbosity=0)

    def dangling(content: bytes) -> bytes:  # the last meeting meets a missing participant
        items = json.loads(content)
        items[-1]["fields"]["second"] = 987654
        return json.dumps(items).encode()

    damaged = rewrite(
        archive, tmp_path / "damaged.tar.gz", "data/matchmaking.meeting.json", dangling
    )
    empty_the_platform()
    with pytest.raises(CommandError, match="nothing restored: the archive's rows do not hold"):
        call_command("import_backup", str(damaged))
    assert not User.objects.exists()
    assert not Meeting.objects.exists()
    assert stored_files() == {}

    not_a_backup = tmp_path / "notes.tar.gz"
    not_a_backup.write_bytes(b"plain text")
    with pytest.raises(CommandError, match=r"not a readable \.tar\.gz archive"):
        call_command("import_backup", str(not_a_backup))
