"""Passive agents as actors: "demanded by the West", "rejected by one of Labour's most senior Asians"."""
from __future__ import annotations

from conftest import labels


def test_the_west_as_a_passive_agent_acts(extract_learned):
    # train (world2016, Savchenko): "had been demanded by the West"; the active already worked
    got = labels(extract_learned("The release of the prisoners had been demanded by the West."))
    assert any(a == "West" and r == "demands" for a, r, _ in got), got


def test_one_of_a_group_as_a_passive_agent_acts(extract_learned):
    # train (bbc 2004, Shahid Malik): the agent is "one of" a described group
    got = labels(extract_learned("A call for ethnic minority shortlists to boost the number of black and Asian MPs "
                                 "has been rejected by one of Labour's most senior Asians."))
    assert any(a == "One of Labour's most senior Asians" and r == "rejects" for a, r, _ in got), got


def test_one_of_a_group_as_a_subject_acts(extract_learned):
    # written: the same actor as a subject
    got = labels(extract_learned("One of Labour's most senior Asians rejected the call for ethnic minority shortlists."))
    assert any(a == "One of Labour's most senior Asians" and r == "rejects" for a, r, _ in got), got


def test_a_raised_passive_whose_subject_the_parser_gave_a_relative_clause(extract_learned):
    # train (bbc 2004, ID cards): in its article the parser reads "claim" as a noun and hangs "The bill"
    # on "tackle", a clause under "expected"; written here with "say" read the same way
    from kg.extract.subjects import patient_of
    from kg.nlp import load_pipeline
    from kg.config import Settings

    s = Settings.from_env()
    doc = load_pipeline(s.model, s.ontology)(
        "The Tories will back the plans. The decision follows a tough meeting, party sources told the BBC. "
        "The bill, which ministers claim will tackle crime, terrorism and illegal immigration, "
        "is expected to be opposed by the Liberal Democrats.")
    opposed = next(t for t in doc if t.lower_ == "opposed")
    assert patient_of(opposed) is not None and patient_of(opposed).lower_ == "bill"


def test_a_passive_joined_to_a_relative_clause_acts_on_its_antecedent(extract_learned):
    # train (world2016, Syria): "The cessation of hostilities which began ... and was sponsored by Russia";
    # written with a cue verb: the passive shares the relative clause's "which"
    got = labels(extract_learned("The ceasefire, which began in February and was backed by Russia, has faltered."))
    assert ("Russia", "supports", "ceasefire") in got, got
