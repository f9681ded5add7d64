#pragma once

#include <QPlainTextEdit>
#include <functional>

namespace leverage::ui {

// The notes of a live call: Return starts a new paragraph stamped with the time into the
// call ("[12:40] "), and structured items (promises, quotes …) arrive as whole paragraphs.
class CallNotesEditor final : public QPlainTextEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CallNotesEditor)

public:
    explicit CallNotesEditor(QWidget *parent = nullptr);

    void setStampSource(std::function<QString()> stamp) { m_stamp = std::move(stamp); }
    // Adds `line` as a paragraph at the end (replacing an empty stamped one) and opens a new
    // stamped paragraph after it for the user to go on typing.
    void appendItem(const QString &line);
    // Puts the cursor at the end of the notes, ready to type.
    void moveToEnd();

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    QString stamp() const { return m_stamp ? m_stamp() : QString(); }

    std::function<QString()> m_stamp;
};

} // namespace leverage::ui
