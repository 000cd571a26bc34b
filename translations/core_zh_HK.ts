<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_HK">
<context>
    <name>Labels</name>
    <message>
        <source>Registration details</source>
        <translation>註冊資料</translation>
    </message>
    <message>
        <source>Server usage</source>
        <translation>伺服器使用記錄</translation>
    </message>
    <message>
        <source>Domain activity</source>
        <translation>網域活動</translation>
    </message>
    <message>
        <source>Devices and networks</source>
        <translation>裝置及網絡</translation>
    </message>
    <message>
        <source>Cookies and similar technologies</source>
        <translation>Cookie 及類似技術</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation>流動電話</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>電郵地址</translation>
    </message>
    <message>
        <source>Contact address</source>
        <translation>聯絡地址</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密碼</translation>
    </message>
    <message>
        <source>Providing and maintaining your services</source>
        <translation>提供及維護你的服務</translation>
    </message>
    <message>
        <source>Personalised recommendations</source>
        <translation>個人化推薦</translation>
    </message>
    <message>
        <source>Keeping your account and our services secure</source>
        <translation>保障你的帳戶及我們服務的安全</translation>
    </message>
    <message>
        <source>Meeting legal duties and resolving disputes</source>
        <translation>履行法律責任及解決爭議</translation>
    </message>
    <message>
        <source>Billing and payments</source>
        <translation>帳單及付款</translation>
    </message>
    <message>
        <source>Analysing how the service is used</source>
        <translation>分析服務的使用情況</translation>
    </message>
    <message>
        <source>Needed to provide what you bought</source>
        <translation>提供你所購買的服務所需</translation>
    </message>
    <message>
        <source>Only with your consent</source>
        <translation>只在你同意下</translation>
    </message>
    <message>
        <source>Required by law</source>
        <translation>法律規定</translation>
    </message>
    <message>
        <source>Our legitimate interest</source>
        <translation>我們的正當權益</translation>
    </message>
    <message>
        <source>You gave it to us</source>
        <translation>由你提供</translation>
    </message>
    <message>
        <source>Collected automatically when you use the service</source>
        <translation>你使用服務時自動收集</translation>
    </message>
    <message>
        <source>From a third party</source>
        <translation>來自第三方</translation>
    </message>
    <message>
        <source>While your account exists</source>
        <translation>在你的帳戶存在期間</translation>
    </message>
    <message>
        <source>Payment processing</source>
        <translation>付款處理</translation>
    </message>
    <message>
        <source>Technical support</source>
        <translation>技術支援</translation>
    </message>
    <message>
        <source>Logistics and delivery</source>
        <translation>物流及送貨</translation>
    </message>
    <message>
        <source>Data analysis</source>
        <translation>數據分析</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>電腦</translation>
    </message>
    <message>
        <source>Tablet</source>
        <translation>平板電腦</translation>
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
        <translation>裝置 UUID</translation>
    </message>
    <message>
        <source>Wi-Fi</source>
        <translation>Wi-Fi</translation>
    </message>
    <message>
        <source>Wired (Ethernet)</source>
        <translation>有線（乙太網絡）</translation>
    </message>
    <message>
        <source>4G mobile</source>
        <translation>4G 流動網絡</translation>
    </message>
    <message>
        <source>5G mobile</source>
        <translation>5G 流動網絡</translation>
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
        <translation>網絡信標</translation>
    </message>
    <message>
        <source>Local storage</source>
        <translation>本機儲存</translation>
    </message>
    <message>
        <source>Essential</source>
        <translation>必要</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>偏好設定</translation>
    </message>
    <message>
        <source>Analytics</source>
        <translation>分析</translation>
    </message>
    <message>
        <source>Personalisation</source>
        <translation>個人化</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜尋</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>註冊</translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation>購買</translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation>續期</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>轉移</translation>
    </message>
    <message>
        <source>DNS change</source>
        <translation>DNS 變更</translation>
    </message>
    <message>
        <source>after your account is closed</source>
        <translation>你的帳戶關閉後</translation>
    </message>
    <message>
        <source>after each event</source>
        <translation>每次事件發生後</translation>
    </message>
    <message>
        <source>after the order is completed</source>
        <translation>訂單完成後</translation>
    </message>
    <message>
        <source>after the device was last seen</source>
        <translation>裝置最後一次出現後</translation>
    </message>
    <message>
        <source>after it expires</source>
        <translation>到期後</translation>
    </message>
    <message>
        <source>the law requires us to keep it</source>
        <translation>法律規定我們須保留</translation>
    </message>
    <message>
        <source>needed for an order that is not finished</source>
        <translation>尚未完成的訂單需要</translation>
    </message>
    <message>
        <source>needed to resolve a dispute</source>
        <translation>解決爭議需要</translation>
    </message>
    <message>
        <source>Analytics cookies</source>
        <translation>分析用 Cookie</translation>
    </message>
    <message>
        <source>Marketing messages</source>
        <translation>推廣訊息</translation>
    </message>
    <message>
        <source>Product research</source>
        <translation>產品研究</translation>
    </message>
    <message>
        <source>no time at all</source>
        <translation>不作保留</translation>
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
            <numerusform>%n 個月</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n 星期</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 日</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小時 %2 分鐘</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n 分鐘</numerusform>
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
        <translation>不明</translation>
    </message>
    <message>
        <source>Until you close the browser</source>
        <translation>直至你關閉瀏覽器</translation>
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
        <translation>資料更正</translation>
    </message>
    <message>
        <source>Deletion</source>
        <translation>刪除</translation>
    </message>
    <message>
        <source>Complaint or suggestion</source>
        <translation>投訴或建議</translation>
    </message>
    <message>
        <source>Account cancellation</source>
        <translation>取消帳戶</translation>
    </message>
    <message>
        <source>Data access (copy of data)</source>
        <translation>查閱資料（資料副本）</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>已收到</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>審閱中</translation>
    </message>
    <message>
        <source>Waiting for the customer</source>
        <translation>等待客戶回覆</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已拒絕</translation>
    </message>
    <message>
        <source>Cancelled by the customer</source>
        <translation>客戶已取消</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>今天到期</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>尚餘 %n 天</numerusform>
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
        <translation>未指派</translation>
    </message>
    <message>
        <source>You asked us for help</source>
        <translation>你向我們尋求協助</translation>
    </message>
    <message>
        <source>Handling one of your requests</source>
        <translation>處理你的其中一項要求</translation>
    </message>
    <message>
        <source>Security or fraud check</source>
        <translation>保安或防欺詐檢查</translation>
    </message>
    <message>
        <source>A legal duty</source>
        <translation>法律責任</translation>
    </message>
    <message>
        <source>Asked to see your data (waiting for your answer)</source>
        <translation>要求查看你的資料（等待你回覆）</translation>
    </message>
    <message>
        <source>Opened access to your data</source>
        <translation>開啟了你資料的存取權</translation>
    </message>
    <message>
        <source>You approved access</source>
        <translation>你批准了存取</translation>
    </message>
    <message>
        <source>You declined access</source>
        <translation>你拒絕了存取</translation>
    </message>
    <message>
        <source>Access request expired unanswered</source>
        <translation>存取要求未獲回覆，已過期</translation>
    </message>
    <message>
        <source>Access ended</source>
        <translation>存取已結束</translation>
    </message>
    <message>
        <source>Looked at your data</source>
        <translation>查看了你的資料</translation>
    </message>
    <message>
        <source>Read one of your requests</source>
        <translation>閱讀了你的其中一項要求</translation>
    </message>
    <message>
        <source>Worked on one of your requests</source>
        <translation>處理了你的其中一項要求</translation>
    </message>
    <message>
        <source>Found you in a customer search</source>
        <translation>在客戶搜尋中找到你</translation>
    </message>
    <message>
        <source>Was refused access</source>
        <translation>存取被拒</translation>
    </message>
    <message>
        <source>Privacy policy acceptance</source>
        <translation>接受私隱政策</translation>
    </message>
    <message>
        <source>Analytics under a pseudonym</source>
        <translation>以化名進行的分析</translation>
    </message>
    <message>
        <source>Training the support assistant</source>
        <translation>訓練客戶支援助理</translation>
    </message>
    <message>
        <source>Security incident</source>
        <translation>保安事故</translation>
    </message>
    <message>
        <source>Disclosure to an authority</source>
        <translation>向當局披露</translation>
    </message>
    <message>
        <source>Your data disclosed to %1</source>
        <translation>你的資料已披露予%1</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>已讀</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>未讀</translation>
    </message>
    <message>
        <source>Change your password, and anywhere else you used the same one.</source>
        <translation>請更改你的密碼；如你在其他地方使用相同密碼，亦請一併更改。</translation>
    </message>
    <message>
        <source>Watch for e-mails, messages or calls that pretend to be from Hong Kong Cloud and ask for your password or payment details. We never ask for them.</source>
        <translation>提防假冒 Hong Kong Cloud 的電郵、訊息或來電索取你的密碼或付款資料。我們從不會索取這些資料。</translation>
    </message>
    <message>
        <source>Look through the Devices tab for devices or places you do not recognise.</source>
        <translation>查看「裝置」分頁，留意有沒有你不認識的裝置或地點。</translation>
    </message>
    <message>
        <source>Check your card and payment statements for charges you did not make.</source>
        <translation>檢查你的信用卡及付款結單，留意有沒有並非由你作出的收費。</translation>
    </message>
</context>
<context>
    <name>pd::AccessLogModel</name>
    <message>
        <source>Lasted %1</source>
        <translation>歷時 %1</translation>
    </message>
    <message>
        <source>Lasted %1 (%2 allowed)</source>
        <translation>歷時 %1（容許 %2）</translation>
    </message>
    <message>
        <source>Up to %1</source>
        <translation>最多 %1</translation>
    </message>
    <message>
        <source>When</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>人員</translation>
    </message>
    <message>
        <source>What</source>
        <translation>事項</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Ticket or request</source>
        <translation>個案或要求</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>資料</translation>
    </message>
    <message>
        <source>How long</source>
        <translation>歷時</translation>
    </message>
    <message>
        <source>Their explanation</source>
        <translation>對方的解釋</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步驟</translation>
    </message>
    <message>
        <source>Log entry</source>
        <translation>紀錄項目</translation>
    </message>
    <message>
        <source>Entry %1 of your access log has changed at Hong Kong Cloud since this app first saw it. An entry should never change; this app keeps the version it saw first.</source>
        <translation>自本應用程式首次看到後，你在 Hong Kong Cloud 的存取紀錄第 %1 項已被更改。紀錄項目不應被更改；本應用程式會保留首次看到的版本。</translation>
    </message>
    <message>
        <source>Entry %1 of your access log, which this app saw earlier, is no longer in the log at Hong Kong Cloud. An entry should never be removed; this app keeps its copy.</source>
        <translation>本應用程式早前看到的存取紀錄第 %1 項，已不在 Hong Kong Cloud 的紀錄中。紀錄項目不應被刪除；本應用程式會保留其副本。</translation>
    </message>
    <message>
        <source>Your access log at Hong Kong Cloud does not add up from entry %1 on: an entry was altered, removed, inserted or moved.</source>
        <translation>你在 Hong Kong Cloud 的存取紀錄由第 %1 項起對不上：有項目被更改、刪除、插入或移動。</translation>
    </message>
    <message>
        <source>Hong Kong Cloud&apos;s signed statement of your access log went back to entry %1, after this app had seen a later one: the log may have been rolled back.</source>
        <translation>本應用程式已看過較後的項目，但 Hong Kong Cloud 就你的存取紀錄簽署的聲明卻回到第 %1 項：紀錄可能已被回復至較早版本。</translation>
    </message>
    <message>
        <source>Hong Kong Cloud&apos;s signed statement of your access log does not match the log at entry %1.</source>
        <translation>Hong Kong Cloud 就你的存取紀錄簽署的聲明與紀錄第 %1 項不符。</translation>
    </message>
    <message>
        <source>Hong Kong Cloud now signs your access log with a different key than before.</source>
        <translation>Hong Kong Cloud 現在用與之前不同的金鑰簽署你的存取紀錄。</translation>
    </message>
    <message>
        <source>No staff member has looked at your data.</source>
        <translation>沒有職員查看過你的資料。</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) from %1; the newest on %2.</source>
        <translation>
            <numerusform>由 %1 起共 %n 項紀錄；最新一項在 %2。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n staff member(s)</source>
        <translation>
            <numerusform>%n 名職員</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, warning: see details</source>
        <translation>%1，警告：請查看詳情</translation>
    </message>
</context>
<context>
    <name>pd::CookiesModel</name>
    <message>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>用途</translation>
    </message>
    <message>
        <source>Set by</source>
        <translation>設定者</translation>
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
        <translation>裝置類型</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>型號</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>作業系統</translation>
    </message>
    <message>
        <source>Browser</source>
        <translation>瀏覽器</translation>
    </message>
    <message>
        <source>Identifiers</source>
        <translation>識別碼</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>IP 地址</translation>
    </message>
    <message>
        <source>Network operator</source>
        <translation>網絡營辦商</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>連線</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>首次出現</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>最後出現</translation>
    </message>
    <message>
        <source>%1 %2 (partly hidden)</source>
        <translation>%1 %2（部分隱藏）</translation>
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
        <translation>網域</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>發生了甚麼</translation>
    </message>
    <message>
        <source>When</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳情</translation>
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
        <translation>類別</translation>
    </message>
    <message>
        <source>What</source>
        <translation>事項</translation>
    </message>
    <message>
        <source>Latest news</source>
        <translation>最新消息</translation>
    </message>
    <message>
        <source>Read here</source>
        <translation>已在本機閱讀</translation>
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
        <translation>不顯示：最後更改於 %1</translation>
    </message>
    <message>
        <source>%1 ending %2</source>
        <translation>%1，尾號 %2</translation>
    </message>
    <message>
        <source>%1 ending %2, expires %3</source>
        <translation>%1，尾號 %2，%3 到期</translation>
    </message>
    <message>
        <source>%1 account %2</source>
        <translation>%1 帳戶 %2</translation>
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
        <translation>請我們更正</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>What we hold</source>
        <translation>我們持有的資料</translation>
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
        <translation>我們可使用的理由</translation>
    </message>
    <message>
        <source>Where it came from</source>
        <translation>資料來源</translation>
    </message>
    <message>
        <source>Kept for</source>
        <translation>保留期</translation>
    </message>
    <message>
        <source>Last updated</source>
        <translation>最後更新</translation>
    </message>
    <message>
        <source>Change it in your account settings</source>
        <translation>請在你的帳戶設定中更改</translation>
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
        <translation>刪除</translation>
    </message>
    <message>
        <source>Complaint or suggestion</source>
        <translation>投訴或建議</translation>
    </message>
    <message>
        <source>Account cancellation</source>
        <translation>取消帳戶</translation>
    </message>
    <message>
        <source>Copy of your data</source>
        <translation>你的資料副本</translation>
    </message>
    <message>
        <source>Change of details</source>
        <translation>更改資料</translation>
    </message>
    <message>
        <source>Consent change</source>
        <translation>同意變更</translation>
    </message>
    <message>
        <source>Cancelling a request</source>
        <translation>撤回要求</translation>
    </message>
    <message>
        <source>Saved on this computer, waiting to send</source>
        <translation>已儲存在這部電腦，等待傳送</translation>
    </message>
    <message>
        <source>Not accepted: needs your attention</source>
        <translation>未獲接納：需要你處理</translation>
    </message>
    <message>
        <source>Changed elsewhere: choose which value to keep</source>
        <translation>已在別處更改：請選擇保留哪個值</translation>
    </message>
    <message>
        <source>Received by Hong Kong Cloud</source>
        <translation>Hong Kong Cloud 已收到</translation>
    </message>
    <message>
        <source>Being reviewed</source>
        <translation>審核中</translation>
    </message>
    <message>
        <source>More information needed</source>
        <translation>需要更多資料</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已拒絕</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Everything we hold</source>
        <translation>我們持有的全部資料</translation>
    </message>
    <message>
        <source>Some of: %1</source>
        <translation>部分：%1</translation>
    </message>
    <message>
        <source>Your account</source>
        <translation>你的帳戶</translation>
    </message>
    <message>
        <source>Request %1</source>
        <translation>要求 %1</translation>
    </message>
    <message>
        <source>Hong Kong Cloud says: %1</source>
        <translation>Hong Kong Cloud 回覆：%1</translation>
    </message>
    <message>
        <source>Answer date extended to %1: %2</source>
        <translation>回覆日期延至 %1：%2</translation>
    </message>
    <message>
        <source>Kept and restricted: %1 (%2) until %3</source>
        <translation>保留但限制使用：%1（%2），直至 %3</translation>
    </message>
    <message>
        <source>Saved on this computer %1</source>
        <translation>於 %1 儲存在這部電腦</translation>
    </message>
    <message numerus="yes">
        <source>Tried %n time(s); will try again automatically.</source>
        <translation>
            <numerusform>已嘗試 %n 次，稍後會自動再試。</numerusform>
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
        <translation>要求</translation>
    </message>
    <message>
        <source>About</source>
        <translation>關於</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>提出日期</translation>
    </message>
    <message>
        <source>Answer due by</source>
        <translation>回覆限期</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>status and note</comment>
        <extracomment>A request&apos;s status with the note Hong Kong Cloud added, e.g. &quot;In review (documents checked)&quot;.</extracomment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Ask me first (staff access)</source>
        <translation>先問我（職員存取）</translation>
    </message>
    <message>
        <source>Answer to a staff access request</source>
        <translation>回覆職員存取要求</translation>
    </message>
    <message>
        <source>Reply to a request</source>
        <translation>回覆要求</translation>
    </message>
    <message>
        <source>Switch on</source>
        <translation>開啟</translation>
    </message>
    <message>
        <source>Switch off</source>
        <translation>關閉</translation>
    </message>
    <message>
        <source>Approve %1</source>
        <translation>批准 %1</translation>
    </message>
    <message>
        <source>Decline %1</source>
        <translation>拒絕 %1</translation>
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
        <translation>%1 問：%2</translation>
    </message>
    <message>
        <source>%1 answered: %2</source>
        <translation>%1 答：%2</translation>
    </message>
    <message>
        <source>%1 replied: %2</source>
        <translation>%1 回覆：%2</translation>
    </message>
    <message>
        <source>%1 wrote: %2</source>
        <translation>%1 寫道：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) attached.</source>
        <translation>
            <numerusform>附有 %n 個檔案。</numerusform>
        </translation>
    </message>
    <message>
        <source>Detail to correct</source>
        <translation>要更正的資料</translation>
    </message>
    <message>
        <source>New value asked for</source>
        <translation>要求的新資料</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>建議</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>投訴</translation>
    </message>
    <message>
        <source>To delete</source>
        <translation>要刪除</translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation>由 %1 至 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n chosen record(s)</source>
        <translation>
            <numerusform>已選 %n 項紀錄</numerusform>
        </translation>
    </message>
    <message>
        <source>Close the account</source>
        <translation>關閉帳戶</translation>
    </message>
    <message>
        <source>A copy of all the data we hold</source>
        <translation>我們持有的所有資料的副本</translation>
    </message>
    <message>
        <source>Acceptance of the privacy policy</source>
        <translation>接受私隱政策</translation>
    </message>
    <message>
        <source>Privacy policy of %1</source>
        <extracomment>%1 is the version of the privacy policy, a date such as 2026-12-01.</extracomment>
        <translation>%1 版私隱政策</translation>
    </message>
    <message>
        <source>Accepting the policy gives no consent: each consent stays as you set it.</source>
        <translation>接受政策並不等於給予同意：每項同意維持你的設定。</translation>
    </message>
</context>
<context>
    <name>pd::ServerUsageModel</name>
    <message>
        <source>Server</source>
        <translation>伺服器</translation>
    </message>
    <message>
        <source>Signed in at</source>
        <translation>登入時間</translation>
    </message>
    <message>
        <source>Session length</source>
        <translation>連線時長</translation>
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
        <translation>記憶體</translation>
    </message>
    <message>
        <source>Disk space</source>
        <translation>磁碟空間</translation>
    </message>
    <message>
        <source>Server %1, signed in %2</source>
        <translation>伺服器 %1，登入於 %2</translation>
    </message>
</context>
<context>
    <name>pd::SignIn</name>
    <message>
        <source>Not understood</source>
        <translation>無法理解</translation>
    </message>
    <message>
        <source>This address only receives the sign-in redirect.</source>
        <translation>此地址只用於接收登入後的重新導向。</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>找不到</translation>
    </message>
    <message>
        <source>Sign-in not accepted</source>
        <translation>登入不獲接納</translation>
    </message>
    <message>
        <source>This sign-in did not come from the request Privacy Dashboard made, so it was refused. Return to the app and try again.</source>
        <translation>這次登入並非來自 Privacy Dashboard 發出的要求，因此已被拒絕。請返回應用程式再試一次。</translation>
    </message>
    <message>
        <source>Sign-in cancelled</source>
        <translation>已取消登入</translation>
    </message>
    <message>
        <source>You did not sign in. You can close this tab and return to Privacy Dashboard.</source>
        <translation>你沒有登入。你可以關閉此分頁，返回 Privacy Dashboard。</translation>
    </message>
    <message>
        <source>The sign-in answer was incomplete. Return to Privacy Dashboard and try again.</source>
        <translation>登入回覆不完整。請返回 Privacy Dashboard 再試一次。</translation>
    </message>
    <message>
        <source>You are signed in</source>
        <translation>你已登入</translation>
    </message>
    <message>
        <source>You can close this tab and return to Privacy Dashboard.</source>
        <translation>你可以關閉此分頁，返回 Privacy Dashboard。</translation>
    </message>
</context>
<context>
    <name>pd::StaffQueueModel</name>
    <message>
        <source>Customer</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>要求</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>已收到</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>剩餘日數</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>負責人</translation>
    </message>
</context>
</TS>
