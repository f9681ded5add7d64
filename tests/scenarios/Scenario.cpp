#include "tests/scenarios/Scenario.h"

#include "core/dossier/DossierAssembler.h"
#include "core/dossier/DossierRenderer.h"
#include "core/store/CaseRepository.h"
#include "core/store/Workspace.h"
#include "tests/support/PdfTools.h"
#include "ui/window/MainWindow.h"
#include "ui/window/MainWindowActions.h"

#include <QApplication>
#include <QDialog>
#include <QSettings>
#include <QTest>
#include <QTimer>

namespace leverage::testing {
namespace {

// What QTest needs for one key of a sequence: the key and its modifiers.
std::pair<Qt::Key, Qt::KeyboardModifiers> split(const QKeyCombination &combination)
{
    return {combination.key(), combination.keyboardModifiers()};
}

QWidget *keyTarget()
{
    if (QWidget *focus = QApplication::focusWidget())
        return focus;
    if (QWidget *modal = QApplication::activeModalWidget())
        return modal;
    return QApplication::activeWindow();
}

} // namespace

void Scenario::SetUp()
{
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settings.path());
}

void Scenario::TearDown()
{
    m_real.close();
}

void Scenario::givenTheDemoWorkspace()
{
    ASSERT_TRUE(m_real.open(m_dir.filePath(QStringLiteral("demo.leverage")), m_clock, true));
    QApplication::setActiveWindow(&m_real.window());
}

void Scenario::givenAnEmptyWorkspace()
{
    ASSERT_TRUE(m_real.open(m_dir.filePath(QStringLiteral("empty.leverage")), m_clock, false));
    QApplication::setActiveWindow(&m_real.window());
}

void Scenario::whenIPress(const QKeySequence &keys)
{
    for (int i = 0; i < keys.count(); ++i) {
        QWidget *target = keyTarget();
        ASSERT_NE(target, nullptr) << "no widget has the keyboard focus";
        const auto [key, modifiers] = split(keys[i]);
        QTest::keyClick(target, key, modifiers);
    }
    QCoreApplication::processEvents();
}

void Scenario::whenIType(const QString &text)
{
    QWidget *target = keyTarget();
    ASSERT_NE(target, nullptr) << "no widget has the keyboard focus";
    QTest::keyClicks(target, text);
    QCoreApplication::processEvents();
}

void Scenario::whenIPressAndThenInTheDialog(const QKeySequence &keys,
                                            const std::function<void()> &inIt)
{
    bool ran = false;
    // The dialog's exec() runs its own event loop: the steps run inside it.
    QTimer::singleShot(0, [&ran, inIt] {
        ASSERT_NE(QApplication::activeModalWidget(), nullptr) << "no dialog opened";
        ran = true;
        inIt();
    });
    whenIPress(keys);
    EXPECT_TRUE(ran) << "the keys opened no dialog";
    EXPECT_EQ(QApplication::activeModalWidget(), nullptr) << "the dialog is still open";
}

void Scenario::whenIOpenTheCase(const QString &title)
{
    whenIPress(m_real.window().actions().find->shortcut());
    whenIType(title);
    whenIPress(QKeySequence(Qt::Key_Down));
    ASSERT_EQ(m_real.window().currentCaseId(), caseTitled(title)) << title.toStdString();
}

void Scenario::whenTimePasses(qint64 seconds)
{
    m_clock.advance(seconds);
}

Workspace &Scenario::store() const
{
    return m_real.window().workspace();
}

QWidget *Scenario::focusWidget() const
{
    return QApplication::focusWidget();
}

RowId Scenario::caseTitled(const QString &title) const
{
    CaseQuery query;
    query.titleContains = title;
    auto cases = store().cases().page(query, 0, 50);
    if (!cases)
        return 0;
    for (const auto &summary : *cases)
        if (summary.caseData.title == title)
            return summary.caseData.meta.id;
    return 0;
}

QString Scenario::dossierText(RowId caseId) const
{
    const DossierOptions options;
    auto data = DossierAssembler(store()).assemble(caseId, options);
    if (!data) {
        ADD_FAILURE() << "dossier: " << data.message().toStdString();
        return {};
    }
    const QString pdf = m_dir.filePath(QStringLiteral("dossier-%1.pdf").arg(caseId));
    if (auto written = DossierRenderer::renderPdf(*data, options, pdf); !written) {
        ADD_FAILURE() << "dossier: " << written.message().toStdString();
        return {};
    }
    return pdfText(pdf, false);
}

} // namespace leverage::testing
