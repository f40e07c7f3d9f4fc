// `npm run bench:optimizer`: times the FSRS optimizer as a run does it, on 2,000 and 20,000 synthetic
// answers (lib/fsrs-optimizer/synthetic-history, drawn from known weights): turning the log into
// training items, fitting and evaluating in the optimizer's child process (fitInChild, the code the job
// runs), and the suggested-retention simulation. The database read is not included (one indexed
// SELECT of the student's answers). Prints figures; asserts nothing.
import os from "node:os";
import { default_w } from "ts-fsrs";
import { suggestRetention } from "@/lib/fsrs-optimizer/suggest-retention";
import { syntheticHistory } from "@/lib/fsrs-optimizer/synthetic-history";
import { toTrainingItems } from "@/lib/fsrs-optimizer/training-items";
import { fitInChild } from "@/server/fsrs-optimizer/fit-in-child";

const TRUTH = default_w.map((w, i) => (i === 0 ? 1 : i === 1 ? 3 : i === 2 ? 8 : i === 3 ? 30 : w));
const sizes = (process.argv[2] ?? "2000,20000").split(",").map(Number);
const ms = (start: number) => `${(performance.now() - start).toFixed(0)} ms`;

console.log(`${os.cpus().length} CPUs, load average ${os.loadavg().map((l) => l.toFixed(1)).join(" ")}`);
for (const reviews of sizes) {
  const history = syntheticHistory({ trueWeights: TRUTH, reviews, start: new Date("2025-01-01T00:00:00Z"), seed: reviews, maxCards: Math.max(150, reviews / 10) });
  let t = performance.now();
  const items = toTrainingItems(
    history.map((h) => ({ cardId: String(h.card), rating: h.rating, state: h.log.state, reviewedAt: h.reviewedAt })),
    { timeZone: "Asia/Kolkata", dayStartHour: 4 },
  );
  const convert = ms(t);
  t = performance.now();
  let progressReports = 0;
  const fit = await fitInChild(items, [default_w], () => progressReports++);
  const child = ms(t);
  t = performance.now();
  const suggestion = suggestRetention(fit.parameters);
  const suggest = ms(t);
  const defaults = fit.fits[0]!;
  console.log(
    `${reviews} answers (${items.length} training items): convert ${convert}, fit+evaluate in child ${child} (${progressReports} progress reports), ` +
      `suggested retention ${suggest} → ${suggestion.suggested}; log loss ${defaults.logLoss.toFixed(4)} → ${fit.optimized.logLoss.toFixed(4)}, ` +
      `RMSE ${defaults.rmse.toFixed(4)} → ${fit.optimized.rmse.toFixed(4)}`,
  );
}
