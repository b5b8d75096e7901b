"""Signals: independent detectors. They report findings; they never decide."""

from .base import Resources, Signal
from .registry import SIGNALS, signal_class, signal_names

__all__ = ["Resources", "Signal", "SIGNALS", "signal_class", "signal_names"]
