// SPDX-License-Identifier: GPL-3.0-or-later
#include "EditFieldDialog.h"

#include "Session.h"
#include "models/Labels.h"
#include "sync/ActionQueue.h"
#include "widgets/PlainText.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace pd::ui {

EditFieldDialog::EditFieldDialog(Session *session, const QString &key, const QString &currentValue, QWidget *parent)
    : ActionDialog(session, QStringLiteral("editFieldDialog"), parent)
    , m_key(key)
    , m_value(new QLineEdit(this))
{
    const QString name = Labels::personalField(key);
    setWindowTitle(tr("Change %1").arg(name));
    setSummary(tr("Enter your new %1. The change is saved on this computer first and then sent to Hong Kong "
                  "Cloud, which updates its records straight away.")
                   .arg(QLocale().toLower(name)));
    m_value->setObjectName(QStringLiteral("editValue"));
    m_value->setText(currentValue);
    m_value->selectAll();
    if (key == QLatin1String("email"))
        m_value->setPlaceholderText(tr("name@example.hk"));
    else if (key == QLatin1String("mobile"))
        m_value->setPlaceholderText(tr("+852 5123 4567"));
    auto *current = plainLabel(currentValue.isEmpty() ? tr("(empty)") : currentValue, this);
    current->setObjectName(QStringLiteral("editCurrent"));
    current->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form()->addRow(tr("Now:"), current);
    addField(tr("&New %1:").arg(QLocale().toLower(name)), m_value, QStringLiteral("value"), tr("New %1").arg(name));
    addNote(tr("If this detail was changed somewhere else since your last sync, nothing is overwritten: the "
               "Requests tab will show both values and let you choose."));
    setPrimaryText(tr("&Save change"));
    m_value->setFocus();
}

QString EditFieldDialog::actionName() const
{
    return tr("Your change of %1").arg(QLocale().toLower(Labels::personalField(m_key)));
}

Result<qint64> EditFieldDialog::submit()
{
    Validation problems;
    Result<qint64> r = session()->actions()->updateField(m_key, m_value->text(), &problems);
    errors().show(problems);
    return r;
}

} // namespace pd::ui
