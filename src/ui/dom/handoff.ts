// Hotseat's "pass the device" cover: while the session names a side to hand over to, this is all
// the page shows (the table and the world are hidden, not merely covered, so neither eyes nor a
// screen reader find the other side's view), until that side says it has the device.
import { sideInfo } from '../../scenario/sides';
import type { SessionState, SessionStore } from '../../store/contract';
import { handoffTexts as T } from '../i18n/areas/handoff';
import { say } from '../i18n/texts';
import { h, patch } from './dom-layer';

export function drawHandoff(cover: HTMLElement, s: SessionState, store: SessionStore): void {
  const side = s.handoff;
  const game = s.game;
  const wasShown = !cover.hidden;
  cover.hidden = !side || !game;
  document.documentElement.toggleAttribute('data-handoff', !cover.hidden);
  if (!side || !game) {
    if (wasShown) patch(cover);
    return;
  }
  const lang = s.settings.lang;
  const who = sideInfo(game.scenario, side);
  const key = `${lang}|${side}|${s.screen}`;
  if (cover.dataset.key === key) return;
  cover.dataset.key = key;
  patch(
    cover,
    h(
      'section',
      {
        class: 'screen screen--handoff',
        role: 'dialog',
        'aria-modal': 'true',
        'aria-labelledby': 'handoff-heading',
      },
      h('p', { class: 'title-kicker' }, say(lang, s.screen === 'brief' ? T.briefNext : T.turnNext)),
      h('h1', { id: 'handoff-heading' }, say(lang, T.pass, { who: who.negotiator.name })),
      h(
        'p',
        { class: 'title-pitch' },
        say(lang, T.explain, { who: who.negotiator.name, country: who.name[lang] }),
      ),
      h(
        'button',
        {
          type: 'button',
          id: 'handoff-take',
          class: 'primary',
          onclick: () => store.commands.takeDevice(),
        },
        say(lang, T.take, { who: who.negotiator.name }),
      ),
    ),
  );
  document.getElementById('handoff-take')?.focus({ preventScroll: true });
}
