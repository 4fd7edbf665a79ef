// Stand-in for Office.js in headless Chromium: Office.onReady, CustomFunctions and Excel.run over an in-memory workbook that counts syncs.
(function () {
  "use strict";
  const wb = (window.__workbook = window.__workbook || { sheets: [{ name: "Sheet1", cells: [] }], active: 0 });
  wb.syncs = 0;
  wb.selection = null;
  wb.settings = wb.settings || {};
  wb.associated = [];
  wb.errors = [];
  // Stable ids, as Worksheet.id is: they survive a rename.
  let nextId = 1;
  for (const sh of wb.sheets) sh.id = sh.id || "{sheet-" + nextId++ + "}";

  /** Excel's last column (XFD), 0-based. */
  const LAST_COLUMN = 16383;
  /** A proxy that is Office.js's null object: its properties are never loaded. */
  function nullObject(ctx) {
    const o = proxy(ctx, () => ({}));
    o.isNullObject = true;
    return o;
  }
  function areasObject(ctx, ranges) {
    if (ranges.length === 0) return nullObject(ctx);
    const o = proxy(ctx, () => ({ address: ranges.join(",") }));
    Object.defineProperty(o, "address", { get: () => guardRead(o, "address") });
    o.isNullObject = false;
    return o;
  }
  function intersects(a, b) {
    return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
  }
  /** Moves everything at or right of column `before` by `count`, as inserting whole columns does. */
  function insertColumns(sheet, before, count) {
    for (const row of sheet.cells) if (row.length > before) row.splice(before, 0, ...Array(count).fill(""));
    const moveRef = (ref) => {
      const r = parse(ref, sheet);
      return a1({ top: r.top, bottom: r.bottom, left: r.left >= before ? r.left + count : r.left, right: r.right >= before ? r.right + count : r.right });
    };
    sheet.validations = (sheet.validations || []).map(moveRef);
    sheet.merges = (sheet.merges || []).map(moveRef);
    sheet.hiddenColumns = (sheet.hiddenColumns || []).map((c) => (c >= before ? c + count : c));
    const notes = {};
    for (const [ref, text] of Object.entries(sheet.notes || {})) notes[moveRef(ref)] = text;
    sheet.notes = notes;
  }

  function colIndex(letters) {
    let n = 0;
    for (const ch of letters) n = n * 26 + ch.charCodeAt(0) - 64;
    return n - 1;
  }
  function colLetters(c) {
    let n = c + 1;
    let s = "";
    while (n > 0) {
      const m = (n - 1) % 26;
      s = String.fromCharCode(65 + m) + s;
      n = Math.floor((n - 1) / 26);
    }
    return s;
  }
  function parse(addr, sheet) {
    const local = addr.includes("!") ? addr.slice(addr.lastIndexOf("!") + 1) : addr;
    let m = /^\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/.exec(local);
    if (m) {
      const top = Number(m[2]) - 1;
      const left = colIndex(m[1]);
      return { top, left, bottom: m[4] ? Number(m[4]) - 1 : top, right: m[3] ? colIndex(m[3]) : left };
    }
    m = /^\$?([A-Z]+):\$?([A-Z]+)$/.exec(local);
    if (m) return { top: 0, left: colIndex(m[1]), bottom: Math.max(0, sheet.cells.length - 1), right: colIndex(m[2]) };
    m = /^\$?(\d+):\$?(\d+)$/.exec(local);
    if (m) return { top: Number(m[1]) - 1, left: 0, bottom: Number(m[2]) - 1, right: LAST_COLUMN };
    throw new Error("InvalidArgument: bad address " + addr);
  }
  function a1(r) {
    const a = colLetters(r.left) + (r.top + 1);
    const b = colLetters(r.right) + (r.bottom + 1);
    return a === b ? a : a + ":" + b;
  }
  function cell(sheet, r, c) {
    const row = sheet.cells[r];
    return row && row[c] !== undefined ? row[c] : "";
  }
  function setCell(sheet, r, c, v) {
    while (sheet.cells.length <= r) sheet.cells.push([]);
    sheet.cells[r][c] = v;
  }
  function used(sheet) {
    let top = Infinity, left = Infinity, bottom = -1, right = -1;
    sheet.cells.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v !== "" && v !== null && v !== undefined) {
          top = Math.min(top, r); left = Math.min(left, c); bottom = Math.max(bottom, r); right = Math.max(right, c);
        }
      }),
    );
    return bottom < 0 ? null : { top, left, bottom, right };
  }

  /** A proxy object: properties listed in `load` become readable after the next sync; others throw, like Office.js. */
  function proxy(ctx, compute) {
    const obj = { _loaded: new Set(), _pending: null, _data: {} };
    obj.load = function (props) {
      const list = typeof props === "string" ? props.split(",") : props;
      ctx._queue.push(() => {
        const data = compute();
        for (const p of list) {
          const key = p.trim();
          obj._data[key] = data[key];
          obj._loaded.add(key);
        }
      });
      return obj;
    };
    return obj;
  }
  function guardRead(obj, key) {
    if (!obj._loaded.has(key)) throw new Error("PropertyNotLoaded: " + key);
    return obj._data[key];
  }

  function makeRange(ctx, sheet, rect) {
    const r = proxy(ctx, () => {
      const values = [], formats = [];
      for (let i = rect.top; i <= rect.bottom; i++) {
        const vr = [], fr = [];
        for (let j = rect.left; j <= rect.right; j++) {
          const v = cell(sheet, i, j);
          vr.push(typeof v === "string" && v.startsWith("=") ? "" : v);
          fr.push((sheet.formats && sheet.formats[i] && sheet.formats[i][j]) || "General");
        }
        values.push(vr); formats.push(fr);
      }
      const formulas = [];
      for (let i = rect.top; i <= rect.bottom; i++) {
        const row = [];
        for (let j = rect.left; j <= rect.right; j++) row.push(cell(sheet, i, j));
        formulas.push(row);
      }
      return {
        values, numberFormat: formats, formulas, address: sheet.name + "!" + a1(rect),
        rowCount: rect.bottom - rect.top + 1, columnCount: rect.right - rect.left + 1, rowIndex: rect.top, columnIndex: rect.left,
      };
    });
    for (const key of ["values", "numberFormat", "address", "rowCount", "columnCount", "rowIndex", "columnIndex"]) {
      Object.defineProperty(r, key, {
        get: () => guardRead(r, key),
        set: (v) => {
          if (key !== "values" && key !== "numberFormat") throw new Error("read-only " + key);
          write(key, v);
        },
      });
    }
    function write(kind, grid) {
      (sheet.writes = sheet.writes || []).push({ kind, address: a1(rect) });
      for (let i = 0; i < grid.length; i++)
        for (let j = 0; j < grid[i].length; j++) {
          if (kind === "numberFormat") {
            sheet.formats = sheet.formats || [];
            while (sheet.formats.length <= rect.top + i) sheet.formats.push([]);
            sheet.formats[rect.top + i][rect.left + j] = grid[i][j];
          } else {
            let v = grid[i][j];
            // null in a 2-D write leaves the cell as it is.
            if (v === null) continue;
            if (typeof v === "string" && v.startsWith("'")) v = v.slice(1);
            setCell(sheet, rect.top + i, rect.left + j, v);
          }
        }
    }
    Object.defineProperty(r, "formulas", { set: (g) => write("formulas", g), get: () => guardRead(r, "formulas") });
    const font = proxy(ctx, () => {
      const f = (sheet.fonts && sheet.fonts[a1({ top: rect.top, left: rect.left, bottom: rect.top, right: rect.left })]) || sheet.font || { name: "Calibri", size: 11 };
      return { name: f.name, size: f.size };
    });
    for (const key of ["name", "size"]) {
      Object.defineProperty(font, key, {
        get: () => guardRead(font, key),
        set: (v) => ctx._queue.push(() => {
          sheet.fonts = sheet.fonts || {};
          const k = a1(rect);
          sheet.fonts[k] = Object.assign({}, sheet.fonts[k], { [key]: v });
        }),
      });
    }
    // The format's vertical alignment (Excel's default "Bottom" until set), loaded with its font's fields ("font/name").
    const fmt = proxy(ctx, () => ({ verticalAlignment: (sheet.vAligns && sheet.vAligns[a1({ top: rect.top, left: rect.left, bottom: rect.top, right: rect.left })]) || "Bottom" }));
    const loadOwn = fmt.load;
    fmt.load = (props) => {
      const list = props.split(",").map((p) => p.trim());
      loadOwn(list.filter((p) => !p.includes("/")));
      const sub = list.filter((p) => p.startsWith("font/")).map((p) => p.slice(5));
      if (sub.length) font.load(sub.join(","));
      return fmt;
    };
    Object.defineProperty(fmt, "verticalAlignment", {
      get: () => guardRead(fmt, "verticalAlignment"),
      set: (v) => ctx._queue.push(() => {
        sheet.vAligns = sheet.vAligns || {};
        for (let i = rect.top; i <= rect.bottom; i++) for (let j = rect.left; j <= rect.right; j++) sheet.vAligns[a1({ top: i, left: j, bottom: i, right: j })] = v;
      }),
    });
    Object.assign(fmt, {
      font,
      fill: {},
      borders: { getItem: () => ({}) },
      autofitRows: () => ctx._queue.push(() => (sheet.fittedRows = a1(rect))),
    });
    r.format = fmt;
    r.getSpecialCellsOrNullObject = (kind) => {
      if (kind === "DataValidations") return areasObject(ctx, (sheet.validations || []).filter((v) => intersects(parse(v, sheet), rect)));
      if (kind === "Visible") {
        const hidden = new Set(sheet.hiddenColumns || []);
        const out = [];
        let start = -1;
        for (let c = 0; c <= LAST_COLUMN + 1; c++) {
          const visible = c <= LAST_COLUMN && !hidden.has(c);
          if (visible && start < 0) start = c;
          if (!visible && start >= 0) {
            out.push(a1({ top: rect.top, bottom: rect.bottom, left: start, right: c - 1 }));
            start = -1;
          }
        }
        return areasObject(ctx, out);
      }
      return nullObject(ctx);
    };
    r.getMergedAreasOrNullObject = () => areasObject(ctx, (sheet.merges || []).filter((m) => intersects(parse(m, sheet), rect)));
    r.insert = () => ctx._queue.push(() => insertColumns(sheet, rect.left, rect.right - rect.left + 1));
    // Paste of formulas from a range of the same size: relative row numbers outside "…" move with the rows.
    // The range's own rectangle, for a copy that names it as its source (a Range, as Office.js takes it, or an address).
    Object.defineProperty(r, "_rect", { value: rect });
    r.copyFrom = (source, type) => {
      if (type !== "Formulas") throw new Error("copyFrom: only Formulas is modelled");
      const from = typeof source === "string" ? parse(source, sheet) : source._rect;
      const down = rect.top - from.top;
      (sheet.writes = sheet.writes || []).push({ kind: "copyFrom", address: a1(rect) });
      const move = (f) =>
        typeof f !== "string" || !f.startsWith("=")
          ? f
          : f.split(/("[^"]*")/).map((p) => (p.startsWith('"') ? p : p.replace(/(\$?[A-Z]{1,3})(\$?)(\d+)(?![\d(])/g, (m, col, abs, row) => (abs ? m : col + (Number(row) + down))))).join("");
      for (let i = 0; i <= rect.bottom - rect.top; i++)
        for (let j = 0; j <= rect.right - rect.left; j++) setCell(sheet, rect.top + i, rect.left + j, move(cell(sheet, from.top + i, from.left + j)));
    };
    r.conditionalFormats = {
      clearAll() {},
      add(type) {
        const cf = { type, cellValue: { format: { fill: {}, font: {} }, rule: null } };
        (sheet.conditionalFormats = sheet.conditionalFormats || []).push({ address: a1(rect), cf });
        return cf;
      },
    };
    r.merge = () => (sheet.merges = sheet.merges || []).push(a1(rect));
    r.select = () => {
      wb.selection = sheet.name + "!" + a1(rect);
    };
    return r;
  }

  function makeSheet(ctx, getSheet) {
    const ws = proxy(ctx, () => ({ name: getSheet() ? getSheet().name : undefined, id: getSheet() ? getSheet().id : undefined }));
    Object.defineProperty(ws, "name", { get: () => guardRead(ws, "name") });
    Object.defineProperty(ws, "id", { get: () => guardRead(ws, "id") });
    Object.defineProperty(ws, "isNullObject", { get: () => !getSheet() });
    ws.getRange = (addr) => makeRange(ctx, getSheet(), addr ? parse(addr, getSheet()) : { top: 0, left: 0, bottom: 999, right: 49 });
    ws.getUsedRangeOrNullObject = () => {
      const s = getSheet();
      const u = s ? used(s) : null;
      const r = u ? makeRange(ctx, s, u) : proxy(ctx, () => ({}));
      Object.defineProperty(r, "isNullObject", { get: () => !u });
      return r;
    };
    ws.activate = () => ctx._queue.push(() => (wb.active = wb.sheets.indexOf(getSheet())));
    ws.freezePanes = {
      freezeRows: (n) => ctx._queue.push(() => (getSheet().frozen = { rows: n, columns: 0 })),
      freezeColumns: (n) => ctx._queue.push(() => (getSheet().frozen = { rows: 0, columns: n })),
      freezeAt: (r) => ctx._queue.push(() => (getSheet().frozen = { at: r })),
      getLocationOrNullObject: () => (getSheet().frozen ? areasObject(ctx, ["A1"]) : nullObject(ctx)),
    };
    ws.names = {
      getItemOrNullObject: (name) => {
        const s = getSheet();
        if (!s || !s.names || !(name in s.names)) return nullObject(ctx);
        const item = proxy(ctx, () => ({ formula: s.names[name], name }));
        Object.defineProperty(item, "formula", { get: () => guardRead(item, "formula") });
        item.isNullObject = false;
        item.delete = () => ctx._queue.push(() => delete s.names[name]);
        return item;
      },
      add: (name, ref) => {
        const item = { visible: true };
        ctx._queue.push(() => {
          const s = getSheet();
          (s.names = s.names || {})[name] = ref;
          (s.hiddenNames = s.hiddenNames || {})[name] = item.visible === false;
        });
        return item;
      },
    };
    const located = (kind) => {
      const coll = proxy(ctx, () => ({}));
      coll.load = () => {
        ctx._queue.push(() => {
          const s = getSheet();
          coll._items = Object.entries((s && s[kind]) || {}).map(([ref, text]) => {
            const at = makeRange(ctx, getSheet(), parse(ref, getSheet()));
            return { content: text, getLocation: () => at, delete: () => ctx._queue.push(() => delete getSheet()[kind][ref]) };
          });
        });
        return coll;
      };
      Object.defineProperty(coll, "items", { get: () => { if (!coll._items) throw new Error("PropertyNotLoaded: items"); return coll._items; } });
      coll.getItemOrNullObject = (ref) => {
        const s = getSheet();
        if (!s[kind] || !(ref in s[kind])) return nullObject(ctx);
        const n = proxy(ctx, () => ({ content: s[kind][ref] }));
        n.isNullObject = false;
        n.delete = () => ctx._queue.push(() => delete s[kind][ref]);
        return n;
      };
      coll.add = (ref, text) => ctx._queue.push(() => ((getSheet()[kind] = getSheet()[kind] || {})[typeof ref === "string" ? ref : a1(ref)] = text));
      return coll;
    };
    ws.notes = located("notes");
    ws.comments = located("comments");
    const layout = { setPrintTitleRows: (a) => (getSheet().printTitleRows = a) };
    ws.pageLayout = new Proxy(layout, {
      set: (t, k, v) => {
        (getSheet().pageLayout = getSheet().pageLayout || {})[k] = v;
        return true;
      },
    });
    return ws;
  }

  function makeContext() {
    const ctx = { _queue: [] };
    ctx.sync = async function () {
      wb.syncs++;
      const q = ctx._queue;
      ctx._queue = [];
      for (const f of q) f();
    };
    const items = () => wb.sheets.map((s) => ({ name: s.name, id: s.id, visibility: s.hidden ? "Hidden" : "Visible" }));
    const sheets = proxy(ctx, () => ({ items: items() }));
    sheets.load = function () {
      ctx._queue.push(() => {
        sheets._data.items = items();
        sheets._loaded.add("items");
      });
      return sheets;
    };
    Object.defineProperty(sheets, "items", { get: () => guardRead(sheets, "items") });
    sheets.getActiveWorksheet = () => {
      const s = wb.sheets[wb.active];
      return makeSheet(ctx, () => s);
    };
    sheets.getItem = (name) => {
      const s = wb.sheets.find((x) => x.name === name);
      if (!s) throw new Error("ItemNotFound: " + name);
      return makeSheet(ctx, () => s);
    };
    sheets.getItemOrNullObject = (name) => makeSheet(ctx, () => wb.sheets.find((x) => x.name === name));
    sheets.add = (name) => {
      if (wb.sheets.some((x) => x.name.toLowerCase() === name.toLowerCase())) throw new Error("ItemAlreadyExists: " + name);
      const s = { name, cells: [], id: "{sheet-" + nextId++ + "}" };
      wb.sheets.push(s);
      return makeSheet(ctx, () => s);
    };
    ctx.workbook = { worksheets: sheets, application: { suspendApiCalculationUntilNextSync() { wb.suspended = (wb.suspended || 0) + 1; } } };
    return ctx;
  }

  window.Excel = {
    run: async (batch) => {
      try {
        return await batch(makeContext());
      } catch (e) {
        wb.errors.push(String(e && e.message));
        throw e;
      }
    },
  };
  window.CustomFunctions = {
    associate: (id, fn) => wb.associated.push(id),
    Error: class {
      constructor(code, message) { this.code = code; this.message = message; }
    },
    ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A" },
  };
  const settings = {
    get: (k) => (k in wb.settings ? JSON.parse(wb.settings[k]) : null),
    set: (k, v) => (wb.settings[k] = JSON.stringify(v)),
    saveAsync: (cb) => cb && cb({ status: "succeeded" }),
  };
  window.Office = {
    context: { displayLanguage: "vi-VN", document: { settings } },
    onReady: (cb) => Promise.resolve().then(() => cb({ host: "Excel", platform: "OfficeOnline" })),
  };
})();
