<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en_GB">
<context>
    <name>kamae::assets::AssetJson</name>
    <message>
        <source>The listing could not be written: %1</source>
        <translation>The listing could not be written: %1</translation>
    </message>
</context>
<context>
    <name>kamae::backups::BackupDeskText</name>
    <message>
        <source>Copied to %1 (%2 bytes) and read back intact.</source>
        <translation>Copied to %1 (%2 bytes) and read back intact.</translation>
    </message>
    <message>
        <source>The copy reads back intact. Disconnect the drive and keep it away from the network.</source>
        <translation>The copy reads back intact. Disconnect the drive and keep it away from the network.</translation>
    </message>
    <message>
        <source>The vault was copied to %1 and the copy was read back intact. Now disconnect the drive and keep it somewhere safe, away from this computer.</source>
        <translation>The vault was copied to %1 and the copy was read back intact. Now disconnect the drive and keep it somewhere safe, away from this computer.</translation>
    </message>
    <message>
        <source>The copy could not be logged: %1</source>
        <translation>The copy could not be logged: %1</translation>
    </message>
    <message>
        <source>Opened the whole vault from %1 and checked it: intact.</source>
        <translation>Opened the whole vault from %1 and checked it: intact.</translation>
    </message>
    <message>
        <source>The whole vault, from %1</source>
        <translation>The whole vault, from %1</translation>
    </message>
    <message>
        <source>The copy %1 is intact. Its newest change is from %2.</source>
        <translation>The copy %1 is intact. Its newest change is from %2.</translation>
    </message>
    <message>
        <source>The copy %1 is intact.</source>
        <translation>The copy %1 is intact.</translation>
    </message>
    <message>
        <source>The copy %1 failed the check: %2 Make a new copy on another drive.</source>
        <translation>The copy %1 failed the check: %2 Make a new copy on another drive.</translation>
    </message>
    <message>
        <source>The result could not be logged: %1</source>
        <translation>The result could not be logged: %1</translation>
    </message>
</context>
<context>
    <name>kamae::backups::BackupText</name>
    <message>
        <source>A backup job needs a name.</source>
        <translation>A backup job needs a name.</translation>
    </message>
    <message>
        <source>The restore test interval must be between 1 and %1 days.</source>
        <translation>The restore test interval must be between 1 and %1 days.</translation>
    </message>
    <message>
        <source>The air-gap check interval must be between 1 and %1 days.</source>
        <translation>The air-gap check interval must be between 1 and %1 days.</translation>
    </message>
    <message>
        <source>The number of generations kept must be between 0 and 100000.</source>
        <translation>The number of generations kept must be between 0 and 100000.</translation>
    </message>
    <message>
        <source>A job can list at most %1 copies.</source>
        <translation>A job can list at most %1 copies.</translation>
    </message>
    <message>
        <source>The job needs the date it started.</source>
        <translation>The job needs the date it started.</translation>
    </message>
    <message>
        <source>The record does not belong to a backup job.</source>
        <translation>The record does not belong to a backup job.</translation>
    </message>
    <message>
        <source>The record needs a date.</source>
        <translation>The record needs a date.</translation>
    </message>
    <message>
        <source>The date %1 is in the future; record what has happened.</source>
        <translation>The date %1 is in the future; record what has happened.</translation>
    </message>
    <message>
        <source>The duration must be between 0 minutes and 30 days.</source>
        <translation>The duration must be between 0 minutes and 30 days.</translation>
    </message>
    <message>
        <source>Kamae vault</source>
        <translation>Kamae vault</translation>
    </message>
    <message>
        <source>Backups → Copy vault to offline media</source>
        <translation>Backups → Copy vault to offline media</translation>
    </message>
    <message>
        <source>Previous generation beside the vault file (.bak)</source>
        <translation>Previous generation beside the vault file (.bak)</translation>
    </message>
    <message>
        <source>USB drive kept disconnected</source>
        <translation>USB drive kept disconnected</translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>The copies use %n kinds of media (%1).</source>
        <translation>
            <numerusform>The copies use %n kind of media (%1).</numerusform>
            <numerusform>The copies use %n kinds of media (%1).</numerusform>
        </translation>
    </message>
    <message>
        <source>No backup copy is listed, so no media either.</source>
        <translation>No backup copy is listed, so no media either.</translation>
    </message>
    <message>
        <source>Every copy is on the same kind of media (%1); one failure or one attack on that kind can take them all. Use a second kind, such as a USB disk beside a NAS.</source>
        <translation>Every copy is on the same kind of media (%1); one failure or one attack on that kind can take them all. Use a second kind, such as a USB disk beside a NAS.</translation>
    </message>
    <message>
        <source>Kept off-site: %1.</source>
        <translation>Kept off-site: %1.</translation>
    </message>
    <message>
        <source>No copy is kept off-site or in the cloud; a fire, flood or theft at the office would take every copy.</source>
        <translation>No copy is kept off-site or in the cloud; a fire, flood or theft at the office would take every copy.</translation>
    </message>
    <message>
        <source>Kept offline (air-gapped): %1.</source>
        <translation>Kept offline (air-gapped): %1.</translation>
    </message>
    <message>
        <source>Kept immutable: %1.</source>
        <translation>Kept immutable: %1.</translation>
    </message>
    <message>
        <source>No copy is offline (air-gapped) or immutable; ransomware encrypts every copy it can reach over the network.</source>
        <translation>No copy is offline (air-gapped) or immutable; ransomware encrypts every copy it can reach over the network.</translation>
    </message>
    <message>
        <source>No restore test is recorded: nobody knows yet whether this backup can be restored.</source>
        <translation>No restore test is recorded: nobody knows yet whether this backup can be restored.</translation>
    </message>
    <message>
        <source>The last restore test (%1) restored without errors.</source>
        <translation>The last restore test (%1) restored without errors.</translation>
    </message>
    <message>
        <source>The last restore test (%1) finished with errors; fix the cause and test again.</source>
        <translation>The last restore test (%1) finished with errors; fix the cause and test again.</translation>
    </message>
    <message>
        <source>The last restore test (%1) failed; the backup could not be restored. Fix it and test again.</source>
        <translation>The last restore test (%1) failed; the backup could not be restored. Fix it and test again.</translation>
    </message>
    <message>
        <source>Other media</source>
        <translation>Other media</translation>
    </message>
    <message>
        <source>Internal disk</source>
        <translation>Internal disk</translation>
    </message>
    <message>
        <source>NAS</source>
        <translation>NAS</translation>
    </message>
    <message>
        <source>External disk (USB)</source>
        <translation>External disk (USB)</translation>
    </message>
    <message>
        <source>Tape</source>
        <translation>Tape</translation>
    </message>
    <message>
        <source>Optical disc</source>
        <translation>Optical disc</translation>
    </message>
    <message>
        <source>Cloud storage</source>
        <translation>Cloud storage</translation>
    </message>
    <message>
        <source>On-site</source>
        <translation>On-site</translation>
    </message>
    <message>
        <source>Off-site</source>
        <translation>Off-site</translation>
    </message>
    <message>
        <source>Cloud</source>
        <translation>Cloud</translation>
    </message>
    <message>
        <source>Backup run</source>
        <translation>Backup run</translation>
    </message>
    <message>
        <source>Restore test</source>
        <translation>Restore test</translation>
    </message>
    <message>
        <source>Air-gap check</source>
        <translation>Air-gap check</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Succeeded</translation>
    </message>
    <message>
        <source>With errors</source>
        <translation>With errors</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>3 copies</source>
        <translation>3 copies</translation>
    </message>
    <message>
        <source>2 kinds of media</source>
        <translation>2 kinds of media</translation>
    </message>
    <message>
        <source>1 off-site</source>
        <translation>1 off-site</translation>
    </message>
    <message>
        <source>1 offline or immutable</source>
        <translation>1 offline or immutable</translation>
    </message>
    <message>
        <source>0 restore errors</source>
        <translation>0 restore errors</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>On track</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>Due soon</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>No backup job is recorded yet. Add the backups the company makes, starting with the data it could not work without.</source>
        <translation>No backup job is recorded yet. Add the backups the company makes, starting with the data it could not work without.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n backup jobs meet the 3-2-1-1-0 rule.</source>
        <translation>
            <numerusform>%1 of %n backup job meets the 3-2-1-1-0 rule.</numerusform>
            <numerusform>%1 of %n backup jobs meet the 3-2-1-1-0 rule.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) have an overdue run, restore test or air-gap check.</source>
        <translation>
            <numerusform>%n job has an overdue run, restore test or air-gap check.</numerusform>
            <numerusform>%n jobs have an overdue run, restore test or air-gap check.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n important asset(s) (importance 3) are not protected by any backup job.</source>
        <translation>
            <numerusform>%n important asset (importance 3) is not protected by any backup job.</numerusform>
            <numerusform>%n important assets (importance 3) are not protected by any backup job.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 copies: the data itself and %2 backup copies.</source>
        <translation>%1 copies: the data itself and %2 backup copies.</translation>
    </message>
    <message>
        <source>Only 2 copies: the data itself and one backup copy. Keep at least two backup copies.</source>
        <translation>Only 2 copies: the data itself and one backup copy. Keep at least two backup copies.</translation>
    </message>
    <message>
        <source>Only the data itself: no backup copy is listed. Keep at least two backup copies.</source>
        <translation>Only the data itself: no backup copy is listed. Keep at least two backup copies.</translation>
    </message>
    <message>
        <source>Not made yet: no copy of the vault is logged (%1)</source>
        <translation>Not made yet: no copy of the vault is logged (%1)</translation>
    </message>
</context>
<context>
    <name>kamae::bcp::BcpChecks</name>
    <message>
        <source>core business %1 (%2)</source>
        <translation>core business %1 (%2)</translation>
    </message>
    <message>
        <source>asset #%1</source>
        <translation>asset #%1</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1: no backup job protects %2.</source>
        <translation>%1: no backup job protects %2.</translation>
    </message>
    <message>
        <source>%1: the restore of %2 was never tested (job &quot;%3&quot;).</source>
        <translation>%1: the restore of %2 was never tested (job &quot;%3&quot;).</translation>
    </message>
    <message>
        <source>%1: the RTO of %2 is shorter than the %3 the last restore test of %4 took (job &quot;%5&quot;, %6).</source>
        <translation>%1: the RTO of %2 is shorter than the %3 the last restore test of %4 took (job &quot;%5&quot;, %6).</translation>
    </message>
    <message>
        <source>%1: the RPO of %2 is shorter than the %3 between backups of %4 (job &quot;%5&quot;).</source>
        <translation>%1: the RPO of %2 is shorter than the %3 between backups of %4 (job &quot;%5&quot;).</translation>
    </message>
    <message>
        <source>%1: the alternative &quot;%2&quot; depends on %3, which the business itself depends on.</source>
        <translation>%1: the alternative &quot;%2&quot; depends on %3, which the business itself depends on.</translation>
    </message>
    <message>
        <source>The basic policy (Form 02) is not written yet.</source>
        <translation>The basic policy (Form 02) is not written yet.</translation>
    </message>
    <message>
        <source>No roles of the emergency organisation (Form 03).</source>
        <translation>No roles of the emergency organisation (Form 03).</translation>
    </message>
    <message>
        <source>Nobody holds the role %1.</source>
        <translation>Nobody holds the role %1.</translation>
    </message>
    <message>
        <source>No deputy for %1.</source>
        <translation>No deputy for %1.</translation>
    </message>
    <message>
        <source>The employee emergency card (Form 04) is not written yet.</source>
        <translation>The employee emergency card (Form 04) is not written yet.</translation>
    </message>
    <message>
        <source>No core business (Form 06) is listed.</source>
        <translation>No core business (Form 06) is listed.</translation>
    </message>
    <message>
        <source>No maximum tolerable outage for %1.</source>
        <translation>No maximum tolerable outage for %1.</translation>
    </message>
    <message>
        <source>No RTO for %1.</source>
        <translation>No RTO for %1.</translation>
    </message>
    <message>
        <source>No RPO for %1.</source>
        <translation>No RPO for %1.</translation>
    </message>
    <message>
        <source>The RTO of %1 is longer than its maximum tolerable outage.</source>
        <translation>The RTO of %1 is longer than its maximum tolerable outage.</translation>
    </message>
    <message>
        <source>No asset of the register is linked to %1.</source>
        <translation>No asset of the register is linked to %1.</translation>
    </message>
    <message>
        <source>No supplier for %1.</source>
        <translation>No supplier for %1.</translation>
    </message>
    <message>
        <source>No alternative or manual fallback for %1.</source>
        <translation>No alternative or manual fallback for %1.</translation>
    </message>
    <message>
        <source>No emergency contacts (Forms 11, 12).</source>
        <translation>No emergency contacts (Forms 11, 12).</translation>
    </message>
</context>
<context>
    <name>kamae::bcp::BcpCommands</name>
    <message>
        <source>Usage: kamae bcp check VAULT [--json]</source>
        <translation>Usage: kamae bcp check VAULT [--json]</translation>
    </message>
    <message>
        <source>Usage: kamae bcp publish VAULT --approver NAME [--note TEXT]</source>
        <translation>Usage: kamae bcp publish VAULT --approver NAME [--note TEXT]</translation>
    </message>
    <message>
        <source>BCP check on %1: %2 finding(s) against the records, %3 on completeness.</source>
        <translation>BCP check on %1: %2 finding(s) against the records, %3 on completeness.</translation>
    </message>
    <message>
        <source>Nobody called &quot;%1&quot; is in the people list.</source>
        <translation>Nobody called &quot;%1&quot; is in the people list.</translation>
    </message>
    <message>
        <source>Published version %1 of the BCP on %2, approved by %3.</source>
        <translation>Published version %1 of the BCP on %2, approved by %3.</translation>
    </message>
    <message>
        <source>  bcp check VAULT [--json]
                             the BCP checked against the assets, backups and
                             restore tests, and what each section leaves out
</source>
        <translation>  bcp check VAULT [--json]
                             the BCP checked against the assets, backups and
                             restore tests, and what each section leaves out
</translation>
    </message>
    <message>
        <source>  bcp publish VAULT --approver NAME [--note TEXT]
                             freeze the draft BCP as its next version, approved
                             by an entry of the people list
</source>
        <translation>  bcp publish VAULT --approver NAME [--note TEXT]
                             freeze the draft BCP as its next version, approved
                             by an entry of the people list
</translation>
    </message>
    <message>
        <source>Usage: kamae bcp print VAULT --out FILE.pdf|DIR [--lang ja|en] [--version N] [--part binder|card|calltree|meti]</source>
        <translation>Usage: kamae bcp print VAULT --out FILE.pdf|DIR [--lang ja|en] [--version N] [--part binder|card|calltree|meti]</translation>
    </message>
    <message>
        <source>Usage: kamae bcp card VAULT --out FILE.pdf|DIR [--lang ja|en]</source>
        <translation>Usage: kamae bcp card VAULT --out FILE.pdf|DIR [--lang ja|en]</translation>
    </message>
    <message>
        <source>--version must be the number of a published version.</source>
        <translation>--version must be the number of a published version.</translation>
    </message>
    <message>
        <source>--part must be binder, card, calltree or meti.</source>
        <translation>--part must be binder, card, calltree or meti.</translation>
    </message>
    <message>
        <source>Printing needs Qt&apos;s GUI library to lay out its pages.</source>
        <translation>Printing needs Qt&apos;s GUI library to lay out its pages.</translation>
    </message>
    <message>
        <source>There is no published version %1 of the plan.</source>
        <translation>There is no published version %1 of the plan.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n page(s)).</source>
        <translation>
            <numerusform>Wrote %1 (%n page).</numerusform>
            <numerusform>Wrote %1 (%n pages).</numerusform>
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
        <translation>  bcp print VAULT --out FILE.pdf|DIR [--lang ja|en] [--version N]
            [--part binder|card|calltree|meti]
                             the BCP on A4 in the plan&apos;s language: the binder
                             (default), the emergency card, the call tree or
                             the 事業継続力強化計画 draft; the draft unless
                             --version names a published one
</translation>
    </message>
    <message>
        <source>  bcp card VAULT --out FILE.pdf|DIR [--lang ja|en]
                             the employee emergency card (様式04), two per A4
                             page with a cut line
</source>
        <translation>  bcp card VAULT --out FILE.pdf|DIR [--lang ja|en]
                             the employee emergency card (様式04), two per A4
                             page with a cut line
</translation>
    </message>
</context>
<context>
    <name>kamae::bcp::BcpFactorText</name>
    <message>
        <source>BCP published and reviewed in the last 12 months</source>
        <translation>BCP published and reviewed in the last 12 months</translation>
    </message>
    <message>
        <source>Core businesses with RTO, RPO and their assets</source>
        <translation>Core businesses with RTO, RPO and their assets</translation>
    </message>
    <message>
        <source>Recovery targets the backups can meet</source>
        <translation>Recovery targets the backups can meet</translation>
    </message>
    <message>
        <source>A BCP exercise in the last 12 months</source>
        <translation>A BCP exercise in the last 12 months</translation>
    </message>
    <message>
        <source>No version of the plan is published.</source>
        <translation>No version of the plan is published.</translation>
    </message>
    <message>
        <source>Publish a version of the BCP</source>
        <translation>Publish a version of the BCP</translation>
    </message>
    <message numerus="yes">
        <source>Version %1 was published on %2 (%n day(s) ago).</source>
        <translation>
            <numerusform>Version %1 was published on %2 (%n day ago).</numerusform>
            <numerusform>Version %1 was published on %2 (%n days ago).</numerusform>
        </translation>
    </message>
    <message>
        <source>Review the BCP and publish a new version</source>
        <translation>Review the BCP and publish a new version</translation>
    </message>
    <message>
        <source>No core business is listed in the plan.</source>
        <translation>No core business is listed in the plan.</translation>
    </message>
    <message>
        <source>List the core businesses of the BCP</source>
        <translation>List the core businesses of the BCP</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n core business(es) have an RTO, an RPO and a dependent asset.</source>
        <translation>
            <numerusform>%1 of %n core business has an RTO, an RPO and a dependent asset.</numerusform>
            <numerusform>%1 of %n core businesses have an RTO, an RPO and a dependent asset.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set RTO, RPO and dependent assets for %n core business(es)</source>
        <translation>
            <numerusform>Set RTO, RPO and dependent assets for %n core business</numerusform>
            <numerusform>Set RTO, RPO and dependent assets for %n core businesses</numerusform>
        </translation>
    </message>
    <message>
        <source>No core business is linked to an asset, so nothing can be checked.</source>
        <translation>No core business is linked to an asset, so nothing can be checked.</translation>
    </message>
    <message>
        <source>Link the core businesses to their assets</source>
        <translation>Link the core businesses to their assets</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n checked core business(es) hold against the backups and restore tests.</source>
        <translation>
            <numerusform>%1 of %n checked core business holds against the backups and restore tests.</numerusform>
            <numerusform>%1 of %n checked core businesses hold against the backups and restore tests.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Resolve the %n finding(s) of the BCP check</source>
        <translation>
            <numerusform>Resolve the %n finding of the BCP check</numerusform>
            <numerusform>Resolve the %n findings of the BCP check</numerusform>
        </translation>
    </message>
    <message>
        <source>No BCP exercise is recorded.</source>
        <translation>No BCP exercise is recorded.</translation>
    </message>
    <message>
        <source>Hold a BCP exercise and record its findings</source>
        <translation>Hold a BCP exercise and record its findings</translation>
    </message>
    <message>
        <source>The last BCP exercise was on %1.</source>
        <translation>The last BCP exercise was on %1.</translation>
    </message>
    <message>
        <source>Hold a BCP exercise (last: %1)</source>
        <translation>Hold a BCP exercise (last: %1)</translation>
    </message>
    <message>
        <source>BCP records: version %1 published on %2.</source>
        <translation>BCP records: version %1 published on %2.</translation>
    </message>
    <message>
        <source>BCP records: a draft plan exists, but no version is published.</source>
        <translation>BCP records: a draft plan exists, but no version is published.</translation>
    </message>
    <message>
        <source>BCP records: reviewed on %1 and exercised on %2.</source>
        <translation>BCP records: reviewed on %1 and exercised on %2.</translation>
    </message>
    <message>
        <source>BCP records: no version published in the last 12 months.</source>
        <translation>BCP records: no version published in the last 12 months.</translation>
    </message>
    <message>
        <source>BCP records: no exercise in the last 12 months.</source>
        <translation>BCP records: no exercise in the last 12 months.</translation>
    </message>
</context>
<context>
    <name>kamae::bcp::BcpPrint</name>
    <message>
        <source>Not filled in yet.</source>
        <translation>Not filled in yet.</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>Not stated</translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <comment>hours</comment>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 yen</source>
        <translation>%1 yen</translation>
    </message>
    <message>
        <source>Asset #%1 (no longer in the register)</source>
        <translation>Asset #%1 (no longer in the register)</translation>
    </message>
    <message>
        <source>Basic policy</source>
        <translation>Basic policy</translation>
    </message>
    <message>
        <source>Emergency organisation and roles</source>
        <translation>Emergency organisation and roles</translation>
    </message>
    <message>
        <source>Not assigned</source>
        <translation>Not assigned</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Duties</source>
        <translation>Duties</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Holder</translation>
    </message>
    <message>
        <source>Deputy</source>
        <translation>Deputy</translation>
    </message>
    <message>
        <source>Employee emergency card</source>
        <translation>Employee emergency card</translation>
    </message>
    <message>
        <source>The card to hand out is printed at the end of this binder.</source>
        <translation>The card to hand out is printed at the end of this binder.</translation>
    </message>
    <message>
        <source>Core businesses</source>
        <translation>Core businesses</translation>
    </message>
    <message>
        <source>Maximum tolerable outage</source>
        <translation>Maximum tolerable outage</translation>
    </message>
    <message>
        <source>Recovery time objective (RTO)</source>
        <translation>Recovery time objective (RTO)</translation>
    </message>
    <message>
        <source>Recovery point objective (RPO)</source>
        <translation>Recovery point objective (RPO)</translation>
    </message>
    <message>
        <source>No asset of the register is linked.</source>
        <translation>No asset of the register is linked.</translation>
    </message>
    <message>
        <source>Asset it depends on</source>
        <translation>Asset it depends on</translation>
    </message>
    <message>
        <source>Its role</source>
        <translation>Its role</translation>
    </message>
    <message>
        <source>Alternatives and manual fallbacks</source>
        <translation>Alternatives and manual fallbacks</translation>
    </message>
    <message>
        <source>Core business</source>
        <translation>Core business</translation>
    </message>
    <message>
        <source>Alternative</source>
        <translation>Alternative</translation>
    </message>
    <message>
        <source>Asset it needs</source>
        <translation>Asset it needs</translation>
    </message>
    <message>
        <source>Pre-incident investments</source>
        <translation>Pre-incident investments</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Not yet</translation>
    </message>
    <message>
        <source>Investment</source>
        <translation>Investment</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Cost</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Contacts of key organisations</source>
        <translation>Contacts of key organisations</translation>
    </message>
    <message>
        <source>Staff contact list</source>
        <translation>Staff contact list</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Suppliers and outsourcees</source>
        <translation>Suppliers and outsourcees</translation>
    </message>
    <message>
        <source>What they supply</source>
        <translation>What they supply</translation>
    </message>
    <message>
        <source>Bottleneck resources</source>
        <translation>Bottleneck resources</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Resource</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Register asset</source>
        <translation>Register asset</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Measure</translation>
    </message>
    <message>
        <source>Key customers</source>
        <translation>Key customers</translation>
    </message>
    <message>
        <source>What they take</source>
        <translation>What they take</translation>
    </message>
    <message>
        <source>Insurance</source>
        <translation>Insurance</translation>
    </message>
    <message>
        <source>Insurer</source>
        <translation>Insurer</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Policy</translation>
    </message>
    <message>
        <source>What it covers</source>
        <translation>What it covers</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation>Renewal</translation>
    </message>
    <message>
        <source>Cyber incident scenarios</source>
        <translation>Cyber incident scenarios</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>First response</translation>
    </message>
    <message>
        <source>Exercises held</source>
        <translation>Exercises held</translation>
    </message>
    <message>
        <source>%1 (done)</source>
        <translation>%1 (done)</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scenario</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Follow-up actions</source>
        <translation>Follow-up actions</translation>
    </message>
    <message>
        <source>No exercise held yet.</source>
        <translation>No exercise held yet.</translation>
    </message>
    <message>
        <source>Appendix: checks against the records</source>
        <translation>Appendix: checks against the records</translation>
    </message>
    <message>
        <source>What Kamae found on %1 when it compared the draft with the asset register, the backup jobs and their restore tests, and what the plan leaves out.</source>
        <translation>What Kamae found on %1 when it compared the draft with the asset register, the backup jobs and their restore tests, and what the plan leaves out.</translation>
    </message>
    <message>
        <source>Against the records</source>
        <translation>Against the records</translation>
    </message>
    <message>
        <source>No finding: the backups can meet the recovery targets.</source>
        <translation>No finding: the backups can meet the recovery targets.</translation>
    </message>
    <message>
        <source>Completeness</source>
        <translation>Completeness</translation>
    </message>
    <message>
        <source>Every part of the plan is filled in.</source>
        <translation>Every part of the plan is filled in.</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Version %1 · published %2</source>
        <translation>Version %1 · published %2</translation>
    </message>
    <message>
        <source>Draft · printed %1</source>
        <translation>Draft · printed %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>section title (form number)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Business continuity plan (BCP)</source>
        <translation>Business continuity plan (BCP)</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Published on</source>
        <translation>Published on</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Approved by</translation>
    </message>
    <message>
        <source>Draft, not published</source>
        <translation>Draft, not published</translation>
    </message>
    <message>
        <source>Printed on</source>
        <translation>Printed on</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Contents</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Section</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <source>Appendix: call tree</source>
        <translation>Appendix: call tree</translation>
    </message>
    <message>
        <source>Appendix: employee emergency card (%1)</source>
        <translation>Appendix: employee emergency card (%1)</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <source>BCP</source>
        <translation>BCP</translation>
    </message>
    <message>
        <source>Emergency_card</source>
        <translation>Emergency_card</translation>
    </message>
    <message>
        <source>Call_tree</source>
        <translation>Call_tree</translation>
    </message>
    <message>
        <source>Call tree</source>
        <translation>Call tree</translation>
    </message>
    <message>
        <source>In an emergency the head of the emergency team calls each role; who cannot be reached is replaced by the deputy. Check the numbers at every exercise.</source>
        <translation>In an emergency the head of the emergency team calls each role; who cannot be reached is replaced by the deputy. Check the numbers at every exercise.</translation>
    </message>
    <message>
        <source>Deputy: %1</source>
        <translation>Deputy: %1</translation>
    </message>
    <message>
        <source>No role is listed in the emergency organisation (様式03) yet.</source>
        <translation>No role is listed in the emergency organisation (様式03) yet.</translation>
    </message>
    <message>
        <source>What to do first</source>
        <translation>What to do first</translation>
    </message>
    <message>
        <source>Make yourself and the people around you safe first.</source>
        <translation>Make yourself and the people around you safe first.</translation>
    </message>
    <message>
        <source>From a safe place, report to your manager or the emergency team.</source>
        <translation>From a safe place, report to your manager or the emergency team.</translation>
    </message>
    <message>
        <source>If you suspect a cyber attack, disconnect the PC from the network, leave it on and call the IT contact.</source>
        <translation>If you suspect a cyber attack, disconnect the PC from the network, leave it on and call the IT contact.</translation>
    </message>
    <message>
        <source>Disaster emergency message dial 171</source>
        <translation>Disaster emergency message dial 171</translation>
    </message>
    <message>
        <source>Record: call 171, press 1, then your home phone number.</source>
        <translation>Record: call 171, press 1, then your home phone number.</translation>
    </message>
    <message>
        <source>Play back: call 171, press 2, then the phone number of the person you look for.</source>
        <translation>Play back: call 171, press 2, then the phone number of the person you look for.</translation>
    </message>
    <message>
        <source>On the web: web171 %1</source>
        <translation>On the web: web171 %1</translation>
    </message>
    <message>
        <source>Emergency contacts</source>
        <translation>Emergency contacts</translation>
    </message>
    <message>
        <source>My name</source>
        <translation>My name</translation>
    </message>
    <message>
        <source>My department</source>
        <translation>My department</translation>
    </message>
    <message>
        <source>Family meeting place</source>
        <translation>Family meeting place</translation>
    </message>
    <message>
        <source>Family contact</source>
        <translation>Family contact</translation>
    </message>
    <message>
        <source>Cut here</source>
        <translation>Cut here</translation>
    </message>
    <message>
        <source>Business Continuity Strengthening Plan (事業継続力強化計画): draft</source>
        <translation>Business Continuity Strengthening Plan (事業継続力強化計画): draft</translation>
    </message>
    <message>
        <source>A draft filled from the BCP (%1) for the SME Agency&apos;s stand-alone form (単独型). Adapt it to the form&apos;s current version and complete what the plan cannot say (the company&apos;s role in its supply chain, the effect of natural disasters, funding) before submitting it.</source>
        <translation>A draft filled from the BCP (%1) for the SME Agency&apos;s stand-alone form (単独型). Adapt it to the form&apos;s current version and complete what the plan cannot say (the company&apos;s role in its supply chain, the effect of natural disasters, funding) before submitting it.</translation>
    </message>
    <message>
        <source>1. Name and details (名称等)</source>
        <translation>1. Name and details (名称等)</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Entry</translation>
    </message>
    <message>
        <source>Name of the business</source>
        <translation>Name of the business</translation>
    </message>
    <message>
        <source>2. Goals of strengthening business continuity (事業継続力強化の目標)</source>
        <translation>2. Goals of strengthening business continuity (事業継続力強化の目標)</translation>
    </message>
    <message>
        <source>Purpose (事業継続力強化に取り組む目的)</source>
        <translation>Purpose (事業継続力強化に取り組む目的)</translation>
    </message>
    <message>
        <source>Business activities to continue (自社の事業活動の概要)</source>
        <translation>Business activities to continue (自社の事業活動の概要)</translation>
    </message>
    <message>
        <source>: </source>
        <translation>: </translation>
    </message>
    <message>
        <source>Maximum tolerable outage %1, RTO %2, RPO %3</source>
        <translation>Maximum tolerable outage %1, RTO %2, RPO %3</translation>
    </message>
    <message>
        <source>Effect of disasters on the business (自然災害等の発生が事業活動に与える影響)</source>
        <translation>Effect of disasters on the business (自然災害等の発生が事業活動に与える影響)</translation>
    </message>
    <message>
        <source>3-(1) First response when a disaster strikes (自然災害等が発生した場合における対応手順)</source>
        <translation>3-(1) First response when a disaster strikes (自然災害等が発生した場合における対応手順)</translation>
    </message>
    <message>
        <source>Safety of people and the emergency organisation</source>
        <translation>Safety of people and the emergency organisation</translation>
    </message>
    <message>
        <source>First response steps</source>
        <translation>First response steps</translation>
    </message>
    <message>
        <source>Sharing information on the damage</source>
        <translation>Sharing information on the damage</translation>
    </message>
    <message>
        <source>3-(2) Measures that strengthen business continuity (事業継続力強化に資する対策及び取組)</source>
        <translation>3-(2) Measures that strengthen business continuity (事業継続力強化に資する対策及び取組)</translation>
    </message>
    <message>
        <source>Equipment and investments</source>
        <translation>Equipment and investments</translation>
    </message>
    <message>
        <source>Alternatives and bottlenecks</source>
        <translation>Alternatives and bottlenecks</translation>
    </message>
    <message>
        <source>Business or resource</source>
        <translation>Business or resource</translation>
    </message>
    <message>
        <source>Protecting important information (backups)</source>
        <translation>Protecting important information (backups)</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Asset</translation>
    </message>
    <message>
        <source>Funding (insurance)</source>
        <translation>Funding (insurance)</translation>
    </message>
    <message>
        <source>3-(3) Ensuring effectiveness: organisation in normal times, exercises and reviews (実効性を確保するための取組)</source>
        <translation>3-(3) Ensuring effectiveness: organisation in normal times, exercises and reviews (実効性を確保するための取組)</translation>
    </message>
    <message>
        <source>The management leads the work on the plan in normal times.</source>
        <translation>The management leads the work on the plan in normal times.</translation>
    </message>
    <message>
        <source>The management leads the work on the plan in normal times (%1: %2).</source>
        <translation>The management leads the work on the plan in normal times (%1: %2).</translation>
    </message>
    <message>
        <source>An exercise is held at least once a year, and the plan is reviewed and published again at least once a year.</source>
        <translation>An exercise is held at least once a year, and the plan is reviewed and published again at least once a year.</translation>
    </message>
    <message>
        <source>Versions of the plan</source>
        <translation>Versions of the plan</translation>
    </message>
    <message>
        <source>No version published yet.</source>
        <translation>No version published yet.</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Published</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Continuity_strengthening_plan_draft</source>
        <translation>Continuity_strengthening_plan_draft</translation>
    </message>
</context>
<context>
    <name>kamae::bcp::BcpReminderText</name>
    <message>
        <source>Review the BCP</source>
        <translation>Review the BCP</translation>
    </message>
    <message>
        <source>Version %1 was published on %2; review the plan with the people, assets and contacts of today and publish a new version.</source>
        <translation>Version %1 was published on %2; review the plan with the people, assets and contacts of today and publish a new version.</translation>
    </message>
    <message>
        <source>Hold a BCP exercise</source>
        <translation>Hold a BCP exercise</translation>
    </message>
    <message>
        <source>The last exercise was on %1.</source>
        <translation>The last exercise was on %1.</translation>
    </message>
    <message>
        <source>No exercise is recorded since the plan was first published.</source>
        <translation>No exercise is recorded since the plan was first published.</translation>
    </message>
    <message>
        <source>BCP follow-up: %1</source>
        <translation>BCP follow-up: %1</translation>
    </message>
    <message>
        <source>From the exercise of %1.</source>
        <translation>From the exercise of %1.</translation>
    </message>
</context>
<context>
    <name>kamae::bcp::BcpVersions</name>
    <message>
        <source>The stored version of the plan cannot be read.</source>
        <translation>The stored version of the plan cannot be read.</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>not stated</translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>nobody</translation>
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
        <translation>(empty)</translation>
    </message>
    <message>
        <source>%1 changed</source>
        <translation>%1 changed</translation>
    </message>
    <message>
        <source>; </source>
        <comment>between changes</comment>
        <translation>; </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Maximum tolerable outage</source>
        <translation>Maximum tolerable outage</translation>
    </message>
    <message>
        <source>RTO</source>
        <translation>RTO</translation>
    </message>
    <message>
        <source>RPO</source>
        <translation>RPO</translation>
    </message>
    <message>
        <source>asset %1 added</source>
        <translation>asset %1 added</translation>
    </message>
    <message>
        <source>role of asset %1 changed</source>
        <translation>role of asset %1 changed</translation>
    </message>
    <message>
        <source>asset %1 removed</source>
        <translation>asset %1 removed</translation>
    </message>
    <message>
        <source>Suppliers and customers</source>
        <translation>Suppliers and customers</translation>
    </message>
    <message>
        <source>Alternatives</source>
        <translation>Alternatives</translation>
    </message>
    <message>
        <source>Organisation and roles (Form 03)</source>
        <translation>Organisation and roles (Form 03)</translation>
    </message>
    <message>
        <source>Core businesses (Form 06)</source>
        <translation>Core businesses (Form 06)</translation>
    </message>
    <message>
        <source>Bottleneck resources (Form 16-2)</source>
        <translation>Bottleneck resources (Form 16-2)</translation>
    </message>
    <message>
        <source>Pre-incident investments (Form 09)</source>
        <translation>Pre-incident investments (Form 09)</translation>
    </message>
    <message>
        <source>Contacts (Forms 11, 12)</source>
        <translation>Contacts (Forms 11, 12)</translation>
    </message>
    <message>
        <source>Insurance (Form 18)</source>
        <translation>Insurance (Form 18)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Duties</source>
        <translation>Duties</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Deputy</source>
        <translation>Deputy</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Resource</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Measure</translation>
    </message>
    <message>
        <source>Kind or asset</source>
        <translation>Kind or asset</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Cost</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Kind or person</source>
        <translation>Kind or person</translation>
    </message>
    <message>
        <source>Insurer</source>
        <translation>Insurer</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Policy</translation>
    </message>
    <message>
        <source>What it covers</source>
        <translation>What it covers</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation>Renewal</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>Japanese</translation>
    </message>
    <message>
        <source>Language of the plan</source>
        <translation>Language of the plan</translation>
    </message>
</context>
<context>
    <name>kamae::cli::Cli</name>
    <message>
        <source>The option --%1 needs a value.</source>
        <translation>The option --%1 needs a value.</translation>
    </message>
    <message>
        <source>Passphrase: </source>
        <translation>Passphrase: </translation>
    </message>
    <message>
        <source>Name exactly one vault file. See kamae --help.</source>
        <translation>Name exactly one vault file. See kamae --help.</translation>
    </message>
    <message>
        <source>Give the organisation&apos;s name with --org NAME.</source>
        <translation>Give the organisation&apos;s name with --org NAME.</translation>
    </message>
    <message>
        <source>New passphrase: </source>
        <translation>New passphrase: </translation>
    </message>
    <message>
        <source>Repeat it: </source>
        <translation>Repeat it: </translation>
    </message>
    <message>
        <source>Created %1 for %2.</source>
        <translation>Created %1 for %2.</translation>
    </message>
    <message>
        <source>Demo passphrase: %1</source>
        <translation>Demo passphrase: %1</translation>
    </message>
    <message>
        <source>Recovery code (shown only now; print it or write it down and keep it locked away):</source>
        <translation>Recovery code (shown only now; print it or write it down and keep it locked away):</translation>
    </message>
    <message>
        <source>The database inside %1 has errors: %2</source>
        <translation>The database inside %1 has errors: %2</translation>
    </message>
    <message>
        <source>File:          %1</source>
        <translation>File:          %1</translation>
    </message>
    <message>
        <source>Organisation:  %1</source>
        <translation>Organisation:  %1</translation>
    </message>
    <message>
        <source>Sites:         %1 (%2 overseas)</source>
        <translation>Sites:         %1 (%2 overseas)</translation>
    </message>
    <message>
        <source>Schema:        version %1</source>
        <translation>Schema:        version %1</translation>
    </message>
    <message>
        <source>Encryption:    %1, Argon2id %2 MiB × %3 passes</source>
        <translation>Encryption:    %1, Argon2id %2 MiB × %3 passes</translation>
    </message>
    <message>
        <source>Size:          %1 bytes, saved %2</source>
        <translation>Size:          %1 bytes, saved %2</translation>
    </message>
    <message>
        <source>Audit log:     %1 entries</source>
        <translation>Audit log:     %1 entries</translation>
    </message>
    <message>
        <source>Integrity:     ok</source>
        <translation>Integrity:     ok</translation>
    </message>
    <message>
        <source>The passphrase of %1 was changed. The recovery code still works.</source>
        <translation>The passphrase of %1 was changed. The recovery code still works.</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;: use ja or en.</source>
        <translation>Unknown language &quot;%1&quot;: use ja or en.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. See kamae --help.</source>
        <translation>Unknown command &quot;%1&quot;. See kamae --help.</translation>
    </message>
    <message>
        <source>Only --mapping auto is supported on the command line.</source>
        <translation>Only --mapping auto is supported on the command line.</translation>
    </message>
    <message>
        <source>Unknown encoding: use utf8 or sjis.</source>
        <translation>Unknown encoding: use utf8 or sjis.</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, line %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) cannot be imported; nothing was imported.</source>
        <translation>
            <numerusform>%n row cannot be imported; nothing was imported.</numerusform>
            <numerusform>%n rows cannot be imported; nothing was imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n asset(s) from %1.</source>
        <translation>
            <numerusform>Imported %n asset from %1.</numerusform>
            <numerusform>Imported %n assets from %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n empty row(s).</source>
        <translation>
            <numerusform>Skipped %n empty row.</numerusform>
            <numerusform>Skipped %n empty rows.</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: kamae assets export VAULT --out FILE.csv|FILE.xlsx</source>
        <translation>Usage: kamae assets export VAULT --out FILE.csv|FILE.xlsx</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n asset(s) to %1.</source>
        <translation>
            <numerusform>Exported %n asset to %1.</numerusform>
            <numerusform>Exported %n assets to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: kamae assets list VAULT [--json]</source>
        <translation>Usage: kamae assets list VAULT [--json]</translation>
    </message>
    <message>
        <source>importance %1</source>
        <translation>importance %1</translation>
    </message>
    <message>
        <source>needs review</source>
        <translation>needs review</translation>
    </message>
    <message numerus="yes">
        <source>%n asset(s)</source>
        <translation>
            <numerusform>%n asset</numerusform>
            <numerusform>%n assets</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: kamae assets import|export|list VAULT …</source>
        <translation>Usage: kamae assets import|export|list VAULT …</translation>
    </message>
    <message>
        <source>Usage: kamae feeds import VAULT FILE</source>
        <translation>Usage: kamae feeds import VAULT FILE</translation>
    </message>
    <message>
        <source>%1: the feed has no entries; nothing was imported.</source>
        <translation>%1: the feed has no entries; nothing was imported.</translation>
    </message>
    <message>
        <source>Usage: kamae patches list VAULT [--overdue] [--all] [--json]</source>
        <translation>Usage: kamae patches list VAULT [--overdue] [--all] [--json]</translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation>OVERDUE</translation>
    </message>
    <message>
        <source>known exploited</source>
        <translation>known exploited</translation>
    </message>
    <message>
        <source>ransomware</source>
        <translation>ransomware</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>due %1</translation>
    </message>
    <message numerus="yes">
        <source>%n patch item(s)</source>
        <translation>
            <numerusform>%n patch item</numerusform>
            <numerusform>%n patch items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n overdue</source>
        <translation>
            <numerusform>, %n overdue</numerusform>
            <numerusform>, %n overdue</numerusform>
        </translation>
    </message>
    <message>
        <source>--overdue and --all cannot be combined.</source>
        <translation>--overdue and --all cannot be combined.</translation>
    </message>
    <message numerus="yes">
        <source>%n calendar event(s) written to %1.</source>
        <translation>
            <numerusform>%n calendar event written to %1.</numerusform>
            <numerusform>%n calendar events written to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: kamae due VAULT [--within DAYS] [--json] [--ics FILE.ics]</source>
        <translation>Usage: kamae due VAULT [--within DAYS] [--json] [--ics FILE.ics]</translation>
    </message>
    <message>
        <source>--within takes a number of days from 0 to 3660.</source>
        <translation>--within takes a number of days from 0 to 3660.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) overdue or due within %1 days</source>
        <translation>
            <numerusform>%n item overdue or due within %1 days</numerusform>
            <numerusform>%n items overdue or due within %1 days</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: kamae backup copy VAULT --to DIR</source>
        <translation>Usage: kamae backup copy VAULT --to DIR</translation>
    </message>
    <message>
        <source>Usage: kamae backup verify COPY [--vault VAULT]</source>
        <translation>Usage: kamae backup verify COPY [--vault VAULT]</translation>
    </message>
    <message>
        <source>The copy %1 is intact (%2 bytes, schema %3).</source>
        <translation>The copy %1 is intact (%2 bytes, schema %3).</translation>
    </message>
    <message>
        <source>Usage: kamae backup copy VAULT --to DIR | kamae backup verify COPY [--vault VAULT]</source>
        <translation>Usage: kamae backup copy VAULT --to DIR | kamae backup verify COPY [--vault VAULT]</translation>
    </message>
    <message>
        <source>Posture score: %1 / 100</source>
        <translation>Posture score: %1 / 100</translation>
    </message>
    <message>
        <source> (%1 since %2)</source>
        <translation> (%1 since %2)</translation>
    </message>
    <message>
        <source>%1 of %2 points</source>
        <translation>%1 of %2 points</translation>
    </message>
    <message>
        <source>Next actions:</source>
        <translation>Next actions:</translation>
    </message>
    <message>
        <source>+%1 points</source>
        <translation>+%1 points</translation>
    </message>
    <message>
        <source>Nothing: every factor is at its full value.</source>
        <translation>Nothing: every factor is at its full value.</translation>
    </message>
    <message>
        <source>Usage: kamae score VAULT [--json] [--snapshot]</source>
        <translation>Usage: kamae score VAULT [--json] [--snapshot]</translation>
    </message>
    <message>
        <source>Today&apos;s snapshot is stored.</source>
        <translation>Today&apos;s snapshot is stored.</translation>
    </message>
    <message>
        <source>--period must be 90d, quarter or year.</source>
        <translation>--period must be 90d, quarter or year.</translation>
    </message>
    <message>
        <source>The report needs Qt&apos;s GUI library to lay out its pages.</source>
        <translation>The report needs Qt&apos;s GUI library to lay out its pages.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n page(s)), score %2.</source>
        <translation>
            <numerusform>Wrote %1 (%n page), score %2.</numerusform>
            <numerusform>Wrote %1 (%n pages), score %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: kamae init VAULT --org NAME</source>
        <translation>Usage: kamae init VAULT --org NAME</translation>
    </message>
    <message>
        <source>Usage: kamae demo VAULT</source>
        <translation>Usage: kamae demo VAULT</translation>
    </message>
    <message>
        <source>Usage: kamae verify VAULT</source>
        <translation>Usage: kamae verify VAULT</translation>
    </message>
    <message>
        <source>Usage: kamae passwd VAULT</source>
        <translation>Usage: kamae passwd VAULT</translation>
    </message>
    <message>
        <source>Usage: kamae assets export VAULT --out FILE.csv|FILE.xlsx [--encoding sjis]</source>
        <translation>Usage: kamae assets export VAULT --out FILE.csv|FILE.xlsx [--encoding sjis]</translation>
    </message>
    <message>
        <source>Usage: kamae %1 %2 VAULT …</source>
        <translation>Usage: kamae %1 %2 VAULT …</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. Did you mean &quot;%2&quot;? See kamae --help.</source>
        <translation>Unknown command &quot;%1&quot;. Did you mean &quot;%2&quot;? See kamae --help.</translation>
    </message>
    <message>
        <source>Name what to do. %1</source>
        <translation>Name what to do. %1</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1 %2&quot;. %3</source>
        <translation>Unknown command &quot;%1 %2&quot;. %3</translation>
    </message>
    <message>
        <source>The option --%1 takes no value. %2</source>
        <translation>The option --%1 takes no value. %2</translation>
    </message>
    <message>
        <source>Did you mean --%1? </source>
        <translation>Did you mean --%1? </translation>
    </message>
    <message>
        <source>&quot;kamae %1&quot; has no option --%2. %3%4</source>
        <translation>&quot;kamae %1&quot; has no option --%2. %3%4</translation>
    </message>
    <message>
        <source>Usage: kamae assets import VAULT FILE [--map KEY=HEADER]… [--allow-duplicates]</source>
        <translation>Usage: kamae assets import VAULT FILE [--map KEY=HEADER]… [--allow-duplicates]</translation>
    </message>
    <message>
        <source>--map needs KEY=HEADER (for example --map name=品名), not &quot;%1&quot;.</source>
        <translation>--map needs KEY=HEADER (for example --map name=品名), not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Columns not imported: %1. Choose one with --map KEY=HEADER.</source>
        <translation>Columns not imported: %1. Choose one with --map KEY=HEADER.</translation>
    </message>
    <message>
        <source>%1, line %2: &quot;%3&quot; is already in the register (%4).</source>
        <translation>%1, line %2: &quot;%3&quot; is already in the register (%4).</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) are already in the register; nothing was imported and %1 is as it was. Import them anyway with --allow-duplicates.</source>
        <translation>
            <numerusform>%n row is already in the register; nothing was imported and %1 is as it was. Import it anyway with --allow-duplicates.</numerusform>
            <numerusform>%n rows are already in the register; nothing was imported and %1 is as it was. Import them anyway with --allow-duplicates.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them were already in the register (--allow-duplicates).</source>
        <translation>
            <numerusform>%n of them was already in the register (--allow-duplicates).</numerusform>
            <numerusform>%n of them were already in the register (--allow-duplicates).</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: kamae assets import VAULT FILE [--map KEY=HEADER]… [--allow-duplicates] [--encoding sjis|utf8] [--sheet NAME]</source>
        <translation>Usage: kamae assets import VAULT FILE [--map KEY=HEADER]… [--allow-duplicates] [--encoding sjis|utf8] [--sheet NAME]</translation>
    </message>
    <message>
        <source>Usage: kamae patches proposals VAULT [--json]</source>
        <translation>Usage: kamae patches proposals VAULT [--json]</translation>
    </message>
    <message>
        <source>Usage: kamae patches confirm VAULT ID…</source>
        <translation>Usage: kamae patches confirm VAULT ID…</translation>
    </message>
    <message>
        <source>Usage: kamae patches dismiss VAULT ID…</source>
        <translation>Usage: kamae patches dismiss VAULT ID…</translation>
    </message>
    <message numerus="yes">
        <source>%n patch proposal(s) wait for review (kamae patches proposals).</source>
        <translation>
            <numerusform>%n patch proposal waits for review (kamae patches proposals).</numerusform>
            <numerusform>%n patch proposals wait for review (kamae patches proposals).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more were probably fixed by a later update of their asset.</source>
        <translation>
            <numerusform>%n more was probably fixed by a later update of its asset.</numerusform>
            <numerusform>%n more were probably fixed by a later update of their asset.</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: kamae patches proposals VAULT [--json]
       kamae patches confirm VAULT ID...
       kamae patches dismiss VAULT ID...</source>
        <translation>Usage: kamae patches proposals VAULT [--json]
       kamae patches confirm VAULT ID...
       kamae patches dismiss VAULT ID...</translation>
    </message>
    <message numerus="yes">
        <source>%n proposal(s) to review</source>
        <translation>
            <numerusform>%n proposal to review</numerusform>
            <numerusform>%n proposals to review</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n probably fixed</source>
        <translation>
            <numerusform>, %n probably fixed</numerusform>
            <numerusform>, %n probably fixed</numerusform>
        </translation>
    </message>
    <message>
        <source>Patch item %1: %2 (%3), due %4</source>
        <translation>Patch item %1: %2 (%3), due %4</translation>
    </message>
    <message numerus="yes">
        <source>%n proposal(s) confirmed as patch items.</source>
        <translation>
            <numerusform>%n proposal confirmed as patch items.</numerusform>
            <numerusform>%n proposals confirmed as patch items.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n proposal(s) dismissed; they will not be proposed again for their assets.</source>
        <translation>
            <numerusform>%n proposal dismissed; it will not be proposed again for its asset.</numerusform>
            <numerusform>%n proposals dismissed; they will not be proposed again for their assets.</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: kamae report VAULT --out FILE.pdf|DIR [--lang ja|en] [--period 90d|quarter|year] [--prepared-by NAME]</source>
        <translation>Usage: kamae report VAULT --out FILE.pdf|DIR [--lang ja|en] [--period 90d|quarter|year] [--prepared-by NAME]</translation>
    </message>
    <message>
        <source>Of these, %1 points rest on records and %2 on self-assessment answers (self-declared).</source>
        <translation>Of these, %1 points rest on records and %2 on self-assessment answers (self-declared).</translation>
    </message>
    <message>
        <source>%1 self-declared</source>
        <translation>%1 self-declared</translation>
    </message>
    <message>
        <source>Today&apos;s score snapshot was not stored: %1</source>
        <translation>Today&apos;s score snapshot was not stored: %1</translation>
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
        <translation>Usage: kamae [VAULT]                      open the window
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
Options:
  --passphrase-file FILE     read the passphrase from FILE (else $KAMAE_PASSPHRASE)
  --new-passphrase-file FILE passwd: the new passphrase (else $KAMAE_NEW_PASSPHRASE)
  --recovery-code-file FILE  verify, passwd: unlock with the recovery code
  --lang ja|en               language of messages (and of the report)
  --help, --version

Exit codes: 0 done, 1 failed, 2 usage, 3 wrong passphrase or code,
4 damaged or unsupported file, 5 open in another Kamae, 6 cannot write,
7 a file to import has errors.
</translation>
    </message>
</context>
<context>
    <name>kamae::cli::Secrets</name>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 is empty.</translation>
    </message>
    <message>
        <source>$%1 is set but empty.</source>
        <translation>$%1 is set but empty.</translation>
    </message>
    <message>
        <source>No passphrase given: set $%1 or use a file option.</source>
        <translation>No passphrase given: set $%1 or use a file option.</translation>
    </message>
    <message>
        <source>The passphrase must not be empty.</source>
        <translation>The passphrase must not be empty.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>The two passphrases differ.</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text. Kamae uses a passphrase as UTF-8 text and does not guess at other bytes, so nothing was opened or changed. Save it as UTF-8; for a random key, write it as text (for example in base64).</source>
        <translation>%1 is not UTF-8 text. Kamae uses a passphrase as UTF-8 text and does not guess at other bytes, so nothing was opened or changed. Save it as UTF-8; for a random key, write it as text (for example in base64).</translation>
    </message>
    <message>
        <source>What was typed</source>
        <translation>What was typed</translation>
    </message>
</context>
<context>
    <name>kamae::domain::AssetFieldText</name>
    <message>
        <source>Business area</source>
        <translation>Business area</translation>
    </message>
    <message>
        <source>Asset name</source>
        <translation>Asset name</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Users</translation>
    </message>
    <message>
        <source>Owner department</source>
        <translation>Owner department</translation>
    </message>
    <message>
        <source>Medium / location</source>
        <translation>Medium / location</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>Personal data</translation>
    </message>
    <message>
        <source>Confidentiality</source>
        <translation>Confidentiality</translation>
    </message>
    <message>
        <source>Integrity</source>
        <translation>Integrity</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Availability</translation>
    </message>
    <message>
        <source>Importance</source>
        <translation>Importance</translation>
    </message>
    <message>
        <source>Threat likelihood</source>
        <translation>Threat likelihood</translation>
    </message>
    <message>
        <source>Vulnerability</source>
        <translation>Vulnerability</translation>
    </message>
    <message>
        <source>Risk value</source>
        <translation>Risk value</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risk</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Retention</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Registered</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Reviewed</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Internet-facing</source>
        <translation>Internet-facing</translation>
    </message>
    <message>
        <source>MFA</source>
        <translation>MFA</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Vendor</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>The asset name is empty.</source>
        <translation>The asset name is empty.</translation>
    </message>
    <message>
        <source>%1 must be 1, 2 or 3 (or empty), not &quot;%2&quot;.</source>
        <translation>%1 must be 1, 2 or 3 (or empty), not &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>%1 is not a date (use 2024-04-01 or 2024/4/1): &quot;%2&quot;.</source>
        <translation>%1 is not a date (use 2024-04-01 or 2024/4/1): &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Unknown kind of personal data: &quot;%1&quot;.</source>
        <translation>Unknown kind of personal data: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Unknown kind of asset: &quot;%1&quot;.</source>
        <translation>Unknown kind of asset: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>MFA must be on, off or not applicable, not &quot;%1&quot;.</source>
        <translation>MFA must be on, off or not applicable, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>%1 must be yes or no, not &quot;%2&quot;.</source>
        <translation>%1 must be yes or no, not &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Last updated</source>
        <translation>Last updated</translation>
    </message>
    <message>
        <source>End of support</source>
        <translation>End of support</translation>
    </message>
</context>
<context>
    <name>kamae::domain::AssetText</name>
    <message>
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Device</translation>
    </message>
    <message>
        <source>Software</source>
        <translation>Software</translation>
    </message>
    <message>
        <source>Cloud service</source>
        <translation>Cloud service</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>Personal data</translation>
    </message>
    <message>
        <source>Sensitive personal data</source>
        <translation>Sensitive personal data</translation>
    </message>
    <message>
        <source>My Number data</source>
        <translation>My Number data</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Not applicable</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Off</translation>
    </message>
    <message>
        <source>On</source>
        <translation>On</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Low</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Medium</translation>
    </message>
    <message>
        <source>High</source>
        <translation>High</translation>
    </message>
</context>
<context>
    <name>kamae::domain::BcpRecordText</name>
    <message>
        <source>Walk-through</source>
        <translation>Walk-through</translation>
    </message>
    <message>
        <source>Tabletop exercise</source>
        <translation>Tabletop exercise</translation>
    </message>
    <message>
        <source>Call tree test</source>
        <translation>Call tree test</translation>
    </message>
    <message>
        <source>Restore drill</source>
        <translation>Restore drill</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Supplier</translation>
    </message>
    <message>
        <source>Key customer</source>
        <translation>Key customer</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Computer</translation>
    </message>
    <message>
        <source>Software</source>
        <translation>Software</translation>
    </message>
    <message>
        <source>Other resource</source>
        <translation>Other resource</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Basic policy (Form 02)</source>
        <translation>Basic policy (Form 02)</translation>
    </message>
    <message>
        <source>Employee emergency card (Form 04)</source>
        <translation>Employee emergency card (Form 04)</translation>
    </message>
    <message>
        <source>Cyber incident scenarios</source>
        <translation>Cyber incident scenarios</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>First response</translation>
    </message>
    <message>
        <source>A core business needs a name.</source>
        <translation>A core business needs a name.</translation>
    </message>
    <message>
        <source>The hours of core business &quot;%1&quot; must be between 0 and %2.</source>
        <translation>The hours of core business &quot;%1&quot; must be between 0 and %2.</translation>
    </message>
    <message>
        <source>Core business &quot;%1&quot; names an asset that is not in the register.</source>
        <translation>Core business &quot;%1&quot; names an asset that is not in the register.</translation>
    </message>
    <message>
        <source>Core business &quot;%1&quot; names an asset twice.</source>
        <translation>Core business &quot;%1&quot; names an asset twice.</translation>
    </message>
    <message>
        <source>A supplier or customer of &quot;%1&quot; needs a name.</source>
        <translation>A supplier or customer of &quot;%1&quot; needs a name.</translation>
    </message>
    <message>
        <source>An alternative of &quot;%1&quot; needs a description.</source>
        <translation>An alternative of &quot;%1&quot; needs a description.</translation>
    </message>
    <message>
        <source>A role needs a title.</source>
        <translation>A role needs a title.</translation>
    </message>
    <message>
        <source>The deputy for &quot;%1&quot; must be someone else.</source>
        <translation>The deputy for &quot;%1&quot; must be someone else.</translation>
    </message>
    <message>
        <source>A bottleneck resource needs a name.</source>
        <translation>A bottleneck resource needs a name.</translation>
    </message>
    <message>
        <source>An investment needs a description.</source>
        <translation>An investment needs a description.</translation>
    </message>
    <message>
        <source>The cost of an investment cannot be negative.</source>
        <translation>The cost of an investment cannot be negative.</translation>
    </message>
    <message>
        <source>A contact needs a name or an organisation.</source>
        <translation>A contact needs a name or an organisation.</translation>
    </message>
    <message>
        <source>An insurance policy needs its insurer.</source>
        <translation>An insurance policy needs its insurer.</translation>
    </message>
    <message>
        <source>An exercise needs the date it was held.</source>
        <translation>An exercise needs the date it was held.</translation>
    </message>
    <message>
        <source>An exercise cannot be dated after today.</source>
        <translation>An exercise cannot be dated after today.</translation>
    </message>
    <message>
        <source>A participant is listed twice or is not in the people list.</source>
        <translation>A participant is listed twice or is not in the people list.</translation>
    </message>
    <message>
        <source>A follow-up action needs a description.</source>
        <translation>A follow-up action needs a description.</translation>
    </message>
    <message>
        <source>The plan&apos;s language must be Japanese or English.</source>
        <translation>The plan&apos;s language must be Japanese or English.</translation>
    </message>
</context>
<context>
    <name>kamae::domain::IncidentRecordText</name>
    <message>
        <source>IPA consultation desk</source>
        <translation>IPA consultation desk</translation>
    </message>
    <message>
        <source>JPCERT/CC</source>
        <translation>JPCERT/CC</translation>
    </message>
    <message>
        <source>Police cyber crime desk</source>
        <translation>Police cyber crime desk</translation>
    </message>
    <message>
        <source>Supervising ministry</source>
        <translation>Supervising ministry</translation>
    </message>
    <message>
        <source>Personal Information Protection Commission</source>
        <translation>Personal Information Protection Commission</translation>
    </message>
    <message>
        <source>Otasuketai service provider</source>
        <translation>Otasuketai service provider</translation>
    </message>
    <message>
        <source>Cyber insurer</source>
        <translation>Cyber insurer</translation>
    </message>
    <message>
        <source>IT vendor</source>
        <translation>IT vendor</translation>
    </message>
    <message>
        <source>Own responder</source>
        <translation>Own responder</translation>
    </message>
    <message>
        <source>Other contact</source>
        <translation>Other contact</translation>
    </message>
    <message>
        <source>Ransomware</source>
        <translation>Ransomware</translation>
    </message>
    <message>
        <source>Emotet or other malware</source>
        <translation>Emotet or other malware</translation>
    </message>
    <message>
        <source>Unauthorised access</source>
        <translation>Unauthorised access</translation>
    </message>
    <message>
        <source>Website tampering</source>
        <translation>Website tampering</translation>
    </message>
    <message>
        <source>Lost or stolen device</source>
        <translation>Lost or stolen device</translation>
    </message>
    <message>
        <source>Information leak</source>
        <translation>Information leak</translation>
    </message>
    <message>
        <source>Other incident</source>
        <translation>Other incident</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Contained</source>
        <translation>Contained</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Detection</source>
        <translation>Detection</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Contact made</source>
        <translation>Contact made</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Portal</source>
        <translation>Portal</translation>
    </message>
    <message>
        <source>A contact needs a name.</source>
        <translation>A contact needs a name.</translation>
    </message>
    <message>
        <source>The contact &quot;%1&quot; has an unknown kind.</source>
        <translation>The contact &quot;%1&quot; has an unknown kind.</translation>
    </message>
    <message>
        <source>The contact &quot;%1&quot; cannot be checked after today.</source>
        <translation>The contact &quot;%1&quot; cannot be checked after today.</translation>
    </message>
    <message>
        <source>A partner to inform needs a name.</source>
        <translation>A partner to inform needs a name.</translation>
    </message>
    <message>
        <source>The partner &quot;%1&quot; names an unknown kind of incident.</source>
        <translation>The partner &quot;%1&quot; names an unknown kind of incident.</translation>
    </message>
    <message>
        <source>An incident needs the time it was detected.</source>
        <translation>An incident needs the time it was detected.</translation>
    </message>
    <message>
        <source>An incident&apos;s times cannot be in the future.</source>
        <translation>An incident&apos;s times cannot be in the future.</translation>
    </message>
    <message>
        <source>An incident cannot occur after it was detected.</source>
        <translation>An incident cannot occur after it was detected.</translation>
    </message>
    <message>
        <source>An incident cannot be known, reported, contained or resolved before it occurred.</source>
        <translation>An incident cannot be known, reported, contained or resolved before it occurred.</translation>
    </message>
    <message>
        <source>An incident cannot be contained before it was detected.</source>
        <translation>An incident cannot be contained before it was detected.</translation>
    </message>
    <message>
        <source>An incident cannot be resolved before it was detected.</source>
        <translation>An incident cannot be resolved before it was detected.</translation>
    </message>
    <message>
        <source>A closed incident needs the time it was resolved.</source>
        <translation>A closed incident needs the time it was resolved.</translation>
    </message>
    <message>
        <source>The number of people cannot be negative.</source>
        <translation>The number of people cannot be negative.</translation>
    </message>
    <message>
        <source>An affected asset is listed twice or is not in the register.</source>
        <translation>An affected asset is listed twice or is not in the register.</translation>
    </message>
    <message>
        <source>A timeline entry needs its time.</source>
        <translation>A timeline entry needs its time.</translation>
    </message>
    <message>
        <source>A timeline entry needs a text.</source>
        <translation>A timeline entry needs a text.</translation>
    </message>
    <message>
        <source>A timeline entry cannot be in the future.</source>
        <translation>A timeline entry cannot be in the future.</translation>
    </message>
    <message>
        <source>A follow-up action needs a description.</source>
        <translation>A follow-up action needs a description.</translation>
    </message>
    <message>
        <source>A ticked step needs its text and time.</source>
        <translation>A ticked step needs its text and time.</translation>
    </message>
    <message>
        <source>A step cannot be ticked in the future.</source>
        <translation>A step cannot be ticked in the future.</translation>
    </message>
    <message>
        <source>A playbook needs a kind of incident.</source>
        <translation>A playbook needs a kind of incident.</translation>
    </message>
    <message>
        <source>A playbook step needs a text.</source>
        <translation>A playbook step needs a text.</translation>
    </message>
    <message>
        <source>No ransom paid</source>
        <translation>No ransom paid</translation>
    </message>
    <message>
        <source>Preliminary report to the Commission</source>
        <translation>Preliminary report to the Commission</translation>
    </message>
    <message>
        <source>Final report to the Commission</source>
        <translation>Final report to the Commission</translation>
    </message>
    <message>
        <source>People concerned notified</source>
        <translation>People concerned notified</translation>
    </message>
    <message>
        <source>Partners informed</source>
        <translation>Partners informed</translation>
    </message>
    <message>
        <source>Reported to the police</source>
        <translation>Reported to the police</translation>
    </message>
</context>
<context>
    <name>kamae::domain::PatchText</name>
    <message>
        <source>A patch item belongs to an asset.</source>
        <translation>A patch item belongs to an asset.</translation>
    </message>
    <message>
        <source>Name the product or at least one CVE.</source>
        <translation>Name the product or at least one CVE.</translation>
    </message>
    <message>
        <source>Accepting a risk needs a reason: why is it acceptable not to apply this update?</source>
        <translation>Accepting a risk needs a reason: why is it acceptable not to apply this update?</translation>
    </message>
    <message>
        <source>Accepting a risk needs a date to look at it again.</source>
        <translation>Accepting a risk needs a date to look at it again.</translation>
    </message>
    <message>
        <source>An applied update needs the date it was applied.</source>
        <translation>An applied update needs the date it was applied.</translation>
    </message>
    <message>
        <source>A CVSS score is between 0 and 10.</source>
        <translation>A CVSS score is between 0 and 10.</translation>
    </message>
    <message>
        <source>Each period is between 1 and 3650 days.</source>
        <translation>Each period is between 1 and 3650 days.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Scheduled</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Applied</translation>
    </message>
    <message>
        <source>Risk accepted</source>
        <translation>Risk accepted</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Low</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Medium</translation>
    </message>
    <message>
        <source>High</source>
        <translation>High</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Critical</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a CVE id (CVE-2018-13379).</source>
        <translation>&quot;%1&quot; is not a CVE id (CVE-2018-13379).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a JVN id (JVNDB-2024-001234, JVNVU#12345678).</source>
        <translation>&quot;%1&quot; is not a JVN id (JVNDB-2024-001234, JVNVU#12345678).</translation>
    </message>
</context>
<context>
    <name>kamae::domain::ScheduleText</name>
    <message>
        <source>Choose at least one day of the week.</source>
        <translation>Choose at least one day of the week.</translation>
    </message>
    <message>
        <source>The day of the month must be between 1 and 31.</source>
        <translation>The day of the month must be between 1 and 31.</translation>
    </message>
    <message>
        <source>The interval must be between 1 and 3660 days.</source>
        <translation>The interval must be between 1 and 3660 days.</translation>
    </message>
    <message>
        <source>Unknown schedule.</source>
        <translation>Unknown schedule.</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Daily</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Weekly</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Monthly</translation>
    </message>
    <message>
        <source>Every N days</source>
        <translation>Every N days</translation>
    </message>
    <message>
        <source>Every day of the week</source>
        <translation>Every day of the week</translation>
    </message>
    <message>
        <source>Weekly on %1</source>
        <translation>Weekly on %1</translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator for weekdays</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>Monthly on day %1 (the last day in shorter months)</source>
        <translation>Monthly on day %1 (the last day in shorter months)</translation>
    </message>
    <message>
        <source>Monthly on day %1</source>
        <translation>Monthly on day %1</translation>
    </message>
    <message numerus="yes">
        <source>Every %n day(s)</source>
        <translation>
            <numerusform>Every day</numerusform>
            <numerusform>Every %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kamae::feeds::FeedFile</name>
    <message>
        <source>The file is a PDF document, not a CISA KEV catalogue (JSON) or a JVN iPedia feed (JVNRSS XML).</source>
        <translation>The file is a PDF document, not a CISA KEV catalogue (JSON) or a JVN iPedia feed (JVNRSS XML).</translation>
    </message>
    <message>
        <source>The file is compressed (ZIP or gzip): extract the feed from it first.</source>
        <translation>The file is compressed (ZIP or gzip): extract the feed from it first.</translation>
    </message>
    <message>
        <source>The file is the CSV edition of the KEV catalogue; Kamae reads the JSON edition (known_exploited_vulnerabilities.json).</source>
        <translation>The file is the CSV edition of the KEV catalogue; Kamae reads the JSON edition (known_exploited_vulnerabilities.json).</translation>
    </message>
    <message>
        <source>The file is neither a CISA KEV catalogue (JSON) nor a JVN iPedia feed (JVNRSS XML).</source>
        <translation>The file is neither a CISA KEV catalogue (JSON) nor a JVN iPedia feed (JVNRSS XML).</translation>
    </message>
    <message>
        <source>%1 is larger than %2, too large for a vulnerability feed.</source>
        <translation>%1 is larger than %2, too large for a vulnerability feed.</translation>
    </message>
</context>
<context>
    <name>kamae::feeds::FeedText</name>
    <message>
        <source>The file is empty.</source>
        <translation>The file is empty.</translation>
    </message>
    <message>
        <source>The file is a web page (HTML), not a feed. Save the feed file itself (the JSON or RSS link on the page), not the page.</source>
        <translation>The file is a web page (HTML), not a feed. Save the feed file itself (the JSON or RSS link on the page), not the page.</translation>
    </message>
    <message>
        <source>The file is UTF-32, which Kamae does not read. Save it as UTF-8.</source>
        <translation>The file is UTF-32, which Kamae does not read. Save it as UTF-8.</translation>
    </message>
    <message>
        <source>The file looks like UTF-16 without a byte order mark, which Kamae does not read. Save it as UTF-8, or as UTF-16 with a byte order mark.</source>
        <translation>The file looks like UTF-16 without a byte order mark, which Kamae does not read. Save it as UTF-8, or as UTF-16 with a byte order mark.</translation>
    </message>
    <message>
        <source>The file starts with a UTF-16 byte order mark, but its bytes are not valid UTF-16. Download the feed again, or save it as UTF-8.</source>
        <translation>The file starts with a UTF-16 byte order mark, but its bytes are not valid UTF-16. Download the feed again, or save it as UTF-8.</translation>
    </message>
    <message>
        <source>Line %1: the file declares the encoding %2, but its bytes are not %2. Download the feed again, or save it in the encoding it declares.</source>
        <translation>Line %1: the file declares the encoding %2, but its bytes are not %2. Download the feed again, or save it in the encoding it declares.</translation>
    </message>
    <message>
        <source>Line %1: the file declares the encoding %2, but its bytes are not %2; they look like %3. Download the feed again, or save it in the encoding it declares.</source>
        <translation>Line %1: the file declares the encoding %2, but its bytes are not %2; they look like %3. Download the feed again, or save it in the encoding it declares.</translation>
    </message>
</context>
<context>
    <name>kamae::feeds::Jvn</name>
    <message>
        <source>The file is not XML, so it is not a JVN feed (JVNRSS).</source>
        <translation>The file is not XML, so it is not a JVN feed (JVNRSS).</translation>
    </message>
    <message>
        <source>Line %1: the XML file has a DOCTYPE, which JVN feeds do not have: it is not a JVN feed.</source>
        <translation>Line %1: the XML file has a DOCTYPE, which JVN feeds do not have: it is not a JVN feed.</translation>
    </message>
    <message>
        <source>The XML file is not a JVN feed: it starts with &lt;%1&gt;, a JVN feed with &lt;rdf:RDF&gt;.</source>
        <translation>The XML file is not a JVN feed: it starts with &lt;%1&gt;, a JVN feed with &lt;rdf:RDF&gt;.</translation>
    </message>
    <message>
        <source>Line %1: the item &quot;%2&quot; has no sec:identifier.</source>
        <translation>Line %1: the item &quot;%2&quot; has no sec:identifier.</translation>
    </message>
    <message>
        <source>Line %1: the feed ends before its XML is complete: the file is incomplete, perhaps a download that was cut off. Download it again.</source>
        <translation>Line %1: the feed ends before its XML is complete: the file is incomplete, perhaps a download that was cut off. Download it again.</translation>
    </message>
    <message>
        <source>Line %1, column %2: the file is not well-formed XML (%3).</source>
        <translation>Line %1, column %2: the file is not well-formed XML (%3).</translation>
    </message>
    <message>
        <source>Line %1: the file declares no encoding, so it must be UTF-8, but its bytes are not UTF-8. Save it as UTF-8, or name its encoding in the XML declaration.</source>
        <translation>Line %1: the file declares no encoding, so it must be UTF-8, but its bytes are not UTF-8. Save it as UTF-8, or name its encoding in the XML declaration.</translation>
    </message>
    <message>
        <source>Line %1: the file declares no encoding, so it must be UTF-8, but its bytes are not UTF-8; they look like %2. Save it as UTF-8, or name its encoding in the XML declaration.</source>
        <translation>Line %1: the file declares no encoding, so it must be UTF-8, but its bytes are not UTF-8; they look like %2. Save it as UTF-8, or name its encoding in the XML declaration.</translation>
    </message>
    <message>
        <source>Line 1: the file declares the encoding %1, which Kamae cannot read. Save it as UTF-8.</source>
        <translation>Line 1: the file declares the encoding %1, which Kamae cannot read. Save it as UTF-8.</translation>
    </message>
    <message>
        <source>The feed uses the JVN sec: module %1; Kamae reads %2 (JVNRSS 2.0) and %3.</source>
        <translation>The feed uses the JVN sec: module %1; Kamae reads %2 (JVNRSS 2.0) and %3.</translation>
    </message>
    <message>
        <source>The RSS file is not a JVN feed: it does not declare the JVN sec: module (%1 or %2).</source>
        <translation>The RSS file is not a JVN feed: it does not declare the JVN sec: module (%1 or %2).</translation>
    </message>
    <message>
        <source>Line %1: the item %2 has more than %3 %4 elements; real entries have at most a few hundred. The file is damaged or is not a real JVN feed.</source>
        <translation>Line %1: the item %2 has more than %3 %4 elements; real entries have at most a few hundred. The file is damaged or is not a real JVN feed.</translation>
    </message>
    <message>
        <source>Line %1: the element &lt;%2&gt; holds elements nested more than %3 deep; a JVN feed nests a few. The file is damaged or is not a JVN feed.</source>
        <translation>Line %1: the element &lt;%2&gt; holds elements nested more than %3 deep; a JVN feed nests a few. The file is damaged or is not a JVN feed.</translation>
    </message>
</context>
<context>
    <name>kamae::feeds::Kev</name>
    <message>
        <source>The JSON ends early, at byte %1 (line %2): the file is incomplete, perhaps a download that was cut off. Download it again.</source>
        <translation>The JSON ends early, at byte %1 (line %2): the file is incomplete, perhaps a download that was cut off. Download it again.</translation>
    </message>
    <message>
        <source>The file is not valid JSON: %1 at byte %2 (line %3).</source>
        <translation>The file is not valid JSON: %1 at byte %2 (line %3).</translation>
    </message>
    <message>
        <source>The file is not JSON, so it is not a CISA KEV catalogue.</source>
        <translation>The file is not JSON, so it is not a CISA KEV catalogue.</translation>
    </message>
    <message>
        <source>The JSON file is not a CISA KEV catalogue: it holds a list, not the catalogue object.</source>
        <translation>The JSON file is not a CISA KEV catalogue: it holds a list, not the catalogue object.</translation>
    </message>
    <message>
        <source>The JSON file is not a CISA KEV catalogue: it has neither catalogVersion nor vulnerabilities.</source>
        <translation>The JSON file is not a CISA KEV catalogue: it has neither catalogVersion nor vulnerabilities.</translation>
    </message>
    <message>
        <source>The KEV catalogue has no catalogVersion.</source>
        <translation>The KEV catalogue has no catalogVersion.</translation>
    </message>
    <message>
        <source>The KEV catalogue has no vulnerabilities list.</source>
        <translation>The KEV catalogue has no vulnerabilities list.</translation>
    </message>
    <message>
        <source>The vulnerabilities of the KEV catalogue are not a list.</source>
        <translation>The vulnerabilities of the KEV catalogue are not a list.</translation>
    </message>
    <message>
        <source>Entry %1 of the KEV catalogue is not an object.</source>
        <translation>Entry %1 of the KEV catalogue is not an object.</translation>
    </message>
    <message>
        <source>Entry %1 of the KEV catalogue has no cveID.</source>
        <translation>Entry %1 of the KEV catalogue has no cveID.</translation>
    </message>
    <message>
        <source>Entry %1 of the KEV catalogue has the cveID &quot;%2&quot;, which is not a CVE id like CVE-2024-12345.</source>
        <translation>Entry %1 of the KEV catalogue has the cveID &quot;%2&quot;, which is not a CVE id like CVE-2024-12345.</translation>
    </message>
    <message>
        <source>%1 (entry %2 of the KEV catalogue) has no dateAdded.</source>
        <translation>%1 (entry %2 of the KEV catalogue) has no dateAdded.</translation>
    </message>
    <message>
        <source>%1 (entry %2 of the KEV catalogue): dateAdded &quot;%3&quot; is not a date like 2024-05-01.</source>
        <translation>%1 (entry %2 of the KEV catalogue): dateAdded &quot;%3&quot; is not a date like 2024-05-01.</translation>
    </message>
    <message>
        <source>%1 (entry %2 of the KEV catalogue): dueDate &quot;%3&quot; is not a date like 2024-05-22.</source>
        <translation>%1 (entry %2 of the KEV catalogue): dueDate &quot;%3&quot; is not a date like 2024-05-22.</translation>
    </message>
    <message>
        <source>Line %1: the file is not UTF-8, which a KEV catalogue (JSON) must be. Download the catalogue again, or save it as UTF-8.</source>
        <translation>Line %1: the file is not UTF-8, which a KEV catalogue (JSON) must be. Download the catalogue again, or save it as UTF-8.</translation>
    </message>
    <message>
        <source>Line %1: the file is not UTF-8, which a KEV catalogue (JSON) must be; its bytes look like %2. Download the catalogue again, or save it as UTF-8.</source>
        <translation>Line %1: the file is not UTF-8, which a KEV catalogue (JSON) must be; its bytes look like %2. Download the catalogue again, or save it as UTF-8.</translation>
    </message>
    <message>
        <source>%1 (entry %2 of the KEV catalogue) has more than %3 CWEs; real entries have a few. The file is damaged or is not CISA&apos;s catalogue.</source>
        <translation>%1 (entry %2 of the KEV catalogue) has more than %3 CWEs; real entries have a few. The file is damaged or is not CISA&apos;s catalogue.</translation>
    </message>
</context>
<context>
    <name>kamae::incidents::IncidentCommands</name>
    <message>
        <source>Usage: kamae incidents list VAULT [--json]</source>
        <translation>Usage: kamae incidents list VAULT [--json]</translation>
    </message>
    <message>
        <source>Usage: kamae incidents new VAULT --kind KIND --detected YYYY-MM-DD[THH:MM] [--title TEXT]</source>
        <translation>Usage: kamae incidents new VAULT --kind KIND --detected YYYY-MM-DD[THH:MM] [--title TEXT]</translation>
    </message>
    <message>
        <source>Usage: kamae contacts list VAULT [--json]</source>
        <translation>Usage: kamae contacts list VAULT [--json]</translation>
    </message>
    <message>
        <source>No incident is recorded.</source>
        <translation>No incident is recorded.</translation>
    </message>
    <message>
        <source> (drill)</source>
        <translation> (drill)</translation>
    </message>
    <message>
        <source>Report to the Commission: preliminary by %1%2, final by %3%4</source>
        <translation>Report to the Commission: preliminary by %1%2, final by %3%4</translation>
    </message>
    <message>
        <source> (made %1)</source>
        <translation> (made %1)</translation>
    </message>
    <message>
        <source>Unknown kind &quot;%1&quot;; use one of: %2.</source>
        <translation>Unknown kind &quot;%1&quot;; use one of: %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (YYYY-MM-DD) or a date and time (YYYY-MM-DDTHH:MM).</source>
        <translation>&quot;%1&quot; is not a date (YYYY-MM-DD) or a date and time (YYYY-MM-DDTHH:MM).</translation>
    </message>
    <message>
        <source>Recorded from the command line.</source>
        <translation>Recorded from the command line.</translation>
    </message>
    <message>
        <source>Recorded incident %1 (%2), detected %3.</source>
        <translation>Recorded incident %1 (%2), detected %3.</translation>
    </message>
    <message>
        <source>No contact is recorded.</source>
        <translation>No contact is recorded.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>checked %1</source>
        <translation>checked %1</translation>
    </message>
    <message>
        <source>never checked</source>
        <translation>never checked</translation>
    </message>
    <message>
        <source> (check it)</source>
        <translation> (check it)</translation>
    </message>
    <message>
        <source>  incidents list VAULT [--json]
                             the incident log, with the reports to the Personal
                             Information Protection Commission due
</source>
        <translation>  incidents list VAULT [--json]
                             the incident log, with the reports to the Personal
                             Information Protection Commission due
</translation>
    </message>
    <message>
        <source>  incidents new VAULT --kind KIND --detected YYYY-MM-DD[THH:MM] [--title TEXT]
                             record an incident (ransomware, malware, unauthorised_access,
                             website_tampering, lost_device, information_leak, other)
</source>
        <translation>  incidents new VAULT --kind KIND --detected YYYY-MM-DD[THH:MM] [--title TEXT]
                             record an incident (ransomware, malware, unauthorised_access,
                             website_tampering, lost_device, information_leak, other)
</translation>
    </message>
    <message>
        <source>  contacts list VAULT [--json]
                             whom to call in an incident, and when each entry
                             was last checked
</source>
        <translation>  contacts list VAULT [--json]
                             whom to call in an incident, and when each entry
                             was last checked
</translation>
    </message>
    <message>
        <source>Usage: kamae incidents report VAULT ID --out FILE.pdf|DIR [--lang ja|en]</source>
        <translation>Usage: kamae incidents report VAULT ID --out FILE.pdf|DIR [--lang ja|en]</translation>
    </message>
    <message>
        <source>Usage: kamae incidents card VAULT --out FILE.pdf|DIR [--lang ja|en] [--size a4|wallet]</source>
        <translation>Usage: kamae incidents card VAULT --out FILE.pdf|DIR [--lang ja|en] [--size a4|wallet]</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an incident number (see kamae incidents list).</source>
        <translation>&quot;%1&quot; is not an incident number (see kamae incidents list).</translation>
    </message>
    <message>
        <source>--size must be a4 or wallet.</source>
        <translation>--size must be a4 or wallet.</translation>
    </message>
    <message>
        <source>Printing needs Qt&apos;s GUI library to lay out its pages.</source>
        <translation>Printing needs Qt&apos;s GUI library to lay out its pages.</translation>
    </message>
    <message>
        <source>There is no incident %1 (see kamae incidents list).</source>
        <translation>There is no incident %1 (see kamae incidents list).</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n page(s)).</source>
        <translation>
            <numerusform>Wrote %1 (%n page).</numerusform>
            <numerusform>Wrote %1 (%n pages).</numerusform>
        </translation>
    </message>
    <message>
        <source>  incidents report VAULT ID --out FILE.pdf|DIR [--lang ja|en]
                             the report of one incident for the police, the insurer
                             or a partner (A4): timeline, legal clock, steps done
</source>
        <translation>  incidents report VAULT ID --out FILE.pdf|DIR [--lang ja|en]
                             the report of one incident for the police, the insurer
                             or a partner (A4): timeline, legal clock, steps done
</translation>
    </message>
    <message>
        <source>  incidents card VAULT --out FILE.pdf|DIR [--lang ja|en] [--size a4|wallet]
                             the incident card: first steps and the numbers to call,
                             on one A4 page or as wallet cards (five per page)
</source>
        <translation>  incidents card VAULT --out FILE.pdf|DIR [--lang ja|en] [--size a4|wallet]
                             the incident card: first steps and the numbers to call,
                             on one A4 page or as wallet cards (five per page)
</translation>
    </message>
</context>
<context>
    <name>kamae::incidents::IncidentDeadlines</name>
    <message>
        <source>sensitive personal data</source>
        <translation>sensitive personal data</translation>
    </message>
    <message>
        <source>a risk of financial harm</source>
        <translation>a risk of financial harm</translation>
    </message>
    <message>
        <source>suspected malice</source>
        <translation>suspected malice</translation>
    </message>
    <message>
        <source>more than 1,000 people</source>
        <translation>more than 1,000 people</translation>
    </message>
    <message>
        <source>Occurred: %1</source>
        <translation>Occurred: %1</translation>
    </message>
    <message>
        <source>Detected: %1</source>
        <translation>Detected: %1</translation>
    </message>
    <message>
        <source>Aware: %1</source>
        <translation>Aware: %1</translation>
    </message>
    <message>
        <source>Reportable because of: %1</source>
        <translation>Reportable because of: %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>A risk of financial harm to the people concerned.</source>
        <translation>A risk of financial harm to the people concerned.</translation>
    </message>
    <message>
        <source>Notified on %1.</source>
        <translation>Notified on %1.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Items of personal data</source>
        <translation>Items of personal data</translation>
    </message>
    <message>
        <source>Number of people</source>
        <translation>Number of people</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Cause</translation>
    </message>
    <message>
        <source>Secondary damage</source>
        <translation>Secondary damage</translation>
    </message>
    <message>
        <source>Response to the people concerned</source>
        <translation>Response to the people concerned</translation>
    </message>
    <message>
        <source>Publication</source>
        <translation>Publication</translation>
    </message>
    <message>
        <source>Measures against recurrence</source>
        <translation>Measures against recurrence</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>kamae::incidents::IncidentDefaults</name>
    <message>
        <source>IPA cybersecurity consultation desk for companies</source>
        <translation>IPA cybersecurity consultation desk for companies</translation>
    </message>
    <message>
        <source>Advice on the first response to malware, unauthorised access or ransomware, vendors that handle incidents, and whom else to contact. IPA does not investigate for you.</source>
        <translation>Advice on the first response to malware, unauthorised access or ransomware, vendors that handle incidents, and whom else to contact. IPA does not investigate for you.</translation>
    </message>
    <message>
        <source>As soon as you suspect an incident, and whenever you do not know whom to call first.</source>
        <translation>As soon as you suspect an incident, and whenever you do not know whom to call first.</translation>
    </message>
    <message>
        <source>JPCERT/CC incident response request</source>
        <translation>JPCERT/CC incident response request</translation>
    </message>
    <message>
        <source>Technical coordination: JPCERT/CC contacts the source of an attack and can help analyse it or give a second opinion.</source>
        <translation>Technical coordination: JPCERT/CC contacts the source of an attack and can help analyse it or give a second opinion.</translation>
    </message>
    <message>
        <source>When your site or servers are attacked, tampered with or used to attack others, or for a second opinion on ransomware.</source>
        <translation>When your site or servers are attacked, tampered with or used to attack others, or for a second opinion on ransomware.</translation>
    </message>
    <message>
        <source>Prefectural police cyber crime desk</source>
        <translation>Prefectural police cyber crime desk</translation>
    </message>
    <message>
        <source>Consultation and reports of cyber crime. #9110 is the police&apos;s general consultation line; the online reception forwards to the prefecture you choose. A damage report is made at a police station.</source>
        <translation>Consultation and reports of cyber crime. #9110 is the police&apos;s general consultation line; the online reception forwards to the prefecture you choose. A damage report is made at a police station.</translation>
    </message>
    <message>
        <source>Once the damage is contained: ransomware, unauthorised access, fraud or threats. In an emergency call 110.</source>
        <translation>Once the damage is contained: ransomware, unauthorised access, fraud or threats. In an emergency call 110.</translation>
    </message>
    <message>
        <source>Supervising ministry</source>
        <translation>Supervising ministry</translation>
    </message>
    <message>
        <source>Consultation, and the reports your industry&apos;s rules require. The METI alert asks companies to consult the ministry early.</source>
        <translation>Consultation, and the reports your industry&apos;s rules require. The METI alert asks companies to consult the ministry early.</translation>
    </message>
    <message>
        <source>When an incident is confirmed, and whenever your industry&apos;s rules require a report; some industries report personal data leaks here instead of to the Commission.</source>
        <translation>When an incident is confirmed, and whenever your industry&apos;s rules require a report; some industries report personal data leaks here instead of to the Commission.</translation>
    </message>
    <message>
        <source>Personal Information Protection Commission (leak reports)</source>
        <translation>Personal Information Protection Commission (leak reports)</translation>
    </message>
    <message>
        <source>The report of a personal data leak the law requires, made through the Commission&apos;s online form.</source>
        <translation>The report of a personal data leak the law requires, made through the Commission&apos;s online form.</translation>
    </message>
    <message>
        <source>When a leak or possible leak involves sensitive data, a risk of financial harm, suspected malice or more than 1,000 people: a preliminary report promptly (about 3 to 5 days), a final report within 30 days (60 for malice).</source>
        <translation>When a leak or possible leak involves sensitive data, a risk of financial harm, suspected malice or more than 1,000 people: a preliminary report promptly (about 3 to 5 days), a final report within 30 days (60 for malice).</translation>
    </message>
    <message>
        <source>Cybersecurity Otasuketai service provider</source>
        <translation>Cybersecurity Otasuketai service provider</translation>
    </message>
    <message>
        <source>Monitoring, first response and simple insurance for small companies in one package. Fill in your provider and its hotline.</source>
        <translation>Monitoring, first response and simple insurance for small companies in one package. Fill in your provider and its hotline.</translation>
    </message>
    <message>
        <source>When the provider&apos;s monitoring warns you, and at the first sign of an incident.</source>
        <translation>When the provider&apos;s monitoring warns you, and at the first sign of an incident.</translation>
    </message>
    <message>
        <source>Cyber insurer</source>
        <translation>Cyber insurer</translation>
    </message>
    <message>
        <source>Incident response costs, investigation and damages under your policy. Fill in the insurer, the policy number and its hotline.</source>
        <translation>Incident response costs, investigation and damages under your policy. Fill in the insurer, the policy number and its hotline.</translation>
    </message>
    <message>
        <source>Before you order an investigation or a restoration: most policies want to be told first.</source>
        <translation>Before you order an investigation or a restoration: most policies want to be told first.</translation>
    </message>
</context>
<context>
    <name>kamae::incidents::IncidentFactorText</name>
    <message>
        <source>IPA&apos;s consultation desk</source>
        <translation>IPA&apos;s consultation desk</translation>
    </message>
    <message>
        <source>the police cyber crime desk</source>
        <translation>the police cyber crime desk</translation>
    </message>
    <message>
        <source>the Personal Information Protection Commission</source>
        <translation>the Personal Information Protection Commission</translation>
    </message>
    <message>
        <source>an IT vendor or Otasuketai provider</source>
        <translation>an IT vendor or Otasuketai provider</translation>
    </message>
    <message>
        <source>an own responder</source>
        <translation>an own responder</translation>
    </message>
    <message>
        <source>Whom to call: contacts complete and checked in the last 12 months</source>
        <translation>Whom to call: contacts complete and checked in the last 12 months</translation>
    </message>
    <message>
        <source>Playbooks for the main kinds of incident</source>
        <translation>Playbooks for the main kinds of incident</translation>
    </message>
    <message>
        <source>Business partners to inform</source>
        <translation>Business partners to inform</translation>
    </message>
    <message>
        <source>An incident drill or review in the last 12 months</source>
        <translation>An incident drill or review in the last 12 months</translation>
    </message>
    <message>
        <source>%1 of %2 kinds of contact are listed and checked within 12 months.</source>
        <translation>%1 of %2 kinds of contact are listed and checked within 12 months.</translation>
    </message>
    <message>
        <source>Add or check the contacts: %1</source>
        <translation>Add or check the contacts: %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>%1 of %2 main kinds have a playbook.</source>
        <translation>%1 of %2 main kinds have a playbook.</translation>
    </message>
    <message>
        <source>Adopt the playbooks for ransomware, Emotet, unauthorised access and information leaks</source>
        <translation>Adopt the playbooks for ransomware, Emotet, unauthorised access and information leaks</translation>
    </message>
    <message>
        <source>No business partner to inform is listed.</source>
        <translation>No business partner to inform is listed.</translation>
    </message>
    <message>
        <source>List the business partners and overseas sites to inform</source>
        <translation>List the business partners and overseas sites to inform</translation>
    </message>
    <message numerus="yes">
        <source>%n partner(s) to inform are listed.</source>
        <translation>
            <numerusform>%n partner to inform are listed.</numerusform>
            <numerusform>%n partners to inform are listed.</numerusform>
        </translation>
    </message>
    <message>
        <source>No incident drill, and no closed incident with its lessons learned, is recorded.</source>
        <translation>No incident drill, and no closed incident with its lessons learned, is recorded.</translation>
    </message>
    <message>
        <source>Hold an incident drill and record its lessons</source>
        <translation>Hold an incident drill and record its lessons</translation>
    </message>
    <message>
        <source>The last drill or incident review was on %1.</source>
        <translation>The last drill or incident review was on %1.</translation>
    </message>
    <message>
        <source>Hold an incident drill (last: %1)</source>
        <translation>Hold an incident drill (last: %1)</translation>
    </message>
    <message>
        <source>Incident records: %1 of %2 kinds of contact checked, %3 of %4 playbooks.</source>
        <translation>Incident records: %1 of %2 kinds of contact checked, %3 of %4 playbooks.</translation>
    </message>
    <message numerus="yes">
        <source>Incident records: %n legal report(s) overdue.</source>
        <translation>
            <numerusform>Incident records: %n legal report overdue.</numerusform>
            <numerusform>Incident records: %n legal reports overdue.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Incident records: the police, the Commission and %n partner(s) to inform are listed.</source>
        <translation>
            <numerusform>Incident records: the police, the Commission and %n partner to inform are listed.</numerusform>
            <numerusform>Incident records: the police, the Commission and %n partners to inform are listed.</numerusform>
        </translation>
    </message>
    <message>
        <source>Incident records: the police, the Commission or the partners to inform are missing.</source>
        <translation>Incident records: the police, the Commission or the partners to inform are missing.</translation>
    </message>
</context>
<context>
    <name>kamae::incidents::IncidentPrint</name>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Person #%1 (no longer in the list)</source>
        <translation>Person #%1 (no longer in the list)</translation>
    </message>
    <message>
        <source>Not recorded yet.</source>
        <translation>Not recorded yet.</translation>
    </message>
    <message>
        <source>The incident</source>
        <translation>The incident</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Asset #%1 (no longer in the register)</source>
        <translation>Asset #%1 (no longer in the register)</translation>
    </message>
    <message>
        <source>Incident number</source>
        <translation>Incident number</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Occurred</source>
        <translation>Occurred</translation>
    </message>
    <message>
        <source>Detected</source>
        <translation>Detected</translation>
    </message>
    <message>
        <source>Became aware</source>
        <translation>Became aware</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Reported</translation>
    </message>
    <message>
        <source>Contained</source>
        <translation>Contained</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <source>Found by</source>
        <translation>Found by</translation>
    </message>
    <message>
        <source>Affected assets</source>
        <translation>Affected assets</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>This was an exercise, not a real incident.</source>
        <translation>This was an exercise, not a real incident.</translation>
    </message>
    <message>
        <source>Personal data and the legal clock</source>
        <translation>Personal data and the legal clock</translation>
    </message>
    <message>
        <source>The record names no personal data involved.</source>
        <translation>The record names no personal data involved.</translation>
    </message>
    <message>
        <source>Items of personal data</source>
        <translation>Items of personal data</translation>
    </message>
    <message>
        <source>Number of people</source>
        <translation>Number of people</translation>
    </message>
    <message>
        <source>Not known yet</source>
        <translation>Not known yet</translation>
    </message>
    <message>
        <source>Sensitive personal data (要配慮個人情報)</source>
        <translation>Sensitive personal data (要配慮個人情報)</translation>
    </message>
    <message>
        <source>Risk of financial harm</source>
        <translation>Risk of financial harm</translation>
    </message>
    <message>
        <source>Suspected malice</source>
        <translation>Suspected malice</translation>
    </message>
    <message>
        <source>An exercise: no report to the Commission is due.</source>
        <translation>An exercise: no report to the Commission is due.</translation>
    </message>
    <message>
        <source>None of the conditions that make a report to the Personal Information Protection Commission mandatory is recorded.</source>
        <translation>None of the conditions that make a report to the Personal Information Protection Commission mandatory is recorded.</translation>
    </message>
    <message>
        <source>A report to the Personal Information Protection Commission is due, but the record does not say when the company became aware.</source>
        <translation>A report to the Personal Information Protection Commission is due, but the record does not say when the company became aware.</translation>
    </message>
    <message>
        <source>A report to the Personal Information Protection Commission is mandatory because of: %1. Day 1 is %2, the day the company became aware.</source>
        <translation>A report to the Personal Information Protection Commission is mandatory because of: %1. Day 1 is %2, the day the company became aware.</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>Made on</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Made late</source>
        <translation>Made late</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Made</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>To be made</source>
        <translation>To be made</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Not yet</translation>
    </message>
    <message>
        <source>Preliminary report (速報)</source>
        <translation>Preliminary report (速報)</translation>
    </message>
    <message>
        <source>by %1 (at the latest %2)</source>
        <translation>by %1 (at the latest %2)</translation>
    </message>
    <message>
        <source>Final report (確報)</source>
        <translation>Final report (確報)</translation>
    </message>
    <message numerus="yes">
        <source>by %1 (%n day(s))</source>
        <translation>
            <numerusform>by %1 (%n day)</numerusform>
            <numerusform>by %1 (%n days)</numerusform>
        </translation>
    </message>
    <message>
        <source>Notice to the people concerned</source>
        <translation>Notice to the people concerned</translation>
    </message>
    <message>
        <source>promptly (by %1)</source>
        <translation>promptly (by %1)</translation>
    </message>
    <message>
        <source>Overdue: %1. Make it now and record it in the timeline.</source>
        <translation>Overdue: %1. Make it now and record it in the timeline.</translation>
    </message>
    <message>
        <source>Items of the report to the Commission (prefilled)</source>
        <translation>Items of the report to the Commission (prefilled)</translation>
    </message>
    <message>
        <source>From the record</source>
        <translation>From the record</translation>
    </message>
    <message>
        <source>(to be completed)</source>
        <translation>(to be completed)</translation>
    </message>
    <message>
        <source>The Commission&apos;s form asks for these items (施行規則 第8条). Complete the empty ones before submitting it.</source>
        <translation>The Commission&apos;s form asks for these items (施行規則 第8条). Complete the empty ones before submitting it.</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <source>Decision: no ransom was paid (recorded %1).</source>
        <translation>Decision: no ransom was paid (recorded %1).</translation>
    </message>
    <message>
        <source>The decision not to pay the ransom is not recorded in the timeline.</source>
        <translation>The decision not to pay the ransom is not recorded in the timeline.</translation>
    </message>
    <message>
        <source>No timeline entry is recorded.</source>
        <translation>No timeline entry is recorded.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Playbook steps done</source>
        <translation>Playbook steps done</translation>
    </message>
    <message>
        <source>No playbook step is ticked.</source>
        <translation>No playbook step is ticked.</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Done by</source>
        <translation>Done by</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Follow-up actions</source>
        <translation>Follow-up actions</translation>
    </message>
    <message>
        <source>No follow-up action is recorded.</source>
        <translation>No follow-up action is recorded.</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Unplug the network cable and turn Wi-Fi off, but keep the machine powered on.</source>
        <translation>Unplug the network cable and turn Wi-Fi off, but keep the machine powered on.</translation>
    </message>
    <message>
        <source>Do not shut down, restart or delete anything: the logs are evidence.</source>
        <translation>Do not shut down, restart or delete anything: the logs are evidence.</translation>
    </message>
    <message>
        <source>Do not pay a ransom and do not contact the attacker.</source>
        <translation>Do not pay a ransom and do not contact the attacker.</translation>
    </message>
    <message>
        <source>Call the person in charge, then the numbers on this card.</source>
        <translation>Call the person in charge, then the numbers on this card.</translation>
    </message>
    <message>
        <source>Note the time, what you saw and whom you told.</source>
        <translation>Note the time, what you saw and whom you told.</translation>
    </message>
    <message>
        <source>Open no suspicious mail or attachment, and warn your colleagues.</source>
        <translation>Open no suspicious mail or attachment, and warn your colleagues.</translation>
    </message>
    <message>
        <source>Incident card</source>
        <translation>Incident card</translation>
    </message>
    <message>
        <source>First steps</source>
        <translation>First steps</translation>
    </message>
    <message>
        <source>Numbers to call</source>
        <translation>Numbers to call</translation>
    </message>
    <message>
        <source>No contact is listed yet: fill in the directory on the Incidents page.</source>
        <translation>No contact is listed yet: fill in the directory on the Incidents page.</translation>
    </message>
    <message>
        <source>%1 more numbers on the A4 card.</source>
        <translation>%1 more numbers on the A4 card.</translation>
    </message>
    <message>
        <source>Cut along the dashed lines and fold along the dotted line: the steps on one side, the numbers on the other.</source>
        <translation>Cut along the dashed lines and fold along the dotted line: the steps on one side, the numbers on the other.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Look up: %1</source>
        <translation>Look up: %1</translation>
    </message>
    <message>
        <source>No number recorded</source>
        <translation>No number recorded</translation>
    </message>
    <message>
        <source>Some entries were never checked: check them before relying on this card.</source>
        <translation>Some entries were never checked: check them before relying on this card.</translation>
    </message>
    <message>
        <source>Printed %1; entries checked since %2.</source>
        <translation>Printed %1; entries checked since %2.</translation>
    </message>
    <message>
        <source>Incident_card</source>
        <translation>Incident_card</translation>
    </message>
    <message>
        <source>Incident_wallet_cards</source>
        <translation>Incident_wallet_cards</translation>
    </message>
    <message>
        <source>Incident report</source>
        <translation>Incident report</translation>
    </message>
    <message>
        <source>Prepared on</source>
        <translation>Prepared on</translation>
    </message>
    <message>
        <source>An exercise, not a real incident.</source>
        <translation>An exercise, not a real incident.</translation>
    </message>
    <message>
        <source>For the police, the insurer or a business partner: what the company&apos;s incident record says.</source>
        <translation>For the police, the insurer or a business partner: what the company&apos;s incident record says.</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Cause</translation>
    </message>
    <message>
        <source>Lessons learned</source>
        <translation>Lessons learned</translation>
    </message>
    <message>
        <source>Incident %1 · printed %2</source>
        <translation>Incident %1 · printed %2</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <source>Incident_report</source>
        <translation>Incident_report</translation>
    </message>
    <message>
        <source>There is no incident %1.</source>
        <translation>There is no incident %1.</translation>
    </message>
</context>
<context>
    <name>kamae::incidents::IncidentReminderText</name>
    <message>
        <source>%1: aware on %2; reportable because of %3.</source>
        <translation>%1: aware on %2; reportable because of %3.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Preliminary leak report to the Personal Information Protection Commission</source>
        <translation>Preliminary leak report to the Personal Information Protection Commission</translation>
    </message>
    <message>
        <source>Report promptly: by %1 (the guideline says about 3 to 5 days, to %2).</source>
        <translation>Report promptly: by %1 (the guideline says about 3 to 5 days, to %2).</translation>
    </message>
    <message>
        <source>Final leak report to the Personal Information Protection Commission</source>
        <translation>Final leak report to the Personal Information Protection Commission</translation>
    </message>
    <message numerus="yes">
        <source>The final report is due within %n day(s), by %1.</source>
        <translation>
            <numerusform>The final report is due within %n day, by %1.</numerusform>
            <numerusform>The final report is due within %n days, by %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Notify the people whose data leaked</source>
        <translation>Notify the people whose data leaked</translation>
    </message>
    <message>
        <source>The law asks to notify them promptly, as the situation allows, or to publish a notice where they cannot be reached.</source>
        <translation>The law asks to notify them promptly, as the situation allows, or to publish a notice where they cannot be reached.</translation>
    </message>
    <message>
        <source>Incident follow-up: %1</source>
        <translation>Incident follow-up: %1</translation>
    </message>
    <message>
        <source>From the incident &quot;%1&quot;.</source>
        <translation>From the incident &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Check the incident contacts</source>
        <translation>Check the incident contacts</translation>
    </message>
    <message>
        <source>Some contacts were never checked; call or look up each and record the date.</source>
        <translation>Some contacts were never checked; call or look up each and record the date.</translation>
    </message>
    <message>
        <source>The oldest check was on %1; numbers and pages change.</source>
        <translation>The oldest check was on %1; numbers and pages change.</translation>
    </message>
</context>
<context>
    <name>kamae::incidents::PlaybookText</name>
    <message>
        <source>Disconnect the affected machines from the network (unplug the cable, turn Wi-Fi off), but keep them powered on: do not shut down, restart or reinstall them.</source>
        <translation>Disconnect the affected machines from the network (unplug the cable, turn Wi-Fi off), but keep them powered on: do not shut down, restart or reinstall them.</translation>
    </message>
    <message>
        <source>Keep the evidence: delete no files or mail, keep the logs of the PCs, servers, firewall and mail, and note the time of everything you see.</source>
        <translation>Keep the evidence: delete no files or mail, keep the logs of the PCs, servers, firewall and mail, and note the time of everything you see.</translation>
    </message>
    <message>
        <source>Tell the person in charge of incidents, and record the incident in Kamae with the time it was detected and who found it.</source>
        <translation>Tell the person in charge of incidents, and record the incident in Kamae with the time it was detected and who found it.</translation>
    </message>
    <message>
        <source>Get expert help: call IPA&apos;s consultation desk, your IT vendor or Otasuketai provider, and tell the cyber insurer before ordering an investigation.</source>
        <translation>Get expert help: call IPA&apos;s consultation desk, your IT vendor or Otasuketai provider, and tell the cyber insurer before ordering an investigation.</translation>
    </message>
    <message>
        <source>Consult the police cyber crime desk (#9110 or the police&apos;s online reception) and report to the supervising ministry where your industry&apos;s rules ask for it.</source>
        <translation>Consult the police cyber crime desk (#9110 or the police&apos;s online reception) and report to the supervising ministry where your industry&apos;s rules ask for it.</translation>
    </message>
    <message>
        <source>If personal data may have leaked, record it in the incident: Kamae shows whether a report to the Personal Information Protection Commission is due and by when.</source>
        <translation>If personal data may have leaked, record it in the incident: Kamae shows whether a report to the Personal Information Protection Commission is due and by when.</translation>
    </message>
    <message>
        <source>Do not pay the ransom and do not contact the attacker; record the decision in the timeline.</source>
        <translation>Do not pay the ransom and do not contact the attacker; record the decision in the timeline.</translation>
    </message>
    <message>
        <source>Find out which machines, data and backups are affected, and whether the offline backup was connected at the time.</source>
        <translation>Find out which machines, data and backups are affected, and whether the offline backup was connected at the time.</translation>
    </message>
    <message>
        <source>Clean or rebuild the machines, change their passwords, then restore the data from the offline backup.</source>
        <translation>Clean or rebuild the machines, change their passwords, then restore the data from the offline backup.</translation>
    </message>
    <message>
        <source>Close the way in (update the VPN or remote desktop, remove the account used) before reconnecting to the network.</source>
        <translation>Close the way in (update the VPN or remote desktop, remove the account used) before reconnecting to the network.</translation>
    </message>
    <message>
        <source>Warn everyone in the company: do not open password-protected ZIP files or attachments of unexpected mail.</source>
        <translation>Warn everyone in the company: do not open password-protected ZIP files or attachments of unexpected mail.</translation>
    </message>
    <message>
        <source>Tell business partners that mail in the company&apos;s name may be fake, and record whom you informed (Kamae drafts the message).</source>
        <translation>Tell business partners that mail in the company&apos;s name may be fake, and record whom you informed (Kamae drafts the message).</translation>
    </message>
    <message>
        <source>Change the mail passwords and other credentials of the users of the suspected PCs.</source>
        <translation>Change the mail passwords and other credentials of the users of the suspected PCs.</translation>
    </message>
    <message>
        <source>Change the passwords saved in the browsers of the suspected PCs.</source>
        <translation>Change the passwords saved in the browsers of the suspected PCs.</translation>
    </message>
    <message>
        <source>Disable macros in Excel and Word where they are not needed.</source>
        <translation>Disable macros in Excel and Word where they are not needed.</translation>
    </message>
    <message>
        <source>Scan every PC in the company with the antivirus software, and check each for Emotet with JPCERT/CC&apos;s EmoCheck.</source>
        <translation>Scan every PC in the company with the antivirus software, and check each for Emotet with JPCERT/CC&apos;s EmoCheck.</translation>
    </message>
    <message>
        <source>If Emotet is found (in %TEMP%), have experts check how far it spread.</source>
        <translation>If Emotet is found (in %TEMP%), have experts check how far it spread.</translation>
    </message>
    <message>
        <source>Disable the accounts the intruder used, change the administrators&apos; and affected users&apos; passwords, and turn on multi-factor authentication.</source>
        <translation>Disable the accounts the intruder used, change the administrators&apos; and affected users&apos; passwords, and turn on multi-factor authentication.</translation>
    </message>
    <message>
        <source>Find out from the access logs what was reached and from where, and whether personal data was taken.</source>
        <translation>Find out from the access logs what was reached and from where, and whether personal data was taken.</translation>
    </message>
    <message>
        <source>Take the site offline or show a maintenance page; keep the server&apos;s logs and a copy of the altered pages.</source>
        <translation>Take the site offline or show a maintenance page; keep the server&apos;s logs and a copy of the altered pages.</translation>
    </message>
    <message>
        <source>Check whether visitors were sent to malicious pages or card data was taken.</source>
        <translation>Check whether visitors were sent to malicious pages or card data was taken.</translation>
    </message>
    <message>
        <source>Have the web or hosting vendor find the hole and restore the site from a clean copy; change the passwords of its administration and upload accounts.</source>
        <translation>Have the web or hosting vendor find the hole and restore the site from a clean copy; change the passwords of its administration and upload accounts.</translation>
    </message>
    <message>
        <source>Report the tampering to JPCERT/CC, which can help stop the pages spreading malware.</source>
        <translation>Report the tampering to JPCERT/CC, which can help stop the pages spreading malware.</translation>
    </message>
    <message>
        <source>Find out what was on the device, and whether it was encrypted and locked.</source>
        <translation>Find out what was on the device, and whether it was encrypted and locked.</translation>
    </message>
    <message>
        <source>Lock or wipe the device remotely if you can, and change the passwords it held.</source>
        <translation>Lock or wipe the device remotely if you can, and change the passwords it held.</translation>
    </message>
    <message>
        <source>Report the loss or theft to the police and, for a phone, to the carrier.</source>
        <translation>Report the loss or theft to the police and, for a phone, to the carrier.</translation>
    </message>
    <message>
        <source>Stop the leak: recall or follow up the mail, remove the published file, close the access.</source>
        <translation>Stop the leak: recall or follow up the mail, remove the published file, close the access.</translation>
    </message>
    <message>
        <source>Find out whose data and which items leaked, how many people, and whether it includes sensitive data or card numbers.</source>
        <translation>Find out whose data and which items leaked, how many people, and whether it includes sensitive data or card numbers.</translation>
    </message>
    <message>
        <source>Notify the people concerned, or publish a notice where they cannot be reached.</source>
        <translation>Notify the people concerned, or publish a notice where they cannot be reached.</translation>
    </message>
    <message>
        <source>When it is over, record the cause and the lessons learned, and the follow-up actions with owners and due dates.</source>
        <translation>When it is over, record the cause and the lessons learned, and the follow-up actions with owners and due dates.</translation>
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
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no file at %1.</source>
        <translation>There is no file at %1.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 is a folder, not a file.</translation>
    </message>
    <message>
        <source>%1 is a device, not a file: Kamae reads only ordinary files.</source>
        <translation>%1 is a device, not a file: Kamae reads only ordinary files.</translation>
    </message>
    <message>
        <source>%1 is a named pipe (FIFO), not a file: Kamae reads only ordinary files. Save the data to a file first.</source>
        <translation>%1 is a named pipe (FIFO), not a file: Kamae reads only ordinary files. Save the data to a file first.</translation>
    </message>
    <message>
        <source>%1 is a socket, not a file: Kamae reads only ordinary files.</source>
        <translation>%1 is a socket, not a file: Kamae reads only ordinary files.</translation>
    </message>
    <message>
        <source>%1 is not an ordinary file: Kamae reads only ordinary files.</source>
        <translation>%1 is not an ordinary file: Kamae reads only ordinary files.</translation>
    </message>
    <message>
        <source>%1 is larger than %2, more than Kamae reads from such a file, so it was not read.</source>
        <translation>%1 is larger than %2, more than Kamae reads from such a file, so it was not read.</translation>
    </message>
    <message>
        <source>The file %1 could not be read: %2</source>
        <translation>The file %1 could not be read: %2</translation>
    </message>
</context>
<context>
    <name>kamae::io::AssetTransfer</name>
    <message>
        <source>No column is chosen for the asset name. Choose which column holds it.</source>
        <translation>No column is chosen for the asset name. Choose which column holds it.</translation>
    </message>
    <message>
        <source>The asset name is empty.</source>
        <translation>The asset name is empty.</translation>
    </message>
    <message>
        <source>Information assets</source>
        <translation>Information assets</translation>
    </message>
    <message numerus="yes">
        <source> … (%n more)</source>
        <translation>
            <numerusform> … (%n more)</numerusform>
            <numerusform> … (%n more)</numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown field &quot;%1&quot;: use one of %2.</source>
        <translation>Unknown field &quot;%1&quot;: use one of %2.</translation>
    </message>
    <message>
        <source>The file has no column &quot;%1&quot;. Its columns are: %2.</source>
        <translation>The file has no column &quot;%1&quot;. Its columns are: %2.</translation>
    </message>
    <message>
        <source>No column is chosen for the asset name. Row %1 looks like the header; its columns are: %2. Kamae recognises the asset name under these headers: %3. Choose the column that holds it (on the command line: --map name=HEADER).</source>
        <translation>No column is chosen for the asset name. Row %1 looks like the header; its columns are: %2. Kamae recognises the asset name under these headers: %3. Choose the column that holds it (on the command line: --map name=HEADER).</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>column %1</translation>
    </message>
    <message>
        <source>%1 (computed by Kamae)</source>
        <translation>%1 (computed by Kamae)</translation>
    </message>
    <message>
        <source>%1 must be yes or no (有/無, ○/×), not &quot;%2&quot;.</source>
        <translation>%1 must be yes or no (有/無, ○/×), not &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>same name and location</source>
        <translation>same name and location</translation>
    </message>
    <message>
        <source>same name, vendor and product</source>
        <translation>same name, vendor and product</translation>
    </message>
</context>
<context>
    <name>kamae::io::Csv</name>
    <message>
        <source>Row %1, column %2: “%3” cannot be written in Shift_JIS.</source>
        <translation>Row %1, column %2: “%3” cannot be written in Shift_JIS.</translation>
    </message>
    <message>
        <source>Row %1, column %2 (%3): “%4” cannot be written in Shift_JIS.</source>
        <translation>Row %1, column %2 (%3): “%4” cannot be written in Shift_JIS.</translation>
    </message>
    <message>
        <source>The table cannot be written in Shift_JIS.</source>
        <translation>The table cannot be written in Shift_JIS.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>The file is empty.</translation>
    </message>
    <message>
        <source>Line %1: the file is not valid UTF-8 (byte 0x%2).</source>
        <translation>Line %1: the file is not valid UTF-8 (byte 0x%2).</translation>
    </message>
    <message>
        <source>Line %1: the file is not valid Shift_JIS (byte 0x%2).</source>
        <translation>Line %1: the file is not valid Shift_JIS (byte 0x%2).</translation>
    </message>
    <message>
        <source>Line %1: the file is neither UTF-8 nor Shift_JIS (byte 0x%2).</source>
        <translation>Line %1: the file is neither UTF-8 nor Shift_JIS (byte 0x%2).</translation>
    </message>
    <message>
        <source>Line %1: a quoted field that starts here is never closed.</source>
        <translation>Line %1: a quoted field that starts here is never closed.</translation>
    </message>
    <message>
        <source>The file has no header line.</source>
        <translation>The file has no header line.</translation>
    </message>
    <message>
        <source>Line %1 has %2 fields; the header has %3.</source>
        <translation>Line %1 has %2 fields; the header has %3.</translation>
    </message>
    <message>
        <source>A quote or a line break cannot separate the fields.</source>
        <translation>A quote or a line break cannot separate the fields.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>The file starts as UTF-16 (Excel&apos;s Unicode text) but is not valid UTF-16: it may be cut off or damaged.</source>
        <translation>The file starts as UTF-16 (Excel&apos;s Unicode text) but is not valid UTF-16: it may be cut off or damaged.</translation>
    </message>
    <message>
        <source>Line %1 has %2 fields; at most %3 columns can be read.</source>
        <translation>Line %1 has %2 fields; at most %3 columns can be read.</translation>
    </message>
    <message>
        <source>Line %1, field %2: the text is longer than the %3 characters a cell can hold.</source>
        <translation>Line %1, field %2: the text is longer than the %3 characters a cell can hold.</translation>
    </message>
    <message>
        <source>Line %1: the file has more than %2 cells (%3 columns × %4 rows); split it or remove empty columns.</source>
        <translation>Line %1: the file has more than %2 cells (%3 columns × %4 rows); split it or remove empty columns.</translation>
    </message>
</context>
<context>
    <name>kamae::io::Xlsx</name>
    <message>
        <source>%1 is not an Excel workbook (.xlsx), or it is damaged.</source>
        <translation>%1 is not an Excel workbook (.xlsx), or it is damaged.</translation>
    </message>
    <message>
        <source>%1 is not an Excel workbook (.xlsx): %2 is missing.</source>
        <translation>%1 is not an Excel workbook (.xlsx): %2 is missing.</translation>
    </message>
    <message>
        <source>%1 is too large to read: %2 holds more than %3 MB.</source>
        <translation>%1 is too large to read: %2 holds more than %3 MB.</translation>
    </message>
    <message>
        <source>%1 is damaged: %2 cannot be read.</source>
        <translation>%1 is damaged: %2 cannot be read.</translation>
    </message>
    <message>
        <source>%1 is damaged: %2 cannot be read (line %3: %4).</source>
        <translation>%1 is damaged: %2 cannot be read (line %3: %4).</translation>
    </message>
    <message>
        <source>%1 has no sheets.</source>
        <translation>%1 has no sheets.</translation>
    </message>
    <message>
        <source>The sheet “%1” is empty.</source>
        <translation>The sheet “%1” is empty.</translation>
    </message>
    <message>
        <source>Row %1: cell %2 refers to text that is missing from the workbook.</source>
        <translation>Row %1: cell %2 refers to text that is missing from the workbook.</translation>
    </message>
    <message>
        <source>Row %1 has a value in column %2, right of the last header column (%3).</source>
        <translation>Row %1 has a value in column %2, right of the last header column (%3).</translation>
    </message>
    <message>
        <source>The workbook has no sheet named “%1”.</source>
        <translation>The workbook has no sheet named “%1”.</translation>
    </message>
    <message>
        <source>“%1” cannot be a sheet name: use at most 31 characters, none of : \ / ? * [ ], and no &apos; at the start or end.</source>
        <translation>“%1” cannot be a sheet name: use at most 31 characters, none of : \ / ? * [ ], and no &apos; at the start or end.</translation>
    </message>
    <message>
        <source>The table is too large for one Excel sheet (at most 1,048,576 rows and 16,384 columns).</source>
        <translation>The table is too large for one Excel sheet (at most 1,048,576 rows and 16,384 columns).</translation>
    </message>
    <message>
        <source>Row %1, column %2: the text is longer than the 32,767 characters a cell can hold.</source>
        <translation>Row %1, column %2: the text is longer than the 32,767 characters a cell can hold.</translation>
    </message>
    <message>
        <source>Cannot write %1: the workbook cannot be compressed (error %2).</source>
        <translation>Cannot write %1: the workbook cannot be compressed (error %2).</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Row %1: cell %2 holds more than the 32,767 characters a cell can hold.</source>
        <translation>Row %1: cell %2 holds more than the 32,767 characters a cell can hold.</translation>
    </message>
    <message>
        <source>Row %1: the sheet has more than %2 cells (%3 columns × %4 rows); split it or remove empty columns.</source>
        <translation>Row %1: the sheet has more than %2 cells (%3 columns × %4 rows); split it or remove empty columns.</translation>
    </message>
    <message>
        <source>%1 holds more than %2 files; it is not a workbook Kamae can read.</source>
        <translation>%1 holds more than %2 files; it is not a workbook Kamae can read.</translation>
    </message>
</context>
<context>
    <name>kamae::modules::ModuleText</name>
    <message>
        <source>Assets</source>
        <translation>Assets</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Patches</source>
        <translation>Patches</translation>
    </message>
    <message>
        <source>Self-assessment</source>
        <translation>Self-assessment</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>BCP</source>
        <translation>BCP</translation>
    </message>
    <message>
        <source>Incidents &amp; contacts</source>
        <translation>Incidents &amp; contacts</translation>
    </message>
</context>
<context>
    <name>kamae::organisation::PeopleCommands</name>
    <message>
        <source>Usage: kamae people import VAULT FILE [--map KEY=HEADER]… [--encoding sjis|utf8] [--sheet NAME]</source>
        <translation>Usage: kamae people import VAULT FILE [--map KEY=HEADER]… [--encoding sjis|utf8] [--sheet NAME]</translation>
    </message>
    <message>
        <source>Usage: kamae people list VAULT [--json]</source>
        <translation>Usage: kamae people list VAULT [--json]</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, line %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… and %n more.</numerusform>
            <numerusform>… and %n more.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown encoding: use utf8 or sjis.</source>
        <translation>Unknown encoding: use utf8 or sjis.</translation>
    </message>
    <message>
        <source>--map needs KEY=HEADER (for example --map name=社員氏名), not &quot;%1&quot;.</source>
        <translation>--map needs KEY=HEADER (for example --map name=社員氏名), not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Columns not imported: %1. Choose one with --map KEY=HEADER.</source>
        <translation>Columns not imported: %1. Choose one with --map KEY=HEADER.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) cannot be imported; nothing was imported.</source>
        <translation>
            <numerusform>%n row cannot be imported; nothing was imported.</numerusform>
            <numerusform>%n rows cannot be imported; nothing was imported.</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported %1: %2 added, %3 updated, %4 already up to date.</source>
        <translation>Imported %1: %2 added, %3 updated, %4 already up to date.</translation>
    </message>
    <message>
        <source>Line %1: updated “%2” (%3).</source>
        <translation>Line %1: updated “%2” (%3).</translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n empty row(s).</source>
        <translation>
            <numerusform>Skipped %n empty row.</numerusform>
            <numerusform>Skipped %n empty rows.</numerusform>
        </translation>
    </message>
    <message>
        <source>department</source>
        <translation>department</translation>
    </message>
    <message>
        <source>left %1</source>
        <translation>left %1</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s)</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message>
        <source>  people import VAULT FILE [--map KEY=HEADER]… [--encoding sjis|utf8]
         [--sheet NAME]
                             add or update people and departments from CSV or
                             XLSX; an entry with the same e-mail address (else
                             name) is updated (all rows or none)
</source>
        <translation>  people import VAULT FILE [--map KEY=HEADER]… [--encoding sjis|utf8]
         [--sheet NAME]
                             add or update people and departments from CSV or
                             XLSX; an entry with the same e-mail address (else
                             name) is updated (all rows or none)
</translation>
    </message>
    <message>
        <source>  people list VAULT [--json] print the people and departments
</source>
        <translation>  people list VAULT [--json] print the people and departments
</translation>
    </message>
</context>
<context>
    <name>kamae::organisation::PeopleImport</name>
    <message numerus="yes">
        <source> … (%n more)</source>
        <translation>
            <numerusform> … (%n more)</numerusform>
            <numerusform> … (%n more)</numerusform>
        </translation>
    </message>
    <message>
        <source>Person</source>
        <comment>kind of entry</comment>
        <translation>Person</translation>
    </message>
    <message>
        <source>Department</source>
        <comment>kind of entry</comment>
        <translation>Department</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Reading (furigana)</source>
        <translation>Reading (furigana)</translation>
    </message>
    <message>
        <source>Kind (person or department)</source>
        <translation>Kind (person or department)</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>E-mail address</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Other contact</source>
        <translation>Other contact</translation>
    </message>
    <message>
        <source>Joined on</source>
        <translation>Joined on</translation>
    </message>
    <message>
        <source>Left on</source>
        <translation>Left on</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Unknown field &quot;%1&quot;: use one of %2.</source>
        <translation>Unknown field &quot;%1&quot;: use one of %2.</translation>
    </message>
    <message>
        <source>The file has no column &quot;%1&quot;. Its columns are: %2.</source>
        <translation>The file has no column &quot;%1&quot;. Its columns are: %2.</translation>
    </message>
    <message>
        <source>No column is chosen for the name. Row %1 looks like the header; its columns are: %2. Kamae recognises the name under these headers: %3. Choose the column that holds it (on the command line: --map name=HEADER).</source>
        <translation>No column is chosen for the name. Row %1 looks like the header; its columns are: %2. Kamae recognises the name under these headers: %3. Choose the column that holds it (on the command line: --map name=HEADER).</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>column %1</translation>
    </message>
    <message>
        <source>The name is empty.</source>
        <translation>The name is empty.</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address.</source>
        <translation>“%1” is not an e-mail address.</translation>
    </message>
    <message>
        <source>The kind must be person or department (個人 or 部署), not “%1”.</source>
        <translation>The kind must be person or department (個人 or 部署), not “%1”.</translation>
    </message>
    <message>
        <source>%1 must be a date such as 2026/4/1 or 2026-04-01, not “%2”.</source>
        <translation>%1 must be a date such as 2026/4/1 or 2026-04-01, not “%2”.</translation>
    </message>
    <message>
        <source>“%1” is also on line %2.</source>
        <translation>“%1” is also on line %2.</translation>
    </message>
    <message>
        <source>The e-mail address “%1” is also on line %2.</source>
        <translation>The e-mail address “%1” is also on line %2.</translation>
    </message>
    <message>
        <source>The e-mail address “%1” is that of “%2”, and the list has another entry named “%3”.</source>
        <translation>The e-mail address “%1” is that of “%2”, and the list has another entry named “%3”.</translation>
    </message>
    <message>
        <source>Line %1 is about the same entry “%2”.</source>
        <translation>Line %1 is about the same entry “%2”.</translation>
    </message>
    <message>
        <source>Leaves on %1, before joining on %2.</source>
        <translation>Leaves on %1, before joining on %2.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Line %1: %2</translation>
    </message>
    <message>
        <source>Outside the company</source>
        <translation>Outside the company</translation>
    </message>
    <message>
        <source>“Outside the company” must be yes or no (1 or 0, はい or いいえ, 外部 or 社員), not “%1”.</source>
        <translation>“Outside the company” must be yes or no (1 or 0, はい or いいえ, 外部 or 社員), not “%1”.</translation>
    </message>
</context>
<context>
    <name>kamae::patches::PatchDesk</name>
    <message>
        <source>CISA KEV catalogue</source>
        <translation>CISA KEV catalogue</translation>
    </message>
    <message>
        <source>JVN iPedia feed</source>
        <translation>JVN iPedia feed</translation>
    </message>
    <message numerus="yes">
        <source>%1 %2: %n entry(ies) in the file</source>
        <translation>
            <numerusform>%1 %2: %n entry in the file</numerusform>
            <numerusform>%1 %2: %n entries in the file</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing new</source>
        <translation>nothing new</translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n new</numerusform>
            <numerusform>%n new</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>%n changed</numerusform>
            <numerusform>%n changed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n withdrawn</source>
        <translation>
            <numerusform>%n withdrawn</numerusform>
            <numerusform>%n withdrawn</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open patch item(s) updated</source>
        <translation>
            <numerusform>%n open patch item updated</numerusform>
            <numerusform>%n open patch items updated</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>.</source>
        <translation>.</translation>
    </message>
    <message numerus="yes">
        <source>No current proposal has the id(s) %1. Nothing was changed.</source>
        <translation>
            <numerusform>No current proposal has the id %1. Nothing was changed.</numerusform>
            <numerusform>No current proposal has the ids %1. Nothing was changed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kamae::patches::ProposalText</name>
    <message>
        <source>the feed names %1</source>
        <translation>the feed names %1</translation>
    </message>
    <message>
        <source>the feed names %1, of which %2 is a part</source>
        <translation>the feed names %1, of which %2 is a part</translation>
    </message>
    <message>
        <source>the feed names %1, a component of %2</source>
        <translation>the feed names %1, a component of %2</translation>
    </message>
    <message>
        <source>the feed names %1, of the same product family as %2</source>
        <translation>the feed names %1, of the same product family as %2</translation>
    </message>
    <message>
        <source>; the alias table says the register calls it %1</source>
        <translation>; the alias table says the register calls it %1</translation>
    </message>
    <message>
        <source>; the asset runs %1</source>
        <translation>; the asset runs %1</translation>
    </message>
    <message>
        <source>; the asset has no vendor, so the product alone decided</source>
        <translation>; the asset has no vendor, so the product alone decided</translation>
    </message>
    <message>
        <source>; product line %1</source>
        <translation>; product line %1</translation>
    </message>
    <message>
        <source>probably fixed by the update of %1</source>
        <translation>probably fixed by the update of %1</translation>
    </message>
    <message>
        <source>new</source>
        <translation>new</translation>
    </message>
</context>
<context>
    <name>kamae::reminders::AssetReviewText</name>
    <message numerus="yes">
        <source>Review %n asset(s) in the register</source>
        <translation>
            <numerusform>Review %n asset in the register</numerusform>
            <numerusform>Review %n assets in the register</numerusform>
        </translation>
    </message>
    <message>
        <source>Each row of the register is reviewed at least once a year: is it still used, is its owner and rating still right?</source>
        <translation>Each row of the register is reviewed at least once a year: is it still used, is its owner and rating still right?</translation>
    </message>
    <message numerus="yes">
        <source>%n of them are past their review date.</source>
        <translation>
            <numerusform>%n of them are past their review date.</numerusform>
            <numerusform>%n of them are past their review date.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kamae::reminders::BackupReminderText</name>
    <message>
        <source>Never done.</source>
        <translation>Never done.</translation>
    </message>
    <message>
        <source>The last one (%1) failed.</source>
        <translation>The last one (%1) failed.</translation>
    </message>
    <message>
        <source>Last done %1.</source>
        <translation>Last done %1.</translation>
    </message>
    <message>
        <source>Backup run: %1</source>
        <translation>Backup run: %1</translation>
    </message>
    <message>
        <source>Record the run (%1), or find out why it did not happen.</source>
        <translation>Record the run (%1), or find out why it did not happen.</translation>
    </message>
    <message>
        <source>Restore test: %1</source>
        <translation>Restore test: %1</translation>
    </message>
    <message numerus="yes">
        <source>Restore some files from the backup and check them; due every %n day(s).</source>
        <translation>
            <numerusform>Restore some files from the backup and check them; due every day.</numerusform>
            <numerusform>Restore some files from the backup and check them; due every %n days.</numerusform>
        </translation>
    </message>
    <message>
        <source>Air-gap check: %1</source>
        <translation>Air-gap check: %1</translation>
    </message>
    <message numerus="yes">
        <source>Confirm the offline copy is disconnected from every network and still readable; due every %n day(s).</source>
        <translation>
            <numerusform>Confirm the offline copy is disconnected from every network and still readable; due every day.</numerusform>
            <numerusform>Confirm the offline copy is disconnected from every network and still readable; due every %n days.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kamae::reminders::IcsText</name>
    <message>
        <source>Overdue: due since %1.</source>
        <translation>Overdue: due since %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
</context>
<context>
    <name>kamae::reminders::PatchReminderText</name>
    <message>
        <source>Apply the update for %1 on %2</source>
        <translation>Apply the update for %1 on %2</translation>
    </message>
    <message>
        <source>Known to be exploited in attacks. Found %1.</source>
        <translation>Known to be exploited in attacks. Found %1.</translation>
    </message>
    <message>
        <source>Severity: %1. Found %2.</source>
        <translation>Severity: %1. Found %2.</translation>
    </message>
    <message>
        <source>Review the accepted risk: %1 on %2</source>
        <translation>Review the accepted risk: %1 on %2</translation>
    </message>
    <message>
        <source>Reason given: %1</source>
        <translation>Reason given: %1</translation>
    </message>
</context>
<context>
    <name>kamae::reminders::ReminderText</name>
    <message>
        <source>Upcoming</source>
        <translation>Upcoming</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>Due soon</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Low</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Medium</translation>
    </message>
    <message>
        <source>High</source>
        <translation>High</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Critical</translation>
    </message>
    <message>
        <source>never done</source>
        <translation>never done</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n day overdue</numerusform>
            <numerusform>%n days overdue</numerusform>
        </translation>
    </message>
    <message>
        <source>due today</source>
        <translation>due today</translation>
    </message>
    <message numerus="yes">
        <source>due in %n day(s)</source>
        <translation>
            <numerusform>due in %n day</numerusform>
            <numerusform>due in %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kamae::report::ActionsText</name>
    <message>
        <source>Risk</source>
        <translation>Risk</translation>
    </message>
    <message>
        <source>Points lost</source>
        <translation>Points lost</translation>
    </message>
    <message>
        <source>No measured factor loses points.</source>
        <translation>No measured factor loses points.</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Gain</source>
        <translation>Gain</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1 (overdue)</translation>
    </message>
    <message>
        <source>%1 *</source>
        <translation>%1 *</translation>
    </message>
    <message>
        <source>Nothing to do: every factor is at its full value.</source>
        <translation>Nothing to do: every factor is at its full value.</translation>
    </message>
    <message>
        <source>Top risks and next actions</source>
        <translation>Top risks and next actions</translation>
    </message>
    <message>
        <source>Where the most points are lost</source>
        <translation>Where the most points are lost</translation>
    </message>
    <message>
        <source>Next actions</source>
        <translation>Next actions</translation>
    </message>
    <message>
        <source>* A target date Kamae proposes from the effort; the other dates are the records&apos; own.</source>
        <translation>* A target date Kamae proposes from the effort; the other dates are the records&apos; own.</translation>
    </message>
    <message>
        <source>Overdue, by module</source>
        <translation>Overdue, by module</translation>
    </message>
    <message>
        <source>overdue in %1</source>
        <translation>overdue in %1</translation>
    </message>
    <message>
        <source>Overdue in %1</source>
        <translation>Overdue in %1</translation>
    </message>
    <message numerus="yes">
        <source>due within %n day(s)</source>
        <translation>
            <numerusform>due within %n day</numerusform>
            <numerusform>due within %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Module</translation>
    </message>
    <message>
        <source>Overdue item</source>
        <translation>Overdue item</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Late</translation>
    </message>
    <message>
        <source>Overdue items</source>
        <translation>Overdue items</translation>
    </message>
    <message>
        <source>%1: not assessed yet (no self-assessment)</source>
        <translation>%1: not assessed yet (no self-assessment)</translation>
    </message>
    <message>
        <source>%1: left unanswered (self-assessment of %2)</source>
        <translation>%1: left unanswered (self-assessment of %2)</translation>
    </message>
    <message>
        <source>%1: not known whether in place (self-assessment of %2)</source>
        <translation>%1: not known whether in place (self-assessment of %2)</translation>
    </message>
    <message>
        <source>%1: not in place (self-assessment of %2)</source>
        <translation>%1: not in place (self-assessment of %2)</translation>
    </message>
    <message>
        <source>%1: only partly in place (self-assessment of %2)</source>
        <translation>%1: only partly in place (self-assessment of %2)</translation>
    </message>
    <message>
        <source>%1: declared in place (self-assessment of %2), but the records disagree; counted as partly in place</source>
        <translation>%1: declared in place (self-assessment of %2), but the records disagree; counted as partly in place</translation>
    </message>
    <message>
        <source>%1: in place (self-assessment of %2)</source>
        <translation>%1: in place (self-assessment of %2)</translation>
    </message>
    <message>
        <source>Carry out the security self-assessment (%1 questions)</source>
        <translation>Carry out the security self-assessment (%1 questions)</translation>
    </message>
    <message>
        <source>Complete the security self-assessment (one question still unanswered)</source>
        <translation>Complete the security self-assessment (one question still unanswered)</translation>
    </message>
    <message>
        <source>Complete the security self-assessment (%1 questions still unanswered)</source>
        <translation>Complete the security self-assessment (%1 questions still unanswered)</translation>
    </message>
    <message>
        <source>Resolve why the records contradict “%1”</source>
        <translation>Resolve why the records contradict “%1”</translation>
    </message>
    <message>
        <source>Find out whether this is in place: %1</source>
        <translation>Find out whether this is in place: %1</translation>
    </message>
    <message>
        <source>Update the device or software not updated for %1 days</source>
        <translation>Update the device or software not updated for %1 days</translation>
    </message>
    <message>
        <source>Update the %1 devices and software not updated for %2 days</source>
        <translation>Update the %1 devices and software not updated for %2 days</translation>
    </message>
    <message>
        <source>Start the backup “%1” and keep a log of its runs</source>
        <translation>Start the backup “%1” and keep a log of its runs</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Finding</translation>
    </message>
    <message>
        <source>Effort</source>
        <translation>Effort</translation>
    </message>
    <message>
        <source>no points</source>
        <translation>no points</translation>
    </message>
    <message>
        <source>Ranked by the points an action wins divided by its effort (minutes, hours or days of work). The gain is in points of the 100.</source>
        <translation>Ranked by the points an action wins divided by its effort (minutes, hours or days of work). The gain is in points of the 100.</translation>
    </message>
    <message>
        <source>and %1 more overdue items</source>
        <translation>and %1 more overdue items</translation>
    </message>
</context>
<context>
    <name>kamae::report::BcpStatusText</name>
    <message numerus="yes">
        <source>And %n more.</source>
        <translation>
            <numerusform>And %n more.</numerusform>
            <numerusform>And %n more.</numerusform>
        </translation>
    </message>
    <message>
        <source>v%1</source>
        <translation>v%1</translation>
    </message>
    <message>
        <source>published on %1</source>
        <translation>published on %1</translation>
    </message>
    <message>
        <source>no version of the plan published</source>
        <translation>no version of the plan published</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>core businesses with RTO, RPO and their assets</source>
        <translation>core businesses with RTO, RPO and their assets</translation>
    </message>
    <message>
        <source>recovery targets the backups cannot meet</source>
        <translation>recovery targets the backups cannot meet</translation>
    </message>
    <message>
        <source>No core business is linked to the asset register yet, so the plan cannot be checked against the backups.</source>
        <translation>No core business is linked to the asset register yet, so the plan cannot be checked against the backups.</translation>
    </message>
    <message numerus="yes">
        <source>The recovery targets of the %n core business(es) linked to assets hold against the backups and restore tests.</source>
        <translation>
            <numerusform>The recovery targets of the %n core business linked to assets hold against the backups and restore tests.</numerusform>
            <numerusform>The recovery targets of the %n core businesses linked to assets hold against the backups and restore tests.</numerusform>
        </translation>
    </message>
    <message>
        <source>BCP findings against the backups</source>
        <translation>BCP findings against the backups</translation>
    </message>
    <message>
        <source>Items the BCP leaves out</source>
        <translation>Items the BCP leaves out</translation>
    </message>
    <message>
        <source>The last exercise was held on %1.</source>
        <translation>The last exercise was held on %1.</translation>
    </message>
    <message>
        <source>No exercise is recorded.</source>
        <translation>No exercise is recorded.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) of the plan are not filled in yet.</source>
        <translation>
            <numerusform>%n item of the plan are not filled in yet.</numerusform>
            <numerusform>%n items of the plan are not filled in yet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kamae::report::ChangesText</name>
    <message>
        <source>Figure</source>
        <translation>Figure</translation>
    </message>
    <message>
        <source>Previous report</source>
        <translation>Previous report</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Now</translation>
    </message>
    <message>
        <source>Changes since the previous report</source>
        <translation>Changes since the previous report</translation>
    </message>
    <message>
        <source>Compared with the report issued on %1 (score %2, now %3).</source>
        <translation>Compared with the report issued on %1 (score %2, now %3).</translation>
    </message>
    <message>
        <source>Improved</source>
        <translation>Improved</translation>
    </message>
    <message>
        <source>Nothing improved.</source>
        <translation>Nothing improved.</translation>
    </message>
    <message>
        <source>Got worse</source>
        <translation>Got worse</translation>
    </message>
    <message>
        <source>Nothing got worse.</source>
        <translation>Nothing got worse.</translation>
    </message>
    <message numerus="yes">
        <source>%n other figure(s) unchanged.</source>
        <translation>
            <numerusform>%n other figure unchanged.</numerusform>
            <numerusform>%n other figures unchanged.</numerusform>
        </translation>
    </message>
    <message>
        <source>This is the first report. The next one will show here what improved and what got worse since this one.</source>
        <translation>This is the first report. The next one will show here what improved and what got worse since this one.</translation>
    </message>
</context>
<context>
    <name>kamae::report::IncidentStatusText</name>
    <message>
        <source>The %1 for &quot;%2&quot; was due on %3 and is not recorded as made.</source>
        <translation>The %1 for &quot;%2&quot; was due on %3 and is not recorded as made.</translation>
    </message>
    <message>
        <source>The %1 for &quot;%2&quot; is due by %3.</source>
        <translation>The %1 for &quot;%2&quot; is due by %3.</translation>
    </message>
    <message>
        <source>preliminary report to the Commission (速報)</source>
        <translation>preliminary report to the Commission (速報)</translation>
    </message>
    <message>
        <source>final report to the Commission (確報)</source>
        <translation>final report to the Commission (確報)</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>contacts checked</source>
        <translation>contacts checked</translation>
    </message>
    <message>
        <source>main playbooks</source>
        <translation>main playbooks</translation>
    </message>
    <message>
        <source>days since a drill</source>
        <translation>days since a drill</translation>
    </message>
    <message>
        <source>reports due</source>
        <translation>reports due</translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s) still open: %1.</source>
        <translation>
            <numerusform>%n incident still open: %1.</numerusform>
            <numerusform>%n incidents still open: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>No business partner to inform is listed.</source>
        <translation>No business partner to inform is listed.</translation>
    </message>
    <message>
        <source>The last drill or incident review was on %1.</source>
        <translation>The last drill or incident review was on %1.</translation>
    </message>
    <message>
        <source>No incident drill, and no closed incident with its lessons, is recorded.</source>
        <translation>No incident drill, and no closed incident with its lessons, is recorded.</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) of the directory not checked in the last 12 months.</source>
        <translation>
            <numerusform>%n entry(ies) of the directory not checked in the last 12 months.</numerusform>
            <numerusform>%n entry(ies) of the directory not checked in the last 12 months.</numerusform>
        </translation>
    </message>
    <message>
        <source>Incidents open</source>
        <translation>Incidents open</translation>
    </message>
    <message>
        <source>Reports to the Commission overdue</source>
        <translation>Reports to the Commission overdue</translation>
    </message>
</context>
<context>
    <name>kamae::report::PdfOutputText</name>
    <message>
        <source>Cannot create the PDF file %1: %2</source>
        <translation>Cannot create the PDF file %1: %2</translation>
    </message>
    <message>
        <source>Cannot write the PDF file %1: %2</source>
        <translation>Cannot write the PDF file %1: %2</translation>
    </message>
    <message>
        <source>Cannot draw the PDF file %1.</source>
        <translation>Cannot draw the PDF file %1.</translation>
    </message>
</context>
<context>
    <name>kamae::report::ReportText</name>
    <message>
        <source>Information security report: %1</source>
        <translation>Information security report: %1</translation>
    </message>
    <message>
        <source>Issued %1 · Confidential</source>
        <translation>Issued %1 · Confidential</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <source>the last 90 days</source>
        <translation>the last 90 days</translation>
    </message>
    <message>
        <source>this quarter</source>
        <translation>this quarter</translation>
    </message>
    <message>
        <source>the last 12 months</source>
        <translation>the last 12 months</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation>%1 points</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>not assigned</source>
        <translation>not assigned</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 and %2</translation>
    </message>
    <message>
        <source>Information security report</source>
        <translation>Information security report</translation>
    </message>
    <message>
        <source>The company&apos;s security posture, measure by measure</source>
        <translation>The company&apos;s security posture, measure by measure</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation>Prepared by</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Checked</translation>
    </message>
    <message>
        <source>Prepared</source>
        <translation>Prepared</translation>
    </message>
    <message>
        <source>Posture score</source>
        <translation>Posture score</translation>
    </message>
    <message>
        <source>Posture score (of 100)</source>
        <translation>Posture score (of 100)</translation>
    </message>
    <message>
        <source>The score over %1</source>
        <translation>The score over %1</translation>
    </message>
    <message>
        <source>By measure</source>
        <translation>By measure</translation>
    </message>
    <message>
        <source>nothing to measure yet</source>
        <translation>nothing to measure yet</translation>
    </message>
    <message>
        <source>the score at the start of the period (%1)</source>
        <translation>the score at the start of the period (%1)</translation>
    </message>
    <message>
        <source>1 point</source>
        <translation>1 point</translation>
    </message>
    <message>
        <source>%1 Rests in part or entirely on the company&apos;s own answers in the self-assessment (self-declared), not on records.</source>
        <translation>%1 Rests in part or entirely on the company&apos;s own answers in the self-assessment (self-declared), not on records.</translation>
    </message>
    <message>
        <source>The trend starts today: from now on the score is recorded once a day.</source>
        <translation>The trend starts today: from now on the score is recorded once a day.</translation>
    </message>
    <message>
        <source>%1 Hatched: self-declared (answers, not records).</source>
        <translation>%1 Hatched: self-declared (answers, not records).</translation>
    </message>
</context>
<context>
    <name>kamae::report::StatusText</name>
    <message>
        <source>score of this measure: nothing to measure</source>
        <translation>score of this measure: nothing to measure</translation>
    </message>
    <message>
        <source>score of this measure</source>
        <translation>score of this measure</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>practices in place</source>
        <translation>practices in place</translation>
    </message>
    <message>
        <source>only partly in place</source>
        <translation>only partly in place</translation>
    </message>
    <message>
        <source>no self-assessment yet</source>
        <translation>no self-assessment yet</translation>
    </message>
    <message>
        <source>self-assessment it is based on</source>
        <translation>self-assessment it is based on</translation>
    </message>
    <message>
        <source>Not in place: %1.</source>
        <translation>Not in place: %1.</translation>
    </message>
    <message>
        <source>Partly: %1.</source>
        <translation>Partly: %1.</translation>
    </message>
    <message>
        <source>Every practice asked about is in place.</source>
        <translation>Every practice asked about is in place.</translation>
    </message>
    <message>
        <source>%1: practices in place</source>
        <translation>%1: practices in place</translation>
    </message>
    <message>
        <source>assets registered</source>
        <translation>assets registered</translation>
    </message>
    <message>
        <source>not reviewed in 12 months</source>
        <translation>not reviewed in 12 months</translation>
    </message>
    <message>
        <source>important assets without a backup</source>
        <translation>important assets without a backup</translation>
    </message>
    <message>
        <source>No information asset is registered yet: list the company&apos;s data, devices, services and accounts first; every other measure builds on that list.</source>
        <translation>No information asset is registered yet: list the company&apos;s data, devices, services and accounts first; every other measure builds on that list.</translation>
    </message>
    <message numerus="yes">
        <source>%n asset(s) registered; </source>
        <translation>
            <numerusform>%n asset registered; </numerusform>
            <numerusform>%n assets registered; </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without an owner or a full C/I/A rating.</source>
        <translation>
            <numerusform>%n without an owner or a full C/I/A rating.</numerusform>
            <numerusform>%n without an owner or a full C/I/A rating.</numerusform>
        </translation>
    </message>
    <message>
        <source>Assets registered</source>
        <translation>Assets registered</translation>
    </message>
    <message>
        <source>Assets not reviewed in 12 months</source>
        <translation>Assets not reviewed in 12 months</translation>
    </message>
    <message>
        <source>Important assets without a backup</source>
        <translation>Important assets without a backup</translation>
    </message>
    <message>
        <source>open and known to be exploited</source>
        <translation>open and known to be exploited</translation>
    </message>
    <message>
        <source>open past their due date</source>
        <translation>open past their due date</translation>
    </message>
    <message>
        <source>applied in the period</source>
        <translation>applied in the period</translation>
    </message>
    <message numerus="yes">
        <source>%n patch item(s) open. </source>
        <translation>
            <numerusform>%n patch item open. </numerusform>
            <numerusform>%n patch items open. </numerusform>
        </translation>
    </message>
    <message>
        <source>Known-exploited ones are attacked today: apply them first.</source>
        <translation>Known-exploited ones are attacked today: apply them first.</translation>
    </message>
    <message>
        <source>None of them is known to be exploited.</source>
        <translation>None of them is known to be exploited.</translation>
    </message>
    <message>
        <source>Open known-exploited vulnerabilities</source>
        <translation>Open known-exploited vulnerabilities</translation>
    </message>
    <message>
        <source>Patch items past their due date</source>
        <translation>Patch items past their due date</translation>
    </message>
    <message>
        <source>jobs meeting 3-2-1-1-0</source>
        <translation>jobs meeting 3-2-1-1-0</translation>
    </message>
    <message>
        <source>Backup jobs meeting 3-2-1-1-0</source>
        <translation>Backup jobs meeting 3-2-1-1-0</translation>
    </message>
    <message>
        <source>Backup jobs with an overdue check</source>
        <translation>Backup jobs with an overdue check</translation>
    </message>
    <message>
        <source>Self-check and SECURITY ACTION</source>
        <translation>Self-check and SECURITY ACTION</translation>
    </message>
    <message>
        <source>★ (one star)</source>
        <translation>★ (one star)</translation>
    </message>
    <message>
        <source>★★ (two stars)</source>
        <translation>★★ (two stars)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>self-check result (of 100)</source>
        <translation>self-check result (of 100)</translation>
    </message>
    <message>
        <source>questions answered</source>
        <translation>questions answered</translation>
    </message>
    <message>
        <source>SECURITY ACTION declared</source>
        <translation>SECURITY ACTION declared</translation>
    </message>
    <message>
        <source>level the answers support</source>
        <translation>level the answers support</translation>
    </message>
    <message>
        <source>No self-check yet. IPA&apos;s 25 questions take about five minutes and are the first step to SECURITY ACTION.</source>
        <translation>No self-check yet. IPA&apos;s 25 questions take about five minutes and are the first step to SECURITY ACTION.</translation>
    </message>
    <message>
        <source>questions answered on %1</source>
        <translation>questions answered on %1</translation>
    </message>
    <message>
        <source>For the next level: %1.</source>
        <translation>For the next level: %1.</translation>
    </message>
    <message>
        <source>Self-check result</source>
        <translation>Self-check result</translation>
    </message>
    <message>
        <source>Status by measure</source>
        <translation>Status by measure</translation>
    </message>
    <message numerus="yes">
        <source>Every one of the %n asset(s) has an owner and a full C/I/A rating.</source>
        <translation>
            <numerusform>The one asset has an owner and a full C/I/A rating.</numerusform>
            <numerusform>Every one of the %n assets has an owner and a full C/I/A rating.</numerusform>
        </translation>
    </message>
    <message>
        <source>jobs restore-tested within their interval</source>
        <translation>jobs restore-tested within their interval</translation>
    </message>
    <message>
        <source>offline copies checked within their interval</source>
        <translation>offline copies checked within their interval</translation>
    </message>
    <message>
        <source>Backup jobs restore-tested within their interval</source>
        <translation>Backup jobs restore-tested within their interval</translation>
    </message>
    <message>
        <source>Self-declared: %1 of the %2 points this measure earns.</source>
        <translation>Self-declared: %1 of the %2 points this measure earns.</translation>
    </message>
    <message>
        <source>Not measured yet: the company has not carried out the security self-assessment.</source>
        <translation>Not measured yet: the company has not carried out the security self-assessment.</translation>
    </message>
    <message>
        <source>No patch item is recorded: the company&apos;s products have not yet been checked against the lists of known vulnerabilities (KEV, JVN).</source>
        <translation>No patch item is recorded: the company&apos;s products have not yet been checked against the lists of known vulnerabilities (KEV, JVN).</translation>
    </message>
    <message>
        <source>The self-check&apos;s verdict: %1.</source>
        <translation>The self-check&apos;s verdict: %1.</translation>
    </message>
    <message>
        <source>Not applicable: %1. %2</source>
        <translation>Not applicable: %1. %2</translation>
    </message>
</context>
<context>
    <name>kamae::report::SummaryText</name>
    <message>
        <source>Good</source>
        <translation>Good</translation>
    </message>
    <message>
        <source>Fair: gaps to close</source>
        <translation>Fair: gaps to close</translation>
    </message>
    <message>
        <source>Weak: act now</source>
        <translation>Weak: act now</translation>
    </message>
    <message>
        <source>%1&apos;s posture score is %2 of 100, which is good.</source>
        <translation>%1&apos;s posture score is %2 of 100, which is good.</translation>
    </message>
    <message>
        <source>%1&apos;s posture score is %2 of 100: fair, with gaps to close.</source>
        <translation>%1&apos;s posture score is %2 of 100: fair, with gaps to close.</translation>
    </message>
    <message>
        <source>%1&apos;s posture score is %2 of 100, which is weak and needs action now.</source>
        <translation>%1&apos;s posture score is %2 of 100, which is weak and needs action now.</translation>
    </message>
    <message>
        <source>There is no earlier score in this period to compare with; the trend starts with this report.</source>
        <translation>There is no earlier score in this period to compare with; the trend starts with this report.</translation>
    </message>
    <message>
        <source>It rose by %1 since %2.</source>
        <translation>It rose by %1 since %2.</translation>
    </message>
    <message>
        <source>It fell by %1 since %2.</source>
        <translation>It fell by %1 since %2.</translation>
    </message>
    <message>
        <source>It is unchanged since %1.</source>
        <translation>It is unchanged since %1.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The strongest measure is %1 (%2).</source>
        <translation>The strongest measure is %1 (%2).</translation>
    </message>
    <message>
        <source>No measure is below 60 %.</source>
        <translation>No measure is below 60 %.</translation>
    </message>
    <message numerus="yes">
        <source>The weakest, where the points are lost, are %1.</source>
        <translation>
            <numerusform>The weakest, where the points are lost, is %1.</numerusform>
            <numerusform>The weakest, where the points are lost, are %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is overdue.</source>
        <translation>Nothing is overdue.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) are overdue (%1).</source>
        <translation>
            <numerusform>%n item is overdue (%1).</numerusform>
            <numerusform>%n items are overdue (%1).</numerusform>
        </translation>
    </message>
    <message>
        <source>Every measured factor is at its full value: keep the records current so that it stays there.</source>
        <translation>Every measured factor is at its full value: keep the records current so that it stays there.</translation>
    </message>
    <message>
        <source>%1 points since %2</source>
        <translation>%1 points since %2</translation>
    </message>
    <message>
        <source>No earlier score in this period</source>
        <translation>No earlier score in this period</translation>
    </message>
    <message>
        <source>Its sharpest fall was %1 between %2 and %3, to %4.</source>
        <translation>Its sharpest fall was %1 between %2 and %3, to %4.</translation>
    </message>
    <message>
        <source>The step that wins the most for its effort is “%1” (%2 points).</source>
        <translation>The step that wins the most for its effort is “%1” (%2 points).</translation>
    </message>
    <message>
        <source>Nothing has been recorded yet, so the score says little about the company. Start here: %1.</source>
        <translation>Nothing has been recorded yet, so the score says little about the company. Start here: %1.</translation>
    </message>
    <message>
        <source>of which %1 self-declared (%2)</source>
        <translation>of which %1 self-declared (%2)</translation>
    </message>
</context>
<context>
    <name>kamae::report::TrainingStatusText</name>
    <message>
        <source>required training current</source>
        <translation>required training current</translation>
    </message>
    <message>
        <source>clicked (%1 of %2) in the drill of %3</source>
        <translation>clicked (%1 of %2) in the drill of %3</translation>
    </message>
    <message>
        <source>reported the mail (%1)</source>
        <translation>reported the mail (%1)</translation>
    </message>
    <message>
        <source>no phishing drill yet</source>
        <translation>no phishing drill yet</translation>
    </message>
    <message>
        <source>Nobody is overdue for a required course.</source>
        <translation>Nobody is overdue for a required course.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2 of %3 (%4)</source>
        <translation>%1 %2 of %3 (%4)</translation>
    </message>
    <message>
        <source>no department</source>
        <translation>no department</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) are overdue for at least one required course: %1.</source>
        <translation>
            <numerusform>%n person are overdue for at least one required course: %1.</numerusform>
            <numerusform>%n people are overdue for at least one required course: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message numerus="yes">
        <source>%1 %2 (%n overdue)</source>
        <translation>
            <numerusform>%1 %2 (%n overdue)</numerusform>
            <numerusform>%1 %2 (%n overdue)</numerusform>
        </translation>
    </message>
    <message>
        <source>Current: %1.</source>
        <translation>Current: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Everyone required is current in all %n required course(s).</source>
        <translation>
            <numerusform>Everyone required is current in all %n required course.</numerusform>
            <numerusform>Everyone required is current in all %n required courses.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Everyone required is current in the other %n required course(s).</source>
        <translation>
            <numerusform>Everyone required is current in the other %n required course.</numerusform>
            <numerusform>Everyone required is current in the other %n required courses.</numerusform>
        </translation>
    </message>
    <message>
        <source>Required training current (%)</source>
        <translation>Required training current (%)</translation>
    </message>
    <message>
        <source>People overdue for required training</source>
        <translation>People overdue for required training</translation>
    </message>
    <message>
        <source>Click rate of the last phishing drill (%)</source>
        <translation>Click rate of the last phishing drill (%)</translation>
    </message>
</context>
<context>
    <name>kamae::score::AccessFactorText</name>
    <message>
        <source>MFA on internet-facing logins</source>
        <translation>MFA on internet-facing logins</translation>
    </message>
    <message numerus="yes">
        <source>MFA is on for %1 of %n internet-facing login(s).</source>
        <translation>
            <numerusform>MFA is on for %1 of %n internet-facing login.</numerusform>
            <numerusform>MFA is on for %1 of %n internet-facing logins.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Turn on MFA for %n more internet-facing login(s)</source>
        <translation>
            <numerusform>Turn on MFA for %n more internet-facing login</numerusform>
            <numerusform>Turn on MFA for %n more internet-facing logins</numerusform>
        </translation>
    </message>
    <message>
        <source>Turn on MFA for “%1”</source>
        <translation>Turn on MFA for “%1”</translation>
    </message>
    <message>
        <source>The asset register is empty.</source>
        <translation>The asset register is empty.</translation>
    </message>
</context>
<context>
    <name>kamae::score::AssetFactorText</name>
    <message>
        <source>Register your important data (customer lists, accounts, drawings)</source>
        <translation>Register your important data (customer lists, accounts, drawings)</translation>
    </message>
    <message>
        <source>Register your devices (PCs, servers, routers, phones)</source>
        <translation>Register your devices (PCs, servers, routers, phones)</translation>
    </message>
    <message>
        <source>Register your software and cloud services</source>
        <translation>Register your software and cloud services</translation>
    </message>
    <message>
        <source>Register your accounts (mail, cloud, administrator logins)</source>
        <translation>Register your accounts (mail, cloud, administrator logins)</translation>
    </message>
    <message>
        <source>The register covers data, devices, software and accounts</source>
        <translation>The register covers data, devices, software and accounts</translation>
    </message>
    <message>
        <source>The asset register is empty.</source>
        <translation>The asset register is empty.</translation>
    </message>
    <message>
        <source>Start the asset register: list your data, devices, software and accounts</source>
        <translation>Start the asset register: list your data, devices, software and accounts</translation>
    </message>
    <message numerus="yes">
        <source>%n asset(s) registered, covering %1 of the 4 kinds.</source>
        <translation>
            <numerusform>%n asset registered, covering %1 of the 4 kinds.</numerusform>
            <numerusform>%n assets registered, covering %1 of the 4 kinds.</numerusform>
        </translation>
    </message>
    <message>
        <source>Assets with an owner department and C/I/A ratings</source>
        <translation>Assets with an owner department and C/I/A ratings</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n asset(s) have an owner department and all three ratings.</source>
        <translation>
            <numerusform>%1 of %n asset has an owner department and all three ratings.</numerusform>
            <numerusform>%1 of %n assets have an owner department and all three ratings.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Give %n asset(s) an owner department and C/I/A ratings</source>
        <translation>
            <numerusform>Give %n asset an owner department and C/I/A ratings</numerusform>
            <numerusform>Give %n assets an owner department and C/I/A ratings</numerusform>
        </translation>
    </message>
    <message>
        <source>Assets reviewed in the last 12 months</source>
        <translation>Assets reviewed in the last 12 months</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n asset(s) were reviewed in the last 12 months.</source>
        <translation>
            <numerusform>%1 of %n asset was reviewed in the last 12 months.</numerusform>
            <numerusform>%1 of %n assets were reviewed in the last 12 months.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Review %n asset(s) not reviewed for a year</source>
        <translation>
            <numerusform>Review %n asset not reviewed for a year</numerusform>
            <numerusform>Review %n assets not reviewed for a year</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kamae::score::BackupFactorText</name>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>Backup jobs keeping 3-2-1-1-0</source>
        <translation>Backup jobs keeping 3-2-1-1-0</translation>
    </message>
    <message>
        <source>Make “%1” keep 3-2-1-1-0 (missing: %2)</source>
        <translation>Make “%1” keep 3-2-1-1-0 (missing: %2)</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n backup job(s) meet all five rules.</source>
        <translation>
            <numerusform>%1 of %n backup job meets all five rules.</numerusform>
            <numerusform>%1 of %n backup jobs meet all five rules.</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore tests within their interval</source>
        <translation>Restore tests within their interval</translation>
    </message>
    <message>
        <source>Run a restore test of “%1” (last: %2)</source>
        <translation>Run a restore test of “%1” (last: %2)</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n backup job(s) passed a restore test within their interval.</source>
        <translation>
            <numerusform>%1 of %n backup job passed a restore test within its interval.</numerusform>
            <numerusform>%1 of %n backup jobs passed a restore test within their interval.</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline copies checked within their interval</source>
        <translation>Offline copies checked within their interval</translation>
    </message>
    <message>
        <source>Check the offline copy of “%1” (last: %2)</source>
        <translation>Check the offline copy of “%1” (last: %2)</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n job(s) with an offline copy had it checked within their interval.</source>
        <translation>
            <numerusform>%1 of %n job with an offline copy had it checked within its interval.</numerusform>
            <numerusform>%1 of %n jobs with an offline copy had it checked within their interval.</numerusform>
        </translation>
    </message>
    <message>
        <source>Backups running on schedule</source>
        <translation>Backups running on schedule</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n backup job(s) ran on schedule without failing.</source>
        <translation>
            <numerusform>%1 of %n backup job ran on schedule without failing.</numerusform>
            <numerusform>%1 of %n backup jobs ran on schedule without failing.</numerusform>
        </translation>
    </message>
    <message>
        <source>Important assets protected by a backup job</source>
        <translation>Important assets protected by a backup job</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n important asset(s) are protected by a backup job.</source>
        <translation>
            <numerusform>%1 of %n important asset is protected by a backup job.</numerusform>
            <numerusform>%1 of %n important assets are protected by a backup job.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n important asset(s) to a backup job</source>
        <translation>
            <numerusform>Add %n important asset to a backup job</numerusform>
            <numerusform>Add %n important assets to a backup job</numerusform>
        </translation>
    </message>
    <message>
        <source>Run “%1” and record it in Kamae</source>
        <translation>Run “%1” and record it in Kamae</translation>
    </message>
    <message>
        <source>Get “%1” running again (last run failed on %2)</source>
        <translation>Get “%1” running again (last run failed on %2)</translation>
    </message>
    <message>
        <source>Run “%1” (due since %2)</source>
        <translation>Run “%1” (due since %2)</translation>
    </message>
    <message numerus="yes">
        <source>Deal with %n more backup job(s)</source>
        <translation>
            <numerusform>Deal with %n more backup job</numerusform>
            <numerusform>Deal with %n more backup jobs</numerusform>
        </translation>
    </message>
    <message>
        <source>No backup job with a logged copy is recorded.</source>
        <translation>No backup job with a logged copy is recorded.</translation>
    </message>
    <message>
        <source>Record a backup job of your data and log its runs, restore tests and offline checks</source>
        <translation>Record a backup job of your data and log its runs, restore tests and offline checks</translation>
    </message>
    <message>
        <source>The asset register is empty.</source>
        <translation>The asset register is empty.</translation>
    </message>
</context>
<context>
    <name>kamae::score::EvidenceText</name>
    <message numerus="yes">
        <source>%n known-exploited vulnerability(ies) still open.</source>
        <translation>
            <numerusform>%n known-exploited vulnerability still open.</numerusform>
            <numerusform>%n known-exploited vulnerabilities still open.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n update(s) past their due date.</source>
        <translation>
            <numerusform>%n update past its due date.</numerusform>
            <numerusform>%n updates past their due date.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) or software at end of support.</source>
        <translation>
            <numerusform>%n device or software at end of support.</numerusform>
            <numerusform>%n devices or software at end of support.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No overdue or known-exploited update; %n open patch item(s) within their dates.</source>
        <translation>
            <numerusform>No overdue or known-exploited update; %n open patch item within its date.</numerusform>
            <numerusform>No overdue or known-exploited update; %n open patch items within their dates.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” has never had a restore test.</source>
        <translation>“%1” has never had a restore test.</translation>
    </message>
    <message numerus="yes">
        <source>The last restore test of “%1” was %n day(s) ago.</source>
        <translation>
            <numerusform>The last restore test of “%1” was %n day ago.</numerusform>
            <numerusform>The last restore test of “%1” was %n days ago.</numerusform>
        </translation>
    </message>
    <message>
        <source>The last restore test of “%1” failed.</source>
        <translation>The last restore test of “%1” failed.</translation>
    </message>
    <message>
        <source>“%1” has no offline or immutable copy.</source>
        <translation>“%1” has no offline or immutable copy.</translation>
    </message>
    <message>
        <source>No backup job of the company&apos;s data is recorded.</source>
        <translation>No backup job of the company&apos;s data is recorded.</translation>
    </message>
    <message numerus="yes">
        <source>All %n backup job(s) passed a restore test within a year and keep an offline or immutable copy.</source>
        <translation>
            <numerusform>The %n backup job passed a restore test within a year and keeps an offline or immutable copy.</numerusform>
            <numerusform>All %n backup jobs passed a restore test within a year and keep an offline or immutable copy.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>MFA is on for all %n internet-facing login(s).</source>
        <translation>
            <numerusform>MFA is on for the %n internet-facing login.</numerusform>
            <numerusform>MFA is on for all %n internet-facing logins.</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>MFA is off on %n internet-facing login(s): %1.</source>
        <translation>
            <numerusform>MFA is off on %n internet-facing login: %1.</numerusform>
            <numerusform>MFA is off on %n internet-facing logins: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overseas site(s) registered on the Organisation page.</source>
        <translation>
            <numerusform>%n overseas site registered on the Organisation page.</numerusform>
            <numerusform>%n overseas sites registered on the Organisation page.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n site(s) on the Organisation page, none overseas (Kamae keeps no list of suppliers).</source>
        <translation>
            <numerusform>%n site on the Organisation page, not overseas (Kamae keeps no list of suppliers).</numerusform>
            <numerusform>%n sites on the Organisation page, none overseas (Kamae keeps no list of suppliers).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kamae::score::GettingStartedText</name>
    <message>
        <source>Fill in the organisation: employees and sites</source>
        <translation>Fill in the organisation: employees and sites</translation>
    </message>
    <message numerus="yes">
        <source>%n site(s) recorded; employees: %1.</source>
        <translation>
            <numerusform>%n site recorded; employees: %1.</numerusform>
            <numerusform>%n sites recorded; employees: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Neither the number of employees nor a site is recorded yet.</source>
        <translation>Neither the number of employees nor a site is recorded yet.</translation>
    </message>
    <message>
        <source>The number of employees is not recorded yet.</source>
        <translation>The number of employees is not recorded yet.</translation>
    </message>
    <message>
        <source>No site is recorded yet (offices, factories, warehouses, overseas ones too).</source>
        <translation>No site is recorded yet (offices, factories, warehouses, overseas ones too).</translation>
    </message>
    <message>
        <source>Add or import your assets</source>
        <translation>Add or import your assets</translation>
    </message>
    <message numerus="yes">
        <source>%n asset(s) in the register.</source>
        <translation>
            <numerusform>%n asset in the register.</numerusform>
            <numerusform>%n assets in the register.</numerusform>
        </translation>
    </message>
    <message>
        <source>The register is empty: add assets one by one or import an Excel or CSV list.</source>
        <translation>The register is empty: add assets one by one or import an Excel or CSV list.</translation>
    </message>
    <message>
        <source>Record your backups</source>
        <translation>Record your backups</translation>
    </message>
    <message numerus="yes">
        <source>%n backup job(s) recorded.</source>
        <translation>
            <numerusform>%n backup job recorded.</numerusform>
            <numerusform>%n backup jobs recorded.</numerusform>
        </translation>
    </message>
    <message>
        <source>No backup of the company&apos;s data is recorded yet.</source>
        <translation>No backup of the company&apos;s data is recorded yet.</translation>
    </message>
    <message>
        <source>Import a vulnerability feed (KEV or JVN)</source>
        <translation>Import a vulnerability feed (KEV or JVN)</translation>
    </message>
    <message>
        <source>Last imported on %1.</source>
        <translation>Last imported on %1.</translation>
    </message>
    <message>
        <source>No feed imported yet: Kamae cannot yet tell which of your products have known holes.</source>
        <translation>No feed imported yet: Kamae cannot yet tell which of your products have known holes.</translation>
    </message>
    <message>
        <source>Answer the self-assessment</source>
        <translation>Answer the self-assessment</translation>
    </message>
    <message>
        <source>Not taken yet; it takes about five minutes.</source>
        <translation>Not taken yet; it takes about five minutes.</translation>
    </message>
    <message>
        <source>%1 of %2 questions answered on %3.</source>
        <translation>%1 of %2 questions answered on %3.</translation>
    </message>
</context>
<context>
    <name>kamae::score::OwnerFactorText</name>
    <message>
        <source>Records that matter have an owner</source>
        <translation>Records that matter have an owner</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n record(s) that matter have an owner (important assets, open patch items, backup jobs).</source>
        <translation>
            <numerusform>%1 of %n record that matter have an owner (important assets, open patch items, backup jobs).</numerusform>
            <numerusform>%1 of %n records that matter have an owner (important assets, open patch items, backup jobs).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n important asset(s)</source>
        <translation>
            <numerusform>%n important asset</numerusform>
            <numerusform>%n important assets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open patch item(s)</source>
        <translation>
            <numerusform>%n open patch item</numerusform>
            <numerusform>%n open patch items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n backup job(s)</source>
        <translation>
            <numerusform>%n backup job</numerusform>
            <numerusform>%n backup jobs</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 and %2</translation>
    </message>
    <message>
        <source>Assign an owner to %1</source>
        <translation>Assign an owner to %1</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between items of a list</comment>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>kamae::score::PatchFactorText</name>
    <message>
        <source>No open known-exploited vulnerability</source>
        <translation>No open known-exploited vulnerability</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n internet-facing or affected asset(s) have an open known-exploited vulnerability.</source>
        <translation>
            <numerusform>%1 of %n internet-facing or affected asset has an open known-exploited vulnerability.</numerusform>
            <numerusform>%1 of %n internet-facing or affected assets have an open known-exploited vulnerability.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Close known-exploited vulnerabilities on %n more asset(s)</source>
        <translation>
            <numerusform>Close known-exploited vulnerabilities on %n more asset</numerusform>
            <numerusform>Close known-exploited vulnerabilities on %n more assets</numerusform>
        </translation>
    </message>
    <message>
        <source>Apply the update for %1 on “%2” (known exploited)</source>
        <translation>Apply the update for %1 on “%2” (known exploited)</translation>
    </message>
    <message>
        <source>Updates applied by their due dates</source>
        <translation>Updates applied by their due dates</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n open or risk-accepted patch item(s) are past their date.</source>
        <translation>
            <numerusform>%1 of %n open or risk-accepted patch item is past its date.</numerusform>
            <numerusform>%1 of %n open or risk-accepted patch items are past their date.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deal with %n more overdue patch item(s)</source>
        <translation>
            <numerusform>Deal with %n more overdue patch item</numerusform>
            <numerusform>Deal with %n more overdue patch items</numerusform>
        </translation>
    </message>
    <message>
        <source>Review the accepted risk of %1 on “%2”</source>
        <translation>Review the accepted risk of %1 on “%2”</translation>
    </message>
    <message>
        <source>Apply the overdue update for %1 on “%2” (due %3)</source>
        <translation>Apply the overdue update for %1 on “%2” (due %3)</translation>
    </message>
    <message>
        <source>Devices and software updated and supported</source>
        <translation>Devices and software updated and supported</translation>
    </message>
    <message numerus="yes">
        <source>Of %n device(s) and software, %1 are at end of support and %2 not updated for %3 days or never recorded.</source>
        <translation>
            <numerusform>Of %n device or software, %1 is at end of support and %2 not updated for %3 days or never recorded.</numerusform>
            <numerusform>Of %n devices and software, %1 are at end of support and %2 not updated for %3 days or never recorded.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Replace or upgrade %n device(s) or software at end of support</source>
        <translation>
            <numerusform>Replace or upgrade %n device or software at end of support</numerusform>
            <numerusform>Replace or upgrade %n devices or software at end of support</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Update %n device(s) or software and record the date</source>
        <translation>
            <numerusform>Update %n device or software and record the date</numerusform>
            <numerusform>Update %n devices or software and record the date</numerusform>
        </translation>
    </message>
    <message>
        <source>No vulnerability feed (KEV or JVN) was ever imported.</source>
        <translation>No vulnerability feed (KEV or JVN) was ever imported.</translation>
    </message>
    <message numerus="yes">
        <source>The newest vulnerability feed was imported %n day(s) ago; it counts for %1 days.</source>
        <translation>
            <numerusform>The newest vulnerability feed was imported %n day ago; it counts for %1 days.</numerusform>
            <numerusform>The newest vulnerability feed was imported %n days ago; it counts for %1 days.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import the current KEV catalogue or a JVN feed and review the proposals</source>
        <translation>Import the current KEV catalogue or a JVN feed and review the proposals</translation>
    </message>
    <message>
        <source>No patch item is recorded.</source>
        <translation>No patch item is recorded.</translation>
    </message>
    <message>
        <source>Record the updates your devices and software need, with their due dates</source>
        <translation>Record the updates your devices and software need, with their due dates</translation>
    </message>
    <message numerus="yes">
        <source>All %n recorded patch item(s) are applied.</source>
        <translation>
            <numerusform>All %n recorded patch item are applied.</numerusform>
            <numerusform>All %n recorded patch items are applied.</numerusform>
        </translation>
    </message>
    <message>
        <source>No device or software is registered.</source>
        <translation>No device or software is registered.</translation>
    </message>
    <message>
        <source>Register your devices and software with the date of their last update</source>
        <translation>Register your devices and software with the date of their last update</translation>
    </message>
    <message numerus="yes">
        <source>No update date is recorded for the %n device(s) and software.</source>
        <translation>
            <numerusform>No update date is recorded for the %n device and software.</numerusform>
            <numerusform>No update date is recorded for the %n devices and software.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kamae::score::ScoreText</name>
    <message>
        <source>Information assets</source>
        <translation>Information assets</translation>
    </message>
    <message>
        <source>Vulnerabilities &amp; patches</source>
        <translation>Vulnerabilities &amp; patches</translation>
    </message>
    <message>
        <source>Authentication &amp; MFA</source>
        <translation>Authentication &amp; MFA</translation>
    </message>
    <message>
        <source>Backups &amp; offline copies</source>
        <translation>Backups &amp; offline copies</translation>
    </message>
    <message>
        <source>Education &amp; drills</source>
        <translation>Education &amp; drills</translation>
    </message>
    <message>
        <source>Business continuity (BCP)</source>
        <translation>Business continuity (BCP)</translation>
    </message>
    <message>
        <source>Incident response</source>
        <translation>Incident response</translation>
    </message>
    <message>
        <source>Supply chain &amp; overseas</source>
        <translation>Supply chain &amp; overseas</translation>
    </message>
    <message>
        <source>Technical</source>
        <translation>Technical</translation>
    </message>
    <message>
        <source>Physical</source>
        <translation>Physical</translation>
    </message>
    <message>
        <source>Human</source>
        <translation>Human</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Days</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Self-declared</source>
        <translation>Self-declared</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Records</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>not recorded</translation>
    </message>
    <message>
        <source>%1 (of which %2 self-declared)</source>
        <translation>%1 (of which %2 self-declared)</translation>
    </message>
</context>
<context>
    <name>kamae::score::SelfCheckDesk</name>
    <message>
        <source>A self-assessment needs the date it was taken.</source>
        <translation>A self-assessment needs the date it was taken.</translation>
    </message>
    <message>
        <source>A self-assessment cannot be dated after today (%1).</source>
        <translation>A self-assessment cannot be dated after today (%1).</translation>
    </message>
</context>
<context>
    <name>kamae::score::SelfCheckFactorText</name>
    <message numerus="yes">
        <source>Answer the %n open self-assessment question(s)</source>
        <translation>
            <numerusform>Answer the %n open self-assessment question</numerusform>
            <numerusform>Answer the %n open self-assessment questions</numerusform>
        </translation>
    </message>
    <message>
        <source>Self-assessment question %1 is not answered.</source>
        <translation>Self-assessment question %1 is not answered.</translation>
    </message>
    <message>
        <source>Question %1 answered “%2” on %3, but Kamae&apos;s records disagree; counted as partly implemented.</source>
        <translation>Question %1 answered “%2” on %3, but Kamae&apos;s records disagree; counted as partly implemented.</translation>
    </message>
    <message>
        <source>Fix what contradicts “%1”: %2</source>
        <translation>Fix what contradicts “%1”: %2</translation>
    </message>
    <message>
        <source>Question %1 answered “%2” on %3.</source>
        <translation>Question %1 answered “%2” on %3.</translation>
    </message>
    <message>
        <source>Find out and answer: %1</source>
        <translation>Find out and answer: %1</translation>
    </message>
    <message>
        <source>Put in place: %1</source>
        <translation>Put in place: %1</translation>
    </message>
    <message numerus="yes">
        <source>Take the self-assessment (%n questions)</source>
        <translation>
            <numerusform>Take the self-assessment (%n question)</numerusform>
            <numerusform>Take the self-assessment (%n questions)</numerusform>
        </translation>
    </message>
    <message>
        <source>Question %1 does not apply: %2</source>
        <translation>Question %1 does not apply: %2</translation>
    </message>
    <message>
        <source>Question %1 is measured from the records instead of the answer: %2</source>
        <translation>Question %1 is measured from the records instead of the answer: %2</translation>
    </message>
    <message>
        <source>The answer “%1” contradicts them.</source>
        <translation>The answer “%1” contradicts them.</translation>
    </message>
</context>
<context>
    <name>kamae::score::SelfCheckText</name>
    <message>
        <source>The five basic pledges (★)</source>
        <translation>The five basic pledges (★)</translation>
    </message>
    <message>
        <source>All 25 self-check questions answered (not taken yet)</source>
        <translation>All 25 self-check questions answered (not taken yet)</translation>
    </message>
    <message>
        <source>All 25 self-check questions answered (%1 of 25 so far)</source>
        <translation>All 25 self-check questions answered (%1 of 25 so far)</translation>
    </message>
    <message>
        <source>The self-check taken within the last year (last: %1)</source>
        <translation>The self-check taken within the last year (last: %1)</translation>
    </message>
    <message>
        <source>All 25 self-check questions answered within the last year</source>
        <translation>All 25 self-check questions answered within the last year</translation>
    </message>
    <message>
        <source>A written information security basic policy</source>
        <translation>A written information security basic policy</translation>
    </message>
    <message>
        <source>The company declares ★★, but the requirements below are not all met.</source>
        <translation>The company declares ★★, but the requirements below are not all met.</translation>
    </message>
    <message>
        <source>The company declares ★, but not all five basic pledges are answered as implemented.</source>
        <translation>The company declares ★, but not all five basic pledges are answered as implemented.</translation>
    </message>
    <message>
        <source>Operating systems and software on every PC, smartphone and other device are kept up to date with the latest updates.</source>
        <translation>Operating systems and software on every PC, smartphone and other device are kept up to date with the latest updates.</translation>
    </message>
    <message>
        <source>Antivirus software is installed on every PC and device, and its virus definitions are updated automatically.</source>
        <translation>Antivirus software is installed on every PC and device, and its virus definitions are updated automatically.</translation>
    </message>
    <message>
        <source>Passwords are long and hard to guess, are not reused across services and are never shared with others.</source>
        <translation>Passwords are long and hard to guess, are not reused across services and are never shared with others.</translation>
    </message>
    <message>
        <source>Access to shared folders and cloud shares is limited to the people who need it for their work.</source>
        <translation>Access to shared folders and cloud shares is limited to the people who need it for their work.</translation>
    </message>
    <message>
        <source>The company keeps up with new threats and attack methods, for example through the alerts of IPA and JPCERT/CC.</source>
        <translation>The company keeps up with new threats and attack methods, for example through the alerts of IPA and JPCERT/CC.</translation>
    </message>
    <message>
        <source>Staff do not open attachments or links in suspicious mail and know the tricks of attacks such as Emotet.</source>
        <translation>Staff do not open attachments or links in suspicious mail and know the tricks of attacks such as Emotet.</translation>
    </message>
    <message>
        <source>Staff check the recipient&apos;s address before sending a mail or a fax.</source>
        <translation>Staff check the recipient&apos;s address before sending a mail or a fax.</translation>
    </message>
    <message>
        <source>Important information sent by mail is never written in the message body but sent encrypted, with any password passed on by another means.</source>
        <translation>Important information sent by mail is never written in the message body but sent encrypted, with any password passed on by another means.</translation>
    </message>
    <message>
        <source>Wireless LANs are encrypted with WPA2 or WPA3 and protected by a long key that is hard to guess.</source>
        <translation>Wireless LANs are encrypted with WPA2 or WPA3 and protected by a long key that is hard to guess.</translation>
    </message>
    <message>
        <source>Staff follow rules for web browsing and social media that keep them away from dangerous sites and online trouble.</source>
        <translation>Staff follow rules for web browsing and social media that keep them away from dangerous sites and online trouble.</translation>
    </message>
    <message>
        <source>Important information is backed up regularly so that it can be restored when it is lost or encrypted.</source>
        <translation>Important information is backed up regularly so that it can be restored when it is lost or encrypted.</translation>
    </message>
    <message>
        <source>Important papers and storage media are never left lying around but kept locked away.</source>
        <translation>Important papers and storage media are never left lying around but kept locked away.</translation>
    </message>
    <message>
        <source>Important information and devices are taken out of the office only under rules, such as permission and protection while away.</source>
        <translation>Important information and devices are taken out of the office only under rules, such as permission and protection while away.</translation>
    </message>
    <message>
        <source>Staff lock their screen whenever they leave their desk.</source>
        <translation>Staff lock their screen whenever they leave their desk.</translation>
    </message>
    <message>
        <source>Visitors are received at reception, accompanied and never left alone where work is done.</source>
        <translation>Visitors are received at reception, accompanied and never left alone where work is done.</translation>
    </message>
    <message>
        <source>PCs and other devices are protected against theft, for example by a cable lock or by being locked away after work.</source>
        <translation>PCs and other devices are protected against theft, for example by a cable lock or by being locked away after work.</translation>
    </message>
    <message>
        <source>The office is locked whenever nobody is there, and the last person to leave checks it.</source>
        <translation>The office is locked whenever nobody is there, and the last person to leave checks it.</translation>
    </message>
    <message>
        <source>Papers, storage media and devices holding important information are disposed of so that nothing can be read or recovered.</source>
        <translation>Papers, storage media and devices holding important information are disposed of so that nothing can be read or recovered.</translation>
    </message>
    <message>
        <source>Staff are bound by rules or a signed pledge to keep company information confidential, also after they leave.</source>
        <translation>Staff are bound by rules or a signed pledge to keep company information confidential, also after they leave.</translation>
    </message>
    <message>
        <source>Staff receive information security training regularly.</source>
        <translation>Staff receive information security training regularly.</translation>
    </message>
    <message>
        <source>There are rules on whether and how staff may use their own PCs and smartphones for work.</source>
        <translation>There are rules on whether and how staff may use their own PCs and smartphones for work.</translation>
    </message>
    <message>
        <source>Contracts with business partners include confidentiality clauses for the information exchanged.</source>
        <translation>Contracts with business partners include confidentiality clauses for the information exchanged.</translation>
    </message>
    <message>
        <source>External services such as cloud services are chosen after checking their security and reliability.</source>
        <translation>External services such as cloud services are chosen after checking their security and reliability.</translation>
    </message>
    <message>
        <source>The company is prepared for an incident: who is called, who decides and what is done first.</source>
        <translation>The company is prepared for an incident: who is called, who decides and what is done first.</translation>
    </message>
    <message>
        <source>The information security rules are written down and made known to all staff.</source>
        <translation>The information security rules are written down and made known to all staff.</translation>
    </message>
    <message>
        <source>Accounts reachable from the internet, such as mail, cloud services, VPN and remote access, require multi-factor authentication.</source>
        <translation>Accounts reachable from the internet, such as mail, cloud services, VPN and remote access, require multi-factor authentication.</translation>
    </message>
    <message>
        <source>A written business continuity plan (BCP) sets out how core business goes on with alternative means when IT systems stop.</source>
        <translation>A written business continuity plan (BCP) sets out how core business goes on with alternative means when IT systems stop.</translation>
    </message>
    <message>
        <source>The business continuity plan, its emergency contacts and its call tree have been reviewed and rehearsed within the last year.</source>
        <translation>The business continuity plan, its emergency contacts and its call tree have been reviewed and rehearsed within the last year.</translation>
    </message>
    <message>
        <source>The company knows whom to report to and consult when infected (the police, the supervising ministry, IPA or JPCERT/CC) and which business partners to inform, and it never pays attackers.</source>
        <translation>The company knows whom to report to and consult when infected (the police, the supervising ministry, IPA or JPCERT/CC) and which business partners to inform, and it never pays attackers.</translation>
    </message>
    <message>
        <source>Overseas sites, subsidiaries and key suppliers are held to the same security measures and are supported and instructed like domestic sites.</source>
        <translation>Overseas sites, subsidiaries and key suppliers are held to the same security measures and are supported and instructed like domestic sites.</translation>
    </message>
    <message>
        <source>An information security basic policy is written down, approved by management and published.</source>
        <translation>An information security basic policy is written down, approved by management and published.</translation>
    </message>
    <message>
        <source>Most ransomware gets in through holes that an available update would have closed.</source>
        <translation>Most ransomware gets in through holes that an available update would have closed.</translation>
    </message>
    <message>
        <source>Outdated definitions miss new malware; up-to-date antivirus stops most common infections.</source>
        <translation>Outdated definitions miss new malware; up-to-date antivirus stops most common infections.</translation>
    </message>
    <message>
        <source>One leaked or guessed password opens every account that uses the same one.</source>
        <translation>One leaked or guessed password opens every account that uses the same one.</translation>
    </message>
    <message>
        <source>The fewer people who can open a folder, the less one mistake or infected PC can leak or destroy.</source>
        <translation>The fewer people who can open a folder, the less one mistake or infected PC can leak or destroy.</translation>
    </message>
    <message>
        <source>Attacks change fast; an alert read in time tells you which update or warning matters now.</source>
        <translation>Attacks change fast; an alert read in time tells you which update or warning matters now.</translation>
    </message>
    <message>
        <source>Opening one attachment or link is the usual start of an Emotet or ransomware infection.</source>
        <translation>Opening one attachment or link is the usual start of an Emotet or ransomware infection.</translation>
    </message>
    <message>
        <source>Misaddressed mail and faxes are a leading cause of data leaks, and they cannot be called back.</source>
        <translation>Misaddressed mail and faxes are a leading cause of data leaks, and they cannot be called back.</translation>
    </message>
    <message>
        <source>Mail can go astray or be intercepted; encryption keeps the content unreadable to others.</source>
        <translation>Mail can go astray or be intercepted; encryption keeps the content unreadable to others.</translation>
    </message>
    <message>
        <source>A weak wireless LAN lets anyone nearby read traffic and get into the office network.</source>
        <translation>A weak wireless LAN lets anyone nearby read traffic and get into the office network.</translation>
    </message>
    <message>
        <source>Fake sites spread malware, and one careless post can leak information or hurt the company&apos;s name.</source>
        <translation>Fake sites spread malware, and one careless post can leak information or hurt the company&apos;s name.</translation>
    </message>
    <message>
        <source>Without a recent backup, ransomware, a broken disk or one mistake can erase years of work.</source>
        <translation>Without a recent backup, ransomware, a broken disk or one mistake can erase years of work.</translation>
    </message>
    <message>
        <source>Papers and USB drives left on desks can be read, copied or taken by anyone passing by.</source>
        <translation>Papers and USB drives left on desks can be read, copied or taken by anyone passing by.</translation>
    </message>
    <message>
        <source>Laptops, USB drives and papers taken outside are lost or stolen far more often than inside.</source>
        <translation>Laptops, USB drives and papers taken outside are lost or stolen far more often than inside.</translation>
    </message>
    <message>
        <source>An unlocked PC lets anyone passing by read, send or change data in your name.</source>
        <translation>An unlocked PC lets anyone passing by read, send or change data in your name.</translation>
    </message>
    <message>
        <source>An unaccompanied visitor can look at screens and papers or take devices unnoticed.</source>
        <translation>An unaccompanied visitor can look at screens and papers or take devices unnoticed.</translation>
    </message>
    <message>
        <source>A stolen laptop takes its data with it; a cable lock or a locked cabinet stops easy theft.</source>
        <translation>A stolen laptop takes its data with it; a cable lock or a locked cabinet stops easy theft.</translation>
    </message>
    <message>
        <source>An empty, unlocked office invites the theft of devices and papers and the data on them.</source>
        <translation>An empty, unlocked office invites the theft of devices and papers and the data on them.</translation>
    </message>
    <message>
        <source>Discarded papers, disks and old PCs often still hold data that someone can read or recover.</source>
        <translation>Discarded papers, disks and old PCs often still hold data that someone can read or recover.</translation>
    </message>
    <message>
        <source>A written obligation makes clear what staff must keep secret and lets you act on a breach.</source>
        <translation>A written obligation makes clear what staff must keep secret and lets you act on a breach.</translation>
    </message>
    <message>
        <source>Most incidents begin with a mistake; trained staff spot phishing and report problems early.</source>
        <translation>Most incidents begin with a mistake; trained staff spot phishing and report problems early.</translation>
    </message>
    <message>
        <source>Personal devices lack the company&apos;s protection, and the data on them leaves with their owner.</source>
        <translation>Personal devices lack the company&apos;s protection, and the data on them leaves with their owner.</translation>
    </message>
    <message>
        <source>Information handed to a partner is only as safe as the partner&apos;s duty to protect it.</source>
        <translation>Information handed to a partner is only as safe as the partner&apos;s duty to protect it.</translation>
    </message>
    <message>
        <source>Data kept in a cloud service is only as safe as the provider&apos;s security and backups.</source>
        <translation>Data kept in a cloud service is only as safe as the provider&apos;s security and backups.</translation>
    </message>
    <message>
        <source>In the first hours of an incident, a ready plan limits the damage and prevents panicked mistakes.</source>
        <translation>In the first hours of an incident, a ready plan limits the damage and prevents panicked mistakes.</translation>
    </message>
    <message>
        <source>Written, known rules give everyone the same standard and are the basis of all training.</source>
        <translation>Written, known rules give everyone the same standard and are the basis of all training.</translation>
    </message>
    <message>
        <source>A stolen password alone no longer opens the account, which stops most account takeovers.</source>
        <translation>A stolen password alone no longer opens the account, which stops most account takeovers.</translation>
    </message>
    <message>
        <source>When systems are down for days, a plan decides whether orders, shipping and payroll go on.</source>
        <translation>When systems are down for days, a plan decides whether orders, shipping and payroll go on.</translation>
    </message>
    <message>
        <source>An untested plan with outdated contacts tends to fail on the day it is needed.</source>
        <translation>An untested plan with outdated contacts tends to fail on the day it is needed.</translation>
    </message>
    <message>
        <source>Early reports bring expert help and meet legal duties; paying funds attacks and rarely recovers data.</source>
        <translation>Early reports bring expert help and meet legal duties; paying funds attacks and rarely recovers data.</translation>
    </message>
    <message>
        <source>Attackers enter through the weakest site or supplier and go on to the head office and its customers.</source>
        <translation>Attackers enter through the weakest site or supplier and go on to the head office and its customers.</translation>
    </message>
    <message>
        <source>A published policy shows management&apos;s commitment and is required for SECURITY ACTION ★★.</source>
        <translation>A published policy shows management&apos;s commitment and is required for SECURITY ACTION ★★.</translation>
    </message>
    <message>
        <source>Software kept up to date</source>
        <translation>Software kept up to date</translation>
    </message>
    <message>
        <source>Antivirus</source>
        <translation>Antivirus</translation>
    </message>
    <message>
        <source>Strong passwords</source>
        <translation>Strong passwords</translation>
    </message>
    <message>
        <source>Access restricted</source>
        <translation>Access restricted</translation>
    </message>
    <message>
        <source>Threat information</source>
        <translation>Threat information</translation>
    </message>
    <message>
        <source>Care with attachments and links</source>
        <translation>Care with attachments and links</translation>
    </message>
    <message>
        <source>Address checked before sending</source>
        <translation>Address checked before sending</translation>
    </message>
    <message>
        <source>Important mail protected</source>
        <translation>Important mail protected</translation>
    </message>
    <message>
        <source>Wireless LAN secured</source>
        <translation>Wireless LAN secured</translation>
    </message>
    <message>
        <source>Web and social media rules</source>
        <translation>Web and social media rules</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>Papers and media locked away</source>
        <translation>Papers and media locked away</translation>
    </message>
    <message>
        <source>Rules for taking things out</source>
        <translation>Rules for taking things out</translation>
    </message>
    <message>
        <source>Screen lock</source>
        <translation>Screen lock</translation>
    </message>
    <message>
        <source>Visitor control</source>
        <translation>Visitor control</translation>
    </message>
    <message>
        <source>Devices protected against theft</source>
        <translation>Devices protected against theft</translation>
    </message>
    <message>
        <source>Office locked when empty</source>
        <translation>Office locked when empty</translation>
    </message>
    <message>
        <source>Secure disposal</source>
        <translation>Secure disposal</translation>
    </message>
    <message>
        <source>Staff confidentiality</source>
        <translation>Staff confidentiality</translation>
    </message>
    <message>
        <source>Security training</source>
        <translation>Security training</translation>
    </message>
    <message>
        <source>Rules for personal devices</source>
        <translation>Rules for personal devices</translation>
    </message>
    <message>
        <source>Confidentiality with partners</source>
        <translation>Confidentiality with partners</translation>
    </message>
    <message>
        <source>Choosing cloud services</source>
        <translation>Choosing cloud services</translation>
    </message>
    <message>
        <source>Incident response ready</source>
        <translation>Incident response ready</translation>
    </message>
    <message>
        <source>Written security rules</source>
        <translation>Written security rules</translation>
    </message>
    <message>
        <source>Multi-factor authentication</source>
        <translation>Multi-factor authentication</translation>
    </message>
    <message>
        <source>Business continuity plan</source>
        <translation>Business continuity plan</translation>
    </message>
    <message>
        <source>BCP reviewed and rehearsed</source>
        <translation>BCP reviewed and rehearsed</translation>
    </message>
    <message>
        <source>Incident reporting</source>
        <translation>Incident reporting</translation>
    </message>
    <message>
        <source>Overseas sites and suppliers</source>
        <translation>Overseas sites and suppliers</translation>
    </message>
    <message>
        <source>Basic security policy</source>
        <translation>Basic security policy</translation>
    </message>
    <message>
        <source>Part 1: Basic measures</source>
        <translation>Part 1: Basic measures</translation>
    </message>
    <message>
        <source>Part 2: Staff measures</source>
        <translation>Part 2: Staff measures</translation>
    </message>
    <message>
        <source>Part 3: Organisational measures</source>
        <translation>Part 3: Organisational measures</translation>
    </message>
    <message>
        <source>Kamae&apos;s additional questions</source>
        <translation>Kamae&apos;s additional questions</translation>
    </message>
    <message>
        <source>Implemented</source>
        <translation>Implemented</translation>
    </message>
    <message>
        <source>Partly implemented</source>
        <translation>Partly implemented</translation>
    </message>
    <message>
        <source>Not implemented</source>
        <translation>Not implemented</translation>
    </message>
    <message>
        <source>Don&apos;t know</source>
        <translation>Don&apos;t know</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Not answered</translation>
    </message>
    <message>
        <source>Well protected — keep it up</source>
        <translation>Well protected — keep it up</translation>
    </message>
    <message>
        <source>Some weak spots</source>
        <translation>Some weak spots</translation>
    </message>
    <message>
        <source>Act soon</source>
        <translation>Act soon</translation>
    </message>
    <message>
        <source>Serious danger</source>
        <translation>Serious danger</translation>
    </message>
    <message>
        <source>Keep every measure in place and take the self-check again at least once a year.</source>
        <translation>Keep every measure in place and take the self-check again at least once a year.</translation>
    </message>
    <message>
        <source>Work through the questions not yet fully implemented, starting with the basic measures of Part 1.</source>
        <translation>Work through the questions not yet fully implemented, starting with the basic measures of Part 1.</translation>
    </message>
    <message>
        <source>Basic measures are missing: fix the questions of Part 1 first and plan the rest within the next few months.</source>
        <translation>Basic measures are missing: fix the questions of Part 1 first and plan the rest within the next few months.</translation>
    </message>
    <message>
        <source>The company is an easy target: start this week with updates, antivirus, passwords and backups, and ask an expert for help.</source>
        <translation>The company is an easy target: start this week with updates, antivirus, passwords and backups, and ask an expert for help.</translation>
    </message>
</context>
<context>
    <name>kamae::store::AssetRepository</name>
    <message>
        <source>Every asset needs a name.</source>
        <translation>Every asset needs a name.</translation>
    </message>
    <message>
        <source>Ratings are 1, 2 or 3 (or not rated).</source>
        <translation>Ratings are 1, 2 or 3 (or not rated).</translation>
    </message>
    <message>
        <source>A value of the asset is out of range.</source>
        <translation>A value of the asset is out of range.</translation>
    </message>
    <message>
        <source>The asset no longer exists.</source>
        <translation>The asset no longer exists.</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Row %1: %2</translation>
    </message>
    <message>
        <source>The review date is not valid.</source>
        <translation>The review date is not valid.</translation>
    </message>
</context>
<context>
    <name>kamae::store::BackupRepository</name>
    <message>
        <source>The backup job no longer exists.</source>
        <translation>The backup job no longer exists.</translation>
    </message>
    <message>
        <source>Kamae&apos;s own backup job cannot be deleted; it records the copies of this vault.</source>
        <translation>Kamae&apos;s own backup job cannot be deleted; it records the copies of this vault.</translation>
    </message>
    <message>
        <source>The record no longer exists.</source>
        <translation>The record no longer exists.</translation>
    </message>
    <message>
        <source>A protected asset no longer exists.</source>
        <translation>A protected asset no longer exists.</translation>
    </message>
</context>
<context>
    <name>kamae::store::BcpRepository</name>
    <message>
        <source>The exercise no longer exists.</source>
        <translation>The exercise no longer exists.</translation>
    </message>
    <message>
        <source>That version of the plan does not exist.</source>
        <translation>That version of the plan does not exist.</translation>
    </message>
    <message>
        <source>A version needs the date it is published.</source>
        <translation>A version needs the date it is published.</translation>
    </message>
    <message>
        <source>The approver must be an entry of the people list.</source>
        <translation>The approver must be an entry of the people list.</translation>
    </message>
</context>
<context>
    <name>kamae::store::Database</name>
    <message>
        <source>The SQLite driver for Qt is not installed.</source>
        <translation>The SQLite driver for Qt is not installed.</translation>
    </message>
    <message>
        <source>The SQLite driver did not expose its handle.</source>
        <translation>The SQLite driver did not expose its handle.</translation>
    </message>
    <message>
        <source>Not enough memory to open the database.</source>
        <translation>Not enough memory to open the database.</translation>
    </message>
    <message>
        <source>The database image could not be loaded (SQLite error %1).</source>
        <translation>The database image could not be loaded (SQLite error %1).</translation>
    </message>
    <message>
        <source>Broken reference in table %1, row %2</source>
        <translation>Broken reference in table %1, row %2</translation>
    </message>
    <message>
        <source>The database is closed.</source>
        <translation>The database is closed.</translation>
    </message>
    <message>
        <source>Could not open an in-memory database.</source>
        <translation>Could not open an in-memory database.</translation>
    </message>
    <message>
        <source>The database could not be configured.</source>
        <translation>The database could not be configured.</translation>
    </message>
    <message>
        <source>The database inside the file is not readable.</source>
        <translation>The database inside the file is not readable.</translation>
    </message>
</context>
<context>
    <name>kamae::store::FeedStore</name>
    <message>
        <source>%1, released %2</source>
        <translation>%1, released %2</translation>
    </message>
    <message>
        <source>This KEV catalogue (%1) is older than the one already imported (%2). Nothing was changed.</source>
        <translation>This KEV catalogue (%1) is older than the one already imported (%2). Nothing was changed.</translation>
    </message>
    <message>
        <source>An alias needs the product name on both sides.</source>
        <translation>An alias needs the product name on both sides.</translation>
    </message>
    <message>
        <source>The alias no longer exists.</source>
        <translation>The alias no longer exists.</translation>
    </message>
</context>
<context>
    <name>kamae::store::IncidentRepository</name>
    <message>
        <source>The incident no longer exists.</source>
        <translation>The incident no longer exists.</translation>
    </message>
</context>
<context>
    <name>kamae::store::Migrations</name>
    <message>
        <source>The schema version could not be read.</source>
        <translation>The schema version could not be read.</translation>
    </message>
    <message>
        <source>Upgrading the data to schema %1 failed.</source>
        <translation>Upgrading the data to schema %1 failed.</translation>
    </message>
</context>
<context>
    <name>kamae::store::OrganisationRepository</name>
    <message>
        <source>The organisation needs a name.</source>
        <translation>The organisation needs a name.</translation>
    </message>
    <message>
        <source>The number of employees is out of range.</source>
        <translation>The number of employees is out of range.</translation>
    </message>
    <message>
        <source>Every site needs a name.</source>
        <translation>Every site needs a name.</translation>
    </message>
    <message>
        <source>The vault has no organisation record.</source>
        <translation>The vault has no organisation record.</translation>
    </message>
</context>
<context>
    <name>kamae::store::PatchRepository</name>
    <message>
        <source>The patch item no longer exists.</source>
        <translation>The patch item no longer exists.</translation>
    </message>
    <message>
        <source>Item %1: %2</source>
        <translation>Item %1: %2</translation>
    </message>
    <message>
        <source>The patch item was changed in the meantime (for example by a feed import); reload and try again.</source>
        <translation>The patch item was changed in the meantime (for example by a feed import); reload and try again.</translation>
    </message>
    <message>
        <source>The patch item could not be stored. Its asset may have been deleted meanwhile; reload and try again.</source>
        <translation>The patch item could not be stored. Its asset may have been deleted meanwhile; reload and try again.</translation>
    </message>
</context>
<context>
    <name>kamae::store::PeopleRepository</name>
    <message>
        <source>Every person or department needs a name.</source>
        <translation>Every person or department needs a name.</translation>
    </message>
    <message>
        <source>The kind of entry is out of range.</source>
        <translation>The kind of entry is out of range.</translation>
    </message>
    <message>
        <source>“%1” cannot leave before joining.</source>
        <translation>“%1” cannot leave before joining.</translation>
    </message>
    <message>
        <source>The list already has an entry named “%1”.</source>
        <translation>The list already has an entry named “%1”.</translation>
    </message>
    <message>
        <source>The person or department no longer exists.</source>
        <translation>The person or department no longer exists.</translation>
    </message>
    <message>
        <source>The action has no key to assign it by.</source>
        <translation>The action has no key to assign it by.</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address.</source>
        <translation>“%1” is not an e-mail address.</translation>
    </message>
    <message>
        <source>The list already has an entry with the e-mail address “%1”.</source>
        <translation>The list already has an entry with the e-mail address “%1”.</translation>
    </message>
</context>
<context>
    <name>kamae::store::ReportRepository</name>
    <message>
        <source>A report record needs a time, a period, a language (ja or en) and a total of 0–100.</source>
        <translation>A report record needs a time, a period, a language (ja or en) and a total of 0–100.</translation>
    </message>
    <message>
        <source>That report is no longer in the history.</source>
        <translation>That report is no longer in the history.</translation>
    </message>
</context>
<context>
    <name>kamae::store::ScoreRepository</name>
    <message>
        <source>A self-assessment needs the date it was taken.</source>
        <translation>A self-assessment needs the date it was taken.</translation>
    </message>
    <message>
        <source>Unknown self-assessment question “%1”.</source>
        <translation>Unknown self-assessment question “%1”.</translation>
    </message>
    <message>
        <source>Unknown answer %1 to question “%2”.</source>
        <translation>Unknown answer %1 to question “%2”.</translation>
    </message>
    <message>
        <source>This self-assessment no longer exists.</source>
        <translation>This self-assessment no longer exists.</translation>
    </message>
    <message>
        <source>A score snapshot needs a day and a total of 0–100.</source>
        <translation>A score snapshot needs a day and a total of 0–100.</translation>
    </message>
    <message>
        <source>The age of a current feed is between 1 and 3650 days.</source>
        <translation>The age of a current feed is between 1 and 3650 days.</translation>
    </message>
</context>
<context>
    <name>kamae::store::Store</name>
    <message>
        <source>The vault&apos;s data could not be read.</source>
        <translation>The vault&apos;s data could not be read.</translation>
    </message>
    <message>
        <source>The change could not be written to the vault&apos;s data. Nothing was changed.</source>
        <translation>The change could not be written to the vault&apos;s data. Nothing was changed.</translation>
    </message>
</context>
<context>
    <name>kamae::store::TrainingRepository</name>
    <message>
        <source>The course no longer exists.</source>
        <translation>The course no longer exists.</translation>
    </message>
    <message>
        <source>The training session no longer exists.</source>
        <translation>The training session no longer exists.</translation>
    </message>
    <message>
        <source>The phishing drill no longer exists.</source>
        <translation>The phishing drill no longer exists.</translation>
    </message>
    <message>
        <source>The person no longer exists.</source>
        <translation>The person no longer exists.</translation>
    </message>
    <message>
        <source>The assignment no longer exists.</source>
        <translation>The assignment no longer exists.</translation>
    </message>
    <message>
        <source>A person is listed twice in the attendance.</source>
        <translation>A person is listed twice in the attendance.</translation>
    </message>
    <message>
        <source>The starter course “%1” is already there.</source>
        <translation>The starter course “%1” is already there.</translation>
    </message>
</context>
<context>
    <name>kamae::store::ValueChecks</name>
    <message>
        <source>record %1 of the table %2 has the value &quot;%3&quot; in %4, which this version of Kamae does not know</source>
        <translation>record %1 of the table %2 has the value &quot;%3&quot; in %4, which this version of Kamae does not know</translation>
    </message>
</context>
<context>
    <name>kamae::training::CourseText</name>
    <message>
        <source>Phishing and Emotet: suspicious mail and attachments</source>
        <translation>Phishing and Emotet: suspicious mail and attachments</translation>
    </message>
    <message>
        <source>Do not open password-protected ZIP attachments carelessly; keep Office macros disabled; check the sender and the link before clicking; report a suspicious mail at once, even after clicking it.</source>
        <translation>Do not open password-protected ZIP attachments carelessly; keep Office macros disabled; check the sender and the link before clicking; report a suspicious mail at once, even after clicking it.</translation>
    </message>
    <message>
        <source>Passwords and multi-factor authentication</source>
        <translation>Passwords and multi-factor authentication</translation>
    </message>
    <message>
        <source>Long passwords that are never reused; multi-factor authentication for mail, cloud services and remote access; change the passwords saved in the browser of a device that may be infected.</source>
        <translation>Long passwords that are never reused; multi-factor authentication for mail, cloud services and remote access; change the passwords saved in the browser of a device that may be infected.</translation>
    </message>
    <message>
        <source>Reporting an incident: what to do, whom to call</source>
        <translation>Reporting an incident: what to do, whom to call</translation>
    </message>
    <message>
        <source>Report at once to the IT contact; disconnect the device from the network and leave it switched on; never pay a ransom; who informs business partners, the police and the ministry.</source>
        <translation>Report at once to the IT contact; disconnect the device from the network and leave it switched on; never pay a ransom; who informs business partners, the police and the ministry.</translation>
    </message>
    <message>
        <source>Handling information and clear desk</source>
        <translation>Handling information and clear desk</translation>
    </message>
    <message>
        <source>Keep and send information according to its importance; lock the screen and clear the desk; take no data home without permission; dispose of paper and media safely.</source>
        <translation>Keep and send information according to its importance; lock the screen and clear the desk; take no data home without permission; dispose of paper and media safely.</translation>
    </message>
    <message>
        <source>Physical security: offices, visitors and devices</source>
        <translation>Physical security: offices, visitors and devices</translation>
    </message>
    <message>
        <source>Lock offices and desks; accompany visitors and keep the entry log; carry laptops and USB drives safely; report a lost device at once.</source>
        <translation>Lock offices and desks; accompany visitors and keep the entry log; carry laptops and USB drives safely; report a lost device at once.</translation>
    </message>
    <message>
        <source>BCP drill: keeping the business going when systems stop</source>
        <translation>BCP drill: keeping the business going when systems stop</translation>
    </message>
    <message>
        <source>Run the call tree, switch the core businesses to their alternative means and restore from the offline backup; note what took longer than its recovery time objective.</source>
        <translation>Run the call tree, switch the core businesses to their alternative means and restore from the offline backup; note what took longer than its recovery time objective.</translation>
    </message>
    <message>
        <source>For executives: leading the response to an attack</source>
        <translation>For executives: leading the response to an attack</translation>
    </message>
    <message>
        <source>What the executive decides when an attack is found: stopping systems, informing partners and authorities, paying no ransom, using the support of a Security Otasuketai provider. Make it required for the roles of your executives.</source>
        <translation>What the executive decides when an attack is found: stopping systems, informing partners and authorities, paying no ransom, using the support of a Security Otasuketai provider. Make it required for the roles of your executives.</translation>
    </message>
    <message>
        <source>For administrators: patches, backups and accounts</source>
        <translation>For administrators: patches, backups and accounts</translation>
    </message>
    <message>
        <source>Applying security patches first where a vulnerability is known to be exploited, keeping an offline backup and testing the restore, removing the accounts of leavers. Make it required for the roles that administer systems.</source>
        <translation>Applying security patches first where a vulnerability is known to be exploited, keeping an offline backup and testing the restore, removing the accounts of leavers. Make it required for the roles that administer systems.</translation>
    </message>
    <message>
        <source>Phishing follow-up after repeated clicks</source>
        <translation>Phishing follow-up after repeated clicks</translation>
    </message>
    <message>
        <source>For people who clicked in two drills: go through the drill mails together, the signs they missed, and how to report a mail.</source>
        <translation>For people who clicked in two drills: go through the drill mails together, the signs they missed, and how to report a mail.</translation>
    </message>
</context>
<context>
    <name>kamae::training::CoverageText</name>
    <message>
        <source>Not required</source>
        <translation>Not required</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Not yet due</source>
        <translation>Not yet due</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>Due soon</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
</context>
<context>
    <name>kamae::training::GoPhish</name>
    <message>
        <source>This is GoPhish&apos;s events export. Import the results export (Export CSV → Results); the events export can be given with it to refine the times.</source>
        <translation>This is GoPhish&apos;s events export. Import the results export (Export CSV → Results); the events export can be given with it to refine the times.</translation>
    </message>
    <message>
        <source>This is not GoPhish&apos;s results export: it has no column “%1”. Its columns: %2.</source>
        <translation>This is not GoPhish&apos;s results export: it has no column “%1”. Its columns: %2.</translation>
    </message>
    <message>
        <source>This is not GoPhish&apos;s events export: it has no column “%1”. Its columns: %2.</source>
        <translation>This is not GoPhish&apos;s events export: it has no column “%1”. Its columns: %2.</translation>
    </message>
    <message>
        <source>The row has no e-mail address.</source>
        <translation>The row has no e-mail address.</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address.</source>
        <translation>“%1” is not an e-mail address.</translation>
    </message>
    <message>
        <source>The address %1 is already on line %2.</source>
        <translation>The address %1 is already on line %2.</translation>
    </message>
    <message>
        <source>The status “%1” is not one GoPhish writes.</source>
        <translation>The status “%1” is not one GoPhish writes.</translation>
    </message>
    <message>
        <source>The reported column says “%1”, not true or false.</source>
        <translation>The reported column says “%1”, not true or false.</translation>
    </message>
    <message>
        <source>The time “%1” in %2 cannot be read.</source>
        <translation>The time “%1” in %2 cannot be read.</translation>
    </message>
    <message>
        <source>No entry of the people list has the address %1.</source>
        <translation>No entry of the people list has the address %1.</translation>
    </message>
    <message>
        <source>%1 entries of the people list have the address %2.</source>
        <translation>%1 entries of the people list have the address %2.</translation>
    </message>
</context>
<context>
    <name>kamae::training::TrainingChecks</name>
    <message>
        <source>The date %1 is in the future; record what has happened.</source>
        <translation>The date %1 is in the future; record what has happened.</translation>
    </message>
    <message>
        <source>A course needs a title.</source>
        <translation>A course needs a title.</translation>
    </message>
    <message>
        <source>The course&apos;s topic, format or requirement is out of range.</source>
        <translation>The course&apos;s topic, format or requirement is out of range.</translation>
    </message>
    <message>
        <source>The renewal period must be between 0 (once) and %1 months.</source>
        <translation>The renewal period must be between 0 (once) and %1 months.</translation>
    </message>
    <message>
        <source>The onboarding deadline must be between 0 (none) and %1 days after joining.</source>
        <translation>The onboarding deadline must be between 0 (none) and %1 days after joining.</translation>
    </message>
    <message>
        <source>Name the departments the course is required for.</source>
        <translation>Name the departments the course is required for.</translation>
    </message>
    <message>
        <source>Name the roles the course is required for.</source>
        <translation>Name the roles the course is required for.</translation>
    </message>
    <message>
        <source>A course can be required for at most %1 departments or roles.</source>
        <translation>A course can be required for at most %1 departments or roles.</translation>
    </message>
    <message>
        <source>The session does not belong to a course.</source>
        <translation>The session does not belong to a course.</translation>
    </message>
    <message>
        <source>The session needs a date.</source>
        <translation>The session needs a date.</translation>
    </message>
    <message>
        <source>The duration must be between 0 minutes and 30 days.</source>
        <translation>The duration must be between 0 minutes and 30 days.</translation>
    </message>
    <message>
        <source>An attendance must name a person.</source>
        <translation>An attendance must name a person.</translation>
    </message>
    <message>
        <source>The attendance state is out of range.</source>
        <translation>The attendance state is out of range.</translation>
    </message>
    <message>
        <source>A score must be between 0 and 100.</source>
        <translation>A score must be between 0 and 100.</translation>
    </message>
    <message>
        <source>An assignment must name a course and a person.</source>
        <translation>An assignment must name a course and a person.</translation>
    </message>
    <message>
        <source>The assignment needs the date it was made.</source>
        <translation>The assignment needs the date it was made.</translation>
    </message>
    <message>
        <source>An assignment cannot be due before it was made.</source>
        <translation>An assignment cannot be due before it was made.</translation>
    </message>
    <message>
        <source>A phishing drill needs a name.</source>
        <translation>A phishing drill needs a name.</translation>
    </message>
    <message>
        <source>The phishing drill needs a date.</source>
        <translation>The phishing drill needs a date.</translation>
    </message>
    <message>
        <source>A drill result must name a person or an e-mail address.</source>
        <translation>A drill result must name a person or an e-mail address.</translation>
    </message>
</context>
<context>
    <name>kamae::training::TrainingCommands</name>
    <message>
        <source>Usage: kamae training coverage VAULT [--json]</source>
        <translation>Usage: kamae training coverage VAULT [--json]</translation>
    </message>
    <message>
        <source>Usage: kamae training phishing-import VAULT FILE [--events FILE] [--campaign NAME] [--date YYYY-MM-DD] [--encoding sjis|utf8]</source>
        <translation>Usage: kamae training phishing-import VAULT FILE [--events FILE] [--campaign NAME] [--date YYYY-MM-DD] [--encoding sjis|utf8]</translation>
    </message>
    <message>
        <source>Usage: kamae training sessions VAULT [--json]</source>
        <translation>Usage: kamae training sessions VAULT [--json]</translation>
    </message>
    <message>
        <source>%1	%2 current, %3 overdue, %4 due soon, %5 pending</source>
        <translation>%1	%2 current, %3 overdue, %4 due soon, %5 pending</translation>
    </message>
    <message>
        <source>Training coverage on %1: %2</source>
        <translation>Training coverage on %1: %2</translation>
    </message>
    <message>
        <source>No courses yet.</source>
        <translation>No courses yet.</translation>
    </message>
    <message>
        <source>By course:</source>
        <translation>By course:</translation>
    </message>
    <message>
        <source>By department:</source>
        <translation>By department:</translation>
    </message>
    <message>
        <source>(no department)</source>
        <translation>(no department)</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Overdue (%n):</source>
        <translation>
            <numerusform>Overdue (%n):</numerusform>
            <numerusform>Overdue (%n):</numerusform>
        </translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>due %1</translation>
    </message>
    <message>
        <source>never taken</source>
        <translation>never taken</translation>
    </message>
    <message>
        <source>--date needs a date as YYYY-MM-DD, not &quot;%1&quot;.</source>
        <translation>--date needs a date as YYYY-MM-DD, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Unknown encoding: use utf8 or sjis.</source>
        <translation>Unknown encoding: use utf8 or sjis.</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, line %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… and %n more.</numerusform>
            <numerusform>… and %n more.</numerusform>
        </translation>
    </message>
    <message>
        <source>not imported: %1</source>
        <translation>not imported: %1</translation>
    </message>
    <message>
        <source>no entry of the people list: %1</source>
        <translation>no entry of the people list: %1</translation>
    </message>
    <message>
        <source>%1 has no result that can be imported; nothing was imported.</source>
        <translation>%1 has no result that can be imported; nothing was imported.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n completed</source>
        <translation>
            <numerusform>%1 of %n completed</numerusform>
            <numerusform>%1 of %n completed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n session</numerusform>
            <numerusform>%n sessions</numerusform>
        </translation>
    </message>
    <message>
        <source>  training coverage VAULT [--json]
                             who has taken the courses they must take, per
                             course and department, and who is overdue
</source>
        <translation>  training coverage VAULT [--json]
                             who has taken the courses they must take, per
                             course and department, and who is overdue
</translation>
    </message>
    <message>
        <source>  training phishing-import VAULT FILE [--events FILE] [--campaign NAME]
         [--date YYYY-MM-DD] [--encoding sjis|utf8]
                             store a GoPhish drill&apos;s results export; rows that
                             match nobody or cannot be read are listed
</source>
        <translation>  training phishing-import VAULT FILE [--events FILE] [--campaign NAME]
         [--date YYYY-MM-DD] [--encoding sjis|utf8]
                             store a GoPhish drill&apos;s results export; rows that
                             match nobody or cannot be read are listed
</translation>
    </message>
    <message>
        <source>  training sessions VAULT [--json]
                             the sessions held, with how many completed
</source>
        <translation>  training sessions VAULT [--json]
                             the sessions held, with how many completed
</translation>
    </message>
</context>
<context>
    <name>kamae::training::TrainingDesk</name>
    <message>
        <source>Events file: %1</source>
        <translation>Events file: %1</translation>
    </message>
    <message numerus="yes">
        <source>Drill “%1” (%2): its results were replaced by %n result(s).</source>
        <translation>
            <numerusform>Drill “%1” (%2): its results were replaced by %n result.</numerusform>
            <numerusform>Drill “%1” (%2): its results were replaced by %n results.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Drill “%1” (%2): %n result(s) imported.</source>
        <translation>
            <numerusform>Drill “%1” (%2): %n result imported.</numerusform>
            <numerusform>Drill “%1” (%2): %n results imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n matched to the people list by e-mail address.</source>
        <translation>
            <numerusform>%n matched to the people list by e-mail address.</numerusform>
            <numerusform>%n matched to the people list by e-mail address.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n matched no entry of the people list.</source>
        <translation>
            <numerusform>%n matched no entry of the people list.</numerusform>
            <numerusform>%n matched no entry of the people list.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n were not delivered.</source>
        <translation>
            <numerusform>%n was not delivered.</numerusform>
            <numerusform>%n were not delivered.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) could not be imported.</source>
        <translation>
            <numerusform>%n row could not be imported.</numerusform>
            <numerusform>%n rows could not be imported.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kamae::training::TrainingFactorText</name>
    <message>
        <source>Required training current</source>
        <translation>Required training current</translation>
    </message>
    <message>
        <source>No training course is recorded.</source>
        <translation>No training course is recorded.</translation>
    </message>
    <message>
        <source>No completion of a required course is recorded, and nobody&apos;s deadline has passed yet.</source>
        <translation>No completion of a required course is recorded, and nobody&apos;s deadline has passed yet.</translation>
    </message>
    <message>
        <source>Set the courses everyone must take and record who took them</source>
        <translation>Set the courses everyone must take and record who took them</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n required course completion(s) are current; people within their first deadline are not counted yet.</source>
        <translation>
            <numerusform>%1 of %n required course completion are current; people within their first deadline are not counted yet.</numerusform>
            <numerusform>%1 of %n required course completions are current; people within their first deadline are not counted yet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Train the %n overdue people in “%1”</source>
        <translation>
            <numerusform>Train the %n overdue people in “%1”</numerusform>
            <numerusform>Train the %n overdue people in “%1”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Train the overdue people in %n more course(s)</source>
        <translation>
            <numerusform>Train the overdue people in %n more course</numerusform>
            <numerusform>Train the overdue people in %n more courses</numerusform>
        </translation>
    </message>
    <message>
        <source>A phishing drill in the last 12 months</source>
        <translation>A phishing drill in the last 12 months</translation>
    </message>
    <message>
        <source>Staff reporting the drill&apos;s mail</source>
        <translation>Staff reporting the drill&apos;s mail</translation>
    </message>
    <message>
        <source>No phishing drill with a delivered mail is recorded.</source>
        <translation>No phishing drill with a delivered mail is recorded.</translation>
    </message>
    <message>
        <source>Run a phishing drill and record who clicked and who reported</source>
        <translation>Run a phishing drill and record who clicked and who reported</translation>
    </message>
    <message numerus="yes">
        <source>The last phishing drill was on %1 (%n day(s) ago).</source>
        <translation>
            <numerusform>The last phishing drill was on %1 (%n day ago).</numerusform>
            <numerusform>The last phishing drill was on %1 (%n days ago).</numerusform>
        </translation>
    </message>
    <message>
        <source>Run a phishing drill (last: %1)</source>
        <translation>Run a phishing drill (last: %1)</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n delivered mail(s) of the drill of %2 were reported (%3 %; %4 % counts in full).</source>
        <translation>
            <numerusform>%1 of %n delivered mail of the drill of %2 were reported (%3 %; %4 % counts in full).</numerusform>
            <numerusform>%1 of %n delivered mails of the drill of %2 were reported (%3 %; %4 % counts in full).</numerusform>
        </translation>
    </message>
    <message>
        <source>Teach everyone to report suspicious mail at once (%1 % reported the last drill)</source>
        <translation>Teach everyone to report suspicious mail at once (%1 % reported the last drill)</translation>
    </message>
    <message numerus="yes">
        <source>Training records: %1 % of required training is current (%2 of %n).</source>
        <translation>
            <numerusform>Training records: %1 % of required training is current (%2 of %n).</numerusform>
            <numerusform>Training records: %1 % of required training is current (%2 of %n).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Training records: only %1 % of required training is current; %n completion(s) overdue.</source>
        <translation>
            <numerusform>Training records: only %1 % of required training is current; %n completion overdue.</numerusform>
            <numerusform>Training records: only %1 % of required training is current; %n completions overdue.</numerusform>
        </translation>
    </message>
    <message>
        <source>The last phishing drill was on %1, more than a year ago.</source>
        <translation>The last phishing drill was on %1, more than a year ago.</translation>
    </message>
    <message>
        <source>In the phishing drill of %1, %2 % clicked the link and %3 % reported the mail.</source>
        <translation>In the phishing drill of %1, %2 % clicked the link and %3 % reported the mail.</translation>
    </message>
</context>
<context>
    <name>kamae::training::TrainingPrint</name>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Training coverage</source>
        <translation>Training coverage</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>As of %1</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n course(s)</source>
        <translation>
            <numerusform>%n course</numerusform>
            <numerusform>%n courses</numerusform>
        </translation>
    </message>
    <message>
        <source>Coverage %1</source>
        <translation>Coverage %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Coverage</translation>
    </message>
    <message>
        <source>The date in a cell is the date of completion for a course done, otherwise the due date. Coverage: done ÷ (done + overdue).</source>
        <translation>The date in a cell is the date of completion for a course done, otherwise the due date. Coverage: done ÷ (done + overdue).</translation>
    </message>
    <message>
        <source>No people or no courses to show.</source>
        <translation>No people or no courses to show.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation>%1 (continued)</translation>
    </message>
    <message>
        <source>Training_coverage</source>
        <translation>Training_coverage</translation>
    </message>
    <message numerus="yes">
        <source>No department (%n person(s))</source>
        <translation>
            <numerusform>No department (%n person)</numerusform>
            <numerusform>No department (%n people)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n person(s))</source>
        <translation>
            <numerusform>%1 (%n person)</numerusform>
            <numerusform>%1 (%n people)</numerusform>
        </translation>
    </message>
    <message>
        <source>The session is no longer in the vault.</source>
        <translation>The session is no longer in the vault.</translation>
    </message>
    <message>
        <source>The session&apos;s course is no longer in the vault.</source>
        <translation>The session&apos;s course is no longer in the vault.</translation>
    </message>
    <message>
        <source>Nobody completed this session: there is no certificate to print.</source>
        <translation>Nobody completed this session: there is no certificate to print.</translation>
    </message>
    <message>
        <source>The person is no longer in the people list.</source>
        <translation>The person is no longer in the people list.</translation>
    </message>
    <message>
        <source>%1 did not complete this session: no certificate can be printed for them.</source>
        <translation>%1 did not complete this session: no certificate can be printed for them.</translation>
    </message>
    <message>
        <source>Certificates of completion: %1</source>
        <translation>Certificates of completion: %1</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Certificates</translation>
    </message>
    <message>
        <source>Certificate of completion</source>
        <translation>Certificate of completion</translation>
    </message>
    <message>
        <source>%1</source>
        <comment>certificate name</comment>
        <extracomment>The person&apos;s name as a certificate addresses them (Japanese adds 殿).</extracomment>
        <translation>%1</translation>
    </message>
    <message>
        <source>has completed the course below.</source>
        <translation>has completed the course below.</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Course</translation>
    </message>
    <message>
        <source>Date of completion</source>
        <translation>Date of completion</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>Trainer</translation>
    </message>
    <message>
        <source>Issued %1</source>
        <translation>Issued %1</translation>
    </message>
    <message>
        <source> · </source>
        <translation> · </translation>
    </message>
</context>
<context>
    <name>kamae::training::TrainingReminderText</name>
    <message numerus="yes">
        <source>%1: %n person(s) overdue</source>
        <translation>
            <numerusform>%1: %n person overdue</numerusform>
            <numerusform>%1: %n people overdue</numerusform>
        </translation>
    </message>
    <message>
        <source>Required and not current: %1 never completed it, %2 let it expire.</source>
        <translation>Required and not current: %1 never completed it, %2 let it expire.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n person(s) due by %2</source>
        <translation>
            <numerusform>%1: %n person due by %2</numerusform>
            <numerusform>%1: %n people due by %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Renewals: %1. First training (new joiners, newly required): %2.</source>
        <translation>Renewals: %1. First training (new joiners, newly required): %2.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (follow-up): %n person(s) due by %2</source>
        <translation>
            <numerusform>%1 (follow-up): %n person due by %2</numerusform>
            <numerusform>%1 (follow-up): %n people due by %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Assigned to each of them after a phishing drill or by hand; done when they complete the course.</source>
        <translation>Assigned to each of them after a phishing drill or by hand; done when they complete the course.</translation>
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
        <translation>Next action</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>Effort</source>
        <translation>Effort</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Where</translation>
    </message>
    <message>
        <source>no points</source>
        <translation>no points</translation>
    </message>
    <message>
        <source>Not assigned</source>
        <translation>Not assigned</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
</context>
<context>
    <name>kamae::ui::AliasTableModel</name>
    <message>
        <source>Vendor in the feed</source>
        <translation>Vendor in the feed</translation>
    </message>
    <message>
        <source>Product in the feed</source>
        <translation>Product in the feed</translation>
    </message>
    <message>
        <source>Vendor in the register</source>
        <translation>Vendor in the register</translation>
    </message>
    <message>
        <source>Product in the register</source>
        <translation>Product in the register</translation>
    </message>
</context>
<context>
    <name>kamae::ui::AssetCommands</name>
    <message>
        <source>Edit %1</source>
        <translation>Edit %1</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Delete %1</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n asset(s)</source>
        <translation>
            <numerusform>Delete %n asset</numerusform>
            <numerusform>Delete %n assets</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation>Undo delete</translation>
    </message>
    <message numerus="yes">
        <source>Mark %n asset(s) reviewed</source>
        <translation>
            <numerusform>Mark %n asset reviewed</numerusform>
            <numerusform>Mark %n assets reviewed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kamae::ui::AssetEditorDialog</name>
    <message>
        <source>Edit asset</source>
        <translation>Edit asset</translation>
    </message>
    <message>
        <source>New asset</source>
        <translation>New asset</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>What it is</source>
        <translation>What it is</translation>
    </message>
    <message>
        <source>How important</source>
        <translation>How important</translation>
    </message>
    <message>
        <source>Technical</source>
        <translation>Technical</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>Not rated</translation>
    </message>
    <message>
        <source>1 (low)</source>
        <translation>1 (low)</translation>
    </message>
    <message>
        <source>2 (medium)</source>
        <translation>2 (medium)</translation>
    </message>
    <message>
        <source>3 (high)</source>
        <translation>3 (high)</translation>
    </message>
    <message>
        <source>Importance: %1</source>
        <translation>Importance: %1</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Risk value: %1</source>
        <translation>Risk value: %1</translation>
    </message>
    <message>
        <source>The maker no longer ships updates for this version</source>
        <translation>The maker no longer ships updates for this version</translation>
    </message>
    <message>
        <source>Who answers for the asset: a person or a department from the list kept on the Organisation page</source>
        <translation>Who answers for the asset: a person or a department from the list kept on the Organisation page</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Owner:</translation>
    </message>
</context>
<context>
    <name>kamae::ui::AssetImportDialog</name>
    <message>
        <source>Import assets</source>
        <translation>Import assets</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) can be imported</source>
        <translation>
            <numerusform>%n row can be imported</numerusform>
            <numerusform>%n rows can be imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have errors and will be left out</source>
        <translation>
            <numerusform>%n row has errors and will be left out</numerusform>
            <numerusform>%n rows have errors and will be left out</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n empty row(s) skipped</source>
        <translation>
            <numerusform>%n empty row skipped</numerusform>
            <numerusform>%n empty rows skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import the %n good row(s)</source>
        <translation>
            <numerusform>Import the %n good row</numerusform>
            <numerusform>Import the %n good rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n asset(s)</source>
        <translation>
            <numerusform>Import %n asset</numerusform>
            <numerusform>Import %n assets</numerusform>
        </translation>
    </message>
    <message>
        <source>Sensitive personal data (yes/no)</source>
        <translation>Sensitive personal data (yes/no)</translation>
    </message>
    <message>
        <source>My Number data (yes/no)</source>
        <translation>My Number data (yes/no)</translation>
    </message>
    <message numerus="yes">
        <source>Skip the %n row(s) already in the register</source>
        <translation>
            <numerusform>Skip the %n row already in the register</numerusform>
            <numerusform>Skip the %n rows already in the register</numerusform>
        </translation>
    </message>
    <message>
        <source>line %1 “%2” (%3)</source>
        <translation>line %1 “%2” (%3)</translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>%n more</numerusform>
            <numerusform>%n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) already in the register: %1</source>
        <translation>
            <numerusform>%n row already in the register: %1</numerusform>
            <numerusform>%n rows already in the register: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kamae::ui::AssetTableModel</name>
    <message>
        <source>Never</source>
        <translation>Never</translation>
    </message>
    <message>
        <source>Not reviewed in the last 12 months</source>
        <translation>Not reviewed in the last 12 months</translation>
    </message>
    <message>
        <source>Computed from the other columns</source>
        <translation>Computed from the other columns</translation>
    </message>
</context>
<context>
    <name>kamae::ui::AssetsPage</name>
    <message>
        <source>Import assets</source>
        <translation>Import assets</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.tsv *.txt *.xlsx);;All files (*)</source>
        <translation>Spreadsheets (*.csv *.tsv *.txt *.xlsx);;All files (*)</translation>
    </message>
    <message>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation>CSV, UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>CSV, Shift_JIS for older Excel (*.csv)</source>
        <translation>CSV, Shift_JIS for older Excel (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>Export assets</source>
        <translation>Export assets</translation>
    </message>
    <message>
        <source>information-assets.xlsx</source>
        <translation>information-assets.xlsx</translation>
    </message>
    <message>
        <source>Assets</source>
        <translation>Assets</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>All departments</translation>
    </message>
    <message numerus="yes">
        <source>%n asset(s)</source>
        <translation>
            <numerusform>%n asset</numerusform>
            <numerusform>%n assets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n need(s) review</source>
        <translation>
            <numerusform>%n needs review</numerusform>
            <numerusform>%n need review</numerusform>
        </translation>
    </message>
    <message>
        <source>all reviewed in the last 12 months</source>
        <translation>all reviewed in the last 12 months</translation>
    </message>
    <message numerus="yes">
        <source>%n shown</source>
        <translation>
            <numerusform>%n shown</numerusform>
            <numerusform>%n shown</numerusform>
        </translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Add %1</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copy)</translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n asset(s)</source>
        <translation>
            <numerusform>Duplicate %n asset</numerusform>
            <numerusform>Duplicate %n assets</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot;?</source>
        <translation>Delete &quot;%1&quot;?</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n asset(s)?</source>
        <translation>
            <numerusform>Delete %n asset?</numerusform>
            <numerusform>Delete %n assets?</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete assets</source>
        <translation>Delete assets</translation>
    </message>
    <message>
        <source>You can undo this with Edit → Undo.</source>
        <translation>You can undo this with Edit → Undo.</translation>
    </message>
    <message numerus="yes">
        <source>Import %n asset(s) from %1</source>
        <translation>
            <numerusform>Import %n asset from %1</numerusform>
            <numerusform>Import %n assets from %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Default columns</source>
        <translation>Default columns</translation>
    </message>
    <message>
        <source>Information assets</source>
        <translation>Information assets</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Add…</translation>
    </message>
    <message>
        <source>Add an asset (Insert)</source>
        <translation>Add an asset (Insert)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>Edit the selected asset (Enter or double-click)</source>
        <translation>Edit the selected asset (Enter or double-click)</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplicate</translation>
    </message>
    <message>
        <source>Copy the selected assets (Ctrl+D)</source>
        <translation>Copy the selected assets (Ctrl+D)</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Delete…</translation>
    </message>
    <message>
        <source>Delete the selected assets (Delete)</source>
        <translation>Delete the selected assets (Delete)</translation>
    </message>
    <message>
        <source>Mark &amp;reviewed</source>
        <translation>Mark &amp;reviewed</translation>
    </message>
    <message>
        <source>Record today as the review date of the selected assets</source>
        <translation>Record today as the review date of the selected assets</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <source>Add assets from a CSV or Excel file (UTF-8 or Shift_JIS)</source>
        <translation>Add assets from a CSV or Excel file (UTF-8 or Shift_JIS)</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xport…</translation>
    </message>
    <message>
        <source>Save the assets shown to a CSV or Excel file</source>
        <translation>Save the assets shown to a CSV or Excel file</translation>
    </message>
    <message>
        <source>Search name, department, location, product… (Ctrl+F)</source>
        <translation>Search name, department, location, product… (Ctrl+F)</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <source>Any importance</source>
        <translation>Any importance</translation>
    </message>
    <message>
        <source>Importance 3</source>
        <translation>Importance 3</translation>
    </message>
    <message>
        <source>Importance 2</source>
        <translation>Importance 2</translation>
    </message>
    <message>
        <source>Importance 1</source>
        <translation>Importance 1</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>Not rated</translation>
    </message>
    <message>
        <source>Needs review</source>
        <translation>Needs review</translation>
    </message>
    <message>
        <source>Only assets not reviewed in the last 12 months</source>
        <translation>Only assets not reviewed in the last 12 months</translation>
    </message>
    <message>
        <source>&amp;Patches</source>
        <translation>&amp;Patches</translation>
    </message>
    <message>
        <source>Show the patch items of the selected asset</source>
        <translation>Show the patch items of the selected asset</translation>
    </message>
    <message numerus="yes">
        <source>%n asset(s) no longer match the search or filters and are hidden.</source>
        <translation>
            <numerusform>%n asset no longer matches the search or filters and is hidden.</numerusform>
            <numerusform>%n assets no longer match the search or filters and are hidden.</numerusform>
        </translation>
    </message>
    <message>
        <source>The register of what the company relies on: devices, cloud services, data and paper records, who owns them, how important they are, and when each was last reviewed.</source>
        <translation>The register of what the company relies on: devices, cloud services, data and paper records, who owns them, how important they are, and when each was last reviewed.</translation>
    </message>
    <message>
        <source>No assets yet</source>
        <translation>No assets yet</translation>
    </message>
    <message>
        <source>Start with what would hurt most to lose: the PCs and servers, the cloud services, the customer data. Add them one by one, or import the list you already keep in Excel or CSV (you can also drop the file here).</source>
        <translation>Start with what would hurt most to lose: the PCs and servers, the cloud services, the customer data. Add them one by one, or import the list you already keep in Excel or CSV (you can also drop the file here).</translation>
    </message>
    <message>
        <source>Add your first asset…</source>
        <translation>Add your first asset…</translation>
    </message>
    <message>
        <source>Import from Excel/CSV…</source>
        <translation>Import from Excel/CSV…</translation>
    </message>
</context>
<context>
    <name>kamae::ui::AttendeeModel</name>
    <message>
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>Attended only</source>
        <translation>Attended only</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Completed the course</source>
        <translation>Completed the course</translation>
    </message>
</context>
<context>
    <name>kamae::ui::AttendeePicker</name>
    <message numerus="yes">
        <source>%n person(s) ticked. Space ticks or unticks the selected person.</source>
        <translation>
            <numerusform>%n person ticked. Space ticks or unticks the selected person.</numerusform>
            <numerusform>%n people ticked. Space ticks or unticks the selected person.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n name(s) matched, %1 newly ticked.</source>
        <translation>
            <numerusform>%n name matched, %1 newly ticked.</numerusform>
            <numerusform>%n names matched, %1 newly ticked.</numerusform>
        </translation>
    </message>
    <message>
        <source>✗ Not in the people list (not ticked): %1</source>
        <translation>✗ Not in the people list (not ticked): %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>! More than one person has this name (tick the right one yourself): %1</source>
        <translation>! More than one person has this name (tick the right one yourself): %1</translation>
    </message>
    <message>
        <source>Tick a department…</source>
        <translation>Tick a department…</translation>
    </message>
    <message>
        <source>Search people</source>
        <translation>Search people</translation>
    </message>
    <message>
        <source>Untick all</source>
        <translation>Untick all</translation>
    </message>
    <message>
        <source>&amp;Paste names (one per line, or separated by commas):</source>
        <translation>&amp;Paste names (one per line, or separated by commas):</translation>
    </message>
    <message>
        <source>e.g. a sign-in sheet or the attendees of an online meeting</source>
        <translation>e.g. a sign-in sheet or the attendees of an online meeting</translation>
    </message>
    <message>
        <source>Tick these names</source>
        <translation>Tick these names</translation>
    </message>
</context>
<context>
    <name>kamae::ui::BackupCommandText</name>
    <message>
        <source>Edit backup job %1</source>
        <translation>Edit backup job %1</translation>
    </message>
    <message>
        <source>Add backup job %1</source>
        <translation>Add backup job %1</translation>
    </message>
    <message>
        <source>Delete backup job %1</source>
        <translation>Delete backup job %1</translation>
    </message>
    <message>
        <source>Record %1</source>
        <translation>Record %1</translation>
    </message>
    <message>
        <source>Delete record %1</source>
        <translation>Delete record %1</translation>
    </message>
</context>
<context>
    <name>kamae::ui::BackupEventDialog</name>
    <message>
        <source>Record a backup run — %1</source>
        <translation>Record a backup run — %1</translation>
    </message>
    <message>
        <source>Record a restore test — %1</source>
        <translation>Record a restore test — %1</translation>
    </message>
    <message>
        <source>Record an air-gap check — %1</source>
        <translation>Record an air-gap check — %1</translation>
    </message>
    <message>
        <source>Disconnected and readable</source>
        <translation>Disconnected and readable</translation>
    </message>
    <message>
        <source>Readable, but it was still connected</source>
        <translation>Readable, but it was still connected</translation>
    </message>
    <message>
        <source>Not readable, or missing</source>
        <translation>Not readable, or missing</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>not recorded</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Errors or warnings the backup reported</source>
        <translation>Errors or warnings the backup reported</translation>
    </message>
    <message>
        <source>e.g. the accounting folder of last Friday</source>
        <translation>e.g. the accounting folder of last Friday</translation>
    </message>
    <message>
        <source>Evidence: where it was restored to, who checked the files, a ticket number</source>
        <translation>Evidence: where it was restored to, who checked the files, a ticket number</translation>
    </message>
    <message>
        <source>e.g. USB disk B in the safe</source>
        <translation>e.g. USB disk B in the safe</translation>
    </message>
    <message>
        <source>How it was checked, where the copy is kept</source>
        <translation>How it was checked, where the copy is kept</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>&amp;Result:</source>
        <translation>&amp;Result:</translation>
    </message>
    <message>
        <source>&amp;What was restored:</source>
        <translation>&amp;What was restored:</translation>
    </message>
    <message>
        <source>&amp;Time it took:</source>
        <translation>&amp;Time it took:</translation>
    </message>
    <message>
        <source>&amp;Which copy:</source>
        <translation>&amp;Which copy:</translation>
    </message>
    <message>
        <source>Done &amp;by:</source>
        <translation>Done &amp;by:</translation>
    </message>
    <message>
        <source>&amp;Evidence:</source>
        <translation>&amp;Evidence:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
</context>
<context>
    <name>kamae::ui::BackupEventTableModel</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>What / which copy</source>
        <translation>What / which copy</translation>
    </message>
    <message>
        <source>Time taken</source>
        <translation>Time taken</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Notes and evidence</source>
        <translation>Notes and evidence</translation>
    </message>
</context>
<context>
    <name>kamae::ui::BackupJobDialog</name>
    <message>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <source>Edit backup job</source>
        <translation>Edit backup job</translation>
    </message>
    <message>
        <source>New backup job</source>
        <translation>New backup job</translation>
    </message>
    <message>
        <source>e.g. Accounting data to NAS</source>
        <translation>e.g. Accounting data to NAS</translation>
    </message>
    <message>
        <source>Tool or method, e.g. Windows Server Backup</source>
        <translation>Tool or method, e.g. Windows Server Backup</translation>
    </message>
    <message>
        <source>on day </source>
        <translation>on day </translation>
    </message>
    <message>
        <source>Days 29 to 31 mean the last day in shorter months.</source>
        <translation>Days 29 to 31 mean the last day in shorter months.</translation>
    </message>
    <message>
        <source>every </source>
        <translation>every </translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>not stated</translation>
    </message>
    <message>
        <source>e.g. daily for 2 weeks, monthly for 1 year</source>
        <translation>e.g. daily for 2 weeks, monthly for 1 year</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>Media</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Where</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Immutable</source>
        <translation>Immutable</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Add copy</source>
        <translation>Add copy</translation>
    </message>
    <message>
        <source>Remove copy</source>
        <translation>Remove copy</translation>
    </message>
    <message>
        <source>The data itself counts as the first copy. Offline: disconnected from every network when not in use (a USB disk put away, a tape). Immutable: cannot be changed or deleted during its retention, even by an administrator.</source>
        <translation>The data itself counts as the first copy. Offline: disconnected from every network when not in use (a USB disk put away, a tape). Immutable: cannot be changed or deleted during its retention, even by an administrator.</translation>
    </message>
    <message>
        <source>Copies and 3-2-1-1-0</source>
        <translation>Copies and 3-2-1-1-0</translation>
    </message>
    <message>
        <source>Filter assets</source>
        <translation>Filter assets</translation>
    </message>
    <message>
        <source>%1 (importance %2)</source>
        <translation>%1 (importance %2)</translation>
    </message>
    <message>
        <source>Tick the assets whose data this job copies.</source>
        <translation>Tick the assets whose data this job copies.</translation>
    </message>
    <message>
        <source>Protected assets</source>
        <translation>Protected assets</translation>
    </message>
    <message>
        <source>Who sees that the job runs and is tested: a person or a department from the list kept on the Organisation page</source>
        <translation>Who sees that the job runs and is tested: a person or a department from the list kept on the Organisation page</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Tool or &amp;method:</source>
        <translation>Tool or &amp;method:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Owner:</translation>
    </message>
    <message>
        <source>&amp;Started:</source>
        <translation>&amp;Started:</translation>
    </message>
    <message>
        <source>R&amp;uns:</source>
        <translation>R&amp;uns:</translation>
    </message>
    <message>
        <source>&amp;Generations kept:</source>
        <translation>&amp;Generations kept:</translation>
    </message>
    <message>
        <source>&amp;Retention:</source>
        <translation>&amp;Retention:</translation>
    </message>
    <message>
        <source>Restore &amp;test every:</source>
        <translation>Restore &amp;test every:</translation>
    </message>
    <message>
        <source>&amp;Air-gap check every:</source>
        <translation>&amp;Air-gap check every:</translation>
    </message>
    <message>
        <source>Not&amp;es:</source>
        <translation>Not&amp;es:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
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
        <translation>never</translation>
    </message>
    <message numerus="yes">
        <source>%n asset(s)</source>
        <translation>
            <numerusform>%n asset</numerusform>
            <numerusform>%n assets</numerusform>
        </translation>
    </message>
    <message>
        <source> (offline)</source>
        <translation> (offline)</translation>
    </message>
    <message>
        <source> (immutable)</source>
        <translation> (immutable)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Met</translation>
    </message>
    <message>
        <source>Missing: %1</source>
        <translation>Missing: %1</translation>
    </message>
    <message>
        <source>Method: %1</source>
        <translation>Method: %1</translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation>Owner: %1</translation>
    </message>
    <message>
        <source>Next run expected: %1</source>
        <translation>Next run expected: %1</translation>
    </message>
    <message>
        <source>Next restore test due: %1</source>
        <translation>Next restore test due: %1</translation>
    </message>
    <message>
        <source>Next air-gap check due: %1</source>
        <translation>Next air-gap check due: %1</translation>
    </message>
    <message>
        <source>No offline copy: nothing to check.</source>
        <translation>No offline copy: nothing to check.</translation>
    </message>
    <message>
        <source>Backup job</source>
        <translation>Backup job</translation>
    </message>
    <message>
        <source>Protects</source>
        <translation>Protects</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Schedule</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>Copies</translation>
    </message>
    <message>
        <source>3-2-1-1-0</source>
        <translation>3-2-1-1-0</translation>
    </message>
    <message>
        <source>Last run</source>
        <translation>Last run</translation>
    </message>
    <message>
        <source>Restore test</source>
        <translation>Restore test</translation>
    </message>
    <message>
        <source>Air-gap check</source>
        <translation>Air-gap check</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>kamae::ui::BackupsPage</name>
    <message>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>Select a backup job to see how it meets the 3-2-1-1-0 rule.</source>
        <translation>Select a backup job to see how it meets the 3-2-1-1-0 rule.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Next run expected</source>
        <translation>Next run expected</translation>
    </message>
    <message>
        <source>Next restore test due</source>
        <translation>Next restore test due</translation>
    </message>
    <message>
        <source>Next air-gap check due</source>
        <translation>Next air-gap check due</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>Not met — %1</source>
        <translation>Not met — %1</translation>
    </message>
    <message>
        <source>Important assets without backup (%1)</source>
        <translation>Important assets without backup (%1)</translation>
    </message>
    <message>
        <source>Kamae&apos;s own backup job cannot be deleted; it records the copies of this vault.</source>
        <translation>Kamae&apos;s own backup job cannot be deleted; it records the copies of this vault.</translation>
    </message>
    <message>
        <source>Delete backup job</source>
        <translation>Delete backup job</translation>
    </message>
    <message>
        <source>Delete the backup job &quot;%1&quot; and its log of runs, restore tests and air-gap checks? Undo (Ctrl+Z) brings them back.</source>
        <translation>Delete the backup job &quot;%1&quot; and its log of runs, restore tests and air-gap checks? Undo (Ctrl+Z) brings them back.</translation>
    </message>
    <message>
        <source>Delete record</source>
        <translation>Delete record</translation>
    </message>
    <message>
        <source>Delete the record &quot;%1&quot; of %2 from the log? Undo (Ctrl+Z) brings it back.</source>
        <translation>Delete the record &quot;%1&quot; of %2 from the log? Undo (Ctrl+Z) brings it back.</translation>
    </message>
    <message>
        <source>Copy the vault to offline media: choose the drive or folder</source>
        <translation>Copy the vault to offline media: choose the drive or folder</translation>
    </message>
    <message>
        <source>Copy not made</source>
        <translation>Copy not made</translation>
    </message>
    <message>
        <source>Copy made</source>
        <translation>Copy made</translation>
    </message>
    <message>
        <source>Verify a copy of the vault</source>
        <translation>Verify a copy of the vault</translation>
    </message>
    <message>
        <source>Kamae vaults (*.kamae)</source>
        <translation>Kamae vaults (*.kamae)</translation>
    </message>
    <message>
        <source>Copy not checked</source>
        <translation>Copy not checked</translation>
    </message>
    <message>
        <source>Copy verified</source>
        <translation>Copy verified</translation>
    </message>
    <message>
        <source>Copy damaged</source>
        <translation>Copy damaged</translation>
    </message>
    <message>
        <source>Add job</source>
        <translation>Add job</translation>
    </message>
    <message>
        <source>Add a backup job (Insert)</source>
        <translation>Add a backup job (Insert)</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Record run…</source>
        <translation>Record run…</translation>
    </message>
    <message>
        <source>Record restore test…</source>
        <translation>Record restore test…</translation>
    </message>
    <message>
        <source>Record air-gap check…</source>
        <translation>Record air-gap check…</translation>
    </message>
    <message>
        <source>Only for jobs with an offline copy</source>
        <translation>Only for jobs with an offline copy</translation>
    </message>
    <message>
        <source>Copy vault to offline media…</source>
        <translation>Copy vault to offline media…</translation>
    </message>
    <message>
        <source>Writes an encrypted, verified copy of this vault to a drive you choose, and logs it for the &quot;Kamae vault&quot; job</source>
        <translation>Writes an encrypted, verified copy of this vault to a drive you choose, and logs it for the &quot;Kamae vault&quot; job</translation>
    </message>
    <message>
        <source>Verify a copy…</source>
        <translation>Verify a copy…</translation>
    </message>
    <message>
        <source>Opens a copy on a drive completely and logs the result</source>
        <translation>Opens a copy on a drive completely and logs the result</translation>
    </message>
    <message>
        <source>Search jobs (Ctrl+F)</source>
        <translation>Search jobs (Ctrl+F)</translation>
    </message>
    <message>
        <source>Needs attention only</source>
        <translation>Needs attention only</translation>
    </message>
    <message>
        <source>3-2-1-1-0 and due dates</source>
        <translation>3-2-1-1-0 and due dates</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Log</translation>
    </message>
    <message>
        <source>Assets of importance 3 whose data no backup job protects (accounts are left out). Add them to a job, or add a job for them. Double-click opens the asset.</source>
        <translation>Assets of importance 3 whose data no backup job protects (accounts are left out). Add them to a job, or add a job for them. Double-click opens the asset.</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Asset</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Owner department</source>
        <translation>Owner department</translation>
    </message>
    <message numerus="yes">
        <source>%n backup job(s) no longer match the search or filter and are hidden.</source>
        <translation>
            <numerusform>%n backup job no longer matches the search or filter and is hidden.</numerusform>
            <numerusform>%n backup jobs no longer match the search or filter and are hidden.</numerusform>
        </translation>
    </message>
    <message>
        <source>The backups the company makes and how each meets the 3-2-1-1-0 rule, their log of runs, restore tests and air-gap checks, and copies of this vault on offline media.</source>
        <translation>The backups the company makes and how each meets the 3-2-1-1-0 rule, their log of runs, restore tests and air-gap checks, and copies of this vault on offline media.</translation>
    </message>
    <message>
        <source>No backup jobs yet</source>
        <translation>No backup jobs yet</translation>
    </message>
    <message>
        <source>Add each backup the company makes (a NAS copy, a cloud backup, a tape): where the copies go and how often, so that Kamae can remind you of restore tests and air-gap checks.</source>
        <translation>Add each backup the company makes (a NAS copy, a cloud backup, a tape): where the copies go and how often, so that Kamae can remind you of restore tests and air-gap checks.</translation>
    </message>
    <message>
        <source>Add a backup job…</source>
        <translation>Add a backup job…</translation>
    </message>
</context>
<context>
    <name>kamae::ui::BcpBottleneckDialog</name>
    <message>
        <source>Name the resource.</source>
        <translation>Name the resource.</translation>
    </message>
    <message>
        <source>Edit bottleneck resource</source>
        <translation>Edit bottleneck resource</translation>
    </message>
    <message>
        <source>Add bottleneck resource</source>
        <translation>Add bottleneck resource</translation>
    </message>
    <message>
        <source>A resource the core businesses cannot do without (Form 16-2), and what is done about it.</source>
        <translation>A resource the core businesses cannot do without (Form 16-2), and what is done about it.</translation>
    </message>
    <message>
        <source>&amp;Resource:</source>
        <translation>&amp;Resource:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>&amp;Measure:</source>
        <translation>&amp;Measure:</translation>
    </message>
    <message>
        <source>Register &amp;asset:</source>
        <translation>Register &amp;asset:</translation>
    </message>
</context>
<context>
    <name>kamae::ui::BcpBusinessDialog</name>
    <message>
        <source>Name the core business.</source>
        <translation>Name the core business.</translation>
    </message>
    <message>
        <source>Each asset can be linked once.</source>
        <translation>Each asset can be linked once.</translation>
    </message>
    <message>
        <source>Name each supplier and customer, or remove the empty row.</source>
        <translation>Name each supplier and customer, or remove the empty row.</translation>
    </message>
    <message>
        <source>Edit core business</source>
        <translation>Edit core business</translation>
    </message>
    <message>
        <source>Add core business</source>
        <translation>Add core business</translation>
    </message>
    <message>
        <source>A business that must keep going or restart first after an incident (Form 06), what it depends on and how it can carry on without it.</source>
        <translation>A business that must keep going or restart first after an incident (Form 06), what it depends on and how it can carry on without it.</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Assets it depends on</source>
        <translation>Assets it depends on</translation>
    </message>
    <message>
        <source>Suppliers and customers (Forms 15, 17)</source>
        <translation>Suppliers and customers (Forms 15, 17)</translation>
    </message>
    <message>
        <source>Alternatives (Form 08)</source>
        <translation>Alternatives (Form 08)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description:</translation>
    </message>
    <message>
        <source>&amp;Maximum tolerable outage:</source>
        <translation>&amp;Maximum tolerable outage:</translation>
    </message>
    <message>
        <source>Recovery &amp;time objective (RTO):</source>
        <translation>Recovery &amp;time objective (RTO):</translation>
    </message>
    <message>
        <source>Recovery &amp;point objective (RPO):</source>
        <translation>Recovery &amp;point objective (RPO):</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>not stated</translation>
    </message>
    <message>
        <source>In hours. The RTO is how soon the business must run again; the RPO how much recent data it may lose. Kamae checks both against the backups and restore tests of the linked assets.</source>
        <translation>In hours. The RTO is how soon the business must run again; the RPO how much recent data it may lose. Kamae checks both against the backups and restore tests of the linked assets.</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Asset</translation>
    </message>
    <message>
        <source>Role in the business</source>
        <translation>Role in the business</translation>
    </message>
    <message>
        <source>Link asset</source>
        <translation>Link asset</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Supplies or takes</source>
        <translation>Supplies or takes</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Add partner</source>
        <translation>Add partner</translation>
    </message>
    <message>
        <source>Alternative or manual fallback</source>
        <translation>Alternative or manual fallback</translation>
    </message>
    <message>
        <source>Asset it needs</source>
        <translation>Asset it needs</translation>
    </message>
    <message>
        <source>Add alternative</source>
        <translation>Add alternative</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
</context>
<context>
    <name>kamae::ui::BcpChecksPanel</name>
    <message>
        <source>Against the records</source>
        <translation>Against the records</translation>
    </message>
    <message>
        <source>What the plan leaves out</source>
        <translation>What the plan leaves out</translation>
    </message>
    <message>
        <source>The plan is complete, and the backups and restore tests of the assets it depends on meet its recovery targets.</source>
        <translation>The plan is complete, and the backups and restore tests of the assets it depends on meet its recovery targets.</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s) against the records: the backups or restore tests do not support what the plan promises.</source>
        <translation>
            <numerusform>%n finding against the records: the backups or restore tests do not support what the plan promises.</numerusform>
            <numerusform>%n findings against the records: the backups or restore tests do not support what the plan promises.</numerusform>
        </translation>
    </message>
    <message>
        <source>The backups and restore tests support the plan&apos;s targets.</source>
        <translation>The backups and restore tests support the plan&apos;s targets.</translation>
    </message>
    <message numerus="yes">
        <source>%n gap(s) in the plan&apos;s completeness.</source>
        <translation>
            <numerusform>%n gap in the plan&apos;s completeness.</numerusform>
            <numerusform>%n gaps in the plan&apos;s completeness.</numerusform>
        </translation>
    </message>
    <message>
        <source>The plan is complete.</source>
        <translation>The plan is complete.</translation>
    </message>
    <message>
        <source>Open asset</source>
        <translation>Open asset</translation>
    </message>
    <message>
        <source>Open backup job</source>
        <translation>Open backup job</translation>
    </message>
    <message>
        <source>Show in the plan</source>
        <translation>Show in the plan</translation>
    </message>
</context>
<context>
    <name>kamae::ui::BcpContactDialog</name>
    <message>
        <source>Name the contact or the organisation.</source>
        <translation>Name the contact or the organisation.</translation>
    </message>
    <message>
        <source>Edit contact</source>
        <translation>Edit contact</translation>
    </message>
    <message>
        <source>Add contact</source>
        <translation>Add contact</translation>
    </message>
    <message>
        <source>Whom to call in an emergency: key organisations (Form 11) and staff (Form 12).</source>
        <translation>Whom to call in an emergency: key organisations (Form 11) and staff (Form 12).</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>From the &amp;people list:</source>
        <translation>From the &amp;people list:</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>No&amp;tes:</translation>
    </message>
</context>
<context>
    <name>kamae::ui::BcpExerciseDialog</name>
    <message>
        <source>An exercise is recorded once held: the date is not after today.</source>
        <translation>An exercise is recorded once held: the date is not after today.</translation>
    </message>
    <message>
        <source>Edit BCP exercise</source>
        <translation>Edit BCP exercise</translation>
    </message>
    <message>
        <source>Record BCP exercise</source>
        <translation>Record BCP exercise</translation>
    </message>
    <message>
        <source>An exercise held on the plan, what it found and what is to be improved.</source>
        <translation>An exercise held on the plan, what it found and what is to be improved.</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>&amp;Scenario:</source>
        <translation>&amp;Scenario:</translation>
    </message>
    <message>
        <source>&amp;Participants:</source>
        <translation>&amp;Participants:</translation>
    </message>
    <message>
        <source>&amp;Findings:</source>
        <translation>&amp;Findings:</translation>
    </message>
    <message>
        <source>Follow-up &amp;actions:</source>
        <translation>Follow-up &amp;actions:</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Done on</translation>
    </message>
    <message>
        <source>Add action</source>
        <translation>Add action</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
</context>
<context>
    <name>kamae::ui::BcpInsuranceDialog</name>
    <message>
        <source>Name the insurer.</source>
        <translation>Name the insurer.</translation>
    </message>
    <message>
        <source>Edit insurance</source>
        <translation>Edit insurance</translation>
    </message>
    <message>
        <source>Add insurance</source>
        <translation>Add insurance</translation>
    </message>
    <message>
        <source>An insurance policy that pays for damage or lost business (Form 18).</source>
        <translation>An insurance policy that pays for damage or lost business (Form 18).</translation>
    </message>
    <message>
        <source>&amp;Insurer:</source>
        <translation>&amp;Insurer:</translation>
    </message>
    <message>
        <source>&amp;Policy:</source>
        <translation>&amp;Policy:</translation>
    </message>
    <message>
        <source>&amp;Covers:</source>
        <translation>&amp;Covers:</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Amount:</translation>
    </message>
    <message>
        <source>&amp;Renews on:</source>
        <translation>&amp;Renews on:</translation>
    </message>
</context>
<context>
    <name>kamae::ui::BcpInvestmentDialog</name>
    <message>
        <source>Say what the investment is.</source>
        <translation>Say what the investment is.</translation>
    </message>
    <message>
        <source>Edit investment</source>
        <translation>Edit investment</translation>
    </message>
    <message>
        <source>Add investment</source>
        <translation>Add investment</translation>
    </message>
    <message>
        <source>Something bought or done before an incident so that the businesses keep going (Form 09).</source>
        <translation>Something bought or done before an incident so that the businesses keep going (Form 09).</translation>
    </message>
    <message>
        <source>&amp;Investment:</source>
        <translation>&amp;Investment:</translation>
    </message>
    <message>
        <source>&amp;Cost:</source>
        <translation>&amp;Cost:</translation>
    </message>
    <message>
        <source>&amp;Planned for:</source>
        <translation>&amp;Planned for:</translation>
    </message>
    <message>
        <source>D&amp;one on:</source>
        <translation>D&amp;one on:</translation>
    </message>
</context>
<context>
    <name>kamae::ui::BcpPage</name>
    <message>
        <source>Edit %1</source>
        <translation>Edit %1</translation>
    </message>
    <message>
        <source>Fill %1 from template</source>
        <translation>Fill %1 from template</translation>
    </message>
    <message>
        <source>The starting text is in; edit it to fit the company. Undo (Ctrl+Z) brings back what was there.</source>
        <translation>The starting text is in; edit it to fit the company. Undo (Ctrl+Z) brings back what was there.</translation>
    </message>
    <message>
        <source>The plan after the SME Agency&apos;s guideline, checked against the assets, backups and restore tests Kamae keeps.</source>
        <translation>The plan after the SME Agency&apos;s guideline, checked against the assets, backups and restore tests Kamae keeps.</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Checks</translation>
    </message>
    <message>
        <source>Exercises and versions</source>
        <translation>Exercises and versions</translation>
    </message>
    <message>
        <source>No core businesses yet</source>
        <translation>No core businesses yet</translation>
    </message>
    <message>
        <source>List the businesses that must keep going, or restart first, after a disaster or a cyber attack: taking orders, shipping, payroll… Then link the assets each depends on, and Kamae checks its recovery targets against the backups.</source>
        <translation>List the businesses that must keep going, or restart first, after a disaster or a cyber attack: taking orders, shipping, payroll… Then link the assets each depends on, and Kamae checks its recovery targets against the backups.</translation>
    </message>
    <message>
        <source>Add the first core business…</source>
        <translation>Add the first core business…</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scenario</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Findings</translation>
    </message>
    <message>
        <source>Follow-ups done</source>
        <translation>Follow-ups done</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Published</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Approved by</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>BCP exercises: what was practised, what it found and what follows</source>
        <translation>BCP exercises: what was practised, what it found and what follows</translation>
    </message>
    <message>
        <source>Record exercise…</source>
        <translation>Record exercise…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Published versions</source>
        <translation>Published versions</translation>
    </message>
    <message>
        <source>Publish version…</source>
        <translation>Publish version…</translation>
    </message>
    <message>
        <source>Freeze the draft as the next version, with who approved it (Insert)</source>
        <translation>Freeze the draft as the next version, with who approved it (Insert)</translation>
    </message>
    <message>
        <source>Compare with draft</source>
        <translation>Compare with draft</translation>
    </message>
    <message>
        <source>What changed between the selected version and the draft, section by section</source>
        <translation>What changed between the selected version and the draft, section by section</translation>
    </message>
    <message>
        <source>Version %1 is published. Undo (Ctrl+Z) takes it back.</source>
        <translation>Version %1 is published. Undo (Ctrl+Z) takes it back.</translation>
    </message>
    <message>
        <source>The draft is the same as version %1.</source>
        <translation>The draft is the same as version %1.</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Added</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Removed</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Changed</translation>
    </message>
    <message>
        <source>Version %1 (%2) compared with the draft: added in green, removed in red, changed in amber.</source>
        <translation>Version %1 (%2) compared with the draft: added in green, removed in red, changed in amber.</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>Add &quot;%1&quot; to the BCP</source>
        <translation>Add &quot;%1&quot; to the BCP</translation>
    </message>
    <message>
        <source>Edit &quot;%1&quot; in the BCP</source>
        <translation>Edit &quot;%1&quot; in the BCP</translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot; from the BCP</source>
        <translation>Delete &quot;%1&quot; from the BCP</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was deleted. Undo (Ctrl+Z) brings it back.</source>
        <translation>&quot;%1&quot; was deleted. Undo (Ctrl+Z) brings it back.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Core business</source>
        <translation>Core business</translation>
    </message>
    <message>
        <source>Max. tolerable outage</source>
        <translation>Max. tolerable outage</translation>
    </message>
    <message>
        <source>RTO</source>
        <translation>RTO</translation>
    </message>
    <message>
        <source>RPO</source>
        <translation>RPO</translation>
    </message>
    <message>
        <source>Assets</source>
        <translation>Assets</translation>
    </message>
    <message>
        <source>Check status</source>
        <translation>Check status</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Duties</source>
        <translation>Duties</translation>
    </message>
    <message>
        <source>Held by</source>
        <translation>Held by</translation>
    </message>
    <message>
        <source>Deputy</source>
        <translation>Deputy</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Resource</translation>
    </message>
    <message>
        <source>Register asset</source>
        <translation>Register asset</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Measure</translation>
    </message>
    <message>
        <source>Investment</source>
        <translation>Investment</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Cost</translation>
    </message>
    <message>
        <source>Planned for</source>
        <translation>Planned for</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Done on</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Insurer</source>
        <translation>Insurer</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Policy</translation>
    </message>
    <message>
        <source>Covers</source>
        <translation>Covers</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Renews on</source>
        <translation>Renews on</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n finding</numerusform>
            <numerusform>%n findings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n gap(s)</source>
        <translation>
            <numerusform>%n gap</numerusform>
            <numerusform>%n gaps</numerusform>
        </translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>¥%1</source>
        <translation>¥%1</translation>
    </message>
    <message>
        <source>Core businesses (Form 06): the businesses to keep going first, their recovery targets and what they depend on</source>
        <translation>Core businesses (Form 06): the businesses to keep going first, their recovery targets and what they depend on</translation>
    </message>
    <message>
        <source>Add core business…</source>
        <translation>Add core business…</translation>
    </message>
    <message>
        <source>Emergency organisation (Form 03): roles, who holds each and the deputy</source>
        <translation>Emergency organisation (Form 03): roles, who holds each and the deputy</translation>
    </message>
    <message>
        <source>Add role…</source>
        <translation>Add role…</translation>
    </message>
    <message>
        <source>Bottleneck resources (Form 16-2)</source>
        <translation>Bottleneck resources (Form 16-2)</translation>
    </message>
    <message>
        <source>Add resource…</source>
        <translation>Add resource…</translation>
    </message>
    <message>
        <source>Pre-incident investments (Form 09)</source>
        <translation>Pre-incident investments (Form 09)</translation>
    </message>
    <message>
        <source>Add investment…</source>
        <translation>Add investment…</translation>
    </message>
    <message>
        <source>Emergency contacts: organisations (Form 11) and staff (Form 12)</source>
        <translation>Emergency contacts: organisations (Form 11) and staff (Form 12)</translation>
    </message>
    <message>
        <source>Add contact…</source>
        <translation>Add contact…</translation>
    </message>
    <message>
        <source>Insurance (Form 18)</source>
        <translation>Insurance (Form 18)</translation>
    </message>
    <message>
        <source>Add insurance…</source>
        <translation>Add insurance…</translation>
    </message>
    <message>
        <source>Restore as draft…</source>
        <translation>Restore as draft…</translation>
    </message>
    <message>
        <source>Make the selected version the draft again; the draft&apos;s changes can be brought back with Undo</source>
        <translation>Make the selected version the draft again; the draft&apos;s changes can be brought back with Undo</translation>
    </message>
    <message>
        <source>Delete the exercise of %1 (%2)?</source>
        <translation>Delete the exercise of %1 (%2)?</translation>
    </message>
    <message>
        <source>Delete exercise</source>
        <translation>Delete exercise</translation>
    </message>
    <message>
        <source>Replace the draft with version %1? What the draft says now is replaced.</source>
        <translation>Replace the draft with version %1? What the draft says now is replaced.</translation>
    </message>
    <message>
        <source>Restore version</source>
        <translation>Restore version</translation>
    </message>
    <message>
        <source>The draft is already the same as version %1.</source>
        <translation>The draft is already the same as version %1.</translation>
    </message>
    <message>
        <source>Restore version %1 of the BCP</source>
        <translation>Restore version %1 of the BCP</translation>
    </message>
    <message>
        <source>The draft is version %1 again. Undo (Ctrl+Z) brings back what it said.</source>
        <translation>The draft is version %1 again. Undo (Ctrl+Z) brings back what it said.</translation>
    </message>
    <message>
        <source>Delete from the BCP</source>
        <translation>Delete from the BCP</translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot; from the BCP?</source>
        <translation>Delete &quot;%1&quot; from the BCP?</translation>
    </message>
    <message>
        <source>Forms 02 and 04: the basic policy and the employee card</source>
        <translation>Forms 02 and 04: the basic policy and the employee card</translation>
    </message>
    <message>
        <source>Form 06, with 08, 15 and 17</source>
        <translation>Form 06, with 08, 15 and 17</translation>
    </message>
    <message>
        <source>Form 03</source>
        <translation>Form 03</translation>
    </message>
    <message>
        <source>Forms 16-2 and 09</source>
        <translation>Forms 16-2 and 09</translation>
    </message>
    <message>
        <source>Forms 11, 12 and 18</source>
        <translation>Forms 11, 12 and 18</translation>
    </message>
    <message>
        <source>The plan checked against the assets, backups and restore tests</source>
        <translation>The plan checked against the assets, backups and restore tests</translation>
    </message>
    <message>
        <source>Exercises held, and the published versions</source>
        <translation>Exercises held, and the published versions</translation>
    </message>
    <message>
        <source>Plan</source>
        <comment>tab, with form numbers in ja</comment>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Core businesses</source>
        <comment>tab, with form numbers in ja</comment>
        <translation>Core businesses</translation>
    </message>
    <message>
        <source>Organisation</source>
        <comment>tab, with form numbers in ja</comment>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Resources</source>
        <comment>tab, with form numbers in ja</comment>
        <translation>Resources</translation>
    </message>
    <message>
        <source>Contacts</source>
        <comment>tab, with form numbers in ja</comment>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Change the language of the BCP</source>
        <translation>Change the language of the BCP</translation>
    </message>
    <message>
        <source>Print (PDF)</source>
        <translation>Print (PDF)</translation>
    </message>
    <message>
        <source>The plan on A4, in the plan&apos;s language, to print or to file</source>
        <translation>The plan on A4, in the plan&apos;s language, to print or to file</translation>
    </message>
    <message>
        <source>Whole plan (binder)…</source>
        <translation>Whole plan (binder)…</translation>
    </message>
    <message>
        <source>Employee emergency cards…</source>
        <translation>Employee emergency cards…</translation>
    </message>
    <message>
        <source>Call tree…</source>
        <translation>Call tree…</translation>
    </message>
    <message>
        <source>Business Continuity Strengthening Plan draft…</source>
        <translation>Business Continuity Strengthening Plan draft…</translation>
    </message>
    <message>
        <source>Print version…</source>
        <translation>Print version…</translation>
    </message>
    <message>
        <source>The selected version as it was published, on A4 (PDF)</source>
        <translation>The selected version as it was published, on A4 (PDF)</translation>
    </message>
    <message>
        <source>Save the BCP as PDF</source>
        <translation>Save the BCP as PDF</translation>
    </message>
</context>
<context>
    <name>kamae::ui::BcpPlanPanel</name>
    <message>
        <source>&amp;Language of the plan:</source>
        <translation>&amp;Language of the plan:</translation>
    </message>
    <message>
        <source>Its templates and printouts are in this language.</source>
        <translation>Its templates and printouts are in this language.</translation>
    </message>
</context>
<context>
    <name>kamae::ui::BcpPublishDialog</name>
    <message>
        <source>Choose who approved the plan.</source>
        <translation>Choose who approved the plan.</translation>
    </message>
    <message>
        <source>Publish version</source>
        <translation>Publish version</translation>
    </message>
    <message>
        <source>Freezes the draft as version %1, dated today. The draft stays editable; later versions can be compared with it.</source>
        <translation>Freezes the draft as version %1, dated today. The draft stays editable; later versions can be compared with it.</translation>
    </message>
    <message>
        <source>&amp;Approved by:</source>
        <translation>&amp;Approved by:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Publish</translation>
    </message>
</context>
<context>
    <name>kamae::ui::BcpRoleDialog</name>
    <message>
        <source>Name the role.</source>
        <translation>Name the role.</translation>
    </message>
    <message>
        <source>The deputy is someone other than the holder.</source>
        <translation>The deputy is someone other than the holder.</translation>
    </message>
    <message>
        <source>Edit role</source>
        <translation>Edit role</translation>
    </message>
    <message>
        <source>Add role</source>
        <translation>Add role</translation>
    </message>
    <message>
        <source>A role of the emergency organisation (Form 03), who holds it and who stands in.</source>
        <translation>A role of the emergency organisation (Form 03), who holds it and who stands in.</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <source>&amp;Duties:</source>
        <translation>&amp;Duties:</translation>
    </message>
    <message>
        <source>&amp;Held by:</source>
        <translation>&amp;Held by:</translation>
    </message>
    <message>
        <source>D&amp;eputy:</source>
        <translation>D&amp;eputy:</translation>
    </message>
</context>
<context>
    <name>kamae::ui::BcpSectionEditor</name>
    <message>
        <source>Heading</source>
        <translation>Heading</translation>
    </message>
    <message>
        <source>Make the paragraph a heading, or a heading a paragraph again</source>
        <translation>Make the paragraph a heading, or a heading a paragraph again</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>Bold</translation>
    </message>
    <message>
        <source>Bold (Ctrl+B)</source>
        <translation>Bold (Ctrl+B)</translation>
    </message>
    <message>
        <source>• List</source>
        <translation>• List</translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation>Bulleted list</translation>
    </message>
    <message>
        <source>1. List</source>
        <translation>1. List</translation>
    </message>
    <message>
        <source>Numbered list</source>
        <translation>Numbered list</translation>
    </message>
    <message>
        <source>Fill from template</source>
        <translation>Fill from template</translation>
    </message>
    <message>
        <source>Replace the text with Kamae&apos;s starting text in the window&apos;s language; Undo (Ctrl+Z) brings yours back</source>
        <translation>Replace the text with Kamae&apos;s starting text in the window&apos;s language; Undo (Ctrl+Z) brings yours back</translation>
    </message>
</context>
<context>
    <name>kamae::ui::BcpUndoText</name>
    <message>
        <source>Record BCP exercise of %1</source>
        <translation>Record BCP exercise of %1</translation>
    </message>
    <message>
        <source>Delete BCP exercise of %1</source>
        <translation>Delete BCP exercise of %1</translation>
    </message>
    <message>
        <source>Edit BCP exercise of %1</source>
        <translation>Edit BCP exercise of %1</translation>
    </message>
    <message>
        <source>Publish BCP version</source>
        <translation>Publish BCP version</translation>
    </message>
</context>
<context>
    <name>kamae::ui::CampaignDialog</name>
    <message>
        <source>Edit phishing drill</source>
        <translation>Edit phishing drill</translation>
    </message>
    <message>
        <source>Add phishing drill</source>
        <translation>Add phishing drill</translation>
    </message>
    <message>
        <source>A drill held without GoPhish, or one whose results you keep elsewhere. To bring in GoPhish&apos;s results, use Import instead.</source>
        <translation>A drill held without GoPhish, or one whose results you keep elsewhere. To bring in GoPhish&apos;s results, use Import instead.</translation>
    </message>
    <message>
        <source>e.g. Invoice mail, October</source>
        <translation>e.g. Invoice mail, October</translation>
    </message>
    <message>
        <source>What the mail pretended to be, e.g. an unpaid invoice</source>
        <translation>What the mail pretended to be, e.g. an unpaid invoice</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Date held:</source>
        <translation>&amp;Date held:</translation>
    </message>
    <message>
        <source>&amp;Scenario:</source>
        <translation>&amp;Scenario:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otes:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
</context>
<context>
    <name>kamae::ui::CampaignTableModel</name>
    <message>
        <source>Drill</source>
        <translation>Drill</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Click rate</source>
        <translation>Click rate</translation>
    </message>
    <message>
        <source>Report rate</source>
        <translation>Report rate</translation>
    </message>
    <message>
        <source>Median time to report</source>
        <translation>Median time to report</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Recipients</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scenario</translation>
    </message>
    <message numerus="yes">
        <source>%n delivered</source>
        <translation>
            <numerusform>%n delivered</numerusform>
            <numerusform>%n delivered</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n delivered mail(s) clicked</source>
        <translation>
            <numerusform>%1 of %n delivered mail clicked</numerusform>
            <numerusform>%1 of %n delivered mails clicked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n delivered mail(s) reported</source>
        <translation>
            <numerusform>%1 of %n delivered mail reported</numerusform>
            <numerusform>%1 of %n delivered mails reported</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kamae::ui::ChangePassphraseDialog</name>
    <message>
        <source>The current passphrase is not correct.</source>
        <translation>The current passphrase is not correct.</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>Change passphrase</translation>
    </message>
    <message>
        <source>The new passphrase replaces the old one at once. The recovery code keeps working.</source>
        <translation>The new passphrase replaces the old one at once. The recovery code keeps working.</translation>
    </message>
    <message>
        <source>You unlocked the vault with the recovery code. Set a new passphrase now, so that you do not need the code next time.</source>
        <translation>You unlocked the vault with the recovery code. Set a new passphrase now, so that you do not need the code next time.</translation>
    </message>
    <message>
        <source>&amp;Current passphrase:</source>
        <translation>&amp;Current passphrase:</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>&amp;New passphrase:</translation>
    </message>
    <message>
        <source>Enter the current passphrase.</source>
        <translation>Enter the current passphrase.</translation>
    </message>
</context>
<context>
    <name>kamae::ui::CourseDialog</name>
    <message>
        <source>Edit course</source>
        <translation>Edit course</translation>
    </message>
    <message>
        <source>New course</source>
        <translation>New course</translation>
    </message>
    <message>
        <source>e.g. Spotting phishing mail</source>
        <translation>e.g. Spotting phishing mail</translation>
    </message>
    <message>
        <source>once is enough</source>
        <translation>once is enough</translation>
    </message>
    <message>
        <source>every </source>
        <translation>every </translation>
    </message>
    <message>
        <source> months</source>
        <translation> months</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>no deadline</source>
        <translation>no deadline</translation>
    </message>
    <message>
        <source> days after joining</source>
        <translation> days after joining</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>To&amp;pic:</source>
        <translation>To&amp;pic:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>&amp;Renewal:</source>
        <translation>&amp;Renewal:</translation>
    </message>
    <message>
        <source>How often people must take it again; a completion counts until then.</source>
        <translation>How often people must take it again; a completion counts until then.</translation>
    </message>
    <message>
        <source>Re&amp;quired of:</source>
        <translation>Re&amp;quired of:</translation>
    </message>
    <message>
        <source>&amp;Names:</source>
        <translation>&amp;Names:</translation>
    </message>
    <message>
        <source>&amp;Onboarding deadline:</source>
        <translation>&amp;Onboarding deadline:</translation>
    </message>
    <message>
        <source>New joiners are due, not overdue, until this many days after they join.</source>
        <translation>New joiners are due, not overdue, until this many days after they join.</translation>
    </message>
    <message>
        <source>Not&amp;es:</source>
        <translation>Not&amp;es:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Another department</source>
        <translation>Another department</translation>
    </message>
    <message>
        <source>Another role</source>
        <translation>Another role</translation>
    </message>
</context>
<context>
    <name>kamae::ui::CourseTableModel</name>
    <message>
        <source>Course</source>
        <translation>Course</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Required of</source>
        <translation>Required of</translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation>Renewal</translation>
    </message>
    <message>
        <source>Onboarding deadline</source>
        <translation>Onboarding deadline</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Last session</source>
        <translation>Last session</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Coverage</translation>
    </message>
    <message>
        <source>%1
A starter course from Kamae&apos;s catalogue; edit it as you need.</source>
        <translation>%1
A starter course from Kamae&apos;s catalogue; edit it as you need.</translation>
    </message>
</context>
<context>
    <name>kamae::ui::CoverageModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>%1
Coverage: %2 (%3 of %4 required done), %5 overdue</source>
        <translation>%1
Coverage: %2 (%3 of %4 required done), %5 overdue</translation>
    </message>
</context>
<context>
    <name>kamae::ui::CoveragePanel</name>
    <message>
        <source>As of %1</source>
        <translation>As of %1</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>All departments</translation>
    </message>
    <message>
        <source>(no department)</source>
        <translation>(no department)</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>&amp;Department:</translation>
    </message>
    <message>
        <source>Search people (Ctrl+F)</source>
        <translation>Search people (Ctrl+F)</translation>
    </message>
    <message>
        <source>The course is not required of this person.</source>
        <translation>The course is not required of this person.</translation>
    </message>
    <message>
        <source>Point at a cell of the table for its dates.</source>
        <translation>Point at a cell of the table for its dates.</translation>
    </message>
    <message>
        <source>By course (people shown)</source>
        <translation>By course (people shown)</translation>
    </message>
    <message>
        <source>By department</source>
        <translation>By department</translation>
    </message>
</context>
<context>
    <name>kamae::ui::CoverageSummaryModel</name>
    <message>
        <source>Course</source>
        <translation>Course</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Required</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>Due soon</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Coverage</translation>
    </message>
    <message>
        <source>(no department)</source>
        <translation>(no department)</translation>
    </message>
    <message>
        <source>Done ÷ (done + overdue): people still before their deadline are not counted yet.</source>
        <translation>Done ÷ (done + overdue): people still before their deadline are not counted yet.</translation>
    </message>
</context>
<context>
    <name>kamae::ui::CreateVaultDialog</name>
    <message>
        <source>Where to keep the vault</source>
        <translation>Where to keep the vault</translation>
    </message>
    <message>
        <source>Kamae data files (*.kamae)</source>
        <translation>Kamae data files (*.kamae)</translation>
    </message>
    <message>
        <source>Enter the organisation&apos;s name.</source>
        <translation>Enter the organisation&apos;s name.</translation>
    </message>
    <message>
        <source>Choose where to keep the vault file.</source>
        <translation>Choose where to keep the vault file.</translation>
    </message>
    <message>
        <source>Creating the vault. Deriving the key takes a moment on purpose…</source>
        <translation>Creating the vault. Deriving the key takes a moment on purpose…</translation>
    </message>
    <message>
        <source>New vault</source>
        <translation>New vault</translation>
    </message>
    <message>
        <source>Kamae keeps all of one organisation&apos;s security records in one encrypted file. Choose a passphrase you will remember: without it, only the recovery code shown next can open the file.</source>
        <translation>Kamae keeps all of one organisation&apos;s security records in one encrypted file. Choose a passphrase you will remember: without it, only the recovery code shown next can open the file.</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>e.g. Example Trading Co., Ltd.</source>
        <translation>e.g. Example Trading Co., Ltd.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>Create vault</source>
        <translation>Create vault</translation>
    </message>
</context>
<context>
    <name>kamae::ui::DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>%1 of %2 points</source>
        <translation>%1 of %2 points</translation>
    </message>
    <message>
        <source>Score over time</source>
        <translation>Score over time</translation>
    </message>
    <message>
        <source>Posture score</source>
        <translation>Posture score</translation>
    </message>
    <message>
        <source>The trend starts with today&apos;s score.</source>
        <translation>The trend starts with today&apos;s score.</translation>
    </message>
    <message>
        <source>By kind of measure (%)</source>
        <translation>By kind of measure (%)</translation>
    </message>
    <message>
        <source>Next actions — the most points for the least work</source>
        <translation>Next actions — the most points for the least work</translation>
    </message>
    <message>
        <source>How the score is made</source>
        <translation>How the score is made</translation>
    </message>
    <message>
        <source>All factors. Click a bar to see one measure; double-click a row to open its page.</source>
        <translation>All factors. Click a bar to see one measure; double-click a row to open its page.</translation>
    </message>
    <message>
        <source>Showing “%1”. &lt;a href=&quot;all&quot;&gt;Show all factors&lt;/a&gt;</source>
        <translation>Showing “%1”. &lt;a href=&quot;all&quot;&gt;Show all factors&lt;/a&gt;</translation>
    </message>
    <message>
        <source>%1 of %2 points: %3 on records, %4 self-declared</source>
        <translation>%1 of %2 points: %3 on records, %4 self-declared</translation>
    </message>
    <message>
        <source>Assign owner</source>
        <translation>Assign owner</translation>
    </message>
    <message>
        <source>(the record&apos;s owner: %1)</source>
        <translation>(the record&apos;s owner: %1)</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Assign</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>Owner:</translation>
    </message>
    <message>
        <source>Assign owner…</source>
        <translation>Assign owner…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 †</source>
        <translation>%1 †</translation>
    </message>
    <message>
        <source>By measure (%) · † includes self-declared points</source>
        <translation>By measure (%) · † includes self-declared points</translation>
    </message>
</context>
<context>
    <name>kamae::ui::DepartmentRateTableModel</name>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Click rate</source>
        <translation>Click rate</translation>
    </message>
    <message>
        <source>Report rate</source>
        <translation>Report rate</translation>
    </message>
    <message>
        <source>Data entry rate</source>
        <translation>Data entry rate</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Recipients</translation>
    </message>
    <message>
        <source>No department</source>
        <translation>No department</translation>
    </message>
    <message>
        <source>People without a department, and results not matched to the people list</source>
        <translation>People without a department, and results not matched to the people list</translation>
    </message>
</context>
<context>
    <name>kamae::ui::DiscardGuard</name>
    <message>
        <source>Discard changes?</source>
        <translation>Discard changes?</translation>
    </message>
    <message>
        <source>You changed something in this window. Close it and discard the changes?</source>
        <translation>You changed something in this window. Close it and discard the changes?</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Discard changes</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Keep editing</translation>
    </message>
</context>
<context>
    <name>kamae::ui::DrillCommandText</name>
    <message>
        <source>Edit phishing drill %1</source>
        <translation>Edit phishing drill %1</translation>
    </message>
    <message>
        <source>Add phishing drill %1</source>
        <translation>Add phishing drill %1</translation>
    </message>
    <message>
        <source>Delete phishing drill %1</source>
        <translation>Delete phishing drill %1</translation>
    </message>
    <message>
        <source>Import phishing drill %1</source>
        <translation>Import phishing drill %1</translation>
    </message>
    <message numerus="yes">
        <source>Assign follow-up course to %n person(s)</source>
        <translation>
            <numerusform>Assign follow-up course to %n person</numerusform>
            <numerusform>Assign follow-up course to %n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Link %n drill result(s) to the people list</source>
        <translation>
            <numerusform>Link %n drill result to the people list</numerusform>
            <numerusform>Link %n drill results to the people list</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kamae::ui::DrillImportDialog</name>
    <message>
        <source>GoPhish results export</source>
        <translation>GoPhish results export</translation>
    </message>
    <message>
        <source>GoPhish events export</source>
        <translation>GoPhish events export</translation>
    </message>
    <message>
        <source>Import a phishing drill from GoPhish</source>
        <translation>Import a phishing drill from GoPhish</translation>
    </message>
    <message>
        <source>In GoPhish, open the campaign&apos;s results and choose Export CSV → Results. The events export (Export CSV → Raw Events) of the same campaign is optional: it gives the exact times of opening, clicking and reporting. Rows are matched to the people list by e-mail address.</source>
        <translation>In GoPhish, open the campaign&apos;s results and choose Export CSV → Results. The events export (Export CSV → Raw Events) of the same campaign is optional: it gives the exact times of opening, clicking and reporting. Rows are matched to the people list by e-mail address.</translation>
    </message>
    <message>
        <source>&amp;Results export:</source>
        <translation>&amp;Results export:</translation>
    </message>
    <message>
        <source>&amp;Events export (optional):</source>
        <translation>&amp;Events export (optional):</translation>
    </message>
    <message>
        <source>En&amp;coding:</source>
        <translation>En&amp;coding:</translation>
    </message>
    <message>
        <source>Drill &amp;name:</source>
        <translation>Drill &amp;name:</translation>
    </message>
    <message>
        <source>&amp;Date held:</source>
        <translation>&amp;Date held:</translation>
    </message>
    <message>
        <source>&amp;Scenario:</source>
        <translation>&amp;Scenario:</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Automatic (UTF-8 or Shift_JIS)</source>
        <translation>Automatic (UTF-8 or Shift_JIS)</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>Shift_JIS (Japanese Excel)</source>
        <translation>Shift_JIS (Japanese Excel)</translation>
    </message>
    <message>
        <source>Not needed; gives exact times</source>
        <translation>Not needed; gives exact times</translation>
    </message>
    <message>
        <source>What the mail pretended to be, e.g. an unpaid invoice</source>
        <translation>What the mail pretended to be, e.g. an unpaid invoice</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Why it cannot be imported</source>
        <translation>Why it cannot be imported</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV files (*.csv);;All files (*)</translation>
    </message>
    <message>
        <source>Choose GoPhish&apos;s results export to see what will be imported.</source>
        <translation>Choose GoPhish&apos;s results export to see what will be imported.</translation>
    </message>
    <message>
        <source>Nothing can be imported from this file.</source>
        <translation>Nothing can be imported from this file.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) will be imported: %1 matched to the people list, %2 not.</source>
        <translation>
            <numerusform>%n row will be imported: %1 matched to the people list, %2 not.</numerusform>
            <numerusform>%n rows will be imported: %1 matched to the people list, %2 not.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mail(s) were not delivered.</source>
        <translation>
            <numerusform>%n mail were not delivered.</numerusform>
            <numerusform>%n mails were not delivered.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) cannot be imported (listed below).</source>
        <translation>
            <numerusform>%n row cannot be imported (listed below).</numerusform>
            <numerusform>%n rows cannot be imported (listed below).</numerusform>
        </translation>
    </message>
    <message>
        <source>The file has no row that can be imported.</source>
        <translation>The file has no row that can be imported.</translation>
    </message>
    <message>
        <source>Not in the people list (imported without a person)</source>
        <translation>Not in the people list (imported without a person)</translation>
    </message>
    <message>
        <source>Rows that cannot be imported</source>
        <translation>Rows that cannot be imported</translation>
    </message>
    <message>
        <source>Choose GoPhish&apos;s results export.</source>
        <translation>Choose GoPhish&apos;s results export.</translation>
    </message>
    <message>
        <source>Replace the drill&apos;s results?</source>
        <translation>Replace the drill&apos;s results?</translation>
    </message>
    <message>
        <source>The drill “%1” of %2 was imported from GoPhish before. Replace its results with this file&apos;s? Its notes are kept.</source>
        <translation>The drill “%1” of %2 was imported from GoPhish before. Replace its results with this file&apos;s? Its notes are kept.</translation>
    </message>
</context>
<context>
    <name>kamae::ui::DrillResultTableModel</name>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Delivered</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Opened</translation>
    </message>
    <message>
        <source>Clicked</source>
        <translation>Clicked</translation>
    </message>
    <message>
        <source>Entered data</source>
        <translation>Entered data</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Reported</translation>
    </message>
    <message>
        <source>Time to report</source>
        <translation>Time to report</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Not in the people list</source>
        <translation>Not in the people list</translation>
    </message>
    <message>
        <source>%1: no entry of the people list has this address. Add it to someone&apos;s entry, then link the unmatched results.</source>
        <translation>%1: no entry of the people list has this address. Add it to someone&apos;s entry, then link the unmatched results.</translation>
    </message>
</context>
<context>
    <name>kamae::ui::DrillsText</name>
    <message>
        <source>Results of “%1”</source>
        <translation>Results of “%1”</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Results</translation>
    </message>
    <message>
        <source>Click rate</source>
        <translation>Click rate</translation>
    </message>
    <message>
        <source>Report rate</source>
        <translation>Report rate</translation>
    </message>
    <message>
        <source>Import from GoPhish…</source>
        <translation>Import from GoPhish…</translation>
    </message>
    <message>
        <source>Add drill…</source>
        <translation>Add drill…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Assign follow-up course…</source>
        <translation>Assign follow-up course…</translation>
    </message>
    <message>
        <source>Link unmatched results</source>
        <translation>Link unmatched results</translation>
    </message>
    <message>
        <source>Import GoPhish&apos;s results export (Export CSV → Results)</source>
        <translation>Import GoPhish&apos;s results export (Export CSV → Results)</translation>
    </message>
    <message>
        <source>A drill held without GoPhish</source>
        <translation>A drill held without GoPhish</translation>
    </message>
    <message>
        <source>For the people who clicked in two or more drills</source>
        <translation>For the people who clicked in two or more drills</translation>
    </message>
    <message>
        <source>Links the results no entry matched to the entries that now have their e-mail addresses</source>
        <translation>Links the results no entry matched to the entries that now have their e-mail addresses</translation>
    </message>
    <message>
        <source>Phishing drills</source>
        <translation>Phishing drills</translation>
    </message>
    <message>
        <source>By department</source>
        <translation>By department</translation>
    </message>
    <message>
        <source>Drop GoPhish&apos;s results export (CSV) here to import it.</source>
        <translation>Drop GoPhish&apos;s results export (CSV) here to import it.</translation>
    </message>
    <message>
        <source>Click and report rates over the drills</source>
        <translation>Click and report rates over the drills</translation>
    </message>
    <message>
        <source>No drills yet. Import one from GoPhish or add one to see the trend.</source>
        <translation>No drills yet. Import one from GoPhish or add one to see the trend.</translation>
    </message>
    <message>
        <source>The drill was not imported.</source>
        <translation>The drill was not imported.</translation>
    </message>
    <message>
        <source>Delete phishing drill</source>
        <translation>Delete phishing drill</translation>
    </message>
    <message numerus="yes">
        <source>Delete the drill “%1” with its %n result(s)? You can undo this.</source>
        <translation>
            <numerusform>Delete the drill “%1” with its %n result? You can undo this.</numerusform>
            <numerusform>Delete the drill “%1” with its %n results? You can undo this.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>Assign follow-up course</source>
        <translation>Assign follow-up course</translation>
    </message>
    <message numerus="yes">
        <source>These %n people clicked in two or more drills. Assign them the phishing follow-up course, due in %1 days?</source>
        <translation>
            <numerusform>These %n people clicked in two or more drills. Assign them the phishing follow-up course, due in %1 days?</numerusform>
            <numerusform>These %n people clicked in two or more drills. Assign them the phishing follow-up course, due in %1 days?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The follow-up course was assigned to %n person(s).</source>
        <translation>
            <numerusform>The follow-up course was assigned to %n person.</numerusform>
            <numerusform>The follow-up course was assigned to %n people.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n drill result(s) linked to the people list by e-mail address.</source>
        <translation>
            <numerusform>%n drill result linked to the people list by e-mail address.</numerusform>
            <numerusform>%n drill results linked to the people list by e-mail address.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 d %2 h</translation>
    </message>
</context>
<context>
    <name>kamae::ui::EmptyState</name>
    <message>
        <source>No rows match the search and filters.</source>
        <translation>No rows match the search and filters.</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Clear filters</translation>
    </message>
</context>
<context>
    <name>kamae::ui::FactorTableModel</name>
    <message>
        <source>n/a</source>
        <translation>n/a</translation>
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
        <translation>Not counted: nothing to measure yet.</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Measure</translation>
    </message>
    <message>
        <source>Factor</source>
        <translation>Factor</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Lost</translation>
    </message>
    <message>
        <source>Measured from</source>
        <translation>Measured from</translation>
    </message>
    <message>
        <source>%1 To measure it: %2</source>
        <translation>%1 To measure it: %2</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Basis</translation>
    </message>
    <message>
        <source>Not counted (%1)</source>
        <translation>Not counted (%1)</translation>
    </message>
</context>
<context>
    <name>kamae::ui::FeedsPanel</name>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt;: version %2, released %3, %n entry(ies) stored, imported %4</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;: version %2, released %3, %n entry stored, imported %4</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;: version %2, released %3, %n entries stored, imported %4</numerusform>
        </translation>
    </message>
    <message>
        <source>No feed imported yet.</source>
        <translation>No feed imported yet.</translation>
    </message>
    <message>
        <source>Vulnerability feeds</source>
        <translation>Vulnerability feeds</translation>
    </message>
    <message>
        <source>Kamae never goes online. Download the CISA KEV catalogue (JSON, from cisa.gov) or a JVN iPedia JVNRSS file (from jvndb.jvn.jp) on any computer, bring the file here and import it. A newer KEV catalogue replaces the old one; JVN files add up.</source>
        <translation>Kamae never goes online. Download the CISA KEV catalogue (JSON, from cisa.gov) or a JVN iPedia JVNRSS file (from jvndb.jvn.jp) on any computer, bring the file here and import it. A newer KEV catalogue replaces the old one; JVN files add up.</translation>
    </message>
    <message>
        <source>Import feed file…</source>
        <translation>Import feed file…</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Reading the file…</translation>
    </message>
    <message>
        <source>Product name aliases</source>
        <translation>Product name aliases</translation>
    </message>
    <message>
        <source>Feeds and your register may name a product differently. Each row says: what the feed calls vendor and product is what the register calls them. Double-click a cell to edit.</source>
        <translation>Feeds and your register may name a product differently. Each row says: what the feed calls vendor and product is what the register calls them. Double-click a cell to edit.</translation>
    </message>
    <message>
        <source>Add alias</source>
        <translation>Add alias</translation>
    </message>
    <message>
        <source>Remove alias</source>
        <translation>Remove alias</translation>
    </message>
    <message>
        <source>Import a vulnerability feed</source>
        <translation>Import a vulnerability feed</translation>
    </message>
    <message>
        <source>Vulnerability feeds (*.json *.xml *.rdf *.rss);;All files (*)</source>
        <translation>Vulnerability feeds (*.json *.xml *.rdf *.rss);;All files (*)</translation>
    </message>
    <message>
        <source>%1 was not imported: %2</source>
        <translation>%1 was not imported: %2</translation>
    </message>
    <message>
        <source>%1 has no entries; nothing was imported.</source>
        <translation>%1 has no entries; nothing was imported.</translation>
    </message>
    <message>
        <source>Product in the feed</source>
        <translation>Product in the feed</translation>
    </message>
    <message>
        <source>Product in the register</source>
        <translation>Product in the register</translation>
    </message>
</context>
<context>
    <name>kamae::ui::FormDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>kamae::ui::GettingStartedPanel</name>
    <message>
        <source>Getting started</source>
        <translation>Getting started</translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation>%1 of %2 done</translation>
    </message>
    <message>
        <source>Hide this list</source>
        <translation>Hide this list</translation>
    </message>
    <message>
        <source>Hides the list for this vault; the next actions still lead to what is left.</source>
        <translation>Hides the list for this vault; the next actions still lead to what is left.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Not done yet</source>
        <translation>Not done yet</translation>
    </message>
</context>
<context>
    <name>kamae::ui::ImportDialog</name>
    <message>
        <source>Detect automatically</source>
        <translation>Detect automatically</translation>
    </message>
    <message>
        <source>Shift_JIS (Japanese Excel)</source>
        <translation>Shift_JIS (Japanese Excel)</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>&amp;Sheet:</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Encoding:</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Column in the file</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>First value</translation>
    </message>
    <message>
        <source>Kamae field</source>
        <translation>Kamae field</translation>
    </message>
    <message>
        <source>1. Which column is which</source>
        <translation>1. Which column is which</translation>
    </message>
    <message>
        <source>2. What the first rows become</source>
        <translation>2. What the first rows become</translation>
    </message>
    <message>
        <source>3. Rows that cannot be imported</source>
        <translation>3. Rows that cannot be imported</translation>
    </message>
    <message>
        <source>(ignore)</source>
        <translation>(ignore)</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Line %1: %2</translation>
    </message>
    <message>
        <source>Not imported (no field chosen): %1</source>
        <translation>Not imported (no field chosen): %1</translation>
    </message>
</context>
<context>
    <name>kamae::ui::IncidentDetailPanel</name>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Select an incident to see its details.</source>
        <translation>Select an incident to see its details.</translation>
    </message>
    <message>
        <source>drill</source>
        <translation>drill</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 (no longer in the playbook)</source>
        <translation>%1 (no longer in the playbook)</translation>
    </message>
    <message>
        <source>Detected:</source>
        <translation>Detected:</translation>
    </message>
    <message>
        <source>Occurred:</source>
        <translation>Occurred:</translation>
    </message>
    <message>
        <source>Aware:</source>
        <translation>Aware:</translation>
    </message>
    <message>
        <source>Reported:</source>
        <translation>Reported:</translation>
    </message>
    <message>
        <source>Contained:</source>
        <translation>Contained:</translation>
    </message>
    <message>
        <source>Resolved:</source>
        <translation>Resolved:</translation>
    </message>
    <message>
        <source>Found by:</source>
        <translation>Found by:</translation>
    </message>
    <message>
        <source>Affected assets:</source>
        <translation>Affected assets:</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n persons</numerusform>
        </translation>
    </message>
    <message>
        <source>sensitive</source>
        <translation>sensitive</translation>
    </message>
    <message>
        <source>risk of financial harm</source>
        <translation>risk of financial harm</translation>
    </message>
    <message>
        <source>suspected malice</source>
        <translation>suspected malice</translation>
    </message>
    <message>
        <source>Personal data:</source>
        <translation>Personal data:</translation>
    </message>
    <message>
        <source>Legal clock (Personal Information Protection Commission)</source>
        <translation>Legal clock (Personal Information Protection Commission)</translation>
    </message>
    <message>
        <source>made on %1</source>
        <translation>made on %1</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n day overdue</numerusform>
            <numerusform>%n days overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>%n day left</numerusform>
            <numerusform>%n days left</numerusform>
        </translation>
    </message>
    <message>
        <source>A drill: no legal clock.</source>
        <translation>A drill: no legal clock.</translation>
    </message>
    <message>
        <source>No report is due: no sensitive data, no risk of financial harm, no suspected malice, and not more than 1,000 people.</source>
        <translation>No report is due: no sensitive data, no risk of financial harm, no suspected malice, and not more than 1,000 people.</translation>
    </message>
    <message>
        <source>A report is due because of: %1.</source>
        <translation>A report is due because of: %1.</translation>
    </message>
    <message>
        <source>Day 1 (aware): %1</source>
        <translation>Day 1 (aware): %1</translation>
    </message>
    <message>
        <source>Preliminary report (速報): by %1 (at the latest %2)</source>
        <translation>Preliminary report (速報): by %1 (at the latest %2)</translation>
    </message>
    <message>
        <source>Final report (確報): by %1 (day %2)</source>
        <translation>Final report (確報): by %1 (day %2)</translation>
    </message>
    <message>
        <source>People concerned: %1</source>
        <translation>People concerned: %1</translation>
    </message>
    <message>
        <source>notified on %1</source>
        <translation>notified on %1</translation>
    </message>
    <message>
        <source>not yet notified</source>
        <translation>not yet notified</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Cause</translation>
    </message>
    <message>
        <source>Lessons learned</source>
        <translation>Lessons learned</translation>
    </message>
    <message>
        <source>Edit details…</source>
        <translation>Edit details…</translation>
    </message>
    <message>
        <source>Close incident…</source>
        <translation>Close incident…</translation>
    </message>
    <message>
        <source>Partner notice…</source>
        <translation>Partner notice…</translation>
    </message>
    <message>
        <source>Whom to tell, and a message to start from</source>
        <translation>Whom to tell, and a message to start from</translation>
    </message>
    <message>
        <source>Record decision: no ransom paid</source>
        <translation>Record decision: no ransom paid</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>Playbook</source>
        <translation>Playbook</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Follow-ups</translation>
    </message>
    <message>
        <source>Ticked &amp;by:</source>
        <translation>Ticked &amp;by:</translation>
    </message>
    <message>
        <source>What was seen, done, decided and whom you contacted</source>
        <translation>What was seen, done, decided and whom you contacted</translation>
    </message>
    <message>
        <source>What is done so that it does not happen again</source>
        <translation>What is done so that it does not happen again</translation>
    </message>
    <message>
        <source>Add entry…</source>
        <translation>Add entry…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Add action…</source>
        <translation>Add action…</translation>
    </message>
</context>
<context>
    <name>kamae::ui::IncidentDetailsDialog</name>
    <message>
        <source>Incident details</source>
        <translation>Incident details</translation>
    </message>
    <message>
        <source>The times say when the legal clock starts (aware, else detected); the personal data whether a report to the Commission is due.</source>
        <translation>The times say when the legal clock starts (aware, else detected); the personal data whether a report to the Commission is due.</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>D&amp;rill:</source>
        <translation>D&amp;rill:</translation>
    </message>
    <message>
        <source>&amp;Found by:</source>
        <translation>&amp;Found by:</translation>
    </message>
    <message>
        <source>&amp;Occurred:</source>
        <translation>&amp;Occurred:</translation>
    </message>
    <message>
        <source>&amp;Detected:</source>
        <translation>&amp;Detected:</translation>
    </message>
    <message>
        <source>&amp;Aware:</source>
        <translation>&amp;Aware:</translation>
    </message>
    <message>
        <source>Re&amp;ported:</source>
        <translation>Re&amp;ported:</translation>
    </message>
    <message>
        <source>&amp;Contained:</source>
        <translation>&amp;Contained:</translation>
    </message>
    <message>
        <source>R&amp;esolved:</source>
        <translation>R&amp;esolved:</translation>
    </message>
    <message>
        <source>Affected a&amp;ssets:</source>
        <translation>Affected a&amp;ssets:</translation>
    </message>
    <message>
        <source>Personal &amp;data:</source>
        <translation>Personal &amp;data:</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>not known</translation>
    </message>
    <message>
        <source>&amp;Number of people:</source>
        <translation>&amp;Number of people:</translation>
    </message>
    <message>
        <source>Sensiti&amp;ve (要配慮):</source>
        <translation>Sensiti&amp;ve (要配慮):</translation>
    </message>
    <message>
        <source>Risk of &amp;financial harm:</source>
        <translation>Risk of &amp;financial harm:</translation>
    </message>
    <message>
        <source>Suspected &amp;malice:</source>
        <translation>Suspected &amp;malice:</translation>
    </message>
    <message>
        <source>Ca&amp;use:</source>
        <translation>Ca&amp;use:</translation>
    </message>
    <message>
        <source>&amp;Lessons learned:</source>
        <translation>&amp;Lessons learned:</translation>
    </message>
</context>
<context>
    <name>kamae::ui::IncidentEntryDialogs</name>
    <message>
        <source>New incident</source>
        <translation>New incident</translation>
    </message>
    <message>
        <source>Edit incident</source>
        <translation>Edit incident</translation>
    </message>
    <message>
        <source>Record what happened as soon as you know: the rest (times, assets, personal data, the timeline) can follow. Keep the machine powered on and off the network.</source>
        <translation>Record what happened as soon as you know: the rest (times, assets, personal data, the timeline) can follow. Keep the machine powered on and off the network.</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>&amp;Detected:</source>
        <translation>&amp;Detected:</translation>
    </message>
    <message>
        <source>&amp;Found by:</source>
        <translation>&amp;Found by:</translation>
    </message>
    <message>
        <source>D&amp;rill (an exercise, no legal clock):</source>
        <translation>D&amp;rill (an exercise, no legal clock):</translation>
    </message>
    <message>
        <source>Add contact</source>
        <translation>Add contact</translation>
    </message>
    <message>
        <source>Edit contact</source>
        <translation>Edit contact</translation>
    </message>
    <message>
        <source>Whom to call in an incident, what for and when. Write the number you checked yourself, and the day you checked it.</source>
        <translation>Whom to call in an incident, what for and when. Write the number you checked yourself, and the day you checked it.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>&amp;Purpose:</translation>
    </message>
    <message>
        <source>&amp;When to call:</source>
        <translation>&amp;When to call:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>P&amp;hone:</translation>
    </message>
    <message>
        <source>E-mail or &amp;URL:</source>
        <translation>E-mail or &amp;URL:</translation>
    </message>
    <message>
        <source>&amp;Official page:</source>
        <translation>&amp;Official page:</translation>
    </message>
    <message>
        <source>&amp;Region or industry:</source>
        <translation>&amp;Region or industry:</translation>
    </message>
    <message>
        <source>Own re&amp;sponder:</source>
        <translation>Own re&amp;sponder:</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>No&amp;tes:</translation>
    </message>
    <message>
        <source>&amp;Checked on:</source>
        <translation>&amp;Checked on:</translation>
    </message>
    <message>
        <source>Checked today</source>
        <translation>Checked today</translation>
    </message>
    <message>
        <source>Add partner to inform</source>
        <translation>Add partner to inform</translation>
    </message>
    <message>
        <source>Edit partner to inform</source>
        <translation>Edit partner to inform</translation>
    </message>
    <message>
        <source>A business partner or overseas site to tell when an incident may reach them (Emotet spreads through partners&apos; mail).</source>
        <translation>A business partner or overseas site to tell when an incident may reach them (Emotet spreads through partners&apos; mail).</translation>
    </message>
    <message>
        <source>&amp;Partner:</source>
        <translation>&amp;Partner:</translation>
    </message>
    <message>
        <source>&amp;Who there:</source>
        <translation>&amp;Who there:</translation>
    </message>
    <message>
        <source>&amp;How:</source>
        <translation>&amp;How:</translation>
    </message>
    <message>
        <source>&amp;Number or address:</source>
        <translation>&amp;Number or address:</translation>
    </message>
    <message>
        <source>Inform of:</source>
        <translation>Inform of:</translation>
    </message>
    <message>
        <source>O&amp;verseas site:</source>
        <translation>O&amp;verseas site:</translation>
    </message>
    <message>
        <source>Name the partner.</source>
        <translation>Name the partner.</translation>
    </message>
    <message>
        <source>Add timeline entry</source>
        <translation>Add timeline entry</translation>
    </message>
    <message>
        <source>Edit timeline entry</source>
        <translation>Edit timeline entry</translation>
    </message>
    <message>
        <source>What was seen, done, decided or whom you contacted, and when. A tag marks what the legal clock reads (the reports made).</source>
        <translation>What was seen, done, decided or whom you contacted, and when. A tag marks what the legal clock reads (the reports made).</translation>
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation>&amp;Time:</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>&amp;What:</translation>
    </message>
    <message>
        <source>T&amp;ag:</source>
        <translation>T&amp;ag:</translation>
    </message>
    <message>
        <source>Say what happened, or pick a tag.</source>
        <translation>Say what happened, or pick a tag.</translation>
    </message>
    <message>
        <source>Add follow-up action</source>
        <translation>Add follow-up action</translation>
    </message>
    <message>
        <source>Edit follow-up action</source>
        <translation>Edit follow-up action</translation>
    </message>
    <message>
        <source>Something to do so that it does not happen again.</source>
        <translation>Something to do so that it does not happen again.</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Action:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Owner:</translation>
    </message>
    <message>
        <source>D&amp;ue:</source>
        <translation>D&amp;ue:</translation>
    </message>
    <message>
        <source>Say what is to be done.</source>
        <translation>Say what is to be done.</translation>
    </message>
    <message>
        <source>Add step</source>
        <translation>Add step</translation>
    </message>
    <message>
        <source>Edit step</source>
        <translation>Edit step</translation>
    </message>
    <message>
        <source>One step of the playbook, as the person on duty reads it.</source>
        <translation>One step of the playbook, as the person on duty reads it.</translation>
    </message>
    <message>
        <source>&amp;Step:</source>
        <translation>&amp;Step:</translation>
    </message>
    <message>
        <source>Say what the step is.</source>
        <translation>Say what the step is.</translation>
    </message>
    <message>
        <source>Wh&amp;o:</source>
        <translation>Wh&amp;o:</translation>
    </message>
    <message>
        <source>Do&amp;ne:</source>
        <translation>Do&amp;ne:</translation>
    </message>
</context>
<context>
    <name>kamae::ui::IncidentNoticeDialog</name>
    <message>
        <source>Copied</source>
        <translation>Copied</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Partner notice</source>
        <translation>Partner notice</translation>
    </message>
    <message>
        <source>No partner on the Partners tab is to be told of this kind of incident. Here is a message for all the same; list the partners to tell on the Partners tab.</source>
        <translation>No partner on the Partners tab is to be told of this kind of incident. Here is a message for all the same; list the partners to tell on the Partners tab.</translation>
    </message>
    <message numerus="yes">
        <source>%n partner(s) to tell of this kind of incident. Pick one for a message addressed to them, or the first line for one to all; adapt it, copy it and send it the way the partner asked (phone, mail or portal).</source>
        <translation>
            <numerusform>%n partner to tell of this kind of incident. Pick one for a message addressed to them, or the first line for one to all; adapt it, copy it and send it the way the partner asked (phone, mail or portal).</numerusform>
            <numerusform>%n partners to tell of this kind of incident. Pick one for a message addressed to them, or the first line for one to all; adapt it, copy it and send it the way the partner asked (phone, mail or portal).</numerusform>
        </translation>
    </message>
    <message>
        <source>All partners (one message)</source>
        <translation>All partners (one message)</translation>
    </message>
    <message>
        <source>Message &amp;language:</source>
        <translation>Message &amp;language:</translation>
    </message>
</context>
<context>
    <name>kamae::ui::IncidentPlaybookPanel</name>
    <message>
        <source>(not adopted)</source>
        <translation>(not adopted)</translation>
    </message>
    <message>
        <source>The company&apos;s playbook: the incident log&apos;s checklist for this kind. Edit it to fit; Reset brings back Kamae&apos;s steps.</source>
        <translation>The company&apos;s playbook: the incident log&apos;s checklist for this kind. Edit it to fit; Reset brings back Kamae&apos;s steps.</translation>
    </message>
    <message>
        <source>Kamae&apos;s steps (from METI&apos;s and IPA&apos;s advice). Adopt them as they are, or edit them: either makes them the company&apos;s.</source>
        <translation>Kamae&apos;s steps (from METI&apos;s and IPA&apos;s advice). Adopt them as they are, or edit them: either makes them the company&apos;s.</translation>
    </message>
    <message>
        <source>Adopt Kamae&apos;s steps</source>
        <translation>Adopt Kamae&apos;s steps</translation>
    </message>
    <message>
        <source>Add step…</source>
        <translation>Add step…</translation>
    </message>
    <message>
        <source>Edit step…</source>
        <translation>Edit step…</translation>
    </message>
    <message>
        <source>Remove step</source>
        <translation>Remove step</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Move up</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Move down</translation>
    </message>
    <message>
        <source>Reset to Kamae&apos;s steps</source>
        <translation>Reset to Kamae&apos;s steps</translation>
    </message>
</context>
<context>
    <name>kamae::ui::IncidentsPage</name>
    <message>
        <source>What happened and what was done, the legal clock for personal data, whom to call and whom to tell, and the first steps for each kind of incident.</source>
        <translation>What happened and what was done, the legal clock for personal data, whom to call and whom to tell, and the first steps for each kind of incident.</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partners</translation>
    </message>
    <message>
        <source>Playbooks</source>
        <translation>Playbooks</translation>
    </message>
    <message>
        <source>No incident recorded</source>
        <translation>No incident recorded</translation>
    </message>
    <message>
        <source>When something happens (a strange e-mail opened, files encrypted, a lost laptop), record it here at once: Kamae shows the playbook&apos;s first steps and, if personal data is involved, the deadlines of the reports to the Commission. A drill can be recorded the same way.</source>
        <translation>When something happens (a strange e-mail opened, files encrypted, a lost laptop), record it here at once: Kamae shows the playbook&apos;s first steps and, if personal data is involved, the deadlines of the reports to the Commission. A drill can be recorded the same way.</translation>
    </message>
    <message>
        <source>Record an incident…</source>
        <translation>Record an incident…</translation>
    </message>
    <message>
        <source>Search incidents</source>
        <translation>Search incidents</translation>
    </message>
    <message>
        <source>Add &quot;%1&quot;</source>
        <translation>Add &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Edit &quot;%1&quot;</source>
        <translation>Edit &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot;?</source>
        <translation>Delete &quot;%1&quot;?</translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot;</source>
        <translation>Delete &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Address or page</source>
        <translation>Address or page</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Checked</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Needs</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Who there</source>
        <translation>Who there</translation>
    </message>
    <message>
        <source>How</source>
        <translation>How</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Inform of</source>
        <translation>Inform of</translation>
    </message>
    <message>
        <source>Overseas</source>
        <translation>Overseas</translation>
    </message>
    <message>
        <source>Add playbook step</source>
        <translation>Add playbook step</translation>
    </message>
    <message>
        <source>Edit playbook step</source>
        <translation>Edit playbook step</translation>
    </message>
    <message>
        <source>Remove playbook step</source>
        <translation>Remove playbook step</translation>
    </message>
    <message>
        <source>Move playbook step</source>
        <translation>Move playbook step</translation>
    </message>
    <message>
        <source>Reset playbook</source>
        <translation>Reset playbook</translation>
    </message>
    <message>
        <source>Replace the company&apos;s steps for this kind with Kamae&apos;s? Steps you wrote go; ticks in past incidents keep their text.</source>
        <translation>Replace the company&apos;s steps for this kind with Kamae&apos;s? Steps you wrote go; ticks in past incidents keep their text.</translation>
    </message>
    <message>
        <source>Reset playbook to Kamae&apos;s steps</source>
        <translation>Reset playbook to Kamae&apos;s steps</translation>
    </message>
    <message>
        <source>Adopt playbook: %1</source>
        <translation>Adopt playbook: %1</translation>
    </message>
    <message>
        <source>The directory already holds every entry Kamae ships.</source>
        <translation>The directory already holds every entry Kamae ships.</translation>
    </message>
    <message>
        <source>Add Kamae&apos;s contacts to the directory</source>
        <translation>Add Kamae&apos;s contacts to the directory</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) added. Fill in the numbers you checked, and the prefecture for the police.</source>
        <translation>
            <numerusform>%n entry(ies) added. Fill in the numbers you checked, and the prefecture for the police.</numerusform>
            <numerusform>%n entry(ies) added. Fill in the numbers you checked, and the prefecture for the police.</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore &quot;%1&quot;</source>
        <translation>Restore &quot;%1&quot;</translation>
    </message>
    <message>
        <source>A number, address or page</source>
        <translation>A number, address or page</translation>
    </message>
    <message>
        <source>Never checked</source>
        <translation>Never checked</translation>
    </message>
    <message>
        <source>Not checked in 12 months</source>
        <translation>Not checked in 12 months</translation>
    </message>
    <message>
        <source>Every kind of contact the score asks for is listed and checked within 12 months.</source>
        <translation>Every kind of contact the score asks for is listed and checked within 12 months.</translation>
    </message>
    <message>
        <source>Not yet listed, reachable and checked within 12 months: %1.</source>
        <translation>Not yet listed, reachable and checked within 12 months: %1.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>The incident log, newest first</source>
        <translation>The incident log, newest first</translation>
    </message>
    <message>
        <source>New incident…</source>
        <translation>New incident…</translation>
    </message>
    <message>
        <source>Edit details…</source>
        <translation>Edit details…</translation>
    </message>
    <message>
        <source>Whom to call: the public desks, the experts and your own responders</source>
        <translation>Whom to call: the public desks, the experts and your own responders</translation>
    </message>
    <message>
        <source>Add contact…</source>
        <translation>Add contact…</translation>
    </message>
    <message>
        <source>Business partners and overseas sites to tell when an incident may reach them</source>
        <translation>Business partners and overseas sites to tell when an incident may reach them</translation>
    </message>
    <message>
        <source>Add partner…</source>
        <translation>Add partner…</translation>
    </message>
    <message>
        <source>Restore Kamae&apos;s entry</source>
        <translation>Restore Kamae&apos;s entry</translation>
    </message>
    <message>
        <source>Kamae&apos;s texts and address for this entry, as shipped</source>
        <translation>Kamae&apos;s texts and address for this entry, as shipped</translation>
    </message>
    <message>
        <source>Add Kamae&apos;s entries</source>
        <translation>Add Kamae&apos;s entries</translation>
    </message>
    <message>
        <source>IPA, JPCERT/CC, the police, the ministry, the Commission, the Otasuketai provider and the insurer</source>
        <translation>IPA, JPCERT/CC, the police, the ministry, the Commission, the Otasuketai provider and the insurer</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Detected</source>
        <translation>Detected</translation>
    </message>
    <message>
        <source>Legal clock</source>
        <translation>Legal clock</translation>
    </message>
    <message>
        <source>Add timeline entry</source>
        <translation>Add timeline entry</translation>
    </message>
    <message>
        <source>Edit timeline entry</source>
        <translation>Edit timeline entry</translation>
    </message>
    <message>
        <source>Delete timeline entry</source>
        <translation>Delete timeline entry</translation>
    </message>
    <message>
        <source>Add follow-up action</source>
        <translation>Add follow-up action</translation>
    </message>
    <message>
        <source>Edit follow-up action</source>
        <translation>Edit follow-up action</translation>
    </message>
    <message>
        <source>Delete follow-up action</source>
        <translation>Delete follow-up action</translation>
    </message>
    <message>
        <source>Drill</source>
        <translation>Drill</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n day overdue</numerusform>
            <numerusform>%n days overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>%n day left</numerusform>
            <numerusform>%n days left</numerusform>
        </translation>
    </message>
    <message>
        <source>Preliminary report by %1 (%2)</source>
        <translation>Preliminary report by %1 (%2)</translation>
    </message>
    <message>
        <source>Final report by %1 (%2)</source>
        <translation>Final report by %1 (%2)</translation>
    </message>
    <message>
        <source>Reports made</source>
        <translation>Reports made</translation>
    </message>
    <message>
        <source>Record incident &quot;%1&quot;</source>
        <translation>Record incident &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Recorded. Work through the playbook&apos;s first steps and note what you do in the timeline.</source>
        <translation>Recorded. Work through the playbook&apos;s first steps and note what you do in the timeline.</translation>
    </message>
    <message>
        <source>Edit incident &quot;%1&quot;</source>
        <translation>Edit incident &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Delete incident</source>
        <translation>Delete incident</translation>
    </message>
    <message>
        <source>Delete the incident &quot;%1&quot; with its timeline, follow-ups and ticks?</source>
        <translation>Delete the incident &quot;%1&quot; with its timeline, follow-ups and ticks?</translation>
    </message>
    <message>
        <source>Delete incident &quot;%1&quot;</source>
        <translation>Delete incident &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was deleted. Undo (Ctrl+Z) brings it back.</source>
        <translation>&quot;%1&quot; was deleted. Undo (Ctrl+Z) brings it back.</translation>
    </message>
    <message>
        <source>Close incident</source>
        <translation>Close incident</translation>
    </message>
    <message>
        <source>What did you learn, and what will you change? (You can leave it empty and add it later; the score counts an incident as reviewed once its lessons are recorded.)</source>
        <translation>What did you learn, and what will you change? (You can leave it empty and add it later; the score counts an incident as reviewed once its lessons are recorded.)</translation>
    </message>
    <message>
        <source>Close incident &quot;%1&quot;</source>
        <translation>Close incident &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Closed without lessons learned. Record them when you can: they are what the next incident gains.</source>
        <translation>Closed without lessons learned. Record them when you can: they are what the next incident gains.</translation>
    </message>
    <message>
        <source>Closed. Undo (Ctrl+Z) opens it again.</source>
        <translation>Closed. Undo (Ctrl+Z) opens it again.</translation>
    </message>
    <message>
        <source>The decision not to pay is already in the timeline.</source>
        <translation>The decision not to pay is already in the timeline.</translation>
    </message>
    <message>
        <source>Decided not to pay any ransom and not to contact the attacker.</source>
        <translation>Decided not to pay any ransom and not to contact the attacker.</translation>
    </message>
    <message>
        <source>Record decision: no ransom paid</source>
        <translation>Record decision: no ransom paid</translation>
    </message>
    <message>
        <source>Tick playbook step</source>
        <translation>Tick playbook step</translation>
    </message>
    <message>
        <source>Untick playbook step</source>
        <translation>Untick playbook step</translation>
    </message>
    <message>
        <source>Deleted. Undo (Ctrl+Z) brings it back.</source>
        <translation>Deleted. Undo (Ctrl+Z) brings it back.</translation>
    </message>
    <message>
        <source>Print (PDF)</source>
        <translation>Print (PDF)</translation>
    </message>
    <message>
        <source>The incident report, or the incident card with the first steps and the numbers to call, on A4</source>
        <translation>The incident report, or the incident card with the first steps and the numbers to call, on A4</translation>
    </message>
    <message>
        <source>Incident report…</source>
        <translation>Incident report…</translation>
    </message>
    <message>
        <source>The selected incident, for the police, the insurer or a business partner</source>
        <translation>The selected incident, for the police, the insurer or a business partner</translation>
    </message>
    <message>
        <source>Incident card (A4)…</source>
        <translation>Incident card (A4)…</translation>
    </message>
    <message>
        <source>Wallet cards…</source>
        <translation>Wallet cards…</translation>
    </message>
    <message>
        <source>Select the incident to report on in the log.</source>
        <translation>Select the incident to report on in the log.</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Save as PDF</translation>
    </message>
</context>
<context>
    <name>kamae::ui::LockedPage</name>
    <message>
        <source>Kamae is locked</source>
        <translation>Kamae is locked</translation>
    </message>
    <message>
        <source>&amp;Unlock…</source>
        <translation>&amp;Unlock…</translation>
    </message>
    <message>
        <source>&amp;Close vault</source>
        <translation>&amp;Close vault</translation>
    </message>
    <message>
        <source>The latest changes are not saved yet: %1
They are kept in memory and Kamae keeps trying. Unlock to keep working, or fix the cause.</source>
        <translation>The latest changes are not saved yet: %1
They are kept in memory and Kamae keeps trying. Unlock to keep working, or fix the cause.</translation>
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
        <translation>Open vault</translation>
    </message>
    <message>
        <source>Kamae data files (*.kamae);;Backup copies (*.kamae.bak *.bak);;All files (*)</source>
        <translation>Kamae data files (*.kamae);;Backup copies (*.kamae.bak *.bak);;All files (*)</translation>
    </message>
    <message>
        <source>The data was upgraded for this version. The file as it was is kept as %1.</source>
        <translation>The data was upgraded for this version. The file as it was is kept as %1.</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>Could not save</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>Close without saving</translation>
    </message>
    <message>
        <source>Keep it open</source>
        <translation>Keep it open</translation>
    </message>
    <message>
        <source>The passphrase was changed.</source>
        <translation>The passphrase was changed.</translation>
    </message>
    <message>
        <source>New recovery code</source>
        <translation>New recovery code</translation>
    </message>
    <message>
        <source>Kamae will issue a new recovery code. The old one stops working at once, so destroy the old sheet afterwards. Continue?</source>
        <translation>Kamae will issue a new recovery code. The old one stops working at once, so destroy the old sheet afterwards. Continue?</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Undo: %1</source>
        <translation>&amp;Undo: %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>&amp;Redo: %1</source>
        <translation>&amp;Redo: %1</translation>
    </message>
    <message>
        <source>About Kamae</source>
        <translation>About Kamae</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Kamae %1&lt;/h3&gt;&lt;p&gt;Your company&apos;s security posture in one encrypted file, for small and medium enterprises. Built on the measures of the Japanese government&apos;s alert on strengthening cybersecurity.&lt;/p&gt;&lt;p&gt;Works fully offline. Your data never leaves this computer.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Kamae %1&lt;/h3&gt;&lt;p&gt;Your company&apos;s security posture in one encrypted file, for small and medium enterprises. Built on the measures of the Japanese government&apos;s alert on strengthening cybersecurity.&lt;/p&gt;&lt;p&gt;Works fully offline. Your data never leaves this computer.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;New vault…</source>
        <translation>&amp;New vault…</translation>
    </message>
    <message>
        <source>&amp;Open vault…</source>
        <translation>&amp;Open vault…</translation>
    </message>
    <message>
        <source>&amp;Save now</source>
        <translation>&amp;Save now</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Lock</translation>
    </message>
    <message>
        <source>&amp;Close vault</source>
        <translation>&amp;Close vault</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About Kamae</source>
        <translation>&amp;About Kamae</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Main toolbar</translation>
    </message>
    <message>
        <source>Lock Kamae now (Ctrl+L): the data is wiped from memory</source>
        <translation>Lock Kamae now (Ctrl+L): the data is wiped from memory</translation>
    </message>
    <message>
        <source>Open the demo company</source>
        <translation>Open the demo company</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;User guide</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Open the &amp;demo company</source>
        <translation>Open the &amp;demo company</translation>
    </message>
    <message>
        <source>Opens a made-up company with a year of records, to look around (passphrase: %1)</source>
        <translation>Opens a made-up company with a year of records, to look around (passphrase: %1)</translation>
    </message>
</context>
<context>
    <name>kamae::ui::MessageBar</name>
    <message>
        <source>Close this message</source>
        <translation>Close this message</translation>
    </message>
</context>
<context>
    <name>kamae::ui::ModulePage</name>
    <message numerus="yes">
        <source>%n row(s) you changed no longer match the search or filters and are hidden.</source>
        <translation>
            <numerusform>%n row you changed no longer matches the search or filters and is hidden.</numerusform>
            <numerusform>%n rows you changed no longer match the search or filters and are hidden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <source>%1 cannot be imported here. This page imports %2 files.</source>
        <translation>%1 cannot be imported here. This page imports %2 files.</translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>You can undo this with Edit → Undo.</source>
        <translation>You can undo this with Edit → Undo.</translation>
    </message>
</context>
<context>
    <name>kamae::ui::NewPassphrase</name>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Repeat:</translation>
    </message>
    <message>
        <source>The passphrase needs at least %1 characters.</source>
        <translation>The passphrase needs at least %1 characters.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>The two passphrases differ.</translation>
    </message>
</context>
<context>
    <name>kamae::ui::OrganisationEditCommand</name>
    <message>
        <source>Edit organisation profile</source>
        <translation>Edit organisation profile</translation>
    </message>
</context>
<context>
    <name>kamae::ui::OrganisationPage</name>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Manufacturing</source>
        <translation>Manufacturing</translation>
    </message>
    <message>
        <source>Construction</source>
        <translation>Construction</translation>
    </message>
    <message>
        <source>Wholesale</source>
        <translation>Wholesale</translation>
    </message>
    <message>
        <source>Retail</source>
        <translation>Retail</translation>
    </message>
    <message>
        <source>Information and communications</source>
        <translation>Information and communications</translation>
    </message>
    <message>
        <source>Transport and logistics</source>
        <translation>Transport and logistics</translation>
    </message>
    <message>
        <source>Medical and welfare</source>
        <translation>Medical and welfare</translation>
    </message>
    <message>
        <source>Accommodation and food service</source>
        <translation>Accommodation and food service</translation>
    </message>
    <message>
        <source>Real estate</source>
        <translation>Real estate</translation>
    </message>
    <message>
        <source>Finance and insurance</source>
        <translation>Finance and insurance</translation>
    </message>
    <message>
        <source>Professional and technical services</source>
        <translation>Professional and technical services</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Education</translation>
    </message>
    <message>
        <source>Other services</source>
        <translation>Other services</translation>
    </message>
    <message>
        <source>The organisation needs a name; the previous name was kept.</source>
        <translation>The organisation needs a name; the previous name was kept.</translation>
    </message>
    <message numerus="yes">
        <source>%n site(s)</source>
        <translation>
            <numerusform>%n site</numerusform>
            <numerusform>%n sites</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overseas</source>
        <translation>
            <numerusform>%n overseas</numerusform>
            <numerusform>%n overseas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n employee(s)</source>
        <translation>
            <numerusform>%n employee</numerusform>
            <numerusform>%n employees</numerusform>
        </translation>
    </message>
    <message>
        <source>New site</source>
        <translation>New site</translation>
    </message>
    <message>
        <source>Remove sites</source>
        <translation>Remove sites</translation>
    </message>
    <message>
        <source>Remove %1? You can undo this with Edit → Undo.</source>
        <translation>Remove %1? You can undo this with Edit → Undo.</translation>
    </message>
    <message>
        <source>Organisation profile</source>
        <translation>Organisation profile</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Industry:</source>
        <translation>&amp;Industry:</translation>
    </message>
    <message>
        <source>&amp;Employees:</source>
        <translation>&amp;Employees:</translation>
    </message>
    <message>
        <source>&amp;SECURITY ACTION:</source>
        <translation>&amp;SECURITY ACTION:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otes:</translation>
    </message>
    <message>
        <source>Not declared</source>
        <translation>Not declared</translation>
    </message>
    <message>
        <source>★ One star (five basic pledges)</source>
        <translation>★ One star (five basic pledges)</translation>
    </message>
    <message>
        <source>★★ Two stars (self-check and basic policy)</source>
        <translation>★★ Two stars (self-check and basic policy)</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Sites</translation>
    </message>
    <message>
        <source>List every office, factory and warehouse, and mark overseas ones: the METI alert asks that overseas sites get the same measures as domestic ones.</source>
        <translation>List every office, factory and warehouse, and mark overseas ones: the METI alert asks that overseas sites get the same measures as domestic ones.</translation>
    </message>
    <message>
        <source>&amp;Add site</source>
        <translation>&amp;Add site</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Remove…</translation>
    </message>
</context>
<context>
    <name>kamae::ui::OwnerCombo</name>
    <message>
        <source>(not assigned)</source>
        <translation>(not assigned)</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>left</source>
        <translation>left</translation>
    </message>
    <message>
        <source>“%1” is not in the list of people and departments. Choose an entry of the list, or add it on the Organisation page first.</source>
        <translation>“%1” is not in the list of people and departments. Choose an entry of the list, or add it on the Organisation page first.</translation>
    </message>
</context>
<context>
    <name>kamae::ui::PassphraseField</name>
    <message>
        <source>Hide</source>
        <translation>Hide</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>Show or hide the passphrase</source>
        <translation>Show or hide the passphrase</translation>
    </message>
    <message>
        <source>Weak passphrase</source>
        <translation>Weak passphrase</translation>
    </message>
    <message>
        <source>%1

Use this passphrase anyway?</source>
        <translation>%1

Use this passphrase anyway?</translation>
    </message>
</context>
<context>
    <name>kamae::ui::PatchCells</name>
    <message>
        <source>Exploited, ransomware</source>
        <translation>Exploited, ransomware</translation>
    </message>
    <message>
        <source>Exploited</source>
        <translation>Exploited</translation>
    </message>
</context>
<context>
    <name>kamae::ui::PatchCommands</name>
    <message numerus="yes">
        <source>Dismiss %n proposal(s)</source>
        <translation>
            <numerusform>Dismiss %n proposal</numerusform>
            <numerusform>Dismiss %n proposals</numerusform>
        </translation>
    </message>
    <message>
        <source>Add alias</source>
        <translation>Add alias</translation>
    </message>
    <message>
        <source>Remove alias</source>
        <translation>Remove alias</translation>
    </message>
    <message>
        <source>Edit alias</source>
        <translation>Edit alias</translation>
    </message>
</context>
<context>
    <name>kamae::ui::PatchEditorDialog</name>
    <message>
        <source>Edit patch item</source>
        <translation>Edit patch item</translation>
    </message>
    <message>
        <source>New patch item</source>
        <translation>New patch item</translation>
    </message>
    <message>
        <source>e.g. 7.0.14, or the monthly update</source>
        <translation>e.g. 7.0.14, or the monthly update</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>Set the due date from the found date and the policy in Settings.</source>
        <translation>Set the due date from the found date and the policy in Settings.</translation>
    </message>
    <message>
        <source>Why is it acceptable not to apply this update for now? What reduces the risk meanwhile?</source>
        <translation>Why is it acceptable not to apply this update for now? What reduces the risk meanwhile?</translation>
    </message>
    <message>
        <source>What needs updating</source>
        <translation>What needs updating</translation>
    </message>
    <message>
        <source>How urgent</source>
        <translation>How urgent</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>The due date is before the date it was found.</source>
        <translation>The due date is before the date it was found.</translation>
    </message>
    <message>
        <source>(the asset&apos;s owner)</source>
        <translation>(the asset&apos;s owner)</translation>
    </message>
    <message>
        <source>Who applies this update: a person or a department from the list kept on the Organisation page. Left empty, the asset&apos;s owner answers for it.</source>
        <translation>Who applies this update: a person or a department from the list kept on the Organisation page. Left empty, the asset&apos;s owner answers for it.</translation>
    </message>
    <message>
        <source>&amp;Known to be exploited (listed in KEV)</source>
        <translation>&amp;Known to be exploited (listed in KEV)</translation>
    </message>
    <message>
        <source>Used in ransomware ca&amp;mpaigns</source>
        <translation>Used in ransomware ca&amp;mpaigns</translation>
    </message>
    <message>
        <source>&amp;By policy</source>
        <translation>&amp;By policy</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>&amp;Asset</source>
        <translation>&amp;Asset</translation>
    </message>
    <message>
        <source>&amp;Product</source>
        <translation>&amp;Product</translation>
    </message>
    <message>
        <source>&amp;Installed version</source>
        <translation>&amp;Installed version</translation>
    </message>
    <message>
        <source>&amp;Update that fixes it</source>
        <translation>&amp;Update that fixes it</translation>
    </message>
    <message>
        <source>&amp;CVE ids</source>
        <translation>&amp;CVE ids</translation>
    </message>
    <message>
        <source>&amp;JVN ids</source>
        <translation>&amp;JVN ids</translation>
    </message>
    <message>
        <source>&amp;Owner</source>
        <translation>&amp;Owner</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <source>CVSS &amp;score</source>
        <translation>CVSS &amp;score</translation>
    </message>
    <message>
        <source>Se&amp;verity</source>
        <translation>Se&amp;verity</translation>
    </message>
    <message>
        <source>&amp;Found</source>
        <translation>&amp;Found</translation>
    </message>
    <message>
        <source>&amp;Due</source>
        <translation>&amp;Due</translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation>S&amp;tatus</translation>
    </message>
    <message>
        <source>App&amp;lied on</source>
        <translation>App&amp;lied on</translation>
    </message>
    <message>
        <source>&amp;Reason for accepting</source>
        <translation>&amp;Reason for accepting</translation>
    </message>
    <message>
        <source>Revie&amp;w on</source>
        <translation>Revie&amp;w on</translation>
    </message>
</context>
<context>
    <name>kamae::ui::PatchTableModel</name>
    <message>
        <source>%1 (review due)</source>
        <translation>%1 (review due)</translation>
    </message>
    <message>
        <source>Listed as exploited in the wild and used in ransomware campaigns.</source>
        <translation>Listed as exploited in the wild and used in ransomware campaigns.</translation>
    </message>
    <message>
        <source>Listed as exploited in the wild.</source>
        <translation>Listed as exploited in the wild.</translation>
    </message>
    <message numerus="yes">
        <source>Overdue by %n day(s).</source>
        <translation>
            <numerusform>Overdue by %n day.</numerusform>
            <numerusform>Overdue by %n days.</numerusform>
        </translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Asset</translation>
    </message>
    <message>
        <source>Importance</source>
        <translation>Importance</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>Installed</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Update</translation>
    </message>
    <message>
        <source>CVE / JVN</source>
        <translation>CVE / JVN</translation>
    </message>
    <message>
        <source>Severity (CVSS)</source>
        <translation>Severity (CVSS)</translation>
    </message>
    <message>
        <source>Known exploited</source>
        <translation>Known exploited</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Found</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Applied</translation>
    </message>
    <message>
        <source>Notes / reason</source>
        <translation>Notes / reason</translation>
    </message>
</context>
<context>
    <name>kamae::ui::PatchesPage</name>
    <message>
        <source>Patches</source>
        <translation>Patches</translation>
    </message>
    <message>
        <source>All assets</source>
        <translation>All assets</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Not recorded</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>End of support</source>
        <translation>End of support</translation>
    </message>
    <message numerus="yes">
        <source>Devices and software not updated in the last %n day(s), with no date recorded, or no longer supported by their maker. Record the date of each update in the asset (Assets → Edit → Last updated). The period is set in Settings.</source>
        <translation>
            <numerusform>Devices and software not updated in the last %n day, with no date recorded, or no longer supported by their maker. Record the date of each update in the asset (Assets → Edit → Last updated). The period is set in Settings.</numerusform>
            <numerusform>Devices and software not updated in the last %n days, with no date recorded, or no longer supported by their maker. Record the date of each update in the asset (Assets → Edit → Last updated). The period is set in Settings.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open</source>
        <translation>
            <numerusform>%n open</numerusform>
            <numerusform>%n open</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n known exploited</source>
        <translation>
            <numerusform>%n known exploited</numerusform>
            <numerusform>%n known exploited</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n risk acceptance(s) to review</source>
        <translation>
            <numerusform>%n risk acceptance to review</numerusform>
            <numerusform>%n risk acceptances to review</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n proposal(s)</source>
        <translation>
            <numerusform>%n proposal</numerusform>
            <numerusform>%n proposals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stale asset(s)</source>
        <translation>
            <numerusform>%n stale asset</numerusform>
            <numerusform>%n stale assets</numerusform>
        </translation>
    </message>
    <message>
        <source>Proposals (%1)</source>
        <translation>Proposals (%1)</translation>
    </message>
    <message>
        <source>Not updated (%1)</source>
        <translation>Not updated (%1)</translation>
    </message>
    <message>
        <source>Add patch item</source>
        <translation>Add patch item</translation>
    </message>
    <message>
        <source>Edit patch item</source>
        <translation>Edit patch item</translation>
    </message>
    <message numerus="yes">
        <source>Mark %n item(s) applied</source>
        <translation>
            <numerusform>Mark %n item applied</numerusform>
            <numerusform>Mark %n items applied</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Accept the risk of %n item(s)</source>
        <translation>
            <numerusform>Accept the risk of %n item</numerusform>
            <numerusform>Accept the risk of %n items</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete patch items</source>
        <translation>Delete patch items</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n patch item(s)? You can undo this with Ctrl+Z.</source>
        <translation>
            <numerusform>Delete %n patch item? You can undo this with Ctrl+Z.</numerusform>
            <numerusform>Delete %n patch items? You can undo this with Ctrl+Z.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n patch item(s)</source>
        <translation>
            <numerusform>Delete %n patch item</numerusform>
            <numerusform>Delete %n patch items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Confirm %n proposal(s)</source>
        <translation>
            <numerusform>Confirm %n proposal</numerusform>
            <numerusform>Confirm %n proposals</numerusform>
        </translation>
    </message>
    <message>
        <source>Patch items</source>
        <translation>Patch items</translation>
    </message>
    <message>
        <source>Feeds and aliases</source>
        <translation>Feeds and aliases</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Applied today</source>
        <translation>Applied today</translation>
    </message>
    <message>
        <source>Mark the selected items as applied today</source>
        <translation>Mark the selected items as applied today</translation>
    </message>
    <message>
        <source>Accept risk…</source>
        <translation>Accept risk…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Search asset, product, CVE, notes (Ctrl+F)</source>
        <translation>Search asset, product, CVE, notes (Ctrl+F)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Known exploited</source>
        <translation>Known exploited</translation>
    </message>
    <message>
        <source>Risk accepted</source>
        <translation>Risk accepted</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Applied</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>Confirm as patch items</source>
        <translation>Confirm as patch items</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Dismiss</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Asset</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Last updated</source>
        <translation>Last updated</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Since</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Support</translation>
    </message>
    <message>
        <source>Add a patch item (Insert)</source>
        <translation>Add a patch item (Insert)</translation>
    </message>
    <message>
        <source>To review (%1)</source>
        <translation>To review (%1)</translation>
    </message>
    <message>
        <source>Probably fixed by an update (%1)</source>
        <translation>Probably fixed by an update (%1)</translation>
    </message>
    <message>
        <source>All (%1)</source>
        <translation>All (%1)</translation>
    </message>
    <message>
        <source>Matches between the imported feeds and the vendor, product and version of your assets. Confirm what applies (it becomes a patch item with a due date by policy) and dismiss what does not; a dismissal is remembered for that asset. Hover a row for the description. A vulnerability the feed listed before the asset&apos;s last update is shown under &quot;Probably fixed&quot;: that update probably brought the fix, so it is not counted as open.</source>
        <translation>Matches between the imported feeds and the vendor, product and version of your assets. Confirm what applies (it becomes a patch item with a due date by policy) and dismiss what does not; a dismissal is remembered for that asset. Hover a row for the description. A vulnerability the feed listed before the asset&apos;s last update is shown under &quot;Probably fixed&quot;: that update probably brought the fix, so it is not counted as open.</translation>
    </message>
    <message>
        <source>Which proposals to show</source>
        <translation>Which proposals to show</translation>
    </message>
    <message numerus="yes">
        <source>%n patch item(s) no longer match the search or filters and are hidden.</source>
        <translation>
            <numerusform>%n patch item no longer matches the search or filters and is hidden.</numerusform>
            <numerusform>%n patch items no longer match the search or filters and are hidden.</numerusform>
        </translation>
    </message>
    <message>
        <source>A feed is being imported. Drop %1 again when it is done.</source>
        <translation>A feed is being imported. Drop %1 again when it is done.</translation>
    </message>
    <message>
        <source>The updates your assets still need, with due dates by policy: what the vulnerability feeds propose for your products, what is overdue, and which devices nobody has updated lately.</source>
        <translation>The updates your assets still need, with due dates by policy: what the vulnerability feeds propose for your products, what is overdue, and which devices nobody has updated lately.</translation>
    </message>
    <message>
        <source>No patch items yet</source>
        <translation>No patch items yet</translation>
    </message>
    <message>
        <source>Import a vulnerability feed (the KEV catalogue or JVN iPedia) and confirm the proposals that concern your assets, or add an item by hand. You can also drop a feed file here.</source>
        <translation>Import a vulnerability feed (the KEV catalogue or JVN iPedia) and confirm the proposals that concern your assets, or add an item by hand. You can also drop a feed file here.</translation>
    </message>
    <message>
        <source>Import a feed…</source>
        <translation>Import a feed…</translation>
    </message>
    <message>
        <source>Add an item…</source>
        <translation>Add an item…</translation>
    </message>
</context>
<context>
    <name>kamae::ui::PdfSaving</name>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <source>Saved %1 (%n page(s)).</source>
        <translation>
            <numerusform>Saved %1 (%n page).</numerusform>
            <numerusform>Saved %1 (%n pages).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kamae::ui::PeopleCommands</name>
    <message>
        <source>Add %1</source>
        <translation>Add %1</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Edit %1</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Delete %1</translation>
    </message>
    <message>
        <source>Assign the owner of an action</source>
        <translation>Assign the owner of an action</translation>
    </message>
    <message>
        <source>Import people from %1</source>
        <translation>Import people from %1</translation>
    </message>
</context>
<context>
    <name>kamae::ui::PeopleImportDialog</name>
    <message>
        <source>Import people and departments</source>
        <translation>Import people and departments</translation>
    </message>
    <message>
        <source>An entry already in the list (the same e-mail address, else the same name) is updated with the file&apos;s values; empty cells leave its values as they are.</source>
        <translation>An entry already in the list (the same e-mail address, else the same name) is updated with the file&apos;s values; empty cells leave its values as they are.</translation>
    </message>
    <message>
        <source>Becomes</source>
        <translation>Becomes</translation>
    </message>
    <message>
        <source>New entry</source>
        <translation>New entry</translation>
    </message>
    <message>
        <source>Already up to date</source>
        <translation>Already up to date</translation>
    </message>
    <message>
        <source>Updates “%1”: %2</source>
        <translation>Updates “%1”: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n new entry(s)</source>
        <translation>
            <numerusform>%n new entry</numerusform>
            <numerusform>%n new entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) updated</source>
        <translation>
            <numerusform>%n entry updated</numerusform>
            <numerusform>%n entries updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already up to date</source>
        <translation>
            <numerusform>%n already up to date</numerusform>
            <numerusform>%n already up to date</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have errors and will be left out</source>
        <translation>
            <numerusform>%n row have errors and will be left out</numerusform>
            <numerusform>%n rows have errors and will be left out</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n empty row(s) skipped</source>
        <translation>
            <numerusform>%n empty row skipped</numerusform>
            <numerusform>%n empty rows skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import the %n good row(s)</source>
        <translation>
            <numerusform>Import the %n good row</numerusform>
            <numerusform>Import the %n good rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n row(s)</source>
        <translation>
            <numerusform>Import %n row</numerusform>
            <numerusform>Import %n rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kamae::ui::PeopleModel</name>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Reading</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Joined</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Left</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Staff or outside</source>
        <translation>Staff or outside</translation>
    </message>
    <message>
        <source>Outside</source>
        <translation>Outside</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>Outside the company: not counted as a trainee</source>
        <translation>Outside the company: not counted as a trainee</translation>
    </message>
</context>
<context>
    <name>kamae::ui::PeoplePanel</name>
    <message>
        <source>Delete people and departments</source>
        <translation>Delete people and departments</translation>
    </message>
    <message>
        <source>Delete %1? The records they own are left without an owner. You can undo this with Edit → Undo.</source>
        <translation>Delete %1? The records they own are left without an owner. You can undo this with Edit → Undo.</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n entries</source>
        <translation>
            <numerusform>Delete %n entries</numerusform>
            <numerusform>Delete %n entries</numerusform>
        </translation>
    </message>
    <message>
        <source>People and departments</source>
        <translation>People and departments</translation>
    </message>
    <message>
        <source>The people and departments that own assets, patch items, backup jobs and next actions. Owners are chosen from this list.</source>
        <translation>The people and departments that own assets, patch items, backup jobs and next actions. Owners are chosen from this list.</translation>
    </message>
    <message>
        <source>Add &amp;person or department…</source>
        <translation>Add &amp;person or department…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Delete…</translation>
    </message>
    <message>
        <source>No people or departments yet</source>
        <translation>No people or departments yet</translation>
    </message>
    <message>
        <source>List the people and departments who look after the company&apos;s assets, patches and backups; owners are chosen from this list.</source>
        <translation>List the people and departments who look after the company&apos;s assets, patches and backups; owners are chosen from this list.</translation>
    </message>
    <message>
        <source>Add the first person or department…</source>
        <translation>Add the first person or department…</translation>
    </message>
    <message>
        <source>Import people and departments</source>
        <translation>Import people and departments</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx);;All files (*)</source>
        <translation>Spreadsheets (*.csv *.xlsx);;All files (*)</translation>
    </message>
    <message>
        <source>Imported %1: %2 added, %3 updated.</source>
        <translation>Imported %1: %2 added, %3 updated.</translation>
    </message>
    <message>
        <source>%1 cannot be imported here. The people list imports .csv and .xlsx files.</source>
        <translation>%1 cannot be imported here. The people list imports .csv and .xlsx files.</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Import…</translation>
    </message>
</context>
<context>
    <name>kamae::ui::PersonDialog</name>
    <message>
        <source>Edit person or department</source>
        <translation>Edit person or department</translation>
    </message>
    <message>
        <source>New person or department</source>
        <translation>New person or department</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Reading:</source>
        <translation>&amp;Reading:</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>&amp;Department:</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>R&amp;ole:</translation>
    </message>
    <message>
        <source>&amp;Joined:</source>
        <translation>&amp;Joined:</translation>
    </message>
    <message>
        <source>&amp;Left:</source>
        <translation>&amp;Left:</translation>
    </message>
    <message>
        <source>Not&amp;es:</source>
        <translation>Not&amp;es:</translation>
    </message>
    <message>
        <source>E-&amp;mail:</source>
        <translation>E-&amp;mail:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <source>Other &amp;contact:</source>
        <translation>Other &amp;contact:</translation>
    </message>
    <message>
        <source>O&amp;utside the company (not staff)</source>
        <translation>O&amp;utside the company (not staff)</translation>
    </message>
    <message>
        <source>A vendor&apos;s engineer, an advisor or a contractor: they can own records and be contacted, but are not counted in training coverage.</source>
        <translation>A vendor&apos;s engineer, an advisor or a contractor: they can own records and be contacted, but are not counted in training coverage.</translation>
    </message>
</context>
<context>
    <name>kamae::ui::ProposalTableModel</name>
    <message>
        <source>Required action: %1</source>
        <translation>Required action: %1</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Asset</translation>
    </message>
    <message>
        <source>Importance</source>
        <translation>Importance</translation>
    </message>
    <message>
        <source>Product and version</source>
        <translation>Product and version</translation>
    </message>
    <message>
        <source>CVE / JVN</source>
        <translation>CVE / JVN</translation>
    </message>
    <message>
        <source>Severity (CVSS)</source>
        <translation>Severity (CVSS)</translation>
    </message>
    <message>
        <source>Known exploited</source>
        <translation>Known exploited</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Published</translation>
    </message>
    <message>
        <source>Due if confirmed</source>
        <translation>Due if confirmed</translation>
    </message>
    <message>
        <source>Vulnerability name</source>
        <translation>Vulnerability name</translation>
    </message>
    <message>
        <source>Probably fixed by the update of %1</source>
        <translation>Probably fixed by the update of %1</translation>
    </message>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>The feed listed this vulnerability on %1, before the asset&apos;s last update on %2: that update probably brought the fix. Check the installed version; confirm it if the fix is missing, dismiss it otherwise.</source>
        <translation>The feed listed this vulnerability on %1, before the asset&apos;s last update on %2: that update probably brought the fix. Check the installed version; confirm it if the fix is missing, dismiss it otherwise.</translation>
    </message>
    <message>
        <source>Why it matched: %1</source>
        <translation>Why it matched: %1</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Why it matched</source>
        <translation>Why it matched</translation>
    </message>
</context>
<context>
    <name>kamae::ui::RecordDialogBase</name>
    <message>
        <source> yen</source>
        <translation> yen</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>not stated</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
</context>
<context>
    <name>kamae::ui::RecoveryCodeDialog</name>
    <message>
        <source>&lt;h2&gt;Kamae recovery code&lt;/h2&gt;&lt;p&gt;&lt;b&gt;Organisation:&lt;/b&gt; %1&lt;br&gt;&lt;b&gt;Vault file:&lt;/b&gt; %2&lt;br&gt;&lt;b&gt;Issued:&lt;/b&gt; %3&lt;/p&gt;&lt;p style=&quot;font-family: monospace; font-size: 20pt; font-weight: bold;&quot;&gt;%4&lt;/p&gt;&lt;p&gt;This code opens the vault if the passphrase is lost. Anyone holding it can read the vault. Keep this sheet in a locked place, away from the computer, and destroy it when a new code is issued.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Kamae recovery code&lt;/h2&gt;&lt;p&gt;&lt;b&gt;Organisation:&lt;/b&gt; %1&lt;br&gt;&lt;b&gt;Vault file:&lt;/b&gt; %2&lt;br&gt;&lt;b&gt;Issued:&lt;/b&gt; %3&lt;/p&gt;&lt;p style=&quot;font-family: monospace; font-size: 20pt; font-weight: bold;&quot;&gt;%4&lt;/p&gt;&lt;p&gt;This code opens the vault if the passphrase is lost. Anyone holding it can read the vault. Keep this sheet in a locked place, away from the computer, and destroy it when a new code is issued.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Print the recovery code</source>
        <translation>Print the recovery code</translation>
    </message>
    <message>
        <source>Your recovery code</source>
        <translation>Your recovery code</translation>
    </message>
    <message>
        <source>&lt;p&gt;If the passphrase is ever forgotten, this &lt;b&gt;recovery code&lt;/b&gt; is the only way into the vault. It is shown &lt;b&gt;only now&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;Print it or write it down and keep it locked away from the computer. Anyone who has it can open the vault.&lt;/p&gt;</source>
        <translation>&lt;p&gt;If the passphrase is ever forgotten, this &lt;b&gt;recovery code&lt;/b&gt; is the only way into the vault. It is shown &lt;b&gt;only now&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;Print it or write it down and keep it locked away from the computer. Anyone who has it can open the vault.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>I have printed or written down the recovery code and stored it safely</source>
        <translation>I have printed or written down the recovery code and stored it safely</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
</context>
<context>
    <name>kamae::ui::ReminderTableModel</name>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>This week</translation>
    </message>
    <message>
        <source>Severity: %1</source>
        <translation>Severity: %1</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Module</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
</context>
<context>
    <name>kamae::ui::RemindersPanel</name>
    <message numerus="yes">
        <source>%n reminder(s) written to %1. Import the file into Outlook or Google Calendar; exporting again later updates the same events.</source>
        <translation>
            <numerusform>%n reminder written to %1. Import the file into Outlook or Google Calendar; exporting again later updates the same events.</numerusform>
            <numerusform>%n reminders written to %1. Import the file into Outlook or Google Calendar; exporting again later updates the same events.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export reminders as a calendar</source>
        <translation>Export reminders as a calendar</translation>
    </message>
    <message>
        <source>Kamae reminders.ics</source>
        <translation>Kamae reminders.ics</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Calendar files (*.ics)</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Reminders</translation>
    </message>
    <message>
        <source>Export calendar (.ics)…</source>
        <translation>Export calendar (.ics)…</translation>
    </message>
    <message>
        <source>Saves every reminder as a calendar file, with repeating restore tests and air-gap checks</source>
        <translation>Saves every reminder as a calendar file, with repeating restore tests and air-gap checks</translation>
    </message>
    <message>
        <source>Nothing is overdue or due this week.</source>
        <translation>Nothing is overdue or due this week.</translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
    <message>
        <source> · </source>
        <translation> · </translation>
    </message>
    <message numerus="yes">
        <source>%n due this week</source>
        <translation>
            <numerusform>%n due this week</numerusform>
            <numerusform>%n due this week</numerusform>
        </translation>
    </message>
    <message>
        <source>Double-click or press Enter on a row to open its record.</source>
        <translation>Double-click or press Enter on a row to open its record.</translation>
    </message>
</context>
<context>
    <name>kamae::ui::ReportHistoryModel</name>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Printed</translation>
    </message>
    <message numerus="yes">
        <source>Issued %1 · %2 · %3 · score %4 · %n page(s)</source>
        <translation>
            <numerusform>Issued %1 · %2 · %3 · score %4 · %n page</numerusform>
            <numerusform>Issued %1 · %2 · %3 · score %4 · %n pages</numerusform>
        </translation>
    </message>
    <message>
        <source>%1
Printed on paper; there is no file to open.</source>
        <translation>%1
Printed on paper; there is no file to open.</translation>
    </message>
    <message>
        <source>%1
%2
Enter or double-click opens it.</source>
        <translation>%1
%2
Enter or double-click opens it.</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Issued</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Where</translation>
    </message>
</context>
<context>
    <name>kamae::ui::ReportPage</name>
    <message>
        <source>Report</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>The report cannot be made:
%1</source>
        <translation>The report cannot be made:
%1</translation>
    </message>
    <message>
        <source>Save the report as PDF</source>
        <translation>Save the report as PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Report not saved</source>
        <translation>Report not saved</translation>
    </message>
    <message>
        <source>Report not printed</source>
        <translation>Report not printed</translation>
    </message>
    <message>
        <source>Print the report</source>
        <translation>Print the report</translation>
    </message>
    <message>
        <source>The printer “%1” could not be started.</source>
        <translation>The printer “%1” could not be started.</translation>
    </message>
    <message>
        <source>The report could not be sent to the printer “%1”.</source>
        <translation>The report could not be sent to the printer “%1”.</translation>
    </message>
    <message>
        <source>The report was printed, but it could not be added to the history:
%1</source>
        <translation>The report was printed, but it could not be added to the history:
%1</translation>
    </message>
    <message>
        <source>The report was saved to %1, but it could not be added to the history:
%2</source>
        <translation>The report was saved to %1, but it could not be added to the history:
%2</translation>
    </message>
    <message>
        <source>Report not added to the history</source>
        <translation>Report not added to the history</translation>
    </message>
    <message>
        <source>The earlier reports cannot be read: %1</source>
        <translation>The earlier reports cannot be read: %1</translation>
    </message>
    <message>
        <source>Printed report</source>
        <translation>Printed report</translation>
    </message>
    <message>
        <source>This report was printed on paper; there is no file to open.</source>
        <translation>This report was printed on paper; there is no file to open.</translation>
    </message>
    <message>
        <source>File not found</source>
        <translation>File not found</translation>
    </message>
    <message>
        <source>The PDF file %1 is no longer there. It may have been moved, renamed or deleted.</source>
        <translation>The PDF file %1 is no longer there. It may have been moved, renamed or deleted.</translation>
    </message>
    <message>
        <source>Cannot open the file</source>
        <translation>Cannot open the file</translation>
    </message>
    <message>
        <source>No program could open %1.</source>
        <translation>No program could open %1.</translation>
    </message>
    <message>
        <source>Remove the report printed on %1 from the history?</source>
        <translation>Remove the report printed on %1 from the history?</translation>
    </message>
    <message>
        <source>Remove the report issued on %1 from the history? The PDF file itself is not deleted:
%2</source>
        <translation>Remove the report issued on %1 from the history? The PDF file itself is not deleted:
%2</translation>
    </message>
    <message>
        <source>Remove from history</source>
        <translation>Remove from history</translation>
    </message>
    <message>
        <source>Not removed</source>
        <translation>Not removed</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Last 90 days</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>This quarter</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Last 12 months</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <source>Sent the report to the printer. It is listed below.</source>
        <translation>Sent the report to the printer. It is listed below.</translation>
    </message>
    <message>
        <source>Saved the report to %1.</source>
        <translation>Saved the report to %1.</translation>
    </message>
    <message>
        <source>Executive report</source>
        <translation>Executive report</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>The report&apos;s language; the window keeps its own.</source>
        <translation>The report&apos;s language; the window keeps its own.</translation>
    </message>
    <message>
        <source>Prepared &amp;by:</source>
        <translation>Prepared &amp;by:</translation>
    </message>
    <message>
        <source>Left blank to sign by hand</source>
        <translation>Left blank to sign by hand</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Print the report (%1)</source>
        <translation>Print the report (%1)</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <source>Save the report as a PDF file (%1)</source>
        <translation>Save the report as a PDF file (%1)</translation>
    </message>
    <message>
        <source>Earlier reports</source>
        <translation>Earlier reports</translation>
    </message>
    <message>
        <source>No report has been saved or printed yet. Each one is listed here with its score, to compare with the next.</source>
        <translation>No report has been saved or printed yet. Each one is listed here with its score, to compare with the next.</translation>
    </message>
    <message>
        <source>Enter or double-click opens the PDF; Delete removes the entry from the history.</source>
        <translation>Enter or double-click opens the PDF; Delete removes the entry from the history.</translation>
    </message>
    <message>
        <source>Remove the selected entry (Delete). The PDF file stays.</source>
        <translation>Remove the selected entry (Delete). The PDF file stays.</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Fit width</translation>
    </message>
    <message>
        <source>Whole page</source>
        <translation>Whole page</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <source>Zoom out (%1)</source>
        <translation>Zoom out (%1)</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <source>Zoom in (%1)</source>
        <translation>Zoom in (%1)</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Previous page</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Next page</translation>
    </message>
</context>
<context>
    <name>kamae::ui::RiskAcceptDialog</name>
    <message>
        <source>Accept the risk</source>
        <translation>Accept the risk</translation>
    </message>
    <message numerus="yes">
        <source>You decide not to apply the update to %n item(s) for now. Say why, and when to look at it again; both are kept in the audit log.</source>
        <translation>
            <numerusform>You decide not to apply the update to %n item for now. Say why, and when to look at it again; both are kept in the audit log.</numerusform>
            <numerusform>You decide not to apply the update to %n items for now. Say why, and when to look at it again; both are kept in the audit log.</numerusform>
        </translation>
    </message>
    <message>
        <source>e.g. the device is not reachable from the internet and is replaced in March</source>
        <translation>e.g. the device is not reachable from the internet and is replaced in March</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Reason</translation>
    </message>
    <message>
        <source>Revie&amp;w on</source>
        <translation>Revie&amp;w on</translation>
    </message>
</context>
<context>
    <name>kamae::ui::SaveStatusWidget</name>
    <message>
        <source>Retry</source>
        <translation>Retry</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Saved %1</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>Not saved. %1 Kamae retries every 30 seconds.</source>
        <translation>Not saved. %1 Kamae retries every 30 seconds.</translation>
    </message>
</context>
<context>
    <name>kamae::ui::ScoreCard</name>
    <message>
        <source>Posture score</source>
        <translation>Posture score</translation>
    </message>
    <message>
        <source>/ 100</source>
        <translation>/ 100</translation>
    </message>
    <message>
        <source>%1 since the last snapshot (%2)</source>
        <translation>%1 since the last snapshot (%2)</translation>
    </message>
    <message>
        <source>No earlier snapshot yet: the trend starts today.</source>
        <translation>No earlier snapshot yet: the trend starts today.</translation>
    </message>
    <message>
        <source>%1 days: %2</source>
        <translation>%1 days: %2</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Change against the newest snapshot at least %1 days old</source>
        <translation>Change against the newest snapshot at least %1 days old</translation>
    </message>
    <message>
        <source>Record today&apos;s score</source>
        <translation>Record today&apos;s score</translation>
    </message>
    <message>
        <source>Stores the score now as today&apos;s point of the trend (Kamae also does this once a day by itself)</source>
        <translation>Stores the score now as today&apos;s point of the trend (Kamae also does this once a day by itself)</translation>
    </message>
    <message>
        <source>of which %1 self-declared (self-assessment answers), %2 on records</source>
        <translation>of which %1 self-declared (self-assessment answers), %2 on records</translation>
    </message>
    <message>
        <source>all on records</source>
        <translation>all on records</translation>
    </message>
    <message>
        <source>Self-declared points rest on the company&apos;s own answers to the self-assessment; the others on dated records kept in Kamae.</source>
        <translation>Self-declared points rest on the company&apos;s own answers to the self-assessment; the others on dated records kept in Kamae.</translation>
    </message>
</context>
<context>
    <name>kamae::ui::SelfAssessmentPage</name>
    <message>
        <source>Self-assessment</source>
        <translation>Self-assessment</translation>
    </message>
    <message>
        <source>%1 — not answered yet</source>
        <translation>%1 — not answered yet</translation>
    </message>
    <message>
        <source>%1 — %2 points (%3)</source>
        <translation>%1 — %2 points (%3)</translation>
    </message>
    <message>
        <source>(%1 of %2 answered)</source>
        <translation>(%1 of %2 answered)</translation>
    </message>
    <message>
        <source>Self-assessment of %1</source>
        <translation>Self-assessment of %1</translation>
    </message>
    <message>
        <source>IPA self-check result: %1 / %2</source>
        <translation>IPA self-check result: %1 / %2</translation>
    </message>
    <message>
        <source>Answered %1 of %2 questions.</source>
        <translation>Answered %1 of %2 questions.</translation>
    </message>
    <message>
        <source>Questions not answered count 0 points; &quot;Don&apos;t know&quot; counts −1.</source>
        <translation>Questions not answered count 0 points; &quot;Don&apos;t know&quot; counts −1.</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Declared: not declared</source>
        <translation>Declared: not declared</translation>
    </message>
    <message>
        <source>Declared: ★ one star</source>
        <translation>Declared: ★ one star</translation>
    </message>
    <message>
        <source>Declared: ★★ two stars</source>
        <translation>Declared: ★★ two stars</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>ready</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>not yet</translation>
    </message>
    <message>
        <source>SECURITY ACTION readiness</source>
        <translation>SECURITY ACTION readiness</translation>
    </message>
    <message>
        <source>★ One star</source>
        <translation>★ One star</translation>
    </message>
    <message>
        <source>★★ Two stars</source>
        <translation>★★ Two stars</translation>
    </message>
    <message>
        <source>Select a question in the table to answer it.</source>
        <translation>Select a question in the table to answer it.</translation>
    </message>
    <message>
        <source>Question %1 · %2</source>
        <translation>Question %1 · %2</translation>
    </message>
    <message>
        <source>What Kamae&apos;s records say</source>
        <translation>What Kamae&apos;s records say</translation>
    </message>
    <message>
        <source>Nothing about this question; the answer stands as given.</source>
        <translation>Nothing about this question; the answer stands as given.</translation>
    </message>
    <message>
        <source>The answer says “implemented”, but the records disagree: the score counts it as partly implemented until they agree.</source>
        <translation>The answer says “implemented”, but the records disagree: the score counts it as partly implemented until they agree.</translation>
    </message>
    <message>
        <source>New self-assessment</source>
        <translation>New self-assessment</translation>
    </message>
    <message>
        <source>The day the self-check is taken. It counts for SECURITY ACTION ★★ for a year.</source>
        <translation>The day the self-check is taken. It counts for SECURITY ACTION ★★ for a year.</translation>
    </message>
    <message>
        <source>Go through the questions and change what is different now.</source>
        <translation>Go through the questions and change what is different now.</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Create</translation>
    </message>
    <message>
        <source>Delete self-assessment</source>
        <translation>Delete self-assessment</translation>
    </message>
    <message numerus="yes">
        <source>Delete the self-assessment of %1 with its %n answer(s)? Undo (Ctrl+Z) brings it back.</source>
        <translation>
            <numerusform>Delete the self-assessment of %1 with its %n answer? Undo (Ctrl+Z) brings it back.</numerusform>
            <numerusform>Delete the self-assessment of %1 with its %n answers? Undo (Ctrl+Z) brings it back.</numerusform>
        </translation>
    </message>
    <message>
        <source>Take the information security self-check</source>
        <translation>Take the information security self-check</translation>
    </message>
    <message>
        <source>The self-check asks the 25 questions of IPA&apos;s 「5分でできる！情報セキュリティ自社診断」 (the five-minute information security self-check) in its three parts: basic measures, staff measures and organisational measures. Kamae adds a few questions of its own for what the 25 do not cover, such as multi-factor authentication, the business continuity plan and overseas sites.</source>
        <translation>The self-check asks the 25 questions of IPA&apos;s 「5分でできる！情報セキュリティ自社診断」 (the five-minute information security self-check) in its three parts: basic measures, staff measures and organisational measures. Kamae adds a few questions of its own for what the 25 do not cover, such as multi-factor authentication, the business continuity plan and overseas sites.</translation>
    </message>
    <message>
        <source>Answer each question with Implemented, Partly implemented, Not implemented or Don&apos;t know. The 25 give IPA&apos;s result out of 100 and its verdict; beside each answer Kamae shows what its own records say, and how far the company is from SECURITY ACTION ★ and ★★.</source>
        <translation>Answer each question with Implemented, Partly implemented, Not implemented or Don&apos;t know. The 25 give IPA&apos;s result out of 100 and its verdict; beside each answer Kamae shows what its own records say, and how far the company is from SECURITY ACTION ★ and ★★.</translation>
    </message>
    <message>
        <source>It takes about five minutes. Take it again at least once a year: each sitting is kept, so you can see what has changed.</source>
        <translation>It takes about five minutes. Take it again at least once a year: each sitting is kept, so you can see what has changed.</translation>
    </message>
    <message>
        <source>Start the self-assessment</source>
        <translation>Start the self-assessment</translation>
    </message>
    <message>
        <source>&amp;Assessment:</source>
        <translation>&amp;Assessment:</translation>
    </message>
    <message>
        <source>New assessment…</source>
        <translation>New assessment…</translation>
    </message>
    <message>
        <source>Take the self-check again (Insert)</source>
        <translation>Take the self-check again (Insert)</translation>
    </message>
    <message>
        <source>Delete assessment</source>
        <translation>Delete assessment</translation>
    </message>
    <message>
        <source>All questions</source>
        <translation>All questions</translation>
    </message>
    <message>
        <source>Unanswered</source>
        <translation>Unanswered</translation>
    </message>
    <message>
        <source>Not implemented or partly</source>
        <translation>Not implemented or partly</translation>
    </message>
    <message>
        <source>Contradicted by records</source>
        <translation>Contradicted by records</translation>
    </message>
    <message>
        <source>Search questions (Ctrl+F)</source>
        <translation>Search questions (Ctrl+F)</translation>
    </message>
    <message>
        <source>Key %1 in the table</source>
        <translation>Key %1 in the table</translation>
    </message>
    <message>
        <source>Clear answer</source>
        <translation>Clear answer</translation>
    </message>
    <message>
        <source>Backspace in the table</source>
        <translation>Backspace in the table</translation>
    </message>
    <message>
        <source>In the table, keys 1 to 4 answer the selected question in this order and go to the next one; Backspace clears the answer.</source>
        <translation>In the table, keys 1 to 4 answer the selected question in this order and go to the next one; Backspace clears the answer.</translation>
    </message>
    <message>
        <source>Delete the assessment shown, with its answers (Delete, outside the question table)</source>
        <translation>Delete the assessment shown, with its answers (Delete, outside the question table)</translation>
    </message>
    <message>
        <source>The answer says “implemented”, but today&apos;s records disagree. This is an older self-assessment; the score reads only the newest.</source>
        <translation>The answer says “implemented”, but today&apos;s records disagree. This is an older self-assessment; the score reads only the newest.</translation>
    </message>
    <message>
        <source>Not applicable:</source>
        <translation>Not applicable:</translation>
    </message>
    <message>
        <source>It neither earns nor loses points. If the records do not tell the whole story, answer it: an answer counts.</source>
        <translation>It neither earns nor loses points. If the records do not tell the whole story, answer it: an answer counts.</translation>
    </message>
    <message>
        <source>&amp;Start from the answers of %1</source>
        <translation>&amp;Start from the answers of %1</translation>
    </message>
    <message>
        <source>&amp;Date taken:</source>
        <translation>&amp;Date taken:</translation>
    </message>
    <message>
        <source>The records measure this question and disagree with the answer. The score counts the records, not the answer.</source>
        <translation>The records measure this question and disagree with the answer. The score counts the records, not the answer.</translation>
    </message>
    <message>
        <source>The records measure this question: the score counts them, not the answer.</source>
        <translation>The records measure this question: the score counts them, not the answer.</translation>
    </message>
</context>
<context>
    <name>kamae::ui::SelfCheckCommandText</name>
    <message>
        <source>Answer question %1</source>
        <translation>Answer question %1</translation>
    </message>
    <message>
        <source>New self-assessment of %1</source>
        <translation>New self-assessment of %1</translation>
    </message>
    <message>
        <source>Delete self-assessment of %1</source>
        <translation>Delete self-assessment of %1</translation>
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
        <translation>Part %1</translation>
    </message>
    <message>
        <source>Double-click to change, or press 1 to 4 (Backspace clears).</source>
        <translation>Double-click to change, or press 1 to 4 (Backspace clears).</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Answer</translation>
    </message>
    <message>
        <source>Evidence in Kamae</source>
        <translation>Evidence in Kamae</translation>
    </message>
    <message>
        <source>The answer says “implemented”, but Kamae&apos;s records disagree.</source>
        <translation>The answer says “implemented”, but Kamae&apos;s records disagree.</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Not applicable</translation>
    </message>
    <message>
        <source>%1
Double-click or press 1 to 4 to answer all the same.</source>
        <translation>%1
Double-click or press 1 to 4 to answer all the same.</translation>
    </message>
</context>
<context>
    <name>kamae::ui::SessionDialog</name>
    <message>
        <source>Record a session</source>
        <translation>Record a session</translation>
    </message>
    <message>
        <source>Edit session</source>
        <translation>Edit session</translation>
    </message>
    <message>
        <source>Choose the course taught</source>
        <translation>Choose the course taught</translation>
    </message>
    <message>
        <source>A colleague, an outside lecturer, a provider</source>
        <translation>A colleague, an outside lecturer, a provider</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>not recorded</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Slides, a video&apos;s title, where they are kept</source>
        <translation>Slides, a video&apos;s title, where they are kept</translation>
    </message>
    <message>
        <source>&amp;Course:</source>
        <translation>&amp;Course:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>&amp;Trainer:</source>
        <translation>&amp;Trainer:</translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation>D&amp;uration:</translation>
    </message>
    <message>
        <source>&amp;Materials:</source>
        <translation>&amp;Materials:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otes:</translation>
    </message>
    <message>
        <source>Everyone ticked completed the course</source>
        <translation>Everyone ticked completed the course</translation>
    </message>
    <message>
        <source>Only completions count for coverage. Untick it when the session did not finish the course (a first part, a test still to pass); you can mark people one by one when you edit the session later.</source>
        <translation>Only completions count for coverage. Untick it when the session did not finish the course (a first part, a test still to pass); you can mark people one by one when you edit the session later.</translation>
    </message>
    <message>
        <source>&amp;Attendance:</source>
        <translation>&amp;Attendance:</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Record one time the course was taught and tick who was there. Paste names from a sign-in sheet to tick many at once.</source>
        <translation>Record one time the course was taught and tick who was there. Paste names from a sign-in sheet to tick many at once.</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message numerus="yes">
        <source>Attendees (%n)</source>
        <translation>
            <numerusform>Attendees (%n)</numerusform>
            <numerusform>Attendees (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the course that was taught.</source>
        <translation>Choose the course that was taught.</translation>
    </message>
</context>
<context>
    <name>kamae::ui::SessionTableModel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Course</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>Trainer</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Attendees</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>Materials</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message numerus="yes">
        <source>%n completed the course</source>
        <translation>
            <numerusform>%n completed the course</numerusform>
            <numerusform>%n completed the course</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attended without completing</source>
        <translation>
            <numerusform>%n attended without completing</numerusform>
            <numerusform>%n attended without completing</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (+%2 attended only)</source>
        <translation>%1 (+%2 attended only)</translation>
    </message>
</context>
<context>
    <name>kamae::ui::SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Folder for the backup copy</source>
        <translation>Folder for the backup copy</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Never</translation>
    </message>
    <message>
        <source>Kamae locks itself when the keyboard and mouse have been idle this long. 0 turns it off.</source>
        <translation>Kamae locks itself when the keyboard and mouse have been idle this long. 0 turns it off.</translation>
    </message>
    <message>
        <source>On the first save of each session Kamae keeps the file as it was when you opened it, as a .bak copy. Choose another folder (for example a different drive) or keep it beside the vault.</source>
        <translation>On the first save of each session Kamae keeps the file as it was when you opened it, as a .bak copy. Choose another folder (for example a different drive) or keep it beside the vault.</translation>
    </message>
    <message>
        <source>Beside the vault file</source>
        <translation>Beside the vault file</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Choose…</translation>
    </message>
    <message>
        <source>Vault</source>
        <translation>Vault</translation>
    </message>
    <message>
        <source>Change &amp;passphrase…</source>
        <translation>Change &amp;passphrase…</translation>
    </message>
    <message>
        <source>New &amp;recovery code…</source>
        <translation>New &amp;recovery code…</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;File:&lt;/b&gt; %1&lt;br&gt;&lt;b&gt;Encryption:&lt;/b&gt; %2, key from the passphrase by Argon2id (%3 MiB, %n pass(es))&lt;br&gt;&lt;b&gt;Previous version:&lt;/b&gt; %4</source>
        <translation>
            <numerusform>&lt;b&gt;File:&lt;/b&gt; %1&lt;br&gt;&lt;b&gt;Encryption:&lt;/b&gt; %2, key from the passphrase by Argon2id (%3 MiB, %n pass)&lt;br&gt;&lt;b&gt;Previous version:&lt;/b&gt; %4</numerusform>
            <numerusform>&lt;b&gt;File:&lt;/b&gt; %1&lt;br&gt;&lt;b&gt;Encryption:&lt;/b&gt; %2, key from the passphrase by Argon2id (%3 MiB, %n passes)&lt;br&gt;&lt;b&gt;Previous version:&lt;/b&gt; %4</numerusform>
        </translation>
    </message>
    <message>
        <source>Lock &amp;after idle:</source>
        <translation>Lock &amp;after idle:</translation>
    </message>
    <message>
        <source>Previous version of the vault (.bak)</source>
        <translation>Previous version of the vault (.bak)</translation>
    </message>
    <message>
        <source>Use the vault&apos;s folder</source>
        <translation>Use the vault&apos;s folder</translation>
    </message>
    <message>
        <source>Patch due dates</source>
        <translation>Patch due dates</translation>
    </message>
    <message>
        <source>Days from finding a needed update to its due date. Known exploitation shortens any other period. New items follow these; existing due dates stay as they are.</source>
        <translation>Days from finding a needed update to its due date. Known exploitation shortens any other period. New items follow these; existing due dates stay as they are.</translation>
    </message>
    <message>
        <source>Known exploited:</source>
        <translation>Known exploited:</translation>
    </message>
    <message>
        <source>Critical (CVSS 9.0+):</source>
        <translation>Critical (CVSS 9.0+):</translation>
    </message>
    <message>
        <source>High (CVSS 7.0+):</source>
        <translation>High (CVSS 7.0+):</translation>
    </message>
    <message>
        <source>Others:</source>
        <translation>Others:</translation>
    </message>
    <message>
        <source>List assets not updated for:</source>
        <translation>List assets not updated for:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <source>&amp;Notify me of overdue items (once a day, while Kamae runs)</source>
        <translation>&amp;Notify me of overdue items (once a day, while Kamae runs)</translation>
    </message>
    <message>
        <source>Score counts a vulnerability feed for:</source>
        <translation>Score counts a vulnerability feed for:</translation>
    </message>
    <message>
        <source>The known-exploited factor of the score counts only while the newest KEV or JVN import is at most this old.</source>
        <translation>The known-exploited factor of the score counts only while the newest KEV or JVN import is at most this old.</translation>
    </message>
</context>
<context>
    <name>kamae::ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Keys</translation>
    </message>
    <message>
        <source>In tables, Enter or a double-click opens the selected row. Alt with the underlined letter reaches a field or button.</source>
        <translation>In tables, Enter or a double-click opens the selected row. Alt with the underlined letter reaches a field or button.</translation>
    </message>
    <message>
        <source>Open a vault to see the shortcuts of its pages as well.</source>
        <translation>Open a vault to see the shortcuts of its pages as well.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Search this page</source>
        <translation>Search this page</translation>
    </message>
    <message>
        <source>Delete the selected row (asks first)</source>
        <translation>Delete the selected row (asks first)</translation>
    </message>
    <message>
        <source>Add a new row</source>
        <translation>Add a new row</translation>
    </message>
    <message>
        <source>Open or edit the selected row</source>
        <translation>Open or edit the selected row</translation>
    </message>
    <message>
        <source>Duplicate the selected row</source>
        <translation>Duplicate the selected row</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Save as…</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <source>(no description)</source>
        <translation>(no description)</translation>
    </message>
</context>
<context>
    <name>kamae::ui::SitesModel</name>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>Overseas</source>
        <translation>Overseas</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>kamae::ui::TableActions</name>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;New…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Delete…</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xport…</translation>
    </message>
</context>
<context>
    <name>kamae::ui::TrainingPage</name>
    <message numerus="yes">
        <source>Add starter courses (%n)</source>
        <translation>
            <numerusform>Add starter courses (%n)</numerusform>
            <numerusform>Add starter courses (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete the course &quot;%1&quot; with its %n session(s) and their attendance? Undo (Ctrl+Z) brings them back.</source>
        <translation>
            <numerusform>Delete the course &quot;%1&quot; with its %n session and their attendance? Undo (Ctrl+Z) brings them back.</numerusform>
            <numerusform>Delete the course &quot;%1&quot; with its %n sessions and their attendance? Undo (Ctrl+Z) brings them back.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the course &quot;%1&quot;? Undo (Ctrl+Z) brings it back.</source>
        <translation>Delete the course &quot;%1&quot;? Undo (Ctrl+Z) brings it back.</translation>
    </message>
    <message>
        <source>Delete course</source>
        <translation>Delete course</translation>
    </message>
    <message>
        <source>The starter courses were added. Edit them as you need; Undo (Ctrl+Z) takes them away.</source>
        <translation>The starter courses were added. Edit them as you need; Undo (Ctrl+Z) takes them away.</translation>
    </message>
    <message>
        <source>Add a course first: a session teaches a course.</source>
        <translation>Add a course first: a session teaches a course.</translation>
    </message>
    <message>
        <source>Delete session</source>
        <translation>Delete session</translation>
    </message>
    <message>
        <source>Delete the session of &quot;%1&quot; on %2 and who attended it? Undo (Ctrl+Z) brings it back.</source>
        <translation>Delete the session of &quot;%1&quot; on %2 and who attended it? Undo (Ctrl+Z) brings it back.</translation>
    </message>
    <message>
        <source>Who must take which course and who has taken it, the courses, and each session with who attended.</source>
        <translation>Who must take which course and who has taken it, the courses, and each session with who attended.</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Coverage</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>Courses</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Phishing drills</source>
        <translation>Phishing drills</translation>
    </message>
    <message>
        <source>Add course…</source>
        <translation>Add course…</translation>
    </message>
    <message>
        <source>Add a course (Insert)</source>
        <translation>Add a course (Insert)</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Kamae&apos;s courses for the lessons of the METI and Emotet alerts, to adopt or edit</source>
        <translation>Kamae&apos;s courses for the lessons of the METI and Emotet alerts, to adopt or edit</translation>
    </message>
    <message>
        <source>Search courses (Ctrl+F)</source>
        <translation>Search courses (Ctrl+F)</translation>
    </message>
    <message>
        <source>Record session…</source>
        <translation>Record session…</translation>
    </message>
    <message>
        <source>Record a session and who attended (Insert)</source>
        <translation>Record a session and who attended (Insert)</translation>
    </message>
    <message>
        <source>Edit session and attendance…</source>
        <translation>Edit session and attendance…</translation>
    </message>
    <message>
        <source>Search sessions (Ctrl+F)</source>
        <translation>Search sessions (Ctrl+F)</translation>
    </message>
    <message>
        <source>No coverage to show yet</source>
        <translation>No coverage to show yet</translation>
    </message>
    <message>
        <source>Coverage compares the people list (Organisation page) with the courses each person must take. Start with Kamae&apos;s starter courses or add your own.</source>
        <translation>Coverage compares the people list (Organisation page) with the courses each person must take. Start with Kamae&apos;s starter courses or add your own.</translation>
    </message>
    <message>
        <source>Add the starter courses</source>
        <translation>Add the starter courses</translation>
    </message>
    <message>
        <source>Add a course…</source>
        <translation>Add a course…</translation>
    </message>
    <message>
        <source>No courses yet</source>
        <translation>No courses yet</translation>
    </message>
    <message>
        <source>A course is what people must learn and how often: phishing mail, passwords, reporting an incident…</source>
        <translation>A course is what people must learn and how often: phishing mail, passwords, reporting an incident…</translation>
    </message>
    <message>
        <source>No sessions recorded yet</source>
        <translation>No sessions recorded yet</translation>
    </message>
    <message>
        <source>Record each time a course was taught and tick who was there; coverage counts the completions.</source>
        <translation>Record each time a course was taught and tick who was there; coverage counts the completions.</translation>
    </message>
    <message>
        <source>Record a session…</source>
        <translation>Record a session…</translation>
    </message>
    <message>
        <source>Coverage matrix (PDF)…</source>
        <translation>Coverage matrix (PDF)…</translation>
    </message>
    <message>
        <source>Save the people × courses matrix on A4, to print or to file</source>
        <translation>Save the people × courses matrix on A4, to print or to file</translation>
    </message>
    <message>
        <source>Certificates (PDF)…</source>
        <translation>Certificates (PDF)…</translation>
    </message>
    <message>
        <source>Save a certificate of completion for everyone who completed the selected session</source>
        <translation>Save a certificate of completion for everyone who completed the selected session</translation>
    </message>
    <message>
        <source>Save coverage matrix</source>
        <translation>Save coverage matrix</translation>
    </message>
    <message>
        <source>Save certificates</source>
        <translation>Save certificates</translation>
    </message>
</context>
<context>
    <name>kamae::ui::TrainingText</name>
    <message>
        <source>Phishing and Emotet</source>
        <translation>Phishing and Emotet</translation>
    </message>
    <message>
        <source>Passwords and MFA</source>
        <translation>Passwords and MFA</translation>
    </message>
    <message>
        <source>Reporting an incident</source>
        <translation>Reporting an incident</translation>
    </message>
    <message>
        <source>Handling information</source>
        <translation>Handling information</translation>
    </message>
    <message>
        <source>Physical security</source>
        <translation>Physical security</translation>
    </message>
    <message>
        <source>BCP drill</source>
        <translation>BCP drill</translation>
    </message>
    <message>
        <source>Role-specific</source>
        <translation>Role-specific</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Lecture</source>
        <translation>Lecture</translation>
    </message>
    <message>
        <source>E-learning</source>
        <translation>E-learning</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>Drill</source>
        <translation>Drill</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Everyone</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>Departments</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>Optional (only when assigned)</source>
        <translation>Optional (only when assigned)</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Departments: %1</source>
        <translation>Departments: %1</translation>
    </message>
    <message>
        <source>Roles: %1</source>
        <translation>Roles: %1</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message numerus="yes">
        <source>Every %n month(s)</source>
        <translation>
            <numerusform>Every %n month</numerusform>
            <numerusform>Every %n months</numerusform>
        </translation>
    </message>
    <message>
        <source>Once</source>
        <translation>Once</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) after joining</source>
        <translation>
            <numerusform>%n day after joining</numerusform>
            <numerusform>%n days after joining</numerusform>
        </translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>not taken</source>
        <translation>not taken</translation>
    </message>
    <message>
        <source>Last completed on %1.</source>
        <translation>Last completed on %1.</translation>
    </message>
    <message>
        <source>Never completed.</source>
        <translation>Never completed.</translation>
    </message>
    <message>
        <source>Renewal due on %1.</source>
        <translation>Renewal due on %1.</translation>
    </message>
    <message>
        <source>Due on %1.</source>
        <translation>Due on %1.</translation>
    </message>
    <message>
        <source>Assigned as a follow-up.</source>
        <translation>Assigned as a follow-up.</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>not measured</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>kamae::ui::TrainingUndoText</name>
    <message>
        <source>Edit course %1</source>
        <translation>Edit course %1</translation>
    </message>
    <message>
        <source>Add course %1</source>
        <translation>Add course %1</translation>
    </message>
    <message>
        <source>Delete course %1</source>
        <translation>Delete course %1</translation>
    </message>
    <message>
        <source>Add starter courses</source>
        <translation>Add starter courses</translation>
    </message>
    <message>
        <source>Record session of %1</source>
        <translation>Record session of %1</translation>
    </message>
    <message>
        <source>Edit session of %1</source>
        <translation>Edit session of %1</translation>
    </message>
    <message>
        <source>Delete session %1 of %2</source>
        <translation>Delete session %1 of %2</translation>
    </message>
</context>
<context>
    <name>kamae::ui::TrayNotifier</name>
    <message numerus="yes">
        <source>%n item(s) became overdue:</source>
        <translation>
            <numerusform>%n item became overdue:</numerusform>
            <numerusform>%n items became overdue:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %n more</source>
        <translation>
            <numerusform>…and %n more</numerusform>
            <numerusform>…and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>Kamae: overdue</source>
        <translation>Kamae: overdue</translation>
    </message>
</context>
<context>
    <name>kamae::ui::UnlockDialog</name>
    <message>
        <source>Unlock Kamae</source>
        <translation>Unlock Kamae</translation>
    </message>
    <message>
        <source>Unlock vault</source>
        <translation>Unlock vault</translation>
    </message>
    <message>
        <source>Use the passphrase instead</source>
        <translation>Use the passphrase instead</translation>
    </message>
    <message>
        <source>Forgot the passphrase? Use the recovery code</source>
        <translation>Forgot the passphrase? Use the recovery code</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>Recovery &amp;code (from the printed sheet):</source>
        <translation>Recovery &amp;code (from the printed sheet):</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>Opening the data…</source>
        <translation>Opening the data…</translation>
    </message>
    <message>
        <source>Deriving the key and decrypting…</source>
        <translation>Deriving the key and decrypting…</translation>
    </message>
    <message>
        <source>Checking the passphrase…</source>
        <translation>Checking the passphrase…</translation>
    </message>
</context>
<context>
    <name>kamae::ui::UserGuideWindow</name>
    <message>
        <source>User guide — Kamae</source>
        <translation>User guide — Kamae</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <source>User &amp;guide</source>
        <translation>User &amp;guide</translation>
    </message>
    <message>
        <source>Back to the beginning of the user guide</source>
        <translation>Back to the beginning of the user guide</translation>
    </message>
</context>
<context>
    <name>kamae::ui::WelcomePage</name>
    <message>
        <source>(not found: %1)</source>
        <translation>(not found: %1)</translation>
    </message>
    <message>
        <source>Kamae 構え</source>
        <translation>Kamae 構え</translation>
    </message>
    <message>
        <source>Your company&apos;s security posture in one encrypted file: information assets, patches, backups and their offline copies, training, the business continuity plan and incident contacts — as a score you can explain and a report for your executives.</source>
        <translation>Your company&apos;s security posture in one encrypted file: information assets, patches, backups and their offline copies, training, the business continuity plan and incident contacts — as a score you can explain and a report for your executives.</translation>
    </message>
    <message>
        <source>&amp;New vault…</source>
        <translation>&amp;New vault…</translation>
    </message>
    <message>
        <source>&amp;Open vault…</source>
        <translation>&amp;Open vault…</translation>
    </message>
    <message>
        <source>Recently opened</source>
        <translation>Recently opened</translation>
    </message>
    <message>
        <source>Remove from list</source>
        <translation>Remove from list</translation>
    </message>
    <message>
        <source>Or look around first: open the &amp;demo company</source>
        <translation>Or look around first: open the &amp;demo company</translation>
    </message>
    <message>
        <source>Opens a made-up company with a year of records, to look around (passphrase: %1)</source>
        <translation>Opens a made-up company with a year of records, to look around (passphrase: %1)</translation>
    </message>
</context>
<context>
    <name>kamae::vault::PassphraseStrength</name>
    <message>
        <source>Very weak</source>
        <translation>Very weak</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Weak</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Fair</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Strong</translation>
    </message>
    <message>
        <source>Very strong</source>
        <translation>Very strong</translation>
    </message>
    <message>
        <source>Use several words or a long sentence that only you know.</source>
        <translation>Use several words or a long sentence that only you know.</translation>
    </message>
    <message>
        <source>This is one of the most common passwords. Choose something else.</source>
        <translation>This is one of the most common passwords. Choose something else.</translation>
    </message>
    <message>
        <source>Use at least %1 characters; a few unrelated words are easy to remember.</source>
        <translation>Use at least %1 characters; a few unrelated words are easy to remember.</translation>
    </message>
    <message>
        <source>Easy to guess. Add more words, or mix in digits and symbols.</source>
        <translation>Easy to guess. Add more words, or mix in digits and symbols.</translation>
    </message>
    <message>
        <source>Acceptable. A longer passphrase would be stronger.</source>
        <translation>Acceptable. A longer passphrase would be stronger.</translation>
    </message>
    <message>
        <source>Good. Keep it somewhere safe: without it or the recovery code, the data cannot be recovered.</source>
        <translation>Good. Keep it somewhere safe: without it or the recovery code, the data cannot be recovered.</translation>
    </message>
</context>
<context>
    <name>kamae::vault::Vault</name>
    <message>
        <source>There is no file at %1.</source>
        <translation>There is no file at %1.</translation>
    </message>
    <message>
        <source>The file %1 could not be read: %2</source>
        <translation>The file %1 could not be read: %2</translation>
    </message>
    <message>
        <source>%1 is not a Kamae data file.</source>
        <translation>%1 is not a Kamae data file.</translation>
    </message>
    <message>
        <source>The file %1 is damaged or was changed outside Kamae, so its contents cannot be trusted. Nothing was changed. Open the backup copy (the file ending in .bak) or a copy from your offline media instead.</source>
        <translation>The file %1 is damaged or was changed outside Kamae, so its contents cannot be trusted. Nothing was changed. Open the backup copy (the file ending in .bak) or a copy from your offline media instead.</translation>
    </message>
    <message>
        <source>%1 was saved by a newer version of Kamae. Install the latest Kamae to open it; the file was not changed.</source>
        <translation>%1 was saved by a newer version of Kamae. Install the latest Kamae to open it; the file was not changed.</translation>
    </message>
    <message>
        <source>The passphrase is not correct. Check the input mode (half-width / full-width) and Caps Lock, or unlock with the recovery code.</source>
        <translation>The passphrase is not correct. Check the input mode (half-width / full-width) and Caps Lock, or unlock with the recovery code.</translation>
    </message>
    <message>
        <source>This recovery code does not open %1. Check the code on the printed sheet.</source>
        <translation>This recovery code does not open %1. Check the code on the printed sheet.</translation>
    </message>
    <message>
        <source>%1 is already open in another Kamae (%2). Close it there first.</source>
        <translation>%1 is already open in another Kamae (%2). Close it there first.</translation>
    </message>
    <message>
        <source>Kamae could not save %1: %2. Your data is still open and nothing was lost. Free some disk space or choose a writable folder, then save again.</source>
        <translation>Kamae could not save %1: %2. Your data is still open and nothing was lost. Free some disk space or choose a writable folder, then save again.</translation>
    </message>
    <message>
        <source>%1 already exists. Choose another name: a new vault never replaces an existing file.</source>
        <translation>%1 already exists. Choose another name: a new vault never replaces an existing file.</translation>
    </message>
    <message>
        <source>The data in %1 could not be upgraded for this version of Kamae (%2). The file was not changed.</source>
        <translation>The data in %1 could not be upgraded for this version of Kamae (%2). The file was not changed.</translation>
    </message>
    <message>
        <source>process %1 on %2</source>
        <translation>process %1 on %2</translation>
    </message>
    <message>
        <source>the lock file %1 could not be created</source>
        <translation>the lock file %1 could not be created</translation>
    </message>
    <message>
        <source>The passphrase must not be empty.</source>
        <translation>The passphrase must not be empty.</translation>
    </message>
    <message>
        <source>The organisation name must not be empty.</source>
        <translation>The organisation name must not be empty.</translation>
    </message>
    <message>
        <source>The key derivation settings are out of range.</source>
        <translation>The key derivation settings are out of range.</translation>
    </message>
    <message>
        <source>the folder does not exist</source>
        <translation>the folder does not exist</translation>
    </message>
    <message>
        <source>The key could not be derived.</source>
        <translation>The key could not be derived.</translation>
    </message>
    <message>
        <source>the first records could not be written</source>
        <translation>the first records could not be written</translation>
    </message>
    <message>
        <source>A recovery code has 24 letters and digits, in six groups of four.</source>
        <translation>A recovery code has 24 letters and digits, in six groups of four.</translation>
    </message>
    <message>
        <source>The vault is locked.</source>
        <translation>The vault is locked.</translation>
    </message>
    <message>
        <source>it was opened read-only</source>
        <translation>it was opened read-only</translation>
    </message>
    <message>
        <source>the database could not be serialized</source>
        <translation>the database could not be serialized</translation>
    </message>
    <message>
        <source>encryption failed</source>
        <translation>encryption failed</translation>
    </message>
    <message>
        <source>The backup copy %1 could not be written: %2</source>
        <translation>The backup copy %1 could not be written: %2</translation>
    </message>
    <message>
        <source>The copy could not be written to %1: %2. The vault itself was not changed. Check that the disk or USB stick is connected, writable and has free space, then try again.</source>
        <translation>The copy could not be written to %1: %2. The vault itself was not changed. Check that the disk or USB stick is connected, writable and has free space, then try again.</translation>
    </message>
    <message>
        <source>too many copies were made in this minute</source>
        <translation>too many copies were made in this minute</translation>
    </message>
    <message>
        <source>the file name was taken while writing</source>
        <translation>the file name was taken while writing</translation>
    </message>
    <message>
        <source>No copy was kept: the data in this vault failed its integrity check (%1), so a copy would not restore cleanly. The vault itself was not changed. Keep its .bak file and your earlier copies: they may hold an intact version.</source>
        <translation>No copy was kept: the data in this vault failed its integrity check (%1), so a copy would not restore cleanly. The vault itself was not changed. Keep its .bak file and your earlier copies: they may hold an intact version.</translation>
    </message>
    <message>
        <source>The copy %1 holds data that failed its integrity check (%2) and could not be deleted. Delete it yourself. The vault itself was not changed. Keep its .bak file and your earlier copies: they may hold an intact version.</source>
        <translation>The copy %1 holds data that failed its integrity check (%2) and could not be deleted. Delete it yourself. The vault itself was not changed. Keep its .bak file and your earlier copies: they may hold an intact version.</translation>
    </message>
    <message>
        <source>The copy %1 did not read back correctly (%2), so it was deleted. The vault itself was not changed. Try again; if it fails again, use another disk or USB stick.</source>
        <translation>The copy %1 did not read back correctly (%2), so it was deleted. The vault itself was not changed. Try again; if it fails again, use another disk or USB stick.</translation>
    </message>
    <message>
        <source>The copy %1 did not read back correctly (%2) and could not be deleted. Delete it yourself: it cannot be used to restore. The vault itself was not changed.</source>
        <translation>The copy %1 did not read back correctly (%2) and could not be deleted. Delete it yourself: it cannot be used to restore. The vault itself was not changed.</translation>
    </message>
    <message>
        <source>its contents do not match what was written</source>
        <translation>its contents do not match what was written</translation>
    </message>
    <message>
        <source>The copy %1 is damaged or was changed outside Kamae, so it cannot be used to restore. Make a new copy; if this happens again, replace the disk or USB stick.</source>
        <translation>The copy %1 is damaged or was changed outside Kamae, so it cannot be used to restore. Make a new copy; if this happens again, replace the disk or USB stick.</translation>
    </message>
    <message>
        <source>it could not be read: %1</source>
        <translation>it could not be read: %1</translation>
    </message>
    <message>
        <source>The file %1 is damaged, or it is not a copy of this vault; Kamae cannot tell which. If it is a copy of another vault, check it from that vault or with its passphrase. Otherwise make a new copy.</source>
        <translation>The file %1 is damaged, or it is not a copy of this vault; Kamae cannot tell which. If it is a copy of another vault, check it from that vault or with its passphrase. Otherwise make a new copy.</translation>
    </message>
    <message>
        <source>The file %1 is damaged or was changed outside Kamae (%2), so its contents cannot be trusted. Nothing was changed. Open the backup copy (the file ending in .bak) or a copy from your offline media instead.</source>
        <translation>The file %1 is damaged or was changed outside Kamae (%2), so its contents cannot be trusted. Nothing was changed. Open the backup copy (the file ending in .bak) or a copy from your offline media instead.</translation>
    </message>
    <message>
        <source>the disk did not take the data (it may be full or have been removed)</source>
        <translation>the disk did not take the data (it may be full or have been removed)</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>the disk is full</translation>
    </message>
    <message>
        <source>your disk quota is used up</source>
        <translation>your disk quota is used up</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>the disk is read-only</translation>
    </message>
    <message>
        <source>Kamae is not allowed to write in that folder</source>
        <translation>Kamae is not allowed to write in that folder</translation>
    </message>
    <message>
        <source>the file is larger than this disk or the system allows</source>
        <translation>the file is larger than this disk or the system allows</translation>
    </message>
    <message>
        <source>the folder no longer exists (was a USB stick or network drive removed?)</source>
        <translation>the folder no longer exists (was a USB stick or network drive removed?)</translation>
    </message>
    <message>
        <source>the disk reported a write error</source>
        <translation>the disk reported a write error</translation>
    </message>
    <message>
        <source>%1 is already open in another Kamae. Close it there first. If no Kamae has it open (after a crash or a power cut), delete the lock file %2.</source>
        <translation>%1 is already open in another Kamae. Close it there first. If no Kamae has it open (after a crash or a power cut), delete the lock file %2.</translation>
    </message>
    <message>
        <source>Kamae could not save %1: %2. The change was not saved; the file is as it was before this command.</source>
        <translation>Kamae could not save %1: %2. The change was not saved; the file is as it was before this command.</translation>
    </message>
    <message>
        <source>process %1</source>
        <translation>process %1</translation>
    </message>
    <message>
        <source>The backup copy %1 could not be replaced (%2). It still holds the previous generation, which opens with the previous secret.</source>
        <translation>The backup copy %1 could not be replaced (%2). It still holds the previous generation, which opens with the previous secret.</translation>
    </message>
    <message>
        <source>compression failed</source>
        <translation>compression failed</translation>
    </message>
    <message>
        <source>A save is already running.</source>
        <translation>A save is already running.</translation>
    </message>
</context>
</TS>
