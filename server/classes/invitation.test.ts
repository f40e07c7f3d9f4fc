import { describe, expect, it } from "vitest";
import { withTestDatabase } from "@/server/testing/test-database";
import { createTestUser } from "@/server/testing/test-users";
import { createClass } from "./create-class";
import { INVITATION_PREVIEW_PER_IP, previewInvitation } from "./invitation";

const testDb = withTestDatabase();
const now = new Date("2026-11-22T10:00:00Z");

describe("invitation preview for signed-out visitors", () => {
  it("names the class and its teacher for a working code, and nothing for a disabled one", async () => {
    const teacher = await createTestUser(testDb.prisma, "teacher", "Teacher Ines");
    const cls = await createClass(testDb.prisma, teacher.id, { name: "Invite batch", examYear: 2027 }, now);
    expect(await previewInvitation(testDb.prisma, cls.joinCode, "10.2.0.1", now)).toEqual({ className: "Invite batch", teacherName: "Teacher Ines" });
    await testDb.prisma.class.update({ where: { id: cls.id }, data: { joinCodeEnabled: false } });
    expect(await previewInvitation(testDb.prisma, cls.joinCode, "10.2.0.1", now)).toBeNull();
  });

  it("stops answering an IP after too many codes that did not work", async () => {
    const teacher = await createTestUser(testDb.prisma, "teacher");
    const cls = await createClass(testDb.prisma, teacher.id, { name: "Guarded", examYear: 2027 }, now);
    for (let i = 0; i < INVITATION_PREVIEW_PER_IP.limit; i++) {
      expect(await previewInvitation(testDb.prisma, `ZZZZZZZZ${String(i).padStart(2, "2").replace(/[01]/g, "2")}`, "10.3.0.1", now)).toBeNull();
    }
    expect(await previewInvitation(testDb.prisma, cls.joinCode, "10.3.0.1", now)).toBeNull();
    expect(await previewInvitation(testDb.prisma, cls.joinCode, "10.3.0.2", now)).toMatchObject({ className: "Guarded" });
  });
});
