#include "assets/AssetTableModel.h"

#include "core/Clock.h"
#include "domain/AssetRules.h"
#include "i18n/Language.h"
#include "store/AssetRepository.h"
#include "store/ChangeSet.h"

#include <QBrush>
#include <QCollator>
#include <QColor>
#include <QCoreApplication>
#include <QEvent>

#include <algorithm>
#include <limits>
#include <numeric>
#include <vector>

namespace kamae {
namespace ui {

using domain::AssetField;

AssetTableModel::AssetTableModel(QObject *parent)
    : RecordTableModel(static_cast<int>(domain::assetFields().size()), parent),
      m_today(clock::today())
{
    setAlignment({columnOf(AssetField::Confidentiality), columnOf(AssetField::Integrity),
                  columnOf(AssetField::Availability), columnOf(AssetField::Importance),
                  columnOf(AssetField::Threat), columnOf(AssetField::Vulnerability),
                  columnOf(AssetField::RiskValue)},
                 Qt::AlignCenter);
}

void AssetTableModel::prepareRecord(AssetTableRow &a) const
{
    QString text;
    text.reserve(128);
    for (const QString *part : {&a.businessArea, &a.name, &a.notes, &a.users, &a.ownerDepartment,
                                &a.location, &a.retention, &a.vendor, &a.product, &a.version}) {
        text += *part;
        text += QChar(0x1F); // a separator no one types, so matches stay in a field
    }
    text += domain::AssetText::kind(a.kind);
    a.search = foldForSearch(text);
}

QVector<AssetTableRow> AssetTableModel::rowsOf(QVector<domain::Asset> assets)
{
    QVector<AssetTableRow> rows;
    rows.reserve(assets.size());
    for (domain::Asset &a : assets)
        rows.append(AssetTableRow(std::move(a)));
    return rows;
}

void AssetTableModel::setAssets(QVector<domain::Asset> assets)
{
    setRecords(rowsOf(std::move(assets)));
    if (m_sortColumn >= 0)
        sort(m_sortColumn, m_sortOrder);
}

void AssetTableModel::setToday(const QDate &today)
{
    m_today = today;
    emitAllRowsChanged();
}

bool AssetTableModel::needsReview(int row) const
{
    return domain::needsReview(record(row), m_today);
}

int AssetTableModel::needsReviewCount() const
{
    return static_cast<int>(
        std::count_if(records().begin(), records().end(),
                      [this](const auto &a) { return domain::needsReview(a, m_today); }));
}

void AssetTableModel::retranslate()
{
    for (AssetTableRow &row : mutableRecords())
        prepareRecord(row);
    RecordTableModel::retranslate();
}

Status AssetTableModel::applyChanges(const store::ChangeSet &changes, store::Database &db)
{
    const QString table = QStringLiteral("asset");
    if (!changes.touches(table))
        return {};
    store::AssetRepository repo(db);
    const QSet<qint64> changed = savedIds(changes, table);
    if (changes.wholeTable(table) || cheaperToReload(changed.size())) {
        auto all = repo.all();
        if (!all)
            return Status::failure(all.error());
        setAssets(std::move(all).value());
        return {};
    }
    auto stored = repo.byIds(QVector<qint64>(changed.cbegin(), changed.cend()));
    if (!stored)
        return Status::failure(stored.error());
    // New rows come at the end, as upsert() puts them.
    syncRecords(changed + changes.ids(table, store::ChangeKind::Delete),
                rowsOf(std::move(stored).value()));
    return {};
}

QVariant AssetTableModel::cellData(int row, int column, int role) const
{
    const domain::Asset &a = record(row);
    const AssetField field = fieldOf(column);
    switch (role) {
    case Qt::DisplayRole:
        if (field == AssetField::Registered)
            return i18n::formatDate(a.registered);
        if (field == AssetField::Reviewed)
            return a.reviewed.isValid()
                       ? i18n::formatDate(a.reviewed)
                       : QCoreApplication::translate("kamae::ui::AssetTableModel", "Never");
        if (field == AssetField::Notes)
            return a.notes.section(QLatin1Char('\n'), 0, 0);
        // The usual answer stays blank so the unusual ones stand out.
        if ((field == AssetField::PersonalData && a.personalData == domain::PersonalData::None) ||
            (field == AssetField::InternetFacing && !a.internetFacing) ||
            (field == AssetField::Mfa && a.mfa == domain::Mfa::NotApplicable))
            return QString();
        return domain::fieldText(a, field);
    case Qt::ToolTipRole:
        if (field == AssetField::Notes && !a.notes.isEmpty())
            return a.notes;
        if ((field == AssetField::Reviewed || field == AssetField::Name) &&
            domain::needsReview(a, m_today))
            return QCoreApplication::translate("kamae::ui::AssetTableModel",
                                               "Not reviewed in the last 12 months");
        return {};
    case Qt::BackgroundRole:
        // The name carries the mark too, so it shows whatever columns are on
        // screen.
        if ((field == AssetField::Reviewed || field == AssetField::Name) &&
            domain::needsReview(a, m_today))
            return QBrush(QColor(0xFF, 0xF1, 0xC7));
        if (field == AssetField::RiskClass) {
            switch (domain::riskClass(domain::riskValue(a))) {
            case domain::RiskClass::High:
                return QBrush(QColor(0xF8, 0xD7, 0xDA));
            case domain::RiskClass::Medium:
                return QBrush(QColor(0xFF, 0xE8, 0xCC));
            default:
                return {};
            }
        }
        return {};
    case Qt::ForegroundRole:
        if ((field == AssetField::Reviewed && domain::needsReview(a, m_today)) ||
            (field == AssetField::RiskClass &&
             domain::riskClass(domain::riskValue(a)) == domain::RiskClass::High))
            return QBrush(QColor(0x5F, 0x1A, 0x1A));
        return {};
    case SortRole:
        return domain::fieldValue(a, field);
    case NeedsReviewRole:
        return domain::needsReview(a, m_today);
    default:
        return {};
    }
}

QString AssetTableModel::columnTitle(int column) const
{
    return domain::AssetFieldText::label(fieldOf(column));
}

QVariant AssetTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole && section >= 0 &&
        section < columnCount() && domain::assetFieldInfo(fieldOf(section)).derived)
        return QCoreApplication::translate("kamae::ui::AssetTableModel",
                                           "Computed from the other columns");
    return RecordTableModel::headerData(section, orientation, role);
}

void AssetTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= columnCount())
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    const AssetField field = fieldOf(column);

    // Sort a permutation by precomputed keys, then apply it once.
    QVector<AssetTableRow> &rows = mutableRecords();
    const int n = static_cast<int>(rows.size());
    QVector<int> order_(n);
    std::iota(order_.begin(), order_.end(), 0);
    QVector<QVariant> keys(n);
    for (int i = 0; i < n; ++i)
        keys[i] = domain::fieldValue(rows.at(i), field);
    const bool numeric = n > 0 && (keys.first().typeId() == QMetaType::Int ||
                                   keys.first().typeId() == QMetaType::Bool);
    const bool dates = n > 0 && keys.first().typeId() == QMetaType::QDate;
    QVector<qint64> numbers;
    std::vector<QCollatorSortKey> texts;
    if (numeric || dates) {
        numbers.resize(n);
        for (int i = 0; i < n; ++i)
            numbers[i] = dates ? (keys[i].toDate().isValid() ? keys[i].toDate().toJulianDay()
                                                             : std::numeric_limits<qint64>::min())
                               : keys[i].toLongLong();
    } else {
        // Collation keys once per row, then cheap comparisons: locale-aware
        // order (kana, numbers inside names) at the speed of memcmp.
        QCollator collator;
        collator.setNumericMode(true);
        collator.setCaseSensitivity(Qt::CaseInsensitive);
        texts.reserve(static_cast<std::size_t>(n));
        for (int i = 0; i < n; ++i)
            texts.push_back(collator.sortKey(keys[i].toString()));
    }
    keys.clear();
    const bool ascending = order == Qt::AscendingOrder;
    std::stable_sort(order_.begin(), order_.end(), [&](int l, int r) {
        if (!texts.empty()) {
            const int c =
                texts[static_cast<std::size_t>(l)].compare(texts[static_cast<std::size_t>(r)]);
            return ascending ? c < 0 : c > 0;
        }
        return ascending ? numbers[l] < numbers[r] : numbers[l] > numbers[r];
    });

    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QVector<int> newRowOf(n);
    for (int newRow = 0; newRow < n; ++newRow)
        newRowOf[order_[newRow]] = newRow;
    QVector<AssetTableRow> sorted(n);
    for (int newRow = 0; newRow < n; ++newRow)
        sorted[newRow] = std::move(rows[order_[newRow]]);
    rows = std::move(sorted);
    reindex();
    QModelIndexList after;
    after.reserve(before.size());
    for (const QModelIndex &i : before)
        after << index(newRowOf[i.row()], i.column());
    changePersistentIndexList(before, after);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

} // namespace ui
} // namespace kamae
