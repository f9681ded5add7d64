#include "tests/dossier/DossierGolden.h"

#include "tests/support/PdfTools.h"

#include <QFile>
#include <gtest/gtest.h>

namespace leverage::testing {

void expectGoldenText(const QString &pdfPath, const QString &name)
{
    const QString actual = normalisedText(pdfText(pdfPath));
    ASSERT_FALSE(actual.trimmed().isEmpty());
    const QString golden = QStringLiteral(LEVERAGE_DOSSIER_GOLDEN_DIR "/") + name;
    if (qEnvironmentVariableIsSet("LEVERAGE_UPDATE_GOLDEN")) {
        QFile out(golden);
        ASSERT_TRUE(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write(actual.toUtf8());
    }
    QFile file(golden);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly))
        << "missing " << golden.toStdString() << " (LEVERAGE_UPDATE_GOLDEN=1 writes it)";
    const QStringList want = normalisedText(QString::fromUtf8(file.readAll())).split('\n');
    const QStringList got = actual.split(QLatin1Char('\n'));
    for (int i = 0; i < std::min(want.size(), got.size()); ++i)
        ASSERT_EQ(got.at(i).toStdString(), want.at(i).toStdString())
            << name.toStdString() << ", line " << i + 1;
    EXPECT_EQ(got.size(), want.size()) << name.toStdString();
}

} // namespace leverage::testing
