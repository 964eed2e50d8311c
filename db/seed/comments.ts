// Reader comments: invented commenters, German comment texts in every moderation status, and
// threads up to depth 2 whose parents are always approved comments of the same article.

import { slugify } from "@/lib/slug";
import type { CommentStatus } from "@/db/schema";
import type { Random } from "./random";
import {
  COMMENT_NICKNAMES,
  EMAIL_DOMAINS,
  FEMALE_FIRST_NAMES,
  LAST_NAMES,
  MALE_FIRST_NAMES,
  PLACES,
  USER_AGENTS,
} from "./vocabulary";

interface Commenter {
  name: string;
  email: string;
  ipHash: string;
  userAgent: string;
}

/** What a comment text may refer to. */
interface CommentTopic {
  label: string;
  terms: readonly string[];
  place: string;
  /** "in der Steiermark", "im Burgenland". */
  inState: string;
}

interface GeneratedComment {
  /** Index of the parent in the same list (parents come first), or -1. */
  parent: number;
  depth: number;
  authorName: string;
  authorEmail: string;
  body: string;
  status: CommentStatus;
  createdAt: number;
  ipHash: string;
  userAgent: string;
  isStaff: boolean;
  moderatedAt: number | null;
}

/** A planned comment; used to give article 1 a fixed, test-friendly thread. */
export interface CommentPlan {
  status: CommentStatus;
  /** Index into the plan of an approved comment to answer. */
  replyTo?: number;
  staff?: boolean;
}

const STAFF_NAME = "Redaktion";
const STAFF_EMAIL = "redaktion@example.org";

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const OPENERS = [
  "Endlich spricht das jemand aus.",
  "Guter Artikel, danke!",
  "Ich sehe das etwas anders.",
  "Wieder einmal typisch.",
  "Als jemand, der selbst in {place} lebt, kann ich das nur bestätigen.",
  "Interessant, aber ein Punkt fehlt mir.",
  "Danke für die ausführliche Recherche.",
  "Hm, ich bin skeptisch.",
  "Das überrascht mich ehrlich gesagt nicht.",
  "Na bitte, geht doch!",
  "Schwieriges Thema.",
  "Ich lese hier seit Jahren mit und melde mich jetzt doch einmal zu Wort.",
  "Vorweg: Ich bin kein Experte.",
  "Sehr ausgewogen geschrieben, das findet man selten.",
  "Oje.",
];

const MIDDLES = [
  "Beim Thema {label} wird seit Jahren nur geredet und nichts getan.",
  "Wer zahlt am Ende die Rechnung? Wie immer wir.",
  "{term} ist doch nur ein neues Wort für ein altes Problem.",
  "{inState} schaut das ganz anders aus, da hätte man ruhig nachfragen können.",
  "Die Zahlen im Artikel sind spannend, aber wie wurden sie erhoben?",
  "Mein Nachbar arbeitet in der Branche und sagt genau das Gleiche.",
  "Mir fehlt die Perspektive der Jungen.",
  "Früher war das auch nicht besser, man hat nur weniger darüber geschrieben.",
  "Man sollte die Kirche im Dorf lassen.",
  "Das Stichwort {term} hätte ich gern genauer erklärt bekommen.",
  "In {place} merkt man davon im Alltag ehrlich gesagt wenig.",
  "Ich hoffe, dass diesmal wirklich etwas passiert und es nicht wieder bei Ankündigungen bleibt.",
  "Es braucht mehr Hausverstand und weniger Show.",
  "Vielleicht sollte man einmal die Betroffenen fragen, statt über sie zu reden.",
  "Bei uns in der Gemeinde haben wir genau das vor zwei Jahren erlebt.",
  "Das Thema {label} ist komplexer, als es hier in den Kommentaren oft klingt.",
  "Ich finde, man muss beide Seiten hören.",
  "Warum dauert so etwas in Österreich immer so lange?",
  "Ganz ehrlich: So schlecht ist die Lage gar nicht.",
  "Meine Tochter hat genau das Gleiche erlebt, es ist wirklich mühsam.",
  "Ohne Druck von außen wird sich da nichts ändern.",
  "Die Überschrift ist etwas reißerisch, der Text dann aber sachlich.",
  "Gute Idee, schlechte Umsetzung – wie so oft.",
  "Das wäre eine Chance für {place}, wenn man sie nutzt.",
];

const CLOSERS = [
  "Schönen Tag noch!",
  "Bin gespannt, wie es weitergeht.",
  "Mfg",
  "Just my two cents.",
  "👍",
  "🙄",
  "Liebe Grüße aus {place}!",
  "Danke fürs Lesen.",
  "Mal schauen.",
  "😂",
  "Bleiben Sie dran!",
];

const REPLIES = [
  "Da muss ich widersprechen.",
  "Sehe ich genauso.",
  "Haben Sie dafür eine Quelle?",
  "Genau so ist es.",
  "Nicht ganz: Das Thema {label} ist differenzierter, als Sie es darstellen.",
  "Danke, das wollte ich auch gerade schreiben.",
  "Das ist mir zu einfach gedacht.",
  "Aus {place} kann ich das bestätigen.",
  "Ihr Wort in Gottes Ohr.",
  "Guter Punkt, daran habe ich nicht gedacht.",
  "Bitte sachlich bleiben, auch wenn es schwerfällt.",
  "Wo genau steht das im Artikel?",
];

const STAFF_REPLIES = [
  "Danke für den Hinweis! Wir haben den Tippfehler im dritten Absatz korrigiert.",
  "Liebe Leserin, lieber Leser, die Zahlen stammen aus dem aktuellen Bericht; wir haben die Quelle im Artikel ergänzt.",
  "Bitte bleiben Sie beim Thema und sachlich. Danke, Ihre Redaktion.",
  "Danke für Ihre Anregung, wir bleiben am Thema {label} dran.",
  "Gute Frage! Wir haben dazu bei den zuständigen Stellen nachgefragt und ergänzen den Artikel, sobald wir eine Antwort haben.",
  "Sie haben recht, die Formulierung war missverständlich. Wir haben sie präzisiert.",
];

const SPAM = [
  "Ich verdiene jetzt {n}.000 € im Monat von zu Hause aus! Infos unter https://example.com/geld-{n}",
  "Günstige Uhren und Taschen!!! Jetzt bestellen: http://example.net/shop?id={n}",
  "Krypto-Geheimtipp: 500 % Rendite garantiert. https://example.com/krypto https://example.com/bonus https://example.org/gratis",
  "Hallo, tolle Seite! Schauen Sie auch bei mir vorbei: http://example.net/angebot-{n}",
  "GRATIS iPhone gewinnen – nur heute!!! https://example.com/gewinn",
  "Abnehmen ohne Sport, {n} Kilo in einer Woche: https://example.org/wunder",
  "Best casino bonus 2000€ free spins http://example.net/casino",
];

const TRASH = [
  "So ein Schwachsinn!!!",
  "Wen interessiert das bitte?",
  "ERSTER!!!",
  "Off-Topic: Weiß jemand, wann das Freibad in {place} aufsperrt?",
  "Test",
  "asdf",
  "Immer dasselbe mit euch, ich les das eh nicht mehr.",
  "Doppelt gepostet, bitte löschen.",
  "Alles Kasperltheater.",
];

const LINK_HEAVY = [
  "Zum Nachlesen: https://example.org/bericht, https://example.org/studie und https://example.net/daten – bilden Sie sich selbst eine Meinung.",
  "Hier die Quellen: https://example.com/a https://example.com/b https://example.com/c",
];

function fillComment(rng: Random, template: string, topic: CommentTopic): string {
  return template.replace(/\{(\w+)\}/g, (_m, key: string) => {
    switch (key) {
      case "label":
        return topic.label;
      case "term":
        return rng.pick(topic.terms);
      case "place":
        return topic.place;
      case "inState":
        return `Bei uns ${topic.inState}`;
      case "n":
        return String(rng.int(2, 49));
      default:
        throw new Error(`Comment template uses an unknown slot {${key}}`);
    }
  });
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function readerBody(rng: Random, topic: CommentTopic): string {
  const parts: string[] = [];
  if (rng.chance(0.6)) parts.push(rng.pick(OPENERS));
  parts.push(rng.pick(MIDDLES));
  if (rng.chance(0.45)) parts.push(rng.pick(MIDDLES));
  let text = parts.map((p) => capitalize(fillComment(rng, p, topic))).join(" ");
  // Some readers write in paragraphs; the site must keep their line breaks.
  if (rng.chance(0.2)) text += `\n\n${capitalize(fillComment(rng, rng.pick(MIDDLES), topic))}`;
  if (rng.chance(0.35)) text += ` ${fillComment(rng, rng.pick(CLOSERS), topic)}`;
  return text;
}

function commentBody(
  rng: Random,
  status: CommentStatus,
  topic: CommentTopic,
  parentName: string | null,
  isStaff: boolean,
): string {
  if (isStaff) return fillComment(rng, rng.pick(STAFF_REPLIES), topic);
  if (status === "spam") return fillComment(rng, rng.pick(SPAM), topic);
  if (status === "trash") return fillComment(rng, rng.pick(TRASH), topic);
  if (status === "pending" && rng.chance(0.15)) return rng.pick(LINK_HEAVY);
  if (parentName !== null) {
    const mention = rng.chance(0.4) ? `@${parentName} ` : "";
    let text = mention + capitalize(fillComment(rng, rng.pick(REPLIES), topic));
    if (rng.chance(0.5)) text += ` ${capitalize(fillComment(rng, rng.pick(MIDDLES), topic))}`;
    return text;
  }
  return readerBody(rng, topic);
}

/** `size` invented commenters; the first ones do not depend on `size` (prefix-stable). */
export function makeCommenters(rng: Random, size: number): Commenter[] {
  const out: Commenter[] = [];
  const emails = new Set<string>();
  for (let i = 0; i < size; i++) {
    const female = rng.chance(0.5);
    const first = rng.pick(female ? FEMALE_FIRST_NAMES : MALE_FIRST_NAMES);
    const last = rng.pick(LAST_NAMES);
    const style = rng.next();
    let name: string;
    if (style < 0.35) name = `${first} ${last.charAt(0)}.`;
    else if (style < 0.6) name = `${first} ${last}`;
    else if (style < 0.9) {
      const nick = rng.pick(COMMENT_NICKNAMES);
      name = rng.chance(0.5) ? nick : `${nick}${rng.chance(0.5) ? "_" : ""}${rng.int(1950, 2005)}`;
    } else name = `${first} aus ${rng.pick(PLACES).city}`;
    let local = slugify(name, 30).replace(/-/g, ".") || "leser";
    if (emails.has(local)) local = `${local}.${i}`;
    emails.add(local);
    out.push({
      name,
      email: `${local}@${rng.pick(EMAIL_DOMAINS)}`,
      ipHash: rng.hex(64),
      userAgent: rng.pick(USER_AGENTS),
    });
  }
  return out;
}

function pickStatus(rng: Random, isReply: boolean): CommentStatus {
  const r = rng.next();
  if (isReply) return r < 0.86 ? "approved" : r < 0.95 ? "pending" : r < 0.98 ? "trash" : "spam";
  return r < 0.8 ? "approved" : r < 0.89 ? "pending" : r < 0.95 ? "spam" : "trash";
}

/** A time in (after, now], skewed towards `after`: most comments come soon after publication. */
function timeAfter(rng: Random, after: number, now: number, window: number, skew: number): number {
  const span = Math.min(now - after, window);
  if (span <= 2_000) return Math.min(now, after + 1_000);
  return after + 1_000 + Math.floor(rng.next() ** skew * (span - 1_000));
}

interface CommentOptions {
  count: number;
  publishedAt: number;
  now: number;
  topic: CommentTopic;
  commenters: readonly Commenter[];
  staffIpHash: string;
  plan?: readonly CommentPlan[];
}

/** Comments of one article, sorted by time (parents always before their replies). */
export function makeComments(rng: Random, options: CommentOptions): GeneratedComment[] {
  const { publishedAt, now, topic, commenters, plan } = options;
  const count = plan ? plan.length : options.count;
  const list: GeneratedComment[] = [];
  for (let k = 0; k < count; k++) {
    const step = plan?.[k];
    let parent = -1;
    if (step) {
      parent = step.replyTo ?? -1;
    } else if (rng.chance(0.3)) {
      const candidates: number[] = [];
      list.forEach((c, i) => {
        if (c.status === "approved" && c.depth < 2) candidates.push(i);
      });
      if (candidates.length > 0) parent = rng.pick(candidates);
    }
    const parentComment = parent >= 0 ? list[parent] : undefined;
    const isStaff = parentComment !== undefined && (step ? step.staff === true : rng.chance(0.06));
    const status: CommentStatus = isStaff
      ? "approved"
      : (step?.status ?? pickStatus(rng, parentComment !== undefined));
    // Frequent commenters come first in the pool: squaring the draw favours them.
    const who = commenters[Math.floor(rng.next() ** 2 * commenters.length)] ?? commenters[0];
    if (!who) throw new Error("makeComments: no commenters");
    // A reply can only follow a parent that was visible, i.e. after its approval.
    const createdAt = parentComment
      ? timeAfter(rng, parentComment.moderatedAt ?? parentComment.createdAt, now, 2 * DAY, 1.5)
      : timeAfter(rng, publishedAt + MINUTE, now, 4 * DAY, 2);
    const moderatedAt =
      status === "pending"
        ? null
        : isStaff
          ? createdAt
          : Math.min(now, createdAt + rng.int(2, 240) * MINUTE);
    list.push({
      parent,
      depth: parentComment ? parentComment.depth + 1 : 0,
      authorName: isStaff ? STAFF_NAME : who.name,
      authorEmail: isStaff ? STAFF_EMAIL : who.email,
      body: commentBody(rng, status, topic, parentComment?.authorName ?? null, isStaff),
      status,
      createdAt,
      ipHash: isStaff ? options.staffIpHash : who.ipHash,
      userAgent: isStaff ? USER_AGENTS[0] : who.userAgent,
      isStaff,
      moderatedAt,
    });
  }
  return sortByTime(list);
}

/** Sorts by creation time and rewrites parent indexes to the new order. */
function sortByTime(list: GeneratedComment[]): GeneratedComment[] {
  const order = list
    .map((_, i) => i)
    .sort((a, b) => {
      const diff = (list[a]?.createdAt ?? 0) - (list[b]?.createdAt ?? 0);
      return diff !== 0 ? diff : a - b;
    });
  const newIndex = new Array<number>(list.length);
  order.forEach((oldIndex, i) => {
    newIndex[oldIndex] = i;
  });
  return order.map((oldIndex) => {
    const c = list[oldIndex] as GeneratedComment;
    return { ...c, parent: c.parent >= 0 ? (newIndex[c.parent] ?? -1) : -1 };
  });
}

/** How many comments an article gets: most none, many a few, some a heated debate. */
export function commentCountFor(rng: Random, recent: boolean): number {
  if (!rng.chance(recent ? 0.7 : 0.4)) return 0;
  if (rng.chance(recent ? 0.12 : 0.025)) return rng.int(30, 80);
  return Math.min(25, 1 + Math.floor(-Math.log(1 - rng.next()) * 4));
}
