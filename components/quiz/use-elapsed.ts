"use client";
import { useEffect, useState } from "react";

/** Milliseconds since `startedAt` by the server's clock (the device's offset is measured once from `serverNow`). */
export function useElapsed(startedAt: string, serverNow: string, running: boolean): number {
  const [offset] = useState(() => new Date(serverNow).getTime() - Date.now());
  const start = new Date(startedAt).getTime();
  const [elapsed, setElapsed] = useState(() => Math.max(0, new Date(serverNow).getTime() - start));
  useEffect(() => {
    if (!running) return;
    const timer = window.setInterval(() => setElapsed(Math.max(0, Date.now() + offset - start)), 1000);
    return () => window.clearInterval(timer);
  }, [offset, start, running]);
  return elapsed;
}
