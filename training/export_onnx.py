"""Export the ONNX graphs the service runs (as its first start would) and print how close the
embedding graphs are to the torch model, on the NATO corpus claims and 1,000 MultiNLI sentences
(read in place).

    .venv/bin/python training/export_onnx.py
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from service.extraction.claims import extract  # noqa: E402
from service.inference.embedders.onnx import BACKENDS, OnnxEmbedder  # noqa: E402
from service.inference.embedders.sentence_transformer import SentenceTransformerEmbedder  # noqa: E402
from service.inference.nli.onnx import OnnxNli  # noqa: E402
from service.inference.runtime import cache_dir  # noqa: E402
from training.nli_data import load  # noqa: E402


def main() -> None:
    corpus = ROOT.parent / "shared" / "corpus" / "nato-2014"
    sentences = [c.sentence for f in sorted(corpus.glob("*.txt")) for c in extract(f.read_text())]
    sentences += sorted({p.premise for p in load("mnli_matched")})[:1000]
    reference = SentenceTransformerEmbedder().embed(sentences)
    for backend in BACKENDS:
        cosines = np.sum(OnnxEmbedder(backend).embed(sentences) * reference, axis=1)
        print(f"embedder {backend}: {len(sentences)} sentences, cosine to torch mean "
              f"{cosines.mean():.4f}, min {cosines.min():.4f}")  # fmt: skip
        OnnxNli(backend)
    print(
        f"graphs in {cache_dir()}: {', '.join(sorted(p.name for p in cache_dir().glob('*.onnx')))}"
    )


if __name__ == "__main__":
    main()
