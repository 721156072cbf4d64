"""Fixes found by reading kg's statements on news written for the nineteenth round (BBC politics
and 2025 wire styles); each sentence here is written for its test."""
from __future__ import annotations

from conftest import labels


def test_a_possessive_binds_to_its_clauses_subject(extract, extract_learned):
    # "its" in "unless the government improves its pay offer" is the government's: the last place
    # named before it ("Teachers in England and Wales") made Wales the offer's author
    text = ("Teachers in England and Wales could strike next term unless the government improves its pay offer, "
            "the teachers' union has warned.")
    for run in (extract, extract_learned):
        got = labels(run(text))
        assert not any(a == "Wales" for a, _, _ in got), got
        assert any(a == "Government" and r == "proposes" for a, r, _ in got), got


def test_others_are_not_the_speaker(extract):
    # "X said ..., while others welcomed ...": the others are not X
    text = ("Former minister Frank Dobson said he would vote against the bill, while others welcomed the measures "
            "as a sensible response.")
    got = labels(extract(text))
    assert ("Frank Dobson", "opposes", "bill") in got, got
    assert not any(a == "Frank Dobson" and r == "supports" for a, r, _ in got), got


def test_a_things_effect_is_no_pledge(extract, extract_learned):
    # "the reintroduction of X would end Y's hopes": the speaker pledges nothing; the subject is a thing
    text = "German Chancellor Angela Merkel said the reintroduction of capital punishment would end Turkey's hopes of joining the bloc."
    for run in (extract, extract_learned):
        got = labels(run(text))
        assert not any(r == "proposes" for _, r, _ in got), got


def test_a_phrase_hung_on_the_speakers_name_is_no_target(extract_learned):
    # "said Bonnie Glaser of the Center for Strategic and International Studies": "for ..." places
    # her, as "of ..." does; it is not what she said
    text = '"China will not back down," said Bonnie Glaser of the Center for Strategic and International Studies in Washington.'
    got = labels(extract_learned(text))
    assert not any(t and "Studies" in t for _, _, t in got), got


def test_it_in_a_relative_clause_is_the_main_subject(extract, extract_learned):
    # "the cleric it blames": the one who asks blames him, not the country named just before "it"
    text = ("Turkey on Tuesday formally asked the United States to extradite Fethullah Gulen, the U.S.-based "
            "Muslim cleric it blames for last week's failed coup.")
    for run in (extract, extract_learned):
        got = labels(run(text))
        assert not any(a == "United States" and r == "accuses" for a, r, _ in got), got
        assert any(a == "Turkey" and r == "accuses" for a, r, _ in got), got


def test_a_hyphened_word_split_by_the_parser_is_one_target(extract, extract_learned):
    # the parser makes "de" the object and leaves "-escalation" beside it
    text = "French trade minister Laurent Saint-Martin told reporters that Paris favoured de-escalation."
    for run in (extract, extract_learned):
        got = labels(run(text))
        assert ("Laurent Saint-Martin", "supports", "de-escalation") in got, got


def test_the_taoiseach_is_a_title(extract):
    got = labels(extract("Irish Taoiseach Micheal Martin called the announcement disappointing."))
    assert ("Micheal Martin", "opposes", "announcement") in got, got


def test_a_social_platform_is_where_it_was_said(extract_learned):
    # "wrote on X": the platform is no target, and no actor
    text = ("The EU's trade commissioner, Maros Sefcovic, said he had spoken with US Commerce Secretary Howard "
            'Lutnick after the post. "EU-US trade is unmatched and must be guided by mutual respect, not threats," '
            'Sefcovic wrote on X. "We stand ready to defend our interests."')
    got = labels(extract_learned(text))
    assert any(a == "Maros Sefcovic" for a, _, _ in got), got
    assert not any(t == "X" or a == "X" for a, _, t in got), got


def test_a_date_between_verb_and_particle_is_no_particle(extract, extract_learned):
    # "agreed on Saturday to a ceasefire": "on Saturday" says when; "agree to" is the cue
    text = "India and Pakistan agreed on Saturday to a full and immediate ceasefire after four days of strikes."
    for run in (extract, extract_learned):
        got = labels(run(text))
        assert ("India", "accepts", "ceasefire") in got, got


def test_the_content_of_a_question_is_not_the_askers_act(extract):
    # "questioned why the government had accepted mediation": the government accepted it, not the party
    text = "The Congress party questioned why the government had accepted mediation by Washington."
    got = labels(extract(text))
    assert not any(a == "Congress party" and r == "accepts" for a, r, _ in got), got
    assert ("Government", "accepts", "mediation") in got, got


def test_a_name_parsed_as_a_verb_after_a_title_speaks(extract):
    # "said House Minority Leader Hakeem Jeffries": the parser makes "Hakeem" a verb; the speaker is
    # the person the title holds, not "House Minority Leader"
    text = ('"This bill takes food and health care away from millions of Americans to fund tax breaks for '
            'billionaires," said House Minority Leader Hakeem Jeffries.')
    got = labels(extract(text))
    assert any(a == "Hakeem Jeffries" for a, _, _ in got), got
    assert not any("Leader" in a for a, _, _ in got), got


def test_whom_one_tells_is_no_target(extract, extract_learned):
    # "told reporters": the audience, never what the quotation is about, nor the narration between its parts
    text = ('"We are going to get this done," House Speaker Mike Johnson told reporters. '
            '"The American people are counting on us."')
    for run in (extract, extract_learned):
        got = labels(run(text))
        assert not any(t == "reporters" for _, _, t in got), got


def test_a_public_programme_is_an_issue_not_a_speaker(extract):
    # "Medicaid", tagged an organisation, had become the speaker of "they" in the next sentence
    text = ('The four hardliners had blocked the measure on Friday, demanding deeper cuts to Medicaid. '
            'They voted "present" on Sunday after winning what they described as "significant changes".')
    got = labels(extract(text))
    assert not any(a == "Medicaid" for a, _, _ in got), got
    assert any(a == "Hardliners" and r == "demands" and "Medicaid" in (t or "") for a, r, t in got), got


def test_what_an_object_is_called_is_no_target(extract, extract_learned):
    # "calling it a fantastic victory" calls the result so: the result is what is welcomed; "as wishful
    # thinking" is the verdict on the demand, not what is rejected
    text = ('Hungarian Prime Minister Viktor Orban welcomed the result, calling it "a fantastic victory". '
            'The spokesman dismissed the demand as "wishful thinking".')
    for run in (extract, extract_learned):
        got = labels(run(text))
        assert ("Viktor Orbán", "supports", "result") in got, got
        assert not any(t in {"fantastic victory", "cooperation"} for _, _, t in got), got
    got = labels(extract_learned(text))
    assert not any(r == "rejects" and t == "wishful thinking" for _, r, t in got), got


def test_the_speakers_own_body_announces_the_speakers_act(extract):
    # "said his government would reopen the crossings": the speaker's side's act, proposed; and a body
    # ("her party") is no thing whose effect the speaker only forecasts
    got = labels(extract("Netanyahu said his government would reopen the crossings."))
    assert ("Benjamin Netanyahu", "proposes", "reopen crossings") in got, got
    got = labels(extract("Rachel Reeves said her party would scrap the tax."))
    assert any(a == "Rachel Reeves" and r == "proposes" for a, r, _ in got), got


def test_the_act_an_object_is_kept_from_is_the_target(extract):
    # "blocked the administration from revoking ...": the revocation is opposed, not the administration
    text = ("A federal judge on Friday temporarily blocked the Trump administration from revoking Harvard "
            "University's ability to enrol international students.")
    got = labels(extract(text))
    assert any(r == "opposes" and t and t.startswith("revocation") for _, r, t in got), got
    assert not any(t == "United States" for _, _, t in got), got


def test_an_owners_phrase_keeps_its_head(extract):
    # a long phrase cut to its head and left modifiers kept the owner and lost the head
    text = "Judge Allison Burroughs blocked the Trump administration's bid to bar Harvard from enrolling foreign students."
    got = labels(extract(text))
    assert any(t == "Trump administration's bid" for _, _, t in got), got


def test_the_university_is_the_one_named_so(extract):
    # "the university said in its lawsuit", long after "Harvard University" was named
    text = ("The Department of Homeland Security said it was ending Harvard University's certification. "
            "Judge Allison Burroughs issued an order after Harvard sued. Harvard President Alan Garber said "
            "Harvard would fight. Secretary Kristi Noem accused Harvard of fostering violence. Noem said "
            "universities should take this as a warning. "
            '"The government has sought to erase a quarter of our student body," the university said in its lawsuit.')
    got = labels(extract(text))
    assert any(a == "Harvard University" for a, _, _ in got), got
    assert not any(a.lower() == "university" for a, _, _ in got), got


def test_quotations_in_single_marks_and_guillemets_are_credited(extract_learned):
    # an outlet that quotes in single marks; guillemets, which the parser read as a noun
    text = ("Badenoch attacks government\n\n"
            "The Conservative leader, Kemi Badenoch, said the government had been caught unprepared. "
            "'They have no plan for growth,' she said.\n\n"
            "«Europe must defend its interests», said Germany's chancellor, Friedrich Merz.")
    quoted = {(st.actor.label, st.quote.text) for st in extract_learned(text) if st.quote is not None}
    assert ("Kemi Badenoch", "They have no plan for growth,") in quoted, quoted
    assert ("Friedrich Merz", "Europe must defend its interests") in quoted, quoted


def test_a_digests_signposts_frame_nothing(extract_learned):
    # Axios-style signposts: "What they're saying:" had framed Thune's act as said by "they"
    text = ("Senate Republicans split over Medicaid\n\n"
            "Why it matters: Thune can afford to lose only three votes, and four GOP senators have raised objections.\n\n"
            "What they're saying: Thune defended the House-passed provisions as \"common-sense reforms\" that target "
            "waste and fraud.\n"
            "- Senate Minority Leader Chuck Schumer called the bill \"a betrayal of working families.\"")
    got = labels(extract_learned(text))
    assert any(a == "John Thune" and r == "supports" for a, r, _ in got), got
    assert not any(a == "GOP senators" for a, _, _ in got), got
    assert ("Chuck Schumer", "opposes", "bill") in got, got


def test_an_act_recounted_of_the_other_side_is_not_the_speakers(extract):
    # "Medinsky said Ukraine had asked for a meeting": Ukraine's demand, told of; Medinsky voices nothing
    text = "Kremlin aide Vladimir Medinsky said Moscow was satisfied. He said Ukraine had asked for a direct meeting of the two leaders."
    got = labels(extract(text))
    assert any(a == "Ukraine" and r == "demands" for a, r, _ in got), got
    assert not any(a == "Vladimir Medinsky" and r == "demands" for a, r, _ in got), got


def test_a_headlines_countries_listed_without_and_each_act(extract_learned):
    text = "Russia, Ukraine agree prisoner swap at first direct talks in three years\n\nThe talks were held in Istanbul."
    got = labels(extract_learned(text))
    assert ("Russia", "accepts", "prisoner swap") in got and ("Ukraine", "accepts", "prisoner swap") in got, got


def test_an_undated_role_is_not_the_holder_of_another_period(extract):
    # beside Kerry, Lavrov and Obama (2013-17), "the US envoy" is not the gazetteer's envoy of 2025
    text = ("US Secretary of State John Kerry met Russia's Foreign Minister Sergei Lavrov and President Barack Obama. "
            "The US envoy urged both sides to accept a ceasefire.")
    got = labels(extract(text))
    assert not any(a == "Steve Witkoff" for a, _, _ in got), got


def test_not_far_enough_and_too_far_are_verdicts_against(extract, extract_learned):
    cases = [("Rep. Chip Roy said the bill still did not go far enough.", ("Chip Roy", "opposes", "bill")),
             ("Labour said the proposals went too far.", ("Labour Party", "opposes", "proposals"))]
    for text, expected in cases:
        for run in (extract, extract_learned):
            assert expected in labels(run(text)), labels(run(text))
    assert not labels(extract("The talks went far beyond trade."))


def test_more_cues_of_stance(extract):
    cases = [("The minister hit back at critics of the plan.", "opposes"),
             ("The president touted the trade deal.", "supports"),
             ("Beijing bristled at the new restrictions.", "opposes"),
             ("Kyiv balked at the proposal.", "rejects")]
    for text, relation in cases:
        got = labels(extract(text))
        assert any(r == relation for _, r, _ in got), (text, got)


def test_cues_of_embracing_calling_out_and_scoffing(extract):
    cases = [("Labour embraced the reforms.", "supports"),
             ("The senator called out the administration over the cuts.", "opposes"),
             ("Mayor Sadiq Khan scoffed at the plan.", "rejects")]
    for text, relation in cases:
        got = labels(extract(text))
        assert any(r == relation for _, r, _ in got), (text, got)
