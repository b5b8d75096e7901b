"""Integrations with the tools where images are made and shared.

Each lives in its own module and imports its framework lazily, so ``import nciiguard`` never pulls
them in: ``nciiguard.integrations.diffusers`` (generation pipelines).
"""
