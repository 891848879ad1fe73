#include "pages/OrganisationPage.h"

#include "pages/OrganisationEditCommand.h"
#include "pages/PeoplePanel.h"
#include "pages/SitesModel.h"
#include "store/OrganisationRepository.h"
#include "widgets/FormDialog.h"
#include "widgets/Widgets.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace kamae {
namespace ui {

OrganisationPage::OrganisationPage(store::Database &db, QUndoStack &undo, QWidget *parent)
    : Page(parent), m_db(db), m_undo(undo)
{
    setObjectName(QStringLiteral("OrganisationPage"));
    auto *heading = sayingText(makeHeading(this), [] { return tr("Organisation profile"); });
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summaryLabel"));

    auto *profileBox = sayingText(new QGroupBox(this), [] { return tr("Profile"); });
    m_name = makeLineEdit(profileBox, QStringLiteral("nameEdit"), QString());
    m_industry = makeComboBox(profileBox, QStringLiteral("industryCombo"), {}, -1);
    m_industry->setEditable(true);
    m_industry->setInsertPolicy(QComboBox::NoInsert);
    m_employees = new QSpinBox(profileBox);
    m_employees->setObjectName(QStringLiteral("employeesSpin"));
    m_employees->setRange(0, 1'000'000);
    m_employees->setKeyboardTracking(false);
    m_employees->setMaximumWidth(140);
    m_securityAction = new QComboBox(profileBox);
    m_securityAction->setObjectName(QStringLiteral("securityActionCombo"));
    m_securityAction->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_notes = makeNotesEdit(profileBox, QStringLiteral("notesEdit"), QString(), 90);
    m_notes->installEventFilter(this);
    m_error = makeErrorLabel(this);

    auto *form = new QFormLayout(profileBox);
    addLabelledRow(form, m_name, [] { return tr("&Name:"); });
    addLabelledRow(form, m_industry, [] { return tr("&Industry:"); });
    addLabelledRow(form, m_employees, [] { return tr("&Employees:"); });
    addLabelledRow(form, m_securityAction, [] { return tr("&SECURITY ACTION:"); });
    addLabelledRow(form, m_notes, [] { return tr("N&otes:"); });

    auto *sitesBox = sayingText(new QGroupBox(this), [] { return tr("Sites"); });
    QLabel *sitesHint = sayingText(makeWrappedLabel(sitesBox, QStringLiteral("sitesHint")), [] {
        return tr("List every office, factory and warehouse, and mark overseas ones: the "
                  "METI alert asks that overseas sites get the same measures as domestic "
                  "ones.");
    });
    m_sites = new SitesModel(this);
    m_sitesView = new QTableView(sitesBox);
    m_sitesView->setObjectName(QStringLiteral("sitesView"));
    m_sitesView->setModel(m_sites);
    m_sitesView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_sitesView->setEditTriggers(QAbstractItemView::DoubleClicked |
                                 QAbstractItemView::EditKeyPressed |
                                 QAbstractItemView::AnyKeyPressed);
    m_sitesView->horizontalHeader()->setStretchLastSection(true);
    m_sitesView->horizontalHeader()->setSectionResizeMode(SitesModel::Overseas,
                                                          QHeaderView::ResizeToContents);
    m_sitesView->setColumnWidth(SitesModel::Name, 200);
    m_sitesView->setColumnWidth(SitesModel::Region, 160);
    m_sitesView->setMinimumHeight(160);
    auto *addSiteButton = sayingText(makeButton(sitesBox, QStringLiteral("addSiteButton")),
                                     [] { return tr("&Add site"); });
    auto *removeSiteButton = sayingText(makeButton(sitesBox, QStringLiteral("removeSiteButton")),
                                        [] { return tr("&Remove…"); });
    removeSiteButton->setEnabled(false);
    auto *sitesLayout = new QVBoxLayout(sitesBox);
    sitesLayout->addWidget(sitesHint);
    sitesLayout->addWidget(m_sitesView);
    sitesLayout->addLayout(makeButtonRow({addSiteButton, removeSiteButton}));

    m_people = new PeoplePanel(m_db, m_undo, this);

    auto *content = new QWidget;
    // Long forms are hard to read across a wide screen.
    content->setMaximumWidth(1000);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(24, 24, 24, 24);
    layout->addWidget(heading);
    layout->addWidget(m_summary);
    layout->addSpacing(8);
    layout->addWidget(profileBox);
    layout->addWidget(m_error);
    layout->addWidget(sitesBox, 1);
    layout->addWidget(m_people, 1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    connect(m_name, &QLineEdit::editingFinished, this, &OrganisationPage::commit);
    connect(m_industry->lineEdit(), &QLineEdit::editingFinished, this, &OrganisationPage::commit);
    connect(m_industry, &QComboBox::activated, this, &OrganisationPage::commit);
    connect(m_employees, &QSpinBox::valueChanged, this, &OrganisationPage::commit);
    connect(m_securityAction, &QComboBox::activated, this, &OrganisationPage::commit);
    connect(m_sites, &SitesModel::edited, this, &OrganisationPage::commit);
    connect(addSiteButton, &QPushButton::clicked, this, &OrganisationPage::addSite);
    connect(removeSiteButton, &QPushButton::clicked, this, &OrganisationPage::removeSelectedSites);
    connect(m_sitesView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this, removeSiteButton] {
                removeSiteButton->setEnabled(m_sitesView->selectionModel()->hasSelection());
            });

    followLanguage(this, [this] {
        retranslate();
        emit titleChanged();
    });
    refresh();
}

QString OrganisationPage::title() const
{
    return tr("Organisation");
}

void OrganisationPage::fillIndustries()
{
    const QString current = m_industry->currentText();
    m_industry->clear();
    m_industry->addItems({tr("Manufacturing"), tr("Construction"), tr("Wholesale"), tr("Retail"),
                          tr("Information and communications"), tr("Transport and logistics"),
                          tr("Medical and welfare"), tr("Accommodation and food service"),
                          tr("Real estate"), tr("Finance and insurance"),
                          tr("Professional and technical services"), tr("Education"),
                          tr("Other services")});
    m_industry->setCurrentText(current);
}

void OrganisationPage::refresh()
{
    const auto loaded = store::OrganisationRepository(m_db).load();
    if (!loaded) {
        showError(loaded.error());
        return;
    }
    m_loading = true;
    m_stored = loaded.value();
    m_name->setText(m_stored.name);
    m_industry->setCurrentText(m_stored.industry);
    m_employees->setValue(m_stored.employees);
    m_securityAction->setCurrentIndex(static_cast<int>(m_stored.securityAction));
    if (m_notes->toPlainText() != m_stored.notes)
        m_notes->setPlainText(m_stored.notes);
    m_sites->setSites(m_stored.sites);
    if (m_people)
        m_people->refresh();
    m_loading = false;
    updateSummary();
}

domain::Organisation OrganisationPage::fromWidgets() const
{
    domain::Organisation org;
    org.name = m_name->text().trimmed();
    org.industry = m_industry->currentText().trimmed();
    org.employees = m_employees->value();
    org.securityAction =
        static_cast<domain::SecurityActionLevel>(std::max(0, m_securityAction->currentIndex()));
    org.notes = m_notes->toPlainText();
    org.sites = m_sites->sites();
    return org;
}

void OrganisationPage::commit()
{
    if (m_loading)
        return;
    domain::Organisation next = fromWidgets();
    QString warning;
    if (next.name.isEmpty()) {
        // Keep the stored name rather than block every other field.
        next.name = m_stored.name;
        m_name->setText(m_stored.name);
        warning = tr("The organisation needs a name; the previous name was kept.");
    }
    if (next == m_stored) {
        if (!warning.isEmpty()) {
            showError(warning);
            return;
        }
        m_error->hide();
        return;
    }
    if (const Status s = store::OrganisationRepository::validate(next); !s) {
        showError(s.error());
        return;
    }
    if (warning.isEmpty())
        m_error->hide();
    else
        showError(warning);
    m_undo.push(new OrganisationEditCommand(
        m_db, m_stored, next, [this] { refresh(); },
        [this](const QString &message) { showError(message); }));
}

void OrganisationPage::commitPendingEdits()
{
    commit();
}

void OrganisationPage::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
}

void OrganisationPage::updateSummary()
{
    const int sites = static_cast<int>(m_stored.sites.size());
    const int overseas = m_stored.overseasSiteCount();
    m_summary->setText(tr("%n site(s)", nullptr, sites) + QStringLiteral(" · ") +
                       tr("%n overseas", nullptr, overseas) + QStringLiteral(" · ") +
                       tr("%n employee(s)", nullptr, m_stored.employees));
}

void OrganisationPage::addSite()
{
    const int row = m_sites->appendSite(tr("New site"));
    // The commit reloads the model; select the new row afterwards.
    const QModelIndex index =
        m_sites->index(std::min(row, m_sites->rowCount() - 1), SitesModel::Name);
    m_sitesView->setCurrentIndex(index);
    m_sitesView->edit(index);
}

void OrganisationPage::removeSelectedSites()
{
    const QModelIndexList rows = m_sitesView->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    QStringList names;
    QList<int> numbers;
    for (const QModelIndex &index : rows) {
        numbers << index.row();
        names << m_sites->sites().at(index.row()).name;
    }
    const auto answer = QMessageBox::question(
        this, tr("Remove sites"),
        tr("Remove %1? You can undo this with Edit → Undo.").arg(names.join(QStringLiteral(", "))),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer == QMessageBox::Yes)
        m_sites->removeSites(numbers);
}

bool OrganisationPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_notes && event->type() == QEvent::FocusOut)
        commit();
    return Page::eventFilter(watched, event);
}

void OrganisationPage::retranslate()
{
    fillIndustries();
    const int level = m_securityAction->currentIndex();
    m_securityAction->clear();
    m_securityAction->addItems({tr("Not declared"), tr("★ One star (five basic pledges)"),
                                tr("★★ Two stars (self-check and basic policy)")});
    m_securityAction->setCurrentIndex(level < 0 ? static_cast<int>(m_stored.securityAction)
                                                : level);
    updateSummary();
}

} // namespace ui
} // namespace kamae
