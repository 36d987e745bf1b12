/**
 * The REST contract as the tests' oracle: `api/sales-hub.openapi.yaml`, parsed. web-test-runner serves the repository
 * root, so browser tests fetch the very file the package ships.
 */
import { parse } from 'yaml';

/** A JSON Schema node of the contract. */
export interface SchemaNode {
  $ref?: string;
  type?: string | string[];
  enum?: unknown[];
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  maxItems?: number;
  pattern?: string;
  required?: string[];
  properties?: Record<string, SchemaNode>;
  additionalProperties?: boolean | SchemaNode;
  items?: SchemaNode;
  anyOf?: SchemaNode[];
  oneOf?: SchemaNode[];
  discriminator?: { propertyName: string; mapping: Record<string, string> };
  description?: string;
  examples?: unknown[];
}

interface MediaType {
  schema?: SchemaNode & { allOf?: SchemaNode[] };
  examples?: Record<string, { value: unknown }>;
}

interface Operation {
  operationId?: string;
  requestBody?: { content: Record<string, MediaType> };
}

export interface Contract {
  'x-problem-catalogue': Record<string, { status: number; title: string }>;
  paths: Record<string, Record<string, Operation | unknown>>;
  components: {
    schemas: Record<string, SchemaNode>;
    responses: Record<string, { content?: Record<string, MediaType> }>;
  };
}

const response = await fetch('/api/sales-hub.openapi.yaml');
if (!response.ok) throw new Error(`The contract is not served: ${response.status}`);
export const contract = parse(await response.text()) as Contract;

/** The name of the schema a `$ref` points at (`#/components/schemas/Uuid` → `Uuid`). */
export const refName = (ref: string): string => ref.slice(ref.lastIndexOf('/') + 1);

/** The named schema. */
export function schema(name: string): SchemaNode {
  const node = contract.components.schemas[name];
  if (!node) throw new Error(`The contract has no schema ${name}`);
  return node;
}

/** Follows `$ref`s to the schema they name. */
export function deref(node: SchemaNode): SchemaNode {
  let at = node;
  while (at.$ref) at = schema(refName(at.$ref));
  return at;
}

/** The schema a media type names, directly or as the first of an `allOf`. */
const schemaNameOf = (media: MediaType): string => refName(media.schema?.$ref ?? media.schema?.allOf?.[0]?.$ref ?? '');

/** Every example the contract gives: of its schemas, of its request bodies and of its problem responses. */
export function contractExamples(): [schema: string, label: string, value: unknown][] {
  const examples: [string, string, unknown][] = [];
  for (const [name, node] of Object.entries(contract.components.schemas))
    for (const [i, value] of (node.examples ?? []).entries()) examples.push([name, `${name} example ${i + 1}`, value]);
  for (const operations of Object.values(contract.paths))
    for (const operation of Object.values(operations) as Operation[])
      for (const media of Object.values(operation?.requestBody?.content ?? {}))
        for (const [key, { value }] of Object.entries(media.examples ?? {}))
          examples.push([schemaNameOf(media), `${operation.operationId} ${key}`, value]);
  for (const [name, answer] of Object.entries(contract.components.responses))
    for (const media of Object.values(answer.content ?? {}))
      for (const [key, { value }] of Object.entries(media.examples ?? {}))
        examples.push([schemaNameOf(media), `${name} response ${key}`, value]);
  return examples;
}
