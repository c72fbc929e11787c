/**
 * How every tool here launches Debian's Chromium (the e2e suite, the bench): the browser the
 * project installs with apt-get, with the flags this network and these containers need.
 */
export const chromiumLaunchOptions = {
  executablePath: '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
  ],
};
