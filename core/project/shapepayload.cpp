// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/project/shapepayload.h"

#include "core/geometry/maskdelta.h"
#include "core/storage/blobstore.h"
#include "core/util/translation.h"

#include <QCoreApplication>

#include <cmath>
#include <cstdlib>

namespace concord {

Json polygonToJson(const PolygonAnnotation &polygon)
{
    std::vector<double> points;
    points.reserve(polygon.vertices.size() * 2);
    for (const ImagePoint &vertex : polygon.vertices) {
        points.push_back(vertex.x);
        points.push_back(vertex.y);
    }
    return Json{{"id", polygon.id}, {"label", polygon.labelId}, {"points", points}};
}

PolygonAnnotation polygonFromPayload(const EventPayload &data)
{
    PolygonAnnotation polygon;
    polygon.id = quint64(data.requireInteger("id"));
    polygon.labelId = int(data.requireInteger("label"));
    const std::vector<double> points = data.requireNumberArray("points");
    if (points.size() % 2 != 0 || points.size() < 6)
        throw JsonFieldError{
            concord::tr("a polygon needs at least 3 vertices given as x, y pairs")};
    polygon.vertices.reserve(points.size() / 2);
    for (size_t i = 0; i < points.size(); i += 2) {
        if (!std::isfinite(points[i]) || !std::isfinite(points[i + 1]))
            throw JsonFieldError{concord::tr("a polygon vertex is not a finite number")};
        polygon.vertices.push_back({points[i], points[i + 1]});
    }
    return polygon;
}

Json rulerToJson(const RulerAnnotation &ruler)
{
    const std::vector<double> points{ruler.start.x, ruler.start.y, ruler.end.x, ruler.end.y};
    return Json{{"id", ruler.id}, {"label", ruler.labelId}, {"points", points}};
}

RulerAnnotation rulerFromPayload(const EventPayload &data)
{
    // Image coordinates stay far below 2^30 (as for mask regions); bigger values are damage.
    constexpr double Limit = double(qint64(1) << 30);
    RulerAnnotation ruler;
    ruler.id = quint64(data.requireInteger("id"));
    ruler.labelId = int(data.requireInteger("label"));
    const std::vector<double> points = data.requireNumberArray("points");
    if (points.size() != 4)
        throw JsonFieldError{concord::tr("a ruler needs its two ends given as x, y pairs")};
    for (double value : points) {
        if (!std::isfinite(value) || std::abs(value) > Limit)
            throw JsonFieldError{
                concord::tr("a ruler end is not a finite number inside the image's range")};
    }
    ruler.start = {points[0], points[1]};
    ruler.end = {points[2], points[3]};
    return ruler;
}

Json maskRegionJson(quint64 maskId, cv::Rect region)
{
    return Json{{"id", maskId},
                {"x", region.x},
                {"y", region.y},
                {"w", region.width},
                {"h", region.height}};
}

cv::Rect maskRegionFromPayload(const EventPayload &data)
{
    // Image coordinates stay far below 2^31; bigger values are damage, not data.
    constexpr qint64 Limit = qint64(1) << 30;
    const qint64 x = data.requireInteger("x");
    const qint64 y = data.requireInteger("y");
    const qint64 w = data.requireInteger("w");
    const qint64 h = data.requireInteger("h");
    if (w < 0 || h < 0 || std::abs(x) > Limit || std::abs(y) > Limit || w > Limit || h > Limit)
        throw JsonFieldError{concord::tr("a mask region has a negative or impossible size")};
    return cv::Rect(int(x), int(y), int(w), int(h));
}

Expected<BinaryMask> maskPixelsFromPayload(const EventPayload &data, cv::Rect region,
                                           const BlobStore *blobs)
{
    const std::string_view inlineRuns = data.optionalStringView("rle");
    if (!inlineRuns.empty())
        return decodeRegionRuns(region,
                                QByteArrayView(inlineRuns.data(), qsizetype(inlineRuns.size())),
                                concord::tr("mask pixels"));
    const std::string_view blobName = data.optionalStringView("blob");
    if (blobName.empty())
        return FileError{QString(),
                         concord::tr("a mask event carries neither \"rle\" nor \"blob\"")};
    const QString name = QString::fromUtf8(blobName.data(), qsizetype(blobName.size()));
    if (!blobs)
        return FileError{name,
                         concord::tr("mask pixels are in a blob, but no blob folder is known")};
    Expected<QByteArray> runs = blobs->load(name);
    if (!runs)
        return runs.error();
    return decodeRegionRuns(region, *runs, blobs->directory() + QLatin1Char('/') + name);
}

} // namespace concord
