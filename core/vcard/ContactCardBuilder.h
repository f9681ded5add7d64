#pragma once

#include "core/util/Result.h"
#include "core/vcard/ContactCard.h"
#include "core/vcard/VCardProperty.h"

#include <QList>

namespace leverage {

// Turns the properties of one card into a contact: the name and its parts, every phone and
// e-mail with its kind (an extension written into the number goes to the extension), postal
// addresses, URLs, categories and Leverage's own fields. What a contact cannot keep is named
// in ContactCard::notStored; control characters never reach a stored field.
class ContactCardBuilder final
{
public:
    Result<ContactCard> build(const QList<VCardProperty> &properties, int beginLine);
    // The line the last error is about.
    int errorLine() const { return m_errorLine; }

    // "+1 555 0100 ext. 4471", "tel:+1-555-0100;ext=102": the number and the extension apart.
    static void splitExtension(const QString &raw, QString *number, QString *extension);

private:
    Error fail(int line, const QString &what);

    int m_errorLine = 0;
};

} // namespace leverage
