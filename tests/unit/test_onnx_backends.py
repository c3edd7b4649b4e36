"""The ONNX backends: graphs exported once from the packaged weights, the same answers as torch
(float32) or close to them (int8)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from service.config import Config, ConfigError
from service.inference import runtime as graphs
from service.inference.embedders.onnx import OnnxEmbedder
from service.inference.embedders.sentence_transformer import SentenceTransformerEmbedder
from service.inference.nli.cross_encoder import PackagedNli
from service.inference.nli.onnx import OnnxNli
from service.judging.judge import Thresholds

SENTENCES = [
    "NATO has seen no sign that Russia is withdrawing its troops from the Ukrainian border.",
    "Around two thirds of the Russian troops have been pulled back, a US official said.",
    "Unemployment fell to 3 percent in May.",
    "Short.",
]
PAIRS = [
    (SENTENCES[0], SENTENCES[1]),
    ("Unemployment fell to 3 percent in May.", "Unemployment rose to 3 percent in May."),
    ("The summit was held in Vilnius.", "The meeting took place in Lithuania's capital."),
]


@pytest.fixture(scope="module")
def torch_embedder() -> SentenceTransformerEmbedder:
    """The model through sentence-transformers, as the ONNX graphs' reference."""
    return SentenceTransformerEmbedder()


@pytest.mark.parametrize(("backend", "least"), [("onnx", 0.9999), ("onnx-int8", 0.98)])
def test_onnx_vectors_match_the_torch_model(
    backend: str, least: float, torch_embedder: SentenceTransformerEmbedder
) -> None:
    onnx = OnnxEmbedder(backend)
    vectors = onnx.embed(SENTENCES)
    assert vectors.shape == (4, 384) and onnx.name == torch_embedder.name
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)
    cosines = np.sum(vectors * torch_embedder.embed(SENTENCES), axis=1)
    assert cosines.min() >= least
    # The order of a batch changes nothing (texts are sorted by length inside).
    assert np.allclose(onnx.embed(SENTENCES[::-1])[::-1], vectors, atol=1e-5)
    assert onnx.embed([]).shape == (0, 384)


def test_the_float_onnx_judge_model_gives_torchs_probabilities() -> None:
    expected = PackagedNli().probabilities(PAIRS)
    assert np.allclose(OnnxNli("onnx").probabilities(PAIRS), expected, atol=1e-4)
    int8 = OnnxNli("onnx-int8").probabilities(PAIRS)
    assert np.allclose(int8.sum(axis=1), 1.0, atol=1e-5)
    # Int8 weights move a probability a little: on the ninth stage's weights the NATO pair's
    # P(contradiction) goes from 0.36 to 0.48 (0.12; the eighth stage's moved less than 0.1).
    assert np.abs(int8 - expected).max() <= 0.15
    # So the model alone decides each pair as float32 does at the service's threshold ...
    alone = Thresholds().model
    assert ((int8[:, 0] >= alone) == (expected[:, 0] >= alone)).all()
    # ... and gives the same label wherever float32 gives one clearly.
    top = np.sort(expected, axis=1)
    clear = top[:, -1] - top[:, -2] > 0.2
    assert clear.sum() >= 1
    assert (int8.argmax(axis=1) == expected.argmax(axis=1))[clear].all()


def test_a_judge_running_its_passes_at_once_keeps_each_pairs_answer_in_its_place() -> None:
    nli = OnnxNli("onnx", passes=2)
    pairs = [(first, second) for first in SENTENCES for second in SENTENCES]  # 8 passes of 2
    one_at_a_time = np.vstack([nli.probabilities([pair]) for pair in pairs])
    assert np.allclose(nli.probabilities(pairs), one_at_a_time, atol=1e-4)


def test_a_graph_is_exported_once_and_then_only_loaded(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import torch

    monkeypatch.setenv("CLAIMS_MODEL_CACHE", str(tmp_path))
    builds = []

    def build() -> tuple[torch.nn.Module, tuple[torch.Tensor, ...]]:
        builds.append(1)
        return torch.nn.Linear(4, 2), (torch.ones(3, 2, 4),)

    first = graphs.graph("tiny", build, inputs=["x"], output="y", int8=False)
    again = graphs.graph("tiny", build, inputs=["x"], output="y", int8=False)
    assert first == again == tmp_path / "tiny.onnx" and len(builds) == 1
    out = graphs.session(first, 1).run(None, {"x": np.ones((5, 7, 4), dtype=np.float32)})[0]
    assert out.shape == (5, 7, 2)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["tiny.lock", "tiny.onnx"]


def test_backends_are_chosen_by_configuration() -> None:
    config = Config.from_env({"CLAIMS_EMBEDDER": "onnx-int8", "CLAIMS_JUDGE_BACKEND": "torch"})
    assert (config.embedder, config.judge_backend) == ("onnx-int8", "torch")
    with pytest.raises(ConfigError, match="CLAIMS_JUDGE_BACKEND"):
        Config.from_env({"CLAIMS_JUDGE_BACKEND": "tensorrt"})
