// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Staff.h"

#include <QFrame>
#include <QList>
#include <QPointer>

#include <optional>

class QLabel;
class QPushButton;
class QTabWidget;
class QTimer;

namespace pd {
class CustomerView;
class StaffDesk;
}

namespace pd::ui {

class Page;

/// A customer's data as a staff member sees it under an access grant: the customer pages
/// (overview and the categories the grant covers) on the CustomerView, read-only, inside a
/// coloured frame whose banner always says whose data it is, until when, and why; with End
/// access. While the grant waits for the customer's answer it says so instead. It never outlives
/// the view: when the desk drops the view (the grant ended or expired), the pages go first.
class CustomerFrame : public QFrame
{
    Q_OBJECT
public:
    CustomerFrame(StaffDesk *desk, const CustomerHit &customer, QWidget *parent = nullptr);

    QString bannerText() const;
    QTabWidget *tabs() const { return m_tabs; }
    QPushButton *endButton() const { return m_end; }
    const QList<Page *> &pages() const { return m_pages; }
    /// True while the customer's data is shown.
    bool isShowingData() const { return !m_pages.isEmpty(); }

Q_SIGNALS:
    /// The grant is over (ended, expired, declined) and the data is gone: `text` says so.
    void closed(const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    /// The desk's current grant if it is this frame's.
    std::optional<Grant> grant() const;
    void onGrantChanged();
    void onViewChanged();
    void buildPages();
    void dropPages();
    void updateBanner();
    void setEndText(const QString &text);
    void applyColours();

    QPointer<StaffDesk> m_desk;
    CustomerHit m_customer;
    QPointer<CustomerView> m_view;
    QLabel *m_banner;
    QLabel *m_state;
    QPushButton *m_end;
    QTabWidget *m_tabs;
    QList<Page *> m_pages;
    QTimer *m_tick;
    bool m_closed = false;
    bool m_hadView = false;
    QString m_staleGrantId;
};

} // namespace pd::ui
