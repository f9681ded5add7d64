#include "tests/gui/RealWindow.h"

#include "core/services/DemoWorkspaceBuilder.h"
#include "core/store/Workspace.h"
#include "ui/window/MainWindow.h"

#include <QCoreApplication>
#include <QTest>
#include <gtest/gtest.h>

namespace leverage::testing {

RealWindow::~RealWindow()
{
    close();
}

bool RealWindow::open(const QString &path, Clock &clock, bool demo)
{
    auto opened = Workspace::open(path, clock);
    if (!opened) {
        ADD_FAILURE() << "cannot open " << path.toStdString() << ": "
                      << opened.message().toStdString();
        return false;
    }
    if (demo) {
        if (auto built = DemoWorkspaceBuilder(**opened).build(); !built) {
            ADD_FAILURE() << "demo: " << built.message().toStdString();
            return false;
        }
    }
    return show(std::move(*opened));
}

bool RealWindow::show(std::unique_ptr<Workspace> workspace)
{
    m_assembled = app::assembleMainWindow(std::move(workspace));
    // The smallest screen Leverage is made for, a 1366×768 laptop: the tests see what its
    // users see, and a layout that does not fit it shows as a window larger than asked.
    m_assembled.window->resize(kLaptopScreen);
    m_assembled.window->show();
    if (!QTest::qWaitForWindowExposed(m_assembled.window.get())) {
        ADD_FAILURE() << "the main window was never exposed";
        return false;
    }
    QCoreApplication::processEvents();
    return true;
}

void RealWindow::close()
{
    if (!m_assembled.window)
        return;
    m_assembled.window->close();
    m_assembled.features = nullptr;
    m_assembled.window.reset();
}

} // namespace leverage::testing
