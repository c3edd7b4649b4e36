"""Who said it, as what, and how: speaker, role and frame accuracy on real news, old beside new.

The development set, bench/attribution_dev.jsonl, is a list of pointers into real news read in
place from ../shared (nothing of the text is kept here but the first 20 characters of each
sentence, to check that the pointer still points where it did):
- the five NATO articles, {"file": "corpus/nato-2014/<name>.txt", "start": ..., "end": ...}:
  character offsets into Path.read_text(encoding="utf-8");
- bodies of FNC-1 (a development and evaluation use only: its licence is unstated, so it is
  never trained on), {"file": "train/nli/fnc1_train_bodies.csv.gz", "body_id": ..., "start": ...,
  "end": ...}: character offsets into that body's articleBody as csv.DictReader reads it from
  gzip.open(path, "rt", encoding="utf-8", newline="").

Each pointer carries the labels a careful reader gives the sentence:
- speaker: who the sentence says made the statement; null when it reports no statement
  (no verb of saying, or one in another sense: "The comments added to the uncertainty", "That
  said, ...", "It did not say where", "declined comment").
  - A person is named in full, without title or age, as the article gives the name at its
    fullest ("Anders Fogh Rasmussen"). A pronoun, a bare surname, "Mr Madden" or a description
    ("the official", "the guitarist", "the paper", "it") is the speaker it refers back to, in
    the fullest form the article gave before the sentence: a name, or else a description that
    stands on its own ("the official said" after "a NATO military official" -> "NATO military
    official").
  - An unnamed speaker is the description as written ("NATO military official", "Witnesses",
    "spokesperson for the Department of Homeland Security"); an organisation is its name as
    written ("Iraq's Interior Ministry", "Pentagon"). A leading the/a/an is dropped, nothing
    else ("Some jihadists", "another Vogue source", "Two of the country's top intelligence
    officials" are kept whole).
  - A document stands for whoever issued it when that is named ("a report by the Harbour
    Institute", "a foreign ministry statement", "according to a CBS News report" -> "Harbour
    Institute", "foreign ministry", "CBS News"); otherwise the document itself ("reports").
  - Nested attribution: the speaker is whoever made the statement, not who passed it on
    ("X said, according to Reuters" and "X said ..., Reuters reported" -> X). A source that a
    speaker cites ("the Post said, citing ...") is not the speaker.
  - An agentless passive ("Apple is said to be targeting ...") has no speaker but has a frame.
  - With several attributions, the sentence's main (first) one counts.
- role: the title or description the sentence itself gives a named speaker, as written without
  a leading the/a/an or possessive pronoun: the words before the name ("NATO Secretary-General",
  "Pentagon spokesperson Rear Admiral", "his sister" -> "sister") or the appositive noun phrase
  after it, whole, up to the comma that closes it ("volcanologist with the Nicaraguan Institute
  of Territorial Studies who was on the committee"). Null when the sentence gives none: for a
  pronoun or surname, for a speaker that is itself a description, for an age or a bare relative
  clause ("Marcus Mitchem, who was visiting a patient, said").
- frame: the reporting verb or phrase as written, lower-cased, with its auxiliaries and without
  adverbs ("said", "has said", "were said", "reportedly said" -> "said", "called again for" ->
  "called for", "according to", "was quoted as saying"); "told" keeps the audience that follows
  it ("told reporters", "told the associated press").
- checkable (only where there is a speaker; null otherwise): whether what the speaker is
  reported to say is a factual claim someone could check, about the past or the present: an
  event, a figure, a state of things, what someone did, decided, announced, denied, confirmed
  or knew ("Lucy Somers said she learned of her brother's death from the FBI", "These claims
  are absolutely, unequivocally and completely false"). Not: an opinion, a feeling, a hope, a
  call or pledge, a prediction, a plan, a possibility or a suspicion ("Their ideology is
  bankrupt", "We will be vigilant", "He said it is possible nobody was looking up"). Labelled
  after the service's answers were seen, which a reader of these figures should know.

A prediction is right when it equals the label after folding case, curly quotes and
whitespace, trimming surrounding punctuation and dropping a leading the/a/an; null must meet
null. Systems:
- old: the service as it is. Speaker: service.extraction.claims.extract over the whole article
  (it carries the last speaker from sentence to sentence); the claim whose span covers the
  labelled sentence gives its speaker, and a sentence the service made no claim of is read alone
  by speakers.speaker_of(sentence, article, None). Frame: frame.frame(sentence).attribution.
  Role: none (always null).
- new: service.extraction.attribution.attribute_in_order(sentences, article), once the
  module exists (see ``new_system``), called on every sentence of the article in order.

For each system, over all sentences and by source (nato, fnc1): speaker, role and frame
accuracy; the speaker's recall over the sentences that have one; and, over those that have
none, the share given a speaker all the same. --errors lists each system's misses by pointer.
--held-out scores the held-out set instead (see HELD_OUT). --through-checks also sends each
article whole to POST /checks and counts the labelled sentences that come back as claims, and
with the right speaker: what a user of the service sees.

    .venv/bin/python bench/eval_attribution.py [--held-out] [--through-checks] [--errors]
"""

from __future__ import annotations

import argparse
import csv
import gzip
import io
import json
import os
import re
import subprocess
import sys
import tarfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Protocol

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from service.extraction import cleaning, sentences  # noqa: E402

SHARED = ROOT.parent / "shared"
DEV_SET = ROOT / "bench" / "attribution_dev.jsonl"
# Sentences of eight other FNC-1 bodies, labelled on the same conventions after the parse's rules
# were last changed, and never read to change them: how the rules do on news they were not
# written from.
HELD_OUT = ROOT / "bench" / "attribution_heldout.jsonl"
PREFIX_CHARS = 20
FIELDS = ("speaker", "role", "frame")


@dataclass(frozen=True)
class Item:
    """One labelled sentence: where it is, what it says, and the reader's labels."""

    source: str  # "nato" or "fnc1"
    pointer: str  # file[#body]:start-end, to find it again
    article: str  # key into the articles read
    start: int
    end: int
    sentence: str
    speaker: str | None
    role: str | None
    frame: str | None
    checkable: bool | None


@dataclass(frozen=True)
class Reading:
    """What a system says of a sentence."""

    speaker: str | None
    role: str | None
    frame: str | None


class Attribution(Protocol):
    speaker: str | None
    role: str | None
    frame: str | None


InOrder = Callable[[list[str], str], list[Attribution]]
System = Callable[[list[Item], dict[str, str]], list[Reading]]


def _fnc1_bodies(path: Path, wanted: set[int]) -> dict[int, str]:
    with gzip.open(path, "rt", encoding="utf-8", newline="") as handle:
        return {
            int(row["Body ID"]): row["articleBody"]
            for row in csv.DictReader(handle)
            if int(row["Body ID"]) in wanted
        }


def load(labels: Path = DEV_SET) -> tuple[list[Item], dict[str, str]]:
    """The labelled sentences, read in place, and the text of every article they come from.
    Exits when a pointer no longer points at its sentence."""
    rows = [json.loads(line) for line in labels.read_text(encoding="utf-8").splitlines() if line]
    articles: dict[str, str] = {}
    wanted: dict[str, set[int]] = {}
    for row in rows:
        if "body_id" in row:
            wanted.setdefault(row["file"], set()).add(int(row["body_id"]))
        elif row["file"] not in articles:
            articles[row["file"]] = (SHARED / row["file"]).read_text(encoding="utf-8")
    for file, ids in wanted.items():
        bodies = _fnc1_bodies(SHARED / file, ids)
        for body_id, body in bodies.items():
            articles[f"{file}#{body_id}"] = body
    items: list[Item] = []
    stale: list[str] = []
    for row in rows:
        key = f"{row['file']}#{row['body_id']}" if "body_id" in row else row["file"]
        pointer = f"{key}:{row['start']}-{row['end']}"
        text = articles.get(key)
        sentence = text[row["start"] : row["end"]] if text is not None else ""
        prefix = sentence[:PREFIX_CHARS]
        if text is None or prefix != row["sentence_prefix"]:
            stale.append(f"{pointer}: expected {row['sentence_prefix']!r}, found {prefix!r}")
            continue
        items.append(
            Item(
                source="fnc1" if "body_id" in row else "nato",
                pointer=pointer,
                article=key,
                start=row["start"],
                end=row["end"],
                sentence=sentence,
                speaker=row["speaker"],
                role=row["role"],
                frame=row["frame"],
                checkable=row.get("checkable"),
            )
        )
    if stale:
        sys.exit("stale pointers in {}:\n  {}".format(labels.name, "\n  ".join(stale)))
    return items, articles


_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"'})
_ARTICLE = re.compile(r"^(?:the|a|an)\s+")


def normal(value: str | None) -> str | None:
    """A label or prediction as compared: case, curly quotes, whitespace, surrounding
    punctuation and a leading the/a/an do not count; empty is null."""
    if value is None:
        return None
    text = " ".join(value.translate(_QUOTES).casefold().split()).strip(" .,;:")
    text = _ARTICLE.sub("", text)
    return text or None


# The last commit whose speakers came from regular expressions (before the dependency parse).
OLD_COMMIT = "4cb6ba7"
# Run inside that commit's tree: its extraction reads every article, its frame reader each
# sentence; the readings come back as JSON.
_OLD_READER = """
import json, sys
from service.extraction.claims import extract
from service.extraction.frame import frame
from service.extraction.speakers import speaker_of
job = json.load(sys.stdin)
claims = {key: extract(text) for key, text in job["articles"].items()}
out = []
for it in job["items"]:
    found = [c for c in claims[it["article"]] if c.start <= it["start"] and it["end"] <= c.end]
    article = job["articles"][it["article"]]
    speaker = found[0].speaker if found else speaker_of(it["sentence"], article, None)
    said = frame(it["sentence"]).attribution
    out.append([speaker, said.lower() if said else None, not found])
json.dump(out, sys.stdout)
"""


def old_tree() -> Path:
    """The service of OLD_COMMIT, extracted from git into var/ once."""
    tree = ROOT / "var" / f"attribution-{OLD_COMMIT}"
    if not (tree / "service").is_dir():
        tree.mkdir(parents=True, exist_ok=True)
        archive = subprocess.run(
            ["git", "archive", OLD_COMMIT, "service"], cwd=ROOT, capture_output=True, check=True
        ).stdout
        with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
            tar.extractall(tree, filter="data")
    return tree


def old_system(items: list[Item], articles: dict[str, str]) -> list[Reading]:
    """The service of OLD_COMMIT: the extracted claim's speaker, the frame reader's
    attribution, no role."""
    tree = old_tree()
    job = {
        "articles": articles,
        "items": [
            {"article": i.article, "start": i.start, "end": i.end, "sentence": i.sentence}
            for i in items
        ],
    }
    done = subprocess.run(
        [sys.executable, "-c", _OLD_READER],
        input=json.dumps(job), cwd=tree, capture_output=True, text=True, check=True,
        env={**os.environ, "PYTHONPATH": str(tree)},
    )  # fmt: skip
    found = json.loads(done.stdout)
    alone = sum(1 for _, _, by_itself in found if by_itself)
    print(f"old ({OLD_COMMIT}): {len(items) - alone} sentences found as claims, {alone} read "
          "alone (no claim)")  # fmt: skip
    return [Reading(speaker, None, said) for speaker, said, _ in found]


# --- new system hook ------------------------------------------------------------------------
# service.extraction.attribution does not exist yet. Once it does, ``attribute`` is called on
# every sentence of each article in order (the labelled ones among them), with the last speaker
# it gave, and its speaker, role and frame are scored beside the old system's.


def new_system() -> System | None:
    """The new attribution reader as a system, or None (with a line saying so) while the module
    is missing. A module that exists but fails to import is an error, not a skip."""
    try:
        from service.extraction.attribution import attribute_in_order
    except ModuleNotFoundError as error:
        if error.name not in ("service.extraction.attribution", "service.extraction"):
            raise
        print("new: not available (service.extraction.attribution missing)")
        return None

    def run(items: list[Item], articles: dict[str, str]) -> list[Reading]:
        return _run_in_order(attribute_in_order, items, articles)

    return run


def _article_sentences(text: str, labelled: list[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    """The sentences of an article in order: the labelled spans, and the service's sentences
    (of the blocks it keeps) that overlap none of them."""
    normalised = cleaning.normalise(text)
    spans = [
        (s.start, s.end)
        for block in cleaning.clean(normalised)
        for s in sentences.split(normalised, block)
        if not any(s.start < end and start < s.end for start, end in labelled)
    ]
    yield from sorted({*spans, *labelled})


def _text(value: Any) -> str | None:
    return None if value is None else str(value)


def _run_in_order(read: InOrder, items: list[Item], articles: dict[str, str]) -> list[Reading]:
    found: dict[tuple[str, int, int], Reading] = {}
    for key, text in articles.items():
        labelled = [(i.start, i.end) for i in items if i.article == key]
        spans = list(_article_sentences(text, labelled))
        results = read([text[a:b] for a, b in spans], text)
        for (start, end), result in zip(spans, results, strict=True):
            reading = Reading(_text(result.speaker), _text(result.role), _text(result.frame))
            found[(key, start, end)] = reading
    return [found[(i.article, i.start, i.end)] for i in items]


# --- scoring ---------------------------------------------------------------------------------


def _share(hits: list[bool]) -> str:
    return f"{sum(hits) / len(hits):.3f}" if hits else "-"


def scores(items: list[Item], readings: list[Reading]) -> dict[str, tuple[int, str]]:
    """Each figure with the number of sentences it is taken over."""
    pairs = list(zip(items, readings, strict=True))

    def right(field: str, subset: list[tuple[Item, Reading]]) -> list[bool]:
        return [normal(getattr(i, field)) == normal(getattr(r, field)) for i, r in subset]

    spoken = [(i, r) for i, r in pairs if i.speaker is not None]
    unspoken = [(i, r) for i, r in pairs if i.speaker is None]
    return {
        "speaker accuracy": (len(pairs), _share(right("speaker", pairs))),
        "role accuracy": (len(pairs), _share(right("role", pairs))),
        "frame accuracy": (len(pairs), _share(right("frame", pairs))),
        "speaker recall (gold speaker)": (len(spoken), _share(right("speaker", spoken))),
        "speaker given where none": (
            len(unspoken), _share([normal(r.speaker) is not None for _, r in unspoken])
        ),
    }  # fmt: skip


def report(items: list[Item], results: dict[str, list[Reading]]) -> None:
    names = list(results)
    print(f"\n{'':7}{'':32}{'n':>5}" + "".join(f"{n:>8}" for n in names))
    for source in ("all", "nato", "fnc1"):
        chosen = [k for k, i in enumerate(items) if source in ("all", i.source)]
        subset = [items[k] for k in chosen]
        table = {n: scores(subset, [results[n][k] for k in chosen]) for n in names}
        for row, metric in enumerate(table[names[0]]):
            count = table[names[0]][metric][0]
            label = source if row == 0 else ""
            figures = "".join(f"{table[n][metric][1]:>8}" for n in names)
            print(f"{label:7}{metric:32}{count:5d}{figures}")


def errors(items: list[Item], name: str, readings: list[Reading]) -> None:
    print(f"\n{name}: sentences with a field wrong (gold -> predicted)")
    for item, reading in zip(items, readings, strict=True):
        wrong = [
            f"{f} {getattr(item, f)!r} -> {getattr(reading, f)!r}"
            for f in FIELDS
            if normal(getattr(item, f)) != normal(getattr(reading, f))
            and not (f == "role" and name == "old")  # the old service gives no role at all
        ]
        if wrong:
            print(f"  {item.pointer} {item.sentence[:60]!r}\n    " + "; ".join(wrong))


def through_checks(items: list[Item], articles: dict[str, str], misses: bool = False) -> None:
    """Each article sent whole to POST /checks (in process, a fresh SQLite store): of the
    sentences with a speaker, how many came back as claims, and with the right speaker; of all
    labelled sentences that came back as claims, how many with the right speaker; and how many of
    the statements that are not checkable (opinions, predictions, pledges) came back. With
    ``misses``, each checkable statement that did not come back, or came back with another
    speaker, is listed."""
    import tempfile

    from service import create_app
    from service.config import Config

    with tempfile.TemporaryDirectory() as tmp:
        config = replace(Config.from_env(), database_url=f"sqlite:///{tmp}/checks.sqlite3")
        client = create_app(config).test_client()
        spoken = claimed = claimed_right = became = right = checkable = kept = kept_right = 0
        uncheckable = uncheckable_kept = 0
        missed: list[str] = []
        for key in dict.fromkeys(i.article for i in items):
            response = client.post("/checks", json={"text": articles[key]})
            assert response.status_code == 200, response.get_json()
            claims = response.get_json()["claims"]
            for item in (i for i in items if i.article == key):
                claim = next((c for c in claims if c["start"] == item.start), None)
                same = claim is not None and normal(claim["speaker"]) == normal(item.speaker)
                spoken += item.speaker is not None
                claimed += claim is not None and item.speaker is not None
                claimed_right += same and item.speaker is not None
                became += claim is not None
                right += same
                checkable += bool(item.checkable)
                kept += bool(item.checkable) and claim is not None
                kept_right += bool(item.checkable) and same
                uncheckable += item.checkable is False
                uncheckable_kept += item.checkable is False and claim is not None
                if item.checkable and not same:
                    missed.append(
                        f"  {item.pointer} {item.sentence[:70]!r}\n    "
                        + (
                            "no claim"
                            if claim is None
                            else f"speaker {item.speaker!r} -> {claim['speaker']!r}"
                        )
                    )
    print(
        f"\nthrough POST /checks: of {spoken} sentences with a speaker, {claimed} came back as "
        f"claims, {claimed_right} of them with the right speaker; of the {became} labelled "
        f"sentences that came back as claims, {right} with the right speaker (null for none)"
        f"\nof the {checkable} checkable statements with a speaker, {kept} came back as claims, "
        f"{kept_right} of them with the right speaker"
        f"\nof the {uncheckable} statements with a speaker that are not checkable, "
        f"{uncheckable_kept} came back as claims"
    )
    if misses:
        print("checkable statements missed through POST /checks:", *missed, sep="\n")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--errors", action="store_true", help="list each system's misses")
    parser.add_argument(
        "--held-out", action="store_true", help=f"score {HELD_OUT.name} instead of the dev set"
    )
    parser.add_argument(
        "--through-checks", action="store_true", help="also send each article to POST /checks"
    )
    args = parser.parse_args()
    if not SHARED.is_dir():
        sys.exit(f"skipped: {SHARED} is absent (the shared corpus is not on this machine)")
    items, articles = load(HELD_OUT if args.held_out else DEV_SET)
    nato = sum(i.source == "nato" for i in items)
    spoken = sum(i.speaker is not None for i in items)
    print(
        f"{len(items)} labelled sentences ({nato} nato, {len(items) - nato} fnc1) from "
        f"{len(articles)} articles; {spoken} with a speaker, {len(items) - spoken} without"
    )
    results = {"old": old_system(items, articles)}
    new = new_system()
    if new is not None:
        results["new"] = new(items, articles)
    report(items, results)
    if args.through_checks:
        through_checks(items, articles, misses=args.errors)
    if args.errors:
        for name, readings in results.items():
            errors(items, name, readings)


if __name__ == "__main__":
    main()
