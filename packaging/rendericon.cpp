// SPDX-License-Identifier: GPL-3.0-or-later
// Build-time tool: renders the application icon's SVG to the PNG sizes desktops look up in the
// hicolor theme. Doing it with Qt's own SVG renderer (already a dependency) means building the
// package needs neither rsvg-convert nor ImageMagick.
//
// Usage: kvscope_rendericon ICON.svg OUTPUT_FOLDER NAME SIZE...
// writes OUTPUT_FOLDER/<SIZE>x<SIZE>/apps/NAME.png for every size.
#include <QDir>
#include <QImage>
#include <QPainter>
#include <QString>
#include <QSvgRenderer>

#include <cstdio>

int main(int argc, char **argv)
{
    if (argc < 5) {
        std::fprintf(stderr, "usage: %s ICON.svg OUTPUT_FOLDER NAME SIZE...\n", argv[0]);
        return 2;
    }
    const QString svg = QString::fromLocal8Bit(argv[1]);
    QSvgRenderer renderer(svg);
    if (!renderer.isValid()) {
        std::fprintf(stderr, "kvscope_rendericon: %s is not a valid SVG image\n", argv[1]);
        return 1;
    }
    const QDir output(QString::fromLocal8Bit(argv[2]));
    const QString name = QString::fromLocal8Bit(argv[3]);
    for (int i = 4; i < argc; ++i) {
        bool ok = false;
        const int size = QString::fromLocal8Bit(argv[i]).toInt(&ok);
        if (!ok || size < 1 || size > 4096) {
            std::fprintf(stderr, "kvscope_rendericon: %s is not an icon size\n", argv[i]);
            return 2;
        }
        // Premultiplied ARGB is what QPainter draws into fastest; transparent outside the shape.
        QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        {
            QPainter painter(&image);
            painter.setRenderHint(QPainter::Antialiasing);
            painter.setRenderHint(QPainter::SmoothPixmapTransform);
            renderer.render(&painter, QRectF(0, 0, size, size));
        }
        const QString folder = QStringLiteral("%1x%1/apps").arg(size);
        const QString file = output.filePath(folder + QLatin1Char('/') + name + ".png");
        if (!output.mkpath(folder) || !image.save(file, "PNG")) {
            std::fprintf(stderr, "kvscope_rendericon: cannot write %s\n", qPrintable(file));
            return 1;
        }
    }
    return 0;
}
