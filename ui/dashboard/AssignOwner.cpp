#include "dashboard/AssignOwner.h"

#include "score/Owners.h"
#include "widgets/OwnerCombo.h"
#include "widgets/Widgets.h"

#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>

namespace kamae {
namespace ui {

// The dialog's texts keep the dashboard's context, where they were written.
struct DashboardPageText
{
    Q_DECLARE_TR_FUNCTIONS(kamae::ui::DashboardPage)
};

std::optional<qint64> askActionOwner(QWidget *parent, const score::ScoreInput &input,
                                     const score::Action &action)
{
    const QString recordOwner = score::ownerName(input, score::recordOwnerOfAction(input, action));
    QDialog dialog(parent);
    dialog.setObjectName(QStringLiteral("AssignOwnerDialog"));
    dialog.setWindowTitle(DashboardPageText::tr("Assign owner"));
    auto *text = new QLabel(action.text, &dialog);
    text->setWordWrap(true);
    auto *combo = new OwnerCombo(&dialog);
    if (!recordOwner.isEmpty())
        combo->setNoneText(DashboardPageText::tr("(the record's owner: %1)").arg(recordOwner));
    combo->setPeople(input.people, input.actionOwners.value(action.key, 0));
    auto *error = makeErrorLabel(&dialog);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(DashboardPageText::tr("Assign"));
    buttons->button(QDialogButtonBox::Cancel)->setText(DashboardPageText::tr("Cancel"));
    auto *form = new QFormLayout(&dialog);
    form->addRow(text);
    form->addRow(DashboardPageText::tr("Owner:"), combo);
    form->addRow(error);
    form->addRow(buttons);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, [&] {
        if (combo->ownerId() < 0) {
            error->setText(combo->problem());
            error->show();
            return;
        }
        dialog.accept();
    });
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return combo->ownerId();
}

} // namespace ui
} // namespace kamae
