// Turns a topic, a place and a few invented people into an article: headline, kicker, teaser,
// Markdown body and picture texts. All choices come from the Random passed in.

import type { Random } from "./random";
import type { TopicDef } from "./topics";
import {
  ACTORS,
  ADVERBIALS,
  CAPTION_TEMPLATES,
  CLAUSES,
  CLUBS,
  COLUMN_HEADLINES,
  COLUMN_INTROS,
  COLUMN_QUOTE_TEMPLATES,
  COMMON_SENTENCES,
  FEMALE_FIRST_NAMES,
  IMAGE_CREDITS,
  INDIVIDUAL_SPORT_INTROS,
  INDIVIDUAL_SPORT_SENTENCES,
  INTRO_SENTENCES,
  LAST_NAMES,
  MALE_FIRST_NAMES,
  MONTHS,
  PLACES,
  QUOTE_TEMPLATES,
  ROLES,
  SECTION_HEADINGS,
  SECTION_KICKERS,
  SECTION_QUOTES,
  SECTION_SENTENCES,
  SECTION_STATEMENTS,
  SPORT_COMMON_SENTENCES,
  STATE_LOCATIVE,
  TEAM_SPORT_INTROS,
  TEAM_SPORT_SENTENCES,
  TEASER_FOLLOWUPS,
  TEASER_OPENERS,
  WEEKDAYS,
  type ClauseKind,
  type Place,
  type SectionSlug,
} from "./vocabulary";

const HEADLINE_MIN = 40;
const HEADLINE_MAX = 110;
const TEASER_MIN = 120;
const TEASER_MAX = 300;
const BODY_MIN_WORDS = 300;
const BODY_MAX_WORDS = 1200;

interface Person {
  first: string;
  last: string;
  female: boolean;
  role: string;
  city: string;
}

interface StoryContext {
  section: SectionSlug;
  topic: TopicDef;
  /** A second topic of the article (its second tag); may be the same as `topic`. */
  topic2: TopicDef;
  place: Place;
  place2: Place;
  people: readonly [Person, Person];
  athlete: Person;
  team: string;
  team2: string;
  /** Columnists only: the column's title, used as kicker. */
  column?: string;
}

interface Story {
  kicker: string;
  headline: string;
  teaser: string;
  body: string;
  imageAlt: string;
  imageCaption: string;
  imageCredit: string;
}

const SLOT = /\{(\w+)\}/g;
const PLACE_WEIGHTS = PLACES.map((p) => p.weight);
const FOOTBALL_SCORES = ["1:0", "2:1", "2:0", "3:1", "3:2", "4:2", "2:1", "1:0", "4:1", "3:0"];
const HANDBALL_SCORES = ["31:28", "27:25", "29:29", "33:30", "26:24", "30:27", "28:23"];

export function countWords(text: string): number {
  let count = 0;
  for (const part of text.split(/\s+/)) if (part) count++;
  return count;
}

function capitalizeFirst(text: string): string {
  const first = text.charAt(0);
  return first === first.toUpperCase() ? text : first.toUpperCase() + text.slice(1);
}

/** 12400 → "12.400" (Austrian grouping). */
function groupThousands(value: number): string {
  return String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ".");
}

/** 47 tenths → "4,7". */
function tenths(value: number): string {
  return `${Math.floor(value / 10)},${value % 10}`;
}

function fullName(person: Person): string {
  return `${person.first} ${person.last}`;
}

function pickPlace(rng: Random): Place {
  return rng.weighted(PLACES, PLACE_WEIGHTS);
}

function makePerson(
  rng: Random,
  section: SectionSlug,
  city: string,
  roles: readonly (readonly [string, string])[] = ROLES[section],
): Person {
  const female = rng.chance(0.5);
  const [male, fem] = rng.pick(roles);
  return {
    first: rng.pick(female ? FEMALE_FIRST_NAMES : MALE_FIRST_NAMES),
    last: rng.pick(LAST_NAMES),
    female,
    role: female ? fem : male,
    city,
  };
}

export function createStoryContext(
  rng: Random,
  section: SectionSlug,
  topic: TopicDef,
  topic2: TopicDef,
  column?: string,
): StoryContext {
  const place = pickPlace(rng);
  let place2 = pickPlace(rng);
  for (let i = 0; i < 5 && place2.city === place.city; i++) place2 = pickPlace(rng);
  // Columns quote ordinary people; reports quote people whose job fits the topic.
  const roles = section === "kolumne" ? ROLES.kolumne : (topic.roles ?? ROLES[section]);
  const people: [Person, Person] = [
    makePerson(rng, section, rng.chance(0.6) ? place.city : place2.city, roles),
    makePerson(rng, section, rng.chance(0.5) ? place.city : pickPlace(rng).city, roles),
  ];
  const athlete = makePerson(rng, "sport", place.city);
  const team = topic.teams?.own ?? rng.pick(CLUBS);
  const opponents = topic.teams?.opponents ?? CLUBS;
  let team2 = rng.pick(opponents);
  while (team2 === team) team2 = rng.pick(opponents);
  return { section, topic, topic2, place, place2, people, athlete, team, team2, column };
}

/** Sport templates that need a team do not fit a race, and vice versa. */
function fitsTopic(template: string, topic: TopicDef): boolean {
  if (topic.individual) return !/\{(team2?|score|handballScore|points)\}/.test(template);
  if (topic.sections[0] === "sport") return !/\{hundredths\}/.test(template);
  return true;
}

/** Fills templates for one article and remembers what it already said. */
export class StoryWriter {
  private readonly used = new Set<string>();
  private readonly usedQuotes = new Set<string>();
  private readonly introduced = new Set<Person>();
  private speakerTurn = 0;
  private lastTerm = "";
  private lastPriceLow = 0;

  constructor(
    private readonly rng: Random,
    readonly ctx: StoryContext,
  ) {}

  /** Fills the slots and capitalises the first letter (a slot may open the sentence). */
  fill(template: string): string {
    return capitalizeFirst(template.replace(SLOT, (_match, key: string) => this.slot(key)));
  }

  private slot(key: string): string {
    const lower = key.charAt(0).toLowerCase() + key.slice(1);
    const value = this.value(lower);
    return lower === key ? value : capitalizeFirst(value);
  }

  private value(key: string): string {
    const { rng, ctx } = this;
    switch (key) {
      case "label":
        return ctx.topic.name;
      case "label2":
        return ctx.topic2.name;
      case "term":
        return this.term(ctx.topic);
      case "term2":
        return this.term(ctx.topic2);
      case "subject":
        return rng.pick(ctx.topic.subjects);
      case "place":
        return ctx.place.city;
      case "place2":
        return ctx.place2.city;
      case "state":
        return ctx.place.state;
      case "inState":
        return STATE_LOCATIVE[ctx.place.state];
      case "person":
        return fullName(ctx.people[0]);
      case "personLast":
        return ctx.people[0].last;
      case "person2":
        return fullName(ctx.people[1]);
      case "person2Last":
        return ctx.people[1].last;
      case "speaker":
        return this.speaker(false);
      case "speakerMid":
        return this.speaker(true);
      case "athlete":
        return fullName(ctx.athlete);
      case "athleteLast":
        return ctx.athlete.last;
      case "team":
        return ctx.team;
      case "team2":
        return ctx.team2;
      case "actor":
        return rng.pick(ACTORS[ctx.section]);
      case "quote":
        return this.quote();
      case "n":
        return String(rng.int(3, 40));
      case "few":
        return String(rng.int(2, 9));
      case "big":
        return groupThousands(rng.int(12, 480) * 100);
      case "staff":
        return groupThousands(rng.int(4, 240) * 10);
      case "pct":
        return tenths(rng.int(8, 129));
      case "pctInt":
        return String(rng.int(12, 88));
      case "bn":
        return tenths(rng.int(11, 98));
      case "mio":
        return String(rng.int(2, 480));
      case "year":
        return String(rng.int(2027, 2035));
      case "weekday":
        return rng.pick(WEEKDAYS);
      case "month":
        return rng.pick(MONTHS);
      case "hour":
        return String(rng.int(6, 22));
      case "price":
        return groupThousands(rng.int(28, 145) * 100);
      case "priceLow":
        this.lastPriceLow = rng.int(8, 30);
        return String(this.lastPriceLow);
      case "priceHigh":
        return String((this.lastPriceLow || rng.int(8, 20)) + rng.int(10, 40));
      case "cents":
        return String(rng.int(45, 62));
      case "round":
        return String(rng.int(8, 30));
      case "rank":
        return String(rng.int(2, 12));
      case "points":
        return String(rng.int(12, 60));
      case "meters":
        return String(rng.int(195, 245));
      case "hundredths":
        return String(rng.int(3, 60));
      case "minute":
        return String(rng.int(5, 90));
      case "kmh":
        return String(rng.int(80, 140));
      case "score":
        return rng.pick(FOOTBALL_SCORES);
      case "handballScore":
        return rng.pick(HANDBALL_SCORES);
      default:
        throw new Error(`Seed template uses an unknown slot {${key}}`);
    }
  }

  private term(topic: TopicDef): string {
    let term = this.rng.pick(topic.terms);
    if (term === this.lastTerm) term = this.rng.pick(topic.terms);
    this.lastTerm = term;
    return term;
  }

  /**
   * First mention gives name, role and town; later mentions the surname, as newspapers do.
   * `mid`: the name stands inside the sentence, so an apposition needs its closing comma.
   */
  private speaker(mid: boolean): string {
    const { ctx } = this;
    const sport = ctx.section === "sport";
    const person =
      this.speakerTurn++ % 2 === 0 ? (sport ? ctx.athlete : ctx.people[0]) : ctx.people[1];
    if (this.introduced.has(person)) return person.last;
    this.introduced.add(person);
    if (person === ctx.athlete) return fullName(person);
    return `${fullName(person)}, ${person.role} aus ${person.city}${mid ? "," : ""}`;
  }

  private quotesLeft(): boolean {
    const { topic, section } = this.ctx;
    return [...topic.quotes, ...SECTION_QUOTES[section]].some((q) => !this.usedQuotes.has(q));
  }

  private quote(): string {
    for (const pool of [this.ctx.topic.quotes, SECTION_QUOTES[this.ctx.section]]) {
      for (const quote of this.rng.shuffle(pool)) {
        if (!this.usedQuotes.has(quote)) {
          this.usedQuotes.add(quote);
          return quote;
        }
      }
    }
    return this.rng.pick(this.ctx.topic.quotes);
  }

  /** A template from `pool` not used in this article yet, or null after a few tries. */
  private fresh(pool: readonly string[]): string | null {
    for (let i = 0; i < 6; i++) {
      const template = this.rng.pick(pool);
      if (!this.used.has(template) && fitsTopic(template, this.ctx.topic)) {
        this.used.add(template);
        return template;
      }
    }
    return null;
  }

  private fitting(pool: readonly string[]): string[] {
    return pool.filter((t) => fitsTopic(t, this.ctx.topic));
  }

  /** A main clause, plain or behind an adverbial opener (see CLAUSES). Practically endless. */
  private clause(): string {
    const { rng, ctx } = this;
    const section = ctx.section;
    const kind: ClauseKind =
      section === "kolumne" || section === "sport" || section === "lifestyle" ? section : "news";
    const clauses = CLAUSES[kind];
    const adverbials = ADVERBIALS[kind];
    let sentence = "";
    for (let attempt = 0; attempt < 10 && !sentence; attempt++) {
      const c = rng.int(0, clauses.length - 1);
      let a = rng.chance(0.55) ? rng.int(0, adverbials.length - 1) : -1;
      // An opener is used once per story; a repeated "Unterm Strich" reads like a machine.
      if (a >= 0 && this.used.has(`opener:${a}`)) a = -1;
      // Prefer clauses not used yet; later tries accept a known clause with a new opener.
      if (attempt < 5 && this.used.has(`clause:${c}`)) continue;
      const key = `clause:${c}:${a}`;
      if (this.used.has(key) && attempt < 9) continue;
      this.used.add(key);
      this.used.add(`clause:${c}`);
      if (a >= 0) this.used.add(`opener:${a}`);
      const [subject, verb, rest] = clauses[c] as readonly [string, string, string];
      const tail = rest ? ` ${rest}` : "";
      sentence =
        a < 0 ? `${subject} ${verb}${tail}.` : `${adverbials[a] ?? ""} ${verb} ${subject}${tail}.`;
    }
    return this.fill(sentence);
  }

  /**
   * `varied` skips the fixed per-topic headlines and always builds "Topic in Place: statement",
   * which has thousands of combinations: the fallback when a headline is already taken.
   */
  headline(varied = false): string {
    const { rng, ctx } = this;
    for (let attempt = 0; attempt < 40; attempt++) {
      let template: string;
      const r = varied ? 1 : rng.next();
      if (ctx.section === "kolumne") {
        if (varied || r < 0.75) template = rng.pick(COLUMN_HEADLINES);
        else if (r < 0.9) template = `{label}: ${rng.pick(SECTION_STATEMENTS.kolumne)}`;
        else template = rng.pick(ctx.topic.headlines);
      } else if (r < 0.4) {
        template = rng.pick(ctx.topic.headlines);
      } else {
        const statement = rng.pick(SECTION_STATEMENTS[ctx.section]);
        // A statement that names a place already gets no second one in front.
        const prefix = /\{(place|inState)\}/.test(statement)
          ? "{label}"
          : this.headlinePrefix(varied);
        template = `${prefix}: ${statement}`;
      }
      if (!fitsTopic(template, ctx.topic)) continue;
      const headline = this.fill(template);
      if (headline.length >= HEADLINE_MIN && headline.length <= HEADLINE_MAX) return headline;
    }
    return `${ctx.topic.name}: Was jetzt auf ${ctx.place.city} zukommt und warum es alle betrifft`;
  }

  /** What a "…: statement" headline is about: the topic, narrowed to a region, club or athlete. */
  private headlinePrefix(varied: boolean): string {
    const { rng, ctx } = this;
    const r = varied ? 0.4 + rng.next() * 0.6 : rng.next();
    if (r < 0.4) return "{label}";
    if (ctx.section === "sport") {
      return ctx.topic.individual || r < 0.6 ? "{athlete}" : "{team}";
    }
    return r < 0.75 ? "{label} {inState}" : "{label} in {place}";
  }

  kicker(headline: string): string {
    const { rng, ctx } = this;
    if (ctx.column) return ctx.column;
    if (!rng.chance(0.7)) return "";
    const r = rng.next();
    if (!headline.startsWith(ctx.topic.name) && r < 0.45) return ctx.topic.name;
    if (r < 0.82) return rng.pick(SECTION_KICKERS[ctx.section]);
    return ctx.place.city;
  }

  teaser(): string {
    const { rng, ctx } = this;
    const openers = this.fitting(TEASER_OPENERS[ctx.section]);
    const facts = this.fitting(ctx.topic.facts);
    // A column's teaser continues in the columnist's voice, a report's mostly with a fact.
    const followups = ctx.section === "kolumne" ? SECTION_SENTENCES.kolumne : TEASER_FOLLOWUPS;
    let candidate = "";
    for (let attempt = 0; attempt < 60; attempt++) {
      const opener = this.fill(rng.pick(openers));
      const fact = this.fill(rng.pick(facts));
      candidate = rng.chance(0.65)
        ? `${opener} ${fact}`
        : `${opener} ${this.fill(rng.pick(followups))}`;
      // Too short: opener, fact and a closing line, in that order.
      if (candidate.length < TEASER_MIN) {
        candidate = `${opener} ${fact} ${this.fill(rng.pick(followups))}`;
      }
      if (candidate.length >= TEASER_MIN && candidate.length <= TEASER_MAX) return candidate;
    }
    while (candidate.length < TEASER_MIN) candidate += " Ein Überblick.";
    if (candidate.length > TEASER_MAX) {
      candidate = `${candidate.slice(0, candidate.lastIndexOf(" ", TEASER_MAX - 2))} …`;
    }
    return candidate;
  }

  private sentence(): string {
    const { rng, ctx } = this;
    const r = rng.next();
    const quotes = this.quotesLeft();
    let template: string | null = null;
    if (ctx.section === "kolumne") {
      if (r < 0.45) template = this.fresh(SECTION_SENTENCES.kolumne);
      else if (r < 0.62) template = this.fresh(ctx.topic.facts);
      else if (r < 0.7 && quotes) template = this.fresh(COLUMN_QUOTE_TEMPLATES);
      else if (r < 0.76) template = this.fresh(ctx.topic2.facts);
    } else if (ctx.section === "sport") {
      const own = ctx.topic.individual ? INDIVIDUAL_SPORT_SENTENCES : TEAM_SPORT_SENTENCES;
      if (r < 0.2) template = this.fresh(SECTION_SENTENCES.sport);
      else if (r < 0.4) template = this.fresh(own);
      else if (r < 0.56) template = this.fresh(ctx.topic.facts);
      else if (r < 0.68 && quotes) template = this.fresh(QUOTE_TEMPLATES);
      else if (r < 0.78) template = this.fresh(SPORT_COMMON_SENTENCES);
    } else {
      if (r < 0.24) template = this.fresh(SECTION_SENTENCES[ctx.section]);
      else if (r < 0.42) template = this.fresh(COMMON_SENTENCES);
      else if (r < 0.6) template = this.fresh(ctx.topic.facts);
      else if (r < 0.66) template = this.fresh(ctx.topic2.facts);
      else if (r < 0.82 && quotes) template = this.fresh(QUOTE_TEMPLATES);
    }
    // The rest, and whatever finds its pool used up (long stories), becomes a clause.
    return template === null ? this.clause() : this.fill(template);
  }

  private paragraph(first?: string): string {
    const count = this.rng.int(2, 6);
    const sentences = first ? [first] : [];
    while (sentences.length < count) sentences.push(this.sentence());
    return sentences.join(" ");
  }

  private intro(): string {
    const { rng, ctx } = this;
    let pool: readonly string[] = INTRO_SENTENCES;
    if (ctx.section === "kolumne") pool = COLUMN_INTROS;
    else if (ctx.section === "sport") {
      pool = ctx.topic.individual ? INDIVIDUAL_SPORT_INTROS : TEAM_SPORT_INTROS;
    }
    const opening = this.fill(rng.pick(pool));
    // The second sentence is always a topic fact, so every story names its subject early.
    const fact = this.fresh(ctx.topic.facts) ?? rng.pick(this.fitting(ctx.topic.facts));
    return `${opening} ${this.fill(fact)}`;
  }

  private heading(): string {
    const pool = SECTION_HEADINGS[this.ctx.section];
    const template = this.fresh(pool) ?? this.rng.pick(pool);
    return `## ${this.fill(template)}`;
  }

  body(): string {
    const { rng, ctx } = this;
    const maxTarget = ctx.section === "kolumne" ? 850 : ctx.section === "sport" ? 800 : 1120;
    const target = 330 + Math.floor(rng.next() ** 1.6 * (maxTarget - 330));
    const headings = Math.min(4, Math.max(1, Math.round(target / 300) + rng.int(-1, 0)));

    // blocks[0] is the untitled lead-in; every later block starts with its heading.
    const blocks: string[][] = [[this.paragraph(this.intro())]];
    if (target > 550 && rng.chance(0.5)) blocks[0]?.push(this.paragraph());
    let words = countWords(blocks[0]?.join(" ") ?? "");
    const budget = (target - words) / headings;
    for (let h = 0; h < headings; h++) {
      const block = [this.heading(), this.paragraph()];
      let blockWords = countWords(block.join(" "));
      while (blockWords < budget - 40) {
        const paragraph = this.paragraph();
        block.push(paragraph);
        blockWords += countWords(paragraph);
      }
      blocks.push(block);
      words += blockWords;
    }

    // Enforce the 300–1200 word contract exactly: drop surplus paragraphs, pad short stories.
    while (words > BODY_MAX_WORDS) {
      const longest = blocks.reduce((a, b) => (b.length > a.length ? b : a));
      if (longest.length <= 2) break;
      words -= countWords(longest.pop() ?? "");
    }
    while (words < BODY_MIN_WORDS) {
      const paragraph = this.paragraph();
      blocks[blocks.length - 1]?.push(paragraph);
      words += countWords(paragraph);
    }
    return blocks.map((b) => b.join("\n\n")).join("\n\n");
  }

  image(): { alt: string; caption: string; credit: string } {
    const { rng, ctx } = this;
    return {
      alt: rng.pick(ctx.topic.scenes),
      caption: this.fill(rng.pick(CAPTION_TEMPLATES)),
      credit: rng.pick(IMAGE_CREDITS),
    };
  }
}

/** Writes a whole story; `withImage` decides whether picture texts are filled. */
export function writeStory(
  writer: StoryWriter,
  withImage: boolean,
  headline: string = writer.headline(),
): Story {
  const kicker = writer.kicker(headline);
  const teaser = writer.teaser();
  const body = writer.body();
  const image = withImage ? writer.image() : { alt: "", caption: "", credit: "" };
  return {
    kicker,
    headline,
    teaser,
    body,
    imageAlt: image.alt,
    imageCaption: image.caption,
    imageCredit: image.credit,
  };
}
