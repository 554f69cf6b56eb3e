import { render } from 'preact';
import { App } from './app/App';
import { resumeSession } from './auth/session';
import './app/app.css';

render(<App />, document.getElementById('app')!);
void resumeSession();
