// "What really happened": the account split from its sources, and a comparison with another
// scenario of the library when the scenario writes one.
import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../../src/scenario/schema';
import { whatHappenedView } from '../../../src/ui/view-models/what-happened';
import { loadRules } from '../../support/scenarios';

const { scenario } = loadRules();

describe('whatHappenedView', () => {
  it('has no comparison when the scenario writes none', () => {
    expect(whatHappenedView(scenario, 'en').comparison).toBeNull();
  });

  it('shows the comparison in the chosen language, its sources split off like the account', () => {
    const compared: Scenario = {
      ...scenario,
      historical: {
        ...scenario.historical,
        comparison: {
          scenario: 'june-2019',
          title: { en: 'Compared with June 2019', es: 'Frente a junio de 2019' },
          text: {
            en: 'Ebrard again.\n\nA second paragraph. Sources: Reuters, Feb 3 2025; AP, Mar 6 2025.',
            es: 'Otra vez Ebrard. Fuentes: Reuters, 3 de febrero de 2025.',
          },
        },
      },
    };
    expect(whatHappenedView(compared, 'en').comparison).toEqual({
      scenario: 'june-2019',
      title: 'Compared with June 2019',
      paragraphs: ['Ebrard again.', 'A second paragraph.'],
      sources: ['Reuters, Feb 3 2025', 'AP, Mar 6 2025'],
    });
    const es = whatHappenedView(compared, 'es').comparison;
    expect(es?.title).toBe('Frente a junio de 2019');
    expect(es?.sources).toEqual(['Reuters, 3 de febrero de 2025']);
    // The account's own sources stay the account's.
    expect(whatHappenedView(compared, 'en').sources).toEqual(whatHappenedView(scenario, 'en').sources);
  });
});
