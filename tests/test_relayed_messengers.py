"""A position the reported clause credits to someone named in it is theirs, not the messenger's: the
reporter gets no copy of it (train sentences; the GUIDELINES' "the messenger gets nothing")."""
from __future__ import annotations

from conftest import labels


def test_the_reporter_of_a_named_persons_promise_gets_no_copy_of_it(extract_learned):
    got = labels(extract_learned("Sen. Ted Cruz of Texas campaigned in Iowa on Monday. Cruz electrified the small crowds with impassioned speeches and promises to shake "
                                 "things up in Washington if elected, Stovall said."))
    assert not any(a == "Stovall" for a, _, _ in got), got
    assert any(a == "Ted Cruz" and r == "proposes" for a, r, _ in got), got


def test_a_pledge_about_another_persons_wishes_is_not_the_pledgers_position(extract_learned):
    got = labels(extract_learned("During the discussion, Pence pledged that Trump \u201creally is\u201d in favor of free "
                                 "trade, but wants \u201csmarter and tougher\u201d trade deals."))
    assert ("Donald Trump", "demands", "smarter and tougher trade deals") in got, got
    assert not any(a == "Mike Pence" and t == "smarter and tougher trade deals" for a, _, t in got), got



def test_a_reporting_verb_the_quoted_clause_governs_is_the_principals_own():
    """"A spokesman said: 'The prime minister believes ...'" (a bbc2004 probe): the spokesman relays
    the prime minister, not the other way round, though "believes" is a reporting verb too."""
    from kg.config import Settings
    from kg.extract.messengers import relays
    from kg.lexicon import load_lexicon
    from kg.nlp import load_pipeline

    s = Settings.from_env()
    lex, nlp = load_lexicon(s.ontology), load_pipeline(s.model, s.ontology)
    doc = nlp('A spokesman said: "The prime minister believes ID cards are right for the country."')
    spokesman, minister = doc[1], doc[7]
    assert (spokesman.text, minister.text) == ("spokesman", "minister")
    assert not relays(lex, minister, spokesman)
    assert relays(lex, spokesman, minister)  # the spokesman relays the prime minister's belief
