#include "score/GettingStarted.h"

#include "i18n/Language.h"

#include <algorithm>

namespace kamae {
namespace score {

namespace {

int companyBackupJobs(const ScoreInput &input)
{
    // Kamae's own vault job is there from the first day: it is not the
    // company's backup.
    return static_cast<int>(
        std::count_if(input.backupJobs.cbegin(), input.backupJobs.cend(),
                      [](const domain::BackupJob &j) { return j.builtin.isEmpty(); }));
}

StepState organisationStep(const ScoreInput &input)
{
    const domain::Organisation &org = input.organisation;
    StepState s;
    s.step = FirstStep::Organisation;
    s.place = modules::key::Organisation;
    s.done = org.employees > 0 && !org.sites.isEmpty();
    s.title = GettingStartedText::tr("Fill in the organisation: employees and sites");
    if (s.done)
        s.detail = GettingStartedText::tr("%n site(s) recorded; employees: %1.", nullptr,
                                          static_cast<int>(org.sites.size()))
                       .arg(org.employees);
    else if (org.employees <= 0 && org.sites.isEmpty())
        s.detail = GettingStartedText::tr("Neither the number of employees nor a site is "
                                          "recorded yet.");
    else if (org.employees <= 0)
        s.detail = GettingStartedText::tr("The number of employees is not recorded yet.");
    else
        s.detail = GettingStartedText::tr("No site is recorded yet (offices, factories, "
                                          "warehouses, overseas ones too).");
    return s;
}

StepState assetStep(const ScoreInput &input)
{
    StepState s;
    s.step = FirstStep::Assets;
    s.place = modules::key::Assets;
    s.done = !input.assets.isEmpty();
    s.title = GettingStartedText::tr("Add or import your assets");
    s.detail = s.done ? GettingStartedText::tr("%n asset(s) in the register.", nullptr,
                                               static_cast<int>(input.assets.size()))
                      : GettingStartedText::tr("The register is empty: add assets one by one or "
                                               "import an Excel or CSV list.");
    return s;
}

StepState backupStep(const ScoreInput &input)
{
    StepState s;
    s.step = FirstStep::Backups;
    s.place = modules::key::Backups;
    const int jobs = companyBackupJobs(input);
    s.done = jobs > 0;
    s.title = GettingStartedText::tr("Record your backups");
    s.detail = s.done ? GettingStartedText::tr("%n backup job(s) recorded.", nullptr, jobs)
                      : GettingStartedText::tr("No backup of the company's data is recorded yet.");
    return s;
}

StepState feedStep(const ScoreInput &input)
{
    StepState s;
    s.step = FirstStep::Feed;
    s.place = modules::key::Patches;
    s.done = input.newestFeedImport.isValid();
    s.title = GettingStartedText::tr("Import a vulnerability feed (KEV or JVN)");
    s.detail = s.done ? GettingStartedText::tr("Last imported on %1.")
                            .arg(i18n::formatDate(input.newestFeedImport))
                      : GettingStartedText::tr("No feed imported yet: Kamae cannot yet tell which "
                                               "of your products have known holes.");
    return s;
}

StepState selfAssessmentStep(const ScoreInput &input)
{
    StepState s;
    s.step = FirstStep::SelfAssessment;
    s.place = modules::key::SelfAssessment;
    const SelfCheckResult r = input.assessment ? evaluate(*input.assessment) : SelfCheckResult();
    s.done = input.assessment && r.complete();
    s.title = GettingStartedText::tr("Answer the self-assessment");
    if (!input.assessment)
        s.detail = GettingStartedText::tr("Not taken yet; it takes about five minutes.");
    else
        s.detail = GettingStartedText::tr("%1 of %2 questions answered on %3.")
                       .arg(r.answered)
                       .arg(kIpaQuestionCount)
                       .arg(i18n::formatDate(input.assessment->taken));
    return s;
}

} // namespace

QVector<StepState> gettingStarted(const ScoreInput &input)
{
    return {organisationStep(input), assetStep(input), backupStep(input), feedStep(input),
            selfAssessmentStep(input)};
}

bool allStepsDone(const QVector<StepState> &steps)
{
    return std::all_of(steps.cbegin(), steps.cend(), [](const StepState &s) { return s.done; });
}

bool nothingRecorded(const ScoreInput &input)
{
    return input.assets.isEmpty() && input.patches.isEmpty() && companyBackupJobs(input) == 0 &&
           !input.assessment;
}

} // namespace score
} // namespace kamae
