// Development server for the Excel add-in: builds dist/excel, serves it on https://localhost:3000 with Office dev certificates, and says how to sideload.
import { createServer } from "node:https";
import { readFile, stat } from "node:fs/promises";
import { homedir } from "node:os";
import { extname, join, normalize, sep } from "node:path";
import { pathToFileURL } from "node:url";
import { buildExcel, ROOT } from "./build.mjs";

const PORT = 3000;
const DIR = join(ROOT, "dist", "excel");
const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".png": "image/png",
};

/**
 * The file under `dir` a URL path names, or null when it cannot name one: it would leave `dir`, holds a NUL, or its
 * percent-encoding is malformed ("%E0%A4%A", "%zz"), which decodeURIComponent throws on — one bad request must
 * never take the server down.
 * @example fileFor("/taskpane.html") → "<dist/excel>/taskpane.html" · fileFor("/%zz") → null
 */
export function fileFor(urlPath, dir = DIR) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath.split("?")[0].split("#")[0]);
  } catch {
    return null;
  }
  if (decoded.includes("\0")) return null;
  const rel = normalize(decoded).replace(/^([/\\])+/, "");
  const full = join(dir, rel === "" ? "taskpane.html" : rel);
  return full === dir || full.startsWith(dir + sep) ? full : null;
}

const HELP = `
Chỉ tiêu đang chạy tại https://localhost:${PORT}/ (Ctrl+C để dừng) / serving at https://localhost:${PORT}/ (Ctrl+C stops)

Excel trên web / Excel on the web:
  1. Mở một sổ tính tại https://excel.cloud.microsoft (hoặc office.com) / open a workbook.
  2. Trang đầu › Phần bổ trợ › Thêm phần bổ trợ khác › Tải lên phần bổ trợ của tôi
     / Home › Add-ins › More add-ins › Upload My Add-in.
  3. Chọn / choose ${join(DIR, "manifest.xml")}
  4. Bấm nút "Kiểm tra chỉ tiêu" trên thẻ Trang đầu; gõ =CHITIEU.TARGET_STATUS(0,7; "ít nhất 65%") vào một ô.

Excel trên máy tính / Excel desktop:
  Windows: đặt manifest.xml vào một thư mục chia sẻ, thêm thư mục đó vào Trung tâm Tin cậy › Danh mục Phần bổ trợ
           Tin cậy, khởi động lại Excel, rồi Chèn › Phần bổ trợ của tôi › THƯ MỤC DÙNG CHUNG.
           / share a folder holding manifest.xml, add it under Trust Center › Trusted Add-in Catalogs, restart Excel,
           then Insert › My Add-ins › SHARED FOLDER.
  macOS:   cp ${join(DIR, "manifest.xml")} ~/Library/Containers/com.microsoft.Excel/Data/Documents/wef/
           rồi mở lại Excel › Chèn › Phần bổ trợ của tôi / then reopen Excel › Insert › My Add-ins.
  Hoặc / or: npx office-addin-debugging start ${join(DIR, "manifest.xml")} desktop --no-debug (Windows/macOS).

Trình duyệt phải tin chứng chỉ localhost: nếu chưa, chạy / the browser must trust the localhost certificate; if not:
  npx office-addin-dev-certs install
Máy chủ khác / another host: CHITIEU_BASE_URL=https://ten-mien/duong-dan/ npm run build:excel, rồi chép dist/excel lên đó.
`;

/**
 * The localhost certificate and key. office-addin-dev-certs generates them and installs its CA as trusted, which
 * needs administrator rights; without them the generated files are still used and the user is told how to trust them.
 */
async function certificates() {
  const devCerts = await import("office-addin-dev-certs");
  const { getHttpsServerOptions } = devCerts.default ?? devCerts;
  try {
    return await getHttpsServerOptions();
  } catch (err) {
    const dir = join(homedir(), ".office-addin-dev-certs");
    const [cert, key, ca] = await Promise.all(["localhost.crt", "localhost.key", "ca.crt"].map((f) => readFile(join(dir, f)).catch(() => null)));
    if (!cert || !key) throw err;
    console.warn(
      `Chưa cài được chứng chỉ gốc (cần quyền quản trị): chạy "npx office-addin-dev-certs install" hoặc tin ${join(dir, "ca.crt")} bằng tay.\n` +
        `Could not install the CA certificate (needs admin rights): run "npx office-addin-dev-certs install" or trust ${join(dir, "ca.crt")} by hand.`,
    );
    return { cert, key, ca: ca ?? undefined };
  }
}

async function main() {
  await buildExcel();
  const options = await certificates();
  const server = createServer(options, async (req, res) => {
    const file = fileFor(req.url ?? "/");
    if (!file) {
      res.writeHead(400, { "Content-Type": "text/plain; charset=utf-8" });
      res.end("Đường dẫn không hợp lệ / bad request path");
      return;
    }
    try {
      if (!(await stat(file)).isFile()) throw new Error("not found");
      const body = await readFile(file);
      res.writeHead(200, { "Content-Type": TYPES[extname(file)] ?? "application/octet-stream", "Cache-Control": "no-store" });
      res.end(body);
    } catch {
      res.writeHead(404, { "Content-Type": "text/plain; charset=utf-8" });
      res.end("Không có / not found");
    }
  });
  server.listen(PORT, "localhost", () => console.log(HELP));
}

// Run as a script (npm run start:excel); imported by tests for fileFor only.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((err) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  });
}
