<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About %1</source>
        <translation>Über %1</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Manage the config stores, vaults and secrets of Kong Konnect, and copy vault references in one keystroke.</source>
        <translation>Verwalten Sie die Config Stores, Vaults und Secrets von Kong Konnect und kopieren Sie Vault-Referenzen mit einem Tastendruck.</translation>
    </message>
    <message>
        <source>Qt %1 (built with %2)</source>
        <translation>Qt %1 (kompiliert mit %2)</translation>
    </message>
    <message>
        <source>QtKeychain %1</source>
        <translation>QtKeychain %1</translation>
    </message>
    <message>
        <source>Licensed under the GNU General Public License, version 3 or later. This program comes with absolutely no warranty.</source>
        <translation>Lizenziert unter der GNU General Public License, Version 3 oder später. Für dieses Programm besteht keinerlei Gewährleistung.</translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translation>Details &amp;kopieren</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>No complete answer within %1 seconds.</source>
        <translation>Keine vollständige Antwort innerhalb von %1 Sekunden.</translation>
    </message>
    <message>
        <source>Nothing was sent: %1 fields need attention.</source>
        <translation>Nichts wurde gesendet: %1 Felder müssen korrigiert werden.</translation>
    </message>
    <message>
        <source>Refused to connect: %1</source>
        <translation>Keine Verbindung aufgebaut: %1</translation>
    </message>
    <message>
        <source>Konnect did not answer in time. Check your connection and try again.</source>
        <translation>Konnect hat nicht rechtzeitig geantwortet. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Konnect sent an answer this app cannot read (%1). Try again; if it persists, the API may have changed.</source>
        <translation>Konnect hat eine Antwort gesendet, die diese App nicht lesen kann (%1). Versuchen Sie es erneut; besteht das Problem weiter, hat sich womöglich die API geändert.</translation>
    </message>
    <message>
        <source>Cannot reach the host: its name could not be resolved. Check the region or API URL and your network.</source>
        <translation>Der Host ist nicht erreichbar: Sein Name konnte nicht aufgelöst werden. Prüfen Sie die Region oder API-URL und Ihr Netzwerk.</translation>
    </message>
    <message>
        <source>Cannot reach the host: the connection was refused. Check the API URL.</source>
        <translation>Der Host ist nicht erreichbar: Die Verbindung wurde abgelehnt. Prüfen Sie die API-URL.</translation>
    </message>
    <message>
        <source>The secure connection failed: the server&apos;s certificate was not accepted.</source>
        <translation>Die sichere Verbindung ist fehlgeschlagen: Das Zertifikat des Servers wurde nicht akzeptiert.</translation>
    </message>
    <message>
        <source>Cannot reach the host through the proxy. Check the system proxy settings.</source>
        <translation>Der Host ist über den Proxy nicht erreichbar. Prüfen Sie die Proxy-Einstellungen des Systems.</translation>
    </message>
    <message>
        <source>The connection to Konnect failed (%1). Check your network and try again.</source>
        <translation>Die Verbindung zu Konnect ist fehlgeschlagen (%1). Prüfen Sie Ihr Netzwerk und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Konnect rejected the request: %1</source>
        <translation>Konnect hat die Anfrage abgelehnt: %1</translation>
    </message>
    <message>
        <source>bad request.</source>
        <translation>ungültige Anfrage.</translation>
    </message>
    <message>
        <source>The token was rejected: it may be expired or revoked. Sign in again with a valid token.</source>
        <translation>Das Token wurde abgelehnt: Es ist womöglich abgelaufen oder widerrufen. Melden Sie sich mit einem gültigen Token erneut an.</translation>
    </message>
    <message>
        <source>The token is valid but lacks permission for this. Ask an organization admin for the right role.</source>
        <translation>Das Token ist gültig, hat dafür aber keine Berechtigung. Bitten Sie eine Administratorin oder einen Administrator Ihrer Organisation um die passende Rolle.</translation>
    </message>
    <message>
        <source>Not found: it may have been deleted by someone else. Refresh and try again.</source>
        <translation>Nicht gefunden: Es wurde womöglich von jemand anderem gelöscht. Aktualisieren Sie die Ansicht und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Conflict: %1</source>
        <translation>Konflikt: %1</translation>
    </message>
    <message>
        <source>it already exists.</source>
        <translation>Es existiert bereits.</translation>
    </message>
    <message>
        <source>Konnect did not accept the request format (415). This is a bug in the app.</source>
        <translation>Konnect hat das Format der Anfrage nicht akzeptiert (415). Das ist ein Fehler in der App.</translation>
    </message>
    <message>
        <source>Konnect is rate limiting requests. Wait a moment and try again.</source>
        <translation>Konnect drosselt die Anfragen. Warten Sie einen Moment und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Konnect had a problem (HTTP %1). Try again in a moment.</source>
        <translation>Bei Konnect ist ein Problem aufgetreten (HTTP %1). Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>Konnect answered HTTP %1%2</source>
        <translation>Konnect hat mit HTTP %1 geantwortet%2</translation>
    </message>
    <message>
        <source>Reference: %1</source>
        <translation>Referenz: %1</translation>
    </message>
    <message>
        <source>the session ended before Konnect answered</source>
        <translation>die Sitzung endete, bevor Konnect antwortete</translation>
    </message>
    <message>
        <source>Stopped: you signed out or switched profile before Konnect answered. Nothing more was sent; sign in again to retry.</source>
        <translation>Abgebrochen: Sie haben sich abgemeldet oder das Profil gewechselt, bevor Konnect antwortete. Es wurde nichts weiter gesendet; melden Sie sich erneut an, um es noch einmal zu versuchen.</translation>
    </message>
    <message>
        <source>Nothing was sent: %1.</source>
        <translation>Nichts wurde gesendet: %1.</translation>
    </message>
    <message>
        <source>Konnect rejected the request: %1.</source>
        <translation>Konnect hat die Anfrage abgelehnt: %1.</translation>
    </message>
    <message>
        <source>Konnect does not allow this change on this control plane (%1). A Kong Ingress Controller manages its gateway entities: change them in Kubernetes.</source>
        <translation>Konnect erlaubt diese Änderung auf dieser Control Plane nicht (%1). Ein Kong Ingress Controller verwaltet ihre Gateway-Entitäten: Ändern Sie sie in Kubernetes.</translation>
    </message>
    <message>
        <source>usage constraint</source>
        <translation>Nutzungsbeschränkung</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>Manage Kong Konnect config stores, vaults and secrets.</source>
        <translation>Config Stores, Vaults und Secrets von Kong Konnect verwalten.</translation>
    </message>
    <message>
        <source>Start on the built-in sandbox, with demo data and no account.</source>
        <translation>Mit der integrierten Sandbox starten, mit Demodaten und ohne Konto.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1
</source>
        <translation>Unerwartetes Argument: %1
</translation>
    </message>
</context>
<context>
    <name>BulkActions</name>
    <message>
        <source>&amp;Import secrets…</source>
        <translation>Secrets &amp;importieren…</translation>
    </message>
    <message>
        <source>E&amp;xport references…</source>
        <translation>Referenzen e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Create or overwrite secrets from a .env, JSON or YAML file</source>
        <translation>Secrets aus einer .env-, JSON- oder YAML-Datei erstellen oder überschreiben</translation>
    </message>
    <message>
        <source>Save the vault references of this store&apos;s secrets as .env, YAML or CSV</source>
        <translation>Die Vault-Referenzen der Secrets dieses Stores als .env, YAML oder CSV speichern</translation>
    </message>
</context>
<context>
    <name>ConfigStore</name>
    <message>
        <source>(unnamed) %1</source>
        <translation>(unbenannt) %1</translation>
    </message>
</context>
<context>
    <name>ConfigStoreModel</name>
    <message>
        <source>%1
ID: %2
Created: %3</source>
        <translation>%1
ID: %2
Erstellt: %3</translation>
    </message>
    <message numerus="yes">
        <source>%n secret(s)</source>
        <translation>
            <numerusform>%n Secret</numerusform>
            <numerusform>%n Secrets</numerusform>
        </translation>
    </message>
    <message>
        <source>Not counted yet</source>
        <translation>Noch nicht gezählt</translation>
    </message>
    <message>
        <source>No konnect vault reads this store: its secrets cannot be referenced yet</source>
        <translation>Kein Vault vom Typ „konnect“ liest diesen Store: Seine Secrets können noch nicht referenziert werden</translation>
    </message>
    <message>
        <source>Referenced as {vault://%1/&lt;key&gt;}</source>
        <translation>Referenziert als {vault://%1/&lt;key&gt;}</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Secrets</source>
        <translation>Secrets</translation>
    </message>
    <message>
        <source>Vaults</source>
        <translation>Vaults</translation>
    </message>
</context>
<context>
    <name>ControlPlaneModel</name>
    <message>
        <source>Dedicated Cloud Gateway</source>
        <translation>Dedicated Cloud Gateway</translation>
    </message>
    <message>
        <source>Hybrid</source>
        <translation>Hybrid</translation>
    </message>
    <message>
        <source>Kubernetes Ingress Controller</source>
        <translation>Kubernetes Ingress Controller</translation>
    </message>
    <message>
        <source>Control plane group</source>
        <translation>Control-Plane-Gruppe</translation>
    </message>
    <message>
        <source>Serverless</source>
        <translation>Serverless</translation>
    </message>
    <message>
        <source>Event Gateway</source>
        <translation>Event Gateway</translation>
    </message>
    <message>
        <source>Type: %1</source>
        <translation>Typ: %1</translation>
    </message>
    <message>
        <source>Labels: %1</source>
        <translation>Labels: %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
</context>
<context>
    <name>ControlPlanePicker</name>
    <message>
        <source>Control plane</source>
        <translation>Control Plane</translation>
    </message>
    <message>
        <source>Control plane: type to filter</source>
        <translation>Control Plane: zum Filtern tippen</translation>
    </message>
    <message>
        <source>Control plane…</source>
        <translation>Control Plane…</translation>
    </message>
</context>
<context>
    <name>CoreEntities</name>
    <message>
        <source>service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>route</source>
        <translation>Route</translation>
    </message>
    <message>
        <source>consumer</source>
        <translation>Consumer</translation>
    </message>
    <message>
        <source>plugin</source>
        <translation>Plugin</translation>
    </message>
    <message>
        <source>certificate</source>
        <translation>Zertifikat</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>CA-Zertifikat</translation>
    </message>
    <message>
        <source>SNI</source>
        <translation>SNI</translation>
    </message>
    <message>
        <source>upstream</source>
        <translation>Upstream</translation>
    </message>
    <message>
        <source>key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>key set</source>
        <translation>Schlüsselsatz</translation>
    </message>
    <message>
        <source>partial</source>
        <translation>Partial</translation>
    </message>
    <message>
        <source>key-auth credential</source>
        <translation>Zugangsdaten (key-auth)</translation>
    </message>
    <message>
        <source>basic-auth credential</source>
        <translation>Zugangsdaten (basic-auth)</translation>
    </message>
    <message>
        <source>hmac-auth credential</source>
        <translation>Zugangsdaten (hmac-auth)</translation>
    </message>
    <message>
        <source>JWT credential</source>
        <translation>Zugangsdaten (JWT)</translation>
    </message>
</context>
<context>
    <name>CrossSearch</name>
    <message>
        <source>vaults</source>
        <translation>Vaults</translation>
    </message>
    <message>
        <source>config stores</source>
        <translation>Config Stores</translation>
    </message>
    <message>
        <source>secrets of %1</source>
        <translation>Secrets von %1</translation>
    </message>
    <message>
        <source>Control planes</source>
        <translation>Control Planes</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
</context>
<context>
    <name>CrossSearchBox</name>
    <message>
        <source>&amp;Search all control planes</source>
        <translation>Alle Control Planes &amp;durchsuchen</translation>
    </message>
    <message>
        <source>Search all control planes</source>
        <translation>Alle Control Planes durchsuchen</translation>
    </message>
    <message>
        <source>Search all control planes (Ctrl+K)</source>
        <translation>Alle Control Planes durchsuchen (Strg+K)</translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <source>Search again</source>
        <translation>Erneut suchen</translation>
    </message>
    <message>
        <source>Read every control plane again (the results are kept for the session otherwise)</source>
        <translation>Alle Control Planes erneut lesen (sonst bleiben die Ergebnisse für die Dauer der Sitzung erhalten)</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Suchergebnisse</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n Treffer</numerusform>
            <numerusform>%n Treffer</numerusform>
        </translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Suche läuft…</translation>
    </message>
    <message numerus="yes">
        <source>%1 — searching, %2 of %n control plane(s) done</source>
        <translation>
            <numerusform>%1 — Suche läuft, %2 von %n Control Plane durchsucht</numerusform>
            <numerusform>%1 — Suche läuft, %2 von %n Control Planes durchsucht</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing matches “%1” in %n control plane(s)</source>
        <translation>
            <numerusform>Keine Treffer für „%1“ in %n Control Plane</numerusform>
            <numerusform>Keine Treffer für „%1“ in %n Control Planes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 in %n control plane(s)</source>
        <translation>
            <numerusform>%1 in %n Control Plane</numerusform>
            <numerusform>%1 in %n Control Planes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — search stopped</source>
        <translation>%1 — Suche angehalten</translation>
    </message>
    <message>
        <source>Could not search everything:</source>
        <translation>Nicht alles konnte durchsucht werden:</translation>
    </message>
</context>
<context>
    <name>DeleteStoreDialog</name>
    <message>
        <source>Delete config store</source>
        <translation>Config Store löschen</translation>
    </message>
    <message>
        <source>Delete the config store &lt;b&gt;%1&lt;/b&gt; and every secret it holds? Their values cannot be recovered.</source>
        <translation>Den Config Store &lt;b&gt;%1&lt;/b&gt; und alle Secrets darin löschen? Ihre Werte können nicht wiederhergestellt werden.</translation>
    </message>
    <message>
        <source>Delete the empty config store &lt;b&gt;%1&lt;/b&gt;?</source>
        <translation>Den leeren Config Store &lt;b&gt;%1&lt;/b&gt; löschen?</translation>
    </message>
    <message>
        <source>References through these vaults will stop resolving: %1.</source>
        <translation>Referenzen über diese Vaults werden dann nicht mehr aufgelöst: %1.</translation>
    </message>
    <message>
        <source>Type the store&apos;s name to confirm</source>
        <translation>Zur Bestätigung den Namen des Stores eingeben</translation>
    </message>
    <message>
        <source>Type &lt;b&gt;%1&lt;/b&gt; to confirm:</source>
        <translation>Geben Sie zur Bestätigung &lt;b&gt;%1&lt;/b&gt; ein:</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message numerus="yes">
        <source>Delete the config store &lt;b&gt;%1&lt;/b&gt; and the %n secret(s) it holds? Their values cannot be recovered.</source>
        <translation>
            <numerusform>Den Config Store &lt;b&gt;%1&lt;/b&gt; und das %n Secret darin löschen? Sein Wert kann nicht wiederhergestellt werden.</numerusform>
            <numerusform>Den Config Store &lt;b&gt;%1&lt;/b&gt; und die %n Secrets darin löschen? Ihre Werte können nicht wiederhergestellt werden.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeleteWarning</name>
    <message>
        <source>No gateway configuration of this control plane references it.</source>
        <translation>Nichts in der Gateway-Konfiguration dieser Control Plane verweist darauf.</translation>
    </message>
    <message numerus="yes">
        <source>%n gateway reference(s) would stop resolving:</source>
        <translation>
            <numerusform>%n Gateway-Referenz würde nicht mehr aufgelöst:</numerusform>
            <numerusform>%n Gateway-Referenzen würden nicht mehr aufgelöst:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %n more (View → Reference audit)</source>
        <translation>
            <numerusform>…und %n weitere (Ansicht → Referenzprüfung)</numerusform>
            <numerusform>…und %n weitere (Ansicht → Referenzprüfung)</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking which gateway references would break…</source>
        <translation>Es wird geprüft, welche Gateway-Referenzen nicht mehr aufgelöst würden…</translation>
    </message>
    <message>
        <source>Could not check which gateway references would break: %1</source>
        <translation>Es konnte nicht geprüft werden, welche Gateway-Referenzen nicht mehr aufgelöst würden: %1</translation>
    </message>
    <message>
        <source>The reference audit was stopped: which gateway references would break is not known.</source>
        <translation>Die Referenzprüfung wurde abgebrochen: Welche Gateway-Referenzen nicht mehr aufgelöst würden, ist nicht bekannt.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export references of %1</source>
        <translation>Referenzen von %1 exportieren</translation>
    </message>
    <message>
        <source>vault prefix</source>
        <translation>Vault-Präfix</translation>
    </message>
    <message>
        <source>The prefix of a vault that reads this store</source>
        <translation>Das Präfix eines Vaults, der diesen Store liest</translation>
    </message>
    <message>
        <source>.env template</source>
        <translation>.env-Vorlage</translation>
    </message>
    <message>
        <source>decK YAML snippet</source>
        <translation>decK-YAML-Ausschnitt</translation>
    </message>
    <message>
        <source>CSV (key, reference)</source>
        <translation>CSV (Schlüssel, Referenz)</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Speichern…</translation>
    </message>
    <message>
        <source>&amp;Copy to clipboard</source>
        <translation>In die Zwischenablage &amp;kopieren</translation>
    </message>
    <message>
        <source>&amp;Vault prefix:</source>
        <translation>&amp;Vault-Präfix:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>Cannot list the secrets: %1</source>
        <translation>Die Secrets können nicht aufgelistet werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>Listing the secrets… %n so far</source>
        <translation>
            <numerusform>Secrets werden aufgelistet… bisher %n</numerusform>
            <numerusform>Secrets werden aufgelistet… bisher %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Type the prefix of a vault that reads this store.</source>
        <translation>Geben Sie das Präfix eines Vaults ein, der diesen Store liest.</translation>
    </message>
    <message>
        <source>The prefix %1</source>
        <translation>Das Präfix %1</translation>
    </message>
    <message numerus="yes">
        <source>%n reference(s). Values are not included: Konnect never returns them.</source>
        <translation>
            <numerusform>%n Referenz. Werte sind nicht enthalten: Konnect gibt sie nie zurück.</numerusform>
            <numerusform>%n Referenzen. Werte sind nicht enthalten: Konnect gibt sie nie zurück.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>%1 kann nicht gespeichert werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n reference(s) to %1</source>
        <translation>
            <numerusform>%n Referenz in %1 gespeichert</numerusform>
            <numerusform>%n Referenzen in %1 gespeichert</numerusform>
        </translation>
    </message>
    <message>
        <source>Save references</source>
        <translation>Referenzen speichern</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n reference(s) to the clipboard</source>
        <translation>
            <numerusform>%n Referenz in die Zwischenablage kopiert</numerusform>
            <numerusform>%n Referenzen in die Zwischenablage kopiert</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import secrets</source>
        <translation>Secrets importieren</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>Choose a .env, JSON or YAML file, or drop one here</source>
        <translation>Wählen Sie eine .env-, JSON- oder YAML-Datei aus oder ziehen Sie eine hierher</translation>
    </message>
    <message>
        <source>When a key is already in the store</source>
        <translation>Wenn ein Schlüssel bereits im Store vorhanden ist</translation>
    </message>
    <message>
        <source>&amp;Skip it (keep the current value)</source>
        <translation>&amp;Überspringen (aktuellen Wert behalten)</translation>
    </message>
    <message>
        <source>&amp;Overwrite it with the file&apos;s value</source>
        <translation>Mit dem Wert aus der Datei über&amp;schreiben</translation>
    </message>
    <message>
        <source>Import secrets into %1</source>
        <translation>Secrets in %1 importieren</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Import secrets from a file</source>
        <translation>Secrets aus einer Datei importieren</translation>
    </message>
    <message>
        <source>Secret files (*.env .env* *.json *.yaml *.yml)</source>
        <translation>Secret-Dateien (*.env .env* *.json *.yaml *.yml)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>S&amp;chließen</translation>
    </message>
    <message>
        <source>Choose a file: a .env file (KEY=value), a JSON object or a YAML map. Values are only sent to Konnect, never stored anywhere else.</source>
        <translation>Wählen Sie eine Datei: eine .env-Datei (KEY=value), ein JSON-Objekt oder eine YAML-Map. Die Werte werden nur an Konnect gesendet und nirgendwo sonst gespeichert.</translation>
    </message>
    <message>
        <source>The file holds no secrets.</source>
        <translation>Die Datei enthält keine Secrets.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n secret(s) read</source>
        <translation>
            <numerusform>%1: %n Secret gelesen</numerusform>
            <numerusform>%1: %n Secrets gelesen</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot check which keys already exist: %1</source>
        <translation>es kann nicht geprüft werden, welche Schlüssel bereits existieren: %1</translation>
    </message>
    <message>
        <source>checking which keys already exist…</source>
        <translation>vorhandene Schlüssel werden geprüft…</translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n neu</numerusform>
            <numerusform>%n neu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to overwrite</source>
        <translation>
            <numerusform>%n zu überschreiben</numerusform>
            <numerusform>%n zu überschreiben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the store, skipped</source>
        <translation>
            <numerusform>%n bereits im Store, übersprungen</numerusform>
            <numerusform>%n bereits im Store, übersprungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invalid, not imported (hover for the rule)</source>
        <translation>
            <numerusform>%n ungültig, nicht importiert (Regel im Tooltip)</numerusform>
            <numerusform>%n ungültig, nicht importiert (Regel im Tooltip)</numerusform>
        </translation>
    </message>
    <message>
        <source>%v of %m written</source>
        <translation>%v von %m geschrieben</translation>
    </message>
    <message>
        <source>Import cancelled.</source>
        <translation>Import abgebrochen.</translation>
    </message>
    <message>
        <source>Import finished.</source>
        <translation>Import abgeschlossen.</translation>
    </message>
    <message numerus="yes">
        <source>Created: %n secret(s)</source>
        <translation>
            <numerusform>Erstellt: %n Secret</numerusform>
            <numerusform>Erstellt: %n Secrets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Overwritten: %n secret(s)</source>
        <translation>
            <numerusform>Überschrieben: %n Secret</numerusform>
            <numerusform>Überschrieben: %n Secrets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped, already in the store: %n secret(s)</source>
        <translation>
            <numerusform>Übersprungen, bereits im Store: %n Secret</numerusform>
            <numerusform>Übersprungen, bereits im Store: %n Secrets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Invalid rows, not imported: %n</source>
        <translation>
            <numerusform>Ungültige Zeilen, nicht importiert: %n</numerusform>
            <numerusform>Ungültige Zeilen, nicht importiert: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not started (cancelled): %n secret(s)</source>
        <translation>
            <numerusform>Nicht begonnen (abgebrochen): %n Secret</numerusform>
            <numerusform>Nicht begonnen (abgebrochen): %n Secrets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Interrupted by the cancel, may or may not have been written: %n secret(s)</source>
        <translation>
            <numerusform>Durch den Abbruch unterbrochen, möglicherweise geschrieben: %n Secret</numerusform>
            <numerusform>Durch den Abbruch unterbrochen, möglicherweise geschrieben: %n Secrets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Failed: %n secret(s)</source>
        <translation>
            <numerusform>Fehlgeschlagen: %n Secret</numerusform>
            <numerusform>Fehlgeschlagen: %n Secrets</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Auswählen…</translation>
    </message>
    <message>
        <source>Cancel i&amp;mport</source>
        <translation>Import a&amp;bbrechen</translation>
    </message>
</context>
<context>
    <name>ImportParser</name>
    <message>
        <source>Key must be valid UTF-8 text</source>
        <translation>Der Schlüssel muss gültiger UTF-8-Text sein</translation>
    </message>
    <message>
        <source>Key %1</source>
        <translation>Schlüssel %1</translation>
    </message>
    <message>
        <source>Value %1</source>
        <translation>Wert %1</translation>
    </message>
    <message numerus="yes">
        <source>Key is defined %n times (lines %1): keep one</source>
        <translation>
            <numerusform>Der Schlüssel ist %n-mal definiert (Zeile %1): Behalten Sie nur eine Definition</numerusform>
            <numerusform>Der Schlüssel ist %n-mal definiert (Zeilen %1): Behalten Sie nur eine Definition</numerusform>
        </translation>
    </message>
    <message>
        <source>.env file</source>
        <translation>.env-Datei</translation>
    </message>
    <message>
        <source>JSON object</source>
        <translation>JSON-Objekt</translation>
    </message>
    <message>
        <source>YAML map</source>
        <translation>YAML-Map</translation>
    </message>
    <message>
        <source>unknown format</source>
        <translation>unbekanntes Format</translation>
    </message>
    <message>
        <source>The format is not recognised: use a .env file (KEY=value), a JSON object or a YAML map</source>
        <translation>Das Format wurde nicht erkannt: Verwenden Sie eine .env-Datei (KEY=value), ein JSON-Objekt oder eine YAML-Map</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 is too large for an import (over %2 MiB)</source>
        <translation>%1 ist zu groß für einen Import (über %2 MiB)</translation>
    </message>
    <message>
        <source>Line %1 is not KEY=value</source>
        <translation>Zeile %1 hat nicht die Form KEY=value</translation>
    </message>
    <message>
        <source>The key on line %1 contains a space or a quote; write KEY=value</source>
        <translation>Der Schlüssel in Zeile %1 enthält ein Leerzeichen oder ein Anführungszeichen; schreiben Sie KEY=value</translation>
    </message>
    <message>
        <source>The quote opened on line %1 is never closed</source>
        <translation>Das in Zeile %1 geöffnete Anführungszeichen wird nie geschlossen</translation>
    </message>
    <message>
        <source>Unexpected text after the closing quote on line %1</source>
        <translation>Unerwarteter Text nach dem schließenden Anführungszeichen in Zeile %1</translation>
    </message>
    <message>
        <source>A JSON import must be one object of &quot;KEY&quot;: &quot;value&quot; pairs</source>
        <translation>Ein JSON-Import muss ein einzelnes Objekt aus Paaren der Form &quot;KEY&quot;: &quot;value&quot; sein</translation>
    </message>
    <message>
        <source>Expected a key in double quotes</source>
        <translation>Schlüssel in doppelten Anführungszeichen erwartet</translation>
    </message>
    <message>
        <source>Expected &apos;:&apos; after the key</source>
        <translation>„:“ nach dem Schlüssel erwartet</translation>
    </message>
    <message>
        <source>Expected &apos;,&apos; or &apos;}&apos;</source>
        <translation>„,“ oder „}“ erwartet</translation>
    </message>
    <message>
        <source>%1 (at the end of the file)</source>
        <translation>%1 (am Dateiende)</translation>
    </message>
    <message>
        <source>Unexpected text after the closing &apos;}&apos;</source>
        <translation>Unerwarteter Text nach der schließenden „}“</translation>
    </message>
    <message>
        <source>Incomplete \u escape</source>
        <translation>Unvollständige Escape-Sequenz \u</translation>
    </message>
    <message>
        <source>Invalid \u escape</source>
        <translation>Ungültige Escape-Sequenz \u</translation>
    </message>
    <message>
        <source>A string holds a raw control character or line break; write it as \n, \t or \u00XX</source>
        <translation>Ein String enthält ein Steuerzeichen oder einen Zeilenumbruch im Klartext; schreiben Sie ihn als \n, \t oder \u00XX</translation>
    </message>
    <message>
        <source>Invalid escape \%1</source>
        <translation>Ungültige Escape-Sequenz \%1</translation>
    </message>
    <message>
        <source>A string is never closed</source>
        <translation>Ein String wird nie geschlossen</translation>
    </message>
    <message>
        <source>An object or list is never closed</source>
        <translation>Ein Objekt oder eine Liste wird nie geschlossen</translation>
    </message>
    <message>
        <source>Value is an object, not a string: nested values are not imported</source>
        <translation>Der Wert ist ein Objekt, kein String: Verschachtelte Werte werden nicht importiert</translation>
    </message>
    <message>
        <source>Value is a list, not a string: nested values are not imported</source>
        <translation>Der Wert ist eine Liste, kein String: Verschachtelte Werte werden nicht importiert</translation>
    </message>
    <message>
        <source>Value is null, not a string</source>
        <translation>Der Wert ist null, kein String</translation>
    </message>
    <message>
        <source>Expected a value in double quotes</source>
        <translation>Wert in doppelten Anführungszeichen erwartet</translation>
    </message>
    <message numerus="yes">
        <source>The file holds %n YAML document(s); only the first is imported</source>
        <translation>
            <numerusform>Die Datei enthält %n YAML-Dokument; nur das erste wird importiert</numerusform>
            <numerusform>Die Datei enthält %n YAML-Dokumente; nur das erste wird importiert</numerusform>
        </translation>
    </message>
    <message>
        <source>A YAML import must be a map of KEY: value pairs</source>
        <translation>Ein YAML-Import muss eine Map aus Paaren der Form KEY: value sein</translation>
    </message>
    <message>
        <source>Key on line %1 is not text</source>
        <translation>Der Schlüssel in Zeile %1 ist kein Text</translation>
    </message>
    <message>
        <source>Value is a map, not a string: nested values are not imported</source>
        <translation>Der Wert ist eine Map, kein String: Verschachtelte Werte werden nicht importiert</translation>
    </message>
    <message>
        <source>Value is empty (null in YAML)</source>
        <translation>Der Wert ist leer (null in YAML)</translation>
    </message>
    <message>
        <source>Not valid YAML: %1</source>
        <translation>Kein gültiges YAML: %1</translation>
    </message>
    <message>
        <source>Value is a boolean, not a string: put it in double quotes to import it as text</source>
        <translation>Der Wert ist ein Wahrheitswert, kein Text: setzen Sie ihn in doppelte Anführungszeichen, um ihn als Text zu importieren</translation>
    </message>
    <message>
        <source>Value is a number, not a string: put it in double quotes to import it as text</source>
        <translation>Der Wert ist eine Zahl, kein Text: setzen Sie ihn in doppelte Anführungszeichen, um ihn als Text zu importieren</translation>
    </message>
    <message>
        <source>Key has more than %1 characters</source>
        <translation>Der Schlüssel hat mehr als %1 Zeichen</translation>
    </message>
    <message>
        <source>Value has more than %1 characters</source>
        <translation>Der Wert hat mehr als %1 Zeichen</translation>
    </message>
    <message>
        <source>The file expands to more than %1 MiB of keys and values (YAML aliases repeat a value without repeating its text); it is not imported</source>
        <translation>Die Datei ergibt mehr als %1 MiB an Schlüsseln und Werten (YAML-Aliase wiederholen einen Wert, ohne seinen Text zu wiederholen); sie wird nicht importiert</translation>
    </message>
    <message>
        <source>Value is a boolean in YAML: put it in quotes to import it as text</source>
        <translation>Der Wert ist in YAML ein Wahrheitswert: setzen Sie ihn in Anführungszeichen, um ihn als Text zu importieren</translation>
    </message>
    <message>
        <source>Value is a number in YAML: put it in quotes to import it as text</source>
        <translation>Der Wert ist in YAML eine Zahl: setzen Sie ihn in Anführungszeichen, um ihn als Text zu importieren</translation>
    </message>
</context>
<context>
    <name>ImportPreviewModel</name>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message numerus="yes">
        <source>(%n character(s))</source>
        <translation>
            <numerusform>(%n Zeichen)</numerusform>
            <numerusform>(%n Zeichen)</numerusform>
        </translation>
    </message>
    <message>
        <source>(no key, line %1)</source>
        <translation>(kein Schlüssel, Zeile %1)</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Overwritten</source>
        <translation>Überschrieben</translation>
    </message>
    <message>
        <source>Skipped: already in the store</source>
        <translation>Übersprungen: bereits im Store</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Not imported (cancelled)</source>
        <translation>Nicht importiert (abgebrochen)</translation>
    </message>
    <message>
        <source>Interrupted: may or may not have been written</source>
        <translation>Unterbrochen: möglicherweise geschrieben, möglicherweise nicht</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Will overwrite</source>
        <translation>Wird überschrieben</translation>
    </message>
    <message>
        <source>Exists: will be skipped</source>
        <translation>Vorhanden: wird übersprungen</translation>
    </message>
    <message>
        <source>Checking the store…</source>
        <translation>Store wird geprüft…</translation>
    </message>
    <message>
        <source>Invalid (%1): %2</source>
        <translation>Ungültig (%1): %2</translation>
    </message>
</context>
<context>
    <name>KeychainTokenStore</name>
    <message>
        <source>the system keychain</source>
        <translation>dem Schlüsselbund des Systems</translation>
    </message>
</context>
<context>
    <name>KonnectClient</name>
    <message>
        <source>no Konnect region or API URL is set.</source>
        <translation>Es ist weder eine Konnect-Region noch eine API-URL festgelegt.</translation>
    </message>
    <message>
        <source>holds a key or id that is empty, “.” or “..”</source>
        <translation>enthält einen Schlüssel oder eine ID, die leer, „.“ oder „..“ ist</translation>
    </message>
</context>
<context>
    <name>KonnectEndpoint</name>
    <message>
        <source>&quot;%1&quot; is not a valid URL.</source>
        <translation>„%1“ ist keine gültige URL.</translation>
    </message>
    <message>
        <source>The API URL must not have a query, a fragment or credentials.</source>
        <translation>Die API-URL darf keine Abfrageparameter, kein Fragment und keine Zugangsdaten enthalten.</translation>
    </message>
    <message>
        <source>plain http is allowed only to this computer (127.0.0.1, ::1, localhost); use https://%1 instead.</source>
        <translation>unverschlüsseltes http ist nur zu diesem Computer erlaubt (127.0.0.1, ::1, localhost); verwenden Sie stattdessen https://%1.</translation>
    </message>
    <message>
        <source>the URL scheme &quot;%1&quot; is not supported; use https.</source>
        <translation>das URL-Schema „%1“ wird nicht unterstützt; verwenden Sie https.</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Entsperren</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>Reads the profile&apos;s token again</source>
        <translation>Liest das Token des Profils erneut</translation>
    </message>
    <message>
        <source>Profile: %1</source>
        <translation>Profil: %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Vaults</source>
        <translation>Vaults</translation>
    </message>
    <message>
        <source>Config stores</source>
        <translation>Config Stores</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Konnect Vault Manager</source>
        <translation>Konnect Vault Manager</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hauptleiste</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Sign in to a Konnect region to manage its vaults and secrets.</source>
        <translation>Melden Sie sich bei einer Konnect-Region an, um deren Vaults und Secrets zu verwalten.</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>control planes</source>
        <translation>Control Planes</translation>
    </message>
    <message>
        <source>This organization has no control planes yet. Create one in Konnect, then press F5.</source>
        <translation>Diese Organisation hat noch keine Control Planes. Erstellen Sie eine in Konnect und drücken Sie dann F5.</translation>
    </message>
    <message>
        <source>Select a vault or a config store.</source>
        <translation>Wählen Sie einen Vault oder einen Config Store aus.</translation>
    </message>
    <message>
        <source>secrets</source>
        <translation>Secrets</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Secrets</source>
        <translation>&amp;Secrets</translation>
    </message>
    <message>
        <source>Config s&amp;tores</source>
        <translation>&amp;Config Stores</translation>
    </message>
    <message>
        <source>V&amp;aults</source>
        <translation>&amp;Vaults</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Konnect Vault Manager</source>
        <translation>Ü&amp;ber Konnect Vault Manager</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <source>The built-in sandbox: demo data on this computer, no Konnect account involved.</source>
        <translation>Die integrierte Sandbox: Demodaten auf diesem Computer, ganz ohne Konnect-Konto.</translation>
    </message>
    <message>
        <source>&amp;Profile</source>
        <translation>&amp;Profil</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Nicht angemeldet</translation>
    </message>
    <message>
        <source>Signed out. Choose a profile or sign in.</source>
        <translation>Abgemeldet. Wählen Sie ein Profil oder melden Sie sich an.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>System account (%1)</source>
        <translation>Systemkonto (%1)</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Angemeldet als %1</translation>
    </message>
    <message>
        <source>vaults</source>
        <translation>Vaults</translation>
    </message>
    <message>
        <source>config stores</source>
        <translation>Config Stores</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Config store</source>
        <translation>Config Store</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>%1 werden geladen…</translation>
    </message>
    <message>
        <source>%1: %2, %3</source>
        <translation>%1: %2, %3</translation>
    </message>
    <message numerus="yes">
        <source>%n vaults</source>
        <translation>
            <numerusform>%n Vault</numerusform>
            <numerusform>%n Vaults</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n config stores</source>
        <translation>
            <numerusform>%n Config Store</numerusform>
            <numerusform>%n Config Stores</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MemoryTokenStore</name>
    <message>
        <source>memory (test store)</source>
        <translation>dem Arbeitsspeicher (Test-Speicher)</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>Unknown Konnect region “%1”.</source>
        <translation>Unbekannte Konnect-Region „%1“.</translation>
    </message>
</context>
<context>
    <name>ProfileMenu</name>
    <message>
        <source>&amp;Profile</source>
        <translation>&amp;Profil</translation>
    </message>
    <message>
        <source>Sign in with a &amp;new profile…</source>
        <translation>Mit &amp;neuem Profil anmelden…</translation>
    </message>
    <message>
        <source>Sign in &amp;again…</source>
        <translation>&amp;Erneut anmelden…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Abmelden</translation>
    </message>
    <message>
        <source>&amp;Delete profile…</source>
        <translation>Profil &amp;löschen…</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>Profil löschen</translation>
    </message>
    <message>
        <source>Delete the profile “%1”? Its token is removed from the system keychain.</source>
        <translation>Das Profil „%1“ löschen? Sein Token wird aus dem Schlüsselbund des Systems entfernt.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Konnect Vault Manager</source>
        <translation>Konnect Vault Manager</translation>
    </message>
    <message>
        <source>The built-in sandbox could not start.</source>
        <translation>Die integrierte Sandbox konnte nicht gestartet werden.</translation>
    </message>
</context>
<context>
    <name>ReferenceAudit</name>
    <message>
        <source>config store secrets</source>
        <translation>Secrets der Config Stores</translation>
    </message>
    <message>
        <source>config stores</source>
        <translation>Config Stores</translation>
    </message>
    <message>
        <source>vaults</source>
        <translation>Vaults</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>service “%1”</source>
        <translation>Service „%1“</translation>
    </message>
    <message>
        <source>route “%1”</source>
        <translation>Route „%1“</translation>
    </message>
    <message>
        <source>consumer “%1”</source>
        <translation>Consumer „%1“</translation>
    </message>
    <message>
        <source>consumer group “%1”</source>
        <translation>Consumer Group „%1“</translation>
    </message>
    <message>
        <source>vault</source>
        <translation>Vault</translation>
    </message>
    <message>
        <source>%1 “%2”</source>
        <translation>%1 „%2“</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 für %2</translation>
    </message>
    <message>
        <source>no vault has the prefix %1</source>
        <translation>kein Vault hat das Präfix %1</translation>
    </message>
    <message>
        <source>the vault %1 reads no config store</source>
        <translation>der Vault %1 liest keinen Config Store</translation>
    </message>
    <message>
        <source>the config store of the vault %1 has no secret %2</source>
        <translation>der Config Store des Vaults %1 enthält kein Secret %2</translation>
    </message>
    <message>
        <source>not a valid reference: %1</source>
        <translation>keine gültige Referenz: %1</translation>
    </message>
</context>
<context>
    <name>ReferenceAuditPanel</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>An&amp;halten</translation>
    </message>
    <message>
        <source>Reference audit</source>
        <translation>Referenzprüfung</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Entität</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Config store</source>
        <translation>Config Store</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Secret</translation>
    </message>
    <message>
        <source>Backend</source>
        <translation>Backend</translation>
    </message>
    <message>
        <source>Dangling references</source>
        <translation>Verwaiste Referenzen</translation>
    </message>
    <message>
        <source>Unused secrets</source>
        <translation>Ungenutzte Secrets</translation>
    </message>
    <message>
        <source>Other backends</source>
        <translation>Andere Backends</translation>
    </message>
    <message>
        <source>The audit stopped: %1</source>
        <translation>Die Prüfung wurde abgebrochen: %1</translation>
    </message>
    <message>
        <source>Reference &amp;audit…</source>
        <translation>&amp;Referenzprüfung…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <source>Which gateway entities use which secrets; dangling references and unused secrets</source>
        <translation>Welche Gateway-Entitäten welche Secrets verwenden; verwaiste Referenzen und ungenutzte Secrets</translation>
    </message>
    <message>
        <source>%v of %m lists read</source>
        <translation>%v von %m Listen gelesen</translation>
    </message>
    <message>
        <source>Reading the gateway configuration of this control plane…</source>
        <translation>Die Gateway-Konfiguration dieser Control Plane wird gelesen…</translation>
    </message>
    <message>
        <source>Pick a control plane to audit its references.</source>
        <translation>Wählen Sie eine Control Plane, um ihre Referenzen zu prüfen.</translation>
    </message>
    <message>
        <source>Not audited yet: press Refresh.</source>
        <translation>Noch nicht geprüft: Klicken Sie auf „Aktualisieren“.</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 für %2</translation>
    </message>
    <message>
        <source>Inside a longer string: Kong resolves only a field that is a reference as a whole</source>
        <translation>Innerhalb eines längeren Strings: Kong löst nur Felder auf, die als Ganzes eine Referenz sind</translation>
    </message>
    <message>
        <source>Dangling references (%1)</source>
        <translation>Verwaiste Referenzen (%1)</translation>
    </message>
    <message>
        <source>Unused secrets (%1)</source>
        <translation>Ungenutzte Secrets (%1)</translation>
    </message>
    <message>
        <source>Other backends (%1)</source>
        <translation>Andere Backends (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n reference(s)</source>
        <translation>
            <numerusform>%n Referenz</numerusform>
            <numerusform>%n Referenzen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n gateway entities</source>
        <translation>
            <numerusform>in %n Gateway-Entität</numerusform>
            <numerusform>in %n Gateway-Entitäten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dangling</source>
        <translation>
            <numerusform>%n verwaist</numerusform>
            <numerusform>%n verwaist</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unused secret(s)</source>
        <translation>
            <numerusform>%n ungenutztes Secret</numerusform>
            <numerusform>%n ungenutzte Secrets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to other backends</source>
        <translation>
            <numerusform>%n zu anderen Backends</numerusform>
            <numerusform>%n zu anderen Backends</numerusform>
        </translation>
    </message>
    <message>
        <source>Audited at %1</source>
        <translation>Geprüft am %1</translation>
    </message>
    <message>
        <source>These lists could not be read: %1</source>
        <translation>Diese Listen konnten nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>ReferenceExport</name>
    <message>
        <source>Vault references to the secrets of config store &quot;%1&quot; through vault &quot;%2&quot;.</source>
        <translation>Vault-Referenzen auf die Secrets des Config Stores „%1“ über den Vault „%2“.</translation>
    </message>
    <message>
        <source>No values: Konnect never returns them. Generated by Konnect Vault Manager.</source>
        <translation>Keine Werte: Konnect gibt sie nie zurück. Erstellt mit Konnect Vault Manager.</translation>
    </message>
    <message>
        <source>key: %1</source>
        <translation>Schlüssel: %1</translation>
    </message>
</context>
<context>
    <name>ReferenceScanner</name>
    <message>
        <source>the scheme is written {vault://, in lower case</source>
        <translation>das Schema wird kleingeschrieben: {vault://</translation>
    </message>
</context>
<context>
    <name>SearchNavigator</name>
    <message>
        <source>That control plane is gone or not loaded yet. Press F5 and search again.</source>
        <translation>Diese Control Plane existiert nicht mehr oder ist noch nicht geladen. Drücken Sie F5 und suchen Sie erneut.</translation>
    </message>
</context>
<context>
    <name>SearchResultModel</name>
    <message>
        <source>%1 vault</source>
        <translation>Vault (%1)</translation>
    </message>
    <message>
        <source>{vault://%1/…}</source>
        <translation>{vault://%1/…}</translation>
    </message>
    <message>
        <source>Secret %1 in the config store %2 of %3</source>
        <translation>Secret %1 im Config Store %2 von %3</translation>
    </message>
    <message>
        <source>Vault %1 (%2) in %3</source>
        <translation>Vault %1 (%2) in %3</translation>
    </message>
    <message>
        <source>Secret %1</source>
        <translation>Secret %1</translation>
    </message>
    <message>
        <source>Vault %1</source>
        <translation>Vault %1</translation>
    </message>
    <message>
        <source>Key or prefix</source>
        <translation>Schlüssel oder Präfix</translation>
    </message>
    <message>
        <source>Control plane</source>
        <translation>Control Plane</translation>
    </message>
    <message>
        <source>Config store</source>
        <translation>Config Store</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
</context>
<context>
    <name>SecretBrowser</name>
    <message>
        <source>Create a Konnect vault…</source>
        <translation>Konnect-Vault erstellen…</translation>
    </message>
    <message>
        <source>Copy reference as</source>
        <translation>Referenz kopieren als</translation>
    </message>
    <message>
        <source>Secrets</source>
        <translation>Secrets</translation>
    </message>
    <message>
        <source>Filter secrets</source>
        <translation>Secrets filtern</translation>
    </message>
    <message>
        <source>Filter secrets (Ctrl+F)</source>
        <translation>Secrets filtern (Strg+F)</translation>
    </message>
    <message>
        <source>Vault used in references</source>
        <translation>Vault für Referenzen</translation>
    </message>
    <message>
        <source>The vault prefix the Reference column uses</source>
        <translation>Das Vault-Präfix, das die Spalte „Referenz“ verwendet</translation>
    </message>
    <message>
        <source>References via:</source>
        <translation>Referenzen über:</translation>
    </message>
    <message>
        <source>No vault reads this store yet: references need one</source>
        <translation>Noch liest kein Vault diesen Store: Referenzen brauchen einen</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>&amp;New secret…</source>
        <translation>&amp;Neues Secret…</translation>
    </message>
    <message>
        <source>&amp;Rotate value…</source>
        <translation>Wert &amp;rotieren…</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>&amp;Copy reference</source>
        <translation>Referenz &amp;kopieren</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>&amp;Filter secrets</source>
        <translation>Secrets &amp;filtern</translation>
    </message>
    <message>
        <source>With a /property…</source>
        <translation>Mit /Eigenschaft…</translation>
    </message>
    <message>
        <source>YAML (decK)</source>
        <translation>YAML (decK)</translation>
    </message>
    <message>
        <source>JSON string</source>
        <translation>JSON-String</translation>
    </message>
    <message>
        <source>No vault reads this store yet: create a Konnect vault for it to get references.</source>
        <translation>Noch liest kein Vault diesen Store: Erstellen Sie dafür einen Konnect-Vault, um Referenzen zu erhalten.</translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation>Kopiert: %1</translation>
    </message>
    <message>
        <source>Copy reference with a property</source>
        <translation>Referenz mit Eigenschaft kopieren</translation>
    </message>
    <message>
        <source>Property of the secret (e.g. password in a JSON value):</source>
        <translation>Eigenschaft des Secrets (z.&#xa0;B. password in einem JSON-Wert):</translation>
    </message>
    <message>
        <source>Select a config store on the left to see its secrets.</source>
        <translation>Wählen Sie links einen Config Store aus, um seine Secrets zu sehen.</translation>
    </message>
    <message>
        <source>Loading the secrets of %1…</source>
        <translation>Secrets von %1 werden geladen…</translation>
    </message>
    <message>
        <source>%1 holds no secrets yet. Press Ctrl+N to add one.</source>
        <translation>%1 enthält noch keine Secrets. Drücken Sie Strg+N, um eines hinzuzufügen.</translation>
    </message>
    <message>
        <source>No secret matches “%1”.</source>
        <translation>Kein Secret passt zu „%1“.</translation>
    </message>
    <message>
        <source>Rotated the value of %1</source>
        <translation>Wert von %1 rotiert</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>%1 erstellt</translation>
    </message>
    <message>
        <source>Delete secrets</source>
        <translation>Secrets löschen</translation>
    </message>
    <message>
        <source>Delete the secret %1? Its value cannot be recovered, and references to it stop resolving.</source>
        <translation>Das Secret %1 löschen? Sein Wert kann nicht wiederhergestellt werden, und Referenzen darauf werden nicht mehr aufgelöst.</translation>
    </message>
    <message>
        <source>Deleting secrets…</source>
        <translation>Secrets werden gelöscht…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>%1 holds no secret %2 any more.</source>
        <translation>%1 enthält kein Secret %2 mehr.</translation>
    </message>
    <message numerus="yes">
        <source>Loading… %n secrets</source>
        <translation>
            <numerusform>Wird geladen… %n Secret</numerusform>
            <numerusform>Wird geladen… %n Secrets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n secrets (incomplete)</source>
        <translation>
            <numerusform>%n Secret (unvollständig)</numerusform>
            <numerusform>%n Secrets (unvollständig)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n secrets</source>
        <translation>
            <numerusform>%n Secret</numerusform>
            <numerusform>%n Secrets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n secrets</source>
        <translation>
            <numerusform>%n Secret gelöscht</numerusform>
            <numerusform>%n Secrets gelöscht</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n secret(s)? Their values cannot be recovered, and references to them stop resolving.</source>
        <translation>
            <numerusform>%n Secret löschen? Sein Wert kann nicht wiederhergestellt werden, und Referenzen darauf werden nicht mehr aufgelöst.</numerusform>
            <numerusform>%n Secrets löschen? Ihre Werte können nicht wiederhergestellt werden, und Referenzen darauf werden nicht mehr aufgelöst.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %1 of %n secret(s); %2 failed: %3</source>
        <translation>
            <numerusform>%1 von %n Secret gelöscht; %2 fehlgeschlagen: %3</numerusform>
            <numerusform>%1 von %n Secrets gelöscht; %2 fehlgeschlagen: %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped after deleting %1 of %n secret(s)</source>
        <translation>
            <numerusform>Angehalten, nachdem %1 von %n Secret gelöscht war</numerusform>
            <numerusform>Angehalten, nachdem %1 von %n Secrets gelöscht waren</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SecretEditorDialog</name>
    <message>
        <source>New secret</source>
        <translation>Neues Secret</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>Secret key</source>
        <translation>Schlüssel des Secrets</translation>
    </message>
    <message>
        <source>e.g. stripe-api-key</source>
        <translation>z.&#xa0;B. stripe-api-key</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Wert:</translation>
    </message>
    <message>
        <source>Secret value (hidden)</source>
        <translation>Wert des Secrets (verborgen)</translation>
    </message>
    <message>
        <source>Secret value</source>
        <translation>Wert des Secrets</translation>
    </message>
    <message>
        <source>&amp;Reveal</source>
        <translation>&amp;Anzeigen</translation>
    </message>
    <message>
        <source>Reveal the value</source>
        <translation>Wert anzeigen</translation>
    </message>
    <message>
        <source>&amp;Copy value</source>
        <translation>Wert &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy the value; the clipboard is cleared after a while if it still holds it</source>
        <translation>Wert kopieren; die Zwischenablage wird nach einer Weile geleert, wenn sie ihn dann noch enthält</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Einfügen</translation>
    </message>
    <message>
        <source>Replace the value with the clipboard&apos;s text, all lines of it</source>
        <translation>Wert durch den Text der Zwischenablage ersetzen, mit allen Zeilen</translation>
    </message>
    <message>
        <source>&amp;Load file…</source>
        <translation>Datei &amp;laden…</translation>
    </message>
    <message>
        <source>Use a file&apos;s content as the value (e.g. a PEM certificate)</source>
        <translation>Inhalt einer Datei als Wert verwenden (z.&#xa0;B. ein PEM-Zertifikat)</translation>
    </message>
    <message>
        <source>Konnect will never show this value again.</source>
        <translation>Konnect zeigt diesen Wert nie wieder an.</translation>
    </message>
    <message>
        <source>Rotate secret value</source>
        <translation>Wert des Secrets rotieren</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>&amp;Verbergen</translation>
    </message>
    <message>
        <source>Hide the value</source>
        <translation>Wert verbergen</translation>
    </message>
    <message>
        <source>Copied. The clipboard is cleared in %1 seconds if it still holds the value.</source>
        <translation>Kopiert. Die Zwischenablage wird in %1 Sekunden geleert, wenn sie den Wert dann noch enthält.</translation>
    </message>
    <message>
        <source>Load the value from a file</source>
        <translation>Wert aus einer Datei laden</translation>
    </message>
    <message>
        <source>the file is too large for a secret (%1 bytes)</source>
        <translation>die Datei ist zu groß für ein Secret (%1 Bytes)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The key starts or ends with whitespace.</source>
        <translation>Der Schlüssel beginnt oder endet mit Leerraum.</translation>
    </message>
    <message>
        <source>The value starts or ends with whitespace (a space, tab or line break).</source>
        <translation>Der Wert beginnt oder endet mit Leerraum (Leerzeichen, Tabulator oder Zeilenumbruch).</translation>
    </message>
    <message>
        <source>Nothing is trimmed: it will be stored exactly as typed.</source>
        <translation>Es wird nichts abgeschnitten: Er wird genau so gespeichert, wie er eingegeben wurde.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>Hidden: %1, %2. Reveal to edit, or paste or load a new value.</source>
        <translation>Verborgen: %1, %2. Zum Bearbeiten anzeigen – oder einen neuen Wert einfügen bzw. laden.</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n Zeile</numerusform>
            <numerusform>%n Zeilen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n Zeichen</numerusform>
            <numerusform>%n Zeichen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SecretModel</name>
    <message>
        <source>%1
Referenced as %2</source>
        <translation>%1
Referenziert als %2</translation>
    </message>
    <message>
        <source>Choose a vault to see the reference</source>
        <translation>Wählen Sie einen Vault, um die Referenz zu sehen</translation>
    </message>
    <message>
        <source>Paste this where Kong expects the secret</source>
        <translation>Fügen Sie dies dort ein, wo Kong das Secret erwartet</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
</context>
<context>
    <name>SessionController</name>
    <message>
        <source>Sign in to Konnect to start.</source>
        <translation>Melden Sie sich bei Konnect an, um zu beginnen.</translation>
    </message>
    <message>
        <source>No token is saved for “%1”: sign in with an access token.</source>
        <translation>Für „%1“ ist kein Token gespeichert: Melden Sie sich mit einem Zugriffstoken an.</translation>
    </message>
    <message>
        <source>Signed out of “%1”.</source>
        <translation>Von „%1“ abgemeldet.</translation>
    </message>
    <message>
        <source>A token that should be gone is still in the keychain: %1 It will be removed at the next start.</source>
        <translation>Ein Token, das gelöscht sein sollte, ist noch im Schlüsselbund: %1 Es wird beim nächsten Start entfernt.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>A new language takes effect the next time the app starts.</source>
        <translation>Eine neue Sprache wird beim nächsten Start der App wirksam.</translation>
    </message>
    <message>
        <source>&amp;Clear copied values after:</source>
        <translation>Kopierte Werte &amp;löschen nach:</translation>
    </message>
    <message>
        <source>A secret value you copy is removed from the clipboard after this time, unless you copied something else since.</source>
        <translation>Ein kopierter Secret-Wert wird nach dieser Zeit aus der Zwischenablage entfernt, sofern Sie seitdem nichts anderes kopiert haben.</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;Items per request:</source>
        <translation>&amp;Einträge pro Anfrage:</translation>
    </message>
    <message>
        <source>How many control planes, config stores or secrets each request to Konnect asks for. Larger pages mean fewer requests; smaller pages show the first rows sooner.</source>
        <translation>Wie viele Control Planes, Config Stores oder Secrets jede Anfrage an Konnect abruft. Größere Seiten bedeuten weniger Anfragen; kleinere Seiten zeigen die ersten Zeilen früher an.</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>Systemsprache (%1)</translation>
    </message>
    <message>
        <source>Loc&amp;k after inactivity:</source>
        <translation>Nach Inaktivität s&amp;perren:</translation>
    </message>
    <message>
        <source>After this long without using the app, it locks: it forgets the token and shows the secrets again only after unlocking. It also locks when the screen locks.</source>
        <translation>Nach dieser Zeit ohne Benutzung sperrt sich die App: Sie vergisst das Token und zeigt die Secrets erst nach dem Entsperren wieder. Sie sperrt sich auch, wenn der Bildschirm gesperrt wird.</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
</context>
<context>
    <name>SignInCheck</name>
    <message>
        <source>Choose a region or enter a valid API URL.</source>
        <translation>Wählen Sie eine Region oder geben Sie eine gültige API-URL ein.</translation>
    </message>
    <message>
        <source>unnamed organization</source>
        <translation>unbenannte Organisation</translation>
    </message>
    <message>
        <source>Signed in with a system account token (%1)</source>
        <translation>Mit einem Systemkonto-Token angemeldet (%1)</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation>Angemeldet als %1 (%2)</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in to Konnect</source>
        <translation>Bei Konnect anmelden</translation>
    </message>
    <message>
        <source>Profile &amp;name:</source>
        <translation>Profil&amp;name:</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Profilname</translation>
    </message>
    <message>
        <source>e.g. Work (EU)</source>
        <translation>z.&#xa0;B. Arbeit (EU)</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Region:</translation>
    </message>
    <message>
        <source>Konnect region</source>
        <translation>Konnect-Region</translation>
    </message>
    <message>
        <source>API &amp;URL:</source>
        <translation>API-&amp;URL:</translation>
    </message>
    <message>
        <source>Custom API URL</source>
        <translation>Eigene API-URL</translation>
    </message>
    <message>
        <source>https://konnect.example.com or http://127.0.0.1:8080</source>
        <translation>https://konnect.example.com oder http://127.0.0.1:8080</translation>
    </message>
    <message>
        <source>Access &amp;token:</source>
        <translation>Zugriffs&amp;token:</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Zugriffstoken</translation>
    </message>
    <message>
        <source>A personal access token starting with kpat_ or a system account token starting with spat_</source>
        <translation>Ein persönliches Zugriffstoken, das mit kpat_ beginnt, oder ein Systemkonto-Token, das mit spat_ beginnt</translation>
    </message>
    <message>
        <source>kpat_… or spat_…</source>
        <translation>kpat_… oder spat_…</translation>
    </message>
    <message>
        <source>A personal access token (kpat_…) or a system account token (spat_…), kept only in the system keychain.</source>
        <translation>Ein persönliches Zugriffstoken (kpat_…) oder ein Systemkonto-Token (spat_…), das nur im Schlüsselbund des Systems gespeichert wird.</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Anmelden</translation>
    </message>
    <message>
        <source>Checks the token with Konnect, then saves it</source>
        <translation>Prüft das Token bei Konnect und speichert es dann</translation>
    </message>
    <message>
        <source>Checking the token</source>
        <translation>Token wird geprüft</translation>
    </message>
    <message>
        <source>Sign-in result</source>
        <translation>Ergebnis der Anmeldung</translation>
    </message>
    <message>
        <source>Use this token for this s&amp;ession only</source>
        <translation>Token nur für diese &amp;Sitzung verwenden</translation>
    </message>
    <message>
        <source>Keeps the token in memory until the app quits; it is not saved anywhere</source>
        <translation>Behält das Token bis zum Beenden der App im Arbeitsspeicher; es wird nirgends gespeichert</translation>
    </message>
    <message>
        <source>Custom URL…</source>
        <translation>Eigene URL…</translation>
    </message>
    <message>
        <source>Show token</source>
        <translation>Token anzeigen</translation>
    </message>
    <message>
        <source>Show the token (%1)</source>
        <translation>Token anzeigen (%1)</translation>
    </message>
    <message>
        <source>Hide token</source>
        <translation>Token verbergen</translation>
    </message>
    <message>
        <source>Hide the token (%1)</source>
        <translation>Token verbergen (%1)</translation>
    </message>
    <message>
        <source>Konnect</source>
        <translation>Konnect</translation>
    </message>
    <message>
        <source>Sign in to “%1”</source>
        <translation>Bei „%1“ anmelden</translation>
    </message>
    <message>
        <source>Give the profile a name, e.g. “Work (EU)”.</source>
        <translation>Geben Sie dem Profil einen Namen, z.&#xa0;B. „Arbeit (EU)“.</translation>
    </message>
    <message>
        <source>Enter the API URL, e.g. https://konnect.example.com.</source>
        <translation>Geben Sie die API-URL ein, z.&#xa0;B. https://konnect.example.com.</translation>
    </message>
    <message>
        <source>This URL cannot be used.</source>
        <translation>Diese URL kann nicht verwendet werden.</translation>
    </message>
    <message>
        <source>Checking the token with Konnect…</source>
        <translation>Token wird bei Konnect geprüft…</translation>
    </message>
    <message>
        <source>%1, but the token could not be saved in %2. %3</source>
        <translation>%1, aber das Token konnte nicht in %2 gespeichert werden. %3</translation>
    </message>
    <message>
        <source>%1, for this session only: the token will be forgotten when the app quits.</source>
        <translation>%1, nur für diese Sitzung: Das Token wird beim Beenden der App verworfen.</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>“%1” is not a valid URL: enter the API URL with its scheme, e.g. https://konnect.example.com.</source>
        <translation>„%1“ ist keine gültige URL: Geben Sie die API-URL mit Schema ein, z.&#xa0;B. https://konnect.example.com.</translation>
    </message>
</context>
<context>
    <name>StoreActions</name>
    <message>
        <source>&amp;New config store…</source>
        <translation>&amp;Neuer Config Store…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Umbenennen…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>Created the config store %1</source>
        <translation>Config Store %1 erstellt</translation>
    </message>
    <message>
        <source>Renamed to %1</source>
        <translation>Umbenannt in %1</translation>
    </message>
    <message>
        <source>Deleted the config store %1</source>
        <translation>Config Store %1 gelöscht</translation>
    </message>
</context>
<context>
    <name>StoreNameDialog</name>
    <message>
        <source>New config store</source>
        <translation>Neuer Config Store</translation>
    </message>
    <message>
        <source>Rename config store</source>
        <translation>Config Store umbenennen</translation>
    </message>
    <message>
        <source>Config store name</source>
        <translation>Name des Config Stores</translation>
    </message>
    <message>
        <source>e.g. payments-prod</source>
        <translation>z.&#xa0;B. payments-prod</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Checking whether the store was created before the answer was lost…</source>
        <translation>Es wird geprüft, ob der Store angelegt wurde, bevor die Antwort verloren ging…</translation>
    </message>
    <message>
        <source>The store may have been created before the answer was lost, and the list could not be read to tell (%1): refresh the list (F5) before saving again.</source>
        <translation>Der Store wurde vielleicht angelegt, bevor die Antwort verloren ging, und die Liste ließ sich nicht lesen, um das zu klären (%1): Aktualisieren Sie die Liste (F5), bevor Sie erneut speichern.</translation>
    </message>
    <message>
        <source>The list holds no new store named %1: save again.</source>
        <translation>Die Liste enthält keinen neuen Store namens %1: Speichern Sie erneut.</translation>
    </message>
    <message numerus="yes">
        <source>%n stores named %1 were created in the last minutes, so which one is yours cannot be told: refresh the list (F5) before saving again.</source>
        <translation>
            <numerusform>%n Store namens %1 wurde in den letzten Minuten angelegt; welcher Ihrer ist, lässt sich nicht sagen: Aktualisieren Sie die Liste (F5), bevor Sie erneut speichern.</numerusform>
            <numerusform>%n Stores namens %1 wurden in den letzten Minuten angelegt; welcher Ihrer ist, lässt sich nicht sagen: Aktualisieren Sie die Liste (F5), bevor Sie erneut speichern.</numerusform>
        </translation>
    </message>
    <message>
        <source>The list holds no new store named %1 yet, but the request may still be served: refresh the list (F5) in a moment before saving again.</source>
        <translation>Die Liste enthält noch keinen neuen Store namens %1, aber die Anfrage wird vielleicht noch bearbeitet: Aktualisieren Sie die Liste (F5) in einem Moment, bevor Sie erneut speichern.</translation>
    </message>
</context>
<context>
    <name>TokenFormat</name>
    <message>
        <source>Paste a personal access token (kpat_…) or a system account token (spat_…) from Konnect.</source>
        <translation>Fügen Sie ein persönliches Zugriffstoken (kpat_…) oder ein Systemkonto-Token (spat_…) aus Konnect ein.</translation>
    </message>
    <message>
        <source>This is not a Konnect access token: it must start with kpat_ (personal access token) or spat_ (system account token).</source>
        <translation>Das ist kein Konnect-Zugriffstoken: Es muss mit kpat_ (persönliches Zugriffstoken) oder spat_ (Systemkonto-Token) beginnen.</translation>
    </message>
    <message>
        <source>The token has a space or line break inside it: copy it again from Konnect as one line.</source>
        <translation>Das Token enthält ein Leerzeichen oder einen Zeilenumbruch: Kopieren Sie es erneut als eine einzige Zeile aus Konnect.</translation>
    </message>
    <message>
        <source>The token contains “%1”, which a Konnect token never has (only letters, digits and _): copy it again from Konnect.</source>
        <translation>Das Token enthält „%1“, was in einem Konnect-Token nie vorkommt (nur Buchstaben, Ziffern und _): Kopieren Sie es erneut aus Konnect.</translation>
    </message>
    <message>
        <source>The token is too short (%1 characters after %2, at least %3 expected): it may have been cut off while copying.</source>
        <translation>Das Token ist zu kurz (%1 Zeichen nach %2, mindestens %3 erwartet): Es wurde beim Kopieren womöglich abgeschnitten.</translation>
    </message>
    <message>
        <source>The token is too long (%1 characters after %2, at most %3 expected): make sure only the token was copied.</source>
        <translation>Das Token ist zu lang (%1 Zeichen nach %2, höchstens %3 erwartet): Achten Sie darauf, nur das Token zu kopieren.</translation>
    </message>
</context>
<context>
    <name>TokenLineEdit</name>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Einfügen</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Alles auswählen</translation>
    </message>
</context>
<context>
    <name>TokenStore</name>
    <message>
        <source>No Secret Service is running: install and start gnome-keyring or KWallet, or use this token for this session only.</source>
        <translation>Es läuft kein Secret Service: Installieren und starten Sie gnome-keyring oder KWallet, oder verwenden Sie dieses Token nur für diese Sitzung.</translation>
    </message>
    <message>
        <source>The keyring is locked and could not be unlocked here: unlock it (for example with your desktop&apos;s Passwords and Keys app) and try again, or use this token for this session only.</source>
        <translation>Der Schlüsselbund ist gesperrt und konnte hier nicht entsperrt werden: Entsperren Sie ihn (zum Beispiel mit der App „Passwörter und Verschlüsselung“ Ihres Desktops) und versuchen Sie es erneut, oder verwenden Sie dieses Token nur für diese Sitzung.</translation>
    </message>
    <message>
        <source>The keyring refused access: allow Konnect Vault Manager to use it and try again, or use this token for this session only.</source>
        <translation>Der Schlüsselbund hat den Zugriff verweigert: Erlauben Sie Konnect Vault Manager den Zugriff und versuchen Sie es erneut, oder verwenden Sie dieses Token nur für diese Sitzung.</translation>
    </message>
    <message>
        <source>The keyring did not answer within %1 seconds; it may be waiting for an unlock prompt. Unlock it and try again, or use this token for this session only.</source>
        <translation>Der Schlüsselbund hat nicht innerhalb von %1 Sekunden geantwortet; womöglich wartet er auf die Entsperrung. Entsperren Sie ihn und versuchen Sie es erneut, oder verwenden Sie dieses Token nur für diese Sitzung.</translation>
    </message>
    <message>
        <source>The keyring reported an error (%1). Try again, or use this token for this session only.</source>
        <translation>Der Schlüsselbund hat einen Fehler gemeldet (%1). Versuchen Sie es erneut, oder verwenden Sie dieses Token nur für diese Sitzung.</translation>
    </message>
    <message>
        <source>no details</source>
        <translation>keine Details</translation>
    </message>
</context>
<context>
    <name>UsedByProxy</name>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>Unused</source>
        <translation>Ungenutzt</translation>
    </message>
    <message numerus="yes">
        <source>%n use(s)</source>
        <translation>
            <numerusform>%n Verwendung</numerusform>
            <numerusform>%n Verwendungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Looking for references in the gateway configuration…</source>
        <translation>Referenzen in der Gateway-Konfiguration werden gesucht…</translation>
    </message>
    <message>
        <source>Not audited yet: View → Reference audit</source>
        <translation>Noch nicht geprüft: Ansicht → Referenzprüfung</translation>
    </message>
    <message>
        <source>No gateway entity of this control plane references %1.</source>
        <translation>Keine Gateway-Entität dieser Control Plane verweist auf %1.</translation>
    </message>
    <message>
        <source>Used by:</source>
        <translation>Verwendet von:</translation>
    </message>
    <message>
        <source>Used by</source>
        <translation>Verwendet von</translation>
    </message>
    <message>
        <source>Gateway entities whose configuration references the secret</source>
        <translation>Gateway-Entitäten, deren Konfiguration auf das Secret verweist</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>must have at least 1 character</source>
        <translation>muss mindestens 1 Zeichen lang sein</translation>
    </message>
    <message>
        <source>must not have more than %1 characters (it has %2)</source>
        <translation>darf höchstens %1 Zeichen lang sein (derzeit %2)</translation>
    </message>
    <message>
        <source>must not contain a NUL character (byte 0); is it a binary file?</source>
        <translation>darf kein NUL-Zeichen (Byte 0) enthalten; ist das eine Binärdatei?</translation>
    </message>
    <message>
        <source>must be valid UTF-8 text; this looks like a binary file or another encoding</source>
        <translation>muss gültiger UTF-8-Text sein; das sieht nach einer Binärdatei oder einer anderen Kodierung aus</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>ist erforderlich</translation>
    </message>
    <message>
        <source>must start with a lowercase letter, end with a letter or digit, and use only lowercase letters, digits and &apos;-&apos;</source>
        <translation>muss mit einem Kleinbuchstaben beginnen, mit einem Buchstaben oder einer Ziffer enden und darf nur Kleinbuchstaben, Ziffern und „-“ enthalten</translation>
    </message>
    <message>
        <source>must not be the name of a vault backend (%1)</source>
        <translation>darf nicht der Name eines Vault-Backends sein (%1)</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <source>must not be “.” or “..”: in a URL they point at the store itself or above it</source>
        <translation>darf nicht „.“ oder „..“ sein: in einer URL verweisen sie auf den Speicher selbst oder darüber</translation>
    </message>
</context>
<context>
    <name>VaultActions</name>
    <message>
        <source>&amp;New vault…</source>
        <translation>&amp;Neuer Vault…</translation>
    </message>
    <message>
        <source>&amp;Edit vault…</source>
        <translation>Vault &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Delete vault…</source>
        <translation>Vault &amp;löschen…</translation>
    </message>
    <message>
        <source>Create a &amp;Konnect vault for this store…</source>
        <translation>&amp;Konnect-Vault für diesen Store erstellen…</translation>
    </message>
    <message>
        <source>Secrets of the config store %1</source>
        <translation>Secrets aus dem Config Store %1</translation>
    </message>
    <message>
        <source>Saved the vault %1</source>
        <translation>Vault %1 gespeichert</translation>
    </message>
    <message>
        <source>Delete vault</source>
        <translation>Vault löschen</translation>
    </message>
    <message>
        <source>Delete the vault %1? Every {vault://%1/…} reference stops resolving. The secrets themselves are not deleted.</source>
        <translation>Den Vault %1 löschen? Referenzen der Form {vault://%1/…} werden dann nicht mehr aufgelöst. Die Secrets selbst werden nicht gelöscht.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Deleted the vault %1</source>
        <translation>Vault %1 gelöscht</translation>
    </message>
    <message>
        <source>A Kong Ingress Controller manages this control plane&apos;s vaults: Konnect shows them here read-only. Change them in Kubernetes.</source>
        <translation>Ein Kong Ingress Controller verwaltet die Vaults dieser Control Plane: Konnect zeigt sie hier nur lesend an. Ändern Sie sie in Kubernetes.</translation>
    </message>
</context>
<context>
    <name>VaultBackends</name>
    <message>
        <source>Base64-decode values</source>
        <translation>Werte aus Base64 dekodieren</translation>
    </message>
    <message>
        <source>Decode every secret value from Base64 before Kong uses it.</source>
        <translation>Jeden Secret-Wert aus Base64 dekodieren, bevor Kong ihn verwendet.</translation>
    </message>
    <message>
        <source>Time to live</source>
        <translation>Gültigkeitsdauer (TTL)</translation>
    </message>
    <message>
        <source>How long (in seconds) Kong caches a secret before reading it again from the vault. 0 means never rotate; leave empty for Kong&apos;s default (0).</source>
        <translation>Wie lange (in Sekunden) Kong ein Secret zwischenspeichert, bevor es erneut aus dem Vault gelesen wird. 0 bedeutet: nie rotieren; leer lassen für Kongs Standardwert (0).</translation>
    </message>
    <message>
        <source>Negative time to live</source>
        <translation>TTL für Fehlschläge</translation>
    </message>
    <message>
        <source>How long (in seconds) Kong caches a miss (a secret that was not found) before trying again. Leave empty for Kong&apos;s default (0: no automatic retry).</source>
        <translation>Wie lange (in Sekunden) Kong einen Fehlschlag (ein nicht gefundenes Secret) zwischenspeichert, bevor es erneut versucht wird. Leer lassen für Kongs Standardwert (0: kein automatischer neuer Versuch).</translation>
    </message>
    <message>
        <source>Resurrect time to live</source>
        <translation>Weiternutzung nach Ablauf</translation>
    </message>
    <message>
        <source>How long (in seconds) Kong keeps using a secret after its time to live is over when the vault cannot be reached or the secret was deleted. Leave empty for Kong&apos;s default (1e8 seconds, about 3 years).</source>
        <translation>Wie lange (in Sekunden) Kong ein Secret nach Ablauf seiner Gültigkeitsdauer weiterverwendet, wenn der Vault nicht erreichbar ist oder das Secret gelöscht wurde. Leer lassen für Kongs Standardwert (1e8 Sekunden, etwa 3 Jahre).</translation>
    </message>
    <message>
        <source>Konnect Config Store</source>
        <translation>Konnect Config Store</translation>
    </message>
    <message>
        <source>Secrets kept in a Konnect config store of this control plane.</source>
        <translation>Secrets in einem Konnect Config Store dieser Control Plane.</translation>
    </message>
    <message>
        <source>Config store</source>
        <translation>Config Store</translation>
    </message>
    <message>
        <source>The config store of this control plane that holds the secrets.</source>
        <translation>Der Config Store dieser Control Plane, der die Secrets enthält.</translation>
    </message>
    <message>
        <source>Environment variables</source>
        <translation>Umgebungsvariablen</translation>
    </message>
    <message>
        <source>Environment variables of the data plane nodes.</source>
        <translation>Umgebungsvariablen der Data-Plane-Knoten.</translation>
    </message>
    <message>
        <source>Variable prefix</source>
        <translation>Variablenpräfix</translation>
    </message>
    <message>
        <source>Prepended to the reference&apos;s key to form the environment variable name: prefix MY_ and {vault://env-vault/secret} read MY_SECRET.</source>
        <translation>Wird dem Schlüssel der Referenz vorangestellt und ergibt so den Namen der Umgebungsvariablen: Mit dem Präfix MY_ liest {vault://env-vault/secret} die Variable MY_SECRET.</translation>
    </message>
    <message>
        <source>AWS Secrets Manager</source>
        <translation>AWS Secrets Manager</translation>
    </message>
    <message>
        <source>Secrets in AWS Secrets Manager.</source>
        <translation>Secrets in AWS Secrets Manager.</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>The AWS region the secrets are kept in.</source>
        <translation>Die AWS-Region, in der die Secrets liegen.</translation>
    </message>
    <message>
        <source>Endpoint URL</source>
        <translation>Endpunkt-URL</translation>
    </message>
    <message>
        <source>A custom Secrets Manager endpoint (for example a VPC endpoint); empty for the region&apos;s public endpoint.</source>
        <translation>Ein eigener Secrets-Manager-Endpunkt (zum Beispiel ein VPC-Endpunkt); leer für den öffentlichen Endpunkt der Region.</translation>
    </message>
    <message>
        <source>Assume role ARN</source>
        <translation>ARN der anzunehmenden Rolle</translation>
    </message>
    <message>
        <source>The IAM role to assume to read the secrets; empty to use the node&apos;s own credentials.</source>
        <translation>Die IAM-Rolle, die zum Lesen der Secrets angenommen wird; leer, um die eigenen Zugangsdaten des Knotens zu verwenden.</translation>
    </message>
    <message>
        <source>Role session name</source>
        <translation>Name der Rollensitzung</translation>
    </message>
    <message>
        <source>The session name used when assuming the role.</source>
        <translation>Der Sitzungsname beim Annehmen der Rolle.</translation>
    </message>
    <message>
        <source>STS endpoint URL</source>
        <translation>STS-Endpunkt-URL</translation>
    </message>
    <message>
        <source>A custom STS endpoint for assuming the role; empty for the default.</source>
        <translation>Ein eigener STS-Endpunkt zum Annehmen der Rolle; leer für den Standard-Endpunkt.</translation>
    </message>
    <message>
        <source>Google Secret Manager</source>
        <translation>Google Secret Manager</translation>
    </message>
    <message>
        <source>Secrets in Google Cloud Secret Manager.</source>
        <translation>Secrets in Google Cloud Secret Manager.</translation>
    </message>
    <message>
        <source>Project ID</source>
        <translation>Projekt-ID</translation>
    </message>
    <message>
        <source>The Google Cloud project that holds the secrets.</source>
        <translation>Das Google-Cloud-Projekt, das die Secrets enthält.</translation>
    </message>
    <message>
        <source>HashiCorp Vault</source>
        <translation>HashiCorp Vault</translation>
    </message>
    <message>
        <source>Secrets in a HashiCorp Vault KV secrets engine.</source>
        <translation>Secrets in einer KV-Secrets-Engine von HashiCorp Vault.</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>The port HashiCorp Vault listens on.</source>
        <translation>Der Port, auf dem HashiCorp Vault lauscht.</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Authentifizierung</translation>
    </message>
    <message>
        <source>How Kong authenticates to HashiCorp Vault; each method has its own settings.</source>
        <translation>Wie sich Kong bei HashiCorp Vault authentifiziert; jede Methode hat eigene Einstellungen.</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Kubernetes</source>
        <translation>Kubernetes</translation>
    </message>
    <message>
        <source>AppRole</source>
        <translation>AppRole</translation>
    </message>
    <message>
        <source>TLS certificate</source>
        <translation>TLS-Zertifikat</translation>
    </message>
    <message>
        <source>JWT (OAuth2 client credentials)</source>
        <translation>JWT (OAuth2-Client-Credentials)</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>How to reach HashiCorp Vault.</source>
        <translation>Wie HashiCorp Vault erreicht wird.</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>The HashiCorp Vault server&apos;s host name.</source>
        <translation>Der Hostname des HashiCorp-Vault-Servers.</translation>
    </message>
    <message>
        <source>Mount</source>
        <translation>Mount-Punkt</translation>
    </message>
    <message>
        <source>The mount point of the KV engine.</source>
        <translation>Der Mount-Punkt der KV-Engine.</translation>
    </message>
    <message>
        <source>KV version</source>
        <translation>KV-Version</translation>
    </message>
    <message>
        <source>The version of the KV secrets engine at the mount.</source>
        <translation>Die Version der KV-Secrets-Engine am Mount-Punkt.</translation>
    </message>
    <message>
        <source>Namespace</source>
        <translation>Namespace</translation>
    </message>
    <message>
        <source>The HashiCorp Vault Enterprise namespace; empty for none.</source>
        <translation>Der Namespace von HashiCorp Vault Enterprise; leer für keinen.</translation>
    </message>
    <message>
        <source>The token Kong authenticates with.</source>
        <translation>Das Token, mit dem sich Kong authentifiziert.</translation>
    </message>
    <message>
        <source>Kubernetes role</source>
        <translation>Kubernetes-Rolle</translation>
    </message>
    <message>
        <source>The Vault role bound to the data plane&apos;s service account.</source>
        <translation>Die Vault-Rolle, die an das Dienstkonto der Data Plane gebunden ist.</translation>
    </message>
    <message>
        <source>Auth path</source>
        <translation>Auth-Pfad</translation>
    </message>
    <message>
        <source>Where the Kubernetes auth method is mounted.</source>
        <translation>Wo die Kubernetes-Auth-Methode eingehängt ist.</translation>
    </message>
    <message>
        <source>Service account token file</source>
        <translation>Token-Datei des Dienstkontos</translation>
    </message>
    <message>
        <source>The service account token file on the data plane nodes.</source>
        <translation>Die Token-Datei des Dienstkontos auf den Data-Plane-Knoten.</translation>
    </message>
    <message>
        <source>Where the AppRole auth method is mounted.</source>
        <translation>Wo die AppRole-Auth-Methode eingehängt ist.</translation>
    </message>
    <message>
        <source>Role ID</source>
        <translation>Rollen-ID</translation>
    </message>
    <message>
        <source>The AppRole&apos;s role id.</source>
        <translation>Die Rollen-ID der AppRole.</translation>
    </message>
    <message>
        <source>Secret ID</source>
        <translation>Secret-ID</translation>
    </message>
    <message>
        <source>The AppRole&apos;s secret id (or give a file below).</source>
        <translation>Die Secret-ID der AppRole (oder geben Sie unten eine Datei an).</translation>
    </message>
    <message>
        <source>Secret ID file</source>
        <translation>Secret-ID-Datei</translation>
    </message>
    <message>
        <source>A file on the data plane nodes that holds the secret id.</source>
        <translation>Eine Datei auf den Data-Plane-Knoten, die die Secret-ID enthält.</translation>
    </message>
    <message>
        <source>Response wrapping</source>
        <translation>Response Wrapping</translation>
    </message>
    <message>
        <source>The secret id is a response-wrapping token to unwrap first.</source>
        <translation>Die Secret-ID ist ein Response-Wrapping-Token, das zuerst entpackt werden muss.</translation>
    </message>
    <message>
        <source>Role name</source>
        <translation>Rollenname</translation>
    </message>
    <message>
        <source>The certificate role to log in with; empty to try every role.</source>
        <translation>Die Zertifikatsrolle für die Anmeldung; leer, um alle Rollen zu versuchen.</translation>
    </message>
    <message>
        <source>Client certificate</source>
        <translation>Client-Zertifikat</translation>
    </message>
    <message>
        <source>The PEM client certificate Kong presents.</source>
        <translation>Das PEM-Client-Zertifikat, das Kong vorlegt.</translation>
    </message>
    <message>
        <source>Client certificate key</source>
        <translation>Schlüssel des Client-Zertifikats</translation>
    </message>
    <message>
        <source>The PEM private key of the client certificate.</source>
        <translation>Der private PEM-Schlüssel des Client-Zertifikats.</translation>
    </message>
    <message>
        <source>OAuth2 client ID</source>
        <translation>OAuth2-Client-ID</translation>
    </message>
    <message>
        <source>The client id Kong gets its JWT with.</source>
        <translation>Die Client-ID, mit der Kong sein JWT bezieht.</translation>
    </message>
    <message>
        <source>OAuth2 client secret</source>
        <translation>OAuth2-Client-Secret</translation>
    </message>
    <message>
        <source>The client secret Kong gets its JWT with.</source>
        <translation>Das Client-Secret, mit dem Kong sein JWT bezieht.</translation>
    </message>
    <message>
        <source>JWT role</source>
        <translation>JWT-Rolle</translation>
    </message>
    <message>
        <source>The Vault role the JWT logs in with.</source>
        <translation>Die Vault-Rolle, mit der sich das JWT anmeldet.</translation>
    </message>
    <message>
        <source>Token endpoint</source>
        <translation>Token-Endpunkt</translation>
    </message>
    <message>
        <source>The identity provider&apos;s OAuth2 token endpoint.</source>
        <translation>Der OAuth2-Token-Endpunkt des Identitätsanbieters.</translation>
    </message>
    <message>
        <source>Audiences</source>
        <translation>Audiences</translation>
    </message>
    <message>
        <source>Comma-separated audiences to ask the token for.</source>
        <translation>Kommagetrennte Audiences, für die das Token angefordert wird.</translation>
    </message>
    <message>
        <source>Azure Key Vault</source>
        <translation>Azure Key Vault</translation>
    </message>
    <message>
        <source>Secrets in an Azure Key Vault.</source>
        <translation>Secrets in einem Azure Key Vault.</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>The Azure region of the key vault.</source>
        <translation>Die Azure-Region des Key Vaults.</translation>
    </message>
    <message>
        <source>Vault URI</source>
        <translation>Vault-URI</translation>
    </message>
    <message>
        <source>The URI of the key vault.</source>
        <translation>Die URI des Key Vaults.</translation>
    </message>
    <message>
        <source>Credentials prefix</source>
        <translation>Präfix der Zugangsdaten</translation>
    </message>
    <message>
        <source>The prefix of the environment variables that hold the Azure credentials.</source>
        <translation>Das Präfix der Umgebungsvariablen mit den Azure-Zugangsdaten.</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>The kind of Key Vault object to read.</source>
        <translation>Die Art des zu lesenden Key-Vault-Objekts.</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <source>The client id of the application or managed identity.</source>
        <translation>Die Client-ID der Anwendung oder der verwalteten Identität.</translation>
    </message>
    <message>
        <source>Tenant ID</source>
        <translation>Mandanten-ID</translation>
    </message>
    <message>
        <source>The Microsoft Entra tenant id.</source>
        <translation>Die Mandanten-ID in Microsoft Entra.</translation>
    </message>
    <message>
        <source>CyberArk Conjur</source>
        <translation>CyberArk Conjur</translation>
    </message>
    <message>
        <source>Secrets in CyberArk Conjur.</source>
        <translation>Secrets in CyberArk Conjur.</translation>
    </message>
    <message>
        <source>The Conjur server&apos;s URL.</source>
        <translation>Die URL des Conjur-Servers.</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Anmeldename</translation>
    </message>
    <message>
        <source>The host or user Kong logs in as.</source>
        <translation>Der Host oder Benutzer, als der sich Kong anmeldet.</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>The Conjur account.</source>
        <translation>Das Conjur-Konto.</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>The API key of the login.</source>
        <translation>Der API-Schlüssel zum Anmeldenamen.</translation>
    </message>
</context>
<context>
    <name>VaultConfig</name>
    <message>
        <source>must be one of %1</source>
        <translation>muss einer der folgenden Werte sein: %1</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>ist erforderlich</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>muss eine ganze Zahl sein</translation>
    </message>
    <message>
        <source>must be between %1 and %2</source>
        <translation>muss zwischen %1 und %2 liegen</translation>
    </message>
    <message>
        <source>Prefix</source>
        <translation>Präfix</translation>
    </message>
    <message>
        <source>Backend</source>
        <translation>Backend</translation>
    </message>
    <message>
        <source>%1 is already used by another vault of this control plane (Konnect: %2)</source>
        <translation>%1 wird bereits von einem anderen Vault dieser Control Plane verwendet (Konnect: %2)</translation>
    </message>
</context>
<context>
    <name>VaultFieldEditor</name>
    <message>
        <source>%1 problem</source>
        <translation>%1: Problem</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Erforderlich</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>„%1“ anzeigen</translation>
    </message>
    <message>
        <source>Show or hide what you typed</source>
        <translation>Eingabe anzeigen oder verbergen</translation>
    </message>
    <message>
        <source>Kong default</source>
        <translation>Kong-Standard</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>Choose a config store…</source>
        <translation>Config Store auswählen…</translation>
    </message>
    <message>
        <source>%1 (not in this control plane&apos;s list)</source>
        <translation>%1 (nicht in der Liste dieser Control Plane)</translation>
    </message>
    <message>
        <source>Unchanged (type to replace)</source>
        <translation>Unverändert (zum Ersetzen tippen)</translation>
    </message>
    <message>
        <source>Create a new config store…</source>
        <translation>Neuen Config Store erstellen…</translation>
    </message>
    <message>
        <source>Opens the dialog to create a store; nothing is created until you confirm there</source>
        <translation>Öffnet den Dialog zum Erstellen eines Stores; erstellt wird erst, wenn Sie dort bestätigen</translation>
    </message>
</context>
<context>
    <name>VaultForm</name>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Prefix</source>
        <translation>Präfix</translation>
    </message>
    <message>
        <source>e.g. payments</source>
        <translation>z.&#xa0;B. payments</translation>
    </message>
    <message>
        <source>What references use: {vault://&lt;prefix&gt;/&lt;key&gt;}. Lowercase letters, digits and &apos;-&apos;; not the name of a backend.</source>
        <translation>Wird in Referenzen verwendet: {vault://&lt;prefix&gt;/&lt;key&gt;}. Kleinbuchstaben, Ziffern und „-“; nicht der Name eines Backends.</translation>
    </message>
    <message>
        <source>Prefix problem</source>
        <translation>Präfix: Problem</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Description problem</source>
        <translation>Beschreibung: Problem</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>comma-separated, e.g. production, payments</source>
        <translation>kommagetrennt, z.&#xa0;B. production, payments</translation>
    </message>
    <message>
        <source>Tags problem</source>
        <translation>Tags: Problem</translation>
    </message>
    <message>
        <source>Backend</source>
        <translation>Backend</translation>
    </message>
    <message>
        <source>Backend problem</source>
        <translation>Backend: Problem</translation>
    </message>
    <message>
        <source>&amp;Prefix:</source>
        <translation>&amp;Präfix:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>&amp;Tags:</translation>
    </message>
    <message>
        <source>&amp;Backend:</source>
        <translation>Back&amp;end:</translation>
    </message>
    <message>
        <source>This app has no form for this backend: its configuration is kept as it is.</source>
        <translation>Für dieses Backend hat diese App kein Formular: Seine Konfiguration bleibt unverändert.</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Erweitert</translation>
    </message>
    <message>
        <source>Advanced settings</source>
        <translation>Erweiterte Einstellungen</translation>
    </message>
    <message>
        <source>must be a full URL such as https://vault.example.com</source>
        <translation>muss eine vollständige URL sein, z.&#xa0;B. https://vault.example.com</translation>
    </message>
</context>
<context>
    <name>VaultFormDialog</name>
    <message>
        <source>New vault</source>
        <translation>Neuer Vault</translation>
    </message>
    <message>
        <source>Edit vault %1</source>
        <translation>Vault %1 bearbeiten</translation>
    </message>
</context>
<context>
    <name>VaultModel</name>
    <message>
        <source>References: {vault://%1/&lt;key&gt;}</source>
        <translation>Referenzen: {vault://%1/&lt;key&gt;}</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Prefix</source>
        <translation>Präfix</translation>
    </message>
    <message>
        <source>Backend</source>
        <translation>Backend</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
</context>
<context>
    <name>VaultReference</name>
    <message>
        <source>a reference starts with {vault:// and ends with }</source>
        <translation>eine Referenz beginnt mit {vault:// und endet mit }</translation>
    </message>
    <message>
        <source>the version after # must be a positive whole number</source>
        <translation>die Version nach # muss eine positive ganze Zahl sein</translation>
    </message>
    <message>
        <source>config options (?...) are not supported in a reference here</source>
        <translation>Konfigurationsoptionen (?...) werden in einer Referenz hier nicht unterstützt</translation>
    </message>
    <message>
        <source>the vault prefix must be followed by /&lt;key&gt;</source>
        <translation>auf das Vault-Präfix muss /&lt;key&gt; folgen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a vault prefix</source>
        <translation>„%1“ ist kein Vault-Präfix</translation>
    </message>
    <message>
        <source>the key after the prefix is empty</source>
        <translation>der Schlüssel nach dem Präfix ist leer</translation>
    </message>
    <message>
        <source>the reference holds a lone UTF-16 surrogate, which is not text</source>
        <translation>die Referenz enthält ein einzelnes UTF-16-Surrogat, das kein Text ist</translation>
    </message>
    <message>
        <source>the key or property does not decode to UTF-8 text</source>
        <translation>Schlüssel oder Eigenschaft ergeben dekodiert keinen UTF-8-Text</translation>
    </message>
</context>
</TS>
