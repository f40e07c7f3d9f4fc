// When whatever reads this process's output goes away (its end of the pipe closed), every later write
// to stdout or stderr fails with EPIPE. Unhandled, that error is reported on stderr, which fails the
// same way, and the process spins on it for good: a core busy, no request answered, SIGTERM ignored
// (scripts/fault/server-faults.fault.test.ts, "the log reader goes away"). The lines have nowhere to
// go, so they are dropped and the process carries on.
for (const stream of [process.stdout, process.stderr]) stream.on("error", () => {});
