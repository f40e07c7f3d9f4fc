/*
 * Keyword patterns for page furniture. Each is matched against one whole normalised line, so a
 * sentence that merely mentions "comments" or "download" is never affected. The lists describe
 * kinds of widgets found across news sites, not the wording of any one site.
 */

/** Lines after which the article is over: related/trending blocks, prev/next links, comments, source lists. */
export const END_MARKERS: RegExp[] = [
  /^(related|recommended|suggested|similar|more|other|latest|popular|trending|top|recent|editor'?s? picks?)( (articles?|posts?|stories|news|reads?|videos?|links?|content|coverage|headlines))?( (for you|now|today|this week))?\s*:?$/i,
  /^(you (may|might) (also )?(like|enjoy)|read (more|next)|more (stories|from .{1,40})|most (read|popular|viewed|shared)|what to read next|don'?t miss( this)?|further reading|recommended for you|in (other|case you missed|this series).{0,30})\s*:?$/i,
  /^(previous|prev|next|older|newer)( (post|article|story|entry|page))?\s*:?$/i,
  /^(\d+ )?(comments?|responses?|replies)( \(\d+\))?\s*:?$/i,
  /^(leave a (reply|comment)|post a comment|no comments yet.*|be the first to comment.*|join the (conversation|discussion))$/i,
  /^(sources?|references?|bibliography|footnotes|works cited)\s*:?$/i,
  /^(about the authors?|author bio|about us|meet the author)\s*:?$/i,
  /^(tags?|topics?|filed under|categories|browse by category)\s*:?.{0,200}$/i,
  /^(download|get) (the|our) (\w+ )?app\b.*$/i,
];

/** Single lines that are furniture wherever they appear. */
export const DROP_LINES: RegExp[] = [
  /^(share|tweet|pin|email|print|save|copy link|whatsapp|facebook|twitter|x|linkedin|telegram|reddit)$/i,
  /^(share (on|via|to) ?[\w.]+\s*)+$/i,
  /^share (this|article|story|post)\b.{0,30}$/i,
  /^\d+(\.\d+)?[km]?( (shares?|views?|likes?|comments?|reads?))?$/i,
  /^(shares?|views?|likes?|comments?|reads?|followers?)$/i,
  /^(reading time:?\s*)?\d+\s*(min(ute)?s?)\s*read$/i,
  /^reading time\b.*$/i,
  /^(a\s*){2,3}$/i,
  /^(no results?|view all results?|search( for)?|menu|close|skip to (main )?content|back to top|home|logo|loading\.*|advertisement|advertisment|sponsored( content)?|ad|promoted)$/i,
  /^(log ?in|log ?out|sign ?in|sign ?up|register|subscribe( now)?|or|welcome back!?|remember me|forgot(ten)? (your )?password\??|retrieve your password|reset (your )?password|create (an |your )?account.*|login to your account.*|please enter your (user ?name|e-?mail).*)$/i,
  /^(©|\(c\)|copyright\b).*$/i,
  /all rights reserved/i,
  /^(follow us( on .*)?|connect with us|stay connected|newsletter|sign up for (our|the) newsletter.*|get (our|the) newsletter.*)$/i,
  /^(time)?\s*\d+\s*(seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\s+ago$/i,
  /^(just now|yesterday|today)$/i,
  /\b(app ?store|play ?store|google play|app-store|play-store)\b/i,
  /^(try|explore|discover)\b.{0,40}\b(app|ai|features?)\b.*$/i,
  /^([Bb]y|[Ww]ritten by|[Ww]ords by|[Aa]uthor|[Pp]osted by|[Rr]eported by|[Ee]dited by)\s*:?\s+\p{Lu}[\p{L}.'-]*(\s+(and\s+)?\p{Lu}[\p{L}.'-]*){0,5}$/u,
  /^(also read|read also|see also|read more|watch|listen|click here)\b\s*[:|-].*$/i,
  /^(home|you are here)\s*[>\u00BB/|]\s*[^.!?]{1,60}$/i,
  /^in \p{Lu}[\p{L}&' ]{0,30}$/u,
];

/** A bare link, possibly numbered: source lists in plain text, link dumps on pages. */
export const LINK_LINE = /^(\d+[.)]?\s*)?(https?:\/\/|www\.)\S+$/i;

/** Furniture is short; a long line is prose even when it mentions a widget word. */
export function isEndMarker(line: string): boolean {
  const n = line.split(/\s+/).length;
  return (n <= 8 || /^tags?\s*:/i.test(line)) && END_MARKERS.some((p) => p.test(line));
}

/** Page widgets: share buttons, counters, login forms, menus' odd words. */
export function isWidgetLine(line: string): boolean {
  return line.split(/\s+/).length <= 15 && DROP_LINES.some((p) => p.test(line));
}

export function isDropLine(line: string): boolean {
  return LINK_LINE.test(line) || isWidgetLine(line);
}
