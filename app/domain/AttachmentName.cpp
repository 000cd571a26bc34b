// SPDX-License-Identifier: GPL-3.0-or-later
#include "AttachmentName.h"

#include "Limits.h"

namespace pd {

QString cleanAttachmentName(const QString &name)
{
    QString out;
    out.reserve(name.size());
    for (qsizetype i = 0; i < name.size(); ++i) {
        const QChar c = name.at(i);
        if (c.isHighSurrogate() && i + 1 < name.size() && name.at(i + 1).isLowSurrogate()) {
            const char32_t ucs4 = QChar::surrogateToUcs4(c, name.at(i + 1));
            // Tags (U+E0000 block) and other astral format characters are invisible too.
            if (QChar::category(ucs4) != QChar::Other_Format) {
                out.append(c);
                out.append(name.at(i + 1));
            }
            ++i;
            continue;
        }
        switch (c.category()) {
        case QChar::Other_Control:     // C0, DEL, C1
        case QChar::Other_Format:      // U+200B..U+200F, U+202A..U+202E, U+2060..U+2069, U+FEFF, U+061C, ...
        case QChar::Other_Surrogate:   // a lone half of a pair
        case QChar::Separator_Line:    // U+2028
        case QChar::Separator_Paragraph: // U+2029
            continue;
        default:
            out.append(c);
        }
    }
    return out.trimmed();
}

std::optional<QString> acceptedAttachmentName(const QString &name)
{
    const QString clean = cleanAttachmentName(name);
    if (clean.isEmpty() || clean == u"." || clean == u".." || clean.contains(u'/') || clean.contains(u'\\')
        || clean.size() > pd::limits::kAttachmentNameMax)
        return std::nullopt;
    return clean;
}

} // namespace pd
