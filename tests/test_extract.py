"""Real sentences → expected statements, one case per pattern. None of these
sentences is from the seed articles: they are from PolNeAR / PETRARCH-style
news or written for the test."""
from __future__ import annotations

import pytest

from conftest import issue, triples

CASES = [
    # verbal cue, named actor, vocabulary topic
    ("Iranian President Hassan Rouhani rejected calls for new sanctions on Tuesday.",
     {"published": "2015-06-02"}, ("Hassan Rouhani", "rejects", "sanctions")),
    # phrasal cue
    ("Angela Merkel called for a ceasefire in eastern Ukraine.", {}, ("Angela Merkel", "demands", "ceasefire")),
    # object control: the addressee is not the actor
    ("Ban Ki-moon urged Israel to accept a truce.", {}, ("Ban Ki-moon", "demands", "ceasefire")),
    # negation that is a position
    ("Hamas did not accept the truce.", {}, ("Hamas", "rejects", "ceasefire")),
    # "not rule out" -> accepts
    ("Sergei Lavrov said Russia did not rule out new talks with Kiev.", {}, ("Sergei Lavrov", "accepts", "peace talks")),
    # role phrase resolved by the gazetteer on the article's date
    ("The Russian president offered direct negotiations with Georgia.", {"published": "2009-03-01"},
     ("Dmitry Medvedev", "proposes", "peace talks")),
    # role learnt from the document itself
    ("Jen Psaki, the State Department spokeswoman, praised Poland. The spokeswoman also condemned the attacks.", {},
     ("Jen Psaki", "opposes", "attacks")),
    # passive with agent
    ("The nuclear deal was rejected by Israel.", {}, ("Israel", "rejects", "nuclear deal")),
    # nominal cue with possessive actor
    ("Diplomats studied Turkey's offer of peace talks.", {}, ("Turkey", "proposes", "peace talks")),
    # consults with an actor target
    ("John Kerry met with Sergei Lavrov in Geneva.", {}, ("John Kerry", "consults", "Sergei Lavrov")),
    # accusation
    ("Barack Obama accused Russia of violating the agreement.", {}, ("Barack Obama", "accuses", "Russia")),
    # capital as metonym, spelling variant
    ("Kiev welcomed the truce.", {}, ("Ukraine", "supports", "ceasefire")),
    # speaker credited for reported speech of its own country
    ("Ukraine expects a ceasefire soon, Petro Poroshenko said.", {}, ("Petro Poroshenko", "demands", "ceasefire")),
    # evaluative description of an issue: positive -> supports, negative -> opposes
    ("German Chancellor Angela Merkel described the peace plan as a positive step.", {},
     ("Angela Merkel", "supports", "peace deal")),
    ("Turkish President Recep Tayyip Erdogan called the sanctions useless.", {},
     ("Recep Tayyip Erdogan", "opposes", "sanctions")),
    # light verb + nominal cue, the target on the verb's preposition
    ("The EU foreign ministers expressed their solidarity with Greece.", {},
     ("EU foreign ministers", "supports", "Greece")),
    ("French President Francois Hollande reiterated his commitment to supporting the rebels.", {},
     ("François Hollande", "supports", "rebels")),
    # "accept X or face Y": the alternative is a threat to the same addressee
    ("President Barack Obama told Iran to accept the nuclear deal or face new sanctions.", {},
     ("Barack Obama", "threatens", "sanctions")),
    # the possibility that is not ruled out is the target
    ("Abbas said he could not rule out the possibility that both sides would reach a truce.", {},
     ("Mahmoud Abbas", "accepts", "ceasefire")),
    # a relative clause's act belongs to its antecedent
    ("Mr. Obama, who has opposed the settlement expansion, met Mr. Netanyahu on Monday.", {},
     ("Barack Obama", "opposes", "settlement expansion")),
    # a verdict on an attempt is a verdict on the act, even when "attempts" is parsed as a verb
    ("Lavrov reiterated that attempts to pressure Moscow would be ineffective.", {},
     ("Sergei Lavrov", "opposes", "pressure Russia")),
    ("Beijing portrayed the arms sale as a serious mistake.", {}, ("China", "opposes", "arms supplies")),
    # reported wrongdoing of a named actor is an accusation
    ("Israel said Hamas had violated the truce by firing rockets.", {}, ("Israel", "accuses", "Hamas")),
    ("Pakistan reported 30 violations by India along the Line of Control.", {}, ("Pakistan", "accuses", "India")),
    ("Azerbaijan's defence ministry claimed Armenia committed 25 violations overnight.", {},
     ("Azerbaijan's defence ministry", "accuses", "Armenia")),
    # a stated goal is supported; a quoted "no more X" / "enough with X" opposes X
    ('"The main task is to restore the ceasefire," Ban Ki-moon said.', {}, ("Ban Ki-moon", "supports", "ceasefire")),
    ("Our priority is to secure a ceasefire in Gaza, Kerry said.", {}, ("John Kerry", "supports", "ceasefire")),
    ('"No more sanctions," Lukashenko told reporters in Minsk.', {}, ("Alexander Lukashenko", "opposes", "sanctions")),
    # an act that undoes an issue is its own target: a demand to lift sanctions is no support for them
    ("Iran urged the West to lift the sanctions.", {}, ("Iran", "demands", "lifting of sanctions")),
    ("Tehran demanded the lifting of sanctions.", {}, ("Iran", "demands", "lifting of sanctions")),
    ("NATO told Moscow to withdraw its troops.", {}, ("NATO", "demands", "troop withdrawal")),
    ("Moscow demanded a cessation of arms supplies to Kyiv.", {}, ("Russia", "demands", "halt of arms supplies")),
    # coordinated targets each get the statement
    ("The Arab League called for a ceasefire and direct talks.", {}, ("Arab League", "demands", "peace talks")),
    ("Obama warned that Iran would face new sanctions and diplomatic isolation.", {},
     ("Barack Obama", "threatens", "diplomatic isolation")),
    # a nominal act whose actor is an adjective, or a by-phrase attached lower
    ("By contrast, Israel agreed in March to an American proposal for an unconditional truce.", {},
     ("United States", "proposes", "ceasefire")),
    ("Abbas did not mention the call for a ceasefire by Arab leaders.", {}, ("Arab leaders", "demands", "ceasefire")),
    # light verb + noun with its issue on "over" or in a that-clause
    ("The United Nations expressed concern over new sanctions on Iran.", {}, ("United Nations", "opposes", "sanctions")),
    ("Mr. Blair expressed hope that the talks would lead to a lasting peace agreement.", {},
     ("Tony Blair", "supports", "peace deal")),
    # a threat whose content is the act threatened
    ("Russia threatened to veto the resolution on Syria.", {}, ("Russia", "threatens", "veto resolution on Syria")),
    ("Mr. Abbas vowed to continue the peace process.", {}, ("Mahmoud Abbas", "supports", "peace efforts")),
    # the name in apposition beats the role held on the article's date
    ("Venezuela's president, Hugo Chavez, condemned the coup attempt in Bolivia.", {"published": "2025-01-01"},
     ("Hugo Chávez", "opposes", "coup attempt")),
    # the act, not its object, when the verb does more than carry it
    ("British Prime Minister Theresa May suggested that Britain would leave the single market.", {},
     ("Theresa May", "proposes", "leave single market")),
    ("Mr. Trump has called for taxing so-called pass-through income at a new lower rate.", {},
     ("Donald Trump", "demands", "taxing so-called pass-through income")),
    # a negated complement flips the commitment
    ("Ban Ki-moon vowed not to repeat that mistake.", {}, ("Ban Ki-moon", "opposes", "repeat mistake")),
    ("Sen. Ted Cruz is endorsing Donald Trump's presidential campaign.", {},
     ("Ted Cruz", "supports", "Donald Trump's presidential campaign")),
    ("BRUSSELS - European leaders called for new sanctions on Friday.", {}, ("European leaders", "demands", "sanctions")),
    # an actor described by a modifier is an issue
    ("Netanyahu said on Sunday that Israel would not accept a nuclear-armed Iran.", {},
     ("Benjamin Netanyahu", "rejects", "nuclear-armed Iran")),
    # rejecting a criticism is not rejecting what it criticises
    ("Chinese officials have repeatedly rejected U.S. criticism of their currency policy.", {},
     ("Chinese officials", "rejects", "criticism of currency policy")),
    ("Kofi Annan called on both sides to lay down their arms.", {}, ("Kofi Annan", "demands", "lay down arms")),
    ("Britain's foreign secretary, William Hague, praised the Libyan rebels for their courage.", {},
     ("William Hague", "praises", "Libyan rebels")),
    ("Turkey condemned the Israeli raid on the aid flotilla as state terrorism.", {},
     ("Turkey", "opposes", "Israeli raid on aid flotilla")),
    ("Washington has long opposed the construction of Israeli settlements in the West Bank.", {},
     ("United States", "opposes", "construction of Israeli settlements in West Bank")),
    # a name the small model tags as an organisation, in apposition to a role, is that person
    ("France's foreign minister, Laurent Fabius, said Paris would support military strikes against Syria.", {},
     ("Laurent Fabius", "supports", "military action")),
    # what is supplied, not whom
    ("Poroshenko urged NATO to supply Ukraine with weapons.", {}, ("Petro Poroshenko", "demands", "arms supplies")),
    ("Officials in Seoul said Pyongyang had agreed to return to the negotiating table.", {},
     ("North Korea", "accepts", "peace talks")),
    # a role noun the small model tags as an organisation; a government by another name
    ("Iran's supreme leader rejected direct talks with Washington, state media reported.", {"published": "2009-01-10"},
     ("Ali Khamenei", "rejects", "peace talks")),
    ("The Israeli cabinet approved the truce on Thursday.", {}, ("Israel", "accepts", "ceasefire")),
    # a role phrase resolved to the person just named who holds it
    ("Lavrov and Kerry met in Geneva. The Russian minister also criticized the Syrian opposition.",
     {"published": "2013-05-01"}, ("Sergei Lavrov", "opposes", "Syrian opposition")),
    # a finite conjunct the parser hung on an infinitive belongs to the finite verb above
    ("Iran expects the West to lift the sanctions soon and announced its readiness to resume talks, "
     "Hassan Rouhani said on Sunday.", {}, ("Hassan Rouhani", "accepts", "peace talks")),
    ("Iran expects the West to lift the sanctions soon and announced its readiness to resume talks, "
     "Hassan Rouhani said on Sunday.", {}, ("Hassan Rouhani", "demands", "lifting of sanctions")),
    # a predicate adjective names the issue with its subject
    ("Medvedev insisted that Georgia remain neutral.", {}, ("Dmitry Medvedev", "demands", "neutrality")),
    ("The EU wants Serbia to stay calm.", {}, ("European Union", "demands", "calm Serbia")),
    ("Hillary Clinton wants to make in-state tuition free.", {}, ("Hillary Clinton", "supports", "free in-state tuition")),
    # "use X to VERB": the user acts, not X
    ('"We will not allow it," said Lavrov, who has repeatedly used such remarks to oppose '
     "Georgia's aspirations to join NATO.", {}, ("Sergei Lavrov", "opposes", "NATO membership")),
    # a stance noun with "against" / "for"
    ("Lavrov spoke in Moscow, restating his long-standing position against Georgia's bid to join NATO.", {},
     ("Sergei Lavrov", "opposes", "NATO membership")),
    ("Amnesty International continued its campaign for the release of political prisoners.", {},
     ("Amnesty International", "supports", "release of political prisoners")),
    ('Iranian President Hassan Rouhani has instead sought to hold direct and "unconditional" talks with the United States.',
     {}, ("Hassan Rouhani", "demands", "peace talks")),
    ("Tehran also expressed a desire for a longer truce.", {}, ("Iran", "supports", "ceasefire")),
    # causatives that entail the act
    ("The sanctions prompted Iran to signal its willingness to engage in direct talks.", {},
     ("Iran", "accepts", "peace talks")),
    # a collective of a group is the group
    ("The leaders of France, Germany and Italy met in Rome. The coalition of leaders reiterated their commitment "
     "to supporting Greece.", {}, ("European leaders", "supports", "Greece")),
]


@pytest.mark.parametrize("text,meta,expected", CASES, ids=[c[2][1] + ":" + c[0][:40] for c in CASES])
def test_sentence(extract, text, meta, expected):
    assert expected in triples(extract(text, **meta))


def test_if_clause_produces_nothing(extract):
    # the act inside an if-clause is hypothetical
    got = triples(extract("If Iran rejects the nuclear deal, the talks will collapse."))
    assert ("Iran", "rejects", "nuclear deal") not in got


def test_negation_that_cancels(extract):
    assert not [s for s in extract("Merkel did not propose new sanctions.") if s.relation.value == "proposes"]


def test_threat_with_addressee(extract):
    sts = extract("The European Union warned that Russia would face new sanctions if it did not withdraw.")
    threats = [s for s in sts if s.relation.value == "threatens"]
    assert threats and threats[0].actor.label == "European Union"
    assert threats[0].target.label == "sanctions" and threats[0].addressee.label == "Russia"


def test_condition(extract):
    sts = extract("Benjamin Netanyahu said Israel would accept a truce only if Hamas released the hostages.")
    cond = [s for s in sts if s.relation.value == "conditions"]
    assert cond and cond[0].actor.label == "Benjamin Netanyahu"
    assert issue(cond[0].target) == "prisoner exchange"


def test_condition_with_only_before_the_verb(extract):
    sts = extract("Union leader Mark Serwotka said he would only accept the offer if ministers scrapped the pay freeze.")
    cond = [s for s in sts if s.relation.value == "conditions"]
    assert cond and "pay freeze" in cond[0].target.label and issue(cond[0].condition_of) == "offer"


def test_group_of_leaders(extract):
    sts = extract("The leaders of France, Germany and Italy demanded a ceasefire.", published="2016-01-10")
    s = next(s for s in sts if s.relation.value == "demands")
    assert s.actor.kind == "group" and s.actor.label == "European leaders"
    assert {m.label for m in s.actor.members} == {"François Hollande", "Angela Merkel", "Italy"}


def test_quote_speaker_after(extract):
    text = '"We will never accept this plan," Mahmoud Abbas said on Sunday.'
    sts = extract(text)
    assert sts and all(s.actor.label == "Mahmoud Abbas" for s in sts)
    q = sts[0].quote
    assert q is not None and text[q.start:q.end] == "We will never accept this plan,"


def test_quote_pronoun_speaker_span(extract):
    text = ('Hillary Clinton spoke in Ohio. “The economy is strong and we are ready to build on it,” she said. '
            '“We need more jobs,” she added.')
    sts = extract(text)
    quoted = [s for s in sts if s.quote]
    assert len(quoted) >= 2
    for s in quoted:
        assert s.actor.label == "Hillary Clinton"
        assert text[s.actor_span.start:s.actor_span.end] == "she"


def test_split_quote(extract):
    text = '"The talks are over," Lavrov said, "and we will respond."'
    sts = extract(text)
    assert {s.actor.label for s in sts if s.quote} == {"Sergei Lavrov"}


def test_typewriter_quotes():
    from kg.extract.quotes import find_quotes

    text = "``We want peace,'' he said. \"Now,\" she added. “Curly” too."
    got = [q.content.text for q in find_quotes(text)]
    assert got == ["We want peace,", "Now,", "Curly"]


def test_a_headline_quotes_in_single_marks_and_the_body_does_not():
    # BBC and US headline style (train: "Council tax rise 'reasonable'", "Sanders: ‘It Is Not A Radical Idea’")
    from kg.extract.quotes import find_quotes

    text = ("Mayor's plan for library closure 'a betrayal' says union; ‘We Will Fight’\n\n"
            "The union's leader said the 'consultation' had been a sham, and members' anger was growing.")
    assert [q.content.text for q in find_quotes(text)] == ["a betrayal", "We Will Fight"]


def test_a_headline_quotation_is_credited_to_its_speaker(extract_learned):
    # written for this test, after the train headline "In pushback to U.S., China says 'has no fear of trouble'"
    text = ("Teachers' union says pay offer 'an insult'\n\n"
            "The National Union of Teachers rejected the government's pay offer on Monday.")
    sts = [s for s in extract_learned(text) if s.quote is not None and s.quote.text == "an insult"]
    assert sts and "union" in sts[0].actor.label.lower()


def test_extraction_never_raises_on_odd_text(extract):
    for text in ["", " ", "\"", "“unclosed", "\u202eRTL ‏עברית said \"x\"", "😀 said 😀.", "a\u0301" * 50, "<script>x</script> said"]:
        extract(text)


def test_quote_rests_on_the_position_not_on_says(extract):
    # the speaker's quote in a sentence where the speaker takes a position is that
    # statement's quote; no extra "says" statement
    sts = extract('Netanyahu called the accord "a historic mistake" and urged Congress to reject it.')
    rels = {s.relation.value for s in sts if s.actor.label == "Benjamin Netanyahu"}
    assert "says" not in rels
    assert any(s.quote is not None and s.quote.text == "a historic mistake" for s in sts)


def test_journalist_verdict_is_not_a_statement(extract):
    # an evaluation with no speaker is the writer's claim
    assert all(s.relation.value != "opposes" for s in extract("The sanctions against Iran were useless."))


def test_dash_credit_names_the_speaker(extract):
    # vox pops and epigraphs: '"..." ― Name' on its line
    sts = extract('"We are tired of the war and want our sons home." ― Olena Kovalenko\n'
                  '"Nobody asked us." ― Ivan Petrenko')
    speakers = {s.quote.text[:10]: s.actor.label for s in sts if s.quote is not None}
    assert speakers == {"We are tir": "Olena Kovalenko", "Nobody ask": "Ivan Petrenko"}


def test_attribution_after_a_quote_that_ends_the_sentence(extract):
    sts = extract('Hillary Clinton spoke first. "A potentially great day for America!" Obama posted on Twitter.')
    assert [s.actor.label for s in sts if s.quote is not None] == ["Barack Obama"]


def test_coordinated_actors_each_get_the_statement(extract):
    got = triples(extract("Both Russia and Ukraine expressed openness to negotiations."))
    assert {("Russia", "accepts", "peace talks"), ("Ukraine", "accepts", "peace talks")} <= got


def test_title_case_headline_is_parsed_in_sentence_case(extract):
    from kg.extract.headlines import for_parser
    from kg.lexicon import load_lexicon

    text = "Merkel Urges Iran to Accept Nuclear Deal or Face New Sanctions\n\nThe body of the article."
    assert for_parser(text, load_lexicon()) == (
        "Merkel urges Iran to accept nuclear deal or face new sanctions.\nThe body of the article.")
    got = extract(text)
    assert ("Angela Merkel", "demands", "nuclear deal") in triples(got)
    s = next(s for s in got if s.relation.value == "demands")
    assert s.sentence.text.startswith("Merkel Urges Iran")  # offsets and text are the original's


def test_compliance_with_a_demand_is_the_demand(extract):
    assert ("Barack Obama", "demands", "ceasefire") in triples(
        extract("Obama urged compliance with the demand for an immediate ceasefire."))


def test_converse_with_is_consulting(extract):
    assert ("Vladimir Putin", "consults", "Recep Tayyip Erdogan") in triples(
        extract("Putin said he would converse with Erdogan to finalize the arrangements."))


def test_evaluation_as_phrase_attached_low(extract):
    got = extract('Merkel described the Iranian proposal to resume talks as a "positive sign," Reuters reported.')
    assert ("Angela Merkel", "supports", "peace talks") in triples(got)


def test_participle_clause_takes_the_main_subject(extract):
    got = triples(extract('Israel had dismissed the earlier truce as a "theatrical show," insisting on a longer ceasefire.'))
    assert ("Israel", "demands", "ceasefire") in got and ("Israel", "rejects", "ceasefire") in got


def test_quote_in_an_embedded_clause_belongs_to_the_reporter(extract):
    sts = extract('Foreign Minister Sergei Lavrov remarked that Moscow would need to "study the offer," '
                  'yet warned that attempts to pressure Russia would be "quite useless."')
    assert {s.actor.label for s in sts if s.quote is not None} == {"Sergei Lavrov"}


def test_third_party_act_inside_a_quote_keeps_the_speakers_says(extract):
    sts = extract('"The United Nations has passed five resolutions condemning the tests," said Victor Cha, a scholar.')
    says = [s for s in sts if s.relation.value == "says"]
    assert says and says[0].actor.label == "Victor Cha"


def test_a_quotations_sentence_is_trimmed_as_every_sentence_is(extract):
    # written for this test, after a 2025 Al Jazeera-style story: a quotation ending its paragraph;
    # a span with the blank line after it was a second sentence to the scorer and to dedupe
    text = ('Prime Minister Benjamin Netanyahu spoke on Sunday. His office said in a statement that Israel '
            '"will reject any deal that leaves Hamas in power" until its war aims are achieved.\n\n'
            'Qatar said talks would resume.')
    sts = [s for s in extract(text) if s.quote is not None]
    assert sts and all(s.sentence.text == s.sentence.text.strip() for s in sts)


def test_quote_attribution_quote_is_one_quotation(extract):
    text = ('"Now is the time for all good leaders to help," said Don Fowler, who led the party from 1995 to 1997 '
            'and has backed Hillary Clinton since her first campaign. "We need a plan for the convention."')
    quoted = [s for s in extract(text) if s.quote is not None]
    assert quoted and all(s.actor.label == "Don Fowler" for s in quoted)
    whole = max((s.quotation or s.quote for s in quoted), key=lambda q: q.end - q.start)
    assert whole.text.startswith("Now is the time") and whole.text.endswith("convention.")


def test_nationality_adjectives_in_a_coordination_are_not_actors(extract):
    got = extract("French President Francois Hollande, German Chancellor Angela Merkel and British and Italian "
                  "prime ministers David Cameron and Matteo Renzi pledged to support Greece.")
    assert {s.actor.label for s in got} == {"François Hollande", "Angela Merkel", "David Cameron", "Matteo Renzi"}


def test_possessive_goal_gives_the_actor(extract):
    got = triples(extract("European foreign ministers met in Paris on Monday. "
                          "Their objective was to press Iran into accepting an unconditional truce."))
    assert ("European foreign ministers", "demands", "ceasefire") in got


def test_possessive_pronoun_is_the_actor_of_a_nominal_cue(extract):
    got = triples(extract("Angela Merkel spoke in Berlin. Her call for a truce was ignored by Moscow."))
    assert ("Angela Merkel", "demands", "ceasefire") in got


def test_adverbial_clause_under_a_proposal_states_its_own_act(extract):
    got = triples(extract("Iran proposes direct talks with Israel after Lebanon and European leaders called for a 30-day truce"))
    assert ("European leaders", "demands", "ceasefire") in got and ("Iran", "proposes", "peace talks") in got


def test_demanded_act_is_still_not_performed(extract):
    # the object-control complement stays irrealis: Iran did not accept anything
    got = triples(extract("Merkel urged Iran to accept the truce before the talks began."))
    assert ("Iran", "accepts", "ceasefire") not in got


def test_actor_target_is_not_taken_from_a_later_clause(extract):
    got = triples(extract("France is consulting with partners on how to support Ukraine with troops, Macron said."))
    assert not any(rel == "consults" and target == "Ukraine" for _, rel, target in got)
    assert ("Vladimir Putin", "praises", "North Korea") in triples(extract("Vladimir Putin praised the role of North Korean troops."))


def test_a_modifier_alias_does_not_name_the_topic(extract):
    """"settlement expansion" is not a settlement (peace deal); "ceasefire deal" is a ceasefire."""
    got = triples(extract("Hillary Clinton condemned the settlement expansion. Kerry welcomed the ceasefire deal."))
    assert ("Hillary Clinton", "opposes", "settlement expansion") in got
    assert ("John Kerry", "supports", "ceasefire") in got


def test_the_journalists_account_of_an_attack_accuses_nobody(extract):
    assert not [t for t in triples(extract("Russian forces attacked Kharkiv on Sunday.")) if t[1] == "accuses"]
    assert not [t for t in triples(extract("The ministry denied that Syria had used chemical weapons."))
                if t[1] == "accuses"]


def test_a_demand_to_lift_sanctions_is_not_support_for_them(extract):
    got = triples(extract("Iran urged the West to lift the sanctions."))
    assert not [t for t in got if t[2] == "sanctions"]


def test_fragments_quoted_apart_are_not_one_quotation(extract):
    """Two fragments in one sentence, the second inside the phrase of a position."""
    sts = extract('Lavrov remarked that Moscow would "study the offer," yet warned that attempts to '
                  'pressure Russia would be "entirely futile."')
    opp = [s for s in sts if s.relation.value == "opposes"]
    assert opp and opp[0].quote is not None and opp[0].quote.text == "entirely futile."


def test_no_object_cancels_the_act(extract):
    assert not [t for t in triples(extract("Trump offered no proof of the claim.")) if t[1] == "proposes"]


def test_someone_else_acting_in_a_quote_is_not_the_speaker(extract):
    got = triples(extract('"Anyone who cannot condemn the violence lacks moral clarity," Trump said.'))
    assert not [t for t in got if t[0] == "Donald Trump" and t[1] in {"supports", "opposes"}]
    got = triples(extract('"Trump must stop portraying Latinos as dangerous gangsters," Carla Sanchez said.'))
    assert not [t for t in got if t[1] == "opposes"]


def test_negation_reaches_through_the_phrase_an_act_fills(extract):
    got = triples(extract("Merkel said Germany was not in the habit of supporting sanctions."))
    assert ("Angela Merkel", "opposes", "sanctions") in got or ("Germany", "opposes", "sanctions") in got
    assert not [t for t in got if t[1] == "supports"]


def test_no_longer_negates(extract):
    # written for this test in the style of wire news
    got = triples(extract("Kenya said it would no longer accept loans tied to the scheme."))
    assert ("Kenya", "rejects", "loans") in got and not [t for t in got if t[1] == "accepts"]


def test_who_is_asked_or_reproached_does_not_take_the_position(extract):
    assert not [t for t in triples(extract("Asked to support the ceasefire, Netanyahu said he would study it."))
                if t[1] == "supports"]
    got = triples(extract("Trump criticized Obama for not condemning the attack."))
    assert ("Donald Trump", "opposes", "Barack Obama") in got
    assert not [t for t in got if t[0] == "Barack Obama"]
    got = triples(extract("He attacked other candidates on stage for accepting the donations."))
    assert not [t for t in got if t[1] == "accepts"]
    assert not [t for t in triples(extract("Speaking at a rally, Trump said he was making a demand of Obama."))
                if t[1] == "demands"]


def test_an_act_discussed_with_how_to_is_not_done(extract):
    got = triples(extract("Italy is consulting with partners on how to support the rebels with weapons."))
    assert not [t for t in got if t[1] == "supports"]


def test_a_resolution_condemning_a_government_is_not_the_vetoers_act(extract):
    got = triples(extract("Russia and China vetoed a Security Council resolution condemning the Syrian government."))
    assert ("Russia", "rejects", "Security Council resolution") in got
    assert not [t for t in got if t[2] == "Syria"]


def test_not_unless_is_a_condition(extract):
    sts = extract("Abbas met with Kerry on Monday. He later said he would not return to negotiations "
                  "unless Israel froze settlement building.")
    cond = [s for s in sts if s.relation.value == "conditions"]
    assert cond and cond[0].actor.label == "Mahmoud Abbas"
    assert issue(cond[0].target) == "freeze of settlement building" and issue(cond[0].condition_of) == "peace talks"


def test_an_object_pronoun_is_not_its_clauses_subject(extract):
    sts = extract("Obama spoke with Netanyahu by phone. The president urged him to halt settlement construction.",
                  published="2013-05-01")
    dem = [s for s in sts if s.relation.value == "demands"]
    assert dem and dem[0].actor.label == "Barack Obama" and dem[0].addressee.label == "Benjamin Netanyahu"


def test_wanting_or_expecting_ones_own_act_is_no_demand(extract):
    assert not triples(extract("Mr. Clarke said he expected to sell the coal for at least 50 dollars a ton."))
    got = triples(extract("Trump wants to build a wall on the southern border."))
    assert not [t for t in got if t[1] == "demands"] and [t for t in got if t[1] == "supports"]
    assert ("Ukraine", "demands", "ceasefire") in triples(extract("Ukraine expects Russia to confirm a ceasefire."))


def test_a_purpose_still_to_come_is_not_an_act(extract):
    got = triples(extract("Erdogan said he would soon call Putin to ask for his support in mediating the talks."))
    assert not [t for t in got if t[1] == "demands"]


def test_a_condition_without_object_is_the_actors_act(extract):
    sts = extract("Tehran said it would honor the truce only if Israel complied.")
    cond = [s for s in sts if s.relation.value == "conditions"]
    assert cond and issue(cond[0].target) == "Israel's compliance" and issue(cond[0].condition_of) == "ceasefire"
    assert not [t for t in triples(extract("Merkel urged Russia to accept the plan.")) if t[0] == "Russia"]


def test_the_one_quoted_is_the_speaker(extract):
    sts = extract('"We are working on a common position with our partners," Merkel was quoted as saying by the newspaper.')
    assert sts and sts[0].actor.label == "Angela Merkel" and sts[0].quote is not None


def test_reciprocal_acts_go_both_ways(extract):
    got = triples(extract("Russia and Ukraine accused each other of violating the truce."))
    assert ("Russia", "accuses", "Ukraine") in got and ("Ukraine", "accuses", "Russia") in got



def test_each_position_rests_on_its_part_of_a_long_quotation(extract):
    # one quotation, positions in two of its sentences: each statement carries
    # the part it rests on (a sentence without a position stays with the part before)
    sts = extract('"We reject the proposal outright. It is an insult to our people. We demand an immediate '
                  'ceasefire," the foreign minister, Ahmed Khan, told reporters.')
    parts = {s.relation.value: (s.quotation or s.quote).text for s in sts if s.quote is not None}
    assert parts["rejects"] == "We reject the proposal outright. It is an insult to our people."
    assert parts["demands"].startswith("We demand an immediate ceasefire")


def test_a_quotation_with_one_position_rests_whole_on_it(extract):
    # one quoted passage over two sentences: a sentence end inside it does not cut the quote
    sts = [s for s in extract('"We reject the proposal outright. It is an insult to our people," Ahmed Khan '
                              'told reporters.') if s.relation.value == "rejects"]
    assert [s.quote.text.rstrip(",") for s in sts] == ["We reject the proposal outright. It is an insult to our people"]


def test_a_quote_stops_at_the_reporting_clause_after_its_closing_mark(extract):
    # written for this test, after a US-politics story in train: a quotation that goes on after
    # "the senator said ..." is two pieces; the first sentence's quote is the words before the mark
    text = ('"I apologize to nobody for that," the senator said during the Democratic debate on Saturday. '
            '"When we put money into the hands of working people, they spend it in their towns."')
    first = text.index("Saturday.")
    quoted = [s for s in extract(text) if s.quote is not None and s.quote.start < first]
    assert quoted and {s.quote.text for s in quoted} == {"I apologize to nobody for that"}
    assert all(s.quotation is not None and s.quotation.text.endswith("in their towns.") for s in quoted)


def test_quoted_words_in_an_objects_phrase_are_the_subjects(extract):
    # 'extended an offer of "unconditional dialogue"': the words hang from
    # "extended" through its object; a reporting verb later in the sentence has another speaker
    sts = extract('Prime Minister Narendra Modi extended an offer of “unconditional dialogue” to Pakistan on '
                  'Tuesday, days after opposition leaders urged India to halt the talks.')
    assert {s.actor.label for s in sts if s.quote is not None} == {"Narendra Modi"}


def test_the_noun_of_a_complex_preposition_is_no_topic(extract):
    # "in response to": "response" is an alias of retaliation, but not here
    sts = extract('In response to the sanctions, the Iranian foreign ministry said: "We will study the text."')
    assert [(s.relation.value, s.target.label if s.target else None) for s in sts] == [("says", "sanctions")]


def test_an_unnamed_speakers_label_has_no_article(extract):
    sts = extract('The senior negotiator said: "We will study the text."')
    assert [s.actor.label for s in sts] == ["senior negotiator"]
    assert sts[0].actor_span.text == "The senior negotiator"


def test_a_deadline_for_someone_to_act_is_a_demand_and_the_alternative_a_threat(extract):
    sts = extract("The United Nations set a deadline for Iraq to destroy its missiles or face military action.")
    got = {(s.actor.label, s.relation.value, s.addressee.label if s.addressee else None) for s in sts}
    assert got == {("United Nations", "demands", "Iraq"), ("United Nations", "threatens", "Iraq")}


def test_a_for_to_infinitive_states_no_act(extract):
    # "for Iran to accept": asked of Iran, not done by it
    sts = extract("The leaders of France and Germany announced a Monday deadline for Iran to accept the deal "
                  "or face additional sanctions.")
    assert not any(s.actor.label == "Iran" for s in sts)
    assert {(s.relation.value, s.addressee.label if s.addressee else None) for s in sts} == {
        ("demands", "Iran"), ("threatens", "Iran")}


def test_a_threats_own_if_clause_is_its_trigger_not_its_consequence(extract):
    # the sanctions are what would set the threat off; the test is what is threatened
    sts = extract("North Korea has threatened to conduct a fourth nuclear test if the United Nations imposes new sanctions.")
    assert [(s.actor.label, s.relation.value, issue(s.target)) for s in sts] == [
        ("North Korea", "threatens", "nuclear programme")]
    sts = extract("Iran threatened to close the Strait of Hormuz if the West imposed an oil embargo.")
    assert [issue(s.target) for s in sts] == ["close Strait of Hormuz"]


def test_a_qualified_collective_noun_is_a_group_actor(extract):
    sts = extract("The Syrian opposition rejected the plan.")
    assert [(s.actor.label, s.actor.kind, s.relation.value) for s in sts] == [("Syrian opposition", "group", "rejects")]
    # the cue noun itself stays a cue
    assert [s.relation.value for s in extract("Russia voiced its opposition to the plan.")] == ["opposes"]


def test_a_condition_agreed_to_is_the_act_agreed(extract):
    sts = extract("The Syrian opposition said it would attend the Geneva talks only if President Bashar al-Assad "
                  "agreed to step down.")
    assert [(s.actor.label, s.relation.value, s.target.label) for s in sts] == [
        ("Syrian opposition", "conditions", "Bashar al-Assad's resignation")]


def test_concern_about_an_issue_opposes_it(extract):
    sts = extract("Germany is concerned about the escalation in Syria.")
    assert [(s.actor.label, s.relation.value, s.target.label) for s in sts] == [("Germany", "opposes", "escalation")]


def test_refusing_to_recognise_an_annexation_is_no_stance_against_territorial_integrity(extract):
    sts = extract('"We will never recognize the annexation of Crimea," Poroshenko told parliament.')
    assert [(s.actor.label, s.relation.value, s.target.label) for s in sts] == [
        ("Petro Poroshenko", "rejects", "annexation")]


def test_a_common_noun_is_not_a_namesakes_alias(extract):
    # "ban" is not Ban Ki-moon; "Ban" still is
    sts = extract("Donald Trump proposed a ban on Muslim immigration.", published="2016-06-01")
    assert [(s.actor.label, s.relation.value, s.target.label) for s in sts] == [
        ("Donald Trump", "proposes", "ban on Muslim immigration")]
    assert [s.actor.label for s in extract("Ban urged restraint.", published="2010-06-01")] == ["Ban Ki-moon"]


def test_blocking_opposes(extract):
    sts = extract("Senate Majority Leader Mitch McConnell said Republicans would block any nominee the president "
                  "put forward.", published="2016-03-01")
    assert [(s.relation.value, s.target.label) for s in sts] == [("opposes", "nominee")]
    assert sts[0].actor.label in {"Mitch McConnell", "Republicans"}


def test_the_one_warned_is_the_pronoun_that_would_pay(extract):
    sts = extract("Pyongyang warned Seoul that it would pay a heavy price for the drills.", published="2014-06-01")
    assert [(s.actor.label, s.relation.value, s.addressee.label if s.addressee else None) for s in sts] == [
        ("North Korea", "threatens", "South Korea")]


def test_a_ministry_named_by_demonym_is_that_states_ministry(extract):
    sts = extract("The Iranian foreign ministry condemned the attack.", published="2015-06-01")
    assert [(s.actor.label, s.actor.kind, s.relation.value, s.target.label) for s in sts] == [
        ("Iran's foreign ministry", "organisation", "opposes", "attack")]


def test_a_quote_without_an_issue_of_its_own_is_about_the_issue_just_reported(extract):
    sts = extract('The European Union proposed new sanctions against Iran on Monday. '
                  '"This is not the way forward," Zarif told reporters.', published="2015-06-01")
    says = [s for s in sts if s.relation.value == "says"]
    assert [(s.actor.label, s.target.label if s.target else None) for s in says] == [("Mohammad Javad Zarif", "sanctions")]
    # nothing reported before it: no issue
    sts = extract('"Good evening," Zarif told reporters.', published="2015-06-01")
    assert [s.target for s in sts if s.relation.value == "says"] == [None]


def test_a_kind_of_support_is_not_what_is_supported(extract):
    # the small model tags "steadfast" a noun compound; support named by its kind has no target
    sts = extract("Leaders of France and Germany visited Kyiv on Saturday. After the summit, Zelensky thanked the "
                  "leaders for their steadfast support, stating, “Today we will focus on security.”")
    assert not any(s.relation.value == "supports" and s.target is not None and s.target.label == "steadfast" for s in sts)
    # a proposal's compound is its content
    sts = extract("Iran's ceasefire proposal was rejected.")
    assert [(s.actor.label, s.relation.value, s.target.label) for s in sts] == [("Iran", "proposes", "ceasefire")]


def test_a_first_name_before_a_country_makes_a_person(extract):
    # "Jordan" is a country in the gazetteer; "Chuck Jordan" is the police chief
    sts = extract("The U.S. Department of Justice is investigating the shooting. “I will just make this promise to "
                  "you: We will achieve justice in this case,” Tulsa police Chief Chuck Jordan said Monday.",
                  published="2016-09-20")
    assert [(s.actor.label, s.actor.kind, s.relation.value) for s in sts] == [("Chuck Jordan", "person", "says")]
    assert [s.actor.label for s in extract("Jordan rejected the plan.")] == ["Jordan"]


def test_a_split_quote_is_not_governed_by_the_verb_of_its_other_half(extract):
    sts = extract("The spot shows Trump saying during the debate, “That makes me smart,” when Clinton blasted him for "
                  "not paying income tax.\n\n“If he thinks that makes him smart,” the ad’s narrator says, “what does "
                  "he think of you?”", published="2016-10-03")
    sts = [s for s in sts if s.quote is not None and "If he thinks" in s.quote.text]
    assert {s.actor.label for s in sts} == {"ad’s narrator"}


def test_more_reporting_verbs_name_the_speaker(extract):
    sts = extract("“Why aren’t I 50 points ahead?” Clinton wondered aloud.", published="2016-09-27")
    assert [(s.actor.label, s.actor_span.text) for s in sts if s.quote is not None] == [("Hillary Clinton", "Clinton")]


def test_mixed_quote_marks_pair(extract):
    from kg.extract.quotes import find_quotes

    assert [q.content.text for q in find_quotes('"Oz has a huge bully pulpit,” said David Gorski.')] == ["Oz has a huge bully pulpit,"]
    assert [q.content.text for q in find_quotes('“Oz has a huge bully pulpit," said David Gorski.')] == ["Oz has a huge bully pulpit,"]
    sts = extract('"Oz has a huge bully pulpit, with the entire Oprah empire behind him,” said David Gorski, an associate '
                  'professor of surgery at the Wayne State University School of Medicine.')
    assert [(s.actor.label, s.relation.value) for s in sts] == [("David Gorski", "says")]


def test_the_speaker_is_the_verbs_subject_outside_the_quote(extract):
    # the parser gives "said" two subjects: "One" inside the quote and "Cummings"
    sts = extract('"He would be a great senator. Not good, great. One of the brightest members of the entire '
                  'Congress," Rep. Elijah E. Cummings (D-Md.) said in a phone interview.')
    assert [(s.actor.label, s.actor_span.text) for s in sts] == [("Elijah E. Cummings", "Elijah E. Cummings")]


def test_a_spouse_is_not_the_gazetteer_namesake(extract):
    # a two-word name ending in a known surname is that person only as headline furniture ("Globe Putin")
    sts = extract("Michelle Obama praised the plan.", published="2016-07-19")
    assert [s.actor.label for s in sts] == ["Michelle Obama"]


def test_an_age_for_a_name_is_the_person_named_last(extract):
    sts = extract("Melania Trump spoke on Monday. “Donald is, and always has been, an amazing leader,” said the "
                  "46-year-old.", published="2016-07-19")
    assert [(s.actor.label, s.actor_span.text) for s in sts if s.quote is not None] == [("Melania Trump", "46-year-old")]


def test_phrasal_reporting_verbs_name_the_speaker(extract):
    sts = extract("Kelly responded with a smile. “You know, it happens, right?” Trump went on. “But you gotta get over "
                  "it.”", published="2016-05-15")
    assert {s.actor.label for s in sts} == {"Donald Trump"}


def test_wanting_to_be_something_is_no_position(extract):
    sts = extract('"Jeb wants to be a tough guy tonight," Trump shot back.', published="2016-02-07")
    assert [(s.actor.label, s.relation.value) for s in sts] == [("Donald Trump", "says")]
    assert [(s.relation.value, issue(s.target)) for s in extract("Iran wants to be part of the talks.")] == [
        ("supports", "peace talks")]


def test_typewriter_slips_close_a_curly_quote():
    from kg.extract.quotes import find_quotes

    assert [q.content.text for q in find_quotes("“It's unusual,“ said Larry Noble. “It's a hard thing.”")] == [
        "It's unusual,", "It's a hard thing."]
    assert [q.content.text for q in find_quotes('“At this point, I don’t think so," said Don Guardian. '
                                                 '"We’ve made bad mistakes.”')] == [
        "At this point, I don’t think so,", "We’ve made bad mistakes."]


def test_a_titled_name_is_not_the_newspaper_it_shares(extract):
    # "Guardian" is a newspaper in the gazetteer; "Mayor Don Guardian" is a person, and so is "Guardian" after him
    sts = extract("Atlantic City Mayor Don Guardian spoke. “The Taj is having some difficult times now,” Guardian said.",
                  published="2016-07-06")
    assert [(s.actor.label, s.actor_span.text) for s in sts] == [("Don Guardian", "Guardian")]


def test_a_name_after_the_reporting_verb_speaks_whatever_its_tag(extract):
    # the small model tags "Skelly" an adverb; the document named Mike Skelly before
    sts = extract("Mike Skelly, a longtime RNC data operative, vouched for both of them. “Having access to the RNC "
                  "file and two people who understand it is valuable,” said Skelly, explaining he worked more closely "
                  "with Chrabaszcz.", published="2016-01-05")
    quoted = [s for s in sts if s.quote is not None]
    assert [(s.actor.label, s.actor_span.text) for s in quoted] == [("Mike Skelly", "Skelly")]


def test_the_act_an_accusation_alleges_is_nobodys_position(extract):
    sts = extract("Netanyahu accused Iran of seeking nuclear weapons.", published="2014-06-01")
    assert [(s.actor.label, s.relation.value, s.target.label) for s in sts] == [
        ("Benjamin Netanyahu", "accuses", "Iran")]


def test_an_act_without_object_names_its_issue_by_its_noun(extract):
    assert [(s.relation.value, issue(s.target)) for s in extract("Iran agreed to negotiate.")] == [
        ("accepts", "peace talks")]
    # a condition keeps its actor's nominalised act ("Russia's compliance"), not the bare noun
    sts = extract("The Syrian opposition said it would attend the talks only if Assad agreed to resign.")
    assert [(s.relation.value, issue(s.target)) for s in sts] == [("conditions", "Bashar al-Assad's resignation")]


def test_subject_of_a_copula_before_a_quote_is_no_speaker(extract):
    # the quotation is an evaluation the subject receives, not one it makes
    sts = extract('The turnout in the northern towns was "deeply disappointing" for the party.')
    assert not any("turnout" in s.actor.label.lower() for s in sts)
    sts = extract('A senior official told reporters the plan was "dead on arrival".')
    assert any(s.actor.label.lower() == "senior official" and s.quote for s in sts)


def test_he_added_continues_the_previous_speaker(extract):
    # a person named in between, but not as anyone's subject, does not take the quotation
    text = ('"We will cut taxes for working families," said Mark Ellison. The plan was welcomed by business '
            'groups but attacked by Tom Baird. He added: "The economy is fundamentally strong."')
    quoted = [s for s in extract(text) if s.quote and "economy" in s.quote.text]
    assert quoted and all(s.actor.label == "Mark Ellison" for s in quoted)


def test_she_is_not_a_man_named_since(extract):
    # first names give a person's gender (ontology/first_names.tsv): "she" skips Peter Doyle
    text = ('Health Secretary Karen Walsh welcomed the settlement. The "full" sum was announced by Chancellor '
            'Peter Doyle on Monday. She said: "Councils will be able to keep their taxes down."')
    quoted = [s for s in extract(text) if s.quote and "Councils" in s.quote.text]
    assert quoted and all(s.actor.label == "Karen Walsh" for s in quoted)


def test_gender_of_a_person_label():
    from kg.lexicon import load_lexicon

    lex = load_lexicon()
    assert lex.gender_of("Sue Essex") == "f" and lex.gender_of("Gordon Brown") == "m"
    assert lex.gender_of("Mrs Thatcher") == "f" and lex.gender_of("Lord Woolf") == "m"
    assert lex.gender_of("Xi Jinping") is None and lex.gender_of("") is None


def test_the_main_clause_of_a_conditional_threat(extract):
    # GUIDELINES: "the main clause of a conditional can still be one ('... we will respond' -> threatens)"
    sts = extract('"If Congress blocks the deal, we will impose new tariffs on Canada," the president said.')
    assert any(s.relation.value == "threatens" and s.target and "tariffs" in s.target.label
               and s.addressee and s.addressee.label == "Canada" for s in sts)
    sts = extract("Iran will respond if Israel attacks its nuclear sites, the foreign minister said.")
    assert any(s.relation.value == "threatens" and s.actor.label == "Iran" and s.addressee
               and s.addressee.label == "Israel" for s in sts)


def test_straight_marks_pair_by_the_way_they_face():
    # a quotation of several paragraphs run into one line leaves each one open;
    # pairing marks two by two would read the text between quotations as one
    from kg.extract.quotes import find_quotes

    text = 'Mr Hogg said: "We will act now. "We have no choice." Critics called it "reckless" and "rushed".'
    got = [q.content.text for q in find_quotes(text)]
    assert got == ["We will act now.", "We have no choice.", "reckless", "rushed"]


def test_merged_duplicates_keep_the_whole_quotation():
    from kg.extract.document import dedupe
    from kg.records import Actor, Relation, Span, Statement

    sent = Span(0, 60, "x" * 60)
    part, whole = Span(10, 20, "p" * 10), Span(5, 58, "w" * 53)
    a = Actor(label="Mark Ellison", kind="person")
    kept = Statement(doc_id="d", sentence=sent, actor=a, relation=Relation.SAYS, target=None, quote=part,
                     confidence=0.3)
    fallback = Statement(doc_id="d", sentence=sent, actor=a, relation=Relation.SAYS, target=None, quote=whole,
                         confidence=0.05)
    (only,) = dedupe([kept, fallback])
    assert only.confidence == 0.3 and only.quote == whole


def test_a_spokesman_for_an_organisation_speaks_for_it(extract):
    # written for this test, after a train article's 'A spokesman for <law firm> said ...': the last
    # spokesman the article named (Peskov, for the Kremlin) is not the firm's
    text = ('Kremlin spokesman Dmitry Peskov dismissed the leaks as an attack on Russia. '
            'A spokesman for Mossack Fonseca said the allegations that the firm hid money were "entirely false".')
    second = [s for s in extract(text) if s.sentence.start > 70]
    assert second and {s.actor.label for s in second} == {"Mossack Fonseca spokesman"}


def test_a_knight_goes_by_the_first_name(extract):
    # written for this test, after BBC politics train articles ('Sir Digby added: "..."')
    text = ('Sir Digby Jones, the CBI director general, praised the chancellor. '
            'Sir Digby added: "I don\'t think he will raise taxes before the election."')
    assert {s.actor.label for s in extract(text)} == {"Digby Jones"}


def test_the_one_an_agency_quotes_is_the_speaker(extract):
    # written for this test, after a train article's '"...," the semi-official Tasnim quoted <minister>'
    text = ('"The missiles will be delivered by the end of the year," the semi-official Tasnim news agency quoted '
            'Defence Minister Hossein Dehghan as saying.')
    said = [s for s in extract(text) if s.quote is not None]
    assert said and {s.actor.label for s in said} == {"Hossein Dehghan"}


def test_an_office_is_no_he_and_a_first_named_org_is_a_person(extract):
    # written for this test, after a train article: the small model tags 'Bradley Podliska' as an
    # organisation, and an unnamed speaker 'Gowdy's office' had become a person whom 'He' then named
    text = ('Bradley Podliska says he was fired for investigating the agency. "We disagree strongly with those '
            'claims," Gowdy\'s office said in a statement. He said: "They never asked me to focus on anyone but '
            'Hillary Clinton."')
    said = {(s.actor.label, s.actor.kind, s.quote.text[:9]) for s in extract(text) if s.quote is not None}
    assert said == {("Gowdy's office", "organisation", "We disagr"), ("Bradley Podliska", "person", "They neve")}


def test_he_after_a_quotation_is_not_someone_named_inside_it(extract):
    # written for this test, after a train article: 'he continued' after a quotation that names
    # Mr. Trump is the president who was speaking
    text = ('President Barack Obama said on Tuesday that the election would be decided by turnout. '
            '"I don\'t expect that\'s going to change because Mr. Trump\'s got a little more attention than usual," '
            'he continued.')
    said = [s for s in extract(text) if s.quote is not None]
    assert said and {s.actor.label for s in said} == {"Barack Obama"}


def test_a_thing_cited_is_no_speaker(extract):
    # written for this test: 'citing X as Y' names no speaker in X
    text = ('Will urged Republicans to back Christie, citing last week\'s attack as "a wake-up call for '
            'the American people".')
    assert all("attack" not in s.actor.label for s in extract(text))


def test_party_members_of_parliament_are_a_group(extract):
    # written for this test, after BBC politics train articles: 'Labour MPs', 'Republican senators'
    sts = extract("Labour MPs criticised the government's plans to introduce ID cards.")
    assert {(s.actor.label, s.actor.kind, s.relation.value) for s in sts} == {("Labour MPs", "group", "opposes")}


@pytest.mark.parametrize("text, expected", [
    # written for this test, after a 2025 wire story: a union's president named further on is not
    # "the president" of the sentence before him
    ("President Donald Trump said he wanted a deal. The president rejected the bill on Monday. "
     "Everett Kelley, the union president, criticised the plan.", ("Donald Trump", "rejects", "bill")),
    # "the union president" is the union's, though the US president was named since
    ("Everett Kelley, the union president, criticised the plan. President Donald Trump said he "
     "wanted a deal. The union president rejected the cuts.", ("Everett Kelley", "rejects", "cuts")),
    # after a 2025 Al Jazeera-style story: "the national security minister" is the one so titled,
    # not the prime minister named before him
    ("Israeli Prime Minister Benjamin Netanyahu met ministers on Sunday. National Security Minister "
     "Itamar Ben-Gvir spoke after him. The national security minister condemned the ceasefire.",
     ("Itamar Ben-Gvir", "opposes", "ceasefire")),
])
def test_a_role_phrase_is_the_holder_the_article_means_there(extract, text, expected):
    assert expected in triples(extract(text, published="2025-06-03"))


def test_an_adjectives_clause_under_a_reporting_verb_is_the_speakers(extract):
    # written for this test, after a 2025 Euronews-style story: the speaker, not the state, takes the position
    got = triples(extract("Dutch Prime Minister Dick Schoof said the Netherlands remained opposed to new Eurobonds."))
    assert {a for a, r, _ in got if r == "opposes"} == {"Dick Schoof"}


def test_curbs_on_a_topic_are_no_support_for_it(extract):
    # written for this test: the plural "curbs" (lemma "curb") reverses what it is on
    got = triples(extract("Democrats called for curbs on tariffs."))
    assert ("Democrats", "demands", "tariffs") not in got
    assert any(r == "demands" and t and t.startswith("curbs") for _, r, t in got)


def test_raising_concerns_about_a_plan_opposes_it(extract):
    # written for this test, as "voiced concerns": a light verb with a nominal cue
    got = triples(extract("Labour MPs raised concerns about the plan to scrap the winter fuel payment."))
    assert any(a == "Labour MPs" and r == "opposes" for a, r, _ in got)


def test_introducing_or_unveiling_a_measure_proposes_it_and_when_is_no_part_of_it(extract):
    # written for this test, after BBC politics train sentences ("Labour has unveiled its own points system")
    got = triples(extract("Home Secretary Yvette Cooper introduced a bill to ban zombie knives on Tuesday."))
    assert ("Yvette Cooper", "proposes", "bill to ban zombie knives") in got
    got = triples(extract("The Liberal Democrats have unveiled plans for a local income tax."))
    assert any(a == "Liberal Democrats" and r == "proposes" for a, r, _ in got)


def test_a_headline_with_no_full_stop_reads_as_one_with_it(extract):
    # written for this test, in a 2025 Times style: before a blank line the tagger had read
    # the headline's last word as a verb, and the threat had no target
    headline = "Reeves and Miliband clash over North Sea licences as unions threaten strike"
    body = "\n\nThe chancellor and the energy secretary met on Monday."
    assert ("Unions", "threatens", "strike") in triples(extract(headline + body))
    assert ("Unions", "threatens", "strike") in triples(extract(headline + "." + body))


def test_a_participle_with_its_agent_is_the_agents_act(extract):
    # written for this test: a reduced passive ("the plan, welcomed by ...") states an act;
    # "the proposed truce" (no agent) stays an attribute
    got = triples(extract("The plan, welcomed by business leaders, was published on Monday."))
    assert ("Business leaders", "supports", "plan") in got
    assert not triples(extract("The proposed truce collapsed on Monday."))


def test_he_after_a_quotation_is_the_main_clauses_subject(extract):
    # the subject of the sentence's main verb, not of a clause inside it ('the way Mr Green had run')
    text = ('Opposition leader Tom Baker criticised the way Mr Green had run the hospital trust.\n\n'
            '"Patients deserve far better than this shambles," he said.')
    quoted = [s for s in extract(text) if s.quote is not None]
    assert [s.actor.label for s in quoted] == ["Tom Baker"]


@pytest.mark.parametrize("text, parties", [
    ("Labour and the Tories have criticised his policies.", {"Labour Party", "Conservative Party"}),
    ("The Lib Dems rejected the proposal on Monday.", {"Liberal Democrats"}),
])
def test_political_parties_are_known_actors(extract_learned, text, parties):
    # a sentence-initial 'Labour' the tagger reads as a noun is the party; two parties are no 'European countries'
    actors = {s.actor.label for s in extract_learned(text)} | {m.label for s in extract_learned(text)
                                                                 for m in s.actor.members}
    assert parties <= actors
    assert "European countries" not in actors


def test_a_name_after_a_role_noun_is_a_person_whom_he_names(extract):
    # written for this test, after a BBC politics train article: the small model tags 'Glyn Davies'
    # as an organisation, so 'He added' after his quotation had gone back to the last man named
    text = ('Mike German, leader of the Liberal Democrats in the assembly, claimed that homes faced council tax '
            'rises. Conservative local government spokesman Glyn Davies said the minister\'s claim "is taking spin '
            'to the very verge of deception". He added: "Around a third of Welsh households have been re-valued '
            'upwards."')
    said = {(s.actor.label, s.actor.kind, s.quote.text[:6]) for s in extract(text) if s.quote is not None}
    assert ("Glyn Davies", "person", "Around") in said
    assert not any(label == "Mike German" and q == "Around" for label, _, q in said)


def test_a_role_of_another_party_is_not_the_holder_named_before(extract):
    # written for this test, after a BBC politics train article: 'a Conservative spokeswoman' had
    # become the Labour spokesman the article named first
    text = ('Labour campaign spokesman Fraser Kemp said the poster had been misunderstood. But a Conservative '
            'spokeswoman said: "This poster campaign was a big misjudgement by Labour\'s campaign team."')
    said = {s.actor.label for s in extract(text) if s.quote is not None}
    assert said and "Fraser Kemp" not in said


@pytest.mark.parametrize("text", [
    'The National Audit Office published a report on the defence budget on Friday. "Many problems can be traced '
    'to the assessment phase," the report says.',
    'A report by the National Audit Office criticised the defence budget. "Many problems can be traced to the '
    'assessment phase," the report says.',
    'The National Audit Office\'s report criticised the defence budget. "Many problems can be traced to the '
    'assessment phase," the report says.',
])
def test_a_report_that_speaks_is_its_authors_voice(extract, text):
    # written for this test, after train articles ('"...," the report says' of a UN commission's report)
    said = [s for s in extract(text) if s.quote is not None and s.quote.text.startswith("Many")]
    assert said and {s.actor.label for s in said} == {"National Audit Office"}
    assert all(text[s.actor_span.start:s.actor_span.end] == "report" for s in said)


def test_a_report_of_no_known_author_credits_no_one(extract):
    text = 'Critics were unimpressed. "Many problems can be traced to the assessment phase," the report says.'
    assert not [s for s in extract(text) if s.quote is not None and s.quote.text.startswith("Many")]


def test_a_topic_alias_is_a_noun_not_an_adjective():
    # written for this test, after a BBC politics train article: 'offensive to many people' had
    # become the topic 'military action' (whose alias 'offensive' is the noun)
    from kg.config import Settings
    from kg.extract.targets import find_topic
    from kg.lexicon import load_lexicon
    from kg.nlp import load_pipeline

    s = Settings.from_env()
    lex = load_lexicon(s.ontology)
    nlp = load_pipeline(s.model, s.ontology)
    adjective = nlp("The advert was offensive to many voters.")
    noun = nlp("The army launched an offensive in the north.")
    assert find_topic(lex, list(adjective)) is None
    found = find_topic(lex, list(noun))
    assert found is not None and (found[0].label, found[0].concept) == ("offensive", "military action")


def test_a_common_noun_opening_a_sentence_is_no_one(extract):
    # train (world news 2016): the small model tags "Turnout" as a name; the article writes it in lower
    # case elsewhere, so it is a common noun and no antecedent for "she"
    text = ('Turnout is predicted to be key to the result, and the poll found that Remain supporters were '
            'becoming increasingly motivated to vote. Analysts said turnout would be higher than at the last '
            'election.\n\n"We must reach out and build bridges," she said.')
    assert all(s.actor.label != "Turnout" for s in extract(text))


def test_the_entities_of_a_subheading_are_no_one(extract):
    # train (world news 2016): a results box's sub-heading between paragraphs had been credited with a
    # quotation through "she"
    text = ('Leave wins the referendum\n\nTotal results\n\nBreakdown by region\n\n'
            'The markets fell sharply on Friday morning.\n\n"We must reach out, we must heal," she said.')
    assert all(s.actor.label != "Breakdown" for s in extract(text))


def parsed_with_resolver(text: str):
    """The parse of ``text`` and a fresh resolver of it, for tests that set entities by hand."""
    from kg.config import Settings
    from kg.extract.actors import ActorResolver
    from kg.lexicon import load_lexicon
    from kg.nlp import load_pipeline

    s = Settings.from_env()
    lex = load_lexicon(s.ontology)
    return load_pipeline(s.model, s.ontology)(text), ActorResolver(lex=lex, text=text)


def test_a_name_the_gazetteer_or_the_article_knows_stays_a_name_opening_a_sentence():
    # the entities are set by hand, so that the test does not rest on what the small model tags
    from spacy.tokens import Span as SpacySpan

    text = ("Gordon Brown met the unions about the labour market and turnout. "
            "Brown said he wore a brown suit. Labour opposed the plan. Turnout fell.")
    doc, r = parsed_with_resolver(text)

    def ent(word: str, label: str, nth: int = 0) -> SpacySpan:
        start = [i for i in range(len(text)) if text.startswith(word, i)][nth]
        span = doc.char_span(start, start + len(word), label=label)
        assert span is not None and span.start == span.sent.start or word == "Gordon Brown"
        return span

    assert r.entity_actor(ent("Gordon Brown", "PERSON")).label == "Gordon Brown"
    assert r.entity_actor(ent("Brown", "PERSON", 1)).label == "Gordon Brown"  # a surname the article gave
    assert r.entity_actor(ent("Labour", "ORG")).label == "Labour Party"  # a name the gazetteer knows
    assert r.entity_actor(ent("Turnout", "PERSON")) is None  # neither: a common noun


def test_a_site_section_glued_to_a_headline_name_is_no_part_of_it():
    # written for this test after a web page's headline: its breadcrumbs "Home World" glued onto the
    # name, and the NER tagged "World Merkel" a person; the entities are set by hand
    text = "Home World Merkel urges calm after vote\n\nGerman Chancellor Angela Merkel urged calm on Monday."
    doc, r = parsed_with_resolver(text)
    for sent in doc.sents:
        r.learn_sentence(sent)
    glued = doc.char_span(text.index("World Merkel"), text.index("World Merkel") + len("World Merkel"),
                          label="PERSON")
    assert r.entity_actor(glued).label == "Angela Merkel"
    doc2, r2 = parsed_with_resolver("Michelle Obama urges calm after vote\n\nShe spoke on Monday.")
    whole = doc2.char_span(0, len("Michelle Obama"), label="PERSON")
    assert r2.entity_actor(whole).label == "Michelle Obama"  # a first name is no section


def test_only_a_short_verbless_line_below_the_headline_is_a_subheading():
    from kg.config import Settings
    from kg.extract.mentions import in_a_subheading
    from kg.nlp import load_pipeline

    s = Settings.from_env()
    nlp = load_pipeline(s.model, s.ontology)

    def judged(text: str, name: str) -> bool:
        doc = nlp(text)
        start = text.index(name)
        span = doc.char_span(start, start + len(name), alignment_mode="expand")
        return in_a_subheading(text, span)

    assert judged("Markets fall\n\nBy Laura Kuenssberg\n\nShares fell on Friday.", "Laura Kuenssberg")
    assert not judged("Laura Kuenssberg on the vote\n\nShares fell on Friday.", "Laura Kuenssberg")  # the headline
    assert not judged("Markets fall\n\nLaura Kuenssberg reports from Leeds\n", "Laura Kuenssberg")  # a verb
    assert not judged("Markets fall\n\nLaura Kuenssberg in Leeds.\n", "Laura Kuenssberg")  # a sentence's end
    assert not judged("Markets fall\n\nLaura Kuenssberg and the other political editors of the BBC\n",
                      "Laura Kuenssberg")  # too long for a heading


def test_a_line_is_looked_for_only_as_far_as_asked():
    from kg.extract.mentions import LINE_MOST, line_of

    text = "Markets fall\n\n" + "Shares fell again. " * 40 + "Laura Kuenssberg" + " in London" * 40 + "\nEnd"
    start = text.index("Laura")
    end = start + len("Laura Kuenssberg")
    line = (text.index("Shares"), text.index("\nEnd"))
    assert line_of(text, start, end) == line
    assert line_of(text, start, end, LINE_MOST) is None  # runs on past the bound: a long line, not searched
    assert line_of(text, line[0], line[0] + 6, LINE_MOST) is None
    assert line_of(text, line[1] - 6, line[1], LINE_MOST) is None  # its end is near; its start is not
    assert line_of("Markets fall\n\nBy Laura\n", 15, 20, LINE_MOST) == (14, 22)


def test_a_spokesman_for_a_body_tagged_as_a_place_speaks_for_the_body(extract):
    # train (BBC politics 2004-05): the small model tags the union "Unison" a place; a place the
    # gazetteer does not know has no spokesman, so the phrase names the union's
    text = ("A spokesman for Unison, Britain's biggest union, said after Saturday's meeting that the union "
            "opposed the cuts to pensions.")
    assert {s.actor.label for s in extract(text)} == {"Unison spokesman"}


def test_a_name_after_an_honorific_is_a_person_whatever_its_tag():
    # train (BBC politics 2004-05): 'said Mr Wellington' had made New Zealand the speaker (the
    # gazetteer knows Wellington as its capital) and 'Lord Tebbit' an organisation. The entities
    # are set by hand, so that the test does not rest on what the small model tags.
    text = ("Bob Wellington leads the council. It is not the answer, said Mr Wellington. "
            "Tory peer Lord Tebbit agreed. Wellington is windy. The Lord Chancellor disagreed.")
    doc, r = parsed_with_resolver(text)

    def ent(word: str, label: str, nth: int = 0):
        start = [i for i in range(len(text)) if text.startswith(word, i)][nth]
        return doc.char_span(start, start + len(word), label=label)

    assert r.entity_actor(ent("Bob Wellington", "PERSON")).label == "Bob Wellington"
    said = r.entity_actor(ent("Wellington", "GPE", 1))
    assert (said.label, said.kind) == ("Bob Wellington", "person")  # the one named in full
    peer = r.entity_actor(ent("Tebbit", "ORG"))
    assert (peer.label, peer.kind) == ("Tebbit", "person")
    assert r.entity_actor(ent("Wellington", "GPE", 2)).label == "New Zealand"  # no honorific: the city
    office = r.entity_actor(ent("Chancellor", "ORG"))
    assert office is None or office.kind != "person"  # "Lord Chancellor": an office, not Mr Chancellor


def test_letters_after_a_name_are_the_persons(extract):
    # written for this test: "MP" heads the phrase, the name is its compound
    sts = extract("Tony Wright MP criticised the new rules on expenses.")
    assert sts and {(s.actor.label, s.actor.kind) for s in sts} == {("Tony Wright", "person")}
    # train (BBC politics 2004-05): the small model tags "Guy Mansfield QC" an organisation (set by hand here)
    text = "The new chairman of the Bar Council, Guy Mansfield QC warned there was a real risk."
    doc, r = parsed_with_resolver(text)
    at = text.index("Guy")
    actor = r.entity_actor(doc.char_span(at, at + len("Guy Mansfield QC"), label="ORG"))
    assert (actor.label, actor.kind) == ("Guy Mansfield", "person")


def test_they_is_never_a_place_named_as_a_setting(extract_learned):
    """A country that was only where something happened ("the streets of
    Leeds, England") is not who "they" are; one that was the subject is."""
    sts = extract_learned("Hundreds of nurses marched through the streets of Leeds, England, on Saturday. "
                          "They demanded higher pay for staff.")
    assert not [s for s in sts if s.actor.label in {"England", "Leeds", "United Kingdom"}]
    sts = extract_learned("North Korea rejected the offer on Monday. They demanded an end to the sanctions.")
    assert [s for s in sts if s.actor.label == "North Korea" and s.relation.value == "demands"]


@pytest.mark.parametrize("text, name", [
    ("A Department for Education and Skills spokeswoman said the plans would be reviewed.",
     "Department for Education and Skills"),
    ("The Department for Culture, Media and Sport said it would respond.", "Department for Culture, Media and Sport"),
    ("The Public and Commercial Services Union will co-ordinate any industrial action.",
     "Public and Commercial Services Union"),
])
def test_a_body_whose_name_holds_and_is_one_name(text, name):
    """The small model cuts these names at "and"; two bodies joined by "and" stay two."""
    from kg.config import Settings
    from kg.nlp import load_pipeline

    s = Settings.from_env()
    nlp = load_pipeline(s.model, s.ontology)
    assert name in [e.text.removeprefix("The ") for e in nlp(text).ents]
    apart = nlp("Hamas and Hezbollah condemned the attack, as did the Bank of England and Goldman Sachs. "
                "Conservative and Labour Party members disagreed.")
    assert {"Hamas", "Hezbollah", "Goldman Sachs", "Labour Party"} <= {e.text for e in apart.ents}


def test_a_group_keeps_the_acronym_that_qualifies_it(extract_learned):
    """"U.S. officials", "NATO officials": the capitals are the group's body,
    not a dateline ("BRUSSELS - European leaders" still drops its place)."""
    labels = {s.actor.label for s in extract_learned("Top U.S. officials criticised the plan on Monday. "
                                                     "NATO officials rejected the proposal.")}
    assert {"Top U.S. officials", "NATO officials"} <= labels
    from kg.extract.roles import dateline_word
    from kg.config import Settings
    from kg.nlp import load_pipeline

    s = Settings.from_env()
    doc = load_pipeline(s.model, s.ontology)("BRUSSELS - European leaders agreed.")
    assert dateline_word(doc[0]) and not dateline_word(doc[2])


def test_a_shadow_office_is_not_the_office(extract_learned):
    """'the shadow chancellor, Mel Stride' had been learned as the chancellor,
    so the headline's 'Chancellor' named him rather than Rachel Reeves."""
    sts = extract_learned("Chancellor defends tax rises\n\nThe Chancellor, Rachel Reeves, has defended the tax "
                          "rises. The shadow chancellor, Mel Stride, accused the government of breaking its "
                          "promise.")
    headline = [s for s in sts if s.sentence.start == 0]
    assert headline and {s.actor.label for s in headline} == {"Rachel Reeves"}


def test_a_name_in_apposition_to_a_two_word_role_is_a_person(extract_learned):
    sts = extract_learned("Its chief executive, Rain Newton-Smith, urged the government to delay the change. "
                          '"Firms are telling us loud and clear that they will have to cut hiring," she said.')
    assert {s.actor.label for s in sts if s.quote is not None} == {"Rain Newton-Smith"}


def test_an_issue_the_parser_takes_for_a_person_is_no_actor(extract_learned):
    # spaCy's small model tags "Brexit" a PERSON: "she" had become Brexit,
    # which then demanded consent and opposed EU membership
    text = ("Brexit: Labour leader faces revolt – CNN\n\nMeanwhile, Labour leader Jeremy Corbyn is dealing with "
            "his own Brexit meltdown. Scotland's leader said on Sunday that she would ask her party's members "
            "to refuse their legislative consent.\n\nShe had said it would be \"democratically unacceptable\" "
            "for Scotland to lose its EU membership.")
    from test_learned import units_of

    labels = {c.actor.label for u in units_of(text) for c in u.actors}
    assert "Jeremy Corbyn" in labels and "Brexit" not in labels
    assert not any(s.actor.label == "Brexit" for s in extract_learned(text))


def test_a_role_of_a_place_the_gazetteer_lacks_is_not_anothers_holder(extract_learned):
    # "Scotland's leader" had been the last leader the article named (Labour's)
    from test_learned import units_of

    units = units_of("Labour leader Jeremy Corbyn is dealing with a revolt. Scotland's leader said on Sunday that she "
                     "would ask her party's members to refuse their consent.")
    assert "Jeremy Corbyn" in {c.actor.label for c in units[0].actors}
    assert "Jeremy Corbyn" not in {c.actor.label for c in units[1].actors}
    text = "Texas Governor Greg Abbott spoke on Monday. The Texas governor demanded new border funding."
    assert any(s.actor.label == "Greg Abbott" and s.sentence.start > 0 for s in extract_learned(text))


def test_a_short_sentence_of_names_is_not_a_headline():
    from kg.extract.headlines import for_parser, is_title_case
    from kg.lexicon import load_lexicon

    line = "Lindsey Graham spoke in Miami on Monday."
    assert not is_title_case(line)
    text = "Graham speaks\n\n" + line + "\n\nMore text."
    assert for_parser(text, load_lexicon()) == text.replace("speaks\n", "speaks.")  # closed, not lower-cased
    assert is_title_case("Ted Cruz Refuses to Disavow Graham Endorsement.")  # a headline with its full stop


def test_the_articles_own_pronouns_for_a_person_beat_the_first_names_usual_gender(extract_learned):
    # "Lindsey", "Robin", "Ashton" are mostly women's names in the name list; the
    # quotation had been credited to no one
    for name in ("Lindsey Graham", "Robin Cook", "Ashton Carter"):
        surname = name.split()[-1]
        text = (f"{name} spoke in Miami on Monday about his plan. {surname} said his party would back it.\n\n"
                '"We will never accept a deal that leaves our allies exposed," he said.')
        quoted = [s for s in extract_learned(text) if s.quote is not None]
        assert quoted and all(s.actor.label == name for s in quoted), name
    # a man named close before still takes "he"
    text = 'Angela Merkel met David Cameron in Berlin.\n\n"We want a deal," he said.'
    quoted = [s for s in extract_learned(text) if s.quote is not None]
    assert quoted and all(s.actor.label == "David Cameron" for s in quoted)


def test_half_of_a_hyphened_modifier_is_no_actor():
    # spaCy tags "Tory-" in "the old Tory-Labour debate" a person: it had been a
    # candidate actor, and "he" had become it
    from kg.extract.mentions import hyphened
    from test_learned import units_of

    units = units_of("Charles Kennedy spoke in Leeds on Monday. But, unlike the old Tory-Labour debate, he believes "
                     'voters are ready to see "modest" tax increases to fund public services.')
    labels = {c.actor.label for u in units for c in u.actors}
    assert "Charles Kennedy" in labels and not any(a.startswith(("Tory", "Labour")) for a in labels)
    for text, a, b in (("Russia-backed rebels", 0, 6), ("the US-led coalition", 4, 6), ("anti-Trump protests", 5, 10),
                       ("Tory- and Labour-run councils", 0, 5)):
        assert hyphened(text, a, b), text
    for text, a, b in (("Jean-Claude Juncker said", 0, 19), ("Russia - and China - said", 0, 6),
                       ("said Kim Jong-un.", 5, 16)):
        assert not hyphened(text, a, b), text


def test_a_family_name_written_first_gives_no_gender():
    # "Lin" is a woman's first name in the US census list; in "Lin Jian" it is the
    # family name, and "He urged ..." had gone to the man named two sentences before
    from kg.lexicon import load_lexicon
    from test_learned import units_of

    lex = load_lexicon()
    assert lex.gender_of("Lin Jian") is None and lex.gender_of("Moon Jae-in") is None
    assert lex.gender_of("Lee Ann Smith") == lex.first_names["lee"]
    units = units_of("President Donald Trump said tariffs would stay. Chinese Foreign Ministry spokesperson Lin Jian "
                     "said Beijing would fight to the end. He urged the United States to return to talks.")
    assert "Lin Jian" in {c.actor.label for c in units[2].actors}
    assert "Donald Trump" not in {c.actor.label for c in units[2].actors}
def test_an_undated_article_reads_a_bare_role_as_held_now(extract_learned):
    # written for this test: with no date, a role the gazetteer says someone held
    # once (Putin was Russia's prime minister 2008-12) is not the one "the prime
    # minister" names when the article also names the prime minister of now
    text = ("Sir Keir Starmer has urged Vladimir Putin to accept a ceasefire without conditions.\n\n"
            "Speaking after a call with European leaders, the prime minister said: "
            "\"The ball is now in Russia's court. Putin must stop the delaying tactics.\"")
    quoted = [s for s in extract_learned(text) if s.quote is not None]
    assert quoted and {s.actor.label for s in quoted} == {"Keir Starmer"}


def test_a_persons_office_or_campaign_is_theirs_not_his(extract_learned):
    # written for this test: 'his office said' had made an actor labelled "his office"
    text = ("Israeli Prime Minister Benjamin Netanyahu has repeatedly threatened military action against Iran. "
            "On Thursday, his office said Israel would \"act alone if necessary\".")
    second = [s for s in extract_learned(text) if s.sentence.start > 90]
    assert second and {s.actor.label for s in second} == {"Benjamin Netanyahu's office"}
    text = ("Senator Ted Cruz skipped the debate in Iowa. "
            "\"We will not dignify this circus with our presence,\" his campaign said in a statement.")
    second = [s for s in extract_learned(text) if s.sentence.start > 40]
    assert second and {s.actor.label for s in second} == {"Ted Cruz's campaign"}


def test_a_role_names_its_holder_on_the_articles_date(extract):
    # written for this test: the gazetteer's dated roles answer a role phrase the article never names
    text = "The Canadian prime minister said on Tuesday that Canada would oppose the new tariffs."
    assert {s.actor.label for s in extract(text, published="2025-05-13")} == {"Mark Carney"}
    assert {s.actor.label for s in extract(text, published="2016-05-13")} == {"Justin Trudeau"}
    text = "The British chancellor said he opposed any rise in income tax."
    assert {s.actor.label for s in extract(text, published="2005-02-01")} == {"Gordon Brown"}


def test_a_name_after_mp_is_a_person_whom_she_names(extract_learned):
    # written for this test: the small model tags 'Nadia Whittome' an organisation after 'Labour MP',
    # so the label kept "Labour MP" and "She urged" went back to the last woman named before her
    text = ("Conservative leader Kemi Badenoch accused the government of copying Tory policy.\n\n"
            "Downing Street said the white paper would be followed by legislation later this year.\n\n"
            "Labour MP Nadia Whittome said she was \"deeply uncomfortable\" with the prime minister's speech. "
            "She urged ministers to \"change course\".")
    by = {s.actor.label for s in extract_learned(text) if s.sentence.start > 170}
    assert by == {"Nadia Whittome"}


def test_the_group_that_speaks_is_the_one_just_named(extract_learned):
    # written for this test: 'According to the group' had made an actor labelled "group", and the
    # small model's entities cut the name before "America"
    text = ("The Pharmaceutical Research and Manufacturers of America, the industry's main lobby group, "
            "warned that the policy would hurt patients. According to the group, foreign price controls "
            "would \"undermine investment in new cures\".")
    second = {s.actor.label for s in extract_learned(text) if s.sentence.start > 130}
    assert second and "group" not in {label.casefold() for label in second}
    assert second == {"Pharmaceutical Research and Manufacturers of America"}


@pytest.mark.parametrize("text", [
    "Speaking to Breitbart News, Senator Jeff Sessions said Washington would not allow any enrichment.",
    "Speaking to Sky News, Nigel Farage said the deal was a betrayal.",
])
def test_an_interview_is_no_consultation(extract_learned, text):
    # written for this test, after PolNeAR train articles: the one a politician talks to in an
    # interview had become the target of a 'consults' statement
    assert not [s for s in extract_learned(text) if s.relation.value == "consults"]


def test_a_quotation_in_a_reported_announcement_is_the_reporters(extract_learned):
    # written for this test: the nearest reporting verb ("announce") had credited the quotation to the
    # subject of the clause Peskov reported, as if Russia had said it
    text = ('Kremlin spokesman Dmitry Peskov told reporters that Russia would announce its delegation '
            '"when the president deems it necessary".')
    assert {s.actor.label for s in extract_learned(text) if s.quote is not None} == {"Dmitry Peskov"}


def test_a_phrase_is_labelled_as_the_text_spaces_it(extract_learned):
    # written for this test: a plural possessive had come out "Tories ' sums" (the first sentence
    # takes no position, which the quotation would hold: 'rejects Conservative claims' again)
    text = ("Chancellor Gordon Brown spoke about Labour's plans.\n\n"
            "Speaking in Edinburgh, the chancellor said the Tories' sums \"simply do not add up\".")
    labels = {s.target.label for s in extract_learned(text, published="2005-02-10") if s.target is not None}
    assert "Tories' sums" in labels and not any(" '" in label for label in labels)


@pytest.mark.parametrize("text,expected", [
    ("Sen. Josh Hawley said: \"I'm not going to support cutting Medicaid for the working poor.\"", "opposes"),
    ("Labour MPs said they were not prepared to back the plan.", "opposes"),
    ("Sen. Josh Hawley said he would support cutting Medicaid for the working poor.", "supports"),
])
def test_a_negated_verb_of_intent_negates_the_act_it_governs(extract, text, expected):
    # written for this test, in the style of 2025 US news: 'not going to support' had been support
    relations = {s.relation.value for s in extract(text)}
    assert expected in relations and ({"supports", "opposes"} - {expected}).isdisjoint(relations)


def test_a_surname_is_the_person_the_article_named_before_the_gazetteers(extract_learned):
    # written for this test: 'Johnson said' after 'Speaker Mike Johnson' had become Boris Johnson
    text = ("Speaker Mike Johnson, who steered the bill through the House by a single vote, warned senators "
            "against making major changes. Johnson said any changes would make it harder to pass the bill again.")
    labels = {s.actor.label for s in extract_learned(text, published="2025-06-03")}
    assert "Mike Johnson" in labels and "Boris Johnson" not in labels


def test_a_headline_surname_does_not_claim_the_name_for_the_gazetteer(extract):
    # written for this test in the style of a Washington Post story: the headline's "Johnson",
    # read first, had claimed the surname for the gazetteer's Boris Johnson
    text = ("Johnson resists stock-trading ban\n\nHouse Speaker Mike Johnson is resisting a push to ban "
            "stock trading by lawmakers. Rep. Tom Cole defended Johnson, saying the speaker was right.")
    got = triples(extract(text, published="2026-03-12"))
    assert not [t for t in got if "Boris Johnson" in t]
    assert [t for t in got if t[0] == "Tom Cole" and t[2] == "Mike Johnson"]


def test_a_first_name_that_names_a_place_starts_a_persons_name(extract_learned):
    # written for this test: the small model tags 'Israel' as a place and 'Katz' as the person,
    # so the label had been "Katz"
    text = "Israeli Defence Minister Israel Katz threatened to intensify the offensive."
    assert "Israel Katz" in {s.actor.label for s in extract_learned(text, published="2025-06-03")}


def test_a_place_before_a_known_surname_stays_a_place():
    from kg.config import Settings
    from kg.nlp import load_pipeline

    s = Settings.from_env()
    doc = load_pipeline(s.model, s.ontology)("In a speech, Israel Netanyahu said.")
    assert ("Netanyahu", "PERSON") in {(e.text, e.label_) for e in doc.ents}


@pytest.mark.parametrize("text,expected", [
    ("The plan drew criticism from Boris Johnson.", ("Boris Johnson", "opposes", "plan")),
    ("The proposal faced strong opposition from France.", ("France", "opposes", "proposal")),
    ("The plan drew criticism from Labour MPs.", ("Labour MPs", "opposes", "plan")),
])
def test_a_position_received_from_someone_is_theirs(extract, text, expected):
    # written for this test: 'drew criticism from X' made no statement, since "from" hangs on the verb
    assert expected in triples(extract(text))


def test_support_withdrawn_from_someone_is_not_theirs(extract):
    assert not [s for s in extract("Labour withdrew support from Boris Johnson.") if s.actor.label == "Boris Johnson"]


@pytest.mark.parametrize("text,expected", [
    ("Democratic governors praised the plan.", ("Democratic governors", "praises", "plan")),
    ("Immigrant rights groups welcomed the ruling.", ("Immigrant rights groups", "supports", "ruling")),
    ("The ruling was welcomed by civil rights groups.", ("Civil rights groups", "supports", "ruling")),
    ("Critics said the plan was a disaster.", ("Critics", "opposes", "plan")),
    ("Opposition parties said the bill was unacceptable.", ("Opposition parties", "opposes", "bill")),
])
def test_an_unnamed_group_that_acts_is_read_by_the_rules(extract, text, expected):
    # written for this test, in the style of 2025 US news: a subject, agent or speaker no name
    # resolves made no rule reading, so the learned stages, which lean on the rules' findings,
    # read "praised" as rejects
    assert expected in triples(extract(text))


@pytest.mark.parametrize("text,expected", [
    ("Labour called the plan a betrayal of pensioners.", ("Labour Party", "opposes", "plan")),
    ("The ACLU called the ruling a disgrace.", ("ACLU", "opposes", "ruling")),
])
def test_an_evaluation_the_word_list_lacks_is_read_by_its_rating(extract, text, expected):
    # written for this test: 'betrayal' and 'disgrace' are in no hand list; VADER rates both strongly
    assert expected in triples(extract(text))


def test_the_actors_apposition_says_who_it_is_not_what_it_stands_for(extract_learned):
    # written for this test, in the style of 2025 US news: the case the lawyer argued had been
    # the target of the lawyer's position
    text = ('"No president can strip away a right guaranteed by the Constitution," said Cody Wofsy, '
            "an ACLU lawyer who argued the case.")
    targets = {issue(s.target) for s in extract_learned(text, published="2025-07-10") if s.actor.label == "Cody Wofsy"}
    assert targets and not any("case" in str(t) for t in targets)


@pytest.mark.parametrize("text,actor,inside,outside", [
    ("The union's head of health, Helga Pile, said staff had not been consulted.", "Pile", "health", "staff"),
    ("Donald Trump, the nominee, who has called the deal a disaster, criticised the plan.", "Trump", "nominee", "deal"),
])
def test_a_role_named_by_apposition_is_no_target(text, actor, inside, outside):
    # written for this test, in the style of 2025 BBC news: the union officer's remit had been her
    # target; a clause with a cue verb inside the apposition still says what the actor stands for
    from kg.config import Settings
    from kg.extract.candidates import apposition
    from kg.lexicon import load_lexicon
    from kg.nlp import load_pipeline

    s = Settings.from_env()
    doc = load_pipeline(s.model, s.ontology)(text)
    tok = next(t for t in doc if t.text == actor)
    own = {doc[i].text for i in apposition(load_lexicon(s.ontology), tok)}
    assert inside in own and outside not in own


def test_a_headline_verb_read_as_a_plural_noun_is_no_group(extract_learned):
    # written for this test: the small model parses 'Streeting rejects calls' with "rejects" as a plural
    # noun subject, which had made an actor "Streeting rejects"
    text = ("Streeting rejects calls to delay NHS reforms\n\n"
            "Health Secretary Wes Streeting has rejected calls from unions to pause his plans.")
    assert not [s for s in extract_learned(text, published="2025-03-16") if "rejects" in s.actor.label]


def test_two_countries_are_named_one_by_one():
    # written for this test, in the style of 2025 world news: "India and Pakistan" had been "Asian
    # countries", a label no coder writes for two (the train gold: "United States and South Korea")
    from kg.config import Settings
    from kg.extract.actors import ActorResolver
    from kg.lexicon import load_lexicon

    lex = load_lexicon(Settings.from_env().ontology)
    res = ActorResolver(lex=lex, text="", date="2025-05-11")
    two = res._group([lex.actor_for("India"), lex.actor_for("Pakistan")], None)
    three = res._group([lex.actor_for("France"), lex.actor_for("Germany"), lex.actor_for("Italy")], None)
    assert (two.label, three.label) == ("India and Pakistan", "European countries")


@pytest.mark.parametrize("text,expected", [
    ("The Liberal Democrats would scrap tuition fees.", {("Liberal Democrats", "proposes", "scrapping of tuition fees")}),
    ("Labour would cut taxes for working families, the chancellor said.", {("Labour Party", "proposes", "cut taxes")}),
    ("The Liberal Democrats would not scrap tuition fees.", set()),
    ("Russia will cut gas supplies.", set()),
])
def test_a_pledge_of_ones_own_act_proposes_it(extract, text, expected):
    # written for this test, in the style of BBC election coverage: a party's "would scrap" had made
    # no statement; the train gold files such pledges as proposes
    assert {t for t in triples(extract(text)) if t[1] == "proposes"} == expected


def test_a_u_turn_is_one_word(extract_learned):
    # written for this test, in the style of 2025 UK news: "U-turn" split in three made the small
    # model read three objects, and the target was "U"
    targets = {str(issue(s.target)) for s in extract_learned("Labour MPs demanded a U-turn on winter fuel payments.")}
    assert targets and all(t != "U" for t in targets) and any("U-turn" in t for t in targets)


@pytest.mark.parametrize("text", [
    "\"It only takes us backwards,\" Witkoff wrote in a post on X.",
    "Speaking on a visit to a factory in Leeds, the chancellor said: \"We cannot afford everything.\"",
])
def test_where_words_are_said_is_no_target(extract_learned, text):
    # written for this test, in the style of 2025 news: "post on X" and "factory in Leeds" had been
    # the targets of what was said there
    targets = {str(issue(s.target)) for s in extract_learned(text, published="2025-06-01")}
    assert not any(w in t for t in targets for w in ("post", "factory", "visit"))


def test_the_speakers_own_reporting_verb_is_no_target(extract_learned):
    # written for this test, in the style of 2025 BBC news: "urged ministers" had been what the
    # nurses' leader opposed
    text = ("The Royal College of Nursing has warned that thousands of posts could go. Its general secretary, "
            "Nicola Ranger, said nurses felt \"betrayed\" by the government and urged ministers to rethink.")
    targets = {str(issue(s.target)) for s in extract_learned(text, published="2025-03-16")}
    assert not any(t.startswith("urge") for t in targets)


@pytest.mark.parametrize("text,expected", [
    ("A chief constable has backed the new licensing hours.", ("Chief constable", "supports", "licensing hours")),
    ("Another GOP figure endorses Hillary Clinton.", ("GOP figure", "supports", "Hillary Clinton")),
])
def test_a_person_described_not_named_is_an_actor(extract, text, expected):
    # from train sentences: a singular description of a person ("a chief constable") named no actor,
    # so the rules read nothing
    assert expected in triples(extract(text, published="2016-05-01"))


def test_an_acronym_the_article_defines_is_one_actor_with_its_long_form(extract):
    # from a train article's pattern ("The Public and Commercial Services Union (PCS)", then "PCS"
    # alone, NER reading "Commercial Services Union" elsewhere): one union had three labels
    text = ("The Public and Commercial Services Union (PCS) opposed the pension cuts. "
            "PCS rejected the offer on Tuesday. The Commercial Services Union condemned the reforms.")
    actors = {s.actor.label for s in extract(text, published="2005-03-01")}
    assert actors == {"Public and Commercial Services Union"}


def test_a_known_acronym_in_parentheses_names_the_phrase_before_it(extract):
    # written for this test, in the style of 2025 Deutsche Welle: "the Social Democrats (SPD)" had been
    # two actors in one sentence, neither confident enough to keep
    got = extract("The Social Democrats (SPD) rejected conscription.", published="2025-06-01")
    assert {s.actor.label for s in got} == {"Social Democratic Party of Germany"}


@pytest.mark.parametrize("text,short,long", [
    ("The Welsh Local Government Association (WLGA) said", "WLGA", "Welsh Local Government Association"),
    ("the International Organization for Migration (IOM) said", "IOM", "International Organization for Migration"),
    ("Citizens for Responsibility and Ethics in Washington (CREW) sued", "CREW",
     "Citizens for Responsibility and Ethics in Washington"),
])
def test_acronym_definitions_are_found_by_their_letters(text, short, long):
    from kg.extract.acronyms import defined_acronyms

    (a,) = defined_acronyms(text)
    assert (a.short, a.long, text[a.start:a.end]) == (short, long, long)


@pytest.mark.parametrize("text", ["NEW YORK (AFP) - Talks resumed.", "Iran's elite Revolutionary Guards Corps (IRGC)",
                                  "Mr Smith, (SPD) said", "He said (Reuters) that"])
def test_no_acronym_where_the_words_before_do_not_spell_it(text):
    from kg.extract.acronyms import defined_acronyms

    assert defined_acronyms(text) == []


@pytest.mark.parametrize("text,speaker,clause_subject", [
    # written for this test, in the style of 2025 Bloomberg: "any easing" had been credited with the quotation
    ('Representative John Moolenaar said any easing would be "a gift to the army" and urged the secretary '
     'to hold firm.', "John Moolenaar", "any easing"),
    # a train article's construction: the second "said" hangs on the clause "China wanted ..."
    ('Sun said China wanted to solve the dispute bilaterally and said the door was "open for dialogue".', "Sun",
     "China"),
])
def test_a_reporting_verb_hung_on_the_reported_clause_keeps_the_reporters_subject(extract, text, speaker,
                                                                                   clause_subject):
    got = extract(text, published="2025-05-01")
    assert any(s.actor.label == speaker and s.quote is not None for s in got)
    assert not any(s.actor.label == clause_subject and s.relation.value == "says" for s in got)


@pytest.mark.parametrize("text", ["Ben Carson refuted the report on Friday.",
                                  "Downing Street moved quickly to rebut the report."])
def test_refuting_or_rebutting_is_rejecting(extract, text):
    # written for this test, after train sentences ("continued to refute a Politico story")
    assert any(s.relation.value == "rejects" and "report" in str(issue(s.target)) for s in extract(text))


def test_a_hyphened_determiner_stays_in_its_phrase(extract):
    # written for this test, in the style of 2025 Indian news: "an all-party meeting" had become
    # "- party meeting", which no coder's label matches
    got = extract("The chief minister called for an all-party meeting on delimitation.", published="2025-03-01")
    targets = {str(issue(s.target)) for s in got}
    assert any(t.startswith("all-party meeting") for t in targets), targets
    assert not any(t.startswith("-") for t in targets)


def test_an_anonymous_source_is_no_actor(extract_learned, extract):
    # written for this test, in the style of 2025 Bloomberg ("Sources within the Conservative Party told the
    # BBC Michael Howard has always been in favour of ID cards": train's coder credits Howard, kg had credited
    # "Sources"): who reports without a name takes no position
    text = "People familiar with the talks said the carmakers urged the White House to reach a deal."
    for run in (extract, extract_learned):
        assert not any(s.actor.label.startswith("People") for s in run(text, published="2025-05-01"))
    assert not any(s.actor.label == "Sources" for s in extract("Sources criticised the plan."))


def test_sources_whose_side_is_named_are_an_actor(extract):
    assert ("Senior Labour sources", "opposes", "plan") in triples(extract("Senior Labour sources criticised the plan."))


@pytest.mark.parametrize("text,expected", [
    # written for this test, in the style of 2025 Indian news: India's Congress party had been the US Congress
    ("The Congress, an ally of the DMK in Tamil Nadu, backed the committee.", "Congress"),
    ("The Senate in Canberra rejected the bill.", "Senate"),
    ("The Senate rejected the bill, the White House said.", "US Congress"),
    ("WASHINGTON — Congress rejected the bill.", "US Congress"),
    # and in the style of a 2025 US newsletter: US conservatives had been Britain's Conservative Party
    ("Conservatives are warning Thune not to back the deal.", "Conservatives"),
    ("The Conservatives criticised Downing Street's plan.", "Conservative Party"),
])
def test_an_alias_of_one_country_names_it_only_where_the_article_names_that_country(extract, text, expected):
    assert {s.actor.label for s in extract(text, published="2025-03-01")} == {expected}


@pytest.mark.parametrize("text,expected", [
    # train's coder names "Downing Street" and "the Kremlin" as actors of their own; a capital stays the country
    ("Downing Street rejected claims that Mr Brown had been sidelined.", "Downing Street"),
    ("The Kremlin publicly accused the group of preparing a misleading attack on Putin.", "Kremlin"),
    ("Number 10 rejected the claim.", "Downing Street"),
    ("The White House said on Monday it opposed the bill.", "White House"),
    ("Moscow rejected the claim.", "Russia"),
])
def test_a_seat_of_government_is_its_own_actor_and_a_capital_the_country(extract, text, expected):
    assert {s.actor.label for s in extract(text, published="2025-03-01")} == {expected}


@pytest.mark.parametrize("text,expected", [
    # written for this test: the small model tags the surname alone where the first name is foreign to it
    ("Hakainde Hichilema demanded a ceasefire.", "Hakainde Hichilema"),
    ("Olaf Scholz welcomed the deal. Ulf Kristersson demanded a ceasefire.", "Ulf Kristersson"),
])
def test_a_known_first_name_the_tagger_left_out_joins_the_person(extract, text, expected):
    assert expected in {s.actor.label for s in extract(text, published="2025-03-01")}


def test_a_closing_quotation_mark_ends_its_sentence_not_the_next():
    # written for this test in the style of US cable news: the small parser made the closing mark a
    # sentence of its own, and a statement on the quotation then had a sentence one character longer
    # than a statement on the sentence: two statements of one act
    from kg.config import Settings
    from kg.nlp import load_pipeline

    s = Settings.from_env()
    text = ('White House press secretary Karoline Leavitt, asked Tuesday whether Trump would meet Pritzker to '
            'discuss the matter, said the president is "always willing to talk" but that the governor would '
            'first have to "admit there is a problem."\n\nPritzker did not respond.')
    sents = [x.text.strip() for x in load_pipeline(s.model, s.ontology)(text).sents]
    assert sents[0].endswith('problem."') and sents[1].startswith("Pritzker"), sents


@pytest.mark.parametrize("text,expected", [
    # written for this test: cue words of 2025 US news the lexicon lacked
    ("Senator Ron Wyden lambasted the plan on Tuesday.", ("Ron Wyden", "opposes", "plan")),
    ("John Thune floated a stopgap bill.", ("John Thune", "proposes", "stopgap bill")),
    ("Republican senators sided with the governors.", ("Republican senators", "supports", "governors")),
])
def test_cues_of_harsh_criticism_floating_and_siding(extract, text, expected):
    assert expected in triples(extract(text, published="2025-10-01"))


def test_a_warning_of_ones_own_act_threatens_it_and_a_feared_act_is_no_pledge(extract):
    # written for this test in the style of wire news
    got = triples(extract("Iran warned that it would close the Strait of Hormuz."))
    assert [t for t in got if t[:2] == ("Iran", "threatens") and "Hormuz" in t[2]], got
    got = triples(extract("Labour warned that the Tories would cut public services."))
    assert not [t for t in got if t[1] == "proposes"], got


def test_a_bullet_opening_a_line_is_no_part_of_its_sentence(extract_learned):
    # written for this test in the style of a 2025 newsletter: the parser had read the bullets as
    # words of the sentences, and Fetterman's demand went to the senator quoted before him
    text = ("Zoom in: A handful of moderate Democrats are signaling they could break ranks.\n\n"
            "\u2022 Sen. Jeanne Shaheen (D-N.H.) told Axios she would back a short-term bill only if Republicans "
            "put the subsidy extension in writing.\n"
            "\u2022 \u201cI want a signed commitment, not a handshake,\u201d she said.\n"
            "\u2022 Sen. John Fetterman (D-Pa.) has already voted with Republicans four times and urged his "
            "colleagues to \u201cstop punishing workers for a fight about something else.\u201d\n")
    sts = extract_learned(text, published="2025-10-01")
    assert [s for s in sts if s.actor.label == "John Fetterman" and s.relation.value == "demands"]
    assert not [s for s in sts if "\u2022" in s.sentence.text]


@pytest.mark.parametrize("text,expected", [
    # written for this test in the style of South-East Asian news
    ("Ferdinand Marcos Jr on Monday urged Asean leaders to conclude a code of conduct. "
     "Marcos said he backed the talks.", {"Ferdinand Marcos Jr."}),
    ("Tan Sri Muhyiddin Yassin criticised the budget. Muhyiddin said he opposed the budget.", {"Muhyiddin Yassin"}),
    ("Anwar Ibrahim criticised the budget. Anwar said he opposed the tariffs.", {"Anwar Ibrahim"}),
    ("Tan Chuan-Jin backed the bill.", {"Tan Chuan-Jin"}),
])
def test_a_name_after_its_honours_and_before_its_generation_is_one_person(extract, text, expected):
    assert {s.actor.label for s in extract(text, published="2025-10-27")} == expected


@pytest.mark.parametrize("text,expected", [
    # written for this test in the style of 2025 US news: an office written short names its holder later
    ("Illinois Gov. JB Pritzker criticised the deployment on Monday. The governor said he would oppose any troops.",
     {"JB Pritzker"}),
    ("Rep. Jim Jordan backed the plan. The congressman said he supported the bill.", {"Jim Jordan"}),
])
def test_an_abbreviated_office_names_its_holder_and_a_surname_that_is_a_place_stays(extract_learned, text, expected):
    sts = extract_learned(text, published="2025-10-01")
    assert {s.actor.label for s in sts} == expected
    assert not [s for s in sts if s.target is not None and s.target.label.endswith(("Pritzker", "Jordan"))]


def test_the_reporters_next_act_hung_on_a_reported_copula_is_the_reporters(extract):
    # written for this test in the style of wire news: the parser hung "called" on "were"
    got = triples(extract('Oxfam said the Merz conditions were "unacceptable" and called on Berlin to drop them.'))
    assert [t for t in got if t[:2] == ("Oxfam", "demands")] and not [t for t in got if t[0] == "Merz conditions"
                                                                      and t[1] == "demands"], got


def test_on_condition_that_hung_on_the_noun_conditions_the_act(extract):
    # written for this test: the parser hangs "that ..." on the noun "condition", not on the verb
    got = triples(extract("China said it was willing to accelerate the talks on condition that outside powers stayed out."))
    assert [t for t in got if t[:2] == ("China", "conditions")] and not [t for t in got if t[1] == "accepts"], got


def test_a_negated_opinion_negates_the_act_it_holds(extract):
    # written for this test: "does not believe X should support" is "believes X should not"
    got = triples(extract("Labour does not believe the country should support the plan."))
    assert ("Labour Party", "opposes", "plan") in got and not [t for t in got if t[1] == "supports"], got


@pytest.mark.parametrize("text,expected", [
    # written for this test in the style of 2025 US news: a vow to act against something opposes it
    ("Pritzker vowed to fight the deployment.", ("Pritzker", "opposes", "deployment")),
    ("Johnson vowed to challenge the order in court.", ("Boris Johnson", "opposes", "order")),
])
def test_a_vow_to_act_against_something_opposes_it(extract, text, expected):
    got = triples(extract(text))
    assert expected in got and not [t for t in got if t[1] == "supports"], got


def test_negation_does_not_reach_into_a_clause_with_its_own_subject(extract):
    # from a train article (world news 2016)
    got = triples(extract("The summit did not produce a strong statement of support for Maduro, with the OAS "
                          "limiting itself to backing the initiative for mediated talks."))
    assert [t for t in got if t[0] == "OAS" and t[1] == "supports" and "talks" in t[2]]
    assert not [t for t in got if t[0] == "OAS" and t[1] == "opposes"]


def test_no_position_in_the_formula_for_silence(extract_learned):
    # written for this test in the style of US news ("did not respond to a request for comment"
    # had filed the request as opposed or demanded)
    got = extract_learned("Senator Maria Lopez criticised the plan on Tuesday. The White House did not immediately "
                          "respond to Fox News Digital's request for comment.", published="2026-02-18")
    assert got and not [s for s in got if "comment" in s.sentence.text]


@pytest.mark.parametrize("text, expected", [
    # written for this test, in the style of the Washington Post
    ("Whitfield said the bill should include meaningful fines.", ("Whitfield", "demands", "meaningful fines")),
    # from a train article (BBC politics 2004-05)
    ("Jones said any extra cash should be spent on improving workers' skills.", ("Jones", "demands", "workers' skills")),
    # written for this test: an obligation a speaker lays on others inside the quotation
    ('Barber said: "Ministers must scrap the levy."', ("Barber", "demands", "scrapping of levy")),
    # written for this test: the verbs of obligation ("needs to", "has to")
    ("MacDonald said the government needs to rethink its whole strategy.", ("MacDonald", "demands", "rethink whole strategy")),
])
def test_a_reported_obligation_is_a_demand(extract, text, expected):
    assert expected in triples(extract(text))


@pytest.mark.parametrize("text", [
    '"I must reach out to every voter," Barber said.',  # a resolve of the speaker's own
    '"They must have been in a rush," Barber said.',  # a guess
])
def test_a_resolve_or_a_guess_is_no_demand(extract, text):
    assert not [s for s in extract(text) if s.relation.value == "demands"]


@pytest.mark.parametrize("text, expected", [
    # written for this test, in the style of US news of 2025-26 (PolNeAR train has 28 "push back")
    ("Democrats were quick to push back against the bill.", ("Democrats", "opposes", "bill")),
    ("The mayor pushed back on the plan.", ("Mayor", "opposes", "plan")),  # on a claim: rejects (test_constructions)
])
def test_pushing_back_opposes(extract, text, expected):
    # the small model tags the particle "back" as an adverb, so the phrasal cue had gone unread
    assert expected in triples(extract(text))


def test_a_degree_word_stays_in_the_issue_it_changes(extract):
    # from a train article (BBC politics 2004-05): "tougher sentences" had been filed as "sentences"
    got = triples(extract("The MPs also call for tougher sentences for crimes committed under the influence of drink."))
    assert [t for t in got if t[1] == "demands" and t[2].startswith("tougher sentences")]


@pytest.mark.parametrize("text, expected", [
    # from train articles (BBC politics 2004-05; US politics 2016)
    ("Michael Howard has always been in favour of ID cards.", ("Michael Howard", "supports", "ID cards")),
    ("Sen. Graham has come out in support of Cruz.", ("Graham", "supports", "Cruz")),
    # written for this test
    ("Obama will campaign for Clinton in Ohio.", ("Barack Obama", "supports", "Hillary Clinton")),
])
def test_a_stance_held_in_favour_of_something(extract, text, expected):
    assert expected in triples(extract(text))


def test_dropping_out_in_favour_of_someone_is_no_stance(extract):
    # written for this test: a withdrawal names who benefits, not whom one backs
    assert not triples(extract("The senator may drop out in favour of his running mate."))


def test_a_warning_of_what_there_would_be_threatens_it(extract):
    # from a train article (BBC politics 2004-05)
    got = triples(extract("PCS leader Mark Serwotka warned last week that there could be further walkouts "
                          "unless there was a government rethink."))
    assert ("Mark Serwotka", "threatens", "walkouts") in got


def test_a_threat_to_act_without_an_object_threatens_the_act(extract):
    # written for this test (train: "barristers are now reported to be threatening to resign")
    assert ("Barristers", "threatens", "resignation") in triples(extract("Five barristers threatened to resign."))


@pytest.mark.parametrize("text, expected", [
    # written for this test: an act judged through "it" ("it was wrong to ...")
    ("Labour said it was wrong to cut taxes.", ("Labour Party", "opposes", "cut taxes")),
    # from train articles (BBC politics 2004-05; US politics 2016)
    ("Tory peer Lord Tebbit said he agreed with Dr Fox's view.", ("Tebbit", "supports", "Dr Fox's view")),
    ("Powell has said he disagrees with a State Department decision to classify them.",
     ("Colin Powell", "opposes", "State Department decision to classify them")),
])
def test_judged_acts_and_agreement(extract, text, expected):
    assert expected in triples(extract(text))


def test_the_idea_that_something_is_so_is_what_is_rejected(extract):
    # from a train article (BBC politics 2004-05): "the idea" named no issue, so the rejection went
    # unread, and the idea's own clause was read as the Tories' and the BNP's demand
    got = triples(extract("But Mr Howard said he rejected the idea that the Tories and BNP appealed to "
                          "the same voting instincts."))
    assert ("Michael Howard", "rejects", "same voting instincts") in got
    assert not [t for t in got if t[1] == "demands"]


@pytest.mark.parametrize("text, actor", [
    # written for this test: the report's author was named in an earlier sentence, or in its own phrase
    ("The National Audit Office published a report on Monday. "
     "The report criticised the Ministry of Defence for poor planning.", "National Audit Office"),
    ("A report by the Fraser of Allander Institute criticised the Scottish Executive.", "Fraser of Allander Institute"),
])
def test_a_report_that_takes_a_position_speaks_for_its_author(extract, text, actor):
    # train and dev credit "the report found ..." to whoever wrote it; kg had credited no one
    # outside quotations
    assert [t for t in triples(extract(text)) if t[0] == actor and t[1] == "opposes"]


def test_a_report_criticised_is_no_actor(extract):
    got = triples(extract("Labour criticised the NAO report."))
    assert ("Labour Party", "opposes", "NAO report") in got


@pytest.mark.parametrize("text, expected", [
    # from a train article (world news 2016): the urging was cancelled by its "not", and nothing read
    ("During a visit to Mongolia on Sunday, U.S. Secretary of State John Kerry urged Beijing not to establish "
     "an air defense identification zone over the South China Sea.",
     ("John Kerry", "demands", "no air defense identification zone")),
    # written for this test: a warning not to act is no threat but a demand to refrain (``refrained_acts``)
    ("Unison warned ministers not to cut pensions.", ("Unison", "demands", "not to cut pensions")),
])
def test_urging_someone_not_to_act_demands_it_be_refrained_from(extract, text, expected):
    got = triples(extract(text))
    assert expected in got
    assert not [t for t in got if t[1] == "threatens"]


def test_a_lawsuit_demands_what_its_plaintiff_demands(extract):
    # from a train article (US politics 2016): a lawsuit, like a report, speaks for whose it is
    got = triples(extract("Podliska's lawsuit demands his reinstatement as a committee investigator."))
    assert ("Podliska", "demands", "reinstatement") in got


def test_challenging_someone_to_act_demands_the_act(extract):
    # from a train article (BBC politics 2004-05)
    got = triples(extract("Lord Campbell-Savours, a former MP, challenged Mr Brown to deny reports that he had told "
                          "the prime minister he did not believe anything he said."))
    assert [t for t in got if t[0] == "Campbell-Savours" and t[1] == "demands"]


@pytest.mark.parametrize("text, expected", [
    # from a train article (BBC politics 2004-05): whom one meets, unnamed
    ("Mr Prescott held a private meeting with senior union figures last week.",
     ("John Prescott", "consults", "Senior union figures")),
    # written for this test: talks held with someone
    ("Kerry held talks with Russian President Vladimir Putin in Moscow.", ("John Kerry", "consults", "Vladimir Putin")),
])
def test_holding_talks_with_someone_consults_them(extract, text, expected):
    assert expected in triples(extract(text))


@pytest.mark.parametrize("text", [
    "The government must meet the conditions of the loan.",  # things met are no one consulted
    "Labour called for talks with the unions.",  # talks asked for are a demand, not a meeting
])
def test_no_meeting_where_none_is_held(extract, text):
    assert not [t for t in triples(extract(text)) if t[1] == "consults"]


@pytest.mark.parametrize("text, actor", [
    # from a train article (world news 2016): the quotation had gone to an actor of an earlier sentence
    ("Campaigning was suspended for three days after the killing, which led to soul searching about the campaign "
     "and its tone, with Jeremy Corbyn, leader of Cox's opposition Labour Party, saying her murder was likely "
     '"extreme political violence".', "Jeremy Corbyn"),
    # written for this test
    ("Talks resumed on Monday, with Russia demanding a halt to arms supplies.", "Russia"),
])
def test_the_noun_of_an_absolute_with_phrase_acts(extract, text, actor):
    assert [t for t in triples(extract(text)) if t[0] == actor]


def test_a_thing_in_a_with_phrase_does_not_speak(extract):
    # written for this test: "with a pocket watch, saying" is the poster's
    got = triples(extract('The poster shows Mr Howard with a pocket watch, saying: "I can spend the money twice."'))
    assert not [t for t in got if "watch" in t[0].lower()]


@pytest.mark.parametrize("text, expected", [
    # from a train article (world news 2016)
    ('German Foreign Minister Frank-Walter Steinmeier said in a statement that he hoped Savchenko\'s release '
     '"will help build trust between Ukraine and Russia".', ("Frank-Walter Steinmeier", "supports", "Savchenko's release")),
    # written for this test
    ("Critics say the tax would hurt families.", ("Critics", "opposes", "tax")),
])
def test_what_a_speaker_says_an_issue_does_is_a_verdict_on_it(extract, text, expected):
    assert expected in triples(extract(text))


@pytest.mark.parametrize("text", [
    "The tax would hurt families.",  # the journalist's own account
    "Labour said Russia would hurt Ukraine.",  # an actor that harms is no issue
])
def test_no_verdict_without_a_speaker_or_on_an_actor(extract, text):
    assert not [t for t in triples(extract(text)) if t[1] in {"opposes", "supports"}]


@pytest.mark.parametrize("text, expected", [
    # written for this test
    ("Business groups have lobbied against the tax.", ("Business groups", "opposes", "tax")),
    # from a train article (world news 2016)
    ('"Venezuela will not give in, it will not kneel down, we will fight with the same force we have fought '
     'against coups," Maduro said.', ("Nicolás Maduro", "opposes", "coups")),
])
def test_acting_against_something_opposes_it(extract, text, expected):
    assert expected in triples(extract(text))


@pytest.mark.parametrize("text", [
    # written for this test: the act's object is the noun the relative clause hangs from
    "The deal, which Labour opposes, was signed on Monday.",
    "The deal Labour opposes was signed on Monday.",
])
def test_a_relative_clause_takes_a_position_on_its_noun(extract, text):
    assert ("Labour Party", "opposes", "deal") in triples(extract(text))


def test_a_relative_clause_is_no_part_of_its_noun_as_a_target(extract):
    # written for this test: "a bill to ban ..." keeps its infinitive, "issues that ... can agree on" not its clause
    assert ("Most Republicans", "accepts", "issues") in triples(
        extract("The issues that most Republicans can agree on are few."))


@pytest.mark.parametrize("text, refused", [
    # from a train article (BBC politics 2004-05): refusing to support had read as support
    ("Hours later Sir Edward's hopes of a deal unravelled as Mr Thorpe's colleagues refused to support him.", None),
    # written for this test
    ("Labour refused to support the bill.", ("Labour Party", "rejects", "bill")),
])
def test_refusing_to_act_is_no_act(extract, text, refused):
    got = triples(extract(text))
    assert not [t for t in got if t[1] == "supports" and ("colleagues" in t[0] or "Labour" in t[0])]
    assert refused is None or refused in got


@pytest.mark.parametrize("text, expected", [
    # written for this test (train: "Graham, as a backer of the 2013 Rubio-Schumer amnesty plan, ...")
    ("Sanders has been a vocal critic of the trade deal.", ("Sanders", "opposes", "trade deal")),
    ("Graham, a longtime backer of the amnesty plan, spoke on Monday.", ("Graham", "supports", "amnesty plan")),
])
def test_a_critic_or_backer_of_something_holds_a_stance_on_it(extract, text, expected):
    assert expected in triples(extract(text))


def test_no_stance_for_one_who_is_no_supporter(extract):
    assert not triples(extract("Trump is not a supporter of the deal."))


@pytest.mark.parametrize("text, published, actor", [
    # written for this test, BBC politics style of 2005: a leader named by title and surname alone,
    # a peer by his title, an institution by its initials
    ("Mr Howard attacked the government's plans for identity cards.", "2005-02-01", "Michael Howard"),
    ("Lord Falconer praised the judges for their work.", "2005-02-01", "Lord Falconer"),
    ("The NAO criticised the Ministry of Defence over the delays.", "2005-02-01", "National Audit Office"),
])
def test_british_politicians_of_the_day_by_surname_title_or_initials(extract, text, published, actor):
    assert actor in {s.actor.label for s in extract(text, published=published)}


def test_an_article_that_quotes_in_single_marks():
    # the house style of outlets that quote in single marks (written for this test): body quotations
    # are found where no double mark follows the headline; an apostrophe inside ("MPs'") does not close
    from kg.extract.quotes import find_quotes

    text = ("Starmer says UK will 'not be pushed around'\n\n"
            "‘We will always act in the national interest,’ the prime minister told MPs. ‘That is what "
            "the MPs’ voters expect.’\n\n'They have no plan,' she said. The 'consultation' was a sham.\n\n"
            "«Nous ne céderons pas», Emmanuel Macron said.")
    assert [q.content.text for q in find_quotes(text)] == [
        "not be pushed around", "We will always act in the national interest,",
        "That is what the MPs’ voters expect.", "They have no plan,", "Nous ne céderons pas"]
    doubled = text + '\n\nShe called it "a sham".'
    assert "They have no plan," not in [q.content.text for q in find_quotes(doubled)]
