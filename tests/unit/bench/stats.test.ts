import { describe, expect, it } from 'vitest';
import { measure, percentile, summarise } from '../../../bench/stats.js';

describe('bench statistics', () => {
  it('takes p95 by nearest rank', () => {
    const samples = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(samples, 95)).toBe(95);
    expect(percentile(samples, 50)).toBe(50);
    expect(percentile([3, 1, 2], 95)).toBe(3);
  });

  it('gives the median of an even count as the mean of the middle two', () => {
    const s = summarise([4, 1, 3, 2]);
    expect(s.median).toBe(2.5);
    expect(s.min).toBe(1);
    expect(s.max).toBe(4);
    expect(s.mean).toBe(2.5);
    expect(s.n).toBe(4);
  });

  it('refuses to summarise nothing', () => {
    expect(() => summarise([])).toThrow();
  });

  it('times only the measured runs, with the clock it is given', () => {
    let t = 0;
    const clock = (): number => t;
    let calls = 0;
    const { samples, last } = measure(
      () => {
        calls++;
        t += calls; // run k takes k ms on the fake clock
        return calls;
      },
      { warmup: 2, reps: 3 },
      clock,
    );
    expect(calls).toBe(5);
    expect(samples).toEqual([3, 4, 5]);
    expect(last).toBe(5);
  });

  it('reads the CPU clock around each measured run when given one', () => {
    let wall = 0;
    let cpu = 0;
    const { samples, cpuSamples } = measure(
      () => {
        wall += 10;
        cpu += 4; // busy machine: the run waited for 6 of its 10 ms
      },
      { warmup: 1, reps: 2 },
      () => wall,
      () => cpu,
    );
    expect(samples).toEqual([10, 10]);
    expect(cpuSamples).toEqual([4, 4]);
  });
});
