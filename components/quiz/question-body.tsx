import type { PublicQuestion } from "@/server/quiz/view-types";

/** The question as printed in the paper: stem, numbered statements or pairs, then the prompt. */
export function QuestionBody({ question, headingId }: { question: PublicQuestion; headingId?: string }) {
  const { body } = question;
  return (
    <div className="flex flex-col gap-3 text-base leading-relaxed">
      {question.stem && (
        <p id={headingId} className="font-medium">
          {question.stem}
        </p>
      )}
      {body.type === "list" && (
        <ol className="flex list-decimal flex-col gap-1 pl-6">
          {body.items.map((item, i) => (
            <li key={i}>{item}</li>
          ))}
        </ol>
      )}
      {body.type === "pairs" && (
        <div className="overflow-x-auto">
          <table className="w-full border-collapse text-left text-sm">
            {body.heading && (
              <thead>
                <tr className="border-b border-slate-300 dark:border-slate-600">
                  <th scope="col" className="w-8 py-1 pr-2">
                    <span className="sr-only">Pair</span>
                  </th>
                  <th scope="col" className="py-1 pr-2">{body.heading.left}</th>
                  <th scope="col" className="py-1">{body.heading.right}</th>
                </tr>
              </thead>
            )}
            <tbody>
              {body.pairs.map((pair, i) => (
                <tr key={i} className="border-b border-slate-200 dark:border-slate-700">
                  <td className="py-1 pr-2">{i + 1}.</td>
                  <td className="py-1 pr-2">{pair.left}</td>
                  <td className="py-1">{pair.right}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {body.type === "assertion" && (
        <dl className="flex flex-col gap-2">
          <div>
            <dt className="font-semibold">Statement-I:</dt>
            <dd>{body.statementI}</dd>
          </div>
          <div>
            <dt className="font-semibold">Statement-II:</dt>
            <dd>{body.statementII}</dd>
          </div>
        </dl>
      )}
      {question.prompt && <p className="font-medium">{question.prompt}</p>}
    </div>
  );
}

