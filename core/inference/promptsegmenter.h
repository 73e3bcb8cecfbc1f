// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/inference/promptsegmentermodel.h"
#include "core/model/binarymask.h"
#include "core/util/error.h"

#include <QString>

#include <opencv2/core.hpp>

#include <memory>
#include <optional>
#include <vector>

namespace concord {

// A click or a box, in image pixel coordinates (pixel (i, j) covers [i, i+1) x [j, j+1)).
struct SegmentationPrompt
{
    struct Point
    {
        double x = 0;
        double y = 0;
        bool positive = true; // a negative point says "not this"
    };
    std::vector<Point> points;
    std::optional<cv::Rect2d> box;

    bool isEmpty() const { return points.empty() && !box; }
};

// The image prompts refer to: what the reader sees (after window/level, MONOCHROME1 inverted,
// 8-bit grey) and what identifies it for the embedding cache. Make it with makePromptImage.
struct PromptImage
{
    QString itemId;
    QString window;   // the display window it was made with, e.g. "40/400"
    cv::Mat1b pixels; // shared, never written
    QString key;      // item, window and a SHA-256 of the pixels
};

// Hashes `pixels` (tens of milliseconds for a radiograph: call it off the GUI thread or once
// per image and window).
PromptImage makePromptImage(const QString &itemId, const QString &window, const cv::Mat1b &pixels);

// Runs a user-supplied interactive segmentation model (docs/model-assisted-masks.md): the
// encoder once per image, its embedding kept in a least-recently-used cache bounded by bytes,
// the decoder per prompt. Owns both networks and the cache. Thread-safe: calls are serialised
// by one mutex, because an OpenCV network keeps per-run state; the encoder takes seconds for
// a SAM-sized model, so callers on the GUI thread run encode() and segment() in a worker.
class PromptSegmenter
{
public:
    static constexpr qint64 DefaultCacheBytes = 256LL * 1024 * 1024;

    ~PromptSegmenter();

    // Loads both networks; a missing or unreadable file is an error naming it.
    static Expected<std::unique_ptr<PromptSegmenter>> load(PromptSegmenterModel model,
                                                           qint64 cacheBytes = DefaultCacheBytes);

    const PromptSegmenterModel &model() const { return m_model; }

    // Whether `image`'s embedding is cached, so a prompt on it runs only the decoder.
    bool hasEmbedding(const PromptImage &image) const;
    // Runs the encoder on `image` unless its embedding is cached. The first run checks the
    // encoder's output shape; an error names the encoder file.
    MaybeError encode(const PromptImage &image);
    // The mask the model proposes for `prompt` on `image`, in image pixels, cropped to content
    // (empty when no pixel is above the threshold). Encodes first when needed.
    Expected<BinaryMask> segment(const PromptImage &image, const SegmentationPrompt &prompt);

    // For tests and the status line.
    int encoderRuns() const;
    int cachedEmbeddings() const;
    qint64 cachedBytes() const;

private:
    struct State;
    PromptSegmenter(PromptSegmenterModel model, std::unique_ptr<State> state);

    Expected<cv::Mat> embeddingLocked(const PromptImage &image);
    Expected<cv::Mat> decodeLocked(const cv::Mat &embedding, const PromptImage &image,
                                   const SegmentationPrompt &prompt);

    PromptSegmenterModel m_model;
    std::unique_ptr<State> m_state;
};

} // namespace concord
