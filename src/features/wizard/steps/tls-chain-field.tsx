import { memo, useCallback, useDeferredValue, useEffect, useId, useRef, useState } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import type { Plan } from '@/domain/plan/plan-schema';
import { TextAreaField } from '@/components/ui/form/fields';
import { useCertificateChain } from '../hooks/use-findings';
import { TlsChainSummary } from './tls-chain-summary';

const name = 'tls.certificateChainPem';
/** The plan's limit on the PEM text (plan-schema.ts); larger files are refused with a message. */
const maxPemCharacters = 65_536;
/**
 * The analysis of the chain in the form. It follows a deferred copy of the text: each keystroke in
 * the chain paints first, and the chain is analysed after (parsing it can take longer than a frame).
 */
function useDeferredChainAnalysis(pem: string | undefined) {
  const deferred = useDeferredValue(pem);
  return useCertificateChain(typeof deferred === 'string' ? deferred : undefined);
}

/**
 * The PEM text box. Its text is the form's (registered, not controlled), so the keystrokes that
 * render the chain field again (it follows the text) need not render the box and its findings.
 */
const PemTextArea = memo(function PemTextArea() {
  return (
    <TextAreaField
      name={name}
      label="Certificate chain (PEM)"
      hint="Paste the chain the server sends, or drop its file here: the server certificate first, then the intermediates, optionally the root. Certificates are public; never paste a private key."
      rows={10}
    />
  );
});

/** What an analysis found, drawn again only when the analysis changes, not per keystroke. */
const ChainSummary = memo(TlsChainSummary);

/** The pasted certificate chain: text or a dropped/picked file, and what analysing it found. */
export function TlsChainField() {
  const { setValue } = useFormContext<Plan>();
  const pem = useWatch<Plan, typeof name>({ name });
  const analysis = useDeferredChainAnalysis(pem);
  const [fileProblem, setFileProblem] = useState<string>();
  const fileInputId = useId();
  const dropZone = useRef<HTMLDivElement>(null);
  const load = useCallback(
    async (file: File | undefined) => {
      if (!file) return;
      if (file.size > maxPemCharacters) {
        setFileProblem(
          `${file.name} is larger than ${maxPemCharacters / 1024} KB: it is not a certificate chain.`,
        );
        return;
      }
      setFileProblem(undefined);
      setValue(name, await file.text(), { shouldDirty: true, shouldValidate: true });
    },
    [setValue],
  );

  // Dropping a file is a pointer shortcut for the file picker below, which keyboards use.
  useEffect(() => {
    const zone = dropZone.current;
    if (!zone) return;
    const allowDrop = (event: DragEvent) => event.preventDefault();
    const drop = (event: DragEvent) => {
      event.preventDefault();
      void load(event.dataTransfer?.files[0]);
    };
    zone.addEventListener('dragover', allowDrop);
    zone.addEventListener('drop', drop);
    return () => {
      zone.removeEventListener('dragover', allowDrop);
      zone.removeEventListener('drop', drop);
    };
  }, [load]);

  return (
    <div className="tls-chain" ref={dropZone}>
      <PemTextArea />
      <div className="tls-chain-file">
        <label htmlFor={fileInputId}>Or load a .pem or .crt file</label>
        <input
          id={fileInputId}
          type="file"
          accept=".pem,.crt,.cer,application/x-pem-file"
          onChange={(event) => void load(event.target.files?.[0])}
        />
        {fileProblem && <p role="alert">{fileProblem}</p>}
      </div>
      {pem !== undefined && !analysis && <p aria-live="polite">Reading the certificates…</p>}
      {analysis && <ChainSummary analysis={analysis} />}
    </div>
  );
}

/**
 * Whether the pasted chain gives the server certificate: the rules and the exports then read its
 * first certificate (serverCertificate), and the typed certificate fields are not asked.
 */
export function useChainGivesCertificate(): boolean {
  const analysis = useDeferredChainAnalysis(useWatch<Plan, typeof name>({ name }));
  return (analysis?.certificates.length ?? 0) > 0;
}
