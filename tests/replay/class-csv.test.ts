import { describe, expect, it } from 'vitest';
import { CSV_HEADER, csvField, toCsv } from '../../src/replay/class-csv';
import type { ClassRow } from '../../src/replay/class-results';
import type { SideId } from '../../src/scenario/sides';

const US = 'us' as SideId;
const MX = 'mx' as SideId;

const row = (over: Partial<ClassRow> = {}): ClassRow => ({
  scenarioId: 'june-2019',
  sides: [US, MX],
  players: { us: 'person', mx: 'pragmatist:hard' },
  outcome: 'deal',
  walkoutBy: null,
  historical: false,
  agreementRound: 4,
  score: { us: 71.5, mx: 64 },
  point: { us: 0.712345, mx: 0.6 },
  toFrontier: 0.012,
  toNash: 0.000001,
  ...over,
});

/** RFC 4180 read back: quoted fields may hold commas, quotes (doubled) and line breaks. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let field = '';
  let record: string[] = [];
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      record.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      i++;
    } else field += c;
  }
  return records;
}

describe('toCsv', () => {
  it('writes a header row, then a row per game, every line ended by CRLF', () => {
    const text = toCsv([row(), row({ outcome: 'walkout', walkoutBy: MX, agreementRound: null })]);
    expect(text.split('\r\n')).toEqual([
      CSV_HEADER.join(','),
      'june-2019,us,mx,person,pragmatist:hard,deal,,no,4,71.5,64,0.712345,0.6,0.012,0.000001',
      'june-2019,us,mx,person,pragmatist:hard,walkout,mx,,,71.5,64,0.712345,0.6,0.012,0.000001',
      '',
    ]);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('leaves a field blank where there is nothing: no deal, no meeting, no distance', () => {
    const [, cells] = parseCsv(
      toCsv([row({ outcome: 'no-deal', agreementRound: null, toFrontier: null, toNash: null })]),
    );
    const at = (name: (typeof CSV_HEADER)[number]) => cells?.[CSV_HEADER.indexOf(name)];
    expect(at('agreement_round')).toBe('');
    expect(at('historical_deal')).toBe('');
    expect(at('distance_to_frontier')).toBe('');
    expect(at('distance_to_nash')).toBe('');
    expect(at('outcome')).toBe('no-deal');
  });

  it('says yes for a deal on the historical terms', () => {
    const [, cells] = parseCsv(toCsv([row({ historical: true })]));
    expect(cells?.[CSV_HEADER.indexOf('historical_deal')]).toBe('yes');
  });

  it('quotes a field holding a comma, a quote or a line break, and reads back the same', () => {
    const names = ['a,b', 'say "hi"', 'two\nlines', 'cr\rlf', 'plain'];
    const text = toCsv(names.map((name) => row({ players: { us: name, mx: 'random' } })));
    const records = parseCsv(text);
    expect(records).toHaveLength(names.length + 1);
    expect(records.slice(1).map((r) => r[3])).toEqual(names);
    expect(records.every((r) => r.length === CSV_HEADER.length)).toBe(true);
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('a,b')).toBe('"a,b"');
  });

  it('keeps a name that would start a spreadsheet formula from being one', () => {
    for (const name of ['=HYPERLINK("x")', '+1', '-2', '@SUM(A1)']) expect(csvField(name)).toMatch(/^"?'/);
    // Numbers are numbers, negative or not.
    expect(csvField(-2)).toBe('-2');
  });

  it('writes numbers in plain decimals, at most six places, never an exponent', () => {
    expect(csvField(0.0000001)).toBe('0');
    expect(csvField(0.000001)).toBe('0.000001');
    expect(csvField(1 / 3)).toBe('0.333333');
    expect(csvField(100)).toBe('100');
  });

  it('puts the sides in columns a and b, in the scenario order, whatever their ids', () => {
    const north = 'north' as SideId;
    const south = 'south' as SideId;
    const [, cells] = parseCsv(
      toCsv([
        row({
          scenarioId: 'small',
          sides: [north, south],
          players: { south: 'random', north: 'history' },
          score: { south: 10, north: 90 },
          point: { south: 0.1, north: 0.9 },
        }),
      ]),
    );
    expect(cells?.slice(0, 5)).toEqual(['small', 'north', 'south', 'history', 'random']);
    expect(cells?.slice(9, 13)).toEqual(['90', '10', '0.9', '0.1']);
  });

  it('is only the header for no games', () => {
    expect(toCsv([])).toBe(`${CSV_HEADER.join(',')}\r\n`);
  });
});
