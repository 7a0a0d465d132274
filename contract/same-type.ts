/**
 * `true` only when A and B are the same type (not merely assignable): a constant typed
 * `SameType<z.infer<typeof schema>, EngineType> = true` stops compiling the moment a wire schema
 * and the engine's own definition drift apart.
 */
export type SameType<A, B> =
  (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
