#pragma once

#include "models/RecordTableModel.h"
#include "training/Coverage.h"
#include "training/TrainingRecords.h"

#include <QDate>
#include <QHash>

namespace kamae {
namespace ui {

// The courses (講座): title (a starter course's in the reader's language),
// topic, format, renewal, whom they are required of, the onboarding
// deadline, how often they were taught and their coverage. The search
// (SearchRole) looks in the title, topic, whom of and notes.
class CourseTableModel final : public RecordTableModel<domain::Course>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CourseTableModel)

public:
    enum Column
    {
        TitleColumn,
        TopicColumn,
        FormatColumn,
        RequiredColumn,
        RenewalColumn,
        OnboardingColumn,
        SessionsColumn,
        LastSessionColumn,
        ShareColumn,
        ColumnCount
    };

    explicit CourseTableModel(QObject *parent = nullptr);

    void setContent(QVector<domain::Course> courses,
                    const QVector<domain::TrainingSession> &sessions,
                    const training::Coverage &coverage);
    const domain::Course &course(int row) const { return record(row); }

protected:
    QVariant cellData(int row, int column, int role) const override;

private:
    struct Taught
    {
        int sessions = 0;
        QDate last;
    };
    QHash<qint64, Taught> m_taught;
    QHash<qint64, training::CoverageCounts> m_counts;
};

} // namespace ui
} // namespace kamae
