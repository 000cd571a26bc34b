// SPDX-License-Identifier: GPL-3.0-or-later
// RequestsModel: the user's requests, those still only in the local outbox and those the provider
// tracks, with due dates, overdue marking and a readable timeline.
#include "Fixtures.h"
#include "models/Labels.h"
#include "models/RequestsModel.h"
#include "store/Outbox.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace pd;
using namespace pd::test;
using namespace Qt::StringLiterals;

namespace {

TrackedRequest tracked(const QString &id, const QString &type, const QString &status, const QDateTime &received)
{
    TrackedRequest t;
    t.id = id;
    t.setType(type);
    t.setStatus(status);
    t.receivedAt = received;
    t.dueAt = received.addMonths(1);
    t.extensionReason = u""_s; // the provider sends null; see nullReasonsAreStored
    t.statusReason = u""_s;
    t.updatedAt = received;
    return t;
}

QByteArray json(const QJsonArray &a)
{
    return QJsonDocument(a).toJson(QJsonDocument::Compact);
}

const QList<Outbox::NewAttachment> kProof{{u"id.pdf"_s, u"application/pdf"_s, QByteArrayLiteral("%PDF-1.4\n%%EOF\n")}};

/// Queues a correction request with one attachment (a proof), as ActionQueue does.
Result<qint64> queueCorrection(Outbox &o, const QString &field, const QString &value)
{
    return o.enqueue(OutboxItem::Kind::Request, u"POST"_s, u"/v1/me/requests"_s,
                     QJsonObject{{u"type"_s, u"correction"_s}, {u"field"_s, field}, {u"proposed_value"_s, value},
                                 {u"reason"_s, u"It is wrong"_s}},
                     u"Correct my "_s + field, u""_s, kProof);
}

} // namespace

class TstRequestsModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void empty();
    void trackedRequests();
    void overdue();
    void details();
    void localItemsComeFirst();
    void trackedReplacesItsLocalItem();
    void refusedItemsNeedAttention();
    void headers();
    void labels();
    void nullReasonsAreStored();
    void enqueueWithoutAttachmentOrIfMatch_data();
    void enqueueWithoutAttachmentOrIfMatch();

private:
    void fillTracked();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Outbox> m_outbox;
};

void TstRequestsModel::initTestCase()
{
    QLocale::setDefault(QLocale::c());
}

void TstRequestsModel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto r = Outbox::open(m_dir->filePath(u"outbox.sqlite"_s));
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().detail));
    m_outbox = std::move(r).value();
}

void TstRequestsModel::cleanup()
{
    m_outbox.reset();
    m_dir.reset();
}

void TstRequestsModel::fillTracked()
{
    TrackedRequest del = tracked(u"R-1"_s, u"deletion"_s, u"in_review"_s, utcTime(2025, 11, 1, 9));
    del.summary = QJsonObject{{u"type"_s, u"deletion"_s}, {u"scope"_s, u"records"_s}};
    del.extendedDueAt = utcTime(2026, 1, 1, 9);
    del.extensionReason = u"Many records to check"_s;
    del.retained = json({QJsonObject{{u"category"_s, u"registration"_s}, {u"reason"_s, u"legal_obligation"_s},
                                     {u"until"_s, u"2032-11-01T00:00:00Z"_s}}});
    del.history = json({QJsonObject{{u"status"_s, u"received"_s}, {u"at"_s, u"2025-11-01T09:00:00Z"_s}, {u"note"_s, QJsonValue::Null}},
                        QJsonObject{{u"status"_s, u"in_review"_s}, {u"at"_s, u"2025-11-02T10:00:00Z"_s}, {u"note"_s, u"Assigned to DPO"_s}}});
    TrackedRequest exp = tracked(u"R-2"_s, u"export"_s, u"completed"_s, utcTime(2025, 10, 1, 9));
    exp.exportReady = true;
    TrackedRequest complaint = tracked(u"R-3"_s, u"complaint"_s, u"needs_info"_s, utcTime(2025, 11, 5, 9));
    complaint.summary = QJsonObject{{u"type"_s, u"complaint"_s}, {u"subject"_s, u"Slow support"_s}};
    complaint.statusReason = u"Which ticket number?"_s;
    for (const TrackedRequest &t : {del, exp, complaint})
        QVERIFY(m_outbox->upsertRequest(t).ok());
}

void TstRequestsModel::empty()
{
    RequestsModel m(m_outbox.get());
    QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(m.rowCount(), 0);
    QCOMPARE(m.columnCount(), int(RequestsModel::ColumnCount));
    QCOMPARE(m.openCount(), 0);
    QCOMPARE(m.overdueCount(), 0);
    RequestsModel none(nullptr);
    QCOMPARE(none.rowCount(), 0);
}

void TstRequestsModel::trackedRequests()
{
    fillTracked();
    RequestsModel m(m_outbox.get());
    m.setNow(utcTime(2025, 11, 10));
    QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(m.rowCount(), 3);
    // Newest first.
    QStringList ids;
    for (int r = 0; r < m.rowCount(); ++r)
        ids << m.data(m.index(r, 0), RequestsModel::RequestIdRole).toString();
    QCOMPARE(ids, (QStringList{u"R-3"_s, u"R-1"_s, u"R-2"_s}));

    QCOMPARE(m.data(m.index(0, RequestsModel::Type)).toString(), u"Complaint or suggestion"_s);
    QCOMPARE(m.data(m.index(0, RequestsModel::Subject)).toString(), u"Slow support"_s);
    QCOMPARE(m.data(m.index(0, RequestsModel::Status)).toString(), u"More information needed"_s);
    QCOMPARE(m.data(m.index(0, 0), RequestsModel::StatusCodeRole).toString(), u"needs_info"_s);
    QCOMPARE(m.data(m.index(0, RequestsModel::Received)).toString(), Labels::dateTime(utcTime(2025, 11, 5, 9)));
    QCOMPARE(m.data(m.index(0, RequestsModel::Due)).toString(), Labels::date(utcTime(2025, 12, 5, 9).toLocalTime().date()));
    QCOMPARE(m.data(m.index(0, RequestsModel::Received), RequestsModel::SortValueRole).toDateTime(), utcTime(2025, 11, 5, 9));

    // The extended date is the one that counts.
    QCOMPARE(m.data(m.index(1, RequestsModel::Due), RequestsModel::SortValueRole).toDateTime(), utcTime(2026, 1, 1, 9));
    QCOMPARE(m.data(m.index(1, RequestsModel::Type)).toString(), u"Deletion"_s);

    QCOMPARE(m.data(m.index(2, RequestsModel::Status)).toString(), u"Completed"_s);
    QCOMPARE(m.data(m.index(2, 0), RequestsModel::OpenRole).toBool(), false);
    QCOMPARE(m.data(m.index(0, 0), RequestsModel::OpenRole).toBool(), true);
    QCOMPARE(m.openCount(), 2);

    // The screen reader hears the type with the status.
    const QString acc = m.data(m.index(0, RequestsModel::Type), Qt::AccessibleTextRole).toString();
    QVERIFY2(acc.contains(u"Complaint"_s) && acc.contains(u"More information needed"_s), qPrintable(acc));
}

void TstRequestsModel::overdue()
{
    fillTracked();
    RequestsModel m(m_outbox.get());
    m.setNow(utcTime(2025, 12, 20)); // R-3 (due 5 Dec) is overdue; R-1 was extended to 1 Jan
    QCOMPARE(m.overdueCount(), 1);
    QCOMPARE(m.data(m.index(0, 0), RequestsModel::OverdueRole).toBool(), true);
    QVERIFY(m.data(m.index(0, RequestsModel::Status)).toString().contains(u"overdue"_s));
    QCOMPARE(m.data(m.index(1, 0), RequestsModel::OverdueRole).toBool(), false);
    QVERIFY(!m.data(m.index(1, RequestsModel::Status)).toString().contains(u"overdue"_s));
    m.setNow(utcTime(2026, 2, 1));
    QCOMPARE(m.overdueCount(), 2);
    // A completed request is never overdue.
    QCOMPARE(m.data(m.index(2, 0), RequestsModel::OverdueRole).toBool(), false);
    m.setNow(utcTime(2025, 11, 6));
    QCOMPARE(m.overdueCount(), 0);
}

void TstRequestsModel::details()
{
    fillTracked();
    RequestsModel m(m_outbox.get());
    const QString d = m.data(m.index(1, 0), RequestsModel::DetailsRole).toString();
    QVERIFY2(d.contains(u"Request R-1"_s), qPrintable(d));
    QVERIFY2(d.contains(u"extended"_s) && d.contains(u"Many records to check"_s), qPrintable(d));
    QVERIFY2(d.contains(Labels::category(Category::Registration)), qPrintable(d));
    QVERIFY2(d.contains(Labels::retentionReason(u"legal_obligation"_s)), qPrintable(d));
    QVERIFY2(d.contains(Labels::dateTime(utcTime(2032, 11, 1))), qPrintable(d));
    QVERIFY2(d.contains(u"Being reviewed (Assigned to DPO)"_s), qPrintable(d));
    QVERIFY2(d.contains(Labels::dateTime(utcTime(2025, 11, 2, 10))), qPrintable(d));
    QVERIFY(!d.contains(u"legal_obligation"_s)); // words, not codes
    const QString c = m.data(m.index(0, 0), RequestsModel::DetailsRole).toString();
    QVERIFY2(c.contains(u"Which ticket number?"_s), qPrintable(c));
}

void TstRequestsModel::localItemsComeFirst()
{
    fillTracked();
    const auto a = queueCorrection(*m_outbox, u"name"_s, u"Alice Chan Tai-man"_s);
    QVERIFY2(a.ok(), qPrintable(a.ok() ? QString() : a.error().detail));
    const auto b = queueCorrection(*m_outbox, u"address"_s, u"2 Queen's Road"_s);
    QVERIFY(b.ok());
    RequestsModel m(m_outbox.get());
    m.setNow(utcTime(2025, 11, 10));
    QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
    // Two local items (their attachments are part of them, not rows of their own), then 3 tracked.
    QCOMPARE(m.rowCount(), 5);
    QCOMPARE(m.data(m.index(0, 0), RequestsModel::OutboxSeqRole).toLongLong(), *b); // newest local first
    QCOMPARE(m.data(m.index(1, 0), RequestsModel::OutboxSeqRole).toLongLong(), *a);
    QCOMPARE(m.data(m.index(1, RequestsModel::Type)).toString(), u"Correction"_s);
    // The subject is what the correction is about, in words: the field's label.
    QCOMPARE(m.data(m.index(1, RequestsModel::Subject)).toString(), u"Name"_s);
    QCOMPARE(m.data(m.index(1, 0), RequestsModel::StatusCodeRole).toString(), u"queued"_s);
    QCOMPARE(m.data(m.index(1, RequestsModel::Status)).toString(), u"Saved on this computer, waiting to send"_s);
    QVERIFY(m.data(m.index(1, 0), RequestsModel::RequestIdRole).toString().isEmpty());
    QVERIFY(m.data(m.index(1, 0), RequestsModel::DetailsRole).toString().startsWith(u"Saved on this computer"_s));
    QVERIFY(m.data(m.index(1, RequestsModel::Received)).toString().size() > 0);
    QCOMPARE(m.openCount(), 4);
    QCOMPARE(m.data(m.index(2, 0), RequestsModel::RequestIdRole).toString(), u"R-3"_s);

    // A failed attempt is mentioned, with the promise of another.
    QVERIFY(m_outbox->markRetry(*a, 503, u"/problems/unavailable"_s, QDateTime::currentDateTimeUtc().addSecs(30)).ok());
    m.reload();
    QVERIFY2(m.data(m.index(1, 0), RequestsModel::DetailsRole).toString().contains(u"again"_s),
             qPrintable(m.data(m.index(1, 0), RequestsModel::DetailsRole).toString()));
}

void TstRequestsModel::trackedReplacesItsLocalItem()
{
    const auto seq = queueCorrection(*m_outbox, u"email"_s, u"alice@example.org"_s);
    QVERIFY2(seq.ok(), qPrintable(seq.ok() ? QString() : seq.error().detail));
    RequestsModel m(m_outbox.get());
    m.setNow(utcTime(2025, 11, 10));
    QCOMPARE(m.rowCount(), 1);
    QSignalSpy reset(&m, &QAbstractItemModel::modelReset);
    // Sent and acknowledged: the provider's request carries the outbox seq.
    QVERIFY(m_outbox->markSent(*seq, 201, QByteArrayLiteral("{}"), u"R-9"_s).ok());
    TrackedRequest t = tracked(u"R-9"_s, u"correction"_s, u"received"_s, utcTime(2025, 11, 9));
    t.summary = QJsonObject{{u"type"_s, u"correction"_s}, {u"field"_s, u"email"_s}};
    t.outboxSeq = *seq;
    QVERIFY(m_outbox->upsertRequest(t).ok());
    m.reload();
    QCOMPARE(reset.size(), 1);
    QCOMPARE(m.rowCount(), 1);
    QCOMPARE(m.data(m.index(0, 0), RequestsModel::RequestIdRole).toString(), u"R-9"_s);
    QCOMPARE(m.data(m.index(0, 0), RequestsModel::OutboxSeqRole).toLongLong(), *seq);
    QCOMPARE(m.data(m.index(0, RequestsModel::Subject)).toString(), u"Email address"_s);
    QCOMPARE(m.data(m.index(0, RequestsModel::Status)).toString(), u"Received by Hong Kong Cloud"_s);
}

void TstRequestsModel::refusedItemsNeedAttention()
{
    // The model treats every kind alike here; corrections are used because they can be queued.
    const auto a = queueCorrection(*m_outbox, u"email"_s, u"not-an-email"_s);
    const auto b = queueCorrection(*m_outbox, u"mobile"_s, u"+852 5123 0000"_s);
    QVERIFY(a.ok() && b.ok());
    QVERIFY(m_outbox->markRefused(*a, OutboxItem::State::Attention, 422, u"/problems/invalid-value"_s, "{}").ok());
    QVERIFY(m_outbox->markRefused(*b, OutboxItem::State::Conflict, 412, u"/problems/precondition-failed"_s, "{}").ok());
    RequestsModel m(m_outbox.get());
    QCOMPARE(m.rowCount(), 2);
    QCOMPARE(m.data(m.index(0, 0), RequestsModel::StatusCodeRole).toString(), u"conflict"_s);
    QCOMPARE(m.data(m.index(1, 0), RequestsModel::StatusCodeRole).toString(), u"attention"_s);
    QVERIFY(m.data(m.index(0, RequestsModel::Status)).toString().contains(u"choose"_s));
    QVERIFY(m.data(m.index(1, RequestsModel::Status)).toString().contains(u"attention"_s));
    QCOMPARE(m.data(m.index(1, 0), RequestsModel::OpenRole).toBool(), true);
    // A discarded item is gone from the list.
    QVERIFY(m_outbox->discard(*a).ok());
    m.reload();
    QCOMPARE(m.rowCount(), 1);
    QCOMPARE(m.data(m.index(0, 0), RequestsModel::OutboxSeqRole).toLongLong(), *b);
}

void TstRequestsModel::headers()
{
    RequestsModel m(m_outbox.get());
    QSet<QString> seen;
    for (int c = 0; c < m.columnCount(); ++c) {
        const QString h = m.headerData(c, Qt::Horizontal).toString();
        QVERIFY(!h.isEmpty());
        QCOMPARE(m.headerData(c, Qt::Horizontal, Qt::AccessibleTextRole).toString(), h);
        seen.insert(h);
    }
    QCOMPARE(seen.size(), m.columnCount());
    QVERIFY(!m.headerData(m.columnCount(), Qt::Horizontal).isValid());
    QVERIFY(!m.headerData(0, Qt::Vertical).isValid());
}

void TstRequestsModel::labels()
{
    QSet<QString> seen;
    const QStringList types{u"correction"_s, u"deletion"_s, u"complaint"_s, u"cancel_account"_s, u"export"_s,
                            u"field_update"_s, u"consent"_s, u"cancel_request"_s};
    for (const QString &t : types) {
        QVERIFY(RequestsModel::typeLabel(t) != t);
        seen.insert(RequestsModel::typeLabel(t));
    }
    QCOMPARE(seen.size(), types.size());
    seen.clear();
    const QStringList statuses{u"queued"_s, u"attention"_s, u"conflict"_s, u"received"_s,
                               u"in_review"_s, u"needs_info"_s, u"completed"_s, u"rejected"_s, u"cancelled"_s};
    for (const QString &s : statuses) {
        QVERIFY(RequestsModel::statusLabel(s) != s);
        seen.insert(RequestsModel::statusLabel(s));
    }
    QCOMPARE(seen.size(), statuses.size());
    QCOMPARE(RequestsModel::typeLabel(u"new_kind"_s), u"new_kind"_s);
    QCOMPARE(RequestsModel::statusLabel(u"new_status"_s), u"new_status"_s);

    // Every value of the typed enums has words of its own (a new one without them fails here).
    using P = RequestsModel::Progress;
    seen.clear();
    for (int p = 0; p < int(P::Unknown); ++p) {
        const QString label = RequestsModel::statusLabel(P(p), u"code"_s);
        QVERIFY2(!label.isEmpty() && label != u"code"_s, qPrintable(QString::number(p)));
        seen.insert(label);
    }
    QCOMPARE(seen.size(), int(P::Unknown));
    QCOMPARE(RequestsModel::statusLabel(P::Unknown, u"escalated"_s), u"escalated"_s);
    seen.clear();
    for (int k = 0; k < int(ActionKind::Attachment); ++k) {
        const QString label = RequestsModel::typeLabel(ActionKind(k), u"code"_s);
        QVERIFY2(!label.isEmpty() && label != u"code"_s, qPrintable(QString::number(k)));
        seen.insert(label);
    }
    QCOMPARE(seen.size(), int(ActionKind::Attachment));
    QCOMPARE(RequestsModel::typeLabel(ActionKind::Unknown, u"portability"_s), u"portability"_s);
    // The provider's statuses map onto the model's, none to Unknown.
    for (int s = 0; s < int(RequestStatus::Unknown); ++s)
        QVERIFY(RequestsModel::progressOf(RequestStatus(s)) != P::Unknown);
}

void TstRequestsModel::nullReasonsAreStored()
{
    // What the codec makes of the provider's usual {"extension_reason":null,"status_reason":null}:
    // null QStrings. The outbox must keep such a request (as empty text).
    TrackedRequest t = tracked(u"R-5"_s, u"complaint"_s, u"received"_s, utcTime(2025, 11, 1));
    t.extensionReason = QString();
    t.statusReason = QString();
    const Status s = m_outbox->upsertRequest(t);
    QVERIFY2(s.ok(), qPrintable(s.ok() ? QString() : s.error().detail));
    QVERIFY(m_outbox->request(u"R-5"_s).has_value());
    RequestsModel m(m_outbox.get());
    QCOMPARE(m.rowCount(), 1);
    QVERIFY(!m.data(m.index(0, 0), RequestsModel::DetailsRole).toString().contains(u"says"_s));
}

void TstRequestsModel::enqueueWithoutAttachmentOrIfMatch_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<QString>("ifMatch");
    QTest::newRow("complaint") << int(OutboxItem::Kind::Request) << u"POST"_s << u"/v1/me/requests"_s
                               << QJsonObject{{u"type"_s, u"complaint"_s}, {u"kind"_s, u"complaint"_s},
                                              {u"subject"_s, u"Slow support"_s}, {u"message"_s, u"Three days"_s}}
                               << QString();
    QTest::newRow("consent") << int(OutboxItem::Kind::Consent) << u"PUT"_s << u"/v1/me/consents/marketing"_s
                             << QJsonObject{{u"granted"_s, true}, {u"policy_version"_s, u"2025-05-14"_s}} << QString();
    QTest::newRow("field update with If-Match") << int(OutboxItem::Kind::FieldUpdate) << u"PATCH"_s
                                                << u"/v1/me/personal/email"_s
                                                << QJsonObject{{u"value"_s, u"alice@example.org"_s}} << u"\"e1\""_s;
}

void TstRequestsModel::enqueueWithoutAttachmentOrIfMatch()
{
    // What ActionQueue queues for complaints, exports, consents, cancellations and field updates.
    // The outbox binds the null If-Match (default argument) and the empty list of dependencies as
    // SQL NULL into NOT NULL columns, so the action is refused before anything is saved.
    QFETCH(int, kind);
    QFETCH(QString, method);
    QFETCH(QString, path);
    QFETCH(QJsonObject, body);
    QFETCH(QString, ifMatch);
    const auto r = m_outbox->enqueue(OutboxItem::Kind(kind), method, path, body, u"title"_s, ifMatch);
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().detail));
    RequestsModel m(m_outbox.get());
    QCOMPARE(m.rowCount(), 1);
    QCOMPARE(m.data(m.index(0, 0), RequestsModel::OutboxSeqRole).toLongLong(), *r);
    QCOMPARE(m.data(m.index(0, 0), RequestsModel::StatusCodeRole).toString(), u"queued"_s);
    if (OutboxItem::Kind(kind) == OutboxItem::Kind::Consent) {
        // The user's record of the decision exists from the moment it is queued, unconfirmed.
        QCOMPARE(m_outbox->receipts().size(), 1);
        QCOMPARE(m_outbox->receipts().at(0).confirmed, false);
        QCOMPARE(m_outbox->receipts().at(0).purpose, u"marketing"_s);
    }
}

QTEST_GUILESS_MAIN(TstRequestsModel)
#include "tst_requestsmodel.moc"
