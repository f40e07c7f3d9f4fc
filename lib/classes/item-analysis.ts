import type { PrelimsQuestion } from "../content/question-schema";
import { correctOptionIndex, renderOptions, STATEMENT_PAIR_OPTIONS } from "../quiz/render-options";
import { optionLetter } from "@/lib/format/words";
import { optionSets } from "../quiz/statement-sets";

/** One student's test on the assignment: their first attempt, counted once submitted. */
export type SubmittedTest = {
  studentId: string;
  studentName: string;
  score: number;
  /** questionId → the option chosen, or null when left blank. */
  answers: ReadonlyMap<string, number | null>;
};

export type StatementStat = { label: string; text: string; right: number; share: number | null };

export type QuestionStat = {
  questionId: string;
  number: number;
  kind: PrelimsQuestion["kind"];
  summary: string;
  correctLabel: string;
  /** Students who submitted the test (the denominator of every share). */
  students: number;
  right: number;
  blank: number;
  share: number | null;
  /** How many chose each option, in printed order. */
  optionCounts: number[];
  optionLabels: string[];
  mostCommonWrong: { label: string; count: number } | null;
  /**
   * Per statement, the students whose chosen option judged it rightly; null when the options
   * do not say what the student thought of each statement (single answer, "how many").
   */
  statements: StatementStat[] | null;
};

export type StudentStanding = { studentId: string; studentName: string; score: number; percentile: number };

const share = (part: number, whole: number) => (whole === 0 ? null : part / whole);

function shorten(text: string, max = 110): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`;
}

function summaryOf(q: PrelimsQuestion): string {
  if (q.kind === "statement-i-ii") return shorten(q.stem ?? q.statementI.text);
  return shorten(q.stem);
}

/** What a chosen option says about each statement: true = "correct", false = "incorrect". */
function judgements(q: PrelimsQuestion, chosen: number): boolean[] | null {
  if (q.kind === "multi-statement") {
    const set = optionSets(q)[chosen];
    return set ? q.statements.map((_, i) => set.includes(i + 1)) : null;
  }
  if (q.kind === "statement-i-ii") {
    const option = STATEMENT_PAIR_OPTIONS[chosen];
    return option ? [option.i, option.ii] : null;
  }
  return null;
}

function statementsOf(q: PrelimsQuestion): { label: string; text: string; correct: boolean }[] | null {
  if (q.kind === "multi-statement") return q.statements.map((s, i) => ({ label: `Statement ${i + 1}`, text: s.text, correct: s.correct }));
  if (q.kind === "statement-i-ii") {
    return [
      { label: "Statement-I", text: q.statementI.text, correct: q.statementI.correct },
      { label: "Statement-II", text: q.statementII.text, correct: q.statementII.correct },
    ];
  }
  return null;
}

/** Per question of the assignment's test: how the class did, option by option and statement by statement. */
export function analyseQuestions(questions: readonly PrelimsQuestion[], tests: readonly SubmittedTest[]): QuestionStat[] {
  return questions.map((q, index) => {
    const correct = correctOptionIndex(q);
    const labels = renderOptions(q).map((label, i) => `${optionLetter(i)} ${label}`);
    const optionCounts = labels.map(() => 0);
    const statements = statementsOf(q);
    const statementRight = statements?.map(() => 0) ?? [];
    let blank = 0;
    for (const test of tests) {
      const chosen = test.answers.get(q.id) ?? null;
      if (chosen === null || chosen < 0 || chosen >= optionCounts.length) {
        blank += 1;
        continue;
      }
      optionCounts[chosen]! += 1;
      judgements(q, chosen)?.forEach((said, i) => {
        if (statements && said === statements[i]!.correct) statementRight[i]! += 1;
      });
    }
    let wrongIndex = -1;
    optionCounts.forEach((count, i) => {
      if (i !== correct && count > 0 && (wrongIndex < 0 || count > optionCounts[wrongIndex]!)) wrongIndex = i;
    });
    const right = optionCounts[correct] ?? 0;
    return {
      questionId: q.id,
      number: index + 1,
      kind: q.kind,
      summary: summaryOf(q),
      correctLabel: labels[correct]!,
      students: tests.length,
      right,
      blank,
      share: share(right, tests.length),
      optionCounts,
      optionLabels: labels,
      mostCommonWrong: wrongIndex < 0 ? null : { label: labels[wrongIndex]!, count: optionCounts[wrongIndex]! },
      statements: statements
        ? statements.map((s, i) => ({ label: s.label, text: s.text, right: statementRight[i]!, share: share(statementRight[i]!, tests.length) }))
        : null,
    };
  });
}

/**
 * Each student's percentile rank on the assignment within the class: the share of the class
 * scoring below them, counting ties (themselves included) as half. Highest score first.
 */
export function standings(tests: readonly SubmittedTest[]): StudentStanding[] {
  const n = tests.length;
  return tests
    .map((t) => {
      const below = tests.filter((o) => o.score < t.score).length;
      const equal = tests.filter((o) => o.score === t.score).length;
      return { studentId: t.studentId, studentName: t.studentName, score: t.score, percentile: Math.round(((below + equal / 2) / n) * 100) };
    })
    .sort((a, b) => b.score - a.score || a.studentName.localeCompare(b.studentName));
}
