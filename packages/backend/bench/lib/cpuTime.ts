import { readFileSync } from 'node:fs';

/** CPU seconds used so far, read from /proc. */
export interface CpuTime {
  /** By the process, all its threads (the run's worker thread included). */
  process: number;
  /**
   * By the process's main thread alone, which serves requests, the
   * catalog's side of the read and the database work; the rest of the
   * process's time is the run's worker and V8's and libuv's helpers.
   */
  mainThread: number;
  /** By the whole machine: the backend, PostgreSQL and anything else. */
  machineBusy: number;
  /** Available on the whole machine: every core's time, busy or idle. */
  machineTotal: number;
}

// Linux counts /proc's CPU times in clock ticks of USER_HZ, 100 on every
// architecture Node supports.
const TICKS_PER_SECOND = 100;

/** User and system clock ticks of a process or thread, from its stat file. */
function ticksOf(statFile: string): number {
  // The command name in parentheses may hold spaces: fields count from it.
  const stat = readFileSync(statFile, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return Number(fields[11]) + Number(fields[12]);
}

/** The CPU seconds used by process `pid` and by the machine until now. */
export function cpuTime(pid: number): CpuTime {
  const [user, nice, system, idle, iowait, irq, softirq, steal] = readFileSync(
    '/proc/stat',
    'utf8',
  )
    .split('\n')[0]
    .trim()
    .split(/\s+/)
    .slice(1)
    .map(Number);
  const busy = user + nice + system + irq + softirq + steal;
  return {
    process: ticksOf(`/proc/${pid}/stat`) / TICKS_PER_SECOND,
    // The main thread's id is the process's.
    mainThread: ticksOf(`/proc/${pid}/task/${pid}/stat`) / TICKS_PER_SECOND,
    machineBusy: busy / TICKS_PER_SECOND,
    machineTotal: (busy + idle + iowait) / TICKS_PER_SECOND,
  };
}

/** What was used between two readings. */
export function cpuUsedBetween(before: CpuTime, after: CpuTime): CpuTime {
  return {
    process: after.process - before.process,
    mainThread: after.mainThread - before.mainThread,
    machineBusy: after.machineBusy - before.machineBusy,
    machineTotal: after.machineTotal - before.machineTotal,
  };
}
