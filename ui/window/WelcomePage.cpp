#include "ui/window/WelcomePage.h"

#include <QCommandLinkButton>
#include <QIcon>
#include <QLabel>
#include <QVBoxLayout>

namespace leverage::ui {

WelcomePage::WelcomePage(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("welcomePage"));
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);
    auto *outer = new QHBoxLayout(this);
    auto *column = new QVBoxLayout;
    outer->addStretch(1);
    outer->addLayout(column, 4);
    outer->addStretch(1);

    auto *heading = new QLabel(tr("Welcome to Leverage"), this);
    QFont font = heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.6);
    font.setBold(true);
    heading->setFont(font);
    auto *text = new QLabel(tr("Keep every call, promise and letter of a complaint in one place, "
                               "and know who to go to next. This workspace is empty: start "
                               "one of these ways."),
                            this);
    text->setWordWrap(true);
    column->addStretch(1);
    column->addWidget(heading);
    column->addWidget(text);
    column->addSpacing(text->fontMetrics().height());

    // Each way in with a sentence that says what happens; the first takes Return.
    const auto add = [this, column](const QString &icon, const QString &title,
                                    const QString &description, void (WelcomePage::*signal)()) {
        auto *button = new QCommandLinkButton(title, description, this);
        button->setIcon(QIcon::fromTheme(icon));
        connect(button, &QCommandLinkButton::clicked, this, signal);
        column->addWidget(button);
        return button;
    };
    auto *demo = add(QStringLiteral("document-open"), tr("Open the &Demo Workspace"),
                     tr("Complaints in progress, with calls, promises and escalation paths: "
                        "look around without risk to your own records."),
                     &WelcomePage::openDemoRequested);
    add(QStringLiteral("folder-new"), tr("Start a &Case"),
        tr("The company, what went wrong and what you want: a few fields (Ctrl+Shift+N)."),
        &WelcomePage::newCaseRequested);
    add(QStringLiteral("contact-new"), tr("&Import Contacts"),
        tr("People and companies from an address book (vCard) you already keep."),
        &WelcomePage::importContactsRequested);
    m_tour = add(QStringLiteral("help-contents"), tr("Take the &Tour"),
                 tr("Five steps: the call pane, the escalation path, gateways and the dossier."),
                 &WelcomePage::tourRequested);
    m_tour->setObjectName(QStringLiteral("welcomeTour"));
    column->addStretch(2);
    demo->setDefault(true);
    // A flat command link shows no focus in Fusion: the keyboard user must see where Return goes.
    setStyleSheet(QStringLiteral("QCommandLinkButton:focus { border: 2px solid palette(highlight);"
                                 " border-radius: 4px; }"));
    setFocusProxy(demo);
}

void WelcomePage::setTourOffered(bool offered)
{
    m_tour->setVisible(offered);
}

} // namespace leverage::ui
