// Troop markers on the map: the deployment the deal fixes, or else the offer on the table. A
// scenario says nothing about maps, so the issues are read generically: an issue whose options
// carry a troop count in their id ("troops-6000") or English label ("6,000 troops"), and an issue
// about where they go, whose options say south, north or throughout ("nationwide").
import type { Observation } from '../../engine/observe';
import type { Scenario } from '../../scenario/schema';
import { worldTexts as t } from '../i18n/areas/world';
import { formatNumber } from '../i18n/formats';
import { type Lang, say } from '../i18n/texts';

export type TroopScope = 'south' | 'north' | 'throughout';

export interface TroopMarker {
  /** A place id of the region map. */
  readonly place: string;
  readonly count: number;
  readonly text: string;
}

export interface TroopsView {
  /** Agreed in a deal, or only proposed in the standing offer; null when nobody deploys. */
  readonly basis: 'deal' | 'offer' | null;
  readonly total: number;
  readonly scope: TroopScope | null;
  readonly markers: readonly TroopMarker[];
  readonly caption: string;
}

export const SOUTHERN_PLACES = ['tapachula', 'tenosique'] as const;
export const NORTHERN_PLACES = ['tijuana', 'ciudad-juarez', 'nuevo-laredo', 'matamoros'] as const;
/**
 * With priority to the south, the share of troops drawn there. A display choice: the Joint
 * Declaration gave no split, and by late June about 6,500 were in the south and 15,000 in the north.
 */
const SOUTH_PRIORITY_SHARE = 0.6;

/** "troops-6000" → 6000; "6,000 troops" → 6000; anything without a count → null. */
export function troopCount(optionId: string, label = ''): number | null {
  const fromId = /(\d+)/.exec(optionId);
  if (fromId?.[1] && /troop|guard|soldier/.test(optionId)) return Number(fromId[1]);
  const fromLabel = /(\d[\d,.]*)\s*(troops|soldiers|elementos)/i.exec(label);
  if (fromLabel?.[1]) return Number(fromLabel[1].replace(/[,.]/g, ''));
  return null;
}

export function troopScope(optionId: string, label = ''): TroopScope | null {
  const words = `${optionId} ${label}`.toLowerCase();
  if (/nation|throughout|whole|everywhere|all-/.test(words)) return 'throughout';
  if (/south/.test(words)) return 'south';
  if (/north/.test(words)) return 'north';
  return null;
}

type Issue = Scenario['issues'][number];

function sizeIssue(scenario: Scenario): Issue | undefined {
  return scenario.issues.find(
    (i) => i.options.filter((o) => troopCount(o.id, o.label.en) !== null).length >= 2,
  );
}

function scopeIssue(scenario: Scenario, size: Issue): Issue | undefined {
  return scenario.issues.find(
    (i) =>
      i !== size &&
      /guard|troop|scope|deploy/.test(i.id) &&
      i.options.some((o) => troopScope(o.id, o.label.en)),
  );
}

export function troopsView(scenario: Scenario, observation: Observation, lang: Lang): TroopsView {
  const none: TroopsView = { basis: null, total: 0, scope: null, markers: [], caption: '' };
  const size = sizeIssue(scenario);
  if (!size) return none;
  const basis = observation.deal ? 'deal' : observation.standing ? 'offer' : null;
  const terms = observation.deal ? observation.deal.terms : observation.standing?.package.terms;
  if (!basis || !terms) return none;
  const pick = (issue: Issue) => issue.options.find((o) => o.id === (terms[issue.id] ?? issue.statusQuo));
  const sizeOption = pick(size);
  const total = sizeOption ? (troopCount(sizeOption.id, sizeOption.label.en) ?? 0) : 0;
  if (total <= 0) return none;
  const where = scopeIssue(scenario, size);
  const whereOption = where ? pick(where) : undefined;
  const scope = (whereOption && troopScope(whereOption.id, whereOption.label.en)) ?? 'south';
  const markers: TroopMarker[] = [];
  const spread = (places: readonly string[], count: number) => {
    const each = Math.round(count / places.length / 100) * 100;
    for (const place of places) markers.push({ place, count: each, text: formatNumber(lang, each) });
  };
  if (scope === 'south') spread(SOUTHERN_PLACES, total);
  else if (scope === 'north') spread(NORTHERN_PLACES, total);
  else {
    spread(SOUTHERN_PLACES, total * SOUTH_PRIORITY_SHARE);
    spread(NORTHERN_PLACES, total * (1 - SOUTH_PRIORITY_SHARE));
  }
  const caption = `${say(lang, t.troopsTitle)} · ${say(lang, t.troopsCount, { count: formatNumber(lang, total) })} · ${say(lang, basis === 'deal' ? t.troopsAgreed : t.troopsProposed)}`;
  return { basis, total, scope, markers, caption };
}
