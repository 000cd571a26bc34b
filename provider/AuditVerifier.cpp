// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuditVerifier.h"

#include "AuditChain.h"
#include "AuditCheckpoints.h"
#include "AuditLog.h"
#include "AuditSigner.h"
#include "Rfc3339.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace pd::provider {

using namespace Qt::StringLiterals;

namespace {

/// A read-only connection to DIR/provider.sqlite, closed and removed with this object.
class ReadOnlyDb
{
public:
    explicit ReadOnlyDb(const QString &dataDir)
        : m_name(u"audit-verify-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces))
    {
        const QString path = QDir(dataDir).filePath(u"provider.sqlite"_s);
        if (!QFile::exists(path)) {
            m_error = u"there is no provider database at "_s + path;
            return;
        }
        m_db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_name);
        m_db.setDatabaseName(path);
        m_db.setConnectOptions(u"QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"_s);
        if (!m_db.open())
            m_error = m_db.lastError().text();
    }
    ~ReadOnlyDb()
    {
        if (m_db.isValid()) {
            m_db.close();
            m_db = QSqlDatabase();
            QSqlDatabase::removeDatabase(m_name);
        }
    }
    bool ok() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }
    QSqlDatabase db() const { return m_db; }

private:
    QString m_name;
    QSqlDatabase m_db;
    QString m_error;
};

QString shortHash(const QString &hash)
{
    return hash.left(12) + u"…"_s;
}

} // namespace

std::optional<AuditVerifier::Head> AuditVerifier::head(const QString &dataDir, QString *error)
{
    ReadOnlyDb db(dataDir);
    if (!db.ok()) {
        *error = db.error();
        return std::nullopt;
    }
    QSqlQuery q(db.db());
    if (!q.exec(u"SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1"_s)) {
        *error = q.lastError().text();
        return std::nullopt;
    }
    if (!q.next())
        return Head{0, AuditChain::genesis()};
    return Head{q.value(0).toLongLong(), q.value(1).toString()};
}

AuditVerifier::Result AuditVerifier::verify(const QString &dataDir, const std::optional<Head> &expectHead)
{
    Result r;
    ReadOnlyDb db(dataDir);
    if (!db.ok()) {
        r.message = db.error();
        return r;
    }

    // The checkpoints first: while walking the chains, keep the hashes they (and --expect-head) name.
    QList<AuditCheckpoint> checkpoints;
    {
        QSqlQuery q(db.db());
        if (!q.exec(u"SELECT "_s + AuditLog::checkpointColumns() + u" FROM audit_checkpoints ORDER BY id"_s)) {
            r.message = q.lastError().text();
            return r;
        }
        while (q.next())
            checkpoints.append(AuditLog::checkpointFrom(q));
    }
    QSet<qint64> wantedGlobal;
    QSet<QPair<QString, qint64>> wantedAccount;
    for (const AuditCheckpoint &c : checkpoints) {
        if (c.accountId.isNull())
            wantedGlobal.insert(c.seq);
        else
            wantedAccount.insert({c.accountId, c.seq});
    }
    if (expectHead)
        wantedGlobal.insert(expectHead->seq);
    QHash<qint64, QString> globalHashes{{0, AuditChain::genesis()}};
    QHash<QPair<QString, qint64>, QString> accountHashes;

    AuditSigner signer;
    QString keyError;
    const bool haveKey = signer.open(dataDir, &keyError);
    if (!checkpoints.isEmpty() && !haveKey) {
        r.message = u"cannot check the checkpoints' signatures: "_s + keyError;
        return r;
    }
    r.readable = true;

    QSqlQuery q(db.db());
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT "_s + AuditLog::entryColumns() + u" FROM audit_log ORDER BY seq"_s)) {
        r.readable = false;
        r.message = q.lastError().text();
        return r;
    }
    Head last{0, AuditChain::genesis()};
    QHash<QString, Head> accounts;
    while (q.next()) {
        const AuditEntry e = AuditLog::entryFrom(q);
        if (e.seq != last.seq + 1) {
            r.message = e.seq == last.seq + 2
                ? u"entry %1 is missing: the log goes from entry %2 to entry %3."_s.arg(last.seq + 1).arg(last.seq).arg(e.seq)
                : u"entries %1 to %2 are missing: the log goes from entry %3 to entry %4."_s.arg(last.seq + 1)
                      .arg(e.seq - 1).arg(last.seq).arg(e.seq);
            return r;
        }
        if (e.prevHash != last.hash) {
            r.message = u"entry %1 does not follow entry %2: its prev_hash is %3 but entry %2's hash is %4 (an entry "
                        "was changed, removed or put in between)."_s
                            .arg(e.seq).arg(last.seq).arg(shortHash(e.prevHash), shortHash(last.hash));
            return r;
        }
        const QString hash = AuditChain::link(e.prevHash, AuditChain::globalCanonical(e));
        if (hash != e.hash) {
            r.message = u"entry %1 (%2 by %3 at %4) was changed after it was written: its contents do not give its "
                        "hash."_s.arg(e.seq).arg(e.action, e.actor, isoUtc(e.at));
            return r;
        }
        if (!e.accountId.isEmpty()) {
            const Head mine = accounts.value(e.accountId, Head{0, AuditChain::genesis()});
            if (e.accountSeq != mine.seq + 1) {
                r.message = u"entry %1: customer %2's own log goes from their entry %3 to %4 (an entry of theirs "
                            "is missing or out of place)."_s.arg(e.seq).arg(e.accountId).arg(mine.seq).arg(e.accountSeq);
                return r;
            }
            if (e.accountPrevHash != mine.hash
                || AuditChain::link(e.accountPrevHash, AuditChain::customerCanonical(e)) != e.accountHash) {
                r.message = u"entry %1: customer %2's own log does not hold together at their entry %3 (it was "
                            "changed after it was written)."_s.arg(e.seq).arg(e.accountId).arg(e.accountSeq);
                return r;
            }
            accounts.insert(e.accountId, Head{e.accountSeq, e.accountHash});
            if (wantedAccount.contains({e.accountId, e.accountSeq}))
                accountHashes.insert({e.accountId, e.accountSeq}, e.accountHash);
        } else if (e.accountSeq != 0 || !e.accountHash.isNull()) {
            r.message = u"entry %1 was changed after it was written: it has a customer's chain but no customer."_s
                            .arg(e.seq);
            return r;
        }
        if (wantedGlobal.contains(e.seq))
            globalHashes.insert(e.seq, e.hash);
        last = Head{e.seq, e.hash};
        ++r.entries;
    }
    r.head = last;

    for (const AuditCheckpoint &c : checkpoints) {
        const QString whose = c.accountId.isNull() ? u"the checkpoint"_s : u"customer "_s + c.accountId + u"'s checkpoint"_s;
        const QString what = whose + u" signed at %1 (entry %2)"_s.arg(isoUtc(c.at)).arg(c.seq);
        const QByteArray message = AuditChain::checkpointMessage(AuditCheckpoints::signedPart(c));
        if (c.keyId != signer.keyId()
            || !AuditSigner::verify(signer.publicKey(), message, QByteArray::fromBase64(c.signature.toLatin1()))) {
            r.message = what + u" does not carry a valid signature of this provider's key."_s;
            return r;
        }
        const qint64 reached = c.accountId.isNull() ? last.seq : accounts.value(c.accountId).seq;
        if (c.seq > reached) {
            r.message = what + u" covers entries the log no longer has: it ends at entry %1 (entries were removed "
                               "from the end, or the database was rolled back)."_s.arg(reached);
            return r;
        }
        const QString now = c.accountId.isNull() ? globalHashes.value(c.seq) : accountHashes.value({c.accountId, c.seq});
        if (c.seq > 0 && now != c.head) {
            r.message = what + u" does not match the log: that entry's hash was %1 and is now %2 (the log was "
                               "rewritten)."_s.arg(shortHash(c.head), shortHash(now));
            return r;
        }
        ++r.checkpoints;
    }
    if (expectHead) {
        if (expectHead->seq > last.seq) {
            r.message = u"the log ends at entry %1 but it had reached entry %2: entries were removed from the end "
                        "(or the database was rolled back)."_s.arg(last.seq).arg(expectHead->seq);
            return r;
        }
        if (globalHashes.value(expectHead->seq) != expectHead->hash) {
            r.message = u"entry %1's hash is now %2, not %3 as expected: the log was rewritten."_s.arg(expectHead->seq)
                            .arg(shortHash(globalHashes.value(expectHead->seq)), shortHash(expectHead->hash));
            return r;
        }
    }
    r.intact = true;
    r.message = u"intact: %1 entries, head %2:%3, %4 signed checkpoints checked."_s.arg(r.entries).arg(last.seq)
                    .arg(last.hash).arg(r.checkpoints);
    return r;
}

} // namespace pd::provider
