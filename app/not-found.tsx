import Link from "next/link";

export default function NotFound() {
  return (
    <div className="flex flex-col gap-3">
      <h1 className="text-2xl font-bold">Page not found</h1>
      <p>That page does not exist, or you do not have access to it.</p>
      <Link href="/" className="text-indigo-700 underline dark:text-indigo-300">
        Go to the home page
      </Link>
    </div>
  );
}
