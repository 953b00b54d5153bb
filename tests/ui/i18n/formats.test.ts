// Numbers and dates as each language writes them (Intl): the game promises 15.000 and "7 de junio".
import { describe, expect, it } from 'vitest';
import { formatBillions, formatDate, formatNumber, formatPercent } from '../../../src/ui/i18n/formats';
import { say } from '../../../src/ui/i18n/texts';

describe('formats', () => {
  it('groups thousands as each language does', () => {
    expect(formatNumber('es', 15000)).toBe('15.000');
    expect(formatNumber('en', 15000)).toBe('15,000');
    expect(formatNumber('es', 1500)).toBe('1.500');
    expect(formatNumber('es', 0.735, 3)).toBe('0,735');
  });

  it('writes dates as each language does', () => {
    expect(formatDate('es', '2019-06-07')).toBe('7 de junio');
    expect(formatDate('en', '2019-06-07')).toBe('June 7');
    expect(formatDate('en', '2019-06-07', true)).toBe('June 7, 2019');
  });

  it('writes percentages with the language’s spacing', () => {
    expect(formatPercent('en', 0.25)).toBe('25%');
    expect(formatPercent('es', 0.25).replace(/\s/g, ' ')).toBe('25 %');
  });

  it('writes billions of dollars in each language’s own order of magnitude', () => {
    expect(formatBillions('en', 5.4111)).toBe('$5.4B');
    expect(formatBillions('es', 5.4111)).toBe('5,4 mil M US$');
    expect(formatBillions('es', 1234.5)).toBe('1.234,5 mil M US$');
  });

  it('formats the numbers `say` fills in', () => {
    expect(say('es', { en: '{n} troops', es: '{n} elementos' }, { n: 15000 })).toBe('15.000 elementos');
    expect(say('en', { en: '{n} troops', es: '{n} elementos' }, { n: 15000 })).toBe('15,000 troops');
  });
});
