import { formatDateTime, toIsoWithOffset } from "@/lib/dates";

export function TimeStamp({ ms, className }: { ms: number; className?: string }) {
  return (
    <time className={className} dateTime={toIsoWithOffset(ms)}>
      {formatDateTime(ms)}
    </time>
  );
}
