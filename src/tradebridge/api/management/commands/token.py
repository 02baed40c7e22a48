"""``tradebridge token``: personal access tokens from the console (for scripts, tests and
integrations set up by an operator).

    tradebridge token create EMAIL --name NAME --scope SCOPE... [--event SLUG] [--expires DAYS]
    tradebridge token revoke ID
    tradebridge token list [EMAIL]

``create`` prints the token's details, then the secret alone on the last line of stdout."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.utils import translation

from tradebridge.accounts.models import User
from tradebridge.api.models import ApiToken
from tradebridge.api.tokens import token_create, token_revoke
from tradebridge.errors import ApplicationError
from tradebridge.events.models import Event
from tradebridge.scopes import SCOPES


def _line(token: ApiToken) -> str:
    state = "revoked" if token.revoked_at else ("expired" if not token.is_usable() else "active")
    return "\t".join(
        [
            str(token.pk),
            f"tb_{token.key_id}_…",
            token.user.email,
            token.name,
            ",".join(token.scopes),
            token.event.slug if token.event else "-",
            token.created_at.isoformat(timespec="seconds"),
            token.expires_at.isoformat(timespec="seconds") if token.expires_at else "never",
            token.last_used_at.isoformat(timespec="seconds") if token.last_used_at else "never",
            state,
        ]
    )


class Command(BaseCommand):
    help = "Create, revoke and list personal access tokens of the API."

    def add_arguments(self, parser: CommandParser) -> None:
        actions = parser.add_subparsers(dest="action", required=True, metavar="ACTION")
        create = actions.add_parser("create", help="create a token and print it")
        create.add_argument("email", help="the account the token acts as")
        create.add_argument("--name", required=True, help="what the token is for")
        create.add_argument(
            "--scope",
            dest="scopes",
            action="append",
            required=True,
            metavar="SCOPE",
            help=f"repeat for several; one of: {' '.join(SCOPES)}",
        )
        create.add_argument("--event", metavar="SLUG", help="limit the token to this event")
        create.add_argument("--expires", type=int, metavar="DAYS", help="days until it expires")
        revoke = actions.add_parser("revoke", help="revoke a token")
        revoke.add_argument("id", type=int, help="the token's number (see `token list`)")
        listing = actions.add_parser("list", help="list tokens, of one account or of all")
        listing.add_argument("email", nargs="?", help="only this account's tokens")

    def handle(self, *args: Any, **options: Any) -> None:
        # Errors in English whatever the operator's locale: scripts read them.
        with translation.override("en"):
            action = options["action"]
            if action == "create":
                self._create(options)
            elif action == "revoke":
                self._revoke(options["id"])
            else:
                self._list(options.get("email"))

    def _user(self, email: str) -> User:
        user = User.objects.filter(email__iexact=email.strip()).first()
        if user is None:
            raise CommandError(f"No account has the e-mail address {email!r}.")
        return user

    def _create(self, options: dict[str, Any]) -> None:
        user = self._user(options["email"])
        # Scopes may be given comma-separated too: --scope directory:read,news:read
        scopes = [s.strip() for value in options["scopes"] for s in value.split(",") if s.strip()]
        unknown = sorted(set(scopes) - set(SCOPES))
        if unknown:
            raise CommandError(
                f"Unknown scope: {', '.join(unknown)}. Known scopes: {' '.join(SCOPES)}"
            )
        event = None
        if options.get("event"):
            event = Event.objects.filter(slug=options["event"]).first()
            if event is None:
                raise CommandError(f"No event has the identifier {options['event']!r}.")
        try:
            new = token_create(
                actor=None,
                user=user,
                name=options["name"],
                scopes=scopes,
                event=event,
                expires_in_days=options.get("expires"),
            )
        except ApplicationError as error:
            raise CommandError(error.message) from error
        token = new.token
        self.stdout.write(f"Token {token.pk} created for {user.email}: {token.name}")
        self.stdout.write(f"Scopes: {' '.join(token.scopes)}")
        self.stdout.write(f"Event: {event.slug if event else 'every event'}")
        expires = token.expires_at.isoformat(timespec="seconds") if token.expires_at else "never"
        self.stdout.write(f"Expires: {expires}")
        self.stdout.write("The secret is shown once, on the next line:")
        self.stdout.write(new.secret)

    def _revoke(self, token_id: int) -> None:
        if not ApiToken.objects.filter(pk=token_id).exists():
            raise CommandError(f"No token has the number {token_id}.")
        token = token_revoke(actor=None, token_id=token_id)
        self.stdout.write(
            f"Token {token.pk} ({token.name}, {token.user.email}) revoked at "
            f"{token.revoked_at.isoformat(timespec='seconds') if token.revoked_at else '?'}."
        )

    def _list(self, email: str | None) -> None:
        tokens = ApiToken.objects.select_related("user", "event")
        if email:
            tokens = tokens.filter(user=self._user(email))
        self.stdout.write(
            "\t".join(
                [
                    "id",
                    "key",
                    "account",
                    "name",
                    "scopes",
                    "event",
                    "created",
                    "expires",
                    "last used",
                    "state",
                ]
            )
        )
        for token in tokens:
            self.stdout.write(_line(token))
