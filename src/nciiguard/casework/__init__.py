"""Casework: survivor cases, removal (takedown) requests, the moderator review queue and appeals of
service decisions, with their tables. The domain the HTTP service (and any other interface) drives;
nothing here knows HTTP: refusals are domain exceptions (``CaseLocked``, ``TakedownConflict``,
``ReviewNotFound``, ...) that an interface translates.
"""

from .appeals import AppealConflict, AppealDesk, AppealNotFound
from .cases import CaseAuthError, CaseClosed, CaseHashLimit, CaseLocked, CaseStore, CaseView
from .review import ReviewConflict, ReviewNotFound, ReviewQueue
from .takedown import IncompleteRequest, TakedownConflict, TakedownDesk, TakedownNotFound

__all__ = ["AppealConflict", "AppealDesk", "AppealNotFound", "CaseAuthError", "CaseClosed", "CaseHashLimit",
           "CaseLocked", "CaseStore", "CaseView", "IncompleteRequest", "ReviewConflict", "ReviewNotFound",
           "ReviewQueue", "TakedownConflict", "TakedownDesk", "TakedownNotFound"]
