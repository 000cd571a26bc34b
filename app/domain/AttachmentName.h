// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace pd {

/// An attachment's file name as the provider stores it and the app shows it: control characters,
/// format characters (bidirectional overrides, embeddings, isolates and marks, zero-width spaces and
/// joiners, the byte order mark), line and paragraph separators and lone surrogates removed, then
/// surrounding white space trimmed. Pure, shared by client and provider (compiled into both).
QString cleanAttachmentName(const QString &name);

/// cleanAttachmentName(`name`) if it is acceptable: not empty, not "." or "..", no '/' or '\\', at
/// most pd::limits::kAttachmentNameMax UTF-16 units; else nothing.
std::optional<QString> acceptedAttachmentName(const QString &name);

} // namespace pd
