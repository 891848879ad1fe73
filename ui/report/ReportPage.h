#pragma once

#include "pages/Page.h"
#include "report/Report.h"

#include <QDate>

#include <memory>
#include <optional>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QPrinter;
class QPrintPreviewWidget;
class QPushButton;
class QSortFilterProxyModel;
class QSplitter;
class QStackedWidget;
class QTableView;
class QTimer;
class QToolButton;

namespace kamae {
namespace store {
class Database;
}
namespace ui {

class ReportHistoryModel;

// The executive report: its options on the left, the report itself on the
// right as it will come out of the printer, and the reports issued before.
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
    QPrintPreviewWidget *preview() const { return m_preview; }
    ReportHistoryModel *historyModel() const { return m_history; }

    // Ask where (or on which printer), issue the report and record it.
    bool saveAsPdf();
    bool print();
    // Opens the PDF of the history row shown at `proxyRow`.
    void openRow(int proxyRow);
    // Asks, then removes the selected history entry (not its file).
    bool removeSelected();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    report::ReportOptions options() const;
    void scheduleRebuild();
    bool saveTo(const QString &path);
    bool record(const QString &destination, int pages);
    void reloadHistory();
    void fillPeriods();
    void updatePageControls();
    void updateButtons();
    void updateStatus();
    void showIssued(const QString &destination);
    void retranslate();

    store::Database &m_db;
    QString m_vaultName;
    std::optional<report::BuiltReport> m_built;
    QString m_buildError;
    QString m_lastDestination; // of the report issued last from this page
    bool m_preparedByEdited = false;

    QTimer *m_rebuildTimer = nullptr;

    QTimer *m_previewTimer = nullptr; // repaints after a name is typed
    QLabel *m_heading = nullptr;
    QLabel *m_error = nullptr;
    QSplitter *m_splitter = nullptr;
    // Options.
    QLabel *m_periodLabel = nullptr;
    QComboBox *m_period = nullptr;
    QLabel *m_languageLabel = nullptr;
    QComboBox *m_language = nullptr;
    QLabel *m_preparedByLabel = nullptr;
    QLineEdit *m_preparedBy = nullptr;
    QPushButton *m_print = nullptr;
    QPushButton *m_save = nullptr;
    QAction *m_printAction = nullptr;
    QAction *m_saveAction = nullptr;
    QAction *m_zoomInAction = nullptr;
    QAction *m_zoomOutAction = nullptr;
    QLabel *m_status = nullptr;
    // History.
    QLabel *m_historyTitle = nullptr;
    QLabel *m_historyEmpty = nullptr;
    ReportHistoryModel *m_history = nullptr;
    QSortFilterProxyModel *m_historyProxy = nullptr;
    QTableView *m_historyView = nullptr;
    QPushButton *m_remove = nullptr;
    // Preview. The printer outlives the widget that draws on it.
    std::unique_ptr<QPrinter> m_previewPrinter;
    QStackedWidget *m_previewStack = nullptr;
    QPrintPreviewWidget *m_preview = nullptr;
    QLabel *m_previewError = nullptr;
    QToolButton *m_fitWidth = nullptr;
    QToolButton *m_fitPage = nullptr;
    QToolButton *m_zoomIn = nullptr;
    QToolButton *m_zoomOut = nullptr;
    QToolButton *m_previous = nullptr;
    QToolButton *m_next = nullptr;
    QLabel *m_pageLabel = nullptr;
};

} // namespace ui
} // namespace kamae
