import { describe, expect, it } from 'vitest';
import { hashOf, routeOf, worksOffline, type Route } from './router';

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
});
