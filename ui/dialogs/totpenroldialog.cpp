#include "totpenroldialog.h"

#include "models/coretext.h"
#include "models/tone.h"

#include "core/runtime/coreruntime.h"
#include "core/security/operatorservice.h"
#include "qrcodeimage.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPixmap>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

TotpEnrolDialog::TotpEnrolDialog(exchange::CoreRuntime &runtime, exchange::security::OperatorService &operators,
                                 std::shared_ptr<exchange::security::Session> session, QWidget *parent)
    : QDialog(parent),
      m_runtime(runtime),
      m_operators(operators),
      m_session(std::move(session)),
      m_qr(new QLabel(this)),
      m_secret(new QLabel(this)),
      m_code(new QLineEdit(this)),
      m_message(new QLabel(this)),
      m_confirm(new QPushButton(tr("&Confirm code"), this))
{
    setWindowTitle(tr("Exchange Console — Set up two-factor codes"));
    auto *heading = new QLabel(tr("Set up your authenticator app"), this);
    QFont font = heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    font.setBold(true);
    heading->setFont(font);
    auto *intro = new QLabel(tr("Your role confirms sensitive actions (approving withdrawals, changing settings, "
                                "unlocking the key vault) with a 6-digit code. Scan this QR code with an "
                                "authenticator app (e.g. FreeOTP, Aegis, Google Authenticator), then type the code "
                                "it shows. Nobody else may see this screen."),
                             this);
    intro->setWordWrap(true);
    m_qr->setAlignment(Qt::AlignCenter);
    m_qr->setMinimumSize(240, 240);
    m_qr->setText(tr("Preparing…"));
    m_secret->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_secret->setWordWrap(true);
    m_code->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{6}")), m_code));
    m_code->setPlaceholderText(tr("6 digits"));
    m_code->setMaxLength(6);
    m_message->setWordWrap(true);
    m_message->setVisible(false);
    m_message->setStyleSheet(tone::textStyle(tone::Tone::Attention));
    m_confirm->setDefault(true);
    m_confirm->setEnabled(false);

    auto *form = new QFormLayout;
    form->addRow(tr("Current &code:"), m_code);
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_confirm, QDialogButtonBox::AcceptRole);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(intro);
    layout->addWidget(m_qr);
    layout->addWidget(m_secret);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    connect(m_code, &QLineEdit::textChanged, this, [this] { m_confirm->setEnabled(m_code->hasAcceptableInput()); });
    connect(m_confirm, &QPushButton::clicked, this, &TotpEnrolDialog::confirmCode);
}

void TotpEnrolDialog::start(const QByteArray &secret)
{
    auto *operators = &m_operators;
    auto session = m_session;
    m_runtime.post([operators, session, secret] { return operators->beginEnrolment(*session, secret); }, this,
                   [this](exchange::Result<exchange::security::TotpEnrolment> result) {
                       if (!result.ok()) {
                           m_qr->setText(tr("No secret could be made: %1").arg(CoreText::error(result.error())));
                           return;
                       }
                       const QImage image = QrCodeImage::render(result.value().uri, 5);
                       m_qr->setPixmap(QPixmap::fromImage(image));
                       m_qr->setAccessibleName(tr("QR code for your authenticator app"));
                       QString grouped;
                       const QString secretText = result.value().secretBase32;
                       for (qsizetype i = 0; i < secretText.size(); i += 4)
                           grouped += secretText.mid(i, 4) + QLatin1Char(' ');
                       m_secret->setText(tr("Cannot scan? Enter this key in the app (time-based, 6 digits, 30 s): %1")
                                             .arg(grouped.trimmed()));
                       m_code->setFocus();
                   });
}

void TotpEnrolDialog::confirmCode()
{
    if (!m_code->hasAcceptableInput())
        return;
    m_confirm->setEnabled(false);
    auto *operators = &m_operators;
    auto session = m_session;
    const std::string code = m_code->text().toStdString();
    m_runtime.post([operators, session, code] { return operators->confirmEnrolment(*session, code); }, this,
                   [this](exchange::Result<void> result) {
                       if (!result.ok()) {
                           m_message->setText(tr("Not set up: %1. Wait for the next code and try again.")
                                                  .arg(CoreText::error(result.error())));
                           m_message->setVisible(true);
                           m_code->clear();
                           return;
                       }
                       // Nothing secret stays on screen.
                       m_qr->clear();
                       m_secret->clear();
                       emit enrolled();
                       accept();
                   });
}
