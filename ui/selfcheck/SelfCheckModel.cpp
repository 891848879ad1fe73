#include "selfcheck/SelfCheckModel.h"

#include "score/ScoreBands.h"

#include <QBrush>
#include <QFont>
#include <QGuiApplication>
#include <QPalette>

#include <algorithm>

namespace kamae {
namespace ui {

using score::Answer;

namespace {

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

const QString kWarningMark = QStringLiteral("⚠ ");

} // namespace

// The bands' colours (score/ScoreBands.h), so that a good answer is the
// green of a good score.
QColor selfCheckGoodColour(const QPalette &palette)
{
    return score::bandColour(score::ScoreBand::Good, isDark(palette));
}

QColor selfCheckWarnColour(const QPalette &palette)
{
    return score::bandColour(score::ScoreBand::Fair, isDark(palette));
}

QColor selfCheckBadColour(const QPalette &palette)
{
    return score::bandColour(score::ScoreBand::Poor, isDark(palette));
}

QColor answerColour(Answer answer, const QPalette &palette)
{
    switch (answer) {
    case Answer::Implemented:
        return selfCheckGoodColour(palette);
    case Answer::Partly:
        return selfCheckWarnColour(palette);
    case Answer::NotImplemented:
    case Answer::DontKnow:
        return selfCheckBadColour(palette);
    case Answer::Unanswered:
        return palette.color(QPalette::PlaceholderText);
    }
    return {};
}

SelfCheckModel::SelfCheckModel(QObject *parent)
    : TableModel({QT_TR_NOOP("No."), QT_TR_NOOP("Part"), QT_TR_NOOP("Question"),
                  QT_TR_NOOP("Answer"), QT_TR_NOOP("Evidence in Kamae")},
                 parent)
{
    setAlignment({NumberColumn}, Qt::AlignRight | Qt::AlignVCenter);
}

QVector<Answer> SelfCheckModel::answerChoices()
{
    return {Answer::Implemented, Answer::Partly, Answer::NotImplemented, Answer::DontKnow,
            Answer::Unanswered};
}

void SelfCheckModel::setContent(std::optional<score::Assessment> assessment,
                                QVector<score::Evidence> evidence,
                                QHash<QString, QString> notApplicable)
{
    // The rows are the catalogue's: they only come and go with the
    // assessment. Otherwise every cell changes in place, so that the view
    // keeps its current row, selection and sort.
    const bool reset = assessment.has_value() != m_assessment.has_value();
    if (reset)
        beginResetModel();
    m_assessment = std::move(assessment);
    m_notApplicable = std::move(notApplicable);
    m_evidence.clear();
    for (score::Evidence &e : evidence)
        m_evidence[e.questionKey].append(std::move(e));
    if (reset)
        endResetModel();
    else
        emitAllRowsChanged();
}

void SelfCheckModel::setAnswer(const QString &key, Answer answer)
{
    const int row = rowOf(key);
    if (row < 0 || !m_assessment)
        return;
    if (answer == Answer::Unanswered)
        m_assessment->answers.remove(key);
    else
        m_assessment->answers.insert(key, answer);
    emitRowsChanged({row});
}

void SelfCheckModel::refreshColours()
{
    emitAllRowsChanged({Qt::ForegroundRole});
}

const score::Question &SelfCheckModel::question(int row) const
{
    return score::questions().at(row);
}

int SelfCheckModel::rowOf(const QString &key) const
{
    if (!m_assessment)
        return -1;
    const QVector<score::Question> &all = score::questions();
    for (int r = 0; r < all.size(); ++r)
        if (all.at(r).key == key)
            return r;
    return -1;
}

Answer SelfCheckModel::answer(int row) const
{
    return m_assessment ? m_assessment->answer(question(row).key) : Answer::Unanswered;
}

QVector<score::Evidence> SelfCheckModel::evidence(int row) const
{
    QVector<score::Evidence> out = m_evidence.value(question(row).key);
    const Answer given = answer(row);
    for (score::Evidence &e : out)
        e.contradicts = score::isContradiction(e, given);
    return out;
}

bool SelfCheckModel::contradicted(int row) const
{
    // "Implemented" against records that disagree; for a question the
    // records measure (training), "not implemented" against records that
    // support it too.
    const Answer given = answer(row);
    const QVector<score::Evidence> &all = m_evidence.value(question(row).key);
    return std::any_of(all.cbegin(), all.cend(), [given](const score::Evidence &e) {
        return score::isContradiction(e, given);
    });
}

bool SelfCheckModel::notApplicable(int row) const
{
    return answer(row) == Answer::Unanswered && m_notApplicable.contains(question(row).key);
}

bool SelfCheckModel::isOpen(int row) const
{
    return answer(row) == Answer::Unanswered && !notApplicable(row);
}

int SelfCheckModel::recordCount() const
{
    return m_assessment ? static_cast<int>(score::questions().size()) : 0;
}

QVariant SelfCheckModel::cellData(int row, int column, int role) const
{
    const score::Question &q = question(row);
    const Answer a = answer(row);

    if (role == KeyRole)
        return q.key;
    if (role == AnswerRole)
        return static_cast<int>(a);
    if (role == ContradictedRole)
        return contradicted(row);
    if (role == NotApplicableRole)
        return notApplicable(row);

    switch (column) {
    case NumberColumn:
        if (role == Qt::DisplayRole || role == SortRole)
            return q.number;
        break;
    case PartColumn:
        if (role == Qt::DisplayRole)
            return q.part == score::Part::Kamae ? tr("Kamae")
                                                : tr("Part %1").arg(static_cast<int>(q.part));
        if (role == Qt::ToolTipRole)
            return score::SelfCheckText::part(q.part);
        if (role == SortRole)
            return static_cast<int>(q.part) * 1000 + q.number;
        break;
    case QuestionColumn:
        if (role == Qt::DisplayRole || role == SortRole)
            return score::SelfCheckText::shortTitle(q.key);
        if (role == Qt::ToolTipRole)
            // Rich text, so that the tooltip wraps long questions.
            return QStringLiteral("<p><b>%1</b></p><p>%2</p>")
                .arg(score::SelfCheckText::question(q.key).toHtmlEscaped(),
                     score::SelfCheckText::why(q.key).toHtmlEscaped());
        break;
    case AnswerColumn:
        if (notApplicable(row)) {
            // Neither earned nor lost; an answer still counts.
            if (role == Qt::DisplayRole)
                return tr("Not applicable");
            if (role == Qt::ToolTipRole)
                return tr("%1\nDouble-click or press 1 to 4 to answer all the same.")
                    .arg(m_notApplicable.value(q.key));
            if (role == Qt::ForegroundRole)
                return QBrush(QGuiApplication::palette().color(QPalette::PlaceholderText));
        }
        if (role == Qt::DisplayRole)
            return score::SelfCheckText::answer(a);
        if (role == Qt::EditRole || role == SortRole)
            return static_cast<int>(a);
        if (role == Qt::ForegroundRole) {
            const QColor colour = answerColour(a, QGuiApplication::palette());
            return colour.isValid() ? QVariant(QBrush(colour)) : QVariant();
        }
        if (role == Qt::FontRole && a == Answer::Unanswered) {
            QFont italic;
            italic.setItalic(true);
            return italic;
        }
        if (role == Qt::ToolTipRole)
            return tr("Double-click to change, or press 1 to 4 (Backspace clears).");
        break;
    case EvidenceColumn: {
        const QVector<score::Evidence> all = evidence(row);
        if (all.isEmpty() && notApplicable(row) &&
            (role == Qt::DisplayRole || role == Qt::ToolTipRole))
            return m_notApplicable.value(q.key);
        if (role == Qt::DisplayRole) {
            if (all.isEmpty())
                return QString();
            QStringList texts;
            for (const score::Evidence &e : all)
                texts << e.text;
            const QString joined = texts.join(QStringLiteral("; "));
            return contradicted(row) ? kWarningMark + joined : joined;
        }
        if (role == Qt::ToolTipRole) {
            if (all.isEmpty())
                return QVariant();
            QStringList lines;
            for (const score::Evidence &e : all)
                lines << (e.contradicts ? kWarningMark : QStringLiteral("• ")) + e.text;
            if (contradicted(row))
                lines << QString()
                      << tr("The answer says “implemented”, but Kamae's records disagree.");
            return lines.join(QLatin1Char('\n'));
        }
        if (role == Qt::ForegroundRole && contradicted(row))
            return QBrush(selfCheckBadColour(QGuiApplication::palette()));
        if (role == SortRole) {
            if (all.isEmpty())
                return 0;
            const bool against = std::any_of(all.cbegin(), all.cend(),
                                             [](const score::Evidence &e) { return !e.supports; });
            return contradicted(row) ? 3 : against ? 2 : 1;
        }
        break;
    }
    default:
        break;
    }
    return {};
}

bool SelfCheckModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || index.column() != AnswerColumn ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    bool ok = false;
    const int v = value.toInt(&ok);
    if (!ok || !score::isAnswer(v))
        return false;
    const auto chosen = static_cast<Answer>(v);
    if (chosen != answer(index.row()))
        emit answerEdited(question(index.row()).key, chosen);
    // The page stores the answer at once; if that failed it says why.
    return answer(index.row()) == chosen;
}

Qt::ItemFlags SelfCheckModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == AnswerColumn)
        f |= Qt::ItemIsEditable;
    return f;
}

bool SelfCheckFilterProxy::acceptsRow(int sourceRow) const
{
    const auto *model = qobject_cast<const SelfCheckModel *>(sourceModel());
    if (!model)
        return true;
    const Answer a = model->answer(sourceRow);
    switch (m_filter) {
    case AllQuestions:
        break;
    case Unanswered:
        if (!model->isOpen(sourceRow))
            return false;
        break;
    case NotImplementedOrPartly:
        if (a != Answer::NotImplemented && a != Answer::Partly)
            return false;
        break;
    case Contradicted:
        if (!model->contradicted(sourceRow))
            return false;
        break;
    }
    const QString &key = model->question(sourceRow).key;
    return anyContainsSearch(
        {score::SelfCheckText::shortTitle(key), score::SelfCheckText::question(key)});
}

} // namespace ui
} // namespace kamae
