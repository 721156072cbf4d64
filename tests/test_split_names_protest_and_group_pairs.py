"""World news 2016 probe (probew16l): a two-word first name and surname the NER cut before a
surname that is also a place, and "in protest at" the parser hangs apart from its noun."""
from conftest import labels


def test_first_and_middle_name_before_a_place_surname_make_one_person(extract):
    # probew16l_4: "Samuel Doria" tagged a person, "Medina" a place: the leader went by "Medina"
    sts = extract("Opposition leader Samuel Doria Medina hailed the vote as a victory for democracy and "
                  "called on Morales to abandon any plans to stay in power after his term ends.")
    assert {st.actor.label for st in sts} == {"Samuel Doria Medina"}


def test_in_protest_at_hung_on_the_verb_names_what_is_opposed(extract):
    # probew16l_1: the parser hangs "at a meeting" on "recalled", not on "protest"
    sts = extract("Greece recalled its ambassador to Austria on Thursday in protest at a meeting in Vienna.")
    assert ("Greece", "opposes", "meeting") in labels(sts)


def test_in_protest_hung_on_the_object_is_the_subjects_stance(extract):
    # the parser hangs "in protest over" on the object ("the ambassador"), not on the verb
    sts = extract("The minister recalled the ambassador in protest over the anti-terror laws.")
    assert ("Minister", "opposes", "anti-terror laws") in labels(sts)



def test_the_group_is_not_a_pair_named_by_and(extract):
    # probew16l_2: "the group" after "the United Nations and the United States" is the militant group,
    # not the pair the sentence before asked to lift sanctions
    sts = extract("The government signed a deal with the Hezbollah militant group. Under the deal, the government "
                  "will ask Britain and France to lift sanctions. In return, the group agreed to disband its armed units.")
    assert not any(" and " in actor for actor, _, _ in labels(sts))
