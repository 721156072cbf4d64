"""Constructions of ordinary English the rules learned to read in the fifth and sixth rounds,
one test each, from train sentences or written for the test (never the seeds).
``tests/test_extract.py`` holds the earlier rounds' cases."""
from __future__ import annotations

import pytest

from conftest import triples


@pytest.mark.parametrize("text, expected", [
    # from a train article (BBC politics 2004-05)
    ("Five more barristers are now reported to be threatening to resign.",
     ("Barristers", "threatens", "resignation")),
    # written for this test
    ("Labour is set to back the deal.", ("Labour Party", "supports", "deal")),
])
def test_a_raising_passive_lends_its_subject_to_the_act(extract, text, expected):
    assert expected in triples(extract(text))


def test_requiring_someone_to_act_demands_the_act(extract):
    # from a train article (world news 2016): a resolution speaks for the Security Council
    got = triples(extract("A U.N. Security Council resolution in early March also required member states to sever "
                          "correspondent banking relationships with North Korean financial institutions."))
    assert ("UN Security Council", "demands", "sever correspondent banking relationships") in got


def test_the_security_council_is_an_actor_apart_from_the_un(extract):
    # written for this test: the Council votes and speaks as itself; the Secretary-General's UN is another voice
    got = triples(extract("The UN Security Council called for restraint. The United Nations urged calm."))
    assert ("UN Security Council", "demands", "restraint") in got
    assert any(t[0] == "United Nations" for t in got)


@pytest.mark.parametrize("text, expected", [
    # from a train article (BBC politics 2004-05): "appeared willing" hangs the adjective as oprd, not acomp
    ("Liberal leader Jeremy Thorpe appeared willing to form a coalition government.",
     ("Jeremy Thorpe", "accepts", "form coalition government")),
    # written for this test
    ("Hamas seemed ready for talks.", ("Hamas", "accepts", "peace talks")),
])
def test_a_stance_adjective_after_seem_or_appear_is_the_subjects(extract, text, expected):
    assert expected in triples(extract(text))


def test_a_description_keeps_its_coordinated_modifiers(extract):
    # from a train article (world news 2016): the label had been "Agencies"
    got = triples(extract("The deal has also been fiercely criticised by United Nations refugee and human rights "
                          "agencies, as immoral."))
    assert ("United Nations refugee and human rights agencies", "opposes", "deal") in got


@pytest.mark.parametrize("text, actor", [
    # from a train article (BBC politics 2004-05)
    ("The UK government is planning to return asylum seeker children without parents to Albania.", "UK government"),
    # written for this test
    ("Labour intends to raise the minimum wage.", "Labour Party"),
])
def test_a_plan_or_intention_proposes_its_act(extract, text, actor):
    assert any(t[0] == actor and t[1] == "proposes" for t in triples(extract(text)))


def test_what_a_speaker_judges_is_not_the_judge(extract):
    # written for this test: the copula's subject is what is judged; it had been read as the actor ("Cuts opposes cuts")
    got = triples(extract("Labour said the cuts are dangerous."))
    assert ("Labour Party", "opposes", "cuts") in got
    assert not [t for t in got if t[0].lower() == "cuts"]


@pytest.mark.parametrize("text, expected", [
    # from a train article (world news 2016)
    ("A spokesman for Mossack Fonseca said that any allegations that the firm helped conceal money from the "
     "Brink's-Mat heist are entirely false.", ("Mossack Fonseca spokesman", "rejects", "allegations")),
    # from a train article (US politics 2016): "rubbish" is a verb of rejection
    ("Biden rubbished Trump's claim to understand the middle class.",
     ("Joe Biden", "rejects", "Donald Trump's claim to understand the middle class")),
])
def test_a_claim_opposed_is_rejected(extract, text, expected):
    assert expected in triples(extract(text))


def test_a_document_criticised_is_still_opposed(extract):
    # written for this test: a report (singular) is a document, not a claim
    assert ("Labour Party", "opposes", "report") in triples(extract("Labour criticised the report."))


@pytest.mark.parametrize("label, claim", [
    ("allegations that the firm helped conceal money", True),
    ("'charade' claims", True),
    ("newspaper speculation that his father entered Britain illegally", True),
    ("reports of a rift", True),
    ("report", False),
    ("claims commission budget", False),
    ("tax cuts", False),
])
def test_names_a_claim_reads_the_head_of_the_label(label, claim):
    from kg.config import Settings
    from kg.extract.targets import names_a_claim
    from kg.train import load_lexicon
    assert names_a_claim(load_lexicon(Settings.from_env().ontology), label) is claim


@pytest.mark.parametrize("text", [
    # from a train article (BBC politics 2004-05)
    "That is a view partly endorsed by recent polls suggesting people would rather have cash spent on public "
    "services than tax cuts.",
    # written for this test ("documents" is held elsewhere too: the author lookup's document nouns)
    "Opinion polls published since the murder suggest a swing to Remain.",
])
def test_things_are_no_described_actors(extract, extract_learned, text):
    for statements in (extract(text), extract_learned(text)):
        assert not [s for s in statements if any(w in s.actor.label.lower() for w in ("polls", "documents"))]


def test_a_participle_after_a_companion_is_the_subjects(extract):
    # from a train article (US politics 2016): "with Hillary Clinton, ..." is no absolute "with" phrase
    got = triples(extract("Vice President Joe Biden on Monday hit the 2016 campaign trail with Hillary Clinton for the "
                          "first time, trashing Donald Trump as unqualified for the White House and accusing him of "
                          "endangering troops."))
    assert {("Joe Biden", "opposes", "Donald Trump"), ("Joe Biden", "accuses", "Donald Trump")} <= got
    assert not [t for t in got if t[0] == "Hillary Clinton"]


def test_an_object_pronoun_is_not_its_participles_subject(extract):
    # written for this test: "him" is Trump, not Biden, who accuses
    assert ("Joe Biden", "accuses", "Donald Trump") in triples(extract("Biden criticised Trump, accusing him of lying."))


def test_a_quoted_modifier_stays_in_its_phrase(extract):
    # from a train article (world news 2016): the label had been "Campaigners"
    got = triples(extract('Some "Leave" campaigners accuse the "Remain" camp of exploiting the murder.'))
    assert ("Leave campaigners", "accuses", "Remain camp") in got


def test_a_forecast_passive_is_no_demand(extract):
    # from a train article (BBC politics 2004-05): "is expected to be opposed by" had read as irrealis
    got = triples(extract("The bill, which ministers claim will tackle crime, terrorism and illegal immigration, "
                          "is expected to be opposed by the Liberal Democrats."))
    assert ("Liberal Democrats", "opposes", "bill") in got


@pytest.mark.parametrize("text", [
    '"Russia must agree to an unconditional ceasefire," the EU foreign policy chief told reporters.',
    "Iran should accept the offer on the table, the French foreign minister said on Friday."])
def test_what_someone_must_or_should_do_is_no_act_of_theirs(extract, extract_learned, text):
    # written for the test, as wire copy words it: the speaker demands it; the
    # subject of "must agree" has agreed to nothing
    for run in (extract, extract_learned):
        assert not [s for s in run(text) if s.actor.label in {"Russia", "Iran"}
                    and s.relation.value == "accepts"], [(s.actor.label, s.relation.value) for s in run(text)]


def test_we_must_and_a_passive_should_stay_the_speakers_position():
    from kg.config import Settings
    from kg.extract.modality import obliged
    from kg.nlp import load_pipeline

    s = Settings.from_env()
    nlp = load_pipeline(s.model, s.ontology)
    verb = lambda text, lemma: next(t for t in nlp(text) if t.lemma_ == lemma)  # noqa: E731
    assert obliged(verb("Russia must agree to a ceasefire.", "agree"))
    assert not obliged(verb("We must accept the result of the vote.", "accept"))
    assert not obliged(verb("These arguments should be rejected by sentencers.", "reject"))
    assert not obliged(verb("Russia agreed to a ceasefire.", "agree"))
    assert not obliged(verb("Labour does not believe the country should support the plan.", "support"))


@pytest.mark.parametrize("text,expected", [
    # written for the test, as BBC politics words it: the count sizes the group that acts
    ("Dozens of Labour MPs have criticised the proposals.", ("Labour MPs", "opposes", "proposals")),
    ("Scores of Conservative MPs have backed the plan.", ("Conservative MPs", "supports", "plan")),
])
def test_a_counted_group_is_the_group(extract, extract_learned, text, expected):
    assert expected in triples(extract(text))
    assert expected in triples(extract_learned(text))


def test_counted_nationals_are_no_state(extract_learned):
    # written for the test: "tens of thousands of Iranians" marching are people, not the state
    got = extract_learned("Tens of thousands of Iranians rallied in Tehran to express support for the Palestinians.")
    assert not [s for s in got if s.actor.label == "Iran"], triples(got)


@pytest.mark.parametrize("text,label", [
    # written for the test, as BBC politics words it: whose spokeswoman, by the party "their" names
    ("The Liberal Democrats called for the cuts to be scrapped. Their spokeswoman said the plan was cruel.",
     "Liberal Democrats spokeswoman"),
    ("The Conservative Party rejected the proposals. Its chairman criticised the plan as unworkable.",
     "Conservative Party chairman"),
])
def test_its_or_their_role_is_named_by_its_owner(extract_learned, text, label):
    actors = {s.actor.label for s in extract_learned(text)}
    assert label in actors and not {a for a in actors if a.lower().split()[0] in {"its", "their", "spokeswoman",
                                                                                  "chairman"}}, actors


def test_brokering_a_truce_proposes_it(extract):
    # from a train article (world news 2016)
    got = triples(extract("A truce was brokered by the United States and Russia in February."))
    assert {("United States", "proposes", "ceasefire"), ("Russia", "proposes", "ceasefire")} <= got


def test_an_allegation_accuses_its_clauses_subject(extract):
    # written for this test (train: "a lawsuit ... alleging that the congressman violated the law")
    assert ("Podliska", "accuses", "Gowdy") in triples(extract("Podliska alleges that Gowdy fired him for taking time off."))


def test_a_warning_of_ones_own_planned_act_threatens_it(extract):
    # from a train article (world news 2016, shortened): no will or would, but a plan
    got = triples(extract("Two days earlier North Korea warned it was planning its toughest response."))
    assert ("North Korea", "threatens", "toughest response") in got


@pytest.mark.parametrize("text, demand", [
    # from train articles (BBC politics 2004-05): an assertion, not a demand
    ("But the pair chatted amicably and Mr Brown insisted he was happy with his current campaign task.", None),
    ("Mr Blair has insisted he has done no deals over the premiership.", None),
    # from a train article: what must happen is demanded
    ("Mr Milburn insisted that government reform must continue.", ("Alan Milburn", "demands", "reforms")),
])
def test_insisting_demands_only_what_is_owed(extract, text, demand):
    got = triples(extract(text))
    assert demand in got if demand else not [t for t in got if t[1] == "demands"]


@pytest.mark.parametrize("text, kept", [
    # from train articles (BBC politics 2004-05, US politics 2016): an attempt, an assertion, a question
    ("Mr Milburn also sought to draw a line under the controversy about reports of a feud.", None),
    ("After Hewitt suggested that Trump simply meant that Obama's policies created the conditions in which ISIS "
     "could emerge, Trump contradicted him.", None),
    ("Breitbart News asked several times whether Sen. Cruz disavowed Lindsey Graham's endorsement.", None),
    # written for this test: seeking a thing, suggesting an act, asking someone to act
    ("Germany is seeking the creation of safe zones in Syria.", ("Germany", "demands")),
    ("Labour suggested a meeting with the unions.", ("Labour Party", "proposes")),
    ("Merkel asked Russia to withdraw its troops.", ("Angela Merkel", "demands")),
])
def test_seeking_to_suggesting_that_and_asking_whether_are_no_demands(extract, text, kept):
    got = {t[:2] for t in triples(extract(text))}
    if kept:
        assert kept in got
    else:
        assert not [t for t in got if t[1] in {"demands", "proposes"}]


@pytest.mark.parametrize("text, expected", [
    # from a train article (BBC politics 2004-05): the demand is the delay, not the drinking
    ("The Conservatives have called for 24-hour drinking to be shelved until the problems of binge drinking are solved.",
     ("Conservatives", "demands", "delay of 24-hour drinking")),
    # written for this test: the parser marks the clause with "for" and had left no cue
    ("Labour called for the plans to be scrapped.", ("Labour Party", "demands", "scrapping of plans")),
])
def test_calling_for_something_to_be_undone_demands_its_undoing(extract, text, expected):
    assert expected in triples(extract(text))


def test_accepting_an_act_of_someone_accepts_the_act(extract):
    # from a train article (US politics 2016): refusing to disavow an endorsement accepts it, not the endorser
    got = triples(extract("Sen. Ted Cruz refuses to disavow the endorsement of Sen. Lindsey Graham, Congress' most "
                          "zealous advocate for mass migration and foreign military interventionism."))
    assert ("Ted Cruz", "accepts", "endorsement of Sen. Lindsey Graham") in got
    assert not any(t[0] == "Ted Cruz" and t[2] == "foreign military interventionism" for t in got)


@pytest.mark.parametrize("text, expected", [
    # from a train article (BBC politics 2004-05): a pledge to refrain rejects the act
    ("Charles Kennedy repeated his pledge not to do post-election deals with either party after the election.",
     ("Charles Kennedy", "rejects", "post-election deals")),
    # written for this test: a call to refrain opposes it
    ("Labour renewed its call not to privatise the railways.", ("Labour Party", "opposes", "privatise railways")),
])
def test_a_pledge_or_call_not_to_act_turns_against_the_act(extract, text, expected):
    assert expected in triples(extract(text))


def test_a_protest_drawn_from_someone_opposes_what_drew_it(extract):
    # written for this test, after a train sentence (world news 2016)
    got = triples(extract("The deployment of the missile defence system drew a sharp and swift protest from China."))
    assert ("China", "opposes", "deployment of missile defence system") in got


@pytest.mark.parametrize("text, expected", [
    # from a train article (world news 2016): support given to someone is support of them, not of the venue
    ('Cuban President Raul Castro gave Maduro his "robust and unconditional support" at the summit.',
     ("Raul Castro", "supports", "Nicolás Maduro")),
    # written for this test
    ("The Liberals lent their support to the minority government.", ("Liberals", "supports", "minority government")),
])
def test_support_given_to_someone_supports_them(extract, text, expected):
    assert expected in triples(extract(text))


@pytest.mark.parametrize("text, expected", [
    # from a train article (BBC politics 2004-05)
    ('Former Conservative leader Iain Duncan Smith, one of the chief critics of the plans, condemned the debate.',
     ("Iain Duncan Smith", "opposes", "plans")),
    # written for this test: the possessive says whose supporter
    ("Chris Christie was one of Trump's most loyal supporters.", ("Chris Christie", "supports", "Donald Trump")),
])
def test_one_of_the_critics_or_supporters_holds_their_stance(extract, text, expected):
    assert expected in triples(extract(text))


def test_a_name_before_an_owned_stance_noun_is_its_target(extract):
    # from a train headline (US politics 2016), in sentence case
    got = triples(extract("Glenn Beck responded to Palin's Trump endorsement with one brutal line."))
    assert ("Palin", "supports", "Donald Trump") in got
    # written for this test: without a possessive the name before the noun holds the stance
    assert not any(t[2] == "United States" for t in triples(extract("The US support for Kyiv was welcome.")))


@pytest.mark.parametrize("text, expected", [
    # from a train article (BBC politics 2004-05)
    ("Mr Hilton on Tuesday said he was considering taking legal action against his deposal.",
     ("Hilton", "threatens", "legal action")),
    # written for this test
    ('"We will take action against anyone who breaks the law," Home Secretary Amber Rudd said.',
     ("Amber Rudd", "threatens", "action")),
    ("Iran vowed a crushing response to any attack.", ("Iran", "threatens", "crushing response to attack")),
])
def test_a_sanction_announced_as_ones_own_act_threatens_it(extract, text, expected):
    got = triples(extract(text))
    assert expected in got
    assert not any(t[1] == "supports" for t in got)  # a vow of a response is no support of it


def test_a_sanction_taken_is_no_threat(extract):
    # written for this test: done, not announced
    assert not any(t[1] == "threatens" for t in triples(extract("The police took action against the protesters.")))


def test_a_warning_of_something_threatens_it(extract):
    # written for this test: the phrasal cue's object is what is threatened
    assert ("Trades Union Congress", "threatens", "strike action") in triples(extract("The TUC warned of strike action over the pay offer."))


def test_attacking_in_words_opposes_and_attacking_by_force_is_no_stance(extract):
    # from a train article (BBC politics 2004-05)
    got = triples(extract("Labour and the Tories have attacked his policies as both unworkable and not properly costed."))
    assert ("Labour Party", "opposes", "policies") in got and ("Conservative Party", "opposes", "policies") in got
    # written for this test: force, not words
    for text in ("Russian forces attacked Kharkiv on Sunday.", "Islamic State fighters attacked the convoy."):
        assert not triples(extract(text))


@pytest.mark.parametrize("text, accused", [
    # from a train article (world news 2016)
    ("UK Independence Party leader Nigel Farage said the EU had failed to control immigration properly.",
     ("Nigel Farage", "accuses", "European Union")),
    # written for this test
    ("Labour said the Tories had failed to protect the NHS.", ("Labour Party", "accuses", "Conservative Party")),
])
def test_a_failure_reported_of_an_actor_accuses_it(extract, text, accused):
    assert accused in triples(extract(text))


def test_a_failure_at_an_achievement_accuses_no_one(extract):
    # written for this test
    got = triples(extract("Iran failed to win enough votes for its resolution, Western diplomats said."))
    assert not any(t[1] == "accuses" for t in got)


@pytest.mark.parametrize("text, expected", [
    # from a train article (world news 2016): the act offered, not the country it is for
    ("Ukrainian military pilot Nadiya Savchenko promptly offered to fight again for Kiev.",
     ("Nadiya Savchenko", "proposes", "fight again for Kiev")),
    # written for this test: the act agreed, not its partner
    ("The Tories offered to campaign with the Liberal Democrats.",
     ("Conservative Party", "proposes", "campaign with Liberal Democrats")),
])
def test_an_act_for_or_with_an_actor_is_named_by_its_verb_phrase(extract, text, expected):
    assert expected in triples(extract(text))


@pytest.mark.parametrize("text, expected", [
    # from a train article (world news 2016): the organisation's name is whole in the description
    ("The head of the Organization of American States called for an emergency meeting.",
     ("Head of Organization of American States", "demands", "emergency meeting")),
    # written for this test
    ("The chairman of the Bank of England warned against the plan.",
     ("Chairman of Bank of England", "opposes", "plan")),
])
def test_a_description_keeps_the_whole_name_of_what_it_heads(extract, text, expected):
    assert expected in triples(extract(text))


@pytest.mark.parametrize("text, expected", [
    # from train articles (BBC politics 2004-05; US politics 2016): a group is named without its count
    ("Five public sector unions criticised the pension changes.", ("Public sector unions", "opposes", "pension changes")),
    ("Several hundred demonstrators marched against the new law.", ("Demonstrators", "opposes", "law")),
])
def test_a_group_is_described_without_its_count(extract, text, expected):
    assert expected in triples(extract(text))


@pytest.mark.parametrize("text, expected", [
    # from train articles (US politics 2016): idioms of attack, aimed "at" their target
    ("Clinton also took some shots at Bernie Sanders, particularly on guns.",
     ("Hillary Clinton", "opposes", "Bernie Sanders")),
    ("Carson broke from his policy to take an indirect swipe at Donald Trump.", ("Carson", "opposes", "Donald Trump")),
    ("Donald Trump took to Twitter to fire back at George Will.", ("Donald Trump", "opposes", "George Will")),
    # written for this test: a phrasal cue already in the lexicon had lost its "at"
    ("Labour hit out at the Tories.", ("Labour Party", "opposes", "Conservative Party")),
    ("Iran walked away from the nuclear deal.", ("Iran", "rejects", "nuclear deal")),
])
def test_a_swipe_or_shot_at_someone_opposes_them(extract, text, expected):
    assert expected in triples(extract(text))


@pytest.mark.parametrize("text, expected", [
    # from a train article (world news 2016)
    ("Most countries at the summit stressed the importance of freedom of navigation.",
     ("Most countries", "supports", "freedom of navigation")),
    # written for this test
    ("The foreign minister emphasised the need for dialogue with Pyongyang.",
     ("Foreign minister", "demands", "peace talks")),  # dialogue is the vocabulary's peace talks
])
def test_stressing_the_importance_or_need_of_something_takes_a_stand_for_it(extract, text, expected):
    assert expected in triples(extract(text))


@pytest.mark.parametrize("text, expected", [
    # from a train article (world news 2016)
    ("Philippine President Rodrigo Duterte said on Thursday he would not surrender the country's rights over the disputed Scarborough Shoal.",
     ("Rodrigo Duterte", "rejects", "surrender country's rights")),  # an owner not named stays (the coders' form)
    # written for this test, after a train sentence (US politics 2016)
    ('"We will not pay for the wall," Enrique Peña Nieto said.', ("Enrique Peña Nieto", "rejects", "pay for wall")),
])
def test_refusing_an_act_of_ones_own_to_come_rejects_it(extract, text, expected):
    assert expected in triples(extract(text))


def test_anothers_act_foretold_as_not_coming_is_no_refusal(extract):
    # written for this test: a forecast of the Tories' act, not Labour's own refusal nor theirs
    got = triples(extract("Labour said the Tories would not cut taxes."))
    assert not any(t[1] == "rejects" for t in got)


@pytest.mark.parametrize("text, expected", [
    # from train articles (BBC politics 2004-05; world news 2016)
    ("Labour will continue to pursue controversial reforms if it wins a third term in power, "
     "the party's election chief Alan Milburn has said.", ("Alan Milburn", "supports", "reforms")),  # its spokesman (gold)
    ("China will keep preserving and developing both China-EU and China-UK relations.",
     ("China", "supports", "diplomatic relations")),
])
def test_an_act_one_will_keep_up_is_supported(extract, text, expected):
    assert expected in triples(extract(text))


@pytest.mark.parametrize("text, expected", [
    # from train articles (world news 2016): an institution described by its noun, where no name is given
    ("The commission on Syria has repeatedly recommended referral of the crimes to the I.C.C.",
     ("Commission", "proposes", "referral of crimes to I.C.C.")),
    ("The firm declined to discuss individual cases.", ("Firm", "rejects", "discuss individual cases")),
])
def test_an_unnamed_institution_is_described_by_its_noun(extract, text, expected):
    assert expected in triples(extract(text))


def test_a_bare_description_under_a_named_speaker_is_the_speakers_word(extract):
    # from a train article (world news 2016): businesses want it, says the one who speaks for them
    got = triples(extract("In response, Adam Marshall, Acting Director General of the British Chambers of Commerce, "
                          "said businesses wanted a clear timetable for exit."))
    assert ("Adam Marshall", "demands", "clear timetable for exit") in got


@pytest.mark.parametrize("text, expected", [
    # from train articles (BBC politics 2004-05)
    ("Ed Balls, ex-chief economic adviser to the Treasury, said there would be no spending spree before polling day.",
     ("Ed Balls", "rejects", "spending spree")),
    ("Dr Liam Fox told BBC One's Breakfast with Frost programme there was no place for vindictiveness in politics.",
     ("Liam Fox", "opposes", "vindictiveness")),
    ("The Tories insist there is no need to raise taxes to fund improvements in services.",
     ("Tories", "rejects", "raise taxes")),  # ruled out as needless (train gold: opposes or rejects)
])
def test_saying_there_is_or_will_be_no_such_thing_turns_against_it(extract, text, expected):
    assert expected in triples(extract(text))


@pytest.mark.parametrize("text, expected", [
    # from a train article (US politics 2016): what someone should undergo is demanded of them
    ('"Loretta Lynch should be impeached for such outrageous overreach," Kelli Ward said.',
     ("Kelli Ward", "demands", "impeachment of Loretta Lynch")),
    # written for this test: a sacking is an act of justice done to a person, named as the impeachment above is
    ("Labour said Jacqui Smith must be sacked.", ("Labour Party", "demands", "sacking of Jacqui Smith")),
])
def test_a_passive_obligation_demands_the_act_on_its_subject(extract, text, expected):
    assert expected in triples(extract(text))


def test_warning_someone_against_an_act_opposes_the_act(extract):
    # from a train article (BBC politics 2004-05): the parser hangs "against" on the object
    got = triples(extract('The Liberal Democrats have warned both parties against "pandering to prejudice".'))
    assert any(t[0] == "Liberal Democrats" and t[1] == "opposes" and "prejudice" in t[2] for t in got), got
    assert not any(t[1] == "threatens" for t in got)


@pytest.mark.parametrize("text, expected", [
    # from a train article (BBC politics 2004-05): the coders code each of the two criticised
    ("Labour MPs have angrily criticised Tony Blair and Gordon Brown amid renewed reports of a rift.",
     ("Labour MPs", "opposes", "Gordon Brown")),
    # written for this test
    ("Jack Straw met Thailand and Indonesia on Monday.", ("Jack Straw", "consults", "Indonesia")),
])
def test_each_of_coordinated_actors_is_a_target_of_its_own(extract, text, expected):
    got = triples(extract(text))
    assert expected in got
    assert not any(" and " in t[2] for t in got if t[2])


def test_an_infinitive_after_a_date_is_still_the_act_agreed(extract):
    # from a train article (world news 2016): the parser makes "to close" an adverbial after "in 1996"
    got = triples(extract("The United States and Japan agreed in 1996 to close Futenma."))
    assert ("Japan", "accepts", "close Futenma") in got


def test_a_reported_genocide_accuses_who_committed_it(extract):
    # from a train article (world news 2016)
    got = triples(extract("Secretary of State John Kerry said in March that the United States had determined that "
                          "Islamic State had committed genocide against Yazidis."))
    assert ("John Kerry", "accuses", "Islamic State") in got


@pytest.mark.parametrize("text, expected", [
    # written for this test, after train sentences (US politics and world news 2016)
    ("Black Lives Matter protesters paid tribute to Clarence Howard.",
     ("Black Lives Matter protesters", "praises", "Clarence Howard")),
    ("State Department officials concurred with the inspector general's findings.",
     ("State Department officials", "accepts", "inspector general's findings")),
    ("Chris Christie has been vouching for Donald Trump.", ("Chris Christie", "supports", "Donald Trump")),
    # a demand to refrain stays a demand (``refrained_acts``: the gold codes it so)
    ("Nicolas Maduro entreats Latin America not to isolate Venezuela.",
     ("Nicolás Maduro", "demands", "not to isolate Venezuela")),
])
def test_tributes_concurrence_vouching_and_entreaties(extract, text, expected):
    assert expected in triples(extract(text))


@pytest.mark.parametrize("text, expected", [
    # written for this test, after a train sentence (world news 2016): the noun a relative clause
    # qualifies is its verb's object
    ("Amnesty said Syrians were being shot at the border, a claim Ahmet Davutoglu refuted on Saturday.",
     ("Ahmet Davutoglu", "rejects", "claim")),
    ("Podliska alleges that he was fired, a claim that Trey Gowdy strongly disputes.", ("Trey Gowdy", "rejects", "claim")),
])
def test_a_relative_clause_acts_on_the_noun_it_qualifies(extract, text, expected):
    assert expected in triples(extract(text))


@pytest.mark.parametrize("text, expected", [
    # written for this test, after train sentences (world news and US politics 2016): a speaker's
    # verdict on a named actor praises or opposes it
    ('"Today Turkey is the best example of how to treat refugees," Donald Tusk said.', ("Donald Tusk", "praises", "Turkey")),
    ("Asa Khalif said Donald Trump is a racist bigot.", ("Asa Khalif", "opposes", "Donald Trump")),
])
def test_a_verdict_on_a_named_actor(extract, text, expected):
    assert expected in triples(extract(text))


def test_no_verdict_on_ones_own_first_name(extract):
    # written for this test: "Donald" is the speaker himself
    assert not [t for t in triples(extract('"Donald is a great guy," Donald Trump said.')) if t[1] == "praises"]


@pytest.mark.parametrize("text, expected", [
    # written for this test, after a train sentence (BBC politics 2004-05)
    ('"We believe there should be an investigation into the role played by the UK," said Kate Allen.',
     ("Kate Allen", "demands", "investigation")),
    ("Labour said there must be a public inquiry into the deaths.", ("Labour Party", "demands", "investigation")),
])
def test_what_someone_says_should_exist_is_demanded(extract, text, expected):
    assert expected in triples(extract(text))
