#pragma once

#include "pages/Page.h"
#include "report/Report.h"

#include <optional>

class QAction;
class QLabel;
class QPrintPreviewWidget;
class QPushButton;
class QSplitter;
class QTimer;

namespace kamae {
namespace store {
class Database;
}
namespace ui {

class ReportHistoryModel;
class ReportHistoryPanel;
class ReportOptionsForm;
class ReportPreviewPane;

// The executive report: its options on the left (ReportOptionsForm), the
// report itself on the right as it will come out of the printer
// (ReportPreviewPane), and the reports issued before (ReportHistoryPanel).
// What the report says is decided in app/report; this page only asks for
// it, shows it and hands it to a PDF file or a printer.
class ReportPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportPage)

public:
    // `vaultName` is the vault file's name, for the report's footer.
    ReportPage(store::Database &db, const QString &vaultName, QWidget *parent = nullptr);
    ~ReportPage() override;

    QString title() const override;

    // Builds the report from the vault now and shows it.
    void rebuild();
    // The report shown, nullptr when it could not be built.
    const report::BuiltReport *currentReport() const;
    QPrintPreviewWidget *preview() const;
    ReportHistoryModel *historyModel() const;

    // Ask where (or on which printer), issue the report and record it.
    bool saveAsPdf();
    bool print();
    // Opens the PDF of the history row shown at `proxyRow`.
    void openRow(int proxyRow);
    // Asks, then removes the selected history entry (not its file).
    bool removeSelected();

protected:
    void showEvent(QShowEvent *event) override;

private:
    QWidget *buildOptionsColumn();
    void scheduleRebuild();
    void changePreparedBy(const QString &name);
    bool saveTo(const QString &path);
    bool record(const QString &destination, int pages);
    void reloadHistory();
    void updateButtons();
    void updateStatus();
    void showIssued(const QString &destination);
    void retranslate();

    store::Database &m_db;
    QString m_vaultName;
    std::optional<report::BuiltReport> m_built;
    QString m_buildError;
    QString m_lastDestination; // of the report issued last from this page

    QTimer *m_rebuildTimer = nullptr;
    QLabel *m_error = nullptr;
    QSplitter *m_splitter = nullptr;
    ReportOptionsForm *m_options = nullptr;
    QPushButton *m_print = nullptr;
    QPushButton *m_save = nullptr;
    QAction *m_printAction = nullptr;
    QAction *m_saveAction = nullptr;
    QLabel *m_status = nullptr;
    ReportHistoryPanel *m_history = nullptr;
    ReportPreviewPane *m_preview = nullptr;
};

} // namespace ui
} // namespace kamae
