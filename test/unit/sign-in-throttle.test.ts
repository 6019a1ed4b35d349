import { describe, expect, it } from 'vitest';
import { lockOf, signInVerdict, type FailureCounts } from '../../src/server/features/users/sign-in-throttle.ts';

const now = new Date('2026-12-06T08:00:00.000Z');
const ago = (seconds: number) => new Date(now.getTime() - seconds * 1000);
const counts = (name: number, lastAgo: number, address = 0, firstAgo = 0): FailureCounts => ({
  name: { count: name, last: name ? ago(lastAgo) : null },
  address: { count: address, first: address ? ago(firstAgo) : null },
});

describe('sign-in limits', () => {
  it('lets the first four failures retry at once', () => {
    expect(signInVerdict(counts(4, 0), now)).toEqual({ allowed: true });
  });

  it.each([
    [5, 1],
    [6, 2],
    [8, 8],
    [9, 16],
  ])('after %i failures waits %i s from the last one', (failures, wait) => {
    expect(signInVerdict(counts(failures, 0), now)).toEqual({ allowed: false, code: 'rate_limited', retryAfterSeconds: wait });
    expect(signInVerdict(counts(failures, wait), now)).toEqual({ allowed: true });
  });

  it('locks a name for 15 minutes at ten failures, then lets one more try', () => {
    expect(signInVerdict(counts(10, 60), now)).toEqual({ allowed: false, code: 'account_locked', retryAfterSeconds: 14 * 60 });
    expect(lockOf(counts(10, 60).name, now)).toEqual(new Date(now.getTime() + 14 * 60_000));
    expect(signInVerdict(counts(10, 15 * 60), now)).toEqual({ allowed: true });
    expect(lockOf(counts(10, 15 * 60).name, now)).toBeNull();
    expect(lockOf(counts(9, 0).name, now)).toBeNull();
  });

  it('limits an address at 30 failures in 10 minutes, whatever the names', () => {
    expect(signInVerdict(counts(0, 0, 29, 60), now)).toEqual({ allowed: true });
    expect(signInVerdict(counts(0, 0, 30, 60), now)).toEqual({ allowed: false, code: 'rate_limited', retryAfterSeconds: 9 * 60 });
  });
});
