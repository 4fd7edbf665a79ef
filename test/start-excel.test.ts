// `npm run start:excel` never asks for administrator rights: certificates in the user's folder, the CA in the user's store or a note saying how.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { prepareCertificates } from "../scripts/start-excel.mjs";

/** office-addin-dev-certs as far as start:excel uses it, recording each call. */
function fakeTools(state: { valid: boolean; installed: boolean; installFails?: boolean }) {
  const calls: string[] = [];
  return {
    calls,
    verifyCertificates: () => (calls.push("verify"), state.valid),
    generateCertificates: async (ca: string, cert: string, key: string) => {
      calls.push("generate");
      for (const f of [ca, cert, key]) writeFileSync(f, `-----${f}-----`);
    },
    isCaCertificateInstalled: () => (calls.push("isInstalled"), state.installed),
    installCaCertificate: async (_ca: string, machine: boolean) => {
      calls.push(`install machine=${machine}`);
      if (state.installFails) throw new Error("cancelled");
    },
  };
}

describe("prepareCertificates", () => {
  it.each([
    ["Linux, nothing yet: generates, never runs sudo, says how to trust by hand", "linux", { valid: false, installed: false }, ["verify", "generate", "isInstalled"], false],
    ["Windows, nothing yet: generates and adds the CA to the current user's store", "win32", { valid: false, installed: false }, ["verify", "generate", "isInstalled", "install machine=false"], true],
    ["macOS, user cancels the keychain prompt: starts anyway with a note", "darwin", { valid: true, installed: false, installFails: true }, ["verify", "isInstalled", "install machine=false"], false],
    ["already set up: touches nothing", "win32", { valid: true, installed: true }, ["verify", "isInstalled"], true],
  ] as const)("%s", async (_name, platform, state, expectedCalls, trusted) => {
    const dir = mkdtempSync(join(tmpdir(), "chitieu-certs-"));
    const tools = fakeTools({ ...state });
    if (state.valid) for (const f of ["ca.crt", "localhost.crt", "localhost.key"]) writeFileSync(join(dir, f), "x");
    const r = await prepareCertificates({ dir, platform, tools });
    expect(tools.calls).toEqual(expectedCalls);
    expect(tools.calls.some((c) => c.includes("machine=true"))).toBe(false);
    expect(r.trusted).toBe(trusted);
    expect(r.cert.length).toBeGreaterThan(0);
    if (!trusted) {
      expect(r.note).toContain(join(dir, "ca.crt"));
      expect(r.note).toMatch(/không cần quyền quản trị/);
    } else expect(r.note).toBe("");
  });
});
