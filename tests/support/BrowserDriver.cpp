// SPDX-License-Identifier: GPL-3.0-or-later
#include "BrowserDriver.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QUrlQuery>

namespace pd::test {

BrowserDriver::BrowserDriver(QObject *parent)
    : QObject(parent)
    , m_nam(new QNetworkAccessManager(this))
{
    m_nam->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

QNetworkRequest BrowserDriver::request(const QUrl &url) const
{
    QNetworkRequest req(url);
    if (!m_cas.isEmpty()) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setCaCertificates(QSslConfiguration::systemCaCertificates() + m_cas);
        req.setSslConfiguration(tls);
    }
    return req;
}

void BrowserDriver::signIn(const QUrl &authorizeUrl, const QString &user, const QString &password)
{
    QUrlQuery creds;
    creds.addQueryItem(QStringLiteral("username"), user);
    creds.addQueryItem(QStringLiteral("password"), password);
    submit(authorizeUrl, creds.toString(QUrl::FullyEncoded).toUtf8());
}

void BrowserDriver::cancel(const QUrl &authorizeUrl)
{
    submit(authorizeUrl, QByteArrayLiteral("cancel=1"));
}

void BrowserDriver::submit(const QUrl &authorizeUrl, const QByteArray &extraForm)
{
    QNetworkReply *form = m_nam->get(request(authorizeUrl));
    connect(form, &QNetworkReply::finished, this, [this, form, authorizeUrl, extraForm] {
        form->deleteLater();
        m_formStatus = form->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (m_formStatus != 200) {
            Q_EMIT finished(false);
            return;
        }
        // The form's hidden fields repeat the authorize query; a browser would post them back.
        QByteArray body = QUrlQuery(authorizeUrl).toString(QUrl::FullyEncoded).toUtf8() + '&' + extraForm;
        QUrl post = authorizeUrl;
        post.setQuery(QString());
        QNetworkRequest req = request(post);
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
        QNetworkReply *r = m_nam->post(req, body);
        connect(r, &QNetworkReply::finished, this, [this, r] {
            r->deleteLater();
            m_postStatus = r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            m_location = r->header(QNetworkRequest::LocationHeader).toUrl();
            if (m_postStatus != 302 || !m_location.isValid()) {
                Q_EMIT finished(false);
                return;
            }
            QNetworkReply *land = m_nam->get(request(m_location));
            connect(land, &QNetworkReply::finished, this, [this, land] {
                land->deleteLater();
                m_landing = QString::fromUtf8(land->readAll());
                Q_EMIT finished(land->error() == QNetworkReply::NoError);
            });
        });
    });
}

bool driveSignIn(const QUrl &authorizeUrl, const QString &user, const QString &password, QString *landing)
{
    BrowserDriver d;
    QSignalSpy spy(&d, &BrowserDriver::finished);
    d.signIn(authorizeUrl, user, password);
    if (!spy.wait(30000))
        return false;
    if (landing)
        *landing = d.landingPage();
    return spy.at(0).at(0).toBool();
}

} // namespace pd::test
