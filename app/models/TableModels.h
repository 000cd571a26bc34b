// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "WindowedTableModel.h"

namespace pd {

/// Server usage events (policy I.II): one row per login session.
class ServerUsageModel : public WindowedTableModel
{
    Q_OBJECT
public:
    enum Column { Server, LoginAt, Duration, Traffic, Cpu, Memory, Disk, ColumnCount };
    explicit ServerUsageModel(CacheDb *db, QObject *parent = nullptr);
    QVariant headerData(int section, Qt::Orientation o, int role = Qt::DisplayRole) const override;

protected:
    QVariant cell(const QVariantList &row, int column, int role) const override;
};

/// Domain events (policy I.II): queries, registrations, purchases, renewals, transfers, DNS changes.
class DomainUsageModel : public WindowedTableModel
{
    Q_OBJECT
public:
    enum Column { Domain, Kind, At, Details, ColumnCount };
    explicit DomainUsageModel(CacheDb *db, QObject *parent = nullptr);
    QVariant headerData(int section, Qt::Orientation o, int role = Qt::DisplayRole) const override;

protected:
    QVariant cell(const QVariantList &row, int column, int role) const override;
};

/// Devices and networks (policy I.III).
class DevicesModel : public WindowedTableModel
{
    Q_OBJECT
public:
    enum Column { Type, Model, System, Browser, Identifiers, Ip, Operator, Connection, FirstSeen, LastSeen, ColumnCount };
    explicit DevicesModel(CacheDb *db, QObject *parent = nullptr);
    QVariant headerData(int section, Qt::Orientation o, int role = Qt::DisplayRole) const override;

protected:
    QVariant cell(const QVariantList &row, int column, int role) const override;
};

/// Cookies, web beacons and local storage (policy I.IV).
class CookiesModel : public WindowedTableModel
{
    Q_OBJECT
public:
    enum Column { Name, Kind, Purpose, Domain, Lifetime, Consent, ColumnCount };
    explicit CookiesModel(CacheDb *db, QObject *parent = nullptr);
    QVariant headerData(int section, Qt::Orientation o, int role = Qt::DisplayRole) const override;

protected:
    QVariant cell(const QVariantList &row, int column, int role) const override;
};

} // namespace pd
