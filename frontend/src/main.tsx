import { render } from 'preact';
import { App } from './app/App';
import { isBare, routeOf } from './app/router';
import { registerServiceWorker } from './app/serviceWorker';
import { resumeSession } from './auth/session';
import './outbox/appOutbox'; // starts sending waiting changes as soon as the applicant is known
import './app/app.css';

render(<App />, document.getElementById('app')!);
void resumeSession();
// A shared page opened on a writer's or an adviser's browser installs nothing there.
if (!isBare(routeOf(location.hash))) registerServiceWorker();
