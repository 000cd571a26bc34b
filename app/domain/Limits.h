// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The limits the client and the provider share, in one place both build from (target pd_limits).
// docs/api/openapi.yaml states the same numbers; tests/api/check_openapi_limits.py holds the two
// together, so a limit changed here and not there (or the other way round) fails the tests.
// Header only, no Qt: the provider is a separate program and includes this file alone.

namespace pd::limits {

/// Text a user types, in characters (after trimming), as both sides count them (UTF-16 units).
inline constexpr int kEmailMax = 254;            ///< RFC 5321's path limit
inline constexpr int kMobileMax = 32;            ///< as typed, spaces and dashes included
inline constexpr int kAddressMax = 500;
inline constexpr int kFieldValueMax = 256;       ///< any other self-editable personal field
inline constexpr int kProposedValueMax = 500;    ///< a correction's proposed value (the longest field is the address)
inline constexpr int kReasonMax = 2000;          ///< why a correction / why the account is cancelled
inline constexpr int kSubjectMax = 200;          ///< complaint or suggestion subject
inline constexpr int kMessageMax = 5000;         ///< complaint or suggestion message
inline constexpr int kMobileDigitsMin = 8;       ///< E.164 digits after '+'
inline constexpr int kMobileDigitsMax = 15;

/// Attachments supporting a correction.
inline constexpr int kAttachmentsMax = 5;                        ///< per request
inline constexpr long long kAttachmentBytesMax = 5 * 1024 * 1024; ///< per file
/// Sniffed from the content, never from the name; the names are the media types on the wire.
inline constexpr const char *kAttachmentTypes[] = {"application/pdf", "image/png", "image/jpeg"};

/// Deletion of chosen records: at most this many in one request.
inline constexpr int kDeletionRecordsMax = 1000;

/// Paging of usage events and request lists.
inline constexpr int kPageSizeMin = 1;
inline constexpr int kPageSizeMax = 5000;
inline constexpr int kPageSizeDefault = 1000; ///< what the provider uses when `limit` is absent

/// A request's due date is one month after it is received; the provider may extend it once by
/// up to this many further months, with a reason.
inline constexpr int kDueMonths = 1;
inline constexpr int kExtensionMonthsMax = 2;

/// Data access and correction requests are due this many days after they are received (Hong
/// Kong PDPO s.19(1), s.23(1)); other types after kDueMonths.
inline constexpr int kStatutoryDueDays = 40;

/// JSON request bodies (everything but attachment uploads).
inline constexpr long long kJsonBodyBytesMax = 64 * 1024;

/// Requests as they arrive (the provider refuses them before reading further): the request line and
/// headers together, how many header fields, and the bytes one connection and all connections may
/// hold at once. A body's own limit is kJsonBodyBytesMax or kAttachmentBytesMax, by route.
inline constexpr long long kHeaderBytesMax = 16 * 1024;
inline constexpr int kHeaderFieldsMax = 100;
inline constexpr long long kBufferedBytesTotalMax = 64 * 1024 * 1024;
/// Connections: a kept-alive connection with no request is closed after kIdleTimeoutS; a request's
/// line and headers must arrive within kHeaderTimeoutS of its first byte, its body within
/// kBodyTimeoutS of its headers. One address holds at most kConnectionsPerAddressMax connections,
/// everyone together kConnectionsMax.
inline constexpr int kIdleTimeoutS = 60;
inline constexpr int kHeaderTimeoutS = 10;
inline constexpr int kBodyTimeoutS = 60;
inline constexpr int kConnectionsPerAddressMax = 16;
inline constexpr int kConnectionsMax = 512;

/// Sign-in (password guessing): after kSignInFreeFailuresPerAccount wrong passwords for one account,
/// or kSignInFreeFailuresPerAddress from one address, each further attempt waits twice as long as the
/// one before (1 s, 2 s, 4 s, ...) up to kSignInDelayMaxS; a right password resets the account's count.
/// Failures older than kSignInFailureWindowS are forgotten. Passwords are stored as
/// PBKDF2-HMAC-SHA256 with kPasswordIterations iterations (OWASP 2023).
inline constexpr int kSignInFreeFailuresPerAccount = 5;
inline constexpr int kSignInFreeFailuresPerAddress = 20;
inline constexpr int kSignInDelayMaxS = 900;
inline constexpr int kSignInFailureWindowS = 24 * 3600;
inline constexpr int kPasswordIterations = 600000;

/// Attachments an account may keep, all together (the per-file limit is kAttachmentBytesMax).
inline constexpr int kAttachmentsPerAccountMax = 50;
inline constexpr long long kAttachmentBytesPerAccountMax = 50LL * 1024 * 1024;
/// An attachment's name after cleaning (control, bidirectional and zero-width characters removed).
inline constexpr int kAttachmentNameMax = 255;

/// How long the provider keeps what has expired or been answered before purging it: expired codes
/// and tokens, and idempotency records (a retry after this is a new request).
inline constexpr int kIdempotencyRetentionHours = 24;

/// Staff (docs/api/staff.md). A grant to see a customer's data lasts kGrantMinutesDefault unless
/// chosen otherwise, at most kGrantMinutesMax; one waiting for the customer's answer expires after
/// kPendingGrantHours.
inline constexpr int kGrantMinutesDefault = 30;
inline constexpr int kGrantMinutesMax = 8 * 60;
inline constexpr int kPendingGrantHours = 24;
inline constexpr int kTicketMax = 64;
inline constexpr int kJustificationMin = 10;
inline constexpr int kJustificationMax = 500;
inline constexpr int kQuestionMax = 2000;       ///< what staff ask a customer; also a rejection's reason
inline constexpr int kAnswerMax = 5000;         ///< a complaint's answer; also a customer's reply
inline constexpr int kCustomerSearchMin = 3;    ///< characters before a customer search runs
inline constexpr int kCustomerSearchResultsMax = 20;
/// An account whose cancellation was completed closes this many days later.
inline constexpr int kAccountClosingGraceDays = 14;

} // namespace pd::limits
