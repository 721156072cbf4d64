"""Per-sentence readings cached on the learned stages' target candidates, and the
early exits of per-word checks: the same answers as reading them afresh."""
from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def nlp():
    from kg.config import Settings
    from kg.nlp import load_pipeline

    s = Settings.from_env()
    return load_pipeline(s.model, s.ontology)


def test_steps_from_a_chain_is_path_len(nlp):
    from kg.extract.phrases import ancestry, path_len, steps

    doc = nlp("The union said on Monday that it would reject the revised pay offer from the council.")
    for a in doc:
        up = ancestry(a)
        for b in doc:
            assert steps(up, [b.i, *(t.i for t in b.ancestors)]) == path_len(a, b)


def test_a_candidates_chain_and_denial_are_read_once(nlp):
    from kg.extract.candidates import TargetCand
    from kg.extract.target_options import denied
    from kg.extract.modality import in_denied_act
    from kg.extract.target_candidates import chain_of

    doc = nlp("The minister denied that the party had rejected the peace plan.")
    plan = next(t for t in doc if t.lower_ == "plan")
    cand = TargetCand("the peace plan", None, set(), plan)
    assert chain_of(cand) == (plan.i, *(t.i for t in plan.ancestors))
    assert denied(cand) is True and in_denied_act(plan)
    cand.token = doc[0]  # read once: the cached answers stay
    assert chain_of(cand)[0] == plan.i and denied(cand) is True
    assert denied(TargetCand("peace", None, set(), None)) is False


def test_a_word_nothing_hangs_on_has_no_condition_clause(nlp):
    from kg.extract.modality import condition_clause
    from kg.lexicon import load_lexicon
    from kg.config import Settings

    lex = load_lexicon(Settings.from_env().ontology)
    doc = nlp("The union would accept the offer only if the council raised wages.")
    accept = next(t for t in doc if t.lemma_ == "accept")
    assert condition_clause(accept, lex) is not None
    assert all(condition_clause(t, lex) is None for t in doc if not (t.n_lefts or t.n_rights))


def test_two_phrases_of_one_noun_share_their_head(nlp):
    """spaCy makes a new Token object at each ``doc[i]``: two candidates of one head word are the
    same target by the word's position, not by object identity (``is`` was never true)."""
    from kg.extract.candidates import TargetCand
    from kg.extract.learned import same_head

    doc = nlp("The minister criticised the prime minister's stance on Ukraine.")
    stance = next(t for t in doc if t.lower_ == "stance")
    short = TargetCand("stance", None, set(), doc[stance.i])
    long = TargetCand("prime minister's stance on Ukraine", None, set(), doc[stance.i])
    assert same_head(short, long)
    assert not same_head(short, TargetCand("Ukraine", None, set(), doc[len(doc) - 2]))
    assert not same_head(short, None)
