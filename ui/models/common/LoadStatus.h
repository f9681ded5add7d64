#pragma once

#include <QString>

namespace leverage::models {

class ErrorReporter;

enum class LoadState
{
    NotLoaded, // not read yet: an empty model says nothing then
    Loaded,
    Failed // the last read failed: the model is empty, and that is not "nothing here"
};

// What every model that reads the store says about its last read. A pane shows a failure in
// place of its empty state ("Could not read the promises" with the reason and Retry), never a
// false "nothing here"; the failure also goes to the window's error reporter, once each time
// the model falls into it (a model that keeps failing on every change does not repeat itself).
class LoadStatus
{
public:
    LoadState loadState() const { return m_state; }
    // Read at least once, whatever came of it: changes are followed from then on.
    bool wasRead() const { return m_state != LoadState::NotLoaded; }
    bool isLoaded() const { return m_state == LoadState::Loaded; }
    bool loadFailed() const { return m_state == LoadState::Failed; }
    // "Could not read the promises"; empty unless the last read failed.
    QString loadFailureHeading() const;
    // The store's sentence for why; empty unless the last read failed.
    QString loadFailureReason() const { return m_reason; }
    // Heading and reason in one sentence, as the reporter gets it.
    QString loadError() const;

    // Null: failures are only kept in the load state (a model tested alone).
    void setErrorReporter(ErrorReporter *reporter) { m_reporter = reporter; }
    ErrorReporter *errorReporter() const { return m_reporter; }

protected:
    // `what` names what the model reads, for the heading: "the promises".
    explicit LoadStatus(QString what) : m_what(std::move(what)) {}
    ~LoadStatus() = default;
    LoadStatus(const LoadStatus &) = delete;
    LoadStatus &operator=(const LoadStatus &) = delete;

    void markLoaded();
    void markFailed(const QString &reason);
    // Back to "not read" (the subject went away: no contact selected).
    void markNotLoaded();

private:
    QString m_what;
    QString m_reason;
    LoadState m_state = LoadState::NotLoaded;
    ErrorReporter *m_reporter = nullptr;
};

} // namespace leverage::models
