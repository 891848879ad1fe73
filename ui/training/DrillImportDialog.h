#pragma once

#include "training/TrainingDesk.h"
#include "widgets/CoreForward.h"
#include "widgets/FormDialog.h"

#include <optional>

class QTableWidget;

namespace kamae {
namespace ui {

// Importing a GoPhish drill: the results export (and, for exact times, the
// events export of the same drill), the encoding, the drill's name and
// date (taken from the file until changed), and a preview of what will be
// stored: how many rows matched the people list, the rows that did not
// (imported without a person) and the rows that cannot be imported, each
// with its line. Nothing is stored here; a drill of the same name from
// GoPhish is replaced only after asking.
class DrillImportDialog final : public FormDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DrillImportDialog)

public:
    // `existing`: the drills stored now (to ask before replacing one).
    DrillImportDialog(store::Database &db, QVector<domain::PhishingCampaign> existing,
                      const QString &resultsPath = {}, QWidget *parent = nullptr);

    // What to store, with the name, date and scenario as the dialog says.
    std::optional<training::PhishingImportPlan> plan() const;
    // The stored drill the plan replaces, if any.
    std::optional<domain::PhishingCampaign> replaced() const;

    void setResultsPath(const QString &path);
    void setEventsPath(const QString &path);

    void accept() override;

protected:
    Problem check() const override;
    void retranslate() override;

private:
    // Reads the files again and shows the preview.
    void readFiles();
    void showPreview();
    void browse(QLineEdit *edit, const QString &caption);

    store::Database &m_db;
    QVector<domain::PhishingCampaign> m_existing;
    std::optional<training::PhishingImportPlan> m_plan;
    QString m_readError;
    bool m_filling = false;
    bool m_nameEdited = false;
    bool m_dateEdited = false;

    QLineEdit *m_results = nullptr;
    QLineEdit *m_events = nullptr;
    QComboBox *m_encoding = nullptr;
    QLineEdit *m_name = nullptr;
    QDateEdit *m_date = nullptr;
    QLineEdit *m_scenario = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_unmatchedTitle = nullptr;
    QTableWidget *m_unmatched = nullptr;
    QLabel *m_problemsTitle = nullptr;
    QTableWidget *m_problems = nullptr;
};

} // namespace ui
} // namespace kamae
