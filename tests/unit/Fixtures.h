// SPDX-License-Identifier: GPL-3.0-or-later
// Realistic records for the cache and model tests (the same shapes docs/api/README.md describes).
#pragma once

#include "domain/Records.h"

#include <QTimeZone>

namespace pd::test {

using namespace Qt::StringLiterals;

inline QDateTime utcTime(int y, int mo, int d, int h = 0, int mi = 0, int s = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s), QTimeZone::utc());
}

inline DataMeta sampleMeta(const QString &retention = u"P7Y"_s)
{
    return DataMeta{{u"service"_s, u"security"_s}, u"contract"_s, u"you"_s, retention, utcTime(2025, 10, 1, 9, 30)};
}

inline PersonalData samplePersonal()
{
    PersonalData p;
    p.fields = {{u"name"_s, u"Alice Chan"_s, true, sampleMeta()},
                {u"mobile"_s, u"+852 5123 4567"_s, true, sampleMeta()},
                {u"email"_s, u"alice@example.com"_s, false,
                 DataMeta{{u"service"_s}, u"contract"_s, u"you"_s, u"account_lifetime"_s, utcTime(2025, 9, 1, 8)}},
                {u"address"_s, u"1 Queen's Road, Central"_s, true, sampleMeta(u"P3Y"_s)}};
    p.passwordChangedAt = utcTime(2025, 9, 30, 8, 0);
    PaymentMethod card;
    card.id = u"pm-1"_s;
    card.kind = u"card"_s;
    card.brand = u"Visa"_s;
    card.last4 = u"4242"_s;
    card.expiry = u"2027-08"_s;
    card.meta = DataMeta{{u"billing"_s}, u"contract"_s, u"you"_s, u"P7Y"_s, utcTime(2025, 8, 1)};
    PaymentMethod wallet;
    wallet.id = u"pm-2"_s;
    wallet.kind = u"platform"_s;
    wallet.platform = u"AlipayHK"_s;
    wallet.accountMasked = u"a***e@example.com"_s;
    wallet.meta = DataMeta{{u"billing"_s}, u"consent"_s, u"third_party"_s, u"P1Y"_s, utcTime(2025, 8, 2)};
    p.paymentMethods = {card, wallet};
    return p;
}

/// A pseudo-random number in [0, 4294967291) for `id`: multiplicative hashing modulo a prime,
/// so each column has its own order, unrelated to the id (sorting by id would not pass for it).
inline qint64 scatter(qint64 id, qint64 salt)
{
    const quint64 multiplier = 2654435761ULL + quint64(salt) * 1000003ULL; // one per column
    return qint64((quint64(id) * multiplier) % 4294967291ULL);
}

/// Server event `id`: deterministic but varied values; logins 97 s apart (ascending in id).
inline ServerEvent sampleServerEvent(qint64 id, const QDateTime &base = utcTime(2025, 1, 1))
{
    ServerEvent e;
    e.id = id;
    e.serverId = u"srv-%1"_s.arg(id % 7 + 1);
    e.serverName = u"web-%1"_s.arg(id % 7 + 1);
    e.loginAt = base.addSecs(id * 97);
    e.durationS = scatter(id, 1) % 7200;
    e.trafficBytes = scatter(id, 2);            // up to 4.3 GB
    e.cpuPct = double(scatter(id, 3) % 1001) / 10.0;
    e.memoryBytes = scatter(id, 4) * 3;         // up to 12.9 GB
    e.diskBytes = scatter(id, 5) * 100;         // up to 429 GB
    return e;
}

inline DomainEvent sampleDomainEvent(qint64 id, const QDateTime &base = utcTime(2025, 1, 1))
{
    static const char *const kinds[] = {"query", "registration", "purchase", "renewal", "transfer", "dns_change"};
    static const char *const domains[] = {"example.hk", "shop.example.hk", "alice.example", "blog.example.com.hk"};
    DomainEvent e;
    e.id = id;
    e.domain = QString::fromLatin1(domains[id % 4]);
    e.kind = QString::fromLatin1(kinds[id % 6]);
    e.at = base.addSecs(id * 3600);
    e.details = u"A www 203.0.113.%1 -> 203.0.113.%2"_s.arg(id % 250).arg((id + 1) % 250);
    return e;
}

inline QList<Device> sampleDevices()
{
    Device phone;
    phone.id = u"dev-1"_s;
    phone.type = u"phone"_s;
    phone.model = u"Pixel 8"_s;
    phone.os = u"Android"_s;
    phone.osVersion = u"15"_s;
    phone.browser = u"Chrome"_s;
    phone.browserVersion = u"131.0"_s;
    phone.identifiers = {{u"imei"_s, u"35-****-****-1234"_s, true}, {u"mac"_s, u"00:1A:2B:**:**:5E"_s, true}};
    phone.ip = u"203.0.113.7"_s;
    phone.networkOperator = u"CMHK"_s;
    phone.connection = u"5g"_s;
    phone.firstSeen = utcTime(2024, 1, 5, 10);
    phone.lastSeen = utcTime(2025, 11, 3, 14, 5);
    Device laptop;
    laptop.id = u"dev-2"_s;
    laptop.type = u"computer"_s;
    laptop.model = u"ThinkPad X1"_s;
    laptop.os = u"Debian"_s;
    laptop.osVersion = u"12"_s;
    laptop.browser = u"Firefox"_s;
    laptop.browserVersion = u"128.0esr"_s;
    laptop.identifiers = {{u"uuid"_s, u"4c4c4544-****-****-****-b7c04f4e3232"_s, true}};
    laptop.ip = u"198.51.100.20"_s;
    laptop.networkOperator = u"HKBN"_s;
    laptop.connection = u"ethernet"_s;
    laptop.firstSeen = utcTime(2023, 6, 1, 9);
    laptop.lastSeen = utcTime(2025, 10, 20, 18);
    Device tablet;
    tablet.id = u"dev-3"_s;
    tablet.type = u"tablet"_s;
    tablet.model = u"iPad Air"_s;
    tablet.os = u"iPadOS"_s;
    tablet.osVersion = u"18.1"_s;
    tablet.browser = u"Safari"_s;
    tablet.browserVersion = u"18.1"_s;
    tablet.ip = u"203.0.113.99"_s;
    tablet.networkOperator = u"CSL"_s;
    tablet.connection = u"wifi"_s;
    tablet.firstSeen = utcTime(2025, 2, 14, 20);
    tablet.lastSeen = utcTime(2025, 11, 1, 7, 45);
    return {phone, laptop, tablet};
}

inline QList<CookieItem> sampleCookies()
{
    return {
        {u"ck-1"_s, u"session_id"_s, u"cookie"_s, u"essential"_s, u"hkcloud.example"_s, std::nullopt, false},
        {u"ck-2"_s, u"_ga"_s, u"cookie"_s, u"analytics"_s, u".hkcloud.example"_s, qint64(63072000), true},
        {u"ck-3"_s, u"lang"_s, u"local_storage"_s, u"preferences"_s, u"hkcloud.example"_s, qint64(31536000), false},
        {u"ck-4"_s, u"pixel"_s, u"web_beacon"_s, u"personalisation"_s, u"ads.example.net"_s, qint64(86400), true},
        {u"ck-5"_s, u"csrf"_s, u"cookie"_s, u"essential"_s, u"hkcloud.example"_s, qint64(3600), false},
    };
}

inline QList<CategoryPurposes> samplePurposes()
{
    return {{Category::Registration,
             {{u"service"_s, u"contract"_s, false}, {u"security"_s, u"legitimate_interest"_s, false},
              {u"billing"_s, u"contract"_s, false}}},
            {Category::Cookies, {{u"analytics"_s, u"consent"_s, true}}}};
}

inline QList<SharingEntry> sampleSharing()
{
    return {{u"payment_processing"_s, u"PayCo Ltd"_s, {Category::Registration}, u"Name and card"_s, u"To take payments"_s},
            {u"data_analysis"_s, u"Stats Inc"_s, {Category::ServerUsage, Category::Cookies}, u"Usage totals"_s,
             u"To plan capacity"_s},
            {u"technical_support"_s, u"Fixit Co"_s, {Category::Devices, Category::ServerUsage}, u"Device model"_s,
             u"To answer support tickets"_s}};
}

inline QList<RetentionEntry> sampleRetention()
{
    return {{Category::Registration, u"P3Y"_s, u"account_closed"_s, u"legal_obligation"_s},
            {Category::ServerUsage, u"P1Y6M"_s, u"event"_s, u"legitimate_interest"_s},
            {Category::Cookies, u"P2Y"_s, u"expiry"_s, u"consent"_s}};
}

} // namespace pd::test
