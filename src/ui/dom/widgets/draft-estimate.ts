// What the draft is worth to the person and the chance the other side accepts it, judged from the
// person's own side's information only (the store's appraisal).
import type { DraftAppraisal } from '../../../store/contract';
import { tableTexts as T } from '../../i18n/areas/table';
import { formatNumber, formatPercent } from '../../i18n/formats';
import { type Lang, say } from '../../i18n/texts';
import { h } from '../dom-layer';

export function renderDraftEstimate(lang: Lang, appraisal: DraftAppraisal | null): HTMLElement | null {
  if (!appraisal) return null;
  return h(
    'section',
    { class: 'estimate', 'aria-labelledby': 'estimate-heading' },
    h('h3', { id: 'estimate-heading', class: 'visually-hidden' }, say(lang, T.estimate)),
    h('span', {}, say(lang, T.ownUtility)),
    h('span', { class: 'figure' }, formatNumber(lang, Math.round(appraisal.ownUtility * 100))),
    h('span', {}, say(lang, T.acceptChance)),
    h('span', { class: 'figure' }, formatPercent(lang, appraisal.acceptChance)),
    h(
      'span',
      { class: 'note' },
      `${say(lang, appraisal.ownWinsetPasses ? T.winsetOk : T.winsetNo)} ${say(lang, T.estimateNote)}`,
    ),
  );
}
