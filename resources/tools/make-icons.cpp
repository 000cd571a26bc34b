// SPDX-License-Identifier: GPL-3.0-or-later
// Build-time tool: renders the application icon's SVG into what each platform wants, with Qt alone.
//   make-icons ICON.svg OUTDIR NAME
// writes OUTDIR/hicolor/<N>x<N>/apps/NAME.png for the freedesktop sizes, OUTDIR/NAME.ico (Windows:
// PNG images inside an ICO directory, read by Windows Vista and later) and OUTDIR/NAME.icns (macOS:
// PNG images under the icp4..ic10 types).
#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>
#include <QtEndian>

#include <cstdio>

namespace {

QByteArray png(QSvgRenderer &svg, int size)
{
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    svg.render(&painter, QRectF(0, 0, size, size));
    painter.end();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

template <typename T>
void put(QByteArray &out, T value, bool bigEndian)
{
    char raw[sizeof(T)];
    if (bigEndian)
        qToBigEndian(value, raw);
    else
        qToLittleEndian(value, raw);
    out.append(raw, sizeof(T));
}

QByteArray ico(QSvgRenderer &svg)
{
    const QList<int> sizes{16, 20, 24, 32, 40, 48, 64, 256};
    QList<QByteArray> images;
    for (int s : sizes)
        images << png(svg, s);
    QByteArray out;
    put<quint16>(out, 0, false);
    put<quint16>(out, 1, false); // an icon
    put<quint16>(out, quint16(sizes.size()), false);
    quint32 offset = quint32(6 + 16 * sizes.size());
    for (qsizetype i = 0; i < sizes.size(); ++i) {
        const auto side = quint8(sizes[i] >= 256 ? 0 : sizes[i]); // 0 means 256
        out.append(char(side)).append(char(side)).append(char(0)).append(char(0));
        put<quint16>(out, 1, false);  // colour planes
        put<quint16>(out, 32, false); // bits per pixel
        put<quint32>(out, quint32(images[i].size()), false);
        put<quint32>(out, offset, false);
        offset += quint32(images[i].size());
    }
    for (const QByteArray &image : images)
        out += image;
    return out;
}

QByteArray icns(QSvgRenderer &svg)
{
    const QList<QPair<QByteArray, int>> types{{"icp4", 16},  {"icp5", 32},  {"icp6", 64},  {"ic07", 128},
                                              {"ic08", 256}, {"ic09", 512}, {"ic10", 1024}};
    QByteArray body;
    for (const auto &[type, size] : types) {
        const QByteArray image = png(svg, size);
        body += type;
        put<quint32>(body, quint32(8 + image.size()), true);
        body += image;
    }
    QByteArray out("icns");
    put<quint32>(out, quint32(8 + body.size()), true);
    return out + body;
}

bool write(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()) {
        std::fprintf(stderr, "make-icons: cannot write %s: %s\n", qPrintable(path), qPrintable(file.errorString()));
        return false;
    }
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 4) {
        std::fprintf(stderr, "usage: make-icons ICON.svg OUTDIR NAME\n");
        return 2;
    }
    QSvgRenderer svg(args[1]);
    if (!svg.isValid()) {
        std::fprintf(stderr, "make-icons: %s is not an SVG Qt can draw\n", qPrintable(args[1]));
        return 1;
    }
    const QString out = args[2];
    const QString name = args[3];
    bool ok = true;
    for (int size : {16, 22, 24, 32, 48, 64, 128, 256, 512})
        ok = write(QStringLiteral("%1/hicolor/%2x%2/apps/%3.png").arg(out).arg(size).arg(name), png(svg, size)) && ok;
    ok = write(QStringLiteral("%1/%2.ico").arg(out, name), ico(svg)) && ok;
    ok = write(QStringLiteral("%1/%2.icns").arg(out, name), icns(svg)) && ok;
    return ok ? 0 : 1;
}
