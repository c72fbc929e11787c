import { useLayoutEffect, useMemo, useState } from 'react';
import type { ExportContext, ExportOptions } from '@/domain/generators';
import { exportFormats, type ExportFormat } from '@/domain/generators/types';
import { downloadBlob } from '../export/download';
import { formatInfo } from '../export/formats';
import { useExportPlan } from '../export/use-export-plan';
import { useGenerators } from '../export/use-generators';
import { useChainAnalysis } from '../hooks/use-findings';
import { sessionSecret } from '@/features/share/session-secret';
import { useFindingsAreCurrent, useWizard } from '../wizard-context';
import { ExportFile } from './export-file';
import { ExportFormatTabs, panelId, tabId } from './export-format-tabs';
import { ExportOverrides } from './export-overrides';
import { ExportSecret } from './export-secret';
import { ExportVerdict } from './export-verdict';
import './export-step.css';

const zipName = 'xks-planner-export.zip';

type ZipState = 'idle' | 'working' | 'failed';

/** The plan as files to apply: Terraform, an AWS CLI script, the proxy configuration file, the plan. */
export function ExportStep() {
  const { findings, unknowns } = useWizard();
  const findingsAreCurrent = useFindingsAreCurrent();
  const plan = useExportPlan();
  const generators = useGenerators();
  const [format, setFormat] = useState<ExportFormat>('terraform');
  // The secret never leaves this component's state (see ExportSecret).
  // A secret an imported file held (proxy configuration file) starts the field off.
  // Only for the access key ID it came with: never a mismatched pair.
  const [secret, setSecret] = useState(
    () => sessionSecret(plan?.keyStore?.XksProxyAuthenticationCredential?.AccessKeyId) ?? '',
  );
  const [includeSecret, setIncludeSecret] = useState(false);
  // React may keep this step mounted but hidden while the next one loads (and reveal it again);
  // hiding runs layout-effect clean-ups, so the typed secret is dropped there too.
  useLayoutEffect(
    () => () => {
      setSecret('');
      setIncludeSecret(false);
    },
    [],
  );
  const [zipState, setZipState] = useState<ZipState>('idle');

  // The exports take the certificate alarm's name from the pasted chain: they wait for its analysis.
  const { analysis: certificateChain, pending: chainPending } = useChainAnalysis(
    plan?.tls?.certificateChainPem,
  );
  const context = useMemo<ExportContext>(
    () => (certificateChain === undefined ? {} : { certificateChain }),
    [certificateChain],
  );
  const options = useMemo<ExportOptions>(
    () => (includeSecret && secret !== '' ? { ...context, secretAccessKey: secret } : context),
    [includeSecret, secret, context],
  );
  const generate = chainPending ? undefined : generators.data?.generateExport;
  const files = useMemo(
    () => (plan === undefined ? undefined : generate?.(format, plan, options)),
    [generate, format, plan, options],
  );
  const overrides = useMemo(
    () =>
      plan === undefined || chainPending
        ? undefined
        : generators.data?.exportPlan(plan, context).overrides,
    [generators.data, plan, context, chainPending],
  );
  const buildsInfrastructure = generators.data?.infrastructureFormats.includes(format) === true;

  async function downloadZip() {
    if (!generate || plan === undefined) return;
    setZipState('working');
    try {
      const { buildZip } = await import('../export/zip');
      const zip = buildZip(
        exportFormats.map((each) => ({ format: each, files: generate(each, plan, options) })),
      );
      downloadBlob(
        zipName,
        new Blob([zip as Uint8Array<ArrayBuffer>], { type: 'application/zip' }),
      );
      setZipState('idle');
    } catch {
      setZipState('failed');
    }
  }

  return (
    <>
      <ExportVerdict
        check={findings === undefined || !findingsAreCurrent ? undefined : { findings, unknowns }}
      />
      <p className="export-intro">
        The files are made in this browser from the plan as it stands; nothing is sent anywhere. The
        secret access key is left out of every file unless you add it to the proxy configuration
        file below.
      </p>

      {generators.isError ? (
        <div className="export-problem">
          <p>The exports could not be loaded. Check the connection and try again.</p>
          <button type="button" className="button" onClick={() => void generators.refetch()}>
            Try again
          </button>
        </div>
      ) : !generate || !files ? (
        <p role="status">Preparing the exports…</p>
      ) : (
        <>
          <section className="export-all" aria-labelledby="export-all-heading">
            <h3 id="export-all-heading">Every format at once</h3>
            <p className="field-hint" id="export-all-hint">
              One zip with a folder per format:{' '}
              {exportFormats.map((each, index) => (
                <span key={each}>
                  {index > 0 && ', '}
                  <code>{each}/</code>
                </span>
              ))}
              {options.secretAccessKey !== undefined
                ? '; its proxy configuration file holds the secret access key.'
                : '.'}
            </p>
            <div className="export-all-actions">
              <button
                type="button"
                className="button button-primary"
                aria-describedby="export-all-hint"
                disabled={zipState === 'working'}
                onClick={() => void downloadZip()}
              >
                Download all as a zip
              </button>
              <span role="status" className="export-zip-status">
                {zipState === 'working'
                  ? 'Making the zip…'
                  : zipState === 'failed'
                    ? 'The zip could not be made: download the files one by one instead.'
                    : ''}
              </span>
            </div>
          </section>

          <section className="export-formats" aria-labelledby="export-formats-heading">
            <h3 id="export-formats-heading">One format</h3>
            <ExportFormatTabs formats={exportFormats} selected={format} onSelect={setFormat} />
            <div
              role="tabpanel"
              id={panelId(format)}
              aria-labelledby={tabId(format)}
              className="export-panel"
            >
              <p>{formatInfo[format].about}</p>
              {buildsInfrastructure && overrides !== undefined && overrides.length > 0 && (
                <ExportOverrides
                  sentences={overrides.map((override) =>
                    generators.data!.overrideSentence(override),
                  )}
                />
              )}
              {format === 'proxy-config' && (
                <ExportSecret
                  secret={secret}
                  onSecretChange={setSecret}
                  include={includeSecret}
                  onIncludeChange={setIncludeSecret}
                />
              )}
              <p className="export-file-count">
                {files.length} {files.length === 1 ? 'file' : 'files'}:{' '}
                {files.map((file) => file.path).join(', ')}
              </p>
              {files.map((file) => (
                <ExportFile key={`${format}/${file.path}`} file={file} />
              ))}
            </div>
          </section>
        </>
      )}
    </>
  );
}
