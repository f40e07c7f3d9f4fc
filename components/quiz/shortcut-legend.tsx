const Key = ({ children }: { children: string }) => (
  <kbd className="rounded border border-slate-400 bg-slate-100 px-1.5 py-0.5 font-mono text-xs dark:border-slate-500 dark:bg-slate-800">{children}</kbd>
);

/** Always on screen, so the shortcuts are discoverable without a help page. */
export function ShortcutLegend({ withMark = true }: { withMark?: boolean }) {
  return (
    // Touch screens have no keyboard to use these with, so the panel is hidden there.
    <section aria-label="Keyboard shortcuts" className="rounded-lg border border-slate-200 p-3 text-sm pointer-coarse:hidden dark:border-slate-700">
      <h2 className="mb-2 font-semibold">Keyboard shortcuts</h2>
      <ul className="flex flex-col gap-1">
        <li>
          <Key>1</Key>–<Key>4</Key> or <Key>A</Key>–<Key>D</Key> choose an option
        </li>
        <li>
          <Key>N</Key> or <Key>→</Key> next question
        </li>
        <li>
          <Key>P</Key> or <Key>←</Key> previous question
        </li>
        {withMark && (
          <li>
            <Key>M</Key> mark for review
          </li>
        )}
      </ul>
    </section>
  );
}
