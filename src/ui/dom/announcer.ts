// The polite live region: every new move, reply and event is appended as one sentence, so a screen
// reader hears the talks as they happen. Old lines are trimmed so the region stays small.
const KEEP = 30;

export interface Announcer {
  say(sentence: string): void;
  clear(): void;
}

export function createAnnouncer(region: HTMLElement): Announcer {
  return {
    say(sentence) {
      if (!sentence) return;
      const p = document.createElement('p');
      p.textContent = sentence;
      region.appendChild(p);
      while (region.childElementCount > KEEP) region.firstElementChild?.remove();
    },
    clear() {
      region.replaceChildren();
    },
  };
}
