/**
 * CPU time used by Chromium's GPU process and its renderers, read from Linux's /proc, split by what does the
 * work: SwiftShader's drawing threads (marl's workers, which name themselves `Thread<NN>`), the rest of the GPU
 * process (its main thread, which also composites the page, and the others) and the renderers (the page's
 * JavaScript, style, layout, paint). SwiftShader draws on the CPU, so this is where a date change's time goes.
 */
import fs from 'node:fs';

export interface CpuMs { swiftshader: number; gpu: number; renderer: number }

/** A thread's name and its user + system CPU time in ms, from one line of /proc/<pid>/task/<tid>/stat. */
export function parseStat(line: string, ticksPerSecond = 100): { name: string; ms: number } {
  // The name is in parentheses and may itself hold spaces and parentheses: it ends at the last ')'.
  const close = line.lastIndexOf(')');
  const fields = line.slice(close + 2).split(' ');
  // After the name: state, ppid, pgrp, session, tty, tpgid, flags, minflt, cminflt, majflt, cmajflt, utime, stime.
  return { name: line.slice(line.indexOf('(') + 1, close), ms: ((Number(fields[11]) + Number(fields[12])) * 1000) / ticksPerSecond };
}

/** Which of Chromium's processes counts, from its command line: the GPU process, a renderer, or none. */
function processKind(cmdline: string): 'gpu' | 'renderer' | null {
  if (cmdline.includes('--type=gpu-process')) return 'gpu';
  return cmdline.includes('--type=renderer') ? 'renderer' : null;
}

/** What a thread's time counts towards, from its process's kind and its own name. */
function partOf(kind: 'gpu' | 'renderer', thread: string): keyof CpuMs {
  return kind === 'gpu' && /^Thread<\d+>$/.test(thread) ? 'swiftshader' : kind;
}

/** What a thread's time counts towards, from its process's command line and its own name. */
export function cpuPart(cmdline: string, thread: string): keyof CpuMs | null {
  const kind = processKind(cmdline);
  return kind && partOf(kind, thread);
}

const read = (f: string) => { try { return fs.readFileSync(f, 'utf8'); } catch { return null; } };

/** CPU used so far by every Chromium GPU process and renderer on the machine; null where there is no /proc. */
export function chromiumCpu(): CpuMs | null {
  if (!fs.existsSync('/proc/self/task')) return null;
  const out: CpuMs = { swiftshader: 0, gpu: 0, renderer: 0 };
  for (const pid of fs.readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    // Only the GPU process's and the renderers' threads are read; other processes are skipped whole.
    const kind = processKind(read(`/proc/${pid}/cmdline`) ?? '');
    if (!kind) continue;
    const tids = (() => { try { return fs.readdirSync(`/proc/${pid}/task`); } catch { return []; } })();
    for (const tid of tids) {
      const line = read(`/proc/${pid}/task/${tid}/stat`);
      if (!line) continue;
      const { name, ms } = parseStat(line);
      out[partOf(kind, name)] += ms;
    }
  }
  return out;
}
