"""POST /checks with claims given as a list, and the sentences a text's check skipped."""

from __future__ import annotations

from flask.testing import FlaskClient

from tests.helpers import ARTICLE, BUDGET, LATER, assert_problem

HEADLINES = [
    "Russia Pulls Most Troops Back From Ukraine Border",
    "Tesla Recalls 2 Million Cars Over Autopilot Flaw",
]


def test_claims_given_as_a_list_are_compared_as_given(client: FlaskClient) -> None:
    client.post("/articles", json=ARTICLE)
    later = client.post("/articles", json=LATER).get_json()
    body = client.post("/checks", json={"claims": HEADLINES}).get_json()
    # Headlines: no check-worthiness or headline filter, each back in order.
    assert [c["sentence"] for c in body["claims"]] == HEADLINES
    assert all(c["id"] is None and c["checkworthiness"] is not None for c in body["claims"])
    assert body["skipped"] == []
    conflicts = [c for c in body["contradictions"] if c["claim"]["sentence"] == HEADLINES[0]]
    assert any("no sign" in c["conflicting_claim"]["text"] for c in conflicts)
    assert not [c for c in body["contradictions"] if c["claim"]["sentence"] == HEADLINES[1]]
    assert set(body["disputes"]["joined"]) <= set(later["disputes"]["opened"])
    assert body["disputes"]["joined"] and body["disputes"]["opened"] == []
    assert len(client.get("/claims").get_json()["items"]) == 3  # nothing stored


def test_a_texts_skipped_sentences_say_why(client: FlaskClient) -> None:
    text = (
        "NATO said 40,000 Russian troops remained near the border on Tuesday.\n\n"
        "Is that true?\n\n"
        "NATO said 40,000 Russian troops remained near the border on Tuesday.\n\n"
        "It was a cold and grey morning in the town as the officials gathered there."
    )
    body = client.post("/checks", json={"text": text}).get_json()
    assert [c["sentence"] for c in body["claims"]] == [text.split("\n\n")[0]]
    reasons = {s["sentence"]: s["reason"] for s in body["skipped"]}
    assert reasons["Is that true?"] == "speaks to the reader"
    assert reasons[text.split("\n\n")[2]] == "repeats an earlier claim"
    assert reasons[text.split("\n\n")[3]] == "not check-worthy"
    for skipped in body["skipped"]:
        assert text[skipped["start"] : skipped["end"]] == skipped["sentence"]
    # A sentence is either a claim or skipped, never both.
    claimed = {c["start"] for c in body["claims"]}
    assert not claimed & {s["start"] for s in body["skipped"]}


def test_a_check_takes_exactly_one_of_text_html_or_claims(client: FlaskClient) -> None:
    for body in (
        {"text": "NATO said so.", "claims": ["NATO said so."]},
        {"html": "<p>NATO said so.</p>", "claims": ["NATO said so."]},
        {},
        {"claims": []},
        {"claims": ["   "]},
        {"claims": ["x" * 2001]},
        {"claims": ["A claim."] * 101},
        {"claims": "NATO said so."},
        {"claims": [3]},
    ):
        assert_problem(client.post("/checks", json=body), 400)


def test_a_copied_sentence_with_another_figure_is_flagged_and_a_true_copy_is_not(
    client: FlaskClient,
) -> None:
    # Nearly every word the same (their vectors 0.98 alike), one figure changed: a misstatement
    # of the story, not a copy of it.
    client.post("/articles", json=BUDGET)
    sentence = "The city council approved a budget of $4.2 billion on Tuesday."
    changed = sentence.replace("4.2", "5.2")
    found = client.post("/checks", json={"claims": [changed]}).get_json()["contradictions"]
    assert [c["conflicting_claim"]["sentence"] for c in found] == [sentence]
    # The same sentence again, or in other case and punctuation, is the story itself.
    for same in (sentence, "the city council approved a budget of $4.2 billion, on Tuesday"):
        assert client.post("/checks", json={"claims": [same]}).get_json()["contradictions"] == []
