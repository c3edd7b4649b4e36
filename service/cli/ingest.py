"""counterclaim ingest: post files as articles one after another, and sum up the answers."""

from __future__ import annotations

import hashlib
import textwrap
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from typing import Any

from service.cli.client import Client, UnreachableError
from service.cli.inputs import Document
from service.cli.progress import Progress

STORED, ALREADY_STORED, FAILED, UNFINISHED = "stored", "already_stored", "failed", "unfinished"
# Answers about the key or the URL rather than the file: every other file would get the same.
STOP_STATUSES = {
    401: "the service needs an API key with the write scope: --api-key or COUNTERCLAIM_API_KEY",
    403: "this API key may not write articles",
    404: "no POST /articles at this URL: --url is the service's base URL",
    405: "no POST /articles at this URL: --url is the service's base URL",
}
_SIDES = ("claim", "conflicting_claim")  # a contradiction's newer claim, then the stored one


@dataclass
class FileResult:
    """What became of one file."""

    file: str
    status: str
    article_id: int | None = None
    claims: int = 0
    contradictions: int = 0
    error: str | None = None
    http_status: int | None = None


@dataclass
class Run:
    """What an ingest run did: each file's result, and the distinct claims and contradictions."""

    files: list[FileResult] = field(default_factory=list)
    claims: set[int] = field(default_factory=set)
    contradictions: dict[int, dict[str, Any]] = field(default_factory=dict)
    new_contradictions: set[int] = field(default_factory=set)
    stopped: str | None = None  # why the run ended before the last file
    interrupted: bool = False
    resumable: bool = False  # the same command again would go on where this one stopped

    def count(self, status: str) -> int:
        """How many files ended with ``status``."""
        return sum(result.status == status for result in self.files)

    @property
    def ok(self) -> bool:
        """Every file is stored, now or before."""
        return all(result.status in (STORED, ALREADY_STORED) for result in self.files)


def idempotency_key(text: str) -> str:
    """The key a text is always posted with, so a run started again finds what it stored."""
    return "sha256-" + hashlib.sha256(text.encode("utf-8")).hexdigest()


def ingest(documents: Sequence[Document], client: Client, progress: Progress) -> Run:
    """Post each document in turn, going on past a file's failure but not past a dead server."""
    run = Run()
    for document in documents:
        progress.start(document.label)
        try:
            result = _post(document, client, run, progress.about)
        except UnreachableError as error:
            result = FileResult(document.label, FAILED, error=str(error))
            run.stopped, run.resumable = str(error), True
        except KeyboardInterrupt:
            run.stopped, run.interrupted, run.resumable = "interrupted", True, True
            break
        run.files.append(result)
        progress.advance(_outcome(result))
        if result.http_status in STOP_STATUSES:
            run.stopped = STOP_STATUSES[result.http_status]
        if run.stopped:
            break
    run.files += [FileResult(d.label, UNFINISHED) for d in documents[len(run.files) :]]
    return run


def _post(
    document: Document, client: Client, run: Run, on_retry: Callable[[str], None]
) -> FileResult:
    label = document.label
    try:
        text = document.path.read_bytes().decode("utf-8-sig")
    except OSError as error:
        return FileResult(label, FAILED, error=f"cannot read it ({error.strerror or error})")
    except UnicodeDecodeError as error:
        byte = error.object[error.start]
        error_text = f"not UTF-8 text (byte {byte:#04x} at offset {error.start}); save it as UTF-8"
        return FileResult(label, FAILED, error=error_text)
    if not text.strip():
        return FileResult(label, FAILED, error="empty: there is no text to post")
    answer = client.post_article(
        {"text": text, **document.metadata}, idempotency_key(text), on_retry
    )
    article = answer.body
    if answer.status not in (200, 201):
        return FileResult(label, FAILED, error=answer.problem(), http_status=answer.status)
    if not isinstance(article, dict) or not isinstance(article.get("claims"), list):
        unexpected = f"not an article in the answer: {answer.problem()}"
        return FileResult(label, FAILED, error=unexpected, http_status=answer.status)
    claims = [c for c in article["claims"] if isinstance(c, dict)]
    contradictions = [c for c in article.get("contradictions") or [] if isinstance(c, dict)]
    run.claims.update(c["id"] for c in claims if isinstance(c.get("id"), int))
    for contradiction in contradictions:
        if isinstance(contradiction.get("id"), int):
            run.contradictions[contradiction["id"]] = contradiction
            if answer.status == 201:
                run.new_contradictions.add(contradiction["id"])
    return FileResult(
        label,
        STORED if answer.status == 201 else ALREADY_STORED,
        article_id=article.get("id"),
        claims=len(claims),
        contradictions=len(contradictions),
        http_status=answer.status,
    )


def _outcome(result: FileResult) -> str:
    if result.status == FAILED:
        return f"failed: {result.error}"
    claims = _plural(result.claims, "claim")
    if result.status == STORED:
        new = f"{result.contradictions} new contradictions"
        return f"stored as article {result.article_id}: {claims}, {new}"
    return (
        f"already stored as article {result.article_id}: {claims}, "
        f"{result.contradictions} contradictions involving them"
    )


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def summary(run: Run) -> dict[str, Any]:
    """The run as JSON: counts, each file's result and the contradictions, highest score first."""
    return {
        "counts": {
            "files": len(run.files),
            "stored": run.count(STORED),
            "already_stored": run.count(ALREADY_STORED),
            "failed": run.count(FAILED),
            "unfinished": run.count(UNFINISHED),
            "claims": len(run.claims),
            "contradictions": len(run.contradictions),
            "new_contradictions": len(run.new_contradictions),
        },
        "stopped": run.stopped,
        "files": [asdict(result) for result in run.files],
        "contradictions": [_brief(c) for c in _by_score(run)],
    }


def _by_score(run: Run) -> list[dict[str, Any]]:
    return sorted(run.contradictions.values(), key=lambda c: (-(c.get("score") or 0), c["id"]))


def _brief(contradiction: dict[str, Any]) -> dict[str, Any]:
    claim_fields = ("id", "article_id", "text", "source", "published_at")
    keep = ("id", "kind", "score", "days_apart", "may_supersede", "explanation")
    return {
        **{k: contradiction.get(k) for k in keep},
        **{
            side: {k: (contradiction.get(side) or {}).get(k) for k in claim_fields}
            for side in _SIDES
        },
    }


def render(run: Run, show: int, width: int = 100) -> str:
    """The run for a reader: up to ``show`` contradictions, the failures, then the counts last,
    where a terminal leaves them in sight."""
    counts = summary(run)["counts"]
    lines: list[str] = []
    listed = _by_score(run)[:show]
    if listed:
        if len(listed) == counts["contradictions"]:
            lines.append("Contradictions, highest score first:")
        else:
            lines.append(
                f"The {len(listed)} of {counts['contradictions']} contradictions with the highest "
                "scores (all of them: GET /contradictions):"
            )
        for number, c in enumerate(listed, 1):
            lines += ["", f"{number}. {_heading(c)}"]
            lines += [_wrap(_claim(c.get(s) or {}), width, "   ", "     ") for s in _SIDES]
            lines.append(_wrap(str(c.get("explanation") or ""), width, "   ", "   "))
        lines.append("")
    failed = [r for r in run.files if r.status == FAILED]
    if failed:
        lines.append("Failed:")
        lines += [_wrap(f"{r.file}: {r.error}", width, "  ", "    ") for r in failed]
        lines.append("")
    rows = [
        ("files read", counts["files"] - counts["unfinished"]),
        ("stored new", counts["stored"]),
        ("already stored", counts["already_stored"]),
        ("failed", counts["failed"]),
        *([("unfinished", counts["unfinished"])] if counts["unfinished"] else []),
        ("claims found", counts["claims"]),
        ("contradictions", counts["contradictions"]),
    ]
    lines += [f"{name:<16}{value:>6}" for name, value in rows]
    if counts["contradictions"]:
        lines[-1] += f"   ({counts['new_contradictions']} new in this run)"
    return "\n".join(lines)


def _heading(contradiction: dict[str, Any]) -> str:
    words = f"{contradiction.get('kind')}, score {contradiction.get('score') or 0:.2f}"
    days = contradiction.get("days_apart")
    return words if days is None else f"{words}, {_plural(days, 'day')} apart"


def _claim(claim: dict[str, Any]) -> str:
    where = " ".join(str(claim.get(k)) for k in ("published_at", "source") if claim.get(k))
    return f"{where or 'undated, no source'}: {claim.get('text')}"


def _wrap(text: str, width: int, first: str, rest: str) -> str:
    return textwrap.fill(text, width, initial_indent=first, subsequent_indent=rest)
