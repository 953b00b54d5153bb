// What negotiators say: built from what they do, in English and Spanish.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DIFFICULTIES } from '../../src/ai/difficulty';
import { knowledgeFor } from '../../src/ai/knowledge';
import { playMatch } from '../../src/ai/match';
import { createNegotiator } from '../../src/ai/negotiator';
import { randomPlayer } from '../../src/ai/random-player';
import {
  acceptSpeech,
  append,
  causeSpeech,
  floorSlip,
  labelSpeech,
  proposalSpeech,
  rejectSpeech,
  WAIT_SPEECH,
  walkOutSpeech,
} from '../../src/ai/speech';
import {
  OFFER_CAUSES,
  STATEMENT_INTENTS,
  STATEMENT_MAX_LENGTH,
  type StatementIntent,
} from '../../src/engine';
import type { LocalText } from '../../src/scenario/schema';
import { bySide, type SideId, sideInfo } from '../../src/scenario/sides';
import { loadRules } from '../support/scenarios';
import { MX, US } from '../support/sides';

const rules = loadRules();
const scenario = rules.scenario;
const knowledge = { us: knowledgeFor(scenario, US), mx: knowledgeFor(scenario, MX) };

function expectBilingual(text: LocalText, what: string): void {
  expect(text.en.trim().length, `${what} (en)`).toBeGreaterThan(0);
  expect(text.es.trim().length, `${what} (es)`).toBeGreaterThan(0);
  expect(text.en).not.toMatch(/undefined|NaN|\[object/);
  expect(text.es).not.toMatch(/undefined|NaN|\[object/);
}

const termsArb = fc.record(
  Object.fromEntries(scenario.issues.map((i) => [i.id, fc.constantFrom(...i.options.map((o) => o.id))])),
  { requiredKeys: [] },
) as fc.Arbitrary<Record<string, string>>;

describe('every message', () => {
  it('has non-empty English and Spanish', () => {
    for (const side of [US, MX] as const) {
      const k = bySide(knowledge, side);
      expectBilingual(acceptSpeech(k), 'accept');
      expectBilingual(rejectSpeech(k), 'reject');
      expectBilingual(proposalSpeech(k, {}, null), 'empty proposal');
      expectBilingual(proposalSpeech(k, {}, 'final-offer'), 'empty final proposal');
      for (const c of k.consultations) expectBilingual(labelSpeech(c.label), c.id);
      for (const m of k.moves) expectBilingual(labelSpeech(m.label), m.id);
    }
    expectBilingual(WAIT_SPEECH, 'wait');
    expectBilingual(walkOutSpeech('hopeless'), 'walkout');
    expectBilingual(walkOutSpeech('warned'), 'walkout after a warning');
    for (const cause of OFFER_CAUSES) expectBilingual(causeSpeech(cause), cause);
    for (const floor of [0, 0.456, 1]) expectBilingual(floorSlip(floor), `floor ${floor}`);
    fc.assert(
      fc.property(termsArb, fc.constantFrom(null, ...STATEMENT_INTENTS), (terms, claim) => {
        const deadline = { date: '2019-06-10', rate: 5 };
        const text = append(
          causeSpeech('ratification-refused'),
          proposalSpeech(knowledge.us, terms, claim, deadline),
        );
        expectBilingual(append(text, floorSlip(0.5)), JSON.stringify(terms));
      }),
      { numRuns: 100 },
    );
  });

  it('accept and reject name the side’s own principal', () => {
    for (const side of [US, MX] as const) {
      const principal = sideInfo(scenario, side).principal.name;
      for (const text of [acceptSpeech(bySide(knowledge, side)), rejectSpeech(bySide(knowledge, side))]) {
        expect(text.en).toContain(principal);
        expect(text.es).toContain(principal);
      }
    }
  });

  it('said by negotiators in real games, is bilingual, and a "final offer" is always a marked bluff', () => {
    let bluffs = 0;
    for (const persona of scenario.personas ?? []) {
      const side: SideId = persona.side;
      const them: SideId = side === US ? MX : US;
      for (const difficulty of DIFFICULTIES) {
        const seed = 11;
        const negotiator = createNegotiator(persona, difficulty, { scenario, side, seed });
        const opponent = randomPlayer({ scenario, side: them, seed });
        const players = side === US ? { us: negotiator, mx: opponent } : { us: opponent, mx: negotiator };
        const { actions } = playMatch(rules, players, seed);
        const own = actions.filter((a) => a.side === side);
        for (const a of own) {
          expect(a.say, `${persona.id}:${difficulty} ${a.type}`).toBeDefined();
          if (!a.say) continue;
          expectBilingual(a.say.text, `${persona.id}:${difficulty} ${a.type}`);
          const claimsFinal = a.say.text.en.includes('final offer');
          expect(a.say.text.es.includes('última oferta')).toBe(claimsFinal);
          // Historical personas read the scenario's notes; an AI bluff is always flagged, and only a
          // bluffing persona bluffs.
          if (a.say.bluff) {
            bluffs++;
            expect(persona.bluffs).toBe(true);
            expect(claimsFinal).toBe(true);
          } else if (!persona.historical) {
            expect(claimsFinal).toBe(false);
          }
        }
      }
    }
    expect(bluffs).toBeGreaterThan(0);
  });
});

describe('proposalSpeech', () => {
  const k = knowledge.us;

  it('lists only the issues that differ from the status quo, with the scenario’s labels', () => {
    fc.assert(
      fc.property(termsArb, (terms) => {
        const text = proposalSpeech(k, terms, null);
        const changed: string[] = [];
        for (const issue of scenario.issues) {
          const pick = terms[issue.id];
          const option = issue.options.find((o) => o.id === pick);
          if (pick !== undefined && pick !== issue.statusQuo && option) changed.push(issue.id);
          else {
            expect(text.en).not.toContain(`${issue.label.en}:`);
            expect(text.es).not.toContain(`${issue.label.es}:`);
          }
        }
        // A statement is at most STATEMENT_MAX_LENGTH characters: a long list names the first terms
        // (in issue order) and counts the rest, which the offer itself holds.
        const named = changed.filter((id) => {
          const issue = scenario.issues.find((i) => i.id === id);
          const option = issue?.options.find((o) => o.id === terms[id]);
          if (!issue || !option) return false;
          const en = text.en.includes(`${issue.label.en}: ${option.label.en}`);
          expect(text.es.includes(`${issue.label.es}: ${option.label.es}`)).toBe(en);
          return en;
        });
        expect(named).toEqual(changed.slice(0, named.length));
        const rest = changed.length - named.length;
        if (rest > 0) {
          expect(text.en).toMatch(new RegExp(`; and ${rest} more\\.$`));
          expect(text.es).toMatch(new RegExp(`; y ${rest} más\\.$`));
        }
        expect([...text.en].length).toBeLessThanOrEqual(STATEMENT_MAX_LENGTH);
        expect([...text.es].length).toBeLessThanOrEqual(STATEMENT_MAX_LENGTH);
      }),
      { numRuns: 200 },
    );
  });

  it('reads a package that changes nothing as the status quo', () => {
    const sq = Object.fromEntries(scenario.issues.map((i) => [i.id, i.statusQuo]));
    for (const terms of [{}, sq]) {
      const text = proposalSpeech(k, terms, null);
      expect(text.en).toBe('We propose the status quo.');
      expect(text.es).toBe('Proponemos el statu quo.');
    }
  });

  it('lists two or more terms after a colon, with semicolons and "and"/"y", in the scenario’s issue order', () => {
    const text = proposalSpeech(
      k,
      { tariff: 'suspended', 'guard-size': 'troops-6000', stc: 'regional-talks' },
      null,
    );
    expect(labelOf('guard-size', 'troops-6000', 'en')).toBe('National Guard deployment: 6,000 troops');
    expect(text.en).toBe(
      `We propose: ${labelOf('guard-size', 'troops-6000', 'en')}; ${labelOf('stc', 'regional-talks', 'en')}; and ${labelOf('tariff', 'suspended', 'en')}.`,
    );
    expect(text.es).toBe(
      `Proponemos: ${labelOf('guard-size', 'troops-6000', 'es')}; ${labelOf('stc', 'regional-talks', 'es')}; y ${labelOf('tariff', 'suspended', 'es')}.`,
    );
    expect(proposalSpeech(k, { tariff: 'suspended' }, null).en).toBe(
      `We propose: ${labelOf('tariff', 'suspended', 'en')}.`,
    );
  });

  it('a final-offer claim adds "final offer" / "última oferta", and only then', () => {
    const terms = { 'guard-size': 'troops-10000' };
    const plain = proposalSpeech(k, terms, null);
    const final = proposalSpeech(k, terms, 'final-offer');
    expect(plain.en).not.toContain('final offer');
    expect(plain.es).not.toContain('última oferta');
    expect(final.en).toContain('final offer');
    expect(final.es).toContain('última oferta');
    expect(final.en.startsWith(plain.en)).toBe(true);
    expect(final.es.startsWith(plain.es)).toBe(true);
  });

  it('each claim says what it means, in both languages', () => {
    const terms = { 'guard-size': 'troops-10000' };
    const say = (claim: StatementIntent) => proposalSpeech(k, terms, claim, { date: '2019-06-10', rate: 5 });
    expect(say('walkout-warning').en).toContain('we leave the table');
    expect(say('walkout-warning').es).toContain('nos levantamos de la mesa');
    expect(say('deadline-threat').en).toContain('Sign before June 10, or the tariff goes to 5%.');
    expect(say('deadline-threat').es).toContain('Firmen antes del 10 de junio, o el arancel sube al 5%.');
    expect(say('principal-appeal').en).toContain(`${k.principal} will sign nothing less.`);
    expect(say('principal-appeal').es).toContain(`${k.principal} no firmará nada menos.`);
  });
});

describe('small pieces', () => {
  it('floorSlip states the floor out of 100', () => {
    expect(floorSlip(0.634).en).toContain('63/100');
    expect(floorSlip(0.634).es).toContain('63/100');
    expect(floorSlip(0.635).en).toContain('64/100');
  });

  it('append joins each language with itself', () => {
    expect(append({ en: 'a', es: 'b' }, { en: 'c', es: 'd' })).toEqual({ en: 'ac', es: 'bd' });
  });

  it('labelSpeech ends each label with a full stop', () => {
    expect(labelSpeech({ en: 'Call', es: 'Llamar' })).toEqual({ en: 'Call.', es: 'Llamar.' });
  });
});

function labelOf(issueId: string, optionId: string, lang: 'en' | 'es'): string {
  const issue = scenario.issues.find((i) => i.id === issueId);
  const option = issue?.options.find((o) => o.id === optionId);
  if (!issue || !option) throw new Error(`no ${issueId}=${optionId}`);
  return `${issue.label[lang]}: ${option.label[lang]}`;
}
