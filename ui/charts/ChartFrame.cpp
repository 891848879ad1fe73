#include "charts/ChartFrame.h"

#include "charts/ChartStyle.h"

#include <QEvent>
#include <QLabel>
#include <QStackedLayout>
#include <QVBoxLayout>
#include <QtCharts/QChart>
#include <QtCharts/QChartView>

namespace kamae {
namespace ui {

ChartFrame::ChartFrame(const QString &name, QWidget *parent) : QWidget(parent)
{
    m_view = charts::makeChartView(charts::makeChart(), this, name + QStringLiteral("ChartView"));

    auto *emptyPage = new QWidget(this);
    emptyPage->setObjectName(name + QStringLiteral("EmptyPage"));
    emptyPage->setBackgroundRole(QPalette::Base);
    emptyPage->setAutoFillBackground(true);
    m_emptyTitle = new QLabel(emptyPage);
    m_emptyTitle->setObjectName(name + QStringLiteral("EmptyTitle"));
    m_emptyTitle->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    m_emptyTitle->setWordWrap(true);
    m_emptyLabel = new QLabel(emptyPage);
    m_emptyLabel->setObjectName(name + QStringLiteral("EmptyLabel"));
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    auto *emptyLayout = new QVBoxLayout(emptyPage);
    emptyLayout->addWidget(m_emptyTitle);
    emptyLayout->addWidget(m_emptyLabel, 1);

    m_stack = new QStackedLayout(this);
    m_stack->setContentsMargins(0, 0, 0, 0);
    m_stack->addWidget(m_view);
    m_stack->addWidget(emptyPage);
}

ChartFrame::~ChartFrame() = default;

QChart *ChartFrame::chart() const
{
    return m_view->chart();
}

void ChartFrame::setTitle(const QString &title)
{
    chart()->setTitle(title);
    m_emptyTitle->setText(title);
    m_emptyTitle->setVisible(!title.isEmpty());
}

void ChartFrame::setEmptyText(const QString &text)
{
    m_emptyLabel->setText(text);
}

bool ChartFrame::showsEmptyText() const
{
    return m_stack->currentIndex() == 1;
}

void ChartFrame::showChart(bool shown)
{
    m_stack->setCurrentIndex(shown ? 0 : 1);
}

void ChartFrame::restyle()
{
    charts::applyPalette(chart(), palette());
    charts::applyFont(chart(), font());
    QFont bold = font();
    bold.setBold(true);
    if (bold.pointSizeF() > 0)
        bold.setPointSizeF(bold.pointSizeF() * 1.1);
    m_emptyTitle->setFont(bold);
    QPalette muted = m_emptyLabel->palette();
    muted.setColor(QPalette::WindowText, charts::chartColors(palette()).mutedText);
    m_emptyLabel->setPalette(muted);
}

void ChartFrame::changeEvent(QEvent *event)
{
    switch (event->type()) {
    case QEvent::PaletteChange:
    case QEvent::FontChange:
    case QEvent::LocaleChange:
    case QEvent::LanguageChange:
        restyle();
        break;
    default:
        break;
    }
    QWidget::changeEvent(event);
}

void ChartFrame::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fitToWidth();
}

} // namespace ui
} // namespace kamae
