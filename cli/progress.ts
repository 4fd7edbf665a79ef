// Progress lines on stderr for runs that take more than about 2 seconds: a quick run stays silent, a slow one says what it is doing.
import type { Bilingual, Lang } from "../core/types";
import { say } from "./errors";

/** How long a run may stay silent before it says what it is doing. */
const QUIET_MS = 2000;

export interface Progress {
  /** The step now under way; printed at once when the run is already slow, else only if it lasts past the quiet time. */
  step(m: Bilingual): void;
  /** The run is over: nothing more is printed. */
  done(): void;
}

/**
 * Step lines on stderr ("chitieu check: đang kiểm tra so-lieu.xlsx…") once the run has taken longer than 2 s. Only
 * on a terminal, where someone waits and watches; pipes and scripts keep a clean stderr. CHITIEU_PROGRESS=1 forces
 * it on, and CHITIEU_PROGRESS_AFTER_MS changes the quiet time (tests).
 * @example const p = progress("check", "vi"); p.step({ vi: "đang kiểm tra a.xlsx", en: "checking a.xlsx" }); …; p.done()
 */
export function progress(command: string, lang: Lang, stream: NodeJS.WriteStream = process.stderr): Progress {
  const on = stream.isTTY === true || process.env.CHITIEU_PROGRESS === "1";
  const after = Number(process.env.CHITIEU_PROGRESS_AFTER_MS ?? QUIET_MS);
  const started = performance.now();
  let current: string | null = null;
  let printed: string | null = null;
  let over = false;
  const print = () => {
    if (!on || over || current === null || current === printed) return;
    printed = current;
    stream.write(`chitieu ${command}: ${current}…\n`);
  };
  const timer = on ? setTimeout(print, after) : null;
  // The timer never keeps a finished process alive.
  timer?.unref();
  return {
    step(m) {
      current = say(m, lang);
      if (performance.now() - started >= after) print();
    },
    done() {
      over = true;
      if (timer) clearTimeout(timer);
    },
  };
}
