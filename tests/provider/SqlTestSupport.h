// SPDX-License-Identifier: GPL-3.0-or-later
// Reading a stopped provider's database directly (tests that link Qt::Sql).
#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

namespace pd::test {

/// One value (first column of the first row) of `sql` on DIR/provider.sqlite.
inline QVariant valueOf(const QString &dir, const QString &sql)
{
    QVariant value;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
        db.setDatabaseName(dir + QStringLiteral("/provider.sqlite"));
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(sql) && q.next())
                value = q.value(0);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("check"));
    return value;
}

} // namespace pd::test
