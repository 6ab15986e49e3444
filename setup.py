"""The one thing pyproject.toml cannot say: the packages are ``app`` and ``app.*`` as found, plus
the top-level ``resources/`` folder installed as ``app/resources`` (its files are listed in
pyproject.toml ``[tool.setuptools.package-data]``; ``app/paths.py`` finds them). Everything
else about the build is in pyproject.toml."""

from setuptools import find_packages, setup

setup(
    packages=[*find_packages(include=["app", "app.*"]), "app.resources"],
    package_dir={"app.resources": "resources"},
)
