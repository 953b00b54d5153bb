// The log of the talks in words: one sentence per entry, in the chosen language, with the issues
// each entry touches so the drawer can filter by issue. Pure; the announcer reads the same lines.
import type { DeepReadonly, LogEntry, Package } from '../../engine';
import type { Scenario } from '../../scenario/schema';
import { sideInfo } from '../../scenario/sides';
import { termsText } from '../../scenario/terms-text';
import { logTexts as T } from '../i18n/areas/log';
import { formatPercent } from '../i18n/formats';
import { type Lang, say } from '../i18n/texts';

export interface LogLine {
  readonly seq: number;
  readonly date: string;
  readonly kind: LogEntry['kind'];
  readonly text: string;
  /** The issues the entry names (an offer's or a deal's terms off the status quo). */
  readonly issues: readonly string[];
}

function movedIssues(scenario: Scenario, terms: Readonly<Record<string, string>>): string[] {
  return scenario.issues
    .filter((i) => terms[i.id] !== undefined && terms[i.id] !== i.statusQuo)
    .map((i) => i.id);
}

function packageText(scenario: Scenario, lang: Lang, pkg: DeepReadonly<Package>): string {
  const terms = termsText(scenario.issues, pkg.terms)[lang];
  const c = pkg.conditional;
  if (!c) return terms;
  return `${terms}. ${say(lang, T.clause, { day: c.review, then: termsText(scenario.issues, c.then)[lang] })}`;
}

/** One entry as a sentence, or null for bookkeeping entries nobody needs to read. */
export function logLine(scenario: Scenario, lang: Lang, entry: DeepReadonly<LogEntry>): LogLine | null {
  const base = { seq: entry.seq, date: entry.date, kind: entry.kind };
  switch (entry.kind) {
    case 'action': {
      const a = entry.action;
      const who = sideInfo(scenario, a.side).negotiator.name;
      let text: string;
      let issues: string[] = [];
      switch (a.type) {
        case 'propose':
        case 'counter':
          text = say(lang, a.type === 'propose' ? T.propose : T.counter, {
            who,
            terms: packageText(scenario, lang, a.package),
          });
          issues = movedIssues(scenario, { ...a.package.terms, ...(a.package.conditional?.then ?? {}) });
          break;
        case 'unilateral': {
          const m = scenario.moves.find((x) => x.id === a.move);
          text = say(lang, T.unilateral, { who, move: m ? m.label[lang] : a.move });
          break;
        }
        case 'consult': {
          const c = scenario.consultations.find((x) => x.id === a.consultation);
          text = say(lang, T.consult, { who, consultation: c ? c.label[lang] : a.consultation });
          break;
        }
        default:
          text = say(lang, T[a.type], { who });
      }
      // A statement that only repeats the move's name adds nothing to the sentence.
      const heard = a.say?.text[lang];
      if (heard && !text.includes(heard.replace(/[.!?]$/, '')))
        text = `${text} ${say(lang, T.said, { text: heard })}`;
      return { ...base, text, issues };
    }
    case 'event': {
      const e = scenario.events.find((x) => x.id === entry.event);
      if (!e) return null;
      return { ...base, text: `${e.title[lang]}. ${e.text[lang]}`, issues: [] };
    }
    case 'tariff': {
      const rate = formatPercent(lang, entry.rate / 100);
      const text =
        entry.status === 'suspended'
          ? say(lang, T.tariffSuspended)
          : entry.status === 'in-force' || entry.status === 'reinstated'
            ? say(lang, T.tariffImposed, { rate })
            : say(lang, T.tariffOther, { rate, status: entry.status });
      return { ...base, text, issues: [] };
    }
    case 'ratification':
      return {
        ...base,
        text: entry.passed
          ? say(lang, T.ratified)
          : say(lang, T.notRatified, {
              failures: entry.failures
                .map((id) => scenario.winsets.find((w) => w.id === id)?.failure[lang] ?? id)
                .join('; '),
            }),
        issues: [],
      };
    case 'deal':
      return {
        ...base,
        text: entry.historical
          ? `${scenario.historical.title[lang]}.`
          : say(lang, T.deal, { terms: termsText(scenario.issues, entry.terms)[lang] }),
        issues: movedIssues(scenario, entry.terms),
      };
    case 'review':
      return {
        ...base,
        text: say(lang, T.review, {
          day: entry.result.day,
          encounters: entry.result.encounters,
          drop: entry.result.dropPct,
        }),
        issues: [],
      };
    case 'intel':
      return { ...base, text: say(lang, T.intel), issues: [] };
    case 'end': {
      const key =
        entry.outcome === 'deal'
          ? 'endDeal'
          : entry.outcome === 'walkout'
            ? 'endWalkout'
            : entry.outcome === 'no-deal'
              ? 'endNoDeal'
              : 'endOther';
      return { ...base, text: say(lang, T[key]), issues: [] };
    }
    default:
      return null;
  }
}

export function logLines(
  scenario: Scenario,
  lang: Lang,
  log: readonly DeepReadonly<LogEntry>[],
  issue: string | null = null,
): LogLine[] {
  const out: LogLine[] = [];
  for (const entry of log) {
    const line = logLine(scenario, lang, entry);
    if (line && (issue === null || line.issues.includes(issue))) out.push(line);
  }
  return out;
}

/** The counterpart's last words, from the log: its last action with a statement. */
export function lastStatement(
  log: readonly DeepReadonly<LogEntry>[],
  side: string,
): { seq: number; text: DeepReadonly<LogEntry & { kind: 'action' }>['action']['say'] } | null {
  for (let i = log.length - 1; i >= 0; i--) {
    const e = log[i];
    if (e && e.kind === 'action' && e.action.side !== side && e.action.say)
      return { seq: e.seq, text: e.action.say };
  }
  return null;
}
