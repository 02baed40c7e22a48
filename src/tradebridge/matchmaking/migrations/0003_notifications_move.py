"""Notifications moved to the notifications app: copy every match-making notification there
(its link is the agenda in the recipient's language, its zone the event's), then drop the old
table."""

from django.db import migrations
from django.urls import NoReverseMatch, reverse
from django.utils import translation


def copy_notifications(apps, schema_editor):
    Old = apps.get_model("matchmaking", "Notification")
    New = apps.get_model("notifications", "Notification")
    ContentType = apps.get_model("contenttypes", "ContentType")
    session_type, _ = ContentType.objects.get_or_create(app_label="matchmaking", model="session")
    # Keep each notification's own time (the historical model would stamp "now").
    New._meta.get_field("created_at").auto_now_add = False
    rows = []
    for old in Old.objects.select_related("user", "session__event").iterator():
        with translation.override(old.user.language or "en"):
            try:
                link = reverse("matchmaking:agenda", kwargs={"pk": old.session_id})
            except NoReverseMatch:
                link = ""
        rows.append(
            New(
                user_id=old.user_id,
                kind="matchmaking/notifications/"
                + ("agenda_changed" if "changed" in old.subject else "agenda_published"),
                subject=old.subject,
                body=old.body,
                link=link,
                about_type=session_type,
                about_id=old.session_id,
                time_zone=old.session.event.time_zone,
                created_at=old.created_at,
                read_at=old.read_at,
            )
        )
    New.objects.bulk_create(rows, batch_size=1000)


class Migration(migrations.Migration):
    dependencies = [
        ("matchmaking", "0002_interpreter_is_active"),
        ("notifications", "0001_initial"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [
        migrations.RunPython(copy_notifications, migrations.RunPython.noop),
        migrations.DeleteModel(name="Notification"),
    ]
