// Screens the applicant needs less often (a story's details, its edit form)
// are loaded on first use, so the app opens faster on a slow connection. Once
// the service worker has cached them they load offline too.
import type { ComponentType, FunctionComponent } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { PageHeading } from './PageHeading';

export function lazyScreen<P extends object>(load: () => Promise<ComponentType<P>>): FunctionComponent<P> {
  let loaded: ComponentType<P> | null = null;
  let loading: Promise<ComponentType<P>> | null = null;

  return function LazyScreen(props: P) {
    const [Screen, setScreen] = useState<ComponentType<P> | null>(() => loaded);
    const [failed, setFailed] = useState(false);

    function start() {
      setFailed(false);
      (loading ??= load()).then(
        (screen) => {
          loaded = screen;
          setScreen(() => screen);
        },
        () => {
          loading = null; // let "Try again" load it afresh
          setFailed(true);
        },
      );
    }

    useEffect(() => {
      if (!Screen) start();
    }, []);

    if (Screen) return <Screen {...props} />;
    if (failed) {
      return (
        <section>
          <PageHeading title="This screen didn't load" />
          <p>Check your connection and try again. Anything you logged is safe on this phone.</p>
          <button type="button" class="button primary" onClick={start}>
            Try again
          </button>
        </section>
      );
    }
    return (
      <p class="muted" role="status">
        Loading…
      </p>
    );
  };
}
