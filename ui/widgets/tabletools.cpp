#include "tabletools.h"

#include "models/displayformat.h"

#include <QAction>
#include <QClipboard>
#include <QFile>
#include <QFileDialog>
#include <QGuiApplication>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QSignalBlocker>
#include <QStandardPaths>
#include <QTableView>

#include <algorithm>

namespace {

QString csvField(QString text)
{
    if (text.contains(u',') || text.contains(u'"') || text.contains(u'\n') || text.contains(u'\r'))
        return u'"' + text.replace(QStringLiteral("\""), QStringLiteral("\"\"")) + u'"';
    return text;
}

// Logical columns in the order the header shows them, hidden ones left out.
QList<int> visibleColumns(const QTableView *view)
{
    QList<int> columns;
    const QHeaderView *header = view->horizontalHeader();
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical))
            columns << logical;
    }
    return columns;
}

// A cell's whole value: an amount's exact text (its display may round), an
// address shortened on screen from its tooltip, else what it shows.
// Times go as the screen shows them (displayformat::dateTimeText, the
// language's format): the export is for the operator's spreadsheet, and
// exctl's JSON output is the one for machines (ISO 8601 / milliseconds).
QString wholeText(const QModelIndex &cell)
{
    const QVariant exact = cell.data(displayformat::ExactTextRole);
    if (exact.isValid() && !exact.toString().isEmpty())
        return exact.toString();
    const QString whole = cell.data(Qt::ToolTipRole).toString();
    const QString shown = cell.data().toString();
    return !whole.isEmpty() && shown.contains(u'…') ? whole : shown;
}

} // namespace

TableTools *TableTools::install(QTableView *view, const QString &settingsKey, TypeToFilter filter)
{
    return new TableTools(view, settingsKey, filter);
}

TableTools::TableTools(QTableView *view, QString settingsKey, TypeToFilter filter)
    : QObject(view), m_view(view), m_key(std::move(settingsKey))
{
    if (filter == TypeToFilter::Yes) {
        m_filter = new QLineEdit(m_view);
        m_filter->setPlaceholderText(tr("Filter rows (Esc clears)"));
        m_filter->setClearButtonEnabled(true);
        m_filter->hide();
        connect(m_filter, &QLineEdit::textChanged, this, &TableTools::applyFilter);
        connect(m_filter, &QLineEdit::returnPressed, m_view, [this] { m_view->setFocus(); });
        m_filter->installEventFilter(this);
        m_view->installEventFilter(this);
        // Rows that arrive later are filtered too.
        if (QAbstractItemModel *model = m_view->model()) {
            connect(model, &QAbstractItemModel::modelReset, this, &TableTools::applyFilter, Qt::QueuedConnection);
            connect(model, &QAbstractItemModel::layoutChanged, this, &TableTools::applyFilter, Qt::QueuedConnection);
            connect(model, &QAbstractItemModel::rowsInserted, this, &TableTools::applyFilter, Qt::QueuedConnection);
            connect(model, &QAbstractItemModel::dataChanged, this, &TableTools::applyFilter, Qt::QueuedConnection);
        }
    }
    auto *copy = new QAction(tr("Copy"), m_view);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    connect(copy, &QAction::triggered, this, [this] { QGuiApplication::clipboard()->setText(selectionText(m_view)); });
    m_view->addAction(copy);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this, &TableTools::showMenu);

    restoreHeader();
    QHeaderView *header = m_view->horizontalHeader();
    connect(header, &QHeaderView::sectionResized, this, &TableTools::saveHeader);
    connect(header, &QHeaderView::sectionMoved, this, &TableTools::saveHeader);
}

// Widths and order only: the sort is the screen's to choose (a restored
// sort would re-sort a model behind its back), and a table whose columns
// changed since starts afresh.
QString TableTools::filterText() const
{
    return m_filter ? m_filter->text() : QString();
}

bool TableTools::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Resize && watched == m_view) {
        placeFilter();
    } else if (event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (watched == m_view && !m_filter->isVisible() && !key->text().isEmpty() && key->text().at(0).isPrint()
            && !key->text().at(0).isSpace() && !(key->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier))) {
            placeFilter();
            m_filter->show();
            m_filter->setFocus();
            m_filter->setText(key->text());
            return true;
        }
        if (watched == m_filter && key->key() == Qt::Key_Escape) {
            m_filter->clear();
            m_filter->hide();
            m_view->setFocus();
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

void TableTools::placeFilter()
{
    const int width = std::min(320, m_view->width() - 24);
    const int height = m_filter->sizeHint().height();
    m_filter->setGeometry(m_view->width() - width - 20, m_view->height() - height - 20, width, height);
}

void TableTools::applyFilter()
{
    if (!m_filter || !m_view->model())
        return;
    const QString text = m_filter->text();
    if (text.isEmpty() && !m_filtered)
        return; // nothing hidden, nothing to hide: a ticking model costs nothing
    m_filtered = !text.isEmpty();
    const QAbstractItemModel *model = m_view->model();
    const QList<int> columns = visibleColumns(m_view);
    for (int row = 0; row < model->rowCount(); ++row) {
        bool match = text.isEmpty();
        for (int i = 0; !match && i < columns.size(); ++i)
            match = model->index(row, columns.at(i)).data().toString().contains(text, Qt::CaseInsensitive);
        m_view->setRowHidden(row, !match);
    }
}

void TableTools::restoreHeader()
{
    const QVariantList saved = QSettings().value(m_key).toList();
    QHeaderView *header = m_view->horizontalHeader();
    if (saved.size() != header->count())
        return;
    const QSignalBlocker quiet(header); // restoring is not a change to save
    for (int visual = 0; visual < saved.size(); ++visual) {
        const QVariantMap section = saved.at(visual).toMap();
        const int logical = section.value(QStringLiteral("column"), -1).toInt();
        if (logical < 0 || logical >= header->count())
            return;
        header->moveSection(header->visualIndex(logical), visual);
        const int width = section.value(QStringLiteral("width")).toInt();
        if (width > 0 && header->sectionResizeMode(logical) == QHeaderView::Interactive)
            header->resizeSection(logical, width);
    }
}

void TableTools::saveHeader()
{
    const QHeaderView *header = m_view->horizontalHeader();
    QVariantList sections;
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        sections << QVariantMap{{QStringLiteral("column"), logical}, {QStringLiteral("width"), header->sectionSize(logical)}};
    }
    QSettings().setValue(m_key, sections);
}

QString TableTools::toCsv(const QTableView *view)
{
    const QAbstractItemModel *model = view->model();
    const QList<int> columns = visibleColumns(view);
    QStringList lines;
    QStringList fields;
    for (int column : columns)
        fields << csvField(model->headerData(column, Qt::Horizontal).toString());
    lines << fields.join(u',');
    for (int row = 0; row < model->rowCount(); ++row) {
        if (view->isRowHidden(row))
            continue;
        fields.clear();
        for (int column : columns)
            fields << csvField(wholeText(model->index(row, column)));
        lines << fields.join(u',');
    }
    return lines.join(QStringLiteral("\r\n")) + QStringLiteral("\r\n");
}

QString TableTools::selectionText(const QTableView *view)
{
    QModelIndexList cells = view->selectionModel() ? view->selectionModel()->selectedIndexes() : QModelIndexList();
    if (cells.isEmpty() && view->currentIndex().isValid())
        cells << view->currentIndex();
    const QHeaderView *header = view->horizontalHeader();
    std::sort(cells.begin(), cells.end(), [header](const QModelIndex &a, const QModelIndex &b) {
        return a.row() != b.row() ? a.row() < b.row() : header->visualIndex(a.column()) < header->visualIndex(b.column());
    });
    QStringList lines;
    QStringList line;
    int row = -1;
    for (const QModelIndex &cell : cells) {
        if (header->isSectionHidden(cell.column()))
            continue;
        if (cell.row() != row && row != -1) {
            lines << line.join(u'\t');
            line.clear();
        }
        row = cell.row();
        line << wholeText(cell);
    }
    if (!line.isEmpty())
        lines << line.join(u'\t');
    return lines.join(u'\n');
}

void TableTools::showMenu(const QPoint &at)
{
    auto *menu = new QMenu(m_view);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    const QModelIndex cell = m_view->indexAt(at);
    QAction *copy = menu->addAction(tr("Copy"), this, [this] { QGuiApplication::clipboard()->setText(selectionText(m_view)); });
    copy->setShortcut(QKeySequence::Copy);
    copy->setEnabled(cell.isValid() || m_view->selectionModel()->hasSelection());
    QAction *copyRow = menu->addAction(tr("Copy row"), this, [this, row = cell.row()] {
        m_view->selectRow(row);
        QGuiApplication::clipboard()->setText(selectionText(m_view));
    });
    copyRow->setEnabled(cell.isValid());
    menu->addSeparator();
    menu->addAction(tr("Export as CSV…"), this, &TableTools::exportCsv);
    menu->popup(m_view->viewport()->mapToGlobal(at));
}

void TableTools::exportCsv()
{
    auto *dialog = new QFileDialog(m_view->window(), tr("Export as CSV"),
                                   QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
                                   tr("CSV files (*.csv)"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("csv"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString csv = toCsv(m_view); // what the table shows now
    connect(dialog, &QFileDialog::fileSelected, this, [this, csv](const QString &path) {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(csv.toUtf8()) < 0 || !file.flush()) {
            QMessageBox::warning(m_view->window(), tr("Export as CSV"),
                                 tr("%1 could not be written: %2").arg(path, file.errorString()));
        }
    });
    dialog->open();
}
