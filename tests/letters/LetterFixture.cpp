#include "tests/letters/LetterFixture.h"

#include "core/services/DemoWorkspaceBuilder.h"
#include "core/store/CaseRepository.h"
#include "core/store/ContactRepository.h"
#include "core/store/LetterSettingsRepository.h"
#include "core/store/OrganizationRepository.h"

#include <QProcess>

namespace leverage::testing {

MyDetails LetterFixture::me()
{
    return {QStringLiteral("Alex Rivera"), QStringLiteral("12 Elm Street\nSpringfield IL 62704"),
            QStringLiteral("+1 217 555 0199"), QStringLiteral("alex.rivera@example.org")};
}

void LetterFixture::SetUp()
{
    ASSERT_TRUE(DemoWorkspaceBuilder(*m_workspace).build());
    ASSERT_TRUE(LetterSettingsRepository(*m_workspace).setMyDetails(me()));
}

RowId LetterFixture::caseTitled(const QString &start)
{
    return caseTitledIn(*m_workspace, start);
}

RowId LetterFixture::contactNamed(const QString &name)
{
    auto organizations = m_workspace->organizations().all();
    EXPECT_TRUE(organizations);
    for (const auto &organization : *organizations) {
        auto contacts = m_workspace->contacts().forOrganization(organization.meta.id);
        for (const auto &contact : *contacts)
            if (contact.name == name)
                return contact.meta.id;
    }
    ADD_FAILURE() << "no contact named " << name.toStdString();
    return 0;
}

QString LetterFixture::run(const QString &program, const QStringList &arguments, int *exitCode,
                           const QByteArray &input)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForStarted(10000)) {
        ADD_FAILURE() << program.toStdString() << " could not be started (is it installed?)";
        return {};
    }
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    process.waitForFinished(60000);
    if (exitCode)
        *exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return QString::fromUtf8(process.readAllStandardOutput()) +
           QString::fromUtf8(process.readAllStandardError());
}

} // namespace leverage::testing
