// The whole debrief as data: one pure function of what the store holds after the game (the
// scenario, the person's final observation, the engine's analysis) and the language.
import type { Analysis, DeepReadonly, Observation } from '../../engine';
import type { Scenario } from '../../scenario/schema';
import type { Lang } from '../i18n/texts';
import { type OutcomeView, outcomeView } from './debrief-outcome';
import { type OverTimeView, overTimeView } from './over-time';
import { type StatementsView, statementsView } from './statements-kept';
import { type UtilitySpaceView, utilitySpaceView } from './utility-space';
import { type WhatHappenedView, whatHappenedView } from './what-happened';

export interface DebriefInput {
  readonly scenario: Scenario;
  readonly observation: Observation;
  readonly analysis: DeepReadonly<Analysis>;
  readonly lang: Lang;
}

export interface DebriefView {
  readonly lang: Lang;
  readonly scenarioTitle: string;
  readonly outcome: OutcomeView;
  readonly space: UtilitySpaceView;
  readonly time: OverTimeView;
  readonly history: WhatHappenedView;
  readonly statements: StatementsView;
}

export function debriefView({ scenario, observation, analysis, lang }: DebriefInput): DebriefView {
  return {
    lang,
    scenarioTitle: scenario.title[lang],
    outcome: outcomeView(scenario, observation, analysis),
    space: utilitySpaceView(scenario, observation, analysis),
    time: overTimeView(scenario, observation),
    history: whatHappenedView(scenario, lang),
    statements: statementsView(scenario, observation),
  };
}
