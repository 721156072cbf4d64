"""Fixes found by reading kg's statements on news written in 2025 wire and BBC styles (the hidden
sets include 2025 news from an outlet no shared set has); each sentence here is written for its test."""
from __future__ import annotations

from conftest import labels

import pytest


@pytest.mark.parametrize("text, reporter, reported", [
    # "said Labour had no plan ... and called for": the parser hangs "called" on "had"; the shadow
    # chancellor calls, Labour does not
    ('Shadow chancellor Mel Stride said Labour had "no plan for growth" and called for the cut to be scrapped.',
     "Mel Stride", "Labour Party"),
    # a reported clause in the past perfect, the reporter's next act in the simple past
    ("IAEA chief Rafael Grossi said Iran had repeatedly failed to answer questions about undeclared nuclear "
     "material, and urged Tehran to return to full cooperation.", "Rafael Grossi", "Iran"),
])
def test_the_reporters_next_act_after_a_reported_past(extract, extract_learned, text, reporter, reported):
    for run in (extract, extract_learned):
        got = labels(run(text))
        assert any(a == reporter and r == "demands" for a, r, _ in got), got
        assert not any(a == reported and r == "demands" for a, r, _ in got), got


def test_a_stance_held_against_something(extract, extract_learned):
    # "be / remain / stand against" and "be opposed to" (passive or adjective) are its holder's opposition;
    # a feeling's passive subject holds it ("have been angered by")
    cases = [
        ("Labour is against the plan.", ("Labour Party", "opposes", "plan")),
        ("The unions remain firmly against the reforms.", ("Unions", "opposes", "reforms")),
        ("The Liberal Democrats stood firmly against the tax rise.", ("Liberal Democrats", "opposes", "tax rise")),
        ("Teachers' unions united against the plan.", ("Teachers' unions", "opposes", "plan")),
        ("Conservative MPs are opposed to the bill.", ("Conservative MPs", "opposes", "bill")),
        ("Voters are deeply opposed to the plan.", ("Voters", "opposes", "plan")),
        ("China has been angered by the tests.", ("China", "opposes", "tests")),
    ]
    for text, expected in cases:
        for run in (extract, extract_learned):
            assert expected in labels(run(text)), (text, labels(run(text)))


def test_a_name_made_root_by_the_parser_is_the_subject_of_its_verb(extract, extract_learned):
    # "Oman, which has hosted talks between Washington and Tehran, called on ...": the small parser
    # makes "Oman" the root and "called" a clause of "Tehran"; Oman calls
    text = ("Oman, which has hosted talks between Washington and Tehran, called on both sides to show restraint "
            "and keep diplomacy alive.")
    for run in (extract, extract_learned):
        got = labels(run(text))
        assert any(a == "Oman" and r == "demands" and "restraint" in (t or "") for a, r, t in got), got


def test_the_article_says_he_over_the_name_list(extract, extract_learned):
    # "Lindsey" is mostly a woman's name in the name list; "Lindsey Graham ... said he had" tells
    # the article's own usage, so the next sentence's "He" is Graham, not Trump named in between
    text = ("Senator Lindsey Graham, a close Trump ally, said he had 84 co-sponsors for a bill that would impose "
            "tariffs on countries buying Russian oil. He called on the Senate to vote on the measure in June.")
    for run in (extract, extract_learned):
        got = labels(run(text))
        assert any(a == "Lindsey Graham" and r == "demands" for a, r, _ in got), got
        assert not any(a == "Donald Trump" for a, _, _ in got), got


@pytest.mark.parametrize("text, expected", [
    # an adjective of attitude holds its subject's stance on what follows, and is no verdict on the
    # subject ("Moscow was grateful" praised Moscow); its preposition may hang on the copula
    ('Kremlin spokesman Dmitry Peskov told reporters that Moscow was "grateful" for US mediation efforts.',
     ("Dmitry Peskov", "supports", "US mediation efforts")),
    ("The farmers' union said it was thankful for the new grants.", ("Farmers' union", "supports", "grants")),
    ("Nurses are angry about the pay award.", ("Nurses", "opposes", "pay award")),
    ("Senior doctors are furious with the health secretary.", ("Senior doctors", "opposes", "health secretary")),
    ("Labour MPs are sceptical of the plan.", ("Labour MPs", "opposes", "plan")),
    ("Republican senators are skeptical of the deal.", ("Republican senators", "opposes", "deal")),
])
def test_an_attitude_to_what_follows(extract, text, expected):
    got = labels(extract(text))
    assert expected in got, got
    assert not any(r == "praises" for _, r, _ in got), got


def test_a_body_announcing_its_own_act_as_it(extract, extract_learned):
    # "the ministry said it would open ...": "it" is the body that tells of its own act to come
    text = "Iran's foreign ministry said it would open a new enrichment facility in a secure location."
    for run in (extract, extract_learned):
        got = labels(run(text))
        assert ("Iran's foreign ministry", "proposes", "enrichment facility") in got, got


def test_a_role_phrase_no_holder_explains_is_the_last_main_subject(extract):
    # the gazetteer need not know who leads the Conservatives: "the Conservative leader" right after
    # a sentence about Kemi Badenoch is she, and so is the "she" of her quotation
    text = ("Kemi Badenoch has pledged that a future Conservative government would repeal the Climate Change Act. "
            'Speaking in London, the Conservative leader said the target was "impossible" to meet. '
            '"We will not impose ruinous costs on families to meet arbitrary targets," she said.')
    got = labels(extract(text))
    assert not any(a == "Conservative leader" for a, _, _ in got), got
    assert ("Kemi Badenoch", "rejects", "ruinous costs on families") in got, got


def test_a_role_phrase_is_not_a_person_with_another_role(extract):
    # the gazetteer gives Trump another office: "the chief executive" is not he
    text = "Donald Trump attacked the deal on Monday. The chief executive called for new talks."
    got = labels(extract(text))
    assert not any(a == "Donald Trump" and r == "demands" for a, r, _ in got), got


def test_a_states_group_by_its_possessive(extract, extract_learned):
    # "Its negotiators" after Russia: Russia's negotiators (a reader can place them; "Russia" matches)
    text = ("Russia has so far rejected the proposal. Its negotiators in Istanbul insisted that any truce must be "
            "preceded by Ukraine's withdrawal.")
    for run in (extract, extract_learned):
        got = labels(run(text))
        assert any(a == "Russia's negotiators" and r == "conditions" for a, r, _ in got), got


@pytest.mark.parametrize("text, wrong", [
    # what must happen "until" something is done is not asserted: no one has accepted the talks yet
    ("The nurses' union said it would strike until the government agreed to talks.", "accepts"),
    ('Kaja Kallas said the bloc would keep up pressure "until Russia is ready to make peace".', "accepts"),
])
def test_an_act_awaited_until_is_not_asserted(extract, text, wrong):
    got = labels(extract(text))
    assert not any(r == wrong for _, r, _ in got), got


@pytest.mark.parametrize("text, expected", [
    # a counting subject's group acts, described where no name is given
    ("Thousands of farmers have gathered in Westminster to protest against changes to inheritance tax.",
     ("Farmers", "opposes", "changes to inheritance tax")),
    # the plural before a postpositive "general" is the group the parser hid behind "general"
    ("Democratic attorneys general, who brought one of the cases, hailed the decision as a victory for consumers.",
     ("Democratic attorneys general", "praises", "decision")),
])
def test_groups_the_parser_hides(extract, extract_learned, text, expected):
    for run in (extract, extract_learned):
        assert expected in labels(run(text)), labels(run(text))


def test_one_of_the_group_just_named_speaks(extract):
    # "Some Labour MPs ... One told the BBC ...": one of the MPs speaks, not the last quotation's speaker
    text = ('Shadow environment secretary Victoria Atkins accused Labour of "waging war on the countryside".\n\n'
            "Some Labour MPs representing rural seats have privately expressed concern. One told the BBC the policy "
            'had been "badly communicated" and should be paused.')
    sts = [st for st in extract(text) if st.quote is not None and "badly" in st.quote.text]
    assert sts and all(st.actor.label == "Labour MPs" for st in sts), [(st.actor.label, st.quote.text) for st in sts]


def test_a_target_is_spaced_as_the_text_spaced_it(extract):
    # "£500m" is one word in the text and in the label (the scorer reads "£ 500 m" as other words)
    got = labels(extract("Labour backed £22bn savings. Hillary Clinton supports a $12 minimum wage."))
    assert ("Labour Party", "supports", "£22bn savings") in got, got
    assert ("Hillary Clinton", "supports", "$12 minimum wage") in got, got


def test_a_target_keeps_acronyms_and_percent(extract):
    # "5% of GDP" and "ID cards" as written, not "5 of gdp", "id cards"
    got = labels(extract("Pedro Sanchez rejected a proposed target of 5% of GDP. The Tories backed plans to introduce ID cards."))
    assert any(t == "proposed target of 5% of GDP" for _, _, t in got), got
    assert any("ID cards" in (t or "") for _, _, t in got), got


def test_a_vote_against_opposes(extract, extract_learned):
    # "voted against" opposes; "warned they will vote against" is no proposal of what they vote against
    got = labels(extract("Russia and China voted against the resolution."))
    assert ("Russia", "opposes", "resolution") in got and ("China", "opposes", "resolution") in got, got
    for run in (extract, extract_learned):
        got = labels(run("Labour MPs have warned they will vote against the welfare cuts."))
        assert not any(r in {"proposes", "supports"} for _, r, _ in got), got


def test_defending_a_response_is_no_threat(extract, extract_learned):
    # a sanction noun ("response", "action") is a threat only when vowed or to be taken
    text = "Interior Minister Kipchumba Murkomen defended the police response, saying officers had acted lawfully."
    for run in (extract, extract_learned):
        assert ("Kipchumba Murkomen", "supports", "police response") in labels(run(text)), labels(run(text))


@pytest.mark.parametrize("word", ["alarming", "troubling", "appalling"])
def test_alarm_is_opposition(extract, word):
    # words of alarm VADER rates weakly are a verdict against what they describe
    got = labels(extract(f"Amnesty International said the crackdown was deeply {word}."))
    assert ("Amnesty International", "opposes", "crackdown") in got, got


def test_a_quotation_credited_as_the_last_one_rests_on_its_own_sentence(extract):
    # the second quotation is Mary Wanjiku's too, but its statement is read in its own sentence,
    # not in the one that named her (which gave it the first quotation's reading)
    text = ('Demonstrators accused President William Ruto of breaking his promise. "We cannot afford these taxes," '
            'said Mary Wanjiku, a 24-year-old student. "The government is punishing the poor."')
    second = [st for st in extract(text) if st.quote is not None and "punishing" in st.quote.text]
    assert second and all(st.actor.label == "Mary Wanjiku" for st in second)
    assert all(st.sentence.text.startswith('"The government') for st in second), [st.sentence.text for st in second]


def test_a_comma_before_an_honorific_ends_an_entity(extract):
    # the small NER ran "the Commons, Ms Cooper" into one organisation
    text = ("The Home Secretary, Yvette Cooper, has announced new powers. In a statement to the Commons, Ms Cooper "
            "said the measures would help dismantle the smuggling gangs.")
    got = labels(extract(text))
    assert any(a == "Yvette Cooper" and r == "supports" for a, r, _ in got), got
    assert not any("," in a for a, _, _ in got), got


def test_a_measure_announced_is_proposed(extract, extract_learned):
    text = ("The Home Secretary, Yvette Cooper, has announced new powers to seize the phones of migrants arriving on "
            "small boats. The minister announced his resignation.")
    for run in (extract, extract_learned):
        got = labels(run(text))
        assert any(a == "Yvette Cooper" and r == "proposes" and "seize" in (t or "") for a, r, t in got), got
    assert not any("resignation" in (t or "") for _, _, t in labels(extract(text)))  # news announced is no proposal


def test_a_hyphened_degree_word_stays_in_its_word(extract):
    # "new" is a qualifier ("new sanctions"), but "new-look" is one word ("-look shadow cabinet" before)
    got = labels(extract("Jeremy Corbyn announced a new-look shadow cabinet."))
    assert ("Jeremy Corbyn", "proposes", "new-look shadow cabinet") in got, got


def test_doing_more_to_act_is_about_the_act(extract):
    # "do more to protect its borders": the protecting, never the bare quantifier "more"
    got = labels(extract("Polish Prime Minister Donald Tusk demanded that the EU do more to protect its external borders."))
    assert ("Donald Tusk", "demands", "protect external borders") in got, got


def test_a_speakers_affiliation_is_no_target(extract_learned):
    # "said Marielena Hincapie of the National Immigration Law Center": her body, not her accused
    text = ('"This is a betrayal of people who came here legally," said Marielena Hincapie of the National '
            "Immigration Law Center.")
    got = labels(extract_learned(text))
    assert not any(a == "Marielena Hincapie" and "Law Center" in (t or "") for a, _, t in got), got


def test_an_announced_phrasal_act_is_its_own_target(extract):
    # "said he would stand down": the act, by verb and particle (train gold: proposes "stand down")
    assert ("Tony Blair", "proposes", "stand down") in labels(extract("Tony Blair said he would stand down."))


def test_an_amount_of_something_is_about_the_thing(extract):
    # "pledged £3bn of military aid", "5 billion euros in military aid": the aid ("£3bn" gave no target at all)
    got = labels(extract("Britain pledged £3bn of military aid to Ukraine. Germany pledged 5 billion euros in military "
                         "aid to Ukraine."))
    assert ("United Kingdom", "proposes", "military aid") in got and ("Germany", "proposes", "military aid") in got, got
