# SPDX-License-Identifier: GPL-3.0-or-later
# Finds the fixed dependencies and exposes each as an imported target.
# Network for DICOMweb (concord_pacs, docs/pacs.md) and for the PACS tests, which upload to
# Orthanc's REST API and stand up a silent TCP listener (tests/core/tst_pacs.cpp).
find_package(Qt6 6.4 REQUIRED COMPONENTS Core Gui Widgets Concurrent Svg Test Network)
find_package(DCMTK REQUIRED)
find_package(nlohmann_json 3.10 REQUIRED)
find_package(Threads REQUIRED)
# simdjson parses journal lines ~15x faster than nlohmann (replaying 1M events must stay under
# 2 s); OpenSSL's SHA-256 uses the CPU's SHA extensions for the journal hash chain, and its
# libssl carries DICOM TLS (core/pacs/pacstls.h).
find_package(simdjson REQUIRED)
find_package(OpenSSL REQUIRED COMPONENTS Crypto SSL)
# JPEG 2000 decoding for DICOM, which free DCMTK lacks. Debian ships only a pkg-config file.
find_package(PkgConfig REQUIRED)
pkg_check_modules(OpenJPEG REQUIRED IMPORTED_TARGET libopenjp2>=2.3)
# libtiff reads big TIFFs a tile or strip at a time, with their reduced copies
# (docs/viewer.md, "Big rasters"); OpenCV can only decode a TIFF whole. 4.5 for TIFFOpenExt.
find_package(TIFF 4.5 REQUIRED)

# Debian splits OpenCV into per-module -dev packages, but only the umbrella libopencv-dev
# (which drags in VTK, GDAL and more) ships OpenCVConfig.cmake. We need five modules, so
# we locate them directly and keep the install lean: dnn runs the ONNX models a user supplies
# and ml holds the learner's classifiers (docs/model-loop.md), both only in the libraries of
# the model loop.
find_path(OPENCV_INCLUDE_DIR opencv2/core.hpp PATH_SUFFIXES opencv4 REQUIRED)
foreach(module core imgproc imgcodecs dnn ml)
  find_library(OPENCV_${module}_LIBRARY opencv_${module} REQUIRED)
  if(NOT TARGET OpenCV::${module})
    add_library(OpenCV::${module} UNKNOWN IMPORTED)
    set_target_properties(OpenCV::${module} PROPERTIES
      IMPORTED_LOCATION "${OPENCV_${module}_LIBRARY}"
      INTERFACE_INCLUDE_DIRECTORIES "${OPENCV_INCLUDE_DIR}")
  endif()
endforeach()
