/**
 * When a page's interactive parts take over from their server-rendered HTML: at the reader's first
 * sign of interest (a pointer over the page, a touch, a key, focus, a scroll or wheel), or once the
 * page has loaded and the browser is idle, whichever comes first. One promise per page, shared by
 * every gate (components/gate/Gate.tsx). Until it settles, the server's HTML is what the reader
 * sees, and no code of the calculator has been fetched: the first load carries only the framework.
 */
const SIGNS_OF_INTEREST = ["pointerover", "pointerdown", "touchstart", "keydown", "focusin", "wheel", "scroll"] as const;

/** After `load`, how long the browser may stay busy before the parts take over anyway. */
const IDLE_TIMEOUT_MS = 1500;

let activation: Promise<void> | null = null;

export function whenActive(): Promise<void> {
  activation ??= new Promise<void>((resolve) => {
    let done = false;
    const go = () => {
      if (done) return;
      done = true;
      for (const type of SIGNS_OF_INTEREST) window.removeEventListener(type, go, true);
      resolve();
    };
    for (const type of SIGNS_OF_INTEREST) window.addEventListener(type, go, { capture: true, passive: true });
    const whenIdle = () =>
      "requestIdleCallback" in window ? window.requestIdleCallback(go, { timeout: IDLE_TIMEOUT_MS }) : setTimeout(go, 200);
    if (document.readyState === "complete") whenIdle();
    else window.addEventListener("load", whenIdle, { once: true });
  });
  return activation;
}
