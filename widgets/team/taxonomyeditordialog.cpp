// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/team/taxonomyeditordialog.h"

#include "core/model/guidelinediff.h"
#include "core/model/taxonomywarnings.h"
#include "core/project/workspace.h"
#include "widgets/models/taxonomymodel.h"
#include "widgets/team/labeldetailsform.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStyle>
#include <QTreeView>
#include <QVBoxLayout>

namespace concord {

TaxonomyEditorDialog::TaxonomyEditorDialog(const Workspace &workspace, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_model(new TaxonomyModel(workspace.project().taxonomy, this))
    , m_tree(new QTreeView(this))
    , m_details(new LabelDetailsForm(this))
    , m_leafOnly(new QCheckBox(
          tr("Allow only leaf labels (categories organise the tree but cannot be chosen)"), this))
    , m_warnings(new QListWidget(this))
    , m_remove(new QPushButton(tr("Remove"), this))
    , m_draft(nullptr)
{
    setWindowTitle(tr("Edit taxonomy — %1").arg(workspace.project().name));
    resize(1100, 720);
    m_tree->setObjectName(QStringLiteral("taxonomyTree"));
    m_tree->setModel(m_model);
    m_tree->setDragDropMode(QAbstractItemView::InternalMove);
    m_tree->setDefaultDropAction(Qt::MoveAction);
    m_tree->setDragEnabled(true);
    m_tree->setAcceptDrops(true);
    m_tree->setDropIndicatorShown(true);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_tree->header()->setSectionResizeMode(TaxonomyModel::NameColumn, QHeaderView::Stretch);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(TaxonomyModel::HotkeyColumn,
                                           QHeaderView::ResizeToContents);
    m_tree->setColumnWidth(TaxonomyModel::AttributesColumn, 180);
    m_tree->expandAll();
    m_leafOnly->setObjectName(QStringLiteral("leafLabelsOnly"));
    m_leafOnly->setChecked(m_model->taxonomy().leafLabelsOnly());
    m_warnings->setObjectName(QStringLiteral("taxonomyWarnings"));
    m_warnings->setMaximumHeight(120);

    auto *addLabel = new QPushButton(tr("Add label"), this);
    auto *addChild = new QPushButton(tr("Add child"), this);
    addLabel->setToolTip(tr("A new label beside the selected one"));
    addChild->setToolTip(tr("A new label under the selected one"));
    auto *treeButtons = new QHBoxLayout;
    treeButtons->addWidget(addLabel);
    treeButtons->addWidget(addChild);
    treeButtons->addWidget(m_remove);
    treeButtons->addStretch();
    auto *treeSide = new QWidget(this);
    auto *treeLayout = new QVBoxLayout(treeSide);
    treeLayout->setContentsMargins(0, 0, 0, 0);
    treeLayout->addWidget(new QLabel(
        tr("Drag a label onto another to put it under it, or between two to reorder."), treeSide));
    treeLayout->addWidget(m_tree, 1);
    treeLayout->addLayout(treeButtons);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(treeSide);
    splitter->addWidget(m_details);
    splitter->setSizes({600, 480});

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_draft = buttons->addButton(tr("Continue to guideline draft…"), QDialogButtonBox::AcceptRole);
    m_draft->setObjectName(QStringLiteral("taxonomyToDraft"));
    m_draft->setToolTip(tr("Taxonomy changes are published with the next guideline version"));
    // How readers actually use these labels: the data behind a change.
    auto *health = buttons->addButton(tr("Taxonomy health…"), QDialogButtonBox::HelpRole);
    health->setObjectName(QStringLiteral("taxonomyHealthButton"));
    health->setToolTip(tr(
        "Which labels readers confuse and what no label fits (leads, reviewers and adjudicators)"));
    const Annotator *me = m_workspace.currentAnnotator();
    health->setEnabled(me && me->role != Role::Annotator);
    connect(health, &QPushButton::clicked, this, &TaxonomyEditorDialog::healthRequested);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_leafOnly);
    layout->addWidget(new QLabel(tr("Warnings:"), this));
    layout->addWidget(m_warnings);
    layout->addWidget(buttons);

    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &TaxonomyEditorDialog::showSelectedLabel);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] { m_tree->expandAll(); });
    connect(m_model, &TaxonomyModel::taxonomyEdited, this, &TaxonomyEditorDialog::refreshWarnings);
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this] {
        if (!m_formEditing) // an in-place rename or key: show it in the form too
            showSelectedLabel();
    });
    connect(m_details, &LabelDetailsForm::labelEdited, this, [this](const Label &label) {
        m_formEditing = true;
        m_model->updateLabel(label);
        m_formEditing = false;
    });
    connect(m_warnings, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { selectLabel(item->data(Qt::UserRole).toInt()); });
    connect(m_leafOnly, &QCheckBox::toggled, m_model, &TaxonomyModel::setLeafLabelsOnly);
    connect(addLabel, &QPushButton::clicked, this, [this] {
        const Label *selected = m_model->taxonomy().find(selectedLabelId());
        selectLabel(m_model->addLabel(tr("New label"), selected ? selected->parentId : 0));
        m_tree->edit(m_tree->currentIndex());
    });
    connect(addChild, &QPushButton::clicked, this, [this] {
        const int parentId = selectedLabelId();
        selectLabel(m_model->addLabel(tr("New label"), parentId));
        m_tree->edit(m_tree->currentIndex());
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        if (const int id = selectedLabelId())
            m_model->removeLabel(id);
    });
    connect(m_draft, &QPushButton::clicked, this, [this] {
        Q_EMIT draftRequested(m_model->taxonomy(), changeSummary());
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    refreshWarnings();
    if (!m_model->taxonomy().isEmpty())
        selectLabel(m_model->taxonomy().labels().front().id);
    showSelectedLabel();
}

QStringList TaxonomyEditorDialog::warnings() const
{
    QStringList texts;
    for (int row = 0; row < m_warnings->count(); ++row)
        texts.append(m_warnings->item(row)->text());
    return texts;
}

void TaxonomyEditorDialog::setReservedShortcuts(ReservedShortcuts reserved)
{
    m_reserved = std::move(reserved);
    refreshWarnings();
}

void TaxonomyEditorDialog::selectLabel(int labelId)
{
    const QModelIndex index = m_model->indexOf(labelId);
    if (!index.isValid())
        return;
    m_tree->scrollTo(index);
    m_tree->setCurrentIndex(index);
}

int TaxonomyEditorDialog::selectedLabelId() const
{
    return m_model->labelIdAt(m_tree->currentIndex());
}

void TaxonomyEditorDialog::showSelectedLabel()
{
    m_details->showLabel(m_model->taxonomy().find(selectedLabelId()));
    m_remove->setEnabled(selectedLabelId() != 0);
}

void TaxonomyEditorDialog::refreshWarnings()
{
    m_warnings->clear();
    // Unused is measured against labels that still exist; edits here do not touch annotations.
    const std::vector<TaxonomyWarning> found =
        findTaxonomyWarnings(m_model->taxonomy(), m_workspace.visibility().usedLabelIds(),
                             m_reserved, m_workspace.project().guidelineTexts());
    for (const TaxonomyWarning &warning : found) {
        auto *item = new QListWidgetItem(warning.message, m_warnings);
        item->setData(Qt::UserRole, warning.labelIds.front());
        const bool serious = warning.kind == TaxonomyWarning::Kind::DuplicateSiblingName ||
                             warning.kind == TaxonomyWarning::Kind::ConflictingHotkey ||
                             warning.kind == TaxonomyWarning::Kind::HotkeyTakenByCommand ||
                             warning.kind == TaxonomyWarning::Kind::UntypableHotkey ||
                             warning.kind == TaxonomyWarning::Kind::IdenticalDefinitions;
        item->setIcon(style()->standardIcon(serious ? QStyle::SP_MessageBoxWarning
                                                    : QStyle::SP_MessageBoxInformation));
    }
    if (found.empty())
        new QListWidgetItem(tr("No warnings."), m_warnings);
    m_draft->setEnabled(m_model->taxonomy() != m_workspace.project().taxonomy);
}

void TaxonomyEditorDialog::reject()
{
    if (m_model->taxonomy() != m_workspace.project().taxonomy) {
        QMessageBox question(QMessageBox::Question, tr("Discard the taxonomy changes?"),
                             tr("%1. They are lost unless you draft a guideline version with "
                                "them.")
                                 .arg(changeSummary()),
                             QMessageBox::NoButton, this);
        QPushButton *discard =
            question.addButton(tr("Discard changes"), QMessageBox::DestructiveRole);
        QPushButton *keep = question.addButton(tr("Keep editing"), QMessageBox::RejectRole);
        question.setDefaultButton(keep);
        question.exec();
        if (question.clickedButton() != discard)
            return;
    }
    QDialog::reject();
}

QString TaxonomyEditorDialog::changeSummary() const
{
    // Counted from the same lines the version diff shows, so the summary matches what the
    // comparison view will list.
    int added = 0;
    int removed = 0;
    for (const DiffLine &line : diffLines(taxonomyLines(m_workspace.project().taxonomy),
                                          taxonomyLines(m_model->taxonomy()))) {
        added += line.kind == DiffLine::Kind::Added ? 1 : 0;
        removed += line.kind == DiffLine::Kind::Removed ? 1 : 0;
    }
    return tr("Taxonomy: %n line(s) added", nullptr, added) + tr(", %1 removed").arg(removed);
}

} // namespace concord
