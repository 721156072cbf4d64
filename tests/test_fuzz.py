"""Fuzzing with hypothesis: extraction never raises, minted IRIs survive every
serialisation, article text cannot escape into HTML, the JSONL export parses."""
from __future__ import annotations

import hashlib
import json

import pyoxigraph as ox
import rdflib
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from kg.records import Actor, Document, Relation, Span, Statement, Topic

# names with RTL script, emoji, combining marks, quotes, angle brackets, controls
nasty = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=40)
sentences = st.lists(st.sampled_from([
    "Angela Merkel called for a ceasefire.", '"We reject it," Putin said.', "He urged Iran to accept the deal or face sanctions.",
    "“", "”", '"', "'", "\n\n", " ", "<b>", "‮", "e\u0301", "🇺🇦", "only if", "Kiev", "said", "not", ",",
]), max_size=12).map("".join)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(st.text(max_size=300), sentences))
def test_extraction_never_raises(extract, text):
    for s in extract(text):
        assert 0 <= s.sentence.start <= s.sentence.end <= len(text)
        assert text[s.sentence.start:s.sentence.end] == s.sentence.text


def _doc_and_statement(actor: str, topic: str, quote: str) -> tuple[Document, Statement]:
    text = f"{actor} demands {topic}: {quote}"
    doc = Document(id="fuzz", text=text, content_hash=hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest())
    st_ = Statement(doc_id="fuzz", sentence=Span(0, len(text), text), actor=Actor(actor), relation=Relation.DEMANDS,
                    target=Topic(topic), actor_span=Span(0, len(actor), actor),
                    quote=Span(len(text) - len(quote), len(text), quote), confidence=0.5)
    return doc, st_


@settings(max_examples=40, deadline=None)
@given(nasty, nasty, nasty)
def test_iris_and_literals_round_trip_every_serialisation(actor, topic, quote):
    from kg.config import Settings
    from kg.rdf import GraphWriter

    doc, stmt = _doc_and_statement(actor, topic, quote)
    store = ox.Store()
    store.extend(GraphWriter(Settings.from_env()).document_quads(doc, [stmt]))
    n = len(store)
    for fmt, rdflib_fmt in ((ox.RdfFormat.TRIG, "trig"), (ox.RdfFormat.N_QUADS, "nquads")):
        data = store.dump(format=fmt)
        back = ox.Store()
        back.load(data, format=fmt)
        assert len(back) == n
        ds = rdflib.Dataset()
        ds.parse(data=data, format=rdflib_fmt)
        assert len(list(ds.quads())) == n
        labels = {str(o) for _, p, o, _ in ds.quads() if str(p).endswith("#label")}
        # labels are one line (kg.records.one_line); the quotation keeps the text's own characters
        assert stmt.actor.label in labels and stmt.target.label in labels
        texts = {str(o) for _, p, o, _ in ds.quads() if str(p).endswith("anchorOf")}
        assert quote in texts or not quote.strip()
    jsonld = rdflib.Dataset()
    jsonld.parse(data=store.dump(format=ox.RdfFormat.N_QUADS), format="nquads")
    again = rdflib.Dataset()
    again.parse(data=jsonld.serialize(format="json-ld"), format="json-ld")
    assert len(list(again.quads())) == n


@settings(max_examples=100, deadline=None)
@given(nasty, nasty, nasty)
@example("0", "0", "<!--")  # found by this test: '<\!--' kept the page safe but was no JSON
def test_text_reaches_html_only_as_data(actor, sentence, quote):
    from kg.viz import graph_data, render

    row = {"doc": "d", "actor": actor, "actor_iri": "http://x/a", "members": [], "relation": "demands",
           "target": "ceasefire", "target_iri": "http://x/t", "condition_of": None, "quote": quote,
           "sentence": sentence, "start": 0, "end": 1, "outlet": sentence, "published": None}
    page = render(graph_data([row]), title=actor)
    line = next(l for l in page.split("\n") if l.startswith("const DATA = "))
    assert "</" not in line and "<!--" not in line
    data = json.loads(line[len("const DATA = "):].rstrip(";"))
    assert data["edges"][0]["evidence"][0]["quote"] == quote
    head = page[:page.index("<style>")]
    assert "<" not in head.split("<title>", 1)[1].split("</title>", 1)[0]  # the title is escaped


@settings(max_examples=100, deadline=None)
@given(st.dictionaries(st.sampled_from(["actor", "target", "quote", "sentence"]), nasty, min_size=4, max_size=4))
def test_jsonl_export_always_parses(fields):
    from kg.export import to_jsonl

    row = {"doc": "d", "relation": "demands", "start": 0, "end": 1, **fields}
    assert json.loads(to_jsonl([row])) == row
