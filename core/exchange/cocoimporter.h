// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/project/edit.h"
#include "core/util/error.h"

#include <vector>

namespace concord {

struct Project;
class ItemList;
class Workspace;

// The annotations of a COCO file, matched to a project and turned into edits that add them.
struct CocoImport
{
    std::vector<Edit> edits; // box.add, polygon.add and mask.add, in the file's order
    int boxes = 0;
    int polygons = 0;
    int masks = 0;
};

// The most vertices a polygon of an imported file may have; a larger one is refused by name.
inline constexpr size_t MaxCocoPolygonVertices = 100000;

// Reads a COCO file completely and checks it against the project before anything is written:
//  - images match items by file name: the item's stored path first, then its file name alone
//    (which must then be unique among the items);
//  - categories match taxonomy labels by name;
//  - an annotation with a segmentation becomes a polygon (one ring), a mask (several rings,
//    their union as pycocotools merges them, rasterised by Concord's pixel-centre rule), or a
//    mask from RLE, compressed ("counts" a string) or not ("counts" a list), whose "size" must
//    be the image's [height, width]; without a segmentation, its bbox becomes a box.
// Any problem (malformed JSON, an unknown image or category, a bad ring, bad or wrong-sized
// RLE) is one FileError naming `path` and the annotation.
Expected<CocoImport> readCocoAnnotations(const QString &path, const Project &project,
                                         const ItemList &items);

// Commits what readCocoAnnotations read in a new session of `annotatorId` (who must be one of
// the project's annotators), so the file becomes that annotator's work.
MaybeError commitCocoImport(Workspace &workspace, const QString &annotatorId,
                            const CocoImport &import);

} // namespace concord
