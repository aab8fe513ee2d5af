<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ConfigStoreModel</name>
    <message numerus="yes">
        <source>%n secret(s)</source>
        <translation>
            <numerusform>%n secret</numerusform>
            <numerusform>%n secrets</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CrossSearchBox</name>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n match</numerusform>
            <numerusform>%n matches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 — searching, %2 of %n control plane(s) done</source>
        <translation>
            <numerusform>%1 — searching, %2 of %n control plane done</numerusform>
            <numerusform>%1 — searching, %2 of %n control planes done</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing matches “%1” in %n control plane(s)</source>
        <translation>
            <numerusform>Nothing matches “%1” in %n control plane</numerusform>
            <numerusform>Nothing matches “%1” in %n control planes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 in %n control plane(s)</source>
        <translation>
            <numerusform>%1 in %n control plane</numerusform>
            <numerusform>%1 in %n control planes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeleteStoreDialog</name>
    <message numerus="yes">
        <source>Delete the config store &lt;b&gt;%1&lt;/b&gt; and the %n secret(s) it holds? Their values cannot be recovered.</source>
        <translation>
            <numerusform>Delete the config store &lt;b&gt;%1&lt;/b&gt; and the %n secret it holds? Its value cannot be recovered.</numerusform>
            <numerusform>Delete the config store &lt;b&gt;%1&lt;/b&gt; and the %n secrets it holds? Their values cannot be recovered.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeleteWarning</name>
    <message numerus="yes">
        <source>%n gateway reference(s) would stop resolving:</source>
        <translation>
            <numerusform>%n gateway reference would stop resolving:</numerusform>
            <numerusform>%n gateway references would stop resolving:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %n more (View → Reference audit)</source>
        <translation>
            <numerusform>…and %n more (View → Reference audit)</numerusform>
            <numerusform>…and %n more (View → Reference audit)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message numerus="yes">
        <source>Listing the secrets… %n so far</source>
        <translation>
            <numerusform>Listing the secrets… %n so far</numerusform>
            <numerusform>Listing the secrets… %n so far</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reference(s). Values are not included: Konnect never returns them.</source>
        <translation>
            <numerusform>%n reference. Values are not included: Konnect never returns them.</numerusform>
            <numerusform>%n references. Values are not included: Konnect never returns them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %n reference(s) to %1</source>
        <translation>
            <numerusform>Saved %n reference to %1</numerusform>
            <numerusform>Saved %n references to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %n reference(s) to the clipboard</source>
        <translation>
            <numerusform>Copied %n reference to the clipboard</numerusform>
            <numerusform>Copied %n references to the clipboard</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message numerus="yes">
        <source>%1: %n secret(s) read</source>
        <translation>
            <numerusform>%1: %n secret read</numerusform>
            <numerusform>%1: %n secrets read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n new</numerusform>
            <numerusform>%n new</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to overwrite</source>
        <translation>
            <numerusform>%n to overwrite</numerusform>
            <numerusform>%n to overwrite</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the store, skipped</source>
        <translation>
            <numerusform>%n already in the store, skipped</numerusform>
            <numerusform>%n already in the store, skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invalid, not imported (hover for the rule)</source>
        <translation>
            <numerusform>%n invalid, not imported (hover for the rule)</numerusform>
            <numerusform>%n invalid, not imported (hover for the rule)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Created: %n secret(s)</source>
        <translation>
            <numerusform>Created: %n secret</numerusform>
            <numerusform>Created: %n secrets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Overwritten: %n secret(s)</source>
        <translation>
            <numerusform>Overwritten: %n secret</numerusform>
            <numerusform>Overwritten: %n secrets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped, already in the store: %n secret(s)</source>
        <translation>
            <numerusform>Skipped, already in the store: %n secret</numerusform>
            <numerusform>Skipped, already in the store: %n secrets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Invalid rows, not imported: %n</source>
        <translation>
            <numerusform>Invalid rows, not imported: %n</numerusform>
            <numerusform>Invalid rows, not imported: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not started (cancelled): %n secret(s)</source>
        <translation>
            <numerusform>Not started (cancelled): %n secret</numerusform>
            <numerusform>Not started (cancelled): %n secrets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Interrupted by the cancel, may or may not have been written: %n secret(s)</source>
        <translation>
            <numerusform>Interrupted by the cancel, may or may not have been written: %n secret</numerusform>
            <numerusform>Interrupted by the cancel, may or may not have been written: %n secrets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Failed: %n secret(s)</source>
        <translation>
            <numerusform>Failed: %n secret</numerusform>
            <numerusform>Failed: %n secrets</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportParser</name>
    <message numerus="yes">
        <source>Key is defined %n times (lines %1): keep one</source>
        <translation>
            <numerusform>Key is defined %n time (line %1): keep one</numerusform>
            <numerusform>Key is defined %n times (lines %1): keep one</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The file holds %n YAML document(s); only the first is imported</source>
        <translation>
            <numerusform>The file holds %n YAML document; only the first is imported</numerusform>
            <numerusform>The file holds %n YAML documents; only the first is imported</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportPreviewModel</name>
    <message numerus="yes">
        <source>(%n character(s))</source>
        <translation>
            <numerusform>(%n character)</numerusform>
            <numerusform>(%n characters)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n vaults</source>
        <translation>
            <numerusform>%n vault</numerusform>
            <numerusform>%n vaults</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n config stores</source>
        <translation>
            <numerusform>%n config store</numerusform>
            <numerusform>%n config stores</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReferenceAuditPanel</name>
    <message numerus="yes">
        <source>%n reference(s)</source>
        <translation>
            <numerusform>%n reference</numerusform>
            <numerusform>%n references</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n gateway entities</source>
        <translation>
            <numerusform>in %n gateway entity</numerusform>
            <numerusform>in %n gateway entities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dangling</source>
        <translation>
            <numerusform>%n dangling</numerusform>
            <numerusform>%n dangling</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unused secret(s)</source>
        <translation>
            <numerusform>%n unused secret</numerusform>
            <numerusform>%n unused secrets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to other backends</source>
        <translation>
            <numerusform>%n to other backends</numerusform>
            <numerusform>%n to other backends</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SecretBrowser</name>
    <message numerus="yes">
        <source>Loading… %n secrets</source>
        <translation>
            <numerusform>Loading… %n secret</numerusform>
            <numerusform>Loading… %n secrets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n secrets (incomplete)</source>
        <translation>
            <numerusform>%n secret (incomplete)</numerusform>
            <numerusform>%n secrets (incomplete)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n secrets</source>
        <translation>
            <numerusform>%n secret</numerusform>
            <numerusform>%n secrets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n secrets</source>
        <translation>
            <numerusform>Deleted %n secret</numerusform>
            <numerusform>Deleted %n secrets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n secret(s)? Their values cannot be recovered, and references to them stop resolving.</source>
        <translation>
            <numerusform>Delete %n secret? Its value cannot be recovered, and references to it stop resolving.</numerusform>
            <numerusform>Delete %n secrets? Their values cannot be recovered, and references to them stop resolving.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %1 of %n secret(s); %2 failed: %3</source>
        <translation>
            <numerusform>Deleted %1 of %n secret; %2 failed: %3</numerusform>
            <numerusform>Deleted %1 of %n secrets; %2 failed: %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped after deleting %1 of %n secret(s)</source>
        <translation>
            <numerusform>Stopped after deleting %1 of %n secret</numerusform>
            <numerusform>Stopped after deleting %1 of %n secrets</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SecretEditorDialog</name>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n line</numerusform>
            <numerusform>%n lines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n character</numerusform>
            <numerusform>%n characters</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StoreNameDialog</name>
    <message numerus="yes">
        <source>%n stores named %1 were created in the last minutes, so which one is yours cannot be told: refresh the list (F5) before saving again.</source>
        <translation>
            <numerusform>%n store named %1 was created in the last minutes, so which one is yours cannot be told: refresh the list (F5) before saving again.</numerusform>
            <numerusform>%n stores named %1 were created in the last minutes, so which one is yours cannot be told: refresh the list (F5) before saving again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UsedByProxy</name>
    <message numerus="yes">
        <source>%n use(s)</source>
        <translation>
            <numerusform>%n use</numerusform>
            <numerusform>%n uses</numerusform>
        </translation>
    </message>
</context>
</TS>
