<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Labels</name>
    <message>
        <source>Registration details</source>
        <translation>注册信息</translation>
    </message>
    <message>
        <source>Server usage</source>
        <translation>服务器使用记录</translation>
    </message>
    <message>
        <source>Domain activity</source>
        <translation>域名活动</translation>
    </message>
    <message>
        <source>Devices and networks</source>
        <translation>设备及网络</translation>
    </message>
    <message>
        <source>Cookies and similar technologies</source>
        <translation>Cookie 及类似技术</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>电子邮件地址</translation>
    </message>
    <message>
        <source>Contact address</source>
        <translation>联系地址</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Providing and maintaining your services</source>
        <translation>提供及维护你的服务</translation>
    </message>
    <message>
        <source>Personalised recommendations</source>
        <translation>个性化推荐</translation>
    </message>
    <message>
        <source>Keeping your account and our services secure</source>
        <translation>保障你的账户及我们服务的安全</translation>
    </message>
    <message>
        <source>Meeting legal duties and resolving disputes</source>
        <translation>履行法定义务及解决争议</translation>
    </message>
    <message>
        <source>Billing and payments</source>
        <translation>账单及付款</translation>
    </message>
    <message>
        <source>Analysing how the service is used</source>
        <translation>分析服务的使用情况</translation>
    </message>
    <message>
        <source>Needed to provide what you bought</source>
        <translation>提供你所购买的服务所需</translation>
    </message>
    <message>
        <source>Only with your consent</source>
        <translation>只在你同意下</translation>
    </message>
    <message>
        <source>Required by law</source>
        <translation>法律规定</translation>
    </message>
    <message>
        <source>Our legitimate interest</source>
        <translation>我们的合法利益</translation>
    </message>
    <message>
        <source>You gave it to us</source>
        <translation>由你提供</translation>
    </message>
    <message>
        <source>Collected automatically when you use the service</source>
        <translation>你使用服务时自动收集</translation>
    </message>
    <message>
        <source>From a third party</source>
        <translation>来自第三方</translation>
    </message>
    <message>
        <source>While your account exists</source>
        <translation>在你的账户存在期间</translation>
    </message>
    <message>
        <source>Payment processing</source>
        <translation>付款处理</translation>
    </message>
    <message>
        <source>Technical support</source>
        <translation>技术支持</translation>
    </message>
    <message>
        <source>Logistics and delivery</source>
        <translation>物流及配送</translation>
    </message>
    <message>
        <source>Data analysis</source>
        <translation>数据分析</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>电脑</translation>
    </message>
    <message>
        <source>Tablet</source>
        <translation>平板电脑</translation>
    </message>
    <message>
        <source>IMEI</source>
        <translation>IMEI</translation>
    </message>
    <message>
        <source>MAC address</source>
        <translation>MAC 地址</translation>
    </message>
    <message>
        <source>Device UUID</source>
        <translation>设备 UUID</translation>
    </message>
    <message>
        <source>Wi-Fi</source>
        <translation>Wi-Fi</translation>
    </message>
    <message>
        <source>Wired (Ethernet)</source>
        <translation>有线（以太网）</translation>
    </message>
    <message>
        <source>4G mobile</source>
        <translation>4G 移动网络</translation>
    </message>
    <message>
        <source>5G mobile</source>
        <translation>5G 移动网络</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Cookie</source>
        <translation>Cookie</translation>
    </message>
    <message>
        <source>Web beacon</source>
        <translation>网络信标</translation>
    </message>
    <message>
        <source>Local storage</source>
        <translation>本地存储</translation>
    </message>
    <message>
        <source>Essential</source>
        <translation>必要</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>偏好设置</translation>
    </message>
    <message>
        <source>Analytics</source>
        <translation>分析</translation>
    </message>
    <message>
        <source>Personalisation</source>
        <translation>个性化</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>注册</translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation>购买</translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation>续费</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>转移</translation>
    </message>
    <message>
        <source>DNS change</source>
        <translation>DNS 变更</translation>
    </message>
    <message>
        <source>after your account is closed</source>
        <translation>你的账户关闭后</translation>
    </message>
    <message>
        <source>after each event</source>
        <translation>每次事件发生后</translation>
    </message>
    <message>
        <source>after the order is completed</source>
        <translation>订单完成后</translation>
    </message>
    <message>
        <source>after the device was last seen</source>
        <translation>设备最后一次出现后</translation>
    </message>
    <message>
        <source>after it expires</source>
        <translation>到期后</translation>
    </message>
    <message>
        <source>the law requires us to keep it</source>
        <translation>法律规定我们须保留</translation>
    </message>
    <message>
        <source>needed for an order that is not finished</source>
        <translation>尚未完成的订单需要</translation>
    </message>
    <message>
        <source>needed to resolve a dispute</source>
        <translation>解决争议需要</translation>
    </message>
    <message>
        <source>Analytics cookies</source>
        <translation>分析用 Cookie</translation>
    </message>
    <message>
        <source>Marketing messages</source>
        <translation>营销信息</translation>
    </message>
    <message>
        <source>Product research</source>
        <translation>产品研究</translation>
    </message>
    <message>
        <source>no time at all</source>
        <translation>不保留</translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n 年</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n 个月</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n 周</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分钟</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n 秒</numerusform>
        </translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Until you close the browser</source>
        <translation>直到你关闭浏览器</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>two sentences</comment>
        <extracomment>Two sentences one after the other. Chinese writes them without a space: &quot;%1%2&quot;.</extracomment>
        <translation>%1%2</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <comment>list items</comment>
        <extracomment>Two items of a list in running text. Chinese: &quot;%1；%2&quot; or &quot;%1、%2&quot;.</extracomment>
        <translation>%1；%2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>label and value</comment>
        <extracomment>A value after its label, e.g. &quot;Email: a@example.com&quot;. Chinese uses a full-width colon: &quot;%1：%2&quot;.</extracomment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Data correction</source>
        <translation>数据更正</translation>
    </message>
    <message>
        <source>Deletion</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Complaint or suggestion</source>
        <translation>投诉或建议</translation>
    </message>
    <message>
        <source>Account cancellation</source>
        <translation>注销账户</translation>
    </message>
    <message>
        <source>Data access (copy of data)</source>
        <translation>查阅数据（数据副本）</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>已收到</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>审核中</translation>
    </message>
    <message>
        <source>Waiting for the customer</source>
        <translation>等待客户回复</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>Cancelled by the customer</source>
        <translation>客户已取消</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>今天到期</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>还剩 %n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>逾期 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (extended)</source>
        <translation>%1（已延期）</translation>
    </message>
    <message>
        <source>You</source>
        <translation>你</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>未分配</translation>
    </message>
    <message>
        <source>You asked us for help</source>
        <translation>你请求我们提供帮助</translation>
    </message>
    <message>
        <source>Handling one of your requests</source>
        <translation>处理你的某项请求</translation>
    </message>
    <message>
        <source>Security or fraud check</source>
        <translation>安全或欺诈检查</translation>
    </message>
    <message>
        <source>A legal duty</source>
        <translation>法律义务</translation>
    </message>
    <message>
        <source>Asked to see your data (waiting for your answer)</source>
        <translation>请求查看你的数据（等待你回复）</translation>
    </message>
    <message>
        <source>Opened access to your data</source>
        <translation>开启了对你数据的访问</translation>
    </message>
    <message>
        <source>You approved access</source>
        <translation>你批准了访问</translation>
    </message>
    <message>
        <source>You declined access</source>
        <translation>你拒绝了访问</translation>
    </message>
    <message>
        <source>Access request expired unanswered</source>
        <translation>访问请求未获回复，已过期</translation>
    </message>
    <message>
        <source>Access ended</source>
        <translation>访问已结束</translation>
    </message>
    <message>
        <source>Looked at your data</source>
        <translation>查看了你的数据</translation>
    </message>
    <message>
        <source>Read one of your requests</source>
        <translation>阅读了你的某项请求</translation>
    </message>
    <message>
        <source>Worked on one of your requests</source>
        <translation>处理了你的某项请求</translation>
    </message>
    <message>
        <source>Found you in a customer search</source>
        <translation>在客户搜索中找到了你</translation>
    </message>
    <message>
        <source>Was refused access</source>
        <translation>访问被拒绝</translation>
    </message>
    <message>
        <source>Privacy policy acceptance</source>
        <translation>接受隐私政策</translation>
    </message>
    <message>
        <source>Analytics under a pseudonym</source>
        <translation>以假名进行的分析</translation>
    </message>
    <message>
        <source>Training the support assistant</source>
        <translation>训练客户支持助手</translation>
    </message>
    <message>
        <source>Security incident</source>
        <translation>安全事件</translation>
    </message>
    <message>
        <source>Disclosure to an authority</source>
        <translation>向有关部门披露</translation>
    </message>
    <message>
        <source>Your data disclosed to %1</source>
        <translation>你的数据已被披露给%1</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>已读</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>未读</translation>
    </message>
    <message>
        <source>Change your password, and anywhere else you used the same one.</source>
        <translation>请更改你的密码；如你在其他地方使用了相同的密码，也请一并更改。</translation>
    </message>
    <message>
        <source>Watch for e-mails, messages or calls that pretend to be from Hong Kong Cloud and ask for your password or payment details. We never ask for them.</source>
        <translation>警惕假冒 Hong Kong Cloud 的电子邮件、消息或来电索要你的密码或付款信息。我们从不会索要这些信息。</translation>
    </message>
    <message>
        <source>Look through the Devices tab for devices or places you do not recognise.</source>
        <translation>查看“设备”标签页，留意有没有你不认识的设备或地点。</translation>
    </message>
    <message>
        <source>Check your card and payment statements for charges you did not make.</source>
        <translation>检查你的银行卡和付款账单，留意有没有不是你本人产生的扣款。</translation>
    </message>
</context>
<context>
    <name>pd::AccessLogModel</name>
    <message>
        <source>Lasted %1</source>
        <translation>持续 %1</translation>
    </message>
    <message>
        <source>Lasted %1 (%2 allowed)</source>
        <translation>持续 %1（允许 %2）</translation>
    </message>
    <message>
        <source>Up to %1</source>
        <translation>最长 %1</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>What</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Ticket or request</source>
        <translation>工单或请求</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>How long</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>Their explanation</source>
        <translation>对方的说明</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>Log entry</source>
        <translation>日志条目</translation>
    </message>
    <message>
        <source>Entry %1 of your access log has changed at Hong Kong Cloud since this app first saw it. An entry should never change; this app keeps the version it saw first.</source>
        <translation>你的访问日志第 %1 条在 Hong Kong Cloud 上的内容，与本应用首次看到时不同。条目不应被更改；本应用保留首次看到的版本。</translation>
    </message>
    <message>
        <source>Entry %1 of your access log, which this app saw earlier, is no longer in the log at Hong Kong Cloud. An entry should never be removed; this app keeps its copy.</source>
        <translation>本应用之前看到的你的访问日志第 %1 条，已不在 Hong Kong Cloud 的日志中。条目不应被删除；本应用保留其副本。</translation>
    </message>
    <message>
        <source>Your access log at Hong Kong Cloud does not add up from entry %1 on: an entry was altered, removed, inserted or moved.</source>
        <translation>你在 Hong Kong Cloud 的访问日志从第 %1 条起对不上：有条目被更改、删除、插入或移动。</translation>
    </message>
    <message>
        <source>Hong Kong Cloud&apos;s signed statement of your access log went back to entry %1, after this app had seen a later one: the log may have been rolled back.</source>
        <translation>Hong Kong Cloud 对你访问日志的签名声明回退到第 %1 条，而本应用之前已看到更新的条目：日志可能已被回滚。</translation>
    </message>
    <message>
        <source>Hong Kong Cloud&apos;s signed statement of your access log does not match the log at entry %1.</source>
        <translation>Hong Kong Cloud 对你访问日志的签名声明与第 %1 条日志不符。</translation>
    </message>
    <message>
        <source>Hong Kong Cloud now signs your access log with a different key than before.</source>
        <translation>Hong Kong Cloud 现在用与之前不同的密钥为你的访问日志签名。</translation>
    </message>
    <message>
        <source>No staff member has looked at your data.</source>
        <translation>没有工作人员查看过你的数据。</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) from %1; the newest on %2.</source>
        <translation>
            <numerusform>自 %1 起共 %n 条记录；最新一条在 %2。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n staff member(s)</source>
        <translation>
            <numerusform>%n 名工作人员</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, warning: see details</source>
        <translation>%1，警告：请查看详情</translation>
    </message>
</context>
<context>
    <name>pd::CookiesModel</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>用途</translation>
    </message>
    <message>
        <source>Set by</source>
        <translation>设置者</translation>
    </message>
    <message>
        <source>Kept for</source>
        <translation>保留期</translation>
    </message>
    <message>
        <source>Needs your consent</source>
        <translation>需要你的同意</translation>
    </message>
</context>
<context>
    <name>pd::DevicesModel</name>
    <message>
        <source>Device type</source>
        <translation>设备类型</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>型号</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>操作系统</translation>
    </message>
    <message>
        <source>Browser</source>
        <translation>浏览器</translation>
    </message>
    <message>
        <source>Identifiers</source>
        <translation>标识符</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>IP 地址</translation>
    </message>
    <message>
        <source>Network operator</source>
        <translation>网络运营商</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>首次出现</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>最后出现</translation>
    </message>
    <message>
        <source>%1 %2 (partly hidden)</source>
        <translation>%1 %2（部分隐藏）</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>pd::DomainUsageModel</name>
    <message>
        <source>Domain</source>
        <translation>域名</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>发生了什么</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>pd::NoticesModel</name>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>What</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Latest news</source>
        <translation>最新消息</translation>
    </message>
    <message>
        <source>Read here</source>
        <translation>已在本机阅读</translation>
    </message>
</context>
<context>
    <name>pd::PersonalModel</name>
    <message>
        <source>%1 %2</source>
        <translation>%2 %1</translation>
    </message>
    <message>
        <source>Not shown: last changed %1</source>
        <translation>不显示：最后更改于 %1</translation>
    </message>
    <message>
        <source>%1 ending %2</source>
        <translation>%1，尾号 %2</translation>
    </message>
    <message>
        <source>%1 ending %2, expires %3</source>
        <translation>%1，尾号 %2，%3 到期</translation>
    </message>
    <message>
        <source>%1 account %2</source>
        <translation>%1 账户 %2</translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation>付款方式</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>You can edit this</source>
        <translation>你可以自行修改</translation>
    </message>
    <message>
        <source>Ask us to correct this</source>
        <translation>请我们更正</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>What we hold</source>
        <translation>我们持有的数据</translation>
    </message>
    <message>
        <source>Changing it</source>
        <translation>如何更改</translation>
    </message>
    <message>
        <source>Used for</source>
        <translation>用途</translation>
    </message>
    <message>
        <source>Why we may</source>
        <translation>我们可使用的理由</translation>
    </message>
    <message>
        <source>Where it came from</source>
        <translation>数据来源</translation>
    </message>
    <message>
        <source>Kept for</source>
        <translation>保留期</translation>
    </message>
    <message>
        <source>Last updated</source>
        <translation>最后更新</translation>
    </message>
    <message>
        <source>Change it in your account settings</source>
        <translation>请在你的账户设置中更改</translation>
    </message>
</context>
<context>
    <name>pd::RequestsModel</name>
    <message>
        <source>Correction</source>
        <translation>更正</translation>
    </message>
    <message>
        <source>Deletion</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Complaint or suggestion</source>
        <translation>投诉或建议</translation>
    </message>
    <message>
        <source>Account cancellation</source>
        <translation>取消账户</translation>
    </message>
    <message>
        <source>Copy of your data</source>
        <translation>你的数据副本</translation>
    </message>
    <message>
        <source>Change of details</source>
        <translation>更改信息</translation>
    </message>
    <message>
        <source>Consent change</source>
        <translation>同意变更</translation>
    </message>
    <message>
        <source>Cancelling a request</source>
        <translation>撤回请求</translation>
    </message>
    <message>
        <source>Saved on this computer, waiting to send</source>
        <translation>已保存在这台电脑，等待发送</translation>
    </message>
    <message>
        <source>Not accepted: needs your attention</source>
        <translation>未获接受：需要你处理</translation>
    </message>
    <message>
        <source>Changed elsewhere: choose which value to keep</source>
        <translation>已在别处更改：请选择保留哪个值</translation>
    </message>
    <message>
        <source>Received by Hong Kong Cloud</source>
        <translation>Hong Kong Cloud 已收到</translation>
    </message>
    <message>
        <source>Being reviewed</source>
        <translation>审核中</translation>
    </message>
    <message>
        <source>More information needed</source>
        <translation>需要更多信息</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Everything we hold</source>
        <translation>我们持有的全部数据</translation>
    </message>
    <message>
        <source>Some of: %1</source>
        <translation>部分：%1</translation>
    </message>
    <message>
        <source>Your account</source>
        <translation>你的账户</translation>
    </message>
    <message>
        <source>Request %1</source>
        <translation>请求 %1</translation>
    </message>
    <message>
        <source>Hong Kong Cloud says: %1</source>
        <translation>Hong Kong Cloud 回复：%1</translation>
    </message>
    <message>
        <source>Answer date extended to %1: %2</source>
        <translation>回复日期延至 %1：%2</translation>
    </message>
    <message>
        <source>Kept and restricted: %1 (%2) until %3</source>
        <translation>保留但限制使用：%1（%2），直到 %3</translation>
    </message>
    <message>
        <source>Saved on this computer %1</source>
        <translation>于 %1 保存在这台电脑</translation>
    </message>
    <message numerus="yes">
        <source>Tried %n time(s); will try again automatically.</source>
        <translation>
            <numerusform>已尝试 %n 次，稍后会自动再试。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1（已逾期）</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>请求</translation>
    </message>
    <message>
        <source>About</source>
        <translation>关于</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>提出日期</translation>
    </message>
    <message>
        <source>Answer due by</source>
        <translation>答复期限</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>status and note</comment>
        <extracomment>A request&apos;s status with the note Hong Kong Cloud added, e.g. &quot;In review (documents checked)&quot;.</extracomment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Ask me first (staff access)</source>
        <translation>先征求我的同意（工作人员访问）</translation>
    </message>
    <message>
        <source>Answer to a staff access request</source>
        <translation>回复工作人员的访问请求</translation>
    </message>
    <message>
        <source>Reply to a request</source>
        <translation>回复请求</translation>
    </message>
    <message>
        <source>Switch on</source>
        <translation>开启</translation>
    </message>
    <message>
        <source>Switch off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Approve %1</source>
        <translation>批准 %1</translation>
    </message>
    <message>
        <source>Decline %1</source>
        <translation>拒绝 %1</translation>
    </message>
    <message>
        <source>Hong Kong Cloud</source>
        <translation>Hong Kong Cloud</translation>
    </message>
    <message>
        <source>You</source>
        <translation>你</translation>
    </message>
    <message>
        <source>%1 asked: %2</source>
        <translation>%1 提问：%2</translation>
    </message>
    <message>
        <source>%1 answered: %2</source>
        <translation>%1 回答：%2</translation>
    </message>
    <message>
        <source>%1 replied: %2</source>
        <translation>%1 回复：%2</translation>
    </message>
    <message>
        <source>%1 wrote: %2</source>
        <translation>%1 写道：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) attached.</source>
        <translation>
            <numerusform>附有 %n 个文件。</numerusform>
        </translation>
    </message>
    <message>
        <source>Detail to correct</source>
        <translation>要更正的资料</translation>
    </message>
    <message>
        <source>New value asked for</source>
        <translation>要求的新值</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>建议</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>To delete</source>
        <translation>要删除的内容</translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation>从 %1 到 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n chosen record(s)</source>
        <translation>
            <numerusform>已选 %n 条记录</numerusform>
        </translation>
    </message>
    <message>
        <source>Close the account</source>
        <translation>关闭账户</translation>
    </message>
    <message>
        <source>A copy of all the data we hold</source>
        <translation>我们持有的所有数据的副本</translation>
    </message>
    <message>
        <source>Acceptance of the privacy policy</source>
        <translation>接受隐私政策</translation>
    </message>
    <message>
        <source>Privacy policy of %1</source>
        <extracomment>%1 is the version of the privacy policy, a date such as 2026-12-01.</extracomment>
        <translation>%1 版隐私政策</translation>
    </message>
    <message>
        <source>Accepting the policy gives no consent: each consent stays as you set it.</source>
        <translation>接受政策并不等于给予同意：每项同意保持你的设置。</translation>
    </message>
</context>
<context>
    <name>pd::ServerUsageModel</name>
    <message>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>Signed in at</source>
        <translation>登录时间</translation>
    </message>
    <message>
        <source>Session length</source>
        <translation>会话时长</translation>
    </message>
    <message>
        <source>Traffic</source>
        <translation>流量</translation>
    </message>
    <message>
        <source>CPU use</source>
        <translation>CPU 使用率</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>内存</translation>
    </message>
    <message>
        <source>Disk space</source>
        <translation>磁盘空间</translation>
    </message>
    <message>
        <source>Server %1, signed in %2</source>
        <translation>服务器 %1，登录于 %2</translation>
    </message>
</context>
<context>
    <name>pd::SignIn</name>
    <message>
        <source>Not understood</source>
        <translation>无法理解</translation>
    </message>
    <message>
        <source>This address only receives the sign-in redirect.</source>
        <translation>此地址只用于接收登录后的重定向。</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>找不到</translation>
    </message>
    <message>
        <source>Sign-in not accepted</source>
        <translation>登录未被接受</translation>
    </message>
    <message>
        <source>This sign-in did not come from the request Privacy Dashboard made, so it was refused. Return to the app and try again.</source>
        <translation>这次登录并非来自 Privacy Dashboard 发出的请求，因此已被拒绝。请返响应用再试一次。</translation>
    </message>
    <message>
        <source>Sign-in cancelled</source>
        <translation>已取消登录</translation>
    </message>
    <message>
        <source>You did not sign in. You can close this tab and return to Privacy Dashboard.</source>
        <translation>你没有登录。你可以关闭此标签页，返回 Privacy Dashboard。</translation>
    </message>
    <message>
        <source>The sign-in answer was incomplete. Return to Privacy Dashboard and try again.</source>
        <translation>登录回复不完整。请返回 Privacy Dashboard 再试一次。</translation>
    </message>
    <message>
        <source>You are signed in</source>
        <translation>你已登录</translation>
    </message>
    <message>
        <source>You can close this tab and return to Privacy Dashboard.</source>
        <translation>你可以关闭此标签页，返回 Privacy Dashboard。</translation>
    </message>
</context>
<context>
    <name>pd::StaffQueueModel</name>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>请求</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>已收到</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>剩余天数</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>负责人</translation>
    </message>
</context>
</TS>
