// What crosses google.script.run: plain JSON only, so dates travel as {"$date": ms} and come back as Date objects on the other side.
import type { CellValue } from "../../core/types";

/** A date as it crosses google.script.run, which cannot carry Date objects. */
interface WireDate {
  $date: number;
}

function isWireDate(v: unknown): v is WireDate {
  return typeof v === "object" && v !== null && typeof (v as WireDate).$date === "number" && Object.keys(v).length === 1;
}

/**
 * A grid with its dates made JSON-safe (the instant kept, in milliseconds).
 * @example toWire([[new Date(0), 1]]) → [[{ $date: 0 }, 1]]
 */
export function toWire(grid: CellValue[][]): unknown[][] {
  return grid.map((row) => row.map((v) => (v instanceof Date ? { $date: v.getTime() } : v === undefined ? null : v)));
}

/**
 * A grid back from the wire, its dates rebuilt as Date objects of this realm.
 * @example fromWire([[{ $date: 0 }, 1]]) → [[new Date(0), 1]]
 */
export function fromWire(grid: unknown[][]): CellValue[][] {
  return grid.map((row) => row.map((v) => (isWireDate(v) ? new Date(v.$date) : (v as CellValue))));
}
