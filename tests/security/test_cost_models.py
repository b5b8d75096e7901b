"""Issue 11, item 4: reading a model header costs bounded memory, whatever the header holds.

``scan-model`` ran out of memory (MemoryError at 6.9 GB) on a 94 MB safetensors header: the
depth check ran a regex over the whole header, ~120 bytes per header byte. Headers are now
scanned as they are read, in fixed-size chunks (nciiguard.modelscan.jsonscan), against limits on
size, depth, keys and string length, before anything is parsed.

Memory is measured in a subprocess (its own peak RSS, VmHWM) under an address-space limit, so the
old code fails with MemoryError instead of taking the machine's memory. Hostile headers are made
here, in tmp_path.
"""

from __future__ import annotations

import json
import struct
import subprocess
import sys
import textwrap

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from nciiguard.errors import ConfigError
from nciiguard.modelscan.safetensors import HeaderError, read_header

MB = 1024 * 1024


def _write(path, header: bytes):
    with open(path, "wb") as f:
        f.write(struct.pack("<Q", len(header)))
        f.write(header)
    return path


_PROBE = textwrap.dedent("""
    import re, resource, sys
    resource.setrlimit(resource.RLIMIT_AS, (int(sys.argv[2]), int(sys.argv[2])))
    from nciiguard.modelscan.safetensors import HeaderError, read_header
    try:
        h = read_header(sys.argv[1])
        print("OK", len(h.tensors), len(h.metadata))
    except HeaderError as exc:
        print("HeaderError", exc)
    hwm = re.search(r"VmHWM:\\s+(\\d+)", open("/proc/self/status").read()).group(1)
    print("PEAK_KB", hwm)
""")


def _read_in_subprocess(path, address_space=1536 * MB) -> tuple[str, float]:
    """(first output line, peak RSS in MB) of read_header(path) in a fresh process."""
    p = subprocess.run([sys.executable, "-c", _PROBE, str(path), str(address_space)],
                       capture_output=True, text=True, timeout=120)
    assert p.returncode == 0, p.stderr[-2000:]
    lines = p.stdout.strip().splitlines()
    return lines[0], int(lines[-1].split()[1]) / 1024


@pytest.fixture(scope="module")
def baseline_mb(tmp_path_factory) -> float:
    """Peak RSS of the probe reading a tiny header (the interpreter and numpy)."""
    small = _write(tmp_path_factory.mktemp("base") / "small.safetensors", b'{"__metadata__": {"a": "b"}}')
    line, mb = _read_in_subprocess(small)
    assert line.startswith("OK")
    return mb


def test_huge_string_is_refused_in_bounded_memory(tmp_path, baseline_mb):
    header = b'{"__metadata__": {"x": "' + b"a" * (40 * MB) + b'"}}'
    p = _write(tmp_path / "string.safetensors", header)
    line, peak = _read_in_subprocess(p)
    assert line.startswith("HeaderError") and "string of" in line and "over the limit" in line, line
    assert peak - baseline_mb < 200, f"peak {peak:.0f} MB"


def test_large_valid_header_parses_in_bounded_memory(tmp_path, baseline_mb):
    # 30 MB of metadata strings, under every limit: read, at a few bytes per header byte.
    body = ",".join(f'"k{i}": "' + "a" * (10 * MB) + '"' for i in range(3))
    p = _write(tmp_path / "big.safetensors", ('{"__metadata__": {' + body + "}}").encode())
    line, peak = _read_in_subprocess(p)
    assert line == "OK 0 3", line
    assert peak - baseline_mb < 4 * 30 + 60, f"peak {peak:.0f} MB for a 30 MB header"


def test_deep_nesting_is_refused_while_reading(tmp_path, baseline_mb):
    p = _write(tmp_path / "deep.safetensors", b'{"a": ' + b"[" * (8 * MB) + b"]" * (8 * MB) + b"}")
    line, peak = _read_in_subprocess(p)
    assert line.startswith("HeaderError") and "levels deep" in line and "over the limit of 32" in line, line
    assert peak - baseline_mb < 150, f"peak {peak:.0f} MB"


def test_too_many_keys_are_refused_before_parsing(tmp_path, baseline_mb):
    body = ",".join(f'"k{i:07d}": "v"' for i in range(1_100_000))
    p = _write(tmp_path / "keys.safetensors", ('{"__metadata__": {' + body + "}}").encode())
    line, peak = _read_in_subprocess(p)
    assert line.startswith("HeaderError") and "more than 1000000 keys" in line, line
    # Not parsed: a million keys as Python objects would be ~150 MB more.
    assert peak - baseline_mb < 100, f"peak {peak:.0f} MB"


@pytest.mark.timeout(60)
def test_duplicate_key_report_is_linear(tmp_path):
    # The duplicate-key error path counted each key in the whole list: quadratic in the keys.
    body = ",".join(f'"k{i}": "v"' for i in range(200_000)) + ', "k0": "w"'
    p = _write(tmp_path / "dup.safetensors", ('{"__metadata__": {' + body + "}}").encode())
    with pytest.raises(HeaderError, match="repeats the key 'k0'"):
        read_header(p)


@pytest.mark.parametrize("limits", [{"max_depth": 0}, {"max_keys": -1}, {"max_header_bytes": "100"},
                                    {"max_string_bytes": True}])
def test_limits_are_validated(tmp_path, limits):
    p = _write(tmp_path / "m.safetensors", b'{"__metadata__": {"a": "b"}}')
    with pytest.raises(ConfigError, match="must be an integer"):
        read_header(p, **limits)


def test_string_limit_is_configurable(tmp_path):
    p = _write(tmp_path / "m.safetensors", b'{"__metadata__": {"a": "' + b"x" * 100 + b'"}}')
    with pytest.raises(HeaderError, match="over the limit of 50"):
        read_header(p, max_string_bytes=50)
    assert read_header(p).metadata["a"] == "x" * 100


# -- the streaming scanner measures exactly what a character-by-character walk does ----------------
def _walk(data: bytes) -> tuple[int, int, int]:
    depth = max_depth = keys = longest = 0
    inside = escaped = False
    start = 0
    for i, c in enumerate(data):
        if inside:
            if escaped:
                escaped = False
            elif c == 0x5C:
                escaped = True
            elif c == 0x22:
                inside, longest = False, max(longest, i - start - 1)
        elif c == 0x22:
            inside, start = True, i
        elif c in b"{[":
            depth += 1
            max_depth = max(max_depth, depth)
        elif c in b"}]":
            depth -= 1
        elif c == 0x3A:
            keys += 1
    return max_depth, keys, longest


_tricky = st.text(alphabet='ab\\"[]{}:,\u00e9\U0001F600', max_size=12)
_json = st.recursive(st.none() | st.integers() | _tricky,
                     lambda kids: st.lists(kids, max_size=4) | st.dictionaries(_tricky, kids, max_size=4),
                     max_leaves=30)


@settings(max_examples=300, deadline=None)
@given(value=_json, ascii_only=st.booleans(), chunk=st.integers(1, 64))
def test_streaming_scan_matches_a_byte_walk(value, ascii_only, chunk):
    from nciiguard.modelscan.jsonscan import chunks_of, scan

    data = json.dumps(value, ensure_ascii=ascii_only).encode("utf-8")
    s = scan(chunks_of(data, chunk))
    assert (s.max_depth, s.keys, s.longest_string) == _walk(data)
