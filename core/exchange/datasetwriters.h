// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The text files of the dataset formats (core/exchange/datasetexporters.h), written from plain
// data that exportDataset gathers: no project, no file system. Any thread.
#include "core/exchange/datasetexporters.h"
#include "core/model/annotation.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <vector>

namespace concord {

enum class DatasetShapeKind { Box, Polygon, Mask };

// One box, polygon or mask, in pixels (ImageRect's convention: pixel i covers [i, i+1)).
struct DatasetShape
{
    DatasetShapeKind kind = DatasetShapeKind::Box;
    int classIndex = 0; // zero-based, in the taxonomy's order
    QString label;      // the label's path in the taxonomy ("Lung/Nodule")
    QString reader;
    QString session;
    int guidelineVersion = 0;
    ImageRect bounds;               // the box; a polygon's or mask's extent
    double area = 0;                // box: w x h; polygon: shoelace; mask: set pixels
    std::vector<ImagePoint> points; // a polygon's vertices
    std::vector<std::vector<ImagePoint>> outlines; // a mask's outer outlines (YOLO only)
};

// One image of the dataset and what is on it.
struct DatasetImage
{
    QString itemId;
    QString split;    // a safe folder name
    QString fileName; // unique in the export, safe
    QString stem;     // fileName without its extension, also unique
    int width = 0;    // 0 when unknown (CSV and JSON Lines do not need it)
    int height = 0;
    int depth = 0; // channels, VOC only
    std::vector<DatasetShape> shapes;
};

// A file to write, relative to the dataset's folder.
struct DatasetFile
{
    QString path;
    QByteArray contents;
};

// Where the copy of `image` goes, relative to the dataset's folder.
QString datasetImagePath(DatasetFormat format, const DatasetImage &image);

// The annotation files of one dataset holding `images`, in `splits` (in order). `classNames`
// are the label paths by class index; `root` is the dataset's absolute folder (YOLO's "path",
// left out when `root` is empty; VOC's <folder> its name, "JPEGImages" when it is empty).
std::vector<DatasetFile> datasetFiles(DatasetFormat format, const std::vector<DatasetImage> &images,
                                      const QStringList &splits, const QStringList &classNames,
                                      const QString &root);

} // namespace concord
