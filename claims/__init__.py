"""greenclaims: find, classify and risk-score environmental claims in e-commerce listings.

The library is organised one concept per module:

- :mod:`claims.taxonomy`  the labels of ../shared/spec/labels.md (attributes, codes, references)
- :mod:`claims.registry`  recognised certification schemes and how to spot invented badges
- :mod:`claims.textprep`  HTML-safe segmentation with offsets into the original field
- :mod:`claims.lexicon`   rule signals (keyword patterns) used as features and as a baseline
- :mod:`claims.encoder`   the sentence encoder, loaded lazily from a local path
- :mod:`claims.model`     trained heads over encoder features (fit / predict / save / load)
- :mod:`claims.findings`  turning segment predictions into findings, levels and scores
- :mod:`claims.analyzer`  the public entry point: ``Analyzer.score(listings)``
- :mod:`claims.io`        streaming readers/writers with rejects
- :mod:`claims.cli`       the ``claims`` command

Nothing is loaded at import time.
"""

__version__ = "0.1.0"
