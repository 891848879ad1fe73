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
    : QAbstractTableModel(parent), m_today(clock::today())
{}

QString AssetTableModel::foldForSearch(const QString &text)
{
    // Full-width and half-width forms match each other, as Japanese users
    // expect ("ＰＣ" finds "PC", "ｻｰﾊﾞ" finds "サーバ").
    return text.normalized(QString::NormalizationForm_KC).toCaseFolded();
}

QString AssetTableModel::makeSearchText(const domain::Asset &a) const
{
    QString text;
    text.reserve(128);
    for (const QString *part : {&a.businessArea, &a.name, &a.notes, &a.users, &a.ownerDepartment,
                                &a.location, &a.retention, &a.vendor, &a.product, &a.version}) {
        text += *part;
        text += QChar(0x1F); // a separator no one types, so matches stay in a field
    }
    text += domain::AssetText::kind(a.kind);
    return foldForSearch(text);
}

void AssetTableModel::setAssets(QVector<domain::Asset> assets)
{
    beginResetModel();
    m_assets = std::move(assets);
    m_search.resize(m_assets.size());
    for (int i = 0; i < m_assets.size(); ++i)
        m_search[i] = makeSearchText(m_assets.at(i));
    rebuildIndex();
    endResetModel();
    if (m_sortColumn >= 0)
        sort(m_sortColumn, m_sortOrder);
}

void AssetTableModel::setToday(const QDate &today)
{
    m_today = today;
    if (!m_assets.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

void AssetTableModel::rebuildIndex()
{
    m_rowOfId.clear();
    m_rowOfId.reserve(m_assets.size());
    for (int i = 0; i < m_assets.size(); ++i)
        m_rowOfId.insert(m_assets.at(i).id, i);
}

int AssetTableModel::rowOfId(qint64 id) const
{
    return m_rowOfId.value(id, -1);
}

bool AssetTableModel::needsReview(int row) const
{
    return domain::needsReview(m_assets.at(row), m_today);
}

int AssetTableModel::needsReviewCount() const
{
    return static_cast<int>(std::count_if(m_assets.begin(), m_assets.end(), [this](const auto &a) {
        return domain::needsReview(a, m_today);
    }));
}

void AssetTableModel::retranslate()
{
    for (int i = 0; i < m_assets.size(); ++i)
        m_search[i] = makeSearchText(m_assets.at(i));
    emit headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
    if (!m_assets.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

void AssetTableModel::upsert(const domain::Asset &asset)
{
    const int row = rowOfId(asset.id);
    if (row >= 0) {
        m_assets[row] = asset;
        m_search[row] = makeSearchText(asset);
        emit dataChanged(index(row, 0), index(row, columnCount() - 1));
        return;
    }
    const int at = static_cast<int>(m_assets.size());
    beginInsertRows({}, at, at);
    m_assets.append(asset);
    m_search.append(makeSearchText(asset));
    m_rowOfId.insert(asset.id, at);
    endInsertRows();
}

void AssetTableModel::removeIds(const QVector<qint64> &ids)
{
    QVector<int> rows;
    for (qint64 id : ids)
        if (int row = rowOfId(id); row >= 0)
            rows << row;
    if (rows.isEmpty())
        return;
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    // Contiguous runs, last first so that earlier rows keep their numbers.
    QVector<std::pair<int, int>> runs; // (first, last)
    for (int row : rows) {
        if (!runs.isEmpty() && runs.last().second + 1 == row)
            runs.last().second = row;
        else
            runs.append({row, row});
    }
    if (runs.size() <= 32) {
        for (auto it = runs.crbegin(); it != runs.crend(); ++it) {
            beginRemoveRows({}, it->first, it->second);
            const int count = it->second - it->first + 1;
            m_assets.remove(it->first, count);
            m_search.remove(it->first, count);
            endRemoveRows();
        }
        rebuildIndex();
        return;
    }
    // Rows scattered all over (a multi-selection of a sorted register, an
    // undone import): one reset and one pass instead of a signal per run.
    beginResetModel();
    QVector<bool> gone(m_assets.size(), false);
    for (int row : rows)
        gone[row] = true;
    QVector<domain::Asset> assets;
    QVector<QString> search;
    assets.reserve(m_assets.size() - rows.size());
    search.reserve(m_assets.size() - rows.size());
    for (int row = 0; row < m_assets.size(); ++row) {
        if (gone.at(row))
            continue;
        assets.append(std::move(m_assets[row]));
        search.append(std::move(m_search[row]));
    }
    m_assets = std::move(assets);
    m_search = std::move(search);
    rebuildIndex();
    endResetModel();
}

void AssetTableModel::emitRowsChanged(QVector<int> rows)
{
    if (rows.isEmpty())
        return;
    const int last = columnCount() - 1;
    // Many rows: one signal over their span, which a proxy handles in one
    // pass, instead of thousands of single-row signals.
    if (rows.size() > 64) {
        const auto [low, high] = std::minmax_element(rows.cbegin(), rows.cend());
        emit dataChanged(index(*low, 0), index(*high, last));
        return;
    }
    for (int row : rows)
        emit dataChanged(index(row, 0), index(row, last));
}

Status AssetTableModel::applyChanges(const store::ChangeSet &changes, store::Database &db)
{
    const QString table = QStringLiteral("asset");
    if (!changes.touches(table))
        return {};
    store::AssetRepository repo(db);
    const QSet<qint64> changed = changes.ids(table, store::ChangeKind::Insert) +
                                 changes.ids(table, store::ChangeKind::Update);
    if (changes.wholeTable(table) ||
        changed.size() > std::max<qsizetype>(1000, m_assets.size() / 2)) {
        auto all = repo.all();
        if (!all)
            return Status::failure(all.error());
        setAssets(std::move(all).value());
        return {};
    }
    auto stored = repo.byIds(QVector<qint64>(changed.cbegin(), changed.cend()));
    if (!stored)
        return Status::failure(stored.error());
    // Deleted rows, and named rows no longer stored (a row born and gone,
    // a statement that failed inside a transaction that committed).
    QSet<qint64> gone = changes.ids(table, store::ChangeKind::Delete);
    QSet<qint64> found;
    for (const domain::Asset &a : stored.value())
        found.insert(a.id);
    for (qint64 id : changed)
        if (!found.contains(id))
            gone.insert(id);
    removeIds(QVector<qint64>(gone.cbegin(), gone.cend()));

    QVector<int> updated;
    QVector<domain::Asset> fresh;
    for (domain::Asset &a : stored.value()) {
        const int row = rowOfId(a.id);
        if (row < 0) {
            fresh.append(std::move(a));
            continue;
        }
        m_search[row] = makeSearchText(a);
        m_assets[row] = std::move(a);
        updated.append(row);
    }
    emitRowsChanged(std::move(updated));
    if (!fresh.isEmpty()) {
        // New rows at the end, as upsert() puts them.
        const int first = static_cast<int>(m_assets.size());
        beginInsertRows({}, first, first + static_cast<int>(fresh.size()) - 1);
        for (domain::Asset &a : fresh) {
            m_rowOfId.insert(a.id, static_cast<int>(m_assets.size()));
            m_search.append(makeSearchText(a));
            m_assets.append(std::move(a));
        }
        endInsertRows();
    }
    return {};
}

int AssetTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_assets.size());
}

int AssetTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(domain::assetFields().size());
}

QVariant AssetTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const domain::Asset &a = m_assets.at(index.row());
    const AssetField field = fieldOf(index.column());
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
    case Qt::TextAlignmentRole:
        switch (field) {
        case AssetField::Confidentiality:
        case AssetField::Integrity:
        case AssetField::Availability:
        case AssetField::Importance:
        case AssetField::Threat:
        case AssetField::Vulnerability:
        case AssetField::RiskValue:
            return int(Qt::AlignCenter);
        default:
            return {};
        }
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
    case IdRole:
        return a.id;
    case NeedsReviewRole:
        return domain::needsReview(a, m_today);
    default:
        return {};
    }
}

QVariant AssetTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole)
        return domain::AssetFieldText::label(fieldOf(section));
    if (role == Qt::ToolTipRole && domain::assetFieldInfo(fieldOf(section)).derived)
        return QCoreApplication::translate("kamae::ui::AssetTableModel",
                                           "Computed from the other columns");
    return {};
}

void AssetTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= columnCount())
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    const AssetField field = fieldOf(column);

    // Sort a permutation by precomputed keys, then apply it once.
    const int n = static_cast<int>(m_assets.size());
    QVector<int> order_(n);
    std::iota(order_.begin(), order_.end(), 0);
    QVector<QVariant> keys(n);
    for (int i = 0; i < n; ++i)
        keys[i] = domain::fieldValue(m_assets.at(i), field);
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
    QVector<domain::Asset> assets(n);
    QVector<QString> search(n);
    for (int newRow = 0; newRow < n; ++newRow) {
        assets[newRow] = std::move(m_assets[order_[newRow]]);
        search[newRow] = std::move(m_search[order_[newRow]]);
    }
    m_assets = std::move(assets);
    m_search = std::move(search);
    rebuildIndex();
    QModelIndexList after;
    after.reserve(before.size());
    for (const QModelIndex &i : before)
        after << index(newRowOf[i.row()], i.column());
    changePersistentIndexList(before, after);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

} // namespace ui
} // namespace kamae
