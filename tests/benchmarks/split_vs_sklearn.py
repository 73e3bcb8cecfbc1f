#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Compares `concord-cli split` with scikit-learn's StratifiedGroupKFold on the same data.

What it measures (docs/curation.md, "Compared with scikit-learn"): on a synthetic data set
(fixed seed; --data-seeds for more) of 600 images from 150 patients, one label per image, it
splits 70/15/15 with the patient as the group, by Concord and by scikit-learn, for seeds 1..10,
and for each split prints

  - the largest label-proportion deviation: max over splits and classes of
    |proportion of the class in the split - its proportion in the whole|;
  - the largest size deviation: max over splits of |share of the items - ratio|;

and checks that neither puts a patient in two splits.

scikit-learn has no ratio split that keeps groups whole and stratifies, so its side is
StratifiedGroupKFold(n_splits=20, shuffle=True, random_state=seed) with folds 1-14 merged into
train, 15-17 into val and 18-20 into test: 20 folds give 5 % granularity, which 70/15/15 needs.

Needs python3-sklearn (Debian), which packaging/install-deps.sh installs only when given
--benchmarks. Run with Debian's python3, where that package installs:

  /usr/bin/python3 tests/benchmarks/split_vs_sklearn.py [--cli build/app/cli/concord-cli]
                                                        [--seeds 1-10] [--data-seeds 1]
"""
import argparse
import csv
import json
import os
import struct
import subprocess
import sys
import tempfile
import warnings
import zlib

try:
    import numpy as np
    from sklearn.model_selection import StratifiedGroupKFold
except ImportError:
    sys.exit("needs python3-sklearn: bash packaging/install-deps.sh --benchmarks, then run with "
             "/usr/bin/python3")

RATIOS = (0.7, 0.15, 0.15)
NAMES = ("train", "val", "test")
FOLDS = 20
FOLDS_OF_SPLIT = (14, 3, 3)  # 20 folds of 5 % each merged into 70/15/15

PATIENTS = 150
ITEMS = 600
# Images per patient, 1 to 8: most patients have a few, some many (mean about 4).
IMAGES_PER_PATIENT = (1, 2, 3, 4, 5, 6, 7, 8)
IMAGES_WEIGHTS = (0.14, 0.17, 0.16, 0.13, 0.11, 0.10, 0.10, 0.09)
# Imbalanced classes, one rare (about 5 % of the images).
CLASSES = ("normal", "nodule", "effusion", "pneumonia", "pneumothorax")
PREVALENCE = (0.45, 0.22, 0.16, 0.12, 0.05)
# A patient's images take the patient's own class with this probability, otherwise a class drawn
# from the prevalence: a patient's images mostly agree, which is what makes grouping hard.
SAME_AS_PATIENT = 0.8


def generate(data_seed):
    """Returns (patient of each image, class index of each image)."""
    rng = np.random.default_rng(data_seed)
    counts = rng.choice(IMAGES_PER_PATIENT, size=PATIENTS, p=IMAGES_WEIGHTS)
    # Nudge random patients, within 1..8, until there are exactly ITEMS images.
    while counts.sum() != ITEMS:
        patient = rng.integers(PATIENTS)
        if counts.sum() < ITEMS and counts[patient] < IMAGES_PER_PATIENT[-1]:
            counts[patient] += 1
        elif counts.sum() > ITEMS and counts[patient] > IMAGES_PER_PATIENT[0]:
            counts[patient] -= 1
    patients, labels = [], []
    for patient, count in enumerate(counts):
        own = rng.choice(len(CLASSES), p=PREVALENCE)
        for _ in range(count):
            same = rng.random() < SAME_AS_PATIENT
            labels.append(own if same else rng.choice(len(CLASSES), p=PREVALENCE))
            patients.append("P%03d" % patient)
    return np.array(patients), np.array(labels)


def png(index):
    """A 16 x 16 greyscale PNG whose pixels spell `index`: every image has its own content (two
    images of the same content would be one item)."""
    side = 16
    pixels = bytearray()
    for row in range(side):
        pixels.append(0)  # filter: none
        for column in range(side):
            bit = (index >> ((row * side + column) % 16)) & 1
            pixels.append(200 if bit else 30 + row)

    def chunk(kind, data):
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", side, side, 8, 0, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) +
            chunk(b"IDAT", zlib.compress(bytes(pixels))) + chunk(b"IEND", b""))


def run(command):
    done = subprocess.run(command, capture_output=True, text=True)
    if done.returncode != 0:
        sys.exit("failed (%d): %s\n%s%s" % (done.returncode, " ".join(command), done.stdout,
                                            done.stderr))
    return done.stdout


def make_project(cli, folder, patients, labels):
    """A Concord project of one image per item, with `patient` and `diagnosis` keys from a
    metadata CSV ("label" as a key name would be shadowed by the labels, docs/curation.md)."""
    images = os.path.join(folder, "images")
    os.makedirs(images)
    files = []
    with open(os.path.join(folder, "meta.csv"), "w", newline="") as table:
        writer = csv.writer(table)
        writer.writerow(["file", "patient", "diagnosis"])
        for index, (patient, label) in enumerate(zip(patients, labels)):
            name = "img%04d.png" % index
            with open(os.path.join(images, name), "wb") as image:
                image.write(png(index))
            writer.writerow([name, patient, CLASSES[label]])
            files.append(name)
    project = os.path.join(folder, "project")
    run([cli, "init", project])
    run([cli, "import", project, images, "--metadata", os.path.join(folder, "meta.csv")])
    return project, {name: index for index, name in enumerate(files)}


def concord_split(cli, project, index_of_file, seed):
    """Each image's split index from `concord-cli split --json`, and Concord's own report."""
    output = run([cli, "split", project, "--ratios", ",".join(str(r) for r in RATIOS),
                  "--group", "patient", "--stratify", "diagnosis", "--seed", str(seed),
                  "--dry-run", "--allow-skew", "--json"])
    result = json.loads(output)
    split_of_item = np.full(len(index_of_file), -1)
    for item in result["items"]:
        split_of_item[index_of_file[os.path.basename(item["file"])]] = NAMES.index(item["split"])
    if (split_of_item < 0).any():
        sys.exit("concord-cli split left %d images out" % (split_of_item < 0).sum())
    return split_of_item, result["report"]


def sklearn_split(patients, labels, seed):
    """Each image's split index: StratifiedGroupKFold's 20 folds merged 14/3/3."""
    folds = StratifiedGroupKFold(n_splits=FOLDS, shuffle=True, random_state=seed)
    split_of_fold = np.repeat(np.arange(len(NAMES)), FOLDS_OF_SPLIT)
    split_of_item = np.full(len(labels), -1)
    with warnings.catch_warnings():
        # "The least populated class in y has only N members": the rare class, on purpose.
        warnings.simplefilter("ignore", UserWarning)
        for fold, (_, test) in enumerate(folds.split(np.zeros(len(labels)), labels, patients)):
            split_of_item[test] = split_of_fold[fold]
    return split_of_item


def deviations(split_of_item, patients, labels):
    """(largest label-proportion deviation, largest size deviation, patients in two splits)."""
    whole = np.bincount(labels, minlength=len(CLASSES)) / len(labels)
    label_deviation, size_deviation = 0.0, 0.0
    for split, ratio in enumerate(RATIOS):
        members = split_of_item == split
        size_deviation = max(size_deviation, abs(members.sum() / len(labels) - ratio))
        if members.any():
            here = np.bincount(labels[members], minlength=len(CLASSES)) / members.sum()
            label_deviation = max(label_deviation, np.abs(here - whole).max())
    leaked = sum(len(set(split_of_item[patients == p])) > 1 for p in set(patients))
    return label_deviation, size_deviation, leaked


def seed_list(text):
    """"1", "1-10" or "1,4,7" as a list of whole numbers."""
    seeds = []
    for part in text.split(","):
        first, _, last = part.partition("-")
        seeds.extend(range(int(first), int(last or first) + 1))
    return seeds


def compare(cli, data_seed, seeds):
    """Splits one data set with every seed; returns rows (seed, Concord label, sklearn label,
    Concord size, sklearn size)."""
    patients, labels = generate(data_seed)
    shares = np.bincount(labels, minlength=len(CLASSES)) / len(labels)
    print("data set %d: %d images, %d patients (1-%d images each), classes %s" % (
        data_seed, len(labels), len(set(patients)), IMAGES_PER_PATIENT[-1],
        ", ".join("%s %.1f%%" % (c, 100 * s) for c, s in zip(CLASSES, shares))))
    rows = []
    with tempfile.TemporaryDirectory(prefix="concord-split-bench-") as folder:
        project, index_of_file = make_project(cli, folder, patients, labels)
        for seed in seeds:
            concord, report = concord_split(cli, project, index_of_file, seed)
            sklearn = sklearn_split(patients, labels, seed)
            c_label, c_size, c_leaked = deviations(concord, patients, labels)
            s_label, s_size, s_leaked = deviations(sklearn, patients, labels)
            if c_leaked or s_leaked:
                sys.exit("seed %d: patients in two splits: Concord %d, sklearn %d" %
                         (seed, c_leaked, s_leaked))
            # Concord's own report must agree with the measure here (it is the same definition).
            if abs(report["max_deviation"]["value"] - c_label) > 1e-9:
                sys.exit("seed %d: Concord reports %.6f, measured %.6f" %
                         (seed, report["max_deviation"]["value"], c_label))
            rows.append((seed, c_label, s_label, c_size, s_size))
    return rows


def print_table(rows, first_column="seed"):
    print("%8s  %17s  %17s  %16s  %16s" % (first_column, "Concord max label", "sklearn max label",
                                           "Concord max size", "sklearn max size"))
    for key, *values in rows:
        print("%8s  %17.4f  %17.4f  %16.4f  %16.4f" % (key, *values))
    print("%8s  %17.4f  %17.4f  %16.4f  %16.4f" % ("mean", *np.array(
        [row[1:] for row in rows]).mean(axis=0)))


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cli", default=os.path.join(here, "../../build/app/cli/concord-cli"))
    parser.add_argument("--seeds", default="1-10", help="split seeds (default 1-10)")
    parser.add_argument("--data-seeds", default="1",
                        help="data sets to generate, e.g. 1-10 (default 1)")
    arguments = parser.parse_args()
    if not os.access(arguments.cli, os.X_OK):
        sys.exit("missing %s: build concord-cli first" % arguments.cli)
    seeds, data_seeds = seed_list(arguments.seeds), seed_list(arguments.data_seeds)

    print("split %s, grouped by patient; sklearn: StratifiedGroupKFold(%d), folds merged %s" % (
        "/".join("%g" % (100 * r) for r in RATIOS), FOLDS, "/".join(map(str, FOLDS_OF_SPLIT))))
    every_row, summary = [], []
    for data_seed in data_seeds:
        print()
        rows = compare(arguments.cli, data_seed, seeds)
        print_table(rows)
        every_row.extend(rows)
        summary.append((data_seed, *np.array([row[1:] for row in rows]).mean(axis=0)))
    if len(data_seeds) > 1:
        print("\nmeans over the seeds, per data set")
        print_table(summary, "data set")
    better = sum(row[1] < row[2] for row in every_row)
    print("\nno patient in two splits (both); Concord's largest label deviation is lower on %d "
          "of %d splits; its worst %.4f, sklearn's best %.4f" % (
              better, len(every_row), max(row[1] for row in every_row),
              min(row[2] for row in every_row)))


if __name__ == "__main__":
    main()
