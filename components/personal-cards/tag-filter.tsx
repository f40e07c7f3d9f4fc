import { buttonClass } from "@/components/ui/button";
import { controlClass } from "@/components/ui/field-shell";
import { TextLink } from "@/components/ui/text-link";

/**
 * Narrows "My cards" to one tag. A plain GET form, so it works before any script has loaded and the
 * filter lives in the address (shareable, and the back button undoes it).
 */
export function TagFilter({ tags, selected }: { tags: readonly string[]; selected: string | null }) {
  return (
    <form method="get" action="/cards/mine" aria-label="Filter by tag" className="flex flex-wrap items-end gap-3">
      <div className="flex flex-col gap-1">
        <label htmlFor="tag-filter" className="text-sm font-medium">
          Tag
        </label>
        <select id="tag-filter" name="tag" defaultValue={selected ?? ""} className={controlClass}>
          <option value="">All my cards</option>
          {tags.map((tag) => (
            <option key={tag} value={tag}>
              {tag}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className={buttonClass("secondary")}>
        Show
      </button>
      {selected && <TextLink href="/cards/mine">Clear the tag filter</TextLink>}
    </form>
  );
}
