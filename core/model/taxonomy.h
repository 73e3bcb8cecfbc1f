// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <vector>

namespace concord {

// One class of the taxonomy. Its id is stable for the life of the project: renaming or moving
// a label never changes the id that annotations refer to.
struct Label
{
    int id = 0;
    QString name;
    QString color; // "#rrggbb"
    QString hotkey; // e.g. "1"; empty when none
    QString description;
    int parentId = 0; // 0 for a top-level label

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

    // Adds a label and returns its id, which is never reused.
    int add(Label label);
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
};

} // namespace concord
