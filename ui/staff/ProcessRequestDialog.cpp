// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProcessRequestDialog.h"

#include "ErrorText.h"
#include "StaffText.h"
#include "domain/Limits.h"
#include "models/Labels.h"
#include "models/RequestsModel.h"
#include "staff/StaffDesk.h"
#include "widgets/PlainText.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QStackedWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace pd::ui {

namespace {

QPlainTextEdit *textField(const QString &name, QWidget *parent)
{
    auto *e = new QPlainTextEdit(parent);
    e->setObjectName(name);
    e->setTabChangesFocus(true);
    e->setMaximumHeight(e->fontMetrics().height() * 5);
    return e;
}

/// One form page: rows of label + field + problem label.
struct FormPage
{
    QWidget *page;
    QFormLayout *form;
};

FormPage makePage(const QString &name, QWidget *parent)
{
    auto *page = new QWidget(parent);
    page->setObjectName(name);
    auto *form = new QFormLayout(page);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    return {page, form};
}

} // namespace

ProcessRequestDialog::ProcessRequestDialog(StaffDesk *desk, const StaffRequest &request, QWidget *parent)
    : QDialog(parent)
    , m_desk(desk)
    , m_meta(request)
    , m_header(plainLabel(this))
    , m_details(new QTextBrowser(this))
    , m_assign(new QPushButton(tr("Assign to &me"), this))
    , m_review(new QPushButton(tr("Move to i&n review"), this))
    , m_ask(new QPushButton(tr("&Ask the customer…"), this))
    , m_complete(new QPushButton(tr("&Complete…"), this))
    , m_reject(new QPushButton(tr("&Reject…"), this))
    , m_extend(new QPushButton(tr("E&xtend due date…"), this))
    , m_forms(new QStackedWidget(this))
    , m_question(textField(QStringLiteral("processQuestion"), this))
    , m_effect(plainLabel(this))
    , m_answer(textField(QStringLiteral("processAnswer"), this))
    , m_reasonCode(new QComboBox(this))
    , m_reasonHint(plainLabel(this))
    , m_reasonText(textField(QStringLiteral("processRejectText"), this))
    , m_months(new QComboBox(this))
    , m_extendReason(textField(QStringLiteral("processExtendReason"), this))
    , m_send(new QPushButton(this))
    , m_status(plainLabel(this))
    , m_close(new QPushButton(tr("Close"), this))
{
    setObjectName(QStringLiteral("processRequestDialog"));
    setWindowTitle(tr("Request %1").arg(request.id));
    m_header->setObjectName(QStringLiteral("processHeader"));
    m_header->setWordWrap(true);
    m_header->setTextFormat(Qt::PlainText);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setObjectName(QStringLiteral("processDetails"));
    m_details->setAccessibleName(tr("What the customer asked, their messages and the history"));
    m_details->setOpenLinks(false);
    m_details->setMinimumHeight(m_details->fontMetrics().height() * 10);

    m_assign->setObjectName(QStringLiteral("processAssign"));
    m_assign->setToolTip(tr("Take this request: it shows as yours in the queue"));
    m_review->setObjectName(QStringLiteral("processReview"));
    m_review->setToolTip(tr("Tell the customer you are working on it"));
    m_ask->setObjectName(QStringLiteral("processAsk"));
    m_ask->setToolTip(tr("Ask the customer a question; the request waits for their reply"));
    m_complete->setObjectName(QStringLiteral("processComplete"));
    m_reject->setObjectName(QStringLiteral("processReject"));
    m_reject->setToolTip(tr("Refuse the request with a reason the customer sees; it goes into the refusal log book"));
    m_extend->setObjectName(QStringLiteral("processExtend"));
    m_extend->setToolTip(tr("Give yourself more time, once, with a reason the customer sees"));
    auto *steps = new QHBoxLayout;
    for (QPushButton *b : {m_assign, m_review, m_ask, m_complete, m_reject, m_extend}) {
        b->setAutoDefault(false);
        steps->addWidget(b);
    }
    steps->addStretch(1);

    // The forms of the steps that need words.
    m_forms->setObjectName(QStringLiteral("processForms"));
    m_forms->addWidget(new QWidget(m_forms)); // Form::None

    FormPage ask = makePage(QStringLiteral("processAskForm"), m_forms);
    auto *questionLabel = plainLabel(tr("&Question to the customer:"), ask.page);
    questionLabel->setBuddy(m_question);
    m_question->setParent(ask.page);
    m_question->setAccessibleName(tr("Question to the customer"));
    m_question->setAccessibleDescription(tr("The customer sees it in their app and can reply once."));
    ask.form->addRow(questionLabel, m_question);
    QLabel *questionProblem = FieldErrors::makeLabel(ask.page, QStringLiteral("processQuestionProblem"));
    ask.form->addRow(QString(), questionProblem);
    m_errors.add(QStringLiteral("question"), m_question, questionProblem);
    m_forms->addWidget(ask.page);

    FormPage complete = makePage(QStringLiteral("processCompleteForm"), m_forms);
    m_effect->setObjectName(QStringLiteral("processCompleteEffect"));
    m_effect->setWordWrap(true);
    m_effect->setTextFormat(Qt::PlainText);
    m_effect->setParent(complete.page);
    complete.form->addRow(m_effect);
    auto *answerLabel = plainLabel(tr("Ans&wer to the customer:"), complete.page);
    answerLabel->setBuddy(m_answer);
    m_answer->setParent(complete.page);
    m_answer->setAccessibleName(tr("Answer to the customer"));
    complete.form->addRow(answerLabel, m_answer);
    QLabel *answerProblem = FieldErrors::makeLabel(complete.page, QStringLiteral("processAnswerProblem"));
    complete.form->addRow(QString(), answerProblem);
    m_errors.add(QStringLiteral("answer"), m_answer, answerProblem);
    m_forms->addWidget(complete.page);

    FormPage reject = makePage(QStringLiteral("processRejectForm"), m_forms);
    m_reasonCode->setObjectName(QStringLiteral("processRejectCode"));
    m_reasonCode->setParent(reject.page);
    m_reasonCode->setAccessibleName(tr("Reason for refusing"));
    for (const char *code : kRejectionCodes)
        m_reasonCode->addItem(StaffText::rejectionReason(QLatin1String(code)), QLatin1String(code));
    auto *codeLabel = plainLabel(tr("Reason (from the &list):"), reject.page);
    codeLabel->setBuddy(m_reasonCode);
    reject.form->addRow(codeLabel, m_reasonCode);
    m_reasonHint->setObjectName(QStringLiteral("processRejectHint"));
    m_reasonHint->setWordWrap(true);
    m_reasonHint->setParent(reject.page);
    reject.form->addRow(QString(), m_reasonHint);
    auto *textLabel = plainLabel(tr("&Explanation for the customer:"), reject.page);
    textLabel->setBuddy(m_reasonText);
    m_reasonText->setParent(reject.page);
    m_reasonText->setAccessibleName(tr("Explanation for the customer"));
    m_reasonText->setAccessibleDescription(tr("Required. The customer sees it, and it is kept in the refusal log book."));
    reject.form->addRow(textLabel, m_reasonText);
    QLabel *rejectProblem = FieldErrors::makeLabel(reject.page, QStringLiteral("processRejectTextProblem"));
    reject.form->addRow(QString(), rejectProblem);
    m_errors.add(QStringLiteral("reason_text"), m_reasonText, rejectProblem);
    m_forms->addWidget(reject.page);

    FormPage extend = makePage(QStringLiteral("processExtendForm"), m_forms);
    m_months->setObjectName(QStringLiteral("processExtendMonths"));
    m_months->setParent(extend.page);
    m_months->setAccessibleName(tr("Extend by"));
    for (int m = 1; m <= limits::kExtensionMonthsMax; ++m)
        m_months->addItem(tr("%n month(s)", nullptr, m), m);
    auto *monthsLabel = plainLabel(tr("Extend &by:"), extend.page);
    monthsLabel->setBuddy(m_months);
    extend.form->addRow(monthsLabel, m_months);
    auto *whyLabel = plainLabel(tr("&Why (the customer sees this):"), extend.page);
    whyLabel->setBuddy(m_extendReason);
    m_extendReason->setParent(extend.page);
    m_extendReason->setAccessibleName(tr("Why the due date is extended"));
    extend.form->addRow(whyLabel, m_extendReason);
    QLabel *extendProblem = FieldErrors::makeLabel(extend.page, QStringLiteral("processExtendReasonProblem"));
    extend.form->addRow(QString(), extendProblem);
    m_errors.add(QStringLiteral("reason"), m_extendReason, extendProblem);
    auto *once = plainLabel(tr("A due date can be extended only once."), extend.page);
    once->setWordWrap(true);
    extend.form->addRow(once);
    m_forms->addWidget(extend.page);

    m_send->setObjectName(QStringLiteral("processSend"));
    m_send->setDefault(true);
    m_status->setObjectName(QStringLiteral("processStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->hide();
    m_close->setObjectName(QStringLiteral("processClose"));
    m_close->setAutoDefault(false);
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_send, QDialogButtonBox::ActionRole);
    buttons->addButton(m_close, QDialogButtonBox::RejectRole);
    // After addButton(), which shows the buttons it lays out: an empty, nameless button until a
    // step is chosen (the screen-reader check heard "push button" and nothing else).
    m_send->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addWidget(m_details, 1);
    layout->addLayout(steps);
    layout->addWidget(m_forms);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 90);

    connect(m_assign, &QPushButton::clicked, this, [this] { queue(StaffStep::assign(), tr("Assigning the request to you")); });
    connect(m_review, &QPushButton::clicked, this,
            [this] { queue(StaffStep::startReview(), tr("Moving the request to in review")); });
    connect(m_ask, &QPushButton::clicked, this, [this] { showForm(Form::Ask); });
    connect(m_complete, &QPushButton::clicked, this, [this] { showForm(Form::Complete); });
    connect(m_reject, &QPushButton::clicked, this, [this] { showForm(Form::Reject); });
    connect(m_extend, &QPushButton::clicked, this, [this] { showForm(Form::Extend); });
    connect(m_send, &QPushButton::clicked, this, &ProcessRequestDialog::submit);
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_reasonCode, &QComboBox::currentIndexChanged, this,
            [this] { m_reasonHint->setText(StaffText::rejectionHint(m_reasonCode->currentData().toString())); });
    m_reasonHint->setText(StaffText::rejectionHint(m_reasonCode->currentData().toString()));
    // Enter in a multi-line field starts a new line; Ctrl+Enter sends from anywhere.
    for (const QKeySequence &k : {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto *s = new QShortcut(k, this);
        connect(s, &QShortcut::activated, this, &ProcessRequestDialog::submit);
    }

    connect(desk, &StaffDesk::requestOpened, this, [this](const Result<StaffRequestDetail> &r) {
        if (r) {
            if (r->meta.id != m_meta.id)
                return;
            m_detail = *r;
            m_meta = r->meta;
            m_loadProblem.clear();
        } else if (!m_detail) {
            m_loadProblem = ErrorText::isOffline(r.error())
                                ? tr("You are offline or Hong Kong Cloud is not answering, so the customer's words cannot "
                                     "be shown. You can still take a step: it is saved and sent when you are online.")
                                : Labels::sentences({tr("The customer's request could not be fetched."),
                                                     ErrorText::sync(r.error())});
        }
        updateHeader();
        showDetail();
        updateButtons();
    });
    connect(desk, &StaffDesk::requestUpdated, this, [this](const StaffRequestDetail &d) {
        if (d.meta.id != m_meta.id)
            return;
        const RequestStatus before = m_meta.status;
        m_detail = d;
        m_meta = d.meta;
        updateHeader();
        showDetail();
        updateButtons();
        QString text = tr("Done. The request is now: %1.").arg(StaffText::requestStatus(m_meta.status, m_meta.statusCode));
        if (before == m_meta.status && m_meta.assignedToMe)
            text = tr("Done. The request is assigned to you; its status is: %1.")
                       .arg(StaffText::requestStatus(m_meta.status, m_meta.statusCode));
        setStatus(text);
        Q_EMIT message(tr("Request %1: %2").arg(m_meta.id, text));
    });
    connect(desk, &StaffDesk::stepRefused, this, [this](const StaffStepRecord &rec) {
        if (rec.requestId != m_meta.id)
            return;
        QStringList parts{tr("Hong Kong Cloud did not accept this step.")};
        if (rec.lastError == QLatin1String("invalid-transition"))
            parts << tr("The request's status does not allow it any more; someone may have worked on it meanwhile.");
        else if (rec.lastError == QLatin1String("already-extended"))
            parts << tr("The due date has already been extended once.");
        if (!rec.problemTitle.isEmpty())
            parts << rec.problemTitle;
        if (!rec.problemDetail.isEmpty())
            parts << rec.problemDetail;
        setStatus(Labels::sentences(parts), true);
        updateButtons();
    });
    connect(desk, &StaffDesk::stepsChanged, this, &ProcessRequestDialog::updateButtons);

    updateHeader();
    showDetail();
    updateButtons();
    desk->openRequest(request.id);
}

QString ProcessRequestDialog::statusText() const
{
    return m_status->isHidden() ? QString() : m_status->text();
}

QString ProcessRequestDialog::detailsText() const
{
    return m_details->toPlainText();
}

QString ProcessRequestDialog::problemText(const QString &name) const
{
    auto *label = findChild<QLabel *>(name);
    return label && !label->isHidden() ? label->text() : QString();
}

void ProcessRequestDialog::updateHeader()
{
    const StaffRequest &r = m_meta;
    QStringList lines;
    lines << tr("%1 from customer %2").arg(StaffText::requestType(r.type, r.typeCode), r.accountId);
    lines << Labels::labelled(tr("Received"), Labels::dateTime(r.receivedAt));
    QString due = Labels::dateTime(r.effectiveDue());
    if (r.extended && r.extendedDueAt.isValid())
        due = tr("%1 (extended from %2)").arg(Labels::dateTime(r.extendedDueAt), Labels::dateTime(r.dueAt));
    if (isOpen(r.status))
        due = tr("%1, %2").arg(due, StaffText::daysLeft(r.daysLeft));
    lines << Labels::labelled(tr("Due"), due);
    lines << Labels::labelled(tr("Status"), StaffText::requestStatus(r.status, r.statusCode));
    lines << Labels::labelled(tr("Assigned to"), r.assignedToMe       ? tr("you (%1)").arg(r.assignee)
                                                 : r.assignee.isEmpty() ? tr("nobody yet")
                                                                        : r.assignee);
    m_header->setText(lines.join(QLatin1Char('\n')));
}

void ProcessRequestDialog::showDetail()
{
    QStringList lines;
    if (m_detail) {
        const TrackedRequest &t = m_detail->request;
        lines << tr("What the customer asked:");
        for (const QString &l : RequestsModel::askedFor(t))
            lines << QStringLiteral("  ") + l;
        const QStringList files = RequestsModel::attachmentIds(t);
        if (!files.isEmpty())
            lines << Labels::labelled(tr("Attached files"), Labels::list(files));
        if (!t.messages.isEmpty()) {
            lines << QString() << tr("Messages:");
            for (const RequestMessage &m : t.messages) {
                const QString who = m.fromStaff ? (m.staff.isEmpty() ? tr("Hong Kong Cloud") : m.staff) : tr("Customer");
                lines << QStringLiteral("  ") + tr("%1, %2:").arg(Labels::dateTime(m.at), who);
                lines << QStringLiteral("    ") + m.text;
                if (!m.attachments.isEmpty())
                    lines << QStringLiteral("    ") + Labels::labelled(tr("Attached files"), Labels::list(m.attachments));
            }
        }
        if (!t.rejectionCode.isEmpty()) {
            // The explanation is usually what the history says Hong Kong Cloud told the customer: once is enough.
            QString why = StaffText::rejectionReason(t.rejectionCode);
            if (!t.rejectionText.isEmpty() && t.rejectionText != t.statusReason)
                why = Labels::labelled(why, t.rejectionText);
            lines << QString() << Labels::labelled(tr("Refused because"), why);
        }
        lines << QString() << tr("History:");
        for (const QString &l : RequestsModel::timeline(t, RequestsModel::Messages::Left))
            lines << QStringLiteral("  ") + l;
    } else if (!m_loadProblem.isEmpty()) {
        lines << m_loadProblem;
    } else {
        lines << tr("Fetching what the customer asked…");
    }
    // The customer's words are shown exactly as written, never as markup.
    m_details->setPlainText(lines.join(QLatin1Char('\n')));
}

bool ProcessRequestDialog::extendQueued() const
{
    if (!m_desk)
        return false;
    for (const StaffStepRecord &s : m_desk->steps())
        if (s.requestId == m_meta.id && s.step.action == StaffStep::Action::Extend
            && (s.state == ActionState::Queued || s.state == ActionState::Sent))
            return true;
    return false;
}

void ProcessRequestDialog::updateButtons()
{
    const RequestStatus s = m_meta.status;
    const bool open = isOpen(s);
    m_assign->setEnabled(open && !m_meta.assignedToMe);
    m_review->setEnabled(s == RequestStatus::Received || s == RequestStatus::NeedsInfo);
    m_ask->setEnabled(s == RequestStatus::Received || s == RequestStatus::InReview);
    m_complete->setEnabled(s == RequestStatus::Received || s == RequestStatus::InReview);
    m_reject->setEnabled(open);
    const bool extended = m_meta.extended || extendQueued();
    m_extend->setEnabled(open && !extended);
    m_extend->setToolTip(extended ? tr("The due date has already been extended once; it cannot be extended again.")
                                  : tr("Give yourself more time, once, with a reason the customer sees"));
    m_extend->setAccessibleDescription(extended ? tr("Already extended once") : QString());
    if (!open && m_form != Form::None)
        showForm(Form::None);
}

void ProcessRequestDialog::showForm(Form f)
{
    m_form = f;
    m_errors.clear();
    m_forms->setCurrentIndex(int(f));
    m_send->setVisible(f != Form::None);
    switch (f) {
    case Form::None:
        break;
    case Form::Ask:
        m_send->setText(tr("&Send the question"));
        m_question->setFocus(Qt::OtherFocusReason);
        break;
    case Form::Complete: {
        const bool complaint = m_meta.type == RequestType::Complaint;
        m_effect->setText(StaffText::completionEffect(m_meta.type));
        m_answer->setAccessibleDescription(complaint ? tr("Required for a complaint.")
                                                     : tr("Optional: a note the customer sees with the result."));
        m_send->setText(tr("&Send and complete"));
        m_answer->setFocus(Qt::OtherFocusReason);
        break;
    }
    case Form::Reject:
        m_send->setText(tr("&Send the refusal"));
        m_reasonCode->setFocus(Qt::OtherFocusReason);
        break;
    case Form::Extend:
        m_send->setText(tr("&Send the extension"));
        m_months->setFocus(Qt::OtherFocusReason);
        break;
    }
}

void ProcessRequestDialog::submit()
{
    if (m_form == Form::None || !m_send->isVisible())
        return;
    m_errors.clear();
    Validation problems;
    auto need = [&problems](QPlainTextEdit *e, const QString &field, int max, bool required) {
        const int n = int(e->toPlainText().trimmed().size());
        if (required && n == 0)
            problems << FieldProblem{field, FieldProblem::Empty, 0};
        else if (n > max)
            problems << FieldProblem{field, FieldProblem::TooLong, max};
        return e->toPlainText().trimmed();
    };
    std::optional<StaffStep> step;
    QString what;
    switch (m_form) {
    case Form::None:
        return;
    case Form::Ask:
        step = StaffStep::askInfo(need(m_question, QStringLiteral("question"), limits::kQuestionMax, true));
        what = tr("Your question");
        break;
    case Form::Complete:
        step = StaffStep::complete(need(m_answer, QStringLiteral("answer"), limits::kAnswerMax,
                                        m_meta.type == RequestType::Complaint));
        what = tr("Completing the request");
        break;
    case Form::Reject:
        step = StaffStep::reject(m_reasonCode->currentData().toString(),
                                 need(m_reasonText, QStringLiteral("reason_text"), limits::kQuestionMax, true));
        what = tr("The refusal");
        break;
    case Form::Extend:
        step = StaffStep::extend(m_months->currentData().toInt(),
                                 need(m_extendReason, QStringLiteral("reason"), limits::kQuestionMax, true));
        what = tr("The extension");
        break;
    }
    if (m_errors.show(problems))
        return;
    queue(*step, what);
}

void ProcessRequestDialog::queue(const StaffStep &step, const QString &what)
{
    if (!m_desk)
        return;
    const Result<qint64> r = m_desk->process(m_meta.id, step);
    if (!r) {
        setStatus(Labels::sentences({tr("%1 could not be saved.").arg(what), ErrorText::sync(r.error())}), true);
        return;
    }
    m_mySteps << *r;
    for (QPlainTextEdit *e : {m_question, m_answer, m_reasonText, m_extendReason})
        e->clear();
    showForm(Form::None);
    updateButtons();
    setStatus(tr("%1 is saved on this computer. It is sent now, or as soon as you are online.").arg(what));
    m_details->setFocus(Qt::OtherFocusReason);
}

void ProcessRequestDialog::setStatus(const QString &text, bool problem)
{
    m_status->setText(text);
    QPalette p = palette();
    if (problem)
        p.setColor(QPalette::WindowText, QColor(0xa4, 0x00, 0x0f));
    m_status->setPalette(p);
    m_status->show();
    // Read out when it changes: the status is where the dialog tells what happened.
    m_status->setAccessibleName(text);
}

} // namespace pd::ui
