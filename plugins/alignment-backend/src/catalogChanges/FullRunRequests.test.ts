import { mockServices } from '@backstage/backend-test-utils';
import { ConflictError } from '@backstage/errors';
import { FullRunRequests } from './FullRunRequests';

const settle = () => new Promise(resolve => setTimeout(resolve, 50));

describe('FullRunRequests', () => {
  it('asks once for requests that arrive together', async () => {
    const triggerTask = jest.fn(async () => {});
    const requests = new FullRunRequests({
      triggerTask,
      logger: mockServices.logger.mock(),
    });
    requests.request();
    requests.request();
    await settle();
    expect(triggerTask).toHaveBeenCalledTimes(1);
    requests.request();
    await settle();
    expect(triggerTask).toHaveBeenCalledTimes(2);
  });

  it('asks again while a run is under way, until one starts', async () => {
    let running = 2;
    const triggerTask = jest.fn(async () => {
      if (running-- > 0) throw new ConflictError('Task is currently running');
    });
    const requests = new FullRunRequests({
      triggerTask,
      logger: mockServices.logger.mock(),
      retryMs: 5,
    });
    requests.request();
    await settle();
    expect(triggerTask).toHaveBeenCalledTimes(3);
  });

  it('gives up, with a warning, on other errors and after the last attempt', async () => {
    const logger = mockServices.logger.mock();
    const failing = new FullRunRequests({
      triggerTask: async () => {
        throw new Error('no such task');
      },
      logger,
    });
    failing.request();
    const busy = jest.fn(async () => {
      throw new ConflictError('Task is currently running');
    });
    const patient = new FullRunRequests({
      triggerTask: busy,
      logger,
      retryMs: 1,
      maxAttempts: 3,
    });
    patient.request();
    await settle();
    expect(busy).toHaveBeenCalledTimes(3);
    expect(logger.warn).toHaveBeenCalledTimes(2);
  });
});
