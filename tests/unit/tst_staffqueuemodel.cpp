// SPDX-License-Identifier: GPL-3.0-or-later
// The staff queue model and its filter (order, filters, days left and overdue), the refusal log's
// CSV quoting, and HashChain finding a changed entry in an audit chain.
#include "domain/HashChain.h"
#include "models/StaffQueueFilter.h"
#include "models/StaffQueueModel.h"
#include "staff/StaffTypes.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace pd;

namespace {
StaffRequest req(const QString &id, RequestType type, RequestStatus status, int daysLeft, const QString &assignee = {},
                 bool me = false)
{
    StaffRequest r;
    r.id = id;
    r.accountId = QStringLiteral("C-1");
    r.type = type;
    r.typeCode = requestTypeCode(type);
    r.status = status;
    r.statusCode = requestStatusCode(status);
    const QDateTime now = QDateTime(QDate(2027, 1, 10), QTime(12, 0), Qt::UTC);
    r.receivedAt = now.addDays(-20);
    r.dueAt = now.addDays(daysLeft);
    r.daysLeft = daysLeft;
    r.overdue = daysLeft < 0;
    r.assignee = assignee;
    r.assignedToMe = me;
    return r;
}
} // namespace

class TestStaffQueueModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void orderFiltersAndDays()
    {
        StaffQueueModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRequests({req(QStringLiteral("R-3"), RequestType::Export, RequestStatus::Received, 12),
                           req(QStringLiteral("R-1"), RequestType::Correction, RequestStatus::InReview, -2,
                               QStringLiteral("Support agent 7"), true),
                           req(QStringLiteral("R-2"), RequestType::Complaint, RequestStatus::NeedsInfo, 3,
                               QStringLiteral("Support supervisor 2")),
                           req(QStringLiteral("R-4"), RequestType::Deletion, RequestStatus::Received, -9)});
        // Overdue first (the most overdue first), then by due date.
        QStringList order;
        for (int r = 0; r < model.rowCount(); ++r)
            order << model.index(r, 0).data(StaffQueueModel::IdRole).toString();
        QCOMPARE(order, (QStringList{QStringLiteral("R-4"), QStringLiteral("R-1"), QStringLiteral("R-2"), QStringLiteral("R-3")}));
        // (English plural forms come from the catalogue, which this test does not load.)
        QVERIFY(model.index(0, StaffQueueModel::DaysLeft).data().toString().startsWith(QStringLiteral("9 day")));
        QVERIFY(model.index(0, StaffQueueModel::DaysLeft).data().toString().endsWith(QStringLiteral("overdue")));
        QVERIFY(model.index(2, StaffQueueModel::DaysLeft).data().toString().endsWith(QStringLiteral("left")));
        QCOMPARE(model.index(0, StaffQueueModel::DaysLeft).data(StaffQueueModel::DaysLeftRole).toInt(), -9);
        QCOMPARE(model.index(1, StaffQueueModel::Assignee).data().toString(), QStringLiteral("You"));
        QCOMPARE(model.index(0, StaffQueueModel::Assignee).data().toString(), QStringLiteral("Nobody"));
        QVERIFY(!model.headerData(StaffQueueModel::Due, Qt::Horizontal).toString().isEmpty());

        // An update keeps the order: R-3 becomes overdue and moves up.
        StaffRequest late = req(QStringLiteral("R-3"), RequestType::Export, RequestStatus::Received, -20);
        model.updateRequest(late);
        QCOMPARE(model.rowOf(QStringLiteral("R-3")), 0);

        StaffQueueFilter filter;
        QAbstractItemModelTester ftester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        filter.setSourceModel(&model);
        QCOMPARE(filter.rowCount(), 4);
        filter.setOverdueOnly(true);
        QCOMPARE(filter.rowCount(), 3);
        filter.setAssignee(StaffQueueFilter::Assignee::Me);
        QCOMPARE(filter.rowCount(), 1);
        filter.clearFilters();
        filter.setAssignee(StaffQueueFilter::Assignee::Nobody);
        QCOMPARE(filter.rowCount(), 2);
        filter.clearFilters();
        filter.setType(RequestType::Complaint);
        QCOMPARE(filter.rowCount(), 1);
        filter.setType(std::nullopt);
        filter.setStatus(RequestStatus::Received);
        QCOMPARE(filter.rowCount(), 2);
    }

    void csvQuoting()
    {
        RefusalEntry e;
        e.requestId = QStringLiteral("R-1");
        e.accountId = QStringLiteral("C-1");
        e.typeCode = QStringLiteral("export");
        e.reasonCode = QStringLiteral("other");
        e.reasonText = QStringLiteral("We said \"no\", twice\nand again");
        const QByteArray csv = refusalsCsv({e});
        QVERIFY(csv.startsWith("request_id,account_id,type,received_at,rejected_at,staff,reason_code,reason_text\r\n"));
        QVERIFY(csv.endsWith("R-1,C-1,export,,,,other,\"We said \"\"no\"\", twice\nand again\"\r\n"));
    }

    void tamperedChainIsFound()
    {
        QList<QJsonObject> chain;
        QString prev = hashchain::genesis();
        for (int i = 1; i <= 3; ++i) {
            QJsonObject e{{QStringLiteral("seq"), i}, {QStringLiteral("action"), QStringLiteral("viewed")}, {QStringLiteral("prev_hash"), prev}};
            e.insert(QStringLiteral("hash"), hashchain::hashOf(prev, e));
            prev = e.value(QStringLiteral("hash")).toString();
            chain << e;
        }
        QVERIFY(!hashchain::verify(chain));
        QList<QJsonObject> changed = chain;
        changed[1].insert(QStringLiteral("action"), QStringLiteral("nothing"));
        const auto brk = hashchain::verify(changed);
        QVERIFY(brk);
        QCOMPARE(brk->seq, qint64(2));
        QCOMPARE(brk->kind, hashchain::Break::WrongHash);
        QList<QJsonObject> removed = chain;
        removed.removeAt(1);
        QVERIFY(hashchain::verify(removed));
    }
};

QTEST_GUILESS_MAIN(TestStaffQueueModel)
#include "tst_staffqueuemodel.moc"
