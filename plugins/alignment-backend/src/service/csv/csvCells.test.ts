import { csvCell, csvLine, csvText } from './csvCells';

describe('CSV cells', () => {
  it('quotes every text cell, so separators of any locale stay inside it', () => {
    expect(csvText('payments')).toBe('"payments"');
    expect(csvText('a,b;c')).toBe('"a,b;c"');
    expect(csvText('say "hi"\nthen go')).toBe('"say ""hi""\nthen go"');
  });

  it('neutralises text a spreadsheet would run as a formula', () => {
    for (const formula of [
      '=HYPERLINK("http://x")',
      '+1+1',
      '-2+3',
      '@SUM(A1)',
      '\t=1',
      '\r=1',
      '＝1+1',
      '＋1',
      '－1',
      '＠A1',
    ]) {
      expect(csvText(formula)).toBe(`"'${formula.replace(/"/g, '""')}"`);
    }
    // A separator followed by a formula stays one quoted, inert cell.
    expect(csvText('x;=cmd|"/c calc"!A0')).toBe('"x;=cmd|""/c calc""!A0"');
  });

  it('keeps numbers and booleans bare, negative numbers included', () => {
    expect(csvCell(87)).toBe('87');
    expect(csvCell(-12)).toBe('-12');
    expect(csvCell(0.5)).toBe('0.5');
    expect(csvCell(Number.NaN)).toBe('');
    expect(csvCell(true)).toBe('true');
    expect(csvCell(undefined)).toBe('');
    expect(csvCell(null)).toBe('');
  });

  it('joins lists into one text cell', () => {
    expect(csvCell(['ownership', 'strategic'])).toBe('"ownership strategic"');
    expect(csvCell(['=1', 'b'])).toBe(`"'=1 b"`);
  });

  it('ends each line with CRLF', () => {
    expect(csvLine(['a', 1, false, undefined])).toBe('"a",1,false,\r\n');
  });
});
