#pragma once

#include <QByteArray>
#include <QSettings>
#include <QString>
#include <QVariant>

#include <utility>

namespace kamae {
namespace settings {

// One per-user preference: its key and its default, declared once (see
// UiSettings.h), read and written with its own type. After qBittorrent's
// SettingValue<T>. Values live in QSettings, outside the vault: they hold
// no company data.
//
//     inline const SettingValue<QByteArray> assetsHeader{"assets/headerState"};
//     view->horizontalHeader()->restoreState(assetsHeader.get());
template <typename T>
class SettingValue final
{
public:
    explicit SettingValue(const char *key, T defaultValue = T())
        : m_key(QString::fromLatin1(key)), m_default(std::move(defaultValue))
    {}

    const QString &key() const { return m_key; }
    const T &defaultValue() const { return m_default; }

    // The stored value, or the default when nothing (or nothing of this
    // type) is stored.
    T get() const
    {
        QVariant stored = QSettings().value(m_key);
        if (!stored.isValid() || !stored.convert(QMetaType::fromType<T>()))
            return m_default;
        return stored.value<T>();
    }
    void set(const T &value) const { QSettings().setValue(m_key, QVariant::fromValue(value)); }
    bool exists() const { return QSettings().contains(m_key); }
    void remove() const { QSettings().remove(m_key); }

private:
    QString m_key;
    T m_default;
};

} // namespace settings
} // namespace kamae
