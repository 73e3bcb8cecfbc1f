// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/canvas/displayimage.h"

#include "core/imaging/imageloader.h"

namespace concord {

const ImagePyramid &DisplayImage::pyramidOf(int frame) const
{
    if (frame <= 0 || frame >= frameCount())
        return pyramid;
    if (m_otherFrames.empty())
        m_otherFrames.resize(size_t(frameCount() - 1));
    ImagePyramid &built = m_otherFrames[size_t(frame - 1)];
    if (built.isEmpty())
        built = ImagePyramid(image.frames[size_t(frame)]);
    return built;
}

size_t DisplayImage::memoryBytes() const
{
    const size_t frames = image.pixelBytes();
    const size_t firstFrame =
        image.frames.empty() ? 0 : image.frames[0].total() * image.frames[0].elemSize();
    // A pyramid's reduced levels take at most a third of its frame (1/4 + 1/16 + ...).
    return frames + pyramid.bytesBesideFrame() + (frames - firstFrame) / 3;
}

Expected<std::shared_ptr<const DisplayImage>> prepareDisplayImage(const QString &path)
{
    Expected<Image> image = loadImage(path);
    if (!image)
        return image.error();
    auto display = std::make_shared<DisplayImage>();
    display->image = std::move(*image);
    display->pyramid = display->image.isTiled() ? ImagePyramid(display->image.tiled)
                                                : ImagePyramid(display->image.frames.front());
    return std::shared_ptr<const DisplayImage>(std::move(display));
}

} // namespace concord
