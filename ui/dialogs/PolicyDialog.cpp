// SPDX-License-Identifier: GPL-3.0-or-later
#include "PolicyDialog.h"

#include "NoticeWatch.h"
#include "widgets/HeadingLabel.h"
#include "widgets/PlainText.h"
#include "widgets/PolicyView.h"
#include "widgets/SaveFileDialog.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QBuffer>
#include <QSaveFile>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPageLayout>
#include <QPdfWriter>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSplitter>
#include <QStandardPaths>
#include <QTextDocument>
#include <QVBoxLayout>

namespace pd::ui {

namespace {

/// Enter finds the next match, Shift+Enter the previous, in the Find field (instead of the
/// dialog's default button).
class FindKeys : public QObject
{
public:
    FindKeys(QLineEdit *field, std::function<void(bool)> find)
        : QObject(field)
        , m_find(std::move(find))
    {
        field->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() != QEvent::KeyPress)
            return false;
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() != Qt::Key_Return && key->key() != Qt::Key_Enter)
            return false;
        m_find(key->modifiers().testFlag(Qt::ShiftModifier));
        return true;
    }

private:
    std::function<void(bool)> m_find;
};

} // namespace

QString PolicyDialog::appLanguage()
{
    return NoticeWatch::policyLanguage();
}

PolicyDialog::PolicyDialog(Source source, QWidget *parent)
    : QDialog(parent)
    , m_source(std::move(source))
    , m_language(new QComboBox(this))
    , m_find(new QLineEdit(this))
    , m_findStatus(plainLabel(this))
    , m_sections(new QListWidget(this))
    , m_view(new PolicyView(this))
    , m_missing(plainLabel(this))
    , m_mark(new QCheckBox(tr("&Mark what changed in this version"), this))
    , m_print(new QPushButton(tr("&Print…"), this))
    , m_pdf(new QPushButton(tr("Save as P&DF…"), this))
{
    setObjectName(QStringLiteral("policyDialog"));
    setWindowTitle(tr("Privacy policy"));
    setAccessibleName(tr("Privacy policy"));

    // Each language named in itself, so a reader finds their own whatever the app's language.
    m_language->setObjectName(QStringLiteral("policyLanguage"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("繁體中文（香港）"), QStringLiteral("zh-HK"));
    m_language->addItem(QStringLiteral("简体中文"), QStringLiteral("zh-CN"));
    m_language->setAccessibleName(tr("Language of the policy"));
    QLabel *languageLabel = plainLabel(tr("&Language:"), this);
    languageLabel->setBuddy(m_language);

    m_find->setObjectName(QStringLiteral("policyFind"));
    m_find->setAccessibleName(tr("Find in the policy"));
    m_find->setPlaceholderText(tr("Find (Enter or F3: next, Shift+Enter or Shift+F3: previous)"));
    m_find->setClearButtonEnabled(true);
    QLabel *findLabel = plainLabel(tr("&Find:"), this);
    findLabel->setBuddy(m_find);
    m_findStatus->setObjectName(QStringLiteral("policyFindStatus"));
    auto *next = new QPushButton(tr("&Next"), this);
    next->setObjectName(QStringLiteral("policyFindNext"));
    next->setAccessibleName(tr("Find next"));
    next->setAutoDefault(false);
    auto *previous = new QPushButton(tr("Pre&vious"), this);
    previous->setObjectName(QStringLiteral("policyFindPrevious"));
    previous->setAccessibleName(tr("Find previous"));
    previous->setAutoDefault(false);
    new FindKeys(m_find, [this](bool backwards) { findNext(backwards); });
    connect(next, &QPushButton::clicked, this, [this] { findNext(false); });
    connect(previous, &QPushButton::clicked, this, [this] { findNext(true); });
    connect(m_find, &QLineEdit::textChanged, m_findStatus, &QLabel::clear);
    auto *findAction = new QAction(this);
    findAction->setShortcut(QKeySequence::Find);
    connect(findAction, &QAction::triggered, this, [this] {
        m_find->setFocus(Qt::ShortcutFocusReason);
        m_find->selectAll();
    });
    addAction(findAction);
    auto *nextAction = new QAction(this);
    nextAction->setShortcuts(QKeySequence::FindNext);
    connect(nextAction, &QAction::triggered, this, [this] { findNext(false); });
    addAction(nextAction);
    auto *previousAction = new QAction(this);
    previousAction->setShortcuts(QKeySequence::FindPrevious);
    connect(previousAction, &QAction::triggered, this, [this] { findNext(true); });
    addAction(previousAction);

    auto *top = new QHBoxLayout;
    top->addWidget(languageLabel);
    top->addWidget(m_language);
    top->addSpacing(fontMetrics().height());
    top->addWidget(findLabel);
    top->addWidget(m_find, 1);
    top->addWidget(next);
    top->addWidget(previous);

    m_sections->setObjectName(QStringLiteral("policySections"));
    m_sections->setAccessibleName(tr("Sections"));
    QLabel *sectionsLabel = plainLabel(tr("&Sections"), this);
    sectionsLabel->setBuddy(m_sections);
    connect(m_sections, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        m_view->showSection(m_sections->row(item));
    });
    connect(m_sections, &QListWidget::itemClicked, this, [this](QListWidgetItem *item) {
        m_view->showSection(m_sections->row(item));
    });
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(sectionsLabel);
    leftLayout->addWidget(m_sections, 1);

    m_missing->setObjectName(QStringLiteral("policyMissing"));
    m_missing->setWordWrap(true);
    m_missing->setText(tr("The policy has not been fetched yet. It comes with your data the next time you sync."));
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_missing);
    rightLayout->addWidget(m_view, 1);

    auto *split = new QSplitter(this);
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(1, 1);
    split->setChildrenCollapsible(false);

    m_mark->setObjectName(QStringLiteral("policyMarkChanges"));
    connect(m_mark, &QCheckBox::toggled, this, &PolicyDialog::reload);
    m_print->setObjectName(QStringLiteral("policyPrint"));
    m_pdf->setObjectName(QStringLiteral("policySavePdf"));
    connect(m_print, &QPushButton::clicked, this, &PolicyDialog::print);
    connect(m_pdf, &QPushButton::clicked, this, &PolicyDialog::askSavePdf);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_print, QDialogButtonBox::ActionRole);
    buttons->addButton(m_pdf, QDialogButtonBox::ActionRole);
    // Enter on a heading or paragraph must not open the print dialog: Close is the default.
    m_print->setAutoDefault(false);
    m_pdf->setAutoDefault(false);
    buttons->button(QDialogButtonBox::Close)->setDefault(true);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_findStatus);
    layout->addWidget(split, 1);
    layout->addWidget(m_mark);
    layout->addWidget(buttons);

    connect(m_language, &QComboBox::currentIndexChanged, this, &PolicyDialog::reload);
    setLanguage(appLanguage());
    reload();
    const QFontMetrics fm = fontMetrics();
    resize(fm.averageCharWidth() * 120, fm.height() * 40);
    split->setSizes({fm.averageCharWidth() * 30, fm.averageCharWidth() * 90});
}

void PolicyDialog::setLanguage(const QString &language)
{
    const int i = m_language->findData(language);
    m_language->setCurrentIndex(i >= 0 ? i : 0);
}

QString PolicyDialog::language() const
{
    return m_language->currentData().toString();
}

void PolicyDialog::setMarkChanges(bool mark)
{
    m_mark->setChecked(mark);
}

void PolicyDialog::reload()
{
    auto doc = m_source(language());
    // The same text with the same marks: leave the view (and where the reader is) alone.
    const bool same = doc && m_doc && doc->version == m_doc->version && doc->language == m_doc->language
                      && m_shownMarks == (!doc->changes.isEmpty() && m_mark->isChecked());
    if (same && m_sections->count() > 0)
        return;
    m_doc = std::move(doc);
    const bool have = m_doc.has_value();
    m_missing->setVisible(!have);
    m_view->setVisible(have);
    m_print->setEnabled(have);
    m_pdf->setEnabled(have);
    m_sections->clear();
    m_findStatus->clear();
    if (!have) {
        m_mark->hide();
        return;
    }
    m_mark->setVisible(!m_doc->changes.isEmpty());
    m_shownMarks = marking();
    m_view->setPolicy(*m_doc, m_shownMarks);
    for (const PolicyDocSection &s : m_doc->sections)
        m_sections->addItem(PolicyView::sectionTitle(s));
    setWindowTitle(tr("Privacy policy, version %1").arg(m_doc->version));
}

bool PolicyDialog::marking() const
{
    return m_doc && !m_doc->changes.isEmpty() && m_mark->isChecked();
}

void PolicyDialog::findNext(bool backwards)
{
    const QString text = m_find->text();
    if (text.isEmpty())
        return;
    // The match takes the focus, so a screen reader reads it; F3 finds the next, Ctrl+F goes back.
    if (m_view->find(text, backwards)) {
        m_findStatus->clear();
        return;
    }
    m_findStatus->setText(tr("“%1” is not in the policy.").arg(text));
}

bool PolicyDialog::savePdf(const QString &path) const
{
    if (!m_doc)
        return false;
    // Into memory first, then one QSaveFile: QPdfWriter says nothing when it cannot write a file.
    QBuffer pdf;
    pdf.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&pdf);
        writer.setTitle(tr("Privacy policy") + QLatin1Char(' ') + m_doc->version);
        writer.setCreator(QStringLiteral("Privacy Dashboard"));
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(18, 18, 18, 18), QPageLayout::Millimeter);
        std::unique_ptr<QTextDocument> doc(PolicyView::printable(*m_doc, marking(), nullptr));
        doc->print(&writer);
    }
    QSaveFile file(path);
    return pdf.size() > 0 && file.open(QIODevice::WriteOnly) && file.write(pdf.data()) == pdf.size() && file.commit();
}

void PolicyDialog::askSavePdf()
{
    const QString suggested = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                              + QStringLiteral("/privacy-policy-%1-%2.pdf").arg(m_doc ? m_doc->version : QString(), language());
    const QString path = SaveFileDialog::fileName(this, tr("Save the policy as PDF"), suggested, tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    if (!savePdf(path))
        QMessageBox::warning(this, tr("Not saved"),
                             tr("The PDF could not be written to %1. Choose a folder you can write to.").arg(path));
    else
        m_findStatus->setText(tr("Saved to %1.").arg(path));
}

void PolicyDialog::print()
{
    if (!m_doc)
        return;
    QPrinter printer;
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print the privacy policy"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    std::unique_ptr<QTextDocument> doc(PolicyView::printable(*m_doc, marking(), nullptr));
    doc->print(&printer);
}

} // namespace pd::ui
