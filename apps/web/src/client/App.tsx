import { lazy, type ReactElement, Suspense, useEffect, useState } from 'react';
import { SessionInfo } from '../shared/api.js';
import { api, can, type User } from './api.js';
import type { Doc } from './editor/doc.js';
import { I18nProvider, useI18n } from './i18n/index.js';
import { ListPage } from './pages/ListPage.js';
import { LoginPage } from './pages/LoginPage.js';
import { SetupPage } from './pages/SetupPage.js';
import { Link, navigate, useLocation } from './router.js';

// The editor (with the core, zod and decimal.js) loads when a supervision opens, so signing
// in and the list stay light.
const SupervisionPage = lazy(() =>
  import('./pages/SupervisionPage.js').then((m) => ({ default: m.SupervisionPage })),
);
const NewDraftPage = lazy(() => import('./pages/NewDraftPage.js').then((m) => ({ default: m.NewDraftPage })));
const StartPage = lazy(() => import('./pages/StartPage.js').then((m) => ({ default: m.StartPage })));
const FollowUpsPage = lazy(() =>
  import('./pages/FollowUpsPage.js').then((m) => ({ default: m.FollowUpsPage })),
);
const UsersPage = lazy(() => import('./pages/UsersPage.js').then((m) => ({ default: m.UsersPage })));
const PacksPage = lazy(() => import('./pages/PacksPage.js').then((m) => ({ default: m.PacksPage })));
const ProvincePage = lazy(() => import('./pages/ProvincePage.js').then((m) => ({ default: m.ProvincePage })));

function Shell() {
  const { t, lang, setLang } = useI18n();
  const { path, state } = useLocation();
  const [session, setSession] = useState<Omit<SessionInfo, 'csrf'>>();
  // On a phone the top bar folds its links behind one button.
  const [menu, setMenu] = useState(false);
  useEffect(() => {
    void api('GET', '/api/auth/session', SessionInfo).then(setSession);
  }, []);
  const signedIn = (user: User) => setSession({ user, setupRequired: false });
  const signOut = async () => {
    await api('POST', '/api/auth/logout');
    setSession({ user: null, setupRequired: false });
    navigate('/');
  };

  let page: ReactElement;
  if (!session) page = <p>{t.loading}</p>;
  else if (!session.user) {
    page = session.setupRequired ? <SetupPage onSignedIn={signedIn} /> : <LoginPage onSignedIn={signedIn} />;
  } else {
    const match = /^\/s\/(\d+)$/.exec(path);
    if (match) page = <SupervisionPage key={match[1]} id={Number(match[1])} user={session.user} />;
    else if (path === '/new') {
      const s = (state ?? {}) as { draft?: Doc; fileName?: string };
      page = s.draft ? <NewDraftPage initial={s.draft} fileName={s.fileName} /> : <StartPage />;
    } else if (path === '/kien-nghi') page = <FollowUpsPage />;
    else if (path === '/tong-hop') page = <ProvincePage />;
    else if (path === '/users' && can(session.user, 'administer')) page = <UsersPage />;
    else if (path === '/packs' && can(session.user, 'administer')) page = <PacksPage />;
    else page = <ListPage user={session.user} />;
  }

  return (
    <>
      <header className="topbar">
        <Link to="/" className="brand">
          <strong>{t.appName}</strong> <span>{t.tagline}</span>
        </Link>
        <button
          type="button"
          className="menu-toggle"
          aria-expanded={menu}
          aria-controls="main-nav"
          onClick={() => setMenu((m) => !m)}
        >
          {t.menu}
        </button>
        {/* biome-ignore lint/a11y/useKeyWithClickEvents: the clicks bubble from the links and buttons inside, keyboard activation included */}
        <nav
          id="main-nav"
          className={menu ? 'open' : undefined}
          aria-label={t.menu}
          onClick={() => setMenu(false)}
        >
          {session?.user && <Link to="/">{t.supervisions}</Link>}
          {session?.user && <Link to="/kien-nghi">{t.followUps.nav}</Link>}
          {session?.user && <Link to="/tong-hop">{t.province.nav}</Link>}
          {can(session?.user, 'administer') && <Link to="/users">{t.users}</Link>}
          {can(session?.user, 'administer') && <Link to="/packs">{t.packs.nav}</Link>}
          <button
            type="button"
            className="link"
            data-testid="lang"
            onClick={() => setLang(lang === 'vi' ? 'en' : 'vi')}
          >
            {t.switchLang}
          </button>
          {session?.user && (
            <span className="who">
              {session.user.name} ({t.roles[session.user.role]})
              <button type="button" className="link" onClick={() => void signOut()}>
                {t.signOut}
              </button>
            </span>
          )}
        </nav>
      </header>
      <main>
        <Suspense fallback={<p>{t.loading}</p>}>{page}</Suspense>
      </main>
    </>
  );
}

export function App() {
  return (
    <I18nProvider>
      <Shell />
    </I18nProvider>
  );
}
