#include "ui/models/common/LoadStatus.h"

#include "ui/models/common/ReportError.h"

#include <QCoreApplication>

namespace leverage::models {

QString LoadStatus::loadFailureHeading() const
{
    return loadFailed() ? QCoreApplication::translate("leverage", "Could not read %1").arg(m_what)
                        : QString();
}

QString LoadStatus::loadError() const
{
    if (!loadFailed())
        return {};
    return m_reason.isEmpty() ? loadFailureHeading() + QLatin1Char('.')
                              : QCoreApplication::translate("leverage", "%1: %2")
                                    .arg(loadFailureHeading(), m_reason);
}

void LoadStatus::markLoaded()
{
    m_state = LoadState::Loaded;
    m_reason.clear();
}

void LoadStatus::markFailed(const QString &reason)
{
    const bool fresh = m_state != LoadState::Failed;
    m_state = LoadState::Failed;
    m_reason = reason;
    if (fresh && m_reporter)
        reportError(m_reporter, loadError());
}

void LoadStatus::markNotLoaded()
{
    m_state = LoadState::NotLoaded;
    m_reason.clear();
}

} // namespace leverage::models
