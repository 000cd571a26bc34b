// SPDX-License-Identifier: GPL-3.0-or-later
#include "CookiesPage.h"

#include "Icons.h"
#include "AccountView.h"
#include "models/TableModels.h"

#include <QLocale>

namespace pd::ui {

CookiesPage::CookiesPage(AccountView *view, QWidget *parent)
    : TablePage(view, Category::Cookies,
                {QStringLiteral("cookies"), tr("Cookies and similar technologies"), tr("Name or website"),
                 tr("We hold no cookie records for you."),
                 tr("No cookies match the filter. Clear the filter to see all of them."),
                 tr("Details of the selected cookie"), tr("Select a cookie to see what it is for and how long it lasts."),
                 // Name, Kind, Purpose, Domain, Lifetime, Consent
                 {16, 13, 14, 20, 28, 10}},
                parent)
{
}

QString CookiesPage::title() const
{
    return tr("&Cookies");
}

QIcon CookiesPage::icon() const
{
    return Icons::cookies();
}

WindowedTableModel *CookiesPage::currentModel() const
{
    return view()->cookiesModel();
}

QString CookiesPage::showing(qint64 shown, qint64 total) const
{
    return tr("Showing %L1 of %Ln item(s)", nullptr, int(total)).arg(shown);
}

} // namespace pd::ui
