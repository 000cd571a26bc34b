// SPDX-License-Identifier: GPL-3.0-or-later
// The privacy policy, version 2026-12-01: version 2025-05-14 with three changes, each written once
// here and applied to the earlier text, so the two versions cannot drift apart elsewhere.
#include "PolicyText.h"

namespace pd::provider {

using namespace Qt::StringLiterals;

namespace {

QList<PolicyChangeText> changes20261201(const PolicyVersionText &before)
{
    const auto paragraph = [&before](const QString &section, int index) {
        for (const PolicySectionText &s : before.sections)
            if (s.id == section)
                return s.paragraphs.at(index).text;
        return LocalizedText{};
    };
    return {
        {u"c1"_s, u"recipient_added"_s, u"III"_s,
         {u"A new analytics provider, Northwind Metrics Ltd in Singapore, receives usage statistics under a "
          "pseudonym."_s,
          u"新增一家數據分析服務供應商：新加坡的 Northwind Metrics Ltd，會收到以假名處理的使用統計數據。"_s,
          u"新增一家数据分析服务商：新加坡的 Northwind Metrics Ltd，会收到以假名处理的使用统计数据。"_s},
         {},
         {u"We also share usage statistics with Northwind Metrics Ltd, an analytics provider in Singapore. It "
          "gets them under a pseudonym, never with your name or contact details, and may use them only to "
          "measure how fast and reliable our services are."_s,
          u"我們亦會把使用統計數據交給新加坡的數據分析服務供應商 Northwind Metrics Ltd。數據以假名處理，"
          "絕不附上你的姓名或聯絡資料，而對方只可以用來衡量我們服務的速度和穩定程度。"_s,
          u"我们也会把使用统计数据提供给新加坡的数据分析服务商 Northwind Metrics Ltd。数据以假名处理，"
          "绝不附带你的姓名或联系方式，对方只能用来衡量我们服务的速度和稳定性。"_s},
         {}},
        {u"c2"_s, u"retention_shorter"_s, u"IV"_s,
         {u"Server sign-in and usage records are kept for 1 year instead of 2."_s,
          u"伺服器登入及使用紀錄的保存期由 2 年縮短為 1 年。"_s,
          u"服务器登录和使用记录的保存期由 2 年缩短为 1 年。"_s},
         paragraph(u"IV"_s, 1),
         {u"We now keep records of your server sign-ins and server usage for 1 year from each sign-in, "
          "instead of 2 years."_s,
          u"我們現在只會由每次登入起計，保存你登入及使用伺服器的紀錄 1 年，而不再是 2 年。"_s,
          u"我们现在只会自每次登录起，保存你登录和使用服务器的记录 1 年，而不再是 2 年。"_s},
         {}},
        {u"c3"_s, u"purpose_added"_s, u"II"_s,
         {u"Support conversations may be used to train our support assistant, but only with your consent."_s,
          u"客戶服務對話可用來訓練我們的支援助手，但必須先得到你的同意。"_s,
          u"客服对话可用于训练我们的支持助手，但必须事先征得你的同意。"_s},
         {},
         {u"Only if you agree: we may use your conversations with customer support to train our support "
          "assistant, so that it answers questions better. We take out your name and contact details first. "
          "Without your consent your conversations are never used for this, and support works the same."_s,
          u"只在你同意的情況下：我們可能會用你與客戶服務的對話來訓練我們的支援助手，讓它更能解答問題。"
          "我們會先刪去你的姓名和聯絡資料。沒有你的同意，你的對話絕不會用於這個用途，支援服務亦照常運作。"_s,
          u"仅在你同意的情况下：我们可能会用你与客服的对话来训练我们的支持助手，让它更好地解答问题。"
          "我们会先删去你的姓名和联系方式。没有你的同意，你的对话绝不会用于此用途，支持服务也照常运作。"_s},
         u"support_ai_training"_s},
    };
}

} // namespace

const PolicyVersionText &PolicyText::v20261201()
{
    static const PolicyVersionText text = [] {
        const PolicyVersionText &before = v20250514();
        PolicyVersionText v{u"2026-12-01"_s, before.sections, changes20261201(before)};
        // Where each new paragraph goes: after this many paragraphs of its section.
        const QHash<QString, int> insertAfter{{u"c1"_s, 1}, {u"c3"_s, 3}};
        for (const PolicyChangeText &change : std::as_const(v.changes)) {
            for (PolicySectionText &s : v.sections) {
                if (s.id != change.section)
                    continue;
                const PolicyParagraphText added{change.newText, change.id};
                if (change.oldText.en.isEmpty()) {
                    s.paragraphs.insert(qMin(insertAfter.value(change.id), int(s.paragraphs.size())), added);
                    continue;
                }
                for (PolicyParagraphText &p : s.paragraphs)
                    if (p.text.en == change.oldText.en)
                        p = added;
            }
        }
        return v;
    }();
    return text;
}

} // namespace pd::provider
