#include "training/CourseDialog.h"

#include "training/TrainingText.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <iterator>

namespace kamae {
namespace ui {

using domain::Requirement;

namespace {

// The list's index of a requirement that names people: 0 departments, 1 roles.
int namesIndex(Requirement r)
{
    return r == Requirement::Departments ? 0 : r == Requirement::Roles ? 1 : -1;
}

void addSorted(QStringList &names, const QString &name)
{
    const QString trimmed = name.trimmed();
    if (!trimmed.isEmpty() && !names.contains(trimmed, Qt::CaseInsensitive))
        names << trimmed;
}

} // namespace

CourseDialog::CourseDialog(const domain::Course &course, const QVector<domain::Person> &people,
                           QWidget *parent)
    : FormDialog(QStringLiteral("CourseDialog"), parent), m_original(course)
{
    for (const domain::Person &p : people) {
        if (p.kind == domain::PersonKind::Department)
            addSorted(m_departments, p.name);
        addSorted(m_departments, p.department);
        addSorted(m_roles, p.role);
    }
    if (const int i = namesIndex(course.requirement); i >= 0) {
        m_ticked[i] = domain::cleanedNames(course.requiredFor);
        for (const QString &n : std::as_const(m_ticked[i]))
            addSorted(i == 0 ? m_departments : m_roles, n);
    }
    m_departments.sort(Qt::CaseInsensitive);
    m_roles.sort(Qt::CaseInsensitive);

    m_title = makeLineEdit(this, QStringLiteral("titleEdit"), course.title);
    m_topic = makeEnumCombo(this, QStringLiteral("topicCombo"), domain::kCourseTopicCount,
                            &TrainingText::topic, course.topic);
    m_format = makeEnumCombo(this, QStringLiteral("formatCombo"), domain::kCourseFormatCount,
                             &TrainingText::format, course.format);
    m_renewal = new QSpinBox(this);
    m_renewal->setObjectName(QStringLiteral("renewalEdit"));
    m_renewal->setRange(0, domain::kMaxRenewalMonths);
    m_renewal->setValue(course.renewalMonths);
    m_requirement =
        makeEnumCombo(this, QStringLiteral("requirementCombo"), domain::kRequirementCount,
                      &TrainingText::requirement, course.requirement);
    m_names = new QListWidget(this);
    m_names->setObjectName(QStringLiteral("namesList"));
    m_names->setMaximumHeight(m_names->fontMetrics().lineSpacing() * 6 + 8);
    m_newName = makeLineEdit(this, QStringLiteral("newNameEdit"), QString());
    m_addName = new QPushButton(this);
    m_addName->setObjectName(QStringLiteral("addNameButton"));
    m_onboarding = new QSpinBox(this);
    m_onboarding->setObjectName(QStringLiteral("onboardingEdit"));
    m_onboarding->setRange(0, domain::kMaxOnboardingDays);
    m_onboarding->setValue(course.onboardingDays);
    m_notes = makeNotesEdit(this, QStringLiteral("notesEdit"), course.notes, 90);

    // The hints stand under their fields, in the field column.
    const auto withHint = [this](QWidget *field, QLabel *hint) {
        auto *box = new QVBoxLayout;
        box->setSpacing(2);
        box->addWidget(field);
        box->addWidget(hint);
        return box;
    };
    QLabel *renewalHint = sayingText(makeHint(this, QString()), [] {
        return tr("How often people must take it again; a completion counts until then.");
    });
    QLabel *onboardingHint = sayingText(makeHint(this, QString()), [] {
        return tr("New joiners are due, not overdue, until this many days after they join.");
    });
    auto *namesBox = new QVBoxLayout;
    namesBox->addWidget(m_names);
    auto *newRow = new QHBoxLayout;
    newRow->addWidget(m_newName, 1);
    newRow->addWidget(m_addName);
    namesBox->addLayout(newRow);
    addLabelledRow(form(), m_title, [] { return tr("&Title:"); });
    addLabelledRow(form(), m_topic, [] { return tr("To&pic:"); });
    addLabelledRow(form(), m_format, [] { return tr("&Format:"); });
    addLabelledRow(form(), withHint(m_renewal, renewalHint), m_renewal,
                   [] { return tr("&Renewal:"); });
    addLabelledRow(form(), m_requirement, [] { return tr("Re&quired of:"); });
    addLabelledRow(form(), namesBox, m_names, [] { return tr("&Names:"); });
    addLabelledRow(form(), withHint(m_onboarding, onboardingHint), m_onboarding,
                   [] { return tr("&Onboarding deadline:"); });
    addLabelledRow(form(), m_notes, [] { return tr("Not&es:"); });

    connect(m_requirement, &QComboBox::currentIndexChanged, this, &CourseDialog::fillNames);
    connect(m_addName, &QPushButton::clicked, this, &CourseDialog::addTypedName);
    fillNames();
    retranslate();
    startAt(QSize(560, sizeHint().height()));
}

void CourseDialog::retranslate()
{
    setWindowTitle(m_original.id ? tr("Edit course") : tr("New course"));
    m_title->setPlaceholderText(tr("e.g. Spotting phishing mail"));
    for (int i = 0; i < domain::kCourseTopicCount; ++i)
        m_topic->setItemText(i, TrainingText::topic(static_cast<domain::CourseTopic>(i)));
    for (int i = 0; i < domain::kCourseFormatCount; ++i)
        m_format->setItemText(i, TrainingText::format(static_cast<domain::CourseFormat>(i)));
    for (int i = 0; i < domain::kRequirementCount; ++i)
        m_requirement->setItemText(i, TrainingText::requirement(static_cast<Requirement>(i)));
    m_renewal->setSpecialValueText(tr("once is enough"));
    m_renewal->setPrefix(tr("every "));
    m_renewal->setSuffix(tr(" months"));
    m_onboarding->setSpecialValueText(tr("no deadline"));
    m_onboarding->setSuffix(tr(" days after joining"));
    m_addName->setText(tr("Add"));
    showNamesPlaceholder();
    setOkText(tr("Save"));
}

void CourseDialog::showNamesPlaceholder()
{
    m_newName->setPlaceholderText(m_shown < 0    ? QString()
                                  : m_shown == 0 ? tr("Another department")
                                                 : tr("Another role"));
}

void CourseDialog::fillNames()
{
    // Keep the ticks of the list shown before it changes.
    if (m_shown >= 0) {
        m_ticked[m_shown].clear();
        for (int i = 0; i < m_names->count(); ++i)
            if (m_names->item(i)->checkState() == Qt::Checked)
                m_ticked[m_shown] << m_names->item(i)->text();
    }
    const auto r = static_cast<Requirement>(m_requirement->currentIndex());
    m_shown = namesIndex(r);
    m_names->clear();
    const bool named = m_shown >= 0;
    m_names->setEnabled(named);
    m_newName->setEnabled(named);
    m_addName->setEnabled(named);
    showNamesPlaceholder();
    if (!named)
        return;
    for (const QString &n : m_shown == 0 ? m_departments : m_roles) {
        auto *item = new QListWidgetItem(n, m_names);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(m_ticked[m_shown].contains(n, Qt::CaseInsensitive) ? Qt::Checked
                                                                               : Qt::Unchecked);
    }
}

void CourseDialog::addTypedName()
{
    const QString name = m_newName->text().trimmed();
    if (name.isEmpty() || m_shown < 0)
        return;
    for (int i = 0; i < m_names->count(); ++i)
        if (m_names->item(i)->text().compare(name, Qt::CaseInsensitive) == 0) {
            m_names->item(i)->setCheckState(Qt::Checked);
            m_newName->clear();
            return;
        }
    addSorted(m_shown == 0 ? m_departments : m_roles, name);
    auto *item = new QListWidgetItem(name, m_names);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
    item->setCheckState(Qt::Checked);
    m_newName->clear();
}

domain::Course CourseDialog::course() const
{
    domain::Course c = m_original;
    c.title = m_title->text().trimmed();
    c.topic = static_cast<domain::CourseTopic>(m_topic->currentIndex());
    c.format = static_cast<domain::CourseFormat>(m_format->currentIndex());
    c.renewalMonths = m_renewal->value();
    c.requirement = static_cast<Requirement>(m_requirement->currentIndex());
    c.requiredFor.clear();
    if (m_shown >= 0)
        for (int i = 0; i < m_names->count(); ++i)
            if (m_names->item(i)->checkState() == Qt::Checked)
                c.requiredFor << m_names->item(i)->text();
    c.onboardingDays = m_onboarding->value();
    c.notes = m_notes->toPlainText().trimmed();
    return c;
}

FormDialog::Problem CourseDialog::check() const
{
    const domain::Course c = course();
    const QString problem = domain::courseProblem(c);
    if (problem.isEmpty())
        return {};
    QWidget *field = c.title.isEmpty()                         ? static_cast<QWidget *>(m_title)
                     : m_shown >= 0 && c.requiredFor.isEmpty() ? static_cast<QWidget *>(m_names)
                                                               : nullptr;
    return {problem, field};
}

} // namespace ui
} // namespace kamae
