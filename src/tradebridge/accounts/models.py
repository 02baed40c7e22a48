"""Accounts: people sign in with their e-mail address."""

from __future__ import annotations

from typing import Any, ClassVar

from django.contrib.auth.models import AbstractBaseUser, BaseUserManager, PermissionsMixin
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _


class UserManager(BaseUserManager["User"]):
    """Creates users keyed by a normalised e-mail address."""

    use_in_migrations = True

    def create_user(self, email: str, password: str | None = None, **extra: Any) -> User:
        if not email:
            raise ValueError("An e-mail address is required")
        user = self.model(email=self.normalize_email(email).lower(), **extra)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def create_superuser(self, email: str, password: str | None = None, **extra: Any) -> User:
        extra.setdefault("is_staff", True)
        extra.setdefault("is_superuser", True)
        return self.create_user(email, password, **extra)


class User(AbstractBaseUser, PermissionsMixin):
    """A person. Secretariat staff have ``is_staff``; representatives are linked to their
    organizations through ``directory.Representative``."""

    email = models.EmailField(_("e-mail address"), unique=True)
    full_name = models.CharField(_("full name"), max_length=200, blank=True)
    language = models.CharField(
        _("preferred language"),
        max_length=10,
        choices=[("en", "English"), ("zh-hans", "简体中文")],
        default="en",
    )
    is_staff = models.BooleanField(
        _("secretariat staff"),
        default=False,
        help_text=_("Staff run the platform: the directory, events and match-making."),
    )
    is_active = models.BooleanField(_("active"), default=True)
    # Only a self-service sign-up starts unconfirmed (accounts.services.user_sign_up): accounts
    # made by staff, an import or the demo have addresses the secretariat vouches for.
    email_verified = models.BooleanField(
        _("e-mail address confirmed"),
        default=True,
        help_text=_(
            "An account that signed itself up acts (requests meetings, edits profiles) only "
            "once its owner has followed the link sent to this address."
        ),
    )
    date_joined = models.DateTimeField(_("date joined"), default=timezone.now)
    # Set when the person had their personal data erased: the row stays as an anonymous,
    # inactive placeholder so that what other people and the counts refer to stays whole.
    erased_at = models.DateTimeField(_("erased at"), null=True, blank=True, editable=False)

    objects: ClassVar[UserManager] = UserManager()

    USERNAME_FIELD = "email"
    EMAIL_FIELD = "email"
    REQUIRED_FIELDS: ClassVar[list[str]] = []

    class Meta:
        verbose_name = _("user")
        verbose_name_plural = _("users")
        ordering = ["email"]

    def __str__(self) -> str:
        if self.erased_at is not None:
            return gettext("Erased account #%(id)s") % {"id": self.pk}
        return self.full_name or self.email

    def get_full_name(self) -> str:
        return self.full_name or self.email

    def get_short_name(self) -> str:
        return self.full_name.split(" ")[0] if self.full_name else self.email


class Consent(models.Model):
    """A person agreed to a version of a document at a time (GDPR art. 7(1) and PIPL art. 14
    and 39: the operator must be able to show the consent, and the cross-border transfer needs
    a consent of its own)."""

    class Document(models.TextChoices):
        PRIVACY_NOTICE = "privacy-notice", _("Privacy notice")
        CROSS_BORDER_TRANSFER = (
            "cross-border-transfer",
            _("Transfer of personal information outside mainland China"),
        )

    user = models.ForeignKey(User, on_delete=models.CASCADE, related_name="consents")
    document = models.CharField(_("document"), max_length=40, choices=Document.choices)
    version = models.CharField(_("version"), max_length=20)
    # The language the person read the document in.
    language = models.CharField(_("language"), max_length=10)
    given_at = models.DateTimeField(_("given at"), default=timezone.now)

    class Meta:
        ordering = ["-given_at", "-pk"]
        verbose_name = _("consent")
        verbose_name_plural = _("consents")
        indexes = [models.Index(fields=["user", "document"])]

    def __str__(self) -> str:
        return f"{self.get_document_display()} {self.version}"


class PersonalDataAccess(models.Model):
    """One access to a person's data as a whole: an export or an erasure, for the audit.

    Holds ids, never names: an erasure must leave nothing of the person here either. The
    references carry no database constraint so that the entry outlives a deleted account."""

    class Action(models.TextChoices):
        EXPORT_JSON = "export-json", _("Export (JSON)")
        EXPORT_HTML = "export-html", _("Export (readable page)")
        ERASURE = "erasure", _("Erasure")

    actor = models.ForeignKey(
        User,
        verbose_name=_("by"),
        null=True,
        on_delete=models.DO_NOTHING,
        db_constraint=False,
        related_name="+",
    )
    subject = models.ForeignKey(
        User,
        verbose_name=_("whose data"),
        null=True,
        on_delete=models.DO_NOTHING,
        db_constraint=False,
        related_name="+",
    )
    action = models.CharField(_("action"), max_length=20, choices=Action.choices)
    # How many records of each kind were exported or erased: {"notifications": 3, ...}.
    counts = models.JSONField(_("records"), default=dict)
    at = models.DateTimeField(_("when"), default=timezone.now, db_index=True)

    class Meta:
        ordering = ["-at", "-pk"]
        verbose_name = _("personal data access")
        verbose_name_plural = _("personal data accesses")

    def __str__(self) -> str:
        return f"{self.get_action_display()} #{self.subject_id} by #{self.actor_id}"

    @property
    def total(self) -> int:
        """How many records in all."""
        return sum(n for n in self.counts.values() if isinstance(n, int))
