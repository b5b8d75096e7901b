"""Is the cost of one request bounded? Peak memory per image and per model header, and the
worst prompt time per KiB, before and after the fixes of issue 11 (items 3, 4 and 6), side by side.

Every case runs in a fresh process (peak RSS is a high-water mark), on the code under ``src/`` of
this checkout ("after") and, with ``--before SRC``, on other code ("before", e.g. the main branch
at ``/work/main/src``). Memory is the case's peak RSS (VmHWM) minus the process's RSS just before
the case, after the Guard and its models were loaded and warmed up on a small image, so it is
what the request itself costs. CLI cases (``nciiguard hash``, ``nciiguard scan-model``) report
the whole process's peak RSS, next to the same command on a tiny input. "Before" runs have an
address-space limit (``--before-limit-gb``) so that the old code fails with MemoryError instead
of taking the shared machine's memory.

    PYTHONPATH=src .venv/bin/python bench/bounds.py [--before /work/main/src]

Inputs are synthetic (blank, noise and gradient pictures; generated JSON headers), made in a
temporary directory. Writes bench/results/bounds.md.
"""

from __future__ import annotations

import _common  # noqa: F401  (first: pins thread pools)

import argparse
import json
import os
import re
import struct
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path

HERE = Path(__file__).resolve().parent
MB = 1024 * 1024


# ------------------------------------------------------------------------------------------------
# Inputs


def make_inputs(d: Path) -> dict[str, Path]:
    import numpy as np
    from PIL import Image

    rng = np.random.default_rng(0)
    out = {}
    out["small"] = d / "small.png"
    Image.fromarray((rng.random((256, 256, 3)) * 255).astype("uint8")).save(out["small"])
    out["blank_png"] = d / "blank_8000.png"
    Image.new("RGB", (8000, 8000), (255, 255, 255)).save(out["blank_png"])
    out["palette_png"] = d / "palette_8000.png"
    Image.new("P", (8000, 8000), 0).save(out["palette_png"], transparency=0)
    out["jpeg"] = d / "photo_8000.jpg"
    base = (rng.random((200, 200, 3)) * 255).astype("uint8")
    Image.fromarray(base).resize((8000, 8000), Image.Resampling.BILINEAR).save(out["jpeg"], quality=90)
    out["grey16"] = d / "grey16_6000.png"
    g = np.linspace(0, 65535, 6000 * 6000, dtype=np.uint32).reshape(6000, 6000).astype(np.uint16)
    Image.fromarray(g).save(out["grey16"])

    def header(path: Path, body: bytes) -> Path:
        with open(path, "wb") as f:
            f.write(struct.pack("<Q", len(body)))
            f.write(body)
        return path

    n = 94_000_000
    out["hdr_tiny"] = header(d / "tiny.safetensors", b'{"__metadata__": {"a": "b"}}')
    out["hdr_string"] = header(d / "string.safetensors", b'{"__metadata__": {"x": "' + b"a" * (n - 30) + b'"}}')
    out["hdr_strings"] = header(d / "strings.safetensors", b'{"__metadata__": {' + b",".join(
        b'"k%d": "' % i + b"a" * 31_000_000 + b'"' for i in range(3)) + b"}}")
    out["hdr_deep"] = header(d / "deep.safetensors", b'{"a": ' + b"[" * (n // 2 - 10) + b"]" * (n // 2 - 10) + b"}")
    out["hdr_keys"] = header(d / "keys.safetensors", b'{"__metadata__": {' + b",".join(
        b'"k%07d": "v"' % i for i in range(n // 32)) + b"}}")
    return out


# ------------------------------------------------------------------------------------------------
# Cases (each in a fresh process)

_RSS = re.compile(r"VmRSS:\s+(\d+)")
_HWM = re.compile(r"VmHWM:\s+(\d+)")


def _status(rx) -> float:
    with open("/proc/self/status") as f:
        return int(rx.search(f.read()).group(1)) / 1024


def _reset_hwm() -> None:
    # Writing 5 to clear_refs resets VmHWM to the current RSS (Linux >= 4.0).
    with open("/proc/self/clear_refs", "w") as f:
        f.write("5")


def guard_case(case: str, paths: dict[str, str]) -> dict:
    import time

    from nciiguard.guard import Guard

    guard = Guard(preload=True)
    guard.screen_image(paths["small"])  # models loaded and warmed up
    guard.screen_request("warm up", input_images=[paths["small"]])
    import gc

    gc.collect()
    before = _status(_RSS)
    _reset_hwm()
    t0 = time.perf_counter()
    error = None
    try:
        if case == "decode blank":
            from nciiguard.imaging import decode_image

            decode_image(paths["blank_png"])
        elif case == "decode palette":
            from nciiguard.imaging import decode_image

            decode_image(paths["palette_png"])
        elif case == "decode grey16":
            from nciiguard.imaging import decode_image

            decode_image(paths["grey16"])
        elif case == "decode jpeg":
            from nciiguard.imaging import decode_image

            decode_image(paths["jpeg"])
        elif case == "screen blank":
            d = guard.screen_image(paths["blank_png"])
        elif case == "screen jpeg":
            d = guard.screen_image(paths["jpeg"])
        elif case == "screen 8 blank":
            d = guard.screen_request("a photo", input_images=[paths["blank_png"]] * 8)
        else:
            raise SystemExit(f"unknown case {case}")
    except MemoryError:
        error = "MemoryError"
    except Exception as exc:  # noqa: BLE001 - reported
        error = f"{type(exc).__name__}: {str(exc)[:100]}"
    seconds = time.perf_counter() - t0
    return {"peak_mb": _status(_HWM) - before, "seconds": seconds, "error": error}


def _run_case(src: str, case: str, paths: dict, limit_gb: float | None) -> dict:
    env = dict(os.environ, PYTHONPATH=src)
    pre = ""
    if limit_gb:
        pre = f"import resource; resource.setrlimit(resource.RLIMIT_AS, ({int(limit_gb * 2**30)}, {int(limit_gb * 2**30)}))\n"
    code = pre + textwrap.dedent(f"""
        import json, sys
        sys.path.insert(0, {str(HERE)!r})
        import bounds
        print("RESULT", json.dumps(bounds.guard_case({case!r}, {json.dumps(paths)})))
    """)
    p = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True)
    for line in p.stdout.splitlines():
        if line.startswith("RESULT "):
            return json.loads(line[7:])
    tail = (p.stderr.strip().splitlines() or ["?"])[-1]
    return {"peak_mb": None, "seconds": None, "error": f"process failed: {tail[:120]}"}


_CLI = textwrap.dedent("""
    import re, sys
    {pre}
    from nciiguard.cli import main
    try:
        code = main(sys.argv[1:])
    except MemoryError:
        code = "MemoryError"
    hwm = re.search(r"VmHWM:\\s+(\\d+)", open("/proc/self/status").read()).group(1)
    print("PEAK_KB", hwm, code, file=sys.stderr)
""")


def _run_cli(src: str, argv: list[str], limit_gb: float | None, data_dir: str) -> dict:
    pre = ""
    if limit_gb:
        pre = f"import resource; resource.setrlimit(resource.RLIMIT_AS, ({int(limit_gb * 2**30)}, {int(limit_gb * 2**30)}))"
    env = dict(os.environ, PYTHONPATH=src, NCIIGUARD_DATA_DIR=data_dir)
    p = subprocess.run([sys.executable, "-c", _CLI.replace("{pre}", pre)] + argv, env=env,
                       capture_output=True, text=True)
    lines = p.stderr.strip().splitlines()
    peak = [ln for ln in lines if ln.startswith("PEAK_KB")]
    if not peak:
        return {"peak_mb": None, "error": f"process failed: {(lines or ['?'])[-1][:120]}"}
    _, kb, code = peak[-1].split()
    other = [ln for ln in lines if not ln.startswith("PEAK_KB")]
    error = None
    if code == "MemoryError" or any("MemoryError" in ln for ln in other):
        error = "MemoryError"
    elif code != "0" and other:
        error = other[-1][:140]
    return {"peak_mb": int(kb) / 1024, "error": error}


# ------------------------------------------------------------------------------------------------


def _cell(r: dict | None) -> str:
    if r is None:
        return "-"
    if r.get("error"):  # the temporary file's path says nothing: keep the message
        r = dict(r, error=re.sub(r"^nciiguard: \S+?: ", "", r["error"]))
    if r.get("peak_mb") is None:
        return r.get("error") or "-"
    s = f"{r['peak_mb']:.0f}"
    if r.get("error"):
        s += f" ({r['error']})"
    return s


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--before", help="src directory of the code to compare with (e.g. /work/main/src)")
    ap.add_argument("--before-limit-gb", type=float, default=4.0,
                    help="address-space limit for 'before' processes (GiB)")
    ap.add_argument("--skip-text", action="store_true", help="leave out the prompt section")
    args = ap.parse_args()

    srcs = {"after": str(HERE.parent / "src")}
    if args.before:
        srcs["before"] = args.before
    labels = [k for k in ("before", "after") if k in srcs]
    limit = {"before": args.before_limit_gb, "after": None}

    with tempfile.TemporaryDirectory(prefix="nciiguard-bounds-") as tmp:
        d = Path(tmp)
        paths = {k: str(v) for k, v in make_inputs(d).items()}
        data_dir = str(d / "data")
        os.environ["NCIIGUARD_DATA_DIR"] = data_dir

        image_cases = [
            ("decode blank", "decode_image: blank 8000x8000 RGB PNG (196 KB)"),
            ("decode palette", "decode_image: 8000x8000 palette PNG with transparency"),
            ("decode grey16", "decode_image: 6000x6000 16-bit grey PNG"),
            ("decode jpeg", "decode_image: 8000x8000 JPEG"),
            ("screen blank", "Guard.screen_image: blank 8000x8000 PNG"),
            ("screen jpeg", "Guard.screen_image: 8000x8000 JPEG"),
            ("screen 8 blank", "Guard.screen_request: 8 blank 8000x8000 PNGs as input images"),
        ]
        img_rows = []
        for case, title in image_cases:
            row = [title]
            for lab in labels:
                r = _run_case(srcs[lab], case, paths, limit[lab])
                print(lab, case, r, file=sys.stderr, flush=True)
                row += [_cell(r), "-" if r.get("seconds") is None else f"{r['seconds']:.1f}"]
            img_rows.append(row)
        head = ["case"] + [h for lab in labels for h in (f"{lab}: peak MB", f"{lab}: s")]
        images = _common.markdown_table(head, img_rows, [0] * len(head))

        cli_cases = [
            (["hash", paths["small"]], "nciiguard hash: 256x256 PNG (baseline)"),
            (["hash", paths["blank_png"]], "nciiguard hash: blank 8000x8000 PNG"),
            (["hash", paths["jpeg"]], "nciiguard hash: 8000x8000 JPEG"),
            (["scan-model", "--json", paths["hdr_tiny"]], "nciiguard scan-model: tiny header (baseline)"),
            (["scan-model", "--json", paths["hdr_string"]], "scan-model: 94 MB header, one string"),
            (["scan-model", "--json", paths["hdr_strings"]], "scan-model: 93 MB header, three 31 MB strings"),
            (["scan-model", "--json", paths["hdr_deep"]], "scan-model: 94 MB header, 47M-deep nesting"),
            (["scan-model", "--json", paths["hdr_keys"]], "scan-model: 94 MB header, 2.9M keys"),
        ]
        cli_rows = []
        for argv, title in cli_cases:
            row = [title]
            for lab in labels:
                r = _run_cli(srcs[lab], argv, limit[lab], data_dir)
                print(lab, title, r, file=sys.stderr, flush=True)
                row.append(_cell(r))
            cli_rows.append(row)
        cli = _common.markdown_table(["command"] + [f"{lab}: process peak MB" for lab in labels], cli_rows,
                                     [0] * (1 + len(labels)))

    sections = [("Peak memory per image (MB above the warmed-up process)", images),
                ("Peak memory of CLI processes (MB, whole process)", cli)]
    if not args.skip_text:
        import text_cost

        only = ("one token 'a'*n,'a '*n,'n.u.d.e '*n,letters split by ZWSP,'nude' split by ZWSP,"
                "many LoRA tags,leetspeak words,random mixture 1")
        runs = {lab: text_cost.run_worker(srcs[lab], "4,64", 60.0, only) for lab in labels}
        sections.append(("Worst prompt time per KiB (bench/text_cost.py workers, the issue's shapes)",
                         text_cost.property_table(runs, [4, 64])))
    path = _common.write_results(
        "bounds",
        "Bounded cost per request (issue 11, items 3, 4 and 6)",
        sections,
        command="python bench/bounds.py" + (f" --before {args.before}" if args.before else ""),
        notes=["Each case in a fresh process; image cases after the Guard (default ncii profile, models "
               "loaded) screened a small image, so the number is what the case itself adds (VmHWM reset "
               "through /proc/self/clear_refs, minus VmRSS before).",
               f"'before' processes run under an address-space limit of {args.before_limit_gb:g} GiB: "
               "MemoryError there means the old code wanted more than that." if args.before else "No 'before' run.",
               "The prompt section runs the bench/text_cost.py worker on the shapes of the issue at 4 and "
               "64 KiB (CPU ms per KiB of Guard.screen_prompt); bench/results/text_cost.md has every shape."],
    )
    print(path.read_text())


if __name__ == "__main__":
    main()
