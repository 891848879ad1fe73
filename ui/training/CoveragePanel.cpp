#include "training/CoveragePanel.h"

#include "i18n/Language.h"
#include "training/CoverageModel.h"
#include "training/CoverageSummaryModel.h"
#include "training/TrainingText.h"
#include "widgets/Widgets.h"

#include "widgets/FlowLayout.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QVBoxLayout>

#include <algorithm>
#include <optional>

namespace kamae {
namespace ui {

using training::CoverageState;

namespace {

// The legend's order: from what needs doing to what is done.
const CoverageState kLegend[] = {CoverageState::Overdue, CoverageState::DueSoon,
                                 CoverageState::Pending, CoverageState::Done,
                                 CoverageState::NotRequired};

QTableView *makeSummaryTable(QWidget *parent, const QString &name, CoverageSummaryModel *model)
{
    QTableView *view = makeRecordTable(parent, name, QAbstractItemView::SingleSelection);
    view->setModel(makeSortProxy(model, TableModel::SortRole, view));
    view->sortByColumn(CoverageSummaryModel::NameColumn, Qt::AscendingOrder);
    view->horizontalHeader()->setStretchLastSection(false);
    return view;
}

QWidget *titled(QLabel *title, QTableView *view)
{
    auto *box = new QWidget;
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(title);
    layout->addWidget(view, 1);
    return box;
}

} // namespace

CoveragePanel::CoveragePanel(QWidget *parent) : QWidget(parent)
{
    m_department = new QComboBox(this);
    m_department->setObjectName(QStringLiteral("departmentFilter"));
    m_department->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    QLabel *departmentLabel = makeBuddyLabel(m_department, [] { return tr("&Department:"); });
    m_search = makeSearchEdit(this, 120);
    m_model = new CoverageModel(this);
    m_proxy = new CoverageFilterProxy(this);
    m_proxy->setSourceModel(m_model);
    m_view =
        makeRecordTable(this, QStringLiteral("coverageView"), QAbstractItemView::SingleSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_view->setAlternatingRowColors(false);
    m_view->setModel(m_proxy);
    m_view->sortByColumn(CoverageModel::NameColumn, Qt::AscendingOrder);

    m_view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_department->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);

    auto *filters = new QHBoxLayout;
    filters->addWidget(departmentLabel);
    filters->addWidget(m_department);
    filters->addWidget(m_search, 1);
    // Under the matrix: the legend, then the date the states are as of.
    auto *legend = new FlowLayout;
    for (CoverageState state : kLegend) {
        auto *label = new QLabel(this);
        label->setObjectName(QStringLiteral("legend%1").arg(static_cast<int>(state)));
        const QColor colour = TrainingText::background(state);
        label->setStyleSheet(
            QStringLiteral("QLabel { padding: 1px 6px; border: 1px solid #9e9e9e; %1 }")
                .arg(colour.isValid()
                         ? QStringLiteral("background: %1; color: #212121;").arg(colour.name())
                         : QString()));
        legend->addWidget(label);
        m_legend << label;
    }

    m_date = makeHintLabel(this, QStringLiteral("coverageDate"));
    m_date->setWordWrap(false);
    legend->addWidget(m_date);
    m_byCourse = new CoverageSummaryModel(CoverageSummaryModel::Kind::Courses, this);
    m_byDepartment = new CoverageSummaryModel(CoverageSummaryModel::Kind::Departments, this);
    m_courseView = makeSummaryTable(this, QStringLiteral("courseSummaryView"), m_byCourse);
    m_courseView->hideColumn(CoverageSummaryModel::PeopleColumn);
    m_departmentView =
        makeSummaryTable(this, QStringLiteral("departmentSummaryView"), m_byDepartment);
    auto *courseTitle =
        sayingText(makeBoldLabel(this), [] { return tr("By course (people shown)"); });
    auto *departmentTitle = sayingText(makeBoldLabel(this), [] { return tr("By department"); });
    auto *summaries = makeSplitter(
        this, Qt::Horizontal, QStringLiteral("summarySplitter"),
        {titled(courseTitle, m_courseView), titled(departmentTitle, m_departmentView)});
    auto *matrix = new QWidget(this);
    auto *matrixLayout = new QVBoxLayout(matrix);
    matrixLayout->setContentsMargins(0, 0, 0, 0);
    matrixLayout->addLayout(filters);
    matrixLayout->addWidget(m_view, 1);
    matrixLayout->addLayout(legend);
    m_splitter =
        makeSplitter(this, Qt::Vertical, QStringLiteral("coverageSplitter"), {matrix, summaries});
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter, 1);

    connect(m_search, &QLineEdit::textChanged, m_proxy, &CoverageFilterProxy::setSearchText);
    connect(m_department, &QComboBox::currentIndexChanged, this, &CoveragePanel::applyDepartment);
    retranslate();
}

void CoveragePanel::setContent(training::Coverage coverage, const QVector<domain::Person> &people,
                               const QVector<domain::Course> &courses)
{
    const int columns = m_model->columnCount();
    m_model->setCoverage(std::move(coverage), people, courses);
    if (m_model->columnCount() != columns || columns <= CoverageModel::FirstCourseColumn)
        fitMatrix();
    m_date->setText(tr("As of %1").arg(i18n::formatDate(m_model->coverage().date)));
    fillDepartments();
    summarize();
    for (QTableView *view : {m_courseView, m_departmentView})
        fitSummary(view);
}

void CoveragePanel::fitSummary(QTableView *view)
{
    // Once, when it first has rows (the person's widths stay after that).
    if (view->model()->rowCount() == 0 || view->property("fitted").toBool())
        return;
    view->setProperty("fitted", true);
    view->resizeColumnsToContents();
    const int cap = view->fontMetrics().horizontalAdvance(QLatin1Char('x')) * 26;
    view->setColumnWidth(CoverageSummaryModel::NameColumn,
                         std::min(view->columnWidth(CoverageSummaryModel::NameColumn), cap));
}

void CoveragePanel::fitMatrix()
{
    m_view->resizeColumnsToContents();
    // A course's title can be long: its column is as wide as its cells, up
    // to a cap, and the header's tooltip says the whole title.
    const int cap = m_view->fontMetrics().horizontalAdvance(QLatin1Char('x')) * 22;
    for (int c = CoverageModel::FirstCourseColumn; c < m_model->columnCount(); ++c)
        m_view->setColumnWidth(c, std::min(m_view->columnWidth(c), cap));
}

void CoveragePanel::fillDepartments()
{
    const QVariant chosen = m_department->currentData();
    const QSignalBlocker block(m_department);
    m_department->clear();
    m_department->addItem(tr("All departments"));
    for (const training::DepartmentCoverage &d : m_model->coverage().byDepartment)
        m_department->addItem(d.department.isEmpty() ? tr("(no department)") : d.department,
                              d.department.isEmpty() ? QStringLiteral("") : d.department);
    const int index = chosen.isValid() ? m_department->findData(chosen) : 0;
    m_department->setCurrentIndex(index < 0 ? 0 : index);
    applyDepartment();
}

void CoveragePanel::applyDepartment()
{
    const QVariant data = m_department->currentData();
    m_proxy->setDepartment(data.isValid() ? std::optional(data.toString()) : std::nullopt);
    summarize();
}

void CoveragePanel::summarize()
{
    // The courses' counts are over the people the department filter shows.
    const training::Coverage &coverage = m_model->coverage();
    QVector<CoverageSummaryRow> courses;
    for (int c = 0; c < m_model->courseCount(); ++c) {
        const int column = CoverageModel::FirstCourseColumn + c;
        CoverageSummaryRow row{m_model->course(column).title, -1, {}};
        for (int r = 0; r < m_model->rowCount(); ++r)
            if (m_proxy->inDepartment(r))
                row.counts.add(m_model->cell(r, column));
        courses << row;
    }
    m_byCourse->setRecords(std::move(courses));
    QVector<CoverageSummaryRow> departments;
    for (const training::DepartmentCoverage &d : coverage.byDepartment)
        departments << CoverageSummaryRow{d.department, d.people, d.counts};
    m_byDepartment->setRecords(std::move(departments));
}

void CoveragePanel::clearFilters()
{
    m_search->clear();
    m_department->setCurrentIndex(0);
}

void CoveragePanel::focusSearch()
{
    m_search->setFocus();
    m_search->selectAll();
}

void CoveragePanel::retranslate()
{
    m_search->setPlaceholderText(tr("Search people (Ctrl+F)"));
    for (int i = 0; i < m_legend.size(); ++i) {
        m_legend[i]->setText(TrainingText::symbol(kLegend[i]) + u' ' +
                             training::stateName(kLegend[i]));
    }
    m_legend.last()->setToolTip(tr("The course is not required of this person."));
    m_date->setToolTip(tr("Point at a cell of the table for its dates."));
    if (m_department->count() > 0)
        m_department->setItemText(0, tr("All departments"));
    m_byCourse->retranslate();
    m_byDepartment->retranslate();
}

} // namespace ui
} // namespace kamae
