// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/team/referencebanner.h"

#include "core/project/workspace.h"
#include "widgets/editing/labelingcontext.h"

namespace concord {

ReferenceBanner::ReferenceBanner(LabelingContext *context, QWidget *canvas)
    : QLabel(canvas)
    , m_context(context)
{
    setObjectName(QStringLiteral("referenceBanner"));
    setTextFormat(Qt::RichText);
    setWordWrap(true);
    setMinimumWidth(360); // word wrap alone would squeeze it to its longest word
    setMaximumWidth(520);
    setMargin(8);
    // Dark and opaque enough to read over any grey level of a radiograph.
    setStyleSheet(
        QStringLiteral("QLabel#referenceBanner { background: rgba(20, 20, 20, 215); color: white;"
                       " border: 2px solid %1; border-radius: 4px; }")
            .arg(referenceColor().name()));
    setAttribute(Qt::WA_TransparentForMouseEvents); // drawing under it goes on as usual
    hide();
    connect(m_context, &LabelingContext::currentItemChanged, this, [this] {
        if (m_context->currentItemId() != m_itemId)
            hide();
    });
}

QColor ReferenceBanner::referenceColor()
{
    return QColor(255, 193, 7); // amber: no reader colour and no default label colour uses it
}

void ReferenceBanner::showReference(const QString &itemId)
{
    m_itemId = itemId;
    const Workspace *workspace = m_context->workspace();
    const std::optional<ReferenceLabel> reference = workspace->referenceLabel(itemId);
    const QString swatch = QStringLiteral("<span style=\"color:%1; font-size:15pt\">■</span> ")
                               .arg(referenceColor().name());
    QString html;
    if (!reference) {
        html = swatch + tr("<b>Guideline example</b>: no reference label to show for this item.");
    } else {
        QStringList labels;
        for (int labelId : reference->labelIds)
            labels.append(workspace->project().taxonomy.pathOf(labelId).toHtmlEscaped());
        html = swatch + tr("<b>Reference</b> (guideline example): <b>%1</b>")
                            .arg(labels.isEmpty() ? tr("none of the labels")
                                                  : labels.join(QStringLiteral(", ")));
        if (!reference->note.trimmed().isEmpty())
            html += QStringLiteral("<br><i>") + reference->note.toHtmlEscaped() +
                    QStringLiteral("</i>");
        const Annotator *author =
            workspace->project().findAnnotator(reference->provenance.annotatorId);
        html += QStringLiteral("<br><small>") +
                tr("Set by %1 under guideline version %2")
                    .arg((author ? author->displayName : reference->provenance.annotatorId)
                             .toHtmlEscaped())
                    .arg(reference->provenance.guidelineVersion) +
                QStringLiteral("</small>");
    }
    setText(html);
    adjustSize();
    move(12, 12);
    show();
    raise();
}

} // namespace concord
