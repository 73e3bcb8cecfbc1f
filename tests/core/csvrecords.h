// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A CSV reader written for the tests, independent of the exporters it checks
// (docs/dataset-formats.md): RFC 4180 records ending in CRLF, fields split at commas outside
// quotes, a doubled quote inside quotes one quote. A record not ended by CRLF is not returned,
// so a writer that ends lines with LF alone fails the test that reads it.
#include <QByteArray>
#include <QString>
#include <QStringList>

#include <vector>

namespace concord::testing {

inline std::vector<QStringList> readCsvRecords(const QByteArray &bytes)
{
    std::vector<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    const QString text = QString::fromUtf8(bytes);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"'))
                field += c, ++i;
            else if (c == QLatin1Char('"'))
                quoted = false;
            else
                field += c;
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            record << field;
            field.clear();
        } else if (c == QLatin1Char('\r') && i + 1 < text.size() &&
                   text.at(i + 1) == QLatin1Char('\n')) {
            record << field;
            records.push_back(record);
            record.clear();
            field.clear();
            ++i;
        } else {
            field += c;
        }
    }
    return records;
}

} // namespace concord::testing
