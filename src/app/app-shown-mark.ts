/** The performance mark start-app.tsx sets once the page works: `npm run bench` reads it. */
export const appShownMark = 'xks-planner:app-shown';
