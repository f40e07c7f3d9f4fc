"use client";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api, type ApiError } from "@/components/api-client";
import { Button } from "@/components/ui/button";
import type { ModelFit } from "@/lib/fsrs-optimizer/policy";
import type { OptimizerView } from "@/server/fsrs-optimizer/optimizer-view";

const KEY = ["fsrs-optimizer"];
const fetchView = () => api.get<OptimizerView>("/api/fsrs-optimizer");
const figure = (value: number) => value.toFixed(4);

/**
 * The per-student FSRS optimizer: how many reviews the student has against the threshold, a button that
 * starts a run on the server, its progress (polled from the job row), the fit of the default and the
 * optimized weights on the student's own answers, whether they were applied, the suggested retention,
 * and the way back to the defaults.
 */
export function FsrsOptimizerPanel({ initial }: { initial: OptimizerView }) {
  const queryClient = useQueryClient();
  const query = useQuery({
    queryKey: KEY,
    queryFn: fetchView,
    initialData: initial,
    staleTime: 5_000,
    refetchInterval: (q) => (q.state.data?.run?.status === "running" ? 1_000 : false),
  });
  const view = query.data;
  const onView = (next: OptimizerView) => queryClient.setQueryData(KEY, next);
  const start = useMutation({ mutationFn: () => api.post<OptimizerView>("/api/fsrs-optimizer", {}), onSuccess: onView });
  const reset = useMutation({ mutationFn: () => api.delete<OptimizerView>("/api/fsrs-optimizer/parameters"), onSuccess: onView });
  const run = view.run;
  const running = run?.status === "running";
  const enough = view.reviewCount >= view.reviewsNeeded;
  const failure = (start.error as ApiError | null)?.message ?? (reset.error as ApiError | null)?.message ?? null;

  return (
    <div className="flex max-w-xl flex-col gap-4">
      <p className="text-sm text-slate-700 dark:text-slate-300">
        FSRS predicts when you are about to forget a card from 21 weights. The optimizer fits them to your own answers, so your reviews
        come when you in particular need them. It needs at least {view.reviewsNeeded} reviews (FSRS advises several hundred).
      </p>
      <p className="text-sm">
        <strong>In use:</strong> {view.using === "own" ? "your own optimized parameters" : "the FSRS-6 default parameters"}.{" "}
        {enough ? `You have ${view.reviewCount} reviews: enough to optimize.` : `You have ${view.reviewCount} of the ${view.reviewsNeeded} reviews needed.`}
      </p>
      <div className="flex flex-wrap gap-3">
        <Button type="button" disabled={!enough || running || start.isPending} onClick={() => start.mutate()}>
          {running ? "Optimizing…" : "Optimize my parameters"}
        </Button>
        {view.using === "own" && (
          <Button type="button" variant="secondary" disabled={reset.isPending} onClick={() => reset.mutate()}>
            Return to default parameters
          </Button>
        )}
      </div>
      {running && (
        <div className="flex flex-col gap-1">
          <div role="progressbar" aria-label="Optimizer progress" aria-valuemin={0} aria-valuemax={100} aria-valuenow={Math.round(run.progress * 100)}
            className="h-2 w-full overflow-hidden rounded bg-slate-200 dark:bg-slate-700">
            <div className="h-full bg-indigo-600" style={{ width: `${Math.round(run.progress * 100)}%` }} />
          </div>
          <p className="text-sm text-slate-700 dark:text-slate-300">Fitting {run.reviewCount} reviews… {Math.round(run.progress * 100)}%. You can leave this page; it keeps running.</p>
        </div>
      )}
      {failure && <p role="alert" className="text-sm text-rose-700 dark:text-rose-400">{failure}</p>}
      {run && (run.status === "failed" || run.status === "interrupted") && (
        <p role="alert" className="text-sm text-rose-700 dark:text-rose-400">{run.error ?? "The optimizer failed."}</p>
      )}
      {run?.status === "done" && run.defaults && run.optimized && <RunResult view={view} run={run as DoneRun} />}
    </div>
  );
}

type DoneRun = NonNullable<OptimizerView["run"]> & { defaults: ModelFit; optimized: ModelFit };

function RunResult({ view, run }: { view: OptimizerView; run: DoneRun }) {
  const rows: [string, ModelFit][] = [["FSRS-6 defaults", run.defaults], ...(run.previous ? [["Your previous parameters", run.previous] as [string, ModelFit]] : []), ["Optimized", run.optimized]];
  return (
    <div className="flex flex-col gap-3">
      <table className="w-full text-left text-sm">
        <caption className="mb-1 text-left font-medium">
          How well each set of weights predicts your {run.itemCount} answers given on a later day (lower is better)
        </caption>
        <thead>
          <tr>
            <th scope="col">Parameters</th>
            <th scope="col">Log loss</th>
            <th scope="col">RMSE (bins)</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(([label, fit]) => (
            <tr key={label}>
              <th scope="row" className="font-normal">{label}</th>
              <td>{figure(fit.logLoss)}</td>
              <td>{figure(fit.rmse)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p role="status" className="text-sm">
        {run.applied
          ? "The optimized parameters predict your answers better, so your reviews are now scheduled with them."
          : "The optimized parameters did not predict your answers better than the ones in use, so nothing changed."}
      </p>
      {run.suggestedRetention !== null && (
        <p className="text-sm text-slate-700 dark:text-slate-300">
          Suggested desired retention: <strong>{run.suggestedRetention.toFixed(2)}</strong> (you use {view.desiredRetention.toFixed(2)}). A simulated year of
          study with your memory model costs the least time per card remembered at this target. Change it under Reviews above if you wish.
        </p>
      )}
    </div>
  );
}
