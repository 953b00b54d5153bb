// A tutorial hint as the player sees it: which of how many, the words, and a way to hide the
// hints. A polite status, so a screen reader hears each new hint without losing its place.
import { hintTexts as T } from '../../i18n/areas/hint';
import { type Lang, say } from '../../i18n/texts';
import type { HintView } from '../../view-models/tutorial';
import { h } from '../dom-layer';

export function renderHintCard(lang: Lang, view: HintView | null, hide: () => void): HTMLElement | null {
  if (!view) return null;
  return h(
    'aside',
    { class: 'hint-card', role: 'status', 'aria-labelledby': 'hint-heading', 'data-step': view.hint.step },
    h(
      'p',
      { class: 'hint-kicker', id: 'hint-heading' },
      say(lang, T.kicker, { n: view.number, count: view.count }),
    ),
    h('p', { class: 'hint-text', id: 'hint-text' }, view.hint.text[lang]),
    h('button', { type: 'button', id: 'hint-hide', onclick: hide }, say(lang, T.hide)),
  );
}
