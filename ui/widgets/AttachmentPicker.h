// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <functional>

class QListWidget;
class QPushButton;

namespace pd::ui {

/// Files to send with an action (a correction's documents, a reply's attachments): a list with
/// Add files… and Remove file. The files are only named here; ActionQueue reads and checks them.
/// Child object names start with `prefix` ("correction" -> correctionFiles, correctionAddFiles,
/// correctionRemoveFile), so tests and the screen-reader check find each use.
class AttachmentPicker : public QWidget
{
    Q_OBJECT
public:
    AttachmentPicker(const QString &prefix, const QString &accessibleName, QWidget *parent = nullptr);

    /// Replaces the file chooser (tests): returns the paths the user picked.
    void setFilePicker(std::function<QStringList()> picker) { m_picker = std::move(picker); }
    void addFiles(const QStringList &paths);
    QStringList files() const;
    /// The list, for labels (buddy), problems and focus.
    QListWidget *list() const { return m_files; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *removeButton() const { return m_remove; }

private:
    void pickFiles();
    void removeSelected();

    QListWidget *m_files;
    QPushButton *m_add;
    QPushButton *m_remove;
    std::function<QStringList()> m_picker;
};

} // namespace pd::ui
