"""The thirty-ninth session's speed round: what a build loads is frozen out of the cyclic
garbage collector once, before the first document (kg.extract.settled)."""
from __future__ import annotations

import gc

from kg.config import Settings
from kg.extract import extract_text


def test_extraction_freezes_what_it_loaded_once():
    gc.unfreeze()  # (as a fresh process: nothing frozen yet)
    try:
        extract_text("The minister said on Tuesday that the government would reject the plan.",
                     settings=Settings.from_env(learned=False))
        frozen = gc.get_freeze_count()
        assert frozen > 0  # the pipeline and lexicons loaded are no longer walked by each full collection
        extract_text("The opposition leader criticised the budget.", settings=Settings.from_env(learned=False))
        # once per process: a later call freezes nothing of its own (the count may fall, as frozen objects
        # still die by their reference counts, but it never grows)
        assert gc.get_freeze_count() <= frozen
    finally:
        gc.unfreeze()
