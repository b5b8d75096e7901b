"""Dataset scanner benchmark: captions/s and images/s, local engine (1 and 2 workers) vs Ray.

Corpus: COCO captions from ../shared/data/prompts/benign/coco_30k.csv (the first --captions rows,
as a CSV source) and the benign photos in ../shared/data/images/photos (thorn-oss/perception,
Apache-2.0) copied under distinct names until there are --images of them (an image-folder
source). Every configuration runs the same ``nciiguard.batch.scan_dataset`` call with the default
``ncii`` profile (real signals, an empty bank store) into a fresh output directory, one after the
other in one run, so the numbers sit side by side.

Two rates per run: **wall** (items / total time, including starting workers and loading the
models in each of them, and writing the parquet outputs) and **steady** (items screened after the
first chunk came back / time from then to the last chunk: the rate a long scan converges to).
Ray's own start-up (``ray.init``) is timed separately and not counted in either.

Writes bench/results/dataset.md. Run: ``.venv/bin/python bench/dataset.py`` (~4-5 min on 2 cores)
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import SHARED_DATA, markdown_table, single_thread, write_results  # noqa: E402

single_thread()  # one BLAS/onnxruntime thread per worker process: workers are the parallelism

import argparse  # noqa: E402
import csv  # noqa: E402
import os  # noqa: E402
import shutil  # noqa: E402
import tempfile  # noqa: E402
import time  # noqa: E402


def build_corpus(tmp: Path, n_captions: int, n_images: int) -> tuple[Path, Path]:
    captions = tmp / "captions.csv"
    with open(SHARED_DATA / "prompts" / "benign" / "coco_30k.csv", newline="", encoding="utf-8") as src, \
            open(captions, "w", newline="", encoding="utf-8") as dst:
        reader = csv.DictReader(src)
        writer = csv.writer(dst)
        writer.writerow(["id", "caption"])
        for i, row in enumerate(reader):
            if i >= n_captions:
                break
            writer.writerow([row["image_id"], row["prompt"]])
    photos = sorted(p for p in (SHARED_DATA / "images" / "photos").iterdir()
                    if p.suffix.lower() in (".jpg", ".jpeg", ".png"))
    folder = tmp / "images"
    folder.mkdir()
    for i in range(n_images):
        src = photos[i % len(photos)]
        shutil.copy(src, folder / f"{i:05d}_{src.name}")
    return captions, folder


def run_one(source: Path, out: Path, engine: str, workers: int, config) -> dict:
    from nciiguard.batch import scan_dataset

    marks: list[tuple[float, int]] = []

    def progress(n: int) -> None:
        marks.append((time.perf_counter(), n))

    t0 = time.perf_counter()
    result = scan_dataset(source, out, engine=engine, workers=workers, config=config,
                          on_progress=progress, resume=False)
    wall = time.perf_counter() - t0
    steady = float("nan")
    if len(marks) > 1:
        first_t, first_n = marks[0]
        done_after = sum(n for _, n in marks[1:])
        if marks[-1][0] > first_t:
            steady = done_after / (marks[-1][0] - first_t)
    return {"items": result.total, "wall_s": wall, "wall_rate": result.total / wall, "steady_rate": steady,
            "counts": result.counts, "first_s": (marks[0][0] - t0) if marks else float("nan")}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--captions", type=int, default=10000)
    ap.add_argument("--images", type=int, default=200)
    ap.add_argument("--no-ray", action="store_true", help="skip the Ray runs")
    args = ap.parse_args()

    from nciiguard.config import Config

    tmp = Path(tempfile.mkdtemp(prefix="nciiguard-bench-dataset-"))
    try:
        config = Config.load(data_dir=tmp / "state")
        captions, folder = build_corpus(tmp, args.captions, args.images)
        configs = [("local", 1), ("local", 2)]
        ray_init_s = None
        if not args.no_ray:
            try:
                import ray

                t0 = time.perf_counter()
                ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False)
                ray_init_s = time.perf_counter() - t0
                configs.append(("ray", 2))
            except ImportError:
                print("ray is not installed: Ray runs skipped", file=sys.stderr)
        rows, notes_counts = [], []
        for kind, source in (("captions", captions), ("images", folder)):
            for engine, workers in configs:
                label = f"{engine}, {workers} worker{'s' if workers > 1 else ''}"
                print(f"{kind}: {label} ...", file=sys.stderr, flush=True)
                r = run_one(source, tmp / f"out-{kind}-{engine}-{workers}", engine, workers, config)
                rows.append([kind, label, r["items"], r["wall_s"], r["wall_rate"], r["steady_rate"], r["first_s"]])
                notes_counts.append(f"{kind} / {label}: {r['counts']}")
                print(f"  {r['items']} in {r['wall_s']:.1f} s: wall {r['wall_rate']:.1f}/s, "
                      f"steady {r['steady_rate']:.1f}/s", file=sys.stderr, flush=True)
        if ray_init_s is not None:
            import ray

            ray.shutdown()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)

    load = os.getloadavg()
    table = markdown_table(
        ["items", "engine", "n", "wall s", "wall items/s", "steady items/s", "first chunk s"],
        rows, [0, 0, 0, 1, 1, 1, 1])
    notes = [
        f"{args.captions} COCO captions (CSV source, caption only) and {args.images} benign photos "
        f"(image-folder source, image only: the 15 photos of images/photos repeated under distinct names).",
        "Default `ncii` profile with real signals; empty hash banks and likeness registry (SQLite in a temp dir).",
        "wall = items / total time of `scan_dataset` (worker start-up, model loading in every worker, journal, "
        "parquet outputs); steady = items after the first chunk / time from the first to the last chunk.",
        "One BLAS/onnxruntime thread per worker process (OMP_NUM_THREADS=1); each Guard runs its image signals "
        "on its own 2-thread pool (Config.workers=2).",
        "Ray: local instance, ray.init(num_cpus=2) took "
        + (f"{ray_init_s:.1f} s (not counted above); " if ray_init_s is not None else "n/a; ")
        + "2 actors, each holding one Guard.",
        "Chunks (work unit and journal write): the default, 256 items for the caption-only source, 16 for images "
        "(Ray: map_batches batch size).",
        f"The machine has 2 cores and is SHARED with other jobs (load average at the end: "
        f"{load[0]:.2f} / {load[1]:.2f} / {load[2]:.2f}): absolute rates are pessimistic and noisy; the runs "
        "are back to back so the comparison between engines holds roughly, not exactly.",
        "Decisions per run: " + "; ".join(notes_counts),
    ]
    path = write_results("dataset", "Dataset scanner benchmark: local engine vs Ray",
                         [("Throughput", table)], command="python bench/dataset.py "
                         f"--captions {args.captions} --images {args.images}" + (" --no-ray" if args.no_ray else ""),
                         notes=notes)
    print(path)


if __name__ == "__main__":
    main()
