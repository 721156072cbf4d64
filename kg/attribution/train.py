"""``kg train-attribution``: PolNeAR -> DocBins -> ``spacy train`` with the committed config.

    kg train-attribution ../shared/data/polnear/polnear_train_articles.jsonl.gz \\
        ../shared/data/polnear/polnear_dev_articles.jsonl.gz -o /tmp/attr --install

The seed is fixed in config.cfg ([system] seed = 0), so a rerun on the same
data and versions gives the same model. The dev file only picks the best
checkpoint and is scored; it must not be a test split.
"""
from __future__ import annotations

import argparse
import json
import shutil
import time
from pathlib import Path

from kg.attribution import CONFIG_PATH, MODEL_DIR
from kg.attribution.convert import to_docbin
from kg.config import DEFAULT_MODEL


def build_corpus(train: Path, dev: Path, out: Path, model: str = DEFAULT_MODEL) -> dict[str, dict]:
    """Write ``out``/train.spacy and dev.spacy, tokenised by ``model``'s tokenizer."""
    import spacy

    nlp = spacy.load(model, exclude=["tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "ner"])
    return {name: dict(to_docbin(nlp, src, out / f"{name}.spacy")) for name, src in (("train", train), ("dev", dev))}


def run(train: Path, dev: Path, out: Path, max_steps: int | None = None, install: bool = False) -> dict:
    """Build the corpus, train, and return the best checkpoint's dev scores."""
    from spacy.cli.train import train as spacy_train

    started = time.time()
    stats = build_corpus(train, dev, out / "corpus")
    print(json.dumps(stats))
    overrides: dict[str, object] = {"paths.train": str(out / "corpus" / "train.spacy"),
                                    "paths.dev": str(out / "corpus" / "dev.spacy")}
    if max_steps is not None:
        overrides["training.max_steps"] = max_steps
    spacy_train(CONFIG_PATH, out / "model", overrides=overrides)
    best = out / "model" / "model-best"
    meta = json.loads((best / "meta.json").read_text())
    scores = {"seconds": round(time.time() - started), "ents_per_type": meta["performance"].get("ents_per_type"),
              "ents_f": meta["performance"].get("ents_f")}
    print(json.dumps(scores, indent=1))
    if install:
        shutil.rmtree(MODEL_DIR, ignore_errors=True)
        shutil.copytree(best, MODEL_DIR)
        print(f"installed {best} -> {MODEL_DIR}")
    return scores


def main(args: argparse.Namespace) -> int:
    run(Path(args.train), Path(args.dev), Path(args.out), args.max_steps, args.install)
    return 0

