// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/imaging/pixelreadout.h"

#include "core/imaging/modalitytransform.h"
#include "core/util/translation.h"

#include <QCoreApplication>
#include <QStringList>

namespace concord {

static int storedSample(const cv::Mat &frame, int x, int y, int channel)
{
    const int index = x * frame.channels() + channel;
    switch (frame.depth()) {
    case CV_8U: return frame.ptr<quint8>(y)[index];
    case CV_16U: return frame.ptr<quint16>(y)[index];
    case CV_16S: return frame.ptr<qint16>(y)[index];
    default: return 0;
    }
}

QString pixelReadout(const cv::Mat &frame, const ImageMetadata &metadata, int x, int y)
{
    if (frame.empty() || x < 0 || y < 0 || x >= frame.cols || y >= frame.rows)
        return {};
    if (frame.channels() != 1) {
        QStringList samples;
        for (int channel = 0; channel < frame.channels(); ++channel)
            samples.append(QString::number(storedSample(frame, x, y, channel)));
        return samples.join(QStringLiteral(", "));
    }
    const int stored = storedSample(frame, x, y, 0);
    const QString type = modalityValueType(metadata);
    const QString unit = type.isEmpty() ? QString() : QLatin1Char(' ') + type;
    if (!hasModalityTransform(metadata))
        return QString::number(stored) + unit;
    return concord::tr("%1%2 (stored %3)")
        .arg(QString::number(modalityValue(stored, metadata), 'g', 6), unit)
        .arg(stored);
}

} // namespace concord
