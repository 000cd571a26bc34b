// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AttachmentsRepository.h"
#include "HttpTypes.h"

namespace pd::provider {

struct Account;

/// PUT /v1/me/attachments: a PDF, PNG or JPEG that a correction request can then refer to.
class AttachmentsApi
{
public:
    explicit AttachmentsApi(ProviderDb &db);

    /// State-changing: runs inside ActionsApi's effect transaction.
    HttpResponse put(const Account &account, const HttpRequest &request);

private:
    AttachmentsRepository m_attachments;
};

} // namespace pd::provider
