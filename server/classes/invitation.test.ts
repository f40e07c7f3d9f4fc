import { describe, expect, it } from "vitest";
import { withTestDatabase } from "@/server/testing/test-database";
import { createTestUser } from "@/server/testing/test-users";
import { createClass } from "./create-class";
import { previewInvitation } from "./invitation";

const testDb = withTestDatabase();
const now = new Date("2026-11-22T10:00:00Z");

describe("invitation preview for signed-out visitors", () => {
  it("names the class and its teacher for a working code, and nothing for a disabled one", async () => {
    const teacher = await createTestUser(testDb.prisma, "teacher", "Teacher Ines");
    const cls = await createClass(testDb.prisma, teacher.id, { name: "Invite batch", examYear: 2027 }, now);
    expect(await previewInvitation(testDb.prisma, cls.joinCode, now)).toEqual({ className: "Invite batch", teacherName: "Teacher Ines" });
    await testDb.prisma.class.update({ where: { id: cls.id }, data: { joinCodeEnabled: false } });
    expect(await previewInvitation(testDb.prisma, cls.joinCode, now)).toBeNull();
  });
});
