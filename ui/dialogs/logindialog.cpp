#include "logindialog.h"

#include "models/coretext.h"
#include "models/tone.h"

#include "core/runtime/coreruntime.h"
#include "core/security/operatorservice.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

LoginDialog::LoginDialog(exchange::CoreRuntime &runtime, exchange::security::OperatorService &operators, QWidget *parent)
    : QDialog(parent),
      m_runtime(runtime),
      m_operators(operators),
      m_heading(new QLabel(tr("Sign in to Exchange Console"), this)),
      m_database(new QLabel(this)),
      m_username(new QLineEdit(this)),
      m_password(new QLineEdit(this)),
      m_message(new QLabel(this)),
      m_signIn(new QPushButton(tr("&Sign in"), this))
{
    setWindowTitle(tr("Exchange Console — Sign in"));
    setMinimumWidth(420);
    QFont font = m_heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    font.setBold(true);
    m_heading->setFont(font);
    m_database->setWordWrap(true);
    m_database->setVisible(false);

    m_username->setObjectName(QStringLiteral("username"));
    m_username->setPlaceholderText(tr("Your operator name"));
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("Your password"));
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(tone::textStyle(tone::Tone::Attention));
    m_message->setVisible(false);
    m_signIn->setDefault(true);
    m_signIn->setEnabled(false);

    auto *form = new QFormLayout;
    form->addRow(tr("&Username:"), m_username);
    form->addRow(tr("&Password:"), m_password);
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_signIn, QDialogButtonBox::AcceptRole);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_database);
    layout->addWidget(new QLabel(tr("Every action you take is recorded in the audit log under your name."), this));
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    connect(m_username, &QLineEdit::textChanged, this, &LoginDialog::updateButton);
    connect(m_password, &QLineEdit::textChanged, this, &LoginDialog::updateButton);
    connect(m_signIn, &QPushButton::clicked, this, &LoginDialog::trySignIn);
    connect(m_password, &QLineEdit::returnPressed, this, &LoginDialog::trySignIn);
}

void LoginDialog::setLocked(const QString &username)
{
    m_heading->setText(tr("The console is locked"));
    m_username->setText(username);
    m_message->setStyleSheet(QString());
    m_message->setText(tr("Locked after a time without input, or by %1. Sign in again to go on; "
                          "another operator may sign in instead.")
                           .arg(username));
    m_message->setVisible(true);
    m_password->setFocus();
}

void LoginDialog::setDatabaseName(const QString &name)
{
    m_database->setText(tr("Database: %1").arg(name));
    m_database->setVisible(true);
}

void LoginDialog::updateButton()
{
    m_signIn->setEnabled(!m_busy && !m_username->text().trimmed().isEmpty() && !m_password->text().isEmpty());
}

void LoginDialog::trySignIn()
{
    if (m_busy || !m_signIn->isEnabled())
        return;
    m_busy = true;
    updateButton();
    m_message->setStyleSheet(QString());
    m_message->setText(tr("Checking…"));
    m_message->setVisible(true);
    const std::string username = m_username->text().trimmed().toStdString();
    QByteArray password = m_password->text().toUtf8();
    m_password->clear();
    auto *operators = &m_operators;
    m_runtime.post(
        [operators, username, password]() mutable {
            auto result = operators->login(username, password);
            password.fill('\0');
            return result;
        },
        this, [this](exchange::Result<std::shared_ptr<exchange::security::Session>> result) {
            m_busy = false;
            updateButton();
            if (!result.ok()) {
                m_message->setStyleSheet(tone::textStyle(tone::Tone::Attention));
                m_message->setText(tr("Not signed in: %1.").arg(CoreText::error(result.error())));
                m_password->setFocus();
                return;
            }
            m_message->setVisible(false);
            emit signedIn(result.value());
            accept();
        });
}
