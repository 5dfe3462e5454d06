import { describe, expect, it } from 'vitest';
import { cpuPart, parseStat } from './cpu.ts';

describe('parseStat', () => {
  it('reads a thread name and its user plus system time', () => {
    // utime 1234 and stime 56 clock ticks of 10 ms.
    const line = '4242 (Thread<01>) S 4200 4190 4190 0 -1 4194368 100 0 0 0 1234 56 0 0 20 0 12 0 900 0 0';
    expect(parseStat(line)).toEqual({ name: 'Thread<01>', ms: 12900 });
  });

  it('keeps a name that holds spaces and parentheses whole', () => {
    const line = '7 (a (b) c) R 1 1 1 0 -1 0 0 0 0 0 3 4 0 0 20 0 1 0 5 0 0';
    expect(parseStat(line, 1000)).toEqual({ name: 'a (b) c', ms: 7 });
  });
});

describe('cpuPart', () => {
  it("counts the GPU process's marl workers as SwiftShader's and the rest of it as the GPU's", () => {
    const gpu = '/usr/lib/chromium/chromium\0--type=gpu-process\0--use-angle=swiftshader';
    expect(cpuPart(gpu, 'Thread<00>')).toBe('swiftshader');
    expect(cpuPart(gpu, 'chromium')).toBe('gpu');
    expect(cpuPart(gpu, 'VizCompositorTh')).toBe('gpu');
  });

  it('counts renderers, and nothing else', () => {
    expect(cpuPart('/usr/lib/chromium/chromium\0--type=renderer', 'Thread<00>')).toBe('renderer');
    expect(cpuPart('/usr/lib/chromium/chromium\0--type=utility', 'chromium')).toBeNull();
    expect(cpuPart('node\0scripts/bench/run.ts', 'node')).toBeNull();
  });
});
