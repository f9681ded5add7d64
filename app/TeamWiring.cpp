#include "app/TeamWiring.h"

#include "ui/window/MainWindow.h"

namespace leverage::app {

TeamWiring::TeamWiring(ui::MainWindow &window) : QObject(&window), m_resolver(&window)
{
    models::ConflictResolver::install(&m_resolver);
}

TeamWiring::~TeamWiring()
{
    if (models::ConflictResolver::installed() == &m_resolver)
        models::ConflictResolver::install(nullptr);
}

} // namespace leverage::app
