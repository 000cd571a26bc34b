// SPDX-License-Identifier: GPL-3.0-or-later
#include "AttachmentPicker.h"

#include "domain/AttachmentName.h"
#include "domain/Limits.h"
#include "models/Labels.h"
#include "widgets/PlainText.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QListWidget>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace pd::ui {

AttachmentPicker::AttachmentPicker(const QString &prefix, const QString &accessibleName, QWidget *parent)
    : QWidget(parent)
    , m_files(new QListWidget(this))
    , m_add(new QPushButton(tr("&Add files…"), this))
    , m_remove(new QPushButton(tr("Re&move file"), this))
{
    setObjectName(prefix + QStringLiteral("Attachments"));
    m_files->setObjectName(prefix + QStringLiteral("Files"));
    usePlainToolTips(m_files);
    m_files->setMinimumHeight(fontMetrics().height() * 4);
    m_files->setAccessibleName(accessibleName);
    m_files->setAccessibleDescription(tr("PDF, PNG or JPEG files, at most %1 each, up to %2 files.")
                                          .arg(Labels::bytes(limits::kAttachmentBytesMax))
                                          .arg(limits::kAttachmentsMax));
    m_add->setObjectName(prefix + QStringLiteral("AddFiles"));
    m_remove->setObjectName(prefix + QStringLiteral("RemoveFile"));
    m_remove->setEnabled(false);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    layout->addWidget(m_files, 1);
    layout->addLayout(buttons);
    setFocusProxy(m_files);
    setTabOrder(m_files, m_add);
    setTabOrder(m_add, m_remove);
    connect(m_add, &QPushButton::clicked, this, &AttachmentPicker::pickFiles);
    connect(m_remove, &QPushButton::clicked, this, &AttachmentPicker::removeSelected);
    connect(m_files, &QListWidget::currentRowChanged, this, [this](int row) { m_remove->setEnabled(row >= 0); });
}

void AttachmentPicker::pickFiles()
{
    const QStringList paths = m_picker ? m_picker()
                                       : QFileDialog::getOpenFileNames(
                                             this, tr("Choose files to attach"),
                                             QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
                                             tr("Documents and pictures (*.pdf *.png *.jpg *.jpeg);;All files (*)"));
    addFiles(paths);
}

void AttachmentPicker::addFiles(const QStringList &paths)
{
    for (const QString &path : paths) {
        if (files().contains(path))
            continue;
        const QFileInfo info(path);
        // Shown as the provider will store it: no invisible or direction-changing characters.
        auto *item = new QListWidgetItem(tr("%1 (%2)").arg(pd::cleanAttachmentName(info.fileName()), Labels::bytes(info.size())),
                                         m_files);
        item->setData(Qt::UserRole, path);
        item->setToolTip(path); // shown literally: the list uses usePlainToolTips()
    }
    if (m_files->count() > 0 && m_files->currentRow() < 0)
        m_files->setCurrentRow(0);
}

void AttachmentPicker::removeSelected()
{
    delete m_files->takeItem(m_files->currentRow());
    if (m_files->count() == 0)
        m_add->setFocus();
}

QStringList AttachmentPicker::files() const
{
    QStringList out;
    for (int i = 0; i < m_files->count(); ++i)
        out << m_files->item(i)->data(Qt::UserRole).toString();
    return out;
}

} // namespace pd::ui
