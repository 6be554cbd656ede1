"""Train the reference labeller (a CRF, python-crfsuite) and write it into the package.

Usage: python scripts/train_refs.py [--holdout [--errors]] [--score dev|test] [--oracle] [--rendered PATH]

Training data (dev parts only; the frozen test parts are never read here except by ``--score test``):
- AnyStyle's hand-labelled set (``../shared/data/anystyle/core.xml``; test ids in
  tests/data/refs/splits/anystyle.json): token labels from its labelled segments (crf/anystyle.py);
- the English-style strings of the rendered corpus (``build/refs/rendered.jsonl``, written by
  ``python scripts/build_ref_corpus.py``; test records in tests/data/refs/splits/rendered.test.txt):
  token labels from each string's gold record (crf/align.py). Strings that cannot be aligned are
  skipped and counted.

``--holdout``: train on 80 % of each dev part (AnyStyle: a seeded shuffle; rendered: 20 % of the dev
*records* held out, so no work is in both halves), print field F1 on the other 20 % of each, and leave
the shipped model alone: the loop for tuning features and parameters. ``--errors`` lists the mismatches.
``--holdout --leave-out biblatex-apa``: the rendered hold-out is one whole style, left out of training
(a style the labeller has never seen; the other styles' held-out records are left out too).

``--score test`` / ``--score dev``: field F1 of the shipped model on a part of both corpora (dev is the
training data: a training-set figure). ``--oracle``: the gold token labels of the rendered dev part read
into records by the same code as the model's labels: what the field reading loses with perfect labels.

Without these options: train on both dev parts and write biblio/importers/refs/crf/refs.crfsuite (with
AnyStyle's licence beside it); with ``--stacked``, also the second pass ``refs-stacked.crfsuite`` beside it
(the runtime reads it when it is there). Same data and parameters give the same model (crfsuite is deterministic).
The shipped model (docs/refs-eval.md, round 5): ``python scripts/build_csl_corpus.py`` then
``python scripts/train_refs.py --extra build/refs/csl.jsonl --extra-limit 3000 --anystyle-copies 3``.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from biblio.importers.refs.crf.align import align  # noqa: E402
from biblio.importers.refs.crf.anystyle import (  # noqa: E402
    Sequence,
    load_sequences,
    load_split,
    split_sequences,
    to_gold,
    token_labels,
)
from biblio.importers.refs.crf.features import sequence_features  # noqa: E402
from biblio.importers.refs.evaluate import report, score  # noqa: E402
from biblio.importers.refs.splits import load_groups, partition  # noqa: E402

PACKAGE = ROOT / "biblio" / "importers" / "refs" / "crf"
SPLITS = ROOT / "tests" / "data" / "refs" / "splits"
DEFAULT_CORE = ROOT.parent / "shared" / "data" / "anystyle" / "core.xml"
DEFAULT_RENDERED = ROOT / "build" / "refs" / "rendered.jsonl"
PARAMS = {"c1": 0.02, "c2": 0.02, "max_iterations": 200}  # 5-fold CV on AnyStyle dev (docs)
Labelled = tuple[list[str], list[str]]
Entry = dict[str, Any]
COPIES = [1]  # how many times each AnyStyle training string is given (--anystyle-copies: balance against rendered)


def anystyle_pairs(sequences: list[Sequence]) -> list[Labelled]:
    """Token labels of AnyStyle training strings, each repeated ``COPIES[0]`` times (a weight by duplication)."""
    return [token_labels(s) for s in sequences for _ in range(COPIES[0])]


def train(sequences: list[Labelled], out: Path, params: dict[str, float]) -> None:
    """Fit the CRF on (tokens, labels) pairs and save it to ``out``."""
    import pycrfsuite

    trainer = pycrfsuite.Trainer(verbose=False)
    for tokens, labels in sequences:
        trainer.append(sequence_features(tokens), labels)
    trainer.set_params({**params, "feature.possible_transitions": True})
    trainer.train(str(out))


STACK_FOLDS = 4


def _tag_fold(job: tuple[list[Labelled], list[Labelled], dict[str, float]]) -> list[list[str]]:
    """Train a first pass on ``rest`` and label ``held`` with it (out-of-fold labels for the second pass)."""
    import pycrfsuite

    rest, held, params = job
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "fold.crfsuite"
        train(rest, path, params)
        tagger = pycrfsuite.Tagger()
        tagger.open(str(path))
        out = []
        for tokens, _ in held:
            tagger.set(sequence_features(tokens))
            out.append(tagger.tag())
        tagger.close()
    return out


def train_stacked(sequences: list[Labelled], folds: list[int], out: Path, params: dict[str, float]) -> None:
    """The two-pass labeller: a first pass on everything (``out``) and a second pass (``out`` with
    ``-stacked``) trained on the first pass's out-of-fold labels, so it learns how far to trust them."""
    from multiprocessing import Pool

    import pycrfsuite

    from biblio.importers.refs.crf.features import stacked_features

    jobs = [
        (
            [seq for seq, fold in zip(sequences, folds, strict=True) if fold != k],
            [seq for seq, fold in zip(sequences, folds, strict=True) if fold == k],
            params,
        )
        for k in range(STACK_FOLDS)
    ]
    with Pool(2) as pool:
        tagged = pool.map(_tag_fold, jobs)
    first: dict[int, list[str]] = {}
    for k, fold_labels in enumerate(tagged):
        held = [i for i, fold in enumerate(folds) if fold == k]
        first.update(zip(held, fold_labels, strict=True))
    if not out.exists():  # crfsuite is deterministic: a kept first pass of the same data is this one
        train(sequences, out, params)
    trainer = pycrfsuite.Trainer(verbose=False)
    for i, (tokens, labels) in enumerate(sequences):
        trainer.append(stacked_features(tokens, first[i]), labels)
    trainer.set_params({**params, "feature.possible_transitions": True})
    trainer.train(str(stacked_path(out)))


def stacked_path(first: Path) -> Path:
    """The second-pass model beside the first (``refs.crfsuite`` -> ``refs-stacked.crfsuite``)."""
    return first.with_name(first.stem + "-stacked" + first.suffix)


def _fold_of(key: str) -> int:
    return hashlib.sha256(f"stack:{key}".encode()).digest()[0] % STACK_FOLDS


def rendered_parts(path: Path) -> tuple[list[Entry], list[Entry]]:
    """(dev, test) English-style entries of the rendered corpus, split by record."""
    if not path.exists():
        sys.exit(f"{path} is missing: run python scripts/build_ref_corpus.py first")
    entries = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    english = [e for e in entries if e.get("family") == "english"]
    return partition(english, load_groups(SPLITS / "rendered.test.txt"))


def aligned(entries: list[Entry], groups: list[str] | None = None) -> list[Labelled]:
    """Token labels of the rendered entries that can be aligned (the others are reported, not guessed);
    with ``groups``, the record group of each aligned entry is appended to it."""
    out: list[Labelled] = []
    for entry in entries:
        pair = align(entry["text"], entry["expected"])
        if pair is not None:
            out.append(pair)
            if groups is not None:
                groups.append(str(entry.get("group", entry["id"])))
    if len(out) < len(entries):
        print(f"not aligned (skipped): {len(entries) - len(out)} of {len(entries)} rendered strings")
    return out


def extra_entries(paths: list[Path] | None, limits: list[int] | None, types: str = "") -> list[Entry]:
    """Training-only labelled strings (``scripts/build_csl_corpus.py``): of each file, a seeded sample of its
    limit (the limits pair with the files in order; one limit is every file's; 0 or none: all), only of the
    gold ``types`` when given (comma-separated). Never scored: CV and hold-outs score AnyStyle and rendered dev
    parts only."""
    out: list[Entry] = []
    limits = limits or [0]
    for i, path in enumerate(paths or []):
        if not path.exists():
            sys.exit(f"{path} is missing: run python scripts/build_csl_corpus.py first")
        entries = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        if types:
            entries = [e for e in entries if e["expected"].get("type") in types.split(",")]
        random.Random(15).shuffle(entries)
        limit = limits[min(i, len(limits) - 1)]
        out.extend(entries[:limit] if limit else entries)
    return out


def training_set(anystyle: list[Sequence], rendered: list[Entry]) -> tuple[list[Labelled], list[int]]:
    """Token-labelled training sequences and the stacking fold of each (AnyStyle by sequence, rendered by
    record: the six renderings of one record are in one fold)."""
    groups: list[str] = []
    rendered_pairs = aligned(rendered, groups)
    sequences = anystyle_pairs(anystyle) + rendered_pairs
    folds = [_fold_of(f"anystyle:{s.index}") for s in anystyle for _ in range(COPIES[0])] + [
        _fold_of(g) for g in groups
    ]
    return sequences, folds


def _held_record(entry: Entry) -> bool:
    """The rendered dev records held out by --holdout (20 %, by a hash of the record key)."""
    digest = hashlib.sha256(f"holdout:{entry.get('group', entry['id'])}".encode()).digest()
    return digest[0] < 51


def holdout(
    anystyle: list[Sequence],
    rendered: list[Entry],
    params: dict[str, float],
    *,
    errors: bool,
    train_rendered: bool,
    reuse: Path | None = None,
    leave_out: str = "",
    stacked: bool = False,
    seed: int = 1,
    extra: list[Entry] | None = None,
) -> None:
    """Train on 80 % of each dev part (and ``extra``), score the other 20 % of each."""
    from biblio.importers.refs.crf import model

    shuffled = anystyle[:]
    random.Random(seed).shuffle(shuffled)
    cut = len(shuffled) // 5
    held, rest = shuffled[:cut], shuffled[cut:]
    if leave_out:  # a whole style unseen in training: does the labeller generalise to a new style?
        held_rendered = [e for e in rendered if e.get("source") == leave_out]
        rest_rendered = [e for e in rendered if e.get("source") != leave_out and not _held_record(e)]
    else:
        held_rendered = [e for e in rendered if _held_record(e)]
        rest_rendered = [e for e in rendered if not _held_record(e)]
    with tempfile.TemporaryDirectory() as tmp:
        path = reuse or Path(tmp) / "holdout.crfsuite"
        if not path.exists() or (stacked and not stacked_path(path).exists()):
            start = time.perf_counter()
            if stacked:
                sequences, folds = training_set(rest, rest_rendered + (extra or []) if train_rendered else [])
                train_stacked(sequences, folds, path, params)
            else:
                more = aligned(rest_rendered + (extra or [])) if train_rendered else []
                train(anystyle_pairs(rest) + more, path, params)
            print(f"trained in {time.perf_counter() - start:.0f} s ({path.stat().st_size:,} bytes)\n")
        model.use_model(path, stacked_path(path) if stacked else None)
        right = total = 0
        for seq in held:
            tokens, gold = token_labels(seq)
            right += sum(a == b for a, b in zip(model.label_tokens(tokens).labels, gold, strict=True))
            total += len(gold)
        print(f"AnyStyle dev hold-out token accuracy: {right / total:.4f}")
        _print("AnyStyle dev hold-out", [to_gold(seq) for seq in held], errors)
        if held_rendered:
            _print(f"rendered English dev hold-out {leave_out or '(20 % of the records)'}", held_rendered, errors)


def _fold(job: tuple[int, int, list[Sequence], list[Labelled], dict[str, float], str, bool]) -> tuple[int, int, Any]:
    """Train on all folds but one (plus the rendered dev strings), label the held fold: token and field counts.

    With a ``keep`` directory the fold's model is kept there and reused when present (re-scoring a change
    of the field reading needs no training). ``stacked``: the two-pass labeller (:func:`train_stacked`)."""
    from biblio.importers.refs.crf import model

    index, folds, sequences, extra, params, keep, stacked = job
    held = [s for i, s in enumerate(sequences) if i % folds == index]
    training = [s for i, s in enumerate(sequences) if i % folds != index]
    rest = anystyle_pairs(training)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(keep or tmp) / f"fold{index}.crfsuite"
        if stacked and not stacked_path(path).exists():
            inner = [_fold_of(f"anystyle:{s.index}") for s in training for _ in range(COPIES[0])]
            inner += [_fold_of(" ".join(tokens)) for tokens, _ in extra]
            train_stacked(rest + extra, inner, path, params)
        elif not path.exists():
            train(rest + extra, path, params)
        model.use_model(path, stacked_path(path) if stacked else None)
        right = total = 0
        for seq in held:
            tokens, gold = token_labels(seq)
            labels = model.label_tokens(tokens).labels
            right += sum(a == b for a, b in zip(labels, gold, strict=True))
            total += len(gold)
        result = score([to_gold(seq) for seq in held], style="auto")
        classes = classify_mismatches(held) if keep else {}
    return right, total, (result, classes)


# The token labels a scored field is read from (a mismatch whose tokens of these labels were all labelled
# right is lost in the field reading, not in the labelling).
FIELD_LABELS = {
    "authors": {"author"},
    "editors": {"editor"},
    "translators": {"translator"},
    "title": {"title"},
    "container": {"journal", "container-title"},
    "volume": {"volume"},
    "number": {"volume"},
    "pages": {"pages"},
    "pagetotal": {"pages"},
    "edition": {"edition"},
    "place": {"location"},
    "publisher": {"publisher"},
    "institution": {"publisher"},
    "date": {"date"},
    "url": {"url"},
    "doi": {"doi"},
}


def classify_mismatches(held: list[Sequence]) -> dict[str, list[tuple[str, str, str, str]]]:
    """Field mismatches of ``held`` by where they were lost: ``routed`` (not read by the labeller),
    ``labels right`` (the field's tokens labelled as the gold; lost in reading labels into fields, rules
    included), ``labels wrong``. Each item: (text, field, want, got)."""
    from biblio.importers.refs import _route
    from biblio.importers.refs.crf import model

    out: dict[str, list[tuple[str, str, str, str]]] = {"routed": [], "labels right": [], "labels wrong": []}
    for seq in held:
        entry = to_gold(seq)
        result = score([entry], style="auto")
        if not result.mismatches:
            continue
        tokens, gold = token_labels(seq)
        labels = model.label_tokens(tokens).labels
        routed = _route(entry["text"]) != "english"
        for item in result.mismatches:
            wanted = FIELD_LABELS.get(item[1], set())
            right = all(g == m for g, m in zip(gold, labels, strict=True) if g in wanted or m in wanted)
            out["routed" if routed else "labels right" if right else "labels wrong"].append(item)
    return out


def cross_validate(
    anystyle: list[Sequence],
    extra: list[Labelled],
    params: dict[str, float],
    folds: int,
    *,
    keep: Path | None = None,
    stacked: bool = False,
) -> None:
    """K-fold cross-validation on AnyStyle dev (the rendered dev strings in every training fold): token
    accuracy and field F1 over all of AnyStyle dev. The loop for choosing features and c1/c2 (dev only)."""
    from multiprocessing import Pool

    from biblio.importers.refs.evaluate import Score

    shuffled = anystyle[:]
    random.Random(2).shuffle(shuffled)
    if keep:
        keep.mkdir(parents=True, exist_ok=True)
    jobs = [(i, folds, shuffled, extra, params, str(keep or ""), stacked) for i in range(folds)]
    start = time.perf_counter()
    if stacked:  # each fold's stacked training runs its own pool of two
        parts = [_fold(job) for job in jobs]
    else:
        with Pool(2) as pool:
            parts = pool.map(_fold, jobs)
    merged = Score()
    classes: dict[str, list[tuple[str, str, str, str]]] = {}
    for _, _, (result, found) in parts:
        for name, items in found.items():
            classes.setdefault(name, []).extend(items)
        merged.entries += result.entries
        merged.exact += result.exact
        for name, counts in result.fields.items():
            mine = merged.fields[name]
            mine.tp, mine.fp, mine.fn = mine.tp + counts.tp, mine.fp + counts.fp, mine.fn + counts.fn
    right, total = sum(p[0] for p in parts), sum(p[1] for p in parts)
    print(f"{folds}-fold CV {params} in {time.perf_counter() - start:.0f} s: token accuracy {right / total:.4f}")
    print(report(f"AnyStyle dev, {folds}-fold CV", merged))
    if keep:
        _print_classes(classes, keep / "mismatches.txt")


def _print_classes(classes: dict[str, list[tuple[str, str, str, str]]], path: Path) -> None:
    """Counts of the mismatch classes (per field) on stdout; every mismatch, by class, in ``path``."""
    lines = []
    for name, items in classes.items():
        per_field: dict[str, int] = {}
        for item in items:
            per_field[item[1]] = per_field.get(item[1], 0) + 1
        print(f"{name}: {len(items)} {dict(sorted(per_field.items(), key=lambda kv: -kv[1]))}")
        lines += [f"## {name}"] + [f"{f}: want {w!r} got {g!r}\n    {t}" for t, f, w, g in items]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def _print(title: str, entries: list[Entry], errors: bool) -> None:
    result = score(entries, style="auto")  # what a user gets: the style detected, then the labeller
    print(report(f"{title} ({len(entries)} references)", result))
    if errors:
        for text, field, want, got in result.mismatches:
            print(f"  {field}: want {want!r} got {got!r}\n    {text}")


def oracle(rendered: list[Entry]) -> None:
    """Score the records read from the gold token labels (no model): the field reading's own losses."""
    from biblio.importers.refs.english_crf import read_labels
    from biblio.importers.refs.evaluate import Score, actual_fields, expected_fields

    result = Score()
    for entry in rendered:
        pair = align(entry["text"], entry["expected"])
        if pair is None:
            continue
        got = actual_fields(read_labels(entry["text"], pair[1], [1.0] * len(pair[1])).record)
        want = expected_fields(entry["expected"])
        result.entries += 1
        result.exact += got == want
        for name, counts in result.fields.items():
            if got[name] != want[name]:
                counts.fp += bool(got[name])
                counts.fn += bool(want[name])
                result.mismatches.append((entry["text"], name, want[name], got[name]))
            else:
                counts.tp += bool(want[name])
    print(report("rendered English dev, gold token labels read into records", result))


def main() -> None:
    """Train (or score, or hold out a part of dev)."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--anystyle", type=Path, default=DEFAULT_CORE, help="AnyStyle core.xml")
    parser.add_argument("--rendered", type=Path, default=DEFAULT_RENDERED, help="the rendered corpus (JSON lines)")
    parser.add_argument("--anystyle-only", action="store_true", help="train on AnyStyle alone (still score both)")
    parser.add_argument("--holdout", action="store_true", help="score a held-out 20%% of dev; keep the shipped model")
    parser.add_argument("--out", type=Path, default=PACKAGE / "refs.crfsuite", help="model file to write")
    parser.add_argument("--score", choices=("dev", "test"), help="score the shipped model on a part; no training")
    parser.add_argument("--oracle", action="store_true", help="read the gold labels of the rendered dev part")
    parser.add_argument("--errors", action="store_true", help="with --holdout or --score: list every field mismatch")
    parser.add_argument("--leave-out", default="", help="with --holdout: score this rendered style, train without it")
    parser.add_argument(
        "--reuse", type=Path, help="with --holdout: keep the hold-out model in this file (trained if missing)"
    )
    parser.add_argument("--seed", type=int, default=1, help="with --holdout: the AnyStyle shuffle (another 20 %%)")
    parser.add_argument("--stacked", action="store_true", help="two passes (the second reads the first's labels)")
    parser.add_argument("--cv", type=int, default=0, help="K-fold cross-validation on AnyStyle dev (K models)")
    parser.add_argument(
        "--keep", type=Path, help="with --cv: keep the fold models here (reused when present), classify the errors"
    )
    parser.add_argument("--anystyle-copies", type=int, default=1, help="give each AnyStyle training string N times")
    parser.add_argument(
        "--extra",
        type=Path,
        action="append",
        help="more training strings (build/refs/csl.jsonl; repeatable), never scored",
    )
    parser.add_argument(
        "--extra-limit", type=int, action="append", help="with --extra: a seeded sample of N strings (one per --extra)"
    )
    parser.add_argument("--extra-types", default="", help="with --extra: only these gold types (book,incollection)")
    parser.add_argument("--c1", type=float, default=PARAMS["c1"])
    parser.add_argument("--c2", type=float, default=PARAMS["c2"])
    parser.add_argument("--iterations", type=int, default=int(PARAMS["max_iterations"]))
    args = parser.parse_args()
    COPIES[0] = args.anystyle_copies
    params = {"c1": args.c1, "c2": args.c2, "max_iterations": args.iterations}
    dev, test = split_sequences(load_sequences(args.anystyle), load_split(SPLITS / "anystyle.json"))
    rendered_dev, rendered_test = rendered_parts(args.rendered)
    extra = extra_entries(args.extra, args.extra_limit, args.extra_types)
    trained_on = [] if args.anystyle_only else rendered_dev + extra
    if args.cv:
        cross_validate(dev, aligned(trained_on), params, args.cv, keep=args.keep, stacked=args.stacked)
    elif args.oracle:
        oracle(rendered_dev)
    elif args.holdout:
        holdout(
            dev,
            rendered_dev,
            params,
            errors=args.errors,
            train_rendered=not args.anystyle_only,
            reuse=args.reuse,
            leave_out=args.leave_out,
            stacked=args.stacked,
            seed=args.seed,
            extra=extra,
        )
    elif args.score:
        part = args.score
        chosen = test if part == "test" else dev
        _print(f"AnyStyle {part}, shipped model", [to_gold(s) for s in chosen], args.errors)
        _print(
            f"rendered English {part}, shipped model", rendered_test if part == "test" else rendered_dev, args.errors
        )
    else:
        train_shipped(dev, trained_on, args.anystyle, args.out, params, stacked=args.stacked)


def train_shipped(
    dev: list[Sequence], trained_on: list[Entry], core: Path, out: Path, params: dict[str, float], *, stacked: bool
) -> None:
    """The shipped model on all of AnyStyle dev and the rendered (and extra) strings, AnyStyle's licence beside it.

    ``stacked``: the second pass too, written beside the first (``refs-stacked.crfsuite``), where the runtime
    reads it when it is there."""
    start = time.perf_counter()
    if stacked:
        sequences, folds = training_set(dev, trained_on)
        train_stacked(sequences, folds, out, params)
    else:
        train(anystyle_pairs(dev) + aligned(trained_on), out, params)
    shutil.copyfile(core.parent / "LICENSE", out.parent / "LICENSE.anystyle")
    size = out.stat().st_size
    print(
        f"trained on {len(dev)} AnyStyle + {len(trained_on)} rendered references in "
        f"{time.perf_counter() - start:.0f} s: {out} ({size:,} bytes)"
    )


if __name__ == "__main__":
    main()
