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
