// The offer builder: one labelled select per issue (the label is the issue's name), each option with
// the person's own value as stars and a number, an optional conditional clause, and Undo/Redo/Reset.

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
} from '../../view-models/offer-form';
import { h } from '../dom-layer';

export interface OfferFormHandlers {
  setTerm(issue: string, option: string): void;
  setClause(patch: Partial<ClauseDraft>): void;
  undo(): void;
  redo(): void;
  reset(): void;
}

const points = (lang: Lang, v: number) => formatNumber(lang, Math.round(v * 100));

export function renderOfferForm(
  lang: Lang,
  scenario: Scenario,
  observation: Observation,
  history: DraftHistory,
  on: OfferFormHandlers,
): HTMLElement {
  const draft = history.present;
  const cards = issueCards(scenario, observation, draft);
  const rows = cards.map((card) => {
    const chosen = card.options.find((o) => o.id === card.selected);
    const worthId = `offer-${card.id}-worth`;
    return h(
      'div',
      { class: card.changed ? 'issue-row changed' : 'issue-row' },
      h('label', { for: `offer-${card.id}`, title: card.description[lang] }, card.label[lang]),
      h(
        'span',
        { class: 'worth', id: worthId },
        h(
          'span',
          { class: 'bar', 'aria-hidden': 'true' },
          h('i', { style: `width:${Math.round((chosen?.value ?? 0) * 100)}%` }),
        ),
        h(
          'span',
          { class: 'visually-hidden' },
          say(lang, T.yourValue, { value: points(lang, chosen?.value ?? 0) }),
        ),
        h('span', { 'aria-hidden': 'true' }, points(lang, chosen?.value ?? 0)),
      ),
      h(
        'select',
        {
          id: `offer-${card.id}`,
          'aria-describedby': worthId,
          onchange: (e) => on.setTerm(card.id, (e.target as HTMLSelectElement).value),
        },
        card.options.map((o) =>
          h(
            'option',
            { value: o.id, selected: o.id === card.selected },
            `${o.label[lang]} · ${stars(o.value)} ${points(lang, o.value)}`,
          ),
        ),
      ),
    );
  });
  const c = draft.clause;
  const thenIssue = scenario.issues.find((i) => i.id === c.thenIssue) ?? scenario.issues[0];
  const clause = h(
    'div',
    { class: 'clause' },
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
  );
  return h(
    'div',
    { class: 'offer-card', role: 'group', 'aria-labelledby': 'offer-heading' },
    h('h3', { id: 'offer-heading' }, say(lang, T.offer)),
    rows,
    clause,
    h(
      'div',
      { class: 'draft-tools' },
      h(
        'button',
        { type: 'button', id: 'offer-undo', disabled: !canUndo(history), onclick: on.undo },
        say(lang, T.undo),
      ),
      h(
        'button',
        { type: 'button', id: 'offer-redo', disabled: !canRedo(history), onclick: on.redo },
        say(lang, T.redo),
      ),
      h('button', { type: 'button', id: 'offer-reset', onclick: on.reset }, say(lang, T.reset)),
    ),
  );
}
