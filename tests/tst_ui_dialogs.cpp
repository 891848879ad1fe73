// The dialogs as a person meets them: on a 1280×720 screen at 150 %, in
// Japanese and English, by keyboard. The test runs on an offscreen screen of
// that size (see main at the end), so what it measures is what a laptop of
// that size shows.
#include "assets/AssetEditorDialog.h"
#include "assets/AssetImportDialog.h"
#include "backups/BackupEventDialog.h"
#include "backups/BackupJobDialog.h"
#include "backups/BackupRules.h"
#include "dialogs/ChangePassphraseDialog.h"
#include "dialogs/CreateVaultDialog.h"
#include "dialogs/RecoveryCodeDialog.h"
#include "dialogs/UnlockDialog.h"
#include "domain/Asset.h"
#include "domain/Backup.h"
#include "domain/Patch.h"
#include "domain/Person.h"
#include "i18n/Language.h"
#include "pages/PeopleImportDialog.h"
#include "pages/PersonDialog.h"
#include "patches/PatchEditorDialog.h"
#include "settings/AppSettings.h"
#include "settings/UiSettings.h"
#include "shell/ShortcutsDialog.h"
#include "shell/UserGuideWindow.h"
#include "training/CampaignDialog.h"
#include "training/DrillImportDialog.h"
#include "vault/Vault.h"
#include "widgets/DiscardGuard.h"
#include "widgets/FormDialog.h"
#include "widgets/PassphraseField.h"

#include "GuiTestSupport.h"
#include "TestSupport.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QMouseEvent>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>

#include <functional>
#include <memory>

using namespace kamae;

namespace {

// The window manager's title bar and the desktop's panel, on top of what
// the dialog itself needs, in device-independent pixels at 150 %.
constexpr int kTitleBar = 32;

struct Maker
{
    const char *name;
    std::function<QWidget *()> make;
    bool edits; // asks before discarding
};

domain::Asset sampleAsset()
{
    domain::Asset a;
    a.id = 7;
    a.name = QStringLiteral("販売管理サーバー");
    a.kind = domain::AssetKind::Device;
    a.ownerDepartment = QStringLiteral("総務部");
    a.confidentiality = 3;
    a.integrity = 2;
    a.availability = 3;
    a.vendor = QStringLiteral("Microsoft");
    a.product = QStringLiteral("Windows Server 2019");
    return a;
}

QVector<domain::Person> samplePeople()
{
    domain::Person p;
    p.id = 1;
    p.name = QStringLiteral("佐藤 花子");
    p.department = QStringLiteral("総務部");
    domain::Person d;
    d.id = 2;
    d.kind = domain::PersonKind::Department;
    d.name = QStringLiteral("総務部");
    return {p, d};
}

domain::BackupJob sampleJob()
{
    domain::BackupJob job;
    job.id = 3;
    job.name = QStringLiteral("会計データを NAS へ");
    job.method = QStringLiteral("Windows Server バックアップ");
    job.schedule = domain::Schedule::everyNDays(1);
    job.started = QDate(2026, 1, 5);
    domain::BackupCopy nas;
    nas.media = domain::BackupMedia::Nas;
    nas.label = QStringLiteral("社内 NAS");
    domain::BackupCopy usb;
    usb.media = domain::BackupMedia::ExternalDisk;
    usb.offline = true;
    usb.label = QStringLiteral("金庫の USB ディスク");
    job.copies = {nas, usb};
    job.assetIds = {7};
    return job;
}

// The letters a widget's text offers with Alt: "&Passphrase:" → P,
// "パスフレーズ(&P):" → P. Empty if none.
QChar mnemonicOf(const QString &text)
{
    for (int i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) == QLatin1Char('&')) {
            ++i;
            continue;
        }
        return text.at(i + 1).toUpper();
    }
    return {};
}

// Whether `widget` stands in `layout`, or inside a widget that does.
bool inLayout(const QLayout *layout, const QWidget *widget)
{
    for (int i = 0; i < layout->count(); ++i) {
        QLayoutItem *item = layout->itemAt(i);
        if (QWidget *w = item->widget(); w && (w == widget || w->isAncestorOf(widget)))
            return true;
        if (const QLayout *inner = item->layout(); inner && inLayout(inner, widget))
            return true;
    }
    return false;
}

bool holdsFocus(QWidget *buddy)
{
    QWidget *focus = QApplication::focusWidget();
    return focus && (focus == buddy || buddy->isAncestorOf(focus));
}

} // namespace

class TestUiDialogs final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void theScreenIsALaptopAt150Percent();
    void everyDialogFitsTheScreen_data();
    void everyDialogFitsTheScreen();
    void escapeAsksOnlyAfterAnEdit_data();
    void escapeAsksOnlyAfterAnEdit();
    void personDialogEditsEmailAndPhone();
    void closingTheWindowAsksToo();
    void createVaultTabOrderFollowsTheEye();
    void fieldLabelsFollowTheLanguage();
    void editorTabOrderFollowsTheColumns();
    void mnemonicsReachTheirFields_data();
    void mnemonicsReachTheirFields();
    void mnemonicsAreUniqueInEachDialog_data();
    void mnemonicsAreUniqueInEachDialog();
    void guideContentsAreNeverCutShort_data();
    void guideContentsAreNeverCutShort();
    void guideKeepsTheContentsWidthGiven();
    void everyFieldLabelHasAMnemonic_data();
    void everyFieldLabelHasAMnemonic();
    void mnemonicsOfColumnNamesFollowTheStyle();

private:
    QList<Maker> makers();
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<vault::Vault> m_vault;
    QString m_csv;
};

void TestUiDialogs::initTestCase()
{
    test::setTestApplication("tst_ui_dialogs");
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    vault::VaultStatus status;
    QString code;
    m_vault = vault::Vault::create(QDir(m_dir->path()).filePath(QStringLiteral("d.kamae")),
                                   QStringLiteral("correct horse battery staple"),
                                   QStringLiteral("株式会社テスト"), test::cheapOptions(), &code,
                                   &status);
    QVERIFY2(m_vault, qPrintable(status.message()));
    m_csv = QDir(m_dir->path()).filePath(QStringLiteral("台帳.csv"));
    QVERIFY(test::writeFile(
        m_csv, QStringLiteral("業務分類,情報資産名称,管理部署,媒体・保存先,機密性,完全性,可用性\r\n"
                              "営業,見積書,営業部,本社書庫,2,2,1\r\n")
                   .toUtf8()));
}

void TestUiDialogs::init()
{
    i18n::applyLanguage(QStringLiteral("en"));
}

void TestUiDialogs::cleanup()
{
    while (QWidget *modal = QApplication::activeModalWidget())
        modal->close();
    i18n::applyLanguage(QStringLiteral("en"));
}

QList<Maker> TestUiDialogs::makers()
{
    const QString vaultPath = m_vault->path();
    vault::Vault *heldVault = m_vault.get();
    const QString csv = m_csv;
    return {
        {"CreateVaultDialog", [] { return new ui::CreateVaultDialog; }, true},
        {"UnlockDialog", [vaultPath] { return new ui::UnlockDialog(vaultPath); }, false},
        {"ChangePassphraseDialog",
         [heldVault] { return new ui::ChangePassphraseDialog(*heldVault, true); }, false},
        {"RecoveryCodeDialog",
         [vaultPath] {
             return new ui::RecoveryCodeDialog(QStringLiteral("KWT6-3SWD-3V3R-G629-YAS6-YWCT"),
                                               QStringLiteral("株式会社テスト"), vaultPath);
         },
         false},
        {"AssetEditorDialog",
         [] {
             auto *d = new ui::AssetEditorDialog(sampleAsset(), {QStringLiteral("総務部")});
             d->setPeople(samplePeople());
             return d;
         },
         true},
        {"AssetImportDialog", [csv] { return new ui::AssetImportDialog(csv); }, false},
        {"PeopleImportDialog", [csv] { return new ui::PeopleImportDialog(csv, samplePeople()); },
         false},
        {"PatchEditorDialog",
         [] {
             domain::PatchItem item;
             item.assetId = 7;
             item.product = QStringLiteral("Windows Server 2019");
             auto *d = new ui::PatchEditorDialog(item, {sampleAsset()}, domain::PatchPolicy());
             d->setPeople(samplePeople());
             return d;
         },
         true},
        {"RiskAcceptDialog", [] { return new ui::RiskAcceptDialog(3); }, true},
        {"BackupJobDialog",
         [] {
             auto *d = new ui::BackupJobDialog(sampleJob(), backups::JobLog(), {sampleAsset()});
             d->setPeople(samplePeople());
             return d;
         },
         true},
        {"BackupEventDialog (restore test)",
         [] {
             domain::BackupEvent e;
             e.jobId = 3;
             e.kind = domain::BackupEventKind::RestoreTest;
             return ui::makeBackupEventDialog(e, sampleJob().name).release();
         },
         true},
        {"BackupEventDialog (air-gap check)",
         [] {
             domain::BackupEvent e;
             e.jobId = 3;
             e.kind = domain::BackupEventKind::AirGapCheck;
             return ui::makeBackupEventDialog(e, sampleJob().name).release();
         },
         true},
        {"PersonDialog",
         [] {
             return ui::makePersonDialog(samplePeople().first(), {QStringLiteral("総務部")},
                                         nullptr)
                 .release();
         },
         true},
        {"CampaignDialog",
         [] { return ui::makeCampaignDialog(domain::PhishingCampaign()).release(); }, true},
        {"DrillImportDialog",
         [heldVault] {
             return new ui::DrillImportDialog(
                 heldVault->database(), {},
                 QStringLiteral(KAMAE_TEST_DATA "/training/Invoice drill 2026-10 - Results.csv"));
         },
         false},
        {"ShortcutsDialog", [] { return new ui::ShortcutsDialog({}, false); }, false},
        {"UserGuideWindow",
         [] {
             auto *w = new ui::UserGuideWindow;
             w->showGuide();
             return w;
         },
         false},
    };
}

void TestUiDialogs::theScreenIsALaptopAt150Percent()
{
    const QScreen *screen = QGuiApplication::primaryScreen();
    QVERIFY(screen);
    QCOMPARE(screen->devicePixelRatio(), 1.5);
    // 1280×720 physical pixels are 853×480 at 150 %.
    QVERIFY2(qAbs(screen->geometry().width() - 853) <= 1 &&
                 qAbs(screen->geometry().height() - 480) <= 1,
             qPrintable(QStringLiteral("%1×%2")
                            .arg(screen->geometry().width())
                            .arg(screen->geometry().height())));
}

void TestUiDialogs::everyDialogFitsTheScreen_data()
{
    QTest::addColumn<int>("index");
    QTest::addColumn<QString>("language");
    const auto all = makers();
    for (int i = 0; i < all.size(); ++i)
        for (const char *lang : {"ja", "en"})
            QTest::addRow("%s %s", all.at(i).name, lang) << i << QString::fromLatin1(lang);
}

void TestUiDialogs::everyDialogFitsTheScreen()
{
    QFETCH(int, index);
    QFETCH(QString, language);
    i18n::applyLanguage(language);
    std::unique_ptr<QWidget> dialog(makers().at(index).make());
    const QSize room =
        QGuiApplication::primaryScreen()->availableGeometry().size() - QSize(0, kTitleBar);
    const QSize hint = dialog->sizeHint();
    QVERIFY2(hint.width() <= room.width() && hint.height() <= room.height(),
             qPrintable(QStringLiteral("size hint %1×%2 > %3×%4")
                            .arg(hint.width())
                            .arg(hint.height())
                            .arg(room.width())
                            .arg(room.height())));
    dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
    QCoreApplication::processEvents();
    const QSize size = dialog->size();
    QVERIFY2(size.width() <= room.width() && size.height() <= room.height(),
             qPrintable(QStringLiteral("opens at %1×%2 > %3×%4")
                            .arg(size.width())
                            .arg(size.height())
                            .arg(room.width())
                            .arg(room.height())));

    // A body scrolls down, never sideways: what does not fit the width is
    // wrapped or narrowed, not cut off at the right.
    for (QScrollArea *area : dialog->findChildren<QScrollArea *>()) {
        if (!area->isVisible() || !area->widget())
            continue;
        QVERIFY2(!area->horizontalScrollBar()->isVisible(),
                 qPrintable(QStringLiteral("%1 scrolls sideways").arg(area->objectName())));
        QVERIFY2(area->widget()->width() <= area->viewport()->width(),
                 qPrintable(QStringLiteral("%1 cuts its content: %2 > %3")
                                .arg(area->objectName())
                                .arg(area->widget()->width())
                                .arg(area->viewport()->width())));
    }

    // Nothing a person has to read is cut off: a label without word wrap,
    // a button or a check box is at least as wide as its text needs.
    QStringList clipped;
    for (QWidget *w : dialog->findChildren<QWidget *>()) {
        if (!w->isVisible() || w->window() != dialog.get())
            continue;
        // Inside a table or a text view nothing is lost: it scrolls. (A
        // scroll area's body does not scroll sideways: it counts.)
        bool scrolls = false;
        for (QWidget *p = w->parentWidget(); p && p != dialog.get(); p = p->parentWidget())
            scrolls = scrolls || (p->objectName() == QLatin1String("qt_scrollarea_viewport") &&
                                  !qobject_cast<QScrollArea *>(p->parentWidget()));
        if (scrolls)
            continue;
        QString text;
        // A field shows what it holds whole (a product name, an id), not
        // its middle: the form wraps or stacks instead of narrowing it.
        // A file's path is the exception: it is as long as the disk makes it
        // (this checkout's path too), so its field scrolls and its tooltip
        // shows it whole.
        if (auto *edit = qobject_cast<QLineEdit *>(w);
            edit && edit->property("kamaeFilePath").toBool()) {
            QCOMPARE(edit->toolTip(), QDir::toNativeSeparators(edit->text()));
            continue;
        }
        if (auto *edit = qobject_cast<QLineEdit *>(w);
            edit && !qobject_cast<QComboBox *>(edit->parentWidget()) &&
            !qobject_cast<QAbstractSpinBox *>(edit->parentWidget())) {
            const QString shown = edit->text().isEmpty() ? edit->placeholderText() : edit->text();
            const int need = edit->fontMetrics().horizontalAdvance(shown) + 12;
            if (!shown.isEmpty() && edit->width() < need)
                clipped << QStringLiteral("field %1 \"%2\" (%3 < %4)")
                               .arg(edit->objectName(), shown.left(40))
                               .arg(edit->width())
                               .arg(need);
            continue;
        }
        if (auto *label = qobject_cast<QLabel *>(w)) {
            if (label->text().isEmpty() || !label->pixmap().isNull())
                continue;
            if (label->wordWrap()) {
                if (label->height() + 1 < label->heightForWidth(label->width()))
                    clipped << QStringLiteral("wrapped label \"%1\"").arg(label->text().left(40));
                continue;
            }
            text = label->text();
        } else if (auto *button = qobject_cast<QAbstractButton *>(w)) {
            text = button->text();
        } else {
            continue;
        }
        if (!text.isEmpty() && w->width() + 1 < w->minimumSizeHint().width())
            clipped << QStringLiteral("%1 \"%2\" (%3 < %4)")
                           .arg(QString::fromLatin1(w->metaObject()->className()), text.left(40))
                           .arg(w->width())
                           .arg(w->minimumSizeHint().width());
    }
    QVERIFY2(clipped.isEmpty(), qPrintable(clipped.join(QStringLiteral("; "))));
}

void TestUiDialogs::escapeAsksOnlyAfterAnEdit_data()
{
    QTest::addColumn<int>("index");
    const auto all = makers();
    for (int i = 0; i < all.size(); ++i)
        if (all.at(i).edits)
            QTest::addRow("%s", all.at(i).name) << i;
}

void TestUiDialogs::escapeAsksOnlyAfterAnEdit()
{
    QFETCH(int, index);
    const Maker maker = makers().at(index);
    // Untouched: Esc closes at once.
    {
        std::unique_ptr<QWidget> widget(maker.make());
        auto *dialog = qobject_cast<QDialog *>(widget.get());
        QVERIFY(dialog);
        dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        QTest::keyClick(dialog, Qt::Key_Escape);
        QVERIFY(!dialog->isVisible());
        QCOMPARE(dialog->result(), int(QDialog::Rejected));
    }
    // Edited: Esc asks; "Keep editing" keeps it, "Discard changes" closes.
    std::unique_ptr<QWidget> widget(maker.make());
    auto *dialog = qobject_cast<QDialog *>(widget.get());
    dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QWidget *field = nullptr;
    for (QWidget *w : dialog->findChildren<QWidget *>()) {
        if (!w->isVisible() || !w->isEnabled())
            continue;
        auto *line = qobject_cast<QLineEdit *>(w);
        if (line && !line->isReadOnly() && !qobject_cast<QComboBox *>(line->parentWidget()) &&
            !qobject_cast<QAbstractSpinBox *>(line->parentWidget())) {
            field = line;
            break;
        }
        if (auto *plain = qobject_cast<QPlainTextEdit *>(w); plain && !plain->isReadOnly()) {
            field = plain;
            break;
        }
    }
    QVERIFY2(field, "no field to edit");
    QTest::keyClicks(field, QStringLiteral("x"));

    bool asked = false;
    test::onNextModal([&](QWidget *question) {
        asked = question->objectName() == ui::DiscardGuard::questionObjectName();
        auto *box = qobject_cast<QMessageBox *>(question);
        QVERIFY(box);
        for (QAbstractButton *b : box->buttons())
            if (box->buttonRole(b) == QMessageBox::RejectRole)
                b->click();
    });
    QTest::keyClick(dialog, Qt::Key_Escape);
    QTRY_VERIFY(asked);
    QVERIFY(dialog->isVisible());

    asked = false;
    test::onNextModal([&](QWidget *question) {
        asked = true;
        auto *box = qobject_cast<QMessageBox *>(question);
        for (QAbstractButton *b : box->buttons())
            if (box->buttonRole(b) == QMessageBox::DestructiveRole)
                b->click();
    });
    // Cancel, like Esc.
    if (auto *buttons = dialog->findChild<QDialogButtonBox *>();
        buttons && buttons->button(QDialogButtonBox::Cancel))
        QTest::mouseClick(buttons->button(QDialogButtonBox::Cancel), Qt::LeftButton);
    else
        QTest::keyClick(dialog, Qt::Key_Escape);
    QTRY_VERIFY(asked);
    QVERIFY(!dialog->isVisible());

    // Changed and changed back is no change.
    std::unique_ptr<QWidget> again(maker.make());
    auto *third = qobject_cast<QDialog *>(again.get());
    third->show();
    QVERIFY(QTest::qWaitForWindowExposed(third));
    auto *guard = third->findChild<ui::DiscardGuard *>();
    QVERIFY(guard);
    QVERIFY(!guard->isModified());
    if (auto *line = third->findChild<QLineEdit *>(field->objectName())) {
        const QString before = line->text();
        line->setText(before + QStringLiteral("x"));
        QVERIFY(guard->isModified());
        line->setText(before);
        QVERIFY(!guard->isModified());
    }
    QTest::keyClick(third, Qt::Key_Escape);
    QVERIFY(!third->isVisible());
}

// The addresses GoPhish results are matched by are typed here, and kept.
void TestUiDialogs::personDialogEditsEmailAndPhone()
{
    domain::Person original = samplePeople().first();
    original.contact = QStringLiteral("内線 201");
    const auto dialog = ui::makePersonDialog(original, {}, nullptr);
    dialog->findChild<QLineEdit *>(QStringLiteral("emailEdit"))
        ->setText(QStringLiteral(" taro@example.co.jp "));
    dialog->findChild<QLineEdit *>(QStringLiteral("phoneEdit"))
        ->setText(QStringLiteral("03-1234-5678"));
    const domain::Person edited = dialog->record();
    QCOMPARE(edited.email, QStringLiteral("taro@example.co.jp"));
    QCOMPARE(edited.phone, QStringLiteral("03-1234-5678"));
    QCOMPARE(edited.contact, original.contact);
}

void TestUiDialogs::closingTheWindowAsksToo()
{
    const auto person = ui::makePersonDialog(samplePeople().first(), {}, nullptr);
    QDialog &dialog = *person;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.findChild<QLineEdit *>(QStringLiteral("roleEdit"))->setText(QStringLiteral("課長"));
    bool asked = false;
    test::onNextModal([&](QWidget *question) {
        asked = true;
        auto *box = qobject_cast<QMessageBox *>(question);
        for (QAbstractButton *b : box->buttons())
            if (box->buttonRole(b) == QMessageBox::RejectRole)
                b->click();
    });
    dialog.close();
    QTRY_VERIFY(asked);
    QVERIFY(dialog.isVisible());
    // The idle lock closes with done(), which never asks.
    dialog.done(QDialog::Rejected);
    QVERIFY(!dialog.isVisible());
}

// A dialog's labels are made with their texts (addLabelledRow): a language
// switch reaches them without the dialog keeping them.
void TestUiDialogs::fieldLabelsFollowTheLanguage()
{
    ui::CreateVaultDialog dialog;
    const auto labelOf = [&dialog](const char *field) {
        const auto *edit = dialog.findChild<QWidget *>(QLatin1String(field));
        for (const QLabel *label : dialog.findChildren<QLabel *>())
            if (edit && label->buddy() == edit)
                return label->text();
        return QString();
    };
    QCOMPARE(labelOf("organisationEdit"), QStringLiteral("&Organisation:"));
    QCOMPARE(labelOf("pathEdit"), QStringLiteral("&File:"));
    i18n::applyLanguage(QStringLiteral("ja"));
    QTRY_COMPARE(labelOf("organisationEdit"), QStringLiteral("組織名(&O):"));
    QVERIFY(!labelOf("pathEdit").contains(QLatin1String("File")));
    i18n::applyLanguage(QStringLiteral("en"));
    QTRY_COMPARE(labelOf("pathEdit"), QStringLiteral("&File:"));
}

void TestUiDialogs::createVaultTabOrderFollowsTheEye()
{
    ui::CreateVaultDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QApplication::setActiveWindow(&dialog);
    auto *org = dialog.findChild<QLineEdit *>(QStringLiteral("organisationEdit"));
    auto *path = dialog.findChild<QLineEdit *>(QStringLiteral("pathEdit"));
    auto *pass = dialog.findChild<ui::PassphraseField *>(QStringLiteral("passphraseField"));
    auto *repeat = dialog.findChild<ui::PassphraseField *>(QStringLiteral("repeatField"));
    auto *buttons = dialog.findChild<QDialogButtonBox *>();
    QPushButton *browse = nullptr;
    for (QPushButton *b : dialog.findChildren<QPushButton *>())
        if (!buttons->isAncestorOf(b))
            browse = b;
    QVERIFY(org && path && pass && repeat && browse);
    // The OK button is disabled until the form is complete: fill it first.
    org->setText(QStringLiteral("Example Trading"));
    pass->setText(QStringLiteral("correct horse battery staple"));
    repeat->setText(QStringLiteral("correct horse battery staple"));

    org->setFocus();
    const QList<QWidget *> expected = {
        org,
        path,
        browse,
        pass->lineEdit(),
        repeat->lineEdit(),
        buttons->button(QDialogButtonBox::Ok),
        buttons->button(QDialogButtonBox::Cancel),
        org,
    };
    QCOMPARE(QApplication::focusWidget(), org);
    for (int i = 1; i < expected.size(); ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QVERIFY2(QApplication::focusWidget() == expected.at(i),
                 qPrintable(
                     QStringLiteral("step %1: %2")
                         .arg(i)
                         .arg(QApplication::focusWidget()
                                  ? QApplication::focusWidget()->objectName() + QLatin1Char(' ') +
                                        QString::fromLatin1(
                                            QApplication::focusWidget()->metaObject()->className())
                                  : QStringLiteral("nothing"))));
    }
}

void TestUiDialogs::editorTabOrderFollowsTheColumns()
{
    ui::AssetEditorDialog dialog(sampleAsset(), {});
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QApplication::setActiveWindow(&dialog);
    auto *notes = dialog.findChild<QPlainTextEdit *>(QStringLiteral("notesEdit"));
    auto *location = dialog.findChild<QLineEdit *>(QStringLiteral("locationEdit"));
    auto *retention = dialog.findChild<QLineEdit *>(QStringLiteral("retentionEdit"));
    auto *personal = dialog.findChild<QComboBox *>(QStringLiteral("personalCombo"));
    // Down the left column: the location, then the retention below it …
    location->setFocus();
    QTest::keyClick(location, Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), retention);
    // … and from its last field to the top of the right column.
    notes->setFocus();
    QTest::keyClick(notes, Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), personal);
}

void TestUiDialogs::mnemonicsReachTheirFields_data()
{
    everyDialogFitsTheScreen_data(); // every dialog, in both languages
}

void TestUiDialogs::mnemonicsReachTheirFields()
{
    QFETCH(int, index);
    QFETCH(QString, language);
    i18n::applyLanguage(language);
    std::unique_ptr<QWidget> dialog(makers().at(index).make());
    dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
    QApplication::setActiveWindow(dialog.get());
    int tried = 0;
    for (QLabel *label : dialog->findChildren<QLabel *>()) {
        const QChar letter = mnemonicOf(label->text());
        if (letter.isNull() || !label->isVisible())
            continue;
        QWidget *buddy = label->buddy();
        QVERIFY2(buddy, qPrintable(QStringLiteral("\"%1\" has no field").arg(label->text())));
        QVERIFY2(
            buddy->focusPolicy() != Qt::NoFocus,
            qPrintable(QStringLiteral("the field of \"%1\" takes no focus").arg(label->text())));
        // A field that waits for another choice ("Applied on" before the
        // status says so) takes no focus until then.
        if (!buddy->isEnabled())
            continue;
        // Start somewhere else, then press Alt and the letter.
        for (QWidget *w : dialog->findChildren<QWidget *>())
            if (w != buddy && !buddy->isAncestorOf(w) && w->focusPolicy() != Qt::NoFocus &&
                w->isVisible() && w->isEnabled() && !w->focusProxy()) {
                w->setFocus();
                break;
            }
        QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : dialog.get(),
                        Qt::Key(Qt::Key_A + (letter.unicode() - 'A')), Qt::AltModifier);
        QVERIFY2(holdsFocus(buddy),
                 qPrintable(QStringLiteral("Alt+%1 (\"%2\") did not reach its field")
                                .arg(letter)
                                .arg(label->text())));
        ++tried;
    }
    if (tried == 0)
        QSKIP("no labels with mnemonics");
}

void TestUiDialogs::mnemonicsAreUniqueInEachDialog_data()
{
    mnemonicsReachTheirFields_data();
}

void TestUiDialogs::mnemonicsAreUniqueInEachDialog()
{
    QFETCH(int, index);
    QFETCH(QString, language);
    i18n::applyLanguage(language);
    std::unique_ptr<QWidget> dialog(makers().at(index).make());
    dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
    QHash<QChar, QStringList> owners;
    auto note = [&](const QString &text) {
        const QChar letter = mnemonicOf(text);
        if (!letter.isNull())
            owners[letter] << text;
    };
    for (QWidget *w : dialog->findChildren<QWidget *>()) {
        if (!w->isVisible() || w->window() != dialog.get())
            continue;
        if (auto *label = qobject_cast<QLabel *>(w); label && label->buddy())
            note(label->text());
        else if (auto *button = qobject_cast<QAbstractButton *>(w))
            note(button->text());
        else if (auto *group = qobject_cast<QGroupBox *>(w))
            note(group->title());
        else if (auto *tabs = qobject_cast<QTabBar *>(w))
            for (int t = 0; t < tabs->count(); ++t)
                note(tabs->tabText(t));
    }
    QStringList clashes;
    for (auto it = owners.cbegin(); it != owners.cend(); ++it)
        if (it.value().size() > 1)
            clashes << QStringLiteral("Alt+%1: %2")
                           .arg(it.key())
                           .arg(it.value().join(QStringLiteral(" / ")));
    QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QStringLiteral("; "))));
}

void TestUiDialogs::guideContentsAreNeverCutShort_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("document");
    for (const char *lang : {"ja", "en"}) {
        QTest::addRow("guide %s", lang) << QString::fromLatin1(lang) << QString();
        // The documents the guide links to have longer headings.
        QTest::addRow("scoring.md %s", lang)
            << QString::fromLatin1(lang) << QStringLiteral("scoring.md");
    }
}

// The contents of the guide at 150 % on a 1280×720 screen: each heading is
// shown whole, or ends in "…" with the whole of it in its tooltip; none runs
// off under a scroll bar.
void TestUiDialogs::guideContentsAreNeverCutShort()
{
    QFETCH(QString, language);
    QFETCH(QString, document);
    settings::guideSplitter.remove();
    i18n::applyLanguage(language);
    ui::UserGuideWindow guide;
    guide.showGuide();
    QVERIFY(QTest::qWaitForWindowExposed(&guide));
    if (!document.isEmpty())
        guide.openLink(QUrl(document));
    QCoreApplication::processEvents();
    auto *contents = guide.findChild<QTreeWidget *>(QStringLiteral("guideContents"));
    QVERIFY(contents);
    QVERIFY(contents->topLevelItemCount() > 2);
    QCOMPARE(contents->horizontalScrollBar()->maximum(), 0);
    // Up to two fifths of the window, the pane is as wide as its headings.
    const int wanted = static_cast<const QAbstractItemView *>(contents)->sizeHintForColumn(0);
    QVERIFY2(contents->viewport()->width() >= std::min(wanted, guide.width() * 2 / 5 - 40),
             qPrintable(QStringLiteral("%1 < %2").arg(contents->viewport()->width()).arg(wanted)));

    QStringList cut;
    int elided = 0;
    for (QTreeWidgetItemIterator it(contents); *it; ++it) {
        const QTreeWidgetItem *item = *it;
        const QRect cell = contents->visualItemRect(item);
        const QString text = item->text(0);
        if (cell.right() > contents->viewport()->width())
            cut << QStringLiteral("runs off: %1").arg(text);
        // The text and the item's margins (about a character).
        const int needed = contents->fontMetrics().horizontalAdvance(text) +
                           contents->fontMetrics().averageCharWidth();
        if (needed <= cell.width())
            continue;
        ++elided;
        if (item->toolTip(0) != text)
            cut << QStringLiteral("no tooltip: %1").arg(text);
    }
    QVERIFY2(cut.isEmpty(), qPrintable(cut.join(QStringLiteral("; "))));
    qDebug("%d of the headings end in an ellipsis", elided);
}

void TestUiDialogs::guideKeepsTheContentsWidthGiven()
{
    settings::guideSplitter.remove();
    int given = 0;
    {
        ui::UserGuideWindow guide;
        guide.showGuide();
        QVERIFY(QTest::qWaitForWindowExposed(&guide));
        auto *splitter = guide.findChild<QSplitter *>(QStringLiteral("guideSplitter"));
        QVERIFY(splitter);
        const int before = splitter->sizes().constFirst();
        // Drag the handle 60 pixels to the right, as a person does.
        QWidget *handle = splitter->handle(1);
        const QPoint from = handle->rect().center();
        const QPoint to = from + QPoint(60, 0);
        const auto send = [handle](QEvent::Type type, const QPoint &at, Qt::MouseButton button,
                                   Qt::MouseButtons buttons) {
            QMouseEvent event(type, at, handle->mapToGlobal(at), button, buttons, Qt::NoModifier);
            QApplication::sendEvent(handle, &event);
        };
        send(QEvent::MouseButtonPress, from, Qt::LeftButton, Qt::LeftButton);
        send(QEvent::MouseMove, to, Qt::NoButton, Qt::LeftButton);
        send(QEvent::MouseButtonRelease, to, Qt::LeftButton, Qt::NoButton);
        given = splitter->sizes().constFirst();
        QVERIFY2(given > before + 30, qPrintable(QStringLiteral("%1 → %2").arg(before).arg(given)));
        // Another document keeps it too.
        guide.openLink(QUrl(QStringLiteral("backups.md")));
        QCOMPARE(splitter->sizes().constFirst(), given);
    }
    // And the next window.
    ui::UserGuideWindow again;
    again.showGuide();
    QVERIFY(QTest::qWaitForWindowExposed(&again));
    QCOMPARE(again.findChild<QSplitter *>(QStringLiteral("guideSplitter"))->sizes().constFirst(),
             given);
    settings::guideSplitter.remove();
}

void TestUiDialogs::everyFieldLabelHasAMnemonic_data()
{
    mnemonicsReachTheirFields_data();
}

// Every label that names a field (a form's row, or a "Sheet:" beside its
// combo box) has a letter, and the letter leads to that field.
void TestUiDialogs::everyFieldLabelHasAMnemonic()
{
    QFETCH(int, index);
    QFETCH(QString, language);
    i18n::applyLanguage(language);
    std::unique_ptr<QWidget> dialog(makers().at(index).make());
    QStringList missing;
    QSet<QLabel *> rowLabels;
    for (QFormLayout *form : dialog->findChildren<QFormLayout *>()) {
        for (int row = 0; row < form->rowCount(); ++row) {
            QLayoutItem *labelItem = form->itemAt(row, QFormLayout::LabelRole);
            QLayoutItem *fieldItem = form->itemAt(row, QFormLayout::FieldRole);
            auto *label = labelItem ? qobject_cast<QLabel *>(labelItem->widget()) : nullptr;
            if (!label || !fieldItem || label->isHidden() || label->text().isEmpty())
                continue;
            rowLabels.insert(label);
            QWidget *buddy = label->buddy();
            const bool reaches =
                buddy && (fieldItem->widget() ? fieldItem->widget() == buddy ||
                                                    fieldItem->widget()->isAncestorOf(buddy)
                                              : inLayout(fieldItem->layout(), buddy));
            if (mnemonicOf(label->text()).isNull() || !reaches)
                missing << label->text();
        }
    }
    for (QLabel *label : dialog->findChildren<QLabel *>()) {
        const QString text = label->text().trimmed();
        if (rowLabels.contains(label) || label->isHidden() || !text.endsWith(QLatin1Char(':')))
            continue;
        if (mnemonicOf(text).isNull() || !label->buddy())
            missing << text;
    }
    QVERIFY2(missing.isEmpty(),
             qPrintable(QStringLiteral("no letter, or not leading to its field: ") +
                        missing.join(QStringLiteral(" / "))));
}

void TestUiDialogs::mnemonicsOfColumnNamesFollowTheStyle()
{
    // English: the letter where it stands, at a word's start if it can.
    QCOMPARE(ui::withMnemonic(QStringLiteral("Vendor"), u'V'), QStringLiteral("&Vendor"));
    QCOMPARE(ui::withMnemonic(QStringLiteral("Personal data"), u'D'),
             QStringLiteral("Personal &data"));
    QCOMPARE(ui::withMnemonic(QStringLiteral("Owner department"), u'W'),
             QStringLiteral("O&wner department"));
    QCOMPARE(ui::withMnemonic(QStringLiteral("R&D"), u'D'), QStringLiteral("R&&&D"));
    // Japanese: "(&V)" at the end (docs/translation-style.md), even when a
    // Latin letter stands in the label.
    QCOMPARE(ui::withMnemonic(QStringLiteral("ベンダー"), u'V'), QStringLiteral("ベンダー(&V)"));
    QCOMPARE(ui::withMnemonic(QStringLiteral("CVSS スコア"), u'S'),
             QStringLiteral("CVSS スコア(&S)"));
}

int main(int argc, char *argv[])
{
    // A 1280×720 screen at 150 %, the smallest the window is made for.
    QTemporaryDir config;
    const QString screens = QDir(config.path()).filePath(QStringLiteral("screens.json"));
    {
        QFile f(screens);
        if (!f.open(QIODevice::WriteOnly))
            return 1;
        f.write(R"({"synchronousWindowSystemEvents": false, "windowFrameMargins": true,
                    "screens": [{"name": "Laptop", "x": 0, "y": 0, "width": 1280,
                                 "height": 720, "logicalDpi": 96, "logicalBaseDpi": 96,
                                 "dpr": 1}]})");
    }
    qputenv("QT_QPA_PLATFORM", "offscreen:configfile=" + screens.toLocal8Bit());
    qputenv("QT_SCALE_FACTOR", "1.5");
    QApplication app(argc, argv);
    TestUiDialogs test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_ui_dialogs.moc"
