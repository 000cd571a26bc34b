// SPDX-License-Identifier: GPL-3.0-or-later
#include "PolicyContent.h"

#include <QJsonArray>

namespace pd::provider {

using namespace Qt::StringLiterals;

namespace {

QJsonObject purpose(const QString &code, const QString &basis, bool consent)
{
    return {{u"code"_s, code}, {u"legal_basis"_s, basis}, {u"consent_required"_s, consent}};
}

QJsonObject category(const QString &name, const QJsonArray &purposes)
{
    return {{u"category"_s, name}, {u"purposes"_s, purposes}};
}

} // namespace

QJsonObject PolicyContent::purposes()
{
    // Policy section II, mapped onto the five categories of section I.
    const QJsonArray items{
        category(u"registration"_s, {purpose(u"service"_s, u"contract"_s, false),
                                     purpose(u"billing"_s, u"contract"_s, false),
                                     purpose(u"security"_s, u"legitimate_interest"_s, false),
                                     purpose(u"legal"_s, u"legal_obligation"_s, false),
                                     purpose(u"personalisation"_s, u"consent"_s, true)}),
        category(u"server_usage"_s, {purpose(u"service"_s, u"contract"_s, false),
                                     purpose(u"billing"_s, u"contract"_s, false),
                                     purpose(u"security"_s, u"legitimate_interest"_s, false),
                                     purpose(u"analytics"_s, u"legitimate_interest"_s, false),
                                     purpose(u"personalisation"_s, u"consent"_s, true)}),
        category(u"domain_usage"_s, {purpose(u"service"_s, u"contract"_s, false),
                                     purpose(u"legal"_s, u"legal_obligation"_s, false),
                                     purpose(u"personalisation"_s, u"consent"_s, true)}),
        category(u"devices"_s, {purpose(u"security"_s, u"legitimate_interest"_s, false),
                                purpose(u"service"_s, u"legitimate_interest"_s, false),
                                purpose(u"analytics"_s, u"legitimate_interest"_s, false)}),
        category(u"cookies"_s, {purpose(u"service"_s, u"legitimate_interest"_s, false),
                                purpose(u"personalisation"_s, u"consent"_s, true),
                                purpose(u"analytics"_s, u"consent"_s, true)}),
    };
    return {{u"items"_s, items}};
}

QJsonObject PolicyContent::sharing()
{
    // Policy section III (I): the four kinds of service provider it names.
    const auto recipient = [](const QString &code, const QString &name, const QJsonArray &categories,
                              const QString &data, const QString &why) {
        return QJsonObject{{u"recipient"_s, code}, {u"name"_s, name}, {u"categories"_s, categories},
                           {u"data"_s, data}, {u"why"_s, why}};
    };
    const QJsonArray items{
        recipient(u"payment_processing"_s, u"Card and payment platform processors"_s, {u"registration"_s},
                  u"Your name, the payment method you chose and the amount of each payment."_s,
                  u"To take payment when you order or renew a server or a domain."_s),
        recipient(u"technical_support"_s, u"Technical support contractors"_s,
                  {u"server_usage"_s, u"domain_usage"_s, u"devices"_s},
                  u"Technical details about your servers, domains and the devices you connect from."_s,
                  u"To find and fix a fault that you reported or that we detected."_s),
        recipient(u"logistics"_s, u"Delivery companies"_s, {u"registration"_s},
                  u"Your name, mobile number and postal address."_s,
                  u"To deliver anything physical you ordered, such as paper invoices or security keys."_s),
        recipient(u"data_analysis"_s, u"Analytics providers"_s, {u"server_usage"_s, u"domain_usage"_s, u"cookies"_s},
                  u"Usage statistics, with your name and contact details removed."_s,
                  u"To learn how the services are used so that we can make them faster and more reliable."_s),
    };
    return {{u"items"_s, items}};
}

QJsonObject PolicyContent::retention()
{
    // Policy section IV gives principles, not numbers; these periods are the provider's reading of
    // them (Hong Kong business records are usually kept for seven years).
    const auto rule = [](const QString &cat, const QString &period, const QString &starts, const QString &basis) {
        return QJsonObject{{u"category"_s, cat}, {u"period"_s, period}, {u"starts"_s, starts}, {u"basis"_s, basis}};
    };
    const QJsonArray items{
        rule(u"registration"_s, u"P3Y"_s, u"account_closed"_s, u"legal_obligation"_s),
        rule(u"server_usage"_s, u"P2Y"_s, u"event"_s, u"contract"_s),
        rule(u"domain_usage"_s, u"P7Y"_s, u"order_completed"_s, u"legal_obligation"_s),
        rule(u"devices"_s, u"P1Y"_s, u"last_seen"_s, u"legitimate_interest"_s),
        rule(u"cookies"_s, u"P0D"_s, u"expiry"_s, u"consent"_s),
    };
    return {{u"items"_s, items}};
}

QJsonObject PolicyContent::policy()
{
    const auto section = [](const QString &id, const QString &title, const QString &body) {
        return QJsonObject{{u"id"_s, id}, {u"title"_s, title}, {u"body"_s, body}};
    };
    const QJsonArray sections{
        section(u"I"_s, u"What we collect"_s,
                u"When you open an account we keep what you tell us: your name, mobile number, email address, "
                "postal address, your password (only as a one-way hash) and how you pay. While you use our cloud "
                "servers we record when you sign in to a server, for how long, the traffic it uses and how busy its "
                "processor, memory and disk are. For domains we record your searches, registrations, purchases, "
                "renewals, transfers and DNS changes. We also note the device and network you connect from (device "
                "type and model, system and browser versions, a device identifier, IP address, operator and connection "
                "type), and we use cookies, web beacons and local storage."_s),
        section(u"II"_s, u"How we use it"_s,
                u"To run the services you bought: your account, orders, delivery, support and billing. To suggest "
                "upgrades or domains that fit how you use us, which you can switch off in your account settings. To "
                "keep accounts safe, for example by spotting unusual sign-ins. And to meet legal duties and settle "
                "disputes."_s),
        section(u"III"_s, u"Who we share it with"_s,
                u"Only what each task needs, with payment processors, technical support contractors, delivery "
                "companies and analytics providers, all bound by confidentiality agreements. We disclose data when the "
                "law or a court or regulator requires it, and tell you when we are allowed to. If the business is sold "
                "or merged, the new owner must keep to this policy or ask for your agreement to a new one."_s),
        section(u"IV"_s, u"How long we keep it"_s,
                u"As long as the service and the law need it: order records for a while after the order is complete, "
                "account details while the account exists and for a period after it is closed. After that we delete "
                "the data or make it anonymous."_s),
        section(u"V"_s, u"How we protect it"_s,
                u"Encryption in transit, hashed passwords, access limited to the staff who need it, regular training "
                "and security reviews. No system is perfectly safe; if a breach happens we act at once and tell you "
                "what happened and what we did, as the law requires."_s),
        section(u"VI"_s, u"Your rights"_s,
                u"You can see the data we hold about you, correct what is wrong, ask us to delete it (some records must "
                "be kept for a legal period first, and we then limit their use), withdraw consent you gave at any time, "
                "and complain or make suggestions through customer service."_s),
        section(u"VII"_s, u"Changes to this policy"_s,
                u"We may update this policy. We publish the new version prominently and tell you, for example by email "
                "or a notice on the site. Using the services after a change means you accept it; if you do not, you can "
                "stop using them and close your account."_s),
        section(u"VIII"_s, u"Contact us"_s,
                u"Questions about this policy or your data: write to our customer service by email or call the "
                "customer service line shown on our website."_s),
    };
    return {{u"version"_s, QString::fromLatin1(Version)}, {u"effective"_s, QString::fromLatin1(Version)},
            {u"sections"_s, sections}};
}

} // namespace pd::provider
