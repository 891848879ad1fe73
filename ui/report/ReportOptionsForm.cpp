#include "report/ReportOptionsForm.h"

#include "i18n/Language.h"
#include "report/ReportPageText.h"
#include "widgets/Widgets.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>

#include <algorithm>

namespace kamae {
namespace ui {

ReportOptionsForm::ReportOptionsForm(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("reportOptionsForm"));
    m_period = new QComboBox(this);
    m_period->setObjectName(QStringLiteral("periodCombo"));
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("languageCombo"));
    // Each language by its own name: the report's language is chosen apart
    // from the window's, by someone who may read only one of them.
    m_language->addItem(QStringLiteral("日本語"), QStringLiteral("ja"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(i18n::currentLanguage() == QLatin1String("ja") ? 0 : 1);
    m_preparedBy = new QLineEdit(this);
    m_preparedBy->setObjectName(QStringLiteral("preparedByEdit"));
    m_preparedBy->setClearButtonEnabled(true);

    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    addLabelledRow(form, m_period, [] { return ReportPageText::tr("&Period:"); });
    addLabelledRow(form, m_language, [] { return ReportPageText::tr("&Language:"); });
    addLabelledRow(form, m_preparedBy, [] { return ReportPageText::tr("Prepared &by:"); });

    connect(m_period, &QComboBox::currentIndexChanged, this, &ReportOptionsForm::optionsChanged);
    connect(m_language, &QComboBox::currentIndexChanged, this, &ReportOptionsForm::optionsChanged);
    connect(m_preparedBy, &QLineEdit::textEdited, this, [this] { m_preparedByEdited = true; });
    connect(m_preparedBy, &QLineEdit::textChanged, this,
            [this](const QString &text) { emit preparedByChanged(text.trimmed()); });

    retranslate();
    onLanguageChange(this, [this] { retranslate(); });
}

report::ReportOptions ReportOptionsForm::options() const
{
    report::ReportOptions o;
    o.language = language();
    o.period = static_cast<report::Period>(m_period->currentData().toInt());
    o.preparedBy = m_preparedBy->text().trimmed();
    return o;
}

QString ReportOptionsForm::language() const
{
    return m_language->currentData().toString();
}

void ReportOptionsForm::suggestPreparedBy(const QString &name)
{
    if (!m_preparedByEdited && m_preparedBy->text().isEmpty())
        m_preparedBy->setText(name);
}

void ReportOptionsForm::fillPeriods()
{
    const int current = std::max(0, m_period->currentIndex());
    const QSignalBlocker blocker(m_period);
    m_period->clear();
    m_period->addItem(ReportPageText::tr("Last 90 days"),
                      static_cast<int>(report::Period::Last90Days));
    m_period->addItem(ReportPageText::tr("This quarter"),
                      static_cast<int>(report::Period::ThisQuarter));
    m_period->addItem(ReportPageText::tr("Last 12 months"),
                      static_cast<int>(report::Period::Last12Months));
    m_period->setCurrentIndex(current);
}

void ReportOptionsForm::retranslate()
{
    // Only the form's own words: the report keeps the language chosen for it.
    fillPeriods();
    m_language->setToolTip(ReportPageText::tr("The report's language; the window keeps its own."));
    m_preparedBy->setPlaceholderText(ReportPageText::tr("Left blank to sign by hand"));
}

} // namespace ui
} // namespace kamae
