// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace concord {

// A named window (VOI): one the image suggests (DICOM Window Center/Width) or one a team saved
// in its project. Kept apart from image.h so the project model does not pull in OpenCV.
struct WindowPreset
{
    QString name;
    double center = 0;
    double width = 1;

    bool operator==(const WindowPreset &) const = default;
};

} // namespace concord
