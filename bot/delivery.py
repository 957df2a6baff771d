"""What a platform answers when asked to deliver an alert, and the seam each platform implements.

Every platform result maps to exactly one :data:`DeliveryOutcome` (``design.md``):

- :class:`Delivered`: shown; carries the platform message id, kept so a corroboration can edit it;
- :class:`RetryAfter`: rate limited (429); try this target again after ``seconds``;
- :class:`Gone`: blocked, kicked, channel deleted; the target is deactivated;
- :class:`Rejected`: the platform refused the payload (a rendering bug); logged, not retried;
- :class:`Transient`: network error, 5xx; retried with exponential backoff.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from bot.models import Alert
from bot.render import AlertView

if TYPE_CHECKING:  # digest.py imports this module's outcomes
    from bot.digest import DigestView


@dataclass(frozen=True, slots=True)
class Delivered:
    message_id: str | None = None


@dataclass(frozen=True, slots=True)
class RetryAfter:
    seconds: float


@dataclass(frozen=True, slots=True)
class Gone:
    reason: str


@dataclass(frozen=True, slots=True)
class Rejected:
    reason: str
    payload: str = ""  # what the platform refused, for the log


@dataclass(frozen=True, slots=True)
class Transient:
    reason: str


DeliveryOutcome = Delivered | RetryAfter | Gone | Rejected | Transient


class Notifier(Protocol):
    """One platform's delivery: send a new alert, or edit one the target already has.

    Implementations never raise for platform errors; they return the matching outcome.
    """

    async def send(self, alert: Alert, view: AlertView) -> DeliveryOutcome:
        """Show a new alert to ``alert.target``; :class:`Delivered` carries the new message id."""
        ...

    async def edit(self, alert: Alert, view: AlertView, message_id: str) -> DeliveryOutcome:
        """Update the message ``message_id`` the target already has (a corroboration)."""
        ...


class DigestNotifier(Protocol):
    """One platform's digest delivery (every platform that sends alerts sends digests too)."""

    async def send_digest(self, target: str, view: DigestView) -> DeliveryOutcome:
        """Show a daily digest to ``target``."""
        ...


class PlatformNotifier(Notifier, DigestNotifier, Protocol):
    """What a platform adapter implements: alerts and digests."""
