"""The parsers of ``kg train`` and ``kg train-attribution``, apart from their
modules: building the CLI's parser imported kg.train (spaCy, the whole
extractor) for every command; the modules now load only when a train runs."""
from __future__ import annotations

import argparse
from pathlib import Path

from kg.attribution import MODEL_DIR  # os and pathlib only

_MODEL_PATH = Path(__file__).resolve().parent / "data" / "statement_model.json"  # kg.extract.learned.MODEL_PATH


def _train(a: argparse.Namespace) -> int:
    from kg.train import main

    return main(a)


def _train_attribution(a: argparse.Namespace) -> int:
    from kg.attribution.train import main

    return main(a)


def add_train(sub) -> None:
    tr = sub.add_parser("train", help="fit the learned extraction stages on gold statements")
    tr.add_argument("paths", nargs="+", help="the gold's article files or folders")
    tr.add_argument("--gold", nargs="+", required=True, help="gold statements (JSONL, ../shared/gold/GUIDELINES.md)")
    tr.add_argument("--cv", type=int, default=4, help="folds of whole articles for the cross-validated figures, "
                    "the calibrator and the threshold (default 4)")
    tr.add_argument("--whole", action="store_true", help="also cross-validate the whole pipeline: each fold's "
                    "articles built end to end with models fitted on the others (quotations' fallback statements "
                    "included; about k times the time of the plain cross-validation)")
    tr.add_argument("--predictions", default=None, metavar="FILE", help="with --whole, write the held-out "
                    "statements here (statements.jsonl rows, scorable with eval/score.py)")
    tr.add_argument("--repeats", type=int, default=1, help="cross-validate on this many splits of the articles "
                    "(the first by id, the others shuffled) and print the mean and spread: how a change to extraction "
                    "is judged (each split about a minute); the model's threshold is then chosen on the splits' "
                    "mean curve")
    tr.add_argument("-o", "--out", default=None, help=f"write the model here (kg's own: {_MODEL_PATH})")
    tr.set_defaults(func=_train)


def add_train_attribution(sub) -> None:
    tr = sub.add_parser("train-attribution", help="train the SPEAKER/CUE/CONTENT spaCy NER on PolNeAR")
    tr.add_argument("train", help="PolNeAR train articles (.jsonl.gz)")
    tr.add_argument("dev", help="PolNeAR dev articles (.jsonl.gz): checkpoint choice and scores")
    tr.add_argument("-o", "--out", required=True, help="working folder: corpus/ and model/")
    tr.add_argument("--max-steps", type=int, default=None, help="override config.cfg's training.max_steps")
    tr.add_argument("--install", action="store_true", help=f"copy model-best to {MODEL_DIR}")
    tr.set_defaults(func=_train_attribution)
