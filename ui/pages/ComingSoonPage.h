#pragma once

#include "pages/Page.h"

class QLabel;

namespace kamae {
namespace ui {

// A module whose page a later version fills. It says plainly what will be
// there and which part of the METI measures it serves, so the shell is
// honest about what exists today.
class ComingSoonPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ComingSoonPage)

public:
    enum class Module
    {
        Training,
        Bcp,
        Incidents,
    };

    explicit ComingSoonPage(Module module, QWidget *parent = nullptr);
    // The page of a module announced in app/modules/ModuleList.h
    // (KAMAE_PLANNED); nullptr for a key it has no text for.
    static ComingSoonPage *forKey(const QString &key, QWidget *parent = nullptr);

    QString title() const override;
    Module module() const { return m_module; }

private:
    void retranslate();

    Module m_module;
    QLabel *m_heading = nullptr;
    QLabel *m_body = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace ui
} // namespace kamae
