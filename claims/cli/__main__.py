"""``python -m claims.cli``."""

import sys

from claims.cli.main import main

sys.exit(main())
