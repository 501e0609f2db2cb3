import { retryOnDeadlock } from './retryOnDeadlock';

function deadlock(code = 'ER_LOCK_DEADLOCK') {
  return Object.assign(new Error('Deadlock found when trying to get lock'), {
    code,
  });
}

describe('retryOnDeadlock', () => {
  it('runs a transaction again after the database broke a deadlock', async () => {
    const transaction = jest
      .fn()
      .mockRejectedValueOnce(deadlock())
      .mockRejectedValueOnce(deadlock('40P01'))
      .mockResolvedValue('written');
    await expect(retryOnDeadlock(transaction)).resolves.toBe('written');
    expect(transaction).toHaveBeenCalledTimes(3);
  });

  it('reports the deadlock after five attempts', async () => {
    const transaction = jest.fn().mockRejectedValue(deadlock('40001'));
    await expect(retryOnDeadlock(transaction)).rejects.toThrow(/Deadlock/);
    expect(transaction).toHaveBeenCalledTimes(5);
  });

  it('does not retry other errors', async () => {
    const transaction = jest
      .fn()
      .mockRejectedValue(
        Object.assign(new Error('duplicate'), { code: 'ER_DUP_ENTRY' }),
      );
    await expect(retryOnDeadlock(transaction)).rejects.toThrow('duplicate');
    expect(transaction).toHaveBeenCalledTimes(1);
  });
});
