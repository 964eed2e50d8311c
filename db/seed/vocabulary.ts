// Word material for the demo content. Everything here is invented: no real article, journalist
// or politician. Real place names are used so the text feels Austrian; organisations stay generic.
//
// Template slots ({label}, {place}, …) are filled in content.ts. Every slot stands for a phrase in
// the nominative or a bare noun, so templates are written to need no declension.

export type SectionSlug = "politik" | "news" | "economy" | "lifestyle" | "sport" | "kolumne";

export interface SectionDef {
  slug: SectionSlug;
  name: string;
  description: string;
  /** Share of the generated articles. */
  weight: number;
}

export const SECTIONS: readonly SectionDef[] = [
  {
    slug: "politik",
    name: "Politik",
    description:
      "Innen- und Außenpolitik aus Österreich und Europa: Regierung, Parlament, Länder und Gemeinden im Blick.",
    weight: 22,
  },
  {
    slug: "news",
    name: "News",
    description:
      "Was Österreich bewegt: Chronik, Gesundheit, Bildung, Wissenschaft und Verkehr im täglichen Überblick.",
    weight: 24,
  },
  {
    slug: "economy",
    name: "Economy",
    description:
      "Wirtschaft, Arbeit und Geld: Unternehmen, Märkte, Energie und alles, was Preise und Löhne bewegt.",
    weight: 18,
  },
  {
    slug: "lifestyle",
    name: "Lifestyle",
    description:
      "Essen, Reisen, Wohnen und Familie: Geschichten und Tipps für einen Alltag mit mehr Genuss.",
    weight: 14,
  },
  {
    slug: "sport",
    name: "Sport",
    description:
      "Fußball, Ski alpin, Tennis und mehr: Ergebnisse, Analysen und Porträts aus Österreichs Sportwelt.",
    weight: 14,
  },
  {
    slug: "kolumne",
    name: "Kolumne",
    description:
      "Meinung mit Haltung: Unsere Kolumnistinnen und Kolumnisten über Politik, Gesellschaft und den ganz normalen Alltag.",
    weight: 8,
  },
];

export interface AuthorDef {
  name: string;
  role: string;
  bio: string;
  isColumnist: boolean;
  /** Ressorts the author writes for; columnists write Kolumne articles on these themes. */
  beats: readonly SectionSlug[];
  /** Columnists only: the column's title, used as kicker. */
  column?: string;
}

export const AUTHORS: readonly AuthorDef[] = [
  {
    name: "Katharina Steinwender",
    role: "Redakteurin Innenpolitik",
    bio: "Katharina Steinwender berichtet seit 2014 über Parlament, Regierung und Parteien. Davor war sie Lokaljournalistin in der Obersteiermark. Ihr Steckenpferd sind Budgetzahlen, die sonst niemand liest.",
    isColumnist: false,
    beats: ["politik"],
  },
  {
    name: "Matthias Grubmüller",
    role: "Redakteur Außenpolitik und EU",
    bio: "Matthias Grubmüller pendelt beruflich zwischen Wien und Brüssel. Er hat Geschichte und Slawistik in Graz studiert und schreibt über Europa, Nachbarschaft und Neutralität.",
    isColumnist: false,
    beats: ["politik", "news"],
  },
  {
    name: "Johanna Leitgeb",
    role: "Redakteurin Chronik",
    bio: "Johanna Leitgeb ist für die Chronik unterwegs, am liebsten dort, wo gerade etwas passiert. Sie lebt in St. Pölten und kennt jede Bezirkshauptmannschaft zwischen Enns und Leitha.",
    isColumnist: false,
    beats: ["news"],
  },
  {
    name: "Stefan Kogelnik",
    role: "Redakteur Wirtschaft",
    bio: "Stefan Kogelnik schreibt über Industrie, Energie und Arbeitsmarkt. Der gelernte Betriebswirt aus Villach erklärt gern, warum Zahlen manchmal lügen und manchmal nicht.",
    isColumnist: false,
    beats: ["economy"],
  },
  {
    name: "Verena Hochleitner",
    role: "Redakteurin Finanzen und Immobilien",
    bio: "Verena Hochleitner beschäftigt sich mit Geld in allen Lebenslagen: Zinsen, Mieten, Pensionen. Sie stammt aus dem Mühlviertel und hat in Linz Volkswirtschaft studiert.",
    isColumnist: false,
    beats: ["economy", "lifestyle"],
  },
  {
    name: "Sebastian Wallnöfer",
    role: "Redakteur Lifestyle und Reise",
    bio: "Sebastian Wallnöfer testet Hütten, Heurige und Hotels, damit es andere nicht müssen. Der gebürtige Tiroler schreibt über Genuss, Reisen und gutes Wohnen.",
    isColumnist: false,
    beats: ["lifestyle"],
  },
  {
    name: "Elisabeth Pfandl",
    role: "Sportredakteurin Fußball",
    bio: "Elisabeth Pfandl hat selbst in der Frauen-Bundesliga gespielt, bevor sie die Seiten wechselte. Heute analysiert sie Taktik, Transfers und Tabellen.",
    isColumnist: false,
    beats: ["sport"],
  },
  {
    name: "Dominik Haselsteiner",
    role: "Sportredakteur Wintersport",
    bio: "Dominik Haselsteiner steht jeden Winter an den Pisten zwischen Sölden und Schladming. Im Sommer schreibt er über Tennis, Radsport und Motorsport.",
    isColumnist: false,
    beats: ["sport"],
  },
  {
    name: "Herbert Zöhrer",
    role: "Kolumnist",
    bio: "Herbert Zöhrer war drei Jahrzehnte lang Parlamentsreporter. In seiner Kolumne „Zwischenruf“ kommentiert er, was in der Politik schiefläuft und gelegentlich auch, was gelingt.",
    isColumnist: true,
    beats: ["politik"],
    column: "Zwischenruf",
  },
  {
    name: "Ingrid Wukovits",
    role: "Kolumnistin",
    bio: "Ingrid Wukovits ist Burgenländerin, Mutter von drei Kindern und Sammlerin von Alltagsbeobachtungen. Ihre Kolumne „Alltagsnotizen“ erscheint jede Woche.",
    isColumnist: true,
    beats: ["lifestyle", "news"],
    column: "Alltagsnotizen",
  },
  {
    name: "Gregor Schauberger",
    role: "Kolumnist",
    bio: "Gregor Schauberger hat als Banker gearbeitet und als Wirt, bevor er zu schreiben begann. Im „Kassasturz“ rechnet er nach, was Wirtschaft und Politik versprechen.",
    isColumnist: true,
    beats: ["economy"],
    column: "Kassasturz",
  },
  {
    name: "Martina Obexer",
    role: "Kolumnistin",
    bio: "Martina Obexer kommt aus Osttirol und lebt in Wien. In „Seitenwechsel“ schreibt sie über Sport, Gesellschaft und die Frage, warum wir so gern auf der Tribüne sitzen.",
    isColumnist: true,
    beats: ["sport", "news"],
    column: "Seitenwechsel",
  },
];

export const STATES = [
  "Wien",
  "Niederösterreich",
  "Oberösterreich",
  "Steiermark",
  "Tirol",
  "Salzburg",
  "Kärnten",
  "Vorarlberg",
  "Burgenland",
] as const;
export type StateName = (typeof STATES)[number];

/** "in der Steiermark", "im Burgenland", "in Tirol". */
export const STATE_LOCATIVE: Record<StateName, string> = {
  Wien: "in Wien",
  Niederösterreich: "in Niederösterreich",
  Oberösterreich: "in Oberösterreich",
  Steiermark: "in der Steiermark",
  Tirol: "in Tirol",
  Salzburg: "im Bundesland Salzburg",
  Kärnten: "in Kärnten",
  Vorarlberg: "in Vorarlberg",
  Burgenland: "im Burgenland",
};

export interface Place {
  city: string;
  state: StateName;
  /** Relative frequency: Vienna and the capitals show up more often. */
  weight: number;
}

export const PLACES: readonly Place[] = [
  { city: "Wien", state: "Wien", weight: 14 },
  { city: "St. Pölten", state: "Niederösterreich", weight: 3 },
  { city: "Wiener Neustadt", state: "Niederösterreich", weight: 2 },
  { city: "Krems", state: "Niederösterreich", weight: 2 },
  { city: "Baden", state: "Niederösterreich", weight: 1 },
  { city: "Mödling", state: "Niederösterreich", weight: 1 },
  { city: "Amstetten", state: "Niederösterreich", weight: 1 },
  { city: "Tulln", state: "Niederösterreich", weight: 1 },
  { city: "Zwettl", state: "Niederösterreich", weight: 1 },
  { city: "Linz", state: "Oberösterreich", weight: 5 },
  { city: "Wels", state: "Oberösterreich", weight: 2 },
  { city: "Steyr", state: "Oberösterreich", weight: 2 },
  { city: "Gmunden", state: "Oberösterreich", weight: 1 },
  { city: "Braunau", state: "Oberösterreich", weight: 1 },
  { city: "Freistadt", state: "Oberösterreich", weight: 1 },
  { city: "Bad Ischl", state: "Oberösterreich", weight: 1 },
  { city: "Graz", state: "Steiermark", weight: 6 },
  { city: "Leoben", state: "Steiermark", weight: 2 },
  { city: "Bruck an der Mur", state: "Steiermark", weight: 1 },
  { city: "Kapfenberg", state: "Steiermark", weight: 1 },
  { city: "Weiz", state: "Steiermark", weight: 1 },
  { city: "Schladming", state: "Steiermark", weight: 1 },
  { city: "Judenburg", state: "Steiermark", weight: 1 },
  { city: "Innsbruck", state: "Tirol", weight: 4 },
  { city: "Kufstein", state: "Tirol", weight: 2 },
  { city: "Lienz", state: "Tirol", weight: 1 },
  { city: "Schwaz", state: "Tirol", weight: 1 },
  { city: "Imst", state: "Tirol", weight: 1 },
  { city: "Kitzbühel", state: "Tirol", weight: 1 },
  { city: "Landeck", state: "Tirol", weight: 1 },
  { city: "Salzburg", state: "Salzburg", weight: 4 },
  { city: "Hallein", state: "Salzburg", weight: 1 },
  { city: "Zell am See", state: "Salzburg", weight: 1 },
  { city: "Saalfelden", state: "Salzburg", weight: 1 },
  { city: "Bischofshofen", state: "Salzburg", weight: 1 },
  { city: "Klagenfurt", state: "Kärnten", weight: 3 },
  { city: "Villach", state: "Kärnten", weight: 2 },
  { city: "Wolfsberg", state: "Kärnten", weight: 1 },
  { city: "Spittal an der Drau", state: "Kärnten", weight: 1 },
  { city: "St. Veit an der Glan", state: "Kärnten", weight: 1 },
  { city: "Bregenz", state: "Vorarlberg", weight: 2 },
  { city: "Dornbirn", state: "Vorarlberg", weight: 2 },
  { city: "Feldkirch", state: "Vorarlberg", weight: 1 },
  { city: "Bludenz", state: "Vorarlberg", weight: 1 },
  { city: "Eisenstadt", state: "Burgenland", weight: 2 },
  { city: "Neusiedl am See", state: "Burgenland", weight: 1 },
  { city: "Oberwart", state: "Burgenland", weight: 1 },
  { city: "Mattersburg", state: "Burgenland", weight: 1 },
];

export const FEMALE_FIRST_NAMES = [
  "Anna", "Katharina", "Lena", "Sophie", "Julia", "Theresa", "Magdalena", "Elisabeth", "Barbara",
  "Claudia", "Sabine", "Monika", "Andrea", "Petra", "Verena", "Johanna", "Carina", "Stefanie",
  "Bettina", "Michaela", "Daniela", "Ursula", "Helga", "Brigitte", "Sarah", "Nina", "Eva",
  "Hannah", "Marlene", "Laura", "Miriam", "Ilse", "Rosemarie", "Gudrun", "Jasmin", "Selina",
  "Emine", "Mirjana", "Zeynep", "Agnes", "Christine", "Renate", "Doris", "Valentina", "Lea",
] as const;

export const MALE_FIRST_NAMES = [
  "Lukas", "Florian", "Markus", "Stefan", "Thomas", "Michael", "Andreas", "Christian", "Martin",
  "Johannes", "Matthias", "Wolfgang", "Gerhard", "Franz", "Josef", "Karl", "Herbert", "Günther",
  "Jürgen", "Manfred", "Reinhard", "Bernhard", "Dominik", "Philipp", "David", "Tobias", "Simon",
  "Jakob", "Felix", "Maximilian", "Paul", "Elias", "Leopold", "Alois", "Ferdinand", "Mehmet",
  "Goran", "Nikola", "Tomasz", "Ali", "Rupert", "Gottfried", "Raphael", "Valentin", "Konstantin",
] as const;

export const LAST_NAMES = [
  "Gruber", "Huber", "Bauer", "Wagner", "Pichler", "Steiner", "Moser", "Hofer", "Leitner",
  "Berger", "Fuchs", "Eder", "Fischer", "Schmid", "Winkler", "Weber", "Schwarz", "Maier",
  "Schneider", "Reiter", "Mayr", "Wimmer", "Egger", "Lang", "Baumgartner", "Auer", "Binder",
  "Lechner", "Wolf", "Aigner", "Ebner", "Koller", "Lehner", "Haas", "Schuster", "Holzer",
  "Oberhauser", "Strasser", "Riegler", "Kofler", "Zechner", "Kainz", "Pölzl", "Gschwandtner",
  "Hödl", "Prünster", "Wieser", "Lindner", "Rauch", "Stöger", "Novak", "Horvath", "Kovač",
  "Yılmaz", "Petrović", "Nowak", "Hackl", "Kröpfl", "Url", "Pirker", "Tschernutter", "Fröhlich",
  "Mühlbacher", "Grabner", "Sattler", "Kranzl", "Wögerer", "Traxler", "Pötscher", "Käfer",
  "Jandl", "Größwang", "Neuhold", "Kirchmair", "Ortner", "Obermüller", "Scheiblhofer",
] as const;

/** [male, female] job titles, by Ressort; quoted people get one of these. */
export const ROLES: Record<SectionSlug, readonly (readonly [string, string])[]> = {
  politik: [
    ["Politologe", "Politologin"],
    ["Abgeordneter", "Abgeordnete"],
    ["Bürgermeister", "Bürgermeisterin"],
    ["Verfassungsjurist", "Verfassungsjuristin"],
    ["Klubobmann", "Klubobfrau"],
    ["Landesrat", "Landesrätin"],
    ["Generalsekretär", "Generalsekretärin"],
    ["Gemeinderat", "Gemeinderätin"],
    ["Meinungsforscher", "Meinungsforscherin"],
  ],
  news: [
    ["Polizeisprecher", "Polizeisprecherin"],
    ["Primar", "Primaria"],
    ["Meteorologe", "Meteorologin"],
    ["Bildungsforscher", "Bildungsforscherin"],
    ["Verkehrsexperte", "Verkehrsexpertin"],
    ["Schuldirektor", "Schuldirektorin"],
    ["Feuerwehrkommandant", "Feuerwehrkommandantin"],
    ["Anrainer", "Anrainerin"],
    ["Sozialarbeiter", "Sozialarbeiterin"],
    ["Forscher", "Forscherin"],
  ],
  economy: [
    ["Ökonom", "Ökonomin"],
    ["Geschäftsführer", "Geschäftsführerin"],
    ["Analyst", "Analystin"],
    ["Gewerkschafter", "Gewerkschafterin"],
    ["Unternehmer", "Unternehmerin"],
    ["Wirtschaftsforscher", "Wirtschaftsforscherin"],
    ["Landwirt", "Landwirtin"],
    ["Hotelier", "Hotelierin"],
    ["Steuerberater", "Steuerberaterin"],
  ],
  lifestyle: [
    ["Koch", "Köchin"],
    ["Winzer", "Winzerin"],
    ["Reiseexperte", "Reiseexpertin"],
    ["Designer", "Designerin"],
    ["Ernährungsberater", "Ernährungsberaterin"],
    ["Gärtnermeister", "Gärtnermeisterin"],
    ["Fitnesstrainer", "Fitnesstrainerin"],
    ["Familientherapeut", "Familientherapeutin"],
    ["Architekt", "Architektin"],
  ],
  sport: [
    ["Trainer", "Trainerin"],
    ["Sportdirektor", "Sportdirektorin"],
    ["Kapitän", "Kapitänin"],
    ["Vereinspräsident", "Vereinspräsidentin"],
    ["Sportwissenschaftler", "Sportwissenschaftlerin"],
    ["Ex-Profi", "Ex-Profi"],
    ["Nachwuchsleiter", "Nachwuchsleiterin"],
  ],
  kolumne: [
    ["Pensionist", "Pensionistin"],
    ["Nachbar", "Nachbarin"],
    ["Lehrer", "Lehrerin"],
    ["Wirt", "Wirtin"],
  ],
};

/** Invented clubs; no real team is meant. */
export const CLUBS = [
  "SV Donaufeld", "SK Murtal", "Union Innviertel", "FC Wörthersee", "SC Rheintal",
  "ASV Pannonia", "SV Kaiserwinkl", "FC Pyhrn-Priel", "SK Wienerwald", "Blau-Weiß Marchfeld",
  "FC Salzachtal", "SV Ennstal", "Sportunion Mostviertel", "FC Gailtal",
] as const;

/** Singular subjects for sentences ("{Actor} will …"). */
export const ACTORS: Record<SectionSlug, readonly string[]> = {
  politik: [
    "die Bundesregierung", "die Opposition", "der Gemeindebund", "das Finanzministerium",
    "der Rechnungshof", "die Koalition", "der Städtebund", "das Innenministerium",
  ],
  news: [
    "die Landespolizeidirektion", "das Gesundheitsministerium", "die Stadtverwaltung",
    "die Feuerwehr", "die Landesregierung", "die Bezirkshauptmannschaft", "die Universität",
  ],
  economy: [
    "die Wirtschaftskammer", "die Arbeiterkammer", "die Nationalbank", "die Gewerkschaft",
    "die Industriellenvereinigung", "das Wirtschaftsforschungsinstitut", "die Finanzmarktaufsicht",
  ],
  lifestyle: [
    "die Tourismusbranche", "die Gastronomie", "der Handel", "die Stadtverwaltung",
    "der Alpenverein", "die Konsumentenberatung",
  ],
  sport: ["der Verband", "der Verein", "die Liga", "das Trainerteam", "der Vorstand"],
  kolumne: ["die Politik", "die Gesellschaft", "die Stadtverwaltung", "die Regierung"],
};

export const WEEKDAYS = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"];
export const MONTHS = [
  "Jänner", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
  "November", "Dezember",
];

/** Sentences used in every Ressort except Kolumne. */
export const COMMON_SENTENCES = [
  "Wie es weitergeht, ist derzeit noch offen.",
  "Eine Entscheidung soll in den kommenden Wochen fallen.",
  "Fachleute rechnen damit, dass sich die Lage erst im Lauf des nächsten Jahres ändert.",
  "Die Zahlen sprechen eine deutliche Sprache: Seit dem Vorjahr ist der Wert um {pct} Prozent gestiegen.",
  "In {place} wird das Thema {label} besonders intensiv diskutiert.",
  "Auch {inState} beobachtet man die Entwicklung genau.",
  "Kritikerinnen und Kritiker sehen darin vor allem ein Ablenkungsmanöver.",
  "Befürworter verweisen dagegen auf die Erfahrungen aus anderen Ländern.",
  "Laut einer aktuellen Umfrage halten {pctInt} Prozent der Befragten das Thema {label} für sehr wichtig.",
  "Bis Ende {month} sollen erste Ergebnisse vorliegen.",
  "Am {weekday} gab es dazu ein Treffen aller Beteiligten in {place}.",
  "Über die Details wurde Stillschweigen vereinbart.",
  "Schon jetzt ist klar, dass nicht alle Erwartungen erfüllt werden können.",
  "Die Frage, wer am Ende die Kosten trägt, bleibt vorerst unbeantwortet.",
  "Ein ähnliches Modell gibt es bereits in {place2}, dort sind die Erfahrungen gemischt.",
  "Begriffe wie {term} und {term2} fallen in diesen Tagen besonders oft.",
  "Stichwort {term}: Hier sehen viele den eigentlichen Knackpunkt.",
  "Wer genauer hinsieht, erkennt, dass es um mehr geht als nur um das Stichwort {term}.",
  "Rund {big} Menschen sind nach Schätzungen direkt betroffen.",
  "Die Debatte rund um das Stichwort {term} ist nicht neu, hat aber zuletzt deutlich an Schärfe gewonnen.",
  "Dass die Diskussion gerade jetzt aufkommt, ist kein Zufall.",
  "Mehrere Stellungnahmen sind bereits eingelangt, weitere werden erwartet.",
  "Nicht alle Beteiligten sind mit dem bisherigen Verlauf zufrieden.",
  "Für {place} würde das eine spürbare Veränderung bedeuten.",
  "Die genauen Auswirkungen lassen sich erst in einigen Monaten seriös abschätzen.",
  "Im Vergleich zum Vorjahr hat sich die Situation kaum verbessert.",
  "Ein Sprecher bestätigte die Pläne auf Anfrage, wollte aber keine Details nennen.",
  "Hinter vorgehaltener Hand ist von einem Kompromiss die Rede.",
  "Besonders gefordert sind dabei die kleineren Gemeinden.",
  "Dass es schnell gehen muss, darüber sind sich alle einig; beim Wie gehen die Meinungen auseinander.",
  "Ein Bericht, der dieser Tage veröffentlicht wurde, zeichnet ein differenziertes Bild.",
  "Darin ist von {n} konkreten Maßnahmen die Rede.",
  "Im Gespräch mit Kiosk schildert {person} die Lage aus erster Hand.",
  "{personLast} hält die Aufregung für übertrieben.",
  "Auch {person2Last} sieht Handlungsbedarf, setzt aber andere Schwerpunkte.",
  "Ob sich der Aufwand lohnt, wird sich zeigen.",
  "Mit einer raschen Lösung rechnet derzeit kaum jemand.",
  "Im Hintergrund laufen die Gespräche jedenfalls weiter.",
  "Was auf dem Papier einfach klingt, ist in der Praxis oft kompliziert.",
  "Gerade in ländlichen Regionen ist die Skepsis groß.",
  "Die Zahl der Anfragen hat sich seit Jahresbeginn mehr als verdoppelt.",
  "Auf das Thema {label} angesprochen, reagieren viele in {place} mit einem Schulterzucken.",
  "Ein Drittel der Betroffenen gibt an, sich schlecht informiert zu fühlen.",
  "Die nächsten Schritte sollen bis {year} umgesetzt werden.",
  "{Actor} kündigte an, die Lage laufend zu beobachten.",
  "Von {actor} heißt es, man sei für Gespräche jederzeit offen.",
  "Ein Blick in die Statistik zeigt, wie unterschiedlich die Lage {inState} und in {place2} ist.",
  "Für viele ist das Thema {label} längst keine abstrakte Frage mehr, sondern Alltag.",
  "Ob das reicht, bezweifeln selbst jene, die das Vorhaben grundsätzlich begrüßen.",
  "Die Erfahrungen der vergangenen Jahre mahnen jedenfalls zur Vorsicht.",
];

export const SECTION_SENTENCES: Record<SectionSlug, readonly string[]> = {
  politik: [
    "Die Regierung will das Vorhaben noch vor dem Sommer durch den Ministerrat bringen.",
    "Die Opposition spricht von einem „Placebo“ und kündigt Widerstand an.",
    "Im Parlament zeichnet sich eine knappe Mehrheit ab.",
    "Die Landeshauptleute pochen auf ihre Mitsprache.",
    "Der Gemeindebund warnt vor zusätzlichen Kosten für die Kommunen.",
    "Im Ministerium verweist man auf laufende Gespräche mit den Ländern.",
    "Verfassungsjuristen halten Teile des Entwurfs für problematisch.",
    "Die Begutachtungsfrist endet in wenigen Wochen.",
    "Innerhalb der Koalition gibt es unterschiedliche Auffassungen darüber, wie weit die Reform gehen soll.",
    "Die Sozialpartner wurden in die Verhandlungen eingebunden.",
    "Der Rechnungshof hatte bereits vor Jahren Reformen angemahnt.",
    "Aus den Parteizentralen kommen unterschiedliche Signale.",
    "Nach dem Ministerrat gab es eine Pressekonferenz, bei der allerdings nur wenige Fragen zugelassen wurden.",
    "In den Umfragen hat das Thema {label} zuletzt deutlich an Bedeutung gewonnen.",
    "Ein Initiativantrag der Opposition wurde im Ausschuss vertagt.",
    "Der Bundespräsident mahnte zur Besonnenheit.",
    "Für die Umsetzung wären rund {bn} Milliarden Euro nötig.",
    "Der Juniorpartner in der Koalition drängt auf Nachbesserungen.",
    "Eine Volksbefragung wird nicht ausgeschlossen.",
    "Am Ende wird wohl der Verfassungsgerichtshof das letzte Wort haben.",
    "Die Länder haben eigene Modelle vorgelegt, die sich teils deutlich unterscheiden.",
    "Der Klubobmann der größten Oppositionspartei sprach von einem „Schnellschuss“.",
    "Das Gesetz soll mit 1. {month} in Kraft treten.",
    "Bereits im Vorjahr war ein ähnlicher Anlauf gescheitert.",
    "Beobachter sehen darin den Versuch, ein heikles Thema vor der nächsten Wahl abzuräumen.",
    "Die Regierungsparteien verweisen auf das Regierungsprogramm, in dem die Maßnahme ausdrücklich vorgesehen ist.",
    "Im Landtag {inState} wurde bereits ein eigener Antrag eingebracht.",
    "Die Oppositionsparteien wollen eine Sondersitzung beantragen.",
    "Im Hohen Haus wird das Thema wohl noch mehrere Sitzungstage beschäftigen.",
    "Die Stimmung zwischen den Koalitionspartnern gilt als angespannt.",
  ],
  news: [
    "Die Polizei ersucht um Hinweise, auch anonym.",
    "Die Feuerwehr war mit {n} Einsatzkräften vor Ort.",
    "Verletzt wurde nach ersten Informationen niemand.",
    "Die Behörden raten, sich regelmäßig über die aktuelle Lage zu informieren.",
    "Anrainerinnen und Anrainer berichten, dass sich die Situation in den vergangenen Monaten verschärft habe.",
    "Eine Hotline wurde eingerichtet, sie ist täglich von 8 bis 18 Uhr erreichbar.",
    "Die Bezirkshauptmannschaft prüft nun weitere Schritte.",
    "In den sozialen Medien sorgte der Fall für zahlreiche Reaktionen.",
    "Ein Gutachten soll klären, wie es dazu kommen konnte.",
    "Die Ermittlungen dauern an.",
    "Die Stadt {place} hat bereits reagiert und zusätzliche Mittel bereitgestellt.",
    "Der Vorfall ereignete sich am {weekday} gegen {hour} Uhr.",
    "Wie viele Menschen genau betroffen sind, ist noch unklar.",
    "An den Schulen in {place} wird das Thema im Unterricht aufgegriffen.",
    "Fachleute empfehlen, Ruhe zu bewahren und sich an die offiziellen Informationen zu halten.",
    "Bereits im vergangenen Jahr hatte es ähnliche Fälle gegeben.",
    "Die Zahlen schwanken je nach Bundesland stark.",
    "Das Rote Kreuz stand mit mehreren Teams bereit.",
    "Mehrere Straßen waren zeitweise gesperrt.",
    "Ein Forschungsteam hat die Daten aus {n} Jahren ausgewertet.",
    "Die Ergebnisse wurden in einer Fachzeitschrift veröffentlicht.",
    "Wer Fragen hat, kann sich an die Beratungsstellen in den Bezirken wenden.",
    "Die Landesregierung hat eine Untersuchung angekündigt.",
    "Die Einsatzkräfte wurden kurz nach {hour} Uhr alarmiert.",
    "Augenzeugen schildern die Minuten danach als chaotisch.",
    "Die Gemeinde hat für betroffene Familien eine Anlaufstelle im Rathaus eingerichtet.",
    "Die Lage hat sich inzwischen weitgehend beruhigt.",
  ],
  economy: [
    "Die Wirtschaftsforscher haben ihre Prognose für das laufende Jahr auf {pct} Prozent Wachstum korrigiert.",
    "Viele Betriebe klagen über hohe Kosten und fehlende Fachkräfte.",
    "Die Gewerkschaft fordert einen Ausgleich für die gestiegenen Preise.",
    "Auf der Arbeitgeberseite verweist man auf die angespannte Auftragslage.",
    "Der Umsatz der Branche lag zuletzt bei rund {bn} Milliarden Euro.",
    "Die Exportquote ist im Vergleich zum Vorjahr leicht gesunken.",
    "Die Wirtschaftskammer mahnt Entlastungen für kleine und mittlere Unternehmen ein.",
    "An der Wiener Börse legten die betroffenen Titel um {pct} Prozent zu.",
    "Der Markt ist in Bewegung, Übernahmen werden wahrscheinlicher.",
    "Für Konsumentinnen und Konsumenten bedeutet das vorerst höhere Preise.",
    "Die Investitionen sollen bis {year} schrittweise hochgefahren werden.",
    "Besonders betroffen sind energieintensive Betriebe {inState}.",
    "Ein Unternehmen aus {place} hat bereits angekündigt, {n} neue Stellen zu schaffen.",
    "Die Banken sind bei der Kreditvergabe vorsichtiger geworden.",
    "Konsumentenschützer raten dazu, Angebote genau zu vergleichen.",
    "Die Margen stehen unter Druck, die Nachfrage schwankt.",
    "Im Quartalsvergleich ergibt sich ein Plus von {pct} Prozent.",
    "Die Sozialpartner sollen bis {month} einen gemeinsamen Vorschlag vorlegen.",
    "Mittelfristig rechnen Analysten mit einer Stabilisierung.",
    "Die Lieferketten haben sich weitgehend normalisiert, die Preise aber nicht.",
    "Das Familienunternehmen beschäftigt rund {staff} Mitarbeiterinnen und Mitarbeiter.",
    "Die Inflationsrate lag zuletzt bei {pct} Prozent.",
    "Im Handel spürt man die Zurückhaltung der Kundschaft deutlich.",
    "Die Eigenkapitalquote des Unternehmens gilt als solide.",
    "Für das kommende Geschäftsjahr ist ein Investitionsvolumen von {mio} Millionen Euro geplant.",
  ],
  lifestyle: [
    "Wer es ausprobieren möchte, sollte sich etwas Zeit nehmen.",
    "Der Trend kommt, wie so oft, aus den Großstädten, erreicht aber inzwischen auch die Regionen.",
    "Wichtig ist vor allem, auf die Qualität zu achten.",
    "In {place} gibt es dafür inzwischen ein eigenes Angebot.",
    "Die Preise bewegen sich je nach Anbieter zwischen {priceLow} und {priceHigh} Euro.",
    "Ein Tipp für Einsteigerinnen und Einsteiger: klein anfangen und nicht zu viel auf einmal wollen.",
    "Saisonale und regionale Produkte stehen dabei klar im Vordergrund.",
    "Nicht jeder Trend hält, was er verspricht.",
    "Am Wochenende ist mit größerem Andrang zu rechnen.",
    "Viele entdecken dabei Seiten an sich, die sie nicht erwartet hätten.",
    "Es muss nicht immer teuer sein, um gut zu sein.",
    "Gerade Familien mit Kindern schätzen die unkomplizierte Atmosphäre.",
    "Wer früh bucht, spart meist deutlich.",
    "Die Nachfrage hat sich in den vergangenen Jahren stark verändert.",
    "Nachhaltigkeit spielt dabei eine immer größere Rolle.",
    "Ein Besuch lohnt sich vor allem unter der Woche, wenn es ruhiger ist.",
    "Der Weg ist das Ziel, heißt es – und selten stimmt das so sehr wie hier.",
    "Viele Betriebe {inState} setzen inzwischen bewusst auf Qualität statt Masse.",
    "Kleine Rituale machen oft den größten Unterschied.",
    "Man muss kein Profi sein, um Freude daran zu haben.",
    "Die Öffnungszeiten ändern sich je nach Saison, ein Blick auf die Website lohnt sich.",
    "Hinter dem Konzept steckt viel Handarbeit und noch mehr Geduld.",
    "Wer mit offenen Augen durch {place} geht, entdeckt erstaunlich viel.",
    "Manchmal ist weniger eben doch mehr.",
  ],
  sport: [
    "Für die Saison ist das ein wichtiges Signal.",
    "Die Verantwortlichen wollen bis zum Saisonende abwarten.",
    "Der Verband hat das Trainingsprogramm für den Winter bereits angepasst.",
    "Die Leistungsdiagnostik zeigt, dass die Form stimmt.",
    "Am {weekday} geht es bereits weiter.",
    "{athlete} zeigte sich danach selbstkritisch.",
    "{athleteLast} hatte sich im Vorfeld viel vorgenommen.",
    "Die Nachwuchsarbeit trägt inzwischen Früchte.",
    "Sportlich ist noch alles möglich.",
    "Vor {big} Zuschauerinnen und Zuschauern war die Stimmung von Beginn an aufgeheizt.",
    "Im Umfeld ist man sich einig, dass die Formkurve nach oben zeigt.",
    "Die Konkurrenz schläft bekanntlich nicht.",
  ],
  kolumne: [
    "Ich gebe zu: Ich habe lange gezögert, über dieses Thema zu schreiben.",
    "Neulich in {place}, an einem ganz gewöhnlichen {weekday}, ist mir etwas aufgefallen.",
    "Man kann das naiv finden. Ich finde es notwendig.",
    "Vielleicht liegt es am Alter, vielleicht an der Jahreszeit.",
    "Wir reden viel über das Thema {label}, aber selten miteinander.",
    "Meine Großmutter hätte dazu gesagt: Wer schreit, hat unrecht.",
    "Es ist bemerkenswert, wie schnell aus einer Randnotiz ein Grundsatzstreit wird.",
    "Natürlich gibt es keine einfachen Antworten.",
    "Ich bin kein Fachmensch, wenn es um das Stichwort {term} geht, aber ich lese Zeitung, zahle Steuern und habe Nachbarn.",
    "Und genau da beginnt das Problem.",
    "Was mich daran stört, ist nicht die Sache selbst, sondern der Ton.",
    "Vielleicht sollten wir öfter zuhören, bevor wir urteilen.",
    "Dieser Text ist kein Plädoyer für Stillstand, im Gegenteil.",
    "Die Wahrheit liegt, wie so oft, irgendwo in der Mitte – und dort ist es bekanntlich unbequem.",
    "Ich habe mir die Mühe gemacht, die Zahlen nachzulesen.",
    "Man muss nicht jede Aufregung mitmachen.",
    "Am Stammtisch in {place} wird das Thema jedenfalls heftiger diskutiert als im Parlament.",
    "Ein Freund, der in {place2} lebt, sieht das ganz anders.",
    "Vor ein paar Jahren hätte ich darüber noch gelacht.",
    "Heute lache ich nicht mehr, ich staune.",
    "Es ist eine österreichische Spezialität, Probleme so lange zu verwalten, bis sie sich von selbst erledigen.",
    "Nur: Dieses hier erledigt sich nicht.",
    "Mir geht es nicht um Schuld, sondern um Verantwortung.",
    "Wir wären gut beraten, das Thema {label} nicht den Lautesten zu überlassen.",
    "Vielleicht ist das altmodisch. Ich bleibe trotzdem dabei.",
    "Ich lade Sie ein, das einmal selbst auszuprobieren.",
    "Am Ende des Tages zählt, was wir daraus machen.",
    "Die Ironie der Geschichte: Alle wollen dasselbe, nur niemand will anfangen.",
    "Ich habe darüber mit Leserinnen und Lesern gesprochen, die mir geschrieben haben.",
    "Eine Leserin aus {place} schrieb mir vergangene Woche einen langen Brief.",
    "Sie hat recht, und das ärgert mich ein bisschen.",
    "Man stelle sich vor, wir würden das Thema einmal ohne Schaum vor dem Mund besprechen.",
    "Der Kaffee ist kalt geworden, während ich darüber nachgedacht habe.",
    "Vielleicht ist das die eigentliche Pointe.",
    "Mehr Gelassenheit, bitte. Und mehr Neugier.",
    "Wer jetzt „Früher war alles besser“ ruft, hat nicht genau hingeschaut.",
    "Es braucht keinen großen Wurf, sondern viele kleine Schritte.",
    "Das ist keine Kapitulation, das ist Realismus.",
    "Begriffe wie {term} oder {term2} klingen nach Amtsstube, betreffen aber uns alle.",
    "Als ich jung war, hat man sich über ganz andere Dinge aufgeregt.",
    "Ich weiß, dass mir jetzt einige widersprechen werden. Gut so.",
    "Es lohnt sich, für einen Moment die Perspektive zu wechseln.",
    "Am Ende entscheidet nicht das Gesetz, sondern die Haltung.",
    "Ganz ehrlich: Ich habe auch keine fertige Lösung.",
  ],
};

/** Sport sentences that only fit team sports (matches, tables). */
export const TEAM_SPORT_SENTENCES = [
  "Die Entscheidung fiel erst in den letzten Minuten.",
  "Der Trainer zeigte sich nach dem Spiel zufrieden, sah aber noch Luft nach oben.",
  "{team} hält nun bei {points} Punkten.",
  "Die Mannschaft muss auf mehrere verletzte Stammspieler verzichten.",
  "Im Training wird vor allem an der Defensive gearbeitet.",
  "Die Fans feierten ihre Mannschaft noch lange nach dem Schlusspfiff.",
  "Im Tabellenkeller wird es eng.",
  "Der Vorstand stärkte dem Trainerteam demonstrativ den Rücken.",
  "Der {score}-Sieg spiegelt den Spielverlauf nur bedingt wider.",
  "In der {minute}. Minute hätte die Partie fast eine andere Wendung genommen.",
  "Vor allem die zweite Hälfte machte Hoffnung.",
  "Für {team2} war es die dritte Niederlage in Folge.",
];

/** Sport sentences for individual sports (races, rankings). */
export const INDIVIDUAL_SPORT_SENTENCES = [
  "Die Bedingungen waren schwierig, der Wind drehte mehrmals.",
  "{athlete} fehlten am Ende nur {hundredths} Hundertstelsekunden auf das Podest.",
  "Im Gesamtklassement liegt {athleteLast} nun auf Rang {rank}.",
  "Das Material sei diesmal perfekt abgestimmt gewesen, hieß es aus dem Betreuerteam.",
  "Nach der Verletzungspause ist das ein bemerkenswertes Ergebnis.",
  "Die Trainingsläufe hatten bereits angedeutet, dass etwas möglich ist.",
  "Im Ziel war die Erleichterung deutlich zu sehen.",
  "Für die jungen Athletinnen und Athleten im Team war es eine wertvolle Erfahrung.",
];

/** "„…“, sagt Name, Rolle aus Ort." Quotes in the pools carry no final punctuation. */
export const QUOTE_TEMPLATES = [
  "„{quote}“, sagt {speaker}.",
  "„{quote}“, betont {speaker}.",
  "„{quote}“, meint {speaker}.",
  "„{quote}“, sagt {speaker} im Gespräch mit Kiosk.",
  "Für {person} ist die Sache klar: „{quote}.“",
  "{person2} formuliert es so: „{quote}.“",
  "„{quote}“, ist {speaker} überzeugt.",
];

export const COLUMN_QUOTE_TEMPLATES = [
  "„{quote}“, sagte mir {speaker}.",
  "Ein Satz ist mir im Ohr geblieben: „{quote}.“",
  "„{quote}“ – diesen Satz von {person} habe ich mir aufgeschrieben.",
];

export const SECTION_QUOTES: Record<SectionSlug, readonly string[]> = {
  politik: [
    "Wir müssen endlich aufhören, Probleme nur zu verwalten",
    "Das ist ein Kompromiss, mit dem alle leben können",
    "Die Menschen erwarten zu Recht, dass wir liefern",
    "So kann man mit dem Parlament nicht umgehen",
    "Ohne die Länder wird das nicht funktionieren",
    "Wir haben die Hand ausgestreckt, jetzt ist die andere Seite am Zug",
  ],
  news: [
    "Wir haben so etwas hier noch nie erlebt",
    "Die Kolleginnen und Kollegen haben hervorragende Arbeit geleistet",
    "Es war reines Glück, dass nicht mehr passiert ist",
    "Wir nehmen jeden Hinweis ernst",
    "Man darf die Menschen damit nicht allein lassen",
    "Die Daten sind eindeutig, die Konsequenzen sind es noch nicht",
  ],
  economy: [
    "Die Stimmung ist besser als die Lage",
    "Wir investieren trotzdem, weil wir an den Standort glauben",
    "Ohne Fachkräfte nützt der beste Auftrag nichts",
    "Die Kosten sind das eine, die Unsicherheit das andere",
    "Am Ende zahlen es die Konsumentinnen und Konsumenten",
    "Wer jetzt spart, verliert den Anschluss",
  ],
  lifestyle: [
    "Gute Zutaten brauchen nicht viel Tamtam",
    "Man muss sich einfach trauen",
    "Die Leute wollen wieder wissen, woher etwas kommt",
    "Entschleunigung ist kein Luxus, sondern eine Notwendigkeit",
    "Das Schönste ist, wenn Gäste wiederkommen",
    "Qualität setzt sich langfristig durch",
  ],
  sport: [
    "Wir haben als Mannschaft funktioniert",
    "Heute hat einfach das Glück gefehlt",
    "Wir schauen von Spiel zu Spiel",
    "Das war eine Reaktion, wie ich sie mir gewünscht habe",
    "Ich bin mit meiner Leistung überhaupt nicht zufrieden",
    "Die Saison ist noch lang",
  ],
  kolumne: [
    "Man muss nicht alles gut finden, aber man sollte alles verstehen wollen",
    "Wer nichts weiß, muss alles glauben",
    "Früher war auch nicht alles besser, nur anders",
    "Gemeinsam geht es leichter, auch wenn es länger dauert",
  ],
};

export const SECTION_HEADINGS: Record<SectionSlug, readonly string[]> = {
  politik: [
    "Kritik aus den Ländern", "Die Rolle der Opposition", "Was die Verfassung sagt",
    "Was jetzt geplant ist", "Die offenen Fragen", "Der Zeitplan", "Reaktionen",
    "Wer profitiert", "Der Hintergrund", "Ein Blick nach {place2}", "Streitpunkt {term}",
    "Die nächsten Schritte", "Zwischen Anspruch und Wirklichkeit",
  ],
  news: [
    "Was Betroffene erzählen", "Die Ermittlungen", "Was Sie jetzt wissen müssen",
    "Der Hintergrund", "Die Lage vor Ort", "Was Fachleute sagen", "Ein Blick nach {place2}",
    "Die Zahlen im Detail", "Wie es weitergeht", "Reaktionen", "Stichwort {term}",
  ],
  economy: [
    "Was Konsumenten wissen müssen", "Die Lage der Betriebe", "Die Sicht der Sozialpartner",
    "Die Zahlen im Detail", "Wer profitiert", "Die Kosten", "Der Ausblick", "Stichwort {term}",
    "Was das für {place} bedeutet", "Was Fachleute sagen", "Zwischen Hoffnung und Skepsis",
  ],
  lifestyle: [
    "Worauf es ankommt", "Unsere Tipps", "Ein Besuch vor Ort", "Was es kostet", "Gut zu wissen",
    "Der Trend dahinter", "Für Einsteiger", "Unterwegs in {place}", "Stichwort {term}",
    "Ein Blick hinter die Kulissen",
  ],
  sport: [
    "Die Analyse", "Stimmen zum Spiel", "Der Blick auf die Tabelle", "Personalsorgen", "Ausblick",
    "Die Schlüsselszene", "Der Weg dorthin", "Was die Zahlen sagen", "Die Konkurrenz",
  ],
  kolumne: [
    "Eine Frage des Tons", "Was bleibt", "Zurück zum Anfang", "Eine kleine Beobachtung",
    "Und jetzt?", "Der Blick von außen", "Ein Gedanke zum Schluss", "Warum mich das ärgert",
  ],
};

/** Short statements that follow "{Label}: …" in a headline. */
export const SECTION_STATEMENTS: Record<SectionSlug, readonly string[]> = {
  politik: [
    "Regierung legt Fahrplan bis {year} vor",
    "Opposition kündigt Widerstand an",
    "Länder fordern mehr Mitsprache",
    "Was die Koalition jetzt plant",
    "Fachleute zweifeln am Zeitplan",
    "Einigung in letzter Minute",
    "Gemeindebund schlägt Alarm",
    "Neue Umfrage sorgt für Unruhe in den Parteizentralen",
    "Rechnungshof übt scharfe Kritik",
    "Ministerium verspricht Nachbesserungen",
    "Sozialpartner legen gemeinsames Papier vor",
    "Entscheidung fällt erst nach dem Sommer",
    "Koalition streitet über die Details",
    "Verhandlungen gehen in die nächste Runde",
    "Was der Entwurf wirklich vorsieht",
    "Landeshauptleute stellen Bedingungen",
  ],
  news: [
    "Was man jetzt wissen muss",
    "Behörden ziehen erste Bilanz",
    "Lage in {place} entspannt sich langsam",
    "Neue Zahlen überraschen Fachleute",
    "Anrainer in {place} fordern rasche Lösung",
    "Studie zeigt große Unterschiede zwischen den Bundesländern",
    "Fünf Fragen, fünf Antworten",
    "Wie {place} sich vorbereitet",
    "Was hinter den neuen Zahlen steckt",
    "Experten warnen vor Sorglosigkeit",
    "Der lange Weg zu einer Lösung",
    "Was sich ab {month} ändert",
  ],
  economy: [
    "Unternehmen rechnen mit einem schwierigen Jahr",
    "Preise steigen um {pct} Prozent",
    "Wirtschaftsforscher senken die Prognose",
    "Was das für Konsumentinnen und Konsumenten heißt",
    "Betriebe {inState} unter Druck",
    "Die Gewinner und die Verlierer",
    "Umsatz wächst um {pct} Prozent",
    "Warum die Branche trotzdem optimistisch ist",
    "Was sich ab {month} ändert",
    "Sozialpartner uneins über den Kurs",
    "Die wichtigsten Zahlen im Überblick",
  ],
  lifestyle: [
    "Die besten Tipps für die neue Saison",
    "Warum immer mehr Menschen umdenken",
    "Ein Streifzug durch {place}",
    "So gelingt der Einstieg",
    "Was wirklich hilft und was nicht",
    "Zehn Ideen für das Wochenende",
    "Worauf man achten sollte",
    "Ein Selbstversuch in {place}",
    "Was hinter dem Trend steckt",
    "Wenig Aufwand, große Wirkung",
  ],
  sport: [
    "Ein Wochenende zum Vergessen",
    "Die Reaktion nach der Niederlage",
    "Was jetzt auf dem Spiel steht",
    "Drei Erkenntnisse aus dem Wochenende",
    "Der Druck wächst",
    "Ein Sieg, der Hoffnung macht",
    "Die Analyse nach dem Auftakt",
    "Warum es diesmal anders laufen soll",
    "Das Comeback ist perfekt",
  ],
  kolumne: [
    "Ein Zwischenruf",
    "Warum wir gelassener werden sollten",
    "Was wir verlernt haben",
    "Eine Verteidigung des Kompromisses",
    "Lob der Langsamkeit",
    "Mehr Mut, bitte",
  ],
};

/** Column headlines, the opinion counterpart of the news templates. */
export const COLUMN_HEADLINES = [
  "Warum mich das Thema {label} nicht mehr loslässt",
  "Was ich beim Thema {label} gelernt habe",
  "Ein Plädoyer für mehr Gelassenheit beim Thema {label}",
  "Wir sollten über das Stichwort {term} reden – aber anders",
  "Neulich in {place}: eine kleine Geschichte über das Thema {label}",
  "Das Thema {label} gehört nicht den Lautesten",
  "{label}: Warum wir uns die Debatte zu leicht machen",
  "Ein Brief an alle, die beim Thema {label} schon aufgegeben haben",
  "Über {term}, {term2} und die Kunst des Zuhörens",
  "{label}: Die unbequeme Wahrheit liegt in der Mitte",
  "Warum ich beim Thema {label} meine Meinung geändert habe",
  "Was meine Großmutter zum Thema {label} gesagt hätte",
];

export const SECTION_KICKERS: Record<SectionSlug, readonly string[]> = {
  politik: [
    "Analyse", "Hintergrund", "Innenpolitik", "Koalition", "Parlament", "Exklusiv", "Interview",
    "Faktencheck", "Ländersache",
  ],
  news: ["Chronik", "Überblick", "Service", "Wissenschaft", "Reportage", "Faktencheck", "Hintergrund"],
  economy: ["Analyse", "Konjunktur", "Geldanlage", "Unternehmen", "Service", "Interview", "Bilanz"],
  lifestyle: ["Genuss", "Unterwegs", "Ratgeber", "Trend", "Wochenende", "Selbstversuch"],
  sport: ["Analyse", "Nachspiel", "Vorschau", "Porträt", "Interview", "Transfers"],
  kolumne: ["Kolumne"],
};

export const TEASER_OPENERS: Record<SectionSlug, readonly string[]> = {
  politik: [
    "{Subject} sorgt in der Koalition seit Wochen für Diskussionen.",
    "Beim Thema {label} kommt Bewegung in die Innenpolitik.",
    "{Actor} will beim Thema {label} neue Wege gehen, die Opposition ist skeptisch.",
    "Lange wurde verhandelt, jetzt liegt ein Ergebnis vor.",
    "Was bedeutet {subject} für Länder und Gemeinden?",
    "Die Debatte zum Thema {label} erreicht eine neue Stufe.",
  ],
  news: [
    "{Subject} beschäftigt derzeit Behörden und Bevölkerung in {place}.",
    "Beim Thema {label} gibt es neue Entwicklungen {inState}.",
    "Was hinter {subject} steckt und was Fachleute raten.",
    "Die Ereignisse in {place} werfen Fragen auf.",
    "{Actor} reagiert auf die jüngsten Entwicklungen beim Thema {label}.",
  ],
  economy: [
    "{Subject} hält Betriebe und Haushalte gleichermaßen in Atem.",
    "Beim Thema {label} zeichnet sich eine Trendwende ab.",
    "{Actor} legt neue Zahlen vor und sorgt damit für Gesprächsstoff.",
    "Was {subject} für Unternehmen {inState} bedeutet.",
    "Die Branche steht vor einem Umbruch, und das Thema {label} ist dabei zentral.",
  ],
  lifestyle: [
    "Das Thema {label} erlebt gerade ein erstaunliches Comeback.",
    "Ein Wochenende in {place} zeigt, wie vielfältig das Thema {label} sein kann.",
    "Wer beim Thema {label} mitreden will, sollte ein paar Dinge wissen.",
    "{Subject} begeistert immer mehr Menschen {inState}.",
    "Zwischen Tradition und Trend: Das Thema {label} erfindet sich neu.",
  ],
  sport: [
    "{team} erlebt ein Wochenende der Extreme.",
    "{athlete} sorgt mit einem starken Auftritt für Gesprächsstoff.",
    "Spannung bis zum Schluss, und am Ende jubeln nicht alle.",
    "Nach dem jüngsten Auftritt stellt sich die Frage, wie es weitergeht.",
    "Die Ausgangslage vor dem nächsten Termin ist klar, die Nerven sind gespannt.",
  ],
  kolumne: [
    "Über das Thema {label} wird viel geredet, aber wenig zugehört.",
    "Eine Beobachtung aus {place}, die mich seither nicht loslässt.",
    "Wir machen es uns beim Thema {label} zu leicht, findet unsere Kolumne.",
    "Was das Stichwort {term} mit unserem Alltag zu tun hat, zeigt sich oft erst auf den zweiten Blick.",
  ],
};

export const TEASER_FOLLOWUPS = [
  "Nicht alle sind davon begeistert.",
  "Kiosk hat sich umgehört.",
  "Ein Überblick über die wichtigsten Fragen und Antworten.",
  "Doch es gibt auch Kritik.",
  "Die Details sorgen für Gesprächsstoff.",
  "Was bisher bekannt ist.",
  "Eine Analyse.",
  "Die Reaktionen fallen gemischt aus.",
];

export const COMMENT_NICKNAMES = [
  "Grantler", "Bergfex", "Kaffeehausphilosoph", "Stadtkind", "Landei", "Beobachterin",
  "Zaungast", "Pendler", "Realist", "Optimistin", "Frühaufsteher", "Nachteule", "Zwischenrufer",
  "Leseratte", "Mostviertler", "Waldviertlerin", "Innviertler", "Ländlerin", "Weinviertler",
  "Ennstalerin", "Mühlviertler", "Schrebergärtner", "Radlerin", "Öffi-Fahrer", "Hausverstand",
  "Zuagraster", "Grätzlkind", "Semmelknödel", "Donaukind", "Alpenrose", "Schneeflöckchen",
  "Heurigengast", "Nörgler", "Hobbyhistoriker", "Vielleserin", "Pensionist", "Steuerzahlerin",
] as const;

export const USER_AGENTS = [
  "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
  "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0",
  "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15",
  "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1",
  "Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36",
  "Mozilla/5.0 (Linux; Android 13; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Mobile Safari/537.36",
  "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0",
  "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0",
  "Mozilla/5.0 (iPad; CPU OS 17_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 Mobile/15E148 Safari/604.1",
  "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
] as const;

export const EMAIL_DOMAINS = ["example.org", "example.com", "example.net"] as const;
