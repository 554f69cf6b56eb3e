import { describe, expect, it } from 'vitest';
import { hashOf, isBare, isPublic, paths, routeOf, tabOf, worksOffline, type Route } from './router';
import { ROUTES, type RouteSpec } from './routes';

describe('router', () => {
  it('reads every screen from its address and back', () => {
    const routes: Route[] = [
      { name: 'stories' },
      { name: 'newStory' },
      { name: 'newStory', witness: 'a-7 b' },
      { name: 'letter', id: '0b7a3c1e-9f2d-4c55-8a1e-3f4b5c6d7e8f' },
      { name: 'login' },
      { name: 'register' },
      { name: 'story', id: '0b7a3c1e-9f2d-4c55-8a1e-3f4b5c6d7e8f' },
      { name: 'editStory', id: 'local-5f3e' },
      { name: 'settings' },
      { name: 'security' },
      { name: 'targetSheet' },
      { name: 'rotations' },
      { name: 'attendings' },
      { name: 'letters' },
      { name: 'today' },
      { name: 'rotationForm' },
      { name: 'rotationForm', id: 'r-1' },
      { name: 'attendingForm', id: 'a-1' },
      { name: 'messages' },
      { name: 'messages', letterId: 'l-1', kind: 'REMINDER' },
      { name: 'messages', attendingId: 'a 1&x=y' },
      { name: 'plan' },
      { name: 'plan', at: 'rotation-r-1-expectations' },
      { name: 'habits' },
      { name: 'portfolio' },
      { name: 'calendar' },
      { name: 'yourData' },
    ];
    for (const route of routes) expect(routeOf(hashOf(route))).toEqual(route);
  });

  it('reads feedback, program and packet addresses and back', () => {
    const routes: Route[] = [
      { name: 'feedback' },
      { name: 'feedback', attendingId: 'a-1' },
      { name: 'newFeedback' },
      { name: 'feedbackForm', id: 'f-1' },
      { name: 'feedbackForm', id: 'local-9c2d' },
      { name: 'programs' },
      { name: 'programForm' },
      { name: 'programForm', id: 'p-1' },
      { name: 'program', id: 'p-1' },
      { name: 'packet', attendingId: 'a 1/2' },
    ];
    for (const route of routes) expect(routeOf(hashOf(route))).toEqual(route);
    expect(routeOf('#/feedback?attending=')).toEqual({ name: 'today' });
  });

  it('opens on Today: home is Today, and unknown or broken addresses go home', () => {
    expect(hashOf({ name: 'today' })).toBe('#/');
    expect(routeOf('#/')).toEqual({ name: 'today' });
    expect(routeOf('')).toEqual({ name: 'today' });
    expect(routeOf('#/nowhere')).toEqual({ name: 'today' });
    expect(routeOf('#/stories/%E0%A4%A/edit')).toEqual({ name: 'today' });
    expect(routeOf('#/messagesx')).toEqual({ name: 'today' });
  });

  it('gives My stories its own address, apart from a story and the log form', () => {
    expect(hashOf({ name: 'stories' })).toBe('#/stories');
    expect(routeOf('#/stories')).toEqual({ name: 'stories' });
    expect(routeOf('#/stories/new')).toEqual({ name: 'newStory' });
    expect(routeOf('#/stories/s-1')).toEqual({ name: 'story', id: 's-1' });
  });

  it('still follows the old Today address', () => {
    expect(routeOf('#/today')).toEqual({ name: 'today' });
  });

  it('knows which screens work with no connection', () => {
    for (const hash of ['#/', '#/portfolio', '#/stories', '#/stories/new', '#/stories/s-1', '#/feedback/new'])
      expect(worksOffline(hash), hash).toBe(true);
    for (const hash of [
      '#/plan?at=x',
      '#/messages?letterId=l-1',
      '#/habits',
      '#/attendings',
      '#/settings/target',
      '#/letters',
      '#/programs/p-1',
    ]) {
      expect(worksOffline(hash), hash).toBe(false);
    }
  });

  it('ignores unknown or empty query values', () => {
    expect(routeOf('#/messages?letterId=&colour=red')).toEqual({ name: 'messages' });
    expect(routeOf('#/plan?at=')).toEqual({ name: 'plan' });
  });

  it('links to every address of every screen in the table and reads it back', () => {
    const messy = ['0b7a3c1e-9f2d-4c55-8a1e-3f4b5c6d7e8f', 'local-5f3e', 'a 1/2&x=y?', 'dr. o’neil #2'];
    for (const spec of ROUTES as readonly RouteSpec[]) {
      const patterns = typeof spec.path === 'string' ? [spec.path] : spec.path;
      for (const pattern of patterns) {
        for (const value of messy) {
          const keys = [...pattern.matchAll(/:([A-Za-z]+)/g)].map((match) => match[1]!);
          const withParams = { name: spec.name, ...Object.fromEntries(keys.map((key) => [key, value])) };
          const withQuery = { ...withParams, ...Object.fromEntries((spec.query ?? []).map((key) => [key, value])) };
          for (const route of [withParams, withQuery] as unknown as Route[]) {
            const hash = hashOf(route);
            expect(hash.startsWith(pattern.split(':')[0]!), hash).toBe(true);
            expect(routeOf(hash), hash).toEqual(route);
          }
        }
      }
    }
  });

  it('keeps every address as saved links and the home-screen shortcut know them', () => {
    const addresses: [Route, string][] = [
      [{ name: 'today' }, '#/'],
      [{ name: 'stories' }, '#/stories'],
      [{ name: 'newStory' }, '#/stories/new'],
      [{ name: 'newStory', witness: 'a 1' }, '#/stories/new?witness=a%201'],
      [{ name: 'story', id: 's-1' }, '#/stories/s-1'],
      [{ name: 'editStory', id: 's-1' }, '#/stories/s-1/edit'],
      [{ name: 'login' }, '#/login'],
      [{ name: 'register' }, '#/register'],
      // The links in LORkit's mails: they must keep opening the same screens.
      [{ name: 'forgotPassword' }, '#/forgot-password'],
      [{ name: 'resetPassword', token: 'q3V_xT-0p9' }, '#/reset-password?token=q3V_xT-0p9'],
      [{ name: 'verifyEmail', token: 'q3V_xT-0p9' }, '#/verify-email?token=q3V_xT-0p9'],
      [{ name: 'unsubscribe', token: 'q3V_xT-0p9' }, '#/unsubscribe?token=q3V_xT-0p9'],
      // The links the applicant gives her writers and advisers (issue 18).
      [
        { name: 'sharedPage', token: 'Zk3_q-9xWb0aT7uLmN2pQr5sVy8cD1eF4gH6jK0oPiU' },
        '#/s/Zk3_q-9xWb0aT7uLmN2pQr5sVy8cD1eF4gH6jK0oPiU',
      ],
      [{ name: 'sharing' }, '#/settings/sharing'],
      [{ name: 'settings' }, '#/settings'],
      [{ name: 'security' }, '#/settings/security'],
      [{ name: 'targetSheet' }, '#/settings/target'],
      [{ name: 'calendar' }, '#/settings/calendar'],
      [{ name: 'yourData' }, '#/settings/data'],
      [{ name: 'notifications' }, '#/settings/notifications'],
      [{ name: 'rotations' }, '#/rotations'],
      [{ name: 'rotationForm' }, '#/rotations/new'],
      [{ name: 'rotationForm', id: 'r 1' }, '#/rotations/r%201/edit'],
      [{ name: 'attendings' }, '#/attendings'],
      [{ name: 'attendingForm' }, '#/attendings/new'],
      [{ name: 'attendingForm', id: 'a-1' }, '#/attendings/a-1/edit'],
      [{ name: 'packet', attendingId: 'a/1' }, '#/attendings/a%2F1/packet'],
      [{ name: 'letters' }, '#/letters'],
      [{ name: 'letter', id: 'l-1' }, '#/letters/l-1'],
      [{ name: 'feedback' }, '#/feedback'],
      [{ name: 'feedback', attendingId: 'a&1' }, '#/feedback?attending=a%261'],
      [{ name: 'newFeedback' }, '#/feedback/new'],
      [{ name: 'feedbackForm', id: 'f-1' }, '#/feedback/f-1/edit'],
      [{ name: 'programs' }, '#/programs'],
      [{ name: 'programForm' }, '#/programs/new'],
      [{ name: 'programForm', id: 'p-1' }, '#/programs/p-1/edit'],
      [{ name: 'program', id: 'p-1' }, '#/programs/p-1'],
      [{ name: 'messages' }, '#/messages'],
      [{ name: 'messages', kind: 'REMINDER', letterId: 'l 1' }, '#/messages?letterId=l+1&kind=REMINDER'],
      [
        { name: 'messages', letterId: 'l-1', kind: 'PACKET_EMAIL', shareUrl: 'https://lorkit.example/#/s/abc' },
        '#/messages?letterId=l-1&kind=PACKET_EMAIL&shareUrl=https%3A%2F%2Florkit.example%2F%23%2Fs%2Fabc',
      ],
      [{ name: 'plan', at: 'rotation-r-1' }, '#/plan?at=rotation-r-1'],
      [{ name: 'habits' }, '#/habits'],
      [{ name: 'portfolio' }, '#/portfolio'],
    ];
    for (const [route, hash] of addresses) expect(hashOf(route)).toBe(hash);
    expect([...new Set(addresses.map(([route]) => route.name))].sort()).toEqual(
      [...new Set(ROUTES.map((spec) => spec.name))].sort(),
    );
    expect(paths.newStory).toBe('#/stories/new');
  });

  it('marks the bottom-bar tab each screen belongs to', () => {
    const tabs = (tab: string) => ROUTES.filter((spec) => tabOf({ name: spec.name } as Route) === tab).map((spec) => spec.name);
    expect(tabs('today')).toEqual(['today']);
    expect(tabs('log')).toEqual(['newStory', 'newFeedback']);
    expect(tabs('stories')).toEqual(['stories', 'story', 'editStory']);
    expect(tabs('more')).toEqual(expect.arrayContaining(['settings', 'letter', 'packet', 'messages', 'portfolio', 'yourData']));
    expect(tabs('more')).toHaveLength(ROUTES.length - 6 - 2 - 5); // all but the six above, login, register and the public five
  });

  it('opens only the forgotten-password form and the links in mails to signed-out visitors', () => {
    const open = ROUTES.filter((spec) => isPublic({ name: spec.name } as Route)).map((spec) => spec.name);
    expect(open).toEqual(['forgotPassword', 'resetPassword', 'verifyEmail', 'unsubscribe', 'sharedPage']);
    expect(routeOf('#/reset-password?token=abc')).toEqual({ name: 'resetPassword', token: 'abc' });
    expect(routeOf('#/reset-password')).toEqual({ name: 'today' });
  });

  it('draws only the shared pages bare: no header, no bottom bar, no login, whoever is signed in', () => {
    const bare = ROUTES.filter((spec) => isBare({ name: spec.name } as Route)).map((spec) => spec.name);
    expect(bare).toEqual(['sharedPage']);
    expect(routeOf('#/s/Zk3_q-9xWb0aT7uLmN2pQr5sVy8cD1eF4gH6jK0oPiU')).toEqual({
      name: 'sharedPage',
      token: 'Zk3_q-9xWb0aT7uLmN2pQr5sVy8cD1eF4gH6jK0oPiU',
    });
    expect(worksOffline('#/s/abc')).toBe(false);
    expect(routeOf('#/s/')).toEqual({ name: 'today' });
  });

  it('draws a screen for every address a signed-in applicant can open', () => {
    for (const spec of ROUTES as readonly RouteSpec[])
      expect(!!spec.screen, spec.name).toBe(spec.name !== 'login' && spec.name !== 'register');
  });
});
