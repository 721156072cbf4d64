"""Fixes found by reading kg's statements on news written for the twentieth round (Washington
Post, Sky News, ABC Australia and The Hill styles of 2025); each sentence here is written for its test."""
from __future__ import annotations

from conftest import labels


def test_a_forecast_of_others_act_is_no_pledge(extract, extract_learned):
    # "said patients would pay the price": the spokeswoman warns; she pledges nothing
    for text in ("The party's health spokeswoman, Helen Morgan, said patients would pay the price of a long dispute.",
                 "The group's president wrote that the duties would raise costs for manufacturers and consumers alike."):
        for run in (extract, extract_learned):
            got = labels(run(text))
            assert not any(r == "proposes" for _, r, _ in got), got


def test_a_pledge_of_ones_own_party_stays(extract):
    got = labels(extract("Mr Kennedy said his party would scrap tuition fees."))
    assert any(r == "proposes" and t and "tuition fees" in t for _, r, t in got), got


def test_after_a_past_perfect_report_the_next_act_is_the_reporters(extract, extract_learned):
    # "said Canada had taken advantage ... and praised Trump": the senator praises, not Canada
    text = ('Sen. Tom Cotton said Canada had "taken advantage of American generosity for too long" and praised '
            'Trump for standing up to Ottawa.')
    for run in (extract, extract_learned):
        got = labels(run(text))
        assert ("Tom Cotton", "praises", "Donald Trump") in got, got
        assert not any(a == "Canada" and r == "praises" for a, r, _ in got), got


def test_treasurer_and_attorney_general_are_titles(extract):
    got = labels(extract("Treasurer Jim Chalmers rejected the proposal. Attorney General Pam Bondi criticised the ruling."))
    assert ("Jim Chalmers", "rejects", "proposal") in got, got
    assert ("Pam Bondi", "opposes", "ruling") in got, got


def test_the_treasurer_is_the_one_named_so(extract):
    got = labels(extract("Treasurer Jim Chalmers delivered his budget on Tuesday. The treasurer criticised the "
                         "opposition's plan to cut fuel excise."))
    assert any(a == "Jim Chalmers" and r == "opposes" for a, r, _ in got), got


def test_he_after_an_unnamed_person_is_that_person(extract):
    # a person described, never named, as a main clause's subject is the "he" of the next sentence
    text = ("Shadow health secretary Stuart Andrew said Labour had lost control of the NHS. NHS England's chief "
            "executive warned that strikes would set back efforts to cut waiting lists. He said the health service "
            'had made "real progress" in recent months.')
    got = [st for st in extract(text) if st.sentence.text.startswith("He said")]
    assert got and all(st.actor.label == "NHS England's chief executive" for st in got), labels(got)


def test_a_spokeswoman_is_no_he(extract):
    text = ("Mr Smith attacked the plan to close the hospital. A Treasury spokeswoman said the plan was fair. "
            'He said: "This will cost lives."')
    got = [st for st in extract(text) if st.sentence.text.startswith("He said")]
    assert got and all(st.actor.label == "Smith" or st.actor.label.endswith("Smith") for st in got), labels(got)


def test_the_candidate_stays_the_named_one(extract):
    # "the candidate" most often is the one already named: it does not take the next "he" from him
    text = ("Ben Carson spoke in Iowa on Monday. The candidate said he was tired of the questions. "
            "He rejected the report about his scholarship.")
    got = [st for st in extract(text) if st.sentence.text.startswith("He rejected")]
    assert got and all(st.actor.label == "Ben Carson" for st in got), labels(got)


def test_after_a_past_progressive_report_the_next_act_is_the_reporters(extract, extract_learned):
    # "said the prime minister was putting ... and called for": "called" cannot share "was"
    text = ("Opposition leader Yair Lapid said the prime minister was putting his coalition ahead of the "
            "hostages and called for early elections.")
    for run in (extract, extract_learned):
        got = labels(run(text))
        assert ("Yair Lapid", "demands", "early elections") in got, got
        assert not any(a != "Yair Lapid" and r == "demands" for a, r, _ in got), got


def test_policies_and_duties_are_no_actors(extract, extract_learned):
    # plural nouns for things are no described groups: "sanctuary policies" do not urge
    text = ('Majority Whip Tom Emmer said sanctuary policies "put American lives at risk" and urged the Justice '
            'Department to investigate local officials who obstruct ICE.')
    for run in (extract, extract_learned):
        got = labels(run(text))
        assert any(a == "Tom Emmer" and r == "demands" for a, r, _ in got), got
        assert not any("policies" in a.lower() for a, _, _ in got), got


def test_a_mayor_refuses_for_the_city(extract, extract_learned):
    # "the city" a mayor speaks of is the mayor's own: its refusal is the mayor's
    text = "Chicago Mayor Brandon Johnson has repeatedly said the city will not assist federal immigration enforcement."
    for run in (extract, extract_learned):
        got = labels(run(text))
        assert any(a == "Brandon Johnson" and r == "rejects" and t and "enforcement" in t for a, r, t in got), got


def test_a_party_does_not_refuse_for_the_country(extract):
    got = labels(extract("Labour said the country would not forgive the cuts."))
    assert not any(a == "Labour Party" and r == "rejects" for a, r, _ in got), got


def test_a_reporters_act_after_an_infinitive_copula_or_a_relative_clause(extract, extract_learned):
    # "said government forces were to blame and called on": the parser hangs "called" on "blame";
    # "said Washington had failed to rein in groups it backs and accused": on "backs"
    texts = {"The opposition committee said government forces were to blame and called on the United Nations to "
             "protect civilians in Aleppo.": "Opposition committee",
             "Foreign ministry spokeswoman Maria Zakharova said Washington had failed to rein in rebel groups it "
             "backs and accused the U.S.-led coalition of undermining the truce.": "Maria Zakharova"}
    for text, speaker in texts.items():
        for run in (extract, extract_learned):
            got = labels(run(text))
            acts = [(a, r) for a, r, t in got if r in {"demands", "accuses"} and t and ("civilians" in t or "coalition" in t.lower())]
            assert acts and all(a == speaker for a, _ in acts), got


def test_committed_and_opposed_as_participles_are_adjectives(extract, extract_learned):
    # the parser makes "was (still) committed to" a passive or a participle: the adjective's stance stands
    for text, want in {"Kremlin spokesman Dmitry Peskov said Russia was still committed to the agreement.":
                       ("Dmitry Peskov", "supports", "agreement"),
                       "Labour is still opposed to the war.": ("Labour Party", "opposes", "war")}.items():
        for run in (extract, extract_learned):
            got = labels(run(text))
            assert want in got, got


def test_no_position_on_nothing(extract_learned):
    # a quotation whose position names no target is heard as "says": "supports None" tells a user nothing
    # (the quotation from train; the sentence before written)
    text = ("The Treasury imposed new controls on banks that process payments for North Korea on Wednesday.\n"
            '"This is meaningful," said Victor Cha, Korea Chair at the Center for Strategic and International '
            'Studies in Washington. "This is designating the entire country."')
    got = labels(extract_learned(text))
    assert any(a == "Victor Cha" for a, _, _ in got), got
    assert not any(t is None and r != "says" for _, r, t in got), got


def test_long_overdue_is_a_welcome(extract, extract_learned):
    text = 'Rep. Elise Stefanik of New York, a Harvard alumna, called the decision "long overdue."'
    for run in (extract, extract_learned):
        assert ("Elise Stefanik", "supports", "decision") in labels(run(text))


def test_the_diplomatic_register_of_state_media(extract):
    got = labels(extract("Chinese Foreign Ministry spokesperson Lin Jian expressed strong dissatisfaction with "
                         "remarks by U.S. officials on Taiwan. The Egyptian foreign ministry voiced its appreciation "
                         "for Qatar's mediation."))
    assert any(a == "Lin Jian" and r == "opposes" and t and t.startswith("remarks") for a, r, t in got), got
    assert any(r == "praises" and t == "Qatar" for _, r, t in got), got


def test_ready_to_host_talks_accepts_them(extract, extract_learned):
    # "host" is a meeting only with someone to meet; "ready to host the talks" accepts the talks
    for run in (extract, extract_learned):
        got = labels(run("Erdogan said Turkey was ready to host the talks. He said he was ready to meet Putin."))
        assert ("Recep Tayyip Erdogan", "accepts", "talks") in got, got
        assert ("Recep Tayyip Erdogan", "consults", "Vladimir Putin") in got, got
