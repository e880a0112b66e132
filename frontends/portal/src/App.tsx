import { Navigate, Outlet, Route, Routes, useLocation } from 'react-router';
import { PortalLayout } from './layout/PortalLayout.tsx';
import { FamiliesPage } from './pages/FamiliesPage.tsx';
import { FamilyPage } from './pages/FamilyPage.tsx';
import { HeadlineProblemsPage } from './pages/HeadlineProblemsPage.tsx';
import { HomePage } from './pages/HomePage.tsx';
import { InterventionModelsPage } from './pages/InterventionModelsPage.tsx';
import { MyCaseloadPage } from './pages/MyCaseloadPage.tsx';
import { NotFoundPage } from './pages/NotFoundPage.tsx';
import { OutcomesPlanPage } from './pages/OutcomesPlanPage.tsx';
import { OversightPage } from './pages/OversightPage.tsx';
import { PartnerPage } from './pages/PartnerPage.tsx';
import { ProgrammeFiguresPage } from './pages/ProgrammeFiguresPage.tsx';
import { SearchPage } from './pages/SearchPage.tsx';
import { SignInPage } from './pages/SignInPage.tsx';
import { useSession } from './session/session-context.tsx';

export function App() {
  return (
    <Routes>
      <Route element={<PortalLayout />}>
        <Route path="/sign-in" element={<SignInPage />} />
        <Route element={<SignedIn />}>
          <Route index element={<HomePage />} />
          <Route path="/families" element={<FamiliesPage />} />
          <Route path="/families/:familyId" element={<FamilyPage />} />
          <Route path="/search" element={<SearchPage />} />
          <Route path="/my-caseload" element={<MyCaseloadPage />} />
          <Route path="/oversight" element={<OversightPage />} />
          <Route path="/figures" element={<ProgrammeFiguresPage />} />
          <Route path="/headline-problems" element={<HeadlineProblemsPage />} />
          <Route path="/intervention-models" element={<InterventionModelsPage />} />
          <Route path="/outcomes-plan" element={<OutcomesPlanPage />} />
          <Route path="/partner" element={<PartnerPage />} />
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Route>
    </Routes>
  );
}

/** Pages behind sign-in send a visitor to sign in first, then back to where they were going. */
function SignedIn() {
  const { user } = useSession();
  const location = useLocation();
  if (!user) return <Navigate to={`/sign-in?next=${encodeURIComponent(location.pathname + location.search)}`} replace />;
  return <Outlet />;
}
