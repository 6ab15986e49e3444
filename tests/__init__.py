"""The test suite. A package, so that ``from tests.support import ...`` means one thing
everywhere (pytest, mypy, worker subprocesses with the repository on ``PYTHONPATH``)."""
