// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/taxonomy.h"
#include "core/project/edit.h"
#include "core/util/error.h"

#include <QHash>

#include <variant>
#include <vector>

namespace concord {

struct Item;
struct Project;
class ItemList;
class Workspace;

// Matches a file name an imported file gives to an item: the item's stored path first, then its
// file name alone, which must then be unique among the items (a name two items share matches
// neither). The items must outlive the matcher.
class ItemFileMatcher
{
public:
    explicit ItemFileMatcher(const ItemList &items);
    const Item *match(const QString &fileName) const; // nullptr when none matches

private:
    QHash<QString, const Item *> m_byPath;
    QHash<QString, const Item *> m_byName;
};

// One annotation of an imported file, matched to an item and a label.
struct ImportedAnnotation
{
    QString itemId;
    std::variant<BoxAnnotation, PolygonAnnotation, MaskAnnotation> shape; // with a fresh id
    // The file's confidence in it, in [0, 1]: a COCO annotation's "score" (the detection results
    // format writes one per annotation); 1 when the file gives none. Only a pre-label import
    // keeps it (docs/prelabels.md, "Importing predictions").
    double score = 1;
    // The content key (docs/storage.md, "Imports that can be run again")
    std::string importKey;
};

// The annotations of a COCO file (or of DICOM Segmentations), matched to a project.
struct CocoImport
{
    QString source;                              // the file read
    std::vector<ImportedAnnotation> annotations; // in the file's order
    int boxes = 0;
    int polygons = 0;
    int masks = 0;
};

// The edit that adds `annotation` to a reader's work: box.add, polygon.add or mask.add, with
// its content key as "import".
Edit importEdit(const ImportedAnnotation &annotation);

// What commitCocoImport added, and how many annotations it left out as already imported.
struct CocoCommit
{
    int boxes = 0;
    int polygons = 0;
    int masks = 0;
    int alreadyImported = 0;
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

// A category of a COCO file.
struct CocoCategory
{
    qint64 id = 0;
    QString name;
    QString supercategory; // empty when the file gives none
};

// The categories of the COCO file at `path` that name no label of `taxonomy`, in file order:
// what readCocoAnnotations would refuse the file for. An error names the file when it cannot be
// read or its categories are malformed.
Expected<std::vector<CocoCategory>> readMissingCocoCategories(const QString &path,
                                                              const Taxonomy &taxonomy);

// `taxonomy` with a label for each of `categories` (default colour, no hotkey): under the label
// its supercategory names, as COCO export writes a label's parent there, unless that label is
// a leaf readers may choose under leaf labels only (nesting would take it from them); at the
// top level otherwise. What a lead publishes with a guideline version to import such a file.
Taxonomy withCocoCategories(Taxonomy taxonomy, const std::vector<CocoCategory> &categories);

// Commits what readCocoAnnotations read as `annotatorId`'s work, all or nothing: every edit is
// first checked on a copy of the annotator's work; the edits are then written as one new session
// (core/storage/stagedsession.h) that appears whole or not at all; the annotator is added to the
// project, when new, only after that. Annotations whose content key the annotator's journals
// already hold are left out, so running an import again, after it completed or was killed,
// neither duplicates nor loses work. Nothing new: no session is written. The workspace's
// in-memory annotations do not include the new session; open the project again to see it.
Expected<CocoCommit> commitCocoImport(Workspace &workspace, const QString &annotatorId,
                                      const CocoImport &import);

} // namespace concord
