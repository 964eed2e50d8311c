// Static pages for an invented Austrian media company. Addresses, register numbers and phone
// numbers are placeholders; e-mail addresses use the reserved example domains. A backslash at
// the end of a line is a Markdown hard line break (address blocks).

interface PageDef {
  slug: string;
  title: string;
  body: string;
  /** How long before the seed time the page was last edited. */
  ageDays: number;
}

const IMPRESSUM = `## Medieninhaberin und Herausgeberin

Kiosk Medien GmbH\\
Kioskgasse 7/3\\
1070 Wien\\
Österreich

Telefon: +43 1 000 00 00\\
E-Mail: redaktion@example.org

Firmenbuchnummer: FN 000000x, Handelsgericht Wien\\
UID-Nummer: ATU00000000\\
Unternehmensgegenstand: Herausgabe und Betrieb von Online-Medien

## Redaktion

Chefredakteurin: Mag. Renate Kirchmair\\
Stellvertretender Chefredakteur: Gottfried Url\\
Geschäftsführung: Dr. Paul Scheiblhofer

Die Redaktion ist unter der oben angeführten Adresse erreichbar.

## Offenlegung gemäß § 25 Mediengesetz

**Medieninhaberin:** Kiosk Medien GmbH, Sitz in Wien.

**Geschäftsführung:** Dr. Paul Scheiblhofer.

**Eigentumsverhältnisse:** Die Kiosk Medien GmbH steht zu 100 Prozent im Eigentum der Kiosk Privatstiftung mit Sitz in Wien. Beteiligungen an anderen Medienunternehmen bestehen nicht.

**Grundlegende Richtung (Blattlinie):** Kiosk ist eine unabhängige, überparteiliche Nachrichtenplattform. Sie berichtet über Politik, Wirtschaft, Gesellschaft, Lifestyle und Sport aus Österreich und der Welt, tritt für Demokratie, Rechtsstaatlichkeit und Meinungsvielfalt ein und bekennt sich zu den Grundsätzen des Ehrenkodex für die österreichische Presse.

## Hinweis zu den Inhalten

Kiosk ist ein Demonstrationsprojekt. Alle Artikel, Personen, Zitate, Vereine und Leserkommentare auf dieser Website sind frei erfunden und automatisch erzeugt. Ähnlichkeiten mit realen Personen oder Ereignissen wären rein zufällig.

## Urheberrecht

Alle Texte, Illustrationen und Grafiken auf dieser Website sind urheberrechtlich geschützt. Eine Verwendung über das private Lesen hinaus ist nur mit schriftlicher Zustimmung der Medieninhaberin gestattet.

## Haftung für Links

Für Inhalte externer Websites, auf die wir verlinken, sind ausschließlich deren Betreiber verantwortlich. Zum Zeitpunkt der Verlinkung waren keine rechtswidrigen Inhalte erkennbar.
`;

const DATENSCHUTZ = `Der Schutz Ihrer persönlichen Daten ist uns ein besonderes Anliegen. Wir verarbeiten Ihre Daten ausschließlich auf Grundlage der gesetzlichen Bestimmungen (DSGVO, Datenschutzgesetz, Telekommunikationsgesetz 2021). In dieser Erklärung informieren wir Sie über die wichtigsten Aspekte der Datenverarbeitung auf unserer Website.

## Verantwortliche Stelle

Kiosk Medien GmbH, Kioskgasse 7/3, 1070 Wien\\
E-Mail: datenschutz@example.org

## Lesen der Website

Beim Aufruf unserer Seiten verarbeitet der Server technisch notwendige Daten wie die angefragte Adresse, Datum und Uhrzeit sowie den Browsertyp. Diese Daten dienen ausschließlich dem sicheren Betrieb der Website und werden nicht mit anderen Daten zusammengeführt. Wir verwenden keine Werbe- oder Tracking-Cookies und binden keine Analysedienste Dritter ein.

## Kommentare

Wenn Sie einen Kommentar schreiben, speichern wir Ihren Namen, Ihre E-Mail-Adresse, den Text des Kommentars, den Zeitpunkt sowie die Kennung Ihres Browsers. Ihre E-Mail-Adresse wird niemals veröffentlicht; wir nutzen sie nur, um Missbrauch zu verhindern und Sie bei Bedarf zu Ihrem Kommentar zu kontaktieren.

Ihre IP-Adresse speichern wir nicht im Klartext, sondern nur als verschlüsselten Prüfwert (Hash). Damit können wir Spam und Mehrfachbeiträge erkennen, ohne die Adresse selbst aufzubewahren.

Kommentare werden vor der Veröffentlichung von unserer Redaktion geprüft. Rechtsgrundlage ist unser berechtigtes Interesse an einem sachlichen und rechtmäßigen Diskussionsforum (Art. 6 Abs. 1 lit. f DSGVO).

## Cookies

Für Besucherinnen und Besucher setzen wir keine Cookies. Lediglich im geschützten Bereich für Mitarbeiterinnen und Mitarbeiter der Redaktion wird ein technisch notwendiges Sitzungs-Cookie verwendet, das beim Abmelden gelöscht wird.

## Speicherdauer

Kommentare bleiben gespeichert, solange der zugehörige Artikel online ist oder bis Sie die Löschung verlangen. Als Spam erkannte Beiträge werden regelmäßig entfernt.

## Ihre Rechte

Ihnen stehen grundsätzlich die Rechte auf Auskunft, Berichtigung, Löschung, Einschränkung, Datenübertragbarkeit und Widerspruch zu. Wenden Sie sich dazu bitte an datenschutz@example.org. Wenn Sie glauben, dass die Verarbeitung Ihrer Daten gegen das Datenschutzrecht verstößt, können Sie sich bei der Datenschutzbehörde beschweren.
`;

const KONTAKT = `Sie haben Fragen, Anregungen oder einen Hinweis für unsere Redaktion? Wir freuen uns, von Ihnen zu hören.

## Redaktion

E-Mail: redaktion@example.org\\
Telefon: +43 1 000 00 00 (Montag bis Freitag, 9 bis 17 Uhr)

## Hinweise und Informationen

Sie haben etwas beobachtet, das wir wissen sollten? Schreiben Sie uns an hinweise@example.org. Wir behandeln jeden Hinweis vertraulich und schützen unsere Quellen.

## Leserservice und Korrekturen

Ist Ihnen in einem Artikel ein Fehler aufgefallen? Schreiben Sie an leserservice@example.org und nennen Sie bitte den Titel des Artikels. Berichtigungen kennzeichnen wir im jeweiligen Text.

## Kommentare

Fragen zur Moderation von Leserkommentaren richten Sie bitte an community@example.org. Bitte beachten Sie, dass Kommentare erst nach Prüfung durch die Redaktion erscheinen.

## Postadresse

Kiosk Medien GmbH\\
Redaktion\\
Kioskgasse 7/3\\
1070 Wien
`;

export const PAGES: readonly PageDef[] = [
  { slug: "impressum", title: "Impressum und Offenlegung", body: IMPRESSUM, ageDays: 42 },
  { slug: "datenschutz", title: "Datenschutz", body: DATENSCHUTZ, ageDays: 42 },
  { slug: "kontakt", title: "Kontakt", body: KONTAKT, ageDays: 17 },
];
