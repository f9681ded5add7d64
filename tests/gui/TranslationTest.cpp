// The window in another language. A pseudo-translation (every text of Leverage's own bracketed
// "⟦…⟧", accented and about 30% longer, made from leverage_de.ts at build time) is loaded into
// the real main window over the demo workspace and into every dialog: any visible text left
// outside the brackets is one that does not go through tr(). And German, as a German user
// starts Leverage: German menus with no Alt letter used twice in one menu or dialog.
#include "app/FeatureWiring.h"
#include "app/Translations.h"
#include "core/store/CaseQuery.h"
#include "core/store/CaseRepository.h"
#include "core/store/ContactRepository.h"
#include "core/store/OrganizationRepository.h"
#include "core/store/SealChain.h"
#include "core/store/TimelineRepository.h"
#include "core/store/Workspace.h"
#include "core/util/Translate.h"
#include "tests/gui/EveryDialog.h"
#include "tests/gui/Mnemonics.h"
#include "tests/gui/RealWindow.h"
#include "tests/support/RecordingErrorReporter.h"
#include "tests/support/TestWorkspace.h"
#include "ui/cases/CasesPane.h"
#include "ui/models/search/SavedSearchCommand.h"
#include "ui/window/MainWindow.h"

#include <QAbstractButton>
#include <QAction>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QFileInfo>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QSettings>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTextDocumentFragment>
#include <QTextEdit>
#include <QTranslator>
#include <algorithm>
#include <gtest/gtest.h>

using namespace leverage;

namespace {

// What the workspace itself says (names, titles, references) and the locale's month and day
// names: texts made of these, digits and punctuation are data, not the program's words.
QStringList dataVocabulary(Workspace &workspace)
{
    QStringList words;
    if (auto cases = workspace.cases().page(CaseQuery{}, 0, 10000))
        for (const auto &summary : *cases) {
            words << summary.caseData.title << summary.caseData.reference
                  << summary.caseData.desiredOutcome << summary.caseData.outcome
                  << summary.caseData.currency << summary.organizationName;
            // The entries' summaries: the trigger dialog offers them by date, cut at 60.
            if (auto entries = workspace.timeline().forCase(summary.caseData.meta.id))
                for (const auto &entry : *entries)
                    words << entry.summary << entry.summary.left(60);
        }
    if (auto organizations = workspace.organizations().all())
        for (const auto &organization : *organizations) {
            words << organization.name << organization.kind << organization.website;
            if (auto people = workspace.contacts().forOrganization(organization.meta.id))
                for (const auto &person : *people)
                    words << person.name << person.position << person.department << person.email
                          << person.bestTime << person.rulesOfEngagement;
        }
    // The chain's head, shown in part by Time-stamp the Record.
    if (auto head = workspace.seals().head())
        words << head->left(16) << head->right(16);
    const QLocale locale;
    for (int i = 1; i <= 12; ++i)
        words << locale.monthName(i) << locale.monthName(i, QLocale::ShortFormat)
              << locale.standaloneMonthName(i);
    for (int i = 1; i <= 7; ++i)
        words << locale.dayName(i) << locale.dayName(i, QLocale::ShortFormat);
    words << locale.amText() << locale.pmText() << QStringLiteral("Leverage")
          << leverage::testing::everyDialogSampleTexts();
    words.removeAll(QString());
    // Longest first, so that "Dana Ruiz" goes before "Dana".
    std::sort(words.begin(), words.end(),
              [](const QString &a, const QString &b) { return a.size() > b.size(); });
    return words;
}

// What is left of `text` once the pseudo-translation's marks, its accented words and the data
// are taken out: a word there (two letters or more, not an acronym such as PDF) was never
// translated, also where it was put into a translated sentence ("⟦Štåtüš: %1~~⟧").
QString untranslatedPart(QString text, const QStringList &data)
{
    static const QRegularExpression marks(QStringLiteral("[⟦⟧~]"));
    // A token with a letter outside ASCII: every letter of the pseudo-translation is one.
    static const QRegularExpression accented(QStringLiteral("\\S*(?=\\p{L})[^\\x00-\\x7F]\\S*"));
    static const QRegularExpression word(QStringLiteral("\\p{L}*\\p{Ll}\\p{L}*|\\p{Lu}{5,}"));
    text.remove(marks);
    for (const QString &datum : data)
        text.remove(datum);
    text.remove(accented);
    static const QRegularExpression twoLetters(QStringLiteral("\\p{L}{2,}"));
    for (auto it = word.globalMatch(text); it.hasNext();)
        if (twoLetters.match(it.next().captured()).hasMatch())
            return text.simplified();
    return {};
}

struct ShownText
{
    QString where;
    QString text;
};

void addMenu(QMenu &menu, const QString &where, QList<ShownText> &out)
{
    for (QAction *action : menu.actions()) {
        if (action->isSeparator() || !action->isVisible())
            continue;
        out.append({where, action->text()});
        if (QMenu *sub = action->menu())
            addMenu(*sub, where + QStringLiteral(" → ") + action->text(), out);
    }
}

// Every text a person sees in `window`: its title, labels, buttons (not Qt's standard dialog
// buttons: Qt's own translation has those), group and tab titles, dock titles, column
// headers, placeholders, the items of choice lists, and the menus.
QList<ShownText> shownTexts(QWidget &window)
{
    const QString name = QString::fromLatin1(window.metaObject()->className());
    QList<ShownText> out{{name + QStringLiteral(" title"), window.windowTitle()}};
    for (QWidget *widget : window.findChildren<QWidget *>()) {
        if (!widget->isVisibleTo(&window))
            continue;
        const QString where = name + QStringLiteral(" ") +
                              QString::fromLatin1(widget->metaObject()->className()) +
                              QStringLiteral(" ") + widget->objectName();
        if (auto *label = qobject_cast<QLabel *>(widget)) {
            out.append({where, Qt::mightBeRichText(label->text())
                                   ? QTextDocumentFragment::fromHtml(label->text()).toPlainText()
                                   : label->text()});
        } else if (auto *button = qobject_cast<QAbstractButton *>(widget)) {
            auto *box = qobject_cast<QDialogButtonBox *>(button->parentWidget());
            if (!box || box->standardButton(button) == QDialogButtonBox::NoButton)
                out.append({where, button->text()});
        } else if (auto *group = qobject_cast<QGroupBox *>(widget)) {
            out.append({where, group->title()});
        } else if (auto *tabs = qobject_cast<QTabBar *>(widget)) {
            for (int i = 0; i < tabs->count(); ++i)
                out.append({where, tabs->tabText(i)});
        } else if (auto *dock = qobject_cast<QDockWidget *>(widget)) {
            out.append({where, dock->windowTitle()});
        } else if (auto *header = qobject_cast<QHeaderView *>(widget)) {
            if (header->model())
                for (int i = 0; i < header->count(); ++i)
                    if (!header->isSectionHidden(i))
                        out.append(
                            {where,
                             header->model()->headerData(i, header->orientation()).toString()});
        } else if (auto *line = qobject_cast<QLineEdit *>(widget)) {
            out.append({where, line->placeholderText()});
        } else if (auto *plain = qobject_cast<QPlainTextEdit *>(widget)) {
            out.append({where, plain->placeholderText()});
        } else if (auto *rich = qobject_cast<QTextEdit *>(widget)) {
            out.append({where, rich->placeholderText()});
        } else if (auto *combo = qobject_cast<QComboBox *>(widget)) {
            for (int i = 0; i < combo->count(); ++i)
                out.append({where, combo->itemText(i)});
        } else if (auto *bar = qobject_cast<QMenuBar *>(widget)) {
            for (QAction *top : bar->actions())
                if (QMenu *menu = top->menu()) {
                    out.append({name + QStringLiteral(" menu bar"), top->text()});
                    addMenu(*menu, top->text(), out);
                }
        }
    }
    return out;
}

class TranslatedWindowTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settings.path());
    }
    void TearDown() override
    {
        m_real.close();
        for (QTranslator *translator : m_translators)
            QCoreApplication::removeTranslator(translator);
        qDeleteAll(m_translators);
    }

    bool openDemo()
    {
        return m_real.open(m_dir.filePath(QStringLiteral("w.leverage")), m_clock, true);
    }
    ui::MainWindow &window() { return m_real.window(); }

    // The main window with a call running (the call pane shows its fields), then one of every
    // dialog: what each shows and where.
    QList<ShownText> everyShownText()
    {
        EXPECT_TRUE(window().casesPane()->selectCase(1));
        m_real.features().startCallAction()->trigger();
        QCoreApplication::processEvents();
        QList<ShownText> texts = shownTexts(window());
        for (auto &dialog : leverage::testing::everyDialog(window(), m_clock.now(), m_reporter)) {
            dialog->show();
            QCoreApplication::processEvents();
            texts += shownTexts(*dialog);
            dialog->hide();
        }
        return texts;
    }

    QTemporaryDir m_dir;
    QTemporaryDir m_settings;
    FixedClock m_clock{leverage::testing::testNow()};
    leverage::testing::RecordingErrorReporter m_reporter;
    leverage::testing::RealWindow m_real;
    QList<QTranslator *> m_translators;
};

TEST_F(TranslatedWindowTest, EveryTextShownInTheWindowAndItsDialogsGoesThroughTranslation)
{
    auto *pseudo = new QTranslator;
    m_translators << pseudo;
    ASSERT_TRUE(pseudo->load(QStringLiteral(LEVERAGE_PSEUDO_QM))) << LEVERAGE_PSEUDO_QM;
    ASSERT_TRUE(QCoreApplication::installTranslator(pseudo));
    ASSERT_TRUE(openDemo());

    const QStringList data = dataVocabulary(window().workspace());
    const QList<ShownText> texts = everyShownText();
    QStringList untranslated;
    int translated = 0;
    for (const auto &[where, text] : texts) {
        if (text.contains(QStringLiteral("⟦")))
            ++translated;
        if (const QString left = untranslatedPart(text, data); !left.isEmpty())
            untranslated << QStringLiteral("%1: “%2”").arg(where, text);
    }
    untranslated.removeDuplicates();
    EXPECT_GE(translated, 300) << "the window's and dialogs' texts were found and translated";
    EXPECT_TRUE(untranslated.isEmpty()) << untranslated.size() << " texts are shown untranslated:\n"
                                        << untranslated.join(QLatin1Char('\n')).toStdString();
}

// Texts outside a QObject go through leverage::tr (core/util/Translate.h). An undo command's
// own helper once asked for a context the catalogue never had, and its "Save Search" stayed
// English in a German window.
TEST_F(TranslatedWindowTest, InGermanTheTextsOutsideAQObjectAreGermanToo)
{
    m_translators = app::installTranslations(QLocale(QLocale::German, QLocale::Germany));
    ASSERT_TRUE(openDemo());
    const auto save = models::SavedSearchCommand::save(
        window().workspace(), QStringLiteral("Spüler"), QStringLiteral("dishwasher"));
    EXPECT_EQ(save->text().toStdString(), "Suche „Spüler“ speichern");
    EXPECT_EQ(leverage::tr("waiting for: %1").toStdString(), "wartet auf: %1");
}

TEST_F(TranslatedWindowTest, InGermanTheMenusAreGermanAndNoMenuOrDialogUsesAnAltLetterTwice)
{
    const QList<QTranslator *> installed =
        app::installTranslations(QLocale(QLocale::German, QLocale::Germany));
    m_translators = installed;
    QStringList names;
    for (const QTranslator *translator : installed)
        names << QFileInfo(translator->filePath()).fileName();
    EXPECT_TRUE(names.contains(QStringLiteral("leverage_de.qm"))) << names.join(' ').toStdString();
    EXPECT_TRUE(names.contains(QStringLiteral("qtbase_de.qm")))
        << "Qt's own German (qt6-translations-l10n): " << names.join(' ').toStdString();
    ASSERT_TRUE(openDemo());

    // The File menu, first in the bar, as its German catalogue has it.
    const QList<QAction *> bar = window().menuBar()->actions();
    ASSERT_FALSE(bar.isEmpty());
    EXPECT_EQ(bar.first()->text(),
              QCoreApplication::translate("leverage::ui::MainWindow", "&File"));
    EXPECT_NE(bar.first()->text(), QStringLiteral("&File"));

    QStringList clashes;
    for (auto &dialog : leverage::testing::everyDialog(window(), m_clock.now(), m_reporter))
        clashes << leverage::testing::windowClashes(
            *dialog, QString::fromLatin1(dialog->metaObject()->className()) + QStringLiteral(" “") +
                         dialog->windowTitle() + QStringLiteral("”"));
    ASSERT_TRUE(window().casesPane()->selectCase(1));
    m_real.features().startCallAction()->trigger();
    QCoreApplication::processEvents();
    clashes << leverage::testing::windowClashes(window(), QStringLiteral("main window"));
    for (QAction *top : bar)
        if (QMenu *menu = top->menu())
            clashes << leverage::testing::menuClashes(*menu, top->text());
    EXPECT_TRUE(clashes.isEmpty()) << clashes.join(QLatin1Char('\n')).toStdString();
}

} // namespace
