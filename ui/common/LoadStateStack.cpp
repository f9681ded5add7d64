#include "ui/common/LoadStateStack.h"

#include "ui/common/EmptyStateWidget.h"
#include "ui/models/common/LoadStatus.h"

#include <QPushButton>

namespace leverage::ui {

LoadStateStack::LoadStateStack(QWidget *content, QWidget *parent)
    : QStackedWidget(parent), m_content(content), m_failure(new EmptyStateWidget({}, {}, this))
{
    m_failure->setObjectName(QStringLiteral("loadFailure"));
    connect(m_failure->addButton(tr("&Retry")), &QPushButton::clicked, this,
            &LoadStateStack::retryRequested);
    addWidget(m_content);
    addWidget(m_failure);
}

EmptyStateWidget *LoadStateStack::emptyState()
{
    if (!m_empty) {
        m_empty = new EmptyStateWidget({}, {}, this);
        addWidget(m_empty);
    }
    return m_empty;
}

bool LoadStateStack::showLoadState(const models::LoadStatus &status, bool empty)
{
    if (status.loadFailed()) {
        m_failure->setHeading(status.loadFailureHeading());
        m_failure->setText(status.loadFailureReason());
        setCurrentWidget(m_failure);
        return true;
    }
    setCurrentWidget(empty && m_empty ? static_cast<QWidget *>(m_empty) : m_content);
    return false;
}

bool LoadStateStack::showsFailure() const
{
    return currentWidget() == m_failure;
}

} // namespace leverage::ui
