// The tables beside the debrief's charts: the same numbers as the pictures, in rows a screen
// reader (or a printer) can read. Every table has a caption and scoped header cells.
import { debriefTexts as T } from '../../i18n/areas/debrief';
import { formatDate, formatNumber, formatPercent } from '../../i18n/formats';
import { type Lang, say } from '../../i18n/texts';
import type { DebriefView } from '../../view-models/debrief';
import type { ScoreRow, SideScore } from '../../view-models/debrief-outcome';
import type { SideStatements } from '../../view-models/statements-kept';

type Cell = string | { readonly text: string; readonly figure?: boolean; readonly header?: boolean };

export function table(
  caption: string,
  head: readonly string[],
  rows: readonly (readonly Cell[])[],
  className = '',
): HTMLTableElement {
  const t = document.createElement('table');
  t.className = `debrief-table ${className}`.trim();
  const cap = document.createElement('caption');
  cap.textContent = caption;
  t.append(cap);
  const thead = document.createElement('thead');
  const hr = document.createElement('tr');
  for (const h of head) {
    const th = document.createElement('th');
    th.scope = 'col';
    th.textContent = h;
    hr.append(th);
  }
  thead.append(hr);
  const tbody = document.createElement('tbody');
  for (const row of rows) {
    const tr = document.createElement('tr');
    row.forEach((cell, i) => {
      const c = typeof cell === 'string' ? { text: cell } : cell;
      const header = c.header ?? i === 0;
      const td = document.createElement(header ? 'th' : 'td');
      if (header) (td as HTMLTableCellElement).scope = 'row';
      if (c.figure) td.className = 'figure';
      td.textContent = c.text;
      tr.append(td);
    });
    tbody.append(tr);
  }
  t.append(thead, tbody);
  return t;
}

const fig = (text: string): Cell => ({ text, figure: true });

function scoreRow(lang: Lang, r: ScoreRow): Cell[] {
  switch (r.kind) {
    case 'terms': {
      const part =
        r.basis === 'deal'
          ? T.rowTermsDeal
          : r.basis === 'reinstated'
            ? T.rowTermsReinstated
            : T.rowTermsNone;
      return [
        say(lang, part),
        fig(formatPercent(lang, r.weight)),
        fig(formatNumber(lang, r.value, 3)),
        fig(formatNumber(lang, r.points, 1)),
      ];
    }
    case 'meter':
      return [
        say(lang, T.rowMeter, { meter: r.label[lang] }),
        fig(formatPercent(lang, r.weight)),
        fig(formatNumber(lang, r.value, 1)),
        fig(formatNumber(lang, r.points, 1)),
      ];
    case 'hidden':
      return [
        say(lang, T.rowHidden),
        fig(formatPercent(lang, r.weight)),
        fig(say(lang, T.hiddenValue)),
        fig(formatNumber(lang, r.points, 1)),
      ];
  }
}

export function scoreTable(lang: Lang, s: SideScore): HTMLTableElement {
  const rows = s.rows.map((r) => scoreRow(lang, r));
  rows.push([say(lang, T.rowTotal), fig(''), fig(''), fig(formatNumber(lang, s.score, 1))]);
  return table(
    say(lang, T.scoreCaption, { side: s.name[lang] }),
    [say(lang, T.colPart), say(lang, T.colWeight), say(lang, T.colValue), say(lang, T.colPoints)],
    rows,
    'score-table',
  );
}

export function pointsTable(view: DebriefView): HTMLTableElement {
  const { lang, space } = view;
  const names = view.outcome.sides.map((s) => s.name[lang]);
  const nameOf = (side: string) => view.outcome.sides.find((s) => s.side === side)?.name[lang] ?? side;
  const u = (v: number) => fig(formatNumber(lang, v, 3));
  const rows: Cell[][] = [];
  rows.push([say(lang, T.legendReservation), '', '', u(space.reservation.x), u(space.reservation.y), '']);
  if (space.nash) rows.push([say(lang, T.legendNash), '', '', u(space.nash.x), u(space.nash.y), '']);
  if (space.outcome) {
    const name = space.outcome.deal ? say(lang, T.legendOutcome) : say(lang, T.outcomeNoDealPoint);
    rows.push([
      name,
      '',
      view.outcome.date ? formatDate(lang, view.outcome.date) : '',
      u(space.outcome.x),
      u(space.outcome.y),
      '',
    ]);
  }
  rows.push([
    say(lang, T.legendHistorical),
    '',
    formatDate(lang, view.history.date),
    u(space.historical.x),
    u(space.historical.y),
    '',
  ]);
  for (const o of space.offers) {
    rows.push([
      say(lang, T.offerN, { n: o.n }),
      nameOf(o.side),
      formatDate(lang, o.date),
      u(o.x),
      u(o.y),
      say(lang, o.clause ? T.yes : T.no),
    ]);
  }
  return table(
    say(lang, T.pointsCaption),
    [
      say(lang, T.colPoint),
      say(lang, T.colBy),
      say(lang, T.colDate),
      say(lang, T.colUtility, { side: names[0] ?? '' }),
      say(lang, T.colUtility, { side: names[1] ?? '' }),
      say(lang, T.colClause),
    ],
    rows,
    'points-table',
  );
}

export function frontierTable(view: DebriefView): HTMLTableElement {
  const { lang, space } = view;
  const names = view.outcome.sides.map((s) => s.name[lang]);
  return table(
    say(lang, T.legendFrontier),
    [
      say(lang, T.spaceAxis, { side: names[0] ?? '' }),
      say(lang, T.spaceAxis, { side: names[1] ?? '' }),
      say(lang, T.colClause),
    ],
    space.frontier.map((p) => [
      { text: formatNumber(lang, p.x, 3), figure: true, header: true },
      fig(formatNumber(lang, p.y, 3)),
      say(lang, p.clause ? T.yes : T.no),
    ]),
    'frontier-table',
  );
}

export function timelineTable(view: DebriefView): HTMLTableElement {
  const { lang, time } = view;
  return table(
    say(lang, T.metersCaption),
    [say(lang, T.colDate), `${say(lang, T.colTariff)} (%)`, ...time.meters.map((m) => m.label[lang])],
    time.dates.map((d, j) => [
      formatDate(lang, d),
      fig(formatNumber(lang, time.tariff[j] ?? 0)),
      ...time.meters.map((m) => fig(formatNumber(lang, m.values[j] ?? 0, 1))),
    ]),
    'timeline-table',
  );
}

export function encountersTable(view: DebriefView): HTMLTableElement {
  const { lang, time } = view;
  const monthOf = (m: (typeof time.encounters)[number]) => {
    const month = formatDate(lang, `${m.month}-15`, true)
      .replace(/^\d+\s*(de\s*)?/, '')
      .replace(/\s\d+,/, '');
    return m.complete ? month : `${month} ${say(lang, T.partialMonth)}`;
  };
  // Without a record, the record's three columns would be dashes only.
  if (!time.hasRecord)
    return table(
      say(lang, T.encountersCaptionModel),
      [say(lang, T.colMonth), say(lang, T.colModel)],
      time.encounters.map((m) => [monthOf(m), fig(formatNumber(lang, m.model))]),
      'encounters-table',
    );
  return table(
    say(lang, T.encountersCaption),
    [
      say(lang, T.colMonth),
      say(lang, T.colModel),
      say(lang, T.colRecord),
      say(lang, T.colDiff),
      say(lang, T.colSource),
    ],
    time.encounters.map((m) => {
      const rec = m.record?.encounters ?? null;
      return [
        monthOf(m),
        fig(formatNumber(lang, m.model)),
        fig(rec === null ? '—' : formatNumber(lang, rec)),
        fig(rec === null ? '—' : formatPercent(lang, (m.model - rec) / rec, 1)),
        m.record?.source ?? '—',
      ];
    }),
    'encounters-table',
  );
}

const INTENTS = {
  'final-offer': T.intentFinal,
  'deadline-threat': T.intentThreat,
  'walkout-warning': T.intentWalkout,
  'principal-appeal': T.intentPrincipal,
} as const;
const VERDICTS = { kept: T.verdictKept, bluff: T.verdictBluff, pending: T.verdictPending } as const;

export function statementsTable(lang: Lang, s: SideStatements): HTMLTableElement {
  return table(
    say(lang, T.statementsCaption, { side: s.name[lang] }),
    [
      say(lang, T.colDate),
      say(lang, T.colIntent),
      say(lang, T.colStatement),
      say(lang, T.colVerdict),
      say(lang, T.colMarked),
    ],
    s.entries.map((e) => [
      formatDate(lang, e.date),
      say(lang, INTENTS[e.intent]),
      e.text[lang],
      say(lang, VERDICTS[e.verdict]),
      e.line[lang],
      e.marked === null ? '—' : say(lang, e.marked ? T.markedBluff : T.markedSincere),
    ]),
    'statements-table',
  );
}
