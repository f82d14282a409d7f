/**
 * The browser tests' `test` and `expect`. Pages are used as a reader uses them: a test acts as soon
 * as a control is visible, with no wait for hydration and no synthetic events. The calculator works
 * before its code arrives (e2e/first-input.spec.ts), so nothing a test does early is lost.
 */
export { expect, test } from "@playwright/test";
