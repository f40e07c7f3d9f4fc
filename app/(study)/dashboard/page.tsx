import type { Metadata } from "next";
import { requirePageUser } from "@/server/auth/current-user";
import { getDb } from "@/server/db";
import { getDashboard } from "@/server/stats/get-dashboard";
import { getStudentAssignments } from "@/server/queries/student-assignments";
import { StudentAssignments } from "@/components/assignments/student-assignments";
import { Providers } from "@/components/providers";
import { ResumeMocks } from "@/components/dashboard/resume-mocks";
import { StreakCard } from "@/components/dashboard/streak-card";
import { TodayCard } from "@/components/dashboard/today-card";
import { TopicMasteryGrid } from "@/components/dashboard/topic-mastery-grid";

export const metadata: Metadata = { title: "Today" };

export default async function DashboardPage() {
  const user = await requirePageUser("student", "/dashboard");
  const now = new Date();
  const db = await getDb();
  const [dashboard, assigned] = await Promise.all([getDashboard(db, user.id, now), getStudentAssignments(db, user.id, now)]);
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-2xl font-bold">Welcome, {user.name}</h1>
      <div className="grid gap-4 lg:grid-cols-2">
        <TodayCard queue={dashboard.queue} reviewedToday={dashboard.reviewedToday} />
        <StreakCard streaks={dashboard.streaks} overallRecall={dashboard.overallRecall} exam={dashboard.exam} />
      </div>
      <ResumeMocks mocks={dashboard.unfinishedMocks} timeZone={dashboard.timeZone} />
      {/* The query client only around the island that needs it (its Start test buttons). */}
      <Providers>
        <StudentAssignments {...assigned} />
      </Providers>
      <TopicMasteryGrid topics={dashboard.topics} />
    </div>
  );
}
