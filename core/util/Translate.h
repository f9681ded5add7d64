#pragma once

#include <QCoreApplication>
#include <QString>

namespace leverage {

// Core has no QObject to call tr() on, so its texts (and those of helpers in the models and
// widgets outside a QObject) go through this one function. lupdate files each call under the
// class around it; resources/translations/ts_tool.py compile copies every message of leverage::…
// under this context too, where this asks for it.
inline QString tr(const char *text)
{
    return QCoreApplication::translate("leverage", text);
}

} // namespace leverage
