#include "ui/common/PlaceholderWidth.h"

#include <QComboBox>
#include <QLineEdit>
#include <QStyle>

namespace leverage::ui {

void fitPlaceholders(QWidget *form)
{
    for (auto *edit : form->findChildren<QLineEdit *>()) {
        if (edit->placeholderText().isEmpty())
            continue;
        // The text, the frame on both sides and the edit's inner margins, with a little air.
        const int frame = edit->style()->pixelMetric(QStyle::PM_DefaultFrameWidth, nullptr, edit);
        const QMargins margins = edit->textMargins();
        int width = edit->fontMetrics().horizontalAdvance(edit->placeholderText()) + 2 * frame +
                    margins.left() + margins.right() + 12;
        QWidget *field = edit;
        if (auto *combo = qobject_cast<QComboBox *>(edit->parentWidget())) {
            field = combo;
            width += combo->width() - edit->width(); // the arrow and the combo's frame
        }
        field->setMinimumWidth(std::max(field->minimumWidth(), width));
    }
}

} // namespace leverage::ui
