#pragma once

#include "report/Report.h"

#include <QWidget>

class QComboBox;
class QLineEdit;

namespace kamae {
namespace ui {

// What the report is to say: its period, its language (apart from the
// window's) and who prepared it.
class ReportOptionsForm final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportOptionsForm)

public:
    explicit ReportOptionsForm(QWidget *parent = nullptr);

    // The options chosen; the page adds what the form does not ask for.
    report::ReportOptions options() const;
    QString language() const;
    // Whoever prepared the last report most likely prepares this one: the
    // name is filled in unless the person has typed in the field already.
    void suggestPreparedBy(const QString &name);

signals:
    // The period or the language: the report must be built again.
    void optionsChanged();
    // Only the cover changes.
    void preparedByChanged(const QString &name);

private:
    void fillPeriods();
    void retranslate();

    bool m_preparedByEdited = false; // typed by the person, not suggested
    QComboBox *m_period = nullptr;
    QComboBox *m_language = nullptr;
    QLineEdit *m_preparedBy = nullptr;
};

} // namespace ui
} // namespace kamae
