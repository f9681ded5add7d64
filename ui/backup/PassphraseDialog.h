#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace leverage::ui {

// Asks for an archive's passphrase. For an export it is optional (empty: not encrypted) and
// typed twice, since a mistyped one would lock the user out of their own archive; for an
// import it is typed once.
class PassphraseDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PassphraseDialog)

public:
    enum class Purpose
    {
        Export,
        Import
    };

    explicit PassphraseDialog(Purpose purpose, QWidget *parent = nullptr);
    ~PassphraseDialog() override;

    QByteArray passphrase() const;

private:
    void check();

    Purpose m_purpose;
    QLineEdit *m_first = nullptr;
    QLineEdit *m_second = nullptr;
    QLabel *m_problem = nullptr;
    QPushButton *m_ok = nullptr;
};

} // namespace leverage::ui
