import { Center, Loader, Stack } from '@mantine/core';
import { useMe, useSession } from './api/session.ts';
import { useLocation } from './router/router.ts';
import { landingPath, matchRoute, paths, type Route } from './router/routes.ts';
import { Redirect, safeNext } from './router/Redirect.tsx';
import { AppLayout } from './layout/AppLayout.tsx';
import { ErrorAlert } from '../ui/ErrorAlert.tsx';
import { NotFound } from '../ui/NotFound.tsx';
import { SignInPage } from '../features/auth/index.ts';
import { ApparatusPage, KindsPage, UnitPage, UnitsPage } from '../features/units/index.ts';
import { AuditPage } from '../features/audit/index.ts';
import { JobsPage } from '../features/jobs/index.ts';
import { TokensPage } from '../features/tokens/index.ts';
import { PublicationPage } from '../features/publication/index.ts';
import { SettingsPage } from '../features/settings/index.ts';
import { UsersPage } from '../features/users/index.ts';
import { DashboardPage, PlanPage, PlansPage, TaskPage, TasksPage } from '../features/tasks/index.ts';
import { DossierImportPage, DossierReportPage, OfficialsPage, ProcedureTimesPage, ProceduresPage, ServiceIndexPage } from '../features/dossiers/index.ts';
import { CommitteePage, CommitteesPage, FollowedPage } from '../features/steering/index.ts';
import { ConsolidatedPage } from '../features/consolidated/index.ts';
import { LatestReports, ReportingPage, ReportingRoundPage, ReportingSubmissionPage } from '../features/reporting/index.ts';
import { FollowUpPage, FollowUpsPage, FollowUpStatisticsPage, TaskFollowUps, UnitItems } from '../features/followups/index.ts';
import { MeetingPage, MeetingsPage } from '../features/meetings/index.ts';
import { InspectionPage, InspectionsPage } from '../features/inspections/index.ts';
import { PositionListPage, PositionsPage } from '../features/positions/index.ts';
import { TargetsPage, TargetsSection } from '../features/targets/index.ts';
import { AssessmentsPage, FrameworkEditorPage, FrameworkPage, FrameworksPage, RoundPage, SelfAssessmentPage, StandingsProfilePage, StandingTargetsCard, UnitResultPage } from '../features/assessments/index.ts';
import { SurveysPage, WavePage } from '../features/surveys/index.ts';

function Page({ route }: { route: Route }) {
  switch (route.name) {
    case 'units':
      return <UnitsPage />;
    case 'unit':
      return <UnitPage code={route.code} renderTargets={(unit, asOf) => <TargetsSection unit={unit} asOf={asOf} />} />;
    case 'apparatus':
      return <ApparatusPage />;
    case 'audit':
      return <AuditPage />;
    case 'jobs':
      return <JobsPage />;
    case 'tokens':
      return <TokensPage />;
    case 'publication':
      return <PublicationPage />;
    case 'users':
      return <UsersPage />;
    case 'kinds':
      return <KindsPage />;
    case 'settings':
      return <SettingsPage />;
    case 'dashboard':
      // The dashboard (tasks) shows the reader's unit's follow-up items (followups) and its targets on published indices (assessments): composed here.
      return (
        <DashboardPage
          renderBelow={() => (
            <>
              <MyStandingTargets />
              <MyUnitItems />
            </>
          )}
        />
      );
    case 'plans':
      return <PlansPage />;
    case 'plan':
      return <PlanPage code={route.code} />;
    case 'tasks':
      return <TasksPage />;
    case 'task':
      return <TaskPage id={route.id} renderLinked={(taskId) => <TaskFollowUps taskId={taskId} />} />;
    case 'dossiers':
      return <DossierReportPage />;
    case 'dossierImport':
      return <DossierImportPage />;
    case 'procedureTimes':
      return <ProcedureTimesPage />;
    case 'targets':
      return <TargetsPage />;
    case 'dossierOfficials':
      return <OfficialsPage />;
    case 'procedures':
      return <ProceduresPage />;
    case 'serviceIndex':
      return <ServiceIndexPage />;
    case 'consolidated':
      return <ConsolidatedPage />;
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
    case 'standingsProfile':
      return <StandingsProfilePage key={route.unit ?? ''} unit={route.unit} />;
    case 'selfAssessment':
      return <SelfAssessmentPage key={`${route.code}/${route.unit}/${route.mode}`} round={route.code} unit={route.unit} mode={route.mode} />;
    case 'steering':
      return <CommitteesPage />;
    case 'committee':
      return <CommitteePage key={route.code} code={route.code} />;
    case 'followed':
      // The member's page (steering) shows each followed unit's latest reports (reporting): composed here, as neither feature knows the other.
      // The member's page (steering) shows each followed unit's latest reports (reporting) and open follow-up items (followups): composed here, as neither feature knows the other.
      return (
        <FollowedPage
          renderLatestReport={(u, asOf) => (
            <Stack gap="sm">
              <LatestReports unit={u.unit.code} asOf={asOf} />
              <UnitItems unit={u.unit.code} titleId="followUps.followedItems" />
            </Stack>
          )}
        />
      );
    case 'reporting':
      return <ReportingPage />;
    case 'reportingRound':
      return <ReportingRoundPage key={route.code} code={route.code} />;
    case 'reportingSubmission':
      return <ReportingSubmissionPage key={`${route.code}/${route.unit}`} round={route.code} unit={route.unit} />;
    case 'followUps':
      return <FollowUpsPage />;
    case 'followUpStatistics':
      return <FollowUpStatisticsPage />;
    case 'followUp':
      return <FollowUpPage key={route.code} code={route.code} />;
    case 'meetings':
      return <MeetingsPage />;
    case 'meeting':
      return <MeetingPage key={route.code} code={route.code} />;
    case 'inspections':
      return <InspectionsPage />;
    case 'inspection':
      return <InspectionPage key={route.code} code={route.code} />;
    case 'positions':
      return <PositionsPage />;
    case 'positionList':
      return <PositionListPage key={route.id} id={route.id} />;
    case 'surveys':
      return <SurveysPage />;
    case 'surveyWave':
      return <WavePage key={route.code} code={route.code} />;
    default:
      return <NotFound />;
  }
}

/** The follow-up items of the reader's own unit (their first unit grant), on the dashboard. */
function MyUnitItems() {
  const unit = useMe().grants.find((g) => g.unitCode !== null)?.unitCode;
  return unit ? <UnitItems unit={unit} titleId="followUps.myUnit" /> : null;
}

/** The targets on published indices of the reader's own unit (their first unit grant), on the dashboard. */
function MyStandingTargets() {
  const unit = useMe().grants.find((g) => g.unitCode !== null)?.unitCode;
  return unit ? <StandingTargetsCard unit={unit} /> : null;
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
