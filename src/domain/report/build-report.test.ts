import { describe, expect, it } from 'vitest';
import { checklist } from '../catalogue/coverage/index';
import { checkPlan } from '../check/check-document';
import { verdictOf } from '../check/verdict';
import { ruleOutcome } from '../engine/outcomes';
import { examplePlans } from '../plan/examples';
import { parsePlan } from '../plan/parse-plan';
import type { Plan } from '../plan/plan-schema';
import { allRules } from '../rules';
import { statesAnyRead } from '../engine/stated-reads';
import { withObservations } from '../probe/plan-observations';
import { buildReport, nothingStatedReason } from './build-report';
import { printReportHtml } from './print-html';
import { printReportMarkdown } from './print-markdown';
import { risksNote } from './summary';
import { checklistItemLeftOutBecause } from './checklist-for-plan';

const now = new Date('2026-11-30T12:00:00Z');

function reportOf(document: Plan) {
  const { plan } = parsePlan(document as Record<string, unknown>);
  const check = checkPlan(plan, { now });
  return { plan, check, report: buildReport(plan, check, { now }) };
}

describe.each(examplePlans)('the report of $id', (example) => {
  const { plan, check, report } = reportOf(example.document);
  const results = report.areas.flatMap((area) => area.rules);

  it('lists every registered rule exactly once', () => {
    expect(results.map((rule) => rule.ruleId).sort()).toEqual(
      allRules.map((rule) => rule.id).sort(),
    );
  });

  it("gives each rule the status of the engine's outcome", () => {
    for (const result of results) {
      const own = check.findings.filter((finding) => finding.ruleId === result.ruleId);
      const outcome = ruleOutcome(check, result.ruleId);
      if (outcome === 'not-applicable') {
        expect(result.status, result.ruleId).toBe('not-applicable');
      } else if (outcome === 'unknown') {
        expect(result.status, result.ruleId).toBe('unknown');
        expect(result.missing, result.ruleId).toEqual(
          check.unknowns.find((unknown) => unknown.ruleId === result.ruleId)!.paths,
        );
      } else if (outcome === 'pass') {
        // A rule that found nothing where the plan states nothing it reads checked nothing; the
        // proxy configuration file's rules do not read the plan.
        const rule = allRules.find((candidate) => candidate.id === result.ruleId)!;
        const checkedSomething =
          rule.target === 'plan' && statesAnyRead(withObservations(plan), rule.reads);
        expect(result.status, result.ruleId).toBe(checkedSomething ? 'pass' : 'not-applicable');
        if (rule.target === 'plan' && !checkedSomething)
          expect(result.notApplicableReason).toBe(nothingStatedReason);
      } else {
        expect(result.status, result.ruleId).toBe(own[0]!.severity);
        expect(result.findings.map((finding) => finding.message)).toEqual(
          own.map((finding) => finding.message),
        );
      }
    }
    // Beyond the engine's list, only the proxy configuration file's rules do not apply, and the
    // rules with nothing to check are listed with them.
    const notApplicable = results.filter(
      (rule) =>
        rule.status === 'not-applicable' && rule.notApplicableReason !== nothingStatedReason,
    );
    expect(notApplicable.length).toBe(
      check.notApplicable.length + allRules.filter((rule) => rule.target === 'proxy-config').length,
    );
  });

  it('gives the verdict the example is meant to get, with its open unknowns', () => {
    expect(report.verdict).toEqual(verdictOf(check));
    expect(report.verdict.state).toBe(example.verdict);
    expect(report.unknowns.length).toBe(report.verdict.unknowns);
  });

  it('lists each error and each deciding unknown as an open item, an unknown by what to state', () => {
    const errors = check.findings.filter((finding) => finding.severity === 'error');
    const { openItems } = report.summary;
    expect(openItems.filter((item) => item.kind === 'error').map((item) => item.text)).toEqual(
      errors.map((finding) => finding.message),
    );
    const unknownItems = openItems.filter((item) => item.kind === 'unknown');
    expect(unknownItems.map((item) => [item.ruleId, item.paths])).toEqual(
      report.unknowns.map((unknown) => [unknown.ruleId, unknown.paths]),
    );
    for (const item of unknownItems) {
      expect(item.text, item.ruleId).toBeUndefined();
      expect(item.fix, item.ruleId).toMatch(
        /^State (it|them), so that the rule can judge the plan\.$/,
      );
    }
  });

  it('lists the checklist for its connectivity, the alarms and the runbook in order', () => {
    const connectivity = example.document.keyStore?.XksProxyConnectivity;
    expect(report.checklist.length).toBeGreaterThan(0);
    // Only the items that apply, and every other item counted under a reason.
    const { plan } = parsePlan(example.document as Record<string, unknown>);
    const kept = new Set(report.checklist.map((item) => item.id));
    for (const item of checklist) {
      expect(checklistItemLeftOutBecause(item, plan) === undefined, item.id).toBe(
        kept.has(item.id),
      );
    }
    const leftOut = report.checklistLeftOut.reduce((sum, entry) => sum + entry.count, 0);
    expect(kept.size + leftOut).toBe(checklist.length);
    expect(report.alarms.map((alarm) => alarm.name)).toEqual(
      expect.arrayContaining(['certificate_days_to_expire', 'proxy_latency']),
    );
    expect(report.runbook.map((step) => step.title)).toEqual([
      'Build the network',
      ...(connectivity === 'VPC_ENDPOINT_SERVICE' ? ['Verify the private DNS name'] : []),
      'Create the external key store',
      'Connect and wait for CONNECTED',
      'Create the KMS keys',
      'Test an encrypt and decrypt',
    ]);
  });
});

describe('the report', () => {
  it('never prints the secret access key, only its variable', () => {
    const { report } = reportOf(examplePlans[0]!.document);
    const create = report.runbook.find((step) => step.title === 'Create the external key store');
    expect(create?.commands).toContain('RawSecretAccessKey="${XKS_PROXY_SECRET_ACCESS_KEY}"');
  });

  it('quotes plan values in commands as the AWS CLI export does', () => {
    const { report } = reportOf({
      ...examplePlans[0]!.document,
      keyStore: { ...examplePlans[0]!.document.keyStore, CustomKeyStoreName: "a'; rm -rf / #" },
    });
    const create = report.runbook.find((step) => step.title === 'Create the external key store');
    expect(create?.commands).toContain(`--custom-key-store-name='a'\\''; rm -rf / #'`);
  });

  it('names the plan, else its key store, else says it has no name', () => {
    expect(reportOf({ version: 1 }).report.planName).toBe('Untitled plan');
    expect(
      reportOf({ version: 1, keyStore: { CustomKeyStoreName: 'store' } }).report.planName,
    ).toBe('store');
  });
});

describe('the report of a plan that states almost nothing', () => {
  const { report } = reportOf({
    version: 1,
    region: 'eu-west-1',
    keyStore: { CustomKeyStoreName: 'draft' },
  } as Plan);
  const results = report.areas.flatMap((area) => area.rules);

  it('never marks a rule of either connectivity as passing or not applicable', () => {
    const connectivityRules = allRules.filter(
      (rule) => rule.target === 'plan' && rule.appliesTo !== 'all',
    );
    for (const rule of connectivityRules) {
      expect(results.find((result) => result.ruleId === rule.id)?.status, rule.id).toBe('unknown');
    }
    expect(report.verdict.state).not.toBe('ready');
  });
});

describe('a rule the plan gives nothing to check', () => {
  const statusOf = (document: Plan, ruleId: string) =>
    reportOf(document)
      .report.areas.flatMap((area) => area.rules)
      .find((result) => result.ruleId === ruleId);

  it('is not listed as passing, and passes once the plan states what it reads', () => {
    const draft = examplePlans.find((example) => example.id === 'vpc-endpoint-service-draft')!;
    // The draft does not state the proxy's TLS versions: the rule on old versions checked nothing.
    expect(draft.document.proxy?.tlsVersions).toBeUndefined();
    expect(statusOf(draft.document, 'proxy-tls-legacy-versions')).toMatchObject({
      status: 'not-applicable',
      notApplicableReason: nothingStatedReason,
    });
    const stated = { ...draft.document, proxy: { ...draft.document.proxy, tlsVersions: ['1.3'] } };
    expect(statusOf(stated as Plan, 'proxy-tls-legacy-versions')?.status).toBe('pass');
  });

  it('is not listed as passing when the plan states only the Region or the connectivity it reads', () => {
    const draft = examplePlans.find((example) => example.id === 'vpc-endpoint-service-draft')!;
    // The draft states its Region but no Availability Zone.
    expect(draft.document.region).toBeDefined();
    expect(draft.document.vpc?.subnets).toBeUndefined();
    expect(statusOf(draft.document, 'vpc-availability-zones-in-region')).toMatchObject({
      status: 'not-applicable',
      notApplicableReason: nothingStatedReason,
    });
    const zone = `${draft.document.region}a`;
    const stated = { ...draft.document, vpc: { subnets: [{ availabilityZone: zone }] } };
    expect(statusOf(stated as Plan, 'vpc-availability-zones-in-region')?.status).toBe('pass');
  });

  it('is judged on the whole plan when it reads the whole plan', () => {
    expect(statusOf({ version: 1 }, 'no-secret-in-plan')?.status).toBe('pass');
  });
});

describe('the troubleshooting of a plan that does not state what a cause needs', () => {
  const draft = examplePlans.find((example) => example.id === 'vpc-endpoint-service-draft')!;
  const { report } = reportOf(draft.document);
  const timedOut = report.troubleshooting.find(({ entry }) => entry.code === 'XKS_PROXY_TIMED_OUT');

  it('lists the rules of the cause that cannot judge the plan, never "pass"', () => {
    const roundTrip = timedOut!.causes[0]!;
    expect(roundTrip.findings).toEqual([]);
    expect(roundTrip.unknowns.map((unknown) => unknown.ruleId)).toContain(
      'traffic-round-trip-time',
    );
    const markdown = printReportMarkdown(report);
    expect(markdown).toContain(
      '  - In this plan: `traffic-round-trip-time` Not known yet: the plan does not state',
    );
    expect(markdown).not.toMatch(/pass or do not apply/);
    expect(printReportHtml(report)).toContain(
      '<li><strong>In this plan:</strong> <code>traffic-round-trip-time</code> Not known yet:',
    );
  });
});

describe('the risks of the summary', () => {
  it('say that warning checks are not known yet, never just "No warnings", for a draft', () => {
    const draft = examplePlans.find((example) => example.id === 'vpc-endpoint-service-draft')!;
    const { check, report } = reportOf(draft.document);
    const notKnown = check.unknowns.filter((unknown) => unknown.severity === 'warning').length;
    expect(notKnown).toBeGreaterThan(1);
    expect(report.summary.risks).toEqual([]);
    const note = `No warning found. ${notKnown} warning checks are not known yet: the plan does not state what they need.`;
    expect(risksNote(report.summary)).toBe(note);
    expect(printReportMarkdown(report)).toContain(`### Risks (0)\n\n${note}`);
    expect(printReportHtml(report)).toContain(`<h3>Risks (0)</h3>\n<p>${note}</p>`);
  });

  it('say "No warnings" only when every warning check judged the plan', () => {
    const ready = examplePlans.find((example) => example.id === 'public-endpoint-ready')!;
    const { check, report } = reportOf(ready.document);
    expect(check.unknowns.filter((unknown) => unknown.severity === 'warning')).toEqual([]);
    expect(risksNote(report.summary)).toBe('No warnings.');
  });
});

describe('the latency decision', () => {
  const latency = (document: Plan) =>
    reportOf(document).report.summary.decisions.find((line) => line.decision === 'Latency')!;

  it('names the leg that is not known, and says when the call time leaves parts out', () => {
    expect(latency({ version: 1 } as Plan).choice).toBe(
      'Not known: neither leg of the round trip is measured or estimated',
    );
    expect(latency({ version: 1, traffic: { roundTripMs: 10 } } as Plan).choice).toBe(
      'Not known: the round trip from the proxy to the key manager is neither measured nor estimated',
    );
    expect(
      latency({ version: 1, traffic: { roundTripMs: 10, proxyToKeyManagerMs: 5 } } as Plan).choice,
    ).toBe(
      '15 ms network round trip, 15 ms per proxy call (the time in the proxy and key manager not stated)',
    );
  });
});

describe('the TLS decision and the architecture', () => {
  const tlsOf = (document: Plan) => {
    const { report } = reportOf(document);
    return {
      decision: report.summary.decisions.find((line) => line.decision === 'TLS terminates')!.choice,
      drawing: report.architecture.description,
    };
  };
  const vpc = { XksProxyConnectivity: 'VPC_ENDPOINT_SERVICE' } as const;

  it('say the same about where TLS from KMS ends, for each connectivity', () => {
    expect(
      tlsOf({ version: 1, keyStore: { XksProxyConnectivity: 'PUBLIC_ENDPOINT' } } as Plan),
    ).toMatchObject({
      decision: 'On the proxy',
      drawing: expect.stringContaining('terminates on the proxy.'),
    });
    expect(
      tlsOf({ version: 1, keyStore: vpc, tls: { terminatesAt: 'load-balancer' } } as Plan),
    ).toMatchObject({
      decision: expect.stringMatching(/^On the load balancer/),
      drawing: expect.stringContaining('terminates on the load balancer.'),
    });
    expect(
      tlsOf({ version: 1, keyStore: vpc, tls: { terminatesAt: 'proxy' } } as Plan),
    ).toMatchObject({
      decision: 'On the proxy (the load balancer passes TCP through)',
      drawing: expect.stringContaining('terminates on the proxy.'),
    });
    expect(tlsOf({ version: 1, keyStore: vpc } as Plan)).toMatchObject({
      decision: 'Not stated',
      drawing: expect.stringContaining('is not stated yet.'),
    });
  });

  it('name no place while connectivity is not chosen, even with tls.terminatesAt stated', () => {
    expect(tlsOf({ version: 1, tls: { terminatesAt: 'load-balancer' } } as Plan)).toMatchObject({
      decision: 'Not known until connectivity is chosen',
      drawing: expect.stringContaining('is not stated yet.'),
    });
  });
});
