"""Average the weights of judge artefacts into one: a "model soup".

Two fine-tunings that start from the same weights (the shipped judge, and a further pass over
the training pairs from it) lie close enough that the mean of their weights is a model of its
own, often steadier on pairs neither was tuned on than either. The artefacts are dequantised,
averaged tensor by tensor and written as one artefact of the same format (int8 rows again), so
the result costs the same per pair; its metadata is the first artefact's.

    .venv/bin/python training/average_judges.py OUT.npz FIRST.npz SECOND.npz [...]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from service.inference.minilm import (  # noqa: E402
    base_model_path,
    build_classifier,
    load_artefact,
    save_artefact,
)
from service.inference.nli.cross_encoder import LABELS  # noqa: E402


def average(out: Path, artefacts: list[Path]) -> dict[str, float]:
    """Write the mean of ``artefacts``' weights to ``out``; return the metadata kept."""
    import torch

    model = build_classifier(base_model_path(), LABELS)
    total: dict[str, torch.Tensor] = {}
    metas = []
    for path in artefacts:
        metas.append(load_artefact(model, path))
        for name, value in model.state_dict().items():
            if value.is_floating_point():
                total[name] = total.get(name, torch.zeros_like(value)) + value
    state = model.state_dict()
    state.update({name: value / len(artefacts) for name, value in total.items()})
    model.load_state_dict(state)
    save_artefact(model, out, **metas[0])
    return metas[0]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("artefacts", type=Path, nargs="+")
    args = parser.parse_args()
    if len(args.artefacts) < 2:
        parser.error("name two artefacts or more")
    meta = average(args.out, args.artefacts)
    print(f"{args.out}: the mean of {len(args.artefacts)} artefacts; metadata {meta}")


if __name__ == "__main__":
    main()
