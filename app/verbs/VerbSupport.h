#pragma once

#include "app/verbs/Verb.h"
#include "core/services/Clock.h"
#include "core/store/Workspace.h"

#include <QCommandLineParser>
#include <memory>

namespace leverage::app {

// Parses a verb's arguments; on a usage error writes one line to err and returns false.
bool parseVerbArguments(QCommandLineParser &parser, VerbContext &context, const QString &usage);

// Whether exactly one workspace file was given; if not, one line to err naming the verb (the
// first word of `usage`).
bool oneWorkspaceFile(const QCommandLineParser &parser, VerbContext &context, const QString &usage);

// The row id given to `option` (--case 4); 0 with one line on err (naming the option and
// `hint`, the verb that lists the ids) when it is not a positive number.
RowId idOption(const QCommandLineParser &parser, const QCommandLineOption &option,
               const QString &hint, VerbContext &context);

// Opens an existing workspace for a verb (a file, or a team workspace when `path` is a
// postgresql:// address); a missing file is an error here, not a new file.
// Verbs that only read pass Access::ReadOnly: they then work on a read-only file and beside
// a window that has the workspace open.
std::unique_ptr<Workspace> openExistingWorkspace(const QString &path, const Clock &clock,
                                                 VerbContext &context, Workspace::Access access);

// Whether the file given to `option` (--out, --ics, --csv) may be written: not when it is the
// workspace `file` itself or a file beside it that belongs to it (WorkspaceFile::isPartOf),
// which the output would replace. If it is, one line to err and false.
bool outputSparesWorkspace(const QString &option, const QString &out, const QString &file,
                           VerbContext &context);

// The row id given to an option (--case 12): a positive number, else one line to err and 0.
RowId idOption(const QCommandLineParser &parser, const QString &option, VerbContext &context);

// Whether the workspace has the case `caseId` (0: no case was asked for, which is fine); if
// not, one line to err and false.
bool caseIsThere(Workspace &workspace, RowId caseId, VerbContext &context);

// A field of a tab-separated line: tabs and line breaks inside it become spaces, since they
// would break the one-line-per-row format.
QString oneLineField(QString text);

} // namespace leverage::app
