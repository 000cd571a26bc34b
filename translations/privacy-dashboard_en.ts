<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>StaffText</name>
    <message numerus="yes">
        <source>Completing closes the account after %Ln day(s); after that the customer can no longer sign in.</source>
        <translation>
            <numerusform>Completing closes the account after %Ln day; after that the customer can no longer sign in.</numerusform>
            <numerusform>Completing closes the account after %Ln days; after that the customer can no longer sign in.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pd::ui::AccessLogPage</name>
    <message numerus="yes">
        <source>When this is on, a staff member who needs to look at your data must wait until you approve it here. You see who asks, why and for how long. A request you do not answer expires after %n hour(s), and they cannot look.</source>
        <translation>
            <numerusform>When this is on, a staff member who needs to look at your data must wait until you approve it here. You see who asks, why and for how long. A request you do not answer expires after %n hour, and they cannot look.</numerusform>
            <numerusform>When this is on, a staff member who needs to look at your data must wait until you approve it here. You see who asks, why and for how long. A request you do not answer expires after %n hours, and they cannot look.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pd::ui::ActionsController</name>
    <message numerus="yes">
        <source>%n open request(s)</source>
        <translation>
            <numerusform>%n open request</numerusform>
            <numerusform>%n open requests</numerusform>
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
        <source>You have %n action(s) that have not been sent to Hong Kong Cloud yet.</source>
        <translation>
            <numerusform>You have %n action that has not been sent to Hong Kong Cloud yet.</numerusform>
            <numerusform>You have %n actions that have not been sent to Hong Kong Cloud yet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) selected in the %1 tab</source>
        <translation>
            <numerusform>%Ln record selected in the %1 tab</numerusform>
            <numerusform>%Ln records selected in the %1 tab</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new entry(ies) in your access log: staff looked at your data or asked to.</source>
        <translation>
            <numerusform>%n new entry in your access log: staff looked at your data or asked to.</numerusform>
            <numerusform>%n new entries in your access log: staff looked at your data or asked to.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) wait for your answer.</source>
        <translation>
            <numerusform>%n request waits for your answer.</numerusform>
            <numerusform>%n requests wait for your answer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pd::ui::AuditPage</name>
    <message numerus="yes">
        <source>Showing the first %Ln entries; more can be loaded.</source>
        <translation>
            <numerusform>Showing the first %Ln entry; more can be loaded.</numerusform>
            <numerusform>Showing the first %Ln entries; more can be loaded.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entry(ies) match.</source>
        <translation>
            <numerusform>%Ln entry matches.</numerusform>
            <numerusform>%Ln entries match.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pd::ui::CookiesPage</name>
    <message numerus="yes">
        <source>Showing %L1 of %Ln item(s)</source>
        <translation>
            <numerusform>Showing %L1 of %Ln item</numerusform>
            <numerusform>Showing %L1 of %Ln items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pd::ui::CustomersPage</name>
    <message numerus="yes">
        <source>Account id, user name, e-mail or phone (at least %Ln characters)</source>
        <translation>
            <numerusform>Account id, user name, e-mail or phone (at least %Ln character)</numerusform>
            <numerusform>Account id, user name, e-mail or phone (at least %Ln characters)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Type at least %Ln characters to search.</source>
        <translation>
            <numerusform>Type at least %Ln character to search.</numerusform>
            <numerusform>Type at least %Ln characters to search.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customers found; only the first ones are shown: make the search more precise.</source>
        <translation>
            <numerusform>%Ln customer found; only the first ones are shown: make the search more precise.</numerusform>
            <numerusform>%Ln customers found; only the first ones are shown: make the search more precise.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) found.</source>
        <translation>
            <numerusform>%Ln customer found.</numerusform>
            <numerusform>%Ln customers found.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pd::ui::DevicesPage</name>
    <message numerus="yes">
        <source>Showing %L1 of %Ln device(s)</source>
        <translation>
            <numerusform>Showing %L1 of %Ln device</numerusform>
            <numerusform>Showing %L1 of %Ln devices</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pd::ui::GrantDialog</name>
    <message numerus="yes">
        <source>This is too short: write at least %Ln characters, one sentence saying why you need to look.</source>
        <translation>
            <numerusform>This is too short: write at least %Ln character, one sentence saying why you need to look.</numerusform>
            <numerusform>This is too short: write at least %Ln characters, one sentence saying why you need to look.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pd::ui::NoticesController</name>
    <message numerus="yes">
        <source>%n security notice(s) about your account: %1.</source>
        <translation>
            <numerusform>%n security notice about your account: %1.</numerusform>
            <numerusform>%n security notices about your account: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Hong Kong Cloud tells you of %n disclosure(s) of your data to an authority.</source>
        <translation>
            <numerusform>Hong Kong Cloud tells you of %n disclosure of your data to an authority.</numerusform>
            <numerusform>Hong Kong Cloud tells you of %n disclosures of your data to an authority.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pd::ui::NoticesPage</name>
    <message numerus="yes">
        <source>%n notice(s), all read on this computer.</source>
        <translation>
            <numerusform>%n notice, read on this computer.</numerusform>
            <numerusform>%n notices, all read on this computer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n notice(s), %1 not read yet on this computer.</source>
        <translation>
            <numerusform>%n notice, %1 not read yet on this computer.</numerusform>
            <numerusform>%n notices, %1 not read yet on this computer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pd::ui::OverviewPage</name>
    <message numerus="yes">
        <source>%Ln record(s)</source>
        <translation>
            <numerusform>%Ln record</numerusform>
            <numerusform>%Ln records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n notice(s) about security incidents or disclosures not read yet: see the Notices tab.</source>
        <translation>
            <numerusform>%n notice about a security incident or a disclosure not read yet: see the Notices tab.</numerusform>
            <numerusform>%n notices about security incidents or disclosures not read yet: see the Notices tab.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pd::ui::ProcessRequestDialog</name>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pd::ui::RefusalsPage</name>
    <message numerus="yes">
        <source>%Ln refusal(s).</source>
        <translation>
            <numerusform>%Ln refusal.</numerusform>
            <numerusform>%Ln refusals.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pd::ui::RequestsPage</name>
    <message numerus="yes">
        <source>%n open request(s).</source>
        <translation>
            <numerusform>%n open request.</numerusform>
            <numerusform>%n open requests.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue: Hong Kong Cloud has not answered by the date it must.</source>
        <translation>
            <numerusform>%n overdue: Hong Kong Cloud has not answered by the date it must.</numerusform>
            <numerusform>%n overdue: Hong Kong Cloud has not answered by the date it must.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sending is paused: %n action(s) saved on this computer. Nothing is sent until you resume.</source>
        <translation>
            <numerusform>Sending is paused: %n action saved on this computer. Nothing is sent until you resume.</numerusform>
            <numerusform>Sending is paused: %n actions saved on this computer. Nothing is sent until you resume.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You are offline: %n action(s) saved on this computer. They will be sent when you are online.</source>
        <translation>
            <numerusform>You are offline: %n action saved on this computer. It will be sent when you are online.</numerusform>
            <numerusform>You are offline: %n actions saved on this computer. They will be sent when you are online.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) waiting to send. They are sent automatically.</source>
        <translation>
            <numerusform>%n action waiting to send. It is sent automatically.</numerusform>
            <numerusform>%n actions waiting to send. They are sent automatically.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n need(s) your attention: select it to see why.</source>
        <translation>
            <numerusform>%n needs your attention: select it to see why.</numerusform>
            <numerusform>%n need your attention: select them to see why.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pd::ui::StaffQueuePage</name>
    <message numerus="yes">
        <source>%Ln open request(s), %1 overdue.</source>
        <translation>
            <numerusform>%Ln open request, %1 overdue.</numerusform>
            <numerusform>%Ln open requests, %1 overdue.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %Ln request(s) (%2 overdue in all).</source>
        <translation>
            <numerusform>Showing %1 of %Ln request (%2 overdue in all).</numerusform>
            <numerusform>Showing %1 of %Ln requests (%2 overdue in all).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pd::ui::StaffWorkspace</name>
    <message numerus="yes">
        <source>%Ln step(s) waiting to be sent</source>
        <translation>
            <numerusform>%Ln step waiting to be sent</numerusform>
            <numerusform>%Ln steps waiting to be sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln step(s) not accepted</source>
        <translation>
            <numerusform>%Ln step not accepted</numerusform>
            <numerusform>%Ln steps not accepted</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pd::ui::SyncFeedback</name>
    <message numerus="yes">
        <source>%Ln record(s)</source>
        <translation>
            <numerusform>%Ln record</numerusform>
            <numerusform>%Ln records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fetching %1… %Ln record(s)</source>
        <translation>
            <numerusform>Fetching %1… %Ln record</numerusform>
            <numerusform>Fetching %1… %Ln records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your data is up to date: %Ln record(s).</source>
        <translation>
            <numerusform>Your data is up to date: %Ln record.</numerusform>
            <numerusform>Your data is up to date: %Ln records.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pd::ui::UsagePage</name>
    <message numerus="yes">
        <source>No events match the filter. Clear the filter to see all %Ln event(s).</source>
        <translation>
            <numerusform>No events match the filter. Clear the filter to see all %Ln event.</numerusform>
            <numerusform>No events match the filter. Clear the filter to see all %Ln events.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing %L1 of %Ln event(s)</source>
        <translation>
            <numerusform>Showing %L1 of %Ln event</numerusform>
            <numerusform>Showing %L1 of %Ln events</numerusform>
        </translation>
    </message>
</context>
</TS>
