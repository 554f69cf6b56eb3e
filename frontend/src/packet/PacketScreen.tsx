// The packet for one writer: a preview of the talking-points sheet, a PDF to
// download (fetched with the login, then handed to the browser as a file) and
// Print, which prints the sheet alone (the rest of the app is hidden on paper).
// Reached from the attendings, the letters board and the packet email. Loaded on first use.
import { ownStoriesShort } from '../writers/labels';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { oneLine } from '../api/result';
import type { Attending, PacketData } from '../api/types';
import { messagesPath, newStoryPath, paths } from '../app/router';
import { FormErrorList } from '../shared/Field';
import { PageHeading } from '../shared/PageHeading';
import { Loaded } from '../shared/Loaded';
import { useQuery } from '../shared/query';
import { getAttending } from '../writers/writersApi';
import { FormCoverage } from './FormCoverage';
import { packetData, packetHtml, packetPdf, type PacketAnswer } from './packetApi';
import { PacketView } from './PacketView';
import { safePacket } from './safeTree';
import { packetFileName, withheldSentence } from './withheld';

export function PacketScreen({ attendingId }: { attendingId: string }) {
  const [state, retry] = useQuery(['packet', attendingId], async () => {
    const [attending, html, data] = await Promise.all([
      getAttending(attendingId),
      packetHtml(attendingId),
      packetData(attendingId),
    ]);
    if (!attending.ok) return attending;
    if (!html.ok) return html;
    if (!data.ok) return data;
    return { ok: true as const, value: { attending: attending.value, html: html.value, data: data.value } };
  });
  const name = state.status === 'loaded' ? state.value.attending.name : undefined;
  return (
    <section class="packet-screen">
      <PageHeading title={name ? `Packet for ${name}` : 'Packet'} />
      <Loaded state={state} retry={retry}>
        {({ attending, html, data }) => <Packet attending={attending} html={html} data={data} />}
      </Loaded>
      <p class="back no-print">
        <a href={paths.letters}>Back to the letters board</a>
      </p>
    </section>
  );
}

function Packet({ attending, html, data }: { attending: Attending; html: PacketAnswer<string>; data: PacketData }) {
  const nodes = useMemo(() => safePacket(html.body), [html.body]);
  return (
    <>
      <div class="no-print">
        <p class="hint">
          One page of talking points to send within a day or two of their yes: your time together, stories they may remember,
          their feedback and your timeline.
        </p>
        {html.withheld > 0 && (
          <p class="warning-line" role="status">
            {withheldSentence(html.withheld)} <a href={paths.stories}>Review them in My stories</a>
          </p>
        )}
        {(attending.storyCount ?? 0) < 3 && (
          // The packet quotes only stories this writer saw, and pads with nobody else's.
          <p class="warning-line">
            {ownStoriesShort(attending.storyCount ?? 0, attending.name)}{' '}
            <a href={newStoryPath(attending.id!)}>Log a story they saw</a>
          </p>
        )}
        <FormCoverage packet={data} />
        <PdfDownload attending={attending} />
        <p>
          <a class="event-link" href={messagesPath({ attendingId: attending.id, kind: 'PACKET_EMAIL' })}>
            The packet email to send with it
          </a>
        </p>
      </div>
      <PacketView nodes={nodes} />
    </>
  );
}

function PdfDownload({ attending }: { attending: Attending }) {
  const [file, setFile] = useState<{ url: string; name: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<string[]>([]);
  useEffect(() => () => file && URL.revokeObjectURL(file.url), [file]);

  async function download() {
    setBusy(true);
    const answer = await packetPdf(attending.id!);
    setBusy(false);
    if (!answer.ok) return setErrors([oneLine(answer.errors)]);
    setErrors([]);
    const next = { url: URL.createObjectURL(answer.value.body), name: packetFileName(attending.name) };
    setFile(next);
    // Start the download at once; the link below stays for another copy.
    const link = document.createElement('a');
    link.href = next.url;
    link.download = next.name;
    link.click();
  }

  return (
    <>
      <div class="form-actions">
        <button type="button" class="button primary" disabled={busy} onClick={() => void download()}>
          {busy ? 'Preparing the PDF…' : 'Download PDF'}
        </button>
        <button type="button" class="button" onClick={() => window.print()}>
          Print
        </button>
      </div>
      <FormErrorList messages={errors} />
      {file && (
        <p role="status">
          PDF ready:{' '}
          <a href={file.url} download={file.name}>
            {file.name}
          </a>
          . Attach it to your email to {attending.name}.
        </p>
      )}
    </>
  );
}
