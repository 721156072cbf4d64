"""A quotation with no issue of its own carries its speaker's earlier position only while the story
stays with the speaker (quotefb44 round): once another actor's position comes between, the quotation
is read on its own words, not filed under the issue of a position taken before another voice spoke."""
from __future__ import annotations

# from a train article (Reuters 2016): between Rouhani's "We stand with the dispossessed Palestinian
# nation" and his next quotation the narrator reports Iran's backing of militant groups; the coders
# file the later quotation against Israel, not as more support for the Palestinian nation
ROUHANI = (
           "Iran's Rouhani accuses West of exploiting Sunni-Shi'ite rift, raps Israel\n\nANKARA Iran's "
           'President Hassan Rouhani accused Western powers of trying to exploit differences between the '
           "world's Sunni and Shi'ite Muslims to divert attention from the Israel-Palestinian conflict, "
           "state television reported on Friday.\nRouhani's comments came as tens of thousands of Iranians "
           'joined anti-Israel rallies across the country to express support for the Palestinians. They '
           'chanted "Death to Israel" and "Death to America" and burned the Israeli flag.\n"The global '
           'arrogance (the United States and its allies) wants to create discord among Muslims ... Unity is '
           'the only way to restore stability in the region," Rouhani said.\n"We stand with the dispossessed '
           'Palestinian nation."\nOpposition to Israel, which Tehran refuses to recognize, has been a '
           "cornerstone of Iranian policy since its 1979 Islamic revolution. Shi'ite Muslim Iran backs "
           'Palestinian and Lebanese militant groups who oppose peace with Israel.\n"The Zionist regime '
           '(Israel) is a regional base for America and the global arrogance ... Disunity and discord among '
           'Muslim and terrorist groups in the region ... have diverted us from the important issue of '
           'Palestine," Rouhani said.\n')


def test_a_quotation_after_another_voice_is_not_filed_under_the_earlier_position(extract_learned):
    out = extract_learned(ROUHANI)
    later = [s for s in out if s.quote is not None and s.quote.text.startswith("The Zionist regime")
             and s.actor.label == "Hassan Rouhani"]
    assert later, "the quotation keeps its speaker"
    assert all(s.target is None or "Palestinian nation" not in s.target.label for s in later)


def test_a_quotation_right_after_its_speakers_position_still_carries_it(extract_learned):
    # the story stays with the speaker: his next quotation carries the position he just took
    text = ('Charities attack plan to return asylum children\n\n'
            'Refugee charity chief Tim Hogg said the charity strongly opposed the scheme to return children. '
            '"In Albania particularly there is no statutory child care or protection structure," he said.\n')
    later = [s for s in extract_learned(text) if s.quote is not None and s.quote.text.startswith("In Albania")]
    assert later and all(s.target is not None for s in later)
