import "server-only";
import { fork } from "node:child_process";
import path from "node:path";
import type { ModelFit } from "@/lib/fsrs-optimizer/policy";
import type { TrainingItem } from "@/lib/fsrs-optimizer/training-items";

export interface ChildFit {
  parameters: number[];
  /** The fit of each baseline parameter set, in the order given. */
  fits: ModelFit[];
  optimized: ModelFit;
}

type ChildMessage =
  | { type: "progress"; progress: number }
  | ({ type: "done" } & ChildFit)
  | { type: "error"; message: string };

/** Longer than any history we accept takes (20,000 answers fit in seconds); a hung run is stopped. */
const CHILD_TIMEOUT_MS = 10 * 60_000;

// Resolved from the app's folder at run time: the child runs as plain Node, outside the Next bundle.
// Joined from an array so the bundler does not try to trace (and bundle) the file as a module.
const CHILD_PATH = [process.cwd(), "server", "fsrs-optimizer", "optimizer-child.mjs"].join(path.sep);

/**
 * Fits FSRS-6 parameters to `items` in a child process (see optimizer-child.mjs for why), and
 * evaluates `baselines` and the result on the same items. Rejects with a message for the student if
 * the optimizer refuses the data, or if its process dies or hangs.
 */
export function fitInChild(items: readonly TrainingItem[], baselines: readonly (readonly number[])[], onProgress: (progress: number) => void): Promise<ChildFit> {
  return new Promise((resolve, reject) => {
    const child = fork(CHILD_PATH, [], { stdio: ["ignore", "ignore", "pipe", "ipc"], serialization: "advanced" });
    let settled = false;
    let stderr = "";
    const finish = (error: Error | null, fit?: ChildFit) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if (child.exitCode === null) child.kill();
      if (error) reject(error);
      else resolve(fit!);
    };
    const timer = setTimeout(() => finish(new Error("The optimizer took too long and was stopped.")), CHILD_TIMEOUT_MS);
    child.stderr?.on("data", (chunk: Buffer) => {
      stderr = (stderr + chunk.toString()).slice(-2000);
    });
    child.on("message", (message: ChildMessage) => {
      if (message.type === "progress") onProgress(message.progress);
      else if (message.type === "done") finish(null, { parameters: message.parameters, fits: message.fits, optimized: message.optimized });
      else finish(new Error(`The optimizer could not fit your history (${message.message}).`));
    });
    child.on("error", (error) => finish(error));
    child.on("exit", (code, signal) => {
      if (!settled) console.error(`fsrs optimizer process exited (code ${code}, signal ${signal}): ${stderr}`);
      finish(new Error("The optimizer stopped unexpectedly."));
    });
    child.send({ items: items.map((item) => item.map((r) => [r.rating, r.deltaT])), baselines: baselines.map((w) => [...w]) });
  });
}
