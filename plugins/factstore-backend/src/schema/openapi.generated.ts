// Generated from src/schema/openapi.yaml by `npm run openapi:generate`. Do not edit.
/* eslint-disable */

import { createValidatedOpenApiRouterFromGeneratedEndpointMap } from '@backstage/backend-openapi-utils';
import {
  specRouter,
  specValidatorOptions,
  validatedOnFirstRequest,
  type EndpointMapOf,
} from '@fawkes/backend-http';
import type { paths } from '@fawkes/plugin-factstore-common';

/** The plugin's OpenAPI spec, served by the router at `/openapi.json`. */
export const spec = {
  openapi: '3.1.0',
  info: {
    title: 'factstore',
    version: '0.1.0',
    description:
      "Supply-chain evidence: flows, trails, artifacts, attestations and their evidence, environments\nand snapshots, approvals, the deployment gate, CEL and Rego policies, and a signed RFC 6962\nledger of every evidence write and decision. Served at `/api/factstore`; the `/api/v1` paths\nare seed 002's OpenFactstore routes, the `/api/v2` paths (at the end) those the Kosli CLI calls.\nEvery route needs Backstage credentials except `GET /health`. `X-Dry-Run: true` on a change\nvalidates it and answers as if done, storing nothing; a change that would call an outside\nsystem (Vault, Jira, Confluence, Slack) refuses a dry run with 400 rather than call it.\n",
    license: {
      name: 'Apache-2.0',
      identifier: 'Apache-2.0',
    },
  },
  servers: [
    {
      url: '/',
    },
  ],
  security: [
    {
      BackstageToken: [],
    },
  ],
  paths: {
    '/health': {
      get: {
        operationId: 'getHealth',
        summary: 'Whether the plugin can serve (its database answers)',
        security: [],
        responses: {
          '200': {
            description: 'Healthy',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Health',
                },
              },
            },
          },
          '503': {
            description: 'Unhealthy (the database does not answer)',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Health',
                },
              },
            },
          },
        },
      },
    },
    '/ready': {
      get: {
        operationId: 'kosliStatus',
        summary: '`kosli status`: OK',
        responses: {
          '200': {
            description: 'The Kosli-shaped answer',
            content: {
              'text/plain': {
                schema: {
                  type: 'string',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
    },
    '/api/v1/flows': {
      get: {
        operationId: 'listFlows',
        summary: 'The flows (not archived), optionally of one org',
        parameters: [
          {
            name: 'org',
            in: 'query',
            schema: {
              $ref: '#/components/schemas/Name',
            },
          },
        ],
        responses: {
          '200': {
            description: 'The flows',
            content: {
              'application/json': {
                schema: {
                  type: 'array',
                  items: {
                    $ref: '#/components/schemas/Flow',
                  },
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
      post: {
        operationId: 'createFlow',
        summary: 'Create a flow',
        parameters: [
          {
            $ref: '#/components/parameters/dryRun',
          },
        ],
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                $ref: '#/components/schemas/CreateFlowRequest',
              },
            },
          },
        },
        responses: {
          '201': {
            description: 'Created',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Flow',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '403': {
            $ref: '#/components/responses/Forbidden',
          },
          '409': {
            $ref: '#/components/responses/Conflict',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
    },
    '/api/v1/flows/{id}': {
      parameters: [
        {
          $ref: '#/components/parameters/id',
        },
      ],
      get: {
        operationId: 'getFlow',
        summary: 'A flow, archived or not',
        responses: {
          '200': {
            description: 'The flow',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Flow',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
      put: {
        operationId: 'updateFlow',
        summary: "Change a flow's fields",
        parameters: [
          {
            $ref: '#/components/parameters/dryRun',
          },
        ],
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                $ref: '#/components/schemas/UpdateFlowRequest',
              },
            },
          },
        },
        responses: {
          '200': {
            description: 'The changed flow',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Flow',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '403': {
            $ref: '#/components/responses/Forbidden',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
          '409': {
            $ref: '#/components/responses/Conflict',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
      delete: {
        operationId: 'deleteFlow',
        summary:
          'Delete a flow (refused while trails or policies point at it), or archive it',
        parameters: [
          {
            $ref: '#/components/parameters/archive',
          },
          {
            $ref: '#/components/parameters/dryRun',
          },
        ],
        responses: {
          '200': {
            description: 'Archived (`?archive=true`)',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Flow',
                },
              },
            },
          },
          '204': {
            description: 'Deleted',
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '403': {
            $ref: '#/components/responses/Forbidden',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
          '409': {
            $ref: '#/components/responses/Conflict',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
    },
    '/api/v1/flows/{id}/restore': {
      parameters: [
        {
          $ref: '#/components/parameters/id',
        },
      ],
      post: {
        operationId: 'restoreFlow',
        summary: 'Restore an archived flow',
        parameters: [
          {
            $ref: '#/components/parameters/dryRun',
          },
        ],
        responses: {
          '200': {
            description: 'The restored flow',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Flow',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '403': {
            $ref: '#/components/responses/Forbidden',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
          '409': {
            $ref: '#/components/responses/Conflict',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
    },
    '/api/v1/flows/{id}/template': {
      parameters: [
        {
          $ref: '#/components/parameters/id',
        },
      ],
      get: {
        operationId: 'getFlowTemplate',
        summary:
          "The flow's Kosli template (YAML), as uploaded or derived from its required types",
        responses: {
          '200': {
            description: 'The template',
            content: {
              'application/yaml': {
                schema: {
                  type: 'string',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
    },
    '/api/v1/flows/{flowId}/security-thresholds': {
      parameters: [
        {
          $ref: '#/components/parameters/flowId',
        },
      ],
      post: {
        operationId: 'setSecurityThresholds',
        summary:
          'Set the most vulnerabilities of each severity a compliant artifact may have',
        parameters: [
          {
            $ref: '#/components/parameters/dryRun',
          },
        ],
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                $ref: '#/components/schemas/SetSecurityThresholdsRequest',
              },
            },
          },
        },
        responses: {
          '200': {
            description: 'The thresholds',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/SecurityThresholds',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '403': {
            $ref: '#/components/responses/Forbidden',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
      get: {
        operationId: 'getSecurityThresholds',
        summary: "The flow's thresholds (OpenFactstore's defaults until set)",
        responses: {
          '200': {
            description: 'The thresholds',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/SecurityThresholds',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
    },
    '/api/v1/flows/{flowId}/trails': {
      parameters: [
        {
          $ref: '#/components/parameters/flowId',
        },
      ],
      get: {
        operationId: 'listFlowTrails',
        summary:
          "The flow's trails, newest first, with their compliance status",
        parameters: [
          {
            $ref: '#/components/parameters/complianceStatus',
          },
          {
            $ref: '#/components/parameters/limit',
          },
          {
            $ref: '#/components/parameters/offset',
          },
        ],
        responses: {
          '200': {
            description: 'The trails',
            content: {
              'application/json': {
                schema: {
                  type: 'array',
                  items: {
                    $ref: '#/components/schemas/Trail',
                  },
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
    },
    '/api/v1/trails': {
      post: {
        operationId: 'createTrail',
        summary:
          "Start a trail in a flow (git fields from the CI's variables with X-Factstore-CI-Context)",
        parameters: [
          {
            name: 'X-Factstore-CI-Context',
            in: 'header',
            description:
              'The CI whose variables (`ciEnvironment`) give the git fields',
            schema: {
              type: 'string',
              enum: [
                'github-actions',
                'gitlab-ci',
                'jenkins',
                'circleci',
                'azure-devops',
              ],
            },
          },
          {
            $ref: '#/components/parameters/dryRun',
          },
        ],
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                $ref: '#/components/schemas/CreateTrailRequest',
              },
            },
          },
        },
        responses: {
          '201': {
            description: 'Created',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Trail',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '409': {
            $ref: '#/components/responses/Conflict',
          },
          '422': {
            $ref: '#/components/responses/Unprocessable',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
      get: {
        operationId: 'listTrails',
        summary: 'Trails, newest first, with their compliance status',
        parameters: [
          {
            name: 'flowId',
            in: 'query',
            schema: {
              $ref: '#/components/schemas/Uuid',
            },
          },
          {
            $ref: '#/components/parameters/complianceStatus',
          },
          {
            $ref: '#/components/parameters/limit',
          },
          {
            $ref: '#/components/parameters/offset',
          },
        ],
        responses: {
          '200': {
            description: 'The trails',
            content: {
              'application/json': {
                schema: {
                  type: 'array',
                  items: {
                    $ref: '#/components/schemas/Trail',
                  },
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
    },
    '/api/v1/trails/{id}': {
      parameters: [
        {
          $ref: '#/components/parameters/id',
        },
      ],
      get: {
        operationId: 'getTrail',
        summary:
          'A trail, its compliance status and the attestations that decided it',
        responses: {
          '200': {
            description: 'The trail',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Trail',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
    },
    '/api/v1/trails/{id}/audit': {
      parameters: [
        {
          $ref: '#/components/parameters/id',
        },
      ],
      get: {
        operationId: 'getTrailAudit',
        summary: "The trail's audit events, oldest first",
        parameters: [
          {
            $ref: '#/components/parameters/limit',
          },
          {
            $ref: '#/components/parameters/offset',
          },
        ],
        responses: {
          '200': {
            description: 'The events',
            content: {
              'application/json': {
                schema: {
                  type: 'array',
                  items: {
                    $ref: '#/components/schemas/AuditEvent',
                  },
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
    },
    '/api/v1/trails/{trailId}/artifacts': {
      parameters: [
        {
          $ref: '#/components/parameters/trailId',
        },
      ],
      post: {
        operationId: 'reportArtifact',
        summary:
          'Report an artifact the trail built (200 when it was reported already)',
        parameters: [
          {
            $ref: '#/components/parameters/dryRun',
          },
        ],
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                $ref: '#/components/schemas/ReportArtifactRequest',
              },
            },
          },
        },
        responses: {
          '200': {
            description: 'Reported before',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Artifact',
                },
              },
            },
          },
          '201': {
            description: 'Reported',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Artifact',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
          '409': {
            $ref: '#/components/responses/Conflict',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
      get: {
        operationId: 'listTrailArtifacts',
        summary: "The trail's artifacts",
        responses: {
          '200': {
            description: 'The artifacts',
            content: {
              'application/json': {
                schema: {
                  type: 'array',
                  items: {
                    $ref: '#/components/schemas/Artifact',
                  },
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
    },
    '/api/v1/artifacts': {
      get: {
        operationId: 'findArtifacts',
        summary: 'The artifacts with this digest, in every trail',
        parameters: [
          {
            name: 'sha256',
            in: 'query',
            required: true,
            schema: {
              $ref: '#/components/schemas/Digest',
            },
          },
        ],
        responses: {
          '200': {
            description: 'The artifacts',
            content: {
              'application/json': {
                schema: {
                  type: 'array',
                  items: {
                    $ref: '#/components/schemas/Artifact',
                  },
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
    },
    '/api/v1/trails/{trailId}/attestations': {
      parameters: [
        {
          $ref: '#/components/parameters/trailId',
        },
      ],
      post: {
        operationId: 'recordAttestation',
        summary:
          'Record an attestation about the trail or one of its artifacts',
        parameters: [
          {
            $ref: '#/components/parameters/dryRun',
          },
        ],
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                $ref: '#/components/schemas/RecordAttestationRequest',
              },
            },
          },
        },
        responses: {
          '201': {
            description: 'Recorded',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Attestation',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
          '422': {
            $ref: '#/components/responses/Unprocessable',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
      get: {
        operationId: 'listAttestations',
        summary: "The trail's attestations",
        parameters: [
          {
            $ref: '#/components/parameters/limit',
          },
          {
            $ref: '#/components/parameters/offset',
          },
        ],
        responses: {
          '200': {
            description: 'The attestations',
            content: {
              'application/json': {
                schema: {
                  type: 'array',
                  items: {
                    $ref: '#/components/schemas/Attestation',
                  },
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
    },
    '/api/v1/trails/{trailId}/attestations/{id}/evidence': {
      parameters: [
        {
          $ref: '#/components/parameters/trailId',
        },
        {
          $ref: '#/components/parameters/id',
        },
      ],
      post: {
        operationId: 'uploadEvidence',
        summary:
          'Attach an evidence file to an attestation; a report it can read decides its status',
        parameters: [
          {
            $ref: '#/components/parameters/dryRun',
          },
        ],
        requestBody: {
          required: true,
          content: {
            'multipart/form-data': {
              schema: {
                $ref: '#/components/schemas/EvidenceUpload',
              },
            },
          },
        },
        responses: {
          '201': {
            description: 'Attached',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/EvidenceReceipt',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
          '409': {
            $ref: '#/components/responses/Conflict',
          },
          '413': {
            $ref: '#/components/responses/PayloadTooLarge',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
      get: {
        operationId: 'downloadEvidence',
        summary:
          "The attestation's evidence file, with its SHA-256 in `Digest`",
        responses: {
          '200': {
            description: 'The file, in its own content type',
            headers: {
              Digest: {
                description: '`sha-256=<base64>`',
                schema: {
                  type: 'string',
                },
              },
            },
            content: {
              'application/octet-stream': {
                schema: {
                  type: 'string',
                  format: 'binary',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
    },
    '/api/v1/assert': {
      post: {
        operationId: 'assertArtifact',
        summary:
          "Is the artifact compliant with the flow (and the environment's policies), and why not",
        parameters: [
          {
            $ref: '#/components/parameters/dryRun',
          },
        ],
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                $ref: '#/components/schemas/AssertRequest',
              },
            },
          },
        },
        responses: {
          '200': {
            description: 'The assertion, with a signed verification summary',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Assertion',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '422': {
            $ref: '#/components/responses/Unprocessable',
          },
          '502': {
            $ref: '#/components/responses/BadGateway',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
    },
    '/api/v1/trails/{trailId}/approvals': {
      parameters: [
        {
          $ref: '#/components/parameters/trailId',
        },
      ],
      post: {
        operationId: 'requestApproval',
        summary: "Ask for the trail's approval",
        parameters: [
          {
            $ref: '#/components/parameters/dryRun',
          },
        ],
        requestBody: {
          required: false,
          content: {
            'application/json': {
              schema: {
                $ref: '#/components/schemas/CommentRequest',
              },
            },
          },
        },
        responses: {
          '201': {
            description: 'Requested (PENDING)',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Approval',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
      get: {
        operationId: 'listTrailApprovals',
        summary: "The trail's approvals",
        responses: {
          '200': {
            description: 'The approvals',
            content: {
              'application/json': {
                schema: {
                  type: 'array',
                  items: {
                    $ref: '#/components/schemas/Approval',
                  },
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
    },
    '/api/v1/approvals': {
      get: {
        operationId: 'listApprovals',
        summary: 'Approvals, optionally in one status',
        parameters: [
          {
            name: 'status',
            in: 'query',
            schema: {
              $ref: '#/components/schemas/ApprovalStatus',
            },
          },
        ],
        responses: {
          '200': {
            description: 'The approvals',
            content: {
              'application/json': {
                schema: {
                  type: 'array',
                  items: {
                    $ref: '#/components/schemas/Approval',
                  },
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
    },
    '/api/v1/approvals/{approvalId}': {
      parameters: [
        {
          $ref: '#/components/parameters/approvalId',
        },
      ],
      get: {
        operationId: 'getApproval',
        summary: 'An approval',
        responses: {
          '200': {
            description: 'The approval',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Approval',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
    },
    '/api/v1/approvals/{approvalId}/approve': {
      parameters: [
        {
          $ref: '#/components/parameters/approvalId',
        },
      ],
      post: {
        operationId: 'approveApproval',
        summary:
          'Approve a pending approval (a user, never the one who asked; factstore.approval.review)',
        parameters: [
          {
            $ref: '#/components/parameters/dryRun',
          },
        ],
        requestBody: {
          required: false,
          content: {
            'application/json': {
              schema: {
                $ref: '#/components/schemas/CommentRequest',
              },
            },
          },
        },
        responses: {
          '200': {
            description: 'Approved',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Approval',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '403': {
            $ref: '#/components/responses/Forbidden',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
          '409': {
            $ref: '#/components/responses/Conflict',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
    },
    '/api/v1/approvals/{approvalId}/reject': {
      parameters: [
        {
          $ref: '#/components/parameters/approvalId',
        },
      ],
      post: {
        operationId: 'rejectApproval',
        summary:
          'Reject a pending approval (a user, never the one who asked; factstore.approval.review)',
        parameters: [
          {
            $ref: '#/components/parameters/dryRun',
          },
        ],
        requestBody: {
          required: false,
          content: {
            'application/json': {
              schema: {
                $ref: '#/components/schemas/CommentRequest',
              },
            },
          },
        },
        responses: {
          '200': {
            description: 'Rejected',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Approval',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '403': {
            $ref: '#/components/responses/Forbidden',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
          '409': {
            $ref: '#/components/responses/Conflict',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
    },
    '/api/v1/deployment-policies': {
      post: {
        operationId: 'createDeploymentPolicy',
        summary: 'Create a deployment policy (factstore.policy.manage)',
        parameters: [
          {
            $ref: '#/components/parameters/dryRun',
          },
        ],
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                $ref: '#/components/schemas/DeploymentPolicyRequest',
              },
            },
          },
        },
        responses: {
          '201': {
            description: 'Created',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/DeploymentPolicy',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '403': {
            $ref: '#/components/responses/Forbidden',
          },
          '409': {
            $ref: '#/components/responses/Conflict',
          },
          '422': {
            $ref: '#/components/responses/Unprocessable',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
      get: {
        operationId: 'listDeploymentPolicies',
        summary: 'The deployment policies, by name',
        responses: {
          '200': {
            description: 'The policies',
            content: {
              'application/json': {
                schema: {
                  type: 'array',
                  items: {
                    $ref: '#/components/schemas/DeploymentPolicy',
                  },
                },
              },
            },
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
    },
    '/api/v1/deployment-policies/{id}': {
      parameters: [
        {
          $ref: '#/components/parameters/id',
        },
      ],
      get: {
        operationId: 'getDeploymentPolicy',
        summary: 'A deployment policy',
        responses: {
          '200': {
            description: 'The policy',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/DeploymentPolicy',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
      put: {
        operationId: 'updateDeploymentPolicy',
        summary: 'Change a deployment policy (factstore.policy.manage)',
        parameters: [
          {
            $ref: '#/components/parameters/dryRun',
          },
        ],
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                $ref: '#/components/schemas/DeploymentPolicyRequest',
              },
            },
          },
        },
        responses: {
          '200': {
            description: 'The changed policy',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/DeploymentPolicy',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '403': {
            $ref: '#/components/responses/Forbidden',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
          '409': {
            $ref: '#/components/responses/Conflict',
          },
          '422': {
            $ref: '#/components/responses/Unprocessable',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
      delete: {
        operationId: 'deleteDeploymentPolicy',
        summary: 'Delete a deployment policy (factstore.policy.manage)',
        parameters: [
          {
            $ref: '#/components/parameters/dryRun',
          },
        ],
        responses: {
          '204': {
            description: 'Deleted',
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '403': {
            $ref: '#/components/responses/Forbidden',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
    },
    '/api/v1/gate/evaluate': {
      post: {
        operationId: 'evaluateGate',
        summary:
          'May the artifact deploy (to the environment)? The deployment policies and attached policies decide; the result is stored',
        parameters: [
          {
            $ref: '#/components/parameters/dryRun',
          },
        ],
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                $ref: '#/components/schemas/GateEvaluateRequest',
              },
            },
          },
        },
        responses: {
          '200': {
            description: "The gate's decision",
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/GateResult',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '422': {
            $ref: '#/components/responses/Unprocessable',
          },
          '502': {
            $ref: '#/components/responses/BadGateway',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
    },
    '/api/v1/gate/results': {
      get: {
        operationId: 'listGateResults',
        summary: "The gate's decisions, newest first",
        parameters: [
          {
            $ref: '#/components/parameters/limit',
          },
          {
            $ref: '#/components/parameters/offset',
          },
          {
            name: 'sha256',
            in: 'query',
            description:
              'Only the decisions about this artifact (`sha256:<64 hex>` or 64 hex characters)',
            schema: {
              type: 'string',
            },
          },
          {
            name: 'environmentId',
            in: 'query',
            description:
              'Only the decisions about deploying to this environment',
            schema: {
              type: 'string',
              format: 'uuid',
            },
          },
        ],
        responses: {
          '200': {
            description: 'The decisions',
            content: {
              'application/json': {
                schema: {
                  type: 'array',
                  items: {
                    $ref: '#/components/schemas/GateResult',
                  },
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
    },
    '/api/v1/audit': {
      get: {
        operationId: 'listAuditEvents',
        summary: "The audit log, OpenFactstore's paging",
        parameters: [
          {
            name: 'eventType',
            in: 'query',
            schema: {
              type: 'string',
              maxLength: 64,
            },
          },
          {
            name: 'trailId',
            in: 'query',
            schema: {
              $ref: '#/components/schemas/Uuid',
            },
          },
          {
            name: 'actor',
            in: 'query',
            schema: {
              type: 'string',
              maxLength: 255,
            },
          },
          {
            name: 'from',
            in: 'query',
            description: 'Events at or after this ISO 8601 time',
            schema: {
              type: 'string',
              format: 'date-time',
            },
          },
          {
            name: 'to',
            in: 'query',
            description: 'Events at or before this ISO 8601 time',
            schema: {
              type: 'string',
              format: 'date-time',
            },
          },
          {
            $ref: '#/components/parameters/page',
          },
          {
            $ref: '#/components/parameters/size',
          },
          {
            name: 'sortDesc',
            in: 'query',
            description: 'Newest first (default `true`)',
            schema: {
              type: 'string',
              enum: ['true', 'false'],
            },
          },
        ],
        responses: {
          '200': {
            description: 'A page of events',
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  required: [
                    'content',
                    'page',
                    'size',
                    'totalElements',
                    'totalPages',
                  ],
                  properties: {
                    content: {
                      type: 'array',
                      items: {
                        $ref: '#/components/schemas/AuditEvent',
                      },
                    },
                    page: {
                      type: 'integer',
                    },
                    size: {
                      type: 'integer',
                    },
                    totalElements: {
                      type: 'integer',
                    },
                    totalPages: {
                      type: 'integer',
                    },
                  },
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
    },
    '/api/v1/audit/{id}': {
      parameters: [
        {
          $ref: '#/components/parameters/id',
        },
      ],
      get: {
        operationId: 'getAuditEvent',
        summary: 'An audit event',
        responses: {
          '200': {
            description: 'The event',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/AuditEvent',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
    },
    '/api/v1/search': {
      get: {
        operationId: 'search',
        summary:
          'Flows, trails, artifacts, attestations and environments matching a text',
        parameters: [
          {
            name: 'q',
            in: 'query',
            required: true,
            schema: {
              type: 'string',
              minLength: 1,
              maxLength: 200,
            },
          },
          {
            name: 'type',
            in: 'query',
            schema: {
              type: 'string',
              enum: ['flow', 'trail', 'artifact', 'attestation', 'environment'],
            },
          },
        ],
        responses: {
          '200': {
            description: 'The matches',
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  required: ['query', 'results'],
                  properties: {
                    query: {
                      type: 'string',
                    },
                    results: {
                      type: 'array',
                      items: {
                        type: 'object',
                        additionalProperties: true,
                      },
                    },
                  },
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
    },
    '/api/v1/trails/{trailId}/security-scans': {
      parameters: [
        {
          $ref: '#/components/parameters/trailId',
        },
      ],
      post: {
        operationId: 'recordSecurityScan',
        summary:
          "Record a security scan from a scanner's report (multipart or JSON) or claimed counts",
        parameters: [
          {
            $ref: '#/components/parameters/dryRun',
          },
        ],
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                $ref: '#/components/schemas/SecurityScanRequest',
              },
            },
            'multipart/form-data': {
              schema: {
                $ref: '#/components/schemas/SecurityScanUpload',
              },
            },
          },
        },
        responses: {
          '201': {
            description: 'Recorded',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/SecurityScan',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
          '413': {
            $ref: '#/components/responses/PayloadTooLarge',
          },
          '422': {
            $ref: '#/components/responses/Unprocessable',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
      get: {
        operationId: 'listSecurityScans',
        summary: "The trail's security scans",
        responses: {
          '200': {
            description: 'The scans',
            content: {
              'application/json': {
                schema: {
                  type: 'array',
                  items: {
                    $ref: '#/components/schemas/SecurityScan',
                  },
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
    },
    '/api/v1/security-scans/summary': {
      get: {
        operationId: 'getSecurityScanSummary',
        summary: 'Counts over every recorded scan',
        responses: {
          '200': {
            description: 'The counts',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Object',
                },
              },
            },
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
    },
    '/api/v1/security-scans/{id}': {
      parameters: [
        {
          $ref: '#/components/parameters/id',
        },
      ],
      get: {
        operationId: 'getSecurityScan',
        summary: 'A security scan with its findings',
        responses: {
          '200': {
            description: 'The scan',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/SecurityScan',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
    },
    '/api/v1/environments': {
      post: {
        operationId: 'createEnvironment',
        summary: 'Create a physical environment (factstore.environment.manage)',
        parameters: [
          {
            $ref: '#/components/parameters/dryRun',
          },
        ],
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                $ref: '#/components/schemas/EnvironmentRequest',
              },
            },
          },
        },
        responses: {
          '201': {
            description: 'Created',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Environment',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '403': {
            $ref: '#/components/responses/Forbidden',
          },
          '409': {
            $ref: '#/components/responses/Conflict',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
      get: {
        operationId: 'listEnvironments',
        summary: 'The physical environments (not archived)',
        responses: {
          '200': {
            description: 'The environments',
            content: {
              'application/json': {
                schema: {
                  type: 'array',
                  items: {
                    $ref: '#/components/schemas/Environment',
                  },
                },
              },
            },
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
    },
    '/api/v1/environments/{id}': {
      parameters: [
        {
          $ref: '#/components/parameters/id',
        },
      ],
      get: {
        operationId: 'getEnvironment',
        summary: 'A physical environment',
        responses: {
          '200': {
            description: 'The environment',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Environment',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
      put: {
        operationId: 'updateEnvironment',
        summary: 'Change a physical environment (factstore.environment.manage)',
        parameters: [
          {
            $ref: '#/components/parameters/dryRun',
          },
        ],
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                $ref: '#/components/schemas/EnvironmentRequest',
              },
            },
          },
        },
        responses: {
          '200': {
            description: 'The changed environment',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Environment',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '403': {
            $ref: '#/components/responses/Forbidden',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
          '409': {
            $ref: '#/components/responses/Conflict',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
      delete: {
        operationId: 'deleteEnvironment',
        summary:
          'Delete a physical environment, or archive it (factstore.environment.manage)',
        parameters: [
          {
            $ref: '#/components/parameters/archive',
          },
          {
            $ref: '#/components/parameters/dryRun',
          },
        ],
        responses: {
          '200': {
            description: 'Archived (`?archive=true`)',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Environment',
                },
              },
            },
          },
          '204': {
            description: 'Deleted',
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '403': {
            $ref: '#/components/responses/Forbidden',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
          '409': {
            $ref: '#/components/responses/Conflict',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
    },
    '/api/v1/environments/{id}/restore': {
      parameters: [
        {
          $ref: '#/components/parameters/id',
        },
      ],
      post: {
        operationId: 'restoreEnvironment',
        summary:
          'Restore an archived physical environment (factstore.environment.manage)',
        parameters: [
          {
            $ref: '#/components/parameters/dryRun',
          },
        ],
        responses: {
          '200': {
            description: 'The restored environment',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Environment',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '403': {
            $ref: '#/components/responses/Forbidden',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
          '409': {
            $ref: '#/components/responses/Conflict',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
    },
    '/api/v1/environments/{id}/snapshots': {
      parameters: [
        {
          $ref: '#/components/parameters/id',
        },
      ],
      post: {
        operationId: 'recordSnapshot',
        summary: 'Record what runs in the environment now',
        parameters: [
          {
            $ref: '#/components/parameters/dryRun',
          },
        ],
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                $ref: '#/components/schemas/SnapshotRequest',
              },
            },
          },
        },
        responses: {
          '201': {
            description: 'Recorded',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Snapshot',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
          '409': {
            $ref: '#/components/responses/Conflict',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
      get: {
        operationId: 'listSnapshots',
        summary: "The environment's snapshots, newest first",
        parameters: [
          {
            $ref: '#/components/parameters/limit',
          },
          {
            $ref: '#/components/parameters/offset',
          },
        ],
        responses: {
          '200': {
            description: 'The snapshots',
            content: {
              'application/json': {
                schema: {
                  type: 'array',
                  items: {
                    $ref: '#/components/schemas/Snapshot',
                  },
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
    },
    '/api/v1/environments/{id}/snapshots/latest': {
      parameters: [
        {
          $ref: '#/components/parameters/id',
        },
      ],
      get: {
        operationId: 'getLatestSnapshot',
        summary: "The environment's latest snapshot",
        responses: {
          '200': {
            description: 'The snapshot',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Snapshot',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
    },
    '/api/v1/environments/{id}/snapshots/{index}': {
      parameters: [
        {
          $ref: '#/components/parameters/id',
        },
        {
          name: 'index',
          in: 'path',
          required: true,
          description: "The snapshot's number, from 1",
          schema: {
            type: 'integer',
            minimum: 1,
            maximum: 2147483647,
          },
        },
      ],
      get: {
        operationId: 'getSnapshot',
        summary: "One of the environment's snapshots",
        responses: {
          '200': {
            description: 'The snapshot',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Snapshot',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
    },
    '/api/v1/environments/{id}/diff': {
      parameters: [
        {
          $ref: '#/components/parameters/id',
        },
      ],
      get: {
        operationId: 'diffSnapshots',
        summary:
          'What changed between two snapshots (snappish, e.g. `3`, `~1`, `latest`)',
        parameters: [
          {
            name: 'from',
            in: 'query',
            required: true,
            schema: {
              type: 'string',
              maxLength: 100,
            },
          },
          {
            name: 'to',
            in: 'query',
            description: 'Default the latest snapshot',
            schema: {
              type: 'string',
              maxLength: 100,
            },
          },
        ],
        responses: {
          '200': {
            description: 'The artifacts added, removed and changed',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Object',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
    },
    '/api/v1/environments/{id}/baselines': {
      parameters: [
        {
          $ref: '#/components/parameters/id',
        },
      ],
      post: {
        operationId: 'createBaseline',
        summary:
          "Make a snapshot (the latest by default) the environment's baseline (factstore.environment.manage)",
        parameters: [
          {
            $ref: '#/components/parameters/dryRun',
          },
        ],
        requestBody: {
          required: false,
          content: {
            'application/json': {
              schema: {
                $ref: '#/components/schemas/BaselineRequest',
              },
            },
          },
        },
        responses: {
          '201': {
            description: 'The baseline',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Object',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '403': {
            $ref: '#/components/responses/Forbidden',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
          '422': {
            $ref: '#/components/responses/Unprocessable',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
    },
    '/api/v1/environments/{id}/baselines/current': {
      parameters: [
        {
          $ref: '#/components/parameters/id',
        },
      ],
      get: {
        operationId: 'getCurrentBaseline',
        summary: "The environment's baseline",
        responses: {
          '200': {
            description: 'The baseline',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Object',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
    },
    '/api/v1/environments/{id}/drift': {
      parameters: [
        {
          $ref: '#/components/parameters/id',
        },
      ],
      get: {
        operationId: 'getDrift',
        summary:
          'How the latest snapshot drifts from the baseline (the allow-list excepted); the report is stored',
        responses: {
          '200': {
            description: 'The drift report',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Object',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
    },
    '/api/v1/environments/{id}/drift/history': {
      parameters: [
        {
          $ref: '#/components/parameters/id',
        },
      ],
      get: {
        operationId: 'getDriftHistory',
        summary: "The environment's drift reports, newest first",
        parameters: [
          {
            $ref: '#/components/parameters/limit',
          },
          {
            $ref: '#/components/parameters/offset',
          },
        ],
        responses: {
          '200': {
            description: 'The reports',
            content: {
              'application/json': {
                schema: {
                  type: 'array',
                  items: {
                    $ref: '#/components/schemas/Object',
                  },
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
    },
    '/api/v1/environments/{id}/allowlist': {
      parameters: [
        {
          $ref: '#/components/parameters/id',
        },
      ],
      post: {
        operationId: 'addAllowlistEntry',
        summary:
          'Allow an artifact (by digest or name pattern) to run though not in the baseline (factstore.environment.manage)',
        parameters: [
          {
            $ref: '#/components/parameters/dryRun',
          },
        ],
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                $ref: '#/components/schemas/AllowlistRequest',
              },
            },
          },
        },
        responses: {
          '201': {
            description: 'The entry',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Object',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '403': {
            $ref: '#/components/responses/Forbidden',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
      get: {
        operationId: 'listAllowlist',
        summary: "The environment's allow-list",
        responses: {
          '200': {
            description: 'The entries',
            content: {
              'application/json': {
                schema: {
                  type: 'array',
                  items: {
                    $ref: '#/components/schemas/Object',
                  },
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
    },
    '/api/v1/environments/{id}/allowlist/{entryId}': {
      parameters: [
        {
          $ref: '#/components/parameters/id',
        },
        {
          $ref: '#/components/parameters/entryId',
        },
      ],
      delete: {
        operationId: 'removeAllowlistEntry',
        summary: 'Remove an allow-list entry (factstore.environment.manage)',
        parameters: [
          {
            $ref: '#/components/parameters/dryRun',
          },
        ],
        responses: {
          '204': {
            description: 'Removed',
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '403': {
            $ref: '#/components/responses/Forbidden',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
    },
    '/api/v1/logical-environments': {
      post: {
        operationId: 'createLogicalEnvironment',
        summary:
          'Create a logical environment grouping physical ones (factstore.environment.manage)',
        parameters: [
          {
            $ref: '#/components/parameters/dryRun',
          },
        ],
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                $ref: '#/components/schemas/LogicalEnvironmentRequest',
              },
            },
          },
        },
        responses: {
          '201': {
            description: 'Created',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Environment',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '403': {
            $ref: '#/components/responses/Forbidden',
          },
          '409': {
            $ref: '#/components/responses/Conflict',
          },
          '422': {
            $ref: '#/components/responses/Unprocessable',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
      get: {
        operationId: 'listLogicalEnvironments',
        summary: 'The logical environments (not archived)',
        responses: {
          '200': {
            description: 'The environments',
            content: {
              'application/json': {
                schema: {
                  type: 'array',
                  items: {
                    $ref: '#/components/schemas/Environment',
                  },
                },
              },
            },
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
    },
    '/api/v1/logical-environments/{id}': {
      parameters: [
        {
          $ref: '#/components/parameters/id',
        },
      ],
      get: {
        operationId: 'getLogicalEnvironment',
        summary: 'A logical environment and its members',
        responses: {
          '200': {
            description: 'The environment',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Environment',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
      put: {
        operationId: 'updateLogicalEnvironment',
        summary:
          'Change a logical environment or its members (factstore.environment.manage)',
        parameters: [
          {
            $ref: '#/components/parameters/dryRun',
          },
        ],
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                $ref: '#/components/schemas/LogicalEnvironmentRequest',
              },
            },
          },
        },
        responses: {
          '200': {
            description: 'The changed environment',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Environment',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '403': {
            $ref: '#/components/responses/Forbidden',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
          '409': {
            $ref: '#/components/responses/Conflict',
          },
          '422': {
            $ref: '#/components/responses/Unprocessable',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
      delete: {
        operationId: 'deleteLogicalEnvironment',
        summary:
          'Delete a logical environment, or archive it (factstore.environment.manage)',
        parameters: [
          {
            $ref: '#/components/parameters/archive',
          },
          {
            $ref: '#/components/parameters/dryRun',
          },
        ],
        responses: {
          '200': {
            description: 'Archived (`?archive=true`)',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Environment',
                },
              },
            },
          },
          '204': {
            description: 'Deleted',
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '403': {
            $ref: '#/components/responses/Forbidden',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
          '409': {
            $ref: '#/components/responses/Conflict',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
    },
    '/api/v1/logical-environments/{id}/restore': {
      parameters: [
        {
          $ref: '#/components/parameters/id',
        },
      ],
      post: {
        operationId: 'restoreLogicalEnvironment',
        summary:
          'Restore an archived logical environment (factstore.environment.manage)',
        parameters: [
          {
            $ref: '#/components/parameters/dryRun',
          },
        ],
        responses: {
          '200': {
            description: 'The restored environment',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Environment',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '403': {
            $ref: '#/components/responses/Forbidden',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
          '409': {
            $ref: '#/components/responses/Conflict',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
    },
    '/api/v1/ledger/entries': {
      get: {
        operationId: 'listLedgerEntries',
        summary: "The ledger's entries, in order",
        parameters: [
          {
            $ref: '#/components/parameters/page',
          },
          {
            $ref: '#/components/parameters/size',
          },
        ],
        responses: {
          '200': {
            description: 'A page of entries',
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  required: [
                    'entries',
                    'page',
                    'size',
                    'totalElements',
                    'totalPages',
                  ],
                  properties: {
                    entries: {
                      type: 'array',
                      items: {
                        $ref: '#/components/schemas/LedgerEntry',
                      },
                    },
                    page: {
                      type: 'integer',
                    },
                    size: {
                      type: 'integer',
                    },
                    totalElements: {
                      type: 'integer',
                    },
                    totalPages: {
                      type: 'integer',
                    },
                  },
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
    },
    '/api/v1/ledger/entries/{recordId}': {
      parameters: [
        {
          $ref: '#/components/parameters/recordId',
        },
      ],
      get: {
        operationId: 'getLedgerEntry',
        summary: 'The latest ledger entry of a record, and its history',
        responses: {
          '200': {
            description: 'The entry',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/LedgerEntry',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
    },
    '/api/v1/ledger/verify/{recordId}': {
      parameters: [
        {
          $ref: '#/components/parameters/recordId',
        },
      ],
      post: {
        operationId: 'verifyLedgerRecord',
        summary:
          "Re-hash a record's ledger entries and prove them included in the signed checkpoint",
        responses: {
          '200': {
            description: 'The verification',
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  required: ['recordId', 'verified'],
                  properties: {
                    recordId: {
                      type: 'string',
                    },
                    verified: {
                      type: 'boolean',
                    },
                    message: {
                      type: 'string',
                    },
                  },
                  additionalProperties: true,
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
    },
    '/api/v1/ledger/verify-chain': {
      post: {
        operationId: 'verifyLedgerChain',
        summary:
          "Re-hash the ledger's entries (in a time range) and check the tree they build",
        requestBody: {
          required: false,
          content: {
            'application/json': {
              schema: {
                $ref: '#/components/schemas/VerifyChainRequest',
              },
            },
          },
        },
        responses: {
          '200': {
            description: 'The verification',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Object',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
    },
    '/api/v1/ledger/status': {
      get: {
        operationId: 'getLedgerStatus',
        summary: "The ledger's size, root hash and latest signed checkpoint",
        responses: {
          '200': {
            description: 'The status',
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  required: [
                    'enabled',
                    'type',
                    'treeSize',
                    'rootHash',
                    'checkpoint',
                  ],
                  properties: {
                    enabled: {
                      type: 'boolean',
                    },
                    type: {
                      type: 'string',
                    },
                    origin: {
                      type: 'string',
                    },
                    totalEntries: {
                      type: 'integer',
                    },
                    pendingEntries: {
                      type: 'integer',
                    },
                    treeSize: {
                      type: 'integer',
                    },
                    rootHash: {
                      type: 'string',
                    },
                    checkpoint: {
                      type: 'string',
                    },
                  },
                  additionalProperties: true,
                },
              },
            },
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
    },
    '/api/v1/ledger/checkpoint': {
      get: {
        operationId: 'getLedgerCheckpoint',
        summary:
          'A signed checkpoint (C2SP signed note), the latest or of a tree size',
        parameters: [
          {
            name: 'treeSize',
            in: 'query',
            schema: {
              type: 'integer',
              minimum: 0,
            },
          },
        ],
        responses: {
          '200': {
            description: 'The signed note',
            content: {
              'text/plain': {
                schema: {
                  type: 'string',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
    },
    '/api/v1/ledger/public-key': {
      get: {
        operationId: 'getLedgerPublicKey',
        summary:
          'The Ed25519 key that signs checkpoints and verification summaries',
        responses: {
          '200': {
            description: 'The key',
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  required: [
                    'algorithm',
                    'keyName',
                    'keyId',
                    'verifierKey',
                    'publicKeyPem',
                  ],
                  properties: {
                    algorithm: {
                      type: 'string',
                    },
                    keyName: {
                      type: 'string',
                    },
                    keyId: {
                      type: 'string',
                    },
                    verifierKey: {
                      type: 'string',
                    },
                    publicKeyPem: {
                      type: 'string',
                    },
                    dsseKeyId: {
                      type: 'string',
                    },
                    keySource: {
                      type: 'string',
                    },
                  },
                  additionalProperties: true,
                },
              },
            },
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
    },
    '/api/v1/ledger/proofs/consistency': {
      get: {
        operationId: 'getConsistencyProof',
        summary: 'RFC 6962 consistency proof between two tree sizes',
        parameters: [
          {
            name: 'firstSize',
            in: 'query',
            required: true,
            schema: {
              type: 'integer',
              minimum: 1,
            },
          },
          {
            name: 'secondSize',
            in: 'query',
            description: 'Default the current tree size',
            schema: {
              type: 'integer',
              minimum: 0,
            },
          },
        ],
        responses: {
          '200': {
            description: 'The proof',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Object',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
    },
    '/api/v1/ledger/proofs/inclusion': {
      get: {
        operationId: 'getInclusionProof',
        summary: 'RFC 6962 inclusion proof of a leaf in a tree size',
        parameters: [
          {
            name: 'leafIndex',
            in: 'query',
            required: true,
            schema: {
              type: 'integer',
              minimum: 0,
            },
          },
          {
            name: 'treeSize',
            in: 'query',
            description: "Default the latest checkpoint's size",
            schema: {
              type: 'integer',
              minimum: 1,
            },
          },
        ],
        responses: {
          '200': {
            description: 'The proof',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Object',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
    },
    '/api/v1/policies': {
      post: {
        operationId: 'createPolicy',
        summary: 'Create a CEL or Rego policy (factstore.policy.manage)',
        parameters: [
          {
            $ref: '#/components/parameters/dryRun',
          },
        ],
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                $ref: '#/components/schemas/PolicyRequest',
              },
            },
          },
        },
        responses: {
          '201': {
            description: 'Created',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Policy',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '403': {
            $ref: '#/components/responses/Forbidden',
          },
          '409': {
            $ref: '#/components/responses/Conflict',
          },
          '422': {
            $ref: '#/components/responses/Unprocessable',
          },
          '502': {
            $ref: '#/components/responses/BadGateway',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
      get: {
        operationId: 'listPolicies',
        summary: 'The policies',
        responses: {
          '200': {
            description: 'The policies',
            content: {
              'application/json': {
                schema: {
                  type: 'array',
                  items: {
                    $ref: '#/components/schemas/Policy',
                  },
                },
              },
            },
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
    },
    '/api/v1/policies/{id}': {
      parameters: [
        {
          $ref: '#/components/parameters/id',
        },
      ],
      get: {
        operationId: 'getPolicy',
        summary: 'A policy',
        responses: {
          '200': {
            description: 'The policy',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Policy',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
      put: {
        operationId: 'updatePolicy',
        summary:
          'Change a policy; its version goes up (factstore.policy.manage)',
        parameters: [
          {
            $ref: '#/components/parameters/dryRun',
          },
        ],
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                $ref: '#/components/schemas/PolicyRequest',
              },
            },
          },
        },
        responses: {
          '200': {
            description: 'The changed policy',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Policy',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '403': {
            $ref: '#/components/responses/Forbidden',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
          '409': {
            $ref: '#/components/responses/Conflict',
          },
          '422': {
            $ref: '#/components/responses/Unprocessable',
          },
          '502': {
            $ref: '#/components/responses/BadGateway',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
      delete: {
        operationId: 'deletePolicy',
        summary:
          'Delete a policy (refused while attached) (factstore.policy.manage)',
        parameters: [
          {
            $ref: '#/components/parameters/dryRun',
          },
        ],
        responses: {
          '204': {
            description: 'Deleted',
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '403': {
            $ref: '#/components/responses/Forbidden',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
          '409': {
            $ref: '#/components/responses/Conflict',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
    },
    '/api/v1/policy-attachments': {
      post: {
        operationId: 'attachPolicy',
        summary: 'Attach a policy to an environment (factstore.policy.manage)',
        parameters: [
          {
            $ref: '#/components/parameters/dryRun',
          },
        ],
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                $ref: '#/components/schemas/PolicyAttachmentRequest',
              },
            },
          },
        },
        responses: {
          '201': {
            description: 'Attached',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/PolicyAttachment',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '403': {
            $ref: '#/components/responses/Forbidden',
          },
          '409': {
            $ref: '#/components/responses/Conflict',
          },
          '422': {
            $ref: '#/components/responses/Unprocessable',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
      get: {
        operationId: 'listPolicyAttachments',
        summary: 'Policy attachments, optionally of one policy or environment',
        parameters: [
          {
            name: 'policyId',
            in: 'query',
            schema: {
              $ref: '#/components/schemas/Uuid',
            },
          },
          {
            name: 'environmentId',
            in: 'query',
            schema: {
              $ref: '#/components/schemas/Uuid',
            },
          },
        ],
        responses: {
          '200': {
            description: 'The attachments',
            content: {
              'application/json': {
                schema: {
                  type: 'array',
                  items: {
                    $ref: '#/components/schemas/PolicyAttachment',
                  },
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
    },
    '/api/v1/policy-attachments/{id}': {
      parameters: [
        {
          $ref: '#/components/parameters/id',
        },
      ],
      get: {
        operationId: 'getPolicyAttachment',
        summary: 'A policy attachment',
        responses: {
          '200': {
            description: 'The attachment',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/PolicyAttachment',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
      delete: {
        operationId: 'detachPolicy',
        summary:
          'Detach a policy from an environment (factstore.policy.manage)',
        parameters: [
          {
            $ref: '#/components/parameters/dryRun',
          },
        ],
        responses: {
          '204': {
            description: 'Detached',
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '403': {
            $ref: '#/components/responses/Forbidden',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
    },
    '/api/v1/opa/bundles': {
      post: {
        operationId: 'uploadOpaBundle',
        summary:
          'Upload an OPA bundle (or a .rego file), compiled to WebAssembly or loaded into the OPA server (factstore.policy.manage)',
        parameters: [
          {
            $ref: '#/components/parameters/dryRun',
          },
        ],
        requestBody: {
          required: true,
          content: {
            'multipart/form-data': {
              schema: {
                $ref: '#/components/schemas/OpaBundleUpload',
              },
            },
          },
        },
        responses: {
          '201': {
            description: 'Uploaded',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/OpaBundle',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '403': {
            $ref: '#/components/responses/Forbidden',
          },
          '409': {
            $ref: '#/components/responses/Conflict',
          },
          '413': {
            $ref: '#/components/responses/PayloadTooLarge',
          },
          '422': {
            $ref: '#/components/responses/Unprocessable',
          },
          '502': {
            $ref: '#/components/responses/BadGateway',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
      get: {
        operationId: 'listOpaBundles',
        summary: 'The uploaded OPA bundles',
        responses: {
          '200': {
            description: 'The bundles',
            content: {
              'application/json': {
                schema: {
                  type: 'array',
                  items: {
                    $ref: '#/components/schemas/OpaBundle',
                  },
                },
              },
            },
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
    },
    '/api/v1/opa/bundles/{id}': {
      parameters: [
        {
          $ref: '#/components/parameters/id',
        },
      ],
      get: {
        operationId: 'getOpaBundle',
        summary: 'An OPA bundle with its Rego source',
        responses: {
          '200': {
            description: 'The bundle',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/OpaBundle',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
    },
    '/api/v1/opa/bundles/{id}/activate': {
      parameters: [
        {
          $ref: '#/components/parameters/id',
        },
      ],
      put: {
        operationId: 'activateOpaBundle',
        summary:
          'Make a bundle the active one of its name (factstore.policy.manage)',
        parameters: [
          {
            $ref: '#/components/parameters/dryRun',
          },
        ],
        responses: {
          '200': {
            description: 'The active bundle',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/OpaBundle',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '403': {
            $ref: '#/components/responses/Forbidden',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
          '502': {
            $ref: '#/components/responses/BadGateway',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
    },
    '/api/v1/opa/evaluate': {
      post: {
        operationId: 'evaluateOpa',
        summary:
          "Evaluate a bundle's entrypoint on an input (or an artifact's evidence); the decision is stored",
        parameters: [
          {
            $ref: '#/components/parameters/dryRun',
          },
        ],
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                $ref: '#/components/schemas/OpaEvaluateRequest',
              },
            },
          },
        },
        responses: {
          '200': {
            description: 'The decision',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/PolicyDecision',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
          '422': {
            $ref: '#/components/responses/Unprocessable',
          },
          '502': {
            $ref: '#/components/responses/BadGateway',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
    },
    '/api/v1/opa/decisions': {
      get: {
        operationId: 'listPolicyDecisions',
        summary: 'Stored policy decisions, newest first',
        parameters: [
          {
            name: 'policyId',
            in: 'query',
            schema: {
              $ref: '#/components/schemas/Uuid',
            },
          },
          {
            name: 'bundleId',
            in: 'query',
            schema: {
              $ref: '#/components/schemas/Uuid',
            },
          },
          {
            name: 'gateResultId',
            in: 'query',
            schema: {
              $ref: '#/components/schemas/Uuid',
            },
          },
          {
            $ref: '#/components/parameters/limit',
          },
          {
            $ref: '#/components/parameters/offset',
          },
        ],
        responses: {
          '200': {
            description: 'The decisions',
            content: {
              'application/json': {
                schema: {
                  type: 'array',
                  items: {
                    $ref: '#/components/schemas/PolicyDecision',
                  },
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
    },
    '/api/v1/opa/decisions/{id}': {
      parameters: [
        {
          $ref: '#/components/parameters/id',
        },
      ],
      get: {
        operationId: 'getPolicyDecision',
        summary: 'A stored policy decision',
        responses: {
          '200': {
            description: 'The decision',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/PolicyDecision',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
    },
    '/api/v1/trails/{trailId}/attestations/pull-request': {
      parameters: [
        {
          $ref: '#/components/parameters/trailId',
        },
      ],
      post: {
        operationId: 'recordPullRequestAttestation',
        summary:
          "Record a review attestation decided from the pull requests' facts (GitHub or GitLab API format), or seed 002's reference to one (recorded FAILED as unverified without an SCM integration)",
        parameters: [
          {
            $ref: '#/components/parameters/dryRun',
          },
        ],
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                oneOf: [
                  {
                    $ref: '#/components/schemas/PullRequestAttestationRequest',
                  },
                  {
                    $ref: '#/components/schemas/PullRequestReferenceRequest',
                  },
                ],
              },
            },
          },
        },
        responses: {
          '201': {
            description: 'Recorded',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Attestation',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
          '422': {
            $ref: '#/components/responses/Unprocessable',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
    },
    '/api/v1/reports/compliance': {
      get: {
        operationId: 'getComplianceReport',
        summary: 'Compliance of the trails (of a flow) in a time window',
        parameters: [
          {
            name: 'flowId',
            in: 'query',
            schema: {
              $ref: '#/components/schemas/Uuid',
            },
          },
          {
            name: 'from',
            in: 'query',
            schema: {
              type: 'string',
              format: 'date-time',
            },
          },
          {
            name: 'to',
            in: 'query',
            schema: {
              type: 'string',
              format: 'date-time',
            },
          },
        ],
        responses: {
          '200': {
            description: 'The report',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Object',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
    },
    '/api/v1/reports/audit-trail/{trailId}': {
      parameters: [
        {
          $ref: '#/components/parameters/trailId',
        },
      ],
      get: {
        operationId: 'exportAuditTrail',
        summary: "A trail's evidence and audit events, exported",
        responses: {
          '200': {
            description: 'The export',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Object',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
    },
    '/api/v1/trails/{trailId}/artifacts/{artifactId}/provenance': {
      parameters: [
        {
          $ref: '#/components/parameters/trailId',
        },
        {
          name: 'artifactId',
          in: 'path',
          required: true,
          description: "The artifact's UUID (from reporting it to the trail)",
          schema: {
            $ref: '#/components/schemas/Uuid',
          },
        },
      ],
      post: {
        operationId: 'recordProvenance',
        summary:
          "Record build provenance: SLSA v0.2/v1 as an in-toto statement, DSSE envelope or Sigstore bundle, or OpenFactstore's fields (factstore.provenance.record)",
        parameters: [
          {
            $ref: '#/components/parameters/dryRun',
          },
        ],
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                $ref: '#/components/schemas/Object',
              },
            },
          },
        },
        responses: {
          '201': {
            description: 'The provenance and what was verified',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Object',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '403': {
            $ref: '#/components/responses/Forbidden',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
          '422': {
            $ref: '#/components/responses/Unprocessable',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
      get: {
        operationId: 'getProvenance',
        summary:
          "The artifact's latest provenance, with the document as recorded",
        responses: {
          '200': {
            description: 'The provenance',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Object',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
    },
    '/api/v1/trails/{trailId}/artifacts/{artifactId}/provenance/verify': {
      parameters: [
        {
          $ref: '#/components/parameters/trailId',
        },
        {
          name: 'artifactId',
          in: 'path',
          required: true,
          description: "The artifact's UUID (from reporting it to the trail)",
          schema: {
            $ref: '#/components/schemas/Uuid',
          },
        },
      ],
      post: {
        operationId: 'verifyProvenance',
        summary:
          "Verify the artifact's provenance again (digest, signature against the trust root, expected builder, source and signer)",
        requestBody: {
          required: false,
          content: {
            'application/json': {
              schema: {
                $ref: '#/components/schemas/Object',
              },
            },
          },
        },
        responses: {
          '200': {
            description: 'Every check and its result',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Object',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
    },
    '/api/v1/artifacts/{sha256}/provenance': {
      parameters: [
        {
          name: 'sha256',
          in: 'path',
          required: true,
          description: "The artifact's digest, sha256:<64 hex> or 64 hex",
          schema: {
            type: 'string',
          },
        },
      ],
      get: {
        operationId: 'getProvenanceByDigest',
        summary: 'The latest provenance recorded for a digest',
        responses: {
          '200': {
            description: 'The provenance',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Object',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
    },
    '/api/v1/frameworks': {
      post: {
        operationId: 'createFramework',
        summary: 'Create a regulatory framework (factstore.framework.manage)',
        parameters: [
          {
            $ref: '#/components/parameters/dryRun',
          },
        ],
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                $ref: '#/components/schemas/Object',
              },
            },
          },
        },
        responses: {
          '201': {
            description: 'Created',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Object',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '403': {
            $ref: '#/components/responses/Forbidden',
          },
          '409': {
            $ref: '#/components/responses/Conflict',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
      get: {
        operationId: 'listFrameworks',
        summary:
          'Every framework with its controls (the shipped ones included)',
        responses: {
          '200': {
            description: 'The frameworks',
            content: {
              'application/json': {
                schema: {
                  type: 'array',
                  items: {
                    $ref: '#/components/schemas/Object',
                  },
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
    },
    '/api/v1/frameworks/{id}': {
      parameters: [
        {
          name: 'id',
          in: 'path',
          required: true,
          description:
            "The framework's UUID, or a shipped framework's key (soc2, iso27001-annex-a, nist-ssdf, slsa-build)",
          schema: {
            type: 'string',
          },
        },
      ],
      get: {
        operationId: 'getFramework',
        summary: 'A framework with its controls',
        responses: {
          '200': {
            description: 'The framework',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Object',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
    },
    '/api/v1/frameworks/{id}/controls': {
      parameters: [
        {
          name: 'id',
          in: 'path',
          required: true,
          description:
            "The framework's UUID, or a shipped framework's key (soc2, iso27001-annex-a, nist-ssdf, slsa-build)",
          schema: {
            type: 'string',
          },
        },
      ],
      post: {
        operationId: 'addFrameworkControl',
        summary: 'Add a control to a framework (factstore.framework.manage)',
        parameters: [
          {
            $ref: '#/components/parameters/dryRun',
          },
        ],
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                $ref: '#/components/schemas/Object',
              },
            },
          },
        },
        responses: {
          '201': {
            description: 'Created',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Object',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '403': {
            $ref: '#/components/responses/Forbidden',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
          '409': {
            $ref: '#/components/responses/Conflict',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
    },
    '/api/v1/compliance/mappings': {
      post: {
        operationId: 'createComplianceMapping',
        summary:
          'Map a control to evidence: an attestation type, approval, policy, provenance level or security scan (factstore.framework.manage)',
        parameters: [
          {
            $ref: '#/components/parameters/dryRun',
          },
        ],
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                $ref: '#/components/schemas/Object',
              },
            },
          },
        },
        responses: {
          '201': {
            description: 'Created',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Object',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '403': {
            $ref: '#/components/responses/Forbidden',
          },
          '422': {
            $ref: '#/components/responses/Unprocessable',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
      get: {
        operationId: 'listComplianceMappings',
        summary: 'The compliance mappings',
        parameters: [
          {
            name: 'frameworkId',
            in: 'query',
            required: false,
            description: "Only this framework's controls",
            schema: {
              $ref: '#/components/schemas/Uuid',
            },
          },
          {
            name: 'flowId',
            in: 'query',
            required: false,
            description: 'Only mappings of this flow',
            schema: {
              $ref: '#/components/schemas/Uuid',
            },
          },
        ],
        responses: {
          '200': {
            description: 'The mappings',
            content: {
              'application/json': {
                schema: {
                  type: 'array',
                  items: {
                    $ref: '#/components/schemas/Object',
                  },
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
    },
    '/api/v1/compliance/assess': {
      post: {
        operationId: 'assessCompliance',
        summary:
          'Assess a trail, flow or environment against a framework; each control PASS, FAIL or NOT_APPLICABLE with its evidence (factstore.compliance.assess)',
        parameters: [
          {
            $ref: '#/components/parameters/dryRun',
          },
        ],
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                $ref: '#/components/schemas/Object',
              },
            },
          },
        },
        responses: {
          '201': {
            description: 'The stored assessment',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Object',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '403': {
            $ref: '#/components/responses/Forbidden',
          },
          '422': {
            $ref: '#/components/responses/Unprocessable',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
    },
    '/api/v1/compliance/assessments': {
      get: {
        operationId: 'listAssessments',
        summary: 'Assessments, newest first',
        parameters: [
          {
            name: 'frameworkId',
            in: 'query',
            required: false,
            description: 'Only this framework',
            schema: {
              $ref: '#/components/schemas/Uuid',
            },
          },
          {
            name: 'scopeType',
            in: 'query',
            required: false,
            description: 'TRAIL, FLOW or ENVIRONMENT',
            schema: {
              type: 'string',
            },
          },
          {
            name: 'scopeId',
            in: 'query',
            required: false,
            description: 'Only this trail, flow or environment',
            schema: {
              $ref: '#/components/schemas/Uuid',
            },
          },
          {
            $ref: '#/components/parameters/limit',
          },
          {
            $ref: '#/components/parameters/offset',
          },
        ],
        responses: {
          '200': {
            description: 'The assessments',
            content: {
              'application/json': {
                schema: {
                  type: 'array',
                  items: {
                    $ref: '#/components/schemas/Object',
                  },
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
    },
    '/api/v1/compliance/assessments/{id}': {
      parameters: [
        {
          $ref: '#/components/parameters/id',
        },
      ],
      get: {
        operationId: 'getAssessment',
        summary: 'An assessment',
        responses: {
          '200': {
            description: 'The assessment',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Object',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
    },
    '/api/v1/compliance/artifact/{sha256}': {
      parameters: [
        {
          name: 'sha256',
          in: 'path',
          required: true,
          description: "The artifact's digest, sha256:<64 hex> or 64 hex",
          schema: {
            type: 'string',
          },
        },
      ],
      get: {
        operationId: 'getChainOfCustody',
        summary:
          'The chain of custody of an artifact: commit, build, evidence and every environment it ran in',
        responses: {
          '200': {
            description: 'The chain of custody',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Object',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
    },
    '/api/v1/reports/regulatory/{frameworkId}': {
      parameters: [
        {
          name: 'frameworkId',
          in: 'path',
          required: true,
          description:
            "The framework's UUID, or a shipped framework's key (soc2, iso27001-annex-a, nist-ssdf, slsa-build)",
          schema: {
            type: 'string',
          },
        },
      ],
      get: {
        operationId: 'getRegulatoryReport',
        summary:
          "A framework's regulatory report: JSON, or HTML for an auditor (`?format=html` or `Accept: text/html`)",
        parameters: [
          {
            name: 'format',
            in: 'query',
            required: false,
            description: 'json (default) or html',
            schema: {
              type: 'string',
              enum: ['json', 'html'],
            },
          },
        ],
        responses: {
          '200': {
            description: 'The report',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Object',
                },
              },
              'text/html': {
                schema: {
                  type: 'string',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
    },
    '/api/v1/metrics/compliance': {
      get: {
        operationId: 'getComplianceMetrics',
        summary: 'Compliance counts (over the last `days`)',
        parameters: [
          {
            $ref: '#/components/parameters/days',
          },
        ],
        responses: {
          '200': {
            description: 'The metrics',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Object',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
    },
    '/api/v1/metrics/security': {
      get: {
        operationId: 'getSecurityMetrics',
        summary: 'Security scan counts (over the last `days`)',
        parameters: [
          {
            $ref: '#/components/parameters/days',
          },
        ],
        responses: {
          '200': {
            description: 'The metrics',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Object',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
    },
    '/api/v1/dashboard/stats': {
      get: {
        operationId: 'getDashboardStats',
        summary: "The dashboard's counts",
        responses: {
          '200': {
            description: 'The counts',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Object',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
    },
    '/api/v1/notifications': {
      get: {
        operationId: 'listNotifications',
        summary: "The caller's in-app notifications, newest first",
        parameters: [
          {
            name: 'isRead',
            in: 'query',
            schema: {
              type: 'string',
              enum: ['true', 'false'],
            },
          },
          {
            name: 'severity',
            in: 'query',
            schema: {
              type: 'string',
            },
          },
          {
            $ref: '#/components/parameters/limit',
          },
          {
            $ref: '#/components/parameters/offset',
          },
        ],
        responses: {
          '200': {
            description: 'The notifications',
            content: {
              'application/json': {
                schema: {
                  type: 'array',
                  items: {
                    $ref: '#/components/schemas/Object',
                  },
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
    },
    '/api/v1/notifications/unread-count': {
      get: {
        operationId: 'countUnreadNotifications',
        summary: "How many of the caller's notifications are unread",
        responses: {
          '200': {
            description: 'The count',
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  required: ['count'],
                  properties: {
                    count: {
                      type: 'integer',
                    },
                  },
                },
              },
            },
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
    },
    '/api/v1/notifications/read-all': {
      post: {
        operationId: 'readAllNotifications',
        summary: "Mark all of the caller's notifications read",
        parameters: [
          {
            $ref: '#/components/parameters/dryRun',
          },
        ],
        responses: {
          '204': {
            description: 'Marked',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
    },
    '/api/v1/notifications/{id}/read': {
      parameters: [
        {
          $ref: '#/components/parameters/id',
        },
      ],
      post: {
        operationId: 'readNotification',
        summary: "Mark one of the caller's notifications read",
        parameters: [
          {
            $ref: '#/components/parameters/dryRun',
          },
        ],
        responses: {
          '200': {
            description: 'The notification',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Object',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
    },
    '/api/v1/notification-rules': {
      post: {
        operationId: 'createNotificationRule',
        summary: 'Create a notification rule (factstore.notification.manage)',
        parameters: [
          {
            $ref: '#/components/parameters/dryRun',
          },
        ],
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                $ref: '#/components/schemas/NotificationRuleRequest',
              },
            },
          },
        },
        responses: {
          '201': {
            description: 'Created',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/NotificationRule',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '403': {
            $ref: '#/components/responses/Forbidden',
          },
          '409': {
            $ref: '#/components/responses/Conflict',
          },
          '422': {
            $ref: '#/components/responses/Unprocessable',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
      get: {
        operationId: 'listNotificationRules',
        summary: 'The notification rules',
        responses: {
          '200': {
            description: 'The rules',
            content: {
              'application/json': {
                schema: {
                  type: 'array',
                  items: {
                    $ref: '#/components/schemas/NotificationRule',
                  },
                },
              },
            },
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
    },
    '/api/v1/notification-rules/{id}': {
      parameters: [
        {
          $ref: '#/components/parameters/id',
        },
      ],
      get: {
        operationId: 'getNotificationRule',
        summary: 'A notification rule',
        responses: {
          '200': {
            description: 'The rule',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/NotificationRule',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
      put: {
        operationId: 'updateNotificationRule',
        summary: 'Change a notification rule (factstore.notification.manage)',
        parameters: [
          {
            $ref: '#/components/parameters/dryRun',
          },
        ],
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                $ref: '#/components/schemas/NotificationRuleRequest',
              },
            },
          },
        },
        responses: {
          '200': {
            description: 'The changed rule',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/NotificationRule',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '403': {
            $ref: '#/components/responses/Forbidden',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
          '409': {
            $ref: '#/components/responses/Conflict',
          },
          '422': {
            $ref: '#/components/responses/Unprocessable',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
      delete: {
        operationId: 'deleteNotificationRule',
        summary: 'Delete a notification rule (factstore.notification.manage)',
        parameters: [
          {
            $ref: '#/components/parameters/dryRun',
          },
        ],
        responses: {
          '204': {
            description: 'Deleted',
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '403': {
            $ref: '#/components/responses/Forbidden',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
    },
    '/api/v1/notification-rules/{id}/test': {
      parameters: [
        {
          $ref: '#/components/parameters/id',
        },
      ],
      post: {
        operationId: 'testNotificationRule',
        summary:
          "Send a test notification through the rule's channel (factstore.notification.manage)",
        parameters: [
          {
            $ref: '#/components/parameters/dryRun',
          },
        ],
        responses: {
          '202': {
            description: "Sent; the delivery's outcome",
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Object',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '403': {
            $ref: '#/components/responses/Forbidden',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
    },
    '/api/v1/notification-rules/{id}/deliveries': {
      parameters: [
        {
          $ref: '#/components/parameters/id',
        },
      ],
      get: {
        operationId: 'listNotificationDeliveries',
        summary: "The rule's deliveries, newest first",
        parameters: [
          {
            $ref: '#/components/parameters/limit',
          },
          {
            $ref: '#/components/parameters/offset',
          },
        ],
        responses: {
          '200': {
            description: 'The deliveries',
            content: {
              'application/json': {
                schema: {
                  type: 'array',
                  items: {
                    $ref: '#/components/schemas/Object',
                  },
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
    },
    '/api/v1/webhooks/{source}': {
      parameters: [
        {
          name: 'source',
          in: 'path',
          required: true,
          description: '`github`, `gitlab`, `jenkins` or `generic`',
          schema: {
            type: 'string',
          },
        },
      ],
      post: {
        operationId: 'receiveWebhook',
        summary:
          "A CI delivery, verified by the source's secret instead of Backstage credentials",
        description:
          "GitHub (`X-Hub-Signature-256`), GitLab (`X-Gitlab-Token`), Jenkins (`X-Hub-Signature-256`\nor `Authorization: Bearer`), OpenFactstore's generic payload (`X-Hub-Signature-256` or\n`X-Webhook-Signature`). A push (or Jenkins STARTED) opens the commit's trail in the flow\nnamed after the repository, project or job (or `?flowId=`; a generic delivery names it by\n`?flowId=` or its `flowName`); a finished run records a `ci` attestation on it (generic:\nBUILD, TEST or SECURITY_SCAN, or its own type and status). A delivery id received before\nrecords nothing again.\n",
        security: [],
        parameters: [
          {
            name: 'flowId',
            in: 'query',
            schema: {
              $ref: '#/components/schemas/Uuid',
            },
          },
          {
            name: 'X-Hub-Signature-256',
            in: 'header',
            schema: {
              type: 'string',
            },
          },
          {
            name: 'X-Gitlab-Token',
            in: 'header',
            schema: {
              type: 'string',
            },
          },
          {
            name: 'X-Webhook-Signature',
            in: 'header',
            schema: {
              type: 'string',
            },
          },
          {
            $ref: '#/components/parameters/dryRun',
          },
        ],
        requestBody: {
          content: {
            'application/json': {
              schema: {
                $ref: '#/components/schemas/Object',
              },
            },
          },
        },
        responses: {
          '200': {
            description: 'Recorded, ignored (with why) or already received',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/WebhookAnswer',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            description:
              'The signature or token is missing or wrong, or the source has no secret',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Error',
                },
              },
            },
          },
          '413': {
            $ref: '#/components/responses/PayloadTooLarge',
          },
          '422': {
            $ref: '#/components/responses/Unprocessable',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
    },
    '/api/v1/webhook-configs': {
      post: {
        operationId: 'createWebhookConfig',
        summary:
          'Register an outbound webhook destination (factstore.integration.manage)',
        parameters: [
          {
            $ref: '#/components/parameters/dryRun',
          },
        ],
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                $ref: '#/components/schemas/WebhookConfigRequest',
              },
            },
          },
        },
        responses: {
          '201': {
            description: 'Created',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/WebhookConfig',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '403': {
            $ref: '#/components/responses/Forbidden',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
      get: {
        operationId: 'listWebhookConfigs',
        summary: 'The outbound webhook destinations',
        responses: {
          '200': {
            description: 'The destinations',
            content: {
              'application/json': {
                schema: {
                  type: 'array',
                  items: {
                    $ref: '#/components/schemas/WebhookConfig',
                  },
                },
              },
            },
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
    },
    '/api/v1/webhook-configs/{id}': {
      parameters: [
        {
          $ref: '#/components/parameters/id',
        },
      ],
      delete: {
        operationId: 'deleteWebhookConfig',
        summary:
          'Delete a destination; its deliveries stay (factstore.integration.manage)',
        parameters: [
          {
            $ref: '#/components/parameters/dryRun',
          },
        ],
        responses: {
          '204': {
            description: 'Deleted',
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '403': {
            $ref: '#/components/responses/Forbidden',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
    },
    '/api/v1/webhook-configs/{id}/deliveries': {
      parameters: [
        {
          $ref: '#/components/parameters/id',
        },
      ],
      get: {
        operationId: 'listWebhookDeliveries',
        summary: "The destination's deliveries with each attempt, newest first",
        parameters: [
          {
            $ref: '#/components/parameters/limit',
          },
          {
            $ref: '#/components/parameters/offset',
          },
        ],
        responses: {
          '200': {
            description: 'The deliveries',
            content: {
              'application/json': {
                schema: {
                  type: 'array',
                  items: {
                    $ref: '#/components/schemas/WebhookDelivery',
                  },
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
    },
    '/api/v1/organisations/{slug}/slack': {
      parameters: [
        {
          $ref: '#/components/parameters/orgSlug',
        },
      ],
      post: {
        operationId: 'configureSlack',
        summary:
          'Point the organisation at a configured Slack incoming webhook (factstore.integration.manage)',
        parameters: [
          {
            $ref: '#/components/parameters/dryRun',
          },
        ],
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                $ref: '#/components/schemas/SlackConfigRequest',
              },
            },
          },
        },
        responses: {
          '200': {
            description: 'Configured',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/SlackConfig',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '403': {
            $ref: '#/components/responses/Forbidden',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
      get: {
        operationId: 'getSlackConfig',
        summary: "The organisation's Slack configuration",
        responses: {
          '200': {
            description: 'The configuration',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/SlackConfig',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
      delete: {
        operationId: 'removeSlack',
        summary:
          "Remove the organisation's Slack configuration (factstore.integration.manage)",
        parameters: [
          {
            $ref: '#/components/parameters/dryRun',
          },
        ],
        responses: {
          '204': {
            description: 'Removed',
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '403': {
            $ref: '#/components/responses/Forbidden',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
    },
    '/api/v1/organisations/{slug}/slack/commands': {
      parameters: [
        {
          $ref: '#/components/parameters/orgSlug',
        },
      ],
      post: {
        operationId: 'handleSlackCommand',
        summary:
          "A slash command, verified by Slack's signing secret instead of Backstage credentials",
        security: [],
        parameters: [
          {
            $ref: '#/components/parameters/slackSignature',
          },
          {
            $ref: '#/components/parameters/slackTimestamp',
          },
        ],
        requestBody: {
          content: {
            'application/x-www-form-urlencoded': {
              schema: {
                $ref: '#/components/schemas/Object',
              },
            },
          },
        },
        responses: {
          '200': {
            description: 'The reply Slack shows',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/SlackReply',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            description:
              'The signature is missing or wrong, or the timestamp is outside five minutes',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Error',
                },
              },
            },
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
    },
    '/api/v1/organisations/{slug}/slack/actions': {
      parameters: [
        {
          $ref: '#/components/parameters/orgSlug',
        },
      ],
      post: {
        operationId: 'handleSlackAction',
        summary:
          "A button press, verified by Slack's signing secret instead of Backstage credentials",
        security: [],
        parameters: [
          {
            $ref: '#/components/parameters/slackSignature',
          },
          {
            $ref: '#/components/parameters/slackTimestamp',
          },
        ],
        requestBody: {
          content: {
            'application/x-www-form-urlencoded': {
              schema: {
                $ref: '#/components/schemas/Object',
              },
            },
          },
        },
        responses: {
          '200': {
            description: 'The reply Slack shows',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/SlackReply',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            description:
              'The signature is missing or wrong, or the timestamp is outside five minutes',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Error',
                },
              },
            },
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
    },
    '/api/v1/organisations/{slug}/slack/notify/trail-non-compliant': {
      parameters: [
        {
          $ref: '#/components/parameters/orgSlug',
        },
      ],
      post: {
        operationId: 'notifySlackTrailNonCompliant',
        summary:
          "Tell the organisation's Slack channel a trail is non-compliant (factstore.integration.manage)",
        parameters: [
          {
            $ref: '#/components/parameters/dryRun',
          },
        ],
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                $ref: '#/components/schemas/Object',
              },
            },
          },
        },
        responses: {
          '202': {
            description: 'Sent or failed after its retries',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/OutboundOutcome',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '403': {
            $ref: '#/components/responses/Forbidden',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
    },
    '/api/v1/organisations/{slug}/slack/notify/approval-requested': {
      parameters: [
        {
          $ref: '#/components/parameters/orgSlug',
        },
      ],
      post: {
        operationId: 'notifySlackApprovalRequested',
        summary:
          "Tell the organisation's Slack channel an approval is requested (factstore.integration.manage)",
        parameters: [
          {
            $ref: '#/components/parameters/dryRun',
          },
        ],
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                $ref: '#/components/schemas/Object',
              },
            },
          },
        },
        responses: {
          '202': {
            description: 'Sent or failed after its retries',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/OutboundOutcome',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '403': {
            $ref: '#/components/responses/Forbidden',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
    },
    '/api/v1/evidence/health': {
      get: {
        operationId: 'getVaultHealth',
        summary: 'Whether Vault answers, initialised and unsealed',
        responses: {
          '200': {
            description:
              "Vault's state (healthy false when it cannot be reached)",
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/VaultHealth',
                },
              },
            },
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
    },
    '/api/v1/evidence/{entityType}/{entityId}': {
      parameters: [
        {
          $ref: '#/components/parameters/vaultEntityType',
        },
        {
          $ref: '#/components/parameters/vaultEntityId',
        },
      ],
      post: {
        operationId: 'storeVaultEvidence',
        summary:
          "Store key-value evidence in Vault's KV v2 engine (factstore.evidence.manage)",
        parameters: [
          {
            $ref: '#/components/parameters/dryRun',
          },
        ],
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                $ref: '#/components/schemas/Object',
              },
            },
          },
        },
        responses: {
          '201': {
            description: 'Stored as a new version',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/VaultEvidence',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '403': {
            $ref: '#/components/responses/Forbidden',
          },
          '502': {
            $ref: '#/components/responses/BadGateway',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
      get: {
        operationId: 'getVaultEvidence',
        summary: "The latest version's metadata",
        parameters: [
          {
            $ref: '#/components/parameters/evidenceType',
          },
        ],
        responses: {
          '200': {
            description: 'The metadata',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/VaultEvidence',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
          '502': {
            $ref: '#/components/responses/BadGateway',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
      delete: {
        operationId: 'deleteVaultEvidence',
        summary:
          'Soft-delete the latest version; Vault keeps it (factstore.evidence.manage)',
        parameters: [
          {
            $ref: '#/components/parameters/evidenceType',
          },
          {
            $ref: '#/components/parameters/dryRun',
          },
        ],
        responses: {
          '204': {
            description: 'Deleted',
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '403': {
            $ref: '#/components/responses/Forbidden',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
          '502': {
            $ref: '#/components/responses/BadGateway',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
    },
    '/api/v1/evidence/{entityType}/{entityId}/list': {
      parameters: [
        {
          $ref: '#/components/parameters/vaultEntityType',
        },
        {
          $ref: '#/components/parameters/vaultEntityId',
        },
      ],
      get: {
        operationId: 'listVaultEvidence',
        summary: 'The evidence types stored for the entity',
        responses: {
          '200': {
            description: 'The types',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/VaultEvidenceList',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '502': {
            $ref: '#/components/responses/BadGateway',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
    },
    '/api/v1/evidence/{entityType}/{entityId}/download': {
      parameters: [
        {
          $ref: '#/components/parameters/vaultEntityType',
        },
        {
          $ref: '#/components/parameters/vaultEntityId',
        },
      ],
      get: {
        operationId: 'downloadVaultEvidence',
        summary: "The latest version's key-value data, as an attachment",
        parameters: [
          {
            $ref: '#/components/parameters/evidenceType',
          },
        ],
        responses: {
          '200': {
            description: 'The data',
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  additionalProperties: {
                    type: 'string',
                  },
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
          '502': {
            $ref: '#/components/responses/BadGateway',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
    },
    '/api/v1/integrations/jira/config': {
      post: {
        operationId: 'configureJira',
        summary:
          'Choose the Jira project; the site and credentials are app-configs (factstore.integration.manage)',
        parameters: [
          {
            $ref: '#/components/parameters/dryRun',
          },
        ],
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                $ref: '#/components/schemas/Object',
              },
            },
          },
        },
        responses: {
          '200': {
            description: 'Configured',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Object',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '403': {
            $ref: '#/components/responses/Forbidden',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
      get: {
        operationId: 'getJiraConfig',
        summary: 'The Jira configuration',
        responses: {
          '200': {
            description: 'The configuration',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Object',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
    },
    '/api/v1/integrations/jira/test': {
      post: {
        operationId: 'testJira',
        summary:
          'Call Jira as the configured account (factstore.integration.manage)',
        parameters: [
          {
            $ref: '#/components/parameters/dryRun',
          },
        ],
        responses: {
          '200': {
            description: '{success, message}',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Object',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '403': {
            $ref: '#/components/responses/Forbidden',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
    },
    '/api/v1/integrations/confluence/config': {
      post: {
        operationId: 'configureConfluence',
        summary:
          'Choose the Confluence space; the site and credentials are app-configs (factstore.integration.manage)',
        parameters: [
          {
            $ref: '#/components/parameters/dryRun',
          },
        ],
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                $ref: '#/components/schemas/Object',
              },
            },
          },
        },
        responses: {
          '200': {
            description: 'Configured',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Object',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '403': {
            $ref: '#/components/responses/Forbidden',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
      get: {
        operationId: 'getConfluenceConfig',
        summary: 'The Confluence configuration',
        responses: {
          '200': {
            description: 'The configuration',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Object',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
    },
    '/api/v1/integrations/confluence/test': {
      post: {
        operationId: 'testConfluence',
        summary:
          'Publish a compliance report page in the configured space (factstore.integration.manage)',
        parameters: [
          {
            $ref: '#/components/parameters/dryRun',
          },
        ],
        responses: {
          '200': {
            description: '{success, message, pageId, url}',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Object',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '403': {
            $ref: '#/components/responses/Forbidden',
          },
          '422': {
            $ref: '#/components/responses/Unprocessable',
          },
          '502': {
            $ref: '#/components/responses/BadGateway',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
    },
    '/api/v1/integrations/jira/sync': {
      post: {
        operationId: 'syncJira',
        summary:
          'A ticket for every non-compliant trail without one (factstore.integration.manage)',
        parameters: [
          {
            $ref: '#/components/parameters/dryRun',
          },
        ],
        responses: {
          '200': {
            description: '{syncedCount, message}',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Object',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '403': {
            $ref: '#/components/responses/Forbidden',
          },
          '422': {
            $ref: '#/components/responses/Unprocessable',
          },
          '502': {
            $ref: '#/components/responses/BadGateway',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
    },
    '/api/v1/integrations/jira/tickets': {
      post: {
        operationId: 'createJiraTicket',
        summary:
          'Create a Jira issue for a trail, linked to it (factstore.integration.manage)',
        parameters: [
          {
            $ref: '#/components/parameters/dryRun',
          },
        ],
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                $ref: '#/components/schemas/Object',
              },
            },
          },
        },
        responses: {
          '201': {
            description: 'Created',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Object',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '403': {
            $ref: '#/components/responses/Forbidden',
          },
          '422': {
            $ref: '#/components/responses/Unprocessable',
          },
          '502': {
            $ref: '#/components/responses/BadGateway',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
      get: {
        operationId: 'listJiraTickets',
        summary: 'The tickets factstore created, newest first',
        parameters: [
          {
            name: 'trailId',
            in: 'query',
            schema: {
              $ref: '#/components/schemas/Uuid',
            },
          },
        ],
        responses: {
          '200': {
            description: 'The tickets',
            content: {
              'application/json': {
                schema: {
                  type: 'array',
                  items: {
                    $ref: '#/components/schemas/Object',
                  },
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
    },
    '/api/v1/organisations/{slug}/flows': {
      get: {
        operationId: 'listOrganisationFlows',
        summary:
          "Seed 002's flows of an organisation (its `org` name here), not archived",
        parameters: [
          {
            name: 'slug',
            in: 'path',
            required: true,
            schema: {
              $ref: '#/components/schemas/Name',
            },
          },
        ],
        responses: {
          '200': {
            description: 'The flows',
            content: {
              'application/json': {
                schema: {
                  type: 'array',
                  items: {
                    $ref: '#/components/schemas/Flow',
                  },
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
    },
    '/api/v1/organisations': {
      post: {
        operationId: 'replacedIdentityOrganisationsPost',
        summary:
          "Seed 002 identity route: Backstage's here, 501 saying what replaces it",
        requestBody: {
          required: false,
          content: {
            'application/json': {
              schema: {
                type: 'object',
                additionalProperties: true,
              },
            },
          },
        },
        responses: {
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
      get: {
        operationId: 'replacedIdentityOrganisationsGet',
        summary:
          "Seed 002 identity route: Backstage's here, 501 saying what replaces it",
        responses: {
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
    },
    '/api/v1/organisations/{slug}': {
      get: {
        operationId: 'replacedIdentityOrganisationsSlugGet',
        summary:
          "Seed 002 identity route: Backstage's here, 501 saying what replaces it",
        parameters: [
          {
            name: 'slug',
            in: 'path',
            required: true,
            schema: {
              type: 'string',
            },
          },
        ],
        responses: {
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
      put: {
        operationId: 'replacedIdentityOrganisationsSlugPut',
        summary:
          "Seed 002 identity route: Backstage's here, 501 saying what replaces it",
        parameters: [
          {
            name: 'slug',
            in: 'path',
            required: true,
            schema: {
              type: 'string',
            },
          },
        ],
        requestBody: {
          required: false,
          content: {
            'application/json': {
              schema: {
                type: 'object',
                additionalProperties: true,
              },
            },
          },
        },
        responses: {
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
      delete: {
        operationId: 'replacedIdentityOrganisationsSlugDelete',
        summary:
          "Seed 002 identity route: Backstage's here, 501 saying what replaces it",
        parameters: [
          {
            name: 'slug',
            in: 'path',
            required: true,
            schema: {
              type: 'string',
            },
          },
        ],
        responses: {
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
    },
    '/api/v1/organisations/{slug}/scm-integrations': {
      post: {
        operationId: 'replacedIdentityOrganisationsSlugScmIntegrationsPost',
        summary:
          "Seed 002 identity route: Backstage's here, 501 saying what replaces it",
        parameters: [
          {
            name: 'slug',
            in: 'path',
            required: true,
            schema: {
              type: 'string',
            },
          },
        ],
        requestBody: {
          required: false,
          content: {
            'application/json': {
              schema: {
                type: 'object',
                additionalProperties: true,
              },
            },
          },
        },
        responses: {
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
      get: {
        operationId: 'replacedIdentityOrganisationsSlugScmIntegrationsGet',
        summary:
          "Seed 002 identity route: Backstage's here, 501 saying what replaces it",
        parameters: [
          {
            name: 'slug',
            in: 'path',
            required: true,
            schema: {
              type: 'string',
            },
          },
        ],
        responses: {
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
    },
    '/api/v1/organisations/{slug}/scm-integrations/{provider}': {
      delete: {
        operationId:
          'replacedIdentityOrganisationsSlugScmIntegrationsProviderDelete',
        summary:
          "Seed 002 identity route: Backstage's here, 501 saying what replaces it",
        parameters: [
          {
            name: 'slug',
            in: 'path',
            required: true,
            schema: {
              type: 'string',
            },
          },
          {
            name: 'provider',
            in: 'path',
            required: true,
            schema: {
              type: 'string',
            },
          },
        ],
        responses: {
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
    },
    '/api/v1/organisations/{slug}/members': {
      get: {
        operationId: 'replacedIdentityOrganisationsSlugMembersGet',
        summary:
          "Seed 002 identity route: Backstage's here, 501 saying what replaces it",
        parameters: [
          {
            name: 'slug',
            in: 'path',
            required: true,
            schema: {
              type: 'string',
            },
          },
        ],
        responses: {
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
      post: {
        operationId: 'replacedIdentityOrganisationsSlugMembersPost',
        summary:
          "Seed 002 identity route: Backstage's here, 501 saying what replaces it",
        parameters: [
          {
            name: 'slug',
            in: 'path',
            required: true,
            schema: {
              type: 'string',
            },
          },
        ],
        requestBody: {
          required: false,
          content: {
            'application/json': {
              schema: {
                type: 'object',
                additionalProperties: true,
              },
            },
          },
        },
        responses: {
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
    },
    '/api/v1/organisations/{slug}/members/{userId}': {
      get: {
        operationId: 'replacedIdentityOrganisationsSlugMembersUserIdGet',
        summary:
          "Seed 002 identity route: Backstage's here, 501 saying what replaces it",
        parameters: [
          {
            name: 'slug',
            in: 'path',
            required: true,
            schema: {
              type: 'string',
            },
          },
          {
            name: 'userId',
            in: 'path',
            required: true,
            schema: {
              type: 'string',
            },
          },
        ],
        responses: {
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
      put: {
        operationId: 'replacedIdentityOrganisationsSlugMembersUserIdPut',
        summary:
          "Seed 002 identity route: Backstage's here, 501 saying what replaces it",
        parameters: [
          {
            name: 'slug',
            in: 'path',
            required: true,
            schema: {
              type: 'string',
            },
          },
          {
            name: 'userId',
            in: 'path',
            required: true,
            schema: {
              type: 'string',
            },
          },
        ],
        requestBody: {
          required: false,
          content: {
            'application/json': {
              schema: {
                type: 'object',
                additionalProperties: true,
              },
            },
          },
        },
        responses: {
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
      delete: {
        operationId: 'replacedIdentityOrganisationsSlugMembersUserIdDelete',
        summary:
          "Seed 002 identity route: Backstage's here, 501 saying what replaces it",
        parameters: [
          {
            name: 'slug',
            in: 'path',
            required: true,
            schema: {
              type: 'string',
            },
          },
          {
            name: 'userId',
            in: 'path',
            required: true,
            schema: {
              type: 'string',
            },
          },
        ],
        responses: {
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
    },
    '/api/v1/users': {
      post: {
        operationId: 'replacedIdentityUsersPost',
        summary:
          "Seed 002 identity route: Backstage's here, 501 saying what replaces it",
        requestBody: {
          required: false,
          content: {
            'application/json': {
              schema: {
                type: 'object',
                additionalProperties: true,
              },
            },
          },
        },
        responses: {
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
      get: {
        operationId: 'replacedIdentityUsersGet',
        summary:
          "Seed 002 identity route: Backstage's here, 501 saying what replaces it",
        responses: {
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
    },
    '/api/v1/users/{id}': {
      get: {
        operationId: 'replacedIdentityUsersIdGet',
        summary:
          "Seed 002 identity route: Backstage's here, 501 saying what replaces it",
        parameters: [
          {
            name: 'id',
            in: 'path',
            required: true,
            schema: {
              type: 'string',
            },
          },
        ],
        responses: {
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
      put: {
        operationId: 'replacedIdentityUsersIdPut',
        summary:
          "Seed 002 identity route: Backstage's here, 501 saying what replaces it",
        parameters: [
          {
            name: 'id',
            in: 'path',
            required: true,
            schema: {
              type: 'string',
            },
          },
        ],
        requestBody: {
          required: false,
          content: {
            'application/json': {
              schema: {
                type: 'object',
                additionalProperties: true,
              },
            },
          },
        },
        responses: {
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
      delete: {
        operationId: 'replacedIdentityUsersIdDelete',
        summary:
          "Seed 002 identity route: Backstage's here, 501 saying what replaces it",
        parameters: [
          {
            name: 'id',
            in: 'path',
            required: true,
            schema: {
              type: 'string',
            },
          },
        ],
        responses: {
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
    },
    '/api/v1/service-accounts': {
      post: {
        operationId: 'replacedIdentityServiceAccountsPost',
        summary:
          "Seed 002 identity route: Backstage's here, 501 saying what replaces it",
        requestBody: {
          required: false,
          content: {
            'application/json': {
              schema: {
                type: 'object',
                additionalProperties: true,
              },
            },
          },
        },
        responses: {
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
      get: {
        operationId: 'replacedIdentityServiceAccountsGet',
        summary:
          "Seed 002 identity route: Backstage's here, 501 saying what replaces it",
        responses: {
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
    },
    '/api/v1/service-accounts/{id}': {
      get: {
        operationId: 'replacedIdentityServiceAccountsIdGet',
        summary:
          "Seed 002 identity route: Backstage's here, 501 saying what replaces it",
        parameters: [
          {
            name: 'id',
            in: 'path',
            required: true,
            schema: {
              type: 'string',
            },
          },
        ],
        responses: {
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
      put: {
        operationId: 'replacedIdentityServiceAccountsIdPut',
        summary:
          "Seed 002 identity route: Backstage's here, 501 saying what replaces it",
        parameters: [
          {
            name: 'id',
            in: 'path',
            required: true,
            schema: {
              type: 'string',
            },
          },
        ],
        requestBody: {
          required: false,
          content: {
            'application/json': {
              schema: {
                type: 'object',
                additionalProperties: true,
              },
            },
          },
        },
        responses: {
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
      delete: {
        operationId: 'replacedIdentityServiceAccountsIdDelete',
        summary:
          "Seed 002 identity route: Backstage's here, 501 saying what replaces it",
        parameters: [
          {
            name: 'id',
            in: 'path',
            required: true,
            schema: {
              type: 'string',
            },
          },
        ],
        responses: {
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
    },
    '/api/v1/service-accounts/{id}/api-keys': {
      post: {
        operationId: 'replacedIdentityServiceAccountsIdKeysPost',
        summary:
          "Seed 002 identity route: Backstage's here, 501 saying what replaces it",
        parameters: [
          {
            name: 'id',
            in: 'path',
            required: true,
            schema: {
              type: 'string',
            },
          },
        ],
        requestBody: {
          required: false,
          content: {
            'application/json': {
              schema: {
                type: 'object',
                additionalProperties: true,
              },
            },
          },
        },
        responses: {
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
      get: {
        operationId: 'replacedIdentityServiceAccountsIdKeysGet',
        summary:
          "Seed 002 identity route: Backstage's here, 501 saying what replaces it",
        parameters: [
          {
            name: 'id',
            in: 'path',
            required: true,
            schema: {
              type: 'string',
            },
          },
        ],
        responses: {
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
    },
    '/api/v1/service-accounts/{id}/api-keys/{keyId}': {
      delete: {
        operationId: 'replacedIdentityServiceAccountsIdKeysKeyIdDelete',
        summary:
          "Seed 002 identity route: Backstage's here, 501 saying what replaces it",
        parameters: [
          {
            name: 'id',
            in: 'path',
            required: true,
            schema: {
              type: 'string',
            },
          },
          {
            name: 'keyId',
            in: 'path',
            required: true,
            schema: {
              type: 'string',
            },
          },
        ],
        responses: {
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
    },
    '/api/v1/api-keys': {
      post: {
        operationId: 'replacedIdentityKeysPost',
        summary:
          "Seed 002 identity route: Backstage's here, 501 saying what replaces it",
        requestBody: {
          required: false,
          content: {
            'application/json': {
              schema: {
                type: 'object',
                additionalProperties: true,
              },
            },
          },
        },
        responses: {
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
    },
    '/api/v1/api-keys/owners/{ownerId}': {
      get: {
        operationId: 'replacedIdentityKeysOwnersOwnerIdGet',
        summary:
          "Seed 002 identity route: Backstage's here, 501 saying what replaces it",
        parameters: [
          {
            name: 'ownerId',
            in: 'path',
            required: true,
            schema: {
              type: 'string',
            },
          },
        ],
        responses: {
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
    },
    '/api/v1/api-keys/{id}/revoke': {
      delete: {
        operationId: 'replacedIdentityKeysIdRevokeDelete',
        summary:
          "Seed 002 identity route: Backstage's here, 501 saying what replaces it",
        parameters: [
          {
            name: 'id',
            in: 'path',
            required: true,
            schema: {
              type: 'string',
            },
          },
        ],
        responses: {
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
    },
    '/api/v1/organisations/{slug}/sso': {
      post: {
        operationId: 'replacedIdentityOrganisationsSlugSsoPost',
        summary:
          "Seed 002 identity route: Backstage's here, 501 saying what replaces it",
        parameters: [
          {
            name: 'slug',
            in: 'path',
            required: true,
            schema: {
              type: 'string',
            },
          },
        ],
        requestBody: {
          required: false,
          content: {
            'application/json': {
              schema: {
                type: 'object',
                additionalProperties: true,
              },
            },
          },
        },
        responses: {
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
      get: {
        operationId: 'replacedIdentityOrganisationsSlugSsoGet',
        summary:
          "Seed 002 identity route: Backstage's here, 501 saying what replaces it",
        parameters: [
          {
            name: 'slug',
            in: 'path',
            required: true,
            schema: {
              type: 'string',
            },
          },
        ],
        responses: {
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
      put: {
        operationId: 'replacedIdentityOrganisationsSlugSsoPut',
        summary:
          "Seed 002 identity route: Backstage's here, 501 saying what replaces it",
        parameters: [
          {
            name: 'slug',
            in: 'path',
            required: true,
            schema: {
              type: 'string',
            },
          },
        ],
        requestBody: {
          required: false,
          content: {
            'application/json': {
              schema: {
                type: 'object',
                additionalProperties: true,
              },
            },
          },
        },
        responses: {
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
      delete: {
        operationId: 'replacedIdentityOrganisationsSlugSsoDelete',
        summary:
          "Seed 002 identity route: Backstage's here, 501 saying what replaces it",
        parameters: [
          {
            name: 'slug',
            in: 'path',
            required: true,
            schema: {
              type: 'string',
            },
          },
        ],
        responses: {
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
    },
    '/api/v1/organisations/{slug}/sso/test': {
      post: {
        operationId: 'replacedIdentityOrganisationsSlugSsoTestPost',
        summary:
          "Seed 002 identity route: Backstage's here, 501 saying what replaces it",
        parameters: [
          {
            name: 'slug',
            in: 'path',
            required: true,
            schema: {
              type: 'string',
            },
          },
        ],
        requestBody: {
          required: false,
          content: {
            'application/json': {
              schema: {
                type: 'object',
                additionalProperties: true,
              },
            },
          },
        },
        responses: {
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
    },
    '/api/v1/organisations/{slug}/sso/login': {
      get: {
        operationId: 'replacedIdentityOrganisationsSlugSsoLoginGet',
        summary:
          "Seed 002 identity route: Backstage's here, 501 saying what replaces it",
        parameters: [
          {
            name: 'slug',
            in: 'path',
            required: true,
            schema: {
              type: 'string',
            },
          },
        ],
        responses: {
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
    },
    '/api/v1/organisations/{slug}/sso/callback': {
      get: {
        operationId: 'replacedIdentityOrganisationsSlugSsoCallbackGet',
        summary:
          "Seed 002 identity route: Backstage's here, 501 saying what replaces it",
        parameters: [
          {
            name: 'slug',
            in: 'path',
            required: true,
            schema: {
              type: 'string',
            },
          },
        ],
        responses: {
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
    },
    '/api/v2/flows/{org}': {
      parameters: [
        {
          $ref: '#/components/parameters/org',
        },
      ],
      put: {
        operationId: 'kosliCreateFlow',
        summary:
          '`kosli create flow`: create or update a flow (factstore.flow.manage)',
        parameters: [
          {
            $ref: '#/components/parameters/dryRun',
          },
        ],
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                $ref: '#/components/schemas/KosliFlowRequest',
              },
            },
            'multipart/form-data': {
              schema: {
                $ref: '#/components/schemas/KosliMultipart',
              },
            },
          },
        },
        responses: {
          '200': {
            description: 'Updated',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Flow',
                },
              },
            },
          },
          '201': {
            description: 'Created',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Flow',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '403': {
            $ref: '#/components/responses/Forbidden',
          },
          '409': {
            $ref: '#/components/responses/Conflict',
          },
          '413': {
            $ref: '#/components/responses/PayloadTooLarge',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
      get: {
        operationId: 'kosliListFlows',
        summary:
          '`kosli list flows`: a plain array, or {data, pagination} when per_page is given',
        parameters: [
          {
            name: 'org',
            in: 'path',
            required: true,
            schema: {
              type: 'string',
            },
          },
          {
            name: 'page',
            in: 'query',
            required: false,
            schema: {
              type: 'string',
            },
          },
          {
            name: 'per_page',
            in: 'query',
            required: false,
            schema: {
              type: 'string',
            },
          },
          {
            name: 'search_by_name',
            in: 'query',
            required: false,
            schema: {
              type: 'string',
            },
          },
          {
            name: 'case_sensitive',
            in: 'query',
            required: false,
            schema: {
              type: 'string',
            },
          },
        ],
        responses: {
          '200': {
            description: 'The Kosli-shaped answer',
            content: {
              'application/json': {
                schema: {
                  oneOf: [
                    {
                      type: 'object',
                      additionalProperties: true,
                    },
                    {
                      type: 'array',
                      items: {
                        type: 'object',
                        additionalProperties: true,
                      },
                    },
                  ],
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
    },
    '/api/v2/flows/{org}/template_file': {
      parameters: [
        {
          $ref: '#/components/parameters/org',
        },
      ],
      put: {
        operationId: 'kosliCreateFlowWithTemplate',
        summary:
          '`kosli create flow --template-file`: create or update a flow from a template (factstore.flow.manage)',
        parameters: [
          {
            $ref: '#/components/parameters/dryRun',
          },
        ],
        requestBody: {
          required: true,
          content: {
            'multipart/form-data': {
              schema: {
                $ref: '#/components/schemas/KosliTemplateUpload',
              },
            },
          },
        },
        responses: {
          '200': {
            description: 'Updated',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Flow',
                },
              },
            },
          },
          '201': {
            description: 'Created',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Flow',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '403': {
            $ref: '#/components/responses/Forbidden',
          },
          '409': {
            $ref: '#/components/responses/Conflict',
          },
          '413': {
            $ref: '#/components/responses/PayloadTooLarge',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
    },
    '/api/v2/flows/{org}/{flow}/archive': {
      parameters: [
        {
          $ref: '#/components/parameters/org',
        },
        {
          $ref: '#/components/parameters/flow',
        },
      ],
      put: {
        operationId: 'kosliArchiveFlow',
        summary: '`kosli archive flow`: archive a flow (factstore.flow.manage)',
        parameters: [
          {
            $ref: '#/components/parameters/dryRun',
          },
        ],
        responses: {
          '200': {
            description: 'The archived flow',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Flow',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '403': {
            $ref: '#/components/responses/Forbidden',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
    },
    '/api/v2/trails/{org}/{flow}': {
      parameters: [
        {
          $ref: '#/components/parameters/org',
        },
        {
          $ref: '#/components/parameters/flow',
        },
      ],
      put: {
        operationId: 'kosliBeginTrail',
        summary: '`kosli begin trail`: create or update a trail by name',
        parameters: [
          {
            $ref: '#/components/parameters/dryRun',
          },
        ],
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                $ref: '#/components/schemas/KosliTrailRequest',
              },
            },
            'multipart/form-data': {
              schema: {
                $ref: '#/components/schemas/KosliMultipart',
              },
            },
          },
        },
        responses: {
          '200': {
            description: 'Updated',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Object',
                },
              },
            },
          },
          '201': {
            description: 'Created',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Object',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
          '409': {
            $ref: '#/components/responses/Conflict',
          },
          '413': {
            $ref: '#/components/responses/PayloadTooLarge',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
    },
    '/api/v2/trails/{org}/{flow}/{trail}': {
      parameters: [
        {
          $ref: '#/components/parameters/org',
        },
        {
          $ref: '#/components/parameters/flow',
        },
        {
          $ref: '#/components/parameters/trail',
        },
      ],
      get: {
        operationId: 'kosliGetTrail',
        summary:
          '`kosli get trail`: a trail by name, with its Kosli compliance',
        responses: {
          '200': {
            description: 'The trail',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Object',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
    },
    '/api/v2/artifacts/{org}/{flow}': {
      parameters: [
        {
          $ref: '#/components/parameters/org',
        },
        {
          $ref: '#/components/parameters/flow',
        },
      ],
      post: {
        operationId: 'kosliAttestArtifact',
        summary:
          '`kosli attest artifact`: report an artifact of a trail (200 when reported already)',
        parameters: [
          {
            $ref: '#/components/parameters/dryRun',
          },
        ],
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                $ref: '#/components/schemas/KosliArtifactRequest',
              },
            },
            'multipart/form-data': {
              schema: {
                $ref: '#/components/schemas/KosliMultipart',
              },
            },
          },
        },
        responses: {
          '200': {
            description: 'Reported before',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Object',
                },
              },
            },
          },
          '201': {
            description: 'Reported',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Object',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
          '409': {
            $ref: '#/components/responses/Conflict',
          },
          '413': {
            $ref: '#/components/responses/PayloadTooLarge',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
    },
    '/api/v2/attestations/{org}/{flow}/trail/{trail}/{type}': {
      parameters: [
        {
          $ref: '#/components/parameters/org',
        },
        {
          $ref: '#/components/parameters/flow',
        },
        {
          $ref: '#/components/parameters/trail',
        },
        {
          name: 'type',
          in: 'path',
          required: true,
          description: 'The Kosli attestation type',
          schema: {
            type: 'string',
            enum: [
              'generic',
              'junit',
              'snyk',
              'sonar',
              'jira',
              'custom',
              'override',
              'pull_request',
            ],
          },
        },
      ],
      post: {
        operationId: 'kosliAttest',
        summary:
          '`kosli attest <type>`: record an attestation, with its evidence file (multipart)',
        parameters: [
          {
            $ref: '#/components/parameters/dryRun',
          },
        ],
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                $ref: '#/components/schemas/KosliAttestationRequest',
              },
            },
            'multipart/form-data': {
              schema: {
                $ref: '#/components/schemas/KosliMultipart',
              },
            },
          },
        },
        responses: {
          '201': {
            description: 'Recorded',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Attestation',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
          '409': {
            $ref: '#/components/responses/Conflict',
          },
          '413': {
            $ref: '#/components/responses/PayloadTooLarge',
          },
          '422': {
            $ref: '#/components/responses/Unprocessable',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
    },
    '/api/v2/attestations/{org}/{flow}/{trail}/{artifactFingerprint}': {
      parameters: [
        {
          $ref: '#/components/parameters/org',
        },
        {
          $ref: '#/components/parameters/flow',
        },
        {
          name: 'trail',
          in: 'path',
          required: true,
          description: "The trail's UUID",
          schema: {
            $ref: '#/components/schemas/Uuid',
          },
        },
        {
          name: 'artifactFingerprint',
          in: 'path',
          required: true,
          schema: {
            $ref: '#/components/schemas/Digest',
          },
        },
      ],
      post: {
        operationId: 'recordArtifactAttestationV2',
        summary:
          "OpenFactstore's v2 attestation about an artifact, the type in the payload",
        description:
          "The body is OpenFactstore's attestation request (as its v1 route takes; the artifact is the path's) or, when it has attestation_name, a Kosli payload.",
        parameters: [
          {
            $ref: '#/components/parameters/dryRun',
          },
        ],
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                anyOf: [
                  {
                    $ref: '#/components/schemas/RecordAttestationRequest',
                  },
                  {
                    $ref: '#/components/schemas/KosliAttestationRequest',
                  },
                ],
              },
            },
            'multipart/form-data': {
              schema: {
                $ref: '#/components/schemas/KosliMultipart',
              },
            },
          },
        },
        responses: {
          '201': {
            description: 'Recorded',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Attestation',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
          '409': {
            $ref: '#/components/responses/Conflict',
          },
          '413': {
            $ref: '#/components/responses/PayloadTooLarge',
          },
          '422': {
            $ref: '#/components/responses/Unprocessable',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
    },
    '/api/v2/asserts/{org}/fingerprint/{sha}': {
      parameters: [
        {
          $ref: '#/components/parameters/org',
        },
        {
          name: 'sha',
          in: 'path',
          required: true,
          schema: {
            $ref: '#/components/schemas/Digest',
          },
        },
      ],
      get: {
        operationId: 'kosliAssertArtifact',
        summary:
          "`kosli assert artifact`: is the artifact compliant in a flow, or with an environment's policies",
        parameters: [
          {
            name: 'flow_name',
            in: 'query',
            schema: {
              $ref: '#/components/schemas/Name',
            },
          },
          {
            name: 'environment_name',
            in: 'query',
            schema: {
              $ref: '#/components/schemas/Name',
            },
          },
          {
            name: 'policy_name',
            in: 'query',
            description: 'One or more policy names (repeat the parameter)',
            schema: {
              type: 'array',
              items: {
                type: 'string',
              },
            },
          },
        ],
        responses: {
          '200': {
            description: 'The assertion',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/KosliAssertion',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
    },
    '/api/v2/environments/{org}': {
      parameters: [
        {
          $ref: '#/components/parameters/org',
        },
      ],
      put: {
        operationId: 'kosliCreateEnvironment',
        summary:
          '`kosli create environment`: create or update an environment (factstore.environment.manage)',
        parameters: [
          {
            $ref: '#/components/parameters/dryRun',
          },
        ],
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                $ref: '#/components/schemas/KosliEnvironmentRequest',
              },
            },
          },
        },
        responses: {
          '200': {
            description: 'Updated',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Environment',
                },
              },
            },
          },
          '201': {
            description: 'Created',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Environment',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '403': {
            $ref: '#/components/responses/Forbidden',
          },
          '409': {
            $ref: '#/components/responses/Conflict',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
      get: {
        operationId: 'kosliListEnvironments',
        summary:
          '`kosli list environments`: a plain array, or {page, per_page, total_pages, total_count, environments} when paged',
        parameters: [
          {
            name: 'org',
            in: 'path',
            required: true,
            schema: {
              type: 'string',
            },
          },
          {
            name: 'page',
            in: 'query',
            required: false,
            schema: {
              type: 'string',
            },
          },
          {
            name: 'per_page',
            in: 'query',
            required: false,
            schema: {
              type: 'string',
            },
          },
          {
            name: 'name',
            in: 'query',
            required: false,
            schema: {
              type: 'string',
            },
          },
          {
            name: 'type',
            in: 'query',
            description: 'Repeat for more than one type',
            schema: {
              type: 'array',
              items: {
                type: 'string',
              },
            },
          },
          {
            name: 'space_id',
            in: 'query',
            description:
              'Environments here belong to no space, so any space_id matches none',
            schema: {
              type: 'array',
              items: {
                type: 'string',
              },
            },
          },
          {
            name: 'tag',
            in: 'query',
            description:
              '`key` or `key:value`; environments here carry no tags, so any tag matches none',
            schema: {
              type: 'array',
              items: {
                type: 'string',
              },
            },
          },
          {
            name: 'sort',
            in: 'query',
            schema: {
              type: 'string',
              enum: ['name', 'last_modified_at', 'last_changed_at'],
            },
          },
          {
            name: 'sort_direction',
            in: 'query',
            schema: {
              type: 'string',
              enum: ['asc', 'desc'],
            },
          },
        ],
        responses: {
          '200': {
            description:
              'A plain array, or a page when page or per_page is given',
            content: {
              'application/json': {
                schema: {
                  oneOf: [
                    {
                      type: 'array',
                      items: {
                        $ref: '#/components/schemas/KosliEnvironment',
                      },
                    },
                    {
                      type: 'object',
                      required: [
                        'page',
                        'per_page',
                        'total_pages',
                        'total_count',
                        'environments',
                      ],
                      properties: {
                        page: {
                          type: 'integer',
                        },
                        per_page: {
                          type: 'integer',
                        },
                        total_pages: {
                          type: 'integer',
                        },
                        total_count: {
                          type: 'integer',
                        },
                        environments: {
                          type: 'array',
                          items: {
                            $ref: '#/components/schemas/KosliEnvironment',
                          },
                        },
                      },
                    },
                  ],
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
    },
    '/api/v2/environments/{org}/{env}/archive': {
      parameters: [
        {
          $ref: '#/components/parameters/org',
        },
        {
          $ref: '#/components/parameters/env',
        },
      ],
      put: {
        operationId: 'kosliArchiveEnvironment',
        summary:
          '`kosli archive environment`: archive an environment (factstore.environment.manage)',
        parameters: [
          {
            $ref: '#/components/parameters/dryRun',
          },
        ],
        responses: {
          '200': {
            description: 'The archived environment',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Environment',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '403': {
            $ref: '#/components/responses/Forbidden',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
    },
    '/api/v2/environments/{org}/{env}/report/{type}': {
      parameters: [
        {
          $ref: '#/components/parameters/org',
        },
        {
          $ref: '#/components/parameters/env',
        },
        {
          name: 'type',
          in: 'path',
          required: true,
          description:
            'K8S, ECS, lambda, S3, docker, server, azure-apps or cloud-run, in any case',
          schema: {
            type: 'string',
          },
        },
      ],
      put: {
        operationId: 'kosliReportSnapshot',
        summary:
          '`kosli snapshot <type>`: report what runs in the environment (200 when unchanged)',
        parameters: [
          {
            $ref: '#/components/parameters/dryRun',
          },
        ],
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                $ref: '#/components/schemas/KosliSnapshotReport',
              },
            },
          },
        },
        responses: {
          '200': {
            description: 'Unchanged since the latest snapshot',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Snapshot',
                },
              },
            },
          },
          '201': {
            description: 'A new snapshot',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Snapshot',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
          '409': {
            $ref: '#/components/responses/Conflict',
          },
          '422': {
            $ref: '#/components/responses/Unprocessable',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
    },
    '/api/v2/env-diff/{org}': {
      parameters: [
        {
          $ref: '#/components/parameters/org',
        },
      ],
      get: {
        operationId: 'kosliDiffSnapshots',
        summary:
          '`kosli diff snapshots`: what differs between two snapshots (`env#3`, `env~1`, `env`)',
        parameters: [
          {
            name: 'snappish1',
            in: 'query',
            required: true,
            schema: {
              type: 'string',
              minLength: 1,
              maxLength: 200,
            },
          },
          {
            name: 'snappish2',
            in: 'query',
            required: true,
            schema: {
              type: 'string',
              minLength: 1,
              maxLength: 200,
            },
          },
        ],
        responses: {
          '200': {
            description: 'The differences',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Object',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
    },
    '/api/v2/flows/{org}/{flow}': {
      get: {
        operationId: 'kosliGetFlow',
        summary: '`kosli get flow`',
        parameters: [
          {
            name: 'org',
            in: 'path',
            required: true,
            schema: {
              type: 'string',
            },
          },
          {
            name: 'flow',
            in: 'path',
            required: true,
            schema: {
              type: 'string',
            },
          },
        ],
        responses: {
          '200': {
            description: 'The Kosli-shaped answer',
            content: {
              'application/json': {
                schema: {
                  oneOf: [
                    {
                      type: 'object',
                      additionalProperties: true,
                    },
                    {
                      type: 'array',
                      items: {
                        type: 'object',
                        additionalProperties: true,
                      },
                    },
                  ],
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
    },
    '/api/v2/flows/{org}/{name}/rename': {
      put: {
        operationId: 'kosliRenameFlow',
        summary:
          '`kosli rename flow` {new_name} (factstore.flow.manage); a taken name is a 400',
        parameters: [
          {
            name: 'org',
            in: 'path',
            required: true,
            schema: {
              type: 'string',
            },
          },
          {
            name: 'name',
            in: 'path',
            required: true,
            schema: {
              type: 'string',
            },
          },
          {
            $ref: '#/components/parameters/dryRun',
          },
        ],
        requestBody: {
          required: false,
          content: {
            'application/json': {
              schema: {
                type: 'object',
                additionalProperties: true,
              },
            },
          },
        },
        responses: {
          '200': {
            description: 'The Kosli-shaped answer',
            content: {
              'application/json': {
                schema: {
                  oneOf: [
                    {
                      type: 'object',
                      additionalProperties: true,
                    },
                    {
                      type: 'array',
                      items: {
                        type: 'object',
                        additionalProperties: true,
                      },
                    },
                  ],
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '403': {
            $ref: '#/components/responses/Forbidden',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
    },
    '/api/v2/trails/{org}': {
      get: {
        operationId: 'kosliListTrails',
        summary: '`kosli list trails`: {data, pagination}',
        parameters: [
          {
            name: 'org',
            in: 'path',
            required: true,
            schema: {
              type: 'string',
            },
          },
          {
            name: 'page',
            in: 'query',
            required: false,
            schema: {
              type: 'string',
            },
          },
          {
            name: 'per_page',
            in: 'query',
            required: false,
            schema: {
              type: 'string',
            },
          },
          {
            name: 'flow',
            in: 'query',
            required: false,
            schema: {
              type: 'string',
            },
          },
          {
            name: 'fingerprint',
            in: 'query',
            required: false,
            schema: {
              type: 'string',
            },
          },
          {
            name: 'flow_tag',
            in: 'query',
            required: false,
            schema: {
              type: 'string',
            },
          },
        ],
        responses: {
          '200': {
            description: 'The Kosli-shaped answer',
            content: {
              'application/json': {
                schema: {
                  oneOf: [
                    {
                      type: 'object',
                      additionalProperties: true,
                    },
                    {
                      type: 'array',
                      items: {
                        type: 'object',
                        additionalProperties: true,
                      },
                    },
                  ],
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
    },
    '/api/v2/environments/{org}/{env}': {
      get: {
        operationId: 'kosliGetEnvironment',
        summary: '`kosli get environment`',
        parameters: [
          {
            name: 'org',
            in: 'path',
            required: true,
            schema: {
              type: 'string',
            },
          },
          {
            name: 'env',
            in: 'path',
            required: true,
            schema: {
              type: 'string',
            },
          },
        ],
        responses: {
          '200': {
            description: 'The Kosli-shaped answer',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/KosliEnvironment',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
    },
    '/api/v2/environments/{org}/{env}/events': {
      get: {
        operationId: 'kosliLogEnvironment',
        summary:
          '`kosli log environment`: started, exited and scaled artifacts per snapshot',
        parameters: [
          {
            name: 'org',
            in: 'path',
            required: true,
            schema: {
              type: 'string',
            },
          },
          {
            name: 'env',
            in: 'path',
            required: true,
            schema: {
              type: 'string',
            },
          },
          {
            name: 'page',
            in: 'query',
            required: false,
            schema: {
              type: 'string',
            },
          },
          {
            name: 'per_page',
            in: 'query',
            required: false,
            schema: {
              type: 'string',
            },
          },
          {
            name: 'interval',
            in: 'query',
            required: false,
            schema: {
              type: 'string',
            },
          },
          {
            name: 'reverse',
            in: 'query',
            required: false,
            schema: {
              type: 'string',
            },
          },
          {
            name: 'repo_name',
            in: 'query',
            required: false,
            schema: {
              type: 'string',
            },
          },
          {
            name: 'start',
            in: 'query',
            required: false,
            schema: {
              type: 'string',
            },
          },
          {
            name: 'end',
            in: 'query',
            required: false,
            schema: {
              type: 'string',
            },
          },
          {
            name: 'start_ts',
            in: 'query',
            required: false,
            schema: {
              type: 'string',
            },
          },
          {
            name: 'end_ts',
            in: 'query',
            required: false,
            schema: {
              type: 'string',
            },
          },
        ],
        responses: {
          '200': {
            description: 'The Kosli-shaped answer',
            content: {
              'application/json': {
                schema: {
                  oneOf: [
                    {
                      type: 'object',
                      additionalProperties: true,
                    },
                    {
                      type: 'array',
                      items: {
                        type: 'object',
                        additionalProperties: true,
                      },
                    },
                  ],
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
    },
    '/api/v2/environments/{org}/{name}/rename': {
      put: {
        operationId: 'kosliRenameEnvironment',
        summary:
          '`kosli rename environment` {new_name} (factstore.environment.manage)',
        parameters: [
          {
            name: 'org',
            in: 'path',
            required: true,
            schema: {
              type: 'string',
            },
          },
          {
            name: 'name',
            in: 'path',
            required: true,
            schema: {
              type: 'string',
            },
          },
          {
            $ref: '#/components/parameters/dryRun',
          },
        ],
        requestBody: {
          required: false,
          content: {
            'application/json': {
              schema: {
                type: 'object',
                additionalProperties: true,
              },
            },
          },
        },
        responses: {
          '200': {
            description: 'The Kosli-shaped answer',
            content: {
              'application/json': {
                schema: {
                  oneOf: [
                    {
                      type: 'object',
                      additionalProperties: true,
                    },
                    {
                      type: 'array',
                      items: {
                        type: 'object',
                        additionalProperties: true,
                      },
                    },
                  ],
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '403': {
            $ref: '#/components/responses/Forbidden',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
    },
    '/api/v2/environments/{org}/{env}/join': {
      put: {
        operationId: 'kosliJoinEnvironment',
        summary:
          '`kosli join environment` {physical_env_name} (factstore.environment.manage)',
        parameters: [
          {
            name: 'org',
            in: 'path',
            required: true,
            schema: {
              type: 'string',
            },
          },
          {
            name: 'env',
            in: 'path',
            required: true,
            schema: {
              type: 'string',
            },
          },
          {
            $ref: '#/components/parameters/dryRun',
          },
        ],
        requestBody: {
          required: false,
          content: {
            'application/json': {
              schema: {
                type: 'object',
                additionalProperties: true,
              },
            },
          },
        },
        responses: {
          '200': {
            description: 'The Kosli-shaped answer',
            content: {
              'application/json': {
                schema: {
                  oneOf: [
                    {
                      type: 'object',
                      additionalProperties: true,
                    },
                    {
                      type: 'array',
                      items: {
                        type: 'object',
                        additionalProperties: true,
                      },
                    },
                  ],
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '403': {
            $ref: '#/components/responses/Forbidden',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
    },
    '/api/v2/snapshots/{org}/{env}': {
      get: {
        operationId: 'kosliListSnapshots',
        summary: '`kosli list snapshots`',
        parameters: [
          {
            name: 'org',
            in: 'path',
            required: true,
            schema: {
              type: 'string',
            },
          },
          {
            name: 'env',
            in: 'path',
            required: true,
            schema: {
              type: 'string',
            },
          },
          {
            name: 'page',
            in: 'query',
            required: false,
            schema: {
              type: 'string',
            },
          },
          {
            name: 'per_page',
            in: 'query',
            required: false,
            schema: {
              type: 'string',
            },
          },
          {
            name: 'interval',
            in: 'query',
            required: false,
            schema: {
              type: 'string',
            },
          },
          {
            name: 'reverse',
            in: 'query',
            required: false,
            schema: {
              type: 'string',
            },
          },
        ],
        responses: {
          '200': {
            description: 'The Kosli-shaped answer',
            content: {
              'application/json': {
                schema: {
                  oneOf: [
                    {
                      type: 'object',
                      additionalProperties: true,
                    },
                    {
                      type: 'array',
                      items: {
                        type: 'object',
                        additionalProperties: true,
                      },
                    },
                  ],
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
    },
    '/api/v2/snapshots/{org}/{env}/{id}': {
      get: {
        operationId: 'kosliGetSnapshot',
        summary:
          '`kosli get snapshot` / `assert snapshot`: id is N, -1 (latest), -N-1, #N, ~N or @{…}',
        parameters: [
          {
            name: 'org',
            in: 'path',
            required: true,
            schema: {
              type: 'string',
            },
          },
          {
            name: 'env',
            in: 'path',
            required: true,
            schema: {
              type: 'string',
            },
          },
          {
            name: 'id',
            in: 'path',
            required: true,
            schema: {
              type: 'string',
            },
          },
        ],
        responses: {
          '200': {
            description: 'The Kosli-shaped answer',
            content: {
              'application/json': {
                schema: {
                  oneOf: [
                    {
                      type: 'object',
                      additionalProperties: true,
                    },
                    {
                      type: 'array',
                      items: {
                        type: 'object',
                        additionalProperties: true,
                      },
                    },
                  ],
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
    },
    '/api/v2/allowlists/{org}/{env}': {
      put: {
        operationId: 'kosliAllowArtifact',
        summary:
          '`kosli allow artifact` {artifact_fingerprint, artifact_name, description} (factstore.environment.manage)',
        parameters: [
          {
            name: 'org',
            in: 'path',
            required: true,
            schema: {
              type: 'string',
            },
          },
          {
            name: 'env',
            in: 'path',
            required: true,
            schema: {
              type: 'string',
            },
          },
          {
            $ref: '#/components/parameters/dryRun',
          },
        ],
        requestBody: {
          required: false,
          content: {
            'application/json': {
              schema: {
                type: 'object',
                additionalProperties: true,
              },
            },
          },
        },
        responses: {
          '201': {
            description: 'The Kosli-shaped answer',
            content: {
              'application/json': {
                schema: {
                  oneOf: [
                    {
                      type: 'object',
                      additionalProperties: true,
                    },
                    {
                      type: 'array',
                      items: {
                        type: 'object',
                        additionalProperties: true,
                      },
                    },
                  ],
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '403': {
            $ref: '#/components/responses/Forbidden',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
    },
    '/api/v2/artifacts/{org}': {
      get: {
        operationId: 'kosliListArtifacts',
        summary: '`kosli list artifacts`',
        parameters: [
          {
            name: 'org',
            in: 'path',
            required: true,
            schema: {
              type: 'string',
            },
          },
          {
            name: 'page',
            in: 'query',
            required: false,
            schema: {
              type: 'string',
            },
          },
          {
            name: 'per_page',
            in: 'query',
            required: false,
            schema: {
              type: 'string',
            },
          },
          {
            name: 'flow_name',
            in: 'query',
            required: false,
            schema: {
              type: 'string',
            },
          },
          {
            name: 'repo_name',
            in: 'query',
            required: false,
            schema: {
              type: 'string',
            },
          },
        ],
        responses: {
          '200': {
            description: 'The Kosli-shaped answer',
            content: {
              'application/json': {
                schema: {
                  oneOf: [
                    {
                      type: 'object',
                      additionalProperties: true,
                    },
                    {
                      type: 'array',
                      items: {
                        type: 'object',
                        additionalProperties: true,
                      },
                    },
                  ],
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
    },
    '/api/v2/artifacts/{org}/{flow}/fingerprint/{sha}': {
      get: {
        operationId: 'kosliGetArtifactByFingerprint',
        summary: '`kosli get artifact FLOW@SHA`',
        parameters: [
          {
            name: 'org',
            in: 'path',
            required: true,
            schema: {
              type: 'string',
            },
          },
          {
            name: 'flow',
            in: 'path',
            required: true,
            schema: {
              type: 'string',
            },
          },
          {
            name: 'sha',
            in: 'path',
            required: true,
            schema: {
              type: 'string',
            },
          },
          {
            name: 'trail',
            in: 'query',
            required: false,
            schema: {
              type: 'string',
            },
          },
        ],
        responses: {
          '200': {
            description: 'The Kosli-shaped answer',
            content: {
              'application/json': {
                schema: {
                  oneOf: [
                    {
                      type: 'object',
                      additionalProperties: true,
                    },
                    {
                      type: 'array',
                      items: {
                        type: 'object',
                        additionalProperties: true,
                      },
                    },
                  ],
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
    },
    '/api/v2/artifacts/{org}/{flow}/commit_sha/{sha}': {
      get: {
        operationId: 'kosliGetArtifactsByCommit',
        summary: '`kosli get artifact FLOW:COMMIT`',
        parameters: [
          {
            name: 'org',
            in: 'path',
            required: true,
            schema: {
              type: 'string',
            },
          },
          {
            name: 'flow',
            in: 'path',
            required: true,
            schema: {
              type: 'string',
            },
          },
          {
            name: 'sha',
            in: 'path',
            required: true,
            schema: {
              type: 'string',
            },
          },
          {
            name: 'trail',
            in: 'query',
            required: false,
            schema: {
              type: 'string',
            },
          },
        ],
        responses: {
          '200': {
            description: 'The Kosli-shaped answer',
            content: {
              'application/json': {
                schema: {
                  oneOf: [
                    {
                      type: 'object',
                      additionalProperties: true,
                    },
                    {
                      type: 'array',
                      items: {
                        type: 'object',
                        additionalProperties: true,
                      },
                    },
                  ],
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
    },
    '/api/v2/artifacts/{org}/{flow}/{sha}/latest_commit': {
      get: {
        operationId: 'kosliLatestCommit',
        summary:
          "`kosli report artifact`: the commit of the flow's latest artifact",
        parameters: [
          {
            name: 'org',
            in: 'path',
            required: true,
            schema: {
              type: 'string',
            },
          },
          {
            name: 'flow',
            in: 'path',
            required: true,
            schema: {
              type: 'string',
            },
          },
          {
            name: 'sha',
            in: 'path',
            required: true,
            schema: {
              type: 'string',
            },
          },
          {
            name: 'branch',
            in: 'query',
            required: false,
            schema: {
              type: 'string',
            },
          },
        ],
        responses: {
          '200': {
            description: 'The Kosli-shaped answer',
            content: {
              'application/json': {
                schema: {
                  oneOf: [
                    {
                      type: 'object',
                      additionalProperties: true,
                    },
                    {
                      type: 'array',
                      items: {
                        type: 'object',
                        additionalProperties: true,
                      },
                    },
                  ],
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
    },
    '/api/v2/artifacts/{org}/{flow}/{sha}/approvals': {
      get: {
        operationId: 'kosliAssertApproval',
        summary:
          '`kosli assert approval` (CLI ≤ 2.34): the approvals of the artifact, oldest first',
        parameters: [
          {
            name: 'org',
            in: 'path',
            required: true,
            schema: {
              type: 'string',
            },
          },
          {
            name: 'flow',
            in: 'path',
            required: true,
            schema: {
              type: 'string',
            },
          },
          {
            name: 'sha',
            in: 'path',
            required: true,
            schema: {
              type: 'string',
            },
          },
        ],
        responses: {
          '200': {
            description: 'The Kosli-shaped answer',
            content: {
              'application/json': {
                schema: {
                  oneOf: [
                    {
                      type: 'object',
                      additionalProperties: true,
                    },
                    {
                      type: 'array',
                      items: {
                        type: 'object',
                        additionalProperties: true,
                      },
                    },
                  ],
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
    },
    '/api/v2/search/{org}/sha/{sha}': {
      get: {
        operationId: 'kosliSearch',
        summary:
          '`kosli search`: a fingerprint or a commit, whole or its first digits',
        parameters: [
          {
            name: 'org',
            in: 'path',
            required: true,
            schema: {
              type: 'string',
            },
          },
          {
            name: 'sha',
            in: 'path',
            required: true,
            schema: {
              type: 'string',
            },
          },
        ],
        responses: {
          '200': {
            description: 'The Kosli-shaped answer',
            content: {
              'application/json': {
                schema: {
                  oneOf: [
                    {
                      type: 'object',
                      additionalProperties: true,
                    },
                    {
                      type: 'array',
                      items: {
                        type: 'object',
                        additionalProperties: true,
                      },
                    },
                  ],
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
    },
    '/api/v2/attestations/{org}': {
      get: {
        operationId: 'kosliGetAttestationById',
        summary:
          '`kosli get attestation --attestation-id` and `kosli evaluate`: {data: [attestation]}',
        parameters: [
          {
            name: 'org',
            in: 'path',
            required: true,
            schema: {
              type: 'string',
            },
          },
          {
            name: 'attestation_id',
            in: 'query',
            required: false,
            schema: {
              type: 'string',
            },
          },
        ],
        responses: {
          '200': {
            description: 'The Kosli-shaped answer',
            content: {
              'application/json': {
                schema: {
                  oneOf: [
                    {
                      type: 'object',
                      additionalProperties: true,
                    },
                    {
                      type: 'array',
                      items: {
                        type: 'object',
                        additionalProperties: true,
                      },
                    },
                  ],
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
    },
    '/api/v2/attestations/{org}/{flow}/trail/{trail}/{name}': {
      get: {
        operationId: 'kosliGetTrailAttestation',
        summary: '`kosli get attestation NAME --trail`',
        parameters: [
          {
            name: 'org',
            in: 'path',
            required: true,
            schema: {
              type: 'string',
            },
          },
          {
            name: 'flow',
            in: 'path',
            required: true,
            schema: {
              type: 'string',
            },
          },
          {
            name: 'trail',
            in: 'path',
            required: true,
            schema: {
              type: 'string',
            },
          },
          {
            name: 'name',
            in: 'path',
            required: true,
            schema: {
              type: 'string',
            },
          },
        ],
        responses: {
          '200': {
            description: 'The Kosli-shaped answer',
            content: {
              'application/json': {
                schema: {
                  oneOf: [
                    {
                      type: 'object',
                      additionalProperties: true,
                    },
                    {
                      type: 'array',
                      items: {
                        type: 'object',
                        additionalProperties: true,
                      },
                    },
                  ],
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
    },
    '/api/v2/attestations/{org}/{flow}/artifact/{sha}/{name}': {
      get: {
        operationId: 'kosliGetArtifactAttestation',
        summary: '`kosli get attestation NAME --fingerprint`',
        parameters: [
          {
            name: 'org',
            in: 'path',
            required: true,
            schema: {
              type: 'string',
            },
          },
          {
            name: 'flow',
            in: 'path',
            required: true,
            schema: {
              type: 'string',
            },
          },
          {
            name: 'sha',
            in: 'path',
            required: true,
            schema: {
              type: 'string',
            },
          },
          {
            name: 'name',
            in: 'path',
            required: true,
            schema: {
              type: 'string',
            },
          },
        ],
        responses: {
          '200': {
            description: 'The Kosli-shaped answer',
            content: {
              'application/json': {
                schema: {
                  oneOf: [
                    {
                      type: 'object',
                      additionalProperties: true,
                    },
                    {
                      type: 'array',
                      items: {
                        type: 'object',
                        additionalProperties: true,
                      },
                    },
                  ],
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
    },
    '/api/v2/approvals/{org}/{flow}': {
      post: {
        operationId: 'kosliReportApproval',
        summary:
          '`kosli report|request approval` (CLI ≤ 2.34): recorded as a request a Backstage user decides',
        parameters: [
          {
            name: 'org',
            in: 'path',
            required: true,
            schema: {
              type: 'string',
            },
          },
          {
            name: 'flow',
            in: 'path',
            required: true,
            schema: {
              type: 'string',
            },
          },
          {
            $ref: '#/components/parameters/dryRun',
          },
        ],
        requestBody: {
          required: false,
          content: {
            'application/json': {
              schema: {
                type: 'object',
                additionalProperties: true,
              },
            },
          },
        },
        responses: {
          '201': {
            description: 'The Kosli-shaped answer',
            content: {
              'application/json': {
                schema: {
                  oneOf: [
                    {
                      type: 'object',
                      additionalProperties: true,
                    },
                    {
                      type: 'array',
                      items: {
                        type: 'object',
                        additionalProperties: true,
                      },
                    },
                  ],
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '403': {
            $ref: '#/components/responses/Forbidden',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
      get: {
        operationId: 'kosliListApprovals',
        summary: '`kosli list approvals` (CLI ≤ 2.34)',
        parameters: [
          {
            name: 'org',
            in: 'path',
            required: true,
            schema: {
              type: 'string',
            },
          },
          {
            name: 'flow',
            in: 'path',
            required: true,
            schema: {
              type: 'string',
            },
          },
          {
            name: 'page',
            in: 'query',
            required: false,
            schema: {
              type: 'string',
            },
          },
          {
            name: 'per_page',
            in: 'query',
            required: false,
            schema: {
              type: 'string',
            },
          },
        ],
        responses: {
          '200': {
            description: 'The Kosli-shaped answer',
            content: {
              'application/json': {
                schema: {
                  oneOf: [
                    {
                      type: 'object',
                      additionalProperties: true,
                    },
                    {
                      type: 'array',
                      items: {
                        type: 'object',
                        additionalProperties: true,
                      },
                    },
                  ],
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
    },
    '/api/v2/approvals/{org}/{flow}/{id}': {
      get: {
        operationId: 'kosliGetApproval',
        summary: '`kosli get approval` (CLI ≤ 2.34): N, -1 latest, -N-1',
        parameters: [
          {
            name: 'org',
            in: 'path',
            required: true,
            schema: {
              type: 'string',
            },
          },
          {
            name: 'flow',
            in: 'path',
            required: true,
            schema: {
              type: 'string',
            },
          },
          {
            name: 'id',
            in: 'path',
            required: true,
            schema: {
              type: 'string',
            },
          },
        ],
        responses: {
          '200': {
            description: 'The Kosli-shaped answer',
            content: {
              'application/json': {
                schema: {
                  oneOf: [
                    {
                      type: 'object',
                      additionalProperties: true,
                    },
                    {
                      type: 'array',
                      items: {
                        type: 'object',
                        additionalProperties: true,
                      },
                    },
                  ],
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
    },
    '/api/v2/approvals/{org}/{flow}/artifact-commit/{env}': {
      get: {
        operationId: 'kosliLastApprovedCommit',
        summary: '`kosli report approval`: the commit of the last approved one',
        parameters: [
          {
            name: 'org',
            in: 'path',
            required: true,
            schema: {
              type: 'string',
            },
          },
          {
            name: 'flow',
            in: 'path',
            required: true,
            schema: {
              type: 'string',
            },
          },
          {
            name: 'env',
            in: 'path',
            required: true,
            schema: {
              type: 'string',
            },
          },
        ],
        responses: {
          '200': {
            description: 'The Kosli-shaped answer',
            content: {
              'application/json': {
                schema: {
                  oneOf: [
                    {
                      type: 'object',
                      additionalProperties: true,
                    },
                    {
                      type: 'array',
                      items: {
                        type: 'object',
                        additionalProperties: true,
                      },
                    },
                  ],
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
    },
    '/api/v2/service-accounts/{org}': {
      post: {
        operationId: 'kosliSaasCreateServiceAccountPost',
        summary: '`kosli create service-account`: a Kosli SaaS feature, 501',
        parameters: [
          {
            name: 'org',
            in: 'path',
            required: true,
            schema: {
              type: 'string',
            },
          },
        ],
        requestBody: {
          required: false,
          content: {
            'application/json': {
              schema: {
                type: 'object',
                additionalProperties: true,
              },
            },
          },
        },
        responses: {
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
      get: {
        operationId: 'kosliSaasListServiceAccountsGet',
        summary: '`kosli list service-accounts`: a Kosli SaaS feature, 501',
        parameters: [
          {
            name: 'org',
            in: 'path',
            required: true,
            schema: {
              type: 'string',
            },
          },
        ],
        responses: {
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
    },
    '/api/v2/service-accounts/{org}/{name}': {
      get: {
        operationId: 'kosliSaasGetServiceAccountGet',
        summary: '`kosli get service-account`: a Kosli SaaS feature, 501',
        parameters: [
          {
            name: 'org',
            in: 'path',
            required: true,
            schema: {
              type: 'string',
            },
          },
          {
            name: 'name',
            in: 'path',
            required: true,
            schema: {
              type: 'string',
            },
          },
        ],
        responses: {
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
      patch: {
        operationId: 'kosliSaasUpdateServiceAccountPatch',
        summary: '`kosli update service-account`: a Kosli SaaS feature, 501',
        parameters: [
          {
            name: 'org',
            in: 'path',
            required: true,
            schema: {
              type: 'string',
            },
          },
          {
            name: 'name',
            in: 'path',
            required: true,
            schema: {
              type: 'string',
            },
          },
        ],
        requestBody: {
          required: false,
          content: {
            'application/json': {
              schema: {
                type: 'object',
                additionalProperties: true,
              },
            },
          },
        },
        responses: {
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
      delete: {
        operationId: 'kosliSaasDeleteServiceAccountDelete',
        summary: '`kosli delete service-account`: a Kosli SaaS feature, 501',
        parameters: [
          {
            name: 'org',
            in: 'path',
            required: true,
            schema: {
              type: 'string',
            },
          },
          {
            name: 'name',
            in: 'path',
            required: true,
            schema: {
              type: 'string',
            },
          },
        ],
        responses: {
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
    },
    '/api/v2/service-accounts/{org}/{name}/api-keys': {
      post: {
        operationId: 'kosliSaasCreateApiKeyPost',
        summary: '`kosli create api-key`: a Kosli SaaS feature, 501',
        parameters: [
          {
            name: 'org',
            in: 'path',
            required: true,
            schema: {
              type: 'string',
            },
          },
          {
            name: 'name',
            in: 'path',
            required: true,
            schema: {
              type: 'string',
            },
          },
        ],
        requestBody: {
          required: false,
          content: {
            'application/json': {
              schema: {
                type: 'object',
                additionalProperties: true,
              },
            },
          },
        },
        responses: {
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
      get: {
        operationId: 'kosliSaasListApiKeysGet',
        summary: '`kosli list api-keys`: a Kosli SaaS feature, 501',
        parameters: [
          {
            name: 'org',
            in: 'path',
            required: true,
            schema: {
              type: 'string',
            },
          },
          {
            name: 'name',
            in: 'path',
            required: true,
            schema: {
              type: 'string',
            },
          },
        ],
        responses: {
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
    },
    '/api/v2/service-accounts/{org}/{name}/api-keys/{key}': {
      get: {
        operationId: 'kosliSaasGetApiKeyGet',
        summary: '`kosli get api-key`: a Kosli SaaS feature, 501',
        parameters: [
          {
            name: 'org',
            in: 'path',
            required: true,
            schema: {
              type: 'string',
            },
          },
          {
            name: 'name',
            in: 'path',
            required: true,
            schema: {
              type: 'string',
            },
          },
          {
            name: 'key',
            in: 'path',
            required: true,
            schema: {
              type: 'string',
            },
          },
        ],
        responses: {
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
      delete: {
        operationId: 'kosliSaasDeleteApiKeyDelete',
        summary: '`kosli delete api-key`: a Kosli SaaS feature, 501',
        parameters: [
          {
            name: 'org',
            in: 'path',
            required: true,
            schema: {
              type: 'string',
            },
          },
          {
            name: 'name',
            in: 'path',
            required: true,
            schema: {
              type: 'string',
            },
          },
          {
            name: 'key',
            in: 'path',
            required: true,
            schema: {
              type: 'string',
            },
          },
        ],
        responses: {
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
    },
    '/api/v2/service-accounts/{org}/{name}/api-keys/{key}/rotate': {
      post: {
        operationId: 'kosliSaasRotateApiKeyPost',
        summary: '`kosli rotate api-key`: a Kosli SaaS feature, 501',
        parameters: [
          {
            name: 'org',
            in: 'path',
            required: true,
            schema: {
              type: 'string',
            },
          },
          {
            name: 'name',
            in: 'path',
            required: true,
            schema: {
              type: 'string',
            },
          },
          {
            name: 'key',
            in: 'path',
            required: true,
            schema: {
              type: 'string',
            },
          },
        ],
        requestBody: {
          required: false,
          content: {
            'application/json': {
              schema: {
                type: 'object',
                additionalProperties: true,
              },
            },
          },
        },
        responses: {
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
    },
    '/api/v2/controls/{org}': {
      post: {
        operationId: 'kosliSaasCreateControlPost',
        summary: '`kosli create control`: a Kosli SaaS feature, 501',
        parameters: [
          {
            name: 'org',
            in: 'path',
            required: true,
            schema: {
              type: 'string',
            },
          },
        ],
        requestBody: {
          required: false,
          content: {
            'application/json': {
              schema: {
                type: 'object',
                additionalProperties: true,
              },
            },
          },
        },
        responses: {
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
      get: {
        operationId: 'kosliSaasListControlsGet',
        summary: '`kosli list controls`: a Kosli SaaS feature, 501',
        parameters: [
          {
            name: 'org',
            in: 'path',
            required: true,
            schema: {
              type: 'string',
            },
          },
        ],
        responses: {
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
    },
    '/api/v2/controls/{org}/{control}': {
      get: {
        operationId: 'kosliSaasGetControlGet',
        summary: '`kosli get control`: a Kosli SaaS feature, 501',
        parameters: [
          {
            name: 'org',
            in: 'path',
            required: true,
            schema: {
              type: 'string',
            },
          },
          {
            name: 'control',
            in: 'path',
            required: true,
            schema: {
              type: 'string',
            },
          },
        ],
        responses: {
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
      put: {
        operationId: 'kosliSaasUpdateControlPut',
        summary: '`kosli update control`: a Kosli SaaS feature, 501',
        parameters: [
          {
            name: 'org',
            in: 'path',
            required: true,
            schema: {
              type: 'string',
            },
          },
          {
            name: 'control',
            in: 'path',
            required: true,
            schema: {
              type: 'string',
            },
          },
        ],
        requestBody: {
          required: false,
          content: {
            'application/json': {
              schema: {
                type: 'object',
                additionalProperties: true,
              },
            },
          },
        },
        responses: {
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
    },
    '/api/v2/controls/{org}/{control}/archive': {
      post: {
        operationId: 'kosliSaasArchiveControlPost',
        summary: '`kosli archive control`: a Kosli SaaS feature, 501',
        parameters: [
          {
            name: 'org',
            in: 'path',
            required: true,
            schema: {
              type: 'string',
            },
          },
          {
            name: 'control',
            in: 'path',
            required: true,
            schema: {
              type: 'string',
            },
          },
        ],
        requestBody: {
          required: false,
          content: {
            'application/json': {
              schema: {
                type: 'object',
                additionalProperties: true,
              },
            },
          },
        },
        responses: {
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
    },
    '/api/v2/controls/{org}/{control}/unarchive': {
      post: {
        operationId: 'kosliSaasUnarchiveControlPost',
        summary: '`kosli unarchive control`: a Kosli SaaS feature, 501',
        parameters: [
          {
            name: 'org',
            in: 'path',
            required: true,
            schema: {
              type: 'string',
            },
          },
          {
            name: 'control',
            in: 'path',
            required: true,
            schema: {
              type: 'string',
            },
          },
        ],
        requestBody: {
          required: false,
          content: {
            'application/json': {
              schema: {
                type: 'object',
                additionalProperties: true,
              },
            },
          },
        },
        responses: {
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
    },
    '/api/v2/attestations/{org}/{flow}/trail/{trail}/system': {
      post: {
        operationId: 'kosliSaasAttestDecisionPost',
        summary: '`kosli attest decision`: a Kosli SaaS feature, 501',
        parameters: [
          {
            name: 'org',
            in: 'path',
            required: true,
            schema: {
              type: 'string',
            },
          },
          {
            name: 'flow',
            in: 'path',
            required: true,
            schema: {
              type: 'string',
            },
          },
          {
            name: 'trail',
            in: 'path',
            required: true,
            schema: {
              type: 'string',
            },
          },
        ],
        requestBody: {
          required: false,
          content: {
            'application/json': {
              schema: {
                type: 'object',
                additionalProperties: true,
              },
            },
          },
        },
        responses: {
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
    },
    '/api/v2/custom-attestation-types/{org}': {
      parameters: [
        {
          $ref: '#/components/parameters/org',
        },
      ],
      post: {
        operationId: 'kosliCreateAttestationType',
        summary:
          '`kosli create attestation-type NAME [--schema FILE] [--jq RULE]`: a custom attestation type, or its next version (factstore.flow.manage)',
        parameters: [
          {
            $ref: '#/components/parameters/dryRun',
          },
        ],
        requestBody: {
          required: true,
          content: {
            'multipart/form-data': {
              schema: {
                $ref: '#/components/schemas/KosliAttestationTypeUpload',
              },
            },
            'application/json': {
              schema: {
                $ref: '#/components/schemas/KosliAttestationTypeRequest',
              },
            },
          },
        },
        responses: {
          '200': {
            description: 'A new version of an existing type',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/KosliAttestationType',
                },
              },
            },
          },
          '201': {
            description: 'Created',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/KosliAttestationType',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '403': {
            $ref: '#/components/responses/Forbidden',
          },
          '413': {
            $ref: '#/components/responses/PayloadTooLarge',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
      get: {
        operationId: 'kosliListAttestationTypes',
        summary:
          "`kosli list attestation-types`: the org's types, archived ones left out",
        responses: {
          '200': {
            description: 'The types, by name',
            content: {
              'application/json': {
                schema: {
                  type: 'array',
                  items: {
                    $ref: '#/components/schemas/KosliAttestationType',
                  },
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
    },
    '/api/v2/custom-attestation-types/{org}/{type}': {
      parameters: [
        {
          $ref: '#/components/parameters/org',
        },
        {
          name: 'type',
          in: 'path',
          required: true,
          schema: {
            type: 'string',
          },
        },
      ],
      get: {
        operationId: 'kosliGetAttestationType',
        summary:
          '`kosli get attestation-type NAME[@vN]`: a type with its versions (or the one asked for)',
        parameters: [
          {
            name: 'version',
            in: 'query',
            schema: {
              type: 'integer',
              minimum: 1,
            },
          },
        ],
        responses: {
          '200': {
            description: 'The type',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/KosliAttestationType',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
    },
    '/api/v2/custom-attestation-types/{org}/{type}/archive': {
      parameters: [
        {
          $ref: '#/components/parameters/org',
        },
        {
          name: 'type',
          in: 'path',
          required: true,
          schema: {
            type: 'string',
          },
        },
      ],
      put: {
        operationId: 'kosliArchiveAttestationType',
        summary:
          '`kosli archive attestation-type NAME`: hidden from lists, refused by `attest custom` (factstore.flow.manage)',
        parameters: [
          {
            $ref: '#/components/parameters/dryRun',
          },
        ],
        responses: {
          '200': {
            description: 'The archived type',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/KosliAttestationType',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '403': {
            $ref: '#/components/responses/Forbidden',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
    },
    '/api/v2/policies/{org}': {
      put: {
        operationId: 'kosliSaasCreatePolicyPut',
        summary: '`kosli create policy`: a Kosli SaaS feature, 501',
        parameters: [
          {
            name: 'org',
            in: 'path',
            required: true,
            schema: {
              type: 'string',
            },
          },
        ],
        requestBody: {
          required: false,
          content: {
            'application/json': {
              schema: {
                type: 'object',
                additionalProperties: true,
              },
            },
          },
        },
        responses: {
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
      get: {
        operationId: 'kosliSaasListPoliciesGet',
        summary: '`kosli list policies`: a Kosli SaaS feature, 501',
        parameters: [
          {
            name: 'org',
            in: 'path',
            required: true,
            schema: {
              type: 'string',
            },
          },
        ],
        responses: {
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
    },
    '/api/v2/policies/{org}/{policy}': {
      get: {
        operationId: 'kosliSaasGetPolicyGet',
        summary: '`kosli get policy`: a Kosli SaaS feature, 501',
        parameters: [
          {
            name: 'org',
            in: 'path',
            required: true,
            schema: {
              type: 'string',
            },
          },
          {
            name: 'policy',
            in: 'path',
            required: true,
            schema: {
              type: 'string',
            },
          },
        ],
        responses: {
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
    },
    '/api/v2/environments/{org}/{env}/policies': {
      post: {
        operationId: 'kosliSaasAttachPolicyPost',
        summary: '`kosli attach-policy`: a Kosli SaaS feature, 501',
        parameters: [
          {
            name: 'org',
            in: 'path',
            required: true,
            schema: {
              type: 'string',
            },
          },
          {
            name: 'env',
            in: 'path',
            required: true,
            schema: {
              type: 'string',
            },
          },
        ],
        requestBody: {
          required: false,
          content: {
            'application/json': {
              schema: {
                type: 'object',
                additionalProperties: true,
              },
            },
          },
        },
        responses: {
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
      delete: {
        operationId: 'kosliSaasDetachPolicyDelete',
        summary: '`kosli detach-policy`: a Kosli SaaS feature, 501',
        parameters: [
          {
            name: 'org',
            in: 'path',
            required: true,
            schema: {
              type: 'string',
            },
          },
          {
            name: 'env',
            in: 'path',
            required: true,
            schema: {
              type: 'string',
            },
          },
        ],
        responses: {
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
    },
    '/api/v2/repos/{org}': {
      get: {
        operationId: 'kosliSaasListReposGet',
        summary: '`kosli list repos`: a Kosli SaaS feature, 501',
        parameters: [
          {
            name: 'org',
            in: 'path',
            required: true,
            schema: {
              type: 'string',
            },
          },
        ],
        responses: {
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
    },
    '/api/v2/repos/{org}/{repo}': {
      get: {
        operationId: 'kosliSaasGetRepoGet',
        summary: '`kosli get repo`: a Kosli SaaS feature, 501',
        parameters: [
          {
            name: 'org',
            in: 'path',
            required: true,
            schema: {
              type: 'string',
            },
          },
          {
            name: 'repo',
            in: 'path',
            required: true,
            schema: {
              type: 'string',
            },
          },
        ],
        responses: {
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
    },
    '/api/v2/tags/{org}/{kind}/{id}': {
      patch: {
        operationId: 'kosliSaasTagPatch',
        summary: '`kosli tag`: a Kosli SaaS feature, 501',
        parameters: [
          {
            name: 'org',
            in: 'path',
            required: true,
            schema: {
              type: 'string',
            },
          },
          {
            name: 'kind',
            in: 'path',
            required: true,
            schema: {
              type: 'string',
            },
          },
          {
            name: 'id',
            in: 'path',
            required: true,
            schema: {
              type: 'string',
            },
          },
        ],
        requestBody: {
          required: false,
          content: {
            'application/json': {
              schema: {
                type: 'object',
                additionalProperties: true,
              },
            },
          },
        },
        responses: {
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
    },
    '/api/v2/organizations/{org}/experimental_features': {
      put: {
        operationId: 'kosliSaasEnableBetaDisableBetaPut',
        summary:
          '`kosli enable beta / disable beta`: a Kosli SaaS feature, 501',
        parameters: [
          {
            name: 'org',
            in: 'path',
            required: true,
            schema: {
              type: 'string',
            },
          },
        ],
        requestBody: {
          required: false,
          content: {
            'application/json': {
              schema: {
                type: 'object',
                additionalProperties: true,
              },
            },
          },
        },
        responses: {
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
    },
    '/api/v2/user/default-org': {
      get: {
        operationId: 'kosliSaasGetDefaultOrgGet',
        summary: '`kosli get default-org`: a Kosli SaaS feature, 501',
        responses: {
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
    },
    '/api/v2/user/{org}': {
      put: {
        operationId: 'kosliSaasUpdateDefaultOrgPut',
        summary: '`kosli update default-org`: a Kosli SaaS feature, 501',
        parameters: [
          {
            name: 'org',
            in: 'path',
            required: true,
            schema: {
              type: 'string',
            },
          },
        ],
        requestBody: {
          required: false,
          content: {
            'application/json': {
              schema: {
                type: 'object',
                additionalProperties: true,
              },
            },
          },
        },
        responses: {
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
    },
  },
  components: {
    securitySchemes: {
      BackstageToken: {
        type: 'http',
        scheme: 'bearer',
        description:
          "A Backstage user token (sign-in) or service token (a CI's static token)",
      },
    },
    parameters: {
      id: {
        name: 'id',
        in: 'path',
        required: true,
        description: "The resource's UUID",
        schema: {
          $ref: '#/components/schemas/Uuid',
        },
      },
      flowId: {
        name: 'flowId',
        in: 'path',
        required: true,
        description: "The flow's UUID",
        schema: {
          $ref: '#/components/schemas/Uuid',
        },
      },
      trailId: {
        name: 'trailId',
        in: 'path',
        required: true,
        description: "The trail's UUID",
        schema: {
          $ref: '#/components/schemas/Uuid',
        },
      },
      approvalId: {
        name: 'approvalId',
        in: 'path',
        required: true,
        description: "The approval's UUID",
        schema: {
          $ref: '#/components/schemas/Uuid',
        },
      },
      entryId: {
        name: 'entryId',
        in: 'path',
        required: true,
        description: "The allow-list entry's UUID",
        schema: {
          $ref: '#/components/schemas/Uuid',
        },
      },
      recordId: {
        name: 'recordId',
        in: 'path',
        required: true,
        description:
          'The id of the record (attestation, gate result, …) the ledger entry is about',
        schema: {
          type: 'string',
          minLength: 1,
          maxLength: 255,
        },
      },
      org: {
        name: 'org',
        in: 'path',
        required: true,
        description: 'The Kosli organisation',
        schema: {
          $ref: '#/components/schemas/Name',
        },
      },
      flow: {
        name: 'flow',
        in: 'path',
        required: true,
        description: "The flow's name",
        schema: {
          $ref: '#/components/schemas/Name',
        },
      },
      trail: {
        name: 'trail',
        in: 'path',
        required: true,
        description: "The trail's name",
        schema: {
          $ref: '#/components/schemas/Name',
        },
      },
      env: {
        name: 'env',
        in: 'path',
        required: true,
        description: "The environment's name",
        schema: {
          $ref: '#/components/schemas/Name',
        },
      },
      limit: {
        name: 'limit',
        in: 'query',
        description: 'At most this many (1-1000, default 100)',
        schema: {
          type: 'integer',
          minimum: 1,
          maximum: 1000,
        },
      },
      offset: {
        name: 'offset',
        in: 'query',
        description: 'Skip this many first (default 0)',
        schema: {
          type: 'integer',
          minimum: 0,
        },
      },
      page: {
        name: 'page',
        in: 'query',
        description: 'The page, from 0 (default 0)',
        schema: {
          type: 'integer',
          minimum: 0,
        },
      },
      size: {
        name: 'size',
        in: 'query',
        description: 'Entries per page (1-1000, default 20)',
        schema: {
          type: 'integer',
          minimum: 1,
          maximum: 1000,
        },
      },
      archive: {
        name: 'archive',
        in: 'query',
        description:
          '`true` archives (hidden from lists, restorable) instead of deleting (default `false`)',
        schema: {
          type: 'string',
          enum: ['true', 'false'],
        },
      },
      complianceStatus: {
        name: 'complianceStatus',
        in: 'query',
        description:
          'Only trails with this compliance status (`COMPLIANT`, `NON-COMPLIANT`, `INCOMPLETE`; any case, `_` for `-`)',
        schema: {
          type: 'string',
        },
      },
      days: {
        name: 'days',
        in: 'query',
        description:
          'Only the last this many days (1-3650); everything when absent',
        schema: {
          type: 'integer',
          minimum: 1,
          maximum: 3650,
        },
      },
      dryRun: {
        name: 'X-Dry-Run',
        in: 'header',
        description:
          '`true` validates and answers as if done, storing nothing; routes that call an outside system (Vault, Jira, Confluence, Slack) refuse it with 400',
        schema: {
          type: 'string',
          enum: ['true', 'false'],
        },
      },
      orgSlug: {
        name: 'slug',
        in: 'path',
        required: true,
        description: 'The organisation',
        schema: {
          type: 'string',
        },
      },
      slackSignature: {
        name: 'X-Slack-Signature',
        in: 'header',
        schema: {
          type: 'string',
        },
      },
      slackTimestamp: {
        name: 'X-Slack-Request-Timestamp',
        in: 'header',
        schema: {
          type: 'string',
        },
      },
      vaultEntityType: {
        name: 'entityType',
        in: 'path',
        required: true,
        schema: {
          type: 'string',
        },
      },
      vaultEntityId: {
        name: 'entityId',
        in: 'path',
        required: true,
        schema: {
          type: 'string',
        },
      },
      evidenceType: {
        name: 'evidenceType',
        in: 'query',
        schema: {
          type: 'string',
        },
      },
    },
    responses: {
      BadRequest: {
        description:
          'The request is invalid; the message names the field and what is expected',
        content: {
          'application/json': {
            schema: {
              $ref: '#/components/schemas/Error',
            },
          },
        },
      },
      Unauthorized: {
        description: 'Missing or invalid Backstage credentials',
        content: {
          'application/json': {
            schema: {
              $ref: '#/components/schemas/Error',
            },
          },
        },
      },
      Forbidden: {
        description:
          "The permission policy denied the request, or the caller's kind may not make it",
        content: {
          'application/json': {
            schema: {
              $ref: '#/components/schemas/Error',
            },
          },
        },
      },
      NotFound: {
        description: 'No such resource',
        content: {
          'application/json': {
            schema: {
              $ref: '#/components/schemas/Error',
            },
          },
        },
      },
      Conflict: {
        description:
          'The change clashes with what is stored (a duplicate name, a resource in use)',
        content: {
          'application/json': {
            schema: {
              $ref: '#/components/schemas/Error',
            },
          },
        },
      },
      Unprocessable: {
        description:
          'A business rule refuses the request (e.g. a referenced resource does not exist)',
        content: {
          'application/json': {
            schema: {
              $ref: '#/components/schemas/Error',
            },
          },
        },
      },
      PayloadTooLarge: {
        description: 'The body, an uploaded file or a field is above its limit',
        content: {
          'application/json': {
            schema: {
              $ref: '#/components/schemas/Error',
            },
          },
        },
      },
      UnsupportedMediaType: {
        description:
          'The body is in a charset or Content-Encoding the plugin cannot read',
        content: {
          'application/json': {
            schema: {
              $ref: '#/components/schemas/Error',
            },
          },
        },
      },
      BadGateway: {
        description: 'The OPA server answered with an error or did not answer',
        content: {
          'application/json': {
            schema: {
              $ref: '#/components/schemas/Error',
            },
          },
        },
      },
      Error: {
        description:
          'Any other error, e.g. 503 while the database is unavailable',
        content: {
          'application/json': {
            schema: {
              $ref: '#/components/schemas/Error',
            },
          },
        },
      },
    },
    schemas: {
      Error: {
        type: 'object',
        description: "The Backstage backend's error shape",
        required: ['error'],
        properties: {
          error: {
            type: 'object',
            required: ['name', 'message'],
            properties: {
              name: {
                type: 'string',
              },
              message: {
                type: 'string',
              },
            },
            additionalProperties: true,
          },
          request: {
            type: 'object',
            properties: {
              method: {
                type: 'string',
              },
              url: {
                type: 'string',
              },
            },
          },
          response: {
            type: 'object',
            properties: {
              statusCode: {
                type: 'integer',
              },
            },
          },
        },
      },
      Health: {
        type: 'object',
        required: ['status'],
        properties: {
          status: {
            type: 'string',
            enum: ['healthy', 'unhealthy'],
          },
          timestamp: {
            type: 'string',
          },
          version: {
            type: 'string',
          },
        },
      },
      Uuid: {
        type: 'string',
        format: 'uuid',
      },
      Name: {
        type: 'string',
        description:
          '1-255 letters, digits, `.`, `_`, `~` or `-`, starting with a letter or digit',
        pattern: '^[A-Za-z0-9][A-Za-z0-9._~-]{0,254}$',
      },
      AttestationType: {
        type: 'string',
        description: '1-64 letters, digits, `.`, `_` or `-`',
        pattern: '^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$',
      },
      Digest: {
        type: 'string',
        description: 'A SHA-256 digest, `sha256:<64 hex>` or 64 hex characters',
      },
      Object: {
        type: 'object',
        additionalProperties: true,
      },
      Flow: {
        type: 'object',
        required: [
          'id',
          'org',
          'name',
          'description',
          'requiredAttestations',
          'tags',
          'requiresApproval',
          'createdBy',
          'createdAt',
          'archived',
        ],
        properties: {
          id: {
            type: 'string',
          },
          org: {
            type: 'string',
          },
          name: {
            type: 'string',
          },
          description: {
            type: 'string',
          },
          requiredAttestations: {
            type: 'array',
            items: {
              type: 'string',
            },
          },
          tags: {
            type: 'object',
            additionalProperties: {
              type: 'string',
            },
          },
          requiresApproval: {
            type: 'boolean',
          },
          hasTemplate: {
            type: 'boolean',
          },
          createdBy: {
            type: 'string',
          },
          createdAt: {
            type: 'string',
          },
          updatedAt: {
            type: 'string',
          },
          archived: {
            type: 'boolean',
          },
          archivedAt: {
            type: 'string',
          },
          archivedBy: {
            type: 'string',
          },
        },
        additionalProperties: true,
      },
      CreateFlowRequest: {
        type: 'object',
        required: ['name'],
        properties: {
          name: {
            $ref: '#/components/schemas/Name',
          },
          org: {
            $ref: '#/components/schemas/Name',
            description: 'Default `default`',
          },
          description: {
            type: 'string',
            maxLength: 4000,
          },
          requiredAttestations: {
            type: 'array',
            maxItems: 100,
            description: 'The attestation types a compliant trail needs',
            items: {
              $ref: '#/components/schemas/AttestationType',
            },
          },
          tags: {
            type: 'object',
            additionalProperties: {
              type: 'string',
              maxLength: 1000,
            },
          },
          requiresApproval: {
            type: 'boolean',
            description:
              'Whether a compliant artifact needs an approved approval (default false)',
          },
          templateYaml: {
            type: 'string',
            maxLength: 100000,
            description:
              'A Kosli flow template; its attestation types are added to `requiredAttestations`',
          },
        },
      },
      UpdateFlowRequest: {
        type: 'object',
        description: 'The fields to change',
        properties: {
          name: {
            $ref: '#/components/schemas/Name',
          },
          org: {
            $ref: '#/components/schemas/Name',
          },
          description: {
            type: 'string',
            maxLength: 4000,
          },
          requiredAttestations: {
            type: 'array',
            maxItems: 100,
            items: {
              $ref: '#/components/schemas/AttestationType',
            },
          },
          tags: {
            type: 'object',
            additionalProperties: {
              type: 'string',
              maxLength: 1000,
            },
          },
          requiresApproval: {
            type: 'boolean',
          },
          templateYaml: {
            type: 'string',
            maxLength: 100000,
          },
        },
      },
      SecurityThresholds: {
        type: 'object',
        description:
          "The most vulnerabilities of each severity a compliant artifact's scans may report",
        properties: {
          flowId: {
            type: 'string',
          },
          maxCritical: {
            type: 'integer',
          },
          maxHigh: {
            type: 'integer',
          },
          maxMedium: {
            type: 'integer',
          },
          maxLow: {
            type: ['integer', 'null'],
          },
          isDefault: {
            type: 'boolean',
            description: 'True until thresholds are set for the flow',
          },
        },
        additionalProperties: true,
      },
      SetSecurityThresholdsRequest: {
        type: 'object',
        properties: {
          maxCritical: {
            type: 'integer',
            minimum: 0,
            maximum: 2147483647,
            description: 'Default 0',
          },
          maxHigh: {
            type: 'integer',
            minimum: 0,
            maximum: 2147483647,
            description: 'Default 0',
          },
          maxMedium: {
            type: 'integer',
            minimum: 0,
            maximum: 2147483647,
            description: 'Default 10',
          },
          maxLow: {
            type: ['integer', 'null'],
            minimum: 0,
            maximum: 2147483647,
            description: 'Default null (no limit)',
          },
        },
      },
      Trail: {
        type: 'object',
        required: [
          'id',
          'flowId',
          'name',
          'description',
          'createdBy',
          'createdAt',
        ],
        properties: {
          id: {
            type: 'string',
          },
          flowId: {
            type: 'string',
          },
          name: {
            type: 'string',
          },
          description: {
            type: 'string',
          },
          gitCommitSha: {
            type: 'string',
          },
          gitBranch: {
            type: 'string',
          },
          gitAuthor: {
            type: 'string',
          },
          gitAuthorEmail: {
            type: 'string',
          },
          pullRequestNumber: {
            type: 'integer',
          },
          buildUrl: {
            type: 'string',
          },
          originUrl: {
            type: 'string',
          },
          ciContext: {
            type: 'string',
          },
          extra: {
            type: 'object',
            additionalProperties: true,
          },
          createdBy: {
            type: 'string',
          },
          createdAt: {
            type: 'string',
          },
          updatedAt: {
            type: 'string',
          },
          complianceStatus: {
            $ref: '#/components/schemas/TrailComplianceStatus',
          },
          compliance: {
            type: 'object',
            description:
              'The attestations and approvals that decided the status',
            additionalProperties: true,
          },
        },
        additionalProperties: true,
      },
      TrailComplianceStatus: {
        type: 'string',
        enum: ['COMPLIANT', 'NON-COMPLIANT', 'INCOMPLETE'],
      },
      CreateTrailRequest: {
        type: 'object',
        required: ['flowId'],
        description: 'Optional fields may also be sent as null (absent)',
        properties: {
          flowId: {
            $ref: '#/components/schemas/Uuid',
          },
          name: {
            anyOf: [
              {
                $ref: '#/components/schemas/Name',
              },
              {
                type: 'null',
              },
            ],
          },
          description: {
            type: 'string',
            maxLength: 4000,
          },
          gitCommitSha: {
            type: ['string', 'null'],
            pattern: '^[0-9a-fA-F]{4,64}$',
          },
          gitBranch: {
            type: ['string', 'null'],
            maxLength: 255,
          },
          gitAuthor: {
            type: ['string', 'null'],
            maxLength: 255,
          },
          gitAuthorEmail: {
            type: ['string', 'null'],
            maxLength: 255,
          },
          pullRequestNumber: {
            type: ['integer', 'null'],
            minimum: 1,
            maximum: 2147483647,
          },
          buildUrl: {
            type: ['string', 'null'],
            description: 'An http(s) URL',
          },
          ciEnvironment: {
            type: 'object',
            description:
              "The CI's environment variables, read when `X-Factstore-CI-Context` names the CI",
            additionalProperties: {
              type: 'string',
              maxLength: 4000,
            },
          },
        },
      },
      Artifact: {
        type: 'object',
        required: ['id', 'trailId', 'sha256', 'name'],
        properties: {
          id: {
            type: 'string',
          },
          trailId: {
            type: 'string',
          },
          sha256: {
            type: 'string',
          },
          sha256Digest: {
            type: 'string',
            description: '`sha256:<hex>`',
          },
          name: {
            type: 'string',
          },
          tag: {
            type: 'string',
          },
          registry: {
            type: 'string',
          },
          templateReferenceName: {
            type: 'string',
          },
          reportedBy: {
            type: 'string',
          },
          reportedAt: {
            type: 'string',
          },
        },
        additionalProperties: true,
      },
      ReportArtifactRequest: {
        type: 'object',
        required: ['name', 'sha256Digest'],
        properties: {
          name: {
            type: 'string',
            minLength: 1,
            maxLength: 512,
          },
          sha256Digest: {
            $ref: '#/components/schemas/Digest',
          },
          tag: {
            type: 'string',
            maxLength: 255,
          },
          registry: {
            type: 'string',
            maxLength: 512,
          },
        },
      },
      AttestationStatus: {
        type: 'string',
        enum: ['PASSED', 'FAILED', 'PENDING'],
      },
      Attestation: {
        type: 'object',
        required: ['id', 'trailId', 'type', 'name', 'status', 'createdAt'],
        properties: {
          id: {
            type: 'string',
          },
          trailId: {
            type: 'string',
          },
          type: {
            type: 'string',
          },
          name: {
            type: 'string',
          },
          status: {
            $ref: '#/components/schemas/AttestationStatus',
          },
          artifactSha256: {
            type: 'string',
          },
          description: {
            type: 'string',
          },
          details: {
            type: 'object',
            additionalProperties: true,
          },
          evidence: {
            type: 'object',
            properties: {
              sha256: {
                type: 'string',
              },
              fileName: {
                type: 'string',
              },
              sizeBytes: {
                type: 'integer',
              },
            },
          },
          claimedStatus: {
            $ref: '#/components/schemas/AttestationStatus',
          },
          statusReason: {
            type: 'string',
          },
          attestedBy: {
            type: 'string',
          },
          createdAt: {
            type: 'string',
          },
        },
        additionalProperties: true,
      },
      RecordAttestationRequest: {
        type: 'object',
        required: ['type'],
        properties: {
          type: {
            $ref: '#/components/schemas/AttestationType',
          },
          status: {
            $ref: '#/components/schemas/AttestationStatus',
            description: 'PENDING when left out, as OpenFactstore has it',
          },
          name: {
            type: 'string',
            minLength: 1,
            maxLength: 255,
            description: 'Default the type',
          },
          description: {
            type: 'string',
            maxLength: 4000,
          },
          details: {
            type: 'string',
            maxLength: 4000,
            description:
              "OpenFactstore's free text; the description when none is given",
          },
          metadata: {
            type: 'object',
            additionalProperties: true,
          },
          artifactSha256: {
            $ref: '#/components/schemas/Digest',
            description:
              'The artifact the attestation is about; the whole trail when absent',
          },
        },
      },
      EvidenceUpload: {
        type: 'object',
        description:
          'Exactly one file (any field name), read as a report when its format is known',
        additionalProperties: {
          type: 'string',
          format: 'binary',
        },
      },
      AssertRequest: {
        type: 'object',
        required: ['flowId', 'sha256Digest'],
        properties: {
          flowId: {
            $ref: '#/components/schemas/Uuid',
          },
          sha256Digest: {
            $ref: '#/components/schemas/Digest',
          },
          environmentId: {
            $ref: '#/components/schemas/Uuid',
            description: 'The policies attached to this environment decide too',
          },
          environmentName: {
            type: 'string',
            maxLength: 255,
          },
          org: {
            type: 'string',
            maxLength: 255,
            description: 'The org of `environmentName` (default `default`)',
          },
        },
      },
      Assertion: {
        type: 'object',
        required: [
          'flowId',
          'flowName',
          'sha256Digest',
          'compliant',
          'attestations',
          'missingAttestations',
          'failedAttestations',
          'reasons',
        ],
        properties: {
          flowId: {
            type: 'string',
          },
          flowName: {
            type: 'string',
          },
          sha256Digest: {
            type: 'string',
          },
          checkedAt: {
            type: 'string',
          },
          compliant: {
            type: 'boolean',
          },
          attestations: {
            type: 'array',
            description: 'The latest attestation of each required type',
            items: {
              type: 'object',
              additionalProperties: true,
            },
          },
          missingAttestations: {
            type: 'array',
            items: {
              type: 'string',
            },
          },
          failedAttestations: {
            type: 'array',
            items: {
              type: 'string',
            },
          },
          reasons: {
            type: 'array',
            description:
              'One sentence per reason the artifact is not compliant; empty when it is',
            items: {
              type: 'string',
            },
          },
          approval: {
            type: 'object',
            additionalProperties: true,
          },
          trailId: {
            type: 'string',
          },
          trailName: {
            type: 'string',
          },
          artifactName: {
            type: 'string',
          },
          securityScans: {
            type: 'array',
            items: {
              type: 'object',
              additionalProperties: true,
            },
          },
          verificationSummary: {
            type: 'object',
            additionalProperties: true,
          },
          verificationSummaryEnvelope: {
            type: 'object',
            description: "The summary signed with the ledger's key (DSSE)",
            additionalProperties: true,
          },
        },
        additionalProperties: true,
      },
      EvidenceReceipt: {
        type: 'object',
        required: ['attestationId', 'sha256', 'fileName', 'sizeBytes'],
        properties: {
          attestationId: {
            type: 'string',
          },
          sha256: {
            type: 'string',
            description: '`sha256:<hex>` of the file',
          },
          fileName: {
            type: 'string',
          },
          sizeBytes: {
            type: 'integer',
          },
          status: {
            $ref: '#/components/schemas/AttestationStatus',
            description:
              "The attestation's status once the evidence decided it",
          },
          junit: {
            type: 'object',
            additionalProperties: true,
          },
          securityScan: {
            type: 'object',
            additionalProperties: true,
          },
        },
        additionalProperties: true,
      },
      ApprovalStatus: {
        type: 'string',
        enum: ['PENDING', 'APPROVED', 'REJECTED'],
      },
      Approval: {
        type: 'object',
        required: ['id', 'trailId', 'status', 'requestedBy', 'requestedAt'],
        properties: {
          id: {
            type: 'string',
          },
          trailId: {
            type: 'string',
          },
          status: {
            $ref: '#/components/schemas/ApprovalStatus',
          },
          requestComment: {
            type: 'string',
          },
          requestedBy: {
            type: 'string',
          },
          requestedAt: {
            type: 'string',
          },
          decidedBy: {
            type: 'string',
          },
          decisionComment: {
            type: 'string',
          },
          decidedAt: {
            type: 'string',
          },
        },
        additionalProperties: true,
      },
      CommentRequest: {
        type: 'object',
        properties: {
          comment: {
            type: 'string',
            maxLength: 4000,
          },
        },
      },
      DeploymentPolicy: {
        type: 'object',
        required: ['id', 'name'],
        properties: {
          id: {
            type: 'string',
          },
          name: {
            type: 'string',
          },
          flowId: {
            type: 'string',
          },
          environmentId: {
            type: 'string',
          },
          enforceProvenance: {
            type: 'boolean',
          },
          enforceApprovals: {
            type: 'boolean',
          },
          requiredAttestationTypes: {
            type: 'array',
            items: {
              type: 'string',
            },
          },
        },
        additionalProperties: true,
      },
      DeploymentPolicyRequest: {
        type: 'object',
        properties: {
          name: {
            type: 'string',
            minLength: 1,
            maxLength: 255,
            description: 'Required on create',
          },
          flowId: {
            oneOf: [
              {
                $ref: '#/components/schemas/Uuid',
              },
              {
                type: 'null',
              },
            ],
          },
          environmentId: {
            oneOf: [
              {
                $ref: '#/components/schemas/Uuid',
              },
              {
                type: 'null',
              },
            ],
          },
          enforceProvenance: {
            type: 'boolean',
            description: 'Default true',
          },
          enforceApprovals: {
            type: 'boolean',
            description: 'Default false',
          },
          requiredAttestationTypes: {
            type: 'array',
            maxItems: 100,
            items: {
              $ref: '#/components/schemas/AttestationType',
            },
          },
        },
      },
      GateEvaluateRequest: {
        type: 'object',
        required: ['sha256Digest'],
        properties: {
          sha256Digest: {
            $ref: '#/components/schemas/Digest',
          },
          environmentId: {
            $ref: '#/components/schemas/Uuid',
          },
          environmentName: {
            type: 'string',
            maxLength: 255,
          },
          org: {
            type: 'string',
            maxLength: 255,
            description: 'The org of `environmentName` (default `default`)',
          },
          flowId: {
            $ref: '#/components/schemas/Uuid',
          },
        },
      },
      GateResult: {
        type: 'object',
        required: [
          'id',
          'sha256',
          'sha256Digest',
          'allowed',
          'reasons',
          'evaluatedAt',
        ],
        properties: {
          id: {
            type: 'string',
          },
          sha256: {
            type: 'string',
          },
          sha256Digest: {
            type: 'string',
          },
          environmentId: {
            type: 'string',
          },
          allowed: {
            type: 'boolean',
          },
          reasons: {
            type: 'array',
            items: {
              type: 'object',
              required: ['rule', 'passed', 'message'],
              properties: {
                policyId: {
                  type: 'string',
                },
                policyName: {
                  type: 'string',
                },
                rule: {
                  type: 'string',
                },
                passed: {
                  type: 'boolean',
                },
                message: {
                  type: 'string',
                },
                decisionId: {
                  type: 'string',
                },
              },
              additionalProperties: true,
            },
          },
          evaluatedBy: {
            type: 'string',
          },
          evaluatedAt: {
            type: 'string',
          },
          policyDecisions: {
            type: 'array',
            items: {
              type: 'object',
              additionalProperties: true,
            },
          },
        },
        additionalProperties: true,
      },
      EnvironmentType: {
        type: 'string',
        enum: [
          'K8S',
          'ECS',
          'lambda',
          'S3',
          'docker',
          'server',
          'azure-apps',
          'cloud-run',
        ],
      },
      Environment: {
        type: 'object',
        required: ['id', 'name', 'type'],
        properties: {
          id: {
            type: 'string',
          },
          org: {
            type: 'string',
          },
          name: {
            type: 'string',
          },
          type: {
            type: 'string',
          },
          description: {
            type: 'string',
          },
          environmentIds: {
            type: 'array',
            description: 'The members of a logical environment',
            items: {
              type: 'string',
            },
          },
        },
        additionalProperties: true,
      },
      EnvironmentRequest: {
        type: 'object',
        properties: {
          name: {
            $ref: '#/components/schemas/Name',
            description: 'Required on create',
          },
          org: {
            $ref: '#/components/schemas/Name',
            description: 'Default `default`',
          },
          type: {
            type: 'string',
            description:
              'Required on create: K8S, ECS, lambda, S3, docker, server, azure-apps or cloud-run, in any case (stored as listed)',
          },
          description: {
            type: 'string',
            maxLength: 4000,
          },
        },
      },
      LogicalEnvironmentRequest: {
        type: 'object',
        properties: {
          name: {
            $ref: '#/components/schemas/Name',
            description: 'Required on create',
          },
          org: {
            $ref: '#/components/schemas/Name',
          },
          description: {
            type: 'string',
            maxLength: 4000,
          },
          environmentIds: {
            type: 'array',
            maxItems: 100,
            description: 'The physical environments it groups',
            items: {
              $ref: '#/components/schemas/Uuid',
            },
          },
        },
      },
      Snapshot: {
        type: 'object',
        required: ['index'],
        properties: {
          id: {
            type: 'string',
          },
          environmentId: {
            type: 'string',
          },
          index: {
            type: 'integer',
          },
          artifacts: {
            type: 'array',
            items: {
              type: 'object',
              additionalProperties: true,
            },
          },
        },
        additionalProperties: true,
      },
      SnapshotRequest: {
        type: 'object',
        required: ['artifacts'],
        properties: {
          artifacts: {
            type: 'array',
            maxItems: 10000,
            items: {
              type: 'object',
              required: ['name', 'sha256Digest'],
              properties: {
                name: {
                  type: 'string',
                  minLength: 1,
                  maxLength: 512,
                },
                sha256Digest: {
                  $ref: '#/components/schemas/Digest',
                },
                instance: {
                  type: 'string',
                  maxLength: 512,
                },
              },
            },
          },
        },
      },
      BaselineRequest: {
        type: 'object',
        properties: {
          snapshotIndex: {
            type: 'integer',
            minimum: 1,
            maximum: 2147483647,
            description: 'Default the latest snapshot',
          },
          description: {
            type: 'string',
            maxLength: 4000,
          },
        },
      },
      AllowlistRequest: {
        type: 'object',
        required: ['reason'],
        description: 'Exactly one of `sha256Digest` or `namePattern`',
        properties: {
          sha256Digest: {
            $ref: '#/components/schemas/Digest',
          },
          namePattern: {
            type: 'string',
            minLength: 1,
            maxLength: 255,
            description: 'An artifact name, with at most 3 `*` wildcards',
          },
          reason: {
            type: 'string',
            minLength: 1,
            maxLength: 4000,
          },
          expiresAt: {
            type: 'string',
            format: 'date-time',
          },
        },
      },
      SecurityScanRequest: {
        type: 'object',
        description:
          "A scanner's report in `report` (a document or its text, format detected or named by `format`), a scanner's JSON posted as the body itself, or OpenFactstore's claimed counts (`tool` and the `*Vulnerabilities` counts)",
        properties: {
          report: {
            description:
              'A Trivy, SARIF, Grype, Snyk, CycloneDX or SPDX JSON document, or its text',
          },
          format: {
            type: 'string',
            enum: [
              'trivy-json',
              'sarif',
              'grype-json',
              'snyk-json',
              'cyclonedx',
              'spdx',
            ],
          },
          name: {
            type: 'string',
            minLength: 1,
            maxLength: 255,
          },
          artifactSha256: {
            $ref: '#/components/schemas/Digest',
          },
          scanType: {
            type: 'string',
            maxLength: 64,
          },
          reportUrl: {
            type: 'string',
            maxLength: 2000,
          },
          tool: {
            type: 'string',
            minLength: 1,
            maxLength: 255,
          },
          toolVersion: {
            type: 'string',
            maxLength: 255,
          },
          target: {
            type: 'string',
            maxLength: 2000,
          },
          criticalVulnerabilities: {
            type: 'integer',
            minimum: 0,
          },
          highVulnerabilities: {
            type: 'integer',
            minimum: 0,
          },
          mediumVulnerabilities: {
            type: 'integer',
            minimum: 0,
          },
          lowVulnerabilities: {
            type: 'integer',
            minimum: 0,
          },
          informational: {
            type: 'integer',
            minimum: 0,
          },
        },
        additionalProperties: true,
      },
      SecurityScanUpload: {
        type: 'object',
        required: ['file'],
        description:
          'One report file and the optional fields of a JSON submission',
        properties: {
          file: {
            type: 'string',
            format: 'binary',
          },
          format: {
            type: 'string',
          },
          name: {
            type: 'string',
          },
          artifactSha256: {
            type: 'string',
          },
          scanType: {
            type: 'string',
          },
          reportUrl: {
            type: 'string',
          },
        },
      },
      Policy: {
        type: 'object',
        required: ['id', 'name', 'language'],
        properties: {
          id: {
            type: 'string',
          },
          name: {
            type: 'string',
          },
          description: {
            type: 'string',
          },
          orgSlug: {
            type: ['string', 'null'],
          },
          language: {
            type: 'string',
            enum: ['cel', 'rego'],
          },
          rules: {
            type: 'array',
            items: {
              type: 'object',
              additionalProperties: true,
            },
          },
        },
        additionalProperties: true,
      },
      PolicyRequest: {
        type: 'object',
        properties: {
          name: {
            type: 'string',
            minLength: 1,
            maxLength: 255,
            description: 'Required on create',
          },
          description: {
            type: 'string',
            maxLength: 10000,
          },
          orgSlug: {
            type: ['string', 'null'],
            maxLength: 255,
          },
          language: {
            type: 'string',
            enum: ['cel', 'rego'],
            description: 'Default `cel`',
          },
          rules: {
            type: 'array',
            maxItems: 100,
            items: {
              type: 'object',
              required: ['name', 'expression'],
              properties: {
                name: {
                  type: 'string',
                  minLength: 1,
                  maxLength: 255,
                },
                expression: {
                  type: 'string',
                  minLength: 1,
                  maxLength: 10000,
                },
                message: {
                  type: 'string',
                  maxLength: 1000,
                },
              },
            },
          },
          entrypoint: {
            type: ['string', 'null'],
            description:
              'The Rego rule of the bundle that decides, e.g. `factstore/allow`',
          },
          bundleId: {
            oneOf: [
              {
                $ref: '#/components/schemas/Uuid',
              },
              {
                type: 'null',
              },
            ],
          },
          enforceProvenance: {
            type: 'boolean',
          },
          enforceTrailCompliance: {
            type: 'boolean',
          },
          requiredAttestationTypes: {
            type: 'array',
            maxItems: 100,
            items: {
              $ref: '#/components/schemas/AttestationType',
            },
          },
        },
      },
      PolicyAttachment: {
        type: 'object',
        required: ['id', 'policyId', 'environmentId'],
        properties: {
          id: {
            type: 'string',
          },
          policyId: {
            type: 'string',
          },
          environmentId: {
            type: 'string',
          },
        },
        additionalProperties: true,
      },
      PolicyAttachmentRequest: {
        type: 'object',
        required: ['policyId', 'environmentId'],
        properties: {
          policyId: {
            $ref: '#/components/schemas/Uuid',
          },
          environmentId: {
            $ref: '#/components/schemas/Uuid',
          },
        },
      },
      OpaBundle: {
        type: 'object',
        required: ['id'],
        properties: {
          id: {
            type: 'string',
          },
          name: {
            type: 'string',
          },
          version: {
            type: 'string',
          },
          active: {
            type: 'boolean',
          },
        },
        additionalProperties: true,
      },
      OpaBundleUpload: {
        type: 'object',
        required: ['bundle'],
        properties: {
          bundle: {
            type: 'string',
            format: 'binary',
            description:
              'An OPA bundle (tar.gz of Rego modules and data), or one .rego file',
          },
          name: {
            type: 'string',
            minLength: 1,
            maxLength: 255,
          },
          version: {
            type: 'string',
            minLength: 1,
            maxLength: 255,
          },
          entrypoints: {
            type: 'string',
            maxLength: 2000,
            description:
              'Comma-separated entrypoints to compile to WebAssembly',
          },
          activate: {
            type: 'string',
            enum: ['true', 'false'],
          },
          orgSlug: {
            type: 'string',
            maxLength: 255,
          },
        },
      },
      OpaEvaluateRequest: {
        type: 'object',
        properties: {
          bundleId: {
            $ref: '#/components/schemas/Uuid',
          },
          entrypoint: {
            type: 'string',
          },
          input: {
            type: 'object',
            additionalProperties: true,
            description:
              "The input document; built from the artifact's evidence when `sha256Digest` is given instead",
          },
          sha256Digest: {
            $ref: '#/components/schemas/Digest',
          },
          environmentId: {
            $ref: '#/components/schemas/Uuid',
          },
          environmentName: {
            type: 'string',
            maxLength: 255,
          },
          org: {
            type: 'string',
            maxLength: 255,
          },
          flowId: {
            $ref: '#/components/schemas/Uuid',
          },
          artifactName: {
            type: 'string',
            maxLength: 512,
          },
          artifactVersion: {
            type: 'string',
            maxLength: 255,
          },
          environment: {
            type: 'string',
            maxLength: 255,
          },
          attestations: {
            type: 'array',
            maxItems: 1000,
            items: {
              type: 'object',
              additionalProperties: true,
            },
          },
          approvalStatus: {
            type: 'string',
            maxLength: 64,
          },
        },
      },
      PolicyDecision: {
        type: 'object',
        required: ['id'],
        properties: {
          id: {
            type: 'string',
          },
        },
        additionalProperties: true,
      },
      VerifyChainRequest: {
        type: 'object',
        properties: {
          from: {
            type: 'string',
            format: 'date-time',
          },
          to: {
            type: 'string',
            format: 'date-time',
          },
        },
      },
      KosliFlowRequest: {
        type: 'object',
        required: ['name'],
        properties: {
          name: {
            $ref: '#/components/schemas/Name',
          },
          description: {
            type: 'string',
            maxLength: 4000,
          },
          visibility: {
            type: 'string',
          },
          template: {
            type: 'array',
            maxItems: 100,
            description:
              'Legacy `--template artifact,unit-test`, the attestation names an artifact needs',
            items: {
              type: 'string',
            },
          },
        },
        additionalProperties: true,
      },
      KosliMultipart: {
        type: 'object',
        required: ['data_json'],
        description:
          "The Kosli CLI's form, the JSON payload in `data_json` and at most one file",
        properties: {
          data_json: {
            type: 'string',
            description: 'The JSON payload, as the JSON body would carry it',
          },
        },
        additionalProperties: {
          type: 'string',
          format: 'binary',
        },
      },
      KosliTemplateUpload: {
        type: 'object',
        required: ['data_json', 'template_file'],
        properties: {
          data_json: {
            type: 'string',
            description: 'The flow: `{"name": …, "description": …}`',
          },
          template_file: {
            type: 'string',
            format: 'binary',
            description: 'The flow template (YAML)',
          },
        },
      },
      KosliAttestationTypeRequest: {
        type: 'object',
        required: ['name'],
        description: 'createAttestationType.go `CreateAttestationTypePayload`',
        properties: {
          name: {
            type: 'string',
          },
          description: {
            type: 'string',
          },
          evaluator: {
            type: ['object', 'null'],
            properties: {
              content_type: {
                type: 'string',
                enum: ['jq'],
              },
              rules: {
                type: ['array', 'null'],
                items: {
                  type: 'string',
                },
              },
            },
          },
          summary: {
            type: ['array', 'null'],
            items: {
              type: 'object',
              required: ['name', 'expression'],
              properties: {
                name: {
                  type: 'string',
                },
                expression: {
                  type: 'string',
                },
              },
            },
          },
        },
      },
      KosliAttestationTypeUpload: {
        type: 'object',
        required: ['data_json'],
        properties: {
          data_json: {
            type: 'string',
            description: 'The KosliAttestationTypeRequest as JSON',
          },
          type_schema: {
            type: 'string',
            format: 'binary',
            description:
              'The JSON Schema the attestation data must match (`--schema`)',
          },
        },
      },
      KosliAttestationType: {
        type: 'object',
        description:
          'What getAttestationType.go and listAttestationTypes.go read',
        required: [
          'name',
          'description',
          'org',
          'archived',
          'created_by',
          'created_at',
          'last_modified_at',
          'versions',
        ],
        properties: {
          name: {
            type: 'string',
          },
          description: {
            type: 'string',
          },
          org: {
            type: 'string',
          },
          archived: {
            type: 'boolean',
          },
          created_by: {
            type: 'string',
          },
          created_at: {
            type: 'number',
            description: 'Unix seconds',
          },
          last_modified_at: {
            type: 'number',
            description: 'Unix seconds',
          },
          versions: {
            type: 'array',
            items: {
              type: 'object',
              required: [
                'version',
                'timestamp',
                'created_by',
                'type_schema',
                'evaluator',
                'summary',
              ],
              properties: {
                version: {
                  type: 'integer',
                },
                timestamp: {
                  type: 'number',
                  description: 'Unix seconds',
                },
                created_by: {
                  type: 'string',
                },
                type_schema: {
                  type: ['object', 'null'],
                },
                evaluator: {
                  type: ['object', 'null'],
                  properties: {
                    content_type: {
                      type: 'string',
                    },
                    rules: {
                      type: 'array',
                      items: {
                        type: 'string',
                      },
                    },
                  },
                },
                summary: {
                  type: ['array', 'null'],
                  items: {
                    type: 'object',
                    properties: {
                      name: {
                        type: 'string',
                      },
                      expression: {
                        type: 'string',
                      },
                    },
                  },
                },
              },
            },
          },
        },
      },
      KosliEnvironment: {
        type: 'object',
        description:
          'What getEnvironment.go and listEnvironments.go read (tags a map, policies a list)',
        required: [
          'name',
          'type',
          'description',
          'tags',
          'policies',
          'last_modified_at',
        ],
        properties: {
          name: {
            type: 'string',
          },
          type: {
            type: 'string',
          },
          description: {
            type: 'string',
          },
          org: {
            type: 'string',
          },
          state: {
            type: ['boolean', 'null'],
          },
          last_reported_at: {
            type: ['number', 'null'],
            description: 'Unix seconds',
          },
          last_modified_at: {
            type: 'number',
            description: 'Unix seconds',
          },
          tags: {
            type: 'object',
            additionalProperties: {
              type: 'string',
            },
          },
          policies: {
            type: 'array',
            items: {
              type: 'string',
            },
          },
          include_scaling: {
            type: 'boolean',
          },
          require_provenance: {
            type: 'boolean',
          },
          included_environments: {
            type: 'array',
            items: {
              type: 'string',
            },
          },
          archived: {
            type: 'boolean',
          },
        },
      },
      KosliAssertion: {
        type: 'object',
        description:
          'What assertArtifact.go reads (printAssertAsTable and the exit code)',
        required: [
          'compliant',
          'scope',
          'html_url',
          'flows',
          'policy_evaluations',
        ],
        properties: {
          compliant: {
            type: 'boolean',
          },
          scope: {
            type: 'string',
            enum: ['flow', 'environment', 'policy'],
          },
          html_url: {
            type: 'string',
          },
          environment: {
            type: 'string',
          },
          flow: {
            type: 'string',
          },
          trail: {
            type: 'string',
          },
          fingerprint: {
            type: 'string',
          },
          reasons: {
            type: 'array',
            items: {
              type: 'string',
            },
          },
          flows: {
            type: 'array',
            items: {
              type: 'object',
              required: ['flow'],
              properties: {
                flow: {
                  type: 'string',
                },
                trail: {
                  type: 'string',
                },
                compliance_status: {
                  type: 'object',
                  properties: {
                    attestations_statuses: {
                      type: 'array',
                      items: {
                        type: 'object',
                        properties: {
                          attestation_name: {
                            type: 'string',
                          },
                          attestation_type: {
                            type: 'string',
                          },
                          status: {
                            type: 'string',
                          },
                          is_compliant: {
                            type: 'boolean',
                          },
                          unexpected: {
                            type: 'boolean',
                          },
                        },
                      },
                    },
                  },
                },
              },
            },
          },
          policy_evaluations: {
            type: 'array',
            items: {
              type: 'object',
              required: ['policy_name', 'status', 'rule_evaluations'],
              properties: {
                policy_name: {
                  type: 'string',
                },
                status: {
                  type: 'string',
                  enum: ['COMPLIANT', 'NON-COMPLIANT'],
                },
                rule_evaluations: {
                  type: 'array',
                  items: {
                    type: 'object',
                    required: ['rule', 'satisfied', 'ignored', 'resolutions'],
                    properties: {
                      rule: {
                        type: 'object',
                        required: ['definition'],
                        properties: {
                          type: {
                            type: 'string',
                          },
                          definition: {
                            type: 'object',
                          },
                        },
                      },
                      satisfied: {
                        type: 'boolean',
                      },
                      ignored: {
                        type: 'boolean',
                      },
                      message: {
                        type: 'string',
                      },
                      resolutions: {
                        type: 'array',
                        items: {
                          type: 'object',
                          required: ['type'],
                          properties: {
                            type: {
                              type: 'string',
                            },
                            context: {
                              type: 'object',
                            },
                          },
                        },
                      },
                    },
                  },
                },
              },
            },
          },
          policy_decisions: {
            type: 'array',
            description:
              'The stored decisions of the policies attached to the environment (GET /api/v1/opa/decisions/{id})',
            items: {
              type: 'object',
              properties: {
                decision_id: {
                  type: 'string',
                },
                policy_name: {
                  type: 'string',
                },
                allow: {
                  type: 'boolean',
                },
                violations: {
                  type: 'array',
                  items: {
                    type: 'string',
                  },
                },
                error: {
                  type: 'string',
                },
              },
            },
          },
        },
      },
      KosliTrailRequest: {
        type: 'object',
        required: ['name'],
        properties: {
          name: {
            $ref: '#/components/schemas/Name',
          },
          description: {
            type: 'string',
            maxLength: 4000,
          },
          git_commit_info: {
            type: 'object',
            additionalProperties: true,
          },
          repo_info: {
            type: 'object',
            additionalProperties: true,
          },
          user_data: {},
          external_urls: {
            type: 'object',
            additionalProperties: true,
          },
          origin_url: {
            type: 'string',
            maxLength: 2000,
          },
        },
        additionalProperties: true,
      },
      KosliArtifactRequest: {
        type: 'object',
        required: ['fingerprint', 'filename', 'trail_name'],
        properties: {
          fingerprint: {
            $ref: '#/components/schemas/Digest',
          },
          filename: {
            type: 'string',
            minLength: 1,
            maxLength: 512,
          },
          trail_name: {
            $ref: '#/components/schemas/Name',
          },
          template_reference_name: {
            type: 'string',
            maxLength: 255,
          },
          git_commit: {
            type: 'string',
            maxLength: 64,
          },
          git_commit_info: {
            type: 'object',
            additionalProperties: true,
          },
          build_url: {
            type: 'string',
            maxLength: 2000,
          },
          commit_url: {
            type: 'string',
            maxLength: 2000,
          },
          repo_url: {
            type: 'string',
            maxLength: 2000,
          },
          repo_info: {
            type: 'object',
            additionalProperties: true,
          },
          external_urls: {
            type: 'object',
            additionalProperties: true,
          },
          annotations: {
            type: 'object',
            additionalProperties: true,
          },
        },
        additionalProperties: true,
      },
      KosliAttestationRequest: {
        type: 'object',
        required: ['attestation_name'],
        properties: {
          attestation_name: {
            type: 'string',
            minLength: 1,
            maxLength: 255,
          },
          type: {
            $ref: '#/components/schemas/AttestationType',
            description: "OpenFactstore's v2 route carries the type here",
          },
          artifact_fingerprint: {
            type: 'string',
          },
          description: {
            type: 'string',
            maxLength: 4000,
          },
          is_compliant: {
            type: 'boolean',
          },
          junit_results: {
            type: 'array',
            items: {
              type: 'object',
              additionalProperties: true,
            },
          },
          snyk_results: {},
          jira_results: {
            type: ['array', 'null'],
            items: {
              type: 'object',
              additionalProperties: true,
            },
          },
          git_provider: {
            type: 'string',
            maxLength: 64,
          },
          pull_requests: {
            type: ['array', 'null'],
            items: {
              type: 'object',
              additionalProperties: true,
            },
          },
          original_attestation_type: {
            type: 'string',
            maxLength: 64,
          },
          new_compliance_status: {
            type: 'string',
            maxLength: 32,
          },
          reason: {
            type: 'string',
            maxLength: 4000,
          },
        },
        additionalProperties: true,
      },
      KosliEnvironmentRequest: {
        type: 'object',
        required: ['name', 'type'],
        properties: {
          name: {
            $ref: '#/components/schemas/Name',
          },
          type: {
            type: 'string',
            maxLength: 32,
            description:
              'An environment type, any case (K8S, ECS, lambda, S3, docker, server, azure-apps, cloud-run)',
          },
          description: {
            type: 'string',
            maxLength: 4000,
          },
        },
        additionalProperties: true,
      },
      KosliSnapshotReport: {
        type: 'object',
        required: ['artifacts'],
        properties: {
          artifacts: {
            type: 'array',
            maxItems: 10000,
            items: {
              type: 'object',
              required: ['digests'],
              properties: {
                digests: {
                  type: 'object',
                  description:
                    "The running artifacts' names and SHA-256 digests",
                  additionalProperties: {
                    type: 'string',
                  },
                },
                podName: {
                  type: 'string',
                },
                taskArn: {
                  type: 'string',
                },
                functionName: {
                  type: 'string',
                },
                containerName: {
                  type: 'string',
                },
              },
              additionalProperties: true,
            },
          },
        },
        additionalProperties: true,
      },
      AuditEvent: {
        type: 'object',
        required: [
          'id',
          'eventType',
          'entityType',
          'entityId',
          'actor',
          'occurredAt',
        ],
        properties: {
          id: {
            type: 'string',
          },
          eventType: {
            type: 'string',
          },
          entityType: {
            type: 'string',
          },
          entityId: {
            type: 'string',
          },
          trailId: {
            type: 'string',
          },
          actor: {
            type: 'string',
          },
          details: {
            type: 'object',
            additionalProperties: true,
          },
          occurredAt: {
            type: 'string',
          },
        },
        additionalProperties: true,
      },
      SecurityScan: {
        type: 'object',
        required: ['id'],
        properties: {
          id: {
            type: 'string',
          },
          trailId: {
            type: 'string',
          },
        },
        additionalProperties: true,
      },
      LedgerEntry: {
        type: 'object',
        description:
          'A leaf of the ledger (an evidence write or a decision) and where it sits in the tree',
        additionalProperties: true,
      },
      NotificationRule: {
        type: 'object',
        required: ['id', 'name'],
        properties: {
          id: {
            type: 'string',
          },
          name: {
            type: 'string',
          },
          triggerEvent: {
            type: 'string',
          },
          channelType: {
            type: 'string',
          },
          channelConfig: {
            type: 'string',
            description:
              "The channel's configuration as a JSON string, as OpenFactstore answers it",
          },
          isActive: {
            type: 'boolean',
          },
        },
        additionalProperties: true,
      },
      NotificationRuleRequest: {
        type: 'object',
        description:
          '`name`, `triggerEvent` and `channelType` are required on create',
        properties: {
          name: {
            type: 'string',
            minLength: 1,
            maxLength: 255,
          },
          triggerEvent: {
            type: 'string',
          },
          channelType: {
            type: 'string',
          },
          channelConfig: {
            description:
              'An object or its JSON text; `recipients`: up to 100 user or group entity refs; `slackOrg` (SLACK); `webhookConfigId` (WEBHOOK)',
          },
          filterFlowId: {
            oneOf: [
              {
                $ref: '#/components/schemas/Uuid',
              },
              {
                type: 'null',
              },
            ],
          },
          filterEnvironmentId: {
            oneOf: [
              {
                $ref: '#/components/schemas/Uuid',
              },
              {
                type: 'null',
              },
            ],
          },
          isActive: {
            type: 'boolean',
          },
          clearFilterFlowId: {
            type: 'boolean',
            description: 'On update, remove the flow filter',
          },
          clearFilterEnvironmentId: {
            type: 'boolean',
            description: 'On update, remove the environment filter',
          },
        },
      },
      PullRequestAttestationRequest: {
        type: 'object',
        required: ['provider', 'repository', 'commitSha'],
        properties: {
          provider: {
            type: 'string',
            description: 'GITHUB or GITLAB (any case)',
          },
          repository: {
            type: 'string',
            minLength: 1,
            maxLength: 512,
          },
          commitSha: {
            type: 'string',
            pattern: '^[0-9a-fA-F]{7,64}$',
          },
          pullRequests: {
            type: 'array',
            maxItems: 100,
            description:
              "The pull (merge) requests of the commit, in the provider's own API format",
            items: {
              type: 'object',
              additionalProperties: true,
            },
          },
          assertOnMissing: {
            type: 'boolean',
            description:
              'Refuse (422) when there is no pull request (default false)',
          },
          minApprovals: {
            type: 'integer',
            minimum: 0,
            maximum: 20,
            description: 'Default 1',
          },
          name: {
            type: 'string',
            minLength: 1,
            maxLength: 255,
            description: 'Default `pull-request`',
          },
          artifactSha256: {
            $ref: '#/components/schemas/Digest',
          },
        },
      },
      PullRequestReferenceRequest: {
        type: 'object',
        description:
          "Seed 002's body: a pull request named by owner, repository and number. No SCM integration is configured to read it, so it is recorded with its reference and FAILED (unverified); the pull request sent inline in a later attestation decides it.",
        required: ['provider', 'repositoryOwner', 'repositoryName', 'prNumber'],
        properties: {
          organisationSlug: {
            type: 'string',
            maxLength: 255,
            description: "Kept in the attestation's details",
          },
          provider: {
            type: 'string',
            description: 'GITHUB or GITLAB (any case)',
          },
          repositoryOwner: {
            type: 'string',
            maxLength: 255,
            pattern: '^[A-Za-z0-9_.-]+(/[A-Za-z0-9_.-]+)*$',
          },
          repositoryName: {
            type: 'string',
            maxLength: 255,
            pattern: '^[A-Za-z0-9_.-]+$',
          },
          prNumber: {
            type: 'integer',
            minimum: 1,
            maximum: 2147483647,
          },
          assertOnMissing: {
            type: 'boolean',
            description:
              'Refuse (422) rather than record the unverified pull request (default false)',
          },
          name: {
            type: 'string',
            minLength: 1,
            maxLength: 255,
            description: 'Default `pull-request`',
          },
          artifactSha256: {
            $ref: '#/components/schemas/Digest',
          },
        },
      },
      WebhookAnswer: {
        type: 'object',
        required: ['accepted', 'deliveryId', 'message'],
        properties: {
          accepted: {
            type: 'boolean',
          },
          deliveryId: {
            type: 'string',
          },
          message: {
            type: 'string',
          },
          trailId: {
            $ref: '#/components/schemas/Uuid',
          },
          attestationId: {
            $ref: '#/components/schemas/Uuid',
          },
        },
      },
      WebhookConfigRequest: {
        type: 'object',
        properties: {
          name: {
            type: 'string',
          },
          url: {
            type: 'string',
          },
          isActive: {
            type: 'boolean',
          },
        },
      },
      WebhookConfig: {
        type: 'object',
        required: [
          'id',
          'name',
          'url',
          'isActive',
          'createdBy',
          'createdAt',
          'updatedAt',
        ],
        properties: {
          id: {
            $ref: '#/components/schemas/Uuid',
          },
          name: {
            type: 'string',
          },
          url: {
            type: 'string',
            description: 'Without its query, which may carry a token',
          },
          isActive: {
            type: 'boolean',
          },
          createdBy: {
            type: 'string',
          },
          createdAt: {
            type: 'string',
            format: 'date-time',
          },
          updatedAt: {
            type: 'string',
            format: 'date-time',
          },
        },
      },
      DeliveryAttempt: {
        type: 'object',
        required: ['attempt', 'at', 'responseStatus', 'error'],
        properties: {
          attempt: {
            type: 'integer',
          },
          at: {
            type: 'string',
            format: 'date-time',
          },
          responseStatus: {
            type: ['integer', 'null'],
          },
          error: {
            type: ['string', 'null'],
          },
        },
      },
      WebhookDelivery: {
        type: 'object',
        required: [
          'id',
          'webhookConfigId',
          'eventType',
          'payload',
          'status',
          'attemptCount',
          'attempts',
          'error',
          'createdAt',
        ],
        properties: {
          id: {
            $ref: '#/components/schemas/Uuid',
          },
          webhookConfigId: {
            $ref: '#/components/schemas/Uuid',
          },
          eventType: {
            type: 'string',
          },
          payload: {
            type: 'string',
          },
          status: {
            type: 'string',
            enum: ['SENT', 'FAILED'],
          },
          attemptCount: {
            type: 'integer',
          },
          attempts: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/DeliveryAttempt',
            },
          },
          error: {
            type: ['string', 'null'],
          },
          createdAt: {
            type: 'string',
            format: 'date-time',
          },
        },
      },
      OutboundOutcome: {
        type: 'object',
        required: ['status', 'attemptCount', 'error'],
        properties: {
          status: {
            type: 'string',
            enum: ['SENT', 'FAILED'],
          },
          attemptCount: {
            type: 'integer',
          },
          error: {
            type: ['string', 'null'],
          },
          attempts: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/DeliveryAttempt',
            },
          },
        },
      },
      SlackConfigRequest: {
        type: 'object',
        properties: {
          channel: {
            type: 'string',
            description:
              'The name of an incoming webhook in factstore.slack.incomingWebhooks',
          },
        },
      },
      SlackConfig: {
        type: 'object',
        required: [
          'id',
          'orgSlug',
          'channel',
          'createdBy',
          'createdAt',
          'updatedAt',
        ],
        properties: {
          id: {
            $ref: '#/components/schemas/Uuid',
          },
          orgSlug: {
            type: 'string',
          },
          channel: {
            type: 'string',
          },
          createdBy: {
            type: 'string',
          },
          createdAt: {
            type: 'string',
            format: 'date-time',
          },
          updatedAt: {
            type: 'string',
            format: 'date-time',
          },
        },
      },
      SlackReply: {
        type: 'object',
        required: ['response_type', 'text'],
        properties: {
          response_type: {
            type: 'string',
            enum: ['ephemeral', 'in_channel'],
          },
          text: {
            type: 'string',
          },
        },
      },
      VaultEvidence: {
        type: 'object',
        required: [
          'entityType',
          'entityId',
          'evidenceType',
          'vaultPath',
          'version',
          'storedAt',
        ],
        properties: {
          entityType: {
            type: 'string',
          },
          entityId: {
            type: 'string',
          },
          evidenceType: {
            type: 'string',
          },
          vaultPath: {
            type: 'string',
          },
          version: {
            type: 'integer',
          },
          storedAt: {
            type: 'string',
            format: 'date-time',
          },
        },
      },
      VaultEvidenceList: {
        type: 'object',
        required: ['entityType', 'entityId', 'evidenceTypes'],
        properties: {
          entityType: {
            type: 'string',
          },
          entityId: {
            type: 'string',
          },
          evidenceTypes: {
            type: 'array',
            items: {
              type: 'string',
            },
          },
        },
      },
      VaultHealth: {
        type: 'object',
        required: ['healthy', 'vaultUri', 'authMethod', 'message', 'checkedAt'],
        properties: {
          healthy: {
            type: 'boolean',
          },
          vaultUri: {
            type: 'string',
          },
          authMethod: {
            type: 'string',
          },
          message: {
            type: 'string',
          },
          checkedAt: {
            type: 'string',
            format: 'date-time',
          },
        },
      },
    },
  },
};

/** Every route of the spec as `#<method>|<path>`, with its path, query, body and answer types. */
export type EndpointMap = EndpointMapOf<paths>;

type RouterOptions = NonNullable<
  Parameters<typeof createValidatedOpenApiRouterFromGeneratedEndpointMap>[1]
>;

/**
 * An express router that validates each request against the spec before its handler runs; the
 * validator is built by the first request, not at start, one per group of the spec's paths
 * (see `validatedOnFirstRequest`). Its routes are typed by `specRouter` rather than Backstage's
 * `TypedRouter`, whose type check grows too fast with the number of routes.
 */
export const createOpenApiRouter = (options?: RouterOptions) =>
  specRouter<EndpointMap>(
    validatedOnFirstRequest(spec, part =>
      createValidatedOpenApiRouterFromGeneratedEndpointMap(
        part as Parameters<
          typeof createValidatedOpenApiRouterFromGeneratedEndpointMap
        >[0],
        {
          ...options,
          validatorOptions: {
            ...specValidatorOptions(),
            ...options?.validatorOptions,
          },
        },
      ),
    ),
  );
