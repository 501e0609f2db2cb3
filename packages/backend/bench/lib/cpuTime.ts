import { readFileSync } from 'node:fs';

/** CPU seconds used so far, read from /proc. */
export interface CpuTime {
  /** By the process, all its threads (the run's worker thread included). */
  process: number;
  /** By the whole machine: the backend, PostgreSQL and anything else. */
  machineBusy: number;
  /** Available on the whole machine: every core's time, busy or idle. */
  machineTotal: number;
}

// Linux counts /proc's CPU times in clock ticks of USER_HZ, 100 on every
// architecture Node supports.
const TICKS_PER_SECOND = 100;

/** The CPU seconds used by process `pid` and by the machine until now. */
export function cpuTime(pid: number): CpuTime {
  // The command name in parentheses may hold spaces: fields count from it.
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const utime = Number(fields[11]);
  const stime = Number(fields[12]);
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
    process: (utime + stime) / TICKS_PER_SECOND,
    machineBusy: busy / TICKS_PER_SECOND,
    machineTotal: (busy + idle + iowait) / TICKS_PER_SECOND,
  };
}

/** What was used between two readings. */
export function cpuUsedBetween(before: CpuTime, after: CpuTime): CpuTime {
  return {
    process: after.process - before.process,
    machineBusy: after.machineBusy - before.machineBusy,
    machineTotal: after.machineTotal - before.machineTotal,
  };
}
