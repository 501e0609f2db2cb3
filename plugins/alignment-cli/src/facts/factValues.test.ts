import { factKeyProblem, parseFactValue } from './factValues';
import { isIsoTimestamp } from './isoTimestamp';

describe('parseFactValue', () => {
  it.each([
    ['12', 12],
    ['-0.5', -0.5],
    ['+3', 3],
    ['.25', 0.25],
    ['1e3', 1000],
    ['true', true],
    ['false', false],
    // Not plain finite decimals, so kept as text.
    ['1e999', '1e999'],
    ['0x10', '0x10'],
    ['Infinity', 'Infinity'],
    ['NaN', 'NaN'],
    [' 12', ' 12'],
    ['12 ', '12 '],
    ['TRUE', 'TRUE'],
    ['v1.2.3', 'v1.2.3'],
    ['a=b', 'a=b'],
  ])('reads %j as %j', (text, value) => {
    expect(parseFactValue(text)).toBe(value);
  });
});

describe('factKeyProblem', () => {
  it.each(['a', 'deploymentFrequencyPerWeek', 'x_1', 'A9'])(
    'accepts %j',
    key => {
      expect(factKeyProblem(key)).toBeUndefined();
    },
  );
  it.each(['', '1a', '_a', 'a-b', 'a.b', 'a b', 'é'])('refuses %j', key => {
    expect(factKeyProblem(key)).toContain('is not a fact key');
  });
});

describe('isIsoTimestamp', () => {
  it.each([
    '2025-06-01',
    '2025-06-01T12:00Z',
    '2025-06-01T12:00:00Z',
    '2025-06-01T12:00:00.123Z',
    '2025-06-01T23:59:59+02:00',
    '2025-06-01T00:00:00-05:30',
    '2024-02-29T00:00:00Z',
  ])('accepts %j', text => {
    expect(isIsoTimestamp(text)).toBe(true);
  });
  it.each([
    '',
    'yesterday',
    '2025-06-01T12:00:00', // no time zone
    '2025-02-29T00:00:00Z', // not a leap year
    '2025-04-31',
    '2025-13-01',
    '2025-00-10',
    '2025-06-01T24:00:00Z',
    '2025-06-01T12:60:00Z',
    '2025-06-01 12:00:00Z',
    '1717236000',
  ])('refuses %j', text => {
    expect(isIsoTimestamp(text)).toBe(false);
  });
});
