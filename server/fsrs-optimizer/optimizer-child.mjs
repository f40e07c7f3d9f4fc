// The FSRS optimizer's own process (forked by run-optimization.ts). fsrs-rs aborts the whole process
// on some inputs it cannot handle (a Rust panic), so it runs here, never inside the web server; the
// parent marks the run failed if this process dies. Plain JavaScript: it runs outside the Next build.
import { computeParameters, FSRSBinding, FSRSBindingItem, FSRSBindingReview } from "@open-spaced-repetition/binding";

const send = (message) => new Promise((resolve) => process.send(message, resolve));

process.once("message", async ({ items, baselines }) => {
  try {
    const trainSet = items.map((reviews) => new FSRSBindingItem(reviews.map(([rating, deltaT]) => new FSRSBindingReview(rating, deltaT))));
    const evaluate = (weights) => {
      const { logLoss, rmseBins } = new FSRSBinding(weights).evaluate(trainSet);
      return { logLoss, rmse: rmseBins };
    };
    const fits = baselines.map(evaluate);
    let lastSent = 0;
    const parameters = await computeParameters(trainSet, {
      enableShortTerm: true,
      progress: (current, total) => {
        const now = Date.now();
        if (now - lastSent >= 500 && total > 0) {
          lastSent = now;
          process.send({ type: "progress", progress: Math.min(current / total, 1) });
        }
      },
    });
    await send({ type: "done", parameters, fits, optimized: evaluate(parameters) });
  } catch (error) {
    await send({ type: "error", message: error instanceof Error ? error.message : String(error) });
  }
  process.exit(0);
});
