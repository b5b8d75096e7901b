"""The named limits (nciiguard/limits.py) are the ones every layer uses (issue 12)."""

from __future__ import annotations

import ast
from pathlib import Path

from nciiguard import limits
from nciiguard.banks.index import DEFAULT_MAX_DISTANCE
from nciiguard.config import Config
from nciiguard.content import MAX_IMAGES, MAX_TEXT_BYTES
from nciiguard.hashing.pdq import DEFAULT_QUALITY_FLOOR, MAX_HASH_PIXELS
from nciiguard.imaging import MAX_DECODE_BYTES, MAX_FILE_BYTES, MAX_PIXELS, WORK_PIXELS
from nciiguard.service.settings import ServiceConfig
from nciiguard.signals.match.hash_match import HashMatchSignal

SRC = Path(__file__).resolve().parents[2] / "src" / "nciiguard"


def test_the_pdq_threshold_and_quality_floor_are_one_number_everywhere():
    assert limits.PDQ_MATCH_DISTANCE == 31 and limits.PDQ_QUALITY_FLOOR == 50
    assert DEFAULT_MAX_DISTANCE == HashMatchSignal.Params().max_distance == ServiceConfig().max_distance == 31
    assert DEFAULT_QUALITY_FLOOR == limits.PDQ_QUALITY_FLOOR


def test_size_limits_come_from_limits():
    c, s = Config(), ServiceConfig()
    assert (c.max_image_pixels, c.max_image_bytes, c.max_image_decode_bytes) == (
        limits.MAX_IMAGE_PIXELS, limits.MAX_IMAGE_BYTES, limits.MAX_IMAGE_DECODE_BYTES)
    assert (MAX_PIXELS, MAX_FILE_BYTES, MAX_DECODE_BYTES) == (
        limits.MAX_IMAGE_PIXELS, limits.MAX_IMAGE_BYTES, limits.MAX_IMAGE_DECODE_BYTES)
    assert WORK_PIXELS == MAX_HASH_PIXELS == limits.WORK_PIXELS
    assert (MAX_TEXT_BYTES, MAX_IMAGES) == (limits.MAX_TEXT_BYTES, limits.MAX_IMAGES)
    assert (s.max_json_bytes, s.max_upload_bytes, s.max_files, s.max_hashes, s.max_batch_items,
            s.max_batch_text_bytes) == (limits.MAX_JSON_BYTES, limits.MAX_UPLOAD_BYTES, limits.MAX_FILES,
                                        limits.MAX_HASHES_PER_CALL, limits.MAX_BATCH_ITEMS,
                                        limits.MAX_BATCH_TEXT_BYTES)


def test_limits_is_a_core_module_without_nciiguard_imports():
    tree = ast.parse((SRC / "limits.py").read_text())
    imports = [n for n in ast.walk(tree) if isinstance(n, (ast.Import, ast.ImportFrom))]
    assert all(isinstance(n, ast.ImportFrom) and n.module == "__future__" for n in imports)


def test_no_module_spells_the_pdq_threshold_as_a_literal():
    """``max_distance ... 31`` as a default is limits.PDQ_MATCH_DISTANCE everywhere."""
    offenders = []
    for path in SRC.rglob("*.py"):
        if path.name == "limits.py" or "migrations" in path.parts:
            continue
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.arg) and node.arg == "max_distance":
                continue
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                args = node.args.args + node.args.kwonlyargs
                defaults = [None] * (len(node.args.args) - len(node.args.defaults)) + node.args.defaults
                defaults += node.args.kw_defaults
                for a, d in zip(args, defaults):
                    if "distance" in a.arg and isinstance(d, ast.Constant) and d.value == 31:
                        offenders.append(f"{path.name}:{node.lineno}")
            if isinstance(node, ast.keyword) and node.arg == "default" and isinstance(node.value, ast.Constant) \
                    and node.value.value == 31:
                offenders.append(f"{path.name}:{node.value.lineno}")
    assert offenders == []
