<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_HK">
<context>
    <name>ErrorText</name>
    <message>
        <source>Your system keychain is locked or unavailable, so the app cannot store your sign-in safely. Unlock it (on Linux: the GNOME Keyring / KWallet; on macOS: Keychain Access; on Windows: Credential Manager) and try again.</source>
        <translation>系統的密碼鑰匙圈已鎖上或無法使用，因此應用程式無法安全地儲存你的登入資料。請將其解鎖（Linux：GNOME Keyring / KWallet；macOS：鑰匙圈存取；Windows：認證管理員），然後再試一次。</translation>
    </message>
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
        <source>The provider address %1 cannot be used: use https://, or http:// only for 127.0.0.1.</source>
        <translation>無法使用服務供應商地址 %1：請使用 https://；http:// 只可用於 127.0.0.1。</translation>
    </message>
    <message>
        <source>The provider address %1 cannot be used.</source>
        <translation>無法使用服務供應商地址 %1。</translation>
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
        <source>&amp;Add files…</source>
        <translation>加入檔案(&amp;A)…</translation>
    </message>
    <message>
        <source>Re&amp;move file</source>
        <translation>移除檔案(&amp;M)</translation>
    </message>
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
        <source>Choose supporting documents</source>
        <translation>選擇證明文件</translation>
    </message>
    <message>
        <source>Documents and pictures (*.pdf *.png *.jpg *.jpeg);;All files (*)</source>
        <translation>文件及圖片 (*.pdf *.png *.jpg *.jpeg);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Your correction request</source>
        <translation>你的更正要求</translation>
    </message>
    <message>
        <source>PDF, PNG or JPEG files, at most %1 each, up to %2 files.</source>
        <translation>PDF、PNG 或 JPEG 檔案，每個最多 %1，最多 %2 個檔案。</translation>
    </message>
    <message>
        <source>Documents: PDF, PNG or JPEG, at most %1 each and %2 in all. They are copied and kept on this computer with the request until they are sent, so you can remove the originals.</source>
        <translation>文件：PDF、PNG 或 JPEG，每個最多 %1，合共最多 %2。檔案會複製一份，連同請求保存在這部電腦，直至傳送為止，所以你可以移除原本的檔案。</translation>
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
        <source>About Privacy Dashboard</source>
        <translation>關於 Privacy Dashboard</translation>
    </message>
    <message>
        <source>Privacy Dashboard %1

Shows the personal data Hong Kong Cloud holds about you, why, who it is shared with and how long it is kept.

Free software under the GNU General Public License, version 3 or later.</source>
        <translation>Privacy Dashboard %1

顯示 Hong Kong Cloud 持有的你的個人資料、持有原因、與誰分享，以及保留多久。

自由軟件，以 GNU 通用公共授權條款第 3 版或更新版本發佈。</translation>
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
        <source>Sync progress</source>
        <translation>同步進度</translation>
    </message>
    <message>
        <source>Cancel s&amp;ync</source>
        <translation>取消同步(&amp;Y)</translation>
    </message>
    <message>
        <source> or </source>
        <translation> 或 </translation>
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
        <source>Signing in…</source>
        <translation>登入中…</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>未登入</translation>
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
    <message numerus="yes">
        <source>%Ln record(s)</source>
        <translation>
            <numerusform>%Ln 項記錄</numerusform>
        </translation>
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
        <source>Privacy policy you accepted: version of %1</source>
        <translation>你已接受的私隱政策：%1 版本</translation>
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
    <name>pd::ui::RequestsPage</name>
    <message>
        <source>Retry no&amp;w</source>
        <translation>立即重試(&amp;W)</translation>
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
        <source>D&amp;iscard…</source>
        <translation>捨棄(&amp;I)…</translation>
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
        <source>Resume sendin&amp;g</source>
        <translation>恢復傳送(&amp;G)</translation>
    </message>
    <message>
        <source>Pause sendin&amp;g</source>
        <translation>暫停傳送(&amp;G)</translation>
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
        <source>Domai&amp;ns</source>
        <translation>網域(&amp;N)</translation>
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
        <source>%1, counted from %2.</source>
        <translation>%1，由%2起計。</translation>
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
</context>
</TS>
