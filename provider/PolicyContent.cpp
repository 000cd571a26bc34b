// SPDX-License-Identifier: GPL-3.0-or-later
#include "PolicyContent.h"

#include "Limits.h"

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

/// Whether `version` has the changes of 2026-12-01 (versions are dates, so they compare as text).
bool since20261201(const QString &version)
{
    return version >= u"2026-12-01";
}

} // namespace

const QStringList &PolicyContent::categories()
{
    static const QStringList all{u"registration"_s, u"server_usage"_s, u"domain_usage"_s, u"devices"_s, u"cookies"_s};
    return all;
}

QStringList PolicyContent::consentPurposes(const QString &version)
{
    QStringList all{u"personalisation"_s, u"analytics_cookies"_s, u"marketing"_s, u"product_research"_s};
    if (since20261201(version))
        all.append(u"support_ai_training"_s); // change c3
    return all;
}

QJsonObject PolicyContent::purposes(const QString &version)
{
    // Policy section II, mapped onto the five categories of section I.
    QJsonArray items{
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
    if (since20261201(version)) {
        // Change c3: support conversations (contact details and the technical details of the servers they
        // are about) may train the support assistant, with consent only.
        for (int i : {0, 1}) {
            QJsonObject c = items[i].toObject();
            QJsonArray p = c.value(u"purposes"_s).toArray();
            p.append(purpose(u"support_ai_training"_s, u"consent"_s, true));
            c.insert(u"purposes"_s, p);
            items[i] = c;
        }
    }
    return {{u"items"_s, items}};
}

QJsonObject PolicyContent::sharing(const QString &version, Lang lang)
{
    // Policy section III (I): the four kinds of service provider it names.
    const auto recipient = [lang](const QString &code, const LocalizedText &name, const QJsonArray &categories,
                                  const LocalizedText &data, const LocalizedText &why) {
        return QJsonObject{{u"recipient"_s, code}, {u"name"_s, name.in(lang)}, {u"categories"_s, categories},
                           {u"data"_s, data.in(lang)}, {u"why"_s, why.in(lang)}};
    };
    QJsonArray items{
        recipient(u"payment_processing"_s,
                  {u"Card and payment platform processors"_s, u"信用卡及支付平台處理商"_s, u"银行卡及支付平台服务商"_s},
                  {u"registration"_s},
                  {u"Your name, the payment method you chose and the amount of each payment."_s,
                   u"你的姓名、你選擇的付款方式，以及每筆付款的金額。"_s,
                   u"你的姓名、你选择的付款方式，以及每笔付款的金额。"_s},
                  {u"To take payment when you order or renew a server or a domain."_s,
                   u"在你訂購或續期伺服器或網域時收取款項。"_s,
                   u"在你订购或续费服务器或域名时收取款项。"_s}),
        recipient(u"technical_support"_s,
                  {u"Technical support contractors"_s, u"技術支援承辦商"_s, u"技术支持外包服务商"_s},
                  {u"server_usage"_s, u"domain_usage"_s, u"devices"_s},
                  {u"Technical details about your servers, domains and the devices you connect from."_s,
                   u"有關你的伺服器、網域，以及你用來連線的裝置的技術資料。"_s,
                   u"关于你的服务器、域名以及你用来连接的设备的技术信息。"_s},
                  {u"To find and fix a fault that you reported or that we detected."_s,
                   u"找出並修正你報告或我們偵測到的故障。"_s,
                   u"查找并修复你报告的或我们检测到的故障。"_s}),
        recipient(u"logistics"_s, {u"Delivery companies"_s, u"速遞公司"_s, u"快递公司"_s}, {u"registration"_s},
                  {u"Your name, mobile number and postal address."_s,
                   u"你的姓名、流動電話號碼及郵寄地址。"_s,
                   u"你的姓名、手机号码和邮寄地址。"_s},
                  {u"To deliver anything physical you ordered, such as paper invoices or security keys."_s,
                   u"把你訂購的實物送到你手上，例如紙本發票或安全密鑰。"_s,
                   u"把你订购的实物寄送给你，例如纸质发票或安全密钥。"_s}),
        recipient(u"data_analysis"_s, {u"Analytics providers"_s, u"數據分析服務供應商"_s, u"数据分析服务商"_s},
                  {u"server_usage"_s, u"domain_usage"_s, u"cookies"_s},
                  {u"Usage statistics, with your name and contact details removed."_s,
                   u"使用統計數據，當中已刪除你的姓名及聯絡資料。"_s,
                   u"使用统计数据，其中已去除你的姓名和联系方式。"_s},
                  {u"To learn how the services are used so that we can make them faster and more reliable."_s,
                   u"了解服務的使用情況，讓我們把服務做得更快、更可靠。"_s,
                   u"了解服务的使用情况，以便让服务更快、更可靠。"_s}),
    };
    if (since20261201(version)) // change c1
        items.append(recipient(u"pseudonymous_analytics"_s,
                               {u"Northwind Metrics Ltd, analytics (Singapore)"_s, u"數據分析公司 Northwind Metrics Ltd（新加坡）"_s,
                                u"数据分析公司 Northwind Metrics Ltd（新加坡）"_s},
                               {u"server_usage"_s, u"domain_usage"_s},
                               {u"Usage statistics under a pseudonym: never your name, contact details or IP address."_s,
                                u"以假名處理的使用統計數據：絕不包括你的姓名、聯絡資料或 IP 位址。"_s,
                                u"以假名处理的使用统计数据：绝不包括你的姓名、联系方式或 IP 地址。"_s},
                               {u"To measure how fast and reliable our services are over time."_s,
                                u"長期衡量我們服務的速度和穩定程度。"_s,
                                u"长期衡量我们服务的速度和稳定性。"_s}));
    return {{u"items"_s, items}};
}

QJsonObject PolicyContent::retention(const QString &version)
{
    // Policy section IV gives principles, not numbers; these periods are the provider's reading of
    // them (Hong Kong business records are usually kept for seven years).
    const auto rule = [](const QString &cat, const QString &period, const QString &starts, const QString &basis) {
        return QJsonObject{{u"category"_s, cat}, {u"period"_s, period}, {u"starts"_s, starts}, {u"basis"_s, basis}};
    };
    const QJsonArray items{
        rule(u"registration"_s, u"P3Y"_s, u"account_closed"_s, u"legal_obligation"_s),
        rule(u"server_usage"_s, since20261201(version) ? u"P1Y"_s : u"P2Y"_s, u"event"_s, u"contract"_s), // change c2
        rule(u"domain_usage"_s, u"P7Y"_s, u"order_completed"_s, u"legal_obligation"_s),
        rule(u"devices"_s, u"P1Y"_s, u"last_seen"_s, u"legitimate_interest"_s),
        rule(u"cookies"_s, u"P0D"_s, u"expiry"_s, u"consent"_s),
    };
    return {{u"items"_s, items}};
}

QString PolicyContent::consentAffects(const QString &purpose, Lang lang)
{
    // Policy VI (IV): withdrawing consent may affect some functions; say which, in plain words.
    // Each text is a whole sentence that says what happens without the consent, so a client shows it as is.
    static const LocalizedText personalisation{
        u"Without it we stop suggesting upgrades and domains based on how you use your servers and domains, "
        "and the console no longer remembers the domains you looked at recently. Everything you bought "
        "keeps working."_s,
        u"如不容許，我們會停止根據你使用伺服器和網域的情況向你建議升級方案和網域，控制台亦不再記住你最近查看過的網域。"
        "你購買的一切服務照常運作。"_s,
        u"如不允许，我们将不再根据你使用服务器和域名的情况向你推荐升级方案和域名，控制台也不再记住你最近查看过的域名。"
        "你购买的所有服务照常使用。"_s};
    static const LocalizedText analytics{
        u"Without it we stop setting the analytics cookie and the email open tracker, so we cannot tell which "
        "pages and emails are useful. The console works exactly the same."_s,
        u"如不容許，我們會停止設定分析用 Cookie 和電郵開啟追蹤，因此無法得知哪些網頁和電郵有用。控制台的運作完全不變。"_s,
        u"如不允许，我们将不再设置分析用 Cookie 和邮件打开追踪，因此无法了解哪些网页和邮件有用。控制台的使用完全不受影响。"_s};
    static const LocalizedText marketing{
        u"Without it we stop sending you offers and news by email or SMS. You still get messages about your "
        "orders, bills and account security."_s,
        u"如不容許，我們會停止以電郵或短訊向你發送優惠和最新消息。你仍會收到有關訂單、帳單和帳戶安全的訊息。"_s,
        u"如不允许，我们将不再通过邮件或短信向你发送优惠和资讯。你仍会收到有关订单、账单和账户安全的消息。"_s};
    static const LocalizedText research{
        u"Without it we do not invite you to surveys or interviews, or use your feedback to design new services. "
        "Your services are not affected."_s,
        u"如不容許，我們不會邀請你參加問卷調查或訪談，也不會用你的意見來設計新服務。你的服務不受影響。"_s,
        u"如不允许，我们不会邀请你参加问卷调查或访谈，也不会用你的反馈来设计新服务。你的服务不受影响。"_s};
    static const LocalizedText supportTraining{
        u"Without it we never use your conversations with customer support to train the support assistant. "
        "Support works exactly the same."_s,
        u"如不容許，我們絕不會用你與客戶服務的對話來訓練支援助手。支援服務完全照常運作。"_s,
        u"如不允许，我们绝不会用你与客服的对话来训练支持助手。支持服务完全照常使用。"_s};
    if (purpose == u"personalisation")
        return personalisation.in(lang);
    if (purpose == u"support_ai_training")
        return supportTraining.in(lang);
    if (purpose == u"analytics_cookies")
        return analytics.in(lang);
    if (purpose == u"marketing")
        return marketing.in(lang);
    return research.in(lang);
}

QString PolicyContent::retainedDetail(const QString &category, const QString &reason, Lang lang)
{
    // Policy VI (III): what is kept after a deletion request and why (periods: retention()).
    struct Entry
    {
        const char16_t *category, *reason;
        LocalizedText text;
    };
    static const Entry entries[] = {
        {u"registration", u"legal_obligation",
         {u"Your name, postal address and payment methods appear on invoices, which the law requires us to "
          "keep for 3 years after your account closes. Until then only billing and legal staff can see them."_s,
          u"你的姓名、郵寄地址和付款方式載於發票上，而法律規定我們須在你的帳戶關閉後保存發票 3 年。"
          "在此之前，只有帳務及法律部門的職員可以查閱。"_s,
          u"你的姓名、邮寄地址和付款方式记载于发票上，法律要求我们在你的账户注销后保存发票 3 年。"
          "在此之前，只有财务和法务人员可以查看。"_s}},
        {u"registration", u"dispute",
         {u"You have an open complaint; we keep your contact details until it is resolved so that we can "
          "answer you."_s,
          u"你有一宗尚未處理完的投訴；我們會保留你的聯絡資料直至投訴解決，以便回覆你。"_s,
          u"你有一项尚未处理完毕的投诉；我们会保留你的联系方式直至投诉解决，以便答复你。"_s}},
        {u"domain_usage", u"legal_obligation",
         {u"Domain registrations, purchases, renewals and transfers are order records the law requires us "
          "to keep for 7 years. Your searches and DNS changes are deleted."_s,
          u"網域的註冊、購買、續期和轉移屬於訂單紀錄，法律規定我們須保存 7 年。你的搜尋紀錄和 DNS 更改會被刪除。"_s,
          u"域名的注册、购买、续费和转移属于订单记录，法律要求我们保存 7 年。你的搜索记录和 DNS 变更会被删除。"_s}},
        {u"domain_usage", u"open_order",
         {u"A domain purchase from the last 30 days can still be refunded or disputed; we keep it until "
          "that period ends."_s,
          u"過去 30 日內購買的網域仍可退款或提出爭議；我們會保留有關紀錄直至該期限完結。"_s,
          u"最近 30 天内购买的域名仍可退款或提出争议；我们会保留相关记录直至该期限结束。"_s}},
        {u"server_usage", u"open_order",
         {u"This month's server usage is needed for this month's bill; we keep it until the bill is issued "
          "and paid (two weeks after the month ends), then delete it."_s,
          u"計算本月帳單需要本月的伺服器使用紀錄；我們會保留至帳單發出並繳付後（即月底後兩星期），然後刪除。"_s,
          u"计算本月账单需要本月的服务器使用记录；我们会保留到账单开出并付清为止（即月底后两周），然后删除。"_s}},
    };
    for (const Entry &e : entries)
        if (category == QStringView(e.category) && reason == QStringView(e.reason))
            return e.text.in(lang);
    return {};
}

QString PolicyContent::requestNote(const QString &key, Lang lang)
{
    static const LocalizedText cancelled{u"Cancelled at your request."_s, u"已應你的要求取消。"_s,
                                         u"已应你的要求取消。"_s};
    if (key == u"cancelled_by_you")
        return cancelled.in(lang);
    if (key == u"reply_received") {
        static const LocalizedText replied{u"You replied; we are looking at your request again."_s,
                                           u"你已回覆，我們正再次處理你的要求。"_s, u"你已回复，我们正在重新处理你的请求。"_s};
        return replied.in(lang);
    }
    if (key == u"account_closing") {
        const QString days = QString::number(pd::limits::kAccountClosingGraceDays);
        static const LocalizedText closing{
            u"Your account closes %1 days after this date. Until then you can still sign in and download your data."_s,
            u"你的帳戶會在此日期後 %1 日關閉。在此之前，你仍可登入並下載你的資料。"_s,
            u"你的账户将在此日期后 %1 天关闭。在此之前，你仍可登录并下载你的数据。"_s};
        return closing.in(lang).arg(days);
    }
    return {};
}

QString PolicyContent::exportAbout(Lang lang)
{
    static const LocalizedText about{
        u"Everything Hong Kong Cloud holds about your account, as of generated_at: your account, personal details, "
        "payment methods (masked, as we hold them), devices, cookies, consents and receipts, the policy versions you "
        "accepted, the security incidents and disclosures to authorities we told you about, your requests and "
        "attachments (metadata; the files are the ones you sent), changes you made to your details, and your usage "
        "logs. A usage log with more than 5000 events is given as its total count plus the most recent 1000 "
        "events (see usage.*.complete); ask customer service for the full log. purposes, sharing and retention "
        "describe how this data is used, who receives it and how long it is kept."_s,
        u"截至 generated_at 的時間，Hong Kong Cloud 所持有關於你帳戶的一切資料：你的帳戶、個人資料、付款方式"
        "（部分內容已遮蓋，與我們所持有的相同）、裝置、Cookie、同意及收據、你接受過的私隱政策版本、我們已通知你的"
        "保安事故及向當局披露資料的紀錄、你的要求和附件（只列出檔案資料；"
        "檔案本身就是你傳送的那些）、你對個人資料所作的更改，以及你的使用紀錄。如使用紀錄超過 5000 項，"
        "只會提供總數及最近的 1000 項（見 usage.*.complete）；如需完整紀錄，請聯絡客戶服務。purposes、"
        "sharing 和 retention 說明這些資料的用途、會交給誰，以及保存多久。"_s,
        u"截至 generated_at 的时间，Hong Kong Cloud 持有的与你账户有关的全部数据：你的账户、个人信息、付款方式"
        "（已部分隐藏，与我们持有的一致）、设备、Cookie、同意及回执、你接受过的隐私政策版本、我们已告知你的"
        "安全事件及向有关部门披露数据的记录、你的请求和附件（仅列出文件信息；"
        "文件本身即你发送的那些）、你对个人信息所做的更改，以及你的使用记录。使用记录超过 5000 条时，"
        "只提供总数和最近的 1000 条（见 usage.*.complete）；如需完整记录，请联系客服。purposes、"
        "sharing 和 retention 说明这些数据的用途、提供给谁以及保存多久。"_s};
    return about.in(lang);
}

} // namespace pd::provider
