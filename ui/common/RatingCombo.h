#pragma once

#include "core/domain/RatingScale.h"

#include <QComboBox>
#include <optional>

namespace leverage::ui {

// A 1–5 rating or "not rated", worded by the one scale of core (RatingScale).
class RatingCombo final : public QComboBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RatingCombo)

public:
    explicit RatingCombo(RatingScale scale, QWidget *parent = nullptr);

    std::optional<int> rating() const;
    void setRating(std::optional<int> rating);
};

} // namespace leverage::ui
