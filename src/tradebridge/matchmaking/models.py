"""Match-making: a session of pre-scheduled one-to-one meetings inside an event.

A session has time slots (generated from its hours, slot length and pauses), tables and
interpreters. Organizations take part as participants; they send meeting requests, which
become meetings when accepted (or when the organizer adds them). A scheduler run places the
meetings in slots and at tables; the published run is what everyone's agenda shows.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from tradebridge.directory.models import Organization
from tradebridge.events.models import AgendaItem, Event

LANGUAGES = [("zh", _("Chinese")), ("en", _("English"))]


class Session(models.Model):
    class Status(models.TextChoices):
        DRAFT = "draft", _("In preparation")
        OPEN = "open", _("Open for requests")
        CLOSED = "closed", _("Requests closed")
        PUBLISHED = "published", _("Schedule published")

    event = models.ForeignKey(
        Event, verbose_name=_("event"), on_delete=models.CASCADE, related_name="sessions"
    )
    title = models.CharField(_("title"), max_length=200)  # translated
    location = models.CharField(_("room"), max_length=200, blank=True)  # translated
    starts_at = models.DateTimeField(_("starts at"))
    ends_at = models.DateTimeField(_("ends at"))
    slot_minutes = models.PositiveSmallIntegerField(_("slot length (minutes)"), default=15)
    # [{"start": "15:30", "end": "15:45"}] in the event's time zone: pauses are not slots, and
    # an idle slot next to a pause is not counted as a break in anyone's day.
    pauses = models.JSONField(_("pauses"), default=list, blank=True)
    request_deadline = models.DateTimeField(_("request deadline"), null=True, blank=True)
    max_requests = models.PositiveSmallIntegerField(
        _("maximum requests per participant"), default=15
    )
    registration_open = models.BooleanField(
        _("organizations may register themselves"), default=True
    )
    fairness = models.PositiveSmallIntegerField(
        _("fairness (breaks above the least)"), null=True, blank=True, default=2
    )
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.DRAFT
    )
    published_run = models.ForeignKey(
        "ScheduleRun",
        verbose_name=_("published schedule"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    # The programme item this session is held in (kind "matchmaking"): the event's programme
    # links to the session from it (matchmaking/sections.py registers the link).
    programme_item = models.OneToOneField(
        AgendaItem,
        verbose_name=_("programme item"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="matchmaking_session",
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["starts_at"]
        verbose_name = _("match-making session")
        verbose_name_plural = _("match-making sessions")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(ends_at__gt=models.F("starts_at")), name="session_hours_in_order"
            )
        ]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("matchmaking:session", kwargs={"pk": self.pk})


class Slot(models.Model):
    session = models.ForeignKey(Session, on_delete=models.CASCADE, related_name="slots")
    index = models.PositiveSmallIntegerField()
    starts_at = models.DateTimeField()
    ends_at = models.DateTimeField()
    # Slots of different segments (separated by a pause) are never adjacent for breaks.
    segment = models.PositiveSmallIntegerField(default=0)
    is_active = models.BooleanField(_("in use"), default=True)

    class Meta:
        ordering = ["session", "index"]
        constraints = [
            models.UniqueConstraint(fields=["session", "index"], name="unique_slot_index")
        ]

    def __str__(self) -> str:
        return f"{self.starts_at:%H:%M}–{self.ends_at:%H:%M}"

    @property
    def code(self) -> str:
        return f"s{self.index:02d}"


class Table(models.Model):
    session = models.ForeignKey(Session, on_delete=models.CASCADE, related_name="tables")
    number = models.PositiveSmallIntegerField(_("number"))
    name = models.CharField(_("name"), max_length=40, blank=True)
    is_active = models.BooleanField(_("in use"), default=True)

    class Meta:
        ordering = ["session", "number"]
        constraints = [
            models.UniqueConstraint(fields=["session", "number"], name="unique_table_number")
        ]

    def __str__(self) -> str:
        return self.name or str(self.number)


class Interpreter(models.Model):
    session = models.ForeignKey(Session, on_delete=models.CASCADE, related_name="interpreters")
    name = models.CharField(_("name"), max_length=200)
    languages = models.JSONField(_("languages"), default=list)  # ["zh", "en"]
    # Slots the interpreter works; empty means all of them.
    slots = models.ManyToManyField(Slot, verbose_name=_("hours"), blank=True, related_name="+")
    # Off for the day (ill, called away): kept for the schedules that name them.
    is_active = models.BooleanField(_("available"), default=True)

    class Meta:
        ordering = ["session", "name"]
        verbose_name = _("interpreter")
        verbose_name_plural = _("interpreters")

    def __str__(self) -> str:
        return self.name


class Participant(models.Model):
    class Status(models.TextChoices):
        INVITED = "invited", _("Invited")
        REGISTERED = "registered", _("Registered")
        CANCELLED = "cancelled", _("Cancelled")

    session = models.ForeignKey(Session, on_delete=models.CASCADE, related_name="participants")
    organization = models.ForeignKey(
        Organization, on_delete=models.CASCADE, related_name="participations"
    )
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.REGISTERED
    )
    # People who attend; two people can hold two meetings at once.
    attendees = models.ManyToManyField(
        settings.AUTH_USER_MODEL, verbose_name=_("attendees"), blank=True, related_name="+"
    )
    attendee_count = models.PositiveSmallIntegerField(_("people attending"), default=1)
    # Languages its attendees speak (zh, en). Two participants with languages but none in
    # common need an interpreter; empty means they manage without one.
    languages = models.JSONField(_("languages spoken"), default=list, blank=True)
    unavailable = models.ManyToManyField(
        Slot, verbose_name=_("not available"), blank=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["session", "organization__name"]
        verbose_name = _("participant")
        verbose_name_plural = _("participants")
        constraints = [
            models.UniqueConstraint(fields=["session", "organization"], name="unique_participant")
        ]

    def __str__(self) -> str:
        return str(self.organization)

    @property
    def code(self) -> str:
        return f"p{self.pk}"


class MeetingRequest(models.Model):
    class Status(models.TextChoices):
        PENDING = "pending", _("Awaiting an answer")
        ACCEPTED = "accepted", _("Accepted")
        DECLINED = "declined", _("Declined")
        WITHDRAWN = "withdrawn", _("Withdrawn")

    class Priority(models.IntegerChoices):
        LOW = 1, _("Would be useful")
        MEDIUM = 2, _("Important")
        HIGH = 3, _("Essential")

    session = models.ForeignKey(Session, on_delete=models.CASCADE, related_name="requests")
    requester = models.ForeignKey(Participant, on_delete=models.CASCADE, related_name="sent")
    recipient = models.ForeignKey(Participant, on_delete=models.CASCADE, related_name="received")
    priority = models.PositiveSmallIntegerField(
        _("priority"), choices=Priority.choices, default=Priority.MEDIUM
    )
    message = models.CharField(_("message"), max_length=500, blank=True)
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.PENDING
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    answered_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("meeting request")
        verbose_name_plural = _("meeting requests")
        constraints = [
            models.UniqueConstraint(fields=["requester", "recipient"], name="unique_request"),
            models.CheckConstraint(
                condition=~models.Q(requester=models.F("recipient")), name="request_not_to_self"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.requester} → {self.recipient}"


class Meeting(models.Model):
    """A confirmed one-to-one meeting, to be scheduled. ``first`` has the lower primary key."""

    class Origin(models.TextChoices):
        REQUEST = "request", _("Accepted request")
        ORGANIZER = "organizer", _("Added by the organizer")
        WALK_IN = "walk-in", _("Added on the day")

    class Status(models.TextChoices):
        CONFIRMED = "confirmed", _("Confirmed")
        CANCELLED = "cancelled", _("Cancelled")

    session = models.ForeignKey(Session, on_delete=models.CASCADE, related_name="meetings")
    first = models.ForeignKey(Participant, on_delete=models.CASCADE, related_name="+")
    second = models.ForeignKey(Participant, on_delete=models.CASCADE, related_name="+")
    priority = models.PositiveSmallIntegerField(_("priority"), default=1)
    # Forced by the organizer: the scheduler must place it (else the run is infeasible).
    required = models.BooleanField(_("must be scheduled"), default=False)
    mutual = models.BooleanField(_("requested by both"), default=False)
    origin = models.CharField(max_length=10, choices=Origin.choices, default=Origin.REQUEST)
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.CONFIRMED
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["session", "pk"]
        verbose_name = _("meeting")
        verbose_name_plural = _("meetings")
        constraints = [
            models.UniqueConstraint(fields=["first", "second"], name="unique_meeting_pair"),
            models.CheckConstraint(
                condition=models.Q(first__lt=models.F("second")), name="meeting_pair_ordered"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.first} – {self.second}"

    @property
    def code(self) -> str:
        return f"m{self.pk}"


class ScheduleRun(models.Model):
    """One scheduler run: queued, running (progress updated), then a result. A session has at
    most one queued or running run at a time (database constraint)."""

    class Status(models.TextChoices):
        QUEUED = "queued", _("Waiting for a worker")
        RUNNING = "running", _("Running")
        DONE = "done", _("Finished")
        FAILED = "failed", _("Failed")
        CANCELLED = "cancelled", _("Cancelled")

    class Kind(models.TextChoices):
        DRAFT = "draft", _("Schedule")
        RESCHEDULE = "reschedule", _("Re-schedule of the published schedule")

    session = models.ForeignKey(Session, on_delete=models.CASCADE, related_name="runs")
    kind = models.CharField(max_length=10, choices=Kind.choices, default=Kind.DRAFT)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.QUEUED)
    time_limit = models.PositiveSmallIntegerField(_("time limit (seconds)"), default=30)
    cancel_requested = models.BooleanField(default=False)
    # {"phase", "objective", "bound", "seconds"} of the latest solution, for the progress bar.
    progress = models.JSONField(default=dict, blank=True)
    # The engine's verdict: status, objective, bound, unscheduled meeting ids with reasons.
    result = models.JSONField(default=dict, blank=True)
    error = models.TextField(blank=True)
    based_on = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    started_at = models.DateTimeField(null=True, blank=True)
    # Written by the worker every few seconds while it solves: a running run whose heartbeat
    # stops (the worker was killed) is ended by ``scheduling.runs_recover``.
    heartbeat_at = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)
    published_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("scheduler run")
        verbose_name_plural = _("scheduler runs")
        constraints = [
            models.UniqueConstraint(
                fields=["session"],
                condition=models.Q(status__in=["queued", "running"]),
                name="one_active_run_per_session",
            )
        ]

    def __str__(self) -> str:
        return f"{self.session} #{self.pk}"

    @property
    def is_active(self) -> bool:
        return self.status in (self.Status.QUEUED, self.Status.RUNNING)


class Placement(models.Model):
    """Where and when a run puts a meeting."""

    run = models.ForeignKey(ScheduleRun, on_delete=models.CASCADE, related_name="placements")
    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="placements")
    slot = models.ForeignKey(Slot, on_delete=models.PROTECT, related_name="+")
    table = models.ForeignKey(Table, on_delete=models.PROTECT, related_name="+")
    interpreter = models.ForeignKey(
        Interpreter, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )

    class Meta:
        ordering = ["slot__index", "table__number"]
        constraints = [
            models.UniqueConstraint(fields=["run", "meeting"], name="unique_placement"),
            models.UniqueConstraint(fields=["run", "slot", "table"], name="one_meeting_per_table"),
        ]

    def __str__(self) -> str:
        return f"{self.meeting} @ {self.slot} / {self.table}"


class MeetingOutcome(models.Model):
    """What a participant reports after a meeting; feeds the project pool."""

    class Interest(models.IntegerChoices):
        NONE = 0, _("No further interest")
        SOME = 1, _("Some interest")
        STRONG = 2, _("Strong interest")

    class NextStep(models.TextChoices):
        NONE = "none", _("None planned")
        FOLLOW_UP = "follow-up", _("Follow-up meeting")
        VISIT = "visit", _("Site visit")
        PROPOSAL = "proposal", _("Proposal or quotation")
        AGREEMENT = "agreement", _("Agreement in preparation")

    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="outcomes")
    participant = models.ForeignKey(Participant, on_delete=models.CASCADE, related_name="+")
    held = models.BooleanField(_("the meeting took place"), default=True)
    interest = models.PositiveSmallIntegerField(
        _("interest"), choices=Interest.choices, default=Interest.SOME
    )
    next_step = models.CharField(
        _("next step"), max_length=10, choices=NextStep.choices, default=NextStep.NONE
    )
    notes = models.TextField(_("notes"), blank=True)
    reported_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("meeting outcome")
        verbose_name_plural = _("meeting outcomes")
        constraints = [
            models.UniqueConstraint(fields=["meeting", "participant"], name="unique_outcome")
        ]

    def __str__(self) -> str:
        return f"{self.meeting}: {self.get_interest_display()}"


class DayReport(models.Model):
    """On the day, a representative tells the organizers about one of its meetings: it is
    running late, or its partner is not at the table. The session's staff are notified and
    see the open reports on the session's page until one of them marks a report handled."""

    class Kind(models.TextChoices):
        LATE = "late", _("Running late")
        ABSENT = "absent", _("Partner not here")

    class Status(models.TextChoices):
        OPEN = "open", _("Open")
        HANDLED = "handled", _("Handled")

    session = models.ForeignKey(Session, on_delete=models.CASCADE, related_name="day_reports")
    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="day_reports")
    participant = models.ForeignKey(Participant, on_delete=models.CASCADE, related_name="+")
    kind = models.CharField(_("what"), max_length=10, choices=Kind.choices)
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.OPEN
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    handled_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    handled_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("day-of report")
        verbose_name_plural = _("day-of reports")
        constraints = [
            # Pressing the button twice (or two representatives at once) tells staff once.
            models.UniqueConstraint(
                fields=["meeting", "participant", "kind"], name="one_report_per_meeting_and_kind"
            )
        ]

    def __str__(self) -> str:
        return f"{self.participant}: {self.get_kind_display()} ({self.meeting})"
