// Focusable buttons laid over the canvas meters, each with a tooltip (shown on hover and on focus,
// closed by Escape) saying the meter's value and what moves it. Positions come from the world's
// anchors in stage pixels (1280×720), turned into percentages so they follow the scaled stage.
import type { Observation } from '../../../engine';
import type { Scenario } from '../../../scenario/schema';
import { tableTexts as T } from '../../i18n/areas/table';
import { formatNumber } from '../../i18n/formats';
import { type Lang, say } from '../../i18n/texts';
import { stage } from '../../theme';
import { h } from '../dom-layer';

/** The part of the world's `MeterAnchor` (src/ui/phaser/anchors.ts) the tips need. */
export interface MeterAnchor {
  readonly id: string;
  readonly rect: { readonly x: number; readonly y: number; readonly width: number; readonly height: number };
}

const pct = (v: number, of: number) => `${((v / of) * 100).toFixed(3)}%`;

export function renderMeterTips(
  lang: Lang,
  scenario: Scenario,
  observation: Observation,
  anchors: readonly MeterAnchor[],
): Node[] {
  const out: Node[] = [];
  for (const { id, rect: a } of anchors) {
    const meter = scenario.meters.find((m) => m.id === id);
    const view = observation.meters.find((m) => m.id === id);
    if (!meter || !view) continue;
    const tipId = `tip-${id}`;
    const value =
      view.value !== null
        ? say(lang, T.meterValue, { label: meter.label[lang], value: formatNumber(lang, view.value) })
        : view.estimate
          ? say(lang, T.meterEstimate, {
              label: meter.label[lang],
              lo: formatNumber(lang, view.estimate[0]),
              hi: formatNumber(lang, view.estimate[1]),
            })
          : meter.label[lang];
    const tip = h(
      'div',
      { class: 'tooltip', role: 'tooltip', id: tipId, hidden: true },
      h('strong', {}, value),
      h('br'),
      meter.description[lang],
    );
    const show = () => {
      tip.hidden = false;
    };
    const hide = () => {
      tip.hidden = true;
    };
    const button = h('button', {
      type: 'button',
      class: 'meter-tip',
      id: `meter-${id}`,
      'aria-describedby': tipId,
      'aria-label': say(lang, T.meterTip, { label: meter.label[lang] }),
      style: `left:${pct(a.x, stage.width)};top:${pct(a.y, stage.height)};width:${pct(a.width, stage.width)};height:${pct(a.height, stage.height)}`,
      onmouseenter: show,
      onmouseleave: hide,
      onfocus: show,
      onblur: hide,
      onkeydown: (e) => {
        if ((e as KeyboardEvent).key === 'Escape' && !tip.hidden) {
          e.stopPropagation();
          hide();
        }
      },
    });
    tip.setAttribute(
      'style',
      `left:${pct(a.x, stage.width)};top:${pct(Math.max(0, a.y - 90), stage.height)}`,
    );
    out.push(button, tip);
  }
  return out;
}
