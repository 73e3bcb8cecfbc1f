// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Plain data, here in core/model so that edits and replay (core/project) can name it; reading,
// importing and scoring sets is core/prelabels.
// The data of the model loop's pre-labels (docs/prelabels.md): what a model proposed, kept
// apart from every reader's work. A pre-label set is written once, by an import, a model run or
// the label model, and never edited; what annotators do with its suggestions (accept, edit,
// reject) is journaled in their own sessions.
#include "core/model/annotation.h"
#include "core/model/binarymask.h"

#include <QMap>
#include <QString>

#include <vector>

namespace concord {

enum class SuggestionKind { Box, Polygon, Mask, ImageLabel };

// One proposal of a model for one item: a shape or an image label, with the model's score.
struct Suggestion
{
    QString id; // unique within its set, stable: decisions refer to it
    QString itemId;
    SuggestionKind kind = SuggestionKind::Box;
    int labelId = 0;
    double score = 1;                 // in [0, 1]; a probability for the label model's suggestions
    ImageRect rect;                   // Box
    std::vector<ImagePoint> vertices; // Polygon
    BinaryMask mask;                  // Mask, cropped to its bounds as MaskAnnotation's
};

// Where a set came from, so every accepted shape can say "from pre-label M".
struct PrelabelSource
{
    QString modelName;    // e.g. "chest-detector", "label model", or a COCO file's stem
    QString modelVersion; // as the user or the model description gives it; may be empty
    QString origin;       // how it was made: "coco", "onnx", "label-model", "dicom-seg"
    QString createdAt;    // ISO 8601 UTC
};

struct PrelabelSet
{
    QString id; // the set's file stem in the project, unique
    PrelabelSource source;
    std::vector<Suggestion> suggestions;
    // Per item, how unsure the model was, in [0, 1] (1 - top probability for a classifier,
    // or the set's own measure as its source describes); items without an entry have none.
    QMap<QString, double> itemUncertainty;
};

} // namespace concord
