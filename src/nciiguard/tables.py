"""Every table of nciiguard in one place, for Alembic, the schema check and tests.

Each feature declares its tables in its own module; this module imports them all (so
``metadata`` is whole) and says which Alembic branch owns each module's tables. It sits above
every feature and below the interfaces, so the store never imports a feature: the store is
handed the metadata, the branch of each table and the checks Alembic cannot make.

A feature that adds tables adds one line to ``BRANCHES``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .access import models as access_models
from .actions import models as actions_models
from .audit import models as audit_models
from .banks import models as banks_models
from .casework import appeal_models, models as casework_models
from .exchange import models as exchange_models
from .registry import models as registry_models
from .shadow import models as shadow_models
from .store.base import Base

if TYPE_CHECKING:
    from .store import Database
    from .store.schema_check import SchemaProblem, SchemaStatus

#: Every table module -> the label of the Alembic branch whose migrations create its tables.
BRANCHES = {
    audit_models: "audit",  # audit_log
    banks_models: "banks",  # bank_banks, bank_entries, bank_entry_owners, bank_meta, bank_changes
    registry_models: "registry",  # registry_people, registry_aliases, registry_templates, registry_state
    access_models: "service",  # service_api_keys, service_rate_buckets, service_secrets
    casework_models: "service",  # service_cases, service_takedowns, service_review_items
    shadow_models: "shadow",  # shadow_counts
    appeal_models: "appeals",  # appeal_decisions, appeals
    actions_models: "webhooks",  # webhook_endpoints, webhook_outbox
    exchange_models: "exchange",  # exchange_shares, exchange_mirrors, exchange_mirror_entries
}

metadata = Base.metadata


def table_branches() -> dict[str, str]:
    """table name -> Alembic branch label, for every table of ``BRANCHES``' modules."""
    out: dict[str, str] = {}
    for module, label in BRANCHES.items():
        for obj in vars(module).values():
            table = getattr(obj, "__table__", None)
            if isinstance(obj, type) and table is not None and obj.__module__ == module.__name__:
                out[table.name] = label
    return out


def audit_trigger_problems(connection, owners) -> list["SchemaProblem"]:
    """The audit log's append-only triggers, which Alembic cannot compare (store/schema_check.py)."""
    from sqlalchemy import inspect

    from .audit.triggers import missing_triggers
    from .store.schema_check import SchemaProblem

    if "audit_log" not in inspect(connection).get_table_names():
        return []  # reported as a missing table already
    return [SchemaProblem("missing_trigger", f"trigger {name} on audit_log is missing or disabled "
                                             "(the audit log is no longer append-only)",
                          table="audit_log", name=name, revision=owners.get("audit_log"))
            for name in missing_triggers(connection)]


def check_schema(target: "Database | str") -> "SchemaStatus":
    """Is the database at ``target`` (a Database or a URL) at the schema of this code? Every table,
    its owning branch and the audit triggers (see ``nciiguard.store.schema_check.check_schema``)."""
    from .store import schema_check

    return schema_check.check_schema(target, metadata, branches=table_branches(),
                                     checks=[audit_trigger_problems])
