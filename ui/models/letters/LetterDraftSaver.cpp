#include "ui/models/letters/LetterDraftSaver.h"

#include "core/store/LetterRepository.h"
#include "ui/models/common/ReportError.h"

namespace leverage::models {

LetterDraftSaver::LetterDraftSaver(Workspace &workspace, RowId letterId, ErrorReporter *reporter,
                                   QObject *parent)
    : QObject(parent), m_workspace(workspace), m_letterId(letterId), m_reporter(reporter)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(kDelayMs);
    connect(&m_timer, &QTimer::timeout, this, &LetterDraftSaver::flush);
}

LetterDraftSaver::~LetterDraftSaver()
{
    flush();
}

void LetterDraftSaver::save(const QString &subject, const QString &body)
{
    m_subject = subject;
    m_body = body;
    m_pending = true;
    m_timer.start();
}

void LetterDraftSaver::flush()
{
    if (!m_pending)
        return;
    m_pending = false;
    m_timer.stop();
    if (auto status = LetterRepository(m_workspace).saveDraftText(m_letterId, m_subject, m_body);
        !status) {
        reportError(m_reporter,
                    tr("The letter's draft could not be saved: %1").arg(status.message()));
        return;
    }
    Q_EMIT saved();
}

} // namespace leverage::models
