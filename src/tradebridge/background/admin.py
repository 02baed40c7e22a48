from django.contrib import admin
from django.http import HttpRequest

from .models import Worker


@admin.register(Worker)
class WorkerAdmin(admin.ModelAdmin):
    """Which workers are alive (last seen within TASK_STALE_SECONDS): read-only, written by the
    workers themselves."""

    list_display = ["worker_id", "hostname", "pid", "started_at", "seen_at"]
    ordering = ["-seen_at"]

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: object = None) -> bool:
        return False
