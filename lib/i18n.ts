// Every word a reader or staff member sees, in one dictionary (de-AT).

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
    commentsComing: "Die Diskussion zu diesem Artikel wird gerade vorbereitet.",
    imageCredit: (credit: string) => credit,
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
    rateBurst:
      "Sie haben gerade erst kommentiert. Bitte warten Sie 15 Sekunden, bevor Sie den nächsten Kommentar absenden.",
    rateHourly:
      "Sie haben in der letzten Stunde bereits 10 Kommentare geschrieben. Bitte versuchen Sie es später noch einmal.",
    duplicate: "Diesen Kommentar haben Sie zu diesem Artikel bereits abgegeben.",
    badParent: "Der Kommentar, auf den Sie antworten möchten, ist nicht (mehr) verfügbar.",
    expired: "Das Formular ist abgelaufen. Bitte senden Sie Ihren Kommentar noch einmal ab.",
    unavailable: "Zu diesem Artikel können keine Kommentare abgegeben werden.",
    failed:
      "Ihr Kommentar konnte gerade nicht gespeichert werden. Bitte versuchen Sie es noch einmal.",
    pagination: "Kommentarseiten",
    anchorLabel: (name: string, date: string) => `Kommentar von ${name} am ${date}`,
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
    noResults: (q: string) =>
      `Zu „${q}“ haben wir leider nichts gefunden. Versuchen Sie es mit einem anderen oder kürzeren Begriff.`,
    empty: "Geben Sie einen Suchbegriff ein, um alle Artikel zu durchsuchen.",
    invalid:
      "Diese Suchanfrage können wir nicht verarbeiten. Bitte verwenden Sie Wörter mit Buchstaben oder Ziffern.",
    tooLong: "Der Suchbegriff ist zu lang. Bitte kürzen Sie ihn auf höchstens 200 Zeichen.",
  },
  notFound: {
    title: "Seite nicht gefunden",
    text: "Die gewünschte Seite gibt es nicht (mehr). Vielleicht hilft Ihnen die Suche oder ein Blick auf die Startseite.",
    backHome: "Zur Startseite",
  },
  error: {
    title: "Ein Fehler ist aufgetreten",
    text: "Beim Laden dieser Seite ist etwas schiefgegangen. Bitte versuchen Sie es in einem Moment noch einmal.",
    retry: "Erneut versuchen",
  },
  image: {
    placeholderAlt: "",
  },
} as const;
