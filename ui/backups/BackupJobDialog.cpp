#include "backups/BackupJobDialog.h"

#include "domain/AssetRules.h"
#include "widgets/DiscardGuard.h"
#include "widgets/FittingScrollArea.h"
#include "widgets/OwnerCombo.h"
#include "widgets/TabOrder.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace kamae {
namespace ui {

namespace {

enum CopyColumn
{
    MediaColumn,
    LocationColumn,
    OfflineColumn,
    ImmutableColumn,
    LabelColumn,
    CopyColumnCount
};

QSpinBox *makeDays(QWidget *parent, const QString &name, int value)
{
    auto *spin = new QSpinBox(parent);
    spin->setObjectName(name);
    spin->setRange(1, 3660);
    spin->setValue(value);
    spin->setSuffix(BackupJobDialog::tr(" days"));
    return spin;
}

} // namespace

BackupJobDialog::BackupJobDialog(const domain::BackupJob &job, const backups::JobLog &log,
                                 const QVector<domain::Asset> &assets, QWidget *parent)
    : FormDialog(QStringLiteral("BackupJobDialog"), parent, Option::FixedBody), m_original(job),
      m_log(log)
{
    setWindowTitle(job.id ? tr("Edit backup job") : tr("New backup job"));
    auto *tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("jobTabs"));

    // General
    auto *general = new QWidget;
    auto *form = new QFormLayout(general);
    m_name = makeLineEdit(general, QStringLiteral("nameEdit"), job.name);
    m_name->setPlaceholderText(tr("e.g. Accounting data to NAS"));
    m_method = makeLineEdit(general, QStringLiteral("methodEdit"), job.method);
    m_method->setPlaceholderText(tr("Tool or method, e.g. Windows Server Backup"));
    m_owner = makeOwnerField(job.ownerId, general);
    m_owner->setToolTip(tr("Who sees that the job runs and is tested: a person or a department "
                           "from the list kept on the Organisation page"));
    m_started = makeDateEdit(general, QStringLiteral("startedEdit"), job.started);

    m_scheduleKind =
        makeEnumCombo(general, QStringLiteral("scheduleKind"), domain::kScheduleKindCount,
                      &domain::ScheduleText::kind, job.schedule.kind);
    auto *scheduleDetail = new QStackedWidget(general);
    scheduleDetail->addWidget(new QWidget(scheduleDetail)); // daily: nothing to choose
    auto *week = new QWidget(scheduleDetail);
    auto *weekLayout = new QHBoxLayout(week);
    weekLayout->setContentsMargins(0, 0, 0, 0);
    const QLocale locale;
    for (int d = Qt::Monday; d <= Qt::Sunday; ++d) {
        auto *box = new QCheckBox(locale.dayName(d, QLocale::ShortFormat), week);
        box->setObjectName(QStringLiteral("weekday%1").arg(d));
        box->setChecked(job.schedule.weekdays & domain::weekdayBit(static_cast<Qt::DayOfWeek>(d)));
        weekLayout->addWidget(box);
        m_weekdays << box;
    }
    weekLayout->addStretch();
    scheduleDetail->addWidget(week);
    m_monthDay = new QSpinBox(scheduleDetail);
    m_monthDay->setObjectName(QStringLiteral("monthDay"));
    m_monthDay->setRange(1, 31);
    m_monthDay->setValue(job.schedule.monthDay);
    m_monthDay->setPrefix(tr("on day "));
    m_monthDay->setToolTip(tr("Days 29 to 31 mean the last day in shorter months."));
    scheduleDetail->addWidget(m_monthDay);
    m_interval =
        makeDays(scheduleDetail, QStringLiteral("intervalDays"), job.schedule.intervalDays);
    m_interval->setPrefix(tr("every "));
    scheduleDetail->addWidget(m_interval);
    connect(m_scheduleKind, &QComboBox::currentIndexChanged, scheduleDetail,
            &QStackedWidget::setCurrentIndex);
    scheduleDetail->setCurrentIndex(static_cast<int>(job.schedule.kind));
    auto *schedule = new QHBoxLayout;
    schedule->addWidget(m_scheduleKind);
    schedule->addWidget(scheduleDetail, 1);

    m_generations = new QSpinBox(general);
    m_generations->setObjectName(QStringLiteral("generations"));
    m_generations->setRange(0, 100000);
    m_generations->setSpecialValueText(tr("not stated"));
    m_generations->setValue(job.generations);
    m_retention = makeLineEdit(general, QStringLiteral("retentionEdit"), job.retention);
    m_retention->setPlaceholderText(tr("e.g. daily for 2 weeks, monthly for 1 year"));
    m_restoreDays = makeDays(general, QStringLiteral("restoreDays"), job.restoreTestDays);
    m_airGapDays = makeDays(general, QStringLiteral("airGapDays"), job.airGapCheckDays);
    m_notes = makeNotesEdit(general, QStringLiteral("notesEdit"), job.notes, 80);

    addRow(form, tr("&Name:"), m_name);
    addRow(form, tr("Tool or &method:"), m_method);
    addRow(form, tr("&Owner:"), m_owner);
    addRow(form, tr("&Started:"), m_started);
    addRow(form, tr("R&uns:"), schedule, m_scheduleKind);
    addRow(form, tr("&Generations kept:"), m_generations);
    addRow(form, tr("&Retention:"), m_retention);
    addRow(form, tr("Restore &test every:"), m_restoreDays);
    addRow(form, tr("&Air-gap check every:"), m_airGapDays);
    addRow(form, tr("Not&es:"), m_notes);
    // The tab bar stands above it too.
    tabs->addTab(new FittingScrollArea(general, tabs, QSize(64, 190)), tr("General"));

    // Copies
    auto *copies = new QWidget;
    m_copies = new QTableWidget(0, CopyColumnCount, copies);
    m_copies->setObjectName(QStringLiteral("copiesTable"));
    m_copies->setHorizontalHeaderLabels(
        {tr("Media"), tr("Where"), tr("Offline"), tr("Immutable"), tr("Description")});
    m_copies->horizontalHeader()->setStretchLastSection(true);
    m_copies->setColumnWidth(MediaColumn, 190);
    m_copies->setColumnWidth(LocationColumn, 130);
    m_copies->setColumnWidth(OfflineColumn, 90);
    m_copies->setColumnWidth(ImmutableColumn, 100);
    m_copies->verticalHeader()->hide();
    m_copies->setSelectionBehavior(QAbstractItemView::SelectRows);
    for (const domain::BackupCopy &c : job.copies)
        addCopyRow(c);
    auto *addCopy = new QPushButton(tr("Add copy"), copies);
    addCopy->setObjectName(QStringLiteral("addCopyButton"));
    auto *removeCopy = new QPushButton(tr("Remove copy"), copies);
    removeCopy->setObjectName(QStringLiteral("removeCopyButton"));
    connect(addCopy, &QPushButton::clicked, this, [this] {
        addCopyRow({});
        updateRules();
    });
    connect(removeCopy, &QPushButton::clicked, this, [this] {
        const int row = m_copies->currentRow();
        if (row >= 0)
            m_copies->removeRow(row);
        updateRules();
    });
    connect(m_copies, &QTableWidget::itemChanged, this, &BackupJobDialog::updateRules);
    QLabel *copyHint = makeHint(
        copies,
        tr("The data itself counts as the first copy. Offline: disconnected from every network "
           "when not in use (a USB disk put away, a tape). Immutable: cannot be changed or "
           "deleted during its retention, even by an administrator."));
    m_rules = makeWrappedLabel(copies, QStringLiteral("rulePreview"));
    m_rules->setTextFormat(Qt::RichText);
    auto *copiesLayout = new QVBoxLayout(copies);
    copiesLayout->addWidget(copyHint);
    copiesLayout->addLayout(makeButtonRow({addCopy, removeCopy}));
    copiesLayout->addWidget(m_copies, 1);
    copiesLayout->addWidget(m_rules);
    tabs->addTab(new FittingScrollArea(copies, tabs, QSize(64, 190)), tr("Copies and 3-2-1-1-0"));

    // Protected assets
    auto *protects = new QWidget;
    auto *assetSearch = new QLineEdit(protects);
    assetSearch->setObjectName(QStringLiteral("assetSearch"));
    assetSearch->setClearButtonEnabled(true);
    assetSearch->setPlaceholderText(tr("Filter assets"));
    m_assets = new QListWidget(protects);
    m_assets->setObjectName(QStringLiteral("assetList"));
    for (const domain::Asset &a : assets) {
        const int importance = domain::importance(a);
        auto *item = new QListWidgetItem(
            importance > 0 ? tr("%1 (importance %2)").arg(a.name).arg(importance) : a.name,
            m_assets);
        item->setData(Qt::UserRole, a.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(job.assetIds.contains(a.id) ? Qt::Checked : Qt::Unchecked);
    }
    connect(assetSearch, &QLineEdit::textChanged, this, &BackupJobDialog::filterAssets);
    auto *protectsLayout = new QVBoxLayout(protects);
    protectsLayout->addWidget(
        new QLabel(tr("Tick the assets whose data this job copies."), protects));
    protectsLayout->addWidget(assetSearch);
    protectsLayout->addWidget(m_assets, 1);
    tabs->addTab(new FittingScrollArea(protects, tabs, QSize(64, 190)), tr("Protected assets"));

    bodyLayout()->addWidget(tabs, 1);
    setOkText(tr("Save"));
    startAt(QSize(720, 560));
    updateRules();
    // The copy buttons stand above the table they act on.
    setTabChain({m_notes, addCopy, removeCopy, m_copies});
    discardGuard()->ignore(assetSearch);
}

void BackupJobDialog::addCopyRow(const domain::BackupCopy &copy)
{
    const int row = m_copies->rowCount();
    m_copies->insertRow(row);
    auto *media = new QComboBox(m_copies);
    for (int m = 0; m < domain::kBackupMediaCount; ++m)
        media->addItem(backups::BackupText::media(static_cast<domain::BackupMedia>(m)));
    media->setCurrentIndex(static_cast<int>(copy.media));
    auto *location = new QComboBox(m_copies);
    for (int l = 0; l < domain::kBackupLocationCount; ++l)
        location->addItem(backups::BackupText::location(static_cast<domain::BackupLocation>(l)));
    location->setCurrentIndex(static_cast<int>(copy.location));
    connect(media, &QComboBox::currentIndexChanged, this, &BackupJobDialog::updateRules);
    connect(location, &QComboBox::currentIndexChanged, this, &BackupJobDialog::updateRules);
    m_copies->setCellWidget(row, MediaColumn, media);
    m_copies->setCellWidget(row, LocationColumn, location);
    auto check = [](bool on, qint64 id) {
        auto *item = new QTableWidgetItem;
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(on ? Qt::Checked : Qt::Unchecked);
        item->setData(Qt::UserRole, id);
        return item;
    };
    const QSignalBlocker quiet(m_copies);
    m_copies->setItem(row, OfflineColumn, check(copy.offline, copy.id));
    m_copies->setItem(row, ImmutableColumn, check(copy.immutable, copy.id));
    m_copies->setItem(row, LabelColumn, new QTableWidgetItem(copy.label));
}

domain::BackupJob BackupJobDialog::job() const
{
    domain::BackupJob j = m_original;
    j.name = m_name->text().trimmed();
    j.method = m_method->text().trimmed();
    if (const auto owner = chosenOwner()) {
        // The text names the chosen entry, so that older readers agree.
        j.ownerId = *owner;
        j.owner = j.ownerId > 0 ? m_owner->currentText().trimmed() : QString();
    }
    j.started = m_started->date();
    j.schedule.kind = static_cast<domain::ScheduleKind>(m_scheduleKind->currentIndex());
    j.schedule.weekdays = 0;
    for (int i = 0; i < m_weekdays.size(); ++i)
        if (m_weekdays.at(i)->isChecked())
            j.schedule.weekdays |= 1 << i;
    j.schedule.monthDay = m_monthDay->value();
    j.schedule.intervalDays = m_interval->value();
    j.generations = m_generations->value();
    j.retention = m_retention->text().trimmed();
    j.restoreTestDays = m_restoreDays->value();
    j.airGapCheckDays = m_airGapDays->value();
    j.notes = m_notes->toPlainText();
    j.copies.clear();
    for (int row = 0; row < m_copies->rowCount(); ++row) {
        domain::BackupCopy c;
        c.id = m_copies->item(row, OfflineColumn)->data(Qt::UserRole).toLongLong();
        c.media = static_cast<domain::BackupMedia>(
            qobject_cast<QComboBox *>(m_copies->cellWidget(row, MediaColumn))->currentIndex());
        c.location = static_cast<domain::BackupLocation>(
            qobject_cast<QComboBox *>(m_copies->cellWidget(row, LocationColumn))->currentIndex());
        c.offline = m_copies->item(row, OfflineColumn)->checkState() == Qt::Checked;
        c.immutable = m_copies->item(row, ImmutableColumn)->checkState() == Qt::Checked;
        c.label = m_copies->item(row, LabelColumn)->text().trimmed();
        j.copies.append(c);
    }
    j.assetIds.clear();
    for (int i = 0; i < m_assets->count(); ++i)
        if (m_assets->item(i)->checkState() == Qt::Checked)
            j.assetIds.append(m_assets->item(i)->data(Qt::UserRole).toLongLong());
    return j;
}

void BackupJobDialog::updateRules()
{
    QStringList lines;
    for (const backups::RuleCheck &c : backups::evaluate(job(), m_log))
        lines << QStringLiteral("<span style='color:%1'><b>%2 %3</b></span> — %4")
                     .arg(c.met ? QStringLiteral("#2e7d32") : QStringLiteral("#c62828"),
                          c.met ? QStringLiteral("○") : QStringLiteral("×"),
                          backups::BackupText::rule(c.rule).toHtmlEscaped(),
                          c.explanation.toHtmlEscaped());
    m_rules->setText(lines.join(QStringLiteral("<br>")));
}

void BackupJobDialog::filterAssets(const QString &text)
{
    for (int i = 0; i < m_assets->count(); ++i)
        m_assets->item(i)->setHidden(
            !m_assets->item(i)->text().contains(text, Qt::CaseInsensitive));
}

FormDialog::Problem BackupJobDialog::check() const
{
    return {backups::jobProblem(job()), nullptr};
}

} // namespace ui
} // namespace kamae
