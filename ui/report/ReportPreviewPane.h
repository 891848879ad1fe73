#pragma once

#include <QWidget>

#include <functional>
#include <memory>

class QAction;
class QLabel;
class QPrinter;
class QPrintPreviewWidget;
class QStackedWidget;
class QTimer;
class QToolButton;

namespace kamae {
namespace report {
struct Document;
} // namespace report
} // namespace kamae

namespace kamae {
namespace ui {

// The report as it will come out of the printer, with the buttons that fit,
// zoom and turn its pages; or why it cannot be made.
class ReportPreviewPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportPreviewPane)

public:
    explicit ReportPreviewPane(QWidget *parent = nullptr);
    ~ReportPreviewPane() override;

    // Shows `document`, which must outlive what is shown (until the next
    // showDocument or showProblem).
    void showDocument(const report::Document *document);
    // Shows why there is no report to show.
    void showProblem(const QString &reason);
    // Paints the document again shortly, after a change of its cover.
    void repaintSoon();

    QPrintPreviewWidget *preview() const { return m_preview; }

private:
    QToolButton *addToolButton(const QString &name);
    // A button that moves the preview; the controls follow.
    void onClick(QToolButton *button, std::function<void()> step);
    void updateControls();
    void retranslate();

    const report::Document *m_document = nullptr;
    QString m_problem;
    // The printer outlives the widget that draws on it.
    std::unique_ptr<QPrinter> m_printer;
    QTimer *m_repaintTimer = nullptr;
    QStackedWidget *m_stack = nullptr;
    QPrintPreviewWidget *m_preview = nullptr;
    QLabel *m_error = nullptr;
    QToolButton *m_fitWidth = nullptr;
    QToolButton *m_fitPage = nullptr;
    QToolButton *m_zoomIn = nullptr;
    QToolButton *m_zoomOut = nullptr;
    QToolButton *m_previous = nullptr;
    QToolButton *m_next = nullptr;
    QLabel *m_pageLabel = nullptr;
    QAction *m_zoomInAction = nullptr;
    QAction *m_zoomOutAction = nullptr;
};

} // namespace ui
} // namespace kamae
