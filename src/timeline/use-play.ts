import { useEffect } from 'react';
import { useLatest } from '../state/use-latest.ts';
import { LAST_DAY, addDays } from '../state/dates.ts';

/** Days the date advances per second of play, by speed name. */
export const PLAY_SPEEDS = { slow: 7, normal: 30, fast: 120 } as const;
export type PlaySpeed = keyof typeof PLAY_SPEEDS;

/**
 * Advances the date while `playing`. With reduced motion asked for, the date moves in fewer, larger steps
 * (once a second) instead of a smooth run of frames.
 */
export function usePlay(playing: boolean, speed: PlaySpeed, reducedMotion: boolean, date: string, setDate: (d: string) => void, stop: () => void) {
  const dateRef = useLatest(date);
  useEffect(() => {
    if (!playing) return;
    const perSecond = PLAY_SPEEDS[speed];
    const interval = reducedMotion ? 1000 : 125;
    const step = Math.max(1, Math.round((perSecond * interval) / 1000));
    const timer = window.setInterval(() => {
      const next = addDays(dateRef.current, step);
      if (next >= LAST_DAY) {
        setDate(LAST_DAY);
        stop();
      } else setDate(next);
    }, interval);
    return () => window.clearInterval(timer);
  }, [playing, speed, reducedMotion, setDate, stop, dateRef]);
}
