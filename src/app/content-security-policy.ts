/**
 * The deployed page's Content Security Policy: everything from the page's own origin, no inline
 * scripts or styles and no eval (shiki highlights with its JavaScript regex engine, so it needs no
 * WebAssembly either). The build puts it in a <meta>; the e2e tests also send it as a header.
 */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/** What a host adds in its header: framing can be refused only there, not in a <meta>. */
export const contentSecurityPolicyHeader = `${contentSecurityPolicy}; frame-ancestors 'none'`;
