"""Likeness Vault (肖像保险箱): an encrypted local vault of the photos of your face you handed over."""

__version__ = "0.1.0"
