#include "patches/FeedsPanel.h"

#include "i18n/Language.h"
#include "patches/AliasEditor.h"
#include "patches/AliasTableModel.h"
#include "patches/FeedImporter.h"
#include "patches/PatchDesk.h"
#include "store/FeedStore.h"

#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace kamae {
namespace ui {

FeedsPanel::FeedsPanel(store::Database &db, QUndoStack &undo, PatchCommandContext context,
                       QWidget *parent)
    : QWidget(parent), m_db(db)
{
    setObjectName(QStringLiteral("FeedsPanel"));
    m_section = makeSection(this, QStringLiteral("feedsHeading"));
    m_section.hint->setStyleSheet(QStringLiteral("color: #5f6368;"));
    m_feeds = new QLabel(this);
    m_feeds->setObjectName(QStringLiteral("feedInfo"));
    m_feeds->setTextFormat(Qt::RichText);
    m_feeds->setWordWrap(true);
    m_importer = new FeedImporter(db, this);
    m_aliases = new AliasEditor(undo, std::move(context), this);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_section.heading);
    layout->addWidget(m_feeds);
    layout->addWidget(m_section.hint);
    layout->addWidget(m_importer);
    layout->addSpacing(12);
    layout->addWidget(m_aliases, 1);

    connect(m_importer, &FeedImporter::imported, this, [this](bool ok) {
        if (ok)
            showFeeds();
    });
    retranslate();
}

void FeedsPanel::reload()
{
    showFeeds();
    m_aliases->model()->reload();
}

void FeedsPanel::showFeeds()
{
    const auto feeds = store::FeedStore(m_db).feeds();
    QStringList lines;
    for (const store::StoredFeed &f : feeds ? feeds.value() : QVector<store::StoredFeed>()) {
        const QString released = f.released.isValid()
                                     ? i18n::formatDate(f.released.toLocalTime().date())
                                     : tr("unknown");
        const QString imported =
            i18n::formatDate(f.importedAt.toLocalTime().date()) + QLatin1Char(' ') +
            QLocale().toString(f.importedAt.toLocalTime().time(), QLocale::ShortFormat);
        lines << tr("<b>%1</b>: version %2, released %3, %n entry(ies) stored, imported %4",
                    nullptr, f.storedEntries)
                     .arg(patches::feedKindName(f.kind).toHtmlEscaped(), f.version.toHtmlEscaped(),
                          released, imported);
    }
    m_feeds->setText(lines.isEmpty() ? tr("No feed imported yet.")
                                     : lines.join(QStringLiteral("<br>")));
}

void FeedsPanel::retranslate()
{
    m_section.setTexts(
        tr("Vulnerability feeds"),
        tr("Kamae never goes online. Download the CISA KEV catalogue (JSON, from cisa.gov) or a "
           "JVN iPedia JVNRSS file (from jvndb.jvn.jp) on any computer, bring the file here and "
           "import it. A newer KEV catalogue replaces the old one; JVN files add up."));
    m_importer->retranslate();
    m_aliases->retranslate();
    showFeeds();
}

} // namespace ui
} // namespace kamae
