import { holdsPlans } from './features/wizard/browser-plans';
import { afterFirstContentfulPaint } from './lib/after-first-contentful-paint';
import './styles.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no element with id "root"');

// The page is pre-rendered as a first visit sees it. A returning visitor's own plan would replace
// its stepper marks and fields: styles.css hides those until the app shows the real ones.
const returning = holdsPlans();
if (returning) document.documentElement.dataset.holdsPlans = '';

// This entry is small so that the pre-rendered page paints before the app's code is loaded and
// run (start-app.tsx and the rest: the bulk of the first load). The code loads once the page is on
// screen, not as soon as its frame is drawn: loaded and run meanwhile, it held back showing that
// frame (by a second, in some of Lighthouse's runs in headless Chromium here).
afterFirstContentfulPaint(() => {
  void import('./app/start-app').then(({ startApp }) => startApp(container, returning));
});
