#pragma once

#include "domain/Person.h"
#include "training/TrainingRecords.h"
#include "models/RecordFilterProxy.h"
#include "models/RecordTableModel.h"
#include "training/Coverage.h"

#include <QAbstractTableModel>
#include <QVector>

#include <optional>

namespace kamae {
namespace ui {

// The people × courses matrix of training::Coverage: a row per active
// person (name, department), then a column per required course (a course
// required of someone, or assigned to someone). A cell says its state by
// a symbol and a date, a sentence as its tooltip and a background colour.
class CoverageModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CoverageModel)

public:
    enum Column
    {
        NameColumn,
        DepartmentColumn,
        FirstCourseColumn
    };
    static constexpr int SortRole = TableModel::SortRole;
    static constexpr int IdRole = TableModel::IdRole; // the person's id
    // A course cell's training::CoverageState, as an int.
    static constexpr int StateRole = TableModel::FirstOwnRole;
    // A course column's course id (headerData, horizontal).
    static constexpr int CourseIdRole = TableModel::FirstOwnRole + 1;

    explicit CoverageModel(QObject *parent = nullptr);

    // `courses` as shown (starter titles in the current language), in the
    // order of coverage.courses.
    void setCoverage(training::Coverage coverage, const QVector<domain::Person> &people,
                     const QVector<domain::Course> &courses);

    const training::Coverage &coverage() const { return m_coverage; }
    int courseCount() const { return static_cast<int>(m_columns.size()); }
    // The model's column of the course, -1 when it is not shown.
    int columnOfCourse(qint64 courseId) const;
    int rowOfPerson(qint64 personId) const { return m_coverage.rowOf(personId); }
    const domain::Course &course(int column) const;
    const training::CoverageCell &cell(int row, int column) const;
    QString department(int row) const { return m_coverage.department.at(row); }
    QString personName(int row) const { return m_names.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    training::Coverage m_coverage;
    QVector<QString> m_names;    // per row
    QVector<QString> m_sortKeys; // per row: the reading, else the name
    QVector<int> m_columns;      // per course column: its column in m_coverage
    QVector<domain::Course> m_courses;
};

// The matrix filtered by department (empty: all) and by a search of names.
class CoverageFilterProxy final : public RecordFilterProxy
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CoverageFilterProxy)

public:
    explicit CoverageFilterProxy(QObject *parent = nullptr) : RecordFilterProxy(parent) {}

    // nullopt: every department; empty: people without one.
    void setDepartment(std::optional<QString> department)
    {
        setFilterValue(m_department, std::move(department));
    }
    const std::optional<QString> &department() const { return m_department; }
    // Whether a row of the model is in the chosen department.
    bool inDepartment(int sourceRow) const;

protected:
    bool acceptsRow(int sourceRow) const override;

private:
    std::optional<QString> m_department;
};

} // namespace ui
} // namespace kamae
