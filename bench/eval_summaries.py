"""News stories and summaries that misstate them, end to end through the API.

What a fact-checker does with the service: store a story with ``POST /articles``, then send a
sentence about it to ``POST /checks`` and see whether the service flags it against the story.
SummEdits' news documents (../shared/train/nli/summedits.jsonl.gz, read in place) come with
summaries edited to be consistent with the document or not (a figure, a name, a negation
changed): an inconsistent summary misstates the story, a consistent one does not. Each document
is stored alone in a fresh SQLite store (bench/eval_headlines.py's ``flag_rates``), and the
service runs as configured.

The split is the one training/judge_data.py gives SummEdits (by document: the judge trained only
on the train split's documents, and the news pairs generated from them): choose on
``validation`` (one document) and ``development`` (the six train-split documents whose edited
summaries never train the judge as edits, training/judge_data.summary_development; the judge's
first stages did see their summaries, as "not entailed"), report ``test`` (four). Each summary
is sent twice: as a given claim (``{"claims": [...]}``) and as text the service reads as it
reads an article (its sentences, check-worthiness included). Printed per split and way: the
share of misstatements and of consistent summaries flagged, and the balanced accuracy.

    .venv/bin/python bench/eval_summaries.py [--split validation|test|both|development]
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.eval_headlines import balanced, flag_rates  # noqa: E402
from training.judge_data import TRAIN, summary_development  # noqa: E402
from training.nli_data import split_of  # noqa: E402

KINDS = {"not_entailment": "misstated", "entailment": "consistent"}


def summaries(split: str) -> tuple[dict[str, str], list[tuple[str, str, str]]]:
    """The split's news documents by id, and (document id, summary, misstated/consistent)."""
    documents: dict[str, str] = {}
    statements = []
    with gzip.open(TRAIN / "summedits.jsonl.gz", "rt", encoding="utf-8") as lines:
        for line in lines:
            row = json.loads(line)
            if row["source"] != "summedits_news":
                continue
            if split == "development":
                if split_of(row["premise"]) != "train" or not summary_development(row["premise"]):
                    continue
            elif split_of(row["premise"]) != split:
                continue
            document = documents.setdefault(row["premise"], str(len(documents)))
            statements.append((document, row["hypothesis"], KINDS[row["label"]]))
    return {number: text for text, number in documents.items()}, statements


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--split", choices=("validation", "test", "both", "development"), default="both"
    )
    args = parser.parse_args()
    if not TRAIN.is_dir():
        sys.exit(f"skipped: {TRAIN} is absent (the shared training sets are not on this machine)")
    for split in ("validation", "test") if args.split == "both" else (args.split,):
        documents, statements = summaries(split)
        for send in ("claims", "text"):
            flagged, seen = flag_rates(documents, statements, send=send)
            line = balanced(flagged, seen, "misstated", "consistent")
            print(f"{split:10s} as {send:6s} {len(documents)} documents: {line}", flush=True)


if __name__ == "__main__":
    main()
