#include "auditscreen.h"

#include "models/tone.h"

#include "models/auditlogmodel.h"
#include "models/displayformat.h"
#include "ui/widgets/sortfilterproxy.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

AuditScreen::AuditScreen(AuditLogModel *model, QWidget *parent)
    : QWidget(parent),
      m_model(model),
      m_proxy(new SortFilterProxy(AuditLogModel::RawValueRole, this)),
      m_table(new QTableView(this)),
      m_actor(new QLineEdit(this)),
      m_action(new QComboBox(this)),
      m_sinceEnabled(new QCheckBox(tr("&Since"), this)),
      m_since(new QDateTimeEdit(QDateTime::currentDateTime().addDays(-7), this)),
      m_apply(new QPushButton(tr("&Apply filter"), this)),
      m_verify(new QPushButton(tr("&Verify chain"), this)),
      m_chain(new QLabel(this)),
      m_count(new QLabel(this))
{
    auto *heading = new QLabel(tr("Audit log"), this);
    QFont font = heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.5);
    font.setBold(true);
    heading->setFont(font);
    auto *intro = new QLabel(tr("Who did what, to which object, with the values before and after. Records can only "
                                "be added; each carries the hash of the one before, so an edited, removed or "
                                "inserted record breaks the chain and is named below."),
                             this);
    intro->setWordWrap(true);

    m_chain->setObjectName(QStringLiteral("chainStatus"));
    m_chain->setWordWrap(true);
    m_chain->setMargin(8);
    m_chain->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_actor->setPlaceholderText(tr("Who (exact name, e.g. alice or cli:root)"));
    m_actor->setClearButtonEnabled(true);
    m_action->setEditable(true);
    //: Filter choices for the action column; the values after the first are action name prefixes.
    m_action->addItem(tr("Any action"), QString());
    for (const char *prefix : {"settings.", "ledger.", "operator.", "login", "totp.", "vault.", "payout", "deposit."})
        m_action->addItem(QString::fromLatin1(prefix), QString::fromLatin1(prefix));
    m_since->setCalendarPopup(true);
    m_since->setDisplayFormat(displayformat::dateTimeFormat()); // as the Time column reads
    m_since->setEnabled(false);
    connect(m_sinceEnabled, &QCheckBox::toggled, m_since, &QWidget::setEnabled);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_actor, 2);
    filters->addWidget(m_action, 1);
    filters->addWidget(m_sinceEnabled);
    filters->addWidget(m_since);
    filters->addWidget(m_apply);
    filters->addStretch();
    filters->addWidget(m_verify);

    m_proxy->setSourceModel(m_model);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(AuditLogModel::Seq, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(AuditLogModel::Seq, 50);
    m_table->setColumnWidth(AuditLogModel::Time, 150);
    m_table->setColumnWidth(AuditLogModel::Actor, 130);
    m_table->setColumnWidth(AuditLogModel::Action, 150);
    m_table->setColumnWidth(AuditLogModel::Object, 150);
    m_table->setColumnWidth(AuditLogModel::Before, 260);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 16, 16, 16);
    layout->addWidget(heading);
    layout->addWidget(intro);
    layout->addWidget(m_chain);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_count);

    connect(m_apply, &QPushButton::clicked, this, &AuditScreen::applyFilter);
    connect(m_actor, &QLineEdit::returnPressed, this, &AuditScreen::applyFilter);
    connect(m_verify, &QPushButton::clicked, m_model, &AuditLogModel::verify);
    connect(m_model, &AuditLogModel::chainChecked, this, &AuditScreen::showChain);
    connect(m_model, &AuditLogModel::loaded, this, [this] {
        m_count->setText(tr("%n record(s) shown", nullptr, m_model->rowCount()));
    });
    connect(m_model, &AuditLogModel::loadFailed, m_count, &QLabel::setText);
    showChain();
}

void AuditScreen::applyFilter()
{
    exchange::security::AuditFilter filter = m_model->filter();
    const QString actor = m_actor->text().trimmed();
    filter.actorName = actor.isEmpty() ? std::nullopt : std::optional<std::string>(actor.toStdString());
    QString action = m_action->currentData().toString();
    if (m_action->currentText() != m_action->itemText(m_action->currentIndex()) || m_action->currentIndex() < 0)
        action = m_action->currentText().trimmed();
    if (m_action->currentIndex() == 0 && m_action->currentText() == m_action->itemText(0))
        action.clear();
    filter.action = action.isEmpty() ? std::nullopt : std::optional<std::string>(action.toStdString());
    filter.sinceMs = m_sinceEnabled->isChecked() ? std::optional<qint64>(m_since->dateTime().toMSecsSinceEpoch())
                                                 : std::nullopt;
    m_model->setFilter(filter);
}

void AuditScreen::showChain()
{
    QString style;
    switch (m_model->chainState()) {
    case AuditLogModel::ChainState::Intact:
        // Verified before the newest records shown: true of what it covered, not of them.
        style = tone::panelStyle(m_model->chainStale() ? tone::Tone::Waiting : tone::Tone::Good);
        break;
    case AuditLogModel::ChainState::Broken: style = tone::panelStyle(tone::Tone::Attention, true); break;
    case AuditLogModel::ChainState::Unknown:
    case AuditLogModel::ChainState::Checking: style = tone::panelStyle(tone::Tone::Muted); break;
    }
    m_chain->setStyleSheet(style);
    m_chain->setText(m_model->chainText().isEmpty() ? tr("The audit chain has not been checked yet.")
                                                    : m_model->chainText());
}
