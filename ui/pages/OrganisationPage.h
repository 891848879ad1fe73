#pragma once

#include "domain/Organisation.h"
#include "pages/Page.h"
#include "widgets/CoreForward.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QTableView;

namespace kamae {
namespace ui {

class PeoplePanel;
class SitesModel;

// The organisation profile: name, industry, size, SECURITY ACTION level,
// notes and sites (including overseas ones). Every edit is saved as it is
// made, as one undoable step.
class OrganisationPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrganisationPage)

public:
    OrganisationPage(store::Database &db, QUndoStack &undo, QWidget *parent = nullptr);

    QString title() const override;
    void commitPendingEdits() override;
    // Reloads the widgets from the vault.
    void refresh();
    const domain::Organisation &stored() const { return m_stored; }
    PeoplePanel *people() const { return m_people; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void commit();
    domain::Organisation fromWidgets() const;
    void updateSummary();
    void showError(const QString &message);
    void addSite();
    void removeSelectedSites();
    void retranslate();
    void fillIndustries();

    store::Database &m_db;
    QUndoStack &m_undo;
    domain::Organisation m_stored;
    bool m_loading = false;

    QLabel *m_summary = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_industry = nullptr;
    QSpinBox *m_employees = nullptr;
    QComboBox *m_securityAction = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QLabel *m_error = nullptr;
    QTableView *m_sitesView = nullptr;
    SitesModel *m_sites = nullptr;
    PeoplePanel *m_people = nullptr;
};

} // namespace ui
} // namespace kamae
