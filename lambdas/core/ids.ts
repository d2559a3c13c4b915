import { createHash } from "node:crypto";

/** A short, stable id: the same parts always give the same id. */
export function stableId(...parts: readonly (string | number | boolean | null | undefined)[]): string {
  const hash = createHash("sha256");
  for (const part of parts) hash.update(`${part === undefined ? "" : String(part)}\u001f`);
  return hash.digest("hex").slice(0, 16);
}

/** Lowercase, hyphen-separated form of a name, for keys: "The Independent" → "the-independent". */
export function slugify(name: string): string {
  return (
    name
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, "-")
      .replace(/^-+|-+$/g, "") || "unnamed"
  );
}
