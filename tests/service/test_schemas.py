"""The API's literal label sets are exactly the taxonomy's (labels.md)."""

from __future__ import annotations

import subprocess
import sys
from typing import get_args

from api import schemas
from claims.moderation import queue as review
from claims.moderation.keys import ROLES
from claims.taxonomy import ATTRIBUTES, CODE_NAMES, LEVELS, SEVERITIES


def test_schemas_literals_match_the_taxonomy():
    assert get_args(schemas.Level) == LEVELS
    assert get_args(schemas.Code) == CODE_NAMES
    assert get_args(schemas.Attribute) == tuple(ATTRIBUTES)
    assert get_args(schemas.Severity) == SEVERITIES
    assert get_args(schemas.Status) == review.STATUSES
    assert get_args(schemas.Action) == review.ACTIONS
    assert get_args(schemas.Role) == ROLES


def test_schemas_importing_the_app_loads_no_model():
    code = ("import sys, api.app; app = api.app.create_app(); app.openapi(); "
            "heavy = ('torch', 'sentence_transformers', 'claims.scoring.analyzer'); "
            "print(sorted(m for m in heavy if m in sys.modules), "
            "app.state.services)")
    res = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert res.returncode == 0, res.stderr
    assert res.stdout.strip() == "[] None"  # models load only in the lifespan
