// SPDX-License-Identifier: GPL-3.0-or-later
// PageGuard: what makes a paged walk stop (a cursor that does not move, a repeated page, more rows
// than any account has) and what it lets through (every honest walk, however long or short).
#include "sync/PageGuard.h"

#include <QTest>

using namespace pd;

class TstPageGuard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void honestWalkPasses();
    void lastPageMayRepeatTheCursor();
    void cursorMustMove();
    void cursorMayNotCycle();
    void orderedKeysMustMoveForward();
    void idsMayNotRepeat();
    void rowCeiling();
    void startForgetsTheLastWalk();
};

void TstPageGuard::honestWalkPasses()
{
    PageGuard g;
    g.start(QString());
    QVERIFY(g.acceptOrdered(QStringLiteral("c1"), true, {1, 2, 3}).ok());
    QVERIFY(g.acceptOrdered(QStringLiteral("c2"), true, {4, 9}).ok());
    QVERIFY(g.acceptOrdered(QStringLiteral("c3"), false, {10}).ok());
    QCOMPARE(g.rows(), 6);
}

void TstPageGuard::lastPageMayRepeatTheCursor()
{
    // The provider's last page names the cursor to keep (often the one it was asked with); with
    // has_more false, or no items, that ends the walk and is no loop.
    PageGuard g;
    g.start(QStringLiteral("c0"));
    QVERIFY(g.acceptOrdered(QStringLiteral("c0"), false, {}).ok());
    QVERIFY(g.acceptOrdered(QStringLiteral("c0"), true, {}).ok());
}

void TstPageGuard::cursorMustMove()
{
    PageGuard g;
    g.start(QStringLiteral("c0"));
    Status s = g.acceptOrdered(QStringLiteral("c0"), true, {1});
    QVERIFY(!s.ok());
    QCOMPARE(s.error().code, ErrorCode::Paging);
    g.start(QStringLiteral("c0"));
    s = g.acceptOrdered(QString(), true, {1});
    QVERIFY(!s.ok());
    QCOMPARE(s.error().code, ErrorCode::Paging);
}

void TstPageGuard::cursorMayNotCycle()
{
    PageGuard g;
    g.start(QString());
    QVERIFY(g.acceptOrdered(QStringLiteral("a"), true, {1}).ok());
    QVERIFY(g.acceptOrdered(QStringLiteral("b"), true, {2}).ok());
    QCOMPARE(g.acceptOrdered(QStringLiteral("a"), true, {3}).error().code, ErrorCode::Paging);
}

void TstPageGuard::orderedKeysMustMoveForward()
{
    PageGuard g;
    g.start(QString());
    QVERIFY(g.acceptOrdered(QStringLiteral("a"), true, {1, 2}).ok());
    QCOMPARE(g.acceptOrdered(QStringLiteral("b"), true, {1, 2}).error().code, ErrorCode::Paging); // the same page again
    g.start(QString());
    QCOMPARE(g.acceptOrdered(QStringLiteral("a"), true, {3, 3}).error().code, ErrorCode::Paging);  // within a page
    QCOMPARE(g.rows(), 0); // a refused page counts nothing
}

void TstPageGuard::idsMayNotRepeat()
{
    PageGuard g;
    g.start(QString());
    QVERIFY(g.acceptIds(QStringLiteral("a"), true, {QStringLiteral("R-2"), QStringLiteral("R-1")}).ok());
    QCOMPARE(g.acceptIds(QStringLiteral("b"), true, {QStringLiteral("R-3"), QStringLiteral("R-1")}).error().code,
             ErrorCode::Paging);
    QCOMPARE(g.acceptIds(QStringLiteral("c"), false, {QStringLiteral("R-4"), QStringLiteral("R-4")}).error().code,
             ErrorCode::Paging);
    QVERIFY(g.acceptIds(QStringLiteral("d"), false, {QStringLiteral("R-5")}).ok());
}

void TstPageGuard::rowCeiling()
{
    PageGuard g(5);
    g.start(QString());
    QVERIFY(g.acceptOrdered(QStringLiteral("a"), true, {1, 2, 3}).ok());
    QVERIFY(g.acceptOrdered(QStringLiteral("b"), true, {4, 5}).ok());
    QCOMPARE(g.acceptOrdered(QStringLiteral("c"), true, {6}).error().code, ErrorCode::Paging);
    QCOMPARE(g.rows(), 5);
}

void TstPageGuard::startForgetsTheLastWalk()
{
    PageGuard g(3);
    g.start(QString());
    QVERIFY(g.acceptOrdered(QStringLiteral("a"), true, {7, 8, 9}).ok());
    g.start(QString());
    QVERIFY(g.acceptOrdered(QStringLiteral("a"), true, {1, 2, 3}).ok());
}

QTEST_GUILESS_MAIN(TstPageGuard)
#include "tst_pageguard.moc"
