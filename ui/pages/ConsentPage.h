// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Page.h"

#include <QMap>

class QCheckBox;
class QGridLayout;
class QLabel;
class QPushButton;

namespace pd::ui {

/// Consent (policy VI.IV): one switch per purpose that needs the user's consent, what stops
/// working without it, and when it last changed. A change is saved in the outbox at once (with a
/// local receipt) and sent when online; History lists the receipts.
class ConsentPage : public Page
{
    Q_OBJECT
public:
    explicit ConsentPage(Session *session, QWidget *parent = nullptr);

    QString title() const override;
    QIcon icon() const override;
    void refresh() override;

    QCheckBox *switchFor(const QString &purpose) const;
    QString statusText() const;
    void showHistory();

private:
    struct Row
    {
        QCheckBox *box = nullptr;
        QLabel *affects = nullptr;
        QLabel *changed = nullptr;
    };
    void rebuild(const QStringList &purposes);
    void onToggled(const QString &purpose, bool granted);

    QLabel *m_intro;
    QLabel *m_empty;
    QWidget *m_rowsHost;
    QGridLayout *m_rows;
    QLabel *m_status;
    QLabel *m_policy;
    QPushButton *m_history;
    QMap<QString, Row> m_widgets;
    QStringList m_order;
};

} // namespace pd::ui
