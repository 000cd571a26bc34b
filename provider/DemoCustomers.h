// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace pd::provider {

struct Account;
class DemoData;
class ProviderDb;

/// The smaller demo customers beside alice and bob (C-1003..C-1010, Hong Kong names, password
/// "demo-<username>"), each with personal details, a device, cookies and a little usage, and the
/// requests that make the staff queue and search meaningful: every type, every status (received,
/// in review, needs information with a question, completed, rejected), some overdue, one extended.
/// Staff moves are made by the real staff actions (StaffActions), in time order, so the requests,
/// the refusal log and the audit log agree as they would in real use; taiman's access log also shows
/// a past grant. Deterministic like DemoData, ids included.
class DemoCustomers
{
public:
    DemoCustomers(ProviderDb &db, DemoData &events);

    /// Inside DemoData's seeding transaction; `today` is midnight UTC of the seeding day, `sam` and
    /// `kim` the staff members' internal ids.
    bool seed(qint64 today, qint64 sam, qint64 kim, QString *error);

private:
    bool seedCustomers(qint64 today, QString *error);
    bool seedRequests(qint64 today, qint64 sam, qint64 kim, QString *error);
    bool pastGrant(qint64 at, const Account &staff, QString *error);

    ProviderDb &m_db;
    DemoData &m_events;
    qint64 m_ids[8] = {};
};

} // namespace pd::provider
