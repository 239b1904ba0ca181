#pragma once
// What every table of the console does the same way: Ctrl+C copies the
// selected cells whole (tab-separated rows, so an address or a TxId
// pastes whole, and an amount exact, as the console's amount fields take
// it: displayformat::ExactTextRole); a context menu copies the cell or the
// row and exports the table as CSV (the rows of the page and the columns
// in their order, values whole as Ctrl+C copies them); the columns' widths and order are remembered in QSettings
// under a key of the table's own; and, for tables without a filter field
// of their screen's, typing filters the rows shown (a field appears over
// the table's corner; Esc clears it).

#include <QObject>
#include <QString>

class QAbstractItemModel;
class QLineEdit;
class QTableView;

class TableTools final : public QObject
{
    Q_OBJECT
public:
    // Installs the tools on view (parented to it); settingsKey: where its
    // header is remembered, e.g. "tables/withdrawals/0".
    enum class TypeToFilter { No, Yes };
    static TableTools *install(QTableView *view, const QString &settingsKey, TypeToFilter filter = TypeToFilter::No);

    // RFC 4180: a header line, then one line per row, CRLF; fields with a
    // comma, quote or line break quoted, quotes doubled. Amounts exact.
    static QString toCsv(const QTableView *view);
    // The selected cells, rows by lines and cells by tabs.
    static QString selectionText(const QTableView *view);

    void exportCsv();
    // The text rows are filtered by ("" when none).
    QString filterText() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    TableTools(QTableView *view, QString settingsKey, TypeToFilter filter);
    void applyFilter();
    void placeFilter();
    void restoreHeader();
    void saveHeader();
    void showMenu(const QPoint &at);

    QTableView *m_view;
    QString m_key;
    QLineEdit *m_filter = nullptr;
    bool m_filtered = false; // some rows may be hidden
};
