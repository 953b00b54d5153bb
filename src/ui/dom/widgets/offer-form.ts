// The offer builder: one labelled select per issue (the label is the issue's name), each option with
// the person's own value as stars and a number, an optional conditional clause, and Undo/Redo/Reset.
// Built once per game and language, then updated in place: an AI move or an edit changes a few
// values, not the eight selects and their options (rebuilding them cost most of a move's frame).

import type { Observation } from '../../../engine';
import type { Scenario } from '../../../scenario/schema';
import { tableTexts as T } from '../../i18n/areas/table';
import { formatNumber } from '../../i18n/formats';
import { type Lang, say } from '../../i18n/texts';
import {
  type ClauseDraft,
  canRedo,
  canUndo,
  type DraftHistory,
  issueCards,
  reviewDays,
  stars,
  startingDraft,
} from '../../view-models/offer-form';
import { h, patch } from '../dom-layer';

export interface OfferFormHandlers {
  setTerm(issue: string, option: string): void;
  setClause(patch: Partial<ClauseDraft>): void;
  undo(): void;
  redo(): void;
  reset(): void;
}

const points = (lang: Lang, v: number) => formatNumber(lang, Math.round(v * 100));

export interface OfferFormView {
  readonly element: HTMLElement;
  /** Shows the draft: the selected options, what changed, the clause and Undo/Redo. */
  update(history: DraftHistory): void;
}

interface Row {
  readonly row: HTMLElement;
  readonly select: HTMLSelectElement;
  readonly bar: HTMLElement;
  readonly spoken: HTMLElement;
  readonly shown: HTMLElement;
}

export function offerFormView(
  lang: Lang,
  scenario: Scenario,
  observation: Observation,
  on: OfferFormHandlers,
): OfferFormView {
  const cards = issueCards(scenario, observation, startingDraft(scenario, observation));
  const rows = new Map<string, Row>();
  for (const card of cards) {
    const worthId = `offer-${card.id}-worth`;
    const bar = h('i', {});
    const spoken = h('span', { class: 'visually-hidden' });
    const shown = h('span', { 'aria-hidden': 'true' });
    const select = h(
      'select',
      {
        id: `offer-${card.id}`,
        'aria-describedby': worthId,
        onchange: (e) => on.setTerm(card.id, (e.target as HTMLSelectElement).value),
      },
      card.options.map((o) =>
        h('option', { value: o.id }, `${o.label[lang]} · ${stars(o.value)} ${points(lang, o.value)}`),
      ),
    );
    const row = h(
      'div',
      { class: 'issue-row' },
      h('label', { for: `offer-${card.id}`, title: card.description[lang] }, card.label[lang]),
      h(
        'span',
        { class: 'worth', id: worthId },
        h('span', { class: 'bar', 'aria-hidden': 'true' }, bar),
        spoken,
        shown,
      ),
      select,
    );
    rows.set(card.id, { row, select, bar, spoken, shown });
  }
  const clauseBox = h('div', { class: 'clause' });
  const undoButton = h('button', { type: 'button', id: 'offer-undo', onclick: on.undo }, say(lang, T.undo));
  const redoButton = h('button', { type: 'button', id: 'offer-redo', onclick: on.redo }, say(lang, T.redo));
  const element = h(
    'div',
    { class: 'offer-card', role: 'group', 'aria-labelledby': 'offer-heading' },
    h('h3', { id: 'offer-heading' }, say(lang, T.offer)),
    [...rows.values()].map((r) => r.row),
    clauseBox,
    h(
      'div',
      { class: 'draft-tools' },
      undoButton,
      redoButton,
      h('button', { type: 'button', id: 'offer-reset', onclick: on.reset }, say(lang, T.reset)),
    ),
  );
  let clauseShown: ClauseDraft | null = null;
  return {
    element,
    update(history) {
      const draft = history.present;
      for (const card of issueCards(scenario, observation, draft)) {
        const r = rows.get(card.id);
        if (!r) continue;
        const value = card.options.find((o) => o.id === card.selected)?.value ?? 0;
        r.row.classList.toggle('changed', card.changed);
        if (r.select.value !== card.selected) r.select.value = card.selected;
        r.bar.style.width = `${Math.round(value * 100)}%`;
        r.spoken.textContent = say(lang, T.yourValue, { value: points(lang, value) });
        r.shown.textContent = points(lang, value);
      }
      // The clause is small and changes shape when switched on: drawn afresh when it changes.
      if (draft.clause !== clauseShown) {
        clauseShown = draft.clause;
        patch(clauseBox, ...clauseControls(lang, scenario, draft.clause, on));
      }
      undoButton.disabled = !canUndo(history);
      redoButton.disabled = !canRedo(history);
    },
  };
}

function clauseControls(
  lang: Lang,
  scenario: Scenario,
  c: ClauseDraft,
  on: OfferFormHandlers,
): (HTMLElement | null)[] {
  const thenIssue = scenario.issues.find((i) => i.id === c.thenIssue) ?? scenario.issues[0];
  return [
    h(
      'label',
      {},
      h('input', {
        type: 'checkbox',
        id: 'offer-clause',
        checked: c.on,
        onchange: (e) => on.setClause({ on: (e.target as HTMLInputElement).checked }),
      }),
      ' ',
      say(lang, T.clause),
    ),
    c.on
      ? h(
          'div',
          { class: 'clause-grid' },
          h('label', { for: 'offer-clause-review' }, say(lang, T.clauseReview)),
          h(
            'select',
            {
              id: 'offer-clause-review',
              onchange: (e) => on.setClause({ review: Number((e.target as HTMLSelectElement).value) }),
            },
            reviewDays(scenario).map((d) =>
              h('option', { value: d, selected: d === c.review }, say(lang, T.clauseDay, { day: d })),
            ),
          ),
          h('label', { for: 'offer-clause-threshold' }, say(lang, T.clauseThreshold)),
          h(
            'select',
            {
              id: 'offer-clause-threshold',
              onchange: (e) => {
                const v = (e.target as HTMLSelectElement).value;
                on.setClause({ minDropPct: v === '' ? null : Number(v) });
              },
            },
            h('option', { value: '', selected: c.minDropPct === null }, say(lang, T.clauseDiscretion)),
            scenario.conditionalThresholds.map((t) =>
              h('option', { value: t, selected: t === c.minDropPct }, `${t}%`),
            ),
          ),
          h('label', { for: 'offer-clause-issue' }, say(lang, T.clauseIssue)),
          h(
            'select',
            {
              id: 'offer-clause-issue',
              onchange: (e) => {
                const id = (e.target as HTMLSelectElement).value;
                const issue = scenario.issues.find((i) => i.id === id);
                const option = issue?.options.find((o) => o.id !== issue.statusQuo)?.id ?? '';
                on.setClause({ thenIssue: id, thenOption: option });
              },
            },
            scenario.issues.map((i) =>
              h('option', { value: i.id, selected: i.id === c.thenIssue }, i.label[lang]),
            ),
          ),
          h('label', { for: 'offer-clause-option' }, say(lang, T.clauseOption)),
          h(
            'select',
            {
              id: 'offer-clause-option',
              onchange: (e) => on.setClause({ thenOption: (e.target as HTMLSelectElement).value }),
            },
            (thenIssue?.options ?? []).map((o) =>
              h('option', { value: o.id, selected: o.id === c.thenOption }, o.label[lang]),
            ),
          ),
        )
      : null,
  ];
}
