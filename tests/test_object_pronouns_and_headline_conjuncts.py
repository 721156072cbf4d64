"""World news 2016 probe (probew16m): an object "him" after a call or a meeting with another man
in its own sentence is that man; a conference of people (the bishops') is a body that speaks."""
from conftest import labels


def test_him_after_a_call_is_the_man_called(extract):
    # probew16m_2: Kerry spoke to Netanyahu and praised him: the praise is Netanyahu's
    sts = extract("Secretary of State John Kerry spoke to Netanyahu by telephone and praised him for reaching the deal.")
    assert ("John Kerry", "praises", "Benjamin Netanyahu") in labels(sts)


def test_him_after_a_telephone_call_is_congratulated(extract):
    sts = extract("Putin telephoned Erdogan and congratulated him on his victory.")
    assert ("Vladimir Putin", "praises", "Recep Tayyip Erdogan") in labels(sts)


def test_a_bishops_conference_is_a_body_that_speaks(extract):
    # probew16m_3: the bishops' conference called on the government (as "the farmers' union" does)
    sts = extract("The Roman Catholic bishops' conference, which has criticised Ortega in the past, called on "
                  "the government to open a national dialogue with the opposition.")
    assert any(a.lower().endswith("conference") and r == "demands" for a, r, _ in labels(sts))


def test_a_headlines_second_verb_takes_the_first_clauses_subject(extract):
    # probew16_3: the parser hangs "Erdogan vows ..." on "rejects" as its reported clause; "rejects" has no subject
    sts = extract("Erdogan vows to purge state after failed coup, rejects EU criticism\n\n"
                  "ANKARA (Reuters) - Turkish President Tayyip Erdogan declared a state of emergency on Wednesday.")
    assert ("Recep Tayyip Erdogan", "rejects", "EU criticism") in labels(sts)


def test_a_headlines_second_demand_is_the_first_subjects(extract):
    # probew16e_1 and probew16i_4: "storm ..., demand", "lifts ..., urges"
    sts = extract("Sadr supporters storm Baghdad's Green Zone, demand new government\n\n"
                  "BAGHDAD (Reuters) - Thousands of supporters of Shi'ite cleric Moqtada al-Sadr stormed the zone.")
    assert any(r == "demands" and "government" in (t or "") for _, r, t in labels(sts))
    sts = extract("Obama lifts U.S. arms embargo on Vietnam, urges respect for human rights\n\n"
                  "HANOI (Reuters) - U.S. President Barack Obama announced on Monday that the United States was lifting the embargo.")
    assert any(a == "Barack Obama" and r == "demands" and "human rights" in (t or "") for a, r, t in labels(sts))
