// SPDX-License-Identifier: GPL-3.0-or-later
// The customer's access log in a real SQLite cache file: entries kept exactly as received, and the
// witness that warns when an entry seen earlier changes or disappears, when the chain breaks
// (reordered, inserted), or when the signed checkpoint goes backwards. Plus AccessLogModel under
// QAbstractItemModelTester.
#include "domain/HashChain.h"
#include "domain/Jcs.h"
#include "domain/StaffCodecs.h"
#include "models/AccessLogModel.h"
#include "models/Labels.h"
#include "store/AccessLogStore.h"
#include "store/CacheDb.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace pd;
using namespace Qt::StringLiterals;

namespace {

/// A chain of `n` entries as the provider sends them (docs/api/staff.md), hashes included.
QList<QJsonObject> chain(int n, const QString &prev = hashchain::genesis(), int firstSeq = 1)
{
    QList<QJsonObject> out;
    QString p = prev;
    for (int i = 0; i < n; ++i) {
        const int seq = firstSeq + i;
        const bool open = seq % 2 == 1;
        QJsonObject e{{u"seq"_s, seq},
                      {u"at"_s, QDateTime(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC).addSecs(seq * 600).toString(Qt::ISODate)},
                      {u"staff"_s, u"Support agent 7"_s},
                      {u"action"_s, open ? u"grant_opened"_s : u"grant_ended"_s},
                      {u"reason"_s, u"customer_request"_s},
                      {u"ticket"_s, u"T-%1"_s.arg(100 + (seq + 1) / 2)},
                      {u"categories"_s, QJsonArray{u"registration"_s, u"devices"_s}},
                      {u"grant_id"_s, u"G-%1"_s.arg((seq + 1) / 2)},
                      {u"grant_minutes"_s, 30},
                      {u"details"_s, open ? QJsonObject{{u"justification"_s, u"Customer called about a bill, résumé ✓"_s},
                                                        {u"status"_s, u"active"_s}}
                                         : QJsonObject{{u"was"_s, u"active"_s}}},
                      {u"prev_hash"_s, p}};
        e.insert(u"hash"_s, hashchain::hashOf(p, e));
        p = e.value(u"hash"_s).toString();
        out << e;
    }
    return out;
}

QList<AccessEntry> decode(const QList<QJsonObject> &raws)
{
    QList<AccessEntry> out;
    for (const QJsonObject &r : raws)
        out << codec::accessEntryFromJson(r);
    return out;
}

Checkpoint checkpointAt(const QList<QJsonObject> &raws, qint64 seq, const QString &key = u"k1"_s)
{
    Checkpoint c;
    c.accountId = u"C-1001"_s;
    c.seq = seq;
    c.head = seq > 0 ? raws.at(seq - 1).value(u"hash"_s).toString() : hashchain::genesis();
    c.at = QDateTime::currentDateTimeUtc();
    c.keyId = key;
    c.signature = u"c2lnbmF0dXJl"_s;
    c.raw = QJsonObject{{u"account_id"_s, c.accountId}, {u"seq"_s, c.seq}, {u"head"_s, c.head},
                        {u"at"_s, c.at.toString(Qt::ISODate)}, {u"key_id"_s, c.keyId}, {u"signature"_s, c.signature}};
    return c;
}

/// Recomputes every hash after a change, as someone who can write the provider's database could.
QList<QJsonObject> rehash(QList<QJsonObject> raws)
{
    QString prev = hashchain::genesis();
    for (QJsonObject &e : raws) {
        e.insert(u"prev_hash"_s, prev);
        e.insert(u"hash"_s, hashchain::hashOf(prev, e));
        prev = e.value(u"hash"_s).toString();
    }
    return raws;
}

bool has(const QList<WitnessWarning> &ws, WitnessWarning::Kind kind, qint64 seq = -1)
{
    for (const WitnessWarning &w : ws)
        if (w.kind == kind && (seq < 0 || w.seq == seq))
            return true;
    return false;
}

} // namespace

class TestAccessLogStore : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<CacheDb> m_db;

    AccessLogStore store() { return AccessLogStore(m_db.get()); }

    /// A fresh cache that has witnessed the first `n` entries of `raws`.
    void seen(const QList<QJsonObject> &raws, int n)
    {
        const QList<QJsonObject> part = raws.mid(0, n);
        auto r = store().witness(decode(part), checkpointAt(raws, n));
        QVERIFY(r);
        QVERIFY2(r->warnings.isEmpty(), qPrintable(witnessKindCode(r->warnings.value(0).kind)));
    }

    void insertedAndRenumbered(const QList<QJsonObject> &more)
    {
        auto r = store().witness(decode(rehash(more)), std::nullopt);
        QVERIFY(r);
        QVERIFY(has(r->warnings, WitnessWarning::Kind::Changed, 3));
        QVERIFY(has(r->warnings, WitnessWarning::Kind::Changed, 4));
        QCOMPARE(r->added.size(), 1); // the renumbered last one is "new"; the warnings say why
    }

private Q_SLOTS:
    void init()
    {
        m_db.reset();
        QFile::remove(m_dir.filePath(u"cache.sqlite"_s));
        auto db = CacheDb::open(m_dir.filePath(u"cache.sqlite"_s));
        QVERIFY(db);
        m_db = std::move(db).value();
        QVERIFY(m_db->userVersion() >= 3); // the access log's tables came with v3
    }

    void storesAndReadsBackExactly()
    {
        const QList<QJsonObject> raws = chain(4);
        QVERIFY(!store().hasWitnessed());
        auto r = store().witness(decode(raws), checkpointAt(raws, 4));
        QVERIFY(r);
        QVERIFY(r->warnings.isEmpty());
        QCOMPARE(r->added.size(), 4);
        QVERIFY(store().hasWitnessed());

        // Reopen the file: what was kept is what was received, byte for byte in canonical form.
        m_db.reset();
        auto db = CacheDb::open(m_dir.filePath(u"cache.sqlite"_s));
        QVERIFY(db);
        m_db = std::move(db).value();
        const QMap<qint64, KeptEntry> kept = store().kept();
        QCOMPARE(kept.size(), 4);
        for (const QJsonObject &raw : raws) {
            const KeptEntry k = kept.value(raw.value(u"seq"_s).toInteger());
            QCOMPARE(k.raw, raw);
            QCOMPARE(jcs::serialize(k.raw), jcs::serialize(raw));
            QCOMPARE(k.hash, raw.value(u"hash"_s).toString());
            QCOMPARE(hashchain::hashOf(raw.value(u"prev_hash"_s).toString(), k.raw), k.hash);
        }
        const QList<AccessEntry> entries = store().entries();
        QCOMPARE(entries.size(), 4);
        QCOMPARE(entries.first().staff, u"Support agent 7"_s);
        QCOMPARE(entries.first().reason, AccessReason::CustomerRequest);
        QCOMPARE(entries.first().details.value(u"justification"_s).toString(), u"Customer called about a bill, résumé ✓"_s);
        QCOMPARE(store().lastCheckpoint()->seq, 4);
        QCOMPARE(store().lastCheckpoint()->head, raws.at(3).value(u"hash"_s).toString());

        // The same log again: nothing new, nothing wrong; two more: exactly those are new.
        r = store().witness(decode(raws), checkpointAt(raws, 4));
        QVERIFY(r && r->added.isEmpty() && r->warnings.isEmpty());
        const QList<QJsonObject> longer = chain(6);
        r = store().witness(decode(longer), checkpointAt(longer, 6));
        QVERIFY(r && r->warnings.isEmpty());
        QCOMPARE(r->added.size(), 2);
        QCOMPARE(r->added.at(0).seq, 5);
        QCOMPARE(store().entryCount(), 6);
    }

    void changedEntryIsWarnedAndTheFirstVersionKept()
    {
        const QList<QJsonObject> raws = chain(5);
        seen(raws, 5);
        QList<QJsonObject> tampered = raws;
        tampered[2].insert(u"reason"_s, u"legal_duty"_s); // hash left as it was: the chain breaks too
        auto r = store().witness(decode(tampered), checkpointAt(raws, 5));
        QVERIFY(r);
        QVERIFY(has(r->warnings, WitnessWarning::Kind::Changed, 3));
        QVERIFY(has(r->warnings, WitnessWarning::Kind::ChainBroken, 3));
        QCOMPARE(store().kept().value(3).raw, raws.at(2));

        // Rewritten with every hash recomputed: the chain holds, the witness still sees the change.
        init();
        seen(raws, 5);
        const QList<QJsonObject> rewritten = rehash(tampered);
        r = store().witness(decode(rewritten), checkpointAt(rewritten, 5));
        QVERIFY(r);
        QVERIFY(!has(r->warnings, WitnessWarning::Kind::ChainBroken));
        QVERIFY(has(r->warnings, WitnessWarning::Kind::Changed, 3));
        QVERIFY(has(r->warnings, WitnessWarning::Kind::Changed, 5)); // its hash changed with the rest
        QVERIFY(!has(r->warnings, WitnessWarning::Kind::Changed, 2));
        // The checkpoint for the same sequence names another head.
        QVERIFY(has(r->warnings, WitnessWarning::Kind::CheckpointMismatch, 5));
    }

    void disappearedEntryIsWarned()
    {
        const QList<QJsonObject> raws = chain(5);
        seen(raws, 5);
        QList<QJsonObject> less = raws;
        less.removeAt(1);
        auto r = store().witness(decode(less), checkpointAt(raws, 5));
        QVERIFY(r);
        QVERIFY(has(r->warnings, WitnessWarning::Kind::Disappeared, 2));
        QVERIFY(has(r->warnings, WitnessWarning::Kind::ChainBroken, 3));

        // Truncated tail.
        init();
        seen(raws, 5);
        r = store().witness(decode(raws.mid(0, 3)), checkpointAt(raws, 3));
        QVERIFY(r);
        QVERIFY(has(r->warnings, WitnessWarning::Kind::Disappeared, 4));
        QVERIFY(has(r->warnings, WitnessWarning::Kind::Disappeared, 5));
        QVERIFY(has(r->warnings, WitnessWarning::Kind::CheckpointBackwards, 3));
        QCOMPARE(store().lastCheckpoint()->seq, 5); // the later one is kept
    }

    void reorderedEntriesBreakTheChain()
    {
        const QList<QJsonObject> raws = chain(5);
        seen(raws, 3);
        QList<QJsonObject> swapped = raws;
        swapped.swapItemsAt(3, 4); // new entries, sent out of order
        auto r = store().witness(decode(swapped), checkpointAt(raws, 5));
        QVERIFY(r);
        QVERIFY(has(r->warnings, WitnessWarning::Kind::ChainBroken, 5));
        const auto broken = std::find_if(r->warnings.cbegin(), r->warnings.cend(),
                                         [](const WitnessWarning &w) { return w.kind == WitnessWarning::Kind::ChainBroken; });
        QCOMPARE(broken->detail, u"wrong_order"_s);

        // Two seen entries swapping contents (numbers kept): both read differently now.
        init();
        seen(raws, 5);
        QList<QJsonObject> contents = raws;
        QJsonObject a = contents[1], b = contents[2];
        a.insert(u"seq"_s, 3);
        b.insert(u"seq"_s, 2);
        contents[1] = b;
        contents[2] = a;
        r = store().witness(decode(rehash(contents)), std::nullopt);
        QVERIFY(r);
        QVERIFY(has(r->warnings, WitnessWarning::Kind::Changed, 2));
        QVERIFY(has(r->warnings, WitnessWarning::Kind::Changed, 3));
    }

    void insertedEntryIsWarned()
    {
        const QList<QJsonObject> raws = chain(4);
        seen(raws, 4);
        // An entry slipped in after entry 2, and the later ones renumbered and rehashed.
        QList<QJsonObject> more = raws;
        QJsonObject extra = raws.at(1);
        extra.insert(u"ticket"_s, u"T-999"_s);
        more.insert(2, extra);
        for (int i = 0; i < more.size(); ++i)
            more[i].insert(u"seq"_s, i + 1);
        insertedAndRenumbered(more);
        // Inserted without renumbering: two entries claim one number.
        init();
        seen(raws, 4);
        QList<QJsonObject> dup = raws;
        dup.insert(2, extra);
        auto r = store().witness(decode(dup), std::nullopt);
        QVERIFY(r);
        QVERIFY(has(r->warnings, WitnessWarning::Kind::ChainBroken));
    }

    void checkpointBackwardsAndKeyChange()
    {
        const QList<QJsonObject> raws = chain(4);
        seen(raws, 4);
        auto r = store().witness(decode(raws), checkpointAt(raws, 2));
        QVERIFY(r);
        QVERIFY(has(r->warnings, WitnessWarning::Kind::CheckpointBackwards, 2));
        QCOMPARE(store().lastCheckpoint()->seq, 4);
        r = store().witness(decode(raws), checkpointAt(raws, 4, u"k2"_s));
        QVERIFY(r);
        QVERIFY(has(r->warnings, WitnessWarning::Kind::KeyChanged));
    }

    void warningsStayUntilDismissedAndAreRecordedOnce()
    {
        const QList<QJsonObject> raws = chain(3);
        seen(raws, 3);
        QList<QJsonObject> less = raws.mid(0, 2);
        QVERIFY(store().witness(decode(less), std::nullopt));
        QVERIFY(store().witness(decode(less), std::nullopt)); // seen again: recorded once
        QList<WitnessWarning> ws = store().warnings();
        QCOMPARE(ws.size(), 1);
        QCOMPARE(ws.first().kind, WitnessWarning::Kind::Disappeared);
        QCOMPARE(ws.first().seq, 3);
        QVERIFY(ws.first().detectedAt.isValid());
        QVERIFY(store().dismissWarning(ws.first().id));
        QVERIFY(store().warnings().isEmpty());
        QCOMPARE(store().warnings(true).size(), 1);
        QVERIFY(store().warnings(true).first().dismissed);
        // Still kept: the entry the provider no longer has.
        QCOMPARE(store().entryCount(), 3);
    }

    void grantsAndAskFirst()
    {
        QVERIFY(!store().askFirst());
        QVERIFY(store().setAskFirst(true));
        QCOMPARE(store().askFirst(), std::optional<bool>(true));
        Grant g;
        g.id = u"G-7"_s;
        g.staff = u"Support agent 7"_s;
        g.reasonCode = u"security_fraud"_s;
        g.ticket = u"T-1"_s;
        g.justification = u"Unusual sign-in from abroad"_s;
        g.categories = {Category::Registration, Category::Devices};
        g.minutes = 45;
        g.status = GrantStatus::Pending;
        g.requestedAt = QDateTime::currentDateTimeUtc().addSecs(-60);
        QVERIFY(store().replaceGrants({g}));
        QList<Grant> back = store().grants();
        QCOMPARE(back.size(), 1);
        QCOMPARE(back.first().reason, AccessReason::SecurityFraud);
        QCOMPARE(back.first().categories, g.categories);
        QCOMPARE(back.first().status, GrantStatus::Pending);
        g.status = GrantStatus::Active;
        g.expiresAt = g.requestedAt.addSecs(45 * 60);
        QVERIFY(store().upsertGrant(g));
        back = store().grants();
        QCOMPARE(back.size(), 1);
        QCOMPARE(back.first().status, GrantStatus::Active);
        QCOMPARE(back.first().expiresAt.toSecsSinceEpoch(), g.expiresAt.toSecsSinceEpoch());
    }

    void model()
    {
        const QList<QJsonObject> raws = chain(4);
        seen(raws, 4);
        AccessLogModel m(m_db.get());
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(m.rowCount(), 4);
        QCOMPARE(m.columnCount(), int(AccessLogModel::ColumnCount));
        // Newest first, in words.
        QCOMPARE(m.index(0, 0).data(AccessLogModel::SeqRole).toLongLong(), 4);
        QCOMPARE(m.index(0, AccessLogModel::Staff).data().toString(), u"Support agent 7"_s);
        QCOMPARE(m.index(3, AccessLogModel::Action).data().toString(), Labels::accessAction(u"grant_opened"_s));
        QCOMPARE(m.index(3, AccessLogModel::Reason).data().toString(), u"You asked us for help"_s);
        QCOMPARE(m.index(3, AccessLogModel::Ticket).data().toString(), u"T-101"_s);
        QVERIFY(m.index(3, AccessLogModel::Categories).data().toString().contains(Labels::category(Category::Devices)));
        // Opened at seq 1, ended at seq 2 ten minutes later, 30 minutes allowed.
        QCOMPARE(m.index(3, AccessLogModel::Grant).data().toString(),
                 u"Lasted %1 (%2 allowed)"_s.arg(Labels::duration(600), Labels::duration(1800)));
        QVERIFY(m.index(3, 0).data(AccessLogModel::DetailsRole).toString().contains(u"résumé"_s));
        QVERIFY(!m.index(0, 0).data(AccessLogModel::WarningRole).toBool());
        QVERIFY(m.headerData(AccessLogModel::Reason, Qt::Horizontal).toString() == u"Why"_s);
        QVERIFY(m.summary().contains(u"4"_s));

        QVERIFY(store().witness(decode(raws.mid(0, 3)), std::nullopt));
        m.reload();
        QCOMPARE(m.rowCount(), 4);
        QVERIFY(m.index(m.rowOf(4), 0).data(AccessLogModel::WarningRole).toBool());
        QCOMPARE(m.warnings().size(), 1);
        QVERIFY(AccessLogModel::warningText(m.warnings().first()).contains(u"4"_s));
        QVERIFY(m.index(m.rowOf(4), 0).data(Qt::AccessibleTextRole).toString().contains(u"warning"_s));

        AccessLogModel empty(nullptr);
        QAbstractItemModelTester t2(&empty, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(empty.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestAccessLogStore)
#include "tst_accesslogstore.moc"
