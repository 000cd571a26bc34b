// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Page.h"

#include <QPointer>

class QLabel;
class QPushButton;
class QTextBrowser;

namespace pd {
class PersonalModel;
}

namespace pd::ui {

class RecordTable;
class WhyPanel;

/// Registration data (policy I.I): the fields we hold, whether you can edit them or must ask us,
/// the password's last change (never the password) and payment methods, masked, with why.
class PersonalPage : public Page
{
    Q_OBJECT
public:
    explicit PersonalPage(AccountView *view, QWidget *parent = nullptr);

    QString title() const override;
    QIcon icon() const override;
    QList<Category> categories() const override { return {Category::Registration}; }
    void refresh() override;

    RecordTable *table() const { return m_table; }
    QTextBrowser *details() const { return m_details; }
    QPushButton *changeButton() const { return m_change; }
    /// Asks to change the selected detail: edit it (self-editable) or ask us to correct it.
    void requestChange();

Q_SIGNALS:
    void changeRequested(const QString &key, const QString &value, bool editable);

private:
    void showDetails(int row);
    void updateChangeButton();

    QPointer<PersonalModel> m_model;
    QLabel *m_intro;
    RecordTable *m_table;
    QTextBrowser *m_details;
    QLabel *m_password;
    QLabel *m_payment;
    WhyPanel *m_why;
    QPushButton *m_change;
};

} // namespace pd::ui
