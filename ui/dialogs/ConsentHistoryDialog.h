// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Records.h"

#include <QDialog>

class QTableWidget;

namespace pd::ui {

/// The consent receipts: what was allowed or withdrawn, when, under which policy version, and
/// whether Hong Kong Cloud has confirmed it or it is still waiting to be sent. Newest first.
class ConsentHistoryDialog : public QDialog
{
    Q_OBJECT
public:
    ConsentHistoryDialog(const QList<ConsentReceipt> &receipts, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }

private:
    QTableWidget *m_table;
};

} // namespace pd::ui
