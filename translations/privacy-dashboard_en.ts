<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
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
    <name>pd::ui::MainWindow</name>
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
    <name>pd::ui::OverviewPage</name>
    <message numerus="yes">
        <source>%Ln record(s)</source>
        <translation>
            <numerusform>%Ln record</numerusform>
            <numerusform>%Ln records</numerusform>
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
