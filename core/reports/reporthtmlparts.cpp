// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/reports/reporthtmlparts.h"

#include "core/reports/reportcharts.h"
#include "core/reports/reportjson.h"
#include "core/reports/reportstyle.h"

namespace concord {

QString htmlReportStart(const QString &title, const QString &kickerMarkup, const QString &name,
                        const QString &meta, const QStringList &chips)
{
    QString chipHtml;
    for (const QString &c : chips)
        chipHtml += QStringLiteral("<span class=\"chip\">%1</span>").arg(escapeMarkup(c));
    return QStringLiteral("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                          "<meta name=\"viewport\" content=\"width=device-width, "
                          "initial-scale=1\"><title>%1</title><style>%2</style></head><body>")
               .arg(escapeMarkup(title), QString::fromUtf8(AgreementReportStyle)) +
           QStringLiteral("<header><div class=\"wrap\"><div class=\"kicker\">%1</div><h1>%2</h1>"
                          "<div class=\"meta\">%3</div><div class=\"chips\">%4</div></div>"
                          "</header><main class=\"wrap\">")
               .arg(kickerMarkup, escapeMarkup(name), escapeMarkup(meta), chipHtml);
}

QString htmlSectionStart(const QString &titleMarkup, const QString &subtitleMarkup)
{
    return QStringLiteral("<section><h2>%1</h2><p class=\"sub\">%2</p>")
        .arg(titleMarkup, subtitleMarkup);
}

QString htmlHeaderRow(const QStringList &names, int firstNumber)
{
    QString row = QStringLiteral("<tr>");
    for (int i = 0; i < names.size(); ++i)
        row += QStringLiteral("<th%1>%2</th>")
                   .arg(i >= firstNumber ? QStringLiteral(" class=\"num\"") : QString(), names[i]);
    return row + QStringLiteral("</tr>");
}

QString htmlCell(const QString &markup, bool number)
{
    return number ? QStringLiteral("<td class=\"num\">%1</td>").arg(markup)
                  : QStringLiteral("<td>%1</td>").arg(markup);
}

QString reportGeneratedTime(const Json &report)
{
    return reportjson::str(report, "generated")
        .replace(QLatin1Char('T'), QLatin1Char(' '))
        .remove(QLatin1Char('Z'));
}

} // namespace concord
