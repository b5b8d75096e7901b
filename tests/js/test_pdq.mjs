// Node tests of the browser PDQ implementation (src/nciiguard/service/static/pdq.js).
//
// Run through pytest (tests/js/test_pdq_js.py): it decodes the fixture images with nciiguard's
// own decoder, writes their RGBA pixels to a temporary directory with the hashes Python's pdqhash
// (the ThreatExchange C++ reference) gives, and points NCIIGUARD_PDQ_MANIFEST at the list.
// Run alone (`node --test tests/js/`), the comparison tests are skipped and the unit tests run.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import path from "node:path";

const here = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const pdq = require(path.join(here, "..", "..", "src", "nciiguard", "service", "static", "pdq.js"));

const MANIFEST = process.env.NCIIGUARD_PDQ_MANIFEST;
// The PDQ authors call an implementation correct within 10 bits of the reference.
const MAX_BITS = 10;

function image(width, height, fill) {
  const data = new Uint8ClampedArray(width * height * 4);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const [r, g, b, a] = fill(x, y);
      const o = (y * width + x) * 4;
      data[o] = r; data[o + 1] = g; data[o + 2] = b; data[o + 3] = a === undefined ? 255 : a;
    }
  }
  return { width, height, data };
}

// A deterministic textured picture (no randomness, so a failure reproduces).
const textured = (w, h) => image(w, h, (x, y) => {
  const v = 128 + 60 * Math.sin(x / 7) * Math.cos(y / 11) + 50 * Math.sin((x + 2 * y) / 23);
  return [v, (v * 0.7 + x) % 256, (255 - v + y) % 256];
});

test("hash has 64 lower-case hex characters and a quality in 0..100", () => {
  const r = pdq.pdqHash(textured(120, 90));
  assert.match(r.hash, /^[0-9a-f]{64}$/);
  assert.ok(Number.isInteger(r.quality) && r.quality >= 0 && r.quality <= 100);
  assert.ok(r.quality >= 50, `textured image should have good quality, got ${r.quality}`);
});

test("about half the bits are set (median threshold)", () => {
  const r = pdq.pdqHash(textured(200, 150));
  const ones = [...r.hash].reduce((n, c) => n + pdq.hamming(c, "0"), 0);
  assert.ok(ones >= 120 && ones <= 128, `expected ~128 one bits, got ${ones}`);
});

test("deterministic, and different pictures hash far apart", () => {
  const a = pdq.pdqHash(textured(160, 120));
  const b = pdq.pdqHash(textured(160, 120));
  assert.equal(a.hash, b.hash);
  const c = pdq.pdqHash(image(160, 120, (x, y) => [(x * y) % 256, (x * 3) % 256, (y * 5) % 256]));
  assert.ok(pdq.hamming(a.hash, c.hash) > 60, "distinct pictures should be far apart");
});

test("a picture smaller than 5 pixels gets the reference's all-zero hash and quality 0", () => {
  const r = pdq.pdqHash(textured(4, 30));
  assert.equal(r.hash, "0".repeat(64));
  assert.equal(r.quality, 0);
});

test("a flat picture has quality 0 (too weak to match on)", () => {
  const r = pdq.pdqHash(image(100, 80, () => [90, 90, 90]));
  assert.equal(r.quality, 0);
  assert.ok(r.quality < pdq.QUALITY_FLOOR);
});

test("variants are centre crops, and are left out for low quality", () => {
  const r = pdq.pdqHashWithVariants(textured(300, 200));
  assert.deepEqual(Object.keys(r.variants).sort(), ["center80", "center90"]);
  for (const v of Object.values(r.variants)) assert.match(v, /^[0-9a-f]{64}$/);
  assert.deepEqual(pdq.pdqHashWithVariants(image(50, 50, () => [0, 0, 0])).variants, {});
});

test("bad input is refused with a clear error, never hashed", () => {
  assert.throws(() => pdq.pdqHash(null), TypeError);
  assert.throws(() => pdq.pdqHash({ width: 0, height: 10, data: new Uint8Array(0) }), /positive integers/);
  assert.throws(() => pdq.pdqHash({ width: 2.5, height: 10, data: new Uint8Array(100) }), /positive integers/);
  assert.throws(() => pdq.pdqHash({ width: 10, height: 10, data: new Uint8Array(300) }), /width\*height\*4/);
});

test("hamming distance", () => {
  assert.equal(pdq.hamming("00", "ff"), 8);
  assert.equal(pdq.hamming("a5", "a5"), 0);
  assert.throws(() => pdq.hamming("00", "0"), RangeError);
  assert.throws(() => pdq.hamming("zz", "00"), /hexadecimal/);
});

test("matches Python pdqhash on the fixture images", { skip: MANIFEST ? false : "NCIIGUARD_PDQ_MANIFEST not set (run through pytest tests/js)" }, () => {
  const entries = JSON.parse(readFileSync(MANIFEST, "utf8"));
  assert.ok(entries.length >= 5, "the manifest should list the fixture images");
  const distribution = {};
  const rows = [];
  for (const e of entries) {
    const data = new Uint8ClampedArray(readFileSync(e.bin));
    const r = pdq.pdqHash({ width: e.width, height: e.height, data });
    const d = pdq.hamming(r.hash, e.pdq);
    distribution[d] = (distribution[d] || 0) + 1;
    rows.push({ name: e.name, distance: d, quality_js: r.quality, quality_py: e.quality });
    assert.ok(d <= MAX_BITS, `${e.name}: ${d} bits from Python (${r.hash} vs ${e.pdq})`);
    assert.ok(Math.abs(r.quality - e.quality) <= 2, `${e.name}: quality ${r.quality} vs Python ${e.quality}`);
  }
  const identical = distribution[0] || 0;
  assert.ok(identical * 2 > entries.length, `most hashes should be identical, got ${identical}/${entries.length}`);
  if (process.env.NCIIGUARD_PDQ_REPORT) {
    writeFileSync(process.env.NCIIGUARD_PDQ_REPORT, JSON.stringify({ distribution, rows }, null, 1));
  }
});
