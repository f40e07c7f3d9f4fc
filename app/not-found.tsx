import { TextLink } from "@/components/ui/text-link";

export default function NotFound() {
  return (
    <div className="flex flex-col gap-3">
      <h1 className="text-2xl font-bold">Page not found</h1>
      <p>That page does not exist, or you do not have access to it.</p>
      <TextLink href="/">
        Go to the home page
      </TextLink>
    </div>
  );
}
