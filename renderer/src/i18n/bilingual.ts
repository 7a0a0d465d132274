/**
 * The shape of the interface's strings. Each feature keeps its strings in one
 * `<feature>.i18n.ts` file as `{ zh, en }`; the top-level keys under each language are the
 * first segment of the t() keys the feature owns.
 */

/** Nested keys down to one string per key (or a list of strings, read with `returnObjects`). */
export interface TextTree {
  readonly [key: string]: string | readonly string[] | TextTree;
}

/** A feature's strings in both languages; `SameKeys` (applied where they are registered) makes the two key trees equal. */
export interface Bilingual {
  readonly zh: TextTree;
  readonly en: TextTree;
}

/** T's key tree with any strings: what the other language has to match. */
export type KeyTree<T> = { readonly [K in keyof T]: T[K] extends string ? string : KeyTree<T[K]> };

/**
 * Each entry with its zh and en checked against each other's key tree: a key missing on either
 * side, or a string on one side where the other has a subtree, fails to compile.
 */
export type SameKeys<R extends Record<string, Bilingual>> = {
  readonly [F in keyof R]: { readonly zh: KeyTree<R[F]['en']>; readonly en: KeyTree<R[F]['zh']> };
};
