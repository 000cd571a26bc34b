// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

namespace pd::ui {

/// Help > Contact (policy section VIII): Hong Kong Cloud's customer-service e-mail and phone as the
/// policy gives them, and the customer's account id ready to copy, so a message or a call can name
/// the account without reading it out from another screen.
class ContactDialog : public QDialog
{
    Q_OBJECT
public:
    /// `email` and `phone` from the policy last synced (empty when not fetched yet); `accountId`
    /// empty when signed out.
    ContactDialog(const QString &email, const QString &phone, const QString &accountId, QWidget *parent = nullptr);
};

} // namespace pd::ui
