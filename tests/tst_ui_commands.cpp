// The undo commands' one base (ui/commands/ChangeCommand.h), through a real
// vault: redo and undo write through the repositories, a failed write is
// said and never stacked, new records keep their ids, removals put back what
// they took along, and consecutive changes of one record merge.
#include "TestSupport.h"

#include "commands/ChangeCommand.h"
#include "pages/OrganisationEditCommand.h"
#include "pages/PeopleCommands.h"
#include "score/ScoreRepository.h"
#include "selfcheck/SelfCheckCommands.h"
#include "store/AssetRepository.h"
#include "store/Database.h"
#include "store/OrganisationRepository.h"
#include "store/PeopleRepository.h"
#include "vault/VaultSession.h"

#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

#include <memory>

using namespace kamae;
using score::Answer;

namespace {

// The organisation's name, as the smallest record a test step can change.
class RenameCommand final : public ui::ChangeCommand<QString>
{
public:
    RenameCommand(ui::CommandContext context, QString before, QString after, bool merge = false)
        : ChangeCommand(std::move(context), std::move(before), std::move(after),
                        [](store::Database &db, QString &, QString &to) {
                            store::OrganisationRepository repo(db);
                            auto organisation = repo.load();
                            if (!organisation)
                                return Status(organisation.asFailure());
                            organisation->name = to;
                            return repo.save(*organisation);
                        })
    {
        setText(QStringLiteral("Rename"));
        if (merge)
            mergeBy(QStringLiteral("organisation"));
    }
};

// What a context was told.
struct Calls
{
    int changed = 0;
    QStringList errors;
    ui::CommandContext context(store::Database &db)
    {
        return {&db, [this] { ++changed; },
                [this](const QString &e) {
                    errors << e;
                }};
    }
};

} // namespace

class TestUiCommands final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        test::setTestApplication("tst_ui_commands");
        QVERIFY(m_dir.isValid());
    }

    void init()
    {
        const QString path = m_dir.filePath(QStringLiteral("c%1.kamae").arg(++m_count));
        vault::VaultStatus status;
        QString code;
        auto v =
            vault::Vault::create(path, QStringLiteral("pass phrase 1"), QStringLiteral("Before"),
                                 test::cheapOptions(), &code, &status);
        QVERIFY2(v, qPrintable(status.message()));
        m_session = std::make_unique<vault::VaultSession>(std::move(v));
        m_session->setAutosaveDelay(60 * 60 * 1000);
        m_undo = std::make_unique<QUndoStack>();
    }

    void cleanup()
    {
        m_undo.reset();
        if (m_session)
            m_session->discardAndClose();
        m_session.reset();
    }

    void redoAndUndoWriteBothWays()
    {
        Calls calls;
        auto *command = new RenameCommand(calls.context(db()), QStringLiteral("Before"),
                                          QStringLiteral("After"));
        const auto ok = command->outcome();
        m_undo->push(command);
        QVERIFY(*ok);
        QCOMPARE(name(), QStringLiteral("After"));
        QCOMPARE(calls.changed, 1);
        m_undo->undo();
        QCOMPARE(name(), QStringLiteral("Before"));
        m_undo->redo();
        QCOMPARE(name(), QStringLiteral("After"));
        QCOMPARE(calls.changed, 3);
        QVERIFY(calls.errors.isEmpty());
        QCOMPARE(m_undo->count(), 1);
    }

    void failedWriteIsSaidAndNotStacked()
    {
        Calls calls;
        // The repository refuses an organisation without a name.
        auto *command = new RenameCommand(calls.context(db()), QStringLiteral("Before"), QString());
        const auto ok = command->outcome();
        m_undo->push(command);
        QVERIFY(!*ok);
        QCOMPARE(m_undo->count(), 0);
        QCOMPARE(calls.errors.size(), 1);
        QVERIFY(!calls.errors.first().isEmpty());
        QCOMPARE(calls.changed, 0);
        QCOMPARE(name(), QStringLiteral("Before"));
    }

    void aFormRefreshesAfterAFailureToo()
    {
        int refreshed = 0;
        QStringList errors;
        domain::Organisation before = store::OrganisationRepository(db()).load().value();
        domain::Organisation after = before;
        after.name.clear();
        m_undo->push(new ui::OrganisationEditCommand(
            db(), before, after, [&refreshed] { ++refreshed; },
            [&](const QString &e) {
                // The reason comes first, then the form shows what is stored.
                QCOMPARE(refreshed, 0);
                errors << e;
            }));
        QCOMPARE(errors.size(), 1);
        QCOMPARE(refreshed, 1);
        QCOMPARE(m_undo->count(), 0);
    }

    void consecutiveChangesOfOneRecordMerge()
    {
        Calls calls;
        m_undo->push(new RenameCommand(calls.context(db()), QStringLiteral("Before"),
                                       QStringLiteral("One"), true));
        m_undo->push(new RenameCommand(calls.context(db()), QStringLiteral("One"),
                                       QStringLiteral("Two"), true));
        QCOMPARE(m_undo->count(), 1);
        QCOMPARE(name(), QStringLiteral("Two"));
        m_undo->undo();
        QCOMPARE(name(), QStringLiteral("Before"));
        m_undo->redo();
        QCOMPARE(name(), QStringLiteral("Two"));
        // A change that does not merge is a step of its own.
        m_undo->push(
            new RenameCommand(calls.context(db()), QStringLiteral("Two"), QStringLiteral("Three")));
        QCOMPARE(m_undo->count(), 2);
    }

    void aFailedChangeDoesNotMerge()
    {
        Calls calls;
        m_undo->push(new RenameCommand(calls.context(db()), QStringLiteral("Before"),
                                       QStringLiteral("One"), true));
        m_undo->push(
            new RenameCommand(calls.context(db()), QStringLiteral("One"), QString(), true));
        QCOMPARE(calls.errors.size(), 1);
        QCOMPARE(m_undo->count(), 1);
        m_undo->undo();
        QCOMPARE(name(), QStringLiteral("Before"));
        m_undo->redo();
        QCOMPARE(name(), QStringLiteral("One"));
    }

    void mergingBackToTheStartLeavesNoStep()
    {
        store::Database &db = this->db();
        score::Assessment a;
        a.taken = QDate(2025, 1, 10);
        const qint64 id = store::ScoreRepository(db).saveAssessment(a)->id;
        ui::SelfCheckCommandContext context;
        context.db = &db;
        int answered = 0;
        context.onAnswerChanged = [&answered](qint64, const QString &, Answer) {
            ++answered;
        };
        const QString key = QStringLiteral("ipa03");
        m_undo->push(
            new ui::SetAnswerCommand(context, id, key, Answer::Unanswered, Answer::Implemented));
        m_undo->push(
            new ui::SetAnswerCommand(context, id, key, Answer::Implemented, Answer::Partly));
        QCOMPARE(m_undo->count(), 1);
        QCOMPARE(answer(id, key), Answer::Partly);
        // Another question is another step.
        m_undo->push(new ui::SetAnswerCommand(context, id, QStringLiteral("ipa04"),
                                              Answer::Unanswered, Answer::Implemented));
        QCOMPARE(m_undo->count(), 2);
        m_undo->push(new ui::SetAnswerCommand(context, id, QStringLiteral("ipa04"),
                                              Answer::Implemented, Answer::Unanswered));
        QCOMPARE(m_undo->count(), 1);
        QCOMPARE(answer(id, QStringLiteral("ipa04")), Answer::Unanswered);
        QCOMPARE(answered, 4);
    }

    void aNewRecordKeepsItsIdThroughUndoAndRedo()
    {
        domain::Person person;
        person.name = QStringLiteral("山田 花子");
        auto *command = new ui::AddPersonCommand(db(), person, {}, {});
        m_undo->push(command);
        const qint64 id = command->personId();
        QVERIFY(id > 0);
        m_undo->undo();
        QVERIFY(!store::PeopleRepository(db()).get(id));
        m_undo->redo();
        QCOMPARE(store::PeopleRepository(db()).get(id)->name, person.name);
    }

    void undoingARemovalPutsBackWhatItTook()
    {
        domain::Person person;
        person.name = QStringLiteral("総務部");
        person.kind = domain::PersonKind::Department;
        person.id = store::PeopleRepository(db()).insert(person).value();
        domain::Asset asset;
        asset.name = QStringLiteral("NAS");
        asset.ownerId = person.id;
        const qint64 assetId = store::AssetRepository(db()).insertMany({asset}, QString())->front();
        m_undo->push(new ui::RemovePersonCommand(db(), person, {}, {}));
        QCOMPARE(store::AssetRepository(db()).get(assetId)->ownerId, 0);
        m_undo->undo();
        QCOMPARE(store::PeopleRepository(db()).get(person.id)->name, person.name);
        QCOMPARE(store::AssetRepository(db()).get(assetId)->ownerId, person.id);
        m_undo->redo();
        QVERIFY(!store::PeopleRepository(db()).get(person.id));
    }

private:
    store::Database &db() { return m_session->vault().database(); }
    QString name() { return store::OrganisationRepository(db()).load()->name; }
    Answer answer(qint64 id, const QString &key)
    {
        for (const score::Assessment &a : store::ScoreRepository(db()).assessments().value())
            if (a.id == id)
                return a.answer(key);
        return Answer::Unanswered;
    }

    QTemporaryDir m_dir;
    int m_count = 0;
    std::unique_ptr<vault::VaultSession> m_session;
    std::unique_ptr<QUndoStack> m_undo;
};

QTEST_MAIN(TestUiCommands)
#include "tst_ui_commands.moc"
