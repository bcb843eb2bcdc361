import { describe, expect, it } from 'vitest';
import { autoThreads, workerPayOff } from '../../src/engine/pool.js';

describe('autoThreads: --concurrency auto starts workers only when they pay off', () => {
  const start = 600;
  it('stays on the main thread when the work left is under what a worker must amortise', () => {
    expect(autoThreads({ remainingMs: workerPayOff * start - 1, workerStartMs: start, cores: 2, load: 0 })).toBe(1);
    // About 150 README-sized files on an idle 2-core machine: workers were slower there.
    expect(autoThreads({ remainingMs: 3000, workerStartMs: start, cores: 2, load: 0.1 })).toBe(1);
  });

  it('adds a worker on an idle machine once the work left is large enough', () => {
    expect(autoThreads({ remainingMs: workerPayOff * start, workerStartMs: start, cores: 2, load: 0 })).toBe(2);
    expect(autoThreads({ remainingMs: 45_000, workerStartMs: start, cores: 2, load: 0.3 })).toBe(2);
  });

  it('never asks for more threads than free processors, nor more workers than the work pays for', () => {
    expect(autoThreads({ remainingMs: 45_000, workerStartMs: start, cores: 8, load: 0 })).toBe(8);
    expect(autoThreads({ remainingMs: 2 * workerPayOff * start, workerStartMs: start, cores: 8, load: 0 })).toBe(3);
    expect(autoThreads({ remainingMs: 45_000, workerStartMs: start, cores: 8, load: 5 })).toBe(3);
  });

  it('stays serial when other work already holds the processors, or there is one', () => {
    expect(autoThreads({ remainingMs: 45_000, workerStartMs: start, cores: 2, load: 1.6 })).toBe(1);
    expect(autoThreads({ remainingMs: 45_000, workerStartMs: start, cores: 2, load: 8 })).toBe(1);
    expect(autoThreads({ remainingMs: 45_000, workerStartMs: start, cores: 1, load: 0 })).toBe(1);
  });
});
