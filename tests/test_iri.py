"""IRIs are valid whatever the characters in a name, and round-trip."""
from __future__ import annotations

import pyoxigraph as ox
import rdflib
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.rdf import Minter, slug
from kg.records import Actor


@settings(max_examples=200, deadline=None)
@given(st.text(min_size=1, max_size=60))
def test_minted_iri_is_valid_and_round_trips(label):
    iri = Minter("https://example.org/id/").actor(Actor(label=label))
    node = ox.NamedNode(iri.value)  # raises on an invalid IRI
    data = ox.serialize([ox.Triple(node, node, ox.Literal(label.encode("utf-8", "replace").decode("utf-8", "replace")))],
                        format=ox.RdfFormat.N_TRIPLES)
    g = rdflib.Graph().parse(data=data, format="nt")
    assert str(next(iter(g))[0]) == iri.value


def test_slug_examples():
    assert slug("Vladimir Putin") == "Vladimir_Putin"
    assert slug('a<b>"c"') == "a%3Cb%3E%22c%22"


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=60))
def test_labels_are_one_line_whatever_the_text_gave(label):
    # an entity before a blank line came out as "Archer\n\n"; a name with a non-breaking space as "Donald \xa0 Trump"
    from kg.records import Topic

    for made in (Actor(label=label).label, Topic(label=label).label):
        assert made == made.strip() and "  " not in made
        assert not any(c.isspace() and c != " " for c in made)
        assert made.split() == label.split()
