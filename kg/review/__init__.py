"""Review and correct: a person accepts, rejects, edits or adds statements,
and the decisions survive every rebuild.

- ``corrections``: the decisions as records, the JSONL file that holds them
  (``OUT/corrections.jsonl``) and how they apply to a document's statements.
- ``graph``: the decisions in the store (a named graph each, with PROV) and
  the store brought in line with the file after a decision or a build.
- ``outputs``: reviewed statements as gold (GUIDELINES.md), as a score, and a
  graph limited to reviewed statements.
- ``app``: the review page (``kg review``).
"""
