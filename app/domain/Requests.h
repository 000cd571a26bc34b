// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QMetaType>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace pd {

/// What a request to the provider asks for (the `type` of docs/api's Request).
enum class RequestType {
    Correction,
    Deletion,
    Complaint,     ///< a complaint or a suggestion
    CancelAccount,
    Export,        ///< a copy of the customer's data
    AcceptPolicy,  ///< the customer accepts the current policy version (completed at once)
    Unknown,       ///< a type a newer provider sends that this version does not know
};

/// Where the provider is with a request (docs/api's Request `status`).
enum class RequestStatus {
    Received,
    InReview,
    NeedsInfo,
    Completed,
    Rejected,
    Cancelled,
    Unknown, ///< a status a newer provider sends that this version does not know
};

QString requestTypeCode(RequestType t);
/// Unknown for a code this version does not know (never fails: a newer provider may add types).
RequestType requestTypeFromCode(QStringView code);
QString requestStatusCode(RequestStatus s);
RequestStatus requestStatusFromCode(QStringView code);
/// Received, in review or waiting for the customer: the provider still owes an answer. An unknown
/// status counts as open, so a request never silently drops out of "open" and "overdue".
bool isOpen(RequestStatus s);

/// One message on a request: a question staff asked, the customer's reply, a complaint's answer.
struct RequestMessage
{
    QDateTime at;
    bool fromStaff = false;
    QString staff; ///< the staff member's pseudonym
    QString kind;  ///< question, reply, answer, note
    QString text;
    QStringList attachments;
};

/// A request as the provider last reported it.
struct TrackedRequest
{
    QString id;
    RequestType type = RequestType::Unknown;
    RequestStatus status = RequestStatus::Unknown;
    QString typeCode;   ///< as sent, so a type this version does not know is kept and shown as sent
    QString statusCode; ///< likewise for the status
    QDateTime receivedAt;
    QDateTime dueAt;
    QDateTime extendedDueAt;
    QString extensionReason;
    QString statusReason;
    QJsonObject summary;
    QByteArray retained; ///< JSON array
    QByteArray history;  ///< JSON array
    QList<RequestMessage> messages; ///< oldest first
    QString rejectionCode;          ///< why it was refused (kRejectionCodes), empty unless rejected
    QString rejectionText;
    bool exportReady = false;
    QDateTime updatedAt;
    qint64 outboxSeq = 0;

    void setType(const QString &code) { typeCode = code; type = requestTypeFromCode(code); }
    void setStatus(const QString &code) { statusCode = code; status = requestStatusFromCode(code); }
    QDateTime effectiveDue() const { return extendedDueAt.isValid() ? extendedDueAt : dueAt; }
    bool isOpen() const { return pd::isOpen(status); }
    bool isOverdue(const QDateTime &now) const { return isOpen() && effectiveDue().isValid() && now > effectiveDue(); }
};

} // namespace pd

Q_DECLARE_METATYPE(pd::TrackedRequest)
