// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QAbstractItemView;
class QLabel;
class QWidget;

namespace pd::ui {

// Text from the provider or the user is never markup (ARCHITECTURE.md). Qt's default for labels
// and tooltips is Qt::AutoText, which renders anything that looks like HTML as rich text: a provider
// (or anyone in between) could then put a red warning, a link or an image inside the app. So the
// convention in ui/: every QLabel is made by plainLabel(); a label that must be rich sets
// Qt::RichText itself and escapes what it shows with QString::toHtmlEscaped(). tst_gui_plaintext
// walks every label after loading markup into every provider field and checks this holds.

/// A QLabel that shows its text literally (Qt::PlainText).
QLabel *plainLabel(QWidget *parent);
/// A QLabel that shows `text` literally (Qt::PlainText); '&' still marks a mnemonic when it has a buddy.
QLabel *plainLabel(const QString &text, QWidget *parent);

/// `text` as a tooltip that Qt shows literally: QToolTip guesses the format, so text that looks
/// like HTML is escaped and marked as rich text (line breaks kept). Empty stays empty.
QString plainToolTip(const QString &text);

/// Makes `view` show its cells' Qt::ToolTipRole literally (through plainToolTip()). The view must
/// not have a delegate of its own yet: this installs a QStyledItemDelegate subclass.
void usePlainToolTips(QAbstractItemView *view);

} // namespace pd::ui
