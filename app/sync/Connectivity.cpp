// SPDX-License-Identifier: GPL-3.0-or-later
#include "Connectivity.h"

#include <QNetworkInformation>
#include <QTimer>

namespace pd {

Connectivity::Connectivity(QObject *parent)
    : QObject(parent)
{
    // Loading a backend takes 15-30 ms (plugins, D-Bus): not before the window's first paint. A
    // change in the first seconds is missed, which costs nothing: the start's own sync and the
    // outbox's retries find out anyway.
    QTimer::singleShot(kStartDelayMs, this, &Connectivity::start);
}

void Connectivity::start()
{
    // Without NetworkManager (CI, minimal systems) the default backend is missing; the glib one
    // may still report reachability.
    m_backend = QNetworkInformation::loadDefaultBackend()
        || QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability);
    QNetworkInformation *info = QNetworkInformation::instance();
    if (!m_backend || !info)
        return;
    connect(info, &QNetworkInformation::reachabilityChanged, this, [this](QNetworkInformation::Reachability r) {
        if (r == QNetworkInformation::Reachability::Online || r == QNetworkInformation::Reachability::Site)
            Q_EMIT networkReturned();
        else if (r == QNetworkInformation::Reachability::Disconnected)
            Q_EMIT networkLost();
    });
}

} // namespace pd
