/** The model framework a student sees after submitting a mains answer (and an editor sees in the studio's preview). */
export function MainsFramework({ framework, id, level = 2 }: { framework: { introduction: string; keyPoints: string[]; wayForward: string }; id: string; level?: 2 | 3 | 4 }) {
  const Title = `h${level}` as "h2" | "h3" | "h4";
  const Sub = `h${level + 1}` as "h3" | "h4" | "h5";
  return (
    <section aria-labelledby={id} className="flex flex-col gap-2">
      <Title id={id} className="text-lg font-semibold">
        A framework for this answer
      </Title>
      <Sub className="font-medium">Introduction</Sub>
      <p>{framework.introduction}</p>
      <Sub className="font-medium">Key points</Sub>
      <ul className="flex list-disc flex-col gap-1 pl-5">
        {framework.keyPoints.map((point, i) => (
          <li key={i}>{point}</li>
        ))}
      </ul>
      <Sub className="font-medium">Way forward</Sub>
      <p>{framework.wayForward}</p>
    </section>
  );
}
