#pragma once

#include "models/RecordFilterProxy.h"
#include "models/RecordTableModel.h"
#include "score/Evidence.h"
#include "score/SelfCheck.h"

#include <QColor>

#include <optional>

class QPalette;

namespace kamae {
namespace ui {

// Colours of the self-check that stay readable on a light and a dark palette.
QColor selfCheckGoodColour(const QPalette &palette);
QColor selfCheckWarnColour(const QPalette &palette);
QColor selfCheckBadColour(const QPalette &palette);
// The colour an answer is shown in; invalid for the palette's own text colour.
QColor answerColour(score::Answer answer, const QPalette &palette);

// The questions of one self-assessment (自社診断), one row each in catalogue
// order, with the answer and what Kamae's records say about it. Without an
// assessment the model has no rows. Answers are edited through Qt::EditRole
// on the Answer column; the model does not write them, it emits
// answerEdited() and the page turns that into an undoable command.
class SelfCheckModel final : public TableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SelfCheckModel)

public:
    enum Column
    {
        NumberColumn,
        PartColumn,
        QuestionColumn,
        AnswerColumn,
        EvidenceColumn,
        ColumnCount
    };
    static constexpr int KeyRole = FirstOwnRole;
    // The answer as its int value (score::Answer).
    static constexpr int AnswerRole = FirstOwnRole + 1;
    // True when the answer is "implemented" and the records disagree.
    static constexpr int ContradictedRole = FirstOwnRole + 2;
    // True when the question is shown as not applicable (notApplicable()).
    static constexpr int NotApplicableRole = FirstOwnRole + 3;

    explicit SelfCheckModel(QObject *parent = nullptr);

    // Evidence for every question (score::evidence); `contradicts` is
    // worked out again from the assessment's answers. notApplicable: the
    // questions the records show cannot apply, with why
    // (score::notApplicableReasons); shown so while unanswered.
    void setContent(std::optional<score::Assessment> assessment, QVector<score::Evidence> evidence,
                    QHash<QString, QString> notApplicable = {});
    // One answer changed (by a command): updates the row in place.
    void setAnswer(const QString &key, score::Answer answer);
    const std::optional<score::Assessment> &assessment() const { return m_assessment; }
    // The colours follow the palette: call after it changed.
    void refreshColours();

    const score::Question &question(int row) const;
    int rowOf(const QString &key) const;
    score::Answer answer(int row) const;
    // What the records say about the question of a row, in order.
    QVector<score::Evidence> evidence(int row) const;
    bool contradicted(int row) const;
    // Unanswered, and the records show the question cannot apply: it
    // neither earns nor loses points.
    bool notApplicable(int row) const;
    // Still to answer: unanswered and not "not applicable".
    bool isOpen(int row) const;

    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    // The answers in the order the answer editor offers them.
    static QVector<score::Answer> answerChoices();

signals:
    // The user chose another answer in the table's editor.
    void answerEdited(const QString &key, score::Answer answer);

protected:
    int recordCount() const override;
    QVariant cellData(int row, int column, int role) const override;

private:
    std::optional<score::Assessment> m_assessment;
    QHash<QString, QVector<score::Evidence>> m_evidence;
    QHash<QString, QString> m_notApplicable;
};

// The table's filters: which questions, and text in the question.
class SelfCheckFilterProxy final : public RecordFilterProxy
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SelfCheckFilterProxy)

public:
    enum Filter
    {
        AllQuestions,
        Unanswered,
        NotImplementedOrPartly,
        Contradicted,
    };

    explicit SelfCheckFilterProxy(QObject *parent = nullptr) : RecordFilterProxy(parent) {}
    void setFilter(Filter filter) { setFilterValue(m_filter, filter); }
    Filter filter() const { return m_filter; }

protected:
    bool acceptsRow(int sourceRow) const override;

private:
    Filter m_filter = AllQuestions;
};

} // namespace ui
} // namespace kamae
