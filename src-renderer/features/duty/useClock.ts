import { useEffect, useState } from 'react';

export interface ClockReading {
  /** YYYY-MM-DD and HH:mm by the PC's clock, in its own time zone. */
  today: string;
  time: string;
}

const pad = (n: number) => String(n).padStart(2, '0');

export function readClock(now: Date = new Date()): ClockReading {
  return { today: `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`, time: `${pad(now.getHours())}:${pad(now.getMinutes())}` };
}

/** A clock read at most one tick late, so sign-in times and 待核实 follow the minute. */
const TICK_MS = 15 * 1000; // 15 seconds

/** The PC's date and time of day, kept current. */
export function useClock(): ClockReading {
  const [reading, setReading] = useState(readClock);
  useEffect(() => {
    const timer = window.setInterval(() => {
      const next = readClock();
      setReading((previous) => (previous.today === next.today && previous.time === next.time ? previous : next));
    }, TICK_MS);
    return () => window.clearInterval(timer);
  }, []);
  return reading;
}
