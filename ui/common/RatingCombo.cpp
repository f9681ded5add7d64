#include "ui/common/RatingCombo.h"

namespace leverage::ui {

RatingCombo::RatingCombo(const QStringList &labels, QWidget *parent) : QComboBox(parent)
{
    addItem(tr("Not rated"), 0);
    for (int i = 0; i < labels.size(); ++i)
        addItem(tr("%1 – %2").arg(i + 1).arg(labels.at(i)), i + 1);
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
