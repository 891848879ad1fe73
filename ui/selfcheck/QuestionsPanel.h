#pragma once

#include "score/SelfCheck.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QTableView;

namespace kamae {
namespace ui {

class SelfCheckFilterProxy;
class SelfCheckModel;

// The questions of the assessment shown as a table, with a filter (all,
// unanswered, not or partly implemented, contradicted) and a search. In the
// table the keys 1–4 answer and move on, Backspace and Delete clear, and a
// double-click picks an answer from a list.
class QuestionsPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QuestionsPanel)

public:
    QuestionsPanel(SelfCheckModel *model, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    // The model row of the current question, -1 when none.
    int currentRow() const;
    // The question after the current one in the order shown, empty at the end.
    QString nextKey() const;
    // Makes the question current, clearing filters that hide it.
    void selectKey(const QString &key);
    // The first open question in the order shown (else the first).
    void selectFirstOpenRow();
    // Whether an answer is being picked in the table's editor.
    bool editingInTable() const;
    void focusSearch();

signals:
    void currentChanged();
    // Keys in the table: an answer (Unanswered to clear); advance: go on to
    // the next question once answered.
    void answerKeyPressed(kamae::score::Answer answer, bool advance);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();

    SelfCheckModel *m_model = nullptr;
    SelfCheckFilterProxy *m_proxy = nullptr;
    QComboBox *m_filter = nullptr;
    QLineEdit *m_search = nullptr;
    QTableView *m_view = nullptr;
};

} // namespace ui
} // namespace kamae
