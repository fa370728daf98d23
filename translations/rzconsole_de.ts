<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>rz::AboutDialog</name>
    <message>
        <source>About rzconsole</source>
        <translation>Über rzconsole</translation>
    </message>
    <message>
        <source>rzconsole icon</source>
        <translation>rzconsole-Symbol</translation>
    </message>
    <message>
        <source>A desktop console for the runZero asset inventory.</source>
        <translation>Eine Desktop-Konsole für das runZero-Asset-Inventar.</translation>
    </message>
    <message>
        <source>GNU General Public License, version 3 or later</source>
        <translation>GNU General Public License, Version 3 oder später</translation>
    </message>
    <message>
        <source>This program is free software: you can redistribute it and/or modify it under the terms of the %1.</source>
        <translation>Dieses Programm ist freie Software: Sie können es unter den Bedingungen der %1 weitergeben und/oder verändern.</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Version %1
Qt %2 (built with Qt %3)
QtKeychain %4
Licence: %5</source>
        <translation>Version %1
Qt %2 (erstellt mit Qt %3)
QtKeychain %4
Lizenz: %5</translation>
    </message>
</context>
<context>
    <name>rz::AddressCount</name>
    <message>
        <source>2^%1</source>
        <comment>a power of two</comment>
        <translation>2^%1</translation>
    </message>
    <message>
        <source>more than 2^%1</source>
        <comment>a power of two</comment>
        <translation>mehr als 2^%1</translation>
    </message>
    <message>
        <source>1 address</source>
        <translation>1 Adresse</translation>
    </message>
    <message>
        <source>%1 addresses</source>
        <translation>%1 Adressen</translation>
    </message>
</context>
<context>
    <name>rz::ApiError</name>
    <message>
        <source>API client credentials (OAuth)</source>
        <translation>API-Client-Zugangsdaten (OAuth)</translation>
    </message>
    <message>
        <source>an account API token</source>
        <translation>ein Konto-API-Token</translation>
    </message>
    <message>
        <source>an organization API token</source>
        <translation>ein Organisations-API-Token</translation>
    </message>
    <message>
        <source>an export token</source>
        <translation>ein Export-Token</translation>
    </message>
    <message>
        <source>a download token</source>
        <translation>ein Download-Token</translation>
    </message>
    <message>
        <source>a token of type “%1”</source>
        <translation>ein Token vom Typ „%1“</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>a list of alternatives</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <comment>a list of alternatives</comment>
        <translation>%1 oder %2</translation>
    </message>
    <message>
        <source>This request needs %1, but the credential in use is %2.</source>
        <translation>Diese Anfrage erfordert %1, die verwendeten Zugangsdaten sind jedoch %2.</translation>
    </message>
    <message>
        <source>This request needs %1; the credential in use is of another kind.</source>
        <translation>Diese Anfrage erfordert %1; die verwendeten Zugangsdaten sind von anderer Art.</translation>
    </message>
    <message>
        <source>The credential in use is of the wrong kind for this request: %1</source>
        <translation>Die verwendeten Zugangsdaten sind für diese Anfrage von der falschen Art: %1</translation>
    </message>
    <message>
        <source>The credential in use is of the wrong kind for this request.</source>
        <translation>Die verwendeten Zugangsdaten sind für diese Anfrage von der falschen Art.</translation>
    </message>
    <message>
        <source>The request succeeded.</source>
        <translation>Die Anfrage war erfolgreich.</translation>
    </message>
    <message>
        <source>The console could not be reached: %1</source>
        <translation>Die Konsole war nicht erreichbar: %1</translation>
    </message>
    <message>
        <source>The console could not be reached. Check the address and the network connection.</source>
        <translation>Die Konsole war nicht erreichbar. Prüfen Sie die Adresse und die Netzwerkverbindung.</translation>
    </message>
    <message>
        <source>The console did not answer in time. Try again later.</source>
        <translation>Die Konsole hat nicht rechtzeitig geantwortet. Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>A secure connection to the console could not be established: %1</source>
        <translation>Es konnte keine sichere Verbindung zur Konsole hergestellt werden: %1</translation>
    </message>
    <message>
        <source>A secure connection to the console could not be established.</source>
        <translation>Es konnte keine sichere Verbindung zur Konsole hergestellt werden.</translation>
    </message>
    <message>
        <source>The console did not accept the API client credentials (%1). Check the client ID and secret; the client may have been revoked.</source>
        <translation>Die Konsole hat die API-Client-Zugangsdaten nicht akzeptiert (%1). Prüfen Sie Client-ID und Secret; der Client wurde möglicherweise widerrufen.</translation>
    </message>
    <message>
        <source>The console did not accept the API client credentials. Check the client ID and secret; the client may have been revoked.</source>
        <translation>Die Konsole hat die API-Client-Zugangsdaten nicht akzeptiert. Prüfen Sie Client-ID und Secret; der Client wurde möglicherweise widerrufen.</translation>
    </message>
    <message>
        <source>The console did not accept the credential: %1</source>
        <translation>Die Konsole hat die Zugangsdaten nicht akzeptiert: %1</translation>
    </message>
    <message>
        <source>The console did not accept the credential. It may be unknown, expired or revoked.</source>
        <translation>Die Konsole hat die Zugangsdaten nicht akzeptiert. Sie sind möglicherweise unbekannt, abgelaufen oder widerrufen.</translation>
    </message>
    <message>
        <source>The console refused access: %1</source>
        <translation>Die Konsole hat den Zugriff verweigert: %1</translation>
    </message>
    <message>
        <source>The console refused access. The licence may have expired or may not cover this feature.</source>
        <translation>Die Konsole hat den Zugriff verweigert. Die Lizenz ist möglicherweise abgelaufen oder deckt diese Funktion nicht ab.</translation>
    </message>
    <message>
        <source>The console could not find what was asked for: %1</source>
        <translation>Die Konsole hat das Angeforderte nicht gefunden: %1</translation>
    </message>
    <message>
        <source>The console could not find what was asked for. Check the console address.</source>
        <translation>Die Konsole hat das Angeforderte nicht gefunden. Prüfen Sie die Adresse der Konsole.</translation>
    </message>
    <message>
        <source>The daily API budget of %1 calls is used up; it resets at midnight UTC.</source>
        <translation>Das tägliche API-Kontingent von %1 Aufrufen ist aufgebraucht; es wird um Mitternacht UTC zurückgesetzt.</translation>
    </message>
    <message>
        <source>The console&apos;s request limit has been reached (%1). Wait a while, then try again.</source>
        <translation>Das Anfragelimit der Konsole ist erreicht (%1). Warten Sie eine Weile und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The console&apos;s request limit has been reached. Wait a while, then try again.</source>
        <translation>Das Anfragelimit der Konsole ist erreicht. Warten Sie eine Weile und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The server refused the request: %1</source>
        <translation>Der Server hat die Anfrage abgelehnt: %1</translation>
    </message>
    <message>
        <source>The server refused the request as invalid.</source>
        <translation>Der Server hat die Anfrage als ungültig abgelehnt.</translation>
    </message>
    <message>
        <source>The console reported an internal error (HTTP %1): %2</source>
        <translation>Die Konsole hat einen internen Fehler gemeldet (HTTP %1): %2</translation>
    </message>
    <message>
        <source>The console reported an internal error (HTTP %1). Try again later.</source>
        <translation>Die Konsole hat einen internen Fehler gemeldet (HTTP %1). Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The console&apos;s answer could not be understood: %1</source>
        <translation>Die Antwort der Konsole war unverständlich: %1</translation>
    </message>
    <message>
        <source>The console&apos;s answer could not be understood.</source>
        <translation>Die Antwort der Konsole war unverständlich.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The request was not sent: %1</source>
        <translation>Die Anfrage wurde nicht gesendet: %1</translation>
    </message>
    <message>
        <source>The request was not sent, because the credential in use cannot make it.</source>
        <translation>Die Anfrage wurde nicht gesendet, weil die verwendeten Zugangsdaten sie nicht stellen können.</translation>
    </message>
    <message>
        <source>An unknown error occurred.</source>
        <translation>Ein unbekannter Fehler ist aufgetreten.</translation>
    </message>
    <message>
        <source>an export token can only read the export API</source>
        <translation>ein Export-Token kann nur die Export-API lesen</translation>
    </message>
    <message>
        <source>an organization API token cannot use the account API</source>
        <translation>ein Organisations-API-Token kann die Konto-API nicht nutzen</translation>
    </message>
    <message>
        <source>no organization is selected</source>
        <translation>es ist keine Organisation ausgewählt</translation>
    </message>
    <message>
        <source>the token endpoint sent no access token</source>
        <translation>der Token-Endpunkt hat kein Zugriffstoken gesendet</translation>
    </message>
    <message>
        <source>the token endpoint sent a token of type “%1”, not a bearer token</source>
        <translation>der Token-Endpunkt hat ein Token vom Typ „%1“ gesendet, kein Bearer-Token</translation>
    </message>
    <message>
        <source>an asset</source>
        <translation>ein Asset</translation>
    </message>
    <message>
        <source>the asset %1 is not in the console&apos;s answer</source>
        <translation>das Asset %1 ist nicht in der Antwort der Konsole enthalten</translation>
    </message>
    <message>
        <source>the asset page is not valid JSON (%1)</source>
        <translation>die Asset-Seite ist kein gültiges JSON (%1)</translation>
    </message>
    <message>
        <source>the answer was empty where a page of assets was expected</source>
        <translation>die Antwort war leer, obwohl eine Seite mit Assets erwartet wurde</translation>
    </message>
    <message>
        <source>the answer is a web page, not a page of assets; check the console address</source>
        <translation>die Antwort ist eine Webseite, keine Seite mit Assets; prüfen Sie die Adresse der Konsole</translation>
    </message>
    <message>
        <source>the answer is JSON, but not a page of assets</source>
        <translation>die Antwort ist JSON, aber keine Seite mit Assets</translation>
    </message>
    <message>
        <source>the answer had the unexpected HTTP status %1</source>
        <translation>die Antwort hatte den unerwarteten HTTP-Status %1</translation>
    </message>
    <message>
        <source>a list of explorers</source>
        <translation>eine Liste von Explorern</translation>
    </message>
    <message>
        <source>a list of hosted zones</source>
        <translation>eine Liste gehosteter Zonen</translation>
    </message>
    <message>
        <source>the answer was empty where %1 was expected</source>
        <translation>die Antwort war leer, obwohl %1 erwartet wurde</translation>
    </message>
    <message>
        <source>%1 was expected, but the answer is not valid JSON (%2 at byte %3)</source>
        <translation>%1 wurde erwartet, aber die Antwort ist kein gültiges JSON (%2 bei Byte %3)</translation>
    </message>
    <message>
        <source>%1 was expected, but the answer has another shape</source>
        <translation>%1 wurde erwartet, aber die Antwort hat eine andere Form</translation>
    </message>
    <message>
        <source>a list of organizations</source>
        <translation>eine Liste von Organisationen</translation>
    </message>
    <message>
        <source>an organization</source>
        <translation>eine Organisation</translation>
    </message>
    <message>
        <source>a list of scan templates</source>
        <translation>eine Liste von Scan-Vorlagen</translation>
    </message>
    <message>
        <source>a list of sites</source>
        <translation>eine Liste von Sites</translation>
    </message>
    <message>
        <source>a list of tasks</source>
        <translation>eine Liste von Aufgaben</translation>
    </message>
    <message>
        <source>a task</source>
        <translation>eine Aufgabe</translation>
    </message>
</context>
<context>
    <name>rz::ApiRequest</name>
    <message>
        <source>the console redirected the request to another host (%1); it was not followed, so that the credential is not sent there</source>
        <translation>die Konsole hat die Anfrage auf einen anderen Host umgeleitet (%1); der Umleitung wurde nicht gefolgt, damit die Zugangsdaten nicht dorthin gesendet werden</translation>
    </message>
    <message>
        <source>the connection was closed</source>
        <translation>die Verbindung wurde geschlossen</translation>
    </message>
    <message>
        <source>%1 refused the connection</source>
        <translation>%1 hat die Verbindung abgelehnt</translation>
    </message>
    <message>
        <source>the host %1 was not found</source>
        <translation>der Host %1 wurde nicht gefunden</translation>
    </message>
    <message>
        <source>the connection was closed before the whole answer arrived</source>
        <translation>die Verbindung wurde geschlossen, bevor die vollständige Antwort eintraf</translation>
    </message>
    <message>
        <source>the console redirected a secure request to an insecure address; it was not followed</source>
        <translation>die Konsole hat eine sichere Anfrage auf eine unsichere Adresse umgeleitet; der Umleitung wurde nicht gefolgt</translation>
    </message>
    <message>
        <source>the console redirected the request too often</source>
        <translation>die Konsole hat die Anfrage zu oft umgeleitet</translation>
    </message>
</context>
<context>
    <name>rz::ApiTransport</name>
    <message>
        <source>the connection was closed</source>
        <translation>die Verbindung wurde geschlossen</translation>
    </message>
    <message>
        <source>the CA bundle %1 holds no readable PEM certificate</source>
        <translation>das CA-Bundle %1 enthält kein lesbares PEM-Zertifikat</translation>
    </message>
</context>
<context>
    <name>rz::AppPreferences</name>
    <message>
        <source>The page size must be from %1 to %2 assets.</source>
        <translation>Die Seitengröße muss zwischen %1 und %2 Assets liegen.</translation>
    </message>
    <message>
        <source>The timeout must be from %1 to %2 seconds.</source>
        <translation>Das Zeitlimit muss zwischen %1 und %2 Sekunden liegen.</translation>
    </message>
    <message>
        <source>Enter the proxy&apos;s host name or address.</source>
        <translation>Geben Sie den Hostnamen oder die Adresse des Proxys ein.</translation>
    </message>
    <message>
        <source>Enter the host name alone, without “http://”.</source>
        <translation>Geben Sie nur den Hostnamen ein, ohne „http://“.</translation>
    </message>
    <message>
        <source>“%1” is not a host name or an address.</source>
        <translation>„%1“ ist weder ein Hostname noch eine Adresse.</translation>
    </message>
    <message>
        <source>The port must be from 1 to 65535.</source>
        <translation>Der Port muss zwischen 1 und 65535 liegen.</translation>
    </message>
    <message>
        <source>The user name cannot contain a colon.</source>
        <translation>Der Benutzername darf keinen Doppelpunkt enthalten.</translation>
    </message>
    <message>
        <source>Choose one of the listed languages.</source>
        <translation>Wählen Sie eine der aufgeführten Sprachen.</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
</context>
<context>
    <name>rz::Application</name>
    <message>
        <source>Desktop console for the runZero asset inventory.</source>
        <translation>Desktop-Konsole für das runZero-Asset-Inventar.</translation>
    </message>
    <message>
        <source>Start a simulated runZero console on this computer (127.0.0.1) and connect to it.</source>
        <translation>Eine simulierte runZero-Konsole auf diesem Computer (127.0.0.1) starten und sich mit ihr verbinden.</translation>
    </message>
    <message>
        <source>Open the saved connection called &lt;name&gt;.</source>
        <translation>Die gespeicherte Verbindung namens &lt;name&gt; öffnen.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>Demo Console</source>
        <translation>Demo-Konsole</translation>
    </message>
    <message>
        <source>The simulated console could not start: %1</source>
        <translation>Die simulierte Konsole konnte nicht starten: %1</translation>
    </message>
    <message>
        <source>Demo (simulated data)</source>
        <translation>Demo (simulierte Daten)</translation>
    </message>
</context>
<context>
    <name>rz::AssetDetailPane</name>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Dienste</translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation>Attribute</translation>
    </message>
    <message>
        <source>Asset overview</source>
        <translation>Asset-Übersicht</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Adressen</translation>
    </message>
    <message>
        <source>Other addresses</source>
        <translation>Weitere Adressen</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>Namen</translation>
    </message>
    <message>
        <source>Domains</source>
        <translation>Domains</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>Betriebssystem</translation>
    </message>
    <message>
        <source>Hardware</source>
        <translation>Hardware</translation>
    </message>
    <message>
        <source>MAC addresses</source>
        <translation>MAC-Adressen</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produkte</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Alive</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>Zuerst gesehen</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Zuletzt gesehen</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>Criticality</source>
        <translation>Kritikalität</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>Anzahlen</translation>
    </message>
    <message>
        <source>Detected by</source>
        <translation>Erkannt durch</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Kommentare</translation>
    </message>
    <message>
        <source>Asset id</source>
        <translation>Asset-ID</translation>
    </message>
    <message>
        <source>Service fields</source>
        <translation>Dienstfelder</translation>
    </message>
    <message>
        <source>Everything runZero recorded for the selected service</source>
        <translation>Alles, was runZero zum ausgewählten Dienst erfasst hat</translation>
    </message>
    <message>
        <source>Filter attributes</source>
        <translation>Attribute filtern</translation>
    </message>
    <message>
        <source>Select an asset in the table to see everything the console knows about it.</source>
        <translation>Wählen Sie ein Asset in der Tabelle, um alles zu sehen, was die Konsole darüber weiß.</translation>
    </message>
    <message>
        <source>No connection is open.</source>
        <translation>Keine Verbindung geöffnet.</translation>
    </message>
    <message>
        <source>Loading the asset…</source>
        <translation>Asset wird geladen…</translation>
    </message>
    <message>
        <source>The console no longer has this asset. It may have been merged with another or deleted; refresh the table (F5).</source>
        <translation>Die Konsole kennt dieses Asset nicht mehr. Es wurde möglicherweise mit einem anderen zusammengeführt oder gelöscht; aktualisieren Sie die Tabelle (F5).</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>%1 services</source>
        <translation>%1 Dienste</translation>
    </message>
    <message>
        <source>%1 vulnerabilities</source>
        <translation>%1 Schwachstellen</translation>
    </message>
    <message>
        <source>%1 software packages</source>
        <translation>%1 Softwarepakete</translation>
    </message>
    <message>
        <source>Services (%1)</source>
        <translation>Dienste (%1)</translation>
    </message>
    <message>
        <source>Attributes (%1)</source>
        <translation>Attribute (%1)</translation>
    </message>
    <message>
        <source>1 service</source>
        <translation>1 Dienst</translation>
    </message>
    <message>
        <source>1 vulnerability</source>
        <translation>1 Schwachstelle</translation>
    </message>
    <message>
        <source>1 software package</source>
        <translation>1 Softwarepaket</translation>
    </message>
</context>
<context>
    <name>rz::AssetDetailService</name>
    <message>
        <source>“%1” is not an asset id</source>
        <translation>„%1“ ist keine Asset-ID</translation>
    </message>
</context>
<context>
    <name>rz::AssetOverviewModel</name>
    <message numerus="yes">
        <source>Other (%Ln values)</source>
        <translation>
            <numerusform>Übrige (%Ln Wert)</numerusform>
            <numerusform>Übrige (%Ln Werte)</numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>The assets in view by %1</source>
        <translation>Die angezeigten Assets nach %1</translation>
    </message>
    <message>
        <source>Add the %1 column to the table to count by it.</source>
        <translation>Fügen Sie der Tabelle die Spalte %1 hinzu, um danach zu zählen.</translation>
    </message>
    <message>
        <source>not loaded</source>
        <translation>nicht geladen</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Assets</source>
        <translation>Assets</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
</context>
<context>
    <name>rz::AssetServiceModel</name>
    <message>
        <source>%1 (virtual host %2)</source>
        <translation>%1 (virtueller Host %2)</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Transport</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
</context>
<context>
    <name>rz::AssetTableActions</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;Export View…</source>
        <translation>Ansicht &amp;exportieren…</translation>
    </message>
    <message>
        <source>Copy the selected rows as tab-separated text, columns as the table shows them</source>
        <translation>Die ausgewählten Zeilen als tabulatorgetrennten Text kopieren, die Spalten so, wie die Tabelle sie zeigt</translation>
    </message>
    <message>
        <source>Save the rows and columns the table shows to a CSV file (Ctrl+E)</source>
        <translation>Die Zeilen und Spalten, die die Tabelle zeigt, in einer CSV-Datei speichern (Strg+E)</translation>
    </message>
</context>
<context>
    <name>rz::AssetTableModel</name>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>API field: %1</source>
        <translation>API-Feld: %1</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Adressen</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>Namen</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>Betriebssystem</translation>
    </message>
    <message>
        <source>OS version</source>
        <translation>OS-Version</translation>
    </message>
    <message>
        <source>Hardware</source>
        <translation>Hardware</translation>
    </message>
    <message>
        <source>MAC addresses</source>
        <translation>MAC-Adressen</translation>
    </message>
    <message>
        <source>MAC vendors</source>
        <translation>MAC-Hersteller</translation>
    </message>
    <message>
        <source>Alive</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>Zuerst gesehen</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Zuletzt gesehen</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Dienste</translation>
    </message>
    <message>
        <source>TCP ports</source>
        <translation>TCP-Ports</translation>
    </message>
    <message>
        <source>UDP ports</source>
        <translation>UDP-Ports</translation>
    </message>
    <message>
        <source>Domains</source>
        <translation>Domains</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
</context>
<context>
    <name>rz::AssetsPane</name>
    <message>
        <source>&amp;Search the Console…</source>
        <translation>In der Konsole &amp;suchen…</translation>
    </message>
    <message>
        <source>&amp;Filter Loaded Rows…</source>
        <translation>Geladene Zeilen &amp;filtern…</translation>
    </message>
    <message>
        <source>C&amp;olumns</source>
        <translation>Spa&amp;lten</translation>
    </message>
    <message>
        <source>Filter the loaded rows (Ctrl+Shift+F)</source>
        <translation>Die geladenen Zeilen filtern (Strg+Umschalt+F)</translation>
    </message>
    <message>
        <source>Shows only loaded rows containing this text in any column; nothing is asked of the console</source>
        <translation>Zeigt nur geladene Zeilen, die diesen Text in einer beliebigen Spalte enthalten; die Konsole wird nicht abgefragt</translation>
    </message>
    <message>
        <source>Filter loaded rows</source>
        <translation>Geladene Zeilen filtern</translation>
    </message>
    <message>
        <source>Choose the columns; changing them reloads the assets</source>
        <translation>Spalten auswählen; eine Änderung lädt die Assets neu</translation>
    </message>
    <message>
        <source>Assets</source>
        <translation>Assets</translation>
    </message>
    <message>
        <source>Click to sort (the server&apos;s order again after a third click), drag to reorder, right-click to choose columns</source>
        <translation>Klicken zum Sortieren (nach dem dritten Klick wieder in der Reihenfolge des Servers), ziehen zum Verschieben, Rechtsklick zur Spaltenauswahl</translation>
    </message>
    <message>
        <source>&amp;Scan Selected Assets…</source>
        <translation>Ausgewählte Assets &amp;scannen…</translation>
    </message>
    <message>
        <source>Sorting and filtering…</source>
        <translation>Sortieren und filtern…</translation>
    </message>
    <message>
        <source>%1 of %2 rows</source>
        <translation>%1 von %2 Zeilen</translation>
    </message>
    <message>
        <source>%1 of 1 row</source>
        <translation>%1 von 1 Zeile</translation>
    </message>
</context>
<context>
    <name>rz::Capabilities</name>
    <message>
        <source>A download token only downloads explorers and scanners; it cannot use the API. Connect with an export token, an organization or account API token, or API client credentials.</source>
        <translation>Ein Download-Token lädt nur Explorer und Scanner herunter; die API kann es nicht nutzen. Verbinden Sie sich mit einem Export-Token, einem Organisations- oder Konto-API-Token oder mit API-Client-Zugangsdaten.</translation>
    </message>
    <message>
        <source>The kind of this credential is not known, so the console decides what it may do.</source>
        <translation>Die Art dieser Zugangsdaten ist unbekannt; was sie dürfen, entscheidet die Konsole.</translation>
    </message>
    <message>
        <source>An organization API token reaches only its own organization. An account API token or API client credentials list all organizations.</source>
        <translation>Ein Organisations-API-Token erreicht nur seine eigene Organisation. Ein Konto-API-Token oder API-Client-Zugangsdaten listen alle Organisationen auf.</translation>
    </message>
    <message>
        <source>An export token reaches only its own organization. An account API token or API client credentials list all organizations.</source>
        <translation>Ein Export-Token erreicht nur seine eigene Organisation. Ein Konto-API-Token oder API-Client-Zugangsdaten listen alle Organisationen auf.</translation>
    </message>
    <message>
        <source>An export token can only read the inventory. Scans, explorers, tasks and asset details need an organization or account API token, or API client credentials.</source>
        <translation>Ein Export-Token kann nur das Inventar lesen. Scans, Explorer, Aufgaben und Asset-Details erfordern ein Organisations- oder Konto-API-Token oder API-Client-Zugangsdaten.</translation>
    </message>
    <message>
        <source>This credential cannot read the inventory.</source>
        <translation>Diese Zugangsdaten können das Inventar nicht lesen.</translation>
    </message>
    <message>
        <source>Scan templates belong to the account: they need an account API token or API client credentials, not an organization API token.</source>
        <translation>Scan-Vorlagen gehören zum Konto: Sie erfordern ein Konto-API-Token oder API-Client-Zugangsdaten, kein Organisations-API-Token.</translation>
    </message>
    <message>
        <source>Scan templates belong to the account: they need an account API token or API client credentials, not an export token.</source>
        <translation>Scan-Vorlagen gehören zum Konto: Sie erfordern ein Konto-API-Token oder API-Client-Zugangsdaten, kein Export-Token.</translation>
    </message>
</context>
<context>
    <name>rz::CapabilityHints</name>
    <message>
        <source>No connection is open.</source>
        <translation>Keine Verbindung geöffnet.</translation>
    </message>
    <message>
        <source>This credential reaches every part of the API that the console uses: all organizations, scans and scan templates.</source>
        <translation>Diese Zugangsdaten erreichen jeden Teil der API, den die Konsole nutzt: alle Organisationen, Scans und Scan-Vorlagen.</translation>
    </message>
</context>
<context>
    <name>rz::ClientFactory</name>
    <message>
        <source>Organization “%1”; %2 of %3 API calls used today.</source>
        <translation>Organisation „%1“; heute %2 von %3 API-Aufrufen verbraucht.</translation>
    </message>
    <message>
        <source>Organization “%1”.</source>
        <translation>Organisation „%1“.</translation>
    </message>
    <message>
        <source>One organization; %1 of %2 API calls used today.</source>
        <translation>Eine Organisation; heute %1 von %2 API-Aufrufen verbraucht.</translation>
    </message>
    <message>
        <source>One organization.</source>
        <translation>Eine Organisation.</translation>
    </message>
    <message>
        <source>%1 organizations; %2 of %3 API calls used today.</source>
        <translation>%1 Organisationen; heute %2 von %3 API-Aufrufen verbraucht.</translation>
    </message>
    <message>
        <source>%1 organizations.</source>
        <translation>%1 Organisationen.</translation>
    </message>
    <message>
        <source>The credential was accepted; %1 of %2 API calls used today.</source>
        <translation>Die Zugangsdaten wurden akzeptiert; heute %1 von %2 API-Aufrufen verbraucht.</translation>
    </message>
    <message>
        <source>The credential was accepted.</source>
        <translation>Die Zugangsdaten wurden akzeptiert.</translation>
    </message>
</context>
<context>
    <name>rz::ColumnChooser</name>
    <message>
        <source>&amp;Columns</source>
        <translation>&amp;Spalten</translation>
    </message>
    <message>
        <source>Changing columns reloads the assets</source>
        <translation>Eine Änderung der Spalten lädt die Assets neu</translation>
    </message>
    <message>
        <source>Field “%1”</source>
        <translation>Feld „%1“</translation>
    </message>
    <message>
        <source>Restore Default Columns</source>
        <translation>Standardspalten wiederherstellen</translation>
    </message>
</context>
<context>
    <name>rz::ConnectionController</name>
    <message>
        <source>There is no saved connection called “%1”.</source>
        <translation>Es gibt keine gespeicherte Verbindung namens „%1“.</translation>
    </message>
    <message>
        <source>&amp;Manage Connections…</source>
        <translation>&amp;Verbindungen verwalten…</translation>
    </message>
    <message>
        <source>This connection no longer exists.</source>
        <translation>Diese Verbindung existiert nicht mehr.</translation>
    </message>
    <message>
        <source>The system keychain could not provide the secret of “%1”: %2. You can enter it to use it for this session only; it is then not saved anywhere.</source>
        <translation>Der System-Schlüsselbund konnte das Secret von „%1“ nicht liefern: %2. Sie können es eingeben, um es nur für diese Sitzung zu verwenden; es wird dann nirgends gespeichert.</translation>
    </message>
    <message>
        <source>Enter Secret for This &amp;Session…</source>
        <translation>Secret für diese &amp;Sitzung eingeben…</translation>
    </message>
    <message>
        <source>No secret is saved for “%1”.</source>
        <translation>Für „%1“ ist kein Secret gespeichert.</translation>
    </message>
    <message>
        <source>&amp;Enter Secret…</source>
        <translation>Secret &amp;eingeben…</translation>
    </message>
    <message>
        <source>“%1” could not be updated: %2</source>
        <translation>„%1“ konnte nicht aktualisiert werden: %2</translation>
    </message>
    <message>
        <source>The system keychain could not store the secret of “%1” (%2); it is used for this session only.</source>
        <translation>Der System-Schlüsselbund konnte das Secret von „%1“ nicht speichern (%2); es wird nur für diese Sitzung verwendet.</translation>
    </message>
    <message>
        <source>“%1” cannot be opened: %2</source>
        <translation>„%1“ kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>&amp;Edit Connection…</source>
        <translation>Verbindung &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>%1 — runZero Console</source>
        <translation>%1 — runZero-Konsole</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Check the credential of “%1”, or enter a new one, in the connection manager.</source>
        <translation>Prüfen Sie die Zugangsdaten von „%1“ im Verbindungsmanager oder geben Sie dort neue ein.</translation>
    </message>
    <message>
        <source>The connection that was open has been removed.</source>
        <translation>Die zuvor geöffnete Verbindung wurde entfernt.</translation>
    </message>
</context>
<context>
    <name>rz::ConnectionDialog</name>
    <message>
        <source>Add a connection to your runZero console: a name, the console URL and an API token (export, organization or account token, created in the console&apos;s account or organization settings) or API client credentials. Then choose Connect.</source>
        <translation>Fügen Sie eine Verbindung zu Ihrer runZero-Konsole hinzu: einen Namen, die Konsolen-URL und ein API-Token (Export-, Organisations- oder Konto-Token, erstellt in den Konto- oder Organisationseinstellungen der Konsole) oder API-Client-Zugangsdaten. Wählen Sie dann „Verbinden“.</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <source>Saved connections</source>
        <translation>Gespeicherte Verbindungen</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Add a connection</source>
        <translation>Eine Verbindung hinzufügen</translation>
    </message>
    <message>
        <source>Rena&amp;me</source>
        <translation>&amp;Umbenennen</translation>
    </message>
    <message>
        <source>Rename the selected connection</source>
        <translation>Die ausgewählte Verbindung umbenennen</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>Entfe&amp;rnen</translation>
    </message>
    <message>
        <source>Remove the selected connection</source>
        <translation>Die ausgewählte Verbindung entfernen</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>Test the connection</source>
        <translation>Die Verbindung testen</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>Ergebnis des Verbindungstests</translation>
    </message>
    <message>
        <source>Save the connection</source>
        <translation>Die Verbindung speichern</translation>
    </message>
    <message>
        <source>C&amp;onnect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>Connect with the selected connection</source>
        <translation>Mit der ausgewählten Verbindung verbinden</translation>
    </message>
    <message>
        <source>Save any changes and open this connection</source>
        <translation>Alle Änderungen speichern und diese Verbindung öffnen</translation>
    </message>
    <message>
        <source>Close the connection manager</source>
        <translation>Den Verbindungsmanager schließen</translation>
    </message>
    <message>
        <source>Renamed “%1” to “%2”.</source>
        <translation>„%1“ in „%2“ umbenannt.</translation>
    </message>
    <message>
        <source>Remove the connection “%1” and its saved secret?</source>
        <translation>Die Verbindung „%1“ und ihr gespeichertes Secret entfernen?</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Ja, ent&amp;fernen</translation>
    </message>
    <message>
        <source>Removed “%1”.</source>
        <translation>„%1“ entfernt.</translation>
    </message>
    <message>
        <source>Removed “%1”, but its secret could not be removed from the system keychain: %2</source>
        <translation>„%1“ entfernt, aber ihr Secret konnte nicht aus dem System-Schlüsselbund entfernt werden: %2</translation>
    </message>
    <message>
        <source>The system keychain could not store the secret (%1). You can use it for this session only; it is then not saved anywhere.</source>
        <translation>Der System-Schlüsselbund konnte das Secret nicht speichern (%1). Sie können es nur für diese Sitzung verwenden; es wird dann nirgends gespeichert.</translation>
    </message>
    <message>
        <source>The secret could not be kept for this session: %1</source>
        <translation>Das Secret konnte für diese Sitzung nicht behalten werden: %1</translation>
    </message>
    <message>
        <source>Saved “%1”, but its earlier secret could not be removed from the system keychain: %2</source>
        <translation>„%1“ gespeichert, aber das bisherige Secret konnte nicht aus dem System-Schlüsselbund entfernt werden: %2</translation>
    </message>
    <message>
        <source>“%1” was not saved: %2</source>
        <translation>„%1“ wurde nicht gespeichert: %2</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>„%1“ gespeichert.</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Verbindung wird getestet…</translation>
    </message>
    <message>
        <source>No secret is saved for this connection; enter it again.</source>
        <translation>Für diese Verbindung ist kein Secret gespeichert; geben Sie es erneut ein.</translation>
    </message>
    <message>
        <source>The system keychain could not read the secret: %1</source>
        <translation>Der System-Schlüsselbund konnte das Secret nicht lesen: %1</translation>
    </message>
    <message>
        <source>Connection works: %1</source>
        <translation>Verbindung funktioniert: %1</translation>
    </message>
    <message>
        <source>Connection failed: %1</source>
        <translation>Verbindung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Connection tests are not available here.</source>
        <translation>Verbindungstests sind hier nicht verfügbar.</translation>
    </message>
    <message>
        <source>Use &amp;for This Session Only</source>
        <translation>Nur für diese Sit&amp;zung verwenden</translation>
    </message>
</context>
<context>
    <name>rz::ConnectionForm</name>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Connection name</source>
        <translation>Name der Verbindung</translation>
    </message>
    <message>
        <source>e.g. Production</source>
        <translation>z. B. Produktion</translation>
    </message>
    <message>
        <source>Name problem</source>
        <translation>Problem mit dem Namen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Console URL</source>
        <translation>Konsolen-URL</translation>
    </message>
    <message>
        <source>Console URL problem</source>
        <translation>Problem mit der Konsolen-URL</translation>
    </message>
    <message>
        <source>Console &amp;URL:</source>
        <translation>Konsolen-UR&amp;L:</translation>
    </message>
    <message>
        <source>Authenticate with an API token</source>
        <translation>Mit einem API-Token anmelden</translation>
    </message>
    <message>
        <source>Authenticate with API client credentials</source>
        <translation>Mit API-Client-Zugangsdaten anmelden</translation>
    </message>
    <message>
        <source>Credential:</source>
        <translation>Zugangsdaten:</translation>
    </message>
    <message>
        <source>API token</source>
        <translation>API-Token</translation>
    </message>
    <message>
        <source>Show the token</source>
        <translation>Das Token anzeigen</translation>
    </message>
    <message>
        <source>Detected credential type</source>
        <translation>Erkannte Art der Zugangsdaten</translation>
    </message>
    <message>
        <source>Token problem</source>
        <translation>Problem mit dem Token</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Art:</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <source>Client ID problem</source>
        <translation>Problem mit der Client-ID</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Client-Secret</translation>
    </message>
    <message>
        <source>Show the client secret</source>
        <translation>Das Client-Secret anzeigen</translation>
    </message>
    <message>
        <source>Client secret problem</source>
        <translation>Problem mit dem Client-Secret</translation>
    </message>
    <message>
        <source>Client &amp;ID:</source>
        <translation>Client-&amp;ID:</translation>
    </message>
    <message>
        <source>CA bundle file (optional)</source>
        <translation>CA-Bundle-Datei (optional)</translation>
    </message>
    <message>
        <source>Optional: PEM file with extra trusted certificates</source>
        <translation>Optional: PEM-Datei mit zusätzlichen vertrauenswürdigen Zertifikaten</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Choose a CA bundle file</source>
        <translation>Eine CA-Bundle-Datei auswählen</translation>
    </message>
    <message>
        <source>CA bundle problem</source>
        <translation>Problem mit dem CA-Bundle</translation>
    </message>
    <message>
        <source>Remember the secret in the system keychain</source>
        <translation>Das Secret im System-Schlüsselbund merken</translation>
    </message>
    <message>
        <source>When off, the secret is kept for this session only and asked for again next time.</source>
        <translation>Wenn aus, wird das Secret nur für diese Sitzung behalten und beim nächsten Mal erneut abgefragt.</translation>
    </message>
    <message>
        <source>Saving problem</source>
        <translation>Problem beim Speichern</translation>
    </message>
    <message>
        <source>ET…, OT… or CT…</source>
        <translation>ET…, OT… oder CT…</translation>
    </message>
    <message>
        <source>Leave empty to keep the saved token</source>
        <translation>Leer lassen, um das gespeicherte Token zu behalten</translation>
    </message>
    <message>
        <source>Leave empty to keep the saved client secret</source>
        <translation>Leer lassen, um das gespeicherte Client-Secret zu behalten</translation>
    </message>
    <message>
        <source>%1 (saved)</source>
        <translation>%1 (gespeichert)</translation>
    </message>
    <message>
        <source>Choose a CA bundle</source>
        <translation>CA-Bundle auswählen</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>PEM-Zertifikate (*.pem *.crt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Enter the secret again to keep it in the system keychain.</source>
        <translation>Geben Sie das Secret erneut ein, um es im System-Schlüsselbund zu behalten.</translation>
    </message>
    <message>
        <source>Enter the secret again to keep it for this session only.</source>
        <translation>Geben Sie das Secret erneut ein, um es nur für diese Sitzung zu behalten.</translation>
    </message>
    <message>
        <source>Enter the client secret of the API client.</source>
        <translation>Geben Sie das Client-Secret des API-Clients ein.</translation>
    </message>
    <message>
        <source>A&amp;PI token</source>
        <translation>API-T&amp;oken</translation>
    </message>
    <message>
        <source>API c&amp;lient credentials</source>
        <translation>API-&amp;Client-Zugangsdaten</translation>
    </message>
    <message>
        <source>Tok&amp;en:</source>
        <translation>To&amp;ken:</translation>
    </message>
    <message>
        <source>Client s&amp;ecret:</source>
        <translation>Client-&amp;Secret:</translation>
    </message>
    <message>
        <source>CA bun&amp;dle:</source>
        <translation>CA-&amp;Bundle:</translation>
    </message>
    <message>
        <source>Remember in the system &amp;keychain</source>
        <translation>Im System-Schlüsselbund &amp;merken</translation>
    </message>
</context>
<context>
    <name>rz::ConnectionMenu</name>
    <message>
        <source>&amp;Connection</source>
        <translation>&amp;Verbindung</translation>
    </message>
    <message>
        <source>&amp;Manage Connections…</source>
        <translation>&amp;Verbindungen verwalten…</translation>
    </message>
    <message>
        <source>Add, edit, test or remove connections to runZero consoles</source>
        <translation>Verbindungen zu runZero-Konsolen hinzufügen, bearbeiten, testen oder entfernen</translation>
    </message>
    <message>
        <source>No saved connections</source>
        <translation>Keine gespeicherten Verbindungen</translation>
    </message>
    <message>
        <source>Switch To</source>
        <translation>Wechseln zu</translation>
    </message>
    <message>
        <source>Connect to %1</source>
        <translation>Mit %1 verbinden</translation>
    </message>
</context>
<context>
    <name>rz::ConnectionMessageBar</name>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Message type</source>
        <translation>Art der Meldung</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>Text der Meldung</translation>
    </message>
    <message>
        <source>Message action</source>
        <translation>Aktion zur Meldung</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>Dismiss this message</source>
        <translation>Diese Meldung ausblenden</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Meldung ausblenden</translation>
    </message>
</context>
<context>
    <name>rz::ConnectionStore</name>
    <message>
        <source>A connection with this identity already exists.</source>
        <translation>Eine Verbindung mit dieser Identität existiert bereits.</translation>
    </message>
    <message>
        <source>This connection no longer exists.</source>
        <translation>Diese Verbindung existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Enter a name for this connection.</source>
        <translation>Geben Sie einen Namen für diese Verbindung ein.</translation>
    </message>
    <message>
        <source>Another connection is already called “%1”; choose a different name.</source>
        <translation>Eine andere Verbindung heißt bereits „%1“; wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>Enter the console URL, for example %1.</source>
        <translation>Geben Sie die Konsolen-URL ein, zum Beispiel %1.</translation>
    </message>
    <message>
        <source>This is not a valid URL.</source>
        <translation>Dies ist keine gültige URL.</translation>
    </message>
    <message>
        <source>The console URL must start with https://.</source>
        <translation>Die Konsolen-URL muss mit https:// beginnen.</translation>
    </message>
    <message>
        <source>The console URL must name a host, for example console.runzero.com.</source>
        <translation>Die Konsolen-URL muss einen Host nennen, zum Beispiel console.runzero.com.</translation>
    </message>
    <message>
        <source>Do not put a user name or password into the URL; enter the credential below instead.</source>
        <translation>Geben Sie keinen Benutzernamen und kein Passwort in der URL an; tragen Sie die Zugangsdaten stattdessen unten ein.</translation>
    </message>
    <message>
        <source>Plain http:// would send the API token unencrypted, so it is allowed only for this computer (localhost, 127.0.0.1 or ::1). Use https:// for %1.</source>
        <translation>Einfaches http:// würde das API-Token unverschlüsselt senden und ist daher nur für diesen Computer erlaubt (localhost, 127.0.0.1 oder ::1). Verwenden Sie https:// für %1.</translation>
    </message>
    <message>
        <source>Enter the client ID of the API client.</source>
        <translation>Geben Sie die Client-ID des API-Clients ein.</translation>
    </message>
    <message>
        <source>A client ID contains no spaces.</source>
        <translation>Eine Client-ID enthält keine Leerzeichen.</translation>
    </message>
    <message>
        <source>Download tokens only download the Explorer, they cannot read the inventory.</source>
        <translation>Download-Tokens laden nur den Explorer herunter; sie können das Inventar nicht lesen.</translation>
    </message>
    <message>
        <source>The credential kind is not known; enter an export, organization or account API token.</source>
        <translation>Die Art der Zugangsdaten ist unbekannt; geben Sie ein Export-, Organisations- oder Konto-API-Token ein.</translation>
    </message>
    <message>
        <source>The CA bundle file does not exist.</source>
        <translation>Die CA-Bundle-Datei existiert nicht.</translation>
    </message>
    <message>
        <source>The CA bundle is not a readable file.</source>
        <translation>Das CA-Bundle ist keine lesbare Datei.</translation>
    </message>
    <message>
        <source>The CA bundle contains no PEM certificate.</source>
        <translation>Das CA-Bundle enthält kein PEM-Zertifikat.</translation>
    </message>
    <message>
        <source>The connection settings could not be saved to %1.</source>
        <translation>Die Verbindungseinstellungen konnten nicht in %1 gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>rz::ConsoleSession</name>
    <message>
        <source>This organization (export token)</source>
        <translation>Diese Organisation (Export-Token)</translation>
    </message>
    <message>
        <source>Loading ~%1 pages needs %1 API calls; only %2 are left today.</source>
        <translation>Das Laden von ~%1 Seiten erfordert %1 API-Aufrufe; heute sind nur noch %2 übrig.</translation>
    </message>
    <message>
        <source>Loading needs 1 API call; none is left today.</source>
        <translation>Das Laden erfordert 1 API-Aufruf; heute ist keiner mehr übrig.</translation>
    </message>
    <message>
        <source>Loading ~%1 pages needs %1 API calls; only 1 is left today.</source>
        <translation>Das Laden von ~%1 Seiten erfordert %1 API-Aufrufe; heute ist nur noch 1 übrig.</translation>
    </message>
</context>
<context>
    <name>rz::CredentialKind</name>
    <message>
        <source>Export token</source>
        <translation>Export-Token</translation>
    </message>
    <message>
        <source>Organization API token</source>
        <translation>Organisations-API-Token</translation>
    </message>
    <message>
        <source>Account API token</source>
        <translation>Konto-API-Token</translation>
    </message>
    <message>
        <source>API client credentials</source>
        <translation>API-Client-Zugangsdaten</translation>
    </message>
    <message>
        <source>Download token</source>
        <translation>Download-Token</translation>
    </message>
    <message>
        <source>Unrecognised token</source>
        <translation>Unbekanntes Token</translation>
    </message>
    <message>
        <source>Enter a runZero API token.</source>
        <translation>Geben Sie ein runZero-API-Token ein.</translation>
    </message>
    <message>
        <source>This is a download token: download tokens only download the Explorer, they cannot read the inventory. Use an export, organization or account API token instead.</source>
        <translation>Dies ist ein Download-Token: Download-Tokens laden nur den Explorer herunter und können das Inventar nicht lesen. Verwenden Sie stattdessen ein Export-, Organisations- oder Konto-API-Token.</translation>
    </message>
    <message>
        <source>This does not look like a runZero token: runZero tokens start with ET, OT or CT (export, organization or account API token).</source>
        <translation>Dies sieht nicht wie ein runZero-Token aus: runZero-Tokens beginnen mit ET, OT oder CT (Export-, Organisations- oder Konto-API-Token).</translation>
    </message>
</context>
<context>
    <name>rz::CsvExportDialog</name>
    <message>
        <source>&amp;Browse…</source>
        <translation>Du&amp;rchsuchen…</translation>
    </message>
    <message>
        <source>Start with a UTF-8 &amp;byte-order mark (for spreadsheet programs)</source>
        <translation>Mit UTF-8-&amp;Byte-Order-Mark beginnen (für Tabellenkalkulationen)</translation>
    </message>
    <message>
        <source>Include a &amp;header row with the column names</source>
        <translation>&amp;Kopfzeile mit den Spaltennamen einfügen</translation>
    </message>
    <message>
        <source>Export View</source>
        <translation>Ansicht exportieren</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>&amp;All %1 rows the table shows</source>
        <translation>&amp;Alle %1 Zeilen, die die Tabelle zeigt</translation>
    </message>
    <message>
        <source>Only the %1 &amp;selected rows</source>
        <translation>Nur die %1 a&amp;usgewählten Zeilen</translation>
    </message>
    <message>
        <source>Only the &amp;selected rows (none are selected)</source>
        <translation>Nur die a&amp;usgewählten Zeilen (keine ausgewählt)</translation>
    </message>
    <message>
        <source>No rows are selected in the table. Select rows there to export only them.</source>
        <translation>In der Tabelle sind keine Zeilen ausgewählt. Wählen Sie dort Zeilen aus, um nur diese zu exportieren.</translation>
    </message>
    <message>
        <source>Multi-value cells</source>
        <translation>Mehrwertige Zellen</translation>
    </message>
    <message>
        <source>Addresses, names and MAC addresses have several values; this goes between them</source>
        <translation>Adressen, Namen und MAC-Adressen haben mehrere Werte; dieses Trennzeichen steht zwischen ihnen</translation>
    </message>
    <message>
        <source>Without it, some spreadsheet programs read non-ASCII text in a legacy code page</source>
        <translation>Ohne BOM lesen manche Tabellenkalkulationen Nicht-ASCII-Text in einer veralteten Codepage</translation>
    </message>
    <message>
        <source>The file is UTF-8 CSV (RFC 4180). A cell that a spreadsheet would run as a formula (it starts with =, +, -, @, a tab or a carriage return) is written with a leading apostrophe.</source>
        <translation>Die Datei ist UTF-8-CSV (RFC 4180). Eine Zelle, die eine Tabellenkalkulation als Formel ausführen würde (sie beginnt mit =, +, -, @, einem Tabulator oder einem Wagenrücklauf), wird mit einem vorangestellten Apostroph geschrieben.</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>Rows:</source>
        <translation>Zeilen:</translation>
    </message>
    <message>
        <source>&amp;Multi-value cells:</source>
        <translation>&amp;Mehrwertige Zellen:</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>Kodierung:</translation>
    </message>
    <message>
        <source>Semicolon and space (a; b)</source>
        <translation>Semikolon und Leerzeichen (a; b)</translation>
    </message>
    <message>
        <source>Comma and space (a, b)</source>
        <translation>Komma und Leerzeichen (a, b)</translation>
    </message>
    <message>
        <source>Vertical bar (a | b)</source>
        <translation>Senkrechter Strich (a | b)</translation>
    </message>
    <message>
        <source>A new line inside the cell</source>
        <translation>Ein Zeilenumbruch innerhalb der Zelle</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Choose the file to save the rows to.</source>
        <translation>Wählen Sie die Datei, in der die Zeilen gespeichert werden sollen.</translation>
    </message>
    <message>
        <source>“%1” is a folder. Add a file name to it.</source>
        <translation>„%1“ ist ein Ordner. Ergänzen Sie einen Dateinamen.</translation>
    </message>
    <message>
        <source>“%1” already exists. Press Export again to replace it.</source>
        <translation>„%1“ existiert bereits. Klicken Sie erneut auf „Exportieren“, um die Datei zu ersetzen.</translation>
    </message>
    <message>
        <source>There is nothing to export.</source>
        <translation>Es gibt nichts zu exportieren.</translation>
    </message>
    <message>
        <source>Writing %1 rows to “%2”…</source>
        <translation>%1 Zeilen werden in „%2“ geschrieben…</translation>
    </message>
    <message>
        <source>Exported %1 rows to “%2”.</source>
        <translation>%1 Zeilen nach „%2“ exportiert.</translation>
    </message>
    <message>
        <source>&amp;Cancel Export</source>
        <translation>Export abbre&amp;chen</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>&amp;All 1 row the table shows</source>
        <translation>&amp;Alle 1 Zeile, die die Tabelle zeigt</translation>
    </message>
    <message>
        <source>Only the 1 &amp;selected row</source>
        <translation>Nur die 1 a&amp;usgewählte Zeile</translation>
    </message>
    <message>
        <source>Writing 1 row to “%1”…</source>
        <translation>1 Zeile wird in „%1“ geschrieben…</translation>
    </message>
    <message>
        <source>Exported 1 row to “%1”.</source>
        <translation>1 Zeile nach „%1“ exportiert.</translation>
    </message>
</context>
<context>
    <name>rz::CsvExportError</name>
    <message>
        <source>The export to “%1” was cancelled; the file was left as it was.</source>
        <translation>Der Export nach „%1“ wurde abgebrochen; die Datei blieb unverändert.</translation>
    </message>
    <message>
        <source>Could not save “%1”: the folder “%2” does not exist.</source>
        <translation>„%1“ konnte nicht gespeichert werden: Der Ordner „%2“ existiert nicht.</translation>
    </message>
    <message>
        <source>Could not save “%1”: part of its folder path is a file, not a folder.</source>
        <translation>„%1“ konnte nicht gespeichert werden: Ein Teil des Ordnerpfads ist eine Datei, kein Ordner.</translation>
    </message>
    <message>
        <source>Could not save “%1”: the folder “%2” is read-only or you may not write to it.</source>
        <translation>„%1“ konnte nicht gespeichert werden: Der Ordner „%2“ ist schreibgeschützt oder Sie dürfen nicht darin schreiben.</translation>
    </message>
    <message>
        <source>Could not save “%1”: the file is read-only.</source>
        <translation>„%1“ konnte nicht gespeichert werden: Die Datei ist schreibgeschützt.</translation>
    </message>
    <message>
        <source>Could not save “%1”: the disk is full.</source>
        <translation>„%1“ konnte nicht gespeichert werden: Der Datenträger ist voll.</translation>
    </message>
    <message>
        <source>Could not save “%1”.</source>
        <translation>„%1“ konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Could not save “%1”: %2.</source>
        <translation>„%1“ konnte nicht gespeichert werden: %2.</translation>
    </message>
</context>
<context>
    <name>rz::ErrorBanner</name>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Try again; rows already loaded are kept</source>
        <translation>Erneut versuchen; bereits geladene Zeilen bleiben erhalten</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
</context>
<context>
    <name>rz::ExportCoordinator</name>
    <message>
        <source>Export Organization from &amp;Server</source>
        <translation>Organisation vom &amp;Server exportieren</translation>
    </message>
    <message>
        <source>%1 as %2…</source>
        <translation>%1 als %2…</translation>
    </message>
    <message>
        <source>Download every one of the organization&apos;s %1 from the console into a file</source>
        <translation>Alle %1 der Organisation von der Konsole in eine Datei herunterladen</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>JSON Lines files (*.jsonl);;All files (*)</source>
        <translation>JSON-Lines-Dateien (*.jsonl);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Export %1 from the Console</source>
        <translation>%1 aus der Konsole exportieren</translation>
    </message>
</context>
<context>
    <name>rz::HelpMenu</name>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Search Syntax</source>
        <translation>&amp;Suchsyntax</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;About rzconsole</source>
        <translation>Ü&amp;ber rzconsole</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>The query syntax of the search box, with examples (F1)</source>
        <translation>Die Abfragesyntax des Suchfelds, mit Beispielen (F1)</translation>
    </message>
</context>
<context>
    <name>rz::KeyValueModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
</context>
<context>
    <name>rz::KeyboardShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menü</translation>
    </message>
</context>
<context>
    <name>rz::KeychainSecretStore</name>
    <message>
        <source>Access to the system keychain was denied.</source>
        <translation>Der Zugriff auf den System-Schlüsselbund wurde verweigert.</translation>
    </message>
    <message>
        <source>The system keychain refused access; it may be locked.</source>
        <translation>Der System-Schlüsselbund hat den Zugriff verweigert; möglicherweise ist er gesperrt.</translation>
    </message>
    <message>
        <source>No system keychain is available.</source>
        <translation>Es ist kein System-Schlüsselbund verfügbar.</translation>
    </message>
    <message>
        <source>The system keychain does not support this operation.</source>
        <translation>Der System-Schlüsselbund unterstützt diesen Vorgang nicht.</translation>
    </message>
    <message>
        <source>The secret could not be removed from the system keychain.</source>
        <translation>Das Secret konnte nicht aus dem System-Schlüsselbund entfernt werden.</translation>
    </message>
    <message>
        <source>The system keychain reported an unknown error.</source>
        <translation>Der System-Schlüsselbund hat einen unbekannten Fehler gemeldet.</translation>
    </message>
</context>
<context>
    <name>rz::LoadProgress</name>
    <message>
        <source>%1 of %2 assets · %3 per second</source>
        <translation>%1 von %2 Assets · %3 pro Sekunde</translation>
    </message>
    <message>
        <source>%1 of %2 assets</source>
        <translation>%1 von %2 Assets</translation>
    </message>
    <message>
        <source>%1 assets · %2 per second</source>
        <translation>%1 Assets · %2 pro Sekunde</translation>
    </message>
    <message>
        <source>%1 assets</source>
        <translation>%1 Assets</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Loaded in %1 (%2 per second)</source>
        <translation>Geladen in %1 (%2 pro Sekunde)</translation>
    </message>
    <message>
        <source>Loaded in %1</source>
        <translation>Geladen in %1</translation>
    </message>
    <message>
        <source>%1 of 1 asset · %2 per second</source>
        <translation>%1 von 1 Asset · %2 pro Sekunde</translation>
    </message>
    <message>
        <source>%1 of 1 asset</source>
        <translation>%1 von 1 Asset</translation>
    </message>
    <message>
        <source>1 asset · %1 per second</source>
        <translation>1 Asset · %1 pro Sekunde</translation>
    </message>
    <message>
        <source>1 asset</source>
        <translation>1 Asset</translation>
    </message>
</context>
<context>
    <name>rz::LoadStatusWidget</name>
    <message>
        <source>1 asset loaded</source>
        <translation>1 Asset geladen</translation>
    </message>
    <message numerus="yes">
        <source>%Ln assets loaded</source>
        <translation>
            <numerusform>%Ln Asset geladen</numerusform>
            <numerusform>%Ln Assets geladen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rz::MainWindow</name>
    <message>
        <source>runZero Console</source>
        <translation>runZero-Konsole</translation>
    </message>
    <message>
        <source>Asset Details</source>
        <translation>Asset-Details</translation>
    </message>
    <message>
        <source>&amp;Scan</source>
        <translation>&amp;Scan</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Reload the sites and assets of the selected organization (F5)</source>
        <translation>Die Sites und Assets der ausgewählten Organisation neu laden (F5)</translation>
    </message>
    <message>
        <source>&amp;Cancel Loading</source>
        <translation>Laden a&amp;bbrechen</translation>
    </message>
    <message>
        <source>Stop loading; rows already loaded are kept (Esc)</source>
        <translation>Laden beenden; bereits geladene Zeilen bleiben erhalten (Esc)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>Loading organizations…</source>
        <translation>Organisationen werden geladen…</translation>
    </message>
    <message>
        <source>Loading sites…</source>
        <translation>Sites werden geladen…</translation>
    </message>
    <message>
        <source>Loading assets…</source>
        <translation>Assets werden geladen…</translation>
    </message>
    <message>
        <source>Stopped by an error.</source>
        <translation>Wegen eines Fehlers angehalten.</translation>
    </message>
    <message>
        <source>This account has no organizations.</source>
        <translation>Dieses Konto hat keine Organisationen.</translation>
    </message>
    <message>
        <source>All assets loaded.</source>
        <translation>Alle Assets geladen.</translation>
    </message>
    <message>
        <source>All matching assets loaded.</source>
        <translation>Alle passenden Assets geladen.</translation>
    </message>
    <message>
        <source>Loading cancelled. Press F5 to load again.</source>
        <translation>Laden abgebrochen. Drücken Sie F5, um erneut zu laden.</translation>
    </message>
    <message>
        <source>No connection is open.

Choose Connection ▸ Manage Connections… to add a connection to a runZero console or to open a saved one. To explore without an account, start the application with --demo: it runs a simulated console on this computer.</source>
        <translation>Keine Verbindung geöffnet.

Wählen Sie Verbindung ▸ Verbindungen verwalten…, um eine Verbindung zu einer runZero-Konsole hinzuzufügen oder eine gespeicherte zu öffnen. Um die Anwendung ohne Konto auszuprobieren, starten Sie sie mit --demo: Dann läuft eine simulierte Konsole auf diesem Computer.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Nothing is loaded. See the message above.</source>
        <translation>Nichts geladen. Siehe die Meldung oben.</translation>
    </message>
    <message>
        <source>No assets match this search. Change it, or clear it to see every asset.</source>
        <translation>Keine Assets passen zu dieser Suche. Ändern Sie sie oder leeren Sie sie, um alle Assets zu sehen.</translation>
    </message>
    <message>
        <source>This organization has no assets.</source>
        <translation>Diese Organisation hat keine Assets.</translation>
    </message>
    <message>
        <source>This site has no assets.</source>
        <translation>Diese Site hat keine Assets.</translation>
    </message>
    <message>
        <source>Loading was cancelled. Press F5 to load again.</source>
        <translation>Das Laden wurde abgebrochen. Drücken Sie F5, um erneut zu laden.</translation>
    </message>
    <message>
        <source>Choose an organization and a site.</source>
        <translation>Wählen Sie eine Organisation und eine Site.</translation>
    </message>
    <message>
        <source>No connection is open.</source>
        <translation>Keine Verbindung geöffnet.</translation>
    </message>
</context>
<context>
    <name>rz::NavigatorPane</name>
    <message>
        <source>Organizations</source>
        <translation>Organisationen</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Sites</translation>
    </message>
    <message>
        <source>&amp;Scan This Site…</source>
        <translation>Diese Site &amp;scannen…</translation>
    </message>
</context>
<context>
    <name>rz::OrgExport</name>
    <message>
        <source>Assets</source>
        <translation>Assets</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Dienste</translation>
    </message>
    <message>
        <source>Software</source>
        <translation>Software</translation>
    </message>
    <message>
        <source>Vulnerabilities</source>
        <translation>Schwachstellen</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>JSON Lines</source>
        <translation>JSON Lines</translation>
    </message>
</context>
<context>
    <name>rz::OrgExportDownload</name>
    <message>
        <source>The export was not saved; “%1” was left as it was. %2</source>
        <translation>Der Export wurde nicht gespeichert; „%1“ blieb unverändert. %2</translation>
    </message>
    <message>
        <source>the connection was closed</source>
        <translation>die Verbindung wurde geschlossen</translation>
    </message>
    <message>
        <source>the export ended in the middle of a row; the connection was probably cut short</source>
        <translation>der Export endete mitten in einer Zeile; die Verbindung wurde vermutlich vorzeitig getrennt</translation>
    </message>
</context>
<context>
    <name>rz::OrganizationModel</name>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1 (inaktiv)</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Assets</source>
        <translation>Assets</translation>
    </message>
</context>
<context>
    <name>rz::OverviewChart</name>
    <message>
        <source>%1 chart</source>
        <translation>Diagramm %1</translation>
    </message>
    <message>
        <source>Click a bar to put its value in the filter</source>
        <translation>Klicken Sie auf einen Balken, um seinen Wert in den Filter zu übernehmen</translation>
    </message>
    <message>
        <source>Add Column</source>
        <translation>Spalte hinzufügen</translation>
    </message>
    <message>
        <source>Add the %1 column</source>
        <translation>Die Spalte %1 hinzufügen</translation>
    </message>
    <message>
        <source>Show the %1 column in the table; the assets are loaded again with it</source>
        <translation>Die Spalte %1 in der Tabelle anzeigen; die Assets werden damit neu geladen</translation>
    </message>
    <message>
        <source>Nothing counted yet.</source>
        <translation>Noch nichts gezählt.</translation>
    </message>
    <message>
        <source>%1 (1 value)</source>
        <translation>%1 (1 Wert)</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%Ln values)</source>
        <translation>
            <numerusform>%1 (%Ln Wert)</numerusform>
            <numerusform>%1 (%Ln Werte)</numerusform>
        </translation>
    </message>
    <message>
        <source>Add the %1 column to see this chart: the assets are loaded with the columns the table shows.</source>
        <translation>Fügen Sie die Spalte %1 hinzu, um dieses Diagramm zu sehen: Die Assets werden mit den Spalten geladen, die die Tabelle zeigt.</translation>
    </message>
    <message>
        <source>No assets in view.</source>
        <translation>Keine Assets in der Ansicht.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 assets (%3%)</source>
        <translation>%1: %2 Assets (%3&#xa0;%)</translation>
    </message>
    <message>
        <source>Click to put it in the filter</source>
        <translation>Klicken, um den Wert in den Filter zu übernehmen</translation>
    </message>
    <message>
        <source>%1: 1 asset (%2%)</source>
        <translation>%1: 1 Asset (%2&#xa0;%)</translation>
    </message>
</context>
<context>
    <name>rz::OverviewDock</name>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Charts of the assets in view by type, OS and site (Ctrl+Shift+O)</source>
        <translation>Diagramme der angezeigten Assets nach Typ, Betriebssystem und Site (Strg+Umschalt+O)</translation>
    </message>
</context>
<context>
    <name>rz::OverviewPane</name>
    <message>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>Show the counts as a table</source>
        <translation>Die Anzahlen als Tabelle anzeigen</translation>
    </message>
    <message>
        <source>Show the counts as a table instead of charts</source>
        <translation>Die Anzahlen als Tabelle statt als Diagramme anzeigen</translation>
    </message>
    <message>
        <source>Overview charts</source>
        <translation>Übersichtsdiagramme</translation>
    </message>
    <message>
        <source>Overview counts</source>
        <translation>Übersicht der Anzahlen</translation>
    </message>
    <message>
        <source>No assets loaded.</source>
        <translation>Keine Assets geladen.</translation>
    </message>
    <message>
        <source>1 asset in view, no filter.</source>
        <translation>1 Asset in der Ansicht, kein Filter.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln assets in view, no filter.</source>
        <translation>
            <numerusform>%Ln Asset in der Ansicht, kein Filter.</numerusform>
            <numerusform>%Ln Assets in der Ansicht, kein Filter.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of 1 loaded asset in view, filtered by “%2”.</source>
        <translation>%1 von 1 geladenen Asset in der Ansicht, gefiltert nach „%2“.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln loaded assets in view, filtered by “%2”.</source>
        <translation>
            <numerusform>%1 von %Ln geladenen Asset in der Ansicht, gefiltert nach „%2“.</numerusform>
            <numerusform>%1 von %Ln geladenen Assets in der Ansicht, gefiltert nach „%2“.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 alive (%2%).</source>
        <translation>%1 aktiv (%2&#xa0;%).</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>Wird aktualisiert…</translation>
    </message>
</context>
<context>
    <name>rz::PagedAssetLoad</name>
    <message>
        <source>the connection was closed</source>
        <translation>die Verbindung wurde geschlossen</translation>
    </message>
    <message>
        <source>the console named the same page as the next one</source>
        <translation>die Konsole hat dieselbe Seite als nächste genannt</translation>
    </message>
</context>
<context>
    <name>rz::PortList</name>
    <message>
        <source>“%1” is not a port number</source>
        <translation>„%1“ ist keine Portnummer</translation>
    </message>
    <message>
        <source>%1 is not a port (1 to 65535)</source>
        <translation>%1 ist kein Port (1 bis 65535)</translation>
    </message>
    <message>
        <source>“%1” is not a port or a range</source>
        <translation>„%1“ ist weder ein Port noch ein Bereich</translation>
    </message>
    <message>
        <source>the range %1 ends before it starts</source>
        <translation>der Bereich %1 endet, bevor er beginnt</translation>
    </message>
</context>
<context>
    <name>rz::PreferencesController</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>The system keychain could not keep the proxy password (%1). It is used until rzconsole quits.</source>
        <translation>Der System-Schlüsselbund konnte das Proxy-Passwort nicht speichern (%1). Es wird verwendet, bis rzconsole beendet wird.</translation>
    </message>
</context>
<context>
    <name>rz::PreferencesDialog</name>
    <message>
        <source>Use the &amp;system&apos;s proxy settings</source>
        <translation>&amp;Proxy-Einstellungen des Systems verwenden</translation>
    </message>
    <message>
        <source>&amp;No proxy</source>
        <translation>&amp;Kein Proxy</translation>
    </message>
    <message>
        <source>&amp;Manual proxy:</source>
        <translation>&amp;Manueller Proxy:</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source> assets</source>
        <translation> Assets</translation>
    </message>
    <message>
        <source>Page size</source>
        <translation>Seitengröße</translation>
    </message>
    <message>
        <source>How many assets each request of a load asks for (page_size). Larger pages need fewer API calls; smaller ones show the first rows sooner.</source>
        <translation>Wie viele Assets jede Anfrage eines Ladevorgangs abruft (page_size). Größere Seiten brauchen weniger API-Aufrufe; kleinere zeigen die ersten Zeilen früher.</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Request timeout in seconds</source>
        <translation>Zeitlimit für Anfragen in Sekunden</translation>
    </message>
    <message>
        <source>A request fails when the console stays silent for this long.</source>
        <translation>Eine Anfrage schlägt fehl, wenn die Konsole so lange nicht antwortet.</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>Laden</translation>
    </message>
    <message>
        <source>&amp;Page size:</source>
        <translation>&amp;Seitengröße:</translation>
    </message>
    <message>
        <source>Request &amp;timeout:</source>
        <translation>&amp;Zeitlimit für Anfragen:</translation>
    </message>
    <message>
        <source>proxy.example.com</source>
        <translation>proxy.example.com</translation>
    </message>
    <message>
        <source>Proxy host</source>
        <translation>Proxy-Host</translation>
    </message>
    <message>
        <source>Proxy port</source>
        <translation>Proxy-Port</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>Proxy user name</source>
        <translation>Proxy-Benutzername</translation>
    </message>
    <message>
        <source>Proxy password</source>
        <translation>Proxy-Passwort</translation>
    </message>
    <message>
        <source>Kept in the system keychain, never in the settings file.</source>
        <translation>Wird im System-Schlüsselbund aufbewahrt, nie in der Einstellungsdatei.</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>Spr&amp;ache:</translation>
    </message>
    <message>
        <source>A new language takes effect when rzconsole is started again.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start von rzconsole.</translation>
    </message>
    <message>
        <source>OK applies the page size, the timeout and the proxy to the open connection from its next request; a load already running keeps its page size.</source>
        <translation>OK wendet Seitengröße, Zeitlimit und Proxy ab der nächsten Anfrage auf die geöffnete Verbindung an; ein bereits laufender Ladevorgang behält seine Seitengröße.</translation>
    </message>
    <message>
        <source>The page size, the timeout and the proxy apply from the next connection.</source>
        <translation>Seitengröße, Zeitlimit und Proxy gelten ab der nächsten Verbindung.</translation>
    </message>
</context>
<context>
    <name>rz::ProbeChecklist</name>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
</context>
<context>
    <name>rz::RateLimitGauge</name>
    <message>
        <source>not reported</source>
        <translation>nicht gemeldet</translation>
    </message>
    <message>
        <source>API usage: not known yet</source>
        <translation>API-Nutzung: noch unbekannt</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>daily usage · request window</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>API usage: normal</source>
        <translation>API-Nutzung: normal</translation>
    </message>
    <message>
        <source>%1 · %2 · running low</source>
        <translation>%1 · %2 · wird knapp</translation>
    </message>
    <message>
        <source>API usage: running low</source>
        <translation>API-Nutzung: wird knapp</translation>
    </message>
    <message>
        <source>%1 · %2 · daily limit reached</source>
        <translation>%1 · %2 · Tageslimit erreicht</translation>
    </message>
    <message>
        <source>API usage: daily limit reached</source>
        <translation>API-Nutzung: Tageslimit erreicht</translation>
    </message>
    <message>
        <source>%1 · %2 · backing off %3 s</source>
        <translation>%1 · %2 · gedrosselt, %3 s</translation>
    </message>
    <message>
        <source>API usage: backing off</source>
        <translation>API-Nutzung: gedrosselt</translation>
    </message>
    <message>
        <source>%1 · %2. %3</source>
        <translation>%1 · %2. %3</translation>
    </message>
    <message>
        <source>API usage not known yet</source>
        <translation>API-Nutzung noch unbekannt</translation>
    </message>
    <message>
        <source>API %1 / %2 today</source>
        <comment>calls made today / daily limit</comment>
        <translation>API %1 / %2 heute</translation>
    </message>
    <message>
        <source>window %1 / %2</source>
        <comment>requests in the rate window / its size</comment>
        <translation>Fenster %1 / %2</translation>
    </message>
    <message>
        <source>No response has reported the API usage yet.</source>
        <translation>Noch keine Antwort hat die API-Nutzung gemeldet.</translation>
    </message>
    <message>
        <source>Within the daily API limit and the request window.</source>
        <translation>Innerhalb des täglichen API-Limits und des Anfragefensters.</translation>
    </message>
    <message>
        <source>Running low: %1 API calls are left today; %2 of %3 requests of the current window are used.</source>
        <translation>Wird knapp: Heute sind noch %1 API-Aufrufe übrig; %2 von %3 Anfragen des aktuellen Fensters sind verbraucht.</translation>
    </message>
    <message>
        <source>Running low: %1 of %2 requests of the current window are used.</source>
        <translation>Wird knapp: %1 von %2 Anfragen des aktuellen Fensters sind verbraucht.</translation>
    </message>
    <message>
        <source>The daily API limit is used up; it resets at %1.</source>
        <translation>Das tägliche API-Limit ist aufgebraucht; es wird um %1 zurückgesetzt.</translation>
    </message>
    <message>
        <source>The server asked this app to slow down (HTTP 429); requests resume at %1.</source>
        <translation>Der Server hat um weniger Anfragen gebeten (HTTP 429); die Anfragen werden um %1 fortgesetzt.</translation>
    </message>
    <message>
        <source>runZero API usage (the daily limit is shared by all API keys of the account)</source>
        <translation>runZero-API-Nutzung (das Tageslimit teilen sich alle API-Schlüssel des Kontos)</translation>
    </message>
    <message>
        <source>Requests from this app in the last %1 min: %2 of %3</source>
        <translation>Anfragen dieser Anwendung in den letzten %1 min: %2 von %3</translation>
    </message>
    <message>
        <source>Last update: %1</source>
        <translation>Letzte Aktualisierung: %1</translation>
    </message>
    <message>
        <source>Last update: none yet</source>
        <translation>Letzte Aktualisierung: noch keine</translation>
    </message>
    <message>
        <source>Running low: 1 API call is left today; %1 of %2 requests of the current window are used.</source>
        <translation>Wird knapp: Heute ist noch 1 API-Aufruf übrig; %1 von %2 Anfragen des aktuellen Fensters sind verbraucht.</translation>
    </message>
</context>
<context>
    <name>rz::RequestPreviewDialog</name>
    <message>
        <source>Scan Request</source>
        <translation>Scan-Anfrage</translation>
    </message>
    <message>
        <source>This is the request “Launch” sends. Every value is a string, as the API requires; options left empty are not sent, so the console’s defaults (or the template’s) apply.</source>
        <translation>Dies ist die Anfrage, die „Starten“ sendet. Jeder Wert ist eine Zeichenkette, wie es die API verlangt; leer gelassene Optionen werden nicht gesendet, sodass die Standardwerte der Konsole (oder der Vorlage) gelten.</translation>
    </message>
    <message>
        <source>&amp;Copy Body</source>
        <translation>Body &amp;kopieren</translation>
    </message>
</context>
<context>
    <name>rz::SavedSearches</name>
    <message>
        <source>A saved search needs a name.</source>
        <translation>Eine gespeicherte Suche braucht einen Namen.</translation>
    </message>
    <message>
        <source>There is no search to save. Type a query first.</source>
        <translation>Es gibt keine Suche zum Speichern. Geben Sie zuerst eine Abfrage ein.</translation>
    </message>
    <message>
        <source>Another saved search already has this name.</source>
        <translation>Eine andere gespeicherte Suche hat bereits diesen Namen.</translation>
    </message>
    <message>
        <source>There is no saved search with this name.</source>
        <translation>Es gibt keine gespeicherte Suche mit diesem Namen.</translation>
    </message>
</context>
<context>
    <name>rz::SavedSearchesDialog</name>
    <message>
        <source>Re&amp;name</source>
        <translation>&amp;Umbenennen</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>Saved Searches</source>
        <translation>Gespeicherte Suchen</translation>
    </message>
</context>
<context>
    <name>rz::ScanCoordinator</name>
    <message>
        <source>Tasks</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <source>&amp;Launch Scan…</source>
        <translation>Scan &amp;starten…</translation>
    </message>
    <message>
        <source>&amp;Tasks</source>
        <translation>&amp;Aufgaben</translation>
    </message>
    <message>
        <source>No connection is configured.</source>
        <translation>Keine Verbindung eingerichtet.</translation>
    </message>
    <message>
        <source>Choose an organization first.</source>
        <translation>Wählen Sie zuerst eine Organisation.</translation>
    </message>
    <message>
        <source>The organization has no sites to scan into yet.</source>
        <translation>Die Organisation hat noch keine Sites, in die gescannt werden kann.</translation>
    </message>
    <message>
        <source>Launch a scan of the chosen site (Ctrl+L)</source>
        <translation>Einen Scan der gewählten Site starten (Strg+L)</translation>
    </message>
</context>
<context>
    <name>rz::ScanDialog</name>
    <message>
        <source>Check &amp;Again</source>
        <translation>E&amp;rneut prüfen</translation>
    </message>
    <message>
        <source>&amp;Launch</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Launch Scan</source>
        <translation>Scan starten</translation>
    </message>
    <message>
        <source>Launch Scan — %1</source>
        <translation>Scan starten — %1</translation>
    </message>
    <message>
        <source>The scan runs on the explorer, explorer group or hosted zone you choose, and its results go to the site below. Options left empty use the console’s defaults.</source>
        <translation>Der Scan läuft auf dem Explorer, der Explorer-Gruppe oder der gehosteten Zone Ihrer Wahl; die Ergebnisse gehen an die unten gewählte Site. Leer gelassene Optionen verwenden die Standardwerte der Konsole.</translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation>S&amp;ite:</translation>
    </message>
    <message>
        <source>Sco&amp;pe</source>
        <translation>&amp;Bereich</translation>
    </message>
    <message>
        <source>&amp;Options</source>
        <translation>&amp;Optionen</translation>
    </message>
    <message>
        <source>Pro&amp;bes</source>
        <translation>&amp;Probes</translation>
    </message>
    <message>
        <source>Sc&amp;hedule</source>
        <translation>&amp;Zeitplan</translation>
    </message>
    <message>
        <source>Scan %1</source>
        <translation>Scan %1</translation>
    </message>
    <message>
        <source>%1 scan %2</source>
        <translation>Scan %1 %2</translation>
    </message>
    <message>
        <source>Something on this tab needs fixing.</source>
        <translation>Auf dieser Registerkarte muss etwas korrigiert werden.</translation>
    </message>
    <message>
        <source>One thing to fix before launching: %1</source>
        <translation>Vor dem Start ist eine Sache zu korrigieren: %1</translation>
    </message>
    <message>
        <source>%1 things to fix before launching. The first: %2</source>
        <translation>Vor dem Start sind %1 Dinge zu korrigieren. Das erste: %2</translation>
    </message>
    <message>
        <source>Launching…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>Send &amp;Again</source>
        <translation>Erneut &amp;senden</translation>
    </message>
    <message>
        <source>The form still has one problem; Launch stays disabled until it is fixed.</source>
        <translation>Das Formular hat noch ein Problem; „Starten“ bleibt deaktiviert, bis es behoben ist.</translation>
    </message>
    <message>
        <source>The form still has %1 problems; Launch stays disabled until they are fixed.</source>
        <translation>Das Formular hat noch %1 Probleme; „Starten“ bleibt deaktiviert, bis sie behoben sind.</translation>
    </message>
    <message>
        <source>I have read the &amp;warnings; launch anyway</source>
        <translation>Ich habe die &amp;Warnungen gelesen; trotzdem starten</translation>
    </message>
    <message>
        <source>Show Re&amp;quest…</source>
        <translation>&amp;Anfrage anzeigen…</translation>
    </message>
    <message>
        <source>S&amp;canner</source>
        <translation>S&amp;canner</translation>
    </message>
</context>
<context>
    <name>rz::ScanLaunch</name>
    <message>
        <source>Sending the scan to the console…</source>
        <translation>Der Scan wird an die Konsole gesendet…</translation>
    </message>
    <message>
        <source>The console created the scan “%1”.</source>
        <translation>Die Konsole hat den Scan „%1“ angelegt.</translation>
    </message>
    <message>
        <source>The scan was not launched. %1</source>
        <translation>Der Scan wurde nicht gestartet. %1</translation>
    </message>
    <message>
        <source>%1 Looking in the task list for a scan named “%2”…</source>
        <translation>%1 In der Aufgabenliste wird nach einem Scan namens „%2“ gesucht…</translation>
    </message>
    <message>
        <source>It is not known whether the console created the scan “%1”: the answer to the launch did not arrive (%2), and the task list could not be read (%3). Check again before sending it again.</source>
        <translation>Es ist nicht bekannt, ob die Konsole den Scan „%1“ angelegt hat: Die Antwort auf den Start kam nicht an (%2), und die Aufgabenliste konnte nicht gelesen werden (%3). Prüfen Sie erneut, bevor Sie ihn noch einmal senden.</translation>
    </message>
    <message>
        <source>The console did create the scan “%1”, although its answer did not arrive. It was not sent again.</source>
        <translation>Die Konsole hat den Scan „%1“ angelegt, obwohl ihre Antwort nicht ankam. Er wurde nicht erneut gesendet.</translation>
    </message>
    <message>
        <source>The console did not confirm the launch (%1), and no scan named “%2” appears in the task list, so it was not created. You can send it again.</source>
        <translation>Die Konsole hat den Start nicht bestätigt (%1), und in der Aufgabenliste steht kein Scan namens „%2“; er wurde also nicht angelegt. Sie können ihn erneut senden.</translation>
    </message>
</context>
<context>
    <name>rz::ScanOptionsPage</name>
    <message>
        <source>1 port</source>
        <translation>1 Port</translation>
    </message>
    <message>
        <source>%1 ports</source>
        <translation>%1 Ports</translation>
    </message>
    <message>
        <source>&amp;Rate (packets per second):</source>
        <translation>Rat&amp;e (Pakete pro Sekunde):</translation>
    </message>
    <message>
        <source>Console default</source>
        <translation>Standard der Konsole</translation>
    </message>
    <message>
        <source>The most packets per second the scan sends in all.</source>
        <translation>Wie viele Pakete pro Sekunde der Scan insgesamt höchstens sendet.</translation>
    </message>
    <message>
        <source>The most packets per second sent to any one host.</source>
        <translation>Wie viele Pakete pro Sekunde höchstens an einen einzelnen Host gesendet werden.</translation>
    </message>
    <message>
        <source>&amp;TCP ports:</source>
        <translation>&amp;TCP-Ports:</translation>
    </message>
    <message>
        <source>Console default, e.g. 1-1000,5000-6000</source>
        <translation>Standard der Konsole, z. B. 1-1000,5000-6000</translation>
    </message>
    <message>
        <source>Ports and ranges separated by commas, 1 to 65535.</source>
        <translation>Ports und Bereiche, durch Kommas getrennt, 1 bis 65535.</translation>
    </message>
    <message>
        <source>TCP ports to s&amp;kip:</source>
        <translation>A&amp;uszulassende TCP-Ports:</translation>
    </message>
    <message>
        <source>None, e.g. 9100</source>
        <translation>Keine, z. B. 9100</translation>
    </message>
    <message>
        <source>Ports never to probe, e.g. printers that print what they receive.</source>
        <translation>Ports, die nie geprüft werden, z. B. Drucker, die alles ausdrucken, was sie empfangen.</translation>
    </message>
    <message>
        <source>How many times the scan goes over the targets.</source>
        <translation>Wie oft der Scan die Ziele durchläuft.</translation>
    </message>
    <message>
        <source>How many times a probe is sent before a host counts as not answering.</source>
        <translation>Wie oft eine Probe gesendet wird, bevor ein Host als nicht antwortend gilt.</translation>
    </message>
    <message>
        <source>Take scree&amp;nshots of web and remote-desktop services</source>
        <translation>Screenshots von Web- und Remote-Desktop-Diensten an&amp;fertigen</translation>
    </message>
    <message>
        <source>%1 when left empty</source>
        <translation>%1, wenn leer gelassen</translation>
    </message>
    <message>
        <source>&amp;Max host rate (packets per second):</source>
        <translation>Max. Rate pro &amp;Host (Pakete pro Sekunde):</translation>
    </message>
    <message>
        <source>Pass&amp;es:</source>
        <translation>&amp;Durchläufe:</translation>
    </message>
    <message>
        <source>Ma&amp;x attempts:</source>
        <translation>Max. &amp;Versuche:</translation>
    </message>
</context>
<context>
    <name>rz::ScanProbesPage</name>
    <message>
        <source>Probes (all checked: every probe runs)</source>
        <translation>Probes (alle ausgewählt: jede Probe läuft)</translation>
    </message>
    <message>
        <source>Console default, e.g. 256</source>
        <translation>Standard der Konsole, z. B. 256</translation>
    </message>
    <message>
        <source>Console default, e.g. 3</source>
        <translation>Standard der Konsole, z. B. 3</translation>
    </message>
    <message>
        <source>Subnet ping</source>
        <translation>Subnetz-Ping</translation>
    </message>
    <message>
        <source>Subnet size (addresses):</source>
        <translation>Subnetzgröße (Adressen):</translation>
    </message>
    <message>
        <source>Addresses sampled per subnet:</source>
        <translation>Stichproben-Adressen pro Subnetz:</translation>
    </message>
    <message>
        <source>Probes:</source>
        <translation>Probes:</translation>
    </message>
    <message>
        <source>Host ping</source>
        <translation>Host-Ping</translation>
    </message>
    <message>
        <source>S&amp;ubnet ping: sample each subnet and skip those that do not answer</source>
        <translation>S&amp;ubnetz-Ping: jedes Subnetz stichprobenartig prüfen und nicht antwortende überspringen</translation>
    </message>
    <message>
        <source>Hos&amp;t ping: ping every host first and scan only those that answer</source>
        <translation>&amp;Host-Ping: jeden Host zuerst anpingen und nur antwortende scannen</translation>
    </message>
</context>
<context>
    <name>rz::ScanRequest</name>
    <message>
        <source>“%1”: %2.</source>
        <translation>„%1“: %2.</translation>
    </message>
    <message>
        <source>One more entry has a problem.</source>
        <translation>Ein weiterer Eintrag hat ein Problem.</translation>
    </message>
    <message>
        <source>%1 more entries have problems.</source>
        <translation>%1 weitere Einträge haben Probleme.</translation>
    </message>
    <message>
        <source>Choose at least one probe.</source>
        <translation>Wählen Sie mindestens eine Probe.</translation>
    </message>
    <message>
        <source>%1 to scan.</source>
        <translation>%1 zu scannen.</translation>
    </message>
    <message>
        <source>%1 and 1 host name to scan.</source>
        <translation>%1 und 1 Hostname zu scannen.</translation>
    </message>
    <message>
        <source>%1 and %2 host names to scan.</source>
        <translation>%1 und %2 Hostnamen zu scannen.</translation>
    </message>
    <message>
        <source>Choose the site the scan results go to.</source>
        <translation>Wählen Sie die Site, an die die Scan-Ergebnisse gehen.</translation>
    </message>
    <message>
        <source>Excludes take away %1.</source>
        <translation>Die Ausschlüsse nehmen %1 heraus.</translation>
    </message>
    <message>
        <source>The excludes leave nothing to scan.</source>
        <translation>Nach den Ausschlüssen bleibt nichts zu scannen.</translation>
    </message>
    <message>
        <source>The scope holds %1, more than a /16 (65,536 addresses). A scan that large takes a long time and may disturb the networks it crosses.</source>
        <translation>Der Bereich umfasst %1, mehr als ein /16 (65.536 Adressen). Ein so großer Scan dauert lange und kann die Netze stören, die er durchquert.</translation>
    </message>
    <message>
        <source>Give the scan a name: it is how the task list shows it, and how this console finds it again if the connection drops.</source>
        <translation>Geben Sie dem Scan einen Namen: Unter diesem Namen erscheint er in der Aufgabenliste, und daran erkennt diese Konsole ihn wieder, falls die Verbindung abbricht.</translation>
    </message>
    <message>
        <source>Choose who runs the scan: an explorer, an explorer group or a hosted zone.</source>
        <translation>Wählen Sie, wer den Scan ausführt: ein Explorer, eine Explorer-Gruppe oder eine gehostete Zone.</translation>
    </message>
    <message>
        <source>Choose an explorer.</source>
        <translation>Wählen Sie einen Explorer.</translation>
    </message>
    <message>
        <source>The chosen explorer is not one of this organization.</source>
        <translation>Der gewählte Explorer gehört nicht zu dieser Organisation.</translation>
    </message>
    <message>
        <source>Explorer %1 is offline. Choose a connected explorer.</source>
        <translation>Explorer %1 ist offline. Wählen Sie einen verbundenen Explorer.</translation>
    </message>
    <message>
        <source>Enter the ID of the explorer group.</source>
        <translation>Geben Sie die ID der Explorer-Gruppe ein.</translation>
    </message>
    <message>
        <source>An explorer group ID is a UUID, like e77602e0-3fb8-4734-aef9-fbc6fdcb0fa8.</source>
        <translation>Die ID einer Explorer-Gruppe ist eine UUID, z. B. e77602e0-3fb8-4734-aef9-fbc6fdcb0fa8.</translation>
    </message>
    <message>
        <source>Hosted zones scan from the internet and need public addresses or host names; some targets are private addresses they cannot reach.</source>
        <translation>Gehostete Zonen scannen aus dem Internet und brauchen öffentliche Adressen oder Hostnamen; einige Ziele sind private Adressen, die sie nicht erreichen können.</translation>
    </message>
    <message>
        <source>Some targets are public internet addresses, and an internal explorer will scan them. Make sure they are yours to scan.</source>
        <translation>Einige Ziele sind öffentliche Internetadressen, und ein interner Explorer wird sie scannen. Stellen Sie sicher, dass Sie sie scannen dürfen.</translation>
    </message>
    <message>
        <source>A scan template ID is a UUID, like e77602e0-3fb8-4734-aef9-fbc6fdcb0fa8.</source>
        <translation>Die ID einer Scan-Vorlage ist eine UUID, z. B. e77602e0-3fb8-4734-aef9-fbc6fdcb0fa8.</translation>
    </message>
    <message>
        <source>The start time has already passed. Choose a later time, or start the scan now.</source>
        <translation>Die Startzeit ist bereits vorbei. Wählen Sie eine spätere Zeit oder starten Sie den Scan sofort.</translation>
    </message>
    <message>
        <source>Enter at least one address, range, CIDR block or host name, or “defaults” for the site’s scope.</source>
        <translation>Geben Sie mindestens eine Adresse, einen Bereich, einen CIDR-Block oder einen Hostnamen ein, oder „defaults“ für den Bereich der Site.</translation>
    </message>
    <message>
        <source>“defaults” stands for the site’s scope, which is counted here.</source>
        <translation>„defaults“ steht für den Bereich der Site, der hier mitgezählt ist.</translation>
    </message>
    <message>
        <source>“defaults” adds the site’s own scope, which this count leaves out.</source>
        <translation>„defaults“ fügt den eigenen Bereich der Site hinzu, den diese Zählung nicht enthält.</translation>
    </message>
    <message>
        <source>Choose a hosted zone, or “auto”.</source>
        <translation>Wählen Sie eine gehostete Zone oder „auto“.</translation>
    </message>
</context>
<context>
    <name>rz::ScanScannerPage</name>
    <message>
        <source>An &amp;explorer:</source>
        <translation>Ein &amp;Explorer:</translation>
    </message>
    <message>
        <source>An explorer &amp;group, by ID:</source>
        <translation>Eine Explorer-&amp;Gruppe, per ID:</translation>
    </message>
    <message>
        <source>Loading the explorers…</source>
        <translation>Explorer werden geladen…</translation>
    </message>
    <message>
        <source>Loading the scan templates…</source>
        <translation>Scan-Vorlagen werden geladen…</translation>
    </message>
    <message>
        <source>The group’s ID, a UUID</source>
        <translation>Die ID der Gruppe, eine UUID</translation>
    </message>
    <message>
        <source>The group picks an available explorer among its members.</source>
        <translation>Die Gruppe wählt einen verfügbaren Explorer unter ihren Mitgliedern.</translation>
    </message>
    <message>
        <source>auto — let runZero choose a zone</source>
        <translation>auto — runZero wählt eine Zone</translation>
    </message>
    <message>
        <source>Hosted zones scan from the internet: public addresses and host names only.</source>
        <translation>Gehostete Zonen scannen aus dem Internet: nur öffentliche Adressen und Hostnamen.</translation>
    </message>
    <message>
        <source>Who runs the scan</source>
        <translation>Wer den Scan ausführt</translation>
    </message>
    <message>
        <source>None — use the options on the other tabs</source>
        <translation>Keine — die Optionen der anderen Registerkarten verwenden</translation>
    </message>
    <message>
        <source>Template ID (optional), e.g. e77602e0-3fb8-4734-aef9-fbc6fdcb0fa8</source>
        <translation>Vorlagen-ID (optional), z. B. e77602e0-3fb8-4734-aef9-fbc6fdcb0fa8</translation>
    </message>
    <message>
        <source>Scan template</source>
        <translation>Scan-Vorlage</translation>
    </message>
    <message>
        <source>This organization has no explorers. Use an explorer group or a hosted zone, or deploy an explorer first.</source>
        <translation>Diese Organisation hat keine Explorer. Verwenden Sie eine Explorer-Gruppe oder eine gehostete Zone, oder installieren Sie zuerst einen Explorer.</translation>
    </message>
    <message>
        <source>None of the explorers is connected right now.</source>
        <translation>Derzeit ist keiner der Explorer verbunden.</translation>
    </message>
    <message>
        <source>The explorers could not be loaded. %1</source>
        <translation>Die Explorer konnten nicht geladen werden. %1</translation>
    </message>
    <message>
        <source>Internal address %1, external address %2, %3</source>
        <translation>Interne Adresse %1, externe Adresse %2, %3</translation>
    </message>
    <message>
        <source>no site</source>
        <translation>keine Site</translation>
    </message>
    <message>
        <source>%1 — %2, connected, version %3</source>
        <translation>%1 — %2, verbunden, Version %3</translation>
    </message>
    <message>
        <source>%1 — %2, offline, version %3</source>
        <translation>%1 — %2, offline, Version %3</translation>
    </message>
    <message>
        <source>%1 (global)</source>
        <translation>%1 (global)</translation>
    </message>
    <message>
        <source>The account has no scan templates.</source>
        <translation>Das Konto hat keine Scan-Vorlagen.</translation>
    </message>
    <message>
        <source>Choosing a template fills in its options; what you change afterwards is sent as well and takes precedence.</source>
        <translation>Eine Vorlage füllt ihre Optionen aus; was Sie danach ändern, wird ebenfalls gesendet und hat Vorrang.</translation>
    </message>
    <message>
        <source>The scan templates could not be loaded. %1</source>
        <translation>Die Scan-Vorlagen konnten nicht geladen werden. %1</translation>
    </message>
    <message>
        <source>%1 You can enter a template ID instead.</source>
        <translation>%1 Sie können stattdessen eine Vorlagen-ID eingeben.</translation>
    </message>
    <message>
        <source>A hosted &amp;zone:</source>
        <translation>Eine ge&amp;hostete Zone:</translation>
    </message>
</context>
<context>
    <name>rz::ScanSchedulePage</name>
    <message>
        <source>Once</source>
        <translation>Einmalig</translation>
    </message>
    <message>
        <source>Every hour</source>
        <translation>Stündlich</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>Täglich</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>Wöchentlich</translation>
    </message>
    <message>
        <source>Every month</source>
        <translation>Monatlich</translation>
    </message>
    <message>
        <source>Continuously</source>
        <translation>Fortlaufend</translation>
    </message>
    <message>
        <source>&amp;Now</source>
        <translation>So&amp;fort</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Startzeit</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Zeitplan</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>Wieder&amp;holen:</translation>
    </message>
    <message>
        <source>Start:</source>
        <translation>Start:</translation>
    </message>
    <message>
        <source>Not sent, e.g. 53,123,161</source>
        <translation>Nicht gesendet, z. B. 53,123,161</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Nicht gesendet</translation>
    </message>
    <message>
        <source>Sent as max-duration, a whole number, in the unit the console uses for it.</source>
        <translation>Wird als max-duration gesendet: eine ganze Zahl in der Einheit, die die Konsole dafür verwendet.</translation>
    </message>
    <message>
        <source>Advanced (named in the API guide; sent only when set)</source>
        <translation>Erweitert (im API-Leitfaden genannt; nur gesendet, wenn gesetzt)</translation>
    </message>
    <message>
        <source>&amp;UDP ports:</source>
        <translation>U&amp;DP-Ports:</translation>
    </message>
    <message>
        <source>Max &amp;duration:</source>
        <translation>Max. &amp;Laufzeit:</translation>
    </message>
    <message>
        <source>A&amp;t:</source>
        <translation>&amp;Um:</translation>
    </message>
    <message>
        <source>Ma&amp;x hosts:</source>
        <translation>&amp;Max. Hosts:</translation>
    </message>
</context>
<context>
    <name>rz::ScanScopePage</name>
    <message>
        <source>Addresses, ranges or blocks to leave out (optional)</source>
        <translation>Auszulassende Adressen, Bereiche oder Blöcke (optional)</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>&amp;Targets:</source>
        <translation>Zie&amp;le:</translation>
    </message>
    <message>
        <source>E&amp;xcludes:</source>
        <translation>A&amp;usschlüsse:</translation>
    </message>
    <message>
        <source>Scan &amp;name:</source>
        <translation>Scan-&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>Besc&amp;hreibung:</translation>
    </message>
    <message>
        <source>One per line or separated by spaces: 10.0.0.0/24, 10.0.1.1-10.0.1.50, 2001:db8::1, host.example.com, or “defaults” for the site’s scope</source>
        <translation>Einer pro Zeile oder durch Leerzeichen getrennt: 10.0.0.0/24, 10.0.1.1-10.0.1.50, 2001:db8::1, host.example.com, oder „defaults“ für den Bereich der Site</translation>
    </message>
</context>
<context>
    <name>rz::ScanTargets</name>
    <message>
        <source>an IPv4 address has four numbers separated by dots</source>
        <translation>eine IPv4-Adresse besteht aus vier durch Punkte getrennten Zahlen</translation>
    </message>
    <message>
        <source>%1 has a leading zero, which some tools read as octal</source>
        <translation>%1 hat eine führende Null, die manche Programme als Oktalzahl lesen</translation>
    </message>
    <message>
        <source>%1 is larger than 255</source>
        <translation>%1 ist größer als 255</translation>
    </message>
    <message>
        <source>not an IPv4 address</source>
        <translation>keine IPv4-Adresse</translation>
    </message>
    <message>
        <source>zone indexes (%) are not supported in scan targets</source>
        <translation>Zonenindizes (%) werden in Scan-Zielen nicht unterstützt</translation>
    </message>
    <message>
        <source>not a valid IPv6 address</source>
        <translation>keine gültige IPv6-Adresse</translation>
    </message>
    <message>
        <source>not an IP address</source>
        <translation>keine IP-Adresse</translation>
    </message>
    <message>
        <source>the prefix length after / must be 0 to 32 for IPv4</source>
        <translation>die Präfixlänge nach / muss bei IPv4 zwischen 0 und 32 liegen</translation>
    </message>
    <message>
        <source>the prefix length after / must be 0 to 128 for IPv6</source>
        <translation>die Präfixlänge nach / muss bei IPv6 zwischen 0 und 128 liegen</translation>
    </message>
    <message>
        <source>the range ends at %1, which is not an octet (0 to 255)</source>
        <translation>der Bereich endet bei %1, was kein Oktett ist (0 bis 255)</translation>
    </message>
    <message>
        <source>the end of the range is neither an IPv4 address nor a last octet</source>
        <translation>das Ende des Bereichs ist weder eine IPv4-Adresse noch ein letztes Oktett</translation>
    </message>
    <message>
        <source>the end of the range is not an IPv6 address</source>
        <translation>das Ende des Bereichs ist keine IPv6-Adresse</translation>
    </message>
    <message>
        <source>a range cannot go from IPv4 to IPv6</source>
        <translation>ein Bereich kann nicht von IPv4 zu IPv6 reichen</translation>
    </message>
    <message>
        <source>the range ends before it starts</source>
        <translation>der Bereich endet, bevor er beginnt</translation>
    </message>
    <message>
        <source>not an address, range, CIDR block or host name</source>
        <translation>weder Adresse noch Bereich, CIDR-Block oder Hostname</translation>
    </message>
    <message>
        <source>“defaults” (the site’s own scope) can only be a target</source>
        <translation>„defaults“ (der eigene Bereich der Site) kann nur ein Ziel sein</translation>
    </message>
</context>
<context>
    <name>rz::SearchBar</name>
    <message>
        <source>Search the console (Ctrl+F), e.g. os:linux alive:true</source>
        <translation>In der Konsole suchen (Strg+F), z. B. os:linux alive:true</translation>
    </message>
    <message>
        <source>Search query</source>
        <translation>Suchabfrage</translation>
    </message>
    <message>
        <source>A runZero query, run on the console over every asset of the selection. Empty shows all assets. Click ? for the syntax.</source>
        <translation>Eine runZero-Abfrage, die in der Konsole über alle Assets der Auswahl läuft. Leer zeigt alle Assets. Klicken Sie auf ?, um die Syntax zu sehen.</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Run the query on the console (Enter)</source>
        <translation>Die Abfrage in der Konsole ausführen (Eingabetaste)</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Searches run before, most recent first</source>
        <translation>Bisherige Suchen, neueste zuerst</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>Run, save or manage named searches</source>
        <translation>Benannte Suchen ausführen, speichern oder verwalten</translation>
    </message>
    <message>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <source>Search syntax and examples</source>
        <translation>Suchsyntax und Beispiele</translation>
    </message>
    <message>
        <source>Search syntax</source>
        <translation>Suchsyntax</translation>
    </message>
    <message>
        <source>Save Search</source>
        <translation>Suche speichern</translation>
    </message>
    <message>
        <source>Name for “%1”:</source>
        <translation>Name für „%1“:</translation>
    </message>
    <message>
        <source>A saved search named “%1” exists. Replace its query?</source>
        <translation>Eine gespeicherte Suche namens „%1“ existiert bereits. Ihre Abfrage ersetzen?</translation>
    </message>
    <message>
        <source>No searches yet</source>
        <translation>Noch keine Suchen</translation>
    </message>
    <message>
        <source>Clear History</source>
        <translation>Verlauf löschen</translation>
    </message>
    <message>
        <source>No saved searches</source>
        <translation>Keine gespeicherten Suchen</translation>
    </message>
    <message>
        <source>Save Current Search…</source>
        <translation>Aktuelle Suche speichern…</translation>
    </message>
    <message>
        <source>Manage Saved Searches…</source>
        <translation>Gespeicherte Suchen verwalten…</translation>
    </message>
</context>
<context>
    <name>rz::SearchSyntaxHelp</name>
    <message>
        <source>Linux assets that are up (a space means AND)</source>
        <translation>Linux-Assets, die aktiv sind (ein Leerzeichen bedeutet AND)</translation>
    </message>
    <message>
        <source>servers not running Windows</source>
        <translation>Server, auf denen nicht Windows läuft</translation>
    </message>
    <message>
        <source>parentheses group alternatives</source>
        <translation>Klammern gruppieren Alternativen</translation>
    </message>
    <message>
        <source>every address in a CIDR range (IPv6 too)</source>
        <translation>jede Adresse in einem CIDR-Bereich (auch IPv6)</translation>
    </message>
    <message>
        <source>quote values with spaces; -term excludes</source>
        <translation>Werte mit Leerzeichen in Anführungszeichen; -Begriff schließt aus</translation>
    </message>
    <message>
        <source>tagged with exactly this owner (tag:owner: any owner)</source>
        <translation>Tag „owner“ mit genau diesem Wert (tag:owner: beliebiger Wert)</translation>
    </message>
    <message>
        <source>the whole name must be dc-01, not just contain it</source>
        <translation>der Name muss genau dc-01 lauten, nicht nur dc-01 enthalten</translation>
    </message>
    <message>
        <source>one of two conditions</source>
        <translation>eine von zwei Bedingungen</translation>
    </message>
    <message>
        <source>free text with a colon must be quoted</source>
        <translation>Freitext mit Doppelpunkt muss in Anführungszeichen stehen</translation>
    </message>
    <message>
        <source>Search syntax</source>
        <translation>Suchsyntax</translation>
    </message>
    <message>
        <source>&lt;p&gt;The search runs on the console over all assets of the organization (and of the site chosen on the left). Letter case never matters.&lt;/p&gt;&lt;table cellspacing=&quot;2&quot; cellpadding=&quot;2&quot;&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;word&lt;/code&gt;&lt;/td&gt;&lt;td&gt;free text: part of a name, address, OS, hardware or type&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;field:value&lt;/code&gt;&lt;/td&gt;&lt;td&gt;the field contains the value&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;field:=value&lt;/code&gt;&lt;/td&gt;&lt;td&gt;the whole field equals the value&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;&quot;two words&quot;&lt;/code&gt;&lt;/td&gt;&lt;td&gt;quotes keep spaces and colons together; &lt;code&gt;\&quot;&lt;/code&gt; is a quote inside&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;a b&lt;/code&gt;, &lt;code&gt;a AND b&lt;/code&gt;&lt;/td&gt;&lt;td&gt;both&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;a OR b&lt;/code&gt;&lt;/td&gt;&lt;td&gt;either&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;NOT a&lt;/code&gt;, &lt;code&gt;-a&lt;/code&gt;&lt;/td&gt;&lt;td&gt;not a&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;( … )&lt;/code&gt;&lt;/td&gt;&lt;td&gt;groups; NOT binds first, then AND, then OR&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;h4&gt;Fields&lt;/h4&gt;&lt;p&gt;&lt;code&gt;name&lt;/code&gt;, &lt;code&gt;os&lt;/code&gt;, &lt;code&gt;os_version&lt;/code&gt;, &lt;code&gt;hw&lt;/code&gt;, &lt;code&gt;type&lt;/code&gt;, &lt;code&gt;mac&lt;/code&gt;, &lt;code&gt;mac_vendor&lt;/code&gt;, &lt;code&gt;risk&lt;/code&gt; — part of the value;&lt;br&gt;&lt;code&gt;site&lt;/code&gt; — the whole site name or its id;&lt;br&gt;&lt;code&gt;address&lt;/code&gt; — one IP address, or a CIDR range such as &lt;code&gt;10.0.0.0/8&lt;/code&gt; or &lt;code&gt;fd00::/8&lt;/code&gt;;&lt;br&gt;&lt;code&gt;tag:key&lt;/code&gt; or &lt;code&gt;tag:key=value&lt;/code&gt;;&lt;br&gt;&lt;code&gt;alive:true&lt;/code&gt; or &lt;code&gt;alive:false&lt;/code&gt;;&lt;br&gt;&lt;code&gt;id&lt;/code&gt; — one asset id.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Die Suche läuft in der Konsole über alle Assets der Organisation (und der links gewählten Site). Groß- und Kleinschreibung spielt keine Rolle.&lt;/p&gt;&lt;table cellspacing=&quot;2&quot; cellpadding=&quot;2&quot;&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;Wort&lt;/code&gt;&lt;/td&gt;&lt;td&gt;Freitext: Teil eines Namens, einer Adresse, des Betriebssystems, der Hardware oder des Typs&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;Feld:Wert&lt;/code&gt;&lt;/td&gt;&lt;td&gt;das Feld enthält den Wert&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;Feld:=Wert&lt;/code&gt;&lt;/td&gt;&lt;td&gt;das ganze Feld ist gleich dem Wert&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;&quot;zwei Wörter&quot;&lt;/code&gt;&lt;/td&gt;&lt;td&gt;Anführungszeichen halten Leerzeichen und Doppelpunkte zusammen; &lt;code&gt;\&quot;&lt;/code&gt; ist ein Anführungszeichen darin&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;a b&lt;/code&gt;, &lt;code&gt;a AND b&lt;/code&gt;&lt;/td&gt;&lt;td&gt;beide&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;a OR b&lt;/code&gt;&lt;/td&gt;&lt;td&gt;eines von beiden&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;NOT a&lt;/code&gt;, &lt;code&gt;-a&lt;/code&gt;&lt;/td&gt;&lt;td&gt;nicht a&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;( … )&lt;/code&gt;&lt;/td&gt;&lt;td&gt;gruppiert; NOT bindet zuerst, dann AND, dann OR&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;h4&gt;Felder&lt;/h4&gt;&lt;p&gt;&lt;code&gt;name&lt;/code&gt;, &lt;code&gt;os&lt;/code&gt;, &lt;code&gt;os_version&lt;/code&gt;, &lt;code&gt;hw&lt;/code&gt;, &lt;code&gt;type&lt;/code&gt;, &lt;code&gt;mac&lt;/code&gt;, &lt;code&gt;mac_vendor&lt;/code&gt;, &lt;code&gt;risk&lt;/code&gt; — Teil des Werts;&lt;br&gt;&lt;code&gt;site&lt;/code&gt; — der ganze Name der Site oder ihre ID;&lt;br&gt;&lt;code&gt;address&lt;/code&gt; — eine IP-Adresse oder ein CIDR-Bereich wie &lt;code&gt;10.0.0.0/8&lt;/code&gt; oder &lt;code&gt;fd00::/8&lt;/code&gt;;&lt;br&gt;&lt;code&gt;tag:Schlüssel&lt;/code&gt; oder &lt;code&gt;tag:Schlüssel=Wert&lt;/code&gt;;&lt;br&gt;&lt;code&gt;alive:true&lt;/code&gt; oder &lt;code&gt;alive:false&lt;/code&gt;;&lt;br&gt;&lt;code&gt;id&lt;/code&gt; — eine Asset-ID.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Examples (click to use)</source>
        <translation>Beispiele (zum Übernehmen anklicken)</translation>
    </message>
    <message>
        <source>Not understood here: wildcards, comparisons such as &lt;code&gt;&amp;lt;&lt;/code&gt; and &lt;code&gt;&amp;gt;&lt;/code&gt;, and other fields. A query the console cannot read is shown above the table, with the position of the problem.</source>
        <translation>Hier nicht unterstützt: Platzhalter, Vergleiche wie &lt;code&gt;&amp;lt;&lt;/code&gt; und &lt;code&gt;&amp;gt;&lt;/code&gt; sowie andere Felder. Eine Abfrage, die die Konsole nicht lesen kann, wird über der Tabelle angezeigt, mit der Stelle des Problems.</translation>
    </message>
</context>
<context>
    <name>rz::SecretPromptDialog</name>
    <message>
        <source>No client secret is saved for “%1”. Enter it to connect.</source>
        <translation>Für „%1“ ist kein Client-Secret gespeichert. Geben Sie es ein, um sich zu verbinden.</translation>
    </message>
    <message>
        <source>No API token is saved for “%1”. Enter it to connect.</source>
        <translation>Für „%1“ ist kein API-Token gespeichert. Geben Sie es ein, um sich zu verbinden.</translation>
    </message>
    <message>
        <source>no reason was given</source>
        <translation>es wurde kein Grund angegeben</translation>
    </message>
    <message>
        <source>The system keychain could not provide the client secret of “%1” (%2).

You can enter it to use it for this session only; it is not saved anywhere.</source>
        <translation>Der System-Schlüsselbund konnte das Client-Secret von „%1“ nicht liefern (%2).

Sie können es eingeben, um es nur für diese Sitzung zu verwenden; es wird nirgends gespeichert.</translation>
    </message>
    <message>
        <source>The system keychain could not provide the API token of “%1” (%2).

You can enter it to use it for this session only; it is not saved anywhere.</source>
        <translation>Der System-Schlüsselbund konnte das API-Token von „%1“ nicht liefern (%2).

Sie können es eingeben, um es nur für diese Sitzung zu verwenden; es wird nirgends gespeichert.</translation>
    </message>
    <message>
        <source>Client Secret for “%1”</source>
        <translation>Client-Secret für „%1“</translation>
    </message>
    <message>
        <source>API Token for “%1”</source>
        <translation>API-Token für „%1“</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Client-Secret</translation>
    </message>
    <message>
        <source>API token</source>
        <translation>API-Token</translation>
    </message>
    <message>
        <source>ET…, OT… or CT…</source>
        <translation>ET…, OT… oder CT…</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Show the client secret</source>
        <translation>Das Client-Secret anzeigen</translation>
    </message>
    <message>
        <source>Show the token</source>
        <translation>Das Token anzeigen</translation>
    </message>
    <message>
        <source>&amp;Remember in the system keychain</source>
        <translation>Im System-Schlüsselbund &amp;merken</translation>
    </message>
    <message>
        <source>&amp;Connect for This Session</source>
        <translation>Für diese Sitzung &amp;verbinden</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>Client &amp;secret:</source>
        <translation>Client-&amp;Secret:</translation>
    </message>
    <message>
        <source>API &amp;token:</source>
        <translation>API-&amp;Token:</translation>
    </message>
</context>
<context>
    <name>rz::ServerExportDialog</name>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <source>Export %1 from the Console</source>
        <translation>%1 aus der Konsole exportieren</translation>
    </message>
    <message>
        <source>The organization&apos;s %1 (%2), straight from the console to “%3”.</source>
        <translation>Die %1 der Organisation (%2), direkt von der Konsole nach „%3“.</translation>
    </message>
    <message>
        <source>Waiting for the console…</source>
        <translation>Warten auf die Konsole…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>%1 rows, %2 saved so far…</source>
        <translation>%1 Zeilen, bisher %2 gespeichert…</translation>
    </message>
    <message>
        <source>Saved %1 rows (%2) to “%3”.</source>
        <translation>%1 Zeilen (%2) in „%3“ gespeichert.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>1 row, %1 saved so far…</source>
        <translation>1 Zeile, bisher %1 gespeichert…</translation>
    </message>
    <message>
        <source>Saved 1 row (%1) to “%2”.</source>
        <translation>1 Zeile (%1) in „%2“ gespeichert.</translation>
    </message>
</context>
<context>
    <name>rz::SiteModel</name>
    <message>
        <source>All sites</source>
        <translation>Alle Sites</translation>
    </message>
    <message>
        <source>Assets of every site of this organization</source>
        <translation>Assets aller Sites dieser Organisation</translation>
    </message>
    <message>
        <source>Scope: %1</source>
        <translation>Bereich: %1</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Assets</source>
        <translation>Assets</translation>
    </message>
</context>
<context>
    <name>rz::Task</name>
    <message>
        <source>Queued</source>
        <translation>In Warteschlange</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Gestoppt</translation>
    </message>
</context>
<context>
    <name>rz::TaskModel</name>
    <message>
        <source>Status reported by the console: %1</source>
        <translation>Von der Konsole gemeldeter Status: %1</translation>
    </message>
    <message>
        <source>Status reported by the console: %1
%2</source>
        <translation>Von der Konsole gemeldeter Status: %1
%2</translation>
    </message>
    <message>
        <source>(unnamed task)</source>
        <translation>(unbenannte Aufgabe)</translation>
    </message>
    <message>
        <source>The task failed.</source>
        <translation>Die Aufgabe ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>%1 of %2 hosts alive</source>
        <translation>%1 von %2 Hosts aktiv</translation>
    </message>
    <message>
        <source>%1 hosts alive</source>
        <translation>%1 Hosts aktiv</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
</context>
<context>
    <name>rz::TaskSession</name>
    <message>
        <source>No connection is configured.</source>
        <translation>Keine Verbindung eingerichtet.</translation>
    </message>
    <message>
        <source>Scan “%1” launched; following its progress.</source>
        <translation>Scan „%1“ gestartet; sein Fortschritt wird verfolgt.</translation>
    </message>
    <message>
        <source>Scan “%1” is running.</source>
        <translation>Scan „%1“ läuft.</translation>
    </message>
    <message>
        <source>Scan “%1” finished.</source>
        <translation>Scan „%1“ abgeschlossen.</translation>
    </message>
    <message>
        <source>Scan “%1” finished: %2.</source>
        <translation>Scan „%1“ abgeschlossen: %2.</translation>
    </message>
    <message>
        <source>Scan “%1” failed.</source>
        <translation>Scan „%1“ fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Scan “%1” failed: %2</source>
        <translation>Scan „%1“ fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Scan “%1” was stopped.</source>
        <translation>Scan „%1“ wurde gestoppt.</translation>
    </message>
    <message>
        <source>Scan “%1” is no longer known to the console; it is no longer followed.</source>
        <translation>Scan „%1“ ist der Konsole nicht mehr bekannt und wird nicht mehr verfolgt.</translation>
    </message>
    <message>
        <source>Could not check on scan “%1” (%2); trying again later.</source>
        <translation>Der Stand von Scan „%1“ konnte nicht abgefragt werden (%2); es wird später erneut versucht.</translation>
    </message>
</context>
<context>
    <name>rz::TasksPane</name>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Load the organization’s tasks again</source>
        <translation>Die Aufgaben der Organisation neu laden</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <source>Loading tasks…</source>
        <translation>Aufgaben werden geladen…</translation>
    </message>
    <message>
        <source>Tasks are loaded when an organization is chosen.</source>
        <translation>Aufgaben werden geladen, sobald eine Organisation gewählt ist.</translation>
    </message>
    <message>
        <source>This organization has no tasks.</source>
        <translation>Diese Organisation hat keine Aufgaben.</translation>
    </message>
    <message>
        <source>1 task</source>
        <translation>1 Aufgabe</translation>
    </message>
    <message>
        <source>%1 tasks, newest first</source>
        <translation>%1 Aufgaben, neueste zuerst</translation>
    </message>
    <message>
        <source>The tasks could not be loaded. %1</source>
        <translation>Die Aufgaben konnten nicht geladen werden. %1</translation>
    </message>
</context>
<context>
    <name>rz::TlsProblem</name>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine Angabe)</translation>
    </message>
    <message>
        <source>subject “%1”, issued by “%2”, valid from %3 until %4, SHA-256 fingerprint %5</source>
        <translation>Inhaber „%1“, ausgestellt von „%2“, gültig von %3 bis %4, SHA-256-Fingerabdruck %5</translation>
    </message>
    <message>
        <source>%1 (certificate: %2)</source>
        <comment>TLS errors (certificate details)</comment>
        <translation>%1 (Zertifikat: %2)</translation>
    </message>
</context>
<context>
    <name>rz::WholeNumber</name>
    <message>
        <source>must be at least %1</source>
        <translation>muss mindestens %1 sein</translation>
    </message>
    <message>
        <source>must be a whole number, like %1</source>
        <translation>muss eine ganze Zahl sein, z. B. %1</translation>
    </message>
    <message>
        <source>must be at most %1</source>
        <translation>darf höchstens %1 sein</translation>
    </message>
</context>
</TS>
