"""The browser PDQ (src/nciiguard/service/static/pdq.js) against Python's (pdqhash, the C++ reference).

Two comparisons on every image of ../shared/data/pdq (bridge edits, dihedral set, EXIF rotations,
colour modes, LabelMe subset, misc):

* node, same pixels: the RGBA that nciiguard.imaging.decode_image produces is hashed by pdq.js
  under node. This isolates the hashing arithmetic (expected: identical).
* Chromium, own decoder: the FILE is given to the portal's code path in headless Debian
  Chromium (createImageBitmap with EXIF orientation, canvas, pdq.js). This is what a survivor's
  hash is, so it includes decoder differences (JPEG upsampling, colour profiles, modes).

Also: the distance between the browser's centre-crop variants and the server's
``index_variants`` (computed from a 512-pixel copy), and hashing time per image in Chromium.

Run: ``.venv/bin/python bench/pdq_js.py`` (about 1 minute; needs node and /usr/bin/chromium).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import SHARED_DATA, markdown_table, percentile, single_thread, write_results  # noqa: E402

single_thread()

import json  # noqa: E402
import subprocess  # noqa: E402
import tempfile  # noqa: E402
from collections import Counter  # noqa: E402

import numpy as np  # noqa: E402

from nciiguard.hashing.pdq import hamming, index_variants, pdq_hash  # noqa: E402
from nciiguard.imaging import decode_image  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
PDQ_JS = ROOT / "src" / "nciiguard" / "service" / "static" / "pdq.js"
CHROMIUM_ARGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]

NODE_SCRIPT = """
const pdq = require(process.argv[2]);
const fs = require('fs');
const out = [];
for (const e of JSON.parse(fs.readFileSync(process.argv[3]))) {
  const data = new Uint8ClampedArray(fs.readFileSync(e.bin));
  const t = process.hrtime.bigint();
  const r = pdq.pdqHash({width: e.width, height: e.height, data});
  out.push({hash: r.hash, quality: r.quality, ms: Number(process.hrtime.bigint() - t) / 1e6});
}
process.stdout.write(JSON.stringify(out));
"""


def images() -> list[Path]:
    return sorted(p for p in (SHARED_DATA / "pdq").rglob("*") if p.suffix.lower() in (".jpg", ".png", ".webp"))


def python_side(files):
    rows = []
    for f in files:
        try:
            d = decode_image(str(f))
        except Exception as exc:  # noqa: BLE001 - a file Python cannot read is reported, not fatal
            rows.append({"file": f, "error": type(exc).__name__})
            continue
        h = pdq_hash(d.rgb)
        variants = index_variants(d.rgb) if h.quality >= 50 else {}
        rows.append({"file": f, "rgb": d.rgb, "hash": h.hex, "quality": h.quality, "variants": variants})
    return rows


def node_side(rows, tmp: Path):
    manifest = []
    for i, r in enumerate(rows):
        rgb = r["rgb"]
        rgba = np.concatenate([rgb, np.full(rgb.shape[:2] + (1,), 255, np.uint8)], axis=2)
        b = tmp / f"{i}.rgba"
        rgba.tofile(b)
        manifest.append({"bin": str(b), "width": rgb.shape[1], "height": rgb.shape[0]})
    (tmp / "m.json").write_text(json.dumps(manifest))
    (tmp / "run.js").write_text(NODE_SCRIPT)
    out = subprocess.run(["node", str(tmp / "run.js"), str(PDQ_JS), str(tmp / "m.json")], capture_output=True,
                         text=True, check=True, timeout=600)
    return json.loads(out.stdout)


def chromium_side(files):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
        page = b.new_page()
        page.set_content('<input type="file" id="f">')
        page.add_script_tag(path=str(PDQ_JS))
        out = []
        for f in files:
            page.set_input_files("#f", str(f))
            r = page.evaluate("""async () => { const t = performance.now();
                const r = await NciiguardPdq.hashFile(document.getElementById('f').files[0]);
                return {hash: r.hash, quality: r.quality, variants: r.variants, ms: performance.now() - t}; }""")
            out.append(r)
        b.close()
    return out


def main() -> None:
    files = images()
    rows = [r for r in python_side(files) if "error" not in r]
    with tempfile.TemporaryDirectory() as tmp:
        node = node_side(rows, Path(tmp))
    browser = chromium_side([r["file"] for r in rows])

    node_d = [hamming(r["hash"], n["hash"]) for r, n in zip(rows, node)]
    br_d = [hamming(r["hash"], c["hash"]) for r, c in zip(rows, browser)]
    var_d = [hamming(r["variants"][k], c["variants"][k]) for r, c in zip(rows, browser)
             for k in r["variants"] if k in c["variants"]]

    def dist(ds):
        c = Counter(ds)
        return ", ".join(f"{k}: {c[k]}" for k in sorted(c))

    summary = markdown_table(
        ["comparison", "images", "identical", "<= 10 bits", "max bits", "distribution (bits: count)"],
        [["node pdq.js, same pixels", len(node_d), sum(d == 0 for d in node_d), sum(d <= 10 for d in node_d),
          max(node_d), dist(node_d)],
         ["Chromium (own decoder)", len(br_d), sum(d == 0 for d in br_d), sum(d <= 10 for d in br_d), max(br_d),
          dist(br_d)],
         ["Chromium centre-crop variants vs server index_variants", len(var_d), sum(d == 0 for d in var_d),
          sum(d <= 10 for d in var_d), max(var_d) if var_d else 0, dist(var_d)]], 0)
    per_image = markdown_table(
        ["image", "size", "py quality", "node bits", "Chromium bits", "Chromium quality", "Chromium ms"],
        [[str(r["file"].relative_to(SHARED_DATA / "pdq")), f"{r['rgb'].shape[1]}x{r['rgb'].shape[0]}", r["quality"],
          nd, bd, c["quality"], float(c["ms"])] for r, nd, bd, c in zip(rows, node_d, br_d, browser)],
        [0, 0, 0, 0, 0, 0, 1])
    ms = [float(c["ms"]) for c in browser]
    timing = markdown_table(["measure", "ms"], [["median per image", percentile(ms, 50)],
                                                ["p90 per image", percentile(ms, 90)],
                                                ["max per image", max(ms)]], 1)
    path = write_results(
        "pdq_js", "Browser PDQ (pdq.js) against Python pdqhash",
        [("Summary", summary), ("Hashing time in Chromium (decode + hash + 2 crop variants)", timing),
         ("Per image", per_image)],
        command="python bench/pdq_js.py",
        notes=["Bits = Hamming distance to nciiguard.hashing.pdq.pdq_hash on the same file.",
               "Variants: the server hashes crops of a 512-pixel copy, the browser crops the full picture.",
               "Chromium times: decoding, the PDQ hash and its 2 crop variants (not the SHA-256); one core of a shared machine."])
    print(path.read_text())


if __name__ == "__main__":
    main()
