<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AuditTableModel</name>
    <message>
        <source>Entry</source>
        <translation>条目</translation>
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
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Reason</source>
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
        <source>Entry %1</source>
        <translation>条目 %1</translation>
    </message>
    <message>
        <source>Hong Kong Cloud (automatic)</source>
        <translation>Hong Kong Cloud（自动）</translation>
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
        <translation>无</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>主管</translation>
    </message>
    <message>
        <source>staff</source>
        <translation>工作人员</translation>
    </message>
    <message>
        <source>customer</source>
        <translation>客户</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>Enter the address of your provider, for example https://privacy.hkcloud.example.</source>
        <translation>请输入服务提供商的地址，例如 https://privacy.hkcloud.example。</translation>
    </message>
    <message>
        <source>This address uses plain http://, which is only allowed for this computer (127.0.0.1). Use https://.</source>
        <translation>此地址使用未加密的 http://，只允许用于这台电脑（127.0.0.1）。请使用 https://。</translation>
    </message>
    <message>
        <source>This is not a web address. It should start with https://, for example https://privacy.hkcloud.example.</source>
        <translation>这不是网址。网址应以 https:// 开头，例如 https://privacy.hkcloud.example。</translation>
    </message>
    <message>
        <source>This address starts with %1://. Only https:// addresses can be used.</source>
        <translation>此地址以 %1:// 开头。只可使用 https:// 地址。</translation>
    </message>
    <message>
        <source>This address cannot be used. Check it and try again.</source>
        <translation>无法使用此地址。请检查后再试一次。</translation>
    </message>
    <message>
        <source>Hong Kong Cloud sent an answer this app does not understand, so nothing was changed. Try again later; if it keeps happening, the app may need an update.</source>
        <translation>Hong Kong Cloud 返回的回复本应用无法理解，因此没有作出任何更改。请稍后再试；如问题持续，应用可能需要更新。</translation>
    </message>
    <message>
        <source>Hong Kong Cloud sent more data than this app accepts at once, so nothing was changed. Try again later; if it keeps happening, the app may need an update.</source>
        <translation>Hong Kong Cloud 一次返回的数据超出本应用可接收的上限，因此没有作出任何更改。请稍后再试；如问题持续，应用可能需要更新。</translation>
    </message>
    <message>
        <source>The app could not reach Hong Kong Cloud. Check that this computer is online, then try again.</source>
        <translation>应用无法连接 Hong Kong Cloud。请确认这台电脑已联网，然后再试一次。</translation>
    </message>
    <message>
        <source>Hong Kong Cloud did not answer in time. It may be busy; try again in a few minutes.</source>
        <translation>Hong Kong Cloud 未能及时响应，可能正繁忙；请过几分钟再试。</translation>
    </message>
    <message>
        <source>The provider&apos;s security certificate could not be verified, so the app did not connect. Check the address; if it is right, the connection may be intercepted.</source>
        <translation>无法验证服务提供商的安全证书，因此应用没有连接。请检查地址；如地址正确，连接可能遭到拦截。</translation>
    </message>
    <message>
        <source>The provider address is not a secure https:// address, so the app did not connect.</source>
        <translation>服务提供商地址不是安全的 https:// 地址，因此应用没有连接。</translation>
    </message>
    <message>
        <source>Your sign-in has expired or was withdrawn. Sign out and sign in again to update your data.</source>
        <translation>你的登录已过期或已被撤销。请退出登录后重新登录，以更新你的数据。</translation>
    </message>
    <message>
        <source>Hong Kong Cloud refused this for your account. If you think this is wrong, contact support.</source>
        <translation>Hong Kong Cloud 拒绝为你的账户执行此操作。如你认为有误，请联系客户支持。</translation>
    </message>
    <message>
        <source>Hong Kong Cloud could not find this data. It may have been deleted already.</source>
        <translation>Hong Kong Cloud 找不到这些数据，可能已被删除。</translation>
    </message>
    <message>
        <source>Hong Kong Cloud had a problem on its side. Your data here is unchanged; try again later.</source>
        <translation>Hong Kong Cloud 那边出现问题。这里的数据没有改变；请稍后再试。</translation>
    </message>
    <message>
        <source>Hong Kong Cloud refused the request. Try again; if it keeps happening, contact support.</source>
        <translation>Hong Kong Cloud 拒绝了请求。请再试一次；如问题持续，请联系客户支持。</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was changed.</source>
        <translation>已取消。没有作出任何更改。</translation>
    </message>
    <message>
        <source>Your saved sign-in was not found on this computer. Sign in again.</source>
        <translation>这台电脑上找不到你已保存的登录信息。请重新登录。</translation>
    </message>
    <message>
        <source>The app could not read or write its data on this computer (the disk may be full or the folder not writable). Free some space or check the folder, then try again.</source>
        <translation>应用无法在这台电脑上读取或写入数据（磁盘可能已满，或文件夹不可写入）。请腾出空间或检查文件夹，然后再试一次。</translation>
    </message>
    <message>
        <source>The answer from the browser did not belong to this sign-in, so the app refused it to keep your account safe. Press Sign in to start again.</source>
        <translation>浏览器返回的回复不属于这次登录，为保障你的账户安全，应用已拒绝。请按“登录”重新开始。</translation>
    </message>
    <message>
        <source>Sign-in was cancelled in the browser. Nothing was changed. Press Sign in to try again.</source>
        <translation>已在浏览器取消登录，没有作出任何更改。请按“登录”再试一次。</translation>
    </message>
    <message>
        <source>Something went wrong. Try again; if it keeps happening, contact support.</source>
        <translation>出现问题。请再试一次；如问题持续，请联系客户支持。</translation>
    </message>
    <message>
        <source>Sign-in did not finish: the app could not reach Hong Kong Cloud. Check that this computer is online and the address is right, then press Sign in again.</source>
        <translation>登录未能完成：应用无法连接 Hong Kong Cloud。请确认这台电脑已联网及地址正确，然后再按“登录”。</translation>
    </message>
    <message>
        <source>Sign-in did not finish in time. Press Sign in to start again; complete the form in your browser within a few minutes.</source>
        <translation>登录未能及时完成。请按“登录”重新开始，并在几分钟内于浏览器填写表格。</translation>
    </message>
    <message>
        <source>Hong Kong Cloud did not accept the sign-in. Press Sign in to start again.</source>
        <translation>Hong Kong Cloud 不接受这次登录。请按“登录”重新开始。</translation>
    </message>
    <message>
        <source>The data saved on this computer could not be opened. Sign in again to download it anew.</source>
        <translation>无法打开保存在这台电脑上的数据。请重新登录以再次下载。</translation>
    </message>
    <message>
        <source>Hong Kong Cloud has not finished preparing this yet. Try again later.</source>
        <translation>Hong Kong Cloud 尚未准备好。请稍后再试。</translation>
    </message>
    <message>
        <source>The copy of your data on this computer is older than this needs. Update it (F5) and try again.</source>
        <translation>这台电脑上的数据副本太旧，无法完成此操作。请先更新（F5），然后再试。</translation>
    </message>
    <message>
        <source>Your sign-in belongs to a different provider address, so the app did not send it here. Sign in at this address to use it.</source>
        <translation>你的登录属于另一个服务商地址，所以程序没有把它发送到这里。请在这个地址登录后再使用。</translation>
    </message>
    <message>
        <source>For a provider on this computer, use the address 127.0.0.1 (or [::1]) instead of localhost, for example %1. The name localhost could be made to lead somewhere else.</source>
        <translation>如果服务提供商在这台电脑上，请使用地址 127.0.0.1（或 [::1]），不要使用 localhost，例如 %1。localhost 这个名称可能被指向别处。</translation>
    </message>
    <message>
        <source>Hong Kong Cloud kept sending the same data over and over, so the app stopped updating. What was already updated is kept; nothing wrong was saved. Try again later; if it keeps happening, contact support.</source>
        <translation>Hong Kong Cloud 不断重复发送相同的数据，因此应用已停止更新。已更新的数据会保留，错误的数据没有保存。请稍后再试；如果问题持续，请联系客户支持。</translation>
    </message>
    <message>
        <source>You were signed in at %1. The app now uses %2, a different provider address, so your sign-in was not sent there: sign in to use it. Your copy of your data and any requests not yet sent stay on this computer for %1, and are used again when you go back to that address.</source>
        <translation>你之前在 %1 登录。程序现在使用另一个服务商地址 %2，所以没有把你的登录发送过去：请登录后再使用。这台电脑上你的数据副本和尚未发送的请求会为 %1 保留，回到该地址时会再次使用。</translation>
    </message>
    <message>
        <source>Your system keychain is locked or unavailable, so the app cannot store your sign-in safely. Unlock it (on Linux: the GNOME Keyring / KWallet; on macOS: Keychain Access; on Windows: Credential Manager) and try again. On Linux, your desktop&apos;s keyring service (GNOME Keyring or KWallet) must also be running: some desktops do not start one, and an app installed as a Flatpak can only use the one your desktop runs.</source>
        <translation>系统的密钥环已锁上或无法使用，因此应用无法安全地保存你的登录信息。请将其解锁（Linux：GNOME Keyring / KWallet；macOS：钥匙串访问；Windows：凭据管理器），然后再试一次。在 Linux 上，桌面的密钥环服务（GNOME Keyring 或 KWallet）还必须正在运行：有些桌面环境不会自动启动该服务，而以 Flatpak 安装的应用只能使用桌面本身运行的那一个。</translation>
    </message>
    <message>
        <source>The provider&apos;s security certificate is not trusted: it is signed only by itself, so nothing vouches for it. The app did not connect and sent nothing. If your company uses its own certificate authority, choose its file in Settings; otherwise the connection may be intercepted.</source>
        <translation>服务提供商的安全证书不受信任：它只由自己签发，没有任何机构为它担保。应用没有连接，也没有发送任何数据。如贵公司使用自己的证书颁发机构，请在“设置”中选择其文件；否则连接可能遭到拦截。</translation>
    </message>
    <message>
        <source>The provider&apos;s security certificate is not trusted: it was issued by an authority this computer does not trust. The app did not connect and sent nothing. If your company uses its own certificate authority, choose its file in Settings; otherwise the connection may be intercepted.</source>
        <translation>服务提供商的安全证书不受信任：签发它的机构不受这台电脑信任。应用没有连接，也没有发送任何数据。如贵公司使用自己的证书颁发机构，请在“设置”中选择其文件；否则连接可能遭到拦截。</translation>
    </message>
    <message>
        <source>The provider&apos;s security certificate has expired, so the app did not connect and sent nothing. The provider must renew it; also check that this computer&apos;s date and time are right.</source>
        <translation>服务提供商的安全证书已过期，因此应用没有连接，也没有发送任何数据。服务提供商须更新证书；也请检查这台电脑的日期和时间是否正确。</translation>
    </message>
    <message>
        <source>The provider&apos;s security certificate is not valid yet, so the app did not connect and sent nothing. Check that this computer&apos;s date and time are right.</source>
        <translation>服务提供商的安全证书尚未生效，因此应用没有连接，也没有发送任何数据。请检查这台电脑的日期和时间是否正确。</translation>
    </message>
    <message>
        <source>The provider&apos;s security certificate is for a different name than the address the app uses, so the app did not connect and sent nothing. Check the address; if it is right, the connection may be intercepted.</source>
        <translation>服务提供商的安全证书所属的名称与应用使用的地址不符，因此应用没有连接，也没有发送任何数据。请检查地址；如地址正确，连接可能遭到拦截。</translation>
    </message>
    <message>
        <source>The provider offers only an old, unsafe version of the secure connection (TLS older than 1.2), so the app did not connect and sent nothing. The provider must be updated.</source>
        <translation>服务提供商只提供旧版且不安全的加密连接（早于 TLS 1.2），因此应用没有连接，也没有发送任何数据。服务提供商须更新。</translation>
    </message>
    <message>
        <source>The certificate authority file %1 does not exist.</source>
        <translation>证书颁发机构文件 %1 不存在。</translation>
    </message>
    <message>
        <source>The certificate authority file %1 cannot be read: it is not a file, it is too large, or you may not open it.</source>
        <translation>无法读取证书颁发机构文件 %1：它不是文件、文件太大，或你没有权限打开。</translation>
    </message>
    <message>
        <source>The file %1 holds no certificate. A certificate authority file is a PEM file with one or more blocks that start with -----BEGIN CERTIFICATE-----.</source>
        <translation>文件 %1 没有任何证书。证书颁发机构文件是 PEM 文件，内含一个或多个以 -----BEGIN CERTIFICATE----- 开头的区块。</translation>
    </message>
    <message>
        <source>The certificate authority file %1 holds a certificate (%2) that expired on %3, so it cannot be trusted. Ask for a current one.</source>
        <translation>证书颁发机构文件 %1 中的证书（%2）已于 %3 过期，因此不能信任。请索取有效的证书。</translation>
    </message>
    <message>
        <source>The certificate authority file %1 holds a certificate (%2) that is not valid until %3. Check that this computer&apos;s date and time are right.</source>
        <translation>证书颁发机构文件 %1 中的证书（%2）要到 %3 才生效。请检查这台电脑的日期和时间是否正确。</translation>
    </message>
    <message>
        <source>It was chosen in Settings, but only the system&apos;s certificate authorities are trusted now, so a provider that needs it cannot be reached. Choose the file again in Settings, or clear it there.</source>
        <translation>这个文件是在“设置”中选择的，但现在只信任系统的证书颁发机构，因此无法连接到需要它的服务提供商。请在“设置”中重新选择文件，或在那里清除它。</translation>
    </message>
</context>
<context>
    <name>FieldErrors</name>
    <message>
        <source>This is empty. Please fill it in.</source>
        <translation>此栏空白，请填写。</translation>
    </message>
    <message>
        <source>This is too long: %L1 characters, and at most %L2 are allowed. Please shorten it.</source>
        <translation>内容太长：共 %L1 个字符，最多只可 %L2 个。请删减。</translation>
    </message>
    <message>
        <source>This is too long: at most %L1 are allowed. Please shorten it.</source>
        <translation>内容太长：最多只可 %L1 个。请删减。</translation>
    </message>
    <message>
        <source>This does not look like an email address. Write it like name@example.hk.</source>
        <translation>这看起来不是电子邮件地址。请按 name@example.hk 的格式填写。</translation>
    </message>
    <message>
        <source>This does not look like a mobile number. Start with + and the country code, then the number: 8 to 15 digits, for example +852 5123 4567.</source>
        <translation>这看起来不是手机号码。请以 + 和国家或地区代码开头，再加号码：共 8 至 15 位数字，例如 +852 5123 4567。</translation>
    </message>
    <message>
        <source>This file is too large. Each file can be at most %1.</source>
        <translation>文件太大。每个文件最大 %1。</translation>
    </message>
    <message>
        <source>This file is not a PDF, PNG or JPEG file. Attach a PDF document or a PNG or JPEG picture.</source>
        <translation>此文件不是 PDF、PNG 或 JPEG 文件。请附上 PDF 文件或 PNG、JPEG 图片。</translation>
    </message>
    <message>
        <source>This file could not be read. Check that it still exists and that you may open it.</source>
        <translation>无法读取此文件。请确认文件仍然存在，而且你有权打开。</translation>
    </message>
    <message>
        <source>The confirmation word does not match. Type it exactly as shown, in capital letters.</source>
        <translation>确认字词不匹配。请以大写字母，按显示的内容准确输入。</translation>
    </message>
    <message>
        <source>This choice cannot be used. Check it and try again.</source>
        <translation>无法使用此选项。请检查后再试一次。</translation>
    </message>
    <message>
        <source>Please check this.</source>
        <translation>请检查此项。</translation>
    </message>
</context>
<context>
    <name>RefusalsTableModel</name>
    <message>
        <source>Request</source>
        <translation>请求</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>收到时间</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>Refused by</source>
        <translation>拒绝人</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Explanation given</source>
        <translation>给出的说明</translation>
    </message>
</context>
<context>
    <name>StaffText</name>
    <message>
        <source>The customer asked for help</source>
        <translation>客户请求帮助</translation>
    </message>
    <message>
        <source>Processing one of the customer&apos;s requests</source>
        <translation>处理客户的某项请求</translation>
    </message>
    <message>
        <source>Security or fraud investigation</source>
        <translation>安全或欺诈调查</translation>
    </message>
    <message>
        <source>A legal duty (court order, regulator)</source>
        <translation>法律义务（法院命令、监管机构）</translation>
    </message>
    <message>
        <source>Other reason</source>
        <translation>其他原因</translation>
    </message>
    <message>
        <source>Clearly unfounded or excessive</source>
        <translation>明显没有根据或过分</translation>
    </message>
    <message>
        <source>The same request again, too soon</source>
        <translation>重复提出相同请求，间隔太短</translation>
    </message>
    <message>
        <source>We could not confirm who is asking</source>
        <translation>我们无法确认请求人的身份</translation>
    </message>
    <message>
        <source>The law allows us to refuse (an exemption applies)</source>
        <translation>法律允许我们拒绝（适用豁免条款）</translation>
    </message>
    <message>
        <source>We do not hold this data</source>
        <translation>我们没有持有这些数据</translation>
    </message>
    <message>
        <source>Another reason (explain below)</source>
        <translation>其他原因（请在下面说明）</translation>
    </message>
    <message>
        <source>Use only when the request plainly has no basis; say why below.</source>
        <translation>仅在请求明显没有根据时使用；请在下面说明原因。</translation>
    </message>
    <message>
        <source>Say when the customer last asked for the same thing and what they got.</source>
        <translation>请说明客户上次提出相同请求的时间以及当时得到的结果。</translation>
    </message>
    <message>
        <source>Say what the customer can send to prove who they are.</source>
        <translation>请说明客户可以提供什么来证明身份。</translation>
    </message>
    <message>
        <source>Name the exemption of the Personal Data (Privacy) Ordinance that applies.</source>
        <translation>请写明适用的《个人资料（私隐）条例》豁免条款。</translation>
    </message>
    <message>
        <source>Say who may hold it instead, if you know.</source>
        <translation>如你知道，请说明可能由谁持有这些数据。</translation>
    </message>
    <message>
        <source>Explain the reason in plain words.</source>
        <translation>请用浅白的文字说明原因。</translation>
    </message>
    <message>
        <source>Asked the customer for access</source>
        <translation>已向客户请求访问</translation>
    </message>
    <message>
        <source>Opened access</source>
        <translation>已开启访问</translation>
    </message>
    <message>
        <source>Customer approved access</source>
        <translation>客户已批准访问</translation>
    </message>
    <message>
        <source>Customer declined access</source>
        <translation>客户已拒绝访问</translation>
    </message>
    <message>
        <source>Access expired</source>
        <translation>访问已过期</translation>
    </message>
    <message>
        <source>Access ended</source>
        <translation>访问已结束</translation>
    </message>
    <message>
        <source>Looked at data</source>
        <translation>查看了数据</translation>
    </message>
    <message>
        <source>Opened a request</source>
        <translation>打开了请求</translation>
    </message>
    <message>
        <source>Worked on a request</source>
        <translation>处理了请求</translation>
    </message>
    <message>
        <source>Found in a search</source>
        <translation>在搜索中找到</translation>
    </message>
    <message>
        <source>Refused (not allowed)</source>
        <translation>已拒绝（不允许）</translation>
    </message>
    <message>
        <source>Read the request queue</source>
        <translation>读取了请求队列</translation>
    </message>
    <message>
        <source>Searched for customers</source>
        <translation>搜索了客户</translation>
    </message>
    <message>
        <source>Listed own access grants</source>
        <translation>列出了自己的访问授权</translation>
    </message>
    <message>
        <source>Read an access grant</source>
        <translation>读取了访问授权</translation>
    </message>
    <message>
        <source>Read the audit log</source>
        <translation>读取了审计日志</translation>
    </message>
    <message>
        <source>Read the refusal log book</source>
        <translation>读取了拒绝记录册</translation>
    </message>
    <message>
        <source>Read the signed checkpoint</source>
        <translation>读取了签名检查点</translation>
    </message>
    <message>
        <source>Waiting for the customer&apos;s answer</source>
        <translation>等待客户回复</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Declined by the customer</source>
        <translation>客户已拒绝</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>已结束</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Completing sets the detail to the value the customer asked for; the old value stays in its history. If the value cannot be used, ask the customer or reject instead.</source>
        <translation>完成后会把该资料设为客户要求的值；旧值会保留在历史记录中。如该值无法使用，请询问客户或改为拒绝。</translation>
    </message>
    <message>
        <source>Completing deletes the records the customer chose. What the law makes us keep is restricted instead (hidden from normal use, deleted later) and listed to the customer.</source>
        <translation>完成后会删除客户选择的记录。法律要求我们保留的内容会改为限制处理（不再用于日常用途，稍后删除），并列明给客户。</translation>
    </message>
    <message>
        <source>Completing sends your written answer to the customer. An answer is required.</source>
        <translation>完成后会把你的书面回复发送给客户。必须填写回复。</translation>
    </message>
    <message numerus="yes">
        <source>Completing closes the account after %Ln day(s); after that the customer can no longer sign in.</source>
        <translation>
            <numerusform>完成后会在 %Ln 天后关闭账户；之后客户将无法再登录。</numerusform>
        </translation>
    </message>
    <message>
        <source>Completing makes the copy of the customer&apos;s data ready to download in their app.</source>
        <translation>完成后，客户的数据副本会在其应用中准备好供下载。</translation>
    </message>
    <message>
        <source>Completing closes the request as done.</source>
        <translation>完成后会将请求关闭为已完成。</translation>
    </message>
    <message>
        <source>The audit log is intact: %1 entries checked, last signed at %2 (entry %3).</source>
        <translation>审计日志完整无损：已检查 %1 条记录，最后签名于 %2（第 %3 条）。</translation>
    </message>
    <message>
        <source>The audit log is intact: %1 entries checked.</source>
        <translation>审计日志完整无损：已检查 %1 条记录。</translation>
    </message>
    <message>
        <source>The audit log has been changed: entry %1 does not match the entries before it. Entries from there on cannot be trusted; tell your security officer.</source>
        <translation>审计日志已被更改：第 %1 条与之前的条目不符。从该条起的条目均不可信；请通知你的安全主任。</translation>
    </message>
    <message>
        <source>The audit log has been changed: it ends before entry %1, which Hong Kong Cloud signed on %2. Entries were removed; tell your security officer.</source>
        <translation>审计日志已被更改：日志在第 %1 条之前就结束了，而 Hong Kong Cloud 已于 %2 为该条签名。有条目被删除；请通知你的安全主任。</translation>
    </message>
    <message>
        <source>The audit log has been changed: entry %1 is not the one Hong Kong Cloud signed on %2. Tell your security officer.</source>
        <translation>审计日志已被更改：第 %1 条并非 Hong Kong Cloud 于 %2 签名的那一条。请通知你的安全主任。</translation>
    </message>
    <message>
        <source>The audit log could not be checked.</source>
        <translation>无法检查审计日志。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>See the personal data Hong Kong Cloud holds about you.</source>
        <translation>查看 Hong Kong Cloud 持有的你的个人信息。</translation>
    </message>
    <message>
        <source>Provider address (remembered).</source>
        <translation>服务提供商地址（会记住）。</translation>
    </message>
    <message>
        <source>Save a picture of the window to FILE after the first sync, then quit.</source>
        <translation>首次同步后把窗口截图保存到 FILE，然后退出。</translation>
    </message>
    <message>
        <source>Open tab number N (1 = Overview).</source>
        <translation>打开第 N 个标签页（1 = 概览）。</translation>
    </message>
    <message>
        <source>Keep the local copy of your data in DIR.</source>
        <translation>把你的数据的本地副本存放在 DIR。</translation>
    </message>
    <message>
        <source>Start signing in right away (opens the browser) unless already signed in.</source>
        <translation>如尚未登录，立即开始登录（会打开浏览器）。</translation>
    </message>
    <message>
        <source>The provider address %1 cannot be used.</source>
        <translation>无法使用服务提供方地址 %1。</translation>
    </message>
    <message>
        <source>The provider address %1 cannot be used: use https://, or http:// only for 127.0.0.1 or [::1] (not localhost).</source>
        <translation>无法使用服务提供商地址 %1：请使用 https://；http:// 仅可用于 127.0.0.1 或 [::1]（不可使用 localhost）。</translation>
    </message>
    <message>
        <source>The data folder %1 could not be created.</source>
        <translation>无法创建数据文件夹 %1。</translation>
    </message>
    <message>
        <source>Trust the certificate authorities in FILE (PEM), besides the system&apos;s, for the provider (remembered, as in Settings).</source>
        <translation>除系统的证书颁发机构外，也信任 FILE（PEM）中的证书颁发机构，用于服务提供商（会记住，与“设置”相同）。</translation>
    </message>
</context>
<context>
    <name>pd::ui::AboutDialog</name>
    <message>
        <source>About Privacy Dashboard</source>
        <translation>关于 Privacy Dashboard</translation>
    </message>
    <message>
        <source>Privacy Dashboard&apos;s icon: a shield with an eye</source>
        <translation>Privacy Dashboard 的图标：一个带眼睛的盾牌</translation>
    </message>
    <message>
        <source>Privacy Dashboard %1</source>
        <translation>Privacy Dashboard %1</translation>
    </message>
    <message>
        <source>Shows the personal data Hong Kong Cloud holds about you, why it is used, who it is shared with and how long it is kept, and lets you act on it.</source>
        <translation>显示 Hong Kong Cloud 持有的你的个人信息、使用原因、与谁共享及保留多久，并让你就此采取行动。</translation>
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
        <translation>服务提供商：</translation>
    </message>
    <message>
        <source>Not chosen yet</source>
        <translation>尚未选择</translation>
    </message>
    <message>
        <source>Licence:</source>
        <translation>许可证：</translation>
    </message>
    <message>
        <source>Free software under the GNU General Public License, version 3 or later. There is no warranty.</source>
        <translation>依据 GNU 通用公共许可证第 3 版或更高版本发布的自由软件，不提供任何担保。</translation>
    </message>
    <message>
        <source>Privacy questions:</source>
        <translation>隐私咨询：</translation>
    </message>
    <message>
        <source>Hong Kong Cloud, service@cn2.hk</source>
        <translation>Hong Kong Cloud，service@cn2.hk</translation>
    </message>
    <message>
        <source>&amp;Privacy policy</source>
        <translation>隐私政策(&amp;P)</translation>
    </message>
    <message>
        <source>Read Hong Kong Cloud&apos;s privacy policy</source>
        <translation>阅读 Hong Kong Cloud 的隐私政策</translation>
    </message>
    <message>
        <source>&amp;Licence text</source>
        <translation>许可证全文(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translation>复制详细信息(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the version, the system and the provider&apos;s address, for a message to support</source>
        <translation>复制版本、系统及服务提供商地址，以便联系客户支持</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>许可证</translation>
    </message>
    <message>
        <source>GNU General Public License, version 3</source>
        <translation>GNU 通用公共许可证第 3 版</translation>
    </message>
    <message>
        <source>The licence text is missing from this copy: see https://www.gnu.org/licenses/gpl-3.0.html</source>
        <translation>此副本缺少许可证全文：请参阅 https://www.gnu.org/licenses/gpl-3.0.html</translation>
    </message>
</context>
<context>
    <name>pd::ui::AccessLogPage</name>
    <message>
        <source>I have read this, &amp;hide it</source>
        <translation>我已阅读，隐藏此信息(&amp;H)</translation>
    </message>
    <message>
        <source>As&amp;k me first before staff can see my data</source>
        <translation>工作人员查看我的数据前先征求我的同意(&amp;K)</translation>
    </message>
    <message>
        <source>Waiting for your answer:</source>
        <translation>等待你回复：</translation>
    </message>
    <message>
        <source>Approv&amp;e</source>
        <translation>批准(&amp;E)</translation>
    </message>
    <message>
        <source>Dec&amp;line</source>
        <translation>拒绝(&amp;L)</translation>
    </message>
    <message>
        <source>Warning about your access log</source>
        <translation>关于你访问日志的警告</translation>
    </message>
    <message>
        <source>Hide these warnings; this app still keeps its record of them</source>
        <translation>隐藏这些警告；本应用仍会保留相关记录</translation>
    </message>
    <message>
        <source>Ask me first before staff can see my data</source>
        <translation>工作人员查看我的数据前先征求我的同意</translation>
    </message>
    <message numerus="yes">
        <source>When this is on, a staff member who needs to look at your data must wait until you approve it here. You see who asks, why and for how long. A request you do not answer expires after %n hour(s), and they cannot look.</source>
        <translation>
            <numerusform>开启后，需要查看你数据的工作人员必须等你在这里批准。你可以看到谁提出请求、原因以及时长。你未回复的请求会在 %n 小时后过期，对方将无法查看。</numerusform>
        </translation>
    </message>
    <message>
        <source>Staff requests waiting for your answer</source>
        <translation>等待你回复的工作人员请求</translation>
    </message>
    <message>
        <source>Let this staff member see the data they asked for, for the time they asked</source>
        <translation>允许这位工作人员在其请求的时间内查看其请求的数据</translation>
    </message>
    <message>
        <source>Refuse: they cannot see your data</source>
        <translation>拒绝：对方无法查看你的数据</translation>
    </message>
    <message>
        <source>Who looked at your data</source>
        <translation>谁查看过你的数据</translation>
    </message>
    <message>
        <source>Details of the selected entry</source>
        <translation>所选条目的详情</translation>
    </message>
    <message>
        <source>Select an entry to see all it records.</source>
        <translation>选择一个条目以查看其全部记录内容。</translation>
    </message>
    <message>
        <source>Ask me first is on: staff will need your approval to see your data.</source>
        <translation>“先征求我的同意”已开启：工作人员需要你的批准才能查看你的数据。</translation>
    </message>
    <message>
        <source>Ask me first is off: staff can see your data when they have a reason, and each look is in this log.</source>
        <translation>“先征求我的同意”已关闭：工作人员有理由时可以查看你的数据，每次查看都会记录在此日志中。</translation>
    </message>
    <message>
        <source>Saved on this computer and being sent now.</source>
        <translation>已保存在这台电脑上，正在发送。</translation>
    </message>
    <message>
        <source>Saved on this computer. It will be sent when you are online.</source>
        <translation>已保存在这台电脑上，会在你联网时发送。</translation>
    </message>
    <message>
        <source>Access lo&amp;g</source>
        <translation>访问日志(&amp;G)</translation>
    </message>
    <message>
        <source>This app keeps every entry of your access log it has seen, and something does not match:</source>
        <translation>本应用保留了它看到的你访问日志的每一条记录，发现以下不符：</translation>
    </message>
    <message>
        <source>%1 asks to see %2 for %3. Why: %4 (ticket %5).</source>
        <translation>%1 请求查看 %2，时长 %3。原因：%4（工单 %5）。</translation>
    </message>
    <message>
        <source>They wrote: “%1”</source>
        <translation>对方写道：“%1”</translation>
    </message>
    <message>
        <source>Asked %1; expires unanswered %2.</source>
        <translation>请求于 %1；如未回复，将于 %2 过期。</translation>
    </message>
    <message>
        <source>You approved it: saved here, being sent.</source>
        <translation>你已批准：已保存在这里，正在发送。</translation>
    </message>
    <message>
        <source>You declined it: saved here, being sent.</source>
        <translation>你已拒绝：已保存在这里，正在发送。</translation>
    </message>
    <message>
        <source>No staff request is waiting for your answer.</source>
        <translation>没有等待你回复的工作人员请求。</translation>
    </message>
    <message>
        <source>Nothing waits for your answer. Switch on Ask me first to approve each staff look yourself.</source>
        <translation>没有等待你回复的事项。开启“先征求我的同意”，即可亲自批准工作人员的每次查看。</translation>
    </message>
    <message>
        <source>You approved the staff request %1.</source>
        <translation>你已批准工作人员请求 %1。</translation>
    </message>
    <message>
        <source>You declined the staff request %1.</source>
        <translation>你已拒绝工作人员请求 %1。</translation>
    </message>
</context>
<context>
    <name>pd::ui::ActionDialog</name>
    <message>
        <source>%1 is saved on this computer. It will be sent when you are online; you can follow it in the Requests tab.</source>
        <translation>%1已保存在这台电脑，会在你联网后发送；你可以在“请求”标签页查看进度。</translation>
    </message>
    <message>
        <source>%1 is saved on this computer and is being sent now. You can follow it in the Requests tab.</source>
        <translation>%1已保存在这台电脑，正在发送。你可以在“请求”标签页查看进度。</translation>
    </message>
    <message>
        <source>Your request could not be saved. %1</source>
        <translation>无法保存你的请求。%1</translation>
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
        <translation>更改我的联系信息(&amp;H)…</translation>
    </message>
    <message>
        <source>Select the detail to change and press Enter or F2.</source>
        <translation>选择要更改的信息，然后按 Enter 或 F2。</translation>
    </message>
    <message>
        <source>Ask us to &amp;correct a detail…</source>
        <translation>请我们更正信息(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Delete data…</source>
        <translation>删除数据(&amp;D)…</translation>
    </message>
    <message>
        <source>Co&amp;mplaint or suggestion…</source>
        <translation>投诉或建议(&amp;M)…</translation>
    </message>
    <message>
        <source>Request a cop&amp;y of your data…</source>
        <translation>索取你的数据副本(&amp;Y)…</translation>
    </message>
    <message>
        <source>Cancel my &amp;account…</source>
        <translation>取消我的账户(&amp;A)…</translation>
    </message>
    <message>
        <source>Co&amp;nsent settings</source>
        <translation>同意设置(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;New request…</source>
        <translation>新请求(&amp;N)…</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>请求</translation>
    </message>
    <message>
        <source>%1 (%2) is now: %3.</source>
        <translation>%1（%2）当前状态：%3。</translation>
    </message>
    <message>
        <source>See its details in the Requests tab.</source>
        <translation>请在“请求”标签页查看详情。</translation>
    </message>
    <message>
        <source>Your copy is ready: save it from the Requests tab.</source>
        <translation>你的副本已准备好：请在“请求”标签页保存。</translation>
    </message>
    <message>
        <source>Your sign-in has expired, so nothing more is sent. What you did is kept on this computer; sign out and in again to send it.</source>
        <translation>你的登录已过期，因此不会再发送任何内容。你所做的操作会保留在这台电脑；请退出登录后重新登录以发送。</translation>
    </message>
    <message>
        <source>You are signed out. The copy of your data on this computer was deleted; the actions you had not sent yet are kept here and will be sent when you sign in again.</source>
        <translation>你已退出登录。这台电脑上的数据副本已删除；尚未发送的操作会保留在这里，并会在你重新登录后发送。</translation>
    </message>
    <message>
        <source>Requests (%L1)</source>
        <translation>请求（%L1）</translation>
    </message>
    <message numerus="yes">
        <source>%n open request(s)</source>
        <translation>
            <numerusform>%n 项处理中的请求</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n 项逾期</numerusform>
        </translation>
    </message>
    <message>
        <source>Your requests at Hong Kong Cloud</source>
        <translation>你在 Hong Kong Cloud 的请求</translation>
    </message>
    <message>
        <source>Sending it again now.</source>
        <translation>正在重新发送。</translation>
    </message>
    <message>
        <source>Saved. It will be sent again when you are online.</source>
        <translation>已保存，会在你联网后重新发送。</translation>
    </message>
    <message>
        <source>Actions not sent yet</source>
        <translation>尚未发送的操作</translation>
    </message>
    <message numerus="yes">
        <source>You have %n action(s) that have not been sent to Hong Kong Cloud yet.</source>
        <translation>
            <numerusform>你有 %n 项操作尚未发送到 Hong Kong Cloud。</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep them on this computer and send them next time you sign in, or discard them. The copy of your data on this computer is deleted either way.</source>
        <translation>你可以把它们保留在这台电脑，下次登录时发送，或将它们丢弃。无论如何，这台电脑上的数据副本都会被删除。</translation>
    </message>
    <message>
        <source>&amp;Keep them and sign out</source>
        <translation>保留并退出登录(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Discard them and sign out</source>
        <translation>丢弃并退出登录(&amp;D)</translation>
    </message>
    <message>
        <source>Hong Kong Cloud did not accept something you sent. Nothing was changed; open the Requests tab (Ctrl+%1) to see why and what you can do.</source>
        <translation>Hong Kong Cloud 没有接受你发送的内容，数据没有任何改动。请打开“请求”标签页（Ctrl+%1）查看原因以及可以怎么做。</translation>
    </message>
    <message>
        <source>Hong Kong Cloud did not accept something you sent. Nothing was changed; open the Requests tab to see why and what you can do.</source>
        <translation>Hong Kong Cloud 没有接受你发送的内容，数据没有任何改动。请打开“请求”标签页查看原因以及可以怎么做。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) selected in the %1 tab</source>
        <translation>
            <numerusform>已在“%1”标签页选中 %Ln 项记录</numerusform>
        </translation>
    </message>
    <message>
        <source>What Hong Kong Cloud answered could not be saved on this computer, so sending is paused and nothing is sent twice.</source>
        <translation>Hong Kong Cloud 的答复未能保存在这台电脑上，因此已暂停发送，任何内容都不会重复发送。</translation>
    </message>
    <message>
        <source>Then resume sending in the Requests tab.</source>
        <translation>然后在“请求”标签页恢复发送。</translation>
    </message>
    <message>
        <source>Your renewed sign-in could not be saved, so you will need to sign in again next time you start the app.</source>
        <translation>更新后的登录信息未能保存，下次打开应用时需要重新登录。</translation>
    </message>
    <message>
        <source>You are signed out, but some of your data could not be removed from this computer.</source>
        <translation>你已退出登录，但部分数据未能从这台电脑删除。</translation>
    </message>
    <message>
        <source>The earlier, refused copy could not be removed: discard it in the Requests tab.</source>
        <translation>先前被拒绝的副本未能移除：请在“请求”标签页丢弃它。</translation>
    </message>
    <message numerus="yes">
        <source>%n new entry(ies) in your access log: staff looked at your data or asked to.</source>
        <translation>
            <numerusform>你的访问日志中有 %n 条新记录：工作人员查看过或请求查看你的数据。</numerusform>
        </translation>
    </message>
    <message>
        <source>Latest: %1, %2 (%3).</source>
        <translation>最新：%1，%2（%3）。</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) wait for your answer.</source>
        <translation>
            <numerusform>有 %n 项请求等待你回复。</numerusform>
        </translation>
    </message>
    <message>
        <source>See the Access log tab (Ctrl+8).</source>
        <translation>请查看“访问日志”标签页（Ctrl+8）。</translation>
    </message>
    <message>
        <source>Who looked at your data</source>
        <translation>谁查看过你的数据</translation>
    </message>
    <message>
        <source>Your access log at Hong Kong Cloud does not match what this app saw before.</source>
        <translation>你在 Hong Kong Cloud 的访问日志与本应用之前看到的不符。</translation>
    </message>
    <message>
        <source>Your access log changed</source>
        <translation>你的访问日志已更改</translation>
    </message>
    <message>
        <source>I do not accept the privacy policy version %1.</source>
        <translation>我不接受隐私政策版本 %1。</translation>
    </message>
</context>
<context>
    <name>pd::ui::AttachmentPicker</name>
    <message>
        <source>&amp;Add files…</source>
        <translation>添加文件(&amp;A)…</translation>
    </message>
    <message>
        <source>Re&amp;move file</source>
        <translation>移除文件(&amp;M)</translation>
    </message>
    <message>
        <source>PDF, PNG or JPEG files, at most %1 each, up to %2 files.</source>
        <translation>PDF、PNG 或 JPEG 文件，每个最大 %1，最多 %2 个文件。</translation>
    </message>
    <message>
        <source>Choose files to attach</source>
        <translation>选择要附加的文件</translation>
    </message>
    <message>
        <source>Documents and pictures (*.pdf *.png *.jpg *.jpeg);;All files (*)</source>
        <translation>文档和图片 (*.pdf *.png *.jpg *.jpeg);;所有文件 (*)</translation>
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
        <translation>从(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>至(&amp;T)</translation>
    </message>
    <message>
        <source>Sho&amp;w</source>
        <translation>显示(&amp;W)</translation>
    </message>
    <message>
        <source>Load mor&amp;e</source>
        <translation>加载更多(&amp;E)</translation>
    </message>
    <message>
        <source>Ver&amp;ify the log</source>
        <translation>验证日志(&amp;I)</translation>
    </message>
    <message>
        <source>Staff &amp;member:</source>
        <translation>工作人员(&amp;M)：</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>工作人员</translation>
    </message>
    <message>
        <source>Account id, e.g. S-0001</source>
        <translation>账户 ID，例如 S-0001</translation>
    </message>
    <message>
        <source>C&amp;ustomer:</source>
        <translation>客户(&amp;U)：</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Account id, e.g. C-1001</source>
        <translation>账户 ID，例如 C-1001</translation>
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
        <translation>开始日期</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>Fetch the entries that match these filters</source>
        <translation>获取符合这些筛选条件的条目</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>Check that no entry of the audit log was changed, removed or added afterwards</source>
        <translation>检查审计日志中没有任何条目在事后被更改、删除或添加</translation>
    </message>
    <message>
        <source>The audit log could not be fetched.</source>
        <translation>无法获取审计日志。</translation>
    </message>
    <message numerus="yes">
        <source>Showing the first %Ln entries; more can be loaded.</source>
        <translation>
            <numerusform>显示前 %Ln 条记录；可以加载更多。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entry(ies) match.</source>
        <translation>
            <numerusform>有 %Ln 条记录符合条件。</numerusform>
        </translation>
    </message>
    <message>
        <source>Press Show to fetch the entries that match the filters.</source>
        <translation>按“显示”以获取符合筛选条件的条目。</translation>
    </message>
    <message>
        <source>&amp;Audit log</source>
        <translation>审计日志(&amp;A)</translation>
    </message>
    <message>
        <source>Fetching the audit log…</source>
        <translation>正在获取审计日志…</translation>
    </message>
    <message>
        <source>Checking every entry of the audit log…</source>
        <translation>正在检查审计日志的每一条记录…</translation>
    </message>
</context>
<context>
    <name>pd::ui::CancelAccountDialog</name>
    <message>
        <source>Cancel your account</source>
        <translation>取消你的账户</translation>
    </message>
    <message>
        <source>Ask Hong Kong Cloud to close your account. If you do not agree with an updated privacy policy, you can stop using the service and cancel your account this way (privacy policy VII).</source>
        <translation>请求 Hong Kong Cloud 关闭你的账户。如你不同意更新后的隐私政策，可以停止使用服务，并以此方式取消账户（隐私政策第 VII 节）。</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>选填</translation>
    </message>
    <message>
        <source>&amp;Reason (optional):</source>
        <translation>原因（选填）(&amp;R)：</translation>
    </message>
    <message>
        <source>Reason (optional)</source>
        <translation>原因（选填）</translation>
    </message>
    <message>
        <source>What happens next: Hong Kong Cloud reviews the request and closes the account; your services end. Data it must keep by law or for open orders and disputes is restricted and deleted later, as with a deletion request. You can cancel this request in the Requests tab until work on it has started.</source>
        <translation>接下来：Hong Kong Cloud 会审核请求并关闭账户，你的服务也会终止。依法须保留、或因未完成的订单及争议而须保留的数据，会限制使用并于稍后删除，与删除请求的处理方式相同。在开始处理之前，你可以在“请求”标签页撤回此请求。</translation>
    </message>
    <message>
        <source>Type %1 to c&amp;onfirm:</source>
        <translation>输入 %1 以确认(&amp;O)：</translation>
    </message>
    <message>
        <source>Type %1 to confirm</source>
        <translation>输入 %1 以确认</translation>
    </message>
    <message>
        <source>Type CANCEL in capital letters to confirm that you want your account closed.</source>
        <translation>请以大写字母输入 CANCEL，确认你要关闭账户。</translation>
    </message>
    <message>
        <source>Send &amp;cancellation request</source>
        <translation>发送取消请求(&amp;C)</translation>
    </message>
    <message>
        <source>Your request to cancel the account</source>
        <translation>你的取消账户请求</translation>
    </message>
</context>
<context>
    <name>pd::ui::ComplaintDialog</name>
    <message>
        <source>&amp;Complaint</source>
        <translation>投诉(&amp;C)</translation>
    </message>
    <message>
        <source>Su&amp;ggestion</source>
        <translation>建议(&amp;G)</translation>
    </message>
    <message>
        <source>Complaint or suggestion</source>
        <translation>投诉或建议</translation>
    </message>
    <message>
        <source>Tell Hong Kong Cloud what you think about how it handles your personal data. It will look into it and reply within a reasonable time (privacy policy VI.V).</source>
        <translation>告诉 Hong Kong Cloud 你对其处理你个人信息方式的意见。Hong Kong Cloud 会跟进，并在合理时间内回复（隐私政策第 VI.V 节）。</translation>
    </message>
    <message>
        <source>This is a:</source>
        <translation>类别：</translation>
    </message>
    <message>
        <source>In a few words</source>
        <translation>简单描述</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>主题(&amp;S)：</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>内容(&amp;M)：</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Subject up to %L1 characters, message up to %L2. You can follow the answer in the Requests tab.</source>
        <translation>主题最多 %L1 个字符，内容最多 %L2 个字符。你可以在“请求”标签页查看回复。</translation>
    </message>
    <message>
        <source>Send s&amp;uggestion</source>
        <translation>发送建议(&amp;U)</translation>
    </message>
    <message>
        <source>Send c&amp;omplaint</source>
        <translation>发送投诉(&amp;O)</translation>
    </message>
    <message>
        <source>Your suggestion</source>
        <translation>你的建议</translation>
    </message>
    <message>
        <source>Your complaint</source>
        <translation>你的投诉</translation>
    </message>
</context>
<context>
    <name>pd::ui::ConsentHistoryDialog</name>
    <message>
        <source>Consent history</source>
        <translation>同意记录</translation>
    </message>
    <message>
        <source>You have not changed any consent yet. Each change you make is listed here, with the date and the privacy policy version it was made under.</source>
        <translation>你尚未更改任何同意设置。你每次更改都会列在这里，连同日期及当时适用的隐私政策版本。</translation>
    </message>
    <message>
        <source>Every consent change, newest first: your own record of what you allowed or withdrew, when, and under which privacy policy version.</source>
        <translation>所有同意变更，最新的排在最前：记录你在何时、根据哪个隐私政策版本，允许或撤回了什么。</translation>
    </message>
    <message>
        <source>What</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Policy version</source>
        <translation>政策版本</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Allowed: %1</source>
        <translation>已允许：%1</translation>
    </message>
    <message>
        <source>Withdrawn: %1</source>
        <translation>已撤回：%1</translation>
    </message>
    <message>
        <source>Confirmed by Hong Kong Cloud (receipt %1)</source>
        <translation>Hong Kong Cloud 已确认（回执 %1）</translation>
    </message>
    <message>
        <source>Saved on this computer, waiting to send</source>
        <translation>已保存在这台电脑，等待发送</translation>
    </message>
</context>
<context>
    <name>pd::ui::ConsentPage</name>
    <message>
        <source>Some uses of your data need your consent. You can allow or withdraw each one at any time; withdrawing stops that use from then on (privacy policy VI.IV). Each change is saved on this computer at once, sent to Hong Kong Cloud, and kept as a receipt.</source>
        <translation>有些数据用途需要你的同意。你可以随时允许或撤回每一项；撤回后，该用途即时停止（隐私政策第 VI.IV 节）。每次更改都会即时保存在这台电脑，发送到 Hong Kong Cloud，并保留作回执。</translation>
    </message>
    <message>
        <source>No consent settings have been synced yet. Press Sync now (F5) to fetch them.</source>
        <translation>尚未同步任何同意设置。请按“立即同步”（F5）获取。</translation>
    </message>
    <message>
        <source>Every consent change with its date and policy version</source>
        <translation>所有同意变更，连同日期及政策版本</translation>
    </message>
    <message>
        <source>Co&amp;nsent</source>
        <translation>同意(&amp;N)</translation>
    </message>
    <message>
        <source>Your choices refer to privacy policy version %1.</source>
        <translation>你的选择适用于隐私政策版本 %1。</translation>
    </message>
    <message>
        <source>Allowed. %1</source>
        <translation>已允许。%1</translation>
    </message>
    <message>
        <source>Not allowed. %1</source>
        <translation>未允许。%1</translation>
    </message>
    <message>
        <source>Allowed: clear to withdraw your consent</source>
        <translation>已允许：取消勾选即可撤回同意</translation>
    </message>
    <message>
        <source>Not allowed: tick to allow</source>
        <translation>未允许：勾选即可允许</translation>
    </message>
    <message>
        <source>Allowed on %1 on this computer; waiting to send.</source>
        <translation>已于 %1 在这台电脑上允许；等待发送。</translation>
    </message>
    <message>
        <source>Withdrawn on %1 on this computer; waiting to send.</source>
        <translation>已于 %1 在这台电脑上撤回；等待发送。</translation>
    </message>
    <message>
        <source>Allowed. Last changed %1.</source>
        <translation>已允许。最后更改于 %1。</translation>
    </message>
    <message>
        <source>Not allowed. Last changed %1.</source>
        <translation>未允许。最后更改于 %1。</translation>
    </message>
    <message>
        <source>Allowed. Never changed.</source>
        <translation>已允许。从未更改。</translation>
    </message>
    <message>
        <source>Not allowed. Never changed.</source>
        <translation>未允许。从未更改。</translation>
    </message>
    <message>
        <source>Your choice for %1 could not be saved. %2</source>
        <translation>无法保存你对“%1”的选择。%2</translation>
    </message>
    <message>
        <source>%1 allowed. Saved. It will be sent when you are online.</source>
        <translation>已允许“%1”并已保存，会在你联网后发送。</translation>
    </message>
    <message>
        <source>%1 withdrawn. Saved. It will be sent when you are online.</source>
        <translation>已撤回“%1”并已保存，会在你联网后发送。</translation>
    </message>
    <message>
        <source>%1 allowed. Saved, and being sent now.</source>
        <translation>已允许“%1”并已保存，正在发送。</translation>
    </message>
    <message>
        <source>%1 withdrawn. Saved, and being sent now.</source>
        <translation>已撤回“%1”并已保存，正在发送。</translation>
    </message>
    <message>
        <source>Hi&amp;story…</source>
        <translation>记录(&amp;S)…</translation>
    </message>
    <message>
        <source>Consent settings</source>
        <translation>同意设置</translation>
    </message>
</context>
<context>
    <name>pd::ui::ContactDialog</name>
    <message>
        <source>Contact Hong Kong Cloud</source>
        <translation>联系 Hong Kong Cloud</translation>
    </message>
    <message>
        <source>Questions about the privacy policy or your data, complaints and suggestions: write or call customer service. Give your account id so they can find you.</source>
        <translation>如对隐私政策或你的数据有疑问，或有投诉和建议，请写信或致电客户服务。请提供你的账户 ID，方便他们找到你。</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Copy: %1</source>
        <translation>复制：%1</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>电子邮件(&amp;E)：</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>电话(&amp;P)：</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Your &amp;account id:</source>
        <translation>你的账户 ID(&amp;A)：</translation>
    </message>
    <message>
        <source>Your account id</source>
        <translation>你的账户 ID</translation>
    </message>
    <message>
        <source>The contact details come with the privacy policy, which has not been fetched yet. Sync, then open this again.</source>
        <translation>联系方式随隐私政策一起提供，但尚未获取隐私政策。请先同步，然后再打开此窗口。</translation>
    </message>
    <message>
        <source>&amp;Write an e-mail…</source>
        <translation>写电子邮件(&amp;W)…</translation>
    </message>
    <message>
        <source>Account %1</source>
        <translation>账户 %1</translation>
    </message>
</context>
<context>
    <name>pd::ui::CookiesPage</name>
    <message>
        <source>Cookies and similar technologies</source>
        <translation>Cookie 及类似技术</translation>
    </message>
    <message>
        <source>Name or website</source>
        <translation>名称或网站</translation>
    </message>
    <message>
        <source>We hold no cookie records for you.</source>
        <translation>我们没有持有你的 Cookie 记录。</translation>
    </message>
    <message>
        <source>No cookies match the filter. Clear the filter to see all of them.</source>
        <translation>没有符合筛选条件的 Cookie。清除筛选即可查看全部。</translation>
    </message>
    <message>
        <source>Details of the selected cookie</source>
        <translation>所选 Cookie 的详情</translation>
    </message>
    <message>
        <source>Select a cookie to see what it is for and how long it lasts.</source>
        <translation>选择一个 Cookie，查看其用途及有效期。</translation>
    </message>
    <message>
        <source>&amp;Cookies</source>
        <translation>Cookie(&amp;C)</translation>
    </message>
    <message numerus="yes">
        <source>Showing %L1 of %Ln item(s)</source>
        <translation>
            <numerusform>显示 %L1 项，共 %Ln 项</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pd::ui::CorrectionDialog</name>
    <message>
        <source>Ask us to correct your details</source>
        <translation>请我们更正你的信息</translation>
    </message>
    <message>
        <source>Some details, such as your verified name, only Hong Kong Cloud can change. Tell us the right value and why, and attach documents that show it. We check the request and tell you the result (privacy policy VI.II).</source>
        <translation>有些信息（例如已核实的姓名）只有 Hong Kong Cloud 可以更改。请告诉我们正确的内容及原因，并附上证明文件。我们会审核请求并通知你结果（隐私政策第 VI.II 节）。</translation>
    </message>
    <message>
        <source>&amp;Detail:</source>
        <translation>信息(&amp;D)：</translation>
    </message>
    <message>
        <source>Detail to correct</source>
        <translation>要更正的信息</translation>
    </message>
    <message>
        <source>We hold:</source>
        <translation>我们持有：</translation>
    </message>
    <message>
        <source>&amp;Correct value:</source>
        <translation>正确内容(&amp;C)：</translation>
    </message>
    <message>
        <source>Correct value</source>
        <translation>正确内容</translation>
    </message>
    <message>
        <source>For example: my name is misspelt; my passport shows the right spelling.</source>
        <translation>例如：我的姓名拼错了；我的护照上有正确拼法。</translation>
    </message>
    <message>
        <source>&amp;Why:</source>
        <translation>原因(&amp;W)：</translation>
    </message>
    <message>
        <source>Why the detail is wrong</source>
        <translation>信息有误的原因</translation>
    </message>
    <message>
        <source>&amp;Supporting documents:</source>
        <translation>证明文件(&amp;S)：</translation>
    </message>
    <message>
        <source>Supporting documents</source>
        <translation>证明文件</translation>
    </message>
    <message>
        <source>Too many files: attach at most %1.</source>
        <translation>文件太多：最多只可附上 %1 个。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Send correction &amp;request</source>
        <translation>发送更正请求(&amp;R)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空白）</translation>
    </message>
    <message>
        <source>Your correction request</source>
        <translation>你的更正请求</translation>
    </message>
    <message>
        <source>Documents: PDF, PNG or JPEG, at most %1 each and %2 in all. They are copied and kept on this computer with the request until they are sent, so you can remove the originals.</source>
        <translation>文件：PDF、PNG 或 JPEG，每个最多 %1，总共最多 %2。文件会复制一份，与请求一起保存在这台电脑上，直到发送为止，所以你可以删除原文件。</translation>
    </message>
</context>
<context>
    <name>pd::ui::CustomerFrame</name>
    <message>
        <source>Customer&apos;s data, read-only</source>
        <translation>客户的数据（只读）</translation>
    </message>
    <message>
        <source>Access to %1&apos;s data could not be opened.</source>
        <translation>无法开启对 %1 的数据的访问。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Asking for access to %1&apos;s data…</source>
        <translation>正在请求访问 %1 的数据…</translation>
    </message>
    <message>
        <source>Cancel (Ctrl+W)</source>
        <translation>取消（Ctrl+W）</translation>
    </message>
    <message>
        <source>Viewing %1 read-only until %2 — reason: %3, ticket %4.</source>
        <translation>正在以只读方式查看 %1，直至 %2 — 原因：%3，工单 %4。</translation>
    </message>
    <message>
        <source>End access (Ctrl+W)</source>
        <translation>结束访问（Ctrl+W）</translation>
    </message>
    <message>
        <source>Stop viewing now; the data is wiped from this computer&apos;s memory</source>
        <translation>立即停止查看；数据会从这台电脑的内存中清除</translation>
    </message>
    <message>
        <source>Waiting for %1 to approve your access — reason: %2, ticket %3.</source>
        <translation>正在等待 %1 批准你的访问 — 原因：%2，工单 %3。</translation>
    </message>
    <message>
        <source>Withdraw (Ctrl+W)</source>
        <translation>撤回（Ctrl+W）</translation>
    </message>
    <message>
        <source>Withdraw the request for access</source>
        <translation>撤回访问请求</translation>
    </message>
    <message>
        <source>Access to %1&apos;s data: %2.</source>
        <translation>对 %1 的数据的访问：%2。</translation>
    </message>
    <message>
        <source>%1 asked to be asked first. Nothing of their data is shown until they approve in their app; if they do not answer, the request lapses at %2.</source>
        <translation>%1 要求先征求其同意。在对方于其应用中批准之前，不会显示其任何数据；如对方未回复，请求会在 %2 失效。</translation>
    </message>
    <message>
        <source>Fetching the customer&apos;s data…</source>
        <translation>正在获取客户的数据…</translation>
    </message>
    <message>
        <source>%1 declined your request to see their data. Nothing was shown.</source>
        <translation>%1 拒绝了你查看其数据的请求。没有显示任何数据。</translation>
    </message>
    <message>
        <source>Your access to %1&apos;s data has expired. The data shown is wiped from this computer.</source>
        <translation>你对 %1 的数据的访问已过期。已显示的数据已从这台电脑上清除。</translation>
    </message>
    <message>
        <source>Your access to %1&apos;s data has ended. The data shown is wiped from this computer.</source>
        <translation>你对 %1 的数据的访问已结束。已显示的数据已从这台电脑上清除。</translation>
    </message>
    <message>
        <source>Shown read-only: nothing can be changed from here. Every page you open is recorded in the audit log and in the customer&apos;s access log.</source>
        <translation>以只读方式显示：无法在此作出任何更改。你打开的每个页面都会记录在审计日志和客户的访问日志中。</translation>
    </message>
    <message>
        <source>Some of the customer&apos;s data could not be fetched.</source>
        <translation>无法获取客户的部分数据。</translation>
    </message>
</context>
<context>
    <name>pd::ui::CustomersPage</name>
    <message>
        <source>Fin&amp;d</source>
        <translation>查找(&amp;D)</translation>
    </message>
    <message>
        <source>O&amp;pen…</source>
        <translation>打开(&amp;P)…</translation>
    </message>
    <message>
        <source>Find a customer by account id, user name, e-mail address or phone number. Opening their data needs a reason; the customer sees every access in their access log.</source>
        <translation>按账户 ID、用户名、电子邮件地址或电话号码查找客户。打开客户数据需要提供原因；客户会在其访问日志中看到每次访问。</translation>
    </message>
    <message>
        <source>Find &amp;customer:</source>
        <translation>查找客户(&amp;C)：</translation>
    </message>
    <message>
        <source>Find customer</source>
        <translation>查找客户</translation>
    </message>
    <message numerus="yes">
        <source>Account id, user name, e-mail or phone (at least %Ln characters)</source>
        <translation>
            <numerusform>账户 ID、用户名、电子邮件或电话（至少 %Ln 个字符）</numerusform>
        </translation>
    </message>
    <message>
        <source>Customers found</source>
        <translation>找到的客户</translation>
    </message>
    <message>
        <source>Press Enter to open the selected customer&apos;s data</source>
        <translation>按 Enter 打开所选客户的数据</translation>
    </message>
    <message>
        <source>Ask for access to the selected customer&apos;s data (Enter)</source>
        <translation>请求访问所选客户的数据（Enter）</translation>
    </message>
    <message>
        <source>You are offline or Hong Kong Cloud is not answering: customers can only be found online. Try again when you are back online.</source>
        <translation>你已离线或 Hong Kong Cloud 没有响应：只能在联网时查找客户。请在重新联网后再试。</translation>
    </message>
    <message>
        <source>The search did not work.</source>
        <translation>搜索失败。</translation>
    </message>
    <message>
        <source>Customer&amp;s</source>
        <translation>客户(&amp;S)</translation>
    </message>
    <message numerus="yes">
        <source>Type at least %Ln characters to search.</source>
        <translation>
            <numerusform>请至少输入 %Ln 个字符进行搜索。</numerusform>
        </translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>正在搜索…</translation>
    </message>
    <message>
        <source>%1 — user name %2, account %3</source>
        <translation>%1 — 用户名 %2，账户 %3</translation>
    </message>
    <message>
        <source>No customer matches “%1”.</source>
        <translation>没有与“%1”匹配的客户。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customers found; only the first ones are shown: make the search more precise.</source>
        <translation>
            <numerusform>找到 %Ln 位客户；仅显示前面几位：请把搜索条件写得更精确。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) found.</source>
        <translation>
            <numerusform>找到 %Ln 位客户。</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation>清除搜索</translation>
    </message>
</context>
<context>
    <name>pd::ui::DeleteDialog</name>
    <message>
        <source>Delete your data</source>
        <translation>删除你的数据</translation>
    </message>
    <message>
        <source>Ask Hong Kong Cloud to delete data it holds about you. Choose what to delete; the request is saved on this computer and sent when you are online.</source>
        <translation>请求 Hong Kong Cloud 删除其持有的你的数据。请选择要删除的内容；请求会保存在这台电脑，并在你联网后发送。</translation>
    </message>
    <message>
        <source>What to delete</source>
        <translation>删除范围</translation>
    </message>
    <message>
        <source>The &amp;selected records (select them in the Devices or Cookies tab first)</source>
        <translation>所选记录（请先在“设备”或“Cookie”标签页选中）(&amp;S)</translation>
    </message>
    <message>
        <source>The &amp;selected records: %1</source>
        <translation>所选记录：%1(&amp;S)</translation>
    </message>
    <message>
        <source>One &amp;category:</source>
        <translation>单一类别(&amp;C)：</translation>
    </message>
    <message>
        <source>Usage in a date &amp;range:</source>
        <translation>指定日期范围内的使用记录(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Everything: the whole account</source>
        <translation>全部：整个账户(&amp;E)</translation>
    </message>
    <message>
        <source>Category to delete</source>
        <translation>要删除的类别</translation>
    </message>
    <message>
        <source>Usage to delete</source>
        <translation>要删除的使用记录</translation>
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
        <translation>未选中任何记录。请在“设备”或“Cookie”标签页选中记录，然后再选择“删除”。</translation>
    </message>
    <message>
        <source>Choose a start date that is on or before the end date.</source>
        <translation>开始日期不可迟于结束日期。</translation>
    </message>
    <message>
        <source>Before you send: some data we may have to keep for a while even after you ask, because the law requires it (for example invoices), or because it is needed for an order that is not finished or a dispute that is still open. We then restrict it: we keep it but stop using it, and delete it as soon as we may (privacy policy VI.III). Hong Kong Cloud&apos;s answer lists exactly what it kept and until when; you will find it in the request&apos;s details in the Requests tab.</source>
        <translation>发送前请注意：即使你提出请求，部分数据我们仍可能须保留一段时间，原因是法律有所规定（例如发票），或尚未完成的订单或仍未解决的争议需要用到。这些数据会被限制使用：我们会保留但停止使用，并在允许时尽快删除（隐私政策第 VI.III 节）。Hong Kong Cloud 的回复会列明保留了哪些数据及保留至何时；你可以在“请求”标签页的请求详情中找到。</translation>
    </message>
    <message>
        <source>You can cancel this request in the Requests tab until Hong Kong Cloud starts working on it. Deleted data cannot be brought back.</source>
        <translation>在 Hong Kong Cloud 开始处理之前，你可以在“请求”标签页撤回此请求。数据一经删除便无法复原。</translation>
    </message>
    <message>
        <source>Type %1 to c&amp;onfirm:</source>
        <translation>输入 %1 以确认(&amp;O)：</translation>
    </message>
    <message>
        <source>Type %1 to confirm</source>
        <translation>输入 %1 以确认</translation>
    </message>
    <message>
        <source>Type DELETE in capital letters to confirm that you want this data deleted.</source>
        <translation>请以大写字母输入 DELETE，确认你要删除这些数据。</translation>
    </message>
    <message>
        <source>Send &amp;deletion request</source>
        <translation>发送删除请求(&amp;D)</translation>
    </message>
    <message>
        <source>Your deletion request</source>
        <translation>你的删除请求</translation>
    </message>
</context>
<context>
    <name>pd::ui::DevicesPage</name>
    <message>
        <source>Devices and networks</source>
        <translation>设备及网络</translation>
    </message>
    <message>
        <source>Model, system, browser, address or operator</source>
        <translation>型号、系统、浏览器、地址或运营商</translation>
    </message>
    <message>
        <source>We hold no device records for you.</source>
        <translation>我们没有持有你的设备记录。</translation>
    </message>
    <message>
        <source>No devices match the filter. Clear the filter to see all of them.</source>
        <translation>没有符合筛选条件的设备。清除筛选即可查看全部。</translation>
    </message>
    <message>
        <source>Details of the selected device</source>
        <translation>所选设备的详情</translation>
    </message>
    <message>
        <source>Select a device to see everything we hold about it.</source>
        <translation>选择一台设备，查看我们持有的相关数据。</translation>
    </message>
    <message>
        <source>&amp;Devices &amp;&amp; networks</source>
        <translation>设备及网络(&amp;D)</translation>
    </message>
    <message numerus="yes">
        <source>Showing %L1 of %Ln device(s)</source>
        <translation>
            <numerusform>显示 %L1 台设备，共 %Ln 台</numerusform>
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
        <translation>请输入新的%1。更改会先保存在这台电脑，再发送到 Hong Kong Cloud，并即时更新记录。</translation>
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
        <translation>当前：</translation>
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
        <translation>如这项信息在你上次同步后已在别处更改，不会覆盖任何内容：“请求”标签页会显示两个值，让你选择。</translation>
    </message>
    <message>
        <source>&amp;Save change</source>
        <translation>保存更改(&amp;S)</translation>
    </message>
    <message>
        <source>Your change of %1</source>
        <translation>你对%1的更改</translation>
    </message>
</context>
<context>
    <name>pd::ui::ExportDialog</name>
    <message>
        <source>Request a copy of your data</source>
        <translation>索取你的数据副本</translation>
    </message>
    <message>
        <source>Ask Hong Kong Cloud for a copy of everything it holds about you, as one JSON file that other programs can read (privacy policy VI.I).</source>
        <translation>请求 Hong Kong Cloud 提供其持有的你的全部数据副本，格式为其他程序可读取的单一 JSON 文件（隐私政策第 VI.I 节）。</translation>
    </message>
    <message>
        <source>Preparing the copy can take a while. When it is ready, select the request in the Requests tab and choose Save copy to store the file where you like.</source>
        <translation>准备副本可能需要一段时间。准备好后，请在“请求”标签页选中该请求，再选择“保存副本”，把文件存放到你想要的位置。</translation>
    </message>
    <message>
        <source>&amp;Request copy</source>
        <translation>索取副本(&amp;R)</translation>
    </message>
    <message>
        <source>Your request for a copy of your data</source>
        <translation>你索取数据副本的请求</translation>
    </message>
</context>
<context>
    <name>pd::ui::FilterBar</name>
    <message>
        <source>F&amp;ilter:</source>
        <translation>筛选(&amp;I)：</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>筛选</translation>
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
        <translation>勾选后只显示此日期或之后的事件</translation>
    </message>
    <message>
        <source>Tick to show only events on or before this date</source>
        <translation>勾选后只显示此日期或之前的事件</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类别(&amp;K)：</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>所有类别</translation>
    </message>
    <message>
        <source>Clear filter</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <source>Sort &amp;by:</source>
        <translation>排序方式(&amp;B)：</translation>
    </message>
    <message>
        <source>Ord&amp;er:</source>
        <translation>顺序(&amp;E)：</translation>
    </message>
    <message>
        <source>Sort by</source>
        <translation>排序方式</translation>
    </message>
    <message>
        <source>The column the rows are sorted by (the same as clicking its heading)</source>
        <translation>用于排序各行的列（与点击该列标题相同）</translation>
    </message>
    <message>
        <source>Sort order</source>
        <translation>排序顺序</translation>
    </message>
    <message>
        <source>Ascending</source>
        <translation>升序</translation>
    </message>
    <message>
        <source>Descending</source>
        <translation>降序</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>结束日期</translation>
    </message>
</context>
<context>
    <name>pd::ui::GrantDialog</name>
    <message>
        <source>&amp;Ask for access</source>
        <translation>请求访问(&amp;A)</translation>
    </message>
    <message>
        <source>Open %1&apos;s data</source>
        <translation>打开 %1 的数据</translation>
    </message>
    <message>
        <source>To see the data of %1 (account %2), say why. %1 sees your reason, the ticket and the categories in their access log; if they asked to be asked first, nothing is shown until they approve.</source>
        <translation>要查看 %1（账户 %2）的数据，请说明原因。%1 会在其访问日志中看到你的原因、工单和数据类别；如对方要求先征求其同意，在对方批准之前不会显示任何数据。</translation>
    </message>
    <message numerus="yes">
        <source>This is too short: write at least %Ln characters, one sentence saying why you need to look.</source>
        <translation>
            <numerusform>内容太短：请至少写 %Ln 个字符，用一句话说明你为什么需要查看。</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose at least one kind of data: only what you need to see.</source>
        <translation>请至少选择一类数据：只选你需要查看的。</translation>
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
        <translation>工单或请求(&amp;T)：</translation>
    </message>
    <message>
        <source>Ticket or request</source>
        <translation>工单或请求</translation>
    </message>
    <message>
        <source>One sentence: why you need to look</source>
        <translation>一句话说明你为什么需要查看</translation>
    </message>
    <message>
        <source>&amp;Justification:</source>
        <translation>理由(&amp;J)：</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>理由</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Access ends by itself after this time; at most 8 hours (480 minutes).</source>
        <translation>到时访问会自动结束；最长 8 小时（480 分钟）。</translation>
    </message>
    <message>
        <source>For &amp;how long:</source>
        <translation>时长(&amp;H)：</translation>
    </message>
    <message>
        <source>For how long, in minutes</source>
        <translation>时长（分钟）</translation>
    </message>
    <message>
        <source>Data to see (only what you need)</source>
        <translation>要查看的数据（只选你需要的）</translation>
    </message>
    <message>
        <source>&amp;Personal details</source>
        <translation>个人资料(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Server usage</source>
        <translation>服务器使用情况(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Domain usage</source>
        <translation>域名使用情况(&amp;D)</translation>
    </message>
    <message>
        <source>De&amp;vices and networks</source>
        <translation>设备和网络(&amp;V)</translation>
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
        <translation>你的数据</translation>
    </message>
    <message>
        <source>Data categories</source>
        <translation>数据类别</translation>
    </message>
    <message>
        <source>You are signed out. The copy of your data on this computer was deleted; your data at Hong Kong Cloud is unchanged.</source>
        <translation>你已退出登录。这台电脑上的数据副本已删除；你在 Hong Kong Cloud 的数据不受影响。</translation>
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
        <translation>从 Hong Kong Cloud 获取最新数据（F5）</translation>
    </message>
    <message>
        <source>Sign &amp;out…</source>
        <translation>退出登录(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Next tab</source>
        <translation>下一个标签页(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Previous tab</source>
        <translation>上一个标签页(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Filter this list</source>
        <translation>筛选此列表(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;About Privacy Dashboard</source>
        <translation>关于 Privacy Dashboard(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>立即同步</translation>
    </message>
    <message>
        <source>Go to the %1 tab</source>
        <translation>前往“%1”标签页</translation>
    </message>
    <message>
        <source>Make a new request: correct, delete, complain, export, cancel account</source>
        <translation>提出新请求：更正、删除、投诉、导出、取消账户</translation>
    </message>
    <message>
        <source>Request a copy of your data</source>
        <translation>索取你的数据副本</translation>
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
        <translation>账户：%1</translation>
    </message>
    <message>
        <source>Signed in as %1. Open the account menu to sign out.</source>
        <translation>已用 %1 登录。打开账户菜单即可退出登录。</translation>
    </message>
    <message>
        <source>Your sign-in has expired or was withdrawn. Sign in again to update your data.</source>
        <translation>你的登录已过期或已被撤销。请重新登录以更新你的数据。</translation>
    </message>
    <message>
        <source>Sign out?</source>
        <translation>要退出登录吗？</translation>
    </message>
    <message>
        <source>Sign out of Hong Kong Cloud on this computer?</source>
        <translation>要在这台电脑上退出登录 Hong Kong Cloud 吗？</translation>
    </message>
    <message>
        <source>The copy of your data on this computer will be deleted. Your data at Hong Kong Cloud is not affected, and you can sign in again at any time.</source>
        <translation>这台电脑上的数据副本会被删除。你在 Hong Kong Cloud 的数据不受影响，你也可以随时重新登录。</translation>
    </message>
    <message>
        <source>&amp;Sign out</source>
        <translation>退出登录(&amp;S)</translation>
    </message>
    <message>
        <source>S&amp;ettings…</source>
        <translation>设置(&amp;E)…</translation>
    </message>
    <message>
        <source>More tool bar buttons</source>
        <translation>更多工具栏按钮</translation>
    </message>
    <message>
        <source>Opening the staff workspace…</source>
        <translation>正在打开工作人员工作区…</translation>
    </message>
    <message>
        <source>Fetch &amp;again</source>
        <translation>重新获取(&amp;A)</translation>
    </message>
    <message>
        <source>Fetch the queue and the current list again (F5)</source>
        <translation>重新获取队列和当前列表（F5）</translation>
    </message>
    <message>
        <source>Privacy Dashboard - Staff: %1 (supervisor)</source>
        <translation>Privacy Dashboard - 工作人员：%1（主管）</translation>
    </message>
    <message>
        <source>Privacy Dashboard - Staff: %1</source>
        <translation>Privacy Dashboard - 工作人员：%1</translation>
    </message>
    <message>
        <source>Open Settings…</source>
        <translation>打开设置…</translation>
    </message>
</context>
<context>
    <name>pd::ui::NoticesController</name>
    <message>
        <source>&amp;Privacy policy…</source>
        <translation>隐私政策(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Contact Hong Kong Cloud…</source>
        <translation>联系 Hong Kong Cloud(&amp;C)…</translation>
    </message>
    <message>
        <source>Export consent &amp;records…</source>
        <translation>导出同意记录(&amp;R)…</translation>
    </message>
    <message>
        <source>Hong Kong Cloud has a new privacy policy, %1. Read what changes, then accept it or see how to leave.</source>
        <translation>Hong Kong Cloud 发布了新的隐私政策（%1）。请阅读有哪些变更，然后接受，或查看如何停止使用服务。</translation>
    </message>
    <message>
        <source>See &amp;what changed…</source>
        <translation>查看变更内容(&amp;W)…</translation>
    </message>
    <message>
        <source>A new privacy policy</source>
        <translation>新的隐私政策</translation>
    </message>
    <message numerus="yes">
        <source>%n security notice(s) about your account: %1.</source>
        <translation>
            <numerusform>有 %n 条关于你账户的安全通知：%1。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Hong Kong Cloud tells you of %n disclosure(s) of your data to an authority.</source>
        <translation>
            <numerusform>Hong Kong Cloud 通知你：你的数据曾 %n 次被披露给有关部门。</numerusform>
        </translation>
    </message>
    <message>
        <source>See the Notices tab (Ctrl+9).</source>
        <translation>请查看“通知”标签页（Ctrl+9）。</translation>
    </message>
    <message>
        <source>&amp;Read notices</source>
        <translation>阅读通知(&amp;R)</translation>
    </message>
    <message>
        <source>Notices from Hong Kong Cloud</source>
        <translation>来自 Hong Kong Cloud 的通知</translation>
    </message>
    <message>
        <source>You accepted the privacy policy version %1.</source>
        <translation>你已接受隐私政策版本 %1。</translation>
    </message>
    <message>
        <source>Saved on this computer and being sent now.</source>
        <translation>已保存在这台电脑上，正在发送。</translation>
    </message>
    <message>
        <source>Saved on this computer. It will be sent when you are online.</source>
        <translation>已保存在这台电脑上，会在你联网时发送。</translation>
    </message>
    <message>
        <source>Your consent is a separate choice</source>
        <translation>同意需要单独选择</translation>
    </message>
    <message>
        <source>The new policy has uses of your data that need your consent: %1. Accepting the policy did not switch them on; they stay off unless you do. Do you want to look at them now?</source>
        <translation>新政策中有些数据用途需要你的同意：%1。接受政策并不会开启这些用途；除非你自行开启，否则会保持关闭。要现在查看吗？</translation>
    </message>
    <message>
        <source>&amp;Open the Consent tab</source>
        <translation>打开“同意”标签页(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation>以后再说(&amp;N)</translation>
    </message>
    <message>
        <source>Sign in first: the records are kept with your account.</source>
        <translation>请先登录：这些记录与你的账户一起保存。</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Export consent records</source>
        <translation>导出同意记录</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON 文件 (*.json)</translation>
    </message>
    <message>
        <source>Your consent records and policy acceptances are saved in %1.</source>
        <translation>你的同意记录和隐私政策接受记录已保存到 %1。</translation>
    </message>
</context>
<context>
    <name>pd::ui::NoticesPage</name>
    <message>
        <source>Read the policy</source>
        <translation>阅读政策</translation>
    </message>
    <message>
        <source>See what changed…</source>
        <translation>查看变更内容…</translation>
    </message>
    <message>
        <source>&amp;Mark all as read</source>
        <translation>全部标记为已读(&amp;M)</translation>
    </message>
    <message>
        <source>Security incidents and disclosures</source>
        <translation>安全事件及数据披露</translation>
    </message>
    <message>
        <source>Details of the selected notice</source>
        <translation>所选通知的详情</translation>
    </message>
    <message>
        <source>Select a notice to read all of it.</source>
        <translation>选择一条通知以阅读全文。</translation>
    </message>
    <message>
        <source>Notices</source>
        <translation>通知</translation>
    </message>
    <message>
        <source>No security incident concerns your account, and Hong Kong Cloud has told you of no disclosure of your data to an authority.</source>
        <translation>没有涉及你账户的安全事件，Hong Kong Cloud 也没有通知你曾向有关部门披露你的数据。</translation>
    </message>
    <message numerus="yes">
        <source>%n notice(s), all read on this computer.</source>
        <translation>
            <numerusform>共 %n 条通知，已全部在这台电脑上阅读。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n notice(s), %1 not read yet on this computer.</source>
        <translation>
            <numerusform>共 %n 条通知，其中 %1 条尚未在这台电脑上阅读。</numerusform>
        </translation>
    </message>
    <message>
        <source>Privacy policy: you accepted version %1.</source>
        <translation>隐私政策：你已接受版本 %1。</translation>
    </message>
    <message>
        <source>Privacy policy: version %1 is new and waits for your answer. You accepted version %2.</source>
        <translation>隐私政策：版本 %1 是新版本，正等待你回复。你已接受版本 %2。</translation>
    </message>
    <message>
        <source>Privacy policy: version %1, which you accepted.</source>
        <translation>隐私政策：版本 %1（你已接受）。</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>发生了什么</translation>
    </message>
    <message>
        <source>When it happened</source>
        <translation>发生时间</translation>
    </message>
    <message>
        <source>When Hong Kong Cloud found it</source>
        <translation>Hong Kong Cloud 发现的时间</translation>
    </message>
    <message>
        <source>When you were told</source>
        <translation>通知你的时间</translation>
    </message>
    <message>
        <source>Your data it concerns</source>
        <translation>涉及你的数据</translation>
    </message>
    <message>
        <source>What Hong Kong Cloud did</source>
        <translation>Hong Kong Cloud 采取的措施</translation>
    </message>
    <message>
        <source>What you should do:</source>
        <translation>你应该做的事：</translation>
    </message>
    <message>
        <source>Updates:</source>
        <translation>最新进展：</translation>
    </message>
    <message>
        <source>To whom</source>
        <translation>披露对象</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>法律依据</translation>
    </message>
    <message>
        <source>Your data disclosed</source>
        <translation>被披露的数据</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Their reference</source>
        <translation>对方的参考编号</translation>
    </message>
    <message>
        <source>The law did not allow Hong Kong Cloud to tell you at once. That delay ended on %1.</source>
        <translation>法律不允许 Hong Kong Cloud 立即通知你。该延迟已于 %1 结束。</translation>
    </message>
    <message>
        <source>The law did not allow Hong Kong Cloud to tell you at once.</source>
        <translation>法律不允许 Hong Kong Cloud 立即通知你。</translation>
    </message>
</context>
<context>
    <name>pd::ui::NotificationBanner</name>
    <message>
        <source>Dismiss this message</source>
        <translation>关闭此消息</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>关闭消息</translation>
    </message>
    <message>
        <source>Offline: %1</source>
        <translation>离线：%1</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>问题：%1</translation>
    </message>
</context>
<context>
    <name>pd::ui::OverviewPage</name>
    <message>
        <source>This is the personal data Hong Kong Cloud holds about you, in five groups. Open a group to see every record, why we hold it and how long we keep it.</source>
        <translation>以下是 Hong Kong Cloud 持有的你的个人信息，分为五组。打开任何一组，即可查看每项记录、我们持有的原因及保留期。</translation>
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
        <translation>概览(&amp;O)</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>已登录</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>已用 %1 登录</translation>
    </message>
    <message>
        <source>staff member</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Account %1 (%2), user name %3</source>
        <translation>账户 %1（%2），用户名 %3</translation>
    </message>
    <message>
        <source>Last synced: %1</source>
        <translation>上次同步：%1</translation>
    </message>
    <message>
        <source>Not synced yet. Your data appears here after the first sync.</source>
        <translation>尚未同步。首次同步后，你的数据会在这里显示。</translation>
    </message>
    <message>
        <source>Privacy policy: no accepted version on record.</source>
        <translation>隐私政策：没有你已接受版本的记录。</translation>
    </message>
    <message>
        <source>No records</source>
        <translation>没有记录</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s)</source>
        <translation>
            <numerusform>%Ln 项记录</numerusform>
        </translation>
    </message>
    <message>
        <source>The customer&apos;s data that your access covers, read-only. Groups your access does not cover show no records.</source>
        <translation>你的访问权限所涵盖的客户数据（只读）。你的访问权限未涵盖的类别不会显示记录。</translation>
    </message>
    <message>
        <source>Customer: %1</source>
        <translation>客户：%1</translation>
    </message>
    <message>
        <source>Your account closes on %1, as you asked. After that you can no longer sign in; save an export before then if you want a copy of your data.</source>
        <translation>你的账户将按你的要求于 %1 关闭。之后你将无法再登录；如想保留数据副本，请在此之前保存导出文件。</translation>
    </message>
    <message>
        <source>Privacy policy you accepted: version of %1.</source>
        <translation>你已接受的隐私政策：%1 版。</translation>
    </message>
    <message>
        <source>A new version (%1) waits for your answer.</source>
        <translation>新版本（%1）正等待你回复。</translation>
    </message>
    <message numerus="yes">
        <source>%n notice(s) about security incidents or disclosures not read yet: see the Notices tab.</source>
        <translation>
            <numerusform>有 %n 条关于安全事件或数据披露的通知尚未阅读：请查看“通知”标签页。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pd::ui::PersonalPage</name>
    <message>
        <source>The details you gave us when you registered, and how we use them. Some you can change yourself; for the others, ask us to correct them.</source>
        <translation>你注册时提供给我们的信息，以及我们如何使用。部分信息你可以自行更改；其他信息可以请我们更正。</translation>
    </message>
    <message>
        <source>Personal details</source>
        <translation>个人信息</translation>
    </message>
    <message>
        <source>Details of the selected item</source>
        <translation>所选项目的详情</translation>
    </message>
    <message>
        <source>Select an item to see what we use it for, why we may, where it came from and how long we keep it.</source>
        <translation>选择一个项目，查看我们的用途、可使用的理由、数据来源及保留期。</translation>
    </message>
    <message>
        <source>&amp;Personal</source>
        <translation>个人信息(&amp;P)</translation>
    </message>
    <message>
        <source>Password: last changed %1. The password itself is never shown or stored here.</source>
        <translation>密码：最后更改于 %1。密码本身从不在此显示或保存。</translation>
    </message>
    <message>
        <source>The password itself is never shown or stored here.</source>
        <translation>密码本身从不在此显示或保存。</translation>
    </message>
    <message>
        <source>Payment methods: we show only the last 4 digits of a card, or a masked account name; the full number is never sent to this app.</source>
        <translation>付款方式：我们只显示信用卡的最后 4 位数字，或部分遮盖的账户名称；完整号码从不会发送到本应用。</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>修改(&amp;E)…</translation>
    </message>
    <message>
        <source>As&amp;k us to correct…</source>
        <translation>请我们更正(&amp;K)…</translation>
    </message>
    <message>
        <source>Change this detail yourself (Enter or F2)</source>
        <translation>自行更改此信息（Enter 或 F2）</translation>
    </message>
    <message>
        <source>Only Hong Kong Cloud can change this detail: send a correction request (Enter or F2)</source>
        <translation>只有 Hong Kong Cloud 可以更改此信息：请发送更正请求（Enter 或 F2）</translation>
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
        <translation>新的数据用途</translation>
    </message>
    <message>
        <source>A use that stops</source>
        <translation>停止的用途</translation>
    </message>
    <message>
        <source>A new recipient</source>
        <translation>新的接收方</translation>
    </message>
    <message>
        <source>A recipient that no longer gets your data</source>
        <translation>不再接收你数据的接收方</translation>
    </message>
    <message>
        <source>Kept for less time</source>
        <translation>保留期缩短</translation>
    </message>
    <message>
        <source>Kept for longer</source>
        <translation>保留期延长</translation>
    </message>
    <message>
        <source>A new kind of data collected</source>
        <translation>收集新类别的数据</translation>
    </message>
    <message>
        <source>A new right</source>
        <translation>新增的权利</translation>
    </message>
    <message>
        <source>A changed right</source>
        <translation>有所变更的权利</translation>
    </message>
    <message>
        <source>A change</source>
        <translation>一项变更</translation>
    </message>
    <message>
        <source>How your data is used</source>
        <translation>你的数据如何被使用</translation>
    </message>
    <message>
        <source>Who your data is shared with</source>
        <translation>你的数据与谁共享</translation>
    </message>
    <message>
        <source>How long your data is kept</source>
        <translation>你的数据保留多久</translation>
    </message>
    <message>
        <source>What is collected</source>
        <translation>收集哪些数据</translation>
    </message>
    <message>
        <source>Your rights</source>
        <translation>你的权利</translation>
    </message>
    <message>
        <source>Other changes</source>
        <translation>其他变更</translation>
    </message>
    <message>
        <source>What changes in the privacy policy</source>
        <translation>隐私政策有哪些变更</translation>
    </message>
    <message>
        <source>The privacy policy changes</source>
        <translation>隐私政策有所变更</translation>
    </message>
    <message>
        <source>You accepted version %1. Here is what is different, grouped by what it means for you.</source>
        <translation>你已接受版本 %1。以下是不同之处，按对你的影响分类。</translation>
    </message>
    <message>
        <source>The provider did not list the changes. Read the full text below.</source>
        <translation>服务提供商没有列出变更。请阅读下方的全文。</translation>
    </message>
    <message>
        <source>Read the &amp;full text with the changes marked…</source>
        <translation>阅读标出变更的全文(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Accept the new policy</source>
        <translation>接受新政策(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Decline and see how to leave…</source>
        <translation>拒绝并查看如何停止使用服务(&amp;D)…</translation>
    </message>
    <message>
        <source>Decide &amp;later</source>
        <translation>稍后决定(&amp;L)</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>变更前</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>变更后</translation>
    </message>
    <message>
        <source>This use needs your consent. Accepting the policy does not give it: your choice for “%1” stays as it is (off, if you never gave it), and you decide on the Consent tab.</source>
        <translation>此用途需要你的同意。接受政策并不等于给予同意：你对“%1”的选择保持不变（如你从未同意，则保持关闭），由你在“同意”标签页决定。</translation>
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
        <translation>标出此版本的变更(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>保存为 PDF(&amp;D)…</translation>
    </message>
    <message>
        <source>Privacy policy</source>
        <translation>隐私政策</translation>
    </message>
    <message>
        <source>Language of the policy</source>
        <translation>政策语言</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>Find in the policy</source>
        <translation>在政策中查找</translation>
    </message>
    <message>
        <source>Find (Enter or F3: next, Shift+Enter or Shift+F3: previous)</source>
        <translation>查找（Enter 或 F3：下一个；Shift+Enter 或 Shift+F3：上一个）</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>查找(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>下一个(&amp;N)</translation>
    </message>
    <message>
        <source>Find next</source>
        <translation>查找下一个</translation>
    </message>
    <message>
        <source>Pre&amp;vious</source>
        <translation>上一个(&amp;V)</translation>
    </message>
    <message>
        <source>Find previous</source>
        <translation>查找上一个</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>章节</translation>
    </message>
    <message>
        <source>&amp;Sections</source>
        <translation>章节(&amp;S)</translation>
    </message>
    <message>
        <source>The policy has not been fetched yet. It comes with your data the next time you sync.</source>
        <translation>尚未获取隐私政策。下次同步时，会与你的数据一起获取。</translation>
    </message>
    <message>
        <source>Privacy policy, version %1</source>
        <translation>隐私政策，版本 %1</translation>
    </message>
    <message>
        <source>“%1” is not in the policy.</source>
        <translation>政策中找不到“%1”。</translation>
    </message>
    <message>
        <source>Save the policy as PDF</source>
        <translation>将政策保存为 PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>The PDF could not be written to %1. Choose a folder you can write to.</source>
        <translation>无法将 PDF 写入 %1。请选择你有写入权限的文件夹。</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>已保存到 %1。</translation>
    </message>
    <message>
        <source>Print the privacy policy</source>
        <translation>打印隐私政策</translation>
    </message>
</context>
<context>
    <name>pd::ui::PolicyView</name>
    <message>
        <source>Changed in this version:</source>
        <translation>此版本的变更：</translation>
    </message>
    <message>
        <source>This is a translation of the English text. Where they differ, the English text applies.</source>
        <translation>这是英文文本的翻译。如两者有差异，以英文文本为准。</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>版本 %1</translation>
    </message>
    <message>
        <source>Version %1, in effect from %2</source>
        <translation>版本 %1，自 %2 起生效</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <extracomment>A section of the privacy policy: its Roman number, then its title (&quot;III. Who we share it with&quot;).</extracomment>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Privacy policy</source>
        <translation>隐私政策</translation>
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
        <translation>分配给我(&amp;M)</translation>
    </message>
    <message>
        <source>Move to i&amp;n review</source>
        <translation>转为审核中(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Ask the customer…</source>
        <translation>询问客户(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Complete…</source>
        <translation>完成(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Reject…</source>
        <translation>拒绝(&amp;R)…</translation>
    </message>
    <message>
        <source>E&amp;xtend due date…</source>
        <translation>延长截止日期(&amp;X)…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Request %1</source>
        <translation>请求 %1</translation>
    </message>
    <message>
        <source>What the customer asked, their messages and the history</source>
        <translation>客户的请求内容、消息和历史记录</translation>
    </message>
    <message>
        <source>Take this request: it shows as yours in the queue</source>
        <translation>接手这项请求：它会在队列中显示为你负责</translation>
    </message>
    <message>
        <source>Tell the customer you are working on it</source>
        <translation>告诉客户你正在处理</translation>
    </message>
    <message>
        <source>Ask the customer a question; the request waits for their reply</source>
        <translation>向客户提出问题；请求会等待客户回复</translation>
    </message>
    <message>
        <source>Refuse the request with a reason the customer sees; it goes into the refusal log book</source>
        <translation>以客户可见的原因拒绝请求；会记入拒绝记录册</translation>
    </message>
    <message>
        <source>Give yourself more time, once, with a reason the customer sees</source>
        <translation>以客户可见的原因为自己延长时间，仅限一次</translation>
    </message>
    <message>
        <source>&amp;Question to the customer:</source>
        <translation>向客户提出的问题(&amp;Q)：</translation>
    </message>
    <message>
        <source>Question to the customer</source>
        <translation>向客户提出的问题</translation>
    </message>
    <message>
        <source>The customer sees it in their app and can reply once.</source>
        <translation>客户会在其应用中看到，并可回复一次。</translation>
    </message>
    <message>
        <source>Ans&amp;wer to the customer:</source>
        <translation>给客户的回复(&amp;W)：</translation>
    </message>
    <message>
        <source>Answer to the customer</source>
        <translation>给客户的回复</translation>
    </message>
    <message>
        <source>Reason for refusing</source>
        <translation>拒绝原因</translation>
    </message>
    <message>
        <source>Reason (from the &amp;list):</source>
        <translation>原因（从列表中选择）(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Explanation for the customer:</source>
        <translation>给客户的说明(&amp;E)：</translation>
    </message>
    <message>
        <source>Explanation for the customer</source>
        <translation>给客户的说明</translation>
    </message>
    <message>
        <source>Required. The customer sees it, and it is kept in the refusal log book.</source>
        <translation>必填。客户会看到此说明，它也会保存在拒绝记录册中。</translation>
    </message>
    <message>
        <source>Extend by</source>
        <translation>延长</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n 个月</numerusform>
        </translation>
    </message>
    <message>
        <source>Extend &amp;by:</source>
        <translation>延长(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Why (the customer sees this):</source>
        <translation>原因（客户会看到）(&amp;W)：</translation>
    </message>
    <message>
        <source>Why the due date is extended</source>
        <translation>延长截止日期的原因</translation>
    </message>
    <message>
        <source>A due date can be extended only once.</source>
        <translation>截止日期只能延长一次。</translation>
    </message>
    <message>
        <source>Assigning the request to you</source>
        <translation>正在把请求分配给你</translation>
    </message>
    <message>
        <source>Moving the request to in review</source>
        <translation>正在把请求转为审核中</translation>
    </message>
    <message>
        <source>You are offline or Hong Kong Cloud is not answering, so the customer&apos;s words cannot be shown. You can still take a step: it is saved and sent when you are online.</source>
        <translation>你已离线或 Hong Kong Cloud 没有响应，因此无法显示客户的原话。你仍然可以执行步骤：它会先保存，并在你联网时发送。</translation>
    </message>
    <message>
        <source>The customer&apos;s request could not be fetched.</source>
        <translation>无法获取客户的请求。</translation>
    </message>
    <message>
        <source>Done. The request is now: %1.</source>
        <translation>完成。请求现在的状态是：%1。</translation>
    </message>
    <message>
        <source>Done. The request is assigned to you; its status is: %1.</source>
        <translation>完成。请求已分配给你；其状态是：%1。</translation>
    </message>
    <message>
        <source>Request %1: %2</source>
        <translation>请求 %1：%2</translation>
    </message>
    <message>
        <source>Hong Kong Cloud did not accept this step.</source>
        <translation>Hong Kong Cloud 不接受这个步骤。</translation>
    </message>
    <message>
        <source>The request&apos;s status does not allow it any more; someone may have worked on it meanwhile.</source>
        <translation>请求的状态已不再允许此操作；可能有其他人在此期间处理过它。</translation>
    </message>
    <message>
        <source>The due date has already been extended once.</source>
        <translation>截止日期已经延长过一次。</translation>
    </message>
    <message>
        <source>%1 from customer %2</source>
        <translation>来自客户 %2 的%1</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>收到时间</translation>
    </message>
    <message>
        <source>%1 (extended from %2)</source>
        <translation>%1（由 %2 延长）</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>you (%1)</source>
        <translation>你（%1）</translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation>尚未分配</translation>
    </message>
    <message>
        <source>What the customer asked:</source>
        <translation>客户的请求内容：</translation>
    </message>
    <message>
        <source>Attached files</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>Messages:</source>
        <translation>消息：</translation>
    </message>
    <message>
        <source>Hong Kong Cloud</source>
        <translation>Hong Kong Cloud</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>%1, %2:</source>
        <translation>%1，%2：</translation>
    </message>
    <message>
        <source>Refused because</source>
        <translation>拒绝原因</translation>
    </message>
    <message>
        <source>History:</source>
        <translation>历史记录：</translation>
    </message>
    <message>
        <source>Fetching what the customer asked…</source>
        <translation>正在获取客户的请求内容…</translation>
    </message>
    <message>
        <source>The due date has already been extended once; it cannot be extended again.</source>
        <translation>截止日期已经延长过一次，不能再延长。</translation>
    </message>
    <message>
        <source>Already extended once</source>
        <translation>已延长过一次</translation>
    </message>
    <message>
        <source>&amp;Send the question</source>
        <translation>发送问题(&amp;S)</translation>
    </message>
    <message>
        <source>Required for a complaint.</source>
        <translation>投诉必须填写。</translation>
    </message>
    <message>
        <source>Optional: a note the customer sees with the result.</source>
        <translation>选填：客户会随结果看到的备注。</translation>
    </message>
    <message>
        <source>&amp;Send and complete</source>
        <translation>发送并完成(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Send the refusal</source>
        <translation>发送拒绝(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Send the extension</source>
        <translation>发送延期(&amp;S)</translation>
    </message>
    <message>
        <source>Your question</source>
        <translation>你的问题</translation>
    </message>
    <message>
        <source>Completing the request</source>
        <translation>完成请求</translation>
    </message>
    <message>
        <source>The refusal</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <source>The extension</source>
        <translation>延期</translation>
    </message>
    <message>
        <source>%1 could not be saved.</source>
        <translation>无法保存%1。</translation>
    </message>
    <message>
        <source>%1 is saved on this computer. It is sent now, or as soon as you are online.</source>
        <translation>%1已保存在这台电脑上。现在发送，或在你联网后立即发送。</translation>
    </message>
</context>
<context>
    <name>pd::ui::RefusalsPage</name>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>Fetch agai&amp;n</source>
        <translation>重新获取(&amp;N)</translation>
    </message>
    <message>
        <source>Every request we refused, with the reason given to the customer. The Privacy Commissioner may ask to see this log book.</source>
        <translation>我们拒绝过的每项请求，以及告知客户的原因。个人资料私隐专员可能会要求查阅此记录册。</translation>
    </message>
    <message>
        <source>Refusal log book</source>
        <translation>拒绝记录册</translation>
    </message>
    <message>
        <source>Save the log book as a CSV file for a spreadsheet</source>
        <translation>将记录册保存为 CSV 文件，供电子表格使用</translation>
    </message>
    <message>
        <source>The refusal log book could not be fetched.</source>
        <translation>无法获取拒绝记录册。</translation>
    </message>
    <message>
        <source>No request has been refused.</source>
        <translation>没有请求被拒绝过。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln refusal(s).</source>
        <translation>
            <numerusform>共 %Ln 项拒绝。</numerusform>
        </translation>
    </message>
    <message>
        <source>Fetching the refusal log book…</source>
        <translation>正在获取拒绝记录册…</translation>
    </message>
    <message>
        <source>Refusal &amp;log book</source>
        <translation>拒绝记录册(&amp;L)</translation>
    </message>
    <message>
        <source>The refusal log book is saved in %1.</source>
        <translation>拒绝记录册已保存到 %1。</translation>
    </message>
    <message>
        <source>The refusal log book could not be saved in %1.</source>
        <translation>无法将拒绝记录册保存到 %1。</translation>
    </message>
    <message>
        <source>refusal-log-book-%1.csv</source>
        <translation>refusal-log-book-%1.csv</translation>
    </message>
    <message>
        <source>Export the refusal log book</source>
        <translation>导出拒绝记录册</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
</context>
<context>
    <name>pd::ui::ReplyDialog</name>
    <message>
        <source>Files to attach</source>
        <translation>要附加的文件</translation>
    </message>
    <message>
        <source>Reply to Hong Kong Cloud</source>
        <translation>回复 Hong Kong Cloud</translation>
    </message>
    <message>
        <source>Hong Kong Cloud needs more information to go on with request %1. Answer its question; it continues working on the request when your reply arrives.</source>
        <translation>Hong Kong Cloud 需要更多信息才能继续处理请求 %1。请回答其问题；收到你的回复后，它会继续处理该请求。</translation>
    </message>
    <message>
        <source>(No question was given.)</source>
        <translation>（没有提出问题。）</translation>
    </message>
    <message>
        <source>Question from Hong Kong Cloud</source>
        <translation>来自 Hong Kong Cloud 的问题</translation>
    </message>
    <message>
        <source>They asked:</source>
        <translation>对方问：</translation>
    </message>
    <message>
        <source>&amp;Your reply:</source>
        <translation>你的回复(&amp;Y)：</translation>
    </message>
    <message>
        <source>Your reply</source>
        <translation>你的回复</translation>
    </message>
    <message>
        <source>&amp;Files (optional):</source>
        <translation>文件（选填）(&amp;F)：</translation>
    </message>
    <message>
        <source>Too many files: attach at most %1.</source>
        <translation>文件太多：最多只能附加 %1 个。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Files: PDF, PNG or JPEG, at most %1 each and %2 in all. Your reply is saved on this computer first and sent once, when you are online.</source>
        <translation>文件：PDF、PNG 或 JPEG，每个最大 %1，总计最多 %2。你的回复会先保存在这台电脑上，并在你联网时发送一次。</translation>
    </message>
    <message>
        <source>Send &amp;reply</source>
        <translation>发送回复(&amp;R)</translation>
    </message>
</context>
<context>
    <name>pd::ui::RequestsPage</name>
    <message>
        <source>Retr&amp;y now</source>
        <translation>立即重试(&amp;Y)</translation>
    </message>
    <message>
        <source>Cancel reques&amp;t</source>
        <translation>撤回请求(&amp;T)</translation>
    </message>
    <message>
        <source>Reso&amp;lve…</source>
        <translation>解决(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Edit and resend…</source>
        <translation>修改并重新发送(&amp;E)…</translation>
    </message>
    <message>
        <source>Di&amp;scard…</source>
        <translation>丢弃(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Save copy…</source>
        <translation>保存副本(&amp;S)…</translation>
    </message>
    <message>
        <source>Send what is waiting now, without waiting for the next automatic try</source>
        <translation>立即发送等待中的内容，无须等待下次自动重试</translation>
    </message>
    <message>
        <source>New request</source>
        <translation>新请求</translation>
    </message>
    <message>
        <source>Make a new request (Ctrl+N)</source>
        <translation>提出新请求（Ctrl+N）</translation>
    </message>
    <message>
        <source>Your requests</source>
        <translation>你的请求</translation>
    </message>
    <message>
        <source>Details of the selected request</source>
        <translation>所选请求的详情</translation>
    </message>
    <message>
        <source>Select a request to see its history, Hong Kong Cloud&apos;s messages and what you can do.</source>
        <translation>选择一项请求，查看其记录、Hong Kong Cloud 的消息，以及你可以怎样做。</translation>
    </message>
    <message>
        <source>Withdraw the request; possible until Hong Kong Cloud starts working on it</source>
        <translation>撤回请求；在 Hong Kong Cloud 开始处理前均可撤回</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>下载进度</translation>
    </message>
    <message>
        <source>Sending resumed.</source>
        <translation>已恢复发送。</translation>
    </message>
    <message>
        <source>Sending paused. What you do is still saved on this computer; nothing is sent until you resume.</source>
        <translation>已暂停发送。你的操作仍会保存在这台电脑；在你恢复发送前不会发送任何内容。</translation>
    </message>
    <message>
        <source>Re&amp;quests</source>
        <translation>请求(&amp;Q)</translation>
    </message>
    <message>
        <source>You have not made any requests yet. Use New request (Ctrl+N) to ask Hong Kong Cloud to correct or delete data, to complain, or for a copy of your data.</source>
        <translation>你尚未提出任何请求。使用“新请求”（Ctrl+N）可请求 Hong Kong Cloud 更正或删除数据、作出投诉，或索取你的数据副本。</translation>
    </message>
    <message>
        <source>No open requests.</source>
        <translation>没有处理中的请求。</translation>
    </message>
    <message numerus="yes">
        <source>%n open request(s).</source>
        <translation>
            <numerusform>%n 项处理中的请求。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue: Hong Kong Cloud has not answered by the date it must.</source>
        <translation>
            <numerusform>%n 项逾期：Hong Kong Cloud 未在期限前回复。</numerusform>
        </translation>
    </message>
    <message>
        <source>Resume send&amp;ing</source>
        <translation>恢复发送(&amp;I)</translation>
    </message>
    <message>
        <source>Pause send&amp;ing</source>
        <translation>暂停发送(&amp;I)</translation>
    </message>
    <message>
        <source>Sending is paused.</source>
        <translation>发送已暂停。</translation>
    </message>
    <message numerus="yes">
        <source>Sending is paused: %n action(s) saved on this computer. Nothing is sent until you resume.</source>
        <translation>
            <numerusform>发送已暂停：%n 项操作已保存在这台电脑。在你恢复发送前不会发送任何内容。</numerusform>
        </translation>
    </message>
    <message>
        <source>Everything you did has been sent.</source>
        <translation>你的所有操作均已发送。</translation>
    </message>
    <message numerus="yes">
        <source>You are offline: %n action(s) saved on this computer. They will be sent when you are online.</source>
        <translation>
            <numerusform>你已离线：%n 项操作已保存在这台电脑，会在你联网后发送。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) waiting to send. They are sent automatically.</source>
        <translation>
            <numerusform>%n 项操作等待发送，会自动发送。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n need(s) your attention: select it to see why.</source>
        <translation>
            <numerusform>%n 项需要你处理：选中即可查看原因。</numerusform>
        </translation>
    </message>
    <message>
        <source>This detail was changed somewhere else after this computer last synced, so nothing was overwritten. Choose Resolve to see both values and pick one.</source>
        <translation>这台电脑上次同步后，这项信息已在别处更改，因此没有覆盖任何内容。请选择“解决”查看两个值并选择其一。</translation>
    </message>
    <message>
        <source>Hong Kong Cloud did not accept the new value.</source>
        <translation>Hong Kong Cloud 不接受新的内容。</translation>
    </message>
    <message>
        <source>This detail cannot be changed here. Discard this change and ask us to correct it instead.</source>
        <translation>这项信息不可在此更改。请丢弃此更改，改为请求我们更正。</translation>
    </message>
    <message>
        <source>The request can no longer be cancelled: Hong Kong Cloud has already started working on it.</source>
        <translation>此请求已无法撤回：Hong Kong Cloud 已开始处理。</translation>
    </message>
    <message>
        <source>Hong Kong Cloud does not allow this for your account.</source>
        <translation>Hong Kong Cloud 不允许你的账户进行此操作。</translation>
    </message>
    <message>
        <source>Hong Kong Cloud did not accept this.</source>
        <translation>Hong Kong Cloud 不接受此项。</translation>
    </message>
    <message>
        <source>It said: “%1”</source>
        <translation>回复内容：“%1”</translation>
    </message>
    <message>
        <source>You can edit it and send it again, or discard it.</source>
        <translation>你可以修改后重新发送，或将其丢弃。</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <source>Made: %1</source>
        <translation>提出日期：%1</translation>
    </message>
    <message>
        <source>Answer due by: %1</source>
        <translation>答复期限：%1</translation>
    </message>
    <message>
        <source>What happens next: it is sent automatically when you are online.</source>
        <translation>接下来：你联网后会自动发送。</translation>
    </message>
    <message>
        <source>What happens next: Hong Kong Cloud will start working on it. Until then you can cancel it.</source>
        <translation>接下来：Hong Kong Cloud 会开始处理。在此之前你可以撤回。</translation>
    </message>
    <message>
        <source>What happens next: Hong Kong Cloud is working on it and will answer by the due date.</source>
        <translation>接下来：Hong Kong Cloud 正在处理，并会在期限前回复。</translation>
    </message>
    <message>
        <source>What happens next: Hong Kong Cloud needs more information from you; see its message below.</source>
        <translation>接下来：Hong Kong Cloud 需要你提供更多信息；请参阅下方消息。</translation>
    </message>
    <message>
        <source>Your copy is ready: choose Save copy to store it on this computer.</source>
        <translation>你的副本已准备好：请选择“保存副本”把它保存到这台电脑。</translation>
    </message>
    <message>
        <source>The cancellation could not be saved. %1</source>
        <translation>无法保存撤回请求。%1</translation>
    </message>
    <message>
        <source>Cancelling request %1: saved on this computer and being sent now.</source>
        <translation>撤回请求 %1：已保存在这台电脑，正在发送。</translation>
    </message>
    <message>
        <source>Cancelling request %1: saved on this computer. It will be sent when you are online.</source>
        <translation>撤回请求 %1：已保存在这台电脑，会在你联网后发送。</translation>
    </message>
    <message>
        <source>Discard this action?</source>
        <translation>要丢弃此操作吗？</translation>
    </message>
    <message>
        <source>Discard this action? It will not be sent, and it is removed from this computer.</source>
        <translation>要丢弃此操作吗？它不会被发送，并会从这台电脑移除。</translation>
    </message>
    <message>
        <source>D&amp;iscard</source>
        <translation>丢弃(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Keep it</source>
        <translation>保留(&amp;K)</translation>
    </message>
    <message>
        <source>Discarded. Nothing was sent.</source>
        <translation>已丢弃，没有发送任何内容。</translation>
    </message>
    <message>
        <source>my-data-hong-kong-cloud-%1.json</source>
        <translation>my-data-hong-kong-cloud-%1.json</translation>
    </message>
    <message>
        <source>Save a copy of your data</source>
        <translation>保存你的数据副本</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON 文件 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Downloading your copy from Hong Kong Cloud…</source>
        <translation>正在从 Hong Kong Cloud 下载你的副本…</translation>
    </message>
    <message>
        <source>Hong Kong Cloud has not finished preparing your copy yet. Try again later.</source>
        <translation>Hong Kong Cloud 尚未准备好你的副本。请稍后再试。</translation>
    </message>
    <message>
        <source>Your copy could not be downloaded. %1</source>
        <translation>无法下载你的副本。%1</translation>
    </message>
    <message>
        <source>Your copy was downloaded but could not be saved to %1 (%2). Choose another folder and try again.</source>
        <translation>你的副本已下载，但无法保存到 %1（%2）。请选择其他文件夹再试一次。</translation>
    </message>
    <message>
        <source>Saved your copy (%1) to %2.</source>
        <translation>已把你的副本（%1）保存到 %2。</translation>
    </message>
    <message>
        <source>An attached file was not accepted. Attach a PDF, PNG or JPEG file of at most %1.</source>
        <translation>有一个附件未被接受。请附上不超过 %1 的 PDF、PNG 或 JPEG 文件。</translation>
    </message>
    <message>
        <source>S&amp;end again</source>
        <translation>再次发送(&amp;E)</translation>
    </message>
    <message>
        <source>R&amp;eply…</source>
        <translation>回复(&amp;E)…</translation>
    </message>
    <message>
        <source>Question from Hong Kong Cloud</source>
        <translation>来自 Hong Kong Cloud 的问题</translation>
    </message>
    <message>
        <source>Answer Hong Kong Cloud&apos;s question, with files if you like</source>
        <translation>回答 Hong Kong Cloud 的问题，可按需附加文件</translation>
    </message>
    <message>
        <source>The staff request was no longer waiting for your answer: it had expired or was withdrawn, so nothing was changed.</source>
        <translation>该工作人员请求已不再等待你回复：它已过期或被撤回，因此没有作出任何更改。</translation>
    </message>
    <message>
        <source>Hong Kong Cloud was no longer waiting for your reply on this request.</source>
        <translation>Hong Kong Cloud 已不再等待你对此请求的回复。</translation>
    </message>
    <message>
        <source>Hong Kong Cloud asks: %1</source>
        <translation>Hong Kong Cloud 询问：%1</translation>
    </message>
</context>
<context>
    <name>pd::ui::ResolveConflictDialog</name>
    <message>
        <source>&amp;Use the chosen value</source>
        <translation>使用所选的值(&amp;U)</translation>
    </message>
    <message>
        <source>Choose which %1 to keep</source>
        <translation>选择要保留哪个%1</translation>
    </message>
    <message>
        <source>Your %1 was changed somewhere else after this computer last synced, so Hong Kong Cloud did not apply your change and nothing was overwritten. Choose which value to keep.</source>
        <translation>这台电脑上次同步后，你的%1已在别处更改，因此 Hong Kong Cloud 没有应用你的更改，也没有覆盖任何内容。请选择要保留哪个值。</translation>
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
        <translation>保留你的值会重新发送你的更改。保留 Hong Kong Cloud 上的值会丢弃你的更改，不会发送任何内容。</translation>
    </message>
    <message>
        <source>Your change was discarded; the %1 at Hong Kong Cloud stays as it is.</source>
        <translation>你的更改已丢弃；Hong Kong Cloud 上的%1维持不变。</translation>
    </message>
    <message>
        <source>Checking the current version at Hong Kong Cloud…</source>
        <translation>正在检查 Hong Kong Cloud 上的当前版本…</translation>
    </message>
    <message>
        <source>The current version could not be fetched. %1</source>
        <translation>无法获取当前版本。%1</translation>
    </message>
    <message>
        <source>Your %1 is being sent again.</source>
        <translation>正在重新发送你的%1。</translation>
    </message>
    <message>
        <source>Your %1 is saved on this computer. It will be sent when you are online.</source>
        <translation>你的%1已保存在这台电脑，会在你联网后发送。</translation>
    </message>
    <message>
        <source>&amp;Mine: %1</source>
        <translation>我的(&amp;M)：%1</translation>
    </message>
    <message>
        <source>Changed on this computer %1</source>
        <translation>在这台电脑上更改：%1</translation>
    </message>
    <message>
        <source>Changed at Hong Kong Cloud %1</source>
        <translation>在 Hong Kong Cloud 更改：%1</translation>
    </message>
    <message>
        <source>Changed at Hong Kong Cloud since your last sync</source>
        <translation>自你上次同步后已在 Hong Kong Cloud 更改</translation>
    </message>
</context>
<context>
    <name>pd::ui::SettingsDialog</name>
    <message>
        <source>&amp;High-contrast colours</source>
        <translation>高对比度颜色(&amp;H)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>High-contrast colours</source>
        <translation>高对比度颜色</translation>
    </message>
    <message>
        <source>White text on black, with a yellow selection. When off, the colours follow the system.</source>
        <translation>黑底白字，选中项以黄色标示。关闭时，颜色跟随系统。</translation>
    </message>
    <message>
        <source>Appearance:</source>
        <translation>外观：</translation>
    </message>
    <message>
        <source>Choo&amp;se…</source>
        <translation>选择(&amp;S)…</translation>
    </message>
    <message>
        <source>Clea&amp;r</source>
        <translation>清除(&amp;R)</translation>
    </message>
    <message>
        <source>Certificate authority file</source>
        <translation>证书颁发机构文件</translation>
    </message>
    <message>
        <source>None: only the system&apos;s certificate authorities</source>
        <translation>无：只用系统的证书颁发机构</translation>
    </message>
    <message>
        <source>Choose a certificate authority file</source>
        <translation>选择证书颁发机构文件</translation>
    </message>
    <message>
        <source>Clear the certificate authority file</source>
        <translation>清除证书颁发机构文件</translation>
    </message>
    <message>
        <source>Certificate &amp;authority file:</source>
        <translation>证书颁发机构文件(&amp;A)：</translation>
    </message>
    <message>
        <source>For a company with its own certificate authority: a PEM file with one or more certificates, trusted besides the system&apos;s.</source>
        <translation>适用于有自己证书颁发机构的公司：一个含有一个或多个证书的 PEM 文件，除系统的证书颁发机构外也会信任。</translation>
    </message>
    <message>
        <source>Choose the file again, or clear it.</source>
        <translation>请重新选择文件，或清除它。</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer)</source>
        <translation>证书 (*.pem *.crt *.cer)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>The setting was not changed.</source>
        <translation>设置没有更改。</translation>
    </message>
</context>
<context>
    <name>pd::ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Everything in Privacy Dashboard can be done with the keyboard.</source>
        <translation>Privacy Dashboard 的所有功能都可以用键盘操作。</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>功能</translation>
    </message>
    <message>
        <source>Sort the current table the other way: go to Order and choose ascending or descending</source>
        <translation>反向排序当前表格：前往“顺序”，选择升序或降序</translation>
    </message>
    <message>
        <source>Sort the current table: go to Sort by and choose a column with the arrow keys</source>
        <translation>排序当前表格：前往“排序方式”，再用方向键选择列</translation>
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
        <translation>更改所选的个人信息，或请我们更正</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Open the details of the selected row</source>
        <translation>打开所选行的详情</translation>
    </message>
    <message>
        <source>Arrow keys</source>
        <translation>方向键</translation>
    </message>
    <message>
        <source>Move through a table, row by row</source>
        <translation>在表格中逐行移动</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab、Shift+Tab</translation>
    </message>
    <message>
        <source>Move to the next or previous control</source>
        <translation>移到下一个或上一个控件</translation>
    </message>
    <message>
        <source>Alt + underlined letter</source>
        <translation>Alt + 带下划线的字母</translation>
    </message>
    <message>
        <source>Press that button or go to that field</source>
        <translation>按下该按钮或前往该字段</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Close a dialog or menu</source>
        <translation>关闭对话框或菜单</translation>
    </message>
</context>
<context>
    <name>pd::ui::StaffQueuePage</name>
    <message>
        <source>O&amp;verdue only</source>
        <translation>仅显示逾期(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>Fetc&amp;h again</source>
        <translation>重新获取(&amp;H)</translation>
    </message>
    <message>
        <source>Any type</source>
        <translation>任何类型</translation>
    </message>
    <message>
        <source>Any open status</source>
        <translation>任何处理中的状态</translation>
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
        <translation>尚未分配</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>类型(&amp;T)：</translation>
    </message>
    <message>
        <source>Type of request</source>
        <translation>请求类型</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>状态(&amp;U)：</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Assi&amp;gned to:</source>
        <translation>负责人(&amp;G)：</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Request queue</source>
        <translation>请求队列</translation>
    </message>
    <message>
        <source>Press Enter to open the selected request</source>
        <translation>按 Enter 打开所选请求</translation>
    </message>
    <message>
        <source>Open the selected request to work on it (Enter)</source>
        <translation>打开所选请求进行处理（Enter）</translation>
    </message>
    <message>
        <source>Fetch the queue from Hong Kong Cloud again (F5)</source>
        <translation>从 Hong Kong Cloud 重新获取队列（F5）</translation>
    </message>
    <message>
        <source>&amp;Requests queue</source>
        <translation>请求队列(&amp;R)</translation>
    </message>
    <message>
        <source>You are offline or Hong Kong Cloud is not answering: this is the queue as last fetched.</source>
        <translation>你已离线或 Hong Kong Cloud 没有响应：这是上次获取的队列。</translation>
    </message>
    <message>
        <source>No open requests.</source>
        <translation>没有处理中的请求。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln open request(s), %1 overdue.</source>
        <translation>
            <numerusform>%Ln 项处理中的请求，%1 项逾期。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %Ln request(s) (%2 overdue in all).</source>
        <translation>
            <numerusform>显示 %Ln 项请求中的 %1 项（共 %2 项逾期）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Fetching the queue…</source>
        <translation>正在获取队列…</translation>
    </message>
    <message>
        <source>Fetched at %1.</source>
        <translation>获取于 %1。</translation>
    </message>
    <message>
        <source>Not fetched yet.</source>
        <translation>尚未获取。</translation>
    </message>
</context>
<context>
    <name>pd::ui::StaffWorkspace</name>
    <message>
        <source>Staff workspace</source>
        <translation>工作人员工作区</translation>
    </message>
    <message>
        <source>Staff work areas</source>
        <translation>工作人员工作区域</translation>
    </message>
    <message>
        <source>You are back online. Waiting steps are being sent.</source>
        <translation>你已重新联网。正在发送等待中的步骤。</translation>
    </message>
    <message>
        <source>You are offline. The queue shows what was last fetched; the steps you take are saved on this computer and sent when you are online.</source>
        <translation>你已离线。队列显示的是上次获取的内容；你执行的步骤会保存在这台电脑上，并在你联网时发送。</translation>
    </message>
    <message>
        <source>Ctrl+%1</source>
        <translation>Ctrl+%1</translation>
    </message>
    <message>
        <source>Hong Kong Cloud did not accept a step you took. Open the request to see why.</source>
        <translation>Hong Kong Cloud 不接受你执行的某个步骤。请打开该请求查看原因。</translation>
    </message>
    <message>
        <source>Queue fetched at %1</source>
        <translation>队列获取于 %1</translation>
    </message>
    <message>
        <source>Queue not fetched yet</source>
        <translation>队列尚未获取</translation>
    </message>
    <message>
        <source>Nothing waiting to be sent</source>
        <translation>没有等待发送的内容</translation>
    </message>
    <message numerus="yes">
        <source>%Ln step(s) waiting to be sent</source>
        <translation>
            <numerusform>%Ln 个步骤等待发送</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln step(s) not accepted</source>
        <translation>
            <numerusform>%Ln 个步骤未被接受</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>离线</translation>
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
        <translation>同步进度</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>登录中…</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>未登录</translation>
    </message>
    <message>
        <source>Opening the staff workspace…</source>
        <translation>正在打开工作人员工作区…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s)</source>
        <translation>
            <numerusform>%Ln 项记录</numerusform>
        </translation>
    </message>
    <message>
        <source>Not synced yet · %1</source>
        <translation>尚未同步 · %1</translation>
    </message>
    <message>
        <source>Synced %1 · %2</source>
        <translation>已于 %1 同步 · %2</translation>
    </message>
    <message>
        <source>Connecting to Hong Kong Cloud…</source>
        <translation>正在连接 Hong Kong Cloud…</translation>
    </message>
    <message>
        <source>Fetching your data from Hong Kong Cloud. You can keep using the app meanwhile.</source>
        <translation>正在从 Hong Kong Cloud 获取你的数据。期间你可以继续使用应用。</translation>
    </message>
    <message>
        <source>Fetching %1…</source>
        <translation>正在获取%1…</translation>
    </message>
    <message numerus="yes">
        <source>Fetching %1… %Ln record(s)</source>
        <translation>
            <numerusform>正在获取%1… %Ln 项记录</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your data is up to date: %Ln record(s).</source>
        <translation>
            <numerusform>你的数据已是最新：%Ln 项记录。</numerusform>
        </translation>
    </message>
    <message>
        <source>You are back online.</source>
        <translation>你已恢复联网。</translation>
    </message>
    <message>
        <source>Sync stopped. Nothing has been downloaded yet.</source>
        <translation>同步已停止。尚未下载任何数据。</translation>
    </message>
    <message>
        <source>Sync stopped. Showing data from %1.</source>
        <translation>同步已停止。正在显示 %1 的数据。</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>重试(&amp;R)</translation>
    </message>
    <message>
        <source>You are offline or Hong Kong Cloud is not answering. Nothing has been downloaded yet; press Retry when you are back online.</source>
        <translation>你已离线，或 Hong Kong Cloud 没有响应。尚未下载任何数据；恢复联网后请按“重试”。</translation>
    </message>
    <message>
        <source>You are offline or Hong Kong Cloud is not answering. Showing data from %1.</source>
        <translation>你已离线，或 Hong Kong Cloud 没有响应。正在显示 %1 的数据。</translation>
    </message>
    <message>
        <source>Showing data from %1.</source>
        <translation>正在显示 %1 的数据。</translation>
    </message>
    <message>
        <source>Opening your data…</source>
        <translation>正在打开你的信息…</translation>
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
        <translation>每日流量图表</translation>
    </message>
    <message>
        <source>d MMM</source>
        <comment>short date on the usage chart, QDate format</comment>
        <translation>M月d日</translation>
    </message>
    <message>
        <source>Traffic per day: no server usage recorded yet.</source>
        <translation>每日流量：尚未有服务器使用记录。</translation>
    </message>
    <message>
        <source>Traffic per day, %1 to %2: highest %3 on %4</source>
        <translation>每日流量，%1 至 %2：最高为 %4 的 %3</translation>
    </message>
    <message>
        <source>No server usage recorded yet.</source>
        <translation>尚未有服务器使用记录。</translation>
    </message>
</context>
<context>
    <name>pd::ui::UsagePage</name>
    <message>
        <source>Usage views</source>
        <translation>使用记录视图</translation>
    </message>
    <message>
        <source>Show ch&amp;art</source>
        <translation>显示图表(&amp;A)</translation>
    </message>
    <message>
        <source>Show or hide the chart of traffic per day</source>
        <translation>显示或隐藏每日流量图表</translation>
    </message>
    <message>
        <source>Server name</source>
        <translation>服务器名称</translation>
    </message>
    <message>
        <source>Domain name or details</source>
        <translation>域名或详情</translation>
    </message>
    <message>
        <source>Server usage events</source>
        <translation>服务器使用事件</translation>
    </message>
    <message>
        <source>&amp;Servers</source>
        <translation>服务器(&amp;S)</translation>
    </message>
    <message>
        <source>Domain events</source>
        <translation>域名事件</translation>
    </message>
    <message>
        <source>Domain activit&amp;y</source>
        <translation>域名活动(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;Usage</source>
        <translation>使用记录(&amp;U)</translation>
    </message>
    <message>
        <source>We hold no server usage records for you.</source>
        <translation>我们没有持有你的服务器使用记录。</translation>
    </message>
    <message>
        <source>We hold no domain records for you.</source>
        <translation>我们没有持有你的域名记录。</translation>
    </message>
    <message numerus="yes">
        <source>No events match the filter. Clear the filter to see all %Ln event(s).</source>
        <translation>
            <numerusform>没有符合筛选条件的事件。清除筛选即可查看全部 %Ln 项事件。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing %L1 of %Ln event(s)</source>
        <translation>
            <numerusform>显示 %L1 项事件，共 %Ln 项</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pd::ui::WelcomePage</name>
    <message>
        <source>See the personal data Hong Kong Cloud holds about you</source>
        <translation>查看 Hong Kong Cloud 持有的你的个人信息</translation>
    </message>
    <message>
        <source>Privacy Dashboard shows every piece of personal data Hong Kong Cloud holds about you, why it holds it and how long it keeps it. Sign in with your Hong Kong Cloud account to download a copy to this computer.</source>
        <translation>Privacy Dashboard 会显示 Hong Kong Cloud 持有的你的每一项个人信息、持有原因及保留期。请用你的 Hong Kong Cloud 账户登录，把副本下载到这台电脑。</translation>
    </message>
    <message>
        <source>https://privacy.hkcloud.example</source>
        <translation>https://privacy.hkcloud.example</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>登录(&amp;S)</translation>
    </message>
    <message>
        <source>Your browser will open so you can sign in to Hong Kong Cloud. Come back here afterwards.</source>
        <translation>浏览器会打开，让你登录 Hong Kong Cloud。完成后请返回这里。</translation>
    </message>
    <message>
        <source>Waiting for you to sign in in your browser…</source>
        <translation>正在等待你在浏览器登录…</translation>
    </message>
    <message>
        <source>Cancel sign-in</source>
        <translation>取消登录</translation>
    </message>
    <message>
        <source>If your browser did not open, copy this &amp;link into it:</source>
        <translation>如浏览器没有打开，请把此链接复制到浏览器(&amp;L)：</translation>
    </message>
    <message>
        <source>C&amp;opy link</source>
        <translation>复制链接(&amp;O)</translation>
    </message>
    <message>
        <source>C&amp;opied</source>
        <translation>已复制(&amp;O)</translation>
    </message>
    <message>
        <source>Preparing the sign-in link…</source>
        <translation>正在准备登录链接…</translation>
    </message>
    <message>
        <source>Your browser could not be opened. Copy the link below into your browser, sign in there, then come back here.</source>
        <translation>无法打开浏览器。请把下方链接复制到浏览器，在那里登录，然后返回这里。</translation>
    </message>
    <message>
        <source>Provider a&amp;ddress:</source>
        <translation>服务提供商地址(&amp;D)：</translation>
    </message>
    <message>
        <source>Opening your data…</source>
        <translation>正在打开你的信息…</translation>
    </message>
</context>
<context>
    <name>pd::ui::WhyPanel</name>
    <message>
        <source>&amp;Why we hold this</source>
        <translation>我们持有这项信息的原因(&amp;W)</translation>
    </message>
    <message>
        <source>Show or hide why we hold this data, who we share it with and how long we keep it</source>
        <translation>显示或隐藏我们持有这项信息的原因、与谁分享及保留期</translation>
    </message>
    <message>
        <source>Why we hold this</source>
        <translation>我们持有这项信息的原因</translation>
    </message>
    <message>
        <source>Not known yet. It appears after the first sync.</source>
        <translation>尚未知道。首次同步后便会显示。</translation>
    </message>
    <message>
        <source>%1 (legal basis: %2)</source>
        <translation>%1（法律依据：%2）</translation>
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
        <translation>没有。我们不会分享这项信息。</translation>
    </message>
    <message>
        <source>Deleted right %1.</source>
        <translation>%1立即删除。</translation>
    </message>
    <message>
        <source>Legal basis: %1.</source>
        <translation>法律依据：%1。</translation>
    </message>
    <message>
        <source>Used for</source>
        <translation>用途</translation>
    </message>
    <message>
        <source>Shared with</source>
        <translation>与谁分享</translation>
    </message>
    <message>
        <source>Kept for</source>
        <translation>保留期</translation>
    </message>
    <message>
        <source>%1 (legal basis: %2), only with your consent</source>
        <translation>%1（法律依据：%2），须经你同意</translation>
    </message>
    <message>
        <source>%1 %2.</source>
        <comment>a period, then when it starts: 1 year after each event.</comment>
        <translation>%2 %1。</translation>
    </message>
</context>
</TS>
