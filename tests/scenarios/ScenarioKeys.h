#pragma once

#include <QKeySequence>

namespace leverage::testing {

// The program's keys as the scenarios press them, named once: a changed shortcut is changed
// here and in the program, not in every scenario.
inline const QKeySequence kNewCase{Qt::CTRL | Qt::SHIFT | Qt::Key_N};
inline const QKeySequence kNewEntry{Qt::CTRL | Qt::Key_E};
inline const QKeySequence kEdit{Qt::Key_F2};
inline const QKeySequence kUndo{Qt::CTRL | Qt::Key_Z};
inline const QKeySequence kRedo{Qt::CTRL | Qt::SHIFT | Qt::Key_Z};
inline const QKeySequence kStartCall{Qt::CTRL | Qt::SHIFT | Qt::Key_L};
inline const QKeySequence kPromise{Qt::CTRL | Qt::SHIFT | Qt::Key_P};
inline const QKeySequence kFollowUp{Qt::CTRL | Qt::SHIFT | Qt::Key_F};
inline const QKeySequence kEndCall{Qt::CTRL | Qt::SHIFT | Qt::Key_Return};
inline const QKeySequence kEscalate{Qt::CTRL | Qt::SHIFT | Qt::Key_E};
// Edit → Clock Rules… (issue 19).
inline const QKeySequence kClockRules{Qt::CTRL | Qt::SHIFT | Qt::Key_J};
// A new letter to the case, and the letter marked sent (issue 18).
inline const QKeySequence kNewLetter{Qt::CTRL | Qt::SHIFT | Qt::Key_W};
inline const QKeySequence kMarkSent{Qt::CTRL | Qt::SHIFT | Qt::Key_M};
// Search everything (issue 20).
inline const QKeySequence kSearch{Qt::CTRL | Qt::Key_K};
// Submits any dialog, also from a multi-line field.
inline const QKeySequence kSubmit{Qt::CTRL | Qt::Key_Return};

// A mnemonic: Alt and the underlined letter.
inline QKeySequence alt(Qt::Key key)
{
    return QKeySequence(Qt::ALT | key);
}

} // namespace leverage::testing
