#include "ui/common/RatingCombo.h"

namespace leverage::ui {

RatingCombo::RatingCombo(RatingScale scale, QWidget *parent) : QComboBox(parent)
{
    addItem(tr("Not rated"), 0);
    for (int value = 1; value <= 5; ++value)
        addItem(ratingLabel(scale, value), value);
}

std::optional<int> RatingCombo::rating() const
{
    const int value = currentData().toInt();
    return value > 0 ? std::optional(value) : std::nullopt;
}

void RatingCombo::setRating(std::optional<int> rating)
{
    const int index = findData(rating.value_or(0));
    setCurrentIndex(index < 0 ? 0 : index);
}

} // namespace leverage::ui
