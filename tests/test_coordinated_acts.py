"""A second act of one actor in a sentence, carried by a verb conjoined to the actor's own: the learned
stage reads one relation per actor and sentence, so the second target took the first act's relation;
the conjoined verb's cue gives the second act its own (``kg.extract.coordinated_acts``)."""
from __future__ import annotations

from conftest import labels


def test_a_conjoined_invitation_proposes(extract_learned):
    # probe news2025 (probe 33): "welcomed ... and invited ... to join talks" supports the move and proposes the talks
    text = ("Opposition leader Yoshihiko Noda of the Constitutional Democratic Party of Japan welcomed Komeito's move "
            "and invited the Democratic Party for the People to join talks on a unified candidate for prime minister.")
    got = labels(extract_learned(text))
    assert ("Yoshihiko Noda", "supports", "Komeito's move") in got, got
    assert any(a == "Yoshihiko Noda" and r == "proposes" for a, r, _ in got), got


def test_conjunct_relation_reads_the_verb_that_holds_the_target():
    from kg.config import Settings
    from kg.extract.coordinated_acts import conjunct_relation
    from kg.nlp import load_pipeline

    s = Settings.from_env()
    doc = load_pipeline(s.model, s.ontology)("The minister praised the nurses and urged the unions to end the strike.")
    subj = next(t for t in doc if t.dep_ == "nsubj")
    strike = next(t for t in doc if t.lower_ == "strike")
    nurses = next(t for t in doc if t.lower_ == "nurses")
    assert conjunct_relation(subj, strike) == "demands"
    assert conjunct_relation(subj, nurses) is None  # the actor's own verb's clause: the first act


def test_conjunct_relation_ends_at_the_root_outside_the_actors_clause():
    # a target outside the actor's verb's clause: the walk up its heads stops at the root (spaCy gives a new
    # Token object at each access, so the root's head is never the same object as the root: compare indices)
    from kg.config import Settings
    from kg.extract.coordinated_acts import conjunct_relation
    from kg.nlp import load_pipeline

    s = Settings.from_env()
    doc = load_pipeline(s.model, s.ontology)("After the minister praised the nurses, the unions ended the strike.")
    subj = next(t for t in doc if t.lower_ == "minister")
    strike = next(t for t in doc if t.lower_ == "strike")
    assert subj.dep_ == "nsubj" and subj.head.dep_ != "ROOT"
    assert conjunct_relation(subj, strike) is None


def test_a_conjoined_warning_is_no_threat(extract_learned):
    # probe world2016 (probew16l): the warning's clause is a prediction, no threat against Greece
    text = ("German Chancellor Angela Merkel criticised the border restrictions and warned that Greece could not be "
            "left alone with the consequences.")
    got = labels(extract_learned(text))
    assert not any(a == "Angela Merkel" and r == "threatens" for a, r, _ in got), got
