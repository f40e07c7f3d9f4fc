-- Existing duplicates first, so the unique indexes can be built.
-- Attempts: the app always resumed the earliest attempt on an assignment, and any later one
-- stays with the student as an ordinary mock test without the assignment.
UPDATE "Attempt" AS a SET "assignmentId" = NULL
WHERE a."assignmentId" IS NOT NULL AND EXISTS (
  SELECT 1 FROM "Attempt" AS b
  WHERE b."userId" = a."userId" AND b."assignmentId" = a."assignmentId"
    AND (b."startedAt", b."id") < (a."startedAt", a."id")
);

-- Open mains drafts: the app always opened the newest, so older open forks were unreachable.
DELETE FROM "MainsAnswer" AS a
WHERE a."submittedAt" IS NULL AND EXISTS (
  SELECT 1 FROM "MainsAnswer" AS b
  WHERE b."userId" = a."userId" AND b."questionId" = a."questionId" AND b."submittedAt" IS NULL
    AND (b."startedAt", b."id") > (a."startedAt", a."id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Attempt_userId_assignmentId_key" ON "Attempt"("userId", "assignmentId");

-- CreateIndex
CREATE UNIQUE INDEX "MainsAnswer_one_open_draft" ON "MainsAnswer"("userId", "questionId") WHERE ("submittedAt" IS NULL);
