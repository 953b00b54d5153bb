// A calendar day in words, for what negotiators say and the debrief shows.
import type { LocalText } from '../scenario/schema';

const MONTHS = {
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
  es: [
    'enero',
    'febrero',
    'marzo',
    'abril',
    'mayo',
    'junio',
    'julio',
    'agosto',
    'septiembre',
    'octubre',
    'noviembre',
    'diciembre',
  ],
};

/** "June 6" and "6 de junio" from an ISO date; by hand, so the text never depends on the host's locale data. */
export function dayText(iso: string): LocalText {
  const month = Number(iso.slice(5, 7)) - 1;
  const day = Number(iso.slice(8, 10));
  return { en: `${MONTHS.en[month] ?? iso} ${day}`, es: `${day} de ${MONTHS.es[month] ?? iso}` };
}
