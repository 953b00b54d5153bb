// Texts the negotiation screen's canvas draws: the tariff ladder, the calendar, the map's labels,
// the troop markers, the meters and the portraits' name plates.
import { texts } from '../texts';

export const worldTexts = texts({
  ladderTitle: { en: 'Tariff on Mexican goods', es: 'Arancel a bienes mexicanos' },
  ladderToday: { en: 'Today {rate}', es: 'Hoy {rate}' },
  ladderNext: { en: '{rate} in {days} days', es: '{rate} en {days} días' },
  ladderNextOne: { en: '{rate} tomorrow', es: '{rate} mañana' },
  ladderNextToday: { en: '{rate} today', es: '{rate} hoy' },
  ladderSuspended: { en: 'Suspended by the deal', es: 'Suspendido por el acuerdo' },
  ladderThreatened: { en: 'Threatened', es: 'Amenaza' },
  ladderInForce: { en: 'In force', es: 'En vigor' },
  ladderFrozen: { en: 'Frozen', es: 'Congelado' },
  ladderReinstated: { en: 'Reinstated', es: 'Restablecido' },
  calendarTitle: { en: 'Meetings', es: 'Reuniones' },
  calendarRound: { en: 'Meeting {round} of {count}', es: 'Reunión {round} de {count}' },
  calendarLeft: { en: '{count} meetings before the deadline', es: '{count} reuniones antes del plazo' },
  calendarLeftOne: { en: 'Last meeting before the deadline', es: 'Última reunión antes del plazo' },
  calendarDays: { en: '{days} days to {date}', es: '{days} días para el {date}' },
  calendarDayOne: { en: '1 day to {date}', es: '1 día para el {date}' },
  calendarDeadlineToday: { en: 'Deadline today', es: 'El plazo vence hoy' },
  calendarAfter: {
    en: 'Past the deadline: next step {date}',
    es: 'Plazo vencido: próximo escalón el {date}',
  },
  calendarDeal: { en: 'Deal signed {date}', es: 'Acuerdo firmado el {date}' },
  calendarAfterNone: { en: 'Past the deadline', es: 'Plazo vencido' },
  slotAm: { en: 'am', es: 'mañana' },
  slotPm: { en: 'pm', es: 'tarde' },
  flowsLabel: { en: '{count} border encounters a month', es: '{count} encuentros fronterizos al mes' },
  flowsChange: { en: '{change} since May', es: '{change} desde mayo' },
  troopsCount: { en: '{count} troops', es: '{count} elementos' },
  troopsTitle: { en: 'National Guard', es: 'Guardia Nacional' },
  troopsProposed: { en: 'on the table', es: 'sobre la mesa' },
  troopsAgreed: { en: 'agreed', es: 'acordado' },
  meterEstimate: { en: 'about {low}–{high}', es: 'entre {low} y {high}' },
  meterEstimateShort: { en: '{low}–{high}?', es: '{low}–{high}?' },
  portraitYou: { en: 'You', es: 'Usted' },
  portraitSpeaking: { en: 'spoke last', es: 'habló al final' },
});

/** The places the map names; the region map's place ids are the keys. */
export const placeTexts = texts({
  washington: { en: 'Washington', es: 'Washington' },
  'mexico-city': { en: 'Mexico City', es: 'Ciudad de México' },
  'guatemala-city': { en: 'Guatemala City', es: 'Ciudad de Guatemala' },
  tijuana: { en: 'Tijuana', es: 'Tijuana' },
  'ciudad-juarez': { en: 'Ciudad Juárez', es: 'Ciudad Juárez' },
  'nuevo-laredo': { en: 'Nuevo Laredo', es: 'Nuevo Laredo' },
  matamoros: { en: 'Matamoros', es: 'Matamoros' },
  tapachula: { en: 'Tapachula', es: 'Tapachula' },
  tenosique: { en: 'Tenosique', es: 'Tenosique' },
});
