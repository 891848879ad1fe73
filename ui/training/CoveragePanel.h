#pragma once

#include "domain/Person.h"
#include "training/Coverage.h"
#include "training/TrainingRecords.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QSplitter;
class QTableView;

namespace kamae {
namespace ui {

class CoverageFilterProxy;
class CoverageModel;
class CoverageSummaryModel;

// The Coverage tab: the people × courses matrix with a department filter,
// a search of names and a legend of its states, over its summaries per
// course (of the people the filter shows) and per department.
class CoveragePanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CoveragePanel)

public:
    explicit CoveragePanel(QWidget *parent = nullptr);

    CoverageModel *model() const { return m_model; }
    CoverageFilterProxy *proxy() const { return m_proxy; }
    QTableView *view() const { return m_view; }
    QTableView *courseSummaryView() const { return m_courseView; }
    QTableView *departmentSummaryView() const { return m_departmentView; }
    QComboBox *departmentFilter() const { return m_department; }
    QSplitter *splitter() const { return m_splitter; }

    void setContent(training::Coverage coverage, const QVector<domain::Person> &people,
                    const QVector<domain::Course> &courses);
    void clearFilters();
    void focusSearch();
    void retranslate();

private:
    void fitMatrix();
    void fitSummary(QTableView *view);
    void fillDepartments();
    void applyDepartment();
    void summarize();

    QComboBox *m_department = nullptr;
    QLineEdit *m_search = nullptr;
    QList<QLabel *> m_legend;
    QLabel *m_date = nullptr;
    CoverageModel *m_model = nullptr;
    CoverageFilterProxy *m_proxy = nullptr;
    QTableView *m_view = nullptr;
    QSplitter *m_splitter = nullptr;
    CoverageSummaryModel *m_byCourse = nullptr;
    CoverageSummaryModel *m_byDepartment = nullptr;
    QTableView *m_courseView = nullptr;
    QTableView *m_departmentView = nullptr;
};

} // namespace ui
} // namespace kamae
