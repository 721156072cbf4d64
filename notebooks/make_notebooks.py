"""Write the notebooks without outputs (run from the repo root when their text changes)."""
import nbformat as nbf
from nbformat.v4 import new_code_cell as code, new_markdown_cell as md, new_notebook

SETUP = """from pathlib import Path
import tempfile
import kg
from kg.build import build

ROOT = Path.cwd().parent if Path.cwd().name == "notebooks" else Path.cwd()
OUT = Path(tempfile.mkdtemp(prefix="kg-notebook-"))
report = build([ROOT / "seeds"], OUT, progress=False)
print("\\n".join(report.lines()))
g = kg.open(OUT)"""

nb1 = new_notebook(cells=[
    md("# kg quick start\n\nBuild the graph of the five seed articles, ask where each actor stands on the ceasefire, "
       "and look at it. Every row and every edge leads back to the sentence it came from."),
    code(SETUP),
    md("## Where does each actor stand on the ceasefire?\n\n`g.ask` runs a ready-made question; `.df()` makes it a pandas DataFrame."),
    code('positions = g.ask("positions", topic="ceasefire").df()\npositions'),
    code('assert len(positions) > 0 and set(positions["stance"]) <= {"for", "against", "conditional", "mixed"}'),
    md("## The statements behind one position\n\nEach statement keeps its sentence, its quote and the character offsets in the article."),
    code('rows = [s for s in g.statements() if s["actor"] == "Vladimir Putin" and s["target"] == "ceasefire"]\n'
         'for s in rows:\n    print(s["relation"], "|", s["doc"], s["start"], s["end"], "|", s["sentence"][:120])'),
    md("## The picture\n\nActors for the ceasefire on the left, against on the right, conditional or mixed in the middle. "
       "Hover an edge for its quote; click it for the sentences."),
    code('g.show(topic="ceasefire")'),
    md("## Which ready-made questions are there?"),
    code('from kg.query import ready_queries\nfor name, q in ready_queries().items():\n    print(f"{name:15} {q.description}  params: {list(q.params)}")'),
])

nb2 = new_notebook(cells=[
    md("# The data model and hand-written SPARQL\n\nA statement is stored twice, the Wikidata way: a direct edge "
       "`actor kg:rejects topic` for easy querying, and a `kg:Statement` node that carries every field and its provenance "
       "(sentence offsets with NIF, the document, the extraction activity with PROV-O). See `ontology/README.md`."),
    code(SETUP),
    md("## One statement, all its triples"),
    code('st = g.query("""\nSELECT ?st WHERE {\n  ?st a kg:Statement ; kg:relation kg:rejects ; kg:actor ?a ; kg:target ?t .\n'
         '  ?a rdfs:label "Vladimir Putin" . ?t rdfs:label "ceasefire" .\n} LIMIT 1""")[0]["st"]\n'
         'triples = g.query("SELECT ?s ?p ?o WHERE { ?s ?p ?o }", s=f"<{st}>")\n'
         'for t in triples:\n    print(t["p"].rsplit("#", 1)[-1].rsplit("/", 1)[-1], "→", t["o"])'),
    md("## The direct edges\n\nThe relation is a property too, so the short question is short:"),
    code('g.query("SELECT DISTINCT ?who WHERE { ?a kg:rejects ?t . ?a rdfs:label ?who . ?t rdfs:label \\"ceasefire\\" }").df()'),
    md("## Every negative stance, through the relation concepts\n\nEach relation is also a SKOS concept with its polarity and CAMEO code."),
    code('g.query("""\nSELECT ?relation ?cameo (COUNT(DISTINCT ?st) AS ?n) WHERE {\n'
         '  ?st a kg:Statement ; kg:relation ?r . ?r kg:polarity -1 ; skos:notation ?cameo ; rdfs:label ?relation .\n'
         '} GROUP BY ?relation ?cameo ORDER BY DESC(?n)""").df()'),
    md("## Which outlets report what\n\nEach document's statements sit in the document's named graph; `GRAPH ?g` gives the provenance."),
    code('g.query("""\nSELECT ?outlet (COUNT(DISTINCT ?st) AS ?statements) WHERE {\n'
         '  GRAPH ?g { ?st a kg:Statement ; kg:document ?d }\n  OPTIONAL { ?d dcterms:publisher ?p } ?d dcterms:identifier ?id\n'
         '  BIND(COALESCE(?p, ?id) AS ?outlet)\n} GROUP BY ?outlet ORDER BY DESC(?statements)""").df()'),
    md("## Parameters are bound, never pasted\n\nA label is matched against actors and topics and bound as the IRI it names:"),
    code('g.query("SELECT ?actor ?relation ?target WHERE { ?st kg:actor ?actor ; kg:relation ?r ; kg:target ?t . ?t rdfs:label ?target '
         'BIND(STRAFTER(STR(?r), STR(kg:)) AS ?relation) }", actor="Keir Starmer").df()'),
])

nb3 = new_notebook(cells=[
    md("# Discourse networks\n\nAs Discourse Network Analyzer defines them: the two-mode actor–topic network, and the actor "
       "networks of congruence (same stance on a topic), conflict (opposite stances) and their difference."),
    code(SETUP),
    code('aff = g.network("affiliation")\nprint(aff.number_of_nodes(), "nodes,", aff.number_of_edges(), "edges")\n'
         'sorted(((aff.nodes[a]["label"], aff.nodes[t]["label"], d["stance"], d["weight"]) for a, t, d in aff.edges(data=True)))[:10]'),
    md("## Who sides with whom"),
    code('import pandas as pd\ncong = g.network("congruence", normalize="jaccard")\n'
         'pd.DataFrame([(cong.nodes[a]["label"], cong.nodes[b]["label"], d["weight"], d["topics"]) for a, b, d in cong.edges(data=True)],\n'
         '             columns=["actor", "actor", "jaccard", "on"]).sort_values("jaccard", ascending=False)'),
    md("## Who is against whom"),
    code('conf = g.network("conflict")\n'
         'pd.DataFrame([(conf.nodes[a]["label"], conf.nodes[b]["label"], d["weight"], d["topics"]) for a, b, d in conf.edges(data=True)],\n'
         '             columns=["actor", "actor", "topics", "on"])'),
    code('g.show(network="congruence")'),
    md("## Export for Gephi and others"),
    code('from kg.network import to_bytes\nimport networkx as nx\n(OUT / "congruence.graphml").write_bytes(to_bytes(cong, "graphml"))\n'
         '(OUT / "conflict.gexf").write_bytes(to_bytes(conf, "gexf"))\n'
         'back = nx.read_graphml(OUT / "congruence.graphml")\nassert back.number_of_edges() == cong.number_of_edges()\nsorted(p.name for p in OUT.iterdir())'),
])

for name, nb in (("01-quickstart", nb1), ("02-sparql", nb2), ("03-networks", nb3)):
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    nbf.write(nb, f"notebooks/{name}.ipynb")
