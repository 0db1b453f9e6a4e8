import { Link } from "react-router";

export function Container({ children, className = "" }: { children: React.ReactNode; className?: string }) {
  return <div className={`mx-auto max-w-5xl px-4 ${className}`}>{children}</div>;
}

export function Section({ title, id, children, intro }: { title: string; id: string; intro?: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={id} className="mt-12">
      <h2 id={id} className="text-2xl font-bold">
        {title}
      </h2>
      {intro ? <p className="mt-2 max-w-3xl text-muted">{intro}</p> : null}
      <div className="mt-5">{children}</div>
    </section>
  );
}

export function PrimaryLink({ to, children }: { to: string; children: React.ReactNode }) {
  return (
    <Link to={to} className="inline-block rounded-md bg-accent px-5 py-3 font-semibold text-white no-underline hover:bg-accent-strong">
      {children}
    </Link>
  );
}
