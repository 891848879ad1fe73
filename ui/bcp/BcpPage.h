#pragma once

#include "bcp/BcpBusinessDialog.h"
#include "bcp/BcpChecks.h"
#include "bcp/BcpPrint.h"
#include "bcp/BcpRecords.h"
#include "bcp/BcpUndoCommands.h"
#include "domain/Person.h"
#include "pages/ModulePage.h"

#include <functional>
#include <optional>

class QTabWidget;
class QToolButton;
class QUndoStack;

namespace kamae {
namespace ui {

class BcpChecksPanel;
class BcpHistoryPanel;
class ListPanel;
class BcpPlanPanel;
class ListTableModel;

// The business continuity plan (事業継続計画, issue 18) after the SME
// Agency's guideline, one tab per part of the paper with its form numbers:
// the prose sections, the core businesses (様式06), the organisation (03),
// resources and investments (16-2, 09), contacts and insurance (11, 12,
// 18), the checks against the assets and backups (app/bcp/BcpChecks), and
// the exercises and published versions. Every edit of the draft is one
// undoable step that writes the plan whole (BcpRepository::savePlan).
class BcpPage final : public ModulePage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BcpPage)

public:
    enum Tab
    {
        PlanTab,
        BusinessesTab,
        OrganisationTab,
        ResourcesTab,
        ContactsTab,
        ChecksTab,
        HistoryTab,
        TabCount
    };

    BcpPage(store::Database &db, QUndoStack &undo, QWidget *parent = nullptr);

    QString title() const override;
    void commitPendingEdits() override;
    QTabWidget *tabs() const { return m_tabs; }
    BcpPlanPanel *planPanel() const { return m_planPanel; }
    ListPanel *businesses() const { return m_businesses; }
    ListPanel *roles() const { return m_roles; }
    ListPanel *bottlenecks() const { return m_bottlenecks; }
    ListPanel *investments() const { return m_investments; }
    ListPanel *contacts() const { return m_contacts; }
    ListPanel *insurance() const { return m_insurance; }
    BcpChecksPanel *checksPanel() const { return m_checks; }
    BcpHistoryPanel *historyPanel() const { return m_history; }
    const domain::BcpPlan &plan() const { return m_plan; }
    // The register's assets the dialogs offer.
    const BcpAssetChoices &assetChoices() const { return m_assets; }

    // A place asked for by a reminder (review, exercise, follow-up) or the
    // score: the exercise it names, the versions, or the checks.
    void showPlace(const QString &key, qint64 recordId);
    void fillFromTemplate(const QString &sectionKey);
    // "ja" or "en": the language of the templates and printouts.
    void setPlanLanguage(const QString &language);
    // Saves a printout of the draft (version 0) or of published version N
    // in the plan's language, at `path`, or where the person chooses when
    // `path` is empty (BcpPagePrint.cpp). False if nothing was written.
    bool print(bcp::PrintPart part, int version, const QString &path = {});
    QToolButton *printButton() const { return m_print; }
    void addBusiness();
    void editCurrentBusiness();
    void deleteCurrentBusiness();
    void recordExercise();
    void editCurrentExercise();
    void deleteCurrentExercise();
    void publishVersion();
    void compareSelectedVersion();
    void restoreSelectedVersion();

signals:
    // Another module's record, from a finding (an asset, a backup job).
    void placeRequested(QString module, qint64 recordId);

protected:
    void load() override;
    void changeEvent(QEvent *event) override;

private:
    // One list of the plan and its editor (BcpPageLists.cpp).
    template <typename T> struct PlanList
    {
        QVector<T> domain::BcpPlan::*entries;
        ListPanel *panel;
        std::function<QString(const T &)> name;
        std::function<std::optional<T>(const T &)> edit; // the dialog
    };
    template <typename T> void addEntry(const PlanList<T> &list);
    template <typename T> void editEntry(const PlanList<T> &list);
    template <typename T> void removeEntry(const PlanList<T> &list);
    template <typename T> void connectList(const PlanList<T> &list);
    void setUpLists();
    void showRows();
    // Writes `after` as the draft, one undoable step; the command.
    SavePlanCommand *pushPlan(const domain::BcpPlan &after, const QString &text,
                              const QString &mergeKey = {});
    void onSectionEdited(const QString &key, const QString &html);
    void setUpHistory();
    // The exercise selected on the Exercises tab, if any.
    const domain::BcpExercise *currentExercise() const;
    void showHistoryRows();
    void retranslateLists();
    void retranslateHistory();
    void setUpPrinting();
    void retranslatePrinting();
    void retranslate();

    QUndoStack &m_undo;
    CommandContext m_context;
    domain::BcpPlan m_plan;
    QVector<domain::Person> m_people;
    BcpAssetChoices m_assets;
    QVector<bcp::Finding> m_findings;
    QVector<domain::BcpExercise> m_exercises;
    QVector<domain::BcpVersion> m_versions;
    int m_comparedVersion = 0;

    QTabWidget *m_tabs = nullptr;
    BcpPlanPanel *m_planPanel = nullptr;
    ListPanel *m_businesses = nullptr;
    ListPanel *m_roles = nullptr;
    ListPanel *m_bottlenecks = nullptr;
    ListPanel *m_investments = nullptr;
    ListPanel *m_contacts = nullptr;
    ListPanel *m_insurance = nullptr;
    BcpChecksPanel *m_checks = nullptr;
    BcpHistoryPanel *m_history = nullptr;
    QToolButton *m_print = nullptr;
    QAction *m_printParts[4] = {};
    QAction *m_printVersion = nullptr;
};

} // namespace ui
} // namespace kamae
