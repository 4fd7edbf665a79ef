// Keeps the session's state with the spreadsheet, in document properties split under the 9 KB value limit.
/**
 * Bytes per property value. Apps Script refuses values over 9 KB (9,216 bytes); a little below leaves room for
 * how the service counts the key.
 */
export const CHUNK_BYTES = 8_000;
const PREFIX = "chitieu.state.";
const COUNT_KEY = `${PREFIX}n`;

function utf8Bytes(cp: number): number {
  return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
}

/**
 * Splits text into pieces of at most `maxBytes` UTF-8 bytes without cutting a character (Vietnamese letters
 * take 2–3 bytes, so counting characters would overflow the limit).
 * @example chunkText("ắắắ", 6) → ["ắắ", "ắ"]
 */
export function chunkText(text: string, maxBytes: number): string[] {
  const out: string[] = [];
  let cur = "";
  let bytes = 0;
  for (const ch of text) {
    const b = utf8Bytes(ch.codePointAt(0) ?? 0);
    if (bytes + b > maxBytes && cur !== "") {
      out.push(cur);
      cur = "";
      bytes = 0;
    }
    cur += ch;
    bytes += b;
  }
  if (cur !== "" || out.length === 0) out.push(cur);
  return out;
}

/**
 * Reads the stored state in two calls (the store, then all its properties at once): the parsed JSON, or null when
 * nothing or something unreadable is stored (core's readState makes it safe either way).
 */
export function loadStored(): unknown {
  const all = PropertiesService.getDocumentProperties().getProperties();
  const n = Number(all[COUNT_KEY]);
  if (!Number.isInteger(n) || n < 1) return null;
  let text = "";
  for (let i = 0; i < n; i++) {
    const part = all[`${PREFIX}${i}`];
    if (typeof part !== "string") return null;
    text += part;
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    // A half-written or foreign value: start fresh rather than fail every call.
    return null;
  }
}

/**
 * Stores the state in two calls whatever its size: one setProperties with every chunk, replacing all other
 * properties of this script's document store (only this add-on writes there, so stale chunks go at once).
 */
export function saveStored(state: unknown): void {
  const parts = chunkText(JSON.stringify(state), CHUNK_BYTES);
  const props: Record<string, string> = { [COUNT_KEY]: String(parts.length) };
  parts.forEach((p, i) => (props[`${PREFIX}${i}`] = p));
  PropertiesService.getDocumentProperties().setProperties(props, true);
}
