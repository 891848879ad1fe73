#pragma once

#include "incidents/IncidentRecords.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace kamae {
namespace ui {

// "Partner notice…": the partners to tell of an incident
// (incidents::partnersToInform) and a message to start from
// (incidents::partnerNotice) for one of them or for all, in Japanese or
// English, to copy into the mail or the portal.
class IncidentNoticeDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IncidentNoticeDialog)

public:
    IncidentNoticeDialog(const domain::Incident &incident,
                         const QVector<domain::IncidentPartner> &partners, const QString &company,
                         QWidget *parent = nullptr);

    QListWidget *partnerList() const { return m_partners; }
    QComboBox *languageCombo() const { return m_language; }
    QString subject() const;
    QString body() const;
    // Copies the subject and the message to the clipboard.
    void copy();

private:
    void showDraft();
    void retranslate();

    domain::Incident m_incident;
    QVector<domain::IncidentPartner> m_toInform;
    QString m_company;
    QLabel *m_intro = nullptr;
    QListWidget *m_partners = nullptr;
    QComboBox *m_language = nullptr;
    QLineEdit *m_subject = nullptr;
    QPlainTextEdit *m_body = nullptr;
    QPushButton *m_copy = nullptr;
};

} // namespace ui
} // namespace kamae
