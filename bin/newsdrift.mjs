#!/usr/bin/env node
// Runs the TypeScript CLI directly through tsx, so `npm install` is all the setup it needs.
import { register } from "tsx/esm/api";

register();
await import("./cli.ts");
