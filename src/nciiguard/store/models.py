"""Imports every module that declares tables, so Alembic and tests see the whole schema.

Each feature adds one import line here when it adds tables.
"""

# Feature table modules (one line each):
