"""Every curl recipe in the README, run in order by bash against a live server that needs a key,
so the README never shows a command that does not work."""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests

from tests.helpers import ROOT, keyed_app_over_http

KEY = "readme-recipes-key-0123456789"


def recipes() -> list[str]:
    """The ```sh blocks between the README's recipe markers, in order."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("<!-- recipes: start -->", 1)[1].split("<!-- recipes: end -->", 1)[0]
    return re.findall(r"```sh\n(.*?)```", section, flags=re.S)


@pytest.fixture(scope="module")
def url(tmp_path_factory: pytest.TempPathFactory, embedder, judge) -> Iterator[str]:  # type: ignore[no-untyped-def]
    database = tmp_path_factory.mktemp("recipes-db") / "claims.sqlite3"
    with keyed_app_over_http(database, KEY, embedder, judge) as base:
        yield base


@pytest.mark.skipif(not shutil.which("jq"), reason="the recipes need jq (Debian package jq)")
def test_every_readme_recipe_runs_and_does_what_it_says(url: str, tmp_path: Path) -> None:
    blocks = recipes()
    assert len(blocks) == 8, "a recipe was added or removed: say here what it should do"
    env = {**os.environ, "URL": url, "COUNTERCLAIM_API_KEY": KEY}
    setup = blocks[0]

    def run(block: str, stderr: str = "") -> str:
        done = subprocess.run(
            ["bash", "-eo", "pipefail", "-c", f"{setup}\n{block}"],
            cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120,
        )  # fmt: skip
        assert done.returncode == 0, f"{block}\n---\n{done.stdout}\n{done.stderr}"
        assert done.stderr == stderr, done.stderr
        return done.stdout

    assert run("") == "" and (tmp_path / "article.txt").exists()
    posted = json.loads(run(blocks[1]))
    assert posted["claim_count"] == 1 and posted["contradictions"] == 0
    assert run(blocks[2]).split() == ["201", "200"]

    listed = [line.split("\t") for line in run(blocks[3]).splitlines()]
    stored = requests.get(f"{url}/claims", headers={"X-API-Key": KEY}, timeout=30).json()
    assert [int(row[0]) for row in listed] == [c["id"] for c in stored["items"]]
    assert [row[1] for row in listed] == ["NBC News", "Reuters"]

    searched, contradictions = run(blocks[4]).split("negation: ", 1)
    assert "Russia has withdrawn" in searched and "Russia" in contradictions

    checked = run(blocks[5]).splitlines()
    assert checked and all("  <>  " in line for line in checked)
    assert any(line.startswith("Russia Pulls Troops Back") for line in checked)
    assert not any(line.startswith("Tesla") for line in checked)

    title, *sides, reviewed = run(blocks[6]).splitlines()
    assert title.startswith("#1 ")
    assert sides == ["  2014-04-01: NBC News", "  2014-06-03: Reuters"]
    fingerprint = hashlib.sha256(KEY.encode()).hexdigest()[:8]
    assert reviewed == f"dismissed by {fingerprint}, dispute null"

    failed = "curl: (22) The requested URL returned error: 400\n"
    assert run(blocks[7], stderr=failed).startswith("refused: 400 Validation error: ")
