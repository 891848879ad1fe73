#include "training/TrainingDesk.h"

#include "core/Clock.h"
#include "i18n/Language.h"
#include "io/Csv.h"
#include "store/PeopleRepository.h"
#include "store/Transaction.h"
#include "training/StarterCourses.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace kamae {
namespace training {

namespace {

// A name as typed for comparing: no spaces of any width, case folded.
QString nameKey(const QString &text)
{
    QString key;
    key.reserve(text.size());
    for (const QChar c : text)
        if (!c.isSpace())
            key.append(c);
    return key.toCaseFolded();
}

Result<io::Table> readCsv(const QString &path, io::TextEncoding encoding)
{
    io::CsvReadOptions options;
    options.encoding = encoding;
    return io::readCsvFile(path, options);
}

} // namespace

Result<TrainingState> loadTraining(store::Database &db)
{
    TrainingState state;
    auto people = store::PeopleRepository(db).all();
    if (!people)
        return people.asFailure();
    state.people = std::move(people).value();
    auto records = store::TrainingRepository(db).all();
    if (!records)
        return records.asFailure();
    state.records = std::move(records).value();
    return state;
}

Result<Coverage> coverageOn(store::Database &db, const QDate &date)
{
    auto people = store::PeopleRepository(db).all();
    if (!people)
        return people.asFailure();
    auto records = store::TrainingRepository(db).forCoverage();
    if (!records)
        return records.asFailure();
    return computeCoverage(people.value(), records.value(), date);
}

QStringList missingStarterCourses(const QVector<domain::Course> &courses)
{
    QSet<QString> present;
    for (const domain::Course &c : courses)
        if (!c.builtin.isEmpty())
            present.insert(c.builtin);
    QStringList missing;
    for (const domain::Course &c : starterCourses())
        if (!present.contains(c.builtin))
            missing << c.builtin;
    return missing;
}

Result<QVector<qint64>> addStarterCourses(store::Database &db, const QStringList &keys)
{
    store::TrainingRepository repository(db);
    auto courses = repository.courses();
    if (!courses)
        return courses.asFailure();
    const QStringList missing = missingStarterCourses(courses.value());
    const QStringList wanted = keys.isEmpty() ? missing : keys;
    store::Transaction tx(db);
    if (!tx)
        return tx.failure();
    QVector<qint64> ids;
    for (const QString &key : wanted) {
        if (!missing.contains(key))
            continue;
        const domain::Course course = starterCourse(key);
        if (course.builtin.isEmpty())
            continue;
        auto id = repository.insertCourse(course);
        if (!id)
            return id.asFailure();
        ids << id.value();
    }
    if (Status s = tx.commit(); !s)
        return s.asFailure();
    return ids;
}

PastedNames matchPastedNames(const QVector<domain::Person> &people, const QString &text)
{
    QHash<QString, QVector<qint64>> byKey;
    for (const domain::Person &p : people) {
        if (p.kind != domain::PersonKind::Person)
            continue;
        QSet<QString> keys;
        for (const QString &form : {p.name, p.reading, p.email})
            if (const QString key = nameKey(form); !key.isEmpty())
                keys.insert(key);
        for (const QString &key : keys)
            byKey[key].append(p.id);
    }
    static const QRegularExpression separators(QStringLiteral("[\\r\\n,\\t;、，；]+"));
    PastedNames out;
    QSet<qint64> taken;
    for (const QString &part : text.split(separators, Qt::SkipEmptyParts)) {
        const QString name = part.trimmed();
        if (name.isEmpty())
            continue;
        const QVector<qint64> ids = byKey.value(nameKey(name));
        if (ids.isEmpty()) {
            out.unknown << name;
        } else if (ids.size() > 1) {
            out.ambiguous << name;
        } else if (!taken.contains(ids.front())) {
            taken.insert(ids.front());
            out.personIds << ids.front();
        }
    }
    return out;
}

Result<qint64> recordSession(store::Database &db, const domain::TrainingSession &session,
                             const QVector<qint64> &personIds, domain::AttendanceState state,
                             const QDate &today)
{
    QVector<domain::Attendance> attendees;
    for (qint64 id : personIds) {
        domain::Attendance a;
        a.personId = id;
        a.state = state;
        attendees << a;
    }
    return store::TrainingRepository(db).insertSession(session, attendees, today);
}

Result<PhishingImportPlan>
readPhishingImport(store::Database &db, const PhishingImportRequest &request, const QDate &today)
{
    auto table = readCsv(request.resultsPath, request.encoding);
    if (!table)
        return table.asFailure();
    auto results = readGoPhishResults(table.value());
    if (!results)
        return results.asFailure();
    QVector<ImportRowNote> eventProblems;
    if (!request.eventsPath.isEmpty()) {
        auto eventsTable = readCsv(request.eventsPath, request.encoding);
        if (!eventsTable)
            return eventsTable.asFailure();
        auto events = readGoPhishEvents(eventsTable.value());
        if (!events)
            return events.asFailure();
        applyGoPhishEvents(results.value(), events.value());
        eventProblems = events->problems;
    }
    auto people = store::PeopleRepository(db).all();
    if (!people)
        return people.asFailure();
    PhishingImportPlan plan = planPhishingImport(results.value(), people.value(), request.options,
                                                 request.resultsPath, clock::timeZone(), today);
    // An events row that cannot be read changes no result; it is still said.
    for (const ImportRowNote &note : eventProblems)
        plan.problems.append(
            {note.line, TrainingDeskText::tr("Events file: %1").arg(note.message)});
    return plan;
}

Result<PhishingImportOutcome> importPhishing(store::Database &db, const PhishingImportPlan &plan,
                                             const QDate &today)
{
    store::TrainingRepository repository(db);
    auto campaigns = repository.campaigns();
    if (!campaigns)
        return campaigns.asFailure();
    PhishingImportOutcome outcome;
    for (const domain::PhishingCampaign &c : campaigns.value()) {
        if (c.source == plan.campaign.source &&
            c.name.trimmed().compare(plan.campaign.name.trimmed(), Qt::CaseInsensitive) == 0) {
            outcome.campaignId = c.id;
            outcome.replaced = true;
        }
    }
    store::Transaction tx(db);
    if (!tx)
        return tx.failure();
    if (outcome.replaced) {
        domain::PhishingCampaign campaign = plan.campaign;
        campaign.id = outcome.campaignId;
        auto existing = repository.campaign(outcome.campaignId);
        if (!existing)
            return existing.asFailure();
        auto results = repository.results(outcome.campaignId);
        if (!results)
            return results.asFailure();
        outcome.previous = store::CampaignSnapshot{existing.value(), results.value(), {}};
        // What the user wrote about the drill stays.
        if (campaign.scenario.isEmpty())
            campaign.scenario = existing->scenario;
        campaign.notes = existing->notes;
        if (Status s = repository.updateCampaign(campaign, today); !s)
            return s.asFailure();
        if (Status s = repository.replaceResults(outcome.campaignId, plan.results); !s)
            return s.asFailure();
    } else {
        auto id = repository.insertCampaign(plan.campaign, plan.results, today);
        if (!id)
            return id.asFailure();
        outcome.campaignId = id.value();
    }
    if (Status s = tx.commit(); !s)
        return s.asFailure();
    outcome.imported = static_cast<int>(plan.results.size());
    for (const domain::PhishingResult &r : plan.results)
        outcome.matched += r.personId > 0;
    return outcome;
}

QString importSummaryText(const PhishingImportPlan &plan, const PhishingImportOutcome &outcome)
{
    QStringList sentences;
    sentences << (outcome.replaced
                      ? TrainingDeskText::tr("Drill “%1” (%2): its results were replaced by %n "
                                             "result(s).",
                                             "", outcome.imported)
                      : TrainingDeskText::tr("Drill “%1” (%2): %n result(s) imported.", "",
                                             outcome.imported))
                     .arg(plan.campaign.name, i18n::formatDate(plan.campaign.date));
    sentences << TrainingDeskText::tr("%n matched to the people list by e-mail address.", "",
                                      outcome.matched);
    if (const int unmatched = outcome.imported - outcome.matched; unmatched > 0)
        sentences << TrainingDeskText::tr("%n matched no entry of the people list.", "", unmatched);
    if (plan.notDelivered > 0)
        sentences << TrainingDeskText::tr("%n were not delivered.", "", plan.notDelivered);
    if (!plan.problems.isEmpty())
        sentences << TrainingDeskText::tr("%n row(s) could not be imported.", "",
                                          static_cast<int>(plan.problems.size()));
    return i18n::joinSentences(sentences);
}

Result<QVector<std::pair<qint64, qint64>>> relinkPhishingResults(store::Database &db)
{
    auto people = store::PeopleRepository(db).all();
    if (!people)
        return people.asFailure();
    store::TrainingRepository repository(db);
    auto results = repository.results();
    if (!results)
        return results.asFailure();
    QVector<std::pair<qint64, qint64>> links;
    for (const domain::PhishingResult &r : results.value()) {
        if (r.personId > 0)
            continue;
        if (const domain::Person *p = domain::findPersonByEmail(people.value(), r.email))
            links.append({r.id, p->id});
    }
    if (Status s = repository.linkResults(links); !s)
        return s.asFailure();
    return links;
}

Result<FollowUps> assignFollowUps(store::Database &db, const QDate &today, qint64 courseId)
{
    FollowUps made;
    store::Transaction tx(db);
    if (!tx)
        return tx.failure();
    store::TrainingRepository repository(db);
    if (courseId <= 0) {
        auto courses = repository.courses();
        if (!courses)
            return courses.asFailure();
        for (const domain::Course &c : courses.value())
            if (c.builtin == starter::PhishingFollowUp)
                courseId = c.id;
        if (courseId <= 0) {
            auto id = repository.insertCourse(starterCourse(starter::PhishingFollowUp));
            if (!id)
                return id.asFailure();
            courseId = id.value();
            made.addedCourse = courseId;
        }
    }
    auto state = loadTraining(db);
    if (!state)
        return state.asFailure();
    made.assigned = proposedFollowUps(state->people, state->records, courseId, today);
    for (domain::TrainingAssignment &a : made.assigned) {
        auto id = repository.insertAssignment(a);
        if (!id)
            return id.asFailure();
        a.id = id.value();
    }
    if (Status s = tx.commit(); !s)
        return s.asFailure();
    return made;
}

} // namespace training
} // namespace kamae
