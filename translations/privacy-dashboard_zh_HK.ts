<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_HK">
<context>
    <name>AuditTableModel</name>
    <message>
        <source>Entry</source>
        <translation>項目</translation>
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
        <source>Customer</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>Reason</source>
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
        <source>Entry %1</source>
        <translation>第 %1 項</translation>
    </message>
    <message>
        <source>Hong Kong Cloud (automatic)</source>
        <translation>Hong Kong Cloud（自動）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>無</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>主管</translation>
    </message>
    <message>
        <source>staff</source>
        <translation>職員</translation>
    </message>
    <message>
        <source>customer</source>
        <translation>客戶</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>Enter the address of your provider, for example https://privacy.hkcloud.example.</source>
        <translation>請輸入服務供應商的地址，例如 https://privacy.hkcloud.example。</translation>
    </message>
    <message>
        <source>This address uses plain http://, which is only allowed for this computer (127.0.0.1). Use https://.</source>
        <translation>此地址使用未加密的 http://，只容許用於這部電腦（127.0.0.1）。請使用 https://。</translation>
    </message>
    <message>
        <source>This is not a web address. It should start with https://, for example https://privacy.hkcloud.example.</source>
        <translation>這不是網址。網址應以 https:// 開頭，例如 https://privacy.hkcloud.example。</translation>
    </message>
    <message>
        <source>This address starts with %1://. Only https:// addresses can be used.</source>
        <translation>此地址以 %1:// 開頭。只可使用 https:// 地址。</translation>
    </message>
    <message>
        <source>This address cannot be used. Check it and try again.</source>
        <translation>無法使用此地址。請檢查後再試一次。</translation>
    </message>
    <message>
        <source>Hong Kong Cloud sent an answer this app does not understand, so nothing was changed. Try again later; if it keeps happening, the app may need an update.</source>
        <translation>Hong Kong Cloud 傳回的回覆本應用程式無法理解，因此沒有作出任何更改。請稍後再試；如問題持續，應用程式可能需要更新。</translation>
    </message>
    <message>
        <source>Hong Kong Cloud sent more data than this app accepts at once, so nothing was changed. Try again later; if it keeps happening, the app may need an update.</source>
        <translation>Hong Kong Cloud 一次傳回的資料超出本應用程式可接收的上限，因此沒有作出任何更改。請稍後再試；如問題持續，應用程式可能需要更新。</translation>
    </message>
    <message>
        <source>The app could not reach Hong Kong Cloud. Check that this computer is online, then try again.</source>
        <translation>應用程式無法連接 Hong Kong Cloud。請確認這部電腦已連線，然後再試一次。</translation>
    </message>
    <message>
        <source>Hong Kong Cloud did not answer in time. It may be busy; try again in a few minutes.</source>
        <translation>Hong Kong Cloud 未能及時回應，可能正忙碌；請過幾分鐘再試。</translation>
    </message>
    <message>
        <source>The provider&apos;s security certificate could not be verified, so the app did not connect. Check the address; if it is right, the connection may be intercepted.</source>
        <translation>無法驗證服務供應商的安全憑證，因此應用程式沒有連線。請檢查地址；如地址正確，連線可能遭到攔截。</translation>
    </message>
    <message>
        <source>The provider address is not a secure https:// address, so the app did not connect.</source>
        <translation>服務供應商地址不是安全的 https:// 地址，因此應用程式沒有連線。</translation>
    </message>
    <message>
        <source>Your sign-in has expired or was withdrawn. Sign out and sign in again to update your data.</source>
        <translation>你的登入已過期或已被撤銷。請登出後重新登入，以更新你的資料。</translation>
    </message>
    <message>
        <source>Hong Kong Cloud refused this for your account. If you think this is wrong, contact support.</source>
        <translation>Hong Kong Cloud 拒絕為你的帳戶執行此操作。如你認為有誤，請聯絡客戶支援。</translation>
    </message>
    <message>
        <source>Hong Kong Cloud could not find this data. It may have been deleted already.</source>
        <translation>Hong Kong Cloud 找不到這些資料，可能已被刪除。</translation>
    </message>
    <message>
        <source>Hong Kong Cloud had a problem on its side. Your data here is unchanged; try again later.</source>
        <translation>Hong Kong Cloud 那邊出現問題。這裏的資料沒有改變；請稍後再試。</translation>
    </message>
    <message>
        <source>Hong Kong Cloud refused the request. Try again; if it keeps happening, contact support.</source>
        <translation>Hong Kong Cloud 拒絕了要求。請再試一次；如問題持續，請聯絡客戶支援。</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was changed.</source>
        <translation>已取消。沒有作出任何更改。</translation>
    </message>
    <message>
        <source>Your saved sign-in was not found on this computer. Sign in again.</source>
        <translation>這部電腦上找不到你已儲存的登入資料。請重新登入。</translation>
    </message>
    <message>
        <source>The app could not read or write its data on this computer (the disk may be full or the folder not writable). Free some space or check the folder, then try again.</source>
        <translation>應用程式無法在這部電腦上讀取或寫入資料（磁碟可能已滿，或資料夾不可寫入）。請騰出空間或檢查資料夾，然後再試一次。</translation>
    </message>
    <message>
        <source>The answer from the browser did not belong to this sign-in, so the app refused it to keep your account safe. Press Sign in to start again.</source>
        <translation>瀏覽器傳回的回覆不屬於這次登入，為保障你的帳戶安全，應用程式已拒絕。請按「登入」重新開始。</translation>
    </message>
    <message>
        <source>Sign-in was cancelled in the browser. Nothing was changed. Press Sign in to try again.</source>
        <translation>已在瀏覽器取消登入，沒有作出任何更改。請按「登入」再試一次。</translation>
    </message>
    <message>
        <source>Something went wrong. Try again; if it keeps happening, contact support.</source>
        <translation>出現問題。請再試一次；如問題持續，請聯絡客戶支援。</translation>
    </message>
    <message>
        <source>Sign-in did not finish: the app could not reach Hong Kong Cloud. Check that this computer is online and the address is right, then press Sign in again.</source>
        <translation>登入未能完成：應用程式無法連接 Hong Kong Cloud。請確認這部電腦已連線及地址正確，然後再按「登入」。</translation>
    </message>
    <message>
        <source>Sign-in did not finish in time. Press Sign in to start again; complete the form in your browser within a few minutes.</source>
        <translation>登入未能及時完成。請按「登入」重新開始，並在幾分鐘內於瀏覽器填妥表格。</translation>
    </message>
    <message>
        <source>Hong Kong Cloud did not accept the sign-in. Press Sign in to start again.</source>
        <translation>Hong Kong Cloud 不接納這次登入。請按「登入」重新開始。</translation>
    </message>
    <message>
        <source>The data saved on this computer could not be opened. Sign in again to download it anew.</source>
        <translation>無法開啟儲存在這部電腦上的資料。請重新登入以再次下載。</translation>
    </message>
    <message>
        <source>Hong Kong Cloud has not finished preparing this yet. Try again later.</source>
        <translation>Hong Kong Cloud 尚未準備好。請稍後再試。</translation>
    </message>
    <message>
        <source>The copy of your data on this computer is older than this needs. Update it (F5) and try again.</source>
        <translation>這部電腦上的資料副本太舊，無法完成這項操作。請先更新（F5），然後再試。</translation>
    </message>
    <message>
        <source>Your sign-in belongs to a different provider address, so the app did not send it here. Sign in at this address to use it.</source>
        <translation>你的登入屬於另一個服務商地址，所以程式沒有把它傳送到這裏。請在這個地址登入後再使用。</translation>
    </message>
    <message>
        <source>For a provider on this computer, use the address 127.0.0.1 (or [::1]) instead of localhost, for example %1. The name localhost could be made to lead somewhere else.</source>
        <translation>如服務供應商在這部電腦上，請用地址 127.0.0.1（或 [::1]），不要用 localhost，例如 %1。localhost 這個名稱可能被指向別處。</translation>
    </message>
    <message>
        <source>Hong Kong Cloud kept sending the same data over and over, so the app stopped updating. What was already updated is kept; nothing wrong was saved. Try again later; if it keeps happening, contact support.</source>
        <translation>Hong Kong Cloud 不斷重複傳來相同的資料，所以應用程式停止了更新。已更新的資料會保留，錯誤的資料沒有儲存。請稍後再試；如果問題持續，請聯絡客戶支援。</translation>
    </message>
    <message>
        <source>You were signed in at %1. The app now uses %2, a different provider address, so your sign-in was not sent there: sign in to use it. Your copy of your data and any requests not yet sent stay on this computer for %1, and are used again when you go back to that address.</source>
        <translation>你之前在 %1 登入。程式現在使用另一個服務商地址 %2，所以沒有把你的登入傳送過去：請登入後再使用。這部電腦上你的資料副本和尚未送出的要求會為 %1 保留，回到該地址時會再次使用。</translation>
    </message>
    <message>
        <source>Your system keychain is locked or unavailable, so the app cannot store your sign-in safely. Unlock it (on Linux: the GNOME Keyring / KWallet; on macOS: Keychain Access; on Windows: Credential Manager) and try again. On Linux, your desktop&apos;s keyring service (GNOME Keyring or KWallet) must also be running: some desktops do not start one, and an app installed as a Flatpak can only use the one your desktop runs.</source>
        <translation>系統的密碼鑰匙圈已鎖上或無法使用，因此應用程式無法安全地儲存你的登入資料。請將其解鎖（Linux：GNOME Keyring / KWallet；macOS：鑰匙圈存取；Windows：認證管理員），然後再試一次。在 Linux 上，桌面的密碼鑰匙圈服務（GNOME Keyring 或 KWallet）亦必須正在執行：有些桌面環境不會自動啟動這項服務，而以 Flatpak 安裝的應用程式只能使用桌面本身執行的那一個。</translation>
    </message>
    <message>
        <source>The provider&apos;s security certificate is not trusted: it is signed only by itself, so nothing vouches for it. The app did not connect and sent nothing. If your company uses its own certificate authority, choose its file in Settings; otherwise the connection may be intercepted.</source>
        <translation>服務供應商的安全憑證不受信任：它只由自己簽發，沒有任何機構為它擔保。應用程式沒有連線，也沒有傳送任何資料。如貴公司使用自己的憑證機構，請在「設定」中選擇其檔案；否則連線可能遭到攔截。</translation>
    </message>
    <message>
        <source>The provider&apos;s security certificate is not trusted: it was issued by an authority this computer does not trust. The app did not connect and sent nothing. If your company uses its own certificate authority, choose its file in Settings; otherwise the connection may be intercepted.</source>
        <translation>服務供應商的安全憑證不受信任：簽發它的機構不受這部電腦信任。應用程式沒有連線，也沒有傳送任何資料。如貴公司使用自己的憑證機構，請在「設定」中選擇其檔案；否則連線可能遭到攔截。</translation>
    </message>
    <message>
        <source>The provider&apos;s security certificate has expired, so the app did not connect and sent nothing. The provider must renew it; also check that this computer&apos;s date and time are right.</source>
        <translation>服務供應商的安全憑證已過期，因此應用程式沒有連線，也沒有傳送任何資料。服務供應商須更新憑證；亦請檢查這部電腦的日期和時間是否正確。</translation>
    </message>
    <message>
        <source>The provider&apos;s security certificate is not valid yet, so the app did not connect and sent nothing. Check that this computer&apos;s date and time are right.</source>
        <translation>服務供應商的安全憑證尚未生效，因此應用程式沒有連線，也沒有傳送任何資料。請檢查這部電腦的日期和時間是否正確。</translation>
    </message>
    <message>
        <source>The provider&apos;s security certificate is for a different name than the address the app uses, so the app did not connect and sent nothing. Check the address; if it is right, the connection may be intercepted.</source>
        <translation>服務供應商的安全憑證所屬的名稱與應用程式使用的地址不符，因此應用程式沒有連線，也沒有傳送任何資料。請檢查地址；如地址正確，連線可能遭到攔截。</translation>
    </message>
    <message>
        <source>The provider offers only an old, unsafe version of the secure connection (TLS older than 1.2), so the app did not connect and sent nothing. The provider must be updated.</source>
        <translation>服務供應商只提供舊版而不安全的加密連線（早於 TLS 1.2），因此應用程式沒有連線，也沒有傳送任何資料。服務供應商須更新。</translation>
    </message>
    <message>
        <source>The certificate authority file %1 does not exist.</source>
        <translation>憑證機構檔案 %1 不存在。</translation>
    </message>
    <message>
        <source>The certificate authority file %1 cannot be read: it is not a file, it is too large, or you may not open it.</source>
        <translation>無法讀取憑證機構檔案 %1：它不是檔案、檔案太大，或你沒有權限開啟。</translation>
    </message>
    <message>
        <source>The file %1 holds no certificate. A certificate authority file is a PEM file with one or more blocks that start with -----BEGIN CERTIFICATE-----.</source>
        <translation>檔案 %1 沒有任何憑證。憑證機構檔案是 PEM 檔案，內有一個或多個以 -----BEGIN CERTIFICATE----- 開始的區塊。</translation>
    </message>
    <message>
        <source>The certificate authority file %1 holds a certificate (%2) that expired on %3, so it cannot be trusted. Ask for a current one.</source>
        <translation>憑證機構檔案 %1 內的憑證（%2）已於 %3 過期，因此不能信任。請索取有效的憑證。</translation>
    </message>
    <message>
        <source>The certificate authority file %1 holds a certificate (%2) that is not valid until %3. Check that this computer&apos;s date and time are right.</source>
        <translation>憑證機構檔案 %1 內的憑證（%2）要到 %3 才生效。請檢查這部電腦的日期和時間是否正確。</translation>
    </message>
    <message>
        <source>It was chosen in Settings, but only the system&apos;s certificate authorities are trusted now, so a provider that needs it cannot be reached. Choose the file again in Settings, or clear it there.</source>
        <translation>這個檔案是在「設定」中選擇的，但現在只信任系統的憑證機構，因此無法連線到需要它的服務供應商。請在「設定」中重新選擇檔案，或在那裏清除它。</translation>
    </message>
</context>
<context>
    <name>FieldErrors</name>
    <message>
        <source>This is empty. Please fill it in.</source>
        <translation>此欄空白，請填寫。</translation>
    </message>
    <message>
        <source>This is too long: %L1 characters, and at most %L2 are allowed. Please shorten it.</source>
        <translation>內容太長：共 %L1 個字元，最多只可 %L2 個。請刪減。</translation>
    </message>
    <message>
        <source>This is too long: at most %L1 are allowed. Please shorten it.</source>
        <translation>內容太長：最多只可 %L1 個。請刪減。</translation>
    </message>
    <message>
        <source>This does not look like an email address. Write it like name@example.hk.</source>
        <translation>這看來不是電郵地址。請按 name@example.hk 的格式填寫。</translation>
    </message>
    <message>
        <source>This does not look like a mobile number. Start with + and the country code, then the number: 8 to 15 digits, for example +852 5123 4567.</source>
        <translation>這看來不是流動電話號碼。請以 + 和國家或地區代碼開頭，再加號碼：共 8 至 15 位數字，例如 +852 5123 4567。</translation>
    </message>
    <message>
        <source>This file is too large. Each file can be at most %1.</source>
        <translation>檔案太大。每個檔案最大 %1。</translation>
    </message>
    <message>
        <source>This file is not a PDF, PNG or JPEG file. Attach a PDF document or a PNG or JPEG picture.</source>
        <translation>此檔案不是 PDF、PNG 或 JPEG 檔案。請附上 PDF 文件或 PNG、JPEG 圖片。</translation>
    </message>
    <message>
        <source>This file could not be read. Check that it still exists and that you may open it.</source>
        <translation>無法讀取此檔案。請確認檔案仍然存在，而且你有權開啟。</translation>
    </message>
    <message>
        <source>The confirmation word does not match. Type it exactly as shown, in capital letters.</source>
        <translation>確認字詞不相符。請以大楷字母，按顯示的內容準確輸入。</translation>
    </message>
    <message>
        <source>This choice cannot be used. Check it and try again.</source>
        <translation>無法使用此選項。請檢查後再試一次。</translation>
    </message>
    <message>
        <source>Please check this.</source>
        <translation>請檢查此項。</translation>
    </message>
</context>
<context>
    <name>RefusalsTableModel</name>
    <message>
        <source>Request</source>
        <translation>要求</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>類型</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>收到日期</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>已拒絕</translation>
    </message>
    <message>
        <source>Refused by</source>
        <translation>拒絕者</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Explanation given</source>
        <translation>提供的解釋</translation>
    </message>
</context>
<context>
    <name>StaffText</name>
    <message>
        <source>The customer asked for help</source>
        <translation>客戶要求協助</translation>
    </message>
    <message>
        <source>Processing one of the customer&apos;s requests</source>
        <translation>處理客戶的其中一項要求</translation>
    </message>
    <message>
        <source>Security or fraud investigation</source>
        <translation>保安或欺詐調查</translation>
    </message>
    <message>
        <source>A legal duty (court order, regulator)</source>
        <translation>法律責任（法庭命令、監管機構）</translation>
    </message>
    <message>
        <source>Other reason</source>
        <translation>其他原因</translation>
    </message>
    <message>
        <source>Clearly unfounded or excessive</source>
        <translation>明顯無理據或過份</translation>
    </message>
    <message>
        <source>The same request again, too soon</source>
        <translation>相同要求，相隔太短</translation>
    </message>
    <message>
        <source>We could not confirm who is asking</source>
        <translation>我們無法確認提出要求的人的身分</translation>
    </message>
    <message>
        <source>The law allows us to refuse (an exemption applies)</source>
        <translation>法律容許我們拒絕（適用豁免）</translation>
    </message>
    <message>
        <source>We do not hold this data</source>
        <translation>我們沒有持有這些資料</translation>
    </message>
    <message>
        <source>Another reason (explain below)</source>
        <translation>其他原因（請在下面解釋）</translation>
    </message>
    <message>
        <source>Use only when the request plainly has no basis; say why below.</source>
        <translation>只在要求明顯毫無根據時使用；請在下面說明原因。</translation>
    </message>
    <message>
        <source>Say when the customer last asked for the same thing and what they got.</source>
        <translation>請說明客戶上次提出相同要求的時間及當時獲得的內容。</translation>
    </message>
    <message>
        <source>Say what the customer can send to prove who they are.</source>
        <translation>請說明客戶可提交甚麼來證明身分。</translation>
    </message>
    <message>
        <source>Name the exemption of the Personal Data (Privacy) Ordinance that applies.</source>
        <translation>請註明適用的《個人資料（私隱）條例》豁免條文。</translation>
    </message>
    <message>
        <source>Say who may hold it instead, if you know.</source>
        <translation>如你知道，請說明可能由誰持有這些資料。</translation>
    </message>
    <message>
        <source>Explain the reason in plain words.</source>
        <translation>請用淺白的文字解釋原因。</translation>
    </message>
    <message>
        <source>Asked the customer for access</source>
        <translation>已向客戶要求存取</translation>
    </message>
    <message>
        <source>Opened access</source>
        <translation>開啟了存取</translation>
    </message>
    <message>
        <source>Customer approved access</source>
        <translation>客戶批准了存取</translation>
    </message>
    <message>
        <source>Customer declined access</source>
        <translation>客戶拒絕了存取</translation>
    </message>
    <message>
        <source>Access expired</source>
        <translation>存取已過期</translation>
    </message>
    <message>
        <source>Access ended</source>
        <translation>存取已結束</translation>
    </message>
    <message>
        <source>Looked at data</source>
        <translation>查看了資料</translation>
    </message>
    <message>
        <source>Opened a request</source>
        <translation>開啟了要求</translation>
    </message>
    <message>
        <source>Worked on a request</source>
        <translation>處理了要求</translation>
    </message>
    <message>
        <source>Found in a search</source>
        <translation>在搜尋中找到</translation>
    </message>
    <message>
        <source>Refused (not allowed)</source>
        <translation>被拒（不獲准許）</translation>
    </message>
    <message>
        <source>Read the request queue</source>
        <translation>閱讀了要求列表</translation>
    </message>
    <message>
        <source>Searched for customers</source>
        <translation>搜尋了客戶</translation>
    </message>
    <message>
        <source>Listed own access grants</source>
        <translation>列出了自己的存取授權</translation>
    </message>
    <message>
        <source>Read an access grant</source>
        <translation>閱讀了存取授權</translation>
    </message>
    <message>
        <source>Read the audit log</source>
        <translation>閱讀了審計紀錄</translation>
    </message>
    <message>
        <source>Read the refusal log book</source>
        <translation>閱讀了拒絕紀錄冊</translation>
    </message>
    <message>
        <source>Read the signed checkpoint</source>
        <translation>閱讀了已簽署的檢查點</translation>
    </message>
    <message>
        <source>Waiting for the customer&apos;s answer</source>
        <translation>等待客戶回覆</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>開啟中</translation>
    </message>
    <message>
        <source>Declined by the customer</source>
        <translation>客戶已拒絕</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>已過期</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>已結束</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>Completing sets the detail to the value the customer asked for; the old value stays in its history. If the value cannot be used, ask the customer or reject instead.</source>
        <translation>完成後，資料會改為客戶要求的新值；舊值會保留在其歷史紀錄中。如新值無法使用，請向客戶查詢或拒絕要求。</translation>
    </message>
    <message>
        <source>Completing deletes the records the customer chose. What the law makes us keep is restricted instead (hidden from normal use, deleted later) and listed to the customer.</source>
        <translation>完成後，客戶所選的紀錄會被刪除。法律規定我們須保留的資料則會改為限制使用（不作一般用途，稍後刪除），並向客戶列出。</translation>
    </message>
    <message>
        <source>Completing sends your written answer to the customer. An answer is required.</source>
        <translation>完成後，你的書面回覆會傳送給客戶。必須填寫回覆。</translation>
    </message>
    <message numerus="yes">
        <source>Completing closes the account after %Ln day(s); after that the customer can no longer sign in.</source>
        <translation>
            <numerusform>完成後，帳戶會在 %Ln 日後關閉；之後客戶將無法再登入。</numerusform>
        </translation>
    </message>
    <message>
        <source>Completing makes the copy of the customer&apos;s data ready to download in their app.</source>
        <translation>完成後，客戶的資料副本會準備好，可在其應用程式中下載。</translation>
    </message>
    <message>
        <source>Completing closes the request as done.</source>
        <translation>完成後，要求會標示為已完成並關閉。</translation>
    </message>
    <message>
        <source>The audit log is intact: %1 entries checked, last signed at %2 (entry %3).</source>
        <translation>審計紀錄完整：已檢查 %1 項，最後簽署於 %2（第 %3 項）。</translation>
    </message>
    <message>
        <source>The audit log is intact: %1 entries checked.</source>
        <translation>審計紀錄完整：已檢查 %1 項。</translation>
    </message>
    <message>
        <source>The audit log has been changed: entry %1 does not match the entries before it. Entries from there on cannot be trusted; tell your security officer.</source>
        <translation>審計紀錄已被更改：第 %1 項與之前的項目不符。由該項起的項目均不可信；請通知你的保安主任。</translation>
    </message>
    <message>
        <source>The audit log has been changed: it ends before entry %1, which Hong Kong Cloud signed on %2. Entries were removed; tell your security officer.</source>
        <translation>審計紀錄已被更改：紀錄在第 %1 項之前結束，但 Hong Kong Cloud 已於 %2 簽署該項。有項目被刪除；請通知你的保安主任。</translation>
    </message>
    <message>
        <source>The audit log has been changed: entry %1 is not the one Hong Kong Cloud signed on %2. Tell your security officer.</source>
        <translation>審計紀錄已被更改：第 %1 項並非 Hong Kong Cloud 於 %2 簽署的項目。請通知你的保安主任。</translation>
    </message>
    <message>
        <source>The audit log could not be checked.</source>
        <translation>無法檢查審計紀錄。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>See the personal data Hong Kong Cloud holds about you.</source>
        <translation>查看 Hong Kong Cloud 持有的你的個人資料。</translation>
    </message>
    <message>
        <source>Provider address (remembered).</source>
        <translation>服務供應商地址（會記住）。</translation>
    </message>
    <message>
        <source>Save a picture of the window to FILE after the first sync, then quit.</source>
        <translation>首次同步後把視窗畫面儲存到 FILE，然後結束。</translation>
    </message>
    <message>
        <source>Open tab number N (1 = Overview).</source>
        <translation>開啟第 N 個分頁（1 = 概覽）。</translation>
    </message>
    <message>
        <source>Keep the local copy of your data in DIR.</source>
        <translation>把你的資料的本機副本存放在 DIR。</translation>
    </message>
    <message>
        <source>Start signing in right away (opens the browser) unless already signed in.</source>
        <translation>如尚未登入，立即開始登入（會開啟瀏覽器）。</translation>
    </message>
    <message>
        <source>The provider address %1 cannot be used.</source>
        <translation>無法使用服務供應商地址 %1。</translation>
    </message>
    <message>
        <source>The provider address %1 cannot be used: use https://, or http:// only for 127.0.0.1 or [::1] (not localhost).</source>
        <translation>無法使用服務供應商地址 %1：請用 https://；http:// 只可用於 127.0.0.1 或 [::1]（不可用 localhost）。</translation>
    </message>
    <message>
        <source>The data folder %1 could not be created.</source>
        <translation>無法建立資料資料夾 %1。</translation>
    </message>
    <message>
        <source>Trust the certificate authorities in FILE (PEM), besides the system&apos;s, for the provider (remembered, as in Settings).</source>
        <translation>除系統的憑證機構外，亦信任 FILE（PEM）內的憑證機構，用於服務供應商（會記住，與「設定」相同）。</translation>
    </message>
</context>
<context>
    <name>pd::ui::AboutDialog</name>
    <message>
        <source>About Privacy Dashboard</source>
        <translation>關於 Privacy Dashboard</translation>
    </message>
    <message>
        <source>Privacy Dashboard&apos;s icon: a shield with an eye</source>
        <translation>Privacy Dashboard 的圖示：一個有眼睛的盾牌</translation>
    </message>
    <message>
        <source>Privacy Dashboard %1</source>
        <translation>Privacy Dashboard %1</translation>
    </message>
    <message>
        <source>Shows the personal data Hong Kong Cloud holds about you, why it is used, who it is shared with and how long it is kept, and lets you act on it.</source>
        <translation>顯示 Hong Kong Cloud 持有的你的個人資料、使用原因、與誰共用及保留多久，並讓你就此採取行動。</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>版本：</translation>
    </message>
    <message>
        <source>%1 (Qt %2)</source>
        <translation>%1（Qt %2）</translation>
    </message>
    <message>
        <source>Provider:</source>
        <translation>服務供應商：</translation>
    </message>
    <message>
        <source>Not chosen yet</source>
        <translation>尚未選擇</translation>
    </message>
    <message>
        <source>Licence:</source>
        <translation>授權條款：</translation>
    </message>
    <message>
        <source>Free software under the GNU General Public License, version 3 or later. There is no warranty.</source>
        <translation>根據 GNU 通用公共授權條款第 3 版或更新版本發佈的自由軟件，不提供任何保證。</translation>
    </message>
    <message>
        <source>Privacy questions:</source>
        <translation>私隱查詢：</translation>
    </message>
    <message>
        <source>Hong Kong Cloud, service@cn2.hk</source>
        <translation>Hong Kong Cloud，service@cn2.hk</translation>
    </message>
    <message>
        <source>&amp;Privacy policy</source>
        <translation>私隱政策(&amp;P)</translation>
    </message>
    <message>
        <source>Read Hong Kong Cloud&apos;s privacy policy</source>
        <translation>閱讀 Hong Kong Cloud 的私隱政策</translation>
    </message>
    <message>
        <source>&amp;Licence text</source>
        <translation>授權條款全文(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translation>複製詳細資料(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the version, the system and the provider&apos;s address, for a message to support</source>
        <translation>複製版本、系統及服務供應商地址，以便聯絡客戶支援</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>授權條款</translation>
    </message>
    <message>
        <source>GNU General Public License, version 3</source>
        <translation>GNU 通用公共授權條款第 3 版</translation>
    </message>
    <message>
        <source>The licence text is missing from this copy: see https://www.gnu.org/licenses/gpl-3.0.html</source>
        <translation>此副本缺少授權條款全文：請參閱 https://www.gnu.org/licenses/gpl-3.0.html</translation>
    </message>
</context>
<context>
    <name>pd::ui::AccessLogPage</name>
    <message>
        <source>I have read this, &amp;hide it</source>
        <translation>我已閱讀，隱藏此訊息(&amp;H)</translation>
    </message>
    <message>
        <source>As&amp;k me first before staff can see my data</source>
        <translation>職員查看我的資料前先問我(&amp;K)</translation>
    </message>
    <message>
        <source>Waiting for your answer:</source>
        <translation>等待你回覆：</translation>
    </message>
    <message>
        <source>Approv&amp;e</source>
        <translation>批准(&amp;E)</translation>
    </message>
    <message>
        <source>Dec&amp;line</source>
        <translation>拒絕(&amp;L)</translation>
    </message>
    <message>
        <source>Warning about your access log</source>
        <translation>有關你的存取紀錄的警告</translation>
    </message>
    <message>
        <source>Hide these warnings; this app still keeps its record of them</source>
        <translation>隱藏這些警告；本應用程式仍會保留相關紀錄</translation>
    </message>
    <message>
        <source>Ask me first before staff can see my data</source>
        <translation>職員查看我的資料前先問我</translation>
    </message>
    <message numerus="yes">
        <source>When this is on, a staff member who needs to look at your data must wait until you approve it here. You see who asks, why and for how long. A request you do not answer expires after %n hour(s), and they cannot look.</source>
        <translation>
            <numerusform>開啟後，需要查看你資料的職員必須等你在這裏批准。你會看到誰提出要求、原因及所需時間。你未回覆的要求會在 %n 小時後過期，對方便無法查看。</numerusform>
        </translation>
    </message>
    <message>
        <source>Staff requests waiting for your answer</source>
        <translation>等待你回覆的職員要求</translation>
    </message>
    <message>
        <source>Let this staff member see the data they asked for, for the time they asked</source>
        <translation>讓這名職員在所要求的時間內查看所要求的資料</translation>
    </message>
    <message>
        <source>Refuse: they cannot see your data</source>
        <translation>拒絕：對方無法查看你的資料</translation>
    </message>
    <message>
        <source>Who looked at your data</source>
        <translation>誰查看過你的資料</translation>
    </message>
    <message>
        <source>Details of the selected entry</source>
        <translation>所選項目的詳情</translation>
    </message>
    <message>
        <source>Select an entry to see all it records.</source>
        <translation>選擇一個項目以查看其全部紀錄內容。</translation>
    </message>
    <message>
        <source>Ask me first is on: staff will need your approval to see your data.</source>
        <translation>「先問我」已開啟：職員需要你批准才可查看你的資料。</translation>
    </message>
    <message>
        <source>Ask me first is off: staff can see your data when they have a reason, and each look is in this log.</source>
        <translation>「先問我」已關閉：職員有理由時可查看你的資料，每次查看都會記錄在此。</translation>
    </message>
    <message>
        <source>Saved on this computer and being sent now.</source>
        <translation>已儲存在這部電腦上，正在傳送。</translation>
    </message>
    <message>
        <source>Saved on this computer. It will be sent when you are online.</source>
        <translation>已儲存在這部電腦上，會在你連線後傳送。</translation>
    </message>
    <message>
        <source>Access lo&amp;g</source>
        <translation>存取紀錄(&amp;G)</translation>
    </message>
    <message>
        <source>This app keeps every entry of your access log it has seen, and something does not match:</source>
        <translation>本應用程式會保留它看過的每一項存取紀錄，而有些內容不符：</translation>
    </message>
    <message>
        <source>%1 asks to see %2 for %3. Why: %4 (ticket %5).</source>
        <translation>%1 要求查看 %2，為期 %3。原因：%4（個案 %5）。</translation>
    </message>
    <message>
        <source>They wrote: “%1”</source>
        <translation>對方寫道：「%1」</translation>
    </message>
    <message>
        <source>Asked %1; expires unanswered %2.</source>
        <translation>於 %1 提出；如未回覆，將於 %2 過期。</translation>
    </message>
    <message>
        <source>You approved it: saved here, being sent.</source>
        <translation>你已批准：已在此儲存，正在傳送。</translation>
    </message>
    <message>
        <source>You declined it: saved here, being sent.</source>
        <translation>你已拒絕：已在此儲存，正在傳送。</translation>
    </message>
    <message>
        <source>No staff request is waiting for your answer.</source>
        <translation>沒有職員要求等待你回覆。</translation>
    </message>
    <message>
        <source>Nothing waits for your answer. Switch on Ask me first to approve each staff look yourself.</source>
        <translation>沒有要等待你回覆的事項。開啟「先問我」即可親自批准職員的每次查看。</translation>
    </message>
    <message>
        <source>You approved the staff request %1.</source>
        <translation>你已批准職員要求 %1。</translation>
    </message>
    <message>
        <source>You declined the staff request %1.</source>
        <translation>你已拒絕職員要求 %1。</translation>
    </message>
</context>
<context>
    <name>pd::ui::ActionDialog</name>
    <message>
        <source>%1 is saved on this computer. It will be sent when you are online; you can follow it in the Requests tab.</source>
        <translation>%1已儲存在這部電腦，會在你連線後傳送；你可以在「要求」分頁跟進。</translation>
    </message>
    <message>
        <source>%1 is saved on this computer and is being sent now. You can follow it in the Requests tab.</source>
        <translation>%1已儲存在這部電腦，現正傳送。你可以在「要求」分頁跟進。</translation>
    </message>
    <message>
        <source>Your request could not be saved. %1</source>
        <translation>無法儲存你的要求。%1</translation>
    </message>
</context>
<context>
    <name>pd::ui::ActionsController</name>
    <message>
        <source>&amp;Actions</source>
        <translation>操作(&amp;A)</translation>
    </message>
    <message>
        <source>C&amp;hange my contact details…</source>
        <translation>更改我的聯絡資料(&amp;H)…</translation>
    </message>
    <message>
        <source>Select the detail to change and press Enter or F2.</source>
        <translation>選擇要更改的資料，然後按 Enter 或 F2。</translation>
    </message>
    <message>
        <source>Ask us to &amp;correct a detail…</source>
        <translation>請我們更正資料(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Delete data…</source>
        <translation>刪除資料(&amp;D)…</translation>
    </message>
    <message>
        <source>Co&amp;mplaint or suggestion…</source>
        <translation>投訴或建議(&amp;M)…</translation>
    </message>
    <message>
        <source>Request a cop&amp;y of your data…</source>
        <translation>索取你的資料副本(&amp;Y)…</translation>
    </message>
    <message>
        <source>Cancel my &amp;account…</source>
        <translation>取消我的帳戶(&amp;A)…</translation>
    </message>
    <message>
        <source>Co&amp;nsent settings</source>
        <translation>同意設定(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;New request…</source>
        <translation>新要求(&amp;N)…</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>要求</translation>
    </message>
    <message>
        <source>%1 (%2) is now: %3.</source>
        <translation>%1（%2）現時狀態：%3。</translation>
    </message>
    <message>
        <source>See its details in the Requests tab.</source>
        <translation>請在「要求」分頁查看詳情。</translation>
    </message>
    <message>
        <source>Your copy is ready: save it from the Requests tab.</source>
        <translation>你的副本已準備好：請在「要求」分頁儲存。</translation>
    </message>
    <message>
        <source>Your sign-in has expired, so nothing more is sent. What you did is kept on this computer; sign out and in again to send it.</source>
        <translation>你的登入已過期，因此不會再傳送任何內容。你所做的操作會保留在這部電腦；請登出後重新登入以傳送。</translation>
    </message>
    <message>
        <source>You are signed out. The copy of your data on this computer was deleted; the actions you had not sent yet are kept here and will be sent when you sign in again.</source>
        <translation>你已登出。這部電腦上的資料副本已刪除；尚未傳送的操作會保留在這裏，並會在你重新登入後傳送。</translation>
    </message>
    <message>
        <source>Requests (%L1)</source>
        <translation>要求（%L1）</translation>
    </message>
    <message numerus="yes">
        <source>%n open request(s)</source>
        <translation>
            <numerusform>%n 項處理中的要求</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n 項逾期</numerusform>
        </translation>
    </message>
    <message>
        <source>Your requests at Hong Kong Cloud</source>
        <translation>你在 Hong Kong Cloud 的要求</translation>
    </message>
    <message>
        <source>Sending it again now.</source>
        <translation>現正重新傳送。</translation>
    </message>
    <message>
        <source>Saved. It will be sent again when you are online.</source>
        <translation>已儲存，會在你連線後重新傳送。</translation>
    </message>
    <message>
        <source>Actions not sent yet</source>
        <translation>尚未傳送的操作</translation>
    </message>
    <message numerus="yes">
        <source>You have %n action(s) that have not been sent to Hong Kong Cloud yet.</source>
        <translation>
            <numerusform>你有 %n 項操作尚未傳送到 Hong Kong Cloud。</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep them on this computer and send them next time you sign in, or discard them. The copy of your data on this computer is deleted either way.</source>
        <translation>你可以把它們保留在這部電腦，下次登入時傳送，或將它們捨棄。無論如何，這部電腦上的資料副本都會被刪除。</translation>
    </message>
    <message>
        <source>&amp;Keep them and sign out</source>
        <translation>保留並登出(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Discard them and sign out</source>
        <translation>捨棄並登出(&amp;D)</translation>
    </message>
    <message>
        <source>Hong Kong Cloud did not accept something you sent. Nothing was changed; open the Requests tab (Ctrl+%1) to see why and what you can do.</source>
        <translation>Hong Kong Cloud 未有接受你傳送的內容，資料沒有任何改動。請開啟「請求」分頁（Ctrl+%1）查看原因及可以怎樣做。</translation>
    </message>
    <message>
        <source>Hong Kong Cloud did not accept something you sent. Nothing was changed; open the Requests tab to see why and what you can do.</source>
        <translation>Hong Kong Cloud 未有接受你傳送的內容，資料沒有任何改動。請開啟「請求」分頁查看原因及可以怎樣做。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) selected in the %1 tab</source>
        <translation>
            <numerusform>已在「%1」分頁選取 %Ln 項記錄</numerusform>
        </translation>
    </message>
    <message>
        <source>What Hong Kong Cloud answered could not be saved on this computer, so sending is paused and nothing is sent twice.</source>
        <translation>Hong Kong Cloud 的回覆未能儲存在這部電腦，因此已暫停傳送，任何內容都不會重複傳送。</translation>
    </message>
    <message>
        <source>Then resume sending in the Requests tab.</source>
        <translation>然後在「要求」分頁恢復傳送。</translation>
    </message>
    <message>
        <source>Your renewed sign-in could not be saved, so you will need to sign in again next time you start the app.</source>
        <translation>更新後的登入資料未能儲存，下次開啟應用程式時需要重新登入。</translation>
    </message>
    <message>
        <source>You are signed out, but some of your data could not be removed from this computer.</source>
        <translation>你已登出，但部分資料未能從這部電腦刪除。</translation>
    </message>
    <message>
        <source>The earlier, refused copy could not be removed: discard it in the Requests tab.</source>
        <translation>先前被拒絕的副本未能移除：請在「要求」分頁捨棄它。</translation>
    </message>
    <message numerus="yes">
        <source>%n new entry(ies) in your access log: staff looked at your data or asked to.</source>
        <translation>
            <numerusform>你的存取紀錄有 %n 項新紀錄：職員查看了或要求查看你的資料。</numerusform>
        </translation>
    </message>
    <message>
        <source>Latest: %1, %2 (%3).</source>
        <translation>最新：%1，%2（%3）。</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) wait for your answer.</source>
        <translation>
            <numerusform>有 %n 項要求等待你回覆。</numerusform>
        </translation>
    </message>
    <message>
        <source>See the Access log tab (Ctrl+8).</source>
        <translation>請查看「存取紀錄」分頁（Ctrl+8）。</translation>
    </message>
    <message>
        <source>Who looked at your data</source>
        <translation>誰查看過你的資料</translation>
    </message>
    <message>
        <source>Your access log at Hong Kong Cloud does not match what this app saw before.</source>
        <translation>你在 Hong Kong Cloud 的存取紀錄與本應用程式之前看到的不符。</translation>
    </message>
    <message>
        <source>Your access log changed</source>
        <translation>你的存取紀錄已更改</translation>
    </message>
    <message>
        <source>I do not accept the privacy policy version %1.</source>
        <translation>我不接受私隱政策版本 %1。</translation>
    </message>
</context>
<context>
    <name>pd::ui::AttachmentPicker</name>
    <message>
        <source>&amp;Add files…</source>
        <translation>加入檔案(&amp;A)…</translation>
    </message>
    <message>
        <source>Re&amp;move file</source>
        <translation>移除檔案(&amp;M)</translation>
    </message>
    <message>
        <source>PDF, PNG or JPEG files, at most %1 each, up to %2 files.</source>
        <translation>PDF、PNG 或 JPEG 檔案，每個最多 %1，最多 %2 個檔案。</translation>
    </message>
    <message>
        <source>Choose files to attach</source>
        <translation>選擇要附加的檔案</translation>
    </message>
    <message>
        <source>Documents and pictures (*.pdf *.png *.jpg *.jpeg);;All files (*)</source>
        <translation>文件及圖片 (*.pdf *.png *.jpg *.jpeg);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>pd::ui::AuditPage</name>
    <message>
        <source>Fr&amp;om</source>
        <translation>由(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>至(&amp;T)</translation>
    </message>
    <message>
        <source>Sho&amp;w</source>
        <translation>顯示(&amp;W)</translation>
    </message>
    <message>
        <source>Load mor&amp;e</source>
        <translation>載入更多(&amp;E)</translation>
    </message>
    <message>
        <source>Ver&amp;ify the log</source>
        <translation>核實紀錄(&amp;I)</translation>
    </message>
    <message>
        <source>Staff &amp;member:</source>
        <translation>職員(&amp;M)：</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>職員</translation>
    </message>
    <message>
        <source>Account id, e.g. S-0001</source>
        <translation>帳戶編號，例如 S-0001</translation>
    </message>
    <message>
        <source>C&amp;ustomer:</source>
        <translation>客戶(&amp;U)：</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>Account id, e.g. C-1001</source>
        <translation>帳戶編號，例如 C-1001</translation>
    </message>
    <message>
        <source>Reaso&amp;n:</source>
        <translation>原因(&amp;N)：</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Any reason</source>
        <translation>任何原因</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>開始日期</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>結束日期</translation>
    </message>
    <message>
        <source>Fetch the entries that match these filters</source>
        <translation>取得符合這些篩選條件的項目</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>審計紀錄</translation>
    </message>
    <message>
        <source>Check that no entry of the audit log was changed, removed or added afterwards</source>
        <translation>檢查審計紀錄有沒有項目在事後被更改、刪除或加入</translation>
    </message>
    <message>
        <source>The audit log could not be fetched.</source>
        <translation>無法取得審計紀錄。</translation>
    </message>
    <message numerus="yes">
        <source>Showing the first %Ln entries; more can be loaded.</source>
        <translation>
            <numerusform>正在顯示首 %Ln 項；可載入更多。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entry(ies) match.</source>
        <translation>
            <numerusform>有 %Ln 項符合。</numerusform>
        </translation>
    </message>
    <message>
        <source>Press Show to fetch the entries that match the filters.</source>
        <translation>按「顯示」以取得符合篩選條件的項目。</translation>
    </message>
    <message>
        <source>&amp;Audit log</source>
        <translation>審計紀錄(&amp;A)</translation>
    </message>
    <message>
        <source>Fetching the audit log…</source>
        <translation>正在取得審計紀錄…</translation>
    </message>
    <message>
        <source>Checking every entry of the audit log…</source>
        <translation>正在檢查審計紀錄的每一項…</translation>
    </message>
</context>
<context>
    <name>pd::ui::CancelAccountDialog</name>
    <message>
        <source>Cancel your account</source>
        <translation>取消你的帳戶</translation>
    </message>
    <message>
        <source>Ask Hong Kong Cloud to close your account. If you do not agree with an updated privacy policy, you can stop using the service and cancel your account this way (privacy policy VII).</source>
        <translation>要求 Hong Kong Cloud 關閉你的帳戶。如你不同意更新後的私隱政策，可以停止使用服務，並以此方式取消帳戶（私隱政策第 VII 節）。</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>選填</translation>
    </message>
    <message>
        <source>&amp;Reason (optional):</source>
        <translation>原因（選填）(&amp;R)：</translation>
    </message>
    <message>
        <source>Reason (optional)</source>
        <translation>原因（選填）</translation>
    </message>
    <message>
        <source>What happens next: Hong Kong Cloud reviews the request and closes the account; your services end. Data it must keep by law or for open orders and disputes is restricted and deleted later, as with a deletion request. You can cancel this request in the Requests tab until work on it has started.</source>
        <translation>接下來：Hong Kong Cloud 會審核要求並關閉帳戶，你的服務亦會終止。依法須保留、或因未完成的訂單及爭議而須保留的資料，會限制使用並於稍後刪除，與刪除要求的處理方式相同。在開始處理之前，你可以在「要求」分頁撤回此要求。</translation>
    </message>
    <message>
        <source>Type %1 to c&amp;onfirm:</source>
        <translation>輸入 %1 以確認(&amp;O)：</translation>
    </message>
    <message>
        <source>Type %1 to confirm</source>
        <translation>輸入 %1 以確認</translation>
    </message>
    <message>
        <source>Type CANCEL in capital letters to confirm that you want your account closed.</source>
        <translation>請以大楷輸入 CANCEL，確認你要關閉帳戶。</translation>
    </message>
    <message>
        <source>Send &amp;cancellation request</source>
        <translation>傳送取消要求(&amp;C)</translation>
    </message>
    <message>
        <source>Your request to cancel the account</source>
        <translation>你的取消帳戶要求</translation>
    </message>
</context>
<context>
    <name>pd::ui::ComplaintDialog</name>
    <message>
        <source>&amp;Complaint</source>
        <translation>投訴(&amp;C)</translation>
    </message>
    <message>
        <source>Su&amp;ggestion</source>
        <translation>建議(&amp;G)</translation>
    </message>
    <message>
        <source>Complaint or suggestion</source>
        <translation>投訴或建議</translation>
    </message>
    <message>
        <source>Tell Hong Kong Cloud what you think about how it handles your personal data. It will look into it and reply within a reasonable time (privacy policy VI.V).</source>
        <translation>告訴 Hong Kong Cloud 你對其處理你個人資料方式的意見。Hong Kong Cloud 會跟進，並在合理時間內回覆（私隱政策第 VI.V 節）。</translation>
    </message>
    <message>
        <source>This is a:</source>
        <translation>類別：</translation>
    </message>
    <message>
        <source>In a few words</source>
        <translation>簡單描述</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>主題(&amp;S)：</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主題</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>內容(&amp;M)：</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>內容</translation>
    </message>
    <message>
        <source>Subject up to %L1 characters, message up to %L2. You can follow the answer in the Requests tab.</source>
        <translation>主題最多 %L1 個字元，內容最多 %L2 個字元。你可以在「要求」分頁跟進回覆。</translation>
    </message>
    <message>
        <source>Send s&amp;uggestion</source>
        <translation>傳送建議(&amp;U)</translation>
    </message>
    <message>
        <source>Send c&amp;omplaint</source>
        <translation>傳送投訴(&amp;O)</translation>
    </message>
    <message>
        <source>Your suggestion</source>
        <translation>你的建議</translation>
    </message>
    <message>
        <source>Your complaint</source>
        <translation>你的投訴</translation>
    </message>
</context>
<context>
    <name>pd::ui::ConsentHistoryDialog</name>
    <message>
        <source>Consent history</source>
        <translation>同意記錄</translation>
    </message>
    <message>
        <source>You have not changed any consent yet. Each change you make is listed here, with the date and the privacy policy version it was made under.</source>
        <translation>你尚未更改任何同意設定。你每次更改都會列在這裏，連同日期及當時適用的私隱政策版本。</translation>
    </message>
    <message>
        <source>Every consent change, newest first: your own record of what you allowed or withdrew, when, and under which privacy policy version.</source>
        <translation>所有同意變更，最新的排在最前：記錄你在何時、根據哪個私隱政策版本，容許或撤回了甚麼。</translation>
    </message>
    <message>
        <source>What</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>When</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Policy version</source>
        <translation>政策版本</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Allowed: %1</source>
        <translation>已容許：%1</translation>
    </message>
    <message>
        <source>Withdrawn: %1</source>
        <translation>已撤回：%1</translation>
    </message>
    <message>
        <source>Confirmed by Hong Kong Cloud (receipt %1)</source>
        <translation>Hong Kong Cloud 已確認（收據 %1）</translation>
    </message>
    <message>
        <source>Saved on this computer, waiting to send</source>
        <translation>已儲存在這部電腦，等待傳送</translation>
    </message>
</context>
<context>
    <name>pd::ui::ConsentPage</name>
    <message>
        <source>Some uses of your data need your consent. You can allow or withdraw each one at any time; withdrawing stops that use from then on (privacy policy VI.IV). Each change is saved on this computer at once, sent to Hong Kong Cloud, and kept as a receipt.</source>
        <translation>有些資料用途需要你的同意。你可以隨時容許或撤回每一項；撤回後，該用途即時停止（私隱政策第 VI.IV 節）。每次更改都會即時儲存在這部電腦，傳送到 Hong Kong Cloud，並保留作收據。</translation>
    </message>
    <message>
        <source>No consent settings have been synced yet. Press Sync now (F5) to fetch them.</source>
        <translation>尚未同步任何同意設定。請按「立即同步」（F5）取得。</translation>
    </message>
    <message>
        <source>Every consent change with its date and policy version</source>
        <translation>所有同意變更，連同日期及政策版本</translation>
    </message>
    <message>
        <source>Co&amp;nsent</source>
        <translation>同意(&amp;N)</translation>
    </message>
    <message>
        <source>Your choices refer to privacy policy version %1.</source>
        <translation>你的選擇適用於私隱政策版本 %1。</translation>
    </message>
    <message>
        <source>Allowed. %1</source>
        <translation>已容許。%1</translation>
    </message>
    <message>
        <source>Not allowed. %1</source>
        <translation>未容許。%1</translation>
    </message>
    <message>
        <source>Allowed: clear to withdraw your consent</source>
        <translation>已容許：取消勾選即可撤回同意</translation>
    </message>
    <message>
        <source>Not allowed: tick to allow</source>
        <translation>未容許：勾選即可容許</translation>
    </message>
    <message>
        <source>Allowed on %1 on this computer; waiting to send.</source>
        <translation>已於 %1 在這部電腦上容許；等待傳送。</translation>
    </message>
    <message>
        <source>Withdrawn on %1 on this computer; waiting to send.</source>
        <translation>已於 %1 在這部電腦上撤回；等待傳送。</translation>
    </message>
    <message>
        <source>Allowed. Last changed %1.</source>
        <translation>已容許。最後更改於 %1。</translation>
    </message>
    <message>
        <source>Not allowed. Last changed %1.</source>
        <translation>未容許。最後更改於 %1。</translation>
    </message>
    <message>
        <source>Allowed. Never changed.</source>
        <translation>已容許。從未更改。</translation>
    </message>
    <message>
        <source>Not allowed. Never changed.</source>
        <translation>未容許。從未更改。</translation>
    </message>
    <message>
        <source>Your choice for %1 could not be saved. %2</source>
        <translation>無法儲存你對「%1」的選擇。%2</translation>
    </message>
    <message>
        <source>%1 allowed. Saved. It will be sent when you are online.</source>
        <translation>已容許「%1」並已儲存，會在你連線後傳送。</translation>
    </message>
    <message>
        <source>%1 withdrawn. Saved. It will be sent when you are online.</source>
        <translation>已撤回「%1」並已儲存，會在你連線後傳送。</translation>
    </message>
    <message>
        <source>%1 allowed. Saved, and being sent now.</source>
        <translation>已容許「%1」並已儲存，現正傳送。</translation>
    </message>
    <message>
        <source>%1 withdrawn. Saved, and being sent now.</source>
        <translation>已撤回「%1」並已儲存，現正傳送。</translation>
    </message>
    <message>
        <source>Hi&amp;story…</source>
        <translation>記錄(&amp;S)…</translation>
    </message>
    <message>
        <source>Consent settings</source>
        <translation>同意設定</translation>
    </message>
</context>
<context>
    <name>pd::ui::ContactDialog</name>
    <message>
        <source>Contact Hong Kong Cloud</source>
        <translation>聯絡 Hong Kong Cloud</translation>
    </message>
    <message>
        <source>Questions about the privacy policy or your data, complaints and suggestions: write or call customer service. Give your account id so they can find you.</source>
        <translation>如對私隱政策或你的資料有疑問，或有投訴及建議，請寫信或致電客戶服務。請提供你的帳戶編號，方便他們找到你。</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>複製</translation>
    </message>
    <message>
        <source>Copy: %1</source>
        <translation>複製：%1</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>電郵(&amp;E)：</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>電郵</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>電話(&amp;P)：</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>Your &amp;account id:</source>
        <translation>你的帳戶編號(&amp;A)：</translation>
    </message>
    <message>
        <source>Your account id</source>
        <translation>你的帳戶編號</translation>
    </message>
    <message>
        <source>The contact details come with the privacy policy, which has not been fetched yet. Sync, then open this again.</source>
        <translation>聯絡資料隨私隱政策一併提供，但尚未取得私隱政策。請先同步，然後再開啟此視窗。</translation>
    </message>
    <message>
        <source>&amp;Write an e-mail…</source>
        <translation>撰寫電郵(&amp;W)…</translation>
    </message>
    <message>
        <source>Account %1</source>
        <translation>帳戶 %1</translation>
    </message>
</context>
<context>
    <name>pd::ui::CookiesPage</name>
    <message>
        <source>Cookies and similar technologies</source>
        <translation>Cookie 及類似技術</translation>
    </message>
    <message>
        <source>Name or website</source>
        <translation>名稱或網站</translation>
    </message>
    <message>
        <source>We hold no cookie records for you.</source>
        <translation>我們沒有持有你的 Cookie 記錄。</translation>
    </message>
    <message>
        <source>No cookies match the filter. Clear the filter to see all of them.</source>
        <translation>沒有符合篩選條件的 Cookie。清除篩選即可查看全部。</translation>
    </message>
    <message>
        <source>Details of the selected cookie</source>
        <translation>所選 Cookie 的詳情</translation>
    </message>
    <message>
        <source>Select a cookie to see what it is for and how long it lasts.</source>
        <translation>選擇一個 Cookie，查看其用途及有效期。</translation>
    </message>
    <message>
        <source>&amp;Cookies</source>
        <translation>Cookie(&amp;C)</translation>
    </message>
    <message numerus="yes">
        <source>Showing %L1 of %Ln item(s)</source>
        <translation>
            <numerusform>顯示 %L1 項，共 %Ln 項</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pd::ui::CorrectionDialog</name>
    <message>
        <source>Ask us to correct your details</source>
        <translation>請我們更正你的資料</translation>
    </message>
    <message>
        <source>Some details, such as your verified name, only Hong Kong Cloud can change. Tell us the right value and why, and attach documents that show it. We check the request and tell you the result (privacy policy VI.II).</source>
        <translation>有些資料（例如已核實的姓名）只有 Hong Kong Cloud 可以更改。請告訴我們正確的內容及原因，並附上證明文件。我們會審核要求並通知你結果（私隱政策第 VI.II 節）。</translation>
    </message>
    <message>
        <source>&amp;Detail:</source>
        <translation>資料(&amp;D)：</translation>
    </message>
    <message>
        <source>Detail to correct</source>
        <translation>要更正的資料</translation>
    </message>
    <message>
        <source>We hold:</source>
        <translation>我們持有：</translation>
    </message>
    <message>
        <source>&amp;Correct value:</source>
        <translation>正確內容(&amp;C)：</translation>
    </message>
    <message>
        <source>Correct value</source>
        <translation>正確內容</translation>
    </message>
    <message>
        <source>For example: my name is misspelt; my passport shows the right spelling.</source>
        <translation>例如：我的姓名串錯了；我的護照上有正確拼法。</translation>
    </message>
    <message>
        <source>&amp;Why:</source>
        <translation>原因(&amp;W)：</translation>
    </message>
    <message>
        <source>Why the detail is wrong</source>
        <translation>資料有誤的原因</translation>
    </message>
    <message>
        <source>&amp;Supporting documents:</source>
        <translation>證明文件(&amp;S)：</translation>
    </message>
    <message>
        <source>Supporting documents</source>
        <translation>證明文件</translation>
    </message>
    <message>
        <source>Too many files: attach at most %1.</source>
        <translation>檔案太多：最多只可附上 %1 個。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Send correction &amp;request</source>
        <translation>傳送更正要求(&amp;R)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空白）</translation>
    </message>
    <message>
        <source>Your correction request</source>
        <translation>你的更正要求</translation>
    </message>
    <message>
        <source>Documents: PDF, PNG or JPEG, at most %1 each and %2 in all. They are copied and kept on this computer with the request until they are sent, so you can remove the originals.</source>
        <translation>文件：PDF、PNG 或 JPEG，每個最多 %1，合共最多 %2。檔案會複製一份，連同請求保存在這部電腦，直至傳送為止，所以你可以移除原本的檔案。</translation>
    </message>
</context>
<context>
    <name>pd::ui::CustomerFrame</name>
    <message>
        <source>Customer&apos;s data, read-only</source>
        <translation>客戶的資料（唯讀）</translation>
    </message>
    <message>
        <source>Access to %1&apos;s data could not be opened.</source>
        <translation>無法開啟 %1 的資料的存取。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Asking for access to %1&apos;s data…</source>
        <translation>正在要求存取 %1 的資料…</translation>
    </message>
    <message>
        <source>Cancel (Ctrl+W)</source>
        <translation>取消（Ctrl+W）</translation>
    </message>
    <message>
        <source>Viewing %1 read-only until %2 — reason: %3, ticket %4.</source>
        <translation>正在以唯讀方式查看 %1，直至 %2 — 原因：%3，個案 %4。</translation>
    </message>
    <message>
        <source>End access (Ctrl+W)</source>
        <translation>結束存取（Ctrl+W）</translation>
    </message>
    <message>
        <source>Stop viewing now; the data is wiped from this computer&apos;s memory</source>
        <translation>立即停止查看；資料會從這部電腦的記憶體中清除</translation>
    </message>
    <message>
        <source>Waiting for %1 to approve your access — reason: %2, ticket %3.</source>
        <translation>正在等待 %1 批准你的存取 — 原因：%2，個案 %3。</translation>
    </message>
    <message>
        <source>Withdraw (Ctrl+W)</source>
        <translation>撤回（Ctrl+W）</translation>
    </message>
    <message>
        <source>Withdraw the request for access</source>
        <translation>撤回存取要求</translation>
    </message>
    <message>
        <source>Access to %1&apos;s data: %2.</source>
        <translation>%1 的資料的存取：%2。</translation>
    </message>
    <message>
        <source>%1 asked to be asked first. Nothing of their data is shown until they approve in their app; if they do not answer, the request lapses at %2.</source>
        <translation>%1 要求先徵詢其同意。在對方於其應用程式中批准前，不會顯示其任何資料；如對方沒有回覆，要求會在 %2 失效。</translation>
    </message>
    <message>
        <source>Fetching the customer&apos;s data…</source>
        <translation>正在取得客戶的資料…</translation>
    </message>
    <message>
        <source>%1 declined your request to see their data. Nothing was shown.</source>
        <translation>%1 拒絕了你查看其資料的要求。沒有顯示任何資料。</translation>
    </message>
    <message>
        <source>Your access to %1&apos;s data has expired. The data shown is wiped from this computer.</source>
        <translation>你對 %1 的資料的存取已過期。顯示過的資料已從這部電腦清除。</translation>
    </message>
    <message>
        <source>Your access to %1&apos;s data has ended. The data shown is wiped from this computer.</source>
        <translation>你對 %1 的資料的存取已結束。顯示過的資料已從這部電腦清除。</translation>
    </message>
    <message>
        <source>Shown read-only: nothing can be changed from here. Every page you open is recorded in the audit log and in the customer&apos;s access log.</source>
        <translation>唯讀顯示：無法在這裏更改任何內容。你開啟的每一頁都會記錄在審計紀錄及客戶的存取紀錄中。</translation>
    </message>
    <message>
        <source>Some of the customer&apos;s data could not be fetched.</source>
        <translation>無法取得客戶的部分資料。</translation>
    </message>
</context>
<context>
    <name>pd::ui::CustomersPage</name>
    <message>
        <source>Fin&amp;d</source>
        <translation>尋找(&amp;D)</translation>
    </message>
    <message>
        <source>O&amp;pen…</source>
        <translation>開啟(&amp;P)…</translation>
    </message>
    <message>
        <source>Find a customer by account id, user name, e-mail address or phone number. Opening their data needs a reason; the customer sees every access in their access log.</source>
        <translation>按帳戶編號、用戶名稱、電郵地址或電話號碼尋找客戶。開啟其資料須提供原因；客戶會在其存取紀錄中看到每次存取。</translation>
    </message>
    <message>
        <source>Find &amp;customer:</source>
        <translation>尋找客戶(&amp;C)：</translation>
    </message>
    <message>
        <source>Find customer</source>
        <translation>尋找客戶</translation>
    </message>
    <message numerus="yes">
        <source>Account id, user name, e-mail or phone (at least %Ln characters)</source>
        <translation>
            <numerusform>帳戶編號、用戶名稱、電郵或電話（最少 %Ln 個字元）</numerusform>
        </translation>
    </message>
    <message>
        <source>Customers found</source>
        <translation>找到的客戶</translation>
    </message>
    <message>
        <source>Press Enter to open the selected customer&apos;s data</source>
        <translation>按 Enter 開啟所選客戶的資料</translation>
    </message>
    <message>
        <source>Ask for access to the selected customer&apos;s data (Enter)</source>
        <translation>要求存取所選客戶的資料（Enter）</translation>
    </message>
    <message>
        <source>You are offline or Hong Kong Cloud is not answering: customers can only be found online. Try again when you are back online.</source>
        <translation>你已離線或 Hong Kong Cloud 沒有回應：只可在連線時尋找客戶。請在重新連線後再試。</translation>
    </message>
    <message>
        <source>The search did not work.</source>
        <translation>搜尋失敗。</translation>
    </message>
    <message>
        <source>Customer&amp;s</source>
        <translation>客戶(&amp;S)</translation>
    </message>
    <message numerus="yes">
        <source>Type at least %Ln characters to search.</source>
        <translation>
            <numerusform>請輸入最少 %Ln 個字元以搜尋。</numerusform>
        </translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>正在搜尋…</translation>
    </message>
    <message>
        <source>%1 — user name %2, account %3</source>
        <translation>%1 — 用戶名稱 %2，帳戶 %3</translation>
    </message>
    <message>
        <source>No customer matches “%1”.</source>
        <translation>沒有客戶符合「%1」。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customers found; only the first ones are shown: make the search more precise.</source>
        <translation>
            <numerusform>找到 %Ln 名客戶；只顯示首幾名：請把搜尋條件收窄。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) found.</source>
        <translation>
            <numerusform>找到 %Ln 名客戶。</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation>清除搜尋</translation>
    </message>
</context>
<context>
    <name>pd::ui::DeleteDialog</name>
    <message>
        <source>Delete your data</source>
        <translation>刪除你的資料</translation>
    </message>
    <message>
        <source>Ask Hong Kong Cloud to delete data it holds about you. Choose what to delete; the request is saved on this computer and sent when you are online.</source>
        <translation>要求 Hong Kong Cloud 刪除其持有的你的資料。請選擇要刪除的內容；要求會儲存在這部電腦，並在你連線後傳送。</translation>
    </message>
    <message>
        <source>What to delete</source>
        <translation>刪除範圍</translation>
    </message>
    <message>
        <source>The &amp;selected records (select them in the Devices or Cookies tab first)</source>
        <translation>所選記錄（請先在「裝置」或「Cookie」分頁選取）(&amp;S)</translation>
    </message>
    <message>
        <source>The &amp;selected records: %1</source>
        <translation>所選記錄：%1(&amp;S)</translation>
    </message>
    <message>
        <source>One &amp;category:</source>
        <translation>單一類別(&amp;C)：</translation>
    </message>
    <message>
        <source>Usage in a date &amp;range:</source>
        <translation>指定日期範圍內的使用記錄(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Everything: the whole account</source>
        <translation>全部：整個帳戶(&amp;E)</translation>
    </message>
    <message>
        <source>Category to delete</source>
        <translation>要刪除的類別</translation>
    </message>
    <message>
        <source>Usage to delete</source>
        <translation>要刪除的使用記錄</translation>
    </message>
    <message>
        <source>From</source>
        <translation>由</translation>
    </message>
    <message>
        <source>To</source>
        <translation>至</translation>
    </message>
    <message>
        <source>&amp;from</source>
        <translation>由(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>至(&amp;T)</translation>
    </message>
    <message>
        <source>No records are selected. Select them in the Devices or Cookies tab, then choose Delete again.</source>
        <translation>未選取任何記錄。請在「裝置」或「Cookie」分頁選取記錄，然後再選擇「刪除」。</translation>
    </message>
    <message>
        <source>Choose a start date that is on or before the end date.</source>
        <translation>開始日期不可遲於結束日期。</translation>
    </message>
    <message>
        <source>Before you send: some data we may have to keep for a while even after you ask, because the law requires it (for example invoices), or because it is needed for an order that is not finished or a dispute that is still open. We then restrict it: we keep it but stop using it, and delete it as soon as we may (privacy policy VI.III). Hong Kong Cloud&apos;s answer lists exactly what it kept and until when; you will find it in the request&apos;s details in the Requests tab.</source>
        <translation>傳送前請留意：即使你提出要求，部分資料我們仍可能須保留一段時間，原因是法律有所規定（例如發票），或尚未完成的訂單或仍未解決的爭議需要用到。這些資料會被限制使用：我們會保留但停止使用，並在容許時盡快刪除（私隱政策第 VI.III 節）。Hong Kong Cloud 的回覆會列明保留了哪些資料及保留至何時；你可以在「要求」分頁的要求詳情中找到。</translation>
    </message>
    <message>
        <source>You can cancel this request in the Requests tab until Hong Kong Cloud starts working on it. Deleted data cannot be brought back.</source>
        <translation>在 Hong Kong Cloud 開始處理之前，你可以在「要求」分頁撤回此要求。資料一經刪除便無法復原。</translation>
    </message>
    <message>
        <source>Type %1 to c&amp;onfirm:</source>
        <translation>輸入 %1 以確認(&amp;O)：</translation>
    </message>
    <message>
        <source>Type %1 to confirm</source>
        <translation>輸入 %1 以確認</translation>
    </message>
    <message>
        <source>Type DELETE in capital letters to confirm that you want this data deleted.</source>
        <translation>請以大楷輸入 DELETE，確認你要刪除這些資料。</translation>
    </message>
    <message>
        <source>Send &amp;deletion request</source>
        <translation>傳送刪除要求(&amp;D)</translation>
    </message>
    <message>
        <source>Your deletion request</source>
        <translation>你的刪除要求</translation>
    </message>
</context>
<context>
    <name>pd::ui::DevicesPage</name>
    <message>
        <source>Devices and networks</source>
        <translation>裝置及網絡</translation>
    </message>
    <message>
        <source>Model, system, browser, address or operator</source>
        <translation>型號、系統、瀏覽器、地址或營辦商</translation>
    </message>
    <message>
        <source>We hold no device records for you.</source>
        <translation>我們沒有持有你的裝置記錄。</translation>
    </message>
    <message>
        <source>No devices match the filter. Clear the filter to see all of them.</source>
        <translation>沒有符合篩選條件的裝置。清除篩選即可查看全部。</translation>
    </message>
    <message>
        <source>Details of the selected device</source>
        <translation>所選裝置的詳情</translation>
    </message>
    <message>
        <source>Select a device to see everything we hold about it.</source>
        <translation>選擇一部裝置，查看我們持有的相關資料。</translation>
    </message>
    <message>
        <source>&amp;Devices &amp;&amp; networks</source>
        <translation>裝置及網絡(&amp;D)</translation>
    </message>
    <message numerus="yes">
        <source>Showing %L1 of %Ln device(s)</source>
        <translation>
            <numerusform>顯示 %L1 部裝置，共 %Ln 部</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pd::ui::EditFieldDialog</name>
    <message>
        <source>Change %1</source>
        <translation>更改%1</translation>
    </message>
    <message>
        <source>Enter your new %1. The change is saved on this computer first and then sent to Hong Kong Cloud, which updates its records straight away.</source>
        <translation>請輸入新的%1。更改會先儲存在這部電腦，再傳送到 Hong Kong Cloud，並即時更新記錄。</translation>
    </message>
    <message>
        <source>name@example.hk</source>
        <translation>name@example.hk</translation>
    </message>
    <message>
        <source>+852 5123 4567</source>
        <translation>+852 5123 4567</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空白）</translation>
    </message>
    <message>
        <source>Now:</source>
        <translation>現時：</translation>
    </message>
    <message>
        <source>&amp;New %1:</source>
        <translation>新的%1(&amp;N)：</translation>
    </message>
    <message>
        <source>New %1</source>
        <translation>新的%1</translation>
    </message>
    <message>
        <source>If this detail was changed somewhere else since your last sync, nothing is overwritten: the Requests tab will show both values and let you choose.</source>
        <translation>如這項資料在你上次同步後已在別處更改，不會覆蓋任何內容：「要求」分頁會顯示兩個值，讓你選擇。</translation>
    </message>
    <message>
        <source>&amp;Save change</source>
        <translation>儲存更改(&amp;S)</translation>
    </message>
    <message>
        <source>Your change of %1</source>
        <translation>你對%1的更改</translation>
    </message>
</context>
<context>
    <name>pd::ui::ExportDialog</name>
    <message>
        <source>Request a copy of your data</source>
        <translation>索取你的資料副本</translation>
    </message>
    <message>
        <source>Ask Hong Kong Cloud for a copy of everything it holds about you, as one JSON file that other programs can read (privacy policy VI.I).</source>
        <translation>要求 Hong Kong Cloud 提供其持有的你的全部資料副本，格式為其他程式可讀取的單一 JSON 檔案（私隱政策第 VI.I 節）。</translation>
    </message>
    <message>
        <source>Preparing the copy can take a while. When it is ready, select the request in the Requests tab and choose Save copy to store the file where you like.</source>
        <translation>準備副本可能需要一段時間。準備好後，請在「要求」分頁選取該要求，再選擇「儲存副本」，把檔案存放到你想要的位置。</translation>
    </message>
    <message>
        <source>&amp;Request copy</source>
        <translation>索取副本(&amp;R)</translation>
    </message>
    <message>
        <source>Your request for a copy of your data</source>
        <translation>你索取資料副本的要求</translation>
    </message>
</context>
<context>
    <name>pd::ui::FilterBar</name>
    <message>
        <source>F&amp;ilter:</source>
        <translation>篩選(&amp;I)：</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>篩選</translation>
    </message>
    <message>
        <source>Fro&amp;m</source>
        <translation>由(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>至(&amp;T)</translation>
    </message>
    <message>
        <source>Tick to show only events on or after this date</source>
        <translation>勾選後只顯示此日期或之後的事件</translation>
    </message>
    <message>
        <source>Tick to show only events on or before this date</source>
        <translation>勾選後只顯示此日期或之前的事件</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>類別(&amp;K)：</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>所有類別</translation>
    </message>
    <message>
        <source>Clear filter</source>
        <translation>清除篩選</translation>
    </message>
    <message>
        <source>Sort &amp;by:</source>
        <translation>排序方式(&amp;B)：</translation>
    </message>
    <message>
        <source>Ord&amp;er:</source>
        <translation>次序(&amp;E)：</translation>
    </message>
    <message>
        <source>Sort by</source>
        <translation>排序方式</translation>
    </message>
    <message>
        <source>The column the rows are sorted by (the same as clicking its heading)</source>
        <translation>用來排序各列的欄（與按下該欄標題相同）</translation>
    </message>
    <message>
        <source>Sort order</source>
        <translation>排序次序</translation>
    </message>
    <message>
        <source>Ascending</source>
        <translation>遞增</translation>
    </message>
    <message>
        <source>Descending</source>
        <translation>遞減</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>開始日期</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>結束日期</translation>
    </message>
</context>
<context>
    <name>pd::ui::GrantDialog</name>
    <message>
        <source>&amp;Ask for access</source>
        <translation>要求存取(&amp;A)</translation>
    </message>
    <message>
        <source>Open %1&apos;s data</source>
        <translation>開啟 %1 的資料</translation>
    </message>
    <message>
        <source>To see the data of %1 (account %2), say why. %1 sees your reason, the ticket and the categories in their access log; if they asked to be asked first, nothing is shown until they approve.</source>
        <translation>如要查看 %1（帳戶 %2）的資料，請說明原因。%1 會在其存取紀錄中看到你的原因、個案及資料類別；如對方要求先徵詢其同意，在對方批准前不會顯示任何資料。</translation>
    </message>
    <message numerus="yes">
        <source>This is too short: write at least %Ln characters, one sentence saying why you need to look.</source>
        <translation>
            <numerusform>內容太短：請最少寫 %Ln 個字元，用一句說明你為何需要查看。</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose at least one kind of data: only what you need to see.</source>
        <translation>請最少選擇一類資料：只選你需要查看的。</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>For example T-77 or R-1042</source>
        <translation>例如 T-77 或 R-1042</translation>
    </message>
    <message>
        <source>&amp;Ticket or request:</source>
        <translation>個案或要求(&amp;T)：</translation>
    </message>
    <message>
        <source>Ticket or request</source>
        <translation>個案或要求</translation>
    </message>
    <message>
        <source>One sentence: why you need to look</source>
        <translation>用一句說明：你為何需要查看</translation>
    </message>
    <message>
        <source>&amp;Justification:</source>
        <translation>理據(&amp;J)：</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>理據</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> 分鐘</translation>
    </message>
    <message>
        <source>Access ends by itself after this time; at most 8 hours (480 minutes).</source>
        <translation>存取會在這段時間後自動結束；最長 8 小時（480 分鐘）。</translation>
    </message>
    <message>
        <source>For &amp;how long:</source>
        <translation>時長(&amp;H)：</translation>
    </message>
    <message>
        <source>For how long, in minutes</source>
        <translation>時長（分鐘）</translation>
    </message>
    <message>
        <source>Data to see (only what you need)</source>
        <translation>要查看的資料（只選你需要的）</translation>
    </message>
    <message>
        <source>&amp;Personal details</source>
        <translation>個人資料(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Server usage</source>
        <translation>伺服器使用記錄(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Domain usage</source>
        <translation>網域使用記錄(&amp;D)</translation>
    </message>
    <message>
        <source>De&amp;vices and networks</source>
        <translation>裝置及網絡(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Cookies</source>
        <translation>Cookie(&amp;C)</translation>
    </message>
</context>
<context>
    <name>pd::ui::MainWindow</name>
    <message>
        <source>Your data</source>
        <translation>你的資料</translation>
    </message>
    <message>
        <source>Data categories</source>
        <translation>資料類別</translation>
    </message>
    <message>
        <source>You are signed out. The copy of your data on this computer was deleted; your data at Hong Kong Cloud is unchanged.</source>
        <translation>你已登出。這部電腦上的資料副本已刪除；你在 Hong Kong Cloud 的資料不受影響。</translation>
    </message>
    <message>
        <source>Ctrl+%1</source>
        <translation>Ctrl+%1</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>立即同步(&amp;S)</translation>
    </message>
    <message>
        <source>Fetch the latest data from Hong Kong Cloud (F5)</source>
        <translation>從 Hong Kong Cloud 取得最新資料（F5）</translation>
    </message>
    <message>
        <source>Sign &amp;out…</source>
        <translation>登出(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>結束(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Next tab</source>
        <translation>下一個分頁(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Previous tab</source>
        <translation>上一個分頁(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Filter this list</source>
        <translation>篩選此清單(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>鍵盤快速鍵(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;About Privacy Dashboard</source>
        <translation>關於 Privacy Dashboard(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>檢視(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>說明(&amp;H)</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>主工具列</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>立即同步</translation>
    </message>
    <message>
        <source>Go to the %1 tab</source>
        <translation>前往「%1」分頁</translation>
    </message>
    <message>
        <source>Make a new request: correct, delete, complain, export, cancel account</source>
        <translation>提出新要求：更正、刪除、投訴、匯出、取消帳戶</translation>
    </message>
    <message>
        <source>Request a copy of your data</source>
        <translation>索取你的資料副本</translation>
    </message>
    <message>
        <source>Privacy Dashboard - %1</source>
        <translation>Privacy Dashboard - %1</translation>
    </message>
    <message>
        <source>Privacy Dashboard</source>
        <translation>Privacy Dashboard</translation>
    </message>
    <message>
        <source>Account: %1</source>
        <translation>帳戶：%1</translation>
    </message>
    <message>
        <source>Signed in as %1. Open the account menu to sign out.</source>
        <translation>已用 %1 登入。開啟帳戶選單即可登出。</translation>
    </message>
    <message>
        <source>Your sign-in has expired or was withdrawn. Sign in again to update your data.</source>
        <translation>你的登入已過期或已被撤銷。請重新登入以更新你的資料。</translation>
    </message>
    <message>
        <source>Sign out?</source>
        <translation>要登出嗎？</translation>
    </message>
    <message>
        <source>Sign out of Hong Kong Cloud on this computer?</source>
        <translation>要在這部電腦上登出 Hong Kong Cloud 嗎？</translation>
    </message>
    <message>
        <source>The copy of your data on this computer will be deleted. Your data at Hong Kong Cloud is not affected, and you can sign in again at any time.</source>
        <translation>這部電腦上的資料副本會被刪除。你在 Hong Kong Cloud 的資料不受影響，你亦可隨時重新登入。</translation>
    </message>
    <message>
        <source>&amp;Sign out</source>
        <translation>登出(&amp;S)</translation>
    </message>
    <message>
        <source>S&amp;ettings…</source>
        <translation>設定(&amp;E)…</translation>
    </message>
    <message>
        <source>More tool bar buttons</source>
        <translation>更多工具列按鈕</translation>
    </message>
    <message>
        <source>Opening the staff workspace…</source>
        <translation>正在開啟職員工作區…</translation>
    </message>
    <message>
        <source>Fetch &amp;again</source>
        <translation>重新取得(&amp;A)</translation>
    </message>
    <message>
        <source>Fetch the queue and the current list again (F5)</source>
        <translation>重新取得要求列表及目前清單（F5）</translation>
    </message>
    <message>
        <source>Privacy Dashboard - Staff: %1 (supervisor)</source>
        <translation>Privacy Dashboard - 職員：%1（主管）</translation>
    </message>
    <message>
        <source>Privacy Dashboard - Staff: %1</source>
        <translation>Privacy Dashboard - 職員：%1</translation>
    </message>
    <message>
        <source>Open Settings…</source>
        <translation>開啟設定…</translation>
    </message>
</context>
<context>
    <name>pd::ui::NoticesController</name>
    <message>
        <source>&amp;Privacy policy…</source>
        <translation>私隱政策(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Contact Hong Kong Cloud…</source>
        <translation>聯絡 Hong Kong Cloud(&amp;C)…</translation>
    </message>
    <message>
        <source>Export consent &amp;records…</source>
        <translation>匯出同意記錄(&amp;R)…</translation>
    </message>
    <message>
        <source>Hong Kong Cloud has a new privacy policy, %1. Read what changes, then accept it or see how to leave.</source>
        <translation>Hong Kong Cloud 有新的私隱政策（%1）。請閱讀有何改動，然後接受，或查看如何停止使用服務。</translation>
    </message>
    <message>
        <source>See &amp;what changed…</source>
        <translation>查看有何改動(&amp;W)…</translation>
    </message>
    <message>
        <source>A new privacy policy</source>
        <translation>新的私隱政策</translation>
    </message>
    <message numerus="yes">
        <source>%n security notice(s) about your account: %1.</source>
        <translation>
            <numerusform>有 %n 項關於你帳戶的保安通知：%1。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Hong Kong Cloud tells you of %n disclosure(s) of your data to an authority.</source>
        <translation>
            <numerusform>Hong Kong Cloud 通知你，你的資料曾 %n 次向當局披露。</numerusform>
        </translation>
    </message>
    <message>
        <source>See the Notices tab (Ctrl+9).</source>
        <translation>請查看「通知」分頁（Ctrl+9）。</translation>
    </message>
    <message>
        <source>&amp;Read notices</source>
        <translation>閱讀通知(&amp;R)</translation>
    </message>
    <message>
        <source>Notices from Hong Kong Cloud</source>
        <translation>來自 Hong Kong Cloud 的通知</translation>
    </message>
    <message>
        <source>You accepted the privacy policy version %1.</source>
        <translation>你已接受私隱政策版本 %1。</translation>
    </message>
    <message>
        <source>Saved on this computer and being sent now.</source>
        <translation>已儲存在這部電腦上，正在傳送。</translation>
    </message>
    <message>
        <source>Saved on this computer. It will be sent when you are online.</source>
        <translation>已儲存在這部電腦上，會在你連線後傳送。</translation>
    </message>
    <message>
        <source>Your consent is a separate choice</source>
        <translation>同意須另行選擇</translation>
    </message>
    <message>
        <source>The new policy has uses of your data that need your consent: %1. Accepting the policy did not switch them on; they stay off unless you do. Do you want to look at them now?</source>
        <translation>新政策中有些資料用途需要你的同意：%1。接受政策並不會開啟這些用途；除非你自行開啟，否則會維持關閉。要現在查看嗎？</translation>
    </message>
    <message>
        <source>&amp;Open the Consent tab</source>
        <translation>開啟「同意」分頁(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation>稍後再說(&amp;N)</translation>
    </message>
    <message>
        <source>Sign in first: the records are kept with your account.</source>
        <translation>請先登入：這些記錄與你的帳戶一併保存。</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>無法寫入 %1：%2</translation>
    </message>
    <message>
        <source>Export consent records</source>
        <translation>匯出同意記錄</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON 檔案 (*.json)</translation>
    </message>
    <message>
        <source>Your consent records and policy acceptances are saved in %1.</source>
        <translation>你的同意記錄及私隱政策接受記錄已儲存到 %1。</translation>
    </message>
</context>
<context>
    <name>pd::ui::NoticesPage</name>
    <message>
        <source>Read the policy</source>
        <translation>閱讀政策</translation>
    </message>
    <message>
        <source>See what changed…</source>
        <translation>查看有何改動…</translation>
    </message>
    <message>
        <source>&amp;Mark all as read</source>
        <translation>全部標示為已讀(&amp;M)</translation>
    </message>
    <message>
        <source>Security incidents and disclosures</source>
        <translation>保安事故及資料披露</translation>
    </message>
    <message>
        <source>Details of the selected notice</source>
        <translation>所選通知的詳情</translation>
    </message>
    <message>
        <source>Select a notice to read all of it.</source>
        <translation>選擇一項通知以閱讀全文。</translation>
    </message>
    <message>
        <source>Notices</source>
        <translation>通知</translation>
    </message>
    <message>
        <source>No security incident concerns your account, and Hong Kong Cloud has told you of no disclosure of your data to an authority.</source>
        <translation>沒有涉及你帳戶的保安事故，Hong Kong Cloud 亦沒有通知你曾向當局披露你的資料。</translation>
    </message>
    <message numerus="yes">
        <source>%n notice(s), all read on this computer.</source>
        <translation>
            <numerusform>共 %n 項通知，已全部在這部電腦上閱讀。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n notice(s), %1 not read yet on this computer.</source>
        <translation>
            <numerusform>共 %n 項通知，其中 %1 項尚未在這部電腦上閱讀。</numerusform>
        </translation>
    </message>
    <message>
        <source>Privacy policy: you accepted version %1.</source>
        <translation>私隱政策：你已接受版本 %1。</translation>
    </message>
    <message>
        <source>Privacy policy: version %1 is new and waits for your answer. You accepted version %2.</source>
        <translation>私隱政策：版本 %1 是新版本，正等待你回覆。你已接受版本 %2。</translation>
    </message>
    <message>
        <source>Privacy policy: version %1, which you accepted.</source>
        <translation>私隱政策：版本 %1（你已接受）。</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>發生了甚麼</translation>
    </message>
    <message>
        <source>When it happened</source>
        <translation>發生時間</translation>
    </message>
    <message>
        <source>When Hong Kong Cloud found it</source>
        <translation>Hong Kong Cloud 發現的時間</translation>
    </message>
    <message>
        <source>When you were told</source>
        <translation>通知你的時間</translation>
    </message>
    <message>
        <source>Your data it concerns</source>
        <translation>涉及你的資料</translation>
    </message>
    <message>
        <source>What Hong Kong Cloud did</source>
        <translation>Hong Kong Cloud 採取的措施</translation>
    </message>
    <message>
        <source>What you should do:</source>
        <translation>你應該做的事：</translation>
    </message>
    <message>
        <source>Updates:</source>
        <translation>最新進展：</translation>
    </message>
    <message>
        <source>To whom</source>
        <translation>披露對象</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>法律依據</translation>
    </message>
    <message>
        <source>Your data disclosed</source>
        <translation>被披露的資料</translation>
    </message>
    <message>
        <source>When</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Their reference</source>
        <translation>對方的參考編號</translation>
    </message>
    <message>
        <source>The law did not allow Hong Kong Cloud to tell you at once. That delay ended on %1.</source>
        <translation>法律不容許 Hong Kong Cloud 即時通知你。這項延遲已於 %1 結束。</translation>
    </message>
    <message>
        <source>The law did not allow Hong Kong Cloud to tell you at once.</source>
        <translation>法律不容許 Hong Kong Cloud 即時通知你。</translation>
    </message>
</context>
<context>
    <name>pd::ui::NotificationBanner</name>
    <message>
        <source>Dismiss this message</source>
        <translation>關閉此訊息</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>關閉訊息</translation>
    </message>
    <message>
        <source>Offline: %1</source>
        <translation>離線：%1</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>問題：%1</translation>
    </message>
</context>
<context>
    <name>pd::ui::OverviewPage</name>
    <message>
        <source>This is the personal data Hong Kong Cloud holds about you, in five groups. Open a group to see every record, why we hold it and how long we keep it.</source>
        <translation>以下是 Hong Kong Cloud 持有的你的個人資料，分為五組。開啟任何一組，即可查看每項記錄、我們持有的原因及保留期。</translation>
    </message>
    <message>
        <source>View</source>
        <translation>查看</translation>
    </message>
    <message>
        <source>View %1</source>
        <translation>查看%1</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>概覽(&amp;O)</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>已登入</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>已用 %1 登入</translation>
    </message>
    <message>
        <source>staff member</source>
        <translation>職員</translation>
    </message>
    <message>
        <source>customer</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>Account %1 (%2), user name %3</source>
        <translation>帳戶 %1（%2），用戶名稱 %3</translation>
    </message>
    <message>
        <source>Last synced: %1</source>
        <translation>上次同步：%1</translation>
    </message>
    <message>
        <source>Not synced yet. Your data appears here after the first sync.</source>
        <translation>尚未同步。首次同步後，你的資料會在這裏顯示。</translation>
    </message>
    <message>
        <source>Privacy policy: no accepted version on record.</source>
        <translation>私隱政策：沒有你已接受版本的記錄。</translation>
    </message>
    <message>
        <source>No records</source>
        <translation>沒有記錄</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s)</source>
        <translation>
            <numerusform>%Ln 項記錄</numerusform>
        </translation>
    </message>
    <message>
        <source>The customer&apos;s data that your access covers, read-only. Groups your access does not cover show no records.</source>
        <translation>你的存取範圍內的客戶資料（唯讀）。不在你存取範圍內的類別不會顯示紀錄。</translation>
    </message>
    <message>
        <source>Customer: %1</source>
        <translation>客戶：%1</translation>
    </message>
    <message>
        <source>Your account closes on %1, as you asked. After that you can no longer sign in; save an export before then if you want a copy of your data.</source>
        <translation>按你的要求，你的帳戶會在 %1 關閉。之後你將無法再登入；如你想保留資料副本，請在此之前儲存匯出檔案。</translation>
    </message>
    <message>
        <source>Privacy policy you accepted: version of %1.</source>
        <translation>你已接受的私隱政策：%1 版。</translation>
    </message>
    <message>
        <source>A new version (%1) waits for your answer.</source>
        <translation>新版本（%1）正等待你回覆。</translation>
    </message>
    <message numerus="yes">
        <source>%n notice(s) about security incidents or disclosures not read yet: see the Notices tab.</source>
        <translation>
            <numerusform>有 %n 項關於保安事故或資料披露的通知尚未閱讀：請查看「通知」分頁。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pd::ui::PersonalPage</name>
    <message>
        <source>The details you gave us when you registered, and how we use them. Some you can change yourself; for the others, ask us to correct them.</source>
        <translation>你註冊時提供給我們的資料，以及我們如何使用。部分資料你可以自行更改；其他資料請要求我們更正。</translation>
    </message>
    <message>
        <source>Personal details</source>
        <translation>個人資料</translation>
    </message>
    <message>
        <source>Details of the selected item</source>
        <translation>所選項目的詳情</translation>
    </message>
    <message>
        <source>Select an item to see what we use it for, why we may, where it came from and how long we keep it.</source>
        <translation>選擇一個項目，查看我們的用途、可使用的理由、資料來源及保留期。</translation>
    </message>
    <message>
        <source>&amp;Personal</source>
        <translation>個人資料(&amp;P)</translation>
    </message>
    <message>
        <source>Password: last changed %1. The password itself is never shown or stored here.</source>
        <translation>密碼：最後更改於 %1。密碼本身從不在此顯示或儲存。</translation>
    </message>
    <message>
        <source>The password itself is never shown or stored here.</source>
        <translation>密碼本身從不在此顯示或儲存。</translation>
    </message>
    <message>
        <source>Payment methods: we show only the last 4 digits of a card, or a masked account name; the full number is never sent to this app.</source>
        <translation>付款方式：我們只顯示信用卡的最後 4 位數字，或部分遮蓋的帳戶名稱；完整號碼從不會傳送到本應用程式。</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>修改(&amp;E)…</translation>
    </message>
    <message>
        <source>As&amp;k us to correct…</source>
        <translation>請我們更正(&amp;K)…</translation>
    </message>
    <message>
        <source>Change this detail yourself (Enter or F2)</source>
        <translation>自行更改此資料（Enter 或 F2）</translation>
    </message>
    <message>
        <source>Only Hong Kong Cloud can change this detail: send a correction request (Enter or F2)</source>
        <translation>只有 Hong Kong Cloud 可以更改此資料：請傳送更正要求（Enter 或 F2）</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1：</translation>
    </message>
</context>
<context>
    <name>pd::ui::PolicyChangesDialog</name>
    <message>
        <source>A new use of your data</source>
        <translation>新的資料用途</translation>
    </message>
    <message>
        <source>A use that stops</source>
        <translation>停止的用途</translation>
    </message>
    <message>
        <source>A new recipient</source>
        <translation>新的接收者</translation>
    </message>
    <message>
        <source>A recipient that no longer gets your data</source>
        <translation>不再接收你資料的接收者</translation>
    </message>
    <message>
        <source>Kept for less time</source>
        <translation>保留期縮短</translation>
    </message>
    <message>
        <source>Kept for longer</source>
        <translation>保留期延長</translation>
    </message>
    <message>
        <source>A new kind of data collected</source>
        <translation>收集新類別的資料</translation>
    </message>
    <message>
        <source>A new right</source>
        <translation>新增的權利</translation>
    </message>
    <message>
        <source>A changed right</source>
        <translation>有所更改的權利</translation>
    </message>
    <message>
        <source>A change</source>
        <translation>一項改動</translation>
    </message>
    <message>
        <source>How your data is used</source>
        <translation>你的資料如何被使用</translation>
    </message>
    <message>
        <source>Who your data is shared with</source>
        <translation>你的資料與誰分享</translation>
    </message>
    <message>
        <source>How long your data is kept</source>
        <translation>你的資料保留多久</translation>
    </message>
    <message>
        <source>What is collected</source>
        <translation>收集哪些資料</translation>
    </message>
    <message>
        <source>Your rights</source>
        <translation>你的權利</translation>
    </message>
    <message>
        <source>Other changes</source>
        <translation>其他改動</translation>
    </message>
    <message>
        <source>What changes in the privacy policy</source>
        <translation>私隱政策有何改動</translation>
    </message>
    <message>
        <source>The privacy policy changes</source>
        <translation>私隱政策有所改動</translation>
    </message>
    <message>
        <source>You accepted version %1. Here is what is different, grouped by what it means for you.</source>
        <translation>你已接受版本 %1。以下是不同之處，按對你的影響分類。</translation>
    </message>
    <message>
        <source>The provider did not list the changes. Read the full text below.</source>
        <translation>服務供應商沒有列出改動。請閱讀下方的全文。</translation>
    </message>
    <message>
        <source>Read the &amp;full text with the changes marked…</source>
        <translation>閱讀標示了改動的全文(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Accept the new policy</source>
        <translation>接受新政策(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Decline and see how to leave…</source>
        <translation>拒絕並查看如何停止使用服務(&amp;D)…</translation>
    </message>
    <message>
        <source>Decide &amp;later</source>
        <translation>稍後決定(&amp;L)</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>改動前</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>改動後</translation>
    </message>
    <message>
        <source>This use needs your consent. Accepting the policy does not give it: your choice for “%1” stays as it is (off, if you never gave it), and you decide on the Consent tab.</source>
        <translation>此用途需要你的同意。接受政策並不等於給予同意：你對「%1」的選擇維持不變（如你從未同意，則維持關閉），由你在「同意」分頁決定。</translation>
    </message>
    <message>
        <source>.</source>
        <comment>end of the version line</comment>
        <translation>。</translation>
    </message>
</context>
<context>
    <name>pd::ui::PolicyDialog</name>
    <message>
        <source>&amp;Mark what changed in this version</source>
        <translation>標示此版本的改動(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>列印(&amp;P)…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>儲存為 PDF(&amp;D)…</translation>
    </message>
    <message>
        <source>Privacy policy</source>
        <translation>私隱政策</translation>
    </message>
    <message>
        <source>Language of the policy</source>
        <translation>政策語言</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>語言(&amp;L)：</translation>
    </message>
    <message>
        <source>Find in the policy</source>
        <translation>在政策中尋找</translation>
    </message>
    <message>
        <source>Find (Enter or F3: next, Shift+Enter or Shift+F3: previous)</source>
        <translation>尋找（Enter 或 F3：下一個；Shift+Enter 或 Shift+F3：上一個）</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>尋找(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>下一個(&amp;N)</translation>
    </message>
    <message>
        <source>Find next</source>
        <translation>尋找下一個</translation>
    </message>
    <message>
        <source>Pre&amp;vious</source>
        <translation>上一個(&amp;V)</translation>
    </message>
    <message>
        <source>Find previous</source>
        <translation>尋找上一個</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>章節</translation>
    </message>
    <message>
        <source>&amp;Sections</source>
        <translation>章節(&amp;S)</translation>
    </message>
    <message>
        <source>The policy has not been fetched yet. It comes with your data the next time you sync.</source>
        <translation>尚未取得私隱政策。下次同步時，會與你的資料一併取得。</translation>
    </message>
    <message>
        <source>Privacy policy, version %1</source>
        <translation>私隱政策，版本 %1</translation>
    </message>
    <message>
        <source>“%1” is not in the policy.</source>
        <translation>政策中找不到「%1」。</translation>
    </message>
    <message>
        <source>Save the policy as PDF</source>
        <translation>把政策儲存為 PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 檔案 (*.pdf)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未儲存</translation>
    </message>
    <message>
        <source>The PDF could not be written to %1. Choose a folder you can write to.</source>
        <translation>無法把 PDF 寫入 %1。請選擇你可以寫入的資料夾。</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>已儲存到 %1。</translation>
    </message>
    <message>
        <source>Print the privacy policy</source>
        <translation>列印私隱政策</translation>
    </message>
</context>
<context>
    <name>pd::ui::PolicyView</name>
    <message>
        <source>Changed in this version:</source>
        <translation>此版本的改動：</translation>
    </message>
    <message>
        <source>This is a translation of the English text. Where they differ, the English text applies.</source>
        <translation>這是英文文本的翻譯。如兩者有出入，以英文文本為準。</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>版本 %1</translation>
    </message>
    <message>
        <source>Version %1, in effect from %2</source>
        <translation>版本 %1，由 %2 起生效</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <extracomment>A section of the privacy policy: its Roman number, then its title (&quot;III. Who we share it with&quot;).</extracomment>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Privacy policy</source>
        <translation>私隱政策</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <comment>date format</comment>
        <extracomment>The date a policy takes effect, as a QDate format: Chinese &quot;yyyy年M月d日&quot;.</extracomment>
        <translation>yyyy年M月d日</translation>
    </message>
</context>
<context>
    <name>pd::ui::ProcessRequestDialog</name>
    <message>
        <source>Assign to &amp;me</source>
        <translation>指派給我(&amp;M)</translation>
    </message>
    <message>
        <source>Move to i&amp;n review</source>
        <translation>轉為審閱中(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Ask the customer…</source>
        <translation>詢問客戶(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Complete…</source>
        <translation>完成(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Reject…</source>
        <translation>拒絕(&amp;R)…</translation>
    </message>
    <message>
        <source>E&amp;xtend due date…</source>
        <translation>延長限期(&amp;X)…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <source>Request %1</source>
        <translation>要求 %1</translation>
    </message>
    <message>
        <source>What the customer asked, their messages and the history</source>
        <translation>客戶的要求、其訊息及歷史紀錄</translation>
    </message>
    <message>
        <source>Take this request: it shows as yours in the queue</source>
        <translation>接手這項要求：要求列表中會顯示由你負責</translation>
    </message>
    <message>
        <source>Tell the customer you are working on it</source>
        <translation>通知客戶你正在處理</translation>
    </message>
    <message>
        <source>Ask the customer a question; the request waits for their reply</source>
        <translation>向客戶提問；要求會等待客戶回覆</translation>
    </message>
    <message>
        <source>Refuse the request with a reason the customer sees; it goes into the refusal log book</source>
        <translation>拒絕要求並提供客戶可見的原因；會記錄在拒絕紀錄冊中</translation>
    </message>
    <message>
        <source>Give yourself more time, once, with a reason the customer sees</source>
        <translation>延長處理時間一次，並提供客戶可見的原因</translation>
    </message>
    <message>
        <source>&amp;Question to the customer:</source>
        <translation>給客戶的問題(&amp;Q)：</translation>
    </message>
    <message>
        <source>Question to the customer</source>
        <translation>給客戶的問題</translation>
    </message>
    <message>
        <source>The customer sees it in their app and can reply once.</source>
        <translation>客戶會在其應用程式中看到，並可回覆一次。</translation>
    </message>
    <message>
        <source>Ans&amp;wer to the customer:</source>
        <translation>給客戶的回覆(&amp;W)：</translation>
    </message>
    <message>
        <source>Answer to the customer</source>
        <translation>給客戶的回覆</translation>
    </message>
    <message>
        <source>Reason for refusing</source>
        <translation>拒絕原因</translation>
    </message>
    <message>
        <source>Reason (from the &amp;list):</source>
        <translation>原因（從清單選擇）(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Explanation for the customer:</source>
        <translation>給客戶的解釋(&amp;E)：</translation>
    </message>
    <message>
        <source>Explanation for the customer</source>
        <translation>給客戶的解釋</translation>
    </message>
    <message>
        <source>Required. The customer sees it, and it is kept in the refusal log book.</source>
        <translation>必須填寫。客戶會看到，並會保存在拒絕紀錄冊中。</translation>
    </message>
    <message>
        <source>Extend by</source>
        <translation>延長</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n 個月</numerusform>
        </translation>
    </message>
    <message>
        <source>Extend &amp;by:</source>
        <translation>延長(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Why (the customer sees this):</source>
        <translation>原因（客戶會看到）(&amp;W)：</translation>
    </message>
    <message>
        <source>Why the due date is extended</source>
        <translation>延長限期的原因</translation>
    </message>
    <message>
        <source>A due date can be extended only once.</source>
        <translation>限期只可延長一次。</translation>
    </message>
    <message>
        <source>Assigning the request to you</source>
        <translation>正在把要求指派給你</translation>
    </message>
    <message>
        <source>Moving the request to in review</source>
        <translation>正在把要求轉為審閱中</translation>
    </message>
    <message>
        <source>You are offline or Hong Kong Cloud is not answering, so the customer&apos;s words cannot be shown. You can still take a step: it is saved and sent when you are online.</source>
        <translation>你已離線或 Hong Kong Cloud 沒有回應，因此無法顯示客戶的內容。你仍可進行下一步：會先儲存，並在你連線後傳送。</translation>
    </message>
    <message>
        <source>The customer&apos;s request could not be fetched.</source>
        <translation>無法取得客戶的要求。</translation>
    </message>
    <message>
        <source>Done. The request is now: %1.</source>
        <translation>完成。要求現在的狀態：%1。</translation>
    </message>
    <message>
        <source>Done. The request is assigned to you; its status is: %1.</source>
        <translation>完成。要求已指派給你；狀態：%1。</translation>
    </message>
    <message>
        <source>Request %1: %2</source>
        <translation>要求 %1：%2</translation>
    </message>
    <message>
        <source>Hong Kong Cloud did not accept this step.</source>
        <translation>Hong Kong Cloud 不接納這個步驟。</translation>
    </message>
    <message>
        <source>The request&apos;s status does not allow it any more; someone may have worked on it meanwhile.</source>
        <translation>要求的狀態已不容許這個步驟；可能有其他人同時處理了這項要求。</translation>
    </message>
    <message>
        <source>The due date has already been extended once.</source>
        <translation>限期已延長過一次。</translation>
    </message>
    <message>
        <source>%1 from customer %2</source>
        <translation>來自客戶 %2 的%1</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>收到日期</translation>
    </message>
    <message>
        <source>%1 (extended from %2)</source>
        <translation>%1（由 %2 延長）</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>限期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>負責人</translation>
    </message>
    <message>
        <source>you (%1)</source>
        <translation>你（%1）</translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation>尚未指派</translation>
    </message>
    <message>
        <source>What the customer asked:</source>
        <translation>客戶的要求：</translation>
    </message>
    <message>
        <source>Attached files</source>
        <translation>附加檔案</translation>
    </message>
    <message>
        <source>Messages:</source>
        <translation>訊息：</translation>
    </message>
    <message>
        <source>Hong Kong Cloud</source>
        <translation>Hong Kong Cloud</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>%1, %2:</source>
        <translation>%1，%2：</translation>
    </message>
    <message>
        <source>Refused because</source>
        <translation>拒絕原因</translation>
    </message>
    <message>
        <source>History:</source>
        <translation>歷史紀錄：</translation>
    </message>
    <message>
        <source>Fetching what the customer asked…</source>
        <translation>正在取得客戶的要求…</translation>
    </message>
    <message>
        <source>The due date has already been extended once; it cannot be extended again.</source>
        <translation>限期已延長過一次，不可再延長。</translation>
    </message>
    <message>
        <source>Already extended once</source>
        <translation>已延長過一次</translation>
    </message>
    <message>
        <source>&amp;Send the question</source>
        <translation>傳送問題(&amp;S)</translation>
    </message>
    <message>
        <source>Required for a complaint.</source>
        <translation>投訴必須填寫。</translation>
    </message>
    <message>
        <source>Optional: a note the customer sees with the result.</source>
        <translation>選填：客戶會連同結果看到的備註。</translation>
    </message>
    <message>
        <source>&amp;Send and complete</source>
        <translation>傳送並完成(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Send the refusal</source>
        <translation>傳送拒絕通知(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Send the extension</source>
        <translation>傳送延期通知(&amp;S)</translation>
    </message>
    <message>
        <source>Your question</source>
        <translation>你的問題</translation>
    </message>
    <message>
        <source>Completing the request</source>
        <translation>完成要求</translation>
    </message>
    <message>
        <source>The refusal</source>
        <translation>拒絕通知</translation>
    </message>
    <message>
        <source>The extension</source>
        <translation>延期通知</translation>
    </message>
    <message>
        <source>%1 could not be saved.</source>
        <translation>無法儲存%1。</translation>
    </message>
    <message>
        <source>%1 is saved on this computer. It is sent now, or as soon as you are online.</source>
        <translation>%1已儲存在這部電腦上，會立即傳送，或在你連線後盡快傳送。</translation>
    </message>
</context>
<context>
    <name>pd::ui::RefusalsPage</name>
    <message>
        <source>&amp;Export…</source>
        <translation>匯出(&amp;E)…</translation>
    </message>
    <message>
        <source>Fetch agai&amp;n</source>
        <translation>重新取得(&amp;N)</translation>
    </message>
    <message>
        <source>Every request we refused, with the reason given to the customer. The Privacy Commissioner may ask to see this log book.</source>
        <translation>我們拒絕的每項要求，連同向客戶提供的原因。個人資料私隱專員可能會要求查閱此紀錄冊。</translation>
    </message>
    <message>
        <source>Refusal log book</source>
        <translation>拒絕紀錄冊</translation>
    </message>
    <message>
        <source>Save the log book as a CSV file for a spreadsheet</source>
        <translation>把紀錄冊儲存為 CSV 檔案，以便用試算表開啟</translation>
    </message>
    <message>
        <source>The refusal log book could not be fetched.</source>
        <translation>無法取得拒絕紀錄冊。</translation>
    </message>
    <message>
        <source>No request has been refused.</source>
        <translation>沒有要求被拒絕。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln refusal(s).</source>
        <translation>
            <numerusform>共 %Ln 項拒絕。</numerusform>
        </translation>
    </message>
    <message>
        <source>Fetching the refusal log book…</source>
        <translation>正在取得拒絕紀錄冊…</translation>
    </message>
    <message>
        <source>Refusal &amp;log book</source>
        <translation>拒絕紀錄冊(&amp;L)</translation>
    </message>
    <message>
        <source>The refusal log book is saved in %1.</source>
        <translation>拒絕紀錄冊已儲存在 %1。</translation>
    </message>
    <message>
        <source>The refusal log book could not be saved in %1.</source>
        <translation>無法把拒絕紀錄冊儲存在 %1。</translation>
    </message>
    <message>
        <source>refusal-log-book-%1.csv</source>
        <translation>refusal-log-book-%1.csv</translation>
    </message>
    <message>
        <source>Export the refusal log book</source>
        <translation>匯出拒絕紀錄冊</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 檔案 (*.csv)</translation>
    </message>
</context>
<context>
    <name>pd::ui::ReplyDialog</name>
    <message>
        <source>Files to attach</source>
        <translation>要附加的檔案</translation>
    </message>
    <message>
        <source>Reply to Hong Kong Cloud</source>
        <translation>回覆 Hong Kong Cloud</translation>
    </message>
    <message>
        <source>Hong Kong Cloud needs more information to go on with request %1. Answer its question; it continues working on the request when your reply arrives.</source>
        <translation>Hong Kong Cloud 需要更多資料才可繼續處理要求 %1。請回答其問題；收到你的回覆後，便會繼續處理要求。</translation>
    </message>
    <message>
        <source>(No question was given.)</source>
        <translation>（沒有提供問題。）</translation>
    </message>
    <message>
        <source>Question from Hong Kong Cloud</source>
        <translation>Hong Kong Cloud 的問題</translation>
    </message>
    <message>
        <source>They asked:</source>
        <translation>對方問：</translation>
    </message>
    <message>
        <source>&amp;Your reply:</source>
        <translation>你的回覆(&amp;Y)：</translation>
    </message>
    <message>
        <source>Your reply</source>
        <translation>你的回覆</translation>
    </message>
    <message>
        <source>&amp;Files (optional):</source>
        <translation>檔案（選填）(&amp;F)：</translation>
    </message>
    <message>
        <source>Too many files: attach at most %1.</source>
        <translation>檔案太多：最多只可附加 %1 個。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Files: PDF, PNG or JPEG, at most %1 each and %2 in all. Your reply is saved on this computer first and sent once, when you are online.</source>
        <translation>檔案：PDF、PNG 或 JPEG，每個最多 %1，合共最多 %2。你的回覆會先儲存在這部電腦上，並在你連線時傳送一次。</translation>
    </message>
    <message>
        <source>Send &amp;reply</source>
        <translation>傳送回覆(&amp;R)</translation>
    </message>
</context>
<context>
    <name>pd::ui::RequestsPage</name>
    <message>
        <source>Retr&amp;y now</source>
        <translation>立即重試(&amp;Y)</translation>
    </message>
    <message>
        <source>Cancel reques&amp;t</source>
        <translation>撤回要求(&amp;T)</translation>
    </message>
    <message>
        <source>Reso&amp;lve…</source>
        <translation>解決(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Edit and resend…</source>
        <translation>修改並重新傳送(&amp;E)…</translation>
    </message>
    <message>
        <source>Di&amp;scard…</source>
        <translation>捨棄(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Save copy…</source>
        <translation>儲存副本(&amp;S)…</translation>
    </message>
    <message>
        <source>Send what is waiting now, without waiting for the next automatic try</source>
        <translation>立即傳送等待中的內容，無須等待下次自動重試</translation>
    </message>
    <message>
        <source>New request</source>
        <translation>新要求</translation>
    </message>
    <message>
        <source>Make a new request (Ctrl+N)</source>
        <translation>提出新要求（Ctrl+N）</translation>
    </message>
    <message>
        <source>Your requests</source>
        <translation>你的要求</translation>
    </message>
    <message>
        <source>Details of the selected request</source>
        <translation>所選要求的詳情</translation>
    </message>
    <message>
        <source>Select a request to see its history, Hong Kong Cloud&apos;s messages and what you can do.</source>
        <translation>選擇一項要求，查看其記錄、Hong Kong Cloud 的訊息，以及你可以怎樣做。</translation>
    </message>
    <message>
        <source>Withdraw the request; possible until Hong Kong Cloud starts working on it</source>
        <translation>撤回要求；在 Hong Kong Cloud 開始處理前均可撤回</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>下載進度</translation>
    </message>
    <message>
        <source>Sending resumed.</source>
        <translation>已恢復傳送。</translation>
    </message>
    <message>
        <source>Sending paused. What you do is still saved on this computer; nothing is sent until you resume.</source>
        <translation>已暫停傳送。你的操作仍會儲存在這部電腦；在你恢復傳送前不會傳送任何內容。</translation>
    </message>
    <message>
        <source>Re&amp;quests</source>
        <translation>要求(&amp;Q)</translation>
    </message>
    <message>
        <source>You have not made any requests yet. Use New request (Ctrl+N) to ask Hong Kong Cloud to correct or delete data, to complain, or for a copy of your data.</source>
        <translation>你尚未提出任何要求。使用「新要求」（Ctrl+N）可要求 Hong Kong Cloud 更正或刪除資料、作出投訴，或索取你的資料副本。</translation>
    </message>
    <message>
        <source>No open requests.</source>
        <translation>沒有處理中的要求。</translation>
    </message>
    <message numerus="yes">
        <source>%n open request(s).</source>
        <translation>
            <numerusform>%n 項處理中的要求。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue: Hong Kong Cloud has not answered by the date it must.</source>
        <translation>
            <numerusform>%n 項逾期：Hong Kong Cloud 未有在限期前回覆。</numerusform>
        </translation>
    </message>
    <message>
        <source>Resume send&amp;ing</source>
        <translation>恢復傳送(&amp;I)</translation>
    </message>
    <message>
        <source>Pause send&amp;ing</source>
        <translation>暫停傳送(&amp;I)</translation>
    </message>
    <message>
        <source>Sending is paused.</source>
        <translation>傳送已暫停。</translation>
    </message>
    <message numerus="yes">
        <source>Sending is paused: %n action(s) saved on this computer. Nothing is sent until you resume.</source>
        <translation>
            <numerusform>傳送已暫停：%n 項操作已儲存在這部電腦。在你恢復傳送前不會傳送任何內容。</numerusform>
        </translation>
    </message>
    <message>
        <source>Everything you did has been sent.</source>
        <translation>你的所有操作均已傳送。</translation>
    </message>
    <message numerus="yes">
        <source>You are offline: %n action(s) saved on this computer. They will be sent when you are online.</source>
        <translation>
            <numerusform>你已離線：%n 項操作已儲存在這部電腦，會在你連線後傳送。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) waiting to send. They are sent automatically.</source>
        <translation>
            <numerusform>%n 項操作等待傳送，會自動傳送。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n need(s) your attention: select it to see why.</source>
        <translation>
            <numerusform>%n 項需要你處理：選取即可查看原因。</numerusform>
        </translation>
    </message>
    <message>
        <source>This detail was changed somewhere else after this computer last synced, so nothing was overwritten. Choose Resolve to see both values and pick one.</source>
        <translation>這部電腦上次同步後，這項資料已在別處更改，因此沒有覆蓋任何內容。請選擇「解決」查看兩個值並選擇其一。</translation>
    </message>
    <message>
        <source>Hong Kong Cloud did not accept the new value.</source>
        <translation>Hong Kong Cloud 不接納新的內容。</translation>
    </message>
    <message>
        <source>This detail cannot be changed here. Discard this change and ask us to correct it instead.</source>
        <translation>這項資料不可在此更改。請捨棄此更改，改為要求我們更正。</translation>
    </message>
    <message>
        <source>The request can no longer be cancelled: Hong Kong Cloud has already started working on it.</source>
        <translation>此要求已無法撤回：Hong Kong Cloud 已開始處理。</translation>
    </message>
    <message>
        <source>Hong Kong Cloud does not allow this for your account.</source>
        <translation>Hong Kong Cloud 不容許你的帳戶進行此操作。</translation>
    </message>
    <message>
        <source>Hong Kong Cloud did not accept this.</source>
        <translation>Hong Kong Cloud 不接納此項。</translation>
    </message>
    <message>
        <source>It said: “%1”</source>
        <translation>回覆內容：「%1」</translation>
    </message>
    <message>
        <source>You can edit it and send it again, or discard it.</source>
        <translation>你可以修改後重新傳送，或將其捨棄。</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>狀態：%1</translation>
    </message>
    <message>
        <source>Made: %1</source>
        <translation>提出日期：%1</translation>
    </message>
    <message>
        <source>Answer due by: %1</source>
        <translation>回覆限期：%1</translation>
    </message>
    <message>
        <source>What happens next: it is sent automatically when you are online.</source>
        <translation>接下來：你連線後會自動傳送。</translation>
    </message>
    <message>
        <source>What happens next: Hong Kong Cloud will start working on it. Until then you can cancel it.</source>
        <translation>接下來：Hong Kong Cloud 會開始處理。在此之前你可以撤回。</translation>
    </message>
    <message>
        <source>What happens next: Hong Kong Cloud is working on it and will answer by the due date.</source>
        <translation>接下來：Hong Kong Cloud 正在處理，並會在限期前回覆。</translation>
    </message>
    <message>
        <source>What happens next: Hong Kong Cloud needs more information from you; see its message below.</source>
        <translation>接下來：Hong Kong Cloud 需要你提供更多資料；請參閱下方訊息。</translation>
    </message>
    <message>
        <source>Your copy is ready: choose Save copy to store it on this computer.</source>
        <translation>你的副本已準備好：請選擇「儲存副本」把它儲存到這部電腦。</translation>
    </message>
    <message>
        <source>The cancellation could not be saved. %1</source>
        <translation>無法儲存撤回要求。%1</translation>
    </message>
    <message>
        <source>Cancelling request %1: saved on this computer and being sent now.</source>
        <translation>撤回要求 %1：已儲存在這部電腦，現正傳送。</translation>
    </message>
    <message>
        <source>Cancelling request %1: saved on this computer. It will be sent when you are online.</source>
        <translation>撤回要求 %1：已儲存在這部電腦，會在你連線後傳送。</translation>
    </message>
    <message>
        <source>Discard this action?</source>
        <translation>要捨棄此操作嗎？</translation>
    </message>
    <message>
        <source>Discard this action? It will not be sent, and it is removed from this computer.</source>
        <translation>要捨棄此操作嗎？它不會被傳送，並會從這部電腦移除。</translation>
    </message>
    <message>
        <source>D&amp;iscard</source>
        <translation>捨棄(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Keep it</source>
        <translation>保留(&amp;K)</translation>
    </message>
    <message>
        <source>Discarded. Nothing was sent.</source>
        <translation>已捨棄，沒有傳送任何內容。</translation>
    </message>
    <message>
        <source>my-data-hong-kong-cloud-%1.json</source>
        <translation>my-data-hong-kong-cloud-%1.json</translation>
    </message>
    <message>
        <source>Save a copy of your data</source>
        <translation>儲存你的資料副本</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON 檔案 (*.json);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>Downloading your copy from Hong Kong Cloud…</source>
        <translation>正在從 Hong Kong Cloud 下載你的副本…</translation>
    </message>
    <message>
        <source>Hong Kong Cloud has not finished preparing your copy yet. Try again later.</source>
        <translation>Hong Kong Cloud 尚未準備好你的副本。請稍後再試。</translation>
    </message>
    <message>
        <source>Your copy could not be downloaded. %1</source>
        <translation>無法下載你的副本。%1</translation>
    </message>
    <message>
        <source>Your copy was downloaded but could not be saved to %1 (%2). Choose another folder and try again.</source>
        <translation>你的副本已下載，但無法儲存到 %1（%2）。請選擇其他資料夾再試一次。</translation>
    </message>
    <message>
        <source>Saved your copy (%1) to %2.</source>
        <translation>已把你的副本（%1）儲存到 %2。</translation>
    </message>
    <message>
        <source>An attached file was not accepted. Attach a PDF, PNG or JPEG file of at most %1.</source>
        <translation>一個附件未被接受。請附上不超過 %1 的 PDF、PNG 或 JPEG 檔案。</translation>
    </message>
    <message>
        <source>S&amp;end again</source>
        <translation>再次傳送(&amp;E)</translation>
    </message>
    <message>
        <source>R&amp;eply…</source>
        <translation>回覆(&amp;E)…</translation>
    </message>
    <message>
        <source>Question from Hong Kong Cloud</source>
        <translation>Hong Kong Cloud 的問題</translation>
    </message>
    <message>
        <source>Answer Hong Kong Cloud&apos;s question, with files if you like</source>
        <translation>回答 Hong Kong Cloud 的問題，亦可附加檔案</translation>
    </message>
    <message>
        <source>The staff request was no longer waiting for your answer: it had expired or was withdrawn, so nothing was changed.</source>
        <translation>該職員要求已不再等待你回覆：要求已過期或已撤回，因此沒有作出任何更改。</translation>
    </message>
    <message>
        <source>Hong Kong Cloud was no longer waiting for your reply on this request.</source>
        <translation>Hong Kong Cloud 已不再等待你就這項要求的回覆。</translation>
    </message>
    <message>
        <source>Hong Kong Cloud asks: %1</source>
        <translation>Hong Kong Cloud 問：%1</translation>
    </message>
</context>
<context>
    <name>pd::ui::ResolveConflictDialog</name>
    <message>
        <source>&amp;Use the chosen value</source>
        <translation>使用所選的值(&amp;U)</translation>
    </message>
    <message>
        <source>Choose which %1 to keep</source>
        <translation>選擇要保留哪個%1</translation>
    </message>
    <message>
        <source>Your %1 was changed somewhere else after this computer last synced, so Hong Kong Cloud did not apply your change and nothing was overwritten. Choose which value to keep.</source>
        <translation>這部電腦上次同步後，你的%1已在別處更改，因此 Hong Kong Cloud 沒有套用你的更改，亦沒有覆蓋任何內容。請選擇要保留哪個值。</translation>
    </message>
    <message>
        <source>Which value to keep</source>
        <translation>要保留的值</translation>
    </message>
    <message>
        <source>The one at Hong Kong &amp;Cloud: %1</source>
        <translation>Hong Kong Cloud 上的：%1(&amp;C)</translation>
    </message>
    <message>
        <source>Keeping yours sends your change again. Keeping the one at Hong Kong Cloud discards your change; nothing is sent.</source>
        <translation>保留你的值會重新傳送你的更改。保留 Hong Kong Cloud 上的值會捨棄你的更改，不會傳送任何內容。</translation>
    </message>
    <message>
        <source>Your change was discarded; the %1 at Hong Kong Cloud stays as it is.</source>
        <translation>你的更改已捨棄；Hong Kong Cloud 上的%1維持不變。</translation>
    </message>
    <message>
        <source>Checking the current version at Hong Kong Cloud…</source>
        <translation>正在檢查 Hong Kong Cloud 上的現有版本…</translation>
    </message>
    <message>
        <source>The current version could not be fetched. %1</source>
        <translation>無法取得現有版本。%1</translation>
    </message>
    <message>
        <source>Your %1 is being sent again.</source>
        <translation>正在重新傳送你的%1。</translation>
    </message>
    <message>
        <source>Your %1 is saved on this computer. It will be sent when you are online.</source>
        <translation>你的%1已儲存在這部電腦，會在你連線後傳送。</translation>
    </message>
    <message>
        <source>&amp;Mine: %1</source>
        <translation>我的(&amp;M)：%1</translation>
    </message>
    <message>
        <source>Changed on this computer %1</source>
        <translation>於這部電腦更改：%1</translation>
    </message>
    <message>
        <source>Changed at Hong Kong Cloud %1</source>
        <translation>於 Hong Kong Cloud 更改：%1</translation>
    </message>
    <message>
        <source>Changed at Hong Kong Cloud since your last sync</source>
        <translation>自你上次同步後已於 Hong Kong Cloud 更改</translation>
    </message>
</context>
<context>
    <name>pd::ui::SettingsDialog</name>
    <message>
        <source>&amp;High-contrast colours</source>
        <translation>高對比色彩(&amp;H)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>語言</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>跟隨系統</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>語言(&amp;L)：</translation>
    </message>
    <message>
        <source>High-contrast colours</source>
        <translation>高對比色彩</translation>
    </message>
    <message>
        <source>White text on black, with a yellow selection. When off, the colours follow the system.</source>
        <translation>黑底白字，選取項目以黃色標示。關閉時，色彩跟隨系統。</translation>
    </message>
    <message>
        <source>Appearance:</source>
        <translation>外觀：</translation>
    </message>
    <message>
        <source>Choo&amp;se…</source>
        <translation>選擇(&amp;S)…</translation>
    </message>
    <message>
        <source>Clea&amp;r</source>
        <translation>清除(&amp;R)</translation>
    </message>
    <message>
        <source>Certificate authority file</source>
        <translation>憑證機構檔案</translation>
    </message>
    <message>
        <source>None: only the system&apos;s certificate authorities</source>
        <translation>無：只用系統的憑證機構</translation>
    </message>
    <message>
        <source>Choose a certificate authority file</source>
        <translation>選擇憑證機構檔案</translation>
    </message>
    <message>
        <source>Clear the certificate authority file</source>
        <translation>清除憑證機構檔案</translation>
    </message>
    <message>
        <source>Certificate &amp;authority file:</source>
        <translation>憑證機構檔案(&amp;A)：</translation>
    </message>
    <message>
        <source>For a company with its own certificate authority: a PEM file with one or more certificates, trusted besides the system&apos;s.</source>
        <translation>適用於有自己憑證機構的公司：一個內有一個或多個憑證的 PEM 檔案，除系統的憑證機構外亦會信任。</translation>
    </message>
    <message>
        <source>Choose the file again, or clear it.</source>
        <translation>請重新選擇檔案，或清除它。</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer)</source>
        <translation>憑證 (*.pem *.crt *.cer)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有檔案 (*)</translation>
    </message>
    <message>
        <source>The setting was not changed.</source>
        <translation>設定沒有更改。</translation>
    </message>
</context>
<context>
    <name>pd::ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>鍵盤快速鍵</translation>
    </message>
    <message>
        <source>Everything in Privacy Dashboard can be done with the keyboard.</source>
        <translation>Privacy Dashboard 的所有功能都可以用鍵盤操作。</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>按鍵</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>功能</translation>
    </message>
    <message>
        <source>Sort the current table the other way: go to Order and choose ascending or descending</source>
        <translation>反向排序目前的表格：前往「次序」，選擇遞增或遞減</translation>
    </message>
    <message>
        <source>Sort the current table: go to Sort by and choose a column with the arrow keys</source>
        <translation>排序目前的表格：前往「排序方式」，再用方向鍵選擇欄</translation>
    </message>
    <message>
        <source> or </source>
        <translation> 或 </translation>
    </message>
    <message>
        <source>F2</source>
        <translation>F2</translation>
    </message>
    <message>
        <source>Change the selected personal detail, or ask us to correct it</source>
        <translation>更改所選的個人資料，或請我們更正</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Open the details of the selected row</source>
        <translation>開啟所選列的詳情</translation>
    </message>
    <message>
        <source>Arrow keys</source>
        <translation>方向鍵</translation>
    </message>
    <message>
        <source>Move through a table, row by row</source>
        <translation>在表格中逐列移動</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab、Shift+Tab</translation>
    </message>
    <message>
        <source>Move to the next or previous control</source>
        <translation>移到下一個或上一個控制項</translation>
    </message>
    <message>
        <source>Alt + underlined letter</source>
        <translation>Alt + 加底線的字母</translation>
    </message>
    <message>
        <source>Press that button or go to that field</source>
        <translation>按下該按鈕或前往該欄位</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Close a dialog or menu</source>
        <translation>關閉對話框或選單</translation>
    </message>
</context>
<context>
    <name>pd::ui::StaffQueuePage</name>
    <message>
        <source>O&amp;verdue only</source>
        <translation>只顯示逾期(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>開啟(&amp;O)…</translation>
    </message>
    <message>
        <source>Fetc&amp;h again</source>
        <translation>重新取得(&amp;H)</translation>
    </message>
    <message>
        <source>Any type</source>
        <translation>任何類型</translation>
    </message>
    <message>
        <source>Any open status</source>
        <translation>任何未完成狀態</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>任何人</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>我</translation>
    </message>
    <message>
        <source>Nobody yet</source>
        <translation>尚未指派</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>類型(&amp;T)：</translation>
    </message>
    <message>
        <source>Type of request</source>
        <translation>要求類型</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>狀態(&amp;U)：</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Assi&amp;gned to:</source>
        <translation>負責人(&amp;G)：</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>負責人</translation>
    </message>
    <message>
        <source>Request queue</source>
        <translation>要求列表</translation>
    </message>
    <message>
        <source>Press Enter to open the selected request</source>
        <translation>按 Enter 開啟所選要求</translation>
    </message>
    <message>
        <source>Open the selected request to work on it (Enter)</source>
        <translation>開啟所選要求以進行處理（Enter）</translation>
    </message>
    <message>
        <source>Fetch the queue from Hong Kong Cloud again (F5)</source>
        <translation>從 Hong Kong Cloud 重新取得要求列表（F5）</translation>
    </message>
    <message>
        <source>&amp;Requests queue</source>
        <translation>要求列表(&amp;R)</translation>
    </message>
    <message>
        <source>You are offline or Hong Kong Cloud is not answering: this is the queue as last fetched.</source>
        <translation>你已離線或 Hong Kong Cloud 沒有回應：這是上次取得的要求列表。</translation>
    </message>
    <message>
        <source>No open requests.</source>
        <translation>沒有未完成的要求。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln open request(s), %1 overdue.</source>
        <translation>
            <numerusform>%Ln 項未完成要求，其中 %1 項逾期。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %Ln request(s) (%2 overdue in all).</source>
        <translation>
            <numerusform>正在顯示 %Ln 項要求中的 %1 項（合共 %2 項逾期）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Fetching the queue…</source>
        <translation>正在取得要求列表…</translation>
    </message>
    <message>
        <source>Fetched at %1.</source>
        <translation>於 %1 取得。</translation>
    </message>
    <message>
        <source>Not fetched yet.</source>
        <translation>尚未取得。</translation>
    </message>
</context>
<context>
    <name>pd::ui::StaffWorkspace</name>
    <message>
        <source>Staff workspace</source>
        <translation>職員工作區</translation>
    </message>
    <message>
        <source>Staff work areas</source>
        <translation>職員工作範圍</translation>
    </message>
    <message>
        <source>You are back online. Waiting steps are being sent.</source>
        <translation>你已重新連線。正在傳送等待中的步驟。</translation>
    </message>
    <message>
        <source>You are offline. The queue shows what was last fetched; the steps you take are saved on this computer and sent when you are online.</source>
        <translation>你已離線。要求列表顯示上次取得的內容；你進行的步驟會儲存在這部電腦上，並在你連線後傳送。</translation>
    </message>
    <message>
        <source>Ctrl+%1</source>
        <translation>Ctrl+%1</translation>
    </message>
    <message>
        <source>Hong Kong Cloud did not accept a step you took. Open the request to see why.</source>
        <translation>Hong Kong Cloud 不接納你進行的一個步驟。請開啟要求查看原因。</translation>
    </message>
    <message>
        <source>Queue fetched at %1</source>
        <translation>要求列表於 %1 取得</translation>
    </message>
    <message>
        <source>Queue not fetched yet</source>
        <translation>尚未取得要求列表</translation>
    </message>
    <message>
        <source>Nothing waiting to be sent</source>
        <translation>沒有等待傳送的項目</translation>
    </message>
    <message numerus="yes">
        <source>%Ln step(s) waiting to be sent</source>
        <translation>
            <numerusform>%Ln 個步驟等待傳送</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln step(s) not accepted</source>
        <translation>
            <numerusform>%Ln 個步驟不獲接納</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>離線</translation>
    </message>
    <message>
        <source> · </source>
        <translation> · </translation>
    </message>
</context>
<context>
    <name>pd::ui::SyncFeedback</name>
    <message>
        <source>Cance&amp;l sync</source>
        <translation>取消同步(&amp;L)</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>同步進度</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>登入中…</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>未登入</translation>
    </message>
    <message>
        <source>Opening the staff workspace…</source>
        <translation>正在開啟職員工作區…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s)</source>
        <translation>
            <numerusform>%Ln 項記錄</numerusform>
        </translation>
    </message>
    <message>
        <source>Not synced yet · %1</source>
        <translation>尚未同步 · %1</translation>
    </message>
    <message>
        <source>Synced %1 · %2</source>
        <translation>已於 %1 同步 · %2</translation>
    </message>
    <message>
        <source>Connecting to Hong Kong Cloud…</source>
        <translation>正在連接 Hong Kong Cloud…</translation>
    </message>
    <message>
        <source>Fetching your data from Hong Kong Cloud. You can keep using the app meanwhile.</source>
        <translation>正在從 Hong Kong Cloud 取得你的資料。期間你可以繼續使用應用程式。</translation>
    </message>
    <message>
        <source>Fetching %1…</source>
        <translation>正在取得%1…</translation>
    </message>
    <message numerus="yes">
        <source>Fetching %1… %Ln record(s)</source>
        <translation>
            <numerusform>正在取得%1… %Ln 項記錄</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your data is up to date: %Ln record(s).</source>
        <translation>
            <numerusform>你的資料已是最新：%Ln 項記錄。</numerusform>
        </translation>
    </message>
    <message>
        <source>You are back online.</source>
        <translation>你已恢復連線。</translation>
    </message>
    <message>
        <source>Sync stopped. Nothing has been downloaded yet.</source>
        <translation>同步已停止。尚未下載任何資料。</translation>
    </message>
    <message>
        <source>Sync stopped. Showing data from %1.</source>
        <translation>同步已停止。現正顯示 %1 的資料。</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>重試(&amp;R)</translation>
    </message>
    <message>
        <source>You are offline or Hong Kong Cloud is not answering. Nothing has been downloaded yet; press Retry when you are back online.</source>
        <translation>你已離線，或 Hong Kong Cloud 沒有回應。尚未下載任何資料；恢復連線後請按「重試」。</translation>
    </message>
    <message>
        <source>You are offline or Hong Kong Cloud is not answering. Showing data from %1.</source>
        <translation>你已離線，或 Hong Kong Cloud 沒有回應。現正顯示 %1 的資料。</translation>
    </message>
    <message>
        <source>Showing data from %1.</source>
        <translation>現正顯示 %1 的資料。</translation>
    </message>
    <message>
        <source>Opening your data…</source>
        <translation>正在開啟你的資料…</translation>
    </message>
</context>
<context>
    <name>pd::ui::TablePage</name>
    <message>
        <source>%1:</source>
        <translation>%1：</translation>
    </message>
</context>
<context>
    <name>pd::ui::UsageChart</name>
    <message>
        <source>Traffic per day chart</source>
        <translation>每日流量圖表</translation>
    </message>
    <message>
        <source>d MMM</source>
        <comment>short date on the usage chart, QDate format</comment>
        <translation>M月d日</translation>
    </message>
    <message>
        <source>Traffic per day: no server usage recorded yet.</source>
        <translation>每日流量：尚未有伺服器使用記錄。</translation>
    </message>
    <message>
        <source>Traffic per day, %1 to %2: highest %3 on %4</source>
        <translation>每日流量，%1 至 %2：最高為 %4 的 %3</translation>
    </message>
    <message>
        <source>No server usage recorded yet.</source>
        <translation>尚未有伺服器使用記錄。</translation>
    </message>
</context>
<context>
    <name>pd::ui::UsagePage</name>
    <message>
        <source>Usage views</source>
        <translation>使用記錄檢視</translation>
    </message>
    <message>
        <source>Show ch&amp;art</source>
        <translation>顯示圖表(&amp;A)</translation>
    </message>
    <message>
        <source>Show or hide the chart of traffic per day</source>
        <translation>顯示或隱藏每日流量圖表</translation>
    </message>
    <message>
        <source>Server name</source>
        <translation>伺服器名稱</translation>
    </message>
    <message>
        <source>Domain name or details</source>
        <translation>網域名稱或詳情</translation>
    </message>
    <message>
        <source>Server usage events</source>
        <translation>伺服器使用事件</translation>
    </message>
    <message>
        <source>&amp;Servers</source>
        <translation>伺服器(&amp;S)</translation>
    </message>
    <message>
        <source>Domain events</source>
        <translation>網域事件</translation>
    </message>
    <message>
        <source>Domain activit&amp;y</source>
        <translation>網域活動(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;Usage</source>
        <translation>使用記錄(&amp;U)</translation>
    </message>
    <message>
        <source>We hold no server usage records for you.</source>
        <translation>我們沒有持有你的伺服器使用記錄。</translation>
    </message>
    <message>
        <source>We hold no domain records for you.</source>
        <translation>我們沒有持有你的網域記錄。</translation>
    </message>
    <message numerus="yes">
        <source>No events match the filter. Clear the filter to see all %Ln event(s).</source>
        <translation>
            <numerusform>沒有符合篩選條件的事件。清除篩選即可查看全部 %Ln 項事件。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing %L1 of %Ln event(s)</source>
        <translation>
            <numerusform>顯示 %L1 項事件，共 %Ln 項</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pd::ui::WelcomePage</name>
    <message>
        <source>See the personal data Hong Kong Cloud holds about you</source>
        <translation>查看 Hong Kong Cloud 持有的你的個人資料</translation>
    </message>
    <message>
        <source>Privacy Dashboard shows every piece of personal data Hong Kong Cloud holds about you, why it holds it and how long it keeps it. Sign in with your Hong Kong Cloud account to download a copy to this computer.</source>
        <translation>Privacy Dashboard 會顯示 Hong Kong Cloud 持有的你的每一項個人資料、持有原因及保留期。請用你的 Hong Kong Cloud 帳戶登入，把副本下載到這部電腦。</translation>
    </message>
    <message>
        <source>https://privacy.hkcloud.example</source>
        <translation>https://privacy.hkcloud.example</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>登入(&amp;S)</translation>
    </message>
    <message>
        <source>Your browser will open so you can sign in to Hong Kong Cloud. Come back here afterwards.</source>
        <translation>瀏覽器會開啟，讓你登入 Hong Kong Cloud。完成後請返回這裏。</translation>
    </message>
    <message>
        <source>Waiting for you to sign in in your browser…</source>
        <translation>正在等待你在瀏覽器登入…</translation>
    </message>
    <message>
        <source>Cancel sign-in</source>
        <translation>取消登入</translation>
    </message>
    <message>
        <source>If your browser did not open, copy this &amp;link into it:</source>
        <translation>如瀏覽器沒有開啟，請把此連結複製到瀏覽器(&amp;L)：</translation>
    </message>
    <message>
        <source>C&amp;opy link</source>
        <translation>複製連結(&amp;O)</translation>
    </message>
    <message>
        <source>C&amp;opied</source>
        <translation>已複製(&amp;O)</translation>
    </message>
    <message>
        <source>Preparing the sign-in link…</source>
        <translation>正在準備登入連結…</translation>
    </message>
    <message>
        <source>Your browser could not be opened. Copy the link below into your browser, sign in there, then come back here.</source>
        <translation>無法開啟瀏覽器。請把下方連結複製到瀏覽器，在那裏登入，然後返回這裏。</translation>
    </message>
    <message>
        <source>Provider a&amp;ddress:</source>
        <translation>服務供應商地址(&amp;D)：</translation>
    </message>
    <message>
        <source>Opening your data…</source>
        <translation>正在開啟你的資料…</translation>
    </message>
</context>
<context>
    <name>pd::ui::WhyPanel</name>
    <message>
        <source>&amp;Why we hold this</source>
        <translation>我們持有這項資料的原因(&amp;W)</translation>
    </message>
    <message>
        <source>Show or hide why we hold this data, who we share it with and how long we keep it</source>
        <translation>顯示或隱藏我們持有這項資料的原因、與誰分享及保留期</translation>
    </message>
    <message>
        <source>Why we hold this</source>
        <translation>我們持有這項資料的原因</translation>
    </message>
    <message>
        <source>Not known yet. It appears after the first sync.</source>
        <translation>尚未知道。首次同步後便會顯示。</translation>
    </message>
    <message>
        <source>%1 (legal basis: %2)</source>
        <translation>%1（法律依據：%2）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Nobody. We do not share this data.</source>
        <translation>沒有。我們不會分享這項資料。</translation>
    </message>
    <message>
        <source>Deleted right %1.</source>
        <translation>%1立即刪除。</translation>
    </message>
    <message>
        <source>Legal basis: %1.</source>
        <translation>法律依據：%1。</translation>
    </message>
    <message>
        <source>Used for</source>
        <translation>用途</translation>
    </message>
    <message>
        <source>Shared with</source>
        <translation>與誰分享</translation>
    </message>
    <message>
        <source>Kept for</source>
        <translation>保留期</translation>
    </message>
    <message>
        <source>%1 (legal basis: %2), only with your consent</source>
        <translation>%1（法律依據：%2），須經你同意</translation>
    </message>
    <message>
        <source>%1 %2.</source>
        <comment>a period, then when it starts: 1 year after each event.</comment>
        <translation>%2 %1。</translation>
    </message>
</context>
</TS>
