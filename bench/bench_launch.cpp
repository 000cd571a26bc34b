// SPDX-License-Identifier: GPL-3.0-or-later
// pd-bench-launch: times a program from launch until its window has settled, by watching the X screen
// from outside (issue 13). No hook inside the program measured: the same method serves the dashboard,
// DB Browser for SQLite and a bare Qt window, so their times compare.
//
//   pd-bench-launch [--settle-ms 1500] [--timeout-s 60] [--interval-ms 5] [--blink-pixels 64] [--save PNG]
//                   [--frames DIR]
//                   -- PROGRAM ARGS...
//   pd-bench-launch --bare-window      a QMainWindow the size of the dashboard's first window, nothing in it
//
// It grabs the whole screen (the root window of the display in DISPLAY: run it on a private Xvfb with
// nothing else on it), starts PROGRAM, and grabs again every few milliseconds. A frame "changes" the
// screen when it differs from the frame before. The screen has settled at the last change after which
// it stays the same for --settle-ms. A blinking text cursor would keep it changing for ever, so a change
// of at most --blink-pixels pixels that brings back a frame already seen does not count: that is a cursor
// going on and off, not the program drawing something new. Prints key=value lines:
//   first_change_s  launch to the first change of the screen (the first paint)
//   settled_s       launch to the last change that counted
//   changes         frames that counted as changes; grabs: frames grabbed
//   peak_rss_mib    the program's peak resident memory when it had settled (Linux: /proc)
// and then ends the program (SIGTERM, then SIGKILL after 5 s).
#include "FirstWindowSize.h"
#include "Platform.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFontMetrics>
#include <QImage>
#include <QMainWindow>
#include <QPixmap>
#include <QProcess>
#include <QScreen>
#include <QSet>
#include <QTextStream>
#include <QThread>

#include <cstdio>
#include <cstring>

namespace {

QTextStream &err()
{
    static QTextStream s(stderr);
    return s;
}

void put(const char *key, const QString &value)
{
    std::printf("%s=%s\n", key, qPrintable(value));
    std::fflush(stdout);
}

/// Pixels that differ between two frames of the same size (32-bit pixels; rows compared whole first).
qint64 differingPixels(const QImage &a, const QImage &b)
{
    if (a.size() != b.size() || a.format() != b.format())
        return qint64(a.width()) * a.height();
    qint64 n = 0;
    const int w = a.width();
    for (int y = 0; y < a.height(); ++y) {
        const auto *ra = reinterpret_cast<const quint32 *>(a.constScanLine(y));
        const auto *rb = reinterpret_cast<const quint32 *>(b.constScanLine(y));
        if (std::memcmp(ra, rb, size_t(w) * 4) == 0)
            continue;
        for (int x = 0; x < w; ++x)
            n += ra[x] != rb[x];
    }
    return n;
}

size_t frameKey(const QImage &img)
{
    return qHashBits(img.constBits(), size_t(img.sizeInBytes()));
}

QImage grab(QScreen *screen)
{
    return screen->grabWindow(0).toImage().convertToFormat(QImage::Format_RGB32);
}

int bareWindow(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.setWindowTitle(QStringLiteral("Bare Qt window"));
    // The size the dashboard gives its first window (MainWindow), so both fill the same area.
    window.resize(pd::ui::firstWindowSize(QFontMetrics(window.font()), window.screen()));
    window.show();
    return QApplication::exec();
}

int measure(int argc, char *argv[])
{
    // The poller has no window of its own; it must talk to the real display (not offscreen).
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Times PROGRAM from launch until the screen stops changing."));
    parser.addHelpOption();
    parser.addOptions({
        {QStringLiteral("settle-ms"), QStringLiteral("Quiet time that ends the measurement (default 1500)."),
         QStringLiteral("ms"), QStringLiteral("1500")},
        {QStringLiteral("timeout-s"), QStringLiteral("Give up after this long (default 60)."), QStringLiteral("s"),
         QStringLiteral("60")},
        {QStringLiteral("interval-ms"), QStringLiteral("Pause between grabs (default 5)."), QStringLiteral("ms"),
         QStringLiteral("5")},
        {QStringLiteral("blink-pixels"),
         QStringLiteral("Changes this small that bring back an earlier frame are a blinking cursor (default 64)."),
         QStringLiteral("n"), QStringLiteral("64")},
        {QStringLiteral("save"), QStringLiteral("Save the settled screen as FILE (PNG)."), QStringLiteral("FILE")},
        {QStringLiteral("frames"), QStringLiteral("Save every frame that counted as a change in DIR, named by its time in ms."),
         QStringLiteral("DIR")},
    });
    parser.addPositionalArgument(QStringLiteral("program"), QStringLiteral("The program and its arguments, after --."));
    parser.process(app);
    const QStringList command = parser.positionalArguments();
    if (command.isEmpty()) {
        err() << "pd-bench-launch: give the program to start after --\n";
        return 2;
    }
    if (QGuiApplication::platformName() != QLatin1String("xcb")) {
        err() << "pd-bench-launch: needs an X display (QT_QPA_PLATFORM=xcb), not " << QGuiApplication::platformName()
              << '\n';
        return 2;
    }
    const int settleMs = parser.value(QStringLiteral("settle-ms")).toInt();
    const qint64 timeoutMs = parser.value(QStringLiteral("timeout-s")).toLongLong() * 1000;
    const int intervalMs = parser.value(QStringLiteral("interval-ms")).toInt();
    const qint64 blinkPixels = parser.value(QStringLiteral("blink-pixels")).toLongLong();
    QScreen *screen = QGuiApplication::primaryScreen();

    QImage previous = grab(screen);
    QSet<size_t> seen{frameKey(previous)};
    QProcess program;
    program.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    program.setStandardOutputFile(QProcess::nullDevice());
    QElapsedTimer clock;
    clock.start();
    program.start(command.first(), command.mid(1));
    if (!program.waitForStarted(10000)) {
        err() << "pd-bench-launch: could not start " << command.first() << ": " << program.errorString() << '\n';
        return 1;
    }
    qint64 firstChange = -1, lastChange = -1, changes = 0, grabs = 0;
    bool settled = false;
    while (clock.elapsed() < timeoutMs) {
        if (program.state() == QProcess::NotRunning) {
            err() << "pd-bench-launch: " << command.first() << " ended before its window settled\n";
            return 1;
        }
        QThread::msleep(ulong(intervalMs));
        const QImage frame = grab(screen);
        const qint64 at = clock.elapsed();
        ++grabs;
        const qint64 diff = differingPixels(frame, previous);
        if (diff > 0) {
            const size_t key = frameKey(frame);
            const bool blink = diff <= blinkPixels && seen.contains(key);
            seen.insert(key);
            previous = frame;
            if (!blink) {
                if (parser.isSet(QStringLiteral("frames")))
                    frame.save(QStringLiteral("%1/%2.png").arg(parser.value(QStringLiteral("frames"))).arg(at, 6, 10, QLatin1Char('0')));
                ++changes;
                if (firstChange < 0)
                    firstChange = at;
                lastChange = at;
            }
        }
        if (lastChange >= 0 && at - lastChange >= settleMs) {
            settled = true;
            break;
        }
    }
    const qint64 peak = pd::bench::peakRssBytes(program.processId());
    if (parser.isSet(QStringLiteral("save")) && !previous.save(parser.value(QStringLiteral("save"))))
        err() << "pd-bench-launch: could not save " << parser.value(QStringLiteral("save")) << '\n';
    program.terminate();
    if (!program.waitForFinished(5000)) {
        program.kill();
        program.waitForFinished(5000);
    }
    if (!settled) {
        err() << "pd-bench-launch: the screen did not settle within " << timeoutMs / 1000 << " s\n";
        return 1;
    }
    put("first_change_s", QString::number(double(firstChange) / 1000.0, 'f', 3));
    put("settled_s", QString::number(double(lastChange) / 1000.0, 'f', 3));
    put("changes", QString::number(changes));
    put("grabs", QString::number(grabs));
    put("peak_rss_mib", pd::bench::mib(peak));
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--") == 0)
            break;
        if (std::strcmp(argv[i], "--bare-window") == 0)
            return bareWindow(argc, argv);
    }
    return measure(argc, argv);
}
