// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ActionDialog.h"

#include <functional>

class QComboBox;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace pd::ui {

class AttachmentPicker;

/// Asks Hong Kong Cloud to correct a detail the user cannot change themselves (policy VI.II):
/// the proposed value, why, and documents that show it (PDF, PNG or JPEG, at most 5 MiB each).
/// The files are copied into the outbox when the request is saved and uploaded when online.
class CorrectionDialog : public ActionDialog
{
    Q_OBJECT
public:
    /// `fields` are (key, current value) pairs the user may choose from; `key` is preselected.
    CorrectionDialog(Session *session, const QList<QPair<QString, QString>> &fields, const QString &key,
                     QWidget *parent = nullptr);

    /// Replaces the file chooser (tests): returns the paths the user picked.
    void setFilePicker(std::function<QStringList()> picker);
    void addFiles(const QStringList &paths);
    /// Fills in a request being edited after it was refused.
    void setText(const QString &proposed, const QString &reason);
    QStringList files() const;

protected:
    QString actionName() const override;
    Result<qint64> submit() override;

private:
    void updateCurrent();

    QList<QPair<QString, QString>> m_fields;
    QComboBox *m_field;
    QLabel *m_current;
    QLineEdit *m_proposed;
    QPlainTextEdit *m_reason;
    AttachmentPicker *m_attachments;
    QListWidget *m_files;
};

} // namespace pd::ui
