// Every word a reader or staff member sees, in one dictionary (de-AT). The error page's few words
// sit in i18n-error-page.ts and are merged in below: the error boundary is the one client
// component on every public page, and importing that file alone keeps the rest of this
// dictionary out of the browser (the bundler does not drop unused parts of one object).

import { errorPageWords } from "./i18n-error-page";

// Thousands with a dot, as Austrian newspapers print them ("5.000"), whatever the ICU data says.
const numberFormat = new Intl.NumberFormat("de-DE");
export function formatNumber(n: number): string {
  return numberFormat.format(n);
}
export const t = {
  site: {
    tagline: "Nachrichten aus Österreich und der Welt",
    skipToContent: "Zum Inhalt springen",
    mainNavigation: "Ressorts",
    home: "Startseite",
    search: "Suche",
    searchLabel: "Suchbegriff",
    searchButton: "Suchen",
    footerNavigation: "Service",
    copyright: (year: number, name: string) => `© ${year} ${name}. Alle Rechte vorbehalten.`,
  },
  front: {
    title: "Nachrichten aus Österreich und der Welt",
    leadStory: "Aufmacher",
    mostCommented: "Meistkommentiert",
    more: (section: string) => `Mehr aus ${section}`,
    commentCount: (n: number) => (n === 1 ? "1 Kommentar" : `${n} Kommentare`),
  },
  listing: {
    page: (n: number) => `Seite ${n}`,
    pageOf: (n: number, total: number) => `Seite ${n} von ${total}`,
    pagination: "Seitennavigation",
    previous: "Vorherige Seite",
    next: "Nächste Seite",
    empty: "Hier gibt es noch keine Artikel.",
    articleCount: (n: number) => (n === 1 ? "1 Artikel" : `${formatNumber(n)} Artikel`),
  },
  article: {
    breadcrumb: "Brotkrumennavigation",
    by: "Von",
    newsroom: "Redaktion",
    updated: "aktualisiert",
    topics: "Themen",
    related: "Das könnte Sie auch interessieren",
    comments: "Kommentare",
  },
  comments: {
    title: "Kommentare",
    count: (n: number) => (n === 1 ? "1 Kommentar" : `${formatNumber(n)} Kommentare`),
    none: "Noch keine Kommentare. Schreiben Sie den ersten!",
    formTitle: "Schreibe einen Kommentar",
    replyTitle: (name: string) => `Antwort an ${name}`,
    emailNote: "Ihre E-Mail-Adresse wird nicht veröffentlicht.",
    moderationNote: "Kommentare werden vor der Veröffentlichung von der Redaktion geprüft.",
    required: "Pflichtfeld",
    name: "Name",
    email: "E-Mail",
    body: "Kommentar",
    honeypot: "Website (bitte leer lassen)",
    submit: "Kommentar absenden",
    submitReply: "Antwort absenden",
    pending: "Wird gesendet …",
    reply: "Antworten",
    replyTo: (name: string) => `Antworten auf den Kommentar von ${name}`,
    cancelReply: "Antwort abbrechen",
    staffBadge: "Redaktion",
    closed:
      "Die Diskussion zu diesem Artikel ist geschlossen. Es können keine neuen Kommentare mehr abgegeben werden.",
    thanksPending:
      "Danke für Ihren Kommentar! Er wird veröffentlicht, sobald ihn die Redaktion geprüft und freigegeben hat.",
    thanksApproved: "Danke für Ihren Kommentar! Er ist jetzt veröffentlicht.",
    yourComment: "Ihr Kommentar:",
    errorSummary: "Bitte korrigieren Sie die markierten Angaben.",
    rateBurst: (seconds: number) =>
      `Sie haben gerade erst kommentiert. Bitte warten Sie ${seconds} Sekunden, bevor Sie den nächsten Kommentar absenden.`,
    rateHourly: (perHour: number) =>
      `Sie haben in der letzten Stunde bereits ${perHour} Kommentare geschrieben. Bitte versuchen Sie es später noch einmal.`,
    duplicate: "Diesen Kommentar haben Sie zu diesem Artikel bereits abgegeben.",
    badParent: "Der Kommentar, auf den Sie antworten möchten, ist nicht (mehr) verfügbar.",
    expired: "Das Formular ist abgelaufen. Bitte senden Sie Ihren Kommentar noch einmal ab.",
    tooFast:
      "Ihr Kommentar ist noch nicht gespeichert: Er kam schneller an, als man einen Kommentar schreiben kann. Bitte senden Sie ihn in ein paar Sekunden noch einmal.",
    unavailable: "Zu diesem Artikel können keine Kommentare abgegeben werden.",
    failed:
      "Ihr Kommentar konnte gerade nicht gespeichert werden. Bitte versuchen Sie es noch einmal.",
    pagination: "Kommentarseiten",
  },
  /** Messages of the zod rules in validation.ts; each limit is the constant that enforces it. */
  validation: {
    articleInvalid: "Der Artikel ist ungültig.",
    parentInvalid: "Der Kommentar, auf den Sie antworten, ist ungültig.",
    nameMissing: "Bitte geben Sie Ihren Namen an.",
    nameMin: (n: number) =>
      `Bitte geben Sie Ihren Namen an (mindestens ${formatNumber(n)} Zeichen).`,
    nameMax: (n: number) => `Der Name darf höchstens ${formatNumber(n)} Zeichen lang sein.`,
    emailMissing: "Bitte geben Sie Ihre E-Mail-Adresse an.",
    emailMax: (n: number) =>
      `Die E-Mail-Adresse darf höchstens ${formatNumber(n)} Zeichen lang sein.`,
    emailInvalid: "Bitte geben Sie eine gültige E-Mail-Adresse an, z. B. name@beispiel.at.",
    bodyMissing: "Bitte schreiben Sie einen Kommentar.",
    bodyMin: (n: number) =>
      `Bitte schreiben Sie einen Kommentar (mindestens ${formatNumber(n)} Zeichen).`,
    bodyMax: (n: number) => `Ihr Kommentar ist zu lang: höchstens ${formatNumber(n)} Zeichen.`,
  },
  admin: {
    title: "Redaktion",
    login: "Anmelden",
    loginTitle: "Anmeldung für die Redaktion",
    username: "Benutzername",
    password: "Passwort",
    loginFailed: "Benutzername oder Passwort ist falsch.",
    loginThrottled: (seconds: number) =>
      `Zu viele Fehlversuche. Bitte warten Sie ${seconds} Sekunden, bevor Sie es erneut versuchen.`,
    loginMissing: "Bitte geben Sie Benutzername und Passwort ein.",
    loginBusy:
      "Gerade gibt es zu viele Anmeldeversuche auf einmal. Bitte versuchen Sie es in ein paar Sekunden erneut.",
    logout: "Abmelden",
    signedInAs: (name: string) => `Angemeldet als ${name}`,
    nav: "Redaktionsbereich",
    comments: "Kommentare",
    audit: "Protokoll",
    settings: "Einstellungen",
    forbidden:
      "Für diese Seite fehlt Ihnen die Berechtigung. Sie ist Administratorinnen und Administratoren vorbehalten.",
    sessionExpired: "Ihre Sitzung ist abgelaufen. Bitte melden Sie sich erneut an.",
    tabs: { pending: "Ausstehend", approved: "Freigegeben", spam: "Spam", trash: "Papierkorb" },
    statusName: {
      pending: "ausstehend",
      approved: "freigegeben",
      spam: "Spam",
      trash: "Papierkorb",
      deleted: "gelöscht",
    } as Record<string, string>,
    actions: {
      approve: "Freigeben",
      unapprove: "Zurückziehen",
      spam: "Spam",
      trash: "Papierkorb",
      restore: "Wiederherstellen",
      delete: "Endgültig löschen",
      edit: "Bearbeiten",
      reply: "Antworten",
    },
    auditAction: {
      approve: "freigegeben",
      unapprove: "zurückgezogen",
      spam: "als Spam markiert",
      trash: "in den Papierkorb",
      restore: "wiederhergestellt",
      delete: "endgültig gelöscht",
      edit: "bearbeitet",
      reply: "Antwort der Redaktion",
      erase: "gelöscht (DSGVO)",
      settings: "Einstellungen geändert",
    } as Record<string, string>,
    // Details the audit log stores with an entry.
    auditDetail: {
      name: "Name",
      text: "Text",
      changed: (fields: string[]) => `geändert: ${fields.join(", ")}`,
      replyTo: (id: number) => `Antwort auf #${id}`,
      erasure: "Löschung auf Anfrage (DSGVO)",
    },
    done: (n: number, what: string) =>
      n === 1 ? `1 Kommentar ${what}.` : `${n} Kommentare ${what}.`,
    nothingDone: "Keine Änderung: Die Aktion passt zu keinem der gewählten Kommentare.",
    noneSelected: "Bitte wählen Sie mindestens einen Kommentar aus.",
    confirmDelete: "Endgültiges Löschen bestätigen",
    confirmMissing: "Bitte bestätigen Sie das endgültige Löschen mit dem Häkchen.",
    selectAll: "Alle auf dieser Seite auswählen",
    select: (name: string) => `Kommentar von ${name} auswählen`,
    bulkAction: "Aktion für die Auswahl",
    apply: "Anwenden",
    emptySpam: "Spam leeren",
    emptyTrash: "Papierkorb leeren",
    filter: "Filtern",
    filterArticle: "Artikel-Nr.",
    filterQuery: "Text oder Autor",
    filterClient: "Client-Kennung",
    resetFilter: "Filter zurücksetzen",
    empty: "Keine Kommentare in dieser Ansicht.",
    inReplyTo: (name: string) => `Antwort auf ${name}:`,
    inContext: "Im Artikel ansehen",
    clientComments: "Alle Kommentare dieses Clients",
    editTitle: (id: number) => `Kommentar #${id}`,
    save: "Speichern",
    saved: "Gespeichert.",
    replyLabel: "Antwort der Redaktion",
    replySubmit: "Antwort veröffentlichen",
    replyDone: "Die Antwort ist veröffentlicht.",
    replyParentNotApproved: "Antworten ist nur auf freigegebene Kommentare möglich.",
    history: "Verlauf",
    noHistory: "Noch keine Einträge.",
    shortcuts: "Tastenkürzel",
    shortcutList: [
      ["j / k", "nächster / vorheriger Kommentar"],
      ["a", "freigeben"],
      ["s", "als Spam markieren"],
      ["t", "in den Papierkorb"],
      ["x", "auswählen"],
      ["e", "bearbeiten"],
    ] as [string, string][],
    settingsTitle: "Einstellungen für Kommentare",
    blocklist: "Sperrliste (ein Wort oder eine Wortgruppe pro Zeile)",
    blocklistHint:
      "Kommentare mit diesen Wörtern landen im Spam. Groß-/Kleinschreibung und Umlaut-Schreibweisen spielen keine Rolle.",
    autoApprove:
      "Kommentare von Leserinnen und Lesern mit bereits freigegebenem Kommentar sofort freigeben",
    autoApproveHint:
      "Sofort freigegeben wird nur, wer mit derselben E-Mail-Adresse und vom selben Anschluss (dieselbe Client-Kennung: IPv4-Adresse oder IPv6-/64-Netz) schon einen freigegebenen Kommentar geschrieben hat. Eine bekannte E-Mail-Adresse allein genügt nicht, denn jede und jeder kann sie eintippen. Kommentare mit Sperrwörtern landen weiter im Spam, solche mit mehr als zwei Links in der Prüfung.",
    closeAfterDays: "Diskussion schließen bei Artikeln älter als (Tage, leer = nie)",
    closeAfterDaysInvalid: (max: number) =>
      `Bitte geben Sie eine ganze Zahl zwischen 1 und ${max} an oder lassen Sie das Feld leer.`,
    erase: "Alle Kommentare einer E-Mail-Adresse löschen (DSGVO)",
    eraseEmail: "E-Mail-Adresse",
    eraseSubmit: "Endgültig löschen",
    eraseDone: (n: number) => `${n} Kommentar(e) endgültig gelöscht.`,
    auditTitle: "Protokoll",
    auditWho: "Wer",
    auditWhen: "Wann",
    auditWhat: "Aktion",
    auditComment: "Kommentar",
    auditChange: "Von → nach",
    allStaff: "Alle",
    allActions: "Alle",
    invalidInput: "Die Eingabe ist ungültig.",
  },
  author: {
    articlesBy: (name: string) => `Artikel von ${name}`,
    columnist: "Kolumnist:in",
  },
  topic: {
    title: (name: string) => `Thema: ${name}`,
    kicker: "Thema",
  },
  search: {
    title: "Suche",
    resultsFor: (q: string) => `Suchergebnisse für „${q}“`,
    resultCount: (n: number) => (n === 1 ? "1 Treffer" : `${formatNumber(n)} Treffer`),
    manyResults: (n: number) =>
      `Mehr als ${formatNumber(n)} Treffer. Mit weiteren Wörtern grenzen Sie die Suche ein.`,
    noResults: (q: string) =>
      `Zu „${q}“ haben wir leider nichts gefunden. Versuchen Sie es mit einem anderen oder kürzeren Begriff.`,
    empty: "Geben Sie einen Suchbegriff ein, um alle Artikel zu durchsuchen.",
    invalid:
      "Diese Suchanfrage können wir nicht verarbeiten. Bitte verwenden Sie Wörter mit Buchstaben oder Ziffern.",
    tooLong: "Der Suchbegriff ist zu lang. Bitte kürzen Sie ihn auf höchstens 200 Zeichen.",
    tooGeneralTitle: "Suche zu allgemein",
    tooGeneral: (q: string) =>
      `Die Suche nach „${q}“ ist zu allgemein: Ihre Wörter stehen in so vielen Artikeln, dass wir sie nicht rasch genug durchsuchen können.`,
    tooGeneralHint:
      "Ergänzen Sie ein genaueres Wort, etwa einen Namen, einen Ort oder ein Thema, oder schreiben Sie Wörter aus, statt nur ihre Anfänge einzugeben.",
    busy: "Gerade suchen sehr viele Leserinnen und Leser gleichzeitig. Bitte versuchen Sie es in einem Moment noch einmal.",
  },
  notFound: {
    title: "Seite nicht gefunden",
    text: "Die gewünschte Seite gibt es nicht (mehr). Vielleicht hilft Ihnen die Suche oder ein Blick auf die Startseite.",
    backHome: "Zur Startseite",
  },
  error: {
    ...errorPageWords,
    /** The health check's answer when the database does not respond. */
    databaseDown: "Datenbank nicht erreichbar",
  },
  /** `npm run staff`: the newsroom's account command. */
  staffCli: {
    usage:
      "Aufruf: npm run staff -- add NAME [--role admin|editor|author|moderator] [--name ANZEIGENAME] [--password-stdin]\n" +
      "        npm run staff -- reset NAME [--password-stdin]",
    unknownRole: (role: string) =>
      `Unbekannte Rolle "${role}" (admin, editor, author oder moderator).`,
    usernameRule: (min: number, max: number) =>
      `Der Benutzername muss ${min}–${max} Zeichen lang sein (Buchstaben, Ziffern, Punkt, Bindestrich, Unterstrich).`,
    passwordRule: (min: number) => `Das Passwort muss mindestens ${min} Zeichen lang sein.`,
    noTerminal: "Kein Terminal: bitte das Passwort mit --password-stdin übergeben.",
    newPassword: "Neues Passwort: ",
    repeatPassword: "Passwort wiederholen: ",
    passwordsDiffer: "Die Passwörter stimmen nicht überein.",
    exists: (name: string) =>
      `Den Benutzer "${name}" gibt es schon. Passwort ändern: npm run staff -- reset ${name}`,
    missing: (name: string) => `Den Benutzer "${name}" gibt es nicht.`,
    added: (name: string, role: string) => `Benutzer "${name}" (${role}) angelegt.`,
    reset: (name: string) => `Passwort von "${name}" geändert; alle Sitzungen wurden beendet.`,
  },
  /** Text alternatives of the generated illustrations (the SVG's own label). */
  media: {
    illustration: {
      politik: "Symbolbild Politik",
      news: "Symbolbild Chronik",
      economy: "Symbolbild Wirtschaft",
      lifestyle: "Symbolbild Lifestyle",
      sport: "Symbolbild Sport",
      kolumne: "Symbolbild Kolumne",
    },
    placeholder: "Platzhalterbild",
  },
  // Answers the HTTP server (scripts/server.ts) gives itself, before a request reaches the app.
  server: {
    badRequestTitle: "Ungültige Adresse",
    badRequestText: "Diese Adresse ist fehlerhaft kodiert.",
    backHome: "Zur Startseite",
    crossOrigin: "Anfrage von einer fremden Website abgelehnt.",
    tooLarge: "Die Anfrage ist zu groß.",
    internalError: "Interner Fehler",
    moved: "Diese Seite ist umgezogen.",
  },
  seo: {
    frontDescription: (site: string) =>
      `${site}: Nachrichten aus Österreich und der Welt – Politik, Wirtschaft, Sport, Lifestyle und Kolumnen, laufend aktualisiert.`,
    siteImageAlt: (site: string) => `${site} – Nachrichten aus Österreich und der Welt`,
    feedTitle: (site: string) => `${site} – Alle Artikel`,
    feedDescription: (site: string) => `Die neuesten Artikel von ${site}`,
    sectionFeedTitle: (site: string, section: string) => `${site} – ${section}`,
    sectionFeedDescription: (site: string, section: string) =>
      `Die neuesten Artikel aus dem Ressort ${section} von ${site}`,
    pageOfListing: (description: string, page: number) => `${description} – Seite ${page}`,
    authorDescription: (name: string, role: string) =>
      role
        ? `${name}, ${role}: alle Artikel im Überblick.`
        : `Alle Artikel von ${name} im Überblick.`,
    topicDescription: (name: string, count: string) =>
      `Alle Artikel zum Thema ${name}: ${count}, die neuesten zuerst.`,
    commentsPageTitle: (headline: string, page: number) =>
      `${headline} – Kommentare, Seite ${page}`,
    replyTitle: (headline: string) => `${headline} – Antwort schreiben`,
    searchDescription: "Durchsuchen Sie alle Artikel nach einem Begriff.",
    notFound: "Nicht gefunden",
  },
  // What `npm start`, the HTTP server (scripts/server.ts) and the settings check (lib/env.ts) say
  // on the console.
  operations: {
    schedulerFailed: "Zeitplan: Seiten neu erschienener Artikel konnten nicht erneuert werden:",
    backupUsage: "Aufruf: npm run backup -- ZIELDATEI",
    backupOverLive: "Die Sicherung kann nicht die laufende Datenbank selbst überschreiben.",
    backupNoDatabase: (file: string) => `Keine Datenbank unter ${file}.`,
    backupBroken: (check: string) =>
      `Die Sicherung ist beschädigt (${check}); sie wurde nicht gespeichert.`,
    backupWritten: (file: string, megabytes: string, ms: number) =>
      `Sicherung geschrieben: ${file} (${megabytes} MB, ${ms} ms, integrity_check ok)`,
    badSettings: (count: number) =>
      count === 1 ? "Eine Einstellung ist ungültig:" : `${count} Einstellungen sind ungültig:`,
    badSetting: (name: string, value: string | null, rule: string) =>
      `${name}${value === null ? " (Wert verborgen)" : `="${value}"`}: erwartet ${rule}.`,
    fixSettings: "Bitte die Umgebungsvariablen korrigieren; nichts wurde gestartet.",
    /** What each setting must look like (lib/env.ts), completing "erwartet …". */
    settingRules: {
      PORT: "eine ganze Zahl von 1 bis 65535",
      DATABASE_PATH: "einen Dateipfad",
      SITE_URL: "eine vollständige Adresse mit http:// oder https://, z. B. https://www.example.at",
      SITE_NAME: "einen Namen mit höchstens 80 Zeichen",
      ADMIN_PASSWORD: "ein Passwort",
      SECRET_KEY: "einen Schlüssel mit mindestens 32 Zeichen",
      TRUST_PROXY: "1, true, yes, on, ja (an) oder 0, false, no, off, nein (aus)",
      COMMENT_MIN_FILL_MS: "Millisekunden als ganze Zahl von 0 bis 60000",
      SEED_ARTICLES: "eine ganze Zahl von 1 bis 200000",
      NEXT_DIST_DIR: "einen Ordner innerhalb des Projekts, z. B. .next",
      KIOSK_SKIP_BUILD: "1, true, yes, on, ja (an) oder 0, false, no, off, nein (aus)",
      E2E_PORT: "eine ganze Zahl von 1024 bis 65535",
      CHROMIUM_PATH: "den Pfad zu einem Chromium",
      CI: "einen beliebigen Wert",
    },
    adminPassword: (rule: string) => `ADMIN_PASSWORD: ${rule}`,
    firstAdminGenerated: (user: string, password: string) =>
      `\nErster Zugang zur Redaktion angelegt: Benutzer "${user}", Passwort: ${password}\n` +
      `Dieses Passwort wird nur jetzt angezeigt. Ändern mit: npm run staff -- reset ${user}\n`,
    firstAdminFromSetting: (user: string) =>
      `Erster Zugang zur Redaktion angelegt: Benutzer "${user}" (Passwort aus ADMIN_PASSWORD).`,
    seeding: (articles: number) => `Leere Datenbank: lege ${articles} Demo-Artikel an …`,
    building: "Baue die Anwendung (next build) …",
    buildFailed: (status: number | null) =>
      `Der Build ist fehlgeschlagen (Exit-Code ${status ?? "unbekannt"}).`,
    listening: (port: number, siteUrl: string) =>
      `Kiosk läuft auf http://localhost:${port} (öffentlich: ${siteUrl})`,
    stopping: (signal: string) =>
      `${signal}: beende den Server, laufende Anfragen werden fertig bearbeitet …`,
    stopped: "Server beendet, Datenbank geschlossen.",
    requestFailed: "Anfrage fehlgeschlagen:",
    routeCheckFailed: "Adressprüfung fehlgeschlagen:",
  },
  /** The newsroom's article editor (app/admin/artikel/neu, app/admin/artikel/[id]). */
  newsroom: {
    newTitle: "Neuer Artikel",
    editTitle: (headline: string) => `Bearbeiten: ${headline}`,
    section: "Ressort",
    kicker: "Dachzeile",
    headline: "Titel",
    teaser: "Vorspann",
    body: "Text",
    bodyHint:
      "Markdown: »## Zwischentitel« in einer eigenen Zeile, [Linktext](https://…) für Links, »> « am Zeilenanfang für Zitate, »- « für Listen; Absätze durch eine Leerzeile trennen.",
    author: "Autor/in",
    newsroomAuthor: "Redaktion",
    topics: "Themen",
    topicsHint: (max: number) =>
      `Durch Beistriche getrennt, höchstens ${formatNumber(max)}; bestehende Themen werden vorgeschlagen, neue werden angelegt.`,
    slug: "Adresse (Slug)",
    slugHint:
      "Kleinbuchstaben, Ziffern und Bindestriche. Leer lassen: wird aus dem Titel gebildet. Nach der ersten Veröffentlichung leitet eine alte Adresse auf die neue weiter.",
    slugFixedHint:
      "Der Artikel war schon öffentlich: Wird die Adresse geändert, leitet die alte dauerhaft auf die neue weiter.",
    forbidden: "Für diese Seite fehlt Ihnen die Berechtigung.",
    forbiddenArticle:
      "Diesen Artikel dürfen Sie nicht bearbeiten: Autorinnen und Autoren bearbeiten nur eigene Entwürfe.",
    lockedForAuthor:
      "Dieser Artikel ist kein Entwurf mehr: Bearbeiten können ihn jetzt nur Redakteurinnen und Redakteure.",
    commentsClosed: "Kommentare geschlossen",
    seoTitle: "SEO-Titel (optional)",
    seoDescription: "SEO-Beschreibung (optional)",
    maxChars: (n: number) => `Höchstens ${formatNumber(n)} Zeichen.`,
    charCount: (used: number, max: number) =>
      `${formatNumber(used)} von höchstens ${formatNumber(max)} Zeichen`,
    minor: "Kleine Änderung (Tippfehler): »aktualisiert« bleibt unverändert",
    minorDetail: "kleine Änderung",
    restoredDetail: (revision: number) => `Version ${revision} wiederhergestellt`,
    // The revisions page: every save, two compared word by word, one restored.
    revisions: "Versionen",
    revisionsTitle: (headline: string) => `Versionen: ${headline}`,
    revisionsLink: "Versionen vergleichen",
    revisionColumn: "Version",
    revisionBy: "von",
    revisionFields: "geänderte Felder",
    revisionOld: "ältere",
    revisionNew: "neuere",
    revisionCompare: "Vergleichen",
    revisionRestore: (revision: number) => `Version ${revision} wiederherstellen`,
    revisionRestoreHint:
      "Das Wiederherstellen speichert die Felder dieser Version als neue Version; bei einem veröffentlichten Artikel erscheinen sie sofort.",
    revisionNone: "Noch keine gespeicherte Version.",
    revisionDiffTitle: (a: number, b: number) => `Version ${a} → Version ${b}`,
    revisionSame: "unverändert",
    revisionRemoved: "entfernt",
    revisionAdded: "hinzugefügt",
    revisionCurrent: "aktuell",
    restoreRefused:
      "Nichts wurde wiederhergestellt: Der Artikel wurde inzwischen geändert, oder Ihre Rolle darf ihn so nicht ändern. Bitte vergleichen Sie die Versionen erneut.",
    scheduleAt: "Veröffentlichen am (Wiener Zeit)",
    status: "Status",
    statusName: {
      draft: "Entwurf",
      review: "Zur Prüfung",
      scheduled: "Geplant",
      published: "Veröffentlicht",
      withdrawn: "Zurückgezogen",
    },
    scheduledFor: (when: string) => `Geplant für ${when}`,
    revision: (n: number) => `Version ${formatNumber(n)}`,
    lastChange: (when: string, who: string) => `Zuletzt geändert am ${when} von ${who}`,
    actions: {
      saveDraft: "Speichern",
      submit: "Zur Prüfung einreichen",
      publish: "Jetzt veröffentlichen",
      schedule: "Veröffentlichung planen",
      withdraw: "Zurückziehen",
      republish: "Wieder veröffentlichen",
      stage: "Änderungen vormerken",
      scheduleStaged: "Vorgemerkte Änderungen planen",
      discardStaged: "Vorgemerkte Änderungen verwerfen",
    },
    savePublished: "Speichern und veröffentlichen",
    // "Änderungen vormerken": staged changes wait while the published version stays public.
    stagedNotice: (who: string, when: string) =>
      `Das Formular zeigt vorgemerkte Änderungen (${who}, ${when}). Leserinnen und Leser sehen weiter die veröffentlichte Fassung, bis Sie die Änderungen veröffentlichen.`,
    stagedScheduled: (when: string) => `Die vorgemerkten Änderungen erscheinen am ${when}.`,
    stagedHint:
      "»Änderungen vormerken« speichert Ihre Fassung, ohne dass Leserinnen und Leser sie sehen; »Speichern und veröffentlichen« veröffentlicht, was im Formular steht. Für »Vorgemerkte Änderungen planen« geben Sie den Zeitpunkt im Feld »Veröffentlichen am« an.",
    stagedForDetail: (when: string) => `erscheint am ${when}`,
    stagedPublishedDetail: "vorgemerkte Änderungen veröffentlicht",
    discardedDetail: (revision: number) => `vorgemerkte Version ${revision} verworfen`,
    revisionStaged: "vorgemerkt",
    previewStaged:
      "Vorschau der vorgemerkten Änderungen – veröffentlicht ist noch die bisherige Fassung.",
    previewPublished: "Veröffentlichte Fassung ansehen",
    previewStagedLink: "Vorgemerkte Fassung ansehen",
    preview: "Vorschau",
    previewNotice: (status: string) =>
      `Vorschau – so sehen Leserinnen und Leser den Artikel. Status: ${status}.`,
    backToEditor: "Zurück zum Artikel",
    viewPublic: "Öffentlich ansehen",
    saved: "Gespeichert.",
    formInvalid: "Bitte korrigieren Sie die markierten Felder. Nichts wurde gespeichert.",
    conflict: (fields: string) =>
      `Der Artikel wurde inzwischen von jemand anderem geändert (${fields}). Ihre Fassung wurde nicht gespeichert; sie steht noch im Formular. Bitte laden Sie den Artikel neu und übernehmen Sie Ihre Änderungen.`,
    conflictNothing: "keine Felder, nur der Status",
    conflictCompare: "Was sich geändert hat (öffnet die Versionen in einem neuen Fenster)",
    notAllowed: "Diesen Schritt dürfen Sie bei diesem Artikel nicht ausführen.",
    missing: "Diesen Artikel gibt es nicht mehr.",
    fieldName: {
      sectionId: "Ressort",
      kicker: "Dachzeile",
      headline: "Titel",
      teaser: "Vorspann",
      body: "Text",
      authorId: "Autor/in",
      topics: "Themen",
      slug: "Adresse",
      commentsClosed: "Kommentare",
      seoTitle: "SEO-Titel",
      seoDescription: "SEO-Beschreibung",
    },
    errors: {
      sectionMissing: "Bitte wählen Sie ein Ressort.",
      headlineMissing: "Bitte geben Sie einen Titel an.",
      headlineMax: (n: number) => `Der Titel darf höchstens ${formatNumber(n)} Zeichen lang sein.`,
      kickerMax: (n: number) =>
        `Die Dachzeile darf höchstens ${formatNumber(n)} Zeichen lang sein.`,
      teaserMissing: "Bitte schreiben Sie einen Vorspann.",
      teaserMax: (n: number) => `Der Vorspann darf höchstens ${formatNumber(n)} Zeichen lang sein.`,
      bodyMissing: "Bitte schreiben Sie den Text des Artikels.",
      bodyMax: (n: number) => `Der Text darf höchstens ${formatNumber(n)} Zeichen lang sein.`,
      authorInvalid: "Bitte wählen Sie eine Autorin oder einen Autor aus der Liste.",
      topicsMax: (n: number) => `Höchstens ${formatNumber(n)} Themen.`,
      topicMax: (n: number) => `Ein Thema darf höchstens ${formatNumber(n)} Zeichen lang sein.`,
      topicInvalid: (name: string) =>
        `Das Thema »${name}« braucht mindestens einen Buchstaben oder eine Ziffer.`,
      slugInvalid:
        "Die Adresse darf nur Kleinbuchstaben (ohne Umlaute), Ziffern und einzelne Bindestriche enthalten.",
      slugMax: (n: number) => `Die Adresse darf höchstens ${formatNumber(n)} Zeichen lang sein.`,
      slugEmpty: "Aus diesem Titel lässt sich keine Adresse bilden; bitte geben Sie eine an.",
      slugTaken: "Diese Adresse hat schon ein anderer Artikel. Bitte wählen Sie eine andere.",
      seoTitleMax: (n: number) =>
        `Der SEO-Titel darf höchstens ${formatNumber(n)} Zeichen lang sein.`,
      seoDescriptionMax: (n: number) =>
        `Die SEO-Beschreibung darf höchstens ${formatNumber(n)} Zeichen lang sein.`,
      scheduleMissing: "Bitte geben Sie Datum und Uhrzeit der Veröffentlichung an.",
      scheduleInvalid:
        "Diese Uhrzeit gibt es in Wien nicht (Umstellung auf Sommerzeit) oder sie ist ungültig.",
      schedulePast: "Der Zeitpunkt der Veröffentlichung muss in der Zukunft liegen.",
      stageNotPublic:
        "Änderungen vormerken geht nur bei einem Artikel, den Leserinnen und Leser schon sehen. Speichern Sie diesen Artikel direkt.",
    },
  },
  // A withdrawn article's URLs answer 410 with this page (app/(site)/%5Fzurueckgezogen).
  gone: {
    code: "410",
    title: "Artikel zurückgezogen",
    heading: "Dieser Artikel wurde zurückgezogen.",
    text: "Die Redaktion hat diesen Artikel von der Website genommen. Aktuelle Berichte finden Sie auf der Startseite und im Ressort.",
    backHome: "Zur Startseite",
    toSection: (section: string) => `Weiter zum Ressort ${section}`,
    description: "Dieser Artikel ist nicht mehr verfügbar.",
  },
  newsroomList: {
    roles: {
      admin: "Administrator/in",
      editor: "Redakteur/in",
      author: "Autor/in",
      moderator: "Moderator/in",
    },
    signedInAs: (name: string, role: string) => `Angemeldet als ${name} (${role})`,
    navArticles: "Artikel",
    navAuthors: "Autoren",
    navTopics: "Themen",
    forbidden: "Für diese Seite fehlt Ihnen die Berechtigung.",
    // The article list.
    title: "Artikel",
    newArticle: "Neuer Artikel",
    status: {
      draft: "Entwurf",
      review: "Zur Prüfung",
      scheduled: "Geplant",
      published: "Veröffentlicht",
      withdrawn: "Zurückgezogen",
    },
    filterStatus: "Status",
    filterSection: "Ressort",
    filterAuthor: "Autor/in",
    filterQuery: "Titel enthält",
    filterQueryHint: "Sucht in den Titeln aller Artikel, Groß- und Kleinschreibung egal.",
    all: "Alle",
    byline: "Redaktion",
    colHeadline: "Titel",
    colStatus: "Status",
    colSection: "Ressort",
    colAuthor: "Autor/in",
    colChange: "Letzte Änderung",
    changedBy: (name: string) => `von ${name}`,
    found: (n: number, capped: boolean) =>
      capped
        ? `Über ${formatNumber(n)} Artikel gefunden.`
        : n === 1
          ? "1 Artikel gefunden."
          : `${formatNumber(n)} Artikel gefunden.`,
    noArticles: "Keine Artikel für diesen Filter.",
    // The audit log.
    auditArticle: "Artikel",
    auditArticleFilter: "Artikel-Nr.",
    auditArticleLink: (id: number) => `Artikel #${id}`,
    auditArticleOnly: (id: number) => `Nur Einträge zu Artikel #${id}`,
    auditAction: {
      "article-create": "Artikel angelegt",
      "article-save": "Artikel gespeichert",
      "article-submit": "zur Prüfung eingereicht",
      "article-publish": "veröffentlicht",
      "article-schedule": "Veröffentlichung geplant",
      "article-withdraw": "zurückgezogen",
      "article-republish": "wieder veröffentlicht",
      "article-restore": "Version wiederhergestellt",
      "article-stage": "Änderungen vorgemerkt",
      "article-schedule-staged": "vorgemerkte Änderungen geplant",
      "article-publish-staged": "vorgemerkte Änderungen veröffentlicht (zum geplanten Zeitpunkt)",
      "article-discard-staged": "vorgemerkte Änderungen verworfen",
      "article-staged-failed": "vorgemerkte Änderungen nicht veröffentlicht",
      "article-correction": "Korrekturhinweis ergänzt",
      "article-slug": "Adresse (Slug) geändert",
      "author-create": "Autor/in angelegt",
      "author-save": "Autor/in gespeichert",
      "topic-create": "Thema angelegt",
      "topic-save": "Thema gespeichert",
    } as Record<string, string>,
    // Authors and topics.
    authorsTitle: "Autorinnen und Autoren",
    topicsTitle: "Themen",
    newAuthor: "Neue Autorin / neuer Autor",
    newTopic: "Neues Thema",
    editAuthor: (name: string) => `Autor/in bearbeiten: ${name}`,
    editTopic: (name: string) => `Thema bearbeiten: ${name}`,
    colName: "Name",
    colSlug: "Adresse",
    colRole: "Funktion",
    colArticles: "Artikel",
    colColumnist: "Kolumne",
    yes: "ja",
    edit: (name: string) => `${name} bearbeiten`,
    publicPage: "Öffentliche Seite",
    fieldName: "Name",
    fieldSlug: "Adresse (Slug)",
    fieldSlugHint: (prefix: string) =>
      `Teil der Adresse ${prefix}…: Kleinbuchstaben, Ziffern und einzelne Bindestriche, z. B. maria-huber. Leer lassen, um sie aus dem Namen zu bilden.`,
    fieldRole: "Funktion (z. B. Innenpolitik-Redakteurin)",
    fieldBio: "Kurzbiografie",
    fieldColumnist: "Schreibt eine Kolumne",
    create: "Anlegen",
    save: "Speichern",
    back: "Zurück zur Liste",
    created: "Angelegt.",
    noAuthors: "Noch keine Autorinnen und Autoren.",
    noTopics: "Noch keine Themen.",
    errors: {
      name: (max: number) =>
        `Bitte geben Sie einen Namen an (höchstens ${formatNumber(max)} Zeichen).`,
      slug: (max: number) =>
        `Die Adresse darf nur Kleinbuchstaben (a–z), Ziffern und einzelne Bindestriche enthalten (höchstens ${formatNumber(max)} Zeichen).`,
      slugTaken: "Diese Adresse ist schon vergeben. Bitte wählen Sie eine andere.",
      role: (max: number) => `Die Funktion darf höchstens ${formatNumber(max)} Zeichen lang sein.`,
      bio: (max: number) =>
        `Die Kurzbiografie darf höchstens ${formatNumber(max)} Zeichen lang sein.`,
    },
  },
} as const;
