"""Building the rendered reference corpus: records from real bibliographic facts (``facts``, ``records``),
rendered by TeX Live's style packages (``render``), each string paired with its gold fields (``gold``).

Entry point: ``scripts/build_ref_corpus.py``. The gold format is described in docs/refs-eval.md.
"""
