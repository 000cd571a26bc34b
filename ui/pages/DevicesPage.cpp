// SPDX-License-Identifier: GPL-3.0-or-later
#include "DevicesPage.h"

#include "Icons.h"
#include "AccountView.h"
#include "models/TableModels.h"

#include <QLocale>

namespace pd::ui {

DevicesPage::DevicesPage(AccountView *view, QWidget *parent)
    : TablePage(view, Category::Devices,
                {QStringLiteral("devices"), tr("Devices and networks"),
                 tr("Model, system, browser, address or operator"), tr("We hold no device records for you."),
                 tr("No devices match the filter. Clear the filter to see all of them."),
                 tr("Details of the selected device"), tr("Select a device to see everything we hold about it."),
                 // Type, Model, System, Browser, Identifiers, Ip, Operator, Connection, FirstSeen, LastSeen
                 {10, 18, 14, 14, 26, 14, 14, 10, 22, 22}},
                parent)
{
}

QString DevicesPage::title() const
{
    return tr("&Devices && networks");
}

QIcon DevicesPage::icon() const
{
    return Icons::devices();
}

WindowedTableModel *DevicesPage::currentModel() const
{
    return view()->devicesModel();
}

QString DevicesPage::showing(qint64 shown, qint64 total) const
{
    return tr("Showing %L1 of %Ln device(s)", nullptr, int(total)).arg(shown);
}

} // namespace pd::ui
