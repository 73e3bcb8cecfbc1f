#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Reads a DICOM Segmentation with pydicom, an independent reader of Concord's SEG export
(tests/core/tst_dicomseg, docs/dicom-exchange.md).

Usage: read_segmentation_pydicom.py SEG_FILE OUT_FOLDER
Writes OUT_FOLDER/segment-<number>.pgm (0 or 255 per pixel) for every frame, and prints one JSON
object: rows, columns, patient name, and per segment its label and the SOP Instance UID its
frame was derived from."""
import json
import os
import sys

import pydicom


def main():
    seg_file, out = sys.argv[1], sys.argv[2]
    dataset = pydicom.dcmread(seg_file)
    if dataset.SOPClassUID != "1.2.840.10008.5.1.4.1.1.66.4":
        sys.exit("not a Segmentation Storage object")
    frames = dataset.pixel_array  # unpacked from 1 bit per pixel by pydicom
    if frames.ndim == 2:
        frames = frames[None, ...]
    labels = {int(s.SegmentNumber): str(s.SegmentLabel) for s in dataset.SegmentSequence}
    segments = []
    for index, group in enumerate(dataset.PerFrameFunctionalGroupsSequence):
        number = int(group.SegmentIdentificationSequence[0].ReferencedSegmentNumber)
        source = (group.DerivationImageSequence[0].SourceImageSequence[0]
                  .ReferencedSOPInstanceUID)
        frame = frames[index]
        with open(os.path.join(out, "segment-%d.pgm" % number), "wb") as pgm:
            pgm.write(b"P5\n%d %d\n255\n" % (frame.shape[1], frame.shape[0]))
            pgm.write((frame > 0).astype("uint8").tobytes().replace(b"\x01", b"\xff"))
        segments.append({"number": number, "label": labels[number], "source": str(source)})
    print(json.dumps({"rows": int(dataset.Rows), "columns": int(dataset.Columns),
                      "patient_name": str(dataset.PatientName), "segments": segments}))


if __name__ == "__main__":
    main()
