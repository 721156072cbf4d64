"""A bare role ("the prime minister") is the holder the article itself names in that role, not the gazetteer's
holder of another period; each sentence here is written for its test."""
from __future__ import annotations

from conftest import labels

ELECTED = ("MADRID (Reuters) - Spain's parliament re-elected conservative Mariano Rajoy as prime minister on "
           "Saturday. Former Socialist leader Pedro Sanchez resigned his seat. A party spokesman said the prime "
           "minister would meet King Felipe on Sunday.")


def test_a_name_given_an_office_with_as_holds_it_later(extract):
    got = labels(extract(ELECTED))
    assert ("Mariano Rajoy", "consults", "Felipe") in got or ("Mariano Rajoy", "consults", "King Felipe") in got, got
    assert not any(a == "Pedro Sánchez" and r == "consults" for a, r, _ in got), got


def test_a_name_sworn_in_as_the_office_holds_it(extract):
    got = labels(extract("Mariano Rajoy was sworn in as prime minister on Monday. Pedro Sanchez, the Socialist "
                         "leader, abstained. The prime minister later criticised the Catalan referendum."))
    assert ("Mariano Rajoy", "opposes", "Catalan referendum") in got, got


def test_the_one_replaced_as_holder_is_not_the_holder(extract):
    got = labels(extract("Theresa May succeeded David Cameron as prime minister in July. The prime minister "
                         "criticised the Labour plan.", published="2016-07-20"))
    assert not any(a == "David Cameron" for a, _, _ in got), got


def test_a_state_role_with_no_gazetteer_holder_then_is_the_one_titled(extract):
    got = labels(extract("Donald Trump met President Enrique Pena Nieto in Mexico City on Wednesday. Later the "
                         "Mexican president criticised the border wall.", published="2016-09-01"))
    assert ("Enrique Pena Nieto", "opposes", "border wall") in got, got
    assert ("Donald Trump", "opposes", "border wall") not in got, got
