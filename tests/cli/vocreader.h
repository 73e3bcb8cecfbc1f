// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A Pascal VOC reader written for the tests, independent of the exporter it checks
// (docs/dataset-formats.md): elements by name and parent, as VOC tools read them, with
// QXmlStreamReader.
#include <QFile>
#include <QString>
#include <QStringList>
#include <QXmlStreamReader>

#include <vector>

namespace concord::testing {

// One "object" of a VOC annotation file.
struct VocObject
{
    QString name;
    double xmin = 0, ymin = 0, xmax = 0, ymax = 0;
};

struct VocFile
{
    QString fileName;
    int width = 0, height = 0, depth = 0;
    std::vector<VocObject> objects;
    QString error; // empty when the file was read whole
};

inline VocFile readVoc(const QString &path)
{
    VocFile voc;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        voc.error = path + QStringLiteral(": cannot open");
        return voc;
    }
    QXmlStreamReader xml(&file);
    QStringList open;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            open << xml.name().toString();
            if (xml.name() == QLatin1String("object"))
                voc.objects.emplace_back();
        } else if (xml.isEndElement()) {
            open.removeLast();
        } else if (xml.isCharacters() && !xml.isWhitespace() && open.size() >= 2) {
            const QString &element = open.constLast();
            const QString &parent = open.at(open.size() - 2);
            const QString text = xml.text().toString();
            if (parent == QLatin1String("annotation") && element == QLatin1String("filename"))
                voc.fileName = text;
            else if (parent == QLatin1String("size") && element == QLatin1String("width"))
                voc.width = text.toInt();
            else if (parent == QLatin1String("size") && element == QLatin1String("height"))
                voc.height = text.toInt();
            else if (parent == QLatin1String("size") && element == QLatin1String("depth"))
                voc.depth = text.toInt();
            else if (parent == QLatin1String("object") && element == QLatin1String("name"))
                voc.objects.back().name = text;
            else if (parent == QLatin1String("bndbox")) {
                VocObject &object = voc.objects.back();
                if (element == QLatin1String("xmin"))
                    object.xmin = text.toDouble();
                else if (element == QLatin1String("ymin"))
                    object.ymin = text.toDouble();
                else if (element == QLatin1String("xmax"))
                    object.xmax = text.toDouble();
                else if (element == QLatin1String("ymax"))
                    object.ymax = text.toDouble();
            }
        }
    }
    if (xml.hasError())
        voc.error = path + QStringLiteral(": ") + xml.errorString();
    return voc;
}

} // namespace concord::testing
