"""Signals that match content against stored references: hash banks, the likeness registry."""
