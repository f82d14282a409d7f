/**
 * Sets the theme class on <html> before the first paint, from the reader's saved choice
 * (localStorage "theme": "light" | "dark") or else the system setting, so no wrong theme flashes.
 */
const script = `(function(){try{var t=localStorage.getItem("theme");var d=t==="dark"||(t!=="light"&&matchMedia("(prefers-color-scheme: dark)").matches);document.documentElement.classList.toggle("dark",d)}catch(e){}})()`;

export function ThemeScript() {
  return <script dangerouslySetInnerHTML={{ __html: script }} />;
}
