#include "training/CoverageModel.h"

#include "training/TrainingText.h"

#include <QBrush>

#include <algorithm>

namespace kamae {
namespace ui {

using training::CoverageState;

CoverageModel::CoverageModel(QObject *parent) : QAbstractTableModel(parent) {}

void CoverageModel::setCoverage(training::Coverage coverage, const QVector<domain::Person> &people,
                                const QVector<domain::Course> &courses)
{
    beginResetModel();
    m_coverage = std::move(coverage);
    m_names.clear();
    m_sortKeys.clear();
    for (qint64 id : std::as_const(m_coverage.people)) {
        const domain::Person *p = domain::findPerson(people, id);
        m_names << (p ? p->name : QString());
        m_sortKeys << (p && !p->reading.isEmpty() ? p->reading : m_names.last());
    }
    m_columns.clear();
    m_courses.clear();
    const int rows = static_cast<int>(m_coverage.people.size());
    for (int c = 0; c < m_coverage.courses.size(); ++c) {
        const qint64 id = m_coverage.courses.at(c);
        const auto found = std::find_if(courses.cbegin(), courses.cend(),
                                        [id](const domain::Course &k) { return k.id == id; });
        if (found == courses.cend())
            continue;
        // An optional course is a column only while someone is assigned it.
        bool required = found->requirement != domain::Requirement::Optional;
        for (int r = 0; r < rows && !required; ++r)
            required = m_coverage.cell(r, c).state != CoverageState::NotRequired;
        if (!required)
            continue;
        m_columns << c;
        m_courses << *found;
    }
    endResetModel();
}

int CoverageModel::columnOfCourse(qint64 courseId) const
{
    for (int i = 0; i < m_courses.size(); ++i)
        if (m_courses.at(i).id == courseId)
            return FirstCourseColumn + i;
    return -1;
}

const domain::Course &CoverageModel::course(int column) const
{
    return m_courses.at(column - FirstCourseColumn);
}

const training::CoverageCell &CoverageModel::cell(int row, int column) const
{
    return m_coverage.cell(row, m_columns.at(column - FirstCourseColumn));
}

int CoverageModel::rowCount(const QModelIndex &parent) const
{
    // Without a course to take, there is no matrix: the page's guidance shows.
    return parent.isValid() || m_columns.isEmpty() ? 0 : static_cast<int>(m_coverage.people.size());
}

int CoverageModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : FirstCourseColumn + static_cast<int>(m_columns.size());
}

QVariant CoverageModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const int column = index.column();
    if (role == IdRole)
        return m_coverage.people.at(row);
    if (column == NameColumn || column == DepartmentColumn) {
        const QString text = column == NameColumn ? m_names.at(row) : department(row);
        switch (role) {
        case Qt::DisplayRole:
        case Qt::ToolTipRole:
            return text;
        case SortRole:
            return column == NameColumn ? m_sortKeys.at(row) : text;
        default:
            return {};
        }
    }
    const training::CoverageCell &c = cell(row, column);
    switch (role) {
    case Qt::DisplayRole:
        return TrainingText::cellText(c);
    case Qt::ToolTipRole:
        return TrainingText::cellToolTip(c);
    case SortRole:
        // Worst first in descending order; within a state, by the date.
        return static_cast<qint64>(c.state) * 10000000 +
               (c.due.isValid() ? c.due : c.completed).toJulianDay() % 10000000;
    case StateRole:
        return static_cast<int>(c.state);
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignCenter);
    case Qt::BackgroundRole:
        if (const QColor colour = TrainingText::background(c.state); colour.isValid())
            return QBrush(colour);
        return {};
    case Qt::ForegroundRole:
        // Dark text on the light state colours, whatever the theme.
        if (c.state != CoverageState::NotRequired)
            return QBrush(QColor(0x21, 0x21, 0x21));
        return {};
    default:
        return {};
    }
}

QVariant CoverageModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == NameColumn)
        return role == Qt::DisplayRole ? tr("Name") : QVariant();
    if (section == DepartmentColumn)
        return role == Qt::DisplayRole ? tr("Department") : QVariant();
    const domain::Course &k = course(section);
    switch (role) {
    case Qt::DisplayRole:
        return k.title;
    case CourseIdRole:
        return k.id;
    case Qt::ToolTipRole: {
        const training::CoverageCounts &counts =
            m_coverage.byCourse.at(m_columns.at(section - FirstCourseColumn)).counts;
        return tr("%1\nCoverage: %2 (%3 of %4 required done), %5 overdue")
            .arg(k.title, TrainingText::share(counts))
            .arg(counts.current)
            .arg(counts.required)
            .arg(counts.overdue);
    }
    default:
        return {};
    }
}

bool CoverageFilterProxy::inDepartment(int sourceRow) const
{
    if (!m_department)
        return true;
    const auto *model = static_cast<const CoverageModel *>(sourceModel());
    return model->department(sourceRow).compare(*m_department, Qt::CaseInsensitive) == 0;
}

bool CoverageFilterProxy::acceptsRow(int sourceRow) const
{
    const auto *model = static_cast<const CoverageModel *>(sourceModel());
    return inDepartment(sourceRow) &&
           anyContainsSearch({model->personName(sourceRow), model->department(sourceRow)});
}

} // namespace ui
} // namespace kamae
