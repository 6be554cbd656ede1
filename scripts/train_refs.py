"""Train the reference labeller (a CRF, python-crfsuite) and write it into the package.

Usage: python scripts/train_refs.py [--anystyle PATH] [--holdout] [--c1 C1] [--c2 C2] [--iterations N]

Training data: the dev part of AnyStyle's hand-labelled set (``../shared/data/anystyle/core.xml``; the
frozen test ids in tests/data/refs/splits/anystyle.json are never used here). Token labels come from
the labelled segments (biblio/importers/refs/crf/anystyle.py), features from crf/features.py.

``--score test``: field F1 of the shipped model on the frozen test part (``--score dev``: on the dev part,
which the shipped model was trained on: a training-set figure, not a measure of generalisation).

``--holdout``: train on 80 % of the dev part (seeded), print token accuracy and field F1 on the other
20 %, and do not touch the shipped model: this is the loop for tuning features and parameters.
Without it: train on the whole dev part and write biblio/importers/refs/crf/refs.crfsuite (with the
AnyStyle licence beside it). Retraining with the same data and parameters gives weights equal to 1e-6
and the same labels on all 1,514 references (checked 2026-12-02).
"""

from __future__ import annotations

import argparse
import random
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from biblio.importers.refs.crf.anystyle import (  # noqa: E402
    Sequence,
    load_sequences,
    load_split,
    split_sequences,
    to_gold,
    token_labels,
)
from biblio.importers.refs.crf.features import sequence_features  # noqa: E402

PACKAGE = ROOT / "biblio" / "importers" / "refs" / "crf"
SPLIT = ROOT / "tests" / "data" / "refs" / "splits" / "anystyle.json"
DEFAULT_CORE = ROOT.parent / "shared" / "data" / "anystyle" / "core.xml"
PARAMS = {"c1": 0.05, "c2": 0.005, "max_iterations": 200}


def train(sequences: list[tuple[list[str], list[str]]], out: Path, params: dict[str, float]) -> None:
    """Fit the CRF on (tokens, labels) pairs and save it to ``out``."""
    import pycrfsuite

    trainer = pycrfsuite.Trainer(verbose=False)
    for tokens, labels in sequences:
        trainer.append(sequence_features(tokens), labels)
    trainer.set_params({**params, "feature.possible_transitions": True})
    trainer.train(str(out))


def holdout(dev: list[Sequence], params: dict[str, float], errors: bool = False, reuse: Path | None = None) -> None:
    """Train on 80 % of dev, score the other 20 % (token accuracy and field F1)."""
    from biblio.importers.refs.crf import model
    from biblio.importers.refs.evaluate import report, score

    shuffled = dev[:]
    random.Random(1).shuffle(shuffled)
    cut = len(shuffled) // 5
    held, rest = shuffled[:cut], shuffled[cut:]
    with tempfile.TemporaryDirectory() as tmp:
        path = reuse or Path(tmp) / "holdout.crfsuite"
        if not path.exists():
            train([token_labels(seq) for seq in rest], path, params)
        model.use_model(path)
        right = total = 0
        for seq in held:
            tokens, labels = token_labels(seq)
            got = model.label_tokens(tokens).labels
            right += sum(a == b for a, b in zip(got, labels, strict=True))
            total += len(labels)
        print(f"token accuracy on the dev hold-out ({len(held)} references): {right / total:.4f}\n")
        result = score([to_gold(seq) for seq in held], style="english")
        print(report("AnyStyle dev hold-out", result))
        if errors:
            for text, field, want, got in result.mismatches:
                print(f"  {field}: want {want!r} got {got!r}\n    {text}")


def main() -> None:
    """Train (or evaluate a hold-out of the dev part with --holdout)."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--anystyle", type=Path, default=DEFAULT_CORE, help="AnyStyle core.xml")
    parser.add_argument("--holdout", action="store_true", help="score a seeded 20%% of dev; keep the shipped model")
    parser.add_argument("--out", type=Path, default=PACKAGE / "refs.crfsuite", help="model file to write")
    parser.add_argument("--score", choices=("dev", "test"), help="score the shipped model on a part; no training")
    parser.add_argument("--errors", action="store_true", help="with --holdout or --score: list every field mismatch")
    parser.add_argument(
        "--reuse", type=Path, help="with --holdout: keep the hold-out model in this file (trained if missing)"
    )
    parser.add_argument("--c1", type=float, default=PARAMS["c1"])
    parser.add_argument("--c2", type=float, default=PARAMS["c2"])
    parser.add_argument("--iterations", type=int, default=int(PARAMS["max_iterations"]))
    args = parser.parse_args()
    params = {"c1": args.c1, "c2": args.c2, "max_iterations": args.iterations}
    dev, _test = split_sequences(load_sequences(args.anystyle), load_split(SPLIT))
    if args.holdout:
        holdout(dev, params, args.errors, args.reuse)
        return
    if args.score:
        from biblio.importers.refs.evaluate import report, score

        chosen = _test if args.score == "test" else dev
        result = score([to_gold(seq) for seq in chosen], style="auto")
        print(report(f"AnyStyle {args.score} ({len(chosen)} references, shipped model, style auto-detected)", result))
        if args.errors:
            for text, field, want, got in result.mismatches:
                print(f"  {field}: want {want!r} got {got!r}\n    {text}")
        return
    start = time.perf_counter()
    out = args.out
    train([token_labels(seq) for seq in dev], out, params)
    shutil.copyfile(args.anystyle.parent / "LICENSE", out.parent / "LICENSE.anystyle")
    size = out.stat().st_size
    print(f"trained on {len(dev)} references in {time.perf_counter() - start:.0f} s: {out} ({size:,} bytes)")


if __name__ == "__main__":
    main()
