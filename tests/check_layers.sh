#!/usr/bin/env bash
# Fails when a layer reaches up: core must not see Widgets or PrintSupport, and the models
# must not see Widgets. A convention is not enough (KeePassXC's stray QApplication include).
set -u
root=${1:?source dir}
status=0
widgets='#include *[<"](QtWidgets|QtPrintSupport|QApplication|QWidget|QMainWindow|QDialog|QMessageBox|QAbstractItemView|QPrinter|QPrintDialog|QPrintPreviewDialog|QStyledItemDelegate)'
if hits=$(grep -rnE "$widgets" "$root/core" 2>/dev/null); then
    echo "core/ includes Widgets or PrintSupport headers:"; echo "$hits"; status=1
fi
if hits=$(grep -rnE "$widgets" "$root/ui/models" 2>/dev/null); then
    echo "ui/models/ includes Widgets headers:"; echo "$hits"; status=1
fi
if hits=$(grep -rlE '#include *"(MainWindow|.*Pane|.*Dialog)\.h"' "$root/core" "$root/ui/models" 2>/dev/null); then
    echo "a lower layer includes a widget header:"; echo "$hits"; status=1
fi
if hits=$(grep -rnE 'Widgets|PrintSupport' "$root/core/CMakeLists.txt" "$root/ui/models/CMakeLists.txt" 2>/dev/null | grep -v '^\s*#' | grep -v 'never Widgets\|no Widgets'); then
    echo "a lower layer links Widgets or PrintSupport:"; echo "$hits"; status=1
fi
# SQL lives in the store: statements elsewhere would escape its dialect and its transactions.
sql='#include *[<"](QSqlQuery|QtSql|store/Statement\.h|store/BulkInsert\.h)|QSqlQuery[ (]'
if hits=$(grep -rnE "$sql" "$root/core" "$root/ui" "$root/app" 2>/dev/null | grep -v "^$root/core/store/"); then
    echo "SQL outside core/store:"; echo "$hits"; status=1
fi
# Widgets read through models (ui/models) and core services, not the store. What stayed is
# listed here, each with why; a new include of core/store/ in a widget fails until it is
# either moved behind a model or added here with its reason.
store_allowed=(
    # The Workspace object itself: panes hand it to their models and editors, and take the clock.
    "ui/calls/CallNotesPane.cpp core/store/Workspace.h"
    "ui/calls/CallNotesPaneActions.cpp core/store/Workspace.h"
    "ui/cases/CaseDialog.cpp core/store/Workspace.h"
    "ui/contacts/ContactsTransfer.cpp core/store/Workspace.h"
    "ui/ledger/AgendaPane.cpp core/store/Workspace.h"
    "ui/window/MainWindow.cpp core/store/Workspace.h"
    "ui/evidence/AttachmentsPane.cpp core/store/Workspace.h"
    # Single-row lookups: a case's title for a header or a file name, a contact's gateway
    # flag, the item an Edit opens or a reminder names. A model would only wrap the same get().
    "ui/calls/CallNotesPane.cpp core/store/CaseRepository.h"
    "ui/calls/CallNotesPane.cpp core/store/ContactRepository.h"
    "ui/calls/CallNotesPaneActions.cpp core/store/CaseRepository.h"
    "ui/calls/CallNotesPaneActions.cpp core/store/ContactRepository.h"
    "ui/cases/CaseHeader.cpp core/store/CaseRepository.h"
    "ui/cases/CaseHeader.cpp core/store/Workspace.h"
    "ui/commitments/CommitmentDialog.cpp core/store/CaseRepository.h"
    "ui/commitments/CommitmentDialog.cpp core/store/Workspace.h"
    "ui/contacts/GatewayPane.cpp core/store/ContactRepository.h"
    "ui/contacts/GatewayPane.cpp core/store/Workspace.h"
    "ui/dossier/DossierPrintController.cpp core/store/CaseRepository.h"
    "ui/dossier/DossierPrintController.cpp core/store/TimelineRepository.h"
    "ui/dossier/DossierPrintController.cpp core/store/Workspace.h"
    "ui/ledger/DesktopNotifier.cpp core/store/CommitmentRepository.h"
    "ui/ledger/DesktopNotifier.cpp core/store/FollowUpRepository.h"
    "ui/ledger/DesktopNotifier.cpp core/store/Workspace.h"
    "ui/ledger/LedgerReminders.cpp core/store/CommitmentRepository.h"
    "ui/ledger/LedgerReminders.cpp core/store/FollowUpRepository.h"
    "ui/ledger/LedgerReminders.cpp core/store/Workspace.h"
    "ui/window/EditController.cpp core/store/CaseRepository.h"
    "ui/window/EditController.cpp core/store/CommitmentRepository.h"
    "ui/window/EditController.cpp core/store/ContactRepository.h"
    "ui/window/EditController.cpp core/store/OrganizationRepository.h"
    "ui/window/EditController.cpp core/store/TimelineRepository.h"
    "ui/window/EditController.cpp core/store/Workspace.h"
    # Forms that take the clock from the workspace; their choice lists come from
    # core/contacts/ContactDirectory.
    "ui/escalation/EscalationStepDialog.cpp core/store/Workspace.h"
    "ui/timeline/EntryDialog.cpp core/store/Workspace.h"
    # The case header's clock countdown follows the workspace's change signals (issue 19).
    "ui/clocks/ClockCountdownLabel.cpp core/store/Workspace.h"
    # A team workspace's address (a value: host, port, database, user, TLS mode; no SQL): the
    # Open Team Workspace dialog fills one and the recent list names one (issue 23).
    "ui/window/RecentWorkspaces.cpp core/store/ServerAddress.h"
    "ui/window/TeamWorkspaceDialog.h core/store/ServerAddress.h"
    # A document a dialog saves is written whole and never over a workspace (a file, no SQL).
    "ui/backup/ArchiveController.cpp core/store/DocumentFile.h"
    "ui/clocks/ClockRulesDialog.cpp core/store/DocumentFile.h"
    "ui/outcomes/OutcomesWindow.cpp core/store/DocumentFile.h"
    "ui/outcomes/RegulatorFormDialog.cpp core/store/DocumentFile.h"
    # The vCard merge: the undo work on import owns this write path (issue 13).
    "ui/contacts/ContactImportDialog.cpp core/store/ContactRepository.h"
    "ui/contacts/ContactImportDialog.cpp core/store/Workspace.h"
)
store_hits=$(cd "$root" && grep -rHoE '#include *"core/store/[A-Za-z]+\.h"' ui 2>/dev/null |
    grep -v '^ui/models/' | sed -E 's/:#include *"(.*)"$/ \1/' | sort -u)
allowed_list=$(printf '%s\n' "${store_allowed[@]}" | sort -u)
if unlisted=$(comm -23 <(echo "$store_hits") <(echo "$allowed_list") | grep .); then
    echo "widgets include core/store/ beyond the allow-list (read through a model instead):"
    echo "$unlisted"; status=1
fi
if stale=$(comm -13 <(echo "$store_hits") <(echo "$allowed_list") | grep .); then
    echo "allow-list entries that no longer occur (take them out of tests/check_layers.sh):"
    echo "$stale"; status=1
fi
# Every edit goes through one undo command (ui/models): a widget that wrote to the store
# itself would bypass the stack, its failure policy and its undo. Outside ui/models, ui/ may
# read repositories but not call their write methods (also when the call spans lines), keep
# a repository in a variable, open a WriteTransaction, or call the writing services' entry
# points (import, filing a call, the escalation path's writes). Call drafts are scratch, not
# edits: CallSession's draft saves and discards stay allowed.
repos='cases|organizations|contacts|timeline|commitments|followUps|escalation|callDrafts'
writes='add|addMany|update|remove|move|link|unlink|append|renumber|setStatus|setParticipants|setInvolvedOrganizations|savePayload|raiseLastActivity|refreshLastActivity'
services='apply|takeBack|putBack|file|fileCall|unfile|insertStep|removeSteps|restoreSteps|writeSteps|applyTemplate|escalate|redoEscalation|undoEscalation'
hits=$(find "$root/ui" -path "$root/ui/models" -prune -o \( -name '*.cpp' -o -name '*.h' \) -print |
    sort | xargs -r perl -0777 -ne '
        my @found;
        while (/\.(?:'"$repos"')\(\)\s*\.\s*(?:'"$writes"')\s*\(/g) { push @found, [$-[0], $&] }
        while (/(\bconst\s+)?\b(?:auto|\w*Repository)\s*[&*]\s*\w+\s*=\s*[\w.>()-]*\.(?:'"$repos"')\(\)/g) {
            push @found, [$-[0], $&] unless $1;
        }
        while (/\bWriteTransaction\b/g) { push @found, [$-[0], $&] }
        while (/(?<![-\w>])\s*\.(?:'"$services"')\s*\(/g) { push @found, [$-[0], $&] }
        for my $hit (sort { $a->[0] <=> $b->[0] } @found) {
            my $line = 1 + (substr($_, 0, $hit->[0]) =~ tr/\n//);
            (my $what = $hit->[1]) =~ s/\s+/ /g;
            print "$ARGV:$line: $what\n";
        }')
if [ -n "$hits" ]; then
    echo "a widget writes to the store past the undo stack (use an UndoCommand in ui/models):"
    echo "$hits"; status=1
fi
# The suites are GoogleTest programs: QTest's QCOMPARE, QVERIFY and QTRY_* report a failure to
# QTest, which nothing here reads, so the test passes; and after one, every later QTRY_* of the
# program stops waiting. Wait with QTest::qWaitFor and assert with GoogleTest.
if hits=$(grep -rnE '\b(QTRY_[A-Z_]+|QCOMPARE|QVERIFY2?)\(' "$root/tests" --include='*.cpp' --include='*.h'); then
    echo "QTest's assertions in a GoogleTest suite fail without failing it (use ASSERT_TRUE(QTest::qWaitFor(...))):"
    echo "$hits"; status=1
fi
[ $status -eq 0 ] && echo "layers: 1 passed, 0 failed"
exit $status
