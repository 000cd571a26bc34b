// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

namespace pd {

/// The operating system's opinion of whether we are online (QNetworkInformation), where a backend
/// exists. Only a hint: real request failures decide offline, and this only says "try again now"
/// when the system reports the network came back.
class Connectivity : public QObject
{
    Q_OBJECT
public:
    /// Listens from kStartDelayMs on.
    explicit Connectivity(QObject *parent = nullptr);
    static constexpr int kStartDelayMs = 2000;
    /// False when no backend could be loaded (then only request failures are used), and until then.
    bool hasBackend() const { return m_backend; }

Q_SIGNALS:
    void networkReturned();
    void networkLost();

private:
    void start();

    bool m_backend = false;
};

} // namespace pd
