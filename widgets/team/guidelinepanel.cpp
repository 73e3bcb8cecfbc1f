// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/team/guidelinepanel.h"

#include "core/model/guidelinelinks.h"
#include "core/project/workspace.h"
#include "widgets/team/guidelinecomparedialog.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <algorithm>

namespace concord {

GuidelinePanel::GuidelinePanel(Workspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_versions(new QComboBox(this))
    , m_compare(new QPushButton(tr("Compare…"), this))
    , m_header(new QLabel(this))
    , m_text(new QTextBrowser(this))
    , m_labelGuidance(new QTextBrowser(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    auto *versionRow = new QHBoxLayout;
    // Long version names elide rather than widen the narrow column the panel shares.
    m_versions->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_versions->setMinimumContentsLength(8);
    versionRow->addWidget(m_versions, 1);
    versionRow->addWidget(m_compare);
    layout->addLayout(versionRow);
    m_compare->setObjectName(QStringLiteral("compareVersions"));
    m_compare->setToolTip(tr("What changed between two versions, in the text and the taxonomy"));
    connect(m_compare, &QPushButton::clicked, this, &GuidelinePanel::openComparison);
    layout->addWidget(m_header);
    layout->addWidget(m_labelGuidance);
    layout->addWidget(m_text, 1);
    m_labelGuidance->setObjectName(QStringLiteral("labelGuidance"));
    m_labelGuidance->setOpenLinks(false);
    m_labelGuidance->setStyleSheet(
        QStringLiteral("QTextBrowser { background: palette(alternate-base); }"));
    m_labelGuidance->hide();
    connect(m_labelGuidance, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (const std::optional<QString> itemId = itemIdFromLink(url.toString()))
            Q_EMIT itemLinkActivated(*itemId);
    });
    m_header->setObjectName(QStringLiteral("guidelineHeader"));
    m_header->setWordWrap(true);
    m_header->setTextFormat(Qt::RichText);
    m_versions->setObjectName(QStringLiteral("guidelineVersions"));
    m_text->setObjectName(QStringLiteral("guidelineText"));
    m_text->setOpenLinks(false);
    connect(m_text, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (const std::optional<QString> itemId = itemIdFromLink(url.toString()))
            Q_EMIT itemLinkActivated(*itemId);
    });
    connect(m_versions, &QComboBox::currentIndexChanged, this, &GuidelinePanel::showSelected);
    connect(m_workspace, &Workspace::projectChanged, this, &GuidelinePanel::reloadVersions);
    reloadVersions();
}

int GuidelinePanel::shownVersion() const
{
    return m_versions->currentData().toInt();
}

void GuidelinePanel::showVersion(int version)
{
    const int index = m_versions->findData(version);
    if (index >= 0)
        m_versions->setCurrentIndex(index);
}

QString GuidelinePanel::shownMarkdown() const
{
    const GuidelineVersion *version = m_workspace->project().findGuideline(shownVersion());
    return version ? version->text : QString();
}

GuidelineCompareDialog *GuidelinePanel::openComparison()
{
    auto *dialog = new GuidelineCompareDialog(*m_workspace, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // The shown version against the one before it.
    const Project &project = m_workspace->project();
    int previous = 0;
    for (const GuidelineVersion &version : project.guidelines) {
        if (version.version < shownVersion())
            previous = std::max(previous, version.version);
    }
    if (previous > 0)
        dialog->compare(previous, shownVersion());
    dialog->show();
    return dialog;
}

void GuidelinePanel::showLabelGuidance(int labelId)
{
    m_guidanceLabelId = labelId;
    const Project &project = m_workspace->project();
    const GuidelineVersion *version = project.findGuideline(shownVersion());
    const Taxonomy &taxonomy = version ? project.taxonomyOf(*version) : project.taxonomy;
    const Label *label = taxonomy.find(labelId);
    m_labelGuidanceMarkdown.clear();
    if (label) {
        QString markdown = QStringLiteral("**%1**").arg(taxonomy.pathOf(labelId));
        if (!label->description.isEmpty())
            markdown += QStringLiteral(" — ") + label->description;
        for (const LabelAttribute &attribute : label->attributes) {
            markdown += QStringLiteral("\n\n*%1*: %2")
                            .arg(attribute.name,
                                 attribute.values.join(attribute.scale == AttributeScale::Ordinal
                                                           ? QStringLiteral(" < ")
                                                           : QStringLiteral(", ")));
        }
        const QString sections = version ? guidanceForLabel(version->text, label->name) : QString();
        markdown +=
            QStringLiteral("\n\n") +
            (sections.isEmpty() ? tr("*No examples or edge cases for this label yet.*") : sections);
        m_labelGuidanceMarkdown = markdown;
    }
    m_labelGuidance->setMarkdown(m_labelGuidanceMarkdown);
    m_labelGuidance->setVisible(label != nullptr);
    // As tall as its text, up to a third of a typical panel: the full guideline stays in view.
    m_labelGuidance->document()->setTextWidth(m_labelGuidance->viewport()->width());
    const int contentHeight =
        int(m_labelGuidance->document()->size().height()) + 2 * m_labelGuidance->frameWidth() + 4;
    m_labelGuidance->setFixedHeight(std::clamp(contentHeight, 40, 220));
}

void GuidelinePanel::reloadVersions()
{
    const Project &project = m_workspace->project();
    const QSignalBlocker blocker(m_versions);
    m_versions->clear();
    // Newest first: the current version is what readers need, history is for the lead.
    for (auto it = project.guidelines.rbegin(); it != project.guidelines.rend(); ++it) {
        QString text = tr("Version %1").arg(it->version);
        if (it->version == project.currentGuidelineVersion)
            text += tr(" (current)");
        m_versions->addItem(text, it->version);
    }
    showVersion(project.currentGuidelineVersion);
    m_compare->setEnabled(project.guidelines.size() > 1);
    showSelected();
}

void GuidelinePanel::showSelected()
{
    const GuidelineVersion *version = m_workspace->project().findGuideline(shownVersion());
    if (!version) {
        m_header->clear();
        m_text->clear();
        return;
    }
    const Annotator *author = m_workspace->project().findAnnotator(version->author);
    QString authorName = author ? author->displayName : version->author;
    // Version 1 comes with the project, before anyone has a profile in it: say so rather than
    // call its author unknown.
    if (authorName.isEmpty())
        authorName =
            version->version == 1 ? tr("created with the project") : tr("author not recorded");
    m_header->setText(
        tr("<b>Version %1</b> · %2 · %3<br><i>%4</i>")
            .arg(version->version)
            .arg(authorName.toHtmlEscaped(),
                 version->date.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                 version->summary.toHtmlEscaped()));
    showLabelGuidance(m_guidanceLabelId);
    if (version->text.trimmed().isEmpty())
        m_text->setMarkdown(tr(
            "*This version has no text yet. The lead writes it in Team ▸ New guideline version…*"));
    else
        m_text->setMarkdown(version->text);
}

} // namespace concord
