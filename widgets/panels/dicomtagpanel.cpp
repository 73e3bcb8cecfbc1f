// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/panels/dicomtagpanel.h"

#include "core/imaging/imageloader.h"

#include <QCheckBox>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace concord {

DicomTagPanel::DicomTagPanel(QWidget *parent)
    : QWidget(parent)
    , m_search(new QLineEdit(this))
    , m_showIdentifying(new QCheckBox(tr("Show PHI"), this))
    , m_tree(new QTreeWidget(this))
    , m_note(new QLabel(this))
{
    m_search->setPlaceholderText(tr("Search tags"));
    m_search->setClearButtonEnabled(true);
    m_showIdentifying->setToolTip(tr("Show values that can identify the patient or staff"));
    m_tree->setColumnCount(4);
    m_tree->setHeaderLabels({tr("Tag"), tr("Name"), tr("VR"), tr("Value")});
    m_tree->setRootIsDecorated(false);
    m_tree->setUniformRowHeights(true);
    m_tree->setFocusPolicy(Qt::ClickFocus);
    // Every column as wide as its text: a clipped name ("ImagerPixelSpa…") or UID is no use,
    // and the narrow dock scrolls sideways instead. Values are at most 200 characters.
    m_tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(false);
    // Name and value first: in the narrow dock they are what a reader looks for; the tag number
    // and VR follow, a sideways scroll away. Only the order on screen changes, not the columns.
    m_tree->header()->moveSection(0, 3); // Name, VR, Value, Tag
    m_tree->header()->moveSection(1, 3); // Name, Value, Tag, VR
    m_note->setWordWrap(true);

    auto *top = new QHBoxLayout;
    top->addWidget(m_search, 1);
    top->addWidget(m_showIdentifying);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_note);
    connect(m_search, &QLineEdit::textChanged, this, &DicomTagPanel::rebuild);
    connect(m_showIdentifying, &QCheckBox::toggled, this, &DicomTagPanel::rebuild);
}

void DicomTagPanel::showFile(const QString &path)
{
    m_tags.clear();
    m_showIdentifying->setChecked(false);
    if (!isDicomFile(path)) {
        m_note->setText(
            tr("%1 is not a DICOM file: it has no header tags.").arg(QFileInfo(path).fileName()));
    } else if (Expected<std::vector<DicomTag>> tags = readDicomTags(path)) {
        m_tags = std::move(*tags);
        m_note->clear();
    } else {
        m_note->setText(tags.error().toString());
    }
    rebuild();
}

void DicomTagPanel::setShowIdentifying(bool show)
{
    m_showIdentifying->setChecked(show);
}

int DicomTagPanel::visibleRowCount() const
{
    return m_tree->topLevelItemCount();
}

void DicomTagPanel::rebuild()
{
    m_tree->clear();
    const QString filter = m_search->text().trimmed();
    const bool showIdentifying = m_showIdentifying->isChecked();
    QList<QTreeWidgetItem *> rows;
    for (const DicomTag &tag : m_tags) {
        const bool masked = tag.identifying && !showIdentifying;
        const QString value = masked ? tr("•••• hidden") : tag.value;
        if (!filter.isEmpty() && !tag.tag.contains(filter, Qt::CaseInsensitive) &&
            !tag.keyword.contains(filter, Qt::CaseInsensitive) &&
            !(!masked && value.contains(filter, Qt::CaseInsensitive)))
            continue;
        auto *row = new QTreeWidgetItem(
            {tag.tag, QString(qsizetype(tag.depth) * 2, QLatin1Char(' ')) + tag.keyword, tag.vr,
             value});
        if (masked)
            row->setForeground(3, palette().color(QPalette::Disabled, QPalette::Text));
        row->setToolTip(1, tag.keyword);
        row->setToolTip(3,
                        masked ? tr("May identify a person: tick Show PHI to see it") : tag.value);
        rows << row;
    }
    m_tree->addTopLevelItems(rows);
}

} // namespace concord
