/*
 * PDQ perceptual hashing in plain JavaScript: nciiguard's own implementation of Facebook's PDQ
 * (algorithm: facebook/ThreatExchange pdq/, "pdqhash-2017-10-09.pdf"), so a survivor's browser can
 * hash pictures without sending them anywhere.
 *
 * It follows the C++ reference step by step, in 32-bit floats like the reference (Math.fround after
 * every operation), so that hashes agree with the server's (nciiguard.hashing.pdq, which calls the
 * reference through pdqhash) bit for bit on the same pixels. Differences that remain come from
 * image decoders (JPEG chroma upsampling, colour management), not from this file.
 *
 * Steps, as in nciiguard.hashing.pdq.pdq_hash and nciiguard.imaging.to_rgb_array:
 *   1. transparent pixels are composited over white (what the server does before hashing);
 *   2. images above 12 million pixels are reduced by an integer box filter (PIL Image.reduce);
 *   3. luminance Y = 0.299 R + 0.587 G + 0.114 B (in double, stored as float, like pdqhash);
 *   4. Jarosz filter: two passes of box filters along rows then columns, window
 *      ceil(dimension / 128), then decimation to 64x64 at pixel centres;
 *   5. quality: the count of significant gradients in the 64x64 image (0-100);
 *   6. 2D DCT, keeping the 16x16 lowest frequencies except DC;
 *   7. bit k = i*16+j is 1 when that coefficient is above the median (the 128th smallest).
 * The hex string is the reference's: bit 255 first.
 *
 * Works as a classic browser script (window.NciiguardPdq) and as a CommonJS module (node tests).
 * No network, no storage: the pixels stay in this function's memory.
 */
(function (root, factory) {
  "use strict";
  if (typeof module === "object" && module.exports) {
    module.exports = factory();
  } else {
    root.NciiguardPdq = factory();
  }
})(typeof self !== "undefined" ? self : this, function () {
  "use strict";

  var f = Math.fround;

  /** Images above this many pixels are box-reduced first (nciiguard.hashing.pdq.MAX_HASH_PIXELS). */
  var MAX_HASH_PIXELS = 12000000;
  /** Below this size in either dimension the reference returns an all-zero hash of quality 0. */
  var MIN_HASHABLE_DIM = 5;
  /** Hashes below this quality are too weak to match on (nciiguard DEFAULT_QUALITY_FLOOR). */
  var QUALITY_FLOOR = 50;
  /** Centre crops hashed as extra variants, as nciiguard.hashing.pdq.INDEX_CROPS. */
  var INDEX_CROPS = [0.9, 0.8];

  // DCT matrix, 16 rows x 64 columns, as the reference builds it: a float scale factor times a
  // double cosine, stored as float. Row i is frequency i+1 (DC is skipped).
  var DCT = (function () {
    var m = new Float32Array(16 * 64);
    var scale = f(Math.sqrt(2.0 / 64));
    for (var i = 0; i < 16; i++) {
      for (var j = 0; j < 64; j++) {
        m[i * 64 + j] = scale * Math.cos(((Math.PI / 2.0 / 64) * (i + 1)) * (2 * j + 1));
      }
    }
    return m;
  })();

  function jaroszWindow(oldDim, newDim) {
    return Math.floor((oldDim + 2 * newDim - 1) / (2 * newDim));
  }

  // One box filter along a vector with edge handling exactly as the reference's box1DFloat:
  // the window grows at the start and shrinks at the end; sums are float.
  function box1D(inv, outv, offset, length, stride, fullWindow) {
    var half = Math.floor((fullWindow + 2) / 2);
    var p1 = half - 1;
    var p2 = fullWindow - half + 1;
    var p3 = length - fullWindow;
    var p4 = half - 1;
    var li = offset, ri = offset, oi = offset;
    var sum = 0;
    var n = 0;
    var k;
    for (k = 0; k < p1; k++) {
      sum = f(sum + inv[ri]); n++; ri += stride;
    }
    for (k = 0; k < p2; k++) {
      sum = f(sum + inv[ri]); n++;
      outv[oi] = sum / n;
      ri += stride; oi += stride;
    }
    for (k = 0; k < p3; k++) {
      sum = f(sum + inv[ri]);
      sum = f(sum - inv[li]);
      outv[oi] = sum / n;
      li += stride; ri += stride; oi += stride;
    }
    for (k = 0; k < p4; k++) {
      sum = f(sum - inv[li]); n--;
      outv[oi] = sum / n;
      li += stride; oi += stride;
    }
  }

  function jarosz(buf1, buf2, rows, cols, winAlongRows, winAlongCols, passes) {
    for (var p = 0; p < passes; p++) {
      for (var i = 0; i < rows; i++) box1D(buf1, buf2, i * cols, cols, 1, winAlongRows);
      for (var j = 0; j < cols; j++) box1D(buf2, buf1, j, rows, cols, winAlongCols);
    }
  }

  function decimate(inp, rows, cols, out) {
    for (var oi = 0; oi < 64; oi++) {
      var ii = Math.floor(((oi + 0.5) * rows) / 64);
      for (var oj = 0; oj < 64; oj++) {
        var ij = Math.floor(((oj + 0.5) * cols) / 64);
        out[oi * 64 + oj] = inp[ii * cols + ij];
      }
    }
  }

  function qualityMetric(a) {
    var sum = 0, d, i, j;
    for (i = 0; i < 63; i++) {
      for (j = 0; j < 64; j++) {
        d = Math.trunc(f(f(f(a[i * 64 + j] - a[(i + 1) * 64 + j]) * 100) / 255));
        sum += Math.abs(d);
      }
    }
    for (i = 0; i < 64; i++) {
      for (j = 0; j < 63; j++) {
        d = Math.trunc(f(f(f(a[i * 64 + j] - a[i * 64 + j + 1]) * 100) / 255));
        sum += Math.abs(d);
      }
    }
    var q = Math.floor(sum / 90);
    return q > 100 ? 100 : q;
  }

  // B = D A D^T with float accumulation in the reference's order.
  function dct64To16(a) {
    var t = new Float32Array(16 * 64);
    var b = new Float32Array(256);
    var i, j, k, s;
    for (i = 0; i < 16; i++) {
      for (j = 0; j < 64; j++) {
        s = 0;
        for (k = 0; k < 64; k++) s = f(s + f(DCT[i * 64 + k] * a[k * 64 + j]));
        t[i * 64 + j] = s;
      }
    }
    for (i = 0; i < 16; i++) {
      for (j = 0; j < 16; j++) {
        s = 0;
        for (k = 0; k < 64; k++) s = f(s + f(t[i * 64 + k] * DCT[j * 64 + k]));
        b[i * 16 + j] = s;
      }
    }
    return b;
  }

  function bitsToHex(b) {
    // The reference's Torben median of 256 values is the 128th smallest.
    var sorted = Array.prototype.slice.call(b).sort(function (x, y) { return x - y; });
    var median = sorted[127];
    var hex = "";
    for (var n = 0; n < 64; n++) {
      var nib = 0;
      for (var q = 0; q < 4; q++) {
        var bit = 255 - 4 * n - q;
        if (b[bit] > median) nib |= 8 >> q;
      }
      hex += nib.toString(16);
    }
    return hex;
  }

  /** Hash a float luminance buffer (rows x cols, row-major). The buffer is overwritten. */
  function hashLuma(luma, rows, cols) {
    if (rows < MIN_HASHABLE_DIM || cols < MIN_HASHABLE_DIM) {
      return { hash: new Array(65).join("0"), quality: 0 };
    }
    var a = new Float32Array(4096);
    if (rows === 64 && cols === 64) {
      a.set(luma);
    } else {
      var tmp = new Float32Array(rows * cols);
      jarosz(luma, tmp, rows, cols, jaroszWindow(cols, 64), jaroszWindow(rows, 64), 2);
      decimate(luma, rows, cols, a);
    }
    var quality = qualityMetric(a);
    return { hash: bitsToHex(dct64To16(a)), quality: quality };
  }

  function checkImage(img) {
    if (!img || typeof img !== "object") throw new TypeError("expected an ImageData-like object");
    var w = img.width, h = img.height, d = img.data;
    if (!(Number.isInteger(w) && Number.isInteger(h) && w > 0 && h > 0)) {
      throw new RangeError("image width and height must be positive integers");
    }
    if (!d || typeof d.length !== "number" || d.length !== w * h * 4) {
      throw new RangeError("image data must hold width*height*4 RGBA bytes (got " + (d ? d.length : 0) + ")");
    }
  }

  // Composite over white like nciiguard.imaging.to_rgb_array, giving packed RGB bytes.
  function flattenRgb(img) {
    var n = img.width * img.height, d = img.data;
    var rgb = new Uint8Array(n * 3);
    for (var p = 0, o = 0, s = 0; p < n; p++, s += 4, o += 3) {
      var al = d[s + 3];
      if (al === 255) {
        rgb[o] = d[s]; rgb[o + 1] = d[s + 1]; rgb[o + 2] = d[s + 2];
      } else {
        rgb[o] = Math.round((d[s] * al + 255 * (255 - al)) / 255);
        rgb[o + 1] = Math.round((d[s + 1] * al + 255 * (255 - al)) / 255);
        rgb[o + 2] = Math.round((d[s + 2] * al + 255 * (255 - al)) / 255);
      }
    }
    return { width: img.width, height: img.height, rgb: rgb };
  }

  // Integer box reduction (PIL Image.reduce): output ceil(w/k) x ceil(h/k), edge blocks averaged
  // over the pixels they have, rounded.
  function reduceRgb(im, k) {
    var w = im.width, h = im.height, src = im.rgb;
    var ow = Math.ceil(w / k), oh = Math.ceil(h / k);
    var out = new Uint8Array(ow * oh * 3);
    for (var oy = 0; oy < oh; oy++) {
      var y0 = oy * k, y1 = Math.min(h, y0 + k);
      for (var ox = 0; ox < ow; ox++) {
        var x0 = ox * k, x1 = Math.min(w, x0 + k);
        var r = 0, g = 0, b = 0, cnt = (y1 - y0) * (x1 - x0);
        for (var y = y0; y < y1; y++) {
          for (var x = x0, s = (y * w + x0) * 3; x < x1; x++, s += 3) {
            r += src[s]; g += src[s + 1]; b += src[s + 2];
          }
        }
        var o = (oy * ow + ox) * 3;
        out[o] = Math.floor(r / cnt + 0.5);
        out[o + 1] = Math.floor(g / cnt + 0.5);
        out[o + 2] = Math.floor(b / cnt + 0.5);
      }
    }
    return { width: ow, height: oh, rgb: out };
  }

  function boundRgb(im) {
    var n = im.width * im.height;
    if (n <= MAX_HASH_PIXELS) return im;
    return reduceRgb(im, Math.ceil(Math.sqrt(n / MAX_HASH_PIXELS)));
  }

  function lumaOf(im, x0, y0, w, h) {
    var luma = new Float32Array(w * h), src = im.rgb, W = im.width;
    for (var y = 0; y < h; y++) {
      var s = ((y0 + y) * W + x0) * 3, o = y * w;
      for (var x = 0; x < w; x++, s += 3) {
        // Double arithmetic then float storage, exactly as pdqhash's numpy expression.
        luma[o + x] = src[s] * 0.299 + src[s + 1] * 0.587 + src[s + 2] * 0.114;
      }
    }
    return luma;
  }

  function centerBox(w, h, ratio) {
    // Python round() is round-half-even; the difference is at most one pixel and does not matter
    // to PDQ, but keep it identical anyway.
    function pyRound(v) {
      var r = Math.round(v);
      if (Math.abs(v % 1) === 0.5 && r % 2 !== 0) r -= 1;
      return r;
    }
    var ch = Math.max(1, pyRound(h * ratio)), cw = Math.max(1, pyRound(w * ratio));
    return { x: Math.floor((w - cw) / 2), y: Math.floor((h - ch) / 2), w: cw, h: ch };
  }

  /**
   * PDQ hash of an ImageData-like object {width, height, data: RGBA bytes}.
   * Returns {hash: 64 hex characters, quality: 0-100}.
   */
  function pdqHash(img) {
    checkImage(img);
    var im = boundRgb(flattenRgb(img));
    return hashLuma(lumaOf(im, 0, 0, im.width, im.height), im.height, im.width);
  }

  /**
   * The hash, its quality and the centre-crop variants a bank entry stores (see
   * nciiguard.hashing.pdq.index_variants). The server computes those crops from a copy reduced to
   * 512 pixels; here they come from the full picture, which PDQ's own downsampling makes differ by
   * only a few bits. Variants are left out for low-quality hashes, like the server does.
   */
  function pdqHashWithVariants(img) {
    checkImage(img);
    var im = boundRgb(flattenRgb(img));
    var main = hashLuma(lumaOf(im, 0, 0, im.width, im.height), im.height, im.width);
    var variants = {};
    if (main.quality >= QUALITY_FLOOR) {
      INDEX_CROPS.forEach(function (r) {
        var b = centerBox(im.width, im.height, r);
        variants["center" + Math.round(r * 100)] = hashLuma(lumaOf(im, b.x, b.y, b.w, b.h), b.h, b.w).hash;
      });
    }
    return { hash: main.hash, quality: main.quality, variants: variants };
  }

  var HEX = /^[0-9a-fA-F]*$/;
  var POP = [0, 1, 1, 2, 1, 2, 2, 3, 1, 2, 2, 3, 2, 3, 3, 4];

  /** Hamming distance between two 64-character hex hashes. */
  function hamming(a, b) {
    if (typeof a !== "string" || typeof b !== "string" || a.length !== b.length) {
      throw new RangeError("hashes must be hex strings of equal length");
    }
    if (!HEX.test(a) || !HEX.test(b)) throw new RangeError("hashes must be hexadecimal");
    var d = 0;
    for (var i = 0; i < a.length; i++) {
      d += POP[parseInt(a[i], 16) ^ parseInt(b[i], 16)];
    }
    return d;
  }

  /**
   * Browser only: decode a File/Blob on this device and hash it. EXIF orientation is applied
   * (as the server's exif_transpose does) and colour profiles are NOT converted (the server reads
   * raw pixel values too). Nothing is sent anywhere; the decoded pixels are dropped afterwards.
   */
  function hashFile(file) {
    if (typeof createImageBitmap !== "function") {
      return Promise.reject(new Error("this browser cannot decode pictures for hashing"));
    }
    return createImageBitmap(file, {
      imageOrientation: "from-image",
      colorSpaceConversion: "none",
      premultiplyAlpha: "none"
    }).then(function (bitmap) {
      var w = bitmap.width, h = bitmap.height, canvas;
      if (typeof OffscreenCanvas === "function") {
        canvas = new OffscreenCanvas(w, h);
      } else {
        canvas = document.createElement("canvas");
        canvas.width = w; canvas.height = h;
      }
      var ctx = canvas.getContext("2d", { willReadFrequently: true });
      ctx.drawImage(bitmap, 0, 0);
      if (bitmap.close) bitmap.close();
      var data = ctx.getImageData(0, 0, w, h);
      var out = pdqHashWithVariants(data);
      // Release the pixels right away (a canvas of 0x0 frees its backing store).
      canvas.width = 0; canvas.height = 0;
      out.width = w; out.height = h;
      return out;
    });
  }

  return {
    pdqHash: pdqHash,
    pdqHashWithVariants: pdqHashWithVariants,
    hashLuma: hashLuma,
    hamming: hamming,
    hashFile: hashFile,
    QUALITY_FLOOR: QUALITY_FLOOR,
    MAX_HASH_PIXELS: MAX_HASH_PIXELS
  };
});
