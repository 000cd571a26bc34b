// SPDX-License-Identifier: GPL-3.0-or-later
#include "CustomerFrame.h"

#include "Appearance.h"
#include "ErrorText.h"
#include "Page.h"
#include "StaffText.h"
#include "models/Labels.h"
#include "pages/CookiesPage.h"
#include "pages/DevicesPage.h"
#include "pages/OverviewPage.h"
#include "pages/PersonalPage.h"
#include "pages/UsagePage.h"
#include "staff/CustomerView.h"
#include "staff/StaffDesk.h"
#include "widgets/PlainText.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace pd::ui {

CustomerFrame::CustomerFrame(StaffDesk *desk, const CustomerHit &customer, QWidget *parent)
    : QFrame(parent)
    , m_desk(desk)
    , m_customer(customer)
    , m_banner(plainLabel(this))
    , m_state(plainLabel(this))
    , m_end(new QPushButton(this))
    , m_tabs(new QTabWidget(this))
    , m_tick(new QTimer(this))
{
    setObjectName(QStringLiteral("customerFrame"));
    setFrameShape(QFrame::Box);
    setLineWidth(3);
    setAutoFillBackground(true);
    m_banner->setObjectName(QStringLiteral("customerBanner"));
    m_banner->setWordWrap(true);
    m_banner->setTextFormat(Qt::PlainText);
    m_banner->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_banner->setFocusPolicy(Qt::StrongFocus);
    QFont bold = m_banner->font();
    bold.setBold(true);
    m_banner->setFont(bold);
    m_state->setObjectName(QStringLiteral("customerState"));
    m_state->setWordWrap(true);
    m_state->setTextFormat(Qt::PlainText);
    m_end->setObjectName(QStringLiteral("customerEndAccess"));
    // A mnemonic would clash with the customer pages' own; Ctrl+W closes, as for a document. It is
    // a shortcut of the frame, not the button's: QAbstractButton::setText replaces a button's
    // shortcut with the text's mnemonic, and the button's text changes with the grant.
    auto *endShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_W), this);
    connect(endShortcut, &QShortcut::activated, m_end, [this] {
        if (m_end->isEnabled() && m_end->isVisible())
            m_end->animateClick();
    });
    m_tabs->setObjectName(QStringLiteral("customerTabs"));
    m_tabs->setAccessibleName(tr("Customer's data, read-only"));
    m_tabs->hide();

    auto *top = new QHBoxLayout;
    top->addWidget(m_banner, 1);
    top->addWidget(m_end, 0, Qt::AlignTop);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_state);
    layout->addWidget(m_tabs, 1);

    connect(m_end, &QPushButton::clicked, this, [this] {
        if (m_desk)
            m_desk->endGrant();
    });
    // A grant asked for before this frame (ended when the new one is asked for) is not this frame's.
    if (const std::optional<Grant> before = desk->currentGrant())
        m_staleGrantId = before->id;
    connect(desk, &StaffDesk::grantChanged, this, [this](const Grant &g) {
        if (!m_staleGrantId.isEmpty() && g.id == m_staleGrantId)
            return;
        onGrantChanged();
    });
    connect(desk, &StaffDesk::customerViewChanged, this, &CustomerFrame::onViewChanged);
    connect(desk, &StaffDesk::grantFailed, this, [this](const Error &e) {
        if (m_closed)
            return;
        m_closed = true;
        dropPages();
        Q_EMIT closed(Labels::sentences({tr("Access to %1's data could not be opened.").arg(m_customer.accountId),
                                         ErrorText::sync(e)}));
    });
    // The time left is part of the banner: keep it true.
    m_tick->setInterval(30 * 1000);
    connect(m_tick, &QTimer::timeout, this, &CustomerFrame::updateBanner);
    m_tick->start();
    applyColours();
    updateBanner();
    onViewChanged();
}

void CustomerFrame::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && !signalsBlocked()) {
        const QSignalBlocker block(this);
        applyColours();
    }
}

void CustomerFrame::applyColours()
{
    // A coloured, labelled frame (UI.md, staff mode): the colour is a reminder, the banner says it in words.
    QPalette p = parentWidget() ? parentWidget()->palette() : palette();
    const QColor base = p.color(QPalette::Window);
    const QColor ring = Appearance::toneColour(Appearance::Tone::Warning, p, {base}, Appearance::GraphicsContrast);
    p.setColor(QPalette::WindowText, p.color(QPalette::WindowText));
    p.setColor(QPalette::Light, ring);
    p.setColor(QPalette::Dark, ring);
    p.setColor(QPalette::Mid, ring);
    setPalette(p);
}

QString CustomerFrame::bannerText() const
{
    return m_banner->text();
}

std::optional<Grant> CustomerFrame::grant() const
{
    std::optional<Grant> g = m_desk ? m_desk->currentGrant() : std::nullopt;
    if (g && !m_staleGrantId.isEmpty() && g->id == m_staleGrantId)
        return std::nullopt;
    return g;
}

void CustomerFrame::updateBanner()
{
    const std::optional<Grant> g = grant();
    const QString who = m_customer.displayName.isEmpty() ? m_customer.username : m_customer.displayName;
    const QString name = who.isEmpty() ? m_customer.accountId : tr("%1 (%2)").arg(who, m_customer.accountId);
    if (!g) {
        m_banner->setText(tr("Asking for access to %1's data…").arg(name));
        m_end->setText(tr("Cancel (Ctrl+W)"));
        return;
    }
    const QString reason = StaffText::accessReason(g->reason);
    if (g->status == GrantStatus::Active) {
        const QString until = QLocale().toString(g->expiresAt.toLocalTime().time(), QLocale::ShortFormat);
        m_banner->setText(tr("Viewing %1 read-only until %2 — reason: %3, ticket %4.")
                              .arg(name, until, reason, g->ticket));
        m_end->setText(tr("End access (Ctrl+W)"));
        m_end->setToolTip(tr("Stop viewing now; the data is wiped from this computer's memory"));
    } else if (g->status == GrantStatus::Pending) {
        m_banner->setText(tr("Waiting for %1 to approve your access — reason: %2, ticket %3.").arg(name, reason, g->ticket));
        m_end->setText(tr("Withdraw (Ctrl+W)"));
        m_end->setToolTip(tr("Withdraw the request for access"));
    } else {
        m_banner->setText(tr("Access to %1's data: %2.").arg(name, StaffText::grantStatus(g->status)));
    }
    m_end->setAccessibleName(Labels::withoutMnemonic(m_end->text()));
}

void CustomerFrame::onGrantChanged()
{
    if (m_closed || !m_desk)
        return;
    const std::optional<Grant> g = grant();
    updateBanner();
    if (!g)
        return;
    switch (g->status) {
    case GrantStatus::Pending: {
        const QDateTime until = g->requestedAt.addSecs(qint64(limits::kPendingGrantHours) * 3600);
        m_state->setText(tr("%1 asked to be asked first. Nothing of their data is shown until they approve in their "
                            "app; if they do not answer, the request lapses at %2.")
                             .arg(m_customer.accountId, Labels::dateTime(until)));
        m_state->show();
        break;
    }
    case GrantStatus::Active:
        if (!m_desk->customerView())
            m_state->setText(tr("Fetching the customer's data…"));
        break;
    case GrantStatus::Declined:
    case GrantStatus::Expired:
    case GrantStatus::Ended:
    case GrantStatus::Unknown: {
        m_closed = true;
        dropPages();
        QString text;
        if (g->status == GrantStatus::Declined)
            text = tr("%1 declined your request to see their data. Nothing was shown.").arg(m_customer.accountId);
        else if (g->status == GrantStatus::Expired)
            text = tr("Your access to %1's data has expired. The data shown is wiped from this computer.")
                       .arg(m_customer.accountId);
        else
            text = tr("Your access to %1's data has ended. The data shown is wiped from this computer.")
                       .arg(m_customer.accountId);
        Q_EMIT closed(text);
        break;
    }
    }
}

void CustomerFrame::onViewChanged()
{
    if (m_closed || !m_desk)
        return;
    CustomerView *view = m_desk->customerView();
    if (view != m_view) {
        dropPages();
        m_view = view;
        if (view) {
            // Before the view itself goes, the pages that read it go.
            connect(view, &QObject::destroyed, this, &CustomerFrame::dropPages);
            connect(view, &CustomerView::loaded, this, [this](const Error &e) {
                if (e.code == ErrorCode::None) {
                    m_state->setText(tr("Shown read-only: nothing can be changed from here. Every page you open is "
                                        "recorded in the audit log and in the customer's access log."));
                } else {
                    m_state->setText(Labels::sentences({tr("Some of the customer's data could not be fetched."),
                                                        ErrorText::sync(e)}));
                }
                for (Page *p : std::as_const(m_pages))
                    p->refresh();
            });
            connect(view, &AccountView::dataChanged, this, [this] {
                for (Page *p : std::as_const(m_pages))
                    p->refresh();
            });
            buildPages();
        }
    }
    if (view) {
        m_hadView = true;
    } else if (m_hadView) {
        // The view is gone: the grant ended or expired (the desk may tell the grant's new state after).
        const std::optional<Grant> g = grant();
        if (g && (g->status == GrantStatus::Expired || g->status == GrantStatus::Declined || g->status == GrantStatus::Ended)) {
            onGrantChanged();
        } else {
            m_closed = true;
            dropPages();
            Q_EMIT closed(tr("Your access to %1's data has ended. The data shown is wiped from this computer.")
                              .arg(m_customer.accountId));
        }
        return;
    }
    updateBanner();
}

void CustomerFrame::buildPages()
{
    CustomerView *view = m_view;
    if (!view)
        return;
    auto add = [this](Page *p) {
        m_tabs->addTab(p, p->icon(), p->title());
        m_pages << p;
    };
    auto *overview = new OverviewPage(view, m_tabs);
    add(overview);
    connect(overview, &OverviewPage::viewRequested, this, [this](Category c) {
        for (Page *p : std::as_const(m_pages)) {
            if (p->categories().contains(c)) {
                m_tabs->setCurrentWidget(p);
                p->showCategory(c);
                return;
            }
        }
    });
    if (view->covers(Category::Registration))
        add(new PersonalPage(view, m_tabs));
    if (view->covers(Category::ServerUsage) || view->covers(Category::DomainUsage))
        add(new UsagePage(view, m_tabs));
    if (view->covers(Category::Devices))
        add(new DevicesPage(view, m_tabs));
    if (view->covers(Category::Cookies))
        add(new CookiesPage(view, m_tabs));
    for (Page *p : std::as_const(m_pages))
        p->refresh();
    m_state->setText(view->isLoading() ? tr("Fetching the customer's data…")
                                       : tr("Shown read-only: nothing can be changed from here. Every page you open is "
                                            "recorded in the audit log and in the customer's access log."));
    m_state->show();
    m_tabs->show();
    // Start on what the grant was asked for, not the overview.
    if (m_tabs->count() > 1)
        m_tabs->setCurrentIndex(1);
}

void CustomerFrame::dropPages()
{
    m_tabs->hide();
    while (m_tabs->count() > 0) {
        QWidget *w = m_tabs->widget(0);
        m_tabs->removeTab(0);
        delete w;
    }
    m_pages.clear();
}

} // namespace pd::ui
