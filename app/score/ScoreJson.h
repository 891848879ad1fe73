#pragma once

#include "score/Score.h"
#include "score/Snapshots.h"

#include <QJsonObject>

// `kamae score --json`: the score as data, in the shape docs/scoring.md
// documents. Texts are in the current language; keys and ids are stable.
namespace kamae {
namespace score {

QJsonObject actionJson(const Action &action);
QJsonObject scoreJson(const Score &score, const ScoreInput &input,
                      const QVector<Snapshot> &snapshots);

} // namespace score
} // namespace kamae
