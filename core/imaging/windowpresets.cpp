// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/imaging/windowpresets.h"

#include "core/imaging/dicomloader.h"
#include "core/util/translation.h"

#include <QCoreApplication>

namespace concord {

std::vector<NamedWindow> windowChoices(const ImageMetadata &metadata, const cv::Mat &sample,
                                       const std::vector<WindowPreset> &saved)
{
    std::vector<NamedWindow> choices;
    const VoiFunction headerFunction = voiFunctionOf(metadata);
    for (const WindowPreset &preset : metadata.windowPresets) {
        WindowLevel window{preset.center, preset.width, headerFunction, false};
        const QString name = preset.name.isEmpty()
                                 ? concord::tr("Header window %1").arg(choices.size() + 1)
                                 : preset.name;
        choices.push_back({name, window});
    }
    for (size_t i = 0; i < metadata.voiLuts.size(); ++i) {
        const VoiLut &lut = metadata.voiLuts[i];
        WindowLevel window;
        window.voiLutIndex = int(i);
        // Centre and width describe the table's input span, for the status bar and a drag.
        window.center = lut.firstMappedValue + double(lut.data.size()) / 2.0;
        window.width = std::max<double>(1.0, double(lut.data.size()));
        const QString name =
            lut.explanation.isEmpty() ? concord::tr("VOI LUT %1").arg(i + 1) : lut.explanation;
        choices.push_back({name, window});
    }
    for (const WindowPreset &preset : saved)
        choices.push_back(
            {preset.name, WindowLevel{preset.center, preset.width, VoiFunction::Linear, false}});
    choices.push_back({concord::tr("Full range"), fullRangeWindow(metadata, sample.depth())});
    choices.push_back({concord::tr("Automatic"), percentileWindow(sample, metadata)});
    return choices;
}

WindowLevel initialWindow(const ImageMetadata &metadata, const cv::Mat &sample)
{
    if (!metadata.windowPresets.empty()) {
        const WindowPreset &first = metadata.windowPresets.front();
        return WindowLevel{first.center, first.width, voiFunctionOf(metadata), false};
    }
    if (sample.depth() == CV_8U)
        return fullRangeWindow(metadata, CV_8U);
    return percentileWindow(sample, metadata);
}

} // namespace concord
