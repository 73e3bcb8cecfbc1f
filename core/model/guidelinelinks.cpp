// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/guidelinelinks.h"
#include "core/util/translation.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringList>
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

QStringList linkedItemIds(const QString &text)
{
    // A link target ends where Markdown or HTML would end it.
    static const QRegularExpression link(QStringLiteral("concord-item:[^\\s)\"'<>\\]]+"));
    QStringList ids;
    for (const QRegularExpressionMatch &match : link.globalMatch(text)) {
        if (std::optional<QString> id = itemIdFromLink(match.captured()); id && !ids.contains(*id))
            ids.append(*id);
    }
    return ids;
}

static QString kindHeading(GuidelineExampleKind kind)
{
    switch (kind) {
    case GuidelineExampleKind::Positive: return concord::tr("Example");
    case GuidelineExampleKind::Negative: return concord::tr("Counter-example");
    case GuidelineExampleKind::EdgeCase: return concord::tr("Edge case");
    }
    return {};
}

QString withGuidelineExample(const QString &text, GuidelineExampleKind kind, const QString &itemId,
                             const QString &labelName, const QString &note,
                             const QString &itemTitle)
{
    QString result = text.trimmed();
    if (!result.isEmpty())
        result += QStringLiteral("\n\n");
    result += QStringLiteral("### %1: %2\n\n- [%3](%4)")
                  .arg(kindHeading(kind), labelName, itemTitle.isEmpty() ? itemId : itemTitle,
                       itemLinkUrl(itemId));
    if (!note.trimmed().isEmpty())
        result += QStringLiteral(": ") + note.trimmed();
    return result + QLatin1Char('\n');
}

QString withConfusionSection(const QString &text, const QString &labelName,
                             const QString &otherLabelName, const QString &evidence,
                             const std::vector<GuidelineItemLink> &items)
{
    QString result = text.trimmed();
    if (!result.isEmpty())
        result += QStringLiteral("\n\n");
    result += QStringLiteral("### %1: %2\n\n")
                  .arg(kindHeading(GuidelineExampleKind::EdgeCase), labelName);
    result += concord::tr("Readers confuse *%1* with *%2*: %3")
                  .arg(labelName, otherLabelName, evidence.trimmed()) +
              QStringLiteral("\n\n");
    result += concord::tr("What tells them apart: (write the rule here)") + QStringLiteral("\n");
    if (!items.empty())
        result += QLatin1Char('\n');
    for (const GuidelineItemLink &item : items)
        result +=
            QStringLiteral("- [%1](%2)\n")
                .arg(item.title.isEmpty() ? item.itemId : item.title, itemLinkUrl(item.itemId));
    return result;
}

// The level of a Markdown ATX heading ("### x" is 3), or 0 for any other line.
static int headingLevel(const QString &line)
{
    int level = 0;
    while (level < line.size() && line[level] == QLatin1Char('#'))
        ++level;
    return level > 0 && level <= 6 && (level == line.size() || line[level] == QLatin1Char(' '))
               ? level
               : 0;
}

// "Finding / Opacity / Nodule" -> "Nodule": headings may name a label by its path.
static QString lastPathSegment(const QString &name)
{
    const qsizetype slash = name.lastIndexOf(QLatin1Char('/'));
    return (slash >= 0 ? name.mid(slash + 1) : name).trimmed();
}

static bool headingNames(const QString &heading, const QString &labelName)
{
    const QString title = heading.trimmed();
    const qsizetype colon = title.lastIndexOf(QLatin1Char(':'));
    const QString subject = colon >= 0 ? title.mid(colon + 1).trimmed() : title;
    return lastPathSegment(subject).compare(lastPathSegment(labelName), Qt::CaseInsensitive) == 0;
}

QString guidanceForLabel(const QString &text, const QString &labelName)
{
    QStringList found;
    const QStringList lines = text.split(QLatin1Char('\n'));
    int sectionLevel = 0; // level of the matching section being copied, 0 when none
    for (const QString &line : lines) {
        const int level = headingLevel(line);
        if (level > 0 && sectionLevel > 0 && level <= sectionLevel)
            sectionLevel = 0;
        if (level > 0 && sectionLevel == 0 && headingNames(line.mid(level), labelName))
            sectionLevel = level;
        if (sectionLevel > 0)
            found.append(line);
    }
    return found.join(QLatin1Char('\n')).trimmed();
}

} // namespace concord
