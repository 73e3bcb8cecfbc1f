// SPDX-License-Identifier: GPL-3.0-or-later
// concord-iconrender SVG PNG SIZE: draws the application icon at one hicolor size for the
// package (packaging/CMakeLists.txt). A build tool, never installed: Debian's icon themes want
// PNGs next to the scalable SVG, and no SVG rasteriser is among our build dependencies besides
// Qt's own.
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>

#include <cstdio>

int main(int argc, char *argv[])
{
    // Qt's offscreen platform: the tool runs in builds that have no display.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    if (argc != 4) {
        std::fprintf(stderr, "usage: concord-iconrender SVG PNG SIZE\n");
        return 2;
    }
    const int size = QByteArray(argv[3]).toInt();
    QSvgRenderer svg(QString::fromLocal8Bit(argv[1]));
    if (!svg.isValid() || size < 8 || size > 1024) {
        std::fprintf(stderr, "concord-iconrender: cannot draw %s at %s px\n", argv[1], argv[3]);
        return 1;
    }
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    svg.render(&painter);
    painter.end();
    if (!image.save(QString::fromLocal8Bit(argv[2]), "PNG")) {
        std::fprintf(stderr, "concord-iconrender: cannot write %s\n", argv[2]);
        return 1;
    }
    return 0;
}
