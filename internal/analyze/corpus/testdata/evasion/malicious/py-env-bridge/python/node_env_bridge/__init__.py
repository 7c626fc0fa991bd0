"""Helpers shared between py-env-bridge and the Python side."""
__version__ = "2.0.3"
