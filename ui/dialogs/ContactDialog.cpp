// SPDX-License-Identifier: GPL-3.0-or-later
#include "ContactDialog.h"

#include "models/Labels.h"
#include "widgets/PlainText.h"

#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

namespace pd::ui {

ContactDialog::ContactDialog(const QString &email, const QString &phone, const QString &accountId, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("contactDialog"));
    setWindowTitle(tr("Contact Hong Kong Cloud"));
    auto *layout = new QVBoxLayout(this);
    QLabel *intro = plainLabel(tr("Questions about the privacy policy or your data, complaints and suggestions: "
                                  "write or call customer service. Give your account id so they can find you."),
                               this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *grid = new QGridLayout;
    int row = 0;
    // One row per detail: what it is, the value (selectable), and a Copy button.
    const auto addRow = [&](const QString &label, const QString &what, const QString &value, const QString &name,
                            const QString &copyName) {
        QLabel *caption = plainLabel(label, this);
        QLabel *shown = plainLabel(value, this);
        shown->setObjectName(name);
        shown->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        shown->setFocusPolicy(Qt::StrongFocus);
        caption->setBuddy(shown);
        shown->setAccessibleName(Labels::labelled(what, value)); // the value too: a label has no text interface
        auto *copy = new QPushButton(tr("Copy"), this);
        copy->setObjectName(copyName);
        copy->setAccessibleName(tr("Copy: %1").arg(what));
        copy->setAutoDefault(false);
        connect(copy, &QPushButton::clicked, this, [value] { QApplication::clipboard()->setText(value); });
        grid->addWidget(caption, row, 0);
        grid->addWidget(shown, row, 1);
        grid->addWidget(copy, row, 2);
        ++row;
    };
    if (!email.isEmpty())
        addRow(tr("&E-mail:"), tr("E-mail"), email, QStringLiteral("contactEmail"), QStringLiteral("copyEmail"));
    if (!phone.isEmpty())
        addRow(tr("&Phone:"), tr("Phone"), phone, QStringLiteral("contactPhone"), QStringLiteral("copyPhone"));
    if (!accountId.isEmpty())
        addRow(tr("Your &account id:"), tr("Your account id"), accountId, QStringLiteral("contactAccountId"), QStringLiteral("copyAccountId"));
    layout->addLayout(grid);
    if (email.isEmpty() && phone.isEmpty()) {
        QLabel *missing = plainLabel(tr("The contact details come with the privacy policy, which has not been "
                                        "fetched yet. Sync, then open this again."),
                                     this);
        missing->setObjectName(QStringLiteral("contactMissing"));
        missing->setWordWrap(true);
        layout->addWidget(missing);
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    if (!email.isEmpty()) {
        auto *write = buttons->addButton(tr("&Write an e-mail…"), QDialogButtonBox::ActionRole);
        write->setObjectName(QStringLiteral("contactWrite"));
        connect(write, &QPushButton::clicked, this, [email, accountId] {
            QUrl mail;
            mail.setScheme(QStringLiteral("mailto"));
            mail.setPath(email);
            if (!accountId.isEmpty())
                mail.setQuery(QStringLiteral("subject=") + QString::fromLatin1(QUrl::toPercentEncoding(tr("Account %1").arg(accountId))));
            QDesktopServices::openUrl(mail);
        });
    }
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

} // namespace pd::ui
