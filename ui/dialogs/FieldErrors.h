// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sync/ActionQueue.h"

#include <QCoreApplication>
#include <QList>
#include <QPointer>
#include <QString>

#include <functional>

class QLabel;
class QWidget;

namespace pd::ui {

/// Shows ActionQueue's validation problems next to the inputs they are about, in plain words,
/// sets them as the input's accessible description (read when the input gets focus) and moves
/// the focus to the first input with a problem. The core only gives codes; this is where they
/// become sentences.
class FieldErrors
{
    Q_DECLARE_TR_FUNCTIONS(FieldErrors)
public:
    /// Turns one problem into a sentence, or returns an empty string to use the standard words.
    using Describe = std::function<QString(const FieldProblem &)>;

    /// A label for the problems of one input: hidden until there is one, word-wrapped, not colour alone.
    static QLabel *makeLabel(QWidget *parent, const QString &objectName);

    /// `field` is ActionQueue's input name ("reason"); "attachment:" matches every "attachment:N".
    /// Inputs are focused in the order they were added.
    void add(const QString &field, QWidget *input, QLabel *label, Describe describe = {});
    /// Shows `problems` (clearing the old ones); focuses the first input with a problem. Returns
    /// false when there are none.
    bool show(const Validation &problems);
    void clear();

    /// Standard words for a problem; `length` is the input's current length when known.
    static QString describe(const FieldProblem &p, int length = -1);

private:
    struct Entry
    {
        QString field;
        QPointer<QWidget> input;
        QPointer<QLabel> label;
        Describe describe;
        QString baseDescription;
    };
    QList<Entry> m_entries;
};

} // namespace pd::ui
