import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { BrowserRouter, Route, Routes } from 'react-router-dom';
import { ErrorMessage, Loading } from './components/Feedback';
import { Layout, NotFound, RequirePermission } from './components/Layout';
import { AccountPage } from './features/account/AccountPage';
import { AgenciesPage } from './features/agencies/AgenciesPage';
import { AgencyDetailPage } from './features/agencies/AgencyDetailPage';
import { AuditPage } from './features/audit/AuditPage';
import { LoginPage } from './features/auth/LoginPage';
import { CalendarPage } from './features/calendar/CalendarPage';
import { HomePage } from './features/home/HomePage';
import { InspectionDetailPage } from './features/inspections/InspectionDetailPage';
import { InspectionNewPage } from './features/inspections/InspectionNewPage';
import { CheckNewPage } from './features/inspections/CheckNewPage';
import { InspectionsPage } from './features/inspections/InspectionsPage';
import { OnlineSharePage } from './features/inspections/OnlineSharePage';
import { OverdueRecommendationsPage } from './features/inspections/OverdueRecommendationsPage';
import { HotspotsPage } from './features/hotspots/HotspotsPage';
import { PlanDetailPage } from './features/plans/PlanDetailPage';
import { PlansPage } from './features/plans/PlansPage';
import { SanctionDetailPage } from './features/sanctions/SanctionDetailPage';
import { SanctionNewPage } from './features/sanctions/SanctionNewPage';
import { SanctionsPage } from './features/sanctions/SanctionsPage';
import { PartyActivationPage } from './features/party/PartyActivationPage';
import { PartyPortalRoutes } from './features/party/PartyPortal';
import { ArticlePage } from './features/kb/ArticlePage';
import { AssistantPage } from './features/kb/AssistantPage';
import { DocumentPage } from './features/kb/DocumentPage';
import { KnowledgePage } from './features/kb/KnowledgePage';
import { LibraryAdminPage } from './features/kb/LibraryAdminPage';
import { OverduePage } from './features/petitions/OverduePage';
import { StatsPage } from './features/petitions/StatsPage';
import { PetitionDetailPage } from './features/petitions/PetitionDetailPage';
import { PetitionsPage } from './features/petitions/PetitionsPage';
import { RegisterPage } from './features/petitions/RegisterPage';
import { ConclusionsPage } from './features/portal/ConclusionsPage';
import { PortalHome, PortalLayout } from './features/portal/PortalLayout';
import { ReceptionDetailPage } from './features/reception/ReceptionDetailPage';
import { ReceptionNewPage } from './features/reception/ReceptionNewPage';
import { ReceptionPage } from './features/reception/ReceptionPage';
import { SubjectDetailPage } from './features/subjects/SubjectDetailPage';
import { IndicatorSetsPage } from './features/subjects/risk/IndicatorSetsPage';
import { WarningsPage } from './features/subjects/risk/WarningsPage';
import { SubjectsPage } from './features/subjects/SubjectsPage';
import { SubmitPage } from './features/portal/SubmitPage';
import { TrackPage } from './features/portal/TrackPage';
import { UserCreatePage } from './features/users/UserCreatePage';
import { UserDetailPage } from './features/users/UserDetailPage';
import { UsersPage } from './features/users/UsersPage';
import { AuthProvider, useAuth } from './lib/auth';

function Routed() {
  const { t, i18n } = useTranslation();
  const { status, startupError, refresh, me } = useAuth();

  useEffect(() => {
    document.title = t('common.appName');
  }, [t, i18n.language]);

  if (status === 'loading') return <Loading />;
  if (status === 'unreachable') {
    return (
      <main id="main" className="login-main">
        <ErrorMessage message={startupError} onRetry={() => void refresh()} />
      </main>
    );
  }
  // Without a session every address shows the login page; after logging in the same address shows its page.
  if (status === 'anonymous') return <LoginPage />;
  // An account of the inspected party sees its own portal, never the officers' application.
  if (me?.user.kind === 'inspected_party') return <PartyPortalRoutes />;
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route index element={<HomePage />} />
        <Route path="users" element={<RequirePermission permission="users.read"><UsersPage /></RequirePermission>} />
        <Route path="users/new" element={<RequirePermission permission="users.manage"><UserCreatePage /></RequirePermission>} />
        <Route path="users/:id" element={<RequirePermission permission="users.read"><UserDetailPage /></RequirePermission>} />
        <Route path="petitions" element={<RequirePermission permission="petitions.read"><PetitionsPage /></RequirePermission>} />
        <Route path="petitions/new" element={<RequirePermission permission="petitions.register"><RegisterPage /></RequirePermission>} />
        <Route path="petitions/:id" element={<RequirePermission permission="petitions.read"><PetitionDetailPage /></RequirePermission>} />
        <Route path="petitions-overdue" element={<RequirePermission permission="petitions.read"><OverduePage /></RequirePermission>} />
        <Route path="petitions-stats" element={<RequirePermission permission="petitions.read"><StatsPage /></RequirePermission>} />
        <Route path="reception" element={<RequirePermission permission="reception.read"><ReceptionPage /></RequirePermission>} />
        <Route path="reception/new" element={<RequirePermission permission="reception.record"><ReceptionNewPage /></RequirePermission>} />
        <Route path="reception/:id" element={<RequirePermission permission="reception.read"><ReceptionDetailPage /></RequirePermission>} />
        <Route path="inspections" element={<RequirePermission permission="inspections.read"><InspectionsPage /></RequirePermission>} />
        <Route path="inspections/new" element={<RequirePermission permission="inspections.manage"><InspectionNewPage /></RequirePermission>} />
        <Route path="inspections/checks/new" element={<RequirePermission permission="inspections.manage"><CheckNewPage /></RequirePermission>} />
        <Route path="inspections/online-share" element={<RequirePermission permission="inspections.read"><OnlineSharePage /></RequirePermission>} />
        <Route path="inspections/:id" element={<InspectionDetailPage />} />
        <Route path="inspections-overdue" element={<RequirePermission permission="inspections.read"><OverdueRecommendationsPage /></RequirePermission>} />
        <Route path="inspection-plans" element={<RequirePermission permission="inspections.read"><PlansPage /></RequirePermission>} />
        <Route path="inspection-plans/:id" element={<RequirePermission permission="inspections.read"><PlanDetailPage /></RequirePermission>} />
        <Route path="sanctions" element={<RequirePermission permission="sanctions.read"><SanctionsPage /></RequirePermission>} />
        <Route path="sanctions/new" element={<RequirePermission permission="sanctions.manage"><SanctionNewPage /></RequirePermission>} />
        <Route path="sanctions/:id" element={<RequirePermission permission="sanctions.read"><SanctionDetailPage /></RequirePermission>} />
        <Route path="subjects" element={<RequirePermission permission="subjects.read"><SubjectsPage /></RequirePermission>} />
        <Route path="subjects/:id" element={<RequirePermission permission="subjects.read"><SubjectDetailPage /></RequirePermission>} />
        <Route path="hotspots" element={<RequirePermission permission="petitions.read"><HotspotsPage /></RequirePermission>} />
        <Route path="canh-bao-som" element={<RequirePermission permission="risk.warnings"><WarningsPage /></RequirePermission>} />
        <Route path="canh-bao-som/bo-chi-so" element={<RequirePermission permission="risk.configure"><IndicatorSetsPage /></RequirePermission>} />
        <Route path="tro-ly" element={<RequirePermission permission="kb.read"><AssistantPage /></RequirePermission>} />
        <Route path="tro-ly/dieu/:id" element={<RequirePermission permission="kb.read"><ArticlePage /></RequirePermission>} />
        <Route path="tro-ly/van-ban/:id" element={<RequirePermission permission="kb.read"><DocumentPage /></RequirePermission>} />
        <Route path="tro-ly/tri-thuc" element={<RequirePermission permission="kb.read"><KnowledgePage /></RequirePermission>} />
        <Route path="tro-ly/thu-vien" element={<RequirePermission permission="kb.manage"><LibraryAdminPage /></RequirePermission>} />
        <Route path="agencies" element={<RequirePermission permission="agencies.read"><AgenciesPage /></RequirePermission>} />
        <Route path="agencies/:id" element={<RequirePermission permission="agencies.read"><AgencyDetailPage /></RequirePermission>} />
        <Route path="audit" element={<RequirePermission permission="audit.read"><AuditPage /></RequirePermission>} />
        <Route path="calendar" element={<CalendarPage />} />
        <Route path="account" element={<AccountPage />} />
        <Route path="*" element={<NotFound />} />
      </Route>
    </Routes>
  );
}

/**
 * The citizens' portal under /cong-dan and the inspected party's activation link need no session; every other
 * address is the officers' application (or, for an inspected party's account, its portal under /doi-tuong).
 */
export function App() {
  return (
    <BrowserRouter>
      <Routes>
        <Route path="cong-dan" element={<PortalLayout />}>
          <Route index element={<PortalHome />} />
          <Route path="gui-don" element={<SubmitPage />} />
          <Route path="tra-cuu" element={<TrackPage />} />
          <Route path="ket-luan-thanh-tra" element={<ConclusionsPage />} />
          <Route path="*" element={<NotFound />} />
        </Route>
        <Route path="doi-tuong/kich-hoat" element={<PartyActivationPage />} />
        <Route
          path="*"
          element={
            <AuthProvider>
              <Routed />
            </AuthProvider>
          }
        />
      </Routes>
    </BrowserRouter>
  );
}
