// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Records.h"
#include "domain/Requests.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace pd {

/// The one place where provider codes become words ("analytics" -> "Analytics", 2500000000 ->
/// "2.5 GB"). Every string is translatable; numbers and dates follow the current QLocale.
/// Models (QtCore) and the UI both use it, so a code reads the same everywhere.
class Labels
{
    Q_DECLARE_TR_FUNCTIONS(Labels)
public:
    static QString category(Category c);
    static QString personalField(const QString &key);
    static QString purpose(const QString &code);
    static QString legalBasis(const QString &code);
    static QString source(const QString &code);
    static QString retention(const QString &code);
    static QString recipient(const QString &code);
    static QString deviceType(const QString &code);
    static QString identifierKind(const QString &code);
    static QString connection(const QString &code);
    static QString cookieKind(const QString &code);
    static QString cookiePurpose(const QString &code);
    static QString domainEventKind(const QString &code);
    static QString retentionStarts(const QString &code);
    /// Why data is kept after a deletion request (policy VI.III).
    static QString retentionReason(const QString &code);
    /// What a consent purpose means ("marketing" -> "Marketing messages").
    static QString consentPurpose(const QString &code);
    /// Notices: "Security incident" or "Disclosure to an authority".
    static QString noticeKind(bool incident);
    /// "Data disclosed to Hong Kong Police Force".
    static QString disclosureTitle(const QString &authority);
    /// "Unread" or "Read".
    static QString readState(bool read);
    /// What the provider advises after an incident, by code ("change_password"): a sentence.
    static QString incidentAdvice(const QString &code);
    /// Why a staff member looked at the customer's data ("security_fraud" -> "Security or fraud check").
    static QString accessReason(const QString &code);
    /// What an access-log entry records ("grant_opened" -> "Opened access to your data").
    static QString accessAction(const QString &code);
    /// Category codes as words, in running text ("devices, cookies" -> "Devices and networks; Cookies ...").
    static QString categoryList(const QStringList &codes);
    /// "P3Y" -> "3 years", "P30D" -> "30 days"; unknown forms are returned as given.
    static QString isoDuration(const QString &period);

    // The staff queue (a request named as staff speak of it, not as the customer is told of it).
    /// "Data access request", "Correction request", ...; the code as sent for a type this version does not know.
    static QString staffRequestType(RequestType type, const QString &code);
    /// "Received", "In review", "Waiting for the customer", ...
    static QString staffRequestStatus(RequestStatus status, const QString &code);
    /// "3 days left", "Due today", "2 days overdue".
    static QString daysLeft(int days);
    /// A due date that was extended: "12/03/2027 (extended)".
    static QString extendedDue(const QString &date);
    /// Who has a request: "You", the pseudonym, or "Nobody".
    static QString assignee(const QString &pseudonym, bool me);

    static QString bytes(qint64 bytes);           ///< "2.5 GB"
    static QString duration(qint64 seconds);      ///< "1 h 5 min"
    static QString percent(double pct);           ///< "12.5%"
    static QString dateTime(const QDateTime &t);  ///< locale short format, local time
    /// The time alone when `t` is today, else dateTime(); empty when `t` is not valid.
    static QString recentDateTime(const QDateTime &t);
    static QString date(const QDate &d);
    static QString lifetime(std::optional<qint64> seconds); ///< "Until you close the browser" / "1 year"
    static QString yesNo(bool b);

    // Joining translated pieces. Each language decides how: English puts a space between sentences and
    // "; " between list items, Chinese writes sentences back to back and separates items with "；".
    /// Sentences one after another ("You are back online. Your data is up to date.").
    static QString sentences(const QStringList &parts);
    /// Items of a list in running text ("Service; Security").
    static QString list(const QStringList &items);
    /// Menu or tab text as plain words: mnemonics and a trailing ellipsis go ("Devices && networks" ->
    /// "Devices & networks"; a mnemonic written after the text in brackets, as Chinese does, goes whole:
    /// "篩選(&F)…" -> "篩選").
    static QString withoutMnemonic(QString text);
    /// A value after its label ("Email: a@example.com").
    static QString labelled(const QString &label, const QString &value);
};

} // namespace pd
