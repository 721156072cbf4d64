"""Attribution spans (SPEAKER, CUE, CONTENT) learned from PolNeAR as a spaCy NER.

``convert`` turns PolNeAR articles into spaCy training data, ``train`` is
``kg train-attribution``, ``component`` runs the trained model inside kg's
pipeline for the quotations the speaker rules leave without a speaker.
"""
from __future__ import annotations

from pathlib import Path

LABELS = ("SPEAKER", "CUE", "CONTENT")
CONFIG_PATH = Path(__file__).resolve().parent / "config.cfg"
MODEL_DIR = Path(__file__).resolve().parent.parent / "data" / "attribution_model"
