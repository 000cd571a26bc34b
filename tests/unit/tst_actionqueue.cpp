// SPDX-License-Identifier: GPL-3.0-or-later
// ActionQueue: the validators (at the limits client and provider share, domain/Limits.h), that
// nothing is queued when any input is wrong, and that what is queued comes back as typed values
// (payload, refusal, conflict) whatever the stored JSON; discard, send again and resolving a
// conflict. The sender stays paused: nothing here goes to the network.
#include "api/ApiClient.h"
#include "domain/Limits.h"
#include "store/Outbox.h"
#include "sync/ActionQueue.h"
#include "sync/OutboxSender.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QTest>

#include <memory>

using namespace pd;
using namespace Qt::StringLiterals;

namespace {

bool has(const Validation &v, const QString &field, FieldProblem::Code code)
{
    return std::any_of(v.cbegin(), v.cend(), [&](const FieldProblem &p) { return p.field == field && p.code == code; });
}

} // namespace

class TstActionQueue : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void fieldValidation_data();
    void fieldValidation();
    void textLimitsAreTheSharedOnes();
    void attachments();
    void nothingQueuedWhenInvalid();
    void deletionScopes();
    void typedRoundTrip();
    void fieldUpdateUsesHeldEtag();
    void discardAndSendAgain();
    void conflictKeepCurrent();
    void conflictKeepMine();
    void conflictKeepMineNeedsCurrentVersion();
    void refusalReasons();
    void acceptPolicyOnce();

private:
    QString file(const QString &name, const QByteArray &bytes);
    qint64 conflict(const QString &etag);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<ApiClient> m_api;
    std::unique_ptr<Outbox> m_outbox;
    std::unique_ptr<OutboxSender> m_sender;
    std::unique_ptr<ActionQueue> m_queue;
    QString m_heldEtag;
};

void TstActionQueue::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto r = Outbox::open(m_dir->filePath(u"outbox.sqlite"_s));
    QVERIFY(r.ok());
    m_outbox = std::move(r).value();
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_api = std::make_unique<ApiClient>(m_nam.get());
    m_sender = std::make_unique<OutboxSender>(m_api.get(), m_outbox.get());
    m_sender->pause();
    m_heldEtag = u"\"held\""_s;
    m_queue = std::make_unique<ActionQueue>(m_outbox.get(), m_sender.get(), [this] { return m_heldEtag; });
}

void TstActionQueue::cleanup()
{
    m_queue.reset();
    m_sender.reset();
    m_api.reset();
    m_nam.reset();
    m_outbox.reset();
    m_dir.reset();
}

QString TstActionQueue::file(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir->filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

void TstActionQueue::fieldValidation_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::addColumn<int>("problem"); // -1: accepted

    QTest::newRow("email ok") << u"email"_s << u"a@b.hk"_s << -1;
    QTest::newRow("email bad") << u"email"_s << u"a.b.hk"_s << int(FieldProblem::BadEmail);
    QTest::newRow("email empty") << u"email"_s << u"  "_s << int(FieldProblem::Empty);
    QTest::newRow("email at limit") << u"email"_s << QString(limits::kEmailMax - 5, u'a') + u"@b.hk"_s << -1;
    QTest::newRow("email over limit") << u"email"_s << QString(limits::kEmailMax - 4, u'a') + u"@b.hk"_s
                                      << int(FieldProblem::TooLong);
    QTest::newRow("mobile ok, spaced") << u"mobile"_s << u"+852 5123 4567"_s << -1;
    QTest::newRow("mobile no plus") << u"mobile"_s << u"85251234567"_s << int(FieldProblem::BadPhone);
    QTest::newRow("mobile too few digits") << u"mobile"_s << u"+"_s + QString(limits::kMobileDigitsMin - 1, u'5')
                                           << int(FieldProblem::BadPhone);
    QTest::newRow("mobile most digits") << u"mobile"_s << u"+"_s + QString(limits::kMobileDigitsMax, u'5') << -1;
    QTest::newRow("mobile too many digits") << u"mobile"_s << u"+"_s + QString(limits::kMobileDigitsMax + 1, u'5')
                                            << int(FieldProblem::BadPhone);
    QTest::newRow("address at limit") << u"address"_s << QString(limits::kAddressMax, u'x') << -1;
    QTest::newRow("address over limit") << u"address"_s << QString(limits::kAddressMax + 1, u'x') << int(FieldProblem::TooLong);
    QTest::newRow("name at limit") << u"name"_s << QString(limits::kFieldValueMax, u'x') << -1;
    QTest::newRow("name over limit") << u"name"_s << QString(limits::kFieldValueMax + 1, u'x') << int(FieldProblem::TooLong);
}

void TstActionQueue::fieldValidation()
{
    QFETCH(QString, key);
    QFETCH(QString, value);
    QFETCH(int, problem);
    const Validation v = ActionQueue::validateField(key, value);
    if (problem < 0) {
        QVERIFY2(v.isEmpty(), qPrintable(QString::number(v.value(0).code)));
    } else {
        QCOMPARE(v.size(), 1);
        QCOMPARE(int(v.first().code), problem);
        QCOMPARE(v.first().field, u"value"_s);
    }
}

void TstActionQueue::textLimitsAreTheSharedOnes()
{
    // The correction's proposed value was once capped at 256 here while the provider took 500.
    Validation v;
    QVERIFY(m_queue->requestCorrection(u"email"_s, QString(limits::kProposedValueMax, u'x'), u"why"_s, {}, &v).ok());
    QVERIFY(!m_queue->requestCorrection(u"email"_s, QString(limits::kProposedValueMax + 1, u'x'), u"why"_s, {}, &v).ok());
    QVERIFY(has(v, u"proposed_value"_s, FieldProblem::TooLong));
    QCOMPARE(v.first().limit, limits::kProposedValueMax);
    QVERIFY(m_queue->requestCorrection(u"email"_s, u"x"_s, QString(limits::kReasonMax, u'r'), {}, &v).ok());
    QVERIFY(!m_queue->requestCorrection(u"email"_s, u"x"_s, QString(limits::kReasonMax + 1, u'r'), {}, &v).ok());
    QVERIFY(has(v, u"reason"_s, FieldProblem::TooLong));
    QVERIFY(m_queue->fileComplaint(false, QString(limits::kSubjectMax, u's'), QString(limits::kMessageMax, u'm'), &v).ok());
    QVERIFY(!m_queue->fileComplaint(false, QString(limits::kSubjectMax + 1, u's'), QString(limits::kMessageMax + 1, u'm'), &v).ok());
    QVERIFY(has(v, u"subject"_s, FieldProblem::TooLong));
    QVERIFY(has(v, u"message"_s, FieldProblem::TooLong));
    QVERIFY(!m_queue->cancelAccount(QString(limits::kReasonMax + 1, u'r'), ActionQueue::cancelConfirmationWord(), &v).ok());
    QVERIFY(has(v, u"reason"_s, FieldProblem::TooLong));
}

void TstActionQueue::attachments()
{
    const QString pdf = file(u"proof.pdf"_s, QByteArrayLiteral("%PDF-1.4\n%%EOF\n"));
    const QString png = file(u"proof.png"_s, QByteArrayLiteral("\x89PNG\r\n\x1a\n....."));
    const QString jpg = file(u"proof.jpg"_s, QByteArrayLiteral("\xFF\xD8\xFF\xE0...."));
    const QString exe = file(u"proof.pdf.exe"_s, QByteArrayLiteral("MZ\x90\x00"));
    const QString big = file(u"big.pdf"_s, QByteArray("%PDF-") + QByteArray(int(limits::kAttachmentBytesMax), 'x'));
    QByteArray data;
    QString type;
    QVERIFY(ActionQueue::validateAttachment({pdf}, 0, &data, &type).isEmpty());
    QCOMPARE(type, QString::fromLatin1(limits::kAttachmentTypes[0]));
    QVERIFY(ActionQueue::validateAttachment({png}, 0, &data, &type).isEmpty());
    QCOMPARE(type, QString::fromLatin1(limits::kAttachmentTypes[1]));
    QVERIFY(ActionQueue::validateAttachment({jpg}, 0, &data, &type).isEmpty());
    QCOMPARE(type, QString::fromLatin1(limits::kAttachmentTypes[2]));
    // The type comes from the content, never from the name.
    QVERIFY(has(ActionQueue::validateAttachment({exe}, 3), u"attachment:3"_s, FieldProblem::FileWrongType));
    QVERIFY(has(ActionQueue::validateAttachment({big}, 0), u"attachment:0"_s, FieldProblem::FileTooLarge));
    QVERIFY(has(ActionQueue::validateAttachment({m_dir->filePath(u"missing.pdf"_s)}, 1), u"attachment:1"_s,
                FieldProblem::FileUnreadable));

    Validation v;
    QList<AttachmentFile> six(limits::kAttachmentsMax + 1, AttachmentFile{pdf});
    QVERIFY(!m_queue->requestCorrection(u"email"_s, u"x"_s, u"why"_s, six, &v).ok());
    QVERIFY(has(v, u"attachments"_s, FieldProblem::TooLong));
    const auto seq = m_queue->requestCorrection(u"email"_s, u"x"_s, u"why"_s, six.mid(0, limits::kAttachmentsMax), &v);
    QVERIFY(seq.ok());
    QCOMPARE(m_outbox->items().size(), limits::kAttachmentsMax + 1); // the files first, then the request
    // Attachments are not actions of their own in the typed list.
    QCOMPARE(m_queue->actions().size(), 1);

    // A name with a right-to-left override and a zero-width space is kept (and sent) cleaned.
    const QString spoof = file(QStringLiteral("invoice\u202Efdp.\u200Bpng"), QByteArrayLiteral("\x89PNG\r\n\x1a\n....."));
    QVERIFY(m_queue->requestCorrection(u"email"_s, u"x"_s, u"why"_s, {{spoof}}, &v).ok());
    bool found = false;
    for (const OutboxItem &i : m_outbox->items())
        if (i.kind == OutboxItem::Kind::Attachment && i.title.startsWith(u"invoice"_s)) {
            QCOMPARE(i.title, u"invoicefdp.png"_s);
            found = true;
        }
    QVERIFY(found);
}

void TstActionQueue::nothingQueuedWhenInvalid()
{
    QSignalSpy queued(m_queue.get(), &ActionQueue::queued);
    const QString exe = file(u"x.exe"_s, QByteArrayLiteral("MZ"));
    Validation v;
    QVERIFY(!m_queue->requestCorrection(u"email"_s, u"x"_s, u"why"_s, {{exe}}, &v).ok());
    QVERIFY(has(v, u"attachment:0"_s, FieldProblem::FileWrongType));
    QVERIFY(!m_queue->requestDeletion({}, u"delete"_s, &v).ok()); // lower case is not the word
    QVERIFY(has(v, u"confirmation"_s, FieldProblem::ConfirmationMismatch));
    QVERIFY(!m_queue->cancelAccount({}, u"yes"_s, &v).ok());
    QVERIFY(!m_queue->updateField(u"email"_s, u"nope"_s, &v).ok());
    QVERIFY(m_outbox->items().isEmpty());
    QCOMPARE(queued.count(), 0);
}

void TstActionQueue::deletionScopes()
{
    Validation v;
    DeletionScope records;
    records.kind = DeletionScope::Records;
    records.category = Category::Devices;
    QVERIFY(!m_queue->requestDeletion(records, ActionQueue::deletionConfirmationWord(), &v).ok());
    QVERIFY(has(v, u"records"_s, FieldProblem::Empty));
    for (int i = 0; i <= limits::kDeletionRecordsMax; ++i)
        records.recordIds << u"d-%1"_s.arg(i);
    QVERIFY(!m_queue->requestDeletion(records, ActionQueue::deletionConfirmationWord(), &v).ok());
    QVERIFY(has(v, u"records"_s, FieldProblem::TooLong));
    records.recordIds.removeLast();
    QVERIFY(m_queue->requestDeletion(records, ActionQueue::deletionConfirmationWord(), &v).ok());

    DeletionScope range;
    range.kind = DeletionScope::UsageRange;
    range.category = Category::Cookies; // only usage has ranges
    range.from = QDateTime::currentDateTimeUtc().addDays(-7);
    range.to = QDateTime::currentDateTimeUtc();
    QVERIFY(!m_queue->requestDeletion(range, ActionQueue::deletionConfirmationWord(), &v).ok());
    QVERIFY(has(v, u"range"_s, FieldProblem::NotAllowed));
    range.category = Category::ServerUsage;
    std::swap(range.from, range.to);
    QVERIFY(!m_queue->requestDeletion(range, ActionQueue::deletionConfirmationWord(), &v).ok());
    std::swap(range.from, range.to);
    const auto seq = m_queue->requestDeletion(range, ActionQueue::deletionConfirmationWord(), &v);
    QVERIFY(seq.ok());
    const auto a = m_queue->action(*seq);
    QVERIFY(a && a->as<DeletionPayload>());
    const DeletionScope back = a->as<DeletionPayload>()->scope;
    QCOMPARE(back.kind, DeletionScope::UsageRange);
    QCOMPARE(back.category, Category::ServerUsage);
    QCOMPARE(back.from.toSecsSinceEpoch(), range.from.toSecsSinceEpoch());
    QCOMPARE(back.to.toSecsSinceEpoch(), range.to.toSecsSinceEpoch());
}

void TstActionQueue::typedRoundTrip()
{
    Validation v;
    const auto complaint = m_queue->fileComplaint(true, u" Faster exports "_s, u"Please."_s, &v);
    const auto correction = m_queue->requestCorrection(u"name"_s, u"Alice Chan Tai-man"_s, u"Full name"_s, {}, &v);
    const auto consent = m_queue->setConsent(u"marketing"_s, true, u"2025-05-14"_s);
    const auto cancel = m_queue->cancelRequest(u"R-1001"_s);
    const auto exp = m_queue->requestExport();
    const auto account = m_queue->cancelAccount(u"Moving"_s, ActionQueue::cancelConfirmationWord(), &v);
    QVERIFY(complaint.ok() && correction.ok() && consent.ok() && cancel.ok() && exp.ok() && account.ok());

    const auto c = m_queue->action(*complaint);
    QCOMPARE(c->kind, ActionKind::Complaint);
    QCOMPARE(c->state, ActionState::Queued);
    QVERIFY(c->as<ComplaintPayload>()->suggestion);
    QCOMPARE(c->as<ComplaintPayload>()->subject, u"Faster exports"_s); // trimmed
    QVERIFY(c->hasTypedInput());
    QVERIFY(!c->refusal && !c->conflict);
    const auto k = m_queue->action(*correction);
    QCOMPARE(k->kind, ActionKind::Correction);
    QCOMPARE(k->as<CorrectionPayload>()->field, u"name"_s);
    QCOMPARE(k->as<CorrectionPayload>()->proposedValue, u"Alice Chan Tai-man"_s);
    const auto g = m_queue->action(*consent);
    QCOMPARE(g->kind, ActionKind::Consent);
    QCOMPARE(g->as<ConsentPayload>()->purpose, u"marketing"_s);
    QVERIFY(g->as<ConsentPayload>()->granted);
    QCOMPARE(g->as<ConsentPayload>()->policyVersion, u"2025-05-14"_s);
    QVERIFY(!g->hasTypedInput());
    QCOMPARE(m_queue->action(*cancel)->as<CancelRequestPayload>()->requestId, u"R-1001"_s);
    QCOMPARE(m_queue->action(*exp)->kind, ActionKind::Export);
    QVERIFY(!m_queue->action(*exp)->hasTypedInput());
    QCOMPARE(m_queue->action(*account)->as<CancelAccountPayload>()->reason, u"Moving"_s);
    QCOMPARE(m_queue->actions().size(), 6);
    QCOMPARE(m_queue->pendingCount(), 6);
    QVERIFY(!m_queue->action(999999));
}

void TstActionQueue::fieldUpdateUsesHeldEtag()
{
    Validation v;
    const auto seq = m_queue->updateField(u"email"_s, u" new@example.hk "_s, &v);
    QVERIFY(seq.ok());
    const auto item = m_outbox->item(*seq);
    QCOMPARE(item->ifMatch, m_heldEtag);
    QCOMPARE(item->method, u"PATCH"_s);
    QCOMPARE(item->path, u"/v1/me/personal/email"_s);
    const auto a = m_queue->action(*seq);
    QCOMPARE(a->as<FieldUpdatePayload>()->value, u"new@example.hk"_s);
}

qint64 TstActionQueue::conflict(const QString &etag)
{
    Validation v;
    const auto seq = m_queue->updateField(u"email"_s, u"mine@example.hk"_s, u"\"old\""_s, &v);
    if (!seq)
        qFatal("could not queue");
    const QByteArray problem = R"({"type":"/problems/precondition-failed","status":412,"detail":"Changed.",)"
                               R"("current":{"key":"email","value":"theirs@example.hk","updated_at":"2025-11-02T10:00:00Z"}})";
    if (!m_outbox->markRefused(*seq, ActionState::Conflict, 412, u"precondition-failed"_s, problem, etag))
        qFatal("could not refuse");
    return *seq;
}

void TstActionQueue::discardAndSendAgain()
{
    Validation v;
    const auto seq = m_queue->fileComplaint(false, u"s"_s, u"m"_s, &v);
    QVERIFY(seq.ok());
    QVERIFY(m_outbox->markRefused(*seq, ActionState::Attention, 422, u"invalid-value"_s,
                                  R"({"status":422,"detail":"Too vague."})")
                .ok());
    const auto refused = m_queue->action(*seq);
    QVERIFY(refused->needsAttention());
    QCOMPARE(refused->refusal->reason, Refusal::Reason::InvalidValue);
    QCOMPARE(refused->refusal->detail, u"Too vague."_s);
    QCOMPARE(m_queue->attentionCount(), 1);
    QVERIFY(m_queue->sendAgain(*seq).ok());
    QCOMPARE(m_queue->action(*seq)->state, ActionState::Queued);
    QVERIFY(!m_queue->action(*seq)->refusal);
    QVERIFY(m_queue->discard(*seq).ok());
    QCOMPARE(m_queue->action(*seq)->state, ActionState::Discarded);
    QCOMPARE(m_queue->actions(false).size(), 0);
}

void TstActionQueue::conflictKeepCurrent()
{
    const qint64 seq = conflict(u"\"new\""_s);
    const auto a = m_queue->action(seq);
    QVERIFY(a->conflict);
    QCOMPARE(a->conflict->mine, u"mine@example.hk"_s);
    QCOMPARE(a->conflict->current, u"theirs@example.hk"_s);
    QCOMPARE(a->conflict->etag, u"\"new\""_s);
    QCOMPARE(a->conflict->currentChangedAt, QDateTime(QDate(2025, 11, 2), QTime(10, 0), QTimeZone::utc()));
    QCOMPARE(a->refusal->reason, Refusal::Reason::Stale);
    QVERIFY(m_queue->resolveConflict(seq, ActionQueue::ConflictChoice::KeepCurrent).ok());
    QCOMPARE(m_queue->action(seq)->state, ActionState::Discarded);
    // Only a conflict can be resolved.
    QCOMPARE(m_queue->resolveConflict(seq, ActionQueue::ConflictChoice::KeepMine).error().code, ErrorCode::NotFound);
}

void TstActionQueue::conflictKeepMine()
{
    const qint64 seq = conflict(u"\"new\""_s);
    const QString key = m_outbox->item(seq)->idempotencyKey;
    QVERIFY(m_queue->resolveConflict(seq, ActionQueue::ConflictChoice::KeepMine).ok());
    const auto item = m_outbox->item(seq);
    QCOMPARE(item->state, ActionState::Queued);
    QCOMPARE(item->ifMatch, u"\"new\""_s); // sent against the provider's current version
    QVERIFY(item->idempotencyKey != key);
    QCOMPARE(m_queue->action(seq)->as<FieldUpdatePayload>()->value, u"mine@example.hk"_s);
}

void TstActionQueue::conflictKeepMineNeedsCurrentVersion()
{
    // No ETag with the 412, and this computer holds only the version the change was based on.
    m_heldEtag = u"\"old\""_s;
    const qint64 seq = conflict({});
    const Status s = m_queue->resolveConflict(seq, ActionQueue::ConflictChoice::KeepMine);
    QVERIFY(!s.ok());
    QCOMPARE(s.error().code, ErrorCode::Stale);
    QCOMPARE(m_outbox->item(seq)->state, ActionState::Conflict);
    // After a sync brought the current version, it goes.
    m_heldEtag = u"\"synced\""_s;
    QVERIFY(m_queue->resolveConflict(seq, ActionQueue::ConflictChoice::KeepMine).ok());
    QCOMPARE(m_outbox->item(seq)->ifMatch, u"\"synced\""_s);
}

void TstActionQueue::refusalReasons()
{
    using R = Refusal::Reason;
    QCOMPARE(Refusal::reasonOf(u"not-editable"_s, 403), R::NotEditable);
    QCOMPARE(Refusal::reasonOf(u"cannot-cancel"_s, 409), R::CannotCancel);
    QCOMPARE(Refusal::reasonOf(u"payload-too-large"_s, 413), R::BadAttachment);
    QCOMPARE(Refusal::reasonOf(u"unsupported-media-type"_s, 415), R::BadAttachment);
    QCOMPARE(Refusal::reasonOf(u"attachment-not-sent"_s, 0), R::BadAttachment);
    QCOMPARE(Refusal::reasonOf(u"whatever"_s, 403), R::Forbidden);
    QCOMPARE(Refusal::reasonOf(u"precondition-failed"_s, 412), R::Stale);
    QCOMPARE(Refusal::reasonOf(u"something-new"_s, 422), R::Other);
}

void TstActionQueue::acceptPolicyOnce()
{
    QVERIFY(!m_queue->policyAcceptancePending(u"2026-12-01"_s));
    const auto seq = m_queue->acceptPolicy(u"2026-12-01"_s);
    QVERIFY(seq);
    const auto a = m_queue->action(*seq);
    QCOMPARE(a->kind, ActionKind::AcceptPolicy);
    QCOMPARE(a->as<AcceptPolicyPayload>()->policyVersion, u"2026-12-01"_s);
    QVERIFY(!a->hasTypedInput());
    QCOMPARE(requestTypeOf(a->kind), RequestType::AcceptPolicy);
    QCOMPARE(requestTypeCode(RequestType::AcceptPolicy), u"accept_policy"_s);
    QCOMPARE(requestTypeFromCode(u"accept_policy"), RequestType::AcceptPolicy);
    // On the wire: a request of type accept_policy naming the version, nothing about consents.
    const OutboxItem item = *m_outbox->item(*seq);
    QCOMPARE(item.path, u"/v1/me/requests"_s);
    QCOMPARE(QJsonDocument::fromJson(item.body).object(),
             (QJsonObject{{u"type"_s, u"accept_policy"_s}, {u"policy_version"_s, u"2026-12-01"_s}}));
    // Accepting again while one waits (a second click, a second window) queues nothing new.
    QCOMPARE(*m_queue->acceptPolicy(u"2026-12-01"_s), *seq);
    QCOMPARE(m_queue->pendingCount(), qint64(1));
    QVERIFY(m_queue->policyAcceptancePending(u"2026-12-01"_s));
    QVERIFY(!m_queue->policyAcceptancePending(u"2025-05-14"_s));
    QList<PolicyAcceptance> local = m_queue->localAcceptances();
    QCOMPARE(local.size(), 1);
    QVERIFY(!local.first().confirmed);
    QVERIFY(local.first().requestId.isEmpty());
    // Sent: still counts as accepted here until a sync says so, now with the provider's request id.
    QVERIFY(m_outbox->markSent(*seq, 201, QByteArray("{}"), u"R-2001"_s));
    QVERIFY(m_queue->policyAcceptancePending(u"2026-12-01"_s));
    QCOMPARE(*m_queue->acceptPolicy(u"2026-12-01"_s), *seq);
    local = m_queue->localAcceptances();
    QVERIFY(local.first().confirmed);
    QCOMPARE(local.first().requestId, u"R-2001"_s);
    QVERIFY(!m_queue->acceptPolicy(QString()));
}

QTEST_GUILESS_MAIN(TstActionQueue)
#include "tst_actionqueue.moc"
