"""Signals: independent detectors. They report findings; they never decide."""

from .base import Resources, Signal
from .registry import DEFAULT_REGISTRY, SIGNALS, SignalRegistry, default_registry, signal_class, signal_names

__all__ = ["Resources", "Signal", "SIGNALS", "DEFAULT_REGISTRY", "SignalRegistry", "default_registry",
           "signal_class", "signal_names"]
