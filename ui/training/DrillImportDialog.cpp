#include "training/DrillImportDialog.h"

#include "core/Clock.h"
#include "i18n/Language.h"
#include "widgets/FileDialogs.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <iterator>
#include <tuple>

namespace kamae {
namespace ui {

namespace {

QTableWidget *makeListTable(QWidget *parent, const QString &name, int columns)
{
    auto *table = new QTableWidget(0, columns, parent);
    table->setObjectName(name);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    table->horizontalHeader()->setStretchLastSection(true);
    table->setMinimumHeight(table->fontMetrics().height() * 7);
    table->setMaximumHeight(table->fontMetrics().height() * 11);
    return table;
}

void setRow(QTableWidget *table, int row, const QStringList &cells)
{
    for (int c = 0; c < cells.size(); ++c) {
        auto *item = new QTableWidgetItem(cells.at(c));
        item->setToolTip(cells.at(c));
        table->setItem(row, c, item);
    }
}

} // namespace

DrillImportDialog::DrillImportDialog(store::Database &db,
                                     QVector<domain::PhishingCampaign> existing,
                                     const QString &resultsPath, QWidget *parent)
    : FormDialog(QStringLiteral("DrillImportDialog"), parent, Option::CloseFreely), m_db(db),
      m_existing(std::move(existing))
{
    m_results = makePathEdit(this, QStringLiteral("resultsEdit"), resultsPath);
    m_events = makePathEdit(this, QStringLiteral("eventsEdit"), QString());
    auto *resultsBrowse = makeButton(this, QStringLiteral("resultsBrowseButton"));
    auto *eventsBrowse = makeButton(this, QStringLiteral("eventsBrowseButton"));
    m_encoding =
        makeComboBox(this, QStringLiteral("encodingCombo"), {QString(), QString(), QString()}, 0);
    m_name = makeLineEdit(this, QStringLiteral("nameEdit"), QString());
    m_date = makeDateEdit(this, QStringLiteral("dateEdit"), clock::today());
    m_date->setMaximumDate(clock::today());
    m_scenario = makeLineEdit(this, QStringLiteral("scenarioEdit"), QString());

    auto *resultsRow = new QHBoxLayout;
    resultsRow->addWidget(m_results, 1);
    resultsRow->addWidget(resultsBrowse);
    auto *eventsRow = new QHBoxLayout;
    eventsRow->addWidget(m_events, 1);
    eventsRow->addWidget(eventsBrowse);
    addLabelledRow(form(), resultsRow, m_results, [] { return tr("&Results export:"); });
    addLabelledRow(form(), eventsRow, m_events, [] { return tr("&Events export (optional):"); });
    addLabelledRow(form(), m_encoding, [] { return tr("En&coding:"); });
    addLabelledRow(form(), m_name, [] { return tr("Drill &name:"); });
    addLabelledRow(form(), m_date, [] { return tr("&Date held:"); });
    addLabelledRow(form(), m_scenario, [] { return tr("&Scenario:"); });

    m_summary = makeWrappedLabel(this, QStringLiteral("previewLabel"));
    m_unmatchedTitle = makeBoldLabel(this);
    m_unmatched = makeListTable(this, QStringLiteral("unmatchedTable"), 3);
    m_problemsTitle = makeBoldLabel(this);
    m_problems = makeListTable(this, QStringLiteral("problemsTable"), 2);
    QVBoxLayout *body = bodyLayout();
    body->addWidget(m_summary);
    body->addWidget(m_unmatchedTitle);
    body->addWidget(m_unmatched);
    body->addWidget(m_problemsTitle);
    body->addWidget(m_problems);

    connect(resultsBrowse, &QPushButton::clicked, this,
            [this] { browse(m_results, tr("GoPhish results export")); });
    connect(eventsBrowse, &QPushButton::clicked, this,
            [this] { browse(m_events, tr("GoPhish events export")); });
    connect(m_results, &QLineEdit::editingFinished, this, &DrillImportDialog::readFiles);
    connect(m_events, &QLineEdit::editingFinished, this, &DrillImportDialog::readFiles);
    connect(m_encoding, &QComboBox::currentIndexChanged, this, &DrillImportDialog::readFiles);
    connect(m_name, &QLineEdit::textEdited, this, [this] { m_nameEdited = true; });
    connect(m_date, &QDateEdit::dateChanged, this, [this] {
        if (!m_filling)
            m_dateEdited = true;
    });

    retranslate();
    readFiles();
    startAt(QSize(720, 640));
}

void DrillImportDialog::retranslate()
{
    setWindowTitle(tr("Import a phishing drill from GoPhish"));
    setIntro(tr("In GoPhish, open the campaign's results and choose Export CSV → Results. "
                "The events export (Export CSV → Raw Events) of the same campaign is optional: "
                "it gives the exact times of opening, clicking and reporting. Rows are matched "
                "to the people list by e-mail address."));
    for (auto *button : findChildren<QPushButton *>())
        if (button->objectName().endsWith(QLatin1String("BrowseButton")))
            button->setText(tr("Choose…"));
    m_encoding->setItemText(0, tr("Automatic (UTF-8 or Shift_JIS)"));
    m_encoding->setItemText(1, tr("UTF-8"));
    m_encoding->setItemText(2, tr("Shift_JIS (Japanese Excel)"));
    m_events->setPlaceholderText(tr("Not needed; gives exact times"));
    m_scenario->setPlaceholderText(tr("What the mail pretended to be, e.g. an unpaid invoice"));
    m_unmatched->setHorizontalHeaderLabels({tr("Line"), tr("E-mail"), tr("Name")});
    m_problems->setHorizontalHeaderLabels({tr("Line"), tr("Why it cannot be imported")});
    setOkText(tr("Import"));
    showPreview();
}

void DrillImportDialog::browse(QLineEdit *edit, const QString &caption)
{
    const QString path = filedialogs::openFile(this, FileKind::Register, caption,
                                               tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    edit->setText(path);
    readFiles();
}

void DrillImportDialog::setResultsPath(const QString &path)
{
    m_results->setText(path);
    readFiles();
}

void DrillImportDialog::setEventsPath(const QString &path)
{
    m_events->setText(path);
    readFiles();
}

void DrillImportDialog::readFiles()
{
    m_plan.reset();
    m_readError.clear();
    const QString results = m_results->text().trimmed();
    if (!results.isEmpty()) {
        training::PhishingImportRequest request;
        request.resultsPath = results;
        request.eventsPath = m_events->text().trimmed();
        request.encoding = static_cast<io::TextEncoding>(m_encoding->currentIndex());
        // Without a name or date the plan proposes the file's.
        auto plan = training::readPhishingImport(m_db, request, clock::today());
        if (plan) {
            m_plan = std::move(plan).value();
            m_filling = true;
            if (!m_nameEdited || m_name->text().trimmed().isEmpty())
                m_name->setText(m_plan->campaign.name);
            if (!m_dateEdited)
                m_date->setDate(m_plan->campaign.date);
            m_filling = false;
        } else {
            m_readError = plan.error();
        }
    }
    showPreview();
    if (m_readError.isEmpty())
        clearProblem();
    else
        showProblem(m_readError, m_results);
}

void DrillImportDialog::showPreview()
{
    m_unmatched->setRowCount(0);
    m_problems->setRowCount(0);
    const bool read = m_plan.has_value();
    if (!read) {
        m_summary->setText(m_readError.isEmpty()
                               ? tr("Choose GoPhish's results export to see what will be imported.")
                               : tr("Nothing can be imported from this file."));
    } else {
        const training::PhishingImportPlan &p = *m_plan;
        const int rows = static_cast<int>(p.results.size());
        const int unmatched = static_cast<int>(p.unmatched.size());
        QStringList sentences;
        sentences << tr("%n row(s) will be imported: %1 matched to the people list, %2 not.",
                        nullptr, rows)
                         .arg(rows - unmatched)
                         .arg(unmatched);
        if (p.notDelivered > 0)
            sentences << tr("%n mail(s) were not delivered.", nullptr, p.notDelivered);
        if (!p.problems.isEmpty())
            sentences << tr("%n row(s) cannot be imported (listed below).", nullptr,
                            static_cast<int>(p.problems.size()));
        if (rows == 0)
            sentences << tr("The file has no row that can be imported.");
        m_summary->setText(i18n::joinSentences(sentences));
        // The address and name of each unmatched row, from the result on its line.
        m_unmatched->setRowCount(unmatched);
        for (int i = 0; i < unmatched; ++i) {
            const int line = p.unmatched.at(i).line;
            const int at = static_cast<int>(p.resultLines.indexOf(line));
            const domain::PhishingResult *r = at >= 0 ? &p.results.at(at) : nullptr;
            setRow(m_unmatched, i,
                   {QString::number(line), r ? r->email : QString(), r ? r->name : QString()});
        }
        m_problems->setRowCount(static_cast<int>(p.problems.size()));
        for (int i = 0; i < p.problems.size(); ++i)
            setRow(m_problems, i,
                   {QString::number(p.problems.at(i).line), p.problems.at(i).message});
    }
    const bool anyUnmatched = read && m_unmatched->rowCount() > 0;
    const bool anyProblems = read && m_problems->rowCount() > 0;
    m_unmatchedTitle->setText(tr("Not in the people list (imported without a person)"));
    m_problemsTitle->setText(tr("Rows that cannot be imported"));
    m_unmatchedTitle->setVisible(anyUnmatched);
    m_unmatched->setVisible(anyUnmatched);
    m_problemsTitle->setVisible(anyProblems);
    m_problems->setVisible(anyProblems);
    m_unmatched->resizeColumnsToContents();
    m_problems->resizeColumnToContents(0);
}

std::optional<training::PhishingImportPlan> DrillImportDialog::plan() const
{
    if (!m_plan)
        return std::nullopt;
    training::PhishingImportPlan p = *m_plan;
    p.campaign.name = m_name->text().trimmed();
    p.campaign.date = m_date->date();
    p.campaign.scenario = m_scenario->text().trimmed();
    return p;
}

std::optional<domain::PhishingCampaign> DrillImportDialog::replaced() const
{
    const auto p = plan();
    if (!p)
        return std::nullopt;
    // As importPhishing matches them: the same source and name.
    for (const domain::PhishingCampaign &c : m_existing)
        if (c.source == p->campaign.source &&
            c.name.trimmed().compare(p->campaign.name, Qt::CaseInsensitive) == 0)
            return c;
    return std::nullopt;
}

FormDialog::Problem DrillImportDialog::check() const
{
    if (!m_readError.isEmpty())
        return {m_readError, m_results};
    const auto p = plan();
    if (!p)
        return {tr("Choose GoPhish's results export."), m_results};
    if (p->results.isEmpty())
        return {tr("The file has no row that can be imported."), m_results};
    if (const QString problem = domain::campaignProblem(p->campaign, clock::today());
        !problem.isEmpty())
        return {problem, p->campaign.name.isEmpty() ? static_cast<QWidget *>(m_name) : m_date};
    return {};
}

void DrillImportDialog::accept()
{
    if (!passesChecks())
        return;
    if (const auto old = replaced()) {
        const auto answer = QMessageBox::question(
            this, tr("Replace the drill's results?"),
            tr("The drill “%1” of %2 was imported from GoPhish before. Replace its results with "
               "this file's? Its notes are kept.")
                .arg(old->name, i18n::formatDate(old->date)),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Yes)
            return;
    }
    FormDialog::accept();
}

} // namespace ui
} // namespace kamae
