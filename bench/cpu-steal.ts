// How much CPU the hypervisor took away during the run (Linux `/proc/stat` "steal"): on a
// shared virtual machine a stolen core makes frames long whatever the page does, so the
// results say how much of it there was. Null where there is no /proc/stat.
import fs from 'node:fs';

export interface CpuTimes {
  steal: number;
  total: number;
}

export function readCpuTimes(): CpuTimes | null {
  try {
    const line = fs.readFileSync('/proc/stat', 'utf8').split('\n')[0] ?? '';
    // cpu  user nice system idle iowait irq softirq steal guest guest_nice
    const fields = line.trim().split(/\s+/).slice(1, 9).map(Number);
    if (fields.length < 8 || fields.some((value) => !Number.isFinite(value))) return null;
    return { steal: fields[7] as number, total: fields.reduce((sum, value) => sum + value, 0) };
  } catch {
    return null;
  }
}

/** Stolen share of all CPU time between two readings, in percent. */
export function stealPercent(from: CpuTimes | null, to: CpuTimes | null): number | null {
  if (!from || !to || to.total <= from.total) return null;
  return (100 * (to.steal - from.steal)) / (to.total - from.total);
}

/** The steal as a note to append to a figure's text (", CPU stolen … %"), or '' where unknown. */
export function stealNote(percent: number | null): string {
  return percent === null || Number.isNaN(percent) ? '' : `, CPU stolen by the hypervisor ${percent.toFixed(1)} %`;
}
