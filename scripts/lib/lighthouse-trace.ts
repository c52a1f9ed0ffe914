// Lighthouse 12.2.3 (the last release for Node 20) reads the compositor's PipelineReporter trace
// events under `args.chrome_frame_reporter`; Debian's current Chromium names that field
// `frame_reporter`, and the trace engine then throws ("reading 'frame_sequence'"), failing the
// RootCauses and TraceElements gatherers and the audits built on them. The runner copies the
// field to its old name as the trace streams in, on the DevTools session Lighthouse opens, so
// every audit runs as it would on the Chromium it was written for. Nothing else is changed.
import type { CDPSession, Page } from "puppeteer-core";

interface TraceEvent {
  name?: string;
  args?: { frame_reporter?: unknown; chrome_frame_reporter?: unknown };
}

function renameFrameReporter(events: TraceEvent[]) {
  for (const event of events) {
    if (event.name === "PipelineReporter" && event.args?.frame_reporter && !event.args.chrome_frame_reporter) {
      event.args.chrome_frame_reporter = event.args.frame_reporter;
    }
  }
}

function withRenamedFields(session: CDPSession): CDPSession {
  const emit = session.emit.bind(session);
  session.emit = ((type: Parameters<CDPSession["emit"]>[0], event: Parameters<CDPSession["emit"]>[1]) => {
    if (type === "Tracing.dataCollected") renameFrameReporter((event as { value: TraceEvent[] }).value);
    return emit(type, event);
  }) as CDPSession["emit"];
  return session;
}

/** Lets Lighthouse read this page's traces from today's Chromium (see above). */
export function tolerateNewFrameReporterEvents(page: Page) {
  const target = page.target();
  const create = target.createCDPSession.bind(target);
  target.createCDPSession = async () => withRenamedFields(await create());
}
