// Captured from the demo portal: a service still serving the retired network-effects objective.
import type {
  Scorecard,
  ScoreHistory,
} from '@lodestar/backstage-plugin-alignment-common';

export const driftingScorecard: Scorecard = {
  entityRef: 'component:default/marketplace-matching-service',
  score: 68,
  level: 'drifting',
  objectives: [
    {
      ref: 'objective:default/grow-supplier-network',
      status: 'retired',
      title: 'Grow the supplier network',
      successor: 'objective:default/win-us-midmarket',
      inheritedFrom: 'domain:default/marketplace',
    },
  ],
  pillars: [
    {
      id: 'ownership',
      score: 100,
      checks: [
        {
          id: 'ownership.declared',
          pillar: 'ownership',
          title: 'Owner declared',
          status: 'pass',
          severity: 'critical',
          message: 'Owned by group:default/supplier-network.',
          rationale:
            'Without an owner nobody is accountable for fixing, changing or retiring the entity.',
        },
        {
          id: 'ownership.resolves',
          pillar: 'ownership',
          title: 'Owner exists in the catalog',
          status: 'pass',
          severity: 'high',
          message: 'group:default/supplier-network exists in the catalog.',
          rationale:
            'An owner that is not in the catalog is an owner nobody can reach: the team was renamed, merged or never registered.',
        },
        {
          id: 'ownership.is-group',
          pillar: 'ownership',
          title: 'Owned by a team, not a person',
          status: 'pass',
          severity: 'high',
          message: 'group:default/supplier-network is a group.',
          rationale:
            'People change roles and leave; a team outlives them. Ownership by a person is a single point of failure.',
        },
        {
          id: 'ownership.has-members',
          pillar: 'ownership',
          title: 'Owning team has members',
          status: 'pass',
          severity: 'high',
          message: 'group:default/supplier-network has 6 members.',
          rationale:
            'A team without members exists only on paper; its entities have no one behind them.',
        },
        {
          id: 'ownership.consistent-with-system',
          pillar: 'ownership',
          title: "Owner matches the system's owner",
          status: 'pass',
          severity: 'medium',
          message:
            'Owned by group:default/supplier-network, like system:default/supplier-marketplace.',
          rationale:
            'When parts of a system are owned by different teams than the system, decisions about the system fall between them.',
        },
        {
          id: 'ownership.on-call',
          pillar: 'ownership',
          title: 'Production service has an on-call path',
          status: 'pass',
          severity: 'high',
          message: 'On-call path declared (pagerduty.com/service-id).',
          rationale:
            'When a production service fails at night, the escalation path must be known before the incident, not during it.',
        },
      ],
    },
    {
      id: 'intent',
      score: 28,
      checks: [
        {
          id: 'intent.declared',
          pillar: 'intent',
          title: 'Serves at least one objective',
          status: 'pass',
          severity: 'high',
          message: 'Serves grow-supplier-network.',
          rationale:
            'An entity that serves no objective is either undocumented strategy or work the strategy does not need.',
          inheritedFrom: 'domain:default/marketplace',
        },
        {
          id: 'intent.active-objectives',
          pillar: 'intent',
          title: 'Serves only active objectives',
          status: 'fail',
          severity: 'critical',
          message:
            'grow-supplier-network is retired; its successor is win-us-midmarket.',
          rationale:
            'Serving a retired objective means investing in a strategy the company has left behind.',
          remediation: {
            text: "Update the objectives of domain:default/marketplace, or declare this entity's own.",
            yaml: 'metadata:\n  annotations:\n    lodestar.dev/objectives: win-us-midmarket\n',
          },
          inheritedFrom: 'domain:default/marketplace',
        },
        {
          id: 'intent.reviewed-since-revision',
          pillar: 'intent',
          title: 'Reviewed since the latest strategy revision',
          status: 'fail',
          severity: 'medium',
          message:
            'Last reviewed on 2024-06-03, before the 2026-03-02 revision (funding-round: Series B closed).',
          rationale:
            'A technical vision has a half-life: after a material shift in strategy every owner must check their entities still fit.',
          remediation: {
            text: 'Review the entity against the current strategy with its owner, then record the date.',
            yaml: 'metadata:\n  annotations:\n    lodestar.dev/reviewed-at: "2026-11-21"\n',
          },
        },
      ],
    },
    {
      id: 'principles',
      score: 47,
      checks: [
        {
          id: 'principle:default/docs-as-code',
          pillar: 'principles',
          title: 'Production services and libraries have TechDocs',
          status: 'pass',
          severity: 'low',
          message:
            'Complies with "Production services and libraries have TechDocs".',
          rationale:
            'The team doubled in a year and will double again. Docs next to the code are the only docs that stay current, and the on-call engineer at 3 a.m. needs a runbook.',
        },
        {
          id: 'principle:default/integrate-through-event-bus',
          pillar: 'principles',
          title: 'Production services integrate through the event bus',
          status: 'fail',
          severity: 'medium',
          message:
            'Does not comply with "Production services integrate through the event bus".',
          rationale:
            'ERP sync, analytics and notifications all react to the same purchase-order events. Point-to-point calls and shared databases couple release cycles and turn one slow service into a month-end outage.',
          remediation: {
            text: 'Consume the domain events you need from the event bus (for example procurement-events) and declare the dependency.',
            yaml: 'spec:\n  dependsOn:\n    - resource:event-bus\n',
          },
        },
        {
          id: 'principle:default/owned-by-a-team',
          pillar: 'principles',
          title: 'Owned by a team, not a person or the whole company',
          status: 'pass',
          severity: 'high',
          message:
            'Complies with "Owned by a team, not a person or the whole company".',
          rationale:
            'People go on holiday and leave; "the company" is nobody. Incidents, reviews and roadmap decisions need a team that can be paged and asked.',
        },
        {
          id: 'principle:default/production-components-in-a-system',
          pillar: 'principles',
          title: 'Production components belong to a system in a domain',
          status: 'pass',
          severity: 'low',
          message:
            'Complies with "Production components belong to a system in a domain".',
          rationale:
            'Systems and domains carry ownership and strategic intent down to the components. An orphan component cannot inherit objectives, and nobody reviews it when the strategy changes.',
        },
        {
          id: 'principle:default/services-expose-apis',
          pillar: 'principles',
          title: 'Production services expose their capabilities as APIs',
          status: 'fail',
          severity: 'high',
          message:
            'Does not comply with "Production services expose their capabilities as APIs".',
          rationale:
            "ERP connectors, the admin console and customers' own automation all build on our APIs. A service without a registered API is a capability nobody else can reuse or discover.",
          remediation: {
            text: "Register the service's API (OpenAPI, gRPC or AsyncAPI) as an API entity and list it in providesApis.",
            yaml: 'spec:\n  providesApis:\n    - my-service-api\n',
          },
        },
      ],
    },
  ],
  signals: [
    {
      type: 'strategic',
      reasons: [
        'Serves only active objectives: grow-supplier-network is retired; its successor is win-us-midmarket.',
        'Reviewed since the latest strategy revision: Last reviewed on 2024-06-03, before the 2026-03-02 revision (funding-round: Series B closed).',
      ],
    },
    {
      type: 'compliance',
      reasons: [
        'Production services integrate through the event bus: Does not comply with "Production services integrate through the event bus".',
        'Production services expose their capabilities as APIs: Does not comply with "Production services expose their capabilities as APIs".',
      ],
    },
  ],
  needsRevalidation: true,
  system: 'system:default/supplier-marketplace',
  domain: 'domain:default/marketplace',
  owner: 'group:default/supplier-network',
  evaluatedAt: '2026-11-21T16:01:35.029Z',
} as Scorecard;

export const driftingHistory: ScoreHistory = {
  entityRef: 'component:default/marketplace-matching-service',
  points: [
    {
      recordedAt: '2026-11-21T15:36:31.575Z',
      score: 68,
      level: 'drifting',
    },
  ],
  revisions: [
    {
      strategyRef: 'strategy:default/meridian-strategy',
      date: '2024-01-15',
      trigger: 'platform-thesis-change',
      summary:
        'Network effects: become the supplier network for European mid-market buyers. Every buyer who invites their suppliers makes Meridian more valuable to the next buyer; we build the supplier directory, matching and invites, and monetise supplier listings.',
    },
    {
      strategyRef: 'strategy:default/meridian-strategy',
      date: '2025-04-07',
      trigger: 'headcount-doubling',
      summary:
        "Headcount doubled from 27 to 55. Engineering reorganised into stream-aligned teams (platform, payments, integrations, growth, identity, data, supplier-network); the marketplace guild's members moved to supplier-network. Thesis unchanged.",
    },
    {
      strategyRef: 'strategy:default/meridian-strategy',
      date: '2026-03-02',
      trigger: 'funding-round',
      summary:
        'Series B closed. Supplier liquidity never reached the point where it sold the product, while US mid-market buyers bought on SSO, SOC 2, NetSuite sync and reliability. New thesis: US mid-market expansion. The network-effects objective is retired; marketplace work stops unless it serves a current objective.',
    },
  ],
} as ScoreHistory;
