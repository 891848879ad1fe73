// The shared base of Kamae's table models (ui/models/): a record table keeps
// its rows, its id index and its views in step through resets, by-id
// updates, insertions and removals; the filter proxy base folds its search;
// and every model on the base keeps the columns and titles it had.
#include "ModelSignals.h"
#include "TestSupport.h"
#include "backups/BackupEventTableModel.h"
#include "backups/BackupJobTableModel.h"
#include "dashboard/ReminderTableModel.h"
#include "dashboard/ScoreTableModels.h"
#include "models/RecordFilterProxy.h"
#include "models/RecordTableModel.h"
#include "pages/PeopleModel.h"
#include "pages/SitesModel.h"
#include "patches/PatchTableModel.h"
#include "patches/ProposalTableModel.h"
#include "report/ReportHistoryModel.h"
#include "selfcheck/SelfCheckModel.h"
#include "training/CoverageSummaryModel.h"
#include "widgets/Widgets.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>

#include <memory>

using namespace kamae;

Q_DECLARE_METATYPE(std::shared_ptr<QAbstractItemModel>)

namespace {

struct Item
{
    qint64 id = 0;
    QString name;
    int size = 0;
};

Item item(qint64 id, const QString &name, int size = 0)
{
    return {id, name, size};
}

// The smallest record table: a name and a size, the size right-aligned and
// sorted as a number, an "L" for large sizes in the name's tooltip.
class ItemModel final : public ui::RecordTableModel<Item>
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        SizeColumn,
        ColumnCount
    };

    explicit ItemModel(QObject *parent = nullptr)
        : RecordTableModel({QT_TR_NOOP("Name"), QT_TR_NOOP("Size")}, parent)
    {
        setAlignment({SizeColumn}, Qt::AlignRight | Qt::AlignVCenter);
    }

    using RecordTableModel::emitRowsChanged;
    using RecordTableModel::removeRecordRows;
    using RecordTableModel::syncRecords;

    // How often prepareRecord() ran: once for each record that came in.
    mutable int prepared = 0;

protected:
    QVariant cellData(int row, int column, int role) const override
    {
        const Item &i = record(row);
        if (role == SortRole && column == SizeColumn)
            return i.size;
        if (role == Qt::ToolTipRole && column == NameColumn && i.size > 100)
            return QStringLiteral("L");
        return {};
    }
    QString cellText(int row, int column) const override
    {
        const Item &i = record(row);
        return column == NameColumn ? i.name : QString::number(i.size);
    }
    void prepareRecord(Item &) const override { ++prepared; }
};

// Passes rows whose name contains the search text; counts its calls.
class ItemProxy final : public ui::RecordFilterProxy
{
    Q_OBJECT

public:
    explicit ItemProxy(QObject *parent = nullptr) : RecordFilterProxy(parent) {}
    void setMinimum(int minimum) { setFilterValue(m_minimum, minimum); }
    mutable int calls = 0;

protected:
    bool acceptsRow(int sourceRow) const override
    {
        ++calls;
        const auto *model = qobject_cast<const ItemModel *>(sourceModel());
        const Item &i = model->record(sourceRow);
        return i.size >= m_minimum && anyContainsSearch({i.name});
    }

private:
    int m_minimum = 0;
};

// The cell helpers of TableModel: a size shown in words but sorted as a
// number, with the words as its tooltip; a count; a name searched with a
// note that is not shown.
class CellModel final : public ui::RecordTableModel<Item>
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        SizeColumn,
        CountColumn,
        ColumnCount
    };

    explicit CellModel(QObject *parent = nullptr)
        : RecordTableModel({QT_TR_NOOP("Name"), QT_TR_NOOP("Size"), QT_TR_NOOP("Count")}, parent)
    {}

protected:
    QVariant cellData(int row, int column, int role) const override
    {
        const Item &i = record(row);
        if (role == SearchRole)
            return QStringList{i.name, QStringLiteral("note %1").arg(i.id)};
        switch (column) {
        case NameColumn:
            return sortedCell(role, {}, i.name);
        case SizeColumn:
            return tippedCell(role, i.size,
                              i.size > 100 ? QStringLiteral("large") : QStringLiteral("small"));
        case CountColumn:
            return countCell(role, i.size);
        default:
            return {};
        }
    }
};

using Signals = test::ModelSignals;

QStringList names(const ItemModel &model)
{
    QStringList out;
    for (int row = 0; row < model.rowCount(); ++row)
        out << model.index(row, ItemModel::NameColumn).data().toString();
    return out;
}

// Every record is found at its own row by id.
bool indexIsRight(const ItemModel &model)
{
    for (int row = 0; row < model.rowCount(); ++row)
        if (model.rowOfId(model.record(row).id) != row)
            return false;
    return true;
}

QStringList titles(const QAbstractItemModel &model)
{
    QStringList out;
    for (int column = 0; column < model.columnCount(); ++column)
        out << model.headerData(column, Qt::Horizontal).toString();
    return out;
}

} // namespace

class TestUiModels : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { test::setTestApplication("tst_ui_models"); }

    void recordTableAnswersItsRoles()
    {
        ItemModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRecords(
            {item(7, QStringLiteral("beta"), 20), item(3, QStringLiteral("alpha"), 300)});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), int(ItemModel::ColumnCount));
        QCOMPARE(model.rowCount(model.index(0, 0)), 0);
        QCOMPARE(model.columnCount(model.index(0, 0)), 0);
        QCOMPARE(titles(model), (QStringList{QStringLiteral("Name"), QStringLiteral("Size")}));
        QCOMPARE(model.headerData(1, Qt::Vertical).toInt(), 2);

        const QModelIndex size = model.index(1, ItemModel::SizeColumn);
        QCOMPARE(size.data().toString(), QStringLiteral("300"));
        // A sort key of its own, or the display text.
        QCOMPARE(size.data(ui::TableModel::SortRole).typeId(), QMetaType::Int);
        QCOMPARE(model.index(1, 0).data(ui::TableModel::SortRole).toString(),
                 QStringLiteral("alpha"));
        QCOMPARE(model.index(1, 0).data(ui::TableModel::IdRole).toLongLong(), 3);
        QCOMPARE(size.data(Qt::TextAlignmentRole).toInt(), int(Qt::AlignRight | Qt::AlignVCenter));
        QVERIFY(!model.index(0, 0).data(Qt::TextAlignmentRole).isValid());
        QCOMPARE(model.index(1, 0).data(Qt::ToolTipRole).toString(), QStringLiteral("L"));
        QVERIFY(!model.index(0, 0).data(Qt::ToolTipRole).isValid());
        QVERIFY(!model.data(QModelIndex()).isValid());
        QCOMPARE(model.rowOfId(3), 1);
        QCOMPARE(model.rowOfId(99), -1);
        QCOMPARE(model.prepared, 2);

        // A proxy sorts on SortRole: 20 before 300, though "300" < "20".
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(ui::TableModel::SortRole);
        proxy.sort(ItemModel::SizeColumn);
        QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("beta"));
    }

    void recordTableUpdatesRowsById()
    {
        ItemModel model;
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester proxyTester(
            &proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVector<Item> items;
        for (int i = 1; i <= 6; ++i)
            items << item(i, QStringLiteral("r%1").arg(i));
        model.setRecords(items);
        Signals sig(&model);

        // Replaced in place: one dataChanged over the whole row.
        model.upsert(item(2, QStringLiteral("r2 renamed")));
        QCOMPARE(sig.changed.count(), 1);
        QCOMPARE(sig.changed.first().at(0).toModelIndex().row(), 1);
        QCOMPARE(sig.changed.first().at(1).toModelIndex().column(), ItemModel::ColumnCount - 1);
        QCOMPARE(sig.inserted.count() + sig.removed.count() + sig.reset.count(), 0);
        QCOMPARE(model.index(1, 0).data().toString(), QStringLiteral("r2 renamed"));

        // A new id: appended.
        sig.clear();
        model.upsert(item(9, QStringLiteral("r9")));
        QCOMPARE(sig.inserted.count(), 1);
        QCOMPARE(sig.inserted.first().at(1).toInt(), 6);
        QCOMPARE(model.rowOfId(9), 6);
        QCOMPARE(sig.changed.count() + sig.removed.count() + sig.reset.count(), 0);

        // Removed: two next to each other and one apart, by runs; the index
        // follows; ids not there are passed over.
        sig.clear();
        model.removeIds({1, 2, 5, 42});
        QCOMPARE(sig.removed.count(), 2);
        QCOMPARE(sig.reset.count(), 0);
        QCOMPARE(names(model), (QStringList{QStringLiteral("r3"), QStringLiteral("r4"),
                                            QStringLiteral("r6"), QStringLiteral("r9")}));
        QVERIFY(indexIsRight(model));
        QCOMPARE(model.rowOfId(1), -1);

        // Synced: a named row re-read (changed), one not stored any more
        // (gone), one new (appended), and one only alsoChanged() names.
        sig.clear();
        model.syncRecords({3, 6, 10},
                          {item(3, QStringLiteral("r3 new")), item(10, QStringLiteral("r10"))},
                          [](const Item &i) { return i.id == 9; });
        QCOMPARE(sig.removed.count(), 1);
        QCOMPARE(sig.inserted.count(), 1);
        QCOMPARE(sig.changed.count(), 2);
        QCOMPARE(sig.reset.count(), 0);
        QCOMPARE(names(model), (QStringList{QStringLiteral("r3 new"), QStringLiteral("r4"),
                                            QStringLiteral("r9"), QStringLiteral("r10")}));
        QVERIFY(indexIsRight(model));
        QCOMPARE(proxy.rowCount(), 4);

        // A row named twice changes once.
        sig.clear();
        model.emitRowsChanged({1, 1, 0});
        QCOMPARE(sig.changed.count(), 2);
    }

    void recordTableResetsWhenRemovalsAreScattered()
    {
        ItemModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVector<Item> items;
        for (int i = 0; i < 200; ++i)
            items << item(i, QString::number(i));
        model.setRecords(items);
        Signals sig(&model);

        // Every other row: 100 runs, one reset instead of 100 removals.
        QVector<qint64> even;
        for (int i = 0; i < 200; i += 2)
            even << i;
        model.removeIds(even);
        QCOMPARE(sig.reset.count(), 1);
        QCOMPARE(sig.removed.count(), 0);
        QCOMPARE(model.rowCount(), 100);
        QCOMPARE(model.record(0).id, 1);
        QCOMPARE(model.record(99).id, 199);
        QVERIFY(indexIsRight(model));

        // Rows out of range are no rows.
        sig.clear();
        model.removeRecordRows({-1, 100, 500});
        QCOMPARE(sig.removed.count() + sig.reset.count(), 0);

        // Many changed rows: one signal over their span.
        QVector<int> many;
        for (int row = 90; row >= 10; --row)
            many << row;
        model.emitRowsChanged(many);
        QCOMPARE(sig.changed.count(), 1);
        QCOMPARE(sig.changed.first().at(0).toModelIndex().row(), 10);
        QCOMPARE(sig.changed.first().at(1).toModelIndex().row(), 90);
    }

    void filterProxyFoldsItsSearch()
    {
        ItemModel model;
        model.setRecords({item(1, QStringLiteral("PC-01"), 5),
                          item(2, QStringLiteral("サーバ"), 50),
                          item(3, QStringLiteral("Printer"), 500)});
        ItemProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(proxy.sortRole(), int(ui::TableModel::SortRole));
        QCOMPARE(proxy.rowCount(), 3);

        // Full width finds half width, half-width kana finds full-width.
        proxy.setSearchText(QStringLiteral("  ｐｃ "));
        QCOMPARE(proxy.searchText(), QStringLiteral("ｐｃ"));
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setSearchText(QStringLiteral("ｻｰﾊﾞ"));
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("サーバ"));

        // The same text or value again filters nothing again.
        proxy.calls = 0;
        proxy.setSearchText(QStringLiteral("ｻｰﾊﾞ "));
        proxy.setMinimum(0);
        QCOMPARE(proxy.calls, 0);
        proxy.setSearchText(QString());
        proxy.setMinimum(10);
        QVERIFY(proxy.calls > 0);
        QCOMPARE(proxy.rowCount(), 2);
    }

    void cellsShowOneThingAndSortByAnother()
    {
        CellModel model;
        model.setRecords({item(1, QStringLiteral("b"), 9), item(2, QStringLiteral("a"), 200)});
        const auto cell = [&model](int row, int column, int role) {
            return model.index(row, column).data(role);
        };
        // sortedCell: the text shown, no tooltip; without a key, sorted by the text.
        QCOMPARE(cell(0, CellModel::NameColumn, Qt::DisplayRole).toString(), QStringLiteral("b"));
        QCOMPARE(cell(0, CellModel::NameColumn, ui::TableModel::SortRole).toString(),
                 QStringLiteral("b"));
        QVERIFY(!cell(0, CellModel::NameColumn, Qt::ToolTipRole).isValid());
        // tippedCell: the text shown and as its tooltip, sorted by the key.
        QCOMPARE(cell(1, CellModel::SizeColumn, Qt::DisplayRole).toString(),
                 QStringLiteral("large"));
        QCOMPARE(cell(1, CellModel::SizeColumn, Qt::ToolTipRole).toString(),
                 QStringLiteral("large"));
        QCOMPARE(cell(1, CellModel::SizeColumn, ui::TableModel::SortRole).toInt(), 200);
        QVERIFY(!cell(1, CellModel::SizeColumn, Qt::ForegroundRole).isValid());
        // countCell: the number as text, sorted as a number (9 before 200).
        QCOMPARE(cell(0, CellModel::CountColumn, Qt::DisplayRole).toString(), QStringLiteral("9"));
        QCOMPARE(cell(0, CellModel::CountColumn, ui::TableModel::SortRole).toInt(), 9);
        QSortFilterProxyModel sorted;
        sorted.setSourceModel(&model);
        sorted.setSortRole(ui::TableModel::SortRole);
        sorted.sort(CellModel::CountColumn);
        QCOMPARE(sorted.index(0, CellModel::NameColumn).data().toString(), QStringLiteral("b"));
        sorted.sort(CellModel::SizeColumn, Qt::DescendingOrder);
        QCOMPARE(sorted.index(0, CellModel::NameColumn).data().toString(), QStringLiteral("a"));
    }

    void searchProxyLooksInTheModelsTexts()
    {
        CellModel model;
        model.setRecords(
            {item(1, QStringLiteral("ＰＣ-01"), 9), item(2, QStringLiteral("Printer"))});
        ui::SearchFilterProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(proxy.rowCount(), 2);
        proxy.setSearchText(QStringLiteral("pc"));
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("ＰＣ-01"));
        // A text the model searches but does not show.
        proxy.setSearchText(QStringLiteral("note 2"));
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("Printer"));
        proxy.setSearchText(QStringLiteral("nothing"));
        QCOMPARE(proxy.rowCount(), 0);
        proxy.setSearchText(QString());
        QCOMPARE(proxy.rowCount(), 2);
    }

    // What an action on the selected rows reads: the source rows, through
    // the sort, in the order the table shows them.
    void selectedSourceRowsMapThroughTheProxy()
    {
        QStandardItemModel model;
        for (const char *name : {"cherry", "apple", "banana", "date"})
            model.appendRow(new QStandardItem(QString::fromLatin1(name)));
        QTableView view;
        QCOMPARE(ui::selectedSourceRows(&view), QList<int>());
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.sort(0, Qt::DescendingOrder); // date, cherry, banana, apple
        view.setModel(&proxy);
        view.setSelectionBehavior(QAbstractItemView::SelectRows);
        view.setSelectionMode(QAbstractItemView::MultiSelection);
        view.selectRow(3); // apple
        view.selectRow(0); // date
        view.selectRow(2); // banana
        QCOMPARE(ui::selectedSourceRows(&view), QList<int>({3, 2, 1}));
        view.setModel(&model);
        view.selectRow(1);
        QCOMPARE(ui::selectedSourceRows(&view), QList<int>({1}));
    }

    void modelsKeepTheirColumns_data()
    {
        QTest::addColumn<std::shared_ptr<QAbstractItemModel>>("model");
        QTest::addColumn<QStringList>("expected");
        auto row = [](const char *name, QAbstractItemModel *model, const QStringList &titles) {
            QTest::newRow(name) << std::shared_ptr<QAbstractItemModel>(model) << titles;
        };
        auto s = [](std::initializer_list<const char *> texts) {
            QStringList out;
            for (const char *t : texts)
                out << QString::fromUtf8(t);
            return out;
        };
        row("backup events", new ui::BackupEventTableModel,
            s({"Date", "Record", "Result", "What / which copy", "Time taken", "By",
               "Notes and evidence"}));
        row("backup jobs", new ui::BackupJobTableModel,
            s({"Backup job", "Protects", "Schedule", "Copies", "3-2-1-1-0", "Last run",
               "Restore test", "Air-gap check", "Status"}));
        row("reminders", new ui::ReminderTableModel, s({"State", "Due", "What", "Module", "When"}));
        row("actions", new ui::ActionTableModel,
            s({"#", "Next action", "Points", "Effort", "Where", "Owner"}));
        row("factors", new ui::FactorTableModel,
            s({"Measure", "Factor", "Kind", "Value", "Points", "Lost", "Basis", "Measured from"}));
        row("report history", new ui::ReportHistoryModel,
            s({"Issued", "Score", "Language", "Period", "Pages", "Where"}));
        row("people", new ui::PeopleModel,
            s({"Name", "Kind", "Reading", "Department", "Role", "E-mail", "Phone", "Contact",
               "Joined", "Left", "Staff or outside"}));
        row("sites", new ui::SitesModel, s({"Site", "Location", "Overseas", "Notes"}));
        row("patches", new ui::PatchTableModel,
            s({"Asset", "Importance", "Product", "CVE / JVN", "Severity (CVSS)", "Known exploited",
               "Due", "Status", "Installed", "Update", "Found", "Applied", "Notes / reason"}));
        row("proposals", new ui::ProposalTableModel,
            s({"Asset", "Importance", "Product and version", "CVE / JVN", "State",
               "Known exploited", "Severity (CVSS)", "Due if confirmed", "Vulnerability name",
               "Published", "Why it matched"}));
        row("self-check", new ui::SelfCheckModel,
            s({"No.", "Part", "Question", "Answer", "Evidence in Kamae"}));
        using Summary = ui::CoverageSummaryModel;
        row("coverage by course", new Summary(Summary::Kind::Courses),
            s({"Course", "Coverage", "Overdue", "Due soon", "Done", "Required", "People"}));
        row("coverage by department", new Summary(Summary::Kind::Departments),
            s({"Department", "Coverage", "Overdue", "Due soon", "Done", "Required", "People"}));
    }

    // The titles, one per column of the model's Column enum, in its order.
    void modelsKeepTheirColumns()
    {
        QFETCH(std::shared_ptr<QAbstractItemModel>, model);
        QFETCH(QStringList, expected);
        QCOMPARE(titles(*model), expected);
        QAbstractItemModelTester tester(model.get(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
    }

    void columnCountsMatchTheEnums()
    {
        QCOMPARE(ui::BackupEventTableModel().columnCount(),
                 int(ui::BackupEventTableModel::ColumnCount));
        QCOMPARE(ui::BackupJobTableModel().columnCount(),
                 int(ui::BackupJobTableModel::ColumnCount));
        QCOMPARE(ui::ReminderTableModel().columnCount(), int(ui::ReminderTableModel::ColumnCount));
        QCOMPARE(ui::ActionTableModel().columnCount(), int(ui::ActionTableModel::ColumnCount));
        QCOMPARE(ui::FactorTableModel().columnCount(), int(ui::FactorTableModel::ColumnCount));
        QCOMPARE(ui::ReportHistoryModel().columnCount(), int(ui::ReportHistoryModel::ColumnCount));
        QCOMPARE(ui::PeopleModel().columnCount(), int(ui::PeopleModel::ColumnCount));
        QCOMPARE(ui::SitesModel().columnCount(), int(ui::SitesModel::ColumnCount));
        QCOMPARE(ui::PatchTableModel().columnCount(), int(ui::PatchTableModel::ColumnCount));
        QCOMPARE(ui::ProposalTableModel().columnCount(), int(ui::ProposalTableModel::ColumnCount));
        QCOMPARE(ui::SelfCheckModel().columnCount(), int(ui::SelfCheckModel::ColumnCount));
        QCOMPARE(ui::CoverageSummaryModel(ui::CoverageSummaryModel::Kind::Courses).columnCount(),
                 int(ui::CoverageSummaryModel::ColumnCount));
    }
};

QTEST_MAIN(TestUiModels)
#include "tst_ui_models.moc"
