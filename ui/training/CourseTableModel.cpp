#include "training/CourseTableModel.h"

#include "i18n/Language.h"
#include "training/TrainingText.h"

namespace kamae {
namespace ui {

CourseTableModel::CourseTableModel(QObject *parent)
    : RecordTableModel({QT_TR_NOOP("Course"), QT_TR_NOOP("Topic"), QT_TR_NOOP("Format"),
                        QT_TR_NOOP("Required of"), QT_TR_NOOP("Renewal"),
                        QT_TR_NOOP("Onboarding deadline"), QT_TR_NOOP("Sessions"),
                        QT_TR_NOOP("Last session"), QT_TR_NOOP("Coverage")},
                       parent)
{
    setAlignment({SessionsColumn, ShareColumn}, Qt::AlignRight | Qt::AlignVCenter);
}

void CourseTableModel::setContent(QVector<domain::Course> courses,
                                  const QVector<domain::TrainingSession> &sessions,
                                  const training::Coverage &coverage)
{
    resetRecords(std::move(courses), [&] {
        m_taught.clear();
        for (const domain::TrainingSession &s : sessions) {
            Taught &t = m_taught[s.courseId];
            ++t.sessions;
            if (!t.last.isValid() || s.date > t.last)
                t.last = s.date;
        }
        m_counts.clear();
        for (const training::CourseCoverage &c : coverage.byCourse)
            m_counts.insert(c.courseId, c.counts);
    });
}

QVariant CourseTableModel::cellData(int row, int column, int role) const
{
    const domain::Course &c = record(row);
    const Taught taught = m_taught.value(c.id);
    const auto counts = m_counts.constFind(c.id);
    if (role == Qt::DisplayRole) {
        switch (column) {
        case TitleColumn:
            return c.title;
        case TopicColumn:
            return TrainingText::topic(c.topic);
        case FormatColumn:
            return TrainingText::format(c.format);
        case RequiredColumn:
            return TrainingText::requiredOf(c);
        case RenewalColumn:
            return TrainingText::renewal(c.renewalMonths);
        case OnboardingColumn:
            return TrainingText::onboarding(c.onboardingDays);
        case SessionsColumn:
            return QString::number(taught.sessions);
        case LastSessionColumn:
            return taught.last.isValid() ? i18n::formatDate(taught.last) : QString();
        case ShareColumn:
            return counts == m_counts.cend() || counts->required == 0
                       ? QString()
                       : TrainingText::share(*counts);
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        if (column == TitleColumn && !c.builtin.isEmpty())
            return tr("%1\nA starter course from Kamae's catalogue; edit it as you need.")
                .arg(c.title);
        if (column == TitleColumn && !c.notes.isEmpty())
            return c.title + u'\n' + c.notes;
        return {};
    }
    if (role == SortRole) {
        switch (column) {
        case RenewalColumn:
            return c.renewalMonths;
        case OnboardingColumn:
            return c.onboardingDays;
        case SessionsColumn:
            return taught.sessions;
        case LastSessionColumn:
            return taught.last.isValid() ? taught.last.toJulianDay() : 0;
        case ShareColumn:
            return counts == m_counts.cend() ? -2.0 : counts->share();
        case TopicColumn:
            return static_cast<int>(c.topic);
        default:
            return {};
        }
    }
    return {};
}

bool CourseFilterProxy::acceptsRow(int sourceRow) const
{
    const auto *model = static_cast<const CourseTableModel *>(sourceModel());
    const domain::Course &c = model->course(sourceRow);
    return anyContainsSearch(
        {c.title, TrainingText::topic(c.topic), TrainingText::requiredOf(c), c.notes});
}

} // namespace ui
} // namespace kamae
