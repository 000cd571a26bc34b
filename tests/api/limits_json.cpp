// SPDX-License-Identifier: GPL-3.0-or-later
// Prints pd::limits (app/domain/Limits.h) as one JSON object, for check_openapi_limits.py: the
// numbers as the compiler sees them, so the check never parses C++.
#include "Limits.h"

#include <cstdio>
#include <iterator>

namespace {

bool g_first = true;

void number(const char *name, long long value)
{
    std::printf("%s\n  \"%s\": %lld", g_first ? "{" : ",", name, value);
    g_first = false;
}

} // namespace

int main()
{
    using namespace pd::limits;
    number("kEmailMax", kEmailMax);
    number("kMobileMax", kMobileMax);
    number("kAddressMax", kAddressMax);
    number("kFieldValueMax", kFieldValueMax);
    number("kProposedValueMax", kProposedValueMax);
    number("kReasonMax", kReasonMax);
    number("kSubjectMax", kSubjectMax);
    number("kMessageMax", kMessageMax);
    number("kMobileDigitsMin", kMobileDigitsMin);
    number("kMobileDigitsMax", kMobileDigitsMax);
    number("kAttachmentsMax", kAttachmentsMax);
    number("kAttachmentBytesMax", kAttachmentBytesMax);
    number("kDeletionRecordsMax", kDeletionRecordsMax);
    number("kPageSizeMin", kPageSizeMin);
    number("kPageSizeMax", kPageSizeMax);
    number("kPageSizeDefault", kPageSizeDefault);
    number("kDueMonths", kDueMonths);
    number("kExtensionMonthsMax", kExtensionMonthsMax);
    number("kJsonBodyBytesMax", kJsonBodyBytesMax);
    number("kStatutoryDueDays", kStatutoryDueDays);
    number("kGrantMinutesDefault", kGrantMinutesDefault);
    number("kGrantMinutesMax", kGrantMinutesMax);
    number("kPendingGrantHours", kPendingGrantHours);
    number("kTicketMax", kTicketMax);
    number("kJustificationMin", kJustificationMin);
    number("kJustificationMax", kJustificationMax);
    number("kQuestionMax", kQuestionMax);
    number("kAnswerMax", kAnswerMax);
    number("kCustomerSearchMin", kCustomerSearchMin);
    number("kCustomerSearchResultsMax", kCustomerSearchResultsMax);
    number("kAccountClosingGraceDays", kAccountClosingGraceDays);
    number("kHeaderBytesMax", kHeaderBytesMax);
    number("kHeaderFieldsMax", kHeaderFieldsMax);
    number("kBufferedBytesTotalMax", kBufferedBytesTotalMax);
    number("kIdleTimeoutS", kIdleTimeoutS);
    number("kHeaderTimeoutS", kHeaderTimeoutS);
    number("kBodyTimeoutS", kBodyTimeoutS);
    number("kConnectionsPerAddressMax", kConnectionsPerAddressMax);
    number("kConnectionsMax", kConnectionsMax);
    number("kSignInFreeFailuresPerAccount", kSignInFreeFailuresPerAccount);
    number("kSignInFreeFailuresPerAddress", kSignInFreeFailuresPerAddress);
    number("kSignInDelayMaxS", kSignInDelayMaxS);
    number("kSignInFailureWindowS", kSignInFailureWindowS);
    number("kPasswordIterations", kPasswordIterations);
    number("kAttachmentsPerAccountMax", kAttachmentsPerAccountMax);
    number("kAttachmentBytesPerAccountMax", kAttachmentBytesPerAccountMax);
    number("kAttachmentNameMax", kAttachmentNameMax);
    number("kIdempotencyRetentionHours", kIdempotencyRetentionHours);
    // Media types are plain ASCII tokens (RFC 6838): nothing to escape.
    std::printf(",\n  \"kAttachmentTypes\": [");
    for (std::size_t i = 0; i < std::size(kAttachmentTypes); ++i)
        std::printf("%s\"%s\"", i ? ", " : "", kAttachmentTypes[i]);
    std::printf("]\n}\n");
    return 0;
}
