// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/team/guidelinedraftdialog.h"

#include "core/project/workspace.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace concord {

GuidelineDraftDialog::GuidelineDraftDialog(Workspace *workspace, const QString &draftText,
                                           QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_summary(new QLineEdit(this))
    , m_editor(new QPlainTextEdit(this))
    , m_preview(new QTextBrowser(this))
    , m_taxonomyNote(new QLabel(this))
{
    int next = 0;
    for (const GuidelineVersion &version : workspace->project().guidelines)
        next = std::max(next, version.version + 1);
    setWindowTitle(tr("Guideline version %1 (draft)").arg(next));
    resize(1000, 700);
    m_summary->setObjectName(QStringLiteral("guidelineSummary"));
    m_summary->setPlaceholderText(tr("What changed, in one line (required)"));
    m_editor->setObjectName(QStringLiteral("guidelineEditor"));
    m_editor->setPlainText(draftText);
    m_preview->setOpenLinks(false);
    m_preview->setMarkdown(draftText);
    connect(m_editor, &QPlainTextEdit::textChanged, this,
            [this] { m_preview->setMarkdown(m_editor->toPlainText()); });

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_editor);
    splitter->addWidget(m_preview);
    auto *form = new QFormLayout;
    form->addRow(tr("Change summary:"), m_summary);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *publishButton =
        buttons->addButton(tr("Publish version %1").arg(next), QDialogButtonBox::AcceptRole);
    publishButton->setObjectName(QStringLiteral("publishGuideline"));
    publishButton->setEnabled(false);
    connect(m_summary, &QLineEdit::textChanged, publishButton,
            [publishButton](const QString &text) {
                publishButton->setEnabled(!text.trimmed().isEmpty());
            });
    connect(publishButton, &QPushButton::clicked, this, [this] {
        if (publish() > 0)
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_taxonomyNote->setObjectName(QStringLiteral("draftTaxonomyNote"));
    m_taxonomyNote->hide();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_taxonomyNote);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);
}

void GuidelineDraftDialog::setSummary(const QString &summary)
{
    m_summary->setText(summary);
}

void GuidelineDraftDialog::setTaxonomy(const Taxonomy &taxonomy)
{
    m_taxonomy = taxonomy;
    m_taxonomyNote->setText(tr("This version also publishes the edited taxonomy (%n label(s)).",
                               nullptr, int(taxonomy.labels().size())));
    m_taxonomyNote->show();
}

QString GuidelineDraftDialog::draftText() const
{
    return m_editor->toPlainText();
}

int GuidelineDraftDialog::publish()
{
    const Expected<int> published =
        m_workspace->publishGuidelineVersion(m_summary->text().trimmed(), draftText(), m_taxonomy);
    if (!published) {
        QMessageBox::warning(this, tr("Guideline not published"), published.error().toString());
        return 0;
    }
    return *published;
}

} // namespace concord
