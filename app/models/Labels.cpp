// SPDX-License-Identifier: GPL-3.0-or-later
#include "Labels.h"

#include <QLocale>
#include <QRegularExpression>

namespace pd {

QString Labels::category(Category c)
{
    switch (c) {
    case Category::Registration: return tr("Registration details");
    case Category::ServerUsage: return tr("Server usage");
    case Category::DomainUsage: return tr("Domain activity");
    case Category::Devices: return tr("Devices and networks");
    case Category::Cookies: return tr("Cookies and similar technologies");
    }
    return {};
}

QString Labels::accessReason(const QString &code)
{
    if (code == QLatin1String("customer_request")) return tr("You asked us for help");
    if (code == QLatin1String("request_processing")) return tr("Handling one of your requests");
    if (code == QLatin1String("security_fraud")) return tr("Security or fraud check");
    if (code == QLatin1String("legal_duty")) return tr("A legal duty");
    return code;
}

QString Labels::accessAction(const QString &code)
{
    if (code == QLatin1String("grant_requested")) return tr("Asked to see your data (waiting for your answer)");
    if (code == QLatin1String("grant_opened")) return tr("Opened access to your data");
    if (code == QLatin1String("grant_approved")) return tr("You approved access");
    if (code == QLatin1String("grant_declined")) return tr("You declined access");
    if (code == QLatin1String("grant_expired")) return tr("Access request expired unanswered");
    if (code == QLatin1String("grant_ended")) return tr("Access ended");
    if (code == QLatin1String("viewed")) return tr("Looked at your data");
    if (code == QLatin1String("request_viewed")) return tr("Read one of your requests");
    if (code == QLatin1String("request_action")) return tr("Worked on one of your requests");
    if (code == QLatin1String("searched")) return tr("Found you in a customer search");
    if (code == QLatin1String("refused")) return tr("Was refused access");
    return code;
}

QString Labels::categoryList(const QStringList &codes)
{
    QStringList words;
    for (const QString &c : codes) {
        const auto cat = categoryFromCode(c);
        words << (cat ? category(*cat) : c);
    }
    return list(words);
}

QString Labels::personalField(const QString &key)
{
    if (key == QLatin1String("name")) return tr("Name");
    if (key == QLatin1String("mobile")) return tr("Mobile phone");
    if (key == QLatin1String("email")) return tr("Email address");
    if (key == QLatin1String("address")) return tr("Contact address");
    if (key == QLatin1String("password")) return tr("Password");
    return key;
}

QString Labels::purpose(const QString &code)
{
    if (code == QLatin1String("service")) return tr("Providing and maintaining your services");
    if (code == QLatin1String("personalisation")) return tr("Personalised recommendations");
    if (code == QLatin1String("security")) return tr("Keeping your account and our services secure");
    if (code == QLatin1String("legal")) return tr("Meeting legal duties and resolving disputes");
    if (code == QLatin1String("billing")) return tr("Billing and payments");
    if (code == QLatin1String("analytics")) return tr("Analysing how the service is used");
    // A purpose that is also a consent (support_ai_training, since the 2026-12-01 policy) has its words there.
    return consentPurpose(code);
}

QString Labels::legalBasis(const QString &code)
{
    if (code == QLatin1String("contract")) return tr("Needed to provide what you bought");
    if (code == QLatin1String("consent")) return tr("Only with your consent");
    if (code == QLatin1String("legal_obligation")) return tr("Required by law");
    if (code == QLatin1String("legitimate_interest")) return tr("Our legitimate interest");
    return code;
}

QString Labels::source(const QString &code)
{
    if (code == QLatin1String("you")) return tr("You gave it to us");
    if (code == QLatin1String("automatic")) return tr("Collected automatically when you use the service");
    if (code == QLatin1String("third_party")) return tr("From a third party");
    return code;
}

QString Labels::retention(const QString &code)
{
    // Retention codes on single fields are ISO 8601 durations or a named rule.
    if (code.startsWith(QLatin1Char('P')))
        return isoDuration(code);
    if (code == QLatin1String("account_lifetime")) return tr("While your account exists");
    return code;
}

QString Labels::recipient(const QString &code)
{
    if (code == QLatin1String("payment_processing")) return tr("Payment processing");
    if (code == QLatin1String("technical_support")) return tr("Technical support");
    if (code == QLatin1String("logistics")) return tr("Logistics and delivery");
    if (code == QLatin1String("data_analysis")) return tr("Data analysis");
    if (code == QLatin1String("pseudonymous_analytics")) return tr("Analytics under a pseudonym");
    return code;
}

QString Labels::deviceType(const QString &code)
{
    if (code == QLatin1String("computer")) return tr("Computer");
    if (code == QLatin1String("phone")) return tr("Mobile phone");
    if (code == QLatin1String("tablet")) return tr("Tablet");
    return code;
}

QString Labels::identifierKind(const QString &code)
{
    if (code == QLatin1String("imei")) return tr("IMEI");
    if (code == QLatin1String("mac")) return tr("MAC address");
    if (code == QLatin1String("uuid")) return tr("Device UUID");
    return code;
}

QString Labels::connection(const QString &code)
{
    if (code == QLatin1String("wifi")) return tr("Wi-Fi");
    if (code == QLatin1String("ethernet")) return tr("Wired (Ethernet)");
    if (code == QLatin1String("4g")) return tr("4G mobile");
    if (code == QLatin1String("5g")) return tr("5G mobile");
    if (code == QLatin1String("other")) return tr("Other");
    return code;
}

QString Labels::cookieKind(const QString &code)
{
    if (code == QLatin1String("cookie")) return tr("Cookie");
    if (code == QLatin1String("web_beacon")) return tr("Web beacon");
    if (code == QLatin1String("local_storage")) return tr("Local storage");
    return code;
}

QString Labels::cookiePurpose(const QString &code)
{
    if (code == QLatin1String("essential")) return tr("Essential");
    if (code == QLatin1String("preferences")) return tr("Preferences");
    if (code == QLatin1String("analytics")) return tr("Analytics");
    if (code == QLatin1String("personalisation")) return tr("Personalisation");
    return code;
}

QString Labels::domainEventKind(const QString &code)
{
    if (code == QLatin1String("query")) return tr("Search");
    if (code == QLatin1String("registration")) return tr("Registration");
    if (code == QLatin1String("purchase")) return tr("Purchase");
    if (code == QLatin1String("renewal")) return tr("Renewal");
    if (code == QLatin1String("transfer")) return tr("Transfer");
    if (code == QLatin1String("dns_change")) return tr("DNS change");
    return code;
}

QString Labels::retentionStarts(const QString &code)
{
    if (code == QLatin1String("account_closed")) return tr("after your account is closed");
    if (code == QLatin1String("event")) return tr("after each event");
    if (code == QLatin1String("order_completed")) return tr("after the order is completed");
    if (code == QLatin1String("last_seen")) return tr("after the device was last seen");
    if (code == QLatin1String("expiry")) return tr("after it expires");
    return code;
}

QString Labels::retentionReason(const QString &code)
{
    if (code == QLatin1String("legal_obligation")) return tr("the law requires us to keep it");
    if (code == QLatin1String("open_order")) return tr("needed for an order that is not finished");
    if (code == QLatin1String("dispute")) return tr("needed to resolve a dispute");
    return code;
}

QString Labels::consentPurpose(const QString &code)
{
    if (code == QLatin1String("personalisation")) return tr("Personalised recommendations");
    if (code == QLatin1String("analytics_cookies")) return tr("Analytics cookies");
    if (code == QLatin1String("marketing")) return tr("Marketing messages");
    if (code == QLatin1String("product_research")) return tr("Product research");
    if (code == QLatin1String("support_ai_training")) return tr("Training the support assistant");
    return code;
}

QString Labels::noticeKind(bool incident)
{
    return incident ? tr("Security incident") : tr("Disclosure to an authority");
}

QString Labels::disclosureTitle(const QString &authority)
{
    return tr("Your data disclosed to %1").arg(authority);
}

QString Labels::readState(bool read)
{
    return read ? tr("Read") : tr("Unread");
}

QString Labels::incidentAdvice(const QString &code)
{
    if (code == QLatin1String("change_password"))
        return tr("Change your password, and anywhere else you used the same one.");
    if (code == QLatin1String("watch_phishing"))
        return tr("Watch for e-mails, messages or calls that pretend to be from Hong Kong Cloud and ask for your "
                  "password or payment details. We never ask for them.");
    if (code == QLatin1String("review_devices"))
        return tr("Look through the Devices tab for devices or places you do not recognise.");
    if (code == QLatin1String("check_payments"))
        return tr("Check your card and payment statements for charges you did not make.");
    return code;
}

QString Labels::isoDuration(const QString &period)
{
    static const QRegularExpression re(QStringLiteral("^P(?:(\\d+)Y)?(?:(\\d+)M)?(?:(\\d+)W)?(?:(\\d+)D)?$"));
    const auto m = re.match(period);
    if (!m.hasMatch() || period == QLatin1String("P"))
        return period;
    bool anyNonZero = false;
    for (int i = 1; i <= 4; ++i)
        anyNonZero = anyNonZero || m.captured(i).toInt() > 0;
    if (!anyNonZero)
        return tr("no time at all");
    QStringList parts;
    if (!m.captured(1).isEmpty()) parts << tr("%n year(s)", nullptr, m.captured(1).toInt());
    if (!m.captured(2).isEmpty()) parts << tr("%n month(s)", nullptr, m.captured(2).toInt());
    if (!m.captured(3).isEmpty()) parts << tr("%n week(s)", nullptr, m.captured(3).toInt());
    if (!m.captured(4).isEmpty()) parts << tr("%n day(s)", nullptr, m.captured(4).toInt());
    return QLocale().createSeparatedList(parts);
}

QString Labels::bytes(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeSIFormat);
}

QString Labels::duration(qint64 seconds)
{
    seconds = qMax<qint64>(0, seconds);
    const qint64 h = seconds / 3600;
    const qint64 m = (seconds % 3600) / 60;
    if (h > 0)
        return tr("%1 h %2 min").arg(QLocale().toString(h)).arg(m);
    if (m > 0)
        return tr("%n minute(s)", nullptr, int(m));
    return tr("%n second(s)", nullptr, int(seconds));
}

QString Labels::percent(double pct)
{
    return tr("%1%").arg(QLocale().toString(pct, 'f', 1));
}

QString Labels::recentDateTime(const QDateTime &t)
{
    if (!t.isValid())
        return {};
    const QDateTime local = t.toLocalTime();
    if (local.date() == QDate::currentDate())
        return QLocale().toString(local.time(), QLocale::ShortFormat);
    return dateTime(t);
}

QString Labels::dateTime(const QDateTime &t)
{
    if (!t.isValid())
        return tr("unknown");
    // Date and time in the locale's short forms, without seconds: "3/12/2025 14:05".
    const QLocale locale;
    QString timeFormat = locale.timeFormat(QLocale::ShortFormat);
    timeFormat.remove(QStringLiteral(":ss"));
    const QDateTime local = t.toLocalTime();
    return locale.toString(local.date(), QLocale::ShortFormat) + QLatin1Char(' ') + locale.toString(local.time(), timeFormat);
}

QString Labels::date(const QDate &d)
{
    if (!d.isValid())
        return tr("unknown");
    return QLocale().toString(d, QLocale::ShortFormat);
}

QString Labels::lifetime(std::optional<qint64> seconds)
{
    if (!seconds)
        return tr("Until you close the browser");
    const qint64 days = *seconds / 86400;
    if (days >= 365)
        return tr("%n year(s)", nullptr, int(days / 365));
    if (days >= 1)
        return tr("%n day(s)", nullptr, int(days));
    return duration(*seconds);
}

QString Labels::yesNo(bool b)
{
    return b ? tr("Yes") : tr("No");
}

namespace {
QString joinWith(const QStringList &parts, const QString &pairPattern)
{
    QString out;
    for (const QString &p : parts) {
        if (p.isEmpty())
            continue;
        out = out.isEmpty() ? p : QString(pairPattern).arg(out, p); // multi-arg: a "%1" inside a part stays
    }
    return out;
}
} // namespace

QString Labels::sentences(const QStringList &parts)
{
    //: Two sentences one after the other. Chinese writes them without a space: "%1%2".
    return joinWith(parts, tr("%1 %2", "two sentences"));
}

QString Labels::list(const QStringList &items)
{
    //: Two items of a list in running text. Chinese: "%1；%2" or "%1、%2".
    return joinWith(items, tr("%1; %2", "list items"));
}

QString Labels::withoutMnemonic(QString text)
{
    text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    static const QRegularExpression suffixMnemonic(QStringLiteral("\\s*[(\uFF08]&[^&\\s][)\uFF09]"));
    text.remove(suffixMnemonic).remove(QLatin1Char('&')).remove(QChar(0x2026));
    if (text.endsWith(QLatin1String("...")))
        text.chop(3);
    return text.replace(QLatin1Char('\x01'), QLatin1Char('&')).trimmed();
}

QString Labels::labelled(const QString &label, const QString &value)
{
    //: A value after its label, e.g. "Email: a@example.com". Chinese uses a full-width colon: "%1：%2".
    return tr("%1: %2", "label and value").arg(label, value);
}

QString Labels::staffRequestType(RequestType type, const QString &code)
{
    switch (type) {
    case RequestType::Correction: return tr("Data correction");
    case RequestType::Deletion: return tr("Deletion");
    case RequestType::Complaint: return tr("Complaint or suggestion");
    case RequestType::CancelAccount: return tr("Account cancellation");
    case RequestType::Export: return tr("Data access (copy of data)");
    case RequestType::AcceptPolicy: return tr("Privacy policy acceptance");
    case RequestType::Unknown: break;
    }
    return code;
}

QString Labels::staffRequestStatus(RequestStatus status, const QString &code)
{
    switch (status) {
    case RequestStatus::Received: return tr("Received");
    case RequestStatus::InReview: return tr("In review");
    case RequestStatus::NeedsInfo: return tr("Waiting for the customer");
    case RequestStatus::Completed: return tr("Completed");
    case RequestStatus::Rejected: return tr("Rejected");
    case RequestStatus::Cancelled: return tr("Cancelled by the customer");
    case RequestStatus::Unknown: break;
    }
    return code;
}

QString Labels::daysLeft(int days)
{
    if (days == 0)
        return tr("Due today");
    if (days > 0)
        return tr("%n day(s) left", nullptr, days);
    return tr("%n day(s) overdue", nullptr, -days);
}

QString Labels::extendedDue(const QString &date)
{
    return tr("%1 (extended)").arg(date);
}

QString Labels::assignee(const QString &pseudonym, bool me)
{
    if (me)
        return tr("You");
    return pseudonym.isEmpty() ? tr("Nobody") : pseudonym;
}

} // namespace pd
