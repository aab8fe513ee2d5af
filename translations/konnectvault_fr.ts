<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About %1</source>
        <translation>À propos de %1</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Manage the config stores, vaults and secrets of Kong Konnect, and copy vault references in one keystroke.</source>
        <translation>Gérez les config stores, vaults et secrets de Kong Konnect, et copiez les références de vault d&apos;un seul raccourci clavier.</translation>
    </message>
    <message>
        <source>Qt %1 (built with %2)</source>
        <translation>Qt %1 (compilé avec %2)</translation>
    </message>
    <message>
        <source>QtKeychain %1</source>
        <translation>QtKeychain %1</translation>
    </message>
    <message>
        <source>Licensed under the GNU General Public License, version 3 or later. This program comes with absolutely no warranty.</source>
        <translation>Distribué sous la licence GNU General Public License, version 3 ou ultérieure. Ce programme est fourni sans aucune garantie.</translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translation>&amp;Copier les détails</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>No complete answer within %1 seconds.</source>
        <translation>Aucune réponse complète dans un délai de %1 secondes.</translation>
    </message>
    <message>
        <source>Nothing was sent: %1 fields need attention.</source>
        <translation>Rien n&apos;a été envoyé&#xa0;: %1 champs sont à corriger.</translation>
    </message>
    <message>
        <source>Refused to connect: %1</source>
        <translation>Connexion non établie&#xa0;: %1</translation>
    </message>
    <message>
        <source>Konnect did not answer in time. Check your connection and try again.</source>
        <translation>Konnect n&apos;a pas répondu à temps. Vérifiez votre connexion et réessayez.</translation>
    </message>
    <message>
        <source>Konnect sent an answer this app cannot read (%1). Try again; if it persists, the API may have changed.</source>
        <translation>Konnect a envoyé une réponse que cette application ne sait pas lire (%1). Réessayez&#xa0;; si le problème persiste, l&apos;API a peut-être changé.</translation>
    </message>
    <message>
        <source>Cannot reach the host: its name could not be resolved. Check the region or API URL and your network.</source>
        <translation>Impossible de joindre l&apos;hôte&#xa0;: son nom n&apos;a pas pu être résolu. Vérifiez la région ou l&apos;URL de l&apos;API, ainsi que votre réseau.</translation>
    </message>
    <message>
        <source>Cannot reach the host: the connection was refused. Check the API URL.</source>
        <translation>Impossible de joindre l&apos;hôte&#xa0;: la connexion a été refusée. Vérifiez l&apos;URL de l&apos;API.</translation>
    </message>
    <message>
        <source>The secure connection failed: the server&apos;s certificate was not accepted.</source>
        <translation>La connexion sécurisée a échoué&#xa0;: le certificat du serveur n&apos;a pas été accepté.</translation>
    </message>
    <message>
        <source>Cannot reach the host through the proxy. Check the system proxy settings.</source>
        <translation>Impossible de joindre l&apos;hôte via le proxy. Vérifiez les paramètres de proxy du système.</translation>
    </message>
    <message>
        <source>The connection to Konnect failed (%1). Check your network and try again.</source>
        <translation>La connexion à Konnect a échoué (%1). Vérifiez votre réseau et réessayez.</translation>
    </message>
    <message>
        <source>Konnect rejected the request: %1</source>
        <translation>Konnect a rejeté la requête&#xa0;: %1</translation>
    </message>
    <message>
        <source>bad request.</source>
        <translation>requête invalide.</translation>
    </message>
    <message>
        <source>The token was rejected: it may be expired or revoked. Sign in again with a valid token.</source>
        <translation>Le jeton a été refusé&#xa0;: il a peut-être expiré ou été révoqué. Reconnectez-vous avec un jeton valide.</translation>
    </message>
    <message>
        <source>The token is valid but lacks permission for this. Ask an organization admin for the right role.</source>
        <translation>Le jeton est valide, mais il n&apos;a pas l&apos;autorisation nécessaire. Demandez le rôle adéquat à un administrateur de l&apos;organisation.</translation>
    </message>
    <message>
        <source>Not found: it may have been deleted by someone else. Refresh and try again.</source>
        <translation>Introuvable&#xa0;: l&apos;élément a peut-être été supprimé par quelqu&apos;un d&apos;autre. Actualisez et réessayez.</translation>
    </message>
    <message>
        <source>Conflict: %1</source>
        <translation>Conflit&#xa0;: %1</translation>
    </message>
    <message>
        <source>it already exists.</source>
        <translation>l&apos;élément existe déjà.</translation>
    </message>
    <message>
        <source>Konnect did not accept the request format (415). This is a bug in the app.</source>
        <translation>Konnect n&apos;a pas accepté le format de la requête (415). Il s&apos;agit d&apos;un bogue de l&apos;application.</translation>
    </message>
    <message>
        <source>Konnect is rate limiting requests. Wait a moment and try again.</source>
        <translation>Konnect limite le débit des requêtes. Patientez un instant et réessayez.</translation>
    </message>
    <message>
        <source>Konnect had a problem (HTTP %1). Try again in a moment.</source>
        <translation>Konnect a rencontré un problème (HTTP %1). Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>Konnect answered HTTP %1%2</source>
        <translation>Konnect a répondu avec le code HTTP %1%2</translation>
    </message>
    <message>
        <source>Reference: %1</source>
        <translation>Référence&#xa0;: %1</translation>
    </message>
    <message>
        <source>the session ended before Konnect answered</source>
        <translation>la session a pris fin avant la réponse de Konnect</translation>
    </message>
    <message>
        <source>Stopped: you signed out or switched profile before Konnect answered. Nothing more was sent; sign in again to retry.</source>
        <translation>Interrompu : vous vous êtes déconnecté ou avez changé de profil avant la réponse de Konnect. Rien de plus n’a été envoyé ; reconnectez-vous pour réessayer.</translation>
    </message>
    <message>
        <source>Nothing was sent: %1.</source>
        <translation>Rien n’a été envoyé : %1.</translation>
    </message>
    <message>
        <source>Konnect rejected the request: %1.</source>
        <translation>Konnect a refusé la requête : %1.</translation>
    </message>
    <message>
        <source>Konnect does not allow this change on this control plane (%1). A Kong Ingress Controller manages its gateway entities: change them in Kubernetes.</source>
        <translation>Konnect n’autorise pas cette modification sur ce control plane (%1). Un Kong Ingress Controller gère ses entités de passerelle : modifiez-les dans Kubernetes.</translation>
    </message>
    <message>
        <source>usage constraint</source>
        <translation>contrainte d’utilisation</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>Manage Kong Konnect config stores, vaults and secrets.</source>
        <translation>Gérer les config stores, vaults et secrets de Kong Konnect.</translation>
    </message>
    <message>
        <source>Start on the built-in sandbox, with demo data and no account.</source>
        <translation>Démarrer sur le bac à sable intégré, avec des données de démonstration et sans compte.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1
</source>
        <translation>Argument inattendu&#xa0;: %1
</translation>
    </message>
</context>
<context>
    <name>BulkActions</name>
    <message>
        <source>&amp;Import secrets…</source>
        <translation>&amp;Importer des secrets…</translation>
    </message>
    <message>
        <source>E&amp;xport references…</source>
        <translation>E&amp;xporter les références…</translation>
    </message>
    <message>
        <source>Create or overwrite secrets from a .env, JSON or YAML file</source>
        <translation>Créer ou remplacer des secrets à partir d&apos;un fichier .env, JSON ou YAML</translation>
    </message>
    <message>
        <source>Save the vault references of this store&apos;s secrets as .env, YAML or CSV</source>
        <translation>Enregistrer les références de vault des secrets de ce config store au format .env, YAML ou CSV</translation>
    </message>
</context>
<context>
    <name>ConfigStore</name>
    <message>
        <source>(unnamed) %1</source>
        <translation>(sans nom) %1</translation>
    </message>
</context>
<context>
    <name>ConfigStoreModel</name>
    <message>
        <source>%1
ID: %2
Created: %3</source>
        <translation>%1
ID&#xa0;: %2
Créé le %3</translation>
    </message>
    <message numerus="yes">
        <source>%n secret(s)</source>
        <translation>
            <numerusform>%n secret</numerusform>
            <numerusform>%n secrets</numerusform>
        </translation>
    </message>
    <message>
        <source>Not counted yet</source>
        <translation>Pas encore compté</translation>
    </message>
    <message>
        <source>No konnect vault reads this store: its secrets cannot be referenced yet</source>
        <translation>Aucun vault de type «&#xa0;konnect&#xa0;» ne lit ce config store&#xa0;: ses secrets ne peuvent pas encore être référencés</translation>
    </message>
    <message>
        <source>Referenced as {vault://%1/&lt;key&gt;}</source>
        <translation>Référencé sous la forme {vault://%1/&lt;key&gt;}</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
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
        <translation>Hybride</translation>
    </message>
    <message>
        <source>Kubernetes Ingress Controller</source>
        <translation>Kubernetes Ingress Controller</translation>
    </message>
    <message>
        <source>Control plane group</source>
        <translation>Groupe de plans de contrôle</translation>
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
        <translation>Type&#xa0;: %1</translation>
    </message>
    <message>
        <source>Labels: %1</source>
        <translation>Labels&#xa0;: %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
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
        <translation>Plan de contrôle</translation>
    </message>
    <message>
        <source>Control plane: type to filter</source>
        <translation>Plan de contrôle&#xa0;: tapez pour filtrer</translation>
    </message>
    <message>
        <source>Control plane…</source>
        <translation>Plan de contrôle…</translation>
    </message>
</context>
<context>
    <name>CoreEntities</name>
    <message>
        <source>service</source>
        <translation>service</translation>
    </message>
    <message>
        <source>route</source>
        <translation>route</translation>
    </message>
    <message>
        <source>consumer</source>
        <translation>consumer</translation>
    </message>
    <message>
        <source>plugin</source>
        <translation>plugin</translation>
    </message>
    <message>
        <source>certificate</source>
        <translation>certificat</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>certificat d&apos;AC</translation>
    </message>
    <message>
        <source>SNI</source>
        <translation>SNI</translation>
    </message>
    <message>
        <source>upstream</source>
        <translation>upstream</translation>
    </message>
    <message>
        <source>key</source>
        <translation>clé</translation>
    </message>
    <message>
        <source>key set</source>
        <translation>jeu de clés</translation>
    </message>
    <message>
        <source>partial</source>
        <translation>partial</translation>
    </message>
    <message>
        <source>key-auth credential</source>
        <translation>identifiants key-auth</translation>
    </message>
    <message>
        <source>basic-auth credential</source>
        <translation>identifiants basic-auth</translation>
    </message>
    <message>
        <source>hmac-auth credential</source>
        <translation>identifiants hmac-auth</translation>
    </message>
    <message>
        <source>JWT credential</source>
        <translation>identifiants JWT</translation>
    </message>
</context>
<context>
    <name>CrossSearch</name>
    <message>
        <source>vaults</source>
        <translation>vaults</translation>
    </message>
    <message>
        <source>config stores</source>
        <translation>config stores</translation>
    </message>
    <message>
        <source>secrets of %1</source>
        <translation>secrets de %1</translation>
    </message>
    <message>
        <source>Control planes</source>
        <translation>Plans de contrôle</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2)&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>CrossSearchBox</name>
    <message>
        <source>&amp;Search all control planes</source>
        <translation>&amp;Rechercher dans tous les plans de contrôle</translation>
    </message>
    <message>
        <source>Search all control planes</source>
        <translation>Rechercher dans tous les plans de contrôle</translation>
    </message>
    <message>
        <source>Search all control planes (Ctrl+K)</source>
        <translation>Rechercher dans tous les plans de contrôle (Ctrl+K)</translation>
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
        <translation>Relancer la recherche</translation>
    </message>
    <message>
        <source>Read every control plane again (the results are kept for the session otherwise)</source>
        <translation>Relire tous les plans de contrôle (sinon, les résultats sont conservés pendant toute la session)</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Résultats de la recherche</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n résultat</numerusform>
            <numerusform>%n résultats</numerusform>
        </translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Recherche en cours…</translation>
    </message>
    <message numerus="yes">
        <source>%1 — searching, %2 of %n control plane(s) done</source>
        <translation>
            <numerusform>%1 — recherche en cours&#xa0;: %2 sur %n plan de contrôle</numerusform>
            <numerusform>%1 — recherche en cours&#xa0;: %2 sur %n plans de contrôle</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing matches “%1” in %n control plane(s)</source>
        <translation>
            <numerusform>Aucun résultat pour «&#xa0;%1&#xa0;» dans %n plan de contrôle</numerusform>
            <numerusform>Aucun résultat pour «&#xa0;%1&#xa0;» dans %n plans de contrôle</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 in %n control plane(s)</source>
        <translation>
            <numerusform>%1 dans %n plan de contrôle</numerusform>
            <numerusform>%1 dans %n plans de contrôle</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — search stopped</source>
        <translation>%1 — recherche interrompue</translation>
    </message>
    <message>
        <source>Could not search everything:</source>
        <translation>La recherche n&apos;a pas pu tout parcourir&#xa0;:</translation>
    </message>
</context>
<context>
    <name>DeleteStoreDialog</name>
    <message>
        <source>Delete config store</source>
        <translation>Supprimer le config store</translation>
    </message>
    <message>
        <source>Delete the config store &lt;b&gt;%1&lt;/b&gt; and every secret it holds? Their values cannot be recovered.</source>
        <translation>Supprimer le config store &lt;b&gt;%1&lt;/b&gt; et tous les secrets qu&apos;il contient&#xa0;? Leurs valeurs seront irrécupérables.</translation>
    </message>
    <message>
        <source>Delete the empty config store &lt;b&gt;%1&lt;/b&gt;?</source>
        <translation>Supprimer le config store vide &lt;b&gt;%1&lt;/b&gt;&#xa0;?</translation>
    </message>
    <message>
        <source>References through these vaults will stop resolving: %1.</source>
        <translation>Les références passant par ces vaults ne seront plus résolues&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Type the store&apos;s name to confirm</source>
        <translation>Saisissez le nom du config store pour confirmer</translation>
    </message>
    <message>
        <source>Type &lt;b&gt;%1&lt;/b&gt; to confirm:</source>
        <translation>Saisissez &lt;b&gt;%1&lt;/b&gt; pour confirmer&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message numerus="yes">
        <source>Delete the config store &lt;b&gt;%1&lt;/b&gt; and the %n secret(s) it holds? Their values cannot be recovered.</source>
        <translation>
            <numerusform>Supprimer le config store &lt;b&gt;%1&lt;/b&gt; et le secret qu&apos;il contient&#xa0;? Sa valeur sera irrécupérable.</numerusform>
            <numerusform>Supprimer le config store &lt;b&gt;%1&lt;/b&gt; et les %n secrets qu&apos;il contient&#xa0;? Leurs valeurs seront irrécupérables.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeleteWarning</name>
    <message>
        <source>No gateway configuration of this control plane references it.</source>
        <translation>Rien dans la configuration de passerelle de ce plan de contrôle n&apos;y fait référence.</translation>
    </message>
    <message numerus="yes">
        <source>%n gateway reference(s) would stop resolving:</source>
        <translation>
            <numerusform>%n référence de passerelle ne serait plus résolue&#xa0;:</numerusform>
            <numerusform>%n références de passerelle ne seraient plus résolues&#xa0;:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %n more (View → Reference audit)</source>
        <translation>
            <numerusform>…et %n autre (Affichage → Audit des références)</numerusform>
            <numerusform>…et %n autres (Affichage → Audit des références)</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking which gateway references would break…</source>
        <translation>Vérification des références de passerelle qui ne seraient plus résolues…</translation>
    </message>
    <message>
        <source>Could not check which gateway references would break: %1</source>
        <translation>Impossible de vérifier quelles références de passerelle ne seraient plus résolues&#xa0;: %1</translation>
    </message>
    <message>
        <source>The reference audit was stopped: which gateway references would break is not known.</source>
        <translation>L&apos;audit des références a été interrompu&#xa0;: impossible de savoir quelles références de passerelle ne seraient plus résolues.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export references of %1</source>
        <translation>Exporter les références de %1</translation>
    </message>
    <message>
        <source>vault prefix</source>
        <translation>préfixe du vault</translation>
    </message>
    <message>
        <source>The prefix of a vault that reads this store</source>
        <translation>Le préfixe d&apos;un vault qui lit ce config store</translation>
    </message>
    <message>
        <source>.env template</source>
        <translation>Modèle .env</translation>
    </message>
    <message>
        <source>decK YAML snippet</source>
        <translation>Extrait YAML pour decK</translation>
    </message>
    <message>
        <source>CSV (key, reference)</source>
        <translation>CSV (clé, référence)</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Enregistrer…</translation>
    </message>
    <message>
        <source>&amp;Copy to clipboard</source>
        <translation>&amp;Copier dans le presse-papiers</translation>
    </message>
    <message>
        <source>&amp;Vault prefix:</source>
        <translation>Préfixe du &amp;vault&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format&#xa0;:</translation>
    </message>
    <message>
        <source>Cannot list the secrets: %1</source>
        <translation>Impossible de lister les secrets&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Listing the secrets… %n so far</source>
        <translation>
            <numerusform>Liste des secrets en cours… %n pour l&apos;instant</numerusform>
            <numerusform>Liste des secrets en cours… %n pour l&apos;instant</numerusform>
        </translation>
    </message>
    <message>
        <source>Type the prefix of a vault that reads this store.</source>
        <translation>Saisissez le préfixe d&apos;un vault qui lit ce config store.</translation>
    </message>
    <message>
        <source>The prefix %1</source>
        <translation>Le préfixe %1</translation>
    </message>
    <message numerus="yes">
        <source>%n reference(s). Values are not included: Konnect never returns them.</source>
        <translation>
            <numerusform>%n référence. Les valeurs ne sont pas incluses&#xa0;: Konnect ne les renvoie jamais.</numerusform>
            <numerusform>%n références. Les valeurs ne sont pas incluses&#xa0;: Konnect ne les renvoie jamais.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>Impossible d&apos;enregistrer %1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n reference(s) to %1</source>
        <translation>
            <numerusform>%n référence enregistrée dans %1</numerusform>
            <numerusform>%n références enregistrées dans %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Save references</source>
        <translation>Enregistrer les références</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n reference(s) to the clipboard</source>
        <translation>
            <numerusform>%n référence copiée dans le presse-papiers</numerusform>
            <numerusform>%n références copiées dans le presse-papiers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import secrets</source>
        <translation>Importer des secrets</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier&#xa0;:</translation>
    </message>
    <message>
        <source>Choose a .env, JSON or YAML file, or drop one here</source>
        <translation>Choisissez un fichier .env, JSON ou YAML, ou déposez-en un ici</translation>
    </message>
    <message>
        <source>When a key is already in the store</source>
        <translation>Quand une clé existe déjà dans le config store</translation>
    </message>
    <message>
        <source>&amp;Skip it (keep the current value)</source>
        <translation>Ig&amp;norer (conserver la valeur actuelle)</translation>
    </message>
    <message>
        <source>&amp;Overwrite it with the file&apos;s value</source>
        <translation>&amp;Remplacer par la valeur du fichier</translation>
    </message>
    <message>
        <source>Import secrets into %1</source>
        <translation>Importer des secrets dans %1</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Import secrets from a file</source>
        <translation>Importer des secrets depuis un fichier</translation>
    </message>
    <message>
        <source>Secret files (*.env .env* *.json *.yaml *.yml)</source>
        <translation>Fichiers de secrets (*.env .env* *.json *.yaml *.yml)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Fer&amp;mer</translation>
    </message>
    <message>
        <source>Choose a file: a .env file (KEY=value), a JSON object or a YAML map. Values are only sent to Konnect, never stored anywhere else.</source>
        <translation>Choisissez un fichier&#xa0;: un fichier .env (KEY=value), un objet JSON ou un dictionnaire YAML. Les valeurs sont uniquement envoyées à Konnect, jamais enregistrées ailleurs.</translation>
    </message>
    <message>
        <source>The file holds no secrets.</source>
        <translation>Le fichier ne contient aucun secret.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n secret(s) read</source>
        <translation>
            <numerusform>%1&#xa0;: %n secret lu</numerusform>
            <numerusform>%1&#xa0;: %n secrets lus</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot check which keys already exist: %1</source>
        <translation>impossible de vérifier quelles clés existent déjà&#xa0;: %1</translation>
    </message>
    <message>
        <source>checking which keys already exist…</source>
        <translation>vérification des clés existantes…</translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n nouveau</numerusform>
            <numerusform>%n nouveaux</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to overwrite</source>
        <translation>
            <numerusform>%n à remplacer</numerusform>
            <numerusform>%n à remplacer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the store, skipped</source>
        <translation>
            <numerusform>%n déjà dans le config store, ignoré</numerusform>
            <numerusform>%n déjà dans le config store, ignorés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invalid, not imported (hover for the rule)</source>
        <translation>
            <numerusform>%n non valide, non importé (survolez pour voir la règle)</numerusform>
            <numerusform>%n non valides, non importés (survolez pour voir la règle)</numerusform>
        </translation>
    </message>
    <message>
        <source>%v of %m written</source>
        <translation>%v sur %m écrits</translation>
    </message>
    <message>
        <source>Import cancelled.</source>
        <translation>Importation annulée.</translation>
    </message>
    <message>
        <source>Import finished.</source>
        <translation>Importation terminée.</translation>
    </message>
    <message numerus="yes">
        <source>Created: %n secret(s)</source>
        <translation>
            <numerusform>Créé&#xa0;: %n secret</numerusform>
            <numerusform>Créés&#xa0;: %n secrets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Overwritten: %n secret(s)</source>
        <translation>
            <numerusform>Remplacé&#xa0;: %n secret</numerusform>
            <numerusform>Remplacés&#xa0;: %n secrets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped, already in the store: %n secret(s)</source>
        <translation>
            <numerusform>Ignoré, déjà dans le config store&#xa0;: %n secret</numerusform>
            <numerusform>Ignorés, déjà dans le config store&#xa0;: %n secrets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Invalid rows, not imported: %n</source>
        <translation>
            <numerusform>Lignes non valides, non importées&#xa0;: %n</numerusform>
            <numerusform>Lignes non valides, non importées&#xa0;: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not started (cancelled): %n secret(s)</source>
        <translation>
            <numerusform>Non commencé (annulé)&#xa0;: %n secret</numerusform>
            <numerusform>Non commencés (annulés)&#xa0;: %n secrets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Interrupted by the cancel, may or may not have been written: %n secret(s)</source>
        <translation>
            <numerusform>Interrompu par l&apos;annulation, peut-être écrit&#xa0;: %n secret</numerusform>
            <numerusform>Interrompus par l&apos;annulation, peut-être écrits&#xa0;: %n secrets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Failed: %n secret(s)</source>
        <translation>
            <numerusform>Échec&#xa0;: %n secret</numerusform>
            <numerusform>Échecs&#xa0;: %n secrets</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Choisir…</translation>
    </message>
    <message>
        <source>Cancel i&amp;mport</source>
        <translation>&amp;Annuler l&apos;importation</translation>
    </message>
</context>
<context>
    <name>ImportParser</name>
    <message>
        <source>Key must be valid UTF-8 text</source>
        <translation>La clé doit être du texte UTF-8 valide</translation>
    </message>
    <message>
        <source>Key %1</source>
        <translation>La clé %1</translation>
    </message>
    <message>
        <source>Value %1</source>
        <translation>La valeur %1</translation>
    </message>
    <message numerus="yes">
        <source>Key is defined %n times (lines %1): keep one</source>
        <translation>
            <numerusform>La clé est définie %n fois (ligne %1)&#xa0;: n&apos;en gardez qu&apos;une</numerusform>
            <numerusform>La clé est définie %n fois (lignes %1)&#xa0;: n&apos;en gardez qu&apos;une</numerusform>
        </translation>
    </message>
    <message>
        <source>.env file</source>
        <translation>fichier .env</translation>
    </message>
    <message>
        <source>JSON object</source>
        <translation>objet JSON</translation>
    </message>
    <message>
        <source>YAML map</source>
        <translation>dictionnaire YAML</translation>
    </message>
    <message>
        <source>unknown format</source>
        <translation>format inconnu</translation>
    </message>
    <message>
        <source>The format is not recognised: use a .env file (KEY=value), a JSON object or a YAML map</source>
        <translation>Format non reconnu&#xa0;: utilisez un fichier .env (KEY=value), un objet JSON ou un dictionnaire YAML</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Impossible d&apos;ouvrir %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is too large for an import (over %2 MiB)</source>
        <translation>%1 est trop volumineux pour une importation (plus de %2 Mio)</translation>
    </message>
    <message>
        <source>Line %1 is not KEY=value</source>
        <translation>La ligne %1 n&apos;est pas de la forme KEY=value</translation>
    </message>
    <message>
        <source>The key on line %1 contains a space or a quote; write KEY=value</source>
        <translation>La clé de la ligne %1 contient un espace ou un guillemet&#xa0;; écrivez KEY=value</translation>
    </message>
    <message>
        <source>The quote opened on line %1 is never closed</source>
        <translation>Le guillemet ouvert à la ligne %1 n&apos;est jamais fermé</translation>
    </message>
    <message>
        <source>Unexpected text after the closing quote on line %1</source>
        <translation>Texte inattendu après le guillemet fermant à la ligne %1</translation>
    </message>
    <message>
        <source>A JSON import must be one object of &quot;KEY&quot;: &quot;value&quot; pairs</source>
        <translation>Une importation JSON doit être un objet unique de paires &quot;KEY&quot;: &quot;value&quot;</translation>
    </message>
    <message>
        <source>Expected a key in double quotes</source>
        <translation>Clé entre guillemets doubles attendue</translation>
    </message>
    <message>
        <source>Expected &apos;:&apos; after the key</source>
        <translation>«&#xa0;:&#xa0;» attendu après la clé</translation>
    </message>
    <message>
        <source>Expected &apos;,&apos; or &apos;}&apos;</source>
        <translation>«&#xa0;,&#xa0;» ou «&#xa0;}&#xa0;» attendu</translation>
    </message>
    <message>
        <source>%1 (at the end of the file)</source>
        <translation>%1 (à la fin du fichier)</translation>
    </message>
    <message>
        <source>Unexpected text after the closing &apos;}&apos;</source>
        <translation>Texte inattendu après l&apos;accolade fermante «&#xa0;}&#xa0;»</translation>
    </message>
    <message>
        <source>Incomplete \u escape</source>
        <translation>Séquence d&apos;échappement \u incomplète</translation>
    </message>
    <message>
        <source>Invalid \u escape</source>
        <translation>Séquence d&apos;échappement \u non valide</translation>
    </message>
    <message>
        <source>A string holds a raw control character or line break; write it as \n, \t or \u00XX</source>
        <translation>Une chaîne contient un caractère de contrôle ou un saut de ligne bruts&#xa0;; écrivez-les sous la forme \n, \t ou \u00XX</translation>
    </message>
    <message>
        <source>Invalid escape \%1</source>
        <translation>Séquence d&apos;échappement \%1 non valide</translation>
    </message>
    <message>
        <source>A string is never closed</source>
        <translation>Une chaîne n&apos;est jamais fermée</translation>
    </message>
    <message>
        <source>An object or list is never closed</source>
        <translation>Il manque la fin d&apos;un objet ou d&apos;une liste</translation>
    </message>
    <message>
        <source>Value is an object, not a string: nested values are not imported</source>
        <translation>La valeur est un objet, pas une chaîne&#xa0;: les valeurs imbriquées ne sont pas importées</translation>
    </message>
    <message>
        <source>Value is a list, not a string: nested values are not imported</source>
        <translation>La valeur est une liste, pas une chaîne&#xa0;: les valeurs imbriquées ne sont pas importées</translation>
    </message>
    <message>
        <source>Value is null, not a string</source>
        <translation>La valeur est null, pas une chaîne</translation>
    </message>
    <message>
        <source>Expected a value in double quotes</source>
        <translation>Valeur entre guillemets doubles attendue</translation>
    </message>
    <message numerus="yes">
        <source>The file holds %n YAML document(s); only the first is imported</source>
        <translation>
            <numerusform>Le fichier contient %n document YAML&#xa0;; seul le premier est importé</numerusform>
            <numerusform>Le fichier contient %n documents YAML&#xa0;; seul le premier est importé</numerusform>
        </translation>
    </message>
    <message>
        <source>A YAML import must be a map of KEY: value pairs</source>
        <translation>Une importation YAML doit être un dictionnaire de paires KEY: value</translation>
    </message>
    <message>
        <source>Key on line %1 is not text</source>
        <translation>La clé de la ligne %1 n&apos;est pas du texte</translation>
    </message>
    <message>
        <source>Value is a map, not a string: nested values are not imported</source>
        <translation>La valeur est un dictionnaire, pas une chaîne&#xa0;: les valeurs imbriquées ne sont pas importées</translation>
    </message>
    <message>
        <source>Value is empty (null in YAML)</source>
        <translation>La valeur est vide (null en YAML)</translation>
    </message>
    <message>
        <source>Not valid YAML: %1</source>
        <translation>YAML non valide&#xa0;: %1</translation>
    </message>
    <message>
        <source>Value is a boolean, not a string: put it in double quotes to import it as text</source>
        <translation>La valeur est un booléen, pas une chaîne : mettez-la entre guillemets doubles pour l’importer comme texte</translation>
    </message>
    <message>
        <source>Value is a number, not a string: put it in double quotes to import it as text</source>
        <translation>La valeur est un nombre, pas une chaîne : mettez-la entre guillemets doubles pour l’importer comme texte</translation>
    </message>
    <message>
        <source>Key has more than %1 characters</source>
        <translation>La clé a plus de %1 caractères</translation>
    </message>
    <message>
        <source>Value has more than %1 characters</source>
        <translation>La valeur a plus de %1 caractères</translation>
    </message>
    <message>
        <source>The file expands to more than %1 MiB of keys and values (YAML aliases repeat a value without repeating its text); it is not imported</source>
        <translation>Le fichier donne plus de %1 Mio de clés et de valeurs (les alias YAML répètent une valeur sans répéter son texte) ; il n’est pas importé</translation>
    </message>
    <message>
        <source>Value is a boolean in YAML: put it in quotes to import it as text</source>
        <translation>La valeur est un booléen en YAML : mettez-la entre guillemets pour l’importer comme texte</translation>
    </message>
    <message>
        <source>Value is a number in YAML: put it in quotes to import it as text</source>
        <translation>La valeur est un nombre en YAML : mettez-la entre guillemets pour l’importer comme texte</translation>
    </message>
</context>
<context>
    <name>ImportPreviewModel</name>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message numerus="yes">
        <source>(%n character(s))</source>
        <translation>
            <numerusform>(%n caractère)</numerusform>
            <numerusform>(%n caractères)</numerusform>
        </translation>
    </message>
    <message>
        <source>(no key, line %1)</source>
        <translation>(aucune clé, ligne %1)</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Ligne %1</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <source>Overwritten</source>
        <translation>Remplacé</translation>
    </message>
    <message>
        <source>Skipped: already in the store</source>
        <translation>Ignoré&#xa0;: déjà dans le config store</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Échec&#xa0;: %1</translation>
    </message>
    <message>
        <source>Not imported (cancelled)</source>
        <translation>Non importé (annulé)</translation>
    </message>
    <message>
        <source>Interrupted: may or may not have been written</source>
        <translation>Interrompu&#xa0;: peut avoir été écrit ou non</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <source>Will overwrite</source>
        <translation>Sera remplacé</translation>
    </message>
    <message>
        <source>Exists: will be skipped</source>
        <translation>Existe déjà&#xa0;: sera ignoré</translation>
    </message>
    <message>
        <source>Checking the store…</source>
        <translation>Vérification du config store…</translation>
    </message>
    <message>
        <source>Invalid (%1): %2</source>
        <translation>Non valide (%1)&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>KeychainTokenStore</name>
    <message>
        <source>the system keychain</source>
        <translation>le trousseau du système</translation>
    </message>
</context>
<context>
    <name>KonnectClient</name>
    <message>
        <source>no Konnect region or API URL is set.</source>
        <translation>aucune région Konnect ni URL d&apos;API n&apos;est définie.</translation>
    </message>
    <message>
        <source>holds a key or id that is empty, “.” or “..”</source>
        <translation>contient une clé ou un identifiant vide, « . » ou « .. »</translation>
    </message>
</context>
<context>
    <name>KonnectEndpoint</name>
    <message>
        <source>&quot;%1&quot; is not a valid URL.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une URL valide.</translation>
    </message>
    <message>
        <source>The API URL must not have a query, a fragment or credentials.</source>
        <translation>L&apos;URL de l&apos;API ne doit contenir ni paramètres de requête, ni fragment, ni identifiants.</translation>
    </message>
    <message>
        <source>plain http is allowed only to this computer (127.0.0.1, ::1, localhost); use https://%1 instead.</source>
        <translation>le http non chiffré n&apos;est autorisé que vers cet ordinateur (127.0.0.1, ::1, localhost)&#xa0;; utilisez plutôt https://%1.</translation>
    </message>
    <message>
        <source>the URL scheme &quot;%1&quot; is not supported; use https.</source>
        <translation>le schéma d&apos;URL «&#xa0;%1&#xa0;» n&apos;est pas pris en charge&#xa0;; utilisez https.</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Déverrouiller</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Verrouillé</translation>
    </message>
    <message>
        <source>Reads the profile&apos;s token again</source>
        <translation>Relit le jeton du profil</translation>
    </message>
    <message>
        <source>Profile: %1</source>
        <translation>Profil&#xa0;: %1</translation>
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
        <translation>Config stores</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>Konnect Vault Manager</source>
        <translation>Konnect Vault Manager</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Barre principale</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Sign in to a Konnect region to manage its vaults and secrets.</source>
        <translation>Connectez-vous à une région Konnect pour gérer ses vaults et ses secrets.</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <source>control planes</source>
        <translation>plans de contrôle</translation>
    </message>
    <message>
        <source>This organization has no control planes yet. Create one in Konnect, then press F5.</source>
        <translation>Cette organisation n&apos;a encore aucun plan de contrôle. Créez-en un dans Konnect, puis appuyez sur F5.</translation>
    </message>
    <message>
        <source>Select a vault or a config store.</source>
        <translation>Sélectionnez un vault ou un config store.</translation>
    </message>
    <message>
        <source>secrets</source>
        <translation>secrets</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Secrets</source>
        <translation>&amp;Secrets</translation>
    </message>
    <message>
        <source>Config s&amp;tores</source>
        <translation>&amp;Config stores</translation>
    </message>
    <message>
        <source>V&amp;aults</source>
        <translation>&amp;Vaults</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Affic&amp;hage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About Konnect Vault Manager</source>
        <translation>À &amp;propos de Konnect Vault Manager</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Bac à sable</translation>
    </message>
    <message>
        <source>The built-in sandbox: demo data on this computer, no Konnect account involved.</source>
        <translation>Le bac à sable intégré&#xa0;: des données de démonstration sur cet ordinateur, sans compte Konnect.</translation>
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
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>Signed out. Choose a profile or sign in.</source>
        <translation>Déconnecté. Choisissez un profil ou connectez-vous.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>System account (%1)</source>
        <translation>Compte système (%1)</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Connecté en tant que %1</translation>
    </message>
    <message>
        <source>vaults</source>
        <translation>vaults</translation>
    </message>
    <message>
        <source>config stores</source>
        <translation>config stores</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Config store</source>
        <translation>Config store</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>Chargement&#xa0;: %1…</translation>
    </message>
    <message>
        <source>%1: %2, %3</source>
        <translation>%1&#xa0;: %2, %3</translation>
    </message>
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
    <name>MemoryTokenStore</name>
    <message>
        <source>memory (test store)</source>
        <translation>la mémoire (stockage de test)</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>Unknown Konnect region “%1”.</source>
        <translation>Région Konnect «&#xa0;%1&#xa0;» inconnue.</translation>
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
        <translation>Se connecter avec un &amp;nouveau profil…</translation>
    </message>
    <message>
        <source>Sign in &amp;again…</source>
        <translation>Se &amp;reconnecter…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <source>&amp;Delete profile…</source>
        <translation>&amp;Supprimer le profil…</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>Supprimer le profil</translation>
    </message>
    <message>
        <source>Delete the profile “%1”? Its token is removed from the system keychain.</source>
        <translation>Supprimer le profil «&#xa0;%1&#xa0;»&#xa0;? Son jeton sera retiré du trousseau du système.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
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
        <translation>Le bac à sable intégré n&apos;a pas pu démarrer.</translation>
    </message>
</context>
<context>
    <name>ReferenceAudit</name>
    <message>
        <source>config store secrets</source>
        <translation>secrets des config stores</translation>
    </message>
    <message>
        <source>config stores</source>
        <translation>config stores</translation>
    </message>
    <message>
        <source>vaults</source>
        <translation>vaults</translation>
    </message>
    <message>
        <source> and </source>
        <translation> et </translation>
    </message>
    <message>
        <source>service “%1”</source>
        <translation>le service «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>route “%1”</source>
        <translation>la route «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>consumer “%1”</source>
        <translation>le consumer «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>consumer group “%1”</source>
        <translation>le groupe de consumers «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>vault</source>
        <translation>vault</translation>
    </message>
    <message>
        <source>%1 “%2”</source>
        <translation>%1 «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>no vault has the prefix %1</source>
        <translation>aucun vault n&apos;a le préfixe %1</translation>
    </message>
    <message>
        <source>the vault %1 reads no config store</source>
        <translation>le vault %1 ne lit aucun config store</translation>
    </message>
    <message>
        <source>the config store of the vault %1 has no secret %2</source>
        <translation>le config store du vault %1 ne contient pas de secret %2</translation>
    </message>
    <message>
        <source>not a valid reference: %1</source>
        <translation>référence non valide&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ReferenceAuditPanel</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Interrompre</translation>
    </message>
    <message>
        <source>Reference audit</source>
        <translation>Audit des références</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Entité</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Config store</source>
        <translation>Config store</translation>
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
        <translation>Références orphelines</translation>
    </message>
    <message>
        <source>Unused secrets</source>
        <translation>Secrets inutilisés</translation>
    </message>
    <message>
        <source>Other backends</source>
        <translation>Autres backends</translation>
    </message>
    <message>
        <source>The audit stopped: %1</source>
        <translation>L&apos;audit s&apos;est interrompu&#xa0;: %1</translation>
    </message>
    <message>
        <source>Reference &amp;audit…</source>
        <translation>Au&amp;dit des références…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <source>Which gateway entities use which secrets; dangling references and unused secrets</source>
        <translation>Quelles entités de passerelle utilisent quels secrets&#xa0;; références orphelines et secrets inutilisés</translation>
    </message>
    <message>
        <source>%v of %m lists read</source>
        <translation>%v listes lues sur %m</translation>
    </message>
    <message>
        <source>Reading the gateway configuration of this control plane…</source>
        <translation>Lecture de la configuration de passerelle de ce plan de contrôle…</translation>
    </message>
    <message>
        <source>Pick a control plane to audit its references.</source>
        <translation>Choisissez un plan de contrôle pour auditer ses références.</translation>
    </message>
    <message>
        <source>Not audited yet: press Refresh.</source>
        <translation>Pas encore audité&#xa0;: cliquez sur «&#xa0;Actualiser&#xa0;».</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Inside a longer string: Kong resolves only a field that is a reference as a whole</source>
        <translation>Dans une chaîne plus longue&#xa0;: Kong ne résout que les champs constitués uniquement d&apos;une référence</translation>
    </message>
    <message>
        <source>Dangling references (%1)</source>
        <translation>Références orphelines (%1)</translation>
    </message>
    <message>
        <source>Unused secrets (%1)</source>
        <translation>Secrets inutilisés (%1)</translation>
    </message>
    <message>
        <source>Other backends (%1)</source>
        <translation>Autres backends (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n reference(s)</source>
        <translation>
            <numerusform>%n référence</numerusform>
            <numerusform>%n références</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n gateway entities</source>
        <translation>
            <numerusform>dans %n entité de passerelle</numerusform>
            <numerusform>dans %n entités de passerelle</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dangling</source>
        <translation>
            <numerusform>%n orpheline</numerusform>
            <numerusform>%n orphelines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unused secret(s)</source>
        <translation>
            <numerusform>%n secret inutilisé</numerusform>
            <numerusform>%n secrets inutilisés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to other backends</source>
        <translation>
            <numerusform>%n vers d&apos;autres backends</numerusform>
            <numerusform>%n vers d&apos;autres backends</numerusform>
        </translation>
    </message>
    <message>
        <source>Audited at %1</source>
        <translation>Audité le %1</translation>
    </message>
    <message>
        <source>These lists could not be read: %1</source>
        <translation>Ces listes n&apos;ont pas pu être lues&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ReferenceExport</name>
    <message>
        <source>Vault references to the secrets of config store &quot;%1&quot; through vault &quot;%2&quot;.</source>
        <translation>Références de vault vers les secrets du config store «&#xa0;%1&#xa0;» via le vault «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>No values: Konnect never returns them. Generated by Konnect Vault Manager.</source>
        <translation>Aucune valeur&#xa0;: Konnect ne les renvoie jamais. Généré par Konnect Vault Manager.</translation>
    </message>
    <message>
        <source>key: %1</source>
        <translation>clé&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ReferenceScanner</name>
    <message>
        <source>the scheme is written {vault://, in lower case</source>
        <translation>le schéma s&apos;écrit en minuscules&#xa0;: {vault://</translation>
    </message>
</context>
<context>
    <name>SearchNavigator</name>
    <message>
        <source>That control plane is gone or not loaded yet. Press F5 and search again.</source>
        <translation>Ce plan de contrôle n&apos;existe plus ou n&apos;est pas encore chargé. Appuyez sur F5 et relancez la recherche.</translation>
    </message>
</context>
<context>
    <name>SearchResultModel</name>
    <message>
        <source>%1 vault</source>
        <translation>vault %1</translation>
    </message>
    <message>
        <source>{vault://%1/…}</source>
        <translation>{vault://%1/…}</translation>
    </message>
    <message>
        <source>Secret %1 in the config store %2 of %3</source>
        <translation>Secret %1 dans le config store %2 de %3</translation>
    </message>
    <message>
        <source>Vault %1 (%2) in %3</source>
        <translation>Vault %1 (%2) dans %3</translation>
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
        <translation>Clé ou préfixe</translation>
    </message>
    <message>
        <source>Control plane</source>
        <translation>Plan de contrôle</translation>
    </message>
    <message>
        <source>Config store</source>
        <translation>Config store</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
</context>
<context>
    <name>SecretBrowser</name>
    <message>
        <source>Create a Konnect vault…</source>
        <translation>Créer un vault Konnect…</translation>
    </message>
    <message>
        <source>Copy reference as</source>
        <translation>Copier la référence sous forme de</translation>
    </message>
    <message>
        <source>Secrets</source>
        <translation>Secrets</translation>
    </message>
    <message>
        <source>Filter secrets</source>
        <translation>Filtrer les secrets</translation>
    </message>
    <message>
        <source>Filter secrets (Ctrl+F)</source>
        <translation>Filtrer les secrets (Ctrl+F)</translation>
    </message>
    <message>
        <source>Vault used in references</source>
        <translation>Vault utilisé dans les références</translation>
    </message>
    <message>
        <source>The vault prefix the Reference column uses</source>
        <translation>Le préfixe de vault utilisé par la colonne «&#xa0;Référence&#xa0;»</translation>
    </message>
    <message>
        <source>References via:</source>
        <translation>Références via&#xa0;:</translation>
    </message>
    <message>
        <source>No vault reads this store yet: references need one</source>
        <translation>Aucun vault ne lit encore ce config store&#xa0;: les références en ont besoin</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>&amp;New secret…</source>
        <translation>&amp;Nouveau secret…</translation>
    </message>
    <message>
        <source>&amp;Rotate value…</source>
        <translation>&amp;Renouveler la valeur…</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>&amp;Copy reference</source>
        <translation>&amp;Copier la référence</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>&amp;Filter secrets</source>
        <translation>&amp;Filtrer les secrets</translation>
    </message>
    <message>
        <source>With a /property…</source>
        <translation>Avec une /propriété…</translation>
    </message>
    <message>
        <source>YAML (decK)</source>
        <translation>YAML (decK)</translation>
    </message>
    <message>
        <source>JSON string</source>
        <translation>Chaîne JSON</translation>
    </message>
    <message>
        <source>No vault reads this store yet: create a Konnect vault for it to get references.</source>
        <translation>Aucun vault ne lit encore ce config store&#xa0;: créez-lui un vault Konnect pour obtenir des références.</translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation>Copié&#xa0;: %1</translation>
    </message>
    <message>
        <source>Copy reference with a property</source>
        <translation>Copier la référence avec une propriété</translation>
    </message>
    <message>
        <source>Property of the secret (e.g. password in a JSON value):</source>
        <translation>Propriété du secret (p.&#xa0;ex. password dans une valeur JSON)&#xa0;:</translation>
    </message>
    <message>
        <source>Select a config store on the left to see its secrets.</source>
        <translation>Sélectionnez un config store à gauche pour voir ses secrets.</translation>
    </message>
    <message>
        <source>Loading the secrets of %1…</source>
        <translation>Chargement des secrets de %1…</translation>
    </message>
    <message>
        <source>%1 holds no secrets yet. Press Ctrl+N to add one.</source>
        <translation>%1 ne contient encore aucun secret. Appuyez sur Ctrl+N pour en ajouter un.</translation>
    </message>
    <message>
        <source>No secret matches “%1”.</source>
        <translation>Aucun secret ne correspond à «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Rotated the value of %1</source>
        <translation>Valeur de %1 renouvelée</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>%1 créé</translation>
    </message>
    <message>
        <source>Delete secrets</source>
        <translation>Supprimer les secrets</translation>
    </message>
    <message>
        <source>Delete the secret %1? Its value cannot be recovered, and references to it stop resolving.</source>
        <translation>Supprimer le secret %1&#xa0;? Sa valeur sera irrécupérable et les références vers ce secret ne seront plus résolues.</translation>
    </message>
    <message>
        <source>Deleting secrets…</source>
        <translation>Suppression des secrets…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>%1 holds no secret %2 any more.</source>
        <translation>%1 ne contient plus de secret %2.</translation>
    </message>
    <message numerus="yes">
        <source>Loading… %n secrets</source>
        <translation>
            <numerusform>Chargement… %n secret</numerusform>
            <numerusform>Chargement… %n secrets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n secrets (incomplete)</source>
        <translation>
            <numerusform>%n secret (incomplet)</numerusform>
            <numerusform>%n secrets (incomplet)</numerusform>
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
            <numerusform>%n secret supprimé</numerusform>
            <numerusform>%n secrets supprimés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n secret(s)? Their values cannot be recovered, and references to them stop resolving.</source>
        <translation>
            <numerusform>Supprimer %n secret&#xa0;? Sa valeur sera irrécupérable et les références vers ce secret ne seront plus résolues.</numerusform>
            <numerusform>Supprimer %n secrets&#xa0;? Leurs valeurs seront irrécupérables et les références vers ces secrets ne seront plus résolues.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %1 of %n secret(s); %2 failed: %3</source>
        <translation>
            <numerusform>Suppression&#xa0;: %1 sur %n secret&#xa0;; %2 en échec&#xa0;: %3</numerusform>
            <numerusform>Suppression&#xa0;: %1 sur %n secrets&#xa0;; %2 en échec&#xa0;: %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped after deleting %1 of %n secret(s)</source>
        <translation>
            <numerusform>Arrêté&#xa0;: %1 sur %n secret supprimé</numerusform>
            <numerusform>Arrêté&#xa0;: %1 sur %n secrets supprimés</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SecretEditorDialog</name>
    <message>
        <source>New secret</source>
        <translation>Nouveau secret</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;Clé&#xa0;:</translation>
    </message>
    <message>
        <source>Secret key</source>
        <translation>Clé du secret</translation>
    </message>
    <message>
        <source>e.g. stripe-api-key</source>
        <translation>p.&#xa0;ex. stripe-api-key</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Valeur&#xa0;:</translation>
    </message>
    <message>
        <source>Secret value (hidden)</source>
        <translation>Valeur du secret (masquée)</translation>
    </message>
    <message>
        <source>Secret value</source>
        <translation>Valeur du secret</translation>
    </message>
    <message>
        <source>&amp;Reveal</source>
        <translation>&amp;Afficher</translation>
    </message>
    <message>
        <source>Reveal the value</source>
        <translation>Afficher la valeur</translation>
    </message>
    <message>
        <source>&amp;Copy value</source>
        <translation>Co&amp;pier la valeur</translation>
    </message>
    <message>
        <source>Copy the value; the clipboard is cleared after a while if it still holds it</source>
        <translation>Copier la valeur&#xa0;; le presse-papiers est vidé au bout d&apos;un moment s&apos;il la contient encore</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>C&amp;oller</translation>
    </message>
    <message>
        <source>Replace the value with the clipboard&apos;s text, all lines of it</source>
        <translation>Remplacer la valeur par le texte du presse-papiers, toutes lignes comprises</translation>
    </message>
    <message>
        <source>&amp;Load file…</source>
        <translation>Charger un &amp;fichier…</translation>
    </message>
    <message>
        <source>Use a file&apos;s content as the value (e.g. a PEM certificate)</source>
        <translation>Utiliser le contenu d&apos;un fichier comme valeur (p.&#xa0;ex. un certificat PEM)</translation>
    </message>
    <message>
        <source>Konnect will never show this value again.</source>
        <translation>Konnect n&apos;affichera plus jamais cette valeur.</translation>
    </message>
    <message>
        <source>Rotate secret value</source>
        <translation>Renouveler la valeur du secret</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>&amp;Masquer</translation>
    </message>
    <message>
        <source>Hide the value</source>
        <translation>Masquer la valeur</translation>
    </message>
    <message>
        <source>Copied. The clipboard is cleared in %1 seconds if it still holds the value.</source>
        <translation>Valeur copiée. Le presse-papiers sera vidé dans %1 secondes s&apos;il la contient encore.</translation>
    </message>
    <message>
        <source>Load the value from a file</source>
        <translation>Charger la valeur depuis un fichier</translation>
    </message>
    <message>
        <source>the file is too large for a secret (%1 bytes)</source>
        <translation>le fichier est trop volumineux pour un secret (%1 octets)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The key starts or ends with whitespace.</source>
        <translation>La clé commence ou se termine par un caractère d&apos;espacement.</translation>
    </message>
    <message>
        <source>The value starts or ends with whitespace (a space, tab or line break).</source>
        <translation>La valeur commence ou se termine par un caractère d&apos;espacement (espace, tabulation ou saut de ligne).</translation>
    </message>
    <message>
        <source>Nothing is trimmed: it will be stored exactly as typed.</source>
        <translation>Rien n&apos;est supprimé&#xa0;: elle sera enregistrée exactement telle que saisie.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Hidden: %1, %2. Reveal to edit, or paste or load a new value.</source>
        <translation>Masquée&#xa0;: %1, %2. Affichez-la pour la modifier, ou collez ou chargez une nouvelle valeur.</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n ligne</numerusform>
            <numerusform>%n lignes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n caractère</numerusform>
            <numerusform>%n caractères</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SecretModel</name>
    <message>
        <source>%1
Referenced as %2</source>
        <translation>%1
Référencé sous la forme %2</translation>
    </message>
    <message>
        <source>Choose a vault to see the reference</source>
        <translation>Choisissez un vault pour voir la référence</translation>
    </message>
    <message>
        <source>Paste this where Kong expects the secret</source>
        <translation>Collez ceci là où Kong attend le secret</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mis à jour</translation>
    </message>
</context>
<context>
    <name>SessionController</name>
    <message>
        <source>Sign in to Konnect to start.</source>
        <translation>Connectez-vous à Konnect pour commencer.</translation>
    </message>
    <message>
        <source>No token is saved for “%1”: sign in with an access token.</source>
        <translation>Aucun jeton n&apos;est enregistré pour «&#xa0;%1&#xa0;»&#xa0;: connectez-vous avec un jeton d&apos;accès.</translation>
    </message>
    <message>
        <source>Signed out of “%1”.</source>
        <translation>Déconnecté de «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>A token that should be gone is still in the keychain: %1 It will be removed at the next start.</source>
        <translation>Un jeton qui devrait avoir disparu est encore dans le trousseau : %1 Il sera supprimé au prochain démarrage.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>A new language takes effect the next time the app starts.</source>
        <translation>La nouvelle langue s&apos;applique au prochain démarrage de l&apos;application.</translation>
    </message>
    <message>
        <source>&amp;Clear copied values after:</source>
        <translation>&amp;Effacer les valeurs copiées après&#xa0;:</translation>
    </message>
    <message>
        <source>A secret value you copy is removed from the clipboard after this time, unless you copied something else since.</source>
        <translation>Une valeur de secret copiée est retirée du presse-papiers après ce délai, sauf si vous avez copié autre chose entre-temps.</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;Items per request:</source>
        <translation>&amp;Nombre d&apos;éléments par requête&#xa0;:</translation>
    </message>
    <message>
        <source>How many control planes, config stores or secrets each request to Konnect asks for. Larger pages mean fewer requests; smaller pages show the first rows sooner.</source>
        <translation>Nombre de plans de contrôle, de config stores ou de secrets demandés à Konnect par requête. Des pages plus grandes réduisent le nombre de requêtes&#xa0;; des pages plus petites affichent les premières lignes plus tôt.</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>Langue du système (%1)</translation>
    </message>
    <message>
        <source>Loc&amp;k after inactivity:</source>
        <translation>&amp;Verrouiller après inactivité&#xa0;:</translation>
    </message>
    <message>
        <source>After this long without using the app, it locks: it forgets the token and shows the secrets again only after unlocking. It also locks when the screen locks.</source>
        <translation>Après ce délai sans utilisation, l&apos;application se verrouille&#xa0;: elle oublie le jeton et ne montre à nouveau les secrets qu&apos;après déverrouillage. Elle se verrouille aussi quand l&apos;écran se verrouille.</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
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
        <translation>Choisissez une région ou saisissez une URL d&apos;API valide.</translation>
    </message>
    <message>
        <source>unnamed organization</source>
        <translation>organisation sans nom</translation>
    </message>
    <message>
        <source>Signed in with a system account token (%1)</source>
        <translation>Connecté avec un jeton de compte système (%1)</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation>Connecté en tant que %1 (%2)</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in to Konnect</source>
        <translation>Connexion à Konnect</translation>
    </message>
    <message>
        <source>Profile &amp;name:</source>
        <translation>&amp;Nom du profil&#xa0;:</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Nom du profil</translation>
    </message>
    <message>
        <source>e.g. Work (EU)</source>
        <translation>p.&#xa0;ex. Travail (UE)</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Région&#xa0;:</translation>
    </message>
    <message>
        <source>Konnect region</source>
        <translation>Région Konnect</translation>
    </message>
    <message>
        <source>API &amp;URL:</source>
        <translation>&amp;URL de l&apos;API&#xa0;:</translation>
    </message>
    <message>
        <source>Custom API URL</source>
        <translation>URL d&apos;API personnalisée</translation>
    </message>
    <message>
        <source>https://konnect.example.com or http://127.0.0.1:8080</source>
        <translation>https://konnect.example.com ou http://127.0.0.1:8080</translation>
    </message>
    <message>
        <source>Access &amp;token:</source>
        <translation>&amp;Jeton d&apos;accès&#xa0;:</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Jeton d&apos;accès</translation>
    </message>
    <message>
        <source>A personal access token starting with kpat_ or a system account token starting with spat_</source>
        <translation>Un jeton d&apos;accès personnel commençant par kpat_ ou un jeton de compte système commençant par spat_</translation>
    </message>
    <message>
        <source>kpat_… or spat_…</source>
        <translation>kpat_… ou spat_…</translation>
    </message>
    <message>
        <source>A personal access token (kpat_…) or a system account token (spat_…), kept only in the system keychain.</source>
        <translation>Un jeton d&apos;accès personnel (kpat_…) ou un jeton de compte système (spat_…), conservé uniquement dans le trousseau du système.</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Se connecter</translation>
    </message>
    <message>
        <source>Checks the token with Konnect, then saves it</source>
        <translation>Vérifie le jeton auprès de Konnect, puis l&apos;enregistre</translation>
    </message>
    <message>
        <source>Checking the token</source>
        <translation>Vérification du jeton</translation>
    </message>
    <message>
        <source>Sign-in result</source>
        <translation>Résultat de la connexion</translation>
    </message>
    <message>
        <source>Use this token for this s&amp;ession only</source>
        <translation>Utiliser ce jeton pour cette s&amp;ession uniquement</translation>
    </message>
    <message>
        <source>Keeps the token in memory until the app quits; it is not saved anywhere</source>
        <translation>Garde le jeton en mémoire jusqu&apos;à la fermeture de l&apos;application&#xa0;; il n&apos;est enregistré nulle part</translation>
    </message>
    <message>
        <source>Custom URL…</source>
        <translation>URL personnalisée…</translation>
    </message>
    <message>
        <source>Show token</source>
        <translation>Afficher le jeton</translation>
    </message>
    <message>
        <source>Show the token (%1)</source>
        <translation>Afficher le jeton (%1)</translation>
    </message>
    <message>
        <source>Hide token</source>
        <translation>Masquer le jeton</translation>
    </message>
    <message>
        <source>Hide the token (%1)</source>
        <translation>Masquer le jeton (%1)</translation>
    </message>
    <message>
        <source>Konnect</source>
        <translation>Konnect</translation>
    </message>
    <message>
        <source>Sign in to “%1”</source>
        <translation>Connexion à «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Give the profile a name, e.g. “Work (EU)”.</source>
        <translation>Donnez un nom au profil, p.&#xa0;ex. «&#xa0;Travail (UE)&#xa0;».</translation>
    </message>
    <message>
        <source>Enter the API URL, e.g. https://konnect.example.com.</source>
        <translation>Saisissez l&apos;URL de l&apos;API, p.&#xa0;ex. https://konnect.example.com.</translation>
    </message>
    <message>
        <source>This URL cannot be used.</source>
        <translation>Cette URL ne peut pas être utilisée.</translation>
    </message>
    <message>
        <source>Checking the token with Konnect…</source>
        <translation>Vérification du jeton auprès de Konnect…</translation>
    </message>
    <message>
        <source>%1, but the token could not be saved in %2. %3</source>
        <translation>%1, mais le jeton n&apos;a pas pu être enregistré dans %2. %3</translation>
    </message>
    <message>
        <source>%1, for this session only: the token will be forgotten when the app quits.</source>
        <translation>%1, pour cette session uniquement&#xa0;: le jeton sera oublié à la fermeture de l&apos;application.</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>“%1” is not a valid URL: enter the API URL with its scheme, e.g. https://konnect.example.com.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une URL valide&#xa0;: saisissez l&apos;URL de l&apos;API avec son schéma, p.&#xa0;ex. https://konnect.example.com.</translation>
    </message>
</context>
<context>
    <name>StoreActions</name>
    <message>
        <source>&amp;New config store…</source>
        <translation>&amp;Nouveau config store…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Renommer…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>Created the config store %1</source>
        <translation>Config store %1 créé</translation>
    </message>
    <message>
        <source>Renamed to %1</source>
        <translation>Renommé en %1</translation>
    </message>
    <message>
        <source>Deleted the config store %1</source>
        <translation>Config store %1 supprimé</translation>
    </message>
</context>
<context>
    <name>StoreNameDialog</name>
    <message>
        <source>New config store</source>
        <translation>Nouveau config store</translation>
    </message>
    <message>
        <source>Rename config store</source>
        <translation>Renommer le config store</translation>
    </message>
    <message>
        <source>Config store name</source>
        <translation>Nom du config store</translation>
    </message>
    <message>
        <source>e.g. payments-prod</source>
        <translation>p.&#xa0;ex. payments-prod</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Checking whether the store was created before the answer was lost…</source>
        <translation>On vérifie si le store a été créé avant que la réponse ne se perde…</translation>
    </message>
    <message>
        <source>The store may have been created before the answer was lost, and the list could not be read to tell (%1): refresh the list (F5) before saving again.</source>
        <translation>Le store a peut-être été créé avant que la réponse ne se perde, et la liste n&apos;a pas pu être lue pour le savoir (%1)&#xa0;: actualisez la liste (F5) avant d&apos;enregistrer à nouveau.</translation>
    </message>
    <message>
        <source>The list holds no new store named %1: save again.</source>
        <translation>La liste ne contient aucun nouveau store nommé %1&#xa0;: enregistrez à nouveau.</translation>
    </message>
    <message numerus="yes">
        <source>%n stores named %1 were created in the last minutes, so which one is yours cannot be told: refresh the list (F5) before saving again.</source>
        <translation>
            <numerusform>%n store nommé %1 a été créé ces dernières minutes, impossible de savoir lequel est le vôtre&#xa0;: actualisez la liste (F5) avant d&apos;enregistrer à nouveau.</numerusform>
            <numerusform>%n stores nommés %1 ont été créés ces dernières minutes, impossible de savoir lequel est le vôtre&#xa0;: actualisez la liste (F5) avant d&apos;enregistrer à nouveau.</numerusform>
        </translation>
    </message>
    <message>
        <source>The list holds no new store named %1 yet, but the request may still be served: refresh the list (F5) in a moment before saving again.</source>
        <translation>La liste ne contient pas encore de nouveau store nommé %1, mais la requête est peut-être encore en cours de traitement&#xa0;: actualisez la liste (F5) dans un instant avant d&apos;enregistrer à nouveau.</translation>
    </message>
</context>
<context>
    <name>TokenFormat</name>
    <message>
        <source>Paste a personal access token (kpat_…) or a system account token (spat_…) from Konnect.</source>
        <translation>Collez un jeton d&apos;accès personnel (kpat_…) ou un jeton de compte système (spat_…) issu de Konnect.</translation>
    </message>
    <message>
        <source>This is not a Konnect access token: it must start with kpat_ (personal access token) or spat_ (system account token).</source>
        <translation>Ce n&apos;est pas un jeton d&apos;accès Konnect&#xa0;: il doit commencer par kpat_ (jeton d&apos;accès personnel) ou spat_ (jeton de compte système).</translation>
    </message>
    <message>
        <source>The token has a space or line break inside it: copy it again from Konnect as one line.</source>
        <translation>Le jeton contient un espace ou un saut de ligne&#xa0;: copiez-le à nouveau depuis Konnect, sur une seule ligne.</translation>
    </message>
    <message>
        <source>The token contains “%1”, which a Konnect token never has (only letters, digits and _): copy it again from Konnect.</source>
        <translation>Le jeton contient «&#xa0;%1&#xa0;», qu&apos;un jeton Konnect ne contient jamais (uniquement des lettres, des chiffres et _)&#xa0;: copiez-le à nouveau depuis Konnect.</translation>
    </message>
    <message>
        <source>The token is too short (%1 characters after %2, at least %3 expected): it may have been cut off while copying.</source>
        <translation>Le jeton est trop court (%1 caractères après %2, au moins %3 attendus)&#xa0;: il a peut-être été tronqué lors de la copie.</translation>
    </message>
    <message>
        <source>The token is too long (%1 characters after %2, at most %3 expected): make sure only the token was copied.</source>
        <translation>Le jeton est trop long (%1 caractères après %2, au plus %3 attendus)&#xa0;: assurez-vous de n&apos;avoir copié que le jeton.</translation>
    </message>
</context>
<context>
    <name>TokenLineEdit</name>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Coller</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Tout sélectionner</translation>
    </message>
</context>
<context>
    <name>TokenStore</name>
    <message>
        <source>No Secret Service is running: install and start gnome-keyring or KWallet, or use this token for this session only.</source>
        <translation>Aucun Secret Service n&apos;est actif&#xa0;: installez et démarrez gnome-keyring ou KWallet, ou utilisez ce jeton pour cette session uniquement.</translation>
    </message>
    <message>
        <source>The keyring is locked and could not be unlocked here: unlock it (for example with your desktop&apos;s Passwords and Keys app) and try again, or use this token for this session only.</source>
        <translation>Le trousseau est verrouillé et n&apos;a pas pu être déverrouillé ici&#xa0;: déverrouillez-le (par exemple avec l&apos;application «&#xa0;Mots de passe et clés&#xa0;» de votre bureau) et réessayez, ou utilisez ce jeton pour cette session uniquement.</translation>
    </message>
    <message>
        <source>The keyring refused access: allow Konnect Vault Manager to use it and try again, or use this token for this session only.</source>
        <translation>Le trousseau a refusé l&apos;accès&#xa0;: autorisez Konnect Vault Manager à l&apos;utiliser et réessayez, ou utilisez ce jeton pour cette session uniquement.</translation>
    </message>
    <message>
        <source>The keyring did not answer within %1 seconds; it may be waiting for an unlock prompt. Unlock it and try again, or use this token for this session only.</source>
        <translation>Le trousseau n&apos;a pas répondu dans un délai de %1 secondes&#xa0;; il attend peut-être d&apos;être déverrouillé. Déverrouillez-le et réessayez, ou utilisez ce jeton pour cette session uniquement.</translation>
    </message>
    <message>
        <source>The keyring reported an error (%1). Try again, or use this token for this session only.</source>
        <translation>Le trousseau a signalé une erreur (%1). Réessayez, ou utilisez ce jeton pour cette session uniquement.</translation>
    </message>
    <message>
        <source>no details</source>
        <translation>aucun détail</translation>
    </message>
</context>
<context>
    <name>UsedByProxy</name>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>Unused</source>
        <translation>Inutilisé</translation>
    </message>
    <message numerus="yes">
        <source>%n use(s)</source>
        <translation>
            <numerusform>%n utilisation</numerusform>
            <numerusform>%n utilisations</numerusform>
        </translation>
    </message>
    <message>
        <source>Looking for references in the gateway configuration…</source>
        <translation>Recherche des références dans la configuration de passerelle…</translation>
    </message>
    <message>
        <source>Not audited yet: View → Reference audit</source>
        <translation>Pas encore audité&#xa0;: Affichage → Audit des références</translation>
    </message>
    <message>
        <source>No gateway entity of this control plane references %1.</source>
        <translation>Aucune entité de passerelle de ce plan de contrôle ne fait référence à %1.</translation>
    </message>
    <message>
        <source>Used by:</source>
        <translation>Utilisé par&#xa0;:</translation>
    </message>
    <message>
        <source>Used by</source>
        <translation>Utilisé par</translation>
    </message>
    <message>
        <source>Gateway entities whose configuration references the secret</source>
        <translation>Entités de passerelle dont la configuration fait référence au secret</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>must have at least 1 character</source>
        <translation>doit comporter au moins 1 caractère</translation>
    </message>
    <message>
        <source>must not have more than %1 characters (it has %2)</source>
        <translation>ne doit pas dépasser %1 caractères (actuellement %2)</translation>
    </message>
    <message>
        <source>must not contain a NUL character (byte 0); is it a binary file?</source>
        <translation>ne doit pas contenir de caractère NUL (octet 0)&#xa0;; s&apos;agit-il d&apos;un fichier binaire&#xa0;?</translation>
    </message>
    <message>
        <source>must be valid UTF-8 text; this looks like a binary file or another encoding</source>
        <translation>doit être du texte UTF-8 valide&#xa0;; cela ressemble à un fichier binaire ou à un autre encodage</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>est obligatoire</translation>
    </message>
    <message>
        <source>must start with a lowercase letter, end with a letter or digit, and use only lowercase letters, digits and &apos;-&apos;</source>
        <translation>doit commencer par une lettre minuscule, se terminer par une lettre ou un chiffre, et ne contenir que des lettres minuscules, des chiffres et «&#xa0;-&#xa0;»</translation>
    </message>
    <message>
        <source>must not be the name of a vault backend (%1)</source>
        <translation>ne doit pas être le nom d&apos;un backend de vault (%1)</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>ne doit pas être vide</translation>
    </message>
    <message>
        <source>must not be “.” or “..”: in a URL they point at the store itself or above it</source>
        <translation>ne doit pas être « . » ni « .. » : dans une URL, ils désignent le magasin lui-même ou au-dessus</translation>
    </message>
</context>
<context>
    <name>VaultActions</name>
    <message>
        <source>&amp;New vault…</source>
        <translation>&amp;Nouveau vault…</translation>
    </message>
    <message>
        <source>&amp;Edit vault…</source>
        <translation>&amp;Modifier le vault…</translation>
    </message>
    <message>
        <source>&amp;Delete vault…</source>
        <translation>&amp;Supprimer le vault…</translation>
    </message>
    <message>
        <source>Create a &amp;Konnect vault for this store…</source>
        <translation>Créer un vault &amp;Konnect pour ce config store…</translation>
    </message>
    <message>
        <source>Secrets of the config store %1</source>
        <translation>Secrets du config store %1</translation>
    </message>
    <message>
        <source>Saved the vault %1</source>
        <translation>Vault %1 enregistré</translation>
    </message>
    <message>
        <source>Delete vault</source>
        <translation>Supprimer le vault</translation>
    </message>
    <message>
        <source>Delete the vault %1? Every {vault://%1/…} reference stops resolving. The secrets themselves are not deleted.</source>
        <translation>Supprimer le vault %1&#xa0;? Plus aucune référence {vault://%1/…} ne sera résolue. Les secrets eux-mêmes ne sont pas supprimés.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Deleted the vault %1</source>
        <translation>Vault %1 supprimé</translation>
    </message>
    <message>
        <source>A Kong Ingress Controller manages this control plane&apos;s vaults: Konnect shows them here read-only. Change them in Kubernetes.</source>
        <translation>Un Kong Ingress Controller gère les vaults de ce control plane : Konnect les affiche ici en lecture seule. Modifiez-les dans Kubernetes.</translation>
    </message>
</context>
<context>
    <name>VaultBackends</name>
    <message>
        <source>Base64-decode values</source>
        <translation>Décoder les valeurs Base64</translation>
    </message>
    <message>
        <source>Decode every secret value from Base64 before Kong uses it.</source>
        <translation>Décoder chaque valeur de secret depuis Base64 avant que Kong ne l&apos;utilise.</translation>
    </message>
    <message>
        <source>Time to live</source>
        <translation>Durée de vie (TTL)</translation>
    </message>
    <message>
        <source>How long (in seconds) Kong caches a secret before reading it again from the vault. 0 means never rotate; leave empty for Kong&apos;s default (0).</source>
        <translation>Durée (en secondes) pendant laquelle Kong garde un secret en cache avant de le relire depuis le vault. 0 signifie aucune rotation&#xa0;; laissez vide pour la valeur par défaut de Kong (0).</translation>
    </message>
    <message>
        <source>Negative time to live</source>
        <translation>Durée de vie des échecs</translation>
    </message>
    <message>
        <source>How long (in seconds) Kong caches a miss (a secret that was not found) before trying again. Leave empty for Kong&apos;s default (0: no automatic retry).</source>
        <translation>Durée (en secondes) pendant laquelle Kong garde en cache un échec (un secret introuvable) avant de réessayer. Laissez vide pour la valeur par défaut de Kong (0&#xa0;: aucune nouvelle tentative automatique).</translation>
    </message>
    <message>
        <source>Resurrect time to live</source>
        <translation>Réutilisation après expiration</translation>
    </message>
    <message>
        <source>How long (in seconds) Kong keeps using a secret after its time to live is over when the vault cannot be reached or the secret was deleted. Leave empty for Kong&apos;s default (1e8 seconds, about 3 years).</source>
        <translation>Durée (en secondes) pendant laquelle Kong continue d&apos;utiliser un secret après l&apos;expiration de sa durée de vie, lorsque le vault est injoignable ou que le secret a été supprimé. Laissez vide pour la valeur par défaut de Kong (1e8 secondes, environ 3 ans).</translation>
    </message>
    <message>
        <source>Konnect Config Store</source>
        <translation>Konnect Config Store</translation>
    </message>
    <message>
        <source>Secrets kept in a Konnect config store of this control plane.</source>
        <translation>Secrets conservés dans un config store Konnect de ce plan de contrôle.</translation>
    </message>
    <message>
        <source>Config store</source>
        <translation>Config store</translation>
    </message>
    <message>
        <source>The config store of this control plane that holds the secrets.</source>
        <translation>Le config store de ce plan de contrôle qui contient les secrets.</translation>
    </message>
    <message>
        <source>Environment variables</source>
        <translation>Variables d&apos;environnement</translation>
    </message>
    <message>
        <source>Environment variables of the data plane nodes.</source>
        <translation>Variables d&apos;environnement des nœuds du plan de données.</translation>
    </message>
    <message>
        <source>Variable prefix</source>
        <translation>Préfixe des variables</translation>
    </message>
    <message>
        <source>Prepended to the reference&apos;s key to form the environment variable name: prefix MY_ and {vault://env-vault/secret} read MY_SECRET.</source>
        <translation>Ajouté devant la clé de la référence pour former le nom de la variable d&apos;environnement&#xa0;: avec le préfixe MY_, {vault://env-vault/secret} lit MY_SECRET.</translation>
    </message>
    <message>
        <source>AWS Secrets Manager</source>
        <translation>AWS Secrets Manager</translation>
    </message>
    <message>
        <source>Secrets in AWS Secrets Manager.</source>
        <translation>Secrets dans AWS Secrets Manager.</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>The AWS region the secrets are kept in.</source>
        <translation>La région AWS où sont conservés les secrets.</translation>
    </message>
    <message>
        <source>Endpoint URL</source>
        <translation>URL du point de terminaison</translation>
    </message>
    <message>
        <source>A custom Secrets Manager endpoint (for example a VPC endpoint); empty for the region&apos;s public endpoint.</source>
        <translation>Un point de terminaison Secrets Manager personnalisé (par exemple un point de terminaison VPC)&#xa0;; vide pour le point de terminaison public de la région.</translation>
    </message>
    <message>
        <source>Assume role ARN</source>
        <translation>ARN du rôle à assumer</translation>
    </message>
    <message>
        <source>The IAM role to assume to read the secrets; empty to use the node&apos;s own credentials.</source>
        <translation>Le rôle IAM à assumer pour lire les secrets&#xa0;; vide pour utiliser les identifiants propres au nœud.</translation>
    </message>
    <message>
        <source>Role session name</source>
        <translation>Nom de session du rôle</translation>
    </message>
    <message>
        <source>The session name used when assuming the role.</source>
        <translation>Le nom de session utilisé pour assumer le rôle.</translation>
    </message>
    <message>
        <source>STS endpoint URL</source>
        <translation>URL du point de terminaison STS</translation>
    </message>
    <message>
        <source>A custom STS endpoint for assuming the role; empty for the default.</source>
        <translation>Un point de terminaison STS personnalisé pour assumer le rôle&#xa0;; vide pour celui par défaut.</translation>
    </message>
    <message>
        <source>Google Secret Manager</source>
        <translation>Google Secret Manager</translation>
    </message>
    <message>
        <source>Secrets in Google Cloud Secret Manager.</source>
        <translation>Secrets dans Google Cloud Secret Manager.</translation>
    </message>
    <message>
        <source>Project ID</source>
        <translation>ID du projet</translation>
    </message>
    <message>
        <source>The Google Cloud project that holds the secrets.</source>
        <translation>Le projet Google Cloud qui contient les secrets.</translation>
    </message>
    <message>
        <source>HashiCorp Vault</source>
        <translation>HashiCorp Vault</translation>
    </message>
    <message>
        <source>Secrets in a HashiCorp Vault KV secrets engine.</source>
        <translation>Secrets dans un moteur de secrets KV de HashiCorp Vault.</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>The port HashiCorp Vault listens on.</source>
        <translation>Le port sur lequel HashiCorp Vault écoute.</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Authentification</translation>
    </message>
    <message>
        <source>How Kong authenticates to HashiCorp Vault; each method has its own settings.</source>
        <translation>Comment Kong s&apos;authentifie auprès de HashiCorp Vault&#xa0;; chaque méthode a ses propres paramètres.</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Jeton</translation>
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
        <translation>Certificat TLS</translation>
    </message>
    <message>
        <source>JWT (OAuth2 client credentials)</source>
        <translation>JWT (identifiants client OAuth2)</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocole</translation>
    </message>
    <message>
        <source>How to reach HashiCorp Vault.</source>
        <translation>Comment joindre HashiCorp Vault.</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Hôte</translation>
    </message>
    <message>
        <source>The HashiCorp Vault server&apos;s host name.</source>
        <translation>Le nom d&apos;hôte du serveur HashiCorp Vault.</translation>
    </message>
    <message>
        <source>Mount</source>
        <translation>Point de montage</translation>
    </message>
    <message>
        <source>The mount point of the KV engine.</source>
        <translation>Le point de montage du moteur KV.</translation>
    </message>
    <message>
        <source>KV version</source>
        <translation>Version KV</translation>
    </message>
    <message>
        <source>The version of the KV secrets engine at the mount.</source>
        <translation>La version du moteur de secrets KV à ce point de montage.</translation>
    </message>
    <message>
        <source>Namespace</source>
        <translation>Espace de noms</translation>
    </message>
    <message>
        <source>The HashiCorp Vault Enterprise namespace; empty for none.</source>
        <translation>L&apos;espace de noms HashiCorp Vault Enterprise&#xa0;; vide pour aucun.</translation>
    </message>
    <message>
        <source>The token Kong authenticates with.</source>
        <translation>Le jeton avec lequel Kong s&apos;authentifie.</translation>
    </message>
    <message>
        <source>Kubernetes role</source>
        <translation>Rôle Kubernetes</translation>
    </message>
    <message>
        <source>The Vault role bound to the data plane&apos;s service account.</source>
        <translation>Le rôle Vault lié au compte de service du plan de données.</translation>
    </message>
    <message>
        <source>Auth path</source>
        <translation>Chemin d&apos;authentification</translation>
    </message>
    <message>
        <source>Where the Kubernetes auth method is mounted.</source>
        <translation>Emplacement où la méthode d&apos;authentification Kubernetes est montée.</translation>
    </message>
    <message>
        <source>Service account token file</source>
        <translation>Fichier du jeton du compte de service</translation>
    </message>
    <message>
        <source>The service account token file on the data plane nodes.</source>
        <translation>Le fichier du jeton du compte de service sur les nœuds du plan de données.</translation>
    </message>
    <message>
        <source>Where the AppRole auth method is mounted.</source>
        <translation>Emplacement où la méthode d&apos;authentification AppRole est montée.</translation>
    </message>
    <message>
        <source>Role ID</source>
        <translation>ID de rôle</translation>
    </message>
    <message>
        <source>The AppRole&apos;s role id.</source>
        <translation>L&apos;ID de rôle de l&apos;AppRole.</translation>
    </message>
    <message>
        <source>Secret ID</source>
        <translation>Secret ID</translation>
    </message>
    <message>
        <source>The AppRole&apos;s secret id (or give a file below).</source>
        <translation>Le Secret ID de l&apos;AppRole (ou indiquez un fichier ci-dessous).</translation>
    </message>
    <message>
        <source>Secret ID file</source>
        <translation>Fichier du Secret ID</translation>
    </message>
    <message>
        <source>A file on the data plane nodes that holds the secret id.</source>
        <translation>Un fichier sur les nœuds du plan de données qui contient le Secret ID.</translation>
    </message>
    <message>
        <source>Response wrapping</source>
        <translation>Response wrapping</translation>
    </message>
    <message>
        <source>The secret id is a response-wrapping token to unwrap first.</source>
        <translation>Le Secret ID est un jeton de response wrapping à désencapsuler d&apos;abord.</translation>
    </message>
    <message>
        <source>Role name</source>
        <translation>Nom du rôle</translation>
    </message>
    <message>
        <source>The certificate role to log in with; empty to try every role.</source>
        <translation>Le rôle de certificat utilisé pour la connexion&#xa0;; vide pour essayer tous les rôles.</translation>
    </message>
    <message>
        <source>Client certificate</source>
        <translation>Certificat client</translation>
    </message>
    <message>
        <source>The PEM client certificate Kong presents.</source>
        <translation>Le certificat client PEM que Kong présente.</translation>
    </message>
    <message>
        <source>Client certificate key</source>
        <translation>Clé du certificat client</translation>
    </message>
    <message>
        <source>The PEM private key of the client certificate.</source>
        <translation>La clé privée PEM du certificat client.</translation>
    </message>
    <message>
        <source>OAuth2 client ID</source>
        <translation>ID client OAuth2</translation>
    </message>
    <message>
        <source>The client id Kong gets its JWT with.</source>
        <translation>L&apos;ID client avec lequel Kong obtient son JWT.</translation>
    </message>
    <message>
        <source>OAuth2 client secret</source>
        <translation>Secret client OAuth2</translation>
    </message>
    <message>
        <source>The client secret Kong gets its JWT with.</source>
        <translation>Le secret client avec lequel Kong obtient son JWT.</translation>
    </message>
    <message>
        <source>JWT role</source>
        <translation>Rôle JWT</translation>
    </message>
    <message>
        <source>The Vault role the JWT logs in with.</source>
        <translation>Le rôle Vault avec lequel le JWT se connecte.</translation>
    </message>
    <message>
        <source>Token endpoint</source>
        <translation>Point de terminaison de jeton</translation>
    </message>
    <message>
        <source>The identity provider&apos;s OAuth2 token endpoint.</source>
        <translation>Le point de terminaison de jeton OAuth2 du fournisseur d&apos;identité.</translation>
    </message>
    <message>
        <source>Audiences</source>
        <translation>Audiences</translation>
    </message>
    <message>
        <source>Comma-separated audiences to ask the token for.</source>
        <translation>Audiences, séparées par des virgules, pour lesquelles demander le jeton.</translation>
    </message>
    <message>
        <source>Azure Key Vault</source>
        <translation>Azure Key Vault</translation>
    </message>
    <message>
        <source>Secrets in an Azure Key Vault.</source>
        <translation>Secrets dans un Azure Key Vault.</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>The Azure region of the key vault.</source>
        <translation>La région Azure du Key Vault.</translation>
    </message>
    <message>
        <source>Vault URI</source>
        <translation>URI du Key Vault</translation>
    </message>
    <message>
        <source>The URI of the key vault.</source>
        <translation>L&apos;URI du Key Vault.</translation>
    </message>
    <message>
        <source>Credentials prefix</source>
        <translation>Préfixe des identifiants</translation>
    </message>
    <message>
        <source>The prefix of the environment variables that hold the Azure credentials.</source>
        <translation>Le préfixe des variables d&apos;environnement qui contiennent les identifiants Azure.</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>The kind of Key Vault object to read.</source>
        <translation>Le type d&apos;objet Key Vault à lire.</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>ID client</translation>
    </message>
    <message>
        <source>The client id of the application or managed identity.</source>
        <translation>L&apos;ID client de l&apos;application ou de l&apos;identité managée.</translation>
    </message>
    <message>
        <source>Tenant ID</source>
        <translation>ID de locataire</translation>
    </message>
    <message>
        <source>The Microsoft Entra tenant id.</source>
        <translation>L&apos;ID de locataire Microsoft Entra.</translation>
    </message>
    <message>
        <source>CyberArk Conjur</source>
        <translation>CyberArk Conjur</translation>
    </message>
    <message>
        <source>Secrets in CyberArk Conjur.</source>
        <translation>Secrets dans CyberArk Conjur.</translation>
    </message>
    <message>
        <source>The Conjur server&apos;s URL.</source>
        <translation>L&apos;URL du serveur Conjur.</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>The host or user Kong logs in as.</source>
        <translation>L&apos;hôte ou l&apos;utilisateur sous lequel Kong se connecte.</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>The Conjur account.</source>
        <translation>Le compte Conjur.</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clé d&apos;API</translation>
    </message>
    <message>
        <source>The API key of the login.</source>
        <translation>La clé d&apos;API de l&apos;identifiant.</translation>
    </message>
</context>
<context>
    <name>VaultConfig</name>
    <message>
        <source>must be one of %1</source>
        <translation>doit être l&apos;une des valeurs suivantes&#xa0;: %1</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>est obligatoire</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>doit être un nombre entier</translation>
    </message>
    <message>
        <source>must be between %1 and %2</source>
        <translation>doit être compris entre %1 et %2</translation>
    </message>
    <message>
        <source>Prefix</source>
        <translation>Préfixe</translation>
    </message>
    <message>
        <source>Backend</source>
        <translation>Backend</translation>
    </message>
    <message>
        <source>%1 is already used by another vault of this control plane (Konnect: %2)</source>
        <translation>%1 est déjà utilisé par un autre vault de ce control plane (Konnect : %2)</translation>
    </message>
</context>
<context>
    <name>VaultFieldEditor</name>
    <message>
        <source>%1 problem</source>
        <translation>%1&#xa0;: problème</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligatoire</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>Afficher le champ «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Show or hide what you typed</source>
        <translation>Afficher ou masquer votre saisie</translation>
    </message>
    <message>
        <source>Kong default</source>
        <translation>Valeur par défaut de Kong</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Choose a config store…</source>
        <translation>Choisir un config store…</translation>
    </message>
    <message>
        <source>%1 (not in this control plane&apos;s list)</source>
        <translation>%1 (absent de la liste de ce plan de contrôle)</translation>
    </message>
    <message>
        <source>Unchanged (type to replace)</source>
        <translation>Inchangé (tapez pour remplacer)</translation>
    </message>
    <message>
        <source>Create a new config store…</source>
        <translation>Créer un config store…</translation>
    </message>
    <message>
        <source>Opens the dialog to create a store; nothing is created until you confirm there</source>
        <translation>Ouvre la boîte de dialogue de création d&apos;un config store&#xa0;; rien n&apos;est créé tant que vous n&apos;y avez pas confirmé</translation>
    </message>
</context>
<context>
    <name>VaultForm</name>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>Prefix</source>
        <translation>Préfixe</translation>
    </message>
    <message>
        <source>e.g. payments</source>
        <translation>p.&#xa0;ex. payments</translation>
    </message>
    <message>
        <source>What references use: {vault://&lt;prefix&gt;/&lt;key&gt;}. Lowercase letters, digits and &apos;-&apos;; not the name of a backend.</source>
        <translation>Utilisé dans les références&#xa0;: {vault://&lt;prefix&gt;/&lt;key&gt;}. Lettres minuscules, chiffres et «&#xa0;-&#xa0;»&#xa0;; pas le nom d&apos;un backend.</translation>
    </message>
    <message>
        <source>Prefix problem</source>
        <translation>Préfixe&#xa0;: problème</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Description problem</source>
        <translation>Description&#xa0;: problème</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>comma-separated, e.g. production, payments</source>
        <translation>séparés par des virgules, p.&#xa0;ex. production, payments</translation>
    </message>
    <message>
        <source>Tags problem</source>
        <translation>Tags&#xa0;: problème</translation>
    </message>
    <message>
        <source>Backend</source>
        <translation>Backend</translation>
    </message>
    <message>
        <source>Backend problem</source>
        <translation>Backend&#xa0;: problème</translation>
    </message>
    <message>
        <source>&amp;Prefix:</source>
        <translation>&amp;Préfixe&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>&amp;Tags&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Backend:</source>
        <translation>&amp;Backend&#xa0;:</translation>
    </message>
    <message>
        <source>This app has no form for this backend: its configuration is kept as it is.</source>
        <translation>Cette application n&apos;a pas de formulaire pour ce backend&#xa0;: sa configuration est conservée telle quelle.</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Avancé</translation>
    </message>
    <message>
        <source>Advanced settings</source>
        <translation>Paramètres avancés</translation>
    </message>
    <message>
        <source>must be a full URL such as https://vault.example.com</source>
        <translation>doit être une URL complète, p.&#xa0;ex. https://vault.example.com</translation>
    </message>
</context>
<context>
    <name>VaultFormDialog</name>
    <message>
        <source>New vault</source>
        <translation>Nouveau vault</translation>
    </message>
    <message>
        <source>Edit vault %1</source>
        <translation>Modifier le vault %1</translation>
    </message>
</context>
<context>
    <name>VaultModel</name>
    <message>
        <source>References: {vault://%1/&lt;key&gt;}</source>
        <translation>Références&#xa0;: {vault://%1/&lt;key&gt;}</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Prefix</source>
        <translation>Préfixe</translation>
    </message>
    <message>
        <source>Backend</source>
        <translation>Backend</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
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
        <translation>une référence commence par {vault:// et se termine par }</translation>
    </message>
    <message>
        <source>the version after # must be a positive whole number</source>
        <translation>la version après # doit être un nombre entier positif</translation>
    </message>
    <message>
        <source>config options (?...) are not supported in a reference here</source>
        <translation>les options de configuration (?...) ne sont pas prises en charge ici dans une référence</translation>
    </message>
    <message>
        <source>the vault prefix must be followed by /&lt;key&gt;</source>
        <translation>le préfixe du vault doit être suivi de /&lt;key&gt;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a vault prefix</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un préfixe de vault</translation>
    </message>
    <message>
        <source>the key after the prefix is empty</source>
        <translation>la clé après le préfixe est vide</translation>
    </message>
    <message>
        <source>the reference holds a lone UTF-16 surrogate, which is not text</source>
        <translation>la référence contient un demi-codet UTF-16 isolé, qui n’est pas du texte</translation>
    </message>
    <message>
        <source>the key or property does not decode to UTF-8 text</source>
        <translation>la clé ou la propriété décodée n’est pas du texte UTF-8</translation>
    </message>
</context>
</TS>
