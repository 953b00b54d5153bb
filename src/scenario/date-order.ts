// The dates of a scenario run forwards: the calendar's start, deadline and end; the tariff steps from
// the deadline on; the steps of the historical script. ISO dates compare correctly as strings.
import type { Rule } from './rule';

const calendarOrder: Rule = ({ scenario, report }) => {
  const { start, deadline, end } = scenario.calendar;
  if (!(start < deadline)) {
    report(
      'consistency',
      ['calendar', 'deadline'],
      `the deadline ${deadline} must come after the start ${start}`,
    );
  }
  if (!(deadline <= end)) {
    report(
      'consistency',
      ['calendar', 'end'],
      `the end ${end} must not come before the deadline ${deadline}`,
    );
  }
};

const tariffOrder: Rule = ({ scenario, report }) => {
  const { deadline } = scenario.calendar;
  let previous: string | undefined;
  scenario.tariff.schedule.forEach((step, i) => {
    const path = ['tariff', 'schedule', i, 'date'];
    if (previous === undefined) {
      if (step.date !== deadline) {
        const message = `the first tariff step must fall on the deadline ${deadline}, not ${step.date}`;
        report('consistency', path, message);
      }
    } else if (!(step.date > previous)) {
      const message = `tariff steps must be in date order: ${step.date} does not come after ${previous}`;
      report('consistency', path, message);
    }
    previous = step.date;
  });
};

const scriptOrder: Rule = ({ scenario, report }) => {
  let previous: string | undefined;
  scenario.historical.script.forEach((step, i) => {
    if (previous !== undefined && step.date < previous) {
      const message = `script steps must be in date order: ${step.date} comes before ${previous}`;
      report('consistency', ['historical', 'script', i, 'date'], message);
    }
    previous = step.date;
  });
};

export const dateOrderRules: readonly Rule[] = [calendarOrder, tariffOrder, scriptOrder];
