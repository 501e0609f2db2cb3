import { inSlices } from './inSlices';

describe('inSlices', () => {
  it('yields every item in order', async () => {
    const seen: number[] = [];
    for await (const item of inSlices([1, 2, 3])) seen.push(item);
    expect(seen).toEqual([1, 2, 3]);
  });

  it('lets other work run between items once a slice is used up', async () => {
    let turns = 0;
    let waiting = true;
    const count = () => {
      turns += 1;
      if (waiting) setImmediate(count);
    };
    setImmediate(count);
    const turnsSeen: number[] = [];
    // A slice of 0 ms is always used up: the loop gets a turn after each item.
    for await (const item of inSlices([1, 2, 3, 4], 0)) {
      turnsSeen.push(turns);
      expect(item).toBeGreaterThan(0);
    }
    waiting = false;
    expect(turnsSeen).toEqual([0, 1, 2, 3]);
  });

  it('keeps a busy loop to itself while the slice lasts', async () => {
    let turns = 0;
    setImmediate(() => {
      turns += 1;
    });
    for await (const item of inSlices([1, 2, 3, 4], 60_000)) {
      expect(item).toBeGreaterThan(0);
    }
    expect(turns).toBe(0);
  });
});
