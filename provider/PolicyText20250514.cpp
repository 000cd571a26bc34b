// SPDX-License-Identifier: GPL-3.0-or-later
// The privacy policy, version 2025-05-14, in the project's own plain words (the seed text is the
// source of what it says, not of how it says it). English governs; the Chinese texts translate it.
#include "PolicyText.h"

namespace pd::provider {

using namespace Qt::StringLiterals;

namespace {

PolicyParagraphText para(const QString &en, const QString &zhHK, const QString &zhCN)
{
    return {{en, zhHK, zhCN}, {}};
}

} // namespace

const PolicyVersionText &PolicyText::v20250514()
{
    static const PolicyVersionText text{
        u"2025-05-14"_s,
        {
            {u"I"_s,
             {u"What we collect"_s, u"我們收集甚麼"_s, u"我们收集什么"_s},
             {para(u"When you open an account we keep what you tell us: your name, mobile number, email address, "
                   "postal address, your password (only as a one-way hash) and how you pay."_s,
                   u"你開設帳戶時，我們會保存你提供的資料：你的姓名、流動電話號碼、電郵地址、郵寄地址、"
                   "你的密碼（只以單向雜湊值保存）及付款方式。"_s,
                   u"你开设账户时，我们会保存你提供的信息：你的姓名、手机号码、电子邮箱、邮寄地址、"
                   "你的密码（仅以单向哈希值保存）以及付款方式。"_s),
              para(u"While you use our cloud servers we record when you sign in to a server, for how long, the "
                   "traffic it uses and how busy its processor, memory and disk are. For domains we record your "
                   "searches, registrations, purchases, renewals, transfers and DNS changes."_s,
                   u"你使用我們的雲端伺服器時，我們會記錄你何時登入伺服器、使用多久、所用的流量，以及處理器、"
                   "記憶體和磁碟的使用程度。網域方面，我們會記錄你的搜尋、註冊、購買、續期、轉移及 DNS 更改。"_s,
                   u"你使用我们的云服务器时，我们会记录你何时登录服务器、使用多长时间、所用流量，以及处理器、"
                   "内存和磁盘的使用情况。域名方面，我们会记录你的搜索、注册、购买、续费、转移和 DNS 变更。"_s),
              para(u"We also note the device and network you connect from (device type and model, system and "
                   "browser versions, a device identifier, IP address, operator and connection type), and we use "
                   "cookies, web beacons and local storage."_s,
                   u"我們亦會記下你用來連線的裝置和網絡（裝置類型及型號、系統和瀏覽器版本、裝置識別碼、IP 位址、"
                   "網絡營辦商及連線類型），並會使用 Cookie、網絡信標及本機儲存。"_s,
                   u"我们还会记录你用来连接的设备和网络（设备类型和型号、系统和浏览器版本、设备标识符、IP 地址、"
                   "网络运营商和连接类型），并会使用 Cookie、网络信标和本地存储。"_s)}},
            {u"II"_s,
             {u"How we use it"_s, u"我們如何使用資料"_s, u"我们如何使用信息"_s},
             {para(u"To run the services you bought: your account, orders, delivery, support and billing."_s,
                   u"用來提供你購買的服務：你的帳戶、訂單、送遞、支援及帳單。"_s,
                   u"用于提供你购买的服务：你的账户、订单、配送、支持和账单。"_s),
              para(u"To suggest upgrades or domains that fit how you use us, which you can switch off in your "
                   "account settings."_s,
                   u"按你的使用情況向你建議升級方案或網域；你可以在帳戶設定中關閉這項功能。"_s,
                   u"根据你的使用情况向你推荐升级方案或域名；你可以在账户设置中关闭此功能。"_s),
              para(u"To keep accounts safe, for example by spotting unusual sign-ins. And to meet legal duties and "
                   "settle disputes."_s,
                   u"保障帳戶安全，例如找出不尋常的登入。以及履行法律責任和解決爭議。"_s,
                   u"保障账户安全，例如发现异常登录。以及履行法律义务和解决争议。"_s)}},
            {u"III"_s,
             {u"Who we share it with"_s, u"我們與誰分享資料"_s, u"我们与谁共享信息"_s},
             {para(u"Only what each task needs, with payment processors, technical support contractors, delivery "
                   "companies and analytics providers, all bound by confidentiality agreements."_s,
                   u"我們只會分享每項工作所需的資料，對象是支付處理商、技術支援承辦商、速遞公司及數據分析服務供應商，"
                   "他們全都受保密協議約束。"_s,
                   u"我们只共享每项工作所需的信息，对象是支付服务商、技术支持外包服务商、快递公司和数据分析服务商，"
                   "他们都受保密协议约束。"_s),
              para(u"We disclose data when the law or a court or regulator requires it, and tell you when we are "
                   "allowed to."_s,
                   u"當法律、法院或監管機構要求時，我們會披露資料，並在法律容許時通知你。"_s,
                   u"当法律、法院或监管机构要求时，我们会披露信息，并在法律允许时通知你。"_s),
              para(u"If the business is sold or merged, the new owner must keep to this policy or ask for your "
                   "agreement to a new one."_s,
                   u"如業務被出售或合併，新東主必須遵守本政策，或就新政策徵求你的同意。"_s,
                   u"如业务被出售或合并，新所有者必须遵守本政策，或就新政策征求你的同意。"_s)}},
            {u"IV"_s,
             {u"How long we keep it"_s, u"我們保存資料多久"_s, u"我们保存信息多久"_s},
             {para(u"As long as the service and the law need it: order records for a while after the order is "
                   "complete, account details while the account exists and for a period after it is closed."_s,
                   u"按服務和法律所需的時間保存：訂單紀錄在訂單完成後保存一段時間，帳戶資料在帳戶存在期間"
                   "及關閉後的一段時間內保存。"_s,
                   u"按服务和法律所需的时间保存：订单记录在订单完成后保存一段时间，账户信息在账户存续期间"
                   "及注销后的一段时间内保存。"_s),
              para(u"Records of your server sign-ins and server usage are kept for 2 years from each sign-in."_s,
                   u"你登入及使用伺服器的紀錄，由每次登入起計保存 2 年。"_s,
                   u"你登录和使用服务器的记录，自每次登录起保存 2 年。"_s),
              para(u"After that we delete the data or make it anonymous."_s,
                   u"之後我們會刪除資料，或把資料匿名化。"_s,
                   u"之后我们会删除数据，或将数据匿名化。"_s)}},
            {u"V"_s,
             {u"How we protect it"_s, u"我們如何保護資料"_s, u"我们如何保护信息"_s},
             {para(u"Encryption in transit, hashed passwords, access limited to the staff who need it, regular "
                   "training and security reviews."_s,
                   u"傳輸時加密、密碼以雜湊值保存、只有需要的職員才可查閱，並定期培訓及進行安全檢查。"_s,
                   u"传输时加密、密码以哈希值保存、仅限需要的员工访问，并定期培训和进行安全审查。"_s),
              para(u"No system is perfectly safe; if a breach happens we act at once and tell you what happened "
                   "and what we did, as the law requires."_s,
                   u"沒有系統是絕對安全的；如發生資料外洩，我們會立即採取行動，並按法律規定告訴你發生了甚麼事，"
                   "以及我們做了甚麼。"_s,
                   u"没有系统是绝对安全的；如发生数据泄露，我们会立即采取行动，并按法律规定告诉你发生了什么，"
                   "以及我们做了什么。"_s)}},
            {u"VI"_s,
             {u"Your rights"_s, u"你的權利"_s, u"你的权利"_s},
             {para(u"You can see the data we hold about you, correct what is wrong, and ask us to delete it (some "
                   "records must be kept for a legal period first, and we then limit their use)."_s,
                   u"你可以查看我們持有關於你的資料、更正錯誤的資料，以及要求我們刪除資料（部分紀錄須先按法律"
                   "保存一段時間，期間我們會限制其用途）。"_s,
                   u"你可以查看我们持有的关于你的数据、更正错误的数据，以及要求我们删除数据（部分记录须先按法律"
                   "保存一段时间，期间我们会限制其使用）。"_s),
              para(u"You can withdraw consent you gave at any time, and complain or make suggestions through "
                   "customer service."_s,
                   u"你可隨時撤回你給予的同意，並可透過客戶服務提出投訴或建議。"_s,
                   u"你可以随时撤回你给予的同意，并可通过客服提出投诉或建议。"_s)}},
            {u"VII"_s,
             {u"Changes to this policy"_s, u"本政策的修改"_s, u"本政策的变更"_s},
             {para(u"We may update this policy. We publish the new version prominently and tell you, for example "
                   "by email or a notice on the site."_s,
                   u"我們可能會更新本政策。我們會在顯眼位置公布新版本並通知你，例如透過電郵或網站上的通告。"_s,
                   u"我们可能会更新本政策。我们会在显著位置公布新版本并通知你，例如通过电子邮件或网站公告。"_s),
              para(u"Using the services after a change means you accept it; if you do not, you can stop using them "
                   "and close your account."_s,
                   u"在政策修改後繼續使用服務，即表示你接受修改；如你不接受，可以停止使用服務並關閉帳戶。"_s,
                   u"在政策变更后继续使用服务，即表示你接受变更；如你不接受，可以停止使用服务并注销账户。"_s)}},
            {u"VIII"_s,
             {u"Contact us"_s, u"聯絡我們"_s, u"联系我们"_s},
             {para(u"Questions about this policy or your data: write to our customer service at service@cn2.hk or "
                   "call 4008889543."_s,
                   u"如對本政策或你的資料有任何疑問，請電郵至 service@cn2.hk 聯絡我們的客戶服務，或致電 4008889543。"_s,
                   u"如对本政策或你的数据有任何疑问，请发送邮件至 service@cn2.hk 联系我们的客服，或拨打 4008889543。"_s)}},
        },
        {},
    };
    return text;
}

} // namespace pd::provider
