// Development server for the Excel add-in: builds dist/excel, serves it on https://localhost:3000 with Office dev certificates, and says how to sideload.
import { createServer } from "node:https";
import { readFile, stat } from "node:fs/promises";
import { homedir } from "node:os";
import { extname, join, normalize, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
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

const CERT_DIR_TEXT = join(homedir(), ".office-addin-dev-certs");
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

Không cần quyền quản trị / no administrator rights needed: chứng chỉ localhost nằm trong ${CERT_DIR_TEXT}.
Máy chủ thật / a real server: npm run build:excel -- --base-url https://ten-mien/duong-dan/ rồi chép dist/excel lên đó
  (hướng dẫn triển khai / deployment guide: docs/deploy-excel.md).
`;

/** Where office-addin-dev-certs keeps its certificates (its default folder, shared with Microsoft's own tools). */
export const CERT_DIR = join(homedir(), ".office-addin-dev-certs");

/**
 * The localhost certificate and key, and whether this machine trusts them, without ever asking for administrator
 * rights: the certificates are generated in the user's own folder (no rights needed); their CA is added to the
 * *user's* trust store where that needs none (Windows: the CurrentUser store, after one confirmation dialog; macOS:
 * the login keychain, after the user's own password); on Linux that would take sudo, so the server starts anyway and
 * `trust` says how to trust the CA by hand. `tools` is office-addin-dev-certs (injectable for tests).
 * @example await prepareCertificates() → { cert, key, ca, trusted: true, note: "" }
 */
export async function prepareCertificates({ dir = CERT_DIR, platform = process.platform, tools } = {}) {
  const devCerts = tools ?? (await import("office-addin-dev-certs")).default ?? (await import("office-addin-dev-certs"));
  const paths = { ca: join(dir, "ca.crt"), cert: join(dir, "localhost.crt"), key: join(dir, "localhost.key") };
  let valid = false;
  try {
    valid = devCerts.verifyCertificates(paths.cert, paths.key);
  } catch {
    valid = false;
  }
  if (!valid) await devCerts.generateCertificates(paths.ca, paths.cert, paths.key);
  let trusted = false;
  try {
    trusted = devCerts.isCaCertificateInstalled();
  } catch {
    trusted = false;
  }
  let note = "";
  if (!trusted && platform !== "linux") {
    try {
      await devCerts.installCaCertificate(paths.ca, false);
      trusted = true;
    } catch {
      trusted = false;
    }
  }
  if (!trusted) {
    note =
      `Chứng chỉ localhost chưa được tin: mở Excel trên web bằng Chrome/Edge, vào Cài đặt › Quyền riêng tư và bảo mật › Quản lý chứng chỉ › Nhập ${paths.ca} vào "Tổ chức cấp chứng chỉ gốc tin cậy" của người dùng (không cần quyền quản trị), rồi tải lại.\n` +
      `The localhost certificate is not trusted yet: in Chrome/Edge open Settings › Privacy and security › Manage certificates and import ${paths.ca} as a trusted root for your user (no administrator rights needed), then reload.` +
      (platform === "linux" ? `\nHoặc cho cả máy (cần sudo) / or machine-wide (needs sudo): npx office-addin-dev-certs install` : "");
  }
  const [cert, key, ca] = await Promise.all([paths.cert, paths.key, paths.ca].map((f) => readFile(f)));
  return { cert, key, ca, trusted, note };
}

async function main() {
  await buildExcel();
  const { cert, key, ca, note } = await prepareCertificates();
  const options = { cert, key, ca };
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
  server.listen(PORT, "localhost", () => console.log(note ? `${HELP}\n${note}\n` : HELP));
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((err) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  });
}
