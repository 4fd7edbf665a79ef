#!/usr/bin/env node
// `npx chitieu`: runs the TypeScript CLI through tsx's loader, so the source is the program (no build step).
import { register } from "tsx/esm/api";

register();
const { main } = await import("./main.ts");
process.exitCode = await main(process.argv.slice(2));
