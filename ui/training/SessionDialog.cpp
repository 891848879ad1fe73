#include "training/SessionDialog.h"

#include "training/AttendeeModel.h"
#include "training/AttendeePicker.h"
#include "widgets/DiscardGuard.h"
#include "widgets/FittingScrollArea.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

#include <initializer_list>

namespace kamae {
namespace ui {

namespace {

constexpr int kMaxMinutes = 60 * 24 * 30;

} // namespace

SessionDialog::SessionDialog(const domain::TrainingSession &session,
                             const QVector<domain::Course> &courses,
                             const QVector<domain::Person> &people,
                             const QVector<domain::Attendance> &attendance, const QDate &today,
                             QWidget *parent)
    : FormDialog(QStringLiteral("SessionDialog"), parent, Option::FixedBody), m_original(session),
      m_today(today), m_courses(courses)
{
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("sessionTabs"));

    auto *general = new QWidget;
    // The form at the top of the tab: the room below stays empty rather
    // than spreading its rows apart.
    auto *generalLayout = new QVBoxLayout(general);
    auto *form = new QFormLayout;
    generalLayout->addLayout(form);
    generalLayout->addStretch(1);
    QStringList titles;
    int current = -1;
    for (int i = 0; i < courses.size(); ++i) {
        titles << courses.at(i).title;
        if (courses.at(i).id == session.courseId)
            current = i;
    }
    m_course = makeComboBox(general, QStringLiteral("courseCombo"), titles, current);
    m_date = makeDateEdit(general, QStringLiteral("dateEdit"), session.date);
    m_date->setMaximumDate(today);
    m_trainer = makeLineEdit(general, QStringLiteral("trainerEdit"), session.trainer);
    m_minutes = new QSpinBox(general);
    m_minutes->setObjectName(QStringLiteral("minutesEdit"));
    m_minutes->setRange(-1, kMaxMinutes);
    m_minutes->setValue(session.minutes);
    m_materials = makeLineEdit(general, QStringLiteral("materialsEdit"), session.materials);
    m_notes = makeNotesEdit(general, QStringLiteral("notesEdit"), session.notes, 80);
    addLabelledRow(form, m_course, [] { return tr("&Course:"); });
    addLabelledRow(form, m_date, [] { return tr("&Date:"); });
    addLabelledRow(form, m_trainer, [] { return tr("&Trainer:"); });
    addLabelledRow(form, m_minutes, [] { return tr("D&uration:"); });
    addLabelledRow(form, m_materials, [] { return tr("&Materials:"); });
    addLabelledRow(form, m_notes, [] { return tr("N&otes:"); });
    if (isRecording()) {
        m_completed = makeCheckBox(general, QStringLiteral("completedCheck"), QString(), true);
        QLabel *completedHint = sayingText(makeHint(general, QString()), [] {
            return tr("Only completions count for coverage. Untick it when the session did "
                      "not finish the course (a first part, a test still to pass); you can "
                      "mark people one by one when you edit the session later.");
        });
        auto *box = new QVBoxLayout;
        box->setSpacing(2);
        box->addWidget(m_completed);
        box->addWidget(completedHint);
        addLabelledRow(form, box, m_completed, [] { return tr("&Attendance:"); });
    }
    m_tabs->addTab(new FittingScrollArea(general, m_tabs, QSize(64, 190)), QString());

    m_picker = new AttendeePicker(!isRecording(), this);
    m_picker->setPeople(people, attendance);
    m_tabs->addTab(m_picker, QString());
    auto *tickState = new QLineEdit(this);
    tickState->setObjectName(QStringLiteral("tickState"));
    tickState->hide();
    const auto mirror = [this, tickState] {
        QStringList parts;
        for (const domain::Attendance &a : m_picker->attendance(0))
            parts << QStringLiteral("%1:%2").arg(a.personId).arg(static_cast<int>(a.state));
        tickState->setText(parts.join(u','));
    };
    connect(m_picker, &AttendeePicker::tickedChanged, this, [this, mirror](int n) {
        showCount(n);
        mirror();
    });
    connect(m_picker->model(), &QAbstractItemModel::dataChanged, this, mirror);
    mirror();

    bodyLayout()->addWidget(m_tabs, 1);
    discardGuard()->ignore(m_picker->findChild<QLineEdit *>(QStringLiteral("attendeeSearch")));
    discardGuard()->ignore(m_picker->findChild<QPlainTextEdit *>(QStringLiteral("pasteEdit")));
    retranslate();
    startAt(QSize(720, 600));
}

void SessionDialog::retranslate()
{
    setWindowTitle(isRecording() ? tr("Record a session") : tr("Edit session"));
    m_course->setPlaceholderText(tr("Choose the course taught"));
    m_trainer->setPlaceholderText(tr("A colleague, an outside lecturer, a provider"));
    m_minutes->setSpecialValueText(tr("not recorded"));
    m_minutes->setSuffix(tr(" min"));
    m_materials->setPlaceholderText(tr("Slides, a video's title, where they are kept"));
    if (m_completed)
        m_completed->setText(tr("Everyone ticked completed the course"));
    m_tabs->setTabText(SessionTab, tr("Session"));
    showCount(m_picker->model()->tickedCount());
    setIntro(isRecording() ? tr("Record one time the course was taught and tick who was there. "
                                "Paste names from a sign-in sheet to tick many at once.")
                           : QString());
    setOkText(isRecording() ? tr("Record") : tr("Save"));
}

void SessionDialog::showCount(int ticked)
{
    m_tabs->setTabText(AttendeesTab, tr("Attendees (%n)", nullptr, ticked));
}

domain::TrainingSession SessionDialog::session() const
{
    domain::TrainingSession s = m_original;
    const int course = m_course->currentIndex();
    s.courseId = course >= 0 ? m_courses.at(course).id : 0;
    s.date = m_date->date();
    s.trainer = m_trainer->text().trimmed();
    s.minutes = m_minutes->value();
    s.materials = m_materials->text().trimmed();
    s.notes = m_notes->toPlainText().trimmed();
    return s;
}

QVector<qint64> SessionDialog::attendeeIds() const
{
    return m_picker->tickedIds();
}

domain::AttendanceState SessionDialog::attendanceState() const
{
    return !m_completed || m_completed->isChecked() ? domain::AttendanceState::Completed
                                                    : domain::AttendanceState::Attended;
}

QVector<domain::Attendance> SessionDialog::attendance() const
{
    return m_picker->attendance(m_original.id);
}

FormDialog::Problem SessionDialog::check() const
{
    if (m_course->currentIndex() < 0) {
        m_tabs->setCurrentIndex(SessionTab);
        return {tr("Choose the course that was taught."), m_course};
    }
    const QString problem = domain::sessionProblem(session(), m_today);
    if (!problem.isEmpty())
        m_tabs->setCurrentIndex(SessionTab);
    return {problem, problem.isEmpty() ? nullptr : m_date};
}

} // namespace ui
} // namespace kamae
