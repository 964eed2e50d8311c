// Dates in the formats crawler files want. ISO 8601 with offset lives in lib/dates.ts.
import { toIsoWithOffset } from "@/lib/dates";

const DAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"] as const;
const MONTHS = [
  "Jan",
  "Feb",
  "Mar",
  "Apr",
  "May",
  "Jun",
  "Jul",
  "Aug",
  "Sep",
  "Oct",
  "Nov",
  "Dec",
] as const;

/**
 * RFC 822 (as RSS 2.0 wants it, with a four-digit year) in Vienna time:
 * "Fri, 30 Dec 2022 12:49:00 +0100". English names whatever the locale, as the RFC demands.
 */
export function toRfc822(ms: number): string {
  const iso = toIsoWithOffset(ms); // 2022-12-30T12:49:00+01:00
  const match = /^(\d{4})-(\d\d)-(\d\d)T(\d\d:\d\d:\d\d)([+-]\d\d):(\d\d)$/.exec(iso);
  if (!match) throw new Error(`toRfc822: unexpected ISO date ${iso}`);
  const [, year, month, day, time, offsetHours, offsetMinutes] = match as unknown as [
    string,
    string,
    string,
    string,
    string,
    string,
    string,
  ];
  const weekday = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day))).getUTCDay();
  return `${DAYS[weekday]}, ${day} ${MONTHS[Number(month) - 1]} ${year} ${time} ${offsetHours}${offsetMinutes}`;
}

// Vienna's offset changes twice a year, on the hour (01:00 UTC). A UTC day whose first and last
// hour share an offset has it all day, so one or two Intl calls per day are enough; only the two
// days with a change are looked up hour by hour. A sitemap of 50,000 dates over years then costs
// a few thousand Intl calls instead of 50,000.
interface Offset {
  text: string;
  minutes: number;
}
const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
const offsetByDay = new Map<number, Offset | null>();
const offsetByHour = new Map<number, Offset>();

function offsetAt(ms: number): Offset {
  const text = toIsoWithOffset(ms).slice(19); // "+01:00"
  const sign = text.startsWith("-") ? -1 : 1;
  return { text, minutes: sign * (Number(text.slice(1, 3)) * 60 + Number(text.slice(4, 6))) };
}

function viennaOffset(ms: number): Offset {
  const day = Math.floor(ms / DAY_MS);
  let whole = offsetByDay.get(day);
  if (whole === undefined) {
    const first = offsetAt(day * DAY_MS);
    const last = offsetAt(day * DAY_MS + DAY_MS - HOUR_MS);
    whole = first.text === last.text ? first : null;
    if (offsetByDay.size > 100_000) offsetByDay.clear();
    offsetByDay.set(day, whole);
  }
  if (whole) return whole;
  const hour = Math.floor(ms / HOUR_MS);
  let offset = offsetByHour.get(hour);
  if (!offset) {
    offset = offsetAt(hour * HOUR_MS);
    if (offsetByHour.size > 10_000) offsetByHour.clear();
    offsetByHour.set(hour, offset);
  }
  return offset;
}

const pad = (n: number) => String(n).padStart(2, "0");

/** The same string as toIsoWithOffset (lib/dates.ts), fast enough for tens of thousands of dates. */
export function toIsoWithOffsetFast(ms: number): string {
  const offset = viennaOffset(ms);
  const d = new Date(ms + offset.minutes * 60_000);
  return (
    `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}` +
    `T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}${offset.text}`
  );
}
