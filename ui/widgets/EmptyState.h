#pragma once

#include <QPointer>
#include <QWidget>

#include <functional>

class QAbstractItemModel;
class QLabel;
class QPushButton;
class QTableView;

namespace kamae {
namespace ui {

// Guidance laid over a table's empty area. When the table has no records
// at all: what the page is for and the first thing to do, with buttons
// ("Add your first asset", "Import from Excel/CSV"). When records exist but
// the filters hide every one: a line saying so, with "Clear filters".
// Texts are the caller's: setTexts() from its retranslate(), the buttons'
// with sayingText() when they are made.
class EmptyState final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EmptyState)

public:
    enum class State
    {
        Hidden,
        Empty,    // no records at all
        Filtered, // records, none shown
    };

    // `source`: the records before any filter (the view's model when null).
    EmptyState(QTableView *view, QAbstractItemModel *source);

    void setTexts(const QString &title, const QString &text);
    // A button of the empty state, in the order added; its text is the
    // caller's.
    QPushButton *addButton(const QString &objectName, std::function<void()> onClick);
    // The line shown when the filters hide every record; a default until set.
    void setFilteredText(const QString &text);
    // Enables the "Clear filters" button of the filtered state.
    void setClearFilters(std::function<void()> clear);

    State state() const { return m_state; }
    QString title() const;
    QString text() const;
    // Looks at the models again (done on every change of theirs).
    void refresh();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void watch(QAbstractItemModel *model);
    void retranslate();

    QPointer<QTableView> m_view;
    QPointer<QAbstractItemModel> m_source;
    State m_state = State::Hidden;
    bool m_customFilteredText = false;
    std::function<void()> m_clear;
    QWidget *m_empty = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_text = nullptr;
    QWidget *m_buttons = nullptr;
    QWidget *m_filtered = nullptr;
    QLabel *m_filteredText = nullptr;
    QPushButton *m_clearButton = nullptr;
};

} // namespace ui
} // namespace kamae
