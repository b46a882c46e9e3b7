"""greenclaims: find, classify and risk-score environmental claims in e-commerce listings.

The library is organised in packages, one concept per module inside each:

- :mod:`claims.taxonomy`    the labels of ../shared/spec/labels.md (attributes, codes, references)
- :mod:`claims.text`        segmentation, language, keyword features, certifications and the rule
  predicates for the conventions of labels.md (negation, other senses, generic terms, scope, ...)
- :mod:`claims.scoring`     the encoder, the trained heads, findings, levels and scores;
  ``claims.scoring.analyzer.Analyzer.score(listings)`` is the public entry point
- :mod:`claims.evidence`    reviews and the listing's own facts as evidence for or against a claim
- :mod:`claims.recommend`   the content-based recommender of greener alternatives
- :mod:`claims.moderation`  the moderators' queue, decisions and audit trail
- :mod:`claims.io`          streaming readers/writers with rejects, batch runs
- :mod:`claims.evaluation`  metrics, baselines, benchmarks, behavioural suite, model card
- :mod:`claims.training`    training the heads and the evidence model
- :mod:`claims.report`      the HTML report
- :mod:`claims.cli`         the ``claims`` command
- :mod:`claims.config`      configuration in one place

Nothing is loaded at import time.
"""

__version__ = "0.1.0"
