"""Extraction of facts from article text."""
