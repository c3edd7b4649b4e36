"""POST /articles with the standard library's HTTP, retrying what the server asks to be retried."""

from __future__ import annotations

import email.utils
import http.client
import json
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

# Busy or briefly down (503 from the service; 502/504 from a proxy in front of it). Safe to send
# again: every post carries an Idempotency-Key, so a repeat cannot store an article twice.
RETRY_STATUSES = frozenset({502, 503, 504})
# However long a Retry-After asks for, a run never sleeps longer than this at once.
MAX_WAIT = 120.0
USER_AGENT = "counterclaim-cli"


class UnreachableError(Exception):
    """The server could not be reached, or did not answer, on any attempt."""


@dataclass(frozen=True)
class Answer:
    """The server's answer: its status, its JSON body (None if it had none) and its headers."""

    status: int
    body: Any
    text: str
    headers: Mapping[str, str]  # names in lower case

    def problem(self) -> str:
        """The answer as one line: status, title and detail, and the fields' messages."""
        if not isinstance(self.body, dict):
            snippet = " ".join(self.text.split())[:200]
            return f"{self.status}: {snippet}" if snippet else f"HTTP {self.status}"
        line = f"{self.status} {self.body.get('title') or ''}".rstrip()
        if self.body.get("detail"):
            line += f": {self.body['detail']}"
        errors = self.body.get("errors")
        if isinstance(errors, dict):
            line = line if line.endswith(".") else line + "."
            line += "".join(f" {name}: {_messages(said)}" for name, said in errors.items())
        return line


def _messages(messages: Any) -> str:
    if isinstance(messages, list):
        return " ".join(str(m) for m in messages)
    return str(messages)


@dataclass(frozen=True)
class RetryPolicy:
    """How often and how long to wait: Retry-After when the server gives one, else doubling."""

    retries: int = 5
    first_wait: float = 1.0

    def wait(self, attempt: int, retry_after: float | None) -> float:
        """Seconds to wait after failed attempt number ``attempt`` (1 for the first)."""
        backoff = self.first_wait * 2 ** (attempt - 1)
        return min(retry_after if retry_after is not None else backoff, MAX_WAIT)


def retry_after(value: str | None, now: datetime | None = None) -> float | None:
    """Retry-After as seconds from now: a number of seconds or an HTTP date; None if neither."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - (now or datetime.now(UTC))).total_seconds())


@dataclass
class Client:
    """Talks to one counterclaim server: posts articles, reads lists."""

    url: str
    api_key: str | None = None
    timeout: float = 300.0
    policy: RetryPolicy = field(default_factory=RetryPolicy)
    sleep: Callable[[float], None] = time.sleep

    def post_article(
        self,
        body: Mapping[str, str],
        idempotency_key: str,
        on_retry: Callable[[str], None] = lambda message: None,
    ) -> Answer:
        """POST /articles, retried on 502/503/504 and on lost connections, telling ``on_retry``
        why and how long it waits; any other answer (2xx or 4xx alike) is returned as it came.

        Raises UnreachableError when the last attempt could not reach the server.
        """
        data = json.dumps(body, ensure_ascii=False).encode("utf-8")
        headers = {"Content-Type": "application/json", "Idempotency-Key": idempotency_key}
        return self._retried(lambda: self._send("POST", "/articles", data, headers), on_retry)

    def get(self, path: str, on_retry: Callable[[str], None] = lambda message: None) -> Answer:
        """GET ``path`` (with its query), retried as ``post_article`` is."""
        return self._retried(lambda: self._send("GET", path, None, {}), on_retry)

    def _retried(self, send: Callable[[], Answer], on_retry: Callable[[str], None]) -> Answer:
        attempts = self.policy.retries + 1
        for attempt in range(1, attempts + 1):
            try:
                answer = send()
            except (OSError, http.client.HTTPException) as error:
                reason, asked = self._describe(error), None
                if attempt == attempts:
                    raise UnreachableError(
                        f"cannot reach {self.url} ({reason}) after {attempts} attempts"
                    ) from error
            else:
                if answer.status not in RETRY_STATUSES or attempt == attempts:
                    return answer
                reason, asked = answer.problem(), retry_after(answer.headers.get("retry-after"))
            wait = self.policy.wait(attempt, asked)
            then = f"trying again in {wait:.0f} s (attempt {attempt + 1} of {attempts})"
            on_retry(f"{reason.rstrip('.')}; {then}")
            self.sleep(wait)
        raise AssertionError("unreachable: the last attempt returns or raises")

    def _send(
        self, method: str, path: str, data: bytes | None, headers: Mapping[str, str]
    ) -> Answer:
        request = urllib.request.Request(
            self.url + path,
            data=data,
            method=method,
            headers={
                "Accept": "application/json, application/problem+json",
                "User-Agent": USER_AGENT,
                **headers,
                **({"X-API-Key": self.api_key} if self.api_key else {}),
            },
        )
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:
                return _answer(response.status, response.read(), response.headers)
        except urllib.error.HTTPError as error:  # a 4xx or 5xx: an answer, not a failure to ask
            with error:
                return _answer(error.code, error.read(), error.headers)

    def _describe(self, error: BaseException) -> str:
        reason = getattr(error, "reason", error)  # URLError wraps the socket's error
        if isinstance(reason, TimeoutError):
            return f"no answer within {self.timeout:g} s"
        if isinstance(reason, OSError) and reason.strerror:
            return reason.strerror.lower()
        return str(reason) or type(reason).__name__


def _answer(status: int, raw: bytes, headers: Any) -> Answer:
    text = raw.decode("utf-8", "replace")
    try:
        body = json.loads(text) if text else None
    except json.JSONDecodeError:
        body = None
    return Answer(status, body, text, {k.lower(): v for k, v in headers.items()})
