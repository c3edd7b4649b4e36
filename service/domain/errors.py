"""Domain errors; ``service.errors`` turns each into an HTTP problem."""

from __future__ import annotations


class DomainError(Exception):
    """Base of the errors the service reports to its caller (each has its own problem type)."""


class NotFoundError(DomainError):
    """No such resource."""

    def __init__(self, resource: str, resource_id: int) -> None:
        super().__init__(f"{resource} {resource_id} does not exist")
        self.resource = resource
        self.resource_id = resource_id


class TooManyClaimsError(DomainError):
    """A text holds more claims than one request may process."""

    def __init__(self, found: int, limit: int) -> None:
        super().__init__(
            f"The text holds {found} checkable sentences; one request may hold at most {limit}. "
            "Split it into several articles."
        )
        self.found = found
        self.limit = limit


class NoArticleTextError(DomainError):
    """An HTML page in which no article text could be found."""

    def __init__(self) -> None:
        super().__init__("No article text could be found in the HTML; send the text instead.")


class TextTooLongError(DomainError):
    """The text extracted from a web page is longer than one request may hold."""

    def __init__(self, found: int, limit: int) -> None:
        super().__init__(
            f"The page's article text is {found:,} characters; one request may hold at most "
            f"{limit:,}. Split it into several articles."
        )
        self.found = found
        self.limit = limit


class IdempotencyKeyReusedError(DomainError):
    """An Idempotency-Key already names an article with different text."""

    def __init__(self, key: str, article_id: int) -> None:
        super().__init__(
            f"Idempotency-Key {key!r} was already used for article {article_id} with another text"
        )
        self.key = key
        self.article_id = article_id


class StoreUnavailableError(DomainError):
    """The database cannot be reached or used just now (stopped, restarting, locked too long).

    Retrying is safe: a write it interrupted was rolled back (or, when the connection broke while
    committing, may have been committed, and the same article posted again is found).
    """

    def __init__(self, reason: str, *, retry_after: int = 5) -> None:
        super().__init__("The database cannot be reached just now; try again shortly.")
        self.reason = reason
        self.retry_after = retry_after


class DeadlineExceededError(DomainError):
    """A request spent longer on the models than the request timeout allows."""

    def __init__(self, seconds: float) -> None:
        super().__init__(
            f"The request took longer than {seconds:g} s and was stopped; nothing was stored. "
            "Try again later, or send a shorter text."
        )
        self.seconds = seconds
