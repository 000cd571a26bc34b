// SPDX-License-Identifier: GPL-3.0-or-later
#include "ActionQueue.h"

#include "store/Outbox.h"
#include "sync/OutboxSender.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrl>

namespace pd {
namespace {

void need(Validation *v, const QString &field, const QString &text, int max, bool required = true)
{
    const QString t = text.trimmed();
    if (required && t.isEmpty())
        v->append({field, FieldProblem::Empty, 0});
    else if (t.size() > max)
        v->append({field, FieldProblem::TooLong, max});
}

QString sniffType(const QByteArray &head)
{
    if (head.startsWith("%PDF-"))
        return QStringLiteral("application/pdf");
    if (head.startsWith("\x89PNG\r\n\x1a\n"))
        return QStringLiteral("image/png");
    if (head.startsWith("\xFF\xD8\xFF"))
        return QStringLiteral("image/jpeg");
    return {};
}

QString iso(const QDateTime &t) { return t.toUTC().toString(Qt::ISODate); }

} // namespace

ActionQueue::ActionQueue(Outbox *outbox, OutboxSender *sender, QObject *parent)
    : QObject(parent)
    , m_outbox(outbox)
    , m_sender(sender)
{
}

Validation ActionQueue::validateField(const QString &key, const QString &value)
{
    Validation v;
    const QString t = value.trimmed();
    if (key == QLatin1String("email")) {
        need(&v, QStringLiteral("value"), t, 254);
        static const QRegularExpression email(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
        if (v.isEmpty() && !email.match(t).hasMatch())
            v.append({QStringLiteral("value"), FieldProblem::BadEmail, 0});
    } else if (key == QLatin1String("mobile")) {
        need(&v, QStringLiteral("value"), t, 32);
        static const QRegularExpression phone(QStringLiteral("^\\+[0-9]{8,15}$"));
        QString compact = t;
        compact.remove(QLatin1Char(' ')).remove(QLatin1Char('-'));
        if (v.isEmpty() && !phone.match(compact).hasMatch())
            v.append({QStringLiteral("value"), FieldProblem::BadPhone, 0});
    } else if (key == QLatin1String("address")) {
        need(&v, QStringLiteral("value"), t, kMaxAddress);
    } else {
        need(&v, QStringLiteral("value"), t, kMaxValue);
    }
    return v;
}

Validation ActionQueue::validateAttachment(const AttachmentFile &file, int index, QByteArray *data, QString *type)
{
    Validation v;
    const QString field = QStringLiteral("attachment:%1").arg(index);
    QFile f(file.path);
    if (QFileInfo(file.path).size() > Outbox::kMaxAttachmentBytes) {
        v.append({field, FieldProblem::FileTooLarge, int(Outbox::kMaxAttachmentBytes)});
        return v;
    }
    if (!f.open(QIODevice::ReadOnly)) {
        v.append({field, FieldProblem::FileUnreadable, 0});
        return v;
    }
    const QByteArray bytes = f.read(Outbox::kMaxAttachmentBytes + 1);
    if (bytes.size() > Outbox::kMaxAttachmentBytes) {
        v.append({field, FieldProblem::FileTooLarge, int(Outbox::kMaxAttachmentBytes)});
        return v;
    }
    const QString t = sniffType(bytes.left(16));
    if (t.isEmpty()) {
        v.append({field, FieldProblem::FileWrongType, 0});
        return v;
    }
    if (data)
        *data = bytes;
    if (type)
        *type = t;
    return v;
}

Result<qint64> ActionQueue::commit(Result<qint64> r)
{
    if (r) {
        Q_EMIT queued(*r);
        m_sender->kick();
    }
    return r;
}

namespace {
Result<qint64> invalid(Validation *out, const Validation &v)
{
    if (out)
        *out = v;
    return Error::make(ErrorCode::WrongType, QStringLiteral("validation"));
}
} // namespace

Result<qint64> ActionQueue::updateField(const QString &key, const QString &value, const QString &etag, Validation *problems)
{
    const Validation v = validateField(key, value);
    if (!v.isEmpty())
        return invalid(problems, v);
    QJsonObject body{{QStringLiteral("value"), value.trimmed()}};
    return commit(m_outbox->enqueue(OutboxItem::Kind::FieldUpdate, QStringLiteral("PATCH"),
                                    QStringLiteral("/v1/me/personal/") + QString::fromLatin1(QUrl::toPercentEncoding(key)),
                                    body, key, etag));
}

Result<qint64> ActionQueue::requestCorrection(const QString &field, const QString &proposed, const QString &reason,
                                              const QList<AttachmentFile> &files, Validation *problems)
{
    Validation v;
    need(&v, QStringLiteral("proposed_value"), proposed, kMaxValue);
    need(&v, QStringLiteral("reason"), reason, kMaxReason);
    if (files.size() > kMaxAttachments)
        v.append({QStringLiteral("attachments"), FieldProblem::TooLong, kMaxAttachments});
    QList<Outbox::NewAttachment> attachments;
    for (int i = 0; i < files.size() && i < kMaxAttachments; ++i) {
        QByteArray data;
        QString type;
        const Validation fv = validateAttachment(files.at(i), i, &data, &type);
        v += fv;
        if (fv.isEmpty())
            attachments.append({QFileInfo(files.at(i).path).fileName(), type, data});
    }
    if (!v.isEmpty())
        return invalid(problems, v);
    QJsonObject body{{QStringLiteral("type"), QStringLiteral("correction")},
                     {QStringLiteral("field"), field},
                     {QStringLiteral("proposed_value"), proposed.trimmed()},
                     {QStringLiteral("reason"), reason.trimmed()}};
    return commit(m_outbox->enqueue(OutboxItem::Kind::Request, QStringLiteral("POST"), QStringLiteral("/v1/me/requests"), body,
                                    field, {}, attachments));
}

Result<qint64> ActionQueue::requestDeletion(const DeletionScope &scope, const QString &confirmation, Validation *problems)
{
    Validation v;
    if (confirmation.trimmed() != deletionConfirmationWord())
        v.append({QStringLiteral("confirmation"), FieldProblem::ConfirmationMismatch, 0});
    if (scope.kind == DeletionScope::Records && scope.recordIds.isEmpty())
        v.append({QStringLiteral("records"), FieldProblem::Empty, 0});
    if (scope.kind == DeletionScope::UsageRange
        && (!scope.from.isValid() || !scope.to.isValid() || scope.from > scope.to
            || (scope.category != Category::ServerUsage && scope.category != Category::DomainUsage)))
        v.append({QStringLiteral("range"), FieldProblem::NotAllowed, 0});
    if (!v.isEmpty())
        return invalid(problems, v);
    QJsonObject body{{QStringLiteral("type"), QStringLiteral("deletion")},
                     {QStringLiteral("confirmation"), deletionConfirmationWord()}};
    QString title = QStringLiteral("account");
    switch (scope.kind) {
    case DeletionScope::Account:
        body.insert(QStringLiteral("scope"), QStringLiteral("account"));
        break;
    case DeletionScope::WholeCategory:
        body.insert(QStringLiteral("scope"), QStringLiteral("category"));
        body.insert(QStringLiteral("category"), categoryCode(scope.category));
        title = categoryCode(scope.category);
        break;
    case DeletionScope::Records: {
        QJsonArray records;
        for (const QString &id : scope.recordIds)
            records.append(QJsonObject{{QStringLiteral("category"), categoryCode(scope.category)}, {QStringLiteral("id"), id}});
        body.insert(QStringLiteral("scope"), QStringLiteral("records"));
        body.insert(QStringLiteral("records"), records);
        title = categoryCode(scope.category);
        break;
    }
    case DeletionScope::UsageRange:
        body.insert(QStringLiteral("scope"), QStringLiteral("records"));
        body.insert(QStringLiteral("range"), QJsonObject{{QStringLiteral("category"), categoryCode(scope.category)},
                                                          {QStringLiteral("from"), iso(scope.from)},
                                                          {QStringLiteral("to"), iso(scope.to)}});
        title = categoryCode(scope.category);
        break;
    }
    return commit(m_outbox->enqueue(OutboxItem::Kind::Request, QStringLiteral("POST"), QStringLiteral("/v1/me/requests"), body, title));
}

Result<qint64> ActionQueue::fileComplaint(bool suggestion, const QString &subject, const QString &message, Validation *problems)
{
    Validation v;
    need(&v, QStringLiteral("subject"), subject, kMaxSubject);
    need(&v, QStringLiteral("message"), message, kMaxMessage);
    if (!v.isEmpty())
        return invalid(problems, v);
    QJsonObject body{{QStringLiteral("type"), QStringLiteral("complaint")},
                     {QStringLiteral("kind"), suggestion ? QStringLiteral("suggestion") : QStringLiteral("complaint")},
                     {QStringLiteral("subject"), subject.trimmed()},
                     {QStringLiteral("message"), message.trimmed()}};
    return commit(m_outbox->enqueue(OutboxItem::Kind::Request, QStringLiteral("POST"), QStringLiteral("/v1/me/requests"), body,
                                    subject.trimmed()));
}

Result<qint64> ActionQueue::cancelAccount(const QString &reason, const QString &confirmation, Validation *problems)
{
    Validation v;
    need(&v, QStringLiteral("reason"), reason, kMaxReason, false);
    if (confirmation.trimmed() != cancelConfirmationWord())
        v.append({QStringLiteral("confirmation"), FieldProblem::ConfirmationMismatch, 0});
    if (!v.isEmpty())
        return invalid(problems, v);
    QJsonObject body{{QStringLiteral("type"), QStringLiteral("cancel_account")},
                     {QStringLiteral("reason"), reason.trimmed()},
                     {QStringLiteral("confirmation"), cancelConfirmationWord()}};
    return commit(m_outbox->enqueue(OutboxItem::Kind::Request, QStringLiteral("POST"), QStringLiteral("/v1/me/requests"), body,
                                    QStringLiteral("account")));
}

Result<qint64> ActionQueue::requestExport()
{
    QJsonObject body{{QStringLiteral("type"), QStringLiteral("export")}, {QStringLiteral("format"), QStringLiteral("json")}};
    return commit(m_outbox->enqueue(OutboxItem::Kind::Request, QStringLiteral("POST"), QStringLiteral("/v1/me/requests"), body,
                                    QStringLiteral("export")));
}

Result<qint64> ActionQueue::setConsent(const QString &purpose, bool granted, const QString &policyVersion)
{
    QJsonObject body{{QStringLiteral("granted"), granted}, {QStringLiteral("policy_version"), policyVersion}};
    return commit(m_outbox->enqueue(OutboxItem::Kind::Consent, QStringLiteral("PUT"),
                                    QStringLiteral("/v1/me/consents/") + QString::fromLatin1(QUrl::toPercentEncoding(purpose)),
                                    body, purpose));
}

Result<qint64> ActionQueue::cancelRequest(const QString &requestId)
{
    return commit(m_outbox->enqueue(OutboxItem::Kind::CancelRequest, QStringLiteral("POST"),
                                    QStringLiteral("/v1/me/requests/") + QString::fromLatin1(QUrl::toPercentEncoding(requestId))
                                        + QStringLiteral("/cancel"),
                                    QJsonObject{}, requestId));
}

} // namespace pd
