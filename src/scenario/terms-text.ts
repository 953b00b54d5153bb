// A package's terms as words: the issues where it departs from the status quo, as "Issue: option",
// in both languages. One wording for the negotiators' speech, the log and the debrief.
import type { LocalText } from './schema';

/** The public face of an issue: what the text needs, and all an AI's knowledge keeps of it. */
export interface LabelledIssue {
  readonly id: string;
  readonly label: LocalText;
  readonly statusQuo: string;
  readonly options: readonly { readonly id: string; readonly label: LocalText }[];
}

/** Each term that moves off the status quo, as "Issue: option", in the scenario's issue order. */
export function termLines(
  issues: readonly LabelledIssue[],
  terms: Readonly<Record<string, string>>,
): { en: string[]; es: string[] } {
  const en: string[] = [];
  const es: string[] = [];
  for (const issue of issues) {
    const pick = terms[issue.id];
    if (pick === undefined || pick === issue.statusQuo) continue;
    const option = issue.options.find((o) => o.id === pick);
    if (!option) continue;
    en.push(`${issue.label.en}: ${option.label.en}`);
    es.push(`${issue.label.es}: ${option.label.es}`);
  }
  return { en, es };
}

// Semicolons, because option labels have commas of their own ("Nationwide, priority to the south").
const join = (parts: readonly string[], and: string) =>
  parts.length <= 1
    ? (parts[0] ?? '')
    : `${parts.slice(0, -1).join('; ')}; ${and} ${parts[parts.length - 1]}`;

/** The terms as one phrase ("Issue: option; and Issue: option"), or the status quo by name. */
export function termsText(
  issues: readonly LabelledIssue[],
  terms: Readonly<Record<string, string>>,
): LocalText {
  const lines = termLines(issues, terms);
  if (lines.en.length === 0) return { en: 'the status quo', es: 'el statu quo' };
  return { en: join(lines.en, 'and'), es: join(lines.es, 'y') };
}
