"""What a rebuild re-reads: the extraction hash covers every module the extractor reads and the ontology's name
lists, so statements made by older code or older lists are never kept (a parse repair lives beside kg/extract,
in kg/clause_repair.py, and "he" is decided by ontology/first_names.tsv)."""
import shutil
from pathlib import Path

from kg.config import ONTOLOGY_DIR, Settings, extractor_sources


def test_the_parse_repairs_and_name_modules_are_hashed():
    names = {str(p.relative_to(Path(__import__("kg").__file__).parent)) for p in extractor_sources()}
    assert {"clause_repair.py", "name_repair.py", "nlp.py", "lexicon.py", "extract/statements.py"} <= names


def test_a_changed_first_name_list_changes_the_hash(tmp_path):
    onto = tmp_path / "ontology"
    shutil.copytree(ONTOLOGY_DIR, onto)
    before = Settings(ontology=onto).extraction_hash()
    with (onto / "first_names.tsv").open("a", encoding="utf-8") as fh:
        fh.write("Zebedee\tm\n")
    assert Settings(ontology=onto).extraction_hash() != before
    assert Settings(ontology=ONTOLOGY_DIR).extraction_hash() == Settings(ontology=ONTOLOGY_DIR).extraction_hash()
