// The Self-assessment page (自社診断), driven through its widgets, headless.
#include "TestSupport.h"

#include "core/Clock.h"
#include "i18n/Language.h"
#include "score/ScoreRepository.h"
#include "score/SelfCheckDesk.h"
#include "selfcheck/QuestionDetailPane.h"
#include "selfcheck/QuestionsPanel.h"
#include "selfcheck/SelfAssessmentPage.h"
#include "selfcheck/SelfCheckCommands.h"
#include "selfcheck/SelfCheckModel.h"
#include "selfcheck/SelfCheckResultPanel.h"
#include "store/AssetRepository.h"
#include "store/BackupRepository.h"
#include "store/Database.h"
#include "store/OrganisationRepository.h"
#include "store/PeopleRepository.h"
#include "training/TrainingDesk.h"
#include "training/TrainingRepository.h"
#include "vault/VaultSession.h"

#include "GuiTestSupport.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QTimeZone>
#include <QUndoStack>

using namespace kamae;
using score::Answer;
using score::SelfCheckText;

namespace {

// 2026-11-22 12:00 UTC is 21:00 in Tokyo: still the 22nd there.
const QDate kToday(2026, 11, 22);

QPushButton *button(QWidget *page, const char *name)
{
    return page->findChild<QPushButton *>(QString::fromLatin1(name));
}

QTableView *questionView(QWidget *page)
{
    return page->findChild<QTableView *>(QStringLiteral("questionView"));
}

// The label's text as a reader sees it.
QString plainText(const QLabel *label)
{
    QTextDocument doc;
    doc.setHtml(label->text());
    // Table cells come out as lines: one space between everything.
    return doc.toPlainText().replace(QChar(0x00a0), QLatin1Char(' ')).simplified();
}

score::Answer stored(store::Database &db, qint64 id, const QString &key)
{
    const auto all = store::ScoreRepository(db).assessments();
    for (const score::Assessment &a : all.value())
        if (a.id == id)
            return a.answer(key);
    return Answer::Unanswered;
}

QString ipa(int number)
{
    return QStringLiteral("ipa%1").arg(number, 2, 10, QLatin1Char('0'));
}

} // namespace

class TestUiSelfCheck final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        test::setTestApplication("tst_ui_selfcheck");
        i18n::applyLanguage(QStringLiteral("en"));
    }

    void init()
    {
        QSettings().clear();
        clock::setFixedNow(QDateTime(kToday, QTime(12, 0), QTimeZone::utc()));
        clock::setFixedTimeZone(QTimeZone("Asia/Tokyo"));
        QCOMPARE(clock::today(), kToday);
        QVERIFY(m_dir.isValid());
        const QString path = m_dir.filePath(QStringLiteral("t%1.kamae").arg(++m_count));
        vault::VaultStatus status;
        QString code;
        auto v = vault::Vault::create(path, QStringLiteral("pass phrase 1"),
                                      QStringLiteral("株式会社テスト"), test::cheapOptions(), &code,
                                      &status);
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
        clock::reset();
    }

    void modelPassesTheTester()
    {
        ui::SelfCheckModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        ui::SelfCheckFilterProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester proxyTester(
            &proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);

        score::Assessment a;
        a.id = 7;
        a.taken = kToday;
        a.answers.insert(QStringLiteral("ipa01"), Answer::Implemented);
        a.answers.insert(QStringLiteral("ipa02"), Answer::DontKnow);
        score::Evidence e;
        e.questionKey = QStringLiteral("ipa01");
        e.text = QStringLiteral("2 updates past their due date.");
        e.supports = false;
        e.place = modules::key::Patches;
        model.setContent(a, {e});
        QCOMPARE(model.rowCount(), static_cast<int>(score::questions().size()));
        QCOMPARE(model.columnCount(), int(ui::SelfCheckModel::ColumnCount));
        const auto cell = [&model](int row, int column) {
            return model.index(row, column);
        };
        QCOMPARE(cell(0, ui::SelfCheckModel::NumberColumn).data().toInt(), 1);
        QCOMPARE(cell(0, ui::SelfCheckModel::PartColumn).data().toString(),
                 QStringLiteral("Part 1"));
        QCOMPARE(cell(0, ui::SelfCheckModel::QuestionColumn).data().toString(),
                 SelfCheckText::shortTitle(QStringLiteral("ipa01")));
        QVERIFY(cell(0, ui::SelfCheckModel::QuestionColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("Operating systems and software")));
        QCOMPARE(cell(1, ui::SelfCheckModel::AnswerColumn).data().toString(),
                 QStringLiteral("Don't know"));
        QCOMPARE(cell(2, ui::SelfCheckModel::AnswerColumn).data().toString(),
                 QStringLiteral("Not answered"));
        QVERIFY(model.flags(cell(0, ui::SelfCheckModel::AnswerColumn)) & Qt::ItemIsEditable);
        QVERIFY(!(model.flags(cell(0, ui::SelfCheckModel::QuestionColumn)) & Qt::ItemIsEditable));
        // Implemented, and the records disagree: a warning in red.
        const QModelIndex evidence = cell(0, ui::SelfCheckModel::EvidenceColumn);
        QCOMPARE(evidence.data().toString(), QStringLiteral("⚠ 2 updates past their due date."));
        QCOMPARE(evidence.data(Qt::ForegroundRole).value<QBrush>().color(),
                 ui::selfCheckBadColour(QGuiApplication::palette()));
        QCOMPARE(cell(0, ui::SelfCheckModel::AnswerColumn)
                     .data(Qt::ForegroundRole)
                     .value<QBrush>()
                     .color(),
                 ui::selfCheckGoodColour(QGuiApplication::palette()));

        // An edit is announced, not written: the page makes it a command.
        QSignalSpy edited(&model, &ui::SelfCheckModel::answerEdited);
        QVERIFY(!model.setData(cell(0, ui::SelfCheckModel::AnswerColumn),
                               static_cast<int>(Answer::Partly)));
        QCOMPARE(edited.size(), 1);
        QCOMPARE(edited.first().at(1).value<Answer>(), Answer::Partly);
        QVERIFY(!model.setData(cell(0, ui::SelfCheckModel::AnswerColumn), 3)); // not an answer
        QCOMPARE(edited.size(), 1);

        // An answer in place: no longer contradicted, nothing reset.
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setAnswer(QStringLiteral("ipa01"), Answer::Partly);
        QCOMPARE(evidence.data().toString(), QStringLiteral("2 updates past their due date."));
        QCOMPARE(reset.size(), 0);

        proxy.setFilter(ui::SelfCheckFilterProxy::Unanswered);
        QCOMPARE(proxy.rowCount(), model.rowCount() - 2);
        proxy.setFilter(ui::SelfCheckFilterProxy::NotImplementedOrPartly);
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setFilter(ui::SelfCheckFilterProxy::AllQuestions);
        proxy.setSearchText(QStringLiteral("antivirus"));
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(proxy.index(0, 0).data(ui::SelfCheckModel::KeyRole).toString(),
                 QStringLiteral("ipa02"));
        proxy.setSearchText({});
        proxy.sort(ui::SelfCheckModel::AnswerColumn, Qt::DescendingOrder);
        QCOMPARE(proxy.index(0, 0).data(ui::SelfCheckModel::KeyRole).toString(),
                 QStringLiteral("ipa01")); // Partly is the best answer there is

        model.setContent(std::nullopt, {});
        QCOMPARE(model.rowCount(), 0);
    }

    void emptyStateStartsAnAssessmentDatedToday()
    {
        store::Database &db = m_session->vault().database();
        ui::SelfAssessmentPage page(db, *m_undo);
        page.resize(1100, 720);
        page.show();
        QCOMPARE(page.title(), QStringLiteral("Self-assessment"));
        QVERIFY(button(&page, "startButton")->isVisible());
        QVERIFY(!page.findChild<QComboBox *>(QStringLiteral("assessmentCombo"))->isVisible());
        QVERIFY(page.findChild<QLabel *>(QStringLiteral("emptyText"))
                    ->text()
                    .contains(QStringLiteral("5分でできる！情報セキュリティ自社診断")));
        QCOMPARE(page.currentAssessmentId(), qint64(0));

        QDate offered;
        bool copyOffered = true;
        test::onNextModal([&](QWidget *dialog) {
            offered = dialog->findChild<QDateEdit *>(QStringLiteral("dateEdit"))->date();
            copyOffered =
                !dialog->findChild<QCheckBox *>(QStringLiteral("copyPreviousCheck"))->isHidden();
            dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        });
        button(&page, "startButton")->click();
        QCOMPARE(offered, kToday);
        QVERIFY(!copyOffered); // nothing to copy from
        const auto all = store::ScoreRepository(db).assessments();
        QCOMPARE(all->size(), 1);
        QCOMPARE(all->first().taken, kToday);
        QVERIFY(all->first().answers.isEmpty());
        const qint64 id = all->first().id;
        QCOMPARE(page.currentAssessmentId(), id);
        QVERIFY(!button(&page, "startButton")->isVisible());
        QCOMPARE(page.model()->rowCount(), static_cast<int>(score::questions().size()));
        // The first open question is the current one, ready for the keys.
        QCOMPARE(page.currentQuestionKey(), QStringLiteral("ipa01"));

        m_undo->undo();
        QVERIFY(store::ScoreRepository(db).assessments()->isEmpty());
        QTRY_VERIFY(button(&page, "startButton")->isVisible());
        QCOMPARE(page.currentAssessmentId(), qint64(0));
        m_undo->redo();
        QCOMPARE(store::ScoreRepository(db).assessments()->first().id, id);
        QTRY_COMPARE(page.currentAssessmentId(), id);
    }

    void answersThroughTheApiAndTheKeys()
    {
        store::Database &db = m_session->vault().database();
        const qint64 id = addAssessment(kToday, {});
        ui::SelfAssessmentPage page(db, *m_undo);
        page.show();
        page.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&page));
        QCOMPARE(page.currentAssessmentId(), id);

        page.showQuestion(1);
        QVERIFY(page.answerCurrent(Answer::Implemented));
        QCOMPARE(stored(db, id, ipa(1)), Answer::Implemented);
        QCOMPARE(page.currentQuestionKey(), ipa(1)); // the call does not move on

        QTableView *view = questionView(&page);
        view->setFocus();
        page.showQuestion(2);
        const Answer expected[] = {Answer::Implemented, Answer::Partly, Answer::NotImplemented,
                                   Answer::DontKnow};
        for (int k = 0; k < 4; ++k) {
            QTest::keyClick(view, static_cast<Qt::Key>(Qt::Key_1 + k));
            QCOMPARE(stored(db, id, ipa(2 + k)), expected[k]);
            QCOMPARE(page.currentQuestionKey(), ipa(3 + k)); // on to the next row
            QCOMPARE(page.model()
                         ->index(page.model()->rowOf(ipa(2 + k)), ui::SelfCheckModel::AnswerColumn)
                         .data()
                         .toString(),
                     SelfCheckText::answer(expected[k]));
        }
        // The detail pane follows the current row.
        QCOMPARE(page.findChild<QLabel *>(QStringLiteral("questionText"))->text(),
                 SelfCheckText::question(ipa(6)));
        // Backspace clears, and stays.
        page.showQuestion(5);
        QTest::keyClick(view, Qt::Key_Backspace);
        QCOMPARE(stored(db, id, ipa(5)), Answer::Unanswered);
        QCOMPARE(page.currentQuestionKey(), ipa(5));
        // The radio buttons of the detail pane answer too.
        page.findChild<QAbstractButton *>(QStringLiteral("answer2"))->click();
        QCOMPARE(stored(db, id, ipa(5)), Answer::Partly);
        QVERIFY(button(&page, "clearAnswerButton")->isEnabled());
        button(&page, "clearAnswerButton")->click();
        QCOMPARE(stored(db, id, ipa(5)), Answer::Unanswered);
        // With the Unanswered filter the answered row leaves, the next one is current.
        auto *filter = page.findChild<QComboBox *>(QStringLiteral("filterCombo"));
        filter->setCurrentIndex(ui::SelfCheckFilterProxy::Unanswered);
        emit filter->activated(ui::SelfCheckFilterProxy::Unanswered);
        page.showQuestion(5);
        QTest::keyClick(view, Qt::Key_1);
        QCOMPARE(stored(db, id, ipa(5)), Answer::Implemented);
        QCOMPARE(page.currentQuestionKey(), ipa(6)); // the next row, though this one left
    }

    void answerEditorInTheTable()
    {
        store::Database &db = m_session->vault().database();
        const qint64 id = addAssessment(kToday, {});
        ui::SelfAssessmentPage page(db, *m_undo);
        page.show();
        QTableView *view = questionView(&page);
        page.showQuestion(3);
        const QModelIndex cell =
            view->model()->index(view->currentIndex().row(), ui::SelfCheckModel::AnswerColumn);
        view->edit(cell);
        auto *editor = view->findChild<QComboBox *>(QStringLiteral("answerEditor"));
        QVERIFY(editor);
        QCOMPARE(editor->count(), 5);
        editor->setCurrentIndex(editor->findData(static_cast<int>(Answer::Partly)));
        emit editor->activated(editor->currentIndex());
        QCOMPARE(stored(db, id, ipa(3)), Answer::Partly);
        QCOMPARE(m_undo->count(), 1);
    }

    void undoAndRedoAnAnswer()
    {
        store::Database &db = m_session->vault().database();
        const qint64 id = addAssessment(kToday, {});
        ui::SelfAssessmentPage page(db, *m_undo);
        page.show();
        page.showQuestion(11);
        QVERIFY(page.answerCurrent(Answer::Implemented));
        QCOMPARE(m_undo->undoText(), QStringLiteral("Answer question 11"));
        // A second change to the same question is the same step.
        QVERIFY(page.answerCurrent(Answer::Partly));
        QCOMPARE(m_undo->count(), 1);
        const int row = page.model()->rowOf(ipa(11));
        const QModelIndex answer = page.model()->index(row, ui::SelfCheckModel::AnswerColumn);
        QCOMPARE(answer.data().toString(), QStringLiteral("Partly implemented"));
        m_undo->undo();
        QCOMPARE(stored(db, id, ipa(11)), Answer::Unanswered);
        QCOMPARE(answer.data().toString(), QStringLiteral("Not answered"));
        m_undo->redo();
        QCOMPARE(stored(db, id, ipa(11)), Answer::Partly);
        QCOMPARE(answer.data().toString(), QStringLiteral("Partly implemented"));
        // Another question is another step.
        page.showQuestion(12);
        QVERIFY(page.answerCurrent(Answer::NotImplemented));
        QCOMPARE(m_undo->count(), 2);
    }

    void failedAnswerIsShownAndNotStacked()
    {
        store::Database &db = m_session->vault().database();
        const qint64 id = addAssessment(kToday, {});
        ui::SelfAssessmentPage page(db, *m_undo);
        page.show();
        page.showQuestion(1);
        // Gone behind the page's back: the write fails, the page says why.
        QVERIFY(store::ScoreRepository(db).removeAssessment(id));
        QVERIFY(!page.answerCurrent(Answer::Implemented));
        QCOMPARE(m_undo->count(), 0);
        auto *error = page.findChild<QLabel *>(QStringLiteral("errorLabel"));
        QVERIFY(error->isVisible());
        QCOMPARE(error->text(), QStringLiteral("This self-assessment no longer exists."));
        QTRY_VERIFY(button(&page, "startButton")->isVisible()); // and it catches up
    }

    void resultShowsTheIpaTotal()
    {
        store::Database &db = m_session->vault().database();
        addAssessment(kToday, {});
        ui::SelfAssessmentPage page(db, *m_undo);
        page.show();
        page.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&page));
        QLabel *result = page.resultLabel();
        QVERIFY2(plainText(result).contains(QStringLiteral("IPA self-check result: 0 / 100")),
                 qPrintable(plainText(result)));
        QVERIFY(plainText(result).contains(QStringLiteral("Answered 0 of 25 questions.")));

        QTableView *view = questionView(&page);
        view->setFocus();
        page.showQuestion(1);
        for (int i = 0; i < score::kIpaQuestionCount; ++i)
            QTest::keyClick(view, Qt::Key_1);
        QString text = plainText(result);
        QVERIFY2(text.contains(QStringLiteral("IPA self-check result: 100 / 100")),
                 qPrintable(text));
        QVERIFY(text.contains(SelfCheckText::band(score::Band::Excellent)));
        QVERIFY(text.contains(SelfCheckText::bandAdvice(score::Band::Excellent)));
        QVERIFY(text.contains(QStringLiteral("Answered 25 of 25 questions.")));
        QVERIFY(text.contains(QStringLiteral("20 / 20"))); // part 1
        QVERIFY(text.contains(QStringLiteral("52 / 52"))); // part 2
        QVERIFY(text.contains(QStringLiteral("28 / 28"))); // part 3
        QCOMPARE(page.currentQuestionKey(),
                 QStringLiteral("kamae.mfa")); // Kamae's questions follow

        page.showQuestion(7);
        QTest::keyClick(view, Qt::Key_4);
        text = plainText(result);
        QVERIFY2(text.contains(QStringLiteral("IPA self-check result: 95 / 100")),
                 qPrintable(text));
        QVERIFY(text.contains(SelfCheckText::band(score::Band::Good)));
        QVERIFY(text.contains(QStringLiteral("47 / 52")));
        auto *combo = page.findChild<QComboBox *>(QStringLiteral("assessmentCombo"));
        QCOMPARE(combo->currentText(),
                 QStringLiteral("%1 — 95 points (%2)")
                     .arg(i18n::formatDate(kToday), SelfCheckText::band(score::Band::Good)));
    }

    void newAssessmentCopiesThePreviousAnswersOrNot()
    {
        store::Database &db = m_session->vault().database();
        const QHash<QString, Answer> before{{ipa(1), Answer::Implemented},
                                            {ipa(2), Answer::Partly},
                                            {QStringLiteral("kamae.mfa"), Answer::DontKnow}};
        const qint64 first = addAssessment(kToday.addDays(-200), before);
        ui::SelfAssessmentPage page(db, *m_undo);
        page.show();
        auto *combo = page.findChild<QComboBox *>(QStringLiteral("assessmentCombo"));
        QCOMPARE(combo->count(), 1);
        QCOMPARE(combo->itemText(0), QStringLiteral("%1 — 6 points (%2) (2 of 25 answered)")
                                         .arg(i18n::formatDate(kToday.addDays(-200)),
                                              SelfCheckText::band(score::Band::Dangerous)));

        QVERIFY(page.newAssessment(kToday.addDays(-1), true));
        const qint64 copied = page.currentAssessmentId();
        QVERIFY(copied != first);
        store::ScoreRepository repo(db);
        auto all = repo.assessments().value();
        QCOMPARE(all.size(), 2);
        QCOMPARE(all.last().id, copied);
        QCOMPARE(all.last().taken, kToday.addDays(-1));
        QCOMPARE(all.last().answers, before);
        QCOMPARE(combo->count(), 2);
        QCOMPARE(combo->itemData(0).toLongLong(), copied); // newest first
        QCOMPARE(combo->currentIndex(), 0);

        // Through the dialog: copying is offered from the newest, and refused here.
        QString offer;
        test::onNextModal([&offer](QWidget *dialog) {
            auto *copy = dialog->findChild<QCheckBox *>(QStringLiteral("copyPreviousCheck"));
            offer = copy->isChecked() ? copy->text() : QString();
            copy->setChecked(false);
            dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        });
        button(&page, "newButton")->click();
        QCOMPARE(offer, QStringLiteral("&Start from the answers of %1")
                            .arg(i18n::formatDate(kToday.addDays(-1))));
        all = repo.assessments().value();
        QCOMPARE(all.size(), 3);
        QCOMPARE(all.last().taken, kToday);
        QVERIFY(all.last().answers.isEmpty());
        QCOMPARE(page.currentAssessmentId(), all.last().id);
        QCOMPARE(combo->currentText(),
                 QStringLiteral("%1 — not answered yet").arg(i18n::formatDate(kToday)));

        // Past assessments stay editable.
        page.selectAssessment(first);
        QCOMPARE(combo->currentData().toLongLong(), first);
        page.showQuestion(3);
        QVERIFY(page.answerCurrent(Answer::Implemented));
        QCOMPARE(stored(db, first, ipa(3)), Answer::Implemented);
        QCOMPARE(stored(db, copied, ipa(3)), Answer::Unanswered);

        // Not after today.
        QVERIFY(!page.newAssessment(kToday.addDays(1), false));
        QCOMPARE(repo.assessments()->size(), 3);
    }

    void deleteAsksAndUndoRestoresTheAnswers()
    {
        store::Database &db = m_session->vault().database();
        const QHash<QString, Answer> answers{{ipa(1), Answer::Implemented},
                                             {ipa(11), Answer::NotImplemented}};
        const qint64 older = addAssessment(kToday.addDays(-400), {});
        const qint64 id = addAssessment(kToday.addDays(-3), answers);
        ui::SelfAssessmentPage page(db, *m_undo);
        page.show();
        QCOMPARE(page.currentAssessmentId(), id);
        QString question;
        test::onNextModal([&question](QWidget *box) {
            question = qobject_cast<QMessageBox *>(box)->text();
            qobject_cast<QMessageBox *>(box)->button(QMessageBox::Yes)->click();
        });
        QVERIFY(page.deleteCurrentAssessment());
        QVERIFY2(question.contains(i18n::formatDate(kToday.addDays(-3))), qPrintable(question));
        QVERIFY2(question.contains(QStringLiteral("2 answer")), qPrintable(question));
        store::ScoreRepository repo(db);
        QCOMPARE(repo.assessments()->size(), 1);
        QCOMPARE(page.currentAssessmentId(), older);

        m_undo->undo();
        const auto all = repo.assessments().value();
        QCOMPARE(all.size(), 2);
        QCOMPARE(all.last().id, id);
        QCOMPARE(all.last().answers, answers);
        QTRY_COMPARE(page.findChild<QComboBox *>(QStringLiteral("assessmentCombo"))->count(), 2);
        m_undo->redo();
        QCOMPARE(repo.assessments()->size(), 1);
    }

    void showQuestionOpensTheSittingTheScoreReads()
    {
        store::Database &db = m_session->vault().database();
        const qint64 older = addAssessment(kToday.addDays(-400), {{ipa(3), Answer::Partly}});
        const qint64 newer = addAssessment(kToday.addDays(-10), {{ipa(3), Answer::Implemented}});
        ui::SelfAssessmentPage page(db, *m_undo);
        page.show();
        page.selectAssessment(older);
        QCOMPARE(page.currentAssessmentId(), older);
        // The dashboard's actions name questions of the newest sitting.
        page.showQuestion(3);
        QCOMPARE(page.currentAssessmentId(), older);
        page.showLatestQuestion(3);
        QCOMPARE(page.currentAssessmentId(), newer);
        QCOMPARE(page.currentQuestionKey(), ipa(3));
    }

    void deleteCancelledChangesNothing()
    {
        store::Database &db = m_session->vault().database();
        const qint64 id = addAssessment(kToday, {{ipa(1), Answer::Implemented}});
        ui::SelfAssessmentPage page(db, *m_undo);
        page.show();
        page.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&page));
        bool asked = false;
        test::onNextModal([&asked](QWidget *box) {
            asked = true;
            qobject_cast<QMessageBox *>(box)->button(QMessageBox::Cancel)->click();
        });
        // In the question table Delete clears the answer and asks nothing…
        QTableView *view = questionView(&page);
        view->setFocus();
        page.showQuestion(1);
        QTest::keyClick(view, Qt::Key_Delete);
        QVERIFY(!asked);
        QCOMPARE(stored(db, id, ipa(1)), Answer::Unanswered);
        m_undo->undo();
        QCOMPARE(stored(db, id, ipa(1)), Answer::Implemented);
        QCOMPARE(m_undo->index(), 0);
        // …elsewhere on the page it asks to delete the assessment.
        auto *combo = page.findChild<QComboBox *>(QStringLiteral("assessmentCombo"));
        combo->setFocus();
        QTest::keyClick(combo, Qt::Key_Delete);
        QVERIFY(asked);
        QCOMPARE(store::ScoreRepository(db).assessments()->size(), 1);
        QCOMPARE(stored(db, id, ipa(1)), Answer::Implemented);
        QCOMPARE(m_undo->index(), 0);
        QCOMPARE(page.currentAssessmentId(), id);
    }

    // Question 20 (security training) is measured by the training records:
    // an answer of "not implemented" against full coverage is a
    // contradiction too, and the pane says the records count, not the answer.
    void recordsThatMeasureAQuestionContradictEitherAnswer()
    {
        store::Database &db = m_session->vault().database();
        domain::Person p;
        p.name = QStringLiteral("佐藤 花子");
        const auto person = store::PeopleRepository(db).insert(p);
        QVERIFY(person);
        domain::Course course;
        course.title = QStringLiteral("Phishing mail");
        course.topic = domain::CourseTopic::Phishing;
        const auto courseId = store::TrainingRepository(db).insertCourse(course);
        QVERIFY(courseId);
        domain::TrainingSession session;
        session.courseId = *courseId;
        session.date = kToday.addDays(-10);
        QVERIFY(training::recordSession(db, session, {*person}, domain::AttendanceState::Completed,
                                        kToday));
        addAssessment(kToday, {{ipa(20), Answer::NotImplemented}});
        ui::SelfAssessmentPage page(db, *m_undo);
        page.show();
        const int row = page.model()->rowOf(ipa(20));
        QVERIFY(page.model()->contradicted(row));
        QVERIFY(page.model()
                    ->index(row, ui::SelfCheckModel::EvidenceColumn)
                    .data()
                    .toString()
                    .startsWith(QStringLiteral("⚠")));
        page.showQuestion(20);
        const QString said = page.findChild<QLabel *>(QStringLiteral("evidenceLabel"))->text();
        QVERIFY2(said.contains(QStringLiteral("measure")), qPrintable(said));
        QVERIFY2(!said.contains(QStringLiteral("partly implemented")), qPrintable(said));
        // Answered "implemented", the records agree.
        QVERIFY(page.answerCurrent(Answer::Implemented));
        QVERIFY(!page.model()->contradicted(row));
    }

    void contradictionIsMarkedAndFiltered()
    {
        store::Database &db = m_session->vault().database();
        addStaleBackupJob();
        // The older sitting says "implemented"; the newest only "partly". The
        // page judges the one shown, not the newest the score reads.
        const qint64 older = addAssessment(kToday.addDays(-30), {{ipa(11), Answer::Implemented}});
        addAssessment(kToday, {{ipa(11), Answer::Partly}});
        ui::SelfAssessmentPage page(db, *m_undo);
        page.show();
        const int row = page.model()->rowOf(ipa(11));
        const auto evidenceCell = [&page, row] {
            return page.model()->index(row, ui::SelfCheckModel::EvidenceColumn);
        };
        QVERIFY(!evidenceCell().data().toString().startsWith(QStringLiteral("⚠")));
        QVERIFY(evidenceCell().data().toString().contains(QStringLiteral("400 day")));
        QTableView *view = questionView(&page);
        auto *filter = page.findChild<QComboBox *>(QStringLiteral("filterCombo"));
        filter->setCurrentIndex(ui::SelfCheckFilterProxy::Contradicted);
        emit filter->activated(ui::SelfCheckFilterProxy::Contradicted);
        QCOMPARE(view->model()->rowCount(), 0);

        page.selectAssessment(older);
        QVERIFY2(evidenceCell().data().toString().startsWith(QStringLiteral("⚠")),
                 qPrintable(evidenceCell().data().toString()));
        QVERIFY(evidenceCell()
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("“ファイルサーバ”")));
        QCOMPARE(view->model()->rowCount(), 1);
        QCOMPARE(view->model()->index(0, 0).data(ui::SelfCheckModel::KeyRole).toString(), ipa(11));

        // An older sitting is history: the page says the score does not read it.
        page.showQuestion(11);
        const QString said = page.findChild<QLabel *>(QStringLiteral("evidenceLabel"))->text();
        QVERIFY2(said.contains(QStringLiteral("score reads only the newest")), qPrintable(said));

        // Answered "partly", the contradiction goes, and so does the row.
        QVERIFY(page.answerCurrent(Answer::Partly));
        QCOMPARE(view->model()->rowCount(), 0);
        QVERIFY(!evidenceCell().data().toString().startsWith(QStringLiteral("⚠")));
        m_undo->undo();
        QCOMPARE(view->model()->rowCount(), 1);
    }

    void evidenceLinkOpensTheRecord()
    {
        store::Database &db = m_session->vault().database();
        const qint64 job = addStaleBackupJob();
        addAssessment(kToday, {{ipa(11), Answer::Implemented}});
        ui::SelfAssessmentPage page(db, *m_undo);
        page.show();
        page.showQuestion(11);
        auto *label = page.findChild<QLabel *>(QStringLiteral("evidenceLabel"));
        QVERIFY(label->isVisible());
        const QString text = plainText(label);
        QVERIFY2(text.contains(QStringLiteral("⚠ The last restore test of “ファイルサーバ” was "
                                              "400 day")),
                 qPrintable(text));
        const QRegularExpressionMatch link =
            QRegularExpression(QStringLiteral("href='([^']+)'")).match(label->text());
        QVERIFY(link.hasMatch());
        QSignalSpy requested(&page, &ui::SelfAssessmentPage::placeRequested);
        emit label->linkActivated(link.captured(1));
        QCOMPARE(requested.size(), 1);
        QCOMPARE(requested.first().at(0).value<score::Place>(), modules::key::Backups);
        QCOMPARE(requested.first().at(1).toLongLong(), job);
        // A question Kamae's records say nothing about has no link.
        page.showQuestion(14);
        QVERIFY(!label->text().contains(QStringLiteral("href")));
    }

    void updateEvidenceOnAnEmptyVaultIsNoTick()
    {
        // A new vault with one PC, no patch item and no feed: question 1
        // answered "implemented" is neither confirmed (no ✓ "0 open items")
        // nor contradicted: the records say nothing yet.
        store::Database &db = m_session->vault().database();
        domain::Asset pc;
        pc.name = QStringLiteral("事務PC");
        pc.kind = domain::AssetKind::Device;
        QVERIFY(store::AssetRepository(db).insert(pc));
        addAssessment(kToday, {{ipa(1), Answer::Implemented}});
        ui::SelfAssessmentPage page(db, *m_undo);
        page.show();
        page.showQuestion(1);
        const QString text = plainText(page.findChild<QLabel *>(QStringLiteral("evidenceLabel")));
        QVERIFY2(!text.contains(QStringLiteral("✓")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Nothing about this question")), qPrintable(text));
    }

    void readinessFollowsThePledges()
    {
        store::Database &db = m_session->vault().database();
        QVERIFY(store::OrganisationRepository(db).save(
            test::sampleOrganisation(QStringLiteral("株式会社テスト")))); // declares ★★
        addAssessment(kToday, {});
        ui::SelfAssessmentPage page(db, *m_undo);
        page.show();
        QLabel *readiness = page.readinessLabel();
        QStringList pledges;
        for (const score::Question &q : score::questions())
            if (q.basicPledge)
                pledges << SelfCheckText::shortTitle(q.key);
        QCOMPARE(pledges.size(), 5);
        QString text = plainText(readiness);
        for (const QString &p : pledges)
            QVERIFY2(text.contains(QStringLiteral("✗ ") + p), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Declared: ★★ two stars")));
        QVERIFY(text.contains(QStringLiteral("The company declares ★★")));

        page.showQuestion(1);
        for (int i = 1; i <= 5; ++i) {
            page.showQuestion(i);
            QVERIFY(page.answerCurrent(Answer::Implemented));
        }
        text = plainText(readiness);
        for (const QString &p : pledges)
            QVERIFY2(text.contains(QStringLiteral("✓ ") + p), qPrintable(text));
        // The ★ block: every line met, and ready.
        const QString oneStar = text.section(QStringLiteral("★★ Two stars"), 0, 0);
        QVERIFY2(oneStar.contains(QStringLiteral("★ One star — ready")), qPrintable(oneStar));
        QVERIFY(!oneStar.contains(QStringLiteral("✗")));
        // ★★ still needs all 25 and the written policy.
        QVERIFY(text.contains(QStringLiteral("★★ Two stars — not yet")));
        QVERIFY(text.contains(QStringLiteral("✓ The five basic pledges (★)")));
        QVERIFY(text.contains(QStringLiteral("✗ A written information security basic policy")));
        QVERIFY(text.contains(QStringLiteral("The company declares ★★")));
    }

    void searchAndFindShortcut()
    {
        store::Database &db = m_session->vault().database();
        addAssessment(kToday, {{ipa(1), Answer::Implemented}, {ipa(2), Answer::NotImplemented}});
        ui::SelfAssessmentPage page(db, *m_undo);
        page.show();
        page.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&page));
        QTableView *view = questionView(&page);
        view->setFocus();
        auto *search = page.findChild<QLineEdit *>(QStringLiteral("searchEdit"));
        QTest::keyClick(view, Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(search->hasFocus());
        QTest::keyClicks(search, QStringLiteral("antivirus"));
        QCOMPARE(view->model()->rowCount(), 1);
        // Showing a question the search hides clears the search.
        page.showQuestion(14);
        QCOMPARE(search->text(), QString());
        QCOMPARE(page.currentQuestionKey(), ipa(14));
        auto *filter = page.findChild<QComboBox *>(QStringLiteral("filterCombo"));
        filter->setCurrentIndex(ui::SelfCheckFilterProxy::NotImplementedOrPartly);
        emit filter->activated(ui::SelfCheckFilterProxy::NotImplementedOrPartly);
        QCOMPARE(view->model()->rowCount(), 1);
    }

    // Question 30 with sites on record and none overseas: "not applicable",
    // with the reason, skipped as an open question, and an answer still counts.
    void overseasQuestionNotApplicableFromTheRecords()
    {
        store::Database &db = m_session->vault().database();
        store::OrganisationRepository orgs(db);
        domain::Organisation org = orgs.load().value();
        org.sites = {{0, QStringLiteral("本社"), QStringLiteral("東京都"), false, {}}};
        QVERIFY(orgs.save(org));
        QHash<QString, Answer> answers;
        for (const score::Question &q : score::questions())
            if (q.number < 30)
                answers.insert(q.key, Answer::Implemented);
        const qint64 id = addAssessment(kToday, answers);
        ui::SelfAssessmentPage page(db, *m_undo);
        page.resize(1100, 720);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QCOMPARE(page.currentAssessmentId(), id);
        // The first open question is 31: 30 does not apply.
        QCOMPARE(page.currentQuestionKey(), QStringLiteral("kamae.policy"));

        ui::SelfCheckModel *model = page.model();
        const int row = model->rowOf(QStringLiteral("kamae.supplychain.sites"));
        QVERIFY(model->notApplicable(row));
        QVERIFY(!model->isOpen(row));
        QCOMPARE(model->index(row, ui::SelfCheckModel::AnswerColumn).data().toString(),
                 QStringLiteral("Not applicable"));
        const QString why = model->index(row, ui::SelfCheckModel::EvidenceColumn).data().toString();
        QVERIFY2(why.contains(QLatin1String("overseas")), qPrintable(why));
        auto *filter = page.findChild<QComboBox *>(QStringLiteral("filterCombo"));
        filter->setCurrentIndex(ui::SelfCheckFilterProxy::Unanswered);
        emit filter->activated(ui::SelfCheckFilterProxy::Unanswered);
        QCOMPARE(questionView(&page)->model()->rowCount(), 1); // only 31
        filter->setCurrentIndex(ui::SelfCheckFilterProxy::AllQuestions);
        emit filter->activated(ui::SelfCheckFilterProxy::AllQuestions);

        page.showQuestion(30);
        const QString detail = plainText(page.findChild<QLabel *>(QStringLiteral("evidenceLabel")));
        QVERIFY2(detail.contains(QLatin1String("Not applicable:")), qPrintable(detail));
        QVERIFY2(detail.contains(QLatin1String("overseas")), qPrintable(detail));
        QVERIFY2(detail.contains(QLatin1String("neither earns nor loses points")),
                 qPrintable(detail));

        // Answered all the same: the answer counts and the state goes.
        QVERIFY(page.answerCurrent(Answer::NotImplemented));
        QCOMPARE(stored(db, id, QStringLiteral("kamae.supplychain.sites")), Answer::NotImplemented);
        QVERIFY(!model->notApplicable(row));
        QCOMPARE(model->index(row, ui::SelfCheckModel::AnswerColumn).data().toString(),
                 SelfCheckText::answer(Answer::NotImplemented));
        // Cleared: not applicable again.
        QVERIFY(page.answerCurrent(Answer::Unanswered));
        QVERIFY(model->notApplicable(row));

        // An overseas site: the question applies again and is open.
        org.sites.append({0, QStringLiteral("バンコク事務所"), QStringLiteral("タイ"), true, {}});
        QVERIFY(orgs.save(org));
        QTRY_VERIFY(!model->notApplicable(row));
        QVERIFY(model->isOpen(row));
    }

    // The page is made of parts with one job each; the rule "not after
    // today" is the desk's, and its reason reaches the page's error line.
    void newAssessmentAfterTodayIsRefusedByTheDesk()
    {
        store::Database &db = m_session->vault().database();
        ui::SelfAssessmentPage page(db, *m_undo);
        page.show();
        QVERIFY(!page.newAssessment(kToday.addDays(1), false));
        auto *error = page.findChild<QLabel *>(QStringLiteral("errorLabel"));
        QVERIFY(error->isVisible());
        QCOMPARE(error->text(), score::checkAssessmentDate(kToday.addDays(1), kToday).error());
        QVERIFY(store::ScoreRepository(db).assessments()->isEmpty());
        QVERIFY(page.newAssessment(QDate(), false)); // no date: today
        QCOMPARE(store::ScoreRepository(db).assessments()->constFirst().taken, kToday);
        QVERIFY(page.findChild<ui::QuestionsPanel *>());
        QVERIFY(page.findChild<ui::QuestionDetailPane *>());
        QVERIFY(page.findChild<ui::SelfCheckResultPanel *>());
    }

    void retranslatesOnLanguageChange()
    {
        store::Database &db = m_session->vault().database();
        addAssessment(kToday, {});
        ui::SelfAssessmentPage page(db, *m_undo);
        QSignalSpy titles(&page, &ui::Page::titleChanged);
        QVERIFY(i18n::applyLanguage(QStringLiteral("ja")));
        // Delivered through the event loop.
        QTRY_VERIFY(titles.size() >= 1);
        auto *combo = page.findChild<QComboBox *>(QStringLiteral("assessmentCombo"));
        QVERIFY2(combo->currentText().startsWith(QStringLiteral("2026/11/22")),
                 qPrintable(combo->currentText()));
        titles.clear();
        QVERIFY(i18n::applyLanguage(QStringLiteral("en")));
        QTRY_VERIFY(titles.size() >= 1);
        QCOMPARE(page.title(), QStringLiteral("Self-assessment"));
        QVERIFY2(combo->currentText().startsWith(QStringLiteral("2026-11-22")),
                 qPrintable(combo->currentText()));
    }

private:
    qint64 addAssessment(const QDate &taken, const QHash<QString, Answer> &answers)
    {
        score::Assessment a;
        a.taken = taken;
        a.answers = answers;
        auto stored = store::ScoreRepository(m_session->vault().database()).saveAssessment(a);
        if (!stored)
            qFatal("%s", qPrintable(stored.error()));
        return stored->id;
    }

    // A job with an offline copy whose only restore test is 400 days old.
    qint64 addStaleBackupJob()
    {
        store::BackupRepository repo(m_session->vault().database());
        domain::BackupJob job;
        job.name = QStringLiteral("ファイルサーバ");
        job.schedule = domain::Schedule::daily();
        job.started = kToday.addDays(-500);
        domain::BackupCopy nas;
        nas.media = domain::BackupMedia::Nas;
        nas.location = domain::BackupLocation::OnSite;
        domain::BackupCopy disk;
        disk.media = domain::BackupMedia::ExternalDisk;
        disk.location = domain::BackupLocation::OffSite;
        disk.offline = true;
        job.copies = {nas, disk};
        auto saved = repo.save(job);
        if (!saved)
            qFatal("%s", qPrintable(saved.error()));
        domain::BackupEvent test;
        test.jobId = saved->id;
        test.kind = domain::BackupEventKind::RestoreTest;
        test.date = kToday.addDays(-400);
        if (!repo.addEvent(test))
            qFatal("restore test not stored");
        return saved->id;
    }

    QTemporaryDir m_dir;
    int m_count = 0;
    std::unique_ptr<vault::VaultSession> m_session;
    std::unique_ptr<QUndoStack> m_undo;
};

QTEST_MAIN(TestUiSelfCheck)
#include "tst_ui_selfcheck.moc"
