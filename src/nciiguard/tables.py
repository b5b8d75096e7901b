"""Imports every module that declares tables, so Alembic and tests see the whole schema.

Each feature adds one import line here when it adds tables.
"""

# Feature table modules (one line each):
import nciiguard.audit.models  # noqa: F401  (audit_log)
import nciiguard.banks.models  # noqa: F401  (bank_banks, bank_entries, bank_meta, bank_changes)
import nciiguard.registry.models  # noqa: F401  (registry_people, registry_aliases, registry_templates, registry_state)
import nciiguard.service.models  # noqa: F401  (service_api_keys, service_cases, service_takedowns, service_review_items)
import nciiguard.shadow.models  # noqa: F401  (shadow_counts)
import nciiguard.service.appeal_models  # noqa: F401  (appeal_decisions, appeals)
import nciiguard.actions.models  # noqa: F401  (webhook_endpoints, webhook_outbox)
import nciiguard.exchange.models  # noqa: F401  (exchange_shares, exchange_mirrors, exchange_mirror_entries)
