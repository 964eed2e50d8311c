// One date formatter for the whole site: de-AT, Europe/Vienna.
const TIME_ZONE = "Europe/Vienna";

const dateTimeParts = new Intl.DateTimeFormat("de-AT", {
  day: "numeric",
  month: "long",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
  timeZone: TIME_ZONE,
});

const dateOnly = new Intl.DateTimeFormat("de-AT", {
  day: "numeric",
  month: "long",
  year: "numeric",
  timeZone: TIME_ZONE,
});

const isoParts = new Intl.DateTimeFormat("en-CA", {
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
  hourCycle: "h23",
  timeZone: TIME_ZONE,
  timeZoneName: "longOffset",
});

function part(parts: Intl.DateTimeFormatPart[], type: Intl.DateTimeFormatPartTypes): string {
  return parts.find((p) => p.type === type)?.value ?? "";
}

/** "30. Dezember 2022 12:49" (Vienna time; Austrian month names such as "Jänner"). */
export function formatDateTime(ms: number): string {
  const parts = dateTimeParts.formatToParts(new Date(ms));
  return `${part(parts, "day")}. ${part(parts, "month")} ${part(parts, "year")} ${part(parts, "hour")}:${part(parts, "minute")}`;
}

/** "30. Dezember 2022" (Vienna time). */
export function formatDate(ms: number): string {
  return dateOnly.format(new Date(ms));
}

/** ISO 8601 with the Vienna offset, e.g. "2022-12-30T12:49:00+01:00", for <time datetime> and structured data. */
export function toIsoWithOffset(ms: number): string {
  const parts = isoParts.formatToParts(new Date(ms));
  const offsetName = part(parts, "timeZoneName"); // "GMT+01:00", or "GMT" at offset zero
  const offset = offsetName === "GMT" ? "+00:00" : offsetName.replace("GMT", "");
  return `${part(parts, "year")}-${part(parts, "month")}-${part(parts, "day")}T${part(parts, "hour")}:${part(parts, "minute")}:${part(parts, "second")}${offset}`;
}
