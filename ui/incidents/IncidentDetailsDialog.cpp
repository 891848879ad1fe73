// The dialog of an incident's details, declared as rows
// (widgets/RecordDialog); its lists (timeline, follow-ups, ticks) are
// edited on the page.
#include "incidents/IncidentEntryDialogs.h"

#include "core/Clock.h"
#include "widgets/RecordDialog.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QLineEdit>
#include <QSpinBox>

namespace kamae {
namespace ui {

namespace {
struct DetailsText
{
    Q_DECLARE_TR_FUNCTIONS(kamae::ui::IncidentDetailsDialog)
};
using R = domain::Incident;

// A check box for one of the personal data's flags.
void personalFlag(RecordDialog<R> &d, Text label, bool domain::IncidentPersonalData::*member,
                  const char *name, bool value)
{
    d.field<QCheckBox>(std::move(label), makeCheckBox(&d, QLatin1String(name), QString(), value),
                       [member](R &r, const QCheckBox *b) { r.personal.*member = b->isChecked(); });
}
} // namespace

std::optional<domain::Incident> editIncidentDetails(const domain::Incident &incident,
                                                    const QVector<domain::Person> &people,
                                                    const QVector<QPair<qint64, QString>> &assets,
                                                    QWidget *parent)
{
    RecordDialog<R> d(QStringLiteral("IncidentDetailsDialog"), incident, parent);
    d.setTexts(
        {}, [] { return DetailsText::tr("Incident details"); },
        [] {
            return DetailsText::tr("The times say when the legal clock starts (aware, else "
                                   "detected); the personal data whether a report to the "
                                   "Commission is due.");
        });
    d.choice([] { return DetailsText::tr("&Kind:"); }, &R::kind, "kindCombo",
             domain::kIncidentKindCount, &domain::IncidentRecordText::incidentKind);
    d.line([] { return DetailsText::tr("&Title:"); }, &R::title, "titleEdit",
           RecordDialog<R>::Readable);
    d.choice([] { return DetailsText::tr("&Status:"); }, &R::status, "statusCombo",
             domain::kIncidentStatusCount, &domain::IncidentRecordText::status);
    d.flag([] { return DetailsText::tr("D&rill:"); }, &R::drill, "drillCheck");
    d.person([] { return DetailsText::tr("&Found by:"); }, &R::foundBy, "foundByCombo", people);
    d.instant([] { return DetailsText::tr("&Occurred:"); }, &R::occurred, "occurredEdit", true);
    d.instant([] { return DetailsText::tr("&Detected:"); }, &R::detected, "detectedEdit", false);
    d.instant([] { return DetailsText::tr("&Aware:"); }, &R::aware, "awareEdit", true);
    d.instant([] { return DetailsText::tr("Re&ported:"); }, &R::reported, "reportedEdit", true);
    d.instant([] { return DetailsText::tr("&Contained:"); }, &R::contained, "containedEdit", true);
    d.instant([] { return DetailsText::tr("R&esolved:"); }, &R::resolved, "resolvedEdit", true);
    d.idSet([] { return DetailsText::tr("Affected a&ssets:"); }, &R::assets, "assetList", assets);
    d.field<QLineEdit>(
        [] { return DetailsText::tr("Personal &data:"); },
        makeLineEdit(&d, QStringLiteral("personalKindsEdit"), incident.personal.kinds),
        [](R &r, const QLineEdit *e) { r.personal.kinds = e->text().trimmed(); });
    auto *people_ = new QSpinBox(&d);
    people_->setObjectName(QStringLiteral("peopleSpin"));
    people_->setRange(-1, 100000000);
    people_->setGroupSeparatorShown(true);
    people_->setValue(incident.personal.people);
    people_->setSpecialValueText(DetailsText::tr("not known"));
    d.field<QSpinBox>([] { return DetailsText::tr("&Number of people:"); }, people_,
                      [](R &r, const QSpinBox *s) { r.personal.people = s->value(); });
    personalFlag(
        d, [] { return DetailsText::tr("Sensiti&ve (要配慮):"); },
        &domain::IncidentPersonalData::sensitive, "sensitiveCheck", incident.personal.sensitive);
    personalFlag(
        d, [] { return DetailsText::tr("Risk of &financial harm:"); },
        &domain::IncidentPersonalData::financialRisk, "financialCheck",
        incident.personal.financialRisk);
    personalFlag(
        d, [] { return DetailsText::tr("Suspected &malice:"); },
        &domain::IncidentPersonalData::malice, "maliceCheck", incident.personal.malice);
    d.notes([] { return DetailsText::tr("Ca&use:"); }, &R::cause, "causeEdit", 60);
    d.notes([] { return DetailsText::tr("&Lessons learned:"); }, &R::lessons, "lessonsEdit", 60);
    d.addCheck([&d]() -> FormDialog::Problem {
        return {domain::incidentProblem(d.record(), clock::now()), nullptr};
    });
    return d.run();
}

} // namespace ui
} // namespace kamae
