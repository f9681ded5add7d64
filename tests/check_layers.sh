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
[ $status -eq 0 ] && echo "layers: 1 passed, 0 failed"
exit $status
