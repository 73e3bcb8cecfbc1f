// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/canvas/displayimage.h"

#include "core/imaging/imageloader.h"

namespace concord {

Expected<std::shared_ptr<const DisplayImage>> prepareDisplayImage(const QString &path)
{
    Expected<Image> image = loadImage(path);
    if (!image)
        return image.error();
    auto display = std::make_shared<DisplayImage>();
    display->image = std::move(*image);
    display->pyramid = ImagePyramid(display->image.frames.front());
    return std::shared_ptr<const DisplayImage>(std::move(display));
}

} // namespace concord
