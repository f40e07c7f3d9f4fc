"use client";
import { useEffect, useRef, useState } from "react";

/**
 * Milliseconds left until the server's deadline. The offset between the server's clock and
 * this device's is measured once from `serverNow`, so a wrong device clock cannot add time.
 * `onZero` runs once, from the timer, when the time is up.
 */
export function useCountdown(deadline: string | null, serverNow: string, onZero?: () => void): number | null {
  const [offset] = useState(() => new Date(serverNow).getTime() - Date.now());
  const end = deadline === null ? null : new Date(deadline).getTime();
  const [remaining, setRemaining] = useState<number | null>(() => (end === null ? null : Math.max(0, end - (Date.now() + offset))));
  const zero = useRef(onZero);
  useEffect(() => {
    zero.current = onZero;
  });
  useEffect(() => {
    if (end === null) return;
    let fired = false;
    const tick = () => {
      const left = Math.max(0, end - (Date.now() + offset));
      setRemaining(left);
      if (left === 0 && !fired) {
        fired = true;
        zero.current?.();
      }
    };
    const timer = window.setInterval(tick, 250);
    return () => window.clearInterval(timer);
  }, [end, offset]);
  return remaining;
}
