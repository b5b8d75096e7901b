"""The service's HTML pages (survivor portal, moderator queue); see :mod:`.routes`."""
from .routes import router

__all__ = ["router"]
