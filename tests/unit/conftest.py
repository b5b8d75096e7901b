import pytest

from nciiguard.signals import registry


@pytest.fixture
def scripted_default_registry():
    """The scripted test signals in the registry of Guards the code under test builds itself (the
    CLI's), for the duration of a test. Tests that build their Guard pass ``SCRIPTED_REGISTRY``."""
    from scripted_signals import SCRIPTED_REGISTRY

    with registry.using_default(SCRIPTED_REGISTRY):
        yield SCRIPTED_REGISTRY
