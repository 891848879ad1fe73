#pragma once

#include <QHash>
#include <QString>
#include <QVector>

// Texts Kamae writes into a vault (the prefilled contacts, the playbooks'
// steps) are stored as their English source, a key, while the user has not
// changed them, and shown in the reader's language (as training's starter
// courses are). A text saved back unchanged from a window in any language
// Kamae ships is recognised as the key again. Internal to incidents/.
namespace kamae {
namespace incidents {

class ShippedTexts
{
public:
    // `sources` are the English source texts, translated in `context`.
    ShippedTexts(const char *context, const QVector<const char *> &sources);

    // The key of a shipped text in any language; any other text unchanged.
    QString key(const QString &text) const;
    // A shipped text in the current language; any other text unchanged.
    QString shown(const QString &text) const;
    bool isShipped(const QString &text) const;

private:
    const char *m_context;
    QHash<QString, QString> m_forms; // every form → its key
};

} // namespace incidents
} // namespace kamae
