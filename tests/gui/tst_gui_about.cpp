// SPDX-License-Identifier: GPL-3.0-or-later
// The application's own icons (bundled, drawn in the palette's colours) and Help > About, used from
// the keyboard: what it says, the licence text, the privacy policy, "Copy details".
#include "Icons.h"
#include "Keyboard.h"
#include "dialogs/AboutDialog.h"

#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTest>

using namespace pd::ui;
using pd::test::Keyboard;

namespace {

const QStringList kActionIcons{
    QStringLiteral("view-refresh"), QStringLiteral("system-users"), QStringLiteral("help-contents"),
    QStringLiteral("dialog-warning"), QStringLiteral("edit-copy"), QStringLiteral("go-home"),
    QStringLiteral("user-info"), QStringLiteral("network-server"), QStringLiteral("computer"),
    QStringLiteral("text-html"), QStringLiteral("mail-send"), QStringLiteral("security-medium")};

// How many pixels of `image` are close to `colour` (fully or almost opaque).
int pixelsLike(const QImage &image, QColor colour)
{
    int n = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            n += c.alpha() > 200 && qAbs(c.red() - colour.red()) < 40 && qAbs(c.green() - colour.green()) < 40
                         && qAbs(c.blue() - colour.blue()) < 40
                     ? 1
                     : 0;
        }
    return n;
}

QLabel *label(QWidget *dialog, const char *name)
{
    return dialog->findChild<QLabel *>(QString::fromLatin1(name));
}

} // namespace

class TestGuiAbout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void bundledIconsDrawInThePalettesTextColour()
    {
        const QPalette original = QApplication::palette();
        for (const QColor ink : {QColor(Qt::red), QColor(Qt::white)}) {
            QPalette palette = original;
            palette.setColor(QPalette::WindowText, ink);
            QApplication::setPalette(palette);
            for (const QString &name : kActionIcons) {
                const QIcon icon = Icons::bundled(name);
                QVERIFY2(!icon.isNull(), qPrintable(name + QStringLiteral(" is not bundled")));
                const QImage image = icon.pixmap(48, 48).toImage();
                // dialog-warning has colours of its own (amber); every other icon is drawn in ink.
                if (name != QLatin1String("dialog-warning"))
                    QVERIFY2(pixelsLike(image, ink) > 20, qPrintable(name + QStringLiteral(" ignores the palette")));
                else
                    QVERIFY(pixelsLike(image, QColor(0xfd, 0xe6, 0x8a)) > 20);
            }
        }
        QApplication::setPalette(original);
        QVERIFY(Icons::bundled(QStringLiteral("no-such-icon")).isNull());
    }

    void applicationIconIsTheShield()
    {
        const QImage image = Icons::application().pixmap(128, 128).toImage();
        QCOMPARE(image.size(), QSize(128, 128));
        QVERIFY(pixelsLike(image, QColor(0x15, 0x57, 0xb0)) > 1000); // the blue shield
        QVERIFY(image.pixelColor(0, 0).alpha() == 0);                 // on a transparent square
    }

    void aboutSaysWhatAndWhere()
    {
        QApplication::setApplicationVersion(QStringLiteral("9.8.7"));
        AboutDialog about(QUrl(QStringLiteral("https://privacy.example:8443/")));
        about.show();
        QVERIFY(QTest::qWaitForWindowExposed(&about));
        QVERIFY(label(&about, "aboutTitle")->text().contains(QLatin1String("9.8.7")));
        QVERIFY(label(&about, "aboutVersion")->text().contains(QString::fromLatin1(qVersion())));
        QCOMPARE(label(&about, "aboutProvider")->text(), QStringLiteral("https://privacy.example:8443/"));
        QVERIFY(label(&about, "aboutLicence")->text().contains(QLatin1String("GNU General Public License")));
        for (QLabel *l : about.findChildren<QLabel *>())
            QVERIFY2(l->textFormat() == Qt::PlainText, qPrintable(l->objectName()));
        QCOMPARE(label(&about, "aboutProvider")->accessibleName(), QStringLiteral("Provider:"));
        if (const QString dir = qEnvironmentVariable("PD_SCREENSHOT_DIR"); !dir.isEmpty())
            QVERIFY(about.grab().save(dir + QStringLiteral("/about-en.png")));

        AboutDialog nowhere{QUrl()};
        QCOMPARE(label(&nowhere, "aboutProvider")->text(), QStringLiteral("Not chosen yet"));
    }

    void aboutFromTheKeyboard()
    {
        AboutDialog about(QUrl(QStringLiteral("http://127.0.0.1:4321/")));
        about.show();
        about.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&about));

        QSignalSpy policy(&about, &AboutDialog::privacyPolicyRequested);
        Keyboard::press(&about, Qt::Key_P, Qt::AltModifier);
        QTRY_COMPARE(policy.count(), 1);

        QApplication::clipboard()->clear();
        Keyboard::press(&about, Qt::Key_C, Qt::AltModifier);
        QTRY_VERIFY(QApplication::clipboard()->text().contains(QLatin1String("http://127.0.0.1:4321/")));
        QVERIFY(QApplication::clipboard()->text().contains(QString::fromLatin1(qVersion())));

        Keyboard::press(&about, Qt::Key_L, Qt::AltModifier);
        QWidget *licence = nullptr;
        QTRY_VERIFY((licence = Keyboard::visibleTopLevel(QStringLiteral("licenceDialog"))) != nullptr);
        // Shown is not yet active: on a busy machine the keyboard may still be with the About box.
        QVERIFY(QTest::qWaitForWindowActive(licence));
        // And the focus with it: Escape goes to the focused widget, and while that is still the About
        // box's button (activation comes first, focus after, under load), it closes the About box.
        QTRY_VERIFY(QApplication::focusWidget() && licence->isAncestorOf(QApplication::focusWidget()));
        auto *text = licence->findChild<QPlainTextEdit *>(QStringLiteral("licenceText"));
        QVERIFY(text->toPlainText().contains(QLatin1String("GNU GENERAL PUBLIC LICENSE")));
        QVERIFY(text->toPlainText().contains(QLatin1String("Version 3, 29 June 2007")));
        Keyboard::press(licence, Qt::Key_Escape);
        QTRY_VERIFY(Keyboard::visibleTopLevel(QStringLiteral("licenceDialog")) == nullptr);

        Keyboard::press(&about, Qt::Key_Escape);
        QTRY_VERIFY(!about.isVisible());
    }
};

QTEST_MAIN(TestGuiAbout)
#include "tst_gui_about.moc"
