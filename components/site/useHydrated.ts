"use client";
import { useSyncExternalStore } from "react";

const noChange = () => () => {};

/**
 * False in the server's HTML and until React has taken over the page, then true: for a control that
 * only does something with the code (a button with no form to fall back on), so it looks ready only
 * when it is.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    noChange,
    () => true,
    () => false,
  );
}
