// Every word a reader or staff member sees, in one dictionary (de-AT).
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
    articleCount: (n: number) => (n === 1 ? "1 Artikel" : `${n.toLocaleString("de-AT")} Artikel`),
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
    resultCount: (n: number) => (n === 1 ? "1 Treffer" : `${n.toLocaleString("de-AT")} Treffer`),
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
