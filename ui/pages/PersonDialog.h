#pragma once

#include "core/Result.h"
#include "domain/Person.h"
#include "widgets/RecordDialog.h"

#include <functional>
#include <memory>

namespace kamae {
namespace ui {

// What the list says of an entry before it is stored (a name taken twice).
using PersonValidator = std::function<Status(const domain::Person &)>;

// Adds or edits one entry of the people and departments list; run()
// returns the entry as edited. departments: names offered for a person's
// department.
std::unique_ptr<RecordDialog<domain::Person>> makePersonDialog(const domain::Person &person,
                                                               const QStringList &departments,
                                                               PersonValidator validate,
                                                               QWidget *parent = nullptr);

} // namespace ui
} // namespace kamae
