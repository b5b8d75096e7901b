"""Signals that read model files and model pages."""
