"""The counterclaim command: ``counterclaim ingest FILES_OR_FOLDERS... --url URL`` posts articles,
``counterclaim disputes --url URL`` prints the disputes the service holds.

Only the standard library: the command talks to a running service over HTTP and never loads
Flask or the models.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from urllib.parse import urlsplit

from service.cli import disputes
from service.cli.client import Client, RetryPolicy, UnreachableError
from service.cli.ingest import ingest, render, summary
from service.cli.inputs import InputError, collect
from service.cli.progress import Progress

DEFAULT_URL = "http://127.0.0.1:8000"
EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line ``argv`` (by default the process's); returns the exit status."""
    args = parser().parse_args(argv)
    status: int = args.run(args)
    return status


def parser() -> argparse.ArgumentParser:
    """The command line: the subcommands ``ingest`` and ``disputes``."""
    top = argparse.ArgumentParser(
        prog="counterclaim", description="Tools that talk to a running counterclaim service."
    )
    commands = top.add_subparsers(title="commands", metavar="COMMAND", required=True)
    sub = commands.add_parser(
        "ingest",
        help="post text files as articles",
        description=(
            "Post each file as an article (POST /articles): files named, and every .txt in "
            "folders named, in name order. A folder's manifest.json gives its files' title, "
            "source, url and published_at. Each post carries an Idempotency-Key made from the "
            "text, so running the same command again (after Ctrl-C, a crash, or to be sure) "
            "stores nothing twice and reports those files as already stored."
        ),
        epilog=(
            "Exit status: 0 when every file is stored (now or before), 1 when any failed or the "
            "run stopped early, 2 for a usage error, 130 when interrupted."
        ),
    )
    sub.set_defaults(run=_ingest)
    sub.add_argument("paths", nargs="+", type=Path, metavar="FILE_OR_FOLDER")
    _connection(sub, scope="write")
    sub.add_argument(
        "--source", metavar="OUTLET", help="the outlet, for files their manifest gives none"
    )
    sub.add_argument(
        "--published-at",
        type=_moment,
        metavar="DATE",
        help="RFC 3339 date or date-time, for files their manifest gives none",
    )
    _patience(sub)
    sub.add_argument(
        "--show-contradictions",
        type=_count,
        default=10,
        metavar="N",
        help="list at most N contradictions in the summary, highest score first (default 10)",
    )
    sub.add_argument(
        "--json", action="store_true", help="print the summary as JSON (progress stays on stderr)"
    )

    sub = commands.add_parser(
        "disputes",
        help="print the disputes the service holds",
        description=(
            "Print the disputed facts the service holds (GET /disputes, every page), the "
            "latest to change first: each with its title, whether its sides are apart in time, "
            "and the claims on each side. Run it after ingest to read what the files dispute."
        ),
        epilog="Exit status: 0 when listed, 1 when the service refused or could not be reached.",
    )
    sub.set_defaults(run=_disputes)
    _connection(sub, scope="read")
    sub.add_argument("--source", metavar="OUTLET", help="only disputes with a claim from it")
    sub.add_argument(
        "--since", type=_day, metavar="DATE", help="only disputes with a claim said on or after"
    )
    sub.add_argument(
        "--until", type=_day, metavar="DATE", help="only disputes with a claim said on or before"
    )
    sub.add_argument(
        "--live", action="store_true", help="only live conflicts (sides not apart in time)"
    )
    _patience(sub)
    sub.add_argument("--json", action="store_true", help="print the disputes as JSON")
    return top


def _connection(sub: argparse.ArgumentParser, scope: str) -> None:
    sub.add_argument(
        "--url",
        type=_base_url,
        default=os.environ.get("COUNTERCLAIM_URL", DEFAULT_URL),
        help=f"the service (default: $COUNTERCLAIM_URL, else {DEFAULT_URL})",
    )
    sub.add_argument(
        "--api-key",
        metavar="KEY",
        default=os.environ.get("COUNTERCLAIM_API_KEY"),
        help=f"a key with the {scope} scope (default: $COUNTERCLAIM_API_KEY; the environment "
        "keeps it out of the process list)",
    )


def _patience(sub: argparse.ArgumentParser) -> None:
    sub.add_argument(
        "--retries",
        type=_count,
        metavar="N",
        default=5,
        help="times to try a request again after 502/503/504 or a lost connection (default 5)",
    )
    sub.add_argument(
        "--retry-wait",
        type=_seconds,
        default=1.0,
        metavar="SECONDS",
        help="first wait before trying again, doubled each time; a Retry-After from the "
        "server is used instead (default 1)",
    )
    sub.add_argument(
        "--timeout",
        type=_positive_seconds,
        default=300.0,
        metavar="SECONDS",
        help="how long to wait for one answer (default 300)",
    )


def _disputes(args: argparse.Namespace) -> int:
    filters = {
        name: value
        for name, value in (
            ("source", args.source),
            ("since", args.since),
            ("until", args.until),
            ("separated", "false" if args.live else None),
        )
        if value
    }
    client = Client(
        args.url, args.api_key, args.timeout, RetryPolicy(args.retries, args.retry_wait)
    )
    try:
        found = disputes.fetch(client, filters, lambda why: print(why, file=sys.stderr))
    except (disputes.ListError, UnreachableError) as error:
        print(f"counterclaim disputes: {error}", file=sys.stderr)
        return EXIT_FAILED
    print(json.dumps(found, indent=2, ensure_ascii=False) if args.json else disputes.render(found))
    return EXIT_OK


def _ingest(args: argparse.Namespace) -> int:
    defaults = {
        k: v for k, v in (("source", args.source), ("published_at", args.published_at)) if v
    }
    try:
        documents, warnings = collect(args.paths, defaults)
    except InputError as error:
        print(f"counterclaim ingest: {error}", file=sys.stderr)
        return EXIT_USAGE
    progress = Progress(len(documents))
    for warning in warnings:
        progress.note(f"warning: {warning}")
    if not documents:
        print("counterclaim ingest: no files to post", file=sys.stderr)
        return EXIT_USAGE
    files = "1 file" if len(documents) == 1 else f"{len(documents)} files"
    progress.note(f"Posting {files} to {args.url}/articles")
    client = Client(
        args.url, args.api_key, args.timeout, RetryPolicy(args.retries, args.retry_wait)
    )
    run = ingest(documents, client, progress)
    progress.close()
    print(
        json.dumps(summary(run), indent=2) if args.json else render(run, args.show_contradictions)
    )
    if run.stopped:
        again = (
            " Run the same command again to go on: files already stored are reported as such, "
            "never stored twice."
        )
        print(f"Stopped early: {run.stopped}.{again if run.resumable else ''}", file=sys.stderr)
    if run.interrupted:
        return EXIT_INTERRUPTED
    return EXIT_OK if run.ok else EXIT_FAILED


def _day(value: str) -> str:
    try:
        datetime.strptime(value, "%Y-%m-%d")
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date like 2014-04-01: {value!r}") from None
    return value


def _base_url(value: str) -> str:
    parts = urlsplit(value)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise argparse.ArgumentTypeError(f"{value!r} is not a URL such as {DEFAULT_URL}")
    return value.rstrip("/")


# What the service takes as published_at: an RFC 3339 date, or date-time with its offset.
_MOMENT = re.compile(
    r"(?P<date>[0-9]{4}-[0-9]{2}-[0-9]{2})(?:[Tt](?P<hm>[0-9]{2}:[0-9]{2}):(?P<s>[0-9]{2})"
    r"(?:\.[0-9]+)?(?:[Zz]|[+-](?P<offset>[0-9]{2}:[0-9]{2})))?"
)


def _moment(value: str) -> str:
    found = _MOMENT.fullmatch(value)
    try:
        if found:  # the day, the time and the offset must exist
            second = int(found["s"] or 0)
            if second == 60:  # a leap second: datetime has no 60th
                second = 59
            datetime.fromisoformat(f"{found['date']}T{found['hm'] or '00:00'}:{second:02d}")
            datetime.strptime(found["offset"] or "00:00", "%H:%M")
            return value
    except ValueError:
        pass
    raise argparse.ArgumentTypeError(
        f"{value!r} is not an RFC 3339 date or date-time such as 2014-04-01 or 2014-04-01T09:30:00Z"
    )


def _count(value: str) -> int:
    if not value.isdigit():
        raise argparse.ArgumentTypeError(f"{value!r} is not a whole number of 0 or more")
    return int(value)


def _seconds(value: str) -> float:
    try:
        seconds = float(value)
    except ValueError:
        seconds = -1.0
    if not 0 <= seconds < float("inf"):
        raise argparse.ArgumentTypeError(f"{value!r} is not a number of seconds")
    return seconds


def _positive_seconds(value: str) -> float:
    seconds = _seconds(value)
    if seconds == 0:
        raise argparse.ArgumentTypeError("0 seconds would never wait for an answer")
    return seconds
