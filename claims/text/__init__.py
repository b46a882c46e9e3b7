"""claims.text: reading listing text, one concept per module. Pure functions of text, nothing loaded.

Segmentation and language:

- :mod:`~claims.text.prep`            HTML-safe segmentation with offsets into the original field
- :mod:`~claims.text.language`        which language a listing is in, and whether it is read

Features and the keyword baseline:

- :mod:`~claims.text.lexicon`         keyword patterns per attribute and signal, feature vectors, shared
  matching helpers (``memo``, ``occurs``, ``match_spans``)
- :mod:`~claims.text.features`        rule and context features of a listing's segments
- :mod:`~claims.text.certifications`  recognised schemes, licence numbers, invented badges

The conventions of labels.md sections 3-4 (each module is a set of predicates over one segment or a
title; :mod:`claims.scoring.findings` combines them into findings):

- :mod:`~claims.text.negation`        negated, disclaimed and questioned wording
- :mod:`~claims.text.senses`          eco-looking words in other senses (modes, colours, materials, ...)
- :mod:`~claims.text.product_names`   brand and product names that carry eco words
- :mod:`~claims.text.generic`         generic terms and what specifies them
- :mod:`~claims.text.scope`           one aspect stretched to the whole product
- :mod:`~claims.text.claim_forms`     the wordings of attribute claims, offsets and pledges
- :mod:`~claims.text.energy`          energy and water saving, labels, mains vs battery
- :mod:`~claims.text.durability`      durability cues and figures vs service terms and build adjectives
- :mod:`~claims.text.legal`           legal requirements presented as features, plain conformity marks
- :mod:`~claims.text.comparison`      comparative figures and their baselines

Dependencies run one way: lexicon <- negation <- legal, energy, comparison <- senses <- generic,
claim_forms, durability <- product_names, scope.
"""
