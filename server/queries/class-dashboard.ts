import "server-only";
import type { Db } from "@/server/db";
import type { ClassTableData } from "@/lib/classes/class-table";
import { getClassOverview, type ClassOverview } from "./class-overview";
import { getClassProgress } from "./class-progress";
import { getClassTopicRecall, type TopicRecall } from "./class-topic-recall";

export type ClassDashboard = { overview: ClassOverview; progress: ClassTableData; topics: TopicRecall };

/**
 * Everything /teacher/classes/<id> shows, or null when the class is not the teacher's.
 * Two aggregate SQL queries (progress, topic recall) plus three small lookups, whatever the
 * class size: no query per student.
 */
export async function getClassDashboard(db: Db, teacherId: string, classId: string, now: Date, studentId: string | null = null): Promise<ClassDashboard | null> {
  const overview = await getClassOverview(db, teacherId, classId, now);
  if (!overview) return null;
  const [progress, topics] = await Promise.all([
    getClassProgress(db, teacherId, overview, now, studentId),
    getClassTopicRecall(db, teacherId, classId, now, studentId),
  ]);
  return { overview, progress, topics };
}
