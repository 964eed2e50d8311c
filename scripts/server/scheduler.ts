// The publication clock: every few seconds the HTTP server looks for scheduled articles whose
// time has come since it last looked, and for staged changes that are due (two indexed range
// queries), and if there are any, asks the app to publish those changes and expire the pages
// that now show them (app/api/intern/zeitplan). Next's cache can only be
// expired from inside a request, hence the call to itself; the key it carries never leaves the
// process (lib/server/scheduler-token.ts).
import { dueScheduledArticles, dueStagedArticles } from "@/db/queries/schedule";
import { t } from "@/lib/i18n";
import { SCHEDULER_HEADER, SCHEDULER_TICK_MS, schedulerToken } from "@/lib/server/scheduler-token";

/** At start, articles that went public this long ago still get their pages expired (a restart). */
const STARTUP_LOOKBACK_MS = 15 * 60_000;

export function startScheduler(port: number): () => void {
  const token = schedulerToken();
  let from = Date.now() - STARTUP_LOOKBACK_MS;
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    const to = Date.now();
    try {
      if (dueScheduledArticles(from, to).length > 0 || dueStagedArticles(to).length > 0) {
        const res = await fetch(`http://127.0.0.1:${port}/api/intern/zeitplan`, {
          method: "POST",
          headers: { [SCHEDULER_HEADER]: token, "Content-Type": "application/json" },
          body: JSON.stringify({ from, to }),
        });
        // On a failure the same window is tried again at the next tick.
        if (!res.ok) throw new Error(`HTTP ${res.status}`);
      }
      from = to;
    } catch (error) {
      console.error(t.operations.schedulerFailed, error);
    } finally {
      running = false;
    }
  };
  const timer = setInterval(() => void tick(), SCHEDULER_TICK_MS);
  timer.unref();
  return () => clearInterval(timer);
}
