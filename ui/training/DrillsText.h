#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

// What the drills' tables, chart and dialogs say alike (標的型メール訓練:
// 開封, クリック, 報告), in one translation context.
namespace kamae {
namespace ui {

struct DrillsText
{
    Q_DECLARE_TR_FUNCTIONS(kamae::ui::DrillsText)

public:
    // A share (0..1) in whole percent, "—" when there is none (below 0).
    static QString rate(double share);
    // "45 min", "3 h 5 min", "2 d 4 h"; empty when there is none.
    static QString duration(std::optional<qint64> seconds);
    // "Yes" as a mark in a table of flags, empty for no.
    static QString mark(bool set);
};

} // namespace ui
} // namespace kamae
