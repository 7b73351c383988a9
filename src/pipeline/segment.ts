// Language-agnostic segmentation: lines and sentences, each an exact substring of the document.

export interface Segment {
  /** Exact substring of the document (trimmed). */
  text: string;
  /** Offset of `text` in the document. */
  start: number;
}

/** segment.lines: every non-empty line, trimmed, with its offset. Blank lines are kept as empty segments. */
export function lines(text: string): Segment[] {
  const out: Segment[] = [];
  let offset = 0;
  for (const raw of text.split('\n')) {
    const leading = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    out.push({ text: trimmed, start: offset + leading });
    offset += raw.length + 1;
  }
  return out;
}

/**
 * segment.sentences: a line cut after `.`, `!` or `?` when a capital letter follows and the word before
 * the stop is long enough not to be an abbreviation ("a.s.", "e.V.", "Mgr.", "1.").
 */
export function sentences(line: Segment): Segment[] {
  const out: Segment[] = [];
  const boundary = /([.!?])\s+(?=[\p{Lu}„"“«])/gu;
  let from = 0;
  let match: RegExpExecArray | null;
  while ((match = boundary.exec(line.text))) {
    const before = line.text.slice(from, match.index);
    const lastWord = before.trimEnd().split(/\s+/).pop() ?? '';
    if (lastWord.replace(/[^\p{L}\p{N}]/gu, '').length < 3 || /\p{L}\.\p{L}/u.test(lastWord)) continue;
    const end = match.index + 1;
    const text = line.text.slice(from, end).trim();
    if (text)
      out.push({
        text,
        start: line.start + from + (line.text.slice(from).length - line.text.slice(from).trimStart().length),
      });
    from = match.index + match[0].length;
  }
  const rest = line.text.slice(from).trim();
  if (rest) out.push({ text: rest, start: line.start + from });
  return out;
}
