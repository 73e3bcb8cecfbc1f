// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/guidelinelinks.h"

#include <QCoreApplication>
#include <QUrl>

namespace concord {

static const QLatin1String ItemScheme("concord-item:");

QString itemLinkUrl(const QString &itemId)
{
    return ItemScheme + QString::fromLatin1(QUrl::toPercentEncoding(itemId));
}

std::optional<QString> itemIdFromLink(const QString &url)
{
    if (!url.startsWith(ItemScheme) || url.size() == ItemScheme.size())
        return std::nullopt;
    return QUrl::fromPercentEncoding(url.mid(ItemScheme.size()).toUtf8());
}

static QString kindHeading(GuidelineExampleKind kind)
{
    switch (kind) {
    case GuidelineExampleKind::Positive: return QCoreApplication::translate("Guideline", "Example");
    case GuidelineExampleKind::Negative: return QCoreApplication::translate("Guideline", "Counter-example");
    case GuidelineExampleKind::EdgeCase: return QCoreApplication::translate("Guideline", "Edge case");
    }
    return {};
}

QString withGuidelineExample(const QString &text, GuidelineExampleKind kind, const QString &itemId,
                             const QString &labelName, const QString &note)
{
    QString result = text.trimmed();
    if (!result.isEmpty())
        result += QStringLiteral("\n\n");
    result += QStringLiteral("### %1: %2\n\n- [%3](%4)").arg(kindHeading(kind), labelName, itemId,
                                                             itemLinkUrl(itemId));
    if (!note.trimmed().isEmpty())
        result += QStringLiteral(": ") + note.trimmed();
    return result + QLatin1Char('\n');
}

} // namespace concord
