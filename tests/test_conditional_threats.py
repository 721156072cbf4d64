"""Threats without "warn" or "threaten": a side's hostile act on another's doing ("would challenge it in court
if Parliament passed it"), readiness for one ("prepared to block the decision if ..."), and a court challenge
announced; and the plain conditionals and pledges that are no threat."""
from __future__ import annotations

from conftest import labels


def threats(got) -> set:
    return {(a, t) for a, r, t in got if r == "threatens"}


def test_a_hostile_act_on_anothers_doing_threatens(extract):
    # probe26a
    got = labels(extract("Its president, Faith Odhiambo, said the clause was unconstitutional and that the society "
                         "would challenge it in court if Parliament passed it."))
    assert ("Faith Odhiambo", "court challenge") in threats(got), got
    # probew16
    got = labels(extract('"We will not hesitate to reconsider our friendship with the United States if they do not '
                         'hand him over," Justice Minister Bekir Bozdag told parliament.'))
    assert ("Bekir Bozdag", "reconsider friendship") in threats(got), got
    got = labels(extract('"We will defend our sovereignty if we are attacked again," Foreign Minister Jan Novak said.'))
    assert any(a == "Jan Novak" for a, _ in threats(got)), got
    got = labels(extract("Jan Novak said the union would fight the closure if the company went ahead."))
    assert ("Jan Novak", "fight closure") in threats(got), got


def test_a_court_challenge_announced_threatens(extract):
    # probebbc6, probebbc2, probew16i, probe33c
    got = labels(extract("Alliance chairman John Jackson said the group would appeal."))
    assert ("John Jackson", "appeal") in threats(got), got
    got = labels(extract("The Countryside Alliance vowed to challenge the ban in the courts and said its supporters "
                         "would defy the law."))
    assert ("Countryside Alliance", "court challenge") in threats(got), got
    got = labels(extract("Another defeated candidate, former prime minister Amama Mbabazi, said he would challenge "
                         "the results in the Supreme Court."))
    assert ("Amama Mbabazi", "court challenge") in threats(got), got
    got = labels(extract("Attorney-General Mohd Dusuki Mokhtar said his chambers would file an appeal."))
    assert ("Mohd Dusuki Mokhtar", "appeal") in threats(got), got


def test_readiness_for_a_hostile_act_on_anothers_doing_threatens(extract):
    # probe29a, probew16d
    got = labels(extract("De Wever, however, said he was prepared to block the decision if his conditions were not met."))
    assert ("De Wever", "block decision") in threats(got), got
    got = labels(extract("A spokesman for the militias, Ahmed al-Asadi, said they were ready to fight Turkish forces "
                         "if they advanced."))
    assert ("Ahmed al-Asadi", "fight Turkish forces") in threats(got), got


def test_plain_conditionals_and_pledges_are_no_threats(extract):
    # written: a conditional forecast, pledges on one's own success, readiness with no if-clause, a plea
    for text in ["If it rains, the vote will be delayed, the minister Jan Novak said.",
                 "Jan Novak said his party would scrap the fees if it won power.",
                 "The minister Jan Novak said the party would fight for jobs if elected.",
                 "Jan Novak said he was ready to fight for the seat if necessary.",
                 "The minister Jan Novak said he was ready to fight corruption.",
                 "Jan Novak said he would appeal to voters to turn out on Sunday."]:
        got = labels(extract(text))
        assert not threats(got), (text, got)


def test_a_countrys_act_in_a_persons_report_is_the_persons_threat(extract):
    # probe25x (the reporter named by "he"): the speaker, not the grammatical subject
    got = labels(extract("Secretary of State Jan Novak met the envoys in Paris on Monday. He said Ruritania would walk "
                         "away from the talks if there was no progress in the coming weeks."))
    assert ("Jan Novak", "walk away") in threats(got), got
    assert not any(a == "Ruritania" for a, _ in threats(got)), got


def test_a_deadline_by_date_demands_the_act(extract):
    # written, as "gave Pyongyang until Friday to ..."; an alternative "or face" threatens
    got = labels(extract("The United States gave Pyongyang until Friday to dismantle the reactor."))
    assert ("United States", "demands", "dismantling of reactor") in got, got
    got = labels(extract("The minister Jan Novak gave the rebels until Friday to lay down their arms or face an assault."))
    assert ("Jan Novak", "threatens", "assault") in got, got
    got = labels(extract("The minister Jan Novak gave his staff time off until Monday to rest."))
    assert not any(r == "demands" for _, r, _ in got), got


def test_a_penalty_wrongdoers_will_meet_threatens(extract):
    # probe34a, probe29c, probew16i, probew16h, probe29b
    got = labels(extract('"But those who stole public money will be held accountable," Finance Minister Peter Mukhito said.'))
    assert ("Peter Mukhito", "held accountable") in threats(got), got
    got = labels(extract('"Those who want to disturb the peace of Uganda will be dealt with," President Yoweri Museveni '
                         'said in a televised address.'))
    assert ("Yoweri Museveni", "dealt with") in threats(got), got
    got = labels(extract("ZANU-PF spokesman Simon Khaya Moyo said the veterans who signed the statement would be "
                         "expelled from the party."))
    assert ("Simon Khaya Moyo", "expelled") in threats(got), got
    got = labels(extract('Territorial Administration Minister Paul Atanga Nji told reporters that anyone who tried to '
                         '"create chaos" would be arrested.'))
    assert ("Paul Atanga Nji", "arrested") in threats(got), got
    # written: a passive to come on people no wrong is said of, or no penalty
    for text in ["The minister Jan Novak said the ministers who were appointed last week would be sworn in on Monday.",
                 "The minister Jan Novak said the prisoners would be released on Friday.",
                 "The minister Jan Novak said the prisoners would be held in a new jail."]:
        assert not threats(labels(extract(text))), text


def test_no_choice_but_a_hostile_act_on_anothers_doing_threatens(extract):
    # probe29c
    got = labels(extract('"If our demands are ignored, we will have no choice but to walk out," said Ravi Kumudesh, '
                         'convenor of the Health Professionals Federation.'))
    assert ("Ravi Kumudesh", "walkout") in threats(got), got
    # written: no hostile act, no threat
    got = labels(extract('"We will have no choice but to accept the ruling," the party leader Jan Novak said.'))
    assert not threats(got), got


def test_a_thing_said_to_depend_on_another_is_conditioned_on_it(extract):
    # probe31c, probe29a (written names): "X's path to membership depended on progress on the rule of law"
    got = labels(extract("Foreign Minister Jan Novak said Ruritania's path to EU membership depended on progress on "
                         "the rule of law."))
    assert ("Jan Novak", "conditions", "progress on rule of law") in got, got
    # a dependence no one reports is no one's condition
    got = labels(extract("Farmers depend on the subsidies."))
    assert not any(r == "conditions" for _, r, _ in got), got


def test_a_court_challenge_ruled_out_is_no_threat(extract):
    # probe34a
    got = labels(extract("MCP spokesperson Jessie Kabwila said the party would not challenge the results in court."))
    assert ("Jessie Kabwila", "court challenge") not in threats(got), got


def test_a_dependence_told_keeps_what_else_the_sentence_says(extract):
    # probe31c (written names): the proposal beside the dependence stays
    got = labels(extract("Finance Minister Jan Novak announced a $20 billion swap line with Ruritania's central bank, "
                         "and President Petr Brod warned that support depended on the outcome."))
    assert any(a == "Jan Novak" and r == "proposes" for a, r, _ in got), got
    assert ("Petr Brod", "conditions", "outcome") in got, got
