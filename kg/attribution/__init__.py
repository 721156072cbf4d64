"""Attribution spans (SPEAKER, CUE, CONTENT) learned from PolNeAR as a spaCy NER.

``convert`` turns PolNeAR articles into spaCy training data, ``train`` is
``kg train-attribution``, ``component`` runs the trained model inside kg's
pipeline for the quotations the speaker rules leave without a speaker.
"""
from __future__ import annotations

import os
from pathlib import Path

LABELS = ("SPEAKER", "CUE", "CONTENT")
CONFIG_PATH = Path(__file__).resolve().parent / "config.cfg"
MODEL_DIR = Path(__file__).resolve().parent.parent / "data" / "attribution_model"


def enabled() -> bool:
    """KG_ATTRIBUTION=0/false/off turns the learned speakers off (and a missing model does)."""
    flag = os.environ.get("KG_ATTRIBUTION", "1").strip().lower()
    return flag not in {"0", "false", "no", "off"} and model_dir().exists()


def model_dir() -> Path:
    return Path(os.environ.get("KG_ATTRIBUTION_MODEL") or MODEL_DIR)
