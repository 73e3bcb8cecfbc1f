// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <vector>

namespace concord {

// How the values of a label attribute relate: nominal values are only different (laterality:
// left, right, bilateral); ordinal values are ranked in the order they are listed (severity:
// mild < moderate < severe), so agreement on them can weight near misses.
enum class AttributeScale { Nominal, Ordinal };

// A property readers record for a label beyond the label itself ("severity" of a nodule).
struct LabelAttribute
{
    QString name;
    AttributeScale scale = AttributeScale::Nominal;
    QStringList values; // in rank order when ordinal

    bool operator==(const LabelAttribute &) const = default;
};

// A coded concept as DICOM writes it (PS3.3 Table 8.8-1, the Code Sequence Macro): "49755003",
// "SCT", "Morphologically abnormal structure". Empty when the label has none.
struct CodedConcept
{
    QString value;
    QString scheme; // coding scheme designator: SCT, DCM, ...
    QString meaning;

    bool isEmpty() const { return value.isEmpty(); }
    bool operator==(const CodedConcept &) const = default;
};

// Why `code` cannot stand in a DICOM code sequence, or an empty string when it can: all three
// parts are needed; value and scheme are at most 16 characters (VR SH), the meaning at most 64
// (VR LO), none holds a backslash or a control character.
QString codedConceptProblem(const CodedConcept &code);
// Why the pair cannot be a label's segment codes: one set without the other, or either invalid.
QString segmentCodesProblem(const CodedConcept &category, const CodedConcept &type);

// One class of the taxonomy. Its id is stable for the life of the project: renaming or moving
// a label never changes the id that annotations refer to.
struct Label
{
    int id = 0;
    QString name;
    QString color;  // "#rrggbb"
    QString hotkey; // e.g. "1"; empty when none
    QString description;
    int parentId = 0; // 0 for a top-level label
    std::vector<LabelAttribute> attributes;
    // What the label is in DICOM's coded terms, for the Segmented Property Category and Type of
    // its segments in a DICOM SEG (docs/dicom-exchange.md, "Codes"). Both empty, or both set.
    CodedConcept segmentCategory;
    CodedConcept segmentType;

    bool operator==(const Label &) const = default;
};

// The hierarchical label set of a project. Labels are kept in display order (depth first), so
// the palette and exports list them the way the project lead typed them.
class Taxonomy
{
public:
    const std::vector<Label> &labels() const { return m_labels; }
    bool isEmpty() const { return m_labels.empty(); }

    const Label *find(int id) const;
    const Label *findByName(const QString &name) const;
    const Label *findByHotkey(const QString &hotkey) const;
    std::vector<int> childrenOf(int parentId) const;
    int depthOf(int id) const;
    // "Finding / Opacity / Nodule"
    QString pathOf(int id, const QString &separator = QStringLiteral(" / ")) const;
    // The ancestor of `id` at `depth` (0 = top level), or `id` itself when it is shallower.
    int ancestorAtDepth(int id, int depth) const;

    bool isLeaf(int id) const { return childrenOf(id).empty(); }
    // True when `descendantId` is `ancestorId` or lies below it.
    bool isWithin(int descendantId, int ancestorId) const;

    // With leaf labels only, categories (labels with children) only organise the tree: readers
    // may not put them on an image or a box.
    bool leafLabelsOnly() const { return m_leafLabelsOnly; }
    void setLeafLabelsOnly(bool leafOnly) { m_leafLabelsOnly = leafOnly; }
    // Whether readers may use the label: it exists and, with leaf labels only, is a leaf.
    bool isAssignable(int id) const;

    // Adds a label and returns its id, which is never reused.
    int add(Label label);
    // Replaces the fields of the label with the same id, except its place in the tree (see
    // move()). False when there is no such label.
    bool update(const Label &label);
    // Removes a label and everything below it. Their ids are not reused.
    void remove(int id);
    // Moves a label (with its subtree) under `newParentId` (0 = top level), before the sibling
    // `beforeSiblingId` (0 = as the last child). False, and nothing changes, when the move
    // would put a label inside itself or names a label that does not exist.
    bool move(int id, int newParentId, int beforeSiblingId = 0);
    void setNextId(int nextId) { m_nextId = nextId; }
    int nextId() const { return m_nextId; }

    // Builds a taxonomy from an indented list, one label per line: two spaces or a tab per level.
    // Blank lines and lines starting with '#' are ignored. Hotkeys 1-9 go to the first nine
    // labels in order; colours come from a fixed palette that stays readable on radiographs.
    static Taxonomy fromIndentedText(const QString &text, QString *errorMessage = nullptr);
    QString toIndentedText() const;

    static QString defaultColor(int index);

    bool operator==(const Taxonomy &) const = default;

private:
    std::vector<Label> m_labels;
    int m_nextId = 1;
    bool m_leafLabelsOnly = false;
};

} // namespace concord
