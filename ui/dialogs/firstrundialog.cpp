#include "firstrundialog.h"

#include "models/coretext.h"
#include "models/tone.h"

#include "core/runtime/coreruntime.h"
#include "core/security/operatorservice.h"
#include "core/security/passwordhasher.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

FirstRunDialog::FirstRunDialog(exchange::CoreRuntime &runtime, exchange::security::OperatorService &operators,
                               QWidget *parent)
    : QDialog(parent),
      m_runtime(runtime),
      m_operators(operators),
      m_username(new QLineEdit(this)),
      m_password(new QLineEdit(this)),
      m_repeat(new QLineEdit(this)),
      m_message(new QLabel(this)),
      m_create(new QPushButton(tr("&Create admin and sign in"), this))
{
    setWindowTitle(tr("Exchange Console — First run"));
    setMinimumWidth(480);
    auto *heading = new QLabel(tr("Welcome: create the first admin"), this);
    QFont font = heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    font.setBold(true);
    heading->setFont(font);
    auto *intro = new QLabel(tr("This database has no operators yet. The first one is an admin, who then adds the "
                                "others on the Operators screen and sets the per-asset limits. Admins confirm "
                                "sensitive actions with a code from an authenticator app, which you set up next."),
                             this);
    intro->setWordWrap(true);

    m_username->setPlaceholderText(tr("lower-case letters, digits, . _ -"));
    m_username->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[a-z0-9._-]{1,64}")), m_username));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("at least %n characters", nullptr, exchange::security::PasswordHasher::kMinimumLength));
    m_repeat->setEchoMode(QLineEdit::Password);
    m_message->setWordWrap(true);
    m_message->setVisible(false);
    m_create->setDefault(true);
    m_create->setEnabled(false);

    auto *form = new QFormLayout;
    form->addRow(tr("&Username:"), m_username);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(tr("&Repeat password:"), m_repeat);
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_create, QDialogButtonBox::AcceptRole);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    for (QLineEdit *edit : {m_username, m_password, m_repeat})
        connect(edit, &QLineEdit::textChanged, this, &FirstRunDialog::validate);
    connect(m_create, &QPushButton::clicked, this, &FirstRunDialog::create);
}

void FirstRunDialog::validate()
{
    QString problem;
    if (m_password->text().size() > 0 && m_password->text().toUtf8().size() < exchange::security::PasswordHasher::kMinimumLength)
        problem = tr("The password needs at least %n characters.", nullptr, exchange::security::PasswordHasher::kMinimumLength);
    else if (!m_repeat->text().isEmpty() && m_repeat->text() != m_password->text())
        problem = tr("The two passwords differ.");
    m_message->setStyleSheet(tone::textStyle(tone::Tone::Attention));
    m_message->setText(problem);
    m_message->setVisible(!problem.isEmpty());
    m_create->setEnabled(!m_busy && problem.isEmpty() && !m_username->text().isEmpty()
                         && !m_password->text().isEmpty() && m_repeat->text() == m_password->text());
}

void FirstRunDialog::create()
{
    if (m_busy || !m_create->isEnabled())
        return;
    m_busy = true;
    m_create->setEnabled(false);
    const std::string username = m_username->text().toStdString();
    QByteArray password = m_password->text().toUtf8();
    m_password->clear();
    m_repeat->clear();
    auto *operators = &m_operators;
    m_runtime.post(
        [operators, username, password]() mutable -> exchange::Result<std::shared_ptr<exchange::security::Session>> {
            auto added = operators->addFirstAdmin(username, password);
            if (!added) {
                password.fill('\0');
                return added.error();
            }
            auto session = operators->login(username, password);
            password.fill('\0');
            return session;
        },
        this, [this](exchange::Result<std::shared_ptr<exchange::security::Session>> result) {
            m_busy = false;
            if (!result.ok()) {
                m_message->setStyleSheet(tone::textStyle(tone::Tone::Attention));
                m_message->setText(tr("No admin created: %1.").arg(CoreText::error(result.error())));
                m_message->setVisible(true);
                validate();
                return;
            }
            emit signedIn(result.value());
            accept();
        });
}
