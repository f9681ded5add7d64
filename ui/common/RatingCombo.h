#pragma once

#include <QComboBox>
#include <optional>

namespace leverage::ui {

// A 1–5 rating or "not rated", with a word for each step.
class RatingCombo final : public QComboBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RatingCombo)

public:
    RatingCombo(const QStringList &labels, QWidget *parent = nullptr);

    std::optional<int> rating() const;
    void setRating(std::optional<int> rating);
};

} // namespace leverage::ui
