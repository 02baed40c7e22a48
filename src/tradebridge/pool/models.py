"""The bilateral project pool: opportunities, their review, expressions of interest and deals.

An organization posts an **opportunity** (the Enterprise Europe Network's profile types, plus
the investment types this field needs); staff **review** it before it is published; another
organization **expresses interest**; the owner accepts (contacts open both ways, a **deal**
starts) or declines. A deal moves through stages up to a signed agreement and its
implementation; each move is a **deal event**, the pipeline's history that insights charts.
A deal may also start from match-making meetings (their outcomes and the follow-up survey).
"""

from __future__ import annotations

from django.conf import settings
from django.core.validators import MaxValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from tradebridge.directory.models import Organization, Region, Sector
from tradebridge.events.models import Event
from tradebridge.matchmaking.models import Meeting


class Currency(models.TextChoices):
    USD = "USD", _("US dollars")
    CNY = "CNY", _("Chinese yuan")


class Opportunity(models.Model):
    class Kind(models.TextChoices):
        BUSINESS_OFFER = "business-offer", _("Business offer: we sell or supply")
        BUSINESS_REQUEST = "business-request", _("Business request: we want to buy or distribute")
        TECHNOLOGY_OFFER = "technology-offer", _("Technology offer")
        TECHNOLOGY_REQUEST = "technology-request", _("Technology request")
        RD_PARTNER = "rd-partner", _("Research and development partner sought")
        INVESTMENT_SOUGHT = "investment-sought", _("Investment sought")
        INVESTMENT_OFFERED = "investment-offered", _("Investment offered")
        JOINT_VENTURE = "joint-venture", _("Joint venture")

    class Stage(models.TextChoices):
        IDEA = "idea", _("Idea or concept")
        DEVELOPMENT = "development", _("Under development")
        PROTOTYPE = "prototype", _("Prototype or field tested")
        MARKET = "market", _("Already on the market")
        EXPANDING = "expanding", _("Established, expanding")

    class Visibility(models.TextChoices):
        PUBLIC = "public", _("Everyone")
        MEMBERS = "members", _("Signed-in members")
        PRIVATE = "private", _("Staff and our organization only")

    class Status(models.TextChoices):
        DRAFT = "draft", _("Draft")
        IN_REVIEW = "in-review", _("In review")
        RETURNED = "returned", _("Returned for changes")
        PUBLISHED = "published", _("Published")
        REJECTED = "rejected", _("Rejected")
        CLOSED = "closed", _("Closed")

    owner = models.ForeignKey(
        Organization,
        verbose_name=_("organization"),
        on_delete=models.CASCADE,
        related_name="opportunities",
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("created by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    kind = models.CharField(_("type"), max_length=20, choices=Kind.choices)
    title = models.CharField(_("title"), max_length=200)  # translated
    summary = models.TextField(_("summary"), max_length=1000)  # translated
    description = models.TextField(_("description"), blank=True)  # translated
    partner_role = models.CharField(
        _("partner sought"), max_length=300, blank=True
    )  # translated: the role the partner would play
    sector = models.ForeignKey(
        Sector, verbose_name=_("sector"), null=True, blank=True, on_delete=models.PROTECT
    )
    region = models.ForeignKey(
        Region, verbose_name=_("region"), null=True, blank=True, on_delete=models.PROTECT
    )
    stage = models.CharField(
        _("stage of development"), max_length=20, choices=Stage.choices, blank=True
    )
    amount = models.DecimalField(
        _("amount"), max_digits=16, decimal_places=2, null=True, blank=True
    )
    currency = models.CharField(
        _("currency"), max_length=3, choices=Currency.choices, default=Currency.USD
    )
    deadline = models.DateField(_("deadline"), null=True, blank=True)
    visibility = models.CharField(
        _("visible to"), max_length=10, choices=Visibility.choices, default=Visibility.PUBLIC
    )
    anonymous = models.BooleanField(
        _("anonymous"),
        default=False,
        help_text=_("Our name and contacts stay hidden until we accept an expression of interest."),
    )
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.DRAFT
    )
    published_at = models.DateTimeField(_("published"), null=True, blank=True)
    # Lower-cased text of both languages (directory/search.py build_document), kept by the
    # services: one substring search that finds Chinese words in Chinese text.
    search_document = models.TextField(editable=False, blank=True, default="")
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-published_at", "-pk"]
        verbose_name = _("opportunity")
        verbose_name_plural = _("opportunities")
        indexes = [
            models.Index(fields=["status", "visibility", "-published_at"]),
            models.Index(fields=["kind", "status"]),
        ]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(amount__isnull=True) | models.Q(amount__gte=0),
                name="opportunity_amount_not_negative",
            )
        ]

    def __str__(self) -> str:
        return self.title


class OpportunityAttachment(models.Model):
    """A PDF attached to an opportunity. Its bytes are kept in the database, never under the
    public media URL: every download goes through the view that checks who may see the
    opportunity (and a backup of the database holds them)."""

    opportunity = models.ForeignKey(
        Opportunity, on_delete=models.CASCADE, related_name="attachments"
    )
    filename = models.CharField(_("file name"), max_length=200)
    size = models.PositiveIntegerField(_("size (bytes)"))
    content = models.BinaryField()
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("attachment")
        verbose_name_plural = _("attachments")

    def __str__(self) -> str:
        return self.filename


class OpportunityVector(models.Model):
    """An opportunity's text as a vector of the directory's text-vector provider
    (``directory/semantic.py``), for search and recommendations across languages."""

    opportunity = models.OneToOneField(
        Opportunity, on_delete=models.CASCADE, primary_key=True, related_name="vector"
    )
    space = models.CharField(max_length=60)
    text_hash = models.CharField(max_length=40)
    languages = models.CharField(max_length=20, default="")
    vector = models.BinaryField()  # float32, little-endian, L2-normalised
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        indexes = [models.Index(fields=["space", "updated_at"])]

    def __str__(self) -> str:
        return f"{self.opportunity_id} ({self.space})"


SCORE = [MaxValueValidator(5)]


class Review(models.Model):
    """A staff review with the Enterprise Europe Network's four criteria, each 0–5."""

    class Result(models.TextChoices):
        PUBLISH = "publish", _("Publish")
        RETURN = "return", _("Return for changes")
        REJECT = "reject", _("Reject")

    opportunity = models.ForeignKey(Opportunity, on_delete=models.CASCADE, related_name="reviews")
    reviewer = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    innovation = models.PositiveSmallIntegerField(_("innovation and advantages"), validators=SCORE)
    clarity = models.PositiveSmallIntegerField(_("clarity"), validators=SCORE)
    cooperation = models.PositiveSmallIntegerField(_("cooperation expectations"), validators=SCORE)
    language = models.PositiveSmallIntegerField(_("language and guidelines"), validators=SCORE)
    comment = models.TextField(_("comment"), blank=True)
    result = models.CharField(_("result"), max_length=10, choices=Result.choices)
    at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-at", "-pk"]
        verbose_name = _("review")
        verbose_name_plural = _("reviews")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(innovation__lte=5)
                & models.Q(clarity__lte=5)
                & models.Q(cooperation__lte=5)
                & models.Q(language__lte=5),
                name="review_scores_0_to_5",
            )
        ]

    def __str__(self) -> str:
        return f"{self.opportunity}: {self.result}"

    @property
    def total(self) -> int:
        return self.innovation + self.clarity + self.cooperation + self.language


class Interest(models.Model):
    """An organization's expression of interest in an opportunity."""

    class Status(models.TextChoices):
        PENDING = "pending", _("Awaiting an answer")
        ACCEPTED = "accepted", _("Accepted")
        DECLINED = "declined", _("Declined")
        WITHDRAWN = "withdrawn", _("Withdrawn")

    opportunity = models.ForeignKey(Opportunity, on_delete=models.CASCADE, related_name="interests")
    organization = models.ForeignKey(
        Organization, on_delete=models.CASCADE, related_name="pool_interests"
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    cooperation = models.TextField(_("the cooperation we want"))
    questions = models.TextField(_("our questions"), blank=True)
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.PENDING
    )
    at = models.DateTimeField(auto_now_add=True)
    decided_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-at", "-pk"]
        verbose_name = _("expression of interest")
        verbose_name_plural = _("expressions of interest")
        constraints = [
            # One live expression per organization and opportunity; a withdrawn or declined
            # one may be followed by a new one.
            models.UniqueConstraint(
                fields=["opportunity", "organization"],
                condition=models.Q(status__in=["pending", "accepted"]),
                name="one_live_interest",
            )
        ]

    def __str__(self) -> str:
        return f"{self.organization} → {self.opportunity}"


class Deal(models.Model):
    """A lead followed to a signed agreement. ``first`` and ``second`` are the two sides (for
    an interest: the opportunity's owner, then the interested organization; for meetings: the
    meeting's first and second participant). ``event`` and ``sector`` are set when the deal
    starts (from its meeting's session, from its opportunity or the sides' common sector) so
    that the board and the charts filter without walking the meetings."""

    class Stage(models.TextChoices):
        INTEREST = "interest", _("Interest")
        MEETING = "meeting", _("Meeting held")
        NEGOTIATION = "negotiation", _("Negotiation")
        MOU = "mou", _("MoU or letter of intent")
        SIGNED = "signed", _("Signed")
        IMPLEMENTED = "implemented", _("Implemented")
        CLOSED = "closed", _("Closed")

    class CloseReason(models.TextChoices):
        NO_COOPERATION = "no-cooperation", _("No cooperation possible")
        NO_AGREEMENT = "no-agreement", _("No agreement reached")
        WITHDRAWN = "withdrawn", _("A side withdrew")
        OTHER = "other", _("Other")

    interest = models.OneToOneField(
        Interest, null=True, blank=True, on_delete=models.SET_NULL, related_name="deal"
    )
    opportunity = models.ForeignKey(
        Opportunity, null=True, blank=True, on_delete=models.SET_NULL, related_name="deals"
    )
    first = models.ForeignKey(Organization, on_delete=models.CASCADE, related_name="+")
    second = models.ForeignKey(Organization, on_delete=models.CASCADE, related_name="+")
    title = models.CharField(_("title"), max_length=200, blank=True)
    event = models.ForeignKey(
        Event, verbose_name=_("event"), null=True, blank=True, on_delete=models.SET_NULL
    )
    sector = models.ForeignKey(
        Sector, verbose_name=_("sector"), null=True, blank=True, on_delete=models.SET_NULL
    )
    stage = models.CharField(
        _("stage"), max_length=12, choices=Stage.choices, default=Stage.INTEREST
    )
    close_reason = models.CharField(
        _("reason for closing"), max_length=20, choices=CloseReason.choices, blank=True
    )
    amount = models.DecimalField(
        _("amount committed"), max_digits=16, decimal_places=2, null=True, blank=True
    )
    currency = models.CharField(
        _("currency"), max_length=3, choices=Currency.choices, default=Currency.USD
    )
    jobs_created = models.PositiveIntegerField(_("jobs created"), null=True, blank=True)
    meetings = models.ManyToManyField(
        Meeting, verbose_name=_("source meetings"), blank=True, related_name="deals"
    )
    signed_at = models.DateTimeField(_("signed"), null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-updated_at", "-pk"]
        verbose_name = _("deal")
        verbose_name_plural = _("deals")
        indexes = [
            models.Index(fields=["stage", "-updated_at"]),
            models.Index(fields=["first", "stage"]),
            models.Index(fields=["second", "stage"]),
        ]
        constraints = [
            models.CheckConstraint(
                condition=~models.Q(first=models.F("second")), name="deal_two_sides"
            ),
            models.CheckConstraint(
                condition=models.Q(amount__isnull=True) | models.Q(amount__gte=0),
                name="deal_amount_not_negative",
            ),
        ]

    def __str__(self) -> str:
        return self.title or f"{self.first} – {self.second}"


class DealEvent(models.Model):
    """One step of a deal's history: a stage change, or a dated note (same stage)."""

    deal = models.ForeignKey(Deal, on_delete=models.CASCADE, related_name="events")
    from_stage = models.CharField(max_length=12, choices=Deal.Stage.choices, blank=True)
    to_stage = models.CharField(max_length=12, choices=Deal.Stage.choices)
    note = models.TextField(_("note"), blank=True)
    at = models.DateTimeField(_("date"))
    by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        ordering = ["at", "pk"]
        verbose_name = _("deal event")
        verbose_name_plural = _("deal events")
        indexes = [
            models.Index(fields=["deal", "at"]),
            models.Index(fields=["to_stage", "at"]),
        ]

    def __str__(self) -> str:
        return f"{self.deal_id}: {self.from_stage} → {self.to_stage}"


class ExchangeRate(models.Model):
    """The USD/CNY rate staff enter (in the admin); amounts are shown in both currencies with
    the latest rate and its date."""

    cny_per_usd = models.DecimalField(_("yuan per US dollar"), max_digits=10, decimal_places=4)
    as_of = models.DateField(_("rate date"), unique=True)
    source = models.CharField(_("source"), max_length=200, blank=True)

    class Meta:
        ordering = ["-as_of"]
        verbose_name = _("exchange rate")
        verbose_name_plural = _("exchange rates")
        constraints = [
            models.CheckConstraint(condition=models.Q(cny_per_usd__gt=0), name="rate_positive")
        ]

    def __str__(self) -> str:
        return f"{self.cny_per_usd} CNY/USD ({self.as_of})"


class SurveyAnswer(models.Model):
    """One participant's answer, by one click, to the follow-up survey about one meeting."""

    class Answer(models.TextChoices):
        # b2match's immediate rating, then its follow-up six months later.
        NO_COOPERATION = "no-cooperation", _("No cooperation")
        POSSIBLE = "possible", _("Cooperation possible")
        NEGOTIATION = "negotiation", _("Negotiation started")
        AGREEMENT = "agreement", _("Agreement reached")

    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="+")
    organization = models.ForeignKey(Organization, on_delete=models.CASCADE, related_name="+")
    answer = models.CharField(_("answer"), max_length=20, choices=Answer.choices)
    by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("survey answer")
        verbose_name_plural = _("survey answers")
        constraints = [
            models.UniqueConstraint(
                fields=["meeting", "organization"], name="one_survey_answer_per_side"
            )
        ]

    def __str__(self) -> str:
        return f"{self.meeting_id}/{self.organization_id}: {self.answer}"


class SurveyDispatch(models.Model):
    """The follow-up survey of one event, sent once (claimed by a conditional update)."""

    class Status(models.TextChoices):
        SCHEDULED = "scheduled", _("Scheduled")
        SENDING = "sending", _("Sending")
        SENT = "sent", _("Sent")

    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="+")
    due_at = models.DateTimeField()
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.SCHEDULED)
    sent_at = models.DateTimeField(null=True, blank=True)
    recipients = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["event"], name="one_survey_per_event")]

    def __str__(self) -> str:
        return f"{self.event_id}: {self.status}"
