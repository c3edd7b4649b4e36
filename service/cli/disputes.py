"""``counterclaim disputes``: the disputes the service holds, read page by page and printed."""

from __future__ import annotations

import textwrap
from collections.abc import Callable, Mapping
from typing import Any
from urllib.parse import urlencode

from service.cli.client import Client

# A claim's text in the listing is cut to this many characters.
CLAIM_CHARS = 160


class ListError(Exception):
    """The service refused the list (a bad filter, a key without the read scope)."""


def fetch(
    client: Client, filters: Mapping[str, str], on_retry: Callable[[str], None]
) -> list[dict[str, Any]]:
    """Every dispute ``filters`` leave, following the pages, the latest to change first."""
    found: list[dict[str, Any]] = []
    cursor: str | None = None
    while True:
        query = {**filters, "limit": "100", **({"cursor": cursor} if cursor else {})}
        answer = client.get(f"/disputes?{urlencode(query)}", on_retry)
        if answer.status != 200 or not isinstance(answer.body, dict):
            raise ListError(f"GET /disputes: {answer.status} {answer.problem()}")
        found += answer.body["items"]
        cursor = answer.body.get("next")
        if not cursor:
            return found


def render(disputes: list[dict[str, Any]]) -> str:
    """The disputes as a reader would skim them: title, whether the story moved on, each side
    with its claims (when, who, where)."""
    if not disputes:
        return "No disputes: no stored claims contradict each other."
    noun = "dispute" if len(disputes) == 1 else "disputes"
    lines = [f"{len(disputes)} {noun}, the latest to change first."]
    for dispute in disputes:
        state = (
            "sides apart in time (the story may have moved on)"
            if dispute["separated"]
            else ("live conflict")
        )
        count = dispute["contradiction_count"]
        lines += ["", f"#{dispute['id']} {dispute['title']}", f"   {state}; {count} contradictions"]
        for name, side in zip("AB", dispute["sides"], strict=False):
            when = side["first_said"]
            if side["last_said"] != when:
                when += f" to {side['last_said']}"
            lines.append(f"   side {name} ({when}):")
            for claim in side["claims"]:
                said = claim["published_at"] or (claim["created_at"] or "")[:10]
                who = ", ".join(x for x in (claim["speaker"], claim["source"]) if x)
                text = textwrap.shorten(claim["text"], CLAIM_CHARS, placeholder="...")
                lines.append(f"     - {said} {f'[{who}] ' if who else ''}{text}")
    return "\n".join(lines)
