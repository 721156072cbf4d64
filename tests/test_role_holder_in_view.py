"""probe38b (May 2025 news, five outlets no set imitated): the misses its writer fixed."""
from __future__ import annotations

from conftest import labels


def test_bare_role_is_the_gazetteer_holder_in_view_not_one_named_further_on(extract):
    # probe38b_2: "the president" after an untitled "Donald Trump" is Trump (the gazetteer's holder in view),
    # not the chamber of commerce's president the article names two paragraphs on
    got = labels(extract("Prime Minister Mark Carney told Donald Trump that Canada was not for sale.\n\n"
                         "The president praised Carney as \"a very talented person\".\n\n"
                         "Canadian Chamber of Commerce president Candace Laing welcomed the tone of the meeting."))
    assert ("Donald Trump", "praises", "Mark Carney") in got
    assert not any(a == "Candace Laing" and r == "praises" for a, r, _ in got)


def test_office_glued_before_a_name_tagged_an_organisation_is_the_person(extract):
    # probe38b_3: the small model tagged "NCP Convener Nahid Islam" an organisation; the office before the
    # name makes it a person, named without it, and the "he" of the next quotation is he, not Yunus
    got = labels(extract("Chief Adviser Prof Muhammad Yunus chaired the meeting.\n\n"
                         "NCP Convener Nahid Islam welcomed the decision and called it \"a victory of the July martyrs\".\n\n"
                         "\"The people of this country will never allow the fascist Awami League to do politics again,\" "
                         "he told the crowd at Shahbagh."))
    assert ("Nahid Islam", "supports", "decision") in got
    assert not any(a == "Muhammad Yunus" for a, _, _ in got)
