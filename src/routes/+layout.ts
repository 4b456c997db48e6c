// Every page is prerendered: the site is static and must read fully with JavaScript off.
export const prerender = true;
