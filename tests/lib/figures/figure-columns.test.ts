import { describe, expect, it } from 'vitest';
import { altSeries, approxColumn, cellText, figureCsv, figureModel, figureTable, kindColumn, percentOrNull, type FigureColumn } from '../../../src/lib/figures/figure-columns';

interface Row {
  label: string;
  rate: number | null;
  n?: number;
}

// Two rows, hand-made: a rate with many decimals (the CSV rounds it) and an empty group.
const rows: Row[] = [
  { label: 'Nej', rate: 1.123456789, n: 90 },
  { label: 'Ja, "helt"', rate: null },
];
const columns: FigureColumn<Row>[] = [
  { key: 'answer', head: 'Svar', format: (r) => r.label, csv: (r) => r.label },
  { key: 'rate_percent', head: 'Andel', format: (r) => (r.rate == null ? '–' : `${r.rate.toFixed(1)} %`), csv: (r) => r.rate, alt: (r) => `(${r.rate ?? 'ingen'})` },
  { key: 'n', head: 'Antal', format: (r) => String(r.n ?? 0), csv: (r) => r.n, sampleOnly: true },
  { key: 'note', head: 'Not', format: () => 'bara i tabellen' },
  kindColumn(() => 'sample'),
];

describe('figure columns', () => {
  it('make the table from the columns with a header, leaving sample-only ones out of the published view', () => {
    expect(figureTable({ rows, columns }, 'sample')).toEqual({
      head: ['Svar', 'Andel', 'Antal', 'Not'],
      rows: [
        ['Nej', '1.1 %', '90', 'bara i tabellen'],
        ['Ja, "helt"', '–', '0', 'bara i tabellen'],
      ],
    });
    expect(figureTable({ rows, columns }, 'published').head).toEqual(['Svar', 'Andel', 'Not']);
  });

  it('make the CSV from the columns with a CSV value: numbers rounded to 4 decimals, missing values empty, text quoted', () => {
    expect(figureCsv({ rows, columns }).split('\n')).toEqual(['answer,rate_percent,n,kind', 'Nej,1.1235,90,sample', '"Ja, ""helt""",,,sample']);
  });

  it('make the alt series from the named columns, using a column\'s alt text where it has one', () => {
    expect(altSeries({ rows, columns }, ['answer', 'rate_percent'])).toBe('Nej (1.123456789), Ja, "helt" (ingen)');
    expect(altSeries({ rows: [rows[0]!], columns }, ['answer', 'n'], ': ')).toBe('Nej: 90');
    expect(() => altSeries({ rows, columns }, ['missing'])).toThrow(/missing/);
    expect(cellText(columns, 'rate_percent', rows[0]!)).toBe('1.1 %');
  });

  it('refuse a column with a header but no cell format', () => {
    expect(() => figureTable({ rows, columns: [{ key: 'x', head: 'X' }] }, 'sample')).toThrow(/no format/);
  });

  it('build a model whose table and CSV come from the same rows', () => {
    const model = figureModel({
      rows,
      columns,
      caption: 'c',
      takeaway: 't',
      alt: 'a',
      kind: 'published',
      sourceLine: 's',
      note: '',
      plot: () => ({}),
    });
    expect(model.table.rows).toHaveLength(2);
    expect(model.table.head).not.toContain('Antal');
    expect(model.csv.split('\n')).toEqual(['answer,rate_percent,n,kind,approx,source', 'Nej,1.1235,90,sample,,s', '"Ja, ""helt""",,,sample,,s']);
    expect(model.data.keys).toEqual(['answer', 'rate_percent', 'n', 'kind', 'approx', 'source']);
    expect(model.how).toBeNull();
    expect(model).not.toHaveProperty('rows');
  });

  it('neutralise text cells a spreadsheet would run as a formula, and leave numbers alone', () => {
    const risky = [{ label: '=HYPERLINK("x")', rate: -1.5 }, { label: '+1', rate: null }, { label: '@SUM(A1)', rate: null }, { label: '-2', rate: null }, { label: 'Ja', rate: null }];
    const lines = figureCsv({ rows: risky, columns: columns.slice(0, 2) }).split('\n');
    expect(lines.slice(1)).toEqual([`"'=HYPERLINK(""x"")",-1.5`, "'+1,", "'@SUM(A1),", "'-2,", 'Ja,']);
  });

  it('end every CSV with kind, approx and source columns, keeping a kind or approx the figure declares', () => {
    const model = figureModel({
      rows,
      columns: [columns[0]!, approxColumn<Row>((r) => (r.label === 'Nej' ? 'just_under' : undefined))],
      caption: 'c', takeaway: 't', alt: 'a', kind: 'published', sourceLine: 'Tabell 2', note: '', plot: () => ({}),
    });
    expect(model.csv.split('\n')).toEqual(['answer,approx,kind,source', 'Nej,just_under,published,Tabell 2', '"Ja, ""helt""",,published,Tabell 2']);
  });

  it('turn a proportion into per cent and keep a missing one missing', () => {
    expect(percentOrNull(0.25)).toBe(25);
    expect(percentOrNull(null)).toBeNull();
    expect(percentOrNull(undefined)).toBeNull();
  });
});
