#pragma once

#include <QMap>
#include <QString>
#include <QWidget>

#include <array>
#include <functional>

class QAction;
class QComboBox;
class QLabel;
class QPushButton;
class QTextEdit;
class QTimer;

namespace kamae {
namespace ui {

// One prose section of the plan (the basic policy, the emergency card, …):
// a rich-text editor with a small toolbar (heading, bold, bullet and
// numbered lists) and "Fill from template" when the section has one. The
// text is reported as HTML shortly after typing stops.
class BcpSectionEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BcpSectionEditor)

public:
    BcpSectionEditor(QString key, bool hasTemplate, QWidget *parent = nullptr);

    QString key() const { return m_key; }
    QTextEdit *editor() const { return m_edit; }
    QPushButton *templateButton() const { return m_template; }
    // Shows the stored HTML, unless the editor already holds it (so that
    // saving what was typed does not move the cursor).
    void setHtml(const QString &html);
    QString html() const;
    // Reports a pending edit now (before a reload, a publish, a test).
    void flush();
    void retranslate();

signals:
    void edited(const QString &key, const QString &html);
    void templateRequested(const QString &key);

private:
    void toggleList(bool numbered);
    void toggleHeading();

    QString m_key;
    QLabel *m_title = nullptr;
    // The toolbar's actions, in its order.
    enum Format
    {
        Heading,
        Bold,
        Bullets,
        Numbers,
        FormatCount
    };
    std::array<QAction *, FormatCount> m_formats{};
    QPushButton *m_template = nullptr;
    QTextEdit *m_edit = nullptr;
    QTimer *m_debounce = nullptr;
    bool m_setting = false;
};

// The Plan tab: the plan's language (that of its templates and printouts),
// then the prose sections one under the other.
class BcpPlanPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BcpPlanPanel)

public:
    explicit BcpPlanPanel(QWidget *parent = nullptr);

    BcpSectionEditor *section(const QString &key) const { return m_editors.value(key); }
    QComboBox *languageCombo() const { return m_language; }
    void setSections(const QMap<QString, QString> &sections);
    // "ja" or "en", as stored.
    void setLanguage(const QString &language);
    void flush();

signals:
    void edited(const QString &key, const QString &html);
    void templateRequested(const QString &key);
    // The person chose another language for the plan.
    void languageChosen(const QString &language);

private:
    void retranslate();

    QMap<QString, BcpSectionEditor *> m_editors;
    QComboBox *m_language = nullptr;
    bool m_settingLanguage = false;
};

} // namespace ui
} // namespace kamae
