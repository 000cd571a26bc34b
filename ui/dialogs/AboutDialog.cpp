// SPDX-License-Identifier: GPL-3.0-or-later
#include "AboutDialog.h"

#include "Icons.h"
#include "widgets/PlainText.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFile>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSysInfo>
#include <QVBoxLayout>

namespace pd::ui {

AboutDialog::AboutDialog(const QUrl &provider, QWidget *parent)
    : QDialog(parent)
    , m_provider(provider)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About Privacy Dashboard"));

    QLabel *icon = plainLabel(this);
    icon->setPixmap(Icons::application().pixmap(64, 64));
    icon->setAccessibleName(tr("Privacy Dashboard's icon: a shield with an eye"));
    QLabel *title = plainLabel(tr("Privacy Dashboard %1").arg(QApplication::applicationVersion()), this);
    title->setObjectName(QStringLiteral("aboutTitle"));
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    title->setFont(big);
    QLabel *what = plainLabel(tr("Shows the personal data Hong Kong Cloud holds about you, why it is used, who it is "
                                 "shared with and how long it is kept, and lets you act on it."),
                              this);
    what->setWordWrap(true);
    auto *head = new QHBoxLayout;
    head->addWidget(icon, 0, Qt::AlignTop);
    auto *headText = new QVBoxLayout;
    headText->addWidget(title);
    headText->addWidget(what);
    head->addLayout(headText, 1);

    auto *facts = new QFormLayout;
    auto fact = [this, facts](const QString &label, const QString &value, const char *name) {
        QLabel *v = plainLabel(value, this);
        v->setObjectName(QString::fromLatin1(name));
        v->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        v->setWordWrap(true);
        QLabel *l = plainLabel(label, this);
        l->setBuddy(v);
        v->setAccessibleName(label);
        facts->addRow(l, v);
    };
    fact(tr("Version:"), tr("%1 (Qt %2)").arg(QApplication::applicationVersion(), QString::fromLatin1(qVersion())),
         "aboutVersion");
    fact(tr("Provider:"),
         m_provider.isValid() ? m_provider.toDisplayString() : tr("Not chosen yet"), "aboutProvider");
    fact(tr("Licence:"),
         tr("Free software under the GNU General Public License, version 3 or later. There is no warranty."),
         "aboutLicence");
    fact(tr("Privacy questions:"), tr("Hong Kong Cloud, service@cn2.hk"), "aboutContact");

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *policy = buttons->addButton(tr("&Privacy policy"), QDialogButtonBox::ActionRole);
    policy->setObjectName(QStringLiteral("aboutPolicyButton"));
    policy->setToolTip(tr("Read Hong Kong Cloud's privacy policy"));
    QPushButton *licence = buttons->addButton(tr("&Licence text"), QDialogButtonBox::ActionRole);
    licence->setObjectName(QStringLiteral("aboutLicenceButton"));
    QPushButton *copy = buttons->addButton(tr("&Copy details"), QDialogButtonBox::ActionRole);
    copy->setObjectName(QStringLiteral("aboutCopyButton"));
    copy->setIcon(Icons::copy());
    copy->setToolTip(tr("Copy the version, the system and the provider's address, for a message to support"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(policy, &QPushButton::clicked, this, &AboutDialog::privacyPolicyRequested);
    connect(licence, &QPushButton::clicked, this, &AboutDialog::showLicence);
    connect(copy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(details()); });

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(head);
    layout->addLayout(facts);
    layout->addStretch(1);
    layout->addWidget(buttons);
    buttons->button(QDialogButtonBox::Close)->setDefault(true);
}

QString AboutDialog::details() const
{
    return QStringLiteral("Privacy Dashboard %1\nQt %2\n%3 (%4)\n%5\n")
        .arg(QApplication::applicationVersion(), QString::fromLatin1(qVersion()), QSysInfo::prettyProductName(),
             QSysInfo::currentCpuArchitecture(), m_provider.toDisplayString());
}

void AboutDialog::showLicence()
{
    auto *dialog = new QDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("licenceDialog"));
    dialog->setWindowTitle(tr("Licence"));
    auto *text = new QPlainTextEdit(dialog);
    text->setObjectName(QStringLiteral("licenceText"));
    text->setReadOnly(true);
    text->setAccessibleName(tr("GNU General Public License, version 3"));
    QFile file(QStringLiteral(":/legal/LICENSE"));
    text->setPlainText(file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll())
                                                      : tr("The licence text is missing from this copy: see "
                                                           "https://www.gnu.org/licenses/gpl-3.0.html"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(text);
    layout->addWidget(buttons);
    dialog->resize(640, 560);
    dialog->open(); // not exec(): no nested event loop
}

} // namespace pd::ui
