// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoNotices.h"

#include "Calendar.h"
#include "NoticesRepository.h"
#include "ProviderDb.h"

namespace pd::provider {

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 HourMs = 3600LL * 1000;

StoredText text(const QString &en, const QString &zhHK, const QString &zhCN)
{
    return StoredText::of({en, zhHK, zhCN});
}

} // namespace

DemoNotices::DemoNotices(ProviderDb &db)
    : m_db(db)
{
}

bool DemoNotices::seed(qint64 today, qint64 alice, qint64 bob, QString *error)
{
    NoticesRepository notices(m_db);
    IncidentRow phishing{
        u"INC-7A3F1C9E2B40"_s,
        text(u"Phishing emails pretending to be Hong Kong Cloud"_s, u"冒充 Hong Kong Cloud 的釣魚電郵"_s,
             u"冒充 Hong Kong Cloud 的钓鱼邮件"_s),
        text(u"Someone sent emails that looked like ours to some of our customers, asking them to sign in on a fake "
             "page. The senders had a list of names and email addresses taken from one of our delivery companies. "
             "Your name and email address were on that list. No passwords or payment details were on it."_s,
             u"有人向部分客戶發出看似由我們發出的電郵，要求他們在一個假網頁登入。發件人持有一份從我們其中一家速遞公司"
             "取得的姓名及電郵地址名單，你的姓名和電郵地址都在名單上。名單上沒有任何密碼或付款資料。"_s,
             u"有人向部分客户发送看似由我们发出的邮件，要求他们在一个假网页上登录。发件人持有一份从我们其中一家快递公司"
             "获取的姓名和邮箱地址名单，你的姓名和邮箱地址都在名单上。名单上没有任何密码或付款信息。"_s),
        text(u"We had the fake page taken down within a day, stopped sending data to that delivery company until it "
             "fixed the fault, and reported the incident to the Privacy Commissioner for Personal Data."_s,
             u"我們在一日內令假網頁下架，在該速遞公司修正問題前停止向其提供資料，並已向個人資料私隱專員公署報告事件。"_s,
             u"我们在一天内让假网页下线，在该快递公司修复问题前停止向其提供数据，并已向个人资料私隐专员公署报告事件。"_s),
        today - 20 * DayMs + 8 * HourMs,
        today - 19 * DayMs + 15 * HourMs,
        today - 18 * DayMs + 10 * HourMs,
        today - 18 * DayMs + 10 * HourMs,
        {u"registration"_s},
        {u"watch_phishing"_s, u"change_password"_s},
        {{today - 10 * DayMs + 11 * HourMs,
          text(u"The delivery company has fixed the fault and an independent review has confirmed it. We have "
               "started sending it delivery details again."_s,
               u"該速遞公司已修正問題，並經獨立審查確認。我們已重新向其提供送貨資料。"_s,
               u"该快递公司已修复问题，并经独立审查确认。我们已重新向其提供配送信息。"_s)}},
    };
    const StoredText police = text(u"Hong Kong Police Force"_s, u"香港警務處"_s, u"香港警务处"_s);
    const DisclosureRow policeRequest{
        u"DSC-41D7E2A09C35"_s, alice, police,
        text(u"A request to help detect a crime (Personal Data (Privacy) Ordinance, section 58). The law let us tell "
             "you only once the investigation no longer needed secrecy."_s,
             u"協助偵查罪行的要求（《個人資料（私隱）條例》第 58 條）。法律容許我們在調查不再需要保密後才通知你。"_s,
             u"协助侦查罪行的要求（《个人资料（私隐）条例》第 58 条）。法律允许我们在调查不再需要保密后才通知你。"_s),
        {u"registration"_s, u"server_usage"_s},
        today - 60 * DayMs + 14 * HourMs, u"HKPF/CCB/2026/0412"_s,
        today - 5 * DayMs + 9 * HourMs, today - 60 * DayMs + 16 * HourMs};
    const DisclosureRow courtOrder{
        u"DSC-9B2C64F1E8A7"_s, alice,
        text(u"High Court of Hong Kong"_s, u"香港高等法院"_s, u"香港高等法院"_s),
        text(u"A court order to produce documents in a civil case about a domain name."_s,
             u"法院命令我們在一宗有關網域名稱的民事案件中提交文件。"_s,
             u"法院命令我们在一宗有关域名的民事案件中提交文件。"_s),
        {u"domain_usage"_s},
        today - 30 * DayMs + 10 * HourMs, u"HCA 1187/2026"_s, 0, today - 30 * DayMs + 12 * HourMs};
    const DisclosureRow stillDelayed{
        u"DSC-C05A7D3B1E92"_s, bob, police,
        text(u"A request to help detect a crime (Personal Data (Privacy) Ordinance, section 58)."_s,
             u"協助偵查罪行的要求（《個人資料（私隱）條例》第 58 條）。"_s,
             u"协助侦查罪行的要求（《个人资料（私隐）条例》第 58 条）。"_s),
        {u"devices"_s},
        today - 3 * DayMs + 10 * HourMs, u"HKPF/CCB/2026/0977"_s, today + 30 * DayMs, today - 3 * DayMs + 11 * HourMs};
    const bool ok = notices.insertIncident(phishing, {alice}) && notices.insertDisclosure(policeRequest)
        && notices.insertDisclosure(courtOrder) && notices.insertDisclosure(stillDelayed);
    if (!ok)
        *error = m_db.lastError();
    return ok;
}

} // namespace pd::provider
