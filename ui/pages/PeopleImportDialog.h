#pragma once

#include "organisation/PeopleImport.h"
#include "widgets/ImportDialog.h"

namespace kamae {
namespace ui {

// The people and departments list from a CSV or XLSX file
// (widgets/ImportDialog): the list's fields, a preview saying of each row
// whether it adds an entry, updates one (and which values) or changes
// nothing, and the rows that cannot be imported. Import stores the good
// rows; the rows with errors are left out, as the summary says.
class PeopleImportDialog final
    : public FieldImportDialog<organisation::PeopleColumnMapping, organisation::PersonField>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PeopleImportDialog)

public:
    PeopleImportDialog(const QString &path, const QVector<domain::Person> &existing,
                       QWidget *parent = nullptr);

    const organisation::PeopleImportPlan &plan() const { return m_plan; }

protected:
    QVector<std::pair<QString, int>> choices() const override;
    void replan() override;

private:
    QVector<domain::Person> m_existing;
    organisation::PeopleImportPlan m_plan;
};

} // namespace ui
} // namespace kamae
