"""The packaged NLI model, and a local model directory plugged in instead."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from transformers import AutoTokenizer

from service.inference.minilm import base_model_path, build_classifier, load_artefact
from service.inference.nli.cross_encoder import ARTEFACT, LABELS, DirectoryNli, PackagedNli

PAIRS = [
    ("Police said 12 people were killed in the attack.", "Police said 40 people were killed."),
    ("The bridge reopened on Monday.", "Apples are rich in fibre."),
    ("Russia has pulled back its troops.", "Russia has not pulled back its troops."),
]


@pytest.fixture(scope="module")
def packaged() -> PackagedNli:
    return PackagedNli()


def test_each_pair_gets_three_probabilities_whatever_its_batch_mates(packaged: PackagedNli) -> None:
    together = packaged.probabilities(PAIRS)
    assert together.shape == (3, 3)
    assert np.allclose(together.sum(axis=1), 1.0, atol=1e-5)
    for i, pair in enumerate(PAIRS):
        alone = packaged.probabilities([pair])[0]
        assert np.allclose(alone, together[i], atol=1e-4)
    assert packaged.probabilities([]).shape == (0, 3)


def test_a_local_model_directory_replaces_the_packaged_model(
    packaged: PackagedNli, tmp_path: Path
) -> None:
    model = build_classifier(base_model_path(), LABELS)
    load_artefact(model, ARTEFACT)
    # Label order in the directory differs from ours: the loader maps columns by name.
    model.config.id2label = {0: "CONTRADICTION", 1: "ENTAILMENT", 2: "NEUTRAL"}
    model.save_pretrained(tmp_path)
    AutoTokenizer.from_pretrained(str(base_model_path())).save_pretrained(tmp_path)
    plugged = DirectoryNli(tmp_path)
    assert np.allclose(plugged.probabilities(PAIRS), packaged.probabilities(PAIRS), atol=1e-4)


def test_a_directory_without_nli_labels_or_absent_is_refused(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        DirectoryNli(tmp_path / "missing")
    model = build_classifier(base_model_path(), LABELS)
    model.config.id2label = {0: "LABEL_0", 1: "LABEL_1", 2: "LABEL_2"}
    model.save_pretrained(tmp_path)
    AutoTokenizer.from_pretrained(str(base_model_path())).save_pretrained(tmp_path)
    with pytest.raises(ValueError, match="lacks"):
        DirectoryNli(tmp_path)
