// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExportDialog.h"

#include "Session.h"
#include "sync/ActionQueue.h"

namespace pd::ui {

ExportDialog::ExportDialog(Session *session, QWidget *parent)
    : ActionDialog(session, QStringLiteral("exportDialog"), parent)
{
    setWindowTitle(tr("Request a copy of your data"));
    setSummary(tr("Ask Hong Kong Cloud for a copy of everything it holds about you, as one JSON file that other "
                  "programs can read (privacy policy VI.I)."));
    addNote(tr("Preparing the copy can take a while. When it is ready, select the request in the Requests tab "
               "and choose Save copy to store the file where you like."));
    setPrimaryText(tr("&Request copy"));
}

QString ExportDialog::actionName() const
{
    return tr("Your request for a copy of your data");
}

Result<qint64> ExportDialog::submit()
{
    return session()->actions()->requestExport();
}

} // namespace pd::ui
