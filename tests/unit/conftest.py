import pytest

from nciiguard.signals import registry


@pytest.fixture
def scripted_registry():
    """The scripted test signals in the default registry, for the duration of a test: for Guards
    the code under test builds itself (the CLI's). Tests that build their Guard pass
    ``registry=SCRIPTED_REGISTRY`` instead."""
    from scripted_signals import SCRIPTED_REGISTRY

    with registry.using_default(SCRIPTED_REGISTRY):
        yield SCRIPTED_REGISTRY
