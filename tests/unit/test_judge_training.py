"""How the judge's training pairs are made (training/): both orders, shares, long premises."""

from __future__ import annotations

import math
import random
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from training.judge_data import (  # noqa: E402
    hand_written,
    news_pairs,
    summary_development,
    summary_edits,
)
from training.nli_data import NliPair, split_of  # noqa: E402
from training.train_judge import CONTRADICTION_SHARE, TARGETS, sample  # noqa: E402


def _train_key(i: int) -> str:
    """A key whose pair falls in the train split."""
    while split_of(f"k{i}") != "train":
        i += 10_000
    return f"k{i}"


def test_every_contradiction_is_trained_in_both_orders_and_kept_to_its_share() -> None:
    labels = ["contradiction"] * 60 + ["entailment"] * 30 + ["neutral"] * 30
    pairs = [
        NliPair(f"premise {i}", f"hypothesis {i}", label, "cad_nli", key=_train_key(i))
        for i, label in enumerate(labels)
    ]
    chosen = sample({"cad_nli": pairs}, random.Random(0))
    contradictions = {(p.premise, p.hypothesis) for p in chosen if p.label == "contradiction"}
    assert contradictions
    assert all((b, a) in contradictions for a, b in contradictions)
    assert len(contradictions) <= CONTRADICTION_SHARE * len(chosen) + 1
    assert len(chosen) <= TARGETS["cad_nli"]
    # A swapped entailment or neutral pair is at most "not a contradiction".
    given = {(p.premise, p.hypothesis) for p in pairs}
    turned = [p for p in chosen if (p.premise, p.hypothesis) not in given]
    assert all(p.label in ("contradiction", "not_contradiction") for p in turned)


def _document_in(split: str, told: list[str]) -> str:
    """A document telling ``told`` whose pairs fall in ``split`` (its first line varied)."""
    i = 0
    while split_of(document := f"Report {i}. " + " ".join(told)) != split:
        i += 1
    return document


def test_a_claim_changed_beside_another_fact_conflicts_in_both_orders_within_its_split() -> None:
    from training.news_edits import beside_pairs

    sentences = {
        "train": [
            "The council approved a budget of 4 million euros for the new bridge on Tuesday.",
            "Residents of the northern district protested against the plan in March.",
            "The mayor, Anna Berg, opened the new library in Leeds on Friday morning.",
        ],
        "test": [
            "The company sold 12,000 cars in Germany in the first quarter of the year.",
            "Its chief executive, Paul Brandt, resigned in January after the audit.",
        ],
    }
    rows = []
    for split, told in sentences.items():
        document = _document_in(split, told)
        # judge_data.read keys a SummEdits row by its whole document.
        rows.append(NliPair(document, told[0], "entailment", "summedits", "summedits_news",
                            key=document))  # fmt: skip
    made = beside_pairs({"summedits": rows, "emergent": [], "vitaminc_real": []})
    conflicts = [p for p in made if p.label == "contradiction"]
    assert conflicts and any(p.label == "entailment" for p in made)
    pairs = {(p.premise, p.hypothesis) for p in conflicts}
    assert all((b, a) in pairs for a, b in pairs)

    def said_in(sentence: str, longer: str) -> bool:
        # Joined into one sentence, a sentence loses its full stop and maybe its capital.
        return sentence.rstrip(".")[1:] in longer

    merged = 0
    for pair in made:
        claim, longer = sorted((pair.premise, pair.hypothesis), key=len)
        told = next(t for t in sentences.values() if claim in t)
        # The longer one says more, and all of it from the claim's own split.
        assert len(longer) > len(claim) + 20
        assert any(said_in(s, longer) for s in told if s != claim) or said_in(claim, longer)
        others = [s for t in sentences.values() if t is not told for s in t]
        assert not any(said_in(s, longer) for s in others)
        if pair.label == "contradiction":
            assert not said_in(claim, longer)
        merged += longer.count(".") == 1
    # Most join the two facts into one sentence, as a summary does.
    assert merged > len(made) / 4


def _news(*told: str) -> dict[str, list[NliPair]]:
    """The licensed sets as news_edits reads them, holding only the evidence sentences ``told``."""
    evidence = [NliPair(s, "Claim.", "entailment", "vitaminc_real", "vitaminc", key=f"page {i}")
                for i, s in enumerate(told)]  # fmt: skip
    return {"summedits": [], "emergent": [], "vitaminc_real": evidence}


def test_a_reversed_event_conflicts_both_ways_and_a_reworded_one_does_not() -> None:
    from training.news_edits import reversed_pairs

    made = reversed_pairs(_news(
        "The economy grew by 2 percent in the third quarter, officials said.",
        "Prices rose sharply in March after the storm hit the coast.",
        "The company cut off supplies to the northern region last week.",
        "The minister said the talks had been useful for both sides.",
    ))  # fmt: skip
    pairs = {(p.premise, p.hypothesis): p.label for p in made}
    grew = "The economy grew by 2 percent in the third quarter, officials said."
    shrank = "The economy shrank by 2 percent in the third quarter, officials said."
    assert pairs[(grew, shrank)] == pairs[(shrank, grew)] == "contradiction"
    rose = "Prices rose sharply in March after the storm hit the coast."
    climbed = rose.replace("rose", "climbed")
    assert "entailment" in (pairs.get((rose, climbed)), pairs.get((climbed, rose)))
    # A phrasal verb ("cut off") is not "cut", and a reporting verb is not the event.
    assert not any("cut off" in p.premise or "minister" in p.premise for p in made)


def test_the_two_sides_of_a_contrast_coexist_and_a_side_changed_conflicts_with_the_whole() -> None:
    from training.news_edits import sides_pairs

    withdrawn = "Thousands of troops had withdrawn from the border, but tens of thousands remained."
    cut = "The company cut 500 jobs in Ohio last year, while its rival hired 2,000 staff there."
    talks = "He said the talks were useful for both sides but that no deal had been reached."
    made = sides_pairs(_news(withdrawn, cut, talks))
    labels = {(p.premise, p.hypothesis): p.label for p in made}
    left = "Thousands of troops had withdrawn from the border."
    right = "Tens of thousands remained."
    # opposite words, both asserted by one writer: no conflict in either order
    assert labels[(left, right)] == labels[(right, left)] == "not_contradiction"
    sides = ("The company cut 500 jobs in Ohio last year.", "Its rival hired 2,000 staff there.")
    assert labels[sides] == "not_contradiction"
    # the whole says each side it keeps; a side alone does not say the whole
    for whole in (withdrawn, cut):
        kept = [(a, b) for (a, b), label in labels.items() if a == whole and label == "entailment"]
        assert len(kept) == 1 and labels[(kept[0][1], whole)] == "neutral"
        # a side changed conflicts with the whole, in both orders, so "but" is no sign of peace
        changed = [b for (a, b), label in labels.items() if a == whole and label == "contradiction"]
        assert len(changed) == 1 and labels[(changed[0], whole)] == "contradiction"
    # "but" inside what is reported sets no two asserted clauses against each other
    assert not any(talks in (p.premise, p.hypothesis) for p in made)


def test_two_true_claims_about_one_subject_are_never_a_conflict_in_either_order() -> None:
    from training.news_edits import true_pairs

    evidence = "Soul Food is a 1997 American film produced by Tracey Edmonds."
    told = [
        (evidence, "Soul Food was released in 1997."),
        (evidence, "Tracey Edmonds produced Soul Food."),
        ("He is an American writer and director.", "Andrew Walker is a writer."),
        ("He is an American writer and director.", "John Smith directed a film."),
    ]
    fever = [NliPair(e, c, "entailment", "fever_dev_2way", "fever_dev") for e, c in told]
    made = true_pairs({"fever_dev_2way": fever})
    assert {(p.premise, p.hypothesis) for p in made} == {
        ("Soul Food was released in 1997.", "Tracey Edmonds produced Soul Food."),
        ("Tracey Edmonds produced Soul Food.", "Soul Food was released in 1997."),
    }
    assert {p.label for p in made} == {"not_contradiction"}


def test_the_hand_written_pairs_train_both_orders_and_never_a_held_out_pair() -> None:
    pairs = hand_written()
    labels: dict[tuple[str, str], set[str]] = {}
    for p in pairs:
        labels.setdefault((p.premise, p.hypothesis), set()).add(p.label)
    assert len(pairs) > 3000 and all(len(found) == 1 for found in labels.values())
    trained = {pair: found.pop() for pair, found in labels.items()}
    # Each pair in both orders, with one label: a conflict either way, or not a conflict.
    assert all(trained[(b, a)] == label for (a, b), label in trained.items())
    assert set(trained.values()) == {"contradiction", "not_contradiction"}
    assert {p.premise for p in hand_written(conflicts_only=True)} < {p.premise for p in pairs}
    # No sentence of a set kept to measure the judge (the held-out sets, development-9 and -10)
    # trains it, though the development sets hold some of them.
    sentences = {sentence for pair in trained for sentence in pair}
    measured = 0
    for name in ("heldout*", "dev9", "dev10"):
        for path in (ROOT / "bench").glob(f"judge_news_pairs_{name}.tsv"):
            for _, first, second in news_pairs(path):
                assert first not in sentences and second not in sentences, path.name
                measured += 1
    assert measured > 600


def _words(sentence: str) -> frozenset[str]:
    return frozenset(re.findall(r"[a-z0-9']+", sentence.lower()))


def near_copies(left: set[str], right: set[str], at: float = 0.5) -> list[tuple[str, str]]:
    """The sentences of ``left`` and ``right`` whose words overlap at a Jaccard index of ``at``
    or more. Two such sets share a word among the rarest ``n - ceil(at * n) + 1`` of each (``n``
    its size), so only pairs sharing one of those are compared."""
    words = {s: _words(s) for s in left | right}
    counts = Counter(w for ws in words.values() for w in ws)

    def rarest(ws: frozenset[str]) -> list[str]:
        return sorted(ws, key=lambda w: (counts[w], w))[: len(ws) - math.ceil(at * len(ws)) + 1]

    index: dict[str, list[str]] = defaultdict(list)
    for sentence in right:
        for word in rarest(words[sentence]):
            index[word].append(sentence)
    found = []
    for sentence in left:
        ws = words[sentence]
        candidates = {other for word in rarest(ws) for other in index[word]}
        found += [
            (sentence, o) for o in candidates if len(ws & words[o]) >= at * len(ws | words[o])
        ]
    return found


def test_near_copies_are_found_by_their_words_in_any_order() -> None:
    one = "The council approved the budget for new schools on Monday."
    assert near_copies({one}, {one}) == [(one, one)]
    assert near_copies({one}, {"On Monday the council approved its budget for new schools."})
    assert not near_copies({one}, {"The council rejected plans for a bypass on Monday."})


def test_the_pairs_written_to_train_train_both_orders_and_no_measuring_sentence() -> None:
    pairs = hand_written(written=True)
    trained = {(p.premise, p.hypothesis): p.label for p in pairs}
    assert len(trained) == len(pairs) > 2000
    assert all(trained[(b, a)] == label for (a, b), label in trained.items())
    assert set(trained.values()) == {"contradiction", "not_contradiction"}
    # None of the development pairs of bench/ come with them, and no measuring sentence, nor a
    # near copy of one (what the overlap rule of the helpers' briefs holds: no training sentence
    # within a word-Jaccard of 0.5 of a sentence of any set of bench/, written before it or since).
    assert not {p.premise for p in pairs} & {p.premise for p in hand_written()}
    measuring = {
        sentence
        for path in (ROOT / "bench").glob("judge_news_pairs*.tsv")
        for _, first, second in news_pairs(path)
        for sentence in (first, second)
    }
    assert len(measuring) > 4000
    assert near_copies({sentence for pair in trained for sentence in pair}, measuring) == []


def _summary_rows(document: str) -> list[dict[str, str]]:
    consistent = "The council approved the budget of 40 million pounds for new schools on Monday."
    edited = [
        # a figure the story states replaced: a contradiction
        "The council approved the budget of 60 million pounds for new schools on Monday.",
        # a denial added: a contradiction
        "The council never approved the budget of 40 million pounds for new schools on Monday.",
        # a detail only added: unsupported, not contradicted, so left out
        "The council approved the budget of 40 million pounds for new schools on Monday night.",
        # a rewrite: left out
        "Councillors spent Monday arguing about roads and never reached the schools budget.",
    ]
    rows = [{"premise": document, "hypothesis": consistent, "label": "entailment"}]
    rows += [{"premise": document, "hypothesis": h, "label": "not_entailment"} for h in edited]
    return [dict(row, source="summedits_news") for row in rows]


def test_summary_edits_train_what_an_edit_changed_against_the_sentence_it_changed() -> None:
    story = (
        "The weather was mild in the town this week. The council approved a budget of 40 million "
        "pounds for new schools on Monday, after a long debate. Parents welcomed the new schools."
    )
    documents = [f"{story} Story {i}." for i in range(40)]
    kept = [d for d in documents if not summary_development(d)]
    assert 0 < len(kept) < len(documents)
    made = summary_edits(row for d in documents for row in _summary_rows(d))
    assert {p.key for p in made} == set(kept)
    approved = "The council approved the budget of {} million pounds for new schools on Monday."
    wanted = {
        ("contradiction", approved.format(60)),
        ("contradiction", "The council never approved the budget of 40 million pounds for new "
                          "schools on Monday."),
        ("not_contradiction", approved.format(40)),
    }  # fmt: skip
    assert {(p.label, p.hypothesis) for p in made} == wanted
    # Each against the one sentence of the story that the summary changes, not the whole story.
    assert {p.premise for p in made} == {
        "The council approved a budget of 40 million pounds for new schools on Monday, after a "
        "long debate."
    }


def test_a_named_company_and_the_same_company_described_are_one_claim_in_both_orders() -> None:
    from training.news_edits import DESCRIPTIONS, described_pairs

    siemens = "Siemens will cut 2,000 jobs in Germany next year, the union said."
    made = described_pairs(_news(
        siemens,
        "Siemens's chief executive resigned in 2021 after the audit.",
        "The minister said the 3 rounds of talks had been useful for both sides.",
    ))  # fmt: skip
    pairs = {(p.premise, p.hypothesis): p.label for p in made}
    described = {b for a, b in pairs if a == siemens}
    assert len(described) == 1
    (other,) = described
    assert other.startswith(DESCRIPTIONS["ORG"]) and other.endswith(siemens[len("Siemens") :])
    assert pairs[(siemens, other)] == pairs[(other, siemens)] == "not_contradiction"
    # Only a name that is the subject of the verb after it: not "Siemens's chief executive".
    assert len(pairs) == 2


def test_a_near_copy_that_leaves_out_a_detail_is_no_conflict_and_keeps_every_negation() -> None:
    from training.news_edits import trimmed_pairs

    pleaded = "John Smith pleaded guilty on Friday to stealing a painting from the gallery."
    mayor = "Mayor Jane Doe, a former teacher, said the city would not raise taxes this year."
    denied = "The company did not close its plant in Ohio, a spokesman said on Monday."
    made = trimmed_pairs(_news(pleaded, mayor, denied))
    pairs = {(p.premise, p.hypothesis): p.label for p in made}
    # The sentence entails its near copy; the copy, saying less, is neutral to the sentence.
    (copy,) = {b for a, b in pairs if a == pleaded}
    perfect = "John Smith has pleaded guilty to stealing a painting from the gallery."
    assert copy in (pleaded.replace(" on Friday", ""), perfect)
    assert pairs[(pleaded, copy)] == "entailment" and pairs[(copy, pleaded)] == "neutral"
    # One detail at a time: who the mayor is, or when.
    (trimmed,) = {b for a, b in pairs if a == mayor}
    assert trimmed in {
        "Mayor Jane Doe said the city would not raise taxes this year.",
        "Mayor Jane Doe, a former teacher, said the city would not raise taxes.",
    }
    assert all(p.label != "contradiction" for p in made)
    # A negation is never left out, and no copy is the sentence itself.
    assert all(" not " in b for a, b in pairs if a in (mayor, denied))
    assert all(a != b for a, b in pairs)


def test_a_near_copy_with_one_thing_changed_conflicts_with_the_sentence_in_both_orders() -> None:
    from training.news_edits import trimmed_changed_pairs

    raised = "The council raised parking fees by 20 percent on Monday, officials said."
    made = trimmed_changed_pairs(_news(raised))
    pairs = {(p.premise, p.hypothesis): p.label for p in made}
    (changed,) = {b for a, b in pairs if a == raised}
    assert pairs[(raised, changed)] == pairs[(changed, raised)] == "contradiction"
    # The copy leaves out when, and changes what it keeps.
    assert "Monday" not in changed and changed not in (raised, raised.replace(" on Monday", ""))


def test_a_denial_or_doubt_of_a_sentence_conflicts_with_a_near_copy_of_it_in_both_orders() -> None:
    from training.news_edits import CONFIRMING, DENYING, DOUBTING, REPORTING, framed_trimmed_pairs

    closed = "The company closed its plant in Ohio on Monday after a fall in orders."
    made = framed_trimmed_pairs(_news(closed))
    copies = {"The company closed its plant on Monday after a fall in orders.",
              "The company closed its plant in Ohio after a fall in orders."}  # fmt: skip
    clause = "the company closed its plant in Ohio on Monday after a fall in orders"
    denials = {frame.format(clause) for frame in DENYING + DOUBTING}
    conflicts = {(p.premise, p.hypothesis) for p in made if p.label == "contradiction"}
    ((denied, copy),) = {(a, b) for a, b in conflicts if a in denials}
    assert copy in copies and (copy, denied) in conflicts and len(conflicts) == 2
    # A confirmation of the sentence entails the copy; a mere report of it is neutral to it.
    (other,) = [p for p in made if p.label != "contradiction"]
    frames = CONFIRMING if other.label == "entailment" else REPORTING
    assert other.label in ("entailment", "neutral") and other.hypothesis == copy
    assert other.premise in {frame.format(clause) for frame in frames}


def test_a_denial_agrees_with_the_statement_negated_and_a_confirmation_conflicts_with_it() -> None:
    from training.news_edits import CONFIRMING, DENYING, denied_negated_pairs

    closed = "The company closed its plant in Ohio on Monday."
    negated = "The company did not close its plant in Ohio on Monday."
    clause = "the company closed its plant in Ohio on Monday"
    denials = {frame.format(clause) for frame in DENYING}
    confirmations = {frame.format(clause) for frame in CONFIRMING}
    kinds = set()
    for seed in range(12):
        made = denied_negated_pairs(_news(closed), seed)
        pairs = {(p.premise, p.hypothesis): p.label for p in made}
        assert len(pairs) == 2 and all(pairs[(b, a)] == label for (a, b), label in pairs.items())
        (a, b), label = max(pairs.items())
        kinds.add(made[0].category)
        if label == "contradiction":
            assert {a, b} & confirmations and negated in (a, b)
        else:
            # Against the negation, or against another denial: never the statement itself.
            assert label == "not_contradiction" and {a, b} & denials and closed not in (a, b)
            assert negated in (a, b) or {a, b} <= denials
    assert kinds == {"denied, negated", "denied twice", "confirmed, negated"}


def test_an_event_reported_as_about_to_happen_is_no_conflict_with_its_happening() -> None:
    from training.news_edits import NO_SIGN, STARTING, moved_on_pairs

    rebels = "The rebels withdrew from the northern city under heavy fire."
    dated = "The rebels withdrew from the northern city on Monday."
    reported = "Officials said the rebels had withdrawn from the northern city."
    two = "The gunmen stormed the hotel in the capital and seized twelve hostages."
    act = "withdraw from the northern city under heavy fire"
    early = set()
    for seed in range(8):
        made = moved_on_pairs(_news(rebels, dated, reported, two), seed)
        pairs = {(p.premise, p.hypothesis): p.label for p in made}
        # Only the sentence that states one undated event is used; every pair in both orders.
        assert all(s not in (a, b) for a, b in pairs for s in (dated, reported, two))
        assert all("seize" not in a and "seized" not in b for a, b in pairs)
        assert all(pairs.get((b, a)) == label for (a, b), label in pairs.items())
        for (a, b), label in pairs.items():
            if act not in a:
                continue
            # The later report: the sentence, in the present perfect, attributed or of "most".
            assert "withdrew" in b or "have withdrawn" in b
            frames = STARTING if label == "neutral" else NO_SIGN
            assert label in ("neutral", "contradiction")
            assert any(a.startswith(f.split("{")[0]) for f in frames), a
            if label == "neutral":
                early.add(a)
    # Plural subjects take "are"; "some of" the rebels start where "most of" them have gone.
    assert any(" are " in a for a in early) and any("some of the rebels" in a for a in early)
    assert all(" is " not in a for a in early)
    # A name inside the subject keeps its capitals; only the opening letter is lowered.
    envoys = "Envoys from the United Nations withdrew from the talks in protest."
    made = [p for seed in range(4) for p in moved_on_pairs(_news(envoys), seed)]
    assert made and all("United Nations" in p.premise + p.hypothesis for p in made)
    assert all("united nations" not in p.premise + p.hypothesis for p in made)
    assert any("that envoys from the United Nations" in p.premise for p in made)
    # A headline's verb with no object is a passive with "was" dropped, not the subject's act;
    # one with an object is the subject's act.
    passive = "Dog abandoned at Scottish rail station with suitcase of belongings"
    acted = "Rebels seized the airport in the northern city"
    made = [p for seed in range(4) for p in moved_on_pairs(_news(passive, acted), seed)]
    assert all("abandon" not in p.premise + p.hypothesis for p in made)
    assert any("seize the airport" in p.premise + p.hypothesis for p in made)


def test_a_partial_label_is_scored_on_the_labels_it_allows() -> None:
    import torch

    from training.train_judge import loss_of

    logits = torch.tensor([[2.0, 0.5, -1.0], [0.0, 1.0, 3.0], [0.3, 0.2, 0.1]])
    labels = ["contradiction", "not_contradiction", "not_entailment"]
    log_probs = torch.log_softmax(logits, dim=-1)
    expected = (
        -(
            log_probs[0, 0]
            + torch.logsumexp(log_probs[1, 1:], dim=0)
            + torch.logsumexp(log_probs[2, [0, 2]], dim=0)
        )
        / 3
    )
    loss = loss_of(logits, labels)
    assert isinstance(loss, torch.Tensor)
    assert torch.isclose(loss, expected)
    # A pair whose label allows every answer but one costs less than one that allows one.
    assert float(loss_of(logits[1:2], ["not_contradiction"])) < float(
        loss_of(logits[1:2], ["entailment"])
    )


def test_a_base_model_exported_for_a_gpu_machine_reads_pairs_as_the_package_does(
    tmp_path: Path,
) -> None:
    import torch

    from service.inference.minilm import base_model_path, build_classifier
    from service.inference.nli.cross_encoder import LABELS
    from training.train_judge import encode, export_base, exported_base

    export_base(tmp_path)
    tokenizer, exported = exported_base(tmp_path)
    packaged = build_classifier(base_model_path(), LABELS)
    pair = [NliPair("The plant closed in May.", "The plant is still open.", "contradiction", "x")]
    encoded = encode(tokenizer, pair, 64, "cpu")
    with torch.inference_mode():
        # The heads start apart (each run draws its own); the layers below them agree.
        a = exported.eval().bert(**encoded).last_hidden_state
        b = packaged.eval().bert(**encoded).last_hidden_state
    assert torch.nn.functional.cosine_similarity(a.flatten(), b.flatten(), dim=0) > 0.999


def test_another_things_figure_is_no_conflict_and_the_figure_changed_alone_is() -> None:
    from training.news_edits import other_subject_pairs

    had = "Washington had 8,000 confirmed cases on Friday, the health department said."
    made = other_subject_pairs(_news(
        had,
        "Oregon had 3,000 confirmed cases on Friday, the health department said.",
        "Oregon reported its first 2 deaths in March.",
        "Washington reported its first 3 deaths in February.",
        # A doer of one event, and a score, are never swapped: two names for them conflict.
        "Liverpool beat Chelsea 2-1 on Saturday in front of 50,000 fans.",
        "Liverpool signed the striker for 40 million pounds.",
        "Chelsea signed the goalkeeper for 12 million pounds.",
    ))  # fmt: skip
    pairs = {(p.premise, p.hypothesis): p.label for p in made}
    others = {b for (a, b), label in pairs.items() if a == had and label == "not_contradiction"}
    changed = {b for (a, b), label in pairs.items() if a == had and label == "contradiction"}
    ((other,), (figure,)) = others, changed
    assert other.startswith("Oregon had ") and "8,000" not in other
    assert figure.startswith("Washington had ") and "8,000" not in figure
    assert figure.replace("Washington", "Oregon") == other  # one figure, two things
    assert pairs[(other, had)] == "not_contradiction" and pairs[(figure, had)] == "contradiction"
    assert not any("Liverpool" in a or "Chelsea" in a for a, _ in pairs)
