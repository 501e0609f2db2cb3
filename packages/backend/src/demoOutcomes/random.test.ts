import { seededBetween, seededNoise, seededUnit } from './random';

describe('seeded pseudo-random numbers', () => {
  it('gives the same number for the same parts, and another for other parts', () => {
    expect(seededUnit('a', 1)).toBe(seededUnit('a', 1));
    expect(seededUnit('a', 1)).not.toBe(seededUnit('a', 2));
    // Parts are kept apart: ('ab', 'c') is not ('a', 'bc').
    expect(seededUnit('ab', 'c')).not.toBe(seededUnit('a', 'bc'));
  });

  it('spreads numbers evenly over [0, 1)', () => {
    const draws = Array.from({ length: 10_000 }, (_, i) => seededUnit('x', i));
    expect(Math.min(...draws)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...draws)).toBeLessThan(1);
    const mean = draws.reduce((sum, d) => sum + d, 0) / draws.length;
    expect(mean).toBeGreaterThan(0.48);
    expect(mean).toBeLessThan(0.52);
    const lowTenth = draws.filter(d => d < 0.1).length;
    expect(lowTenth).toBeGreaterThan(900);
    expect(lowTenth).toBeLessThan(1100);
  });

  it('scales to a range and to symmetric noise', () => {
    for (let i = 0; i < 100; i++) {
      const between = seededBetween(7, 12, 'y', i);
      expect(between).toBeGreaterThanOrEqual(7);
      expect(between).toBeLessThan(12);
      expect(Math.abs(seededNoise(0.5, 'z', i))).toBeLessThanOrEqual(0.5);
    }
  });
});
