<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>DemoSavedSearches</name>
    <message>
        <source>Every broken promise at Atlas Airways</source>
        <translation>Jede gebrochene Zusage bei Atlas Airways</translation>
    </message>
    <message>
        <source>Promises still pending</source>
        <translation>Noch offene Zusagen</translation>
    </message>
    <message>
        <source>Calls where I asked for the reference number</source>
        <translation>Anrufe, in denen ich nach der Vorgangsnummer fragte</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Leverage</source>
        <translation>Leverage</translation>
    </message>
    <message>
        <source>Leverage archives (*%1);;All files (*)</source>
        <translation>Leverage-Archive (*%1);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Export Workspace Archive</source>
        <translation>Arbeitsbereich als Archiv exportieren</translation>
    </message>
    <message>
        <source>Import Workspace Archive</source>
        <translation>Arbeitsbereich-Archiv importieren</translation>
    </message>
    <message>
        <source>Import into a New Workspace</source>
        <translation>In einen neuen Arbeitsbereich importieren</translation>
    </message>
    <message>
        <source>Leverage workspaces (*.leverage)</source>
        <translation>Leverage-Arbeitsbereiche (*.leverage)</translation>
    </message>
    <message>
        <source>Archive Imported</source>
        <translation>Archiv importiert</translation>
    </message>
    <message>
        <source>The archive was imported into “%1”. Open it now? The workspace you have open now stays as it is.</source>
        <translation>Das Archiv wurde nach „%1“ importiert. Jetzt öffnen? Der geöffnete Arbeitsbereich bleibt, wie er ist.</translation>
    </message>
    <message>
        <source>%1 when: %2</source>
        <translation>%1 wenn: %2</translation>
    </message>
    <message>
        <source>+%1 when: %2</source>
        <translation>+%1 wenn: %2</translation>
    </message>
    <message>
        <source>hours:minutes:seconds</source>
        <translation>Stunden:Minuten:Sekunden</translation>
    </message>
    <message>
        <source>Sought and received per organization (%1)</source>
        <translation>Gefordert und erhalten je Organisation (%1)</translation>
    </message>
    <message>
        <source>Sought</source>
        <translation>Gefordert</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Erhalten</translation>
    </message>
    <message>
        <source>(no organization)</source>
        <translation>(keine Organisation)</translation>
    </message>
    <message>
        <source>%1 — %2 of %3 closed resolved</source>
        <translation>%1 – %2 von %3 abgeschlossenen gelöst</translation>
    </message>
    <message>
        <source>%1 — none closed</source>
        <translation>%1 – keiner abgeschlossen</translation>
    </message>
    <message>
        <source>Cases and money received per month</source>
        <translation>Fälle und erhaltenes Geld je Monat</translation>
    </message>
    <message>
        <source>Cases opened</source>
        <translation>Eröffnete Fälle</translation>
    </message>
    <message>
        <source>Cases closed</source>
        <translation>Abgeschlossene Fälle</translation>
    </message>
    <message>
        <source>Received (%1), right axis</source>
        <translation>Erhalten (%1), rechte Achse</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Fälle</translation>
    </message>
    <message>
        <source>%1
Received: %2 %3</source>
        <translation>%1
Erhalten: %2 %3</translation>
    </message>
    <message>
        <source>Promises kept and broken per contact (those who made one)</source>
        <translation>Gehaltene und gebrochene Zusagen je Kontakt (wer eine gemacht hat)</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Gehalten</translation>
    </message>
    <message>
        <source>Broken</source>
        <translation>Gebrochen</translation>
    </message>
    <message>
        <source>Promises</source>
        <translation>Zusagen</translation>
    </message>
    <message>
        <source>What each organization makes people go through</source>
        <translation>Was jede Organisation den Leuten zumutet</translation>
    </message>
    <message>
        <source>Hours on hold per case</source>
        <translation>Stunden in der Warteschleife je Fall</translation>
    </message>
    <message>
        <source>Hours on calls per case</source>
        <translation>Stunden am Telefon je Fall</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <source> h</source>
        <translation> Std.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1 — %2 contacts a case</source>
        <translation>%1 — %2 Kontakte je Fall</translation>
    </message>
    <message>
        <source>%1, effort %2 of 5</source>
        <translation>%1, Aufwand %2 von 5</translation>
    </message>
    <message>
        <source>The %1 cases that took the most contacts (of %2; all in the table)</source>
        <translation>Die %1 Fälle mit den meisten Kontakten (von %2; alle in der Tabelle)</translation>
    </message>
    <message>
        <source>Contacts each case took</source>
        <translation>Kontakte je Fall</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Anrufe</translation>
    </message>
    <message>
        <source>E-mails</source>
        <translation>E-Mails</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Briefe</translation>
    </message>
    <message>
        <source>Visits and chats</source>
        <translation>Besuche und Chats</translation>
    </message>
    <message>
        <source>%1 — %2 days, %3 min of calls</source>
        <translation>%1 — %2 Tage, %3 Min. Anrufe</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>%1: the %2 with the most cases (of %3; all in the table)</source>
        <translation>%1: die %2 mit den meisten Fällen (von %3; alle in der Tabelle)</translation>
    </message>
    <message>
        <source>%1: the %2 with the most promises (of %3; all in the table)</source>
        <translation>%1: die %2 mit den meisten Zusagen (von %3; alle in der Tabelle)</translation>
    </message>
    <message>
        <source>Promises kept and broken per contact: no one made a promise in these cases (the table has who took part)</source>
        <translation>Gehaltene und gebrochene Zusagen je Kontakt: in diesen Fällen hat niemand eine Zusage gemacht (die Tabelle zeigt, wer beteiligt war)</translation>
    </message>
</context>
<context>
    <name>SearchIndex</name>
    <message>
        <source>The search was replaced by a newer one.</source>
        <translation>Die Suche wurde durch eine neuere ersetzt.</translation>
    </message>
    <message>
        <source>Search is not ready: its index has not been built for this workspace yet. Open the workspace in Leverage to build it, or run leverage check FILE --repair.</source>
        <translation>Die Suche ist noch nicht bereit: Ihr Index wurde für diesen Arbeitsbereich noch nicht aufgebaut. Öffnen Sie den Arbeitsbereich in Leverage, um ihn aufzubauen, oder führen Sie leverage check DATEI --repair aus.</translation>
    </message>
</context>
<context>
    <name>SearchIndexBuild</name>
    <message>
        <source>Building the search index was cancelled.</source>
        <translation>Der Aufbau des Suchindex wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Search is not available on a team workspace yet.</source>
        <translation>Die Suche gibt es in einem Team-Arbeitsbereich noch nicht.</translation>
    </message>
</context>
<context>
    <name>leverage</name>
    <message>
        <source>Their name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Their position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Reference number</source>
        <translation>Vorgangsnummer</translation>
    </message>
    <message>
        <source>Supervisor&apos;s name</source>
        <translation>Name Vorgesetzte/r</translation>
    </message>
    <message>
        <source>Rationale of the policy</source>
        <translation>Begründung der Regelung</translation>
    </message>
    <message>
        <source>Alternatives asked for</source>
        <translation>Erfragte Alternativen</translation>
    </message>
    <message>
        <source>Callback time, if not in</source>
        <translation>Rückrufzeit, falls abwesend</translation>
    </message>
    <message>
        <source>Key points re-confirmed</source>
        <translation>Kernpunkte bestätigt</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Callback number: %1</source>
        <translation>Rückrufnummer: %1</translation>
    </message>
    <message>
        <source>Supervisor: %1</source>
        <translation>Vorgesetzte(r): %1</translation>
    </message>
    <message>
        <source>Supervisor: %1, direct line %2</source>
        <translation>Vorgesetzte(r): %1, Durchwahl %2</translation>
    </message>
    <message>
        <source>PROMISE: %1</source>
        <translation>ZUSAGE: %1</translation>
    </message>
    <message>
        <source>Clock: %1 — %2</source>
        <translation>Frist: %1 – %2</translation>
    </message>
    <message>
        <source>The contacts could not be written to &quot;%1&quot;: %2.</source>
        <translation>Die Kontakte konnten nicht nach „%1“ geschrieben werden: %2.</translation>
    </message>
    <message>
        <source>The card on line %1 could not be imported: %2 Nothing was imported.</source>
        <translation>Die Karte in Zeile %1 konnte nicht importiert werden: %2 Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>Can-do, go-to</source>
        <translation>Macher, erste Adresse</translation>
    </message>
    <message>
        <source>One-and-done</source>
        <translation>Einmal und nie wieder</translation>
    </message>
    <message>
        <source>Not enough history</source>
        <translation>Zu wenig Erfahrung</translation>
    </message>
    <message>
        <source>Helped more than once and was helpful on the whole: someone to go to first.</source>
        <translation>Hat mehr als einmal geholfen und war insgesamt hilfreich: die erste Adresse.</translation>
    </message>
    <message>
        <source>Helped once, then was unhelpful or did not answer: do not count on a second time.</source>
        <translation>Hat einmal geholfen, war dann nicht hilfreich oder hat nicht geantwortet: nicht auf ein zweites Mal zählen.</translation>
    </message>
    <message>
        <source>Too few rated contacts to tell whether this person helps.</source>
        <translation>Zu wenige bewertete Kontakte, um zu sagen, ob diese Person hilft.</translation>
    </message>
    <message>
        <source>not involved yet</source>
        <translation>noch nicht beteiligt</translation>
    </message>
    <message>
        <source>helped in %1 of %2 case</source>
        <translation>hat in %1 von %2 Fall geholfen</translation>
    </message>
    <message>
        <source>helped in %1 of %2 cases</source>
        <translation>hat in %1 von %2 Fällen geholfen</translation>
    </message>
    <message>
        <source>helped on %1, and routed it to someone who fixed it</source>
        <translation>hat bei %1 geholfen und an jemanden weitergeleitet, der es gelöst hat</translation>
    </message>
    <message>
        <source>helped on %1</source>
        <translation>hat bei %1 geholfen</translation>
    </message>
    <message>
        <source>did not help on %1</source>
        <translation>hat bei %1 nicht geholfen</translation>
    </message>
    <message>
        <source>not rated on %1</source>
        <translation>bei %1 nicht bewertet</translation>
    </message>
    <message>
        <source>%1 (1 card)</source>
        <translation>%1 (1 Karte)</translation>
    </message>
    <message>
        <source>%1 (%2 cards)</source>
        <translation>%1 (%2 Karten)</translation>
    </message>
    <message>
        <source>Seller</source>
        <translation>Verkäufer</translation>
    </message>
    <message>
        <source>Installer</source>
        <translation>Installateur</translation>
    </message>
    <message>
        <source>Insurer</source>
        <translation>Versicherer</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Regulator</source>
        <translation>Aufsichtsbehörde</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Anruf</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Brief</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Besuch</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Waiting on company</source>
        <translation>Wartet auf Unternehmen</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>Eskaliert</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Gelöst</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Gehalten</translation>
    </message>
    <message>
        <source>Broken</source>
        <translation>Gebrochen</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Zurückgezogen</translation>
    </message>
    <message>
        <source>Front-line service</source>
        <translation>Kundenservice</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Vorgesetzte(r)</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Leitung</translation>
    </message>
    <message>
        <source>Executive office</source>
        <translation>Geschäftsleitung</translation>
    </message>
    <message>
        <source>Executive&apos;s assistant</source>
        <translation>Assistenz der Geschäftsleitung</translation>
    </message>
    <message>
        <source>Partner or third-party company</source>
        <translation>Partner- oder Drittunternehmen</translation>
    </message>
    <message>
        <source>Ombudsman</source>
        <translation>Schlichtungsstelle</translation>
    </message>
    <message>
        <source>Consumer-protection agency</source>
        <translation>Verbraucherzentrale</translation>
    </message>
    <message>
        <source>Small-claims court</source>
        <translation>Amtsgericht</translation>
    </message>
    <message>
        <source>Lawyer</source>
        <translation>Anwalt</translation>
    </message>
    <message>
        <source>Public review</source>
        <translation>Öffentliche Bewertung</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Aktuell</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Easy</source>
        <translation>Leicht</translation>
    </message>
    <message>
        <source>Fairly easy</source>
        <translation>Recht leicht</translation>
    </message>
    <message>
        <source>Some effort</source>
        <translation>Etwas Aufwand</translation>
    </message>
    <message>
        <source>Difficult</source>
        <translation>Schwierig</translation>
    </message>
    <message>
        <source>Very difficult</source>
        <translation>Sehr schwierig</translation>
    </message>
    <message>
        <source>Unhelpful</source>
        <translation>Nicht hilfreich</translation>
    </message>
    <message>
        <source>Not very helpful</source>
        <translation>Wenig hilfreich</translation>
    </message>
    <message>
        <source>Somewhat helpful</source>
        <translation>Einigermaßen hilfreich</translation>
    </message>
    <message>
        <source>Helpful</source>
        <translation>Hilfreich</translation>
    </message>
    <message>
        <source>Very helpful, went out of their way</source>
        <translation>Sehr hilfreich, hat sich besonders bemüht</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>with %1</source>
        <translation>mit %1</translation>
    </message>
    <message>
        <source>cc %1</source>
        <translation>Kopie an %1</translation>
    </message>
    <message>
        <source>The whole case</source>
        <translation>Der ganze Fall</translation>
    </message>
    <message>
        <source>One day, %1</source>
        <translation>Ein Tag, %1</translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation>Vom %1 bis %2</translation>
    </message>
    <message>
        <source>the first entry</source>
        <translation>dem ersten Eintrag</translation>
    </message>
    <message>
        <source>the last entry</source>
        <translation>dem letzten Eintrag</translation>
    </message>
    <message>
        <source>Dated dossier</source>
        <translation>Datiertes Dossier</translation>
    </message>
    <message>
        <source>(referred by %1)</source>
        <translation>(vermittelt von %1)</translation>
    </message>
    <message>
        <source>Organizations involved</source>
        <translation>Beteiligte Organisationen</translation>
    </message>
    <message>
        <source>Account / order / reference</source>
        <translation>Konto / Bestellung / Vorgang</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Eröffnet</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Closed with</source>
        <translation>Abgeschlossen mit</translation>
    </message>
    <message>
        <source>Desired outcome</source>
        <translation>Gewünschtes Ergebnis</translation>
    </message>
    <message>
        <source>Amount sought</source>
        <translation>Geforderter Betrag</translation>
    </message>
    <message>
        <source>Amount recovered</source>
        <translation>Erhaltener Betrag</translation>
    </message>
    <message>
        <source>Period covered</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation>Erstellt von</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Times are printed in the time zone in which each contact was recorded. Broken promises are marked BROKEN and service failures SERVICE FAILURE.</source>
        <translation>Zeiten stehen in der Zeitzone, in der der jeweilige Kontakt erfasst wurde. Gebrochene Zusagen sind mit GEBROCHEN markiert, Servicemängel mit SERVICEMANGEL.</translation>
    </message>
    <message>
        <source>Entries the author marked private are not included: %1.</source>
        <translation>Einträge, die als privat markiert sind, sind nicht enthalten: %1.</translation>
    </message>
    <message>
        <source>page %1</source>
        <translation>Seite %1</translation>
    </message>
    <message>
        <source>Summary: what happened, in a few lines and in figures</source>
        <translation>Zusammenfassung: was geschah, in wenigen Zeilen und in Zahlen</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Escalation path: %1</source>
        <translation>Eskalationspfad: %1</translation>
    </message>
    <message>
        <source>level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>levels</source>
        <translation>Stufen</translation>
    </message>
    <message>
        <source>Escalation path</source>
        <translation>Eskalationspfad</translation>
    </message>
    <message>
        <source>Clocks: %1</source>
        <translation>Fristen: %1</translation>
    </message>
    <message>
        <source>rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>rules</source>
        <translation>Regeln</translation>
    </message>
    <message>
        <source>Letters sent: %1</source>
        <translation>Versandte Briefe: %1</translation>
    </message>
    <message>
        <source>letter</source>
        <translation>Brief</translation>
    </message>
    <message>
        <source>letters</source>
        <translation>Briefe</translation>
    </message>
    <message>
        <source>Timeline: %1</source>
        <translation>Zeitleiste: %1</translation>
    </message>
    <message>
        <source>entry</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>entries</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <source>, on %1</source>
        <translation>, am %1</translation>
    </message>
    <message>
        <source>, %1 to %2</source>
        <translation>, %1 bis %2</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>Commitments: none made in this period</source>
        <translation>Zusagen: keine in diesem Zeitraum</translation>
    </message>
    <message>
        <source>Commitments: %1 (%2 broken, %3 kept, %4 pending)</source>
        <translation>Zusagen: %1 (%2 gebrochen, %3 gehalten, %4 ausstehend)</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>Zusagen</translation>
    </message>
    <message>
        <source>Appendix: %1 contacted</source>
        <translation>Anhang: %1 kontaktiert</translation>
    </message>
    <message>
        <source>person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>people</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Appendix: people contacted</source>
        <translation>Anhang: kontaktierte Personen</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>BROKEN:</source>
        <translation>GEBROCHEN:</translation>
    </message>
    <message>
        <source>SERVICE FAILURE</source>
        <translation>SERVICEMANGEL</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was geschah</translation>
    </message>
    <message>
        <source>In figures</source>
        <translation>In Zahlen</translation>
    </message>
    <message>
        <source>%1 kept, %2 broken, %3 pending</source>
        <translation>%1 gehalten, %2 gebrochen, %3 ausstehend</translation>
    </message>
    <message>
        <source> (%1 overdue)</source>
        <translation> (%1 überfällig)</translation>
    </message>
    <message>
        <source>, %1 withdrawn</source>
        <translation>, %1 zurückgezogen</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>%1 (calls, e-mails, letters, chats and visits) with %2</source>
        <translation>%1 (Anrufe, E-Mails, Briefe, Chats und Besuche) mit %2</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>Time spent</source>
        <translation>Aufgewendete Zeit</translation>
    </message>
    <message>
        <source>Time on hold</source>
        <translation>Zeit in der Warteschleife</translation>
    </message>
    <message>
        <source>Service failures</source>
        <translation>Servicemängel</translation>
    </message>
    <message>
        <source>#</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Erreicht</translation>
    </message>
    <message>
        <source>done %1</source>
        <translation>erledigt %1</translation>
    </message>
    <message>
        <source>Target %1</source>
        <translation>Ziel %1</translation>
    </message>
    <message>
        <source>not reached</source>
        <translation>nicht erreicht</translation>
    </message>
    <message>
        <source>date not recorded</source>
        <translation>Datum nicht erfasst</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Datum und Uhrzeit</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Ref. no.</source>
        <translation>Vorgangsnr.</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notizen:</translation>
    </message>
    <message>
        <source>(private)</source>
        <translation>(privat)</translation>
    </message>
    <message>
        <source>SERVICE FAILURE:</source>
        <translation>SERVICEMANGEL:</translation>
    </message>
    <message>
        <source>hold %1</source>
        <translation>Warteschleife %1</translation>
    </message>
    <message>
        <source>BROKEN</source>
        <translation>GEBROCHEN</translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation>ÜBERFÄLLIG</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>seit %1</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>kein Datum</translation>
    </message>
    <message>
        <source>%1 will act</source>
        <translation>%1 handelt</translation>
    </message>
    <message>
        <source>What was promised</source>
        <translation>Was zugesagt wurde</translation>
    </message>
    <message>
        <source>By whom</source>
        <translation>Von wem</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Gemacht</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>entry %1</source>
        <translation>Eintrag %1</translation>
    </message>
    <message>
        <source>Name and position</source>
        <translation>Name und Position</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Reports to</source>
        <translation>Berichtet an</translation>
    </message>
    <message>
        <source>Direct line / e-mail</source>
        <translation>Durchwahl / E-Mail</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <source>not in the contacts</source>
        <translation>nicht in den Kontakten</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>jemand</translation>
    </message>
    <message>
        <source>Printed %1</source>
        <translation>Gedruckt %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>Dated dossier, %1</source>
        <translation>Datiertes Dossier, %1</translation>
    </message>
    <message>
        <source>The page is too small for a dossier. Choose a larger paper size or smaller margins.</source>
        <translation>Die Seite ist zu klein für ein Dossier. Wählen Sie ein größeres Papierformat oder kleinere Ränder.</translation>
    </message>
    <message>
        <source>The dossier could not be drawn on this printer or file. Check that it is available and try again.</source>
        <translation>Das Dossier konnte auf diesem Drucker oder in dieser Datei nicht ausgegeben werden. Prüfen Sie, ob er bzw. sie verfügbar ist, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The printer stopped accepting pages. Check it and print again.</source>
        <translation>Der Drucker nimmt keine Seiten mehr an. Prüfen Sie ihn und drucken Sie erneut.</translation>
    </message>
    <message>
        <source>The dossier could not be finished. Try again.</source>
        <translation>Das Dossier konnte nicht fertiggestellt werden. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Cover and contents</source>
        <translation>Deckblatt und Inhalt</translation>
    </message>
    <message>
        <source>The usual climb</source>
        <translation>Der übliche Aufstieg</translation>
    </message>
    <message>
        <source>An empty path</source>
        <translation>Ein leerer Pfad</translation>
    </message>
    <message>
        <source>Or an executive&apos;s assistant</source>
        <translation>Oder die Assistenz der Geschäftsleitung</translation>
    </message>
    <message>
        <source>Or the sector&apos;s ombudsman</source>
        <translation>Oder die Schlichtungsstelle der Branche</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail Leverage can read: it names no sender (no From: with an address). Nothing was imported.</source>
        <translation>„%1“ ist keine E-Mail, die Leverage lesen kann: Sie nennt keinen Absender (kein From: mit Adresse). Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Due now</source>
        <translation>Jetzt fällig</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Diese Woche</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Später</translation>
    </message>
    <message>
        <source>Settled</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>The letter cannot be saved as &quot;%1&quot;: %2. Choose another folder or file name.</source>
        <translation>Der Brief kann nicht als „%1“ gespeichert werden: %2. Wählen Sie einen anderen Ordner oder Dateinamen.</translation>
    </message>
    <message>
        <source>A letter is saved as .pdf, .odt or .eml; &quot;%1&quot; is none of these.</source>
        <translation>Ein Brief wird als .pdf, .odt oder .eml gespeichert; „%1“ ist nichts davon.</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Beschwerde</translation>
    </message>
    <message>
        <source>Escalation</source>
        <translation>Eskalation</translation>
    </message>
    <message>
        <source>Broken promise</source>
        <translation>Gebrochene Zusage</translation>
    </message>
    <message>
        <source>Request for a final response</source>
        <translation>Bitte um abschließende Antwort</translation>
    </message>
    <message>
        <source>Regulator / ombudsman complaint</source>
        <translation>Beschwerde bei Aufsicht / Schlichtungsstelle</translation>
    </message>
    <message>
        <source>Thank-you</source>
        <translation>Dankschreiben</translation>
    </message>
    <message>
        <source>Courteous</source>
        <translation>Höflich</translation>
    </message>
    <message>
        <source>Firm</source>
        <translation>Bestimmt</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>Letztmalig</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Versandt</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <source>Hand delivery</source>
        <translation>Persönliche Übergabe</translation>
    </message>
    <message>
        <source>The e-mail cannot be saved as &quot;%1&quot;: %2. Choose another folder or file name.</source>
        <translation>Die E-Mail kann nicht als „%1“ gespeichert werden: %2. Wählen Sie einen anderen Ordner oder Dateinamen.</translation>
    </message>
    <message>
        <source>The letter template “%1”, line %2: %3</source>
        <translation>Die Briefvorlage „%1“, Zeile %2: %3</translation>
    </message>
    <message>
        <source>Resolved with money</source>
        <translation>Gelöst mit Geld</translation>
    </message>
    <message>
        <source>Resolved with a credit or voucher</source>
        <translation>Gelöst mit Gutschrift oder Gutschein</translation>
    </message>
    <message>
        <source>Resolved with a fix or replacement</source>
        <translation>Gelöst mit Reparatur oder Ersatz</translation>
    </message>
    <message>
        <source>Resolved with a fee waived</source>
        <translation>Gelöst mit erlassener Gebühr</translation>
    </message>
    <message>
        <source>Closed with an explanation only</source>
        <translation>Abgeschlossen nur mit Erklärung</translation>
    </message>
    <message>
        <source>No response</source>
        <translation>Keine Antwort</translation>
    </message>
    <message>
        <source>Still open</source>
        <translation>Noch offen</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Erstattung</translation>
    </message>
    <message>
        <source>Voucher</source>
        <translation>Gutschein</translation>
    </message>
    <message>
        <source>Waived fee</source>
        <translation>Erlassene Gebühr</translation>
    </message>
    <message>
        <source>Goodwill credit</source>
        <translation>Kulanzgutschrift</translation>
    </message>
    <message>
        <source>An attachment needs a case and stored content.</source>
        <translation>Ein Anhang braucht einen Fall und gespeicherten Inhalt.</translation>
    </message>
    <message>
        <source>Stopped; nothing was added.</source>
        <translation>Abgebrochen; es wurde nichts hinzugefügt.</translation>
    </message>
    <message>
        <source>The call&apos;s draft no longer exists.</source>
        <translation>Der Entwurf des Anrufs existiert nicht mehr.</translation>
    </message>
    <message>
        <source>The call could not be saved in the background; the log has the details.</source>
        <translation>Der Anruf konnte im Hintergrund nicht gespeichert werden; Einzelheiten stehen im Protokoll.</translation>
    </message>
    <message>
        <source>That case no longer exists.</source>
        <translation>Dieser Fall existiert nicht mehr.</translation>
    </message>
    <message>
        <source>A case needs a title.</source>
        <translation>Ein Fall braucht einen Titel.</translation>
    </message>
    <message>
        <source>Amounts cannot be negative.</source>
        <translation>Beträge können nicht negativ sein.</translation>
    </message>
    <message>
        <source>A clock rule needs an id.</source>
        <translation>Eine Fristregel braucht eine Kennung.</translation>
    </message>
    <message>
        <source>A clock&apos;s event needs a case, what happened and a date.</source>
        <translation>Ein Fristereignis braucht einen Fall, was geschah und ein Datum.</translation>
    </message>
    <message>
        <source>A contact needs a name.</source>
        <translation>Ein Kontakt braucht einen Namen.</translation>
    </message>
    <message>
        <source>A person cannot report to someone who reports to them. Choose another supervisor.</source>
        <translation>Eine Person kann nicht an jemanden berichten, der an sie berichtet. Wählen Sie eine andere vorgesetzte Person.</translation>
    </message>
    <message>
        <source>That item no longer exists.</source>
        <translation>Dieses Element existiert nicht mehr.</translation>
    </message>
    <message>
        <source>The item could not be saved.</source>
        <translation>Das Element konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>The item was changed or removed elsewhere; reload it and make the change again.</source>
        <translation>Das Element wurde anderswo geändert oder entfernt; laden Sie es neu und nehmen Sie die Änderung erneut vor.</translation>
    </message>
    <message>
        <source>An organization needs a name.</source>
        <translation>Eine Organisation braucht einen Namen.</translation>
    </message>
    <message>
        <source>Each amount received needs a positive amount and a three-letter currency code (USD, EUR, GBP …).</source>
        <translation>Jede erhaltene Zahlung braucht einen positiven Betrag und einen dreibuchstabigen Währungscode (EUR, USD, GBP …).</translation>
    </message>
    <message>
        <source>The change could not be undone.</source>
        <translation>Die Änderung konnte nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Something the change refers to was removed since; it cannot be undone.</source>
        <translation>Etwas, auf das sich die Änderung bezieht, wurde inzwischen entfernt; sie kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Timeline entry %1</source>
        <translation>Zeitleisteneintrag %1</translation>
    </message>
    <message>
        <source>Commitment %1</source>
        <translation>Zusage %1</translation>
    </message>
    <message>
        <source>Attachment %1</source>
        <translation>Anhang %1</translation>
    </message>
    <message>
        <source>The workspace could not be opened; the log has the details.</source>
        <translation>Der Arbeitsbereich konnte nicht geöffnet werden; Einzelheiten stehen im Protokoll.</translation>
    </message>
    <message>
        <source>The workspace is busy: another program is writing to it. Try again in a moment.</source>
        <translation>Der Arbeitsbereich ist belegt: Ein anderes Programm schreibt gerade hinein. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The disk is full, so the change was not saved. Free some space and try again.</source>
        <translation>Der Datenträger ist voll, die Änderung wurde nicht gespeichert. Schaffen Sie Platz und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The workspace file is read-only, so the change was not saved.</source>
        <translation>Die Arbeitsbereichsdatei ist schreibgeschützt, die Änderung wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>Your role on the team workspace does not allow this change, so it was not saved. Ask a supervisor.</source>
        <translation>Ihre Rolle im Team-Arbeitsbereich erlaubt diese Änderung nicht, sie wurde nicht gespeichert. Fragen Sie eine Leitung.</translation>
    </message>
    <message>
        <source>A colleague is changing the same item right now. Try again in a moment.</source>
        <translation>Eine Kollegin oder ein Kollege ändert gerade dasselbe Element. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The connection to the team workspace&apos;s server was lost, so the change was not saved. Check the network and open the workspace again.</source>
        <translation>Die Verbindung zum Server des Team-Arbeitsbereichs ist abgebrochen, die Änderung wurde nicht gespeichert. Prüfen Sie das Netzwerk und öffnen Sie den Arbeitsbereich erneut.</translation>
    </message>
    <message>
        <source>The workspace file is damaged. Restore it from a backup; the log has the details.</source>
        <translation>Die Arbeitsbereichsdatei ist beschädigt. Stellen Sie sie aus einer Sicherung wieder her; Einzelheiten stehen im Protokoll.</translation>
    </message>
    <message>
        <source>The workspace could not be read or written. Nothing was changed; the log has the details.</source>
        <translation>Der Arbeitsbereich konnte nicht gelesen oder geschrieben werden. Es wurde nichts geändert; Einzelheiten stehen im Protokoll.</translation>
    </message>
    <message>
        <source>Roles and private cases are for team workspaces on a server.</source>
        <translation>Rollen und private Fälle gibt es nur für Team-Arbeitsbereiche auf einem Server.</translation>
    </message>
    <message>
        <source>The roles could not be set up: run this as the owner of the workspace&apos;s tables, with the right to create roles. Nothing was changed; the log has the details.</source>
        <translation>Die Rollen konnten nicht eingerichtet werden: Führen Sie dies als Eigentümer der Tabellen des Arbeitsbereichs aus, mit dem Recht, Rollen anzulegen. Es wurde nichts geändert; Einzelheiten stehen im Protokoll.</translation>
    </message>
    <message>
        <source>An entry needs a case and a date.</source>
        <translation>Ein Eintrag braucht einen Fall und ein Datum.</translation>
    </message>
    <message>
        <source>Time on hold cannot be negative or longer than the call.</source>
        <translation>Die Wartezeit kann nicht negativ oder länger als der Anruf sein.</translation>
    </message>
    <message>
        <source>The backup could not be written: %1. The workspace itself is unchanged.</source>
        <translation>Die Sicherung konnte nicht geschrieben werden: %1. Der Arbeitsbereich selbst ist unverändert.</translation>
    </message>
    <message>
        <source>%1 already exists. A backup is restored into a new file: choose a name that is not taken.</source>
        <translation>%1 existiert bereits. Eine Sicherung wird in eine neue Datei wiederhergestellt: Wählen Sie einen freien Namen.</translation>
    </message>
    <message>
        <source>The backup %1 cannot be read; choose another one.</source>
        <translation>Die Sicherung %1 kann nicht gelesen werden; wählen Sie eine andere.</translation>
    </message>
    <message>
        <source>Leverage could not create &quot;%1&quot;: %2.</source>
        <translation>Leverage konnte „%1“ nicht anlegen: %2.</translation>
    </message>
    <message>
        <source>No case chosen yet</source>
        <translation>Noch kein Fall gewählt</translation>
    </message>
    <message>
        <source>Case no longer exists</source>
        <translation>Fall existiert nicht mehr</translation>
    </message>
    <message>
        <source>The case could not be read</source>
        <translation>Der Fall konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>state/province</source>
        <translation>Bundesland/Provinz</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Done %1</source>
        <translation>Erledigt %1</translation>
    </message>
    <message>
        <source>No one named yet</source>
        <translation>Noch niemand genannt</translation>
    </message>
    <message>
        <source>reached %1</source>
        <translation>erreicht %1</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>von %1</translation>
    </message>
    <message>
        <source>File call</source>
        <translation>Anruf ablegen</translation>
    </message>
    <message>
        <source>Set the case&apos;s jurisdiction</source>
        <translation>Zuständigkeit des Falls festlegen</translation>
    </message>
    <message>
        <source>Add a clock event</source>
        <translation>Fristereignis hinzufügen</translation>
    </message>
    <message>
        <source>Edit a clock event</source>
        <translation>Fristereignis bearbeiten</translation>
    </message>
    <message>
        <source>Remove a clock event</source>
        <translation>Fristereignis entfernen</translation>
    </message>
    <message>
        <source>Could not read %1</source>
        <translation>%1 konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>(%1) — %2</source>
        <translation>(%1) – %2</translation>
    </message>
    <message>
        <source>Import Contacts</source>
        <translation>Kontakte importieren</translation>
    </message>
    <message>
        <source>Bookmark %1 as a gateway</source>
        <translation>%1 als Türöffner merken</translation>
    </message>
    <message>
        <source>Remove %1 from the gateways</source>
        <translation>%1 aus den Türöffnern entfernen</translation>
    </message>
    <message>
        <source>Edit escalation step</source>
        <translation>Eskalationsschritt bearbeiten</translation>
    </message>
    <message>
        <source>Mark step as current</source>
        <translation>Schritt als aktuell markieren</translation>
    </message>
    <message>
        <source>Add escalation step</source>
        <translation>Eskalationsschritt hinzufügen</translation>
    </message>
    <message>
        <source>Start path from %1</source>
        <translation>Pfad bei %1 beginnen</translation>
    </message>
    <message>
        <source>Escalate</source>
        <translation>Eskalieren</translation>
    </message>
    <message>
        <source>Move escalation step</source>
        <translation>Eskalationsschritt verschieben</translation>
    </message>
    <message>
        <source>Remove escalation step</source>
        <translation>Eskalationsschritt entfernen</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation>Vereinigtes Königreich</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>Vereinigte Staaten</translation>
    </message>
    <message>
        <source>Canada</source>
        <translation>Kanada</translation>
    </message>
    <message>
        <source>Australia</source>
        <translation>Australien</translation>
    </message>
    <message>
        <source>Ireland</source>
        <translation>Irland</translation>
    </message>
    <message>
        <source>Germany</source>
        <translation>Deutschland</translation>
    </message>
    <message>
        <source>France</source>
        <translation>Frankreich</translation>
    </message>
    <message>
        <source>Spain</source>
        <translation>Spanien</translation>
    </message>
    <message>
        <source>Italy</source>
        <translation>Italien</translation>
    </message>
    <message>
        <source>Netherlands</source>
        <translation>Niederlande</translation>
    </message>
    <message>
        <source>Belgium</source>
        <translation>Belgien</translation>
    </message>
    <message>
        <source>Exhibit</source>
        <translation>Beweisstück</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>File and SHA-256</source>
        <translation>Datei und SHA-256</translation>
    </message>
    <message>
        <source>1 contact</source>
        <translation>1 Kontakt</translation>
    </message>
    <message>
        <source>%1 contacts</source>
        <translation>%1 Kontakte</translation>
    </message>
    <message>
        <source>1 timeline entry</source>
        <translation>1 Zeitleisteneintrag</translation>
    </message>
    <message>
        <source>%1 timeline entries</source>
        <translation>%1 Zeitleisteneinträge</translation>
    </message>
    <message>
        <source>1 commitment</source>
        <translation>1 Zusage</translation>
    </message>
    <message>
        <source>%1 commitments</source>
        <translation>%1 Zusagen</translation>
    </message>
    <message>
        <source>1 follow-up</source>
        <translation>1 Nachfass-Termin</translation>
    </message>
    <message>
        <source>%1 follow-ups</source>
        <translation>%1 Nachfass-Termine</translation>
    </message>
    <message>
        <source>1 escalation step</source>
        <translation>1 Eskalationsschritt</translation>
    </message>
    <message>
        <source>%1 escalation steps</source>
        <translation>%1 Eskalationsschritte</translation>
    </message>
    <message>
        <source>Leverage could not open &quot;%1&quot;. The log has the details.</source>
        <translation>Leverage konnte „%1“ nicht öffnen. Einzelheiten stehen im Protokoll.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was saved by an earlier version of Leverage. Open it once in Leverage&apos;s window to bring it up to date, then try again.</source>
        <translation>„%1“ wurde von einer älteren Version von Leverage gespeichert. Öffnen Sie es einmal im Fenster von Leverage, um es zu aktualisieren, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is damaged or is not a Leverage workspace. It was left as it is.</source>
        <translation>„%1“ ist beschädigt oder kein Leverage-Arbeitsbereich. Die Datei blieb, wie sie ist.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a database of another program, not a Leverage workspace. It was left as it is.</source>
        <translation>„%1“ ist eine Datenbank eines anderen Programms, kein Leverage-Arbeitsbereich. Die Datei blieb, wie sie ist.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was saved by a newer version of Leverage. Update Leverage to open it; the file was left as it is.</source>
        <translation>„%1“ wurde von einer neueren Version von Leverage gespeichert. Aktualisieren Sie Leverage, um es zu öffnen; die Datei blieb, wie sie ist.</translation>
    </message>
    <message>
        <source>The workspace&apos;s tables link to each other in a circle, so they cannot be copied one after the other.</source>
        <translation>Die Tabellen des Arbeitsbereichs verweisen im Kreis aufeinander und können daher nicht nacheinander kopiert werden.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is in a read-only folder, so Leverage cannot save changes to it. Copy it to a folder you can write to, or change the folder&apos;s permissions, then open it again.</source>
        <translation>„%1“ liegt in einem schreibgeschützten Ordner, daher kann Leverage keine Änderungen speichern. Kopieren Sie die Datei in einen beschreibbaren Ordner oder ändern Sie die Rechte des Ordners und öffnen Sie sie dann erneut.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a link to a file that no longer exists. Open the file itself.</source>
        <translation>„%1“ ist ein Verweis auf eine Datei, die es nicht mehr gibt. Öffnen Sie die Datei selbst.</translation>
    </message>
    <message>
        <source>The folder for &quot;%1&quot; does not exist. Choose another place.</source>
        <translation>Der Ordner für „%1“ existiert nicht. Wählen Sie einen anderen Ort.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a folder, not a Leverage workspace. Choose a .leverage file.</source>
        <translation>„%1“ ist ein Ordner, kein Leverage-Arbeitsbereich. Wählen Sie eine .leverage-Datei.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has more than one name on this disk (a hard link). Changes saved through one name could be lost when it is opened through another, so Leverage left it as it is. Copy it to a file of its own and open the copy.</source>
        <translation>„%1“ hat auf diesem Datenträger mehr als einen Namen (ein harter Link). Unter einem Namen gespeicherte Änderungen könnten verloren gehen, wenn die Datei unter einem anderen geöffnet wird; daher ließ Leverage sie, wie sie ist. Kopieren Sie sie in eine eigene Datei und öffnen Sie die Kopie.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is empty (0 bytes): it may be a failed copy or a sync placeholder; Leverage left it as it is.</source>
        <translation>„%1“ ist leer (0 Byte): vielleicht eine fehlgeschlagene Kopie oder ein Platzhalter einer Synchronisierung; Leverage ließ die Datei, wie sie ist.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Leverage workspace. It was left as it is; choose a .leverage file or create a new workspace.</source>
        <translation>„%1“ ist kein Leverage-Arbeitsbereich. Die Datei blieb, wie sie ist; wählen Sie eine .leverage-Datei oder legen Sie einen neuen Arbeitsbereich an.</translation>
    </message>
    <message>
        <source>There is no workspace at &quot;%1&quot;.</source>
        <translation>Unter „%1“ gibt es keinen Arbeitsbereich.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is read-only, so Leverage cannot save changes to it. Copy it to a folder you can write to, or change its permissions, then open it again.</source>
        <translation>„%1“ ist schreibgeschützt, daher kann Leverage keine Änderungen speichern. Kopieren Sie die Datei in einen beschreibbaren Ordner oder ändern Sie ihre Rechte und öffnen Sie sie dann erneut.</translation>
    </message>
    <message>
        <source>Leverage cannot create &quot;%1&quot; there: the folder is not writable.</source>
        <translation>Leverage kann „%1“ dort nicht anlegen: Der Ordner ist nicht beschreibbar.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already open in another Leverage window. Switch to that window, or close it and try again.</source>
        <translation>„%1“ ist bereits in einem anderen Leverage-Fenster geöffnet. Wechseln Sie zu diesem Fenster oder schließen Sie es und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Leverage could not open &quot;%1&quot;: it could not be marked as in use. The log has the details.</source>
        <translation>Leverage konnte „%1“ nicht öffnen: Die Datei konnte nicht als belegt markiert werden. Einzelheiten stehen im Protokoll.</translation>
    </message>
    <message>
        <source>Exhibit %1 could not be read from the workspace: %2</source>
        <translation>Anlage %1 konnte nicht aus dem Arbeitsbereich gelesen werden: %2</translation>
    </message>
    <message>
        <source>Exhibit %1: %2</source>
        <translation>Anlage %1: %2</translation>
    </message>
    <message>
        <source>once</source>
        <translation>einmal</translation>
    </message>
    <message>
        <source>%1 times</source>
        <translation>%1-mal</translation>
    </message>
    <message>
        <source>Edited after it was recorded (%1), last on %2; every earlier version is sealed in the record.</source>
        <translation>Nach der Erfassung bearbeitet (%1), zuletzt am %2; jede frühere Fassung ist im Protokoll versiegelt.</translation>
    </message>
    <message>
        <source>The server did not let you change who may see this case: assigning advocates is for supervisors. Nothing was changed.</source>
        <translation>Der Server hat nicht erlaubt zu ändern, wer diesen Fall sehen darf: Betreuer zuzuweisen ist Sache der Aufsicht. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Vorgangsnr.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Duration (seconds)</source>
        <translation>Dauer (Sekunden)</translation>
    </message>
    <message>
        <source>On hold (seconds)</source>
        <translation>In der Warteschleife (Sekunden)</translation>
    </message>
    <message>
        <source>Effort</source>
        <translation>Aufwand</translation>
    </message>
    <message>
        <source>Helpfulness</source>
        <translation>Hilfsbereitschaft</translation>
    </message>
    <message>
        <source>Service failure</source>
        <translation>Serviceversagen</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Privat</translation>
    </message>
    <message>
        <source>who acts</source>
        <translation>wer handelt</translation>
    </message>
    <message>
        <source>links</source>
        <translation>Verknüpfungen</translation>
    </message>
    <message>
        <source>The workspace copied into is not empty, so nothing was copied. Copy into a new, empty database or file.</source>
        <translation>Der Ziel-Arbeitsbereich ist nicht leer, daher wurde nichts kopiert. Kopieren Sie in eine neue, leere Datenbank oder Datei.</translation>
    </message>
    <message>
        <source>The time-stamp could not be kept.</source>
        <translation>Der Zeitstempel konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>The time-stamp token is damaged: it cannot be read as an RFC 3161 token.</source>
        <translation>Das Zeitstempel-Token ist beschädigt: Es lässt sich nicht als RFC-3161-Token lesen.</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>ohne Angabe von Gründen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a Leverage workspace or a file kept beside one: saving there would destroy the cases in it. Nothing was saved; choose another file name.</source>
        <translation>„%1“ ist ein Leverage-Arbeitsbereich oder eine Datei, die neben einem liegt: Dort zu speichern, würde die Fälle darin zerstören. Es wurde nichts gespeichert; wählen Sie einen anderen Dateinamen.</translation>
    </message>
</context>
<context>
    <name>leverage::BlobStore</name>
    <message>
        <source>The file could not be stored.</source>
        <translation>Die Datei konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>The file could not be read; nothing was added. Check that it is still there.</source>
        <translation>Die Datei konnte nicht gelesen werden; es wurde nichts hinzugefügt. Prüfen Sie, ob sie noch vorhanden ist.</translation>
    </message>
    <message>
        <source>The file&apos;s content is not in the workspace.</source>
        <translation>Der Inhalt der Datei ist nicht im Arbeitsbereich.</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Part of the file is missing from the workspace.</source>
        <translation>Ein Teil der Datei fehlt im Arbeitsbereich.</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>Die Datei konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>The file is too large to show here.</source>
        <translation>Die Datei ist zu groß, um sie hier anzuzeigen.</translation>
    </message>
</context>
<context>
    <name>leverage::BusinessCalendar</name>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>In 3 business days</source>
        <translation>In 3 Werktagen</translation>
    </message>
    <message>
        <source>In 5 business days</source>
        <translation>In 5 Werktagen</translation>
    </message>
    <message>
        <source>In 10 business days</source>
        <translation>In 10 Werktagen</translation>
    </message>
</context>
<context>
    <name>leverage::CallSession</name>
    <message>
        <source>This call has no draft to save to.</source>
        <translation>Dieser Anruf hat keinen Entwurf, in den gespeichert werden kann.</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Vorgesetzte(r)</translation>
    </message>
    <message>
        <source>Choose the case this call belongs to, then file it.</source>
        <translation>Wählen Sie den Fall, zu dem dieser Anruf gehört, und legen Sie ihn dann ab.</translation>
    </message>
    <message>
        <source>The call has no start time.</source>
        <translation>Der Anruf hat keine Anfangszeit.</translation>
    </message>
</context>
<context>
    <name>leverage::Collector</name>
    <message>
        <source>---------- Forwarded message ----------</source>
        <translation>---------- Weitergeleitete Nachricht ----------</translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation>Von: %1</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Datum: %1</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Betreff: %1</translation>
    </message>
    <message>
        <source>part-%1</source>
        <translation>teil-%1</translation>
    </message>
</context>
<context>
    <name>leverage::ContactCardBuilder</name>
    <message>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>vCard version &quot;%1&quot; is not supported (2.1, 3.0 and 4.0 are).</source>
        <translation>vCard-Version „%1“ wird nicht unterstützt (2.1, 3.0 und 4.0 schon).</translation>
    </message>
    <message>
        <source>the card that begins on this line has no name (FN or N).</source>
        <translation>die Karte, die in dieser Zeile beginnt, hat keinen Namen (FN oder N).</translation>
    </message>
</context>
<context>
    <name>leverage::DossierAssembler</name>
    <message>
        <source>There is no case %1 in this workspace.</source>
        <translation>In diesem Arbeitsbereich gibt es keinen Fall %1.</translation>
    </message>
</context>
<context>
    <name>leverage::DossierClocks</name>
    <message>
        <source>Clocks</source>
        <translation>Fristen</translation>
    </message>
    <message>
        <source>%1. %2 (%3)</source>
        <translation>%1. %2 (%3)</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Counted from</source>
        <translation>Gezählt ab</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Then</source>
        <translation>Danach</translation>
    </message>
    <message>
        <source>Legal basis and source</source>
        <translation>Rechtsgrundlage und Quelle</translation>
    </message>
</context>
<context>
    <name>leverage::DossierContent</name>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Escalation path</source>
        <translation>Eskalationspfad</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>Zusagen</translation>
    </message>
    <message>
        <source>Appendix: people contacted</source>
        <translation>Anhang: kontaktierte Personen</translation>
    </message>
</context>
<context>
    <name>leverage::DossierExhibits</name>
    <message>
        <source>Exhibits and the record&apos;s seal</source>
        <translation>Beweisstücke und Siegel der Akte</translation>
    </message>
    <message>
        <source>Each exhibit is a file kept in the workspace. Its SHA-256 identifies the exact file: a copy with the same SHA-256 is the same file.</source>
        <translation>Jedes Beweisstück ist eine im Arbeitsbereich aufbewahrte Datei. Ihr SHA-256 bezeichnet genau diese Datei: Eine Kopie mit demselben SHA-256 ist dieselbe Datei.</translation>
    </message>
    <message>
        <source>Exhibit %1</source>
        <translation>Beweisstück %1</translation>
    </message>
    <message>
        <source>The record is sealed: every entry, promise and file was sealed into a hash chain when it was written (%1). The chain&apos;s head is</source>
        <translation>Die Akte ist versiegelt: Jeder Eintrag, jede Zusage und jede Datei wurde beim Schreiben in eine Hash-Kette eingesiegelt (%1). Das Ende der Kette ist</translation>
    </message>
    <message>
        <source>seal</source>
        <translation>Siegel</translation>
    </message>
    <message>
        <source>seals</source>
        <translation>Siegel</translation>
    </message>
    <message>
        <source>`leverage verify` recomputes the chain from the workspace file and names any row changed since.</source>
        <translation>`leverage verify` berechnet die Kette aus der Arbeitsbereichsdatei neu und nennt jede seither geänderte Zeile.</translation>
    </message>
    <message>
        <source>See Exhibit %1</source>
        <translation>Siehe Anlage %1</translation>
    </message>
    <message>
        <source>See Exhibits %1 and %2</source>
        <translation>Siehe Anlagen %1 und %2</translation>
    </message>
    <message>
        <source>Exhibit %1: %2</source>
        <translation>Anlage %1: %2</translation>
    </message>
    <message>
        <source>Exhibit %1: %2, page %3 of %4</source>
        <translation>Anlage %1: %2, Seite %3 von %4</translation>
    </message>
    <message>
        <source>Copies of the exhibits follow on the last pages, each page headed with its exhibit&apos;s number. Images and PDFs are printed; other files are kept in the workspace only:</source>
        <translation>Kopien der Anlagen folgen auf den letzten Seiten, jede Seite mit der Nummer ihrer Anlage überschrieben. Bilder und PDFs werden gedruckt; andere Dateien liegen nur im Arbeitsbereich:</translation>
    </message>
    <message>
        <source>Exhibit %1: %2, %3, %4</source>
        <translation>Anlage %1: %2, %3, %4</translation>
    </message>
    <message>
        <source>SHA-256 %1</source>
        <translation>SHA-256 %1</translation>
    </message>
    <message>
        <source>(Every exhibit is printed.)</source>
        <translation>(Jede Anlage wird gedruckt.)</translation>
    </message>
    <message>
        <source>Time-stamped by an RFC 3161 time-stamp authority</source>
        <translation>Mit dem Zeitstempel einer RFC-3161-Zeitstempelstelle versehen</translation>
    </message>
    <message>
        <source>Authority: %1</source>
        <translation>Zeitstempelstelle: %1</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>Adresse: %1</translation>
    </message>
    <message>
        <source>Time: %1 (%2 UTC)</source>
        <translation>Zeit: %1 (%2 UTC)</translation>
    </message>
    <message>
        <source>Serial: %1</source>
        <translation>Seriennummer: %1</translation>
    </message>
    <message>
        <source>It covers the chain&apos;s head at seal %1:</source>
        <translation>Er gilt dem Ende der Kette bei Siegel %1:</translation>
    </message>
    <message>
        <source>The token does NOT verify: %1</source>
        <translation>Das Token ist NICHT gültig: %1</translation>
    </message>
    <message>
        <source>The token verifies, but the record no longer leads to this head: it was rewritten outside Leverage after the stamp.</source>
        <translation>Das Token ist gültig, aber die Akte führt nicht mehr zu diesem Ende der Kette: Sie wurde nach dem Zeitstempel außerhalb von Leverage neu geschrieben.</translation>
    </message>
    <message>
        <source>The token verifies (checked as this dossier was printed). It covers the record up to that seal; %1 written since are not covered.</source>
        <translation>Das Token ist gültig (geprüft beim Drucken dieses Dossiers). Es gilt der Akte bis zu diesem Siegel; %1, seither geschrieben, sind nicht abgedeckt.</translation>
    </message>
    <message>
        <source>The token verifies (checked as this dossier was printed), and the chain&apos;s head is still this one: nothing was written since.</source>
        <translation>Das Token ist gültig (geprüft beim Drucken dieses Dossiers), und die Kette endet noch hier: Seither wurde nichts geschrieben.</translation>
    </message>
</context>
<context>
    <name>leverage::DossierLetters</name>
    <message>
        <source>Letters sent</source>
        <translation>Versandte Briefe</translation>
    </message>
    <message>
        <source>Letter %1 sent (see %2): %3</source>
        <translation>Brief %1 versandt (siehe %2): %3</translation>
    </message>
    <message>
        <source>#</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Versandt</translation>
    </message>
    <message>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Brief</translation>
    </message>
    <message>
        <source>How, reference</source>
        <translation>Wie, Vorgangsnr.</translation>
    </message>
    <message>
        <source>Answer by</source>
        <translation>Antwort bis</translation>
    </message>
    <message>
        <source>entry %1</source>
        <translation>Eintrag %1</translation>
    </message>
    <message>
        <source>(no addressee)</source>
        <translation>(kein Empfänger)</translation>
    </message>
</context>
<context>
    <name>leverage::DossierNarrative</name>
    <message>
        <source>Opened %1 with %2</source>
        <translation>Eröffnet am %1 mit %2</translation>
    </message>
    <message>
        <source> (reference %1)</source>
        <translation> (Vorgangsnr. %1)</translation>
    </message>
    <message>
        <source>, asking for: %1</source>
        <translation>, mit der Forderung: %1</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>am %1</translation>
    </message>
    <message>
        <source>between %1 and %2</source>
        <translation>zwischen %1 und %2</translation>
    </message>
    <message>
        <source>%1 with %2 %3: %4 spent, %5 of it on hold.</source>
        <translation>%1 mit %2 %3: %4 aufgewendet, davon %5 in der Warteschleife.</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>people</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>BROKEN: on %1 %2 promised to &quot;%3&quot;.</source>
        <translation>GEBROCHEN: Am %1 hat %2 zugesagt: „%3“.</translation>
    </message>
    <message>
        <source>More broken promises are listed under Commitments: %1.</source>
        <translation>Weitere gebrochene Zusagen stehen unter Zusagen: %1.</translation>
    </message>
    <message>
        <source>SERVICE FAILURE on %1 (entry %2), %3: %4</source>
        <translation>SERVICEMANGEL am %1 (Eintrag %2), %3: %4</translation>
    </message>
    <message>
        <source>More service failures are marked in the timeline: %1.</source>
        <translation>Weitere Servicemängel sind in der Zeitleiste markiert: %1.</translation>
    </message>
    <message>
        <source>Highest level reached: %1</source>
        <translation>Höchste erreichte Stufe: %1</translation>
    </message>
    <message>
        <source>, on %1</source>
        <translation>, am %1</translation>
    </message>
    <message>
        <source>Status: %1.</source>
        <translation>Status: %1.</translation>
    </message>
    <message>
        <source> Outcome: %1.</source>
        <translation> Ergebnis: %1.</translation>
    </message>
    <message>
        <source> Closed with: %1.</source>
        <translation> Abgeschlossen mit: %1.</translation>
    </message>
    <message>
        <source> Recovered %1 of %2 sought.</source>
        <translation> %1 von %2 geforderten erhalten.</translation>
    </message>
</context>
<context>
    <name>leverage::DossierRenderer</name>
    <message>
        <source>The dossier was not finished: printing was cancelled.</source>
        <translation>Das Dossier wurde nicht fertiggestellt: Der Druck wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The dossier cannot be saved in &quot;%1&quot;: that folder does not exist. Choose another folder.</source>
        <translation>Das Dossier kann nicht in „%1“ gespeichert werden: Dieser Ordner existiert nicht. Wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <source>The dossier cannot be saved as &quot;%1&quot;: %2. Choose another folder or file name.</source>
        <translation>Das Dossier kann nicht als „%1“ gespeichert werden: %2. Wählen Sie einen anderen Ordner oder Dateinamen.</translation>
    </message>
    <message>
        <source>The dossier could not be saved as &quot;%1&quot;: %2. Nothing was written there; check the free space and try again.</source>
        <translation>Das Dossier konnte nicht als „%1“ gespeichert werden: %2. Dort wurde nichts geschrieben; prüfen Sie den freien Platz und versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>leverage::DueText</name>
    <message>
        <source>within %1 day</source>
        <translation>innerhalb von %1 Tag</translation>
    </message>
    <message>
        <source>within %1 days</source>
        <translation>innerhalb von %1 Tagen</translation>
    </message>
    <message>
        <source>within %1 hour</source>
        <translation>innerhalb von %1 Stunde</translation>
    </message>
    <message>
        <source>within %1 hours</source>
        <translation>innerhalb von %1 Stunden</translation>
    </message>
    <message>
        <source>within %1 minute</source>
        <translation>innerhalb von %1 Minute</translation>
    </message>
    <message>
        <source>within %1 minutes</source>
        <translation>innerhalb von %1 Minuten</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>kein Datum</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>von %1</translation>
    </message>
    <message>
        <source>%1 — by %2</source>
        <translation>%1 – bis %2</translation>
    </message>
    <message>
        <source>by end of %1</source>
        <translation>bis Ende %1</translation>
    </message>
</context>
<context>
    <name>leverage::EscalationService</name>
    <message>
        <source>This case&apos;s escalation path has no planned step to start at. Add a step to the path first.</source>
        <translation>Der Eskalationspfad dieses Falls hat keinen geplanten Schritt, bei dem er beginnen könnte. Fügen Sie dem Pfad zuerst einen Schritt hinzu.</translation>
    </message>
    <message>
        <source>There is no planned step after %1. Add the next step to the path first.</source>
        <translation>Nach %1 ist kein Schritt geplant. Fügen Sie dem Pfad zuerst den nächsten Schritt hinzu.</translation>
    </message>
    <message>
        <source>Escalated from %1 to %2</source>
        <translation>Eskaliert von %1 zu %2</translation>
    </message>
    <message>
        <source>Started the escalation path at %1</source>
        <translation>Eskalationspfad bei %1 begonnen</translation>
    </message>
    <message>
        <source>This case already has an escalation path. Remove its steps before starting from a template, or add steps one by one.</source>
        <translation>Dieser Fall hat bereits einen Eskalationspfad. Entfernen Sie dessen Schritte, bevor Sie mit einer Vorlage beginnen, oder fügen Sie Schritte einzeln hinzu.</translation>
    </message>
</context>
<context>
    <name>leverage::EvidenceService</name>
    <message>
        <source>&quot;%1&quot; could not be read; nothing was attached. Check that the file exists and that you may read it.</source>
        <translation>„%1“ konnte nicht gelesen werden; es wurde nichts angehängt. Prüfen Sie, ob die Datei existiert und Sie sie lesen dürfen.</translation>
    </message>
    <message>
        <source>The file could not be opened: the temporary folder could not be made.</source>
        <translation>Die Datei konnte nicht geöffnet werden: Der temporäre Ordner konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The file could not be opened: %1</source>
        <translation>Die Datei konnte nicht geöffnet werden: %1</translation>
    </message>
</context>
<context>
    <name>leverage::IcsExporter</name>
    <message>
        <source>Case: %1</source>
        <translation>Fall: %1</translation>
    </message>
    <message>
        <source>With: %1</source>
        <translation>Mit: %1</translation>
    </message>
    <message>
        <source>Due: %1</source>
        <translation>Fällig: %1</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Nachfassen</translation>
    </message>
    <message>
        <source>Promise due: %1</source>
        <translation>Zusage fällig: %1</translation>
    </message>
    <message>
        <source>Promise due (%1): %2</source>
        <translation>Zusage fällig (%1): %2</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Who will act: %1</source>
        <translation>Wer handelt: %1</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Zusage</translation>
    </message>
    <message>
        <source>The calendar could not be written; the log has the details.</source>
        <translation>Der Kalender konnte nicht geschrieben werden; Einzelheiten stehen im Protokoll.</translation>
    </message>
    <message>
        <source>The calendar could not be saved to %1: %2</source>
        <translation>Der Kalender konnte nicht in %1 gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>leverage::LetterDocument</name>
    <message>
        <source>The letter could not be made into a PDF.</source>
        <translation>Aus dem Brief konnte kein PDF erstellt werden.</translation>
    </message>
    <message>
        <source>The letter could not be made into an OpenDocument file.</source>
        <translation>Aus dem Brief konnte keine OpenDocument-Datei erstellt werden.</translation>
    </message>
</context>
<context>
    <name>leverage::LetterTemplateCheck</name>
    <message>
        <source>a tag opened with {{ is never closed with }}.</source>
        <translation>ein mit {{ geöffnetes Tag wird nie mit }} geschlossen.</translation>
    </message>
    <message>
        <source>a tag runs over the end of the line.</source>
        <translation>ein Tag reicht über das Zeilenende hinaus.</translation>
    </message>
    <message>
        <source>{{{…}}} and {{&amp;…}} would print text unescaped; use {{…}}.</source>
        <translation>{{{…}}} und {{&amp;…}} würden Text ungeschützt ausgeben; verwenden Sie {{…}}.</translation>
    </message>
    <message>
        <source>changing the delimiters is not supported.</source>
        <translation>das Ändern der Begrenzer wird nicht unterstützt.</translation>
    </message>
    <message>
        <source>an empty tag {{ }}.</source>
        <translation>ein leeres Tag {{ }}.</translation>
    </message>
    <message>
        <source>there is no part named “%1” (parts: %2).</source>
        <translation>es gibt keinen Teil namens „%1“ (Teile: %2).</translation>
    </message>
    <message>
        <source>{{/%1}} closes a section that was never opened.</source>
        <translation>{{/%1}} schließt einen Abschnitt, der nie geöffnet wurde.</translation>
    </message>
    <message>
        <source>{{/%1}} closes the section {{#%2}} opened on line %3.</source>
        <translation>{{/%1}} schließt den in Zeile %3 geöffneten Abschnitt {{#%2}}.</translation>
    </message>
    <message>
        <source>there is no field named “%1”.</source>
        <translation>es gibt kein Feld namens „%1“.</translation>
    </message>
    <message>
        <source>the section {{#%1}} is never closed.</source>
        <translation>der Abschnitt {{#%1}} wird nie geschlossen.</translation>
    </message>
</context>
<context>
    <name>leverage::MailImporter</name>
    <message>
        <source>(no subject)</source>
        <translation>(kein Betreff)</translation>
    </message>
    <message>
        <source>(The message carries no date: this is when it was imported.)</source>
        <translation>(Die Nachricht trägt kein Datum: Dies ist der Zeitpunkt des Imports.)</translation>
    </message>
</context>
<context>
    <name>leverage::MailParser</name>
    <message>
        <source>&quot;%1&quot; is not an e-mail Leverage can read: it does not begin with mail headers. Nothing was imported.</source>
        <translation>„%1“ ist keine E-Mail, die Leverage lesen kann: Sie beginnt nicht mit Mail-Kopfzeilen. Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail Leverage can read. Nothing was imported.</source>
        <translation>„%1“ ist keine E-Mail, die Leverage lesen kann. Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a mailbox (mbox) file: it does not begin with a &quot;From &quot; line. Nothing was imported.</source>
        <translation>„%1“ ist keine Postfachdatei (mbox): Sie beginnt nicht mit einer „From “-Zeile. Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>%1, message %2</source>
        <translation>%1, Nachricht %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds no messages. Nothing was imported.</source>
        <translation>„%1“ enthält keine Nachrichten. Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be read; nothing was imported.</source>
        <translation>„%1“ konnte nicht gelesen werden; es wurde nichts importiert.</translation>
    </message>
</context>
<context>
    <name>leverage::PdfUpdate</name>
    <message>
        <source>Dossier: %1</source>
        <translation>Dossier: %1</translation>
    </message>
    <message>
        <source>Dated dossier of the case &quot;%1&quot;</source>
        <translation>Datiertes Dossier des Falls „%1“</translation>
    </message>
    <message>
        <source>, reference %1</source>
        <translation>, Vorgangsnr. %1</translation>
    </message>
    <message>
        <source>, as of %1</source>
        <translation>, Stand %1</translation>
    </message>
</context>
<context>
    <name>leverage::PromiseLine</name>
    <message>
        <source>by %1</source>
        <translation>von %1</translation>
    </message>
    <message>
        <source>%1 will act</source>
        <translation>%1 handelt</translation>
    </message>
    <message>
        <source>, due %1</source>
        <translation>, fällig %1</translation>
    </message>
</context>
<context>
    <name>leverage::RemovalImpact</name>
    <message>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <source>This will also remove %1.</source>
        <translation>Dabei wird auch %1 entfernt.</translation>
    </message>
</context>
<context>
    <name>leverage::SavedSearches</name>
    <message>
        <source>That saved search no longer exists.</source>
        <translation>Diese gespeicherte Suche gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>The saved search could not be stored.</source>
        <translation>Die gespeicherte Suche konnte nicht gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>leverage::SealVerifier</name>
    <message>
        <source>Seal %1 (%2) does not follow the seal before it: seals were removed or reordered outside Leverage.</source>
        <translation>Siegel %1 (%2) folgt nicht auf das Siegel davor: Siegel wurden außerhalb von Leverage entfernt oder umgeordnet.</translation>
    </message>
    <message>
        <source>Seal %1 (%2) was altered outside Leverage: it no longer matches what it seals.</source>
        <translation>Siegel %1 (%2) wurde außerhalb von Leverage verändert: Es passt nicht mehr zu dem, was es versiegelt.</translation>
    </message>
    <message>
        <source>%1 was added outside Leverage: it has no seal.</source>
        <translation>%1 wurde außerhalb von Leverage hinzugefügt: Es hat kein Siegel.</translation>
    </message>
    <message>
        <source>%1 was changed outside Leverage: it differs from its seal %2.</source>
        <translation>%1 wurde außerhalb von Leverage geändert: Es weicht von seinem Siegel %2 ab.</translation>
    </message>
    <message>
        <source>%1 was removed outside Leverage.</source>
        <translation>%1 wurde außerhalb von Leverage entfernt.</translation>
    </message>
    <message>
        <source>The content stored as %1 was changed outside Leverage.</source>
        <translation>Der als %1 gespeicherte Inhalt wurde außerhalb von Leverage geändert.</translation>
    </message>
    <message>
        <source>%1 was changed outside Leverage: its link (%2) differs from its seal %3.</source>
        <translation>%1 wurde außerhalb von Leverage geändert: Ihre Verknüpfung (%2) weicht von ihrem Siegel %3 ab.</translation>
    </message>
</context>
<context>
    <name>leverage::ServerAddress</name>
    <message>
        <source>A team workspace is written postgresql://user@host:port/database.</source>
        <translation>Ein Team-Arbeitsbereich wird postgresql://benutzer@rechner:port/datenbank geschrieben.</translation>
    </message>
    <message>
        <source>The server address is not a valid postgresql:// address.</source>
        <translation>Die Serveradresse ist keine gültige postgresql://-Adresse.</translation>
    </message>
    <message>
        <source>The TLS mode (sslmode) must be one of disable, allow, prefer, require, verify-ca or verify-full.</source>
        <translation>Der TLS-Modus (sslmode) muss disable, allow, prefer, require, verify-ca oder verify-full sein.</translation>
    </message>
    <message>
        <source>The server address names no database: add /database at its end.</source>
        <translation>Die Serveradresse nennt keine Datenbank: Hängen Sie /datenbank an.</translation>
    </message>
    <message>
        <source>The server&apos;s port must be a number from 1 to 65535.</source>
        <translation>Der Port des Servers muss eine Zahl von 1 bis 65535 sein.</translation>
    </message>
</context>
<context>
    <name>leverage::TimeStampCheck::Outcome</name>
    <message>
        <source>an unknown time</source>
        <translation>unbekannter Zeit</translation>
    </message>
    <message>
        <source>%1, %2,</source>
        <translation>%1, %2,</translation>
    </message>
    <message>
        <source>Time-stamp %1 by %2 at %3, serial %4: </source>
        <translation>Zeitstempel %1 von %2 zu %3, Seriennummer %4: </translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>does not verify: %1</source>
        <translation>nicht gültig: %1</translation>
    </message>
    <message>
        <source>valid, its authority&apos;s certificate checked.</source>
        <translation>gültig, das Zertifikat der Zeitstempelstelle geprüft.</translation>
    </message>
    <message>
        <source>valid by the certificate it carries.</source>
        <translation>gültig nach dem Zertifikat, das es mitbringt.</translation>
    </message>
    <message>
        <source>It covers the chain&apos;s head %1 (seal %2), the current head: nothing was written since.</source>
        <translation>Er gilt dem Ende der Kette %1 (Siegel %2), dem jetzigen Ende: Seither wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>It covers the chain up to seal %1 (head %2); the chain has changed since: 1 later seal is not covered.</source>
        <translation>Er gilt der Kette bis Siegel %1 (Ende %2); die Kette hat sich seither geändert: 1 späteres Siegel ist nicht abgedeckt.</translation>
    </message>
    <message>
        <source>It covers the chain up to seal %1 (head %2); the chain has changed since: %3 later seals are not covered.</source>
        <translation>Er gilt der Kette bis Siegel %1 (Ende %2); die Kette hat sich seither geändert: %3 spätere Siegel sind nicht abgedeckt.</translation>
    </message>
    <message>
        <source>The stamp no longer covers the chain: seal %1 is not the head %2 it stamped; the record was rewritten outside Leverage.</source>
        <translation>Der Zeitstempel gilt der Kette nicht mehr: Siegel %1 ist nicht das Ende %2, das er stempelte; die Akte wurde außerhalb von Leverage neu geschrieben.</translation>
    </message>
</context>
<context>
    <name>leverage::TimeStampClient</name>
    <message>
        <source>“%1” is not the address of a time-stamp authority: it should start with http:// or https://.</source>
        <translation>„%1“ ist keine Adresse einer Zeitstempelstelle: Sie sollte mit http:// oder https:// beginnen.</translation>
    </message>
    <message>
        <source>The time-stamp authority at %1 did not answer within %2 s.</source>
        <translation>Die Zeitstempelstelle unter %1 hat nicht innerhalb von %2 s geantwortet.</translation>
    </message>
    <message>
        <source>The time-stamp authority at %1 could not be reached (%2).</source>
        <translation>Die Zeitstempelstelle unter %1 war nicht erreichbar (%2).</translation>
    </message>
    <message>
        <source>The time-stamp authority at %1 answered HTTP %2 %3.</source>
        <translation>Die Zeitstempelstelle unter %1 antwortete mit HTTP %2 %3.</translation>
    </message>
</context>
<context>
    <name>leverage::TimeStampToken</name>
    <message>
        <source>Nothing is sealed yet: there is no chain&apos;s head to time-stamp.</source>
        <translation>Noch ist nichts versiegelt: Die Kette hat kein Ende, das einen Zeitstempel erhalten könnte.</translation>
    </message>
    <message>
        <source>The time-stamp request could not be made.</source>
        <translation>Die Zeitstempel-Anfrage konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <source>The time-stamp authority at %1 answered with something that is not a time-stamp response.</source>
        <translation>Die Zeitstempelstelle unter %1 antwortete mit etwas, das keine Zeitstempel-Antwort ist.</translation>
    </message>
    <message>
        <source>The time-stamp authority at %1 answered with status %2: %3.</source>
        <translation>Die Zeitstempelstelle unter %1 antwortete mit dem Status %2: %3.</translation>
    </message>
    <message>
        <source>The time-stamp authority at %1 granted the stamp but sent no token.</source>
        <translation>Die Zeitstempelstelle unter %1 gewährte den Zeitstempel, schickte aber kein Token.</translation>
    </message>
    <message>
        <source>The time-stamp authority at %1 answered another request (the nonce differs).</source>
        <translation>Die Zeitstempelstelle unter %1 beantwortete eine andere Anfrage (die Nonce weicht ab).</translation>
    </message>
    <message>
        <source>The time-stamp authority at %1 answered with a token that does not verify: %2</source>
        <translation>Die Zeitstempelstelle unter %1 antwortete mit einem ungültigen Token: %2</translation>
    </message>
    <message>
        <source>it covers the head %1, not %2.</source>
        <translation>es gilt dem Ende %1, nicht %2.</translation>
    </message>
    <message>
        <source>its imprint is not a SHA-256.</source>
        <translation>sein Abdruck ist kein SHA-256.</translation>
    </message>
    <message>
        <source>the CA file %1 cannot be read as PEM certificates.</source>
        <translation>die CA-Datei %1 lässt sich nicht als PEM-Zertifikate lesen.</translation>
    </message>
    <message>
        <source>it carries no signer&apos;s certificate to check it with.</source>
        <translation>es bringt kein Zertifikat seines Unterzeichners mit, um es zu prüfen.</translation>
    </message>
    <message>
        <source>its signer&apos;s certificate is not fit for time-stamping.</source>
        <translation>das Zertifikat seines Unterzeichners taugt nicht für Zeitstempel.</translation>
    </message>
    <message>
        <source>its signer&apos;s certificate does not lead to a CA in %1.</source>
        <translation>das Zertifikat seines Unterzeichners führt zu keiner CA in %1.</translation>
    </message>
    <message>
        <source>its signature does not match its content.</source>
        <translation>seine Signatur passt nicht zu seinem Inhalt.</translation>
    </message>
</context>
<context>
    <name>leverage::TrackRecord</name>
    <message>
        <source>Promises: %1 made, %2 kept, %3 broken, %4 pending</source>
        <translation>Zusagen: %1 gemacht, %2 gehalten, %3 gebrochen, %4 ausstehend</translation>
    </message>
    <message>
        <source>, %1 withdrawn</source>
        <translation>, %1 zurückgezogen</translation>
    </message>
    <message>
        <source> — %1 % kept</source>
        <translation> – %1 % gehalten</translation>
    </message>
</context>
<context>
    <name>leverage::VCardReader</name>
    <message>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; could not be opened: %2.</source>
        <translation>Die Datei „%1“ konnte nicht geöffnet werden: %2.</translation>
    </message>
    <message>
        <source>The file is larger than 20 MiB; that is too large for a contacts file.</source>
        <translation>Die Datei ist größer als 20 MiB; das ist zu groß für eine Kontaktdatei.</translation>
    </message>
    <message>
        <source>only vCards can be read here, not &quot;%1&quot;.</source>
        <translation>hier können nur vCards gelesen werden, nicht „%1“.</translation>
    </message>
    <message>
        <source>a new card begins here, but the card that begins on line %1 has no END:VCARD.</source>
        <translation>hier beginnt eine neue Karte, aber die Karte ab Zeile %1 hat kein END:VCARD.</translation>
    </message>
    <message>
        <source>END:VCARD without a BEGIN:VCARD before it.</source>
        <translation>END:VCARD ohne vorheriges BEGIN:VCARD.</translation>
    </message>
    <message>
        <source>this text is outside any card (BEGIN:VCARD expected).</source>
        <translation>dieser Text steht außerhalb jeder Karte (BEGIN:VCARD erwartet).</translation>
    </message>
    <message>
        <source>the card that begins on this line is not finished (END:VCARD missing at the end of the file).</source>
        <translation>die Karte, die in dieser Zeile beginnt, ist nicht abgeschlossen (END:VCARD fehlt am Dateiende).</translation>
    </message>
    <message>
        <source>this line is not a vCard property (&quot;NAME:value&quot;).</source>
        <translation>diese Zeile ist keine vCard-Eigenschaft („NAME:Wert“).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a vCard property name.</source>
        <translation>„%1“ ist kein Name einer vCard-Eigenschaft.</translation>
    </message>
    <message>
        <source>this field is longer than 64 KiB; a contacts file has no fields that long.</source>
        <translation>dieses Feld ist länger als 64 KiB; eine Kontaktdatei hat keine so langen Felder.</translation>
    </message>
    <message>
        <source>the quoted-printable text here is damaged (&quot;=&quot; must be followed by two hexadecimal digits).</source>
        <translation>der Quoted-Printable-Text hier ist beschädigt (auf „=“ müssen zwei Hexadezimalziffern folgen).</translation>
    </message>
    <message>
        <source>the text here is not valid UTF-8. Save the file as UTF-8 and import it again.</source>
        <translation>der Text hier ist kein gültiges UTF-8. Speichern Sie die Datei als UTF-8 und importieren Sie sie erneut.</translation>
    </message>
    <message>
        <source>the character set &quot;%1&quot; is not supported; save the file as UTF-8.</source>
        <translation>der Zeichensatz „%1“ wird nicht unterstützt; speichern Sie die Datei als UTF-8.</translation>
    </message>
</context>
<context>
    <name>leverage::Workspace</name>
    <message>
        <source>Leverage cannot reach team workspaces on this computer: Qt&apos;s PostgreSQL driver (the package libqt6sql6-psql) is not installed.</source>
        <translation>Leverage kann auf diesem Rechner keine Team-Arbeitsbereiche erreichen: Der PostgreSQL-Treiber von Qt (Paket libqt6sql6-psql) ist nicht installiert.</translation>
    </message>
    <message>
        <source>Leverage could not connect to the team workspace &quot;%1&quot; on %2. Check the address, your user name and password, and that the server is running; the log has the details.</source>
        <translation>Leverage konnte sich nicht mit dem Team-Arbeitsbereich „%1“ auf %2 verbinden. Prüfen Sie die Adresse, Ihren Benutzernamen und Ihr Passwort und ob der Server läuft; Einzelheiten stehen im Protokoll.</translation>
    </message>
    <message>
        <source>The workspace could not be upgraded to this version of Leverage. It was left as it was; the log has the details.</source>
        <translation>Der Arbeitsbereich konnte nicht auf diese Version von Leverage aktualisiert werden. Er blieb, wie er war; Einzelheiten stehen im Protokoll.</translation>
    </message>
    <message>
        <source>The change could not be saved; nothing was changed.</source>
        <translation>Die Änderung konnte nicht gespeichert werden; es wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>leverage::WorkspaceBackup</name>
    <message>
        <source>the backup folder is not writable</source>
        <translation>der Sicherungsordner ist nicht beschreibbar</translation>
    </message>
    <message>
        <source>the workspace could not be read</source>
        <translation>der Arbeitsbereich konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>the copy could not be finished</source>
        <translation>die Kopie konnte nicht fertiggestellt werden</translation>
    </message>
    <message>
        <source>the copy did not pass its check</source>
        <translation>die Kopie hat die Prüfung nicht bestanden</translation>
    </message>
    <message>
        <source>the copy could not be saved to disk</source>
        <translation>die Kopie konnte nicht auf den Datenträger geschrieben werden</translation>
    </message>
    <message>
        <source>the copy could not be put in place</source>
        <translation>die Kopie konnte nicht an ihren Platz gebracht werden</translation>
    </message>
    <message>
        <source>the backup folder could not be created</source>
        <translation>der Sicherungsordner konnte nicht angelegt werden</translation>
    </message>
    <message>
        <source>the copy could not be started</source>
        <translation>die Kopie konnte nicht begonnen werden</translation>
    </message>
</context>
<context>
    <name>leverage::WorkspaceCopier</name>
    <message>
        <source>A workspace is copied from a file to a server, or from a server to a file.</source>
        <translation>Ein Arbeitsbereich wird von einer Datei auf einen Server kopiert oder von einem Server in eine Datei.</translation>
    </message>
    <message>
        <source>The file and the server are at different versions of Leverage&apos;s schema: open the older one once in this version of Leverage first.</source>
        <translation>Datei und Server haben verschiedene Versionen von Leverages Schema: Öffnen Sie zuerst den älteren einmal in dieser Version von Leverage.</translation>
    </message>
    <message>
        <source>The copy did not match the original, so nothing was copied; the log has the details.</source>
        <translation>Die Kopie stimmte nicht mit dem Original überein, daher wurde nichts kopiert; das Protokoll enthält die Einzelheiten.</translation>
    </message>
</context>
<context>
    <name>leverage::app::ClocksWiring</name>
    <message>
        <source>Clocks</source>
        <translation>Fristen</translation>
    </message>
    <message>
        <source>Cloc&amp;k Rules…</source>
        <translation>Fristre&amp;geln…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+J</source>
        <translation>Ctrl+Shift+J</translation>
    </message>
    <message>
        <source>The deadline rules of the clocks: read, add, edit, import, export (Ctrl+Shift+J)</source>
        <translation>Die Regeln der Fristen: lesen, hinzufügen, bearbeiten, importieren, exportieren (Strg+Umschalt+J)</translation>
    </message>
    <message>
        <source>Add Clock E&amp;vent…</source>
        <translation>Fristere&amp;ignis hinzufügen…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+G</source>
        <translation>Ctrl+Shift+G</translation>
    </message>
    <message>
        <source>Record what a clock of the selected case counts from: a complaint received, a final response … (Ctrl+Shift+G)</source>
        <translation>Erfassen, ab wann eine Frist des gewählten Falls läuft: Beschwerde eingegangen, abschließende Antwort … (Strg+Umschalt+G)</translation>
    </message>
    <message>
        <source>M&amp;ark as Clock Trigger…</source>
        <translation>Als Frist&amp;auslöser markieren…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+B</source>
        <translation>Ctrl+Shift+B</translation>
    </message>
    <message>
        <source>The selected timeline entry is what a clock counts from: a complaint received, a final response … (Ctrl+Shift+B)</source>
        <translation>Ab dem gewählten Zeitleisteneintrag läuft eine Frist: Beschwerde eingegangen, abschließende Antwort … (Strg+Umschalt+B)</translation>
    </message>
    <message>
        <source>Select an entry of the case&apos;s timeline first: the clock counts from its date.</source>
        <translation>Wählen Sie zuerst einen Eintrag der Zeitleiste des Falls: Die Frist läuft ab seinem Datum.</translation>
    </message>
</context>
<context>
    <name>leverage::app::EvidenceWiring</name>
    <message>
        <source>Attachments</source>
        <translation>Anhänge</translation>
    </message>
    <message>
        <source>Attac&amp;h Files…</source>
        <translation>Dateien an&amp;hängen…</translation>
    </message>
    <message>
        <source>Attach receipts, photos or other files to the selected case (Ctrl+Shift+A)</source>
        <translation>Belege, Fotos oder andere Dateien an den gewählten Fall anhängen (Strg+Umschalt+A)</translation>
    </message>
</context>
<context>
    <name>leverage::app::FeatureWiring</name>
    <message>
        <source>Escalation Path</source>
        <translation>Eskalationspfad</translation>
    </message>
    <message>
        <source>Call Notes</source>
        <translation>Gesprächsnotizen</translation>
    </message>
    <message>
        <source>The call was filed on the timeline.</source>
        <translation>Der Anruf wurde in der Zeitleiste abgelegt.</translation>
    </message>
    <message>
        <source>Promise Ledger</source>
        <translation>Zusagenbuch</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Gateways</source>
        <translation>Türöffner</translation>
    </message>
    <message>
        <source>Contact Page</source>
        <translation>Kontaktseite</translation>
    </message>
    <message>
        <source>Start &amp;Call</source>
        <translation>&amp;Anruf beginnen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <source>Start a call on the selected case (in Gateways: with the selected person): a timer, notes and the checklist (Ctrl+Shift+L)</source>
        <translation>Einen Anruf zum gewählten Fall beginnen (unter Türöffner: mit der gewählten Person): Zeitmessung, Notizen und Checkliste (Strg+Umschalt+L)</translation>
    </message>
    <message>
        <source>E&amp;scalate…</source>
        <translation>E&amp;skalieren…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>Go to the next level of the selected case&apos;s escalation path: choose whom and how (Ctrl+Shift+E)</source>
        <translation>Zur nächsten Stufe des Eskalationspfads des gewählten Falls gehen: wen und wie wählen (Strg+Umschalt+E)</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>Druck&amp;vorschau…</translation>
    </message>
    <message>
        <source>&amp;Print Dossier…</source>
        <translation>Dossier &amp;drucken…</translation>
    </message>
    <message>
        <source>Export Dossier as P&amp;DF…</source>
        <translation>Dossier als &amp;PDF exportieren…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+D</source>
        <translation>Ctrl+Shift+D</translation>
    </message>
    <message>
        <source>&amp;Import Contacts (vCard)…</source>
        <translation>Kontakte &amp;importieren (vCard)…</translation>
    </message>
    <message>
        <source>E&amp;xport Contacts (vCard)…</source>
        <translation>Kontakte e&amp;xportieren (vCard)…</translation>
    </message>
    <message>
        <source>Export Workspace &amp;Archive…</source>
        <translation>Arbeitsbereich als &amp;Archiv exportieren…</translation>
    </message>
    <message>
        <source>Import &amp;Workspace Archive…</source>
        <translation>Arbeitsbereich-Archiv imp&amp;ortieren…</translation>
    </message>
    <message>
        <source>Restore from &amp;Backup…</source>
        <translation>Aus &amp;Sicherung wiederherstellen…</translation>
    </message>
    <message>
        <source>Backup &amp;Settings…</source>
        <translation>Sicherungs&amp;einstellungen…</translation>
    </message>
    <message>
        <source>Open &amp;Log Folder</source>
        <translation>Protoko&amp;llordner öffnen</translation>
    </message>
    <message>
        <source>No program could open the log folder. It is %1.</source>
        <translation>Kein Programm konnte den Protokollordner öffnen. Er liegt in %1.</translation>
    </message>
    <message>
        <source>Dossier saved to %1</source>
        <translation>Dossier gespeichert unter %1</translation>
    </message>
    <message>
        <source>Select the case to call about, or a person in Gateways, then start the call.</source>
        <translation>Wählen Sie den Fall, um den es im Anruf geht, oder eine Person unter Türöffner, und beginnen Sie dann den Anruf.</translation>
    </message>
    <message>
        <source>Select the case to escalate first.</source>
        <translation>Wählen Sie zuerst den Fall, der eskaliert werden soll.</translation>
    </message>
</context>
<context>
    <name>leverage::app::HelpWiring</name>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Benutzerhandbuch</translation>
    </message>
    <message>
        <source>How to log a call, plan an escalation, keep gateways and print a dossier (F1)</source>
        <translation>Wie man einen Anruf festhält, eine Eskalation plant, Türöffner pflegt und ein Dossier druckt (F1)</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>Every command and its keys (Ctrl+F1)</source>
        <translation>Jeder Befehl und seine Tasten (Strg+F1)</translation>
    </message>
    <message>
        <source>Configure &amp;Shortcuts…</source>
        <translation>Tastenkürzel &amp;einrichten…</translation>
    </message>
    <message>
        <source>Change the keys of any command (Ctrl+Shift+F1)</source>
        <translation>Die Tasten eines beliebigen Befehls ändern (Strg+Umschalt+F1)</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
</context>
<context>
    <name>leverage::app::LayoutWiring</name>
    <message>
        <source>&amp;Calm</source>
        <translation>&amp;Ruhig</translation>
    </message>
    <message>
        <source>The cases, the case&apos;s timeline and the call notes only</source>
        <translation>Nur die Fälle, die Zeitleiste des Falls und die Gesprächsnotizen</translation>
    </message>
    <message>
        <source>&amp;On a Call</source>
        <translation>Im &amp;Gespräch</translation>
    </message>
    <message>
        <source>The call notes large beside the timeline</source>
        <translation>Die Gesprächsnotizen groß neben der Zeitleiste</translation>
    </message>
    <message>
        <source>&amp;Reviewing</source>
        <translation>&amp;Durchsehen</translation>
    </message>
    <message>
        <source>The timeline with the attachments, the contact&apos;s page, promises and letters</source>
        <translation>Die Zeitleiste mit den Anhängen, der Kontaktseite, Zusagen und Briefen</translation>
    </message>
    <message>
        <source>&amp;Planning</source>
        <translation>&amp;Planen</translation>
    </message>
    <message>
        <source>The escalation path and clocks, the agenda, promises and gateways</source>
        <translation>Der Eskalationspfad und die Fristen, die Agenda, Zusagen und Türöffner</translation>
    </message>
    <message>
        <source>&amp;Layout</source>
        <translation>&amp;Anordnung</translation>
    </message>
</context>
<context>
    <name>leverage::app::LetterWiring</name>
    <message>
        <source>Letters</source>
        <translation>Briefe</translation>
    </message>
    <message>
        <source>Ne&amp;w Letter…</source>
        <translation>&amp;Neuer Brief…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+W</source>
        <translation>Ctrl+Shift+W</translation>
    </message>
    <message>
        <source>Write a letter from the selected case: a complaint, an escalation, a thank-you … (Ctrl+Shift+W)</source>
        <translation>Einen Brief zum gewählten Fall schreiben: Beschwerde, Eskalation, Dank … (Strg+Umschalt+W)</translation>
    </message>
    <message>
        <source>&amp;My Details…</source>
        <translation>&amp;Meine Angaben…</translation>
    </message>
    <message>
        <source>Your name, address, phone and e-mail for letters</source>
        <translation>Ihr Name, Ihre Anschrift, Telefonnummer und E-Mail für Briefe</translation>
    </message>
    <message>
        <source>Letter &amp;Templates…</source>
        <translation>Briefvorla&amp;gen…</translation>
    </message>
</context>
<context>
    <name>leverage::app::OutcomesWiring</name>
    <message>
        <source>Close Case w&amp;ith Outcome…</source>
        <translation>Fall mit Ergebnis abs&amp;chließen…</translation>
    </message>
    <message>
        <source>Close the selected case: how it ended, what the company gave and what resolved it (Ctrl+Shift+O)</source>
        <translation>Den gewählten Fall abschließen: wie er endete, was das Unternehmen gab und was ihn gelöst hat (Strg+Umschalt+O)</translation>
    </message>
    <message>
        <source>Reo&amp;pen Case</source>
        <translation>Fall wie&amp;der öffnen</translation>
    </message>
    <message>
        <source>O&amp;utcomes</source>
        <translation>Er&amp;gebnisse</translation>
    </message>
    <message>
        <source>What each company paid out, month by month and contact by contact (Ctrl+Shift+U)</source>
        <translation>Was jedes Unternehmen ausgezahlt hat, Monat für Monat und Kontakt für Kontakt (Strg+Umschalt+U)</translation>
    </message>
    <message>
        <source>Case closed. Undo with Ctrl+Z.</source>
        <translation>Fall abgeschlossen. Rückgängig mit Strg+Z.</translation>
    </message>
    <message>
        <source>E&amp;xport for a Regulator…</source>
        <translation>Für eine Aufsichtsbehörde e&amp;xportieren…</translation>
    </message>
    <message>
        <source>The selected case as a consumer regulator&apos;s complaint form: text to paste, or JSON to upload (Ctrl+Shift+R)</source>
        <translation>Der gewählte Fall als Beschwerdeformular einer Verbraucheraufsicht: Text zum Einfügen oder JSON zum Hochladen (Strg+Umschalt+R)</translation>
    </message>
    <message>
        <source>Time a&amp;nd Trouble Costs…</source>
        <translation>Kosten von Zeit und &amp;Mühe…</translation>
    </message>
    <message>
        <source>What the selected case cost you out of pocket (postage, calls, travel) and what an hour of your time is worth (Ctrl+Shift+H)</source>
        <translation>Was Sie der gewählte Fall aus eigener Tasche gekostet hat (Porto, Anrufe, Fahrten) und was eine Stunde Ihrer Zeit wert ist (Strg+Umschalt+H)</translation>
    </message>
    <message>
        <source>Costs saved. Undo with Ctrl+Z.</source>
        <translation>Kosten gespeichert. Rückgängig mit Strg+Z.</translation>
    </message>
</context>
<context>
    <name>leverage::app::SavedSearchWiring</name>
    <message>
        <source>Save Search</source>
        <translation>Suche speichern</translation>
    </message>
    <message>
        <source>&amp;Name of the list (it shows in the cases pane):</source>
        <translation>&amp;Name der Liste (sie erscheint in der Fallliste):</translation>
    </message>
    <message>
        <source>Rename Saved Search</source>
        <translation>Gespeicherte Suche umbenennen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
</context>
<context>
    <name>leverage::app::SearchWiring</name>
    <message>
        <source>Searc&amp;h Everything…</source>
        <translation>Alles durchsuc&amp;hen…</translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <source>Search every note, person, promise and reference number (Ctrl+K)</source>
        <translation>Alle Notizen, Personen, Zusagen und Vorgangsnummern durchsuchen (Strg+K)</translation>
    </message>
    <message>
        <source>Preparing search for this workspace (done once)…</source>
        <translation>Suche für diesen Arbeitsbereich wird vorbereitet (nur einmal)…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Preparing Search</source>
        <translation>Suche wird vorbereitet</translation>
    </message>
    <message>
        <source>Preparing search for this workspace (done once): %L1 of %L2 items…</source>
        <translation>Suche für diesen Arbeitsbereich wird vorbereitet (nur einmal): %L1 von %L2 Einträgen…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>Search is not ready: %1 It is prepared again the next time this workspace opens.</source>
        <translation>Die Suche ist nicht bereit: %1 Sie wird beim nächsten Öffnen dieses Arbeitsbereichs erneut vorbereitet.</translation>
    </message>
</context>
<context>
    <name>leverage::app::TimeStampWiring</name>
    <message>
        <source>Time-stamp the Re&amp;cord…</source>
        <translation>Zeitstempel für die A&amp;kte…</translation>
    </message>
    <message>
        <source>Have a time-stamp authority sign the record&apos;s seal with the time, to show later that the record existed then (Ctrl+Shift+S)</source>
        <translation>Eine Zeitstempelstelle das Siegel der Akte mit der Zeit signieren lassen, um später zeigen zu können, dass die Akte damals bestand (Strg+Umschalt+S)</translation>
    </message>
    <message>
        <source>Select a case to time-stamp its record.</source>
        <translation>Wählen Sie einen Fall, um seine Akte mit einem Zeitstempel zu versehen.</translation>
    </message>
</context>
<context>
    <name>leverage::app::WelcomeWiring</name>
    <message>
        <source>Take the &amp;Tour</source>
        <translation>&amp;Rundgang machen</translation>
    </message>
    <message>
        <source>Five steps through the window: cases, the call pane, the escalation path, gateways and the dossier</source>
        <translation>Fünf Schritte durch das Fenster: Fälle, der Anrufbereich, der Eskalationspfad, Türöffner und das Dossier</translation>
    </message>
    <message>
        <source>The demo workspace could not be made: %1</source>
        <translation>Der Demo-Arbeitsbereich konnte nicht angelegt werden: %1</translation>
    </message>
    <message>
        <source>Could not open the demo workspace: %1</source>
        <translation>Der Demo-Arbeitsbereich konnte nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>Your cases</source>
        <translation>Ihre Fälle</translation>
    </message>
    <message>
        <source>Each complaint is a case: the company, what went wrong and what you want. The list is at the top (Ctrl+1); below it, the case&apos;s timeline holds every call, e-mail and letter. Ctrl+Shift+N starts a case.</source>
        <translation>Jede Beschwerde ist ein Fall: das Unternehmen, was schiefging und was Sie wollen. Die Liste steht oben (Strg+1); darunter hält die Zeitleiste des Falls jeden Anruf, jede E-Mail und jeden Brief fest. Strg+Umschalt+N beginnt einen Fall.</translation>
    </message>
    <message>
        <source>The call pane</source>
        <translation>Der Anrufbereich</translation>
    </message>
    <message>
        <source>Ctrl+Shift+L starts a call on the selected case: a timer runs, you type notes and tick the checklist (name, reference number, promise). When you hang up the call is filed on the timeline.</source>
        <translation>Strg+Umschalt+L beginnt einen Anruf zum gewählten Fall: Eine Uhr läuft, Sie tippen Notizen und haken die Checkliste ab (Name, Vorgangsnummer, Zusage). Wenn Sie auflegen, wird der Anruf in der Zeitleiste abgelegt.</translation>
    </message>
    <message>
        <source>The escalation path</source>
        <translation>Der Eskalationspfad</translation>
    </message>
    <message>
        <source>Who comes next when the first line fails: supervisor, complaints team, ombudsman. Ctrl+Shift+E escalates the selected case to the next level.</source>
        <translation>Wer als Nächstes kommt, wenn der Kundenservice versagt: Vorgesetzte, Beschwerdeabteilung, Schlichtungsstelle. Strg+Umschalt+E eskaliert den gewählten Fall auf die nächste Stufe.</translation>
    </message>
    <message>
        <source>Gateways</source>
        <translation>Türöffner</translation>
    </message>
    <message>
        <source>The people who got things done. Ctrl+G bookmarks the selected person as a gateway, so next time you call them directly instead of the hotline.</source>
        <translation>Die Leute, die etwas bewegt haben. Strg+G merkt die gewählte Person als Türöffner vor, damit Sie beim nächsten Mal direkt dort anrufen statt bei der Hotline.</translation>
    </message>
    <message>
        <source>The dossier</source>
        <translation>Das Dossier</translation>
    </message>
    <message>
        <source>Everything about a case in one document, to send to a regulator or an ombudsman: File → Print Dossier (Ctrl+P) or Export Dossier as PDF (Ctrl+Shift+D). Help → Take the Tour shows these steps again.</source>
        <translation>Alles zu einem Fall in einem Dokument, für eine Aufsichtsbehörde oder Schlichtungsstelle: Datei → Dossier drucken (Strg+P) oder Dossier als PDF exportieren (Strg+Umschalt+D). Hilfe → Rundgang machen zeigt diese Schritte erneut.</translation>
    </message>
</context>
<context>
    <name>leverage::archivemessages</name>
    <message>
        <source>This file is not a Leverage workspace archive. Choose a file made with File → Export Workspace Archive…</source>
        <translation>Diese Datei ist kein Leverage-Arbeitsbereich-Archiv. Wählen Sie eine Datei, die mit Datei → Arbeitsbereich als Archiv exportieren… erstellt wurde.</translation>
    </message>
    <message>
        <source>The archive is damaged or incomplete (it may have been cut short while copying). Nothing was imported; use another copy of it.</source>
        <translation>Das Archiv ist beschädigt oder unvollständig (vielleicht wurde es beim Kopieren abgeschnitten). Es wurde nichts importiert; verwenden Sie eine andere Kopie.</translation>
    </message>
    <message>
        <source>The archive is damaged: “%1” does not match its checksum. Nothing was imported; use another copy of it.</source>
        <translation>Das Archiv ist beschädigt: „%1“ passt nicht zu seiner Prüfsumme. Es wurde nichts importiert; verwenden Sie eine andere Kopie.</translation>
    </message>
    <message>
        <source>The archive holds a link (“%1”), which a Leverage archive never does. Nothing was imported: this archive was not made by Leverage or was changed.</source>
        <translation>Das Archiv enthält einen Link („%1“), was ein Leverage-Archiv nie tut. Es wurde nichts importiert: Dieses Archiv stammt nicht von Leverage oder wurde verändert.</translation>
    </message>
    <message>
        <source>The archive holds “%1”, which is not a plain file, and a Leverage archive holds only files. Nothing was imported.</source>
        <translation>Das Archiv enthält „%1“, das keine gewöhnliche Datei ist, und ein Leverage-Archiv enthält nur Dateien. Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>The archive holds an entry with an unsafe name (“%1”) that could write outside the folder you choose. Nothing was imported: this archive was not made by Leverage or was changed.</source>
        <translation>Das Archiv enthält einen Eintrag mit unsicherem Namen („%1“), der außerhalb des gewählten Ordners schreiben könnte. Es wurde nichts importiert: Dieses Archiv stammt nicht von Leverage oder wurde verändert.</translation>
    </message>
    <message>
        <source>The archive holds an entry (“%1”) larger than Leverage accepts (%2). Nothing was imported.</source>
        <translation>Das Archiv enthält einen Eintrag („%1“), der größer ist, als Leverage annimmt (%2). Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>The passphrase is wrong, or the file was changed.</source>
        <translation>Die Passphrase ist falsch, oder die Datei wurde verändert.</translation>
    </message>
    <message>
        <source>This archive is encrypted. Enter its passphrase to import it.</source>
        <translation>Dieses Archiv ist verschlüsselt. Geben Sie seine Passphrase ein, um es zu importieren.</translation>
    </message>
    <message>
        <source>This archive was made by a newer version of Leverage. Update Leverage to import it.</source>
        <translation>Dieses Archiv stammt von einer neueren Version von Leverage. Aktualisieren Sie Leverage, um es zu importieren.</translation>
    </message>
    <message>
        <source>“%1” already exists. An archive is imported into a new file: choose a name that is not taken.</source>
        <translation>„%1“ existiert bereits. Ein Archiv wird in eine neue Datei importiert: Wählen Sie einen freien Namen.</translation>
    </message>
    <message>
        <source>“%1” cannot be read. Check that the file is there and that you may read it.</source>
        <translation>„%1“ kann nicht gelesen werden. Prüfen Sie, ob die Datei da ist und Sie sie lesen dürfen.</translation>
    </message>
    <message>
        <source>“%1” is not a Leverage workspace (or it cannot be read), so nothing was exported. Choose the workspace file itself.</source>
        <translation>„%1“ ist kein Leverage-Arbeitsbereich (oder kann nicht gelesen werden), daher wurde nichts exportiert. Wählen Sie die Arbeitsbereichsdatei selbst.</translation>
    </message>
    <message>
        <source>The archive could not be written. Check that the folder is writable and the disk has room; the workspace itself is unchanged.</source>
        <translation>Das Archiv konnte nicht geschrieben werden. Prüfen Sie, ob der Ordner beschreibbar ist und der Datenträger Platz hat; der Arbeitsbereich selbst ist unverändert.</translation>
    </message>
    <message>
        <source>“%1” could not be written. Check that its folder exists and is writable and that the disk has room, then import again.</source>
        <translation>„%1“ konnte nicht geschrieben werden. Prüfen Sie, ob sein Ordner existiert und beschreibbar ist und der Datenträger Platz hat, und importieren Sie dann erneut.</translation>
    </message>
</context>
<context>
    <name>leverage::clocks</name>
    <message>
        <source>%1 needs a whole, non-negative &quot;amount&quot; and a &quot;unit&quot;.</source>
        <translation>%1 braucht eine ganze, nicht negative „amount“ und eine „unit“.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a unit (days, business_days, weeks, months, years, billing_cycles).</source>
        <translation>%1: „%2“ ist keine Einheit (days, business_days, weeks, months, years, billing_cycles).</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a date (YYYY-MM-DD).</source>
        <translation>%1 „%2“ ist kein Datum (JJJJ-MM-TT).</translation>
    </message>
    <message>
        <source>%1 day</source>
        <translation>%1 Tag</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 Tage</translation>
    </message>
</context>
<context>
    <name>leverage::clocks::ClockEngine</name>
    <message>
        <source>Counted from the date it was sent: the date it was received is not known.</source>
        <translation>Gezählt ab dem Versanddatum: Das Eingangsdatum ist nicht bekannt.</translation>
    </message>
    <message>
        <source>Counted from the date it was received: the date it was sent is not known.</source>
        <translation>Gezählt ab dem Eingangsdatum: Das Versanddatum ist nicht bekannt.</translation>
    </message>
    <message>
        <source>%1 instead: %2.</source>
        <translation>Stattdessen %1: %2.</translation>
    </message>
    <message>
        <source>Capped at %1.</source>
        <translation>Höchstens %1.</translation>
    </message>
    <message>
        <source>Extended by %1: %2.</source>
        <translation>Verlängert um %1: %2.</translation>
    </message>
    <message>
        <source>Reached early: %1 on %2.</source>
        <translation>Früher erreicht: %1 am %2.</translation>
    </message>
</context>
<context>
    <name>leverage::clocks::ClockIcs</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Case: %1</source>
        <translation>Fall: %1</translation>
    </message>
    <message>
        <source>Counted from: %1, %2</source>
        <translation>Gezählt ab: %1, %2</translation>
    </message>
    <message>
        <source>Then: %1</source>
        <translation>Danach: %1</translation>
    </message>
    <message>
        <source>Legal basis: %1</source>
        <translation>Rechtsgrundlage: %1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Quelle: %1</translation>
    </message>
    <message>
        <source>Unconfirmed: %1</source>
        <translation>Unbestätigt: %1</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>Frist</translation>
    </message>
</context>
<context>
    <name>leverage::clocks::ClockOffset</name>
    <message>
        <source>%1 day</source>
        <translation>%1 Tag</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 Tage</translation>
    </message>
    <message>
        <source>%1 business day</source>
        <translation>%1 Werktag</translation>
    </message>
    <message>
        <source>%1 business days</source>
        <translation>%1 Werktage</translation>
    </message>
    <message>
        <source>%1 week</source>
        <translation>%1 Woche</translation>
    </message>
    <message>
        <source>%1 weeks</source>
        <translation>%1 Wochen</translation>
    </message>
    <message>
        <source>%1 month</source>
        <translation>%1 Monat</translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation>%1 Monate</translation>
    </message>
    <message>
        <source>%1 year</source>
        <translation>%1 Jahr</translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation>%1 Jahre</translation>
    </message>
    <message>
        <source>%1 billing cycle</source>
        <translation>%1 Abrechnungszeitraum</translation>
    </message>
    <message>
        <source>%1 billing cycles</source>
        <translation>%1 Abrechnungszeiträume</translation>
    </message>
</context>
<context>
    <name>leverage::clocks::ClockReadiness</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 takes the case %2 after the %3, which is not recorded yet (%4).</source>
        <translation>%1 übernimmt den Fall %2 nach dem Ereignis „%3“, das noch nicht erfasst ist (%4).</translation>
    </message>
    <message>
        <source>%1 takes the case from %2 (%3).</source>
        <translation>%1 übernimmt den Fall ab %2 (%3).</translation>
    </message>
    <message>
        <source>opens on %1</source>
        <translation>öffnet am %1</translation>
    </message>
</context>
<context>
    <name>leverage::clocks::ClockRuleJson</name>
    <message>
        <source>The rule has no &quot;id&quot;.</source>
        <translation>Die Regel hat keine „id“.</translation>
    </message>
    <message>
        <source>Rule &quot;%1&quot; names no country in &quot;countries&quot;.</source>
        <translation>Regel „%1“ nennt kein Land in „countries“.</translation>
    </message>
    <message>
        <source>Rule &quot;%1&quot;: &quot;%2&quot; is not a route (company, card, regulator, court).</source>
        <translation>Regel „%1“: „%2“ ist kein Weg (company, card, regulator, court).</translation>
    </message>
    <message>
        <source>Rule &quot;%1&quot; has no &quot;trigger&quot;.</source>
        <translation>Regel „%1“ hat keinen „trigger“.</translation>
    </message>
    <message>
        <source>Rule &quot;%1&quot;: confidence must be &quot;confirmed&quot; or &quot;unconfirmed&quot;.</source>
        <translation>Regel „%1“: confidence muss „confirmed“ oder „unconfirmed“ sein.</translation>
    </message>
    <message>
        <source>Rule &quot;%1&quot;: kind must be &quot;opens&quot;, &quot;deadline&quot; or &quot;expires&quot;.</source>
        <translation>Regel „%1“: kind muss „opens“, „deadline“ oder „expires“ sein.</translation>
    </message>
    <message>
        <source>Rule &quot;%1&quot;: date must be &quot;received&quot; or &quot;sent&quot;.</source>
        <translation>Regel „%1“: date muss „received“ oder „sent“ sein.</translation>
    </message>
    <message>
        <source>Rule &quot;%1&quot;: </source>
        <translation>Regel „%1“: </translation>
    </message>
    <message>
        <source>a variant has no &quot;when&quot;.</source>
        <translation>eine Variante hat kein „when“.</translation>
    </message>
    <message>
        <source>an extension has no &quot;when&quot;.</source>
        <translation>eine Verlängerung hat kein „when“.</translation>
    </message>
    <message>
        <source>Line %1: %2 Nothing was imported.</source>
        <translation>Zeile %1: %2 Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>This is not a Leverage rule file (&quot;format&quot;: &quot;%1&quot; is missing).</source>
        <translation>Dies ist keine Leverage-Regeldatei („format“: „%1“ fehlt).</translation>
    </message>
    <message>
        <source>The file is from a newer version of Leverage.</source>
        <translation>Die Datei stammt von einer neueren Version von Leverage.</translation>
    </message>
    <message>
        <source>Each rule must be an object { … }.</source>
        <translation>Jede Regel muss ein Objekt { … } sein.</translation>
    </message>
    <message>
        <source>The id &quot;%1&quot; is used twice.</source>
        <translation>Die Kennung „%1“ wird zweimal verwendet.</translation>
    </message>
</context>
<context>
    <name>leverage::clocks::ClockText</name>
    <message>
        <source>waiting for: %1</source>
        <translation>wartet auf: %1</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>morgen</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>in %1</translation>
    </message>
    <message>
        <source>opened today</source>
        <translation>heute eröffnet</translation>
    </message>
    <message>
        <source>opened %1 ago</source>
        <translation>vor %1 eröffnet</translation>
    </message>
    <message>
        <source>due today</source>
        <translation>heute fällig</translation>
    </message>
    <message>
        <source>overdue by %1</source>
        <translation>seit %1 überfällig</translation>
    </message>
    <message>
        <source>expires today</source>
        <translation>läuft heute ab</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>bestätigt</translation>
    </message>
    <message>
        <source>unconfirmed</source>
        <translation>unbestätigt</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: not yet</source>
        <translation>%1: noch nicht</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
</context>
<context>
    <name>leverage::clocks::ClockVocabulary</name>
    <message>
        <source>Finance (bank, card, loan)</source>
        <translation>Finanzen (Bank, Karte, Kredit)</translation>
    </message>
    <message>
        <source>Credit reporting</source>
        <translation>Auskunfteien</translation>
    </message>
    <message>
        <source>Telecom (phone, broadband)</source>
        <translation>Telekommunikation (Telefon, Internet)</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Energie</translation>
    </message>
    <message>
        <source>Insurance</source>
        <translation>Versicherung</translation>
    </message>
    <message>
        <source>Airline</source>
        <translation>Fluggesellschaft</translation>
    </message>
    <message>
        <source>Retail goods</source>
        <translation>Einzelhandel</translation>
    </message>
    <message>
        <source>Distance sale (online, phone)</source>
        <translation>Fernabsatz (online, Telefon)</translation>
    </message>
    <message>
        <source>Debt collection</source>
        <translation>Inkasso</translation>
    </message>
    <message>
        <source>Mortgage</source>
        <translation>Hypothek</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>Complaint to the company</source>
        <translation>Beschwerde beim Unternehmen</translation>
    </message>
    <message>
        <source>Card issuer (chargeback, Section 75)</source>
        <translation>Kartenaussteller (Rückbuchung, Section 75)</translation>
    </message>
    <message>
        <source>Complaint through a regulator</source>
        <translation>Beschwerde über eine Aufsichtsbehörde</translation>
    </message>
    <message>
        <source>Small claims / court</source>
        <translation>Bagatellklage / Gericht</translation>
    </message>
    <message>
        <source>complaint or dispute made</source>
        <translation>Beschwerde oder Einspruch eingelegt</translation>
    </message>
    <message>
        <source>final response or deadlock letter</source>
        <translation>abschließende Antwort oder Ablehnungsschreiben</translation>
    </message>
    <message>
        <source>statement showing the error</source>
        <translation>Abrechnung, die den Fehler zeigt</translation>
    </message>
    <message>
        <source>purchase or transaction</source>
        <translation>Kauf oder Buchung</translation>
    </message>
    <message>
        <source>goods delivered</source>
        <translation>Ware geliefert</translation>
    </message>
    <message>
        <source>disrupted flight</source>
        <translation>gestörter Flug</translation>
    </message>
    <message>
        <source>refund became due</source>
        <translation>Erstattung wurde fällig</translation>
    </message>
    <message>
        <source>claim made</source>
        <translation>Anspruch geltend gemacht</translation>
    </message>
    <message>
        <source>proof of loss given</source>
        <translation>Schadensnachweis erbracht</translation>
    </message>
    <message>
        <source>validation notice</source>
        <translation>Forderungsnachweis</translation>
    </message>
    <message>
        <source>complaint passed on by the regulator</source>
        <translation>Beschwerde von der Aufsichtsbehörde weitergeleitet</translation>
    </message>
    <message>
        <source>you added information</source>
        <translation>Sie haben Angaben ergänzt</translation>
    </message>
    <message>
        <source>provisional credit given</source>
        <translation>vorläufige Gutschrift erteilt</translation>
    </message>
    <message>
        <source>provisional credit (new account, point of sale or abroad)</source>
        <translation>vorläufige Gutschrift (neues Konto, Kassenzahlung oder Ausland)</translation>
    </message>
    <message>
        <source>servicer extended the period</source>
        <translation>Verwalter hat die Frist verlängert</translation>
    </message>
    <message>
        <source>paid other than by card</source>
        <translation>nicht mit Karte bezahlt</translation>
    </message>
    <message>
        <source>hardship request</source>
        <translation>Härtefallantrag</translation>
    </message>
    <message>
        <source>superannuation complaint</source>
        <translation>Beschwerde zur Altersvorsorge</translation>
    </message>
    <message>
        <source>not told of the right to withdraw</source>
        <translation>nicht über das Widerrufsrecht belehrt</translation>
    </message>
    <message>
        <source>the earlier window opened</source>
        <translation>das frühere Zeitfenster hat begonnen</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>leverage::models</name>
    <message>
        <source>Attach “%1”</source>
        <translation>„%1“ anhängen</translation>
    </message>
    <message>
        <source>Remove Attachment “%1”</source>
        <translation>Anhang „%1“ entfernen</translation>
    </message>
    <message>
        <source>Edit Attachment</source>
        <translation>Anhang bearbeiten</translation>
    </message>
    <message>
        <source>New %1 letter</source>
        <translation>Neuer Brief: %1</translation>
    </message>
    <message>
        <source>Edit the case&apos;s numbers</source>
        <translation>Zahlen des Falls bearbeiten</translation>
    </message>
    <message>
        <source>Edit letter</source>
        <translation>Brief bearbeiten</translation>
    </message>
    <message>
        <source>Reset letter template</source>
        <translation>Briefvorlage zurücksetzen</translation>
    </message>
    <message>
        <source>Edit letter template</source>
        <translation>Briefvorlage bearbeiten</translation>
    </message>
    <message>
        <source>Edit my details</source>
        <translation>Meine Angaben bearbeiten</translation>
    </message>
    <message>
        <source>Delete letter</source>
        <translation>Brief löschen</translation>
    </message>
    <message>
        <source>A sent letter stays with the case; undo “Mark as sent” first to delete it.</source>
        <translation>Ein versandter Brief bleibt beim Fall; machen Sie zuerst „Als versandt markieren“ rückgängig, um ihn zu löschen.</translation>
    </message>
    <message>
        <source>Close case with outcome</source>
        <translation>Fall mit Ergebnis abschließen</translation>
    </message>
    <message>
        <source>Say when the case was closed.</source>
        <translation>Geben Sie an, wann der Fall abgeschlossen wurde.</translation>
    </message>
    <message>
        <source>Reopen case</source>
        <translation>Fall wieder öffnen</translation>
    </message>
    <message>
        <source>This case is not closed with an outcome.</source>
        <translation>Dieser Fall ist nicht mit einem Ergebnis abgeschlossen.</translation>
    </message>
    <message>
        <source>Edit Follow-up</source>
        <translation>Nachfassen bearbeiten</translation>
    </message>
    <message>
        <source>“%1” could not be redone: %2</source>
        <translation>„%1“ konnte nicht wiederhergestellt werden: %2</translation>
    </message>
    <message>
        <source>“%1” could not be undone: %2</source>
        <translation>„%1“ konnte nicht rückgängig gemacht werden: %2</translation>
    </message>
    <message>
        <source>%1 is on a call on this case</source>
        <translation>%1 telefoniert gerade zu diesem Fall</translation>
    </message>
    <message>
        <source>%1 and %2 are on a call on this case</source>
        <translation>%1 und %2 telefonieren gerade zu diesem Fall</translation>
    </message>
    <message>
        <source>Set Who May See the Case</source>
        <translation>Festlegen, wer den Fall sehen darf</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>Your colleague&apos;s version was kept; your change was not saved.</source>
        <translation>Die Fassung Ihrer Kollegin oder Ihres Kollegen wurde behalten; Ihre Änderung wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>Edit time and trouble costs</source>
        <translation>Kosten von Zeit und Mühe bearbeiten</translation>
    </message>
    <message>
        <source>%1 ext. %2</source>
        <translation>%1 Durchwahl %2</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Time-stamp the Record</source>
        <translation>Akte mit Zeitstempel versehen</translation>
    </message>
    <message>
        <source>Nothing was saved. OK shows both versions again; Cancel leaves your colleague&apos;s version as it is.</source>
        <translation>Nichts wurde gespeichert. OK zeigt beide Fassungen erneut; Abbrechen lässt die Fassung Ihrer Kollegin oder Ihres Kollegen, wie sie ist.</translation>
    </message>
</context>
<context>
    <name>leverage::models::AgendaModel</name>
    <message>
        <source>the follow-ups</source>
        <translation>die Nachfass-Termine</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (snoozed)</source>
        <translation>%1 (zurückgestellt)</translation>
    </message>
    <message>
        <source>%1 — due now</source>
        <translation>%1 – jetzt fällig</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Nachfassen</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Fall</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Mit</translation>
    </message>
</context>
<context>
    <name>leverage::models::AttachmentListModel</name>
    <message>
        <source>the attachments</source>
        <translation>die Anhänge</translation>
    </message>
    <message>
        <source>Exhibit</source>
        <translation>Beweisstück</translation>
    </message>
    <message>
        <source>Not an exhibit</source>
        <translation>Kein Beweisstück</translation>
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
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
</context>
<context>
    <name>leverage::models::AutoBackup</name>
    <message>
        <source>%1 Check the backup folder in File → Backup Settings….</source>
        <translation>%1 Prüfen Sie den Sicherungsordner unter Datei → Sicherungseinstellungen….</translation>
    </message>
</context>
<context>
    <name>leverage::models::BackupListModel</name>
    <message>
        <source>cannot be read</source>
        <translation>nicht lesbar</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Erfasst</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Fälle</translation>
    </message>
</context>
<context>
    <name>leverage::models::CallChecklistModel</name>
    <message>
        <source>Captured</source>
        <translation>Erfasst</translation>
    </message>
    <message>
        <source>Not captured yet</source>
        <translation>Noch nicht erfasst</translation>
    </message>
</context>
<context>
    <name>leverage::models::CallPromisesModel</name>
    <message>
        <source>Re-confirmed before hanging up</source>
        <translation>Vor dem Auflegen noch einmal bestätigt</translation>
    </message>
    <message>
        <source>Read it back and tick when confirmed</source>
        <translation>Vorlesen und abhaken, wenn bestätigt</translation>
    </message>
</context>
<context>
    <name>leverage::models::CaseListModel</name>
    <message>
        <source>the cases</source>
        <translation>die Fälle</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Eröffnet</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Letzte Aktivität</translation>
    </message>
</context>
<context>
    <name>leverage::models::ClockEditor</name>
    <message>
        <source>Save the clock rule</source>
        <translation>Fristregel speichern</translation>
    </message>
    <message>
        <source>Switch off the clock rule</source>
        <translation>Fristregel ausschalten</translation>
    </message>
    <message>
        <source>Switch on the clock rule</source>
        <translation>Fristregel einschalten</translation>
    </message>
    <message>
        <source>Reset the clock rule</source>
        <translation>Fristregel zurücksetzen</translation>
    </message>
    <message>
        <source>Import %1 clock rules</source>
        <translation>%1 Fristregeln importieren</translation>
    </message>
</context>
<context>
    <name>leverage::models::ClockListModel</name>
    <message>
        <source>the clocks</source>
        <translation>die Fristen</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Weg</translation>
    </message>
    <message>
        <source>Counted from</source>
        <translation>Gezählt ab</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Then</source>
        <translation>Danach</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Rechtsgrundlage</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Verlässlichkeit</translation>
    </message>
</context>
<context>
    <name>leverage::models::ClockRuleListModel</name>
    <message>
        <source>the clock rules</source>
        <translation>die Fristregeln</translation>
    </message>
    <message>
        <source>%1 · every sector</source>
        <translation>%1 · alle Branchen</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source> (from %1)</source>
        <translation> (ab %1)</translation>
    </message>
    <message>
        <source> (until %1)</source>
        <translation> (bis %1)</translation>
    </message>
    <message>
        <source>shipped</source>
        <translation>mitgeliefert</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>bearbeitet</translation>
    </message>
    <message>
        <source>yours</source>
        <translation>eigene</translation>
    </message>
    <message>
        <source>switched off</source>
        <translation>ausgeschaltet</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Stelle</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Verlässlichkeit</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Herkunft</translation>
    </message>
</context>
<context>
    <name>leverage::models::CommitmentListModel</name>
    <message>
        <source>the commitments</source>
        <translation>die Zusagen</translation>
    </message>
    <message>
        <source>%1 (%2 will act)</source>
        <translation>%1 (%2 handelt)</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>⚠ %1, overdue</source>
        <translation>⚠ %1, überfällig</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Made by</source>
        <translation>Gemacht von</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Gemacht</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Status changed</source>
        <translation>Status geändert</translation>
    </message>
</context>
<context>
    <name>leverage::models::ContactPageModel</name>
    <message>
        <source>this contact&apos;s page</source>
        <translation>die Seite dieses Kontakts</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Angabe</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Helpfulness</source>
        <translation>Hilfsbereitschaft</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Fall</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Gemacht</translation>
    </message>
    <message>
        <source>No contact selected</source>
        <translation>Kein Kontakt gewählt</translation>
    </message>
    <message>
        <source>Position:</source>
        <translation>Position:</translation>
    </message>
    <message>
        <source>Department:</source>
        <translation>Abteilung:</translation>
    </message>
    <message>
        <source>Organization:</source>
        <translation>Organisation:</translation>
    </message>
    <message>
        <source>Reports to:</source>
        <translation>Berichtet an:</translation>
    </message>
    <message>
        <source>Direct line:</source>
        <translation>Durchwahl:</translation>
    </message>
    <message>
        <source>Extension / id:</source>
        <translation>Nebenstelle / Kennung:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-Mail:</translation>
    </message>
    <message>
        <source>Preferred channel:</source>
        <translation>Bevorzugter Kanal:</translation>
    </message>
    <message>
        <source>Best time:</source>
        <translation>Beste Zeit:</translation>
    </message>
    <message>
        <source>Rules of engagement:</source>
        <translation>Umgangsregeln:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notizen:</translation>
    </message>
    <message>
        <source>Track record: &lt;b&gt;%1&lt;/b&gt; %2</source>
        <translation>Bilanz: &lt;b&gt;%1&lt;/b&gt; %2</translation>
    </message>
    <message>
        <source>, last contact %1</source>
        <translation>, letzter Kontakt %1</translation>
    </message>
    <message>
        <source>soon</source>
        <translation>bald</translation>
    </message>
</context>
<context>
    <name>leverage::models::ContactSearchModel</name>
    <message>
        <source>the contacts</source>
        <translation>die Kontakte</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>Türöffner</translation>
    </message>
    <message>
        <source>Not a gateway</source>
        <translation>Kein Türöffner</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>A gateway: click to remove the bookmark</source>
        <translation>Ein Türöffner: Klicken, um die Markierung zu entfernen</translation>
    </message>
    <message>
        <source>Click to bookmark as a gateway</source>
        <translation>Klicken, um als Türöffner zu merken</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Letzter Kontakt</translation>
    </message>
</context>
<context>
    <name>leverage::models::ContactTreeModel</name>
    <message>
        <source>the contacts</source>
        <translation>die Kontakte</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>Nebenstelle</translation>
    </message>
    <message>
        <source>No organization</source>
        <translation>Keine Organisation</translation>
    </message>
</context>
<context>
    <name>leverage::models::EntryVersions</name>
    <message>
        <source>Version %1: recorded %2</source>
        <translation>Fassung %1: erfasst %2</translation>
    </message>
    <message>
        <source>Version %1: %2, a contact it named was removed or brought back</source>
        <translation>Fassung %1: %2, ein genannter Kontakt wurde entfernt oder zurückgeholt</translation>
    </message>
    <message>
        <source>Version %1: removed %2</source>
        <translation>Fassung %1: entfernt %2</translation>
    </message>
    <message>
        <source>Version %1: edited %2</source>
        <translation>Fassung %1: bearbeitet %2</translation>
    </message>
    <message>
        <source> by %1</source>
        <translation> von %1</translation>
    </message>
    <message>
        <source>    %1: %2 → %3</source>
        <translation>    %1: %2 → %3</translation>
    </message>
    <message>
        <source>    (saved with nothing changed)</source>
        <translation>    (ohne Änderung gespeichert)</translation>
    </message>
</context>
<context>
    <name>leverage::models::EscalationPathModel</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Move escalation steps</source>
        <translation>Eskalationsschritte verschieben</translation>
    </message>
    <message>
        <source>That step is no longer on this path.</source>
        <translation>Dieser Schritt ist nicht mehr auf diesem Pfad.</translation>
    </message>
    <message>
        <source>Choose a case first.</source>
        <translation>Wählen Sie zuerst einen Fall.</translation>
    </message>
</context>
<context>
    <name>leverage::models::GatewayListModel</name>
    <message>
        <source>the gateways</source>
        <translation>die Türöffner</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Rules of engagement</source>
        <translation>Umgangsregeln</translation>
    </message>
    <message>
        <source>Track record</source>
        <translation>Bilanz</translation>
    </message>
    <message>
        <source>Helped in</source>
        <translation>Geholfen bei</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Letzter Kontakt</translation>
    </message>
</context>
<context>
    <name>leverage::models::LedgerEditor</name>
    <message>
        <source>Mark promise kept</source>
        <translation>Zusage als gehalten markieren</translation>
    </message>
    <message>
        <source>Mark promise broken</source>
        <translation>Zusage als gebrochen markieren</translation>
    </message>
    <message>
        <source>Change promise status</source>
        <translation>Status der Zusage ändern</translation>
    </message>
    <message>
        <source>Mark follow-up done</source>
        <translation>Nachfassen als erledigt markieren</translation>
    </message>
    <message>
        <source>Choose a time to snooze until.</source>
        <translation>Wählen Sie, bis wann zurückgestellt werden soll.</translation>
    </message>
    <message>
        <source>Snooze follow-up</source>
        <translation>Nachfassen zurückstellen</translation>
    </message>
    <message>
        <source>Say what the follow-up is.</source>
        <translation>Geben Sie an, worum es beim Nachfassen geht.</translation>
    </message>
    <message>
        <source>Add follow-up</source>
        <translation>Nachfassen hinzufügen</translation>
    </message>
    <message>
        <source>Chase the broken promise: %1</source>
        <translation>Der gebrochenen Zusage nachgehen: %1</translation>
    </message>
</context>
<context>
    <name>leverage::models::LedgerModel</name>
    <message>
        <source>the promises</source>
        <translation>die Zusagen</translation>
    </message>
    <message>
        <source>%1 (%2 will act)</source>
        <translation>%1 (%2 handelt)</translation>
    </message>
    <message>
        <source>soon (no date)</source>
        <translation>bald (kein Datum)</translation>
    </message>
    <message>
        <source>%1 — overdue</source>
        <translation>%1 – überfällig</translation>
    </message>
    <message>
        <source>%1 — due now</source>
        <translation>%1 – jetzt fällig</translation>
    </message>
    <message>
        <source>Promise</source>
        <translation>Zusage</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Fall</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Gemacht</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Status changed</source>
        <translation>Status geändert</translation>
    </message>
</context>
<context>
    <name>leverage::models::LetterDraftSaver</name>
    <message>
        <source>The letter&apos;s draft could not be saved: %1</source>
        <translation>Der Entwurf des Briefs konnte nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>leverage::models::LetterListModel</name>
    <message>
        <source>the letters</source>
        <translation>die Briefe</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Sent %1 (%2)</source>
        <translation>Versandt %1 (%2)</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Tone</source>
        <translation>Ton</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Reply by</source>
        <translation>Antwort bis</translation>
    </message>
</context>
<context>
    <name>leverage::models::LiveCall</name>
    <message>
        <source>On hold</source>
        <translation>In der Warteschleife</translation>
    </message>
    <message>
        <source>Off hold (%1 on hold in all)</source>
        <translation>Aus der Warteschleife (insgesamt %1 gewartet)</translation>
    </message>
    <message>
        <source> (ext./id %1)</source>
        <translation> (Nebenst./Kennung %1)</translation>
    </message>
    <message>
        <source>Now speaking with %1</source>
        <translation>Jetzt im Gespräch mit %1</translation>
    </message>
    <message>
        <source>PROMISE: %1</source>
        <translation>ZUSAGE: %1</translation>
    </message>
    <message>
        <source>FOLLOW-UP: %1</source>
        <translation>NACHFASSEN: %1</translation>
    </message>
    <message>
        <source> (%1 will act)</source>
        <translation> (%1 handelt)</translation>
    </message>
    <message>
        <source>, due %1</source>
        <translation>, fällig %1</translation>
    </message>
    <message>
        <source> [policy rationale]</source>
        <translation> [Begründung der Regelung]</translation>
    </message>
    <message>
        <source> [alternatives]</source>
        <translation> [Alternativen]</translation>
    </message>
    <message>
        <source>QUOTE%1 %2“%3”</source>
        <translation>ZITAT%1 %2„%3“</translation>
    </message>
    <message>
        <source>No call is in progress.</source>
        <translation>Es läuft kein Anruf.</translation>
    </message>
</context>
<context>
    <name>leverage::models::MarkLetterSentCommand</name>
    <message>
        <source>Mark letter as sent</source>
        <translation>Brief als versandt markieren</translation>
    </message>
    <message>
        <source>%1 sent (%2): %3</source>
        <translation>%1 versandt (%2): %3</translation>
    </message>
    <message>
        <source>No answer by %1 → follow up</source>
        <translation>Keine Antwort bis %1 → nachfassen</translation>
    </message>
    <message>
        <source>No answer by %1 → escalate to %2</source>
        <translation>Keine Antwort bis %1 → eskalieren an %2</translation>
    </message>
    <message>
        <source>This letter was already marked as sent.</source>
        <translation>Dieser Brief ist bereits als versandt markiert.</translation>
    </message>
</context>
<context>
    <name>leverage::models::OutcomesReport</name>
    <message>
        <source>the outcome figures</source>
        <translation>die Ergebniszahlen</translation>
    </message>
</context>
<context>
    <name>leverage::models::SavedSearchCommand</name>
    <message>
        <source>Save Search “%1”</source>
        <translation>Suche „%1“ speichern</translation>
    </message>
    <message>
        <source>Rename Saved Search “%1”</source>
        <translation>Gespeicherte Suche „%1“ umbenennen</translation>
    </message>
    <message>
        <source>Remove Saved Search “%1”</source>
        <translation>Gespeicherte Suche „%1“ entfernen</translation>
    </message>
</context>
<context>
    <name>leverage::models::SavedSearchListModel</name>
    <message>
        <source>%1 (%2+)</source>
        <translation>%1 (%2+)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Search: %1</source>
        <translation>Suche: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n match(es)</source>
        <translation>
            <numerusform>%1, %n Treffer</numerusform>
            <numerusform>%1, %n Treffer</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>leverage::models::SearchResultsModel</name>
    <message>
        <source>Cases</source>
        <translation>Fälle</translation>
    </message>
    <message>
        <source>Timeline entries</source>
        <translation>Zeitleisteneinträge</translation>
    </message>
    <message>
        <source>Promises</source>
        <translation>Zusagen</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Nachfass-Termine</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>Organisationen</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Briefe</translation>
    </message>
</context>
<context>
    <name>leverage::models::TimeStamper</name>
    <message>
        <source>Nothing is sealed yet: write an entry first.</source>
        <translation>Noch ist nichts versiegelt: Schreiben Sie zuerst einen Eintrag.</translation>
    </message>
</context>
<context>
    <name>leverage::models::TimelineModel</name>
    <message>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <source>the timeline</source>
        <translation>die Zeitleiste</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1; %2</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>Service failure: wrong information, or a promise that was not kept.</source>
        <translation>Servicemangel: falsche Auskunft oder eine nicht gehaltene Zusage.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Vorgangsnr.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Warteschleife</translation>
    </message>
    <message>
        <source>Effort</source>
        <translation>Aufwand</translation>
    </message>
    <message>
        <source>with %1</source>
        <translation>mit %1</translation>
    </message>
    <message>
        <source>cc %1</source>
        <translation>Kopie an %1</translation>
    </message>
</context>
<context>
    <name>leverage::models::TrackRecordModel</name>
    <message>
        <source>the track record</source>
        <translation>die Bilanz</translation>
    </message>
    <message>
        <source>The track record could not be read.</source>
        <translation>Die Bilanz konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>%1: the track record could not be read.</source>
        <translation>%1: Die Bilanz konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 – %2</translation>
    </message>
</context>
<context>
    <name>leverage::outcomes</name>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Fälle</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Gelöst</translation>
    </message>
    <message>
        <source>Resolved %</source>
        <translation>Gelöst %</translation>
    </message>
    <message>
        <source>Sought (%1)</source>
        <translation>Gefordert (%1)</translation>
    </message>
    <message>
        <source>Received (%1)</source>
        <translation>Erhalten (%1)</translation>
    </message>
    <message>
        <source>Median days to close</source>
        <translation>Median der Tage bis zum Abschluss</translation>
    </message>
    <message>
        <source>Contacts per case</source>
        <translation>Kontakte je Fall</translation>
    </message>
    <message>
        <source>Hours on hold per case</source>
        <translation>Stunden in der Warteschleife je Fall</translation>
    </message>
    <message>
        <source>Hours on calls per case</source>
        <translation>Stunden am Telefon je Fall</translation>
    </message>
    <message>
        <source>Promises kept</source>
        <translation>Gehaltene Zusagen</translation>
    </message>
    <message>
        <source>Promises broken</source>
        <translation>Gebrochene Zusagen</translation>
    </message>
    <message>
        <source>Average effort</source>
        <translation>Durchschnittlicher Aufwand</translation>
    </message>
    <message>
        <source>Resolved most often by</source>
        <translation>Am häufigsten gelöst von</translation>
    </message>
    <message>
        <source>(no organization)</source>
        <translation>(keine Organisation)</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Cases opened</source>
        <translation>Eröffnete Fälle</translation>
    </message>
    <message>
        <source>Cases closed</source>
        <translation>Abgeschlossene Fälle</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Cases resolved</source>
        <translation>Gelöste Fälle</translation>
    </message>
    <message>
        <source>Named as what resolved it</source>
        <translation>Als Lösung genannt</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Anrufe</translation>
    </message>
    <message>
        <source>E-mails</source>
        <translation>E-Mails</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Briefe</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Besuche</translation>
    </message>
    <message>
        <source>Chats</source>
        <translation>Chats</translation>
    </message>
    <message>
        <source>Minutes on the phone</source>
        <translation>Minuten am Telefon</translation>
    </message>
    <message>
        <source>Minutes on hold</source>
        <translation>Minuten in der Warteschleife</translation>
    </message>
    <message>
        <source>Days open per case</source>
        <translation>Offene Tage je Fall</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Fall</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Days open</source>
        <translation>Offene Tage</translation>
    </message>
    <message>
        <source> with %1</source>
        <translation> mit %1</translation>
    </message>
    <message>
        <source>, %1 min (%2 on hold)</source>
        <translation>, %1 Min. (%2 in der Warteschleife)</translation>
    </message>
    <message>
        <source>, %1 min</source>
        <translation>, %1 Min.</translation>
    </message>
    <message>
        <source>%1 call</source>
        <translation>%1 Anruf</translation>
    </message>
    <message>
        <source>%1 calls</source>
        <translation>%1 Anrufe</translation>
    </message>
    <message>
        <source>%1 e-mail</source>
        <translation>%1 E-Mail</translation>
    </message>
    <message>
        <source>%1 e-mails</source>
        <translation>%1 E-Mails</translation>
    </message>
    <message>
        <source>%1 letter</source>
        <translation>%1 Brief</translation>
    </message>
    <message>
        <source>%1 letters</source>
        <translation>%1 Briefe</translation>
    </message>
    <message>
        <source>%1 visit</source>
        <translation>%1 Besuch</translation>
    </message>
    <message>
        <source>%1 visits</source>
        <translation>%1 Besuche</translation>
    </message>
    <message>
        <source>%1 chat</source>
        <translation>%1 Chat</translation>
    </message>
    <message>
        <source>%1 chats</source>
        <translation>%1 Chats</translation>
    </message>
    <message>
        <source>%1 contact</source>
        <translation>%1 Kontakt</translation>
    </message>
    <message>
        <source>%1 contacts</source>
        <translation>%1 Kontakte</translation>
    </message>
    <message>
        <source>%1 minute on the phone</source>
        <translation>%1 Minute am Telefon</translation>
    </message>
    <message>
        <source>%1 minutes on the phone</source>
        <translation>%1 Minuten am Telefon</translation>
    </message>
    <message>
        <source>%1 day open</source>
        <translation>%1 Tag offen</translation>
    </message>
    <message>
        <source>%1 days open</source>
        <translation>%1 Tage offen</translation>
    </message>
    <message>
        <source>%1 broken promise</source>
        <translation>%1 gebrochene Zusage</translation>
    </message>
    <message>
        <source>%1 broken promises</source>
        <translation>%1 gebrochene Zusagen</translation>
    </message>
</context>
<context>
    <name>leverage::outcomes::OutcomeSummary</name>
    <message>
        <source>%1 (closed %2)</source>
        <translation>%1 (abgeschlossen %2)</translation>
    </message>
    <message>
        <source>Reopened %1 (had been closed: %2)</source>
        <translation>Wieder geöffnet %1 (war abgeschlossen: %2)</translation>
    </message>
    <message>
        <source>nothing received</source>
        <translation>nichts erhalten</translation>
    </message>
    <message>
        <source>received %1</source>
        <translation>%1 erhalten</translation>
    </message>
    <message>
        <source>: %1 of %2 sought</source>
        <translation>: %1 von %2 gefordert</translation>
    </message>
</context>
<context>
    <name>leverage::outcomes::RegulatorForm</name>
    <message>
        <source>In progress</source>
        <translation>In Bearbeitung</translation>
    </message>
    <message>
        <source>Closed with monetary relief</source>
        <translation>Abgeschlossen mit finanzieller Abhilfe</translation>
    </message>
    <message>
        <source>Closed with non-monetary relief</source>
        <translation>Abgeschlossen mit nicht-finanzieller Abhilfe</translation>
    </message>
    <message>
        <source>Closed with explanation</source>
        <translation>Abgeschlossen mit Erklärung</translation>
    </message>
    <message>
        <source>Untimely response</source>
        <translation>Verspätete Antwort</translation>
    </message>
    <message>
        <source>Closed without relief</source>
        <translation>Abgeschlossen ohne Abhilfe</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Anliegen</translation>
    </message>
    <message>
        <source>Account or reference number</source>
        <translation>Konto- oder Vorgangsnummer</translation>
    </message>
    <message>
        <source>Date the complaint was opened</source>
        <translation>Datum der Beschwerde</translation>
    </message>
    <message>
        <source>First contact with the company</source>
        <translation>Erster Kontakt mit dem Unternehmen</translation>
    </message>
    <message>
        <source>Date closed</source>
        <translation>Datum des Abschlusses</translation>
    </message>
    <message>
        <source>still open</source>
        <translation>noch offen</translation>
    </message>
    <message>
        <source>Company&apos;s response</source>
        <translation>Antwort des Unternehmens</translation>
    </message>
    <message>
        <source> (received %1)</source>
        <translation> (erhalten %1)</translation>
    </message>
    <message>
        <source>What the company did</source>
        <translation>Was das Unternehmen getan hat</translation>
    </message>
    <message>
        <source>amount sought %1</source>
        <translation>geforderter Betrag %1</translation>
    </message>
    <message>
        <source>What I want</source>
        <translation>Was ich möchte</translation>
    </message>
    <message>
        <source>Time and trouble</source>
        <translation>Zeit und Mühe</translation>
    </message>
    <message>
        <source>What happened:</source>
        <translation>Was geschah:</translation>
    </message>
    <message>
        <source>(nothing recorded)</source>
        <translation>(nichts erfasst)</translation>
    </message>
</context>
<context>
    <name>leverage::outcomes::Trouble</name>
    <message>
        <source> of which %1 on hold</source>
        <translation> davon %1 in der Warteschleife</translation>
    </message>
    <message>
        <source>It took %1 and %2.</source>
        <translation>Es brauchte %1 und %2.</translation>
    </message>
    <message>
        <source>At %1 an hour, the time on the phone is worth %2.</source>
        <translation>Bei %1 je Stunde ist die Zeit am Telefon %2 wert.</translation>
    </message>
    <message>
        <source>Out of pocket: %1.</source>
        <translation>Aus eigener Tasche: %1.</translation>
    </message>
</context>
<context>
    <name>leverage::outcomes::TroubleMoney</name>
    <message>
        <source>Time value (%1)</source>
        <translation>Wert der Zeit (%1)</translation>
    </message>
    <message>
        <source>Out of pocket (%1)</source>
        <translation>Aus eigener Tasche (%1)</translation>
    </message>
</context>
<context>
    <name>leverage::search::QueryParser</name>
    <message>
        <source>&quot;OR&quot; needs a word on each side</source>
        <translation>„OR“ braucht auf beiden Seiten ein Wort</translation>
    </message>
    <message>
        <source>a filter cannot be excluded or joined by OR</source>
        <translation>ein Filter kann nicht ausgeschlossen oder mit OR verbunden werden</translation>
    </message>
    <message>
        <source>an excluded word cannot be joined by OR</source>
        <translation>ein ausgeschlossenes Wort kann nicht mit OR verbunden werden</translation>
    </message>
    <message>
        <source>say what to look for besides what to leave out</source>
        <translation>geben Sie an, wonach gesucht werden soll, nicht nur, was wegfallen soll</translation>
    </message>
    <message>
        <source>The search does not read at character %1: %2.</source>
        <translation>Die Suche ist bei Zeichen %1 nicht lesbar: %2.</translation>
    </message>
    <message>
        <source>the quote is not closed</source>
        <translation>das Anführungszeichen ist nicht geschlossen</translation>
    </message>
    <message>
        <source>&quot;*&quot; goes at the end of a word (refun*)</source>
        <translation>„*“ steht am Ende eines Wortes (erstatt*)</translation>
    </message>
    <message>
        <source>&quot;*&quot; needs the start of a word before it</source>
        <translation>„*“ braucht davor den Anfang eines Wortes</translation>
    </message>
    <message>
        <source>&quot;%1:&quot; needs a value after it</source>
        <translation>„%1:“ braucht danach einen Wert</translation>
    </message>
    <message>
        <source>channels are call, email, letter, chat, visit and note</source>
        <translation>Kanäle sind call, email, letter, chat, visit und note</translation>
    </message>
    <message>
        <source>statuses are open, waiting, escalated, resolved, closed, pending, kept, broken, withdrawn and done</source>
        <translation>Status sind open, waiting, escalated, resolved, closed, pending, kept, broken, withdrawn und done</translation>
    </message>
    <message>
        <source>a date is written 2026-03-01</source>
        <translation>ein Datum wird 2026-03-01 geschrieben</translation>
    </message>
    <message>
        <source>&quot;%1:&quot; is not a filter; filters are person:, org:, channel:, status:, case:, after:, before:, ref: and kind:</source>
        <translation>„%1:“ ist kein Filter; Filter sind person:, org:, channel:, status:, case:, after:, before:, ref: und kind:</translation>
    </message>
    <message>
        <source>kinds are case, entry, promise, follow-up, contact, organization and letter</source>
        <translation>Arten sind case, entry, promise, follow-up, contact, organization und letter</translation>
    </message>
</context>
<context>
    <name>leverage::ui::AgendaPane</name>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Erledigt</translation>
    </message>
    <message>
        <source>Snooze &amp;1 h</source>
        <translation>&amp;1 Std. zurückstellen</translation>
    </message>
    <message>
        <source>Snooze until tomorrow &amp;9:00</source>
        <translation>Bis morgen &amp;9:00 zurückstellen</translation>
    </message>
    <message>
        <source>E&amp;xport calendar…</source>
        <translation>Kalender e&amp;xportieren…</translation>
    </message>
</context>
<context>
    <name>leverage::ui::ArchiveController</name>
    <message>
        <source>Writing the archive…</source>
        <translation>Das Archiv wird geschrieben…</translation>
    </message>
    <message>
        <source>%1 imported.leverage</source>
        <translation>%1 importiert.leverage</translation>
    </message>
    <message>
        <source>“%1” already exists. An archive is imported into a new file: choose a name that is not taken.</source>
        <translation>„%1“ existiert bereits. Ein Archiv wird in eine neue Datei importiert: Wählen Sie einen freien Namen.</translation>
    </message>
    <message>
        <source>Checking and importing the archive…</source>
        <translation>Das Archiv wird geprüft und importiert…</translation>
    </message>
    <message>
        <source>The archive was written to %1.</source>
        <translation>Das Archiv wurde nach %1 geschrieben.</translation>
    </message>
    <message>
        <source>The archive was imported into %1.</source>
        <translation>Das Archiv wurde nach %1 importiert.</translation>
    </message>
</context>
<context>
    <name>leverage::ui::AttachmentPreview</name>
    <message>
        <source>, page %1 of %2</source>
        <translation>, Seite %1 von %2</translation>
    </message>
    <message>
        <source> — file %1 of %2</source>
        <translation> — Datei %1 von %2</translation>
    </message>
    <message>
        <source>← → other files</source>
        <translation>← → andere Dateien</translation>
    </message>
    <message>
        <source>Page Up, Page Down: pages</source>
        <translation>Bild auf, Bild ab: Seiten</translation>
    </message>
    <message>
        <source>Esc closes</source>
        <translation>Esc schließt</translation>
    </message>
    <message>
        <source>Preview: %1</source>
        <translation>Vorschau: %1</translation>
    </message>
    <message>
        <source>This file is too large to preview. Open shows it with the desktop&apos;s own program.</source>
        <translation>Diese Datei ist für eine Vorschau zu groß. „Öffnen“ zeigt sie mit dem Programm des Desktops.</translation>
    </message>
    <message>
        <source>There is no preview for this kind of file (%1). Open shows it with the desktop&apos;s own program.</source>
        <translation>Für diese Art Datei (%1) gibt es keine Vorschau. „Öffnen“ zeigt sie mit dem Programm des Desktops.</translation>
    </message>
    <message>
        <source>The file could not be read from the workspace: %1</source>
        <translation>Die Datei konnte nicht aus dem Arbeitsbereich gelesen werden: %1</translation>
    </message>
    <message>
        <source>This file could not be shown: it is damaged or locked with a password.</source>
        <translation>Diese Datei kann nicht angezeigt werden: Sie ist beschädigt oder mit einem Passwort geschützt.</translation>
    </message>
</context>
<context>
    <name>leverage::ui::AttachmentsPane</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Anhänge</translation>
    </message>
    <message>
        <source>No files yet. Attach… (Ctrl+Shift+A), drop files here or paste an image (Ctrl+V).</source>
        <translation>Noch keine Dateien. Anhängen… (Strg+Umschalt+A), Dateien hierher ziehen oder ein Bild einfügen (Strg+V).</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Attach…</source>
        <translation>Anhängen…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Exhibit</source>
        <translation>Beweisstück</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected file (Edit → Undo puts it back)</source>
        <translation>Die gewählte Datei entfernen (Bearbeiten → Rückgängig holt sie zurück)</translation>
    </message>
    <message>
        <source>Paste Image</source>
        <translation>Bild einfügen</translation>
    </message>
    <message>
        <source>The clipboard holds no image to attach.</source>
        <translation>Die Zwischenablage enthält kein Bild zum Anhängen.</translation>
    </message>
    <message>
        <source>Open a case first: files are attached to a case.</source>
        <translation>Öffnen Sie zuerst einen Fall: Dateien werden an einen Fall angehängt.</translation>
    </message>
    <message>
        <source>Attach Files</source>
        <translation>Dateien anhängen</translation>
    </message>
    <message>
        <source>Attaching “%1”</source>
        <translation>„%1“ wird angehängt</translation>
    </message>
    <message>
        <source>Pasted image %1.png</source>
        <translation>Eingefügtes Bild %1.png</translation>
    </message>
    <message>
        <source>Wait for the file being attached, then open this one.</source>
        <translation>Warten Sie, bis die Datei angehängt ist, und öffnen Sie dann diese.</translation>
    </message>
    <message>
        <source>Mark as Exhibit</source>
        <translation>Als Beweisstück markieren</translation>
    </message>
    <message>
        <source>Unmark Exhibit</source>
        <translation>Beweisstück-Markierung entfernen</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Look at the image or PDF here (Space); ← → for the others, Esc closes</source>
        <translation>Bild oder PDF hier ansehen (Leertaste); ← → für die anderen, Esc schließt</translation>
    </message>
    <message>
        <source>Number this file in the dossier&apos;s exhibit index (Ctrl+Shift+X)</source>
        <translation>Diese Datei im Anlagenverzeichnis des Dossiers nummerieren (Strg+Umschalt+X)</translation>
    </message>
</context>
<context>
    <name>leverage::ui::BackupController</name>
    <message>
        <source>Restore into a New Workspace</source>
        <translation>In einen neuen Arbeitsbereich wiederherstellen</translation>
    </message>
    <message>
        <source>Leverage workspaces (*.leverage)</source>
        <translation>Leverage-Arbeitsbereiche (*.leverage)</translation>
    </message>
    <message>
        <source>%1 restored %2.leverage</source>
        <translation>%1 wiederhergestellt %2.leverage</translation>
    </message>
    <message>
        <source>That is the workspace you have open. A backup is restored into a new file: choose another name.</source>
        <translation>Das ist der geöffnete Arbeitsbereich. Eine Sicherung wird in eine neue Datei wiederhergestellt: Wählen Sie einen anderen Namen.</translation>
    </message>
    <message numerus="yes">
        <source>Restored %n case(s) into %1.</source>
        <translation>
            <numerusform>%n Fall nach %1 wiederhergestellt.</numerusform>
            <numerusform>%n Fälle nach %1 wiederhergestellt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Backup Restored</source>
        <translation>Sicherung wiederhergestellt</translation>
    </message>
    <message numerus="yes">
        <source>The backup was restored into “%1” (%n case(s)). Open it now? The workspace you have open now stays as it is.</source>
        <translation>
            <numerusform>Die Sicherung wurde nach „%1“ wiederhergestellt (%n Fall). Jetzt öffnen? Der geöffnete Arbeitsbereich bleibt, wie er ist.</numerusform>
            <numerusform>Die Sicherung wurde nach „%1“ wiederhergestellt (%n Fälle). Jetzt öffnen? Der geöffnete Arbeitsbereich bleibt, wie er ist.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>leverage::ui::BackupSettingsDialog</name>
    <message>
        <source>Backup Settings</source>
        <translation>Sicherungseinstellungen</translation>
    </message>
    <message>
        <source>Leverage copies the open workspace a few seconds after you change it, then at most every ten minutes while you edit, and when you close it. Besides the most recent copies, one a day is kept for thirty days.</source>
        <translation>Leverage kopiert den geöffneten Arbeitsbereich wenige Sekunden nach einer Änderung, dann höchstens alle zehn Minuten, solange Sie bearbeiten, und beim Schließen. Neben den neuesten Kopien wird dreißig Tage lang eine pro Tag aufbewahrt.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Backup &amp;folder:</source>
        <translation>Sicherungs&amp;ordner:</translation>
    </message>
    <message>
        <source>&amp;Recent copies to keep:</source>
        <translation>&amp;Neueste Kopien behalten:</translation>
    </message>
    <message>
        <source>Use the &amp;Default Folder</source>
        <translation>&amp;Standardordner verwenden</translation>
    </message>
    <message>
        <source>Backup Folder</source>
        <translation>Sicherungsordner</translation>
    </message>
</context>
<context>
    <name>leverage::ui::CallNotesEditor</name>
    <message>
        <source>Call notes</source>
        <translation>Gesprächsnotizen</translation>
    </message>
    <message>
        <source>No call in progress. Start one from a case or a contact.</source>
        <translation>Kein Anruf im Gange. Beginnen Sie einen über einen Fall oder einen Kontakt.</translation>
    </message>
</context>
<context>
    <name>leverage::ui::CallNotesPane</name>
    <message>
        <source>Call notes</source>
        <translation>Gesprächsnotizen</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checkliste</translation>
    </message>
    <message>
        <source>Read back before han&amp;ging up</source>
        <translation>Vor dem A&amp;uflegen vorlesen</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>In der Warteschleife</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Warteschleife</translation>
    </message>
    <message>
        <source>Draft saved at %1</source>
        <translation>Entwurf gespeichert um %1</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Call filed on the case&apos;s timeline.</source>
        <translation>Anruf in der Zeitleiste des Falls abgelegt.</translation>
    </message>
    <message>
        <source>&amp;Promise…</source>
        <translation>&amp;Zusage…</translation>
    </message>
    <message>
        <source>&amp;Follow-up…</source>
        <translation>&amp;Nachfassen…</translation>
    </message>
    <message>
        <source>&amp;Quote…</source>
        <translation>Zi&amp;tat…</translation>
    </message>
    <message>
        <source>&amp;End call…</source>
        <translation>Anruf &amp;beenden…</translation>
    </message>
    <message>
        <source>Cancel call…</source>
        <translation>Anruf verwerfen…</translation>
    </message>
    <message>
        <source>Pin on top</source>
        <translation>Im Vordergrund halten</translation>
    </message>
    <message>
        <source>Keep the floating call notes above other windows</source>
        <translation>Die schwebenden Gesprächsnotizen über anderen Fenstern halten</translation>
    </message>
    <message>
        <source>Compact</source>
        <translation>Kompakt</translation>
    </message>
    <message>
        <source>Hide the checklist and read-back list</source>
        <translation>Checkliste und Vorleseliste ausblenden</translation>
    </message>
    <message>
        <source>Start &amp;call</source>
        <translation>An&amp;ruf beginnen</translation>
    </message>
    <message>
        <source>Start a call on the selected case and take notes (%1)</source>
        <translation>Einen Anruf zum gewählten Fall beginnen und Notizen machen (%1)</translation>
    </message>
    <message>
        <source>Time into the call</source>
        <translation>Dauer des Anrufs</translation>
    </message>
    <message>
        <source>&amp;With:</source>
        <translation>&amp;Mit:</translation>
    </message>
    <message>
        <source>ticket / case no.</source>
        <translation>Ticket- / Vorgangsnr.</translation>
    </message>
    <message>
        <source>number to call back</source>
        <translation>Rückrufnummer</translation>
    </message>
    <message>
        <source>their supervisor&apos;s name</source>
        <translation>Name Vorgesetzte/r</translation>
    </message>
    <message>
        <source>the supervisor&apos;s direct line</source>
        <translation>Durchwahl Vorgesetzte/r</translation>
    </message>
    <message>
        <source>&amp;Ref. no.:</source>
        <translation>&amp;Vorgangsnr.:</translation>
    </message>
    <message>
        <source>Ca&amp;llback:</source>
        <translation>Rück&amp;ruf:</translation>
    </message>
    <message>
        <source>S&amp;upervisor:</source>
        <translation>Vor&amp;gesetzte(r):</translation>
    </message>
    <message>
        <source>Direct line:</source>
        <translation>Durchwahl:</translation>
    </message>
    <message>
        <source>%1 on hold</source>
        <translation>%1 in der Warteschleife</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>A call is in progress</source>
        <translation>Ein Anruf läuft</translation>
    </message>
    <message>
        <source>end or cancel it before starting another.</source>
        <translation>Beenden oder verwerfen Sie ihn, bevor Sie einen weiteren beginnen.</translation>
    </message>
    <message>
        <source>The call could not start</source>
        <translation>Der Anruf konnte nicht beginnen</translation>
    </message>
    <message>
        <source>The organization&apos;s people could not be read</source>
        <translation>Die Personen der Organisation konnten nicht gelesen werden</translation>
    </message>
    <message>
        <source>Call resumed from its draft.</source>
        <translation>Anruf aus seinem Entwurf fortgesetzt.</translation>
    </message>
    <message>
        <source>Call started.</source>
        <translation>Anruf begonnen.</translation>
    </message>
    <message>
        <source>No call in progress</source>
        <translation>Kein Anruf im Gange</translation>
    </message>
    <message>
        <source>Unfinished calls could not be read</source>
        <translation>Unfertige Anrufe konnten nicht gelesen werden</translation>
    </message>
    <message>
        <source>only one call can be live; the unfinished one stays saved.</source>
        <translation>Es kann nur ein Anruf laufen; der unfertige bleibt gespeichert.</translation>
    </message>
    <message>
        <source>The call was not filed</source>
        <translation>Der Anruf wurde nicht abgelegt</translation>
    </message>
    <message>
        <source>It stays saved; resume it to choose a case.</source>
        <translation>Er bleibt gespeichert; setzen Sie ihn fort, um einen Fall zu wählen.</translation>
    </message>
    <message>
        <source>Discard the call?</source>
        <translation>Den Anruf verwerfen?</translation>
    </message>
    <message>
        <source>The call&apos;s notes, promises and follow-ups will be lost.</source>
        <translation>Die Notizen, Zusagen und Nachfass-Termine des Anrufs gehen verloren.</translation>
    </message>
    <message>
        <source>The call was not discarded</source>
        <translation>Der Anruf wurde nicht verworfen</translation>
    </message>
    <message>
        <source>%1 (supervisor)</source>
        <translation>%1 (Vorgesetzte/r)</translation>
    </message>
    <message>
        <source>The cases to file the call under could not be read</source>
        <translation>Die Fälle, unter denen der Anruf abgelegt werden kann, konnten nicht gelesen werden</translation>
    </message>
    <message>
        <source>Nothing was lost: the call is still open and saved.</source>
        <translation>Nichts ging verloren: Der Anruf ist noch offen und gespeichert.</translation>
    </message>
    <message>
        <source>Discard this call?</source>
        <translation>Diesen Anruf verwerfen?</translation>
    </message>
    <message>
        <source>The notes, promises and follow-ups of this call will be thrown away, not filed.</source>
        <translation>Die Notizen, Zusagen und Nachfass-Termine dieses Anrufs werden weggeworfen, nicht abgelegt.</translation>
    </message>
    <message>
        <source>Call discarded.</source>
        <translation>Anruf verworfen.</translation>
    </message>
</context>
<context>
    <name>leverage::ui::CallPersonPicker</name>
    <message>
        <source>Speaking with</source>
        <translation>Im Gespräch mit</translation>
    </message>
    <message>
        <source>Who are you speaking with?</source>
        <translation>Mit wem sprechen Sie?</translation>
    </message>
    <message>
        <source>New person…</source>
        <translation>Neue Person…</translation>
    </message>
</context>
<context>
    <name>leverage::ui::CaseDialog</name>
    <message>
        <source>Edit Case</source>
        <translation>Fall bearbeiten</translation>
    </message>
    <message>
        <source>New Case</source>
        <translation>Neuer Fall</translation>
    </message>
    <message>
        <source>Discard the changes to this case?</source>
        <translation>Die Änderungen an diesem Fall verwerfen?</translation>
    </message>
    <message>
        <source>Discard this new case?</source>
        <translation>Diesen neuen Fall verwerfen?</translation>
    </message>
    <message>
        <source>e.g. Refund for the cancelled order</source>
        <translation>z. B. Erstattung für die stornierte Bestellung</translation>
    </message>
    <message>
        <source>Account, order or claim number</source>
        <translation>Konto-, Bestell- oder Schadensnummer</translation>
    </message>
    <message>
        <source>What would settle it: a refund of $120, a repair …</source>
        <translation>Was die Sache erledigen würde: eine Erstattung von 120 €, eine Reparatur …</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Organization:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>The case&apos;s organizations could not be read: %1</source>
        <translation>Die Organisationen des Falls konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>All organi&amp;zations:</source>
        <translation>Alle Or&amp;ganisationen:</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>&amp;Vorgangsnr.:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>O&amp;pened:</source>
        <translation>&amp;Eröffnet:</translation>
    </message>
    <message>
        <source>&amp;Desired outcome:</source>
        <translation>Ge&amp;wünschtes Ergebnis:</translation>
    </message>
    <message>
        <source>Outco&amp;me so far:</source>
        <translation>Bisheriges Erge&amp;bnis:</translation>
    </message>
    <message>
        <source>Amount sou&amp;ght:</source>
        <translation>Geforderter Betr&amp;ag:</translation>
    </message>
    <message>
        <source>Curre&amp;ncy:</source>
        <translation>Wäh&amp;rung:</translation>
    </message>
    <message>
        <source>&amp;Where (clocks):</source>
        <translation>&amp;Land/Region (Fristen):</translation>
    </message>
    <message>
        <source>S&amp;ector:</source>
        <translation>Bran&amp;che:</translation>
    </message>
    <message>
        <source>Give the case a title, for example “Refund for the cancelled order”.</source>
        <translation>Geben Sie dem Fall einen Titel, zum Beispiel „Erstattung für die stornierte Bestellung“.</translation>
    </message>
    <message>
        <source>Edit the case</source>
        <translation>Fall bearbeiten</translation>
    </message>
    <message>
        <source>Add a case</source>
        <translation>Fall hinzufügen</translation>
    </message>
    <message>
        <source>Amount recovered:</source>
        <translation>Erhaltener Betrag:</translation>
    </message>
    <message>
        <source>Who may see the case could not be read: %1</source>
        <translation>Wer den Fall sehen darf, konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Only its advocates and the supervisors see it</source>
        <translation>Nur seine Betreuer und die Aufsicht sehen ihn</translation>
    </message>
    <message>
        <source>their logins, separated by commas</source>
        <translation>ihre Anmeldenamen, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>Pri&amp;vate:</source>
        <translation>Pri&amp;vat:</translation>
    </message>
    <message>
        <source>Advocate &amp;logins:</source>
        <translation>Betreuer-&amp;Logins:</translation>
    </message>
    <message>
        <source>recorded item by item when the case is closed with an outcome (Edit → Close Case with Outcome…, Ctrl+Shift+O)</source>
        <translation>Posten für Posten erfasst, wenn der Fall mit einem Ergebnis abgeschlossen wird (Bearbeiten → Fall mit Ergebnis abschließen…, Strg+Umschalt+O)</translation>
    </message>
    <message>
        <source>Nothing yet: %1.</source>
        <translation>Noch nichts: %1.</translation>
    </message>
    <message>
        <source>Could not be read: %1</source>
        <translation>Konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Nothing, by the outcome&apos;s items.</source>
        <translation>Nichts, laut den Posten des Ergebnisses.</translation>
    </message>
    <message>
        <source>%1, by the outcome&apos;s items.</source>
        <translation>%1, laut den Posten des Ergebnisses.</translation>
    </message>
    <message>
        <source>%1, noted before outcomes were recorded; from now on %2.</source>
        <translation>%1, notiert, bevor Ergebnisse erfasst wurden; von jetzt an %2.</translation>
    </message>
</context>
<context>
    <name>leverage::ui::CaseHeader</name>
    <message>
        <source>No organization</source>
        <translation>Keine Organisation</translation>
    </message>
    <message>
        <source>referred by %1</source>
        <translation>vermittelt von %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>This case could not be read</source>
        <translation>Dieser Fall konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>opened %1</source>
        <translation>eröffnet %1</translation>
    </message>
    <message>
        <source>ref. %1</source>
        <translation>Vorgangsnr. %1</translation>
    </message>
    <message>
        <source>seeking %1</source>
        <translation>fordert %1</translation>
    </message>
    <message>
        <source>recovered %1</source>
        <translation>erhalten %1</translation>
    </message>
    <message>
        <source>Desired outcome: not set yet (Edit → Edit… to add it)</source>
        <translation>Gewünschtes Ergebnis: noch nicht festgelegt (Bearbeiten → Bearbeiten…, um es einzutragen)</translation>
    </message>
    <message>
        <source>Desired outcome: %1</source>
        <translation>Gewünschtes Ergebnis: %1</translation>
    </message>
    <message>
        <source>Outcome: could not be read (%1)</source>
        <translation>Ergebnis: konnte nicht gelesen werden (%1)</translation>
    </message>
    <message>
        <source>Outcome: %1</source>
        <translation>Ergebnis: %1</translation>
    </message>
</context>
<context>
    <name>leverage::ui::CaseNumbersDialog</name>
    <message>
        <source>Numbers for Letters</source>
        <translation>Nummern für Briefe</translation>
    </message>
    <message>
        <source>Account: 4410-2231
Policy: MMH-5521-09</source>
        <translation>Konto: 4410-2231
Police: MMH-5521-09</translation>
    </message>
    <message>
        <source>The account, order or policy &amp;numbers every letter of this case quotes under its reference, one per line:</source>
        <translation>Die Konto-, Bestell- oder Policen&amp;nummern, die jeder Brief dieses Falls unter seinem Zeichen nennt, eine pro Zeile:</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
</context>
<context>
    <name>leverage::ui::CaseOrganizationsEditor</name>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>Vermittelt von</translation>
    </message>
    <message>
        <source>&amp;Add organization</source>
        <translation>Organisation hin&amp;zufügen</translation>
    </message>
    <message>
        <source>Organization %1</source>
        <translation>Organisation %1</translation>
    </message>
    <message>
        <source>Choose one, type a new name, or choose “No organization” to take it off the case</source>
        <translation>Eine wählen, einen neuen Namen eingeben oder „Keine Organisation“ wählen, um sie vom Fall zu entfernen</translation>
    </message>
    <message>
        <source>Seller, installer …</source>
        <translation>Verkäufer, Monteur …</translation>
    </message>
    <message>
        <source>Role of organization %1</source>
        <translation>Rolle der Organisation %1</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Niemand</translation>
    </message>
    <message>
        <source>Organization %1 was referred by</source>
        <translation>Organisation %1 wurde vermittelt von</translation>
    </message>
    <message>
        <source>No organization</source>
        <translation>Keine Organisation</translation>
    </message>
</context>
<context>
    <name>leverage::ui::CasesPane</name>
    <message>
        <source>Search titles</source>
        <translation>Titel durchsuchen</translation>
    </message>
    <message>
        <source>Search case titles</source>
        <translation>Falltitel durchsuchen</translation>
    </message>
    <message>
        <source>Show cases with status</source>
        <translation>Fälle mit Status zeigen</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>F&amp;ind:</source>
        <translation>&amp;Finden:</translation>
    </message>
    <message>
        <source>No case matches the search and status filter.</source>
        <translation>Kein Fall passt zu Suche und Statusfilter.</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Fälle</translation>
    </message>
    <message>
        <source>No cases yet</source>
        <translation>Noch keine Fälle</translation>
    </message>
    <message>
        <source>A case is one problem with one company: a refund never filed, a delivery that never came. Create one, then record each call, e-mail or letter on its timeline.</source>
        <translation>Ein Fall ist ein Problem mit einem Unternehmen: eine nie bearbeitete Erstattung, eine Lieferung, die nie kam. Legen Sie einen an und halten Sie dann jeden Anruf, jede E-Mail und jeden Brief in seiner Zeitleiste fest.</translation>
    </message>
    <message>
        <source>Create the first case…</source>
        <translation>Ersten Fall anlegen…</translation>
    </message>
</context>
<context>
    <name>leverage::ui::ClockCountdownLabel</name>
    <message>
        <source>The clocks could not be read: %1</source>
        <translation>Die Fristen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Clocks: %1</source>
        <translation>Fristen: %1</translation>
    </message>
</context>
<context>
    <name>leverage::ui::ClockRuleDialog</name>
    <message>
        <source>at most</source>
        <translation>höchstens</translation>
    </message>
    <message>
        <source>Clock Rule</source>
        <translation>Fristregel</translation>
    </message>
    <message>
        <source>Clock Rule (shipped)</source>
        <translation>Fristregel (mitgeliefert)</translation>
    </message>
    <message>
        <source>GB, US, EU …</source>
        <translation>DE, AT, EU …</translation>
    </message>
    <message>
        <source>None ticked: every sector</source>
        <translation>Keine angehakt: alle Branchen</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>bestätigt</translation>
    </message>
    <message>
        <source>unconfirmed</source>
        <translation>unbestätigt</translation>
    </message>
    <message>
        <source>YYYY-MM-DD (empty: always)</source>
        <translation>JJJJ-MM-TT (leer: immer)</translation>
    </message>
    <message>
        <source>YYYY-MM-DD (empty: no end)</source>
        <translation>JJJJ-MM-TT (leer: kein Ende)</translation>
    </message>
    <message>
        <source>the day it was received</source>
        <translation>der Tag des Eingangs</translation>
    </message>
    <message>
        <source>the day it was sent</source>
        <translation>der Tag des Versands</translation>
    </message>
    <message>
        <source>None ticked: counted from its own event only</source>
        <translation>Keine angehakt: nur ab dem eigenen Ereignis gezählt</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>a door opens (you may go further)</source>
        <translation>eine Tür öffnet sich (Sie dürfen weitergehen)</translation>
    </message>
    <message>
        <source>a deadline for the other side</source>
        <translation>eine Frist für die Gegenseite</translation>
    </message>
    <message>
        <source>your right runs out</source>
        <translation>Ihr Recht läuft ab</translation>
    </message>
    <message>
        <source>(nothing)</source>
        <translation>(nichts)</translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation>&amp;Kennung:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Countries:</source>
        <translation>&amp;Länder:</translation>
    </message>
    <message>
        <source>&amp;Sectors:</source>
        <translation>Bran&amp;chen:</translation>
    </message>
    <message>
        <source>Ro&amp;ute:</source>
        <translation>&amp;Weg:</translation>
    </message>
    <message>
        <source>&amp;Body:</source>
        <translation>&amp;Stelle:</translation>
    </message>
    <message>
        <source>Le&amp;gal basis:</source>
        <translation>&amp;Rechtsgrundlage:</translation>
    </message>
    <message>
        <source>Sou&amp;rce link:</source>
        <translation>&amp;Quelle (Link):</translation>
    </message>
    <message>
        <source>Confi&amp;dence:</source>
        <translation>&amp;Verlässlichkeit:</translation>
    </message>
    <message>
        <source>What is u&amp;nsure:</source>
        <translation>&amp;Unsicher ist:</translation>
    </message>
    <message>
        <source>In force &amp;from:</source>
        <translation>&amp;Gilt ab:</translation>
    </message>
    <message>
        <source>In force unti&amp;l:</source>
        <translation>Gilt b&amp;is:</translation>
    </message>
    <message>
        <source>Counted from (&amp;event):</source>
        <translation>Gezählt ab (&amp;Ereignis):</translation>
    </message>
    <message>
        <source>…&amp;which date:</source>
        <translation>…welches &amp;Datum:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Frist:</translation>
    </message>
    <message>
        <source>Ends earlier &amp;on:</source>
        <translation>Endet früher &amp;am:</translation>
    </message>
    <message>
        <source>C&amp;apped:</source>
        <translation>&amp;Maximal:</translation>
    </message>
    <message>
        <source>C&amp;hained after:</source>
        <translation>Verkettet nac&amp;h:</translation>
    </message>
    <message>
        <source>&amp;Meaning:</source>
        <translation>Bedeutu&amp;ng:</translation>
    </message>
    <message>
        <source>Also (kept):</source>
        <translation>Auch (behalten):</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (YYYY-MM-DD).</source>
        <translation>„%1“ ist kein Datum (JJJJ-MM-TT).</translation>
    </message>
    <message>
        <source>State/pro&amp;vince:</source>
        <translation>&amp;Bundesland/Provinz:</translation>
    </message>
    <message>
        <source>Conse&amp;quence:</source>
        <translation>F&amp;olge:</translation>
    </message>
    <message>
        <source>Sectors</source>
        <translation>Branchen</translation>
    </message>
    <message>
        <source>Chained after</source>
        <translation>Verkettet nach</translation>
    </message>
</context>
<context>
    <name>leverage::ui::ClockRulesDialog</name>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>Switch &amp;Off</source>
        <translation>&amp;Ausschalten</translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <source>Clock Rules</source>
        <translation>Fristregeln</translation>
    </message>
    <message>
        <source>A shipped rule as shipped again; your own rule removed</source>
        <translation>Eine mitgelieferte Regel wieder wie geliefert; eine eigene Regel entfernt</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <source>Shipped rules are marked confirmed when found in the rule&apos;s own text or a regulator&apos;s page. Your edits and own rules stay in this workspace when a newer Leverage ships new rules.</source>
        <translation>Mitgelieferte Regeln gelten als bestätigt, wenn sie im Text der Vorschrift selbst oder auf der Seite einer Aufsichtsbehörde stehen. Ihre Änderungen und eigenen Regeln bleiben in diesem Arbeitsbereich, wenn ein neueres Leverage neue Regeln mitbringt.</translation>
    </message>
    <message>
        <source>A rule with the id &quot;%1&quot; exists: edit it instead.</source>
        <translation>Es gibt bereits eine Regel mit der Kennung „%1“: Bearbeiten Sie stattdessen diese.</translation>
    </message>
    <message>
        <source>Rule &quot;%1&quot; added.</source>
        <translation>Regel „%1“ hinzugefügt.</translation>
    </message>
    <message>
        <source>Rule &quot;%1&quot; saved.</source>
        <translation>Regel „%1“ gespeichert.</translation>
    </message>
    <message>
        <source>Import Clock Rules</source>
        <translation>Fristregeln importieren</translation>
    </message>
    <message>
        <source>Rule files (*.json)</source>
        <translation>Regeldateien (*.json)</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>1 rule imported.</source>
        <translation>1 Regel importiert.</translation>
    </message>
    <message>
        <source>%1 rules imported.</source>
        <translation>%1 Regeln importiert.</translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation>Nicht importiert: %1</translation>
    </message>
    <message>
        <source>Export Clock Rules</source>
        <translation>Fristregeln exportieren</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Rules written to %1.</source>
        <translation>Regeln nach %1 geschrieben.</translation>
    </message>
    <message>
        <source>Switch &amp;On</source>
        <translation>&amp;Einschalten</translation>
    </message>
</context>
<context>
    <name>leverage::ui::ClocksPane</name>
    <message>
        <source>Apply</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <source>Add Event…</source>
        <translation>Ereignis hinzufügen…</translation>
    </message>
    <message>
        <source>Edit Event…</source>
        <translation>Ereignis bearbeiten…</translation>
    </message>
    <message>
        <source>Remove Event</source>
        <translation>Ereignis entfernen</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Rules…</source>
        <translation>Regeln…</translation>
    </message>
    <message>
        <source>Where:</source>
        <translation>Wo:</translation>
    </message>
    <message>
        <source>Sector:</source>
        <translation>Branche:</translation>
    </message>
    <message>
        <source>Suggested from the organization&apos;s other cases: Apply to keep it.</source>
        <translation>Aus den anderen Fällen der Organisation vorgeschlagen: Übernehmen, um es zu behalten.</translation>
    </message>
    <message>
        <source>Suggested: the last one used. Apply to keep it.</source>
        <translation>Vorgeschlagen: das zuletzt verwendete. Übernehmen, um es zu behalten.</translation>
    </message>
    <message>
        <source>Say where the case is and its sector: the rules that apply follow from them.</source>
        <translation>Geben Sie an, wo der Fall spielt und in welcher Branche: Daraus ergeben sich die geltenden Regeln.</translation>
    </message>
    <message>
        <source>Add Clock Event</source>
        <translation>Fristereignis hinzufügen</translation>
    </message>
    <message>
        <source>Mark as Clock Trigger</source>
        <translation>Als Fristauslöser markieren</translation>
    </message>
    <message>
        <source>Clocks of the case</source>
        <translation>Fristen des Falls</translation>
    </message>
    <message>
        <source>No rule applies yet to this place and sector. A clock starts from an event you record (Add Event…): a complaint made, a final response, a referral to a regulator. Rules… lists every rule.</source>
        <translation>Für diesen Ort und diese Branche gilt noch keine Regel. Eine Frist beginnt mit einem Ereignis, das Sie erfassen (Ereignis hinzufügen…): eine Beschwerde, eine abschließende Antwort, eine Weiterleitung an eine Aufsichtsbehörde. Regeln… zeigt alle Regeln.</translation>
    </message>
</context>
<context>
    <name>leverage::ui::CloseCaseDialog</name>
    <message>
        <source>Close Case with Outcome</source>
        <translation>Fall mit Ergebnis abschließen</translation>
    </message>
    <message>
        <source>Case:</source>
        <translation>Fall:</translation>
    </message>
    <message>
        <source>Sought:</source>
        <translation>Gefordert:</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Ergebnis:</translation>
    </message>
    <message>
        <source>&amp;Date closed:</source>
        <translation>&amp;Abgeschlossen am:</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Erhalten als</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Am</translation>
    </message>
    <message>
        <source>&amp;Add Another Item</source>
        <translation>Weiteren &amp;Posten hinzufügen</translation>
    </message>
    <message>
        <source>Resolved at &amp;level:</source>
        <translation>Gelöst auf &amp;Stufe:</translation>
    </message>
    <message>
        <source>Resolved &amp;by:</source>
        <translation>Gelöst &amp;von:</translation>
    </message>
    <message>
        <source>After the le&amp;tter:</source>
        <translation>Nach dem &amp;Brief:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <source>Clos&amp;e Case</source>
        <translation>Fall abschl&amp;ießen</translation>
    </message>
    <message>
        <source>What the company gave (each item in its own currency):</source>
        <translation>Was das Unternehmen gab (jeder Posten in seiner Währung):</translation>
    </message>
    <message>
        <source>(not named)</source>
        <translation>(nicht genannt)</translation>
    </message>
    <message>
        <source>Kind of item %1</source>
        <translation>Art von Posten %1</translation>
    </message>
    <message>
        <source>Amount of item %1</source>
        <translation>Betrag von Posten %1</translation>
    </message>
    <message>
        <source>Currency of item %1</source>
        <translation>Währung von Posten %1</translation>
    </message>
    <message>
        <source>Date item %1 was received</source>
        <translation>Eingangsdatum von Posten %1</translation>
    </message>
</context>
<context>
    <name>leverage::ui::CommitmentDialog</name>
    <message>
        <source>Edit Commitment</source>
        <translation>Zusage bearbeiten</translation>
    </message>
    <message>
        <source>New Commitment</source>
        <translation>Neue Zusage</translation>
    </message>
    <message>
        <source>Discard the changes to this commitment?</source>
        <translation>Die Änderungen an dieser Zusage verwerfen?</translation>
    </message>
    <message>
        <source>Discard this new commitment?</source>
        <translation>Diese neue Zusage verwerfen?</translation>
    </message>
    <message>
        <source>e.g. File the reimbursement request by Friday</source>
        <translation>z. B. Erstattungsantrag bis Freitag bearbeiten</translation>
    </message>
    <message>
        <source>How you know: e.g. no refund on the statement</source>
        <translation>Woher Sie es wissen: z. B. keine Erstattung auf dem Kontoauszug</translation>
    </message>
    <message>
        <source>&amp;What was promised:</source>
        <translation>&amp;Was wurde zugesagt:</translation>
    </message>
    <message>
        <source>&amp;By whom:</source>
        <translation>&amp;Von wem:</translation>
    </message>
    <message>
        <source>&amp;Made:</source>
        <translation>&amp;Gemacht am:</translation>
    </message>
    <message>
        <source>W&amp;ho will act:</source>
        <translation>We&amp;r handelt:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>&amp;Note on status:</source>
        <translation>&amp;Notiz zum Status:</translation>
    </message>
    <message>
        <source>Say what was promised, in their words if you can.</source>
        <translation>Geben Sie an, was zugesagt wurde, möglichst mit deren Worten.</translation>
    </message>
    <message>
        <source>The due date is before the promise was made. Correct one of them.</source>
        <translation>Das Fälligkeitsdatum liegt vor dem Tag der Zusage. Korrigieren Sie eines davon.</translation>
    </message>
</context>
<context>
    <name>leverage::ui::ConflictDialog</name>
    <message>
        <source>Changed by Someone Else</source>
        <translation>Von jemand anderem geändert</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>Jemand anderes</translation>
    </message>
    <message>
        <source>this item</source>
        <translation>diesen Eintrag</translation>
    </message>
    <message>
        <source>%1 saved %2 while you were editing it.</source>
        <translation>%1 hat %2 gespeichert, während Sie es bearbeitet haben.</translation>
    </message>
    <message>
        <source>%1 saved %2 at %3 while you were editing it.</source>
        <translation>%1 hat %2 um %3 gespeichert, während Sie es bearbeitet haben.</translation>
    </message>
    <message>
        <source>Which version should stay?</source>
        <translation>Welche Fassung soll bleiben?</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Your version</source>
        <translation>Ihre Fassung</translation>
    </message>
    <message>
        <source>%1&apos;s version</source>
        <translation>Fassung von %1</translation>
    </message>
    <message>
        <source>&amp;Keep Mine</source>
        <translation>&amp;Meine behalten</translation>
    </message>
    <message>
        <source>&amp;Take %1&apos;s</source>
        <translation>Die von %1 &amp;übernehmen</translation>
    </message>
</context>
<context>
    <name>leverage::ui::ContactDialog</name>
    <message>
        <source>Edit Contact</source>
        <translation>Kontakt bearbeiten</translation>
    </message>
    <message>
        <source>New Contact</source>
        <translation>Neuer Kontakt</translation>
    </message>
    <message>
        <source>Discard the changes to this contact?</source>
        <translation>Die Änderungen an diesem Kontakt verwerfen?</translation>
    </message>
    <message>
        <source>Discard this new contact?</source>
        <translation>Diesen neuen Kontakt verwerfen?</translation>
    </message>
    <message>
        <source>e.g. Billing supervisor</source>
        <translation>z. B. Leitung Abrechnung</translation>
    </message>
    <message>
        <source>Extension or employee id</source>
        <translation>Nebenstelle oder Personalnummer</translation>
    </message>
    <message>
        <source>No preference</source>
        <translation>Keine Vorliebe</translation>
    </message>
    <message>
        <source>e.g. weekday mornings</source>
        <translation>z. B. werktags vormittags</translation>
    </message>
    <message>
        <source>&amp;Gateway: reaches people the front line cannot</source>
        <translation>&amp;Türöffner: erreicht Leute, die der Kundenservice nicht erreicht</translation>
    </message>
    <message>
        <source>e.g. e-mail first, call only after two days</source>
        <translation>z. B. erst E-Mail, Anruf erst nach zwei Tagen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Organization:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>&amp;Reports to:</source>
        <translation>&amp;Berichtet an:</translation>
    </message>
    <message>
        <source>&amp;Position:</source>
        <translation>&amp;Position:</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>&amp;Abteilung:</translation>
    </message>
    <message>
        <source>Direct &amp;line:</source>
        <translation>&amp;Durchwahl:</translation>
    </message>
    <message>
        <source>E&amp;xtension:</source>
        <translation>Nebenste&amp;lle:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>Pre&amp;fers:</source>
        <translation>Be&amp;vorzugt:</translation>
    </message>
    <message>
        <source>&amp;Best time:</source>
        <translation>Beste &amp;Zeit:</translation>
    </message>
    <message>
        <source>R&amp;ules of engagement:</source>
        <translation>&amp;Umgangsregeln:</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>Not&amp;izen:</translation>
    </message>
    <message>
        <source>Nobody recorded</source>
        <translation>Niemand erfasst</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The people to choose from could not be read: %1</source>
        <translation>Die Personen zur Auswahl konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Give the contact a name; a first name or “Rep at the front desk” will do.</source>
        <translation>Geben Sie dem Kontakt einen Namen; ein Vorname oder „Mitarbeiterin am Empfang“ genügt.</translation>
    </message>
</context>
<context>
    <name>leverage::ui::ContactHistoryWidget</name>
    <message>
        <source>History across cases</source>
        <translation>Verlauf über alle Fälle</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>Zusagen</translation>
    </message>
    <message>
        <source>&lt;b&gt;History across cases&lt;/b&gt;</source>
        <translation>&lt;b&gt;Verlauf über alle Fälle&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Commitments&lt;/b&gt;</source>
        <translation>&lt;b&gt;Zusagen&lt;/b&gt;</translation>
    </message>
    <message>
        <source>★ Gateway</source>
        <translation>★ Türöffner</translation>
    </message>
    <message>
        <source>☆ Gateway</source>
        <translation>☆ Türöffner</translation>
    </message>
</context>
<context>
    <name>leverage::ui::ContactImportDialog</name>
    <message>
        <source>Import contacts</source>
        <translation>Kontakte importieren</translation>
    </message>
    <message>
        <source>Merge duplicates?</source>
        <translation>Doppelte zusammenführen?</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) match a contact you already have (same name and organization). Merge them? Fields from the file replace the stored ones; your notes are kept.</source>
        <translation>
            <numerusform>%n Karte passt zu einem vorhandenen Kontakt (gleicher Name und gleiche Organisation). Zusammenführen? Felder aus der Datei ersetzen die gespeicherten; Ihre Notizen bleiben erhalten.</numerusform>
            <numerusform>%n Karten passen zu vorhandenen Kontakten (gleicher Name und gleiche Organisation). Zusammenführen? Felder aus der Datei ersetzen die gespeicherten; Ihre Notizen bleiben erhalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>Importieren als</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Contacts in the file</source>
        <translation>Kontakte in der Datei</translation>
    </message>
    <message>
        <source>&amp;Merge duplicates into the contacts I already have</source>
        <translation>Doppelte mit meinen vorhandenen Kontakten &amp;zusammenführen</translation>
    </message>
    <message>
        <source>Unchecked, duplicates are skipped.</source>
        <translation>Ohne Haken werden Doppelte übersprungen.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>This file cannot be imported. Nothing was imported.</source>
        <translation>Diese Datei kann nicht importiert werden. Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Duplicate (earlier in the file)</source>
        <translation>Doppelt (weiter oben in der Datei)</translation>
    </message>
    <message>
        <source>Duplicate of %1</source>
        <translation>Doppelt zu %1</translation>
    </message>
    <message>
        <source>%1 (new)</source>
        <translation>%1 (neu)</translation>
    </message>
    <message>
        <source>New: %1. Duplicates of contacts you have: %2.</source>
        <translation>Neu: %1. Doppelt zu vorhandenen Kontakten: %2.</translation>
    </message>
    <message>
        <source>No file loaded.</source>
        <translation>Keine Datei geladen.</translation>
    </message>
    <message>
        <source>Not kept (Leverage has no place for it): %1.</source>
        <translation>Nicht übernommen (Leverage hat keinen Platz dafür): %1.</translation>
    </message>
</context>
<context>
    <name>leverage::ui::ContactPagePane</name>
    <message>
        <source>Their promises:</source>
        <translation>Ihre/seine Zusagen:</translation>
    </message>
    <message>
        <source>Their organization&apos;s:</source>
        <translation>Die ihrer/seiner Organisation:</translation>
    </message>
    <message>
        <source>No person chosen</source>
        <translation>Keine Person gewählt</translation>
    </message>
    <message>
        <source>Select a person in Contacts (Ctrl+3) or Gateways (Ctrl+8) to see their details, their track record and every contact with them across your cases.</source>
        <translation>Wählen Sie eine Person unter Kontakte (Strg+3) oder Türöffner (Strg+8), um ihre Angaben, ihre Bilanz und jeden Kontakt mit ihr über alle Ihre Fälle zu sehen.</translation>
    </message>
    <message>
        <source>Contact page</source>
        <translation>Kontaktseite</translation>
    </message>
</context>
<context>
    <name>leverage::ui::ContactPicker</name>
    <message>
        <source>Pick a contact or type a name</source>
        <translation>Kontakt wählen oder Namen eingeben</translation>
    </message>
    <message>
        <source>The people to choose from could not be read: %1</source>
        <translation>Die Personen zur Auswahl konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>leverage::ui::ContactsPane</name>
    <message>
        <source>Organizations and contacts</source>
        <translation>Organisationen und Kontakte</translation>
    </message>
    <message>
        <source>No organizations yet. Add the company you are dealing with, then the people you speak to there and who they report to.</source>
        <translation>Noch keine Organisationen. Fügen Sie das Unternehmen hinzu, mit dem Sie zu tun haben, dann die Leute, mit denen Sie dort sprechen, und an wen sie berichten.</translation>
    </message>
    <message>
        <source>Add an organization…</source>
        <translation>Organisation hinzufügen…</translation>
    </message>
</context>
<context>
    <name>leverage::ui::ContactsTransfer</name>
    <message>
        <source>Import contacts</source>
        <translation>Kontakte importieren</translation>
    </message>
    <message>
        <source>vCard files (*.vcf *.vcard);;All files (*)</source>
        <translation>vCard-Dateien (*.vcf *.vcard);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Export contacts</source>
        <translation>Kontakte exportieren</translation>
    </message>
    <message>
        <source>vCard files (*.vcf)</source>
        <translation>vCard-Dateien (*.vcf)</translation>
    </message>
    <message>
        <source>Imported contacts: %1 created, %2 merged, %3 skipped.</source>
        <translation>Importierte Kontakte: %1 angelegt, %2 zusammengeführt, %3 übersprungen.</translation>
    </message>
    <message>
        <source>The contacts were not exported: %1</source>
        <translation>Die Kontakte wurden nicht exportiert: %1</translation>
    </message>
    <message>
        <source>Exported 1 contact to %1.</source>
        <translation>1 Kontakt nach %1 exportiert.</translation>
    </message>
    <message>
        <source>Exported %1 contacts to %2.</source>
        <translation>%1 Kontakte nach %2 exportiert.</translation>
    </message>
</context>
<context>
    <name>leverage::ui::DesktopNotifier</name>
    <message>
        <source>Follow-up due</source>
        <translation>Nachfassen fällig</translation>
    </message>
    <message>
        <source>Promise overdue</source>
        <translation>Zusage überfällig</translation>
    </message>
    <message>
        <source>Clock date today</source>
        <translation>Fristdatum heute</translation>
    </message>
    <message>
        <source>%1
(%2)</source>
        <translation>%1
(%2)</translation>
    </message>
    <message>
        <source>%1 promised: %2
(%3)</source>
        <translation>%1 hat zugesagt: %2
(%3)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
</context>
<context>
    <name>leverage::ui::DialogLedgerPrompts</name>
    <message>
        <source>Promise broken</source>
        <translation>Zusage gebrochen</translation>
    </message>
    <message>
        <source>“%1” was not kept. What next?</source>
        <translation>„%1“ wurde nicht gehalten. Wie weiter?</translation>
    </message>
    <message>
        <source>Add a &amp;follow-up</source>
        <translation>&amp;Nachfassen hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Escalate…</source>
        <translation>&amp;Eskalieren…</translation>
    </message>
    <message>
        <source>&amp;Neither</source>
        <translation>&amp;Keins von beiden</translation>
    </message>
    <message>
        <source>A follow-up is due on the next business day.</source>
        <translation>Das Nachfassen ist am nächsten Werktag fällig.</translation>
    </message>
    <message>
        <source>Export calendar</source>
        <translation>Kalender exportieren</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar-Dateien (*.ics)</translation>
    </message>
</context>
<context>
    <name>leverage::ui::DossierOptionsDialog</name>
    <message>
        <source>Dossier Options</source>
        <translation>Dossier-Optionen</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Vom</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Erster Tag</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Bis</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Letzter Tag</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>Include entries marked &amp;private, with their notes</source>
        <translation>Als p&amp;rivat markierte Einträge mit ihren Notizen aufnehmen</translation>
    </message>
    <message>
        <source>&amp;Escalation path</source>
        <translation>Eskalations&amp;pfad</translation>
    </message>
    <message>
        <source>&amp;Contacts appendix</source>
        <translation>&amp;Kontakte-Anhang</translation>
    </message>
    <message>
        <source>Your name, printed on the cover</source>
        <translation>Ihr Name, auf das Deckblatt gedruckt</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <source>Prepared &amp;by:</source>
        <translation>&amp;Erstellt von:</translation>
    </message>
    <message>
        <source>P&amp;aper:</source>
        <translation>Papier&amp;format:</translation>
    </message>
    <message>
        <source>The first day is after the last day: change one of them.</source>
        <translation>Der erste Tag liegt nach dem letzten: Ändern Sie einen davon.</translation>
    </message>
    <message>
        <source>Copies of the e&amp;xhibits (images and PDF pages) at the end</source>
        <translation>Kopien der &amp;Anlagen (Bilder und PDF-Seiten) am Ende</translation>
    </message>
</context>
<context>
    <name>leverage::ui::DossierPrintController</name>
    <message>
        <source>Case</source>
        <translation>Fall</translation>
    </message>
    <message>
        <source>%1 dossier %2.pdf</source>
        <translation>%1 Dossier %2.pdf</translation>
    </message>
    <message>
        <source>The dossier could not be made: %1</source>
        <translation>Das Dossier konnte nicht erstellt werden: %1</translation>
    </message>
    <message>
        <source>Preparing the dossier…</source>
        <translation>Das Dossier wird vorbereitet…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Dossier: %1</source>
        <translation>Dossier: %1</translation>
    </message>
    <message>
        <source>Print Dossier</source>
        <translation>Dossier drucken</translation>
    </message>
    <message>
        <source>Export Dossier as PDF</source>
        <translation>Dossier als PDF exportieren</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
</context>
<context>
    <name>leverage::ui::DueFields</name>
    <message>
        <source>Today, by end of day</source>
        <translation>Heute, bis Tagesende</translation>
    </message>
    <message>
        <source>In %1 business days, by end of day</source>
        <translation>In %1 Werktagen, bis Tagesende</translation>
    </message>
    <message>
        <source>On a date, by end of day</source>
        <translation>An einem Datum, bis Tagesende</translation>
    </message>
    <message>
        <source>At a time</source>
        <translation>Zu einer Uhrzeit</translation>
    </message>
    <message>
        <source>Between two times</source>
        <translation>Zwischen zwei Uhrzeiten</translation>
    </message>
    <message>
        <source>Within hours or days of the call</source>
        <translation>Binnen Stunden oder Tagen nach dem Anruf</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>Kein Datum</translation>
    </message>
    <message>
        <source>From (or at)</source>
        <translation>Ab (oder um)</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <source>days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>of the call</source>
        <translation>nach dem Anruf</translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation>&amp;Fällig:</translation>
    </message>
    <message>
        <source>D&amp;ate:</source>
        <translation>Dat&amp;um:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Ab:</translation>
    </message>
    <message>
        <source>U&amp;ntil:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message>
        <source>Wi&amp;thin:</source>
        <translation>Inner&amp;halb:</translation>
    </message>
    <message>
        <source>The window ends before it starts. Correct the times.</source>
        <translation>Das Zeitfenster endet, bevor es beginnt. Korrigieren Sie die Zeiten.</translation>
    </message>
    <message>
        <source>T&amp;ime:</source>
        <translation>Uhr&amp;zeit:</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>Fällig %1</translation>
    </message>
</context>
<context>
    <name>leverage::ui::EditController</name>
    <message>
        <source>the case “%1”</source>
        <translation>den Fall „%1“</translation>
    </message>
    <message>
        <source>this case</source>
        <translation>diesen Fall</translation>
    </message>
    <message>
        <source>the organization “%1”</source>
        <translation>die Organisation „%1“</translation>
    </message>
    <message>
        <source>this organization</source>
        <translation>diese Organisation</translation>
    </message>
    <message>
        <source>the contact “%1”</source>
        <translation>den Kontakt „%1“</translation>
    </message>
    <message>
        <source>this contact</source>
        <translation>diesen Kontakt</translation>
    </message>
    <message>
        <source>Delete %1? %2

You can undo this with Edit → Undo.</source>
        <translation>%1 löschen? %2

Sie können das mit Bearbeiten → Rückgängig rückgängig machen.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
</context>
<context>
    <name>leverage::ui::EndCallDialog</name>
    <message>
        <source>End call</source>
        <translation>Anruf beenden</translation>
    </message>
    <message>
        <source>%1 on the line, %2 of it on hold. %3 and %4 will be filed with the call.</source>
        <translation>%1 am Telefon, davon %2 in der Warteschleife. %3 und %4 werden mit dem Anruf abgelegt.</translation>
    </message>
    <message>
        <source>1 promise</source>
        <translation>1 Zusage</translation>
    </message>
    <message>
        <source>%1 promises</source>
        <translation>%1 Zusagen</translation>
    </message>
    <message>
        <source>1 follow-up</source>
        <translation>1 Nachfass-Termin</translation>
    </message>
    <message>
        <source>%1 follow-ups</source>
        <translation>%1 Nachfass-Termine</translation>
    </message>
    <message>
        <source>File on &amp;case:</source>
        <translation>Ablegen unter &amp;Fall:</translation>
    </message>
    <message>
        <source>&amp;Effort (how hard was it?):</source>
        <translation>&amp;Aufwand (wie mühsam war es?):</translation>
    </message>
    <message>
        <source>How helpful was each person?</source>
        <translation>Wie hilfreich war jede Person?</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>One line: what came of the call</source>
        <translation>Eine Zeile: was der Anruf ergab</translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation>&amp;Zusammenfassung:</translation>
    </message>
    <message>
        <source>File call</source>
        <translation>Anruf ablegen</translation>
    </message>
    <message>
        <source>Back to the call</source>
        <translation>Zurück zum Anruf</translation>
    </message>
</context>
<context>
    <name>leverage::ui::EntryDialog</name>
    <message>
        <source>Edit Timeline Entry</source>
        <translation>Zeitleisteneintrag bearbeiten</translation>
    </message>
    <message>
        <source>New Timeline Entry</source>
        <translation>Neuer Zeitleisteneintrag</translation>
    </message>
    <message>
        <source>Discard the changes to this entry?</source>
        <translation>Die Änderungen an diesem Eintrag verwerfen?</translation>
    </message>
    <message>
        <source>Discard this new entry?</source>
        <translation>Diesen neuen Eintrag verwerfen?</translation>
    </message>
    <message>
        <source>The people to choose from could not be read: %1</source>
        <translation>Die Personen zur Auswahl konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>As they gave it, e.g. Billing supervisor</source>
        <translation>Wie angegeben, z. B. Leitung Abrechnung</translation>
    </message>
    <message>
        <source>Keep as a name only</source>
        <translation>Nur als Namen behalten</translation>
    </message>
    <message>
        <source>A new contact at %1</source>
        <translation>Ein neuer Kontakt bei %1</translation>
    </message>
    <message>
        <source>Others on the call or visit, e.g. Mark Rivera; Dana Holt</source>
        <translation>Weitere Beteiligte an Anruf oder Besuch, z. B. Mark Rivera; Dana Holt</translation>
    </message>
    <message>
        <source>Who was sent a copy, e.g. the store manager</source>
        <translation>Wer eine Kopie bekam, z. B. die Filialleitung</translation>
    </message>
    <message>
        <source>The others on this entry could not be read: %1</source>
        <translation>Die weiteren Beteiligten dieses Eintrags konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Ticket or call reference they gave</source>
        <translation>Genanntes Ticket- oder Vorgangszeichen</translation>
    </message>
    <message>
        <source>One line: what happened</source>
        <translation>Eine Zeile: was geschah</translation>
    </message>
    <message>
        <source>Service fail&amp;ure (wrong information, a broken promise …)</source>
        <translation>Serviceman&amp;gel (falsche Auskunft, gebrochene Zusage …)</translation>
    </message>
    <message>
        <source>P&amp;rivate: leave out of the dossier</source>
        <translation>P&amp;rivat: nicht ins Dossier</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>&amp;Kanal:</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Wann:</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>&amp;Dauer:</translation>
    </message>
    <message>
        <source>On &amp;hold:</source>
        <translation>Warte&amp;schleife:</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>&amp;Person:</translation>
    </message>
    <message>
        <source>P&amp;osition:</source>
        <translation>Pos&amp;ition:</translation>
    </message>
    <message>
        <source>Add as a con&amp;tact:</source>
        <translation>Als Kon&amp;takt hinzufügen:</translation>
    </message>
    <message>
        <source>W&amp;ith:</source>
        <translation>&amp;Mit:</translation>
    </message>
    <message>
        <source>Cop&amp;y to (cc):</source>
        <translation>Kopie &amp;an (cc):</translation>
    </message>
    <message>
        <source>Re&amp;ference:</source>
        <translation>&amp;Vorgangsnr.:</translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation>&amp;Zusammenfassung:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notizen:</translation>
    </message>
    <message>
        <source>&amp;Effort:</source>
        <translation>Au&amp;fwand:</translation>
    </message>
    <message>
        <source>He&amp;lpfulness:</source>
        <translation>&amp;Hilfsbereitschaft:</translation>
    </message>
    <message>
        <source>Time on hold (%1) is longer than the whole call (%2). Correct one of them.</source>
        <translation>Die Wartezeit (%1) ist länger als der ganze Anruf (%2). Korrigieren Sie eines davon.</translation>
    </message>
    <message>
        <source>Write a summary of what happened: a line is enough.</source>
        <translation>Schreiben Sie eine Zusammenfassung des Geschehens: Eine Zeile genügt.</translation>
    </message>
    <message>
        <source>This entry&apos;s earlier versions could not be read: %1</source>
        <translation>Die früheren Fassungen dieses Eintrags konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Edited once since it was recorded.</source>
        <translation>Seit der Erfassung einmal bearbeitet.</translation>
    </message>
    <message>
        <source>Edited %1 times since it was recorded.</source>
        <translation>Seit der Erfassung %1-mal bearbeitet.</translation>
    </message>
    <message>
        <source>Earlier &amp;versions…</source>
        <translation>Frühere &amp;Fassungen…</translation>
    </message>
    <message>
        <source>History:</source>
        <translation>Verlauf:</translation>
    </message>
</context>
<context>
    <name>leverage::ui::EntryHistoryDialog</name>
    <message>
        <source>Earlier Versions of the Entry</source>
        <translation>Frühere Fassungen des Eintrags</translation>
    </message>
    <message>
        <source>Earlier versions</source>
        <translation>Frühere Fassungen</translation>
    </message>
</context>
<context>
    <name>leverage::ui::EscalateDialog</name>
    <message>
        <source>Escalate</source>
        <translation>Eskalieren</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Nicht begonnen</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>One line for the timeline</source>
        <translation>Eine Zeile für die Zeitleiste</translation>
    </message>
    <message>
        <source>Now at:</source>
        <translation>Jetzt bei:</translation>
    </message>
    <message>
        <source>Escalate &amp;to:</source>
        <translation>Eskalieren &amp;an:</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>&amp;Person:</translation>
    </message>
    <message>
        <source>&amp;How:</source>
        <translation>&amp;Wie:</translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation>&amp;Zusammenfassung:</translation>
    </message>
    <message>
        <source>No one named (the level itself)</source>
        <translation>Niemand genannt (die Stufe selbst)</translation>
    </message>
    <message>
        <source>, %1</source>
        <translation>, %1</translation>
    </message>
    <message>
        <source> — %1</source>
        <translation> – %1</translation>
    </message>
    <message>
        <source>Too early? %1</source>
        <translation>Zu früh? %1</translation>
    </message>
    <message>
        <source>Escalated to %1</source>
        <translation>Eskaliert an %1</translation>
    </message>
    <message>
        <source>Escalated to %1 (%2)</source>
        <translation>Eskaliert an %1 (%2)</translation>
    </message>
</context>
<context>
    <name>leverage::ui::EscalationPane</name>
    <message>
        <source>Escalation path</source>
        <translation>Eskalationspfad</translation>
    </message>
    <message>
        <source>&lt;b&gt;Escalation path&lt;/b&gt;</source>
        <translation>&lt;b&gt;Eskalationspfad&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Choose a case to see its escalation path.</source>
        <translation>Wählen Sie einen Fall, um seinen Eskalationspfad zu sehen.</translation>
    </message>
    <message>
        <source>Template…</source>
        <translation>Vorlage…</translation>
    </message>
    <message>
        <source>Start the path from a template</source>
        <translation>Den Pfad mit einer Vorlage beginnen</translation>
    </message>
    <message>
        <source>&amp;Add step…</source>
        <translation>Schritt h&amp;inzufügen…</translation>
    </message>
    <message>
        <source>&amp;Escalate…</source>
        <translation>&amp;Eskalieren…</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Entfe&amp;rnen</translation>
    </message>
    <message>
        <source>Mark as &amp;current</source>
        <translation>Als a&amp;ktuell markieren</translation>
    </message>
    <message>
        <source>The &amp;usual climb (front line to small-claims court)</source>
        <translation>Der &amp;übliche Aufstieg (Kundenservice bis Amtsgericht)</translation>
    </message>
    <message>
        <source>An &amp;empty path: add steps one by one</source>
        <translation>Ein l&amp;eerer Pfad: Schritte einzeln hinzufügen</translation>
    </message>
    <message>
        <source>This case has no escalation path yet.

Plan who you will go to if the current level does not resolve it. Start from the usual climb (front-line service, supervisor, manager, executive office, regulator or ombudsman, small-claims court) and reorder it as you learn who has power, or add steps one by one. You can also drag a contact here.</source>
        <translation>Dieser Fall hat noch keinen Eskalationspfad.

Planen Sie, an wen Sie sich wenden, wenn die aktuelle Stufe den Fall nicht löst. Beginnen Sie mit dem üblichen Aufstieg (Kundenservice, Vorgesetzte, Leitung, Geschäftsleitung, Aufsichtsbehörde oder Schlichtungsstelle, Amtsgericht) und ordnen Sie ihn um, sobald Sie wissen, wer etwas bewirken kann, oder fügen Sie Schritte einzeln hinzu. Sie können auch einen Kontakt hierher ziehen.</translation>
    </message>
    <message>
        <source>Start from the usual climb</source>
        <translation>Mit dem üblichen Aufstieg beginnen</translation>
    </message>
    <message>
        <source>Add a step…</source>
        <translation>Schritt hinzufügen…</translation>
    </message>
    <message>
        <source>the escalation step “%1”</source>
        <translation>den Eskalationsschritt „%1“</translation>
    </message>
    <message>
        <source>Now at: %1, reached %2.</source>
        <translation>Jetzt bei: %1, erreicht %2.</translation>
    </message>
    <message>
        <source>Now at: %1.</source>
        <translation>Jetzt bei: %1.</translation>
    </message>
    <message>
        <source>Not started.</source>
        <translation>Nicht begonnen.</translation>
    </message>
    <message>
        <source>Next: %1.</source>
        <translation>Als Nächstes: %1.</translation>
    </message>
    <message>
        <source>No planned step after it.</source>
        <translation>Danach ist kein Schritt geplant.</translation>
    </message>
    <message>
        <source>Add a planned step to escalate to</source>
        <translation>Einen geplanten Schritt hinzufügen, an den eskaliert werden kann</translation>
    </message>
    <message>
        <source>Start the climb at %1</source>
        <translation>Den Aufstieg bei %1 beginnen</translation>
    </message>
    <message>
        <source>Mark %1 done and make %2 current</source>
        <translation>%1 als erledigt markieren und %2 zur aktuellen Stufe machen</translation>
    </message>
    <message>
        <source>%1: choose whom and how (Ctrl+Shift+E)</source>
        <translation>%1: wen und wie wählen (Strg+Umschalt+E)</translation>
    </message>
    <message>
        <source>Add escalation step</source>
        <translation>Eskalationsschritt hinzufügen</translation>
    </message>
    <message>
        <source>Edit escalation step</source>
        <translation>Eskalationsschritt bearbeiten</translation>
    </message>
</context>
<context>
    <name>leverage::ui::EscalationStepDialog</name>
    <message>
        <source>By</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Escalation step</source>
        <translation>Eskalationsschritt</translation>
    </message>
    <message>
        <source>A name, a body, an address…</source>
        <translation>Ein Name, eine Stelle, eine Anschrift…</translation>
    </message>
    <message>
        <source>Why this step, what to bring, rules of engagement…</source>
        <translation>Warum dieser Schritt, was mitzubringen ist, Umgangsregeln…</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>&amp;Stufe:</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>&amp;Ziel:</translation>
    </message>
    <message>
        <source>Or &amp;free text:</source>
        <translation>Oder &amp;freier Text:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>Target &amp;date:</source>
        <translation>Ziel&amp;datum:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <source>Has a target date</source>
        <translation>Hat ein Zieldatum</translation>
    </message>
    <message>
        <source>No one yet, or free text below</source>
        <translation>Noch niemand, oder freier Text unten</translation>
    </message>
    <message>
        <source>%1 (organization)</source>
        <translation>%1 (Organisation)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>leverage::ui::FindBar</name>
    <message>
        <source>Find:</source>
        <translation>Suchen:</translation>
    </message>
    <message>
        <source>Find in this list (Enter: next, Esc: close)</source>
        <translation>In dieser Liste suchen (Eingabe: nächster, Esc: schließen)</translation>
    </message>
    <message>
        <source>Find in %1</source>
        <translation>In %1 suchen</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
</context>
<context>
    <name>leverage::ui::FollowUpDialog</name>
    <message>
        <source>They &amp;promised it: count it as their commitment</source>
        <translation>Sie haben es zuge&amp;sagt: als ihre Zusage zählen</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Nachfassen</translation>
    </message>
    <message>
        <source>Discard this follow-up?</source>
        <translation>Dieses Nachfassen verwerfen?</translation>
    </message>
    <message>
        <source>e.g. supervisor calls back between 2 and 4 pm</source>
        <translation>z. B. Vorgesetzte ruft zwischen 14 und 16 Uhr zurück</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>Ich</translation>
    </message>
    <message>
        <source>At a time</source>
        <translation>Zu einer Uhrzeit</translation>
    </message>
    <message>
        <source>Add follow-up</source>
        <translation>Nachfassen hinzufügen</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>&amp;Was:</translation>
    </message>
    <message>
        <source>W&amp;ho will act:</source>
        <translation>We&amp;r handelt:</translation>
    </message>
</context>
<context>
    <name>leverage::ui::GatewayPane</name>
    <message>
        <source>&amp;Gateway</source>
        <translation>&amp;Türöffner</translation>
    </message>
    <message>
        <source>Bookmark the selected contact as a gateway (Ctrl+G)</source>
        <translation>Den gewählten Kontakt als Türöffner merken (Strg+G)</translation>
    </message>
    <message>
        <source>Start &amp;call</source>
        <translation>An&amp;ruf beginnen</translation>
    </message>
    <message>
        <source>Start a call with the selected contact</source>
        <translation>Einen Anruf mit dem gewählten Kontakt beginnen</translation>
    </message>
    <message>
        <source>&amp;New case through…</source>
        <translation>&amp;Neuer Fall über…</translation>
    </message>
    <message>
        <source>Open a new case routed through the selected contact</source>
        <translation>Einen neuen Fall über den gewählten Kontakt eröffnen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Gateways&lt;/b&gt; — who gets things done, across all organizations</source>
        <translation>&lt;b&gt;Türöffner&lt;/b&gt; – wer etwas bewegt, über alle Organisationen</translation>
    </message>
    <message>
        <source>Gateways</source>
        <translation>Türöffner</translation>
    </message>
    <message>
        <source>&lt;b&gt;All contacts&lt;/b&gt; — select one and press Ctrl+G to bookmark</source>
        <translation>&lt;b&gt;Alle Kontakte&lt;/b&gt; – einen wählen und Strg+G drücken, um ihn zu merken</translation>
    </message>
    <message>
        <source>Search by name, organization or position</source>
        <translation>Nach Name, Organisation oder Position suchen</translation>
    </message>
    <message>
        <source>Search contacts</source>
        <translation>Kontakte durchsuchen</translation>
    </message>
    <message>
        <source>Gateways &amp;only</source>
        <translation>Nur Tür&amp;öffner</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>Select a person in Contacts or Gateways first, then press Ctrl+G.</source>
        <translation>Wählen Sie zuerst eine Person unter Kontakte oder Türöffner und drücken Sie dann Strg+G.</translation>
    </message>
    <message>
        <source>Gateway contacts</source>
        <translation>Türöffner</translation>
    </message>
</context>
<context>
    <name>leverage::ui::GuardedDialog</name>
    <message>
        <source>Discard what you typed?</source>
        <translation>Das Eingegebene verwerfen?</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Weiter bearbeiten</translation>
    </message>
</context>
<context>
    <name>leverage::ui::LedgerPane</name>
    <message>
        <source>Promises</source>
        <translation>Zusagen</translation>
    </message>
    <message>
        <source>Mark &amp;kept…</source>
        <translation>Als &amp;gehalten markieren…</translation>
    </message>
    <message>
        <source>Mark &amp;broken…</source>
        <translation>Als gebro&amp;chen markieren…</translation>
    </message>
    <message>
        <source>All promises</source>
        <translation>Alle Zusagen</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Due this week</source>
        <translation>Diese Woche fällig</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Zeigen:</translation>
    </message>
    <message>
        <source>Org&amp;anization:</source>
        <translation>Or&amp;ganisation:</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>&amp;Person:</translation>
    </message>
    <message>
        <source>&amp;Case:</source>
        <translation>&amp;Fall:</translation>
    </message>
    <message>
        <source>No promises yet</source>
        <translation>Noch keine Zusagen</translation>
    </message>
    <message>
        <source>When someone at a company promises something (a call back, a refund, a technician), record it as a commitment on the case, or with Promise during a call. Every promise is tracked here until it is kept or broken.</source>
        <translation>Wenn jemand bei einem Unternehmen etwas zusagt (einen Rückruf, eine Erstattung, einen Techniker), erfassen Sie es als Zusage im Fall oder mit „Zusage“ während eines Anrufs. Jede Zusage wird hier verfolgt, bis sie gehalten oder gebrochen ist.</translation>
    </message>
    <message>
        <source>No promises match these filters</source>
        <translation>Keine Zusagen passen zu diesen Filtern</translation>
    </message>
    <message>
        <source>1 promise in all.</source>
        <translation>1 Zusage insgesamt.</translation>
    </message>
    <message>
        <source>%1 promises in all.</source>
        <translation>%1 Zusagen insgesamt.</translation>
    </message>
    <message>
        <source>Change Show, Organization, Person or Case above to see them.</source>
        <translation>Ändern Sie oben Zeigen, Organisation, Person oder Fall, um sie zu sehen.</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Alle Personen</translation>
    </message>
    <message>
        <source>Any case</source>
        <translation>Alle Fälle</translation>
    </message>
    <message>
        <source>Promise broken</source>
        <translation>Zusage gebrochen</translation>
    </message>
    <message>
        <source>Promise kept</source>
        <translation>Zusage gehalten</translation>
    </message>
    <message>
        <source>What happened? (a note for the record)</source>
        <translation>Was ist passiert? (eine Notiz für die Akte)</translation>
    </message>
    <message>
        <source>How was it kept? (a note for the record)</source>
        <translation>Wie wurde sie gehalten? (eine Notiz für die Akte)</translation>
    </message>
</context>
<context>
    <name>leverage::ui::LetterEditor</name>
    <message>
        <source>&amp;Mark as Sent…</source>
        <translation>Als &amp;versandt markieren…</translation>
    </message>
    <message>
        <source>&amp;Tone and Addressee…</source>
        <translation>&amp;Ton und Empfänger…</translation>
    </message>
    <message>
        <source>%1 – Letter</source>
        <translation>%1 – Brief</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Betreff:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Art:</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Stand:</translation>
    </message>
    <message>
        <source>Write the letter again from the case in another tone or to another person (Ctrl+Shift+T)</source>
        <translation>Den Brief aus dem Fall in einem anderen Ton oder an eine andere Person neu schreiben (Strg+Umschalt+T)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+T</source>
        <translation>Ctrl+Shift+T</translation>
    </message>
    <message>
        <source>Pre&amp;view and Print…</source>
        <translation>Vorschau und &amp;Drucken…</translation>
    </message>
    <message>
        <source>See the pages as they will print, and print them (Ctrl+P)</source>
        <translation>Die Seiten so sehen, wie sie gedruckt werden, und drucken (Strg+P)</translation>
    </message>
    <message>
        <source>Save &amp;PDF…</source>
        <translation>&amp;PDF speichern…</translation>
    </message>
    <message>
        <source>Save &amp;OpenDocument…</source>
        <translation>&amp;OpenDocument speichern…</translation>
    </message>
    <message>
        <source>Save &amp;E-mail…</source>
        <translation>&amp;E-Mail speichern…</translation>
    </message>
    <message>
        <source>Send with My E-mail P&amp;rogram…</source>
        <translation>Mit meinem E-Mail-P&amp;rogramm senden…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+M</source>
        <translation>Ctrl+Shift+M</translation>
    </message>
    <message>
        <source>Draft, saved</source>
        <translation>Entwurf, gespeichert</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>Fett</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>Kursiv</translation>
    </message>
    <message>
        <source>Bullets</source>
        <translation>Aufzählung</translation>
    </message>
    <message>
        <source>Ctrl+Shift+8</source>
        <translation>Ctrl+Shift+8</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Nummerierung</translation>
    </message>
    <message>
        <source>Ctrl+Shift+7</source>
        <translation>Ctrl+Shift+7</translation>
    </message>
    <message>
        <source>Draft, saving…</source>
        <translation>Entwurf, wird gespeichert…</translation>
    </message>
    <message>
        <source>%1, %2 tone</source>
        <translation>%1, Ton: %2</translation>
    </message>
    <message>
        <source>, to %1</source>
        <translation>, an %1</translation>
    </message>
    <message>
        <source>Sent %1 by %2</source>
        <translation>Versandt %1 per %2</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>The letter is on the case&apos;s timeline, with a follow-up at its deadline.</source>
        <translation>Der Brief steht in der Zeitleiste des Falls, mit einem Nachfassen zu seiner Frist.</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>OpenDocument text (*.odt)</source>
        <translation>OpenDocument-Text (*.odt)</translation>
    </message>
    <message>
        <source>E-mail message (*.eml)</source>
        <translation>E-Mail-Nachricht (*.eml)</translation>
    </message>
    <message>
        <source>Save Letter</source>
        <translation>Brief speichern</translation>
    </message>
    <message>
        <source>Letter saved to %1</source>
        <translation>Brief gespeichert unter %1</translation>
    </message>
    <message>
        <source>The letter was written again in a %1 tone. Ctrl+Z brings it back as it was.</source>
        <translation>Der Brief wurde im Ton „%1“ neu geschrieben. Strg+Z stellt ihn wieder her, wie er war.</translation>
    </message>
    <message>
        <source>Letter: %1</source>
        <translation>Brief: %1</translation>
    </message>
    <message>
        <source>The folder for the letter&apos;s files cannot be made (%1). Save the letter as an e-mail file instead.</source>
        <translation>Der Ordner für die Dateien des Briefs kann nicht angelegt werden (%1). Speichern Sie den Brief stattdessen als E-Mail-Datei.</translation>
    </message>
    <message>
        <source>No e-mail program could be started (xdg-email, from xdg-utils, is missing). The letter and the dossier are saved in %1: attach them to a message by hand.</source>
        <translation>Es konnte kein E-Mail-Programm gestartet werden (xdg-email aus xdg-utils fehlt). Der Brief und das Dossier liegen in %1: Hängen Sie sie von Hand an eine Nachricht an.</translation>
    </message>
    <message>
        <source>The letter was handed to your e-mail program with the letter and the dossier attached. If they are not attached, both files are in %1.</source>
        <translation>Der Brief wurde Ihrem E-Mail-Programm mit Brief und Dossier als Anhang übergeben. Falls sie nicht angehängt sind: Beide Dateien liegen in %1.</translation>
    </message>
    <message>
        <source>The letter is on the case&apos;s timeline.</source>
        <translation>Der Brief steht in der Zeitleiste des Falls.</translation>
    </message>
</context>
<context>
    <name>leverage::ui::LetterTemplatesDialog</name>
    <message>
        <source>Letter Templates</source>
        <translation>Briefvorlagen</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>&amp;Vorlage:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>&amp;Reset to Shipped</source>
        <translation>&amp;Auf Auslieferung zurücksetzen</translation>
    </message>
    <message>
        <source>Mustache: {{field}} prints a fact of the case (escaped), {{#firm}}…{{/firm}} only in that tone, {{&gt; history}} a shared part.</source>
        <translation>Mustache: {{field}} gibt eine Angabe des Falls aus (geschützt), {{#firm}}…{{/firm}} nur in diesem Ton, {{&gt; history}} einen gemeinsamen Teil.</translation>
    </message>
    <message>
        <source>Your copy (Reset to Shipped goes back to the program&apos;s).</source>
        <translation>Ihre Kopie („Auf Auslieferung zurücksetzen“ kehrt zur Fassung des Programms zurück).</translation>
    </message>
    <message>
        <source>The template that ships with the program.</source>
        <translation>Die mit dem Programm ausgelieferte Vorlage.</translation>
    </message>
    <message>
        <source>Saved: new letters use your copy.</source>
        <translation>Gespeichert: Neue Briefe verwenden Ihre Kopie.</translation>
    </message>
</context>
<context>
    <name>leverage::ui::LetterTextEdit</name>
    <message>
        <source>(No suggestions)</source>
        <translation>(Keine Vorschläge)</translation>
    </message>
    <message>
        <source>Accept “%1” for now</source>
        <translation>„%1“ vorerst akzeptieren</translation>
    </message>
</context>
<context>
    <name>leverage::ui::LettersPane</name>
    <message>
        <source>New Letter…</source>
        <translation>Neuer Brief…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Case Numbers…</source>
        <translation>Fallnummern…</translation>
    </message>
    <message>
        <source>Write a letter from the selected case (Ctrl+Shift+W)</source>
        <translation>Einen Brief zum gewählten Fall schreiben (Strg+Umschalt+W)</translation>
    </message>
    <message>
        <source>Select a case to see its letters.</source>
        <translation>Wählen Sie einen Fall, um seine Briefe zu sehen.</translation>
    </message>
    <message>
        <source>No letters yet. New Letter (Ctrl+Shift+W) writes one from the case: the history, the promises, the deadline.</source>
        <translation>Noch keine Briefe. Neuer Brief (Strg+Umschalt+W) schreibt einen aus dem Fall: den Verlauf, die Zusagen, die Frist.</translation>
    </message>
    <message>
        <source>Select a case first: a letter is written from it.</source>
        <translation>Wählen Sie zuerst einen Fall: Aus ihm wird der Brief geschrieben.</translation>
    </message>
    <message>
        <source>Letters of the case</source>
        <translation>Briefe des Falls</translation>
    </message>
    <message>
        <source>the selected letter</source>
        <translation>den ausgewählten Brief</translation>
    </message>
    <message>
        <source>the letter “%1”</source>
        <translation>den Brief „%1“</translation>
    </message>
</context>
<context>
    <name>leverage::ui::LoadStateStack</name>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Wiederholen</translation>
    </message>
</context>
<context>
    <name>leverage::ui::MainWindow</name>
    <message>
        <source>Cases</source>
        <translation>Fälle</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Open T&amp;eam Workspace…</source>
        <translation>&amp;Team-Arbeitsbereich öffnen…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
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
        <source>Show or Hide &amp;Panes</source>
        <translation>&amp;Bereiche ein-/ausblenden</translation>
    </message>
    <message>
        <source>&amp;Cases</source>
        <translation>&amp;Fälle</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>&amp;Zeitleiste</translation>
    </message>
    <message>
        <source>C&amp;ontacts</source>
        <translation>&amp;Kontakte</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>%1 on %2 (team) — Leverage</source>
        <translation>%1 auf %2 (Team) – Leverage</translation>
    </message>
    <message>
        <source>%1 — Leverage</source>
        <translation>%1 – Leverage</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 geöffnet</translation>
    </message>
    <message>
        <source>Opened the team workspace %1</source>
        <translation>Team-Arbeitsbereich %1 geöffnet</translation>
    </message>
    <message>
        <source>Could not open the team workspace: %1</source>
        <translation>Der Team-Arbeitsbereich konnte nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>Show %1 and put the cursor in it</source>
        <translation>%1 zeigen und den Cursor hineinsetzen</translation>
    </message>
    <message>
        <source>Could not open the workspace: %1</source>
        <translation>Der Arbeitsbereich konnte nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation>Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <source>Leverage workspaces (*.leverage);;All files (*)</source>
        <translation>Leverage-Arbeitsbereiche (*.leverage);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>New Workspace</source>
        <translation>Neuer Arbeitsbereich</translation>
    </message>
    <message>
        <source>Leverage workspaces (*.leverage)</source>
        <translation>Leverage-Arbeitsbereiche (*.leverage)</translation>
    </message>
    <message>
        <source>%1 already exists. Choose another name, or open it with File → Open.</source>
        <translation>%1 existiert bereits. Wählen Sie einen anderen Namen oder öffnen Sie ihn mit Datei → Öffnen.</translation>
    </message>
    <message>
        <source>Nothing here to delete: select it first.</source>
        <translation>Hier ist nichts zu löschen: Wählen Sie es zuerst aus.</translation>
    </message>
    <message>
        <source>Nothing here to edit: select it first.</source>
        <translation>Hier ist nichts zu bearbeiten: Wählen Sie es zuerst aus.</translation>
    </message>
    <message>
        <source>There is nothing to delete in this pane.</source>
        <translation>In diesem Bereich gibt es nichts zu löschen.</translation>
    </message>
    <message>
        <source>There is nothing to edit in this pane.</source>
        <translation>In diesem Bereich gibt es nichts zu bearbeiten.</translation>
    </message>
    <message>
        <source>About Leverage</source>
        <translation>Über Leverage</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Leverage %1&lt;/h3&gt;&lt;p&gt;A workbench for pursuing complaints against companies: cases, a timeline of every call, e-mail and letter, the people you dealt with, and the promises they made.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Leverage %1&lt;/h3&gt;&lt;p&gt;Eine Werkbank für Beschwerden gegen Unternehmen: Fälle, eine Zeitleiste jedes Anrufs, jeder E-Mail und jedes Briefs, die Leute, mit denen Sie zu tun hatten, und die Zusagen, die sie gemacht haben.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Nothing deleted: Leverage keeps %1.</source>
        <translation>Nichts gelöscht: Leverage behält %1.</translation>
    </message>
    <message>
        <source>Nothing opened: Leverage does not edit %1 here.</source>
        <translation>Nichts geöffnet: Leverage bearbeitet %1 hier nicht.</translation>
    </message>
    <message>
        <source>%1 (team) — Leverage</source>
        <translation>%1 (Team) – Leverage</translation>
    </message>
    <message>
        <source>%1 on %2 as %3 (team) — Leverage</source>
        <translation>%1 auf %2 als %3 (Team) – Leverage</translation>
    </message>
</context>
<context>
    <name>leverage::ui::MainWindowActions</name>
    <message>
        <source>&amp;New Workspace…</source>
        <translation>&amp;Neuer Arbeitsbereich…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>New &amp;Case…</source>
        <translation>Neuer &amp;Fall…</translation>
    </message>
    <message>
        <source>New &amp;Entry…</source>
        <translation>Neuer &amp;Eintrag…</translation>
    </message>
    <message>
        <source>New Co&amp;mmitment…</source>
        <translation>Neue &amp;Zusage…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+K</source>
        <translation>Ctrl+Shift+K</translation>
    </message>
    <message>
        <source>New Con&amp;tact…</source>
        <translation>Neuer &amp;Kontakt…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>New &amp;Organization…</source>
        <translation>Neue &amp;Organisation…</translation>
    </message>
    <message>
        <source>E&amp;dit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>&amp;About Leverage</source>
        <translation>&amp;Über Leverage</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Fall</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Zusage</translation>
    </message>
    <message>
        <source>E&amp;dit %1…</source>
        <translation>%1 &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>De&amp;lete %1</source>
        <translation>%1 &amp;löschen</translation>
    </message>
    <message>
        <source>&amp;Find in This Pane…</source>
        <translation>In diesem Bereich s&amp;uchen…</translation>
    </message>
</context>
<context>
    <name>leverage::ui::MarkSentDialog</name>
    <message>
        <source>Mark Letter as Sent</source>
        <translation>Brief als versandt markieren</translation>
    </message>
    <message>
        <source>For recorded or registered post</source>
        <translation>Für Einschreiben oder Einwurf-Einschreiben</translation>
    </message>
    <message>
        <source>&amp;Sent:</source>
        <translation>&amp;Versandt:</translation>
    </message>
    <message>
        <source>&amp;By:</source>
        <translation>&amp;Per:</translation>
    </message>
    <message>
        <source>&amp;Tracking number:</source>
        <translation>&amp;Sendungsnummer:</translation>
    </message>
    <message>
        <source>&amp;Mark as Sent</source>
        <translation>Als versandt &amp;markieren</translation>
    </message>
</context>
<context>
    <name>leverage::ui::MessageBar</name>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Close this message</source>
        <translation>Diese Meldung schließen</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>Meldung schließen</translation>
    </message>
    <message>
        <source>%1 (after 1 earlier error)</source>
        <translation>%1 (nach 1 früheren Fehler)</translation>
    </message>
    <message>
        <source>%1 (after %2 earlier errors)</source>
        <translation>%1 (nach %2 früheren Fehlern)</translation>
    </message>
</context>
<context>
    <name>leverage::ui::MyDetailsDialog</name>
    <message>
        <source>My Details</source>
        <translation>Meine Angaben</translation>
    </message>
    <message>
        <source>One line per line of the envelope</source>
        <translation>Eine Zeile je Zeile des Umschlags</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Postal &amp;address:</source>
        <translation>Post&amp;anschrift:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>Letters print these at the top and under your signature. They are kept in this workspace only.</source>
        <translation>Briefe drucken diese Angaben oben und unter Ihrer Unterschrift. Sie werden nur in diesem Arbeitsbereich gespeichert.</translation>
    </message>
</context>
<context>
    <name>leverage::ui::NewLetterDialog</name>
    <message>
        <source>New Letter</source>
        <translation>Neuer Brief</translation>
    </message>
    <message>
        <source>Customer relations (no named person)</source>
        <translation>Kundenbetreuung (keine benannte Person)</translation>
    </message>
    <message>
        <source>, %1</source>
        <translation>, %1</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>&amp;Tone:</source>
        <translation>&amp;Ton:</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>&amp;Empfänger:</translation>
    </message>
    <message>
        <source>&amp;Reply within:</source>
        <translation>Antwort &amp;binnen:</translation>
    </message>
    <message>
        <source>&amp;Write Letter</source>
        <translation>Brief &amp;schreiben</translation>
    </message>
    <message>
        <source>Tone and Addressee</source>
        <translation>Ton und Empfänger</translation>
    </message>
    <message>
        <source>&amp;Rewrite Letter</source>
        <translation>Brief &amp;neu schreiben</translation>
    </message>
    <message>
        <source>Writes the letter again from the case in this tone, to this person (undo brings the letter back as it was)</source>
        <translation>Schreibt den Brief aus dem Fall in diesem Ton an diese Person neu (Rückgängig stellt den Brief wieder her, wie er war)</translation>
    </message>
</context>
<context>
    <name>leverage::ui::NewPersonDialog</name>
    <message>
        <source>New person on the call</source>
        <translation>Neue Person im Gespräch</translation>
    </message>
    <message>
        <source>Discard this person?</source>
        <translation>Diese Person verwerfen?</translation>
    </message>
    <message>
        <source>e.g. supervisor, claims department</source>
        <translation>z. B. Vorgesetzte, Schadenabteilung</translation>
    </message>
    <message>
        <source>Add person</source>
        <translation>Person hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Position:</source>
        <translation>&amp;Position:</translation>
    </message>
    <message>
        <source>Employee id / e&amp;xt.:</source>
        <translation>Personalnr. / Ne&amp;benstelle:</translation>
    </message>
</context>
<context>
    <name>leverage::ui::NoteDialog</name>
    <message>
        <source>Discard this note?</source>
        <translation>Diese Notiz verwerfen?</translation>
    </message>
    <message>
        <source>Ctrl+Return to save</source>
        <translation>Strg+Eingabe zum Speichern</translation>
    </message>
</context>
<context>
    <name>leverage::ui::OrganizationDialog</name>
    <message>
        <source>Edit Organization</source>
        <translation>Organisation bearbeiten</translation>
    </message>
    <message>
        <source>New Organization</source>
        <translation>Neue Organisation</translation>
    </message>
    <message>
        <source>Discard the changes to this organization?</source>
        <translation>Die Änderungen an dieser Organisation verwerfen?</translation>
    </message>
    <message>
        <source>Discard this new organization?</source>
        <translation>Diese neue Organisation verwerfen?</translation>
    </message>
    <message>
        <source>retailer, insurer, delivery contractor …</source>
        <translation>Händler, Versicherer, Lieferdienst …</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>&amp;Website:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>Not&amp;izen:</translation>
    </message>
    <message>
        <source>Give the organization a name.</source>
        <translation>Geben Sie der Organisation einen Namen.</translation>
    </message>
</context>
<context>
    <name>leverage::ui::OrganizationPicker</name>
    <message>
        <source>No organization</source>
        <translation>Keine Organisation</translation>
    </message>
    <message>
        <source>The organizations could not be read: %1</source>
        <translation>Die Organisationen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Choose one or type a new organization&apos;s name</source>
        <translation>Eine wählen oder den Namen einer neuen Organisation eingeben</translation>
    </message>
</context>
<context>
    <name>leverage::ui::OutcomesWindow</name>
    <message>
        <source>Outcomes</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <source>By &amp;organization</source>
        <translation>Nach &amp;Organisation</translation>
    </message>
    <message>
        <source>By &amp;month</source>
        <translation>Nach &amp;Monat</translation>
    </message>
    <message>
        <source>By co&amp;ntact</source>
        <translation>Nach &amp;Kontakt</translation>
    </message>
    <message>
        <source>Export Chart as &amp;PNG…</source>
        <translation>Diagramm als &amp;PNG exportieren…</translation>
    </message>
    <message>
        <source>Export Chart as &amp;SVG…</source>
        <translation>Diagramm als &amp;SVG exportieren…</translation>
    </message>
    <message>
        <source>Export Figures as &amp;CSV…</source>
        <translation>Zahlen als &amp;CSV exportieren…</translation>
    </message>
    <message>
        <source>Opened &amp;from</source>
        <translation>Eröffnet &amp;vom</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>&amp;bis</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Closed with an outcome</source>
        <translation>Mit Ergebnis abgeschlossen</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Branche</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Amounts &amp;in</source>
        <translation>Beträge &amp;in</translation>
    </message>
    <message>
        <source>Every organization</source>
        <translation>Jede Organisation</translation>
    </message>
    <message>
        <source>(no organization)</source>
        <translation>(keine Organisation)</translation>
    </message>
    <message>
        <source>Every sector</source>
        <translation>Jede Branche</translation>
    </message>
    <message>
        <source>nothing was written.</source>
        <translation>es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>SVG pictures (*.svg)</source>
        <translation>SVG-Bilder (*.svg)</translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>&amp;Effort by organization</source>
        <translation>&amp;Aufwand je Organisation</translation>
    </message>
    <message>
        <source>Effort by c&amp;ase</source>
        <translation>Aufwand je &amp;Fall</translation>
    </message>
    <message>
        <source>Or&amp;ganization</source>
        <translation>Or&amp;ganisation</translation>
    </message>
    <message>
        <source>the picture could not be drawn.</source>
        <translation>das Bild konnte nicht gezeichnet werden.</translation>
    </message>
</context>
<context>
    <name>leverage::ui::PassphraseDialog</name>
    <message>
        <source>Encrypt the Archive?</source>
        <translation>Archiv verschlüsseln?</translation>
    </message>
    <message>
        <source>Encrypted Archive</source>
        <translation>Verschlüsseltes Archiv</translation>
    </message>
    <message>
        <source>With a passphrase, only someone who knows it can open the archive — useful before you e-mail it or put it on a USB stick. Nobody, not even Leverage, can open it without the passphrase. Leave it empty for an archive without encryption.</source>
        <translation>Mit einer Passphrase kann nur öffnen, wer sie kennt – nützlich, bevor Sie das Archiv per E-Mail verschicken oder auf einen USB-Stick legen. Niemand, nicht einmal Leverage, kann es ohne die Passphrase öffnen. Lassen Sie das Feld leer für ein unverschlüsseltes Archiv.</translation>
    </message>
    <message>
        <source>This archive is encrypted. Enter the passphrase it was exported with.</source>
        <translation>Dieses Archiv ist verschlüsselt. Geben Sie die Passphrase ein, mit der es exportiert wurde.</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Wiederholen:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Use at least %1 characters; a few words are easy to remember and hard to guess.</source>
        <translation>Verwenden Sie mindestens %1 Zeichen; ein paar Wörter sind leicht zu merken und schwer zu erraten.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Die beiden Passphrasen unterscheiden sich.</translation>
    </message>
</context>
<context>
    <name>leverage::ui::PromiseDialog</name>
    <message>
        <source>Promise</source>
        <translation>Zusage</translation>
    </message>
    <message>
        <source>Discard this promise?</source>
        <translation>Diese Zusage verwerfen?</translation>
    </message>
    <message>
        <source>e.g. file the reimbursement with claims</source>
        <translation>z. B. Erstattung an die Schadenabteilung geben</translation>
    </message>
    <message>
        <source>Whoever promised it</source>
        <translation>Wer es zugesagt hat</translation>
    </message>
    <message>
        <source>Add promise</source>
        <translation>Zusage hinzufügen</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>&amp;Was:</translation>
    </message>
    <message>
        <source>By:</source>
        <translation>Bis:</translation>
    </message>
    <message>
        <source>(nobody chosen)</source>
        <translation>(niemand gewählt)</translation>
    </message>
    <message>
        <source>W&amp;ho will act:</source>
        <translation>We&amp;r handelt:</translation>
    </message>
</context>
<context>
    <name>leverage::ui::QuoteDialog</name>
    <message>
        <source>Quote</source>
        <translation>Zitat</translation>
    </message>
    <message>
        <source>Discard this quote?</source>
        <translation>Dieses Zitat verwerfen?</translation>
    </message>
    <message>
        <source>Their words, exactly as said</source>
        <translation>Ihre Worte, genau wie gesagt</translation>
    </message>
    <message>
        <source>&amp;Words:</source>
        <translation>&amp;Wortlaut:</translation>
    </message>
    <message>
        <source>&amp;Just a quote</source>
        <translation>&amp;Nur ein Zitat</translation>
    </message>
    <message>
        <source>The &amp;rationale behind a blocking policy</source>
        <translation>Die &amp;Begründung einer blockierenden Regelung</translation>
    </message>
    <message>
        <source>&amp;Alternatives they could offer</source>
        <translation>&amp;Alternativen, die sie anbieten könnten</translation>
    </message>
    <message>
        <source>Add quote</source>
        <translation>Zitat hinzufügen</translation>
    </message>
</context>
<context>
    <name>leverage::ui::RatingCombo</name>
    <message>
        <source>Not rated</source>
        <translation>Nicht bewertet</translation>
    </message>
</context>
<context>
    <name>leverage::ui::RecentWorkspaces</name>
    <message>
        <source>%1 on %2 (team)</source>
        <translation>%1 auf %2 (Team)</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>diesem Rechner</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>&amp;Clear Menu</source>
        <translation>Menü &amp;leeren</translation>
    </message>
</context>
<context>
    <name>leverage::ui::RegulatorFormDialog</name>
    <message>
        <source>Plain &amp;text, to paste into a form</source>
        <translation>Reiner &amp;Text, zum Einfügen in ein Formular</translation>
    </message>
    <message>
        <source>&amp;JSON, for an upload or another program</source>
        <translation>&amp;JSON, zum Hochladen oder für ein anderes Programm</translation>
    </message>
    <message>
        <source>Regulator&apos;s Form: %1</source>
        <translation>Formular für die Aufsicht: %1</translation>
    </message>
    <message>
        <source>The form</source>
        <translation>Das Formular</translation>
    </message>
    <message>
        <source>C&amp;opy</source>
        <translation>K&amp;opieren</translation>
    </message>
    <message>
        <source>&amp;Save As…</source>
        <translation>&amp;Speichern unter…</translation>
    </message>
    <message>
        <source>What a consumer regulator&apos;s complaint form asks for, from this case. Private entries are left out.</source>
        <translation>Was das Beschwerdeformular einer Verbraucheraufsicht erfragt, aus diesem Fall. Private Einträge bleiben außen vor.</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>%1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Save the Regulator&apos;s Form</source>
        <translation>Formular für die Aufsicht speichern</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Textdateien (*.txt)</translation>
    </message>
</context>
<context>
    <name>leverage::ui::RestoreBackupDialog</name>
    <message>
        <source>Restore from Backup</source>
        <translation>Aus Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>There is no backup of “%1” in %2 yet. Backups are made a few seconds after you change the workspace; File → Backup Settings… says where.</source>
        <translation>Von „%1“ gibt es in %2 noch keine Sicherung. Sicherungen entstehen wenige Sekunden nach einer Änderung am Arbeitsbereich; Datei → Sicherungseinstellungen… sagt, wo.</translation>
    </message>
    <message>
        <source>Backups of “%1”, newest first. The one you choose is restored into a new file; the workspace you have open is not changed.</source>
        <translation>Sicherungen von „%1“, neueste zuerst. Die gewählte wird in eine neue Datei wiederhergestellt; der geöffnete Arbeitsbereich bleibt unverändert.</translation>
    </message>
    <message>
        <source>&amp;Restore into a New File…</source>
        <translation>In eine neue Datei &amp;wiederherstellen…</translation>
    </message>
</context>
<context>
    <name>leverage::ui::ResumeCallDialog</name>
    <message>
        <source>Unfinished call</source>
        <translation>Unfertiger Anruf</translation>
    </message>
    <message>
        <source>&lt;p&gt;A call was still in progress when Leverage stopped.&lt;/p&gt;&lt;p&gt;&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Started %2, last saved at %3. %4 of notes.&lt;/p&gt;&lt;p&gt;If you are still on the line, resume it: the timer counts from the start (%5 so far). If the call is over, file it as it was at the last save.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Als Leverage beendet wurde, lief noch ein Anruf.&lt;/p&gt;&lt;p&gt;&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Begonnen %2, zuletzt gespeichert um %3. %4 Notizen.&lt;/p&gt;&lt;p&gt;Sind Sie noch in der Leitung, setzen Sie ihn fort: Die Uhr zählt ab dem Beginn (bisher %5). Ist der Anruf vorbei, legen Sie ihn so ab, wie er beim letzten Speichern war.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 characters</source>
        <translation>%1 Zeichen</translation>
    </message>
    <message>
        <source>&amp;Resume call</source>
        <translation>Anruf &amp;fortsetzen</translation>
    </message>
    <message>
        <source>&amp;File as it was</source>
        <translation>So &amp;ablegen, wie er war</translation>
    </message>
    <message>
        <source>&amp;Discard…</source>
        <translation>&amp;Verwerfen…</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Später</translation>
    </message>
</context>
<context>
    <name>leverage::ui::SavedSearchesView</name>
    <message>
        <source>S&amp;aved searches</source>
        <translation>Gespe&amp;icherte Suchen</translation>
    </message>
    <message>
        <source>Saved searches</source>
        <translation>Gespeicherte Suchen</translation>
    </message>
    <message>
        <source>Enter opens the search, F2 renames it, Delete removes it</source>
        <translation>Eingabe öffnet die Suche, F2 benennt sie um, Entf entfernt sie</translation>
    </message>
</context>
<context>
    <name>leverage::ui::SearchPopup</name>
    <message>
        <source>Search everything</source>
        <translation>Alles durchsuchen</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Suchergebnisse</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Suche läuft…</translation>
    </message>
    <message>
        <source>Nothing matches.</source>
        <translation>Keine Treffer.</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s). Enter opens, Esc goes back.</source>
        <translation>
            <numerusform>%n Treffer. Eingabe öffnet, Esc geht zurück.</numerusform>
            <numerusform>%n Treffer. Eingabe öffnet, Esc geht zurück.</numerusform>
        </translation>
    </message>
    <message>
        <source>Search notes, people, promises, reference numbers…  (&quot;phrase&quot;, -word, org:, person:, ref:; Ctrl+S saves)</source>
        <translation>Notizen, Personen, Zusagen, Vorgangsnummern suchen…  (&quot;Phrase&quot;, -Wort, org:, person:, ref:; Strg+S speichert)</translation>
    </message>
</context>
<context>
    <name>leverage::ui::ShortcutsDialog</name>
    <message>
        <source>Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Type to find a command or a key</source>
        <translation>Tippen, um einen Befehl oder eine Taste zu finden</translation>
    </message>
    <message>
        <source>Find a command</source>
        <translation>Befehl finden</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menü</translation>
    </message>
    <message>
        <source>Commands and their keys</source>
        <translation>Befehle und ihre Tasten</translation>
    </message>
    <message>
        <source>&amp;Keys for the selected command:</source>
        <translation>&amp;Tasten für den gewählten Befehl:</translation>
    </message>
    <message>
        <source>Keys for the selected command</source>
        <translation>Tasten für den gewählten Befehl</translation>
    </message>
    <message>
        <source>&amp;None</source>
        <translation>&amp;Keine</translation>
    </message>
    <message>
        <source>&amp;Default</source>
        <translation>&amp;Standard</translation>
    </message>
    <message>
        <source>(anywhere in the window)</source>
        <translation>(überall im Fenster)</translation>
    </message>
    <message>
        <source>%1 already starts “%2”. Choose other keys, or give that command other keys first.</source>
        <translation>%1 startet bereits „%2“. Wählen Sie andere Tasten oder geben Sie diesem Befehl zuerst andere.</translation>
    </message>
    <message>
        <source>“%1” has no keys now.</source>
        <translation>„%1“ hat jetzt keine Tasten.</translation>
    </message>
</context>
<context>
    <name>leverage::ui::TeamWorkspaceDialog</name>
    <message>
        <source>Open Team Workspace</source>
        <translation>Team-Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <source>db.clinic.example, or a socket folder</source>
        <translation>db.beratung.example oder ein Socket-Ordner</translation>
    </message>
    <message>
        <source>empty: from ~/.pgpass</source>
        <translation>leer: aus ~/.pgpass</translation>
    </message>
    <message>
        <source>Verify the server&apos;s certificate and name</source>
        <translation>Zertifikat und Namen des Servers prüfen</translation>
    </message>
    <message>
        <source>Require encryption</source>
        <translation>Verschlüsselung verlangen</translation>
    </message>
    <message>
        <source>Encrypt when the server offers it</source>
        <translation>Verschlüsseln, wenn der Server es anbietet</translation>
    </message>
    <message>
        <source>No encryption (this computer only)</source>
        <translation>Keine Verschlüsselung (nur dieser Rechner)</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation>&amp;Verschlüsselung:</translation>
    </message>
    <message>
        <source>Type the server&apos;s name or address.</source>
        <translation>Geben Sie Namen oder Adresse des Servers ein.</translation>
    </message>
    <message>
        <source>Type the name of the team&apos;s database.</source>
        <translation>Geben Sie den Namen der Datenbank des Teams ein.</translation>
    </message>
    <message>
        <source>Type your user name on the server.</source>
        <translation>Geben Sie Ihren Benutzernamen auf dem Server ein.</translation>
    </message>
</context>
<context>
    <name>leverage::ui::TimeStampDialog</name>
    <message>
        <source>Time-stamp the Record</source>
        <translation>Akte mit Zeitstempel versehen</translation>
    </message>
    <message>
        <source>A time-stamp authority signs the record&apos;s seal together with the time, so that anyone can check later that the record, as it is sealed now, existed then. Only the seal (a SHA-256) is sent: nothing of the case leaves this computer. The authority&apos;s token is kept with the case and printed in its dossier.</source>
        <translation>Eine Zeitstempelstelle signiert das Siegel der Akte zusammen mit der Zeit, sodass jeder später prüfen kann, dass die Akte, wie sie jetzt versiegelt ist, damals bestand. Nur das Siegel (ein SHA-256) wird gesendet: Nichts vom Fall verlässt diesen Computer. Das Token der Zeitstempelstelle wird beim Fall aufbewahrt und in seinem Dossier gedruckt.</translation>
    </message>
    <message>
        <source>%1…%2 (seal %3)</source>
        <translation>%1…%2 (Siegel %3)</translation>
    </message>
    <message>
        <source>Nothing is sealed yet.</source>
        <translation>Noch ist nichts versiegelt.</translation>
    </message>
    <message>
        <source>The record&apos;s seal:</source>
        <translation>Siegel der Akte:</translation>
    </message>
    <message>
        <source>The authority&apos;s &amp;address:</source>
        <translation>&amp;Adresse der Zeitstempelstelle:</translation>
    </message>
    <message>
        <source>&amp;Stamp</source>
        <translation>&amp;Stempeln</translation>
    </message>
    <message>
        <source>Asking the authority at %1 …</source>
        <translation>Frage die Zeitstempelstelle unter %1 …</translation>
    </message>
    <message>
        <source>Time-stamped by %1 at %2 UTC.</source>
        <translation>Zeitstempel von %1 um %2 UTC.</translation>
    </message>
    <message>
        <source>the address your authority gives, e.g. https://…</source>
        <translation>die Adresse, die Ihre Zeitstempelstelle angibt, z. B. https://…</translation>
    </message>
</context>
<context>
    <name>leverage::ui::TimelinePane</name>
    <message>
        <source>&amp;Newest first</source>
        <translation>&amp;Neueste zuerst</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>&amp;Zeitleiste</translation>
    </message>
    <message>
        <source>Timeline entries</source>
        <translation>Zeitleisteneinträge</translation>
    </message>
    <message>
        <source>No contacts recorded yet — add the first call or e-mail (Ctrl+E).</source>
        <translation>Noch keine Kontakte erfasst – fügen Sie den ersten Anruf oder die erste E-Mail hinzu (Strg+E).</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>Zusagen</translation>
    </message>
    <message>
        <source>⚠ %1, overdue</source>
        <translation>⚠ %1, überfällig</translation>
    </message>
    <message>
        <source>Select a case to see its timeline.</source>
        <translation>Wählen Sie einen Fall, um seine Zeitleiste zu sehen.</translation>
    </message>
    <message>
        <source>Co&amp;mmitments: none recorded on this case</source>
        <translation>Zu&amp;sagen: keine in diesem Fall erfasst</translation>
    </message>
    <message>
        <source>Co&amp;mmitments (%1)</source>
        <translation>Zu&amp;sagen (%1)</translation>
    </message>
    <message>
        <source>Found in this entry</source>
        <translation>In diesem Eintrag gefunden</translation>
    </message>
</context>
<context>
    <name>leverage::ui::TourDialog</name>
    <message>
        <source>Leverage Tour</source>
        <translation>Leverage-Rundgang</translation>
    </message>
    <message>
        <source>&amp;Skip Tour</source>
        <translation>Rundgang &amp;überspringen</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Schritt %1 von %2</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Fertig</translation>
    </message>
</context>
<context>
    <name>leverage::ui::TriggerDialog</name>
    <message>
        <source>known</source>
        <translation>bekannt</translation>
    </message>
    <message>
        <source>Edit Clock Event</source>
        <translation>Fristereignis bearbeiten</translation>
    </message>
    <message>
        <source>Add Clock Event</source>
        <translation>Fristereignis hinzufügen</translation>
    </message>
    <message>
        <source>(none: typed dates)</source>
        <translation>(keiner: eingegebene Daten)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>&amp;Route:</source>
        <translation>&amp;Weg:</translation>
    </message>
    <message>
        <source>&amp;What happened:</source>
        <translation>Was gesc&amp;hah:</translation>
    </message>
    <message>
        <source>Timeline &amp;entry:</source>
        <translation>Zeitleisten&amp;eintrag:</translation>
    </message>
    <message>
        <source>&amp;Sent on:</source>
        <translation>&amp;Versandt am:</translation>
    </message>
    <message>
        <source>Re&amp;ceived on:</source>
        <translation>Ein&amp;gegangen am:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>Versandt am</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Eingegangen am</translation>
    </message>
    <message>
        <source>Sent date known</source>
        <translation>Versanddatum bekannt</translation>
    </message>
    <message>
        <source>Received date known</source>
        <translation>Eingangsdatum bekannt</translation>
    </message>
</context>
<context>
    <name>leverage::ui::TroubleCostsDialog</name>
    <message>
        <source>Hourly value</source>
        <translation>Stundenwert</translation>
    </message>
    <message>
        <source>Currency of the hourly value</source>
        <translation>Währung des Stundenwerts</translation>
    </message>
    <message>
        <source>Time and Trouble Costs</source>
        <translation>Kosten von Zeit und Mühe</translation>
    </message>
    <message>
        <source>Case:</source>
        <translation>Fall:</translation>
    </message>
    <message>
        <source>an hour, for every case (0: none)</source>
        <translation>je Stunde, für jeden Fall (0: keiner)</translation>
    </message>
    <message>
        <source>Your time is &amp;worth:</source>
        <translation>Ihre &amp;Zeit ist wert:</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Am</translation>
    </message>
    <message>
        <source>What for</source>
        <translation>Wofür</translation>
    </message>
    <message>
        <source>&amp;Add Another Cost</source>
        <translation>Weitere &amp;Kosten hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>What this case cost you out of pocket (postage, calls, travel), each in its own currency:</source>
        <translation>Was Sie dieser Fall aus eigener Tasche gekostet hat (Porto, Anrufe, Fahrten), jeweils in seiner Währung:</translation>
    </message>
    <message>
        <source>Amount of cost %1</source>
        <translation>Betrag der Ausgabe %1</translation>
    </message>
    <message>
        <source>Currency of cost %1</source>
        <translation>Währung der Ausgabe %1</translation>
    </message>
    <message>
        <source>Date of cost %1</source>
        <translation>Datum der Ausgabe %1</translation>
    </message>
    <message>
        <source>postage, a call, travel…</source>
        <translation>Porto, ein Anruf, eine Fahrt…</translation>
    </message>
    <message>
        <source>What cost %1 was for</source>
        <translation>Wofür Ausgabe %1 war</translation>
    </message>
</context>
<context>
    <name>leverage::ui::UserGuideDialog</name>
    <message>
        <source>Leverage User Guide</source>
        <translation>Leverage-Benutzerhandbuch</translation>
    </message>
    <message>
        <source>Pages of the guide</source>
        <translation>Seiten des Handbuchs</translation>
    </message>
    <message>
        <source>Guide page</source>
        <translation>Handbuchseite</translation>
    </message>
</context>
<context>
    <name>leverage::ui::WelcomePage</name>
    <message>
        <source>Welcome to Leverage</source>
        <translation>Willkommen bei Leverage</translation>
    </message>
    <message>
        <source>Keep every call, promise and letter of a complaint in one place, and know who to go to next. This workspace is empty: start one of these ways.</source>
        <translation>Halten Sie jeden Anruf, jede Zusage und jeden Brief einer Beschwerde an einem Ort fest und wissen Sie, an wen Sie sich als Nächstes wenden. Dieser Arbeitsbereich ist leer: Beginnen Sie auf eine dieser Arten.</translation>
    </message>
    <message>
        <source>Open the &amp;Demo Workspace</source>
        <translation>De&amp;mo-Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <source>Complaints in progress, with calls, promises and escalation paths: look around without risk to your own records.</source>
        <translation>Laufende Beschwerden mit Anrufen, Zusagen und Eskalationspfaden: Sehen Sie sich um, ohne Ihre eigenen Unterlagen zu gefährden.</translation>
    </message>
    <message>
        <source>The company, what went wrong and what you want: a few fields (Ctrl+Shift+N).</source>
        <translation>Das Unternehmen, was schiefging und was Sie wollen: ein paar Felder (Strg+Umschalt+N).</translation>
    </message>
    <message>
        <source>&amp;Import Contacts</source>
        <translation>Kontakte &amp;importieren</translation>
    </message>
    <message>
        <source>People and companies from an address book (vCard) you already keep.</source>
        <translation>Personen und Unternehmen aus einem Adressbuch (vCard), das Sie schon führen.</translation>
    </message>
    <message>
        <source>Take the &amp;Tour</source>
        <translation>&amp;Rundgang machen</translation>
    </message>
    <message>
        <source>Five steps: the call pane, the escalation path, gateways and the dossier.</source>
        <translation>Fünf Schritte: der Anrufbereich, der Eskalationspfad, Türöffner und das Dossier.</translation>
    </message>
    <message>
        <source>Start a &amp;Case</source>
        <translation>Einen &amp;Fall beginnen</translation>
    </message>
</context>
</TS>
