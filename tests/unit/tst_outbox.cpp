// SPDX-License-Identifier: GPL-3.0-or-later
// Outbox: the local, durable queue of the user's actions. Order, attachments before what needs
// them, state changes, what a refusal and a conflict keep, changed() after every committed write
// (and never for one that failed), batch upserts with status changes, and the v1 -> v2 migration
// that moves a conflict's ETag out of the stored problem into its own column.
#include "store/Outbox.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace pd;
using namespace Qt::StringLiterals;

namespace {

QJsonObject complaintBody(const QString &subject)
{
    return {{u"type"_s, u"complaint"_s}, {u"kind"_s, u"complaint"_s}, {u"subject"_s, subject}, {u"message"_s, u"m"_s}};
}

TrackedRequest request(const QString &id, const QString &status)
{
    TrackedRequest t;
    t.id = id;
    t.setType(u"complaint"_s);
    t.setStatus(status);
    t.receivedAt = QDateTime::currentDateTimeUtc();
    t.dueAt = t.receivedAt.addMonths(1);
    return t;
}

} // namespace

class TstOutbox : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void queuesInOrderAndAnnounces();
    void attachmentsGoFirst();
    void tooLargeAttachmentIsRefusedWhole();
    void sentRecordsAnswerAndDropsAttachmentCopy();
    void keptStatementsBindAnewAndHoldNothingOpen();
    void refusedKeepsProblemAndConflictEtag();
    void requeueGivesNewKeyAndClearsConflict();
    void discardNeverTouchesSent();
    void failedWriteDoesNotAnnounce();
    void upsertRequestsReportsStatusChanges();
    void receiptsAreNotDuplicated();
    void migratesConflictEtagFromVersion1();

private:
    QString path() const { return m_dir->filePath(u"outbox.sqlite"_s); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Outbox> m_outbox;
};

void TstOutbox::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto r = Outbox::open(path());
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().detail));
    m_outbox = std::move(r).value();
}

void TstOutbox::cleanup()
{
    m_outbox.reset();
    m_dir.reset();
}

void TstOutbox::queuesInOrderAndAnnounces()
{
    QSignalSpy changed(m_outbox.get(), &Outbox::changed);
    const auto a = m_outbox->enqueue(OutboxItem::Kind::Request, u"POST"_s, u"/v1/me/requests"_s, complaintBody(u"one"_s), u"one"_s);
    const auto b = m_outbox->enqueue(OutboxItem::Kind::Request, u"POST"_s, u"/v1/me/requests"_s, complaintBody(u"two"_s), u"two"_s);
    QVERIFY(a.ok() && b.ok());
    QVERIFY(*a < *b);
    QCOMPARE(changed.count(), 2);
    QCOMPARE(m_outbox->pendingCount(), 2);
    const auto head = m_outbox->head();
    QVERIFY(head);
    QCOMPARE(head->seq, *a);
    QCOMPARE(head->state, ActionState::Queued);
    QCOMPARE(QJsonDocument::fromJson(head->body).object().value(u"subject"_s).toString(), u"one"_s);
    // Every item has its own Idempotency-Key.
    QVERIFY(!head->idempotencyKey.isEmpty());
    QVERIFY(head->idempotencyKey != m_outbox->item(*b)->idempotencyKey);
}

void TstOutbox::attachmentsGoFirst()
{
    const QList<Outbox::NewAttachment> files{{u"a.pdf"_s, u"application/pdf"_s, QByteArrayLiteral("%PDF-1.4 a")},
                                             {u"b.png"_s, u"image/png"_s, QByteArrayLiteral("\x89PNG\r\n\x1a\n b")}};
    const auto seq = m_outbox->enqueue(OutboxItem::Kind::Request, u"POST"_s, u"/v1/me/requests"_s, complaintBody(u"x"_s),
                                       u"x"_s, {}, files);
    QVERIFY(seq.ok());
    const QList<OutboxItem> items = m_outbox->items();
    QCOMPARE(items.size(), 3);
    QCOMPARE(items.at(0).kind, OutboxItem::Kind::Attachment);
    QCOMPARE(items.at(1).kind, OutboxItem::Kind::Attachment);
    QCOMPARE(items.at(2).seq, *seq);
    QCOMPARE(items.at(2).dependsOn, (QList<qint64>{items.at(0).seq, items.at(1).seq}));
    // The body names them by their local seq until the sender swaps in the provider's ids.
    const QJsonArray ids = QJsonDocument::fromJson(items.at(2).body).object().value(u"attachments"_s).toArray();
    QCOMPARE(ids.at(0).toString(), u"local:%1"_s.arg(items.at(0).seq));
    QCOMPARE(m_outbox->attachmentData(items.at(1).seq), files.at(1).data);
    QCOMPARE(m_outbox->head()->seq, items.at(0).seq);
}

void TstOutbox::tooLargeAttachmentIsRefusedWhole()
{
    QSignalSpy changed(m_outbox.get(), &Outbox::changed);
    const QByteArray big(int(Outbox::kMaxAttachmentBytes + 1), 'x');
    const auto seq = m_outbox->enqueue(OutboxItem::Kind::Request, u"POST"_s, u"/v1/me/requests"_s, complaintBody(u"x"_s),
                                       u"x"_s, {}, {{u"big.pdf"_s, u"application/pdf"_s, big}});
    QVERIFY(!seq.ok());
    QCOMPARE(seq.error().code, ErrorCode::TooLarge);
    QVERIFY(m_outbox->items().isEmpty());
    QCOMPARE(changed.count(), 0);
}

void TstOutbox::sentRecordsAnswerAndDropsAttachmentCopy()
{
    const auto seq = m_outbox->enqueue(OutboxItem::Kind::Request, u"POST"_s, u"/v1/me/requests"_s, complaintBody(u"x"_s),
                                       u"x"_s, {}, {{u"a.pdf"_s, u"application/pdf"_s, QByteArrayLiteral("%PDF-1.4")}});
    QVERIFY(seq.ok());
    const qint64 att = m_outbox->head()->seq;
    QVERIFY(m_outbox->markSent(att, 201, QByteArrayLiteral(R"({"id":"A-1"})"), u"A-1"_s).ok());
    QCOMPARE(m_outbox->serverIdOf(att), u"A-1"_s);
    QVERIFY(m_outbox->attachmentData(att).isEmpty());

    QSignalSpy changed(m_outbox.get(), &Outbox::changed);
    TrackedRequest t = request(u"R-9"_s, u"received"_s);
    t.outboxSeq = *seq;
    QVERIFY(m_outbox->markSent(*seq, 201, QByteArrayLiteral(R"({"id":"R-9"})"), u"R-9"_s, t).ok());
    QCOMPARE(changed.count(), 1);
    QCOMPARE(m_outbox->item(*seq)->state, ActionState::Sent);
    QCOMPARE(m_outbox->pendingCount(), 0);
    const auto stored = m_outbox->request(u"R-9"_s);
    QVERIFY(stored);
    QCOMPARE(stored->status, RequestStatus::Received);
    QCOMPARE(stored->outboxSeq, *seq);
}

void TstOutbox::keptStatementsBindAnewAndHoldNothingOpen()
{
    // markSent runs statements prepared once and kept (SqliteFile::statement): each use binds its own
    // values, and between uses a kept statement holds no read snapshot open, which would keep another
    // connection's checkpoint from emptying the WAL (the acknowledgement writer has its own connection).
    QList<qint64> seqs;
    for (int i = 0; i < 3; ++i) {
        const auto seq = m_outbox->enqueue(OutboxItem::Kind::Request, u"POST"_s, u"/v1/me/requests"_s,
                                           complaintBody(u"x%1"_s.arg(i)), u"x"_s);
        QVERIFY(seq.ok());
        seqs << *seq;
    }
    for (int i = 0; i < 3; ++i) {
        TrackedRequest t = request(u"R-%1"_s.arg(i), i == 1 ? u"in_review"_s : u"received"_s);
        t.outboxSeq = seqs[i];
        QVERIFY(m_outbox->markSent(seqs[i], 200 + i, QByteArrayLiteral("{}"), u"R-%1"_s.arg(i), t).ok());
    }
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(m_outbox->serverIdOf(seqs[i]), u"R-%1"_s.arg(i));
        QCOMPARE(m_outbox->item(seqs[i])->lastStatus, 200 + i);
        QCOMPARE(m_outbox->request(u"R-%1"_s.arg(i))->outboxSeq, seqs[i]);
    }
    QCOMPARE(m_outbox->request(u"R-1"_s)->status, RequestStatus::InReview);

    auto other = Outbox::open(m_outbox->path());
    QVERIFY(other.ok());
    QSqlQuery q((*other)->database());
    QVERIFY(q.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s) && q.next());
    QCOMPARE(q.value(0).toInt(), 0); // not SQLITE_BUSY: nobody reads an old snapshot
}

void TstOutbox::refusedKeepsProblemAndConflictEtag()
{
    const auto seq = m_outbox->enqueue(OutboxItem::Kind::FieldUpdate, u"PATCH"_s, u"/v1/me/personal/email"_s,
                                       QJsonObject{{u"value"_s, u"a@b.hk"_s}}, u"email"_s, u"\"v1\""_s);
    QVERIFY(seq.ok());
    const QByteArray problem = R"({"type":"/problems/precondition-failed","status":412,"current":{"value":"c@d.hk"}})";
    QVERIFY(m_outbox->markRefused(*seq, ActionState::Conflict, 412, u"precondition-failed"_s, problem, u"\"v2\""_s).ok());
    const auto item = m_outbox->item(*seq);
    QCOMPARE(item->state, ActionState::Conflict);
    QCOMPARE(item->lastStatus, 412);
    QCOMPARE(item->conflictEtag, u"\"v2\""_s);
    QCOMPARE(item->response, problem);
    QCOMPARE(item->ifMatch, u"\"v1\""_s);
    QCOMPARE(m_outbox->attentionCount(), 1);
    QCOMPARE(m_outbox->pendingCount(), 0);
    QVERIFY(!m_outbox->head());
}

void TstOutbox::requeueGivesNewKeyAndClearsConflict()
{
    const auto seq = m_outbox->enqueue(OutboxItem::Kind::FieldUpdate, u"PATCH"_s, u"/v1/me/personal/email"_s,
                                       QJsonObject{{u"value"_s, u"a@b.hk"_s}}, u"email"_s, u"\"v1\""_s);
    QVERIFY(seq.ok());
    const QString firstKey = m_outbox->item(*seq)->idempotencyKey;
    QVERIFY(m_outbox->markRefused(*seq, ActionState::Conflict, 412, u"precondition-failed"_s, "{}", u"\"v2\""_s).ok());
    QVERIFY(m_outbox->requeue(*seq, QJsonObject{{u"value"_s, u"e@f.hk"_s}}, u"\"v2\""_s).ok());
    const auto item = m_outbox->item(*seq);
    QCOMPARE(item->state, ActionState::Queued);
    QVERIFY(item->idempotencyKey != firstKey);
    QCOMPARE(item->ifMatch, u"\"v2\""_s);
    QVERIFY(item->conflictEtag.isEmpty());
    QCOMPARE(QJsonDocument::fromJson(item->body).object().value(u"value"_s).toString(), u"e@f.hk"_s);
    // A queued item is not requeued again (only refused ones are).
    const QString secondKey = item->idempotencyKey;
    QVERIFY(m_outbox->requeue(*seq).ok());
    QCOMPARE(m_outbox->item(*seq)->idempotencyKey, secondKey);
}

void TstOutbox::discardNeverTouchesSent()
{
    const auto sent = m_outbox->enqueue(OutboxItem::Kind::Consent, u"PUT"_s, u"/v1/me/consents/marketing"_s,
                                        QJsonObject{{u"granted"_s, true}, {u"policy_version"_s, u"1"_s}}, u"marketing"_s);
    const auto queued = m_outbox->enqueue(OutboxItem::Kind::Consent, u"PUT"_s, u"/v1/me/consents/analytics_cookies"_s,
                                          QJsonObject{{u"granted"_s, false}, {u"policy_version"_s, u"1"_s}}, u"analytics_cookies"_s);
    QVERIFY(sent.ok() && queued.ok());
    QCOMPARE(m_outbox->receipts().size(), 2); // the user's own record from the moment they decided
    QVERIFY(m_outbox->markSent(*sent, 200, "{}", u"C-1"_s).ok());
    QVERIFY(m_outbox->discard(*sent).ok());
    QVERIFY(m_outbox->discard(*queued).ok());
    QCOMPARE(m_outbox->item(*sent)->state, ActionState::Sent);
    QCOMPARE(m_outbox->item(*queued)->state, ActionState::Discarded);
    // The discarded change's unconfirmed receipt goes with it.
    const QList<ConsentReceipt> receipts = m_outbox->receipts();
    QCOMPARE(receipts.size(), 1);
    QCOMPARE(receipts.first().purpose, u"marketing"_s);
}

void TstOutbox::failedWriteDoesNotAnnounce()
{
    const auto seq = m_outbox->enqueue(OutboxItem::Kind::Request, u"POST"_s, u"/v1/me/requests"_s, complaintBody(u"x"_s), u"x"_s);
    QVERIFY(seq.ok());
    // Make every write fail, as a full or read-only disk would: a trigger that aborts updates.
    QSqlQuery q(m_outbox->database());
    QVERIFY(q.exec(u"CREATE TRIGGER no_writes BEFORE UPDATE ON outbox BEGIN SELECT RAISE(ABORT, 'disk full'); END"_s));
    QSignalSpy changed(m_outbox.get(), &Outbox::changed);
    const Status s = m_outbox->markRetry(*seq, 503, u"unavailable"_s, QDateTime::currentDateTimeUtc().addSecs(60));
    QVERIFY(!s.ok());
    QCOMPARE(s.error().code, ErrorCode::Storage);
    QCOMPARE(changed.count(), 0);
    QCOMPARE(m_outbox->item(*seq)->attempts, 0); // rolled back
}

void TstOutbox::upsertRequestsReportsStatusChanges()
{
    QVERIFY(m_outbox->upsertRequests({request(u"R-1"_s, u"received"_s), request(u"R-2"_s, u"received"_s)}).ok());
    QSignalSpy changed(m_outbox.get(), &Outbox::changed);
    QList<QPair<TrackedRequest, TrackedRequest>> moved;
    QVERIFY(m_outbox->upsertRequests({request(u"R-1"_s, u"received"_s), request(u"R-2"_s, u"completed"_s),
                                      request(u"R-3"_s, u"escalated"_s)},
                                     &moved)
                .ok());
    QCOMPARE(changed.count(), 1); // one transaction, one announcement
    QCOMPARE(moved.size(), 1);
    QCOMPARE(moved.first().first.status, RequestStatus::Received);
    QCOMPARE(moved.first().second.id, u"R-2"_s);
    QCOMPARE(moved.first().second.status, RequestStatus::Completed);
    // A status this version does not know is stored as sent.
    const auto r3 = m_outbox->request(u"R-3"_s);
    QCOMPARE(r3->status, RequestStatus::Unknown);
    QCOMPARE(r3->statusCode, u"escalated"_s);
    QCOMPARE(m_outbox->requests().size(), 3);
}

void TstOutbox::receiptsAreNotDuplicated()
{
    ConsentReceipt r;
    r.id = u"CR-1"_s;
    r.purpose = u"marketing"_s;
    r.granted = true;
    r.at = QDateTime::currentDateTimeUtc();
    r.policyVersion = u"1"_s;
    QVERIFY(m_outbox->addReceipts({r}).ok());
    QVERIFY(m_outbox->addReceipts({r}).ok());
    QCOMPARE(m_outbox->receipts().size(), 1);
    QVERIFY(m_outbox->receipts().first().confirmed);
}

void TstOutbox::migratesConflictEtagFromVersion1()
{
    m_outbox.reset();
    const QString old = m_dir->filePath(u"old.sqlite"_s);
    {
        // A version 1 outbox, as the app wrote it before: the 412's ETag inside the stored problem.
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"v1"_s);
        db.setDatabaseName(old);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(u"CREATE TABLE outbox (seq INTEGER PRIMARY KEY AUTOINCREMENT, idem_key TEXT NOT NULL UNIQUE, kind TEXT NOT NULL,"
                       " state TEXT NOT NULL, method TEXT NOT NULL, path TEXT NOT NULL, body BLOB, content_type TEXT NOT NULL,"
                       " if_match TEXT NOT NULL DEFAULT '', title TEXT NOT NULL DEFAULT '', attempts INTEGER NOT NULL DEFAULT 0,"
                       " created_at INTEGER NOT NULL, next_attempt_at INTEGER NOT NULL DEFAULT 0, sent_at INTEGER NOT NULL DEFAULT 0,"
                       " last_status INTEGER NOT NULL DEFAULT 0, last_error TEXT NOT NULL DEFAULT '', response BLOB,"
                       " server_id TEXT NOT NULL DEFAULT '', depends_on TEXT NOT NULL DEFAULT '')"_s));
        for (const char *sql : {"CREATE INDEX outbox_state ON outbox(state, seq)",
                                "CREATE TABLE attachments (seq INTEGER PRIMARY KEY REFERENCES outbox(seq) ON DELETE CASCADE,"
                                " filename TEXT NOT NULL, content_type TEXT NOT NULL, data BLOB NOT NULL)",
                                "CREATE TABLE requests (id TEXT PRIMARY KEY, type TEXT NOT NULL, status TEXT NOT NULL, received_at INTEGER NOT NULL,"
                                " due_at INTEGER NOT NULL, extended_due_at INTEGER NOT NULL DEFAULT 0, extension_reason TEXT NOT NULL DEFAULT '',"
                                " status_reason TEXT NOT NULL DEFAULT '', summary TEXT NOT NULL DEFAULT '{}', retained TEXT NOT NULL DEFAULT '[]',"
                                " history TEXT NOT NULL DEFAULT '[]', export_ready INTEGER NOT NULL DEFAULT 0, updated_at INTEGER NOT NULL,"
                                " outbox_seq INTEGER NOT NULL DEFAULT 0)",
                                "CREATE TABLE consent_receipts (local_id TEXT PRIMARY KEY, server_id TEXT NOT NULL DEFAULT '', purpose TEXT NOT NULL,"
                                " granted INTEGER NOT NULL, at INTEGER NOT NULL, policy_version TEXT NOT NULL, confirmed INTEGER NOT NULL DEFAULT 0)"})
            QVERIFY2(q.exec(QString::fromLatin1(sql)), qPrintable(q.lastError().text()));
        q.prepare(u"INSERT INTO outbox(idem_key, kind, state, method, path, body, content_type, if_match, title, created_at, last_status,"
                  " last_error, response) VALUES('k1', 'field_update', 'conflict', 'PATCH', '/v1/me/personal/email', ?, 'application/json',"
                  " '\"v1\"', 'email', 1, 412, 'precondition-failed', ?)"_s);
        q.addBindValue(QByteArrayLiteral(R"({"value":"a@b.hk"})"));
        q.addBindValue(QByteArrayLiteral(R"({"status":412,"current":{"value":"c@d.hk"},"etag":"\"v7\""})"));
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        QVERIFY(q.exec(u"PRAGMA user_version = 1"_s));
        db.close();
    }
    QSqlDatabase::removeDatabase(u"v1"_s);
    auto r = Outbox::open(old);
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().detail));
    const QList<OutboxItem> items = (*r)->items();
    QCOMPARE(items.size(), 1);
    QCOMPARE(items.first().state, ActionState::Conflict);
    QCOMPARE(items.first().conflictEtag, u"\"v7\""_s);
}

QTEST_GUILESS_MAIN(TstOutbox)
#include "tst_outbox.moc"
