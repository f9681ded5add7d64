#pragma once

#include "core/outcomes/RegulatorForm.h"

#include <QDialog>

class QPlainTextEdit;
class QRadioButton;

namespace leverage::models {
class ErrorReporter;
}

namespace leverage::ui {

// The case's regulator form (outcomes::RegulatorForm), shown as it will be pasted: plain text
// for a web form, or JSON for a body's upload; copied to the clipboard or saved as a file.
class RegulatorFormDialog final : public QDialog
{
    Q_OBJECT

public:
    RegulatorFormDialog(outcomes::RegulatorForm form, models::ErrorReporter &reporter,
                        QWidget *parent = nullptr);

    bool showsJson() const;
    // What is shown: the text or the JSON.
    QString content() const;
    void copyToClipboard();
    // Writes what is shown to the file; false (and the error reported) if it could not.
    bool saveTo(const QString &path);

private:
    void saveAs();
    void refresh();

    outcomes::RegulatorForm m_form;
    models::ErrorReporter &m_reporter;
    QRadioButton *m_text;
    QRadioButton *m_json;
    QPlainTextEdit *m_view;
};

} // namespace leverage::ui
