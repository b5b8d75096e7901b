"""Image guard benchmark: per-image latency on one core, sexual-content false positives, watermark
false positives, and the face-verification ROC (from bench/faces.py).

Corpus: the benign photos in ../shared/data/images/photos (thorn-oss/perception, Apache-2.0) and
../shared/data/faces (ageitgey/face_recognition, MIT). No sexual image is read, made or stored:
the false-positive rate is measured on benign photos only; the true-positive rate of the model is
not measured here (see docs/signals/nsfw_image.md for why).

Latency: every photo is resized so its longest side is 512 px and re-encoded as JPEG (quality 90)
in memory; then each stage is timed separately on one core, the way a scan runs them:
decode (nciiguard.imaging.decode_image) -> sexual content (open_nsfw, 1 onnxruntime thread) ->
faces + embeddings (nciiguard.faces.FaceEngine: dlib HOG detector, 5-point landmarks, ResNet
embeddings; the 68-point model is never loaded) -> PDQ (nciiguard.hashing.pdq). Provenance
(C2PA read + watermark decode) is timed too but is not part of the target.

Writes bench/results/images.md. Run: ``.venv/bin/python bench/images.py [--rounds 5]`` (~1 min)
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import SHARED_DATA, RESULTS_DIR, markdown_table, percentile, single_thread, write_results  # noqa: E402

single_thread()

import argparse  # noqa: E402
import io  # noqa: E402
import os  # noqa: E402
import time  # noqa: E402

import numpy as np  # noqa: E402
from PIL import Image  # noqa: E402

from nciiguard.content import Content, ImageInput, ScanContext  # noqa: E402
from nciiguard.imaging import decode_image  # noqa: E402
from nciiguard.signals.image.nsfw import NsfwImageSignal  # noqa: E402
from nciiguard.signals.image.provenance import ProvenanceSignal  # noqa: E402

PHOTOS = SHARED_DATA / "images" / "photos"
FACES = SHARED_DATA / "faces"
SIDE = 512
TARGET_P50_MS = 80.0
THRESHOLDS = (0.4, 0.8)  # ncii profile: suggestive >= 0.4, sexual >= 0.8


def corpus() -> list[Path]:
    files = []
    for root in (PHOTOS, FACES):
        for p in sorted(root.rglob("*")):
            if p.is_file() and p.suffix.lower() in (".jpg", ".jpeg", ".png"):
                files.append(p)
    return files


def at_512(path: Path) -> bytes:
    img = Image.open(path)
    img.load()
    img = img.convert("RGB")
    scale = SIDE / max(img.size)
    img = img.resize((max(1, round(img.width * scale)), max(1, round(img.height * scale))), Image.Resampling.LANCZOS)
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=90)
    return buf.getvalue()


def pin_one_core() -> str:
    try:
        cpu = min(os.sched_getaffinity(0))
        os.sched_setaffinity(0, {cpu})
        return f"pinned to CPU {cpu}"
    except (AttributeError, OSError):
        return "not pinned (sched_setaffinity unavailable)"


def stage_table(times: dict[str, list[tuple[float, float]]]) -> str:
    """Wall and CPU time per stage. CPU time (this thread's) is what one free core would take;
    wall time also counts waiting for the CPU on a shared machine."""
    rows = []
    for stage, pairs in times.items():
        wall = [w for w, _ in pairs]
        cpu = [c for _, c in pairs]
        rows.append([stage, percentile(cpu, 50), percentile(cpu, 95), float(np.mean(cpu)),
                     percentile(wall, 50), percentile(wall, 95)])
    return markdown_table(["stage", "CPU p50 ms", "CPU p95 ms", "CPU mean ms", "wall p50 ms", "wall p95 ms"], rows,
                          [0, 1, 1, 1, 1, 1])


class Clock:
    """Wall (perf_counter) and CPU (thread_time) readings taken together."""

    def __call__(self) -> tuple[float, float]:
        return time.perf_counter(), time.thread_time()

    @staticmethod
    def ms(a: tuple[float, float], b: tuple[float, float]) -> tuple[float, float]:
        return (b[0] - a[0]) * 1e3, (b[1] - a[1]) * 1e3


def latency(files: list[Path], rounds: int):
    from nciiguard.faces import FaceEngine, FaceSettings
    from nciiguard.hashing.pdq import pdq_hash

    nsfw = NsfwImageSignal({"intra_op_threads": 1})
    nsfw.ensure_loaded()
    engine = FaceEngine().load()  # the faces signal's defaults
    no_upsample = FaceEngine(FaceSettings(upsample_below_side=0)).load()
    prov = ProvenanceSignal()
    prov.ensure_loaded()

    blobs = [at_512(p) for p in files]
    # warm-up: first calls allocate onnxruntime buffers and dlib's pyramids
    for blob in blobs[:3]:
        rgb = decode_image(blob).rgb
        nsfw.score_rgb(rgb)
        engine.analyze(rgb)
        pdq_hash(rgb)

    times: dict[str, list] = {k: [] for k in (
        "decode", "sexual content (open_nsfw)", "faces + embeddings (dlib, signal defaults)", "PDQ",
        "total (target stages)")}
    extra: dict[str, list] = {k: [] for k in (
        "faces + embeddings without 2x upsampling (upsample_below_side=0)",
        "total with faces not upsampled", "provenance (C2PA + watermarks, own decode)")}
    n_faces = n_faces_plain = 0
    clock = Clock()
    for _ in range(rounds):
        for blob in blobs:
            t0 = clock()
            decoded = decode_image(blob)
            t1 = clock()
            nsfw.score_rgb(decoded.rgb)
            t2 = clock()
            scan = engine.analyze(decoded.rgb)
            t3 = clock()
            pdq_hash(decoded.rgb)
            t4 = clock()
            for key, (a, b) in zip(times, ((t0, t1), (t1, t2), (t2, t3), (t3, t4), (t0, t4))):
                times[key].append(Clock.ms(a, b))
            n_faces += len(scan.embedded)
            t5 = clock()
            plain = no_upsample.analyze(decoded.rgb)
            t6 = clock()
            prov.detect(ScanContext(Content(images=(ImageInput(blob),))))
            t7 = clock()
            n_faces_plain += len(plain.embedded)
            faces_plain = Clock.ms(t5, t6)
            total = Clock.ms(t0, t4)
            faces_default = Clock.ms(t2, t3)
            extra["faces + embeddings without 2x upsampling (upsample_below_side=0)"].append(faces_plain)
            extra["total with faces not upsampled"].append(
                (total[0] - faces_default[0] + faces_plain[0], total[1] - faces_default[1] + faces_plain[1]))
            extra["provenance (C2PA + watermarks, own decode)"].append(Clock.ms(t6, t7))
    return times, extra, n_faces // rounds, n_faces_plain // rounds


def false_positives(files: list[Path]) -> tuple[str, str, list[str]]:
    nsfw = NsfwImageSignal({"intra_op_threads": 1})
    nsfw.ensure_loaded()
    prov = ProvenanceSignal()
    prov.ensure_loaded()
    scores, marks, unreadable = [], 0, []
    for path in files:
        ctx = ScanContext(Content(images=(ImageInput(path),)))
        try:
            (finding,) = nsfw.detect(ctx)
        except Exception as exc:  # noqa: BLE001 - report, do not stop the benchmark
            unreadable.append(f"{path.name}: {exc}")
            continue
        scores.append((finding.score, path.relative_to(SHARED_DATA).as_posix()))
        marks += sum(1 for f in prov.detect(ctx) if f.label in ("watermark", "ai_generated"))
    values = np.array([s for s, _ in scores])
    rows = []
    for folder in ("images/photos", "faces"):
        sub = np.array([s for s, name in scores if name.startswith(folder)])
        rows.append([folder, len(sub), *(float(np.mean(sub >= t)) for t in THRESHOLDS), float(np.median(sub)), float(sub.max())])
    rows.append(["all", len(values), *(float(np.mean(values >= t)) for t in THRESHOLDS), float(np.median(values)), float(values.max())])
    table = markdown_table(["set", "images", "share >= 0.4", "share >= 0.8", "median score", "max score"], rows,
                           [0, 0, 3, 3, 4, 4])
    top = sorted(scores, reverse=True)[:5]
    top_table = markdown_table(["image", "score"], [[name, s] for s, name in top], [0, 4])
    wm = (f"Watermark / AI-provenance findings on the same {len(values)} unmarked benign images: {marks} "
          f"(each image checked against {len(prov.params.payloads)} known generator payloads).")
    return table + "\n\nHighest-scoring benign images:\n\n" + top_table, wm, unreadable


def faces_roc_section() -> str:
    path = RESULTS_DIR / "faces.md"
    if not path.is_file():
        return "bench/results/faces.md does not exist yet: run `.venv/bin/python bench/faces.py` (faces helper)."
    text = path.read_text()
    lines = text.splitlines()
    out, keep = [], False
    for line in lines:
        if line.startswith("## "):
            keep = "roc" in line.lower() or "verification" in line.lower()
            if keep:
                out.append("###" + line[2:])
                continue
        if keep:
            out.append(line)
    body = "\n".join(out).strip()
    pointer = "Copied from bench/results/faces.md (produced by bench/faces.py), which has the full tables."
    return f"{pointer}\n\n{body}" if body else f"{pointer} (no ROC section found in it)."


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rounds", type=int, default=5, help="timing passes over the corpus (default 5)")
    args = ap.parse_args()
    pinned = pin_one_core()
    files = corpus()
    times, extra, faces_per_pass, faces_plain = latency(files, args.rounds)
    fp_table, wm_line, unreadable = false_positives(files)
    p50 = percentile([c for _, c in times["total (target stages)"]], 50)
    p50_wall = percentile([w for w, _ in times["total (target stages)"]], 50)
    p50_plain = percentile([c for _, c in extra["total with faces not upsampled"]], 50)
    verdict = "meets" if p50 <= TARGET_P50_MS else "misses"
    notes = [
        f"{len(files)} benign photos ({PHOTOS.relative_to(SHARED_DATA)}, {FACES.relative_to(SHARED_DATA)}), "
        f"resized to {SIDE} px on the longest side, JPEG q90 in memory; {args.rounds} timed passes after a warm-up; {pinned}.",
        "One thread everywhere: OMP/BLAS variables = 1, onnxruntime intra_op_threads = 1, dlib single-threaded.",
        f"Total p50 = {p50:.1f} ms CPU ({p50_wall:.1f} ms wall): {verdict} the target of {TARGET_P50_MS:.0f} ms. "
        f"{faces_per_pass} faces embedded per pass with the faces signal's defaults (images under 800 px are "
        f"upsampled 2x for detection); without upsampling {faces_plain} faces and a total p50 of {p50_plain:.1f} ms CPU.",
        "The machine is shared with other jobs (see load average): CPU time is the fair per-core figure; wall time includes waiting for the CPU.",
    ]
    if unreadable:
        notes.append("Unreadable files: " + "; ".join(unreadable))
    sections = [
        (f"Latency per image at {SIDE} px, one core", stage_table(times)),
        ("Breakdown and extra stages (not in the total)", stage_table(extra)),
        ("Sexual-content false positives on benign photos (open_nsfw, original resolution)",
         fp_table + "\n\nThresholds are the ncii profile's: `suggestive` at 0.4, `sexual` at 0.8. "
         "Every image here is benign, so every share above 0 is a false positive."),
        ("Invisible-watermark false positives", wm_line),
        ("Identity verification ROC (faces)", faces_roc_section()),
    ]
    path = write_results("images", "Image guard benchmark", sections,
                         command=f".venv/bin/python bench/images.py --rounds {args.rounds}", notes=notes)
    print(f"wrote {path}")


if __name__ == "__main__":
    main()
