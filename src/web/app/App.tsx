import { Center, Loader } from '@mantine/core';
import { useSession } from './api/session.ts';
import { useLocation } from './router/router.ts';
import { landingPath, matchRoute, paths, type Route } from './router/routes.ts';
import { Redirect, safeNext } from './router/Redirect.tsx';
import { AppLayout } from './layout/AppLayout.tsx';
import { ErrorAlert } from '../ui/ErrorAlert.tsx';
import { NotFound } from '../ui/NotFound.tsx';
import { SignInPage } from '../features/auth/SignInPage.tsx';
import { UnitsPage } from '../features/units/UnitsPage.tsx';
import { UnitPage } from '../features/units/UnitPage.tsx';
import { AuditPage } from '../features/audit/AuditPage.tsx';
import { TokensPage } from '../features/tokens/TokensPage.tsx';
import { SettingsPage } from '../features/settings/SettingsPage.tsx';
import { UsersPage } from '../features/users/UsersPage.tsx';
import { KindsPage } from '../features/units/kinds/KindsPage.tsx';
import { DashboardPage } from '../features/tasks/dashboard/DashboardPage.tsx';
import { PlansPage } from '../features/tasks/plans/PlansPage.tsx';
import { PlanPage } from '../features/tasks/plans/PlanPage.tsx';
import { TasksPage } from '../features/tasks/TasksPage.tsx';
import { TaskPage } from '../features/tasks/task/TaskPage.tsx';
import { DossierReportPage } from '../features/dossiers/report/DossierReportPage.tsx';
import { DossierImportPage } from '../features/dossiers/import/DossierImportPage.tsx';
import { ProceduresPage } from '../features/dossiers/ProceduresPage.tsx';
import { ServiceIndexPage } from '../features/dossiers/service-index/ServiceIndexPage.tsx';
import { AssessmentsPage } from '../features/assessments/AssessmentsPage.tsx';
import { FrameworksPage } from '../features/assessments/frameworks/FrameworksPage.tsx';
import { FrameworkEditorPage } from '../features/assessments/frameworks/FrameworkEditorPage.tsx';
import { FrameworkPage } from '../features/assessments/frameworks/FrameworkPage.tsx';
import { RoundPage } from '../features/assessments/rounds/RoundPage.tsx';
import { UnitResultPage } from '../features/assessments/unit/UnitResultPage.tsx';
import { SelfAssessmentPage } from '../features/assessments/self/SelfAssessmentPage.tsx';

function Page({ route }: { route: Route }) {
  switch (route.name) {
    case 'units':
      return <UnitsPage />;
    case 'unit':
      return <UnitPage code={route.code} />;
    case 'audit':
      return <AuditPage />;
    case 'tokens':
      return <TokensPage />;
    case 'users':
      return <UsersPage />;
    case 'kinds':
      return <KindsPage />;
    case 'settings':
      return <SettingsPage />;
    case 'dashboard':
      return <DashboardPage />;
    case 'plans':
      return <PlansPage />;
    case 'plan':
      return <PlanPage code={route.code} />;
    case 'tasks':
      return <TasksPage />;
    case 'task':
      return <TaskPage id={route.id} />;
    case 'dossiers':
      return <DossierReportPage />;
    case 'dossierImport':
      return <DossierImportPage />;
    case 'procedures':
      return <ProceduresPage />;
    case 'serviceIndex':
      return <ServiceIndexPage />;
    case 'assessments':
      return <AssessmentsPage />;
    case 'frameworks':
      return <FrameworksPage />;
    case 'framework':
      return <FrameworkPage key={route.code} code={route.code} />;
    case 'frameworkEdit':
      return <FrameworkEditorPage key={route.code} code={route.code} />;
    case 'round':
      return <RoundPage key={route.code} code={route.code} />;
    case 'roundUnit':
      return <UnitResultPage key={`${route.code}/${route.unit}`} round={route.code} unit={route.unit} />;
    case 'selfAssessment':
      return <SelfAssessmentPage key={`${route.code}/${route.unit}/${route.mode}`} round={route.code} unit={route.unit} mode={route.mode} />;
    default:
      return <NotFound />;
  }
}

/** Routing and the sign-in guard: every page but /sign-in needs a signed-in user. */
export function App() {
  const location = useLocation();
  const route = matchRoute(location.pathname);
  const session = useSession();

  if (session.isPending) {
    return (
      <Center h="100vh">
        <Loader />
      </Center>
    );
  }
  if (session.isError) {
    return (
      <Center h="100vh" p="md">
        <ErrorAlert error={session.error} onRetry={() => void session.refetch()} />
      </Center>
    );
  }

  const user = session.data.user;
  if (route.name === 'signIn') {
    return user ? <Redirect to={safeNext(location.search.get('next')) ?? landingPath(user.permissions)} /> : <SignInPage />;
  }
  if (!user) {
    const query = location.search.toString();
    const here = location.pathname + (query ? `?${query}` : '');
    return <Redirect to={paths.signIn(here)} />;
  }
  if (route.name === 'home') return <Redirect to={landingPath(user.permissions)} />;
  return (
    <AppLayout>
      <Page route={route} />
    </AppLayout>
  );
}
