// SPDX-License-Identifier: GPL-3.0-or-later
#include "RequestsPage.h"

#include "Appearance.h"
#include "ErrorText.h"
#include "Icons.h"
#include "Session.h"
#include "api/ExportDownload.h"
#include "dialogs/ReplyDialog.h"
#include "domain/Limits.h"
#include "models/Labels.h"
#include "models/RequestsModel.h"
#include "sync/ActionQueue.h"
#include "widgets/PlainText.h"

#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIdentityProxyModel>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QTextBrowser>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

namespace pd::ui {

namespace {

/// Adds what the view needs on top of RequestsModel: a warning icon on overdue rows and on
/// actions needing the user (the words "(overdue)" / "needs your attention" are in the text too).
class RequestsViewModel : public QIdentityProxyModel
{
public:
    using QIdentityProxyModel::QIdentityProxyModel;

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role == Qt::DecorationRole && index.column() == RequestsModel::Status) {
            using P = RequestsModel::Progress;
            const auto progress = index.data(RequestsModel::ProgressRole).value<P>();
            if (index.data(RequestsModel::OverdueRole).toBool() || progress == P::Attention || progress == P::Conflict
                || progress == P::NeedsInfo)
                return Icons::warning();
        }
        if (role == Qt::ForegroundRole && index.data(RequestsModel::OverdueRole).toBool()) {
            // Red readable on the table's background (it inherits the page's palette), light, dark or
            // high contrast; read at paint time, so it follows a palette change. Selected rows use HighlightedText.
            const auto *view = qobject_cast<const QWidget *>(QObject::parent());
            const QPalette pal = view ? view->palette() : QPalette();
            return Appearance::toneColour(Appearance::Tone::Error, pal,
                                          {pal.color(QPalette::Base), pal.color(QPalette::AlternateBase)},
                                          Appearance::TextContrast);
        }
        return QIdentityProxyModel::data(index, role);
    }
};

} // namespace

RequestsPage::RequestsPage(Session *session, QWidget *parent)
    : Page(session, parent)
    , m_proxy(new RequestsViewModel(this))
    , m_summary(plainLabel(this))
    , m_sending(plainLabel(this))
    , m_pause(new QPushButton(this))
    , m_retry(new QPushButton(tr("Retr&y now"), this))
    , m_new(new QToolButton(this))
    , m_table(new QTableView(this))
    , m_details(new QTextBrowser(this))
    , m_cancel(new QPushButton(tr("Cancel reques&t"), this))
    , m_resolve(new QPushButton(tr("Reso&lve…"), this))
    , m_edit(new QPushButton(tr("&Edit and resend…"), this))
    , m_discard(new QPushButton(tr("Di&scard…"), this))
    , m_saveCopy(new QPushButton(tr("&Save copy…"), this))
    , m_question(plainLabel(this))
    , m_reply(new QPushButton(tr("R&eply…"), this))
    , m_exportProgress(new QProgressBar(this))
    , m_exportStatus(plainLabel(this))
{
    setObjectName(QStringLiteral("requestsPage"));
    m_summary->setObjectName(QStringLiteral("requestsSummary"));
    m_summary->setWordWrap(true);
    m_sending->setObjectName(QStringLiteral("requestsSending"));
    m_sending->setWordWrap(true);
    m_pause->setObjectName(QStringLiteral("requestsPause"));
    m_retry->setObjectName(QStringLiteral("requestsRetry"));
    m_retry->setToolTip(tr("Send what is waiting now, without waiting for the next automatic try"));
    m_new->setObjectName(QStringLiteral("requestsNew"));
    m_new->setText(tr("New request"));
    m_new->setToolTip(tr("Make a new request (Ctrl+N)"));
    m_new->setAccessibleName(tr("New request"));
    m_new->setPopupMode(QToolButton::InstantPopup);
    m_new->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_new->setFocusPolicy(Qt::StrongFocus);

    m_table->setObjectName(QStringLiteral("requestsTable"));
    usePlainToolTips(m_table);
    m_table->setAccessibleName(tr("Your requests"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() * 3 / 2);
    m_table->horizontalHeader()->setStretchLastSection(true);
    const int cw = fontMetrics().averageCharWidth();

    m_details->setObjectName(QStringLiteral("requestsDetails"));
    m_details->setAccessibleName(tr("Details of the selected request"));
    m_details->setOpenLinks(false);
    m_details->setPlaceholderText(tr("Select a request to see its history, Hong Kong Cloud's messages and what you can do."));

    m_cancel->setObjectName(QStringLiteral("requestsCancel"));
    m_cancel->setToolTip(tr("Withdraw the request; possible until Hong Kong Cloud starts working on it"));
    m_resolve->setObjectName(QStringLiteral("requestsResolve"));
    m_edit->setObjectName(QStringLiteral("requestsEdit"));
    m_discard->setObjectName(QStringLiteral("requestsDiscard"));
    m_saveCopy->setObjectName(QStringLiteral("requestsSaveCopy"));
    m_question->setObjectName(QStringLiteral("requestsQuestion"));
    m_question->setTextFormat(Qt::PlainText); // a staff member's own words
    m_question->setWordWrap(true);
    m_question->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_question->setFocusPolicy(Qt::StrongFocus);
    m_question->setAccessibleName(tr("Question from Hong Kong Cloud"));
    m_question->hide();
    m_reply->setObjectName(QStringLiteral("requestsReply"));
    m_reply->setToolTip(tr("Answer Hong Kong Cloud's question, with files if you like"));
    m_reply->hide();
    m_exportProgress->setObjectName(QStringLiteral("requestsExportProgress"));
    m_exportProgress->setAccessibleName(tr("Download progress"));
    m_exportProgress->setRange(0, 0);
    m_exportProgress->setTextVisible(false);
    m_exportProgress->setMaximumWidth(cw * 20);
    m_exportProgress->hide();
    m_exportStatus->setObjectName(QStringLiteral("requestsExportStatus"));
    m_exportStatus->setWordWrap(true);
    m_exportStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    top->addWidget(m_new);
    auto *sending = new QHBoxLayout;
    sending->addWidget(m_sending, 1);
    sending->addWidget(m_pause);
    sending->addWidget(m_retry);

    auto *detailsBox = new QWidget(this);
    auto *detailsLayout = new QVBoxLayout(detailsBox);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    detailsLayout->addWidget(m_details, 1);
    detailsLayout->addWidget(m_question);
    auto *actions = new QHBoxLayout;
    for (QPushButton *b : {m_reply, m_cancel, m_resolve, m_edit, m_discard, m_saveCopy})
        actions->addWidget(b);
    actions->addStretch(1);
    detailsLayout->addLayout(actions);
    auto *exportRow = new QHBoxLayout;
    exportRow->addWidget(m_exportProgress);
    exportRow->addWidget(m_exportStatus, 1);
    detailsLayout->addLayout(exportRow);
    for (QWidget *w : {static_cast<QWidget *>(m_details), static_cast<QWidget *>(m_cancel), static_cast<QWidget *>(m_resolve),
                       static_cast<QWidget *>(m_edit), static_cast<QWidget *>(m_discard), static_cast<QWidget *>(m_saveCopy),
                       static_cast<QWidget *>(m_exportProgress), static_cast<QWidget *>(m_exportStatus),
                       static_cast<QWidget *>(m_question), static_cast<QWidget *>(m_reply)})
        w->setParent(detailsBox);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->setObjectName(QStringLiteral("requestsSplitter"));
    split->setChildrenCollapsible(false);
    split->addWidget(m_table);
    split->addWidget(detailsBox);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(sending);
    layout->addWidget(split, 1);

    setTabOrder(m_new, m_pause);
    setTabOrder(m_pause, m_retry);
    setTabOrder(m_retry, m_table);
    setTabOrder(m_table, m_details);
    setTabOrder(m_details, m_question);
    setTabOrder(m_question, m_reply);
    setTabOrder(m_reply, m_cancel);
    setTabOrder(m_cancel, m_resolve);
    setTabOrder(m_resolve, m_edit);
    setTabOrder(m_edit, m_discard);
    setTabOrder(m_discard, m_saveCopy);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] { showCurrent(); });
    connect(m_table, &QAbstractItemView::activated, this, [this] { m_details->setFocus(Qt::OtherFocusReason); });
    // A reload resets the model: keep the user's place.
    connect(m_proxy, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        m_keepSeq = currentSeq();
        m_keepId = currentRequestId();
    });
    connect(m_proxy, &QAbstractItemModel::modelReset, this, [this] {
        const bool hadFocus = m_table->hasFocus();
        if (!selectRequest(m_keepSeq, m_keepId))
            showCurrent();
        if (hadFocus)
            m_table->setFocus();
        updateSummary();
    });
    connect(m_pause, &QPushButton::clicked, this, [this] {
        Session *s = this->session();
        if (!s->canSend())
            return;
        if (s->isSendingPaused()) {
            s->resumeSending();
            Q_EMIT message(tr("Sending resumed."));
        } else {
            s->pauseSending();
            Q_EMIT message(tr("Sending paused. What you do is still saved on this computer; nothing is sent until "
                              "you resume."));
        }
        updateSending();
    });
    connect(m_retry, &QPushButton::clicked, this, [this] {
        this->session()->retrySendingNow();
        updateSending();
    });
    connect(m_cancel, &QPushButton::clicked, this, &RequestsPage::cancelRequest);
    connect(m_resolve, &QPushButton::clicked, this, [this] { Q_EMIT resolveRequested(currentSeq()); });
    connect(m_edit, &QPushButton::clicked, this, [this] { Q_EMIT editAndResendRequested(currentSeq()); });
    connect(m_discard, &QPushButton::clicked, this, &RequestsPage::discard);
    connect(m_saveCopy, &QPushButton::clicked, this, &RequestsPage::saveCopy);
    connect(m_reply, &QPushButton::clicked, this, &RequestsPage::reply);
    connect(session, &Session::outboxChanged, this, &RequestsPage::updateSending);
    connect(session, &Session::sendingStateChanged, this, &RequestsPage::updateSending);
    connect(session, &Session::onlineChanged, this, &RequestsPage::updateSending);
    connect(session, &Session::sendingStopped, this, &RequestsPage::updateSending);
    showCurrent();
}

QString RequestsPage::title() const
{
    return tr("Re&quests");
}

QIcon RequestsPage::icon() const
{
    return Icons::requests();
}

void RequestsPage::refresh()
{
    RequestsModel *model = session()->requestsModel();
    if (model != m_model) {
        m_model = model;
        m_proxy->setSourceModel(model);
        // Widths in characters, so they follow the font: the status and dates are read whole.
        const int cw = fontMetrics().averageCharWidth();
        for (auto [column, chars] : {std::pair{int(RequestsModel::Type), 24}, std::pair{int(RequestsModel::Subject), 28},
                                     std::pair{int(RequestsModel::Status), 46}, std::pair{int(RequestsModel::Received), 22}})
            m_table->horizontalHeader()->resizeSection(column, chars * cw);
        if (model && model->rowCount() > 0)
            m_table->setCurrentIndex(m_proxy->index(0, 0));
    }
    updateSummary();
    updateSending();
    showCurrent();
}

QString RequestsPage::summaryText() const
{
    return m_summary->text();
}

QString RequestsPage::sendingText() const
{
    return m_sending->text();
}

QString RequestsPage::questionText() const
{
    return m_question->isHidden() ? QString() : m_question->text();
}

QString RequestsPage::openQuestion(const TrackedRequest &request)
{
    if (request.status != RequestStatus::NeedsInfo)
        return {};
    for (auto it = request.messages.crbegin(); it != request.messages.crend(); ++it)
        if (it->fromStaff && it->kind == QLatin1String("question"))
            return it->text;
    return request.statusReason;
}

void RequestsPage::reply()
{
    const QString id = currentRequestId();
    if (id.isEmpty() || !session()->actions())
        return;
    const auto tracked = session()->trackedRequest(id);
    auto *dialog = new ReplyDialog(session(), id, tracked ? openQuestion(*tracked) : QString(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { Q_EMIT message(dialog->doneMessage()); });
    dialog->open();
}

QString RequestsPage::exportStatusText() const
{
    return m_exportStatus->text();
}

bool RequestsPage::selectRequest(qint64 seq, const QString &id)
{
    for (int r = 0; r < m_proxy->rowCount(); ++r) {
        const QModelIndex i = m_proxy->index(r, 0);
        if ((!id.isEmpty() && i.data(RequestsModel::RequestIdRole).toString() == id)
            || (seq != 0 && i.data(RequestsModel::OutboxSeqRole).toLongLong() == seq)) {
            m_table->setCurrentIndex(i);
            m_table->selectRow(r);
            showCurrent();
            return true;
        }
    }
    return false;
}

qint64 RequestsPage::currentSeq() const
{
    return m_table->currentIndex().data(RequestsModel::OutboxSeqRole).toLongLong();
}

QString RequestsPage::currentRequestId() const
{
    return m_table->currentIndex().data(RequestsModel::RequestIdRole).toString();
}

int RequestsPage::currentProgress() const
{
    const QVariant v = m_table->currentIndex().data(RequestsModel::ProgressRole);
    return v.isValid() ? int(v.value<RequestsModel::Progress>()) : -1;
}

void RequestsPage::updateSummary()
{
    if (!m_model || m_model->rowCount() == 0) {
        m_summary->setText(tr("You have not made any requests yet. Use New request (Ctrl+N) to ask Hong Kong Cloud to "
                              "correct or delete data, to complain, or for a copy of your data."));
        return;
    }
    const qint64 open = m_model->openCount();
    const qint64 overdue = m_model->overdueCount();
    QString text = open == 0 ? tr("No open requests.") : tr("%n open request(s).", nullptr, int(open));
    if (overdue > 0)
        text = Labels::sentences({text, tr("%n overdue: Hong Kong Cloud has not answered by the date it must.", nullptr, int(overdue))});
    m_summary->setText(text);
}

void RequestsPage::updateSending()
{
    Session *s = session();
    const bool paused = s->isSendingPaused();
    m_pause->setEnabled(s->canSend());
    m_retry->setEnabled(s->canSend() && !paused);
    m_pause->setText(paused ? tr("Resume send&ing") : tr("Pause send&ing"));
    if (!s->canSend()) {
        m_sending->clear();
        return;
    }
    const qint64 pending = session()->pendingActions();
    const qint64 attention = session()->actionsNeedingAttention();
    QString text;
    if (paused)
        text = pending == 0 ? tr("Sending is paused.")
                            : tr("Sending is paused: %n action(s) saved on this computer. Nothing is sent until you resume.",
                                 nullptr, int(pending));
    else if (pending == 0)
        text = tr("Everything you did has been sent.");
    else if (!session()->isOnline())
        text = tr("You are offline: %n action(s) saved on this computer. They will be sent when you are online.", nullptr,
                  int(pending));
    else
        text = tr("%n action(s) waiting to send. They are sent automatically.", nullptr, int(pending));
    if (attention > 0)
        text = Labels::sentences({text, tr("%n need(s) your attention: select it to see why.", nullptr, int(attention))});
    m_sending->setText(text);
}

QString RequestsPage::refusalText(const QueuedAction &action)
{
    using R = Refusal::Reason;
    QString why;
    switch (action.state == ActionState::Conflict ? R::Stale : action.refusal ? action.refusal->reason : R::Other) {
    case R::Stale:
        why = tr("This detail was changed somewhere else after this computer last synced, so nothing was overwritten. "
                 "Choose Resolve to see both values and pick one.");
        break;
    case R::InvalidValue: why = tr("Hong Kong Cloud did not accept the new value."); break;
    case R::NotEditable:
        why = tr("This detail cannot be changed here. Discard this change and ask us to correct it instead.");
        break;
    case R::CannotCancel:
        why = tr("The request can no longer be cancelled: Hong Kong Cloud has already started working on it.");
        break;
    case R::NotPending:
        why = tr("The staff request was no longer waiting for your answer: it had expired or was withdrawn, so "
                 "nothing was changed.");
        break;
    case R::NotAwaitingReply:
        why = tr("Hong Kong Cloud was no longer waiting for your reply on this request.");
        break;
    case R::BadAttachment:
        why = tr("An attached file was not accepted. Attach a PDF, PNG or JPEG file of at most %1.")
                  .arg(Labels::bytes(limits::kAttachmentBytesMax));
        break;
    case R::Forbidden: why = tr("Hong Kong Cloud does not allow this for your account."); break;
    case R::Other: why = tr("Hong Kong Cloud did not accept this."); break;
    }
    QStringList parts{why};
    if (action.refusal && !action.refusal->detail.isEmpty())
        parts << tr("It said: “%1”").arg(action.refusal->detail);
    if (action.state == ActionState::Attention)
        parts << tr("You can edit it and send it again, or discard it.");
    return Labels::sentences(parts);
}

void RequestsPage::showCurrent()
{
    using P = RequestsModel::Progress;
    const QModelIndex index = m_table->currentIndex();
    const auto progress = P(currentProgress());
    const QString id = currentRequestId();
    const qint64 seq = currentSeq();
    std::optional<QueuedAction> action;
    if (seq && session()->actions())
        action = session()->actions()->action(seq);
    m_cancel->setEnabled(index.isValid() && progress == P::Received && !id.isEmpty());
    m_resolve->setVisible(index.isValid() && progress == P::Conflict);
    m_edit->setVisible(index.isValid() && progress == P::Attention);
    m_discard->setVisible(index.isValid() && (progress == P::Attention || progress == P::Conflict || progress == P::Queued));
    m_edit->setText(index.data(RequestsModel::TypedInputRole).toBool() ? tr("&Edit and resend…") : tr("S&end again"));
    const bool exportReady = index.data(RequestsModel::ExportReadyRole).toBool();
    m_saveCopy->setVisible(exportReady);
    m_saveCopy->setEnabled(exportReady && !m_exportJob);
    QString question;
    if (index.isValid() && progress == P::NeedsInfo && !id.isEmpty())
        if (const auto tracked = session()->trackedRequest(id))
            question = openQuestion(*tracked);
    const bool awaitingReply = index.isValid() && progress == P::NeedsInfo && !id.isEmpty() && session()->actions();
    m_question->setText(question.isEmpty() ? QString() : tr("Hong Kong Cloud asks: %1").arg(question));
    m_question->setVisible(awaitingReply && !question.isEmpty());
    m_reply->setVisible(awaitingReply);
    if (!index.isValid()) {
        m_details->clear();
        return;
    }
    const auto cell = [&](int column) { return m_proxy->index(index.row(), column).data().toString(); };
    QString html = QStringLiteral("<p><b>%1</b>").arg(cell(RequestsModel::Type).toHtmlEscaped());
    if (!cell(RequestsModel::Subject).isEmpty())
        html = QStringLiteral("<p>") + Labels::labelled(QStringLiteral("<b>%1</b>").arg(cell(RequestsModel::Type).toHtmlEscaped()),
                                                        cell(RequestsModel::Subject).toHtmlEscaped());
    html += QStringLiteral("</p><p>") + tr("Status: %1").arg(cell(RequestsModel::Status)).toHtmlEscaped();
    if (!cell(RequestsModel::Received).isEmpty())
        html += QStringLiteral("<br>") + tr("Made: %1").arg(cell(RequestsModel::Received)).toHtmlEscaped();
    if (!cell(RequestsModel::Due).isEmpty())
        html += QStringLiteral("<br>") + tr("Answer due by: %1").arg(cell(RequestsModel::Due)).toHtmlEscaped();
    html += QStringLiteral("</p>");
    if (action && action->needsAttention())
        html += QStringLiteral("<p>") + refusalText(*action).toHtmlEscaped() + QStringLiteral("</p>");
    const QString what = progress == P::Queued ? tr("What happens next: it is sent automatically when you are online.")
        : progress == P::Received               ? tr("What happens next: Hong Kong Cloud will start working on it. "
                                                     "Until then you can cancel it.")
        : progress == P::InReview               ? tr("What happens next: Hong Kong Cloud is working on it and will answer by the due date.")
        : progress == P::NeedsInfo              ? tr("What happens next: Hong Kong Cloud needs more information from you; see its message below.")
        : exportReady                           ? tr("Your copy is ready: choose Save copy to store it on this computer.")
                                                : QString();
    if (!what.isEmpty())
        html += QStringLiteral("<p>") + what.toHtmlEscaped() + QStringLiteral("</p>");
    const QString details = index.data(RequestsModel::DetailsRole).toString();
    if (!details.isEmpty())
        html += QStringLiteral("<p>") + details.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"))
                + QStringLiteral("</p>");
    m_details->setHtml(html);
}

void RequestsPage::cancelRequest()
{
    const QString id = currentRequestId();
    ActionQueue *actions = session()->actions();
    if (id.isEmpty() || !actions)
        return;
    const Result<qint64> r = actions->cancelRequest(id);
    if (!r) {
        Q_EMIT message(tr("The cancellation could not be saved. %1").arg(ErrorText::sync(r.error())));
        return;
    }
    Q_EMIT message(session()->isOnline()
                       ? tr("Cancelling request %1: saved on this computer and being sent now.").arg(id)
                       : tr("Cancelling request %1: saved on this computer. It will be sent when you are online.").arg(id));
}

void RequestsPage::discard()
{
    const qint64 seq = currentSeq();
    if (!seq || !session()->actions())
        return;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Discard this action?"),
                                tr("Discard this action? It will not be sent, and it is removed from this computer."),
                                QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("discardConfirm"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *yes = box->addButton(tr("D&iscard"), QMessageBox::DestructiveRole);
    QPushButton *keep = box->addButton(tr("&Keep it"), QMessageBox::RejectRole);
    box->setDefaultButton(keep);
    box->setEscapeButton(keep);
    connect(box, &QMessageBox::finished, this, [this, box, yes, seq] {
        if (box->clickedButton() != yes)
            return;
        ActionQueue *actions = session()->actions();
        if (!actions)
            return;
        if (Status s = actions->discard(seq); !s) {
            Q_EMIT message(ErrorText::sync(s.error()));
            return;
        }
        Q_EMIT message(tr("Discarded. Nothing was sent."));
    });
    box->open();
}

void RequestsPage::saveCopy()
{
    const QString id = currentRequestId();
    if (id.isEmpty() || m_exportJob || session()->state() != Session::State::SignedIn)
        return;
    const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                  .filePath(tr("my-data-hong-kong-cloud-%1.json").arg(QDate::currentDate().toString(Qt::ISODate)));
    const QString path = m_savePicker ? m_savePicker(suggested)
                                      : QFileDialog::getSaveFileName(this, tr("Save a copy of your data"), suggested,
                                                                     tr("JSON files (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    m_exportProgress->show();
    m_exportStatus->setText(tr("Downloading your copy from Hong Kong Cloud…"));
    m_saveCopy->setEnabled(false);
    ExportDownload *job = session()->downloadExport(id);
    if (!job)
        return;
    m_exportJob = job;
    connect(job, &ExportDownload::finished, this, [this, path](const Result<QByteArray> &r) {
        m_exportJob = nullptr;
        m_exportProgress->hide();
        QString text;
        if (!r && r.error().code == ErrorCode::NotReady) {
            text = tr("Hong Kong Cloud has not finished preparing your copy yet. Try again later.");
        } else if (!r) {
            text = tr("Your copy could not be downloaded. %1").arg(ErrorText::sync(r.error()));
        } else {
            QSaveFile file(path);
            if (!file.open(QIODevice::WriteOnly) || file.write(*r) != r->size() || !file.commit())
                text = tr("Your copy was downloaded but could not be saved to %1 (%2). Choose another folder and try again.")
                           .arg(QDir::toNativeSeparators(path), file.errorString());
            else
                text = tr("Saved your copy (%1) to %2.").arg(Labels::bytes(r->size()), QDir::toNativeSeparators(path));
        }
        m_exportStatus->setText(text);
        Q_EMIT message(text);
        showCurrent();
    });
}

} // namespace pd::ui
