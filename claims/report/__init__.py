"""The catalog report (``claims report``): what a catalog team hands to a manager.

:mod:`claims.report.stats` computes the sections from ``claims score`` output (summary, levels
and codes by category, brand and seller, the riskiest listings, copy-pasted claims across
brands or sellers, the comparison of two runs); :mod:`claims.report.html` renders them as one
self-contained HTML file from the Jinja2 template in ``templates/``.
"""
