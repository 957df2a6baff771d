"""Every Redis key rumourbot uses, in one place, under one prefix.

The prefix is ``rumourbot:`` in production; tests pass their own (``rbtest:<uuid>:``) so they can run
against a shared server and delete exactly what they wrote. Entity ids are knowledge-base ids
("liverpool", "xabi-alonso"); a person not in the knowledge base has the id ``?<slug>``. Feed keys use a
short hash of the feed URL (:func:`feed_hash`). Targets are strings as in ``design.md``
(``telegram:<chat>``, ``discord:<channel>``, ``console``).

Key formats (``P`` is the prefix)::

    Feeds
      P feed:<fh>               hash   url, etag, last_modified, next_due, last_success, last_error,
                                       last_error_at, failures, seeded, items, new
      P feed:<fh>:lease         string holder token, PX = lease length (SET NX)
      P feeds:due               zset   fh -> next due time (unix seconds)
      P item:<item-key>         string first-seen time; SET NX dedups an item across feeds and
                                       re-publications (item id and title fingerprint both recorded)
    Rumours
      P rumour:<person>|<club>  hash   state of one rumour (stage, status, outlets, best tier, …)
      P rumour:<rid>:outlets    set    outlets already counted for the rumour
      P report:<item>|<rid>     string SET NX: a report is handled once
      P rumours:person:<pid>    zset   rumour ids by last update, newest first
      P rumours:club:<cid>      zset   rumour ids by last update
      P rumours:all             zset   rumour ids by last update (for digests and expiry)
      P events                  stream rumour events, for delivery workers
      P events:router           string token of the one process routing events (SET NX, PX lease)
    Subscriptions and delivery
      P follows:<target>        hash   entity key ("club:<id>" / "person:<id>") -> options json
      P followers:<entity-key>  hash   target -> options json (the index used for matching)
      P target:<target>         hash   settings (json field "settings"), digest_day (local day of
                                       the pending digest), state (active / deactivated reason)
      P targets                 set    every known target
      P outbox:<target>         list   pending alerts, oldest first (durable before delivery)
      P outbox:due              zset   target -> time its head may next be tried
      P sent:<target>           set    event ids delivered (at most once per target and event)
      P msg:<target>:<rid>      string platform message id of the alert the target has
      P delivery:stats          hash   delivery counters (delivered, edited, retried, redelivered, …)
      P digest:<target>         zset   rumour ids held for the target's digest -> time held
      P digest:<target>:items   hash   rumour id -> the latest alert held for it (json)
      P digest:<target>:<day>   string the digest of that local day (YYYY-MM-DD): a lease token
                                       (SET NX PX) while being sent, then "sent" (PX a few days)
      P digest:due              zset   target -> when its next digest is due (unix seconds); the
                                       local day of that digest is the target hash's digest_day
      P event:<event-id>        string the event of an alert a target got (json, expires), so a
                                       "wrong alert" report needs only the event id
    Knowledge base upkeep
      P kb:unknown              zset   unresolved names in move sentences -> times seen
      P kb:unknown:<name>       string a sample sentence
      P feedback                list   reports of wrong alerts (json)
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

DEFAULT_PREFIX = "rumourbot:"


def feed_hash(url: str) -> str:
    """A short, stable id of a feed URL for use in keys."""
    return hashlib.blake2b(url.encode("utf-8"), digest_size=8).hexdigest()


@dataclass(frozen=True, slots=True)
class Keys:
    """Key builder bound to one prefix. Every key rumourbot writes comes from here."""

    prefix: str = DEFAULT_PREFIX

    # feeds
    def feed(self, url: str) -> str:
        return f"{self.prefix}feed:{feed_hash(url)}"

    def feed_lease(self, url: str) -> str:
        return f"{self.prefix}feed:{feed_hash(url)}:lease"

    def feeds_due(self) -> str:
        return f"{self.prefix}feeds:due"

    def item(self, item_key: str) -> str:
        return f"{self.prefix}item:{item_key}"

    # rumours
    def rumour(self, rumour_id: str) -> str:
        return f"{self.prefix}rumour:{rumour_id}"

    def rumour_outlets(self, rumour_id: str) -> str:
        return f"{self.prefix}rumour:{rumour_id}:outlets"

    def report(self, item_id: str, rumour_id: str) -> str:
        return f"{self.prefix}report:{item_id}|{rumour_id}"

    def rumours_by_person(self, person_id: str) -> str:
        return f"{self.prefix}rumours:person:{person_id}"

    def rumours_by_club(self, club_id: str) -> str:
        return f"{self.prefix}rumours:club:{club_id}"

    def rumours_all(self) -> str:
        return f"{self.prefix}rumours:all"

    def events(self) -> str:
        return f"{self.prefix}events"

    def events_router(self) -> str:
        return f"{self.prefix}events:router"

    # subscriptions and delivery
    def follows(self, target: str) -> str:
        return f"{self.prefix}follows:{target}"

    def followers(self, entity_key: str) -> str:
        return f"{self.prefix}followers:{entity_key}"

    def target(self, target: str) -> str:
        return f"{self.prefix}target:{target}"

    def targets(self) -> str:
        return f"{self.prefix}targets"

    def outbox(self, target: str) -> str:
        return f"{self.prefix}outbox:{target}"

    def outbox_due(self) -> str:
        return f"{self.prefix}outbox:due"

    def sent(self, target: str) -> str:
        return f"{self.prefix}sent:{target}"

    def message(self, target: str, rumour_id: str) -> str:
        return f"{self.prefix}msg:{target}:{rumour_id}"

    def delivery_stats(self) -> str:
        return f"{self.prefix}delivery:stats"

    def digest(self, target: str) -> str:
        return f"{self.prefix}digest:{target}"

    def digest_sent(self, target: str, day: str) -> str:
        return f"{self.prefix}digest:{target}:{day}"

    def digest_items(self, target: str) -> str:
        return f"{self.prefix}digest:{target}:items"

    def digest_due(self) -> str:
        return f"{self.prefix}digest:due"

    def event_ref(self, event_id: str) -> str:
        return f"{self.prefix}event:{event_id}"

    # knowledge-base upkeep
    def kb_unknown(self) -> str:
        return f"{self.prefix}kb:unknown"

    def kb_unknown_sample(self, name: str) -> str:
        return f"{self.prefix}kb:unknown:{name}"

    def feedback(self) -> str:
        return f"{self.prefix}feedback"
