// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/taxonomy.h"

#include "core/model/findfirst.h"
#include "core/util/translation.h"

#include <QCoreApplication>

#include <algorithm>

namespace concord {

const Label *Taxonomy::find(int id) const
{
    return findFirst(m_labels, [id](const Label &label) { return label.id == id; });
}

const Label *Taxonomy::findByName(const QString &name) const
{
    return findFirst(m_labels, [&](const Label &label) {
        return label.name.compare(name, Qt::CaseInsensitive) == 0;
    });
}

const Label *Taxonomy::findByHotkey(const QString &hotkey) const
{
    if (hotkey.isEmpty())
        return nullptr;
    return findFirst(m_labels, [&](const Label &label) { return label.hotkey == hotkey; });
}

std::vector<int> Taxonomy::childrenOf(int parentId) const
{
    std::vector<int> children;
    for (const Label &label : m_labels) {
        if (label.parentId == parentId)
            children.push_back(label.id);
    }
    return children;
}

int Taxonomy::depthOf(int id) const
{
    int depth = 0;
    const Label *label = find(id);
    // The bound guards against a corrupt project.json whose parents form a cycle.
    while (label && label->parentId != 0 && depth < int(m_labels.size())) {
        label = find(label->parentId);
        ++depth;
    }
    return depth;
}

QString Taxonomy::pathOf(int id, const QString &separator) const
{
    QStringList parts;
    const Label *label = find(id);
    while (label && parts.size() <= int(m_labels.size())) {
        parts.prepend(label->name);
        label = label->parentId ? find(label->parentId) : nullptr;
    }
    return parts.join(separator);
}

int Taxonomy::ancestorAtDepth(int id, int depth) const
{
    int current = id;
    for (int d = depthOf(id); d > depth; --d) {
        const Label *label = find(current);
        if (!label)
            break;
        current = label->parentId;
    }
    return current;
}

bool Taxonomy::isWithin(int descendantId, int ancestorId) const
{
    const Label *label = find(descendantId);
    for (int steps = 0; label && steps <= int(m_labels.size()); ++steps) {
        if (label->id == ancestorId)
            return true;
        label = label->parentId ? find(label->parentId) : nullptr;
    }
    return false;
}

bool Taxonomy::isAssignable(int id) const
{
    return find(id) && (!m_leafLabelsOnly || isLeaf(id));
}

bool Taxonomy::update(const Label &label)
{
    auto it = std::find_if(m_labels.begin(), m_labels.end(),
                           [&](const Label &l) { return l.id == label.id; });
    if (it == m_labels.end())
        return false;
    const int parentId = it->parentId;
    *it = label;
    it->parentId = parentId;
    return true;
}

// The labels of the subtree rooted at `id`, in display order, taken out of m_labels.
static std::vector<Label> takeSubtree(std::vector<Label> &labels, const Taxonomy &taxonomy, int id)
{
    std::vector<Label> subtree;
    std::vector<Label> rest;
    for (Label &label : labels)
        (taxonomy.isWithin(label.id, id) ? subtree : rest).push_back(std::move(label));
    labels = std::move(rest);
    return subtree;
}

void Taxonomy::remove(int id)
{
    if (!find(id))
        return;
    std::vector<Label> labels = m_labels;
    takeSubtree(labels, *this, id);
    m_labels = std::move(labels);
}

bool Taxonomy::move(int id, int newParentId, int beforeSiblingId)
{
    if (!find(id) || (newParentId != 0 && !find(newParentId)) || isWithin(newParentId, id))
        return false;
    if (beforeSiblingId != 0) {
        const Label *before = find(beforeSiblingId);
        if (!before || before->parentId != newParentId || beforeSiblingId == id)
            return false;
    }
    std::vector<Label> labels = m_labels;
    std::vector<Label> subtree = takeSubtree(labels, *this, id);
    subtree.front().parentId = newParentId;

    // Where the subtree goes: before the chosen sibling, or after the last descendant of the
    // new parent (the end of the list for the top level).
    Taxonomy rest;
    rest.m_labels = labels;
    auto insertAt = labels.end();
    if (beforeSiblingId != 0) {
        insertAt = std::find_if(labels.begin(), labels.end(),
                                [&](const Label &l) { return l.id == beforeSiblingId; });
    } else if (newParentId != 0) {
        insertAt = std::find_if(labels.begin(), labels.end(),
                                [&](const Label &l) { return l.id == newParentId; });
        while (insertAt != labels.end() && rest.isWithin(insertAt->id, newParentId))
            ++insertAt;
    }
    labels.insert(insertAt, subtree.begin(), subtree.end());
    m_labels = std::move(labels);
    return true;
}

int Taxonomy::add(Label label)
{
    if (label.id <= 0 || find(label.id))
        label.id = m_nextId;
    m_nextId = std::max(m_nextId, label.id + 1);
    if (label.color.isEmpty())
        label.color = defaultColor(int(m_labels.size()));
    // Keep depth-first order: insert after the parent's last descendant.
    auto insertAt = m_labels.end();
    if (label.parentId != 0) {
        auto parent = std::find_if(m_labels.begin(), m_labels.end(),
                                   [&](const Label &l) { return l.id == label.parentId; });
        if (parent != m_labels.end()) {
            const int parentDepth = depthOf(parent->id);
            insertAt = parent + 1;
            while (insertAt != m_labels.end() && depthOf(insertAt->id) > parentDepth)
                ++insertAt;
        } else {
            label.parentId = 0;
        }
    }
    const int id = label.id;
    m_labels.insert(insertAt, std::move(label));
    return id;
}

QString Taxonomy::defaultColor(int index)
{
    // Bright, saturated hues that stand out on grey radiographs: no greys, no dark blues.
    static const char *const palette[] = {"#ffd60a", "#00e5ff", "#ff4f9a", "#7cfc00", "#ff9f1c",
                                          "#d36bff", "#4dabff", "#ff5a5a", "#5cffb0", "#ffc2e2",
                                          "#c6ff6b", "#ffb86b", "#9ef0ff", "#ff8ad8", "#e6e6a0"};
    constexpr int count = int(sizeof(palette) / sizeof(palette[0]));
    return QString::fromLatin1(palette[((index % count) + count) % count]);
}

static int indentLevel(const QString &line)
{
    int columns = 0;
    for (QChar c : line) {
        if (c == QLatin1Char(' '))
            columns += 1;
        else if (c == QLatin1Char('\t'))
            columns += 2;
        else
            break;
    }
    return columns / 2;
}

Taxonomy Taxonomy::fromIndentedText(const QString &text, QString *errorMessage)
{
    Taxonomy taxonomy;
    std::vector<int> parentAtLevel; // parentAtLevel[d] = id of the last label seen at depth d
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (int lineNumber = 0; lineNumber < lines.size(); ++lineNumber) {
        const QString &line = lines[lineNumber];
        const QString name = line.trimmed();
        if (name.isEmpty() || name.startsWith(QLatin1Char('#')))
            continue;
        int level = indentLevel(line);
        if (level > int(parentAtLevel.size())) {
            if (errorMessage) {
                *errorMessage = concord::tr("Line %1 (\"%2\") is indented deeper than a "
                                            "child of the line above.")
                                    .arg(lineNumber + 1)
                                    .arg(name);
            }
            level = int(parentAtLevel.size());
        }
        Label label;
        label.name = name;
        label.parentId = level == 0 ? 0 : parentAtLevel[level - 1];
        const int count = int(taxonomy.m_labels.size());
        if (count < 9)
            label.hotkey = QString::number(count + 1);
        const int id = taxonomy.add(label);
        parentAtLevel.resize(level);
        parentAtLevel.push_back(id);
    }
    return taxonomy;
}

QString Taxonomy::toIndentedText() const
{
    QString text;
    for (const Label &label : m_labels)
        text += QString(qsizetype(depthOf(label.id)) * 2, QLatin1Char(' ')) + label.name +
                QLatin1Char('\n');
    return text;
}

QString codedConceptProblem(const CodedConcept &code)
{
    if (code.value.isEmpty() || code.scheme.isEmpty() || code.meaning.isEmpty())
        return concord::tr("a code needs a value, a coding scheme and a meaning");
    const auto hasForbidden = [](const QString &text) {
        return std::any_of(text.begin(), text.end(), [](QChar c) {
            return c == QLatin1Char('\\') || c.category() == QChar::Other_Control;
        });
    };
    if (hasForbidden(code.value) || hasForbidden(code.scheme) || hasForbidden(code.meaning))
        return concord::tr("a code may hold no backslash or control character");
    // VR SH and LO (PS3.5 Table 6.2-1): DICOM cannot carry longer values in these attributes.
    if (code.value.size() > 16)
        return concord::tr("the code value \"%1\" is longer than 16 characters").arg(code.value);
    if (code.scheme.size() > 16)
        return concord::tr("the coding scheme \"%1\" is longer than 16 characters")
            .arg(code.scheme);
    if (code.meaning.size() > 64)
        return concord::tr("the code meaning \"%1\" is longer than 64 characters")
            .arg(code.meaning);
    return {};
}

QString segmentCodesProblem(const CodedConcept &category, const CodedConcept &type)
{
    if (category.isEmpty() && type.isEmpty())
        return {};
    if (category.isEmpty() || type.isEmpty())
        return concord::tr("a label's segment codes need both a category and a type");
    if (const QString problem = codedConceptProblem(category); !problem.isEmpty())
        return concord::tr("segment category: %1").arg(problem);
    if (const QString problem = codedConceptProblem(type); !problem.isEmpty())
        return concord::tr("segment type: %1").arg(problem);
    return {};
}

} // namespace concord
