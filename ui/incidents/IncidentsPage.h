#pragma once

#include "domain/Person.h"
#include "incidents/IncidentRecords.h"
#include "incidents/IncidentUndoCommands.h"
#include "pages/ModulePage.h"

#include <QHash>
#include <QPair>

#include <functional>
#include <optional>

class QTabWidget;
class QToolButton;
class QUndoStack;

namespace kamae {
namespace report {
enum class IncidentPrintPart;
}
namespace ui {

class ListPanel;
class IncidentDetailPanel;
class IncidentPlaybookPanel;

// The incidents module's page (issue 19): the incident log with each
// incident's details, legal clock, playbook ticks, timeline and
// follow-ups; the directory of whom to call; the partners to inform; the
// playbooks. The rules (the legal clock, which contacts lack something,
// which partners to tell, the notice) are app/incidents'; every edit is
// one undoable step through IncidentRepository.
class IncidentsPage final : public ModulePage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IncidentsPage)

public:
    enum Tab
    {
        IncidentsTab,
        ContactsTab,
        PartnersTab,
        PlaybooksTab,
        TabCount
    };

    IncidentsPage(store::Database &db, QUndoStack &undo, QWidget *parent = nullptr);

    QString title() const override;
    QTabWidget *tabs() const { return m_tabs; }
    ListPanel *log() const { return m_log; }
    IncidentDetailPanel *detail() const { return m_detail; }
    ListPanel *contacts() const { return m_contacts; }
    ListPanel *partners() const { return m_partners; }
    IncidentPlaybookPanel *playbooks() const { return m_playbooks; }
    const QVector<domain::Incident> &incidents() const { return m_incidents; }
    const QVector<domain::IncidentPartner> &partnerRecords() const { return m_partnerRecords; }
    // The incident selected in the log, or nullptr.
    const domain::Incident *currentIncident() const;

    // A place asked for by a reminder or the score: an incident (legal
    // reports, follow-ups), the directory, the partners or the playbooks.
    void showPlace(const QString &key, qint64 recordId);
    void showIncident(qint64 id);

    // The incident log (IncidentsPageLog.cpp).
    void newIncident();
    void editCurrentIncident();
    void deleteCurrentIncident();
    void closeCurrentIncident();
    void showPartnerNotice();
    void recordNoRansomPaid();
    // Saves a printout to `path`, or where the person chooses (empty).
    bool print(report::IncidentPrintPart part, const QString &path = {});
    void setStepTicked(int step, bool ticked, qint64 personId);
    // The directory, partners and playbooks (IncidentsPageLists.cpp).
    void fillDirectory();
    void restoreCurrentContact();
    void adoptPlaybook(domain::IncidentKind kind);
    void savePlaybook(const domain::Playbook &after, const QString &text);

protected:
    void load() override;
    void changeEvent(QEvent *event) override;

private:
    // A list of records written whole, and its editor (IncidentsPageLists.cpp).
    template <typename T> struct WholeList
    {
        QVector<T> IncidentsPage::*records;
        ListPanel *panel;
        std::function<QString(const T &)> name;
        std::function<std::optional<T>(const T &)> edit;
        std::function<void(QVector<T>, QVector<T>, QString)> push;
    };
    template <typename T> void connectList(const WholeList<T> &list);
    template <typename T> void editEntry(const WholeList<T> &list, bool adding);
    template <typename T> void removeEntry(const WholeList<T> &list);
    void connectPanel(ListPanel *panel, int nameColumn, std::function<void()> add,
                      std::function<void()> edit, std::function<void()> remove);
    void setUpLog();
    void setUpLists();
    void showLogRows();
    void showListRows();
    void showDetail();
    // An edited copy of the current incident as one undoable step.
    bool pushIncident(const domain::Incident &after, const QString &text);
    // A list of the selected incident (its timeline or follow-ups) and its
    // buttons; `undoTexts`: the steps' names for adding, editing, deleting.
    template <typename T>
    void connectChild(QVector<T> domain::Incident::*list, ListPanel *panel, int nameColumn,
                      std::function<std::optional<T>(const T &)> edit,
                      const QStringList &undoTexts);
    // A change of the selected incident's timeline or follow-ups.
    template <typename T>
    void editChild(QVector<T> domain::Incident::*list, ListPanel *panel, bool adding,
                   std::function<std::optional<T>(const T &)> edit, const QString &text);
    template <typename T>
    void removeChild(QVector<T> domain::Incident::*list, ListPanel *panel, const QString &text);
    void retranslate();
    void retranslateLists();
    void setUpPrinting();
    void retranslatePrinting();

    QUndoStack &m_undo;
    CommandContext m_context;
    QVector<domain::Incident> m_incidents;
    QVector<domain::IncidentContact> m_contactRecords;
    QVector<domain::IncidentPartner> m_partnerRecords;
    QVector<domain::Playbook> m_adopted;
    QVector<domain::Person> m_people;
    QVector<QPair<qint64, QString>> m_assets;
    QString m_company;
    QString m_industry;

    QTabWidget *m_tabs = nullptr;
    ListPanel *m_log = nullptr;
    IncidentDetailPanel *m_detail = nullptr;
    ListPanel *m_contacts = nullptr;
    ListPanel *m_partners = nullptr;
    IncidentPlaybookPanel *m_playbooks = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_contactsSummary = nullptr;
    QAction *m_restoreContact = nullptr;
    QAction *m_fillDirectory = nullptr;
    QToolButton *m_print = nullptr;
    QAction *m_printParts[3] = {};
};

} // namespace ui
} // namespace kamae
