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
    if (role == SearchRole)
        return QStringList{c.title, TrainingText::topic(c.topic), TrainingText::requiredOf(c),
                           c.notes};
    switch (column) {
    case TitleColumn:
        if (role == Qt::ToolTipRole && !c.builtin.isEmpty())
            return tr("%1\nA starter course from Kamae's catalogue; edit it as you need.")
                .arg(c.title);
        if (role == Qt::ToolTipRole && !c.notes.isEmpty())
            return c.title + u'\n' + c.notes;
        return sortedCell(role, {}, c.title);
    case TopicColumn:
        return sortedCell(role, static_cast<int>(c.topic), TrainingText::topic(c.topic));
    case FormatColumn:
        return sortedCell(role, {}, TrainingText::format(c.format));
    case RequiredColumn:
        return sortedCell(role, {}, TrainingText::requiredOf(c));
    case RenewalColumn:
        return sortedCell(role, c.renewalMonths, TrainingText::renewal(c.renewalMonths));
    case OnboardingColumn:
        return sortedCell(role, c.onboardingDays, TrainingText::onboarding(c.onboardingDays));
    case SessionsColumn:
        return countCell(role, taught.sessions);
    case LastSessionColumn:
        if (!taught.last.isValid())
            return sortedCell(role, qint64(0), QString());
        return sortedCell(role, taught.last.toJulianDay(), i18n::formatDate(taught.last));
    case ShareColumn:
        if (counts == m_counts.cend())
            return sortedCell(role, -2.0, QString());
        return sortedCell(role, counts->share(),
                          counts->required == 0 ? QString() : TrainingText::share(*counts));
    default:
        return {};
    }
}

} // namespace ui
} // namespace kamae
