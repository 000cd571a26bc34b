// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace pd::provider {

class ProviderDb;

/// The demo accounts' security incidents and disclosures to authorities, in three languages: alice
/// has a phishing incident with one update, a police request whose notice the law delayed (the delay
/// is over) and a court order she was told about at once; bob has a disclosure whose notice is still
/// delayed (hidden from him until its time comes). Timestamps are relative to the seeding day.
class DemoNotices
{
public:
    explicit DemoNotices(ProviderDb &db);

    /// Inside DemoData's seeding transaction.
    bool seed(qint64 today, qint64 alice, qint64 bob, QString *error);

private:
    ProviderDb &m_db;
};

} // namespace pd::provider
