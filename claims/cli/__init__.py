"""The command-line layer (``claims``): see :mod:`claims.cli.main`."""
