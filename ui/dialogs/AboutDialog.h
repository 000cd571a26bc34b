// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QUrl>

class QLabel;

namespace pd::ui {

/// Help > About: the version (and Qt's), the licence with its full text, the provider this copy talks
/// to, and a way to the privacy policy. "Copy details" puts all of it on the clipboard for support.
class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AboutDialog(const QUrl &provider, QWidget *parent = nullptr);

    /// The text "Copy details" copies: program, version, Qt, system, provider.
    QString details() const;

Q_SIGNALS:
    /// The user asked for the privacy policy.
    void privacyPolicyRequested();

private:
    void showLicence();

    QUrl m_provider;
};

} // namespace pd::ui
