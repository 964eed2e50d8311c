"use client";

import { useEffect } from "react";

// Keyboard moderation: j/k move between comments, a/s/t approve, spam, trash, x selects,
// e opens the editor. Keys act on the comment that has focus (or contains it).
const KEYS: Record<string, string> = { a: "approve", s: "spam", t: "trash" };

export function QueueKeyboard() {
  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      const target = event.target as HTMLElement | null;
      if (
        target &&
        /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName) &&
        target.getAttribute("type") !== "checkbox"
      )
        return;
      const rows = [...document.querySelectorAll<HTMLElement>("[data-queue-row]")];
      if (rows.length === 0) return;
      const current = target?.closest<HTMLElement>("[data-queue-row]") ?? null;
      const index = current ? rows.indexOf(current) : -1;
      if (event.key === "j" || event.key === "k") {
        event.preventDefault();
        const next =
          rows[event.key === "j" ? Math.min(index + 1, rows.length - 1) : Math.max(index - 1, 0)];
        next?.focus();
        return;
      }
      if (!current) return;
      const action = KEYS[event.key];
      if (action) {
        const button = current.querySelector<HTMLButtonElement>(`button[value^="${action}:"]`);
        if (button) {
          event.preventDefault();
          // Focus moves on to the next comment once this one leaves the queue.
          sessionStorage.setItem("kiosk-queue-focus", String(Math.min(index, rows.length - 2)));
          button.click();
        }
      } else if (event.key === "x") {
        const box = current.querySelector<HTMLInputElement>('input[type="checkbox"]');
        if (box) {
          event.preventDefault();
          box.click();
        }
      } else if (event.key === "e") {
        const link = current.querySelector<HTMLAnchorElement>("a[data-edit]");
        if (link) {
          event.preventDefault();
          link.click();
        }
      }
    }
    const saved = sessionStorage.getItem("kiosk-queue-focus");
    if (saved !== null) {
      sessionStorage.removeItem("kiosk-queue-focus");
      const rows = document.querySelectorAll<HTMLElement>("[data-queue-row]");
      rows[Math.max(0, Number(saved))]?.focus();
    }
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, []);
  return null;
}
