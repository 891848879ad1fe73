<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>kamae::assets::AssetJson</name>
    <message>
        <source>The listing could not be written: %1</source>
        <translation>一覧を書き出せませんでした: %1</translation>
    </message>
</context>
<context>
    <name>kamae::backups::BackupDeskText</name>
    <message>
        <source>Copied to %1 (%2 bytes) and read back intact.</source>
        <translation>%1 にコピーし（%2 バイト）、読み戻して破損がないことを確認しました。</translation>
    </message>
    <message>
        <source>The copy reads back intact. Disconnect the drive and keep it away from the network.</source>
        <translation>コピーを読み戻し、破損がないことを確認しました。ドライブを取り外し、ネットワークから離して保管してください。</translation>
    </message>
    <message>
        <source>The vault was copied to %1 and the copy was read back intact. Now disconnect the drive and keep it somewhere safe, away from this computer.</source>
        <translation>保管庫を %1 にコピーし、読み戻して破損がないことを確認しました。ドライブを取り外し、このコンピューターから離れた安全な場所に保管してください。</translation>
    </message>
    <message>
        <source>The copy could not be logged: %1</source>
        <translation>コピーを記録できませんでした: %1</translation>
    </message>
    <message>
        <source>Opened the whole vault from %1 and checked it: intact.</source>
        <translation>%1 から保管庫全体を開いて確認しました。破損はありません。</translation>
    </message>
    <message>
        <source>The whole vault, from %1</source>
        <translation>保管庫全体（%1）</translation>
    </message>
    <message>
        <source>The copy %1 is intact. Its newest change is from %2.</source>
        <translation>コピー %1 に破損はありません。最新の変更は %2 のものです。</translation>
    </message>
    <message>
        <source>The copy %1 is intact.</source>
        <translation>コピー %1 に破損はありません。</translation>
    </message>
    <message>
        <source>The copy %1 failed the check: %2 Make a new copy on another drive.</source>
        <translation>コピー %1 の検証で問題が見つかりました: %2 別のドライブに新しいコピーを作成してください。</translation>
    </message>
    <message>
        <source>The result could not be logged: %1</source>
        <translation>結果を記録できませんでした: %1</translation>
    </message>
</context>
<context>
    <name>kamae::backups::BackupText</name>
    <message>
        <source>A backup job needs a name.</source>
        <translation>バックアップ計画の名称を入力してください。</translation>
    </message>
    <message>
        <source>The restore test interval must be between 1 and %1 days.</source>
        <translation>復元テストの間隔は 1～%1 日の範囲で指定してください。</translation>
    </message>
    <message>
        <source>The air-gap check interval must be between 1 and %1 days.</source>
        <translation>オフライン保管の確認の間隔は 1～%1 日の範囲で指定してください。</translation>
    </message>
    <message>
        <source>The number of generations kept must be between 0 and 100000.</source>
        <translation>保存世代数は 0～100000 の範囲で指定してください。</translation>
    </message>
    <message>
        <source>A job can list at most %1 copies.</source>
        <translation>1 つの計画に登録できるコピーは %1 個までです。</translation>
    </message>
    <message>
        <source>The job needs the date it started.</source>
        <translation>計画の開始日を入力してください。</translation>
    </message>
    <message>
        <source>The record does not belong to a backup job.</source>
        <translation>この記録はどのバックアップ計画にも属していません。</translation>
    </message>
    <message>
        <source>The record needs a date.</source>
        <translation>記録の日付を入力してください。</translation>
    </message>
    <message>
        <source>The date %1 is in the future; record what has happened.</source>
        <translation>%1 は未来の日付です。実施済みの内容を記録してください。</translation>
    </message>
    <message>
        <source>The duration must be between 0 minutes and 30 days.</source>
        <translation>所要時間は 0 分～30 日の範囲で入力してください。</translation>
    </message>
    <message>
        <source>Kamae vault</source>
        <translation>Kamae 保管庫</translation>
    </message>
    <message>
        <source>Backups → Copy vault to offline media</source>
        <translation>「バックアップ」→「保管庫をオフライン媒体にコピー」</translation>
    </message>
    <message>
        <source>Previous generation beside the vault file (.bak)</source>
        <translation>保管庫ファイルと同じフォルダーの前回版（.bak）</translation>
    </message>
    <message>
        <source>USB drive kept disconnected</source>
        <translation>取り外して保管する USB ドライブ</translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation>、</translation>
    </message>
    <message numerus="yes">
        <source>The copies use %n kinds of media (%1).</source>
        <translation>
            <numerusform>コピーの媒体は %n 種類です（%1）。</numerusform>
        </translation>
    </message>
    <message>
        <source>No backup copy is listed, so no media either.</source>
        <translation>バックアップのコピーが登録されていないため、媒体もありません。</translation>
    </message>
    <message>
        <source>Every copy is on the same kind of media (%1); one failure or one attack on that kind can take them all. Use a second kind, such as a USB disk beside a NAS.</source>
        <translation>すべてのコピーが同じ種類の媒体（%1）にあります。その媒体に障害や攻撃が一度起きるだけで、すべて失われるおそれがあります。NAS に加えて USB ディスクを使うなど、2 種類目の媒体を用意してください。</translation>
    </message>
    <message>
        <source>Kept off-site: %1.</source>
        <translation>遠隔地保管: %1。</translation>
    </message>
    <message>
        <source>No copy is kept off-site or in the cloud; a fire, flood or theft at the office would take every copy.</source>
        <translation>遠隔地にもクラウドにもコピーがありません。事務所で火災・水害・盗難が起きると、すべてのコピーが失われます。</translation>
    </message>
    <message>
        <source>Kept offline (air-gapped): %1.</source>
        <translation>オフライン保管（ネットワークから隔離）: %1。</translation>
    </message>
    <message>
        <source>Kept immutable: %1.</source>
        <translation>改ざん防止（イミュータブル）保管: %1。</translation>
    </message>
    <message>
        <source>No copy is offline (air-gapped) or immutable; ransomware encrypts every copy it can reach over the network.</source>
        <translation>オフライン保管（ネットワークから隔離）や改ざん防止（イミュータブル）保管のコピーがありません。ランサムウェアは、ネットワーク経由でアクセスできるコピーをすべて暗号化してしまいます。</translation>
    </message>
    <message>
        <source>No restore test is recorded: nobody knows yet whether this backup can be restored.</source>
        <translation>復元テストの記録がありません。このバックアップから復元できるかどうか、まだ誰も確認していません。</translation>
    </message>
    <message>
        <source>The last restore test (%1) restored without errors.</source>
        <translation>前回の復元テスト（%1）では、エラーなく復元できました。</translation>
    </message>
    <message>
        <source>The last restore test (%1) finished with errors; fix the cause and test again.</source>
        <translation>前回の復元テスト（%1）はエラーありで終了しました。原因を取り除いて、もう一度テストしてください。</translation>
    </message>
    <message>
        <source>The last restore test (%1) failed; the backup could not be restored. Fix it and test again.</source>
        <translation>前回の復元テスト（%1）は失敗し、バックアップから復元できませんでした。問題を解決して、もう一度テストしてください。</translation>
    </message>
    <message>
        <source>Other media</source>
        <translation>その他の媒体</translation>
    </message>
    <message>
        <source>Internal disk</source>
        <translation>内蔵ディスク</translation>
    </message>
    <message>
        <source>NAS</source>
        <translation>NAS</translation>
    </message>
    <message>
        <source>External disk (USB)</source>
        <translation>外付けディスク（USB）</translation>
    </message>
    <message>
        <source>Tape</source>
        <translation>テープ</translation>
    </message>
    <message>
        <source>Optical disc</source>
        <translation>光ディスク</translation>
    </message>
    <message>
        <source>Cloud storage</source>
        <translation>クラウドストレージ</translation>
    </message>
    <message>
        <source>On-site</source>
        <translation>社内</translation>
    </message>
    <message>
        <source>Off-site</source>
        <translation>遠隔地</translation>
    </message>
    <message>
        <source>Cloud</source>
        <translation>クラウド</translation>
    </message>
    <message>
        <source>Backup run</source>
        <translation>バックアップ実行記録</translation>
    </message>
    <message>
        <source>Restore test</source>
        <translation>復元テスト</translation>
    </message>
    <message>
        <source>Air-gap check</source>
        <translation>オフライン保管の確認</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>With errors</source>
        <translation>エラーあり</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>3 copies</source>
        <translation>3 つのコピー</translation>
    </message>
    <message>
        <source>2 kinds of media</source>
        <translation>2 種類の媒体</translation>
    </message>
    <message>
        <source>1 off-site</source>
        <translation>1 つは遠隔地</translation>
    </message>
    <message>
        <source>1 offline or immutable</source>
        <translation>1 つはオフラインか改ざん防止</translation>
    </message>
    <message>
        <source>0 restore errors</source>
        <translation>復元エラー 0</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>予定どおり</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>期限間近</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>期限超過</translation>
    </message>
    <message>
        <source>No backup job is recorded yet. Add the backups the company makes, starting with the data it could not work without.</source>
        <translation>バックアップ計画がまだ登録されていません。社内で行っているバックアップを、業務に欠かせないデータのものから順に登録してください。</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n backup jobs meet the 3-2-1-1-0 rule.</source>
        <translation>
            <numerusform>バックアップ計画 %n 件のうち %1 件が 3-2-1-1-0 ルールを満たしています。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) have an overdue run, restore test or air-gap check.</source>
        <translation>
            <numerusform>%n 件の計画で、バックアップ実行・復元テスト・オフライン保管の確認のいずれかが期限超過です。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n important asset(s) (importance 3) are not protected by any backup job.</source>
        <translation>
            <numerusform>重要な資産（重要度 3）%n 件が、どのバックアップ計画でも保護されていません。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 copies: the data itself and %2 backup copies.</source>
        <translation>コピーは %1 つ（元のデータと、バックアップ %2 つ）です。</translation>
    </message>
    <message>
        <source>Only 2 copies: the data itself and one backup copy. Keep at least two backup copies.</source>
        <translation>コピーは 2 つ（元のデータとバックアップ 1 つ）だけです。バックアップを 2 つ以上持ってください。</translation>
    </message>
    <message>
        <source>Only the data itself: no backup copy is listed. Keep at least two backup copies.</source>
        <translation>元のデータしかなく、バックアップのコピーが登録されていません。バックアップを 2 つ以上持ってください。</translation>
    </message>
    <message>
        <source>Not made yet: no copy of the vault is logged (%1)</source>
        <translation>未作成: 保管庫のコピーがまだ記録されていません（%1）</translation>
    </message>
</context>
<context>
    <name>kamae::bcp::BcpChecks</name>
    <message>
        <source>core business %1 (%2)</source>
        <translation>中核事業 %1「%2」</translation>
    </message>
    <message>
        <source>asset #%1</source>
        <translation>資産 #%1</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n 分</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n 時間</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 時間 %2 分</translation>
    </message>
    <message>
        <source>%1: no backup job protects %2.</source>
        <translation>%1: %2を保護するバックアップ計画がありません。</translation>
    </message>
    <message>
        <source>%1: the restore of %2 was never tested (job &quot;%3&quot;).</source>
        <translation>%1: %2の復元テストが一度も成功していません（バックアップ計画「%3」）。</translation>
    </message>
    <message>
        <source>%1: the RTO of %2 is shorter than the %3 the last restore test of %4 took (job &quot;%5&quot;, %6).</source>
        <translation>%1: 目標復旧時間 %2は、「%4」の直近の復元テストにかかった %3より短くなっています（バックアップ計画「%5」、%6）。</translation>
    </message>
    <message>
        <source>%1: the RPO of %2 is shorter than the %3 between backups of %4 (job &quot;%5&quot;).</source>
        <translation>%1: 目標復旧時点 %2は、「%4」のバックアップ間隔 %3より短くなっています（バックアップ計画「%5」）。</translation>
    </message>
    <message>
        <source>%1: the alternative &quot;%2&quot; depends on %3, which the business itself depends on.</source>
        <translation>%1: 代替手段「%2」が、事業そのものが依存する「%3」に依存しています。</translation>
    </message>
    <message>
        <source>The basic policy (Form 02) is not written yet.</source>
        <translation>基本方針（様式02）がまだ書かれていません。</translation>
    </message>
    <message>
        <source>No roles of the emergency organisation (Form 03).</source>
        <translation>緊急時の組織の役割（様式03）がありません。</translation>
    </message>
    <message>
        <source>Nobody holds the role %1.</source>
        <translation>役割「%1」の担当者がいません。</translation>
    </message>
    <message>
        <source>No deputy for %1.</source>
        <translation>「%1」の代理がいません。</translation>
    </message>
    <message>
        <source>The employee emergency card (Form 04) is not written yet.</source>
        <translation>従業員携帯カード（様式04）がまだ書かれていません。</translation>
    </message>
    <message>
        <source>No core business (Form 06) is listed.</source>
        <translation>中核事業（様式06）が登録されていません。</translation>
    </message>
    <message>
        <source>No maximum tolerable outage for %1.</source>
        <translation>%1の最大許容停止時間がありません。</translation>
    </message>
    <message>
        <source>No RTO for %1.</source>
        <translation>%1の目標復旧時間（RTO）がありません。</translation>
    </message>
    <message>
        <source>No RPO for %1.</source>
        <translation>%1の目標復旧時点（RPO）がありません。</translation>
    </message>
    <message>
        <source>The RTO of %1 is longer than its maximum tolerable outage.</source>
        <translation>%1の目標復旧時間が最大許容停止時間より長くなっています。</translation>
    </message>
    <message>
        <source>No asset of the register is linked to %1.</source>
        <translation>%1に情報資産管理台帳の資産が紐付けられていません。</translation>
    </message>
    <message>
        <source>No supplier for %1.</source>
        <translation>%1の仕入先がありません。</translation>
    </message>
    <message>
        <source>No alternative or manual fallback for %1.</source>
        <translation>%1の代替手段（手作業での対応を含む）がありません。</translation>
    </message>
    <message>
        <source>No emergency contacts (Forms 11, 12).</source>
        <translation>緊急連絡先（様式11、12）がありません。</translation>
    </message>
</context>
<context>
    <name>kamae::bcp::BcpCommands</name>
    <message>
        <source>Usage: kamae bcp check VAULT [--json]</source>
        <translation>使い方: kamae bcp check 保管庫ファイル [--json]</translation>
    </message>
    <message>
        <source>Usage: kamae bcp publish VAULT --approver NAME [--note TEXT]</source>
        <translation>使い方: kamae bcp publish 保管庫ファイル --approver 名前 [--note メモ]</translation>
    </message>
    <message>
        <source>BCP check on %1: %2 finding(s) against the records, %3 on completeness.</source>
        <translation>%1 の BCP 確認: 記録との不整合 %2 件、記入漏れ %3 件。</translation>
    </message>
    <message>
        <source>Nobody called &quot;%1&quot; is in the people list.</source>
        <translation>担当者・部署の一覧に「%1」という人はいません。</translation>
    </message>
    <message>
        <source>Published version %1 of the BCP on %2, approved by %3.</source>
        <translation>BCP の第 %1 版を %2 に発行しました（承認: %3）。</translation>
    </message>
    <message>
        <source>  bcp check VAULT [--json]
                             the BCP checked against the assets, backups and
                             restore tests, and what each section leaves out
</source>
        <translation>  bcp check 保管庫ファイル [--json]
                                    BCP を資産・バックアップ・復元テストの記録と照らし合わせ、
                                    各様式の記入漏れを表示
</translation>
    </message>
    <message>
        <source>  bcp publish VAULT --approver NAME [--note TEXT]
                             freeze the draft BCP as its next version, approved
                             by an entry of the people list
</source>
        <translation>  bcp publish 保管庫ファイル --approver 名前 [--note メモ]
                                    BCP の下書きを次の版として確定する（承認者は
                                    担当者・部署の一覧から指定）
</translation>
    </message>
    <message>
        <source>Usage: kamae bcp print VAULT --out FILE.pdf|DIR [--lang ja|en] [--version N] [--part binder|card|calltree|meti]</source>
        <translation>使い方: kamae bcp print 保管庫ファイル --out ファイル.pdf|フォルダー [--lang ja|en] [--version 版番号] [--part binder|card|calltree|meti]</translation>
    </message>
    <message>
        <source>Usage: kamae bcp card VAULT --out FILE.pdf|DIR [--lang ja|en]</source>
        <translation>使い方: kamae bcp card 保管庫ファイル --out ファイル.pdf|フォルダー [--lang ja|en]</translation>
    </message>
    <message>
        <source>--version must be the number of a published version.</source>
        <translation>--version には発行済みの版の番号を指定してください。</translation>
    </message>
    <message>
        <source>--part must be binder, card, calltree or meti.</source>
        <translation>--part には binder、card、calltree、meti のいずれかを指定してください。</translation>
    </message>
    <message>
        <source>Printing needs Qt&apos;s GUI library to lay out its pages.</source>
        <translation>印刷でページをレイアウトするには、Qt の GUI ライブラリが必要です。</translation>
    </message>
    <message>
        <source>There is no published version %1 of the plan.</source>
        <translation>計画の第 %1 版は発行されていません。</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n page(s)).</source>
        <translation>
            <numerusform>%1 を書き出しました（%n ページ）。</numerusform>
        </translation>
    </message>
    <message>
        <source>  bcp print VAULT --out FILE.pdf|DIR [--lang ja|en] [--version N]
            [--part binder|card|calltree|meti]
                             the BCP on A4 in the plan&apos;s language: the binder
                             (default), the emergency card, the call tree or
                             the 事業継続力強化計画 draft; the draft unless
                             --version names a published one
</source>
        <translation>  bcp print 保管庫ファイル --out ファイル.pdf|フォルダー [--lang ja|en] [--version 版番号]
            [--part binder|card|calltree|meti]
                                    BCP を計画の言語で A4 に印刷。計画書（既定）、従業員携帯カード、
                                    連絡網、事業継続力強化計画の下書きのいずれか。--version で発行済みの
                                    版を指定しなければ下書きを印刷
</translation>
    </message>
    <message>
        <source>  bcp card VAULT --out FILE.pdf|DIR [--lang ja|en]
                             the employee emergency card (様式04), two per A4
                             page with a cut line
</source>
        <translation>  bcp card 保管庫ファイル --out ファイル.pdf|フォルダー [--lang ja|en]
                                    従業員携帯カード（様式04）を A4 用紙 1 枚に 2 枚ずつ、切り取り線付きで印刷
</translation>
    </message>
</context>
<context>
    <name>kamae::bcp::BcpFactorText</name>
    <message>
        <source>BCP published and reviewed in the last 12 months</source>
        <translation>直近 12 か月に BCP を発行・見直し</translation>
    </message>
    <message>
        <source>Core businesses with RTO, RPO and their assets</source>
        <translation>中核事業の RTO・RPO と依存する資産</translation>
    </message>
    <message>
        <source>Recovery targets the backups can meet</source>
        <translation>バックアップで達成できる復旧目標</translation>
    </message>
    <message>
        <source>A BCP exercise in the last 12 months</source>
        <translation>直近 12 か月の BCP 訓練</translation>
    </message>
    <message>
        <source>No version of the plan is published.</source>
        <translation>計画の版が発行されていません。</translation>
    </message>
    <message>
        <source>Publish a version of the BCP</source>
        <translation>BCP の版を発行する</translation>
    </message>
    <message numerus="yes">
        <source>Version %1 was published on %2 (%n day(s) ago).</source>
        <translation>
            <numerusform>第 %1 版を %2 に発行しました（%n 日前）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Review the BCP and publish a new version</source>
        <translation>BCP を見直して新しい版を発行する</translation>
    </message>
    <message>
        <source>No core business is listed in the plan.</source>
        <translation>計画に中核事業が登録されていません。</translation>
    </message>
    <message>
        <source>List the core businesses of the BCP</source>
        <translation>BCP の中核事業を登録する</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n core business(es) have an RTO, an RPO and a dependent asset.</source>
        <translation>
            <numerusform>中核事業 %n 件のうち %1 件に目標復旧時間、目標復旧時点、依存する資産があります。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set RTO, RPO and dependent assets for %n core business(es)</source>
        <translation>
            <numerusform>中核事業 %n 件に目標復旧時間・目標復旧時点・依存する資産を設定する</numerusform>
        </translation>
    </message>
    <message>
        <source>No core business is linked to an asset, so nothing can be checked.</source>
        <translation>資産が紐付けられた中核事業がないため、確認できません。</translation>
    </message>
    <message>
        <source>Link the core businesses to their assets</source>
        <translation>中核事業に資産を紐付ける</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n checked core business(es) hold against the backups and restore tests.</source>
        <translation>
            <numerusform>確認した中核事業 %n 件のうち %1 件が、バックアップと復元テストの記録と整合しています。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Resolve the %n finding(s) of the BCP check</source>
        <translation>
            <numerusform>BCP の確認で見つかった %n 件を解消する</numerusform>
        </translation>
    </message>
    <message>
        <source>No BCP exercise is recorded.</source>
        <translation>BCP 訓練の記録がありません。</translation>
    </message>
    <message>
        <source>Hold a BCP exercise and record its findings</source>
        <translation>BCP 訓練を実施して結果を記録する</translation>
    </message>
    <message>
        <source>The last BCP exercise was on %1.</source>
        <translation>直近の BCP 訓練は %1 です。</translation>
    </message>
    <message>
        <source>Hold a BCP exercise (last: %1)</source>
        <translation>BCP 訓練を実施する（前回: %1）</translation>
    </message>
    <message>
        <source>BCP records: version %1 published on %2.</source>
        <translation>BCP の記録: 第 %1 版を %2 に発行。</translation>
    </message>
    <message>
        <source>BCP records: a draft plan exists, but no version is published.</source>
        <translation>BCP の記録: 計画の下書きはありますが、版は発行されていません。</translation>
    </message>
    <message>
        <source>BCP records: reviewed on %1 and exercised on %2.</source>
        <translation>BCP の記録: %1 に見直し、%2 に訓練を実施。</translation>
    </message>
    <message>
        <source>BCP records: no version published in the last 12 months.</source>
        <translation>BCP の記録: 直近 12 か月に発行された版がありません。</translation>
    </message>
    <message>
        <source>BCP records: no exercise in the last 12 months.</source>
        <translation>BCP の記録: 直近 12 か月に訓練がありません。</translation>
    </message>
</context>
<context>
    <name>kamae::bcp::BcpPrint</name>
    <message>
        <source>Not filled in yet.</source>
        <translation>まだ記入されていません。</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>未設定</translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <comment>hours</comment>
        <translation>
            <numerusform>%n 時間</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 yen</source>
        <translation>%1 円</translation>
    </message>
    <message>
        <source>Asset #%1 (no longer in the register)</source>
        <translation>資産 #%1（台帳から削除済み）</translation>
    </message>
    <message>
        <source>Basic policy</source>
        <translation>基本方針</translation>
    </message>
    <message>
        <source>Emergency organisation and roles</source>
        <translation>緊急時の組織体制と役割</translation>
    </message>
    <message>
        <source>Not assigned</source>
        <translation>未定</translation>
    </message>
    <message>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>役割</translation>
    </message>
    <message>
        <source>Duties</source>
        <translation>任務</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>担当者</translation>
    </message>
    <message>
        <source>Deputy</source>
        <translation>代理</translation>
    </message>
    <message>
        <source>Employee emergency card</source>
        <translation>従業員携帯カード</translation>
    </message>
    <message>
        <source>The card to hand out is printed at the end of this binder.</source>
        <translation>配布用のカードは、この計画書の末尾に印刷しています。</translation>
    </message>
    <message>
        <source>Core businesses</source>
        <translation>中核事業</translation>
    </message>
    <message>
        <source>Maximum tolerable outage</source>
        <translation>最大許容停止時間</translation>
    </message>
    <message>
        <source>Recovery time objective (RTO)</source>
        <translation>目標復旧時間（RTO）</translation>
    </message>
    <message>
        <source>Recovery point objective (RPO)</source>
        <translation>目標復旧時点（RPO）</translation>
    </message>
    <message>
        <source>No asset of the register is linked.</source>
        <translation>台帳の資産が紐付けられていません。</translation>
    </message>
    <message>
        <source>Asset it depends on</source>
        <translation>依存する資産</translation>
    </message>
    <message>
        <source>Its role</source>
        <translation>事業での役割</translation>
    </message>
    <message>
        <source>Alternatives and manual fallbacks</source>
        <translation>代替手段と手作業での対応</translation>
    </message>
    <message>
        <source>Core business</source>
        <translation>中核事業</translation>
    </message>
    <message>
        <source>Alternative</source>
        <translation>代替手段</translation>
    </message>
    <message>
        <source>Asset it needs</source>
        <translation>必要な資産</translation>
    </message>
    <message>
        <source>Pre-incident investments</source>
        <translation>事前対策の計画</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>未実施</translation>
    </message>
    <message>
        <source>Investment</source>
        <translation>事前対策</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>費用</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>予定日</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>実施日</translation>
    </message>
    <message>
        <source>Contacts of key organisations</source>
        <translation>主要な組織の連絡先</translation>
    </message>
    <message>
        <source>Staff contact list</source>
        <translation>従業員の連絡先一覧</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>組織名</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話番号</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>メールアドレス</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>備考</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>連絡先</translation>
    </message>
    <message>
        <source>Suppliers and outsourcees</source>
        <translation>仕入先・外注先</translation>
    </message>
    <message>
        <source>What they supply</source>
        <translation>供給するもの</translation>
    </message>
    <message>
        <source>Bottleneck resources</source>
        <translation>ボトルネック資源</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>資源</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Register asset</source>
        <translation>台帳の資産</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>対策</translation>
    </message>
    <message>
        <source>Key customers</source>
        <translation>主要顧客</translation>
    </message>
    <message>
        <source>What they take</source>
        <translation>受け取るもの</translation>
    </message>
    <message>
        <source>Insurance</source>
        <translation>保険</translation>
    </message>
    <message>
        <source>Insurer</source>
        <translation>保険会社</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>保険商品・証券番号</translation>
    </message>
    <message>
        <source>What it covers</source>
        <translation>補償内容</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>補償額</translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation>更新日</translation>
    </message>
    <message>
        <source>Cyber incident scenarios</source>
        <translation>サイバー攻撃の想定シナリオ</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>初動対応</translation>
    </message>
    <message>
        <source>Exercises held</source>
        <translation>実施した訓練</translation>
    </message>
    <message>
        <source>%1 (done)</source>
        <translation>%1（完了）</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>実施日</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>シナリオ</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>参加者</translation>
    </message>
    <message>
        <source>Follow-up actions</source>
        <translation>改善策</translation>
    </message>
    <message>
        <source>No exercise held yet.</source>
        <translation>実施した訓練はまだありません。</translation>
    </message>
    <message>
        <source>Appendix: checks against the records</source>
        <translation>付録: 記録との照合</translation>
    </message>
    <message>
        <source>What Kamae found on %1 when it compared the draft with the asset register, the backup jobs and their restore tests, and what the plan leaves out.</source>
        <translation>%1 に Kamae が下書きを情報資産管理台帳、バックアップ計画、その復元テストの記録と照合して見つけた不整合と、計画の記入漏れです。</translation>
    </message>
    <message>
        <source>Against the records</source>
        <translation>記録との照合</translation>
    </message>
    <message>
        <source>No finding: the backups can meet the recovery targets.</source>
        <translation>不整合はありません。バックアップで復旧目標を達成できます。</translation>
    </message>
    <message>
        <source>Completeness</source>
        <translation>記入漏れ</translation>
    </message>
    <message>
        <source>Every part of the plan is filled in.</source>
        <translation>計画に記入漏れはありません。</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>第 %1 版</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>下書き</translation>
    </message>
    <message>
        <source>Version %1 · published %2</source>
        <translation>第 %1 版・%2 発行</translation>
    </message>
    <message>
        <source>Draft · printed %1</source>
        <translation>下書き・%1 印刷</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>section title (form number)</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Business continuity plan (BCP)</source>
        <translation>事業継続計画（BCP）</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版</translation>
    </message>
    <message>
        <source>Published on</source>
        <translation>発行日</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>承認者</translation>
    </message>
    <message>
        <source>Draft, not published</source>
        <translation>下書き（未発行）</translation>
    </message>
    <message>
        <source>Printed on</source>
        <translation>印刷日</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>目次</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>ページ</translation>
    </message>
    <message>
        <source>Appendix: call tree</source>
        <translation>付録: 連絡網</translation>
    </message>
    <message>
        <source>Appendix: employee emergency card (%1)</source>
        <translation>付録: 従業員携帯カード（%1）</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>%1 / %2 ページ</translation>
    </message>
    <message>
        <source>BCP</source>
        <translation>BCP</translation>
    </message>
    <message>
        <source>Emergency_card</source>
        <translation>従業員携帯カード</translation>
    </message>
    <message>
        <source>Call_tree</source>
        <translation>連絡網</translation>
    </message>
    <message>
        <source>Call tree</source>
        <translation>連絡網</translation>
    </message>
    <message>
        <source>In an emergency the head of the emergency team calls each role; who cannot be reached is replaced by the deputy. Check the numbers at every exercise.</source>
        <translation>緊急時は対策本部長が各役割の担当者に連絡する。連絡がつかない担当者の役割は代理が務める。電話番号は訓練のたびに確認する。</translation>
    </message>
    <message>
        <source>Deputy: %1</source>
        <translation>代理: %1</translation>
    </message>
    <message>
        <source>No role is listed in the emergency organisation (様式03) yet.</source>
        <translation>緊急時の組織体制（様式03）に役割がまだ登録されていません。</translation>
    </message>
    <message>
        <source>What to do first</source>
        <translation>まず行うこと</translation>
    </message>
    <message>
        <source>Make yourself and the people around you safe first.</source>
        <translation>まず自分と周りの人の安全を確保する。</translation>
    </message>
    <message>
        <source>From a safe place, report to your manager or the emergency team.</source>
        <translation>安全な場所から上司または対策本部に連絡する。</translation>
    </message>
    <message>
        <source>If you suspect a cyber attack, disconnect the PC from the network, leave it on and call the IT contact.</source>
        <translation>サイバー攻撃が疑われるときは、パソコンをネットワークから切り離し、電源は切らずに情報システム担当へ連絡する。</translation>
    </message>
    <message>
        <source>Disaster emergency message dial 171</source>
        <translation>災害用伝言ダイヤル 171</translation>
    </message>
    <message>
        <source>Record: call 171, press 1, then your home phone number.</source>
        <translation>録音: 171 に電話し、1 を押してから自宅の電話番号を入力する。</translation>
    </message>
    <message>
        <source>Play back: call 171, press 2, then the phone number of the person you look for.</source>
        <translation>再生: 171 に電話し、2 を押してから安否を確認したい相手の電話番号を入力する。</translation>
    </message>
    <message>
        <source>On the web: web171 %1</source>
        <translation>災害用伝言板（web171）: %1</translation>
    </message>
    <message>
        <source>Emergency contacts</source>
        <translation>緊急連絡先</translation>
    </message>
    <message>
        <source>My name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>My department</source>
        <translation>所属部署</translation>
    </message>
    <message>
        <source>Family meeting place</source>
        <translation>家族の集合場所</translation>
    </message>
    <message>
        <source>Family contact</source>
        <translation>家族の連絡先</translation>
    </message>
    <message>
        <source>Cut here</source>
        <translation>切り取り線</translation>
    </message>
    <message>
        <source>Business Continuity Strengthening Plan (事業継続力強化計画): draft</source>
        <translation>事業継続力強化計画（下書き）</translation>
    </message>
    <message>
        <source>A draft filled from the BCP (%1) for the SME Agency&apos;s stand-alone form (単独型). Adapt it to the form&apos;s current version and complete what the plan cannot say (the company&apos;s role in its supply chain, the effect of natural disasters, funding) before submitting it.</source>
        <translation>BCP（%1）の内容から作成した、中小企業庁の事業継続力強化計画（単独型）の申請様式向けの下書きです。提出する前に最新の様式に合わせて修正し、計画に書かれていない事項（サプライチェーンにおける自社の役割、自然災害等が事業活動に与える影響、資金調達）を補ってください。</translation>
    </message>
    <message>
        <source>1. Name and details (名称等)</source>
        <translation>1. 名称等</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>記入内容</translation>
    </message>
    <message>
        <source>Name of the business</source>
        <translation>事業者の名称</translation>
    </message>
    <message>
        <source>2. Goals of strengthening business continuity (事業継続力強化の目標)</source>
        <translation>2. 事業継続力強化の目標</translation>
    </message>
    <message>
        <source>Purpose (事業継続力強化に取り組む目的)</source>
        <translation>事業継続力強化に取り組む目的</translation>
    </message>
    <message>
        <source>Business activities to continue (自社の事業活動の概要)</source>
        <translation>自社の事業活動の概要</translation>
    </message>
    <message>
        <source>: </source>
        <translation>: </translation>
    </message>
    <message>
        <source>Maximum tolerable outage %1, RTO %2, RPO %3</source>
        <translation>最大許容停止時間 %1、目標復旧時間 %2、目標復旧時点 %3</translation>
    </message>
    <message>
        <source>Effect of disasters on the business (自然災害等の発生が事業活動に与える影響)</source>
        <translation>自然災害等の発生が事業活動に与える影響</translation>
    </message>
    <message>
        <source>3-(1) First response when a disaster strikes (自然災害等が発生した場合における対応手順)</source>
        <translation>3-（1）自然災害等が発生した場合における対応手順</translation>
    </message>
    <message>
        <source>Safety of people and the emergency organisation</source>
        <translation>人命の安全確保と緊急時の組織体制</translation>
    </message>
    <message>
        <source>First response steps</source>
        <translation>初動対応の手順</translation>
    </message>
    <message>
        <source>Sharing information on the damage</source>
        <translation>被害情報の共有</translation>
    </message>
    <message>
        <source>3-(2) Measures that strengthen business continuity (事業継続力強化に資する対策及び取組)</source>
        <translation>3-（2）事業継続力強化に資する対策及び取組</translation>
    </message>
    <message>
        <source>Equipment and investments</source>
        <translation>設備と事前対策</translation>
    </message>
    <message>
        <source>Alternatives and bottlenecks</source>
        <translation>代替手段とボトルネック資源</translation>
    </message>
    <message>
        <source>Business or resource</source>
        <translation>事業・資源</translation>
    </message>
    <message>
        <source>Protecting important information (backups)</source>
        <translation>重要な情報の保護（バックアップ）</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>資産</translation>
    </message>
    <message>
        <source>Funding (insurance)</source>
        <translation>資金面の備え（保険）</translation>
    </message>
    <message>
        <source>3-(3) Ensuring effectiveness: organisation in normal times, exercises and reviews (実効性を確保するための取組)</source>
        <translation>3-（3）実効性を確保するための取組（平時の組織体制、訓練、見直し）</translation>
    </message>
    <message>
        <source>The management leads the work on the plan in normal times.</source>
        <translation>平時から経営者が主導して計画の推進に取り組む。</translation>
    </message>
    <message>
        <source>The management leads the work on the plan in normal times (%1: %2).</source>
        <translation>平時から経営者が主導して計画の推進に取り組む（%1: %2）。</translation>
    </message>
    <message>
        <source>An exercise is held at least once a year, and the plan is reviewed and published again at least once a year.</source>
        <translation>訓練を年 1 回以上実施し、計画を年 1 回以上見直して改めて発行する。</translation>
    </message>
    <message>
        <source>Versions of the plan</source>
        <translation>計画の版</translation>
    </message>
    <message>
        <source>No version published yet.</source>
        <translation>発行した版はまだありません。</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>発行日</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>Continuity_strengthening_plan_draft</source>
        <translation>事業継続力強化計画_下書き</translation>
    </message>
</context>
<context>
    <name>kamae::bcp::BcpReminderText</name>
    <message>
        <source>Review the BCP</source>
        <translation>BCP を見直す</translation>
    </message>
    <message>
        <source>Version %1 was published on %2; review the plan with the people, assets and contacts of today and publish a new version.</source>
        <translation>第 %1 版は %2 に発行されました。現在の担当者・資産・連絡先に合わせて計画を見直し、新しい版を発行してください。</translation>
    </message>
    <message>
        <source>Hold a BCP exercise</source>
        <translation>BCP 訓練を実施する</translation>
    </message>
    <message>
        <source>The last exercise was on %1.</source>
        <translation>前回の訓練は %1 です。</translation>
    </message>
    <message>
        <source>No exercise is recorded since the plan was first published.</source>
        <translation>計画を最初に発行してから、訓練の記録がありません。</translation>
    </message>
    <message>
        <source>BCP follow-up: %1</source>
        <translation>BCP 訓練の改善策: %1</translation>
    </message>
    <message>
        <source>From the exercise of %1.</source>
        <translation>%1 の訓練で決めた改善策です。</translation>
    </message>
</context>
<context>
    <name>kamae::bcp::BcpVersions</name>
    <message>
        <source>The stored version of the plan cannot be read.</source>
        <translation>保存されている計画の版を読み込めません。</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>未設定</translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n 時間</numerusform>
        </translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>未定</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空欄）</translation>
    </message>
    <message>
        <source>%1 changed</source>
        <translation>%1を変更</translation>
    </message>
    <message>
        <source>; </source>
        <comment>between changes</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Maximum tolerable outage</source>
        <translation>最大許容停止時間</translation>
    </message>
    <message>
        <source>RTO</source>
        <translation>目標復旧時間（RTO）</translation>
    </message>
    <message>
        <source>RPO</source>
        <translation>目標復旧時点（RPO）</translation>
    </message>
    <message>
        <source>asset %1 added</source>
        <translation>資産「%1」を追加</translation>
    </message>
    <message>
        <source>role of asset %1 changed</source>
        <translation>資産「%1」の役割を変更</translation>
    </message>
    <message>
        <source>asset %1 removed</source>
        <translation>資産「%1」を削除</translation>
    </message>
    <message>
        <source>Suppliers and customers</source>
        <translation>仕入先・顧客</translation>
    </message>
    <message>
        <source>Alternatives</source>
        <translation>代替手段</translation>
    </message>
    <message>
        <source>Organisation and roles (Form 03)</source>
        <translation>組織と役割（様式03）</translation>
    </message>
    <message>
        <source>Core businesses (Form 06)</source>
        <translation>中核事業（様式06）</translation>
    </message>
    <message>
        <source>Bottleneck resources (Form 16-2)</source>
        <translation>ボトルネック資源（様式16-2）</translation>
    </message>
    <message>
        <source>Pre-incident investments (Form 09)</source>
        <translation>事前対策の計画（様式09）</translation>
    </message>
    <message>
        <source>Contacts (Forms 11, 12)</source>
        <translation>緊急連絡先（様式11、12）</translation>
    </message>
    <message>
        <source>Insurance (Form 18)</source>
        <translation>保険（様式18）</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>役割</translation>
    </message>
    <message>
        <source>Duties</source>
        <translation>任務</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>担当者</translation>
    </message>
    <message>
        <source>Deputy</source>
        <translation>代理</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>資源</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>対策</translation>
    </message>
    <message>
        <source>Kind or asset</source>
        <translation>種類または資産</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>費用</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>予定日</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>実施日</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>組織名</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話番号</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>メールアドレス</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>備考</translation>
    </message>
    <message>
        <source>Kind or person</source>
        <translation>種類または担当者</translation>
    </message>
    <message>
        <source>Insurer</source>
        <translation>保険会社</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>保険商品・証券番号</translation>
    </message>
    <message>
        <source>What it covers</source>
        <translation>補償内容</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>補償額</translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation>更新日</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英語</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>日本語</translation>
    </message>
    <message>
        <source>Language of the plan</source>
        <translation>計画の言語</translation>
    </message>
</context>
<context>
    <name>kamae::cli::Cli</name>
    <message>
        <source>The option --%1 needs a value.</source>
        <translation>オプション --%1 には値を指定してください。</translation>
    </message>
    <message>
        <source>Passphrase: </source>
        <translation>パスフレーズ: </translation>
    </message>
    <message>
        <source>Name exactly one vault file. See kamae --help.</source>
        <translation>保管庫ファイルを 1 つだけ指定してください。詳しくは kamae --help を参照してください。</translation>
    </message>
    <message>
        <source>Give the organisation&apos;s name with --org NAME.</source>
        <translation>組織名を --org NAME で指定してください。</translation>
    </message>
    <message>
        <source>New passphrase: </source>
        <translation>新しいパスフレーズ: </translation>
    </message>
    <message>
        <source>Repeat it: </source>
        <translation>確認のため再入力: </translation>
    </message>
    <message>
        <source>Created %1 for %2.</source>
        <translation>%2 の保管庫 %1 を作成しました。</translation>
    </message>
    <message>
        <source>Demo passphrase: %1</source>
        <translation>デモ用パスフレーズ: %1</translation>
    </message>
    <message>
        <source>Recovery code (shown only now; print it or write it down and keep it locked away):</source>
        <translation>回復コード（表示されるのは今回だけです。印刷するか書き留めて、鍵のかかる場所に保管してください）:</translation>
    </message>
    <message>
        <source>The database inside %1 has errors: %2</source>
        <translation>%1 内のデータベースに誤りがあります: %2</translation>
    </message>
    <message>
        <source>File:          %1</source>
        <translation>ファイル:      %1</translation>
    </message>
    <message>
        <source>Organisation:  %1</source>
        <translation>組織名:        %1</translation>
    </message>
    <message>
        <source>Sites:         %1 (%2 overseas)</source>
        <translation>拠点:          %1（うち海外 %2）</translation>
    </message>
    <message>
        <source>Schema:        version %1</source>
        <translation>スキーマ:      バージョン %1</translation>
    </message>
    <message>
        <source>Encryption:    %1, Argon2id %2 MiB × %3 passes</source>
        <translation>暗号化:        %1、Argon2id（%2 MiB、反復 %3 回）</translation>
    </message>
    <message>
        <source>Size:          %1 bytes, saved %2</source>
        <translation>サイズ:        %1 バイト、保存日時 %2</translation>
    </message>
    <message>
        <source>Audit log:     %1 entries</source>
        <translation>監査ログ:      %1 件</translation>
    </message>
    <message>
        <source>Integrity:     ok</source>
        <translation>整合性:        問題なし</translation>
    </message>
    <message>
        <source>The passphrase of %1 was changed. The recovery code still works.</source>
        <translation>%1 のパスフレーズを変更しました。回復コードは引き続き使用できます。</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;: use ja or en.</source>
        <translation>不明な言語「%1」です。ja または en を指定してください。</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. See kamae --help.</source>
        <translation>不明なコマンド「%1」です。詳しくは kamae --help を参照してください。</translation>
    </message>
    <message>
        <source>Only --mapping auto is supported on the command line.</source>
        <translation>コマンドラインでは --mapping auto だけを指定できます。</translation>
    </message>
    <message>
        <source>Unknown encoding: use utf8 or sjis.</source>
        <translation>不明な文字コードです。utf8 または sjis を指定してください。</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1 の %2 行目: %3</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) cannot be imported; nothing was imported.</source>
        <translation>
            <numerusform>取り込めない行が %n 行あるため、何も取り込みませんでした。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n asset(s) from %1.</source>
        <translation>
            <numerusform>%1 から情報資産を %n 件取り込みました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n empty row(s).</source>
        <translation>
            <numerusform>空の行を %n 行読み飛ばしました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: kamae assets export VAULT --out FILE.csv|FILE.xlsx</source>
        <translation>使い方: kamae assets export 保管庫ファイル --out ファイル.csv|ファイル.xlsx</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n asset(s) to %1.</source>
        <translation>
            <numerusform>情報資産 %n 件を %1 に書き出しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: kamae assets list VAULT [--json]</source>
        <translation>使い方: kamae assets list 保管庫ファイル [--json]</translation>
    </message>
    <message>
        <source>importance %1</source>
        <translation>重要度 %1</translation>
    </message>
    <message>
        <source>needs review</source>
        <translation>要見直し</translation>
    </message>
    <message numerus="yes">
        <source>%n asset(s)</source>
        <translation>
            <numerusform>%n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: kamae assets import|export|list VAULT …</source>
        <translation>使い方: kamae assets import|export|list 保管庫ファイル …</translation>
    </message>
    <message>
        <source>Usage: kamae feeds import VAULT FILE</source>
        <translation>使い方: kamae feeds import 保管庫ファイル ファイル</translation>
    </message>
    <message>
        <source>%1: the feed has no entries; nothing was imported.</source>
        <translation>%1: 脆弱性情報が 1 件も含まれていないため、取り込みませんでした。</translation>
    </message>
    <message>
        <source>Usage: kamae patches list VAULT [--overdue] [--all] [--json]</source>
        <translation>使い方: kamae patches list 保管庫ファイル [--overdue] [--all] [--json]</translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation>期限超過</translation>
    </message>
    <message>
        <source>known exploited</source>
        <translation>悪用確認済み</translation>
    </message>
    <message>
        <source>ransomware</source>
        <translation>ランサムウェア</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>期限 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n patch item(s)</source>
        <translation>
            <numerusform>修正プログラム %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n overdue</source>
        <translation>
            <numerusform>、うち期限超過 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>--overdue and --all cannot be combined.</source>
        <translation>--overdue と --all は同時に指定できません。</translation>
    </message>
    <message numerus="yes">
        <source>%n calendar event(s) written to %1.</source>
        <translation>
            <numerusform>カレンダーの予定 %n 件を %1 に書き出しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: kamae due VAULT [--within DAYS] [--json] [--ics FILE.ics]</source>
        <translation>使い方: kamae due 保管庫ファイル [--within 日数] [--json] [--ics ファイル.ics]</translation>
    </message>
    <message>
        <source>--within takes a number of days from 0 to 3660.</source>
        <translation>--within には 0～3660 の日数を指定してください。</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) overdue or due within %1 days</source>
        <translation>
            <numerusform>期限超過または %1 日以内に期限を迎える項目 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: kamae backup copy VAULT --to DIR</source>
        <translation>使い方: kamae backup copy 保管庫ファイル --to フォルダー</translation>
    </message>
    <message>
        <source>Usage: kamae backup verify COPY [--vault VAULT]</source>
        <translation>使い方: kamae backup verify コピー [--vault 保管庫ファイル]</translation>
    </message>
    <message>
        <source>The copy %1 is intact (%2 bytes, schema %3).</source>
        <translation>コピー %1 に破損はありません（%2 バイト、スキーマ %3）。</translation>
    </message>
    <message>
        <source>Usage: kamae backup copy VAULT --to DIR | kamae backup verify COPY [--vault VAULT]</source>
        <translation>使い方: kamae backup copy 保管庫ファイル --to フォルダー | kamae backup verify コピー [--vault 保管庫ファイル]</translation>
    </message>
    <message>
        <source>Posture score: %1 / 100</source>
        <translation>対策スコア: %1 / 100</translation>
    </message>
    <message>
        <source> (%1 since %2)</source>
        <translation>（%2 から %1）</translation>
    </message>
    <message>
        <source>%1 of %2 points</source>
        <translation>%2 点中 %1 点</translation>
    </message>
    <message>
        <source>Next actions:</source>
        <translation>次にやるべきこと:</translation>
    </message>
    <message>
        <source>+%1 points</source>
        <translation>+%1 点</translation>
    </message>
    <message>
        <source>Nothing: every factor is at its full value.</source>
        <translation>ありません。すべての評価項目が満点です。</translation>
    </message>
    <message>
        <source>Usage: kamae score VAULT [--json] [--snapshot]</source>
        <translation>使い方: kamae score 保管庫ファイル [--json] [--snapshot]</translation>
    </message>
    <message>
        <source>Today&apos;s snapshot is stored.</source>
        <translation>本日のスナップショットを保存しました。</translation>
    </message>
    <message>
        <source>--period must be 90d, quarter or year.</source>
        <translation>--period には 90d、quarter、year のいずれかを指定してください。</translation>
    </message>
    <message>
        <source>The report needs Qt&apos;s GUI library to lay out its pages.</source>
        <translation>レポートのページを組むには Qt の GUI ライブラリが必要です。</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n page(s)), score %2.</source>
        <translation>
            <numerusform>%1 を書き出しました（%n ページ、対策スコア %2）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: kamae init VAULT --org NAME</source>
        <translation>使い方: kamae init 保管庫ファイル --org 組織名</translation>
    </message>
    <message>
        <source>Usage: kamae demo VAULT</source>
        <translation>使い方: kamae demo 保管庫ファイル</translation>
    </message>
    <message>
        <source>Usage: kamae verify VAULT</source>
        <translation>使い方: kamae verify 保管庫ファイル</translation>
    </message>
    <message>
        <source>Usage: kamae passwd VAULT</source>
        <translation>使い方: kamae passwd 保管庫ファイル</translation>
    </message>
    <message>
        <source>Usage: kamae assets export VAULT --out FILE.csv|FILE.xlsx [--encoding sjis]</source>
        <translation>使い方: kamae assets export 保管庫ファイル --out ファイル.csv|ファイル.xlsx [--encoding sjis]</translation>
    </message>
    <message>
        <source>Usage: kamae %1 %2 VAULT …</source>
        <translation>使い方: kamae %1 %2 保管庫ファイル …</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. Did you mean &quot;%2&quot;? See kamae --help.</source>
        <translation>不明なコマンド「%1」です。「%2」のことですか？ 詳しくは kamae --help を参照してください。</translation>
    </message>
    <message>
        <source>Name what to do. %1</source>
        <translation>何をするかを指定してください。%1</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1 %2&quot;. %3</source>
        <translation>不明なコマンド「%1 %2」です。%3</translation>
    </message>
    <message>
        <source>The option --%1 takes no value. %2</source>
        <translation>オプション --%1 には値を付けられません。%2</translation>
    </message>
    <message>
        <source>Did you mean --%1? </source>
        <translation>--%1 のことですか？ </translation>
    </message>
    <message>
        <source>&quot;kamae %1&quot; has no option --%2. %3%4</source>
        <translation>「kamae %1」にオプション --%2 はありません。%3%4</translation>
    </message>
    <message>
        <source>Usage: kamae assets import VAULT FILE [--map KEY=HEADER]… [--allow-duplicates]</source>
        <translation>使い方: kamae assets import 保管庫ファイル ファイル [--map KEY=HEADER]… [--allow-duplicates]</translation>
    </message>
    <message>
        <source>--map needs KEY=HEADER (for example --map name=品名), not &quot;%1&quot;.</source>
        <translation>--map は KEY=HEADER の形式で指定してください（例: --map name=品名）。「%1」は無効です。</translation>
    </message>
    <message>
        <source>Columns not imported: %1. Choose one with --map KEY=HEADER.</source>
        <translation>取り込まれない列: %1。--map KEY=HEADER で、列に対応する項目を指定してください。</translation>
    </message>
    <message>
        <source>%1, line %2: &quot;%3&quot; is already in the register (%4).</source>
        <translation>%1 の %2 行目:「%3」はすでに台帳に登録されています（%4）。</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) are already in the register; nothing was imported and %1 is as it was. Import them anyway with --allow-duplicates.</source>
        <translation>
            <numerusform>台帳に登録済みの行が %n 行あるため、何も取り込みませんでした。%1 は変更していません。それでも取り込む場合は --allow-duplicates を指定してください。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them were already in the register (--allow-duplicates).</source>
        <translation>
            <numerusform>うち %n 件は、すでに台帳に登録されていたものです（--allow-duplicates）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: kamae assets import VAULT FILE [--map KEY=HEADER]… [--allow-duplicates] [--encoding sjis|utf8] [--sheet NAME]</source>
        <translation>使い方: kamae assets import 保管庫ファイル ファイル [--map KEY=HEADER]… [--allow-duplicates] [--encoding sjis|utf8] [--sheet シート名]</translation>
    </message>
    <message>
        <source>Usage: kamae patches proposals VAULT [--json]</source>
        <translation>使い方: kamae patches proposals 保管庫ファイル [--json]</translation>
    </message>
    <message>
        <source>Usage: kamae patches confirm VAULT ID…</source>
        <translation>使い方: kamae patches confirm 保管庫ファイル ID…</translation>
    </message>
    <message>
        <source>Usage: kamae patches dismiss VAULT ID…</source>
        <translation>使い方: kamae patches dismiss 保管庫ファイル ID…</translation>
    </message>
    <message numerus="yes">
        <source>%n patch proposal(s) wait for review (kamae patches proposals).</source>
        <translation>
            <numerusform>確認待ちの対応候補が %n 件あります（kamae patches proposals）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more were probably fixed by a later update of their asset.</source>
        <translation>
            <numerusform>ほかに %n 件は、資産のその後のアップデートで修正済みの可能性があります。</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: kamae patches proposals VAULT [--json]
       kamae patches confirm VAULT ID...
       kamae patches dismiss VAULT ID...</source>
        <translation>使い方: kamae patches proposals 保管庫ファイル [--json]
        kamae patches confirm 保管庫ファイル ID...
        kamae patches dismiss 保管庫ファイル ID...</translation>
    </message>
    <message numerus="yes">
        <source>%n proposal(s) to review</source>
        <translation>
            <numerusform>確認待ちの対応候補 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n probably fixed</source>
        <translation>
            <numerusform>、修正済みの可能性あり %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Patch item %1: %2 (%3), due %4</source>
        <translation>修正プログラム %1: %2（%3）、期限 %4</translation>
    </message>
    <message numerus="yes">
        <source>%n proposal(s) confirmed as patch items.</source>
        <translation>
            <numerusform>対応候補 %n 件を修正プログラムとして登録しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n proposal(s) dismissed; they will not be proposed again for their assets.</source>
        <translation>
            <numerusform>対応候補 %n 件を除外しました。それぞれの資産について、今後は候補に挙げません。</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: kamae report VAULT --out FILE.pdf|DIR [--lang ja|en] [--period 90d|quarter|year] [--prepared-by NAME]</source>
        <translation>使い方: kamae report 保管庫ファイル --out ファイル.pdf|フォルダー [--lang ja|en] [--period 90d|quarter|year] [--prepared-by 氏名]</translation>
    </message>
    <message>
        <source>Of these, %1 points rest on records and %2 on self-assessment answers (self-declared).</source>
        <translation>このうち、記録に基づく点が %1 点、自社診断の回答に基づく点（自己申告）が %2 点です。</translation>
    </message>
    <message>
        <source>%1 self-declared</source>
        <translation>自己申告 %1 点</translation>
    </message>
    <message>
        <source>Today&apos;s score snapshot was not stored: %1</source>
        <translation>本日のスコアのスナップショットを保存できませんでした: %1</translation>
    </message>
    <message>
        <source>Usage: kamae [VAULT]                      open the window
       kamae COMMAND [OPTIONS]

Commands:
  init VAULT --org NAME      create a new vault; prints its recovery code once
  demo VAULT                 create a vault filled with a demo company
  verify VAULT               open read-only, check integrity, print a summary
  passwd VAULT               change the passphrase
  assets import VAULT FILE [--map KEY=HEADER]… [--allow-duplicates]
                             add assets from CSV or XLSX (all rows or none)
  assets export VAULT --out FILE.csv|FILE.xlsx [--encoding sjis]
  assets list VAULT [--json] print the register
  feeds import VAULT FILE    store a CISA KEV (JSON) or JVN iPedia (JVNRSS) file
  patches list VAULT [--overdue] [--all] [--json]
                             patch items not yet applied (--all: every one)
  patches proposals VAULT [--json]
                             what the feeds propose, each with its ID, why it
                             matched and whether an update probably fixed it
  patches confirm VAULT ID...  store proposals as patch items
  patches dismiss VAULT ID...  do not propose them again for their assets
  due VAULT [--within DAYS] [--json] [--ics FILE.ics]
                             what is overdue or due soon (default 7 days);
                             --ics writes every reminder as a calendar file
  backup copy VAULT --to DIR write a verified, encrypted copy (offline media)
  backup verify COPY [--vault VAULT]
                             check a copy; with --vault the result is logged
  score VAULT [--json] [--snapshot]
                             the posture score, its factors and next actions;
                             --snapshot stores it as today&apos;s point of the trend
  report VAULT --out FILE.pdf|DIR [--lang ja|en] [--period 90d|quarter|year]
         [--prepared-by NAME]
                             the executive report (A4, PDF) in that language;
                             into DIR under its default name; recorded in the
                             vault&apos;s report history
</source>
        <translation>使い方: kamae [保管庫ファイル]              ウィンドウを開く
        kamae コマンド [オプション]

コマンド:
  init 保管庫ファイル --org 組織名  新しい保管庫ファイルを作成（回復コードを一度だけ表示）
  demo 保管庫ファイル               デモ企業のデータ入りの保管庫ファイルを作成
  verify 保管庫ファイル             読み取り専用で開き、整合性を確認して概要を表示
  passwd 保管庫ファイル             パスフレーズを変更
  assets import 保管庫ファイル ファイル [--map KEY=HEADER]… [--allow-duplicates]
                                    CSV・XLSX から情報資産を追加（全行か、何もしないか）
  assets export 保管庫ファイル --out ファイル.csv|ファイル.xlsx [--encoding sjis]
  assets list 保管庫ファイル [--json]
                                    台帳を表示
  feeds import 保管庫ファイル ファイル
                                    CISA KEV（JSON）または JVN iPedia（JVNRSS）を取り込む
  patches list 保管庫ファイル [--overdue] [--all] [--json]
                                    未適用の修正プログラムを表示（--all: すべて）
  patches proposals 保管庫ファイル [--json]
                                    フィードからの対応候補を表示（各候補の ID、該当した理由、
                                    アップデートで修正済みの可能性があるかどうか）
  patches confirm 保管庫ファイル ID...
                                    対応候補を修正プログラムとして登録
  patches dismiss 保管庫ファイル ID...
                                    対応候補を除外（その資産には今後提案しない）
  due 保管庫ファイル [--within 日数] [--json] [--ics ファイル.ics]
                                    期限超過と期限間近の項目を表示（既定は 7 日以内）。
                                    --ics: すべてのリマインダーをカレンダーファイルに書き出す
  backup copy 保管庫ファイル --to フォルダー
                                    検証済みの暗号化コピーを書き出す（オフライン保管の媒体へ）
  backup verify コピー [--vault 保管庫ファイル]
                                    コピーを検証（--vault を指定すると結果を記録）
  score 保管庫ファイル [--json] [--snapshot]
                                    対策スコアと評価項目、次にやるべきことを表示。
                                    --snapshot: 今日のスコアを推移として記録
  report 保管庫ファイル --out ファイル.pdf|フォルダー [--lang ja|en] [--period 90d|quarter|year]
         [--prepared-by 氏名]
                                    経営者向けレポート（A4、PDF）をその言語で作成。
                                    フォルダーを指定すると既定のファイル名で保存。
                                    保管庫のレポート履歴に記録
</translation>
    </message>
    <message>
        <source>
Options:
  --passphrase-file FILE     read the passphrase from FILE (else $KAMAE_PASSPHRASE)
  --new-passphrase-file FILE passwd: the new passphrase (else $KAMAE_NEW_PASSPHRASE)
  --recovery-code-file FILE  verify, passwd: unlock with the recovery code
  --lang ja|en               language of messages (and of the report)
  --help, --version

Exit codes: 0 done, 1 failed, 2 usage, 3 wrong passphrase or code,
4 damaged or unsupported file, 5 open in another Kamae, 6 cannot write,
7 a file to import has errors.
</source>
        <translation>
オプション:
  --passphrase-file ファイル      パスフレーズをファイルから読む（なければ $KAMAE_PASSPHRASE）
  --new-passphrase-file ファイル  passwd: 新しいパスフレーズ（なければ $KAMAE_NEW_PASSPHRASE）
  --recovery-code-file ファイル   verify, passwd: 回復コードで開く
  --lang ja|en                    メッセージ（report ではレポート）の言語
  --help, --version

終了コード: 0 成功、1 失敗、2 使い方の誤り、3 パスフレーズまたはコードの誤り、
4 破損または未対応のファイル、5 別の Kamae で使用中、6 書き込み不可、
7 取り込むファイルに誤りあり
</translation>
    </message>
</context>
<context>
    <name>kamae::cli::Secrets</name>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 が空です。</translation>
    </message>
    <message>
        <source>$%1 is set but empty.</source>
        <translation>$%1 が設定されていますが、値が空です。</translation>
    </message>
    <message>
        <source>No passphrase given: set $%1 or use a file option.</source>
        <translation>パスフレーズが指定されていません。$%1 を設定するか、ファイルを指定するオプションを使用してください。</translation>
    </message>
    <message>
        <source>The passphrase must not be empty.</source>
        <translation>パスフレーズを入力してください。</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>2 つのパスフレーズが一致しません。</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text. Kamae uses a passphrase as UTF-8 text and does not guess at other bytes, so nothing was opened or changed. Save it as UTF-8; for a random key, write it as text (for example in base64).</source>
        <translation>%1 は UTF-8 のテキストではありません。Kamae はパスフレーズを UTF-8 のテキストとして扱い、それ以外のバイト列を推測して読むことはしないため、何も開かず、何も変更していません。UTF-8 で保存してください。ランダムな鍵の場合は、テキストとして（例えば base64 で）書いてください。</translation>
    </message>
    <message>
        <source>What was typed</source>
        <translation>入力された内容</translation>
    </message>
</context>
<context>
    <name>kamae::domain::AssetFieldText</name>
    <message>
        <source>Business area</source>
        <translation>業務分類</translation>
    </message>
    <message>
        <source>Asset name</source>
        <translation>情報資産名称</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>備考</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>利用者範囲</translation>
    </message>
    <message>
        <source>Owner department</source>
        <translation>管理部署</translation>
    </message>
    <message>
        <source>Medium / location</source>
        <translation>媒体・保存先</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>個人情報</translation>
    </message>
    <message>
        <source>Confidentiality</source>
        <translation>機密性</translation>
    </message>
    <message>
        <source>Integrity</source>
        <translation>完全性</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>可用性</translation>
    </message>
    <message>
        <source>Importance</source>
        <translation>重要度</translation>
    </message>
    <message>
        <source>Threat likelihood</source>
        <translation>脅威の起こりやすさ</translation>
    </message>
    <message>
        <source>Vulnerability</source>
        <translation>脆弱性のつけ込みやすさ</translation>
    </message>
    <message>
        <source>Risk value</source>
        <translation>リスク値</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>リスク</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>保存期限</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>登録日</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>見直し日</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種別</translation>
    </message>
    <message>
        <source>Internet-facing</source>
        <translation>インターネット公開</translation>
    </message>
    <message>
        <source>MFA</source>
        <translation>多要素認証</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>ベンダー</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>製品</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>バージョン</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>No</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>The asset name is empty.</source>
        <translation>情報資産名称が空欄です。</translation>
    </message>
    <message>
        <source>%1 must be 1, 2 or 3 (or empty), not &quot;%2&quot;.</source>
        <translation>「%1」は 1、2、3 のいずれかにするか、空欄にしてください（「%2」は無効です）。</translation>
    </message>
    <message>
        <source>%1 is not a date (use 2024-04-01 or 2024/4/1): &quot;%2&quot;.</source>
        <translation>「%1」の「%2」は日付として読み取れません（2024-04-01 または 2024/4/1 の形式で入力してください）。</translation>
    </message>
    <message>
        <source>Unknown kind of personal data: &quot;%1&quot;.</source>
        <translation>不明な個人情報の種類「%1」です。</translation>
    </message>
    <message>
        <source>Unknown kind of asset: &quot;%1&quot;.</source>
        <translation>不明な種別「%1」です。</translation>
    </message>
    <message>
        <source>MFA must be on, off or not applicable, not &quot;%1&quot;.</source>
        <translation>多要素認証は「有効」「無効」「対象外」のいずれかにしてください（「%1」は無効です）。</translation>
    </message>
    <message>
        <source>%1 must be yes or no, not &quot;%2&quot;.</source>
        <translation>「%1」は「はい」または「いいえ」にしてください（「%2」は無効です）。</translation>
    </message>
    <message>
        <source>Last updated</source>
        <translation>最終更新日</translation>
    </message>
    <message>
        <source>End of support</source>
        <translation>サポート終了</translation>
    </message>
</context>
<context>
    <name>kamae::domain::AssetText</name>
    <message>
        <source>Data</source>
        <translation>データ</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>機器</translation>
    </message>
    <message>
        <source>Software</source>
        <translation>ソフトウェア</translation>
    </message>
    <message>
        <source>Cloud service</source>
        <translation>クラウドサービス</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>アカウント</translation>
    </message>
    <message>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>個人情報</translation>
    </message>
    <message>
        <source>Sensitive personal data</source>
        <translation>要配慮個人情報</translation>
    </message>
    <message>
        <source>My Number data</source>
        <translation>特定個人情報</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>対象外</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>無効</translation>
    </message>
    <message>
        <source>On</source>
        <translation>有効</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>小</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <source>High</source>
        <translation>大</translation>
    </message>
</context>
<context>
    <name>kamae::domain::BcpRecordText</name>
    <message>
        <source>Walk-through</source>
        <translation>読み合わせ</translation>
    </message>
    <message>
        <source>Tabletop exercise</source>
        <translation>机上訓練</translation>
    </message>
    <message>
        <source>Call tree test</source>
        <translation>連絡網の訓練</translation>
    </message>
    <message>
        <source>Restore drill</source>
        <translation>復元訓練</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>仕入先・外注先</translation>
    </message>
    <message>
        <source>Key customer</source>
        <translation>主要顧客</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>コンピューター</translation>
    </message>
    <message>
        <source>Software</source>
        <translation>ソフトウェア</translation>
    </message>
    <message>
        <source>Other resource</source>
        <translation>その他の資源</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>人員</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>組織</translation>
    </message>
    <message>
        <source>Basic policy (Form 02)</source>
        <translation>基本方針（様式02）</translation>
    </message>
    <message>
        <source>Employee emergency card (Form 04)</source>
        <translation>従業員携帯カード（様式04）</translation>
    </message>
    <message>
        <source>Cyber incident scenarios</source>
        <translation>サイバー攻撃の想定シナリオ</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>初動対応</translation>
    </message>
    <message>
        <source>A core business needs a name.</source>
        <translation>中核事業の名前を入力してください。</translation>
    </message>
    <message>
        <source>The hours of core business &quot;%1&quot; must be between 0 and %2.</source>
        <translation>中核事業「%1」の時間は 0～%2 時間で入力してください。</translation>
    </message>
    <message>
        <source>Core business &quot;%1&quot; names an asset that is not in the register.</source>
        <translation>中核事業「%1」に、情報資産管理台帳にない資産が指定されています。</translation>
    </message>
    <message>
        <source>Core business &quot;%1&quot; names an asset twice.</source>
        <translation>中核事業「%1」に同じ資産が 2 回指定されています。</translation>
    </message>
    <message>
        <source>A supplier or customer of &quot;%1&quot; needs a name.</source>
        <translation>「%1」の仕入先・顧客の名前を入力してください。</translation>
    </message>
    <message>
        <source>An alternative of &quot;%1&quot; needs a description.</source>
        <translation>「%1」の代替手段の内容を入力してください。</translation>
    </message>
    <message>
        <source>A role needs a title.</source>
        <translation>役割の名前を入力してください。</translation>
    </message>
    <message>
        <source>The deputy for &quot;%1&quot; must be someone else.</source>
        <translation>「%1」の代理には別の人を指定してください。</translation>
    </message>
    <message>
        <source>A bottleneck resource needs a name.</source>
        <translation>ボトルネック資源の名前を入力してください。</translation>
    </message>
    <message>
        <source>An investment needs a description.</source>
        <translation>事前対策の内容を入力してください。</translation>
    </message>
    <message>
        <source>The cost of an investment cannot be negative.</source>
        <translation>事前対策の費用にマイナスは入力できません。</translation>
    </message>
    <message>
        <source>A contact needs a name or an organisation.</source>
        <translation>連絡先の名前または組織名を入力してください。</translation>
    </message>
    <message>
        <source>An insurance policy needs its insurer.</source>
        <translation>保険の保険会社を入力してください。</translation>
    </message>
    <message>
        <source>An exercise needs the date it was held.</source>
        <translation>訓練の実施日を入力してください。</translation>
    </message>
    <message>
        <source>An exercise cannot be dated after today.</source>
        <translation>訓練の実施日に明日以降の日付は指定できません。</translation>
    </message>
    <message>
        <source>A participant is listed twice or is not in the people list.</source>
        <translation>参加者が重複しているか、担当者・部署の一覧にありません。</translation>
    </message>
    <message>
        <source>A follow-up action needs a description.</source>
        <translation>改善策の内容を入力してください。</translation>
    </message>
    <message>
        <source>The plan&apos;s language must be Japanese or English.</source>
        <translation>計画の言語には日本語か英語を指定してください。</translation>
    </message>
</context>
<context>
    <name>kamae::domain::IncidentRecordText</name>
    <message>
        <source>IPA consultation desk</source>
        <translation>IPA 相談窓口</translation>
    </message>
    <message>
        <source>JPCERT/CC</source>
        <translation>JPCERT/CC</translation>
    </message>
    <message>
        <source>Police cyber crime desk</source>
        <translation>警察のサイバー犯罪相談窓口</translation>
    </message>
    <message>
        <source>Supervising ministry</source>
        <translation>所管省庁</translation>
    </message>
    <message>
        <source>Personal Information Protection Commission</source>
        <translation>個人情報保護委員会</translation>
    </message>
    <message>
        <source>Otasuketai service provider</source>
        <translation>お助け隊サービス事業者</translation>
    </message>
    <message>
        <source>Cyber insurer</source>
        <translation>サイバー保険の保険会社</translation>
    </message>
    <message>
        <source>IT vendor</source>
        <translation>IT ベンダー</translation>
    </message>
    <message>
        <source>Own responder</source>
        <translation>社内の対応担当者</translation>
    </message>
    <message>
        <source>Other contact</source>
        <translation>その他の連絡先</translation>
    </message>
    <message>
        <source>Ransomware</source>
        <translation>ランサムウェア</translation>
    </message>
    <message>
        <source>Emotet or other malware</source>
        <translation>Emotet などのマルウェア</translation>
    </message>
    <message>
        <source>Unauthorised access</source>
        <translation>不正アクセス</translation>
    </message>
    <message>
        <source>Website tampering</source>
        <translation>ウェブサイトの改ざん</translation>
    </message>
    <message>
        <source>Lost or stolen device</source>
        <translation>機器の紛失・盗難</translation>
    </message>
    <message>
        <source>Information leak</source>
        <translation>情報漏えい</translation>
    </message>
    <message>
        <source>Other incident</source>
        <translation>その他のインシデント</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>対応中</translation>
    </message>
    <message>
        <source>Contained</source>
        <translation>封じ込め済み</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>対応完了</translation>
    </message>
    <message>
        <source>Detection</source>
        <translation>検知</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>対応</translation>
    </message>
    <message>
        <source>Contact made</source>
        <translation>連絡</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>判断</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>メール</translation>
    </message>
    <message>
        <source>Portal</source>
        <translation>ポータルサイト</translation>
    </message>
    <message>
        <source>A contact needs a name.</source>
        <translation>連絡先の名前を入力してください。</translation>
    </message>
    <message>
        <source>The contact &quot;%1&quot; has an unknown kind.</source>
        <translation>連絡先「%1」の種類が不明です。</translation>
    </message>
    <message>
        <source>The contact &quot;%1&quot; cannot be checked after today.</source>
        <translation>連絡先「%1」の確認日に明日以降の日付は指定できません。</translation>
    </message>
    <message>
        <source>A partner to inform needs a name.</source>
        <translation>連絡する取引先の名前を入力してください。</translation>
    </message>
    <message>
        <source>The partner &quot;%1&quot; names an unknown kind of incident.</source>
        <translation>取引先「%1」に不明なインシデントの種類が指定されています。</translation>
    </message>
    <message>
        <source>An incident needs the time it was detected.</source>
        <translation>インシデントの検知日時を入力してください。</translation>
    </message>
    <message>
        <source>An incident&apos;s times cannot be in the future.</source>
        <translation>インシデントの日時に未来の日時は指定できません。</translation>
    </message>
    <message>
        <source>An incident cannot occur after it was detected.</source>
        <translation>インシデントの発生日時を検知日時より後にすることはできません。</translation>
    </message>
    <message>
        <source>An incident cannot be known, reported, contained or resolved before it occurred.</source>
        <translation>認知・報告・封じ込め・解決の日時を発生日時より前にすることはできません。</translation>
    </message>
    <message>
        <source>An incident cannot be contained before it was detected.</source>
        <translation>封じ込めの日時を検知日時より前にすることはできません。</translation>
    </message>
    <message>
        <source>An incident cannot be resolved before it was detected.</source>
        <translation>解決の日時を検知日時より前にすることはできません。</translation>
    </message>
    <message>
        <source>A closed incident needs the time it was resolved.</source>
        <translation>対応完了のインシデントには解決日時を入力してください。</translation>
    </message>
    <message>
        <source>The number of people cannot be negative.</source>
        <translation>本人の数にマイナスは入力できません。</translation>
    </message>
    <message>
        <source>An affected asset is listed twice or is not in the register.</source>
        <translation>影響を受けた資産が重複しているか、台帳にありません。</translation>
    </message>
    <message>
        <source>A timeline entry needs its time.</source>
        <translation>経過記録の項目に日時を入力してください。</translation>
    </message>
    <message>
        <source>A timeline entry needs a text.</source>
        <translation>経過記録の項目に内容を入力してください。</translation>
    </message>
    <message>
        <source>A timeline entry cannot be in the future.</source>
        <translation>経過記録の項目に未来の日時は指定できません。</translation>
    </message>
    <message>
        <source>A follow-up action needs a description.</source>
        <translation>再発防止策の内容を入力してください。</translation>
    </message>
    <message>
        <source>A ticked step needs its text and time.</source>
        <translation>チェックした手順には内容と日時が必要です。</translation>
    </message>
    <message>
        <source>A step cannot be ticked in the future.</source>
        <translation>手順のチェック日時に未来の日時は指定できません。</translation>
    </message>
    <message>
        <source>A playbook needs a kind of incident.</source>
        <translation>対応手順にはインシデントの種類を指定してください。</translation>
    </message>
    <message>
        <source>A playbook step needs a text.</source>
        <translation>対応手順の各手順に内容を入力してください。</translation>
    </message>
    <message>
        <source>No ransom paid</source>
        <translation>身代金は支払わない</translation>
    </message>
    <message>
        <source>Preliminary report to the Commission</source>
        <translation>個人情報保護委員会への速報</translation>
    </message>
    <message>
        <source>Final report to the Commission</source>
        <translation>個人情報保護委員会への確報</translation>
    </message>
    <message>
        <source>People concerned notified</source>
        <translation>本人へ通知済み</translation>
    </message>
    <message>
        <source>Partners informed</source>
        <translation>取引先へ連絡済み</translation>
    </message>
    <message>
        <source>Reported to the police</source>
        <translation>警察へ届出済み</translation>
    </message>
</context>
<context>
    <name>kamae::domain::PatchText</name>
    <message>
        <source>A patch item belongs to an asset.</source>
        <translation>修正プログラムの項目は、いずれかの情報資産に属している必要があります。</translation>
    </message>
    <message>
        <source>Name the product or at least one CVE.</source>
        <translation>製品名か、CVE 番号を 1 つ以上入力してください。</translation>
    </message>
    <message>
        <source>Accepting a risk needs a reason: why is it acceptable not to apply this update?</source>
        <translation>リスク受容には理由が必要です。このアップデートを適用しなくてもよい理由を入力してください。</translation>
    </message>
    <message>
        <source>Accepting a risk needs a date to look at it again.</source>
        <translation>リスク受容には、次に見直す日付が必要です。</translation>
    </message>
    <message>
        <source>An applied update needs the date it was applied.</source>
        <translation>適用済みにするには、適用した日付が必要です。</translation>
    </message>
    <message>
        <source>A CVSS score is between 0 and 10.</source>
        <translation>CVSS スコアは 0 から 10 の範囲で入力してください。</translation>
    </message>
    <message>
        <source>Each period is between 1 and 3650 days.</source>
        <translation>各期間は 1～3650 日の範囲で指定してください。</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未対応</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>適用予定</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>適用済み</translation>
    </message>
    <message>
        <source>Risk accepted</source>
        <translation>リスク受容</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>注意</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>High</source>
        <translation>重要</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>緊急</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a CVE id (CVE-2018-13379).</source>
        <translation>「%1」は CVE 番号の形式ではありません（例: CVE-2018-13379）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a JVN id (JVNDB-2024-001234, JVNVU#12345678).</source>
        <translation>「%1」は JVN 番号の形式ではありません（例: JVNDB-2024-001234、JVNVU#12345678）。</translation>
    </message>
</context>
<context>
    <name>kamae::domain::ScheduleText</name>
    <message>
        <source>Choose at least one day of the week.</source>
        <translation>曜日を 1 つ以上選択してください。</translation>
    </message>
    <message>
        <source>The day of the month must be between 1 and 31.</source>
        <translation>日付は 1～31 の範囲で指定してください。</translation>
    </message>
    <message>
        <source>The interval must be between 1 and 3660 days.</source>
        <translation>間隔は 1～3660 日の範囲で指定してください。</translation>
    </message>
    <message>
        <source>Unknown schedule.</source>
        <translation>不明なスケジュールです。</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>毎日</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>毎週</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>毎月</translation>
    </message>
    <message>
        <source>Every N days</source>
        <translation>N 日ごと</translation>
    </message>
    <message>
        <source>Every day of the week</source>
        <translation>毎日（全曜日）</translation>
    </message>
    <message>
        <source>Weekly on %1</source>
        <translation>毎週 %1</translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator for weekdays</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>Monthly on day %1 (the last day in shorter months)</source>
        <translation>毎月 %1 日（その日がない月は月末）</translation>
    </message>
    <message>
        <source>Monthly on day %1</source>
        <translation>毎月 %1 日</translation>
    </message>
    <message numerus="yes">
        <source>Every %n day(s)</source>
        <translation>
            <numerusform>%n 日ごと</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kamae::feeds::FeedFile</name>
    <message>
        <source>The file is a PDF document, not a CISA KEV catalogue (JSON) or a JVN iPedia feed (JVNRSS XML).</source>
        <translation>このファイルは PDF 文書です。CISA KEV カタログ（JSON）でも JVN iPedia のフィード（JVNRSS の XML）でもありません。</translation>
    </message>
    <message>
        <source>The file is compressed (ZIP or gzip): extract the feed from it first.</source>
        <translation>このファイルは圧縮されています（ZIP または gzip）。先にフィードのファイルを展開してください。</translation>
    </message>
    <message>
        <source>The file is the CSV edition of the KEV catalogue; Kamae reads the JSON edition (known_exploited_vulnerabilities.json).</source>
        <translation>このファイルは KEV カタログの CSV 版です。Kamae は JSON 版（known_exploited_vulnerabilities.json）を読み込みます。</translation>
    </message>
    <message>
        <source>The file is neither a CISA KEV catalogue (JSON) nor a JVN iPedia feed (JVNRSS XML).</source>
        <translation>このファイルは CISA KEV カタログ（JSON）でも JVN iPedia のフィード（JVNRSS の XML）でもありません。</translation>
    </message>
    <message>
        <source>%1 is larger than %2, too large for a vulnerability feed.</source>
        <translation>%1 は %2 を超えており、脆弱性フィードとしては大きすぎます。</translation>
    </message>
</context>
<context>
    <name>kamae::feeds::FeedText</name>
    <message>
        <source>The file is empty.</source>
        <translation>ファイルが空です。</translation>
    </message>
    <message>
        <source>The file is a web page (HTML), not a feed. Save the feed file itself (the JSON or RSS link on the page), not the page.</source>
        <translation>このファイルは Web ページ（HTML）で、フィードではありません。ページではなく、ページ内の JSON や RSS のリンク先にあるフィードのファイルを保存してください。</translation>
    </message>
    <message>
        <source>The file is UTF-32, which Kamae does not read. Save it as UTF-8.</source>
        <translation>このファイルは UTF-32 です。Kamae は UTF-32 を読み込みません。UTF-8 で保存してください。</translation>
    </message>
    <message>
        <source>The file looks like UTF-16 without a byte order mark, which Kamae does not read. Save it as UTF-8, or as UTF-16 with a byte order mark.</source>
        <translation>このファイルはバイトオーダーマーク（BOM）のない UTF-16 のようです。Kamae はこの形式を読み込みません。UTF-8 で保存するか、BOM 付きの UTF-16 で保存してください。</translation>
    </message>
    <message>
        <source>The file starts with a UTF-16 byte order mark, but its bytes are not valid UTF-16. Download the feed again, or save it as UTF-8.</source>
        <translation>このファイルは UTF-16 のバイトオーダーマーク（BOM）で始まっていますが、バイト列が正しい UTF-16 ではありません。フィードをもう一度ダウンロードするか、UTF-8 で保存してください。</translation>
    </message>
    <message>
        <source>Line %1: the file declares the encoding %2, but its bytes are not %2. Download the feed again, or save it in the encoding it declares.</source>
        <translation>%1 行目: ファイルでは文字コード %2 が宣言されていますが、バイト列が %2 ではありません。フィードをもう一度ダウンロードするか、宣言されている文字コードで保存してください。</translation>
    </message>
    <message>
        <source>Line %1: the file declares the encoding %2, but its bytes are not %2; they look like %3. Download the feed again, or save it in the encoding it declares.</source>
        <translation>%1 行目: ファイルでは文字コード %2 が宣言されていますが、バイト列が %2 ではなく、%3 のようです。フィードをもう一度ダウンロードするか、宣言されている文字コードで保存してください。</translation>
    </message>
</context>
<context>
    <name>kamae::feeds::Jvn</name>
    <message>
        <source>The file is not XML, so it is not a JVN feed (JVNRSS).</source>
        <translation>このファイルは XML ではないため、JVN のフィード（JVNRSS）ではありません。</translation>
    </message>
    <message>
        <source>Line %1: the XML file has a DOCTYPE, which JVN feeds do not have: it is not a JVN feed.</source>
        <translation>%1 行目: この XML ファイルには JVN のフィードにはない DOCTYPE 宣言があります。JVN のフィードではありません。</translation>
    </message>
    <message>
        <source>The XML file is not a JVN feed: it starts with &lt;%1&gt;, a JVN feed with &lt;rdf:RDF&gt;.</source>
        <translation>この XML ファイルは JVN のフィードではありません。先頭の要素が &lt;%1&gt; です（JVN のフィードは &lt;rdf:RDF&gt; で始まります）。</translation>
    </message>
    <message>
        <source>Line %1: the item &quot;%2&quot; has no sec:identifier.</source>
        <translation>%1 行目: 項目「%2」に sec:identifier がありません。</translation>
    </message>
    <message>
        <source>Line %1: the feed ends before its XML is complete: the file is incomplete, perhaps a download that was cut off. Download it again.</source>
        <translation>%1 行目: XML が途中で終わっています。ダウンロードが途中で切れた可能性があります。もう一度ダウンロードしてください。</translation>
    </message>
    <message>
        <source>Line %1, column %2: the file is not well-formed XML (%3).</source>
        <translation>%1 行目 %2 桁目: XML として正しくありません（%3）。</translation>
    </message>
    <message>
        <source>Line %1: the file declares no encoding, so it must be UTF-8, but its bytes are not UTF-8. Save it as UTF-8, or name its encoding in the XML declaration.</source>
        <translation>%1 行目: ファイルで文字コードが宣言されていないため UTF-8 である必要がありますが、バイト列が UTF-8 ではありません。UTF-8 で保存するか、XML 宣言で文字コードを指定してください。</translation>
    </message>
    <message>
        <source>Line %1: the file declares no encoding, so it must be UTF-8, but its bytes are not UTF-8; they look like %2. Save it as UTF-8, or name its encoding in the XML declaration.</source>
        <translation>%1 行目: ファイルで文字コードが宣言されていないため UTF-8 である必要がありますが、バイト列が UTF-8 ではなく、%2 のようです。UTF-8 で保存するか、XML 宣言で文字コードを指定してください。</translation>
    </message>
    <message>
        <source>Line 1: the file declares the encoding %1, which Kamae cannot read. Save it as UTF-8.</source>
        <translation>1 行目: ファイルで宣言されている文字コード %1 は、Kamae では読み込めません。UTF-8 で保存してください。</translation>
    </message>
    <message>
        <source>The feed uses the JVN sec: module %1; Kamae reads %2 (JVNRSS 2.0) and %3.</source>
        <translation>このフィードは JVN の sec: モジュール %1 を使用しています。Kamae が読み込めるのは %2（JVNRSS 2.0）と %3 です。</translation>
    </message>
    <message>
        <source>The RSS file is not a JVN feed: it does not declare the JVN sec: module (%1 or %2).</source>
        <translation>この RSS ファイルは JVN のフィードではありません。JVN の sec: モジュール（%1 または %2）が宣言されていません。</translation>
    </message>
    <message>
        <source>Line %1: the item %2 has more than %3 %4 elements; real entries have at most a few hundred. The file is damaged or is not a real JVN feed.</source>
        <translation>%1 行目: 項目 %2 の %4 要素が %3 個を超えています。実際の項目では多くても数百個です。ファイルが破損しているか、本物の JVN のフィードではありません。</translation>
    </message>
    <message>
        <source>Line %1: the element &lt;%2&gt; holds elements nested more than %3 deep; a JVN feed nests a few. The file is damaged or is not a JVN feed.</source>
        <translation>%1 行目: 要素 &lt;%2&gt; の中で、要素が %3 階層を超えて入れ子になっています。JVN のフィードの入れ子は数階層です。ファイルが破損しているか、JVN のフィードではありません。</translation>
    </message>
</context>
<context>
    <name>kamae::feeds::Kev</name>
    <message>
        <source>The JSON ends early, at byte %1 (line %2): the file is incomplete, perhaps a download that was cut off. Download it again.</source>
        <translation>JSON が %1 バイト目（%2 行目）で途中で終わっています。ダウンロードが途中で切れた可能性があります。もう一度ダウンロードしてください。</translation>
    </message>
    <message>
        <source>The file is not valid JSON: %1 at byte %2 (line %3).</source>
        <translation>JSON として正しくありません: %2 バイト目（%3 行目）で %1。</translation>
    </message>
    <message>
        <source>The file is not JSON, so it is not a CISA KEV catalogue.</source>
        <translation>このファイルは JSON ではないため、CISA KEV カタログではありません。</translation>
    </message>
    <message>
        <source>The JSON file is not a CISA KEV catalogue: it holds a list, not the catalogue object.</source>
        <translation>この JSON ファイルは CISA KEV カタログではありません。カタログのオブジェクトではなく、配列が入っています。</translation>
    </message>
    <message>
        <source>The JSON file is not a CISA KEV catalogue: it has neither catalogVersion nor vulnerabilities.</source>
        <translation>この JSON ファイルは CISA KEV カタログではありません。catalogVersion も vulnerabilities もありません。</translation>
    </message>
    <message>
        <source>The KEV catalogue has no catalogVersion.</source>
        <translation>KEV カタログに catalogVersion がありません。</translation>
    </message>
    <message>
        <source>The KEV catalogue has no vulnerabilities list.</source>
        <translation>KEV カタログに vulnerabilities の一覧がありません。</translation>
    </message>
    <message>
        <source>The vulnerabilities of the KEV catalogue are not a list.</source>
        <translation>KEV カタログの vulnerabilities が配列になっていません。</translation>
    </message>
    <message>
        <source>Entry %1 of the KEV catalogue is not an object.</source>
        <translation>KEV カタログの %1 番目の項目がオブジェクトではありません。</translation>
    </message>
    <message>
        <source>Entry %1 of the KEV catalogue has no cveID.</source>
        <translation>KEV カタログの %1 番目の項目に cveID がありません。</translation>
    </message>
    <message>
        <source>Entry %1 of the KEV catalogue has the cveID &quot;%2&quot;, which is not a CVE id like CVE-2024-12345.</source>
        <translation>KEV カタログの %1 番目の項目の cveID「%2」は、CVE-2024-12345 のような CVE 番号ではありません。</translation>
    </message>
    <message>
        <source>%1 (entry %2 of the KEV catalogue) has no dateAdded.</source>
        <translation>%1（KEV カタログの %2 番目の項目）に dateAdded がありません。</translation>
    </message>
    <message>
        <source>%1 (entry %2 of the KEV catalogue): dateAdded &quot;%3&quot; is not a date like 2024-05-01.</source>
        <translation>%1（KEV カタログの %2 番目の項目）: dateAdded「%3」は 2024-05-01 のような日付ではありません。</translation>
    </message>
    <message>
        <source>%1 (entry %2 of the KEV catalogue): dueDate &quot;%3&quot; is not a date like 2024-05-22.</source>
        <translation>%1（KEV カタログの %2 番目の項目）: dueDate「%3」は 2024-05-22 のような日付ではありません。</translation>
    </message>
    <message>
        <source>Line %1: the file is not UTF-8, which a KEV catalogue (JSON) must be. Download the catalogue again, or save it as UTF-8.</source>
        <translation>%1 行目: ファイルが UTF-8 ではありません。KEV カタログ（JSON）は UTF-8 である必要があります。カタログをもう一度ダウンロードするか、UTF-8 で保存してください。</translation>
    </message>
    <message>
        <source>Line %1: the file is not UTF-8, which a KEV catalogue (JSON) must be; its bytes look like %2. Download the catalogue again, or save it as UTF-8.</source>
        <translation>%1 行目: ファイルが UTF-8 ではなく、バイト列は %2 のようです。KEV カタログ（JSON）は UTF-8 である必要があります。カタログをもう一度ダウンロードするか、UTF-8 で保存してください。</translation>
    </message>
    <message>
        <source>%1 (entry %2 of the KEV catalogue) has more than %3 CWEs; real entries have a few. The file is damaged or is not CISA&apos;s catalogue.</source>
        <translation>%1（KEV カタログの %2 番目の項目）の CWE が %3 個を超えています。実際の項目では数個です。ファイルが破損しているか、CISA のカタログではありません。</translation>
    </message>
</context>
<context>
    <name>kamae::incidents::IncidentCommands</name>
    <message>
        <source>Usage: kamae incidents list VAULT [--json]</source>
        <translation>使い方: kamae incidents list 保管庫ファイル [--json]</translation>
    </message>
    <message>
        <source>Usage: kamae incidents new VAULT --kind KIND --detected YYYY-MM-DD[THH:MM] [--title TEXT]</source>
        <translation>使い方: kamae incidents new 保管庫ファイル --kind 種類 --detected YYYY-MM-DD[THH:MM] [--title 件名]</translation>
    </message>
    <message>
        <source>Usage: kamae contacts list VAULT [--json]</source>
        <translation>使い方: kamae contacts list 保管庫ファイル [--json]</translation>
    </message>
    <message>
        <source>No incident is recorded.</source>
        <translation>インシデントは記録されていません。</translation>
    </message>
    <message>
        <source> (drill)</source>
        <translation>（訓練）</translation>
    </message>
    <message>
        <source>Report to the Commission: preliminary by %1%2, final by %3%4</source>
        <translation>個人情報保護委員会への報告: 速報 %1 まで%2、確報 %3 まで%4</translation>
    </message>
    <message>
        <source> (made %1)</source>
        <translation>（%1 報告済み）</translation>
    </message>
    <message>
        <source>Unknown kind &quot;%1&quot;; use one of: %2.</source>
        <translation>種類「%1」は不明です。次のいずれかを指定してください: %2。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (YYYY-MM-DD) or a date and time (YYYY-MM-DDTHH:MM).</source>
        <translation>「%1」は日付（YYYY-MM-DD）または日時（YYYY-MM-DDTHH:MM）ではありません。</translation>
    </message>
    <message>
        <source>Recorded from the command line.</source>
        <translation>コマンドラインから記録しました。</translation>
    </message>
    <message>
        <source>Recorded incident %1 (%2), detected %3.</source>
        <translation>インシデント %1（%2）を記録しました（検知日時: %3）。</translation>
    </message>
    <message>
        <source>No contact is recorded.</source>
        <translation>連絡先は記録されていません。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>checked %1</source>
        <translation>確認日 %1</translation>
    </message>
    <message>
        <source>never checked</source>
        <translation>未確認</translation>
    </message>
    <message>
        <source> (check it)</source>
        <translation>（要確認）</translation>
    </message>
    <message>
        <source>  incidents list VAULT [--json]
                             the incident log, with the reports to the Personal
                             Information Protection Commission due
</source>
        <translation>  incidents list 保管庫ファイル [--json]
                                    インシデント記録を、個人情報保護委員会への報告期限とともに表示
</translation>
    </message>
    <message>
        <source>  incidents new VAULT --kind KIND --detected YYYY-MM-DD[THH:MM] [--title TEXT]
                             record an incident (ransomware, malware, unauthorised_access,
                             website_tampering, lost_device, information_leak, other)
</source>
        <translation>  incidents new 保管庫ファイル --kind 種類 --detected YYYY-MM-DD[THH:MM] [--title 件名]
                                    インシデントを記録（種類: ransomware、malware、unauthorised_access、
                                    website_tampering、lost_device、information_leak、other）
</translation>
    </message>
    <message>
        <source>  contacts list VAULT [--json]
                             whom to call in an incident, and when each entry
                             was last checked
</source>
        <translation>  contacts list 保管庫ファイル [--json]
                                    インシデント時の連絡先と、それぞれの最終確認日を表示
</translation>
    </message>
    <message>
        <source>Usage: kamae incidents report VAULT ID --out FILE.pdf|DIR [--lang ja|en]</source>
        <translation>使い方: kamae incidents report 保管庫ファイル ID --out ファイル.pdf|フォルダー [--lang ja|en]</translation>
    </message>
    <message>
        <source>Usage: kamae incidents card VAULT --out FILE.pdf|DIR [--lang ja|en] [--size a4|wallet]</source>
        <translation>使い方: kamae incidents card 保管庫ファイル --out ファイル.pdf|フォルダー [--lang ja|en] [--size a4|wallet]</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an incident number (see kamae incidents list).</source>
        <translation>「%1」はインシデント番号ではありません（kamae incidents list で確認できます）。</translation>
    </message>
    <message>
        <source>--size must be a4 or wallet.</source>
        <translation>--size には a4 か wallet を指定してください。</translation>
    </message>
    <message>
        <source>Printing needs Qt&apos;s GUI library to lay out its pages.</source>
        <translation>印刷でページをレイアウトするには、Qt の GUI ライブラリが必要です。</translation>
    </message>
    <message>
        <source>There is no incident %1 (see kamae incidents list).</source>
        <translation>インシデント %1 はありません（kamae incidents list で確認できます）。</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n page(s)).</source>
        <translation>
            <numerusform>%1 を書き出しました（%n ページ）。</numerusform>
        </translation>
    </message>
    <message>
        <source>  incidents report VAULT ID --out FILE.pdf|DIR [--lang ja|en]
                             the report of one incident for the police, the insurer
                             or a partner (A4): timeline, legal clock, steps done
</source>
        <translation>  incidents report 保管庫ファイル ID --out ファイル.pdf|フォルダー [--lang ja|en]
                             1 件のインシデントのレポート（警察・保険会社・取引先向け、A4）:
                             経過、法定の報告期限、実施した手順
</translation>
    </message>
    <message>
        <source>  incidents card VAULT --out FILE.pdf|DIR [--lang ja|en] [--size a4|wallet]
                             the incident card: first steps and the numbers to call,
                             on one A4 page or as wallet cards (five per page)
</source>
        <translation>  incidents card 保管庫ファイル --out ファイル.pdf|フォルダー [--lang ja|en] [--size a4|wallet]
                             インシデント対応カード: 初動と連絡先。A4 1 枚、
                             または携帯用カード（1 ページに 5 枚）
</translation>
    </message>
</context>
<context>
    <name>kamae::incidents::IncidentDeadlines</name>
    <message>
        <source>sensitive personal data</source>
        <translation>要配慮個人情報</translation>
    </message>
    <message>
        <source>a risk of financial harm</source>
        <translation>財産的被害のおそれ</translation>
    </message>
    <message>
        <source>suspected malice</source>
        <translation>不正の目的のおそれ</translation>
    </message>
    <message>
        <source>more than 1,000 people</source>
        <translation>1,000 人を超える漏えい等</translation>
    </message>
    <message>
        <source>Occurred: %1</source>
        <translation>発生日: %1</translation>
    </message>
    <message>
        <source>Detected: %1</source>
        <translation>検知日: %1</translation>
    </message>
    <message>
        <source>Aware: %1</source>
        <translation>認知日: %1</translation>
    </message>
    <message>
        <source>Reportable because of: %1</source>
        <translation>報告対象となる理由: %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>A risk of financial harm to the people concerned.</source>
        <translation>本人に財産的被害が生じるおそれがあります。</translation>
    </message>
    <message>
        <source>Notified on %1.</source>
        <translation>%1 に本人へ通知しました。</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>Items of personal data</source>
        <translation>漏えい等が発生した個人データの項目</translation>
    </message>
    <message>
        <source>Number of people</source>
        <translation>本人の数</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Secondary damage</source>
        <translation>二次被害又はそのおそれの有無及びその内容</translation>
    </message>
    <message>
        <source>Response to the people concerned</source>
        <translation>本人への対応の実施状況</translation>
    </message>
    <message>
        <source>Publication</source>
        <translation>公表の実施状況</translation>
    </message>
    <message>
        <source>Measures against recurrence</source>
        <translation>再発防止のための措置</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>その他参考となる事項</translation>
    </message>
</context>
<context>
    <name>kamae::incidents::IncidentDefaults</name>
    <message>
        <source>IPA cybersecurity consultation desk for companies</source>
        <translation>IPA 企業組織向けサイバーセキュリティ相談窓口</translation>
    </message>
    <message>
        <source>Advice on the first response to malware, unauthorised access or ransomware, vendors that handle incidents, and whom else to contact. IPA does not investigate for you.</source>
        <translation>マルウェア・不正アクセス・ランサムウェアの初動対応、インシデント対応を行う専門事業者、ほかに連絡すべき相談先について助言を受けられます。事案の調査は IPA では行いません。</translation>
    </message>
    <message>
        <source>As soon as you suspect an incident, and whenever you do not know whom to call first.</source>
        <translation>インシデントが疑われたら、すぐに連絡します。最初にどこへ連絡すべきかわからないときも、ここに連絡します。</translation>
    </message>
    <message>
        <source>JPCERT/CC incident response request</source>
        <translation>JPCERT/CC インシデント対応依頼</translation>
    </message>
    <message>
        <source>Technical coordination: JPCERT/CC contacts the source of an attack and can help analyse it or give a second opinion.</source>
        <translation>技術的な調整を行います。JPCERT/CC が攻撃元に連絡し、分析の支援やセカンドオピニオンを受けられる場合があります。</translation>
    </message>
    <message>
        <source>When your site or servers are attacked, tampered with or used to attack others, or for a second opinion on ransomware.</source>
        <translation>自社のサイトやサーバーが攻撃・改ざんされたとき、他者への攻撃に悪用されたとき、またはランサムウェアについてセカンドオピニオンがほしいときに連絡します。</translation>
    </message>
    <message>
        <source>Prefectural police cyber crime desk</source>
        <translation>都道府県警察のサイバー犯罪相談窓口</translation>
    </message>
    <message>
        <source>Consultation and reports of cyber crime. #9110 is the police&apos;s general consultation line; the online reception forwards to the prefecture you choose. A damage report is made at a police station.</source>
        <translation>サイバー犯罪の相談と通報を受け付けます。#9110 は警察の総合相談電話で、オンライン受付は選んだ都道府県警察に転送されます。被害届は警察署に提出します。</translation>
    </message>
    <message>
        <source>Once the damage is contained: ransomware, unauthorised access, fraud or threats. In an emergency call 110.</source>
        <translation>被害の拡大を抑えたあとに相談します（ランサムウェア、不正アクセス、詐欺、脅迫など）。緊急の場合は 110 番に通報してください。</translation>
    </message>
    <message>
        <source>Supervising ministry</source>
        <translation>所管省庁</translation>
    </message>
    <message>
        <source>Consultation, and the reports your industry&apos;s rules require. The METI alert asks companies to consult the ministry early.</source>
        <translation>相談のほか、業界の規則で求められる報告を行います。経済産業省の注意喚起では、早めに所管省庁へ相談するよう求めています。</translation>
    </message>
    <message>
        <source>When an incident is confirmed, and whenever your industry&apos;s rules require a report; some industries report personal data leaks here instead of to the Commission.</source>
        <translation>インシデントが確認されたとき、および業界の規則で報告が求められるときに連絡します。業種によっては、個人データの漏えい等を個人情報保護委員会ではなく所管省庁に報告します。</translation>
    </message>
    <message>
        <source>Personal Information Protection Commission (leak reports)</source>
        <translation>個人情報保護委員会（漏えい等報告）</translation>
    </message>
    <message>
        <source>The report of a personal data leak the law requires, made through the Commission&apos;s online form.</source>
        <translation>法令で義務付けられた個人データの漏えい等報告を、個人情報保護委員会のオンラインの報告フォームで行います。</translation>
    </message>
    <message>
        <source>When a leak or possible leak involves sensitive data, a risk of financial harm, suspected malice or more than 1,000 people: a preliminary report promptly (about 3 to 5 days), a final report within 30 days (60 for malice).</source>
        <translation>漏えい等またはそのおそれが、要配慮個人情報、財産的被害のおそれ、不正の目的のおそれ、1,000 人を超える漏えい等のいずれかに該当するとき。速報は速やかに（3～5 日程度）、確報は 30 日以内（不正の目的のおそれがある場合は 60 日以内）に提出します。</translation>
    </message>
    <message>
        <source>Cybersecurity Otasuketai service provider</source>
        <translation>サイバーセキュリティお助け隊サービスの事業者</translation>
    </message>
    <message>
        <source>Monitoring, first response and simple insurance for small companies in one package. Fill in your provider and its hotline.</source>
        <translation>中小企業向けに、監視・初動対応・簡易な保険をまとめて提供するサービスです。契約している事業者と、その緊急連絡先を記入してください。</translation>
    </message>
    <message>
        <source>When the provider&apos;s monitoring warns you, and at the first sign of an incident.</source>
        <translation>事業者の監視サービスから警告があったとき、およびインシデントの兆候に気づいたときに連絡します。</translation>
    </message>
    <message>
        <source>Cyber insurer</source>
        <translation>サイバー保険の保険会社</translation>
    </message>
    <message>
        <source>Incident response costs, investigation and damages under your policy. Fill in the insurer, the policy number and its hotline.</source>
        <translation>契約内容に応じて、インシデント対応の費用、調査費用、損害賠償を補償します。保険会社、証券番号、事故受付窓口を記入してください。</translation>
    </message>
    <message>
        <source>Before you order an investigation or a restoration: most policies want to be told first.</source>
        <translation>調査や復旧を依頼する前に連絡します。多くの保険では、事前の連絡が求められます。</translation>
    </message>
</context>
<context>
    <name>kamae::incidents::IncidentFactorText</name>
    <message>
        <source>IPA&apos;s consultation desk</source>
        <translation>IPA の相談窓口</translation>
    </message>
    <message>
        <source>the police cyber crime desk</source>
        <translation>警察のサイバー犯罪相談窓口</translation>
    </message>
    <message>
        <source>the Personal Information Protection Commission</source>
        <translation>個人情報保護委員会</translation>
    </message>
    <message>
        <source>an IT vendor or Otasuketai provider</source>
        <translation>IT ベンダーまたはお助け隊サービス事業者</translation>
    </message>
    <message>
        <source>an own responder</source>
        <translation>社内の対応担当者</translation>
    </message>
    <message>
        <source>Whom to call: contacts complete and checked in the last 12 months</source>
        <translation>緊急時の連絡先がそろい、直近 12 か月に確認済み</translation>
    </message>
    <message>
        <source>Playbooks for the main kinds of incident</source>
        <translation>主なインシデントの対応手順</translation>
    </message>
    <message>
        <source>Business partners to inform</source>
        <translation>連絡する取引先</translation>
    </message>
    <message>
        <source>An incident drill or review in the last 12 months</source>
        <translation>直近 12 か月のインシデント対応訓練または振り返り</translation>
    </message>
    <message>
        <source>%1 of %2 kinds of contact are listed and checked within 12 months.</source>
        <translation>%2 種類の連絡先のうち %1 種類を登録し、12 か月以内に確認しています。</translation>
    </message>
    <message>
        <source>Add or check the contacts: %1</source>
        <translation>連絡先を登録または確認する: %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>%1 of %2 main kinds have a playbook.</source>
        <translation>主な %2 種類のインシデントのうち %1 種類に対応手順があります。</translation>
    </message>
    <message>
        <source>Adopt the playbooks for ransomware, Emotet, unauthorised access and information leaks</source>
        <translation>ランサムウェア・Emotet・不正アクセス・情報漏えいの対応手順を取り入れる</translation>
    </message>
    <message>
        <source>No business partner to inform is listed.</source>
        <translation>連絡する取引先が登録されていません。</translation>
    </message>
    <message>
        <source>List the business partners and overseas sites to inform</source>
        <translation>連絡する取引先と海外拠点を登録する</translation>
    </message>
    <message numerus="yes">
        <source>%n partner(s) to inform are listed.</source>
        <translation>
            <numerusform>連絡する取引先が %n 件登録されています。</numerusform>
        </translation>
    </message>
    <message>
        <source>No incident drill, and no closed incident with its lessons learned, is recorded.</source>
        <translation>インシデント対応訓練の記録も、教訓を記録して対応完了としたインシデントもありません。</translation>
    </message>
    <message>
        <source>Hold an incident drill and record its lessons</source>
        <translation>インシデント対応訓練を実施して教訓を記録する</translation>
    </message>
    <message>
        <source>The last drill or incident review was on %1.</source>
        <translation>直近の訓練またはインシデントの振り返りは %1 です。</translation>
    </message>
    <message>
        <source>Hold an incident drill (last: %1)</source>
        <translation>インシデント対応訓練を実施する（前回: %1）</translation>
    </message>
    <message>
        <source>Incident records: %1 of %2 kinds of contact checked, %3 of %4 playbooks.</source>
        <translation>インシデントの記録: 連絡先 %2 種類のうち %1 種類を確認済み、対応手順は主な %4 種類のうち %3 種類。</translation>
    </message>
    <message numerus="yes">
        <source>Incident records: %n legal report(s) overdue.</source>
        <translation>
            <numerusform>インシデントの記録: 法令に基づく報告 %n 件が期限超過です。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Incident records: the police, the Commission and %n partner(s) to inform are listed.</source>
        <translation>
            <numerusform>インシデントの記録: 警察、個人情報保護委員会、連絡する取引先 %n 件が登録されています。</numerusform>
        </translation>
    </message>
    <message>
        <source>Incident records: the police, the Commission or the partners to inform are missing.</source>
        <translation>インシデントの記録: 警察、個人情報保護委員会、連絡する取引先のいずれかが登録されていません。</translation>
    </message>
</context>
<context>
    <name>kamae::incidents::IncidentPrint</name>
    <message>
        <source>Yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>No</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>Person #%1 (no longer in the list)</source>
        <translation>人物 #%1（一覧から削除済み）</translation>
    </message>
    <message>
        <source>Not recorded yet.</source>
        <translation>まだ記録されていません。</translation>
    </message>
    <message>
        <source>The incident</source>
        <translation>インシデントの概要</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>記録内容</translation>
    </message>
    <message>
        <source>Asset #%1 (no longer in the register)</source>
        <translation>情報資産 #%1（台帳から削除済み）</translation>
    </message>
    <message>
        <source>Incident number</source>
        <translation>インシデント番号</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>件名</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Occurred</source>
        <translation>発生日時</translation>
    </message>
    <message>
        <source>Detected</source>
        <translation>検知日時</translation>
    </message>
    <message>
        <source>Became aware</source>
        <translation>認知日時</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>報告日時</translation>
    </message>
    <message>
        <source>Contained</source>
        <translation>封じ込め日時</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>解決日時</translation>
    </message>
    <message>
        <source>Found by</source>
        <translation>発見者</translation>
    </message>
    <message>
        <source>Affected assets</source>
        <translation>影響を受けた情報資産</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>This was an exercise, not a real incident.</source>
        <translation>これは訓練であり、実際のインシデントではありません。</translation>
    </message>
    <message>
        <source>Personal data and the legal clock</source>
        <translation>個人データと法定の報告期限</translation>
    </message>
    <message>
        <source>The record names no personal data involved.</source>
        <translation>関係する個人データは記録されていません。</translation>
    </message>
    <message>
        <source>Items of personal data</source>
        <translation>漏えい等が発生した個人データの項目</translation>
    </message>
    <message>
        <source>Number of people</source>
        <translation>本人の数</translation>
    </message>
    <message>
        <source>Not known yet</source>
        <translation>未確定</translation>
    </message>
    <message>
        <source>Sensitive personal data (要配慮個人情報)</source>
        <translation>要配慮個人情報</translation>
    </message>
    <message>
        <source>Risk of financial harm</source>
        <translation>財産的被害のおそれ</translation>
    </message>
    <message>
        <source>Suspected malice</source>
        <translation>不正の目的によるおそれ</translation>
    </message>
    <message>
        <source>An exercise: no report to the Commission is due.</source>
        <translation>訓練のため、個人情報保護委員会への報告は不要です。</translation>
    </message>
    <message>
        <source>None of the conditions that make a report to the Personal Information Protection Commission mandatory is recorded.</source>
        <translation>個人情報保護委員会への報告が義務となる事態は記録されていません。</translation>
    </message>
    <message>
        <source>A report to the Personal Information Protection Commission is due, but the record does not say when the company became aware.</source>
        <translation>個人情報保護委員会への報告が必要ですが、事態を認知した日時が記録されていません。</translation>
    </message>
    <message>
        <source>A report to the Personal Information Protection Commission is mandatory because of: %1. Day 1 is %2, the day the company became aware.</source>
        <translation>次の事態に当たるため、個人情報保護委員会への報告が義務です: %1。事態を認知した %2 を 1 日目として数えます。</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>報告</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>提出日</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状況</translation>
    </message>
    <message>
        <source>Made late</source>
        <translation>期限後に提出</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>提出済み</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>期限超過</translation>
    </message>
    <message>
        <source>To be made</source>
        <translation>未提出（期限内）</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>未提出</translation>
    </message>
    <message>
        <source>Preliminary report (速報)</source>
        <translation>速報</translation>
    </message>
    <message>
        <source>by %1 (at the latest %2)</source>
        <translation>%1 まで（遅くとも %2）</translation>
    </message>
    <message>
        <source>Final report (確報)</source>
        <translation>確報</translation>
    </message>
    <message numerus="yes">
        <source>by %1 (%n day(s))</source>
        <translation>
            <numerusform>%1 まで（%n 日以内）</numerusform>
        </translation>
    </message>
    <message>
        <source>Notice to the people concerned</source>
        <translation>本人への通知</translation>
    </message>
    <message>
        <source>promptly (by %1)</source>
        <translation>速やかに（%1 まで）</translation>
    </message>
    <message>
        <source>Overdue: %1. Make it now and record it in the timeline.</source>
        <translation>期限超過: %1。すぐに対応し、経過に記録してください。</translation>
    </message>
    <message>
        <source>Items of the report to the Commission (prefilled)</source>
        <translation>個人情報保護委員会への報告事項（記録から記入済み）</translation>
    </message>
    <message>
        <source>From the record</source>
        <translation>記録からの記入内容</translation>
    </message>
    <message>
        <source>(to be completed)</source>
        <translation>（要記入）</translation>
    </message>
    <message>
        <source>The Commission&apos;s form asks for these items (施行規則 第8条). Complete the empty ones before submitting it.</source>
        <translation>報告様式で求められる項目です（施行規則 第 8 条）。提出前に空欄を記入してください。</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>経過</translation>
    </message>
    <message>
        <source>Decision: no ransom was paid (recorded %1).</source>
        <translation>判断: 身代金は支払っていません（%1 記録）。</translation>
    </message>
    <message>
        <source>The decision not to pay the ransom is not recorded in the timeline.</source>
        <translation>身代金を支払わない判断が経過に記録されていません。</translation>
    </message>
    <message>
        <source>No timeline entry is recorded.</source>
        <translation>経過は記録されていません。</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>担当者</translation>
    </message>
    <message>
        <source>Playbook steps done</source>
        <translation>実施した対応手順</translation>
    </message>
    <message>
        <source>No playbook step is ticked.</source>
        <translation>チェックされた対応手順はありません。</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>手順</translation>
    </message>
    <message>
        <source>Done by</source>
        <translation>実施者</translation>
    </message>
    <message>
        <source>When</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>Follow-up actions</source>
        <translation>再発防止策</translation>
    </message>
    <message>
        <source>No follow-up action is recorded.</source>
        <translation>再発防止策は記録されていません。</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>対策</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>担当者</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完了日</translation>
    </message>
    <message>
        <source>Unplug the network cable and turn Wi-Fi off, but keep the machine powered on.</source>
        <translation>LAN ケーブルを抜き、Wi-Fi をオフにします。電源は入れたままにします。</translation>
    </message>
    <message>
        <source>Do not shut down, restart or delete anything: the logs are evidence.</source>
        <translation>シャットダウン、再起動、削除はしません。ログは証拠です。</translation>
    </message>
    <message>
        <source>Do not pay a ransom and do not contact the attacker.</source>
        <translation>身代金は支払わず、攻撃者に連絡しません。</translation>
    </message>
    <message>
        <source>Call the person in charge, then the numbers on this card.</source>
        <translation>担当者に連絡し、次にこのカードの連絡先に電話します。</translation>
    </message>
    <message>
        <source>Note the time, what you saw and whom you told.</source>
        <translation>時刻、見たこと、伝えた相手を書き留めます。</translation>
    </message>
    <message>
        <source>Open no suspicious mail or attachment, and warn your colleagues.</source>
        <translation>不審なメールや添付ファイルは開かず、周りの人に知らせます。</translation>
    </message>
    <message>
        <source>Incident card</source>
        <translation>インシデント対応カード</translation>
    </message>
    <message>
        <source>First steps</source>
        <translation>最初にやること</translation>
    </message>
    <message>
        <source>Numbers to call</source>
        <translation>連絡先</translation>
    </message>
    <message>
        <source>No contact is listed yet: fill in the directory on the Incidents page.</source>
        <translation>連絡先がまだ登録されていません。「インシデント対応・報告」画面の連絡先タブで登録してください。</translation>
    </message>
    <message>
        <source>%1 more numbers on the A4 card.</source>
        <translation>ほか %1 件の連絡先は A4 のカードにあります。</translation>
    </message>
    <message>
        <source>Cut along the dashed lines and fold along the dotted line: the steps on one side, the numbers on the other.</source>
        <translation>破線で切り取り、点線で二つ折りにします。片面が手順、もう片面が連絡先です。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Look up: %1</source>
        <translation>番号は %1 で確認</translation>
    </message>
    <message>
        <source>No number recorded</source>
        <translation>番号未記入</translation>
    </message>
    <message>
        <source>Some entries were never checked: check them before relying on this card.</source>
        <translation>一度も確認していない連絡先があります。このカードを使う前に確認してください。</translation>
    </message>
    <message>
        <source>Printed %1; entries checked since %2.</source>
        <translation>%1 印刷。連絡先は %2 以降に確認済みです。</translation>
    </message>
    <message>
        <source>Incident_card</source>
        <translation>インシデント対応カード</translation>
    </message>
    <message>
        <source>Incident_wallet_cards</source>
        <translation>インシデント対応カード_携帯用</translation>
    </message>
    <message>
        <source>Incident report</source>
        <translation>インシデントレポート</translation>
    </message>
    <message>
        <source>Prepared on</source>
        <translation>作成日</translation>
    </message>
    <message>
        <source>An exercise, not a real incident.</source>
        <translation>訓練（実際のインシデントではありません）</translation>
    </message>
    <message>
        <source>For the police, the insurer or a business partner: what the company&apos;s incident record says.</source>
        <translation>警察、保険会社、取引先への説明用: 社内のインシデント記録の内容です。</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Lessons learned</source>
        <translation>教訓</translation>
    </message>
    <message>
        <source>Incident %1 · printed %2</source>
        <translation>インシデント %1・%2 印刷</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>%1 / %2 ページ</translation>
    </message>
    <message>
        <source>Incident_report</source>
        <translation>インシデントレポート</translation>
    </message>
    <message>
        <source>There is no incident %1.</source>
        <translation>インシデント %1 はありません。</translation>
    </message>
</context>
<context>
    <name>kamae::incidents::IncidentReminderText</name>
    <message>
        <source>%1: aware on %2; reportable because of %3.</source>
        <translation>%1: %2 に認知しました。%3に該当するため、報告が必要です。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Preliminary leak report to the Personal Information Protection Commission</source>
        <translation>個人情報保護委員会への漏えい等報告（速報）</translation>
    </message>
    <message>
        <source>Report promptly: by %1 (the guideline says about 3 to 5 days, to %2).</source>
        <translation>速やかに報告してください。目安は %1 です（ガイドラインでは概ね 3～5 日以内、遅くとも %2 まで）。</translation>
    </message>
    <message>
        <source>Final leak report to the Personal Information Protection Commission</source>
        <translation>個人情報保護委員会への漏えい等報告（確報）</translation>
    </message>
    <message numerus="yes">
        <source>The final report is due within %n day(s), by %1.</source>
        <translation>
            <numerusform>確報の期限は %n 日以内、%1 までです。</numerusform>
        </translation>
    </message>
    <message>
        <source>Notify the people whose data leaked</source>
        <translation>漏えいした個人データの本人に通知する</translation>
    </message>
    <message>
        <source>The law asks to notify them promptly, as the situation allows, or to publish a notice where they cannot be reached.</source>
        <translation>法令では、状況に応じて速やかに本人へ通知すること、本人への通知が困難な場合は公表などの代替措置をとることが求められています。</translation>
    </message>
    <message>
        <source>Incident follow-up: %1</source>
        <translation>インシデントの再発防止策: %1</translation>
    </message>
    <message>
        <source>From the incident &quot;%1&quot;.</source>
        <translation>インシデント「%1」で決めた再発防止策です。</translation>
    </message>
    <message>
        <source>Check the incident contacts</source>
        <translation>インシデント時の連絡先を確認する</translation>
    </message>
    <message>
        <source>Some contacts were never checked; call or look up each and record the date.</source>
        <translation>一度も確認していない連絡先があります。電話や公式ページでそれぞれ確認し、確認日を記録してください。</translation>
    </message>
    <message>
        <source>The oldest check was on %1; numbers and pages change.</source>
        <translation>最も古い確認日は %1 です。電話番号や公式ページは変わることがあります。</translation>
    </message>
</context>
<context>
    <name>kamae::incidents::PlaybookText</name>
    <message>
        <source>Disconnect the affected machines from the network (unplug the cable, turn Wi-Fi off), but keep them powered on: do not shut down, restart or reinstall them.</source>
        <translation>影響を受けた機器をネットワークから切り離します（LAN ケーブルを抜く、Wi-Fi をオフにする）。ただし電源は入れたままにし、シャットダウン・再起動・再インストールはしません。</translation>
    </message>
    <message>
        <source>Keep the evidence: delete no files or mail, keep the logs of the PCs, servers, firewall and mail, and note the time of everything you see.</source>
        <translation>証拠を保全します。ファイルやメールは削除せず、パソコン・サーバー・ファイアウォール・メールのログを残し、確認したことはすべて時刻とともに記録します。</translation>
    </message>
    <message>
        <source>Tell the person in charge of incidents, and record the incident in Kamae with the time it was detected and who found it.</source>
        <translation>インシデント対応の責任者に知らせ、検知した日時と発見者とともに Kamae にインシデントを記録します。</translation>
    </message>
    <message>
        <source>Get expert help: call IPA&apos;s consultation desk, your IT vendor or Otasuketai provider, and tell the cyber insurer before ordering an investigation.</source>
        <translation>専門家の支援を受けます。IPA の相談窓口、IT ベンダー、お助け隊サービス事業者に連絡し、調査を依頼する前にサイバー保険の保険会社へ連絡します。</translation>
    </message>
    <message>
        <source>Consult the police cyber crime desk (#9110 or the police&apos;s online reception) and report to the supervising ministry where your industry&apos;s rules ask for it.</source>
        <translation>警察のサイバー犯罪相談窓口（#9110 または警察のオンライン受付）に相談し、業界の規則で求められている場合は所管省庁に報告します。</translation>
    </message>
    <message>
        <source>If personal data may have leaked, record it in the incident: Kamae shows whether a report to the Personal Information Protection Commission is due and by when.</source>
        <translation>個人データが漏えいしたおそれがある場合は、インシデントに記録します。個人情報保護委員会への報告が必要かどうか、いつまでに必要かを Kamae が表示します。</translation>
    </message>
    <message>
        <source>Do not pay the ransom and do not contact the attacker; record the decision in the timeline.</source>
        <translation>身代金は支払わず、攻撃者とも連絡を取りません。この判断を経過記録に残します。</translation>
    </message>
    <message>
        <source>Find out which machines, data and backups are affected, and whether the offline backup was connected at the time.</source>
        <translation>影響を受けた機器・データ・バックアップを特定し、その時点でオフライン保管のバックアップが接続されていたかを確認します。</translation>
    </message>
    <message>
        <source>Clean or rebuild the machines, change their passwords, then restore the data from the offline backup.</source>
        <translation>機器のマルウェアを駆除するか機器を再構築し、パスワードを変更してから、オフライン保管のバックアップからデータを復元します。</translation>
    </message>
    <message>
        <source>Close the way in (update the VPN or remote desktop, remove the account used) before reconnecting to the network.</source>
        <translation>ネットワークに再接続する前に、侵入経路をふさぎます（VPN やリモートデスクトップのアップデート、侵入に使われたアカウントの削除）。</translation>
    </message>
    <message>
        <source>Warn everyone in the company: do not open password-protected ZIP files or attachments of unexpected mail.</source>
        <translation>社内の全員に注意を呼びかけます。パスワード付き ZIP ファイルや、心当たりのないメールの添付ファイルは開かないようにします。</translation>
    </message>
    <message>
        <source>Tell business partners that mail in the company&apos;s name may be fake, and record whom you informed (Kamae drafts the message).</source>
        <translation>自社名のメールが偽物の可能性があることを取引先に知らせ、連絡した相手を記録します（文面は Kamae が下書きします）。</translation>
    </message>
    <message>
        <source>Change the mail passwords and other credentials of the users of the suspected PCs.</source>
        <translation>感染が疑われるパソコンの利用者について、メールのパスワードやその他の認証情報を変更します。</translation>
    </message>
    <message>
        <source>Change the passwords saved in the browsers of the suspected PCs.</source>
        <translation>感染が疑われるパソコンのブラウザーに保存されたパスワードを変更します。</translation>
    </message>
    <message>
        <source>Disable macros in Excel and Word where they are not needed.</source>
        <translation>必要のない場合は Excel と Word のマクロを無効にします。</translation>
    </message>
    <message>
        <source>Scan every PC in the company with the antivirus software, and check each for Emotet with JPCERT/CC&apos;s EmoCheck.</source>
        <translation>社内のすべてのパソコンをウイルス対策ソフトでスキャンし、JPCERT/CC の EmoCheck で Emotet に感染していないかを 1 台ずつ確認します。</translation>
    </message>
    <message>
        <source>If Emotet is found (in %TEMP%), have experts check how far it spread.</source>
        <translation>Emotet が見つかった場合（%TEMP% フォルダー内）は、感染の広がりを専門家に調べてもらいます。</translation>
    </message>
    <message>
        <source>Disable the accounts the intruder used, change the administrators&apos; and affected users&apos; passwords, and turn on multi-factor authentication.</source>
        <translation>侵入者が使ったアカウントを無効にし、管理者と影響を受けた利用者のパスワードを変更して、多要素認証を有効にします。</translation>
    </message>
    <message>
        <source>Find out from the access logs what was reached and from where, and whether personal data was taken.</source>
        <translation>アクセスログから、どこから何にアクセスされたか、個人データが持ち出されたかを確認します。</translation>
    </message>
    <message>
        <source>Take the site offline or show a maintenance page; keep the server&apos;s logs and a copy of the altered pages.</source>
        <translation>サイトを停止するか、メンテナンスページを表示します。サーバーのログと改ざんされたページのコピーは保存しておきます。</translation>
    </message>
    <message>
        <source>Check whether visitors were sent to malicious pages or card data was taken.</source>
        <translation>閲覧者が不正なページに誘導されていないか、カード情報が盗まれていないかを確認します。</translation>
    </message>
    <message>
        <source>Have the web or hosting vendor find the hole and restore the site from a clean copy; change the passwords of its administration and upload accounts.</source>
        <translation>ウェブ制作会社やホスティング事業者に侵入の原因となった脆弱性を特定してもらい、改ざんされていないコピーからサイトを復元します。管理用とアップロード用のアカウントのパスワードを変更します。</translation>
    </message>
    <message>
        <source>Report the tampering to JPCERT/CC, which can help stop the pages spreading malware.</source>
        <translation>改ざんを JPCERT/CC に報告します。マルウェアを広めるページの停止について支援を受けられます。</translation>
    </message>
    <message>
        <source>Find out what was on the device, and whether it was encrypted and locked.</source>
        <translation>機器に保存されていた情報と、暗号化や画面ロックがされていたかを確認します。</translation>
    </message>
    <message>
        <source>Lock or wipe the device remotely if you can, and change the passwords it held.</source>
        <translation>可能であれば遠隔操作で機器をロックするかデータを消去し、機器に保存されていたパスワードを変更します。</translation>
    </message>
    <message>
        <source>Report the loss or theft to the police and, for a phone, to the carrier.</source>
        <translation>紛失・盗難を警察に届け出ます。携帯電話の場合は通信事業者にも連絡します。</translation>
    </message>
    <message>
        <source>Stop the leak: recall or follow up the mail, remove the published file, close the access.</source>
        <translation>漏えいを止めます。誤送信したメールの削除依頼や、公開したファイルの削除、アクセスの遮断を行います。</translation>
    </message>
    <message>
        <source>Find out whose data and which items leaked, how many people, and whether it includes sensitive data or card numbers.</source>
        <translation>誰のどの情報が何人分漏えいしたか、要配慮個人情報やカード番号が含まれるかを確認します。</translation>
    </message>
    <message>
        <source>Notify the people concerned, or publish a notice where they cannot be reached.</source>
        <translation>本人に通知します。連絡がつかない場合は公表します。</translation>
    </message>
    <message>
        <source>When it is over, record the cause and the lessons learned, and the follow-up actions with owners and due dates.</source>
        <translation>収束したら、原因と教訓、担当と期限を決めた再発防止策を記録します。</translation>
    </message>
</context>
<context>
    <name>kamae::input::InputFile</name>
    <message>
        <source>%1 GiB</source>
        <translation>%1 GiB</translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <source>%1 KiB</source>
        <translation>%1 KiB</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n バイト</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no file at %1.</source>
        <translation>%1 にファイルがありません。</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 はファイルではなくフォルダーです。</translation>
    </message>
    <message>
        <source>%1 is a device, not a file: Kamae reads only ordinary files.</source>
        <translation>%1 はファイルではなくデバイスです。Kamae が読み込むのは通常のファイルだけです。</translation>
    </message>
    <message>
        <source>%1 is a named pipe (FIFO), not a file: Kamae reads only ordinary files. Save the data to a file first.</source>
        <translation>%1 はファイルではなく名前付きパイプ（FIFO）です。Kamae が読み込むのは通常のファイルだけです。先にデータをファイルに保存してください。</translation>
    </message>
    <message>
        <source>%1 is a socket, not a file: Kamae reads only ordinary files.</source>
        <translation>%1 はファイルではなくソケットです。Kamae が読み込むのは通常のファイルだけです。</translation>
    </message>
    <message>
        <source>%1 is not an ordinary file: Kamae reads only ordinary files.</source>
        <translation>%1 は通常のファイルではありません。Kamae が読み込むのは通常のファイルだけです。</translation>
    </message>
    <message>
        <source>%1 is larger than %2, more than Kamae reads from such a file, so it was not read.</source>
        <translation>%1 は %2 を超えており、Kamae がこの種類のファイルから読み込む上限を超えているため、読み込みませんでした。</translation>
    </message>
    <message>
        <source>The file %1 could not be read: %2</source>
        <translation>ファイル %1 を読み込めませんでした: %2</translation>
    </message>
</context>
<context>
    <name>kamae::io::AssetTransfer</name>
    <message>
        <source>No column is chosen for the asset name. Choose which column holds it.</source>
        <translation>情報資産名称に対応する列が選ばれていません。情報資産名称が入っている列を選択してください。</translation>
    </message>
    <message>
        <source>The asset name is empty.</source>
        <translation>情報資産名称が空欄です。</translation>
    </message>
    <message>
        <source>Information assets</source>
        <translation>情報資産</translation>
    </message>
    <message numerus="yes">
        <source> … (%n more)</source>
        <translation>
            <numerusform> …（ほか %n 列）</numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown field &quot;%1&quot;: use one of %2.</source>
        <translation>不明な項目「%1」です。%2 のいずれかを指定してください。</translation>
    </message>
    <message>
        <source>The file has no column &quot;%1&quot;. Its columns are: %2.</source>
        <translation>ファイルに「%1」という列はありません。ファイルの列: %2。</translation>
    </message>
    <message>
        <source>No column is chosen for the asset name. Row %1 looks like the header; its columns are: %2. Kamae recognises the asset name under these headers: %3. Choose the column that holds it (on the command line: --map name=HEADER).</source>
        <translation>情報資産名称に対応する列が選ばれていません。%1 行目が見出し行と思われ、その列は次のとおりです: %2。Kamae が情報資産名称として認識する見出しは次のとおりです: %3。情報資産名称が入っている列を選択してください（コマンドラインでは --map name=HEADER）。</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>%1 列</translation>
    </message>
    <message>
        <source>%1 (computed by Kamae)</source>
        <translation>%1（Kamae が自動計算）</translation>
    </message>
    <message>
        <source>%1 must be yes or no (有/無, ○/×), not &quot;%2&quot;.</source>
        <translation>「%1」は「はい」か「いいえ」（有/無、○/×）で入力してください（「%2」は無効です）。</translation>
    </message>
    <message>
        <source>same name and location</source>
        <translation>名称と媒体・保存先が同じ</translation>
    </message>
    <message>
        <source>same name, vendor and product</source>
        <translation>名称・ベンダー・製品が同じ</translation>
    </message>
</context>
<context>
    <name>kamae::io::Csv</name>
    <message>
        <source>Row %1, column %2: “%3” cannot be written in Shift_JIS.</source>
        <translation>%1 行目、%2 列目:「%3」は Shift_JIS で書き出せません。</translation>
    </message>
    <message>
        <source>Row %1, column %2 (%3): “%4” cannot be written in Shift_JIS.</source>
        <translation>%1 行目、%2 列目（%3）:「%4」は Shift_JIS で書き出せません。</translation>
    </message>
    <message>
        <source>The table cannot be written in Shift_JIS.</source>
        <translation>この表は Shift_JIS で書き出せません。</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>ファイルが空です。</translation>
    </message>
    <message>
        <source>Line %1: the file is not valid UTF-8 (byte 0x%2).</source>
        <translation>%1 行目: ファイルが正しい UTF-8 ではありません（バイト 0x%2）。</translation>
    </message>
    <message>
        <source>Line %1: the file is not valid Shift_JIS (byte 0x%2).</source>
        <translation>%1 行目: ファイルが正しい Shift_JIS ではありません（バイト 0x%2）。</translation>
    </message>
    <message>
        <source>Line %1: the file is neither UTF-8 nor Shift_JIS (byte 0x%2).</source>
        <translation>%1 行目: ファイルが UTF-8 でも Shift_JIS でもありません（バイト 0x%2）。</translation>
    </message>
    <message>
        <source>Line %1: a quoted field that starts here is never closed.</source>
        <translation>%1 行目: この行で始まる引用符が閉じられていません。</translation>
    </message>
    <message>
        <source>The file has no header line.</source>
        <translation>ファイルに見出し行がありません。</translation>
    </message>
    <message>
        <source>Line %1 has %2 fields; the header has %3.</source>
        <translation>%1 行目の項目数は %2 ですが、見出し行の項目数は %3 です。</translation>
    </message>
    <message>
        <source>A quote or a line break cannot separate the fields.</source>
        <translation>引用符や改行は区切り文字に使用できません。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>The file starts as UTF-16 (Excel&apos;s Unicode text) but is not valid UTF-16: it may be cut off or damaged.</source>
        <translation>ファイルは UTF-16（Excel の「Unicode テキスト」）として始まっていますが、正しい UTF-16 ではありません。途中で切れているか、破損している可能性があります。</translation>
    </message>
    <message>
        <source>Line %1 has %2 fields; at most %3 columns can be read.</source>
        <translation>%1 行目の項目数は %2 ですが、読み込めるのは %3 列までです。</translation>
    </message>
    <message>
        <source>Line %1, field %2: the text is longer than the %3 characters a cell can hold.</source>
        <translation>%1 行目、%2 番目の項目: 文字列が 1 セルの上限である %3 文字を超えています。</translation>
    </message>
    <message>
        <source>Line %1: the file has more than %2 cells (%3 columns × %4 rows); split it or remove empty columns.</source>
        <translation>%1 行目: ファイルのセル数が %2 を超えています（%3 列 × %4 行）。ファイルを分割するか、空の列を削除してください。</translation>
    </message>
</context>
<context>
    <name>kamae::io::Xlsx</name>
    <message>
        <source>%1 is not an Excel workbook (.xlsx), or it is damaged.</source>
        <translation>%1 は Excel ブック（.xlsx）ではないか、破損しています。</translation>
    </message>
    <message>
        <source>%1 is not an Excel workbook (.xlsx): %2 is missing.</source>
        <translation>%1 は Excel ブック（.xlsx）ではありません（%2 がありません）。</translation>
    </message>
    <message>
        <source>%1 is too large to read: %2 holds more than %3 MB.</source>
        <translation>%1 は大きすぎるため読み込めません（%2 が %3 MB を超えています）。</translation>
    </message>
    <message>
        <source>%1 is damaged: %2 cannot be read.</source>
        <translation>%1 は破損しています（%2 を読み取れません）。</translation>
    </message>
    <message>
        <source>%1 is damaged: %2 cannot be read (line %3: %4).</source>
        <translation>%1 は破損しています（%2 を読み取れません。%3 行目: %4）。</translation>
    </message>
    <message>
        <source>%1 has no sheets.</source>
        <translation>%1 にはシートがありません。</translation>
    </message>
    <message>
        <source>The sheet “%1” is empty.</source>
        <translation>シート「%1」は空です。</translation>
    </message>
    <message>
        <source>Row %1: cell %2 refers to text that is missing from the workbook.</source>
        <translation>%1 行目: セル %2 が参照している文字列がブック内にありません。</translation>
    </message>
    <message>
        <source>Row %1 has a value in column %2, right of the last header column (%3).</source>
        <translation>%1 行目: 見出しのある最後の列（%3）より右の %2 列に値があります。</translation>
    </message>
    <message>
        <source>The workbook has no sheet named “%1”.</source>
        <translation>ブックにシート「%1」がありません。</translation>
    </message>
    <message>
        <source>“%1” cannot be a sheet name: use at most 31 characters, none of : \ / ? * [ ], and no &apos; at the start or end.</source>
        <translation>「%1」はシート名に使用できません。31 文字以内で、: \ / ? * [ ] を含まず、先頭と末尾が &apos; でない名前にしてください。</translation>
    </message>
    <message>
        <source>The table is too large for one Excel sheet (at most 1,048,576 rows and 16,384 columns).</source>
        <translation>表が大きすぎて Excel の 1 シートに収まりません（上限は 1,048,576 行、16,384 列です）。</translation>
    </message>
    <message>
        <source>Row %1, column %2: the text is longer than the 32,767 characters a cell can hold.</source>
        <translation>%1 行目、%2 列: 文字列が 1 セルの上限である 32,767 文字を超えています。</translation>
    </message>
    <message>
        <source>Cannot write %1: the workbook cannot be compressed (error %2).</source>
        <translation>%1 に書き込めません: ブックを圧縮できません（エラー %2）。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>Row %1: cell %2 holds more than the 32,767 characters a cell can hold.</source>
        <translation>%1 行目: セル %2 の文字列が 1 セルの上限である 32,767 文字を超えています。</translation>
    </message>
    <message>
        <source>Row %1: the sheet has more than %2 cells (%3 columns × %4 rows); split it or remove empty columns.</source>
        <translation>%1 行目: シートのセル数が %2 を超えています（%3 列 × %4 行）。シートを分割するか、空の列を削除してください。</translation>
    </message>
    <message>
        <source>%1 holds more than %2 files; it is not a workbook Kamae can read.</source>
        <translation>%1 には %2 個を超えるファイルが含まれているため、Kamae で読み込めるブックではありません。</translation>
    </message>
</context>
<context>
    <name>kamae::modules::ModuleText</name>
    <message>
        <source>Assets</source>
        <translation>情報資産</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>バックアップ</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>組織情報</translation>
    </message>
    <message>
        <source>Patches</source>
        <translation>脆弱性対策</translation>
    </message>
    <message>
        <source>Self-assessment</source>
        <translation>自社診断</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>教育・訓練</translation>
    </message>
    <message>
        <source>BCP</source>
        <translation>事業継続計画（BCP）</translation>
    </message>
    <message>
        <source>Incidents &amp; contacts</source>
        <translation>インシデント・連絡先</translation>
    </message>
</context>
<context>
    <name>kamae::organisation::PeopleCommands</name>
    <message>
        <source>Usage: kamae people import VAULT FILE [--map KEY=HEADER]… [--encoding sjis|utf8] [--sheet NAME]</source>
        <translation>使い方: kamae people import 保管庫ファイル ファイル [--map KEY=HEADER]… [--encoding sjis|utf8] [--sheet シート名]</translation>
    </message>
    <message>
        <source>Usage: kamae people list VAULT [--json]</source>
        <translation>使い方: kamae people list 保管庫ファイル [--json]</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1 の %2 行目: %3</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>…ほか %n 件。</numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown encoding: use utf8 or sjis.</source>
        <translation>不明な文字コードです。utf8 または sjis を指定してください。</translation>
    </message>
    <message>
        <source>--map needs KEY=HEADER (for example --map name=社員氏名), not &quot;%1&quot;.</source>
        <translation>--map には KEY=HEADER の形で指定してください（例: --map name=社員氏名）。「%1」は指定できません。</translation>
    </message>
    <message>
        <source>Columns not imported: %1. Choose one with --map KEY=HEADER.</source>
        <translation>取り込まない列: %1。取り込むには --map KEY=HEADER で項目を指定してください。</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) cannot be imported; nothing was imported.</source>
        <translation>
            <numerusform>%n 行を取り込めないため、何も取り込んでいません。</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported %1: %2 added, %3 updated, %4 already up to date.</source>
        <translation>%1 を取り込みました: 追加 %2 件、更新 %3 件、変更なし %4 件。</translation>
    </message>
    <message>
        <source>Line %1: updated “%2” (%3).</source>
        <translation>%1 行目:「%2」を更新しました（%3）。</translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n empty row(s).</source>
        <translation>
            <numerusform>空の行を %n 行スキップしました。</numerusform>
        </translation>
    </message>
    <message>
        <source>department</source>
        <translation>部署</translation>
    </message>
    <message>
        <source>left %1</source>
        <translation>%1 退職</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s)</source>
        <translation>
            <numerusform>%n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>  people import VAULT FILE [--map KEY=HEADER]… [--encoding sjis|utf8]
         [--sheet NAME]
                             add or update people and departments from CSV or
                             XLSX; an entry with the same e-mail address (else
                             name) is updated (all rows or none)
</source>
        <translation>  people import 保管庫ファイル ファイル [--map KEY=HEADER]… [--encoding sjis|utf8]
         [--sheet シート名]
                                    CSV・XLSX から担当者・部署を取り込む。メールアドレスが
                                    同じ項目（なければ名前が同じ項目）は更新（全行か、何もしないか）
</translation>
    </message>
    <message>
        <source>  people list VAULT [--json] print the people and departments
</source>
        <translation>  people list 保管庫ファイル [--json]
                                    担当者・部署の一覧を表示
</translation>
    </message>
</context>
<context>
    <name>kamae::organisation::PeopleImport</name>
    <message numerus="yes">
        <source> … (%n more)</source>
        <translation>
            <numerusform> …（ほか %n 件）</numerusform>
        </translation>
    </message>
    <message>
        <source>Person</source>
        <comment>kind of entry</comment>
        <translation>担当者</translation>
    </message>
    <message>
        <source>Department</source>
        <comment>kind of entry</comment>
        <translation>部署</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Reading (furigana)</source>
        <translation>ふりがな</translation>
    </message>
    <message>
        <source>Kind (person or department)</source>
        <translation>種類（個人・部署）</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部署</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>役職</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>メールアドレス</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話番号</translation>
    </message>
    <message>
        <source>Other contact</source>
        <translation>その他の連絡先</translation>
    </message>
    <message>
        <source>Joined on</source>
        <translation>入社日</translation>
    </message>
    <message>
        <source>Left on</source>
        <translation>退職日</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>備考</translation>
    </message>
    <message>
        <source>Unknown field &quot;%1&quot;: use one of %2.</source>
        <translation>不明な項目「%1」です。次のいずれかを指定してください: %2。</translation>
    </message>
    <message>
        <source>The file has no column &quot;%1&quot;. Its columns are: %2.</source>
        <translation>ファイルに「%1」という列がありません。ファイルの列: %2。</translation>
    </message>
    <message>
        <source>No column is chosen for the name. Row %1 looks like the header; its columns are: %2. Kamae recognises the name under these headers: %3. Choose the column that holds it (on the command line: --map name=HEADER).</source>
        <translation>名前の列が選ばれていません。%1 行目を見出し行とみなしました。その列: %2。Kamae が名前として認識する見出し: %3。名前が入っている列を選んでください（コマンドラインでは --map name=HEADER）。</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>%1 列</translation>
    </message>
    <message>
        <source>The name is empty.</source>
        <translation>名前が空です。</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address.</source>
        <translation>「%1」はメールアドレスではありません。</translation>
    </message>
    <message>
        <source>The kind must be person or department (個人 or 部署), not “%1”.</source>
        <translation>種類は「個人」または「部署」で指定してください（「%1」は指定できません）。</translation>
    </message>
    <message>
        <source>%1 must be a date such as 2026/4/1 or 2026-04-01, not “%2”.</source>
        <translation>%1 は 2026/4/1 や 2026-04-01 のような日付で指定してください（「%2」は日付として読めません）。</translation>
    </message>
    <message>
        <source>“%1” is also on line %2.</source>
        <translation>「%1」は %2 行目にもあります。</translation>
    </message>
    <message>
        <source>The e-mail address “%1” is also on line %2.</source>
        <translation>メールアドレス「%1」は %2 行目にもあります。</translation>
    </message>
    <message>
        <source>The e-mail address “%1” is that of “%2”, and the list has another entry named “%3”.</source>
        <translation>メールアドレス「%1」は「%2」のものですが、一覧には「%3」という別の項目があります。</translation>
    </message>
    <message>
        <source>Line %1 is about the same entry “%2”.</source>
        <translation>%1 行目も同じ項目「%2」についての行です。</translation>
    </message>
    <message>
        <source>Leaves on %1, before joining on %2.</source>
        <translation>退職日 %1 が入社日 %2 より前です。</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>%1 行目: %2</translation>
    </message>
    <message>
        <source>Outside the company</source>
        <translation>社外の人</translation>
    </message>
    <message>
        <source>“Outside the company” must be yes or no (1 or 0, はい or いいえ, 外部 or 社員), not “%1”.</source>
        <translation>「社外の人」は「はい」か「いいえ」（1 か 0、外部 か 社員 でも可）で指定してください（「%1」は指定できません）。</translation>
    </message>
</context>
<context>
    <name>kamae::patches::PatchDesk</name>
    <message>
        <source>CISA KEV catalogue</source>
        <translation>CISA KEV カタログ</translation>
    </message>
    <message>
        <source>JVN iPedia feed</source>
        <translation>JVN iPedia</translation>
    </message>
    <message numerus="yes">
        <source>%1 %2: %n entry(ies) in the file</source>
        <translation>
            <numerusform>%1 %2: ファイル内 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing new</source>
        <translation>新しい情報なし</translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>新規 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>更新 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n withdrawn</source>
        <translation>
            <numerusform>削除 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open patch item(s) updated</source>
        <translation>
            <numerusform>未対応の修正プログラム %n 件に反映</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>.</source>
        <translation>。</translation>
    </message>
    <message numerus="yes">
        <source>No current proposal has the id(s) %1. Nothing was changed.</source>
        <translation>
            <numerusform>現在の対応候補に、ID が %1 のものはありません。何も変更していません。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kamae::patches::ProposalText</name>
    <message>
        <source>the feed names %1</source>
        <translation>フィードの記載は %1</translation>
    </message>
    <message>
        <source>the feed names %1, of which %2 is a part</source>
        <translation>フィードの記載は %1（%2 はその一部）</translation>
    </message>
    <message>
        <source>the feed names %1, a component of %2</source>
        <translation>フィードの記載は %1（%2 の構成要素）</translation>
    </message>
    <message>
        <source>the feed names %1, of the same product family as %2</source>
        <translation>フィードの記載は %1（%2 と同じ製品ファミリー）</translation>
    </message>
    <message>
        <source>; the alias table says the register calls it %1</source>
        <translation>、製品名の別名の設定では台帳での名称は %1</translation>
    </message>
    <message>
        <source>; the asset runs %1</source>
        <translation>、資産で使用中の製品は %1</translation>
    </message>
    <message>
        <source>; the asset has no vendor, so the product alone decided</source>
        <translation>、資産にベンダーの記入がないため製品名だけで判定</translation>
    </message>
    <message>
        <source>; product line %1</source>
        <translation>、製品系列は %1</translation>
    </message>
    <message>
        <source>probably fixed by the update of %1</source>
        <translation>%1 のアップデートで修正済みの可能性あり</translation>
    </message>
    <message>
        <source>new</source>
        <translation>新規</translation>
    </message>
</context>
<context>
    <name>kamae::reminders::AssetReviewText</name>
    <message numerus="yes">
        <source>Review %n asset(s) in the register</source>
        <translation>
            <numerusform>情報資産 %n 件の見直し</numerusform>
        </translation>
    </message>
    <message>
        <source>Each row of the register is reviewed at least once a year: is it still used, is its owner and rating still right?</source>
        <translation>台帳の各行は少なくとも年に 1 回見直します。今も使われているか、管理部署や評価が今も正しいかを確認してください。</translation>
    </message>
    <message numerus="yes">
        <source>%n of them are past their review date.</source>
        <translation>
            <numerusform>うち %n 件は見直し期限を過ぎています。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kamae::reminders::BackupReminderText</name>
    <message>
        <source>Never done.</source>
        <translation>まだ一度も実施されていません。</translation>
    </message>
    <message>
        <source>The last one (%1) failed.</source>
        <translation>前回（%1）は失敗しました。</translation>
    </message>
    <message>
        <source>Last done %1.</source>
        <translation>前回の実施日は %1 です。</translation>
    </message>
    <message>
        <source>Backup run: %1</source>
        <translation>バックアップ実行記録: %1</translation>
    </message>
    <message>
        <source>Record the run (%1), or find out why it did not happen.</source>
        <translation>予定（%1）どおりの実行を記録するか、実行されなかった理由を確認してください。</translation>
    </message>
    <message>
        <source>Restore test: %1</source>
        <translation>復元テスト: %1</translation>
    </message>
    <message numerus="yes">
        <source>Restore some files from the backup and check them; due every %n day(s).</source>
        <translation>
            <numerusform>バックアップからいくつかのファイルを復元して、内容を確認してください（%n 日ごと）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Air-gap check: %1</source>
        <translation>オフライン保管の確認: %1</translation>
    </message>
    <message numerus="yes">
        <source>Confirm the offline copy is disconnected from every network and still readable; due every %n day(s).</source>
        <translation>
            <numerusform>オフライン保管のコピーがどのネットワークにも接続されておらず、読み取れることを確認してください（%n 日ごと）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kamae::reminders::IcsText</name>
    <message>
        <source>Overdue: due since %1.</source>
        <translation>期限超過: 期限は %1 でした。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
</context>
<context>
    <name>kamae::reminders::PatchReminderText</name>
    <message>
        <source>Apply the update for %1 on %2</source>
        <translation>「%2」の %1 にアップデートを適用</translation>
    </message>
    <message>
        <source>Known to be exploited in attacks. Found %1.</source>
        <translation>攻撃での悪用が確認されています。発見日: %1</translation>
    </message>
    <message>
        <source>Severity: %1. Found %2.</source>
        <translation>深刻度: %1。発見日: %2</translation>
    </message>
    <message>
        <source>Review the accepted risk: %1 on %2</source>
        <translation>リスク受容の見直し:「%2」の %1</translation>
    </message>
    <message>
        <source>Reason given: %1</source>
        <translation>受容の理由: %1</translation>
    </message>
</context>
<context>
    <name>kamae::reminders::ReminderText</name>
    <message>
        <source>Upcoming</source>
        <translation>予定</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>期限間近</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>期限超過</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>注意</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>High</source>
        <translation>重要</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>緊急</translation>
    </message>
    <message>
        <source>never done</source>
        <translation>未実施</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n 日超過</numerusform>
        </translation>
    </message>
    <message>
        <source>due today</source>
        <translation>本日が期限</translation>
    </message>
    <message numerus="yes">
        <source>due in %n day(s)</source>
        <translation>
            <numerusform>あと %n 日</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kamae::report::ActionsText</name>
    <message>
        <source>Risk</source>
        <translation>リスク</translation>
    </message>
    <message>
        <source>Points lost</source>
        <translation>失点</translation>
    </message>
    <message>
        <source>No measured factor loses points.</source>
        <translation>失点している評価項目はありません。</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>次にやるべきこと</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>担当</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Gain</source>
        <translation>改善幅</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1（期限超過）</translation>
    </message>
    <message>
        <source>%1 *</source>
        <translation>%1 *</translation>
    </message>
    <message>
        <source>Nothing to do: every factor is at its full value.</source>
        <translation>必要な対策はありません。すべての評価項目が満点です。</translation>
    </message>
    <message>
        <source>Top risks and next actions</source>
        <translation>主なリスクと次にやるべきこと</translation>
    </message>
    <message>
        <source>Where the most points are lost</source>
        <translation>失点の大きい項目</translation>
    </message>
    <message>
        <source>Next actions</source>
        <translation>次にやるべきこと</translation>
    </message>
    <message>
        <source>* A target date Kamae proposes from the effort; the other dates are the records&apos; own.</source>
        <translation>* は所要の目安から Kamae が提案する目標日です。それ以外は各記録に設定された期限です。</translation>
    </message>
    <message>
        <source>Overdue, by module</source>
        <translation>期限超過の件数（機能別）</translation>
    </message>
    <message>
        <source>overdue in %1</source>
        <translation>%1の期限超過</translation>
    </message>
    <message>
        <source>Overdue in %1</source>
        <translation>%1の期限超過</translation>
    </message>
    <message numerus="yes">
        <source>due within %n day(s)</source>
        <translation>
            <numerusform>%n 日以内に期限</numerusform>
        </translation>
    </message>
    <message>
        <source>Module</source>
        <translation>機能</translation>
    </message>
    <message>
        <source>Overdue item</source>
        <translation>期限超過の項目</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>超過日数</translation>
    </message>
    <message>
        <source>Overdue items</source>
        <translation>期限超過の件数</translation>
    </message>
    <message>
        <source>%1: not assessed yet (no self-assessment)</source>
        <translation>%1は未確認（自社診断が未実施）</translation>
    </message>
    <message>
        <source>%1: left unanswered (self-assessment of %2)</source>
        <translation>%1が未回答（%2 自社診断）</translation>
    </message>
    <message>
        <source>%1: not known whether in place (self-assessment of %2)</source>
        <translation>%1は実施状況が不明（%2 自社診断）</translation>
    </message>
    <message>
        <source>%1: not in place (self-assessment of %2)</source>
        <translation>%1が未実施（%2 自社診断）</translation>
    </message>
    <message>
        <source>%1: only partly in place (self-assessment of %2)</source>
        <translation>%1が一部のみ実施（%2 自社診断）</translation>
    </message>
    <message>
        <source>%1: declared in place (self-assessment of %2), but the records disagree; counted as partly in place</source>
        <translation>%1は実施と回答（%2 自社診断）、ただし記録と食い違うため一部実施として算定</translation>
    </message>
    <message>
        <source>%1: in place (self-assessment of %2)</source>
        <translation>%1が実施済み（%2 自社診断）</translation>
    </message>
    <message>
        <source>Carry out the security self-assessment (%1 questions)</source>
        <translation>情報セキュリティ自社診断（%1 問）を実施する</translation>
    </message>
    <message>
        <source>Complete the security self-assessment (one question still unanswered)</source>
        <translation>情報セキュリティ自社診断を完了する（未回答が残り 1 問）</translation>
    </message>
    <message>
        <source>Complete the security self-assessment (%1 questions still unanswered)</source>
        <translation>情報セキュリティ自社診断を完了する（未回答が残り %1 問）</translation>
    </message>
    <message>
        <source>Resolve why the records contradict “%1”</source>
        <translation>「%1」の回答と記録との食い違いを解消する</translation>
    </message>
    <message>
        <source>Find out whether this is in place: %1</source>
        <translation>%1の実施状況を確認する</translation>
    </message>
    <message>
        <source>Update the device or software not updated for %1 days</source>
        <translation>%1 日以上更新されていない機器・ソフトウェアをアップデートする</translation>
    </message>
    <message>
        <source>Update the %1 devices and software not updated for %2 days</source>
        <translation>%2 日以上更新されていない機器・ソフトウェア %1 件をアップデートする</translation>
    </message>
    <message>
        <source>Start the backup “%1” and keep a log of its runs</source>
        <translation>バックアップ「%1」の運用を開始し、実行記録を残す</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>現状</translation>
    </message>
    <message>
        <source>Effort</source>
        <translation>所要の目安</translation>
    </message>
    <message>
        <source>no points</source>
        <translation>加点なし</translation>
    </message>
    <message>
        <source>Ranked by the points an action wins divided by its effort (minutes, hours or days of work). The gain is in points of the 100.</source>
        <translation>得られる点数を所要の目安（数分・数時間・数日の作業）で割った値の大きい順に並べています。改善幅は 100 点満点中の点数です。</translation>
    </message>
    <message>
        <source>and %1 more overdue items</source>
        <translation>ほかに期限超過の項目が %1 件</translation>
    </message>
</context>
<context>
    <name>kamae::report::BcpStatusText</name>
    <message numerus="yes">
        <source>And %n more.</source>
        <translation>
            <numerusform>ほか %n 件。</numerusform>
        </translation>
    </message>
    <message>
        <source>v%1</source>
        <translation>第 %1 版</translation>
    </message>
    <message>
        <source>published on %1</source>
        <translation>%1 発行</translation>
    </message>
    <message>
        <source>no version of the plan published</source>
        <translation>計画の版が未発行</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>core businesses with RTO, RPO and their assets</source>
        <translation>復旧目標と依存する資産が揃った中核事業</translation>
    </message>
    <message>
        <source>recovery targets the backups cannot meet</source>
        <translation>バックアップで達成できない復旧目標</translation>
    </message>
    <message>
        <source>No core business is linked to the asset register yet, so the plan cannot be checked against the backups.</source>
        <translation>中核事業がまだ情報資産管理台帳の資産に紐付けられていないため、計画をバックアップの記録と照らし合わせられません。</translation>
    </message>
    <message numerus="yes">
        <source>The recovery targets of the %n core business(es) linked to assets hold against the backups and restore tests.</source>
        <translation>
            <numerusform>資産に紐付けられた中核事業 %n 件の復旧目標は、バックアップと復元テストの記録と整合しています。</numerusform>
        </translation>
    </message>
    <message>
        <source>BCP findings against the backups</source>
        <translation>バックアップの記録と整合しない BCP の項目</translation>
    </message>
    <message>
        <source>Items the BCP leaves out</source>
        <translation>BCP の記入漏れ</translation>
    </message>
    <message>
        <source>The last exercise was held on %1.</source>
        <translation>直近の訓練は %1 に実施しました。</translation>
    </message>
    <message>
        <source>No exercise is recorded.</source>
        <translation>訓練の記録がありません。</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) of the plan are not filled in yet.</source>
        <translation>
            <numerusform>計画の記入漏れが %n 件あります。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kamae::report::ChangesText</name>
    <message>
        <source>Figure</source>
        <translation>指標</translation>
    </message>
    <message>
        <source>Previous report</source>
        <translation>前回</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>今回</translation>
    </message>
    <message>
        <source>Changes since the previous report</source>
        <translation>前回のレポートからの変化</translation>
    </message>
    <message>
        <source>Compared with the report issued on %1 (score %2, now %3).</source>
        <translation>%1 発行のレポートとの比較です（対策スコア %2 → 今回 %3）。</translation>
    </message>
    <message>
        <source>Improved</source>
        <translation>改善した指標</translation>
    </message>
    <message>
        <source>Nothing improved.</source>
        <translation>改善した指標はありません。</translation>
    </message>
    <message>
        <source>Got worse</source>
        <translation>悪化した指標</translation>
    </message>
    <message>
        <source>Nothing got worse.</source>
        <translation>悪化した指標はありません。</translation>
    </message>
    <message numerus="yes">
        <source>%n other figure(s) unchanged.</source>
        <translation>
            <numerusform>ほかの %n 指標は変化なし。</numerusform>
        </translation>
    </message>
    <message>
        <source>This is the first report. The next one will show here what improved and what got worse since this one.</source>
        <translation>今回が最初のレポートです。次回のレポートでは、今回からの改善点と悪化点をここに示します。</translation>
    </message>
</context>
<context>
    <name>kamae::report::IncidentStatusText</name>
    <message>
        <source>The %1 for &quot;%2&quot; was due on %3 and is not recorded as made.</source>
        <translation>「%2」の%1は %3 が期限でしたが、提出の記録がありません。</translation>
    </message>
    <message>
        <source>The %1 for &quot;%2&quot; is due by %3.</source>
        <translation>「%2」の%1の期限は %3 です。</translation>
    </message>
    <message>
        <source>preliminary report to the Commission (速報)</source>
        <translation>個人情報保護委員会への速報</translation>
    </message>
    <message>
        <source>final report to the Commission (確報)</source>
        <translation>個人情報保護委員会への確報</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>contacts checked</source>
        <translation>確認済みの連絡先</translation>
    </message>
    <message>
        <source>main playbooks</source>
        <translation>主な対応手順</translation>
    </message>
    <message>
        <source>days since a drill</source>
        <translation>前回の訓練からの日数</translation>
    </message>
    <message>
        <source>reports due</source>
        <translation>委員会への報告期限</translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s) still open: %1.</source>
        <translation>
            <numerusform>対応中のインシデントが %n 件あります: %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>No business partner to inform is listed.</source>
        <translation>連絡すべき取引先が登録されていません。</translation>
    </message>
    <message>
        <source>The last drill or incident review was on %1.</source>
        <translation>前回の訓練またはインシデントの振り返りは %1 です。</translation>
    </message>
    <message>
        <source>No incident drill, and no closed incident with its lessons, is recorded.</source>
        <translation>インシデント対応訓練も、教訓を記録して完了したインシデントも記録されていません。</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) of the directory not checked in the last 12 months.</source>
        <translation>
            <numerusform>連絡先のうち %n 件は 12 か月以内に確認されていません。</numerusform>
        </translation>
    </message>
    <message>
        <source>Incidents open</source>
        <translation>対応中のインシデント</translation>
    </message>
    <message>
        <source>Reports to the Commission overdue</source>
        <translation>期限超過の委員会への報告</translation>
    </message>
</context>
<context>
    <name>kamae::report::PdfOutputText</name>
    <message>
        <source>Cannot create the PDF file %1: %2</source>
        <translation>PDF ファイル %1 を作成できません: %2</translation>
    </message>
    <message>
        <source>Cannot write the PDF file %1: %2</source>
        <translation>PDF ファイル %1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>Cannot draw the PDF file %1.</source>
        <translation>PDF ファイル %1 を描画できません。</translation>
    </message>
</context>
<context>
    <name>kamae::report::ReportText</name>
    <message>
        <source>Information security report: %1</source>
        <translation>情報セキュリティ対策状況報告書: %1</translation>
    </message>
    <message>
        <source>Issued %1 · Confidential</source>
        <translation>%1 発行・社外秘</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>%1 / %2 ページ</translation>
    </message>
    <message>
        <source>the last 90 days</source>
        <translation>直近 90 日</translation>
    </message>
    <message>
        <source>this quarter</source>
        <translation>今四半期</translation>
    </message>
    <message>
        <source>the last 12 months</source>
        <translation>直近 12 か月</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation>%1 点</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1～%2</translation>
    </message>
    <message>
        <source>not assigned</source>
        <translation>未定</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1、%2</translation>
    </message>
    <message>
        <source>Information security report</source>
        <translation>情報セキュリティ対策状況報告書</translation>
    </message>
    <message>
        <source>The company&apos;s security posture, measure by measure</source>
        <translation>経営者向けレポート・対策別の実施状況</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>対象期間</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>作成日</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation>作成者</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>承認</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>確認</translation>
    </message>
    <message>
        <source>Prepared</source>
        <translation>作成</translation>
    </message>
    <message>
        <source>Posture score</source>
        <translation>対策スコア</translation>
    </message>
    <message>
        <source>Posture score (of 100)</source>
        <translation>対策スコア（100 点満点）</translation>
    </message>
    <message>
        <source>The score over %1</source>
        <translation>%1の推移</translation>
    </message>
    <message>
        <source>By measure</source>
        <translation>対策別の達成度</translation>
    </message>
    <message>
        <source>nothing to measure yet</source>
        <translation>評価対象なし</translation>
    </message>
    <message>
        <source>the score at the start of the period (%1)</source>
        <translation>期間初め（%1）の達成度</translation>
    </message>
    <message>
        <source>1 point</source>
        <translation>1 点</translation>
    </message>
    <message>
        <source>%1 Rests in part or entirely on the company&apos;s own answers in the self-assessment (self-declared), not on records.</source>
        <translation>%1 記録ではなく、自社診断での自社の回答（自己申告）に一部または全部が基づいています。</translation>
    </message>
    <message>
        <source>The trend starts today: from now on the score is recorded once a day.</source>
        <translation>推移の記録は本日から始まります。以後、スコアは 1 日 1 回記録されます。</translation>
    </message>
    <message>
        <source>%1 Hatched: self-declared (answers, not records).</source>
        <translation>%1 斜線部は自己申告（記録ではなく回答に基づく点）です。</translation>
    </message>
</context>
<context>
    <name>kamae::report::StatusText</name>
    <message>
        <source>score of this measure: nothing to measure</source>
        <translation>この対策の達成度: 評価対象なし</translation>
    </message>
    <message>
        <source>score of this measure</source>
        <translation>この対策の達成度</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>practices in place</source>
        <translation>実施している項目</translation>
    </message>
    <message>
        <source>only partly in place</source>
        <translation>一部のみ実施</translation>
    </message>
    <message>
        <source>no self-assessment yet</source>
        <translation>自社診断が未実施</translation>
    </message>
    <message>
        <source>self-assessment it is based on</source>
        <translation>根拠とした自社診断</translation>
    </message>
    <message>
        <source>Not in place: %1.</source>
        <translation>未実施: %1。</translation>
    </message>
    <message>
        <source>Partly: %1.</source>
        <translation>一部実施: %1。</translation>
    </message>
    <message>
        <source>Every practice asked about is in place.</source>
        <translation>設問の対策はすべて実施されています。</translation>
    </message>
    <message>
        <source>%1: practices in place</source>
        <translation>%1: 実施している項目</translation>
    </message>
    <message>
        <source>assets registered</source>
        <translation>登録済みの情報資産</translation>
    </message>
    <message>
        <source>not reviewed in 12 months</source>
        <translation>12 か月以上見直していない資産</translation>
    </message>
    <message>
        <source>important assets without a backup</source>
        <translation>バックアップのない重要な資産</translation>
    </message>
    <message>
        <source>No information asset is registered yet: list the company&apos;s data, devices, services and accounts first; every other measure builds on that list.</source>
        <translation>情報資産がまだ登録されていません。まず自社のデータ、機器、サービス、アカウントを洗い出してください。ほかの対策はすべてこの一覧が土台になります。</translation>
    </message>
    <message numerus="yes">
        <source>%n asset(s) registered; </source>
        <translation>
            <numerusform>%n 件の情報資産が登録されています。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without an owner or a full C/I/A rating.</source>
        <translation>
            <numerusform>そのうち %n 件は管理部署または機密性・完全性・可用性の評価が未記入です。</numerusform>
        </translation>
    </message>
    <message>
        <source>Assets registered</source>
        <translation>登録済みの情報資産</translation>
    </message>
    <message>
        <source>Assets not reviewed in 12 months</source>
        <translation>12 か月以上見直していない資産</translation>
    </message>
    <message>
        <source>Important assets without a backup</source>
        <translation>バックアップのない重要な資産</translation>
    </message>
    <message>
        <source>open and known to be exploited</source>
        <translation>悪用が確認された未対応の脆弱性</translation>
    </message>
    <message>
        <source>open past their due date</source>
        <translation>期限超過の修正プログラム</translation>
    </message>
    <message>
        <source>applied in the period</source>
        <translation>期間中に適用した修正プログラム</translation>
    </message>
    <message numerus="yes">
        <source>%n patch item(s) open. </source>
        <translation>
            <numerusform>未対応の修正プログラムが %n 件あります。</numerusform>
        </translation>
    </message>
    <message>
        <source>Known-exploited ones are attacked today: apply them first.</source>
        <translation>悪用が確認された脆弱性は現に攻撃に使われています。最優先で適用してください。</translation>
    </message>
    <message>
        <source>None of them is known to be exploited.</source>
        <translation>いずれも悪用は確認されていません。</translation>
    </message>
    <message>
        <source>Open known-exploited vulnerabilities</source>
        <translation>悪用が確認された未対応の脆弱性</translation>
    </message>
    <message>
        <source>Patch items past their due date</source>
        <translation>期限超過の修正プログラム</translation>
    </message>
    <message>
        <source>jobs meeting 3-2-1-1-0</source>
        <translation>3-2-1-1-0 を満たすバックアップ計画</translation>
    </message>
    <message>
        <source>Backup jobs meeting 3-2-1-1-0</source>
        <translation>3-2-1-1-0 を満たすバックアップ計画</translation>
    </message>
    <message>
        <source>Backup jobs with an overdue check</source>
        <translation>確認が期限超過のバックアップ計画</translation>
    </message>
    <message>
        <source>Self-check and SECURITY ACTION</source>
        <translation>自社診断と SECURITY ACTION</translation>
    </message>
    <message>
        <source>★ (one star)</source>
        <translation>一つ星（★）</translation>
    </message>
    <message>
        <source>★★ (two stars)</source>
        <translation>二つ星（★★）</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>self-check result (of 100)</source>
        <translation>自社診断の点数（100 点満点）</translation>
    </message>
    <message>
        <source>questions answered</source>
        <translation>回答済みの設問</translation>
    </message>
    <message>
        <source>SECURITY ACTION declared</source>
        <translation>宣言済みの SECURITY ACTION</translation>
    </message>
    <message>
        <source>level the answers support</source>
        <translation>回答から見た到達段階</translation>
    </message>
    <message>
        <source>No self-check yet. IPA&apos;s 25 questions take about five minutes and are the first step to SECURITY ACTION.</source>
        <translation>自社診断はまだ実施されていません。IPA の 25 問は 5 分ほどで回答でき、SECURITY ACTION への第一歩になります。</translation>
    </message>
    <message>
        <source>questions answered on %1</source>
        <translation>%1 に回答した設問</translation>
    </message>
    <message>
        <source>For the next level: %1.</source>
        <translation>次の段階に必要なこと: %1。</translation>
    </message>
    <message>
        <source>Self-check result</source>
        <translation>自社診断の点数</translation>
    </message>
    <message>
        <source>Status by measure</source>
        <translation>対策別の状況</translation>
    </message>
    <message numerus="yes">
        <source>Every one of the %n asset(s) has an owner and a full C/I/A rating.</source>
        <translation>
            <numerusform>%n 件の情報資産すべてに管理部署と機密性・完全性・可用性の評価が記入されています。</numerusform>
        </translation>
    </message>
    <message>
        <source>jobs restore-tested within their interval</source>
        <translation>周期内に復元テスト済みのバックアップ計画</translation>
    </message>
    <message>
        <source>offline copies checked within their interval</source>
        <translation>周期内に確認済みのオフライン保管</translation>
    </message>
    <message>
        <source>Backup jobs restore-tested within their interval</source>
        <translation>周期内に復元テスト済みのバックアップ計画</translation>
    </message>
    <message>
        <source>Self-declared: %1 of the %2 points this measure earns.</source>
        <translation>この対策分野で得た %2 点のうち %1 点は自己申告です。</translation>
    </message>
    <message>
        <source>Not measured yet: the company has not carried out the security self-assessment.</source>
        <translation>未確認: 情報セキュリティ自社診断がまだ実施されていません。</translation>
    </message>
    <message>
        <source>No patch item is recorded: the company&apos;s products have not yet been checked against the lists of known vulnerabilities (KEV, JVN).</source>
        <translation>修正プログラムの記録がありません。自社で使用している製品を、既知の脆弱性の一覧（KEV、JVN）とまだ照合していません。</translation>
    </message>
    <message>
        <source>The self-check&apos;s verdict: %1.</source>
        <translation>自社診断の判定: %1。</translation>
    </message>
    <message>
        <source>Not applicable: %1. %2</source>
        <translation>対象外: %1。%2</translation>
    </message>
</context>
<context>
    <name>kamae::report::SummaryText</name>
    <message>
        <source>Good</source>
        <translation>良好</translation>
    </message>
    <message>
        <source>Fair: gaps to close</source>
        <translation>要改善: 対策に抜けがあります</translation>
    </message>
    <message>
        <source>Weak: act now</source>
        <translation>不十分: 早急な対応が必要です</translation>
    </message>
    <message>
        <source>%1&apos;s posture score is %2 of 100, which is good.</source>
        <translation>%1の対策スコアは 100 点満点中 %2 点で、良好な水準です。</translation>
    </message>
    <message>
        <source>%1&apos;s posture score is %2 of 100: fair, with gaps to close.</source>
        <translation>%1の対策スコアは 100 点満点中 %2 点で、対策にまだ抜けがある水準です。</translation>
    </message>
    <message>
        <source>%1&apos;s posture score is %2 of 100, which is weak and needs action now.</source>
        <translation>%1の対策スコアは 100 点満点中 %2 点で、早急な対応が必要な水準です。</translation>
    </message>
    <message>
        <source>There is no earlier score in this period to compare with; the trend starts with this report.</source>
        <translation>この期間には比較できる過去のスコアがありません。推移はこのレポートから始まります。</translation>
    </message>
    <message>
        <source>It rose by %1 since %2.</source>
        <translation>%2 から %1上がりました。</translation>
    </message>
    <message>
        <source>It fell by %1 since %2.</source>
        <translation>%2 から %1下がりました。</translation>
    </message>
    <message>
        <source>It is unchanged since %1.</source>
        <translation>%1 から変わっていません。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>The strongest measure is %1 (%2).</source>
        <translation>最も進んでいる対策は%1（%2）です。</translation>
    </message>
    <message>
        <source>No measure is below 60 %.</source>
        <translation>達成度が 60% を下回る対策はありません。</translation>
    </message>
    <message numerus="yes">
        <source>The weakest, where the points are lost, are %1.</source>
        <translation>
            <numerusform>失点が大きいのは%1です。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is overdue.</source>
        <translation>期限超過の項目はありません。</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2 件</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) are overdue (%1).</source>
        <translation>
            <numerusform>期限超過の項目が %n 件あります（%1）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Every measured factor is at its full value: keep the records current so that it stays there.</source>
        <translation>すべての評価項目が満点です。この状態を保つよう、記録を最新に保ってください。</translation>
    </message>
    <message>
        <source>%1 points since %2</source>
        <translation>%2 から %1 点</translation>
    </message>
    <message>
        <source>No earlier score in this period</source>
        <translation>この期間に比較できるスコアはありません</translation>
    </message>
    <message>
        <source>Its sharpest fall was %1 between %2 and %3, to %4.</source>
        <translation>%2 から %3 にかけて %1下がり、%4 点になった時期がありました。</translation>
    </message>
    <message>
        <source>The step that wins the most for its effort is “%1” (%2 points).</source>
        <translation>手間に対して最も効果が大きい対策は「%1」（%2 点）です。</translation>
    </message>
    <message>
        <source>Nothing has been recorded yet, so the score says little about the company. Start here: %1.</source>
        <translation>まだ何も記録されていないため、このスコアから会社の状況はほとんど読み取れません。まず取り組むべきこと: %1。</translation>
    </message>
    <message>
        <source>of which %1 self-declared (%2)</source>
        <translation>うち自己申告 %1 点（%2）</translation>
    </message>
</context>
<context>
    <name>kamae::report::TrainingStatusText</name>
    <message>
        <source>required training current</source>
        <translation>必須講座の受講が有効</translation>
    </message>
    <message>
        <source>clicked (%1 of %2) in the drill of %3</source>
        <translation>クリック %1 名（%2 名中、%3 の訓練）</translation>
    </message>
    <message>
        <source>reported the mail (%1)</source>
        <translation>メールを報告 %1 名</translation>
    </message>
    <message>
        <source>no phishing drill yet</source>
        <translation>標的型メール訓練は未実施</translation>
    </message>
    <message>
        <source>Nobody is overdue for a required course.</source>
        <translation>必須講座の受講が期限超過の人はいません。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1ほか %n 名</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2 of %3 (%4)</source>
        <translation>%1 %2 / %3 名（%4）</translation>
    </message>
    <message>
        <source>no department</source>
        <translation>部署なし</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) are overdue for at least one required course: %1.</source>
        <translation>
            <numerusform>%n 名が 1 件以上の必須講座で期限超過です: %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>; </source>
        <translation>、</translation>
    </message>
    <message numerus="yes">
        <source>%1 %2 (%n overdue)</source>
        <translation>
            <numerusform>「%1」%2（期限超過 %n 名）</numerusform>
        </translation>
    </message>
    <message>
        <source>Current: %1.</source>
        <translation>必須講座ごとの受講が有効な割合: %1。</translation>
    </message>
    <message numerus="yes">
        <source>Everyone required is current in all %n required course(s).</source>
        <translation>
            <numerusform>必須講座 %n 件のすべてで、受講対象者全員の受講が有効です。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Everyone required is current in the other %n required course(s).</source>
        <translation>
            <numerusform>ほかの必須講座 %n 件では、受講対象者全員の受講が有効です。</numerusform>
        </translation>
    </message>
    <message>
        <source>Required training current (%)</source>
        <translation>必須講座の受講が有効な割合（%）</translation>
    </message>
    <message>
        <source>People overdue for required training</source>
        <translation>必須講座の受講が期限超過の人数</translation>
    </message>
    <message>
        <source>Click rate of the last phishing drill (%)</source>
        <translation>前回の標的型メール訓練のクリック率（%）</translation>
    </message>
</context>
<context>
    <name>kamae::score::AccessFactorText</name>
    <message>
        <source>MFA on internet-facing logins</source>
        <translation>インターネットに公開されたログインの多要素認証</translation>
    </message>
    <message numerus="yes">
        <source>MFA is on for %1 of %n internet-facing login(s).</source>
        <translation>
            <numerusform>インターネットに公開されたログイン %n 件のうち %1 件で多要素認証が有効です。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Turn on MFA for %n more internet-facing login(s)</source>
        <translation>
            <numerusform>ほか %n 件の公開ログインで多要素認証を有効にする</numerusform>
        </translation>
    </message>
    <message>
        <source>Turn on MFA for “%1”</source>
        <translation>「%1」で多要素認証を有効にする</translation>
    </message>
    <message>
        <source>The asset register is empty.</source>
        <translation>情報資産管理台帳はまだ空です。</translation>
    </message>
</context>
<context>
    <name>kamae::score::AssetFactorText</name>
    <message>
        <source>Register your important data (customer lists, accounts, drawings)</source>
        <translation>重要なデータ（顧客名簿、会計データ、図面など）を登録する</translation>
    </message>
    <message>
        <source>Register your devices (PCs, servers, routers, phones)</source>
        <translation>機器（パソコン、サーバー、ルーター、スマートフォンなど）を登録する</translation>
    </message>
    <message>
        <source>Register your software and cloud services</source>
        <translation>ソフトウェアとクラウドサービスを登録する</translation>
    </message>
    <message>
        <source>Register your accounts (mail, cloud, administrator logins)</source>
        <translation>アカウント（メール、クラウド、管理者ログインなど）を登録する</translation>
    </message>
    <message>
        <source>The register covers data, devices, software and accounts</source>
        <translation>台帳がデータ・機器・ソフトウェア・アカウントを網羅している</translation>
    </message>
    <message>
        <source>The asset register is empty.</source>
        <translation>情報資産管理台帳はまだ空です。</translation>
    </message>
    <message>
        <source>Start the asset register: list your data, devices, software and accounts</source>
        <translation>情報資産管理台帳を作り始める（データ・機器・ソフトウェア・アカウントを登録）</translation>
    </message>
    <message numerus="yes">
        <source>%n asset(s) registered, covering %1 of the 4 kinds.</source>
        <translation>
            <numerusform>%n 件の資産が登録され、4 種類のうち %1 種類を網羅しています。</numerusform>
        </translation>
    </message>
    <message>
        <source>Assets with an owner department and C/I/A ratings</source>
        <translation>管理部署と機密性・完全性・可用性が記入された資産</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n asset(s) have an owner department and all three ratings.</source>
        <translation>
            <numerusform>%n 件のうち %1 件に管理部署と 3 つの評価がすべて記入されています。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Give %n asset(s) an owner department and C/I/A ratings</source>
        <translation>
            <numerusform>%n 件の資産に管理部署と機密性・完全性・可用性を記入する</numerusform>
        </translation>
    </message>
    <message>
        <source>Assets reviewed in the last 12 months</source>
        <translation>過去 12 か月以内に見直した資産</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n asset(s) were reviewed in the last 12 months.</source>
        <translation>
            <numerusform>%n 件のうち %1 件を過去 12 か月以内に見直しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Review %n asset(s) not reviewed for a year</source>
        <translation>
            <numerusform>1 年以上見直していない %n 件の資産を見直す</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kamae::score::BackupFactorText</name>
    <message>
        <source>never</source>
        <translation>未実施</translation>
    </message>
    <message>
        <source>Backup jobs keeping 3-2-1-1-0</source>
        <translation>3-2-1-1-0 を満たすバックアップ計画</translation>
    </message>
    <message>
        <source>Make “%1” keep 3-2-1-1-0 (missing: %2)</source>
        <translation>「%1」を 3-2-1-1-0 に合わせる（不足: %2）</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n backup job(s) meet all five rules.</source>
        <translation>
            <numerusform>バックアップ計画 %n 件のうち %1 件が 5 つの条件をすべて満たしています。</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore tests within their interval</source>
        <translation>周期内に実施した復元テスト</translation>
    </message>
    <message>
        <source>Run a restore test of “%1” (last: %2)</source>
        <translation>「%1」の復元テストを行う（前回: %2）</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n backup job(s) passed a restore test within their interval.</source>
        <translation>
            <numerusform>バックアップ計画 %n 件のうち %1 件が周期内の復元テストに成功しています。</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline copies checked within their interval</source>
        <translation>周期内に確認したオフライン保管</translation>
    </message>
    <message>
        <source>Check the offline copy of “%1” (last: %2)</source>
        <translation>「%1」のオフライン保管を確認する（前回: %2）</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n job(s) with an offline copy had it checked within their interval.</source>
        <translation>
            <numerusform>オフライン保管のある計画 %n 件のうち %1 件を周期内に確認しています。</numerusform>
        </translation>
    </message>
    <message>
        <source>Backups running on schedule</source>
        <translation>予定どおり動いているバックアップ</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n backup job(s) ran on schedule without failing.</source>
        <translation>
            <numerusform>バックアップ計画 %n 件のうち %1 件が予定どおり失敗なく実行されています。</numerusform>
        </translation>
    </message>
    <message>
        <source>Important assets protected by a backup job</source>
        <translation>バックアップ計画で守られている重要な資産</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n important asset(s) are protected by a backup job.</source>
        <translation>
            <numerusform>重要な資産 %n 件のうち %1 件がバックアップ計画で守られています。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n important asset(s) to a backup job</source>
        <translation>
            <numerusform>重要な資産 %n 件をバックアップ計画に加える</numerusform>
        </translation>
    </message>
    <message>
        <source>Run “%1” and record it in Kamae</source>
        <translation>「%1」を実行し、Kamae に記録する</translation>
    </message>
    <message>
        <source>Get “%1” running again (last run failed on %2)</source>
        <translation>「%1」を再び動くようにする（%2 の実行は失敗）</translation>
    </message>
    <message>
        <source>Run “%1” (due since %2)</source>
        <translation>「%1」を実行する（%2 から期限超過）</translation>
    </message>
    <message numerus="yes">
        <source>Deal with %n more backup job(s)</source>
        <translation>
            <numerusform>ほか %n 件のバックアップ計画に対処する</numerusform>
        </translation>
    </message>
    <message>
        <source>No backup job with a logged copy is recorded.</source>
        <translation>バックアップ実行記録のあるバックアップ計画がありません。</translation>
    </message>
    <message>
        <source>Record a backup job of your data and log its runs, restore tests and offline checks</source>
        <translation>データのバックアップ計画を登録し、バックアップ実行・復元テスト・オフライン保管の確認を記録する</translation>
    </message>
    <message>
        <source>The asset register is empty.</source>
        <translation>情報資産管理台帳はまだ空です。</translation>
    </message>
</context>
<context>
    <name>kamae::score::EvidenceText</name>
    <message numerus="yes">
        <source>%n known-exploited vulnerability(ies) still open.</source>
        <translation>
            <numerusform>悪用が確認された脆弱性が %n 件未対応です。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n update(s) past their due date.</source>
        <translation>
            <numerusform>対応期限を過ぎたアップデートが %n 件あります。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) or software at end of support.</source>
        <translation>
            <numerusform>サポート終了の機器・ソフトウェアが %n 件あります。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No overdue or known-exploited update; %n open patch item(s) within their dates.</source>
        <translation>
            <numerusform>期限超過や悪用が確認された未対応のアップデートはありません（未対応の修正プログラム %n 件はすべて期限内）。</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” has never had a restore test.</source>
        <translation>「%1」は復元テストを一度も行っていません。</translation>
    </message>
    <message numerus="yes">
        <source>The last restore test of “%1” was %n day(s) ago.</source>
        <translation>
            <numerusform>「%1」の前回の復元テストは %n 日前です。</numerusform>
        </translation>
    </message>
    <message>
        <source>The last restore test of “%1” failed.</source>
        <translation>「%1」の前回の復元テストは失敗しています。</translation>
    </message>
    <message>
        <source>“%1” has no offline or immutable copy.</source>
        <translation>「%1」にはオフライン保管も改ざん防止保管もありません。</translation>
    </message>
    <message>
        <source>No backup job of the company&apos;s data is recorded.</source>
        <translation>会社のデータのバックアップ計画が登録されていません。</translation>
    </message>
    <message numerus="yes">
        <source>All %n backup job(s) passed a restore test within a year and keep an offline or immutable copy.</source>
        <translation>
            <numerusform>バックアップ計画 %n 件すべてが 1 年以内の復元テストに成功し、オフラインまたは改ざん防止の保管があります。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>MFA is on for all %n internet-facing login(s).</source>
        <translation>
            <numerusform>インターネットに公開されたログイン %n 件すべてで多要素認証が有効です。</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 ほか %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>MFA is off on %n internet-facing login(s): %1.</source>
        <translation>
            <numerusform>インターネットに公開されたログイン %n 件で多要素認証が無効です: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overseas site(s) registered on the Organisation page.</source>
        <translation>
            <numerusform>組織情報に海外拠点が %n か所登録されています。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n site(s) on the Organisation page, none overseas (Kamae keeps no list of suppliers).</source>
        <translation>
            <numerusform>「組織情報」画面の拠点は %n か所で、いずれも国内です（Kamae には取引先の一覧がありません）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kamae::score::GettingStartedText</name>
    <message>
        <source>Fill in the organisation: employees and sites</source>
        <translation>組織情報を入力する: 従業員数と拠点</translation>
    </message>
    <message numerus="yes">
        <source>%n site(s) recorded; employees: %1.</source>
        <translation>
            <numerusform>拠点 %n か所、従業員 %1 名が登録されています。</numerusform>
        </translation>
    </message>
    <message>
        <source>Neither the number of employees nor a site is recorded yet.</source>
        <translation>従業員数も拠点もまだ登録されていません。</translation>
    </message>
    <message>
        <source>The number of employees is not recorded yet.</source>
        <translation>従業員数がまだ登録されていません。</translation>
    </message>
    <message>
        <source>No site is recorded yet (offices, factories, warehouses, overseas ones too).</source>
        <translation>拠点（事務所・工場・倉庫など。海外拠点も含みます）がまだ登録されていません。</translation>
    </message>
    <message>
        <source>Add or import your assets</source>
        <translation>情報資産を追加するか、一覧から取り込む</translation>
    </message>
    <message numerus="yes">
        <source>%n asset(s) in the register.</source>
        <translation>
            <numerusform>台帳に %n 件の情報資産が登録されています。</numerusform>
        </translation>
    </message>
    <message>
        <source>The register is empty: add assets one by one or import an Excel or CSV list.</source>
        <translation>台帳が空です。情報資産を一つずつ追加するか、Excel または CSV の一覧を取り込んでください。</translation>
    </message>
    <message>
        <source>Record your backups</source>
        <translation>バックアップを登録する</translation>
    </message>
    <message numerus="yes">
        <source>%n backup job(s) recorded.</source>
        <translation>
            <numerusform>バックアップ計画が %n 件登録されています。</numerusform>
        </translation>
    </message>
    <message>
        <source>No backup of the company&apos;s data is recorded yet.</source>
        <translation>会社のデータのバックアップがまだ登録されていません。</translation>
    </message>
    <message>
        <source>Import a vulnerability feed (KEV or JVN)</source>
        <translation>脆弱性情報（KEV または JVN）を取り込む</translation>
    </message>
    <message>
        <source>Last imported on %1.</source>
        <translation>最後の取り込みは %1 です。</translation>
    </message>
    <message>
        <source>No feed imported yet: Kamae cannot yet tell which of your products have known holes.</source>
        <translation>脆弱性情報をまだ取り込んでいません。このままでは、自社のどの製品に既知の脆弱性があるかを Kamae で判断できません。</translation>
    </message>
    <message>
        <source>Answer the self-assessment</source>
        <translation>自社診断に回答する</translation>
    </message>
    <message>
        <source>Not taken yet; it takes about five minutes.</source>
        <translation>まだ実施していません。所要時間は 5 分ほどです。</translation>
    </message>
    <message>
        <source>%1 of %2 questions answered on %3.</source>
        <translation>%3 の自社診断で、%2 問中 %1 問に回答済みです。</translation>
    </message>
</context>
<context>
    <name>kamae::score::OwnerFactorText</name>
    <message>
        <source>Records that matter have an owner</source>
        <translation>重要な記録に担当が決まっている</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n record(s) that matter have an owner (important assets, open patch items, backup jobs).</source>
        <translation>
            <numerusform>重要な記録 %n 件のうち %1 件に担当が決まっています（重要な資産、未対応の修正プログラム、バックアップ計画）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n important asset(s)</source>
        <translation>
            <numerusform>重要な資産 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open patch item(s)</source>
        <translation>
            <numerusform>未対応の修正プログラム %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n backup job(s)</source>
        <translation>
            <numerusform>バックアップ計画 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1、%2</translation>
    </message>
    <message>
        <source>Assign an owner to %1</source>
        <translation>%1に担当を割り当てる</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between items of a list</comment>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>kamae::score::PatchFactorText</name>
    <message>
        <source>No open known-exploited vulnerability</source>
        <translation>悪用が確認された脆弱性が残っていない</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n internet-facing or affected asset(s) have an open known-exploited vulnerability.</source>
        <translation>
            <numerusform>公開または該当する資産 %n 件のうち %1 件に、悪用が確認された未対応の脆弱性があります。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Close known-exploited vulnerabilities on %n more asset(s)</source>
        <translation>
            <numerusform>ほか %n 件の資産の、悪用が確認された脆弱性に対処する</numerusform>
        </translation>
    </message>
    <message>
        <source>Apply the update for %1 on “%2” (known exploited)</source>
        <translation>「%2」に %1 のアップデートを適用する（悪用確認済み）</translation>
    </message>
    <message>
        <source>Updates applied by their due dates</source>
        <translation>期限内に適用されたアップデート</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n open or risk-accepted patch item(s) are past their date.</source>
        <translation>
            <numerusform>未対応またはリスク受容の修正プログラム %n 件のうち %1 件が期限を過ぎています。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deal with %n more overdue patch item(s)</source>
        <translation>
            <numerusform>ほか %n 件の期限超過の修正プログラムに対処する</numerusform>
        </translation>
    </message>
    <message>
        <source>Review the accepted risk of %1 on “%2”</source>
        <translation>「%2」の %1 のリスク受容を見直す</translation>
    </message>
    <message>
        <source>Apply the overdue update for %1 on “%2” (due %3)</source>
        <translation>「%2」に %1 のアップデートを適用する（期限超過、期限 %3）</translation>
    </message>
    <message>
        <source>Devices and software updated and supported</source>
        <translation>更新されサポート中の機器・ソフトウェア</translation>
    </message>
    <message numerus="yes">
        <source>Of %n device(s) and software, %1 are at end of support and %2 not updated for %3 days or never recorded.</source>
        <translation>
            <numerusform>機器・ソフトウェア %n 件のうち、%1 件がサポート終了、%2 件が %3 日以上更新されていないか更新日が未記録です。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Replace or upgrade %n device(s) or software at end of support</source>
        <translation>
            <numerusform>サポート終了の機器・ソフトウェア %n 件を更新または入れ替える</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Update %n device(s) or software and record the date</source>
        <translation>
            <numerusform>機器・ソフトウェア %n 件をアップデートし、更新日を記録する</numerusform>
        </translation>
    </message>
    <message>
        <source>No vulnerability feed (KEV or JVN) was ever imported.</source>
        <translation>脆弱性情報（KEV・JVN）を一度も取り込んでいません。</translation>
    </message>
    <message numerus="yes">
        <source>The newest vulnerability feed was imported %n day(s) ago; it counts for %1 days.</source>
        <translation>
            <numerusform>最新の脆弱性情報の取り込みは %n 日前です。スコアに数えるのは取り込みから %1 日以内です。</numerusform>
        </translation>
    </message>
    <message>
        <source>Import the current KEV catalogue or a JVN feed and review the proposals</source>
        <translation>最新の KEV カタログまたは JVN のフィードを取り込み、対応候補を確認する</translation>
    </message>
    <message>
        <source>No patch item is recorded.</source>
        <translation>修正プログラムが登録されていません。</translation>
    </message>
    <message>
        <source>Record the updates your devices and software need, with their due dates</source>
        <translation>機器・ソフトウェアに必要なアップデートを、対応期限とともに登録する</translation>
    </message>
    <message numerus="yes">
        <source>All %n recorded patch item(s) are applied.</source>
        <translation>
            <numerusform>登録された修正プログラム %n 件はすべて適用済みです。</numerusform>
        </translation>
    </message>
    <message>
        <source>No device or software is registered.</source>
        <translation>機器・ソフトウェアが登録されていません。</translation>
    </message>
    <message>
        <source>Register your devices and software with the date of their last update</source>
        <translation>機器・ソフトウェアを最終更新日とともに登録する</translation>
    </message>
    <message numerus="yes">
        <source>No update date is recorded for the %n device(s) and software.</source>
        <translation>
            <numerusform>機器・ソフトウェア %n 件のいずれにも更新日が記録されていません。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kamae::score::ScoreText</name>
    <message>
        <source>Information assets</source>
        <translation>情報資産の把握</translation>
    </message>
    <message>
        <source>Vulnerabilities &amp; patches</source>
        <translation>脆弱性対策</translation>
    </message>
    <message>
        <source>Authentication &amp; MFA</source>
        <translation>認証の強化</translation>
    </message>
    <message>
        <source>Backups &amp; offline copies</source>
        <translation>バックアップ</translation>
    </message>
    <message>
        <source>Education &amp; drills</source>
        <translation>教育・訓練</translation>
    </message>
    <message>
        <source>Business continuity (BCP)</source>
        <translation>事業継続計画（BCP）</translation>
    </message>
    <message>
        <source>Incident response</source>
        <translation>インシデント対応</translation>
    </message>
    <message>
        <source>Supply chain &amp; overseas</source>
        <translation>サプライチェーン</translation>
    </message>
    <message>
        <source>Technical</source>
        <translation>技術的対策</translation>
    </message>
    <message>
        <source>Physical</source>
        <translation>物理的対策</translation>
    </message>
    <message>
        <source>Human</source>
        <translation>人的対策</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>数分</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>数時間</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>数日</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>ダッシュボード</translation>
    </message>
    <message>
        <source>Self-declared</source>
        <translation>自己申告</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>記録</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>未確認</translation>
    </message>
    <message>
        <source>%1 (of which %2 self-declared)</source>
        <translation>%1（うち自己申告 %2 点）</translation>
    </message>
</context>
<context>
    <name>kamae::score::SelfCheckDesk</name>
    <message>
        <source>A self-assessment needs the date it was taken.</source>
        <translation>自社診断には実施日が必要です。</translation>
    </message>
    <message>
        <source>A self-assessment cannot be dated after today (%1).</source>
        <translation>自社診断の実施日に、今日（%1）より後の日付は指定できません。</translation>
    </message>
</context>
<context>
    <name>kamae::score::SelfCheckFactorText</name>
    <message numerus="yes">
        <source>Answer the %n open self-assessment question(s)</source>
        <translation>
            <numerusform>自社診断の未回答の設問 %n 問に回答する</numerusform>
        </translation>
    </message>
    <message>
        <source>Self-assessment question %1 is not answered.</source>
        <translation>自社診断の設問 %1 は未回答です。</translation>
    </message>
    <message>
        <source>Question %1 answered “%2” on %3, but Kamae&apos;s records disagree; counted as partly implemented.</source>
        <translation>設問 %1 は %3 に「%2」と回答されましたが、Kamae の記録と食い違うため「一部実施している」として数えています。</translation>
    </message>
    <message>
        <source>Fix what contradicts “%1”: %2</source>
        <translation>「%1」と食い違う点を直す: %2</translation>
    </message>
    <message>
        <source>Question %1 answered “%2” on %3.</source>
        <translation>設問 %1 は %3 に「%2」と回答されています。</translation>
    </message>
    <message>
        <source>Find out and answer: %1</source>
        <translation>確認して回答する: %1</translation>
    </message>
    <message>
        <source>Put in place: %1</source>
        <translation>実施する: %1</translation>
    </message>
    <message numerus="yes">
        <source>Take the self-assessment (%n questions)</source>
        <translation>
            <numerusform>自社診断を受ける（%n 問）</numerusform>
        </translation>
    </message>
    <message>
        <source>Question %1 does not apply: %2</source>
        <translation>設問 %1 は該当しません: %2</translation>
    </message>
    <message>
        <source>Question %1 is measured from the records instead of the answer: %2</source>
        <translation>設問 %1 は回答ではなく記録で評価しています: %2</translation>
    </message>
    <message>
        <source>The answer “%1” contradicts them.</source>
        <translation>回答「%1」はこれらの記録と食い違っています。</translation>
    </message>
</context>
<context>
    <name>kamae::score::SelfCheckText</name>
    <message>
        <source>The five basic pledges (★)</source>
        <translation>情報セキュリティ5か条（★）</translation>
    </message>
    <message>
        <source>All 25 self-check questions answered (not taken yet)</source>
        <translation>自社診断の 25 問すべてに回答（未実施）</translation>
    </message>
    <message>
        <source>All 25 self-check questions answered (%1 of 25 so far)</source>
        <translation>自社診断の 25 問すべてに回答（現在 25 問中 %1 問）</translation>
    </message>
    <message>
        <source>The self-check taken within the last year (last: %1)</source>
        <translation>1 年以内に自社診断を実施（前回: %1）</translation>
    </message>
    <message>
        <source>All 25 self-check questions answered within the last year</source>
        <translation>1 年以内に自社診断の 25 問すべてに回答</translation>
    </message>
    <message>
        <source>A written information security basic policy</source>
        <translation>情報セキュリティ基本方針を文書で定めている</translation>
    </message>
    <message>
        <source>The company declares ★★, but the requirements below are not all met.</source>
        <translation>二つ星を宣言していますが、下記の要件をすべては満たしていません。</translation>
    </message>
    <message>
        <source>The company declares ★, but not all five basic pledges are answered as implemented.</source>
        <translation>一つ星を宣言していますが、5か条のすべてが「実施している」にはなっていません。</translation>
    </message>
    <message>
        <source>Operating systems and software on every PC, smartphone and other device are kept up to date with the latest updates.</source>
        <translation>すべてのパソコンやスマートフォンなどの機器で、OS やソフトウェアのアップデートを速やかに適用し、最新の状態にしている。</translation>
    </message>
    <message>
        <source>Antivirus software is installed on every PC and device, and its virus definitions are updated automatically.</source>
        <translation>すべてのパソコンや機器にウイルス対策ソフトを導入し、定義ファイルを自動で更新している。</translation>
    </message>
    <message>
        <source>Passwords are long and hard to guess, are not reused across services and are never shared with others.</source>
        <translation>パスワードは長く推測されにくいものにし、複数のサービスで使い回さず、他人と共有していない。</translation>
    </message>
    <message>
        <source>Access to shared folders and cloud shares is limited to the people who need it for their work.</source>
        <translation>共有フォルダーやクラウドの共有設定は、業務上必要な人だけが利用できるように制限している。</translation>
    </message>
    <message>
        <source>The company keeps up with new threats and attack methods, for example through the alerts of IPA and JPCERT/CC.</source>
        <translation>IPA や JPCERT/CC の注意喚起などを通じて、新たな脅威や攻撃の手口を常に把握している。</translation>
    </message>
    <message>
        <source>Staff do not open attachments or links in suspicious mail and know the tricks of attacks such as Emotet.</source>
        <translation>従業員は不審なメールの添付ファイルやリンクを開かず、Emotet などの攻撃の手口を知っている。</translation>
    </message>
    <message>
        <source>Staff check the recipient&apos;s address before sending a mail or a fax.</source>
        <translation>メールや FAX を送信する前に、宛先に誤りがないかを確認している。</translation>
    </message>
    <message>
        <source>Important information sent by mail is never written in the message body but sent encrypted, with any password passed on by another means.</source>
        <translation>重要な情報をメールで送るときは、本文に書かずに暗号化して送り、パスワードは別の手段で伝えている。</translation>
    </message>
    <message>
        <source>Wireless LANs are encrypted with WPA2 or WPA3 and protected by a long key that is hard to guess.</source>
        <translation>無線 LAN は WPA2 または WPA3 で暗号化し、推測されにくい長いパスワード（暗号化キー）を設定している。</translation>
    </message>
    <message>
        <source>Staff follow rules for web browsing and social media that keep them away from dangerous sites and online trouble.</source>
        <translation>Web の閲覧や SNS の利用についてルールを定め、従業員が危険なサイトやネット上のトラブルを避けている。</translation>
    </message>
    <message>
        <source>Important information is backed up regularly so that it can be restored when it is lost or encrypted.</source>
        <translation>重要な情報は定期的にバックアップを取り、失われたり暗号化されたりしても復元できるようにしている。</translation>
    </message>
    <message>
        <source>Important papers and storage media are never left lying around but kept locked away.</source>
        <translation>重要な書類や記録媒体は机の上などに放置せず、施錠できる場所に保管している。</translation>
    </message>
    <message>
        <source>Important information and devices are taken out of the office only under rules, such as permission and protection while away.</source>
        <translation>重要な情報や機器を社外に持ち出すときは、許可や持ち出し中の保護などのルールに従っている。</translation>
    </message>
    <message>
        <source>Staff lock their screen whenever they leave their desk.</source>
        <translation>席を離れるときは、必ずパソコンの画面をロックしている。</translation>
    </message>
    <message>
        <source>Visitors are received at reception, accompanied and never left alone where work is done.</source>
        <translation>来訪者は受付で対応し、付き添いなしに執務場所へ立ち入らせたり、一人にしたりしていない。</translation>
    </message>
    <message>
        <source>PCs and other devices are protected against theft, for example by a cable lock or by being locked away after work.</source>
        <translation>パソコンなどの機器は、ワイヤーロックや業務後の施錠保管などで盗難を防いでいる。</translation>
    </message>
    <message>
        <source>The office is locked whenever nobody is there, and the last person to leave checks it.</source>
        <translation>事務所が無人になるときは必ず施錠し、最後に退出する人が確認している。</translation>
    </message>
    <message>
        <source>Papers, storage media and devices holding important information are disposed of so that nothing can be read or recovered.</source>
        <translation>重要な情報を含む書類・記録媒体・機器は、内容を読み取ったり復元したりできない方法で廃棄している。</translation>
    </message>
    <message>
        <source>Staff are bound by rules or a signed pledge to keep company information confidential, also after they leave.</source>
        <translation>就業規則や誓約書で従業員に秘密保持を義務付け、退職後も守るよう求めている。</translation>
    </message>
    <message>
        <source>Staff receive information security training regularly.</source>
        <translation>従業員に対して、情報セキュリティに関する教育を定期的に行っている。</translation>
    </message>
    <message>
        <source>There are rules on whether and how staff may use their own PCs and smartphones for work.</source>
        <translation>個人所有のパソコンやスマートフォンを業務に使ってよいか、どう使うかのルールを定めている。</translation>
    </message>
    <message>
        <source>Contracts with business partners include confidentiality clauses for the information exchanged.</source>
        <translation>取引先との契約に、やり取りする情報についての秘密保持条項を盛り込んでいる。</translation>
    </message>
    <message>
        <source>External services such as cloud services are chosen after checking their security and reliability.</source>
        <translation>クラウドサービスなどの外部サービスは、セキュリティや信頼性を確認したうえで選んでいる。</translation>
    </message>
    <message>
        <source>The company is prepared for an incident: who is called, who decides and what is done first.</source>
        <translation>インシデントが起きたときに、誰に連絡し、誰が判断し、まず何をするかを決めている。</translation>
    </message>
    <message>
        <source>The information security rules are written down and made known to all staff.</source>
        <translation>情報セキュリティのルールを文書にまとめ、全従業員に周知している。</translation>
    </message>
    <message>
        <source>Accounts reachable from the internet, such as mail, cloud services, VPN and remote access, require multi-factor authentication.</source>
        <translation>メール・クラウドサービス・VPN・リモートアクセスなど、インターネットから利用できるアカウントには多要素認証を必須にしている。</translation>
    </message>
    <message>
        <source>A written business continuity plan (BCP) sets out how core business goes on with alternative means when IT systems stop.</source>
        <translation>IT システムが止まっても代替手段で中核事業を続ける方法を、事業継続計画（BCP）として文書にしている。</translation>
    </message>
    <message>
        <source>The business continuity plan, its emergency contacts and its call tree have been reviewed and rehearsed within the last year.</source>
        <translation>事業継続計画（BCP）とその緊急連絡先・連絡網を、この 1 年以内に見直し、訓練で確かめている。</translation>
    </message>
    <message>
        <source>The company knows whom to report to and consult when infected (the police, the supervising ministry, IPA or JPCERT/CC) and which business partners to inform, and it never pays attackers.</source>
        <translation>感染したときの報告・相談先（警察、所管省庁、IPA や JPCERT/CC）と連絡すべき取引先を把握しており、攻撃者に金銭を支払わないと決めている。</translation>
    </message>
    <message>
        <source>Overseas sites, subsidiaries and key suppliers are held to the same security measures and are supported and instructed like domestic sites.</source>
        <translation>海外拠点・子会社・主要な取引先にも国内と同じ対策を求め、国内拠点と同じように支援・指示している。</translation>
    </message>
    <message>
        <source>An information security basic policy is written down, approved by management and published.</source>
        <translation>経営者が承認した情報セキュリティ基本方針を文書にし、公表している。</translation>
    </message>
    <message>
        <source>Most ransomware gets in through holes that an available update would have closed.</source>
        <translation>ランサムウェアの多くは、アップデートで塞げたはずの脆弱性から侵入します。</translation>
    </message>
    <message>
        <source>Outdated definitions miss new malware; up-to-date antivirus stops most common infections.</source>
        <translation>定義ファイルが古いと新しいウイルスを見逃します。最新の状態なら一般的な感染の多くを防げます。</translation>
    </message>
    <message>
        <source>One leaked or guessed password opens every account that uses the same one.</source>
        <translation>パスワードが 1 つ漏れたり推測されたりすると、同じパスワードを使うアカウントがすべて破られます。</translation>
    </message>
    <message>
        <source>The fewer people who can open a folder, the less one mistake or infected PC can leak or destroy.</source>
        <translation>利用できる人が少ないほど、1 つのミスや 1 台の感染で漏えい・破壊される範囲が小さくなります。</translation>
    </message>
    <message>
        <source>Attacks change fast; an alert read in time tells you which update or warning matters now.</source>
        <translation>攻撃の手口はすぐに変わります。注意喚起を読めば、今どのアップデートや注意が必要かがわかります。</translation>
    </message>
    <message>
        <source>Opening one attachment or link is the usual start of an Emotet or ransomware infection.</source>
        <translation>Emotet やランサムウェアの感染は、添付ファイルやリンクを 1 回開くことから始まるのが典型です。</translation>
    </message>
    <message>
        <source>Misaddressed mail and faxes are a leading cause of data leaks, and they cannot be called back.</source>
        <translation>メールや FAX の誤送信は情報漏えいの主な原因の一つで、送信後は取り消せません。</translation>
    </message>
    <message>
        <source>Mail can go astray or be intercepted; encryption keeps the content unreadable to others.</source>
        <translation>メールには誤送信や盗み見のおそれがあります。暗号化すれば第三者には内容を読まれません。</translation>
    </message>
    <message>
        <source>A weak wireless LAN lets anyone nearby read traffic and get into the office network.</source>
        <translation>無線 LAN の保護が弱いと、近くにいる誰もが通信を盗み見たり社内ネットワークに入ったりできます。</translation>
    </message>
    <message>
        <source>Fake sites spread malware, and one careless post can leak information or hurt the company&apos;s name.</source>
        <translation>偽サイトはウイルスを広め、不用意な投稿 1 つが情報漏えいや会社の信用低下を招きます。</translation>
    </message>
    <message>
        <source>Without a recent backup, ransomware, a broken disk or one mistake can erase years of work.</source>
        <translation>最新のバックアップがなければ、ランサムウェアや故障、1 つの操作ミスで長年のデータを失います。</translation>
    </message>
    <message>
        <source>Papers and USB drives left on desks can be read, copied or taken by anyone passing by.</source>
        <translation>机に置いたままの書類や USB メモリは、通りがかった誰にでも読まれ、複製され、持ち去られます。</translation>
    </message>
    <message>
        <source>Laptops, USB drives and papers taken outside are lost or stolen far more often than inside.</source>
        <translation>社外に持ち出したノートパソコンや USB メモリ、書類は、社内に比べてはるかに紛失・盗難に遭いやすくなります。</translation>
    </message>
    <message>
        <source>An unlocked PC lets anyone passing by read, send or change data in your name.</source>
        <translation>ロックされていないパソコンでは、通りがかった誰もがあなたの名前でデータを見たり、送ったり、変えたりできます。</translation>
    </message>
    <message>
        <source>An unaccompanied visitor can look at screens and papers or take devices unnoticed.</source>
        <translation>付き添いのない来訪者は、画面や書類を見たり機器を持ち去ったりしても気付かれません。</translation>
    </message>
    <message>
        <source>A stolen laptop takes its data with it; a cable lock or a locked cabinet stops easy theft.</source>
        <translation>盗まれたノートパソコンはデータごと失われます。ワイヤーロックや施錠保管で手軽な盗難を防げます。</translation>
    </message>
    <message>
        <source>An empty, unlocked office invites the theft of devices and papers and the data on them.</source>
        <translation>無人で施錠されていない事務所は、機器や書類、そこに含まれるデータの盗難を招きます。</translation>
    </message>
    <message>
        <source>Discarded papers, disks and old PCs often still hold data that someone can read or recover.</source>
        <translation>捨てた書類やディスク、古いパソコンには、読み取りや復元ができるデータが残っていることがよくあります。</translation>
    </message>
    <message>
        <source>A written obligation makes clear what staff must keep secret and lets you act on a breach.</source>
        <translation>何を秘密として守るべきかが明確になり、違反があったときに対処できます。</translation>
    </message>
    <message>
        <source>Most incidents begin with a mistake; trained staff spot phishing and report problems early.</source>
        <translation>インシデントの多くは人のミスから始まります。教育を受けた従業員は不審なメールに気付き、早めに報告します。</translation>
    </message>
    <message>
        <source>Personal devices lack the company&apos;s protection, and the data on them leaves with their owner.</source>
        <translation>個人の機器には会社の対策が及ばず、そのデータも持ち主とともに社外へ出ていきます。</translation>
    </message>
    <message>
        <source>Information handed to a partner is only as safe as the partner&apos;s duty to protect it.</source>
        <translation>取引先に渡した情報は、取引先が負う保護義務の範囲でしか守られません。</translation>
    </message>
    <message>
        <source>Data kept in a cloud service is only as safe as the provider&apos;s security and backups.</source>
        <translation>クラウドに預けたデータの安全性は、事業者のセキュリティ対策とバックアップ次第です。</translation>
    </message>
    <message>
        <source>In the first hours of an incident, a ready plan limits the damage and prevents panicked mistakes.</source>
        <translation>インシデント発生直後に手順が決まっていれば、被害を抑え、慌てたことによるミスを防げます。</translation>
    </message>
    <message>
        <source>Written, known rules give everyone the same standard and are the basis of all training.</source>
        <translation>ルールを文書にして周知すれば、全員が同じ基準で行動でき、教育の土台にもなります。</translation>
    </message>
    <message>
        <source>A stolen password alone no longer opens the account, which stops most account takeovers.</source>
        <translation>パスワードが盗まれてもそれだけではログインできず、アカウント乗っ取りの大半を防げます。</translation>
    </message>
    <message>
        <source>When systems are down for days, a plan decides whether orders, shipping and payroll go on.</source>
        <translation>システムが何日も止まったとき、受注・出荷・給与支払いを続けられるかは計画の有無で決まります。</translation>
    </message>
    <message>
        <source>An untested plan with outdated contacts tends to fail on the day it is needed.</source>
        <translation>試していない計画や古い連絡先は、いざというときに役に立たないことがよくあります。</translation>
    </message>
    <message>
        <source>Early reports bring expert help and meet legal duties; paying funds attacks and rarely recovers data.</source>
        <translation>早く報告すれば専門家の支援を受けられ、法令上の義務も果たせます。支払いは攻撃を助長し、データが戻る保証もありません。</translation>
    </message>
    <message>
        <source>Attackers enter through the weakest site or supplier and go on to the head office and its customers.</source>
        <translation>攻撃者は最も弱い拠点や取引先から侵入し、本社やその顧客にまで被害を広げます。</translation>
    </message>
    <message>
        <source>A published policy shows management&apos;s commitment and is required for SECURITY ACTION ★★.</source>
        <translation>公表した基本方針は経営者の姿勢を示すもので、SECURITY ACTION ★★ の宣言に必要です。</translation>
    </message>
    <message>
        <source>Software kept up to date</source>
        <translation>OS・ソフトウェアの更新</translation>
    </message>
    <message>
        <source>Antivirus</source>
        <translation>ウイルス対策ソフト</translation>
    </message>
    <message>
        <source>Strong passwords</source>
        <translation>強固なパスワード</translation>
    </message>
    <message>
        <source>Access restricted</source>
        <translation>アクセス制限</translation>
    </message>
    <message>
        <source>Threat information</source>
        <translation>脅威・攻撃手口の把握</translation>
    </message>
    <message>
        <source>Care with attachments and links</source>
        <translation>添付ファイル・リンクへの注意</translation>
    </message>
    <message>
        <source>Address checked before sending</source>
        <translation>送信前の宛先確認</translation>
    </message>
    <message>
        <source>Important mail protected</source>
        <translation>メールでの重要情報の保護</translation>
    </message>
    <message>
        <source>Wireless LAN secured</source>
        <translation>無線 LAN の暗号化</translation>
    </message>
    <message>
        <source>Web and social media rules</source>
        <translation>Web・SNS 利用のルール</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>重要情報のバックアップ</translation>
    </message>
    <message>
        <source>Papers and media locked away</source>
        <translation>重要書類・媒体の施錠保管</translation>
    </message>
    <message>
        <source>Rules for taking things out</source>
        <translation>持ち出しのルール</translation>
    </message>
    <message>
        <source>Screen lock</source>
        <translation>画面ロック</translation>
    </message>
    <message>
        <source>Visitor control</source>
        <translation>来訪者の管理</translation>
    </message>
    <message>
        <source>Devices protected against theft</source>
        <translation>機器の盗難防止</translation>
    </message>
    <message>
        <source>Office locked when empty</source>
        <translation>無人時の施錠</translation>
    </message>
    <message>
        <source>Secure disposal</source>
        <translation>安全な廃棄</translation>
    </message>
    <message>
        <source>Staff confidentiality</source>
        <translation>従業員の秘密保持</translation>
    </message>
    <message>
        <source>Security training</source>
        <translation>情報セキュリティ教育</translation>
    </message>
    <message>
        <source>Rules for personal devices</source>
        <translation>個人所有機器の利用ルール</translation>
    </message>
    <message>
        <source>Confidentiality with partners</source>
        <translation>取引先との秘密保持</translation>
    </message>
    <message>
        <source>Choosing cloud services</source>
        <translation>外部サービスの選定</translation>
    </message>
    <message>
        <source>Incident response ready</source>
        <translation>インシデント対応の準備</translation>
    </message>
    <message>
        <source>Written security rules</source>
        <translation>セキュリティルールの文書化・周知</translation>
    </message>
    <message>
        <source>Multi-factor authentication</source>
        <translation>多要素認証</translation>
    </message>
    <message>
        <source>Business continuity plan</source>
        <translation>事業継続計画（BCP）</translation>
    </message>
    <message>
        <source>BCP reviewed and rehearsed</source>
        <translation>BCP の見直しと訓練</translation>
    </message>
    <message>
        <source>Incident reporting</source>
        <translation>インシデントの報告・相談</translation>
    </message>
    <message>
        <source>Overseas sites and suppliers</source>
        <translation>海外拠点・取引先の対策</translation>
    </message>
    <message>
        <source>Basic security policy</source>
        <translation>情報セキュリティ基本方針</translation>
    </message>
    <message>
        <source>Part 1: Basic measures</source>
        <translation>第 1 部 基本的対策</translation>
    </message>
    <message>
        <source>Part 2: Staff measures</source>
        <translation>第 2 部 従業員としての対策</translation>
    </message>
    <message>
        <source>Part 3: Organisational measures</source>
        <translation>第 3 部 組織としての対策</translation>
    </message>
    <message>
        <source>Kamae&apos;s additional questions</source>
        <translation>Kamae 独自の追加項目</translation>
    </message>
    <message>
        <source>Implemented</source>
        <translation>実施している</translation>
    </message>
    <message>
        <source>Partly implemented</source>
        <translation>一部実施している</translation>
    </message>
    <message>
        <source>Not implemented</source>
        <translation>実施していない</translation>
    </message>
    <message>
        <source>Don&apos;t know</source>
        <translation>わからない</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>未回答</translation>
    </message>
    <message>
        <source>Well protected — keep it up</source>
        <translation>良好 — この状態を維持しましょう</translation>
    </message>
    <message>
        <source>Some weak spots</source>
        <translation>一部に弱点あり</translation>
    </message>
    <message>
        <source>Act soon</source>
        <translation>早めの対策が必要</translation>
    </message>
    <message>
        <source>Serious danger</source>
        <translation>深刻な危険あり</translation>
    </message>
    <message>
        <source>Keep every measure in place and take the self-check again at least once a year.</source>
        <translation>すべての対策を継続し、少なくとも年に 1 回は自社診断をやり直しましょう。</translation>
    </message>
    <message>
        <source>Work through the questions not yet fully implemented, starting with the basic measures of Part 1.</source>
        <translation>「実施している」以外の項目を、第 1 部の基本的対策から順に改善しましょう。</translation>
    </message>
    <message>
        <source>Basic measures are missing: fix the questions of Part 1 first and plan the rest within the next few months.</source>
        <translation>基本的な対策に抜けがあります。まず第 1 部の項目を改善し、残りも数か月以内に計画的に進めましょう。</translation>
    </message>
    <message>
        <source>The company is an easy target: start this week with updates, antivirus, passwords and backups, and ask an expert for help.</source>
        <translation>攻撃を受けやすい状態です。今週中にアップデート、ウイルス対策ソフト、パスワード、バックアップから着手し、専門家にも相談しましょう。</translation>
    </message>
</context>
<context>
    <name>kamae::store::AssetRepository</name>
    <message>
        <source>Every asset needs a name.</source>
        <translation>すべての情報資産に情報資産名称を入力してください。</translation>
    </message>
    <message>
        <source>Ratings are 1, 2 or 3 (or not rated).</source>
        <translation>評価は 1、2、3 のいずれかにするか、未評価にしてください。</translation>
    </message>
    <message>
        <source>A value of the asset is out of range.</source>
        <translation>情報資産の値が有効な範囲外です。</translation>
    </message>
    <message>
        <source>The asset no longer exists.</source>
        <translation>この情報資産はすでに削除されています。</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>%1 行目: %2</translation>
    </message>
    <message>
        <source>The review date is not valid.</source>
        <translation>見直し日が正しくありません。</translation>
    </message>
</context>
<context>
    <name>kamae::store::BackupRepository</name>
    <message>
        <source>The backup job no longer exists.</source>
        <translation>このバックアップ計画はすでに削除されています。</translation>
    </message>
    <message>
        <source>Kamae&apos;s own backup job cannot be deleted; it records the copies of this vault.</source>
        <translation>Kamae 自身のバックアップ計画は削除できません。この保管庫のコピーを記録するための計画です。</translation>
    </message>
    <message>
        <source>The record no longer exists.</source>
        <translation>この記録はすでに削除されています。</translation>
    </message>
    <message>
        <source>A protected asset no longer exists.</source>
        <translation>保護対象の資産のうち、すでに削除されたものがあります。</translation>
    </message>
</context>
<context>
    <name>kamae::store::BcpRepository</name>
    <message>
        <source>The exercise no longer exists.</source>
        <translation>この訓練はすでに削除されています。</translation>
    </message>
    <message>
        <source>That version of the plan does not exist.</source>
        <translation>指定された版の計画はありません。</translation>
    </message>
    <message>
        <source>A version needs the date it is published.</source>
        <translation>版には発行日が必要です。</translation>
    </message>
    <message>
        <source>The approver must be an entry of the people list.</source>
        <translation>承認者は担当者・部署の一覧から選んでください。</translation>
    </message>
</context>
<context>
    <name>kamae::store::Database</name>
    <message>
        <source>The SQLite driver for Qt is not installed.</source>
        <translation>Qt の SQLite ドライバーがインストールされていません。</translation>
    </message>
    <message>
        <source>The SQLite driver did not expose its handle.</source>
        <translation>SQLite ドライバーからハンドルを取得できませんでした。</translation>
    </message>
    <message>
        <source>Not enough memory to open the database.</source>
        <translation>メモリが不足しているため、データベースを開けません。</translation>
    </message>
    <message>
        <source>The database image could not be loaded (SQLite error %1).</source>
        <translation>データベースのイメージを読み込めませんでした（SQLite エラー %1）。</translation>
    </message>
    <message>
        <source>Broken reference in table %1, row %2</source>
        <translation>テーブル %1 の行 %2 に不正な参照があります</translation>
    </message>
    <message>
        <source>The database is closed.</source>
        <translation>データベースが閉じられています。</translation>
    </message>
    <message>
        <source>Could not open an in-memory database.</source>
        <translation>メモリ上のデータベースを開けませんでした。</translation>
    </message>
    <message>
        <source>The database could not be configured.</source>
        <translation>データベースを設定できませんでした。</translation>
    </message>
    <message>
        <source>The database inside the file is not readable.</source>
        <translation>ファイル内のデータベースを読み取れません。</translation>
    </message>
</context>
<context>
    <name>kamae::store::FeedStore</name>
    <message>
        <source>%1, released %2</source>
        <translation>%1、%2 公開</translation>
    </message>
    <message>
        <source>This KEV catalogue (%1) is older than the one already imported (%2). Nothing was changed.</source>
        <translation>この KEV カタログ（%1）は取り込み済みのもの（%2）より古いため、取り込みませんでした。データは変更していません。</translation>
    </message>
    <message>
        <source>An alias needs the product name on both sides.</source>
        <translation>別名には、フィード側と台帳側の両方の製品名が必要です。</translation>
    </message>
    <message>
        <source>The alias no longer exists.</source>
        <translation>この別名はすでに削除されています。</translation>
    </message>
</context>
<context>
    <name>kamae::store::IncidentRepository</name>
    <message>
        <source>The incident no longer exists.</source>
        <translation>このインシデントはすでに削除されています。</translation>
    </message>
</context>
<context>
    <name>kamae::store::Migrations</name>
    <message>
        <source>The schema version could not be read.</source>
        <translation>スキーマのバージョンを読み取れませんでした。</translation>
    </message>
    <message>
        <source>Upgrading the data to schema %1 failed.</source>
        <translation>データをスキーマ %1 に更新できませんでした。</translation>
    </message>
</context>
<context>
    <name>kamae::store::OrganisationRepository</name>
    <message>
        <source>The organisation needs a name.</source>
        <translation>組織名を入力してください。</translation>
    </message>
    <message>
        <source>The number of employees is out of range.</source>
        <translation>従業員数が有効な範囲外です。</translation>
    </message>
    <message>
        <source>Every site needs a name.</source>
        <translation>すべての拠点に名称を入力してください。</translation>
    </message>
    <message>
        <source>The vault has no organisation record.</source>
        <translation>保管庫に組織情報がありません。</translation>
    </message>
</context>
<context>
    <name>kamae::store::PatchRepository</name>
    <message>
        <source>The patch item no longer exists.</source>
        <translation>この修正プログラムはすでに削除されています。</translation>
    </message>
    <message>
        <source>Item %1: %2</source>
        <translation>%1 件目: %2</translation>
    </message>
    <message>
        <source>The patch item was changed in the meantime (for example by a feed import); reload and try again.</source>
        <translation>この修正プログラムは、その後に変更されています（脆弱性情報の取り込みなど）。表示を更新してからやり直してください。</translation>
    </message>
    <message>
        <source>The patch item could not be stored. Its asset may have been deleted meanwhile; reload and try again.</source>
        <translation>修正プログラムを保存できませんでした。対象の資産がその間に削除された可能性があります。表示を更新してからやり直してください。</translation>
    </message>
</context>
<context>
    <name>kamae::store::PeopleRepository</name>
    <message>
        <source>Every person or department needs a name.</source>
        <translation>担当者・部署の名前を入力してください。</translation>
    </message>
    <message>
        <source>The kind of entry is out of range.</source>
        <translation>種類の値が有効な範囲外です。</translation>
    </message>
    <message>
        <source>“%1” cannot leave before joining.</source>
        <translation>「%1」の退職日が入社日より前になっています。</translation>
    </message>
    <message>
        <source>The list already has an entry named “%1”.</source>
        <translation>「%1」という名前はすでに一覧に登録されています。</translation>
    </message>
    <message>
        <source>The person or department no longer exists.</source>
        <translation>この担当者・部署はすでに削除されています。</translation>
    </message>
    <message>
        <source>The action has no key to assign it by.</source>
        <translation>担当を割り当てる項目のキーがありません。</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address.</source>
        <translation>「%1」はメールアドレスの形式ではありません。</translation>
    </message>
    <message>
        <source>The list already has an entry with the e-mail address “%1”.</source>
        <translation>メールアドレス「%1」はすでに一覧に登録されています。</translation>
    </message>
</context>
<context>
    <name>kamae::store::ReportRepository</name>
    <message>
        <source>A report record needs a time, a period, a language (ja or en) and a total of 0–100.</source>
        <translation>レポートの記録には、作成日時、対象期間、言語（ja または en）、0～100 のスコアが必要です。</translation>
    </message>
    <message>
        <source>That report is no longer in the history.</source>
        <translation>そのレポートは履歴にありません。</translation>
    </message>
</context>
<context>
    <name>kamae::store::ScoreRepository</name>
    <message>
        <source>A self-assessment needs the date it was taken.</source>
        <translation>自社診断には実施日が必要です。</translation>
    </message>
    <message>
        <source>Unknown self-assessment question “%1”.</source>
        <translation>自社診断に「%1」という設問はありません。</translation>
    </message>
    <message>
        <source>Unknown answer %1 to question “%2”.</source>
        <translation>設問「%2」への回答 %1 は無効です。</translation>
    </message>
    <message>
        <source>This self-assessment no longer exists.</source>
        <translation>この自社診断はすでに削除されています。</translation>
    </message>
    <message>
        <source>A score snapshot needs a day and a total of 0–100.</source>
        <translation>スコアのスナップショットには日付と 0～100 の値が必要です。</translation>
    </message>
    <message>
        <source>The age of a current feed is between 1 and 3650 days.</source>
        <translation>脆弱性情報をスコアに数える期間は 1～3650 日の範囲で指定してください。</translation>
    </message>
</context>
<context>
    <name>kamae::store::Store</name>
    <message>
        <source>The vault&apos;s data could not be read.</source>
        <translation>保管庫のデータを読み取れませんでした。</translation>
    </message>
    <message>
        <source>The change could not be written to the vault&apos;s data. Nothing was changed.</source>
        <translation>変更を保管庫のデータに書き込めませんでした。データは変更されていません。</translation>
    </message>
</context>
<context>
    <name>kamae::store::TrainingRepository</name>
    <message>
        <source>The course no longer exists.</source>
        <translation>この講座はすでに削除されています。</translation>
    </message>
    <message>
        <source>The training session no longer exists.</source>
        <translation>この講座の実施回はすでに削除されています。</translation>
    </message>
    <message>
        <source>The phishing drill no longer exists.</source>
        <translation>この標的型メール訓練はすでに削除されています。</translation>
    </message>
    <message>
        <source>The person no longer exists.</source>
        <translation>この担当者はすでに削除されています。</translation>
    </message>
    <message>
        <source>The assignment no longer exists.</source>
        <translation>この受講の割り当てはすでに削除されています。</translation>
    </message>
    <message>
        <source>A person is listed twice in the attendance.</source>
        <translation>受講記録に同じ担当者が 2 回含まれています。</translation>
    </message>
    <message>
        <source>The starter course “%1” is already there.</source>
        <translation>標準講座「%1」はすでに登録されています。</translation>
    </message>
</context>
<context>
    <name>kamae::store::ValueChecks</name>
    <message>
        <source>record %1 of the table %2 has the value &quot;%3&quot; in %4, which this version of Kamae does not know</source>
        <translation>テーブル %2 のレコード %1 の %4 に、このバージョンの Kamae が知らない値「%3」が入っています</translation>
    </message>
</context>
<context>
    <name>kamae::training::CourseText</name>
    <message>
        <source>Phishing and Emotet: suspicious mail and attachments</source>
        <translation>フィッシングと Emotet: 不審なメールと添付ファイル</translation>
    </message>
    <message>
        <source>Do not open password-protected ZIP attachments carelessly; keep Office macros disabled; check the sender and the link before clicking; report a suspicious mail at once, even after clicking it.</source>
        <translation>パスワード付き ZIP ファイルの添付は安易に開かず、Office のマクロは無効のままにします。クリックする前に送信者とリンク先を確認し、不審なメールは、クリックしてしまった後でもすぐに報告します。</translation>
    </message>
    <message>
        <source>Passwords and multi-factor authentication</source>
        <translation>パスワードと多要素認証</translation>
    </message>
    <message>
        <source>Long passwords that are never reused; multi-factor authentication for mail, cloud services and remote access; change the passwords saved in the browser of a device that may be infected.</source>
        <translation>パスワードは長くし、使い回しません。メール・クラウドサービス・リモートアクセスには多要素認証を使います。感染したおそれのある機器では、ブラウザーに保存したパスワードを変更します。</translation>
    </message>
    <message>
        <source>Reporting an incident: what to do, whom to call</source>
        <translation>インシデントの報告: すべきことと連絡先</translation>
    </message>
    <message>
        <source>Report at once to the IT contact; disconnect the device from the network and leave it switched on; never pay a ransom; who informs business partners, the police and the ministry.</source>
        <translation>すぐに社内の IT 窓口へ報告します。機器はネットワークから切り離し、電源は入れたままにします。身代金は決して支払いません。取引先・警察・所管省庁へ誰が連絡するかも確認します。</translation>
    </message>
    <message>
        <source>Handling information and clear desk</source>
        <translation>情報の取り扱いとクリアデスク</translation>
    </message>
    <message>
        <source>Keep and send information according to its importance; lock the screen and clear the desk; take no data home without permission; dispose of paper and media safely.</source>
        <translation>情報は重要度に応じて保管・送信します。画面をロックし、机の上を片付けます。許可なくデータを持ち帰りません。紙や媒体は安全に廃棄します。</translation>
    </message>
    <message>
        <source>Physical security: offices, visitors and devices</source>
        <translation>物理的セキュリティ: 事務所・来訪者・機器</translation>
    </message>
    <message>
        <source>Lock offices and desks; accompany visitors and keep the entry log; carry laptops and USB drives safely; report a lost device at once.</source>
        <translation>事務所や机は施錠します。来訪者には付き添い、入退室記録を残します。ノートパソコンや USB メモリは安全に持ち運びます。機器を紛失したときはすぐに報告します。</translation>
    </message>
    <message>
        <source>BCP drill: keeping the business going when systems stop</source>
        <translation>BCP 訓練: システムが止まっても業務を続ける</translation>
    </message>
    <message>
        <source>Run the call tree, switch the core businesses to their alternative means and restore from the offline backup; note what took longer than its recovery time objective.</source>
        <translation>連絡網を回し、中核事業を代替手段に切り替えて、オフライン保管のバックアップから復元します。目標復旧時間より長くかかったものを記録します。</translation>
    </message>
    <message>
        <source>For executives: leading the response to an attack</source>
        <translation>経営者向け: 攻撃への対応を指揮する</translation>
    </message>
    <message>
        <source>What the executive decides when an attack is found: stopping systems, informing partners and authorities, paying no ransom, using the support of a Security Otasuketai provider. Make it required for the roles of your executives.</source>
        <translation>攻撃が見つかったときに経営者が判断すること: システムの停止、取引先や関係当局への連絡、身代金を支払わないこと、サイバーセキュリティお助け隊サービスの事業者による支援の活用。自社の経営者の役職を受講必須の対象にしてください。</translation>
    </message>
    <message>
        <source>For administrators: patches, backups and accounts</source>
        <translation>システム管理者向け: 修正プログラム・バックアップ・アカウント</translation>
    </message>
    <message>
        <source>Applying security patches first where a vulnerability is known to be exploited, keeping an offline backup and testing the restore, removing the accounts of leavers. Make it required for the roles that administer systems.</source>
        <translation>悪用が確認された脆弱性の修正プログラムを優先して適用し、オフライン保管のバックアップを維持して復元をテストし、退職者のアカウントを削除します。システムを管理する役職を受講必須の対象にしてください。</translation>
    </message>
    <message>
        <source>Phishing follow-up after repeated clicks</source>
        <translation>フィッシングのフォローアップ（繰り返しクリックした人向け）</translation>
    </message>
    <message>
        <source>For people who clicked in two drills: go through the drill mails together, the signs they missed, and how to report a mail.</source>
        <translation>2 回の訓練でクリックした人が対象です。訓練メールと見落とした不審な点、メールの報告方法を一緒に確認します。</translation>
    </message>
</context>
<context>
    <name>kamae::training::CoverageText</name>
    <message>
        <source>Not required</source>
        <translation>受講不要</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>受講済み</translation>
    </message>
    <message>
        <source>Not yet due</source>
        <translation>未受講（期限内）</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>期限間近</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>期限超過</translation>
    </message>
</context>
<context>
    <name>kamae::training::GoPhish</name>
    <message>
        <source>This is GoPhish&apos;s events export. Import the results export (Export CSV → Results); the events export can be given with it to refine the times.</source>
        <translation>このファイルは GoPhish のイベントの書き出しです。結果の書き出し（Export CSV → Results）を取り込んでください。イベントの書き出しは、時刻を正確にするために結果と一緒に指定できます。</translation>
    </message>
    <message>
        <source>This is not GoPhish&apos;s results export: it has no column “%1”. Its columns: %2.</source>
        <translation>このファイルは GoPhish の結果の書き出しではありません。「%1」という列がありません。ファイルの列: %2。</translation>
    </message>
    <message>
        <source>This is not GoPhish&apos;s events export: it has no column “%1”. Its columns: %2.</source>
        <translation>このファイルは GoPhish のイベントの書き出しではありません。「%1」という列がありません。ファイルの列: %2。</translation>
    </message>
    <message>
        <source>The row has no e-mail address.</source>
        <translation>この行にはメールアドレスがありません。</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address.</source>
        <translation>「%1」はメールアドレスの形式ではありません。</translation>
    </message>
    <message>
        <source>The address %1 is already on line %2.</source>
        <translation>メールアドレス %1 はすでに %2 行目にあります。</translation>
    </message>
    <message>
        <source>The status “%1” is not one GoPhish writes.</source>
        <translation>状態「%1」は GoPhish が出力する値ではありません。</translation>
    </message>
    <message>
        <source>The reported column says “%1”, not true or false.</source>
        <translation>reported 列の値「%1」は true でも false でもありません。</translation>
    </message>
    <message>
        <source>The time “%1” in %2 cannot be read.</source>
        <translation>%2 列の時刻「%1」を読み取れません。</translation>
    </message>
    <message>
        <source>No entry of the people list has the address %1.</source>
        <translation>担当者・部署の一覧に、メールアドレスが %1 の項目はありません。</translation>
    </message>
    <message>
        <source>%1 entries of the people list have the address %2.</source>
        <translation>担当者・部署の一覧に、メールアドレスが %2 の項目が %1 件あります。</translation>
    </message>
</context>
<context>
    <name>kamae::training::TrainingChecks</name>
    <message>
        <source>The date %1 is in the future; record what has happened.</source>
        <translation>%1 は未来の日付です。実施済みの内容を記録してください。</translation>
    </message>
    <message>
        <source>A course needs a title.</source>
        <translation>講座名を入力してください。</translation>
    </message>
    <message>
        <source>The course&apos;s topic, format or requirement is out of range.</source>
        <translation>講座のテーマ・形式・受講対象の値が有効な範囲外です。</translation>
    </message>
    <message>
        <source>The renewal period must be between 0 (once) and %1 months.</source>
        <translation>再受講の間隔は 0（1 回のみ）～%1 か月の範囲で指定してください。</translation>
    </message>
    <message>
        <source>The onboarding deadline must be between 0 (none) and %1 days after joining.</source>
        <translation>入社後の受講期限は、入社日から 0（なし）～%1 日の範囲で指定してください。</translation>
    </message>
    <message>
        <source>Name the departments the course is required for.</source>
        <translation>この講座の受講が必須の部署を指定してください。</translation>
    </message>
    <message>
        <source>Name the roles the course is required for.</source>
        <translation>この講座の受講が必須の役職を指定してください。</translation>
    </message>
    <message>
        <source>A course can be required for at most %1 departments or roles.</source>
        <translation>1 つの講座で受講必須にできる部署・役職は %1 件までです。</translation>
    </message>
    <message>
        <source>The session does not belong to a course.</source>
        <translation>この実施回はどの講座にも属していません。</translation>
    </message>
    <message>
        <source>The session needs a date.</source>
        <translation>実施日を入力してください。</translation>
    </message>
    <message>
        <source>The duration must be between 0 minutes and 30 days.</source>
        <translation>所要時間は 0 分～30 日の範囲で入力してください。</translation>
    </message>
    <message>
        <source>An attendance must name a person.</source>
        <translation>受講記録には担当者を指定してください。</translation>
    </message>
    <message>
        <source>The attendance state is out of range.</source>
        <translation>受講状況の値が有効な範囲外です。</translation>
    </message>
    <message>
        <source>A score must be between 0 and 100.</source>
        <translation>点数は 0～100 の範囲で入力してください。</translation>
    </message>
    <message>
        <source>An assignment must name a course and a person.</source>
        <translation>受講の割り当てには講座と担当者を指定してください。</translation>
    </message>
    <message>
        <source>The assignment needs the date it was made.</source>
        <translation>受講の割り当てには割り当て日を入力してください。</translation>
    </message>
    <message>
        <source>An assignment cannot be due before it was made.</source>
        <translation>受講の割り当ての期限を、割り当て日より前にすることはできません。</translation>
    </message>
    <message>
        <source>A phishing drill needs a name.</source>
        <translation>標的型メール訓練の名前を入力してください。</translation>
    </message>
    <message>
        <source>The phishing drill needs a date.</source>
        <translation>標的型メール訓練の実施日を入力してください。</translation>
    </message>
    <message>
        <source>A drill result must name a person or an e-mail address.</source>
        <translation>訓練結果には担当者またはメールアドレスを指定してください。</translation>
    </message>
</context>
<context>
    <name>kamae::training::TrainingCommands</name>
    <message>
        <source>Usage: kamae training coverage VAULT [--json]</source>
        <translation>使い方: kamae training coverage 保管庫ファイル [--json]</translation>
    </message>
    <message>
        <source>Usage: kamae training phishing-import VAULT FILE [--events FILE] [--campaign NAME] [--date YYYY-MM-DD] [--encoding sjis|utf8]</source>
        <translation>使い方: kamae training phishing-import 保管庫ファイル ファイル [--events ファイル] [--campaign 訓練名] [--date YYYY-MM-DD] [--encoding sjis|utf8]</translation>
    </message>
    <message>
        <source>Usage: kamae training sessions VAULT [--json]</source>
        <translation>使い方: kamae training sessions 保管庫ファイル [--json]</translation>
    </message>
    <message>
        <source>%1	%2 current, %3 overdue, %4 due soon, %5 pending</source>
        <translation>%1	有効 %2 件、期限超過 %3 件、期限間近 %4 件、期限前 %5 件</translation>
    </message>
    <message>
        <source>Training coverage on %1: %2</source>
        <translation>%1 時点の受講率: %2</translation>
    </message>
    <message>
        <source>No courses yet.</source>
        <translation>講座はまだありません。</translation>
    </message>
    <message>
        <source>By course:</source>
        <translation>講座別:</translation>
    </message>
    <message>
        <source>By department:</source>
        <translation>部署別:</translation>
    </message>
    <message>
        <source>(no department)</source>
        <translation>（部署なし）</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n 名</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Overdue (%n):</source>
        <translation>
            <numerusform>期限超過（%n 名）:</numerusform>
        </translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>期限 %1</translation>
    </message>
    <message>
        <source>never taken</source>
        <translation>未受講</translation>
    </message>
    <message>
        <source>--date needs a date as YYYY-MM-DD, not &quot;%1&quot;.</source>
        <translation>--date には YYYY-MM-DD の形の日付を指定してください（「%1」は指定できません）。</translation>
    </message>
    <message>
        <source>Unknown encoding: use utf8 or sjis.</source>
        <translation>不明な文字コードです。utf8 または sjis を指定してください。</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1 の %2 行目: %3</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>…ほか %n 件。</numerusform>
        </translation>
    </message>
    <message>
        <source>not imported: %1</source>
        <translation>取り込まない行: %1</translation>
    </message>
    <message>
        <source>no entry of the people list: %1</source>
        <translation>担当者・部署の一覧にない: %1</translation>
    </message>
    <message>
        <source>%1 has no result that can be imported; nothing was imported.</source>
        <translation>%1 には取り込める結果がないため、何も取り込んでいません。</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n completed</source>
        <translation>
            <numerusform>%n 名中 %1 名が修了</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>実施回 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>  training coverage VAULT [--json]
                             who has taken the courses they must take, per
                             course and department, and who is overdue
</source>
        <translation>  training coverage 保管庫ファイル [--json]
                                    必須講座の受講率を講座別・部署別に表示し、期限超過の
                                    担当者を一覧表示
</translation>
    </message>
    <message>
        <source>  training phishing-import VAULT FILE [--events FILE] [--campaign NAME]
         [--date YYYY-MM-DD] [--encoding sjis|utf8]
                             store a GoPhish drill&apos;s results export; rows that
                             match nobody or cannot be read are listed
</source>
        <translation>  training phishing-import 保管庫ファイル ファイル [--events ファイル] [--campaign 訓練名]
         [--date YYYY-MM-DD] [--encoding sjis|utf8]
                                    GoPhish の訓練の結果の書き出しを取り込む。照合できない行と
                                    読めない行は一覧表示
</translation>
    </message>
    <message>
        <source>  training sessions VAULT [--json]
                             the sessions held, with how many completed
</source>
        <translation>  training sessions 保管庫ファイル [--json]
                                    実施回と修了者数を表示
</translation>
    </message>
</context>
<context>
    <name>kamae::training::TrainingDesk</name>
    <message>
        <source>Events file: %1</source>
        <translation>イベントのファイル: %1</translation>
    </message>
    <message numerus="yes">
        <source>Drill “%1” (%2): its results were replaced by %n result(s).</source>
        <translation>
            <numerusform>訓練「%1」（%2）: 結果を新しい %n 件に置き換えました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Drill “%1” (%2): %n result(s) imported.</source>
        <translation>
            <numerusform>訓練「%1」（%2）: %n 件の結果を取り込みました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n matched to the people list by e-mail address.</source>
        <translation>
            <numerusform>%n 件はメールアドレスで担当者・部署の一覧と照合できました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n matched no entry of the people list.</source>
        <translation>
            <numerusform>%n 件は担当者・部署の一覧のどの項目とも一致しませんでした。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n were not delivered.</source>
        <translation>
            <numerusform>%n 件は配信されませんでした。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) could not be imported.</source>
        <translation>
            <numerusform>%n 行は取り込めませんでした。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kamae::training::TrainingFactorText</name>
    <message>
        <source>Required training current</source>
        <translation>必須講座の受講が有効</translation>
    </message>
    <message>
        <source>No training course is recorded.</source>
        <translation>講座が登録されていません。</translation>
    </message>
    <message>
        <source>No completion of a required course is recorded, and nobody&apos;s deadline has passed yet.</source>
        <translation>必須講座の修了記録がなく、受講期限を過ぎた人もまだいません。</translation>
    </message>
    <message>
        <source>Set the courses everyone must take and record who took them</source>
        <translation>受講必須の講座を決め、受講した人を記録する</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n required course completion(s) are current; people within their first deadline are not counted yet.</source>
        <translation>
            <numerusform>必須講座の受講 %n 件のうち %1 件が有効です（初回の受講期限内の人はまだ数えません）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Train the %n overdue people in “%1”</source>
        <translation>
            <numerusform>「%1」の受講が期限超過の %n 名に受講させる</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Train the overdue people in %n more course(s)</source>
        <translation>
            <numerusform>ほか %n 件の講座で、期限超過の人に受講させる</numerusform>
        </translation>
    </message>
    <message>
        <source>A phishing drill in the last 12 months</source>
        <translation>過去 12 か月以内の標的型メール訓練</translation>
    </message>
    <message>
        <source>Staff reporting the drill&apos;s mail</source>
        <translation>訓練メールを報告した従業員</translation>
    </message>
    <message>
        <source>No phishing drill with a delivered mail is recorded.</source>
        <translation>メールを配信した標的型メール訓練の記録がありません。</translation>
    </message>
    <message>
        <source>Run a phishing drill and record who clicked and who reported</source>
        <translation>標的型メール訓練を実施し、クリックした人と報告した人を記録する</translation>
    </message>
    <message numerus="yes">
        <source>The last phishing drill was on %1 (%n day(s) ago).</source>
        <translation>
            <numerusform>前回の標的型メール訓練は %1（%n 日前）です。</numerusform>
        </translation>
    </message>
    <message>
        <source>Run a phishing drill (last: %1)</source>
        <translation>標的型メール訓練を実施する（前回: %1）</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n delivered mail(s) of the drill of %2 were reported (%3 %; %4 % counts in full).</source>
        <translation>
            <numerusform>%2 の訓練で配信したメール %n 件のうち %1 件が報告されました（%3%、%4% 以上で満点）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Teach everyone to report suspicious mail at once (%1 % reported the last drill)</source>
        <translation>不審なメールはすぐに報告するよう全員に周知する（前回の訓練の報告率 %1%）</translation>
    </message>
    <message numerus="yes">
        <source>Training records: %1 % of required training is current (%2 of %n).</source>
        <translation>
            <numerusform>教育・訓練の記録: 必須講座の受講のうち %1% が有効です（%n 件中 %2 件）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Training records: only %1 % of required training is current; %n completion(s) overdue.</source>
        <translation>
            <numerusform>教育・訓練の記録: 必須講座の受講のうち有効なのは %1% のみで、%n 件が期限超過です。</numerusform>
        </translation>
    </message>
    <message>
        <source>The last phishing drill was on %1, more than a year ago.</source>
        <translation>前回の標的型メール訓練は %1 で、1 年以上前です。</translation>
    </message>
    <message>
        <source>In the phishing drill of %1, %2 % clicked the link and %3 % reported the mail.</source>
        <translation>%1 の標的型メール訓練では、%2% がリンクをクリックし、%3% がメールを報告しました。</translation>
    </message>
</context>
<context>
    <name>kamae::training::TrainingPrint</name>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Training coverage</source>
        <translation>受講状況・受講率一覧</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>%1 時点</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n 名</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n course(s)</source>
        <translation>
            <numerusform>講座 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Coverage %1</source>
        <translation>受講率 %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>受講率</translation>
    </message>
    <message>
        <source>The date in a cell is the date of completion for a course done, otherwise the due date. Coverage: done ÷ (done + overdue).</source>
        <translation>セルの日付は、受講済みの講座では修了日、それ以外では受講期限です。受講率: 受講済み ÷（受講済み + 期限超過）。</translation>
    </message>
    <message>
        <source>No people or no courses to show.</source>
        <translation>表示する担当者または講座がありません。</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>%1 / %2 ページ</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation>%1（続き）</translation>
    </message>
    <message>
        <source>Training_coverage</source>
        <translation>受講状況</translation>
    </message>
    <message numerus="yes">
        <source>No department (%n person(s))</source>
        <translation>
            <numerusform>部署なし（%n 名）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n person(s))</source>
        <translation>
            <numerusform>%1（%n 名）</numerusform>
        </translation>
    </message>
    <message>
        <source>The session is no longer in the vault.</source>
        <translation>この実施回は保管庫にありません。</translation>
    </message>
    <message>
        <source>The session&apos;s course is no longer in the vault.</source>
        <translation>この実施回の講座は保管庫にありません。</translation>
    </message>
    <message>
        <source>Nobody completed this session: there is no certificate to print.</source>
        <translation>この実施回で講座を修了した人がいないため、印刷する修了証はありません。</translation>
    </message>
    <message>
        <source>The person is no longer in the people list.</source>
        <translation>この担当者は担当者・部署の一覧にありません。</translation>
    </message>
    <message>
        <source>%1 did not complete this session: no certificate can be printed for them.</source>
        <translation>「%1」はこの実施回で講座を修了していないため、修了証を印刷できません。</translation>
    </message>
    <message>
        <source>Certificates of completion: %1</source>
        <translation>「%1」の修了証</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>修了証</translation>
    </message>
    <message>
        <source>Certificate of completion</source>
        <translation>修了証</translation>
    </message>
    <message>
        <source>%1</source>
        <comment>certificate name</comment>
        <extracomment>The person&apos;s name as a certificate addresses them (Japanese adds 殿).</extracomment>
        <translation>%1 殿</translation>
    </message>
    <message>
        <source>has completed the course below.</source>
        <translation>上記の者は、下記の講座を修了したことを証します。</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>講座名</translation>
    </message>
    <message>
        <source>Date of completion</source>
        <translation>修了日</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>講師</translation>
    </message>
    <message>
        <source>Issued %1</source>
        <translation>発行日 %1</translation>
    </message>
    <message>
        <source> · </source>
        <translation>・</translation>
    </message>
</context>
<context>
    <name>kamae::training::TrainingReminderText</name>
    <message numerus="yes">
        <source>%1: %n person(s) overdue</source>
        <translation>
            <numerusform>「%1」: 受講が期限超過の人 %n 名</numerusform>
        </translation>
    </message>
    <message>
        <source>Required and not current: %1 never completed it, %2 let it expire.</source>
        <translation>受講必須で受講が有効でない人: 一度も修了していない人 %1 名、再受講の期限を過ぎた人 %2 名。</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n person(s) due by %2</source>
        <translation>
            <numerusform>「%1」: %2 までに受講が必要な人 %n 名</numerusform>
        </translation>
    </message>
    <message>
        <source>Renewals: %1. First training (new joiners, newly required): %2.</source>
        <translation>再受講: %1 名。初回の受講（新入社員、新たに受講必須になった人）: %2 名。</translation>
    </message>
    <message numerus="yes">
        <source>%1 (follow-up): %n person(s) due by %2</source>
        <translation>
            <numerusform>「%1」（フォローアップ）: %2 までに受講が必要な人 %n 名</numerusform>
        </translation>
    </message>
    <message>
        <source>Assigned to each of them after a phishing drill or by hand; done when they complete the course.</source>
        <translation>標的型メール訓練の後に、または手動で一人ずつ割り当てた講座です。講座を修了すると完了になります。</translation>
    </message>
</context>
<context>
    <name>kamae::ui::ActionTableModel</name>
    <message>
        <source>+%1</source>
        <translation>+%1</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Next action</source>
        <translation>次にやるべきこと</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>改善幅</translation>
    </message>
    <message>
        <source>Effort</source>
        <translation>所要の目安</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>操作画面</translation>
    </message>
    <message>
        <source>no points</source>
        <translation>加点なし</translation>
    </message>
    <message>
        <source>Not assigned</source>
        <translation>未定</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>担当</translation>
    </message>
</context>
<context>
    <name>kamae::ui::AliasTableModel</name>
    <message>
        <source>Vendor in the feed</source>
        <translation>フィードのベンダー名</translation>
    </message>
    <message>
        <source>Product in the feed</source>
        <translation>フィードの製品名</translation>
    </message>
    <message>
        <source>Vendor in the register</source>
        <translation>台帳のベンダー名</translation>
    </message>
    <message>
        <source>Product in the register</source>
        <translation>台帳の製品名</translation>
    </message>
</context>
<context>
    <name>kamae::ui::AssetCommands</name>
    <message>
        <source>Edit %1</source>
        <translation>「%1」の編集</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>「%1」の削除</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n asset(s)</source>
        <translation>
            <numerusform>情報資産 %n 件の削除</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation>削除の取り消し</translation>
    </message>
    <message numerus="yes">
        <source>Mark %n asset(s) reviewed</source>
        <translation>
            <numerusform>情報資産 %n 件を見直し済みにする</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kamae::ui::AssetEditorDialog</name>
    <message>
        <source>Edit asset</source>
        <translation>情報資産の編集</translation>
    </message>
    <message>
        <source>New asset</source>
        <translation>情報資産の新規登録</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>What it is</source>
        <translation>資産の内容</translation>
    </message>
    <message>
        <source>How important</source>
        <translation>重要度の評価</translation>
    </message>
    <message>
        <source>Technical</source>
        <translation>技術情報</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>未評価</translation>
    </message>
    <message>
        <source>1 (low)</source>
        <translation>1（低）</translation>
    </message>
    <message>
        <source>2 (medium)</source>
        <translation>2（中）</translation>
    </message>
    <message>
        <source>3 (high)</source>
        <translation>3（高）</translation>
    </message>
    <message>
        <source>Importance: %1</source>
        <translation>重要度: %1</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Risk value: %1</source>
        <translation>リスク値: %1</translation>
    </message>
    <message>
        <source>The maker no longer ships updates for this version</source>
        <translation>このバージョンはメーカーの更新提供が終了している</translation>
    </message>
    <message>
        <source>Who answers for the asset: a person or a department from the list kept on the Organisation page</source>
        <translation>この資産に責任を持つ担当者または部署（「組織情報」画面の一覧から選択）</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>担当(&amp;O):</translation>
    </message>
</context>
<context>
    <name>kamae::ui::AssetImportDialog</name>
    <message>
        <source>Import assets</source>
        <translation>情報資産の取り込み</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) can be imported</source>
        <translation>
            <numerusform>%n 行を取り込めます</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have errors and will be left out</source>
        <translation>
            <numerusform>%n 行は誤りがあるため除外します</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n empty row(s) skipped</source>
        <translation>
            <numerusform>空の行 %n 行は読み飛ばします</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import the %n good row(s)</source>
        <translation>
            <numerusform>問題のない %n 行を取り込む</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n asset(s)</source>
        <translation>
            <numerusform>%n 件を取り込む</numerusform>
        </translation>
    </message>
    <message>
        <source>Sensitive personal data (yes/no)</source>
        <translation>要配慮個人情報（有/無）</translation>
    </message>
    <message>
        <source>My Number data (yes/no)</source>
        <translation>特定個人情報（有/無）</translation>
    </message>
    <message numerus="yes">
        <source>Skip the %n row(s) already in the register</source>
        <translation>
            <numerusform>台帳に登録済みの %n 行を読み飛ばす</numerusform>
        </translation>
    </message>
    <message>
        <source>line %1 “%2” (%3)</source>
        <translation>%1 行目「%2」（%3）</translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>ほか %n 行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) already in the register: %1</source>
        <translation>
            <numerusform>%n 行は台帳に登録済みです: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kamae::ui::AssetTableModel</name>
    <message>
        <source>Never</source>
        <translation>未実施</translation>
    </message>
    <message>
        <source>Not reviewed in the last 12 months</source>
        <translation>12 か月以上見直していません</translation>
    </message>
    <message>
        <source>Computed from the other columns</source>
        <translation>ほかの列から自動で計算されます</translation>
    </message>
</context>
<context>
    <name>kamae::ui::AssetsPage</name>
    <message>
        <source>Import assets</source>
        <translation>情報資産の取り込み</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.tsv *.txt *.xlsx);;All files (*)</source>
        <translation>表計算ファイル (*.csv *.tsv *.txt *.xlsx);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation>CSV（UTF-8） (*.csv)</translation>
    </message>
    <message>
        <source>CSV, Shift_JIS for older Excel (*.csv)</source>
        <translation>CSV（Shift_JIS、古い Excel 向け） (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel ブック (*.xlsx)</translation>
    </message>
    <message>
        <source>Export assets</source>
        <translation>情報資産の書き出し</translation>
    </message>
    <message>
        <source>information-assets.xlsx</source>
        <translation>情報資産管理台帳.xlsx</translation>
    </message>
    <message>
        <source>Assets</source>
        <translation>情報資産</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>すべての管理部署</translation>
    </message>
    <message numerus="yes">
        <source>%n asset(s)</source>
        <translation>
            <numerusform>%n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n need(s) review</source>
        <translation>
            <numerusform>要見直し %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>all reviewed in the last 12 months</source>
        <translation>すべて 12 か月以内に見直し済み</translation>
    </message>
    <message numerus="yes">
        <source>%n shown</source>
        <translation>
            <numerusform>%n 件を表示中</numerusform>
        </translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>「%1」の追加</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1（コピー）</translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n asset(s)</source>
        <translation>
            <numerusform>情報資産 %n 件の複製</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot;?</source>
        <translation>「%1」を削除しますか？</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n asset(s)?</source>
        <translation>
            <numerusform>情報資産 %n 件を削除しますか？</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete assets</source>
        <translation>情報資産の削除</translation>
    </message>
    <message>
        <source>You can undo this with Edit → Undo.</source>
        <translation>「編集」→「元に戻す」で取り消すことができます。</translation>
    </message>
    <message numerus="yes">
        <source>Import %n asset(s) from %1</source>
        <translation>
            <numerusform>%1 からの情報資産 %n 件の取り込み</numerusform>
        </translation>
    </message>
    <message>
        <source>Default columns</source>
        <translation>既定の列に戻す</translation>
    </message>
    <message>
        <source>Information assets</source>
        <translation>情報資産</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>追加(&amp;A)…</translation>
    </message>
    <message>
        <source>Add an asset (Insert)</source>
        <translation>情報資産を追加します（Insert）</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>編集(&amp;E)…</translation>
    </message>
    <message>
        <source>Edit the selected asset (Enter or double-click)</source>
        <translation>選択した情報資産を編集します（Enter またはダブルクリック）</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>複製(&amp;U)</translation>
    </message>
    <message>
        <source>Copy the selected assets (Ctrl+D)</source>
        <translation>選択した情報資産を複製します（Ctrl+D）</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>削除(&amp;D)…</translation>
    </message>
    <message>
        <source>Delete the selected assets (Delete)</source>
        <translation>選択した情報資産を削除します（Delete）</translation>
    </message>
    <message>
        <source>Mark &amp;reviewed</source>
        <translation>見直し済みにする(&amp;R)</translation>
    </message>
    <message>
        <source>Record today as the review date of the selected assets</source>
        <translation>選択した情報資産の見直し日を今日の日付にします</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>取り込み(&amp;I)…</translation>
    </message>
    <message>
        <source>Add assets from a CSV or Excel file (UTF-8 or Shift_JIS)</source>
        <translation>CSV または Excel ファイル（UTF-8 または Shift_JIS）から情報資産を追加します</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>書き出し(&amp;X)…</translation>
    </message>
    <message>
        <source>Save the assets shown to a CSV or Excel file</source>
        <translation>表示中の情報資産を CSV または Excel ファイルに保存します</translation>
    </message>
    <message>
        <source>Search name, department, location, product… (Ctrl+F)</source>
        <translation>名称・部署・保存先・製品などで検索（Ctrl+F）</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>すべての種別</translation>
    </message>
    <message>
        <source>Any importance</source>
        <translation>すべての重要度</translation>
    </message>
    <message>
        <source>Importance 3</source>
        <translation>重要度 3</translation>
    </message>
    <message>
        <source>Importance 2</source>
        <translation>重要度 2</translation>
    </message>
    <message>
        <source>Importance 1</source>
        <translation>重要度 1</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>未評価</translation>
    </message>
    <message>
        <source>Needs review</source>
        <translation>要見直し</translation>
    </message>
    <message>
        <source>Only assets not reviewed in the last 12 months</source>
        <translation>12 か月以上見直していない情報資産だけを表示します</translation>
    </message>
    <message>
        <source>&amp;Patches</source>
        <translation>修正プログラム(&amp;P)</translation>
    </message>
    <message>
        <source>Show the patch items of the selected asset</source>
        <translation>選択した資産の修正プログラムを表示します</translation>
    </message>
    <message numerus="yes">
        <source>%n asset(s) no longer match the search or filters and are hidden.</source>
        <translation>
            <numerusform>情報資産 %n 件が検索・絞り込みの条件に一致しなくなったため、表示されていません。</numerusform>
        </translation>
    </message>
    <message>
        <source>The register of what the company relies on: devices, cloud services, data and paper records, who owns them, how important they are, and when each was last reviewed.</source>
        <translation>会社の業務を支える機器・クラウドサービス・データ・紙の記録をまとめた台帳です。誰が管理しているか、どれだけ重要か、最後にいつ見直したかを記録します。</translation>
    </message>
    <message>
        <source>No assets yet</source>
        <translation>情報資産はまだ登録されていません</translation>
    </message>
    <message>
        <source>Start with what would hurt most to lose: the PCs and servers, the cloud services, the customer data. Add them one by one, or import the list you already keep in Excel or CSV (you can also drop the file here).</source>
        <translation>まずは、失うと最も困るものから始めましょう。パソコンやサーバー、クラウドサービス、顧客データなどです。一つずつ追加するか、Excel や CSV で管理している一覧を取り込んでください（ファイルをここにドロップすることもできます）。</translation>
    </message>
    <message>
        <source>Add your first asset…</source>
        <translation>最初の情報資産を追加…</translation>
    </message>
    <message>
        <source>Import from Excel/CSV…</source>
        <translation>Excel・CSV から取り込む…</translation>
    </message>
</context>
<context>
    <name>kamae::ui::AttendeeModel</name>
    <message>
        <source>Completed</source>
        <translation>修了</translation>
    </message>
    <message>
        <source>Attended only</source>
        <translation>出席のみ</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部署</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>役職</translation>
    </message>
    <message>
        <source>Completed the course</source>
        <translation>講座の修了状況</translation>
    </message>
</context>
<context>
    <name>kamae::ui::AttendeePicker</name>
    <message numerus="yes">
        <source>%n person(s) ticked. Space ticks or unticks the selected person.</source>
        <translation>
            <numerusform>%n 名にチェックを付けています。Space キーで、選択した人のチェックを付けたり外したりできます。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n name(s) matched, %1 newly ticked.</source>
        <translation>
            <numerusform>%n 名が一致し、%1 名に新たにチェックを付けました。</numerusform>
        </translation>
    </message>
    <message>
        <source>✗ Not in the people list (not ticked): %1</source>
        <translation>✗ 担当者・部署の一覧にない名前（チェックなし）: %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>! More than one person has this name (tick the right one yourself): %1</source>
        <translation>! 同じ名前の人が複数います（該当する人に手動でチェックを付けてください）: %1</translation>
    </message>
    <message>
        <source>Tick a department…</source>
        <translation>部署を選んでまとめてチェック…</translation>
    </message>
    <message>
        <source>Search people</source>
        <translation>担当者を検索</translation>
    </message>
    <message>
        <source>Untick all</source>
        <translation>すべてのチェックを外す</translation>
    </message>
    <message>
        <source>&amp;Paste names (one per line, or separated by commas):</source>
        <translation>名前を貼り付け（1 行に 1 名、または読点・カンマ区切り）(&amp;P):</translation>
    </message>
    <message>
        <source>e.g. a sign-in sheet or the attendees of an online meeting</source>
        <translation>例: 出席簿、オンライン会議の参加者一覧</translation>
    </message>
    <message>
        <source>Tick these names</source>
        <translation>これらの名前にチェックを付ける</translation>
    </message>
</context>
<context>
    <name>kamae::ui::BackupCommandText</name>
    <message>
        <source>Edit backup job %1</source>
        <translation>バックアップ計画「%1」の編集</translation>
    </message>
    <message>
        <source>Add backup job %1</source>
        <translation>バックアップ計画「%1」の追加</translation>
    </message>
    <message>
        <source>Delete backup job %1</source>
        <translation>バックアップ計画「%1」の削除</translation>
    </message>
    <message>
        <source>Record %1</source>
        <translation>記録の追加（%1）</translation>
    </message>
    <message>
        <source>Delete record %1</source>
        <translation>記録の削除（%1）</translation>
    </message>
</context>
<context>
    <name>kamae::ui::BackupEventDialog</name>
    <message>
        <source>Record a backup run — %1</source>
        <translation>バックアップ実行記録の登録 — %1</translation>
    </message>
    <message>
        <source>Record a restore test — %1</source>
        <translation>復元テスト結果の登録 — %1</translation>
    </message>
    <message>
        <source>Record an air-gap check — %1</source>
        <translation>オフライン保管の確認結果の登録 — %1</translation>
    </message>
    <message>
        <source>Disconnected and readable</source>
        <translation>切り離されていて、読み取り可能</translation>
    </message>
    <message>
        <source>Readable, but it was still connected</source>
        <translation>読み取り可能だが、接続されたままだった</translation>
    </message>
    <message>
        <source>Not readable, or missing</source>
        <translation>読み取れない、または見つからない</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>未記録</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分</translation>
    </message>
    <message>
        <source>Errors or warnings the backup reported</source>
        <translation>バックアップで報告されたエラーや警告</translation>
    </message>
    <message>
        <source>e.g. the accounting folder of last Friday</source>
        <translation>例: 先週金曜日時点の経理フォルダー</translation>
    </message>
    <message>
        <source>Evidence: where it was restored to, who checked the files, a ticket number</source>
        <translation>証跡: 復元先、ファイルを確認した人、受付番号など</translation>
    </message>
    <message>
        <source>e.g. USB disk B in the safe</source>
        <translation>例: 金庫内の USB ディスク B</translation>
    </message>
    <message>
        <source>How it was checked, where the copy is kept</source>
        <translation>確認方法、コピーの保管場所</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日付(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Result:</source>
        <translation>結果(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;What was restored:</source>
        <translation>復元したもの(&amp;W):</translation>
    </message>
    <message>
        <source>&amp;Time it took:</source>
        <translation>所要時間(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Which copy:</source>
        <translation>対象のコピー(&amp;W):</translation>
    </message>
    <message>
        <source>Done &amp;by:</source>
        <translation>実施者(&amp;B):</translation>
    </message>
    <message>
        <source>&amp;Evidence:</source>
        <translation>証跡(&amp;E):</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>備考(&amp;N):</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
</context>
<context>
    <name>kamae::ui::BackupEventTableModel</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n 分</numerusform>
        </translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>記録の種類</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>What / which copy</source>
        <translation>対象</translation>
    </message>
    <message>
        <source>Time taken</source>
        <translation>所要時間</translation>
    </message>
    <message>
        <source>By</source>
        <translation>実施者</translation>
    </message>
    <message>
        <source>Notes and evidence</source>
        <translation>備考・証跡</translation>
    </message>
</context>
<context>
    <name>kamae::ui::BackupJobDialog</name>
    <message>
        <source> days</source>
        <translation> 日</translation>
    </message>
    <message>
        <source>Edit backup job</source>
        <translation>バックアップ計画の編集</translation>
    </message>
    <message>
        <source>New backup job</source>
        <translation>バックアップ計画の追加</translation>
    </message>
    <message>
        <source>e.g. Accounting data to NAS</source>
        <translation>例: 会計データを NAS へ</translation>
    </message>
    <message>
        <source>Tool or method, e.g. Windows Server Backup</source>
        <translation>ツールや方法（例: Windows Server バックアップ）</translation>
    </message>
    <message>
        <source>on day </source>
        <translation>実行日 </translation>
    </message>
    <message>
        <source>Days 29 to 31 mean the last day in shorter months.</source>
        <translation>29～31 日を指定すると、その日がない月は月末になります。</translation>
    </message>
    <message>
        <source>every </source>
        <translation>間隔 </translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>未設定</translation>
    </message>
    <message>
        <source>e.g. daily for 2 weeks, monthly for 1 year</source>
        <translation>例: 日次を 2 週間、月次を 1 年間</translation>
    </message>
    <message>
        <source>General</source>
        <translation>全般</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>媒体</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>保管場所</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>オフライン</translation>
    </message>
    <message>
        <source>Immutable</source>
        <translation>改ざん防止</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>説明</translation>
    </message>
    <message>
        <source>Add copy</source>
        <translation>コピーを追加</translation>
    </message>
    <message>
        <source>Remove copy</source>
        <translation>コピーを削除</translation>
    </message>
    <message>
        <source>The data itself counts as the first copy. Offline: disconnected from every network when not in use (a USB disk put away, a tape). Immutable: cannot be changed or deleted during its retention, even by an administrator.</source>
        <translation>元のデータそのものを 1 つ目のコピーとして数えます。オフライン: 使わないときはどのネットワークにも接続していないもの（しまってある USB ディスク、テープなど）。改ざん防止: 保存期間中は管理者でも変更・削除できないもの。</translation>
    </message>
    <message>
        <source>Copies and 3-2-1-1-0</source>
        <translation>コピーと 3-2-1-1-0</translation>
    </message>
    <message>
        <source>Filter assets</source>
        <translation>情報資産を絞り込み</translation>
    </message>
    <message>
        <source>%1 (importance %2)</source>
        <translation>%1（重要度 %2）</translation>
    </message>
    <message>
        <source>Tick the assets whose data this job copies.</source>
        <translation>この計画でデータをコピーする情報資産にチェックを付けてください。</translation>
    </message>
    <message>
        <source>Protected assets</source>
        <translation>保護する情報資産</translation>
    </message>
    <message>
        <source>Who sees that the job runs and is tested: a person or a department from the list kept on the Organisation page</source>
        <translation>バックアップの実行とテストを確認する担当者または部署（「組織情報」画面の一覧から選択）</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N):</translation>
    </message>
    <message>
        <source>Tool or &amp;method:</source>
        <translation>ツール・方法(&amp;M):</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>担当(&amp;O):</translation>
    </message>
    <message>
        <source>&amp;Started:</source>
        <translation>開始日(&amp;S):</translation>
    </message>
    <message>
        <source>R&amp;uns:</source>
        <translation>実行頻度(&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Generations kept:</source>
        <translation>保存世代数(&amp;G):</translation>
    </message>
    <message>
        <source>&amp;Retention:</source>
        <translation>保存期間(&amp;R):</translation>
    </message>
    <message>
        <source>Restore &amp;test every:</source>
        <translation>復元テストの間隔(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Air-gap check every:</source>
        <translation>オフライン保管の確認の間隔(&amp;A):</translation>
    </message>
    <message>
        <source>Not&amp;es:</source>
        <translation>備考(&amp;E):</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
</context>
<context>
    <name>kamae::ui::BackupJobTableModel</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>never</source>
        <translation>未実施</translation>
    </message>
    <message numerus="yes">
        <source>%n asset(s)</source>
        <translation>
            <numerusform>%n 件</numerusform>
        </translation>
    </message>
    <message>
        <source> (offline)</source>
        <translation>（オフライン）</translation>
    </message>
    <message>
        <source> (immutable)</source>
        <translation>（改ざん防止）</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>達成</translation>
    </message>
    <message>
        <source>Missing: %1</source>
        <translation>未達成: %1</translation>
    </message>
    <message>
        <source>Method: %1</source>
        <translation>方法: %1</translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation>担当: %1</translation>
    </message>
    <message>
        <source>Next run expected: %1</source>
        <translation>次回実行予定: %1</translation>
    </message>
    <message>
        <source>Next restore test due: %1</source>
        <translation>次回の復元テスト期限: %1</translation>
    </message>
    <message>
        <source>Next air-gap check due: %1</source>
        <translation>次回のオフライン保管の確認期限: %1</translation>
    </message>
    <message>
        <source>No offline copy: nothing to check.</source>
        <translation>オフライン保管のコピーがないため、確認の対象はありません。</translation>
    </message>
    <message>
        <source>Backup job</source>
        <translation>バックアップ計画</translation>
    </message>
    <message>
        <source>Protects</source>
        <translation>保護対象</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>スケジュール</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>コピー</translation>
    </message>
    <message>
        <source>3-2-1-1-0</source>
        <translation>3-2-1-1-0</translation>
    </message>
    <message>
        <source>Last run</source>
        <translation>前回実行</translation>
    </message>
    <message>
        <source>Restore test</source>
        <translation>復元テスト</translation>
    </message>
    <message>
        <source>Air-gap check</source>
        <translation>オフライン保管の確認</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
</context>
<context>
    <name>kamae::ui::BackupsPage</name>
    <message>
        <source>Backups</source>
        <translation>バックアップ</translation>
    </message>
    <message>
        <source>Select a backup job to see how it meets the 3-2-1-1-0 rule.</source>
        <translation>バックアップ計画を選択すると、3-2-1-1-0 ルールの達成状況が表示されます。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Next run expected</source>
        <translation>次回実行予定</translation>
    </message>
    <message>
        <source>Next restore test due</source>
        <translation>次回の復元テスト期限</translation>
    </message>
    <message>
        <source>Next air-gap check due</source>
        <translation>次回のオフライン保管の確認期限</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>Not met — %1</source>
        <translation>未達成 — %1</translation>
    </message>
    <message>
        <source>Important assets without backup (%1)</source>
        <translation>バックアップのない重要な資産（%1）</translation>
    </message>
    <message>
        <source>Kamae&apos;s own backup job cannot be deleted; it records the copies of this vault.</source>
        <translation>Kamae 自身のバックアップ計画は削除できません。この保管庫のコピーを記録するための計画です。</translation>
    </message>
    <message>
        <source>Delete backup job</source>
        <translation>バックアップ計画の削除</translation>
    </message>
    <message>
        <source>Delete the backup job &quot;%1&quot; and its log of runs, restore tests and air-gap checks? Undo (Ctrl+Z) brings them back.</source>
        <translation>バックアップ計画「%1」と、そのバックアップ実行・復元テスト・オフライン保管の確認の記録を削除しますか？ Ctrl+Z で元に戻せます。</translation>
    </message>
    <message>
        <source>Delete record</source>
        <translation>記録を削除</translation>
    </message>
    <message>
        <source>Delete the record &quot;%1&quot; of %2 from the log? Undo (Ctrl+Z) brings it back.</source>
        <translation>%2 の「%1」の記録を削除しますか？ Ctrl+Z で元に戻せます。</translation>
    </message>
    <message>
        <source>Copy the vault to offline media: choose the drive or folder</source>
        <translation>保管庫をオフライン媒体にコピー: コピー先のドライブまたはフォルダーを選択</translation>
    </message>
    <message>
        <source>Copy not made</source>
        <translation>コピーできませんでした</translation>
    </message>
    <message>
        <source>Copy made</source>
        <translation>コピーを作成しました</translation>
    </message>
    <message>
        <source>Verify a copy of the vault</source>
        <translation>保管庫のコピーを検証</translation>
    </message>
    <message>
        <source>Kamae vaults (*.kamae)</source>
        <translation>Kamae 保管庫ファイル (*.kamae)</translation>
    </message>
    <message>
        <source>Copy not checked</source>
        <translation>コピーを検証できませんでした</translation>
    </message>
    <message>
        <source>Copy verified</source>
        <translation>コピーの検証結果: 正常</translation>
    </message>
    <message>
        <source>Copy damaged</source>
        <translation>コピーの検証結果: 破損</translation>
    </message>
    <message>
        <source>Add job</source>
        <translation>計画を追加</translation>
    </message>
    <message>
        <source>Add a backup job (Insert)</source>
        <translation>バックアップ計画を追加します（Insert）</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>編集…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Record run…</source>
        <translation>実行記録を登録…</translation>
    </message>
    <message>
        <source>Record restore test…</source>
        <translation>復元テスト結果を登録…</translation>
    </message>
    <message>
        <source>Record air-gap check…</source>
        <translation>オフライン保管の確認結果を登録…</translation>
    </message>
    <message>
        <source>Only for jobs with an offline copy</source>
        <translation>オフライン保管のコピーがある計画でのみ使用できます</translation>
    </message>
    <message>
        <source>Copy vault to offline media…</source>
        <translation>保管庫をオフライン媒体にコピー…</translation>
    </message>
    <message>
        <source>Writes an encrypted, verified copy of this vault to a drive you choose, and logs it for the &quot;Kamae vault&quot; job</source>
        <translation>この保管庫の暗号化コピーを選んだドライブに書き込んで検証し、「Kamae 保管庫」計画の記録に残します</translation>
    </message>
    <message>
        <source>Verify a copy…</source>
        <translation>コピーを検証…</translation>
    </message>
    <message>
        <source>Opens a copy on a drive completely and logs the result</source>
        <translation>ドライブ上のコピーを最後まで開いて検証し、結果を記録します</translation>
    </message>
    <message>
        <source>Search jobs (Ctrl+F)</source>
        <translation>計画を検索（Ctrl+F）</translation>
    </message>
    <message>
        <source>Needs attention only</source>
        <translation>要対応のみ</translation>
    </message>
    <message>
        <source>3-2-1-1-0 and due dates</source>
        <translation>3-2-1-1-0 と期限</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>実施記録</translation>
    </message>
    <message>
        <source>Assets of importance 3 whose data no backup job protects (accounts are left out). Add them to a job, or add a job for them. Double-click opens the asset.</source>
        <translation>重要度 3 の情報資産のうち、どのバックアップ計画でもデータが保護されていないものです（アカウントは除きます）。既存の計画に追加するか、新しい計画を追加してください。ダブルクリックで情報資産を開きます。</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>資産</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種別</translation>
    </message>
    <message>
        <source>Owner department</source>
        <translation>管理部署</translation>
    </message>
    <message numerus="yes">
        <source>%n backup job(s) no longer match the search or filter and are hidden.</source>
        <translation>
            <numerusform>バックアップ計画 %n 件が検索・絞り込みの条件に一致しなくなったため、表示されていません。</numerusform>
        </translation>
    </message>
    <message>
        <source>The backups the company makes and how each meets the 3-2-1-1-0 rule, their log of runs, restore tests and air-gap checks, and copies of this vault on offline media.</source>
        <translation>会社が行っているバックアップと 3-2-1-1-0 ルールの達成状況、バックアップ実行・復元テスト・オフライン保管の確認の記録、オフライン媒体に保存したこの保管庫のコピーを管理します。</translation>
    </message>
    <message>
        <source>No backup jobs yet</source>
        <translation>バックアップ計画はまだ登録されていません</translation>
    </message>
    <message>
        <source>Add each backup the company makes (a NAS copy, a cloud backup, a tape): where the copies go and how often, so that Kamae can remind you of restore tests and air-gap checks.</source>
        <translation>会社が行っているバックアップ（NAS へのコピー、クラウドバックアップ、テープなど）を一つずつ、コピー先と頻度とともに登録してください。復元テストやオフライン保管の確認の時期を Kamae がお知らせします。</translation>
    </message>
    <message>
        <source>Add a backup job…</source>
        <translation>バックアップ計画を追加…</translation>
    </message>
</context>
<context>
    <name>kamae::ui::BcpBottleneckDialog</name>
    <message>
        <source>Name the resource.</source>
        <translation>資源の名前を入力してください。</translation>
    </message>
    <message>
        <source>Edit bottleneck resource</source>
        <translation>ボトルネック資源の編集</translation>
    </message>
    <message>
        <source>Add bottleneck resource</source>
        <translation>ボトルネック資源の追加</translation>
    </message>
    <message>
        <source>A resource the core businesses cannot do without (Form 16-2), and what is done about it.</source>
        <translation>中核事業に欠かせない資源（様式16-2）と、その対策です。</translation>
    </message>
    <message>
        <source>&amp;Resource:</source>
        <translation>資源(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>種類(&amp;K):</translation>
    </message>
    <message>
        <source>&amp;Measure:</source>
        <translation>対策(&amp;M):</translation>
    </message>
    <message>
        <source>Register &amp;asset:</source>
        <translation>台帳の資産(&amp;A):</translation>
    </message>
</context>
<context>
    <name>kamae::ui::BcpBusinessDialog</name>
    <message>
        <source>Name the core business.</source>
        <translation>中核事業の名前を入力してください。</translation>
    </message>
    <message>
        <source>Each asset can be linked once.</source>
        <translation>同じ資産は 1 回だけ紐付けられます。</translation>
    </message>
    <message>
        <source>Name each supplier and customer, or remove the empty row.</source>
        <translation>仕入先・顧客の名前を入力するか、空の行を削除してください。</translation>
    </message>
    <message>
        <source>Edit core business</source>
        <translation>中核事業の編集</translation>
    </message>
    <message>
        <source>Add core business</source>
        <translation>中核事業の追加</translation>
    </message>
    <message>
        <source>A business that must keep going or restart first after an incident (Form 06), what it depends on and how it can carry on without it.</source>
        <translation>緊急時にも続ける、または最初に再開する事業（様式06）と、依存するもの、それがないときの代替手段です。</translation>
    </message>
    <message>
        <source>General</source>
        <translation>全般</translation>
    </message>
    <message>
        <source>Assets it depends on</source>
        <translation>依存する資産</translation>
    </message>
    <message>
        <source>Suppliers and customers (Forms 15, 17)</source>
        <translation>仕入先と主要顧客（様式15、17）</translation>
    </message>
    <message>
        <source>Alternatives (Form 08)</source>
        <translation>代替手段（様式08）</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>内容(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Maximum tolerable outage:</source>
        <translation>最大許容停止時間(&amp;M):</translation>
    </message>
    <message>
        <source>Recovery &amp;time objective (RTO):</source>
        <translation>目標復旧時間（RTO）(&amp;T):</translation>
    </message>
    <message>
        <source>Recovery &amp;point objective (RPO):</source>
        <translation>目標復旧時点（RPO）(&amp;P):</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>未設定</translation>
    </message>
    <message>
        <source>In hours. The RTO is how soon the business must run again; the RPO how much recent data it may lose. Kamae checks both against the backups and restore tests of the linked assets.</source>
        <translation>単位は時間です。目標復旧時間（RTO）は事業を再開するまでの時間、目標復旧時点（RPO）は失ってもよい直近のデータの範囲です。Kamae は両方を、紐付けた資産のバックアップと復元テストの記録と照らし合わせます。</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>資産</translation>
    </message>
    <message>
        <source>Role in the business</source>
        <translation>事業での役割</translation>
    </message>
    <message>
        <source>Link asset</source>
        <translation>資産を紐付ける</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Supplies or takes</source>
        <translation>供給するもの・受け取るもの</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>連絡先</translation>
    </message>
    <message>
        <source>Add partner</source>
        <translation>取引先を追加</translation>
    </message>
    <message>
        <source>Alternative or manual fallback</source>
        <translation>代替手段・手作業での対応</translation>
    </message>
    <message>
        <source>Asset it needs</source>
        <translation>必要な資産</translation>
    </message>
    <message>
        <source>Add alternative</source>
        <translation>代替手段を追加</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>追加</translation>
    </message>
</context>
<context>
    <name>kamae::ui::BcpChecksPanel</name>
    <message>
        <source>Against the records</source>
        <translation>記録との照合</translation>
    </message>
    <message>
        <source>What the plan leaves out</source>
        <translation>計画の記入漏れ</translation>
    </message>
    <message>
        <source>The plan is complete, and the backups and restore tests of the assets it depends on meet its recovery targets.</source>
        <translation>計画に記入漏れはなく、依存する資産のバックアップと復元テストは復旧目標を満たしています。</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s) against the records: the backups or restore tests do not support what the plan promises.</source>
        <translation>
            <numerusform>記録との不整合が %n 件あります。バックアップや復元テストの記録が、計画の目標を裏付けていません。</numerusform>
        </translation>
    </message>
    <message>
        <source>The backups and restore tests support the plan&apos;s targets.</source>
        <translation>バックアップと復元テストの記録は、計画の目標を裏付けています。</translation>
    </message>
    <message numerus="yes">
        <source>%n gap(s) in the plan&apos;s completeness.</source>
        <translation>
            <numerusform>計画の記入漏れが %n 件あります。</numerusform>
        </translation>
    </message>
    <message>
        <source>The plan is complete.</source>
        <translation>計画に記入漏れはありません。</translation>
    </message>
    <message>
        <source>Open asset</source>
        <translation>資産を開く</translation>
    </message>
    <message>
        <source>Open backup job</source>
        <translation>バックアップ計画を開く</translation>
    </message>
    <message>
        <source>Show in the plan</source>
        <translation>計画で表示</translation>
    </message>
</context>
<context>
    <name>kamae::ui::BcpContactDialog</name>
    <message>
        <source>Name the contact or the organisation.</source>
        <translation>連絡先の名前または組織名を入力してください。</translation>
    </message>
    <message>
        <source>Edit contact</source>
        <translation>連絡先の編集</translation>
    </message>
    <message>
        <source>Add contact</source>
        <translation>連絡先の追加</translation>
    </message>
    <message>
        <source>Whom to call in an emergency: key organisations (Form 11) and staff (Form 12).</source>
        <translation>緊急時の連絡先です。主要な組織（様式11）と従業員（様式12）。</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>種類(&amp;K):</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>組織名(&amp;O):</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>電話番号(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>メールアドレス(&amp;E):</translation>
    </message>
    <message>
        <source>From the &amp;people list:</source>
        <translation>担当者・部署の一覧から(&amp;P):</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>備考(&amp;T):</translation>
    </message>
</context>
<context>
    <name>kamae::ui::BcpExerciseDialog</name>
    <message>
        <source>An exercise is recorded once held: the date is not after today.</source>
        <translation>訓練は実施後に記録します。実施日に明日以降の日付は指定できません。</translation>
    </message>
    <message>
        <source>Edit BCP exercise</source>
        <translation>BCP 訓練の編集</translation>
    </message>
    <message>
        <source>Record BCP exercise</source>
        <translation>BCP 訓練の記録</translation>
    </message>
    <message>
        <source>An exercise held on the plan, what it found and what is to be improved.</source>
        <translation>計画に沿って実施した訓練と、気づいた点、改善策です。</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>種類(&amp;K):</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>実施日(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Scenario:</source>
        <translation>シナリオ(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Participants:</source>
        <translation>参加者(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Findings:</source>
        <translation>気づいた点(&amp;F):</translation>
    </message>
    <message>
        <source>Follow-up &amp;actions:</source>
        <translation>改善策(&amp;A):</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>改善策</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>担当</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>完了日</translation>
    </message>
    <message>
        <source>Add action</source>
        <translation>改善策を追加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>記録</translation>
    </message>
</context>
<context>
    <name>kamae::ui::BcpInsuranceDialog</name>
    <message>
        <source>Name the insurer.</source>
        <translation>保険会社を入力してください。</translation>
    </message>
    <message>
        <source>Edit insurance</source>
        <translation>保険の編集</translation>
    </message>
    <message>
        <source>Add insurance</source>
        <translation>保険の追加</translation>
    </message>
    <message>
        <source>An insurance policy that pays for damage or lost business (Form 18).</source>
        <translation>損害や休業を補償する保険です（様式18）。</translation>
    </message>
    <message>
        <source>&amp;Insurer:</source>
        <translation>保険会社(&amp;I):</translation>
    </message>
    <message>
        <source>&amp;Policy:</source>
        <translation>保険商品・証券番号(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Covers:</source>
        <translation>補償内容(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>補償額(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Renews on:</source>
        <translation>更新日(&amp;R):</translation>
    </message>
</context>
<context>
    <name>kamae::ui::BcpInvestmentDialog</name>
    <message>
        <source>Say what the investment is.</source>
        <translation>事前対策の内容を入力してください。</translation>
    </message>
    <message>
        <source>Edit investment</source>
        <translation>事前対策の編集</translation>
    </message>
    <message>
        <source>Add investment</source>
        <translation>事前対策の追加</translation>
    </message>
    <message>
        <source>Something bought or done before an incident so that the businesses keep going (Form 09).</source>
        <translation>事業を続けられるよう、緊急時に備えて事前に購入・実施するものです（様式09）。</translation>
    </message>
    <message>
        <source>&amp;Investment:</source>
        <translation>事前対策(&amp;I):</translation>
    </message>
    <message>
        <source>&amp;Cost:</source>
        <translation>費用(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Planned for:</source>
        <translation>予定日(&amp;P):</translation>
    </message>
    <message>
        <source>D&amp;one on:</source>
        <translation>実施日(&amp;O):</translation>
    </message>
</context>
<context>
    <name>kamae::ui::BcpPage</name>
    <message>
        <source>Edit %1</source>
        <translation>%1を編集</translation>
    </message>
    <message>
        <source>Fill %1 from template</source>
        <translation>%1をテンプレートから入力</translation>
    </message>
    <message>
        <source>The starting text is in; edit it to fit the company. Undo (Ctrl+Z) brings back what was there.</source>
        <translation>文例を入力しました。自社に合わせて編集してください。元に戻す（Ctrl+Z）で前の内容に戻せます。</translation>
    </message>
    <message>
        <source>The plan after the SME Agency&apos;s guideline, checked against the assets, backups and restore tests Kamae keeps.</source>
        <translation>中小企業庁の指針に沿った事業継続計画を、Kamae に記録した資産・バックアップ・復元テストと照らし合わせます。</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>確認</translation>
    </message>
    <message>
        <source>Exercises and versions</source>
        <translation>訓練と版</translation>
    </message>
    <message>
        <source>No core businesses yet</source>
        <translation>中核事業はまだありません</translation>
    </message>
    <message>
        <source>List the businesses that must keep going, or restart first, after a disaster or a cyber attack: taking orders, shipping, payroll… Then link the assets each depends on, and Kamae checks its recovery targets against the backups.</source>
        <translation>災害やサイバー攻撃のあとも続ける、または最初に再開する事業（受注、出荷、給与など）を登録してください。それぞれが依存する資産を紐付けると、Kamae が復旧目標をバックアップの記録と照らし合わせます。</translation>
    </message>
    <message>
        <source>Add the first core business…</source>
        <translation>最初の中核事業を追加…</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>実施日</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>シナリオ</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>参加者</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>気づいた点</translation>
    </message>
    <message>
        <source>Follow-ups done</source>
        <translation>改善策の完了</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>発行日</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>承認者</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>第 %1 版</translation>
    </message>
    <message>
        <source>BCP exercises: what was practised, what it found and what follows</source>
        <translation>BCP 訓練: 訓練の内容、気づいた点、改善策</translation>
    </message>
    <message>
        <source>Record exercise…</source>
        <translation>訓練を記録…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>編集…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Published versions</source>
        <translation>発行した版</translation>
    </message>
    <message>
        <source>Publish version…</source>
        <translation>版を発行…</translation>
    </message>
    <message>
        <source>Freeze the draft as the next version, with who approved it (Insert)</source>
        <translation>下書きを承認者とともに次の版として確定します（Insert）</translation>
    </message>
    <message>
        <source>Compare with draft</source>
        <translation>下書きと比較</translation>
    </message>
    <message>
        <source>What changed between the selected version and the draft, section by section</source>
        <translation>選んだ版と下書きの違いを項目ごとに表示します</translation>
    </message>
    <message>
        <source>Version %1 is published. Undo (Ctrl+Z) takes it back.</source>
        <translation>第 %1 版を発行しました。元に戻す（Ctrl+Z）で取り消せます。</translation>
    </message>
    <message>
        <source>The draft is the same as version %1.</source>
        <translation>下書きは第 %1 版と同じです。</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>変更</translation>
    </message>
    <message>
        <source>Version %1 (%2) compared with the draft: added in green, removed in red, changed in amber.</source>
        <translation>第 %1 版（%2）と下書きの比較です。追加は緑、削除は赤、変更は黄で示します。</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 時間</translation>
    </message>
    <message>
        <source>Add &quot;%1&quot; to the BCP</source>
        <translation>BCP に「%1」を追加</translation>
    </message>
    <message>
        <source>Edit &quot;%1&quot; in the BCP</source>
        <translation>BCP の「%1」を編集</translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot; from the BCP</source>
        <translation>BCP から「%1」を削除</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was deleted. Undo (Ctrl+Z) brings it back.</source>
        <translation>「%1」を削除しました。元に戻す（Ctrl+Z）で戻せます。</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Core business</source>
        <translation>中核事業</translation>
    </message>
    <message>
        <source>Max. tolerable outage</source>
        <translation>最大許容停止時間</translation>
    </message>
    <message>
        <source>RTO</source>
        <translation>目標復旧時間</translation>
    </message>
    <message>
        <source>RPO</source>
        <translation>目標復旧時点</translation>
    </message>
    <message>
        <source>Assets</source>
        <translation>資産</translation>
    </message>
    <message>
        <source>Check status</source>
        <translation>確認結果</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>役割</translation>
    </message>
    <message>
        <source>Duties</source>
        <translation>任務</translation>
    </message>
    <message>
        <source>Held by</source>
        <translation>担当者</translation>
    </message>
    <message>
        <source>Deputy</source>
        <translation>代理</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>資源</translation>
    </message>
    <message>
        <source>Register asset</source>
        <translation>台帳の資産</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>対策</translation>
    </message>
    <message>
        <source>Investment</source>
        <translation>事前対策</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>費用</translation>
    </message>
    <message>
        <source>Planned for</source>
        <translation>予定日</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>実施日</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>組織名</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話番号</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>メールアドレス</translation>
    </message>
    <message>
        <source>Insurer</source>
        <translation>保険会社</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>保険商品・証券番号</translation>
    </message>
    <message>
        <source>Covers</source>
        <translation>補償内容</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>補償額</translation>
    </message>
    <message>
        <source>Renews on</source>
        <translation>更新日</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s)</source>
        <translation>
            <numerusform>不整合 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n gap(s)</source>
        <translation>
            <numerusform>記入漏れ %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>OK</source>
        <translation>問題なし</translation>
    </message>
    <message>
        <source>¥%1</source>
        <translation>%1 円</translation>
    </message>
    <message>
        <source>Core businesses (Form 06): the businesses to keep going first, their recovery targets and what they depend on</source>
        <translation>中核事業（様式06）: 優先して続ける事業と、その復旧目標、依存するもの</translation>
    </message>
    <message>
        <source>Add core business…</source>
        <translation>中核事業を追加…</translation>
    </message>
    <message>
        <source>Emergency organisation (Form 03): roles, who holds each and the deputy</source>
        <translation>緊急時の組織体制（様式03）: 役割と担当者、代理</translation>
    </message>
    <message>
        <source>Add role…</source>
        <translation>役割を追加…</translation>
    </message>
    <message>
        <source>Bottleneck resources (Form 16-2)</source>
        <translation>ボトルネック資源（様式16-2）</translation>
    </message>
    <message>
        <source>Add resource…</source>
        <translation>資源を追加…</translation>
    </message>
    <message>
        <source>Pre-incident investments (Form 09)</source>
        <translation>事前対策の計画（様式09）</translation>
    </message>
    <message>
        <source>Add investment…</source>
        <translation>事前対策を追加…</translation>
    </message>
    <message>
        <source>Emergency contacts: organisations (Form 11) and staff (Form 12)</source>
        <translation>緊急連絡先: 組織（様式11）と従業員（様式12）</translation>
    </message>
    <message>
        <source>Add contact…</source>
        <translation>連絡先を追加…</translation>
    </message>
    <message>
        <source>Insurance (Form 18)</source>
        <translation>保険（様式18）</translation>
    </message>
    <message>
        <source>Add insurance…</source>
        <translation>保険を追加…</translation>
    </message>
    <message>
        <source>Restore as draft…</source>
        <translation>下書きとして復元…</translation>
    </message>
    <message>
        <source>Make the selected version the draft again; the draft&apos;s changes can be brought back with Undo</source>
        <translation>選んだ版を下書きに戻します。復元前の下書きは「元に戻す」で戻せます</translation>
    </message>
    <message>
        <source>Delete the exercise of %1 (%2)?</source>
        <translation>%1 の訓練（%2）を削除しますか？</translation>
    </message>
    <message>
        <source>Delete exercise</source>
        <translation>訓練の削除</translation>
    </message>
    <message>
        <source>Replace the draft with version %1? What the draft says now is replaced.</source>
        <translation>下書きを第 %1 版の内容に置き換えますか？ 現在の下書きの内容は置き換えられます。</translation>
    </message>
    <message>
        <source>Restore version</source>
        <translation>版の復元</translation>
    </message>
    <message>
        <source>The draft is already the same as version %1.</source>
        <translation>下書きはすでに第 %1 版と同じです。</translation>
    </message>
    <message>
        <source>Restore version %1 of the BCP</source>
        <translation>BCP の第 %1 版を復元</translation>
    </message>
    <message>
        <source>The draft is version %1 again. Undo (Ctrl+Z) brings back what it said.</source>
        <translation>下書きを第 %1 版に戻しました。元に戻す（Ctrl+Z）で復元前の内容に戻せます。</translation>
    </message>
    <message>
        <source>Delete from the BCP</source>
        <translation>BCP から削除</translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot; from the BCP?</source>
        <translation>「%1」を BCP から削除しますか？</translation>
    </message>
    <message>
        <source>Forms 02 and 04: the basic policy and the employee card</source>
        <translation>様式02（基本方針）と様式04（従業員携帯カード）</translation>
    </message>
    <message>
        <source>Form 06, with 08, 15 and 17</source>
        <translation>様式06、様式08、様式15、様式17</translation>
    </message>
    <message>
        <source>Form 03</source>
        <translation>様式03</translation>
    </message>
    <message>
        <source>Forms 16-2 and 09</source>
        <translation>様式16-2、様式09</translation>
    </message>
    <message>
        <source>Forms 11, 12 and 18</source>
        <translation>様式11、様式12、様式18</translation>
    </message>
    <message>
        <source>The plan checked against the assets, backups and restore tests</source>
        <translation>資産・バックアップ・復元テストの記録と計画の照合</translation>
    </message>
    <message>
        <source>Exercises held, and the published versions</source>
        <translation>実施した訓練と発行した版</translation>
    </message>
    <message>
        <source>Plan</source>
        <comment>tab, with form numbers in ja</comment>
        <translation>計画（様式02、04）</translation>
    </message>
    <message>
        <source>Core businesses</source>
        <comment>tab, with form numbers in ja</comment>
        <translation>中核事業（様式06）</translation>
    </message>
    <message>
        <source>Organisation</source>
        <comment>tab, with form numbers in ja</comment>
        <translation>組織体制（様式03）</translation>
    </message>
    <message>
        <source>Resources</source>
        <comment>tab, with form numbers in ja</comment>
        <translation>資源と事前対策（様式16-2、09）</translation>
    </message>
    <message>
        <source>Contacts</source>
        <comment>tab, with form numbers in ja</comment>
        <translation>連絡先と保険（様式11、12、18）</translation>
    </message>
    <message>
        <source>Change the language of the BCP</source>
        <translation>BCP の言語を変更</translation>
    </message>
    <message>
        <source>Print (PDF)</source>
        <translation>印刷（PDF）</translation>
    </message>
    <message>
        <source>The plan on A4, in the plan&apos;s language, to print or to file</source>
        <translation>計画を計画の言語で A4 に出力します（印刷・保管用）</translation>
    </message>
    <message>
        <source>Whole plan (binder)…</source>
        <translation>計画書全体…</translation>
    </message>
    <message>
        <source>Employee emergency cards…</source>
        <translation>従業員携帯カード…</translation>
    </message>
    <message>
        <source>Call tree…</source>
        <translation>連絡網…</translation>
    </message>
    <message>
        <source>Business Continuity Strengthening Plan draft…</source>
        <translation>事業継続力強化計画の下書き…</translation>
    </message>
    <message>
        <source>Print version…</source>
        <translation>版を印刷…</translation>
    </message>
    <message>
        <source>The selected version as it was published, on A4 (PDF)</source>
        <translation>選んだ版を発行時の内容のまま A4 に出力します（PDF）</translation>
    </message>
    <message>
        <source>Save the BCP as PDF</source>
        <translation>BCP を PDF で保存</translation>
    </message>
</context>
<context>
    <name>kamae::ui::BcpPlanPanel</name>
    <message>
        <source>&amp;Language of the plan:</source>
        <translation>計画の言語(&amp;L):</translation>
    </message>
    <message>
        <source>Its templates and printouts are in this language.</source>
        <translation>テンプレートと印刷物はこの言語になります。</translation>
    </message>
</context>
<context>
    <name>kamae::ui::BcpPublishDialog</name>
    <message>
        <source>Choose who approved the plan.</source>
        <translation>計画の承認者を選んでください。</translation>
    </message>
    <message>
        <source>Publish version</source>
        <translation>版の発行</translation>
    </message>
    <message>
        <source>Freezes the draft as version %1, dated today. The draft stays editable; later versions can be compared with it.</source>
        <translation>下書きを今日の日付で第 %1 版として発行します。下書きは引き続き編集でき、発行した版と比較できます。</translation>
    </message>
    <message>
        <source>&amp;Approved by:</source>
        <translation>承認者(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>メモ(&amp;N):</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>発行</translation>
    </message>
</context>
<context>
    <name>kamae::ui::BcpRoleDialog</name>
    <message>
        <source>Name the role.</source>
        <translation>役割の名前を入力してください。</translation>
    </message>
    <message>
        <source>The deputy is someone other than the holder.</source>
        <translation>代理には担当者以外の人を選んでください。</translation>
    </message>
    <message>
        <source>Edit role</source>
        <translation>役割の編集</translation>
    </message>
    <message>
        <source>Add role</source>
        <translation>役割の追加</translation>
    </message>
    <message>
        <source>A role of the emergency organisation (Form 03), who holds it and who stands in.</source>
        <translation>緊急時の組織体制（様式03）の役割と、その担当者・代理です。</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>役割(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Duties:</source>
        <translation>任務(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Held by:</source>
        <translation>担当者(&amp;H):</translation>
    </message>
    <message>
        <source>D&amp;eputy:</source>
        <translation>代理(&amp;E):</translation>
    </message>
</context>
<context>
    <name>kamae::ui::BcpSectionEditor</name>
    <message>
        <source>Heading</source>
        <translation>見出し</translation>
    </message>
    <message>
        <source>Make the paragraph a heading, or a heading a paragraph again</source>
        <translation>段落を見出しにする、または見出しを段落に戻す</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>太字</translation>
    </message>
    <message>
        <source>Bold (Ctrl+B)</source>
        <translation>太字（Ctrl+B）</translation>
    </message>
    <message>
        <source>• List</source>
        <translation>• 箇条書き</translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation>箇条書き</translation>
    </message>
    <message>
        <source>1. List</source>
        <translation>1. 番号付き</translation>
    </message>
    <message>
        <source>Numbered list</source>
        <translation>番号付きの箇条書き</translation>
    </message>
    <message>
        <source>Fill from template</source>
        <translation>テンプレートから入力</translation>
    </message>
    <message>
        <source>Replace the text with Kamae&apos;s starting text in the window&apos;s language; Undo (Ctrl+Z) brings yours back</source>
        <translation>本文を Kamae の文例（画面の言語）で置き換えます。元に戻す（Ctrl+Z）で元の本文に戻せます</translation>
    </message>
</context>
<context>
    <name>kamae::ui::BcpUndoText</name>
    <message>
        <source>Record BCP exercise of %1</source>
        <translation>%1 の BCP 訓練を記録</translation>
    </message>
    <message>
        <source>Delete BCP exercise of %1</source>
        <translation>%1 の BCP 訓練を削除</translation>
    </message>
    <message>
        <source>Edit BCP exercise of %1</source>
        <translation>%1 の BCP 訓練を編集</translation>
    </message>
    <message>
        <source>Publish BCP version</source>
        <translation>BCP の版を発行</translation>
    </message>
</context>
<context>
    <name>kamae::ui::CampaignDialog</name>
    <message>
        <source>Edit phishing drill</source>
        <translation>標的型メール訓練の編集</translation>
    </message>
    <message>
        <source>Add phishing drill</source>
        <translation>標的型メール訓練の追加</translation>
    </message>
    <message>
        <source>A drill held without GoPhish, or one whose results you keep elsewhere. To bring in GoPhish&apos;s results, use Import instead.</source>
        <translation>GoPhish を使わずに実施した訓練や、結果をほかで管理している訓練を登録します。GoPhish の結果を取り込む場合は、代わりに「GoPhish から取り込み」を使ってください。</translation>
    </message>
    <message>
        <source>e.g. Invoice mail, October</source>
        <translation>例: 請求書メール（10 月）</translation>
    </message>
    <message>
        <source>What the mail pretended to be, e.g. an unpaid invoice</source>
        <translation>メールが装った内容（例: 未払いの請求書）</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>訓練名(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Date held:</source>
        <translation>実施日(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Scenario:</source>
        <translation>シナリオ(&amp;S):</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>備考(&amp;O):</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>追加</translation>
    </message>
</context>
<context>
    <name>kamae::ui::CampaignTableModel</name>
    <message>
        <source>Drill</source>
        <translation>訓練</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>実施日</translation>
    </message>
    <message>
        <source>Click rate</source>
        <translation>クリック率</translation>
    </message>
    <message>
        <source>Report rate</source>
        <translation>報告率</translation>
    </message>
    <message>
        <source>Median time to report</source>
        <translation>報告までの時間（中央値）</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>対象者数</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>シナリオ</translation>
    </message>
    <message numerus="yes">
        <source>%n delivered</source>
        <translation>
            <numerusform>配信 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n delivered mail(s) clicked</source>
        <translation>
            <numerusform>配信 %n 件のうち %1 件でクリックあり</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n delivered mail(s) reported</source>
        <translation>
            <numerusform>配信 %n 件のうち %1 件で報告あり</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kamae::ui::ChangePassphraseDialog</name>
    <message>
        <source>The current passphrase is not correct.</source>
        <translation>現在のパスフレーズが正しくありません。</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>パスフレーズの変更</translation>
    </message>
    <message>
        <source>The new passphrase replaces the old one at once. The recovery code keeps working.</source>
        <translation>新しいパスフレーズはすぐに有効になり、古いパスフレーズは使えなくなります。回復コードは引き続き使用できます。</translation>
    </message>
    <message>
        <source>You unlocked the vault with the recovery code. Set a new passphrase now, so that you do not need the code next time.</source>
        <translation>回復コードで保管庫のロックを解除しました。次回から回復コードを使わずに済むよう、ここで新しいパスフレーズを設定してください。</translation>
    </message>
    <message>
        <source>&amp;Current passphrase:</source>
        <translation>現在のパスフレーズ(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>新しいパスフレーズ(&amp;N):</translation>
    </message>
    <message>
        <source>Enter the current passphrase.</source>
        <translation>現在のパスフレーズを入力してください。</translation>
    </message>
</context>
<context>
    <name>kamae::ui::CourseDialog</name>
    <message>
        <source>Edit course</source>
        <translation>講座の編集</translation>
    </message>
    <message>
        <source>New course</source>
        <translation>講座の追加</translation>
    </message>
    <message>
        <source>e.g. Spotting phishing mail</source>
        <translation>例: フィッシングメールの見分け方</translation>
    </message>
    <message>
        <source>once is enough</source>
        <translation>1 回のみ</translation>
    </message>
    <message>
        <source>every </source>
        <translation>間隔 </translation>
    </message>
    <message>
        <source> months</source>
        <translation> か月</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>no deadline</source>
        <translation>期限なし</translation>
    </message>
    <message>
        <source> days after joining</source>
        <translation> 日以内</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>講座名(&amp;T):</translation>
    </message>
    <message>
        <source>To&amp;pic:</source>
        <translation>テーマ(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>形式(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Renewal:</source>
        <translation>再受講の間隔(&amp;R):</translation>
    </message>
    <message>
        <source>How often people must take it again; a completion counts until then.</source>
        <translation>何か月ごとに再受講が必要かを指定します。修了はその間、有効として数えます。</translation>
    </message>
    <message>
        <source>Re&amp;quired of:</source>
        <translation>受講対象(&amp;Q):</translation>
    </message>
    <message>
        <source>&amp;Names:</source>
        <translation>対象の部署・役職(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Onboarding deadline:</source>
        <translation>入社後の受講期限(&amp;O):</translation>
    </message>
    <message>
        <source>New joiners are due, not overdue, until this many days after they join.</source>
        <translation>新たに入社した人は、入社日からこの日数が過ぎるまでは、期限超過ではなく受講期限内として扱います。</translation>
    </message>
    <message>
        <source>Not&amp;es:</source>
        <translation>備考(&amp;E):</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Another department</source>
        <translation>ほかの部署を入力</translation>
    </message>
    <message>
        <source>Another role</source>
        <translation>ほかの役職を入力</translation>
    </message>
</context>
<context>
    <name>kamae::ui::CourseTableModel</name>
    <message>
        <source>Course</source>
        <translation>講座名</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>テーマ</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>形式</translation>
    </message>
    <message>
        <source>Required of</source>
        <translation>受講対象</translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation>再受講</translation>
    </message>
    <message>
        <source>Onboarding deadline</source>
        <translation>入社後の受講期限</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>実施回数</translation>
    </message>
    <message>
        <source>Last session</source>
        <translation>前回の実施日</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>受講率</translation>
    </message>
    <message>
        <source>%1
A starter course from Kamae&apos;s catalogue; edit it as you need.</source>
        <translation>%1
Kamae の標準講座です。必要に応じて編集してください。</translation>
    </message>
</context>
<context>
    <name>kamae::ui::CoverageModel</name>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部署</translation>
    </message>
    <message>
        <source>%1
Coverage: %2 (%3 of %4 required done), %5 overdue</source>
        <translation>%1
受講率: %2（受講対象 %4 名のうち %3 名が受講済み）、期限超過 %5 名</translation>
    </message>
</context>
<context>
    <name>kamae::ui::CoveragePanel</name>
    <message>
        <source>As of %1</source>
        <translation>%1 時点</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>すべての部署</translation>
    </message>
    <message>
        <source>(no department)</source>
        <translation>（部署なし）</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>部署(&amp;D):</translation>
    </message>
    <message>
        <source>Search people (Ctrl+F)</source>
        <translation>担当者を検索（Ctrl+F）</translation>
    </message>
    <message>
        <source>The course is not required of this person.</source>
        <translation>この担当者には受講が必須ではない講座です。</translation>
    </message>
    <message>
        <source>Point at a cell of the table for its dates.</source>
        <translation>表のセルにマウスポインターを合わせると、日付が表示されます。</translation>
    </message>
    <message>
        <source>By course (people shown)</source>
        <translation>講座別（表示中の担当者）</translation>
    </message>
    <message>
        <source>By department</source>
        <translation>部署別</translation>
    </message>
</context>
<context>
    <name>kamae::ui::CoverageSummaryModel</name>
    <message>
        <source>Course</source>
        <translation>講座名</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部署</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>受講対象</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>受講済み</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>期限間近</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>期限超過</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>受講率</translation>
    </message>
    <message>
        <source>(no department)</source>
        <translation>（部署なし）</translation>
    </message>
    <message>
        <source>Done ÷ (done + overdue): people still before their deadline are not counted yet.</source>
        <translation>受講済み ÷（受講済み + 期限超過）。まだ受講期限前の人は数えません。</translation>
    </message>
</context>
<context>
    <name>kamae::ui::CreateVaultDialog</name>
    <message>
        <source>Where to keep the vault</source>
        <translation>保管庫の保存先</translation>
    </message>
    <message>
        <source>Kamae data files (*.kamae)</source>
        <translation>Kamae 保管庫ファイル (*.kamae)</translation>
    </message>
    <message>
        <source>Enter the organisation&apos;s name.</source>
        <translation>組織名を入力してください。</translation>
    </message>
    <message>
        <source>Choose where to keep the vault file.</source>
        <translation>保管庫ファイルの保存先を選択してください。</translation>
    </message>
    <message>
        <source>Creating the vault. Deriving the key takes a moment on purpose…</source>
        <translation>保管庫を作成しています。安全のため、鍵の生成には意図的に少し時間をかけています…</translation>
    </message>
    <message>
        <source>New vault</source>
        <translation>保管庫の新規作成</translation>
    </message>
    <message>
        <source>Kamae keeps all of one organisation&apos;s security records in one encrypted file. Choose a passphrase you will remember: without it, only the recovery code shown next can open the file.</source>
        <translation>Kamae は、一つの組織のセキュリティに関する記録をすべて一つの暗号化ファイルに保管します。忘れないパスフレーズを設定してください。パスフレーズがわからなくなった場合、ファイルを開けるのは次に表示される回復コードだけです。</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>組織名(&amp;O):</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>ファイル(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>パスフレーズ(&amp;P):</translation>
    </message>
    <message>
        <source>e.g. Example Trading Co., Ltd.</source>
        <translation>例: 株式会社サンプル商事</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>参照(&amp;B)…</translation>
    </message>
    <message>
        <source>Create vault</source>
        <translation>保管庫を作成</translation>
    </message>
</context>
<context>
    <name>kamae::ui::DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation>ダッシュボード</translation>
    </message>
    <message>
        <source>%1 of %2 points</source>
        <translation>%2 点中 %1 点</translation>
    </message>
    <message>
        <source>Score over time</source>
        <translation>スコアの推移</translation>
    </message>
    <message>
        <source>Posture score</source>
        <translation>対策スコア</translation>
    </message>
    <message>
        <source>The trend starts with today&apos;s score.</source>
        <translation>推移は今日のスコアから記録されます。</translation>
    </message>
    <message>
        <source>By kind of measure (%)</source>
        <translation>対策の種類別（%）</translation>
    </message>
    <message>
        <source>Next actions — the most points for the least work</source>
        <translation>次にやるべきこと — 少ない手間で点数が大きく上がる順</translation>
    </message>
    <message>
        <source>How the score is made</source>
        <translation>スコアの内訳</translation>
    </message>
    <message>
        <source>All factors. Click a bar to see one measure; double-click a row to open its page.</source>
        <translation>すべての評価項目を表示中。棒をクリックするとその対策分野だけを表示し、行をダブルクリックすると該当する画面を開きます。</translation>
    </message>
    <message>
        <source>Showing “%1”. &lt;a href=&quot;all&quot;&gt;Show all factors&lt;/a&gt;</source>
        <translation>「%1」を表示中。&lt;a href=&quot;all&quot;&gt;すべての評価項目を表示&lt;/a&gt;</translation>
    </message>
    <message>
        <source>%1 of %2 points: %3 on records, %4 self-declared</source>
        <translation>%2 点中 %1 点: 記録 %3 点、自己申告 %4 点</translation>
    </message>
    <message>
        <source>Assign owner</source>
        <translation>担当の割り当て</translation>
    </message>
    <message>
        <source>(the record&apos;s owner: %1)</source>
        <translation>（記録の担当: %1）</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>割り当て</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>担当:</translation>
    </message>
    <message>
        <source>Assign owner…</source>
        <translation>担当を割り当て…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 †</source>
        <translation>%1 †</translation>
    </message>
    <message>
        <source>By measure (%) · † includes self-declared points</source>
        <translation>対策分野別（%）・† は自己申告を含む</translation>
    </message>
</context>
<context>
    <name>kamae::ui::DepartmentRateTableModel</name>
    <message>
        <source>Department</source>
        <translation>部署</translation>
    </message>
    <message>
        <source>Click rate</source>
        <translation>クリック率</translation>
    </message>
    <message>
        <source>Report rate</source>
        <translation>報告率</translation>
    </message>
    <message>
        <source>Data entry rate</source>
        <translation>情報入力率</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>対象者数</translation>
    </message>
    <message>
        <source>No department</source>
        <translation>部署なし</translation>
    </message>
    <message>
        <source>People without a department, and results not matched to the people list</source>
        <translation>部署のない担当者と、担当者・部署の一覧と照合できなかった結果</translation>
    </message>
</context>
<context>
    <name>kamae::ui::DiscardGuard</name>
    <message>
        <source>Discard changes?</source>
        <translation>変更を破棄しますか？</translation>
    </message>
    <message>
        <source>You changed something in this window. Close it and discard the changes?</source>
        <translation>このウィンドウの内容が変更されています。閉じて変更を破棄しますか？</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>変更を破棄</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>編集を続ける</translation>
    </message>
</context>
<context>
    <name>kamae::ui::DrillCommandText</name>
    <message>
        <source>Edit phishing drill %1</source>
        <translation>標的型メール訓練「%1」の編集</translation>
    </message>
    <message>
        <source>Add phishing drill %1</source>
        <translation>標的型メール訓練「%1」の追加</translation>
    </message>
    <message>
        <source>Delete phishing drill %1</source>
        <translation>標的型メール訓練「%1」の削除</translation>
    </message>
    <message>
        <source>Import phishing drill %1</source>
        <translation>標的型メール訓練「%1」の取り込み</translation>
    </message>
    <message numerus="yes">
        <source>Assign follow-up course to %n person(s)</source>
        <translation>
            <numerusform>%n 名へのフォローアップ講座の割り当て</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Link %n drill result(s) to the people list</source>
        <translation>
            <numerusform>訓練結果 %n 件を担当者・部署の一覧に紐付け</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kamae::ui::DrillImportDialog</name>
    <message>
        <source>GoPhish results export</source>
        <translation>GoPhish の結果の書き出し</translation>
    </message>
    <message>
        <source>GoPhish events export</source>
        <translation>GoPhish のイベントの書き出し</translation>
    </message>
    <message>
        <source>Import a phishing drill from GoPhish</source>
        <translation>GoPhish からの標的型メール訓練の取り込み</translation>
    </message>
    <message>
        <source>In GoPhish, open the campaign&apos;s results and choose Export CSV → Results. The events export (Export CSV → Raw Events) of the same campaign is optional: it gives the exact times of opening, clicking and reporting. Rows are matched to the people list by e-mail address.</source>
        <translation>GoPhish でキャンペーンの結果を開き、「Export CSV」→「Results」を選択してください。同じキャンペーンのイベントの書き出し（「Export CSV」→「Raw Events」）は省略できます。指定すると、開封・クリック・報告の正確な時刻がわかります。各行は、メールアドレスで担当者・部署の一覧と照合します。</translation>
    </message>
    <message>
        <source>&amp;Results export:</source>
        <translation>結果の書き出し(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Events export (optional):</source>
        <translation>イベントの書き出し（省略可）(&amp;E):</translation>
    </message>
    <message>
        <source>En&amp;coding:</source>
        <translation>文字コード(&amp;C):</translation>
    </message>
    <message>
        <source>Drill &amp;name:</source>
        <translation>訓練名(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Date held:</source>
        <translation>実施日(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Scenario:</source>
        <translation>シナリオ(&amp;S):</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>参照…</translation>
    </message>
    <message>
        <source>Automatic (UTF-8 or Shift_JIS)</source>
        <translation>自動判別（UTF-8 または Shift_JIS）</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>Shift_JIS (Japanese Excel)</source>
        <translation>Shift_JIS（日本語版 Excel）</translation>
    </message>
    <message>
        <source>Not needed; gives exact times</source>
        <translation>省略可（指定すると正確な時刻がわかります）</translation>
    </message>
    <message>
        <source>What the mail pretended to be, e.g. an unpaid invoice</source>
        <translation>メールが装った内容（例: 未払いの請求書）</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>メールアドレス</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Why it cannot be imported</source>
        <translation>取り込めない理由</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>取り込み</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV ファイル (*.csv);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Choose GoPhish&apos;s results export to see what will be imported.</source>
        <translation>GoPhish の結果の書き出しを選択すると、取り込まれる内容が表示されます。</translation>
    </message>
    <message>
        <source>Nothing can be imported from this file.</source>
        <translation>このファイルからは何も取り込めません。</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) will be imported: %1 matched to the people list, %2 not.</source>
        <translation>
            <numerusform>%n 行を取り込みます（担当者・部署の一覧と照合できた行 %1 行、照合できなかった行 %2 行）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mail(s) were not delivered.</source>
        <translation>
            <numerusform>%n 件のメールは配信されませんでした。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) cannot be imported (listed below).</source>
        <translation>
            <numerusform>%n 行は取り込めません（下の一覧を参照）。</numerusform>
        </translation>
    </message>
    <message>
        <source>The file has no row that can be imported.</source>
        <translation>このファイルには取り込める行がありません。</translation>
    </message>
    <message>
        <source>Not in the people list (imported without a person)</source>
        <translation>担当者・部署の一覧にないメールアドレス（担当者なしで取り込みます）</translation>
    </message>
    <message>
        <source>Rows that cannot be imported</source>
        <translation>取り込めない行</translation>
    </message>
    <message>
        <source>Choose GoPhish&apos;s results export.</source>
        <translation>GoPhish の結果の書き出しを選択してください。</translation>
    </message>
    <message>
        <source>Replace the drill&apos;s results?</source>
        <translation>訓練結果を置き換えますか？</translation>
    </message>
    <message>
        <source>The drill “%1” of %2 was imported from GoPhish before. Replace its results with this file&apos;s? Its notes are kept.</source>
        <translation>%2 の訓練「%1」は、以前に GoPhish から取り込まれています。結果をこのファイルの内容に置き換えますか？ 備考はそのまま残ります。</translation>
    </message>
</context>
<context>
    <name>kamae::ui::DrillResultTableModel</name>
    <message>
        <source>Person</source>
        <translation>担当者</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部署</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>配信</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>開封</translation>
    </message>
    <message>
        <source>Clicked</source>
        <translation>クリック</translation>
    </message>
    <message>
        <source>Entered data</source>
        <translation>情報入力</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>報告</translation>
    </message>
    <message>
        <source>Time to report</source>
        <translation>報告までの時間</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>メールアドレス</translation>
    </message>
    <message>
        <source>Not in the people list</source>
        <translation>担当者・部署の一覧に未登録</translation>
    </message>
    <message>
        <source>%1: no entry of the people list has this address. Add it to someone&apos;s entry, then link the unmatched results.</source>
        <translation>%1: 担当者・部署の一覧に、このメールアドレスの項目はありません。該当する人の項目にメールアドレスを追加してから、「未照合の結果を紐付け」を実行してください。</translation>
    </message>
</context>
<context>
    <name>kamae::ui::DrillsText</name>
    <message>
        <source>Results of “%1”</source>
        <translation>「%1」の結果</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Click rate</source>
        <translation>クリック率</translation>
    </message>
    <message>
        <source>Report rate</source>
        <translation>報告率</translation>
    </message>
    <message>
        <source>Import from GoPhish…</source>
        <translation>GoPhish から取り込み…</translation>
    </message>
    <message>
        <source>Add drill…</source>
        <translation>訓練を追加…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>編集…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Assign follow-up course…</source>
        <translation>フォローアップ講座を割り当て…</translation>
    </message>
    <message>
        <source>Link unmatched results</source>
        <translation>未照合の結果を紐付け</translation>
    </message>
    <message>
        <source>Import GoPhish&apos;s results export (Export CSV → Results)</source>
        <translation>GoPhish の結果の書き出し（Export CSV → Results）を取り込みます</translation>
    </message>
    <message>
        <source>A drill held without GoPhish</source>
        <translation>GoPhish を使わずに実施した訓練を追加します</translation>
    </message>
    <message>
        <source>For the people who clicked in two or more drills</source>
        <translation>2 回以上の訓練でクリックした人が対象です</translation>
    </message>
    <message>
        <source>Links the results no entry matched to the entries that now have their e-mail addresses</source>
        <translation>どの項目とも照合できなかった結果を、現在そのメールアドレスが登録されている項目に紐付けます</translation>
    </message>
    <message>
        <source>Phishing drills</source>
        <translation>標的型メール訓練</translation>
    </message>
    <message>
        <source>By department</source>
        <translation>部署別</translation>
    </message>
    <message>
        <source>Drop GoPhish&apos;s results export (CSV) here to import it.</source>
        <translation>GoPhish の結果の書き出し（CSV）をここにドロップすると取り込めます。</translation>
    </message>
    <message>
        <source>Click and report rates over the drills</source>
        <translation>訓練ごとのクリック率と報告率の推移</translation>
    </message>
    <message>
        <source>No drills yet. Import one from GoPhish or add one to see the trend.</source>
        <translation>訓練はまだ登録されていません。GoPhish から取り込むか訓練を追加すると、推移が表示されます。</translation>
    </message>
    <message>
        <source>The drill was not imported.</source>
        <translation>訓練を取り込めませんでした。</translation>
    </message>
    <message>
        <source>Delete phishing drill</source>
        <translation>標的型メール訓練の削除</translation>
    </message>
    <message numerus="yes">
        <source>Delete the drill “%1” with its %n result(s)? You can undo this.</source>
        <translation>
            <numerusform>訓練「%1」とその結果 %n 件を削除しますか？ この操作は元に戻せます。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>ほか %n 名</numerusform>
        </translation>
    </message>
    <message>
        <source>Assign follow-up course</source>
        <translation>フォローアップ講座の割り当て</translation>
    </message>
    <message numerus="yes">
        <source>These %n people clicked in two or more drills. Assign them the phishing follow-up course, due in %1 days?</source>
        <translation>
            <numerusform>次の %n 名は、2 回以上の訓練でクリックしています。フィッシングのフォローアップ講座を、期限を %1 日後として割り当てますか？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The follow-up course was assigned to %n person(s).</source>
        <translation>
            <numerusform>%n 名にフォローアップ講座を割り当てました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n drill result(s) linked to the people list by e-mail address.</source>
        <translation>
            <numerusform>%n 件の訓練結果を、メールアドレスで担当者・部署の一覧に紐付けました。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n 分</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 時間 %2 分</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 日 %2 時間</translation>
    </message>
</context>
<context>
    <name>kamae::ui::EmptyState</name>
    <message>
        <source>No rows match the search and filters.</source>
        <translation>検索・絞り込みの条件に一致する行はありません。</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>検索・絞り込みを解除</translation>
    </message>
</context>
<context>
    <name>kamae::ui::FactorTableModel</name>
    <message>
        <source>n/a</source>
        <translation>対象外</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>−%1</source>
        <translation>−%1</translation>
    </message>
    <message>
        <source>Not counted: nothing to measure yet.</source>
        <translation>対象外: まだ測れるものがありません。</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>対策分野</translation>
    </message>
    <message>
        <source>Factor</source>
        <translation>評価項目</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>達成度</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>点数</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>失点</translation>
    </message>
    <message>
        <source>Measured from</source>
        <translation>算出の根拠</translation>
    </message>
    <message>
        <source>%1 To measure it: %2</source>
        <translation>%1確認するには: %2</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>根拠</translation>
    </message>
    <message>
        <source>Not counted (%1)</source>
        <translation>対象外（%1）</translation>
    </message>
</context>
<context>
    <name>kamae::ui::FeedsPanel</name>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt;: version %2, released %3, %n entry(ies) stored, imported %4</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;: バージョン %2（%3 公開）、%n 件を保存、%4 に取り込み</numerusform>
        </translation>
    </message>
    <message>
        <source>No feed imported yet.</source>
        <translation>まだ脆弱性情報を取り込んでいません。</translation>
    </message>
    <message>
        <source>Vulnerability feeds</source>
        <translation>脆弱性情報（フィード）</translation>
    </message>
    <message>
        <source>Kamae never goes online. Download the CISA KEV catalogue (JSON, from cisa.gov) or a JVN iPedia JVNRSS file (from jvndb.jvn.jp) on any computer, bring the file here and import it. A newer KEV catalogue replaces the old one; JVN files add up.</source>
        <translation>Kamae はインターネットに接続しません。別のパソコンで CISA KEV カタログ（JSON 形式、cisa.gov）または JVN iPedia の JVNRSS ファイル（jvndb.jvn.jp）をダウンロードし、ここで取り込んでください。KEV カタログは新しいもので置き換わり、JVN のファイルは取り込むたびに追加されます。</translation>
    </message>
    <message>
        <source>Import feed file…</source>
        <translation>ファイルを取り込む…</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>ファイルを読み込んでいます…</translation>
    </message>
    <message>
        <source>Product name aliases</source>
        <translation>製品名の別名</translation>
    </message>
    <message>
        <source>Feeds and your register may name a product differently. Each row says: what the feed calls vendor and product is what the register calls them. Double-click a cell to edit.</source>
        <translation>フィードと台帳とで製品の呼び方が違うことがあります。各行は「フィードのベンダー名・製品名」が「台帳のベンダー名・製品名」と同じものであることを表します。セルをダブルクリックすると編集できます。</translation>
    </message>
    <message>
        <source>Add alias</source>
        <translation>別名を追加</translation>
    </message>
    <message>
        <source>Remove alias</source>
        <translation>別名を削除</translation>
    </message>
    <message>
        <source>Import a vulnerability feed</source>
        <translation>脆弱性情報の取り込み</translation>
    </message>
    <message>
        <source>Vulnerability feeds (*.json *.xml *.rdf *.rss);;All files (*)</source>
        <translation>脆弱性情報 (*.json *.xml *.rdf *.rss);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>%1 was not imported: %2</source>
        <translation>%1 は取り込めませんでした: %2</translation>
    </message>
    <message>
        <source>%1 has no entries; nothing was imported.</source>
        <translation>%1 には脆弱性情報が 1 件も含まれていないため、取り込みませんでした。</translation>
    </message>
    <message>
        <source>Product in the feed</source>
        <translation>フィードの製品名</translation>
    </message>
    <message>
        <source>Product in the register</source>
        <translation>台帳の製品名</translation>
    </message>
</context>
<context>
    <name>kamae::ui::FormDialog</name>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
</context>
<context>
    <name>kamae::ui::GettingStartedPanel</name>
    <message>
        <source>Getting started</source>
        <translation>最初にやること</translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation>%2 件中 %1 件完了</translation>
    </message>
    <message>
        <source>Hide this list</source>
        <translation>この一覧を非表示にする</translation>
    </message>
    <message>
        <source>Hides the list for this vault; the next actions still lead to what is left.</source>
        <translation>この保管庫ではこの一覧を表示しません。残りの項目は「次にやるべきこと」から引き続き確認できます。</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>開く</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>始める</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Not done yet</source>
        <translation>未完了</translation>
    </message>
</context>
<context>
    <name>kamae::ui::ImportDialog</name>
    <message>
        <source>Detect automatically</source>
        <translation>自動判別</translation>
    </message>
    <message>
        <source>Shift_JIS (Japanese Excel)</source>
        <translation>Shift_JIS（日本語版 Excel）</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>シート(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>文字コード(&amp;E):</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>ファイルの列</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>最初の値</translation>
    </message>
    <message>
        <source>Kamae field</source>
        <translation>Kamae の項目</translation>
    </message>
    <message>
        <source>1. Which column is which</source>
        <translation>1. 列の対応付け</translation>
    </message>
    <message>
        <source>2. What the first rows become</source>
        <translation>2. 先頭の行の取り込み結果</translation>
    </message>
    <message>
        <source>3. Rows that cannot be imported</source>
        <translation>3. 取り込めない行</translation>
    </message>
    <message>
        <source>(ignore)</source>
        <translation>（取り込まない）</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>%1 行目: %2</translation>
    </message>
    <message>
        <source>Not imported (no field chosen): %1</source>
        <translation>取り込まない列（項目が未選択）: %1</translation>
    </message>
</context>
<context>
    <name>kamae::ui::IncidentDetailPanel</name>
    <message>
        <source>Time</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>担当者</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>タグ</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>対策</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>担当者</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完了日</translation>
    </message>
    <message>
        <source>Select an incident to see its details.</source>
        <translation>インシデントを選ぶと、詳細が表示されます。</translation>
    </message>
    <message>
        <source>drill</source>
        <translation>訓練</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1、%2</translation>
    </message>
    <message>
        <source>%1 (no longer in the playbook)</source>
        <translation>%1（対応手順から削除済み）</translation>
    </message>
    <message>
        <source>Detected:</source>
        <translation>検知:</translation>
    </message>
    <message>
        <source>Occurred:</source>
        <translation>発生:</translation>
    </message>
    <message>
        <source>Aware:</source>
        <translation>認知:</translation>
    </message>
    <message>
        <source>Reported:</source>
        <translation>報告:</translation>
    </message>
    <message>
        <source>Contained:</source>
        <translation>封じ込め:</translation>
    </message>
    <message>
        <source>Resolved:</source>
        <translation>解決:</translation>
    </message>
    <message>
        <source>Found by:</source>
        <translation>発見者:</translation>
    </message>
    <message>
        <source>Affected assets:</source>
        <translation>影響を受けた情報資産:</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n 人</numerusform>
        </translation>
    </message>
    <message>
        <source>sensitive</source>
        <translation>要配慮個人情報</translation>
    </message>
    <message>
        <source>risk of financial harm</source>
        <translation>財産的被害のおそれ</translation>
    </message>
    <message>
        <source>suspected malice</source>
        <translation>不正の目的によるおそれ</translation>
    </message>
    <message>
        <source>Personal data:</source>
        <translation>個人データ:</translation>
    </message>
    <message>
        <source>Legal clock (Personal Information Protection Commission)</source>
        <translation>報告期限（個人情報保護委員会）</translation>
    </message>
    <message>
        <source>made on %1</source>
        <translation>%1 に報告済み</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n 日超過</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>残り %n 日</numerusform>
        </translation>
    </message>
    <message>
        <source>A drill: no legal clock.</source>
        <translation>訓練のため、報告期限はありません。</translation>
    </message>
    <message>
        <source>No report is due: no sensitive data, no risk of financial harm, no suspected malice, and not more than 1,000 people.</source>
        <translation>報告の対象ではありません（要配慮個人情報、財産的被害のおそれ、不正の目的によるおそれがなく、本人の数も 1,000 人以下）。</translation>
    </message>
    <message>
        <source>A report is due because of: %1.</source>
        <translation>報告の対象です（%1）。</translation>
    </message>
    <message>
        <source>Day 1 (aware): %1</source>
        <translation>1 日目（認知した日）: %1</translation>
    </message>
    <message>
        <source>Preliminary report (速報): by %1 (at the latest %2)</source>
        <translation>速報: %1 まで（遅くとも %2）</translation>
    </message>
    <message>
        <source>Final report (確報): by %1 (day %2)</source>
        <translation>確報: %1 まで（%2 日目）</translation>
    </message>
    <message>
        <source>People concerned: %1</source>
        <translation>本人への通知: %1</translation>
    </message>
    <message>
        <source>notified on %1</source>
        <translation>%1 に通知済み</translation>
    </message>
    <message>
        <source>not yet notified</source>
        <translation>未通知</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Lessons learned</source>
        <translation>教訓</translation>
    </message>
    <message>
        <source>Edit details…</source>
        <translation>詳細を編集…</translation>
    </message>
    <message>
        <source>Close incident…</source>
        <translation>インシデントを完了…</translation>
    </message>
    <message>
        <source>Partner notice…</source>
        <translation>取引先への連絡…</translation>
    </message>
    <message>
        <source>Whom to tell, and a message to start from</source>
        <translation>連絡すべき取引先と、文面のひな形</translation>
    </message>
    <message>
        <source>Record decision: no ransom paid</source>
        <translation>判断を記録: 身代金は支払わない</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>Playbook</source>
        <translation>対応手順</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>経過</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>再発防止策</translation>
    </message>
    <message>
        <source>Ticked &amp;by:</source>
        <translation>チェックした人(&amp;B):</translation>
    </message>
    <message>
        <source>What was seen, done, decided and whom you contacted</source>
        <translation>確認したこと、行ったこと、判断したこと、連絡した相手</translation>
    </message>
    <message>
        <source>What is done so that it does not happen again</source>
        <translation>再発を防ぐために行うこと</translation>
    </message>
    <message>
        <source>Add entry…</source>
        <translation>経過を追加…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>編集…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Add action…</source>
        <translation>再発防止策を追加…</translation>
    </message>
</context>
<context>
    <name>kamae::ui::IncidentDetailsDialog</name>
    <message>
        <source>Incident details</source>
        <translation>インシデントの詳細</translation>
    </message>
    <message>
        <source>The times say when the legal clock starts (aware, else detected); the personal data whether a report to the Commission is due.</source>
        <translation>報告期限は認知した日時（未記入なら検知した日時）から数えます。個人情報保護委員会への報告が必要かどうかは、個人データの内容で決まります。</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>種類(&amp;K):</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>件名(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>状態(&amp;S):</translation>
    </message>
    <message>
        <source>D&amp;rill:</source>
        <translation>訓練(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Found by:</source>
        <translation>発見者(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Occurred:</source>
        <translation>発生(&amp;O):</translation>
    </message>
    <message>
        <source>&amp;Detected:</source>
        <translation>検知(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Aware:</source>
        <translation>認知(&amp;A):</translation>
    </message>
    <message>
        <source>Re&amp;ported:</source>
        <translation>報告(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Contained:</source>
        <translation>封じ込め(&amp;C):</translation>
    </message>
    <message>
        <source>R&amp;esolved:</source>
        <translation>解決(&amp;E):</translation>
    </message>
    <message>
        <source>Affected a&amp;ssets:</source>
        <translation>影響を受けた情報資産(&amp;S):</translation>
    </message>
    <message>
        <source>Personal &amp;data:</source>
        <translation>個人データの項目(&amp;D):</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>&amp;Number of people:</source>
        <translation>本人の数(&amp;N):</translation>
    </message>
    <message>
        <source>Sensiti&amp;ve (要配慮):</source>
        <translation>要配慮個人情報(&amp;V):</translation>
    </message>
    <message>
        <source>Risk of &amp;financial harm:</source>
        <translation>財産的被害のおそれ(&amp;F):</translation>
    </message>
    <message>
        <source>Suspected &amp;malice:</source>
        <translation>不正の目的によるおそれ(&amp;M):</translation>
    </message>
    <message>
        <source>Ca&amp;use:</source>
        <translation>原因(&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Lessons learned:</source>
        <translation>教訓(&amp;L):</translation>
    </message>
</context>
<context>
    <name>kamae::ui::IncidentEntryDialogs</name>
    <message>
        <source>New incident</source>
        <translation>新しいインシデント</translation>
    </message>
    <message>
        <source>Edit incident</source>
        <translation>インシデントを編集</translation>
    </message>
    <message>
        <source>Record what happened as soon as you know: the rest (times, assets, personal data, the timeline) can follow. Keep the machine powered on and off the network.</source>
        <translation>分かった時点ですぐに記録してください。日時、情報資産、個人データ、経過は後から追加できます。機器は電源を入れたまま、ネットワークから切り離してください。</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>種類(&amp;K):</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>件名(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Detected:</source>
        <translation>検知(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Found by:</source>
        <translation>発見者(&amp;F):</translation>
    </message>
    <message>
        <source>D&amp;rill (an exercise, no legal clock):</source>
        <translation>訓練（報告期限なし）(&amp;R):</translation>
    </message>
    <message>
        <source>Add contact</source>
        <translation>連絡先を追加</translation>
    </message>
    <message>
        <source>Edit contact</source>
        <translation>連絡先を編集</translation>
    </message>
    <message>
        <source>Whom to call in an incident, what for and when. Write the number you checked yourself, and the day you checked it.</source>
        <translation>インシデントのときの連絡先、用件、連絡する時期です。自分で確認した番号と、確認した日を記入してください。</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>用件(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;When to call:</source>
        <translation>連絡する時期(&amp;W):</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>電話(&amp;H):</translation>
    </message>
    <message>
        <source>E-mail or &amp;URL:</source>
        <translation>メールまたは URL(&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Official page:</source>
        <translation>公式ページ(&amp;O):</translation>
    </message>
    <message>
        <source>&amp;Region or industry:</source>
        <translation>都道府県・業種(&amp;R):</translation>
    </message>
    <message>
        <source>Own re&amp;sponder:</source>
        <translation>自社の対応者(&amp;S):</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>備考(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Checked on:</source>
        <translation>確認日(&amp;C):</translation>
    </message>
    <message>
        <source>Checked today</source>
        <translation>今日確認した</translation>
    </message>
    <message>
        <source>Add partner to inform</source>
        <translation>連絡すべき取引先を追加</translation>
    </message>
    <message>
        <source>Edit partner to inform</source>
        <translation>連絡すべき取引先を編集</translation>
    </message>
    <message>
        <source>A business partner or overseas site to tell when an incident may reach them (Emotet spreads through partners&apos; mail).</source>
        <translation>インシデントが及ぶおそれがあるときに連絡する取引先や海外拠点です（Emotet は取引先とのメールを通じて広がります）。</translation>
    </message>
    <message>
        <source>&amp;Partner:</source>
        <translation>取引先(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Who there:</source>
        <translation>先方の担当者(&amp;W):</translation>
    </message>
    <message>
        <source>&amp;How:</source>
        <translation>連絡方法(&amp;H):</translation>
    </message>
    <message>
        <source>&amp;Number or address:</source>
        <translation>番号・アドレス(&amp;N):</translation>
    </message>
    <message>
        <source>Inform of:</source>
        <translation>連絡するインシデント:</translation>
    </message>
    <message>
        <source>O&amp;verseas site:</source>
        <translation>海外拠点(&amp;V):</translation>
    </message>
    <message>
        <source>Name the partner.</source>
        <translation>取引先の名前を入力してください。</translation>
    </message>
    <message>
        <source>Add timeline entry</source>
        <translation>経過を追加</translation>
    </message>
    <message>
        <source>Edit timeline entry</source>
        <translation>経過を編集</translation>
    </message>
    <message>
        <source>What was seen, done, decided or whom you contacted, and when. A tag marks what the legal clock reads (the reports made).</source>
        <translation>いつ、何を確認し、行い、判断し、誰に連絡したかを記録します。タグを付けると、報告期限の計算に使われます（報告済みなど）。</translation>
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation>日時(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>内容(&amp;W):</translation>
    </message>
    <message>
        <source>T&amp;ag:</source>
        <translation>タグ(&amp;A):</translation>
    </message>
    <message>
        <source>Say what happened, or pick a tag.</source>
        <translation>内容を入力するか、タグを選んでください。</translation>
    </message>
    <message>
        <source>Add follow-up action</source>
        <translation>再発防止策を追加</translation>
    </message>
    <message>
        <source>Edit follow-up action</source>
        <translation>再発防止策を編集</translation>
    </message>
    <message>
        <source>Something to do so that it does not happen again.</source>
        <translation>再発を防ぐために行うことです。</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>対策(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>担当者(&amp;O):</translation>
    </message>
    <message>
        <source>D&amp;ue:</source>
        <translation>期限(&amp;U):</translation>
    </message>
    <message>
        <source>Say what is to be done.</source>
        <translation>行うことを入力してください。</translation>
    </message>
    <message>
        <source>Add step</source>
        <translation>手順を追加</translation>
    </message>
    <message>
        <source>Edit step</source>
        <translation>手順を編集</translation>
    </message>
    <message>
        <source>One step of the playbook, as the person on duty reads it.</source>
        <translation>対応手順の 1 つの手順です。当番の人が読んで分かるように書いてください。</translation>
    </message>
    <message>
        <source>&amp;Step:</source>
        <translation>手順(&amp;S):</translation>
    </message>
    <message>
        <source>Say what the step is.</source>
        <translation>手順の内容を入力してください。</translation>
    </message>
    <message>
        <source>Wh&amp;o:</source>
        <translation>担当者(&amp;O):</translation>
    </message>
    <message>
        <source>Do&amp;ne:</source>
        <translation>完了日(&amp;N):</translation>
    </message>
</context>
<context>
    <name>kamae::ui::IncidentNoticeDialog</name>
    <message>
        <source>Copied</source>
        <translation>コピーしました</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <source>Partner notice</source>
        <translation>取引先への連絡</translation>
    </message>
    <message>
        <source>No partner on the Partners tab is to be told of this kind of incident. Here is a message for all the same; list the partners to tell on the Partners tab.</source>
        <translation>この種類のインシデントを連絡する取引先は、取引先タブに登録されていません。全員あての文面を示します。連絡すべき取引先を取引先タブに登録してください。</translation>
    </message>
    <message numerus="yes">
        <source>%n partner(s) to tell of this kind of incident. Pick one for a message addressed to them, or the first line for one to all; adapt it, copy it and send it the way the partner asked (phone, mail or portal).</source>
        <translation>
            <numerusform>この種類のインシデントを連絡する取引先は %n 社です。取引先を選ぶとその取引先あての文面、先頭の行を選ぶと全員あての文面になります。内容を調整してコピーし、先方の指定する方法（電話、メール、ポータル）で伝えてください。</numerusform>
        </translation>
    </message>
    <message>
        <source>All partners (one message)</source>
        <translation>すべての取引先（共通の文面）</translation>
    </message>
    <message>
        <source>Message &amp;language:</source>
        <translation>文面の言語(&amp;L):</translation>
    </message>
</context>
<context>
    <name>kamae::ui::IncidentPlaybookPanel</name>
    <message>
        <source>(not adopted)</source>
        <translation>（未採用）</translation>
    </message>
    <message>
        <source>The company&apos;s playbook: the incident log&apos;s checklist for this kind. Edit it to fit; Reset brings back Kamae&apos;s steps.</source>
        <translation>自社の対応手順です。この種類のインシデントのチェックリストになります。自社に合わせて編集してください。「Kamae の手順に戻す」で Kamae の手順に戻せます。</translation>
    </message>
    <message>
        <source>Kamae&apos;s steps (from METI&apos;s and IPA&apos;s advice). Adopt them as they are, or edit them: either makes them the company&apos;s.</source>
        <translation>Kamae の手順（経済産業省と IPA の注意喚起から）です。そのまま採用するか、編集してください。どちらでも自社の対応手順になります。</translation>
    </message>
    <message>
        <source>Adopt Kamae&apos;s steps</source>
        <translation>Kamae の手順を採用</translation>
    </message>
    <message>
        <source>Add step…</source>
        <translation>手順を追加…</translation>
    </message>
    <message>
        <source>Edit step…</source>
        <translation>手順を編集…</translation>
    </message>
    <message>
        <source>Remove step</source>
        <translation>手順を削除</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上へ</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下へ</translation>
    </message>
    <message>
        <source>Reset to Kamae&apos;s steps</source>
        <translation>Kamae の手順に戻す</translation>
    </message>
</context>
<context>
    <name>kamae::ui::IncidentsPage</name>
    <message>
        <source>What happened and what was done, the legal clock for personal data, whom to call and whom to tell, and the first steps for each kind of incident.</source>
        <translation>起きたことと行った対応、個人データの報告期限、連絡先と連絡すべき取引先、インシデントの種類ごとの初動を記録します。</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>インシデント</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>連絡先</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>取引先</translation>
    </message>
    <message>
        <source>Playbooks</source>
        <translation>対応手順</translation>
    </message>
    <message>
        <source>No incident recorded</source>
        <translation>インシデントの記録はありません</translation>
    </message>
    <message>
        <source>When something happens (a strange e-mail opened, files encrypted, a lost laptop), record it here at once: Kamae shows the playbook&apos;s first steps and, if personal data is involved, the deadlines of the reports to the Commission. A drill can be recorded the same way.</source>
        <translation>何か起きたら（不審なメールを開いた、ファイルが暗号化された、ノート PC を紛失した）、すぐにここに記録してください。Kamae が対応手順の初動と、個人データが関わる場合は個人情報保護委員会への報告期限を示します。訓練も同じように記録できます。</translation>
    </message>
    <message>
        <source>Record an incident…</source>
        <translation>インシデントを記録…</translation>
    </message>
    <message>
        <source>Search incidents</source>
        <translation>インシデントを検索</translation>
    </message>
    <message>
        <source>Add &quot;%1&quot;</source>
        <translation>「%1」を追加</translation>
    </message>
    <message>
        <source>Edit &quot;%1&quot;</source>
        <translation>「%1」を編集</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot;?</source>
        <translation>「%1」を削除しますか？</translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot;</source>
        <translation>「%1」を削除</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>Address or page</source>
        <translation>アドレス・ページ</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>都道府県・業種</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>確認日</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>不足</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>取引先</translation>
    </message>
    <message>
        <source>Who there</source>
        <translation>先方の担当者</translation>
    </message>
    <message>
        <source>How</source>
        <translation>連絡方法</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>アドレス</translation>
    </message>
    <message>
        <source>Inform of</source>
        <translation>連絡するインシデント</translation>
    </message>
    <message>
        <source>Overseas</source>
        <translation>海外</translation>
    </message>
    <message>
        <source>Add playbook step</source>
        <translation>対応手順に手順を追加</translation>
    </message>
    <message>
        <source>Edit playbook step</source>
        <translation>対応手順の手順を編集</translation>
    </message>
    <message>
        <source>Remove playbook step</source>
        <translation>対応手順から手順を削除</translation>
    </message>
    <message>
        <source>Move playbook step</source>
        <translation>対応手順の手順を移動</translation>
    </message>
    <message>
        <source>Reset playbook</source>
        <translation>対応手順を戻す</translation>
    </message>
    <message>
        <source>Replace the company&apos;s steps for this kind with Kamae&apos;s? Steps you wrote go; ticks in past incidents keep their text.</source>
        <translation>この種類の自社の手順を Kamae の手順に置き換えますか？自分で書いた手順は削除されます。過去のインシデントのチェックは、その文面のまま残ります。</translation>
    </message>
    <message>
        <source>Reset playbook to Kamae&apos;s steps</source>
        <translation>対応手順を Kamae の手順に戻す</translation>
    </message>
    <message>
        <source>Adopt playbook: %1</source>
        <translation>対応手順を採用: %1</translation>
    </message>
    <message>
        <source>The directory already holds every entry Kamae ships.</source>
        <translation>Kamae が用意した連絡先はすべて登録済みです。</translation>
    </message>
    <message>
        <source>Add Kamae&apos;s contacts to the directory</source>
        <translation>Kamae の連絡先を追加</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) added. Fill in the numbers you checked, and the prefecture for the police.</source>
        <translation>
            <numerusform>%n 件を追加しました。確認した番号と、警察の都道府県を記入してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore &quot;%1&quot;</source>
        <translation>「%1」を元に戻す</translation>
    </message>
    <message>
        <source>A number, address or page</source>
        <translation>番号、アドレスまたはページ</translation>
    </message>
    <message>
        <source>Never checked</source>
        <translation>未確認</translation>
    </message>
    <message>
        <source>Not checked in 12 months</source>
        <translation>12 か月以上未確認</translation>
    </message>
    <message>
        <source>Every kind of contact the score asks for is listed and checked within 12 months.</source>
        <translation>スコアで求める連絡先は、すべて登録され、12 か月以内に確認されています。</translation>
    </message>
    <message>
        <source>Not yet listed, reachable and checked within 12 months: %1.</source>
        <translation>未登録、連絡手段なし、または 12 か月以上未確認: %1。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>すべての種類</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>編集…</translation>
    </message>
    <message>
        <source>The incident log, newest first</source>
        <translation>インシデントの記録（新しい順）</translation>
    </message>
    <message>
        <source>New incident…</source>
        <translation>新しいインシデント…</translation>
    </message>
    <message>
        <source>Edit details…</source>
        <translation>詳細を編集…</translation>
    </message>
    <message>
        <source>Whom to call: the public desks, the experts and your own responders</source>
        <translation>連絡先: 公的な窓口、専門家、自社の対応者</translation>
    </message>
    <message>
        <source>Add contact…</source>
        <translation>連絡先を追加…</translation>
    </message>
    <message>
        <source>Business partners and overseas sites to tell when an incident may reach them</source>
        <translation>インシデントが及ぶおそれがあるときに連絡する取引先と海外拠点</translation>
    </message>
    <message>
        <source>Add partner…</source>
        <translation>取引先を追加…</translation>
    </message>
    <message>
        <source>Restore Kamae&apos;s entry</source>
        <translation>Kamae の内容に戻す</translation>
    </message>
    <message>
        <source>Kamae&apos;s texts and address for this entry, as shipped</source>
        <translation>この連絡先を Kamae が用意した文面とアドレスに戻します</translation>
    </message>
    <message>
        <source>Add Kamae&apos;s entries</source>
        <translation>Kamae の連絡先を追加</translation>
    </message>
    <message>
        <source>IPA, JPCERT/CC, the police, the ministry, the Commission, the Otasuketai provider and the insurer</source>
        <translation>IPA、JPCERT/CC、警察、所管省庁、個人情報保護委員会、お助け隊サービス事業者、保険会社</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>インシデント</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Detected</source>
        <translation>検知</translation>
    </message>
    <message>
        <source>Legal clock</source>
        <translation>報告期限</translation>
    </message>
    <message>
        <source>Add timeline entry</source>
        <translation>経過を追加</translation>
    </message>
    <message>
        <source>Edit timeline entry</source>
        <translation>経過を編集</translation>
    </message>
    <message>
        <source>Delete timeline entry</source>
        <translation>経過を削除</translation>
    </message>
    <message>
        <source>Add follow-up action</source>
        <translation>再発防止策を追加</translation>
    </message>
    <message>
        <source>Edit follow-up action</source>
        <translation>再発防止策を編集</translation>
    </message>
    <message>
        <source>Delete follow-up action</source>
        <translation>再発防止策を削除</translation>
    </message>
    <message>
        <source>Drill</source>
        <translation>訓練</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n 日超過</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>残り %n 日</numerusform>
        </translation>
    </message>
    <message>
        <source>Preliminary report by %1 (%2)</source>
        <translation>速報 %1 まで（%2）</translation>
    </message>
    <message>
        <source>Final report by %1 (%2)</source>
        <translation>確報 %1 まで（%2）</translation>
    </message>
    <message>
        <source>Reports made</source>
        <translation>報告済み</translation>
    </message>
    <message>
        <source>Record incident &quot;%1&quot;</source>
        <translation>インシデント「%1」を記録</translation>
    </message>
    <message>
        <source>Recorded. Work through the playbook&apos;s first steps and note what you do in the timeline.</source>
        <translation>記録しました。対応手順の初動を順に進め、行ったことを経過に記録してください。</translation>
    </message>
    <message>
        <source>Edit incident &quot;%1&quot;</source>
        <translation>インシデント「%1」を編集</translation>
    </message>
    <message>
        <source>Delete incident</source>
        <translation>インシデントを削除</translation>
    </message>
    <message>
        <source>Delete the incident &quot;%1&quot; with its timeline, follow-ups and ticks?</source>
        <translation>インシデント「%1」を、経過、再発防止策、チェックとともに削除しますか？</translation>
    </message>
    <message>
        <source>Delete incident &quot;%1&quot;</source>
        <translation>インシデント「%1」を削除</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was deleted. Undo (Ctrl+Z) brings it back.</source>
        <translation>「%1」を削除しました。元に戻す（Ctrl+Z）で戻せます。</translation>
    </message>
    <message>
        <source>Close incident</source>
        <translation>インシデントを完了</translation>
    </message>
    <message>
        <source>What did you learn, and what will you change? (You can leave it empty and add it later; the score counts an incident as reviewed once its lessons are recorded.)</source>
        <translation>何が分かり、何を変えますか？（空欄のまま後で追加することもできます。教訓を記録すると、スコアではそのインシデントを振り返り済みとして数えます。）</translation>
    </message>
    <message>
        <source>Close incident &quot;%1&quot;</source>
        <translation>インシデント「%1」を完了</translation>
    </message>
    <message>
        <source>Closed without lessons learned. Record them when you can: they are what the next incident gains.</source>
        <translation>教訓を記録せずに完了しました。次のインシデントに生かせるよう、できるだけ早く記録してください。</translation>
    </message>
    <message>
        <source>Closed. Undo (Ctrl+Z) opens it again.</source>
        <translation>完了しました。元に戻す（Ctrl+Z）で対応中に戻せます。</translation>
    </message>
    <message>
        <source>The decision not to pay is already in the timeline.</source>
        <translation>身代金を支払わない判断は、すでに経過に記録されています。</translation>
    </message>
    <message>
        <source>Decided not to pay any ransom and not to contact the attacker.</source>
        <translation>身代金は支払わず、攻撃者とも連絡を取らないと判断した。</translation>
    </message>
    <message>
        <source>Record decision: no ransom paid</source>
        <translation>判断を記録: 身代金は支払わない</translation>
    </message>
    <message>
        <source>Tick playbook step</source>
        <translation>対応手順をチェック</translation>
    </message>
    <message>
        <source>Untick playbook step</source>
        <translation>対応手順のチェックを外す</translation>
    </message>
    <message>
        <source>Deleted. Undo (Ctrl+Z) brings it back.</source>
        <translation>削除しました。元に戻す（Ctrl+Z）で戻せます。</translation>
    </message>
    <message>
        <source>Print (PDF)</source>
        <translation>印刷（PDF）</translation>
    </message>
    <message>
        <source>The incident report, or the incident card with the first steps and the numbers to call, on A4</source>
        <translation>インシデントレポート、または初動と連絡先を載せたインシデント対応カードを A4 で出力します</translation>
    </message>
    <message>
        <source>Incident report…</source>
        <translation>インシデントレポート…</translation>
    </message>
    <message>
        <source>The selected incident, for the police, the insurer or a business partner</source>
        <translation>選んだインシデントのレポート（警察、保険会社、取引先向け）</translation>
    </message>
    <message>
        <source>Incident card (A4)…</source>
        <translation>インシデント対応カード（A4）…</translation>
    </message>
    <message>
        <source>Wallet cards…</source>
        <translation>携帯用カード…</translation>
    </message>
    <message>
        <source>Select the incident to report on in the log.</source>
        <translation>レポートを作るインシデントを一覧で選んでください。</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>PDF として保存</translation>
    </message>
</context>
<context>
    <name>kamae::ui::LockedPage</name>
    <message>
        <source>Kamae is locked</source>
        <translation>Kamae はロックされています</translation>
    </message>
    <message>
        <source>&amp;Unlock…</source>
        <translation>ロック解除(&amp;U)…</translation>
    </message>
    <message>
        <source>&amp;Close vault</source>
        <translation>保管庫を閉じる(&amp;C)</translation>
    </message>
    <message>
        <source>The latest changes are not saved yet: %1
They are kept in memory and Kamae keeps trying. Unlock to keep working, or fix the cause.</source>
        <translation>最新の変更はまだ保存されていません: %1
変更はメモリ上に保持され、Kamae が保存を再試行し続けます。作業を続けるにはロックを解除するか、原因を取り除いてください。</translation>
    </message>
</context>
<context>
    <name>kamae::ui::MainWindow</name>
    <message>
        <source>Kamae</source>
        <translation>Kamae</translation>
    </message>
    <message>
        <source>%1 — Kamae</source>
        <translation>%1 — Kamae</translation>
    </message>
    <message>
        <source>Open vault</source>
        <translation>保管庫を開く</translation>
    </message>
    <message>
        <source>Kamae data files (*.kamae);;Backup copies (*.kamae.bak *.bak);;All files (*)</source>
        <translation>Kamae 保管庫ファイル (*.kamae);;バックアップ (*.kamae.bak *.bak);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>The data was upgraded for this version. The file as it was is kept as %1.</source>
        <translation>このバージョン用にデータを更新しました。更新前のファイルは %1 として残してあります。</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>保存できませんでした</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>再試行</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>保存せずに閉じる</translation>
    </message>
    <message>
        <source>Keep it open</source>
        <translation>開いたままにする</translation>
    </message>
    <message>
        <source>The passphrase was changed.</source>
        <translation>パスフレーズを変更しました。</translation>
    </message>
    <message>
        <source>New recovery code</source>
        <translation>回復コードの再発行</translation>
    </message>
    <message>
        <source>Kamae will issue a new recovery code. The old one stops working at once, so destroy the old sheet afterwards. Continue?</source>
        <translation>新しい回復コードを発行します。古い回復コードはただちに使えなくなるため、発行後は古い用紙を廃棄してください。続行しますか？</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Undo: %1</source>
        <translation>元に戻す(&amp;U): %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>やり直す(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Redo: %1</source>
        <translation>やり直す(&amp;R): %1</translation>
    </message>
    <message>
        <source>About Kamae</source>
        <translation>Kamae について</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Kamae %1&lt;/h3&gt;&lt;p&gt;Your company&apos;s security posture in one encrypted file, for small and medium enterprises. Built on the measures of the Japanese government&apos;s alert on strengthening cybersecurity.&lt;/p&gt;&lt;p&gt;Works fully offline. Your data never leaves this computer.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Kamae %1&lt;/h3&gt;&lt;p&gt;自社のセキュリティ対策状況を一つの暗号化ファイルで管理する、中小企業のためのアプリケーションです。政府の注意喚起「サイバーセキュリティ対策の強化について」に掲げられた対策に基づいています。&lt;/p&gt;&lt;p&gt;完全にオフラインで動作し、データがこのコンピューターの外に送られることはありません。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New vault…</source>
        <translation>保管庫を新規作成(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open vault…</source>
        <translation>保管庫を開く(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Save now</source>
        <translation>今すぐ保存(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>ロック(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Close vault</source>
        <translation>保管庫を閉じる(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>移動(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Kamae</source>
        <translation>Kamae について(&amp;A)</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>メインツールバー</translation>
    </message>
    <message>
        <source>Lock Kamae now (Ctrl+L): the data is wiped from memory</source>
        <translation>今すぐロックします（Ctrl+L）。データはメモリから消去されます</translation>
    </message>
    <message>
        <source>Open the demo company</source>
        <translation>デモ会社を開く</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>ユーザーガイド(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>キーボード ショートカット(&amp;K)</translation>
    </message>
    <message>
        <source>Open the &amp;demo company</source>
        <translation>デモ会社を開く(&amp;D)</translation>
    </message>
    <message>
        <source>Opens a made-up company with a year of records, to look around (passphrase: %1)</source>
        <translation>1 年分の記録が入った架空の会社を開き、操作を試せます（パスフレーズ: %1）</translation>
    </message>
</context>
<context>
    <name>kamae::ui::MessageBar</name>
    <message>
        <source>Close this message</source>
        <translation>このメッセージを閉じます</translation>
    </message>
</context>
<context>
    <name>kamae::ui::ModulePage</name>
    <message numerus="yes">
        <source>%n row(s) you changed no longer match the search or filters and are hidden.</source>
        <translation>
            <numerusform>変更した %n 行は検索・絞り込みの条件に一致しなくなったため、表示されていません。</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>検索・絞り込みを解除</translation>
    </message>
    <message>
        <source>%1 cannot be imported here. This page imports %2 files.</source>
        <translation>%1 はここでは取り込めません。この画面で取り込めるのは %2 ファイルです。</translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>You can undo this with Edit → Undo.</source>
        <translation>「編集」→「元に戻す」で取り消すことができます。</translation>
    </message>
</context>
<context>
    <name>kamae::ui::NewPassphrase</name>
    <message>
        <source>&amp;Repeat:</source>
        <translation>確認のため再入力(&amp;R):</translation>
    </message>
    <message>
        <source>The passphrase needs at least %1 characters.</source>
        <translation>パスフレーズは %1 文字以上にしてください。</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>2 つのパスフレーズが一致しません。</translation>
    </message>
</context>
<context>
    <name>kamae::ui::OrganisationEditCommand</name>
    <message>
        <source>Edit organisation profile</source>
        <translation>組織情報の編集</translation>
    </message>
</context>
<context>
    <name>kamae::ui::OrganisationPage</name>
    <message>
        <source>Organisation</source>
        <translation>組織情報</translation>
    </message>
    <message>
        <source>Manufacturing</source>
        <translation>製造業</translation>
    </message>
    <message>
        <source>Construction</source>
        <translation>建設業</translation>
    </message>
    <message>
        <source>Wholesale</source>
        <translation>卸売業</translation>
    </message>
    <message>
        <source>Retail</source>
        <translation>小売業</translation>
    </message>
    <message>
        <source>Information and communications</source>
        <translation>情報通信業</translation>
    </message>
    <message>
        <source>Transport and logistics</source>
        <translation>運輸業・物流業</translation>
    </message>
    <message>
        <source>Medical and welfare</source>
        <translation>医療・福祉</translation>
    </message>
    <message>
        <source>Accommodation and food service</source>
        <translation>宿泊業・飲食サービス業</translation>
    </message>
    <message>
        <source>Real estate</source>
        <translation>不動産業</translation>
    </message>
    <message>
        <source>Finance and insurance</source>
        <translation>金融業・保険業</translation>
    </message>
    <message>
        <source>Professional and technical services</source>
        <translation>専門・技術サービス業</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>教育・学習支援業</translation>
    </message>
    <message>
        <source>Other services</source>
        <translation>その他のサービス業</translation>
    </message>
    <message>
        <source>The organisation needs a name; the previous name was kept.</source>
        <translation>組織名は空にできません。変更前の名称のままにしました。</translation>
    </message>
    <message numerus="yes">
        <source>%n site(s)</source>
        <translation>
            <numerusform>拠点 %n か所</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overseas</source>
        <translation>
            <numerusform>うち海外 %n か所</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n employee(s)</source>
        <translation>
            <numerusform>従業員 %n 名</numerusform>
        </translation>
    </message>
    <message>
        <source>New site</source>
        <translation>新しい拠点</translation>
    </message>
    <message>
        <source>Remove sites</source>
        <translation>拠点の削除</translation>
    </message>
    <message>
        <source>Remove %1? You can undo this with Edit → Undo.</source>
        <translation>「%1」を削除しますか？「編集」→「元に戻す」で取り消すことができます。</translation>
    </message>
    <message>
        <source>Organisation profile</source>
        <translation>組織情報</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>基本情報</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>組織名(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Industry:</source>
        <translation>業種(&amp;I):</translation>
    </message>
    <message>
        <source>&amp;Employees:</source>
        <translation>従業員数(&amp;E):</translation>
    </message>
    <message>
        <source>&amp;SECURITY ACTION:</source>
        <translation>SECURITY ACTION(&amp;S):</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>備考(&amp;O):</translation>
    </message>
    <message>
        <source>Not declared</source>
        <translation>未宣言</translation>
    </message>
    <message>
        <source>★ One star (five basic pledges)</source>
        <translation>★ 一つ星（情報セキュリティ5か条）</translation>
    </message>
    <message>
        <source>★★ Two stars (self-check and basic policy)</source>
        <translation>★★ 二つ星（自社診断と基本方針）</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>拠点</translation>
    </message>
    <message>
        <source>List every office, factory and warehouse, and mark overseas ones: the METI alert asks that overseas sites get the same measures as domestic ones.</source>
        <translation>事務所・工場・倉庫などの拠点をすべて登録し、海外拠点には「海外」の印を付けてください。経済産業省の注意喚起では、海外拠点にも国内と同様の対策を求めています。</translation>
    </message>
    <message>
        <source>&amp;Add site</source>
        <translation>拠点を追加(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>削除(&amp;R)…</translation>
    </message>
</context>
<context>
    <name>kamae::ui::OwnerCombo</name>
    <message>
        <source>(not assigned)</source>
        <translation>（未定）</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部署</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>担当者</translation>
    </message>
    <message>
        <source>left</source>
        <translation>退職済み</translation>
    </message>
    <message>
        <source>“%1” is not in the list of people and departments. Choose an entry of the list, or add it on the Organisation page first.</source>
        <translation>「%1」は担当者・部署の一覧にありません。一覧から選ぶか、先に「組織情報」画面で追加してください。</translation>
    </message>
</context>
<context>
    <name>kamae::ui::PassphraseField</name>
    <message>
        <source>Hide</source>
        <translation>非表示</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>表示</translation>
    </message>
    <message>
        <source>Show or hide the passphrase</source>
        <translation>パスフレーズの表示／非表示を切り替えます</translation>
    </message>
    <message>
        <source>Weak passphrase</source>
        <translation>弱いパスフレーズ</translation>
    </message>
    <message>
        <source>%1

Use this passphrase anyway?</source>
        <translation>%1

このパスフレーズをそのまま使用しますか？</translation>
    </message>
</context>
<context>
    <name>kamae::ui::PatchCells</name>
    <message>
        <source>Exploited, ransomware</source>
        <translation>悪用あり・ランサムウェア</translation>
    </message>
    <message>
        <source>Exploited</source>
        <translation>悪用あり</translation>
    </message>
</context>
<context>
    <name>kamae::ui::PatchCommands</name>
    <message numerus="yes">
        <source>Dismiss %n proposal(s)</source>
        <translation>
            <numerusform>対応候補 %n 件を除外</numerusform>
        </translation>
    </message>
    <message>
        <source>Add alias</source>
        <translation>別名を追加</translation>
    </message>
    <message>
        <source>Remove alias</source>
        <translation>別名を削除</translation>
    </message>
    <message>
        <source>Edit alias</source>
        <translation>別名を編集</translation>
    </message>
</context>
<context>
    <name>kamae::ui::PatchEditorDialog</name>
    <message>
        <source>Edit patch item</source>
        <translation>修正プログラムの編集</translation>
    </message>
    <message>
        <source>New patch item</source>
        <translation>修正プログラムの追加</translation>
    </message>
    <message>
        <source>e.g. 7.0.14, or the monthly update</source>
        <translation>例: 7.0.14、月例の更新プログラム</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>Set the due date from the found date and the policy in Settings.</source>
        <translation>発見日と、「設定」画面の対応期限の方針から期限を決めます。</translation>
    </message>
    <message>
        <source>Why is it acceptable not to apply this update for now? What reduces the risk meanwhile?</source>
        <translation>今は適用しなくてもよい理由と、それまでの間にリスクを下げる手立てを書いてください。</translation>
    </message>
    <message>
        <source>What needs updating</source>
        <translation>更新の対象</translation>
    </message>
    <message>
        <source>How urgent</source>
        <translation>緊急度</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>The due date is before the date it was found.</source>
        <translation>対応期限が発見日より前になっています。</translation>
    </message>
    <message>
        <source>(the asset&apos;s owner)</source>
        <translation>（資産の担当）</translation>
    </message>
    <message>
        <source>Who applies this update: a person or a department from the list kept on the Organisation page. Left empty, the asset&apos;s owner answers for it.</source>
        <translation>このアップデートを適用する担当者または部署です（「組織情報」画面の一覧から選択）。空欄の場合は資産の担当が受け持ちます。</translation>
    </message>
    <message>
        <source>&amp;Known to be exploited (listed in KEV)</source>
        <translation>悪用が確認されている（KEV 掲載）(&amp;K)</translation>
    </message>
    <message>
        <source>Used in ransomware ca&amp;mpaigns</source>
        <translation>ランサムウェア攻撃で使われている(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;By policy</source>
        <translation>方針どおり(&amp;B)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>&amp;Asset</source>
        <translation>資産(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Product</source>
        <translation>製品(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Installed version</source>
        <translation>導入中のバージョン(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Update that fixes it</source>
        <translation>修正版・更新プログラム(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;CVE ids</source>
        <translation>CVE 番号(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;JVN ids</source>
        <translation>JVN 番号(&amp;J)</translation>
    </message>
    <message>
        <source>&amp;Owner</source>
        <translation>担当(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>備考(&amp;N)</translation>
    </message>
    <message>
        <source>CVSS &amp;score</source>
        <translation>CVSS 値(&amp;S)</translation>
    </message>
    <message>
        <source>Se&amp;verity</source>
        <translation>深刻度(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Found</source>
        <translation>発見日(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Due</source>
        <translation>対応期限(&amp;D)</translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation>状態(&amp;T)</translation>
    </message>
    <message>
        <source>App&amp;lied on</source>
        <translation>適用日(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Reason for accepting</source>
        <translation>受容の理由(&amp;R)</translation>
    </message>
    <message>
        <source>Revie&amp;w on</source>
        <translation>見直し日(&amp;W)</translation>
    </message>
</context>
<context>
    <name>kamae::ui::PatchTableModel</name>
    <message>
        <source>%1 (review due)</source>
        <translation>%1（見直し時期）</translation>
    </message>
    <message>
        <source>Listed as exploited in the wild and used in ransomware campaigns.</source>
        <translation>実際の攻撃での悪用が確認され、ランサムウェア攻撃にも使われています。</translation>
    </message>
    <message>
        <source>Listed as exploited in the wild.</source>
        <translation>実際の攻撃での悪用が確認されています。</translation>
    </message>
    <message numerus="yes">
        <source>Overdue by %n day(s).</source>
        <translation>
            <numerusform>期限を %n 日過ぎています。</numerusform>
        </translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>資産</translation>
    </message>
    <message>
        <source>Importance</source>
        <translation>重要度</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>製品</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>導入中</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>修正版</translation>
    </message>
    <message>
        <source>CVE / JVN</source>
        <translation>CVE / JVN</translation>
    </message>
    <message>
        <source>Severity (CVSS)</source>
        <translation>深刻度（CVSS）</translation>
    </message>
    <message>
        <source>Known exploited</source>
        <translation>悪用状況</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>発見日</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>対応期限</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>適用済み</translation>
    </message>
    <message>
        <source>Notes / reason</source>
        <translation>備考・受容理由</translation>
    </message>
</context>
<context>
    <name>kamae::ui::PatchesPage</name>
    <message>
        <source>Patches</source>
        <translation>脆弱性対策</translation>
    </message>
    <message>
        <source>All assets</source>
        <translation>すべての資産</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>未記録</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 日</numerusform>
        </translation>
    </message>
    <message>
        <source>End of support</source>
        <translation>サポート終了</translation>
    </message>
    <message numerus="yes">
        <source>Devices and software not updated in the last %n day(s), with no date recorded, or no longer supported by their maker. Record the date of each update in the asset (Assets → Edit → Last updated). The period is set in Settings.</source>
        <translation>
            <numerusform>%n 日以上更新されていない機器・ソフトウェア、更新日が未記録のもの、メーカーのサポートが終了したものです。更新したら資産の「最終更新日」を記録してください（「情報資産」→「編集」）。日数は「設定」画面で変えられます。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open</source>
        <translation>
            <numerusform>未対応 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>期限超過 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n known exploited</source>
        <translation>
            <numerusform>悪用確認済み %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n risk acceptance(s) to review</source>
        <translation>
            <numerusform>見直し時期のリスク受容 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n proposal(s)</source>
        <translation>
            <numerusform>対応候補 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stale asset(s)</source>
        <translation>
            <numerusform>未更新の資産 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Proposals (%1)</source>
        <translation>対応候補（%1）</translation>
    </message>
    <message>
        <source>Not updated (%1)</source>
        <translation>未更新の資産（%1）</translation>
    </message>
    <message>
        <source>Add patch item</source>
        <translation>修正プログラムの追加</translation>
    </message>
    <message>
        <source>Edit patch item</source>
        <translation>修正プログラムの編集</translation>
    </message>
    <message numerus="yes">
        <source>Mark %n item(s) applied</source>
        <translation>
            <numerusform>%n 件を適用済みにする</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Accept the risk of %n item(s)</source>
        <translation>
            <numerusform>%n 件のリスクを受容</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete patch items</source>
        <translation>修正プログラムの削除</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n patch item(s)? You can undo this with Ctrl+Z.</source>
        <translation>
            <numerusform>修正プログラム %n 件を削除しますか？ Ctrl+Z で元に戻せます。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n patch item(s)</source>
        <translation>
            <numerusform>修正プログラム %n 件を削除</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Confirm %n proposal(s)</source>
        <translation>
            <numerusform>対応候補 %n 件を登録</numerusform>
        </translation>
    </message>
    <message>
        <source>Patch items</source>
        <translation>修正プログラム</translation>
    </message>
    <message>
        <source>Feeds and aliases</source>
        <translation>脆弱性情報と別名</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>追加…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>編集…</translation>
    </message>
    <message>
        <source>Applied today</source>
        <translation>本日適用済み</translation>
    </message>
    <message>
        <source>Mark the selected items as applied today</source>
        <translation>選択した項目を本日適用済みにします</translation>
    </message>
    <message>
        <source>Accept risk…</source>
        <translation>リスク受容…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Search asset, product, CVE, notes (Ctrl+F)</source>
        <translation>資産・製品・CVE・備考で検索（Ctrl+F）</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未対応</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>期限超過</translation>
    </message>
    <message>
        <source>Known exploited</source>
        <translation>悪用確認済み</translation>
    </message>
    <message>
        <source>Risk accepted</source>
        <translation>リスク受容</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>適用済み</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>すべての状態</translation>
    </message>
    <message>
        <source>Confirm as patch items</source>
        <translation>修正プログラムとして登録</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>除外</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>資産</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種別</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>製品</translation>
    </message>
    <message>
        <source>Last updated</source>
        <translation>最終更新日</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>経過</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>サポート</translation>
    </message>
    <message>
        <source>Add a patch item (Insert)</source>
        <translation>修正プログラムを追加します（Insert）</translation>
    </message>
    <message>
        <source>To review (%1)</source>
        <translation>確認待ち（%1）</translation>
    </message>
    <message>
        <source>Probably fixed by an update (%1)</source>
        <translation>アップデートで修正済みの可能性あり（%1）</translation>
    </message>
    <message>
        <source>All (%1)</source>
        <translation>すべて（%1）</translation>
    </message>
    <message>
        <source>Matches between the imported feeds and the vendor, product and version of your assets. Confirm what applies (it becomes a patch item with a due date by policy) and dismiss what does not; a dismissal is remembered for that asset. Hover a row for the description. A vulnerability the feed listed before the asset&apos;s last update is shown under &quot;Probably fixed&quot;: that update probably brought the fix, so it is not counted as open.</source>
        <translation>取り込んだフィードと、資産のベンダー・製品・バージョンが一致したものです。該当するものは登録し（方針に従った対応期限付きの修正プログラムになります）、該当しないものは除外してください。除外はその資産について記憶されます。行にマウスポインターを合わせると説明が表示されます。資産の最終更新より前にフィードに掲載された脆弱性は「修正済みの可能性あり」に表示されます。その更新で修正された可能性が高いため、未対応には数えません。</translation>
    </message>
    <message>
        <source>Which proposals to show</source>
        <translation>表示する対応候補</translation>
    </message>
    <message numerus="yes">
        <source>%n patch item(s) no longer match the search or filters and are hidden.</source>
        <translation>
            <numerusform>修正プログラム %n 件が検索・絞り込みの条件に一致しなくなったため、表示されていません。</numerusform>
        </translation>
    </message>
    <message>
        <source>A feed is being imported. Drop %1 again when it is done.</source>
        <translation>脆弱性情報の取り込み中です。完了してから %1 をもう一度ドロップしてください。</translation>
    </message>
    <message>
        <source>The updates your assets still need, with due dates by policy: what the vulnerability feeds propose for your products, what is overdue, and which devices nobody has updated lately.</source>
        <translation>情報資産にまだ必要なアップデートを、方針に従った対応期限とともに管理します。脆弱性情報から挙がった自社製品の対応候補、期限超過のもの、しばらく誰も更新していない機器を確認できます。</translation>
    </message>
    <message>
        <source>No patch items yet</source>
        <translation>修正プログラムはまだ登録されていません</translation>
    </message>
    <message>
        <source>Import a vulnerability feed (the KEV catalogue or JVN iPedia) and confirm the proposals that concern your assets, or add an item by hand. You can also drop a feed file here.</source>
        <translation>脆弱性情報（KEV カタログまたは JVN iPedia）を取り込んで、自社の資産に該当する対応候補を登録するか、修正プログラムを手動で追加してください。脆弱性情報のファイルは、ここにドロップしても取り込めます。</translation>
    </message>
    <message>
        <source>Import a feed…</source>
        <translation>脆弱性情報を取り込む…</translation>
    </message>
    <message>
        <source>Add an item…</source>
        <translation>修正プログラムを追加…</translation>
    </message>
</context>
<context>
    <name>kamae::ui::PdfSaving</name>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF ファイル (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <source>Saved %1 (%n page(s)).</source>
        <translation>
            <numerusform>%1 を保存しました（%n ページ）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kamae::ui::PeopleCommands</name>
    <message>
        <source>Add %1</source>
        <translation>「%1」の追加</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>「%1」の編集</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>「%1」の削除</translation>
    </message>
    <message>
        <source>Assign the owner of an action</source>
        <translation>次にやるべきことへの担当の割り当て</translation>
    </message>
    <message>
        <source>Import people from %1</source>
        <translation>%1 から担当者・部署を取り込み</translation>
    </message>
</context>
<context>
    <name>kamae::ui::PeopleImportDialog</name>
    <message>
        <source>Import people and departments</source>
        <translation>担当者・部署の取り込み</translation>
    </message>
    <message>
        <source>An entry already in the list (the same e-mail address, else the same name) is updated with the file&apos;s values; empty cells leave its values as they are.</source>
        <translation>一覧にすでにある項目（メールアドレスが同じもの、なければ名前が同じもの）はファイルの値で更新します。空のセルの項目は変更しません。</translation>
    </message>
    <message>
        <source>Becomes</source>
        <translation>取り込み結果</translation>
    </message>
    <message>
        <source>New entry</source>
        <translation>新規</translation>
    </message>
    <message>
        <source>Already up to date</source>
        <translation>変更なし</translation>
    </message>
    <message>
        <source>Updates “%1”: %2</source>
        <translation>「%1」を更新: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n new entry(s)</source>
        <translation>
            <numerusform>新規 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) updated</source>
        <translation>
            <numerusform>更新 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already up to date</source>
        <translation>
            <numerusform>変更なし %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have errors and will be left out</source>
        <translation>
            <numerusform>誤りのある %n 行は取り込みません</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n empty row(s) skipped</source>
        <translation>
            <numerusform>空の行 %n 行をスキップ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import the %n good row(s)</source>
        <translation>
            <numerusform>正しい %n 行を取り込む</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n row(s)</source>
        <translation>
            <numerusform>%n 行を取り込む</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kamae::ui::PeopleModel</name>
    <message>
        <source>Department</source>
        <translation>部署</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>担当者</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>ふりがな</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>役職</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>連絡先</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>入社日</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>退職日</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>メールアドレス</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話番号</translation>
    </message>
    <message>
        <source>Staff or outside</source>
        <translation>社員・外部</translation>
    </message>
    <message>
        <source>Outside</source>
        <translation>外部</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>社員</translation>
    </message>
    <message>
        <source>Outside the company: not counted as a trainee</source>
        <translation>社外の人: 受講率の対象に数えません</translation>
    </message>
</context>
<context>
    <name>kamae::ui::PeoplePanel</name>
    <message>
        <source>Delete people and departments</source>
        <translation>担当者・部署の削除</translation>
    </message>
    <message>
        <source>Delete %1? The records they own are left without an owner. You can undo this with Edit → Undo.</source>
        <translation>「%1」を削除しますか？担当している記録は担当が未定になります。「編集」→「元に戻す」で取り消すことができます。</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n entries</source>
        <translation>
            <numerusform>担当者・部署 %n 件の削除</numerusform>
        </translation>
    </message>
    <message>
        <source>People and departments</source>
        <translation>担当者・部署</translation>
    </message>
    <message>
        <source>The people and departments that own assets, patch items, backup jobs and next actions. Owners are chosen from this list.</source>
        <translation>情報資産・修正プログラム・バックアップ計画・次にやるべきことを受け持つ担当者と部署です。各記録の担当はこの一覧から選びます。</translation>
    </message>
    <message>
        <source>Add &amp;person or department…</source>
        <translation>担当者・部署を追加(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>編集(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>削除(&amp;D)…</translation>
    </message>
    <message>
        <source>No people or departments yet</source>
        <translation>担当者・部署はまだ登録されていません</translation>
    </message>
    <message>
        <source>List the people and departments who look after the company&apos;s assets, patches and backups; owners are chosen from this list.</source>
        <translation>会社の情報資産・修正プログラム・バックアップを受け持つ担当者と部署を登録してください。各記録の担当はこの一覧から選びます。</translation>
    </message>
    <message>
        <source>Add the first person or department…</source>
        <translation>最初の担当者・部署を追加…</translation>
    </message>
    <message>
        <source>Import people and departments</source>
        <translation>担当者・部署の取り込み</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx);;All files (*)</source>
        <translation>表計算ファイル (*.csv *.xlsx);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Imported %1: %2 added, %3 updated.</source>
        <translation>%1 を取り込みました: 追加 %2 件、更新 %3 件。</translation>
    </message>
    <message>
        <source>%1 cannot be imported here. The people list imports .csv and .xlsx files.</source>
        <translation>%1 はここでは取り込めません。担当者・部署の一覧に取り込めるのは .csv と .xlsx のファイルです。</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>取り込み(&amp;I)…</translation>
    </message>
</context>
<context>
    <name>kamae::ui::PersonDialog</name>
    <message>
        <source>Edit person or department</source>
        <translation>担当者・部署の編集</translation>
    </message>
    <message>
        <source>New person or department</source>
        <translation>担当者・部署の追加</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>種類(&amp;K):</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Reading:</source>
        <translation>ふりがな(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>部署(&amp;D):</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>役職(&amp;O):</translation>
    </message>
    <message>
        <source>&amp;Joined:</source>
        <translation>入社日(&amp;J):</translation>
    </message>
    <message>
        <source>&amp;Left:</source>
        <translation>退職日(&amp;L):</translation>
    </message>
    <message>
        <source>Not&amp;es:</source>
        <translation>備考(&amp;E):</translation>
    </message>
    <message>
        <source>E-&amp;mail:</source>
        <translation>メールアドレス(&amp;M):</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>電話番号(&amp;P):</translation>
    </message>
    <message>
        <source>Other &amp;contact:</source>
        <translation>その他の連絡先(&amp;C):</translation>
    </message>
    <message>
        <source>O&amp;utside the company (not staff)</source>
        <translation>社外の人（社員ではない）(&amp;U)</translation>
    </message>
    <message>
        <source>A vendor&apos;s engineer, an advisor or a contractor: they can own records and be contacted, but are not counted in training coverage.</source>
        <translation>保守業者の担当者、顧問、業務委託先の人などです。記録の担当者や連絡先にはなれますが、受講率には数えません。</translation>
    </message>
</context>
<context>
    <name>kamae::ui::ProposalTableModel</name>
    <message>
        <source>Required action: %1</source>
        <translation>必要な対応: %1</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>資産</translation>
    </message>
    <message>
        <source>Importance</source>
        <translation>重要度</translation>
    </message>
    <message>
        <source>Product and version</source>
        <translation>製品とバージョン</translation>
    </message>
    <message>
        <source>CVE / JVN</source>
        <translation>CVE / JVN</translation>
    </message>
    <message>
        <source>Severity (CVSS)</source>
        <translation>深刻度（CVSS）</translation>
    </message>
    <message>
        <source>Known exploited</source>
        <translation>悪用状況</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>公開日</translation>
    </message>
    <message>
        <source>Due if confirmed</source>
        <translation>登録時の期限</translation>
    </message>
    <message>
        <source>Vulnerability name</source>
        <translation>脆弱性の名称</translation>
    </message>
    <message>
        <source>Probably fixed by the update of %1</source>
        <translation>%1 のアップデートで修正済みの可能性あり</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新規</translation>
    </message>
    <message>
        <source>The feed listed this vulnerability on %1, before the asset&apos;s last update on %2: that update probably brought the fix. Check the installed version; confirm it if the fix is missing, dismiss it otherwise.</source>
        <translation>フィードがこの脆弱性を掲載したのは %1 で、資産の最終更新（%2）より前です。その更新で修正された可能性が高いです。導入中のバージョンを確認し、修正が入っていなければ登録し、入っていれば除外してください。</translation>
    </message>
    <message>
        <source>Why it matched: %1</source>
        <translation>該当した理由: %1</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状況</translation>
    </message>
    <message>
        <source>Why it matched</source>
        <translation>該当した理由</translation>
    </message>
</context>
<context>
    <name>kamae::ui::RecordDialogBase</name>
    <message>
        <source> yen</source>
        <translation> 円</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>未設定</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
</context>
<context>
    <name>kamae::ui::RecoveryCodeDialog</name>
    <message>
        <source>&lt;h2&gt;Kamae recovery code&lt;/h2&gt;&lt;p&gt;&lt;b&gt;Organisation:&lt;/b&gt; %1&lt;br&gt;&lt;b&gt;Vault file:&lt;/b&gt; %2&lt;br&gt;&lt;b&gt;Issued:&lt;/b&gt; %3&lt;/p&gt;&lt;p style=&quot;font-family: monospace; font-size: 20pt; font-weight: bold;&quot;&gt;%4&lt;/p&gt;&lt;p&gt;This code opens the vault if the passphrase is lost. Anyone holding it can read the vault. Keep this sheet in a locked place, away from the computer, and destroy it when a new code is issued.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Kamae 回復コード&lt;/h2&gt;&lt;p&gt;&lt;b&gt;組織名:&lt;/b&gt; %1&lt;br&gt;&lt;b&gt;保管庫ファイル:&lt;/b&gt; %2&lt;br&gt;&lt;b&gt;発行日:&lt;/b&gt; %3&lt;/p&gt;&lt;p style=&quot;font-family: monospace; font-size: 20pt; font-weight: bold;&quot;&gt;%4&lt;/p&gt;&lt;p&gt;このコードは、パスフレーズがわからなくなったときに保管庫を開くためのものです。このコードを持つ人は誰でも保管庫の内容を読むことができます。この用紙はコンピューターから離れた、鍵のかかる場所に保管し、新しいコードを発行したら廃棄してください。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Print the recovery code</source>
        <translation>回復コードの印刷</translation>
    </message>
    <message>
        <source>Your recovery code</source>
        <translation>回復コード</translation>
    </message>
    <message>
        <source>&lt;p&gt;If the passphrase is ever forgotten, this &lt;b&gt;recovery code&lt;/b&gt; is the only way into the vault. It is shown &lt;b&gt;only now&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;Print it or write it down and keep it locked away from the computer. Anyone who has it can open the vault.&lt;/p&gt;</source>
        <translation>&lt;p&gt;パスフレーズを忘れた場合、保管庫を開く方法はこの&lt;b&gt;回復コード&lt;/b&gt;だけです。表示されるのは&lt;b&gt;今回だけ&lt;/b&gt;です。&lt;/p&gt;&lt;p&gt;印刷するか書き留めて、コンピューターから離れた鍵のかかる場所に保管してください。このコードを持つ人は誰でも保管庫を開くことができます。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>印刷(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>コピー(&amp;C)</translation>
    </message>
    <message>
        <source>I have printed or written down the recovery code and stored it safely</source>
        <translation>回復コードを印刷または書き留め、安全な場所に保管しました</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完了</translation>
    </message>
</context>
<context>
    <name>kamae::ui::ReminderTableModel</name>
    <message>
        <source>Overdue</source>
        <translation>期限超過</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>今週</translation>
    </message>
    <message>
        <source>Severity: %1</source>
        <translation>深刻度: %1</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状況</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>対応期限</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>機能</translation>
    </message>
    <message>
        <source>When</source>
        <translation>期限まで</translation>
    </message>
</context>
<context>
    <name>kamae::ui::RemindersPanel</name>
    <message numerus="yes">
        <source>%n reminder(s) written to %1. Import the file into Outlook or Google Calendar; exporting again later updates the same events.</source>
        <translation>
            <numerusform>リマインダー %n 件を %1 に書き出しました。このファイルを Outlook または Google カレンダーに取り込んでください。あとで再度書き出すと、同じ予定が更新されます。</numerusform>
        </translation>
    </message>
    <message>
        <source>Export reminders as a calendar</source>
        <translation>リマインダーをカレンダーに書き出し</translation>
    </message>
    <message>
        <source>Kamae reminders.ics</source>
        <translation>Kamae リマインダー.ics</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>カレンダーファイル (*.ics)</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>リマインダー</translation>
    </message>
    <message>
        <source>Export calendar (.ics)…</source>
        <translation>カレンダーに書き出し（.ics）…</translation>
    </message>
    <message>
        <source>Saves every reminder as a calendar file, with repeating restore tests and air-gap checks</source>
        <translation>すべてのリマインダーをカレンダーファイルに保存します（復元テストとオフライン保管の確認は繰り返しの予定になります）</translation>
    </message>
    <message>
        <source>Nothing is overdue or due this week.</source>
        <translation>期限超過の項目も、今週が期限の項目もありません。</translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>期限超過 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source> · </source>
        <translation>・</translation>
    </message>
    <message numerus="yes">
        <source>%n due this week</source>
        <translation>
            <numerusform>今週期限 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Double-click or press Enter on a row to open its record.</source>
        <translation>行をダブルクリックするか Enter キーを押すと、該当する記録を開きます。</translation>
    </message>
</context>
<context>
    <name>kamae::ui::ReportHistoryModel</name>
    <message>
        <source>%1 – %2</source>
        <translation>%1～%2</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>印刷</translation>
    </message>
    <message numerus="yes">
        <source>Issued %1 · %2 · %3 · score %4 · %n page(s)</source>
        <translation>
            <numerusform>%1 発行・%2・%3・対策スコア %4・%n ページ</numerusform>
        </translation>
    </message>
    <message>
        <source>%1
Printed on paper; there is no file to open.</source>
        <translation>%1
紙に印刷したため、開くファイルはありません。</translation>
    </message>
    <message>
        <source>%1
%2
Enter or double-click opens it.</source>
        <translation>%1
%2
Enter キーまたはダブルクリックで開きます。</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>発行日時</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>対象期間</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>スコア</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>ページ数</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>保存先</translation>
    </message>
</context>
<context>
    <name>kamae::ui::ReportPage</name>
    <message>
        <source>Report</source>
        <translation>レポート</translation>
    </message>
    <message>
        <source>The report cannot be made:
%1</source>
        <translation>レポートを作成できません:
%1</translation>
    </message>
    <message>
        <source>Save the report as PDF</source>
        <translation>レポートを PDF で保存</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF ファイル (*.pdf)</translation>
    </message>
    <message>
        <source>Report not saved</source>
        <translation>レポートを保存できませんでした</translation>
    </message>
    <message>
        <source>Report not printed</source>
        <translation>レポートを印刷できませんでした</translation>
    </message>
    <message>
        <source>Print the report</source>
        <translation>レポートを印刷</translation>
    </message>
    <message>
        <source>The printer “%1” could not be started.</source>
        <translation>プリンター「%1」を使用開始できませんでした。</translation>
    </message>
    <message>
        <source>The report could not be sent to the printer “%1”.</source>
        <translation>レポートをプリンター「%1」に送れませんでした。</translation>
    </message>
    <message>
        <source>The report was printed, but it could not be added to the history:
%1</source>
        <translation>レポートは印刷しましたが、履歴に記録できませんでした:
%1</translation>
    </message>
    <message>
        <source>The report was saved to %1, but it could not be added to the history:
%2</source>
        <translation>レポートは %1 に保存しましたが、履歴に記録できませんでした:
%2</translation>
    </message>
    <message>
        <source>Report not added to the history</source>
        <translation>レポートを履歴に記録できませんでした</translation>
    </message>
    <message>
        <source>The earlier reports cannot be read: %1</source>
        <translation>これまでのレポートを読み込めません: %1</translation>
    </message>
    <message>
        <source>Printed report</source>
        <translation>印刷したレポート</translation>
    </message>
    <message>
        <source>This report was printed on paper; there is no file to open.</source>
        <translation>このレポートは紙に印刷したため、開くファイルはありません。</translation>
    </message>
    <message>
        <source>File not found</source>
        <translation>ファイルが見つかりません</translation>
    </message>
    <message>
        <source>The PDF file %1 is no longer there. It may have been moved, renamed or deleted.</source>
        <translation>PDF ファイル %1 が見つかりません。移動、名前の変更、または削除された可能性があります。</translation>
    </message>
    <message>
        <source>Cannot open the file</source>
        <translation>ファイルを開けません</translation>
    </message>
    <message>
        <source>No program could open %1.</source>
        <translation>%1 を開けるプログラムがありません。</translation>
    </message>
    <message>
        <source>Remove the report printed on %1 from the history?</source>
        <translation>%1 に印刷したレポートを履歴から削除しますか？</translation>
    </message>
    <message>
        <source>Remove the report issued on %1 from the history? The PDF file itself is not deleted:
%2</source>
        <translation>%1 に発行したレポートを履歴から削除しますか？ PDF ファイル自体は削除されません:
%2</translation>
    </message>
    <message>
        <source>Remove from history</source>
        <translation>履歴から削除</translation>
    </message>
    <message>
        <source>Not removed</source>
        <translation>削除できませんでした</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>直近 90 日</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>今四半期</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>直近 12 か月</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>%1 / %2 ページ</translation>
    </message>
    <message>
        <source>Sent the report to the printer. It is listed below.</source>
        <translation>レポートをプリンターに送りました。下の一覧に記録しています。</translation>
    </message>
    <message>
        <source>Saved the report to %1.</source>
        <translation>レポートを %1 に保存しました。</translation>
    </message>
    <message>
        <source>Executive report</source>
        <translation>経営者向けレポート</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>対象期間(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>言語(&amp;L):</translation>
    </message>
    <message>
        <source>The report&apos;s language; the window keeps its own.</source>
        <translation>レポートの言語です。画面の表示言語は変わりません。</translation>
    </message>
    <message>
        <source>Prepared &amp;by:</source>
        <translation>作成者(&amp;B):</translation>
    </message>
    <message>
        <source>Left blank to sign by hand</source>
        <translation>空欄にすると手書きで記入できます</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>印刷…</translation>
    </message>
    <message>
        <source>Print the report (%1)</source>
        <translation>レポートを印刷（%1）</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>PDF で保存…</translation>
    </message>
    <message>
        <source>Save the report as a PDF file (%1)</source>
        <translation>レポートを PDF ファイルとして保存（%1）</translation>
    </message>
    <message>
        <source>Earlier reports</source>
        <translation>これまでのレポート</translation>
    </message>
    <message>
        <source>No report has been saved or printed yet. Each one is listed here with its score, to compare with the next.</source>
        <translation>まだ保存・印刷したレポートはありません。保存や印刷をするとスコアとともにここに記録され、次回と比べられます。</translation>
    </message>
    <message>
        <source>Enter or double-click opens the PDF; Delete removes the entry from the history.</source>
        <translation>Enter キーまたはダブルクリックで PDF を開き、Delete キーで履歴から削除します。</translation>
    </message>
    <message>
        <source>Remove the selected entry (Delete). The PDF file stays.</source>
        <translation>選択した記録を履歴から削除します（Delete）。PDF ファイルは残ります。</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>幅に合わせる</translation>
    </message>
    <message>
        <source>Whole page</source>
        <translation>ページ全体</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>縮小</translation>
    </message>
    <message>
        <source>Zoom out (%1)</source>
        <translation>縮小（%1）</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>拡大</translation>
    </message>
    <message>
        <source>Zoom in (%1)</source>
        <translation>拡大（%1）</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>前のページ</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>次のページ</translation>
    </message>
</context>
<context>
    <name>kamae::ui::RiskAcceptDialog</name>
    <message>
        <source>Accept the risk</source>
        <translation>リスクの受容</translation>
    </message>
    <message numerus="yes">
        <source>You decide not to apply the update to %n item(s) for now. Say why, and when to look at it again; both are kept in the audit log.</source>
        <translation>
            <numerusform>%n 件について、今は更新を適用しないと判断します。理由と見直す日を記入してください。どちらも監査ログに残ります。</numerusform>
        </translation>
    </message>
    <message>
        <source>e.g. the device is not reachable from the internet and is replaced in March</source>
        <translation>例: インターネットから接続できない場所にあり、3 月に機器を更新する</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>理由(&amp;R)</translation>
    </message>
    <message>
        <source>Revie&amp;w on</source>
        <translation>見直し日(&amp;W)</translation>
    </message>
</context>
<context>
    <name>kamae::ui::SaveStatusWidget</name>
    <message>
        <source>Retry</source>
        <translation>再試行</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 に保存済み</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>保存しています…</translation>
    </message>
    <message>
        <source>Not saved. %1 Kamae retries every 30 seconds.</source>
        <translation>保存されていません（30 秒ごとに自動で再試行します）。%1</translation>
    </message>
</context>
<context>
    <name>kamae::ui::ScoreCard</name>
    <message>
        <source>Posture score</source>
        <translation>対策スコア</translation>
    </message>
    <message>
        <source>/ 100</source>
        <translation>/ 100</translation>
    </message>
    <message>
        <source>%1 since the last snapshot (%2)</source>
        <translation>前回のスナップショット（%2）から %1</translation>
    </message>
    <message>
        <source>No earlier snapshot yet: the trend starts today.</source>
        <translation>過去のスナップショットはまだありません。推移は今日から記録されます。</translation>
    </message>
    <message>
        <source>%1 days: %2</source>
        <translation>%1 日前比: %2</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Change against the newest snapshot at least %1 days old</source>
        <translation>%1 日以上前の最も新しいスナップショットとの差</translation>
    </message>
    <message>
        <source>Record today&apos;s score</source>
        <translation>今日のスコアを記録</translation>
    </message>
    <message>
        <source>Stores the score now as today&apos;s point of the trend (Kamae also does this once a day by itself)</source>
        <translation>現在のスコアを今日の推移として記録します（Kamae も 1 日 1 回自動で記録します）</translation>
    </message>
    <message>
        <source>of which %1 self-declared (self-assessment answers), %2 on records</source>
        <translation>うち自己申告 %1 点（自社診断の回答）、記録に基づく点 %2 点</translation>
    </message>
    <message>
        <source>all on records</source>
        <translation>すべて記録に基づく点</translation>
    </message>
    <message>
        <source>Self-declared points rest on the company&apos;s own answers to the self-assessment; the others on dated records kept in Kamae.</source>
        <translation>自己申告の点は、自社診断での自社の回答に基づきます。それ以外の点は、Kamae に保存された日付付きの記録に基づきます。</translation>
    </message>
</context>
<context>
    <name>kamae::ui::SelfAssessmentPage</name>
    <message>
        <source>Self-assessment</source>
        <translation>自社診断</translation>
    </message>
    <message>
        <source>%1 — not answered yet</source>
        <translation>%1 — 未回答</translation>
    </message>
    <message>
        <source>%1 — %2 points (%3)</source>
        <translation>%1 — %2 点（%3）</translation>
    </message>
    <message>
        <source>(%1 of %2 answered)</source>
        <translation>（%2 問中 %1 問回答）</translation>
    </message>
    <message>
        <source>Self-assessment of %1</source>
        <translation>%1 の自社診断</translation>
    </message>
    <message>
        <source>IPA self-check result: %1 / %2</source>
        <translation>自社診断の結果: %1 / %2 点</translation>
    </message>
    <message>
        <source>Answered %1 of %2 questions.</source>
        <translation>%2 問中 %1 問に回答済みです。</translation>
    </message>
    <message>
        <source>Questions not answered count 0 points; &quot;Don&apos;t know&quot; counts −1.</source>
        <translation>未回答の設問は 0 点、「わからない」は −1 点として数えます。</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Declared: not declared</source>
        <translation>宣言: なし</translation>
    </message>
    <message>
        <source>Declared: ★ one star</source>
        <translation>宣言: ★ 一つ星</translation>
    </message>
    <message>
        <source>Declared: ★★ two stars</source>
        <translation>宣言: ★★ 二つ星</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>要件を満たしています</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>要件をまだ満たしていません</translation>
    </message>
    <message>
        <source>SECURITY ACTION readiness</source>
        <translation>SECURITY ACTION の準備状況</translation>
    </message>
    <message>
        <source>★ One star</source>
        <translation>★ 一つ星</translation>
    </message>
    <message>
        <source>★★ Two stars</source>
        <translation>★★ 二つ星</translation>
    </message>
    <message>
        <source>Select a question in the table to answer it.</source>
        <translation>表で設問を選ぶと、ここで回答できます。</translation>
    </message>
    <message>
        <source>Question %1 · %2</source>
        <translation>設問 %1・%2</translation>
    </message>
    <message>
        <source>What Kamae&apos;s records say</source>
        <translation>Kamae の記録から</translation>
    </message>
    <message>
        <source>Nothing about this question; the answer stands as given.</source>
        <translation>この設問に関する記録はありません。回答どおりに扱います。</translation>
    </message>
    <message>
        <source>The answer says “implemented”, but the records disagree: the score counts it as partly implemented until they agree.</source>
        <translation>回答は「実施している」ですが、記録と食い違っています。食い違いが解消するまで、スコアでは「一部実施している」として数えます。</translation>
    </message>
    <message>
        <source>New self-assessment</source>
        <translation>新しい自社診断</translation>
    </message>
    <message>
        <source>The day the self-check is taken. It counts for SECURITY ACTION ★★ for a year.</source>
        <translation>自社診断を実施した日です。SECURITY ACTION 二つ星の要件として 1 年間有効です。</translation>
    </message>
    <message>
        <source>Go through the questions and change what is different now.</source>
        <translation>各設問を確認し、前回から変わった点だけ回答を変えてください。</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>作成</translation>
    </message>
    <message>
        <source>Delete self-assessment</source>
        <translation>自社診断の削除</translation>
    </message>
    <message numerus="yes">
        <source>Delete the self-assessment of %1 with its %n answer(s)? Undo (Ctrl+Z) brings it back.</source>
        <translation>
            <numerusform>%1 の自社診断を %n 件の回答とともに削除しますか？ 元に戻す（Ctrl+Z）で復元できます。</numerusform>
        </translation>
    </message>
    <message>
        <source>Take the information security self-check</source>
        <translation>情報セキュリティ自社診断を始めましょう</translation>
    </message>
    <message>
        <source>The self-check asks the 25 questions of IPA&apos;s 「5分でできる！情報セキュリティ自社診断」 (the five-minute information security self-check) in its three parts: basic measures, staff measures and organisational measures. Kamae adds a few questions of its own for what the 25 do not cover, such as multi-factor authentication, the business continuity plan and overseas sites.</source>
        <translation>IPA の「5分でできる！情報セキュリティ自社診断」と同じ構成で、基本的対策・従業員としての対策・組織としての対策の 3 部 25 問に答えます。25 問で扱わない多要素認証、事業継続計画（BCP）、海外拠点などについては、Kamae 独自の設問を追加しています。</translation>
    </message>
    <message>
        <source>Answer each question with Implemented, Partly implemented, Not implemented or Don&apos;t know. The 25 give IPA&apos;s result out of 100 and its verdict; beside each answer Kamae shows what its own records say, and how far the company is from SECURITY ACTION ★ and ★★.</source>
        <translation>各設問に「実施している」「一部実施している」「実施していない」「わからない」で答えてください。25 問の合計が 100 点満点の診断結果と判定になります。回答の横には Kamae の記録が示す内容と、SECURITY ACTION 一つ星・二つ星までの準備状況を表示します。</translation>
    </message>
    <message>
        <source>It takes about five minutes. Take it again at least once a year: each sitting is kept, so you can see what has changed.</source>
        <translation>所要時間は 5 分ほどです。少なくとも年に 1 回は実施してください。毎回の結果が残るので、変化を確認できます。</translation>
    </message>
    <message>
        <source>Start the self-assessment</source>
        <translation>自社診断を始める</translation>
    </message>
    <message>
        <source>&amp;Assessment:</source>
        <translation>診断日(&amp;A):</translation>
    </message>
    <message>
        <source>New assessment…</source>
        <translation>新しい診断…</translation>
    </message>
    <message>
        <source>Take the self-check again (Insert)</source>
        <translation>自社診断をもう一度実施します（Insert）</translation>
    </message>
    <message>
        <source>Delete assessment</source>
        <translation>診断を削除</translation>
    </message>
    <message>
        <source>All questions</source>
        <translation>すべての設問</translation>
    </message>
    <message>
        <source>Unanswered</source>
        <translation>未回答</translation>
    </message>
    <message>
        <source>Not implemented or partly</source>
        <translation>未実施・一部実施</translation>
    </message>
    <message>
        <source>Contradicted by records</source>
        <translation>記録と食い違う回答</translation>
    </message>
    <message>
        <source>Search questions (Ctrl+F)</source>
        <translation>設問を検索（Ctrl+F）</translation>
    </message>
    <message>
        <source>Key %1 in the table</source>
        <translation>表で %1 キー</translation>
    </message>
    <message>
        <source>Clear answer</source>
        <translation>回答を消去</translation>
    </message>
    <message>
        <source>Backspace in the table</source>
        <translation>表で Backspace キー</translation>
    </message>
    <message>
        <source>In the table, keys 1 to 4 answer the selected question in this order and go to the next one; Backspace clears the answer.</source>
        <translation>表では 1～4 キーで選択中の設問にこの順で回答し、次の設問へ進みます。Backspace キーで回答を消去します。</translation>
    </message>
    <message>
        <source>Delete the assessment shown, with its answers (Delete, outside the question table)</source>
        <translation>表示中の診断を回答ごと削除します（設問の表以外で Delete キー）</translation>
    </message>
    <message>
        <source>The answer says “implemented”, but today&apos;s records disagree. This is an older self-assessment; the score reads only the newest.</source>
        <translation>回答は「実施している」ですが、現在の記録と食い違っています。これは過去の自社診断です。スコアには最新の自社診断だけが使われます。</translation>
    </message>
    <message>
        <source>Not applicable:</source>
        <translation>対象外:</translation>
    </message>
    <message>
        <source>It neither earns nor loses points. If the records do not tell the whole story, answer it: an answer counts.</source>
        <translation>この設問は加点も減点もされません。記録だけでは実情がわからない場合は回答してください。回答すれば、その回答がスコアに反映されます。</translation>
    </message>
    <message>
        <source>&amp;Start from the answers of %1</source>
        <translation>%1 の回答を引き継いで始める(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Date taken:</source>
        <translation>実施日(&amp;D):</translation>
    </message>
    <message>
        <source>The records measure this question and disagree with the answer. The score counts the records, not the answer.</source>
        <translation>この質問は記録で評価しており、回答は記録と食い違っています。スコアには回答ではなく記録を反映します。</translation>
    </message>
    <message>
        <source>The records measure this question: the score counts them, not the answer.</source>
        <translation>この質問は記録で評価しています。スコアには回答ではなく記録を反映します。</translation>
    </message>
</context>
<context>
    <name>kamae::ui::SelfCheckCommandText</name>
    <message>
        <source>Answer question %1</source>
        <translation>設問 %1 への回答</translation>
    </message>
    <message>
        <source>New self-assessment of %1</source>
        <translation>%1 の自社診断の作成</translation>
    </message>
    <message>
        <source>Delete self-assessment of %1</source>
        <translation>%1 の自社診断の削除</translation>
    </message>
</context>
<context>
    <name>kamae::ui::SelfCheckModel</name>
    <message>
        <source>Kamae</source>
        <translation>Kamae</translation>
    </message>
    <message>
        <source>Part %1</source>
        <translation>第 %1 部</translation>
    </message>
    <message>
        <source>Double-click to change, or press 1 to 4 (Backspace clears).</source>
        <translation>ダブルクリックで変更、または 1～4 キーで回答（Backspace で消去）。</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>部</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>設問</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>回答</translation>
    </message>
    <message>
        <source>Evidence in Kamae</source>
        <translation>Kamae の記録</translation>
    </message>
    <message>
        <source>The answer says “implemented”, but Kamae&apos;s records disagree.</source>
        <translation>回答は「実施している」ですが、Kamae の記録と食い違っています。</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>対象外</translation>
    </message>
    <message>
        <source>%1
Double-click or press 1 to 4 to answer all the same.</source>
        <translation>%1
それでも回答する場合は、ダブルクリックするか 1～4 キーを押してください。</translation>
    </message>
</context>
<context>
    <name>kamae::ui::SessionDialog</name>
    <message>
        <source>Record a session</source>
        <translation>実施回の記録</translation>
    </message>
    <message>
        <source>Edit session</source>
        <translation>実施回の編集</translation>
    </message>
    <message>
        <source>Choose the course taught</source>
        <translation>実施した講座を選択</translation>
    </message>
    <message>
        <source>A colleague, an outside lecturer, a provider</source>
        <translation>社内の担当者、外部講師、研修事業者など</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>未記録</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分</translation>
    </message>
    <message>
        <source>Slides, a video&apos;s title, where they are kept</source>
        <translation>スライド、動画のタイトル、保管場所など</translation>
    </message>
    <message>
        <source>&amp;Course:</source>
        <translation>講座(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>実施日(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Trainer:</source>
        <translation>講師(&amp;T):</translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation>所要時間(&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Materials:</source>
        <translation>教材(&amp;M):</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>備考(&amp;O):</translation>
    </message>
    <message>
        <source>Everyone ticked completed the course</source>
        <translation>チェックを付けた全員が講座を修了した</translation>
    </message>
    <message>
        <source>Only completions count for coverage. Untick it when the session did not finish the course (a first part, a test still to pass); you can mark people one by one when you edit the session later.</source>
        <translation>受講率に数えるのは修了した人だけです。この実施回で講座を終えていない場合（第 1 部のみ実施した、テストが未合格など）はチェックを外してください。後で実施回を編集するときに、一人ずつ修了を付けることができます。</translation>
    </message>
    <message>
        <source>&amp;Attendance:</source>
        <translation>受講状況(&amp;A):</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>実施回</translation>
    </message>
    <message>
        <source>Record one time the course was taught and tick who was there. Paste names from a sign-in sheet to tick many at once.</source>
        <translation>講座を 1 回実施したことを記録し、出席した人にチェックを付けます。出席簿の名前を貼り付けると、まとめてチェックできます。</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>記録</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message numerus="yes">
        <source>Attendees (%n)</source>
        <translation>
            <numerusform>受講者（%n 名）</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the course that was taught.</source>
        <translation>実施した講座を選択してください。</translation>
    </message>
</context>
<context>
    <name>kamae::ui::SessionTableModel</name>
    <message>
        <source>Date</source>
        <translation>実施日</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>講座名</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>講師</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>所要時間（分）</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>受講者数</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>教材</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>備考</translation>
    </message>
    <message numerus="yes">
        <source>%n completed the course</source>
        <translation>
            <numerusform>%n 名が講座を修了</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attended without completing</source>
        <translation>
            <numerusform>%n 名が出席のみ（未修了）</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (+%2 attended only)</source>
        <translation>%1（ほか出席のみ %2）</translation>
    </message>
</context>
<context>
    <name>kamae::ui::SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Folder for the backup copy</source>
        <translation>バックアップの保存先フォルダー</translation>
    </message>
    <message>
        <source>General</source>
        <translation>全般</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>言語(&amp;L):</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>しない</translation>
    </message>
    <message>
        <source>Kamae locks itself when the keyboard and mouse have been idle this long. 0 turns it off.</source>
        <translation>キーボードとマウスの操作がこの時間なかった場合、Kamae は自動的にロックされます。0 にすると自動ロックしません。</translation>
    </message>
    <message>
        <source>On the first save of each session Kamae keeps the file as it was when you opened it, as a .bak copy. Choose another folder (for example a different drive) or keep it beside the vault.</source>
        <translation>Kamae は、保管庫を開いてから最初に保存するときに、開いた時点のファイルを .bak ファイルとして残します。保存先は別のフォルダー（別のドライブなど）を選ぶか、保管庫と同じフォルダーのままにしてください。</translation>
    </message>
    <message>
        <source>Beside the vault file</source>
        <translation>保管庫ファイルと同じフォルダー</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>選択(&amp;C)…</translation>
    </message>
    <message>
        <source>Vault</source>
        <translation>保管庫</translation>
    </message>
    <message>
        <source>Change &amp;passphrase…</source>
        <translation>パスフレーズの変更(&amp;P)…</translation>
    </message>
    <message>
        <source>New &amp;recovery code…</source>
        <translation>回復コードの再発行(&amp;R)…</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;File:&lt;/b&gt; %1&lt;br&gt;&lt;b&gt;Encryption:&lt;/b&gt; %2, key from the passphrase by Argon2id (%3 MiB, %n pass(es))&lt;br&gt;&lt;b&gt;Previous version:&lt;/b&gt; %4</source>
        <translation>
            <numerusform>&lt;b&gt;ファイル:&lt;/b&gt; %1&lt;br&gt;&lt;b&gt;暗号化:&lt;/b&gt; %2、鍵はパスフレーズから Argon2id で導出（%3 MiB、反復 %n 回）&lt;br&gt;&lt;b&gt;前回版:&lt;/b&gt; %4</numerusform>
        </translation>
    </message>
    <message>
        <source>Lock &amp;after idle:</source>
        <translation>無操作時の自動ロック(&amp;A):</translation>
    </message>
    <message>
        <source>Previous version of the vault (.bak)</source>
        <translation>保管庫の前回版（.bak）</translation>
    </message>
    <message>
        <source>Use the vault&apos;s folder</source>
        <translation>保管庫と同じフォルダーに戻す</translation>
    </message>
    <message>
        <source>Patch due dates</source>
        <translation>修正プログラムの対応期限</translation>
    </message>
    <message>
        <source>Days from finding a needed update to its due date. Known exploitation shortens any other period. New items follow these; existing due dates stay as they are.</source>
        <translation>必要な更新を見つけてから対応期限までの日数です。悪用が確認されたものは、ほかの区分より短い方の日数になります。変更は新しい項目に適用され、登録済みの期限は変わりません。</translation>
    </message>
    <message>
        <source>Known exploited:</source>
        <translation>悪用確認済み:</translation>
    </message>
    <message>
        <source>Critical (CVSS 9.0+):</source>
        <translation>緊急（CVSS 9.0 以上）:</translation>
    </message>
    <message>
        <source>High (CVSS 7.0+):</source>
        <translation>重要（CVSS 7.0 以上）:</translation>
    </message>
    <message>
        <source>Others:</source>
        <translation>その他:</translation>
    </message>
    <message>
        <source>List assets not updated for:</source>
        <translation>未更新として表示する日数:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 日</translation>
    </message>
    <message>
        <source>&amp;Notify me of overdue items (once a day, while Kamae runs)</source>
        <translation>期限超過をお知らせする（1 日 1 回、Kamae の起動中のみ）(&amp;N)</translation>
    </message>
    <message>
        <source>Score counts a vulnerability feed for:</source>
        <translation>脆弱性情報をスコアに数える期間:</translation>
    </message>
    <message>
        <source>The known-exploited factor of the score counts only while the newest KEV or JVN import is at most this old.</source>
        <translation>スコアの評価項目「悪用が確認された脆弱性が残っていない」は、最新の KEV・JVN の取り込みがこの日数以内のときだけ数えます。</translation>
    </message>
</context>
<context>
    <name>kamae::ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>キーボード ショートカット</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>キー</translation>
    </message>
    <message>
        <source>In tables, Enter or a double-click opens the selected row. Alt with the underlined letter reaches a field or button.</source>
        <translation>表では、Enter キーまたはダブルクリックで選択した行を開きます。Alt キーと下線付きの文字を押すと、その入力欄やボタンに移動します。</translation>
    </message>
    <message>
        <source>Open a vault to see the shortcuts of its pages as well.</source>
        <translation>保管庫を開くと、各画面のショートカットも表示されます。</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Search this page</source>
        <translation>この画面を検索</translation>
    </message>
    <message>
        <source>Delete the selected row (asks first)</source>
        <translation>選択した行を削除（確認あり）</translation>
    </message>
    <message>
        <source>Add a new row</source>
        <translation>新しい行を追加</translation>
    </message>
    <message>
        <source>Open or edit the selected row</source>
        <translation>選択した行を開く／編集</translation>
    </message>
    <message>
        <source>Duplicate the selected row</source>
        <translation>選択した行を複製</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>印刷</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>名前を付けて保存…</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>拡大</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>縮小</translation>
    </message>
    <message>
        <source>(no description)</source>
        <translation>（説明なし）</translation>
    </message>
</context>
<context>
    <name>kamae::ui::SitesModel</name>
    <message>
        <source>Site</source>
        <translation>拠点名</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>所在地</translation>
    </message>
    <message>
        <source>Overseas</source>
        <translation>海外</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>備考</translation>
    </message>
</context>
<context>
    <name>kamae::ui::TableActions</name>
    <message>
        <source>&amp;New…</source>
        <translation>新規作成(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>編集(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>削除(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>検索(&amp;F)</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>書き出し(&amp;X)…</translation>
    </message>
</context>
<context>
    <name>kamae::ui::TrainingPage</name>
    <message numerus="yes">
        <source>Add starter courses (%n)</source>
        <translation>
            <numerusform>標準講座を追加（%n 件）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete the course &quot;%1&quot; with its %n session(s) and their attendance? Undo (Ctrl+Z) brings them back.</source>
        <translation>
            <numerusform>講座「%1」と、その実施回 %n 件および受講記録を削除しますか？ Ctrl+Z で元に戻せます。</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the course &quot;%1&quot;? Undo (Ctrl+Z) brings it back.</source>
        <translation>講座「%1」を削除しますか？ Ctrl+Z で元に戻せます。</translation>
    </message>
    <message>
        <source>Delete course</source>
        <translation>講座の削除</translation>
    </message>
    <message>
        <source>The starter courses were added. Edit them as you need; Undo (Ctrl+Z) takes them away.</source>
        <translation>標準講座を追加しました。必要に応じて編集してください。Ctrl+Z で追加を取り消せます。</translation>
    </message>
    <message>
        <source>Add a course first: a session teaches a course.</source>
        <translation>先に講座を追加してください。実施回は講座ごとに記録します。</translation>
    </message>
    <message>
        <source>Delete session</source>
        <translation>実施回の削除</translation>
    </message>
    <message>
        <source>Delete the session of &quot;%1&quot; on %2 and who attended it? Undo (Ctrl+Z) brings it back.</source>
        <translation>%2 に実施した「%1」の実施回と、その受講記録を削除しますか？ Ctrl+Z で元に戻せます。</translation>
    </message>
    <message>
        <source>Who must take which course and who has taken it, the courses, and each session with who attended.</source>
        <translation>誰がどの講座を受講すべきか、誰が受講済みか、講座の一覧、各実施回とその出席者を管理します。</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>受講状況・受講率</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>講座</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>実施回</translation>
    </message>
    <message>
        <source>Phishing drills</source>
        <translation>標的型メール訓練</translation>
    </message>
    <message>
        <source>Add course…</source>
        <translation>講座を追加…</translation>
    </message>
    <message>
        <source>Add a course (Insert)</source>
        <translation>講座を追加します（Insert）</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>編集…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Kamae&apos;s courses for the lessons of the METI and Emotet alerts, to adopt or edit</source>
        <translation>経済産業省や Emotet に関する注意喚起の教訓をまとめた Kamae の講座（そのまま使うことも編集することもできます）</translation>
    </message>
    <message>
        <source>Search courses (Ctrl+F)</source>
        <translation>講座を検索（Ctrl+F）</translation>
    </message>
    <message>
        <source>Record session…</source>
        <translation>実施回を記録…</translation>
    </message>
    <message>
        <source>Record a session and who attended (Insert)</source>
        <translation>実施回と出席者を記録します（Insert）</translation>
    </message>
    <message>
        <source>Edit session and attendance…</source>
        <translation>実施回と受講記録を編集…</translation>
    </message>
    <message>
        <source>Search sessions (Ctrl+F)</source>
        <translation>実施回を検索（Ctrl+F）</translation>
    </message>
    <message>
        <source>No coverage to show yet</source>
        <translation>表示できる受講率はまだありません</translation>
    </message>
    <message>
        <source>Coverage compares the people list (Organisation page) with the courses each person must take. Start with Kamae&apos;s starter courses or add your own.</source>
        <translation>受講率は、担当者・部署の一覧（「組織情報」画面）と、各担当者が受講すべき講座を照らし合わせて求めます。まず Kamae の標準講座を追加するか、独自の講座を追加してください。</translation>
    </message>
    <message>
        <source>Add the starter courses</source>
        <translation>標準講座を追加</translation>
    </message>
    <message>
        <source>Add a course…</source>
        <translation>講座を追加…</translation>
    </message>
    <message>
        <source>No courses yet</source>
        <translation>講座はまだ登録されていません</translation>
    </message>
    <message>
        <source>A course is what people must learn and how often: phishing mail, passwords, reporting an incident…</source>
        <translation>講座では、学ぶべき内容と受講の頻度を決めます: フィッシングメール、パスワード、インシデントの報告…</translation>
    </message>
    <message>
        <source>No sessions recorded yet</source>
        <translation>実施回はまだ記録されていません</translation>
    </message>
    <message>
        <source>Record each time a course was taught and tick who was there; coverage counts the completions.</source>
        <translation>講座を実施するたびに記録し、出席した人にチェックを付けてください。受講率は修了した人の数から求めます。</translation>
    </message>
    <message>
        <source>Record a session…</source>
        <translation>実施回を記録…</translation>
    </message>
    <message>
        <source>Coverage matrix (PDF)…</source>
        <translation>受講状況・受講率一覧（PDF）…</translation>
    </message>
    <message>
        <source>Save the people × courses matrix on A4, to print or to file</source>
        <translation>担当者×講座の受講状況を A4 の PDF に保存します（印刷・保管用）</translation>
    </message>
    <message>
        <source>Certificates (PDF)…</source>
        <translation>修了証（PDF）…</translation>
    </message>
    <message>
        <source>Save a certificate of completion for everyone who completed the selected session</source>
        <translation>選択した実施回を修了した全員の修了証を PDF に保存します</translation>
    </message>
    <message>
        <source>Save coverage matrix</source>
        <translation>受講状況・受講率一覧を保存</translation>
    </message>
    <message>
        <source>Save certificates</source>
        <translation>修了証を保存</translation>
    </message>
</context>
<context>
    <name>kamae::ui::TrainingText</name>
    <message>
        <source>Phishing and Emotet</source>
        <translation>フィッシングと Emotet</translation>
    </message>
    <message>
        <source>Passwords and MFA</source>
        <translation>パスワードと多要素認証</translation>
    </message>
    <message>
        <source>Reporting an incident</source>
        <translation>インシデントの報告</translation>
    </message>
    <message>
        <source>Handling information</source>
        <translation>情報の取り扱い</translation>
    </message>
    <message>
        <source>Physical security</source>
        <translation>物理的セキュリティ</translation>
    </message>
    <message>
        <source>BCP drill</source>
        <translation>BCP 訓練</translation>
    </message>
    <message>
        <source>Role-specific</source>
        <translation>役職別</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>その他</translation>
    </message>
    <message>
        <source>Lecture</source>
        <translation>講義</translation>
    </message>
    <message>
        <source>E-learning</source>
        <translation>e ラーニング</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>動画</translation>
    </message>
    <message>
        <source>Drill</source>
        <translation>訓練</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>全員</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>部署を指定</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>役職を指定</translation>
    </message>
    <message>
        <source>Optional (only when assigned)</source>
        <translation>任意（割り当てた人のみ）</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Departments: %1</source>
        <translation>部署: %1</translation>
    </message>
    <message>
        <source>Roles: %1</source>
        <translation>役職: %1</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>任意</translation>
    </message>
    <message numerus="yes">
        <source>Every %n month(s)</source>
        <translation>
            <numerusform>%n か月ごと</numerusform>
        </translation>
    </message>
    <message>
        <source>Once</source>
        <translation>1 回のみ</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) after joining</source>
        <translation>
            <numerusform>入社後 %n 日以内</numerusform>
        </translation>
    </message>
    <message>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>not taken</source>
        <translation>未受講</translation>
    </message>
    <message>
        <source>Last completed on %1.</source>
        <translation>前回の修了日は %1 です。</translation>
    </message>
    <message>
        <source>Never completed.</source>
        <translation>一度も修了していません。</translation>
    </message>
    <message>
        <source>Renewal due on %1.</source>
        <translation>再受講の期限は %1 です。</translation>
    </message>
    <message>
        <source>Due on %1.</source>
        <translation>受講期限は %1 です。</translation>
    </message>
    <message>
        <source>Assigned as a follow-up.</source>
        <translation>フォローアップとして割り当てられています。</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>未確認</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
</context>
<context>
    <name>kamae::ui::TrainingUndoText</name>
    <message>
        <source>Edit course %1</source>
        <translation>講座「%1」の編集</translation>
    </message>
    <message>
        <source>Add course %1</source>
        <translation>講座「%1」の追加</translation>
    </message>
    <message>
        <source>Delete course %1</source>
        <translation>講座「%1」の削除</translation>
    </message>
    <message>
        <source>Add starter courses</source>
        <translation>標準講座の追加</translation>
    </message>
    <message>
        <source>Record session of %1</source>
        <translation>%1 の実施回の記録</translation>
    </message>
    <message>
        <source>Edit session of %1</source>
        <translation>%1 の実施回の編集</translation>
    </message>
    <message>
        <source>Delete session %1 of %2</source>
        <translation>「%2」の実施回（%1）の削除</translation>
    </message>
</context>
<context>
    <name>kamae::ui::TrayNotifier</name>
    <message numerus="yes">
        <source>%n item(s) became overdue:</source>
        <translation>
            <numerusform>%n 件が期限超過になりました:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %n more</source>
        <translation>
            <numerusform>…ほか %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Kamae: overdue</source>
        <translation>Kamae: 期限超過</translation>
    </message>
</context>
<context>
    <name>kamae::ui::UnlockDialog</name>
    <message>
        <source>Unlock Kamae</source>
        <translation>Kamae のロック解除</translation>
    </message>
    <message>
        <source>Unlock vault</source>
        <translation>保管庫のロック解除</translation>
    </message>
    <message>
        <source>Use the passphrase instead</source>
        <translation>パスフレーズを使う</translation>
    </message>
    <message>
        <source>Forgot the passphrase? Use the recovery code</source>
        <translation>パスフレーズを忘れた場合は回復コードを使う</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>ロック解除</translation>
    </message>
    <message>
        <source>Recovery &amp;code (from the printed sheet):</source>
        <translation>回復コード（印刷した用紙に記載）(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>パスフレーズ(&amp;P):</translation>
    </message>
    <message>
        <source>Opening the data…</source>
        <translation>データを開いています…</translation>
    </message>
    <message>
        <source>Deriving the key and decrypting…</source>
        <translation>鍵を導出してデータを復号しています…</translation>
    </message>
    <message>
        <source>Checking the passphrase…</source>
        <translation>パスフレーズを確認しています…</translation>
    </message>
</context>
<context>
    <name>kamae::ui::UserGuideWindow</name>
    <message>
        <source>User guide — Kamae</source>
        <translation>ユーザーガイド — Kamae</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>戻る(&amp;B)</translation>
    </message>
    <message>
        <source>User &amp;guide</source>
        <translation>ユーザーガイド(&amp;G)</translation>
    </message>
    <message>
        <source>Back to the beginning of the user guide</source>
        <translation>ユーザーガイドの先頭に戻ります</translation>
    </message>
</context>
<context>
    <name>kamae::ui::WelcomePage</name>
    <message>
        <source>(not found: %1)</source>
        <translation>（見つかりません: %1）</translation>
    </message>
    <message>
        <source>Kamae 構え</source>
        <translation>Kamae 構え</translation>
    </message>
    <message>
        <source>Your company&apos;s security posture in one encrypted file: information assets, patches, backups and their offline copies, training, the business continuity plan and incident contacts — as a score you can explain and a report for your executives.</source>
        <translation>情報資産、修正プログラム（パッチ）、バックアップとそのオフライン保管、教育・訓練、事業継続計画（BCP）、インシデント時の連絡先まで、自社のセキュリティ対策状況を一つの暗号化ファイルで管理します。根拠を説明できるスコアと、経営者向けレポートにまとめます。</translation>
    </message>
    <message>
        <source>&amp;New vault…</source>
        <translation>保管庫を新規作成(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open vault…</source>
        <translation>保管庫を開く(&amp;O)…</translation>
    </message>
    <message>
        <source>Recently opened</source>
        <translation>最近使った保管庫</translation>
    </message>
    <message>
        <source>Remove from list</source>
        <translation>一覧から削除</translation>
    </message>
    <message>
        <source>Or look around first: open the &amp;demo company</source>
        <translation>まずは試してみる: デモ会社を開く(&amp;D)</translation>
    </message>
    <message>
        <source>Opens a made-up company with a year of records, to look around (passphrase: %1)</source>
        <translation>1 年分の記録が入った架空の会社を開き、操作を試せます（パスフレーズ: %1）</translation>
    </message>
</context>
<context>
    <name>kamae::vault::PassphraseStrength</name>
    <message>
        <source>Very weak</source>
        <translation>非常に弱い</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>弱い</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>普通</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>強い</translation>
    </message>
    <message>
        <source>Very strong</source>
        <translation>非常に強い</translation>
    </message>
    <message>
        <source>Use several words or a long sentence that only you know.</source>
        <translation>複数の単語や、自分だけが知っている長い文を使ってください。</translation>
    </message>
    <message>
        <source>This is one of the most common passwords. Choose something else.</source>
        <translation>よく使われるパスワードの一つです。別のものを選んでください。</translation>
    </message>
    <message>
        <source>Use at least %1 characters; a few unrelated words are easy to remember.</source>
        <translation>%1 文字以上にしてください。関連のない単語をいくつか組み合わせると覚えやすくなります。</translation>
    </message>
    <message>
        <source>Easy to guess. Add more words, or mix in digits and symbols.</source>
        <translation>推測されやすいパスフレーズです。単語を増やすか、数字や記号を組み合わせてください。</translation>
    </message>
    <message>
        <source>Acceptable. A longer passphrase would be stronger.</source>
        <translation>使用できるパスフレーズです。さらに長くするとより強くなります。</translation>
    </message>
    <message>
        <source>Good. Keep it somewhere safe: without it or the recovery code, the data cannot be recovered.</source>
        <translation>十分な強度です。安全な場所に控えておいてください。パスフレーズと回復コードの両方を失うと、データを復元できません。</translation>
    </message>
</context>
<context>
    <name>kamae::vault::Vault</name>
    <message>
        <source>There is no file at %1.</source>
        <translation>%1 にファイルがありません。</translation>
    </message>
    <message>
        <source>The file %1 could not be read: %2</source>
        <translation>ファイル %1 を読み込めませんでした: %2</translation>
    </message>
    <message>
        <source>%1 is not a Kamae data file.</source>
        <translation>%1 は Kamae の保管庫ファイルではありません。</translation>
    </message>
    <message>
        <source>The file %1 is damaged or was changed outside Kamae, so its contents cannot be trusted. Nothing was changed. Open the backup copy (the file ending in .bak) or a copy from your offline media instead.</source>
        <translation>ファイル %1 は破損しているか、Kamae 以外で変更されているため、内容を信頼できません。ファイルには何も変更を加えていません。代わりにバックアップ（拡張子が .bak のファイル）か、オフライン保管の媒体にあるコピーを開いてください。</translation>
    </message>
    <message>
        <source>%1 was saved by a newer version of Kamae. Install the latest Kamae to open it; the file was not changed.</source>
        <translation>%1 は新しいバージョンの Kamae で保存されています。開くには最新の Kamae をインストールしてください。ファイルは変更していません。</translation>
    </message>
    <message>
        <source>The passphrase is not correct. Check the input mode (half-width / full-width) and Caps Lock, or unlock with the recovery code.</source>
        <translation>パスフレーズが正しくありません。入力モード（半角／全角）や Caps Lock の状態を確認するか、回復コードでロックを解除してください。</translation>
    </message>
    <message>
        <source>This recovery code does not open %1. Check the code on the printed sheet.</source>
        <translation>この回復コードでは %1 を開けません。印刷した用紙のコードを確認してください。</translation>
    </message>
    <message>
        <source>%1 is already open in another Kamae (%2). Close it there first.</source>
        <translation>%1 はほかの Kamae（%2）で開かれています。先にそちらで閉じてください。</translation>
    </message>
    <message>
        <source>Kamae could not save %1: %2. Your data is still open and nothing was lost. Free some disk space or choose a writable folder, then save again.</source>
        <translation>%1 を保存できませんでした（%2）。データは開いたままで、失われてはいません。ディスクの空き容量を確保するか、書き込み可能なフォルダーを選んでから、もう一度保存してください。</translation>
    </message>
    <message>
        <source>%1 already exists. Choose another name: a new vault never replaces an existing file.</source>
        <translation>%1 はすでに存在します。別の名前を指定してください。新しい保管庫で既存のファイルを上書きすることはありません。</translation>
    </message>
    <message>
        <source>The data in %1 could not be upgraded for this version of Kamae (%2). The file was not changed.</source>
        <translation>%1 のデータをこのバージョンの Kamae 用に更新できませんでした（%2）。ファイルは変更していません。</translation>
    </message>
    <message>
        <source>process %1 on %2</source>
        <translation>%2 のプロセス %1</translation>
    </message>
    <message>
        <source>the lock file %1 could not be created</source>
        <translation>ロックファイル %1 を作成できませんでした</translation>
    </message>
    <message>
        <source>The passphrase must not be empty.</source>
        <translation>パスフレーズを入力してください。</translation>
    </message>
    <message>
        <source>The organisation name must not be empty.</source>
        <translation>組織名を入力してください。</translation>
    </message>
    <message>
        <source>The key derivation settings are out of range.</source>
        <translation>鍵導出の設定値が有効な範囲外です。</translation>
    </message>
    <message>
        <source>the folder does not exist</source>
        <translation>フォルダーが存在しません</translation>
    </message>
    <message>
        <source>The key could not be derived.</source>
        <translation>鍵を導出できませんでした。</translation>
    </message>
    <message>
        <source>the first records could not be written</source>
        <translation>初期データを書き込めませんでした</translation>
    </message>
    <message>
        <source>A recovery code has 24 letters and digits, in six groups of four.</source>
        <translation>回復コードは英数字 24 文字（4 文字ずつ 6 組）です。</translation>
    </message>
    <message>
        <source>The vault is locked.</source>
        <translation>保管庫はロックされています。</translation>
    </message>
    <message>
        <source>it was opened read-only</source>
        <translation>読み取り専用で開かれています</translation>
    </message>
    <message>
        <source>the database could not be serialized</source>
        <translation>データベースを書き出せませんでした</translation>
    </message>
    <message>
        <source>encryption failed</source>
        <translation>暗号化に失敗しました</translation>
    </message>
    <message>
        <source>The backup copy %1 could not be written: %2</source>
        <translation>バックアップ %1 を書き込めませんでした: %2</translation>
    </message>
    <message>
        <source>The copy could not be written to %1: %2. The vault itself was not changed. Check that the disk or USB stick is connected, writable and has free space, then try again.</source>
        <translation>%1 にコピーを書き込めませんでした（%2）。保管庫そのものは変更していません。ディスクや USB メモリが接続されていて、書き込み可能で空き容量があることを確認してから、もう一度実行してください。</translation>
    </message>
    <message>
        <source>too many copies were made in this minute</source>
        <translation>同じ 1 分間に作成したコピーが多すぎます</translation>
    </message>
    <message>
        <source>the file name was taken while writing</source>
        <translation>書き込み中に同じ名前のファイルが作成されました</translation>
    </message>
    <message>
        <source>No copy was kept: the data in this vault failed its integrity check (%1), so a copy would not restore cleanly. The vault itself was not changed. Keep its .bak file and your earlier copies: they may hold an intact version.</source>
        <translation>この保管庫のデータは整合性の確認で問題が見つかったため（%1）、コピーしても正しく復元できません。コピーは残していません。保管庫そのものは変更していません。.bak ファイルとこれまでのコピーは削除せずに残してください。破損していない版が含まれている可能性があります。</translation>
    </message>
    <message>
        <source>The copy %1 holds data that failed its integrity check (%2) and could not be deleted. Delete it yourself. The vault itself was not changed. Keep its .bak file and your earlier copies: they may hold an intact version.</source>
        <translation>コピー %1 のデータは整合性の確認で問題が見つかりましたが（%2）、自動では削除できませんでした。手動で削除してください。保管庫そのものは変更していません。.bak ファイルとこれまでのコピーは削除せずに残してください。破損していない版が含まれている可能性があります。</translation>
    </message>
    <message>
        <source>The copy %1 did not read back correctly (%2), so it was deleted. The vault itself was not changed. Try again; if it fails again, use another disk or USB stick.</source>
        <translation>コピー %1 を正しく読み戻せなかったため（%2）、削除しました。保管庫そのものは変更していません。もう一度実行し、再び失敗する場合は別のディスクや USB メモリを使用してください。</translation>
    </message>
    <message>
        <source>The copy %1 did not read back correctly (%2) and could not be deleted. Delete it yourself: it cannot be used to restore. The vault itself was not changed.</source>
        <translation>コピー %1 を正しく読み戻せず（%2）、自動では削除できませんでした。このコピーは復元に使用できないため、手動で削除してください。保管庫そのものは変更していません。</translation>
    </message>
    <message>
        <source>its contents do not match what was written</source>
        <translation>書き込んだ内容と一致しません</translation>
    </message>
    <message>
        <source>The copy %1 is damaged or was changed outside Kamae, so it cannot be used to restore. Make a new copy; if this happens again, replace the disk or USB stick.</source>
        <translation>コピー %1 は破損しているか Kamae 以外で変更されているため、復元には使用できません。新しいコピーを作成してください。再び同じことが起きる場合は、ディスクや USB メモリを交換してください。</translation>
    </message>
    <message>
        <source>it could not be read: %1</source>
        <translation>読み取れませんでした: %1</translation>
    </message>
    <message>
        <source>The file %1 is damaged, or it is not a copy of this vault; Kamae cannot tell which. If it is a copy of another vault, check it from that vault or with its passphrase. Otherwise make a new copy.</source>
        <translation>ファイル %1 は破損しているか、この保管庫のコピーではありません（どちらかは判別できません）。別の保管庫のコピーであれば、その保管庫から、またはその保管庫のパスフレーズで検証してください。そうでなければ、新しいコピーを作成してください。</translation>
    </message>
    <message>
        <source>The file %1 is damaged or was changed outside Kamae (%2), so its contents cannot be trusted. Nothing was changed. Open the backup copy (the file ending in .bak) or a copy from your offline media instead.</source>
        <translation>ファイル %1 は破損しているか、Kamae 以外で変更されているため（%2）、内容を信頼できません。ファイルには何も変更を加えていません。代わりにバックアップ（拡張子が .bak のファイル）か、オフライン保管の媒体にあるコピーを開いてください。</translation>
    </message>
    <message>
        <source>the disk did not take the data (it may be full or have been removed)</source>
        <translation>ディスクがデータを受け付けませんでした（空き容量がないか、取り外された可能性があります）</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>ディスクの空き容量がありません</translation>
    </message>
    <message>
        <source>your disk quota is used up</source>
        <translation>ディスクの使用量の上限（クォータ）に達しています</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>ディスクが読み取り専用です</translation>
    </message>
    <message>
        <source>Kamae is not allowed to write in that folder</source>
        <translation>そのフォルダーへの書き込みが Kamae に許可されていません</translation>
    </message>
    <message>
        <source>the file is larger than this disk or the system allows</source>
        <translation>ファイルが、このディスクまたはシステムで扱える大きさを超えています</translation>
    </message>
    <message>
        <source>the folder no longer exists (was a USB stick or network drive removed?)</source>
        <translation>フォルダーが存在しなくなりました（USB メモリやネットワークドライブが取り外されていませんか？）</translation>
    </message>
    <message>
        <source>the disk reported a write error</source>
        <translation>ディスクから書き込みエラーが報告されました</translation>
    </message>
    <message>
        <source>%1 is already open in another Kamae. Close it there first. If no Kamae has it open (after a crash or a power cut), delete the lock file %2.</source>
        <translation>%1 はほかの Kamae で開かれています。先にそちらで閉じてください。どの Kamae でも開いていない場合（異常終了や停電の後など）は、ロックファイル %2 を削除してください。</translation>
    </message>
    <message>
        <source>Kamae could not save %1: %2. The change was not saved; the file is as it was before this command.</source>
        <translation>%1 を保存できませんでした（%2）。変更は保存されていません。ファイルはこのコマンドを実行する前の状態のままです。</translation>
    </message>
    <message>
        <source>process %1</source>
        <translation>プロセス %1</translation>
    </message>
    <message>
        <source>The backup copy %1 could not be replaced (%2). It still holds the previous generation, which opens with the previous secret.</source>
        <translation>バックアップ %1 を置き換えられませんでした（%2）。このファイルには前の世代が残っており、変更前のパスフレーズまたは回復コードで開きます。</translation>
    </message>
    <message>
        <source>compression failed</source>
        <translation>圧縮に失敗しました</translation>
    </message>
    <message>
        <source>A save is already running.</source>
        <translation>保存を実行中です。</translation>
    </message>
</context>
</TS>
