#include "pages/PeopleImportDialog.h"

#include "pages/PeopleModel.h"

#include <QPushButton>

namespace kamae {
namespace ui {

using organisation::PersonField;
using organisation::PersonImportAction;

namespace {
constexpr int kPreviewRows = 10;
} // namespace

PeopleImportDialog::PeopleImportDialog(const QString &path, const QVector<domain::Person> &existing,
                                       QWidget *parent)
    : FieldImportDialog(QStringLiteral("PeopleImportDialog"), path, parent,
                        &organisation::readPeopleFile, &organisation::guessPeopleMapping),
      m_existing(existing)
{
    setWindowTitle(tr("Import people and departments"));
    setIntro(tr("An entry already in the list (the same e-mail address, else the same name) is "
                "updated with the file's values; empty cells leave its values as they are."));
    start();
}

QVector<std::pair<QString, int>> PeopleImportDialog::choices() const
{
    QVector<std::pair<QString, int>> all;
    for (const organisation::PersonFieldInfo &info : organisation::personFields())
        all.append({organisation::personFieldLabel(info.field), static_cast<int>(info.field)});
    return all;
}

void PeopleImportDialog::replan()
{
    m_plan = {};
    QString problem;
    if (table()) {
        if (const Status s = organisation::checkPeopleMapping(*table(), mapping()); !s) {
            problem = s.error();
            m_plan.unmappedColumns = organisation::unmappedPeopleColumns(*table(), mapping());
        } else {
            m_plan = organisation::planPeopleImport(*table(), mapping(), m_existing);
        }
    }

    QVector<PersonField> shownFields = {PersonField::Name,   PersonField::Department,
                                        PersonField::Role,   PersonField::Email,
                                        PersonField::Joined, PersonField::Left};
    // Staff or outside, when the file says.
    const bool showExternal = mapping().maps(PersonField::External);
    if (showExternal)
        shownFields << PersonField::External;
    QStringList header = {tr("Becomes")};
    for (PersonField f : shownFields)
        header << organisation::personFieldLabel(f);
    QVector<QStringList> rows;
    for (int r = 0; r < m_plan.rows.size() && r < kPreviewRows; ++r) {
        const organisation::PersonImportRow &row = m_plan.rows.at(r);
        QString action;
        if (row.action == PersonImportAction::Add) {
            action = tr("New entry");
        } else if (row.action == PersonImportAction::Unchanged) {
            action = tr("Already up to date");
        } else {
            QStringList changed;
            for (const organisation::PersonFieldInfo &info : organisation::personFields())
                if (row.changed.contains(QLatin1String(info.key)))
                    changed << organisation::personFieldLabel(info.field);
            action =
                tr("Updates “%1”: %2").arg(row.before.name, changed.join(QStringLiteral(", ")));
        }
        const domain::Person &p = row.person;
        QStringList cells = {QString::number(row.line),
                             action,
                             p.name,
                             p.department,
                             p.role,
                             p.email,
                             p.joined.toString(Qt::ISODate),
                             p.left.toString(Qt::ISODate)};
        if (showExternal)
            cells << PeopleModel::outsideText(p);
        rows.append(cells);
    }
    setPreview(header, rows);
    setErrors(m_plan.errors);
    setUnmapped(m_plan.unmappedColumns);

    const int added = m_plan.count(PersonImportAction::Add);
    const int updated = m_plan.count(PersonImportAction::Update);
    const int unchanged = m_plan.count(PersonImportAction::Unchanged);
    const int bad = static_cast<int>(m_plan.errors.size());
    QStringList parts;
    if (!problem.isEmpty()) {
        parts << problem;
    } else if (table()) {
        parts << tr("%n new entry(s)", nullptr, added);
        parts << tr("%n entry(s) updated", nullptr, updated);
        if (unchanged > 0)
            parts << tr("%n already up to date", nullptr, unchanged);
        if (bad > 0)
            parts << tr("%n row(s) have errors and will be left out", nullptr, bad);
        if (m_plan.skippedEmpty > 0)
            parts << tr("%n empty row(s) skipped", nullptr, m_plan.skippedEmpty);
    }
    setSummary(parts, !problem.isEmpty() || bad > 0);
    okButton()->setEnabled(added + updated > 0 && problem.isEmpty());
    setOkText(bad > 0 ? tr("Import the %n good row(s)", nullptr, added + updated)
                      : tr("Import %n row(s)", nullptr, added + updated));
}

} // namespace ui
} // namespace kamae
