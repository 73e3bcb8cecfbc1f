#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs every Debian 12 package Concord needs to build, run and test.
# Non-interactive and idempotent; run as root (or through sudo).
#   --benchmarks  also the peer tools that only benchmark scripts compare against
set -euo pipefail

benchmarks=0
for argument in "$@"; do
  case "$argument" in
  --benchmarks) benchmarks=1 ;;
  *)
    echo "usage: packaging/install-deps.sh [--benchmarks]" >&2
    exit 2
    ;;
  esac
done

packages=(
  # toolchain
  build-essential cmake ninja-build ccache pkg-config git
  # the house style: the format test and the tidy gate of .ci/run
  clang-format clang-tidy
  # Qt 6 (QtSvg draws the agreement charts in the window and the PDF, and the toolbar icons,
  # through QSvgRenderer, so no image-format plugin is needed; xkbcommon silences a warning).
  # Qt Charts is not used: the window shows the report's own SVG charts.
  qt6-base-dev qt6-base-dev-tools qt6-svg-dev libqt6opengl6-dev
  qt6-l10n-tools libxkbcommon-dev libgl-dev
  # Qt's own German strings (standard dialog buttons) beside Concord's catalogue
  qt6-translations-l10n
  # imaging
  libopencv-core-dev libopencv-imgproc-dev libopencv-imgcodecs-dev
  # the model loop: dnn runs the ONNX models a user supplies, ml the learner (docs/model-loop.md)
  libopencv-dnn-dev libopencv-ml-dev
  libdcmtk-dev dcmtk libopenjp2-7-dev
  # GDCM's gdcmconv is the reference decoder of the differential decoding test
  # (tests/core/tst_decodedifferential, docs/dicom-decoding.md)
  libgdcm-tools
  # dciodvfy checks every DICOM SEG and SR the exchange tests write against the standard's IODs
  # (tests/core/tst_dicomseg, tst_dicomsr; docs/dicom-exchange.md)
  dicom3tools
  # a real PACS for the DIMSE tests (tests/core/tst_pacs, tests/cli/tst_pacscommand start their
  # own Orthanc on loopback ports, docs/pacs.md), and its DICOMweb plugin for the DICOMweb part
  orthanc orthanc-dicomweb
  # the DICOM TLS tests make a throwaway CA and certificates with the openssl command line
  # (tests/core/tst_pacstls, tests/core/tlstestcertificates.h)
  openssl
  # big TIFFs by tile; vipsthumbnail is the baseline of the gigapixel benchmark
  libtiff-dev libvips-tools
  # data: nlohmann for documents, simdjson for the journal hot path, OpenSSL for SHA-256
  nlohmann-json3-dev libsimdjson-dev libssl-dev
  # the Debian package: its metadata check and lintian (packaging/check-deb.sh)
  appstream lintian
  # tiny ONNX models the model-loop tests write at test time (never downloaded)
  python3-onnx python3-numpy
  # pydicom reads Concord's DICOM SEG back in a test, a reader independent of DCMTK
  # (tests/data/dicom/read_segmentation_pydicom.py)
  python3-pydicom
  # running the GUI headless for screenshots
  xvfb xauth x11-apps
  # fonts so offscreen tests and screenshots render text
  fonts-dejavu-core
)
if [ "$benchmarks" -eq 1 ]; then
  packages+=(
    # scikit-learn's StratifiedGroupKFold, the peer of `concord-cli split` in
    # tests/benchmarks/split_vs_sklearn.py (docs/curation.md, "Compared with scikit-learn")
    python3-sklearn
  )
fi

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#packages[@]} packages present"
  exit 0
fi

SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -q
$SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"
