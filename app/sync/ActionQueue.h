// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Records.h"
#include "domain/Result.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>

namespace pd {

class Outbox;
class OutboxSender;

/// Why one input of an action was not accepted; the UI shows it next to that field.
struct FieldProblem
{
    enum Code { Empty, TooLong, BadEmail, BadPhone, FileTooLarge, FileWrongType, FileUnreadable, ConfirmationMismatch, NotAllowed };
    QString field; ///< the input's name, e.g. "value", "reason", "attachment:2", "confirmation"
    Code code = Empty;
    int limit = 0; ///< for TooLong / FileTooLarge
};
using Validation = QList<FieldProblem>;

/// A file the user picked to support a correction.
struct AttachmentFile
{
    QString path;
};

/// What a deletion request covers.
struct DeletionScope
{
    enum Kind { Account, WholeCategory, Records, UsageRange };
    Kind kind = Account;
    Category category = Category::Registration;
    QStringList recordIds;     ///< Records: device ids, cookie ids, event ids
    QDateTime from, to;        ///< UsageRange
};

/// Turns what the user asked for into outbox items: validates every input first (nothing is
/// queued when anything is wrong), then commits the whole action (attachments included) in one
/// transaction, then nudges the sender. Returns the outbox seq of the main item.
class ActionQueue : public QObject
{
    Q_OBJECT
public:
    static constexpr int kMaxReason = 2000;
    static constexpr int kMaxSubject = 200;
    static constexpr int kMaxMessage = 5000;
    static constexpr int kMaxAddress = 500;
    static constexpr int kMaxValue = 256;
    static constexpr int kMaxAttachments = 5;

    ActionQueue(Outbox *outbox, OutboxSender *sender, QObject *parent = nullptr);

    /// Checks a new value for a self-editable field ("email", "mobile", "address", ...).
    static Validation validateField(const QString &key, const QString &value);
    /// Reads and checks an attachment (PDF, PNG or JPEG by content, at most 5 MiB).
    static Validation validateAttachment(const AttachmentFile &file, int index, QByteArray *data = nullptr, QString *type = nullptr);

    Result<qint64> updateField(const QString &key, const QString &value, const QString &etag, Validation *problems);
    Result<qint64> requestCorrection(const QString &field, const QString &proposed, const QString &reason,
                                     const QList<AttachmentFile> &files, Validation *problems);
    /// `confirmation` must be the word the UI asked the user to type ("DELETE").
    Result<qint64> requestDeletion(const DeletionScope &scope, const QString &confirmation, Validation *problems);
    Result<qint64> fileComplaint(bool suggestion, const QString &subject, const QString &message, Validation *problems);
    /// `confirmation` must be "CANCEL".
    Result<qint64> cancelAccount(const QString &reason, const QString &confirmation, Validation *problems);
    Result<qint64> requestExport();
    Result<qint64> setConsent(const QString &purpose, bool granted, const QString &policyVersion);
    Result<qint64> cancelRequest(const QString &requestId);

    static QString deletionConfirmationWord() { return QStringLiteral("DELETE"); }
    static QString cancelConfirmationWord() { return QStringLiteral("CANCEL"); }

Q_SIGNALS:
    void queued(qint64 seq);

private:
    Result<qint64> commit(Result<qint64> r);

    Outbox *m_outbox;
    OutboxSender *m_sender;
};

} // namespace pd
