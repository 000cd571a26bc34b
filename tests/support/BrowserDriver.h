// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QSslCertificate>
#include <QString>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkRequest;

namespace pd::test {

/// Does what a person's browser does with the authorize URL the app opens: GET the sign-in form,
/// POST the username and password from it, and GET the loopback `Location` it is redirected to,
/// which lands in the app's real listener. Runs asynchronously; emits finished().
class BrowserDriver : public QObject
{
    Q_OBJECT
public:
    explicit BrowserDriver(QObject *parent = nullptr);

    void signIn(const QUrl &authorizeUrl, const QString &user, const QString &password);
    /// Certificate authorities the "browser" trusts besides the system's (as a company's browsers
    /// trust its own CA), for a provider serving HTTPS with a certificate made by a test.
    void setCaCertificates(const QList<QSslCertificate> &cas) { m_cas = cas; }
    /// Presses "Cancel" on the sign-in page instead.
    void cancel(const QUrl &authorizeUrl);

    int formStatus() const { return m_formStatus; }
    int postStatus() const { return m_postStatus; }
    QUrl redirectedTo() const { return m_location; }
    /// The page the loopback listener answered with.
    QString landingPage() const { return m_landing; }

Q_SIGNALS:
    void finished(bool ok);

private:
    void submit(const QUrl &authorizeUrl, const QByteArray &extraForm);
    QNetworkRequest request(const QUrl &url) const;

    QNetworkAccessManager *m_nam;
    int m_formStatus = 0;
    int m_postStatus = 0;
    QUrl m_location;
    QString m_landing;
    QList<QSslCertificate> m_cas;
};

/// Synchronous helper for tests: runs the driver and waits up to 30 s.
bool driveSignIn(const QUrl &authorizeUrl, const QString &user, const QString &password, QString *landing = nullptr);

} // namespace pd::test
