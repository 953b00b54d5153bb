// Class results: every group's replay opened at once (picker, drop, or share links), each scenario
// as a chart of every game over the Pareto frontier with its tables beside it, and a CSV export
// with no personal data. Files that cannot be read are named, with why, and left out.

import { MAX_REPLAY_BYTES } from '../../../replay/format';
import type { SessionState, SessionStore } from '../../../store/contract';
import { classResultsTexts as T } from '../../i18n/areas/classroom';
import { say } from '../../i18n/texts';
import { type ClassPartView, classResultsView, type TableView } from '../../view-models/class-results';
import { h, patch, type View } from '../dom-layer';
import { downloadText } from '../download';
import { acceptDrops, filePicker } from '../file-input';

const SVG = 'http://www.w3.org/2000/svg';
const SIZE = 320;
const PAD = 44;

function svg<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | number>,
  ...kids: Node[]
) {
  const node = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  node.append(...kids);
  return node;
}

const px = (v: number) => PAD + v * SIZE;
const py = (v: number) => PAD + (1 - v) * SIZE;

function mark(kind: string, x: number, y: number, label: string): SVGElement {
  const title = svg('title', {});
  title.textContent = label;
  switch (kind) {
    case 'deal':
      return svg('circle', { class: 'mark deal', cx: x, cy: y, r: 5 }, title);
    case 'walkout':
      return svg(
        'path',
        {
          class: 'mark walkout',
          d: `M${x - 5} ${y - 5}L${x + 5} ${y + 5}M${x - 5} ${y + 5}L${x + 5} ${y - 5}`,
        },
        title,
      );
    case 'no-deal':
      return svg('rect', { class: 'mark no-deal', x: x - 4.5, y: y - 4.5, width: 9, height: 9 }, title);
    default:
      return svg('circle', { class: 'mark ongoing', cx: x, cy: y, r: 5 }, title);
  }
}

function chart(part: ClassPartView, lang: SessionState['settings']['lang']): SVGElement {
  const w = SIZE + PAD * 2;
  const axisLabel = (text: string, attrs: Record<string, string | number>) => {
    const t = svg('text', { class: 'axis-label', ...attrs });
    t.textContent = text;
    return t;
  };
  const frontier = part.frontier.map((p) => `${px(p.x)},${py(p.y)}`).join(' ');
  const { x: hx, y: hy } = part.historical;
  const historical = svg('path', {
    class: 'mark historical',
    d: `M${px(hx)} ${py(hy) - 7}L${px(hx) + 7} ${py(hy)}L${px(hx)} ${py(hy) + 7}L${px(hx) - 7} ${py(hy)}Z`,
  });
  const hTitle = svg('title', {});
  hTitle.textContent = say(lang, T.legendHistorical);
  historical.append(hTitle);
  return svg(
    'svg',
    {
      viewBox: `0 0 ${w} ${w}`,
      width: w,
      height: w,
      role: 'img',
      'aria-label': part.chartLabel,
      class: 'class-chart',
    },
    svg('rect', { class: 'plot', x: PAD, y: PAD, width: SIZE, height: SIZE }),
    svg('polyline', { class: 'frontier', points: frontier }),
    ...part.points.map((p) => mark(p.kind, px(p.x), py(p.y), p.label)),
    historical,
    axisLabel(part.axes.x, { x: PAD + SIZE / 2, y: w - 10, 'text-anchor': 'middle' }),
    axisLabel(part.axes.y, {
      x: 14,
      y: PAD + SIZE / 2,
      'text-anchor': 'middle',
      transform: `rotate(-90 14 ${PAD + SIZE / 2})`,
    }),
  );
}

function table(t: TableView): HTMLElement {
  return h(
    'table',
    { class: 'class-table' },
    h('caption', {}, t.caption),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        t.head.map((c) => h('th', { scope: 'col' }, c)),
      ),
    ),
    h(
      'tbody',
      {},
      t.rows.map((r) =>
        h(
          'tr',
          {},
          r.map((c) => h('td', {}, c)),
        ),
      ),
    ),
  );
}

function legend(lang: SessionState['settings']['lang']): HTMLElement {
  const key = (cls: string, text: string) => h('li', { 'data-key': cls }, text);
  return h(
    'ul',
    { class: 'class-legend' },
    key('deal', say(lang, T.legendDeal)),
    key('no-deal', say(lang, T.legendNoDeal)),
    key('walkout', say(lang, T.legendWalkout)),
    key('ongoing', say(lang, T.legendOngoing)),
    key('historical', say(lang, T.legendHistorical)),
    key('frontier', say(lang, T.legendFrontier)),
  );
}

export function mountClassResults(container: HTMLElement, store: SessionStore): View<SessionState> {
  const c = store.commands;
  const root = h('section', { class: 'screen screen--class', 'aria-labelledby': 'class-heading' });
  container.appendChild(root);
  let links = '';

  const openFiles = async (files: FileList) => {
    const read: { text: string; source: string; bytes: number }[] = [];
    for (const f of Array.from(files)) {
      // A file too large is refused by its size, unread.
      const text = f.size > MAX_REPLAY_BYTES ? '' : await f.text().catch(() => '');
      read.push({ text, source: f.name, bytes: f.size });
    }
    c.addClassReplays(read);
  };
  const stopDrops = acceptDrops(root, (files) => void openFiles(files));

  return {
    update(s) {
      const lang = s.settings.lang;
      const view = s.classResults;
      const title = (id: string) => s.scenarios.find((e) => e.id === id)?.title[lang] ?? id;
      const parts = view ? classResultsView(lang, view.results, title) : [];
      patch(
        root,
        h(
          'div',
          { class: 'screen-head' },
          h('h1', { id: 'class-heading' }, say(lang, T.heading)),
          h(
            'button',
            { type: 'button', id: 'class-back', onclick: () => c.openClassroom() },
            say(lang, T.back),
          ),
        ),
        h(
          'div',
          { class: 'class-inputs' },
          h(
            'div',
            { class: 'drop-zone' },
            filePicker({
              id: 'class-choose',
              label: say(lang, T.openFiles),
              accept: '.json,application/json',
              multiple: true,
              primary: true,
              first: true,
              onFiles: (files) => void openFiles(files),
            }),
            h('span', {}, say(lang, T.dropHere)),
          ),
          h(
            'form',
            {
              class: 'link-form',
              onsubmit: (e) => {
                e.preventDefault();
                c.addClassLinks(links);
                links = '';
              },
            },
            h('label', { for: 'class-links' }, say(lang, T.links)),
            h('textarea', {
              id: 'class-links',
              rows: 2,
              oninput: (e) => {
                links = (e.target as HTMLTextAreaElement).value;
              },
            }),
            h('button', { type: 'submit', id: 'class-links-add' }, say(lang, T.addLinks)),
          ),
          h(
            'div',
            { class: 'button-row' },
            h(
              'button',
              {
                type: 'button',
                id: 'class-csv',
                disabled: parts.length === 0,
                onclick: () => {
                  const csv = c.classCsv();
                  if (csv) downloadText(csv.fileName, csv.text, 'text/csv');
                },
              },
              say(lang, T.csv),
            ),
            h(
              'button',
              { type: 'button', id: 'class-clear', disabled: !view, onclick: () => c.clearClassResults() },
              say(lang, T.clear),
            ),
          ),
        ),
        view && view.refused.length > 0
          ? h(
              'div',
              { class: 'save-problem', role: 'alert', id: 'class-refused' },
              h('p', {}, say(lang, T.refused, { n: view.refused.length })),
              h(
                'ul',
                {},
                view.refused.map((r) =>
                  h(
                    'li',
                    {},
                    say(lang, T.refusedOne, { source: r.source, message: r.message }),
                    r.details.length > 0 ? h('pre', { class: 'problem-lines' }, r.details.join('\n')) : null,
                  ),
                ),
              ),
            )
          : null,
        parts.length === 0
          ? h('p', { class: 'title-pitch' }, say(lang, T.none))
          : parts.map((part) =>
              h(
                'section',
                { class: 'class-part', 'aria-label': part.title },
                h('h2', {}, part.title),
                h(
                  'div',
                  { class: 'class-chart-row' },
                  h('figure', {}, chart(part, lang), h('figcaption', {}, part.chartLabel, legend(lang))),
                  table(part.games),
                ),
                h('div', { class: 'class-groups' }, part.groups.map(table)),
              ),
            ),
      );
    },
    destroy() {
      stopDrops();
      root.remove();
    },
  };
}
