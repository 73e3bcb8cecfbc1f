// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/team/guidelinecomparedialog.h"

#include "core/project/workspace.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace concord {

// Lines as a monospace block: the diff is about lines, and the taxonomy's indentation matters.
static QString diffHtml(const std::vector<DiffLine> &diff)
{
    QString html = QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"1\" "
                                  "style=\"font-family: monospace\">");
    for (const DiffLine &line : diff) {
        QString text =
            line.text.toHtmlEscaped().replace(QLatin1Char(' '), QStringLiteral("&nbsp;"));
        if (text.isEmpty())
            text = QStringLiteral("&nbsp;");
        switch (line.kind) {
        case DiffLine::Kind::Added:
            html +=
                QStringLiteral(
                    "<tr><td style=\"background-color:#d4f7d4; color:#0b4d0b\">+&nbsp;%1</td></tr>")
                    .arg(text);
            break;
        case DiffLine::Kind::Removed:
            html += QStringLiteral("<tr><td style=\"background-color:#fbd5d5; "
                                   "color:#7a0d0d\">−&nbsp;<s>%1</s></td></tr>")
                        .arg(text);
            break;
        case DiffLine::Kind::Kept:
            html += QStringLiteral("<tr><td style=\"color:#666666\">&nbsp;&nbsp;%1</td></tr>")
                        .arg(text);
            break;
        }
    }
    return html + QStringLiteral("</table>");
}

static bool hasChanges(const std::vector<DiffLine> &diff)
{
    return std::any_of(diff.begin(), diff.end(),
                       [](const DiffLine &line) { return line.kind != DiffLine::Kind::Kept; });
}

GuidelineCompareDialog::GuidelineCompareDialog(const Workspace &workspace, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_from(new QComboBox(this))
    , m_to(new QComboBox(this))
    , m_view(new QTextBrowser(this))
{
    setWindowTitle(tr("Compare guideline versions"));
    resize(900, 700);
    m_from->setObjectName(QStringLiteral("compareFrom"));
    m_to->setObjectName(QStringLiteral("compareTo"));
    m_view->setObjectName(QStringLiteral("compareView"));
    for (const GuidelineVersion &version : workspace.project().guidelines) {
        const QString text = tr("Version %1 — %2").arg(version.version).arg(version.summary);
        m_from->addItem(text, version.version);
        m_to->addItem(text, version.version);
    }
    auto *pickers = new QHBoxLayout;
    pickers->addWidget(new QLabel(tr("From:"), this));
    pickers->addWidget(m_from, 1);
    pickers->addWidget(new QLabel(tr("to:"), this));
    pickers->addWidget(m_to, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(pickers);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);
    connect(m_from, &QComboBox::currentIndexChanged, this, &GuidelineCompareDialog::showDiff);
    connect(m_to, &QComboBox::currentIndexChanged, this, &GuidelineCompareDialog::showDiff);

    // By default what the latest version changed.
    const int count = m_from->count();
    compare(m_from->itemData(std::max(0, count - 2)).toInt(), m_to->itemData(count - 1).toInt());
}

void GuidelineCompareDialog::compare(int fromVersion, int toVersion)
{
    const QSignalBlocker blockFrom(m_from);
    const QSignalBlocker blockTo(m_to);
    m_from->setCurrentIndex(m_from->findData(fromVersion));
    m_to->setCurrentIndex(m_to->findData(toVersion));
    showDiff();
}

QString GuidelineCompareDialog::shownHtml() const
{
    return m_view->toHtml();
}

void GuidelineCompareDialog::showDiff()
{
    const Project &project = m_workspace.project();
    const GuidelineVersion *from = project.findGuideline(m_from->currentData().toInt());
    const GuidelineVersion *to = project.findGuideline(m_to->currentData().toInt());
    if (!from || !to) {
        m_diff = {};
        m_view->clear();
        return;
    }
    m_diff = diffGuidelineVersions(project, *from, *to);
    const GuidelineDiff &diff = m_diff;
    QString html = tr("<h3>Text</h3>");
    html += hasChanges(diff.text) ? diffHtml(diff.text) : tr("<p><i>The text is the same.</i></p>");
    html += tr("<h3>Taxonomy</h3>");
    html += hasChanges(diff.taxonomy) ? diffHtml(diff.taxonomy)
                                      : tr("<p><i>The taxonomy is the same.</i></p>");
    m_view->setHtml(html);
}

} // namespace concord
