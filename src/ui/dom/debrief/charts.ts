// The debrief's charts as inline SVG: the utility space, the meters and the tariff over time, and
// the monthly encounters beside the record. Each chart draws its own legend, so the exported
// image reads alone; shapes and dash patterns tell the series apart, never colour only.

import { debriefTexts as T } from '../../i18n/areas/debrief';
import { formatBillions, formatDate, formatNumber, formatPercent } from '../../i18n/formats';
import { type Lang, say } from '../../i18n/texts';
import type { DebriefView } from '../../view-models/debrief';
import { chartRoot, el, px } from './svg';

/** The two sides' colours, by their order in the scenario (the analysis's axes). */
export const SIDE_COLOURS = ['var(--c-us)', 'var(--c-mx)'] as const;
const SIDE_SOFT = ['var(--c-us-soft)', 'var(--c-mx-soft)'] as const;
const DASHES = ['', '6 3', '2 3', '10 3 2 3', '1 2'] as const;

const text = (
  x: number,
  y: number,
  content: string,
  style: string,
  attrs: Record<string, string | number> = {},
) => el('text', { x: px(x), y: px(y), style, ...attrs }, [content]);

const LABEL = 'fill: var(--c-mist); font-family: var(--f-body); font-size: 12px';
const FIGURE = 'fill: var(--c-mist); font-family: var(--f-figures); font-size: 11px';
const LEGEND = 'fill: var(--c-paper); font-family: var(--f-body); font-size: 12px';

interface Frame {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** The dark ground every chart draws its data on. */
function plotArea(root: SVGSVGElement, f: Frame): void {
  root.append(
    el('rect', {
      x: f.left,
      y: f.top,
      width: f.width,
      height: f.height,
      class: 'plot',
      style: 'fill: var(--c-night)',
    }),
  );
}

function sideNames(view: DebriefView): [string, string] {
  const [a, b] = view.outcome.sides;
  return [a.name[view.lang], b.name[view.lang]];
}

function indexOfSide(view: DebriefView, side: string): 0 | 1 {
  return view.outcome.sides[0].side === side ? 0 : 1;
}

/** A legend row: a sample mark and its words. */
function legendRow(x: number, y: number, mark: SVGElement, words: string): SVGGElement {
  const g = el('g', { transform: `translate(${px(x)} ${px(y)})` });
  g.append(mark, text(22, 4, words, LEGEND));
  return g;
}

const marks = {
  dot: (fill: string, r = 2) => el('circle', { cx: 8, cy: 0, r, style: `fill: ${fill}` }),
  line: (stroke: string, dash = '', width = 2) =>
    el('line', {
      x1: 0,
      y1: 0,
      x2: 16,
      y2: 0,
      'stroke-dasharray': dash,
      style: `stroke: ${stroke}; stroke-width: ${width}`,
    }),
  diamond: (fill: string) =>
    el('path', {
      d: 'M8 -6 L14 0 L8 6 L2 0 Z',
      style: `fill: ${fill}; stroke: var(--c-night); stroke-width: 1`,
    }),
  square: (fill: string) =>
    el('rect', {
      x: 3,
      y: -5,
      width: 10,
      height: 10,
      style: `fill: ${fill}; stroke: var(--c-night); stroke-width: 1`,
    }),
  ring: (stroke: string) =>
    el('circle', { cx: 8, cy: 0, r: 6, style: `fill: none; stroke: ${stroke}; stroke-width: 3` }),
  triangle: (fill: string) =>
    el('path', { d: 'M8 -6 L14 5 L2 5 Z', style: `fill: ${fill}; stroke: var(--c-night); stroke-width: 1` }),
  bar: (fill: string, stroke: string) =>
    el('rect', {
      x: 2,
      y: -6,
      width: 12,
      height: 12,
      style: `fill: ${fill}; stroke: ${stroke}; stroke-width: 1.5`,
    }),
};

function offerMark(i: 0 | 1, x: number, y: number, r: number): SVGElement {
  const fill = SIDE_COLOURS[i];
  const style = `fill: ${fill}; stroke: var(--c-paper); stroke-width: 1`;
  return i === 0
    ? el('circle', { cx: px(x), cy: px(y), r, style })
    : el('path', {
        d: `M${px(x)} ${px(y - r - 1)} L${px(x + r + 1)} ${px(y + r)} L${px(x - r - 1)} ${px(y + r)} Z`,
        style,
      });
}

/** The utility space: the first side's utility across, the second's up, both 0..1. */
export function utilitySpaceChart(view: DebriefView): SVGSVGElement {
  const { lang, space } = view;
  const names = sideNames(view);
  const W = 760;
  const H = 470;
  const f: Frame = { left: 58, top: 14, width: 420, height: 400 };
  const sx = (u: number) => f.left + u * f.width;
  const sy = (u: number) => f.top + (1 - u) * f.height;
  const fig = (u: number) => formatNumber(lang, u, 2);
  const outcome = space.outcome;
  const label = say(lang, T.spaceSummary, {
    frontier: space.frontier.length,
    offers: space.offers.length,
    outcomeX: outcome ? fig(outcome.x) : say(lang, T.noPoint),
    outcomeY: outcome ? fig(outcome.y) : say(lang, T.noPoint),
    histX: fig(space.historical.x),
    histY: fig(space.historical.y),
  });
  const root = chartRoot(W, H, label);
  plotArea(root, f);
  for (let t = 0; t <= 10; t += 2) {
    const u = t / 10;
    root.append(
      el('line', {
        x1: sx(u),
        y1: f.top,
        x2: sx(u),
        y2: f.top + f.height,
        style: 'stroke: var(--c-rule); stroke-width: 0.5',
      }),
      el('line', {
        x1: f.left,
        y1: sy(u),
        x2: f.left + f.width,
        y2: sy(u),
        style: 'stroke: var(--c-rule); stroke-width: 0.5',
      }),
      text(sx(u), f.top + f.height + 16, formatNumber(lang, u, 1), FIGURE, { 'text-anchor': 'middle' }),
      text(f.left - 8, sy(u) + 4, formatNumber(lang, u, 1), FIGURE, { 'text-anchor': 'end' }),
    );
  }
  root.append(
    text(f.left + f.width / 2, H - 14, say(lang, T.spaceAxis, { side: names[0] }), LABEL, {
      'text-anchor': 'middle',
    }),
    text(16, f.top + f.height / 2, say(lang, T.spaceAxis, { side: names[1] }), LABEL, {
      'text-anchor': 'middle',
      transform: `rotate(-90 16 ${f.top + f.height / 2})`,
    }),
  );
  // Every package as one path of tiny squares: thousands of points without thousands of nodes.
  let cloud = '';
  for (const p of space.packages.points) cloud += `M${px(sx(p.x) - 1)} ${px(sy(p.y) - 1)}h2v2h-2z`;
  root.append(el('path', { d: cloud, style: 'fill: var(--c-mist); opacity: 0.28' }));
  // The reservation values: what no deal is worth to each side.
  const res = space.reservation;
  const resStyle = 'stroke: var(--c-tariff-soft); stroke-width: 1.5';
  root.append(
    el('line', {
      x1: sx(res.x),
      y1: f.top,
      x2: sx(res.x),
      y2: f.top + f.height,
      'stroke-dasharray': '5 4',
      style: resStyle,
    }),
    el('line', {
      x1: f.left,
      y1: sy(res.y),
      x2: f.left + f.width,
      y2: sy(res.y),
      'stroke-dasharray': '5 4',
      style: resStyle,
    }),
  );
  const frontier = space.frontier.map((p) => `${px(sx(p.x))},${px(sy(p.y))}`).join(' ');
  root.append(
    el('polyline', { points: frontier, style: 'fill: none; stroke: var(--c-gold); stroke-width: 2.5' }),
  );
  // The offers in the order they were made, one thin line through them all.
  if (space.offers.length > 1) {
    const path = space.offers.map((o) => `${px(sx(o.x))},${px(sy(o.y))}`).join(' ');
    root.append(
      el('polyline', {
        points: path,
        style: 'fill: none; stroke: var(--c-paper-shade); stroke-width: 1; opacity: 0.7',
      }),
    );
  }
  const numbered = space.offers.length <= 24;
  for (const o of space.offers) {
    const i = indexOfSide(view, o.side);
    root.append(offerMark(i, sx(o.x), sy(o.y), 4.5));
    if (numbered)
      root.append(
        text(
          sx(o.x) + 7,
          sy(o.y) - 6,
          formatNumber(lang, o.n),
          'fill: var(--c-paper); font-family: var(--f-figures); font-size: 10px',
        ),
      );
  }
  const h = space.historical;
  root.append(
    el('rect', {
      x: px(sx(h.x) - 6),
      y: px(sy(h.y) - 6),
      width: 12,
      height: 12,
      style: 'fill: var(--c-third); stroke: var(--c-paper); stroke-width: 1.5',
    }),
  );
  if (space.nash) {
    const n = space.nash;
    const [cx, cy] = [sx(n.x), sy(n.y)];
    root.append(
      el('path', {
        d: `M${px(cx)} ${px(cy - 8)} L${px(cx + 8)} ${px(cy)} L${px(cx)} ${px(cy + 8)} L${px(cx - 8)} ${px(cy)} Z`,
        style: 'fill: var(--c-paper); stroke: var(--c-night); stroke-width: 1.5',
      }),
    );
  }
  if (outcome) {
    root.append(
      el('circle', {
        cx: px(sx(outcome.x)),
        cy: px(sy(outcome.y)),
        r: 10,
        style: 'fill: none; stroke: var(--c-focus); stroke-width: 3',
      }),
    );
  }
  // The legend, to the right of the plot.
  const lx = f.left + f.width + 24;
  let ly = f.top + 10;
  const row = (mark: SVGElement, words: string) => {
    root.append(legendRow(lx, ly, mark, words));
    ly += 24;
  };
  row(marks.dot('var(--c-mist)', 2.5), say(lang, T.legendPackages));
  row(marks.line('var(--c-gold)', '', 2.5), say(lang, T.legendFrontier));
  row(marks.diamond('var(--c-paper)'), say(lang, T.legendNash));
  row(marks.line('var(--c-tariff-soft)', '5 4', 1.5), say(lang, T.legendReservation));
  const first = el('circle', {
    cx: 8,
    cy: 0,
    r: 5,
    style: `fill: ${SIDE_COLOURS[0]}; stroke: var(--c-paper); stroke-width: 1`,
  });
  row(first, say(lang, T.legendOffersOf, { side: names[0] }));
  row(marks.triangle(SIDE_COLOURS[1]), say(lang, T.legendOffersOf, { side: names[1] }));
  row(
    marks.ring('var(--c-focus)'),
    outcome?.deal === false ? say(lang, T.outcomeNoDealPoint) : say(lang, T.legendOutcome),
  );
  row(marks.square('var(--c-third)'), say(lang, T.legendHistorical));
  return root;
}

interface TimeAxis {
  x: (date: string) => number;
  frame: Frame;
}

function dayNumber(iso: string): number {
  return (
    Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86_400_000
  );
}

function timeAxis(root: SVGSVGElement, lang: Lang, dates: readonly string[], f: Frame): TimeAxis {
  const first = dayNumber(dates[0] ?? '2000-01-01');
  const last = Math.max(first + 1, dayNumber(dates.at(-1) ?? '2000-01-02'));
  const x = (date: string) => f.left + ((dayNumber(date) - first) / (last - first)) * f.width;
  // A tick on the first of each month the timeline spans, and on its first day.
  const ticks = new Set<string>([dates[0] ?? '']);
  for (const d of dates) ticks.add(`${d.slice(0, 7)}-01`);
  for (const t of ticks) {
    if (t === '' || dayNumber(t) < first) continue;
    root.append(
      el('line', {
        x1: px(x(t)),
        y1: f.top + f.height,
        x2: px(x(t)),
        y2: f.top + f.height + 4,
        style: 'stroke: var(--c-mist)',
      }),
      text(x(t), f.top + f.height + 17, formatDate(lang, t), FIGURE, { 'text-anchor': 'middle' }),
    );
  }
  return { x, frame: f };
}

function valueAxis(
  root: SVGSVGElement,
  lang: Lang,
  f: Frame,
  min: number,
  max: number,
  steps: number,
  percent = false,
) {
  for (let i = 0; i <= steps; i++) {
    const v = min + ((max - min) * i) / steps;
    const y = f.top + f.height - ((v - min) / (max - min)) * f.height;
    root.append(
      el('line', {
        x1: f.left,
        y1: px(y),
        x2: f.left + f.width,
        y2: px(y),
        style: 'stroke: var(--c-rule); stroke-width: 0.5',
      }),
      text(f.left - 6, y + 4, percent ? formatPercent(lang, v / 100) : formatNumber(lang, v), FIGURE, {
        'text-anchor': 'end',
      }),
    );
  }
}

/** The meters the person's side sees, 0..100, one line each: side colour, own dash pattern. */
export function metersChart(view: DebriefView): SVGSVGElement {
  const { lang, time } = view;
  const list = time.meters
    .map((m) => `${m.label[lang]} ${formatNumber(lang, m.values.at(-1) ?? 0)}`)
    .join('; ');
  const label = say(lang, T.metersSummary, {
    from: formatDate(lang, time.dates[0] ?? ''),
    to: formatDate(lang, time.dates.at(-1) ?? ''),
    list,
  });
  const legendHeight = Math.ceil(time.meters.length / 2) * 20 + 8;
  const W = 760;
  const f: Frame = { left: 44, top: 12, width: 690, height: 200 };
  const H = f.top + f.height + 28 + legendHeight;
  const root = chartRoot(W, H, label);
  plotArea(root, f);
  valueAxis(root, lang, f, 0, 100, 4);
  const axis = timeAxis(root, lang, time.dates, f);
  const perSide = [0, 0];
  time.meters.forEach((m, k) => {
    const i = indexOfSide(view, m.side);
    const dash = DASHES[(perSide[i] ?? 0) % DASHES.length] ?? '';
    perSide[i] = (perSide[i] ?? 0) + 1;
    const stroke = dash === '' ? SIDE_COLOURS[i] : SIDE_SOFT[i];
    const y = (v: number) => f.top + f.height - ((v - m.min) / (m.max - m.min)) * f.height;
    const points = m.values.map((v, j) => `${px(axis.x(time.dates[j] ?? ''))},${px(y(v))}`).join(' ');
    root.append(
      el('polyline', {
        points,
        'stroke-dasharray': dash,
        style: `fill: none; stroke: ${stroke}; stroke-width: 2`,
      }),
    );
    const col = k % 2;
    const rowY = f.top + f.height + 40 + Math.floor(k / 2) * 20;
    root.append(legendRow(f.left + col * 345, rowY, marks.line(stroke, dash), m.label[lang]));
  });
  return root;
}

/** The tariff rate in force at each row, as a step line over a filled area. */
export function tariffChart(view: DebriefView): SVGSVGElement {
  const { lang, time } = view;
  const max = Math.max(0, ...time.tariff);
  const label = say(lang, T.tariffSummary, {
    from: formatDate(lang, time.dates[0] ?? ''),
    to: formatDate(lang, time.dates.at(-1) ?? ''),
    max,
    paid: formatBillions(lang, time.tariffPaidBn),
  });
  const f: Frame = { left: 44, top: 12, width: 690, height: 110 };
  const root = chartRoot(760, f.top + f.height + 28, label);
  plotArea(root, f);
  const top = Math.max(25, max);
  valueAxis(root, lang, f, 0, top, 5, true);
  const axis = timeAxis(root, lang, time.dates, f);
  const y = (v: number) => f.top + f.height - (v / top) * f.height;
  let d = `M${px(axis.x(time.dates[0] ?? ''))} ${px(y(0))}`;
  let prev = 0;
  time.dates.forEach((date, j) => {
    const rate = time.tariff[j] ?? 0;
    const x = px(axis.x(date));
    d += ` L${x} ${px(y(prev))} L${x} ${px(y(rate))}`;
    prev = rate;
  });
  const end = px(axis.x(time.dates.at(-1) ?? ''));
  root.append(
    el('path', { d: `${d} L${end} ${px(y(0))} Z`, style: 'fill: var(--c-tariff); opacity: 0.25' }),
    el('path', { d, style: 'fill: none; stroke: var(--c-tariff); stroke-width: 2' }),
  );
  return root;
}

/** The model's encounters and the record's, month by month: filled bars and outlined bars. */
export function encountersChart(view: DebriefView): SVGSVGElement {
  const { lang, time } = view;
  const months = time.encounters;
  const monthName = (m: string) => formatDate(lang, `${m}-15`).replace(/^\d+\s*(de\s*)?|\s*\d+$/g, '');
  const label = say(lang, time.hasRecord ? T.encountersSummary : T.encountersSummaryModel, {
    months: months.map((m) => monthName(m.month)).join(', '),
    model: months.map((m) => formatNumber(lang, m.model)).join(', '),
    record: months.map((m) => (m.record ? formatNumber(lang, m.record.encounters) : '—')).join(', '),
  });
  const f: Frame = { left: 64, top: 12, width: 670, height: 200 };
  const root = chartRoot(760, f.top + f.height + 58, label);
  plotArea(root, f);
  const top =
    Math.ceil(Math.max(1, ...months.map((m) => Math.max(m.model, m.record?.encounters ?? 0))) / 40_000) *
    40_000;
  valueAxis(root, lang, f, 0, top, 4);
  const slot = f.width / Math.max(1, months.length);
  const bar = Math.min(40, slot / 3);
  const y = (v: number) => f.top + f.height - (v / top) * f.height;
  months.forEach((m, j) => {
    const cx = f.left + slot * (j + 0.5);
    root.append(
      el('rect', {
        x: px(cx - bar - 2),
        y: px(y(m.model)),
        width: px(bar),
        height: px(f.top + f.height - y(m.model)),
        style: 'fill: var(--c-mist)',
      }),
      text(cx, f.top + f.height + 17, monthName(m.month), FIGURE, { 'text-anchor': 'middle' }),
    );
    if (m.record) {
      const r = m.record.encounters;
      root.append(
        el('rect', {
          x: px(cx + 2),
          y: px(y(r)),
          width: px(bar),
          height: px(f.top + f.height - y(r)),
          style: 'fill: var(--c-slate-raised); stroke: var(--c-gold); stroke-width: 2',
        }),
      );
    }
  });
  const ly = f.top + f.height + 44;
  root.append(legendRow(f.left, ly, marks.bar('var(--c-mist)', 'var(--c-mist)'), say(lang, T.legendModel)));
  if (time.hasRecord)
    root.append(
      legendRow(
        f.left + 200,
        ly,
        marks.bar('var(--c-slate-raised)', 'var(--c-gold)'),
        say(lang, T.legendRecord),
      ),
    );
  return root;
}
