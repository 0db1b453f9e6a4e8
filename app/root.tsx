import { isRouteErrorResponse, Link, Links, Meta, Outlet, Scripts, ScrollRestoration, useRouteError } from "react-router";
import type { Route } from "./+types/root";
import { useNonce } from "./utils/nonce";
import "./app.css";

export function Layout({ children }: { children: React.ReactNode }) {
  const nonce = useNonce();
  return (
    <html lang="en-GB">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <Meta />
        <Links />
      </head>
      <body className="min-h-screen flex flex-col">
        {/* Off-screen until focused (not a 1 px clipped box), so it never crowds the header's targets (WCAG 2.5.8). */}
        <a href="#main" className="absolute left-2 -top-24 z-50 rounded bg-surface p-3 focus:top-2">
          Skip to content
        </a>
        <SiteHeader />
        <main id="main" className="flex-1">
          {children}
        </main>
        <SiteFooter />
        <ScrollRestoration nonce={nonce} />
        <Scripts nonce={nonce} />
      </body>
    </html>
  );
}

function SiteHeader() {
  return (
    <header className="border-b border-line bg-surface">
      <nav aria-label="Main" className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-3 px-4 py-3">
        <Link to="/" className="inline-flex min-h-6 items-center font-serif text-xl font-bold text-ink no-underline">
          Career Pivot
        </Link>
        <ul className="flex gap-4 text-sm">
          <li>
            <Link to="/occupations" className="inline-flex min-h-6 items-center text-accent-strong underline-offset-4 hover:underline">
              Occupations
            </Link>
          </li>
          <li>
            <Link to="/assessment" className="inline-flex min-h-6 items-center text-accent-strong underline-offset-4 hover:underline">
              Free assessment
            </Link>
          </li>
        </ul>
      </nav>
    </header>
  );
}

function SiteFooter() {
  return (
    <footer className="mt-16 border-t border-line bg-surface">
      <div className="mx-auto max-w-5xl space-y-2 px-4 py-8 text-sm text-muted">
        <p className="flex flex-wrap gap-4">
          <Link to="/privacy" className="text-accent-strong underline">
            Privacy
          </Link>
          <Link to="/refund-policy" className="text-accent-strong underline">
            Refund policy
          </Link>
          <Link to="/resend-blueprint" className="text-accent-strong underline">
            Resend my Blueprint
          </Link>
        </p>
        <p>Career Pivot publishes estimates of how exposed each occupation's tasks are to AI. Exposure is not a prediction of job loss.</p>
        <p>
          This site incorporates information from O*NET (onetcenter.org) by the U.S. Department of Labor, Employment and Training
          Administration (USDOL/ETA), used under the CC BY 4.0 license. Exposure research: Eloundou et al. (2024), “GPTs are GPTs”, Science
          384(6702).
        </p>
      </div>
    </footer>
  );
}

export default function App() {
  return <Outlet />;
}

export function ErrorBoundary() {
  const error = useRouteError();
  const status = isRouteErrorResponse(error) ? error.status : 500;
  const title =
    status === 404
      ? "Page not found"
      : status === 429
        ? "Please slow down"
        : status < 500
          ? "We could not handle that request"
          : "Something went wrong";
  const continueTo =
    isRouteErrorResponse(error) &&
    typeof error.data === "object" &&
    error.data &&
    typeof error.data.continueTo === "string" &&
    error.data.continueTo.startsWith("/")
      ? (error.data.continueTo as string)
      : null;
  const detail =
    status === 404
      ? "We could not find that page. The occupation may have a different name in our catalogue."
      : isRouteErrorResponse(error) && status < 500 && typeof error.data === "string"
        ? error.data
        : isRouteErrorResponse(error) && status < 500 && typeof error.data?.message === "string"
          ? (error.data.message as string)
          : status < 500
            ? "Please check the address and try again."
            : "Something went wrong on our side. Please try again in a moment.";
  return (
    <div className="mx-auto max-w-3xl px-4 py-16">
      <title>{`${title} · Career Pivot`}</title>
      <p className="text-sm font-semibold uppercase tracking-wide text-muted">Error {status}</p>
      <h1 className="mt-2 text-3xl font-bold">{title}</h1>
      <p className="mt-4 text-lg">{detail}</p>
      <p className="mt-8 flex flex-wrap gap-4">
        {continueTo ? (
          <Link to={continueTo} className="font-semibold text-accent-strong underline">
            Continue where you left off
          </Link>
        ) : null}
        <Link to="/occupations" className="text-accent-strong underline">
          Browse occupations
        </Link>
        <Link to="/" className="text-accent-strong underline">
          Home
        </Link>
      </p>
    </div>
  );
}

export const links: Route.LinksFunction = () => [{ rel: "icon", href: "/favicon.svg", type: "image/svg+xml" }];
